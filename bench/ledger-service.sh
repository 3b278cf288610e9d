# Sourced by the side-by-side benches: a work folder removed on exit, a users file of one user
# "bench" (password "bench") with the role given, and the service started and stopped on a port.
# Usage: PORT=18191 ROLE=CHAIR . bench/ledger-service.sh; ledger_start JAR DATA_DIR LOG [SETTING...]; ...; ledger_stop
work=$(mktemp -d)
port=$PORT
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
printf '[{"username":"bench","password":"{noop}bench","role":"%s","confederation":"*"}]' "$ROLE" > "$work/users.json"

# Starts JAR on DATA_DIR (output to LOG) with the rate limit off and the settings given; waits until it is up, or stops the bench.
ledger_start() {
  local jar=$1 data=$2 log=$3
  shift 3
  java -jar "$jar" "$@" --server.port="$port" --ledger.data-dir="$data" --ledger.security.users-file="$work/users.json" \
    --ledger.rate-limit.per-second=0 > "$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    kill -0 "$pid" 2>/dev/null || { echo "the service stopped (port $port taken?):" >&2; tail -20 "$log" >&2; exit 1; }
    curl -s "localhost:$port/actuator/health" | grep -q UP && return
    sleep 1
  done
  echo "the service did not start:" >&2; tail -20 "$log" >&2; exit 1
}

ledger_stop() {
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  pid=
}
