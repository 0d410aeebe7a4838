"""Who did what to whom: the dependency-parse role check (summarizer/predicates/)."""

from __future__ import annotations

import pytest
from test_attribute import BRIDGE, LEXICAL, attribute, sentences_of

from summarizer.attribute import Attributor, _load_parser
from summarizer.config import AttributeConfig
from summarizer.predicates import (
    Argument,
    Title,
    place_conflict,
    post_conflict,
    replaced_roles,
    role_conflict,
)
from summarizer.types import Document


@pytest.fixture(scope="module")
def parser():
    parser, warning = _load_parser(AttributeConfig().parser)
    assert warning is None, warning
    return parser


def conflict(parser, claim: str, *sources: str) -> str | None:
    return role_conflict(
        parser.predicates(claim), [p for s in sources for p in parser.predicates(s)]
    )


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        ("Police pelted demonstrators with stones.",
         "Demonstrators pelted police with stones and bottles on Tuesday.",
         "Police / Demonstrators"),
        ("The museum donated the crown to the Harcourt family in 1911.",
         "The Harcourt family donated the crown to the museum in 1911.",
         "museum / family"),
        ("Estravia were beaten 2-1 by Valdoria after extra time.",
         "Estravia beat Valdoria 2-1 after extra time.",
         "Estravia / Valdoria"),
        ("Tollen threatened to close the harbour unless Mayor Varga expelled the smugglers.",
         "Mayor Varga on Monday urged Tollen to expel the smugglers, and threatened to close the "
         "harbour.",
         "Tollen / Mayor Varga"),
        ("Ray Pollard told jurors that Quayle had kept the money without his knowledge.",
         "Quayle told jurors that Ray Pollard had kept the money without his knowledge.",
         "Ray Pollard / Quayle"),
        # who claimed it and according to whom
        ("According to the Tollen Front, the Harbour News agency has claimed responsibility for "
         "the fire at the port.",
         "The Tollen Front has claimed responsibility for the fire at the port, according to the "
         "Harbour News agency.",
         "Tollen Front / agency"),
    ],
)  # fmt: skip
def test_roles_the_other_way_round_are_found(parser, claim, source, expected):
    assert conflict(parser, claim, source) == f"{expected} the other way round"


@pytest.mark.parametrize(
    "claim",
    [
        "Estravia were beaten 2-1 by Valdoria after extra time.",
        "Estravia lost 2-1 to Valdoria after extra time.",
        "Valdoria defeated Estravia 2-1 after extra time.",
        "Valdoria won 2-1 against Estravia after extra time.",
    ],
)
@pytest.mark.parametrize(
    "source",
    [
        "Valdoria lost 2-1 to Estravia after extra time on Tuesday.",
        "Estravia beat Valdoria 2-1 after extra time on Tuesday.",
        "Estravia won 2-1 over Valdoria after extra time on Tuesday.",
    ],
)
def test_a_result_told_by_losing_or_winning_is_one_result(parser, claim, source):
    assert conflict(parser, claim, source) is not None, (claim, source)
    right = claim.replace("Estravia", "X").replace("Valdoria", "Estravia").replace("X", "Valdoria")
    assert conflict(parser, right, source) is None, (right, source)


