"""Shapes of unseen feed, digest and story pages, round 27 (issue 18): newsletters' daily
briefings and their numbered items, each on a page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a near
miss of the same look left alone.
"""

from __future__ import annotations

from stories import extract_at

STORY_URL = "https://valleytv.example/content/national/572346832.html"


def _removed(page, rule: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.text for r in page.removed if r.rule == rule]


# --- a newsletter's numbered items: "1. Headline" over its paragraph ---------------------------

INTRO = [
    "The harbour town of Port Avelin woke up to a second week of fog on Monday morning.",
    "Here's what you need to know to get up to speed and on with your day.",
]
ITEMS = [
    (
        "Ferry terminal",
        "The council approved the new ferry terminal on Tuesday after a long debate over its cost and the noise it will bring.",
    ),
    (
        "Harvest",
        "Growers across the valley said the rain had delayed planting by a month and that they expected a smaller harvest.",
    ),
    (
        "Bridge works",
        "Drivers crossed the new bridge for the first time on Monday after three years of construction and two delays.",
    ),
    (
        "School budget",
        "The school board will vote on Thursday on a budget that adds four teachers and closes the old gym for repairs.",
    ),
]


def _digest(items: list[tuple[str, str]], numbers: list[int] | None = None) -> str:
    lines = list(INTRO)
    for k, (head, text) in enumerate(items):
        lines.append(f"{(numbers or list(range(1, len(items) + 1)))[k]}. {head}")
        lines.append(text)
    return "\n".join(lines)


def test_a_briefings_numbered_headlines_are_its_items() -> None:
    page = extract_at(_digest(ITEMS), STORY_URL)
    assert page.kind == "listing"
    assert [a.role for a in page.articles] == ["listing"] * 4
    assert [a.title for a in page.articles] == [h for h, _ in ITEMS]
    assert [a.paragraphs for a in page.articles] == [[t] for _, t in ITEMS]
    assert _removed(page, "layout.digest-number") == ["1.", "2.", "3.", "4."]
    removed = [r.text for r in page.removed]
    assert all(line in removed for line in INTRO)  # the briefing's intro is no story


def test_a_story_that_numbers_its_points_stays_one_story() -> None:
    """Near miss: a story with a headline and lead paragraphs of its own, numbering its points
    and going on under the last one, is one story; so is a listicle's numbered sections right
    under its headline, and a list whose count restarts."""
    lead = [
        "Council sets out its four plans for the harbour",
        "The Port Avelin council published on Monday the plans it will put to a vote before the summer.",
        "The mayor said the four plans would cost less than the town had feared and could start within a year.",
    ]
    close = [
        "Residents will be able to comment on the plans at the town hall until the end of the month.",
        "The council will publish the final plans in the autumn, the mayor said at the meeting on Monday.",
        "A second meeting will be held at the school for those who cannot come to the town hall.",
        "The town last rebuilt its harbour more than forty years ago, after the storm of the winter.",
    ]
    body = _digest(ITEMS).split("\n")[len(INTRO) :]
    page = extract_at("\n".join([*lead, *body, *close]), STORY_URL)
    assert page.kind == "article"
    assert [a.title for a in page.articles] == [lead[0]]
    assert _removed(page, "layout.digest-number") == []
    listicle = "\n".join(_digest(ITEMS).split("\n")[len(INTRO) :])
    assert extract_at(f"Four things to know about the harbour\n\n{listicle}", STORY_URL).kind == "article"
    restarted = extract_at(_digest(ITEMS, numbers=[1, 2, 1, 2]), STORY_URL)
    assert restarted.kind == "article"
    assert _removed(restarted, "layout.digest-number") == []


# --- a template's empty widget printed with its placeholder text -------------------------------

STORY = [
    "Harbour Ferry Returns After Repairs",
    "The Port Avelin ferry returned to service on Monday after six weeks of repairs to its engines and its ramp.",
    "The operator said the crossing would run every hour until the end of the summer and twice an hour at weekends.",
]


def test_a_widgets_placeholder_text_closing_a_story_is_chrome() -> None:
    page = extract_at("\n\n".join([*STORY, "Content Goes Here"]), STORY_URL)
    assert [a.paragraphs for a in page.articles] == [STORY[1:]]
    assert _removed(page, "web.widget") == ["Content Goes Here"]


