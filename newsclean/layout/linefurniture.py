"""The furniture rule a short line gets by its text alone, kept by the text (see memo.py).

A page's generic layout (``layout.infer``) and, when no layout repeats, the one-story reading
(``layout.drop_interface_lines``) ask each short line a chain of questions: is it pagination,
an interface command, an icon's label, a logo's alt text, an image's file name, a class name,
a listing's heading, a shortcode? Each is a pattern or a word test over the line: the chain
costs some 120K instructions on a headline's length (pagination alone 60K; callgrind), about
45K a page averaged over the text benchmark, where infer runs on one page in eight. The
answers depend on the text alone, so they are kept by it, as memo.py keeps the line rules'
and the shapes': a page printing a line seen before (a site's pager, its "Load more", its
icons' names on every page of a batch) asks a dictionary. The two stages name their removals
apart (``layout.*``, ``layout.story-*``), so each keeps its own answers. Exact: the same tests
in the same order give the same rule.
"""

from __future__ import annotations

from ..headerlines import is_copyright_line
from ..memo import MEMO_MAX_CHARS, remember
from .furniture import (
    is_date_archive_heading,
    is_icon_label,
    is_image_file,
    is_listing_heading,
    is_logo_alt,
    is_markup_token,
    is_pagination,
    is_shortcode,
    is_summary_preamble,
    is_tag_or_search_heading,
    is_ui_command,
)
from .shapes import is_address, is_glyphs

# The id a one-story page's tag or search heading is removed under, which
# ``layout.listing_by_heading`` then reads from the ledger.
STORY_LISTING_HEADING = "layout.story-listing-heading"

# How a line stands, for furniture_rule: a time line, a bulleted item (its bullet's text), a
# line shaped as a headline (which a copyright notice needs) or any other line
TIME_LINE, BULLET_LINE, HEAD_LINE, PLAIN_LINE = range(4)
# furniture_rule's answers by text, one memo for each way a line stands
_FURNITURE: tuple[dict[str, str | None], ...] = ({}, {}, {}, {})
# interface_rule's answers by text
_INTERFACE: dict[str, str | None] = {}


def furniture_rule(text: str, stands: int) -> str | None:
    """The rule removing a line of a listing as its furniture by its text, standing as
    ``stands`` says (``TIME_LINE``, ``BULLET_LINE``, ``HEAD_LINE``, ``PLAIN_LINE``), or ``None``."""
    if len(text) > MEMO_MAX_CHARS:
        return _read_furniture(text, stands)
    memo = _FURNITURE[stands]
    if text in memo:
        return memo[text]
    return remember(memo, text, _read_furniture(text, stands))


def _read_furniture(text: str, stands: int) -> str | None:
    if stands == TIME_LINE:  # a time line is furniture only as a date archive's heading ("Archive for June 9th, 2025")
        return "layout.date-archive-heading" if is_date_archive_heading(text) else None
    if stands == BULLET_LINE:
        # a pager link printed as a list item ("- Go To Page 1" under economictimes.com's topic
        # cards) is pagination all the same; other bullet lines stay (a menu item can be a
        # story's tag, a list item a story's own)
        return "layout.pagination" if is_pagination(text) else None
    if is_pagination(text):
        return "layout.pagination"
    if is_ui_command(text):
        return "layout.ui-command"
    if is_icon_label(text):
        return "layout.icon-label"
    if is_logo_alt(text):
        return "layout.logo-alt"
    if is_image_file(text):
        return "layout.image-file"
    if is_markup_token(text):
        return "layout.markup-token"
    if stands == HEAD_LINE and is_copyright_line(text):
        return "layout.copyright-line"
    if is_listing_heading(text):
        return "layout.listing-heading"
    if is_date_archive_heading(text):
        return "layout.date-archive-heading"
    if is_summary_preamble(text):
        return "layout.summary-preamble"
    if is_shortcode(text):
        return "layout.shortcode"
    return None


def interface_rule(text: str) -> str | None:
    """The rule removing a short line of a one-story page as its site's interface by its
    text, or ``None`` (see ``layout.drop_interface_lines``)."""
    if len(text) > MEMO_MAX_CHARS:
        return _read_interface(text)
    if text in _INTERFACE:
        return _INTERFACE[text]
    return remember(_INTERFACE, text, _read_interface(text))


def _read_interface(text: str) -> str | None:
    if is_ui_command(text):
        return "layout.story-ui-command"
    if is_pagination(text):
        return "layout.story-pagination"
    if " " not in text and is_address(text):
        return "layout.story-address-line"
    if is_glyphs(text):
        return "layout.story-glyph-line"
    if is_icon_label(text):
        return "layout.story-icon-label"
    if is_logo_alt(text):
        return "layout.story-logo-alt"
    if is_image_file(text):
        return "layout.story-image-file"
    if is_markup_token(text):
        return "layout.story-markup-token"
    if is_tag_or_search_heading(text):
        return STORY_LISTING_HEADING
    if is_shortcode(text):
        return "layout.story-shortcode"
    return None
