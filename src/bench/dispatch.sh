#!/usr/bin/env bash
# Dispatch benchmark (issue 5): fairness latency, NORMAL latency while BULK is saturated, and rate
# accuracy, against a loopback postfix smtp-sink, on H2 and on PostgreSQL. Results:
# target/dispatch-results.md.
#   bash src/bench/dispatch.sh [bulk backlog, default 100000]
set -euo pipefail
cd "$(dirname "$0")/../.."
backlog="${1:-100000}"
source src/bench/sink.sh

rm -f target/dispatch-results.md
on_both_databases mvn -B -q -Pbenchmark -Dbench.include=DispatchBenchmark \
  -Dbench.backlog="$backlog" -Dbench.smtp.port="$port" verify

echo "| date | database | BULK backlog | 10 BULK msgs of another client, median / max s | NORMAL request to 250, p50 / p95 / p99 / max ms | BULK sent meanwhile | TRICKLE | message system rate |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
cat target/dispatch-results.md
