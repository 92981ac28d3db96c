"""Whether a fixed phrase is in a page, tested first through the phrase's rarest character.

A page is tested for every inline rule's literal once (``RuleSet.inline_gate``): some fifty
``literal in page`` scans, and most literals are in no page. CPython's substring search
compares the needle's last character at each position of the page and, where that
character is common (a space, a vowel), steps on by one or two: each absent literal costs
a few thousand instructions on a news page (``benchmarks/compare.py --instructions``).
A one-character search is a ``memchr``, a few hundred: a phrase whose rarest character
(a capital such as "V" or "Q", a "!", a ":") is not in the page is rejected for that.
Exact: the same answer as ``phrase in page``.
"""

from __future__ import annotations

from collections.abc import Callable

# Characters of news text from the most to the least frequent (the space, English letter
# frequencies, the commonest punctuation and capitals): a phrase is tested through its
# character that stands latest here, and one not listed at all counts as rarer than these.
_COMMON_FIRST = " etaoinsrhldcumfpgwybv,.kTSAICMBHWPRDNFLGxEOjJ'qUKVYz"
_RANK = {c: i for i, c in enumerate(_COMMON_FIRST)}


class Needle:
    """A phrase and its rarest character (by ``_COMMON_FIRST``), to test pages for it."""

    __slots__ = ("anchor", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        # the first of the rarest characters: ties go to the earliest, for a stable choice
        self.anchor = max(text, key=lambda c: _RANK.get(c, len(_COMMON_FIRST))) if text else ""

    def found_in(self, page: str) -> bool:
        """Whether the phrase is in ``page`` (as ``text in page``)."""
        return self.anchor in page and self.text in page


# The characters of ASCII that are not printable: the C0 controls and DEL.
ASCII_CONTROLS = bytes(range(0x20)) + b"\x7f"
# From this many characters an ASCII text is tested through its bytes (see ``printable``):
# below it the call and the copy cost more than ``str.isprintable`` itself (timed: even at
# about 70 characters, and a Python call on top).
_PRINTABLE_BYTES_FROM = 128


def printable(text: str) -> bool:
    """Whether ``text`` is printable (as ``text.isprintable()``).

    Why: ``str.isprintable`` looks every character up in the Unicode tables, some thirty
    instructions a character, and the pipeline asks it of the whole page, every long line and
    every paragraph (some 150K instructions a page, callgrind). An ASCII text's only
    characters that are not printable are ``ASCII_CONTROLS``; its bytes (a copy: ASCII is
    stored a byte a character) with those deleted by ``bytes.translate`` (a 256-entry table,
    a few instructions a character) are as long as the text exactly when it has none. Exact.
    """
    if len(text) >= _PRINTABLE_BYTES_FROM and text.isascii():
        return len(text.encode("ascii").translate(None, ASCII_CONTROLS)) == len(text)
    return text.isprintable()


def printable_piece(text: str, page: str | None, start: int) -> bool:
    """Whether ``text`` is printable (as ``printable(text)``), where ``page`` (or ``None``)
    is a page ``decode.printable_page`` vouches for: a piece of it at ``start`` without a
    line break is printable, found by a comparison and a ``memchr`` instead of a table
    lookup a character. Why: the lines of a page are tested again after the page was."""
    return (page is not None and "\n" not in text and page.startswith(text, start)) or printable(text)


# The page whose UTF-8 bytes were made last, with them (see ``utf8_of``): one tuple, so that a
# thread reading it never pairs one page with another's bytes.
_last_utf8: tuple[str, bytes] = ("", b"")


def remember_utf8(text: str, data: bytes) -> None:
    """Keep ``data``, which must be ``text.encode("utf-8", "surrogatepass")``, for ``utf8_of``."""
    global _last_utf8
    _last_utf8 = (text, data)


def utf8_of(text: str) -> bytes:
    """``text.encode("utf-8", "surrogatepass")``, the bytes ``remember_utf8`` kept when they
    are of this very object.

    Why: ``extract`` encodes its input to measure it against ``max_bytes``, and the inline gate
    (``NeedleSet.found_in_lower``) encodes the normalised page again to search it lower-cased;
    the normalised page is the input object itself whenever normalising changed nothing (every
    page of the text benchmark). For a page that is not ASCII each encode is some twelve
    instructions a character (callgrind: ``ucs2lib_utf8_encoder``). Told by identity, never by
    comparing texts; exact: the same bytes.
    """
    last = _last_utf8
    if last[0] is text:
        return last[1]
    return text.encode("utf-8", "surrogatepass")


def contains_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` is in ``text`` (as ``any(w in text for w in words)``). A loop,
    not ``any()`` over a generator: a generator closed at its first hit raises GeneratorExit
    inside itself, and a list would test every word; both cost more than the loop."""
    for w in words:
        if w in text:
            return True
    return False


# The characters that are not ASCII but whose lower case holds an ASCII one: "\u0130" (I with a
# dot above, to "i" and a combining dot) and the Kelvin sign (to "k"). Checked over every code
# point by a test (tests/test_needles.py).
_LOWER_TO_ASCII = ("\u0130", "\u212a")


# A prefix of whole words shared by two phrases or more is tested first, once, from this many
# characters: shorter ones (" by ") are in most pages and would only add a scan, and so would
# a piece of a word (" news" of " newsletter" and " news roundup"). On the bundled inline
# literals it forms "View " (four "View ..." notices), "Video " (two), "Sign up " and "Text ",
# none of which is in any page of the text benchmark while their rarest characters ("V",
# "S", "x") are in most.
_SHARED_PREFIX_MIN = 5


class _Node:
    """A phrase (or a prefix shared by phrases) and the phrases tested only where it is found.

    ``anchor``: a character of ``text`` tested first when it is not in the parent's text
    (else ``None``: the parent's finding holds it); ``hits``: the indices this text answers
    for (none for a shared prefix); ``kids``: the phrases that contain ``text``.
    """

    __slots__ = ("anchor", "hits", "kids", "raw", "raw_anchor", "text")

    def __init__(self, text: str, hits: list[int]) -> None:
        self.text = text
        self.hits = hits
        self.anchor: str | None = None
        self.kids: list[_Node] = []
        # the same as UTF-8 bytes, for NeedleSet.found_in_lower
        self.raw = text.encode("utf-8", "surrogatepass")
        self.raw_anchor: bytes | None = None


def _common_prefix(a: str, b: str) -> str:
    """The longest text both ``a`` and ``b`` start with."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return a[:n]


def _shared_prefixes(texts: list[str]) -> list[str]:
    """The prefixes of whole words (up to a space), at least ``_SHARED_PREFIX_MIN``
    characters long, that two or more of ``texts`` start with and that are not themselves
    among ``texts``: each is the longest such prefix of a run of neighbours in sorted order."""
    out: list[str] = []
    ordered = sorted(texts)
    run_start = 0
    for j in range(1, len(ordered) + 1):
        if j < len(ordered) and len(_common_prefix(ordered[j - 1], ordered[j])) >= _SHARED_PREFIX_MIN:
            continue
        if j - 1 > run_start:  # a run of two phrases or more: in sorted order, its first and last bound it
            shared = _common_prefix(ordered[run_start], ordered[j - 1])
            prefix = shared[: shared.rfind(" ") + 1]  # whole words: up to its last space
            # a phrase that starts all of the run already comes first ("Share th" of "Share this: ")
            if len(prefix) >= _SHARED_PREFIX_MIN and shared not in texts and prefix not in texts:
                out.append(prefix)
        run_start = j
    return out


class NeedleSet:
    """Phrases tested together against one page, each distinct rarest character once.

    The inline gate tests some sixty phrases a page, and many share their rarest character
    (five of the inline patterns' literals are tested through "S", four through "V"): one
    search for each such character, and one Python call for the lot, instead of one per
    phrase. A phrase that holds another phrase (or a prefix it shares with others, see
    ``_SHARED_PREFIX_MIN``) is searched only in pages where that one is found: a page without
    "View " is not searched for the four "View ..." notices, nor twice for a phrase listed
    twice. Exact: ``found_in(page)[i]`` is ``texts[i] in page``, and ``True`` for ``None``
    (a text that holds another is in no page that lacks the other).
    """

    __slots__ = ("_always", "_ascii", "_bytes_roots", "_roots", "_size")

    def __init__(self, texts: list[str | None]) -> None:
        self._always = [i for i, text in enumerate(texts) if text is None]
        self._size = len(texts)
        self._roots = self._tree(texts)
        # the same roots' anchors as UTF-8 bytes, for found_in_lower (only when every phrase is ASCII)
        self._ascii = all(text is None or text.isascii() for text in texts)
        self._bytes_roots = [(anchor.encode("utf-8", "surrogatepass"), nodes) for anchor, nodes in self._roots]

    @staticmethod
    def _tree(texts: list[str | None]) -> list[tuple[str, list[_Node]]]:
        """The phrases as a forest (each under the longest other phrase or shared prefix it
        holds), its roots grouped by their rarest character."""
        nodes: dict[str, _Node] = {}
        for i, text in enumerate(texts):
            if text is not None:
                nodes.setdefault(text, _Node(text, [])).hits.append(i)
        for prefix in _shared_prefixes(list(nodes)):
            nodes[prefix] = _Node(prefix, [])
        by_length = sorted(nodes.values(), key=lambda n: len(n.text))
        roots: dict[str, list[_Node]] = {}
        for k, node in enumerate(by_length):
            parent = None
            for other in reversed(by_length[:k]):  # the longest first
                if other.text in node.text and len(other.text) < len(node.text):
                    parent = other
                    break
            anchor = Needle(node.text).anchor
            if parent is None:
                roots.setdefault(anchor, []).append(node)
            else:
                node.anchor = None if anchor in parent.text else anchor
                node.raw_anchor = None if node.anchor is None else node.anchor.encode("utf-8", "surrogatepass")
                parent.kids.append(node)
        return list(roots.items())

    def found_in(self, page: str) -> list[bool]:
        """For each phrase, whether it is in ``page``."""
        hit = [False] * self._size
        for i in self._always:
            hit[i] = True
        for anchor, nodes in self._roots:
            if anchor in page:
                for node in nodes:
                    if node.text in page:
                        for i in node.hits:
                            hit[i] = True
                        if node.kids:
                            _found_under(node.kids, page, hit)
        return hit

    def found_in_lower(self, page: str) -> list[bool]:
        """For each phrase, whether it is in ``page.lower()``, without lower-casing ``page``.

        Why: ``str.lower`` of a page that is not ASCII (curly quotes and dashes make most of
        them so) goes character by character through the Unicode tables, some 85K
        instructions a page (compare.py --instructions); its UTF-8 bytes lower-cased
        (``bytes.lower`` maps "A"-"Z" alone) cost a fifth of that. Exact for ASCII phrases:
        an ASCII run of ``page.lower()`` comes from an ASCII run of the page (unless the page
        holds one of ``_LOWER_TO_ASCII``: then the page is lower-cased as before), and UTF-8
        writes ASCII characters, and only them, as bytes below 0x80. ``bytes.find``, not
        ``in``: ``in`` on bytes first tries its operand as an integer, and raises and clears
        an error for every phrase.
        """
        if not self._ascii or _LOWER_TO_ASCII[0] in page or _LOWER_TO_ASCII[1] in page:
            return self.found_in(page.lower())
        find = utf8_of(page).lower().find
        hit = [False] * self._size
        for i in self._always:
            hit[i] = True
        for anchor, nodes in self._bytes_roots:
            if find(anchor) >= 0:
                for node in nodes:
                    if find(node.raw) >= 0:
                        for i in node.hits:
                            hit[i] = True
                        if node.kids:
                            _found_under_bytes(node.kids, find, hit)
        return hit


def _found_under(nodes: list[_Node], page: str, hit: list[bool]) -> None:
    """``NeedleSet.found_in`` below a node found in ``page``: each of ``nodes`` and, where it
    is found, the nodes under it."""
    for node in nodes:
        anchor = node.anchor
        if (anchor is None or anchor in page) and node.text in page:
            for i in node.hits:
                hit[i] = True
            if node.kids:
                _found_under(node.kids, page, hit)


def _found_under_bytes(nodes: list[_Node], find: Callable[[bytes], int], hit: list[bool]) -> None:
    """``_found_under`` in a page's UTF-8 bytes, searched by ``find`` (its ``bytes.find``)."""
    for node in nodes:
        anchor = node.raw_anchor
        if (anchor is None or find(anchor) >= 0) and find(node.raw) >= 0:
            for i in node.hits:
                hit[i] = True
            if node.kids:
                _found_under_bytes(node.kids, find, hit)
