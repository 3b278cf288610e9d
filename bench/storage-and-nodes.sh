#!/usr/bin/env bash
# Commands and replay on the embedded H2 against PostgreSQL, and on one node against two, side by side
# in one run, each as a ratio to the raw database doing a command's minimum (bench/java/RawJdbcBaseline.java:
# read the aggregate's events, insert one ~400-byte event, commit) on the same database.
#
# Per repetition, in alternating order: the raw H2 file (the service's URL settings) and the raw PostgreSQL
# database; the service on H2, on PostgreSQL, and as two nodes on one PostgreSQL. Each service run: a fresh
# database, a 3 s warm-up, then wrk defining new topics (bench/put-topics.lua; one event each) for SECONDS s
# at 1, 2 and 4 connections (two nodes: 1+1 and 2+2, one wrk per node at once), then POST /admin/replay
# timed until the read models are back at the head. PostgreSQL is the tests' embedded server
# (bench/java/EmbeddedPostgresServer.java, fsync and synchronous_commit on), on this machine.
#
# Usage (from the repository root, after ./mvnw -B -DskipTests install): bench/storage-and-nodes.sh [SECONDS] [REPETITIONS]
# Needs wrk and curl (Debian: apt-get install wrk curl). Results: the work folder's results.tsv, and a summary.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
reps=${2:-3}
jar=$(ls ledger-api/target/ledger-api-*.jar | grep -v plain | head -1)
work=$(mktemp -d /tmp/ledger-bench.XXXX)
pids=()
cleanup() {
  for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  exec 3>&- 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT
echo "jar $jar; $seconds s per load, $reps repetitions; work folder $work"

./mvnw -B -q -pl ledger-api org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt" > /dev/null
classpath=$(cat "$work/classpath.txt")
h2_settings=$(sed -n 's/^spring.datasource.url=jdbc:h2:file:[^;]*//p' ledger-api/src/main/resources/application.properties)
printf '[{"username":"bench","password":"{noop}bench","role":"SECRETARIAT","confederation":"*"},{"username":"ops","password":"{noop}ops","role":"ADMIN","confederation":"*"}]' > "$work/users.json"

# PostgreSQL: one server, a database per run.
names=()
for rep in $(seq 1 "$reps"); do names+=("raw_$rep" "one_$rep" "two_$rep"); done
mkfifo "$work/pg.in"
exec 3<> "$work/pg.in"
java -cp "$classpath" bench/java/EmbeddedPostgresServer.java "${names[@]}" < "$work/pg.in" > "$work/pg.out" 2> "$work/pg.log" &
pids+=($!)
for _ in $(seq 1 120); do [ "$(grep -c '^url ' "$work/pg.out" || true)" -eq "${#names[@]}" ] && break; sleep 1; done
pg_url() { awk -v n="$1" '$1 == "url" && $2 == n {print $3}' "$work/pg.out"; }
[ -n "$(pg_url raw_1)" ] || { echo "PostgreSQL did not start:"; cat "$work/pg.log"; exit 1; }

# Starts a node on PORT with its data in DIR and the settings given; waits until it is up.
node_start() {
  local port=$1 dir=$2
  shift 2
  java -Xmx512m -jar "$jar" --server.port="$port" --ledger.data-dir="$dir" --ledger.security.users-file="$work/users.json" \
    --ledger.rate-limit.per-second=0 --ledger.seal.key-file="$work/key-$(basename "$(dirname "$dir")").pem" "$@" > "$dir.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 180); do
    curl -s "localhost:$port/actuator/health" | grep -q UP && return
    sleep 1
  done
  echo "the node on $port did not start:"; tail -30 "$dir.log"; exit 1
}
nodes_stop() {
  for p in "${pids[@]:1}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  pids=("${pids[0]}")
}
# wrk on PORT with C connections for S seconds: prints its result line.
load() {
  wrk -t "$2" -c "$2" -d "$3s" --timeout 30s -s bench/put-topics.lua "http://localhost:$1" -- "$4" | grep '^wrk'
}
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }
# Times a replay on PORT: events per second from the request until the read models are back at the head.
replay() {
  local port=$1 started head position replaying
  started=$(date +%s%N)
  curl -sf -u ops:ops -X POST "localhost:$port/api/v1/admin/replay" > /dev/null
  sleep 0.2
  local deadline=$(( $(date +%s) + 600 ))
  while true; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "the replay on $port did not finish within 600 s" >&2; exit 1; }
    read -r position head replaying < <(curl -sf -u ops:ops "localhost:$port/api/v1/admin/replay" \
      | sed -n 's/.*"position":\([0-9]*\),"head":\([0-9]*\),"replaying":\([a-z]*\).*/\1 \2 \3/p'; echo)
    [ "$replaying" = false ] && [ "$position" -ge "$head" ] && break
    sleep 0.1
  done
  awk -v h="$head" -v ns=$(( $(date +%s%N) - started )) 'BEGIN {printf "%.0f %d\n", h / (ns / 1e9), h}'
}
record() { printf '%s\t%s\t%s\t%s\t%s\n' "$@" | tee -a "$work/results.tsv"; }

