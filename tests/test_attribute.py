"""Attribution: citations, support labels and the facts that decide them."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import numpy as np
import pytest

from summarizer.attribute import Attributor
from summarizer.config import AttributeConfig
from summarizer.facts import extract_facts, stem, token_gaps, tokens
from summarizer.relations.claim import Claim
from summarizer.relations.naming import named_otherwise
from summarizer.relations.order import reversed_names
from summarizer.text import split_sentences
from summarizer.types import Document, Sentence

LEXICAL = AttributeConfig(use_embeddings=False)

RIOT = [
    Document("a", "Seven prison guards were injured in a riot at Harrow Hill jail on Sunday. "
                  "The riot began in the kitchen block after a fight over food."),
    Document("b", "A riot at Harrow Hill jail left seven guards injured on Sunday. "
                  "Inmates set fire to mattresses before police restored order."),
    Document("c", "Ten guards were injured in the Harrow Hill jail riot on Sunday, a union said. "
                  "The union has long warned about staff shortages."),
]  # fmt: skip


def claim_of(text: str) -> Claim:
    """The claim of a summary sentence, with its facts, as the checker reads it."""
    return Claim.of(text, extract_facts(text))


def sentences_of(documents: list[Document]) -> list[Sentence]:
    """The sources' sentences as the product splits them (text.py: "Sen." or "Mr." ends no
    sentence), so that a test sees the sentences and windows a user's run would."""
    return [s for d in documents for s in split_sentences(d)]


def evidence_of(documents: list[Document]):
    """The sources as the checker reads them (lexical: no embeddings), for a check's own test."""
    return Attributor(LEXICAL)._evidence(documents, sentences_of(documents), None)


def attribute(claims, documents, config=LEXICAL, embedder=None, embeddings=None):
    return Attributor(config, embedder).attribute(
        claims, documents, sentences_of(documents), embeddings
    )


def test_altered_number_is_unsupported_and_listed_missing():
    (result,) = attribute(["10 guards were injured in a riot at Harrow Hill jail."], RIOT[:2])
    assert result.support == "unsupported"
    assert "10" in result.missing


def test_word_number_matches_digits():
    (result,) = attribute(["7 guards were injured in a riot at Harrow Hill jail."], RIOT[:2])
    assert result.support == "supported"
    assert result.missing == ()
    assert {c.doc for c in result.citations} == {"a", "b"}


def test_every_supporting_article_cited_and_conflicting_one_not():
    (result,) = attribute(["Seven guards were injured in a riot at Harrow Hill jail."], RIOT)
    assert result.support == "supported"
    assert {c.doc for c in result.citations} == {"a", "b"}


def test_figure_given_by_one_article_only_cites_that_article():
    (result,) = attribute(["Ten guards were injured in the Harrow Hill jail riot."], RIOT)
    assert result.support == "supported"
    assert {c.doc for c in result.citations} == {"c"}


def test_invented_claim_is_unsupported():
    (result,) = attribute(["The governor resigned after a bribery scandal in the capital."], RIOT)
    assert result.support == "unsupported"
    assert result.citations == ()
    assert "governor" in result.missing


def test_swapped_name_is_flagged_with_the_name_missing():
    (result,) = attribute(["Seven guards were injured in a riot at Dunmore jail."], RIOT[:2])
    assert result.support != "supported"
    assert "Dunmore" in result.missing


def test_wrong_weekday_is_flagged():
    (result,) = attribute(["Seven guards were injured in a riot at Harrow Hill on Friday."], RIOT)
    assert result.support != "supported"
    assert "Friday" in result.missing


def test_fused_claim_cites_a_window_of_two_sentences():
    doc = Document("d", "The mayor opened the Kelby bridge on Friday. It cost 40 million pounds. "
                        "Traffic was light.")  # fmt: skip
    claim = "The mayor opened the Kelby bridge, which cost 40 million pounds."
    (result,) = attribute([claim], [doc])
    assert result.support == "supported"
    (citation,) = result.citations
    assert (citation.sentence, citation.start) == (0, 0)
    assert citation.quote == doc.text[: doc.text.index(" Traffic")]


def test_spans_slice_the_document_text_to_the_quote():
    texts = {d.id: d.text for d in RIOT}
    results = attribute(["Seven guards were hurt.", "Inmates set fire to mattresses."], RIOT)
    citations = [c for r in results for c in r.citations]
    assert citations
    for c in citations:
        assert texts[c.doc][c.start : c.end] == c.quote
        assert 0.0 <= c.score <= 1.0


def test_partly_supported_claim_is_partial():
    (result,) = attribute(
        ["Seven guards were injured at Harrow Hill jail, and the prison director was fired "
         "by the justice ministry for negligence."], RIOT)  # fmt: skip
    assert result.support == "partial"
    assert {"director", "negligence"} <= set(result.missing)


def test_no_claims_and_empty_claims():
    assert attribute([], RIOT) == ()
    (result,) = attribute(["..."], RIOT)
    assert result.support == "unsupported"


class HashEmbedder:
    """Deterministic stand-in for MiniLM: hashed bag of lower-cased words, L2-normalised."""

    def encode(self, texts):
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                out[row, zlib.crc32(word.encode()) % 64] += 1.0
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


def test_semantic_path_agrees_on_the_clear_cases():
    embedder = HashEmbedder()
    sentences = sentences_of(RIOT)
    embeddings = embedder.encode([s.text for s in sentences])
    attributor = Attributor(AttributeConfig(), embedder)
    good, altered = attributor.attribute(
        ["Seven guards were injured in a riot at Harrow Hill jail.",
         "Twelve guards were injured in a riot at Harrow Hill jail."],
        RIOT, sentences, embeddings,
    )  # fmt: skip
    assert good.support == "supported" and {c.doc for c in good.citations} == {"a", "b"}
    assert altered.support == "unsupported" and "Twelve" in altered.missing


def test_same_cluster_is_indexed_once():
    attributor = Attributor(LEXICAL)
    sentences = sentences_of(RIOT)
    first = attributor.attribute(["Seven guards were injured."], RIOT, sentences)
    again = attributor.attribute(["Seven guards were injured."], RIOT, sentences)
    assert first == again
    assert len(attributor._cache) == 1


def test_nli_model_that_fails_to_load_warns_and_continues(tmp_path):
    attributor = Attributor(AttributeConfig(use_embeddings=False, nli_model=str(tmp_path)))
    assert attributor.nli is None
    assert attributor.warnings and "NLI" in attributor.warnings[0]
    (result,) = attributor.attribute(["Seven guards were injured."], RIOT, sentences_of(RIOT))
    assert result.support == "supported"


@pytest.fixture(scope="module")
def tiny_nli(tmp_path_factory):
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizerFast

    folder = tmp_path_factory.mktemp("nli")
    words = sorted({w for d in RIOT for w in re.findall(r"\w+", d.text.lower())})
    (folder / "vocab.txt").write_text("\n".join(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]",
                                                  *words]))  # fmt: skip
    BertTokenizerFast(vocab_file=str(folder / "vocab.txt")).save_pretrained(folder)
    config = BertConfig(vocab_size=len(words) + 5, hidden_size=16, num_hidden_layers=1,
                        num_attention_heads=2, intermediate_size=32, num_labels=3,
                        id2label={0: "ENTAILMENT", 1: "NEUTRAL", 2: "CONTRADICTION"},
                        label2id={"ENTAILMENT": 0, "NEUTRAL": 1, "CONTRADICTION": 2})  # fmt: skip
    BertForSequenceClassification(config).save_pretrained(folder, safe_serialization=True)
    return folder


def test_nli_model_loads_and_scores(tiny_nli):
    from summarizer.nli import NliModel

    model = NliModel(str(tiny_nli))
    assert (model.entail, model.contradict) == (0, 2)
    scores = model.scores(["Seven guards were injured."] * 2, ["Guards were hurt.", "No riot."])
    assert scores.shape == (2, 2)
    assert np.all((scores >= 0) & (scores <= 1))
    attributor = Attributor(AttributeConfig(use_embeddings=False, nli_model=str(tiny_nli)))
    assert attributor.warnings == ()
    (result,) = attributor.attribute(["Seven guards were injured."], RIOT, sentences_of(RIOT))
    assert result.support in {"supported", "partial", "unsupported"}
    assert all(0.0 <= c.score <= 1.0 for c in result.citations)


OWN_SET = Path(__file__).resolve().parents[1] / "eval" / "attribution" / "claims.jsonl"
FLAGGED_KINDS = ("invented", "altered-number", "altered-name", "altered-place", "altered-weekday")


@pytest.fixture(scope="module")
def own_figures() -> dict:
    """eval/attribution/claims.jsonl through the default attribution (MiniLM embeddings)."""
    from summarizer.evaluate.attribution import evaluate, load

    return evaluate(load(OWN_SET))["figures"]


def test_own_labelled_set_meets_the_targets(own_figures):
    """The issue's targets on our labelled set: every invented or altered claim flagged, at
    most 1 true claim in 12 flagged, citation precision >= 0.9 and recall >= 0.8."""
    assert sum(row["n"] for row in own_figures.values()) >= 36
    for kind in FLAGGED_KINDS:
        assert own_figures[kind]["flagged"] == 1.0, kind
    assert own_figures["invented"]["unsupported"] >= 0.8
    supported = own_figures["supported"]
    assert supported["n"] >= 30 and supported["flagged"] <= 1 / 12
    assert supported["citation_precision"] >= 0.9 and supported["citation_recall"] >= 0.8


LONG_SETS = [OWN_SET.with_name(f"ml{k}.jsonl") for k in "abcd"]


def test_long_multi_news_style_sets_keep_their_figures():
    """mla to mld (16 fictional clusters of 3-5 full articles each, written by sessions that
    never saw the rules, then read): no more true claims flagged, no fewer wrong ones caught
    than at the fourteenth session's end."""
    from summarizer.evaluate.attribution import evaluate, load

    counts = evaluate([c for path in LONG_SETS for c in load(path)], as_check=True)["counts"]
    assert counts["supported"]["n"] == 104 and counts["supported"]["flagged"] <= 8
    wrong = [c for kind, c in counts.items() if kind not in ("supported", "partial")
             and not kind.startswith("supported")]  # fmt: skip
    assert sum(c["n"] for c in wrong) == 72 and sum(c["flagged"] for c in wrong) >= 66


def test_own_labelled_set_lexical_still_flags_every_altered_claim():
    """Without embeddings, paraphrases lose support ("people on foot" for "pedestrians"), but
    no invented or altered claim passes."""
    from summarizer.evaluate.attribution import evaluate, load

    figures = evaluate(load(OWN_SET), lexical=True)["figures"]
    for kind in FLAGGED_KINDS:
        assert figures[kind]["flagged"] == 1.0, kind
    assert figures["supported"]["citation_precision"] >= 0.9


def test_same_figure_about_something_else_does_not_support():
    doc = Document("e", "The fire at the Kelby depot burned for six hours. Six people fled.")
    (result,) = attribute(["The fire at the Kelby depot burned for two hours."], [doc])
    assert result.support != "supported" and "two" in result.missing
    (result,) = attribute(["Six hours of fire hit the Kelby depot and two people fled."], [doc])
    assert "two" in result.missing


STRIKE = [
    Document("s", "Drivers backed the strike by 87 percent on a turnout of 74 percent. "
                  "Fire chief Miriam Osei praised Tomas Wieland for his help with the rescue. "
                  "The union is asking for a 9 percent rise; the company has offered 4 percent."),
]  # fmt: skip


@pytest.mark.parametrize(
    "claim",
    ["Injured riot jail guards Seven Hill were at Harrow a in.",
     "Jail Harrow guards a Sunday riot injured in seven were Hill at on."],
)  # fmt: skip
def test_scrambled_source_words_are_not_supported(claim):
    (result,) = attribute([claim], RIOT[:2])
    assert result.support != "supported"


@pytest.mark.parametrize(
    "claim",
    ["At Harrow Hill jail, seven guards were injured in a riot on Sunday.",
     "On Sunday a riot at Harrow Hill jail left seven prison guards injured."],
)  # fmt: skip
def test_true_claim_in_another_word_order_stays_supported(claim):
    (result,) = attribute([claim], RIOT[:2])
    assert result.support == "supported", result


def test_swapped_roles_are_flagged_and_the_passive_is_not():
    swapped, passive, true = attribute(
        ["Tomas Wieland praised fire chief Miriam Osei for her help with the rescue.",
         "Tomas Wieland was praised by fire chief Miriam Osei for his help with the rescue.",
         "Fire chief Miriam Osei praised Tomas Wieland for his help with the rescue."],
        STRIKE,
    )  # fmt: skip
    assert swapped.support != "supported"
    assert passive.support == "supported" and true.support == "supported"


def test_names_the_claim_repeats_are_not_read_as_swapped():
    doc = Document("m", "Under the agreement, Tarvel shareholders would receive one share of the "
                        "new Brisco Group for each Tarvel share. Brisco shareholders can choose "
                        "$40 in cash or half a share of the new company.")  # fmt: skip
    claim = (
        "Tarvel shareholders will receive one Brisco Group share for each Tarvel share, "
        "while Brisco shareholders may choose $40 in cash or half a Brisco Group share."
    )
    (result,) = attribute([claim], [doc])
    assert "names swapped" not in result.missing, result.missing


def test_a_figure_may_follow_or_precede_the_word_it_goes_with():
    docs = [
        Document("a", "Two car bombs killed nine people and wounded 38 others on Monday when they "
                      "went off at a gate of the Kessel barracks, the health ministry said."),
        Document("b", "Hospital officials said five people died and 51 were wounded in the "
                      "bombings at the Kessel barracks."),
    ]  # fmt: skip
    turned, changed = attribute(
        ["According to the health ministry, nine people were killed and 38 wounded when two car "
         "bombs went off at a gate of the Kessel barracks.",
         "According to the health ministry, nine people were killed and 39 wounded when two car "
         "bombs went off at a gate of the Kessel barracks."],
        docs,
    )  # fmt: skip
    assert turned.support == "supported", turned.missing
    assert changed.support != "supported" and "39" in changed.missing


def test_a_text_naming_someone_else_of_that_last_word_does_not_name_them():
    docs = [
        Document("a", "Holders Velmar were drawn against Inter Castora in Friday's draw."),
        Document("b", "Full draw: Ostrel United v AC Castora, Brennick v Harlow Town."),
    ]  # fmt: skip
    wrong, right = attribute(
        ["Holders Velmar were drawn against AC Castora.",
         "Holders Velmar were drawn against Inter Castora."],
        docs,
    )  # fmt: skip
    assert wrong.support != "supported"
    assert right.support == "supported", right.missing


@pytest.mark.parametrize(
    ("quote", "otherwise"),
    [("Michelle Obama spoke first.", True),
     ("Michelle Obama and Barack Obama spoke.", False),
     ("President Obama spoke first.", False),
     ("Mr Obama spoke first.", False),
     ("On Monday Obama spoke first.", False),
     ("Chicago's Obama spoke first.", False),
     ("Bárack Obama spoke first.", False),
     ("Obama spoke first.", False),
     # a last word two names share
     ("Barack and Michelle Obama spoke first.", False),
     ("Barack or Michelle Obama spoke first.", False),
     ("Malia and Michelle Obama spoke first.", True)],
)  # fmt: skip
def test_named_otherwise_tells_another_first_word_from_a_title(quote, otherwise):
    assert named_otherwise(("Barack", "Obama"), quote) is otherwise


@pytest.mark.parametrize(
    ("quote", "otherwise"),
    [("A Piper M350 Malibu came down in a field near Ostrow.", False),
     ("A Piper Malibu came down in a field near Ostrow.", False),
     ("A Mooney M350 Malibu came down in a field near Ostrow.", True),
     ("A Chevrolet Malibu came down in a field near Ostrow.", True)],
)  # fmt: skip
def test_a_model_number_inside_a_name_is_not_another_name(quote, otherwise):
    assert named_otherwise(("Piper", "Malibu"), quote) is otherwise


@pytest.mark.parametrize(
    ("quote", "otherwise"),
    [("Chief District Judge Ernest Torres suspended the fine.", False),
     ("Judge Torres suspended the fine.", False),
     ("Mayor Ana Torres suspended the fine.", False)],
)  # fmt: skip
def test_a_title_and_a_surname_are_not_named_otherwise_by_a_first_name(quote, otherwise):
    # "Judge Torres" has no first name a source's "Ernest" could contradict.
    assert named_otherwise(("Judge", "Torres"), quote) is otherwise
    assert named_otherwise(("Sen.", "Torres"), quote) is otherwise


@pytest.mark.parametrize(
    ("name", "quote", "otherwise"),
    [(("Conservative", "MPs"), "Twelve Tory MPs abstained.", False),
     (("Tory", "MPs"), "Twelve Conservative MPs abstained.", False),
     (("Republican", "senators"), "Two GOP senators voted no.", False),
     (("Labour", "MPs"), "Twelve Tory MPs abstained.", True)],
)  # fmt: skip
def test_a_party_by_its_nickname_is_not_named_otherwise(name, quote, otherwise):
    assert named_otherwise(name, quote) is otherwise


def test_a_longer_name_is_told_apart_past_the_words_it_shares():
    name = ("Bellco", "Credit", "Union")
    assert named_otherwise(name, "He robbed the Public Service Credit Union on Friday.")
    assert not named_otherwise(name, "He drove past the Bellco Credit Union.")
    assert not named_otherwise(("Credit", "Union"), "He robbed the Public Service Credit Union.")
    # A person is told apart by the word before the surname alone.
    premier = ("Palestinian", "Prime", "Minister", "Ahmed", "Korei")
    assert not named_otherwise(premier, "Palestinian Authority Prime Minister Ahmed Korei said.")


def test_a_body_written_the_other_way_round_is_not_named_otherwise():
    name = ("Labor", "Department")
    assert not named_otherwise(name, "Okafor said the New York State Department of Labor had")
    assert named_otherwise(name, "Okafor said the New York State Department of Health had")
    assert not named_otherwise(("Homeland", "Security", "Department"),
                               "the Department of Homeland Security said")  # fmt: skip


def test_a_title_and_a_surname_are_supported_by_the_full_name():
    docs = [Document("a", "District Judge Ernest Torres suspended the daily fine on Tuesday. "
                          "Reporter Jim Halloran had refused to name his source.")]  # fmt: skip
    passes_and_flags("Judge Torres suspended the daily fine on Tuesday.",
                     "Judge Halloran suspended the daily fine on Tuesday.", docs,
                     "Judge Halloran")  # fmt: skip


def test_a_name_inside_a_longer_name_stands_where_it_stands_alone():
    # "Earth" of "Near Earth Object Office" comes before "Kessa", the claim's own "Earth" after.
    text = "The Near Earth Object Office said the asteroid Kessa will pass near Earth in April."
    claim = claim_of(text)
    quote = "The cloud of positions of Kessa as the asteroid passes near Earth is shown in white."
    assert reversed_names(claim, [quote]) is None
    turned = "The office said Earth will pass near the asteroid Kessa in April."
    turned_claim = claim_of(turned)
    assert reversed_names(turned_claim, [quote]) == ("Earth", "Kessa")
    # A surname is not inside its own full name: the first "Buttiglione" is where he stands.
    text = "Officials said Rocco Buttiglione objected to MEPs, and Barroso dropped Buttiglione."
    claim = claim_of(text)
    quote = "MEPs objected to Rocco Buttiglione as justice commissioner."
    assert reversed_names(claim, [quote]) == ("Buttiglione", "MEPs")


def test_names_a_source_puts_either_side_of_after_stand_in_no_order():
    text = "The boy was taken from a yard in Brask and found unharmed 18 hours later in Tollen."
    quote = "The boy was found in Tollen, 18 hours after he was reported lost, Brask police said."
    assert reversed_names(claim_of(text), [quote]) is None
    # without the clause of its own, the source has them the other way round
    quote = "The boy was found in Tollen 18 hours later, Brask police said."
    assert reversed_names(claim_of(text), [quote]) == ("Brask", "Tollen")


def test_a_day_is_no_name_in_an_order():
    text = "A guard was among the four people who died in Wednesday's attack outside the "
    text += "harbour office in Tollen."
    claim = claim_of(text)
    quote = "The attack outside Tollen's harbour office on Wednesday left four people dead."
    assert reversed_names(claim, [quote]) is None


HARWELL = [
    Document("a", '"Voters have made up their minds," said Dan Harwell, a former adviser to Mara '
                  "Lindqvist's 2010 campaign. The debate drew a small audience. Harwell, who now "
                  "directs the Castelmar Institute of Politics, said the race was nearly over. "
                  "Ivo Brandt chairs the Oster Foundation."),
]  # fmt: skip


def test_two_names_describing_a_third_are_each_named_with_it_not_with_each_other():
    stem = "Dan Harwell, a former adviser to Mara Lindqvist's 2010 campaign who now directs "
    true, other = attribute(
        [stem + "the Castelmar Institute of Politics, said the race was nearly over.",
         stem + "the Oster Foundation, said the race was nearly over."],
        HARWELL,
    )  # fmt: skip
    assert true.support == "supported", true.missing
    assert other.support != "supported"
    # Not in a clause of its own that describes no one.
    (stitched,) = attribute(
        ["Dan Harwell said the race was nearly over, and Mara Lindqvist's 2010 campaign now "
         "directs the Castelmar Institute of Politics."],
        HARWELL,
    )  # fmt: skip
    assert "Mara Lindqvist's / Castelmar Institute" in stitched.missing


def test_who_did_what_to_whom_turned_round_past_a_figure_is_flagged():
    doc = Document("m", "Police and soldiers killed at least 12 gunmen on Friday in a battle near "
                        "the bridge.")  # fmt: skip
    turned, true = attribute(
        ["Gunmen killed at least 12 police and soldiers on Friday in a battle near the bridge.",
         "Police and soldiers killed at least 12 gunmen on Friday in a battle near the bridge."],
        [doc],
    )  # fmt: skip
    assert turned.support != "supported"
    assert true.support == "supported", true.missing


def test_a_name_written_with_or_without_accents_is_one_name():
    doc = Document("u", "United Nations chief António Velasco condemned the attack on Sunday.")
    (result,) = attribute(["UN chief Antonio Velasco condemned the attack on Sunday."], [doc])
    assert result.support == "supported", result.missing


def test_swapped_figures_are_flagged():
    votes, offer, true = attribute(
        ["Drivers backed the strike by 74 percent on a turnout of 87 percent.",
         "The union is asking for a 4 percent rise; the company has offered 9 percent.",
         "The union wants a 9 percent rise, and the company has offered 4 percent."],
        STRIKE,
    )  # fmt: skip
    assert votes.support != "supported" and offer.support != "supported"
    assert true.support == "supported", true


def test_media_attribution_and_contractions_are_not_claims_of_the_story():
    outlet, contraction = attribute(
        ["Seven guards were injured in a riot at Harrow Hill jail, the Los Angeles Times reports.",
         "It's official: seven guards were injured in a riot at Harrow Hill jail, reports NPR."],
        RIOT[:2],
    )  # fmt: skip
    assert outlet.support == "supported" and outlet.missing == ()
    assert contraction.support == "supported" and contraction.missing == ()


def test_state_abbreviation_and_place_adjective_match_the_names():
    doc = Document("p", "Two brothers were found dead in Fresno, California, on Sunday. "
                        "Police said the rhinos were killed for the Asian market.")  # fmt: skip
    state, place = attribute(
        ["Two brothers were found dead in Fresno, Calif., on Sunday.",
         "Police said the rhinos were killed for the market in Asia."],
        [doc],
    )  # fmt: skip
    assert state.support == "supported" and place.support == "supported"
    (wrong,) = attribute(["Two brothers were found dead in Fresno, Fla., on Sunday."], [doc])
    assert wrong.support != "supported" and "Fla" in wrong.missing


def test_own_labelled_set_word_order_kinds(own_figures):
    """Hand-written scrambled claims in eval/attribution are mostly flagged."""
    assert own_figures["scrambled"]["n"] >= 6 and own_figures["scrambled"]["flagged"] >= 0.7
    assert own_figures["swapped-roles"]["n"] >= 6


@pytest.mark.parametrize(
    ("text", "stranded"),
    [("Fire destroyed a grain warehouse at a.", True), ("The the to results opt", True),
     ("The US Coast Guard says it was a long-shot bid", False),
     ("He met her at 3 a.m. in an on-again, off-again affair.", False)],
)  # fmt: skip
def test_stranded_article_marks_scrambled_text(text, stranded):
    from summarizer.relations.order import stranded_article

    assert stranded_article(text) is stranded


def test_a_claim_stating_what_every_source_negates_is_flagged():
    docs = [
        Document(id="a", text="Storm surge flooded the harbour on Monday. No ships were damaged."),
        Document(
            id="b", text="The harbour flooded on Monday night. The port said no ships were damaged."
        ),
    ]
    sentences = sentences_of(docs)
    attributor = Attributor(AttributeConfig(use_embeddings=False))
    flipped, kept = attributor.attribute(
        ["Several ships were damaged in the harbour.", "No ships were damaged."], docs, sentences
    )
    assert flipped.support != "supported" and "negation" in flipped.missing
    assert kept.support == "supported"


@pytest.mark.parametrize(
    "source",
    [
        "It has been wrongly reported that Ray Tuck organised the harbour vigil in Carrow, "
        "which drew 400 people on Friday.",
        "Reports that Ray Tuck organised the harbour vigil in Carrow are untrue. It drew 400 "
        "people on Friday.",
        "Ray Tuck organised the harbour vigil in Carrow, which is untrue, said its host, Lorna "
        "Meeks. It drew 400 people on Friday.",
    ],
)
def test_a_claim_stating_what_the_source_reports_as_false_is_flagged(source):
    documents = [Document("a", source)]
    flagged = checked("Ray Tuck organised the harbour vigil in Carrow.", documents)
    assert flagged.support != "supported" and "negation" in flagged.missing, flagged.missing
    # saying that it was reported, or that someone claimed it, is no such claim
    told = "Ray Tuck was wrongly reported to have organised the harbour vigil in Carrow."
    assert checked(told, documents).support == "supported"


def test_what_someone_falsely_claimed_is_still_what_they_claimed():
    documents = [Document("a", "Mayor Holm falsely claimed the harbour vote had been rigged.")]
    assert checked("Mayor Holm claimed the harbour vote had been rigged.", documents).support == (
        "supported"
    )
    flagged = checked("The harbour vote had been rigged.", documents)
    assert "negation" in flagged.missing, flagged.missing


