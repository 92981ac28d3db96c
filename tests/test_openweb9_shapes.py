"""Shapes of fresh open-web pages, round 9 (issue 18), each on a page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a
near miss of the same look left alone.
"""

from __future__ import annotations

from stories import S1, S2, S3, S4, S5, S6, T1, T2, T3, extract_at

from newsclean import Page

LISTING_URL = "https://coastradio.example/coast-news?page=2"
STORY_URL = "https://coastradio.example/2025-06-09/harbour-council-approves-new-ferry-terminal-plan"


def _removed(page: Page, rule: str) -> list[str]:
    return [r.text for r in page.removed if r.rule == rule]


def _text(page: Page) -> str:
    return "\n".join("\n".join(filter(None, [a.title or "", *a.paragraphs])) for a in page.articles)


# --- a syndication feed's footer under each reprinted teaser -----------------------------------


def test_syndication_footer_under_teasers_is_chrome() -> None:
    footer = "Copyright 2025 Coast Radio. To see more, visit"
    text = "\n\n".join(
        f"{t}\n\n{s} {m}\n\n{footer}" for t, s, m in zip((T1, T2, T3), (S1, S2, S3), (S4, S5, S6), strict=True)
    )
    page = extract_at("Latest News from Coast Radio\n\n" + text + "\n", LISTING_URL)
    assert _removed(page, "common.syndication-footer") == [footer] * 3
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert "To see more" not in _text(page)
    # with its address kept, on a story page
    page = extract_at(
        f"{T1}\n\n{S1}\n\n{S4}\n\nCopyright 2025 Coast Radio. To see more, visit https://coastradio.example.\n",
        STORY_URL,
    )
    assert page.articles[0].paragraphs == [S1, S4]


def test_a_sentence_naming_the_footer_stays() -> None:
    said = "The station said readers who want to see more can visit its archive, which opens on Monday."
    page = extract_at(f"{T1}\n\n{S1}\n\n{said}\n\n{S4}\n", STORY_URL)
    assert said in page.articles[0].paragraphs
    quoted = "Copyright 2025 Coast Radio. To see more, visit the harbour office, the notice on the door said in bold letters."
    page = extract_at(f"{T1}\n\n{S1}\n\n{quoted}\n\n{S4}\n", STORY_URL)
    assert quoted in page.articles[0].paragraphs


# --- skip links glued with no space between them ----------------------------------------------


def test_glued_skip_links_are_chrome() -> None:
    body = "\n\n".join(f"{t}\n\n{s} {m}" for t, s, m in zip((T1, T2, T3), (S1, S2, S3), (S4, S5, S6), strict=True))
    for glued in ("Skip to main contentSkip to main content", "Skip to main contentSkip to footer"):
        page = extract_at(f"{glued}\n\nCoast News\n\n{body}\n", LISTING_URL)
        assert [r.text for r in page.removed if r.rule == "layout.skip-link"] == [glued]
        assert [a.title for a in page.articles] == [T1, T2, T3]
        assert glued not in _text(page)
        page = extract_at(f"{glued}\n\n{T1}\n\n{S1}\n\n{S4}\n", STORY_URL)
        assert page.articles[0].title == T1


def test_a_headline_glued_to_a_link_is_no_command() -> None:
    glued = "Ferry terminal vote explainedWatch the council meeting"
    assert glued in _text(extract_at(f"{glued}\n\n{S1}\n\n{S4}\n", STORY_URL))
    # a glued skip link whose second half is no command
    glued = "Skip to main contentSkip to Coast Radio harbour weather report"
    page = extract_at(f"{glued}\n\n{T1}\n\n{S1}\n\n{S4}\n", STORY_URL)
    assert not [r.text for r in page.removed if r.rule.endswith(("ui-command", "skip-link"))]


# --- an archived newsletter's browser link over its first line ----------------------------------