raw() { # raw DB URL USER PASSWORD
  local db=$1 out
  out=$(java -cp "$classpath" bench/java/RawJdbcBaseline.java "$2" "$3" "$4" "$seconds" 1 2 4)
  for c in 1 2 4; do record "$rep" "raw-$db" "$c" "$(echo "$out" | grep "clients=$c " | field commands_per_s)" "commands/s"; done
  record "$rep" "raw-$db" "-" "$(echo "$out" | grep read_rows | field read_rows_per_s)" "rows read/s"
}
service() { # service CONFIG SETTINGS...
  local config=$1 dir="$work/$1-$rep/data"
  shift
  mkdir -p "$(dirname "$dir")"
  node_start 18300 "$dir" "$@"
  load 18300 1 3 "warm-$config-$rep" > /dev/null
  for c in 1 2 4; do
    record "$rep" "$config" "$c" "$(load 18300 "$c" "$seconds" "$config-$rep-c$c" | tee -a "$work/wrk.log" | field requests_per_s)" "commands/s"
  done
  read -r rate events < <(replay 18300)
  record "$rep" "$config" "-" "$rate" "replayed events/s ($events events)"
  nodes_stop
}
two_nodes() { # two_nodes URL
  local config=postgresql-2-nodes dir="$work/postgresql-2-nodes-$rep"
  mkdir -p "$dir"
  node_start 18300 "$dir/a" --spring.profiles.active=postgres --spring.datasource.url="$1" --spring.datasource.username=postgres --spring.datasource.password=
  node_start 18301 "$dir/b" --spring.profiles.active=postgres --spring.datasource.url="$1" --spring.datasource.username=postgres --spring.datasource.password=
  load 18300 1 3 "warm-a-$rep" > /dev/null
  load 18301 1 3 "warm-b-$rep" > /dev/null
  for per in 1 2; do
    load 18300 "$per" "$seconds" "two-a-$rep-c$per" > "$work/a.out" &
    load 18301 "$per" "$seconds" "two-b-$rep-c$per" > "$work/b.out"
    wait $!
    cat "$work/a.out" "$work/b.out" >> "$work/wrk.log"
    record "$rep" "$config" "$((per * 2))" "$(cat "$work/a.out" "$work/b.out" | field requests_per_s | awk '{s += $1} END {print s}')" "commands/s"
  done
  read -r rate events < <(replay 18300)
  record "$rep" "$config" "-" "$rate" "replayed events/s ($events events)"
  nodes_stop
}

printf 'rep\tconfig\tclients\tvalue\tunit\n' > "$work/results.tsv"
for rep in $(seq 1 "$reps"); do
  steps=(raw-h2 h2-1 raw-pg pg-1 pg-2)
  [ $((rep % 2)) -eq 0 ] && steps=(pg-2 pg-1 raw-pg h2-1 raw-h2)
  for step in "${steps[@]}"; do
    case $step in
      raw-h2) raw h2 "jdbc:h2:file:$work/raw-h2-$rep/ledger$h2_settings" sa "" ;;
      raw-pg) raw postgresql "$(pg_url "raw_$rep")" postgres "" ;;
      h2-1) service h2-1-node ;;
      pg-1) service postgresql-1-node --spring.profiles.active=postgres --spring.datasource.url="$(pg_url "one_$rep")" \
              --spring.datasource.username=postgres --spring.datasource.password= ;;
      pg-2) two_nodes "$(pg_url "two_$rep")" ;;
    esac
  done
done

echo
echo "Medians over $reps repetitions, and each as a ratio to the raw database of its kind (same clients):"
awk -F'\t' 'NR > 1 {key = $2 "\t" $3; v[key] = v[key] " " $4; unit[key] = $5}
  function median(s,   a, n, i, j, t) { n = split(s, a, " "); for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  END {
    for (key in v) m[key] = median(v[key])
    n = split("raw-h2 h2-1-node raw-postgresql postgresql-1-node postgresql-2-nodes", order, " ")
    for (i = 1; i <= n; i++) for (c = 0; c <= 4; c++) {
      cl = c == 0 ? "-" : c; key = order[i] "\t" cl; if (!(key in m)) continue
      raw = (order[i] ~ /h2/ ? "raw-h2" : "raw-postgresql") "\t" cl
      ratio = (order[i] !~ /^raw/ && (raw in m) && m[raw] > 0) ? sprintf("%.3f", m[key] / m[raw]) : "-"
      printf "%-20s clients %-2s %10.1f %-34s ratio to raw %s\n", order[i], cl, m[key], unit[key], ratio
    }
  }' "$work/results.tsv" | tee "$work/summary.txt"