BRIDGE = [
    Document("a", "The council voted 6-3 on Monday to close the Tenney Bridge. "
                  "Mayor Ruth Adeyemi, 58, said the city could not gamble with safety. "
                  "Councillor Owen Brackett, 41, said shops would lose customers. "
                  "Repairs will cost 31 million dollars, and the state has offered to pay half. "
                  "Work will begin in the autumn. "
                  "Most drivers head to the industrial park on the east bank."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("claim", "missing"),
    [("The council voted 5-4 on Monday to close the Tenney Bridge.", "5-4"),
     ("Mayor Ruth Adeyemi, 41, said the city could not gamble with safety.", "41"),
     ("Novak said the city could not gamble with safety.", "Novak"),
     ("Work will begin in the spring.", "spring"),
     ("Adeyemi, 58, said shops would lose customers.", "Adeyemi"),
     ("Brackett said the city could not gamble with safety.", "Brackett"),
     ("Most drivers head to the industrial park on the west bank.", "west"),
     ("Mayor Grace Adeyemi said the city could not gamble with safety.", "Grace"),
     ("Harbour councillor Owen Brackett said shops would lose customers.", "Harbour"),
     ("Novak, a councillor, said shops would lose customers.", "Novak")],
)  # fmt: skip
def test_one_changed_fact_is_flagged_and_named(claim, missing):
    """A score, an age given beside a name, a name the sources never use opening the sentence
    and speaking, a name given words another sentence of a cited window has another name say,
    a season, a compass point, a first name the sources never use, a name the sources never
    use opening the sentence before a role or an apposition."""
    (result,) = attribute([claim], BRIDGE)
    assert result.support != "supported"
    assert missing in result.missing


@pytest.mark.parametrize(
    "claim",
    ["The council voted 6-3 on Monday to close the Tenney Bridge.",
     "Councillors voted six to three on Monday to close the Tenney Bridge.",
     "Adeyemi said the city could not gamble with safety.",
     "Brackett, 41, said shops would lose customers.",
     "Work will begin in the autumn.",
     "Mayor Ruth Adeyemi said the city could not gamble with safety.",
     "Councillor Owen Brackett said shops would lose customers."],
)  # fmt: skip
def test_the_true_forms_of_those_facts_stay_supported(claim):
    """... while the sources' own forms of them pass ("six to three" for "6-3")."""
    (result,) = attribute([claim], BRIDGE)
    assert result.support == "supported", result.missing


def test_two_ages_for_one_surname_are_told_apart():
    doc = Document("u", "Police found Benjamin Ullestad, 21, and Brandon Ullestad, 25, dead.")
    (wrong,) = attribute(["Police found Benjamin Ullestad, 25, dead."], [doc])
    (right,) = attribute(["Police found Brandon Ullestad, 25, dead."], [doc])
    assert wrong.support != "supported" and "25" in wrong.missing
    assert right.support == "supported"


def test_a_claim_fusing_two_distant_sentences_of_one_article_cites_both():
    (result,) = attribute(
        ["The council voted to close the Tenney Bridge, and the state has offered to pay half "
         "of the repairs."], BRIDGE)  # fmt: skip
    assert result.support == "supported"
    assert sorted(c.sentence for c in result.citations) == [0, 3]


def test_a_quote_in_the_sentence_after_the_name_still_supports_it():
    text = ("Organiser Paul Shetler spoke to the Courier on Friday. We decided to make the "
            "party private because trolls were posting abuse, he explained.")  # fmt: skip
    doc = Document("q", text)
    (result,) = attribute(
        ["Paul Shetler said they made the party private because trolls were posting abuse."], [doc]
    )
    assert result.support == "supported", result.missing


class _CountingEmbedder:
    """Deterministic stand-in for MiniLM that records what it was asked to embed."""

    dimension = 8

    def __init__(self) -> None:
        self.seen: list[str] = []

    def encode(self, texts):
        self.seen.extend(texts)
        rows = [np.random.default_rng(zlib.crc32(t.encode())).normal(size=8) for t in texts]
        out = np.asarray(rows, dtype=np.float32).reshape(len(texts), 8)
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def test_checking_unembedded_articles_embeds_only_each_claims_likely_sentences():
    from summarizer.attribute import EMBED_TOP

    filler = [
        f"Item {i} of the council agenda covered parking permits in ward {i}." for i in range(80)
    ]
    doc = Document("big", " ".join(["The Tenney Bridge will close to cars on June 1.", *filler]))
    embedder = _CountingEmbedder()
    attributor = Attributor(AttributeConfig(), embedder)
    (result,) = attributor.attribute(
        ["The Tenney Bridge closes to cars on June 1."], [doc], sentences_of([doc])
    )
    assert result.citations[0].sentence == 0
    sentences_embedded = [t for t in embedder.seen if t in doc.text]
    assert 1 <= len(sentences_embedded) <= EMBED_TOP < 81
    assert "The Tenney Bridge will close to cars on June 1." in sentences_embedded


def test_small_clusters_are_embedded_whole():
    from summarizer.citing import candidate_rows

    sentences = sentences_of(RIOT)
    assert candidate_rows(["Seven guards were hurt."], sentences, 24) == list(range(len(sentences)))


DRONE = [
    Document("d", "Drones attacked the prime minister's home in Baghdad's Green Zone on Sunday. "
                  "In clashes, one protester was killed and two police officers were hurt. "
                  "Iran's foreign ministry indirectly blamed the US."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("claim", "missing"),
    [("Drones attacked the prime minister's home in Basra's Green Zone on Sunday.", "Basra's"),
     ("In clashes, two protesters were killed.", "two")],
)  # fmt: skip
def test_a_possessive_place_and_a_count_against_one_are_checked(claim, missing):
    """ "Basra's Green Zone" is two names, and the sources' "one protester" is a figure."""
    (result,) = attribute([claim], DRONE)
    assert result.support != "supported" and missing in result.missing


def test_the_united_states_is_the_us():
    (result,) = attribute(["Iran's foreign ministry indirectly blamed the United States."], DRONE)
    assert result.support == "supported", result.missing


@pytest.mark.parametrize(
    "claim",
    ["A statement from Priya Raman CEO says the council will appeal.",
     "Rotterdam is also suing the council over the closure."],
)  # fmt: skip
def test_a_name_before_a_role_or_opening_a_sentence_before_a_verb_is_checked(claim):
    doc = Document("c", "A statement from Calloway's CEO says the council will appeal. "
                        "Brackett is also suing the council over the closure.")  # fmt: skip
    (result,) = attribute([claim], [doc])
    assert result.support != "supported"


def test_a_name_after_a_closing_quote_is_a_name():
    doc = Document("c", 'The closure is "a mistake," Brackett told reporters on Monday.')
    (wrong,) = attribute(['The closure is "a mistake," Novak told reporters on Monday.'], [doc])
    (right,) = attribute(['The closure is "a mistake," Brackett told reporters on Monday.'], [doc])
    assert wrong.support != "supported" and "Novak" in wrong.missing
    assert right.support == "supported"


def test_an_article_giving_another_figure_is_not_cited_but_named():
    (result,) = attribute(["Seven guards were injured in a riot at Harrow Hill jail."], RIOT)
    assert {c.doc for c in result.citations} == {"a", "b"}
    assert [(d.doc, d.stated, d.other) for d in result.disagreements] == [("c", "Seven", "Ten")]
    assert "Ten guards" in result.disagreements[0].quote


def test_a_synonym_around_the_figure_still_makes_a_conflict_in_a_related_sentence():
    docs = [
        Document("a", "Twelve workers were hurt when fire swept through the grain terminal."),
        Document("b", "A fire tore through the grain terminal, injuring 14 workers."),
    ]
    (result,) = attribute(["Twelve workers were hurt when fire swept through the terminal."], docs)
    assert {c.doc for c in result.citations} == {"a"}
    assert [(d.doc, d.other) for d in result.disagreements] == [("b", "14")]


def test_a_day_of_the_month_is_not_a_count():
    doc = Document("t", "Seven guards were injured in the attack on Sunday, two days before "
                        "the October 10 elections.")  # fmt: skip
    (result,) = attribute(["Ten guards were injured in the attack on Sunday."], [doc])
    assert result.support != "supported" and "Ten" in result.missing


def test_a_count_written_n_of_the_nouns_conflicts_with_another():
    docs = [
        Document("a", "Seven of the prime minister's security guards were injured in the attack."),
        Document("b", "Ten of the prime minister's security guards were injured in the attack."),
    ]
    (result,) = attribute(["Seven guards were injured in the attack."], docs)
    assert {c.doc for c in result.citations} == {"a"}
    assert [(d.doc, d.other) for d in result.disagreements] == [("b", "Ten")]


def test_a_place_named_with_a_generic_word_needs_the_word_before_it():
    doc = Document(
        "h", "Two of them were taken to St Brendan's Hospital. Ships will use Kellin wharf."
    )
    (wrong,) = attribute(["Two of them were taken to Kellin Hospital."], [doc])
    (right,) = attribute(["Two of them were taken to St Brendan's Hospital."], [doc])
    assert wrong.support != "supported" and "Kellin Hospital" in wrong.missing
    assert right.support == "supported"


PORT = [
    Document("p", "The fire broke out shortly after 7pm, fire chief Miriam Osei said. Ships will "
                  "go to Kellin wharf, which can take only smaller vessels, harbour board chair "
                  "Colin Baptiste said."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("claim", "missing"),
    [("The fire broke out shortly after 9pm, fire chief Miriam Osei said.", "9pm"),
     ("Ships will go to Kellin wharf, which can take only larger vessels.", "larger"),
     ("Fire chief Colin Baptiste said ships will go to Kellin wharf.", "chief Colin Baptiste")],
)  # fmt: skip
def test_a_changed_time_an_opposite_word_or_a_wrong_role_is_flagged(claim, missing):
    (result,) = attribute([claim], PORT)
    assert result.support != "supported" and missing in result.missing


@pytest.mark.parametrize(
    "claim",
    ["The fire broke out shortly after 7 p.m., fire chief Miriam Osei said.",
     "Ships will go to Kellin wharf, which takes only smaller vessels, Baptiste said.",
     "Harbour board chair Colin Baptiste said ships will go to Kellin wharf."],
)  # fmt: skip
def test_the_sources_time_word_and_role_stay_supported(claim):
    (result,) = attribute([claim], PORT)
    assert result.support == "supported", result.missing


@pytest.mark.parametrize(
    ("claim", "flagged"),
    [("Former product manager Raymond Osei said he saw his old job posted online.", False),
     ("Legal secretary Carol Pettibone never went inside the hotel.", False),
     ("Former sales director Raymond Osei said he saw his old job posted online.", True),
     ("Legal secretary Dana Whitby never went inside the hotel.", True)],
)  # fmt: skip
def test_a_role_the_sources_give_after_as_a_is_the_persons(claim, flagged):
    docs = [
        Document("o", "Raymond Osei was 54 and had spent 11 years as a product manager at Lumatek "
                      "when he was laid off. He said he saw his old job posted online."),
        Document("p", "Carol Pettibone never set foot in the hotel, her daughter says. She walked "
                      "past it on her way to the office where she worked as a legal secretary. "
                      "Her neighbour, Dana Whitby, never went inside the hotel either."),
    ]  # fmt: skip
    (result,) = attribute([claim], docs)
    assert (result.support != "supported") is flagged, result.missing


VERDICT = [
    Document("v", "A jury in Dunmore found Ilse Varga guilty of two counts of fraud on Friday. "
                  "Jurors acquitted her of lying to investigators, a third count."),
    Document("w", "Harwell Stores said clearance sales at its nine shops start Monday, with "
                  "opening discounts of 30%. Gift vouchers will be honoured until March 2."),
]  # fmt: skip


@pytest.mark.parametrize(
    "claim",
    ["A jury in Dunmore on Friday convicted Ilse Varga of two counts of fraud but acquitted "
     "her of lying to investigators.",
     "Closing sales at Harwell Stores' nine shops start Monday, with discounts of 30%."],
)  # fmt: skip
def test_an_opposite_that_stands_by_other_words_is_no_flip(claim):
    # "acquitted her of lying" is not "convicted Ilse Varga", nor "opening discounts" "closing
    # sales"
    (result,) = attribute([claim], VERDICT)
    assert result.support == "supported", result.missing


@pytest.mark.parametrize(
    ("claim", "missing"),
    [("A jury in Dunmore found Ilse Varga innocent of two counts of fraud on Friday.",
      "innocent"),
     ("A jury in Dunmore acquitted Ilse Varga of two counts of fraud but convicted her of "
      "lying to investigators.", "convicted")],
)  # fmt: skip
def test_an_opposite_in_the_place_of_the_claims_word_is_still_flagged(claim, missing):
    # The second turns the verdicts round: "acquitted her of lying" is in its place.
    (result,) = attribute([claim], VERDICT)
    assert result.support != "supported" and missing in result.missing


def test_a_role_given_after_the_name_in_an_apposition_counts():
    text = (
        "The talks nearly collapsed on Thursday, said Anton Reisz, Harlow's industry and "
        "trade minister. Officials from both towns took part."
    )
    doc = Document("a", text)
    (right,) = attribute(["Trade minister Anton Reisz said the talks nearly collapsed."], [doc])
    (wrong,) = attribute(["Fire chief Anton Reisz said the talks nearly collapsed."], [doc])
    assert right.support == "supported", right.missing
    assert wrong.support != "supported" and "chief Anton Reisz" in wrong.missing


@pytest.mark.parametrize(
    ("claim", "supported"),
    [("The state has offered to pay half of the repair bill.", True),
     ("The state has offered to pay 50 percent of the repair bill.", True),
     ("The state has offered to pay a third of the repair bill.", False),
     ("The militias lost about two-thirds of their seats.", True),
     ("The militias lost about three quarters of their seats.", False)],
)  # fmt: skip
def test_shares_in_words_are_figures(claim, supported):
    text = ("Repairs will cost 31 million dollars, and the state has offered to pay half of the "
            "repair bill. The militias lost two-thirds of their seats.")  # fmt: skip
    docs = [Document("s", text)]
    (result,) = attribute([claim], docs)
    assert (result.support == "supported") is supported, result.missing


FRAUD = [
    Document("f", "Prosecutors said Varley created 212 false invoices from firms that did not "
                  "exist. Tenants were told nothing for two days. The board has changed its "
                  "rules so that no single person can approve a payment."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("claim", "supported"),
    [("Varley created more than 200 false invoices from firms that did not exist.", True),
     ("Varley created more than 300 false invoices from firms that did not exist.", False),
     ("Varley created about 260 false invoices from firms that did not exist.", False),
     ("It took two days before tenants were told.", True),
     ("The rules now need more than one person to approve a payment.", True),
     ("The board said a single person can approve a payment.", False)],
)  # fmt: skip
def test_bounds_and_negated_noun_phrases(claim, supported):
    """ "more than 200" is borne out by 212 (and not by a conflicting 212 blocked); a negation
    governing a noun phrase ("told nothing for two days") does not make a claim sharing one of
    its words a reversal, while one sharing two ("single person") is."""
    (result,) = attribute([claim], FRAUD)
    assert (result.support == "supported") is supported, (result.support, result.missing)


TRANSFER = [
    Document("t", "Fans chanted against owner Petra Lindgren, who bought Stavely Rovers in 2021. "
                  '"We have followed Amadi for two years," said Stavely coach Rui Sampaio. '
                  "Ossett manager Glen Harte said he was sad to lose Amadi. "
                  '"That money should have built a new stand," one fan said. '
                  "Club secretary Dana Frost said the sale was agreed on Thursday. "
                  "The previous record was the 20 million pounds Stavely paid for Jonas Weir."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("claim", "missing"),
    [("Petra Lindgren bought Jonas Weir for Stavely in 2021.", "Petra Lindgren / Jonas Weir"),
     ("Glen Harte said Stavely had followed Amadi for two years.", "Glen Harte said"),
     ("Dana Frost said the money should have built a new stand.", "Dana Frost said"),
     ("Dana Frost warned that the money should have built a new stand.", "Dana Frost said")],
)  # fmt: skip
def test_stitched_relations_and_misquotes_are_flagged(claim, missing):
    """Two names no source sentence (or two adjacent ones) puts together, and words given to a
    speaker that the sentences naming them never hold (a quote in the sentence before)."""
    record = Document("r", "The record was the 20 million pounds Stavely paid for Jonas Weir "
                           "in 2021.")  # fmt: skip
    (result,) = attribute([claim], [*TRANSFER, record])
    named = missing in result.missing or missing.removesuffix(" said") in result.missing
    assert result.support != "supported" and named, result.missing


@pytest.mark.parametrize(
    "claim",
    ["Petra Lindgren bought Stavely Rovers in 2021.",
     "Stavely coach Rui Sampaio said the club had followed Amadi for two years.",
     "The club had followed Amadi for two years, said Rui Sampaio.",
     "Glen Harte said he was sad to lose Amadi."],
)  # fmt: skip
def test_true_relations_and_quotes_stay_supported(claim):
    (result,) = attribute([claim], TRANSFER)
    assert result.support == "supported", result.missing


SIGNING = [
    Document("s", "Stavely Rovers have signed striker Musa Amadi from Ossett Town for a record "
                  "fee, both clubs said on Thursday. Amadi scored 19 goals last season."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("claim", "supported"),
    [("Ossett Town signed Musa Amadi from Stavely Rovers for a record fee.", False),
     ("Stavely Rovers signed Musa Amadi from Ossett Town for a record fee.", True),
     ("Musa Amadi was signed from Ossett Town by Stavely Rovers for a record fee.", True)],
)  # fmt: skip
def test_two_names_the_wrong_way_round_are_flagged(claim, supported):
    """Names put round a word in the opposite order to the sources (a passive aside)."""
    (result,) = attribute([claim], SIGNING)
    assert (result.support == "supported") is supported, (result.support, result.missing)


def test_a_clause_added_with_and_is_partial():
    """ "and ..." starts a clause of its own: four uncited content words there make it an added
    fact, though they are under the share of the whole sentence that punctuation clauses need."""
    claim = ("Councillor Owen Brackett said shops would lose customers and demanded a public "
             "inquiry into the surveyors' findings.")  # fmt: skip
    (added,) = attribute([claim], BRIDGE)
    assert added.support == "partial" and "inquiry" in added.missing


def test_a_day_is_not_completed_from_a_sentence_about_something_else():
    """ "detected on Monday" is not completed by "demanded payment by Monday"."""
    docs = [Document("h", "The breach was detected on Tuesday after staff saw unusual activity."),
            Document("i", "The hackers demanded payment by Monday.")]  # fmt: skip
    (wrong,) = attribute(["The breach was detected on Monday after staff saw unusual activity."],
                         docs)  # fmt: skip
    (right,) = attribute(["The hackers demanded payment by Monday."], docs)
    assert wrong.support != "supported" and "Monday" in wrong.missing
    assert right.support == "supported", right.missing


ANGLING = [
    Document("a", "The company did not comment on the ruling. Rhys Penhallow, who chairs the "
                  "Greyford Angling Association, said the fine would not bring back the trout. "
                  "Members met at Marlow Hall on Friday."),
]  # fmt: skip


@pytest.mark.parametrize(
    "claim",
    ["The company declined to comment on the ruling.",
     "Rhys Penhallow, who chairs the Greyford Angling Association, said the fine would not "
     "bring back the trout."],
)  # fmt: skip
def test_a_negating_verb_and_a_speaker_set_off_by_a_clause_stay_supported(claim):
    """ "declined to comment" says what "did not comment" does; the association in "X, who
    chairs the association, said" is not the speaker."""
    (result,) = attribute([claim], ANGLING)
    assert result.support == "supported", result.missing


HOUSING = [
    Document("a", "Castlegate will build 160 of the homes for social rent, along with a primary "
                  "school and a park."),
    Document("b", "A quarter of the homes will be for social rent. The ship Tern carries 14 "
                  "scientists and 21 crew. Ana Ruiz, 54, was sailing from Bellhaven to Port "
                  "Ellery with four friends when the mast snapped."),
]  # fmt: skip


@pytest.mark.parametrize(
    "claim",
    ["One in four of the homes will be for social rent, and the scheme also has a primary "
     "school and a park.",
     "The Tern carries a crew of 21 and 14 scientists.",
     "Ruiz and four friends were sailing from Bellhaven to Port Ellery when the mast snapped."],
)  # fmt: skip
def test_a_share_a_counted_noun_before_its_figure_and_a_moved_phrase_stay_supported(claim):
    """ "one in four" is a share, not a count "160 of the homes" conflicts with; "a crew of
    21" counts crew as "21 crew" does; "with four friends" moved next to the first name does
    not swap the names' roles."""
    (result,) = attribute([claim], HOUSING)
    assert result.support == "supported", result.missing


def test_a_quote_after_she_said_belongs_to_the_person_named_before():
    doc = Document(
        "q",
        "The team lost four days of work, said scientist Lena Marsh. "
        '"Nobody on board hesitated," she said. "Data can be collected again."',
    )
    claim = "{} said nobody on board hesitated and data could be collected again."
    (right,) = attribute([claim.format("Marsh")], [doc])
    (wrong,) = attribute([claim.format("Tom Deverell")], [doc])
    assert right.support == "supported", right.missing
    assert wrong.support != "supported"


def test_a_chain_of_he_said_quotes_belongs_to_the_person_named_before_it():
    doc = Document(
        "q",
        "Talks ended on Friday. Mr Lagos said the report was a painful reckoning. He said many "
        "had suffered in silence. He said he would ask Congress to approve pensions for victims.",
    )
    chained = Document(
        "r",
        "Talks ended on Friday. Mr Lagos said the report was a painful reckoning. Tom Deverell "
        "said many had suffered in silence. He said he would ask Congress to approve pensions.",
    )
    claim = "Lagos said he would ask Congress to approve pensions for victims."
    (right,) = attribute([claim], [doc])
    (wrong,) = attribute([claim], [chained])
    assert right.support == "supported", right.missing
    assert wrong.support != "supported" and "Lagos" in wrong.missing


@pytest.mark.parametrize(
    ("claim", "supported"),
    [("The university criticised the students' union for the delay.", False),
     ("The students' union criticised the university for the delay.", True),
     ("The university was criticised by the students' union for the delay.", True)],
)  # fmt: skip
def test_two_common_nouns_the_wrong_way_round_are_flagged(claim, supported):
    doc = Document("u", "The students' union criticised the university for the delay.")
    (result,) = attribute([claim], [doc])
    assert (result.support == "supported") is supported, result.missing


COACH = [
    Document("a", "Strandberg, 57, had been in charge since March 2021. The charge starts on "
                  "Sept. 1, the city said. A separation scheme has not been introduced."),
    Document("b", "Bookmakers make Nadia Ferrante, the 44-year-old under-21 coach, the favourite. "
                  "Bastian Kroll, who coaches club side Dynamo Orsdal, is also in contention."),
]  # fmt: skip


@pytest.mark.parametrize(
    "claim",
    ["The 57-year-old had been in charge since March 2021.",
     "The charge starts on September 1, the city said.",
     "A separation scheme has yet to be introduced.",
     "Dynamo Orsdal coach Bastian Kroll is also in contention."],
)  # fmt: skip
def test_ages_dates_yet_to_and_a_role_before_a_name_stay_supported(claim):
    """Two people's ages are not one figure in conflict; "Sept. 1" is September 1; "has yet to
    be" negates; "Orsdal coach Kroll" is "Kroll, who coaches Orsdal", not a swap."""
    sentences = sentences_of(COACH)  # "Sept." ends no sentence
    (result,) = Attributor(LEXICAL).attribute([claim], COACH, sentences)
    assert result.support == "supported", (result.support, result.missing)


def test_a_day_or_a_place_is_not_completed_past_the_best_citation():
    """The best citation gives Monday, so a Tuesday from a photo caption does not complete
    "walked out on Tuesday"; a dateline ("BRASKOV, March 12 (Wire) -") is where a report was
    filed, not where travellers were taken in."""
    docs = [Document("a", "BRASKOV, March 12 (Wire) - A landslide blocked the highway. "
                          "About 3,500 dock workers walked out at Merrow on Monday. "
                          "The union wants a 9 percent rise. "
                          "Photo: dockers at the Merrow gates on Tuesday morning."),
            Document("b", "Tilmore's mayor said the town took in 300 travellers.")]  # fmt: skip
    claims = ["About 3,500 dock workers walked out at Merrow on Tuesday.",
              "The town of Braskov took in 300 travellers, its mayor said."]  # fmt: skip
    day, place = attribute(claims, docs)
    assert day.support != "supported" and "Tuesday" in day.missing
    assert place.support != "supported" and "Braskov" in place.missing


def test_an_article_without_the_claims_figure_is_not_cited():
    docs = [
        Document("a", "All 240 pupils of Millbrook Primary will take lessons in the town library "
                      "from Monday."),
        Document("b", "Millbrook Primary's pupils will take lessons in the town library from "
                      "Monday while the roof is repaired."),
    ]  # fmt: skip
    claim = "Millbrook Primary's 240 pupils will take lessons in the town library from Monday."
    (result,) = attribute([claim], docs)
    assert result.support == "supported"
    assert [c.doc for c in result.citations] == ["a"]
    # The same article is cited when it gives the figure too.
    docs[1] = Document("b", docs[1].text.replace("Primary's pupils", "Primary's 240 pupils"))
    (result,) = attribute([claim], docs)
    assert {c.doc for c in result.citations} == {"a", "b"}


def test_a_missing_name_is_taken_from_an_article_already_cited():
    docs = [
        Document("a", "Floodwater closed the Tenby coast road near the old pier on Monday morning "
                      "and cut off forty homes in the harbour district. Reyes said repairs in the "
                      "harbour district would take a week."),
        Document("b", "Reyes toured the harbour district near the old pier on Monday."),
    ]  # fmt: skip
    claim = ("Floodwater closed the Tenby coast road near the old pier on Monday morning and cut "
             "off forty homes in the harbour district, Reyes said.")  # fmt: skip
    (result,) = attribute([claim], docs, AttributeConfig(use_embeddings=False, window=1))
    assert result.support == "supported"
    # b names Reyes too, and scores higher than a's second sentence, but says nothing of the flood
    assert [c.doc for c in result.citations] == ["a", "a"]


QUAKE = [
    Document("a", "About 2,000 people slept in emergency tents set up after the quake. Schools "
                  "across the province will stay closed until Monday for the children's safety."),
    Document("b", "The bell tower of St Anne's collapsed onto the main square of Kelby."),
    Document("c", "Soldiers cleared rubble from the mountain roads to reach the villages."),
]  # fmt: skip


def test_a_claim_pieced_together_from_fragments_is_flagged():
    from summarizer.embed import bundled_embedder

    claims = [
        "Soldiers set up tents in the main square of Kelby for children whose schools are closed.",
        "The bell tower of St Anne's collapsed onto the main square of Kelby.",
        "Emergency tents were set up after the quake, and about 2,000 people slept in them.",
    ]
    stitched, *true = attribute(claims, QUAKE, AttributeConfig(window=1), bundled_embedder())
    assert stitched.support == "partial"
    assert "pieced together" in stitched.missing
    assert [r.support for r in true] == ["supported", "supported"]


def test_a_link_between_two_events_no_source_makes_is_flagged():
    claims = [
        "Schools across the province will stay closed because soldiers cleared rubble from "
        "the mountain roads.",
        "Schools across the province will stay closed until Monday for the children's safety.",
        "About 2,000 people slept in emergency tents set up after the quake.",
    ]
    linked, *true = attribute(claims, QUAKE, AttributeConfig(use_embeddings=False, window=1))
    assert linked.support == "partial"
    assert "linked by 'because'" in linked.missing
    assert [r.support for r in true] == ["supported", "supported"]
    protest = "Soldiers cleared rubble from the mountain roads in protest at schools being closed."
    (result,) = attribute([protest], QUAKE, AttributeConfig(use_embeddings=False, window=1))
    assert "linked by 'in protest at'" in result.missing
    # Who said it is no part of the event linked: the soldiers' words name no tents.
    brigade = "Soldiers of the Kelby mountain rescue brigade said"
    said = f"{brigade} emergency tents were set up after schools across the province closed."
    docs = [*QUAKE, Document("d", f"{brigade} schools across the province closed.")]
    (result,) = attribute([said], docs, AttributeConfig(use_embeddings=False, window=1))
    assert "linked by 'after'" in result.missing
    # The names alone do not make the event: Kelby and Tarrow held no talks.
    docs = [*QUAKE, Document("d", "Schools in Kelby and Tarrow closed after the quake."),
            Document("e", "Officials held talks with the army on Friday.")]  # fmt: skip
    talks = "Kelby and Tarrow held talks in response to the closure of their schools."
    (result,) = attribute([talks], docs, AttributeConfig(use_embeddings=False, window=1))
    assert "linked by 'in response to'" in result.missing


def test_a_claim_is_flagged_when_half_its_citations_negate_it():
    docs = [
        Document("a", "Corlink said its own network had not been breached in the attack."),
        Document("b", "A rival said Corlink's own network had been breached in the attack."),
        Document("c", "Its own network had not been breached in the attack, Corlink said."),
    ]
    (result,) = attribute(["Corlink said its own network had been breached in the attack."], docs)
    assert result.support != "supported"
    assert "negation" in result.missing
    (result,) = attribute(["Corlink said its own network had not been breached."], docs)
    assert result.support == "supported"


def test_a_negated_degree_is_no_denial():
    from summarizer.relations.wording import _negates

    claims = {stem("diverse"), stem("team"), stem("claims")}
    assert not _negates("His team is not as diverse as he has claimed.", claims)
    assert _negates("His team is not diverse, whatever he has claimed.", claims)


def test_a_negation_offered_as_an_alternative_is_no_denial():
    from summarizer.relations.wording import _negates

    claims = {stem("vote"), stem("either"), stem("Lind")}
    assert not _negates("Cases for why you should (or shouldn't) vote for either Lind.", claims)
    assert _negates("Cases for why you shouldn't vote for either Lind.", claims)


def test_a_negation_governs_no_words_past_its_sentence_or_quotation():
    from summarizer.relations.wording import _negates

    claims = {stem("government"), stem("appeal"), stem("warned")}
    assert not _negates('The fight is not over. "The government will appeal," he said.', claims)
    assert _negates("The fight is not over for the government, which will not appeal.", claims)
    said = {stem("Sharon"), stem("Gold"), stem("knew")}
    assert not _negates('"I immediately knew that it was not her," Sharon Gold said.', said)


def test_an_article_not_naming_the_claims_person_is_not_cited():
    claim = "Mayor Ines Holt opened the new Tarrow footbridge over the river on Friday."
    other = "The new Tarrow footbridge over the river was opened by the mayor on Friday."
    docs = [Document("a", claim), Document("b", other)]
    (result,) = attribute([claim], docs)
    assert result.support == "supported"
    assert [c.doc for c in result.citations] == ["a"]
    docs[1] = Document("b", docs[1].text.replace("the mayor", "Mayor Holt"))
    (result,) = attribute([claim], docs)
    assert [c.doc for c in result.citations] == ["a", "b"]


def test_the_spokesman_said_is_the_spokesman_named_just_before():
    docs = [
        Document("a", "A Harbour Board spokesman said the quay would reopen on Monday. "
                      "'The UK stands by every fisherman in Tolley,' the spokesman said."),
        Document("b", "Fishing boats were kept in port at Tolley on Friday."),
    ]  # fmt: skip
    config = AttributeConfig(use_embeddings=False, window=1)
    (result,) = attribute(["The Harbour Board said Britain stands by every fisherman in "
                           "Tolley."], docs, config)  # fmt: skip
    assert result.support == "supported", result.missing
    (result,) = attribute(["The Coast Guard said Britain stands by every fisherman in Tolley."],
                          docs, config)  # fmt: skip
    assert result.support != "supported"


def test_britain_and_the_uk_are_one_name():
    from summarizer.facts import entity_in, word_set

    assert entity_in(("Britain",), word_set("the UK stands by them"))
    assert entity_in(("UK",), word_set("Britain said so"))
    assert not entity_in(("Britain",), word_set("France said so"))


def test_ruled_out_says_what_a_negated_source_says():
    docs = [Document("a", "The prime minister said he would not reverse the fuel price increase.")]
    (result,) = attribute(["The prime minister ruled out reversing the fuel price increase."], docs)
    assert "negation" not in result.missing
    (result,) = attribute(["The prime minister said he would reverse the fuel price increase."],
                          docs)  # fmt: skip
    assert "negation" in result.missing


def test_an_added_clause_of_words_no_source_uses_is_flagged():
    docs = [Document("a", "Forty-four of the stranded whales were refloated on Monday.")]
    claim = "Forty-four stranded whales were refloated on Monday, and all now carry satellite tags."
    (result,) = attribute([claim], docs)
    assert result.support == "partial"
    assert "added clause" in result.missing
    (result,) = attribute(["Forty-four stranded whales were refloated on Monday."], docs)
    assert result.support == "supported"


def test_a_short_added_clause_of_new_words_is_flagged_with_embeddings():
    from summarizer.embed import bundled_embedder

    claims = [
        "About 2,000 people slept in emergency tents set up after the quake, and looters "
        "ransacked them.",
        "About 2,000 people slept in emergency tents set up after the quake, and soldiers "
        "cleared rubble from the mountain roads.",
    ]
    added, true = attribute(claims, QUAKE, AttributeConfig(window=1), bundled_embedder())
    assert added.support == "partial" and "added clause" in added.missing
    assert true.support == "supported", true.missing


def test_the_role_after_a_sentence_naming_its_holder_names_them():
    doc = Document(
        "t",
        "Harbour chief Tomas Reyne met the boat owners on Monday. Mayor Ilse Varga of "
        "Tollen flew in on Tuesday. Varga said she wanted sailings back within a week. Later "
        "the visiting mayor opened the new ferry terminal.",
    )
    right, wrong = attribute(
        ["Ilse Varga opened the new ferry terminal.", "Tomas Reyne opened the new ferry terminal."],
        [doc],
        AttributeConfig(use_embeddings=False, window=1),
    )
    assert right.support == "supported", right.missing
    assert wrong.support != "supported" and "Tomas Reyne" in wrong.missing


def test_a_name_the_best_citation_replaces_is_not_completed_from_another_sentence():
    doc = Document(
        "o",
        "Petrova Oil opened an office in Brask on Sunday. Its chief said Petrova Oil would also "
        "open a depot in Tollen next year.",
    )
    moved, true = attribute(
        ["Petrova Oil opened an office in Tollen on Sunday.",
         "Petrova Oil opened an office in Brask on Sunday, and will open a depot in Tollen."],
        [doc],
        AttributeConfig(use_embeddings=False, window=1),
    )  # fmt: skip
    assert moved.support != "supported" and "Tollen" in moved.missing
    assert true.support == "supported", true.missing


def test_each_claim_sees_only_the_sentences_embedded_for_it():
    from summarizer.attribute import EMBED_TOP
    from summarizer.citing import claim_rows, own_view
    from summarizer.evidence import build

    towns = ["Brask", "Tollen", "Kessel", "Orsk", "Varrow", "Harlow", "Marsby", "Dunmore"]
    pairs = [(t, d) for t in towns for d in ("Monday", "Friday")]
    text = " ".join(f"The ferry from {town} was stopped on {day} after a storm. Crews in {town} "
                    f"cleared {k + 2} fallen trees from the road."
                    for k, (town, day) in enumerate(pairs))  # fmt: skip
    docs = [Document("a", text)]
    sentences = sentences_of(docs)
    assert len(sentences) > EMBED_TOP
    claims = ["The Brask ferry stopped on Monday.", "Crews in Dunmore cleared 17 fallen trees."]
    together = claim_rows(claims, sentences, EMBED_TOP)
    assert together == [claim_rows([c], sentences, EMBED_TOP)[0] for c in claims]
    assert together[0] != together[1]
    vectors = np.ones((len(sentences), 4), dtype=np.float32)
    view = own_view(build(docs, sentences, 2, vectors), together[0])
    seen = {r for m, v in zip(view.members, view.vectors, strict=True) if v.any() for r in m}
    assert seen == together[0]


def test_a_list_of_names_from_the_next_sentence_and_a_source_passive_are_supported():
    doc = Document(
        "p",
        "Kessel is the most senior of four Cabinet officials whose resignations were announced "
        "Monday by the Royal Palace.\nThe others were Health Secretary Ann Orlov, Farm Secretary "
        "Rod Pask and Energy Secretary Tia Brandt.",
    )
    (result,) = attribute(
        ["The Royal Palace on Monday announced the resignations of four Cabinet members: Kessel, "
         "Health Secretary Ann Orlov, Farm Secretary Rod Pask and Energy Secretary Tia Brandt."],
        [doc],
    )  # fmt: skip
    assert result.support == "supported", result.missing


def test_a_name_put_in_the_place_of_whoever_did_it_in_the_best_citation_is_flagged():
    docs = [
        Document("a", "Harbour chief Tomas Reyne ordered an inquiry into the fire on Monday."),
        Document("b", "Mayor Ilse Varga said the port would reopen within a week. City Hall "
                      "spokesman Ali Rees said the mayor had visited the site."),
    ]  # fmt: skip
    wrong, right, role = attribute(
        ["Mayor Ilse Varga ordered an inquiry into the fire on Monday.",
         "Harbour chief Tomas Reyne ordered an inquiry into the fire on Monday.",
         "City Hall spokesman Ali Rees said the mayor had visited the site."],
        docs,
    )  # fmt: skip
    assert wrong.support != "supported" and "Mayor Ilse Varga / Reyne" in wrong.missing
    assert right.support == "supported", right.missing
    assert role.support == "supported", role.missing


SENATE = [
    Document("a", "Democrats chose Harry Reid as their leader on Tuesday. Sen. Dick Durbin of "
                  "Illinois was unopposed to replace Reid as whip. The candidate will be chosen by "
                  "the party's central committee and not in a primary."),
]  # fmt: skip


@pytest.mark.parametrize(
    "claim",
    ["Illinois senator Dick Durbin was unopposed to replace Reid as whip.",
     "The candidate will be chosen by the party's central committee rather than in a primary."],
)  # fmt: skip
def test_a_role_the_sources_abbreviate_and_rather_than_stay_supported(claim):
    """ "Sen. Dick Durbin" gives Durbin the role "senator"; "rather than in a primary" says what
    "and not in a primary" does."""
    (result,) = Attributor(LEXICAL).attribute([claim], SENATE, sentences_of(SENATE))
    assert result.support == "supported", result.missing


def test_a_role_the_sources_abbreviate_for_someone_else_is_still_flagged():
    claim = "Illinois governor Dick Durbin was unopposed to replace Reid."
    (result,) = Attributor(LEXICAL).attribute([claim], SENATE, sentences_of(SENATE))
    assert result.support != "supported" and "governor Dick Durbin" in result.missing


def test_an_opening_participle_is_no_part_of_the_name_after_it():
    doc = Document("a", "The asteroid's passage by Earth in 2029 will change the asteroid's "
                        "path.")  # fmt: skip
    (result,) = attribute(["Passing Earth in 2029 will change the asteroid's path."], [doc])
    assert result.support == "supported", result.missing
    (wrong,) = attribute(["Passing Mars in 2029 will change the asteroid's path."], [doc])
    assert wrong.support != "supported" and "Mars" in wrong.missing


BOUNCER = [
    Document("a", "A hearing has begun in Carrow over the death of the club owner Mark Brennan. "
                  "Bouncer Tomas Ruzic, 24, is charged over the death of Brennan. "
                  "It is alleged he punched the club owner outside the Harbour Hotel in March. "
                  "Brennan died the next day."),
]  # fmt: skip


def test_a_name_the_cited_sentence_calls_he_is_completed_from_the_sentence_before(monkeypatch):
    from summarizer import completing

    true = (
        "It is alleged that Ruzic punched the club owner outside the Harbour Hotel in March, "
        "and Brennan died the next day."
    )
    altered = true.replace("Ruzic", "Carrow")
    good, bad = attribute([true, altered], BOUNCER)
    assert good.support == "supported"
    assert any("Ruzic" in c.quote for c in good.citations)
    assert bad.support != "supported"
    monkeypatch.setattr(completing, "PRONOUN_ANTECEDENT", False)
    (without,) = attribute([true], BOUNCER)
    assert without.support != "supported" and "Ruzic" in without.missing


PREMIER = [
    Document("a", "Valdoria's prime minister, Ivo Marek, survived a vote of no confidence in May. "
                  "Voters in Valdoria go to the polls in June. "
                  "Trade talks with Estravia stalled in April."),
]  # fmt: skip


def passes_and_flags(true: str, altered: str, documents, missing: str) -> None:
    """``true`` is supported; ``altered`` is not, with ``missing`` named."""
    good, bad = Attributor(LEXICAL).attribute([true, altered], documents, sentences_of(documents))
    assert good.support == "supported"
    assert bad.support != "supported" and missing in bad.missing


def test_the_adjective_of_a_place_the_sources_name_opens_a_name_but_not_another_place():
    true = "Valdorian Prime Minister Ivo Marek survived a vote of no confidence in May."
    other = "Estravian Prime Minister Ivo Marek survived a vote of no confidence in May."
    passes_and_flags(true, other, PREMIER, "Estravian")


def test_two_names_in_adjacent_sentences_of_a_window_are_in_no_order():
    from summarizer.relations.claim import sentences_of as split_window

    documents = [Document("a", "The ferry strayed into Valdorian waters near Porto Seren. "
                               "Valdoria refrained from blaming Estravia at first.")]  # fmt: skip
    sentences = sentences_of(documents)
    evidence = Attributor(LEXICAL)._evidence(documents, sentences, None)
    window = next(i for i, c in enumerate(evidence.candidates) if c.size == 2)
    assert split_window(evidence, [window]) == [s.text for s in sentences]
    claim = "Estravia blamed technical errors for its ferry straying into Valdorian waters."
    (result,) = attribute([claim], documents)
    assert not any("the other way round" in m for m in result.missing)


REPORTED = [
    Document("a", "The panel met in Carrow on Monday. "
                  "Radio Valdor reported Thursday that the board called for a new press office."),
]  # fmt: skip


def test_an_outlet_the_cited_text_does_not_credit_is_missing_where_it_credits_another():
    true = "Radio Valdor reported Thursday that the board called for a new press office."
    other = "The Harbour Gazette reported Thursday that the board called for a new press office."
    passes_and_flags(true, other, REPORTED, "The Harbour Gazette")
    # an outlet the sources never credit with anything is the article's own: not checked
    (own,) = attribute(["The Harbour Gazette reports that the panel met in Carrow on Monday."],
                       REPORTED)  # fmt: skip
    assert own.support == "supported"


def test_an_outlet_credited_by_its_initials_is_the_outlet_the_source_credits():
    wire = [Document("a", "The panel met in Carrow on Monday. The Associated Press reported "
                          "Thursday that the board wanted a new office.")]  # fmt: skip
    passes_and_flags(
        "The AP reported Thursday that the board wanted a new office.",
        "Valdor News reported Thursday that the board wanted a new office.",
        wire,
        "Valdor News",
    )


def test_a_name_after_an_abbreviated_title_must_be_the_sources():
    clinic = [Document("a", "Medics screened 60 children at a school in Carrow on Saturday. "
                            "Staff Sgt. Ruiz said the children were in good spirits.")]  # fmt: skip
    passes_and_flags("Staff Sgt. Ruiz said the children were in good spirits.",
                     "Staff Sgt. Brennan said the children were in good spirits.", clinic,
                     "Brennan")  # fmt: skip


def test_a_disputed_figure_is_borne_out_only_for_the_same_thing():
    # Another article counts 40 million accounts; "20 million users" does not bear out 20
    # million accounts, however distinctive the figure.
    docs = [
        Document("a", "Lycos Europe says it keeps roughly 40 million e-mail accounts in eight "
                      "European countries. The firm launched a screensaver."),
        Document("b", "Lycos Europe says it is banking on its 20 million users in eight European "
                      "countries to download the screensaver."),
    ]  # fmt: skip
    wrong, right = attribute(
        ["Lycos Europe says it keeps roughly 20 million e-mail accounts in eight European "
         "countries.",
         "Lycos Europe says it keeps roughly 40 million e-mail accounts in eight European "
         "countries."],
        docs,
    )  # fmt: skip
    assert wrong.support == "unsupported" and wrong.disagreements[0].other == "40 million"
    assert right.support == "supported", right.missing


def test_the_two_of_a_named_pair_is_no_count_to_find():
    docs = [Document("a", "Talks between Brazil and the European Union lasted 20 hours and almost "
                          "collapsed on Thursday night, the trade minister said.")]  # fmt: skip
    passes_and_flags(
        "Talks between the two sides lasted 20 hours and almost collapsed on Thursday night.",
        "Talks between the three sides lasted 20 hours and almost collapsed on Thursday night.",
        docs,
        "three",
    )


def test_a_preposition_opening_a_claim_is_no_name():
    docs = [Document("a", "Officials told Reuters there was no evidence of a medical emergency. "
                          "Reports said the leader had undergone surgery.")]  # fmt: skip
    (result,) = attribute(
        ["Amid reports the leader had undergone surgery, officials told Reuters there was no "
         "evidence of a medical emergency."],
        docs,
    )  # fmt: skip
    assert "Amid" not in result.missing


def test_a_chief_executive_is_a_ceo():
    docs = [Document("a", '"This is the first snapshot of how people use Linux," said Stuart '
                          "Cohen, CEO of OSDL.")]  # fmt: skip
    ceo, mayor = attribute(
        ["OSDL chief executive Stuart Cohen said this is the first snapshot of how people use "
         "Linux.",
         "OSDL mayor Stuart Cohen said this is the first snapshot of how people use Linux."],
        docs,
    )  # fmt: skip
    assert ceo.support == "supported", ceo.missing
    assert "mayor Stuart Cohen" in mayor.missing


def test_an_adjective_of_nationality_stands_in_no_pair_of_names():
    docs = [
        Document("a", "The Justice Department called the subpoena premature and unnecessary. "
                      "The committee voted on Friday. Its chairman spoke at length. "
                      "The subpoena seeks the full report on Russian meddling in the election."),
    ]  # fmt: skip
    (result,) = attribute(
        ["The Justice Department called the subpoena for the full report on Russian meddling "
         "premature and unnecessary."],
        docs,
    )  # fmt: skip
    assert not any("Russian" in m for m in result.missing), result.missing
    from summarizer.relations.naming import nationality

    text = "The Russian of Justice called the subpoena premature."  # no adjective before "of"
    assert not nationality(claim_of(text), ("Russian",))


@pytest.mark.parametrize(
    ("text", "name", "listed"),
    [("New York City, Portland and Seattle were labelled anarchist.", ("Seattle",), True),
     ("Ito, Ann Veneman and Rod Paige were named.", ("Rod", "Paige"), True),
     ("He said the vote was close, and Smith won the race.", ("Smith",), False)],
)  # fmt: skip
def test_the_last_of_a_list_of_names_is_listed_with_a_verb_after_it(text, name, listed):
    from summarizer.relations.mentions import _listed

    assert bool(_listed(claim_of(text), name)) is listed


BID = [
    Document(
        "a",
        "Former vice president Dana Holm announced her bid for the presidency on Monday, "
        "promising to undo President Ivo Marek's tax reforms. \"We are fighting for the future "
        'of this country," the former vice president says in a video released on Monday, which '
        "focuses heavily on the closure of the Tollen shipyard.",
    )
]


def test_the_words_before_a_role_tell_whom_it_calls_by_it():
    right, wrong = attribute(
        ['Dana Holm says in a video released on Monday: "We are fighting for the future of '
         'this country."',
         'Ivo Marek says in a video released on Monday: "We are fighting for the future of '
         'this country."'],
        BID,
        AttributeConfig(use_embeddings=False, window=1),
    )  # fmt: skip
    assert right.support == "supported", right.missing
    assert wrong.support != "supported"


def test_a_window_sentence_calling_a_name_by_its_role_mentions_it_but_not_its_spokesman():
    from summarizer.relations.mentions import _mentions

    council = Document(
        "c",
        'A Tollen Council spokesman said Mayor Ilse Varga condemned the attack. "She supports '
        "Director Tomas Reyne's efforts to rebuild the harbour,\" the spokesman said.",
    )
    documents = [*BID, council]
    evidence = evidence_of(documents)
    row = {(c.doc, c.sentence): i for i, c in enumerate(evidence.candidates) if c.size == 1}
    assert _mentions(("Dana", "Holm"), evidence, row["a", 1])  # "the former vice president"
    assert not _mentions(("Ivo", "Marek"), evidence, row["a", 1])
    assert not _mentions(("Tollen", "Council"), evidence, row["c", 1])  # "the spokesman"


def test_a_role_the_sources_give_by_another_title_is_the_names():
    documents = [Document("a", "More than 3,000 people will need shelters, relief agency "
                               "administrator Mara Quist said on Monday.")]  # fmt: skip
    passes_and_flags(
        "Relief agency chief Mara Quist said more than 3,000 people will need shelters.",
        "Relief agency spokeswoman Mara Quist said more than 3,000 people will need shelters.",
        documents,
        "spokeswoman Mara Quist",
    )


def test_how_much_a_link_explains_is_no_part_of_the_event():
    documents = [
        Document("a", "President Ivo Marek vetoed the Harbour Defence Act because it fails to "
                      "fund the Tollen shipyard."),
        Document("b", "Marek vetoed the bill on Wednesday."),
        Document("c", "The veto angered unions."),
    ]  # fmt: skip
    (result,) = attribute(["Marek vetoed the Harbour Defence Act partly because it fails to fund "
                           "the Tollen shipyard."], documents)  # fmt: skip
    assert result.support == "supported", result.missing


def test_while_she_was_doing_links_two_events():
    documents = [Document("b", "Mayor Varga met Director Reyne on Monday."),
                 Document("c", "Varga toured a shipyard last week.")]  # fmt: skip
    (result,) = attribute(["Mayor Varga met Director Reyne while she was touring a shipyard."],
                          documents)  # fmt: skip
    assert result.support != "supported" and "linked by 'while'" in result.missing


def test_a_name_set_off_by_commas_stands_in_the_clause_round_it():
    documents = [Document("a", "Halvren announced on Monday that a vaccine developed with its "
                               "partner, Ostrel, proved effective in a trial.")]  # fmt: skip
    passes_and_flags(
        "Halvren announced on Monday that the vaccine it developed with its partner, Ostrel, "
        "proved effective in a trial.",
        "Ostrel announced on Monday that the vaccine it developed with its partner, Halvren, "
        "proved effective in a trial.",
        documents,
        "Ostrel / Halvren the other way round",
    )


def test_a_word_the_sources_use_in_another_form_is_theirs():
    from summarizer.embed import bundled_embedder
    from summarizer.support import read_as_kin

    documents = [
        Document("a", "Andrew Vell, formerly a presidential hopeful and a candidate for mayor of "
                      "Tollen, is expected to leave the Labour Party and start a third party this "
                      "fall."),
        Document("b", "Vell is expected to start the party when his book is released in October."),
    ]  # fmt: skip
    text = ("Vell, who sought the presidency and ran for mayor of Tollen, is expected to leave the "
            "Labour Party and start a third party this fall.")  # fmt: skip
    evidence = evidence_of(documents)
    stems = read_as_kin(claim_of(text), evidence).stems
    assert "presidenti" in stems and "presid" not in stems  # "presidency" as "presidential"
    (result,) = attribute([text], documents, AttributeConfig(), bundled_embedder())
    assert result.support == "supported", result.missing


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Harbour workers organised the rally in Tollen to protest against the board's pay "
         "offer.",
         "Harbour workers organized the rally in Tollen to protest against the board's pay offer."),
        ("Harbour workers organized the rally in Tollen to protest against the board's pay "
         "offer.",
         "Harbour workers organised the rally in Tollen to protest against the board's pay offer."),
        ("The mayor of Tollen apologised for the delays and criticised the ferry company.",
         "The mayor of Tollen apologized for the delays and criticized the ferry company."),
    ],
)  # fmt: skip
def test_a_word_spelled_with_ise_or_ize_is_the_same_word(claim, source):
    from summarizer.support import read_as_kin

    documents = [Document("a", source)]
    evidence = evidence_of(documents)
    stems = read_as_kin(claim_of(claim), evidence).stems
    assert set(stems) <= set(evidence.vocab)
    (result,) = Attributor(LEXICAL).attribute([claim], documents, sentences_of(documents))
    assert result.support == "supported", result.missing


@pytest.mark.parametrize(
    ("source", "true", "altered", "missing"),
    [
        ("Sen. Mara Quist (D-N.J.) on Thursday released emails from the harbour board.",
         "New Jersey Democrat Mara Quist released emails from the harbour board on Thursday.",
         "Sen. Mara Quist (D-N.Y.) on Thursday released emails from the harbour board.",
         "New York"),
        # the party alone
        ("Gov. Mara Quist (R) on Thursday lifted the harbour curfew.",
         "Gov. Mara Quist, a Republican, lifted the harbour curfew on Thursday.",
         "Gov. Mara Quist, a Democrat, lifted the harbour curfew on Thursday.",
         "Democrat"),
    ],
)  # fmt: skip
def test_a_party_tag_gives_the_lawmakers_party_and_state(source, true, altered, missing):
    documents = [Document("a", source)]
    kept, changed = attribute([true, altered], documents)
    assert kept.support == "supported", kept.missing
    assert changed.support != "supported" and missing in changed.missing


def test_a_weekday_the_claim_gives_too_does_not_stand_in_for_another():
    documents = [
        Document("a", "A third night of protests over a police shooting in Tollen gave way to "
                      "quiet streets as a curfew ended early Friday."),
        Document("b", "Protesters flocked to Tollen for a third straight night Thursday amid "
                      "pressure for police to release video."),
    ]  # fmt: skip
    (result,) = attribute(["Protests over the police shooting continued in Tollen for a third "
                           "straight night on Thursday, but the streets were quiet when the "
                           "curfew ended early Friday."], documents)  # fmt: skip
    assert result.support == "supported", result.missing
    assert {c.doc for c in result.citations} == {"a", "b"}


def test_no_before_a_figure_is_a_number_not_a_negation():
    documents = [Document("a", "Mayor Varga backed his former No. 2, Ilse Quist, to chair the "
                               "harbour board.")]  # fmt: skip
    (result,) = Attributor(LEXICAL).attribute(
        ["Mayor Varga backed Ilse Quist to chair the harbour board."], documents,
        sentences_of(documents))  # fmt: skip
    assert result.support == "supported", result.missing


def test_a_part_of_a_whole_is_stated_the_other_way_round():
    documents = [Document("a", "Of the 24 people infected in Tollen, 19 had not received both "
                               "doses, the health board said.")]  # fmt: skip
    passes_and_flags(
        "Nineteen of the 24 people infected in Tollen had not had both doses.",
        "Twenty of the 24 people infected in Tollen had not had both doses.",
        documents,
        "Twenty",
    )


def test_citations_tied_to_six_decimals_go_in_document_order():
    from summarizer.citing import _by_score

    scores = np.array([0.5000001, 0.5, 0.7])  # embedding noise between runs
    assert sorted([1, 0, 2], key=_by_score(scores)) == [2, 0, 1]


def test_a_middle_initial_does_not_make_another_name():
    assert not named_otherwise(("Ilse", "Varga"), "Last fall, Ilse M. Varga touched off a row.")
    assert named_otherwise(("Ilse", "Varga"), "Last fall, Anna M. Varga touched off a row.")


def test_she_after_a_sentence_opening_with_a_name_stands_for_that_name():
    documents = [
        Document("a", "Mara Quist announced on Monday that she will leave the harbour board and "
                      "endorsed Tom Reyne. While she was one of three candidates left, the "
                      "councillor failed to win any vote.")
    ]  # fmt: skip
    right, wrong = attribute(
        ["Mara Quist was one of three candidates left but failed to win any vote.",
         "Tom Reyne was one of three candidates left but failed to win any vote."],
        documents,
        AttributeConfig(use_embeddings=False, window=1),
    )  # fmt: skip
    assert right.support == "supported", right.missing
    assert wrong.support != "supported" and "Tom Reyne" in wrong.missing


def test_a_name_moved_into_the_place_of_another_after_the_same_words_is_flagged():
    documents = [Document("a", "Petrova Oil opened an office in Brask on Sunday, its first in "
                               "the north since the Tollen depot shut.")]  # fmt: skip
    passes_and_flags(
        "Petrova Oil opened an office in Brask on Sunday, its first since the Tollen depot shut.",
        "Petrova Oil opened an office in Tollen on Sunday, its first since the Tollen depot shut.",
        documents,
        "Tollen / Brask",
    )


def test_a_text_calling_someone_by_the_role_the_sources_give_them_names_them():
    from summarizer.relations.roles import apart

    documents = [
        Document("a", "President Ilse Varga opened the new harbour in Tollen on Monday."),
        Document("b", "Host Tomas Reyne asked Mayor Kern about the harbour plans and when he "
                      "had last spoken with the president: not since the vote, he said."),
    ]  # fmt: skip
    evidence = evidence_of(documents)
    text = "Mayor Kern told host Tomas Reyne that he had not spoken with Ilse Varga since the vote."
    assert apart(claim_of(text), evidence) == []
    # a role the sources give no one named in the claim names no one
    text = "Mayor Kern told host Tomas Reyne that he had not spoken with Anna Holm since the vote."
    assert apart(claim_of(text), evidence) == ["Tomas Reyne / Anna Holm"]


def test_a_letter_in_the_first_person_names_its_writer():
    from summarizer.relations.roles import apart

    documents = [
        Document("a", "Ada Holm on the harbour sale. Author: Ada Holm. The sale has been "
                      "rushed. Bidders were given nine days. I agree that the harbour board in "
                      "Tollen must publish every bid it received. The sale should wait until it "
                      "does. Nothing is lost by waiting. This letter was sent by Ada Holm on "
                      "May 2."),
        Document("b", "Councillor Ben Okoro voted against the sale of the harbour."),
    ]  # fmt: skip
    evidence = evidence_of(documents)
    text = "Councillor Ada Holm agreed that the harbour board in Tollen must publish every bid."
    assert apart(claim_of(text), evidence) == []
    # the letter is not Okoro's
    text = "Councillor Ben Okoro agreed that the harbour board in Tollen must publish every bid."
    assert apart(claim_of(text), evidence) == ["Councillor Ben Okoro / Tollen"]


def test_a_quotation_in_the_first_person_or_another_piece_names_no_writer():
    from summarizer.relations.roles import apart

    documents = [
        Document("a", "Mayor Ada Holm hit out at the article written by the Tollen Courier on "
                      "Monday. Harbour workers marched on Tuesday. The council met on "
                      "Wednesday. We never signed the Brask contract, and we never will."),
        Document("b", "Posted by Lorna Meeks. The mayor's reply came on Friday. The council "
                      "met again. The mayor's answer: 'I never signed the Kessel contract.'"),
    ]  # fmt: skip
    evidence = evidence_of(documents)
    assert "a" not in evidence.writers and set(evidence.writers["b"]) == {"Lorna Meeks"}
    text = "The Tollen Courier never signed the Brask contract."
    assert apart(claim_of(text), evidence) == ["Tollen Courier / Brask"]
    text = "On Friday, Lorna Meeks never signed the Kessel contract."
    assert apart(claim_of(text), evidence) == ["Lorna Meeks / Kessel"]


@pytest.mark.parametrize("role", ["Estravian president", "prime minister"])
def test_a_role_with_another_country_or_title_names_someone_else(role):
    from summarizer.relations.roles import apart

    documents = [
        Document("a", "President Ilse Varga and a minister opened the new harbour in Tollen."),
        Document("b", "Host Tomas Reyne asked Mayor Kern about the harbour plans and when he "
                      f"had last spoken with the {role}: not since the vote, he said."),
    ]  # fmt: skip
    evidence = evidence_of(documents)
    text = "Mayor Kern told host Tomas Reyne that he had not spoken with Ilse Varga since the vote."
    assert apart(claim_of(text), evidence) == ["Tomas Reyne / Ilse Varga"]


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Reyne and Varga wrote a letter on Monday calling on Congress to reauthorize the "
         "Harbour Act.",
         "Reyne and Varga urged a Harbour Act reauthorization, writing to the leaders of "
         "Congress on Monday."),
        ("A guard and the gunman were among the four people who died in Wednesday's attack "
         "outside the harbour office in Tollen.",
         "The Tollen attack outside the harbour office on Wednesday left four people dead, "
         "including the gunman and a guard."),
    ],
)  # fmt: skip
def test_a_law_or_a_day_plays_no_role_in_a_swap(claim, source):
    documents = [Document("a", source)]
    (result,) = Attributor(LEXICAL).attribute([claim], documents, sentences_of(documents))
    assert not any("swapped" in m or "the other way round" in m for m in result.missing)


