"""What an element's class and id names say: furniture, the story's body, a date, an author box.

Sites name their furniture for what it is ("related-posts", "share-bar", "comments",
"newsletter-signup", "cookie-consent"), in every casing and compound. Names that say the
element is the story itself ("article", "content", "body") outweigh the weaker furniture
words ("teaser", "banner", "menu"), as readability's "ok maybe it's a candidate" does;
they do not outweigh the words only furniture carries ("article-comments", "post-share",
"entry-related" are still furniture), as in trafilatura's discard list.

A page repeats its class names many times, and a site's pages share them: what a name says
is read once (:func:`read_names`, cached) with the standard library's engine, which runs
these plain alternations several times faster than ``regex``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

CLASS_WORDS = re.compile(r"[\s_\-]+")  # how class and id attributes split into words
# Class and id words that mark page furniture, unless the story's own words stand beside them.
_WEAK = frozenset(
    "share sharing sharebar social sidebar footer navbar nav navigation menu breadcrumb breadcrumbs "
    "subscribe subscription advert advertisement ads adslot ad promo popup modal signup login banner "
    "pagination pager mostread trending recommended recommendations teaser teasers overlay".split()
)
_STORY_PROPS = frozenset(("description", "articleBody", "abstract"))
# Furniture words a site may also give its lead box, the one holding the headline (h1) and
# standfirst; around other stories' headlines they mean teasers of those.
_LEAD_WORDS = frozenset(("teaser", "teasers"))
_KEEP = frozenset("article content body main post entry story text headline byline caption blog".split())
# Names only furniture carries, matched anywhere in the class and id (camel case and compounds
# included: "RelatedStories", "BorlabsCookie", "commentlist"): comment threads (not
# "commentary", an opinion piece), related and recommended links, newsletter and cookie
# boxes, third-party recommendation widgets.
_CLOSING_PARTS = (
    "comment", "disqus", "related", "outbrain", "taboola", "recommend", "trending", "popular", "mostread",
    "most-read", "recirc", "readnext", "read-next", "upnext", "up-next",
)  # fmt: skip
# Of those, the names of what follows a story: its comments and the links to other stories.
_STRONG_PARTS = (*_CLOSING_PARTS, "newsletter", "cookie", "consent", "gdpr", "footer")
# One scan of the lower-cased names finds them all ("commentary" is no comment).
_PARTS = re.compile("|".join("comment(?!ar)" if p == "comment" else re.escape(p) for p in _STRONG_PARTS))
_CLOSING_SET = frozenset(_CLOSING_PARTS)


FURNITURE = "furniture"
CLOSING = "closing"  # furniture that follows a story: where it stands, the story has ended
LEAD_BOX_WORD = "lead-box-word"  # furniture by a word a lead box may carry: ask whether it holds the h1


def _furniture(names: str) -> str | None:
    low = names.lower()
    words = set(CLASS_WORDS.split(low))
    parts = set(_PARTS.findall(low))
    if not parts and (not words & _WEAK or words & _KEEP):
        return None
    if words & _LEAD_WORDS:
        return LEAD_BOX_WORD
    return CLOSING if parts & _CLOSING_SET else FURNITURE


def furniture(said: Names, itemprop: str | None) -> str | None:
    """Whether names that ``said`` what they say mark furniture: ``None`` if not, else which kind."""
    if itemprop in _STORY_PROPS:  # a story's standfirst styled as a "teaser" says what it is
        return None
    return said.furniture


# Boxes that follow a story and are named for it: the author box ("author-bio", "about the
# author") and the story's tag list. Around the headline the same names can mark the byline
# and date line, which the walk must still read: they are left out of the story only after
# its first paragraph (see ``extent.py``).
_LATE = re.compile(
    r"(?i)(?:[a-z]{1,12}[-_]{1,2})?(?:author[-_]{0,2}(?:box|bio|info|card|profile|details|description)"
    r"|about[-_]?(?:the[-_]?)?author)(?:[-_]{1,2}[a-z]{1,12})?"
    r"|(?:(?:post|article|entry|story)[-_])?tags(?:[-_](?:list|links|box|wrapper|container))?|tag[-_]?list"
)  # matched against each class or id token whole: WordPress names a post "tag-<slug>", not a box
AUTHOR_BOX = "html.author-box"


def _late(names: str) -> str | None:
    """The rule id for a box that follows a story (author box, tag list), or ``None``."""
    return AUTHOR_BOX if any(_LATE.fullmatch(token) for token in names.split()) else None


# Names the markup gives the story's own body ("article-body", "entry-content").
_HINT_WORDS = ("article-body", "articleBody", "articlebody", "article__body", "article-content", "article-text",
              "articletext", "entry-content", "post-content", "post-body", "story-body", "storybody",
              "story-content", "content-body", "main-content", "news-content")  # fmt: skip
_HINT_NAMES = re.compile("|".join(re.escape(w) for w in _HINT_WORDS))
# Class and id words of elements that hold a date (".date", ".meta-date", "#post-time", ".fecha").
DATE_WORDS = ("date", "Date", "time", "Time", "datum", "Datum", "posted", "published", "meta", "byline", "zeit",
               "fecha")  # fmt: skip
_DATE_NAMES = re.compile("|".join(DATE_WORDS))


class Names(NamedTuple):
    furniture: str | None  # FURNITURE, CLOSING, LEAD_BOX_WORD or None (before itemprop is heard)
    late: str | None  # the rule id of a box that follows a story
    body: bool  # names the story's body
    dated: bool  # names an element holding a date


@lru_cache(maxsize=8192)
def read_names(names: str) -> Names:
    """What class and id ``names`` say (cached: pages and sites repeat their names)."""
    return Names(
        _furniture(names), _late(names), _HINT_NAMES.search(names) is not None, _DATE_NAMES.search(names) is not None
    )
