"""Fields a rule file's ``[[field]]`` patterns read: put into the article they belong to.

A line such as "Source: Coast Post" is read in :func:`newsclean.classify.classify` and
leaves the line flow like chrome (so it cannot be mistaken for a title or a paragraph);
its values then go to the article the line belongs to. Where a site prints an entry's
header lines (``[layout] header``) says which: ``"after"`` the body, the entry above;
``"before"`` the title, the entry below; unsaid, the article whose lines surround it,
else the one above (a trailer), else the first. A title prefix or suffix is read with the
title (:func:`newsclean.header.title_text`).

The values a rule file names win over what the heuristics found: the user said where the
field is. They are applied last, once the body's own passes are done.
"""

from __future__ import annotations

from .draft import Draft
from .keep import cover, owner
from .names import split_names
from .para import Ledger

# (line start, line end, rule id, [(field, value, value start, value end)])
FieldHit = tuple[int, int, str, list[tuple[str, str, int, int]]]


def assign_field_lines(drafts: list[Draft], hits: list[FieldHit], header: str | None, ledger: Ledger) -> None:
    """Each field line's values into the draft it belongs to (see the module's docstring)."""
    for start, end, rid, found in hits:
        d = _owner(drafts, start, end, header)
        if d is None:  # nothing on the page to carry the values: they are removed, not lost
            for _, value, a, _b in found:
                ledger.remove(value, a, rid)
            continue
        for name, value, a, _ in found:
            d.site[name] = names(value, a, rid, ledger) if name == "byline" else [value]
        cover(d, start, end)


def names(value: str, start: int, rid: str, ledger: Ledger) -> list[str]:
    """The people a byline value names; the words between them ("and", ",") are recorded as
    removed with the rule's id, so every character stays accounted for."""
    found = split_names(value) or [value]
    pos = 0
    out: list[str] = []
    for name in found:
        at = value.find(name, pos)
        if at < 0:  # a name the splitter respelled: the value as it stands
            return [value]
        if value[pos:at].strip():
            ledger.remove(value[pos:at], start + pos, rid)
        out.append(name)
        pos = at + len(name)
    if value[pos:].strip():
        ledger.remove(value[pos:], start + pos, rid)
    return out


def _owner(drafts: list[Draft], start: int, end: int, header: str | None) -> Draft | None:
    placed = [d for d in drafts if d.span != (0, 0)]
    if not placed:
        return drafts[0] if drafts else None
    if header == "before":
        after = [d for d in placed if d.span[0] >= end]
        return min(after, key=lambda d: d.span[0]) if after else placed[-1]
    if header == "after":
        above = [d for d in placed if d.span[0] <= start]
        return max(above, key=lambda d: d.span[0]) if above else placed[0]
    return owner(placed, start)


def settle(draft: Draft) -> None:
    """The values rule files named for this article, over what the heuristics found."""
    site = draft.site
    if not site:
        return
    if "outlet" in site:
        draft.outlet = site["outlet"][0]
    if "category" in site:
        draft.category = site["category"][0]
    if "published" in site:
        draft.published_text = site["published"][0]
    if "byline" in site:
        draft.byline = list(dict.fromkeys(site["byline"]))
