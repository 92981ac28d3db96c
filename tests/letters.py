"""No letter of the input is lost: every character of every non-blank line of the
normalised input lies inside a removal span or inside the text of one of the fields of
the article whose span holds it.

``test_accounting.py`` checks words against a bag of field words, which cannot see a word
dropped when the same word stands elsewhere in the story ("FRISCO, Texas — ..." losing
"Texas" in a story about Texas). This check works on characters and in order:

* removed characters are blanked out; what is left of each line is split into runs;
* each run is matched, with whitespace ignored and case folded (fields collapse spaces,
  credits are spelled the agency's usual way), against the article's fields: first where
  the body's cursor stands (the body is read in page order, so the cursor only moves on),
  then anywhere in a short field (title, outlet, byline, captions ...), then further on in
  the body; the longest piece that matches is taken and the rest of the run goes on;
* a character no field holds is a loss.

Used by ``tests/test_letters.py`` (fixture and generated pages) and
``benchmarks/lost_letters.py`` (also the shared corpus when present).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsclean import Article, Page


def squash(text: str) -> str:
    """Case folded, whitespace dropped: the form runs and fields are compared in."""
    return "".join(text.casefold().split())


@dataclass
class _Fields:
    body: str
    short: list[str]
    cursor: int = 0


def _fields(a: Article) -> _Fields:
    short = [a.title, a.subtitle, a.outlet, a.published_text, a.category, *a.tags, *a.byline, *a.credits, *a.captions,
             *a.ids.values(), *a.ids.keys()]  # fmt: skip
    if a.dateline:
        short += [a.dateline.location, a.dateline.date_text, a.dateline.agency]
    return _Fields(squash(a.body), [squash(s) for s in short if s])


def _at_cursor(f: _Fields, run: str, i: int) -> int:
    """How many characters of ``run`` from ``i`` continue the body at its cursor."""
    n, body, c = 0, f.body, f.cursor
    while i + n < len(run) and c + n < len(body) and run[i + n] == body[c + n]:
        n += 1
    return n


def _longest(run: str, i: int, hay: str, start: int = 0) -> tuple[int, int]:
    """The longest prefix of ``run[i:]`` found in ``hay`` from ``start``: (length, where)."""
    lo, where = 0, -1
    # grow the piece while it is still found (each extension starts its search where the last hit was)
    k = hay.find(run[i], start) if i < len(run) else -1
    while k >= 0:
        n = lo + 1
        while i + n <= len(run) and hay.startswith(run[i : i + n], k):
            n += 1
        if n - 1 > lo:
            lo, where = n - 1, k
        if i + lo >= len(run):
            break
        k = hay.find(run[i : i + lo + 1], k + 1)
    return lo, where


# A piece found further on in the body than its cursor must be this long (or the whole
# rest of its run) to count as held there, and this long to move the cursor: a dash or a
# single letter is found anywhere.
MIN_JUMP = 4


def _match_run(f: _Fields, run: str) -> str:
    """Match one run against the fields; return the characters no field holds."""
    lost: list[str] = []
    i = 0
    while i < len(run):
        rest = len(run) - i
        best = _at_cursor(f, run, i)
        where = f.cursor if best else -1
        for s in f.short:
            got, _ = _longest(run, i, s)
            if got > best:
                best, where = got, -1
        if best < min(rest, MIN_JUMP):  # neither at the cursor nor a short field's: further on?
            got, k = _longest(run, i, f.body, f.cursor)
            if got > best and got >= min(MIN_JUMP, rest):
                # a piece shorter than MIN_JUMP (a short run's whole rest, "EEU") is found
                # anywhere: it counts as held but leaves the cursor where it was
                best, where = got, (k if got >= MIN_JUMP else -1)
        if best == 0:
            lost.append(run[i])
            i += 1
            continue
        if where >= 0:
            f.cursor = where + best
        i += best
    return "".join(lost)


def lost_letters(text: str, page: Page, *, marks: bool = False) -> list[str]:
    """Descriptions of every run of input characters that no removal and no field holds.

    Only letters and digits count unless ``marks``: a separator the header reading drops
    ("• Outlet", "Outlet · 3h") is reported with ``marks=True`` but is no lost text.
    """
    covered = bytearray(len(text))
    for r in page.removed:
        covered[r.start : r.end] = b"\x01" * (r.end - r.start)
    owners = sorted(((a.span[0], a.span[1], k) for k, a in enumerate(page.articles)), key=lambda t: t[0])
    fields = [_fields(a) for a in page.articles]
    problems: list[str] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        runs: list[tuple[int, str]] = []
        a = None
        for k in range(start, start + len(line)):
            if covered[k] or text[k].isspace():
                if a is not None and covered[k]:
                    runs.append((a, text[a:k]))
                    a = None
                continue
            if a is None:
                a = k
        if a is not None:
            runs.append((a, text[a : start + len(line)]))
        for at, run in runs:
            owner = next((k for s, e, k in owners if s <= at < e), None)
            if owner is None:
                problems.append(f"{run.strip()[:60]!r} at {at} is in no article and no removal")
                continue
            lost = _match_run(fields[owner], squash(run))
            if not marks:
                lost = "".join(c for c in lost if c.isalnum())
            if lost:
                problems.append(f"{lost[:40]!r} of {run.strip()[:80]!r} at {at} is in no field of article {owner}")
    return problems
