"""The heuristic thresholds: every number a reading decision turns on, in one place.

Each is a named constant with a comment saying what it guards and the evidence for its
value: the pages or corpus it was measured on, or the commit that set it and, where nothing
was measured, that it was chosen by hand. The stages import them from here; no stage
compares with an inline number that decides what a line, a block or a page is (ruff's
PLR2004 holds the package to that, see ``pyproject.toml``).

Why constants and not fields of :class:`~newsclean.Options`: a threshold is part of what
the rules and heuristics were tuned and tested with, not a per-call setting. Changing one
means re-measuring the corpora (``docs/accuracy.md``), so it is an edit of this file, not an
argument; and reading them as module constants costs nothing on the hot path (a field of an
options object would have to be passed to, and looked up in, every stage). What a caller
may set per call (limits and strictness) is in :class:`~newsclean.Options`; the site
knowledge (phrases, outlets, agencies) in the rule files. ``docs/thresholds.md`` lists them
all, generated from this file by ``docs/gen_reference.py``.

Not here: limits that only bound the work on huge or hostile input (``Options``, and caps
named where they apply, such as ``html.rendering.MAX_DEPTH``), search windows sized to the
longest match of their own pattern, and calendar facts (``lexicon``).
"""

from __future__ import annotations

from typing import Final

# -- Decoding and paragraphs -----------------------------------------------------------

# [decode.py]
# A text is taken for UTF-8 with broken bytes when its valid non-ASCII characters outnumber
# the broken sequences this many times over (by chance, a single-byte text holds almost none).
UTF8_SHARE: Final = 2

# Text in UTF-16 has a zero byte in every other position wherever it is ASCII (markup, digits,
# spaces, Latin letters): a page whose sample is at least this share zero bytes, nearly all
# on one side, is UTF-16. Text in any 8-bit charset or UTF-8 holds no zero bytes, and random
# bytes hold 1 in 256.
UTF16_ZERO_SHARE: Final = 0.25
UTF16_ZERO_SIDE: Final = 0.9

# 8-bit text (ASCII, UTF-8, a Latin code page) is at least this share spaces and line breaks;
# UTF-16 holds those as two bytes, one of them zero, and CJK text in UTF-16 has a space byte
# only in one code unit of 256.
EIGHT_BIT_SPACES: Final = 0.05

# [para.py]
SINGLE_SPACED_MAX_GAPS: Final = 64  # two-space gaps a paragraph may have and still be read single-spaced

# -- Times and dates -------------------------------------------------------------------

# [timeparse.py]
TIME_LINE_WIDTH: Final = 90  # an outlet glued to a time: at most 60 + the longest time text

# Lines longer than this are prose, not header lines: the longest header line seen in the
# wide corpus ("By Stephanie Taylor, The Canadian Press on March 17th, 2023") is 61 characters.
FIND_TIME_WIDTH: Final = 120

# [dates.py]
# A time text longer than this is prose, not a stamp (the longest stamp in the corpora,
# "Mittwoch, 11. Juni 2025, 14:30 Uhr (MESZ)", has 40 characters): nothing longer is read.
TIME_TEXT_MAX_CHARS: Final = 80

# A whole line taken for a time by :func:`whole_time`: the longest such line in the seven
# languages, "Mittwoch, 11. Juni 2025, 14:30 Uhr (MESZ)", has 40 characters.
WHOLE_TIME_WIDTH: Final = 48

# Texts searched are cut to this many characters: a date that labels a page stands near
# the start of its block.
DATE_SEARCH_CHARS: Final = 2000

# -- Rule files ------------------------------------------------------------------------

# [rules.py]
# A date is found in at most this much of a published text (a label, then the date).
RULE_DATE_REACH: Final = 200

# Patterns this wide or narrower match headings and labels, not paragraphs (see line_rule).
SHORT_PATTERN_WIDTH: Final = 100

# -- Segmenting and headers ------------------------------------------------------------

