"""Random aggregator pages assembled from the shapes LABELS.md describes, labelled by construction.

The fixture pages each show a few shapes; real pages combine them freely: a byline under
a title printed twice, a caption line after the closing credit, a pasted headline after
a caption, a related entry cut off after its dateline. This module draws such
combinations from the parts in ``fixtures/build_pages.py`` and sentences written for it,
and knows each page's label because it put every part there. ``tests/test_combinations.py``
checks that extraction finds every part again.

Shapes whose answer is ambiguous even to a reader are not drawn: a page cut off inside the
first words of a body, a "Compiled by" name followed by a capitalised name, a byline's
comma naming some other paper than the header's.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from typing import Any

_SPEC = importlib.util.spec_from_file_location(
    "build_pages", Path(__file__).resolve().parent.parent / "fixtures" / "build_pages.py"
)
assert _SPEC and _SPEC.loader
bp = importlib.util.module_from_spec(_SPEC)
sys.modules.setdefault("build_pages", bp)
_SPEC.loader.exec_module(bp)
Story = bp.Story

SUBJECTS = ["The district council", "A group of farmers", "The regional health board", "Local fishermen",
            "The ferry operator", "Teachers at the northern school", "The water utility", "Residents of Kessel",
            "The transport minister", "Police in Varnholm", "The museum's director"]  # fmt: skip
VERBS = ["said on Tuesday that", "announced that", "warned that", "told reporters that", "confirmed that",
         "argued that", "insisted that"]  # fmt: skip
OBJECTS = ["the new bridge would open in March", "prices would rise by four percent next year",
           "the harbour needed urgent repairs", "more buses would run at night",
           "the old mill would become a library", "the festival would return in the summer",
           "two schools would merge by autumn", "the storm had damaged forty homes",
           "water use had fallen for a third year", "the plan still needed a vote"]  # fmt: skip
TAILS = ["", " after months of talks", " despite strong objections", " according to a statement",
         " in a report released this week"]  # fmt: skip
TITLES = ["Harbour town votes to rebuild its wooden pier", "Ferry operator adds a night crossing",
          "Cider makers form a guild to share equipment", "Council approves a cycle lane along the river",
          "Orchard growers test frost fans on the slopes", "Volunteers restore the old signal box",
          "Museum reopens its west wing after repairs", "Regional airline drops its winter route",
          "Teachers vote to accept the new pay offer", "Water utility plans a second reservoir",
          "Storm leaves forty homes without power in Kessel", "Night buses return to the northern suburbs",
          "Old mill to become a public library", "Police appeal for witnesses after harbour fire"]  # fmt: skip
PASTED = ["Rail unions and the coast line operator agree on a new winter timetable",
          "Kessel farmers count the cost of the wettest spring in thirty years"]  # fmt: skip
OUTLETS = ["Coastal Herald", "Valley Gazette", "Northern Times", "Farm Weekly", "Metro Ledger", "Straits Times",
           "AsiaOne", "Kessel Courier", "The Star", "Farm.com", "Harbour 24", "अमर उजाला", "朝日新聞"]  # fmt: skip
PLACES = ["PORT AVELIN", "KESSEL", "VARNHOLM", "NORTH BAY", "LINDQVIST"]
NAMES = ["Jane Roe", "Sam Poe", "Mira Lund", "Oskar Feld", "Ana Sorel"]
CREDITS = [("— Reuters", "Reuters"), ("REUTERS", "Reuters"), ("(Bernama)", "Bernama"), ("- AFP", "AFP"),
           ("— AP", "AP"), ("(With inputs from PTI)", "PTI")]  # fmt: skip
CAPTIONS = ["A worker walks past the damaged pier in Port Avelin.", "Farmers inspect apple trees near Kessel on Monday.",
            "The old mill stands empty beside the river."]  # fmt: skip
PHOTO_TAGS = ["PHOTO: AFP", "(EPA Images pic)", "PHOTO: REUTERS", "Photo: Getty Images", "(Bernama pic)",
              "[Photo/Agencies]", "Photo credit: AFP"]  # fmt: skip
TIMES = [
    "3h ago",
    "45m ago",
    "about 3 hours ago",
    "Yesterday",
    "3 days ago",
    "5 hours ago",
    "an hour ago",
    "14-03-2025",
    "22 minutes ago",
]
# Times as news feeds print them under a headline, bare or behind the outlet and a separator.
FEED_TIMES = ["3h", "2d", "45m", "10 mins", "3 hours, 12 minutes ago", "1 day 2 hours ago", "2025-06-10",
              "10.06.2025", "2025-06-10T14:30:00Z", "June 10, 2025 10:00 AM", "Jun 9, 2025"]  # fmt: skip
FEED_SEPARATORS = [" · ", " • ", " | "]
# A story's own labelled stamp right under its headline, with no outlet line.
STAMPS = ["June 9, 2025 4:15 PM EDT", "June 9, 2025 16:21 IST", "March 4, 2024 10:00 AM", "3 hours ago"]
STAMP_LABELS = ["Updated:", "Published", "Updated", "Published:"]
# A comment box with readers' comments in it (chrome: not the story's).
COMMENTS = [
    "Mira L.",
    "2 hours ago",
    "Good to see the council act at last.",
    "Oskar F.",
    "1 hour ago",
    "Who pays for it?",
]
SECTIONS = ["Politics", "Business", "Lifestyle", "World", "Sports"]
AGENCY_CAPTION = "NORTH BAY, KESSEL – APRIL 16: Oskar Feld of Kessel United celebrates a goal against Varnholm."
LINE_CHROME = [
    "Join ST's Telegram channel and get the latest breaking news delivered to you.",
    "Producer: Tom Quinn",
    "We've tried to contact you several times, but your payment failed. Please update your details.",
    "Learn more about your ad choices. Visit podcastchoices.com/adchoices",
    "(Except for the headline, this story has not been edited by Coast Post staff and is published from a syndicated feed.)",
]
_NAMELIKE = ("The ", "A ", "Local", "Police", "Residents", "Teachers")  # subjects a "Compiled by" name can precede


class _Page:
    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.lines: list[str] = []
        self.stories: list[Any] = []
        self.chrome: list[str] = []

    def para(self, sentences: int = 0) -> str:
        r = self.r
        n = sentences or r.randint(1, 4)
        return " ".join(
            f"{r.choice(SUBJECTS)} {r.choice(VERBS)} {r.choice(OBJECTS)}{r.choice(TAILS)}." for _ in range(n)
        )


def _main_story(pg: _Page, title: str) -> None:
    r = pg.r
    s = Story(title, [pg.para() for _ in range(r.randint(0, 5))])
    shape = r.randint(1, 7)
    if shape in (1, 2, 5, 6):
        s.outlet, s.published = r.choice(OUTLETS), r.choice(TIMES)
    elif shape == 7:
        s.outlet, s.published = r.choice(OUTLETS), r.choice(FEED_TIMES)
    if shape == 1 and r.random() < 0.3:  # AsiaOne's section suffix
        s.category = "Asia News"
        head = ["logo", f"{title}, Asia News", "", f"{title}, Asia News", "", f"{s.outlet}{s.published}", ""]
    elif shape == 1:
        head = ["logo", title, "", title, "", f"{s.outlet}{s.published}", ""]
        if r.random() < 0.2:  # printed a third time under the header
            head += [title, ""]
    elif shape == 2:
        head = [title, title, "", s.outlet, "", f"time{s.published}", "", f"  • {s.outlet}", "", title, ""]
    elif shape == 5:  # a byline between the title and the outlet's time
        s.byline.append(r.choice(NAMES))
        head = [title, "", title, "", f"By {s.byline[0]}", "", f"{s.outlet}{s.published}", ""]
    elif shape == 6:
        s.category = r.choice(SECTIONS)
        head = [title, title, "", s.outlet, "", f"time{s.published}", "", f"  • {s.category}", "",
                f"  • {s.outlet}", "", title, ""]  # fmt: skip
    elif shape == 7:  # a feed's header: the outlet and its time on one line or two, maybe a reading time
        reading = r.choice(["", "", " • 3 min read", " · 12 min read"])
        if reading:
            pg.chrome.append(reading.strip(" •·"))
        v = r.random()
        if v < 0.4:
            section = ""
            if not reading and r.random() < 0.3:  # the story's section after its time
                s.category = r.choice(SECTIONS)
                section = f"{r.choice(FEED_SEPARATORS)}{s.category}"
            head = [title, "", f"{s.outlet}{r.choice(FEED_SEPARATORS)}{s.published}{reading}{section}", ""]
        elif v < 0.55 and ("ago" in s.published or len(s.published) <= 7):  # the age first
            head = [title, "", f"{s.published}{r.choice(FEED_SEPARATORS)}{s.outlet}", ""]
        elif v < 0.7:  # no outlet: the story's own labelled stamp under the headline
            s.outlet, s.published = None, r.choice(STAMPS)
            head = [title, "", f"{r.choice(STAMP_LABELS)} {s.published}", ""]
        elif v < 0.8:  # the outlet, then its labelled stamp
            s.published = r.choice(STAMPS)
            head = [title, "", s.outlet, f"{r.choice(STAMP_LABELS)} {s.published}", ""]
        else:
            head = [title, "", s.outlet, f"{s.published}{reading}", ""]
    else:
        head = ["", title] if shape == 3 else ["logo", title, "", title, ""]
    if head[0] == "logo":
        pg.chrome.append("logo")
    body = _main_body(pg, s)
    if body and r.random() < 0.3:
        body = [x for b in body for x in (b, "")]  # blank lines between paragraphs
    if body and r.random() < 0.1:
        body = [b.replace(". ", ".  ") for b in body]  # typed with two spaces after a full stop
    pg.lines += head + body
    if r.random() < 0.15 and body:  # video durations under the story
        pg.lines += ["02:14", "11:03"]
        pg.chrome += ["02:14", "11:03"]
    pg.stories.append(s)
    if body and r.random() < 0.15:  # teasers after the story, each behind an all-caps kicker
        for kicker in r.sample(["WEATHER WATCH", "SHIPYARD", "COUNCIL"], 2):
            words = pg.para(3).split()
            t = Story(None, [" ".join(words[:20])], category=kicker, role="related", cut=True)
            pg.lines.append(f"{kicker}: {t.paras[0]}")
            pg.stories.append(t)
    if r.random() < 0.4:
        pg.lines += ["Hashtags", ""]
        pg.chrome.append("Hashtags")


def _main_body(pg: _Page, s: Any) -> list[str]:
    r = pg.r
    body: list[str] = list(s.paras)
    if not body:
        return body
    if r.random() < 0.4:
        place = r.choice(PLACES)
        s.dateline = place
        opener = r.choice([f"{place} — ", f"{place}: ", f"{place}, June 9 — ", f"{place}, Aug 14 (Reuters) - ",
                           f"{place} (AP) — ", f"{place} (Reuters) - ", f"{place} : ", f"{place}, June 9 (PTI) ",
                           f"{place}, Valley County — ", "Aug 21 (Reuters) - ", "July 26 (UPI) -- "])  # fmt: skip
        if ", Valley County" in opener:  # the region is part of the place
            s.dateline = f"{place}, Valley County"
        elif not opener.startswith(place):  # a date and an agency with no place: no dateline
            s.dateline = None
        for agency in ("Reuters", "AP", "PTI", "UPI"):
            if f"({agency})" in opener:
                s.credits.append(agency)
        if r.random() < 0.3:
            s.captions.append(r.choice(CAPTIONS))
            opener = f"{s.captions[-1]} PHOTO: AFP {opener}"
        body[0] = opener + body[0]
    elif r.random() < 0.2 and not s.byline and body[0].startswith(_NAMELIKE):
        s.byline.append(r.choice(NAMES))
        body[0] = f"Compiled by {s.byline[0]} {body[0]}"
    if r.random() < 0.35 and not s.byline and not body[0].startswith("Compiled"):
        a, b = r.sample(NAMES, 2)
        form = r.choice(["By {a}", "By {a} and {b}", "Written by {a}", "Presenter: {a}", "Reporter: {a}", "BY {A}",
                         "{a}, Staff Writer", "{a} | Senior Correspondent"]
                        + (["By {a}, {o}"] if s.outlet else []))  # fmt: skip
        s.byline += [a.upper() if "{A}" in form else a] + ([b] if "{b}" in form else [])
        body.insert(0, form.format(a=a, b=b, A=a.upper(), o=s.outlet))
    story_paras = [p for p in body if p in s.paras or p.endswith(tuple(s.paras))]
    if r.random() < 0.3:
        text, agency = r.choice(CREDITS)
        s.credits.append(agency) if agency not in s.credits else None
        if r.random() < 0.5:
            body[-1] = f"{body[-1]} {text}"
        else:
            body.append(text)
    for _ in range(r.randint(0, 3)):
        _extra(pg, s, body)
    if r.random() < 0.15:
        s.captions.append(AGENCY_CAPTION)
        body.insert(min(2, len(body)), f"{AGENCY_CAPTION} (Photo by Mira Lund/Getty Images)")
    # a pasted headline last, between two of the story's own paragraphs
    gaps = [i for i in range(1, len(body)) if body[i - 1] in story_paras and body[i] in story_paras]
    if gaps and r.random() < 0.3:
        line = r.choice(PASTED)
        body.insert(r.choice(gaps), line)
        pg.chrome.append(line)
    if r.random() < 0.3:
        s.ids = {"nid": str(r.randint(100000, 999999))}
        body.append(f"[[nid:{s.ids['nid']}]]")
        pg.chrome.append(body[-1])
    where = {c: next(i * 100_000 + b.find(c) for i, b in enumerate(body) if c in b) for c in s.captions}
    s.captions.sort(key=where.__getitem__)  # the label lists captions in page order
    return body


def _extra(pg: _Page, s: Any, body: list[str]) -> None:
    """One more part somewhere in the body: an end trailer, a caption line or a chrome line."""
    r = pg.r
    kind = r.choice(["bio", "written", "read-more", "jiji", "image", "chrome", "artefact", "signature", "hosted",
                     "photo-credit", "listen", "picture", "embed", "agency-caption", "glued", "share-row",
                     "first-published"])  # fmt: skip
    pos = r.randint(1, len(body))
    if kind == "bio" and not s.byline:
        s.byline.append(r.choice(NAMES))
        body.append(f"{s.byline[0]} is the {r.choice(OUTLETS)}'s farming correspondent. She covers transport.")
    elif kind == "written" and not s.byline:
        a, b = r.sample(NAMES, 2)
        s.byline += [a, b]
        body.append(f"(This article was written by {a} and correspondent {b}.)")
    elif kind == "read-more":
        line = f"READ MORE: {r.choice(TITLES)}"
        body.insert(pos, line)
        pg.chrome.append(line)
    elif kind == "jiji" and not s.credits:
        body.append("[Copyright The Jiji Press, Ltd.] Jiji Press")
        s.credits.append("Jiji Press")
    elif kind == "image":
        caption = r.choice(CAPTIONS)
        if caption not in s.captions:
            s.captions.append(caption)
            body.insert(pos, f"Image: {caption} Credit: Reuters")
    elif kind == "chrome":
        line = r.choice(LINE_CHROME)
        body.insert(pos, line)
        pg.chrome.append(line)
    elif kind == "signature" and not s.byline and len(body) > 1:  # a letters page's signed letters
        name = r.choice(NAMES)
        s.byline.append(name)
        line = f"{name}, Upper Merrow, Valley County"
        body.insert(pos, line)
        pg.chrome.append(line)
    elif kind == "hosted" and not s.byline and not s.dateline and not body[0].startswith(("By", "BY", "Written")):
        name = r.choice(NAMES)
        s.byline.append(name)
        body[0:0] = [f"Hosted by {name}", "Produced by Ellis Brand and Jo Marsh"]
        pg.chrome.append("Produced by Ellis Brand and Jo Marsh")
    elif kind == "photo-credit":  # a credit line with no caption
        line = "Photo: Freepik/senivpetro(for illustration purposes only)"
        body.insert(pos, line)
        pg.chrome.append(line)
    elif kind == "listen" and body[0] in s.paras and not s.dateline:
        body[0] = f"Listen to article {body[0]}"
        pg.chrome.append("Listen to article")
    elif kind == "picture" and len(body) > 1 and not s.credits:
        caption = r.choice(CAPTIONS)
        if caption not in s.captions and body[-1] in s.paras:
            s.captions.append(caption)
            body.insert(len(body) - 1, f"{caption} Picture: iStock")
    elif kind == "embed":  # a post's signature (and its picture's link) glued between two sentences
        for k, p in enumerate(body):
            if p in s.paras and ". " in p:
                i = p.index(". ") + 1
                sign = "— Kessel Rovers (@kesselrovers) June 9, 2025"
                link = " pic.twitter.com/Kr8aBc" if r.random() < 0.5 else ""
                body[k] = f"{p[:i]}{link} {sign}{p[i:]}"
                pg.chrome += [sign] + ([link.strip()] if link else [])
                break
    elif kind == "agency-caption" and len(body) > 1:  # a caption with no stop, closed by photographer/agency
        caption = r.choice(CAPTIONS).rstrip(".")
        if caption not in s.captions:
            s.captions.append(caption)
            body.insert(pos if pos < len(body) else len(body) - 1, f"{caption} ({r.choice(NAMES)}/PA)")
    elif kind == "glued":  # an ad label or a sign-up form's thanks glued between two sentences
        for k, p in enumerate(body):
            if p in s.paras and ". " in p:
                i = p.index(". ") + 1
                nag = r.choice(["Advertisement Hide Ad", "Thank you for signing up!", "Advertisement"])
                body[k] = f"{p[:i]} {nag}{p[i:]}"
                pg.chrome.append(nag)
                break
    elif kind == "share-row":
        line = r.choice(["Facebook Twitter LinkedIn Email", "Share on Facebook Share on X WhatsApp"])
        body.insert(pos, line)
        pg.chrome.append(line)
    elif kind == "first-published" and not s.credits and body[-1] in s.paras:  # a wire's text credit
        body.append("This report by The Canadian Press was first published June 9, 2025.")
        s.credits.append("The Canadian Press")
    elif kind == "artefact":
        for k, p in enumerate(body):
            if p in s.paras and ". " in p and not s.captions and not s.dateline:
                i = p.index(". ")
                body[k] = f"{p[:i]}, opens new tab{p[i:]}"
                pg.chrome.append(", opens new tab")
                break


def _entry(pg: _Page, title: str, role: str) -> None:
    """A related or listing entry in one of the two header shapes, maybe with its body."""
    r = pg.r
    t = Story(title, [], outlet=r.choice(OUTLETS), published=r.choice(TIMES), role=role)
    t.category = r.choice(SECTIONS) if r.random() < 0.4 else None
    v = r.random()
    if v < 0.1 and t.category:  # no outlet line: the time, the section, the title
        t.outlet = None
        lines = ["", "", t.published, f"- {t.category}", title]
    elif r.random() < 0.12:  # a feed's entry: the headline once, then the outlet and its time on one line
        t.category, t.published = None, r.choice(FEED_TIMES)
        lines = ["", title, f"{t.outlet}{r.choice(FEED_SEPARATORS)}{t.published}"]
    else:
        lines = (bp.related_a if v < 0.55 else bp.related_b)(t, category=t.category)
    if r.random() < 0.05:  # the body is only the agency's "about us" blurb: chrome, no body
        blurb = "The Associated Press is an independent global news organization dedicated to factual reporting."
        lines.append(blurb)
        pg.chrome.append(blurb)
    elif r.random() < 0.85:
        p = pg.para(r.randint(2, 4))
        t.paras = [p]
        v = r.random()
        if v < 0.3:
            t.captions.append(r.choice(CAPTIONS))
            t.dateline = r.choice(PLACES)
            sep = r.choice([" –", " —", ":"])
            p = f"{t.captions[0]} {r.choice(PHOTO_TAGS)} {t.dateline}{sep} {p}"
        elif v < 0.4:
            t.dateline, agency = r.choice(["Kessel", "Varnholm"]), r.choice(["Kyodo", "Jiji Press"])
            t.credits.append(agency)
            p = f"Sep 1, 2025 09:30 (JST) {t.dateline}, Sept 1 ({agency})--{p}"
        elif v < 0.45 and ". " in p:  # a link to another story glued between two sentences
            i = p.index(". ") + 2
            line = f"READ MORE: {r.choice(PASTED)}"
            p = f"{p[:i]}{line} {p[i:]}"
            pg.chrome.append(line)
        elif v < 0.55:  # a teaser cut off with "..."
            words = p.split()
            t.paras = [" ".join(words[: r.randint(9, len(words) - 1)])]
            t.cut = True
            p = t.paras[0] + "..."
        lines.append(p)
    pg.lines += lines
    pg.stories.append(t)


def _cut_off(pg: _Page) -> None:
    """End the page inside the last entry's body, after at least twelve of its words."""
    last = pg.stories[-1]
    if not last.paras or last.cut or last.captions or last.dateline or pg.lines[-1] != last.paras[0]:
        return
    words = last.paras[0].split()
    if len(words) < 16:
        return
    keep = pg.r.randint(12, len(words) - 2)
    pg.lines[-1] = " ".join(words[:keep]) + " " + words[keep][:2]
    last.cut = True


