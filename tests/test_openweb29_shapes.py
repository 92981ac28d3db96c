"""Shapes of unseen feed, digest and story pages, round 29 (issue 18), each on a page written
for it: a wire's news plan (each planned story a headline over one paragraph closed by its
bracketed coverage note).

Every story, town and name here is invented. Each test shows the shape read right and a near
miss of the same look left alone.
"""

from __future__ import annotations

from stories import extract_at, removed

PLAN_URL = "https://wire.example/article/harbour-news-plan-afternoon-idXYZ20250610"

PLAN_INTRO = [
    "Top stories as of 3:15 p.m. on Tuesday.",
    "To find stories, search by slug or headline keyword in your editing system.",
]
PLAN_ITEMS = [
    (
        "Harbour council approves new ferry terminal",
        "PORT AVELIN - The harbour council approved a new ferry terminal on Tuesday after a long debate over its cost.",
        "(HARBOUR-FERRY/ (UPDATE 2, PIX), moved at 2:08 p.m., by Jane Roe, 650 words)",
    ),
    (
        "Valley growers expect a smaller harvest",
        "NORTH BAY - Growers across the valley said the rain had delayed planting by a month this spring.",
        "(VALLEY-HARVEST/RAIN, moved, 280 words)",
    ),
    (
        "School board to vote on budget",
        "The school board will vote on Thursday on a budget that adds four teachers and closes the old gym.",
        "(SCHOOLS-BUDGET/VOTE (PIX), expect by 5 p.m., 400 words)",
    ),
]


def _plan(items: list[tuple[str, str, str]], cut: str | None = None) -> str:
    lines = [line for intro in PLAN_INTRO for line in (intro, "")]
    for head, text, note in items:
        lines += ["", head, "", f"{text} {note}"]
    if cut is not None:
        lines += ["", "Bridge reopens after repairs", "", cut]
    return "\n".join(lines)


def test_a_news_plans_items_are_a_listing_with_their_notes_cut() -> None:
    cut = (
        "KESSEL - The old bridge reopened to traffic on Tuesday after repairs. (KESSEL-BRIDGE/ (UPDATE 1), moved at 3:0"
    )
    page = extract_at(_plan(PLAN_ITEMS, cut), PLAN_URL)
    assert page.kind == "listing"
    assert [a.title for a in page.articles] == [h for h, _, _ in PLAN_ITEMS] + ["Bridge reopens after repairs"]
    assert [a.role for a in page.articles] == ["listing"] * 4
    bodies = [a.paragraphs for a in page.articles]
    assert bodies[0] == [
        "The harbour council approved a new ferry terminal on Tuesday after a long debate over its cost."
    ]
    assert bodies[2] == [
        "The school board will vote on Thursday on a budget that adds four teachers and closes the old gym."
    ]
    assert bodies[3] == ["The old bridge reopened to traffic on Tuesday after repairs."]
    assert page.articles[0].byline == ["Jane Roe"]
    assert page.articles[1].dateline is not None and page.articles[1].dateline.location == "NORTH BAY"
    notes = removed(page, "layout.plan-note")
    assert "(VALLEY-HARVEST/RAIN, moved, 280 words)" in notes
    assert "(KESSEL-BRIDGE/ (UPDATE 1), moved at 3:0" in notes
    assert all("Top stories" not in p for a in page.articles for p in a.paragraphs)


def test_a_story_citing_bracketed_slugs_is_no_news_plan() -> None:
    # a story whose paragraphs end in brackets with capitals, but no note's word count: one story
    story = "\n\n".join(
        [
            "Harbour council approves new ferry terminal",
            "PORT AVELIN - The harbour council approved a new ferry terminal on Tuesday after a long debate (HARBOUR-FERRY/ITEM 4).",
            "Councillors said the terminal would open next spring if the weather allowed the works to go on (COUNCIL-MINUTES/2025).",
            "The mayor said the port had waited a decade for the money and thanked the regional board (BOARD-GRANT/ROUND 2).",
        ]
    )
    page = extract_at(story, PLAN_URL)
    assert page.kind == "article"
    assert len(page.articles) == 1
    assert "(BOARD-GRANT/ROUND 2)" in page.articles[0].paragraphs[-1]
    assert removed(page, "layout.plan-note") == []


def test_two_noted_paragraphs_are_no_news_plan() -> None:
    # only two planned items: fewer than a digest's three, the page is left as it was
    page = extract_at(_plan(PLAN_ITEMS[:2]), PLAN_URL)
    assert removed(page, "layout.plan-note") == []


# --- a newsletter's keycap-numbered run-in items: "1️⃣ Label: text" ----------------------------

NEWSLETTER_URL = "https://valleytv.example/news/national/2025/06/10/ferry-fog-harvest-catch-up-on-the-days-stories"

KEYCAP_PREAMBLE = [
    "Ferry vote, fog returns, small harvest: Catch up on the day's stories",
    "Editor's Note: The valley newsletter brings you the day's news in five short items. Sign up here.",
    "👋 Welcome to the evening edition! The fog came back to the harbour for a second week on Monday.",
    "Here's what else you might have missed today:",
]
KEYCAP_ITEMS = [
    ("Ferry vote", "The council approved the new ferry terminal on Tuesday after a long debate over its cost."),
    ("Small harvest", "Growers across the valley said the rain had delayed planting by a month this spring."),
    ("‘Not this year’", "The school board said the old gym would stay closed until the roof is repaired next summer."),
    ("New bridge", "Drivers crossed the new bridge for the first time on Monday after three years of works."),
]
KEYS = ["1\ufe0f\u20e3", "2\ufe0f\u20e3", "3\ufe0f\u20e3", "4\ufe0f\u20e3"]