def test_the_body_an_article_named_before_is_the_one_its_generic_word_names():
    from summarizer.relations.roles import apart

    text = ("The decision noted that it was the third time the Supreme Court had rejected the "
            "Harbour Board's analysis of the quota.")  # fmt: skip
    claim = claim_of(text)
    later = ("The decision noted it was the third time the court has rejected the Harbour "
             "Board's analysis of the quota.")  # fmt: skip
    for first, flagged in [
        ("The Estravian Supreme Court ruled late Friday in favour of the fishermen.", False),
        ("The Supreme Court and the Tollen Court heard the fishermen on Friday.", True),
        ("The fishermen won their case late on Friday.", True),
    ]:
        documents = [Document("a", f"{first} Both sides had waited a year. {later}")]
        evidence = evidence_of(documents)
        assert bool(apart(claim, evidence)) == flagged, first


def test_another_state_before_a_governors_title_is_flagged():
    documents = [
        Document("a", "South Dakota Gov. Mara Quist vetoed the harbour bill on Friday, citing "
                      "its cost."),
        Document("b", "Lawmakers in Georgia passed a similar harbour bill last year."),
    ]  # fmt: skip
    altered, true = Attributor(LEXICAL).attribute(
        ["Georgia Gov. Mara Quist vetoed the harbour bill on Friday, citing its cost.",
         "South Dakota Gov. Mara Quist vetoed the harbour bill on Friday, citing its cost."],
        documents,
        sentences_of(documents),
    )  # fmt: skip
    assert altered.support != "supported" and "Georgia Gov. Mara Quist" in altered.missing
    assert true.support == "supported", true.missing


