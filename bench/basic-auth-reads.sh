#!/usr/bin/env bash
# Reads per second with HTTP Basic for a {bcrypt} user and a {noop} user, two builds side by side: for each
# pass, each jar in turn starts on a fresh data folder with both users, and wrk reads GET /api/v1/topics
# with 4 connections for SECONDS s as each user (after 5 s of each to warm up; the order alternates by pass). The {noop} user is the ceiling.
# Usage (from the repository root): bench/basic-auth-reads.sh BASE_JAR NEW_JAR [SECONDS] [PASSES]. Needs wrk and curl.
set -euo pipefail
base=$1
new=$2
seconds=${3:-10}
passes=${4:-2}
PORT=18194 ROLE=SECRETARIAT . "$(dirname "$0")/ledger-service.sh"
hash=$(printf 'bench-bcrypt-password' | java -cp "$new" -Dloader.main=org.mandateledger.api.security.PasswordHashCommand \
  org.springframework.boot.loader.launch.PropertiesLauncher | tail -1)
case $hash in '{bcrypt}'*) ;; *) echo "no bcrypt hash: $hash" >&2; exit 1 ;; esac
printf '[{"username":"bench","password":"{noop}bench","role":"SECRETARIAT","confederation":"*"},{"username":"hashed","password":"%s","role":"SECRETARIAT","confederation":"*"}]' \
  "$hash" > "$work/users.json"
reads() { # reads USER PASSWORD: requests per second
  wrk -t 2 -c 4 -d "$1s" -H "Authorization: Basic $(printf '%s:%s' "$2" "$3" | base64 -w0)" -s "$(dirname "$0")/p95.lua" \
    "http://localhost:$port/api/v1/topics" | awk '/^Requests\/sec/ {print $2} /errors=[1-9]/ {print "errors: " $0 > "/dev/stderr"}'
}
for pass in $(seq 1 "$passes"); do
  for name in base new; do
    jar=$base
    [ "$name" = new ] && jar=$new
    ledger_start "$jar" "$work/data-$name-$pass" "$work/$name-$pass.log"
    curl -sf -u bench:bench -X PUT -H 'Content-Type: application/json' -d '{"title":"A topic to read"}' \
      "localhost:$port/api/v1/topics/a-topic" > /dev/null
    # Both users warm the service up first; then they are measured in an order that alternates by pass.
    reads 5 hashed bench-bcrypt-password > /dev/null
    reads 5 bench bench > /dev/null
    if [ $((pass % 2)) -eq 1 ]; then
      bcrypt=$(reads "$seconds" hashed bench-bcrypt-password)
      noop=$(reads "$seconds" bench bench)
    else
      noop=$(reads "$seconds" bench bench)
      bcrypt=$(reads "$seconds" hashed bench-bcrypt-password)
    fi
    ledger_stop
    printf '%s (pass %d): {bcrypt} user %s reads/s, {noop} user %s reads/s\n' "$name" "$pass" "$bcrypt" "$noop" | tee -a "$work/results"
  done
done
awk '/^base/ {bb += $6; bn += $10; nb++} /^new/ {nbc += $6; nn += $10; nnew++}
  END {printf "new/base, {bcrypt} user: %.2f; {noop} user: %.2f. {bcrypt}/{noop}: base %.3f, new %.3f\n",
    (nbc/nnew)/(bb/nb), (nn/nnew)/(bn/nb), bb/bn, nbc/nn}' "$work/results"
