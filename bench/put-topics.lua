-- wrk: each request defines a new topic (PUT /api/v1/topics/{slug}), a command that appends one event,
-- as user bench:bench. wrk's first argument after -- prefixes the slugs, so runs and nodes never collide.
-- Prints requests/s, latency percentiles (microseconds) and any answer that is not 2xx.
local threads = {}
local count = 0
setup = function(thread)
  count = count + 1
  thread:set("id", count)
  table.insert(threads, thread)
end
init = function(args)
  prefix = args[1] or "t"
  n = 0
  failed = 0
end
request = function()
  n = n + 1
  local slug = prefix .. "-" .. id .. "-" .. n
  return wrk.format("PUT", "/api/v1/topics/" .. slug,
    {["Content-Type"] = "application/json", ["Authorization"] = "Basic YmVuY2g6YmVuY2g="},
    '{"title":"Bench topic ' .. slug .. '"}')
end
response = function(status, headers, body)
  if status < 200 or status > 299 then failed = failed + 1 end
end
done = function(summary, latency, requests)
  local failures = 0
  for _, thread in ipairs(threads) do failures = failures + thread:get("failed") end
  io.write(string.format("wrk requests_per_s=%.1f p50_us=%d p99_us=%d requests=%d non2xx=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50), latency:percentile(99), summary.requests, failures,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