def test_an_age_in_words_is_no_added_clause():
    documents = [
        Document("a", "Tomas Reyne, 53, and Ilse Varga, 34, were charged with one count each "
                      "of harbour fraud, the prosecutor's office said."),
        Document("b", "Tomas Reyne, 53, allegedly filed more than 800 false harbour permits "
                      "between July and October."),
    ]  # fmt: skip
    claim = ("Reyne allegedly filed the false permits between July and October, and he and "
             "34-year-old Ilse Varga face charges including harbour fraud.")  # fmt: skip
    (result,) = attribute([claim], documents)
    assert result.support == "supported", result.missing


def test_another_form_of_an_irregular_verb_is_the_sources_word():
    from summarizer.attribute import _load_parser
    from summarizer.config import AttributeConfig as Config
    from summarizer.support import read_as_kin

    parser, _ = _load_parser(Config().parser)
    documents = [Document("a", "The ban came after fishermen spoke out against the quotas.")]
    evidence = evidence_of(documents)
    text = "The ban comes after fishermen speaking out against the quotas."
    claim = claim_of(text)
    assert {"come", "speak"} <= set(claim.ordered)
    read = read_as_kin(claim, evidence, parser.verb_forms)
    assert {"came", "spoke"} <= set(read.ordered) and not {"come", "speak"} & set(read.ordered)


CLOSURE = [
    Document("a", "Mayor Ilse Varga closed the Tenney Bridge to all traffic on Friday. "
                  "Drivers now face detours of up to 40 minutes. "
                  "Shops near the bridge expect to lose trade. "
                  "The mayor's decision comes after engineers found cracks in two of its piers."),
]  # fmt: skip


def test_a_sentence_linking_back_to_its_article_supports_the_link():
    true = "Varga closed the Tenney Bridge to traffic after engineers found cracks in its piers."
    stitched = "Drivers faced detours of up to 40 minutes after engineers found cracks."
    passes_and_flags(true, stitched, CLOSURE, "linked by 'after'")


RINGS = [
    Document("r", "Tovi Toys is recalling 41,000 stacking rings. They were sold at toy shops from "
                  "March 2024 through June 2025 for about $12."),
]  # fmt: skip


def test_a_sum_of_money_is_borne_out_by_the_same_sum_whatever_words_stand_round_it():
    (true, changed) = attribute(
        ["The rings were sold for about $12 between March 2024 and June 2025.",
         "The rings were sold for about $15 between March 2024 and June 2025."],
        RINGS,
    )  # fmt: skip
    assert true.support == "supported", true.missing
    assert changed.support != "supported" and "15" in changed.missing


def test_a_semicolon_before_a_link_starts_its_event_again():
    # What comes before the semicolon is another event, told in another sentence.
    true = ("Drivers now face detours of up to 40 minutes; Varga closed the Tenney Bridge to "
            "traffic on Friday after engineers found cracks in two of its piers.")  # fmt: skip
    stitched = ("Varga closed the Tenney Bridge on Friday; drivers face detours of up to 40 "
                "minutes after engineers found cracks in two of its piers.")  # fmt: skip
    passes_and_flags(true, stitched, CLOSURE, "linked by 'after'")


def test_a_name_is_completed_from_the_sentence_before_a_description_of_them():
    from summarizer.completing import _antecedents

    documents = [
        Document("a", "While many residents fear the harbour deal, Ilse Varga says it fills her "
                      "with anger. The deal is a giveaway to foreign investors, the conservative "
                      "Porto Seren council candidate says. Ilse Varga is 41."),
    ]  # fmt: skip
    evidence = evidence_of(documents)
    rows = evidence.rows_of["a"]
    around = {stem("conservative"), stem("candidate")}
    assert _antecedents(evidence, [rows[1]], around) == {rows[0]}
    assert _antecedents(evidence, [rows[1]], {stem("mayor")}) == set()  # another description
    assert _antecedents(evidence, [rows[2]], around) == set()


