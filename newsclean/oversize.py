"""Pages with far more lines than any news page: kept whole, unsegmented, in bounded memory.

The segmenter holds several objects per line (the line, its item, its paragraph, maybe a
removal), about a kilobyte each: ``"x\\n" * 10_000_000`` (20 MB, under ``max_bytes``) took
9.2 GB and 205 s. No news page comes near that many lines: the largest page of the HTML test
corpus renders to 2,659 lines (and holds 19,437 tags), the text pages stay under 100. So a
page over ``max_lines`` non-blank lines (or markup over ``tags_per_line`` tags per line of
it: both limits are fields of :class:`~newsclean.options.Options`) is not segmented: its
text comes back as one article of paragraphs of at most :data:`PIECE_CHARS` characters,
cut at line ends, with a warning. Nothing is dropped, and
the memory it takes is a small multiple of the input.
"""

from __future__ import annotations

import re

from .assemble import plain_article
from .models import Page, built

# A plain page's paragraphs hold this many characters at most: few objects, none too big.
PIECE_CHARS = 64 * 1024

# A non-blank line of normalised text (the normal form's only whitespace is " " and "\n").
_CONTENT_LINE = re.compile(r"[^ \n][^\n]*")
_BLANK_RUN = re.compile(r"\n[ \n]*\n")  # blank lines inside a plain page's paragraph
# stdlib re: the same tag shape the depth check counts (a letter after "<" or "</")
_TAG = re.compile(r"</?[A-Za-z]")


def too_many_lines(text: str, limit: int) -> bool:
    """Whether normalised ``text`` has more than ``limit`` non-blank lines.

    Most pages have fewer line breaks than the limit, which one ``str.count`` shows; longer
    texts are scanned for at most ``limit + 1`` non-blank lines, so neither a flood of blank
    lines nor millions of short ones cost more than a scan.
    """
    if text.count("\n") < limit:
        return False
    for n, _ in enumerate(_CONTENT_LINE.finditer(text), 1):
        if n > limit:
            return True
    return False


def count_tags(markup: str, limit: int) -> int:
    """The tags of ``markup`` (exact once over ``limit``; below it, any count up to it)."""
    if markup.count("<") <= limit:
        return 0
    return sum(1 for _ in _TAG.finditer(markup))


def plain_page(text: str, url: str | None, warnings: list[str], limit: int) -> Page:
    """``text`` (normalised) as one unsegmented article, in paragraphs of bounded size."""
    warnings.append(
        f"the input has more than {limit:,} non-blank lines, over the limit (pass max_lines= to raise it): "
        "returned unsegmented, as plain text"
    )
    paragraphs: list[str] = []
    start = end = -1
    pos, size = 0, len(text)
    while pos < size:
        stop = min(pos + PIECE_CHARS, size)
        if stop < size:  # cut at a line end, else at a space, so no word is split
            cut = text.rfind("\n", pos, stop)
            if cut <= pos:
                cut = text.rfind(" ", pos, stop)
            stop = cut if cut > pos else stop
        piece = text[pos:stop]
        core = piece.strip()
        if core:
            first = pos + len(piece) - len(piece.lstrip())
            start = first if start < 0 else start
            end = first + len(core)
            paragraphs.append(_BLANK_RUN.sub("\n", core))
        pos = stop
    article = plain_article(paragraphs, (max(start, 0), max(end, 0)))
    return built(Page, kind="unknown", url=url, articles=[article] if paragraphs else [], removed=[],
                 warnings=list(dict.fromkeys(warnings)))  # fmt: skip
