"""Random listing and article pages in the layouts of the open web, labelled by construction.

``pagegen`` draws Daily8's shapes. This module draws the layouts other sites print their
entries in, one layout per page, the way a site's template repeats: which header lines
stand before the title (a photo caption, a section label, a date), which right under it
("Coast Post - June 9, 2025", "By Jane Roe on June 9, 2025", "Source: Coast Post"), which
after the teaser ("(0)Comments | <date>", a section), whether titles carry the site's name
or a section ("Kessel.org / <title>"), whether teasers are cut off ("..."), and what the
page prints before its first entry (a bare section heading, a widget heading, navigation,
pagination). Stories and names are invented; ``tests/test_layouts.py`` extracts the pages.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

import pagegen

Story = pagegen.Story
FETCHED = pagegen.bp.FETCHED

SECTIONS = ["Politics", "Business", "Lifestyle", "Science & Health", "Local News", "Harbour News", "Sport"]
OUTLETS = ["Coastal Herald", "Valley Gazette", "Northern Times", "Kessel Courier", "Farm Weekly", "Metro Ledger"]
SITES = [("prefix", "Kessel.org"), ("suffix", "Coast Post"), ("suffix", "VALLEYWIRE")]
DATES = ["June 9, 2025", "9 Jun 2025", "Jun 9, 2025 10:15 AM", "2025-06-09T10:15:00Z", "3 hours ago",
         "March 17th, 2025", "Monday, Jun 9th, 2025", "25/06/2025", "2 days ago"]  # fmt: skip
NAMES = pagegen.NAMES
CREDIT_TAGS = ["(Jane Roe/PA)", "(Photo by Sam Poe/Getty Images)", "(Symbolic image)", "(Mira Lund/AP)"]
# not "Kessel News": on kessel-news.example that heading spells the host, the masthead (names_site)
HEADINGS_BARE = ["Valley News", "Harbour Life", "Island Affairs"]
HEADINGS_CHROME = ["Latest articles", "Top Stories", "More Local News Stories", "Tag: harbour-works"]
NAV = ["Skip to main content", "Page 2 of 9", "Stories 21 - 40 | << Prev Next >>"]
# Titles a listing prints: headline style, no full stop.
TITLES = [*pagegen.TITLES, "Kessel orchards report the earliest blossom in a decade",
          "Port Avelin ferry fares to rise by a tenth in May", "North Bay school merger approved by the board",
          "Lindqvist library extends its opening hours", "Varnholm police open a station by the quay",
          "Why the harbour wall keeps failing", "Can the old mill pay for itself?"]  # fmt: skip

# Header line forms: name -> the fields the line gives.
HEADER_FIELDS = {
    "date": {"published"},
    "outlet_date": {"outlet", "published"},
    "section_date": {"category", "published"},
    "date_section": {"published", "category"},
    "by_on_date": {"byline", "published"},
    "source": {"outlet"},
    "comments_date": {"published"},
    "section": {"category"},
    "caption": {"captions"},
    "posted": {"outlet", "published"},
}
PRE = ["caption", "section", "date", "section_date"]
POST = ["date", "outlet_date", "by_on_date", "source", "posted", "date_section"]
TRAILER = ["date", "comments_date", "source", "section"]


@dataclass
class Template:
    pre: list[str] = field(default_factory=list)
    post: list[str] = field(default_factory=list)
    trailer: list[str] = field(default_factory=list)
    decoration: tuple[str, str] | None = None
    teaser: str = "one"  # "one", "cut" (ends in "..."), "link" (ends in "Read more")
    marker: str = ""  # "bullet" ("• Title") or "number" ("1. Title") before each title
    cut_repeat: bool = False  # the title printed first cut short ("..."), then in full


def _template(r: random.Random, *, need_header: bool) -> Template:
    """One page's entry layout; no field comes from two places."""
    t = Template()
    used: set[str] = set()

    def take(options: list[str], k: int) -> list[str]:
        out: list[str] = []
        for name in r.sample(options, len(options)):
            if len(out) == k:
                break
            if HEADER_FIELDS[name] & used:
                continue
            out.append(name)
            used.update(HEADER_FIELDS[name])
        return out

    t.pre = take(PRE, r.choice([0, 0, 1, 1, 2]))
    t.post = take(POST, r.choice([0, 1, 1, 2]))
    t.trailer = take(TRAILER, r.choice([0, 0, 1]))
    dated = {"date", "outlet_date", "section_date", "date_section", "by_on_date", "comments_date", "posted", "source"}
    if need_header and not any(name in dated for name in (*t.pre, *t.post, *t.trailer)):
        # an article's related entries, or a listing with no URL to say so, are told from
        # subheadings by a header line of their own (a date, a source)
        t.post = [name for name in t.post if not HEADER_FIELDS[name] & {"published", "outlet"}]
        used.difference_update({"published", "outlet"})
        t.post += take(["date", "source"], 1)
    if r.random() < 0.25:
        side, site = r.choice(SITES)
        fld = "category" if side == "prefix" and "." not in site else "outlet"
        if fld not in used:
            t.decoration = (side, site)
            used.add(fld)
    # a caption line first, a section label right above the title: the order sites use
    t.pre.sort(key=lambda name: 0 if name == "caption" else 1)
    t.teaser = r.choice(["one", "one", "cut", "link"])
    t.marker = r.choice(["", "", "", "", "bullet", "number"])
    t.cut_repeat = not t.marker and t.decoration is None and r.random() < 0.1
    return t