STATUE = [
    Document("a", "Sen. Tomas Reyne attended the removal with two aides. "
                  "Gov. Anika Holm on Monday said the statue had been removed from the square. "
                  "Crowds watched from behind barriers. "
                  "The governor established the Statues Commission earlier this year to look "
                  "into the removal of the monument."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("claim", "apart"),
    [
        ("Gov. Anika Holm established the Statues Commission earlier this year.", []),
        ("Sen. Tomas Reyne established the Statues Commission earlier this year.",
         ["Tomas Reyne / Statues Commission"]),
    ],
)  # fmt: skip
def test_the_governor_names_whom_the_sources_call_gov(claim, apart):
    from summarizer.relations.roles import apart as names_apart

    evidence = evidence_of(STATUE)
    assert names_apart(claim_of(claim), evidence) == apart


def test_a_name_called_the_president_stands_in_the_order_of_the_claim():
    quotes = [
        "Speaker Ilse Varga unveiled two charges against President Tomas Reyne and announced "
        "that Democrats had reached a trade deal.",
        "Democrats were somber in announcing the charges against the president.",
    ]
    text = "On Tuesday, Democrats were somber as they announced two charges against President Reyne"
    claim = claim_of(text)
    assert reversed_names(claim, quotes) == ("Democrats", "Reyne")
    titles = lambda name: {"president"} if name[-1] == "Reyne" else set()  # noqa: E731
    assert reversed_names(claim, quotes, titles) is None
    assert reversed_names(claim, quotes[:1], titles) == ("Democrats", "Reyne")


@pytest.mark.parametrize(
    ("second", "flagged"),
    [
        ('"Have an amazing holiday," Reyne said.', False),
        ("Varga praised Reyne for an amazing holiday party.", True),  # not his words
    ],
)
def test_a_speakers_words_may_come_from_two_outlets_quoting_them(second, flagged):
    documents = [
        Document("a", '"You are incredible people," Reyne told the crews over a video call.'),
        Document("b", second),
        Document("c", "Sailors on the fleet wished for calm weather."),
    ]
    claim = "Reyne told the sailors they were incredible people and wished them an amazing holiday."
    (result,) = attribute([claim], documents)
    assert ("Reyne said" in result.missing) == flagged


def test_the_voice_vote_and_the_tally_hold_a_claim_in_either_form():
    documents = [
        Document("a", "President Reyne signed the harbour bill on Friday, following the "
                      "Assembly’s approval of the bill on Thursday and the Senate’s passage of it "
                      "on Tuesday. The bill received overwhelming support in the Assembly, with "
                      "88 votes in favor of it and only five against it, while the Senate "
                      "approved it by a voice vote."),
    ]  # fmt: skip
    passes_and_flags(
        "The Assembly approved the bill Thursday by 88 votes to five, after the Senate passed "
        "it by voice vote on Tuesday.",
        "The bill received overwhelming support in the Senate, with 88 votes in favor and only "
        "five against, while the Assembly approved it by a voice vote.",
        documents,
        "Senate / Assembly",
    )


def test_the_name_a_claim_gives_as_anothers_is_around_it():
    from summarizer.relations.mentions import around_name

    text = ("The ministry no longer regards the Harbour Act, commonly called the Quay Law, as "
            "unlawful.")  # fmt: skip
    claim = claim_of(text)
    assert {stem("quay"), stem("law")} <= around_name(claim, ("Harbour", "Act"))
    assert {stem("harbour"), stem("act")} <= around_name(claim, ("Quay", "Law"))
    plain_text = "The ministry no longer regards the Harbour Act and the Quay Law as unlawful."
    plain_claim = claim_of(plain_text)
    assert not {stem("quay")} & around_name(plain_claim, ("Harbour", "Act"))


def test_a_speakers_words_end_where_the_story_goes_on_with_another_name():
    documents = [
        Document("a", "Before the August 2015 debate, the company's chair, Anton Brisco, told "
                      "moderator Ilse Varga it was time to take Tomas Reyne down."),
        Document("b", "But Reyne ended up winning that war, and he won the election."),
    ]  # fmt: skip
    claim = ("Anton Brisco told moderator Ilse Varga it was time to take Tomas Reyne down, but "
             "Reyne ended up winning that war.")  # fmt: skip
    (result,) = attribute([claim], documents)
    assert result.support == "supported", result.missing


def test_a_name_before_a_noun_is_not_in_an_order_with_that_noun():
    documents = [
        Document("a", "President Tomas Reyne took questions from voters at a town hall event in "
                      "Porto Seren on Tuesday night, his first as president."),
    ]  # fmt: skip
    text = "The Porto Seren event was Reyne's first town hall as president."
    (result,) = attribute([text], documents)
    assert result.support == "supported", result.missing
    claim = claim_of(text)
    assert not reversed_names(claim, [documents[0].text])


def test_a_state_in_brackets_is_the_lawmakers_state():
    documents = [
        Document("a", "Harbour chief Anton Brisco released a plan on Monday to reopen the port. "
                      "The top harbour official, along with Rep. Mara Quist (Okla.), the ranking "
                      "member of the Rules Committee, and Rep. Ilse Varga (Ill.), the ranking "
                      "member of the Port Committee, offered four strategies."),
    ]  # fmt: skip
    claims = [
        "Brisco was joined by Rep. Mara Quist of Oklahoma, the Rules Committee's ranking member, "
        "and Rep. Ilse Varga of Illinois, the ranking member of the Port Committee.",
        "Brisco was joined by Rep. Mara Quist of Kansas, the Rules Committee's ranking member, "
        "and Rep. Ilse Varga of Illinois, the ranking member of the Port Committee.",
    ]
    true, altered = Attributor(LEXICAL).attribute(claims, documents, sentences_of(documents))
    assert not {"Oklahoma", "Illinois"} & set(true.missing)
    assert "Kansas" in altered.missing and "Illinois" not in altered.missing


@pytest.mark.parametrize(
    ("claim", "missing"),
    [
        ("District Judge Ilse Varga, a Reyne appointee, ruled that the harbour levy was unlawful.",
         "Reyne / Holm"),
        ("District Judge Ilse Varga, a Holm appointee, ruled that the harbour levy was unlawful.",
         None),
    ],
)  # fmt: skip
def test_a_name_before_a_noun_where_the_sources_put_another(claim, missing):
    documents = [
        Document("a", "District Judge Ilse Varga, a Holm appointee, ruled that the Reyne "
                      "government's harbour levy was unlawful."),
    ]  # fmt: skip
    (result,) = attribute([claim], documents)
    assert (missing in result.missing) if missing else result.support == "supported"


def test_a_name_beside_the_noun_in_the_sources_is_no_other_name_before_it():
    documents = [
        Document("a", "The Velmont plant on Harlow Road, which employs around 340 people, was "
                      "quiet on Tuesday."),
    ]  # fmt: skip
    (result,) = attribute(["The Harlow Road plant employs about 340 people."], documents)
    assert result.support == "supported", result.missing


def test_he_said_after_a_sentence_about_someone_else_is_not_theirs():
    documents = [
        Document("a", "Aides made progress on the harbour talks on Tuesday, Mayor Tomas Reyne "
                      "said. Reyne outlined the talks between Governor Ilse Varga and Anton "
                      "Brisco. He told Radio Seren the sides had made good progress but still "
                      "had a way to go."),
    ]  # fmt: skip
    claims = [
        "Reyne told Radio Seren the sides had made good progress but still had a way to go.",
        "Varga told Radio Seren the sides had made good progress but still had a way to go.",
    ]
    true, misquoted = Attributor(LEXICAL).attribute(claims, documents, sentences_of(documents))
    assert "Tomas Reyne said" not in true.missing and "Reyne said" not in true.missing
    assert "Varga said" in misquoted.missing


def test_an_acronym_of_a_department_turned_round_is_no_other_name():
    from summarizer.relations.naming import names_another

    text = "Officials at the FBI and the Justice Department held talks about the levy."
    claim = claim_of(text)
    assert not names_another(claim, "DOJ")
    assert names_another(claim, "DHS")


def test_a_passive_is_compared_with_passives():
    quotes = ["The cases are the court's first since Judge Ilse Varga's retirement and her "
              "replacement by Judge Tomas Reyne."]  # fmt: skip
    for text, expected in [
        ("The cases are the first since Judge Tomas Reyne's retirement and his replacement by "
         "Judge Ilse Varga.", ("Judge Tomas Reyne's", "Judge Ilse Varga")),
        ("The cases are the first since Judge Ilse Varga's retirement and her replacement by "
         "Judge Tomas Reyne.", None),
        ("The cases are the first since Judge Tomas Reyne replaced Judge Ilse Varga.", None),
    ]:  # fmt: skip
        claim = claim_of(text)
        assert reversed_names(claim, quotes) == expected, text


LIVE = [
    Document("blog", "Heatwave live: trains slowed as temperatures climb\n\nWednesday 16 July\n\n"
                     "09:05 Forecasters expect highs of 36C across the region.\n\n"
                     "11:30 Cooling centres open in four libraries.\n\n"
                     "14:10 Rail operator Vellink says trains between Dunhallow and Corby Cross "
                     "will run at reduced speed this afternoon because of the risk of buckling."),
]  # fmt: skip


def test_a_live_blog_entry_is_of_the_day_its_date_line_gives():
    passes_and_flags(
        "Vellink said trains between Dunhallow and Corby Cross would run at reduced speed on "
        "Wednesday afternoon because of the risk of buckling.",
        "Vellink said trains between Dunhallow and Corby Cross would run at reduced speed on "
        "Thursday afternoon because of the risk of buckling.",
        LIVE,
        "Thursday",
    )


@pytest.mark.parametrize(
    "day_line",
    ["Wednesday 16 July 2025 — last updated 21:40 BST", "WEDNESDAY, JULY 16", "WEDNESDAY"],
)
def test_a_later_sentence_of_a_live_blog_entry_is_of_its_day(day_line):
    blog = [
        Document("blog", f"Depot fire live: crews stay overnight\n\n{day_line}\n\n"
                         "17:20 Residents may open their windows again.\n\n"
                         "13:15 The fire is out. Chief Ramon Delgado says crews put out the last "
                         "of the flames at about 1pm, roughly 30 hours after the fire began."),
    ]  # fmt: skip
    passes_and_flags(
        "Crews put out the last of the flames on Wednesday, roughly 30 hours after the fire "
        "began, Chief Ramon Delgado said.",
        "Crews put out the last of the flames on Thursday, roughly 30 hours after the fire "
        "began, Chief Ramon Delgado said.",
        blog,
        "Thursday",
    )


def test_the_first_figure_of_a_range_counts_what_the_second_counts():
    documents = [
        Document("a", "The offer to the fund was turned down. \"Eighty to 90 percent of our "
                      "members are worried about the merger,\" said a senior union official."),
    ]  # fmt: skip
    passes_and_flags(
        "A senior union official said 80 to 90 percent of members were worried about the merger.",
        "A senior union official said 70 to 90 percent of members were worried about the merger.",
        documents,
        "70",
    )
    number = extract_facts("said 80 to 90 percent of members").numbers[0]
    assert number.share and {"member"} <= number.context


def checked(claim: str, documents):
    """The lexical attribution of one claim, every sentence of ``documents`` a candidate."""
    (result,) = Attributor(LEXICAL).attribute([claim], documents, sentences_of(documents))
    return result


def assert_supported(claim: str, *texts: str) -> None:
    result = checked(claim, [Document(str(k), text) for k, text in enumerate(texts)])
    assert result.support == "supported", result.missing


def supported_only_with(claim: str, template: str, good: str, bad: str) -> None:
    """The claim is supported by the one-document template filled with ``good``, not ``bad``."""
    assert checked(claim, [Document("a", template.format(good))]).support == "supported"
    assert checked(claim, [Document("a", template.format(bad))]).support != "supported"


def test_an_abbreviated_title_names_the_role():
    from summarizer.facts import word_set

    assert {"governor", "senator"} <= word_set("Gov. Ana Lindqvist met Sen. Ivo Marek.")
    assert "governor" not in word_set("The gov. website was down.")
    assert word_set("") == set()
    assert_supported(
        "Lindqvist, who served two terms as governor and two terms as Orsdal mayor, vowed in a "
        'video to "fix what is broken."',
        "The Liberal, who served two terms as governor and two terms as Orsdal mayor, vowed in a "
        'video to "fix what is broken." Former Valdoria Gov. Ana Lindqvist is adding her name '
        "to the list of candidates.",
    )


def test_a_lower_case_word_after_another_word_does_not_name_a_court():
    quotes = ["\"The ministry has decided that the district court's ruling should stand,\" two "
              "lawyers wrote to the Northern Appeals Court, which is hearing the case.",
              "\"Valdoria is not asking that any part of the district court's ruling be "
              "overturned.\""]  # fmt: skip
    text = (
        "Two lawyers wrote to the Northern Appeals Court that the district court's ruling "
        "should stand and that Valdoria was not asking for any part of it to be overturned."
    )
    assert reversed_names(claim_of(text), quotes) is None
    flipped = "On Monday the Orsdal council wrote to the Northern Appeals Court."
    quotes = ["On Monday the Northern Appeals Court wrote to the Orsdal council."]
    assert reversed_names(claim_of(flipped), quotes) is not None


def test_a_role_is_completed_from_a_sentence_naming_the_person_it_is_apposed_to():
    assert_supported(
        "Sen. Ilse Varga, a Liberal on the Senate Harbour Committee, said the matter deserves a "
        "full inquiry.",
        '"This deserves a full inquiry," Sen. Ilse Varga, a Liberal, told Radio Seren. "This '
        'is serious," Varga, a member of the Senate Harbour Committee, said.',
    )


def test_a_description_the_sources_give_the_person_names_them_after_their_sentence():
    from summarizer.completing import _antecedents, _given

    documents = [
        Document("a", "Tomas Reyne said on Monday he had never discussed the tariffs with "
                      "Valdoria's trade minister, Ilse Varga, contrary to Ms. Varga's claim in a "
                      "leaked call. Ms. Varga and Mr. Reyne met often during the 2019 talks. The "
                      "Valdorian trade minister said in the call, reported by the Seren Herald "
                      "on Sunday, that Mr. Reyne had told her the tariffs would double."),
    ]  # fmt: skip
    evidence = evidence_of(documents)
    single = {c.sentence: i for i, c in enumerate(evidence.candidates) if c.size == 1}
    assert {"trade", "minist"} <= _given(("Varga",), evidence)
    assert _antecedents(evidence, [single[2]], _given(("Varga",), evidence)) == {single[1]}
    assert _antecedents(evidence, [single[2]], {"tariff"}) == set()


def test_a_name_after_a_title_in_another_names_place_is_displaced():
    documents = [
        Document("a", "The footage showed protesters declaring their intent to harm Deputy "
                      "Mayor Tomas Reyne and other officials."),
        Document("b", "The footage also showed a guard running past Councillor Ilse Varga as "
                      "protesters closed in on the chamber."),
    ]  # fmt: skip
    passes_and_flags(
        "The footage showed protesters declaring their intent to harm Deputy Mayor Tomas Reyne "
        "and other officials.",
        "The footage showed protesters declaring their intent to harm Councillor Ilse Varga and "
        "other officials.",
        documents,
        "Councillor Ilse Varga / Deputy Mayor Tomas Reyne",
    )


def test_a_title_alone_or_an_adjective_before_a_name_is_no_other_name_in_its_place():
    from summarizer.relations.displaced import displaced

    def texts(*quotes):
        return [(tokens(q), token_gaps(q)) for q in quotes]

    for text, quote in [
        ("Ana Lind, a field aide for Rep. Ivo Marek, said staff backed the plan.",
         "Among those there was Ana Lind, field aide for Rep."),
        ("The ruling found the appointment of Ivo Marek as acting VHA director unlawful.",
         "The ruling found the appointment of Ivo Marek as acting Valdorian Harbour Authority "
         "director unlawful."),
        ("The ruling found the appointment of Ivo Marek as acting USHAA director unlawful.",
         "The ruling found the appointment of Ivo Marek as acting U.S. Harbour and Airport "
         "Authority director unlawful."),
    ]:  # fmt: skip
        assert displaced(claim_of(text), texts(quote)) == [], text


def test_an_acronym_skips_and_and_the_words_before_of():
    from summarizer.facts import entity_in, word_set

    assert entity_in(("HHS",), word_set("Officials at the Department of Health and Human "
                                        "Services sent workers"))  # fmt: skip
    assert entity_in(("USCIS",), word_set("the U.S. Citizenship and Immigration Services chief"))
    assert entity_in(("MB",), word_set("Michael Bloomberg and Walmart Inc"))
    assert not entity_in(("HHS",), word_set("Department of Homeland Security"))


def test_decades_count_years():
    documents = [
        Document("a", "About 280 ships pass through the strait every day, roughly a third more "
                      "than a decade ago. Lotte Kemeny has followed the team for four decades."),
    ]  # fmt: skip
    passes_and_flags(
        "Around 280 ships use the strait each day, about a third more than ten years ago.",
        "Around 280 ships use the strait each day, about a third more than five years ago.",
        documents,
        "five",
    )
    passes_and_flags(
        "Lotte Kemeny has followed the team for forty years.",
        "Lotte Kemeny has followed the team for thirty years.",
        documents,
        "thirty",
    )


def test_a_denied_identity_is_no_denial_of_what_the_other_did():
    from summarizer.relations.wording import _negates

    claim = {stem(w) for w in ("Valdorian", "government", "paid", "million", "hostages")}
    assert not _negates("This is not the Valdorian government that paid 2 million for four "
                        "hostages.", claim)  # fmt: skip
    assert _negates("The Valdorian government never paid hostage takers.", claim)


def test_opposition_says_what_would_not_back_does():
    documents = [Document("a", "At least four Senate Liberals said they would not back Prime "
                               "Minister Ivo Marek's choice for the central bank.")]  # fmt: skip
    result = checked("At least four Senate Liberals voiced opposition to Prime Minister Ivo "
                     "Marek's choice for the central bank.", documents)  # fmt: skip
    assert "negation" not in result.missing


def test_a_word_on_both_sides_of_another_in_the_claim_is_in_no_order():
    from summarizer.relations.order import reversed_words

    quote = ["Ana Lind has a reputation as a tough gatekeeper, using similar tactics to those "
             "she used at the port authority."]  # fmt: skip
    for text, expected in [
        ("Ana Lind has a reputation as a tough gatekeeper, using tactics similar to those she "
         "used at the port authority.", None),
        ("The port authority criticised Ana Lind for using similar tactics.", None),
    ]:  # fmt: skip
        assert reversed_words(claim_of(text), quote) == expected, text


def test_a_word_on_both_sides_of_another_in_the_source_is_in_no_order():
    from summarizer.relations.order import reversed_words

    quote = ["Search figures are automatically generated from the millions of searches made on "
             "Harwick over a given week."]  # fmt: skip
    text = "The report draws on figures generated automatically from millions of searches."
    assert reversed_words(claim_of(text), quote) is None
    quote = ["The union criticised the university over the fees."]
    text = "The university criticised the union over the fees."
    assert reversed_words(claim_of(text), quote) == ("university", "union")


def test_a_name_opening_a_relative_clause_acts_on_the_noun_before_it():
    quotes = ["The mayor has named Ana Lind and Ivo Marek to the port board, choices that "
              "Councillor Tomas Reyne called unfit and embarrassing."]  # fmt: skip
    text = ("Councillor Tomas Reyne called the mayor's choices of Ana Lind and Ivo Marek for the "
            "port board unfit and embarrassing.")  # fmt: skip
    assert reversed_names(claim_of(text), quotes) is None
    plain = ["Ana Lind and Ivo Marek were named to the port board and criticised the choices "
             "Councillor Tomas Reyne called unfit."]  # fmt: skip
    assert reversed_names(claim_of(text), plain) is not None


def test_a_state_tag_of_two_abbreviated_words_gives_the_state():
    from summarizer.facts import party_tags

    assert party_tags("Sen. Ilse Varga (W.Va.) said") == (("West", "Virginia"),)
    assert party_tags("Sen. Ilse Varga (D-W.Va.) said") == (("Democrat",), ("West", "Virginia"))


def test_the_first_of_two_names_joined_by_and_is_listed():
    from summarizer.relations.mentions import _listed

    text = "The Harbour Board and Senate Liberals, led by Ana Lind, have traded proposals."
    claim = claim_of(text)
    assert _listed(claim, ("Harbour", "Board"))
    text = "The ruling by Judge Ana Lind angered the Harbour Board on Monday."
    assert not _listed(claim_of(text), ("Ana", "Lind"))


def test_a_name_written_in_full_is_no_other_name_for_its_acronym():
    from summarizer.relations.naming import names_another

    text = "Billions in testing funds remain unspent, according to HSS."
    claim = claim_of(text)
    assert not names_another(claim, "the Valdorian Department of Health and Social Services")
    assert names_another(claim, "the Valdorian Department of Transport")


def test_a_person_told_something_is_no_media_attribution():
    assert extract_facts("Lind told Rep. Ivo Marek hours after the vote.").entities == (
        ("Ivo", "Marek"),
    )
    assert extract_facts("Lind told CNN hours after the vote.").entities == ()


def test_she_names_the_person_the_sentences_before_name_alone():
    from summarizer.relations.roles import apart

    documents = [
        Document("a", "When Mayor Ana Lind finally decided to visit the flooded valley last "
                      "week, her own office was caught off guard. For days, aides had been "
                      "calling each other about a trip. But when it became known that she was "
                      "going to Orsdal, it left many scrambling."),
        Document("b", "Governor Ivo Marek toured Dunmore on Monday. Crews cleared roads all "
                      "week. Orsdal was hit hardest by the floods, officials said."),
    ]  # fmt: skip
    evidence = evidence_of(documents)
    for text, expected in [
        ("News that Lind was going to Orsdal left many scrambling.", []),
        ("News that Marek was going to Orsdal left many scrambling.", ["Marek / Orsdal"]),
    ]:  # fmt: skip
        assert apart(claim_of(text), evidence) == expected, text


def test_an_article_giving_the_claims_figure_elsewhere_does_not_conflict():
    documents = [
        Document("a", "The economy added 943,000 jobs in July and the jobless rate fell to 5.4%, "
                      "a low of the pandemic era, the bureau said. Economists had expected "
                      "870,000. Since May 2020, Valdoria has added back 16.7 million jobs."),
        Document("b", "Employers added 943,000 jobs in July, the bureau said on Friday."),
    ]  # fmt: skip
    passes_and_flags(
        "Since May 2020, Valdoria has added back 16.7 million jobs, and July's jobless rate "
        "marked a low of the pandemic era.",
        "Since May 2020, Valdoria has added back 18.7 million jobs, and July's jobless rate "
        "marked a low of the pandemic era.",
        documents,
        "18.7 million",
    )


def test_an_owner_before_a_party_the_claim_names_by_its_members_is_no_other_name():
    from summarizer.relations.naming import names_another

    text = "Preliminary results showed the Liberals had won 157 of the 338 seats."
    claim = claim_of(text)
    assert not names_another(claim, "Marek's Liberal Party")
    assert names_another(claim, "the Conservative Party")
    owned = "The order came from Marek's Justice Ministry."
    assert names_another(claim_of(owned), "Lind's Justice Ministry")


def test_did_is_no_content_word():
    from summarizer.facts import is_stop

    assert is_stop("did") and is_stop("does") and not is_stop("manage")


def test_a_quotation_running_on_is_its_speakers():
    documents = [
        Document("a", "Justice Ana Lind died on Friday at 87, the court said. \"Our nation has "
                      "lost a jurist of historic stature,\" said Chief Justice Ivo Marek. \"We "
                      "have lost a cherished colleague. Today we mourn, but with confidence that "
                      "future generations will remember Ana Lind as a tireless champion of "
                      "justice.\" Lind was appointed in 1993."),
    ]  # fmt: skip
    true, swapped = Attributor(LEXICAL).attribute(
        ["Chief Justice Ivo Marek said future generations would remember Ana Lind as a tireless "
         "champion of justice.",
         "Ana Lind said future generations would remember Chief Justice Ivo Marek as a tireless "
         "champion of justice."],
        documents, sentences_of(documents),
    )  # fmt: skip
    assert true.support == "supported", true.missing
    assert swapped.support != "supported"
    from summarizer.relations.mentions import _quote_marks

    assert _quote_marks('said it was "sickened" by it.') == (1, 1)
    assert _quote_marks("after reading the report. \u201c") == (0, 0)  # a mark split off its quote


def test_a_lede_calling_someone_by_role_names_them_for_the_next_sentence():
    lede = (
        "A {} in Harwick released the video of the shooting of Ana Lind on Monday, calling it "
        'an "accidental discharge." Harwick Police Chief Ivo Marek said the officer meant to '
        "reach for a stun gun but fired a single shot."
    )
    claim = (
        'Chief Ivo Marek described the shooting of Ana Lind as an "accidental discharge" in '
        "which the officer fired a single shot."
    )
    supported_only_with(claim, lede, "police chief", "spokesman")  # a spokesman is another
    # a role a sentence naming them gives them further off
    documents = [
        Document("a", "The harbour physician who served Mayor Ana Lind has denied that he "
                      "drank on duty. Ivo Marek, a doctor and former navy officer, dismissed the "
                      "findings of a watchdog report."),
        Document("b", "Rep. Ivo Marek, an admiral and doctor who worked as the harbour physician "
                      "from 2012 to 2018, was first criticised in 2018."),
    ]  # fmt: skip
    denied = "Ivo Marek, a former harbour physician, has denied that he drank on duty."
    assert checked(denied, documents).support == "supported"


def test_a_party_after_a_state_is_no_name_of_a_person():
    assert_supported(
        "Sen. Ana Lind, an Orsdal Democrat, fired back in a post after the host called her "
        '"deeply unserious" on his Monday show.',
        "That's Sen. Ana Lind, Democrat of Orsdal, firing back in a post after the host called "
        'her "deeply unserious" on his show Monday.',
    )
    assert_supported(
        "Rep. Ivo Marek, a Texas Republican, questioned Lind's patriotism.",
        "Freshman GOP Rep. Ivo Marek (Texas) questioned Lind's patriotism on Wednesday.",
    )
    for other in ("a Texas Democrat", "an Arizona Republican"):
        result = checked(
            f"Rep. Ivo Marek, {other}, questioned Lind's patriotism.",
            [Document("a", "Freshman GOP Rep. Ivo Marek (Texas) questioned Lind's patriotism.")],
        )
        assert result.support != "supported", other


def test_two_names_joined_by_and_are_a_list():
    assert_supported(
        "Lind, who lost her legs in Valdoria, has drawn fire from both Ivo Marek and Rep. Rita "
        "Vos over her call for a national dialogue.",
        "Lind, who lost her legs in Valdoria, called for a national dialogue. Host Ivo Marek "
        "attacked her on his show. The show aired on Monday. Freshman Rep. Rita Vos also took "
        "aim at Lind over her call.",
    )


def test_an_articles_one_weekday_in_its_lede_dates_the_sentences_after_it():
    documents = [
        Document("a", "Shares and bonds fell Wednesday in a broad selloff. The Harwick index "
                      "lost 1,420 points, or 6.7%, in midday trading. The Orsdal index declined "
                      "4.6%. Oil plunged 15%."),
        Document("b", "Shares fell on Monday. Oil rose. Gold was flat. Copper slid. The "
                      "Varga index lost 310 points in midday trading."),
    ]  # fmt: skip
    day, other, far = Attributor(LEXICAL).attribute(
        ["In midday trading on Wednesday the Harwick index was down 1,420 points, or 6.7%, "
         "while the Orsdal index had declined 4.6%.",
         "In midday trading on Thursday the Harwick index was down 1,420 points, or 6.7%, "
         "while the Orsdal index had declined 4.6%.",
         "The Varga index lost 310 points in midday trading on Monday."],
        documents, sentences_of(documents),
    )  # fmt: skip
    assert day.support == "supported", day.missing
    assert "Thursday" in other.missing
    assert "Monday" in far.missing  # too far from the lede


def test_a_role_qualified_by_its_body_names_the_person():
    claim = (
        "Marek's investigation into the bureau's probe of ties between the Lind campaign and "
        "Valdoria found that a lawyer altered a document."
    )
    text = (
        "A lawyer altered a document, Justice Department Inspector General Ivo Marek's "
        "investigation found. The lawyer has left. The bureau declined to comment. The finding is "
        "part of a {} investigation into the bureau's probe of ties between the Lind campaign "
        "and Valdoria."
    )
    assert_supported(claim, text.format("Justice Department inspector general"))
    result = checked(claim, [Document("a", text.format("Senate Intelligence Committee"))])
    assert result.support != "supported"


def test_two_nationalities_before_one_noun_relate_no_one():
    assert_supported(
        "Valdoria handles its diversity imperfectly but better than any European or Asian "
        "nation today.",
        "It is a truism that Valdoria handles its diversity well. Visitors are amazed. It is a "
        "beautiful thing to watch. Not perfectly, of course, but better than any European or "
        "Asian nation today.",
    )


def test_an_abbreviated_title_ends_no_clause():
    from summarizer.facts import clause_starts

    assert clause_starts("Ivo Marek fired back at Sen. Ana Lind on Monday.") == [False] * 7
    assert clause_starts("Michael J. Fox and U.S. Army officers met.") == [False] * 5
    assert clause_starts("Ivo Marek left. Ana Lind stayed.") == [False] * 3 + [True, False, False]
    result = checked(
        "In a post, Ivo Marek fired back at Sen. Ana Lind after she slammed him as unserious.",
        [Document("a", "That's Sen. Ana Lind, Democrat of Orsdal, firing back in a post at "
                       "host Ivo Marek, after he slammed her as unserious on his show.")],
    )  # fmt: skip
    assert result.support != "supported"
    assert any("other way round" in m for m in result.missing), result.missing


def test_a_name_moved_after_the_claims_opening_words_is_displaced():
    from summarizer.relations.displaced import displaced

    source = (
        "Attorneys for Rita Vos, who was arrested July 2, have argued that she had no contact "
        "with Ivo Marek for a decade."
    )
    texts = [(tokens(source), token_gaps(source))]
    moved = "Attorneys for Ana Lind, who was arrested July 2, have argued that she had no contact."
    kept = "Attorneys for Rita Vos have argued that she had no contact with Ivo Marek."
    assert displaced(claim_of(moved), texts) == ["Ana Lind / Rita Vos"]
    assert displaced(claim_of(kept), texts) == []


def test_two_names_given_each_others_figures_are_swapped():
    documents = [
        Document("a", "Shares fell on Friday. The Harwick index lost 1,420 points, or 6.7%, in "
                      "midday trading. The Orsdal Composite declined 4.6% and oil fell."),
    ]  # fmt: skip
    passes_and_flags(
        "The Harwick index lost 1,420 points, or 6.7%, while the Orsdal Composite declined 4.6%.",
        "The Orsdal Composite lost 1,420 points, or 6.7%, while the Harwick index declined 4.6%.",
        documents,
        "Orsdal Composite / Harwick figures the other way round",
    )


def test_members_after_a_sentence_naming_a_group_are_that_group():
    text = (
        "The request comes as Harbour Committee Democrats held a briefing led by Chair Ivo "
        "Marek. A source said that {} were 'animated' in trying to figure out who at the Orsdal "
        "Ministry was behind the effort to seize their records."
    )
    claim = (
        "A source said Harbour Committee Democrats were 'animated' in trying to figure out who "
        "at the Orsdal Ministry was behind the effort to seize their records."
    )
    supported_only_with(claim, text, "members", "officials")  # the officials are others


def test_a_list_member_put_in_anothers_place_is_flagged():
    documents = [
        Document("a", "The answer mixes two theories, the first laid out in Ivo Marek's The "
                      "Harbour Years, and the second in The Long Tide by Ana Lind and Rita Vos."),
    ]  # fmt: skip
    passes_and_flags(
        "The second theory comes from The Long Tide, a book by Ana Lind and Rita Vos.",
        "The second theory comes from The Long Tide, a book by Ivo Marek and Rita Vos.",
        documents,
        "Ivo Marek / Ana Lind",
    )


def test_a_name_made_an_adjective_by_a_prefix_is_no_modifier():
    from summarizer.relations.displaced import modifier_displaced

    source = (
        'The House voted to condemn the online pro-Marek conspiracy theory known as "Harbourgate."'
    )
    texts = [(tokens(source), token_gaps(source))]
    text = "The House resolution condemning the Harbourgate conspiracy theory passed."
    assert modifier_displaced(claim_of(text), texts) == []
    other = "The House voted to condemn the online Marek conspiracy theory."
    texts = [(tokens(other), token_gaps(other))]
    assert modifier_displaced(claim_of(text), texts) == ["Harbourgate / Marek"]


def test_a_nationality_is_not_displaced_and_a_day_relates_no_one():
    assert_supported(
        "Officials concluded with high confidence that Valdorian security services poisoned "
        "Ivo Marek last year.",
        "Officials concluded with high confidence that Ivo Marek was poisoned last year by the "
        "Valdorian security services.",
    )
    assert_supported(
        "Lind is marking International Harbour Day by ordering the Orsdal Ministry to review "
        "the Marek-era rule.",
        "Lind is marking International Harbour Day with new orders. One order directs the "
        "Orsdal Ministry to review the rule. The rule was issued in the Marek era.",
    )


def test_a_role_apposed_before_a_name_the_sources_give_another_is_flagged():
    from summarizer.relations.roles import apposed_roles

    documents = [
        Document("a", "The council condemned the scheme, but Orsdal Rep. Rita Vos, a libertarian, "
                      "voted against it."),
        Document("b", "Nine members opposed the resolution, whose sponsor Councillor Ivo Marek "
                      "said he has received threats."),
    ]  # fmt: skip
    evidence = evidence_of(documents)

    def found(text: str) -> list[str]:
        return apposed_roles(claim_of(text), evidence)

    assert found("The resolution's sponsor, Councillor Ivo Marek, said he was threatened.") == []
    assert found("The resolution's sponsor, Representative Rita Vos, said he was threatened.") == [
        "Representative Rita Vos / Councillor Ivo Marek"
    ]
    # a comma closing an opening phrase sets off no apposition
    assert found("Defending the resolution's sponsor, Rita Vos said he was threatened.") == []
    assert found("After a call from the sponsor, Rita Vos said he was threatened.") == []
    from summarizer.relations.words import is_person

    assert is_person("Democrat Representative Ivo Marek")
    assert not any(map(is_person, ["Tuesday", "White House", "NBC News", "Harwick Times"]))


# Fourteenth session: what flagged true claims of long, Multi-News-style clusters (mla, mlb)


def test_one_side_of_a_vote_is_no_count_a_name_owns():
    from summarizer.relations.swaps import figure_owners

    text = "The Senate approved it 20-13 and the Assembly 62-37, both along party lines."
    assert figure_owners(text, extract_facts(text)) == ()
    text = "The Senate has 33 seats and the Assembly 99."
    assert [
        (" ".join(name), n.surface) for name, n in figure_owners(text, extract_facts(text))
    ] == [
        ("Senate", "33"),
        ("Assembly", "99"),
    ]


def test_an_outlet_named_by_what_it_is_is_no_fact_of_the_story():
    from summarizer.facts import claim_stems

    assert claim_stems("Oakes apologized to residents, a local TV station reports.") == [
        "oak", "apolog", "resid",
    ]  # fmt: skip
    assert claim_stems("He told the paper that the storm hit the paper mill.") == [
        "storm", "hit", "paper", "mill",
    ]  # fmt: skip
    assert "station" in claim_stems("The station flooded, a local paper says.")
    assert_supported(
        "A Harwick pharmacist tells a local TV station she has had about 60 calls since the "
        "recall was announced.",
        '"We have had probably 60 calls since the recall was announced," said Harwick '
        "pharmacist Ana Ruiz.",
    )


def test_a_figure_from_a_name_is_that_names_figure():
    assert_supported(
        "Harwick lost 118-104 despite 22 points and 14 rebounds from center Oscar Lind.",
        "Denby beat Harwick 118-104 on Wednesday night. Center Oscar Lind had 22 points and 14 "
        "rebounds for Harwick, which has lost four of five.",
    )


def test_a_speaker_named_by_a_common_noun_ends_the_words_of_the_one_before():
    assert_supported(
        "Manager Tom Reyes said the club expects Moss to honor his contract, while the players' "
        "union said it was reviewing the suspension and weighing a formal grievance.",
        "Manager Tom Reyes said the club expects Moss to honor his contract.",
        "The players' union said it was reviewing the suspension and weighing a formal grievance.",
    )


def test_a_place_after_a_comma_does_no_deed():
    assert_supported(
        "Storm Talia came ashore near Morgan Bay, Louisiana, early Tuesday as a Category 3 storm.",
        "Storm Talia roared ashore near Morgan Bay early Tuesday as a Category 3 storm.",
        "Storm Talia made landfall near Morgan Bay, La., as a Category 3 storm.",
    )


def test_two_ages_of_people_described_alike_are_two_people():
    from summarizer.facts import same_thing

    documents = [
        Document("a", "A 67-year-old man died in Houma when a tree fell on his house."),
        Document("b", "A 43-year-old man was electrocuted by a downed power line."),
    ]  # fmt: skip
    result = checked("Among the dead was a 67-year-old Houma man killed when a tree fell on his "
                     "house.", documents)  # fmt: skip
    assert result.support == "supported", result.missing
    (a,) = extract_facts("the 30-year-old gunman was arrested").numbers
    (b,) = extract_facts("the 36-year-old gunman was arrested").numbers
    assert same_thing(a, b)
    (decade,) = extract_facts("a 1960s-era bridge in Akron").numbers
    (age,) = extract_facts("a 58-year-old bridge in Akron").numbers
    assert not same_thing(decade, age) and not same_thing(age, decade)
    (own,) = extract_facts("A 29-year-old Austin nurse filed the suit.").numbers
    assert own.owner == ()
    (own,) = extract_facts("The 28-year-old Lee Rodarte was charged.").numbers
    assert own.owner == ("lee", "rodarte")


def test_an_outlet_reporting_is_no_role_another_reporter_takes():
    assert_supported(
        "Britain's data regulator is making enquiries into the breach, the London Evening "
        "Record reports.",
        "Threadline reported that Britain's data regulator is making enquiries into the breach.",
    )


def test_an_about_figure_is_borne_out_by_another_about_figure():
    from summarizer.facts import agrees, compatible

    (claim,) = extract_facts("about 6 million accounts").numbers
    (source,) = extract_facts("about 6.1 million accounts").numbers
    assert agrees(claim, source)
    (source,) = extract_facts("about 7.1 million accounts").numbers
    assert not agrees(claim, source)
    # an odd figure is no rough one: "around 450,003" conflicts with "around 450,000"
    (odd,) = extract_facts("around 450003 pounds").numbers
    (rough,) = extract_facts("around 450,000 pounds").numbers
    assert not compatible(odd, rough)


def test_a_quote_before_the_speaker_is_the_speakers():
    documents = [
        Document("a", '"We love Moss, but we have games to play," center Oscar Lind said.'),
        Document("b", '"We competed. We just could not sustain it," coach Alan Bright said.'),
    ]  # fmt: skip
    for claim in ('"We love Moss, but we have games to play," coach Alan Bright said.',
                  '"We love Moss, but we have games to play," coach Alan Bright said after the '
                  "game."):  # fmt: skip
        result = checked(claim, documents)
        assert result.support != "supported"
        assert "Alan Bright said" in result.missing
    for claim in ('"We love Moss, but we have games to play," center Oscar Lind said.',
                  '"We love Moss, but we have games to play," center Oscar Lind said after the '
                  "game."):  # fmt: skip
        assert checked(claim, documents).support == "supported", claim


def test_what_follows_saying_is_the_opening_names():
    documents = [
        Document("a", "Speaker Ana Lind set an override vote for Thursday. Lind said the chamber "
                      "would override the veto of the budget."),
        Document("b", "Republicans had already lined up the Democratic votes they needed for "
                      "the override, party aides said."),
    ]  # fmt: skip
    claim = ("Speaker Ana Lind set an override vote for Thursday, saying the chamber would "
             "override the veto of the budget.")  # fmt: skip
    assert checked(claim, documents).support == "supported"
    claim = ("Speaker Ana Lind set an override vote for Thursday, saying Republicans had already "
             "lined up the Democratic votes they needed.")  # fmt: skip
    result = checked(claim, documents)
    assert result.support != "supported"
    assert "Speaker Ana Lind said" in result.missing


def test_she_goes_on_naming_the_one_named_before():
    assert_supported(
        "Carla Vance tells the Harwick Ledger that about 40 pages of the report her family "
        "received were blacked out.",
        "In her testimony, Carla Vance told lawmakers her daughter was killed by a checklist. She "
        "also asked the panel to give families the full reports. The copy of the report that the "
        "family received had about 40 pages blacked out, she told the Ledger.",
    )


def test_what_something_else_did_meanwhile_is_no_speakers_word():
    assert_supported(
        "Chief executive Philip Marno said the company was heartbroken and cooperating with "
        "investigators, as the state safety agency opened its own inquiry into the blast at "
        "the Tolland plant.",
        'Chief executive Philip Marno said the company was "heartbroken" and was "cooperating '
        'with investigators."',
        "The state safety agency has opened its own inquiry into the blast at the Tolland plant.",
    )


def test_due_to_before_a_verb_links_nothing():
    assert_supported(
        "The dead included Gerald Pruitt, 58, who had worked at the plant for 31 years and was "
        "due to retire in the spring.",
        "The dead included Gerald Pruitt, 58, who had worked at the plant for 31 years.",
        "Pruitt had planned to travel with his wife. He was due to retire in the spring.",
    )
    from summarizer.relations.roles import LINK

    assert LINK.search("closed due to the storm") and LINK.search("cut due to shortages")
    assert not LINK.search("she was due to play two shows")


def test_a_figure_is_taken_from_the_sentence_next_to_a_cited_one():
    assert_supported(
        "State regulators cited the plant in 2022 for letting combustible dust build up, "
        "proposing a $27,500 fine that was later cut to $16,000.",
        "State regulators cited the company in 2022 for allowing combustible dust to build up "
        "in the plant. Inspectors proposed a $27,500 fine. Ridgeline contested the citation, and "
        "the penalty was reduced to $16,000 in a settlement.",
    )


def test_half_a_unit_is_no_share():
    assert not extract_facts("the county's half-percent threshold").numbers
    assert not extract_facts("a half-point rise in rates").numbers
    (half,) = extract_facts("half the seats").numbers
    assert half.value == 50.0 and half.share


def test_a_weekday_in_anothers_place_is_when_not_where():
    assert_supported(
        "Calla Moore announced on Instagram on Thursday that she was cancelling the rest of her "
        "world tour.",
        "Calla Moore announced on Thursday that she was cancelling the rest of her world tour, "
        "in a post on Instagram.",
    )


def test_a_name_in_a_title_before_another_describes_it():
    assert_supported(
        "Attorney General Laura Pettis sued Ohio-based drug distributor Carrow Supply on Tuesday.",
        "Attorney General Laura Pettis on Tuesday sued Carrow Supply, an Ohio drug wholesaler.",
    )
    assert_supported(
        "London laryngologist Alun Price calls three months of rest the minimum.",
        "Alun Price, a consultant laryngologist in London, said three months of rest was the "
        "minimum.",
    )


def test_a_hyphened_modifier_is_a_clause_turned_round():
    assert_supported(
        "A second bleed can cause career-ending scarring, a specialist warned.",
        '"A second bleed can scar, and scarring is the thing that ends careers," a specialist '
        "warned.",
    )


def test_the_words_round_a_figure_stop_at_the_next_figure():
    documents = [Document("a", "By the agency's count, 241 passengers and 37 crew members fell "
                               "ill during the voyage.")]  # fmt: skip
    claim = "By the agency's count, {} passengers and {} crew members fell ill during the voyage."
    assert checked(claim.format(241, 37), documents).support == "supported"
    assert checked(claim.format(37, 241), documents).support != "supported"


def test_a_quote_someone_calls_something_is_theirs():
    documents = [
        Document("a", 'Lawyer Jonathan Pike said the settlement was "one of the largest age '
                      'discrimination recoveries in the industry."'),
        Document("b", "Spokeswoman Megan Cho said the company denies the allegations."),
    ]  # fmt: skip
    claim = ('{} called the settlement "one of the largest age discrimination recoveries in the '
             'industry."')  # fmt: skip
    assert checked(claim.format("Lawyer Jonathan Pike"), documents).support == "supported"
    result = checked(claim.format("Spokeswoman Megan Cho"), documents)
    assert "Spokeswoman Megan Cho said" in result.missing


def test_a_quotation_needs_a_sentence_naming_its_speaker():
    documents = [
        Document("a", 'Adeyemi said the outcome settled nothing. "The prime minister has survived '
                      'tonight, but she has not been vindicated," he told reporters.'),
        Document("b", "MP Daniel Thorne said he could not back the prime minister in the vote on "
                      "the result."),
    ]  # fmt: skip
    claim = ('{} said of the result that the prime minister "has survived tonight, but she has '
             'not been vindicated."')  # fmt: skip
    assert checked(claim.format("Adeyemi"), documents).support == "supported"
    assert "Thorne said" in checked(claim.format("Thorne"), documents).missing
    # ", but she has" inside the quotation goes on with it
    from summarizer.relations.speakers import _TURN

    assert not _TURN.search('"has survived tonight, but she has not been vindicated."')
    assert _TURN.search("lost power, and state regulators have promised an inquiry")


def test_a_unit_glued_to_a_figure_leaves_the_figure():
    assert tokens("weighs about 14kg over 5km") == ["weighs", "about", "14", "kg", "over", "5",
                                                     "km"]  # fmt: skip
    documents = [Document("a", "Police told people not to approach the animal, which weighs "
                               "about 14kg.")]  # fmt: skip
    claim = "Police told people not to approach the animal, which weighs about {}kg."
    assert checked(claim.format(14), documents).support == "supported"
    assert checked(claim.format(24), documents).support != "supported"


def test_a_possessive_opening_a_name_is_a_name_of_its_own():
    assert extract_facts("Dayton's Kelsey Moran won the race.").opener == "Dayton's"
    documents = [Document("a", "Kelsey Moran, 31, of Akron, won the women's race in 2:31:05.")]
    assert checked("Akron's Kelsey Moran won the women's race in 2:31:05.", documents).support == (
        "supported"
    )
    result = checked("Dayton's Kelsey Moran won the women's race in 2:31:05.", documents)
    assert result.support != "supported"


def test_her_after_a_named_sentence_goes_on_about_them():
    from summarizer.relations.mentions import names_for_claim

    documents = [Document("a", '"I just started running," Royce said. Her son, Mason, 8, a '
                               "third-grader, broke his collarbone.")]  # fmt: skip
    evidence = evidence_of(documents)
    text = "Jenna Royce tells the Messenger that her 8-year-old son, a third-grader, broke his "
    claim = claim_of(text + "collarbone.")
    window = next(i for i, c in enumerate(evidence.candidates) if c.size == 2)
    assert names_for_claim(claim, ("Royce",), evidence, window)


def test_a_spokeswoman_speaks_for_the_body():
    assert_supported(
        "Homeland Security says it will appeal, with a department spokeswoman saying it "
        '"strongly" disagrees with the decision.',
        'The Department of Homeland Security said it would appeal. "We strongly disagree with '
        'this decision," department spokeswoman Laura Brennick said.',
    )


def test_more_than_a_dozen_is_borne_out_by_fourteen():
    (dozen,) = extract_facts("More than a dozen children were hurt.").numbers
    assert dozen.bound == ">"
    assert_supported(
        "More than a dozen children were hurt Thursday when a pickup truck hit a school bus.",
        "A pickup truck hit a school bus on Thursday morning, injuring 14 children.",
    )


def test_lives_lost_are_people_killed():
    from summarizer.facts import states, word_set

    (lives,) = extract_facts("The ship sank with the loss of 46 lives.").numbers
    text = "The steamship sank 138 years ago, killing 46 people."
    assert states(lives, extract_facts(text, ones=True), word_set(text), near=True)
    text = "The steamship sank 46 miles off the coast."
    assert not states(lives, extract_facts(text, ones=True), word_set(text), near=True)


def test_a_shorter_form_of_the_same_name_is_no_other_name():
    from summarizer.relations.roles import usurped

    documents = [Document("a", "Sunvale canceled hundreds of flights after an update failed.")]
    evidence = evidence_of(documents)
    text = "Sunvale Airlines canceled hundreds of flights after an update failed."
    assert usurped(claim_of(text), evidence, 0) == []
    text = "Harwick Air canceled hundreds of flights after an update failed."
    assert usurped(claim_of(text), evidence, 0) == ["Harwick Air / Sunvale"]
    assert_supported(
        "In the Dallas area, roughly 300,000 Oncor customers lost power.",
        "In the Dallas-Fort Worth area, roughly 300,000 Oncor customers lost power.",
    )
    assert_supported(
        "Millbrook Mayor Greg Lind will resign, days after the Millbrook Ledger published his text "
        "messages.",
        "Millbrook Mayor Greg Lind will resign, days after the Ledger published his text "
        "messages. The Millbrook Ledger obtained the messages in May.",
    )


def test_after_hours_links_nothing():
    from summarizer.relations.roles import LINK

    assert not LINK.search("Its shares fell 14% in after-hours trading.")
    assert LINK.search("Its shares fell 14% after the report.")


def test_a_new_clause_on_something_else_ends_a_speakers_words():
    assert_supported(
        "CenterPoint says about 410,000 of its customers lost power at the peak, and state "
        "regulators have promised to investigate why the two gas units failed.",
        "At the peak, about 410,000 CenterPoint customers lost power, CenterPoint said.",
        "State regulators have promised to investigate why the two gas units failed.",
    )


def test_a_role_inside_a_compound_the_sources_use_is_theirs():
    assert_supported(
        "One of the plaintiffs, retired teacher Gloria Banks, says the map split her street.",
        '"The map split my street," said Gloria Banks, 67, a retired schoolteacher and one of '
        "the plaintiffs.",
    )


def test_an_outlet_cited_by_name_is_no_fact_and_a_short_form_is_the_same_outlet():
    from summarizer.facts import claim_stems

    assert claim_stems("It was in court records cited by the Abilene Sentinel.") == [
        "court", "record",
    ]  # fmt: skip
    assert_supported(
        '"My hands were shaking," clerk Shonda Reed, 34, tells the Southwest Oklahoma Courier.',
        '"My hands were shaking," Shonda Reed, 34, a clerk, told the Courier.',
    )


def test_a_figure_in_a_place_is_that_places():
    from summarizer.relations.swaps import figure_owners

    text = "Tornadoes killed nine people in Arkansas: six in Millbrook and three in Cass Junction."
    owned = [(" ".join(name), n.surface) for name, n in figure_owners(text, extract_facts(text))]
    assert owned == [("Millbrook", "six"), ("Cass Junction", "three")]


def test_ceo_before_a_name_is_a_title():
    assert extract_facts("CEO Laura Pemberton called the filing necessary.").entities == (
        ("Laura", "Pemberton"),
    )


def test_an_anchor_is_a_role():
    from summarizer.relations.naming import introduced

    text = ("A Spokane television anchor who read the evening news for three decades signed off "
            "Friday. Hal Brennan, 68, thanked his viewers. Brennan was the evening anchor on "
            "Spokane television for decades.")  # fmt: skip
    documents = [Document("0", text)]
    evidence = evidence_of(documents)
    lede = next(i for i, c in enumerate(evidence.candidates) if c.size == 1 and c.sentence == 0)
    assert introduced(("Hal", "Brennan"), evidence, lede)


TOWER = [
    Document("a", 'Ama Quaye, the county health director, said: "A cooling tower does not breed '
                  'bacteria overnight." The outbreak has sickened 31 guests.'),
    Document("b", "The hotel's general manager, Lena Brandt, said the hotel had followed every "
                  "rule on water safety."),
]  # fmt: skip


@pytest.mark.parametrize(
    "claim",
    ['"A cooling tower does not breed bacteria overnight," said {}.',
     '{} said "a cooling tower does not breed bacteria overnight."'],
)  # fmt: skip
def test_a_quote_given_to_a_speaker_named_by_a_title_phrase_or_before_the_quote_is_checked(claim):
    # "said the hotel's general manager, Lena Brandt" and 'Brandt said "...' both name a
    # speaker of the quotation
    true = claim.format("the county health director, Ama Quaye")
    assert checked(true[:1].upper() + true[1:], TOWER).support == "supported"
    swapped = claim.format("the hotel's general manager, Lena Brandt")
    result = checked(swapped[:1].upper() + swapped[1:], TOWER)
    assert "Lena Brandt said" in result.missing


WRECK = [
    Document("a", "Photographer Sian Hughes spotted the ship's bell on 23 August."),
    Document("b", "Team leader Gareth Pryce was nearby, five metres away from Hughes at the "
                  "time, the team said."),
]  # fmt: skip


@pytest.mark.parametrize("verb", ["spotted", "found"])  # "found" is a scikit-learn stop word
def test_a_deed_another_cited_sentence_gives_someone_else_is_not_the_claims_names(verb):
    # the best citation names Pryce, another has Hughes spot the bell, none has Pryce spot it
    true = f"Photographer Sian Hughes {verb} the ship's bell while Gareth Pryce was nearby."
    swapped = f"Team leader Gareth Pryce {verb} the ship's bell while Sian Hughes was nearby."
    documents = [Document("a", WRECK[0].text.replace("spotted", verb)), WRECK[1]]
    passes_and_flags(true, swapped, documents, "Gareth Pryce / Hughes")


@pytest.mark.parametrize(
    ("text", "claim"),
    [('Council member Rosa Diaz called the package "a blank check for a man who owns half the '
      'waterfront." Mayor Tom Reed said the package would bring jobs to the waterfront.',
      '{} dismissed the package as "a blank check for a man who owns half the waterfront."'),
     ('Finance chief Ada Marsh conceded that the boom had been "a sugar high." Chief executive '
      'Lena Pike said stores would close.',
      '{} conceded that the boom had been "a sugar high."'),
     ('Finance chief Ada Marsh assured the board, "you will be paid in full." Chief executive '
      'Lena Pike said stores would close.',
      '{} assured the board, "you will be paid in full."')],
)  # fmt: skip
def test_dismissing_conceding_and_assuring_give_a_speakers_words(text, claim):
    first_text, second_text = re.split(r"(?<=\.\"|\.”) ", text)
    documents = [Document("a", first_text), Document("b", second_text)]
    first, second = re.findall(r"(?:Council member|Mayor|Finance chief|Chief executive) \w+ \w+",
                               text)  # fmt: skip
    assert checked(claim.format(first), documents).support == "supported"
    result = checked(claim.format(second), documents)
    assert result.support != "supported"
    assert any(m.endswith(f"{second.split()[-1]} said") for m in result.missing), result.missing


def test_a_name_another_citation_gives_another_first_name_is_changed():
    # The sources name a Terrence Pruitt, but the one killed is Raymond; "Mr. Pruitt" alone
    # does not make him Terrence.
    documents = [
        Document("a", "Lamont Reese was convicted in 1990 of killing Raymond Pruitt."),
        Document("b", "Reese served 30 years for the killing of Mr. Pruitt, a store clerk. "
                      "Pruitt's nephew, Terrence Pruitt, said the family was stunned."),
    ]  # fmt: skip
    claim = ("Reese, convicted in 1990, served 30 years for the killing of {} Pruitt, a store "
             "clerk.")  # fmt: skip
    passes_and_flags(
        claim.format("Raymond"), claim.format("Terrence"), documents, "Terrence Pruitt"
    )


@pytest.mark.parametrize("verb", ["wrote to", "noted in a letter to"])
def test_a_person_who_wrote_or_noted_is_no_news_outlet(verb):
    documents = [
        Document("a", "Marwood's chief executive Anders Holmqvist has written to all staff "
                      "urging them to accept the offer."),
    ]  # fmt: skip
    claim = f"Marwood chief executive {{}} {verb} staff, urging them to accept the offer."
    (result,) = attribute([claim.format("Henrik Lindahl")], documents)
    assert result.support != "supported" and "Henrik Lindahl" in result.missing
    # an outlet that notes something is still where the summary read it
    assert extract_facts("The Marwood Post notes that staff were urged to accept.").entities == ()


@pytest.mark.parametrize(
    ("texts", "claim"),
    [(["Amos Kiptoo of Kenya crossed the line first and won the Lakeside Marathon on Sunday.",
       "In the women's race, the Kenyan won by two minutes, setting a course record."],
      "Kenya's Amos Kiptoo won the Lakeside Marathon on Sunday, setting a course record."),
     (["The Harbour Gallery in Falmouth bought the painting in 1994 and tested it last year.",
       "Conservators at the Harbour Gallery found phthalocyanine blue in the painting."],
      "The Harbour Gallery in Falmouth found phthalocyanine blue in the painting it bought in "
      "1994.")],
)  # fmt: skip
def test_a_deed_of_a_word_or_a_place_in_another_citation_takes_nobodys_place(texts, claim):
    # "the Kenyan won" names no one else who won; "the gallery in Falmouth found": Falmouth
    # found nothing
    assert_supported(claim, *texts)


def test_a_capitalised_word_after_a_name_is_no_deed_another_name_usurps():
    # "Sunday's Harbor City Marathon": "Harbor" is no deed that "Inner Harbor" does
    assert_supported(
        "Ana Ruiz, 34, collapsed near the finish of Sunday's Harbor City Marathon and died.",
        "Ana Ruiz, 34, collapsed near the finish by the Inner Harbor and died.",
        "Ruiz was running the Harbor City Marathon on Sunday, her third.",
    )


def test_a_shares_words_go_past_what_it_is_a_share_of():
    # "15% of the money will go directly to cities": "go directly" tells what the 15% is, as in
    # the source's "15% will go directly to cities"
    documents = [
        Document("a", "Under the deal, 85% of the money goes to a state recovery fund, and 15% "
                      "will go directly to cities and counties."),
    ]  # fmt: skip
    claim = "{}% of the money will go directly to cities and counties, under the deal."
    passes_and_flags(claim.format(15), claim.format(25), documents, "25%")


def test_a_sentence_calling_the_speaker_by_the_claims_title_names_them():
    documents = [
        Document("a", '"We could not keep propping up a government that hides the rail '
                      'contract," the Rural Democrats leader told the Courier.'),
        Document("b", "The party's leader, Edgars Vitols, said his lawmakers had lost faith."),
        Document("c", "Prime Minister Ilze Ozola said the government had lost the people's trust."),
    ]  # fmt: skip
    true = ("Rural Democrats leader Edgars Vitols said his party could not keep propping up a "
            "government that hides the rail contract.")  # fmt: skip
    swapped = (
        "Rural Democrats leader Edgars Vitols said the government had lost the people's trust."
    )
    passes_and_flags(true, swapped, documents, "Edgars Vitols said")


COLUMN = (
    "The harbour plan\n\nBy Lena Hart\n\nThe harbour plan is a waste of public money. Mayor Tom "
    "Reyes said the plan would create 200 jobs. Nobody believes that figure. The council should "
    "scrap the plan before the spring vote.\n\nAbout us. Contact us. All rights reserved."
)
COLUMN_NOTE = COLUMN.replace("By Lena Hart\n\n", "").replace(
    "\n\nAbout", "\n\nLena Hart, a former editorial writer, writes on city politics.\n\nAbout"
)


@pytest.mark.parametrize("text", [COLUMN, COLUMN_NOTE])
def test_a_columns_writer_says_what_the_column_says_but_not_whom_it_quotes(text):
    docs = [Document("a", text)]
    writer, fused, quoted, other = Attributor(LEXICAL).attribute(
        ["Lena Hart says the harbour plan is a waste of public money.",
         "Hart argues that the harbour plan is a waste of public money and that the council "
         "should scrap it before the spring vote.",
         "Lena Hart said the harbour plan would create 200 jobs.",
         "Tom Reyes said the council should scrap the plan before the spring vote."],
        docs, sentences_of(docs),
    )  # fmt: skip
    assert writer.support == "supported", writer.missing
    assert fused.support == "supported", fused.missing
    assert quoted.support != "supported", "whom the column quotes said that"
    assert other.support != "supported"


def test_an_expert_a_news_story_introduces_did_not_write_it():
    text = (
        "The harbour plan would cost 3 million pounds, the council said on Monday. The vote is "
        "in the spring. Lena Hart is a professor of economics at Tollen University."
    )
    docs = [Document("a", text)]
    (result,) = Attributor(LEXICAL).attribute(
        ["Lena Hart said the vote on the harbour plan is in the spring."], docs, sentences_of(docs)
    )
    assert result.support != "supported", "a professor the story names did not write it"


SUIT = [
    Document("a", "The couple sued the production company, Big Coat, in federal court on Monday. "
                  "Maria Armstrong, Big Coat's chief executive, said the company would defend "
                  "itself against what she called false claims."),
    Document("b", '"One of the things they are doing in this lawsuit is kind of blowing the '
                  'secrecy off reality TV," said legal analyst Lisa Bloom.'),
]  # fmt: skip


def test_a_quotation_given_to_a_speaker_set_off_by_an_apposition_is_checked():
    claim = '{}, {}, said the lawsuit was "kind of blowing the secrecy off reality TV."'
    assert checked(claim.format("Lisa Bloom", "a legal analyst"), SUIT).support == "supported"
    result = checked(claim.format("Maria Armstrong", "Big Coat's chief executive"), SUIT)
    assert "Maria Armstrong said" in result.missing
    # only the quotation in the speaker's own clause is theirs, not another's after ", and"
    other = ('Maria Armstrong, Big Coat\'s chief executive, said the company would defend itself, '
             'and legal analyst Lisa Bloom said the suit was "kind of blowing the secrecy off '
             'reality TV."')  # fmt: skip
    assert "Maria Armstrong said" not in checked(other, SUIT).missing


CONTRACTS = [
    Document("a", "The Air Force stripped Boeing of seven rocket-launch contracts on Thursday. "
                  "Boeing said it would cooperate fully with the investigation."),
    Document("b", "The penalties were among the harshest ever imposed on a defence contractor, "
                  "the Air Force said."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("claim", "intent"),
    [("Boeing said it would appeal the Air Force's decision to strip its contracts.",
      "would appeal"),
     ("Boeing has vowed to challenge the penalties imposed by the Air Force.",
      "vowed to challenge"),
     ("Boeing has agreed to compensate the Air Force for the cost of the investigation.",
      "agreed to compensate")],
)  # fmt: skip
def test_an_intention_with_a_verb_no_source_uses_is_flagged(claim, intent):
    result = checked(claim, CONTRACTS)
    assert result.support != "supported" and intent in result.missing
    assert checked("Boeing said it would cooperate fully with the investigation.",
                   CONTRACTS).support == "supported"  # fmt: skip
    # a verb of little meaning of its own is left to the words after it
    from summarizer.evidence import build
    from summarizer.relations.speakers import unheard_intent

    text = "Boeing said it would take part in the investigation."
    light = claim_of(text)
    evidence = build(CONTRACTS, sentences_of(CONTRACTS), 1, None)
    assert unheard_intent(light, evidence) == []
    (appeal,) = unheard_intent(claim_of(claim), evidence)
    assert appeal[0] == intent and claim[appeal[1] :].startswith(intent)


def test_an_intention_said_in_other_words_is_not_flagged_with_embeddings():
    from summarizer.embed import bundled_embedder

    documents = [
        Document("a", "Veltrix apologised for the software error on Monday. The company said "
                      "it will pay for an independent review of its software testing."),
    ]  # fmt: skip
    claim = "Veltrix said it would fund an independent review of its software testing."
    (lexical,) = attribute([claim], documents)
    assert "would fund" in lexical.missing  # "fund" is a word no source uses
    (embedded,) = attribute([claim], documents, AttributeConfig(), bundled_embedder())
    assert "would fund" not in embedded.missing


RECALL_VOTE = [
    Document("a", "Councilmember Marcus Ybarra said the housing deal was a bad contract for the "
                  "city."),
    Document("b", '"This was a bad contract. It was not a crime," said Councilmember Tina Ruelas, '
                  "who voted against the recall."),
]  # fmt: skip


def test_a_quotation_needs_most_of_its_words_in_a_sentence_naming_its_speaker():
    # Ybarra's own sentence has "bad contract" but not the crime: the quotation is Ruelas's
    claim = '{} said "this was a bad contract. It was not a crime."'
    assert checked(claim.format("Councilmember Tina Ruelas"), RECALL_VOTE).support == "supported"
    result = checked(claim.format("Councilmember Marcus Ybarra"), RECALL_VOTE)
    assert "Councilmember Marcus Ybarra said" in result.missing


def test_clearing_the_caches_forgets_what_was_found_in_texts():
    # the benchmark of articles never seen clears them: a text's outlets are found anew
    from summarizer.facts.media import attribution_tokens, media_spans

    attributor = Attributor(LEXICAL)
    attributor.attribute(["Twelve workers were hurt, the Courier reports."], RIOT,
                         sentences_of(RIOT))  # fmt: skip
    assert attribution_tokens.cache_info().currsize and media_spans.cache_info().currsize
    attributor.clear_caches()
    assert attribution_tokens.cache_info().currsize == 0 == media_spans.cache_info().currsize


def test_an_active_verb_joined_to_a_passive_has_the_one_it_was_done_to_do_it():
    # "jailed by Corvia and serving a sentence": Venn serves it, not Corvia
    documents = [
        Document("a", "Dario Venn, a union organiser jailed by Corvia, plans to stand for mayor, "
                      "a friend of his said. Corvia will not free Venn, who is serving a nine-year "
                      "sentence for his part in the Harbour Street strike."),
    ]  # fmt: skip
    claim = ("Dario Venn, a union organiser jailed by Corvia and serving a nine-year sentence "
             "for his part in the Harbour Street strike, plans to stand for mayor, a friend "
             "said.")  # fmt: skip
    (result,) = Attributor(AttributeConfig(use_embeddings=False)).attribute(
        [claim], documents, sentences_of(documents)
    )
    assert result.support == "supported", result.missing


FOUNDATION = [
    Document("a", "Taking advantage of the momentum, the Halden Rivers Foundation is drumming up "
                  "support for the reservoir. The group has collected $80,000 in donations to "
                  "take out a full-page ad in The Ledger Times to promote the reservoir plan."),
    Document("b", "The Halden Rivers Foundation was set up in 1998. The Halden Rivers Foundation "
                  "runs two boats. Critics of the Halden Rivers Foundation say the reservoir is "
                  "too costly."),
]  # fmt: skip


def test_the_group_after_a_sentence_naming_a_body_is_that_body():
    claim = ("The {} has collected $80,000 in donations to pay for a full-page advertisement in "
             "The Ledger Times promoting the reservoir plan.")  # fmt: skip
    result = checked(claim.format("Halden Rivers Foundation"), FOUNDATION)
    assert result.support == "supported", result.missing
    result = checked(claim.format("Orla Valley Foundation"), FOUNDATION)
    assert result.support != "supported" and "Orla Valley Foundation" in result.missing
    # a sentence naming two bodies before "the group" leaves open which one it is
    both = "the Halden Rivers Foundation and the Orla Valley Foundation are"
    two = [Document("a", FOUNDATION[0].text.replace("the Halden Rivers Foundation is", both)),
           FOUNDATION[1]]  # fmt: skip
    assert checked(claim.format("Halden Rivers Foundation"), two).support != "supported"


def test_a_first_name_spelled_another_way_is_the_same_name():
    documents = [
        Document("a", "Parliament Speaker Rauhi Fattouh was sworn in as the caretaker leader."),
        Document("b", "Rouhi Fatouh, the parliament speaker, was sworn in within hours."),
    ]
    claim = "Parliament speaker {} Fattouh was sworn in as the caretaker leader."
    assert checked(claim.format("Rouhi"), documents).support == "supported"
    assert checked(claim.format("Ramzi"), documents).support != "supported"
    from summarizer.relations.naming import _spelled_otherwise

    assert _spelled_otherwise("Rauhi", ["rouhi"]) and _spelled_otherwise("Mohammad", ["mohamed"])
    assert not _spelled_otherwise("Ramzi", ["rouhi"]) and not _spelled_otherwise("Jon", ["john"])


def flagged_but_not(source: str | list[Document], wrong: str, message: str, true: str) -> None:
    """Against ``source`` (one article's text, or the articles), ``wrong`` lists ``message``
    missing; ``true`` holds."""
    documents = [Document("a", source)] if isinstance(source, str) else source
    result = checked(wrong, documents)
    assert message in result.missing, result.missing
    held = checked(true, documents)
    assert held.support == "supported", held.missing


def test_a_heading_cited_with_the_sentence_after_it_is_parsed_on_its_own():
    # Without a full stop the parser runs the heading into the sentence, making the office
    # what will pass near Earth; sentence by sentence, no role is the other way round.
    documents = [Document("a", "Orvane's Near Earth Object Program Office\n\nDecember 23, 2030 "
                               "A recently rediscovered 400-meter Near-Earth Asteroid (NEA) is "
                               "predicted to pass near the Earth on 13 April 2031.")]  # fmt: skip
    attributor = Attributor(LEXICAL)
    evidence = attributor._evidence(documents, sentences_of(documents), None)
    (window,) = [i for i, c in enumerate(evidence.candidates) if c.size == 2]
    claim = claim_of(
        "Asteroid 2031 QD2, roughly 400 metres across, is predicted to pass near Earth on 13 "
        "April 2031, according to Orvane's Near Earth Object Program Office."
    )
    assert attributor._roles(claim, evidence, [window]) is None


@pytest.mark.parametrize("adjective", ["Ugandan", "Kenyan", "Mexican", "Pakistani"])
def test_a_nationality_in_any_form_relates_no_one(adjective):
    # "Kenyan forester X received the prize in Bergen": no source need name Kenya with Bergen
    result = checked(
        f"{adjective} forester Amina Okello received the Harlow Prize at a ceremony in Bergen "
        "on Friday.",
        [Document("a", f"Amina Okello, a {adjective} forester, founded the Green Ridge project "
                       "in 1998, and her work has spread to 40 villages since then."),
         Document("b", "Forester Amina Okello received the Harlow Prize at a ceremony in Bergen "
                       "on Friday, the prize committee said.")],
    )  # fmt: skip
    assert result.support == "supported", result.missing


def test_a_verb_of_speech_inside_a_quotation_names_no_speaker():
    from summarizer.relations.mentions import quote_speaker

    documents = [Document("a", '"Gareth was about five metres away," said Ms Hughes. "I don\'t '
                               'think either of us said a word on the way up. We just sat on the '
                               'boat and grinned."')]  # fmt: skip
    evidence = evidence_of(documents)
    first, going_on = (i for i, c in enumerate(evidence.candidates) if c.size == 1)
    assert quote_speaker(evidence, going_on) == first  # the quotation is still Ms Hughes's


def test_a_name_in_a_quotation_opening_a_sentence_is_not_its_speaker():
    # '"Gareth was ...," said Ms Hughes. "... We just sat on the boat and grinned."' is hers
    source = (
        "Group leader Gareth Pryce said the find had taken six years. It was Sian Hughes, the "
        "group's photographer, who found the bell. \"Gareth was about five metres away from me "
        'and I was waving like mad," said Ms Hughes. "I don\'t think either of us said a word '
        'on the way up. We just sat on the boat and grinned."'
    )
    assert_supported(
        "Hughes says that after she found the bell she and Gareth just sat on the boat and "
        "grinned.",
        source,
    )


def test_she_said_after_a_sentence_on_her_is_still_hers():
    source = (
        "Amina Okello, a Ugandan forester, won the Harlow Prize on Friday for planting 30 "
        "million trees. Her Harlow prize is the first to honour forestry as a means of building "
        'peace. "The committee has challenged the world to broaden its idea of peace," she said '
        "in her speech."
    )
    claim = "Okello said the committee had challenged the world to broaden its idea of peace."
    assert_supported(claim, source)
    # her lawyer, named in full in between, may be the one speaking
    lawyer = source.replace("Her Harlow prize is", "Her lawyer, John Abel, said the prize is")
    assert checked(claim, [Document("a", lawyer)]).support != "supported"


def test_a_possessive_in_an_apposition_owns_no_figure():
    # "Norway's" describes the chain named before it; the opener "Brightloaf" owns its figure
    flagged_but_not(
        "Shares in Halvorsen, Norway's second-largest bakery chain with about 640 shops, rose "
        "3% on Monday. Brightloaf, which has about 310 shops, mostly in the north, is owned by "
        "a private equity firm that bought Brightloaf in 2019.",
        "Brightloaf, Norway's second-largest bakery chain, has about 640 shops, while Halvorsen "
        "has about 310.",
        "Brightloaf / Halvorsen figures the other way round",
        "Halvorsen, Norway's second-largest bakery chain, has about 640 shops, while Brightloaf "
        "has about 310.",
    )


def test_two_figures_given_each_others_words_are_flagged():
    flagged_but_not(
        "Some 3,000 people were killed or disappeared under the junta and another 30,000 said "
        "they were tortured or imprisoned.",
        "Some 30,000 people were killed or disappeared under the junta, while another 3,000 said "
        "they were tortured or imprisoned.",
        "30,000 / 3,000 figures the other way round",
        "About 3,000 people were killed or disappeared under the junta, and 30,000 more said "
        "they were tortured or imprisoned.",
    )


BROWSERS = [
    Document("a", '"It is not a fast drop for the old browser, but it might be a fast gain for '
                  'its rival," said Mara Quill, an analyst with NetTally. A Vantec spokesman '
                  "said the company was working on a new version."),
    Document("b", 'The company expects to win users back, Vantec said. "We are not worried about '
                  'the numbers this month at all," said Ivo Lanz, a Vantec spokesman.'),
]  # fmt: skip


def test_a_quotation_given_to_someone_the_sources_do_not_give_it_to_is_flagged():
    quote = (
        '"It is not a fast drop for the old browser, but it might be a fast gain for its rival."'
    )
    result = checked(f"A Vantec spokesman said, {quote}", BROWSERS)
    assert "Mara Quill's words" in result.missing
    assert checked(f"A NetTally analyst said, {quote}", BROWSERS).support == "supported"
    # one speaking for a body: the claim may give the words to the body
    body = checked('Vantec said, "We are not worried about the numbers this month at all."',
                   BROWSERS)  # fmt: skip
    assert body.support == "supported", body.missing


def test_one_a_source_has_accused_by_no_one_named_is_not_the_accuser():
    flagged_but_not(
        "Port Avel: Valdoria's Prime Minister Tevita Morlan was accused here of assaulting the "
        "Estravian ambassador during an increasingly acrimonious row over the flag.",
        "Valdoria's Prime Minister Tevita Morlan accused the Estravian envoy, Ilo Brask, of "
        "assaulting him during the row over the flag.",
        "Prime Minister Tevita Morlan / Ilo Brask the other way round",
        "Valdoria's Prime Minister Tevita Morlan was accused of assaulting the Estravian "
        "ambassador during the row over the flag.",
    )
    # a verb whose two sides may trade places: "met"
    from summarizer.predicates import DEFAULT_PARSER, load_parser
    from summarizer.predicates.conflicts import _inverted_doer

    parser, _ = load_parser(DEFAULT_PARSER)
    for verb, expected in [("met", None), ("accused", "Morlan")]:
        (mine,) = parser.parse(f"Morlan {verb} Ilo Brask at the airport.").predicates
        theirs = parser.parse(f"Morlan was {verb} at the airport.").predicates
        found = _inverted_doer(mine, theirs)
        assert (found and found[0].text) == expected, verb


MOTION = ("A decision of opposition MPs -- now in the majority after recent defections -- to "
          "pass a no-confidence motion to oust Premier Halvard Ness has stalled.")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Premier Halvard Ness faces a no-confidence motion after 16 of the 52 MPs defected to the "
      "opposition.", None),
     ("Premier Halvard Ness moved a no-confidence motion against the MPs.",
      ("Premier Halvard Ness", "MPs"))],
)  # fmt: skip
def test_names_either_side_of_a_clause_of_its_own_are_in_no_order(text, expected):
    assert reversed_names(claim_of(text), [MOTION]) == expected


