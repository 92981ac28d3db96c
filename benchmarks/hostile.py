"""Hostile-input benchmark: time per case at 1x and 4x size, and their ratio.

Linear code takes about 4x the time for 4x the input. Run from the project root:
``python benchmarks/hostile.py [--only NAME] [--repeat N]``. Each case is timed as the best
of a few runs so one noisy run does not decide.

``CASES`` stress the segmenting code: they run with no line limit (``max_lines``), or most
would be read as plain text and measure nothing of it; their target is a ratio under 6.
``SAFETY_CASES`` are the inputs of the safety issue (#25), run as a user's call runs them
(default limits, user rule files where the case says so), every 4x size within the default
``max_bytes``; their target is a ratio under 5. ``python benchmarks/hostile.py --memory``
reports the peak memory of each safety case at its 4x size, each in a fresh process.
"""

from __future__ import annotations

import argparse
import codecs
import gzip
import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import newsclean
from newsclean import batch

Case = Callable[[int], str | bytes]
UNLIMITED = {"max_bytes": 256 * 1024 * 1024, "max_lines": 1 << 40}


def _words(n: int) -> str:
    rng = random.Random(1)
    vocab = ["the", "council", "said", "on", "Monday", "SEOUL", "—", "PHOTO:", "AFP", "(", ")", "a"]
    return " ".join(rng.choice(vocab) for _ in range(n))


def _unicode(n: int) -> str:
    rng = random.Random(2)
    return "".join(chr(rng.randrange(0x20, 0x2FFF)) for _ in range(n))


def _bytes(n: int) -> bytes:
    return random.Random(3).randbytes(n)


