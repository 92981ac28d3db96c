"""Shapes combined at random (``tests/pagegen.py``): every part is found again, page after page.

Each fixture page shows a few shapes; these pages mix them the way real pages do. A
failure names the seed, so ``pagegen.page(seed)`` rebuilds the page to look at.
"""

from __future__ import annotations

from datetime import datetime

import pagegen
import pytest
from golden import compare

import newsclean

PAGES = 600
BATCH = 20


@pytest.mark.parametrize("first", range(0, PAGES, BATCH))
def test_combined_shapes_extract_to_their_labels(first: int) -> None:
    problems: list[str] = []
    for seed in range(first, first + BATCH):
        text, label = pagegen.page(seed)
        page = newsclean.extract(text, fetched_at=datetime.fromisoformat(label["fetched_at"]))
        problems += [f"seed {seed}: {p}" for p in compare(label, page)]
    assert not problems, "\n".join(problems)


def test_the_generator_draws_every_shape() -> None:
    """The pages are worth their time only if the shapes all turn up."""
    texts = "\n".join(pagegen.page(seed)[0] for seed in range(PAGES))
    for part in ["By ", "Compiled by", "Asia News", "time", "  • ", "- ", "PHOTO: AFP", "(EPA Images pic)",
                 "Image: ", "READ MORE: ", "[[nid:", "(JST)", "...", "Latest news with", "Jiji Press",
                 "(This article was written by", "correspondent.", "(Photo by", ", opens new tab",
                 pagegen.PASTED[0], "DOWNLOAD THE APP", "2025 at ", "(AP) — ", "Hosted by", "Upper Merrow",
                 "WEATHER WATCH: ", ".  ", "\r\n", "02:14", "Freepik", "Listen to article", "Picture: iStock",
                 "independent global news", "min read", "T14:30:00Z", "hours, 12 minutes ago", "With inputs from PTI",
                 "syndicated feed", "Updated", "[Photo/Agencies]", "Photo credit: AFP", "(PTI) ", "Staff Writer", "Who pays for it?",
                 "(@kesselrovers) June 9, 2025", "pic.twitter.com/", "/PA)\n", "Advertisement Hide Ad", "signing up!",
                 "Facebook Twitter LinkedIn Email", "Canadian Press was first published", ", Valley County — ",
                 "Aug 21 (Reuters) - ", "July 26 (UPI) -- "]:  # fmt: skip
        assert part in texts, part
    # a feed's outlet and time on one line ("Coast Post · 3h")
    assert any(f"{sep}{t}\n" in texts for sep in pagegen.FEED_SEPARATORS for t in pagegen.FEED_TIMES)


def test_combined_pages_saved_as_html_give_the_same_articles() -> None:
    """The HTML path on an aggregator page saved one block per line matches the text path."""
    from test_html import as_html

    for seed in range(0, PAGES, 6):
        text, label = pagegen.page(seed)
        when = datetime.fromisoformat(label["fetched_at"])
        want = newsclean.extract(text, fetched_at=when)
        got = newsclean.extract(as_html(text), fetched_at=when)
        assert [(a.role, a.title, a.outlet, a.published_text, a.body) for a in got.articles] == [
            (a.role, a.title, a.outlet, a.published_text, a.body) for a in want.articles
        ], seed