NEWSLETTER_URL = "https://mail-archive.example/?u=4f2a&id=9c1b7d04"


def test_newsletter_browser_link_is_chrome() -> None:
    items = "\n\n".join(f"{t}\n\n{s} {m}" for t, s, m in zip((T1, T2, T3), (S1, S2, S3), (S4, S5, S6), strict=True))
    for link in ("View this email in your browser", "Having trouble viewing this email? View it in your browser"):
        page = extract_at(f"{link}\n\nCoast Weekly\n\n{items}\n", NEWSLETTER_URL)
        assert _removed(page, "common.email-browser-link") == [link]
        assert [a.title for a in page.articles] == [T1, T2, T3]
        assert "browser" not in _text(page)


def test_a_sentence_about_a_browser_stays() -> None:
    said = "Residents can view the new ferry timetable in your browser or on the council's app, officials said."
    page = extract_at(f"{T1}\n\n{S1}\n\n{said}\n\n{S4}\n", STORY_URL)
    assert said in page.articles[0].paragraphs
    line = "View the harbour webcam in your browser"
    page = extract_at(f"{T1}\n\n{S1}\n\n{line}\n\n{S4}\n", STORY_URL)
    assert not _removed(page, "common.email-browser-link")


# --- a listing's description of itself under its heading ----------------------------------------

SECTION_URL = "https://coastpost.example/index.cfm/Harbour_Affairs"
BLURBS = (
    "Stay up-to-date with the latest news from the Coast Post as our reporters follow the harbour and the farms.",
    "The latest news regarding the harbour, the ferries and the quays. This section contains releases from the "
    "port office and the council.",
    "Looking for more releases? Explore our full archive by date to find past announcements from the port office.",
)


def _entries(*, teasers: tuple[str, str, str] = (S1, S2, S3)) -> str:
    return "\n\n".join(f"{t}\n\n{s}" for t, s in zip((T1, T2, T3), teasers, strict=True))


def test_section_blurb_under_the_heading_is_chrome() -> None:
    for blurb in BLURBS:
        page = extract_at(f"Harbour Affairs\n\n{blurb}\n\n{_entries()}\n", SECTION_URL)
        assert _removed(page, "layout.section-blurb") == [blurb]
        assert page.kind == "listing"
        assert [a.title for a in page.articles] == [T1, T2, T3]
        assert [a.paragraphs for a in page.articles] == [[S1], [S2], [S3]]


def test_a_story_opening_like_a_blurb_stays() -> None:
    opening = "The latest news from the harbour office is that the ferry terminal will open in spring, officials said."
    # one story, no headlines under it
    page = extract_at(f"{T1}\n\n{opening}\n\n{S4}\n", STORY_URL)
    assert page.articles[0].paragraphs == [opening, S4]
    # an entry's teaser below the first headline
    page = extract_at(f"Harbour Affairs\n\n{_entries(teasers=(S1, opening, S3))}\n", SECTION_URL)
    assert not _removed(page, "layout.section-blurb")
    assert opening in _text(page)
    # a long paragraph under the heading is a story's text
    long = BLURBS[0] + " " + " ".join([S4, S5, S6, S4, S5, S6])
    page = extract_at(f"Harbour Affairs\n\n{long}\n\n{_entries()}\n", SECTION_URL)
    assert not _removed(page, "layout.section-blurb")


# --- a wire's redistribution notice after its copyright line -----------------------------------

NOTICE = "This material may not be published, broadcast, rewritten or redistributed."


def test_redistribution_notice_is_chrome_and_the_copyright_credits() -> None:
    for tail, agency in (
        (f"Copyright 2025 The Associated Press. All rights reserved. {NOTICE}", "AP"),
        (f"Copyright 2025 Reuters. All rights reserved.{NOTICE.replace('rewritten', 'rewritten,')}", "Reuters"),
    ):
        page = extract_at(f"{T1}\n\n{S1}\n\n{S4}\n\n{tail}\n", STORY_URL)
        article = page.articles[0]
        assert article.paragraphs == [S1, S4]
        assert article.credits == [agency]
        assert _removed(page, "common.rights-notice")
    # glued after the story's last sentence, the sentence stays
    page = extract_at(f"{T1}\n\n{S1}\n\n{S4} {NOTICE}\n", STORY_URL)
    assert page.articles[0].paragraphs == [S1, S4]