@pytest.mark.parametrize(
    ("claim", "sources"),
    [
        ("Police pelted demonstrators with stones.",
         ["Police pelted demonstrators with stones."]),
        ("Valdoria were beaten 2-1 by Estravia after extra time.",
         ["Estravia beat Valdoria 2-1 after extra time."]),
        ("Valdoria lost to Estravia.", ["Estravia beat Valdoria."]),
        ("According to the Harbour News agency, the Tollen Front has claimed responsibility "
         "for the fire at the port.",
         ["The Tollen Front has claimed responsibility for the fire at the port, according to "
          "the Harbour News agency."]),
        # one cited text with the claim's roles is enough
        ("Smith praised Jones.", ["Jones praised Smith.", "Smith praised Jones warmly."]),
        # "did the same" does not make its doer a second doer of the first verb
        ("Ann Lee and Tom Ray gave money to the Smith campaign, while Bo Park did the same "
         "for the Jones campaign.",
         ["Ann Lee and Tom Ray gave money to the Smith campaign.",
          "Bo Park gave money to the Jones campaign."]),
        # an apposition names the same doer
        ("Oskar Tamm, who gave evidence against Brannagh, received a suspended sentence.",
         ["The managing director, Oskar Tamm, who gave evidence against Brannagh, received a "
          "suspended sentence."]),
        # a past tense joined to the infinitive is the urger's ("... and threatened")
        ("President Kern urged Valdoria to deport the migrants and threatened to shut the "
         "border.",
         ["President Kern on Monday urged Valdoria to deport migrants who are attempting to "
          "reach Estravia, and threatened to permanently shut the border."]),
        # the one urged to do something does it
        ("Mayor Varga threatened to close the harbour unless Tollen expelled the smugglers.",
         ["Mayor Varga on Monday urged Tollen to expel the smugglers, and threatened to close "
          "the harbour."]),
    ],
)  # fmt: skip
def test_roles_the_sources_give_pass(parser, claim, sources):
    assert conflict(parser, claim, *sources) is None


def test_a_name_moved_to_another_verb_is_found(parser):
    claim = "Tamm was jailed for six years, while Brannagh received a suspended sentence."
    sources = ["Brannagh was jailed for six years.", "Tamm received a suspended sentence."]
    assert conflict(parser, claim, *sources) is not None


def test_a_name_the_verb_gives_as_an_owner_is_not_moved(parser):
    # the claim's "take over" gives Lind the post Holm takes, not the doing of another taking
    claim = (
        "Marta Lind, 58, succeeds Oskar Berg, while Petra Holm, running unopposed, takes over "
        "Lind's old post as party treasurer."
    )
    source = "Lind takes over a party with nine seats on the council."
    assert conflict(parser, claim, source) is None
    moved = "Marta Lind, 58, succeeds Oskar Berg, while Petra Holm takes over the party."
    assert conflict(parser, moved, source) == "Petra Holm / Lind the other way round"


def test_a_doer_moved_to_another_slot_of_the_verb_is_found(parser):
    source = "President Ivo Marek released a scathing letter on Monday to the head of the agency."
    claim = "Agency chief Ana Lind released a scathing letter to President Ivo Marek."
    assert conflict(parser, claim, source) == "Ana Lind / President Ivo Marek the other way round"
    true = "President Ivo Marek released a scathing letter to Ana Lind."
    assert conflict(parser, true, source) is None


FINAL = [
    Document("a", "Estravia beat Valdoria 2-1 after extra time in Porto Seren on Tuesday. "
                  "The winning goal came in the 112th minute."),
    Document("b", "Estravia knocked out Valdoria in Porto Seren on Tuesday, winning 2-1 after "
                  "extra time."),
]  # fmt: skip


def test_attribution_flags_a_passive_role_swap_only_with_the_parser():
    claim = "Estravia were beaten 2-1 by Valdoria after extra time in Porto Seren on Tuesday."
    true = "Valdoria were beaten 2-1 by Estravia after extra time in Porto Seren on Tuesday."
    sentences = sentences_of(FINAL)
    parsed = Attributor(AttributeConfig(use_embeddings=False))
    swapped, kept = parsed.attribute([claim, true], FINAL, sentences)
    assert swapped.support == "partial"
    assert "Estravia / Valdoria the other way round" in swapped.missing
    assert kept.support == "supported"
    unparsed = Attributor(AttributeConfig(use_embeddings=False, parser=""))
    assert unparsed.attribute([claim], FINAL, sentences)[0].support == "supported"
    assert parsed.warnings == unparsed.warnings == ()


