"""The headline: which h1 or stated title names the story, without what surrounds it.

Pages state their title several times (JSON-LD ``headline``, ``og:title``, ``<title>``, the
h1s) and dress each differently: a roof line inside the h1, the site's name before or after,
a date in front, a blog's name as a first h1. The h1 that agrees with what the page calls
itself wins; the stated title, cleaned, is the fallback.
"""

from __future__ import annotations

import regex

from ..thresholds import (
    BREADCRUMB_MAX_WORDS,
    DATE_KICKER_REST_MIN_CHARS,
    H1_TITLE_MIN_SCORE,
    LONG_H1_MIN_WORDS,
    ROOF_WORDS_SHARE,
    SAME_TITLE_MIN_CHARS,
    SITE_SUFFIX_MAX_WORDS,
    SITE_SUFFIX_MIN_TITLE_CHARS,
    TITLE_IN_PARA_MAX_RATIO,
    UNSPACED_TITLE_MIN_CHARS,
)
from .meta import TITLE_SEPARATORS, Meta

_WORD = regex.compile(r"\w+")
_SITE_SUFFIX = regex.compile(r"\s+[|\-–—:·•»]\s+[^|\-–—:·•»]{2,60}$")


def headline(meta: Meta) -> str | None:
    """The headline: the ``<h1>`` that matches what the page calls itself, else the markup's."""
    ref = meta.headline or meta.title or ""
    ref_words = set(_WORD.findall(ref.casefold()))
    best, best_score = None, (0.0, 0)
    h1s = [_without_kicker(h, meta.kickers.get(h), ref) for h in meta.h1]
    low_ref = " ".join(ref.casefold().split())
    for h in h1s:
        low = h.casefold()
        words = set(_WORD.findall(low))
        if not words:
            continue
        score = len(words & ref_words) / len(words)
        if low == low_ref:  # the stated title itself beats an h1 whose words it merely holds
            score = 2.0
        elif len(low_ref) >= UNSPACED_TITLE_MIN_CHARS and low_ref in low:  # unspaced scripts have one "word" per clause
            score = max(score, len(low_ref) / len(low))
        # ties go to the h1 sharing more words with the title: a bare section or site name
        # ("Zoll") shares all its one word, as the headline shares all of its
        if (score, len(words & ref_words)) > best_score:
            best, best_score = h, (score, len(words & ref_words))
    if best is not None and best_score[0] >= H1_TITLE_MIN_SCORE:
        # an h1 carrying the site's name after the headline the page states ("Headline |
        # Site", often in a span hidden from sight): the stated headline
        # (compared slice by slice: casefolding may change a string's length, "ß" -> "ss")
        if ref and len(best) > len(ref) and best[: len(ref)].casefold() == ref.casefold():
            if best[len(ref) :].lstrip()[:1] in TITLE_SEPARATORS:
                return best[: len(ref)]
        # and one carrying a roof line before it, in plain text ('"Reformstau lösen" / Headline')
        if ref and len(best) > len(ref) and best[-len(ref) :].casefold() == ref.casefold():
            if best[: -len(ref)].rstrip()[-1:] in TITLE_SEPARATORS:
                return best[-len(ref) :]
        return best
    if meta.headline:
        stated = _untruncated(meta.headline, meta.title)
        # a <title> that adds "| Site" after the stated headline shows the headline has no site
        # suffix of its own: what follows a dash in it is its own ("Würde des Lebens – ein Projekt")
        rest = meta.title[len(stated) :].lstrip() if meta.title and meta.title.startswith(stated) else ""
        own = bool(rest) and rest[:1] in TITLE_SEPARATORS
        return _undated(_strip_site(stated, meta.site_name or meta.logo, generic=not own))
    long_h1 = [h for h in h1s if len(h.split()) >= LONG_H1_MIN_WORDS]
    if long_h1:
        return long_h1[0]
    return _strip_site(meta.title, meta.site_name or meta.logo) if meta.title else None


_DATE_KICKER = regex.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?\s?[-–—|:]\s")


def _undated(title: str | None) -> str | None:
    """A title without the date some sites set before it ("23.01.2022 - Headline")."""
    m = _DATE_KICKER.match(title) if title else None
    return title[m.end() :] if title and m and len(title) - m.end() >= DATE_KICKER_REST_MIN_CHARS else title


