"""The HTML path: parity with the text path on aggregator pages, markup metadata, main
content on an ordinary news page, and hostile markup."""

from __future__ import annotations

import html
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import fetched, load_label

import newsclean


def as_html(text: str) -> str:
    """An aggregator page as a scraper would have saved its HTML: one block per line."""
    body = "".join(f"<div><p>{html.escape(line.strip())}</p></div>\n" for line in text.split("\n") if line.strip())
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body><main>{body}</main></body></html>"


def paragraphs(sentence: str, n: int = 6) -> str:
    """``n`` story paragraphs from a sentence with ``{i}`` in it: enough text to be the main one."""
    return "".join(f"<p>{sentence.format(i=i)}</p>" for i in range(n))


def test_html_version_gives_the_same_articles(fixture_page: Path) -> None:
    label = load_label(fixture_page)
    text = fixture_page.read_text(encoding="utf-8")
    want = newsclean.extract(text, fetched_at=fetched(label))
    got = newsclean.extract(as_html(text), fetched_at=fetched(label))
    assert [(a.role, a.title, a.outlet, a.published_text, a.body) for a in got.articles] == [
        (a.role, a.title, a.outlet, a.published_text, a.body) for a in want.articles
    ]


NEWS_PAGE = """<!DOCTYPE html><html lang="en"><head>
<title>Harbour pier to be rebuilt | The Coastal Herald</title>
<meta property="og:site_name" content="The Coastal Herald">
<meta property="og:title" content="Harbour pier to be rebuilt">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Harbour pier to be rebuilt after winter storms",
 "author": [{"@type": "Person", "name": "Ilse Marren"}, {"@type": "Person", "name": "Tom Vale"}],
 "datePublished": "2025-03-04T09:30:00+09:00", "articleSection": "Local"}</script>
<style>body { color: red }</style><script>var tracking = "do not extract";</script>
</head><body>
<nav><a href="/">Home</a><a href="/news">News</a><a href="/sport">Sport</a></nav>
<div class="cookie-banner">We use cookies to improve your experience.</div>
<article><h1>Harbour pier to be rebuilt after winter storms</h1>
<p class="meta">By Ilse Marren and Tom Vale</p>
<div class="article-body">
<p>PORT AVELIN — The council voted on Tuesday to rebuild the town's wooden pier, which lost two
sections in the February storms that flooded the harbour front.</p>
<figure><img src="pier.jpg"><figcaption>The damaged pier seen from the harbour wall.</figcaption></figure>
<p>Mayor Ilse Marren said the new pier would keep its old shape but stand on steel piles, so that
it can survive the stronger storms the coast now expects every winter.</p>
<p style="display:none">Hidden text that no reader sees.</p>
<p>Work is due to start in spring and should take about eight months, the council said, at a cost
that will be shared between the town and the regional government.</p>
</div>
<h3>Related articles</h3>
<ul><li><a href="/a">Ferry adds a night crossing</a></li><li><a href="/b">Mackerel season best in a decade</a></li></ul>
</article>
<footer>Copyright The Coastal Herald. All rights reserved. <a href="/privacy">Privacy</a></footer>
</body></html>"""


def test_news_page_metadata_and_main_content() -> None:
    page = newsclean.extract(NEWS_PAGE, url="https://herald.example/2025/03/04/pier")
    a = page.main
    assert a is not None
    assert a.title == "Harbour pier to be rebuilt after winter storms"
    assert a.outlet == "The Coastal Herald"
    assert a.byline == ["Ilse Marren", "Tom Vale"]
    assert a.category == "Local"
    assert a.published_at is not None and a.published_at.utcoffset() == timedelta(hours=9)
    assert a.dateline is not None and a.dateline.location == "PORT AVELIN"
    assert a.body.startswith("The council voted on Tuesday")
    assert a.body.endswith("shared between the town and the regional government.")
    for junk in ("Home", "cookies", "Hidden text", "do not extract", "Ferry adds", "Privacy", "color: red"):
        assert junk not in a.body, junk
    assert "The damaged pier seen from the harbour wall." in a.captions or "damaged pier" in a.body


def test_content_type_forces_a_path() -> None:
    as_text = newsclean.extract(NEWS_PAGE, content_type="text")
    assert any("<p" in p for a in as_text.articles for p in a.paragraphs)
    as_markup = newsclean.extract("Title\nBody text of a story.", content_type="html")
    assert as_markup.kind in ("article", "unknown")


def test_normalize_of_html_is_the_rendering_offsets_point_into() -> None:
    text = newsclean.normalize(NEWS_PAGE)
    page = newsclean.extract(NEWS_PAGE)
    assert page.removed
    for r in page.removed:
        assert text[r.start : r.end] == r.text


@pytest.mark.parametrize(
    "markup",
    [
        "<div>" * 80_000 + "deep text" + "</div>" * 80_000,
        "<p " + "a=" * 200_000 + ">x</p>",
        "<html><body><p>unclosed <b><i><table><tr><td>cell<p>more</body>",
        "<p>" + "\x00\x01\x02" * 1000 + "</p>",
        "<!DOCTYPE html><html><script>" + "x" * 1_000_000,
    ],
)
def test_hostile_html_never_crashes(markup: str) -> None:
    page = newsclean.extract(markup)
    assert isinstance(page, newsclean.Page)
    json.loads(page.model_dump_json())


def test_very_deep_markup_is_read_as_text_with_a_warning() -> None:
    page = newsclean.extract("<div>" * 50_000 + "<p>Deep story text.</p>" + "</div>" * 50_000)
    assert any("nests deeper" in w for w in page.warnings)
    assert any("Deep story text." in (a.title or "") + a.body for a in page.articles)


def _dated_page(date_markup: str) -> str:
    story = "".join(
        f"<p>The ferry timetable changes from next week, and paragraph {i} explains what that means for riders.</p>"
        for i in range(6)
    )
    return f"<html><head><title>Ferry timetable</title></head><body><h1>Ferry timetable</h1>{date_markup}<article>{story}</article></body></html>"


def test_a_date_the_page_labels_as_its_own_is_taken() -> None:
    page = newsclean.extract(_dated_page("<p class='info'>Veröffentlicht am 5. März 2024 von Jana Holm</p>"))
    assert page.main is not None and page.main.published_at is not None
    assert page.main.published_at.date().isoformat() == "2024-03-05"