def _header_line(r: random.Random, name: str, s: Story, chrome: list[str], state: set[str]) -> str:
    """One header line of kind ``name`` for story ``s`` (``state``: the section drawn last)."""
    date = r.choice(DATES)
    if name in ("date", "outlet_date", "section_date", "date_section", "by_on_date", "comments_date", "posted"):
        s.published = date
    if name == "date":
        return date
    if name == "outlet_date":
        s.outlet = r.choice(OUTLETS)
        return f"{s.outlet}{r.choice([' - ', ' | ', ' · '])}{date}"
    if name == "posted":
        s.outlet = r.choice(OUTLETS)
        chrome.append("posted")
        return f"{s.outlet} | posted {date}"
    if name == "section_date":
        s.category = r.choice(SECTIONS)
        return f"{s.category} {date}"
    if name == "date_section":
        s.category = r.choice(SECTIONS)
        return f"{date} {s.category}"
    if name == "by_on_date":
        s.byline = [r.choice(NAMES)]
        return f"By {s.byline[0]} on {date}"
    if name == "comments_date":
        chrome.append("Comments |")
        return f"({r.randint(0, 9)})Comments | {date}"
    if name == "source":
        s.outlet = r.choice(OUTLETS)
        return f"Source: {s.outlet}"
    if name == "section":
        # sections differ from one entry to the next: one label under every entry is a widget's
        s.category = r.choice([x for x in SECTIONS if x not in state])
        state.clear()
        state.add(s.category)
        return s.category
    caption = r.choice(pagegen.CAPTIONS)
    tag = r.choice(CREDIT_TAGS)
    s.captions = [caption.rstrip(".")] if not caption.endswith(".") else [caption]
    chrome.append(tag)
    return f"{caption} {tag}"


def _sentence(r: random.Random) -> str:
    return (
        f"{r.choice(pagegen.SUBJECTS)} {r.choice(pagegen.VERBS)} {r.choice(pagegen.OBJECTS)}{r.choice(pagegen.TAILS)}."
    )


def _trailer_feed(r: random.Random, seed: int) -> tuple[str, dict[str, Any]]:
    """A feed whose entries have no title and print their source and time after the text."""
    lines: list[str] = []
    stories: list[Story] = []
    for _ in range(r.randint(3, 6)):
        s = Story(None, [" ".join(_sentence(r) for _ in range(r.randint(1, 2)))], role="listing")
        s.outlet, s.published = r.choice(OUTLETS), r.choice(DATES)
        lines += [s.paras[0], f"Source: {s.outlet}", s.published]
        stories.append(s)
    label = {"id": f"layout{seed}", "url": "https://kessel-news.example/feed/harbour", "page_kind": "listing",
             "fetched_at": FETCHED, "articles": [s.label() for s in stories], "chrome": []}  # fmt: skip
    return "\n".join(lines) + "\n", label


