"""A proxy for unseen Daily8 pages: real pages of many outlets, reprinted the way Daily8 does.

Daily8 reprints the first part of other outlets' articles, so a story's body carries those
outlets' in-story furniture (captions with photo credits, "Advertisement", newsletter nags,
share rows, "Read more:" boxes). The 60 dev pages show only a few outlets' furniture. This
script builds a Daily8-shaped page from each real HTML page of ``../shared/corpus/html-dev``:

1. the page's text from trafilatura in a recall-leaning mode (``favor_recall``), so furniture
   that sits inside the story (captions, promo lines, share rows) survives, as in Daily8's
   reprints;
2. cut to the length of a Daily8 page (the scraper keeps about 2,000 characters, frame
   included), mid-word as a scraper cuts; a text shorter than that is closed by Daily8's own
   widgets ("Orange background", "Try Our AI Features", ..., "Related Articles");
3. wrapped in Daily8's frame as dev pages lay it out: "logo", the title (printed twice or
   once), the outlet glued to the age ("BBC News2 days ago"), then the body.

``newsclean.extract()`` runs on the result, and each page counts:

- leak: ``without`` snippets (furniture) present in the reprinted body that end up in the
  output's titles or bodies;
- loss: ``with`` snippets (the story's text) present in the reprinted body that are missing
  from the output's main body.

Pages are split by a fixed rule: sorted by file name, even index = ``tune``, odd = ``check``.
Tune on the tune half only; report both. The corpus is read only when present (beside the
project, as ``benchmarks/compare.py`` finds it); nothing of it is written anywhere.

    python benchmarks/reprints.py                     # both halves, one summary line each
    python benchmarks/reprints.py --half tune --show 20
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import newsclean  # noqa: E402

HTML_DEV = ROOT.parent / "shared" / "corpus" / "html-dev"

# What the scraper keeps of a Daily8 page (dev pages stop at 1,991 to 2,000 characters).
PAGE_CHARS = 2000
# Ages as Daily8 prints them after the outlet (dev pages).
_AGES = ("2 days ago", "3 hours ago", "20 hours ago", "45 minutes ago", "01-06-2025", "5 days ago")
# Daily8's widgets under a story that ends before the cut (dev pages), one per line.
_TAIL = (
    "Orange background",
    "Try Our AI Features",
    "Explore what Daily8 AI can do for you:",
    "Comments",
    "No comments yet...",
    "Related Articles",
)
# An outlet name as Daily8 prints it: short, no separators of a page title.
_OUTLET_MAX = 40


def norm(s: object) -> str:
    """Case, width and spacing folded, as ``score_html.py`` compares snippets."""
    s = unicodedata.normalize("NFKC", str(s or "")).casefold()
    return re.sub(r"\s+", " ", s).strip()


def _outlet(sitename: str | None, url: str) -> str:
    """The outlet's name: the page's site name when short, else its host's name."""
    if sitename and len(sitename) <= _OUTLET_MAX and not re.search(r"[|/».]", sitename):
        return sitename.strip()  # a publisher's name; a domain ("wien.orf.at") is not one
    host = urlsplit(url).hostname or "example.com"
    parts = [p for p in host.split(".") if p not in ("www", "m", "amp")]
    return (parts[-2] if len(parts) > 1 else parts[0]).capitalize()