def test_a_label_and_its_date_may_sit_in_two_elements() -> None:
    from newsclean.html.dates import labelled_date

    found = labelled_date(["Erschienen am:", "13.10.2021", "Herausgeber: Verband"])
    assert found is not None and found.date().isoformat() == "2021-10-13"


def test_a_date_merely_mentioned_after_a_label_word_is_not_the_page_date() -> None:
    from newsclean.html.dates import labelled_date

    assert labelled_date(["The council updated its plan, which it had adopted on 3 March 2021."]) is None
    assert labelled_date(["x " * 150 + "Published: 4 May 2020"]) is None  # long blocks are story text


def test_without_any_date_in_markup_the_second_opinion_reads_the_text() -> None:
    markup = _dated_page("<p>This page was last edited on 10 November 2019, at 14:03.</p>")
    page = newsclean.extract(markup)
    assert page.main is not None and page.main.published_at is not None
    assert page.main.published_at.date().isoformat() == "2019-11-10"


def test_second_opinion_fails_quietly() -> None:
    from newsclean.html.dates import second_opinion

    assert second_opinion("<html><body><p>No date at all.</p></body></html>", None) is None
    assert second_opinion("\x00\x01<<<>>>", "not a url") is None
    assert second_opinion("<p>2021-03-04</p>" + " " * 2_000_001, None) is None  # too large to ask


def _exact_depth(markup: str) -> int:
    import re

    depth = top = 0
    for m in re.finditer(r"<(/?)([A-Za-z][A-Za-z0-9]{0,30})", markup):
        if m.group(1):
            depth = max(0, depth - 1)
        elif m.group(2).lower() not in {"br", "img", "meta", "link", "input", "hr"}:
            depth += 1
            top = max(top, depth)
    return top


@pytest.mark.parametrize(
    "markup",
    [
        "<div>" * 2000 + "x" + "</div>" * 2000,
        "<div>" * 2001 + "x" + "</div>" * 2001,
        "<p>x</p>" * 5000 + "<div>" * 2001,
        "</div>" * 3000 + "<div>" * 1990 + "</div>" * 1990,
        "<br>" * 9000 + "<div>" * 10 + "</div>" * 10,
        ("<section>" + "<span>a</span>" * 50) * 1500 + "</section>" * 1500,
    ],
)
def test_the_depth_check_agrees_with_an_exact_count(markup: str) -> None:
    from newsclean.html.rendering import MAX_DEPTH, _depth_bound, too_deep

    exact = _exact_depth(markup)
    assert _depth_bound(markup) >= exact  # the shortcut only ever over-estimates
    assert too_deep(markup) == (exact > MAX_DEPTH)


@pytest.mark.parametrize(
    "wrapper",
    ['<div class="layout-container has-sidebar">', '<div id="Ads_TakeOver">', '<form id="HtmlForm1" method="post">'],
)
def test_a_page_inside_a_sidebar_layout_ad_wrapper_or_form_is_still_read(wrapper: str) -> None:
    """Class words or a <form> around the whole page must not drop the story with the furniture."""
    closing = "</form>" if wrapper.startswith("<form") else "</div>"
    story = "".join(
        f"<p>The regional rail line reopens after paragraph {i} of repairs, the operator said on Monday.</p>"
        for i in range(6)
    )
    markup = (
        f"<html><head><title>Rail line reopens</title></head><body>{wrapper}"
        f"<div class='sidebar'><p>Most read: something else entirely</p></div>"
        f"<main><h1>Rail line reopens</h1>{story}</main>{closing}</body></html>"
    )
    page = newsclean.extract(markup)
    assert page.main is not None
    assert "paragraph 5 of repairs" in page.main.body
    assert "Most read" not in page.main.body
    assert not any("trafilatura" in w for w in page.warnings)  # the fast path read it


def test_a_byline_after_a_date_is_read() -> None:
    from newsclean.html.meta import byline_name

    assert byline_name("Posted on September 21, 2020 by Adi Tzlil") == "Adi Tzlil"
    assert byline_name("Am 3. Mai 2022 von Uta Helk") == "Uta Helk"
    assert byline_name("By Jane Roe | 3.2.2022") == "Jane Roe"


@pytest.mark.parametrize(
    "line", ["Jane Roe Foto: © Coast Post", "Von Jane Roe © Coast Post", "Jane Roe Bilder: Sam Poe"]
)
def test_a_photo_credit_after_the_byline_is_not_part_of_the_name(line: str) -> None:
    from newsclean.html.meta import byline_name

    assert byline_name(line) == "Jane Roe"


def test_fallback_text_goes_through_the_line_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """Widget lines in trafilatura's text are dropped by the same rules, and the warning names them."""
    import trafilatura

    def fake(*args: object, **kwargs: object) -> dict[str, str]:
        return {"text": "The ferry returns on Monday.\nTeilen mit:\nThe timetable is online."}

    monkeypatch.setattr(trafilatura, "bare_extraction", fake)
    page = newsclean.extract("<html><body><h1>Ferry</h1><div>short</div></body></html>")
    assert page.main is not None
    assert page.main.paragraphs == ["The ferry returns on Monday.", "The timetable is online."]
    assert any("trafilatura" in w and "Teilen mit:" in w for w in page.warnings)


@pytest.mark.parametrize(
    ("line", "closes"),
    [
        ("Mehr zum Thema auf Example.de", True),
        ("Mehr Kolumnen auf Example:", True),
        ("Noch mehr Infos für dich", True),
        ("Access options", True),
        ("Weitere Informationen zum Hafen in Nordstadt:", True),
        ("More from The Daily Example", True),
        ("Lesen Sie auch die folgenden Beiträge:", True),
        ("Veja também:", True),
        ("Leia mais", True),
        ("Articles liés", True),
        ("weitere Inhalte zu »Preise«", True),
        ("Lesen Sie auch, was der Bürgermeister dazu sagt.", False),
        ("Mehr dazu erklärt der Bürgermeister am Montag.", False),  # a sentence, not a heading
        ("More on this later, the minister said.", False),
    ],
)
def test_story_closing_headings(line: str, closes: bool) -> None:
    hit = newsclean.load_rules().line_rule(line)
    assert (hit is not None and hit[1] == "end") is closes


def _headed_page(h1: str, og_title: str | None) -> str:
    og = f"<meta property='og:title' content='{og_title}'>" if og_title else ""
    body = paragraphs("The lighthouse keepers moved out in spring, and paragraph {i} says what the museum plans next.")
    return f"<html><head>{og}</head><body><article><h1>{h1}</h1>{body}</article></body></html>"


