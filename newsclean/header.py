"""A block's header lines to title, outlet, time and category.

The header is the title line(s) and the meta run. Bullets carry the outlet again and
sometimes a section ("• General", "- Politics"): a bullet repeating the outlet line is the
outlet; a known section name is the category; bullets printed without an outlet line are
sections, unless a rule file knows the name as an outlet.
"""

from __future__ import annotations

import re

from .classify import Item, Kind
from .draft import Draft
from .headerlines import agency_staff_title, byline_line, name_and_outlet
from .names import masthead, paper_name
from .para import Ledger
from .rules import RuleSet
from .segment import Block
from .sitefields import names
from .thresholds import REGLUE_MAX_DIGITS, SUFFIX_HEAD_MIN_WORDS, TITLE_LABEL_REST_MIN_CHARS
from .timeparse import aggregator_time, implausible_age, time_line, trailing_stamp

# Aggregator banners glued in front of a headline ("BREAKING NEWS BBC axe ..."); the
# outlet's own kickers ("LIVE:", "Watch:") are part of its headline and stay.
# re, not regex: no regex-only syntax, and re holds the GIL (regex drops and retakes it per call)
_TITLE_LABEL = re.compile(r"BREAKING NEWS\s*[:|\-–—]?\s+(?=\S)")


def fill_header(block: Block, draft: Draft, rules: RuleSet, ledger: Ledger) -> None:
    """The block's title, time, outlet, bylines, category and tags, into ``draft``."""
    if block.title is not None:
        title_text(block, draft, rules, ledger)
    outlets, glued_line, bullets = _read_meta(block, draft, rules, ledger)
    outlet = _sort_bullets(bullets, outlets[0] if outlets else None, draft, rules, ledger)
    if outlet is not None and outlets and outlet is outlets[0] and draft.published_text:
        outlet, draft.published_text = _reglue(outlet, draft.published_text, rules, glued_line)
    if outlet is not None:
        _replace_title_outlet(block, draft, outlet, ledger)
    if block.tags:  # the listing's hashtag first, then further header sections
        draft.tags = [*block.tags, *(t for t in draft.tags if t not in block.tags)]
    if block.kicker:
        draft.category = block.kicker
    if block.stamp is not None:
        draft.published_text = block.stamp.group("stamp")


def _replace_title_outlet(block: Block, draft: Draft, outlet: str, ledger: Ledger) -> None:
    """The header's outlet over one the title's suffix named (" — Reuters" after a headline
    under "AsiaOne2 days ago"): the header's stands, and the suffix's name, taken off the
    title, is recorded as removed so that none of its letters is lost."""
    title_said = draft.outlet
    draft.outlet = outlet
    if title_said is None or title_said == outlet or block.title is None:
        return
    at = block.title.text.rfind(title_said)
    if at >= 0:
        ledger.remove(title_said, block.title.line.start + at, "heuristic.title-outlet-replaced")


def _glued_to_age(it: Item) -> bool:
    """Whether ``it``'s outlet is glued to an aggregator's age with nothing between ("Por
    Esto5 days ago"): the aggregator's outlet, even when its first word is a byline's.

    Why: Daily8 prints the Mexican paper Por Esto as "Por Esto5 days ago", and the byline
    reader took "Por" for the Spanish "By": the outlet was lost and "Esto" became the
    writer. A writer's stamp sets the name off from the time ("Por Jane Roe | 9 de junio",
    "By Jane Roe, 3 hours ago"); only an aggregator glues its outlet to the age."""
    if not it.time or not it.outlet or not aggregator_time(it.time):
        return False
    at = it.text.find(it.time)
    return at > 0 and it.text[at - 1].isalnum() and it.text[:at].rstrip() == it.outlet.rstrip()


