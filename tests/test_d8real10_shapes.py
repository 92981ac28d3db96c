"""Shapes of real Daily8 pages (issues 18 and 19, round d8real10). The pages here are invented,
laid out as Daily8 prints a reprint (logo, the title twice, the outlet glued to its age, the
body, Daily8's widgets under it), and a near miss of each shape is kept."""

from __future__ import annotations

from stories import P1, P2, P3, removed
from stories import daily8_reprint as daily8

# --- A photo credit's second part after a spaced slash, the story going on after it -----------------

CAPTION = "Harbour master Ilse Marren with the crew of the new pilot boat at the quay."
OPENING = "The harbour board has bought two pilot boats to guide ships through the new channel."


def test_a_photographer_after_the_outlets_slash_goes_with_the_credit() -> None:
    """RNZ's captions as Daily8 prints them: "<caption> Photo: RNZ / Jane Roe <story>"; the
    credit stopped at the outlet and "/ Jane Roe" opened the body."""
    page, a = daily8(f"{CAPTION} Photo: RNZ / Orla Varden {OPENING}\n{P1}")
    assert a.captions == [CAPTION]
    assert removed(page, "heuristic.caption-credit") == ["Photo: RNZ / Orla Varden"]
    assert a.paragraphs[0] == OPENING


def test_the_paper_after_the_photographers_slash_goes_with_the_credit() -> None:
    """The Hindu's older captions: "Photo: S. Jane Roe / The Hindu" glued before the story."""
    page, a = daily8(f"{CAPTION} Photo: K. Orla Varden / The Hindu {OPENING}\n{P1}")
    assert removed(page, "heuristic.caption-credit") == ["Photo: K. Orla Varden / The Hindu"]
    assert a.paragraphs[0] == OPENING


def test_a_sentence_after_a_one_word_second_part_keeps_its_subject() -> None:
    """Near miss: "Supplied" alone after the slash; the next sentence's subject (a capitalised
    word a lower-case word follows) stays the story's, and a slash later in the story is no
    credit's."""
    story = "Harbour pilots said the boats would be ready in May, a yes / no vote aside."
    page, a = daily8(f"{CAPTION} Photo: RNZ / Supplied {story}\n{P1}")
    assert removed(page, "heuristic.caption-credit") == ["Photo: RNZ / Supplied"]
    assert a.paragraphs[0] == story


# --- A closing bio-like sentence about a person the story names -------------------------------------

GUEST_TITLE = "Panel commentators Orla Varden and Tomas Brennick"


def test_a_guest_the_title_names_is_no_author_and_the_sentence_stays() -> None:
    """RNZ's panel notes on Daily8: the title names both guests and the notes close with
    "<Guest> is a former press secretary, a columnist and ..."; the bio reader took the guest
    for the author and cut the story's sentence."""
    last = "Tomas Brennick is a former press secretary, a columnist and a director of a public affairs firm."
    page, a = daily8(f"Orla Varden is a long time broadcaster and radio presenter.\n{last}", title=GUEST_TITLE)
    assert a.byline == []
    assert removed(page, "byline.bio") == []
    assert a.paragraphs[-1] == last


def test_a_guest_named_earlier_in_the_notes_is_no_author() -> None:
    """RNZ's Nine to Noon notes: "Technology commentator Jane Roe joins ... Jane Roe is a
    Wellington-based technology journalist." """
    notes = f"Technology commentator Tomas Brennick joins the host to look at the harbour app. {P2}"
    last = "Tomas Brennick is a Wellington-based science and technology journalist."
    _page, a = daily8(f"{notes}\n{last}")
    assert a.byline == []
    assert a.paragraphs[-1] == last


def test_an_authors_bio_naming_no_one_in_the_story_is_still_read() -> None:
    """Near miss: the Straits Times' author bio names someone the story never mentions: the
    writer, cut from the body."""
    bio = "Orla Varden is the Coastal Herald's harbour correspondent based in Port Avelin."
    page, a = daily8(f"{P1}\n{P3}\n{bio}")
    assert a.byline == ["Orla Varden"]
    assert removed(page, "byline.bio") == [bio]
