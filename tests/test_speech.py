from summarizer.speech import SPEAKING, SPEAKING_FORMS, forms


def test_forms_spell_the_present_and_past_of_each_verb():
    assert forms(frozenset({"stress", "argue", "warn", "say", "tell"})) == {
        "stresses", "stressed", "argues", "argued", "warns", "warned", "says", "said", "tells",
        "told",
    }  # fmt: skip


def test_one_list_serves_every_speech_check():
    from summarizer.predicates import parse
    from summarizer.relations import naming, words

    assert SPEAKING <= parse._TELLING_ALL
    assert SPEAKING_FORMS <= words.SAYING_WORDS
    assert naming.PRONOUN_SAID.search("she cautioned that") is not None
    assert naming.ROLE_SAID.search("the minister insisted") is not None
