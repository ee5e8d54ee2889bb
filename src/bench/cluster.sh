#!/usr/bin/env bash
# Cluster benchmark (issue 6): throughput of one server against two sharing the database and an
# external broker, to a loopback postfix smtp-sink, on H2 and on PostgreSQL. Results:
# target/cluster-results.md.
#   bash src/bench/cluster.sh [messages, default 10000]
set -euo pipefail
cd "$(dirname "$0")/../.."
messages="${1:-10000}"
source src/bench/sink.sh

rm -f target/cluster-results.md
on_both_databases mvn -B -q -Pbenchmark -Dbench.include=ClusterBenchmark \
  -Dbench.messages="$messages" -Dbench.smtp.port="$port" verify

echo "| date | database | messages | one server msg/s | two servers msg/s |"
echo "| --- | --- | --- | --- | --- |"
cat target/cluster-results.md
