from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.text import sentence_spans, split_sentences, words
from summarizer.types import Document


def _texts(text):
    return [text[a:b] for a, b in sentence_spans(text)]


def test_scraped_join_without_space_is_split():
    assert _texts("It was an assassination attempt.Piles of rubble lay in the street.") == [
        "It was an assassination attempt.",
        "Piles of rubble lay in the street.",
    ]


def test_abbreviations_and_decimals_do_not_split():
    assert _texts("The U.S. has 2.5 million troops. Mr. Price said so.") == [
        "The U.S. has 2.5 million troops.",
        "Mr. Price said so.",
    ]


def test_a_title_sentencex_takes_for_an_end_does_not_split():
    assert _texts("When he came upon Ms. Ruch, now 33, she thanked him. Ms. Bell left.") == [
        "When he came upon Ms. Ruch, now 33, she thanked him.",
        "Ms. Bell left.",
    ]
    assert _texts("The award went to Ms.") == ["The award went to Ms."]
    assert _texts("Sen. Joe Manchin, D-W. Va., wrote a letter. It was short.") == [
        "Sen. Joe Manchin, D-W. Va., wrote a letter.",
        "It was short.",
    ]


def test_line_breaks_are_boundaries():
    assert _texts("A headline without a stop\nThe body starts here. It goes on.") == [
        "A headline without a stop",
        "The body starts here.",
        "It goes on.",
    ]


def test_long_run_without_punctuation_is_cut_into_pieces():
    text = " ".join(["word"] * 1000)
    spans = sentence_spans(text)
    assert len(spans) > 1
    assert all(b - a <= 1200 for a, b in spans)


def test_sentences_know_document_index_and_offsets():
    doc = Document(id="d", text="  First one here.  Second one there.\n\nThird.")
    sentences = split_sentences(doc)
    assert [s.index for s in sentences] == [0, 1, 2]
    assert all(doc.text[s.start : s.end] == s.text for s in sentences)
    assert sentences[1].text == "Second one there."


def test_words_are_lowercased_and_keep_inner_hyphens_and_apostrophes():
    assert words("Al-Kadhimi's U.S. visit") == ["al-kadhimi's", "u.s", "visit"]


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_offsets_always_slice_to_the_sentence_text(text):
    doc = Document(id="x", text=text)
    previous_end = 0
    for sentence in split_sentences(doc):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text
        assert sentence.start >= previous_end
        previous_end = sentence.end


def test_sentence_glued_to_a_lower_case_word_is_split_at_the_opener():
    assert _texts("He called for calm todayA Downing Street spokesman said so.") == [
        "He called for calm today",
        "A Downing Street spokesman said so.",
    ]


def test_words_ending_in_an_opener_like_linkedin_are_not_split():
    assert _texts("She joined LinkedIn in May and left it. The firm ItThe") == [
        "She joined LinkedIn in May and left it.",
        "The firm ItThe",
    ]


def test_text_without_punctuation_is_cut_into_forty_word_chunks():
    text = " ".join(f"w{i}" for i in range(130))
    counts = [len(text[a:b].split()) for a, b in sentence_spans(text)]
    assert counts == [40, 40, 40, 10]


def test_a_run_just_under_the_word_limit_is_kept_whole():
    text = " ".join(f"w{i}" for i in range(120))
    assert sentence_spans(text) == [(0, len(text))]


def test_sentence_glued_after_a_closing_quote_is_split():
    assert _texts("He called it 'an act of terror'The United States agreed.") == [
        "He called it 'an act of terror'",
        "The United States agreed.",
    ]


def test_a_time_before_its_zone_is_one_sentence():
    text = (
        "It was close. As of 1:30 a.m. ET Tuesday, Lind's Liberal Party had won 157 seats. "
        "Polls closed at 9 p.m. Results came later."
    )
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "It was close.",
        "As of 1:30 a.m. ET Tuesday, Lind's Liberal Party had won 157 seats.",
        "Polls closed at 9 p.m.",
        "Results came later.",
    ]


def test_a_quoted_question_and_its_speaker_are_one_sentence():
    assert _texts(
        '"Who would keep quiet while you face prison?" Ferris asked the judge. Then.'
    ) == [
        '"Who would keep quiet while you face prison?" Ferris asked the judge.',
        "Then.",
    ]
    assert _texts('"We will win!" said Ada Holm.') == ['"We will win!" said Ada Holm.']
    # not a sentence of its own after the quotation, nor one naming nobody
    assert _texts('"Is it over?" The answer was no.') == ['"Is it over?"', "The answer was no."]
    assert _texts('"Who knew?" Nobody said a word.') == ['"Who knew?"', "Nobody said a word."]
    assert _texts('"Why now?" The union chief said on Monday that the talks had failed.') == [
        '"Why now?"',
        "The union chief said on Monday that the talks had failed.",
    ]
