"""Page-junk rules, on fictional scraped text written for these tests."""

import pytest

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


def test_a_dated_line_that_says_something_is_kept_and_a_dated_label_is_not():
    caption = "The harbour wall was rebuilt after the storm of 1987"
    out = _clean(
        "Last update: 05 March 2026 at 11:10 GMT",
        "Older News: March of 2026",
        "Posted by Jane Roe on March 3, 2026 in News, Harbour",
        BODY,
        caption,
        "The full report is available here: http://example.org/2026/",
        "Work on the new wall starts in May.",
    )
    assert out == f"{BODY}\n\n{caption}\n\nWork on the new wall starts in May."


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


# -- wire datelines --------------------------------------------------------------------------

STORY = "Twelve workers were hurt when fire swept through the grain terminal on Friday evening."


def test_wire_datelines_are_stripped_from_the_first_sentence():
    datelines = [
        "PORT CARROW, March 15 (NWS) - ",
        "LONDON (Reuters) -- ",
        "WASHINGTON — ",
        "WASHINGTON—",
        "WASHINGTON -- ",
        "Port Carrow, Ore., March 15, 2026 /PRNewswire/ -- ",
        "PORT CARROW, Ore. (AP) — ",
        "London, 15 March 2026 (NWS) – ",
        "Port Carrow (Reuters) - ",
        "ST. LOUIS, Mo. - ",
    ]
    for dateline in datelines:
        assert _clean(dateline + STORY, BODY) == f"{STORY}\n\n{BODY}", dateline


def test_dateline_after_a_headline_is_stripped_and_the_headline_kept():
    out = _clean("Fire at the grain terminal", "LONDON (Reuters) - " + STORY, BODY)
    assert out == f"Fire at the grain terminal\n\n{STORY}\n\n{BODY}"


def test_only_the_first_sentence_of_the_body_loses_its_dateline():
    later = "WASHINGTON — " + STORY
    assert _clean(BODY, later) == f"{BODY}\n\n{later}"


def test_sentences_that_only_look_like_datelines_are_kept():
    kept = [
        "Smith - who had left - returned to the harbour on Monday after a long absence.",
        "Paris is the capital of France and the seat of its national government.",
        "London - and much of the south - was hit by heavy rain on Monday evening.",
        "NASA - the space agency - said the launch had been delayed until Monday.",
        "US - China trade talks resumed in Geneva on Monday after a pause of two months.",
        "Port Carrow - the region's busiest wharf - reopened to ships on Monday morning.",
        "The mayor, March 15 (NWS) said little about the council's plans for the wharf.",
    ]
    for line in kept:
        assert _clean(line, BODY) == f"{line}\n\n{BODY}", line


def test_an_article_sent_as_one_paragraph_keeps_its_sentences_around_glued_junk():
    sentences = [
        "The Ravel ferry ran aground off Tollen Point on Friday night with 212 people on board.",
        "All of them were taken off by lifeboats before dawn, the coastguard said.",
        "Read more: How the Tollen crossing became the busiest in the north",
        "Divers found a gash about four metres long in the hull on Saturday.",
        "Sign up for our Coast newsletter for the latest on the crossing.",
        "The operator, Skerry Lines, said sailings would resume on Tuesday with a spare vessel.",
        "Passengers described a loud scrape and then the lights going out in the lounge.",
        "The harbour master, Ina Varga, said the tide had been unusually low.",
        "(Photo: Tom Hale/Coast Herald) An inquiry into the grounding will open next month.",
        "Investigators will also look at the ferry's charts and the crew's rest hours.",
    ]
    out = clean_text(" ".join(sentences))
    for junk in ("Read more", "newsletter", "Photo"):
        assert junk not in out
    # A link without a full stop runs into the next sentence, which goes with it.
    kept = [s for i, s in enumerate(sentences) if i not in (2, 3, 4, 8)]
    assert out == " ".join(kept)


def test_a_long_line_made_mostly_of_junk_goes_whole():
    icons = " ".join(f"Tab{i} An icon of a shape number {i}." for i in range(20))
    line = f"{icons} The council met on Monday."
    assert len(line.split()) >= 80
    assert clean_text(f"{line}\n{BODY}") == BODY


def test_an_article_in_one_paragraph_ending_in_a_wire_credit_is_kept_without_it():
    sentences = [
        "The Varrow county board chose its finance director, Lena Osgood, as administrator.",
        "She replaces Tomas Reyne, who resigned last week after eleven years in the post.",
        "Osgood, 52, has run the county's budget office since 2019 and led the bond refinancing.",
        "Board members said they wanted someone who knew the accounts before the spring audit.",
        "Reyne had clashed with the board over the closure of two rural clinics in the autumn.",
        "The appointment takes effect on Monday and runs until the end of Reyne's term in 2028.",
        "Osgood said her first task would be to publish the clinic review in full next month.",
    ]
    body = " ".join(sentences)
    assert len(body.split()) >= 80
    head = "Varrow board names new administrator"
    credit = "(Additional reporting by Kim Adler)"
    text = f"{head}\n{body} {credit}\nPrintable view | Email this article"
    assert clean_text(text) == f"{head}\n\n{body}"
    # Without the credit the paragraph still ends in no full stop: it is no headline teaser.
    assert clean_text(f"{head}\n{body[:-1]} (staff)") == f"{head}\n\n{body[:-1]} (staff)"
    assert clean_text(f"{BODY} (Reporting by Kim Adler; Editing by Joe Marr)") == BODY


def test_a_last_paragraph_ending_in_a_quoted_exclamation_is_article_text():
    quote = ('"We did it!" Osgood wrote in a post that has been shared 4,000 times. '
             '"Thank you, Varrow!"')  # fmt: skip
    assert clean_text(f"{BODY}\n{quote}") == f"{BODY}\n\n{quote}"
    # a headline teaser with no closing quote still goes
    assert clean_text(f"{BODY}\nYou won't believe what happened next!") == BODY


@pytest.mark.parametrize(
    ("text", "expected"),
    [("The Harbour Report > Local News > Ferry Strike Ends. Crews return on Monday.",
      "Ferry Strike Ends. Crews return on Monday."),
     ("Home > News > UK > Health\n\nThe ferry strike ended on Monday.",
      "The ferry strike ended on Monday."),
     ("He said 3 > 2 > 1 was the order.", "He said 3 > 2 > 1 was the order.")],
)  # fmt: skip
def test_a_navigation_trail_opening_a_line_goes(text, expected):
    assert clean_text(text) == expected


def test_a_sentence_opening_with_by_is_no_byline_and_a_byline_names_the_writer():
    from summarizer.junk import byline

    assert _clean("By Tuesday, the council had voted.", BODY) == (
        "By Tuesday, the council had voted.\n\n" + BODY
    )
    assert byline("By Tuesday, the council had voted.\n\n" + BODY) == ""
    assert byline("Home | News\n\nThe harbour plan\n\nBy Lena Hart, Staff Writer\n\n" + BODY) == (
        "Lena Hart"
    )


@pytest.mark.parametrize("day", ["FRIDAY", "Sunday", "WEDNESDAY, APRIL 23", "Friday, Dec. 19"])
def test_a_live_blogs_day_line_is_kept_and_a_short_label_is_not(day):
    entry = "9:30 p.m. — The FAA says the problem is limited to the airline."
    assert _clean(BODY, day, entry, "Advertisement", entry.replace("9:30", "6:10")).split(
        "\n\n"
    ) == [BODY, day, entry, entry.replace("9:30", "6:10")]