def _read_meta(
    block: Block, draft: Draft, rules: RuleSet, ledger: Ledger
) -> tuple[list[str], str | None, list[tuple[str, Item]]]:
    """The meta run's time, bylines and labels into ``draft``; returns the outlet candidates,
    the line an outlet was glued to its time on, and the bullets (read once the outlet is known)."""
    outlets: list[str] = []
    glued_line: str | None = None
    bullets: list[tuple[str, Item]] = []
    for it in block.meta:
        if it.kind is Kind.TIME:
            names = byline_line(it.outlet) if it.outlet and not _glued_to_age(it) else None
            if draft.published_text is not None and ((it.label and it.label != "time") or names):
                # the story's own stamp under the aggregator's time, maybe behind its writer
                # ("By Jane Roe | June 9, 2025"): the header's time stands
                if names:
                    draft.add_byline(names, rules)
                ledger.remove(it.line.text, it.line.start, "heuristic.header-stamp")
                continue
            draft.published_text = it.time
            if names:  # "By Jane Roe | March 4, 2024"
                draft.add_byline(names, rules)
            elif it.outlet and _names_section(it.outlet, draft, rules):
                draft.category = it.outlet  # "Politics1 year ago": a section glued to the time
            elif it.outlet:
                outlets.append(it.outlet)
                glued_line = glued_line or it.line.text
            if it.label and it.text.startswith(it.label):  # a label from the line above was cut there
                ledger.remove(it.label, it.line.start, "heuristic.time-label")
            if it.tail:  # "• 3 min read" after the time
                ledger.remove(it.tail, it.line.end - len(it.tail), "heuristic.reading-time")
            if it.category and draft.category is None:  # "Coast Post · 3h · Politics"
                draft.category = it.category
        elif it.kind is Kind.BULLET and it.bullet:
            bullets.append((it.bullet, it))
        elif it.kind is Kind.TEXT:
            titled = agency_staff_title(it.text, rules)  # "By Jane Roe, Associated Press Writer"
            names = byline_line(titled[0] if titled else it.text)
            if names:  # "By Jane Roe" above "Updated March 4, 2024": a byline, not an outlet
                draft.add_byline(names, rules)
                if titled:
                    draft.add_credit(titled[1])
                ledger.remove(it.text, it.line.start, "byline.header-line")
            elif _names_section(it.text, draft, rules):
                draft.category = it.text  # "Nation & World" over the time: the story's section
            elif (named := name_and_outlet(it.text, rules, draft.outlet)) is not None:
                draft.add_byline([named[0]], rules)  # "Jane Roe, CNN" over the time: writer and outlet
                outlets.append(named[1])
            else:
                outlets.append(it.text)
    return outlets, glued_line, bullets


def _names_section(name: str, draft: Draft, rules: RuleSet) -> bool:
    """Whether a name in the outlet's place (the line over the time, or the name glued to
    it) is the story's section: one the rule files list as a section and not as an outlet.

    Why: the aggregator reading puts the outlet there, as Daily8 prints it ("AsiaOne3 days
    ago"); a site's own story or tag page prints its section in the same place ("Nation &
    World" over miamiherald.com's time, "Politics1 year ago" on tracknews.ng's cards).
    """
    return draft.category is None and rules.is_category(name) and rules.outlet(name) is None


def _sort_bullets(
    bullets: list[tuple[str, Item]], outlet: str | None, draft: Draft, rules: RuleSet, ledger: Ledger
) -> str | None:
    """Bullets repeat the outlet line; with no outlet line, they are sections unless a rule
    file knows the name as an outlet. Returns the outlet (the first bullet naming one, when
    no line did)."""
    for b, item in bullets:
        if outlet is not None and outlet.casefold().startswith(b.casefold()):
            if b.casefold() == outlet.casefold():
                continue  # the outlet printed again
            if not _outlet_bullet_follows(outlet, bullets, item):
                ledger.remove(item.line.text, item.line.start, "heuristic.repeated-outlet")
                continue  # the outlet printed again, cut off by the page's end: say so
            # a section whose name opens the outlet's ("Business" over "Business Standard")
        if outlet is None and not rules.is_category(b) and rules.outlet(b) is not None:
            outlet = b
        elif draft.category is None:
            draft.category = b
        elif b not in draft.tags:
            draft.tags.append(b)  # further sections: kept, not dropped
    return outlet


def _outlet_bullet_follows(outlet: str, bullets: list[tuple[str, Item]], item: Item) -> bool:
    """Whether a bullet after ``item`` prints the outlet's name in full: a bullet that only opens the
    name ("Business" of "Business Standard") is then a section of its own, not the outlet's
    bullet cut off by the page's end.

    Why: Daily8's listing cards print the section's bullet, then the outlet's ("• Business" /
    "• Business Standard" on its hashtag pages); a section word opens the names of several
    outlets it reprints (Business Standard, Business Insider, Business Recorder), and the
    section was dropped as a cut-off copy of the outlet.
    """
    after = False
    for b, it in bullets:
        if after and b.casefold() == outlet.casefold():
            return True
        after = after or it is item
    return False


def _reglue(outlet: str, time: str, rules: RuleSet, line: str | None = None) -> tuple[str, str]:
    """ "News24" + "2 days ago" was read as "News" + "242 days ago": known outlets settle it,
    and so does an age no aggregator prints ("245 hours ago" is "Harbour 24" + "5 hours ago").

    ``line`` is the line the outlet was glued to the time on, which keeps the outlet's own
    spelling ("Harbour 24", with its space); without it only known outlets are re-glued.
    """
    if rules.outlet(outlet) is not None:
        return outlet, time
    # a count of two digits or more; glued to a letter ("Post39 days ago") days run to a year
    glued = (
        line is not None and line.endswith(time) and line[len(line) - len(time) - 1 : len(line) - len(time)].isalpha()
    )
    odd = line is not None and time[:2].isdigit() and implausible_age(time, glued=glued)
    for k in range(1, REGLUE_MAX_DIGITS + 1):
        head, rest = time[:k], time[k:]
        if not head.isdigit() or (not rest[:1].isdigit() and not rest.startswith(" ")):
            break
        rest = rest.strip()
        # the known outlet as the line spells it ("France 24", with its space) or glued ("News24")
        spelled = (
            line[: len(line) - len(time) + k].strip(" ·•|,-–—") if line is not None and line.endswith(time) else None
        )
        for name in (outlet + head, spelled):
            if name is not None and rules.outlet(name) is not None and time_line(rest) is not None:
                return name, rest
        if (
            odd
            and line is not None
            and rest[:1] != "0"
            and not implausible_age(rest, glued=glued)
            and line.endswith(time)
            and time_line(rest) is not None
        ):
            return line[: len(line) - len(time) + k].strip(" ·•|,-–—"), rest
    return outlet, time


