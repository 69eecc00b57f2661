#!/usr/bin/env bash
# Resident name-search benchmark. Usage: bash bench/registry/run.sh [N] [QUERIES]
#   N        residents to seed into Kota Tangerang (default 2,000,000; use e.g. 20000 for a smoke run)
#   QUERIES  measured name searches (default 1000)
# Needs the local PostgreSQL (127.0.0.1:5432, user postgres, trust) and Java 17+. Builds target/padu.jar when
# missing. Everything it starts talks to 127.0.0.1 only and is stopped at the end.
set -euo pipefail

N=${1:-2000000}
QUERIES=${2:-1000}
TRGM_SECONDS=${TRGM_SECONDS:-300}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${BENCH_WORK:-/tmp/padu-bench-registry}
DB=${BENCH_DB:-padu_bench_registry}
TENANT=kota-tangerang
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
JDBC="jdbc:postgresql://127.0.0.1:5432/$DB?reWriteBatchedInserts=true"

cd "$ROOT"
[ -f target/padu.jar ] || ./mvnw -q -B -DskipTests package
PG_JAR=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
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

# Starts the packaged application on the bench database and waits until it reports ready (start-up
# runners, including the search index rebuild, are done); READY_AFTER holds the seconds it took.
# Not to be called in a subshell: it sets APP_PID for stop_app.
start_app() {
  local log=$1 started=$SECONDS
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
    SPRING_DATASOURCE_PASSWORD= PADU_DATA_DIR="$WORK/data" SERVER_PORT=$PORT SERVER_ADDRESS=127.0.0.1 \
    PADU_DB_POOL_SIZE=20 java -Xmx3g -jar target/padu.jar >"$log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 3600); do
    if curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1; then
      READY_AFTER=$((SECONDS - started))
      return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "application stopped; see $log" >&2; tail -30 "$log" >&2; exit 1; }
    sleep 1
  done
  echo "application not ready after an hour; see $log" >&2
  exit 1
}

echo "== 1. First start: schema, the demo pemda and the demo API client"
start_app "$WORK/app-first.log"
echo "   ready after $READY_AFTER s"
stop_app

echo "== 2. Seeding $N residents (demo generator, plain JDBC behind the application's back)"
(cd "$WORK" && unzip -q -o "$ROOT/target/padu.jar" 'BOOT-INF/*')
CP="$WORK/BOOT-INF/classes:$WORK/BOOT-INF/lib/*"
javac -q -d "$WORK/classes" -cp "$CP" bench/registry/SeedResidents.java 2>/dev/null || javac -d "$WORK/classes" -cp "$CP" bench/registry/SeedResidents.java
java -Xmx3g -cp "$WORK/classes:$CP" id.padu.registry.internal.SeedResidents "$JDBC" "$TENANT" "$N"

echo "== 3. pg_trgm baseline index (GIN, gin_trgm_ops) over the same rows"
started=$SECONDS
"${PSQL[@]}" -d "$DB" -c "create extension if not exists pg_trgm" \
  -c "create index resident_name_trgm on resident using gin (full_name gin_trgm_ops)" -c "analyze resident"
echo "   built in $((SECONDS - started)) s"

echo "== 4. Second start: the application finds its index behind the database and rebuilds it"
start_app "$WORK/app.log"
echo "   ready after $READY_AFTER s (start-up including the search index rebuild)"
grep -h "Resident search index" "$WORK/app.log" | sed 's/^.*INFO[^:]*: /   /' || true
du -sh "$WORK/data/index" | sed 's/^/   index size on disk: /'

echo "== 5. Workload"
java -Xmx1g -cp "$PG_JAR" bench/registry/SearchBench.java "$BASE" "$JDBC" "$TENANT" "$QUERIES" "$TRGM_SECONDS"
echo
echo "== 6. NIK look-ups with wrk (a C load generator: the Java client above spends much of the 2 cores itself)"
if command -v wrk >/dev/null; then
  "${PSQL[@]}" -d "$DB" -Atc "select nik from resident where tenant_id = '$TENANT' order by random() limit 20000" \
    > "$WORK/niks.txt"
  TOKEN=$(curl -fs -u demo-integrasi:padu-demo-secret -d grant_type=client_credentials -d scope=registry.read \
    "$BASE/oauth2/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
  export TOKEN NIK_FILE="$WORK/niks.txt"
  # Warm-up: under this load the JIT compiles for about two minutes (C2 threads' CPU) before the rate settles.
  wrk -t2 -c8 -d120s -s bench/registry/nik-lookup.lua "$BASE" >/dev/null
  wrk -t2 -c8 -d30s -s bench/registry/nik-lookup.lua "$BASE" | grep -E "Requests/sec|answers other" \
    | sed 's/^Requests\/sec:/   NIK look-ups\/s (scope registry.read, 8 connections, 30 s):/'
else
  echo "   wrk not installed (apt-get install wrk): skipped"
fi
echo
echo "Import rows/s: measured by the import benchmark (POST /api/v1/residents/import); the seeding figure above is plain JDBC."
