#!/usr/bin/env bash
# Write latency, read-back included, of one build run side by side with the pooled and the tracking
# streaming processor: each start gets a fresh data folder, 5 warm-up writes, then N timed PUTs.
# Usage (from the repository root, after ./mvnw -q -DskipTests package): bench/processor-latency.sh [N]
set -euo pipefail
n=${1:-40}
jar=$(ls ledger-api/target/ledger-api-*.jar | grep -v plain | head -1)
work=$(mktemp -d)
port=18183
printf '[{"username":"bench","password":"{noop}bench","role":"SECRETARIAT","confederation":"*"}]' > "$work/users.json"
for mode in pooled tracking; do
  java -jar "$jar" --server.port=$port --ledger.data-dir="$work/data-$mode" --ledger.security.users-file="$work/users.json" \
    --axon.eventhandling.processors.ledger.mode=$mode > "$work/$mode.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do curl -s "localhost:$port/actuator/health" | grep -q UP && break; sleep 1; done
  put() { curl -s -o /dev/null -w "%{time_total}\n" -u bench:bench -X PUT -H 'Content-Type: application/json' -d "{\"title\":\"$1\"}" "localhost:$port/api/v1/topics/$1"; }
  for i in $(seq 1 5); do put "warm-$i" > /dev/null; done
  for i in $(seq 1 "$n"); do put "t-$i"; done > "$work/$mode.times"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  sort -n "$work/$mode.times" | awk -v m="$mode" '{a[NR]=$1; s+=$1} END {printf "%s: n=%d median=%.3fs p90=%.3fs mean=%.3fs\n", m, NR, a[int(NR/2)], a[int(NR*0.9)], s/NR}'
done
rm -rf "$work"