# Sizes at 1x are the ones the robustness issue names; 4x multiplies them.
CASES: dict[str, Case] = {
    "2 MB line of words": lambda k: _words(470_000 * k),
    "200k lines of logo": lambda k: "logo\n" * (200_000 * k),
    "SEOUL — x250k one line": lambda k: "SEOUL — " * (250_000 * k),
    "300k unterminated [[nid:": lambda k: "[[nid:" * (300_000 * k),
    "100k glued AsiaOne3 days ago": lambda k: "AsiaOne3 days ago\n" * (100_000 * k),
    "PHOTO: storm": lambda k: "PHOTO: " * (100_000 * k),
    "( storm": lambda k: "(" * (1_000_000 * k),
    "1 MB random unicode": lambda k: _unicode(350_000 * k),
    "whitespace soup": lambda k: "\n \t \r \u00a0 \u2028" * (100_000 * k),
    "30k Related Articles blocks": lambda k: (
        (
            "Related Articles\n\nA headline\nA headline\n\nOutlet\n\ntime2 hours ago\n\n  • Outlet\n\n"
            "A headline\n\nA body sentence.\n\n"
        )
        * (30_000 * k)
    ),
    "80k nested divs": lambda k: "<div>" * (80_000 * k) + "text" + "</div>" * (80_000 * k),
    "random bytes (1 MB)": lambda k: _bytes(1_000_000 * k),
    "caption storm": lambda k: "A caption. PHOTO: AFP " * (50_000 * k),
    # paragraphs closed by source tags (layout.digest.source_tagged_items), each line a run of tags
    "source tag lines": lambda k: ("A sentence. " + "(Coast Post via Valley Times) " * 20 + "(AP)\n") * (5_000 * k),
    "two-space caption lines": lambda k: ("A caption.  PHOTO:  AFP  " * 20 + "\n") * (2_500 * k),
    "kicker lines": lambda k: ("ABC DEF: " + "word " * 30 + "\n") * (20_000 * k),
    "By lines": lambda k: "By Jane Roe and Sam Poe and " * (50_000 * k),
    "dateline soup": lambda k: "KUALA LUMPUR, Aug 14 (" * (50_000 * k),
    "newsletter call openings": lambda k: (
        ("Join our harbour weekly news " * 8 + "\n" + "Abonniere " * 30 + "\n") * (10_000 * k)
    ),
    "feed time lines": lambda k: (
        "Coast Post · 2025-06-10T14:30:00Z\n1 day 2 hours ago • 3 min read\n10.06.2025 1 1 1 1 1 1 1 1 1 1h\n"
        "3 hours ago · 3 hours ago · 3 hours ago · 3 hours ago · 3 hours ago · 3 hours ago · Post\n" * (30_000 * k)
    ),
    "repeated title lines": lambda k: "Council approves the new harbour budget\n" * (100_000 * k),
    # HTML with no date in its markup, so the labelled-date scan and htmldate both run
    "HTML date labels": lambda k: "<html><body>" + "<p class='date'>Stand: 12.03.2021</p>" * (20_000 * k),
    "HTML of bare dates": lambda k: "<html><body><p>" + "2021-03-04 " * (50_000 * k) + "</p></body></html>",
    "HTML nested sidebar wrappers": lambda k: (
        ("<div class='sidebar'>" * 20 + "<h1>Title</h1>" + "<p>Story text.</p>" * 6 + "</div>" * 20) * (2_000 * k)
    ),
    "HTML many classes": lambda k: "<html><body>" + "<div class='post-date meta time'>x</div>" * (20_000 * k),
    # every closing heading is followed by more story paragraphs: is the story resuming?
    "HTML closing headings in the story": lambda k: (
        "<html><body><article><h1>Title</h1>"
        + ("<p>" + "A sentence of the story goes on here. " * 4 + "</p>") * (4_000 * k)
        + ("<h2>Most Read</h2><p>" + "The story still goes on after the box. " * 4 + "</p>") * (4_000 * k)
        + "</article></body></html>"
    ),
    "HTML commenter bylines": lambda k: (
        "<html><body><h1>Title</h1><p>Story text.</p>"
        + "<div class='comments'>" * 200
        + "<span class='fn author'>Rolf Reader</span>" * (5_000 * k)
        + "</div>" * 200
        + "</body></html>"
    ),
    # open-web residue (issue 19): embed signatures without their handle's close, caption
    # credits that never close, ad labels and slashes between every sentence
    "embed and credit storm": lambda k: (
        "Title\n"
        + (
            "— Jane Roe (@jane A post shared by Sam (@sam pic.twitter.com/ Photo: Jane/ Roe/ Credit: A, B, "
            * (3_000 * k)
        )
        + "\n"
        + ("Story text goes on. Advertisement Hide Ad (Jane Roe/PA " * (3_000 * k))
        + "\n"
    ),
    "share rows and fact boxes": lambda k: (
        "Title\n"
        + "Facebook Twitter LinkedIn Email Facebook Twitter LinkedIn Email Facebook X Print\n" * (5_000 * k)
        + "Director: "
        + "a " * (20_000 * k)
        + "\n"
    ),
    # wire digests' lead-ins and coverage notes (layout/digest.py): every line an item, and one
    # line repeating the note's words
    "digest lead-ins and notes": lambda k: (
        "HARBOUR-FERRY — The council approved it today. By Jane Roe. SENT: 700 words.\n\n" * (2_000 * k)
        + "AB-CD — x "
        + "SENT: 1 words By Jane Roe " * (20_000 * k)
        + "\n"
    ),
    "HTML ruby and kicker storm": lambda k: (
        "<html><body>" + "<h1><span class='k'>Kicker</span> A headline <ruby>字<rt>じ</rt></ruby></h1>" * (10_000 * k)
    ),
}


STORY = "Harbour pier to be rebuilt\nThe council approved the plan on Monday, after two years of talks.\n"
# Decoding cases: paragraphs of fifty sentences, so the time is the decoder's, not the segmenter's.
PARAGRAPH = "The council approved the plan on Monday, after two years of talks. " * 50 + "\n"
SPANISH = "España gana el partido en Málaga. El niño y la señora celebran en la calle mayor. " * 50 + "\n"


def _rules(toml: str) -> newsclean.RuleSet:
    path = Path(tempfile.mkdtemp()) / "user.toml"
    path.write_text(toml, encoding="utf-8")
    return newsclean.load_rules(path)


