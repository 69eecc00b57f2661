#!/usr/bin/env bash
# Resident import benchmark: bash bench/registry-import/run.sh [N]   (default N = 2,000,000)
# Fresh PostgreSQL database on 127.0.0.1:5432 (user postgres), the packaged target/padu.jar on a free
# port with demo data, an N-row SIAK CSV, POSTed streaming as admin: prints rows/s for the first import
# and for a re-import of the same file (no changes), and the peak heap used during both. Talks only to
# 127.0.0.1; stops the application and drops the database at the end (KEEP_DB=1 keeps it).
set -euo pipefail
N=${1:-2000000}
HEAP=${HEAP:-768m}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DB=padu_bench_import
WORK=$(mktemp -d /tmp/padu-bench-import.XXXXXX)
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA)
APP=""

cleanup() {
  [ -n "$APP" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true
  [ -n "${SAMPLER:-}" ] && kill "$SAMPLER" 2>/dev/null || true
  [ "${KEEP_DB:-0}" = 1 ] || "${PSQL[@]}" -c "drop database if exists $DB" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -f "$ROOT/target/padu.jar" ] || (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
"${PSQL[@]}" -c "drop database if exists $DB" -c "create database $DB" >/dev/null
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE=http://127.0.0.1:$PORT

echo "Starting padu.jar on port $PORT (heap $HEAP), database $DB"
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres \
SPRING_DATASOURCE_PASSWORD= PADU_DATA_DIR=$WORK/data SERVER_PORT=$PORT SERVER_ADDRESS=127.0.0.1 PADU_DEMO_ENABLED=true \
  java -Xmx$HEAP -jar "$ROOT/target/padu.jar" > "$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 180); do
  curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$APP" 2>/dev/null || { tail -40 "$WORK/app.log"; exit 1; }
  sleep 1
done
curl -fs "$BASE/actuator/health" >/dev/null || { echo "application did not start"; tail -40 "$WORK/app.log"; exit 1; }

"${PSQL[@]}" -d $DB -c "select kode from wilayah where kode like '36.71.%' and length(kode) = 13 order by kode" > "$WORK/kelurahan.txt"
echo "Generating $N rows over $(wc -l < "$WORK/kelurahan.txt") kelurahan of Kota Tangerang"
python3 "$ROOT/bench/registry-import/generate.py" "$N" "$WORK/kelurahan.txt" > "$WORK/residents.csv"
echo "CSV: $(du -h "$WORK/residents.csv" | cut -f1), $(($(wc -l < "$WORK/residents.csv") - 1)) rows"

JAR="$WORK/cookies"
CSRF=$(curl -fs -c "$JAR" -b "$JAR" "$BASE/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "username=admin" --data-urlencode "password=padu-demo" \
  --data-urlencode "_csrf=$CSRF" "$BASE/login"

heap() {
  curl -fs -b "$JAR" "$BASE/actuator/metrics/jvm.memory.used?tag=area:heap" \
    | python3 -c 'import json,sys; print(int(json.load(sys.stdin)["measurements"][0]["value"]))' 2>/dev/null || echo 0
}
( peak=0; while true; do h=$(heap); [ "$h" -gt "$peak" ] && peak=$h && echo "$peak" > "$WORK/peak"; sleep 0.5; done ) &
SAMPLER=$!

run_import() {
  local label=$1 start end
  start=$(date +%s.%N)
  curl -fsS -b "$JAR" -X POST -T "$WORK/residents.csv" -H "Content-Type: text/csv" -H "X-File-Name: residents.csv" \
    "$BASE/api/v1/residents/import" > "$WORK/$label.json"
  end=$(date +%s.%N)
  python3 - "$WORK/$label.json" "$start" "$end" "$label" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); s = float(sys.argv[3]) - float(sys.argv[2])
print("%-10s rows %d  imported %d  updated %d  rejected %d  in %.1f s  = %d rows/s"
      % (sys.argv[4], r["rows"], r["imported"], r["updated"], r["rejected"], s, r["rows"] / s))
PY
}
run_import first
run_import reimport
kill "$SAMPLER" 2>/dev/null || true
echo "Peak heap used: $(( $(cat "$WORK/peak" 2>/dev/null || echo 0) / 1048576 )) MB (max $HEAP)"
echo "Residents in database: $("${PSQL[@]}" -d $DB -c "select count(*) from resident")"
