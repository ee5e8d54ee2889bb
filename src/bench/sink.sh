# Sourced by the sending benchmarks: starts postfix's smtp-sink on 127.0.0.1:$port (installing
# postfix if needed) and defines on_both_databases, which runs a command on H2 and then on a
# throwaway PostgreSQL database. Everything is cleaned up when the script ends.
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

on_both_databases() {
  "$@"
  psql -h 127.0.0.1 -U postgres -qc "create database $database"
  ROHRPOST_DB_URL="jdbc:postgresql://127.0.0.1:5432/$database" ROHRPOST_DB_USER=postgres "$@"
}
