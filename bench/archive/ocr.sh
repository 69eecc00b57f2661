#!/usr/bin/env bash
# OCR benchmark (issue 7, item 12, the OCR half). Usage: bash bench/archive/ocr.sh [PAGES] [THREADS]
# Renders PAGES scanned-like A4 pages of Indonesian text at 300 dpi and reads them with Padu's own OCR code
# (OcrEngine: page split, tesseract -l ind with txt+tsv+pdf, searchable PDF merge), THREADS pages at a time;
# prints pages per minute and the word accuracy. Needs tesseract-ocr and tesseract-ocr-ind, Java 17+.
set -euo pipefail

PAGES=${1:-20}
THREADS=${2:-$(nproc)}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
tesseract --list-langs 2>/dev/null | grep -qx ind || { echo "needs tesseract-ocr and tesseract-ocr-ind" >&2; exit 1; }
[ -d target/classes/id/padu/archive/internal/digitization ] || ./mvnw -q -B -DskipTests compile
[ -f target/bench-classpath.txt ] || ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
CP="target/classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench-ocr
javac -nowarn -d target/bench-ocr -cp "$CP" bench/archive/OcrBench.java
java -Xmx1g -cp "target/bench-ocr:$CP" id.padu.archive.internal.digitization.OcrBench "$PAGES" "$THREADS"
