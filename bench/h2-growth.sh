#!/usr/bin/env bash
# Size of the embedded H2 file (DATA_DIR/ledger.mv.db) under steady writes, per event, for H2 settings
# side by side. Each setting gets a fresh data folder and the same load: 4 clients writing a topic
# (1 event), an organisation with a list size (2 events) and a person (1 event), over and over. The
# file's size is read when the event store's head passes each mark, again after the service has
# stood idle, and once more after a clean stop (H2 compacts on close for up to MAX_COMPACT_TIME ms).
#
# Usage (from the repository root, after ./mvnw -q -DskipTests package):
#   bench/h2-growth.sh [MARKS] [SETTING...]
#   MARKS: events at which to read the size, comma-separated (default 2000,5000,10000)
#   SETTING: names below (default: durable durable-retention0); the first is the ratio's baseline.
#   current: the jar's own URL with H2Housekeeping on (as shipped); current-no-housekeeping: the same
#   URL with it off; current-retention5: as current, with RETENTION_TIME=5000 added.
# Environment: JAR (default: the one in ledger-api/target), EXTRA_ARGS (more service arguments),
# KEEP_LOGS (a folder to copy the services' logs to),
# IDLE_SECONDS (60), WRITERS (4), MAX_SECONDS (1800: writing stops then even if marks are left). Takes a few minutes per setting on two cores; not run in CI.
set -euo pipefail
marks=${1:-2000,5000,10000}
shift || true
settings=("$@")
[ ${#settings[@]} -eq 0 ] && settings=(durable durable-retention0)
idle=${IDLE_SECONDS:-60}
writers=${WRITERS:-4}
max_seconds=${MAX_SECONDS:-1800}

base='jdbc:h2:file:${ledger.data-dir}/ledger;DB_CLOSE_ON_EXIT=FALSE'
url_of() {
  case "$1" in
    durable)            echo "$base;WRITE_DELAY=0;MAX_COMPACT_TIME=2000" ;;             # the URL of application.properties before this bench
    durable-retention0) echo "$base;WRITE_DELAY=0;MAX_COMPACT_TIME=2000;RETENTION_TIME=0" ;;
    durable-retention5) echo "$base;WRITE_DELAY=0;MAX_COMPACT_TIME=2000;RETENTION_TIME=5000" ;;
    durable-fill50)     echo "$base;WRITE_DELAY=0;MAX_COMPACT_TIME=2000;AUTO_COMPACT_FILL_RATE=50" ;;
    durable-compress)   echo "$base;WRITE_DELAY=0;MAX_COMPACT_TIME=2000;COMPRESS=TRUE" ;;
    h2-default-delay)   echo "$base;MAX_COMPACT_TIME=2000" ;;                             # NOT durable: loses acknowledged writes on kill -9
    current|current-no-housekeeping)
                        unzip -p "$jar" BOOT-INF/classes/application.properties | sed -n 's/^spring.datasource.url=//p' ;;
    current-retention5) echo "$(url_of current);RETENTION_TIME=5000" ;;
    *) echo "unknown setting $1" >&2; exit 2 ;;
  esac
}

# Service arguments of a setting: H2Housekeeping (rewriting sparse chunks every second) runs only in
# the current* settings that do not say otherwise; every other setting measures H2's own behaviour.
args_of() {
  case "$1" in
    current|current-retention5) echo "" ;;
    *) echo "--ledger.h2.housekeeping.enabled=false" ;;
  esac
}

jar=${JAR:-$(ls ledger-api/target/ledger-api-*.jar | grep -v original | head -1)}
work=$(mktemp -d)
port=18187
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; [ -n "${KEEP_LOGS:-}" ] && mkdir -p "$KEEP_LOGS" && cp "$work"/*.log "$KEEP_LOGS"/; rm -rf "$work"' EXIT
printf '[{"username":"bench","password":"{noop}bench","role":"SECRETARIAT","confederation":"*"},
 {"username":"ops","password":"{noop}ops","role":"ADMIN","confederation":"*"}]' > "$work/users.json"
IFS=, read -r -a mark <<< "$marks"
last=${mark[${#mark[@]}-1]}

head_of() { curl -s -u ops:ops "127.0.0.1:$port/api/v1/admin/replay" | sed -n 's/.*"head":\([0-9]*\).*/\1/p'; }
size_of() { stat -c %s "$1/ledger.mv.db"; }

