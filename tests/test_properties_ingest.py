"""Ingest on real scraped seeds (skipped when absent) and on the shared dev clusters."""

import json

import pytest

from summarizer.config import IngestConfig
from summarizer.ingest import documents_from_records, load_documents
from summarizer.junk import clean_text
from summarizer.text import split_sentences

JUNK = (
    "An icon of",
    "Photo/",
    "READ MORE",
    "Join Our Newsletter",
    "WatchUsOn",
    "photo credit",
    "Stock Photo",
    "Published:",
)


@pytest.mark.seeds
def test_no_junk_phrase_survives_cleaning_of_any_seed(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        cleaned = clean_text(path.read_text(encoding="utf-8")).casefold()
        assert [p for p in JUNK if p.casefold() in cleaned] == [], path.name


@pytest.mark.seeds
def test_every_seed_keeps_its_content_sentences(seeds_dir):
    loaded = load_documents([seeds_dir], IngestConfig())
    assert len(loaded.documents) == 5 and loaded.warnings == ()
    counts = [len(split_sentences(d)) for d in loaded.documents]
    assert min(counts) >= 7, counts
    assert all(d.date or d.title for d in loaded.documents)


@pytest.mark.seeds
def test_seed_sentences_are_sentence_sized(seeds_dir):
    loaded = load_documents([seeds_dir], IngestConfig())
    lengths = [len(s.text.split()) for d in loaded.documents for s in split_sentences(d)]
    assert max(lengths) <= 120
    # Headlines and short quotes aside, most pieces are real sentences.
    assert sum(n >= 6 for n in lengths) / len(lengths) >= 0.9


def test_dev_clusters_load_without_errors_and_split_into_sentences(datasets_dir):
    path = datasets_dir / "wikinews_en_dev.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()[:10]
    for line in lines:
        cluster = json.loads(line)
        loaded = documents_from_records(cluster["documents"], IngestConfig(), cluster["id"])
        assert all(split_sentences(d) for d in loaded.documents)