# [segment.py]
# The site's links under a story's closing stamp ("06/14/2018 11:04" / "News, Photo and
# Web Search" / "Search News by Ticker", compuserve.com; "Terms of Use" / "Contact us"
# under a dated story elsewhere): a few short lines that are no sentence and no header.
FOOTER_MAX_LINES: Final = 4
FOOTER_MAX_WORDS: Final = 6

# An aggregator's bullet repeats an outlet or names a section: a few words ("South China
# Morning Post" is five); a longer bulleted line is a listing's title.
AGGREGATOR_BULLET_WORDS: Final = 5

# [header.py]
# The headline left must still be one: "Opinion | The Guardian" is no headline with a suffix.
SUFFIX_HEAD_MIN_WORDS: Final = 3

# -- Fields ----------------------------------------------------------------------------

# [fields.headlines.py]
PASTED_HEADLINE_MIN_WORDS: Final = 9
LIST_LABEL_MAX_WORDS: Final = 4

TEASER_LIST_MIN_EXCERPTS: Final = 2
MAX_TEASER_TITLE_WORDS: Final = 15
MAX_TEASER_META_WORDS: Final = 5

# [fields.inline.py]
# A headline is at most this long; the words after a longer run are the story's.
INLINE_HEADLINE_MAX_WORDS: Final = 30

# A story's sentence resumed after a headline runs on: a few capitalised words closing
# the line with no stop are the headline's own proper noun, not the story.
CLOSING_NAME_MAX_WORDS: Final = 3

# [fields.captions.py]
# What may follow a photo tag to the paragraph's end and still be only its credit: a few
# words with no sentence end inside ("REUTERS/Jane Roe", "Getty Images via CNN").
TAG_CREDIT_MAX_WORDS: Final = 6

CAPTION_MAX_WORDS: Final = 70

# [fields.credits.py]
# Credits sit in the last few hundred characters; never scan further back than this.
CREDIT_TAIL_CHARS: Final = 300

# [fields.residue.py]
# A statement longer than this is no ad call: give up rather than cut a paragraph away.
AD_CALL_MAX_CHARS: Final = 2000
# A statement the paragraph's end cuts off is taken to that end only when the rest is short
# and holds no sentence boundary (the ad calls seen are under 120 characters).
AD_CALL_CUT_OFF_MAX_CHARS: Final = 300

# -- Layout: line shapes ---------------------------------------------------------------

# [layout.shapes.py]
# Titles of news listings run 3 to about 26 words (the longest in the wide corpus's
# listings: 26, an insider.com headline); past 30 a line is a paragraph.
HEAD_MIN_WORDS: Final = 3
HEAD_MAX_WORDS: Final = 30
# A line ending in a full stop is a sentence once it has this many words; "Now faces the
# death penalty" (a newser.com standfirst, 5 words) has no stop and stays a heading.
PROSE_MIN_WORDS: Final = 8
# "The toss was delayed following rain.": a full stop ends a sentence from this many words;
# English and most European headline styles print none.
FULL_STOP_PROSE_WORDS: Final = 4
# Question and exclamation titles ("New Cabinet to be sworn in today?", "Bono the wall!"):
# up to this many words a "?" or "!" ends a headline, not a sentence.
QUESTION_TITLE_MAX_WORDS: Final = 16
# Past this many characters nothing is a headline (the longest listing title seen: 190).
HEAD_MAX_CHARS: Final = 250
# Section and outlet labels ("Politics", "Celebrity News", "JAPAN / Society") are this short.
LABEL_MAX_WORDS: Final = 3
LABEL_MAX_CHARS: Final = 40
# A header line is a time plus at most this many other words ("By Stephanie Taylor, The
# Canadian Press on March 17th, 2023": 7 around the date).
META_REST_WORDS: Final = 8
# Headlines carry at most two commas ("Madagascar, making history at Kasarani ..."); a long
# line with more is a sentence whose stop was cut off (by a link or the page's end).
CLAUSE_PROSE_WORDS: Final = 15
CLAUSE_PROSE_COMMAS: Final = 3
# A line this long ending in a single full stop is a sentence (the longest header line seen
# is 61 characters; titles end in no full stop).
SENTENCE_MIN_CHARS: Final = 80
# "The district council warned that the new bridge would ...": a sentence-case line cut off
# with an ellipsis is a teaser from this many words on (titles are in headline case).
CUT_SENTENCE_WORDS: Final = 6
# A truncated page's last line, cut mid-sentence, is a teaser once it is this long.
CUT_PROSE_WORDS: Final = 12

