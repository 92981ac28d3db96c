"""Shapes of wire digests and fresh open-web pages (issue 18), each on a page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a
near miss of the same look left alone.
"""

from __future__ import annotations

from stories import S1, S2, S3, S4, S5, S6, T1, T2, T3, extract_at

from newsclean import Page

# a digest's own URL names no entry: an article's URL by its shape
DIGEST_URL = "https://coastwire.example/news/2025/jun/09/coast-wire-summary-610-pm-2"
PLACES = ("PORT AVELIN (AP) — ", "NORTH BAY, Kessel (AP) — ", "VARNHOLM (AP) — ")


def ex(text: str, url: str | None = DIGEST_URL) -> Page:
    return extract_at(text, url)


def _removed(page: Page, rule: str) -> list[str]:
    return [r.text for r in page.removed if r.rule == rule]


# --- a digest of datelined items, with a headline above each or none ---------------------------


def test_datelined_items_under_headlines_are_a_digest() -> None:
    items = [f"{t}\n\n{p}{s} {m}" for t, p, s, m in zip((T1, T2, T3), PLACES, (S1, S2, S3), (S4, S5, S6), strict=True)]
    page = ex("Coast Wire Summary at 6:10 p.m. EST\n\n" + "\n\n".join(items) + "\n")
    assert page.kind == "listing"
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert [a.dateline and a.dateline.location for a in page.articles] == [
        "PORT AVELIN",
        "NORTH BAY, Kessel",
        "VARNHOLM",
    ]
    assert all(a.credits == ["AP"] for a in page.articles)
    assert [a.paragraphs[0].split()[:2] for a in page.articles] == [s.split()[:2] for s in (S1, S2, S3)]


def test_datelined_items_without_headlines_are_a_digest() -> None:
    items = [f"{p}{s} {m}" for p, s, m in zip(PLACES, (S1, S2, S3), (S4, S5, S6), strict=True)]
    page = ex("Coast Wire Briefs\n\n" + "\n\n".join(items) + "\n")
    assert page.kind == "listing"
    assert len(page.articles) == 3
    assert all(a.title is None for a in page.articles)
    assert [a.dateline and a.dateline.location for a in page.articles] == [
        "PORT AVELIN",
        "NORTH BAY, Kessel",
        "VARNHOLM",
    ]
    assert [a.paragraphs[-1].split(". ")[-1] for a in page.articles] == [S4, S5, S6]


# --- a digest of capitals lead-ins: the coverage plan's slugs, a headline before the dateline ----


_SLUGGED = (
    "Coast Wire News Digest 6 p.m.\n\n"
    "Here are the wire's latest coverage plans, top stories and promotable content. All times EDT.\n\n"
    f"HARBOUR-FERRY TERMINAL — {S1} {S4} By Jane Roe. SENT: 700 words, photos.\n\n"
    f"FARM-SEED SUBSIDIES — {S2} By Sam Poe and Mira Lund. SENT: 540 words, photos, video.\n\n"
    f"FLOODS-SCHOOLS _ {S3} SENT: 460 words.\n\n"
    f"LIBRARY HOURS — {S6} UPCOMING: 600 words by 8 p.m.\n"
)


def test_slug_lead_ins_are_the_items_titles() -> None:
    page = ex(_SLUGGED)
    assert page.kind == "listing"
    assert [a.title for a in page.articles] == [
        "HARBOUR-FERRY TERMINAL", "FARM-SEED SUBSIDIES", "FLOODS-SCHOOLS", "LIBRARY HOURS"
    ]  # fmt: skip
    assert [a.byline for a in page.articles] == [["Jane Roe"], ["Sam Poe", "Mira Lund"], [], []]
    assert [a.dateline and a.dateline.location for a in page.articles] == [None] * 4
    assert [a.paragraphs[-1].split(". ")[-1] for a in page.articles] == [S4, S2, S3, S6]
    notes = _removed(page, "layout.digest-note")
    assert "SENT: 700 words, photos." in notes and "UPCOMING: 600 words by 8 p.m." in notes
    assert "Here are the wire's" not in " ".join(p for a in page.articles for p in a.paragraphs)


def test_a_digests_banners_are_no_category() -> None:
    for banner in ("NEW & DEVELOPING", "Via Coast Wire", "Associated Desk"):
        lines = _SLUGGED.split("\n\n")
        page = ex("\n\n".join([*lines[:2], "———————", banner, "———————", *lines[2:]]))
        assert page.articles[0].title == "HARBOUR-FERRY TERMINAL"
        assert all(a.category is None for a in page.articles)
        assert banner in [r.text for r in page.removed]


def test_each_items_closing_byline_stays_its_own() -> None:
    # every item closes with its byline: none of them is read as the next item's header
    slugs = ("HARBOUR-FERRY TERMINAL", "FARM-SEED SUBSIDIES", "FLOODS-SCHOOLS")
    bylines = ("Jane Roe", "Sam Poe", "Mira L. Lund and Jane Roe")
    items = [
        f"{g} — {s} By {b}. SENT: 500 words, photos." for g, s, b in zip(slugs, (S1, S2, S3), bylines, strict=True)
    ]
    # the digest's date above the first item: the header an entry's title would print
    page = ex("Coast Wire News Digest 6 p.m.\n\nJune 9, 2025\n\n" + "\n\n".join(items) + "\n")
    assert [a.title for a in page.articles] == list(slugs)
    assert [a.byline for a in page.articles] == [["Jane Roe"], ["Sam Poe"], ["Mira L. Lund", "Jane Roe"]]
    assert [a.paragraphs for a in page.articles] == [[S1], [S2], [S3]]