KICKED = "<span class='roofline'>Coastal heritage</span> Old lighthouse opens as a museum this summer"


@pytest.mark.parametrize(
    ("h1", "og_title", "title"),
    [
        # the page's title leaves the roof line out, or sets it off with a separator
        (KICKED, "Old lighthouse opens as a museum this summer", "Old lighthouse opens as a museum this summer"),
        (KICKED, "Coastal heritage - Old lighthouse opens as a museum this summer",
         "Old lighthouse opens as a museum this summer"),
        ("<small>Coast</small><br> Old lighthouse opens as a museum", None, "Old lighthouse opens as a museum"),
        # the title runs straight on: the element was a word of the headline
        ("<span class='name'>Lighthouse Row</span> residents vote to keep the old lamp",
         "Lighthouse Row residents vote to keep the old lamp", "Lighthouse Row residents vote to keep the old lamp"),
        # the kicker's word also opens the headline: the stated title still leaves the kicker out
        ("<span class='kicker'>Harbour</span> Harbour board approves the new pier",
         "Coast Post | Harbour board approves the new pier", "Harbour board approves the new pier"),
        # a roof line longer than the headline, which its class names
        ("<span class='article-header__roofline'>Lighthouse tickets: where to buy them; prices</span> How to visit",
         "How to visit", "How to visit"),
        # italics are never a kicker
        ("<em>The Keeper</em> film crew returns to the island this week", None,
         "The Keeper film crew returns to the island this week"),
        # the title names only the first element: the rest was a subtitle
        ("<span class='main'>Lighthouse reopens</span> <span class='sub'>Keepers' cottages become a small museum</span>",
         "Lighthouse reopens", "Lighthouse reopens"),
    ],
)  # fmt: skip
def test_a_roof_line_inside_the_h1_is_not_part_of_the_title(h1: str, og_title: str | None, title: str) -> None:
    page = newsclean.extract(_headed_page(h1, og_title))
    assert page.main is not None and page.main.title == title
    assert not any(title in p for p in page.main.paragraphs)


def test_ruby_readings_are_not_text() -> None:
    h1 = "<ruby>港<rt>みなと</rt></ruby>の<ruby>灯台<rp>(</rp><rt>とうだい</rt><rp>)</rp></ruby>が博物館になる"
    body = paragraphs("<ruby>灯台<rt>とうだい</rt></ruby>は春から博物館として公開され、段落{i}は計画を説明します。")
    page = newsclean.extract(
        f"<html><head><title>港の灯台が博物館になる</title></head><body><article><h1>{h1}</h1>{body}</article></body></html>"
    )
    assert page.main is not None and page.main.title == "港の灯台が博物館になる"
    assert page.main.paragraphs and all("とうだい" not in p and p.startswith("灯台は") for p in page.main.paragraphs)


@pytest.mark.parametrize(
    ("h1", "head", "title"),
    [
        # the h1 carries the site's name after the headline the page states
        ("Old lighthouse opens as a museum<span class='hidden'> | Coast Post</span>",
         "<meta property='og:title' content='Old lighthouse opens as a museum'>", "Old lighthouse opens as a museum"),
        # no h1 to go by: the site's name opening the page title is not the headline
        ("", "<meta property='og:site_name' content='Coast Post'><title>Coast Post | Old lighthouse opens as a museum</title>",
         "Old lighthouse opens as a museum"),
        # an h1 with a roof line in plain text before the stated headline
        ('"Open the harbour" / Council votes to rebuild the pier',
         "<meta property='og:title' content='Council votes to rebuild the pier'>", "Council votes to rebuild the pier"),
        # og:title cut short by an unescaped quote; the <title> element holds all of it
        ("", "<meta property='og:title' content='Mayor calls the pier plan '><title>Mayor calls the pier plan "
         "\"unfit\"</title>", 'Mayor calls the pier plan "unfit"'),
        # a date set before the headline
        ("", "<meta property='og:title' content='23.01.2022 - Harbour board approves the new pier - Coast Post'>",
         "Harbour board approves the new pier"),
        # the <title> adds the site after the stated headline: a dash inside the headline is its own
        ("", "<meta property='og:title' content='Harbour festival – the third year'>"
         "<title>Harbour festival – the third year | Coast Post</title>", "Harbour festival – the third year"),
        # a question after a dash is the headline's second half, not a site's name
        ("", "<meta property='og:title' content='Harbour report of 22 April – what is the council waiting for?'>",
         "Harbour report of 22 April – what is the council waiting for?"),
        # breadcrumb sections between the headline and the site's name, in a forum's title
        ("", "<title>Lighthouse lamp will not switch on? | Lamps | Forum | Coast Post</title>",
         "Lighthouse lamp will not switch on?"),
        # a headline that merely starts like the stated one keeps its words
        ("Old lighthouse opens as a museum today", "<meta property='og:title' content='Old lighthouse opens as a museum'>",
         "Old lighthouse opens as a museum today"),
    ],
)  # fmt: skip
def test_the_title_is_the_headline_without_site_name_roof_line_or_date(h1: str, head: str, title: str) -> None:
    body = paragraphs("The keepers moved out in spring, and paragraph {i} says what the museum plans next.")
    heading = f"<h1>{h1}</h1>" if h1 else ""
    page = newsclean.extract(f"<html><head>{head}</head><body><article>{heading}{body}</article></body></html>")
    assert page.main is not None and page.main.title == title


def test_a_closing_heading_boxed_into_the_story_does_not_end_it() -> None:
    """ "Most Read" set between two halves of the story: both halves are the story."""
    para = "The harbour board met again on {day}, part {i} to discuss the pier, and members heard from engineers."
    first = paragraphs(para.replace("{day}", "Monday"), 9)
    second = paragraphs(para.replace("{day}", "Tuesday"), 7)
    box = (
        "<div class='box'><h2>Most Read</h2><ul><li><a href='/a'>Ferry adds a night crossing</a></li>"
        "<li><a href='/b'>Mackerel season best in a decade</a></li></ul></div>"
    )
    tail = "<h3>Related articles</h3><div class='cards'><p><a href='/c'>Lighthouse keepers' cottages restored</a></p></div>"
    page = newsclean.extract(
        f"<html><head><title>Pier plan</title></head><body><article><h1>Harbour board backs the pier plan</h1>"
        f"<div class='body'>{first}{box}{second}{tail}</div></article></body></html>"
    )
    assert page.main is not None
    body = page.main.body
    assert all(f"Monday, part {i}" in body for i in range(9)) and all(f"Tuesday, part {i}" in body for i in range(7))
    assert "Ferry adds" not in body and "Mackerel" not in body and "Lighthouse keepers" not in body