@dataclass
class Safety:
    """A case of the safety issue: its input at size k, and the rule file it runs with."""

    make: Case
    rules: str | None = None
    compiled: list[newsclean.RuleSet] = field(default_factory=list)

    def ruleset(self) -> newsclean.RuleSet | None:
        if self.rules is None:
            return None
        if not self.compiled:
            self.compiled.append(_rules(self.rules))
        return self.compiled[0]


# 4x sizes stay within the default max_bytes (20 MB): the limits a user's call has.
SAFETY_CASES: dict[str, Safety] = {
    "x\\n lines (10M at 4x)": Safety(lambda k: "x\n" * (2_500_000 * k)),
    "short lines (1M at 4x)": Safety(lambda k: "".join(f"line {i:07d}\n" for i in range(250_000 * k))),
    "blank-line flood, then a story": Safety(lambda k: "\n" * (5_000_000 * k) + STORY),
    "markup tag flood": Safety(lambda k: "<html><body>" + "<p>x</p>" * (250_000 * k) + "</body></html>"),
    "UTF-16 without a BOM": Safety(lambda k: ("Pier\n" + PARAGRAPH * (150 * k)).encode("utf-16-le")),
    "UTF-8 BOM, then UTF-16": Safety(
        lambda k: codecs.BOM_UTF8 + ("Pier\n" + PARAGRAPH * (150 * k)).encode("utf-16-le")
    ),
    "undeclared cp1252 page": Safety(lambda k: ("Málaga\n" + SPANISH * (240 * k)).encode("cp1252")),
    "HTML that starts like a URL": Safety(
        lambda k: (
            "http://127.0.0.1:9/x<html><head><title>Pier</title></head><body><h1>Pier</h1><article>"
            + "<p>The_council_approved_the_plan_on_Monday,_after_two_years_of_talks.</p>" * (2_000 * k)
            + "</article></body></html>"
        )
    ),
    "user title suffix that backtracks": Safety(
        lambda k: "Harbour pier " + "a" * 40 + "!\n" + STORY * (3_000 * k),
        rules="[title_suffix]\nregex = ['(?P<category>(a|aa)+)$']\n",
    ),
    "user inline rule that backtracks, many blocks": Safety(
        lambda k: "A harbour story\n\n" + "\n\n".join(f"z Paragraph {i} " + "x" * 40 for i in range(2_000 * k)),
        rules="[[inline]]\nid = 'user.slow'\nregex = ['(x|xx)+z']\n",
    ),
    "user line rule that backtracks, many lines": Safety(
        lambda k: "Title\n" + ("a" * 40 + "b\n" + "A body sentence.\n") * (2_000 * k),
        rules="[[line]]\nid = 'user.slow'\nregex = ['(a|aa)+$']\n",
    ),
}


# Reading inputs in the batch path: a gzip bomb stops at max_bytes; a flood of blank lines in a
# record file is skipped by a scan. Each is prepared (not timed), then read (timed).
def _gzip_file(block: bytes, megabytes: int, tail: bytes = b"") -> Path:
    path = Path(tempfile.mkdtemp()) / ("bomb.txt.gz" if not tail else "records.jsonl.gz")
    with gzip.open(path, "wb", compresslevel=1) as fh:
        for _ in range(megabytes):
            fh.write(block)
        fh.write(tail)
    return path


def _read_bomb(path: Path) -> None:
    try:
        batch.read_page(path, newsclean.DEFAULT_MAX_BYTES)
    except batch.InputError:
        pass


def _read_records(path: Path) -> None:
    fh, _ = batch.open_regular(path)
    with fh, gzip.GzipFile(fileobj=fh) as stream:
        assert sum(1 for _ in batch.record_lines(stream.read, batch.record_limit(newsclean.DEFAULT_MAX_BYTES))) == 1