# A dateline's place in capitals has at least this many letters ("MCO: ..." is an acronym kicker).
PLACE_MIN_LETTERS: Final = 4

# URLs, e-mail addresses and slugs have no spaces; a number line ("12 : 30 / 45") a few.
JUNK_MAX_SPACES: Final = 6

# A time in words only ("today", "yesterday") ends headlines ("... case begins today"): it
# makes a header line only with this few words beside it ("Published today").
WORD_TIME_REST_WORDS: Final = 2

# Headline style capitalises most words ("MCO 2.0 SOP: Personal Vehicles Not Allowed To
# Deliver Goods"); sentence case capitalises few. Over this share of capitalised words
# (function words aside) a line is in title case.
TITLE_CASE_SHARE: Final = 0.6

# A header glued before its title, with no space on either side of the time: "India
# News17 hours agoCentre assures action ..." (apnlive.com's rail), "Sports2h agoTitle".
GLUED_HEADER_MAX_WORDS: Final = 4

# -- Layout: entries -------------------------------------------------------------------

# [layout.entries.py]
# An entry's header lines between its title and its prose: at most this many ("Outlet",
# "3 hours ago", "- Politics" on Daily8-like feeds; "By X on <date>" elsewhere).
MAX_HEADER_LINES: Final = 3
# A page shows a layout only when it repeats: fewer anchors are one story, not a listing.
MIN_ENTRIES: Final = 2
# A head signature must recur in at least this share of the gaps between entries to be
# the page's layout (one caption line before one title is no layout).
HEAD_AGREEMENT: Final = 0.5
# Titles of a bare list of headlines ("Related" boxes, video rails) have at least this
# many words; shorter runs of short lines are menus (miamiherald.com, compuserve.com).
TITLE_ONLY_MIN_WORDS: Final = 5
# A run of title-only lines is a list of other stories from this many titles on.
TITLE_LIST_MIN: Final = 2

# "Continue Reading" glued before a title printed again as its link (crikcrowd.com), "Read
# more:" before it: a label of this many words at most.
LINK_LABEL_MAX_WORDS: Final = 3

# Entries after the first that must show no standfirst before a lone "headline / headline /
# prose" at the page's top is read as the page's heading over its first entry.
HEADING_EVIDENCE_ENTRIES: Final = 1

# [layout.oneline.py]
# Fewer closed teaser lines than this in a row are an entry's own teaser, not a feed.
MIN_FEED_LINES: Final = 2

# A listing that prints no title at all, only a teaser per line (huffpost.com's topic pages:
# a heading, then one sentence per story): this many lines make it a feed of teasers.
TITLELESS_MIN_LINES: Final = 4

# Titleless entries closed by their header lines need at least this many to show the layout.
MIN_TRAILER_ENTRIES: Final = 2

# [layout.cards.py]
# Cards opening with the same word on this many lines: that word is the section.
MIN_KICKER_CARDS: Final = 3

OUTLET_SUFFIX_MAX_WORDS: Final = 4  # "The Sydney Morning Herald": the longest outlet name printed so

# -- Layout: page kind -----------------------------------------------------------------

# [layout.kind.py]
# "/news/canada/189", "/news/50": a page number, short, where a story id runs to 5+ digits.
PAGE_NUMBER_MAX_DIGITS: Final = 3
# Listing slugs: a section name of a few words ("national-news", "latest-health-news").
SECTION_SLUG_MAX_WORDS: Final = 3

# A lead story is this many times longer (in prose lines) than the entries after it; on a
# listing every entry has about the same teaser.
LEAD_RATIO: Final = 3
LEAD_MIN_PROSE: Final = 3
# Fewer entries than this with no URL to go by: an article with a few related stories.
LISTING_MIN_ENTRIES: Final = 3
# Without a URL, this share of the entries must print a header of their own (a time, a
# source, a section) for the page to be a listing.
STRONG_SHARE: Final = 2 / 3

