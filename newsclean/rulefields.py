"""Field patterns and date formats of rule files, compiled to patterns that cannot backtrack.

A user writes ``"Source: {outlet}"`` rather than a regular expression: the literal text is
matched as written (case-insensitive, a space standing for one to three), and each
placeholder becomes a bounded group that stops at the first occurrence of the text after
it (possessive, so the engine never tries a shorter value). Whatever a user writes, the
pattern runs in time linear in the line.

Date formats are ``strptime`` formats (``"%a, %d %b %Y %H:%M:%S %z"``); each directive
becomes a bounded character class, so a format is also a safe pattern that finds the date
in a line, and ``datetime.strptime`` reads what it found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

import regex

from .errors import RulesError

# The fields a pattern's placeholders may fill; ``{_}`` matches text that fills none.
FIELDS = ("outlet", "byline", "published", "category")
_SKIP = "_"
# A placeholder takes at most this many characters: outlets, bylines, sections and dates
# are short (the longest header line seen in the corpora is 61 characters).
MAX_VALUE_CHARS = 120
MAX_PLACEHOLDERS = 4
# The standard library's engine for these two: compiling with the regex module at import
# leaves garbage cycles (its parser's groups) for a later collection to finalise.
_PLACEHOLDER = re.compile(r"\{([^{}]{0,40})\}")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Template:
    """One compiled field pattern: its source, its regex, and the longest line it can match."""

    source: str
    pattern: str
    width: int
    needle: str  # the longest literal piece, lower-cased: lines without it cannot match


def compile_template(template: str, where: str, *, anchor: str) -> Template:
    """``template`` (``"Source: {outlet}"``) as a regex; ``anchor`` is ``"line"`` (the whole
    line), ``"prefix"`` (the title's start) or ``"suffix"`` (the title's end)."""
    pieces: list[tuple[str, str]] = []  # ("lit", text) or ("field", name)
    pos = 0
    for m in _PLACEHOLDER.finditer(template):
        if m.start() > pos:
            pieces.append(("lit", template[pos : m.start()]))
        name = m.group(1).strip()
        if name != _SKIP and name not in FIELDS:
            raise RulesError(f"{where}: unknown placeholder {{{name}}} (expected one of {_names()})")
        if pieces and pieces[-1][0] == "field":
            raise RulesError(f"{where}: two placeholders need text between them ({template!r})")
        pieces.append(("field", name))
        pos = m.end()
    if pos < len(template):
        pieces.append(("lit", template[pos:]))
    if any(("{" in v or "}" in v) for k, v in pieces if k == "lit"):
        raise RulesError(f"{where}: a brace that opens or closes no placeholder ({template!r})")
    fields = [v for k, v in pieces if k == "field"]
    # a title affix may only be dropped ("{_} EXCLUSIVE: "); a line pattern that fills no
    # field is a [[line]] rule's job
    if not fields or (anchor == "line" and all(f == _SKIP for f in fields)):
        raise RulesError(f"{where}: needs a placeholder naming a field, one of {_names()} ({template!r})")
    if len(fields) > MAX_PLACEHOLDERS:
        raise RulesError(f"{where}: at most {MAX_PLACEHOLDERS} placeholders in one pattern")
    named = [f for f in fields if f != _SKIP]
    if len(set(named)) != len(named):
        raise RulesError(f"{where}: a field is named twice ({template!r})")
    literals = [v for k, v in pieces if k == "lit"]
    if not any(v.strip() for v in literals):
        raise RulesError(f"{where}: needs some text besides its placeholders, or it would match every line")
    if anchor == "prefix" and pieces[-1][0] != "lit":
        raise RulesError(f"{where}: a title prefix ends with the text between it and the title ({template!r})")
    if anchor == "suffix" and pieces[0][0] != "lit":
        raise RulesError(f"{where}: a title suffix starts with the text between the title and it ({template!r})")
    out: list[str] = []
    width = 0
    for k, (kind, value) in enumerate(pieces):
        if kind == "lit":
            out.append(_literal(value))
            width += len(value) + 2 * value.count(" ")
            continue
        nxt = pieces[k + 1][1] if k + 1 < len(pieces) else None
        stop = f"(?!{_literal(nxt)})" if nxt is not None else ""
        group = "_skip" + str(k) if value == _SKIP else value
        # possessive: the value ends where the next literal first occurs, and is never shortened
        out.append(f"(?P<{group}>(?:{stop}[^\\n]){{1,{MAX_VALUE_CHARS}}}+)")
        width += MAX_VALUE_CHARS
    body = "".join(out)
    if anchor == "suffix":
        body += r"\Z"
    needle = max((v.strip().lower() for v in literals), key=len)
    try:
        regex.compile(body)
    except regex.error as exc:  # pragma: no cover - literals are escaped; kept as a guard
        raise RulesError(f"{where}: cannot compile {template!r}: {exc}") from None
    return Template(template, body, width, needle)


def _literal(text: str) -> str:
    """Literal text, case-insensitive, each run of spaces matching one to three."""
    parts = [regex.escape(p, special_only=True) for p in _SPACES.split(text)]
    return "(?i:" + r"\s{1,3}".join(parts) + ")"


def _names() -> str:
    return ", ".join("{" + f + "}" for f in (*FIELDS, _SKIP))


def values(m: regex.Match[str]) -> dict[str, tuple[str, int, int]]:
    """The fields a match of a compiled template gives: value (spaces collapsed), start, end."""
    out: dict[str, tuple[str, int, int]] = {}
    for name in FIELDS:
        if name not in m.re.groupindex:
            continue
        raw = m.group(name)
        value = " ".join(raw.split()) if raw else ""
        if value:
            a = m.start(name)
            lead = len(raw) - len(raw.lstrip())
            out[name] = (value, a + lead, a + len(raw.rstrip()))
    return out


# --- date formats ----------------------------------------------------------------------------------

# Each strptime directive and the characters it can read, bounded.
_DIRECTIVES = {
    "a": r"[^\W\d_]{2,12}\.?",
    "A": r"[^\W\d_]{2,12}",
    "b": r"[^\W\d_]{3,12}\.?",
    "B": r"[^\W\d_]{3,12}",
    "h": r"[^\W\d_]{3,12}\.?",
    "d": r"\d{1,2}",
    "m": r"\d{1,2}",
    "y": r"\d{2}",
    "Y": r"\d{4}",
    "H": r"\d{1,2}",
    "I": r"\d{1,2}",
    "M": r"\d{1,2}",
    "S": r"\d{1,2}",
    "f": r"\d{1,6}",
    "p": r"[AaPp]\.?[Mm]\.?",
    "z": r"(?:Z|[+-]\d{2}:?\d{2}(?::?\d{2})?)",
    "j": r"\d{1,3}",
    "%": "%",
}
# A date is short: no format may read more than this.
MAX_DATE_CHARS = 80


@dataclass(frozen=True)
class DateFormat:
    format: str
    pattern: str
    offset: float | None  # hours east of UTC for formats without %z


def compile_date(fmt: str, example: str, offset: float | None, where: str) -> DateFormat:
    """A strptime format as a bounded pattern, checked against its example."""
    out: list[str] = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == "%":
            d = fmt[i + 1 : i + 2]
            if d == "-":  # "%-d": the unpadded forms glibc prints; strptime reads them anyway
                d = fmt[i + 2 : i + 3]
                i += 1
            if d == "Z":
                raise RulesError(f"{where}.format: %Z (a zone's name) is not supported: use %z or 'zone = <hours>'")
            if d not in _DIRECTIVES:
                raise RulesError(f"{where}.format: unsupported directive %{d} in {fmt!r}")
            out.append(_DIRECTIVES[d])
            i += 2
        elif c.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            out.append(r"\s{1,3}")
        else:
            out.append(regex.escape(c, special_only=True))
            i += 1
    if not any(ch == "%" for ch in fmt):
        raise RulesError(f"{where}.format: {fmt!r} has no % directive")
    if "%z" in fmt and offset is not None:
        raise RulesError(f"{where}.zone: the format reads its zone (%z); 'zone' would contradict it")
    date = DateFormat(fmt.replace("%-", "%"), "".join(out), offset)
    compiled = regex.compile(date.pattern)
    if len(example) > MAX_DATE_CHARS or not compiled.fullmatch(example.strip()):
        raise RulesError(f"{where}.example: {example!r} does not have the shape of the format {fmt!r}")
    try:
        datetime.strptime(" ".join(example.split()), " ".join(date.format.split()))
    except ValueError as exc:
        raise RulesError(f"{where}.example: {example!r} does not parse with {fmt!r}: {exc}") from None
    return date


def parse_with(date: DateFormat, text: str) -> datetime | None:
    """``text`` (already found by the format's pattern) as an aware datetime, or ``None``."""
    try:
        when = datetime.strptime(" ".join(text.split()), " ".join(date.format.split()))
    except ValueError:
        return None
    if when.tzinfo is None:
        hours = date.offset if date.offset is not None else 0.0
        when = when.replace(tzinfo=timezone(timedelta(hours=hours)) if hours else UTC)
    return when
