"""Is this HTML page an aggregator's (a feed of other outlets' stories) or an ordinary one?

An aggregator page's furniture is in the site rule files (section markers, widgets, an
outlet and its time over each story); the text pipeline reads such pages, so HTML and text
versions of a page give the same articles. The pipeline asks :func:`may_be_aggregator`
first (cheap), runs the text pipeline on the rendering only then, and lets
:func:`is_aggregator` judge its result against the markup.
"""

from __future__ import annotations

from ..models import Page
from ..rules import RuleSet
from ..thresholds import AGGREGATOR_SECTION_RULES, AGGREGATOR_SITE_RULES, MIN_ENTRIES, SITE_RULE_LINE_CHARS
from .meta import Meta, is_author
from .title import headline

# Rule ids of the generic rule files: furniture of any page, no evidence of an aggregator.
_GENERIC = ("common.", "web.", "heuristic.", "byline.", "credit.")


def _flat(meta: Meta) -> bool:
    """No headline, no Open Graph, no ``<h1>``: a page saved as text in tags."""
    return not (meta.h1 or meta.logo or meta.headline or meta.site_name)


def may_be_aggregator(rendering: str, rules: RuleSet, meta: Meta) -> bool:
    """A cheap look for aggregator evidence: flat markup, or a site rule's line on the page."""
    if _flat(meta):
        return True
    for line in rendering.split("\n"):
        if len(line) < SITE_RULE_LINE_CHARS:
            hit = rules.line_rule(line)
            if hit is not None and not hit[0].startswith(_GENERIC):
                return True
    return False


def is_aggregator(page: Page, rules: RuleSet, meta: Meta) -> bool:
    """The text pipeline recognised an aggregator page: a section marker of a rule file,
    or aggregator furniture (rules of a site file, not the generic ones) around its story."""
    site = {r.rule for r in page.removed if not r.rule.startswith(_GENERIC)}
    if len(site) >= AGGREGATOR_SITE_RULES or (
        len(site) >= AGGREGATOR_SECTION_RULES and any(rules.is_section_rule(h) for h in site)
    ):
        return True
    main = page.main
    if site and main is not None and main.outlet and main.published_text and not is_author(main.outlet, meta):
        return True  # an aggregator's own header ("Outlet3 days ago") around the story
    if page.kind == "listing" and site:
        return True
    # Flat markup is an aggregator page too when the text pipeline finds more stories than
    # one with a time or section among them, or a story under an outlet's time: no markup
    # says otherwise.
    return _flat(meta) and (
        page.kind == "listing"
        or bool(site)  # a site file's furniture, and no markup to say otherwise
        or (len(page.articles) >= MIN_ENTRIES and any(a.published_text or a.category for a in page.articles))
        or (main is not None and bool(main.outlet) and bool(main.published_text))  # "Outlet / 3 hours ago" over it
    )


def with_markup_fields(page: Page, meta: Meta) -> Page:
    """The aggregator page's main story, its empty fields filled from the page's markup."""
    main = page.main
    if main is not None:
        if not main.title:
            main.title = headline(meta)
        if not main.outlet:
            main.outlet = meta.site_name
        if not main.category:
            main.category = meta.section
        if not main.byline and meta.authors:
            main.byline = list(meta.authors)
        if main.published_at is None and meta.published is not None:
            main.published_at = meta.published
            main.published_text = main.published_text or meta.published_text
    return page