def _newsletter(items: list[tuple[str, str]], keys: list[str], tail: list[str] | None = None) -> str:
    lines = list(KEYCAP_PREAMBLE)
    lines += [f"{key} {label}: {text}" for key, (label, text) in zip(keys, items, strict=True)]
    return "\n\n".join(lines + (tail or []))


def test_keycap_numbered_run_in_items_are_a_newsletters_listing() -> None:
    tail = ["Watch this", "🌀 Sky show: A bright ring of light was seen over the hills on Mon"]
    page = extract_at(_newsletter(KEYCAP_ITEMS, KEYS, tail), NEWSLETTER_URL)
    assert page.kind == "listing"
    assert [a.title for a in page.articles] == [label for label, _ in KEYCAP_ITEMS] + ["Sky show"]
    assert [a.paragraphs for a in page.articles[:4]] == [[text] for _, text in KEYCAP_ITEMS]
    assert page.articles[4].paragraphs == ["A bright ring of light was seen over the hills on Mon"]
    assert all(a.category is None for a in page.articles)
    assert removed(page, "layout.keycap-number") == [*KEYS, "🌀"]
    gone = [r.text for r in page.removed]
    assert "Watch this" in gone and KEYCAP_PREAMBLE[2] in gone


def test_keycaps_out_of_order_or_without_labels_stay_in_the_story() -> None:
    # numbers that skip (a story's own picks) and keycap lines without a run-in label: one story
    skipped = extract_at(
        _newsletter(KEYCAP_ITEMS, ["1\ufe0f\u20e3", "3\ufe0f\u20e3", "4\ufe0f\u20e3", "5\ufe0f\u20e3"]), NEWSLETTER_URL
    )
    assert removed(skipped, "layout.keycap-number") == []
    plain = "\n\n".join(
        [*KEYCAP_PREAMBLE[:1], *(f"{key} {text}" for key, (_, text) in zip(KEYS, KEYCAP_ITEMS, strict=True))]
    )
    page = extract_at(plain, NEWSLETTER_URL)
    assert removed(page, "layout.keycap-number") == []
    assert len(page.articles) == 1


# --- a digest's items closed by their bracketed sources: "... text. [Coast Post, Valley Times]" ---

BRIEFING_URL = "https://weekly.example/10things/5512/10-things-you-need-to-know-today"
BRIEFING_ITEMS = [
    (
        "Harbour council approves the ferry terminal",
        "The council approved the new terminal on Tuesday after a long debate over its cost.",
        "Coast Post, Valley Times",
    ),
    (
        "Growers expect a smaller harvest",
        "Growers across the valley said the rain had delayed planting by a month this spring.",
        "The Kessel Courier",
    ),
    (
        "School board delays the gym repairs",
        "The school board said the old gym would stay closed until the roof is repaired next summer.",
        "Valley Times, Coast Post",
    ),
]


def _briefing(closing: list[str]) -> str:
    lines = ["Daily Briefing", "10 things you need to know today: June 10, 2025", "Jane Roe"]
    for (head, text, _), close in zip(BRIEFING_ITEMS, closing, strict=True):
        lines += [head, f"{text} [{close}]"]
    return "\n\n".join(lines)


def test_a_digests_bracketed_sources_close_its_items() -> None:
    page = extract_at(_briefing([s for _, _, s in BRIEFING_ITEMS]), BRIEFING_URL)
    assert page.kind == "listing"
    assert [a.title for a in page.articles] == [h for h, _, _ in BRIEFING_ITEMS]
    assert [a.paragraphs for a in page.articles] == [[t] for _, t, _ in BRIEFING_ITEMS]
    assert [a.outlet for a in page.articles] == ["Coast Post", "The Kessel Courier", "Valley Times"]
    assert [a.category for a in page.articles] == [None, None, None]
    assert removed(page, "layout.source-names") == [", Valley Times", ", Coast Post"]


def test_a_transcripts_bracketed_applause_is_no_source_list() -> None:
    # the same page with "[Applause]" closing each paragraph under its subhead: no digest's sources
    page = extract_at(_briefing(["Applause"] * 3), BRIEFING_URL)
    assert removed(page, "layout.plan-note") == []
    assert any(p.endswith("[Applause]") for a in page.articles for p in a.paragraphs)


def test_a_listicles_keycap_points_stay_its_story() -> None:
    # keycap points right under the story's own headline, or with the story going on under the
    # last one: a listicle's sections, one story
    points = [f"{key} {label}: {text}" for key, (label, text) in zip(KEYS, KEYCAP_ITEMS, strict=True)]
    closing = [
        "The council will meet again next month to hear from residents who live near the new terminal.",
        "Growers said they would ask the regional board for help if the harvest fell short again this year.",
        "The school board said it would publish the full budget on its website before the vote on Thursday.",
        "Drivers were asked to use the old road for one more week while the last signs are put up on the bridge.",
    ]
    for text in (
        "\n\n".join(["Four things the valley decided this week", *points]),
        "\n\n".join([*KEYCAP_PREAMBLE, *points, *closing]),
    ):
        page = extract_at(text, NEWSLETTER_URL)
        assert removed(page, "layout.keycap-number") == []
        assert len(page.articles) == 1