def test_clear_caches_forgets_evidence_parses_and_vectors_but_not_verdicts():
    from summarizer.embed import bundled_embedder

    claim = "Estravia were beaten 2-1 by Valdoria after extra time in Porto Seren on Tuesday."
    embedder = bundled_embedder()
    attributor = Attributor(AttributeConfig(), embedder)
    sentences = sentences_of(FINAL)
    first = attributor.attribute([claim], FINAL, sentences)
    parse = attributor._parser[0].parse
    assert len(attributor._cache) == 1 and parse.cache_info().currsize > 0
    assert claim in embedder._cache
    attributor.clear_caches()
    assert len(attributor._cache) == 0 and parse.cache_info().currsize == 0
    assert not embedder._cache
    assert attributor.attribute([claim], FINAL, sentences) == first


def test_a_parser_that_fails_to_load_warns_and_attribution_goes_on():
    attributor = Attributor(AttributeConfig(use_embeddings=False, parser="no_such_pipeline"))
    claim = "Estravia were beaten 2-1 by Valdoria after extra time in Porto Seren on Tuesday."
    (result,) = attributor.attribute([claim], FINAL, sentences_of(FINAL))
    assert result.support == "supported"
    assert len(attributor.warnings) == 1
    assert attributor.warnings[0].startswith("role check off: could not load parser")


def test_a_post_the_sources_give_someone_else_is_found(parser):
    claim = parser.parse("Tomas Reyne, chairman of the Caswell Harbour Board, praised the crew.")
    source = parser.parse(
        '"Nobody hesitated," said Ilse Marsh, chairman of the Caswell Harbour Board.'
    )
    assert post_conflict(claim.titles, source.titles) == "chairman Tomas Reyne"
    before = parser.parse("Harbour Board chairman Ilse Marsh said nobody hesitated.")
    assert post_conflict(claim.titles, before.titles) == "chairman Tomas Reyne"
    same = parser.parse("Harbour Board chairman Tomas Reyne said nobody hesitated.")
    assert post_conflict(claim.titles, same.titles) is None
    other_body = parser.parse("Ilse Marsh, chairman of the Caswell rowing club, was there.")
    assert post_conflict(claim.titles, other_body.titles) is None


HOUSE = [
    Document("a", "Republicans chose Rep. Dana Whitlow of Indiana for another term as speaker "
                  "and re-elected Tom Marr of Ohio as majority leader."),
]  # fmt: skip


def test_a_person_said_to_be_of_another_place_is_flagged_with_or_without_the_parser(parser):
    claim = "Republicans chose Rep. Dana Whitlow of Ohio for another term as speaker."
    mine = parser.parse(claim)
    assert place_conflict(mine.titles, parser.parse(HOUSE[0].text).titles) == (
        "Rep. Dana Whitlow of Ohio"
    )
    same = parser.parse("Rep. Dana Whitlow of Ohio spoke.")
    assert place_conflict(mine.titles, same.titles) is None
    sentences = sentences_of(HOUSE)  # "Rep." ends no sentence
    (parsed,) = Attributor(AttributeConfig(use_embeddings=False)).attribute(
        [claim], HOUSE, sentences
    )
    assert parsed.support == "partial" and "Rep. Dana Whitlow of Ohio" in parsed.missing
    unparsed = Attributor(AttributeConfig(use_embeddings=False, parser=""))
    (moved,) = unparsed.attribute([claim], HOUSE, sentences)  # "Whitlow of Indiana"
    assert moved.support == "partial" and moved.missing == ("Ohio / Indiana",)


def test_an_unseen_opening_word_the_parse_tags_a_proper_noun_is_a_missing_name():
    claim = "Okafor and Mayor Ruth Adeyemi said the city could not gamble with safety."
    (parsed,) = attribute([claim], BRIDGE, LEXICAL)
    assert parsed.support != "supported" and "Okafor" in parsed.missing
    (unparsed,) = attribute([claim], BRIDGE, AttributeConfig(use_embeddings=False, parser=""))
    assert "Okafor" not in unparsed.missing
    (common,) = attribute(["Repairs will cost 31 million dollars, the state said."], BRIDGE)
    assert common.support == "supported"


