#!/usr/bin/env bash
# Throughput benchmark (issue 2): a 10,000-recipient ad-hoc batch to a loopback postfix
# smtp-sink, on H2 and on PostgreSQL, each beside the raw ceiling of a plain Jakarta Mail client
# over the same number of connections. Results: target/benchmark-results.md.
#   bash src/bench/benchmark.sh [messages]
set -euo pipefail
cd "$(dirname "$0")/../.."
messages="${1:-10000}"
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

rm -f target/benchmark-results.md
mvn -B -q -Pbenchmark -Dbench.messages="$messages" -Dbench.smtp.port="$port" verify
psql -h 127.0.0.1 -U postgres -qc "create database $database"
ROHRPOST_DB_URL="jdbc:postgresql://127.0.0.1:5432/$database" ROHRPOST_DB_USER=postgres \
  mvn -B -q -Pbenchmark -Dbench.messages="$messages" -Dbench.smtp.port="$port" verify

echo "| date | database | messages | connections | raw msg/s | intake s | server msg/s | end-to-end msg/s | ratio | note |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
cat target/benchmark-results.md