def test_a_long_subhead_in_the_markup_is_the_storys_own() -> None:
    """A line between paragraphs reads like a pasted headline, but an <h2> says it is a subhead."""
    para = "The harbour board met again on {i} to discuss the pier, and members heard from the engineers."
    subhead = "Why the engineers want steel piles under the new harbour pier"
    story = (
        paragraphs(para.replace("{i}", "day {i}"), 3)
        + f"<h2>{subhead}</h2>"
        + paragraphs(para.replace("{i}", "evening {i}"), 3)
    )
    quoted = "<p>The chair of the harbour board told members that the money was „gut angelegt.“</p><p>Members then voted on the plan.</p>"
    page = newsclean.extract(f"<html><body><article><h1>Pier plan approved</h1>{story}{quoted}</article></body></html>")
    assert page.main is not None
    assert subhead in page.main.paragraphs
    assert (
        "The chair of the harbour board told members that the money was „gut angelegt.“" in page.main.paragraphs
    )  # ends on a German closing quote


def test_an_opening_paragraph_that_contains_the_title_is_kept() -> None:
    title = "Olive and rosemary harbour bread"
    opening = f"Baked on the quay every morning, our {title} is soft inside and crisp outside, and it keeps for days."
    rest = "".join(
        f"<p>Step {i}: knead the dough for ten minutes, then let it rest in a warm place until doubled.</p>"
        for i in range(5)
    )
    page = newsclean.extract(
        f"<html><head><title>{title}</title></head><body><article><p>{opening}</p>{rest}</article></body></html>"
    )
    assert page.main is not None and page.main.title == title
    assert page.main.paragraphs[0] == opening


def test_the_lead_under_a_headline_that_is_not_an_h1_is_kept() -> None:
    lead = "The harbour board has approved the new pier after a year of debate, and work starts in spring."
    body = paragraphs(
        "Paragraph {i} of the story explains what the engineers found under the old wooden pier last winter."
    )
    page = newsclean.extract(
        "<html><head><title>Pier approved</title></head><body><nav><a href='/'>Home</a></nav><div class='news'>"
        f"<h3>Harbour board approves the new pier</h3><div class='intro'><p>{lead}</p></div>"
        f"<div class='article-body'>{body}</div></div></body></html>"
    )
    assert page.main is not None and page.main.paragraphs[0] == lead and len(page.main.paragraphs) == 7


def test_one_instant_stated_in_utc_and_in_local_time_counts_as_the_local_day() -> None:
    ld = '{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2024-03-05T02:30:00Z"}'
    body = paragraphs("The ferry timetable changes next week, and paragraph {i} explains what riders can expect.")
    page = newsclean.extract(
        f"<html><head><title>Ferry timetable</title><meta property='article:published_time' content='2024-03-05T02:30:00Z'>"
        f"<script type='application/ld+json'>{ld}</script></head><body><article><h1>Ferry timetable</h1>"
        f"<time datetime='2024-03-04T21:30:00-05:00'>March 4, 2024, 9:30 p.m.</time>{body}</article></body></html>"
    )
    at = page.main.published_at if page.main else None
    assert at is not None and at.date().isoformat() == "2024-03-04"
    assert at == datetime(2024, 3, 5, 2, 30, tzinfo=UTC)  # the same instant, in the page's zone


@pytest.mark.parametrize(
    ("account", "byline"), [("janeroe", ["Jane Roe"]), ("jane_roe", ["Jane Roe"]), ("sampoe", ["sampoe"])]
)
def test_an_account_name_in_the_markup_is_read_as_the_byline_spells_it(account: str, byline: list[str]) -> None:
    body = paragraphs("The ferry timetable changes next week, and paragraph {i} explains what riders can expect.")
    page = newsclean.extract(
        f"<html><head><title>Ferry timetable</title><script type='application/ld+json'>"
        f'{{"@type": "NewsArticle", "author": {{"@type": "Person", "name": "{account}"}}}}</script></head><body><article>'
        f"<h1>Ferry timetable</h1><span class='author'>Jane Roe</span>{body}</article></body></html>"
    )
    assert page.main is not None and page.main.byline == byline


def test_loose_text_before_a_block_stays_before_it() -> None:
    from newsclean.html.rendering import render

    walk = render(
        "<html><body><article><span>By Jane Roe</span><p>The story.</p>The end note</article></body></html>"
    ).walk
    assert [b.text for b in walk.blocks] == ["By Jane Roe", "The story.", "The end note"]


def test_the_h1_that_is_the_stated_title_beats_a_blog_name_h1() -> None:
    """A blog prints its name as an h1 too; every word of it is in the title, but it is not the title."""
    body = paragraphs("The keepers moved out in spring, and paragraph {i} says what the museum plans next.")
    page = newsclean.extract(
        "<html><head><meta property='og:title' content='Lighthouse museum opens its doors'></head><body>"
        f"<header><h1>Lighthouse Museum</h1></header><article><h1>Lighthouse museum opens its doors</h1>{body}</article>"
        "</body></html>"
    )
    assert page.main is not None and page.main.title == "Lighthouse museum opens its doors"


def test_figure_labels_mark_captions_and_bare_photo_credits() -> None:
    body = paragraphs("The avalanche service measured the snow pack again, and paragraph {i} explains the layers.")
    figure = "Abbildung 4: A weak layer of large crystals under the fresh snow of the last storm."
    page = newsclean.extract(
        f"<html><head><title>Snow pack</title></head><body><article><h1>Snow pack report</h1>{body}"
        f"<p>{figure}</p><p>Foto: J. Roe</p><p>Bild: The ridge above the village, seen from the valley floor.</p>"
        f"{body}</article></body></html>"
    )
    assert page.main is not None
    assert page.main.captions == [figure.split(": ", 1)[1], "The ridge above the village, seen from the valley floor."]
    assert not any(p.startswith(("Abbildung", "Foto", "Bild")) for p in page.main.paragraphs)
    assert any(r.rule == "html.photo-credit" and r.text == "Foto: J. Roe" for r in page.removed)


