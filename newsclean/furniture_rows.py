"""Rows of site links scraped onto one line: a menu, a footer's legal links, account links.

A page's navigation, footer and account links are printed one per line by some scrapers and
joined on one line by others ("Privacy Policy | Terms of Use | Contact Us", "Log in /
Register", "Home | World | Politics | Business | Tech", "Home News Sport Business Opinion").
The rule files know each link alone as a whole line ("Privacy Policy", "Home", "News",
``web.site-links`` and ``web.widget``) and the sections sites name ("Politics", ``[categories]``);
a row of them is the same furniture, whichever separator joins it. Only whole rows are read:
a line with one word that is no link or section name stays.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from .thresholds import FURNITURE_ROW_MAX_CHARS, MENU_ROW_MIN_PARTS, SPACED_MENU_MIN_WORDS

# The separators menus and footers join their links with: a bar, a middle dot, a bullet, a
# slash, each with a space on both sides ("Log in / Register"; "a/b" is no row).
_SEPARATOR = regex.compile(r"\s(?:\||·|•|/)\s")


def furniture_row(text: str, link: Callable[[str], bool], section: Callable[[str], bool]) -> bool:
    """Whether ``text`` is a row of the site's links: every part a link line the rule files
    remove (``link``) or a section's name (``section``), at least one of them a link, and a
    row that names sections has ``MENU_ROW_MIN_PARTS`` parts (two section names joined are
    a story's section path, "Politics | Business"). Without a separator, a menu whose links
    are one word each ("Home News Sport Business Opinion"): ``SPACED_MENU_MIN_WORDS`` words
    or more, each capitalised.

    Why: daily8_variants' furniture probe set such rows over and under the wide corpus's
    pages; a menu row or "Log in / Register" over the first entry was read as its header
    (outlet "Log in", section "Register") on 24 of 27 pages, a legal row under the last
    entry leaked into its body on 11."""
    if len(text) > FURNITURE_ROW_MAX_CHARS:
        return False
    if "|" in text or "·" in text or "•" in text or " / " in text:
        parts = [p.strip() for p in _SEPARATOR.split(text)]
        minimum = 2
    else:
        # a spaced menu opens with a link or a section's name: most lines are ruled out by
        # their first word before the line is split
        space = text.find(" ")
        if space < 0 or not text[:1].isupper() or not (link(text[:space]) or section(text[:space])):
            return False
        parts = text.split()
        minimum = SPACED_MENU_MIN_WORDS
        if not all(w[:1].isupper() and w.isalpha() for w in parts):
            return False
    if len(parts) < minimum or not all(parts):
        return False
    links = sections = 0
    for part in parts:
        if link(part):
            links += 1
        elif section(part):
            sections += 1
        else:
            return False
    return links > 0 and (sections == 0 or len(parts) >= MENU_ROW_MIN_PARTS)
