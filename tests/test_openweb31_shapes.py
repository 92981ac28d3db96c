"""Chrome inside the story on unseen sites, round 31 (issue 19): captions printed twice with a
photographer's credit on one copy, each on a page written for it.

Every story, town and name here is invented. Each test shows the shape cut and a near miss of
the same look left alone.
"""

from __future__ import annotations

import pytest
from stories import extract_at
from test_openweb24_shapes import BODY, STORY_URL, TITLE  # the same written story, round 24's

CAPTION = "Passengers board the first crossing at the repaired ramp in Port Avelin on Monday."


def _removed(page, rule: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.text for r in page.removed if r.rule == rule]


def _main(page):  # type: ignore[no-untyped-def]
    return next(a for a in page.articles if a.role == "main")


# --- a caption printed twice, one copy closed by a photographer's dashed credit ----------------


@pytest.mark.parametrize("credit", ["Mara Quill—Harbour Press", "Mara Quill - Pool/Harbour Press via Example Images"])
@pytest.mark.parametrize("credited_first", [True, False])
def test_a_caption_twice_with_a_dashed_credit_goes_to_captions(credit: str, credited_first: bool) -> None:
    pair = [f"{CAPTION} {credit}", CAPTION] if credited_first else [CAPTION, f"{CAPTION} {credit}"]
    text = "\n\n".join([TITLE, BODY[0], *pair, BODY[1], BODY[2]])
    page = extract_at(text, STORY_URL)
    main = _main(page)
    assert main.paragraphs == BODY
    assert main.captions == [CAPTION]
    assert sorted(_removed(page, "heuristic.twin-caption-credit")) == sorted([credit, CAPTION])


def test_a_sentence_printed_twice_going_on_after_a_dash_stays() -> None:
    """Near miss: the copy's tail after a dash holds lower-case words: a sentence going on, no
    credit."""
    longer = f"{CAPTION} Mara Quill - who runs the kiosk on the quay - was first aboard."
    text = "\n\n".join([TITLE, BODY[0], CAPTION, longer, BODY[1], BODY[2]])
    page = extract_at(text, STORY_URL)
    main = _main(page)
    assert main.paragraphs == [BODY[0], CAPTION, longer, BODY[1], BODY[2]]
    assert _removed(page, "heuristic.twin-caption-credit") == []


# --- a caption closed by a photographer's name and a known source after a dash ----------------


@pytest.mark.parametrize(
    "credit", ["Mara Quill—Getty Images", "Mara Quill—AFP/Getty Images", "Mara Quill - Pool/EPA via Getty Images"]
)
def test_a_caption_closed_by_a_dashed_photographer_credit_goes_to_captions(credit: str) -> None:
    text = "\n\n".join([TITLE, BODY[0], f"{CAPTION} {credit}", BODY[1], BODY[2]])
    page = extract_at(text, STORY_URL)
    main = _main(page)
    assert main.paragraphs == BODY
    assert main.captions == [CAPTION]
    assert _removed(page, "heuristic.caption-closing-credit") == [credit]


def test_a_sentence_closed_by_a_dashed_name_of_no_known_source_stays() -> None:
    """Near misses: the source after the dash is no photo service or agency the rule files
    know ("Harbour Board"), and the dashed name has one word ("Quill—Getty Images" is no
    photographer's name of the pattern's shape): both stay the story's."""
    for tail in ("Mara Quill - Harbour Board", "Quill—Getty Images"):
        line = f"{CAPTION} {tail}"
        text = "\n\n".join([TITLE, BODY[0], line, BODY[1], BODY[2]])
        page = extract_at(text, STORY_URL)
        main = _main(page)
        assert main.paragraphs == [BODY[0], line, BODY[1], BODY[2]]
        assert main.captions == []


# --- a run of link headlines between paragraphs, some ending in a question or a quote ---------

LINK = "Lighthouse keeper fined after the lamp is left switched off for two nights"
QUESTION = "What are your rights if your ferry crossing is cancelled at short notice?"
QUOTED = "Skipper praised after tugboat crew is fined for ‘doing the right thing’"


def test_headlines_ending_in_a_question_or_a_quote_beside_a_pasted_headline_are_cut() -> None:
    text = "\n\n".join([TITLE, BODY[0], QUESTION, LINK, BODY[1], QUOTED, BODY[2]])
    page = extract_at(text, STORY_URL)
    assert _main(page).paragraphs == [BODY[0], BODY[1], QUOTED, BODY[2]]
    assert _removed(page, "heuristic.headline-link") == [LINK]
    assert _removed(page, "heuristic.headline-run") == [QUESTION]
    text = "\n\n".join([TITLE, BODY[0], LINK, QUOTED, QUESTION, BODY[1], BODY[2]])
    page = extract_at(text, STORY_URL)
    assert _main(page).paragraphs == BODY
    assert sorted(_removed(page, "heuristic.headline-run")) == sorted([QUOTED, QUESTION])


def test_a_story_question_or_quote_beside_a_pasted_headline_stays() -> None:
    """Near misses: a question the paragraph under it answers, a quoted sentence and a short
    question (a subhead) beside a pasted headline stay the story's."""
    asked = "What are the rights of passengers if their ferry crossing is cancelled at short notice?"
    answer = "Passengers whose ferry crossing is cancelled at short notice have the right to a refund, the board said."
    quote = "“We will keep the ramp lit every night from now on, whatever it costs the harbour board.”"
    short = "What happens next?"
    for line, under in ((asked, answer), (quote, BODY[1]), (short, BODY[1])):
        text = "\n\n".join([TITLE, BODY[0], LINK, line, under, BODY[2]])
        page = extract_at(text, STORY_URL)
        assert _main(page).paragraphs == [BODY[0], line, under, BODY[2]]
        assert _removed(page, "heuristic.headline-run") == []
