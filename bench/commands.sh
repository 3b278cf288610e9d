#!/usr/bin/env bash
# Commands through REST, two builds side by side, each as a ratio to the raw database doing a command's minimum
# (bench/java/RawJdbcBaseline.java: read the aggregate's events, insert one ~400-byte event, commit) on an H2 file
# with the service's own URL settings, in the same run.
#
# Per pass, in alternating order of the two builds: the raw baseline at 1, 4 and 16 clients; then each build on a
# fresh data folder, a 20 s warm-up at 4 connections (the JIT compiler settles after a few thousand requests), and wrk defining new topics (bench/put-topics.lua; one event each, every answer
# read back from the read models as the service always does) for SECONDS s at 1, 4 and 16 connections.
#
# Usage (from the repository root): bench/commands.sh BASE_JAR NEW_JAR [SECONDS] [PASSES]
# BASE_ARGS and NEW_ARGS add settings to either build. Needs wrk and curl (Debian: apt-get install wrk curl) and
# python3 for the summary. Results: /tmp/ledger-commands.*.tsv (kept; named at the start), and a summary of medians and ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
base=$1
new=$2
seconds=${3:-10}
passes=${4:-3}
PORT=18193 ROLE=SECRETARIAT . bench/ledger-service.sh
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
results=$(mktemp /tmp/ledger-commands.XXXX.tsv)
echo "base $base; new $new; $seconds s per load, $passes passes; results $results"
classpath=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | grep -v sources | sort -V | tail -1)
h2_settings=$(sed -n 's/^spring.datasource.url=jdbc:h2:file:[^;]*//p' ledger-api/src/main/resources/application.properties)

for pass in $(seq 1 "$passes"); do
  rm -rf "$work/raw"; mkdir -p "$work/raw"
  java -cp "$classpath" bench/java/RawJdbcBaseline.java "jdbc:h2:file:$work/raw/raw$h2_settings" sa "" "$seconds" 1 4 16 \
    | awk -v p="$pass" '/^raw clients/ {split($2,c,"="); split($3,r,"="); printf "%s\traw\t%s\t%s\t\t\n", p, c[2], r[2]}' >> "$results"
  order="base new"; [ $((pass % 2)) -eq 0 ] && order="new base"
  for name in $order; do
    jar=$base; args=${BASE_ARGS:-}
    [ "$name" = new ] && jar=$new && args=${NEW_ARGS:-}
    # shellcheck disable=SC2086
    ledger_start "$jar" "$work/data-$name-$pass" "$work/$name-$pass.log" $args
    wrk -t2 -c4 -d20s -s bench/put-topics.lua "http://localhost:$port" -- "warm-$name-$pass" > /dev/null
    for clients in 1 4 16; do
      threads=$(( clients < 2 ? 1 : 2 ))
      line=$(wrk -t"$threads" -c"$clients" -d"${seconds}s" -s bench/put-topics.lua "http://localhost:$port" -- "c$clients-$name-$pass" | grep '^wrk ')
      echo "pass $pass $name clients=$clients $line"
      echo "$line" | awk -v p="$pass" -v n="$name" -v c="$clients" '{for (i=2;i<=NF;i++) {split($i,kv,"="); v[kv[1]]=kv[2]}
        if (v["non2xx"] + v["errors"] > 0) { print "answers not 2xx: " $0 > "/dev/stderr" }
        printf "%s\t%s\t%s\t%s\t%s\t%s\n", p, n, c, v["requests_per_s"], v["p50_us"], v["p99_us"]}' >> "$results"
    done
    ledger_stop
  done
done

python3 - "$results" <<'PY'
import sys, statistics, collections
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
by = collections.defaultdict(list)
for p, name, c, rate, p50, p99 in rows:
    by[(name, int(c))].append((float(rate), float(p50 or 0), float(p99 or 0)))
print("clients | raw JDBC/s | base/s (p50, p99 ms) | new/s (p50, p99 ms) | base/raw | new/raw | new/base")
for c in (1, 4, 16):
    raw = statistics.median(r for r, _, _ in by[("raw", c)])
    def fig(name):
        runs = by[(name, c)]
        return statistics.median(r for r, _, _ in runs), statistics.median(a for _, a, _ in runs) / 1000, statistics.median(b for _, _, b in runs) / 1000, [r for r, _, _ in runs]
    b, n = fig("base"), fig("new")
    print(f"{c} | {raw:,.0f} | {b[0]:,.1f} ({b[1]:.1f}, {b[2]:.1f}) {b[3]} | {n[0]:,.1f} ({n[1]:.1f}, {n[2]:.1f}) {n[3]} | {b[0]/raw:.3f} | {n[0]/raw:.3f} | {n[0]/b[0]:.2f}")
PY