def test_a_verb_after_before_or_after_has_the_doer_of_the_verb_it_follows(parser):
    source = "Tamm plotted for weeks before luring the guard into the yard."
    (lure,) = [p for p in parser.predicates(source) if p.lemma == "lure"]
    assert [a.text for a in lure.get("A0")] == ["Tamm"]
    assert conflict(parser, "The guard lured Tamm into the yard.", source)


def test_a_cited_text_with_the_words_name_of_place_outweighs_a_misparse():
    # A small parser once read "Judith Miller of The New York Times and Time magazine's Matt
    # Cooper" as Miller "of Matt Cooper"; the words themselves say otherwise.
    dana = Argument(frozenset({"dana", "whitlow"}), True, "Dana Whitlow")
    mine = [Title(dana, "of", frozenset({"ohio"}), "Ohio")]
    misparsed = [Title(dana, "of", frozenset({"tom", "marr"}), "Tom Marr")]
    quote = "Dana Whitlow of  Ohio and Indiana's Tom Marr were re-elected."
    assert place_conflict(mine, misparsed) == "Dana Whitlow of Ohio"
    assert place_conflict(mine, misparsed, [quote]) is None
    elsewhere = "Dana Whitlow of Indiana met Tom Marr of Ohio."
    assert place_conflict(mine, misparsed, [elsewhere]) == "Dana Whitlow of Ohio"


def test_a_speaker_a_text_credits_the_whole_of_it_to_is_no_swap(parser):
    claim = "Ian Rintoul said the Canberra Government may take Sri Lankans as refugees."
    credited = ("The Canberra Government has said it may take Sri Lankans as refugees, according "
                "to Ian Rintoul of the Refugee Action Coalition.")  # fmt: skip
    assert conflict(parser, claim, credited) is None
    uncredited = ("The Canberra Government has said it may take Sri Lankans as refugees, Ian "
                  "Rintoul noted.")  # fmt: skip
    assert conflict(parser, claim, uncredited) is not None


def test_a_name_given_as_an_example_of_the_doer_is_a_doer(parser):
    claim = "Graham Cluley warned of vigilantes, and Steve Linford said the tactic was wrong."
    sources = (
        "Graham Cluley said there could be vigilantes.",
        "But supporters, such as Steve Linford at SpamHaus, said the tactic was wrong.",
    )
    assert conflict(parser, claim, *sources) is None
    (said,) = [p for p in parser.predicates(sources[1]) if p.lemma == "say"]
    assert {a.text for a in said.get("A0")} == {"supporters", "Steve Linford"}