def test_capitals_headline_before_the_dateline_is_the_title() -> None:
    heads = ("FERRY TERMINAL APPROVED", "SEED SUBSIDIES PAID", "SCHOOLS TO OPEN LATE")
    items = [f"{h}: {p}{s}" for h, p, s in zip(heads, PLACES, (S1, S2, S3), strict=True)]
    page = ex("Coast Wire Top News\n\n" + "\n\n".join(items) + "\n")
    assert page.kind == "listing"
    assert [a.title for a in page.articles] == list(heads)
    assert [a.dateline and a.dateline.location for a in page.articles] == [
        "PORT AVELIN",
        "NORTH BAY, Kessel",
        "VARNHOLM",
    ]
    assert [a.paragraphs[0].split()[:2] for a in page.articles] == [s.split()[:2] for s in (S1, S2, S3)]


# --- near misses: one story, a transcript, a listing, a story and its related teasers ----------


def test_one_datelined_story_with_capitals_words_stays_one_story() -> None:
    text = (
        f"{T1}\n\nPORT AVELIN (AP) — {S1}\n\n"
        "NATO and the EU said the quay would also serve their ships, officials said on Tuesday evening.\n\n"
        f"KESSEL PORT AUTHORITY — which runs the quay — said the work would start in May. {S4}\n\n"
        f"“WE ARE READY,” the chairman told reporters outside the hall. {S5}\n\n"
        f"NORTH BAY — the town across the water — said it would ask for a second terminal. {S6}\n"
    )
    page = ex(text)
    assert page.kind == "article"
    assert len(page.articles) == 1
    assert page.articles[0].title == T1
    assert page.articles[0].dateline is not None and page.articles[0].dateline.location == "PORT AVELIN"


def test_an_interview_transcript_stays_one_story() -> None:
    lines = [
        f"JANE ROE: {S1}",
        "SAM POE: Thank you for having me on the programme this morning, it is a pleasure to be here.",
        f"JANE ROE: {S2}",
        f"SAM POE: {S4}",
        f"JANE ROE: {S3}",
        f"SAM POE: {S5}",
    ]
    page = ex(f"{T1}\n\n" + "\n\n".join(lines) + "\n")
    assert page.kind == "article"
    assert len(page.articles) == 1
    assert page.articles[0].title == T1
    assert page.articles[0].dateline is None  # the first speaker is no place
    assert page.articles[0].paragraphs[0].startswith("JANE ROE: ")


def test_a_listing_whose_teasers_open_with_a_place_keeps_its_entries() -> None:
    items = [f"{t}\n\n{p.split(' (')[0]} — {s}" for t, p, s in zip((T1, T2, T3), PLACES, (S1, S2, S3), strict=True)]
    page = ex("\n\n".join(items) + "\n", "https://coastwire.example/tag/harbour")
    assert page.kind == "listing"
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert [a.dateline and a.dateline.location for a in page.articles] == [
        "PORT AVELIN",
        "NORTH BAY, Kessel",
        "VARNHOLM",
    ]


def test_a_story_and_its_datelined_related_teasers_stay_an_article() -> None:
    story = "\n\n".join([f"PORT AVELIN (AP) — {S1}", S4, S5, S6, S2, S3])
    related = [f"{t}\n\n{p}{s}" for t, p, s in zip((T2, T3, T1), PLACES, (S2, S3, S1), strict=True)]
    page = ex(f"{T1}\n\n{story}\n\nRelated Articles\n\n" + "\n\n".join(related) + "\n")
    assert page.kind == "article"
    assert page.articles[0].role == "main" and page.articles[0].title == T1


def test_capitals_headlines_open_whole_stories() -> None:
    heads = ("FERRY TERMINAL APPROVED", "SEED SUBSIDIES PAID", "SCHOOLS TO OPEN LATE")
    items = [
        f"{h} : {p}{s}\n\n{S4}\n\n{S5}\n\n{S6}\n\n“We are ready,” the chairman said."
        for h, p, s in zip(heads, PLACES, (S1, S2, S3), strict=True)
    ]
    page = ex("NEWS FROM ACROSS THE COAST\n\n" + "\n\n".join(items) + "\n")
    assert page.kind == "listing"
    assert [a.title for a in page.articles] == list(heads)
    assert all(len(a.paragraphs) == 5 for a in page.articles)


# --- a digest's name over a listing is no section ----------------------------------------------

BRIEFING_URL = "https://portal.example/daily-briefing"


def test_a_digests_name_over_its_items_is_no_category() -> None:
    cards = "\n\n".join(f"{t}\n\n{s}" for t, s in zip((T1, T2, T3), (S1, S2, S3), strict=True))
    for heading in ("Daily Briefing", "Coast Desk Digest"):
        page = ex(f"{heading}\n\n{cards}\n", BRIEFING_URL)
        assert page.kind == "listing"
        assert [a.title for a in page.articles] == [T1, T2, T3]
        assert all(a.category is None for a in page.articles)
    # near miss: a bare section's name stays every entry's category
    page = ex(f"Harbour News\n\n{cards}\n", BRIEFING_URL)
    assert all(a.category == "Harbour News" for a in page.articles)


def test_a_paragraph_above_the_datelined_items_stays_an_entry() -> None:
    # a feed of wire stories whose first entry prints no dateline (its title a short label)
    items = [f"{t}\n\n{p}{s}" for t, p, s in zip((T1, T2, T3), PLACES, (S1, S2, S3), strict=True)]
    opening = f"Harbour Roundup\n\n{S4} {S5}\n\n"
    page = ex("Coast Wire Summary at 6:10 p.m. EST\n\n" + opening + "\n\n".join(items) + "\n")
    assert page.kind == "listing"
    assert [a.title for a in page.articles][-3:] == [T1, T2, T3]
    assert any(a.paragraphs and a.paragraphs[0].startswith(S4[:30]) for a in page.articles)