# A host label this short ("ft", "ap") may spell an ordinary word of a heading.
SITE_NAME_MIN_LETTERS: Final = 4

# Words a URL slug shares with the headline of the story it names: "afghanistan-cricket-board-
# taliban-rashid-khan" and "Afghanistan Cricket Board says Taliban won't interfere ..." share
# four of six. A digest's slug ("your-evening-brief-...") names none of its entries.
SLUG_TITLE_SHARE: Final = 0.5

# With a URL that says neither listing nor article, this many entries of one or two
# paragraphs each, the first no longer than the rest, are a listing even without headers.
UNIFORM_MIN_ENTRIES: Final = 4
UNIFORM_MAX_PROSE: Final = 2

# -- Layout: furniture, decorations and header lines -----------------------------------

# [layout.furniture.py]
# A bare section heading is this short ("Celebrity News", "Science & Health").
SECTION_HEADING_MAX_WORDS: Final = 4

UI_COMMAND_MAX_WORDS: Final = 5

# A headline-shaped line printed on this many entries of one page is the page's furniture
# ("Be the first to comment!" under every entry of medicinehatnews.com, a "Progress" or
# score widget): a title is printed at most three times, around its own header.
RECURRING_MIN: Final = 3

LISTING_HEADING_MAX_WORDS: Final = 6

# [layout.decor.py]
# A decoration is short: a site's name or a section, at most this many words.
DECORATION_MAX_WORDS: Final = 4
# A decoration recurring on this many of a page's titles is the page's, not a title's words.
RECURRING_DECORATION: Final = 2

# A title glued to its teaser with no space: "... for the Harambee StarsFor the first time
# ever, Kenya ..." (search results on MSN-style pages). The title side has this many words
# at least, its last word two lower-case letters before the glue (not "McDonald").
GLUED_TITLE_MIN_WORDS: Final = 5

# [layout.metaline.py]
PLACE_MAX_WORDS: Final = 3  # "Adelaide", "New Delhi", "Rio de Janeiro"
WRITER_MAX_WORDS: Final = 4  # "Subodh Mayure", "A Correspondent", "Press Trust of India"

# [layout.fill.py]
# A marker is taken off only when a title of at least this many characters stays.
TITLE_AFTER_MARKER_MIN: Final = 12

# -- Layout: article pages -------------------------------------------------------------

# [layout.__init__.py]
# Header lines an article's own story may print above its title (section, date, byline).
LEAD_HEAD_LINES: Final = 3

# A story page opening with its own header lines above the title: at most this many.
STORY_HEAD_LINES: Final = 3
# The title of such a page has at least this many words (headlines run 6-15).
STORY_TITLE_MIN_WORDS: Final = 5

# A story's subheadings are followed by paragraphs; a list of other stories after it prints
# one teaser line (or none) under each title, down to the page's end.
RELATED_MAX_PROSE: Final = 1

# A recurring furniture line is short; titles printed again are longer than this seldom matter.
RECURRING_MAX_CHARS: Final = 60

# Furniture lines are short; a paragraph is never one.
FURNITURE_MAX_CHARS: Final = 90

# A run of this many one-word labels, line after line, is a menu of tabs ("Exclusive" /
# "Publication" / "Byline" over htsyndication.com's lists; "Home" / "News" / "Sport" over
# many a scraped page), not a section heading: a heading is one line, maybe under a crumb.
MENU_MIN_LABELS: Final = 3

# -- HTML: blocks and metadata ---------------------------------------------------------

# [html.blocks.py]
BLOCK_ANCESTORS: Final = 24
# Where a page prints the byline and date: up to 4 blocks above its <h1> (breadcrumbs, a
# kicker, a date line) and 9 below it (standfirst, byline, date, photo credit); without an
# h1, among the page's first 12 blocks.
TITLE_ZONE_ABOVE: Final = 4
TITLE_ZONE_BELOW: Final = 10
TITLE_ZONE_NO_H1: Final = 12

WRAPPER_STORY_PARAGRAPHS: Final = 5