def test_a_byline_above_a_date_is_not_an_aggregator_header() -> None:
    """'Jane Roe' over 'March 4, 2024' reads like an aggregator's 'Outlet / time' header, and
    'Related articles' is an aggregator's section marker; the markup names Jane Roe the author."""
    ld = '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Roe"}}'
    body = paragraphs("The harbour board voted again, and paragraph {i} says what the engineers will build.")
    page = newsclean.extract(
        f"<html><head><title>Pier approved</title><meta property='og:site_name' content='Coast Post'>"
        f"<script type='application/ld+json'>{ld}</script></head><body><article><h1>Harbour board approves the pier</h1>"
        "<span class='author'>Jane Roe</span> <time datetime='2024-03-04T09:30:00+01:00'>March 4, 2024</time>"
        f"{body}<h3>Related articles</h3><p><a href='/b'>Lighthouse museum opens</a></p></article></body></html>"
    )
    assert page.kind == "article" and len(page.articles) == 1 and page.main is not None
    assert page.main.outlet == "Coast Post" and page.main.byline == ["Jane Roe"]
    assert page.main.paragraphs[0].startswith("The harbour board voted again, and paragraph 0")


def _authored_page(first: str) -> str:
    """A story whose markup names Jane Roe its author, opening with the paragraph ``first``."""
    ld = '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Roe"}}'
    body = paragraphs("The harbour board voted again, and paragraph {i} says what the engineers will build.")
    return (
        f"<html><head><title>Pier approved</title><script type='application/ld+json'>{ld}</script></head>"
        f"<body><article><h1>Harbour board approves the pier</h1><p>{first}</p>{body}</article></body></html>"
    )


@pytest.mark.parametrize("line", ["By Jane Roe | 4 March 2024", "Von Jane Roe", "Jane Roe / 4.3.2024, 09:30 Uhr"])
def test_a_printed_byline_at_the_storys_top_is_not_body(line: str) -> None:
    page = newsclean.extract(_authored_page(line))
    assert page.main is not None and line not in page.main.paragraphs
    assert any(r.rule == "html.byline-block" and r.text == line for r in page.removed)


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe said on 4 March 2024 that the pier would reopen in May.",
        "Jane Roes opened the pier on 4 March 2024.",
    ],
)
def test_a_sentence_opening_with_the_authors_name_is_body(line: str) -> None:
    page = newsclean.extract(_authored_page(line))
    assert page.main is not None and line in page.main.paragraphs


def test_cutting_the_site_name_never_cuts_inside_a_word_when_casefolding_changes_lengths() -> None:
    from newsclean.html.meta import Meta
    from newsclean.html.title import headline

    meta = Meta(headline="Straße gesperrt", h1=["Straße gesperrt | Site"])
    assert headline(meta) == "Straße gesperrt"
    meta = Meta(headline="Straße gesperrt", h1=["STRASSE gesperrt | Site"])  # "ß" casefolds to two letters
    assert headline(meta) in ("STRASSE gesperrt | Site", "STRASSE gesperrt")


def _commented_page(byline: str, comments: str) -> str:
    """A story with the byline markup ``byline`` and a comment area ``comments`` after it."""
    body = paragraphs("The ferry timetable changed again, and paragraph {i} lists which crossings were dropped.")
    return (
        "<html><head><title>Ferry timetable cut</title></head><body><article><h1>Ferry timetable cut</h1>"
        f"{byline}{body}</article>{comments}</body></html>"
    )


@pytest.mark.parametrize(
    "comments",
    [
        "<aside class='widget widget_recent_comments'><ul><li class='recentcomments'>"
        "<span class='comment-author-link'><a href='#'>Rolf Reader</a></span> on Ferry</li></ul></aside>",
        "<ol class='commentlist'><li><div class='comment_postinfo'><span class='fn'>Rolf Reader</span></div>"
        "<p>I took that ferry for years.</p></li></ol>",
        "<div class='leserbrief'><div class='leserbrief_meta'><span class='autor'>Rolf Reader</span></div></div>",
        "<section class='vhb-comments'><span itemprop='author'><span itemprop='name'>Rolf Reader</span></span></section>",
    ],
)
def test_a_commenters_name_is_not_the_byline(comments: str) -> None:
    page = newsclean.extract(_commented_page("", comments))
    assert page.main is not None and "Rolf Reader" not in page.main.byline
    page = newsclean.extract(_commented_page("<span class='author'>Von Jane Roe</span>", comments))
    assert page.main is not None and page.main.byline == ["Jane Roe"]


@pytest.mark.parametrize(
    ("meta_line", "byline"),
    [("By Jane Roe in News", ["Jane Roe"]), ("Am 13. November 2019 Von Jane Roe In Aktuelles", ["Jane Roe"])],
)
def test_the_section_after_a_byline_is_not_part_of_the_name(meta_line: str, byline: list[str]) -> None:
    page = newsclean.extract(_commented_page(f"<div class='entry-meta'>{meta_line}</div>", ""))
    assert page.main is not None and page.main.byline == byline


def test_a_one_word_section_h1_does_not_beat_the_headline_h1() -> None:
    body = paragraphs("The customs office published the new tariff rules, and paragraph {i} explains them.")
    page = newsclean.extract(
        "<html><head><title>Harbour Office - Notices - New tariff rules take effect</title></head><body>"
        f"<h1>Harbour</h1><main><h1>New tariff rules take effect</h1>{body}</main></body></html>"
    )
    assert page.main is not None and page.main.title == "New tariff rules take effect"


def test_a_story_split_into_sibling_boxes_around_a_shop_widget_is_read_whole() -> None:
    first = "".join(
        f"<p>The new trail shoes reached the shops this spring, and sentence {i} says why the soles are thicker.</p>"
        for i in range(5)
    )
    product = "<div class='product'><div>Trailmaker</div><div>Runner X{i} - Blue and grey</div><div>89,99 €</div></div>"
    shop = "".join(product.format(i=i) for i in range(8))
    later = (
        "<h2>Thick soles, long legs</h2><p>The second part of the story goes on after the shop box and says more.</p>"
    )
    appeal = "<div class='support-us'><p>Readers like you keep this magazine going, so please support our work today.</p></div>"
    page = newsclean.extract(
        "<html><head><title>Trail shoes</title></head><body><h1>Trail shoes</h1><div class='wrap'>"
        f"<div class='story-part'>{first}</div>{shop}<div class='story-part'>{later}</div>{appeal}</div></body></html>"
    )
    assert page.main is not None and page.main.body is not None
    assert "The second part of the story goes on" in page.main.body and "Thick soles, long legs" in page.main.body
    assert "89,99" not in page.main.body and "Readers like you" not in page.main.body