def _untruncated(headline: str, title: str | None) -> str:
    """The page ``<title>`` where ``og:title`` is the same text cut short.

    An unescaped quote inside a meta attribute ends it early ('content="Senator calls Biden
    "unfit""' reads 'Senator calls Biden'); the ``<title>`` element has no such limit. A
    title that merely goes on after a separator ("Headline | Site") is not a longer headline.
    """
    if title and len(title) > len(headline) and title.startswith(headline):
        rest = title[len(headline) :]
        if rest[:1] == " " and rest.lstrip()[:1] not in TITLE_SEPARATORS:
            return title
    return headline


def _without_kicker(h1: str, split: tuple[str, str] | None, ref: str) -> str:
    """The h1 without its roof line, as far as the page's own title tells them apart.

    A title that leaves the kicker out, or sets it off with a separator ("Kicker - Headline",
    "Kicker: Headline"), shows it is a kicker; one that runs straight on ("<span>Star
    Wars</span> director says ...") shows the element was part of the headline; one that
    names only the first element shows the rest was a subtitle.
    """
    if split is None:
        return h1
    kicker, rest = split
    low, k, r = ref.casefold(), kicker.casefold(), rest.casefold()
    if k not in low:
        return rest
    at = low.find(r)
    if at >= 0:  # the headline is stated: what stands right before it decides
        before = low[:at].rstrip()
        return h1 if before.endswith(k) else rest
    rest_words = _WORD.findall(r)
    if rest_words and sum(w in low for w in rest_words) < len(rest_words) * ROOF_WORDS_SHARE:
        return kicker
    after = low[low.find(k) + len(k) :].lstrip(" ")[:1]
    return rest if after and after in TITLE_SEPARATORS else h1


# The section WordPress's classic theme puts between the blog's name and a post's title:
# "Site » Blog Archive » Title".
_BLOG_ARCHIVE = regex.compile(r"^[^»|]{0,80}?[»|]\s?Blog Archiv(?:e)?\s?[»|]\s?")


def _strip_site(title: str | None, site: str | None, *, generic: bool = True) -> str | None:
    if not title:
        return title
    m = _BLOG_ARCHIVE.match(title)
    if m and m.end() < len(title):
        return title[m.end() :]
    if site and title.startswith(site) and title[len(site) :].lstrip()[:1] in TITLE_SEPARATORS:
        cut = title[len(site) :].lstrip(" " + TITLE_SEPARATORS)  # "Site | Headline"
        if cut:
            return cut
    if site and title.endswith(site):
        cut = title[: -len(site)].rstrip(" |-–—:·•»")
        if cut:
            return cut
    m = _SITE_SUFFIX.search(title) if generic else None
    if m and m.start() > SITE_SUFFIX_MIN_TITLE_CHARS and _site_like(title[m.start() :]):
        title = title[: m.start()]
        # breadcrumbs before the site name ("Topic | iPhone | Forum | Site"): short sections
        while (
            (m := _SITE_SUFFIX.search(title))
            and m.start() > SITE_SUFFIX_MIN_TITLE_CHARS
            and len(title[m.start() :].split()) <= BREADCRUMB_MAX_WORDS
        ):
            title = title[: m.start()]
    return title


def _site_like(suffix: str) -> bool:
    """Whether a title's last segment can be a site's name: not a question or a clause.

    "Bericht zur Coronalage – worauf wartet die Politik?" ends in the headline's own second
    half, not in a site's name.
    """
    words = suffix.split()[1:]
    return not suffix.rstrip().endswith("?") and len(words) <= SITE_SUFFIX_MAX_WORDS


def same_title(a: str, b: str, *, heading: bool = True) -> bool:
    """Whether block ``a`` prints title ``b`` (maybe cut short, or with a kicker or site name).

    A paragraph that merely contains the title ("Oven-baked Italian <title> filled with
    ...") is the story's opening, not the headline: only a heading, or a block at most
    twice the title's length, may hold more than the title.
    """
    na, nb = a.casefold().strip(), b.casefold().strip()
    if na == nb:
        return True
    return len(nb) > SAME_TITLE_MIN_CHARS and (
        na in nb or (nb in na and (heading or len(na) <= TITLE_IN_PARA_MAX_RATIO * len(nb)))
    )