def test_a_sentence_about_content_stays() -> None:
    """Near miss: a story's line that only opens with the words is its text."""
    line = "Content goes here first, the station's manager said, and the podcast follows a day later."
    page = extract_at("\n\n".join([*STORY, line]), STORY_URL)
    assert [a.paragraphs for a in page.articles] == [[*STORY[1:], line]]


# --- a blog archive's day headers: one date over the day's posts --------------------------------

ARCHIVE_URL = "https://harbourwire.example.blogspot.com/2016/08/"
POSTS = [
    (
        "Harbour ferry returns to service after repairs",
        "The Port Avelin ferry returned to service on Monday after six weeks of repairs to its engines.",
    ),
    (
        "Valley growers count the cost of a wet spring",
        "Growers across the valley said the rain had delayed planting by a month this year.",
    ),
    (
        "New bridge opens to traffic after three years",
        "Drivers crossed the new bridge for the first time after three years of construction work.",
    ),
    (
        "School board approves four new teachers",
        "The school board voted on Thursday for a budget that adds four teachers to the district.",
    ),
    (
        "Council closes the old gym for repairs",
        "The council said the old gym would close for repairs until the end of the autumn term.",
    ),
]


def _archive(days: dict[int, str], own: list[str] | None = None) -> str:
    lines: list[str] = []
    for k, (title, teaser) in enumerate(POSTS):
        if k in days:
            lines.append(days[k])
        lines.append(title)
        if own:
            lines.append(own[k])
        lines += [teaser, "Read more"]
    return "\n\n".join(lines)


def test_a_day_header_dates_every_post_under_it() -> None:
    page = extract_at(_archive({0: "Wednesday, August 31, 2016", 3: "Tuesday, August 30, 2016"}), ARCHIVE_URL)
    assert page.kind == "listing"
    assert [a.title for a in page.articles] == [t for t, _ in POSTS]
    assert [a.published_text for a in page.articles] == ["Wednesday, August 31, 2016"] * 3 + [
        "Tuesday, August 30, 2016"
    ] * 2


def test_a_lone_date_or_posts_with_their_own_times_keep_their_own() -> None:
    """Near misses: one date over the first post only may be the site's clock, and posts that
    print their own times take no date from a line above another post."""
    lone = extract_at(_archive({0: "Wednesday, August 31, 2016"}), ARCHIVE_URL)
    assert [a.published_text for a in lone.articles][1:] == [None] * 4
    own = ["3 hours ago", "5 hours ago", "7 hours ago", "1 day ago", "2 days ago"]
    timed = extract_at(_archive({0: "Wednesday, August 31, 2016", 3: "Tuesday, August 30, 2016"}, own), ARCHIVE_URL)
    assert [a.published_text for a in timed.articles][1:] == own[1:]
    trailed = "\n\n".join(
        f"{t}\n\n{x}" + ("\n\nAugust 3, 2016" if k in (0, 3) else "") for k, (t, x) in enumerate(POSTS)
    )  # a card's own date after its teaser: no date over the cards below it
    after = extract_at(trailed, ARCHIVE_URL)
    assert [a.published_text for a in after.articles] == ["August 3, 2016", None, None, "August 3, 2016", None]


# --- an auto-posting plugin's ad placeholder glued before a copied story -----------------------

TAG_URL = "https://copyblog.example/tag/harbour/"


def test_an_ad_placeholder_glued_before_a_copied_story_is_chrome() -> None:
    text = "\n\n".join(f"{t}\n\n[ad_1] {x}\n\n[ad_2]" for t, x in POSTS[:3])
    page = extract_at(text, TAG_URL)
    assert [a.title for a in page.articles] == [t for t, _ in POSTS[:3]]
    assert [a.body for a in page.articles] == [x for _, x in POSTS[:3]]
    assert _removed(page, "common.ad-shortcode") == ["[ad_1]", "[ad_2]"] * 3


def test_other_bracketed_words_stay() -> None:
    """Near miss: an editor's bracket or a name that only looks like the slot stays."""
    line = "The file named ad_1 held the [ad] copy, the council's clerk told [the meeting] on Monday night."
    page = extract_at("\n\n".join([*STORY, line]), STORY_URL)
    assert page.articles[0].paragraphs[-1] == line
    assert _removed(page, "common.ad-shortcode") == []
