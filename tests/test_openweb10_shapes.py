"""Shapes of fresh open-web pages, round 10 (issue 18), each on a page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a
near miss of the same look left alone.
"""

from __future__ import annotations

from stories import S1, S2, S3, S4, S5, T1, T2, T3, extract_at

from newsclean import Page

FEED_URL = "https://reader.example/feed/coast-daily?page=2"
STORY_URL = "https://coastdaily.example/2025/06/09/harbour-council-approves-new-ferry-terminal-plan/"


def _removed(page: Page, rule: str) -> list[str]:
    return [r.text for r in page.removed if r.rule == rule]


def _text(page: Page) -> str:
    return "\n".join("\n".join(filter(None, [a.title or "", *a.paragraphs])) for a in page.articles)


# --- a WordPress feed's "The post X appeared first on Y." footer names the outlet ---------------


def test_post_footer_names_the_outlet() -> None:
    footer = f"The post {T1} appeared first on Coast Daily Times."
    for url in (STORY_URL, None):
        page = extract_at(f"{T1}\n\n{S1}\n\n{S4}\n\n{footer}\n", url)
        assert page.articles[0].outlet == "Coast Daily Times"
        assert page.articles[0].paragraphs == [S1, S4]
    # a feed of posts, each with its footer (on its line or glued after the last sentence)
    text = (
        f"{T1}\n\n{S1} The post {T1} appeared first on Coast Daily Times.\n\n"
        f"{T2}\n\n{S2}\n\nThe post {T2} appeared first on Farm Wire.\n\n"
        f"{T3}\n\n{S3}\n"
    )
    page = extract_at(text, FEED_URL)
    assert [(a.title, a.outlet) for a in page.articles] == [(T1, "Coast Daily Times"), (T2, "Farm Wire"), (T3, None)]
    assert "appeared first" not in _text(page)


def test_post_footer_never_replaces_an_outlet_read_elsewhere() -> None:
    # the aggregator's own outlet line names who the reader saw it from
    text = (
        f"{T1}\n\nHarbour Herald\n\n3 hours ago\n\n{S1}\n\n{S4}\n\nThe post {T1} appeared first on Coast Daily Times.\n"
    )
    page = extract_at(text, STORY_URL)
    assert page.articles[0].outlet == "Harbour Herald"
    # a sentence of the story about a post, not the footer: no outlet
    said = "The post office said its harbour branch appeared first on a list of sites to close, Mr Vane said."
    page = extract_at(f"{T1}\n\n{S1}\n\n{said}\n\n{S5}\n", STORY_URL)
    assert page.articles[0].outlet is None
    assert said in page.articles[0].paragraphs