def title_text(block: Block, draft: Draft, rules: RuleSet, ledger: Ledger) -> None:
    """The block's title line to the title, without banners and section suffixes."""
    assert block.title is not None
    line = block.title.line
    text = line.text
    base = line.start  # where ``text`` starts in the page
    m = _TITLE_LABEL.match(text)
    if m and len(text) - m.end() > TITLE_LABEL_REST_MIN_CHARS:
        ledger.remove(m.group(0), line.start, "heuristic.title-label")
        text = text[m.end() :]
        base += m.end()
    text = title_fields(text, base, draft, rules, ledger)
    text = _title_stamp(text, base, draft, ledger)
    text = _outlet_suffix(text, base, draft, rules, ledger)
    suffix = rules.title_category(text)  # a user's pattern: on the page's time budget
    if suffix is not None:
        text, draft.category = text[: suffix[0]], suffix[1]
    draft.title = " ".join(text.split())  # one space between words, as in the body


def _title_stamp(text: str, base: int, draft: Draft, ledger: Ledger) -> str:
    """The headline without the stamp a feed prints after it on its line ("... - Mon, 18 Mar
    2024 04:00:00 EDT"): the stamp is the entry's time unless a header line gave one (then it
    is recorded as removed), and the separator is recorded as removed."""
    cut = trailing_stamp(text)
    if cut is None:
        return text
    sep, at = cut
    when = text[at:]
    if draft.published_text is None:
        draft.published_text = when
    elif when != draft.published_text:
        ledger.remove(when, base + at, "heuristic.title-stamp")
    ledger.remove(text[sep:at], base + sep, "heuristic.title-stamp")
    return text[:sep]


# " – The Sydney Morning Herald", " | Reuters", " - BBC News": the outlet a page's <title>
# appends to the headline, kept by scrapers that print the <title> as the page's title line.
# NPR's <title> sets its name off with a spaced colon ("Title : NPR"), as do the French
# outlets' ("Titre : Le Monde"): a colon inside a headline has no space before it.
# re, not regex: no regex-only syntax, and re holds the GIL (regex drops and retakes it per call)
_OUTLET_SUFFIX = re.compile(r"\s(?:[|–—:-])\s(?P<outlet>[^|–—:]{2,60})$")


def _outlet_suffix(text: str, base: int, draft: Draft, rules: RuleSet, ledger: Ledger) -> str:
    """The headline without the outlet its page's <title> appends (" – The Sydney Morning
    Herald"), which becomes the outlet; only an outlet the rule files know or a name of an
    outlet's shape (a paper's name, a site's domain: ``names.masthead``, ``names.paper_name``), so a headline
    whose last words follow a dash ("Storm hits coast - live") keeps them.

    Why the shape: the rule files cannot list every small site, and sites append their
    domain or masthead as they append a known name ("Search Hub - Firstpost.com" in
    firstpost.com's page code, ":: rogerebert.com ::", "- Chicago Sun-Times"; the wide
    corpus's reprint pages of SMH stories with an invented outlet)."""
    m = _OUTLET_SUFFIX.search(text)
    if m is None or len(text[: m.start()].split()) < SUFFIX_HEAD_MIN_WORDS:
        return text
    name = m.group("outlet").strip()
    known = rules.outlet(name) or (rules.outlet(name[4:]) if name.startswith("The ") else None)
    if known is None and not (masthead(name) or paper_name(name)):
        return text
    if draft.outlet is None:
        draft.outlet = name
    ledger.remove(text[m.start() : m.start("outlet")], base + m.start(), "heuristic.title-outlet-suffix")
    return text[: m.start()]


def title_fields(text: str, base: int, draft: Draft, rules: RuleSet, ledger: Ledger) -> str:
    """A title prefix or suffix a rule file's ``[[field]]`` names ("{outlet}: ", " | {outlet}"):
    its values go to the draft's fields (applied over the heuristics' at the end), its
    separators are recorded as removed, and the title is what is left."""
    hit = rules.title_fields(text)  # a user's pattern: on the page's time budget
    if hit is None:
        return text
    start, end, rid, found, outside = hit
    for a, b in outside:
        ledger.remove(text[a:b], base + a, rid)
    for name, (value, a, _) in found.items():
        draft.site[name] = names(value, base + a, rid, ledger) if name == "byline" else [value]
    return text[:start] + text[end:]