def replaced(parser, claim: str, *sources: str) -> str | None:
    from summarizer.facts import extract_facts, plain, tokens
    from summarizer.relations.claim import Claim
    from summarizer.relations.naming import names_another

    words = tokens(claim)
    names = {plain(w).lower() for w in words if w[:1].isupper()}
    pairs = replaced_roles(
        parser.predicates(claim), [p for s in sources for p in parser.predicates(s)], names
    )
    parsed = Claim.of(claim, extract_facts(claim))
    return next((f"{a} / {b}" for a, b in pairs if names_another(parsed, b)), None)


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        ("Harbour chief Tomas Reyne announced on Friday that the ferry to Porto Seren would "
         "resume sailing next week.",
         "Mayor Ilse Varga announced on Friday that the ferry to Porto Seren would resume "
         "sailing next week.",
         "Harbour chief Tomas Reyne / Mayor Ilse Varga"),
        # a description with a place's name in it
        ("Estravia's fisheries minister warned on Monday that the cod stocks of the northern "
         "shelf could collapse within a decade.",
         "Valdorian President Anika Holm warned on Monday that the cod stocks of the northern "
         "shelf could collapse within a decade.",
         "Estravia's fisheries minister / Valdorian President Anika Holm"),
        ("According to the Estravian coastguard, the trawler sank after striking rocks off the "
         "northern cape.",
         "The trawler sank after striking rocks off the northern cape, according to the "
         "Valdorian navy.",
         "the Estravian coastguard / the Valdorian navy"),
        # a body with a generic word in common is still another body
        ("The Supreme Court of Estravia rejected the ministry's arguments that the fishing "
         "quota was lawful and fairly set.",
         "The Court of Appeal in Porto Seren rejected the ministry's arguments that the fishing "
         "quota was lawful and fairly set.",
         "The Supreme Court of Estravia / The Court of Appeal in Porto Seren"),
        # the one told
        ("The harbour board told the Caswell Gazette on Sunday that 40 percent of its pilots "
         "are women.",
         "The harbour board told Radio Seren on Sunday that 40 percent of its pilots are women.",
         "the Caswell Gazette / Radio Seren"),
        # "according to" another body, an apposition after it going on with the story
        ("More than 40,000 residents filed for flood relief last week, according to the "
         "Harbour Board, as the wave of claims kept growing.",
         "More than 40,000 residents filed for flood relief last week, according to the "
         "Ostrel Council, a sign that the wave of claims continues to grow.",
         "the Harbour Board / the Ostrel Council, a sign that the wave of claims continues to "
         "grow"),
        # "according to" another outlet, the report paraphrased
        ("In the 1880s, harbour work was dangerous and pay was low, making strikes by dockers "
         "increasingly common and bitter, according to the Caswell Gazette.",
         "In the 1880s, harbour work was dangerous, but dockers were paid little, so dockers' "
         "strikes were becoming more and more common, according to Radio Seren.",
         "the Caswell Gazette / Radio Seren"),
        # the claim's name owns the one the text has doing it
        ("Mayor Ilse Varga wrote on Twitter that the video doesn't lie and that the Ostrel "
         "council stole the vote.",
         "Mayor Ilse Varga's lawyer, Tomas Reyne, wrote on Twitter: \"The video doesn't lie. "
         "The Ostrel council stole the vote.\"",
         "Mayor Ilse Varga / Mayor Ilse Varga's lawyer, Tomas Reyne,"),
        # one member of a list put in another's place
        ("Mayor Varga criticized Tomas Reyne and the Ostrel company over what she called "
         "a giveaway for the rich.",
         "Mayor Varga criticized Governor Anika Holm and the Ostrel company over what she "
         "called a giveaway for the rich.",
         "Tomas Reyne / Governor Anika Holm"),
    ],
)  # fmt: skip
def test_a_name_put_in_anothers_place_is_found(parser, claim, source, expected):
    assert replaced(parser, claim, source) == expected