READ_CASES: dict[str, tuple[Callable[[int], Path], Callable[[Path], None]]] = {
    "gzip page bomb (64 MB unpacked at 1x)": (lambda k: _gzip_file(b"a" * (1 << 20), 64 * k), _read_bomb),
    "blank lines in a .jsonl.gz (64 MB at 1x)": (
        lambda k: _gzip_file(b"\n" * (1 << 20), 64 * k, tail=json.dumps({"text": STORY}).encode() + b"\n"),
        _read_records,
    ),
}


def best_time(source: str | bytes, repeat: int, **options: Any) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        newsclean.extract(source, **options)
        best = min(best, time.perf_counter() - t0)
    return best


def best_read(read: Callable[[Path], None], path: Path, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        read(path)
        best = min(best, time.perf_counter() - t0)
    return best


def _row(name: str, size: int, t1: float, t4: float) -> float:
    ratio = t4 / t1 if t1 > 0 else 0.0
    print(f"{name:48} {size:>12,} {t1:8.3f} {t4:8.3f} {ratio:6.2f}", flush=True)
    return ratio


def timings(args: argparse.Namespace) -> int:
    worst = worst_safety = 0.0
    print(f"{'case':48} {'size 1x':>12} {'1x s':>8} {'4x s':>8} {'ratio':>6}")
    for name, make in CASES.items():
        if (args.only and args.only not in name) or args.safety:
            continue
        small, big = make(1), make(4)
        t1, t4 = best_time(small, args.repeat, **UNLIMITED), best_time(big, args.repeat, **UNLIMITED)
        worst = max(worst, _row(name, len(small), t1, t4))
    for name, case in SAFETY_CASES.items():
        if args.only and args.only not in name:
            continue
        small, big = case.make(1), case.make(4)
        options = {"rules": case.ruleset()}
        t1, t4 = best_time(small, args.repeat, **options), best_time(big, args.repeat, **options)
        worst_safety = max(worst_safety, _row(name, len(small), t1, t4))
    for name, (prepare, read) in READ_CASES.items():
        if args.only and args.only not in name:
            continue
        small, big = prepare(1), prepare(4)
        t1, t4 = best_read(read, small, args.repeat), best_read(read, big, args.repeat)
        worst_safety = max(worst_safety, _row(name, small.stat().st_size, t1, t4))
    print(f"worst 4x/1x ratio: {worst:.2f} of the segmenting cases (target < 6), "
          f"{worst_safety:.2f} of the safety cases (target < 5)")  # fmt: skip
    return 0 if worst < 6 and worst_safety < 5 else 1


# The peak of one case, printed by a child; the child is started by a small launcher process,
# since Linux counts the memory of the process a child was forked from in its peak.
_LAUNCH = """
import os, subprocess, sys
proc = subprocess.Popen(sys.argv[1:])
_, status, usage = os.wait4(proc.pid, 0)
print(usage.ru_maxrss, flush=True)
"""


def peak(name: str) -> None:
    """In a child: build the case's 4x input, report the memory before and after extracting it."""
    import resource

    case = SAFETY_CASES[name]
    rules = case.ruleset()
    newsclean.extract("Warm-up title\nA warm-up sentence.\n", rules=rules)
    source = case.make(4)
    built = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    page = newsclean.extract(source, rules=rules)
    page.model_dump_json()
    print(len(source), built, flush=True)


def memory() -> int:
    print(f"{'case (4x size, default max_bytes)':48} {'input MB':>9} {'input built':>12} {'peak MB':>8}")
    for name in SAFETY_CASES:
        cmd = [sys.executable, "-c", _LAUNCH, sys.executable, __file__, "--peak", name]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.split()
        size, built, top = int(out[0]), int(out[1]), int(out[2])
        print(f"{name:48} {size / 1e6:9.1f} {built / 1024:10.0f} MB {top / 1024:8.0f}", flush=True)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--only", help="run only cases whose name contains this")
    ap.add_argument("--safety", action="store_true", help="only the cases of the safety issue")
    ap.add_argument("--memory", action="store_true", help="peak memory of each safety case at 4x, in fresh processes")
    ap.add_argument("--peak", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.peak:
        peak(args.peak)
        return 0
    return memory() if args.memory else timings(args)


if __name__ == "__main__":
    sys.exit(main())
