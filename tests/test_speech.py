from summarizer.speech import SPEAKING, SPEAKING_FORMS, forms


def test_forms_spell_the_present_and_past_of_each_verb():
    assert forms(frozenset({"stress", "argue", "warn", "say", "tell"})) == {
        "stresses", "stressed", "argues", "argued", "warns", "warned", "says", "said", "tells",
        "told",
    }  # fmt: skip


def test_forms_of_a_verb_ending_in_consonant_y_and_the_asking_verbs():
    from summarizer import text

    assert forms(frozenset({"reply", "stay"})) == {"replies", "replied", "stays", "stayed"}
    # '"Why now?" Torres replied.' and '... Torres wonders.' close the question they follow
    assert len(text.sentence_spans('"Why now?" Torres replied. The plant shut.')) == 2
    assert len(text.sentence_spans('"Why now?" Torres wonders. The plant shut.')) == 2


def test_one_list_serves_every_speech_check():
    from summarizer.predicates import parse
    from summarizer.relations import naming, words

    assert SPEAKING <= parse._TELLING_ALL
    assert SPEAKING_FORMS <= words.SAYING_WORDS
    assert naming.PRONOUN_SAID.search("she cautioned that") is not None
    assert naming.ROLE_SAID.search("the minister insisted") is not None
