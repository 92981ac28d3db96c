"""Bytes to text, and text to the one normal form every later stage works on.

Scraped pages arrive as bytes in any encoding, with CRLF or CR endings, NBSPs, BOMs and
Unicode line separators. All offsets newsclean reports (``Removal.start``/``end``,
``Article.span``) refer to the normal form produced here, so the same page saved with
different line endings or spaces gives the same articles.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from .needles import ASCII_CONTROLS
from .thresholds import EIGHT_BIT_SPACES, UTF8_SHARE, UTF16_MIN_ZEROS, UTF16_ZERO_SHARE, UTF16_ZERO_SIDE

# Everything that ends a line, mapped to "\n"; done before space handling so "\r\n" is one break.
_LINE_BREAKS = ("\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c")
# Characters dropped outright: they carry no text (BOM, zero-width marks, soft hyphen).
_DROP = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad"), None)
# Unicode spaces and stray control characters become a plain space.
_SPACES = {
    **dict.fromkeys(map(ord, "\t\u00a0\u1680\u180e\u202f\u205f\u3000"), " "),
    **{cp: " " for cp in range(0x2000, 0x200B)},
    **{cp: " " for cp in range(0x00, 0x20) if cp != 0x0A},  # noqa: PLR2004 (a code point: line feed)
    0x7F: " ",
    **{cp: " " for cp in range(0x80, 0xA0) if cp != 0x85},  # noqa: PLR2004 (a code point: next line)
}
_TABLE = {**_DROP, **_SPACES}

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Charset detection is the slow part of decoding; a prefix is enough to decide.
_DETECT_BYTES = 64 * 1024


# The charset a page declares in its first bytes: <meta charset=...>, the http-equiv
# Content-Type, or an XML declaration. Bounded gaps keep the scan linear.
_DECLARED = re.compile(
    rb"""(?i)<meta[^>]{0,300}?charset\s{0,3}=\s{0,3}["']?\s{0,3}([a-z0-9_.:-]{1,40})"""
    rb"""|<\?xml[^>]{0,100}?encoding\s{0,3}=\s{0,3}["']([a-z0-9_.:-]{1,40})"""
)
_DECLARED_BYTES = 16 * 1024
# Labels that mean another codec, as browsers read them (the WHATWG Encoding Standard):
# a page declaring Latin-1 or ASCII is decoded as Windows-1252, its superset.
_ALIASES = {"iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
            "l1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "iso-8859-9": "cp1254",
            "latin5": "cp1254", "tis-620": "cp874", "iso-8859-11": "cp874", "gb2312": "gb18030",
            "gbk": "gb18030", "x-sjis": "shift_jis", "x-user-defined": "cp1252"}  # fmt: skip


_NOT_CHARSETS = frozenset(("unicode-escape", "raw-unicode-escape", "idna", "punycode", "utf-7", "undefined"))


def declared_charset(data: bytes) -> str | None:
    """The Python codec for the charset the page declares, or ``None`` (none, or unknown)."""
    m = _DECLARED.search(data[:_DECLARED_BYTES])
    if m is None:
        return None
    label = (m.group(1) or m.group(2)).decode("ascii").lower()
    label = _ALIASES.get(label, label)
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    name = info.name
    # Python also names transforms (base64, rot13) and escape codecs "encodings"; no page is in one
    if not getattr(info, "_is_text_encoding", True) or name in _NOT_CHARSETS:
        return None
    if name.startswith("utf-16") or name.startswith("utf-32"):
        return "utf-8"  # a byte stream that got this far is not UTF-16: browsers read the label as UTF-8
    return "utf-8" if name == "utf-8" else name


