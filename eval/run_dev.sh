#!/usr/bin/env bash
# Re-measure the development sets and refresh the aggregate reports in eval/results/.
# Per-cluster lines (they quote research-only dataset text) stay in runs/ (gitignored);
# only report.md, report.json and report.png are copied into the repository.
# Usage: eval/run_dev.sh [DATASETS_DIR]   (default ../shared/datasets)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-../shared/datasets}
SYSTEMS=ours,lead,lexrank,textrank,random,oracle
BIN=${BIN:-.venv/bin}

run() {  # name budget [file]; starts afresh (code may have changed since the last run)
  rm -rf "runs/eval/$1"
  "$BIN/summarizer" eval "${3:-$DATA/$1.jsonl}" --systems "$SYSTEMS" --writer extractive \
    --budget "$2" --output "runs/eval/$1" > /dev/null
  mkdir -p "eval/results/$1"
  cp "runs/eval/$1/report.md" "runs/eval/$1/report.json" "runs/eval/$1/report.png" \
    "eval/results/$1/"
}

# attribution_dev holds 28 Multi-News clusters whose summaries were split into claims: joined
# again, they are the references of a Multi-News-style set (written to runs/, never committed).
mkdir -p runs/eval
"$BIN/python" - "$DATA/attribution_dev.jsonl" runs/eval/multinews_dev.jsonl <<'PY'
import json, sys
with open(sys.argv[1]) as src, open(sys.argv[2], "w") as out:
    for line in src:
        r = json.loads(line)
        ref = " ".join(c["text"] for c in r["claims"])
        out.write(json.dumps({"id": r["id"], "documents": r["documents"], "references": [ref]}) + "\n")
PY
DATA_MN=runs/eval/multinews_dev.jsonl

run wikinews_en_dev 250   # Wikinews references average ~240 words
run multinews_dev 250 "$DATA_MN"   # Multi-News summaries average ~260 words
run allsides_dev 70       # AllSides roundups average ~66 words
run fictional 60 eval/data/fictional.jsonl   # our 4 short fictional clusters
