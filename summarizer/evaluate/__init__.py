"""Batch evaluation harness behind ``summarizer eval``: datasets, systems, metrics, reports.

``run_eval`` runs our Summarizer and the baselines (Lead, LexRank, TextRank, random, greedy
ROUGE oracle) on the same clusters under one word budget and writes per-cluster records and an
aggregate report. See eval/README.md for how to run it and the measured figures.
"""

from summarizer.evaluate.run import EvalResult, run_eval

__all__ = ["EvalResult", "run_eval"]