def decode(data: bytes) -> tuple[str, str | None]:
    """Decode bytes without ever raising: BOM, UTF-8, the page's declared charset, then a guess.

    A declared charset beats a statistical guess: a guess on a short German page with a
    few umlauts may pick an Urdu or Big5 codec and garble every one of them.

    Returns the text and a warning (or ``None``) saying which fallback was used, so a
    batch user can see which pages were guessed rather than known.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _after_bom(data[len(bom) :], encoding)
    return _unmarked(data)


def _unmarked(data: bytes) -> tuple[str, str | None]:
    """Bytes without a byte-order mark (or whose mark the bytes contradict): :func:`decode`."""
    wide = _utf16_by_zeros(data)
    if wide is not None:  # valid UTF-8 too (zero bytes are ASCII), but every other byte is zero
        warning = f"input has no byte-order mark, but its zero bytes say UTF-16: decoded as {wide.upper()}"
        return data.decode(wide, errors="replace"), warning
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # A page cut off mid-character is still UTF-8: only its tail is broken.
    if utf8_error.start >= len(data) - 3:
        return data.decode("utf-8", errors="replace"), "input ends inside a UTF-8 character"
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    if len(text) - len(text.encode("ascii", "ignore")) - broken >= UTF8_SHARE * broken:
        # Valid multi-byte sequences almost never occur by chance in a single-byte charset:
        # a text holding many is UTF-8 with a few broken bytes, which any other codec garbles.
        return text, f"input is mostly UTF-8; {broken:,} undecodable byte sequences replaced"
    declared = declared_charset(data)
    if declared is not None and declared != "utf-8":
        warning = f"input is not UTF-8; decoded as {declared}, as the page declares"
        return data.decode(declared, errors="replace"), warning
    guess = _guess(data)
    if guess is not None:
        encoding, rivals = guess
        try:
            decoded = data.decode(encoding, errors="replace")
        except LookupError:
            return text, "input is not valid text; undecodable bytes replaced"
        if not rivals:
            return decoded, f"input is not UTF-8; decoded as {encoding}"
        warning = (
            f"input is not UTF-8 and declares no charset; decoded as {encoding}, a guess the bytes do not "
            f"decide ({', '.join(rivals)} would read them as well)"
        )
        return decoded, warning
    return text, "input is not valid text; undecodable bytes replaced"


# A byte-order mark and the bytes after it may disagree: an editor that prepends a UTF-8 BOM
# to a UTF-16 file writes both. The bytes decide then, and the page says so.
def _after_bom(rest: bytes, encoding: str) -> tuple[str, str | None]:
    """Bytes after a byte-order mark, decoded as it says unless the bytes plainly say otherwise."""
    if encoding == "utf-8":
        for bom, wide in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
            if rest.startswith(bom):
                warning = f"input has a UTF-8 byte-order mark followed by a UTF-16 one: decoded as {wide.upper()}"
                return rest[len(bom) :].decode(wide, errors="replace"), warning
        found = _utf16_by_zeros(rest)
        if found is not None:
            warning = f"input has a UTF-8 byte-order mark, but its zero bytes say UTF-16: decoded as {found.upper()}"
            return rest.decode(found, errors="replace"), warning
    elif encoding.startswith("utf-16") and _eight_bit(rest):
        text, how = _unmarked(rest)
        note = f"input has a {encoding.upper()} byte-order mark, but its bytes read as 8-bit text"
        return text, note + (f"; {how}" if how else ": decoded as UTF-8")
    text = rest.decode(encoding, errors="replace")
    broken = text.count("\ufffd")
    if broken:
        return text, f"input has a {encoding.upper()} byte-order mark, but {broken:,} byte sequences did not decode"
    return text, None


_ZERO_SAMPLE = 4096


def _eight_bit(data: bytes) -> bool:
    """Whether bytes a UTF-16 mark precedes are plainly 8-bit text: no zero byte, many spaces."""
    sample = data[:_ZERO_SAMPLE]
    if not sample or sample.count(0):
        return False
    return sample.count(b" ") + sample.count(b"\n") >= EIGHT_BIT_SPACES * len(sample)


def _utf16_by_zeros(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when the zero bytes say so, else ``None``."""
    sample = data[:_ZERO_SAMPLE]
    zeros = sample.count(0)
    if zeros < UTF16_MIN_ZEROS or zeros < UTF16_ZERO_SHARE * len(sample):
        return None
    odd = sample[1::2].count(0)  # little-endian ASCII: "H\0e\0"
    if odd >= UTF16_ZERO_SIDE * zeros:
        return "utf-16-le"
    if zeros - odd >= UTF16_ZERO_SIDE * zeros:
        return "utf-16-be"
    return None


