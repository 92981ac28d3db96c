"""A paragraph that field extractors cut pieces out of, without losing where anything was.

Extractors see the paragraph's current text (what is left after earlier cuts) and cut
ranges of it, either as chrome (recorded in the ledger with a rule id) or as text moved
into a field (a caption, a byline). The paragraph maps every cut back to offsets in the
normalised page, which is what makes ``page.removed`` auditable and the accounting
invariant (every character is in a field or in ``removed``) checkable.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from .models import Removal, TraceEvent, built
from .needles import printable
from .thresholds import SINGLE_SPACED_MAX_GAPS


def _single_spaced(src: str) -> list[tuple[int, int]]:
    """Pieces of ``src`` that leave out every space after the first of a run.

    The extractors' patterns expect one space between words, as nearly all pages have;
    pages typed with two after a full stop would otherwise lose the caption or dateline
    behind it. Spaces are not text, so leaving them out of the view costs no accounting.
    """
    pieces: list[tuple[int, int]] = []
    a = 0
    i = src.find("  ")
    while i >= 0:
        pieces.append((a, i + 1))
        a = i + 1
        while a < len(src) and src[a] == " ":
            a += 1
        i = src.find("  ", a)
    pieces.append((a, len(src)))
    return [(x, y) for x, y in pieces if y > x]


def more_words_than(text: str, n: int) -> bool:
    """Whether ``text`` has more than ``n`` words (as ``len(text.split()) > n``). Why: a full
    split builds one string a word, some 350 instructions each; a bounded one stops after
    ``n + 1`` words, and a paragraph of sixty words is tested against ten for a sixth."""
    return len(text.split(None, n)) > n


@dataclass
class Ledger:
    """Every removal of one page, in the order made; sorted and checked at the end.

    With ``trace`` a list (``extract(..., trace=True)``), every decision is also recorded
    there, removals and kept lines alike; with ``None`` nothing is, at no cost.
    """

    removals: list[Removal] = field(default_factory=list)
    trace: list[TraceEvent] | None = None
    # rules.py hook: heuristic ids a rule file disables (``disable = [...]``). Their removals
    # are not made: :meth:`Para.cut_many` leaves the text in its paragraph, and text removed
    # through :meth:`remove` (whole lines, header pieces) is kept here as (start, text) for
    # the pipeline to put back where it stood (``newsclean.keep``).
    disabled: frozenset[str] = frozenset()
    kept: list[tuple[int, str]] = field(default_factory=list)

    def remove(self, text: str, start: int, rule: str) -> bool:
        """Record ``text`` (found at ``start`` of the page) as removed, trimmed of spaces.

        Returns ``False`` when a rule file disabled ``rule``: the text is kept instead.
        """
        lead = len(text) - len(text.lstrip())
        core = text.strip()
        if self.disabled and rule in self.disabled:
            if core:
                self.kept.append((start + lead, core))
                if self.trace is not None:
                    self.note(rule, start + lead, core, "kept: a rule file disables this rule")
            return False
        if core:
            s = start + lead
            # built by us from checked offsets: no per-removal validation needed
            self.removals.append(built(Removal, text=core, rule=rule, start=s, end=s + len(core)))
            if self.trace is not None:
                self.note(rule, s, core, "removed")
        return True

    def remove_rest(self, text: str, start: int, rule: str) -> None:
        """Record the parts of ``text`` (at ``start``) that no removal made so far covers.

        Why: a rule that accounts for a whole line after other rules may already have taken
        pieces of it (a heading read as "Site | Section" whose site part went as the site's
        name) must not record those letters twice: removals never overlap (``Page.removed``).
        """
        end = start + len(text)
        taken = sorted((r.start, r.end) for r in self.removals if r.start < end and r.end > start)
        at = start
        for s, e in [*taken, (end, end)]:
            if s > at:
                self.remove(text[at - start : s - start], at, rule)
            at = max(at, e)

    def note(self, rule: str, start: int, text: str, decision: str) -> None:
        """Record a decision about ``text`` at ``start`` (only when tracing)."""
        if self.trace is not None:
            self.trace.append(
                built(TraceEvent, rule=rule, start=start, end=start + len(text), text=text, decision=decision)
            )


class Para:
    """One paragraph's text, with the pieces still kept as (start, end) offsets into it."""

    # ``text``: what is left of the paragraph (may hold double spaces where cuts were made).
    # A plain attribute, not a property: the extractors read it over a hundred times a page,
    # and only ``_refresh`` writes it.
    __slots__ = ("_clean", "_cum", "_pieces", "_printable", "after_end", "alive", "own", "src", "start", "text")

    def __init__(self, start: int, src: str, printable_src: bool = False) -> None:
        """``printable_src``: the caller knows ``src`` is printable (a line of a page
        ``decode.printable_page`` vouches for); every text left of it then is too."""
        self.start = start
        self.src = src
        self._printable = printable_src
        self.after_end = False  # right after a closing heading ("Read more"): a link list may start here
        self.own = False  # the story's own (a subhead the markup marks, a kept embed): never a pasted headline
        self._pieces: list[tuple[int, int]] = [(0, len(src))] if src else []
        self._clean: str | None = None
        self.text = src  # what _refresh would compute for one whole piece
        self._cum = [0] if src else []
        self.alive = not src.isspace() and bool(src)
        # typed "end.  Next": extractors see one space, offsets still map back. Every cut
        # rebuilds the pieces, so a paragraph of thousands of gaps keeps its spaces.
        if "  " in src and src.count("  ") <= SINGLE_SPACED_MAX_GAPS:
            self._pieces = _single_spaced(src)
            self._refresh()

    def _refresh(self) -> None:
        self._clean = None
        self.text = "".join([self.src[a:b] for a, b in self._pieces])  # a list: join() makes one of a generator
        self.alive = bool(self.text) and not self.text.isspace()  # read by Draft.live() often
        cum, total = [], 0
        for a, b in self._pieces:
            cum.append(total)
            total += b - a
        self._cum = cum

    def unbroken_at(self) -> int | None:
        """The page offset of the current text when it is one unbroken piece of the source
        line (no cut inside it yet), else ``None``: such a text is a piece of the page."""
        pieces = self._pieces
        return self.start + pieces[0][0] if len(pieces) == 1 else None

    @property
    def clean(self) -> str:
        """What is left, with runs of spaces collapsed: the paragraph as a reader sees it."""
        if self._clean is None:
            t = self.text
            # printable text has no whitespace but " ": without doubled or outer spaces it is clean
            plain = (self._printable or printable(t)) and "  " not in t and t[:1] != " " and t[-1:] != " "
            self._clean = t if plain else " ".join(t.split())
        return self._clean

    def _src_ranges(self, vs: int, ve: int) -> list[tuple[int, int]]:
        """Offsets into ``src`` covered by the view range [vs, ve)."""
        out: list[tuple[int, int]] = []
        if ve <= vs:
            return out
        i = bisect_right(self._cum, vs) - 1
        while i < len(self._pieces) and vs < ve:
            a, b = self._pieces[i]
            off = vs - self._cum[i]
            take = min(b - a - off, ve - vs)
            if take > 0:
                out.append((a + off, a + off + take))
                vs += take
            i += 1
        return out

    def cut(self, vs: int, ve: int, rule: str | None, ledger: Ledger | None) -> str:
        """Take [vs, ve) of the current text out; record it as chrome when ``rule`` is given.

        Returns the text taken (spaces collapsed), for callers moving it into a field.
        """
        vs, ve = max(0, vs), min(len(self.text), ve)
        taken = " ".join(self.text[vs:ve].split())
        self.cut_many([(vs, ve, rule)], ledger)
        return taken

    def cut_many(self, spans: Sequence[tuple[int, int, str | None]], ledger: Ledger | None) -> None:
        """Cut several sorted, non-overlapping view ranges at once (one rebuild, linear)."""
        ranges: list[tuple[int, int]] = []
        last = -1
        for vs, ve, rule in spans:
            vs, ve = max(vs, last, 0), min(ve, len(self.text))
            if ve <= vs:
                continue
            if rule is not None and ledger is not None and ledger.disabled and rule in ledger.disabled:
                if ledger.trace is not None:  # a rule file disabled this removal: the text stays
                    for a, b in self._src_ranges(vs, ve):
                        ledger.note(rule, self.start + a, self.src[a:b], "kept: a rule file disables this rule")
                continue
            last = ve
            got = self._src_ranges(vs, ve)
            if rule is not None and ledger is not None:
                for a, b in got:
                    ledger.remove(self.src[a:b], self.start + a, rule)
            ranges.extend(got)
        if not ranges:
            return
        kept: list[tuple[int, int]] = []
        j = 0
        for a, b in self._pieces:
            while j < len(ranges) and ranges[j][1] <= a:
                j += 1
            k = j
            while k < len(ranges) and ranges[k][0] < b:
                ra, rb = ranges[k]
                if ra > a:
                    kept.append((a, ra))
                a = max(a, rb)
                k += 1
            if a < b:
                kept.append((a, b))
        self._pieces = kept
        self._refresh()

    def abs_range(self, vs: int, ve: int) -> tuple[int, int] | None:
        """Page offsets spanning the view range [vs, ve), or ``None`` if it is empty."""
        ranges = self._src_ranges(vs, ve)
        if not ranges:
            return None
        return self.start + ranges[0][0], self.start + ranges[-1][1]

    def cut_all(self, rule: str | None, ledger: Ledger | None) -> str:
        return self.cut(0, len(self.text), rule, ledger)

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Para({self.start}, {self.clean[:60]!r})"
