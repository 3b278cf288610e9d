#!/usr/bin/env bash
# Write latency and throughput of two builds side by side: for each pass, each jar in turn starts on a
# fresh data folder, takes 20 warm-up writes, then N timed PUTs one after another (each answer waits
# for the write to be readable), then N more from 4 writers at once (the wall time for all of them).
# Usage (from the repository root): bench/write-latency.sh BASE_JAR NEW_JAR [N] [PASSES]; BASE_ARGS and
# NEW_ARGS add settings to either, e.g. NEW_ARGS=--axon.eventhandling.processors.ledger-seal.mode=pooled.
# To measure what sealing costs a command, BASE_JAR is this build without the sealer: remove the
# @Component line of ledger-api/.../seal/Sealer.java in a scratch worktree and package it.
set -euo pipefail
base=$1
new=$2
n=${3:-200}
passes=${4:-2}
PORT=18192 ROLE=SECRETARIAT . "$(dirname "$0")/ledger-service.sh"
put() {
  curl -sf -o /dev/null -w "%{time_total}\n" -u bench:bench -X PUT -H 'Content-Type: application/json' -d "{\"title\":\"$1\"}" \
    "localhost:$port/api/v1/topics/$1"
}
export -f put
export port
for pass in $(seq 1 "$passes"); do
  for name in base new; do
    jar=$base; args=${BASE_ARGS:-}
    [ "$name" = new ] && jar=$new && args=${NEW_ARGS:-}
    # shellcheck disable=SC2086
    ledger_start "$jar" "$work/data-$name-$pass" "$work/$name-$pass.log" $args
    for i in $(seq 1 20); do put "warm-$i" > /dev/null; done
    for i in $(seq 1 "$n"); do put "one-$i"; done > "$work/$name-$pass.times"
    started=$(date +%s%N)
    seq 1 "$n" | xargs -P 4 -I{} bash -c 'put four-{}' > /dev/null
    wall=$(awk -v ns=$(( $(date +%s%N) - started )) 'BEGIN {printf "%.3f", ns / 1e9}')
    ledger_stop
    sort -n "$work/$name-$pass.times" | awk -v m="$name" -v p="$pass" -v w="$wall" -v n="$n" \
      '{a[NR]=$1; s+=$1} END {printf "%s (pass %d): one writer median %.4f s, p90 %.4f s, mean %.4f s; 4 writers %d writes in %.2f s\n", m, p, a[int((NR+1)/2)], a[int(NR*0.9)], s/NR, n, w}' \
      | tee -a "$work/results"
  done
done
awk '/^base/ {bm+=$7; bw+=$(NF-1); nb++} /^new/ {nm+=$7; nw+=$(NF-1); nn++}
  END {printf "new/base: one writer median %.3f, 4 writers wall time %.3f\n", (nm/nn)/(bm/nb), (nw/nn)/(bw/nb)}' "$work/results"
