"""Exceptions newsclean raises on purpose; anything else escaping ``extract()`` is a bug."""

from __future__ import annotations


class NewscleanError(Exception):
    """Base class of every error newsclean raises deliberately."""


class RulesError(NewscleanError, ValueError):
    """A rule file is malformed. The message names the file and the key at fault."""


class PageTooLarge(NewscleanError, ValueError):
    """The input is over the size limit (``max_bytes``); raised before any work is done."""
