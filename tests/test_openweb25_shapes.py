"""Shapes of unseen listing pages, round 25 (issue 18): wire section pages, digests and blog
archives, each on a page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a near
miss of the same look left alone.
"""

from __future__ import annotations

from stories import CARDS, extract_at, removed

SECTION_URL = "https://wire.example/news/topNews"


# --- "Full Article" glued to the end of each teaser ----------------------------------------------


def _cards(tail: str) -> str:
    return "\n\n".join(f"{t}\n\n{b}{tail}" for t, b in CARDS)


def test_a_full_article_link_closing_each_teaser_is_cut() -> None:
    page = extract_at(_cards(" Full Article"), SECTION_URL)
    assert page.kind == "listing"
    assert [a.title for a in page.articles] == [t for t, _ in CARDS]
    assert [a.body for a in page.articles] == [b for _, b in CARDS]
    assert removed(page, "layout.teaser-link") == ["Full Article"] * 3


def test_a_teaser_naming_the_full_article_in_its_sentence_stays() -> None:
    """Near miss: a sentence that ends by mentioning "the full article." keeps its words."""
    own = " The board said its report would follow the full article."
    page = extract_at(_cards(own), SECTION_URL)
    assert [a.body for a in page.articles] == [b + own for _, b in CARDS]
    assert removed(page, "layout.teaser-link") == []


# --- a copyright line whose holder is followed by its town or parent company ---------------------

LISTING_URL = "https://ledger.example/section/arts?page=2"


def _section(footer: str) -> str:
    return "\n\n".join([*(f"{t}\n\n{b}" for t, b in CARDS), footer])


def test_a_copyright_line_naming_the_holders_town_or_parent_is_the_footer() -> None:
    for footer in (
        "All Content © 2016-2025 The Harbour Ledger, Avelin OH",
        "© 2024 Harbour Gazette, a division of Coast Media Inc.",
    ):
        page = extract_at(_section(footer), LISTING_URL)
        assert [a.title for a in page.articles] == [t for t, _ in CARDS]
        assert [a.body for a in page.articles] == [b for _, b in CARDS]
        # a heading-shaped line is the layout's footer, one closed by a stop the last entry's credit line
        assert [*removed(page, "layout.copyright-line"), *removed(page, "credit.copyright")] == [footer]


def test_a_line_opening_with_a_copyright_sign_and_going_on_as_a_sentence_is_no_footer() -> None:
    """Near miss: after the holder's comma a sentence goes on in lower case."""
    from newsclean.headerlines import is_copyright_line

    assert not is_copyright_line("© 2024 Harbour Gazette, the council said it would appeal the ruling")
    assert not is_copyright_line("© 2024 Harbour Gazette, a division of the council said it would appeal")


# --- the link label two spaces after the teaser's stop -------------------------------------------


def test_a_link_label_two_spaces_after_the_teasers_stop_leaves_a_teaser() -> None:
    """ "... of hearings.  Read more": with the label cut, the space before it went too, and the
    line ends with its stop: a teaser, not a headline."""
    for tail in ("  Read more", "  Full Article"):
        page = extract_at(_cards(tail), SECTION_URL)
        assert [a.title for a in page.articles] == [t for t, _ in CARDS]
        assert [a.body for a in page.articles] == [b for _, b in CARDS]


def test_a_headline_under_a_two_spaced_teaser_stays_a_headline() -> None:
    """Near miss: trailing spaces after a headline (no label) change nothing."""
    text = "\n\n".join(f"{t}  \n\n{b}  Read more" for t, b in CARDS)
    page = extract_at(text, SECTION_URL)
    assert [a.title for a in page.articles] == [t for t, _ in CARDS]


# --- a card link's label and the entry's own title glued before its teaser -----------------------


def _titled(label: str) -> str:
    return "\n".join(f"{t}\n{label}{t}{b}" for t, b in CARDS)


def test_the_card_links_label_and_title_before_the_teaser_are_cut() -> None:
    page = extract_at(_titled("Read full article: "), SECTION_URL)
    assert [a.title for a in page.articles] == [t for t, _ in CARDS]
    assert [a.body for a in page.articles] == [b for _, b in CARDS]
    assert len(removed(page, "layout.teaser-link-titled")) == 3


def test_a_teaser_opening_with_the_label_and_other_words_keeps_them() -> None:
    """Near miss: "Read full article: " before words that are not the entry's title stays."""
    other = "Read full article: the council's own summary of the vote. "
    text = "\n".join(f"{t}\n{other}{b}" for t, b in CARDS)
    page = extract_at(text, SECTION_URL)
    assert [a.body for a in page.articles] == [other + b for _, b in CARDS]
    assert removed(page, "layout.teaser-link-titled") == []


# --- an author page's name over its "Articles from Contributor" heading --------------------------

AUTHOR_URL = "https://blogs.ledger.example/author/ledgeradmin/page/3/"


def _author_page(name: str, widget: str) -> str:
    return "\n\n".join([name, widget, *(f"{t}\n\n{b}" for t, b in CARDS)])


def test_the_name_over_an_author_pages_list_heading_is_every_entrys_byline() -> None:
    for name, widget in (("Ledger Staff", "Articles from Contributor"), ("Harbour Desk", "Articles by Harbour Desk")):
        page = extract_at(_author_page(name, widget), AUTHOR_URL)
        assert [a.title for a in page.articles] == [t for t, _ in CARDS]
        assert [a.byline for a in page.articles] == [[name]] * 3
        assert [a.category for a in page.articles] == [None] * 3


def test_a_name_over_another_writers_list_heading_is_no_byline() -> None:
    """Near miss: the list heading names someone else ("Articles by Jane Roe" under "Harbour
    Desk"), or is no author's list ("Latest articles"): no entry gets a byline."""
    for widget in ("Articles by Jane Roe", "Latest articles"):
        page = extract_at(_author_page("Harbour Desk", widget), AUTHOR_URL)
        assert [a.byline for a in page.articles] == [[]] * 3
