"""Where the story ends: a closing heading ("Related", "Most Read"), unless the story goes on.

A story-closing heading of the rule files ends the story once most of it is behind us;
everything after it in the story's container is related links, tags, author boxes. A box
of such headings set *into* the story, with the story's own paragraphs carrying on below
it in the same container, ends nothing: the story then ends after its last paragraph.
"""

from __future__ import annotations

from bisect import bisect_right

from ..thresholds import FLOW_LINKS, RESUME_CHARS
from .blocks import Walk

FLOW_TAGS = frozenset(("p", "blockquote"))

Flow = tuple[str | None, str | None]  # a paragraph container's tag and class names
Flows = dict[Flow, tuple[list[int], list[int]]]


def flow_of(w: Walk, parent: int) -> Flow:
    """What a story paragraph's container is built like: sections of one story are built alike
    (numbers in their names count them: "article-section-0", "article-section-1")."""
    return w.tags.get(parent), w.shape(parent)


def flows(w: Walk, chosen: list[int]) -> Flows:
    """For each kind of container, its link-free story paragraphs: block indices and running lengths."""
    out: Flows = {}
    for j in chosen:
        b = w.blocks[j]
        if b.tag in FLOW_TAGS and b.link_density < FLOW_LINKS and len(b.ancestors) > 1:
            idx, cum = out.setdefault(flow_of(w, b.ancestors[-2]), ([], []))
            idx.append(j)
            cum.append((cum[-1] if cum else 0) + len(b.text))
    return out


def resumes(found: Flows, at: int, flow: Flow | None, min_chars: int = RESUME_CHARS) -> int | None:
    """The story's last paragraph, if its paragraphs go on after the closing heading at ``at``.

    A lookup in ``found`` (see :func:`flows`), so a page of many such headings stays linear.
    """
    if flow is None or flow not in found:
        return None
    idx, cum = found[flow]
    k = bisect_right(idx, at)
    after = cum[-1] - (cum[k - 1] if k else 0)
    return idx[-1] if k < len(idx) and after >= min_chars else None


def main_flow_end(found: Flows) -> int | None:
    """The last paragraph of the story's main flow (the kind of container holding the most
    paragraph text): teaser cards and widgets after it do not count as story to be read
    before a closing heading may end it."""
    if not found:
        return None
    idx, _ = max(found.values(), key=lambda f: f[1][-1])
    return idx[-1]
