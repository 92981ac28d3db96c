"""Shapes of real Daily8 pages (issues 18 and 19, round d8real8): each was seen on stored Daily8
pages of two outlets or more; the pages here are invented, laid out as Daily8 prints a reprint
(logo, the title twice, the outlet glued to its age, the body, Daily8's widgets under it), and a
near miss of each shape is kept."""

from __future__ import annotations

from stories import P1, P2, removed
from stories import REPRINT_WHEN as WHEN
from stories import daily8_reprint as daily8

import newsclean

# --- A letters page's call for readers' letters ---------------------------------------------------

LETTER = "Whatever the council says about the pier, the town deserves a proper vote on it."
SIGNED = "Moira Tansley, Port Avelin, Eastshire"


def test_a_letters_pages_call_for_letters_under_the_letters_is_cut() -> None:
    """The Guardian's letters close with a call for readers' letters, one line."""
    call = (
        "Have an opinion on anything you've read in the Guardian today? Please email us your letter "
        "and it will be considered for publication in our letters section."
    )
    page, a = daily8(f"{LETTER}\n{SIGNED}\n{P1}\n{call}")
    assert a.paragraphs == [LETTER, P1]
    assert removed(page, "common.letters-invitation") == [call]


def test_a_letters_box_broken_by_its_links_is_cut_line_by_line() -> None:
    """The South China Morning Post's box over its letters: its address and form links broke the
    call into three lines, and each went into the body's start."""
    box = (
        "Feel strongly about these letters, or any other aspects of the news? Share your views by "
        "emailing us your Letter to the Editor at\nletters@scmp.com or filling in\nthis Google form . "
        "Submissions should not exceed 400 words, and must include your full name and address"
    )
    page, a = daily8(f"{box}\n{LETTER}\n{P1}")
    assert a.paragraphs == [LETTER, P1]
    assert len(removed(page, "common.letters-invitation")) == 3


def test_a_letters_own_sentence_about_writing_to_a_paper_is_kept() -> None:
    """Near miss: a letter that tells of writing to a paper, and an address in a sentence, stay."""
    own = "Writing to letters@scmp.com or filling in the paper's form took me ten minutes last week."
    page, a = daily8(f"{LETTER}\n{own}\n{P2}")
    assert a.paragraphs == [LETTER, own, P2]
    assert not removed(page, "common.letters-invitation")


# --- A sentence broken by its links, each link on a line of its own ----------------------------------

OPENING = "The harbour board welcomed plans by the Minister of State for Coastal Affairs and Ports"
LINKED = "Orla Varden"
RUN_ON = "to open a ferry office in the town next year, the chairman told the board on Monday."


def test_a_sentence_broken_by_a_linked_name_keeps_its_opening() -> None:
    """The Irish Times' stories on Daily8 print each link on a line of its own (the SCMP's too):
    the sentence's opening above a linked name, the sentence running on in lowercase under it,
    was cut as another story's pasted headline."""
    page, a = daily8(f"{P1}\n{OPENING}\n{LINKED}\n{RUN_ON}\n{P2}")
    assert a.paragraphs == [P1, OPENING, LINKED, RUN_ON, P2]
    assert not removed(page, "heuristic.headline-link")


def test_a_pasted_headline_over_a_sentence_of_its_own_is_still_cut() -> None:
    """Near miss: another story's headline between two paragraphs, the next a sentence of its
    own (a capital, not a run-on), is still a pasted link."""
    pasted = "Ferry operators warn of higher fares on the island routes this summer"
    page, a = daily8(f"{P1}\n{pasted}\n{LINKED} said the board would meet again in May.\n{P2}")
    assert pasted not in a.paragraphs
    assert removed(page, "heuristic.headline-link") == [pasted]


# --- A listing card's section whose name opens the outlet's ------------------------------------------


def _listing_card(section: str, outlet: str, tail: str = "") -> str:
    title = "Harbour board approves the new sea wall"
    return (
        f"logo\n#\n\nLatest news with #SeaWall\n\n{title}\n{title}\n\n{outlet}\n\n"
        f"time6 days ago\n\n  • {section}\n  • {outlet}\n\n{title}\n\n{P1} {P2}\n{tail}"
    )


def test_a_section_whose_name_opens_the_outlets_is_the_entrys_category() -> None:
    """Daily8's hashtag cards print the section's bullet, then the outlet's ("• Business" /
    "• Business Standard"): the section was cut as the outlet's bullet cut off by the page's end."""
    page = newsclean.extract(_listing_card("Coastal", "Coastal Herald"), fetched_at=WHEN)
    [entry] = page.articles
    assert (entry.outlet, entry.category) == ("Coastal Herald", "Coastal")
    assert not removed(page, "heuristic.repeated-outlet")


def test_an_outlet_bullet_cut_off_by_the_pages_end_is_still_cut() -> None:
    """Near miss: the outlet's own bullet cut off by the page's end ("• Coastal" of "Coastal
    Herald", nothing after it) is the outlet printed again, not a section."""
    title = "Harbour board approves the new sea wall"
    text = (
        f"logo\n#\n\nLatest news with #SeaWall\n\n{title}\n{title}\n\nCoastal Herald\n\ntime6 days ago\n\n  • Coastal"
    )
    page = newsclean.extract(text, fetched_at=WHEN)
    [entry] = page.articles
    assert (entry.outlet, entry.category) == ("Coastal Herald", None)
    assert removed(page, "heuristic.repeated-outlet") == ["• Coastal"]


# --- A page cut off right after the next card's doubled title ----------------------------------------

NEXT = "Ferry fares to rise on the island routes: is the new timetable worth it?"


def test_a_doubled_title_closing_the_page_is_a_card_of_its_own() -> None:
    """A Daily8 hashtag page stopped right after the next card's title, printed twice as every
    card prints it: the title went into the body of the card above."""
    page = newsclean.extract(_listing_card("Coastal", "Coastal Herald", tail=f"\n{NEXT}\n{NEXT}"), fetched_at=WHEN)
    first, second = page.articles
    assert first.paragraphs == [f"{P1} {P2}"]
    assert (second.role, second.title, second.paragraphs) == ("listing", NEXT, [])
    assert removed(page, "heuristic.repeated-title")[-1] == NEXT


def test_a_doubled_sentence_closing_a_cards_body_stays_in_it() -> None:
    """Near miss: a line printed twice at the page's end that ends its sentence (a caption and
    its copy) is no card's title."""
    line = "The old pier at low tide in January, two weeks after the storm."
    page = newsclean.extract(_listing_card("Coastal", "Coastal Herald", tail=f"\n{line}\n{line}"), fetched_at=WHEN)
    [entry] = page.articles
    assert entry.paragraphs[0] == f"{P1} {P2}"
