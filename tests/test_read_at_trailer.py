"""A "Read full story at X" link closing a story names its outlet and leaves the body
(issue 18: "read full story" trailers are chrome; "via X" names the outlet).

News apps and aggregators close a story's summary with a button printed from the item's
source name: "Read full story at <source>", "Read the full article at <source>", "Read Full
Story at: <site>", Inshorts' "read more at <source>". The line is the story's last; its name
becomes the outlet when nothing else on the page named one. Near misses: the words inside a
sentence, a topic after "on", a line above more paragraphs. Pages from ``tests/stories.py``.
"""

from __future__ import annotations

import pytest

from tests.stories import S1, S4, T1, extract_at


@pytest.mark.parametrize(
    ("link", "outlet"),
    [
        ("Read full story at Coast Wire", "Coast Wire"),
        ("Read the full article at Harbour Daily", "Harbour Daily"),
        ("Read Full Story at: The Kessel Courier", "The Kessel Courier"),
        ("read more at Harbour Daily", "Harbour Daily"),
        ("Read full story at coastwire.com →", "coastwire.com"),
    ],
)
def test_a_read_at_link_names_the_outlet_and_leaves_the_body(link: str, outlet: str) -> None:
    page = extract_at(f"{T1}\n\n{S1}\n\n{S4}\n\n{link}\n", None)
    (a,) = page.articles
    assert a.outlet == outlet
    assert a.body == f"{S1}\n\n{S4}"
    assert any(r.rule == "credit.read-at-line" for r in page.removed)


def test_an_outlet_the_header_gave_is_kept_and_the_link_cut() -> None:
    text = f"{T1}\n\n{T1}\n\nHarbour Post2 days ago\n\n{S1}\n\n{S4}\n\nRead full story at Coast Wire\n"
    (a,) = extract_at(text, None).articles
    assert a.outlet == "Harbour Post"
    assert a.body == f"{S1}\n\n{S4}"


@pytest.mark.parametrize(
    "line",
    [
        "Read the full story at the library, where copies were left for visitors.",  # a sentence
        "Read more at 11 tonight.",
    ],
)
def test_lines_that_only_share_the_words_stay(line: str) -> None:
    page = extract_at(f"{T1}\n\n{S1}\n\n{S4}\n\n{line}\n", None)
    (a,) = page.articles
    assert a.outlet is None
    assert a.body.endswith(line)


def test_a_topic_after_on_is_no_outlet() -> None:
    page = extract_at(f"{T1}\n\n{S1}\n\n{S4}\n\nRead more on Climate Change\n", None)
    assert page.articles[0].outlet is None


def test_a_link_above_more_paragraphs_stays() -> None:
    page = extract_at(f"{T1}\n\n{S1}\n\nRead full story at Coast Wire\n\n{S4}\n", None)
    assert "Read full story at Coast Wire" in page.articles[0].body
