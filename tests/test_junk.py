"""Page-junk rules, on fictional scraped text written for these tests."""

from summarizer.junk import clean_text

BODY = "The council approved the harbour budget on Monday after a two-hour debate."


def _clean(*lines):
    return clean_text("\n".join(lines))


def test_icon_label_lists_are_removed():
    nav = (
        "Menu An icon of three lines. Search An icon of a magnifying glass. Close An icon of an X."
    )
    assert _clean(nav, BODY) == BODY


def test_photo_captions_with_credits_are_removed_with_their_copies():
    out = _clean(
        "Workers outside the depot on Monday. (Photo: Jane Roe/Gazette)",
        "Workers outside the depot on Monday.",
        BODY,
        "The mayor speaks (City Hall Press Office/AP)",
    )
    assert out == BODY


def test_prompts_bylines_and_stamps_are_removed():
    out = _clean(
        "By Jane Roe",
        "March 3 2026, 6.50pm",
        BODY,
        "READ MORE: Ten things to do this weekend",
        "Sign up to our newsletter for the latest news.",
        "Follow us on Facebook",
        "Advertisement",
        "This is a developing story.",
    )
    assert out == BODY


def test_repeated_lines_are_kept_once():
    assert _clean(BODY, BODY) == BODY


def test_navigation_menu_is_removed_but_a_headline_is_kept():
    headline = "Council approves harbour budget after long debate"
    menu = "Gazette - Local News WORLD NEWS Sport Opinion PODCAST Weather"
    assert _clean(menu, headline, BODY) == f"{headline}\n\n{BODY}"


def test_trailing_related_headlines_are_removed():
    out = _clean(BODY, "Ten things to do in the harbour this weekend", "Why are ferries late?")
    assert out == BODY


def test_ordinary_sentences_with_parentheses_survive():
    text = "The agency (which runs the port) said 12 people (including two children) were hurt."
    assert _clean(text) == text


def test_a_line_starting_in_lower_case_continues_the_previous_line():
    second = "A new paragraph starts here with a full sentence."
    text = f"He is close to both the U.S.\n\n\nand Iran, officials said.\n{second}"
    assert clean_text(text) == f"He is close to both the U.S. and Iran, officials said.\n\n{second}"


def test_lower_case_urls_and_prompts_are_not_glued_to_a_sentence():
    text = f"{BODY}\nadvertisement\nhttp://example.org/story\n{BODY.replace('Monday', 'Friday')}"
    assert clean_text(text) == f"{BODY}\n\n{BODY.replace('Monday', 'Friday')}"


def test_a_lower_case_line_after_a_finished_sentence_stays_separate():
    second = "and then, as the debate went on, the mayor walked out of the chamber."
    assert clean_text(f"{BODY}\n{second}") == f"{BODY}\n\n{second}"