def _author_page(pg: _Page, seed: int) -> tuple[str, dict[str, Any]]:
    """An author's page: their name, then teaser lines that each end in a repeated stamp."""
    r = pg.r
    name = r.choice(NAMES)
    pg.lines.append(name)
    for _ in range(r.randint(3, 6)):
        day, date = r.choice([("Sat", "12 Jul"), ("Thu", "3 Jul"), ("Mon", "23 Jun")])
        stamp = f"{day} {date} 2025 at {r.randint(1, 12)}:{r.randint(10, 59)}{r.choice(['am', 'pm'])}"
        teaser = pg.para(1)
        pg.stories.append(Story(None, [teaser], published=stamp, role="listing"))
        pg.lines.append(f"{teaser} {day} {date} {day} {date} {stamp}")
    label = {"id": f"gen{seed}", "url": None, "page_kind": "listing", "fetched_at": bp.FETCHED,
             "articles": [s.label() for s in pg.stories], "chrome": [name]}  # fmt: skip
    return "\n".join(pg.lines) + "\n", label


def page(seed: int) -> tuple[str, dict[str, Any]]:
    """The text and label of random page number ``seed`` (the same every run)."""
    r = random.Random(seed)
    pg = _Page(r)
    titles = r.sample(TITLES, 6)
    kind = r.random()
    if kind < 0.08:
        return _author_page(pg, seed)
    listing = kind < 0.25
    if listing:
        tag = "#Kessel" + r.choice(["Orchards", "Harbour", "Council"])
        pg.lines += ["logo", "#", "", f"Latest news with {tag}", ""]
        pg.chrome += ["logo", f"Latest news with {tag}"]
    else:
        _main_story(pg, titles[0])
        if r.random() < 0.85:
            widgets = list(bp.D8_WIDGETS if r.random() < 0.5 else bp.D8_WIDGETS_TIGHT)
            if r.random() < 0.15:  # readers have commented: their names, times and words
                i = widgets.index("No comments yet...")
                widgets[i : i + 1] = COMMENTS
                pg.chrome += [c for c in COMMENTS if " " in c and "ago" not in c]
            pg.lines += ["", *widgets]
            pg.chrome += [*bp.WIDGET_CHROME, "Related Articles"]
        # else the page was saved without its widgets: related entries follow the story at once
    for k in range(r.randint(1 if listing else 0, 4)):
        _entry(pg, titles[1 + k], "listing" if listing else "related")
    if r.random() < 0.4:
        pg.lines += ["", *bp.D8_APP]
        pg.chrome += ["DOWNLOAD THE APP", "app-storeplay-store"]
    elif r.random() < 0.5:
        _cut_off(pg)
    label = {"id": f"gen{seed}", "url": None, "page_kind": "listing" if listing else "article",
             "fetched_at": bp.FETCHED, "articles": [s.label() for s in pg.stories],
             "chrome": sorted(set(pg.chrome))}  # fmt: skip
    text = "\n".join(pg.lines) + "\n"
    noise = r.random()
    if noise < 0.1:
        text = text.replace("\n", "\r\n")  # saved on Windows
    elif noise < 0.2:
        text = text.replace("\n", " \n")  # trailing spaces
    return text, label