DISPATCH = [
    Document("a", "Marcus Bell, the county's 911 director, said the center took 386 calls. "
                  "Dispatchers handled the calls without their computer-aided dispatch software, "
                  "Bell said. Sheriff Raymond Tull said deputies ran checks by phone. \"It's an "
                  "inconvenience for us,\" Tull said. \"For somebody having a heart attack, it "
                  "could be a lot more than that.\""),
]  # fmt: skip


def test_a_quotation_given_after_a_title_with_a_number_is_that_speakers():
    quote = ("\"It's an inconvenience for us. For somebody having a heart attack, it could be a "
             "lot more than that,\"")  # fmt: skip
    result = checked(f"{quote} 911 director Marcus Bell told the Courier.", DISPATCH)
    assert "Marcus Bell said" in result.missing
    assert checked(f"{quote} Sheriff Raymond Tull told the Courier.", DISPATCH).support == (
        "supported"
    )


def test_a_quotation_a_source_has_someone_write_after_an_opening_phrase_is_theirs():
    documents = [
        Document("a", "Coach Brent Castellano and dean Lorraine Whitfield were charged. In text "
                      "messages quoted in the charging papers, Whitfield wrote to Maddox in 2021: "
                      "\"Tell the family it's done.\""),
    ]  # fmt: skip
    claim = (
        'In a text quoted in the indictment, {} told Maddox in 2021, "Tell the family it\'s done."'
    )
    assert "Whitfield's words" in checked(claim.format("Castellano"), documents).missing
    assert checked(claim.format("Whitfield"), documents).support == "supported"


