"""Shapes of fresh open-web pages, round 10 (issue 18), each on a page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a
near miss of the same look left alone.
"""

from __future__ import annotations

from stories import S1, S2, S3, S4, S5, S6, T1, T2, T3, extract_at

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


# --- an image's file name standing in for the picture over each card ---------------------------

SECTION_URL = "https://harbourgazette.example/section/local-news"


def _cards(pictures: tuple[str, str, str]) -> str:
    return "\n\n".join(f"{p}\n\n{t}\n\n{s}" for p, t, s in zip(pictures, (T1, T2, T3), (S1, S2, S3), strict=True))


def test_image_file_names_over_cards_open_entries() -> None:
    pictures = ("FerryTerminal_EastQuay_Final.png", "seed-subsidy-farmers-02.jpg", "IMG_4417.JPG")
    for url in (SECTION_URL, None):
        page = extract_at(f"Local News\n\n{_cards(pictures)}\n", url)
        assert page.kind == "listing"
        assert [a.title for a in page.articles] == [T1, T2, T3]
        assert _removed(page, "layout.image-separator") == list(pictures)
        assert all(a.category != p for a, p in zip(page.articles, pictures, strict=True))
    # on a story page, the file name over a paragraph is no paragraph
    page = extract_at(f"{T1}\n\nHarbour_Quay_0612.jpg\n\n{S1}\n\n{S4}\n", STORY_URL)
    assert page.articles[0].paragraphs == [S1, S4]
    assert _removed(page, "layout.story-image-file") == ["Harbour_Quay_0612.jpg"]


def test_a_line_naming_a_picture_in_words_stays() -> None:
    said = "The council shared the plan as harbour-plan.jpg"  # words: no file name alone
    page = extract_at(f"{T1}\n\n{S1}\n\n{said}\n\n{S4}\n", STORY_URL)
    assert said in page.articles[0].paragraphs
    # a story's own pictures, each over a paragraph: one story, not cards
    text = f"{T1}\n\nQuay_01.jpg\n\n{S1}\n\nQuay_02.jpg\n\n{S4}\n\nQuay_03.jpg\n\n{S5}\n"
    page = extract_at(text, None)
    assert page.kind == "article"
    assert len(page.articles) == 1
    assert page.articles[0].paragraphs == [S1, S4, S5]


def _entries_plain() -> str:
    return "\n\n".join(f"{t}\n\n{s}" for t, s in zip((T1, T2, T3), (S1, S2, S3), strict=True))


# --- skip links naming several parts of the page, or a part in two words ------------------------


def test_skip_links_to_parts_of_the_page_are_chrome() -> None:
    for skip in ("Skip to Content, Navigation, or Footer.", "Go to main contentsGo to search barGo to main menu"):
        page = extract_at(f"{skip}\n\n{T1}\n\n{S1}\n\n{S4}\n", STORY_URL)
        assert page.articles[0].title == T1
        assert skip not in _text(page)


def test_a_headline_opening_with_skip_to_stays() -> None:
    for head in ("Skip to the main event: harbour festival opens", "Jump to the harbour by ferry this summer"):
        page = extract_at(f"{head}\n\n{S1}\n\n{S4}\n", STORY_URL)
        assert page.articles[0].title == head


# --- the site's footer: copyright with a range of years, "Powered by X" -------------------------