def test_the_storys_own_list_items_are_not_taken_for_pasted_headlines() -> None:
    paras = paragraphs("Moving the blog to HTTPS took a weekend, and paragraph {i} tells how it went.", 3)
    steps = [
        "Switching every subdomain of the blog over to the new certificate",
        "Rewriting the redirect rules so that plain HTTP requests are sent to HTTPS",
        "Registering the new addresses with the search engines again",
    ]
    items = "".join(f"<li>{s}</li>" for s in steps)
    page = newsclean.extract(
        "<html><head><title>Moving the whole blog to HTTPS</title></head><body><article>"
        "<h1>Moving the whole blog to HTTPS</h1><p>Links on this page may earn the blog a small fee.</p>"
        f"<ul><li>Blog</li><li>Moving the whole blog to HTTPS</li></ul>{paras}"
        f"<p>The work came down to three steps:</p><ul>{items}</ul>{paras}</article></body></html>"
    )
    assert page.main is not None
    assert all(s in page.main.paragraphs for s in steps)
    assert "Moving the whole blog to HTTPS" not in page.main.paragraphs  # the breadcrumb naming the page


@pytest.mark.parametrize(
    "box",
    [
        "<div class='author'><div class='title-small'>Jane Roe</div><div class='more'><a href='/a/jr'>Alle Artikel</a></div></div>",
        "<p class='author-bio'><a rel='author' href='/a/jr'>Zeige alle Beiträge von Jane Roe</a></p>",
        "<p class='author-bio'><a rel='author' href='/a/jr'>View all posts by Jane Roe</a></p>",
    ],
)
def test_an_author_box_link_to_all_articles_is_not_the_name(box: str) -> None:
    page = newsclean.extract(_commented_page(box, ""))
    assert page.main is not None and page.main.byline == ["Jane Roe"]


@pytest.mark.parametrize("href", ["/", "/?locale=de-DE", "https://coastpost.example", "https://coastpost.example/#top"])
def test_an_h1_that_is_the_home_page_link_is_the_logo_not_the_headline(href: str) -> None:
    body = paragraphs("The lighthouse keepers met again, and paragraph {i} says what they decided.")
    page = newsclean.extract(
        "<html><head><title>Keepers meet again » Coast Post Society</title></head><body>"
        f"<h1><a href='{href}'>Coast Post Society</a></h1>"
        f"<article><div class='label'>Coast Post Society</div>{body}</article></body></html>"
    )
    assert page.main is not None and page.main.title == "Keepers meet again"
    assert "Coast Post Society" not in page.main.paragraphs
    assert any(r.rule == "heuristic.site-name" for r in page.removed)


def test_a_bare_copyright_year_is_not_read_as_new_years_day() -> None:
    body = paragraphs("The workshop building will be replaced, and paragraph {i} says how the plans were chosen.")
    page = newsclean.extract(
        "<html><head><!-- This website is powered by TYPO3, copyright 1998-2022 of its authors. -->"
        f"<title>New workshop</title></head><body><h1>New workshop building</h1><article>{body}</article>"
        "<footer>Copyright 1998-2022</footer></body></html>"
    )
    assert page.main is not None and page.main.published_at is None


def test_a_story_of_new_years_day_keeps_its_date() -> None:
    body = paragraphs("The harbour fireworks drew a crowd, and paragraph {i} says how many came.")
    page = newsclean.extract(
        "<html><head><title>Fireworks</title></head><body><h1>Harbour fireworks draw a crowd</h1>"
        f"<article><p>Published 1 January 2022</p>{body}</article></body></html>"
    )
    assert page.main is not None and page.main.published_at is not None
    assert page.main.published_at.date().isoformat() == "2022-01-01"


@pytest.mark.parametrize(
    "line", ["Von Sam Poe", "Autorin: Sam Poe, Projektleiterin am Hafen", "Autor Sam Poe:", "Text: Sam Poe"]
)
def test_a_byline_printed_at_the_storys_top_beats_the_markups_author(line: str) -> None:
    page = newsclean.extract(_authored_page(line))  # the markup names Jane Roe, who uploaded it
    assert page.main is not None and page.main.byline == ["Sam Poe"]
    assert line not in page.main.paragraphs


@pytest.mark.parametrize(
    "line",
    ["Von Gästen, die am Hafen warteten, kam viel Lob.", "Von Berlin nach Kiel", "Von Anfang an war klar, wer zahlt."],
)
def test_a_sentence_opening_with_von_is_not_a_byline(line: str) -> None:
    page = newsclean.extract(_authored_page(line))
    assert page.main is not None and page.main.byline == ["Jane Roe"] and line in page.main.paragraphs


def _pier_page(story: str, after: str = "") -> newsclean.Page:
    """A page whose article is the headline and ``story`` ("{body}" in it: four story paragraphs)."""
    body = paragraphs("The harbour board met again, and paragraph {i} says what it decided about the pier.", 4)
    return newsclean.extract(
        "<html><head><title>Pier</title></head><body><article><h1>Harbour board decides on the pier</h1>"
        + story.replace("{body}", body)
        + f"</article>{after}</body></html>"
    )


def test_a_short_line_over_a_bare_copyright_credit_is_the_photos_caption() -> None:
    page = _pier_page(
        "{body}<div>The old pier seen from the water</div><div>© Jane Roe (Coast Post)</div>"
        "<p>The board will meet again in May, and the pier is to reopen that summer.</p>"
        "<div>12. Mai 2024</div><div>© Sam Poe</div>{body}"
    )
    assert page.main is not None
    assert page.main.captions == ["The old pier seen from the water"]
    assert "The board will meet again in May, and the pier is to reopen that summer." in page.main.paragraphs


def test_a_standfirst_classed_teaser_that_names_itself_the_description_is_kept() -> None:
    lead = "The president invites the harbour towns every year; this year the pier builders came too."
    other = "Another story about the lighthouse keepers and their annual meeting at the old fort."
    page = _pier_page(
        f"<div class='news-teaser' itemprop='description'>{lead}</div>{{body}}",
        f"<div class='teaser'><p>{other}</p></div>",
    )
    assert page.main is not None and lead in page.main.paragraphs and other not in page.main.paragraphs


