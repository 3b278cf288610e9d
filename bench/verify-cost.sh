#!/usr/bin/env bash
# The time GET /api/v1/ledger/verify takes on one ledger, two builds side by side. A ledger of
# EVENTS topics, with a checkpoint signed every CHECKPOINT_EVERY sealed events, is written once with
# NEW_JAR; then each jar in turn (base, new, base, new) is started on that data folder, verifies once
# to warm up, and times ROUNDS verifications. Prints each run's median and the ratio new/base.
# The checkpointer looks every CHECK_EVERY (default PT0.2S) and signs at most one checkpoint each time.
# Usage (from the repository root): bench/verify-cost.sh BASE_JAR NEW_JAR [EVENTS] [CHECKPOINT_EVERY] [ROUNDS]
set -euo pipefail
base=$1
new=$2
events=${3:-5000}
every=${4:-10}
rounds=${5:-5}
PORT=18191 ROLE=CHAIR . "$(dirname "$0")/ledger-service.sh"
start() {
  ledger_start "$1" "$work/data" "$2" --ledger.seal.checkpoint-every-events="$every" --ledger.seal.check-every="${CHECK_EVERY:-PT0.2S}"
}
stop() { ledger_stop; }
verify() { curl -sf -u bench:bench "localhost:$port/api/v1/ledger/verify"; }

start "$new" "$work/write.log"
seq 1 "$events" | xargs -P 4 -I{} curl -sf -o /dev/null -u bench:bench -X PUT -H 'Content-Type: application/json' \
  -d '{"title":"Topic {}"}' "localhost:$port/api/v1/topics/bench-{}"
for _ in $(seq 1 360); do verify | grep -q "\"sealed\":$events," && break; sleep 5; done
verify | grep -q "\"sealed\":$events," || { echo "not all $events events were sealed in 30 minutes" >&2; exit 1; }
sleep 2
echo "ledger: $(verify)"
stop

for pass in 1 2; do
  for name in base new; do
    jar=$base; [ "$name" = new ] && jar=$new
    start "$jar" "$work/$name-$pass.log"
    verify | grep -q '"valid":true' || { echo "$name did not verify the ledger" >&2; exit 1; }
    for _ in $(seq 1 "$rounds"); do
      curl -sf -o /dev/null -w "%{time_total}\n" -u bench:bench "localhost:$port/api/v1/ledger/verify"
    done | sort -n | awk -v n="$name" -v p="$pass" '{a[NR]=$1} END {printf "%s (pass %d): median %.3f s of %d, min %.3f, max %.3f\n", n, p, a[int((NR+1)/2)], NR, a[1], a[NR]}' \
      | tee -a "$work/medians"
    stop
  done
done
awk '/^base/ {b+=$5; nb++} /^new/ {m+=$5; nm++} END {printf "new/base: %.3f (mean of the medians: base %.3f s, new %.3f s)\n", (m/nm)/(b/nb), b/nb, m/nm}' "$work/medians"