client() {  # one writer: topic, organisation, person, until the stop file appears
  local w=$1 i=0 code
  while [ ! -e "$work/stop" ]; do
    i=$((i + 1))
    curl -s -o /dev/null -u bench:bench -X PUT -H 'Content-Type: application/json' \
      -d "{\"title\":\"Growth topic $w-$i\"}" "127.0.0.1:$port/api/v1/topics/g-$w-$i"
    code="G$w-$i"
    curl -s -o /dev/null -u bench:bench -X PUT -H 'Content-Type: application/json' \
      -d "{\"name\":\"Growth practice $code\",\"kind\":\"PRACTICE\",\"registeredPatients\":$((1000 + i))}" \
      "127.0.0.1:$port/api/v1/organisations/$code"
    curl -s -o /dev/null -u bench:bench -H 'Content-Type: application/json' \
      -d "{\"name\":\"Dr Growth $w-$i\",\"role\":\"GP partner\",\"organisation\":\"$code\"}" "127.0.0.1:$port/api/v1/people"
  done
}

declare -A per_event
printf '%-20s %8s %12s %12s %8s %s\n' setting events bytes bytes/event ratio "when"
for s in "${settings[@]}"; do
  url=$(url_of "$s")
  data="$work/data-$s"
  rm -f "$work/stop"
  java -jar "$jar" --server.address=127.0.0.1 --server.port=$port --ledger.data-dir="$data" \
    --ledger.security.users-file="$work/users.json" --ledger.rate-limit.per-second=0 \
    "--spring.datasource.url=$url" $(args_of "$s") ${EXTRA_ARGS:-} > "$work/$s.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 240); do curl -s "127.0.0.1:$port/actuator/health" | grep -q UP && break; sleep 0.5; done
  curl -s "127.0.0.1:$port/actuator/health" | grep -q UP || { echo "$s: the service did not start:" >&2; tail -20 "$work/$s.log" >&2; exit 1; }
  start=$SECONDS
  for w in $(seq 1 "$writers"); do client "$w" & done
  k=0
  while [ $k -lt ${#mark[@]} ] && [ $((SECONDS - start)) -lt "$max_seconds" ]; do
    h=$(head_of); h=${h:-0}
    if [ "$h" -ge "${mark[$k]}" ]; then
      b=$(size_of "$data")
      key="$s/${mark[$k]}"; per_event[$key]=$((b / h))
      ratio=$(awk -v a="${per_event[$key]}" -v b="${per_event[${settings[0]}/${mark[$k]}]:-0}" 'BEGIN{ if (b > 0) printf "%.2f", a / b; else print "-" }')
      printf '%-20s %8d %12d %12d %8s %s\n' "$s" "$h" "$b" "${per_event[$key]}" "$ratio" "writing, $((SECONDS - start)) s"
      k=$((k + 1))
    else
      sleep 0.5
    fi
  done
  touch "$work/stop"; wait $(jobs -p | grep -vx "$pid") 2>/dev/null || true
  h=$(head_of)
  printf '%-20s %8d %12d %12d %8s %s\n' "$s" "$h" "$(size_of "$data")" $(( $(size_of "$data") / h )) "" "writes stopped"
  sleep "$idle"
  printf '%-20s %8d %12d %12d %8s %s\n' "$s" "$h" "$(size_of "$data")" $(( $(size_of "$data") / h )) "" "after ${idle} s idle"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  printf '%-20s %8d %12d %12d %8s %s\n' "$s" "$h" "$(size_of "$data")" $(( $(size_of "$data") / h )) "" "after a clean stop"
done