def test_a_sentence_about_publishing_material_stays() -> None:
    said = "The court ruled that the material may not be published until the trial ends, the lawyer said."
    page = extract_at(f"{T1}\n\n{S1}\n\n{said}\n\n{S4}\n", STORY_URL)
    assert said in page.articles[0].paragraphs
    said = "The council said the plans may not be published, broadcast or shared before the vote in June."
    page = extract_at(f"{T1}\n\n{S1}\n\n{said}\n\n{S4}\n", STORY_URL)
    assert said in page.articles[0].paragraphs


# --- a cookie banner, WordPress's comment form, the links to the neighbouring posts ------------

COOKIE = (
    "This website uses cookies to improve your experience. We'll assume you're ok with this, "
    "but you can opt-out if you wish. Cookie settingsACCEPT"
)
FORM = ("Leave a Reply", "Your email address will not be published. Required fields are marked *", "Cancel reply")


def _story_with(*lines: str, mid: bool = False) -> Page:
    furniture = "\n\n".join(lines)
    text = f"{T1}\n\n{S1}\n\n{furniture}\n\n{S4}\n" if mid else f"{T1}\n\n{S1}\n\n{S4}\n\n{furniture}\n"
    return extract_at(text, STORY_URL)


def test_cookie_banner_is_chrome() -> None:
    for lines in (
        (COOKIE,),
        (
            "We use cookies to ensure that we give you the best experience on our website.",
            "Accept All Cookies",
            "Cookie Settings",
        ),
    ):
        for mid in (False, True):
            page = _story_with(*lines, mid=mid)
            assert page.articles[0].paragraphs == [S1, S4]
            assert _removed(page, "web.cookie-consent") == list(lines)


def test_comment_form_and_post_links_are_chrome() -> None:
    page = _story_with(*FORM)
    assert page.articles[0].paragraphs == [S1, S4]
    assert _removed(page, "web.comment-form") == list(FORM[1:])
    page = _story_with("Previous article", "Next article", mid=True)
    assert page.articles[0].paragraphs == [S1, S4]
    assert _removed(page, "web.post-nav") == ["Previous article", "Next article"]


def test_sentences_about_cookies_comments_and_stories_stay() -> None:
    kept = (
        "This website uses cookies to track readers across other sites, the regulator found in its report.",
        "Comments are closed until the council meets again in July, the clerk told the meeting.",
        "Previous articles in this series looked at the ferry fares and the new timetable.",
    )
    for line in kept:
        page = _story_with(line, mid=True)
        assert page.articles[0].paragraphs == [S1, line, S4]


# --- a popularity widget's heading over other stories' headlines -------------------------------


def test_popularity_widget_heading_closes_the_story() -> None:
    for heading in ("Most Popular", "Most Viewed", "Trending", "Up Next", "Recommended for you"):
        page = _story_with(heading, T2, T3)
        assert page.articles[0].paragraphs == [S1, S4]
        assert T2 not in _text(page)
        # in the middle, before the story's own sentences, only the heading goes
        page = _story_with(heading, mid=True)
        assert page.articles[0].paragraphs == [S1, S4]


def test_sentences_opening_like_the_headings_stay() -> None:
    for line in ("Trending topics at the meeting included ferry fares", "Up next, the council will vote on fares."):
        page = _story_with(line, mid=True)
        assert page.articles[0].paragraphs == [S1, line, S4]


# --- share buttons, a post's taxonomy line, the site's own links --------------------------------

