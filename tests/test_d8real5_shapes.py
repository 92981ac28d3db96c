"""Header fields and segmentation of real Daily8 pages (issues 18 and 19, round d8real5): each
shape was seen on stored Daily8 pages of two outlets or more; the pages here are invented, laid
out as Daily8 prints a reprint (logo, the title twice, the outlet glued to its age, the body,
Daily8's widgets under it), and a near miss of each shape is kept."""

from __future__ import annotations

import pytest
from stories import DAILY8_TAIL as TAIL
from stories import P1, P2, removed
from stories import REPRINT_TITLE as TITLE
from stories import REPRINT_WHEN as WHEN
from stories import daily8_reprint as daily8

import newsclean

# --- A recommendation widget's attribution under the story ----------------------------------------


@pytest.mark.parametrize(
    "widget",
    [
        "by Taboola\nby Taboola\nSponsored Links\nSponsored Links",
        "Promoted Links by Taboola",
        "Sponsored Links by Taboola\nPromoted Links",
    ],
)
def test_a_recommendation_widget_attribution_is_no_byline(widget: str) -> None:
    """The Times of India's reprints on Daily8 close with the Taboola box's labels ("by Taboola"
    twice, "Sponsored Links"); every site carrying the box prints its attribution (the
    widget code of ynet and other publishers in the code corpus: "Promoted Links by
    Taboola"). The writer is not "Taboola", and the labels are no section."""
    page, a = daily8(f"{P1}\n{P2}\n{widget}")
    assert a.byline == []
    assert a.category is None
    assert a.paragraphs == [P1, P2]
    assert removed(page, "common.recommendation-widget")


def test_a_byline_line_naming_a_writer_is_kept_as_byline() -> None:
    """Near miss: "by <name>" on its own line is the writer's credit."""
    page, a = daily8(f"by Tessa Brandt\n{P1}\n{P2}")
    assert a.byline == ["Tessa Brandt"]
    assert not removed(page, "common.recommendation-widget")


def test_a_widget_attribution_under_a_headerless_story_keeps_it_one_story() -> None:
    """Daily8's other print (no logo, the title once, no outlet line): the widget's labels under
    a story of titled items had made each item a related entry of its own."""
    text = (
        f"\n{TITLE}\n{P1}\nPier builders bid for the steel contract\n"
        "Three firms from the coast have put in bids for the steel piles, the council said.\n"
        "Old planks to be sold for charity\nThe planks that survived the storms will be sold at the spring fair.\n"
        "by Taboola\nby Taboola\nSponsored Links\n"
    )
    page = newsclean.extract(text, fetched_at=WHEN)
    assert [a.role for a in page.articles] == ["main"]
    assert page.main is not None and page.main.title == TITLE
    assert page.main.byline == []


# --- A round-up's item heading that its title names ----------------------------------------------

ROUNDUP = "Top 5 harbour news: Pier builders bid for the steel contract, Old planks sold at the fair for the new lifeboat fund"
ITEM = "Old planks sold at the fair for the new lifeboat fund"
ITEM_TEXT = "The money raised will go to the crew of the rescue boat, volunteers said on Friday."


def test_a_roundup_item_heading_the_title_names_is_kept() -> None:
    """The Times of India's "Top 5 ... news: <item>, <item>" round-ups (and AsiaOne's "Daily
    roundup: <item> — and other top stories today") print each item's heading over its text:
    the title names the heading, so it is the story's own, not a pasted link."""
    page, a = daily8(f"{P1}\n{ITEM}\n{ITEM_TEXT}", title=ROUNDUP)
    assert a.paragraphs == [P1, ITEM, ITEM_TEXT]
    assert not removed(page, "heuristic.headline-link")


def test_a_pasted_headline_the_title_does_not_name_is_cut() -> None:
    """Near miss: another story's headline pasted between the paragraphs, sharing words with
    the title but not printed in it, is still a link."""
    other = "Old planks from the pier sold to a museum in the capital"
    page, a = daily8(f"{P1}\n{other}\n{ITEM_TEXT}", title=ROUNDUP)
    assert removed(page, "heuristic.headline-link") == [other]
    assert a.paragraphs == [P1, ITEM_TEXT]


def test_a_heading_inside_a_longer_word_of_the_title_is_not_named() -> None:
    """Near miss: the title must print the heading as whole words."""
    heading = "Harbour board approves new pier lights for the winter season"
    page, _a = daily8(f"{P1}\n{heading}\n{ITEM_TEXT}", title=f"Top news: X{heading}s and more")
    assert removed(page, "heuristic.headline-link") == [heading]


# --- "By: <name>" glued into the opening, before the dateline -------------------------------------

STORY = "A 40-year-old fisherman was rescued on Tuesday after his boat capsized near the harbour wall."


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("By: Tessa Brandt Text Size: KOTA KINABALU: ", "KOTA KINABALU"),
        ("Published on: Tue, Aug 19, 2025 By: Tessa Brandt Text Size: The capsized boat TUARAN: ", "TUARAN"),
        ("Published on: Tuesday, August 19, 2025 Published on: Tue, Aug 19, 2025 By: Tessa Brandt TUARAN: ", "TUARAN"),
    ],
)
def test_a_colon_byline_glued_before_the_dateline_is_read(opening: str, place: str) -> None:
    """The Daily Express (Sabah) reprints on Daily8 (three pages, a lead and related entries)
    open the text with "Published on: <date> By: <name> Text Size: [<caption>] <DATELINE>:":
    the writer is the byline, not part of a standfirst cut away, and a short caption left
    between the byline and the dateline is no part of the body."""
    _page, a = daily8(f"{opening}{STORY} {P2}")
    assert a.byline == ["Tessa Brandt"]
    assert a.dateline is not None and a.dateline.location == place
    assert a.paragraphs[0].startswith("A 40-year-old fisherman")


