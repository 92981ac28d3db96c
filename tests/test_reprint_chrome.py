"""Furniture of the outlets Daily8 reprints, found blind on unseen pages (issue 19): each shape
is cut with its rule recorded, and a near-miss sentence of a story is kept whole. The pages
are written here; the shapes were seen on two or more sites each."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from test_inline_chrome import FIRST, LAST, extract, removed

import newsclean


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("STORY CONTINUES BELOW THIS AD", "common.ad-continue"),
        ("Story continues below this advertisement", "common.ad-continue"),
        ("👉 Listen to Harbour Talk on your podcast app 👈", "common.podcast-notice"),
        ("You may also visit example.fm/adchoices to opt out of targeted advertising.", "common.podcast-notice"),
        ("Producer/Picture Editor: Jane Roe and Sam Poe", "common.production-credit"),
        ("Find out what's new on CH website and app.", "common.follow-promo"),
        ("desk@coastalherald.example", "common.contact-line"),
        ("Today's recommended read is on how the harbour ferry lost its licence.", "common.podcast-notice"),
        ("Find our recommended read on the Kessel regatta here with maps and photos.", "common.podcast-notice"),
        ("Our weekend episode is on the flood defences of the coast. Find it here.", "common.podcast-notice"),
        ("Listen to the Harbour Daily podcast here.", "common.podcast-notice"),
        (
            "Visit the Thomson Reuters Privacy Statement to learn how the show keeps your data.",
            "common.agency-boilerplate",
        ),
    ],
)
def test_a_reprinted_outlets_furniture_line_is_chrome(line: str, rule: str) -> None:
    page, a = extract(f"{FIRST}\n{line}\n{LAST}")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, rule) == [line]


def test_an_escaped_html_blob_goes_whole_not_just_its_tags() -> None:
    blob = "%3Cp%3E%3Cstrong%3EBuilt%20by%3A%3C%2Fstrong%3E%20Jane%20Roe%3Cbr%3EBerths%3A%2040%3C%2Fp%3E%0A"
    page, a = extract(f"{FIRST}\n{blob}\n{LAST}")
    assert a.paragraphs == [FIRST, LAST]
    assert "".join(removed(page, "common.markup-residue")) == blob


@pytest.mark.parametrize("label", ["» READ MORE", "Read more", " » READ MORE"])
def test_a_teasers_link_label_after_its_ellipsis_is_cut(label: str) -> None:
    teaser = "The board will also look at the old pier, which has been closed since the storm..."
    page, a = extract(f"{FIRST}\n{teaser}{label}\n{LAST}")
    assert a.paragraphs == [FIRST, teaser, LAST]
    assert [t.strip() for t in removed(page, "common.more-link")] == [label.strip()]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a digest's teaser closed by its link label (News18's evening digest)
        (
            "The board said the old pier could reopen by the spring. READ MORE",
            "The board said the old pier could reopen by the spring.",
        ),
        ("The board said the old pier could reopen by the spring. Read more", None),
        # a related-link box's label left between two sentences of a run-together paragraph
        # (the Irish Times on Daily8), its headlines gone
        (
            "Fewer boats used the harbour last year. READ MORE Almost half of the skippers said the fees were too high.",
            "Fewer boats used the harbour last year. Almost half of the skippers said the fees were too high.",
        ),
        ("Fewer boats used the harbour last year.' READ MORE The board will meet again in May.", None),
    ],
)
def test_a_bare_read_more_label_after_a_sentence_is_cut(text: str, kept: str | None) -> None:
    label = "READ MORE" if "READ MORE" in text else "Read more"
    page, a = extract(f"{FIRST}\n{text}\n{LAST}")
    expected = kept if kept is not None else " ".join(text.replace(label, "").split())
    assert a.paragraphs == [FIRST, expected, LAST]
    assert removed(page, "common.more-link") == [label]


@pytest.mark.parametrize(
    "sentence",
    [
        "Teachers asked the pupils to READ MORE BOOKS over the summer, the board said.",
        "The new posters say just two words. READ MORE, they tell every child who walks in.",
        "The new posters say just two words. READ MORE. Most children ignore them, the board said.",
        "The board met on Monday. Read more about the plan at the library, she said.",
    ],
)
def test_a_read_more_that_the_story_says_stays(sentence: str) -> None:
    page, a = extract(f"{FIRST}\n{sentence}\n{LAST}")
    assert a.paragraphs == [FIRST, sentence, LAST]
    assert not removed(page, "common.more-link")


@pytest.mark.parametrize(
    "pitch",
    [
        # one sentence asking for the click (Metro's pitch, run into a reprint's paragraph)
        "Harbour Notes: Tide tables, ferry news and sailing tips sent straight to your inbox every week "
        "– click here and sign up today so you don't miss the first one.",
        # the call, then the promise (ITV's, reprinted by STV News)
        "Subscribe free to our weekly newsletter for the best of the Coastal Herald. Direct to your inbox every Friday morning.",
        "Sign up to Harbour Notes, delivered to your inbox every Friday.",
    ],
)
def test_a_newsletter_pitch_glued_between_sentences_is_cut(pitch: str) -> None:
    page, a = extract(f"{FIRST} {pitch} {LAST}")
    assert a.paragraphs == [f"{FIRST} {LAST}"]
    assert [t.strip() for t in removed(page, "heuristic.newsletter-pitch")] == [pitch]


@pytest.mark.parametrize(
    "sentence",
    [
        "The flood alerts are sent straight to your inbox, the council said.",
        "Readers who subscribe get the paper sent to your inbox each morning, the editor said.",
        "The council's newsletter reaches 4,000 homes. Its alerts go to your inbox within minutes, the mayor said.",
    ],
)
def test_a_story_sentence_about_an_inbox_stays(sentence: str) -> None:
    page, a = extract(f"{FIRST} {sentence} {LAST}")
    assert a.paragraphs == [f"{FIRST} {sentence} {LAST}"]
    assert not removed(page, "heuristic.newsletter-pitch")


def test_a_podcasts_ad_notice_glued_after_the_last_sentence_is_cut() -> None:
    notice = "Learn more about your ad choices. Visit Harbour Radio"
    page, a = extract(f"{FIRST} {LAST} {notice}")
    assert a.body == f"{FIRST} {LAST}"
    assert removed(page, "common.podcast-notice") == [notice]


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents who want to read more about the plan can visit the library, the board said.",
        "The council's story continues below the old harbour wall, where the first stones were laid.",
        "Editor: the post was left empty for a year, the board said.",
        "Listeners can learn more about your ad choices. The station said it would explain them on Friday.",
        "The mayor said her recommended read on the harbour was the old survey.",
        "Listen to the harbour podcast here, the mayor urged residents on Monday.",
        "More news stories for Kessel will follow, the editor said.",
        "Visitors can scan the QR code on the harbour sign for the ferry times.",
    ],
)
def test_near_miss_sentences_stay(sentence: str) -> None:
    page, a = extract(f"{FIRST}\n{sentence}\n{LAST}")
    assert a.paragraphs == [FIRST, sentence, LAST]
    assert not page.removed


def test_an_entry_stamped_a_few_seconds_ago_keeps_its_outlet_and_time() -> None:
    # Moment.js-style widgets print "a few seconds ago" for the first minute; unread, the
    # entry's outlet, time and repeated title ran into its body.
    title = "Harbour board approves the new sea wall"
    text = (
        f"logo\n#\n\nLatest news with #Kessel\n\n{title}\n{title}\n\nCoastal Herald\n\n"
        f"timea few seconds ago\n\n  • Coastal Herald\n\n{title}\n\n{FIRST} {LAST}\n"
    )
    fetched = datetime(2025, 8, 1, 12, tzinfo=UTC)
    page = newsclean.extract(text, fetched_at=fetched)
    [entry] = page.articles
    assert (entry.title, entry.outlet, entry.published_text) == (title, "Coastal Herald", "a few seconds ago")
    assert entry.published_at is not None and fetched - entry.published_at < timedelta(minutes=1)
    assert entry.paragraphs == [f"{FIRST} {LAST}"]


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        (
            "FILE PHOTO: Mayor Jane Roe speaks at the harbour in Kessel, June 9, 2025. SAM POE/Pool via REUTERS/File Photo",
            ["FILE PHOTO:", "SAM POE/Pool via REUTERS/File Photo"],
        ),
        ("Mayor Jane Roe speaks at the harbour in Kessel, June 9, 2025. REUTERS/Sam Poe", ["REUTERS/Sam Poe"]),
    ],
)
def test_a_caption_closed_by_a_wire_photo_credit(line: str, tags: list[str]) -> None:
    page, a = extract(f"{FIRST}\n{line}\n{LAST}")
    assert a.captions == ["Mayor Jane Roe speaks at the harbour in Kessel, June 9, 2025."]
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "heuristic.caption-wire-credit") == tags


def test_a_wire_photo_caption_glued_between_story_sentences() -> None:
    caption = "Mayor Jane Roe speaks at the harbour in Kessel, June 9, 2025."
    page, a = extract(f"{FIRST} {caption} REUTERS/Sam Poe The vote passed easily. {LAST}")
    assert a.captions == [caption]
    assert a.body == f"{FIRST} The vote passed easily. {LAST}"
    assert removed(page, "heuristic.caption-wire-credit") == ["REUTERS/Sam Poe"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A Reuters/Ipsos poll found most residents backed the plan.",
        "The figures came from REUTERS/Ipsos polling, the board said.",
    ],
)
def test_a_sentence_naming_a_wire_poll_is_no_photo_credit(sentence: str) -> None:
    page, a = extract(f"{FIRST}\n{sentence}\n{LAST}")
    assert a.captions == []
    assert a.paragraphs == [FIRST, sentence, LAST]
    assert not page.removed


def test_a_top_stories_box_with_its_tagline_goes_whole() -> None:
    box = [
        "Top stories",
        "Swipe. Select. Stay informed.",
        "Kessel Ferry fares rise again this winter",
        "Business Kessel names its new harbour master",
    ]
    page, a = extract("\n".join([FIRST, LAST, *box]))
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "common.widget-label") == ["Swipe. Select. Stay informed."]


def test_a_top_stories_box_glued_after_the_credit_goes_to_the_lines_end() -> None:
    box = "Top stories Swipe. Select. Stay informed. Kessel Ferry fares rise again this winter"
    page, a = extract(f"{FIRST} {LAST} REUTERS {box}")
    assert a.body == f"{FIRST} {LAST}"
    assert a.credits == ["Reuters"]
    assert removed(page, "common.top-stories-box") == [box]


def test_a_sentence_opening_with_top_stories_stays() -> None:
    sentence = "Top stories this week included the flood, the board said."
    page, a = extract(f"{FIRST}\n{sentence}\n{LAST}")
    assert a.paragraphs == [FIRST, sentence, LAST]
    assert not page.removed


@pytest.mark.parametrize(
    "promo",
    [
        "More news stories for West Kessel Listen to the latest news for West Kessel",
        "Get all the latest news from around the country Follow STV News Scan the QR code on your mobile"
        " device for all the latest news from around the country",
    ],
)
def test_a_broadcasters_local_news_promo_glued_into_a_paragraph_is_cut(promo: str) -> None:
    page, a = extract(f"{FIRST} {promo} {LAST}")
    assert a.body == f"{FIRST} {LAST}"
    assert removed(page, "common.local-news-promo") == [promo]


def test_the_local_news_promos_second_place_takes_no_story_word() -> None:
    promo = "More news stories for West Kessel Listen to the latest news for West Kessel"
    page, a = extract(f"{FIRST} {promo} Harbour Master Jane Roe said the wall was overdue. {LAST}")
    assert a.body == f"{FIRST} Harbour Master Jane Roe said the wall was overdue. {LAST}"
    assert removed(page, "common.local-news-promo") == [promo]


def test_a_follow_promo_cut_off_by_the_pages_end_is_chrome() -> None:
    page, a = extract(f"{FIRST}\n{LAST}\nFind out what's new on ST website a")
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "common.follow-promo") == ["Find out what's new on ST website a"]


def test_a_caption_glued_between_story_sentences_with_an_agency_credit() -> None:
    caption = "Volunteers at the Kessel harbour festival on Monday."
    page, a = extract(
        f"{FIRST} {caption} (PTI) The festival drew families from across the coast and ran late into the night. {LAST}"
    )
    assert a.captions == [caption]
    assert a.body == f"{FIRST} The festival drew families from across the coast and ran late into the night. {LAST}"
    assert removed(page, "heuristic.caption-credit") == ["(PTI)"]


def test_a_caption_closed_by_a_social_accounts_credit() -> None:
    caption = "The Kessel ferry terminal lit up on the eve of the festival."
    page, a = extract(f"{FIRST} {caption}(X/@KesselFerries)\n{LAST}")
    assert a.captions == [caption]
    assert a.paragraphs == [FIRST, LAST]
    assert removed(page, "heuristic.caption-credit") == ["(X/@KesselFerries)"]


@pytest.mark.parametrize(
    "para",
    [
        # an agency closing the story credits its text
        f"{FIRST}\n{LAST} (PTI)",
        # a short line after it is the page's, not the story's
        f"{FIRST}\n{LAST} (PTI) Read the full report",
        # a name in parentheses that is no agency
        f"{FIRST}\nThe bill was passed. (Labour) Members voted late on Monday after a long debate in the chamber. {LAST}",
        # a story quoting a post by its handle
        f"{FIRST}\nThe ferry company replied on Monday. (@KesselFerries) {LAST}",
    ],
)
def test_parenthesised_names_that_close_no_caption_stay(para: str) -> None:
    page, a = extract(para)
    assert a.captions == []
    assert not removed(page, "heuristic.caption-credit")
