#!/usr/bin/env bash
# Throughput benchmark (issue 2): a 10,000-recipient ad-hoc batch to a loopback postfix
# smtp-sink, on H2 and on PostgreSQL, each beside the raw ceiling of a plain Jakarta Mail client
# over the same number of connections. Results: target/benchmark-results.md.
#   bash src/bench/benchmark.sh [messages]
set -euo pipefail
cd "$(dirname "$0")/../.."
messages="${1:-10000}"
source src/bench/sink.sh

rm -f target/benchmark-results.md
on_both_databases mvn -B -q -Pbenchmark -Dbench.messages="$messages" -Dbench.smtp.port="$port" verify

echo "| date | database | messages | connections | raw msg/s | intake s | server msg/s | end-to-end msg/s | ratio | note |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
cat target/benchmark-results.md