# The charset browsers in Western locales assume for an undeclared page; a guess that ties with
# it (same noise, same language fit in charset-normalizer's measures) is read as it. Spanish
# "España" came out as "Espańa": cp1250 and cp1252 tie on Western text, and the first tied
# candidate won.
_WESTERN = "cp1252"


def _guess(data: bytes) -> tuple[str, list[str]] | None:
    """The detected charset, and the tied rivals that would read the bytes differently."""
    sample = data[:_DETECT_BYTES]
    results = from_bytes(sample)
    best = results.best()
    if best is None or not best.encoding:
        return None
    tied: list[str] = []
    for match in results:
        if match.chaos == best.chaos and match.coherence == best.coherence:
            tied += [match.encoding, *match.could_be_from_charset]
    tied = list(dict.fromkeys(tied))
    encoding = _WESTERN if _WESTERN in tied else best.encoding
    try:
        mine = sample.decode(encoding, errors="replace")
        rivals = [c for c in tied if c != encoding and sample.decode(c, errors="replace") != mine]
    except LookupError:
        return best.encoding, []
    return encoding, rivals


# The characters the table changes, as one class: most pages need no translation at all,
# and a regex scan finds out far faster than str.translate walks a dict per character.
# (the standard library's re compiles a character class to a bitmap: 15x faster here than regex)
_NEEDS = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_TABLE)) + "]")
_COMMON = (("\t", " "), ("\u00a0", " "), ("\ufeff", ""))
_BY_CHAR = {chr(cp): (v or "") for cp, v in _TABLE.items()}


def normalize(text: str) -> str:
    """The normal form: ``\\n`` line breaks, plain spaces, no BOM or zero-width characters.

    Offsets are into this string. Lengths change only by dropping characters that carry no
    text, so normalising twice gives the same string.
    """
    if text.isascii():  # the common case: only the ASCII line breaks and tabs can occur
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if "\x0b" in text or "\x0c" in text:
            text = text.replace("\x0b", "\n").replace("\x0c", "\n")
        if "\t" in text:
            text = text.replace("\t", " ")
        return _table(text)
    for brk in _LINE_BREAKS:
        if brk in text:
            text = text.replace(brk, "\n")
    for old, new in _COMMON:
        if old in text:
            text = text.replace(old, new)
    return _table(text)


# Characters the table is applied to per pass. A pass holds one piece per replacement, and
# text full of control characters (random bytes) has one every few characters: in one pass
# over 20 MB those pieces took 20 times the input's memory. Every replacement is of one
# character by at most one, so passes over slices give the same string.
_PASS = 1 << 18


# The characters of ASCII that are not printable, but the line break: an ASCII page with none
# of them is one the table leaves alone.
_CONTROLS_BUT_BREAKS = ASCII_CONTROLS.replace(b"\n", b"")


# The last page ``_table`` found printable but for its line breaks (see ``printable_page``).
_printable_page = ""


def printable_page(text: str) -> bool:
    """Whether ``text`` is the page ``normalize`` last found printable but for its line
    breaks: then every piece of it without a line break is printable.

    Why: the paragraphs of a page are tested for printable text again (``Para.clean``), some
    thirty instructions a character when they are not ASCII, after ``_table`` has tested the
    whole page. Exact: the very object (``is``, never ``==``) that was tested, held here so
    it cannot be another string at the same address; a page normalised since (another call,
    another thread) only makes this ``False``, and the caller tests as before.
    """
    return text is _printable_page


def _table(text: str) -> str:
    # Every character the table changes is non-printable (a test checks it), as is "\n": a
    # page that is printable once its line breaks are spaces needs no pass, and Python's own
    # printable test walks it several times faster than the pattern's scan.
    global _printable_page
    if text.isascii():  # its bytes, the line breaks kept (see needles.printable): a few instructions a character
        if len(text.encode("ascii").translate(None, _CONTROLS_BUT_BREAKS)) == len(text):
            _printable_page = text
            return text
    elif text.replace("\n", " ").isprintable():
        _printable_page = text
        return text
    if len(text) <= _PASS:
        return _NEEDS.sub(_replace, text)
    return "".join([_NEEDS.sub(_replace, text[i : i + _PASS]) for i in range(0, len(text), _PASS)])


def _replace(m: re.Match[str]) -> str:
    return _BY_CHAR[m.group(0)]