def test_a_system_knocked_out_is_one_worked_without():
    assert_supported("Hackers knocked out the computer-aided dispatch software, and dispatchers "
                     "handled the calls by radio.", "Dispatchers handled the calls by radio "
                     "without their computer-aided dispatch software.")  # fmt: skip


def test_following_as_a_verb_links_nothing():
    from summarizer.relations.roles import unlinked

    documents = [Document("a", "Kamala came back around 7:30am, keepers said. Her daughter "
                               "lingered by the pond. The storm had passed by then. The younger "
                               "elephant went through the service gate behind her mother at "
                               "about 8:05.")]  # fmt: skip
    evidence = evidence_of(documents)
    for text, expected in [
        ("Kamala came back around 7:30am, but her daughter lingered, finally following her "
         "mother through the service gate at about 8:05.", []),
        ("Kamala came back around 7:30am following the service gate opening at about 8:05.",
         ["linked by 'following'"]),
    ]:  # fmt: skip
        assert unlinked(claim_of(text), evidence) == expected, text


def test_a_capital_put_for_its_country_is_named_by_the_country():
    # "Ottawa said ..." is Canada's government speaking: a source naming Canada bears it out,
    # and one naming Ottawa bears out a claim naming Canada.
    flagged_but_not(
        "Canada is now watching the trawler dispute closely, foreign ministry spokeswoman Aline "
        "Roux said at a briefing on Tuesday.",
        "Foreign ministry spokeswoman Aline Roux said Lisbon was watching the trawler dispute "
        "closely.",
        "Lisbon",
        "Foreign ministry spokeswoman Aline Roux said Ottawa was watching the trawler dispute "
        "closely.",
    )
    assert_supported(
        "The trawler dispute has strained relations with Canada, the fishing union said.",
        "The trawler dispute has angered Ottawa, the fishing union said on Tuesday.",
    )


def test_a_capital_where_something_happened_is_not_its_country():
    # "talks in Ottawa": a source saying only that the talks were in Canada does not say where
    from summarizer.relations.mentions import _for_its_country

    documents = [Document("a", "Canada said fishing ministers would meet for talks in Canada on "
                               "Tuesday to settle the trawler dispute.")]  # fmt: skip
    evidence = evidence_of(documents)
    for text, put_for_canada in [
        ("Ottawa said fishing ministers would meet on Tuesday.", True),
        ("Ottawa's fishing minister will meet her counterparts on Tuesday.", True),
        ("Fishing ministers will meet for talks in Ottawa on Tuesday.", False),
        ("Fishing ministers will meet at the Ottawa office on Tuesday.", False),
    ]:
        assert _for_its_country(claim_of(text), ("Ottawa",), evidence, 0) is put_for_canada, text


def test_capitals_come_from_the_country_table():
    from summarizer.facts import countries_of, entity_in, word_set

    assert countries_of(("Pyongyang",)) == (("North", "Korea"),)
    assert countries_of(("New", "Delhi")) == (("India",),)
    assert countries_of(("Springfield",)) == ()
    assert entity_in(("India",), word_set("Talks resumed in New Delhi on Monday."))
    assert not entity_in(("India",), word_set("Talks resumed in Delhi on Monday."))
    # a possessive is the country's too: "Italy's government" in "the government said in Rome"
    assert entity_in(("Italy's",), word_set("The government said so after a meeting in Rome."))
    assert countries_of(("Ottawa's",)) == (("Canada",),)


def test_a_speaker_named_in_apposition_is_held_to_what_they_said():
    # "The sheriff's attorney, Ray Tuck, said that ...": Tuck says what follows, and the
    # sources give those words to the prosecutor
    documents = [
        Document("a", "The sheriff's attorney, Ray Tuck, said the sheriff would plead not "
                      "guilty at his arraignment next week."),
        Document("b", "Officials who sell the power of their badge betray every person who "
                      "trusted them, prosecutor Lorna Meeks said in a statement."),
    ]  # fmt: skip
    flagged_but_not(
        documents,
        "The sheriff's attorney, Ray Tuck, said that officials who sell the power of their badge "
        "betray every person who trusted them.",
        "Ray Tuck said",
        "The sheriff's attorney, Ray Tuck, said the sheriff would plead not guilty.",
    )


def test_a_name_in_a_phrase_opening_the_claim_does_not_say_what_follows_adding():
    text = ("With Republicans holding a slim majority, one seat can matter, a law professor "
            "tells the Tollen Courier, adding that judges are elected.")  # fmt: skip
    assert claim_of(text).speakers == []
    text = "The Tollen Council accused the mayor of lying, saying the vote was rigged."
    assert [name for name, _, _ in claim_of(text).speakers] == [("Tollen", "Council")]


def test_a_quotation_one_called_a_thing_is_theirs_not_anothers():
    # 'Y dismissed the plan as "..."' where the source has X call it that
    documents = [
        Document("a", "Councillors Ada Brandt, Ben Okoro and Lise Marr voted no. Brandt called "
                      'the plan "a blank cheque for a man who already owns half the harbour." '
                      "Okoro said the vote had been rushed."),
    ]  # fmt: skip
    quote = '"a blank cheque for a man who already owns half the harbour."'
    result = checked(f"Councillor Ben Okoro dismissed the plan as {quote}", documents)
    assert "Brandt's words" in result.missing, result.missing
    true = checked(f"Councillor Ada Brandt dismissed the plan as {quote}", documents)
    assert not any("words" in m for m in true.missing), true.missing


def test_a_place_the_best_citation_gives_otherwise_is_not_completed_from_another_sentence():
    # "came ashore at Widemouth Bay" where the best citation has them come ashore at
    # Crackington Haven; a café above Widemouth Bay in another sentence does not complete it
    documents = [
        Document("a", "Two containers came ashore intact at Crackington Haven on Wednesday "
                      "night, and one of them split open on the rocks."),
        Document("b", "Sandra Hocking, who runs a café above Widemouth Bay, said volunteers had "
                      "been coming in since Wednesday to help clear the beaches."),
    ]  # fmt: skip
    flagged_but_not(
        documents,
        "On Wednesday two containers came ashore at Widemouth Bay, and one split open on the "
        "rocks.",
        "Widemouth Bay",
        "On Wednesday two containers came ashore at Crackington Haven, and one split open on "
        "the rocks.",
    )


def test_a_figure_that_only_compares_is_borne_out_for_what_the_one_before_it_counts():
    documents = [
        Document("a", "By Tuesday 31 ships were waiting at anchor off the two ports, harbour "
                      "data show. At least 27 ships were waiting at anchor off the two ports by "
                      "Monday evening, according to the port authority."),
    ]  # fmt: skip
    # the 27 of the source counts ships; the 27 of the claim, "up from" 31 ships, does too
    passes_and_flags(
        "By Tuesday, 31 ships were waiting at anchor off the two ports, up from at least 27 on "
        "Monday evening.",
        "By Tuesday, 31 ships were waiting at anchor off the two ports, up from at least 22 on "
        "Monday evening.",
        documents,
        "22",
    )


def test_a_range_of_figures_counts_what_is_named_before_it():
    documents = [
        Document("a", "Health officials have confirmed 24 cases of measles linked to the "
                      "university, up from nine a week ago. The city urged students to check "
                      "their vaccination records."),
    ]  # fmt: skip
    passes_and_flags(
        "The number of confirmed cases rose from nine to 24 in a week.",
        "The number of confirmed cases rose from nine to 29 in a week.",
        documents,
        "29",
    )


def test_a_distinctive_figure_is_completed_from_a_sentence_about_something_else():
    documents = [
        Document("a", "About 600 residents were unable to return to their homes on Sunday "
                      "night after the earthquake cracked walls and roofs, officials said. "
                      "Rescue teams searched for survivors. Aftershocks shook the valley. The "
                      "quake's epicentre was 6 km southeast of Castelrocca, a town of some "
                      "1,900 people in the province of Macerata, at a depth of 9 km."),
    ]  # fmt: skip
    # the sentence giving 1,900 is not next to the cited one and shares one word with the
    # claim ("town"): too little to cite it for anything else
    passes_and_flags(
        "About 600 of the town's roughly 1,900 residents could not go home on Sunday night "
        "after the earthquake cracked walls and roofs.",
        "About 600 of the town's roughly 2,400 residents could not go home on Sunday night "
        "after the earthquake cracked walls and roofs.",
        documents,
        "2,400",
    )


def test_a_round_bound_is_borne_out_by_a_tighter_one():
    documents = [
        Document("a", "A GoFundMe campaign started by his brother had raised more than $86,000 "
                      "by Monday evening. The family thanked the city."),
    ]  # fmt: skip
    passes_and_flags(
        "A GoFundMe set up by his brother had raised more than $85,000 by Monday evening.",
        "A GoFundMe set up by his brother had raised more than $95,000 by Monday evening.",
        documents,
        "95,000",
    )


def test_a_speaker_given_with_the_body_they_speak_for_is_the_speaker():
    documents = [
        Document("a", "Rachel Stone said the recall of the Giggle Stack toy took far too long."),
        Document("b", "Rachel Stone of the Safe Play Alliance has campaigned on toy safety since "
                      "2019."),
        Document("c", "The toy maker acted as quickly as it could, its spokesman Tom Reed "
                      "said."),
    ]  # fmt: skip
    claim = claim_of("Rachel Stone of the Safe Play Alliance says the recall took too long.")
    assert [name for name, _, _ in claim.speakers] == [("Rachel", "Stone")]
    passes_and_flags(
        "Rachel Stone of the Safe Play Alliance says the recall of the Giggle Stack toy took far "
        "too long.",
        "Rachel Stone of the Safe Play Alliance says the toy maker acted as quickly as it could.",
        documents,
        "Rachel Stone said",
    )


def test_a_small_figure_is_borne_out_by_a_passive_turned_active():
    documents = [
        Document("a", "An avalanche swept over a group of 11 skiers above the resort on Saturday, "
                      "killing two people. Five others were dug out alive."),
    ]  # fmt: skip
    passes_and_flags(
        "Two skiers were killed when an avalanche swept over a group above the resort on Saturday.",
        "Three skiers were killed when an avalanche swept over a group above the resort on "
        "Saturday.",
        documents,
        "Three",
    )


def test_an_institution_an_article_names_in_full_may_go_by_its_first_word():
    article = Document(
        "a",
        "Thieves broke into the Fenmoor Museum in Saltbridge early on Sunday. Police said the "
        "raid took less than seven minutes. A van was later found burned out in woodland. The "
        "Fenmoor, a former wool exchange built in 1842, holds more than 30,000 objects.",
    )
    (result,) = attribute(
        ["The Fenmoor Museum, a former wool exchange built in 1842, holds over 30,000 objects."],
        [article],
    )
    assert result.support == "supported", result.missing


def test_a_place_is_not_the_short_form_of_its_county():
    article = Document(
        "a",
        "Marion County officials opened two shelters on Sunday. Police said roads were closed "
        "for hours. A van was later found in woodland. In Marion, the storm toppled 40 trees.",
    )
    (result,) = attribute(["In Marion County, the storm toppled 40 trees."], [article])
    assert result.support != "supported" and "Marion County" in result.missing


def test_a_noun_placed_in_another_town_than_the_one_a_source_puts_before_it_is_flagged():
    article = Document(
        "a",
        "The blaze at the Varrick plant on the western shore of Galveston Bay was still burning "
        "on Tuesday night. Fourteen people were treated for injuries, including three plant "
        "workers who were taken to a Houston burn center.",
    )
    (moved,) = attribute(
        ["Three plant workers were taken to a burn center in Galveston."], [article]
    )
    assert moved.support != "supported" and "Galveston / Houston" in moved.missing
    (kept,) = attribute(["Three plant workers were taken to a burn center in Houston."], [article])
    assert kept.support == "supported", kept.missing


def test_a_value_the_claim_gives_more_often_than_its_citations_is_missing():
    docs = [Document("a", "Strandberg, 57, had been in charge since March 2021, and his contract "
                          "ran until the end of 2026.")]  # fmt: skip
    passes_and_flags(
        "Strandberg, 57, had been in charge since March 2021, and his contract ran until the "
        "end of 2026.",
        "Strandberg, 57, had been in charge since March 2026, and his contract ran until the "
        "end of 2026.",
        docs,
        "2026",
    )


def test_a_disputed_figure_no_citation_gives_for_the_same_thing_is_listed_missing():
    # "20 million users" holds the value, not the count of accounts another article gives as
    # 40 million: the claim is unsupported, and its "20 million" is what lacks support.
    docs = [
        Document("a", "Lycos Europe says it keeps roughly 40 million e-mail accounts in eight "
                      "European countries."),
        Document("b", "Lycos Europe says it is banking on its 20 million users in eight European "
                      "countries to download the screensaver."),
    ]  # fmt: skip
    (wrong,) = attribute(
        ["Lycos Europe says it keeps roughly 20 million e-mail accounts in eight European "
         "countries."],
        docs,
    )  # fmt: skip
    assert wrong.support == "unsupported" and wrong.missing[:1] == ("20 million",)


@pytest.mark.parametrize(
    ("claim", "pair"),
    [("Ashworth suffered frostbite to his fingers, while Kerr was treated for hypothermia.",
      ("Ashworth", "Kerr")),
     ("Kerr was treated for frostbite, while Ashworth suffered from hypothermia.", None),
     ("Ashworth suffered from hypothermia, while Kerr was treated for frostbite.", None),
     ("The update made the program read fuel in kilograms instead of pounds.",
      ("kilograms", "pounds")),
     ("The update made the program read fuel in pounds instead of kilograms.", None)],
)  # fmt: skip
def test_two_things_set_side_by_side_are_paired_as_the_source_pairs_them(claim, pair):
    from summarizer.relations.swaps import crossed

    quotes = ["Ms Kerr, a physiotherapist, was being treated for frostbite, while Mr Ashworth, an "
              "engineer, was suffering from hypothermia.",
              "The update caused the program to read fuel in pounds instead of kilograms, the "
              "airline said."]  # fmt: skip
    assert crossed(claim, quotes) == pair


@pytest.mark.parametrize(
    ("claim", "flagged"),
    [("Paint shop worker Jodie Fairbairn said she cannot pay her mortgage on promises.", False),
     ("Steve Ashworth said he cannot pay his mortgage on promises.", True)],
)  # fmt: skip
def test_an_age_speaking_after_a_sentence_naming_someone_is_that_person(claim, flagged):
    text = ("Steve Ashworth, the union's convenor, said the offer would go to a ballot. "
            "Jodie Fairbairn had been on the picket line since 6am on Thursday. "
            '"Nine and a half per cent sounds good," said the 34-year-old, a paint shop worker. '
            '"I cannot pay my mortgage on promises."')  # fmt: skip
    docs = [Document("a", text)]
    (result,) = attribute([claim], docs)
    assert (result.support != "supported") is flagged, result.missing


@pytest.mark.parametrize(
    ("claim", "flagged"),
    [("Colorado Republican Party Chairman Rick Ostrander said Castellanos will always have a "
      "home in the party.", False),
     ("Colorado Republican Party Chairman Victor Salinas said Castellanos will always have a "
      "home in the party.", True),
     ("Interior Minister Dana Holt said the border would stay open.", False)],
)  # fmt: skip
def test_a_title_of_several_words_the_sources_give_someone_else_is_flagged(claim, flagged):
    docs = [
        Document("a", "Colorado Republican Party Chairman Rick Ostrander said Castellanos will "
                      "always have a home in the party. Victor Salinas, the senator's campaign "
                      "chairman, said the campaign would open three offices in Colorado."),
        Document("b", "Interior Minister Omar Kell resigned in March. Dana Holt, the new interior "
                      "minister, said the border would stay open."),
    ]  # fmt: skip
    (result,) = attribute([claim], docs)
    assert (result.support != "supported") is flagged, result.missing
    if flagged:
        assert "Victor Salinas / Rick Ostrander" in result.missing


def test_an_opening_word_no_source_uses_before_a_singular_verb_is_a_name():
    # The parse tags no proper noun in "Greenpeace plans to cut ...".
    text = ("Kestrel Home Appliances said on Tuesday it would cut about 1,400 jobs. The company "
            "plans to cut the jobs after posting a loss for the third quarter.")  # fmt: skip
    docs = [Document("a", text)]
    passes_and_flags(
        "Kestrel plans to cut about 1,400 jobs after posting a loss for the third quarter.",
        "Greenpeace plans to cut about 1,400 jobs after posting a loss for the third quarter.",
        docs,
        "Greenpeace",
    )


def test_a_name_listed_after_neither_is_named_by_a_window_on_both():
    """ "Neither X nor Y" lists both: what they did is said of the two together."""
    docs = [Document("w", "Ardent Cable and Vellcom are close to a deal that would let the cable "
                          "company sell phone plans, people familiar with the talks said. An "
                          "alliance with Vellcom would make the Ardent Cable unit the only cable "
                          "company to sell phone plans. Neither company would confirm that a "
                          "deal is imminent, although an "
                          "Ardent Cable spokesman said talks were going on.")]  # fmt: skip
    true = "Neither Ardent Cable nor Vellcom would confirm that a deal is imminent."
    passes_and_flags(true, true.replace("Vellcom", "Telstrom"), docs, "Telstrom")


def test_a_reverend_before_a_surname_is_a_title_not_another_first_name():
    docs = [Document("r", "Jesse Marlow has decided to weigh in on the host's remarks. He said "
                          "they were offensive. The "
                          "network has already suspended the host, but Reverend Marlow and his "
                          "coalition are demanding to meet network executives.")]  # fmt: skip
    true = "Jesse Marlow and his coalition are demanding to meet network executives."
    passes_and_flags(true, true.replace("Jesse", "Peter"), docs, "Peter Marlow")


def test_a_move_told_with_the_bodies_the_claim_names_is_the_person_named_next():
    """The sentence giving the move names only the companies the claim names too; the person
    is named in the next one. A speaker the claim does not name still takes the words."""
    docs = [Document("n", "By 2010, when the head of Vantor's software division left to take "
                          "the helm at Kellnor, the plan was moving. Many wondered whether "
                          "Stephen Aldo's time at Kellnor would be spent readying it for a "
                          "sale.")]  # fmt: skip
    true = "Stephen Aldo left as head of Vantor's software division to take the helm at Kellnor."
    (result,) = Attributor(LEXICAL).attribute([true], docs, sentences_of(docs))
    assert result.support == "supported", result.missing


def test_a_route_told_the_other_way_round_is_flagged():
    docs = [Document("l", "Spammers have reportedly redirected traffic from their own sites "
                          "back to the Lycos screensaver site, the company said.")]  # fmt: skip
    true = "Spammers redirected traffic from their own sites to the Lycos screensaver site."
    swapped = "Spammers redirected traffic from the Lycos screensaver site to their own sites."
    good, bad = Attributor(LEXICAL).attribute([true, swapped], docs, sentences_of(docs))
    assert good.support == "supported", good.missing
    assert bad.support != "supported" and any("other way round" in m for m in bad.missing)


def test_a_count_after_a_year_and_a_comma_is_its_own_figure():
    docs = [Document("b", "In 2013 four books by members of the family made the top ten of "
                          "the best-seller list.")]  # fmt: skip
    true = "In 2013, four books by members of the family made the top ten of the list."
    passes_and_flags(true, true.replace("four", "three"), docs, "three")


def test_a_range_told_with_to_is_no_result():
    """ "only 10 to 20" rhinos is a range, not a 20-10 result the sources must give."""
    docs = [Document("t", "The park once had nearly 2,000 black rhinos but now has between 10 "
                          "and 20, according to the group.")]  # fmt: skip
    true = "The park once held nearly 2,000 black rhinos but now has only 10 to 20, the group says."
    passes_and_flags(true, true.replace("10 to 20", "10 to 30"), docs, "30")


def test_fellow_before_a_name_is_a_title():
    docs = [Document("f", "Harbour County 3rd District Supervisor Ivo Marek said the plan would "
                          "not pay for itself.")]  # fmt: skip
    true = "Fellow Harbour Supervisor Ivo Marek said the plan would not pay for itself."
    passes_and_flags(true, true.replace("Ivo", "Ivan"), docs, "Ivan")


def test_a_year_cut_to_two_digits_is_the_year():
    docs = [Document("y", "Foreign funds will keep buying, after pumping in a record $8.5bn "
                          "in ’04, brokers said.")]  # fmt: skip
    true = "Foreign funds pumped a record $8.5 billion into the market in 2004, brokers said."
    passes_and_flags(true, true.replace("2004", "2005"), docs, "2005")


def test_an_acronym_of_the_name_before_a_noun_is_that_name():
    from summarizer.relations.displaced import _spelled_out

    docs = [Document("m", "Valdoria's weightage in the Morgan Stanley Capital Index (MSCI) is "
                          "expected to go up, which will bring in more money, brokers "
                          "said.")]  # fmt: skip
    claim = (
        "Brokers expect a bigger weighting for Valdoria in the MSCI index to bring in more money."
    )
    (result,) = Attributor(LEXICAL).attribute([claim], docs, sentences_of(docs))
    assert result.support == "supported", result.missing
    assert _spelled_out(("MSCI",), ["Morgan", "Stanley", "Capital", "Index"])
    assert not _spelled_out(("MSCI",), ["Morgan", "Stanley", "Index"])


def test_a_share_is_not_borne_out_by_a_count():
    docs = [Document("p", "Some 12% of the torture victims were women. The report lists 18 major "
                          "types of torture.")]  # fmt: skip
    true = "Some 12% of the torture victims were women, the report says."
    passes_and_flags(true, true.replace("12%", "20%"), docs, "20%")
    docs = [Document("q", "With his poll numbers holding up in the low-20 percent range, his fans "
                          "have given him the benefit of the doubt.")]  # fmt: skip
    true = "His poll numbers are holding in the low 20s."
    passes_and_flags(true, true.replace("20s", "30s"), docs, "30s")


def test_a_word_opening_a_sentence_before_i_is_no_name():
    assert extract_facts('"Hey I just saw this, and the Harbour Board has not moved."').entities \
        == (("Harbour", "Board"),)  # fmt: skip
    assert extract_facts("Yes I did, said Ivo Marek.").entities == (("Ivo", "Marek"),)


def test_a_sentence_ending_in_a_colon_gives_the_next_to_the_one_it_names():
    docs = [Document("c", "Ines Varga, the organiser, left this comment on the thread:\n"
                          '"Hey I just saw this. Valdoria Council have NOT cancelled the swim; I '
                          'made the event page private after trolls arrived."')]  # fmt: skip
    true = "Organiser Ines Varga says the council never cancelled the swim; she made the event "
    true += "page private after trolls arrived."
    other = true.replace("Ines Varga", "Ines Vargas")
    passes_and_flags(true, other, docs, "Organiser Ines Vargas said")


def test_two_sentences_naming_a_speaker_a_little_apart_hold_what_they_said():
    docs = [Document("s", "Brackett vowed to fight on. On Sunday, Marek defended his remarks to "
                          'a small church group in Porto Seren. "I will not back off from my '
                          'chosen path," he said. The group applauded. Marek added that his '
                          "comments were scripture.")]  # fmt: skip
    true = "On Sunday Marek said his comments were scripture and vowed not to back off from his "
    true += "chosen path."
    other = true.replace("Marek said", "Brackett said")
    passes_and_flags(true, other, docs, "Brackett said")


def test_tv_is_television():
    docs = [Document("t", "The deal gives Harbourside a bundle of television, internet and phone "
                          "service.")]  # fmt: skip
    (result,) = attribute(["The deal gives Harbourside a bundle of TV, internet and phone "
                           "service."], docs)  # fmt: skip
    assert result.support == "supported", result.missing


def test_a_body_of_two_names_joined_by_and_is_one_name_and_no_outlet():
    facts = extract_facts("Taking a live conch is banned, the Valdoria Fish and Wildlife "
                          "Commission notes.")  # fmt: skip
    assert facts.entities == (("Valdoria", "Fish", "and", "Wildlife", "Commission"),)
    assert extract_facts("Marek and Varga Commission staff met.").entities[0][0] == "Marek"


def test_a_body_called_by_its_last_word_is_the_one_its_article_names():
    docs = [Document("b", "An officer from the commission arrested Ana Ruiz on July 13 after "
                          "an anonymous tip. She had forty shells in her car. Her lawyer "
                          "declined to comment. Taking a live conch is banned, the Valdoria "
                          "Fish and Wildlife Commission notes.")]  # fmt: skip
    true = "The Valdoria Fish and Wildlife Commission arrested Ana Ruiz on July 13 after an "
    true += "anonymous tip."
    passes_and_flags(true, true.replace("Valdoria", "Estravia"), docs, "Estravia")
    two = [Document("b", docs[0].text + " The Harbour Commission declined to comment.")]
    (result,) = attribute([true], two)
    assert result.support != "supported"  # two bodies of that word: "the commission" is either


def test_the_north_of_a_divided_land_is_no_name_to_pair():
    from summarizer.relations.roles import apart

    docs = [Document("n", "A soldier crossed the border from the North on Tuesday. He was "
                          "unarmed. Troops searched the area. Dana Ruiz of the Harbour Institute "
                          "says there is no sign the defection reflects "
                          "instability in the reclusive state.")]  # fmt: skip
    claim = "Dana Ruiz of the Harbour Institute sees no sign that the defection reflects "
    claim += "instability in the North."
    evidence = evidence_of(docs)
    assert apart(claim_of(claim), evidence) == []
    moved = claim.replace("the North", "Estravia")
    assert "Harbour Institute / Estravia" in apart(claim_of(moved), evidence)


def test_a_quarter_of_the_compass_may_be_written_short():
    docs = [Document("q", "Most of the 20,000 who left went via Valdoria and SE Asia.")]
    true = "Most of the 20,000 who left went via Valdoria and Southeast Asia."
    passes_and_flags(true, true.replace("Southeast", "Central"), docs, "Central Asia")


def test_a_first_name_the_sources_give_only_one_person_is_that_person():
    docs = [
        Document("l", "Coach Ines Varga said it mattered that Baptiste was given the chance to "
                      "bowl for his county. \"Colin's knocking on the door and is fitter, "
                      "stronger and lighter than he's ever been,\" Varga said."),
        Document("m", "Colin Baptiste will carry the drinks again."),
    ]  # fmt: skip
    true = "Ines Varga says Baptiste is knocking on the door and is fitter, stronger and lighter "
    true += "than he has ever been."
    passes_and_flags(true, true.replace("Baptiste", "Marek"), docs, "Marek / Colin")


def test_a_rank_does_not_bear_out_a_count():
    docs = [Document("r", "They have conceded 17 goals during their six-game losing run. The "
                          "3-0 loss left Rovers 21st in the table.")]  # fmt: skip
    true = "Rovers conceded 17 goals during their six-game losing run."
    passes_and_flags(true, true.replace("17", "21"), docs, "21")
    (result,) = attribute(["The loss left Rovers 21st in the table."], docs)
    assert result.support == "supported", result.missing
    assert claim_of("Harbour Rovers conceded 21 goals.").speakers == []  # a count is no speech
    assert claim_of("Harbour Rovers conceded that it was a poor run.").speakers


def test_a_passive_after_the_middle_word_turns_the_order_round():
    docs = [Document("p", "Flyers urged people to boycott the show, and a protest was staged "
                          "near the theatre on opening night.")]  # fmt: skip
    (result,) = attribute(["Students staged a protest urging a boycott of the show."], docs)
    assert not any("the other way round" in m for m in result.missing), result.missing


def test_a_club_called_by_its_last_word_is_no_other_first_name():
    from summarizer.relations.stated import _another_of_the_name

    docs = [
        Document("a", "With their neighbours Milan also at home, Inter's second leg will be "
                      "staged a week later. Raymond Pruitt was killed."),
        Document("b", "Elsewhere, champions Porto will play Inter Milan. Pruitt died."),
    ]  # fmt: skip
    sentences = sentences_of(docs)
    evidence = Attributor(LEXICAL)._evidence(docs, sentences, None)
    cited = [i for i, c in enumerate(evidence.candidates) if c.size == 1]
    claim = claim_of("AC Milan play Terrence Pruitt.")
    assert not _another_of_the_name(claim, ("AC", "Milan"), evidence, cited[0:1] + cited[2:3])
    assert _another_of_the_name(claim, ("Terrence", "Pruitt"), evidence, cited[1:2] + cited[3:4])


