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

run() {  # name budget; starts afresh (code may have changed since the last run)
  rm -rf "runs/eval/$1"
  "$BIN/summarizer" eval "$DATA/$1.jsonl" --systems "$SYSTEMS" --writer extractive \
    --budget "$2" --output "runs/eval/$1" > /dev/null
  mkdir -p "eval/results/$1"
  cp "runs/eval/$1/report.md" "runs/eval/$1/report.json" "runs/eval/$1/report.png" \
    "eval/results/$1/"
}

run wikinews_en_dev 250   # Wikinews references average ~240 words
run allsides_dev 70       # AllSides roundups average ~66 words
rm -rf runs/eval/fictional
"$BIN/summarizer" eval eval/data/fictional.jsonl --systems "$SYSTEMS" --writer extractive \
  --budget 60 --output runs/eval/fictional > /dev/null
mkdir -p eval/results/fictional
cp runs/eval/fictional/report.{md,json,png} eval/results/fictional/
