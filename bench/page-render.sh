#!/usr/bin/env bash
# Page render time beside the JSON endpoint that feeds it (issue 14): p50 and p95 of the topic page
# against GET .../coverage/practices (and with GET /speaking-rights, the page's second read), and of the audit page against GET .../audit, on one service with a
# Cheshire-sized ledger (79 practices, 40 mandates, an issue with an adopted position) and MEETINGS
# meetings, each briefed and fed back (a red line crossed). wrk drives each URL with CONNECTIONS
# connections for DURATION seconds, page and JSON alternating, PASSES times; medians are reported.
# Usage: bench/page-render.sh [JAR]   (defaults: MEETINGS=52 PASSES=3 DURATION=20 CONNECTIONS=4 PORT=18193)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-ledger-api/target/ledger-api-0.1.0-SNAPSHOT.jar}
MEETINGS=${MEETINGS:-52}; PASSES=${PASSES:-3}; SECONDS_EACH=${DURATION:-20}  # not $SECONDS: bash's own clock; CONNECTIONS=${CONNECTIONS:-4}
PORT=${PORT:-18193} ROLE=CHAIR . bench/ledger-service.sh
command -v wrk > /dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 1; }
# Two users: a chair of every confederation, and the delegate whose briefs are fed back on.
printf '[{"username":"bench","password":"{noop}bench","role":"CHAIR","confederation":"*"},
 {"username":"bench-delegate","password":"{noop}bench","role":"DELEGATE","confederation":"bench-conf","login":"bench.delegate"}]' > "$work/users.json"
ledger_start "$JAR" "$work/data" "$work/service.log"
base="http://localhost:$port"

echo "recording the ledger ($MEETINGS meetings)..."
BASE=$base MEETINGS=$MEETINGS python3 - <<'PY'
import base64, json, os, time, urllib.request, datetime, uuid
base = os.environ["BASE"]; meetings = int(os.environ["MEETINGS"])
def call(user, method, path, body=None, ctype="application/json", raw=None):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Authorization", "Basic " + base64.b64encode((user + ":bench").encode()).decode())
    if data is not None: req.add_header("Content-Type", ctype)
    with urllib.request.urlopen(req, timeout=120) as r:
        text = r.read().decode()
        return json.loads(text) if text else None
d = "ledger-api/src/main/resources/demo/cheshire-27d/"
boundary = "bench-" + uuid.uuid4().hex
parts = b""
for name, f in [("epraccur", "epraccur.csv"), ("epcn", "epcn-core-partners.csv"), ("listSizes", "gp-reg-pat-prac-all.csv")]:
    parts += ("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\nContent-Type: text/csv\r\n\r\n" % (boundary, name, f)).encode()
    parts += open(d + f, "rb").read() + b"\r\n"
parts += ("--%s--\r\n" % boundary).encode()
call("bench", "POST", "/api/v1/organisations/import", raw=parts, ctype="multipart/form-data; boundary=" + boundary)
call("bench", "PUT", "/api/v1/topics/access", {"title": "Urgent same-day access"})
call("bench", "PUT", "/api/v1/topics/urgent-care", {"title": "Urgent care", "parent": "access"})
call("bench", "PUT", "/api/v1/forums/board", {"name": "Place Partnership Board", "level": "PLACE"})
half = {"practices": 0.5, "patients": 0.5}
call("bench", "PUT", "/api/v1/confederations/bench-conf", {"name": "Bench", "place": "Cheshire East", "constitution": {"thresholds":
     {"REPRESENT": {"practices": 0.4, "patients": 0.4}, "NEGOTIATE": half, "AGREE": {"practices": 0.75, "patients": 0.75}},
     "adoption": half, "feedbackDueDays": 7}})
practices, cursor = [], None
while True:
    page = call("bench", "GET", "/api/v1/organisations?kind=PRACTICE&limit=100" + ("&cursor=" + cursor if cursor else ""))
    practices += page["items"]; cursor = page["next"]
    if not cursor: break
practices.sort(key=lambda p: -(p["registeredPatients"] or 0))
for p in practices: call("bench", "PUT", "/api/v1/confederations/bench-conf/members/" + p["code"])
total = sum(p["registeredPatients"] or 0 for p in practices); backing, backed = [], 0
for p in practices:
    if 2 * len(backing) >= len(practices) and 2 * backed >= total: break
    call("bench", "POST", "/api/v1/confederations/bench-conf/mandates", {"grantor": p["code"], "topics": ["*"], "ceiling": "AGREE",
         "validFrom": str(datetime.date.today() - datetime.timedelta(days=300))})
    backing.append(p["code"]); backed += p["registeredPatients"] or 0
issue = call("bench", "POST", "/api/v1/confederations/bench-conf/issues", {"title": "Same-day access hubs", "topic": "urgent-care",
             "level": "PLACE", "scope": "COLLECTIVE", "raisedBy": backing[0]})["id"]
call("bench", "POST", "/api/v1/issues/%s/positions" % issue, {"statement": "Hubs run by the PCNs", "essentialTerms": ["No unfunded hours"],
     "negotiableTerms": ["Hub locations"], "support": {"for": backing, "against": [], "abstain": []}})
