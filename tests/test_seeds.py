"""Integration on the five scraped seed articles (skipped on a fresh clone without ../shared)."""

import json

import pytest
from typer.testing import CliRunner

from summarizer.cli import _register, app

pytestmark = pytest.mark.seeds
JUNK = (
    "An icon",
    "READ MORE",
    "Join Our Newsletter",
    "WatchUsOn",
    "Photo/",
    "photo credit",
    "Stock Photo",
    "Published:",
    "(credit:",
)


@pytest.fixture(scope="module")
def seed_json(seeds_dir):
    _register()
    args = ["summarize", str(seeds_dir), "--writer", "extractive", "--format", "json"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_seed_summary_has_three_cited_sentences(seed_json):
    assert len(seed_json["sentences"]) >= 3
    assert all(s["citations"] for s in seed_json["sentences"])


def test_selection_draws_on_all_five_articles(seed_json):
    assert len(seed_json["documents"]) == 5
    assert {s["doc"] for s in seed_json["selected"]} == {d["id"] for d in seed_json["documents"]}


def test_no_page_junk_in_summary_or_selection(seed_json):
    texts = [seed_json["summary"], *(s["text"] for s in seed_json["selected"])]
    for phrase in JUNK:
        assert all(phrase.lower() not in t.lower() for t in texts), phrase


def test_a_claims_verdict_does_not_depend_on_the_claims_checked_with_it(seeds_dir):
    """The seed articles have more sentences than are embedded for one claim: each claim is
    judged on its own likeliest sentences however many claims are checked together."""
    from summarizer.attribute import Attributor
    from summarizer.config import AttributeConfig, IngestConfig
    from summarizer.embed import bundled_embedder
    from summarizer.ingest import load_documents
    from summarizer.text import split_sentences

    docs = load_documents([seeds_dir], IngestConfig()).documents
    sentences = [s for d in docs for s in split_sentences(d)]
    claims = ["A drone struck the prime minister's house in Baghdad.",
              "Seven bodyguards were hurt.",
              "Britain's prime minister condemned the attack.",
              "Protesters had camped near the Green Zone for weeks.",
              "The militias lost seats in the October election.",
              "The prime minister called for calm on Twitter."]  # fmt: skip
    attributor = Attributor(AttributeConfig(), bundled_embedder())
    together = attributor.attribute(claims, docs, sentences)
    assert list(together) == [attributor.attribute([c], docs, sentences)[0] for c in claims]
