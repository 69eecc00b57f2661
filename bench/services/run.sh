#!/usr/bin/env bash
# Public-services benchmark (issue 5, item 11). Usage: bash bench/services/run.sh [CLIENTS] [SECONDS]
#   1. submissions per second with process start, on PostgreSQL (POST /api/v1/applications as warga)
#   2. p50/p95/p99 of the citizen's service page (GET /warga/layanan/kartu-puskesmas, prefilled form)
#   3. crash test: SIGKILL during a stream of submissions, restart, then every acknowledged submission must
#      exist exactly once, with its process, and the same Idempotency-Key must answer with the same application
# Needs the local PostgreSQL (127.0.0.1:5432, user postgres, trust) and Java 17+. Builds target/padu.jar when
# missing. Everything it starts talks to 127.0.0.1 only and is stopped at the end.
set -euo pipefail

CLIENTS=${1:-8}
SECONDS_SUBMIT=${2:-30}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${BENCH_WORK:-/tmp/padu-bench-services}
DB=${BENCH_DB:-padu_bench_services}
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)

cd "$ROOT"
[ -f target/padu.jar ] || ./mvnw -q -B -DskipTests package
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
rm -rf "$WORK" && mkdir -p "$WORK"
"${PSQL[@]}" -c "drop database if exists $DB" -c "create database $DB"

# Padu e-mails the citizen on every submission: a local SMTP sink takes the mail as a real server would
# (Python's smtpd; mails are discarded), so mail delivery is part of the measured work, not failed retries.
SMTP_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -W ignore -m smtpd -n -c DebuggingServer "127.0.0.1:$SMTP_PORT" >/dev/null 2>&1 &
SMTP_PID=$!

APP_PID=
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}
trap 'stop_app; kill $SMTP_PID 2>/dev/null || true' EXIT

start_app() {
  local log=$1
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
    SPRING_DATASOURCE_PASSWORD= PADU_DATA_DIR="$WORK/data" SERVER_PORT=$PORT SERVER_ADDRESS=127.0.0.1 \
    PADU_SMTP_PORT=$SMTP_PORT PADU_DB_POOL_SIZE=20 java -Xmx2g -jar target/padu.jar >>"$log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 600); do
    curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1 && return 0
    kill -0 "$APP_PID" 2>/dev/null || { echo "application stopped; see $log" >&2; tail -30 "$log" >&2; exit 1; }
    sleep 1
  done
  echo "application not ready after 10 minutes; see $log" >&2
  exit 1
}

count() {
  "${PSQL[@]}" -d "$DB" -Atc "$1"
}

BENCH=(java -Xmx512m bench/services/SubmitBench.java)

echo "== Start on PostgreSQL with the demo city"
start_app "$WORK/app.log"
echo
echo "== 1. Submissions"
"${BENCH[@]}" submit "$BASE" "$CLIENTS" "$SECONDS_SUBMIT"
echo "   applications in the database: $(count "select count(*) from service_application where service_code = 'kartu-puskesmas'"),"\
" each with its process: $(count "select count(*) from service_application a join act_ru_execution e on e.proc_inst_id_ = a.process_instance_id and e.parent_id_ is null where a.service_code = 'kartu-puskesmas'")"
echo
echo "== 2. Citizen's service page"
"${BENCH[@]}" page "$BASE" 500
echo
echo "== 3. Crash test: SIGKILL during a stream of submissions"
ACK="$WORK/acknowledged.txt"
: > "$ACK"
before=$(count "select count(*) from service_application")
"${BENCH[@]}" stream "$BASE" 4 "$ACK" &
STREAM=$!
sleep 8
kill -9 "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
APP_PID=
wait "$STREAM" || true
acknowledged=$(wc -l < "$ACK")
echo "   acknowledged before the kill: $acknowledged"
start_app "$WORK/app-after-crash.log"
"${PSQL[@]}" -At -d "$DB" -c "create temporary table ack (k varchar(100), id uuid, n int)" \
  -c "\\copy ack from '$ACK' with (delimiter ' ')" \
  -c "\\o $WORK/check.txt" \
  -c "select (select count(*) from ack),
             (select count(*) from ack join service_application a on a.id = ack.id and a.idempotency_key = ack.k),
             (select count(*) from ack where (select count(*) from service_application a where a.idempotency_key = ack.k) <> 1),
             (select count(*) from ack join service_application a on a.id = ack.id
                where a.process_instance_id is null
                   or not exists (select 1 from act_hi_procinst p where p.proc_inst_id_ = a.process_instance_id))"
read -r total found notOnce noProcess < <(tr '|' ' ' < "$WORK/check.txt")
after=$(count "select count(*) from service_application")
echo "   after restart: $found of $total acknowledged applications found, $notOnce not exactly once," \
  "$noProcess without their process; $((after - before)) applications written in all (unacknowledged ones" \
  "committed just before the kill may exist too)"
"${BENCH[@]}" replay "$BASE" "$ACK"
if [ "$found" = "$total" ] && [ "$notOnce" = 0 ] && [ "$noProcess" = 0 ] && [ "$total" -gt 0 ]; then
  echo "   crash test: PASSED"
else
  echo "   crash test: FAILED"
  exit 1
fi