@pytest.mark.parametrize(
    ("claim", "sources"),
    [
        # the same person, named otherwise
        ("Mayor Varga announced on Friday that the ferry to Porto Seren would resume sailing.",
         ["Ilse Varga, the mayor, announced on Friday that the ferry to Porto Seren would "
          "resume sailing."]),
        # the same body, named in part
        ("The Court of Appeal rejected the ministry's arguments that the quota was lawful.",
         ["The Estravian Court of Appeal rejected the ministry's arguments that the quota was "
          "lawful."]),
        # a description in the source: who it is cannot be told
        ("Tomas Reyne announced on Friday that the ferry to Porto Seren would resume sailing.",
         ["A former harbour pilot announced on Friday that the ferry to Porto Seren would "
          "resume sailing."]),
        # another text gives the claim's doer
        ("Tomas Reyne announced on Friday that the ferry to Porto Seren would resume sailing.",
         ["Mayor Ilse Varga announced on Friday that the ferry to Porto Seren would resume "
          "sailing.",
          "Tomas Reyne announced on Friday that the ferry to Porto Seren would resume sailing."]),
        # the other name is in the claim too
        ("Tomas Reyne announced, with Ilse Varga, that the ferry to Porto Seren would resume "
         "sailing.",
         ["Ilse Varga announced that the ferry to Porto Seren would resume sailing."]),
        # too little in common besides the verb
        ("Tomas Reyne announced his resignation on Friday.",
         ["Ilse Varga announced on Friday that the ferry would resume sailing."]),
        # the other name in another form, or a title only
        ("The United States has now logged more than 40 million flu cases since the season "
         "began.",
         ["The U.S. has now logged more than 40 million flu cases since the season began."]),
        ("A student claims the University of Caswell has an anti-male bias in its hearings.",
         ["A student claims UC has an anti-male bias in its hearings."]),
        ("Britain supports the efforts of Valdoria's president to form a government.",
         ["The UK supports the efforts of Valdoria's president to form a government."]),
        ("Tomas Reyne said the harbour would reopen after the storm had passed.",
         ["The Prime Minister said the harbour would reopen after the storm had passed."]),
        ("Ostrel said it had not removed the event page after the protest was over.",
         ["OS said it had not removed the event page after the protest was over."]),
        # a capital at the start of the sentence is no name
        ("Residents of Tollen traded jokes about the tree on social media all week.",
         ["Insults traded jokes about the tree on social media all week."]),
        # a programme of the claim's body is the body; a description by a place is no name
        ("Gen Anton Brisco told the Caswell Radio that the inquiry had failed to prove the "
         "claims.",
         ["Gen Anton Brisco told the Caswell Radio's Morning Hour programme that the inquiry "
          "had failed to prove the claims."]),
        ("A florist on Tanner's Row said the charge would cost her 45 pounds a week because "
         "her van comes in every weekday.",
         ["'My van comes in every weekday. That's 45 pounds a week I never had to pay before,' "
          "said Thorley, 58, who has run the shop for 22 years."]),
        # the claim's name in another slot of the text's verb: roles, not a name replaced
        ("Treasury chief Anton Brisco joined Estravian lawmakers in the Oval Office for the "
         "bill signing.",
         ["President Reyne was joined in the Oval Office for the bill signing by Estravian "
          "lawmakers and Treasury chief Anton Brisco."]),
        # a list another text gives whole, or with an apposition in it
        ("Mayor Varga criticized Tomas Reyne and the Ostrel company over the giveaway.",
         ["Mayor Varga criticized Governor Anika Holm and the Ostrel company over the "
          "giveaway.",
          "On Friday Mayor Varga criticized Tomas Reyne and the Ostrel company over the "
          "giveaway."]),
        ("Protesters confronted Sen. Ilse Varga, an Estravian Democrat, and her husband at a "
         "restaurant on Monday.",
         ["Protesters confronted Sen. Ilse Varga (D-ES) and her husband at a restaurant on "
          "Monday night."]),
        # the doer of a verb under "of" is not the doer of the verb above it
        ("Quayle siphoned nearly $2.7 million from Brackwater through a consulting company.",
         ["A Halvern County jury convicted Quayle of siphoning nearly $2.7 million from "
          "Brackwater through a consulting company."]),
    ],
)  # fmt: skip
def test_the_name_the_sources_give_or_cannot_be_told_passes(parser, claim, sources):
    assert replaced(parser, claim, *sources) is None


def test_attribution_flags_a_description_of_another_in_the_doers_place():
    documents = [
        Document("a", "Valdorian President Anika Holm warned on Monday that the cod stocks of "
                      "the northern shelf could collapse within a decade."),
        Document("b", "The quota for the northern shelf will be cut by a fifth, Estravia's "
                      "fisheries minister has said."),
    ]  # fmt: skip
    claims = [
        "Estravia's fisheries minister warned on Monday that the cod stocks of the northern "
        "shelf could collapse within a decade.",
        "Valdoria's president warned on Monday that the cod stocks of the northern shelf could "
        "collapse within a decade.",
    ]
    altered, true = Attributor(AttributeConfig(use_embeddings=False)).attribute(
        claims, documents, sentences_of(documents)
    )
    assert altered.support == "partial"
    assert "Estravia's fisheries minister / Valdorian President Anika Holm" in altered.missing
    assert true.support == "supported", true.missing


