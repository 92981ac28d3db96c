"""Entry header lines of other templates: writers' names of every shape beside the date."""

from __future__ import annotations

import pytest

import newsclean
from tests.stories import S1, S2, S3, T1, T2, T3

TAG = "https://coastpost.example/tag/harbour"


def headed(header: str) -> newsclean.Page:
    text = "".join(f"{t}\n{header}\n{s}\n" for t, s in ((T1, S1), (T2, S2), (T3, S3)))
    return newsclean.extract(text, url=TAG)


@pytest.mark.parametrize(
    "name",
    ["D'Arcy McGrath", "Seán Ó Briain", "A.B. Okafor", "J. K. Morvant", "Mary-Kate O'Neill", "Tomasz Wiśniewski"],
)
def test_a_writer_of_any_names_shape_before_the_date_is_the_byline(name: str) -> None:
    page = headed(f"{name} — June 9, 2025")
    assert [(a.byline, a.outlet, a.published_text) for a in page.articles] == [([name], None, "June 9, 2025")] * 3


@pytest.mark.parametrize("outlet", ["Coast Post", "The Harbour Ledger", "Valley Gazette"])
def test_an_outlets_name_before_the_date_stays_the_outlet(outlet: str) -> None:
    """Near miss: a name with a paper's word, or "The ...", is the outlet."""
    page = headed(f"{outlet} — June 9, 2025")
    assert [(a.byline, a.outlet) for a in page.articles] == [([], outlet)] * 3
