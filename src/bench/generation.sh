#!/usr/bin/env bash
# Generation benchmark (issues 3 and 17): populations of 100,000 and 1,000,000 members uploaded as
# CSV and generated into the ledger on PostgreSQL, by a server limited to a 512 MB heap.
# Results: target/benchmark-upload.md and target/benchmark-generation.md.
#   bash src/bench/generation.sh [sizes, comma-separated]
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes="${1:-100000,1000000}"
database="rohrpost_bench_gen_$$"
trap 'psql -h 127.0.0.1 -U postgres -qc "drop database if exists $database" 2>/dev/null || true' EXIT

rm -f target/benchmark-upload.md target/benchmark-generation.md
psql -h 127.0.0.1 -U postgres -qc "create database $database"
ROHRPOST_DB_URL="jdbc:postgresql://127.0.0.1:5432/$database" ROHRPOST_DB_USER=postgres \
  mvn -B -q -Pbenchmark -Dbench.include=GenerationBenchmark -Dbench.recipients="$sizes" \
  -Dbench.xmx=512m verify

echo "| date | database | rows | CSV | seconds | rows/s | peak heap after GC | peak heap before GC | GCs |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
cat target/benchmark-upload.md
echo
echo "| date | database | recipients | seconds | recipients/s | peak used heap (sampled) |"
echo "| --- | --- | --- | --- | --- | --- |"
cat target/benchmark-generation.md
