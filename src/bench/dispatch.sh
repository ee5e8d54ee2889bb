#!/usr/bin/env bash
# Dispatch benchmark (issue 5): fairness latency, NORMAL latency while BULK is saturated, and rate
# accuracy, against a loopback postfix smtp-sink, on H2 and on PostgreSQL. Results:
# target/dispatch-results.md.
#   bash src/bench/dispatch.sh [bulk backlog, default 100000]
set -euo pipefail
cd "$(dirname "$0")/../.."
backlog="${1:-100000}"
port=2526

if [ ! -x /usr/sbin/smtp-sink ]; then
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postfix
fi
/usr/sbin/smtp-sink -c -u nobody "127.0.0.1:$port" 256 > /dev/null &
sink=$!
database="rohrpost_bench_$$"
cleanup() {
  kill "$sink" 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $database" 2>/dev/null || true
}
trap cleanup EXIT

rm -f target/dispatch-results.md
run() {
  mvn -B -q -Pbenchmark -Dbench.include=DispatchBenchmark -Dbench.backlog="$backlog" \
    -Dbench.smtp.port="$port" verify
}
run
psql -h 127.0.0.1 -U postgres -qc "create database $database"
ROHRPOST_DB_URL="jdbc:postgresql://127.0.0.1:5432/$database" ROHRPOST_DB_USER=postgres run

echo "| date | database | BULK backlog | 10 BULK msgs of another client, median / max s | NORMAL request to 250, p50 / p95 / p99 / max ms | BULK sent meanwhile | TRICKLE | message system rate |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
cat target/dispatch-results.md
