#!/usr/bin/env bash
# Archive search benchmark. Usage: bash bench/archive/run.sh [N] [QUERIES]
#   N        records to seed into Kota Tangerang (default 1,000,000; use e.g. 20000 for a smoke run)
#   QUERIES  measured searches (default 1000)
# Needs the local PostgreSQL (127.0.0.1:5432, user postgres, trust) and Java 17+. Builds target/padu.jar when
# missing. Everything it starts talks to 127.0.0.1 only and is stopped at the end.
set -euo pipefail

N=${1:-1000000}
QUERIES=${2:-1000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${BENCH_WORK:-/tmp/padu-bench-archive}
DB=${BENCH_DB:-padu_bench_archive}
TENANT=kota-tangerang
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
JDBC="jdbc:postgresql://127.0.0.1:5432/$DB?reWriteBatchedInserts=true"

cd "$ROOT"
[ -f target/padu.jar ] || ./mvnw -q -B -DskipTests package
PG_JAR=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)
PORT=${BENCH_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
BASE="http://127.0.0.1:$PORT"

rm -rf "$WORK" && mkdir -p "$WORK/classes"
"${PSQL[@]}" -c "drop database if exists $DB" -c "create database $DB"

APP_PID=
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}
trap stop_app EXIT

# Starts the packaged application on the bench database and waits until it reports ready (start-up runners,
# including the archive index rebuild, are done); READY_AFTER holds the seconds it took.
start_app() {
  local log=$1 started=$SECONDS
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
    SPRING_DATASOURCE_PASSWORD= PADU_DATA_DIR="$WORK/data" SERVER_PORT=$PORT SERVER_ADDRESS=127.0.0.1 \
    PADU_DB_POOL_SIZE=20 java -Xmx3g -jar target/padu.jar >"$log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 7200); do
    if curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1; then
      READY_AFTER=$((SECONDS - started))
      return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "application stopped; see $log" >&2; tail -30 "$log" >&2; exit 1; }
    sleep 1
  done
  echo "application not ready after two hours; see $log" >&2
  exit 1
}

echo "== 1. First start: schema, the demo pemda, its classification scheme and the demo API client"
start_app "$WORK/app-first.log"
echo "   ready after $READY_AFTER s"
stop_app

echo "== 2. Seeding $N records with text (plain JDBC behind the application's back)"
javac -d "$WORK/classes" bench/archive/SeedRecords.java bench/archive/SearchBench.java
java -Xmx1g -cp "$WORK/classes:$PG_JAR" SeedRecords "$JDBC" "$TENANT" "$N"
"${PSQL[@]}" -d "$DB" -c "analyze archive_record" -c "analyze berkas"
"${PSQL[@]}" -d "$DB" -Atc "select pg_size_pretty(pg_total_relation_size('archive_record'))" | sed 's/^/   archive_record on disk: /'

echo "== 3. Second start: the application finds its archive index behind the database and rebuilds it"
start_app "$WORK/app.log"
echo "   ready after $READY_AFTER s (start-up including the index rebuild)"
grep -h "Archive search index" "$WORK/app.log" | sed 's/^.*INFO[^:]*: /   /' || true
du -sh "$WORK/data/index/archive_record" 2>/dev/null | sed 's/^/   archive index on disk: /' || du -sh "$WORK/data/index"

echo "== 4. Workload: GET /api/v1/archive/search, one client, after a warm-up"
java -Xmx512m -cp "$WORK/classes" SearchBench "$BASE" "$QUERIES"
