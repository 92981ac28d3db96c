"""Shapes of unseen portal pages, round 22 (issue 18): news-search mirrors, feed readers and
aggregators that republish other outlets' feeds, each on a page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a near
miss of the same look left alone.
"""

from __future__ import annotations

from stories import extract_at

SEARCH_URL = "https://mirror.example/news/search?q=port+avelin&form=YFNR"


# --- a news-search page showing one result: its snippet line, cut with an ellipsis ------------

SNIPPET = (
    "The council of Port Avelin said on Tuesday that the old ferry terminal would reopen for the "
    "summer crossings after repairs to the east quay that took longer than ..."
)


def test_a_search_pages_only_snippet_is_its_entrys_teaser() -> None:
    for text in (SNIPPET, f"News\n\n{SNIPPET}"):
        page = extract_at(text, SEARCH_URL)
        assert page.kind == "listing"
        assert len(page.articles) == 1
        entry = page.articles[0]
        assert entry.title is None
        assert entry.paragraphs == [SNIPPET]


def test_a_short_headline_cut_with_an_ellipsis_stays_the_title() -> None:
    """Near miss: a site's headline it cut short ("... as ...") is shorter than any snippet,
    and a result printed with its headline over the snippet keeps that headline."""
    short = "Port Avelin ferry terminal to reopen for the summer as ..."
    page = extract_at(short, SEARCH_URL)
    assert page.articles[0].title == short
    headed = extract_at(f"Ferry terminal to reopen\n\n{SNIPPET}", SEARCH_URL)
    assert [a.title for a in headed.articles] == ["Ferry terminal to reopen"]
    assert headed.articles[0].paragraphs == [SNIPPET]