def _text(html: bytes, url: str, title: str) -> tuple[str, str, str]:
    """The page's title, outlet and text, from trafilatura in a recall-leaning mode."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        favor_recall=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        deduplicate=False,
        with_metadata=True,
    )
    if doc is None:
        return title, _outlet(None, url), ""
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    text = get("text") or ""
    text = "\n".join(line.strip() for line in text.split("\n") if line.strip())
    return (get("title") or title or "").strip(), _outlet(get("sitename"), url), text


def reprint(index: int, title: str, outlet: str, text: str, chars: int = PAGE_CHARS) -> tuple[str, str]:
    """A Daily8-shaped page around ``text`` cut to ``chars``; returns the page and the body it carries."""
    age = _AGES[index % len(_AGES)]
    title = " ".join(title.split()) or "Untitled"
    if index % 2:
        head = f"logo\n\n{title}\n\n{outlet}{age}\n\n"
    else:
        head = f"logo\n{title}\n\n{title}\n\n{outlet}{age}\n"
    budget = max(0, chars - len(head))
    if len(text) > budget:
        body = text[:budget]
        return head + body, body
    return head + text + "\n" + "\n\n".join(_TAIL) + "\n", text


def _score(page: newsclean.Page, body: str, lab: dict) -> tuple[list[str], list[str], int, int]:
    main = page.main or (page.articles[0] if page.articles else None)
    got_body = norm(main.body if main else "")
    shown = norm(" ".join(f"{a.title or ''} {a.body or ''}" for a in page.articles))
    have = norm(body)
    withs = [s for s in lab["with"] if norm(s) and norm(s) in have]
    withouts = [s for s in lab["without"] if norm(s) and norm(s) in have]
    lost = [s for s in withs if norm(s) not in got_body]
    leaked = [s for s in withouts if norm(s) in shown]
    return lost, leaked, len(withs), len(withouts)


def pages(folder: Path, half: str) -> list[tuple[int, str, dict]]:
    """The labelled pages of ``half`` (sorted by file name: even index tune, odd check)."""
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    items = sorted(((lab["file"], url, lab) for url, lab in labels.items()), key=lambda t: t[0])
    chosen = []
    for i, (_, url, lab) in enumerate(items):
        if half == "all" or (half == "tune") == (i % 2 == 0):
            chosen.append((i, url, lab))
    return chosen


def run(folder: Path, half: str, show: int, chars: int = PAGE_CHARS, rules: tuple[str, ...] = ()) -> str:
    """Score one half; prints the worst ``show`` pages and returns the summary line.

    ``rules``: rule-id prefixes whose removals inside the reprinted body are counted and
    printed (which pages a shape fires on, and what it took).
    """
    leaks = withouts = losses = withs = crashes = 0
    failures = []
    fired: dict[str, list[str]] = {}
    for i, url, lab in pages(folder, half):
        title, outlet, text = _text((folder / lab["file"]).read_bytes(), url, lab.get("title") or "")
        page_text, body = reprint(i, title, outlet, text, chars)
        fake = "https://www.daily8.com/en/article/" + hashlib.md5(lab["file"].encode()).hexdigest()
        try:
            page = newsclean.extract(page_text, url=fake)
        except Exception:  # a crash counts every present snippet as failed
            crashes += 1
            continue
        lost, leaked, n_with, n_without = _score(page, body, lab)
        for r in page.removed if rules else ():
            if r.rule.startswith(rules):
                fired.setdefault(r.rule, []).append(f"{lab['file']}: {r.text[:100]!r}")
        leaks, withouts, losses, withs = leaks + len(leaked), withouts + n_without, losses + len(lost), withs + n_with
        if lost or leaked:
            failures.append((len(lost) + len(leaked), lab["file"], lost, leaked))
    for _, f, lost, leaked in sorted(failures, key=lambda t: (-t[0], t[1]))[:show]:
        print(f"- {f}: lost {lost} leaked {leaked}")
    for rule, hits in sorted(fired.items()):
        print(f"{rule}: {len(hits)} removals")
        for hit in hits[: max(show, 5)]:
            print(f"    {hit}")
    return (
        f"half={half} chars={chars} pages={len(pages(folder, half))} crashes={crashes} "
        f"leak={leaks}/{withouts} ({leaks / max(1, withouts):.3f}) "
        f"loss={losses}/{withs} ({losses / max(1, withs):.3f})"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=HTML_DEV, help="html-dev folder (labels.json)")
    ap.add_argument("--half", choices=("tune", "check", "both", "all"), default="both")
    ap.add_argument("--show", type=int, default=0, help="print the N worst pages of each half")
    ap.add_argument("--chars", type=int, default=PAGE_CHARS, help="page length (a longer cut shows more furniture)")
    ap.add_argument("--rules", type=str, default="", help="comma-separated rule-id prefixes: list their removals")
    ap.add_argument("--dump", type=str, default="", help="print the reprinted page of this file")
    args = ap.parse_args()
    if not (args.corpus / "labels.json").is_file():
        print(f"no corpus at {args.corpus}: nothing to measure")
        return 0
    if args.dump:
        for i, url, lab in pages(args.corpus, "all"):
            if lab["file"] == args.dump:
                title, outlet, text = _text((args.corpus / lab["file"]).read_bytes(), url, lab.get("title") or "")
                print(reprint(i, title, outlet, text, args.chars)[0])
        return 0
    halves = ("tune", "check") if args.half == "both" else (args.half,)
    prefixes = tuple(r.strip() for r in args.rules.split(",") if r.strip())
    lines = [run(args.corpus, h, args.show, args.chars, prefixes) for h in halves]
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