def page(seed: int) -> tuple[str, dict[str, Any]]:
    """The text and label of random layout page number ``seed`` (the same every run)."""
    r = random.Random(seed)
    if r.random() < 0.05:
        return _trailer_feed(r, seed)
    article = r.random() < 0.3
    url_kind = r.choice(["url", "url", "none"])
    t = _template(r, need_header=article or url_kind == "none")
    lines: list[str] = []
    chrome: list[str] = []
    heading_category: str | None = None
    # a bare section heading over entries that close with their own section label is
    # ambiguous to any reader (the heading could be the first entry's label): not drawn
    if not article and "section" not in t.trailer and r.random() < 0.5:
        if r.random() < 0.5:
            heading_category = r.choice(HEADINGS_BARE)
            lines.append(heading_category)
        else:
            heading = r.choice(HEADINGS_CHROME)
            lines.append(heading)
            chrome.append(heading)
    if r.random() < 0.3:
        nav = r.choice(NAV)
        lines.insert(0, nav)
        chrome.append(nav)
    stories: list[Story] = []
    state: set[str] = set()
    titles = r.sample(TITLES, r.randint(3, 6) if not article else r.randint(3, 5))
    for k, title in enumerate(titles):
        s = Story(title, [], role="listing" if not article else ("main" if k == 0 else "related"))
        stories.append(s)
        for name in t.pre:
            if name == "caption" and r.random() < 0.3:
                continue  # some entries have no photo
            lines.append(_header_line(r, name, s, chrome, state))
        shown = title
        if t.marker == "bullet":
            shown = f"• {title}"
        elif t.marker == "number":
            shown = f"{k + 1}. {title}"
        if t.cut_repeat:
            lines.append(" ".join(title.split()[:4]) + "...")  # the same title, cut short, as a link
        if t.decoration is not None:
            side, site = t.decoration
            shown = f"{site} / {title}" if side == "prefix" else f"{title} | {site}"
            if side == "prefix" and "." not in site:
                s.category = site
            else:
                s.outlet = site
        lines.append(shown)
        for name in t.post:
            lines.append(_header_line(r, name, s, chrome, state))
        if article and k == 0:
            s.paras = [" ".join(_sentence(r) for _ in range(r.randint(2, 3))) for _ in range(r.randint(4, 6))]
        else:
            s.paras = [" ".join(_sentence(r) for _ in range(r.randint(1, 2)))]
        body = list(s.paras)
        if not (article and k == 0):
            if t.teaser == "cut":
                words = body[-1].rstrip(".").split()
                body[-1] = " ".join(words[: max(6, len(words) - 3)]) + " ..."
                s.paras = [body[-1][:-4]]
                s.cut = True
            elif t.teaser == "link":
                body[-1] += " Read more"
                chrome.append("Read more")
        lines += body
        for name in t.trailer:
            lines.append(_header_line(r, name, s, chrome, state))
        if heading_category is not None and s.category is None:
            s.category = heading_category
    if url_kind == "url":
        # a listing headed by a bare section name is filed under that name: the address and the
        # heading agree (a heading the address contradicts is furniture, layout.kind.url_contradicts_heading)
        tag = cat = heading_category.lower().replace(" ", "-") if heading_category is not None else None
        paths = ["tag/" + (tag or "harbour"), "category/" + (cat or "local") + "/page/3", "news?page=2"]
        url = (
            "https://kessel-news.example/2025/06/09/harbour-town-votes-to-rebuild-its-pier"
            if article
            else f"https://kessel-news.example/{r.choice(paths)}"
        )
    else:
        url = None
    label = {
        "id": f"layout{seed}", "url": url, "page_kind": "article" if article else "listing", "fetched_at": FETCHED,
        "articles": [s.label() for s in stories], "chrome": sorted(set(chrome)),
    }  # fmt: skip
    sep = r.choice(["\n", "\n\n"])
    return sep.join(lines) + "\n", label