def test_a_caption_whose_credit_closes_with_a_full_stop_is_a_caption() -> None:
    caption = "The mayor and the harbour master, on 1 March, at the pier"
    page = _pier_page(f"{{body}}<p>{caption} (Foto: Jane Roe/Pool via Coast Post).</p>{{body}}")
    assert page.main is not None and page.main.captions == [caption]


@pytest.mark.parametrize("credit", ["Foto: Jane Roe", "Credit: Coast Post, Harbour Office"])
def test_a_caption_keeps_its_sentence_without_the_photo_credit_after_it(credit: str) -> None:
    page = _pier_page(f"<figure><figcaption>The new ferry in the harbour. {credit}</figcaption></figure>{{body}}")
    assert page.main is not None and page.main.captions == ["The new ferry in the harbour."]


@pytest.mark.parametrize(
    "stamp",
    [
        "Updated March 4, 2024 10:00 AM", "Veröffentlicht am 4 March 2024", "March 4, 2024", "4 de marzo de 2024",
        "Montag, 04.03.2024, 10:00 Uhr", "Stand: 04.03.2024",
    ],
)  # fmt: skip
def test_a_date_line_in_the_story_is_not_body(stamp: str) -> None:
    page = _pier_page(f"<p>{stamp}</p>{{body}}")
    assert page.main is not None and stamp not in page.main.paragraphs
    assert any(r.rule == "heuristic.date-line" and r.text == stamp for r in page.removed)


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jane Roe and Sam Poe, Coast Post", ["Jane Roe", "Sam Poe"]),
        ("Von Anna von der Heide und Sam Poe", ["Anna von der Heide", "Sam Poe"]),
        ("By Procter & Gamble", ["Procter & Gamble"]),
    ],
)
def test_a_byline_naming_two_people_gives_two_names(byline: str, names: list[str]) -> None:
    page = newsclean.extract(_commented_page(f"<div class='byline'>{byline}</div>", ""))
    assert page.main is not None and page.main.byline == names


def test_a_sentence_with_a_date_in_it_is_body() -> None:
    line = "Am 4.3.2024 beschloss der Rat den Bau der Mole."
    page = _pier_page(f"{{body}}<p>{line}</p>{{body}}")
    assert page.main is not None and line in page.main.paragraphs


BIO = "Jane Roe has covered the harbour for the Coast Post since 2009 and writes about ferries and fishing."


def _bio_page(author: str, box: str) -> newsclean.Page:
    """A Yoast-style graph: the article's author is a Person node with a description."""
    ld = (
        '{"@graph": [{"@type": "Article", "author": {"@id": "#jane"}},'
        f' {{"@type": "Person", "@id": "#{author}", "name": "Jane Roe", "description": "{BIO}"}}]}}'
    )
    body = paragraphs("The harbour board voted again, and paragraph {i} says what the engineers will build.")
    return newsclean.extract(
        f"<html><head><title>Pier approved</title><script type='application/ld+json'>{ld}</script></head>"
        f"<body><article><h1>Harbour board approves the pier</h1>{body}<div class='box'><p>{box}</p></div>"
        "</article></body></html>"
    )


@pytest.mark.parametrize("box", [BIO, BIO[:85] + " …", BIO + " Follow her on the harbour desk's page."])
def test_the_authors_box_under_the_story_is_not_body(box: str) -> None:
    """The box's text is the author's description in the markup, whole, cut short or with more after it."""
    page = _bio_page("jane", box)
    assert page.main is not None and page.main.byline == ["Jane Roe"]
    assert all("covered the harbour" not in p for p in page.main.paragraphs)
    assert any(r.rule == "html.author-bio" and r.text == box for r in page.removed)


def test_a_person_in_the_markup_who_is_not_the_author_keeps_their_paragraph() -> None:
    page = _bio_page("someone-else", BIO)
    assert page.main is not None and BIO in page.main.paragraphs


def test_excerpts_of_other_posts_under_the_story_are_not_body() -> None:
    teasers = (
        "<div class='more'><h4>Ferry fares rise again</h4><p>The operator said on Monday that fares on the island route"
        " would rise by a tenth, the second rise this...</p><p>04/05/2024 Harbour</p>"
        "<h4>Lighthouse reopens</h4><p>After two years of repairs the lighthouse on the point opened its doors to"
        " visitors, and the first of them [&hellip;]</p></div>"
    )
    page = _pier_page("{body}" + teasers)
    assert page.main is not None and len(page.main.paragraphs) == 4
    assert all(p.startswith("The harbour board met again") for p in page.main.paragraphs)
    assert sum(r.rule == "heuristic.excerpt-list" for r in page.removed) == 5


def test_one_trailing_thought_cut_off_with_an_ellipsis_stays_body() -> None:
    last = "And the pier, the board said, would stand for another hundred years, if only the money..."
    page = _pier_page("{body}<p>" + last + "</p>")
    assert page.main is not None and page.main.paragraphs[-1] == last


def test_a_lead_box_classed_teaser_that_holds_the_headline_is_story() -> None:
    """ "teaser" marks other stories' teasers on most sites, and the story's own lead box on some."""
    body = paragraphs("The harbour board met again, and paragraph {i} says what it decided about the pier.", 4)
    page = newsclean.extract(
        "<html><head><title>Pier</title></head><body><main><div id='browser-overlay'><p>Your browser is out of date."
        " Please switch to a newer one to see this site as it was meant to be seen, with all of its features.</p></div>"
        "<figure class='teaser'><div class='info'><span>02.02.2024</span> <span>Harbour</span></div>"
        "<h1>Harbour board decides on the pier</h1><p>The vote came after two years of arguments about the cost.</p>"
        f"</figure>{body}<div class='teaser'><h3>Ferry fares rise</h3><p>Fares go up in May.</p></div></main></body></html>"
    )
    assert page.main is not None and page.main.title == "Harbour board decides on the pier"
    assert page.main.paragraphs[0] == "The vote came after two years of arguments about the cost."
    assert len(page.main.paragraphs) == 5 and "Fares go up in May." not in page.main.paragraphs
    assert any(r.rule == "heuristic.date-line" and r.text == "02.02.2024 Harbour" for r in page.removed)


def test_a_date_led_line_inside_the_story_is_body() -> None:
    line = "02.02.2024 Harbour board"
    page = _pier_page("{body}<p>" + line + "</p>{body}")
    assert page.main is not None and line in page.main.paragraphs