# [html.meta.py]
MIN_BIO: Final = 40

# [html.dates.py]
DATE_SECTION_MAX_WORDS: Final = 3

DATE_LABEL_REACH: Final = 16  # characters between the label and its date ("Fr, ", "Monday, ")

# [html.vote.py]
# Below this support (one markup source alone, or visible dates that disagree) htmldate is
# asked too: its wider search settles most such pages, and asking it on every page would
# cost more than the rest of the HTML path.
CONFIDENT_DATE: Final = 2.5

# [html.published.py]
NEAR_TITLE_CHARS: Final = 400  # a longer block near the headline is story text, whose dates are events

# -- HTML: the story's extent ----------------------------------------------------------

# [html.extent.py]
HINT_MIN_TEXT: Final = 250  # a markup-named container needs this much story text to be believed
HINT_SHARE: Final = 0.8  # ... and a score this close to the best container's
HINTS_READ: Final = 70  # markup hints past the first 70 are teasers of a listing
SIBLING_SHARE: Final = 0.25  # sibling boxes join when they add this share of the story's text
STANDFIRST_REACH: Final = 12  # the standfirst stands within this many blocks under the headline
STANDFIRST_MIN_WORDS: Final = 6
STANDFIRST_LINKS: Final = 0.3  # a standfirst is not mostly links
LINK_LIST: Final = 0.5  # a block more than half links is a link list, unless it is long prose
LINK_PROSE_CHARS: Final = 300
CELL_CHARS: Final = 25  # a list item or table cell shorter than this is a label or a button

# [html.containers.py]
FURNITURE_PENALTY: Final = 0.5  # furniture text counts half against a container
CONTAINER_TIE: Final = 0.03  # containers within 3% of the best score hold the same story: the innermost wins

CARD_CHARS: Final = 400  # a headline and a summary of a sentence or two
CARD_BLOCKS: Final = 6
LINKED_TITLE_LINKS: Final = 0.8  # a line this much link, of a few words, is a linked headline
LINKED_TITLE_WORDS: Final = 3
TEASER_CARDS: Final = 3  # this many cards side by side make a list of teasers
TEASER_SHARE: Final = 0.6  # ... when they hold most of their container's text (a story with boxes set in does not)

# [html.closing.py]
FLOW_LINKS: Final = 0.3  # a story paragraph is not mostly links
RESUME_CHARS: Final = 500  # this much story text after a closing heading means the story goes on
# After a box of related links or comments the markup names as such (and the walk skipped),
# one paragraph built like the story's own means the story goes on: news sites set such
# boxes into their stories ("Related: ..."), often shortly before the last paragraph.
RESUME_AFTER_BOX: Final = 1
CLOSING_END_SHARE: Final = 0.5  # a closing heading ends the story only after this share of its text

# [html.edges.py]
EDGE_LINE_CHARS: Final = 80  # an edge line is short; a longer block is a paragraph whatever it ends with
SHORT_PROSE_WORDS: Final = 4  # a line of this many words ending in a sentence end is prose, however short
EDGE_SHARE: Final = 0.2  # edge lines above this share of the story's text mean the page is no plain story
EDGE_WORDS: Final = 6  # a longer line without a sentence end is a subtitle or a list's entry, not a label

# -- HTML: story furniture -------------------------------------------------------------

# [html.story.py]
SITE_NAME_CHARS: Final = 80  # a block this short that is only the site's name is a label
STAMP_CHARS: Final = 90  # a time line ("Updated March 4, 2024 10:00 AM") is short
DOWNLOAD_CHARS: Final = 240
FIGURE_LABEL_CHARS: Final = 400
CAPTION_LABEL_WORDS: Final = 4  # after "Foto:", more words than this are a caption, fewer a credit
BYLINE_PARAS: Final = 3  # a printed byline stands among the story's first paragraphs
TAGLINE_SHARE: Final = 0.8  # an author's tagline stands under the story: after this share of its text

# [html.bylines.py]
META_LINE_WORDS: Final = 14  # a byline or meta line near the headline is short; a longer block is story
BYLINE_PARA_WORDS: Final = 16  # a byline paragraph inside the story
BYLINE_PARA_CHARS: Final = 300