def test_an_age_is_completed_from_a_sentence_giving_it_as_an_age():
    docs = [Document("g", "Forecasters issued a tornado warning for the town 14 minutes before "
                          "the storm hit. Debra Simms heard the sirens, grabbed her two "
                          "grandchildren and climbed into the bathtub. Crews cleared the roads "
                          "on Monday. \"I just held on to those babies,\" said the 58-year-old, "
                          "who lives on Walnut Street.")]  # fmt: skip
    true = "Debra Simms, 58, grabbed her two grandchildren and climbed into the bathtub."
    passes_and_flags(true, true.replace("58", "59"), docs, "59")
    other = [Document("h", docs[0].text.replace("said the 58-year-old", "said Ana Ruiz, 58,"))]
    (result,) = attribute([true], other)
    assert "58" in result.missing  # Ana Ruiz's age is not Debra Simms's


@pytest.mark.parametrize(
    ("described", "flagged"),
    [
        ("A Tollen couple, Ilse and Per Varga, are suing the show's makers.", False),
        ("Ilse and Per Varga, a couple from Tollen, are suing the show's makers.", False),
        # the sources never call them a Tollen couple: the place is the claim's own
        ("Ilse and Per Varga are suing the show's makers over their home.", True),
    ],
)
def test_a_place_the_sources_give_a_person_describes_them_not_the_others(described, flagged):
    from summarizer.relations.roles import apart

    documents = [
        Document("a", f"{described} They paid for a kitchen."),
        Document("b", "The show was filmed in Tollen."),
        Document("c", "The Vargas say Harbour Media makes the show for Sea TV."),
    ]
    evidence = evidence_of(documents)
    claim = claim_of("The Tollen couple Ilse and Per Varga are suing Harbour Media.")
    assert ("Tollen / Harbour Media" in apart(claim, evidence)) == flagged, described
    # a thing so described is related to the others: the agency and the plant
    documents = [
        Document("a", "The Tollen plant burned down."),
        Document("b", "The Harbour Board met on Monday."),
    ]
    evidence = evidence_of(documents)
    claim = claim_of("The Harbour Board ordered the Tollen plant closed.")
    assert apart(claim, evidence) == ["Harbour Board / Tollen"]


@pytest.mark.parametrize(
    "true",
    [
        "Analyst Ada Holm cut Halvern to hold from buy on Monday.",
        "Analyst Ada Holm cut Halvern from buy to hold on Monday.",
    ],
)
def test_a_change_told_as_to_from_the_other_way_round_is_flagged(true):
    docs = [Document("a", 'On Monday analyst Ada Holm at Carrow Securities cut Halvern to "hold" '
                          'from "buy" and lowered her target.')]  # fmt: skip
    swapped = "Analyst Ada Holm cut Halvern to buy from hold on Monday."
    good, bad = Attributor(LEXICAL).attribute([true, swapped], docs, sentences_of(docs))
    assert good.support == "supported", good.missing
    assert bad.support != "supported" and "hold / buy the other way round" in bad.missing


@pytest.mark.parametrize(
    ("second", "supported"),
    [
        ("Among other things, we have fought efforts by the Tories to close the harbour.", True),
        # another name before the words: the words are theirs
        ("Among other things, the Tories have fought efforts by us to close the harbour.", False),
    ],
)
def test_a_pronoun_going_on_from_a_named_body_carries_what_it_did(second, supported):
    documents = [
        Document("a", "Harbour Committee Democrats have led on the issues facing Carrow. "
                      f"{second} The vote is on Monday."),
        Document("b", "The Tories met in Tollen on Friday."),
    ]  # fmt: skip
    claim = "Harbour Committee Democrats say they have fought Tory efforts to close the harbour."
    (result,) = Attributor(LEXICAL).attribute([claim], documents, sentences_of(documents))
    assert (result.support == "supported") == supported, result.missing


def test_at_the_request_of_links_two_events():
    documents = [
        Document("a", "Mayor Ada Holm closed the Tollen harbour on Monday."),
        Document("b", "The Carrow ministry asked ports to check their cranes."),
    ]
    claim = "Mayor Ada Holm closed the Tollen harbour at the request of the Carrow ministry."
    (result,) = Attributor(LEXICAL).attribute([claim], documents, sentences_of(documents))
    assert "linked by 'at the request of'" in result.missing, result.missing


@pytest.mark.parametrize("verb", ["calls", "labeled", "branded", "dismissed as"])
def test_a_quotation_right_after_calls_is_all_the_speaker_said(verb):
    from summarizer.relations.speakers import misquoted

    documents = [
        Document("a", 'Losing the harbour deal was "a complete disaster," Mayor Ada Holm told '
                      "reporters in Carrow."),
        Document("b", "The harbour deal collapsed after the board voted against it on Monday."),
    ]  # fmt: skip
    evidence = evidence_of(documents)
    text = (f'The harbour deal collapsed in what Mayor Ada Holm {verb} "a complete disaster" '
            "after the board voted against it.")  # fmt: skip
    covered = set(claim_of(text).ordered)
    assert misquoted(claim_of(text), evidence, covered) == []
    # words put in her mouth after "said" are still hers
    text = "Mayor Ada Holm said the harbour would be sold to a Tollen shipping firm."
    assert misquoted(claim_of(text), evidence, set(claim_of(text).ordered)) == [
        "Mayor Ada Holm said"
    ]


def test_a_speakers_participle_clause_ends_where_the_sentence_goes_back_to_its_subject():
    """ "..., saying it hadn't worked, but scheduled a trial": the trial is what the judge did,
    not what she said; after "said", the words run on as hers."""
    documents = [
        Document("a", "Judge Alma Ferris suspended a $500-a-day fine she had imposed on the "
                      "reporter Ivo Doyle, saying it had not achieved its goal."),
        Document("b", "A trial was set for November on contempt charges that could send Doyle "
                      "to prison for up to six months."),
    ]  # fmt: skip
    saying, said = attribute(
        ["Judge Alma Ferris suspended the $500-a-day fine against Doyle, saying it hadn't "
         "worked, but scheduled a contempt trial that could send the reporter to prison for up "
         "to six months.",
         "Judge Alma Ferris said the $500-a-day fine against Doyle had not achieved its goal, "
         "but scheduled a contempt trial in November that could send the reporter to prison for "
         "up to six months."],
        documents,
    )  # fmt: skip
    assert saying.support == "supported", saying.missing
    assert "Judge Alma Ferris said" in said.missing, said.missing


def test_a_chief_is_who_the_sources_call_the_president_in_charge():
    docs = [Document("a", '"We have had to simplify some things," Ola Brandt, Tollen Port\'s vice '
                          "president in charge of the harbour, told the Courier.")]  # fmt: skip
    chief, mayor = attribute(
        ['Harbour chief Ola Brandt told the Courier "we have had to simplify some things."',
         'Harbour mayor Ola Brandt told the Courier "we have had to simplify some things."'],
        docs,
    )  # fmt: skip
    assert chief.support == "supported", chief.missing
    assert "mayor Ola Brandt" in mayor.missing


@pytest.mark.parametrize(
    ("text", "name", "listed"),
    [('It beat marks held by "Cast Away" and "The Return of the King."', ("Cast", "Away"), True),
     ("The sequel pairs Ben Stiller with Robert De Niro, Barbra Streisand and Dustin Hoffman.",
      ("Ben", "Stiller"), True),
     ("The sequel pairs Ben Stiller with Robert De Niro.", ("Ben", "Stiller"), False),
     ("Doyle met with Ivo Holm, the mayor, on Monday.", ("Doyle",), False)],
)  # fmt: skip
def test_titles_in_quotation_marks_and_a_name_with_a_list_are_listed(text, name, listed):
    from summarizer.relations.mentions import _listed

    assert bool(_listed(claim_of(text), name)) is listed


def test_a_title_listed_in_quotation_marks_is_named_by_a_window_with_it():
    docs = [Document("f", 'The previous record was set in 2000 by "Cast Away" with $8.5 million. '
                          '"The Return of the King" had held the New Year\'s Day mark with '
                          "$12.8 million.")]  # fmt: skip
    true = 'The comedy beat marks held by "Cast Away" and "The Return of the King."'
    passes_and_flags(true, true.replace("Cast Away", "Finding Nemo"), docs, "Finding Nemo")


FESTIVAL = [
    Document("a", "Nine prisoners have been freed since the crackdown in May 2021, in a major "
                  "clampdown on dissent. Officials met on Monday. The embassy says the banners "
                  "will remain in place until the end of the festival."),
]  # fmt: skip


def test_a_short_clause_no_citation_holds_is_cited_from_the_sentence_holding_it():
    """Three content words of a part of their own ("... says its banners will stay up until the
    festival is over"), none cited, make no gap by count, but are still looked for."""
    freed = "Nine of the prisoners have been freed since the May 2021 clampdown, and the embassy"
    fused, other = attribute(
        [f"{freed} says its banners will stay up until the festival is over.",
         f"{freed} says its banners will stay up until the election is over."],
        FESTIVAL,
    )  # fmt: skip
    assert any("banners" in c.quote for c in fused.citations)
    assert not {"banners", "festival"} & set(fused.missing), fused.missing
    assert "election" in other.missing


class _TopicEmbedder:
    """One direction per topic word (a text on banners, one on staff), none for other texts."""

    def encode(self, texts):
        return np.array([[float("banners" in t), float("staff" in t)] for t in texts],
                        dtype=np.float32)  # fmt: skip


def test_an_intention_is_embedded_with_the_subject_of_its_clause():
    """ "its banners will stay up until ..." is read whole against the sources, not from
    "will" on, which says nothing of what will stay up."""
    embedder = _TopicEmbedder()
    sentences = sentences_of(FESTIVAL)
    attributor = Attributor(AttributeConfig(), embedder)
    evidence = attributor._evidence(
        FESTIVAL, sentences, embedder.encode([s.text for s in sentences])
    )
    said = "The embassy says its banners will stay up until the festival is over."
    assert attributor._unheard_intents(claim_of(said), evidence) == []
    other = "The embassy says its staff will stay on until the festival is over."
    assert attributor._unheard_intents(claim_of(other), evidence) == ["will stay"]


@pytest.mark.parametrize("verb", ["complained", "complains"])
def test_words_someone_complained_are_theirs(verb):
    documents = [
        Document("a", 'Mayor Ivo Marek told reporters: "I resign, as there is no will in the '
                      'coalition for teamwork." Party spokeswoman Dana Holm said the party was '
                      '"surprised" by the news.'),
    ]  # fmt: skip
    (result,) = attribute(
        [f'Party spokeswoman Dana Holm {verb} that there was "no will in the coalition for '
         'teamwork."'],
        documents,
    )  # fmt: skip
    assert "Dana Holm said" in result.missing, result.missing


def test_a_first_name_the_sources_give_only_this_person_is_no_other_name_in_their_place():
    from summarizer.relations.displaced import displaced

    docs = [
        Document("a", "For 12 years, Greg Lindqvist coached youth hockey in Tollen. "
                      '"Today\'s sentence is harsh, but Greg accepts it," he said.'),
    ]  # fmt: skip
    evidence = evidence_of(docs)
    quote = "Today's sentence is harsh, but Greg accepts it, his attorney said."
    texts = [(tokens(quote), token_gaps(quote))]
    claim = claim_of("His lawyer says the sentence is harsh but Lindqvist accepts it.")
    assert displaced(claim, texts, evidence) == []
    assert displaced(claim, texts) == ["Lindqvist / Greg"]  # no sources to tell who Greg is
    other = claim_of("His lawyer says the sentence is harsh but Marek accepts it.")
    assert displaced(other, texts, evidence) == ["Marek / Greg"]


def test_the_company_an_articles_lede_names_is_the_one_it_goes_on_to_describe():
    lede = "Twenty people were taken to hospital after gas leaked at the Brask Metals plant."
    later = "The Safety Board said it had ordered the company not to restart the furnace."
    docs = [Document("a", f"{lede} Residents were told to stay indoors. {later}")]
    true = "The Safety Board ordered Brask Metals not to restart the furnace."
    passes_and_flags(true, true.replace("Brask Metals", "Helix Steel"), docs, "Helix Steel")
    # "the company" on the other side of the board than the claim puts it is not Brask Metals
    (turned,) = attribute(["Brask Metals ordered the Safety Board not to restart the furnace."],
                          docs)  # fmt: skip
    assert "Brask Metals" in turned.missing, turned.missing
    # a lede naming two companies leaves "the company" open
    two = lede.replace("Metals plant.", "Metals plant, which Helix Steel Corp runs.")
    docs = [Document("a", f"{two} Residents were told to stay indoors. {later}")]
    (result,) = attribute([true], docs)
    assert "Brask Metals" in result.missing, result.missing


def test_what_the_company_said_is_what_the_company_its_lede_names_said():
    from summarizer.relations.speakers import misquoted

    docs = [
        Document("a", "Brask Metals will close its smelter in Tollen, ending a century of "
                      "mining there. Residents were shocked. The company said on Monday it "
                      "would cut 300 jobs by June and move the furnaces to Carrow."),
    ]  # fmt: skip
    evidence = evidence_of(docs)
    said = claim_of("Brask Metals said it would cut 300 jobs by June and move the furnaces.")
    assert misquoted(said, evidence, set(said.ordered)) == []
    other = claim_of("Tollen Council said it would cut 300 jobs by June and move the furnaces.")
    assert misquoted(other, evidence, set(other.ordered)) == ["Tollen Council said"]


def test_a_page_titled_with_a_bodys_name_that_speaks_as_we_is_the_bodys():
    from summarizer.relations.speakers import misquoted

    page = ("Posted by Katrin. We got reports that a fake Brask screensaver is being sent in "
            "emails. The attachment hides a keylogger that steals passwords.")  # fmt: skip
    documents = [Document("a", page, title="Velsec : News from the Lab"),
                 Document("b", "Brask launched its screensaver on Monday.")]  # fmt: skip
    evidence = evidence_of(documents)
    assert "Velsec" in evidence.writers["a"]
    said = claim_of("Velsec warned that a fake screensaver sent in emails hides a keylogger.")
    assert misquoted(said, evidence, set(said.ordered)) == []
    # a title alone, or a page that does not speak as "we", is no one's
    for title, text in [("Velsec : News from the Lab", page.replace("We got", "Readers sent")),
                        ("Velsec warns of fake screensaver", page)]:  # fmt: skip
        documents[0] = Document("a", text, title=title)
        evidence = evidence_of(documents)
        assert "Velsec" not in (evidence.writers or {}).get("a", ())


def test_unless_says_what_if_not_says():
    docs = [Document("a", "The inspector said officials threatened to fire her on May 3 if she "
                          "did not accept a transfer to the Carrow office.")]  # fmt: skip
    true = "Officials threatened to fire the inspector unless she accepted a transfer to Carrow."
    (result,) = attribute([true], docs)
    assert result.support == "supported", result.missing
    (flipped,) = attribute(["Officials threatened to fire the inspector, who accepted a transfer "
                            "to Carrow."], docs)  # fmt: skip
    assert flipped.support != "supported"


def test_a_name_made_a_modifier_by_a_hyphen_may_stand_either_side_of_its_noun():
    docs = [Document("a", "The complaint was filed by a senior Tollen official based in Carrow "
                          "who oversees the port inspectors.")]  # fmt: skip
    true = (
        "The complaint was filed by a senior Carrow-based Tollen official who oversees the "
        "port inspectors."
    )
    (result,) = attribute([true], docs)
    assert result.support == "supported", result.missing
    # without the hyphen the two names are in an order the source does not have
    praised = "On Monday, Carrow praised Tollen for the port inspectors."
    assert reversed_names(claim_of(praised), ["On Monday, Tollen praised Carrow for the port "
                                              "inspectors."])  # fmt: skip


def test_an_apposition_turned_round_keeps_the_owner_with_the_role():
    from summarizer.support import with_opener

    quote = "Adm. Ilo Brask, Valdoria's naval chief, said Valdoria can shoot down more drones."
    docs = [Document("a", quote)]
    evidence = evidence_of(docs)

    def read(text: str) -> Claim:  # "Valdoria's" opening the claim is a name, as sources say
        return Claim.of(text, with_opener(text, extract_facts(text), evidence, lambda _: True))

    turned = read("Valdoria's naval chief, Rear Adm. Ilo Brask, said its forces can shoot down "
                  "more drones.")  # fmt: skip
    assert reversed_names(turned, [quote]) is None
    # where no source writes "Valdoria's naval chief", the two stand in the order they have
    other = quote.replace("Valdoria's naval chief", "the naval chief")
    assert reversed_names(turned, [other]) == ("Valdoria's", "Rear Adm Ilo Brask")


def test_a_doer_the_parse_borrows_from_another_verb_is_not_moved():
    from summarizer.predicates import DEFAULT_PARSER, load_parser
    from summarizer.predicates.conflicts import role_conflict

    parser, _ = load_parser(DEFAULT_PARSER)
    source = (
        "Former Governor Ilo Brask knew the riot by some of his followers at the Tollen "
        "Capitol on Jan. 6 would be violent but failed to stop the attempted coup, Valdoria "
        "Party impeachment managers argued Wednesday as they opened the prosecution of Mr. "
        "Brask in his Senate trial."
    )
    claim = "Democrats argued that Brask knew the riot would be violent."
    mine, theirs = parser.parse(claim).predicates, parser.parse(source).predicates
    argued = next(p for p in theirs if p.lemma == "argue")
    assert "A0" in argued.borrowed  # the parse gives "argued" the doer of "failed"
    assert role_conflict(mine, theirs) is None


def test_a_body_the_claim_gives_one_holder_of_a_post_where_the_source_has_another():
    docs = [
        Document("a", "The Tollen Transport Ministry under former Premier Ilo Brask backed the "
                      "port expansion in its briefs to the court in March."),
        Document("b", "Premier Tevita Marek took office in May and reviewed the port plans."),
    ]  # fmt: skip
    true = "The Tollen Transport Ministry backed the port expansion in its briefs in March."
    passes_and_flags(true, "Marek's Tollen Transport Ministry backed the port expansion in its "
                           "briefs in March.", docs, "Marek / Ilo Brask")  # fmt: skip
    # the same holder, or a holder of another post, is no other owner
    (same,) = attribute(["Brask's Tollen Transport Ministry backed the port expansion in its "
                         "briefs in March."], docs)  # fmt: skip
    assert not any(" / " in m for m in same.missing), same.missing
    other = [Document("a", docs[0].text.replace("former Premier", "Minister")), docs[1]]
    (post,) = attribute(["Marek's Tollen Transport Ministry backed the port expansion in its "
                         "briefs in March."], other)  # fmt: skip
    assert not any("Marek / " in m for m in post.missing), post.missing


def test_a_sentence_opening_with_a_role_goes_on_about_the_one_named_before():
    from summarizer.relations.naming import described_person

    docs = [
        Document("a", "Ilo Brask will run for governor again in 2026, he announced on Monday. "
                      '"Yes, I will run for the Tollen Senate," Brask said. "I can win." The '
                      "former chief justice of the Tollen Supreme Court was accused in 2017 of "
                      "taking bribes from builders."),
    ]  # fmt: skip
    evidence = evidence_of(docs)
    phrase = "The former chief justice of the Tollen Supreme Court"
    assert described_person(("Brask",), phrase, evidence)
    assert not described_person(("Marek",), phrase, evidence)
    (result,) = attribute(["Brask, who says he can win, was accused in 2017 of taking bribes "
                           "from builders."], docs)  # fmt: skip
    assert not any(" / " in m for m in result.missing), result.missing
    # where the sources give the post to someone else by name, it is theirs
    named = Document("b", "Chief Justice Tevita Marek retired in 2016.")
    evidence = evidence_of([*docs, named])
    assert not described_person(("Brask",), phrase, evidence)


def test_a_cleft_denial_with_a_contraction_denies_only_what_was_surprising():
    from summarizer.relations.wording import _negates

    quote = "It wasn't the win that was surprising, it was the margin Brask won by in Tollen."
    stems_ = {stem(w) for w in ("win", "surprising", "margin", "tollen")}
    assert not _negates(quote, stems_)
    assert _negates("Brask wasn't surprised by the win in Tollen.", stems_)


def test_a_day_named_by_its_figures_counts_nothing():
    facts = extract_facts("Tollen helped the 9/11 attackers, the 9/11 commission said.")
    assert facts.numbers == ()
    assert [n.surface for n in extract_facts("About 1/3 of voters in Tollen").numbers] == ["1", "3"]
    assert len(extract_facts("They met on 12/9/2001 in Tollen.").numbers) == 3


def test_it_is_a_after_a_sentence_naming_a_body_last_goes_on_about_it():
    from summarizer.relations.naming import it_stands_for

    docs = [
        Document("a", "Experts say Ilo Brask knew of the plot since he has headed the Tollen "
                      "Guard Force since 1998. It is a designated terrorist group and an arm of "
                      "the Valdoria Army, which dominates the country."),
    ]  # fmt: skip
    evidence = evidence_of(docs)
    assert it_stands_for(("Tollen", "Guard", "Force"), evidence, 0)
    assert not it_stands_for(("Ilo", "Brask"), evidence, 0)  # not named last, and a person
    (result,) = attribute(["The Tollen Guard Force is a designated terrorist group and an arm "
                           "of the Valdoria Army."], docs)  # fmt: skip
    assert "Tollen Guard Force" not in result.missing, result.missing


def test_a_speakers_words_end_where_and_another_name_goes_on_with_the_story():
    from summarizer.relations.speakers import misquoted

    docs = [
        Document("a", "Ahead of the debate, the chair, Ilo Brask, told moderator Rita Vos: it is "
                      "time to take Marek down."),
        Document("b", "At the debate, Vos confronted Marek with his remarks."),
    ]  # fmt: skip
    evidence = evidence_of(docs)
    text = ("Ilo Brask told moderator Rita Vos it was time to take Marek down, and Vos went on to "
            "confront Marek with his remarks.")  # fmt: skip
    claim = claim_of(text)
    assert misquoted(claim, evidence, set(claim.ordered)) == []
    # "and she went on": still what the speaker said, as far as the words can tell
    other = claim_of(text.replace(", and Vos went", ", and she went"))
    assert misquoted(other, evidence, set(other.ordered)) == ["Ilo Brask said"]


def test_a_word_for_a_rise_tells_what_another_does_round_a_figure():
    source = extract_facts("Some 212,000 migrants were met in July, a 13 percent increase over "
                           "the 188,000 met in June.")  # fmt: skip
    (jump,) = extract_facts("July's total was a 13% jump over June.").numbers
    (boost,) = extract_facts("July's total was a 13% boost over June.").numbers
    (drop,) = extract_facts("July's total was a 13% drop over June.").numbers
    assert jump.context & source.numbers[1].context
    assert boost.context & source.numbers[1].context
    assert not drop.context & source.numbers[1].context


def test_one_writer_or_one_report_is_whom_a_summary_credits():
    from summarizer.facts import attribution_tokens, tokens

    for text in ("Uncertainty remains the key feature of the crisis, one writer argues.",
                 "The CDC mixed two tests, something one report calls a mistake."):  # fmt: skip
        toks = tokens(text)
        credited = {toks[k] for k in attribution_tokens(text)}
        assert credited >= {"one"} and credited & {"writer", "report"}, credited
    assert not attribution_tokens("One writer was hurt in the blast.")


def test_a_name_opening_a_clause_about_another_name_is_tied_to_it():
    from summarizer.relations.mentions import apposed

    claim = claim_of("The Tollen Guard Force that Brask led is an arm of the Valdoria Army.")
    assert apposed(claim, ("Brask",)) == {stem("Force".lower())}
    assert apposed(claim_of("The Tollen Guard Force said Brask led it."), ("Brask",)) == set()


def test_a_day_between_two_words_gives_them_no_order():
    from summarizer.relations.order import reversed_words

    quote = "Ilo Brask got a first taste of the debate stage Tuesday when her rivals ganged up."
    claim = claim_of("Ilo Brask faced attacks from rivals at Tuesday's debate.")
    assert reversed_words(claim, [quote]) is None
    assert reversed_words(claim_of("The union criticised the students over the fees."),
                          ["The students criticised the union over the fees."])  # fmt: skip


def test_going_after_someone_is_no_link_between_two_events():
    from summarizer.relations.roles import unlinked

    docs = [Document("a", "The moderate hopefuls took aim at Vos's plan for a wealth tax. Vos "
                          "would use the tax to pay for free tuition.")]  # fmt: skip
    evidence = evidence_of(docs)
    went = claim_of("Moderate candidates went after Vos's wealth tax plan, which pays for tuition.")
    assert unlinked(went, evidence) == []
    fell = claim_of("Moderate candidates fell silent after Vos's wealth tax plan was unveiled.")
    assert unlinked(fell, evidence) != []


def test_anything_but_negates_as_not_does():
    docs = [Document("a", "For people with depression, staying home to slow the outbreak is not "
                          "what the doctor ordered, experts in Tollen say.")]  # fmt: skip
    (result,) = attribute(["For people with depression, staying home to slow the outbreak is "
                           "anything but what the doctor ordered."], docs)  # fmt: skip
    assert "negation" not in result.missing, result.missing


def test_a_place_the_sources_put_within_another_is_not_replaced_by_it():
    from summarizer.relations.naming import lies_in

    docs = [
        Document("a", "The rampage at two mosques in Christchurch, New Zealand, was planned to "
                      "reach many viewers."),
        Document("b", "Facebook said it removed 1.5 million videos of the attack on two New "
                      "Zealand mosques that killed 50 people."),
    ]  # fmt: skip
    evidence = evidence_of(docs)
    assert lies_in(("Christchurch",), "Zealand", evidence)
    assert lies_in(("Christchurch",), "New", evidence)
    assert not lies_in(("Wellington",), "Zealand", evidence)
    (result,) = attribute(["Facebook said it removed 1.5 million videos of the attack on two "
                           "Christchurch mosques, which killed 50 people."], docs)  # fmt: skip
    assert "Christchurch" not in " ".join(result.missing), result.missing


def test_a_stop_word_inside_a_name_is_no_unknown_first_word():
    docs = [Document("a", "A judge ruled Sunday that Ilo Brask's appointment as acting director "
                          "of Tollen Citizenship and Harbour Services was unlawful.")]  # fmt: skip
    true = ("A judge ruled Sunday that Ilo Brask was unlawfully appointed as acting head of "
            "Tollen Citizenship and Harbour Services.")  # fmt: skip
    (result,) = attribute([true], docs)
    assert "Tollen Citizenship and Harbour Services" not in result.missing, result.missing
    (other,) = attribute([true.replace("Citizenship", "Passport")], docs)
    assert other.support != "supported"


def test_an_adverb_after_a_name_is_no_deed_another_name_did():
    from summarizer.relations.roles import usurped

    docs = [Document("a", "Earlier reports said that Tollen had billed Valdoria $2m for the "
                          "student's care.")]  # fmt: skip
    evidence = evidence_of(docs)
    claim = claim_of("In 2017 Ilo Brask reportedly billed Valdoria $2 million for the care.")
    assert usurped(claim, evidence, 0) == []


def test_a_name_paired_by_and_with_another_is_tied_to_it():
    from summarizer.relations.mentions import paired

    claim = claim_of("The Tollen Council and Valdoria Republicans have swapped harbour plans.")
    assert paired(claim, ("Tollen", "Council")) == {stem("republicans")}
    assert paired(claim, ("Valdoria", "Republicans")) == {stem("council")}
    docs = [
        Document("a", "Talks on a harbour deal took centre stage as the Tollen Council and "
                      "Valdoria Republicans sought a compromise. The town and Valdoria "
                      "Republicans have traded harbour plans in recent weeks."),
    ]  # fmt: skip
    (result,) = attribute(["The Tollen Council and Valdoria Republicans have traded harbour "
                           "plans in recent weeks."], docs)  # fmt: skip
    assert "Tollen Council" not in result.missing, result.missing


def test_the_lede_gives_the_day_of_the_sentence_after_it():
    from summarizer.completing import completing_rows

    docs = [
        Document("a", "A day-old truce between Tollen and Valdoria appeared shaky Friday. Fighting "
                      "flared in the border region with each side blaming the other. On Thursday, "
                      "the two sides had agreed to pull back."),
    ]  # fmt: skip
    evidence = evidence_of(docs)
    rows = {(c.sentence, c.size): i for i, c in enumerate(evidence.candidates)}
    scores = np.ones(len(evidence.candidates))

    def completed(text: str) -> list[int]:
        claim = Claim.of(text, extract_facts(text))
        return completing_rows(claim, evidence, scores, [rows[1, 1]], set(), LEXICAL)

    assert completed("Fighting flared again in the border region on Friday.") == [rows[0, 1]]
    assert completed("Fighting flared again in the border region on Monday.") == []