def test_copyright_lines_with_a_range_of_years_are_the_outlet() -> None:
    for line, who in (
        ("© 2016-2025 The Harbour Gazette", "The Harbour Gazette"),
        ("Copyright © 2010–2025 Harbour Gazette Media. All Rights Reserved.", "Harbour Gazette Media"),
        ("All Content © 2016-2025 The Harbour Gazette", "The Harbour Gazette"),
        ("© Copyright 2025 Harbour Gazette", "Harbour Gazette"),
    ):
        page = extract_at(f"{T1}\n\n{S1}\n\n{S4}\n\n{line}\n", STORY_URL)
        assert page.articles[0].outlet == who
        assert page.articles[0].paragraphs == [S1, S4]
    # on a listing, the footer's notice is no entry
    page = extract_at(f"{_entries_plain()}\n\nAll Content © 2016-2025 The Harbour Gazette\n", SECTION_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert _removed(page, "layout.copyright-line") == ["All Content © 2016-2025 The Harbour Gazette"]


def test_a_sentence_with_a_range_of_years_stays() -> None:
    said = "From 2016-2025 the Harbour Gazette ran the ferry timetable on its back page every week."
    page = extract_at(f"{T1}\n\n{S1}\n\n{said}\n", STORY_URL)
    assert page.articles[0].paragraphs[-1] == said
    assert page.articles[0].outlet is None


def test_powered_by_footer_is_chrome() -> None:
    for line in ("Powered by NewsPress Solutions by The Harbour Web Desk", "Proudly powered by WordPress"):
        page = extract_at(f"{T1}\n\n{S1}\n\n{S4}\n\n{line}\n", STORY_URL)
        assert _removed(page, "web.powered-by") == [line]
        assert page.articles[0].paragraphs == [S1, S4]


def test_a_sentence_about_power_stays() -> None:
    said = "Powered by solar panels, the new ferry will cross the bay in twenty minutes, the operator said."
    page = extract_at(f"{T1}\n\n{S1}\n\n{said}\n\n{S4}\n", STORY_URL)
    assert said in page.articles[0].paragraphs


# --- entries that end as teasers do: a listing, with or without a URL ---------------------------

# each teaser cut short, its last words dropped for the ellipsis
CUT1 = "The harbour council on Tuesday approved a plan for a new ferry terminal on the east"
CUT2 = "A total of 4,100 smallholders have received seed subsidies worth two million under the"
T4 = "Ferry operator names new summer timetable for island routes"
CUT3 = "Schools in districts hit by last week's floods will reopen two weeks later than planned, the"


def _teasers(end: str) -> str:
    return "\n\n".join(f"{t}\n\n{s}{end}" for t, s in zip((T1, T2, T3), (CUT1, CUT2, CUT3), strict=True))


def test_cut_teasers_make_a_listing() -> None:
    for end in (" ...Read more", "[Read More…]", " (more…)", " […]", " …"):
        page = extract_at(f"Harbour News\n\n{_teasers(end)}\n", None)
        assert page.kind == "listing", end
        assert [a.title for a in page.articles] == [T1, T2, T3], end
        assert all(a.role == "listing" for a in page.articles)
        assert "Read More" not in _text(page) and "(more" not in _text(page)


def test_a_story_with_subheads_or_cut_related_stays_an_article() -> None:
    # subheadings over paragraphs that end with their sentences
    page = extract_at(f"Harbour News\n\n{T1}\n\n{S1}\n\n{T2}\n\n{S2}\n\n{T3}\n\n{S3}\n", None)
    assert page.kind == "article"
    # a lead story (not cut) over related teasers cut short
    lead = f"{T1}\n\n{S1}\n\n{S4}\n\n{S5}\n\n{S6}"
    related = "\n\n".join(f"{t}\n\n{s} ...Read more" for t, s in zip((T2, T3, T4), (CUT2, CUT3, CUT1), strict=True))
    page = extract_at(f"{lead}\n\nMore from Harbour News\n\n{related}\n", None)
    assert page.kind == "article"
    assert page.articles[0].title == T1


# --- headlines set as list items, each over its teaser: a digest's items ------------------------


def test_bulleted_titles_over_teasers_make_a_listing() -> None:
    items = "\n\n".join(f"• {t}\n{s}" for t, s in zip((T1, T2, T3), (S1, S2, S3), strict=True))
    for heading in ("", "Today's briefing\n\n"):
        page = extract_at(f"{heading}{items}\n", None)
        assert page.kind == "listing"
        assert [a.title for a in page.articles] == [T1, T2, T3]
        assert [a.paragraphs for a in page.articles] == [[S1], [S2], [S3]]
        assert all(a.published_text is None and a.category is None for a in page.articles)


def test_a_story_with_a_bulleted_list_or_numbered_sections_stays_an_article() -> None:
    points = "• New berths for two ferries\n• A covered waiting hall\n• A bus stop at the gate"
    page = extract_at(f"{T1}\n\n{S1}\n\n{points}\n\n{S4}\n", None)
    assert page.kind == "article"
    assert page.articles[0].title == T1
    # a listicle's numbered sections, each over its paragraph
    sections = "\n\n".join(f"{k}. {t}\n{s}" for k, (t, s) in enumerate(zip((T1, T2, T3), (S1, S2, S3), strict=True), 1))
    page = extract_at(f"Three things to know this week\n\n{sections}\n", None)
    assert page.kind == "article"


def test_todays_heading_is_no_time() -> None:
    # "Today's briefing" over a digest: no time, no section "'s briefing" for its entries
    items = "\n\n".join(f"{t}\n\nHarbour Herald\n\n{s}" for t, s in zip((T1, T2, T3), (S1, S2, S3), strict=True))
    page = extract_at(f"Today's briefing\n\n{items}\n", SECTION_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert all(a.published_text is None and a.category != "'s briefing" for a in page.articles)
    # a day's name alone, or with its clock, is still a time
    items = "\n\n".join(f"{t}\n\nYesterday, 10:30\n\n{s}" for t, s in zip((T1, T2, T3), (S1, S2, S3), strict=True))
    page = extract_at(f"Harbour News\n\n{items}\n", SECTION_URL)
    assert [a.published_text for a in page.articles] == ["Yesterday, 10:30"] * 3


# --- a stamp's label left before the byline when the date was lost ------------------------------


def test_lost_stamp_label_before_a_byline_is_chrome() -> None:
    names = ("Jane Roe", "Tom Vane", "Ann Lee")
    items = "\n".join(f"{t}\non: by {n}\n{s}" for t, n, s in zip((T1, T2, T3), names, (S1, S2, S3), strict=True))
    page = extract_at(f"Latest Posts\n{items}\n", "https://harbournews.example/page/205")
    assert [(a.title, a.byline, a.category) for a in page.articles] == [
        (T1, ["Jane Roe"], None),
        (T2, ["Tom Vane"], None),
        (T3, ["Ann Lee"], None),
    ]
    assert _removed(page, "layout.header-chrome") == ["on: by"] * 3


def test_a_line_on_a_place_stays() -> None:
    items = "\n".join(f"{t}\non: by the quay\n{s}" for t, s in zip((T1, T2, T3), (S1, S2, S3), strict=True))
    page = extract_at(f"Latest Posts\n{items}\n", "https://harbournews.example/page/205")
    assert all(a.byline == [] for a in page.articles)


# --- a weather widget's temperature alone on its line -------------------------------------------


def test_temperature_line_is_chrome() -> None:
    for temp in ("21.4 C", "38°F", "13°", "-3 °C"):
        page = extract_at(f"{temp}\n\n{T1}\n\n{S1}\n\n{S4}\n", STORY_URL)
        assert page.articles[0].title == T1
        assert _removed(page, "web.weather") == [temp]


def test_temperatures_in_a_story_and_scores_stay() -> None:
    said = "Water at the east quay reached 21.4 C on Monday, the warmest reading since records began."
    page = extract_at(f"{T1}\n\n{S1}\n\n{said}\n\n{S4}\n", STORY_URL)
    assert said in page.articles[0].paragraphs
    page = extract_at(f"{T1}\n\n{S1}\n\n12\n\n{S4}\n", STORY_URL)
    assert not _removed(page, "web.weather")


# --- a wire's "FILE PHOTO:" caption whose credit was lost ---------------------------------------


def test_file_photo_caption_without_its_credit() -> None:
    for caption in (
        "Workers inspect the east quay of the harbour in Kessel",
        "A worker inspects the east quay of the harbour in Kessel, June 1, 2025.",
    ):
        page = extract_at(f"{T1}\n\nFILE PHOTO: {caption}\n\n{S1}\n\n{S4}\n", STORY_URL)
        assert page.articles[0].captions == [caption]
        assert page.articles[0].paragraphs == [S1, S4]
        assert _removed(page, "heuristic.file-photo-caption") == ["FILE PHOTO:"]


def test_file_photo_credit_stays_a_credit() -> None:
    page = extract_at(f"{T1}\n\nFile photo: Jane Roe/Coast Daily Times\n\n{S1}\n\n{S4}\n", STORY_URL)
    assert page.articles[0].captions == []
    assert page.articles[0].paragraphs == [S1, S4]
    assert not _removed(page, "heuristic.file-photo-caption")
