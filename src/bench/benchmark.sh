#!/usr/bin/env bash
# Throughput benchmark (issue 2): a 10,000-recipient ad-hoc batch to a loopback postfix
# smtp-sink, on H2 and on PostgreSQL, each beside the raw ceiling of a plain Jakarta Mail client
# over the same number of connections. Results: target/benchmark-results.md.
#   bash src/bench/benchmark.sh [messages]
# With ROHRPOST_BENCH_TRACED=1 the server traces (ADR 31) and exports every span over OTLP to a
# receiver that keeps nothing (src/bench/otlp-sink.py), to measure what tracing costs.
# With ROHRPOST_BENCH_JFR=1 the measured rounds are recorded with Java Flight Recorder's profile
# settings, in target/throughput-H2.jfr and target/throughput-PostgreSQL.jfr, and summed up by
# src/bench/HotMethods.java.
set -euo pipefail
cd "$(dirname "$0")/../.."
messages="${1:-10000}"
source src/bench/sink.sh

if [ "${ROHRPOST_BENCH_TRACED:-0}" = 1 ]; then
  python3 src/bench/otlp-sink.py 4318 &
  otlp=$!
  trap 'kill $otlp 2>/dev/null || true; cleanup' EXIT
  export OTEL_SDK_DISABLED=false OTEL_SERVICE_NAME=rohrpost OTEL_TRACES_EXPORTER=otlp \
    OTEL_METRICS_EXPORTER=none OTEL_LOGS_EXPORTER=none \
    OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:4318
fi

rm -f target/benchmark-results.md
profile=false
[ "${ROHRPOST_BENCH_JFR:-0}" = 1 ] && profile=true
on_both_databases mvn -B -q -Pbenchmark -Dbench.messages="$messages" -Dbench.smtp.port="$port" \
  -Dbench.profile="$profile" verify

echo "| date | database | messages | connections | Java client msg/s | smtp-source msg/s | intake s | server msg/s | end-to-end msg/s | ratio to Java client | ratio to smtp-source | note |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
cat target/benchmark-results.md
if [ "$profile" = true ]; then
  for recording in target/throughput-*.jfr; do
    echo "== $recording =="
    java src/bench/HotMethods.java "$recording"
  done
fi