def test_three_names_before_a_dateline_without_a_byline_stay() -> None:
    """Near miss: with no byline read off the opening, a short lead-in before the dateline is
    not cut as a caption (it may be the writer's name the page printed without "By")."""
    page, a = daily8(f"Tessa Ann Brandt TUARAN: {STORY} {P2}")
    assert a.byline == []
    assert not removed(page, "heuristic.standfirst")


def test_by_colon_before_lowercase_is_no_byline() -> None:
    """Near miss: "By: " followed by a sentence's lowercase words names no writer."""
    _page, a = daily8(f"By: all accounts the pier was the town's pride. {P1}")
    assert a.byline == []


# --- The outlet as the page shows it --------------------------------------------------------------


def test_a_known_outlet_keeps_the_spelling_the_header_shows() -> None:
    """Daily8 prints "News.com.au" over its reprints ("News.com.au5 days ago" under a lead,
    "News.com.au" over a related entry's time); the rule files list the site as "news.com.au".
    The list only tells an outlet from other words: the outlet is the name as shown."""
    text = f"logo\n{TITLE}\n\n{TITLE}\n\nNews.com.au5 days ago\n\n{P1}\n{P2}\n\n{TAIL}"
    page = newsclean.extract(text, fetched_at=WHEN)
    assert page.main is not None and page.main.outlet == "News.com.au"
    assert page.main.published_text == "5 days ago"
    related = (
        f"\n{TITLE}\n{P1}\nHashtags\n\nTry Our AI Features\nComments\nNo comments yet...\nRelated Articles\n\n"
        "\nNews.com.au\n2 hours ago\n- News.com.au\nHarbour wall repairs finish a month early\n"
        "Crews finished the repairs to the harbour wall on Monday, a month before the deadline.\n"
    )
    page = newsclean.extract(related, fetched_at=WHEN)
    assert [(a.role, a.outlet) for a in page.articles] == [("main", None), ("related", "News.com.au")]


def test_a_known_outlet_shown_as_listed_is_unchanged() -> None:
    """Near miss: a header showing the listed spelling keeps it."""
    text = f"logo\n{TITLE}\n\n{TITLE}\n\nnews.com.au5 days ago\n\n{P1}\n{P2}\n\n{TAIL}"
    page = newsclean.extract(text, fetched_at=WHEN)
    assert page.main is not None and page.main.outlet == "news.com.au"


# --- A newsletter's greeting naming its writer ----------------------------------------------------

DECK = "Storm warnings for the coast, a new pier for Port Avelin and the week's best films."


@pytest.mark.parametrize(
    "greeting",
    [
        "👋 Hi! Tessa Brandt here. It's time for Tuesday's news!",
        "Happy Friday!🙋🏼‍♀️ I'm Tessa Brandt. Today, the briefing has a special guest!",
        "👋 I'm Tessa Brandt, filling in for Sam Poe this week.",
    ],
)
def test_a_newsletter_greeting_names_the_writer(greeting: str) -> None:
    """USA Today's Daily Briefing issues on Daily8 (and blogs reprinting them) greet the
    reader under the deck or first: "👋 Hi! <name> here.", "Happy Friday! I'm <name>.". The
    writer is the byline and the short greeting is the author line, not the body."""
    for body in (f"{DECK}\n{greeting}\n{P1}\n{P2}", f"{greeting}\n{P1}\n{P2}"):
        page, a = daily8(body)
        assert a.byline == ["Tessa Brandt"]
        assert removed(page, "byline.newsletter-greeting") == [newsclean.normalize(greeting)]
        assert all("Tessa" not in para for para in a.paragraphs)


def test_a_greeting_running_on_into_the_text_keeps_it() -> None:
    """A guest's greeting that goes on into the issue's text names the writer; the paragraph stays."""
    para = (
        "Hello! I'm Tessa Brandt, the paper's film critic and the one behind the Watch Party letter. "
        "It's a big weekend for film lovers because the harbour cinema reopens with a week of old "
        "sea films, and we have ranked every one of them for you."
    )
    _page, a = daily8(f"{DECK}\n{para}\n{P1}")
    assert a.byline == ["Tessa Brandt"]
    assert para in a.paragraphs


@pytest.mark.parametrize(
    "para",
    [
        "Hi! Here is what you need to know about the pier today.",
        "Happy New Year! The council of Port Avelin met on Tuesday to vote on the pier.",
        '"Hi! I\'m Sam," the harbour master told the children, and showed them the lifeboat.',
    ],
)
def test_a_greeting_naming_no_writer_is_kept(para: str) -> None:
    """Near misses: a greeting without "I'm <name>" or "<name> here", and a quoted greeting
    of a speaker in the story."""
    _page, a = daily8(f"{para}\n{P1}\n{P2}")
    assert a.byline == []
    assert para in a.paragraphs