JETPACK = "Click to share on Facebook (Opens in new window)Click to share on Twitter (Opens in new window)"


def test_share_buttons_taxonomy_and_site_links_are_chrome() -> None:
    page = _story_with("Share this:", JETPACK, "Tweet", "Filed Under: Harbour, Ferries", "Tagged With: council")
    assert page.articles[0].paragraphs == [S1, S4]
    page = _story_with("Home", "Privacy Policy", "Terms of Use", "Contact Us", "All rights reserved.")
    assert page.articles[0].paragraphs == [S1, S4]
    assert _removed(page, "web.site-links") == [
        "Home",
        "Privacy Policy",
        "Terms of Use",
        "Contact Us",
        "All rights reserved.",
    ]


def test_sentences_naming_policies_and_filings_stay() -> None:
    for line in (
        "The council's privacy policy was updated in May, the clerk said.",
        "Filed under a new law, the complaint names three ferry firms.",
        "Click to share buttons were added to the council's site this week.",
    ):
        page = _story_with(line, mid=True)
        assert page.articles[0].paragraphs == [S1, line, S4]


# --- an ad slot's label between the paragraphs ----------------------------------------------------


def test_ad_slot_labels_are_chrome() -> None:
    for label in (
        "Advertisement - Continue Reading Below",
        "Article continues below this ad",
        "Scroll to continue reading",
    ):
        page = _story_with(label, mid=True)
        assert page.articles[0].paragraphs == [S1, S4]
    # glued to the end of the line above it
    page = _story_with(f"{S2} Advertisement - Continue Reading Below", mid=True)
    assert page.articles[0].paragraphs == [S1, S2, S4]


def test_a_sentence_about_an_advertisement_stays() -> None:
    line = "The council's advertisement ran in May; the article continues below the map of the terminal."
    page = _story_with(line, mid=True)
    assert page.articles[0].paragraphs == [S1, line, S4]


# --- a station's correction note and a photo's enlarge button -------------------------------------


def test_correction_note_and_enlarge_button_are_chrome() -> None:
    page = _story_with("To report a correction or typo, please email digitalnews@coastradio.example")
    assert page.articles[0].paragraphs == [S1, S4]
    page = _story_with("Enlarge this image", mid=True)
    assert page.articles[0].paragraphs == [S1, S4]


def test_a_sentence_about_reporting_a_correction_stays() -> None:
    line = "To report a correction or typo in the ferry timetable, riders should call the harbour office."
    page = _story_with(line, mid=True)
    assert page.articles[0].paragraphs == [S1, line, S4]


# --- a listing's breadcrumb trail, results count and page links ---------------------------------

LIST_URL = "https://coastpost.example/category/harbour/page/2"


def _listing_with(line: str, where: str) -> Page:
    e = [f"{t}\n\nJune {9 - k}, 2025\n\n{s}" for k, (t, s) in enumerate(zip((T1, T2, T3), (S1, S2, S3), strict=True))]
    parts = [line, *e] if where == "top" else [e[0], line, e[1], e[2]] if where == "mid" else [*e, line]
    return extract_at("\n\n".join(parts) + "\n", LIST_URL)


def test_breadcrumbs_counts_and_page_links_are_chrome() -> None:
    for line in (
        "You are here: Home / Harbour",
        "Home » News » Harbour",
        "Showing 1-10 of 200 results",
        "Next page",
        "Older posts",
    ):
        for where in ("top", "mid", "end"):
            page = _listing_with(line, where)
            assert [a.title for a in page.articles] == [T1, T2, T3], (line, where)
            assert all(line != a.category for a in page.articles), (line, where)
            assert line not in _text(page)


def test_headlines_shaped_like_trails_and_counts_stay() -> None:
    for line in ("Home / Away: the ferry crews who live on both quays", "Next page of the harbour plan opens in June"):
        page = _listing_with(line, "mid")
        assert line in [a.title for a in page.articles]
