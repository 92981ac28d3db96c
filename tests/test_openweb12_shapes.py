"""Shapes of fresh open-web pages, round 12 (issue 18), each on a page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a
near miss of the same look left alone.
"""

from __future__ import annotations

from stories import S1, S2, S3, T1, T2, T3, extract_at

LISTING_URL = "https://coastradio.example/category/local"

# --- a card's link label with its arrow, glued to the next headline ---------------------------


def test_a_link_label_with_its_arrow_glued_before_a_headline_is_cut() -> None:
    for label in ("Read More »", "Read more › ", "Continue reading →"):
        text = f"{T1}\n{S1}\n{label}{T2}\n{S2}\n{label}{T3}\n{S3}\n"
        page = extract_at(text, LISTING_URL)
        assert [a.title for a in page.articles] == [T1, T2, T3], label
        assert [r.text.strip() for r in page.removed if r.rule == "layout.glued-link-label"] == [label.strip()] * 2


def test_a_headline_with_an_arrow_before_a_small_letter_stays_whole() -> None:
    # near miss: after the arrow the words go on in small letters, no headline glued there
    titles = ["Read more » the library's summer list of new books", T2, T3]
    text = "".join(f"{t}\n{s}\n\n" for t, s in zip(titles, (S1, S2, S3), strict=True))
    assert [a.title for a in extract_at(text, LISTING_URL).articles] == titles