BYLINE_EDGE_PARAS: Final = 3  # paragraphs at either end of the story where a printed byline stands

TAGLINE_CHARS: Final = 600

# [html.captions.py]
CREDIT_WHO_MAX_CHARS: Final = 60  # before the slash: the photographer
CREDIT_AFTER_SERVICE_MAX_CHARS: Final = 30  # after the service's name: ".com", " Plus", "/Getty Images"

CREDITED_CAPTION_MAX_WORDS: Final = 45  # a credited block longer than this is a paragraph that mentions a photo
OVER_CREDIT_CHARS: Final = 100  # a caption over a bare credit line is a short line
BARE_CREDIT_MAX_CHARS: Final = 80  # a bare "© Name" credit line

# -- HTML: the second opinion ----------------------------------------------------------

# [html.doubt.py]
LITTLE_TEXT: Final = 120
SHORT_STORY: Final = 500
RIVAL_SHARE: Final = 0.5
# trafilatura's cost grows with the page's elements: on html-dev's largest doubtful page (636
# block containers) it took 145 ms, as long as ten median pages of the whole fast path. Above
# this many containers (more than 95% of html-dev's pages have fewer) only a page with next
# to no text is worth that.
ASK_CONTAINERS: Final = 500

# [html.agreement.py]
AGREEMENT_REACH: Final = 3  # trafilatura's paragraphs this close to the agreed core continue it
AGREEMENT_TAKE_OVER: Final = 2  # trafilatura's story text must be this many times the fast path's to replace it
AGREEMENT_LONG_BLOCK: Final = 80  # a block this long that is not links reads as a paragraph

# [html.second_opinion.py]
SHORT_KEY: Final = 40  # a block with fewer letters than this is matched only near where the last match ended
SHORT_REACH: Final = 300  # ... within this many characters of trafilatura's text
EDGE_KEY: Final = 60  # a long block trafilatura trimmed still matches by its first or last 60 characters
LONG_REACH: Final = 20_000  # a long block is looked for this far after the cursor first

WHOLE_UNMATCHED: Final = 0.1  # a structured-data text with more than this share not on the page is not the page's

MARKUP_BODY: Final = 500  # a shorter JSON-LD articleBody is an excerpt (a teaser, a paywall's first lines)

# [html.extract.py]
# Where the fast path found next to nothing and most of trafilatura's text is in no block of
# the page (text the walk never reads), trafilatura's paragraphs are the answer, unaudited.
UNMATCHED_SHARE: Final = 0.5

# [html.aggregator.py]
AGGREGATOR_SITE_RULES: Final = 3  # this many distinct site-file rules on a page make it an aggregator's
AGGREGATOR_SECTION_RULES: Final = 2  # ... or this many when one of them marks a section
SITE_RULE_LINE_CHARS: Final = 120  # a site rule's line (a widget, a section marker) is short

# -- Rule suggestions (newsclean rules suggest) ----------------------------------------

# [rulesuggest.py]
# A rule is what recurs: on at least this many distinct pages, and on a third of them.
SUGGEST_MIN_PAGES: Final = 3
SUGGEST_MIN_SHARE: Final = 1 / 3
# Furniture lines are short: a banner, a button, a label (the longest seen in the corpora's
# chrome is about 70 characters); longer recurring lines are a story printed twice.
SUGGEST_LINE_MAX_CHARS: Final = 80
SUGGEST_LINE_MAX_WORDS: Final = 10
# A title affix is a site's or a section's name: a few words.
SUGGEST_AFFIX_MAX_WORDS: Final = 5
# Header lines right above or under a title: at most this many (as layout/entries.py reads them).
SUGGEST_HEADER_LINES: Final = 3
# A [layout] header hint is proposed when this share of the pages that print header lines agree.
SUGGEST_HEADER_AGREEMENT: Final = 2 / 3

# Date lines are short ("Wednesday, 11 June 2025, 16:48 GMT+8" is 36 characters).
SUGGEST_DATE_LINE_MAX_CHARS: Final = 60
