"""Hostile-input benchmark: time per case at 1x and 4x size, and their ratio.

Linear code takes about 4x the time for 4x the input; the robustness target is a ratio
under 6. Run from the project root: ``python benchmarks/hostile.py [--scale 1.0]``.
Each case is timed as the best of a few runs so one noisy run does not decide.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import newsclean

Case = Callable[[int], str | bytes]


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
    "HTML ruby and kicker storm": lambda k: (
        "<html><body>" + "<h1><span class='k'>Kicker</span> A headline <ruby>字<rt>じ</rt></ruby></h1>" * (10_000 * k)
    ),
}


def best_time(source: str | bytes, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        newsclean.extract(source, max_bytes=256 * 1024 * 1024)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--only", help="run only cases whose name contains this")
    args = ap.parse_args()
    worst = 0.0
    print(f"{'case':32} {'size 1x':>10} {'1x s':>8} {'4x s':>8} {'ratio':>6}")
    for name, make in CASES.items():
        if args.only and args.only not in name:
            continue
        small, big = make(1), make(4)
        t1, t4 = best_time(small, args.repeat), best_time(big, args.repeat)
        ratio = t4 / t1 if t1 > 0 else 0.0
        worst = max(worst, ratio)
        print(f"{name:32} {len(small):>10,} {t1:8.3f} {t4:8.3f} {ratio:6.2f}", flush=True)
    print(f"worst 4x/1x ratio: {worst:.2f} (target < 6)")
    return 0 if worst < 6 else 1


if __name__ == "__main__":
    sys.exit(main())