def test_a_curly_apostrophe_parses_as_a_straight_one(parser):
    text = "Judge Paul Bryant of Jefferson County{}s Court of Common Pleas ruled in five cases."
    curly, straight = (parser.parse(text.format(mark)).titles for mark in ("\u2019", "'"))
    assert curly == straight
    assert place_conflict(straight, curly, [text.format("\u2019")]) is None


def test_a_lower_case_word_tagged_a_proper_noun_is_no_name(parser):
    # the pipeline tags "star guard" a proper noun; a name is written capitalised
    assert (
        conflict(
            parser,
            "The Harwick Rovers have suspended Jalen Moss for three games without pay for conduct "
            "detrimental to the team after the star guard asked to be traded.",
            "The Harwick Rovers suspended star guard Jalen Moss for three games without pay on "
            "Tuesday for conduct detrimental to the team, a day after Moss asked to be traded.",
        )
        is None
    )


def test_a_relative_clause_after_a_place_is_no_ones(parser):
    assert (
        conflict(
            parser,
            "Carrow, a family-owned company based in Dublin, Ohio, that employs about 1,200 "
            "people, says it disputes the allegations.",
            "Carrow, founded in 1974 by the grandfather of its chief executive, Paul Carrow, "
            "employs about 1,200 people.",
        )
        is None
    )


def test_a_relative_clause_on_an_apposition_is_the_named_persons(parser):
    # "Whitcomb, a Republican who inherited the suit": Whitcomb inherited it, as the source says
    claim = (
        "Whitcomb, a Republican who inherited the suit when she took office in January, called "
        "the company's own records the most damning evidence in the case."
    )
    sources = (
        "Whitcomb, a Republican who took office in January, inherited the lawsuit from her "
        "predecessor.",
        "Whitcomb said the company's records were the most damning evidence in the case.",
    )
    assert conflict(parser, claim, *sources) is None
    # and where the source has it the other way round, the claim's relative clause says so
    assert conflict(
        parser,
        "Harlan, a Republican who inherited the suit from Whitcomb, called the records damning.",
        "Whitcomb, a Republican, inherited the suit from Harlan in January.",
    ) in ("Harlan / Whitcomb the other way round", "Whitcomb / Harlan the other way round")


def test_an_outlet_the_sources_never_name_is_given_no_role_but_a_party_they_name_is():
    docs = [Document("a", "Months of secret talks have brought Sinn Fein and the DUP close to "
                          "an accord. The accord could end the year-long stalemate in the peace "
                          "process, Sinn Fein said on Tuesday.")]  # fmt: skip
    claim = ("Secret talks have brought Sinn Fein and the DUP close to an accord that, {} says, "
             "could end the year-long stalemate in the peace process.")  # fmt: skip
    outlet, party = Attributor(AttributeConfig()).attribute(
        [claim.format("the Belfast Telegraph"), claim.format("the DUP")], docs, sentences_of(docs)
    )
    assert outlet.support == "supported", outlet.missing
    assert party.support == "partial" and "DUP / Sinn Fein the other way round" in party.missing


def test_one_chosen_for_a_job_does_it(parser):
    source = "Ada Holm, a former judge, has been tapped to run the harbour board, an aide said."
    assert (
        conflict(parser, "Mayor Kern has chosen Ada Holm to run the harbour board.", source) is None
    )
    # the one chosen runs it, not the one choosing
    chosen = parser.predicates("Mayor Kern has chosen Ada Holm to run the harbour board.")
    run = next(p for p in chosen if p.lemma == "run")
    assert [a.text for a in run.get("A0")] == ["Ada Holm"]