person = call("bench", "POST", "/api/v1/people", {"name": "Dr Bench", "role": "PCN Clinical Director", "organisation": backing[0],
              "login": "bench.delegate"})["id"]
appointment = call("bench", "POST", "/api/v1/confederations/bench-conf/appointments", {"person": person, "forums": ["*"], "topics": ["*"],
                   "ceiling": "NEGOTIATE", "from": str(datetime.date.today() - datetime.timedelta(days=365))})["id"]
start = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=20 + meetings // 2)
briefs = []
for i in range(meetings):
    meeting = call("bench", "POST", "/api/v1/meetings", {"forum": "board", "startsAt": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
                   "title": "Board %d" % (i + 1)})["id"]
    briefs.append(call("bench", "POST", "/api/v1/briefs", {"appointment": appointment, "meeting": meeting,
                       "items": [{"issue": issue, "authority": "NEGOTIATE", "mayConcede": ["N1"]}]})["id"])
while datetime.datetime.now(datetime.timezone.utc) < start + datetime.timedelta(seconds=1): time.sleep(0.5)
for b in briefs:
    call("bench-delegate", "POST", "/api/v1/briefs/%s/feedback" % b, {"items": [{"issue": issue, "outcome": "AGREED", "conceded": ["E1"]}],
         "actions": [{"description": "Send the figures", "owner": backing[0], "due": str(datetime.date.today() + datetime.timedelta(days=7))}]})
print("recorded: %d practices, %d mandates, %d meetings fed back" % (len(practices), len(backing), len(briefs)))
PY

# Sign in to the pages as a browser does: the form's CSRF token, then the session cookie.
jar="$work/cookies"
token=$(curl -sf -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode username=bench --data-urlencode password=bench --data-urlencode "_csrf=$token" "$base/login"
session=$(awk '$6 == "JSESSIONID" {print $7}' "$jar")
[ -n "$session" ] || { echo "could not sign in to the pages" >&2; exit 1; }
basic="Authorization: Basic $(printf 'bench:bench' | base64)"

measure() { # name, header, url -> "p50 p95" in ms; fails on any error answer
  local out
  out=$(wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" -s bench/p95.lua -H "$2" "$3" | grep '^p50_us=')
  echo "$out" | grep -q 'errors=0$' || { echo "$1: errors: $out" >&2; exit 1; }
  echo "$out" | awk -F'[= ]' '{printf "%.1f %.1f %d\n", $2/1000, $4/1000, $6}'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# The topic page is drawn from two reads a client would make (who counts, and who may speak); it is compared
# with the first, as issue 14 asks, and with both together.
for pair in "topic|$base/confederations/bench-conf/topics/urgent-care|$base/api/v1/confederations/bench-conf/coverage/practices?topic=urgent-care|$base/api/v1/speaking-rights?confederation=bench-conf&topic=urgent-care" \
            "audit|$base/confederations/bench-conf/audit|$base/api/v1/confederations/bench-conf/audit|"; do
  IFS='|' read -r name page json also <<< "$pair"
  # One warm-up of each, then the passes, page and JSON alternating.
  measure "$name page" "Cookie: JSESSIONID=$session" "$page" > /dev/null; measure "$name json" "$basic" "$json" > /dev/null
  [ -z "$also" ] || measure "$name also" "$basic" "$also" > /dev/null
  : > "$work/$name.page"; : > "$work/$name.json"; : > "$work/$name.also"
  for pass in $(seq 1 "$PASSES"); do
    measure "$name page" "Cookie: JSESSIONID=$session" "$page" >> "$work/$name.page"
    measure "$name json" "$basic" "$json" >> "$work/$name.json"
    [ -z "$also" ] || measure "$name also" "$basic" "$also" >> "$work/$name.also"
  done
  p50p=$(cut -d' ' -f1 "$work/$name.page" | median); p95p=$(cut -d' ' -f2 "$work/$name.page" | median)
  p50j=$(cut -d' ' -f1 "$work/$name.json" | median); p95j=$(cut -d' ' -f2 "$work/$name.json" | median)
  printf '%-6s page p50 %7.1f ms p95 %7.1f ms | JSON p50 %7.1f ms p95 %7.1f ms | p95 page/JSON %.2f  (passes: page %s; JSON %s)\n' \
    "$name" "$p50p" "$p95p" "$p50j" "$p95j" "$(echo "$p95p $p95j" | awk '{print $1/$2}')" \
    "$(tr '\n' ';' < "$work/$name.page")" "$(tr '\n' ';' < "$work/$name.json")"
  if [ -n "$also" ]; then
    p50a=$(cut -d' ' -f1 "$work/$name.also" | median); p95a=$(cut -d' ' -f2 "$work/$name.also" | median)
    printf '%-6s with the second read (%s): p50 %7.1f ms p95 %7.1f ms | p95 page/(both JSON) %.2f\n' \
      "$name" "${also#$base}" "$p50a" "$p95a" "$(echo "$p95p $p95j $p95a" | awk '{print $1/($2+$3)}')"
  fi
done
ledger_stop
