"""newsclean: scraped news pages in, clean typed articles out.

import newsclean
page = newsclean.extract(text, fetched_at=when_scraped)
for article in page.articles:
    print(article.role, article.title, article.outlet, article.body[:80])
"""

from __future__ import annotations

from .errors import NewscleanError, PageTooLarge, RulesError
from .models import Article, Dateline, Page, Removal
from .options import DEFAULT_MAX_LINES, Options
from .pipeline import DEFAULT_MAX_BYTES, extract
from .pipeline import normalize_source as normalize
from .rows import to_rows
from .rules import RuleSet, default_rules, load_rules
from .syndication import Cluster, cluster

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_MAX_BYTES", "DEFAULT_MAX_LINES", "Article", "Cluster", "Dateline", "NewscleanError", "Options", "Page",
    "PageTooLarge", "Removal", "RuleSet", "RulesError", "__version__", "cluster", "default_rules", "extract",
    "load_rules", "normalize", "to_rows",
]  # fmt: skip
