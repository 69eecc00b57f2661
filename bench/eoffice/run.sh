#!/usr/bin/env bash
# E-office letter numbering benchmark (issue 6, item 10). Usage: bash bench/eoffice/run.sh [LETTERS] [THREADS] [WRONG]
# Starts the packaged jar on a fresh PostgreSQL database with the demo city, drafts LETTERS nota dinas as
# sekretariat, then signs them all concurrently as kadis from THREADS clients with WRONG extra signings with a wrong
# passphrase mixed in, and prints the numbers issued, duplicates (must be 0), gaps (must be 0) and signings/s;
# then checks the same in the database. Needs the local PostgreSQL (127.0.0.1:5432, user postgres, trust) and
# Java 17+. Builds target/padu.jar when missing. Everything it starts listens on 127.0.0.1 and is stopped at the end.
set -euo pipefail

LETTERS=${1:-200}
THREADS=${2:-16}
WRONG=${3:-10}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${BENCH_WORK:-/tmp/padu-bench-eoffice}
DB=${BENCH_DB:-padu_bench_eoffice}
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)

cd "$ROOT"
[ -f target/padu.jar ] || ./mvnw -q -B -DskipTests package
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
SMTP_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
rm -rf "$WORK" && mkdir -p "$WORK"
"${PSQL[@]}" -c "drop database if exists $DB" -c "create database $DB"

APP_PID=
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
}
trap stop_app EXIT

SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD= PADU_DATA_DIR="$WORK/data" SERVER_PORT=$PORT SERVER_ADDRESS=127.0.0.1 \
  PADU_SMTP_PORT=$SMTP_PORT PADU_DB_POOL_SIZE=20 java -Xmx1g -jar target/padu.jar >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 600); do
  curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "application stopped; see $WORK/app.log" >&2; tail -30 "$WORK/app.log" >&2; exit 1; }
  sleep 1
done

echo "== $LETTERS letters signed concurrently by $THREADS clients ($WRONG wrong passphrases mixed in), PostgreSQL"
java -Xmx256m bench/eoffice/SignBench.java "$BASE" "$LETTERS" "$THREADS" "$WRONG"
read -r signed distinct span < <("${PSQL[@]}" -d "$DB" -At -F ' ' -c "select count(*), count(distinct number_value),
  coalesce(max(number_value) - min(number_value) + 1, 0) from letter where status = 'SIGNED'")
last=$("${PSQL[@]}" -d "$DB" -At -c "select coalesce(sum(last_value), 0) from letter_number_sequence")
echo "   database: $signed signed letters, $((signed - distinct)) duplicate numbers, $((span - distinct)) gaps," \
  "sequence at $last"
[ "$signed" = "$distinct" ] && [ "$span" = "$distinct" ] && [ "$last" = "$signed" ]