@pytest.mark.parametrize(
    ("authors", "byline"), [(["Jane Roe", "Redaktion"], ["Jane Roe"]), (["Redaktion"], ["Redaktion"])]
)
def test_a_newsroom_account_is_an_author_only_when_no_person_is_named(authors: list[str], byline: list[str]) -> None:
    people = ", ".join(f'{{"@type": "Person", "name": "{a}"}}' for a in authors)
    body = paragraphs("The harbour board voted again, and paragraph {i} says what the engineers will build.")
    page = newsclean.extract(
        "<html><head><title>Pier approved</title><script type='application/ld+json'>"
        f'{{"@type": "NewsArticle", "author": [{people}]}}</script></head>'
        f"<body><article><h1>Harbour board approves the pier</h1>{body}</article></body></html>"
    )
    assert page.main is not None and page.main.byline == byline


def test_a_labelled_byline_inside_the_story_names_the_author() -> None:
    """Footnotes or an interview may follow the byline: "Autorin:" is a byline wherever it stands."""
    page = _pier_page("{body}<p>Autorin: Jane Roe, Leiterin des Hafenbüros.</p>{body}")
    assert page.main is not None and page.main.byline == ["Jane Roe"]
    assert any(r.rule == "html.byline-paragraph" and r.text.startswith("Autorin: Jane Roe") for r in page.removed)


def test_an_author_line_in_a_book_fact_box_is_not_the_byline() -> None:
    page = _pier_page(
        "{body}{body}{body}<p>Titel: Die Mole</p><p>Autorin: Jane Roe</p><p>Verlag: Hafenpresse</p>{body}"
    )
    assert page.main is not None and page.main.byline == [] and "Autorin: Jane Roe" in page.main.paragraphs


@pytest.mark.parametrize("sep", ["»", "|"])
def test_wordpress_blog_archive_section_is_not_part_of_the_title(sep: str) -> None:
    body = paragraphs("The lighthouse keepers moved out in spring, and paragraph {i} says what the museum plans next.")
    page = newsclean.extract(
        f"<html><head><title>Coast Notes {sep} Blog Archive {sep} Old lighthouse opens as a museum</title></head>"
        f"<body><div class='post'>{body}</div></body></html>"
    )
    assert page.main is not None and page.main.title == "Old lighthouse opens as a museum"


def test_a_credit_glued_to_the_captions_full_stop_is_cut() -> None:
    caption = "Die neue Präsidentin nach der Wahl zusammen mit dem Wahlleiter."
    page = _pier_page("{body}<p>" + caption + "HVN / Jane Roe</p>{body}")
    assert page.main is not None and page.main.captions == [caption]
    assert all("Jane Roe" not in p for p in page.main.paragraphs)


def test_a_source_line_with_a_domain_is_not_a_caption() -> None:
    page = _pier_page("{body}<p>red, kiel.Coast.example/Agenturen</p>")
    assert page.main is not None and page.main.captions == []


@pytest.mark.parametrize(
    "link",
    ["Hafenordnung vom 4. März 2024PDF | 38 KB | Datei ist nicht barrierefrei", "Annual report 2023 (PDF, 2.4 MB)"],
)
def test_a_download_link_with_its_file_size_is_not_story(link: str) -> None:
    sentence = "The PDF, 38 KB in size, was leaked to the harbour desk on Monday."
    page = _pier_page("{body}<p>" + sentence + "</p><p>" + link + "</p>{body}")
    assert page.main is not None and sentence in page.main.paragraphs and link not in page.main.paragraphs
    assert any(r.rule == "heuristic.download-link" and r.text == link for r in page.removed)


def test_a_caption_ending_in_a_bracket_before_its_credit_is_a_caption() -> None:
    caption = "Rund zwanzig Boote liegen im Hafen. (Symbolbild)"
    page = _pier_page("{body}<p>" + caption + " Foto: pixabay</p>{body}")
    assert page.main is not None and page.main.captions == [caption]
    assert all("pixabay" not in p for p in page.main.paragraphs)


def test_a_slash_separated_byline_with_date_and_photo_credit_over_the_headline() -> None:
    body = paragraphs("The harbour board voted again, and paragraph {i} says what the engineers will build.")
    meta = "Jane Roe / 22.04.2020 / 06:15 / Foto: Coast.example / /"
    page = newsclean.extract(
        f"<html><head><title>Pier approved</title></head><body><div class='post'><p>{meta}</p>"
        f"<h1>Harbour board approves the pier</h1>{body}</div></body></html>"
    )
    assert page.main is not None and page.main.byline == ["Jane Roe"] and page.main.captions == []
    assert any(r.rule == "html.byline-block" and r.text == meta for r in page.removed)


@pytest.mark.parametrize("line", ["jeudi 13 juin 2019, par Jane Roe", "29. Juni 2017, 23:39 · von Jane Roe"])
def test_a_date_and_byline_line_over_the_story_is_a_date_line(line: str) -> None:
    page = _pier_page("<p>" + line + "</p>{body}")
    assert page.main is not None and line not in page.main.paragraphs
    assert any(r.rule == "heuristic.date-line" and r.text == line for r in page.removed)


DATED_PAGE = (
    "<html><head><title>Rain returns to the valley</title></head><body><article>"
    "<h1>Rain returns to the valley</h1><p class='date'>Published 10 March 2091</p>"
    + paragraphs("The river rose overnight and farmers moved cattle {i} to higher ground before dawn.")
    + "</article></body></html>"
)


def test_printed_date_is_judged_against_the_scrape_time_not_the_wall_clock() -> None:
    """A page dated 2091 read with ``fetched_at`` that day keeps its date on any day it is
    processed; read a day before its date was printed, the date is an event it announces."""
    on_the_day = newsclean.extract(DATED_PAGE, fetched_at=datetime(2091, 3, 10, 9, tzinfo=UTC))
    assert on_the_day.main is not None
    assert on_the_day.main.published_at == datetime(2091, 3, 10, tzinfo=UTC)
    # east of UTC a page prints tomorrow's date for the last hours of a UTC day
    late_utc = newsclean.extract(DATED_PAGE, fetched_at=datetime(2091, 3, 9, 20, tzinfo=UTC))
    assert late_utc.main is not None and late_utc.main.published_at is not None
    a_day_early = newsclean.extract(DATED_PAGE, fetched_at=datetime(2091, 3, 9, 6, tzinfo=UTC))
    assert a_day_early.main is not None and a_day_early.main.published_at is None
    # without a scrape time the wall clock decides: 2091 has not come yet
    assert newsclean.extract(DATED_PAGE).main.published_at is None  # type: ignore[union-attr]
