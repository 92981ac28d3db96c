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

# "Set in <commit>": the value came with that commit, as part of the change it describes,
# and was not measured on its own; the corpora it was checked against are those the commit
# names ("git show <commit>"). The commits cited so:
#   f979a27  the first pipeline (decode, classify, segment, fields): values chosen by hand on
#            Daily8-like aggregator pages, held to dev 60/60 and seeds 5/5 ever since
#   e81d295  the generic layout: tuned together on the wide corpus's tune half (fields 0.17
#            -> 0.49, check half 0.51)
#   49b2823, 395a2fd, 466c6ac, 3c8bbf6, 1896208, 0fbc988, 7596905  widenings of the generic
#            layout (heads, bullets, generated layouts, a test per rule, datelines, one-story
#            pages, the open-web audit); their corpus numbers are in their messages
#   f71fa77  one-line feeds (wide tune 0.61 -> 0.84, check 0.56 -> 0.61); 6b603ca one-line
#            cards (tune 0.84 -> 0.885); f1ab87e digests and alike entries (check 0.61 -> 0.66);
#            e934abe titleless feeds; 3380c50 glued times (tune 0.923 -> 0.954)
#   28c160f  open-web shapes (issue 18), tuned on the wide corpus's tune half
#   357437a  a speed change that named the widths it tested first (outputs unchanged)
#   bf7beb6  the first HTML path: values chosen by hand, held to html-dev's F1 since
#   c7fc014  html/extract.py split by job: names given to numbers that stood inline in
#            extract.py (chosen by hand as the HTML path grew from bf7beb6); output unchanged
#   1fdd460, d5bd3b9, dd08ab6, 124b8a0, 19119fe, 1766d19  trafilatura's second opinion and
#            the agreement between the two readings, checked on html-dev (dd08ab6 measured
#            the cost: 145 ms on html-dev's largest doubtful page)
#   9a4485a, 0d86e17, b357b28, a272c02, d22e601, 7f19478, ba91134, 1523eec  HTML story
#            extent, closing boxes, sibling boxes, lead boxes, bylines, author boxes, dates
#            (0d86e17: html-dev recall 0.961 -> 0.964; d22e601: html-dev author from 0.789)
#   5213d60, 9393b2c  the dates module and whole-line times in seven languages
#   2d9db68, 237c371, 769f0eb  decoding: broken UTF-8, BOM-less UTF-16, a UTF-16 mark before
#            8-bit text, each on the bytes of the case it fixed
#   27a69b3  'newsclean rules suggest', chosen by hand
#   other commits are cited where their value is explained

# -- Decoding and paragraphs -----------------------------------------------------------

# A text is taken for UTF-8 with broken bytes when its valid non-ASCII characters outnumber
# the broken sequences this many times over (by chance, a single-byte text holds almost none).
# Set in 2d9db68.
UTF8_SHARE: Final = 2

# Text in UTF-16 has a zero byte in every other position wherever it is ASCII (markup, digits,
# spaces, Latin letters): a page whose sample is at least this share zero bytes, nearly all
# on one side, is UTF-16. Text in any 8-bit charset or UTF-8 holds no zero bytes, and random
# bytes hold 1 in 256.
# Set in 237c371.
UTF16_ZERO_SHARE: Final = 0.25
UTF16_ZERO_SIDE: Final = 0.9

# ... and it holds at least this many zero bytes whatever its length: two UTF-16 characters
# of ASCII (237c371, chosen by hand; a short sample's share alone says little).
UTF16_MIN_ZEROS: Final = 4

# 8-bit text (ASCII, UTF-8, a Latin code page) is at least this share spaces and line breaks;
# UTF-16 holds those as two bytes, one of them zero, and CJK text in UTF-16 has a space byte
# only in one code unit of 256.
# Set in 769f0eb.
EIGHT_BIT_SPACES: Final = 0.05

# Two-space gaps a paragraph may have and still be read single-spaced (each gap cut rebuilds
# the paragraph's pieces, so more would be quadratic on hostile text).
# Set in 4eb01c4.
SINGLE_SPACED_MAX_GAPS: Final = 64

# -- Times and dates -------------------------------------------------------------------

# A line that is a time, maybe glued to an outlet, is at most this long: an outlet's
# ``OUTLET_MAX_CHARS`` plus the longest time text.
# Set in 3fdd3a5.
TIME_LINE_WIDTH: Final = 90

# Lines longer than this are prose, not header lines: the longest header line seen in the
# wide corpus ("By Stephanie Taylor, The Canadian Press on March 17th, 2023") is 61 characters.
# Set in e81d295.
FIND_TIME_WIDTH: Final = 120

# A time text longer than this is prose, not a stamp (the longest stamp in the corpora,
# "Mittwoch, 11. Juni 2025, 14:30 Uhr (MESZ)", has 40 characters): nothing longer is read.
# Set in 5213d60.
TIME_TEXT_MAX_CHARS: Final = 80

# A whole line taken for a time by :func:`whole_time`: the longest such line in the seven
# languages, "Mittwoch, 11. Juni 2025, 14:30 Uhr (MESZ)", has 40 characters.
# Set in 9393b2c.
WHOLE_TIME_WIDTH: Final = 48

# A two-digit-year stamp line (timeparse._SHORT_YEAR_STAMP): the longest form, a label, a named
# day and a zone ("Last updated on: Yesterday, 09.16.25 10:44 p.m. EDT"), has 51 characters;
# thedailybeast.com's "Published 09.16.25 10:44AM EDT" has 30, giornali.it's "Ieri 30-05-20,
# 12:25" 20. Its clock's colon stands within the last 14 characters ("10:44 p.m. (EDT)" puts
# it 14th from the end). Set by openweb28.
SHORT_YEAR_STAMP_WIDTH: Final = 56

# A comment counter glued to the end of a header piece (layout.metaline._trailing_counter):
# " 123456 comments" is 16 characters, " No Comments" 12. Set by openweb28.
TRAILING_COUNTER_REACH: Final = 16
SHORT_YEAR_CLOCK_REACH: Final = 14

# Texts searched are cut to this many characters: a date that labels a page stands near
# the start of its block.
# Set in 5213d60.
DATE_SEARCH_CHARS: Final = 2000
# A zone abbreviation no rule file knows ("... 10:00 XYZ") is cut off as a zone only when a
# digit stands within this many characters before it, i.e. it follows a clock (5213d60,
# chosen by hand); otherwise it is a word of the stamp.
ZONE_CLOCK_REACH: Final = 12
# A reading time closing a time line ("4 days ago • 3 min read") is looked for in the
# line's last this many characters ("12 minutes read" with its separator is 17).
READ_TIME_REACH: Final = 24
# A time zone closing a stamp ("... 4:15 PM EDT", "... 16:21 (JST)") is looked for in the
# line's last this many characters (a clock time, a space and a zone in brackets fit).
ZONE_END_REACH: Final = 14

# -- Rule files ------------------------------------------------------------------------

# A date is found in at most this much of a published text (a label, then the date).
# Set in bcb97d3.
RULE_DATE_REACH: Final = 200

# Patterns this wide or narrower match headings and labels, not paragraphs (see line_rule).
# Set in 5e3c1e4.
SHORT_PATTERN_WIDTH: Final = 100
# A chrome phrase of the rule files is recognised cut off by the page's end ("Try O") when
# the phrase has this many characters and the cut line at least this many (f32d25f and
# f979a27, chosen by hand).
CUT_CHROME_MIN_CHARS: Final = 8
CUT_CHROME_KEY_MIN_CHARS: Final = 4

# -- Lines and their kinds --------------------------------------------------------------

# An outlet's name printed on its own line above a time (``classify.outlet_like``), or before
# an age ("3 hours ago · Coast Post", ``timeparse``): a short name. "South China Morning
# Post" (24 characters, 5 words) is the longest on the Daily8-like pages the first pipeline
# was written for; the bounds were chosen by hand there (f979a27; the word count is shared
# with the age-first form since e4e6f3e).
OUTLET_MAX_CHARS: Final = 60
OUTLET_MAX_WORDS: Final = 6
# A short line with this many lower-case words (after its first, function words aside) is a
# headline in sentence case, no outlet's name: names capitalise their words ("Times of India",
# one lower-case word in "Geo news"), headlines do not ("Orchard growers test frost fans").
SENTENCE_CASE_MIN_WORDS: Final = 2
# Lower-case words (minor ones aside) that make the text before a time on its line a headline
# in sentence case, not an outlet (``timeparse.headline_before_stamp``): outlets' names on
# the pages seen have none ("The Coast Post", "Times of India", "stuff.co.nz" is one word with
# dots); a sentence-case headline has a verb and a noun in lower case at least ("Harbour
# council approves ferry plan"). One would take a name with one lower-case word
# ("Republic world"). Chosen by hand.
HEADLINE_LOWER_WORDS: Final = 2
# A headline with its stamp on one line (``timeparse.trailing_stamp``): the title has at least
# as many words as any headline the layout takes (``HEAD_MIN_WORDS``, 3), and the whole line
# is no longer than a headline line may be (``HEAD_MAX_CHARS``, 250): past it the layout
# reads a paragraph anyway. The same values, restated here because timeparse reads them
# before the layout's block of this file.
STAMPED_TITLE_MIN_WORDS: Final = 3
STAMPED_TITLE_MAX_CHARS: Final = 250
# A bulleted line ("• Daily Mail", "- Politics") names an outlet or a section; with more words
# it is text (a bulleted sentence or title). Chosen by hand in the first pipeline (f979a27).
BULLET_MAX_WORDS: Final = 8
# A bulleted item of a labelled box ("Key Highlights" over "• The board approved the wall"):
# one point, a sentence at most; a longer bulleted line under the label is the story going on
# (a list the story itself makes). Chosen by hand: summary points run to about 30 words.
BOX_ITEM_MAX_WORDS: Final = 40
# "Coast Post · 3h · World News": the section closing an outlet-and-time line is looked for
# in the line's last this many characters (0977df1, chosen by hand; the sections seen are
# one to three words).
SECTION_TAIL_REACH: Final = 50

# -- Segmenting and headers ------------------------------------------------------------

# The site's links under a story's closing stamp ("06/14/2018 11:04" / "News, Photo and
# Web Search" / "Search News by Ticker", compuserve.com; "Terms of Use" / "Contact us"
# under a dated story elsewhere): a few short lines that are no sentence and no header.
# Set in 28c160f.
FOOTER_MAX_LINES: Final = 4
FOOTER_MAX_WORDS: Final = 6

# An aggregator's bullet repeats an outlet or names a section: a few words ("South China
# Morning Post" is five); a longer bulleted line is a listing's title.
# Set in 395a2fd.
AGGREGATOR_BULLET_WORDS: Final = 5
# A line that can be a title (``segment.headline_like``; also a headline pasted into a body,
# ``fields.headlines``) has at most this many words and characters: a longer line is running
# prose. Chosen by hand in the first pipeline (f979a27); the layout's own bounds
# (``HEAD_MAX_WORDS``, ``HEAD_MAX_CHARS``) were later measured on the wide corpus and agree.
HEADLINE_MAX_WORDS: Final = 30
HEADLINE_MAX_CHARS: Final = 250
# A line ending in a full stop is no title past this many words (f979a27, chosen by hand;
# kept when e4e6f3e added the Devanagari stop "।").
FULL_STOP_HEADLINE_MAX_WORDS: Final = 16
# Scripts written without spaces ("。", "！", "？"): a sentence is one "word", so length tells
# prose; a longer line ending in such a stop is no title (e4e6f3e, chosen by hand for the
# CJK outlets the generator draws).
UNSPACED_HEADLINE_MAX_CHARS: Final = 60
# A bracketed photo credit closing a line that would otherwise read as a title
# (``segment.credited_caption``, "<caption>. [Photographer, Standard]") is looked for in the
# line's last this many characters: the Standard's (standardmedia.co.ke) run about 25; the
# bracket's pattern allows two names of four words each (openweb38, chosen with room).
CAPTION_TAG_REACH: Final = 110
# A title printed again at the page's end may be cut off by it: the cut copy still counts as
# the same title from this many characters (f979a27, chosen by hand).
CUT_REPEAT_MIN_CHARS: Final = 3
# Hashtags kept from a section marker line ("Related: #flood #rescue ..."), the first few
# (f979a27, chosen by hand).
MARKER_MAX_TAGS: Final = 5
# A wire's name closing a teaser ("... seven days. (NHK)") is looked for in the line's last
# this many characters (segment and the layout's line shapes; 28c160f, chosen by hand: the
# wire names seen are one to three words).
WIRE_TAIL_REACH: Final = 50
# Teasers of other stories closing a block, each opening with an all-caps kicker ("LIMITS:
# ..."): a run of at least this many (one kicker line can be the story's own; a42f917).
KICKER_TEASERS_MIN: Final = 2
# A kicker teaser is a paragraph of at least this many characters, its kicker at least this
# many letters (f979a27, chosen by hand; "UN:" is no kicker).
KICKER_TEASER_MIN_CHARS: Final = 80
KICKER_MIN_CHARS: Final = 3
# Kicker lines where this many labels each open two lines or more are a transcript's speakers
# ("JANE ROE: ..." / "SAM POE: ..."), no teasers: an interview has two sides (chosen by hand).
TRANSCRIPT_MIN_SPEAKERS: Final = 2
# Other stories under a closing list heading ("More From the Los Angeles Times", "Related
# Coverage" on medicalnewstoday.com, "Related" / "More from <section>" elsewhere), each a
# title over a one-paragraph teaser with no time line: at least this many such entries make
# the heading open a related section (one title over one paragraph is how a story's own
# subhead reads), each teaser a sentence of at least this many words (the teasers seen run
# 15 to 30 words; a name under a comment heading, "Jane Roe" / "Thanks!", is no teaser), and
# at most this many lines between one teaser and the next title's teaser (the Times prints a
# section label and the title twice, medicalnewstoday.com the title, "Medically reviewed by"
# and the reviewer's name).
RELATED_TEASERS_MIN: Final = 2
RELATED_TEASER_MIN_WORDS: Final = 8
RELATED_HEAD_MAX_LINES: Final = 4
# A related card's title has at least this many words: the Times's and medicalnewstoday.com's
# run 7 to 14; a commenter's name over a comment ("Jane Roe" / "I think ...") has two or three.
RELATED_TITLE_MIN_WORDS: Final = 4
# A story's related list holds at most this many cards (the widgets seen show 3 to 12); a
# longer run of cards is a listing's, and the bound keeps the scan from every list heading
# linear on a page that prints the heading over and over (chosen by hand, with room).
RELATED_MAX_ENTRIES: Final = 30
# A list of other stories' bare headlines under a story's closing heading ("ALSO READ" over
# five headlines on devdiscourse.com, a "Videos" row of three on miamiherald.com) holds at
# least this many: two short lines after "Read more" can be the story's own sign-off (a name,
# a desk), three headlines of four words or more are a list (chosen by hand).
RELATED_TITLES_MIN: Final = 3
# Paragraphs (teaser-length sentences) the page's first block must hold for the cards under a
# closing heading to be its related list, not the rest of a listing: a card has one teaser, a
# story two paragraphs or more.
STORY_ABOVE_MIN_PARAGRAPHS: Final = 2
# A card's link under its teaser ("READ MORE", "Continue reading", "Read the full story"),
# removed by the rule files and left as a marker: at most this many words (chosen by hand).
CARD_LINK_MAX_WORDS: Final = 4
# Lines that each end in a timestamp (an author page or topic listing without headers): at
# least this many, each shorter than this (f979a27, chosen by hand; the length also keeps the
# stamp search off long paragraphs).
STAMPED_TEASERS_MIN: Final = 3
STAMPED_TEASER_MAX_CHARS: Final = 2000

# The headline left must still be one: "Opinion | The Guardian" is no headline with a suffix.
# Set in 28c160f.
SUFFIX_HEAD_MIN_WORDS: Final = 3
# A label opening the title line ("EXCLUSIVE: ...") is cut only when more than this many
# characters of title follow it (f979a27, chosen by hand).
TITLE_LABEL_REST_MIN_CHARS: Final = 10
# "News24" + "2 days ago" read as "News" + "242 days ago": up to this many digits move back
# from the age to the outlet's name when re-gluing (f979a27, chosen by hand).
REGLUE_MAX_DIGITS: Final = 3

# -- Fields ----------------------------------------------------------------------------

# A line that is only a byline ("By Jane Roe and Sam Poe", "Jane Roe, Staff Writer", a
# signature under the story) is short: at most this many words, under this many characters.
# Chosen by hand in the first pipeline (f979a27; the character bound came with the
# "Name, Staff Writer" lines of e25a56c).
BYLINE_LINE_MAX_WORDS: Final = 16
BYLINE_LINE_MAX_CHARS: Final = 90
# A person's name is two to four capitalised words ("Lisa Respers France"); also the
# bounds of a name in a markup byline and of a writer in a "time | place | writer" stamp.
# Chosen by hand in the first pipeline (f979a27).
PERSON_NAME_MIN_WORDS: Final = 2
PERSON_NAME_MAX_WORDS: Final = 4
# "Lisa Respers France" then ", CNN" on the next line: the outlet line has at most this many
# words (f979a27, chosen by hand).
NEXT_LINE_OUTLET_MAX_WORDS: Final = 5
# An inline "By Jane Roe" opening the body stands in its first this many characters, after
# at most this many words of live-blog furniture (f979a27, chosen by hand; the furniture
# bound came with the open-web shapes of c17a76d).
INLINE_BYLINE_REACH: Final = 800
INLINE_BYLINE_MAX_LEAD_WORDS: Final = 40
# How far into the first paragraph a column's "<Column> by <Name>: " can reach
# (bylines._column_by): three words of its name and three of the writer's, thirty letters
# each, and the joins; the cheap " by " test looks no further.
COLUMN_BY_REACH: Final = 200
# Names after "Compiled by" are read in at most this many characters (f979a27, chosen by hand).
# A wire agency's staff title closing a byline ("Associated Press Writer", "The Associated
# Press Sports Writer") spends at most this many words before "Writer": the agency's longest
# spelling the AP signs with (three words) and its desk (openweb13, chosen by hand).
AGENCY_TITLE_MAX_WORDS: Final = 4
BYLINE_NAMES_REACH: Final = 400
# Trailers peeled off the body's end ("(Reporting by ...)", "(Written by ...)", a bio): at
# most this many, each found in the paragraph's last this many characters (f979a27 and
# f32d25f, chosen by hand; the trailers seen are under 300 characters).
BYLINE_TRAILER_PASSES: Final = 3
REPORTING_BY_REACH: Final = 500
WRITTEN_BY_REACH: Final = 400
# A contributors' sign-off closing the story ("CNN's Jane Roe and Sam Poe contributed to this
# report."): the sentence lies in the paragraph's last this many characters. The longest seen
# (d8real7: ABC News' two contributors with a title and a unit, CNN's four names) are under 130
# characters; twice that leaves room for longer lists.
CONTRIBUTORS_REACH: Final = 260
# An author's bio closing the story ("Wendy Teo is The Straits Times' ... correspondent. She
# covers ..."): its role word stands in the last this many characters, its first sentence
# among the last this many sentences (f979a27, chosen by hand).
BIO_REACH: Final = 700
BIO_LAST_SENTENCES: Final = 4

# A name split out of a byline has at most this many words and at least this many
# characters (f979a27, chosen by hand: "Ludwig van Beethoven" is three, "Siti binti Abdul
# Aziz" four; "Al" alone is no name).
NAME_MAX_TOKENS: Final = 5
NAME_MIN_CHARS: Final = 3

# A dateline's place has at least this many characters ("UN: ..." is no place; f979a27,
# chosen by hand).
DATELINE_PLACE_MIN_CHARS: Final = 3
# Each place of a slash-joined dateline ("WASHINGTON/BEIJING (Reuters) - ") has at least this
# many characters: the shortest capitals a wire names ("ROME", "OSLO", "LIMA", "KYIV") fit,
# paired abbreviations opening a sentence ("HIV/AIDS", "AC/DC", "UK/EU") do not (openweb13,
# chosen by hand).
DATELINE_SLASHED_PLACE_MIN_CHARS: Final = 4
# A wire summary's preamble ("Following is a summary of current world news briefs.", 52
# characters) is at most this long: room for a longer name of the summary's beat; a longer
# line is a story's sentence (openweb13, chosen by hand).
SUMMARY_PREAMBLE_MAX_CHARS: Final = 120
# An agency dateline without a dash ("NEW DELHI, June 9 (PTI) The ...") is tried only when
# its bracket opens within this many characters (e25a56c, chosen by hand).
AGENCY_DATELINE_REACH: Final = 60
# A photo credit glued to ABC News' bracketed dateline ("Photo by Jane Roe/Getty
# Images(SANFORD, Fla.) -- ", ``fields.dateline._glued_credit``) is looked for in the opening's
# first this many characters: the credits seen on abcnewsradioonline.com and wfin.com run
# 15 to 40 ("Hagerstown Police Department", "Joe Burbank-Pool/Getty Images" once its "Photo by"
# went with the caption reader); chosen with room for a six-word credit (openweb38).
GLUED_CREDIT_REACH: Final = 90
# A wire agency's name alone on a story's first line is at most this long: the longest
# spelling the rule files list ("The Jiji Press, Ltd.", "Islamic Republic News Agency") fits;
# a longer line is a sentence, never looked up. Chosen by hand.
AGENCY_LINE_MAX_CHARS: Final = 40

# The counters a post's header prints as bare numbers once their icons are gone (comments, then
# views, maybe shares: tagDiv Newspaper's "<date> / 0 / 141" under the title, pakistantoday.com):
# at least two in a row at the body's start, so a listicle's lone "1" over its first item
# stays; at most three, the most such a header shows (comments, views, shares).
HEADER_COUNTER_MIN_LINES: Final = 2
HEADER_COUNTER_MAX_LINES: Final = 3

# A headline pasted into the body as a link (a line between two paragraphs, ending in no
# stop) has at least this many words; shorter lines are subheads (f979a27, chosen by hand).
PASTED_HEADLINE_MIN_WORDS: Final = 9
# The next post's headline under a post's closing read-on link (body._next_post) has at least
# this many words: "Hong Kong Protesters Clash With Police as Lam Visits Beijing" (10) on
# howisannierecords.com's tag page; a one- or two-word line there is a label ("Posted on",
# "Share"). Set in d8real12.
NEXT_POST_HEADLINE_MIN_WORDS: Final = 3
# A link's words printed on a line of their own inside a sentence (The Irish Times' and the
# South China Morning Post's stories on Daily8: "... by Minister of State for Artificial
# Intelligence" / "Niamh Smyth" / "to host an AI summit ..."; "... in" / "Thai-Cambodian
# border , marked by ...") name a person, a body or a place: at most this many words, the
# longest name the stored pages link so ("Minister of State Niamh Smyth", chosen by hand).
LINK_LINE_MAX_WORDS: Final = 6
# A heading-like line whose next paragraph opens by echoing it is the story's own heading
# (an item's headline in a round-up, a column's subhead), not another story's pasted
# headline: the first sentence of that paragraph, looked for within this many words, shares
# at least this many content words with it. Mainichi's '5 most-read stories' round-ups on
# Daily8 (dev: item headlines over their 'TOKYO -- ...' teasers, labelled body), philstar's
# gossip columns (wide_tune: subheads over their items), the Mirror's and Global Times'
# subheads in stored pages. A pasted headline of another story shares none or one.
HEADING_ECHO_MIN_WORDS: Final = 2
HEADING_ECHO_REACH_WORDS: Final = 40
# A short label ending in a colon ("Photo:", "Was uns gefällt:") introduces the next line as
# its value: at most this many words (7ae1c3a, chosen by hand).
LIST_LABEL_MAX_WORDS: Final = 4

# Excerpts of other posts under a story: a closing run of at least this many paragraphs cut
# off with an ellipsis, maybe each under a title of at most this many words or a date-and-
# section line of at most this many (5ac4367, chosen by hand on the pages it was written for).
TEASER_LIST_MIN_EXCERPTS: Final = 2
MAX_TEASER_TITLE_WORDS: Final = 15
MAX_TEASER_META_WORDS: Final = 5
# A line of a "Further reading" list has at most this many words (be5b167, chosen by hand).
FURTHER_READING_MAX_WORDS: Final = 25
# A paragraph that is a list of headlines with their bylines ("..., by Jane Roe") is shorter
# than this (f899bf5, chosen by hand; it also bounds the pattern's work).
HEADLINE_LIST_MAX_CHARS: Final = 600
# A headline found elsewhere on the page is cut where it was pasted again only from this
# many characters (f979a27, chosen by hand: shorter ones are phrases of ordinary sentences).
KNOWN_HEADLINE_MIN_CHARS: Final = 20
# A "body" that is only rubrics of other stories: at least this many lines, each at most
# this many words and none a sentence (3d9d0f4 and f32d25f, chosen by hand).
TEASER_LIST_MIN_LINES: Final = 3
TEASER_LINE_MAX_WORDS: Final = 20

# A headline is at most this long; the words after a longer run are the story's.
# Set in 748bc2d.
INLINE_HEADLINE_MAX_WORDS: Final = 30

# A story's sentence resumed after a headline runs on: a few capitalised words closing
# the line with no stop are the headline's own proper noun, not the story.
# Set in 08294fb.
CLOSING_NAME_MAX_WORDS: Final = 3
# A headline a link label introduces ("READ NEXT: ...") runs at least this many words
# before the story's sentence can resume, and is searched in this many characters (f979a27,
# chosen by hand).
INLINE_HEADLINE_MIN_WORDS: Final = 4
INLINE_HEADLINE_REACH: Final = 600
# A newsletter's pitch glued into a paragraph ("... sent straight to your inbox every week -
# click here and sign up ...") is one or two sentences; each is looked for within this many
# characters of "to your inbox". The longest seen runs 172 characters (Metro's "In The Mixer:
# ..." pitch), ITV's two sentences 131 together; a sentence longer than this is left alone.
NEWSLETTER_PITCH_REACH: Final = 240

# What may follow a photo tag to the paragraph's end and still be only its credit: a few
# words with no sentence end inside ("REUTERS/Jane Roe", "Getty Images via CNN").
# Set in 1251d17.
TAG_CREDIT_MAX_WORDS: Final = 6

# A photo caption (before its credit, over a bare "Photo:" line, at the body's start) has at
# most this many words; a longer stretch is story text (f979a27, chosen by hand).
CAPTION_MAX_WORDS: Final = 70
# How far a caption after a screen reader's "Image caption, " label is read for its end: a
# picture's caption is a sentence or two (the BBC's run to about 200 characters); past this
# with no sentence's end, the text after the label is no caption (fields.captions).
CAPTION_REACH_CHARS: Final = 400
# A "Photo: ..." line ending in a full stop is a caption, not a credit, past this many words
# (f979a27, chosen by hand).
CREDIT_LINE_MAX_WORDS: Final = 6
# After a bare "Photo:" line, the next line is its credit when at most this many words
# (f979a27, chosen by hand).
BARE_TAG_CREDIT_MAX_WORDS: Final = 12
# A line that is only a photo's credit, its picture gone ("© Alfa Romeo F1 Team", "Dan Kitwood/
# Staff via Getty Images", "AFP via Getty Images"), has at most this many words. The credits
# seen alone on a line in reprinted text (html-dev pages of dtb-tennis.de, motorsport-total.com,
# vorangedacht.de, sac-cas.ch; scraped news text crediting Getty Images) have one to six; a
# longer line is a sentence or a caption (daily8e, chosen by hand with room for a long name).
CREDIT_ONLY_LINE_MAX_WORDS: Final = 8
# A credit line is cut before the layout reads the page from this many slash-joined parts:
# the chains that became cards' titles and sections had three and four ("Jane Roe/Pool/
# Example Press/TNS" on arcamax.com, "Jane Roe/PA and Harbour Police/Facebook/PA" on
# comicsands.com); a two-part "Jane Roe/Getty Images" is left to the body pass, which also
# reads the caption above it.
CREDIT_CHAIN_MIN_PARTS: Final = 3
# A photo service's name alone on a line, with no "/", "via" or "for" joining it to a
# photographer, has at most this many words ("Getty Images", "Shutterstock", "Associated Press
# Images"); a longer line is tested no further against the rule files' long list of names
# (daily8e, chosen by hand from the services the bundled rule files list).
SERVICE_NAME_MAX_WORDS: Final = 3
# A box between a skip link and its landing marker ("skip past newsletter promotion" ...
# "after newsletter promotion"; "Skip Twitter post by @jane" ... "End of Twitter post by
# @jane") spans at most this many lines: the Guardian's newsletter box takes five or six (link,
# name, frequency, blurb, privacy notice, marker), the BBC's consent box for an embed four
# (daily8e, chosen by hand with room). The box's name has at least this many words: one word
# ("after lunch") could close a sentence that opened "Skip lunch".
SKIP_BOX_MAX_LINES: Final = 12
SKIP_BOX_MIN_WORDS: Final = 2
# A box's name in its markers is short ("newsletter promotion", "Twitter post by @jane"): a
# marker glued at a line's end is looked for only in the line's last this many characters,
# which keeps the search linear on a long line (daily8e, chosen by hand: twice the longest
# name with a 30-character handle).
SKIP_BOX_NAME_MAX_CHARS: Final = 120
# A wire agency in parentheses between two sentences ("... on Monday. (PTI) Starting from
# ...") is the photo credit of the caption before it when at least this many story words
# follow it; closing the story (or before a short furniture line) it credits the text.
# Seen on two Hindustan Times reprints (9133123); chosen by hand between a furniture line's
# few words and a paragraph's opening sentence.
MIN_WORDS_AFTER_PAREN_CREDIT: Final = 12
# Photo captions of a gallery each end in a parenthesised credit, found in the line's last
# this many characters; it takes at least this many such lines (a credit closing one
# paragraph credits the text). Chosen by hand (f979a27; the window since c17a76d).
GALLERY_CREDIT_REACH: Final = 60
GALLERY_MIN_CAPTIONS: Final = 2
# A video playlist printed where a video page's story should be (fields/carousel.py): lines
# each a blurb of one or two sentences closed by "Video / Jane Roe". The New Zealand Herald's
# playlists reprinted by Daily8 run 10 to 15 such lines of 10 to 35 words, a few without a
# credit; the Irish Times's ("... Video: Jane Roe") leave up to three uncredited lines in a row;
# a story's own video captions come one or two. So: three credited lines at least, each line at
# most 45 words, at most three uncredited short lines between two credited ones, and at most
# three short lines before or after the run for the whole body to be the playlist. A credit is
# a few names ("Dean Purcell / Katie Oliver / Ben Dickens" is 6 words with slashes).
CAROUSEL_MIN_ITEMS: Final = 3
CAROUSEL_ITEM_MAX_WORDS: Final = 45
CAROUSEL_MAX_GAP: Final = 3
CAROUSEL_EDGE_LINES: Final = 3
CAROUSEL_CREDIT_MAX_WORDS: Final = 8
# A video page's playlist as CNN prints it (fields/carousel.py, ``strip_duration_playlist``):
# rows of a title line and a blurb line, each row closed by a line with the video's length
# and source ("01:10 - Source: CNN"; cnn.com's video pages and Daily8's reprints of them, 5 to
# 6 rows on each page seen). So at most two lines between two closing lines, and a row after
# the last closing line (cut off by the end of the text) of two lines at most.
DURATION_ROW_MAX_LINES: Final = 2
# A row's blurb is longer than the NZ Herald's one-liners: CNN's run 29 to 75 words on the
# pages seen (two or three sentences); a story's paragraphs between such closing lines would
# still be cut, so the bound is kept near the longest blurb seen.
DURATION_ROW_MAX_WORDS: Final = 90
# A fact box (fields/factbox.py): one-fact lines "Label: value" in a row. The National's
# start-up boxes run 7 lines ("Name", "Started", "Founders", "Based", "Sector", "Number of
# staff", "Investment raised"), its review boxes 3 ("Director", "Starring", "Rating"). Three
# lines at least (two could be a dateline and a byline), labels of at most 4 words ("Number of
# staff"), values of at most 12 words with no sentence stop.
FACT_BOX_MIN_LINES: Final = 3
FACT_LABEL_MAX_WORDS: Final = 4
FACT_VALUE_MAX_WORDS: Final = 12
# A fact line is short: 4 label words and 12 value words run to about 120 characters; a line
# longer than this is read no further (most lines are paragraphs).
FACT_LINE_MAX_CHARS: Final = 160
# A video page's player playlist under its headline (segment._drop_playlist): France 24's and
# Euronews's reprinted video pages list 9 to 10 other videos, each a date, a title and a
# section word or two ("Asia / Pacific"). Three title-only entries at least (two could be a
# story's two related links); a section label of at most three words.
PLAYLIST_MIN_ENTRIES: Final = 3
PLAYLIST_SECTION_MAX_WORDS: Final = 3
# Tags cut from one paragraph at most (each pass cuts one; f979a27, chosen by hand: a
# paragraph of captions holds a few).
CAPTION_TAG_PASSES: Final = 20
# What follows a "PHOTO:" tag is read for its credit in at most this many characters
# (1467bd4: this bound took a hostile "PHOTO:" storm back to linear time; credits are short).
TAG_CREDIT_REACH: Final = 100
# A photo credit's run is searched for a dateline it ran into (captions._credit_stops_at_dateline)
# only when it is at least this long: the shortest such run is a two-letter credit and a
# four-letter place with its mark ("AP ROME -", 9 characters); shorter runs hold no
# credit and dateline both, and skip the scan.
DATELINE_IN_CREDIT_MIN_CHARS: Final = 9
# A caption opening the body, before a credit or a dateline, stands in its first this many
# characters and has at least this many words (3d9d0f4 and c1d160a, chosen by hand).
LEADING_CAPTION_REACH: Final = 600
LEADING_CAPTION_MIN_WORDS: Final = 4
# Once the byline pass read "By: Jane Roe" off that opening, the floor's reason (a byline's
# two or three names before the dateline) is gone: Daily Express (Sabah) prints "By: <name>
# Text Size: <caption> <DATELINE>:" with captions of three words ("The victim's motorcycle").
LEADING_CAPTION_MIN_WORDS_AFTER_BYLINE: Final = 2
# "(Jane Roe/Getty Images)" closing a paragraph is looked for in its last this many
# characters (4974440, chosen by hand; the credits seen are under 60).
SLASH_CREDIT_REACH: Final = 100

# Credits sit in the last few hundred characters; never scan further back than this.
# Set in f899bf5.
CREDIT_TAIL_CHARS: Final = 300
# Credits peeled off the body's end, one a pass: at most this many (f979a27, chosen by hand;
# a story closes with one to three).
CREDIT_PASSES: Final = 6
# The outlet's "about us" blurb ("The Associated Press is an independent ...") is asked for
# only when " is a", " is the" or " are " stands in its first this many characters, and a
# credit naming several agencies ("(Reuters, AFP)") only when a comma stands in the last this
# many (2ba7348, chosen by hand as cheap gates before the patterns).
ABOUT_OUTLET_REACH: Final = 80
MULTI_CREDIT_REACH: Final = 60

# A statement longer than this is no ad call: give up rather than cut a paragraph away.
# Set in c90e847.
AD_CALL_MAX_CHARS: Final = 2000
# A statement the paragraph's end cuts off is taken to that end only when the rest is short
# and holds no sentence boundary (the ad calls seen are under 120 characters).
# Set in c90e847.
AD_CALL_CUT_OFF_MAX_CHARS: Final = 300
# Text credits closing a story are looked for in its last paragraph's last this many
# characters, per shape: several agencies ("Reuters/AFP/AP"), an agency's name alone, a
# credit in words ("with reporting from the Example Press"), a contribution note, and a
# "first published by" trailer (the longest of each seen, with room for a name or two).
MULTI_CREDIT_SEARCH_REACH: Final = 100
NAME_CREDIT_REACH: Final = 45
WORDED_CREDIT_REACH: Final = 110
# How far from a paragraph's end a "with" credit may open: "(FRANCE 24 with AFP, Reuters and
# AP)" is 37 characters, the longest form seen ("(with newswires)" RFI, "(FRANCE 24 with AFP)");
# twice that leaves room for a longer outlet name and list.
WITH_CREDIT_REACH: Final = 80
FIRST_PUBLISHED_REACH: Final = 140
# A "Photo:" tag right before a credited name: its colon within this many characters of the
# name, the tag word within the second (so "Photo: AFP" credits the picture, not the text).
PHOTO_COLON_REACH: Final = 3
PHOTO_TAG_REACH: Final = 12

# -- Layout: line shapes ---------------------------------------------------------------

# Titles of news listings run 3 to about 26 words (the longest in the wide corpus's
# listings: 26, an insider.com headline); past 30 a line is a paragraph.
# Set in e81d295.
HEAD_MIN_WORDS: Final = 3
HEAD_MAX_WORDS: Final = 30
# A line ending in a full stop is a sentence once it has this many words; "Now faces the
# death penalty" (a newser.com standfirst, 5 words) has no stop and stays a heading.
# Set in e81d295.
PROSE_MIN_WORDS: Final = 8
# A line closed by initials ("... across U.S.", layout.shapes.initials_end) is a headline up
# to this many words: those seen run to 7 ("Pandemic costs youth sports millions across U.S.",
# triblive.com) and 5 (oregonbusiness.com); a sentence ending so runs longer (a teaser's last
# sentence "... two more offices in the U.K." has 15).
INITIALS_TITLE_MAX_WORDS: Final = 12
# "The toss was delayed following rain.": a full stop ends a sentence from this many words;
# English and most European headline styles print none.
# Set in e81d295.
FULL_STOP_PROSE_WORDS: Final = 4
# Question and exclamation titles ("New Cabinet to be sworn in today?", "Bono the wall!"):
# up to this many words a "?" or "!" ends a headline, not a sentence.
# Set in e81d295.
QUESTION_TITLE_MAX_WORDS: Final = 16
# Past this many characters nothing is a headline (the longest listing title seen: 190).
# Set in e81d295.
HEAD_MAX_CHARS: Final = 250
# Section and outlet labels ("Politics", "Celebrity News", "JAPAN / Society") are this short.
# Set in e81d295.
LABEL_MAX_WORDS: Final = 3
LABEL_MAX_CHARS: Final = 40
# A line introducing the quotation under it, "Johnson wrote:", "One reader on Facebook
# replied:", runs to a speaker and a verb: the longest seen is five words (comicsands.com's
# "Johnson wrote:" / "Haberfeld remarked:" / "He wrote:" are two). Set by openweb32.
QUOTE_LEAD_MAX_WORDS: Final = 6
# A header line is a time plus at most this many other words ("By Stephanie Taylor, The
# Canadian Press on March 17th, 2023": 7 around the date).
# Set in e81d295.
META_REST_WORDS: Final = 8
# A header line that opens with "By" holds its writers' names: two writers ("By Jane Roe and
# Sam Poe, The Canadian Press on March 17th, 2023": 10 words around the date, the Canadian
# Press's joint bylines on its partners' listings; "By Jane Roe and Sam Poe on <date>" in
# WordPress themes' entry meta) take this many more words than ``META_REST_WORDS``. Three
# writers are not read here (their commas read as the line's separators).
BYLINE_META_EXTRA_WORDS: Final = 2
# Headlines carry at most two commas ("Madagascar, making history at Kasarani ..."); a long
# line with more is a sentence whose stop was cut off (by a link or the page's end).
# Set in e81d295.
CLAUSE_PROSE_WORDS: Final = 15
CLAUSE_PROSE_COMMAS: Final = 3
# A line this long ending in a single full stop is a sentence (the longest header line seen
# is 61 characters; titles end in no full stop).
# Set in 357437a.
SENTENCE_MIN_CHARS: Final = 80
# "The district council warned that the new bridge would ...": a sentence-case line cut off
# with an ellipsis is a teaser from this many words on (titles are in headline case).
# Set in 466c6ac.
CUT_SENTENCE_WORDS: Final = 6
# A truncated page's last line, cut mid-sentence, is a teaser once it is this long.
# Set in e81d295.
CUT_PROSE_WORDS: Final = 12

# A dateline's place in capitals has at least this many letters ("MCO: ..." is an acronym kicker).
# Set in 1896208.
PLACE_MIN_LETTERS: Final = 4

# URLs, e-mail addresses and slugs have no spaces; a number line ("12 : 30 / 45") a few.
# Set in 357437a.
JUNK_MAX_SPACES: Final = 6

# A date without its year makes a header line with at most this many words beside it
# ("Posted on Aug 06 by Maria Elena Castillo": 6); a sentence naming such a date runs longer.
SHORT_DATE_REST_WORDS: Final = 6
# A time in words only ("today", "yesterday") ends headlines ("... case begins today"): it
# makes a header line only with this few words beside it ("Published today").
# Set in e81d295.
WORD_TIME_REST_WORDS: Final = 2

# Headline style capitalises most words ("MCO 2.0 SOP: Personal Vehicles Not Allowed To
# Deliver Goods"); sentence case capitalises few. Over this share of capitalised words
# (function words aside) a line is in title case.
# Set in e81d295.
TITLE_CASE_SHARE: Final = 0.6

# A header glued before its title, with no space on either side of the time: "India
# News17 hours agoCentre assures action ..." (apnlive.com's rail), "Sports2h agoTitle".
# Set in 49b2823.
GLUED_HEADER_MAX_WORDS: Final = 4
# A line that is only a URL or an e-mail address (junk, never story text) is at most this
# long; longer lines are not matched against the address patterns at all. Set with the
# generic layout (e81d295), tuned on the wide corpus's tune half with the rest of it.
ADDRESS_MAX_CHARS: Final = 320
# A line closed by a photo credit tag is a caption only up to this length (e81d295, as above).
CAPTION_LINE_MAX_CHARS: Final = 600
# "Source: Reuters", "via The Verge": a source line is at most this long and names an
# outlet of at most this many words (e81d295, as above).
SOURCE_LINE_MAX_CHARS: Final = 70
SOURCE_OUTLET_MAX_WORDS: Final = 5
# A feed autoposter's "from <feed title> <link>" line under a listing's title names a feed
# title of at most this many words: the reach of the same note read under one story
# (``body._FROM_LINK_TRAILER``: a name of six words and a ": <section>" of four, "Reuters: Top
# News"); the titles seen have two to five ("Hacker News", "Yahoo News - Latest News &
# Headlines": corenews1.blogspot.com and the code corpus's blog mirrors).
RELAY_NAME_MAX_WORDS: Final = 10
# Title case is judged on lines with at least this many words that are not function words
# (e81d295, as above: two capitalised words say nothing).
TITLE_CASE_MIN_WORDS: Final = 3
# A line is asked whether it is a header line (a time, a byline, a source) only when it has
# at most this many words and characters: the time's words plus ``META_REST_WORDS`` and six
# more for the time itself, and the longest header line seen (61 characters) twice over
# (e81d295, as above).
META_LINE_MAX_WORDS: Final = META_REST_WORDS + 6
META_LINE_MAX_CHARS: Final = 120
# An all-caps dateline opener ("KATHMANDU: Six political parties ...") makes the line a
# story's opening from this many words: two more than the shortest title (e81d295, as above).
DATELINE_OPENING_MIN_WORDS: Final = HEAD_MIN_WORDS + 2
# A teaser's tail (its source domain, "Read more", a wire's name) is looked for only on
# lines with more words than this, three more than the shortest title (f71fa77, chosen with
# the one-line feeds it read).
TEASER_TAIL_MIN_WORDS: Final = HEAD_MIN_WORDS + 3
# A source domain closing a teaser line ("... force. nyti.ms") is looked for in the line's
# last this many characters (c17a76d; the domains seen are under 30 characters).
SOURCE_END_REACH: Final = 60
# A link label closing a teaser ("... Read more »", "... Continue reading") is looked for in
# the line's last this many characters (the longest label, "read full story" with an
# ellipsis and an arrow, is under 25).
LINK_TAIL_REACH: Final = 30
# WordPress's more-link naming the post it leads to, glued to an excerpt's last word ("...
# tired of cold,Continue reading “Four Weeks and A Wake-up”": the hannover and bornholm themes'
# 'Continue reading “%s”' in the code corpus, thewritingprofessor55.com's tag pages) is looked for
# in the line's last this many characters: the label (18) and a headline's quoted title, which
# stays under HEAD_MAX_CHARS in the layouts read here; a longer quote is a sentence's.
TITLED_LINK_REACH: Final = 20 + HEAD_MAX_CHARS
# A link label closing a listing teaser ("... full story »") is looked for in the line's
# last this many characters (the labels seen, with an arrow, are under 30).
LINK_END_REACH: Final = 40
# A photo credit tag closing a caption line ("(Jane Roe/Example Agency via Getty Images)")
# is looked for in the line's last this many characters (the longest tags seen run to ~90).
CREDIT_TAG_REACH: Final = 110

# -- Layout: entries -------------------------------------------------------------------

# An entry's header lines between its title and its prose: at most this many ("Outlet",
# "3 hours ago", "- Politics" on Daily8-like feeds; "By X on <date>" elsewhere).
# Set in e81d295.
MAX_HEADER_LINES: Final = 3
# A label-shaped line standing where a listing's titles stand, between two teasers, is a
# short headline from this many words ("Two Separate Worlds", "Story Not Covered": 3 words,
# within LABEL_MAX_WORDS; a one-word line there is a section or a widget's name).
SHORT_TITLE_MIN_WORDS: Final = 2
# After a byline in capitals, an agency's or a paper's name is looked for in the title-case
# words that follow, at most this many ("Associated Press", "The Coast Post"; the longest
# agency and paper names the rule files list run to four words).
CAPS_BYLINE_AFTER_WORDS: Final = 4
# A page shows a layout only when it repeats: fewer anchors are one story, not a listing.
# Set in e81d295.
MIN_ENTRIES: Final = 2
# A listing's heading read as its first card's title (its real headline then its
# standfirst) is looked for in this many first entries: the first card itself
# (economictimes.com's topic pages) or the one after a heading line read as a title-only
# entry of its own (ausnznet.com's feed mirror prints a date line and a menu strip).
HEADING_ENTRY_SCAN: Final = 2
# A head signature must recur in at least this share of the gaps between entries to be
# the page's layout (one caption line before one title is no layout).
# Set in e81d295.
HEAD_AGREEMENT: Final = 0.5
# Titles of a bare list of headlines ("Related" boxes, video rails) have at least this
# many words; shorter runs of short lines are menus (miamiherald.com, compuserve.com).
# Set in e81d295.
TITLE_ONLY_MIN_WORDS: Final = 5
# A page's entries print whole stories when the entry (or, under a lone title, the median
# entry of those printing any prose) holds this many paragraphs or more: then a lone line cut
# off by the page's end continues the last story. Teaser listings print one to three
# paragraphs an entry (the wire feeds and the AP's and Reuters' listings in wide print one; a
# Spanish-language listing of openweb39's fresh pages prints two and three, and a page of the
# wide check half two each, which put this at 4 rather than 2); full-post archives print six
# and more (bttoronto.ca's blog archive, abcnewsradioonline.com's tag page).
FULL_POST_MIN_PARAGRAPHS: Final = 4
# A run of title-only lines is a list of other stories from this many titles on.
# Set in e81d295.
TITLE_LIST_MIN: Final = 2

# "Continue Reading" glued before a title printed again as its link (crikcrowd.com), "Read
# more:" before it: a label of this many words at most.
# Set in 49b2823.
LINK_LABEL_MAX_WORDS: Final = 3

# Entries after the first that must show no standfirst before a lone "headline / headline /
# prose" at the page's top is read as the page's heading over its first entry.
# Set in 3c8bbf6.
HEADING_EVIDENCE_ENTRIES: Final = 1
# "Continue Reading<title>": a title printed again behind a link label is the same title from
# this many characters (49b2823, chosen with the repeated titles it read); a title cut short
# ("...") matches its full print from this many (e81d295, chosen by hand).
LINKED_REPRINT_MIN_CHARS: Final = 20
CUT_TITLE_MIN_CHARS: Final = 12

# A title over a teaser cut with "...", printed this many times at least, makes that pair the
# page's entry layout (oneline.titles_over_cut_teasers): sweetmelodiesfm.com's tag page prints
# five, africafeeds.com's section page nine; two could be a story's paragraph over a quote cut
# short. Set in site43L.
CUT_TEASER_TITLES_MIN: Final = 3

# Fewer closed teaser lines than this in a row are an entry's own teaser, not a feed.
# Set in f71fa77.
MIN_FEED_LINES: Final = 2

# A row of site links joined on one line (furniture_rows.furniture_row): the longest row the
# probe printed is 45 characters and a footer of ten links about 150; past this a line is text.
FURNITURE_ROW_MAX_CHARS: Final = 160
# A row naming sections beside its links is a menu from three parts on ("Home | World |
# Politics"); "News | Politics" may be a story's own section path.
MENU_ROW_MIN_PARTS: Final = 3
# A menu of one-word links printed with spaces only ("Home News Sport Business Opinion"): this
# many words at least, so that a headline of a few capitalised words never reads as one.
SPACED_MENU_MIN_WORDS: Final = 4

# With no URL to go by, this many one-line teasers closed as entries are (cut off, a source
# domain, a link and date) make a page a feed (oneline.closed_teaser_feed): no dev page or
# seed has three such lines; every wide-corpus page with three or more is a listing (3 to 10).
FEED_KIND_MIN_LINES: Final = 3

# A listing that prints no title at all, only a teaser per line (huffpost.com's topic pages:
# a heading, then one sentence per story): this many lines make it a feed of teasers.
# Set in e934abe.
TITLELESS_MIN_LINES: Final = 4

# On such a listing, a header line (a time, a byline) over this many paragraphs makes the page
# one of untitled stories under their headers (oneline._header_grouped_stories), not a feed of
# one-line teasers: theweek.com's speed-reads (a date over three paragraphs), a Blogger label
# page of correioburitiense.com.br (a byline over two); a feed whose times close each teaser
# has one line between two times, and kisskiss.it's title-less feed no header at all.
GROUPED_STORY_MIN_PARAGRAPHS: Final = 2

# Titleless entries closed by their header lines need at least this many to show the layout.
# Set in 395a2fd.
MIN_TRAILER_ENTRIES: Final = 2

# Cards opening with the same word on this many lines: that word is the section.
# Set in 6b603ca.
MIN_KICKER_CARDS: Final = 3

# A card title's suffix its date is glued to names the outlet: at most this many words ("The
# Sydney Morning Herald", the longest outlet printed so).
# Set in 3380c50.
OUTLET_SUFFIX_MAX_WORDS: Final = 4

# -- Layout: page kind -----------------------------------------------------------------

# "/news/canada/189", "/news/50": a page number, short, where a story id runs to 5+ digits.
# Set in e81d295.
PAGE_NUMBER_MAX_DIGITS: Final = 3
# Listing slugs: a section name of a few words ("national-news", "latest-health-news").
# Set in e81d295.
SECTION_SLUG_MAX_WORDS: Final = 3

# A lead story is this many times longer (in prose lines) than the entries after it; on a
# listing every entry has about the same teaser.
# Set in e81d295.
LEAD_RATIO: Final = 3
LEAD_MIN_PROSE: Final = 3
# Fewer entries than this with no URL to go by: an article with a few related stories.
# Set in e81d295.
LISTING_MIN_ENTRIES: Final = 3
# Without a URL, this share of the entries must print a header of their own (a time, a
# source, a section) for the page to be a listing.
# Set in e81d295.
STRONG_SHARE: Final = 2 / 3

# A host label this short ("ft", "ap") may spell an ordinary word of a heading.
# Set in 7596905.
SITE_NAME_MIN_LETTERS: Final = 4

# Words a URL slug shares with the headline of the story it names: "afghanistan-cricket-board-
# taliban-rashid-khan" and "Afghanistan Cricket Board says Taliban won't interfere ..." share
# four of six. A digest's slug ("your-evening-brief-...") names none of its entries.
# Set in f1ab87e.
SLUG_TITLE_SHARE: Final = 0.5

# With a URL that says neither listing nor article, this many entries of one or two
# paragraphs each, the first no longer than the rest, are a listing even without headers.
# Set in f1ab87e.
UNIFORM_MIN_ENTRIES: Final = 4
# A paragraph of at least this many words that ends in mid-sentence (no stop after its last
# word) is a teaser cut at a fixed length (layout._snipped): mypremiumvault.com's rail snippets
# run 60 to 70 words, connectfm.ca's 40 to 50; a story's one-line subheading that ends without
# a stop runs under 15. Chosen by hand between the two.
SNIPPET_MIN_WORDS: Final = 25
UNIFORM_MAX_PROSE: Final = 2
# A URL path of at most this many word segments ("/news/world/") is a section's front, a
# listing (e81d295, chosen with the generic layout).
SECTION_PATH_MAX_SEGMENTS: Final = 2

# -- Layout: furniture, decorations and header lines -----------------------------------

# A bare section heading is this short ("Celebrity News", "Science & Health").
# Set in e81d295.
SECTION_HEADING_MAX_WORDS: Final = 4

# An interface command ("Skip to main content", "Load more stories") has at most this many words.
# Set in e81d295.
UI_COMMAND_MAX_WORDS: Final = 5
# Skip links glued with no space ("Skip to main contentSkip to footer", omaha.com, tucson.com
# and scraped documentation and journal pages in the code corpus): a line longer than this
# is not read as such. Three glued commands of at most five words each fit (the longest
# seen, "Skip to main contentSkip to navigationSkip to navigation", is 57 characters).
GLUED_COMMANDS_MAX_CHARS: Final = 120
# A skip link naming several parts of the page ("Skip to Content, Navigation, or Footer.",
# SNworks college papers) has at most this many words: that one has six; a seventh and
# eighth for "the" and "main".
SKIP_LIST_MAX_WORDS: Final = 8
# A listing's description of itself (layout.furniture.is_section_blurb) is one short
# paragraph: the longest seen (searchingthevillages.com's press-release section) has 63 words;
# NASA's and massachusettspoliticaldispatch.com's have 20 and 28. Longer text is a story's.
SECTION_BLURB_MAX_WORDS: Final = 80
# A listing's first card printing its photo's caption first, with no credit tag
# (layout._caption_over_first_card): the caption stands above the title and at most this many
# section or time lines (gulf-times.com's "Sport" between them; bangordailynews.com prints
# none), and is one sentence of at most BARE_CAPTION_MAX_WORDS words (15 and 29 words on those
# two sites; the longest caption sentence in the corpora's labels runs to about 40).
CARD_CAPTION_GAP_LINES: Final = 1
# A caption-first card cut off by the page's end inside its teaser leaves this many short
# lines (caption, headline, the teaser's first words: layout._cut_card_tail).
CARD_TAIL_LINES: Final = 3
BARE_CAPTION_MAX_WORDS: Final = 45
# A blurb naming the page's heading (layout.furniture.is_heading_blurb) may run longer: the tag
# descriptions defining the heading ("Local News refers to ...") run to 95-105 words on
# 241min.com and veritasmedia.co.za; a story's opening names no heading to the reader.
SECTION_BLURB_NAMED_MAX_WORDS: Final = 120
# Its first sentence is read in at most this many characters (evrimagaci.org's runs to 190).
BLURB_SENTENCE_MAX_CHARS: Final = 300
# It stands right under the page's heading: at most this many heading lines above it
# (the section's name, a kicker or a date), and nothing of an entry yet.
SECTION_BLURB_REACH: Final = 2

# A headline-shaped line printed on this many entries of one page is the page's furniture
# ("Be the first to comment!" under every entry of medicinehatnews.com, a "Progress" or
# score widget): a title is printed at most three times, around its own header.
# Set in e81d295.
RECURRING_MIN: Final = 3
# Bracketed initials closing a story ("... days. (NHK)") are looked for in its last
# characters only: the sentence end, a space and at most six capitals in brackets.
INITIALS_CREDIT_REACH: Final = 12
# A wire digest's rule lines ("----------" between the items of Kyodo's news digests and
# Yonhap's news summaries) separate entries when the page prints at least two, and the
# lines after them are no longer than a headline: Kyodo's and Yonhap's run 8 to 16 words;
# a story's "---" section break opens a paragraph, mostly longer (chosen by hand).
# A feed reader's channel header: its subscribe link, the channel's description (one or two
# lines on cafe52.com and ladailypost.com) and the "Updated:" stamp within three lines.
FEED_HEADER_MAX_LINES: Final = 3
RULE_SEPARATOR_MIN: Final = 2
RULE_TITLE_MAX_WORDS: Final = 25
# A wire digest (layout/digest.py) prints at least three items, each opened by a capitals
# dateline or lead-in: AP's trending summaries print five to ten, its News Digests a dozen
# (nationalpost.com, newsbreak.com, apnews.com, king5.com, hagadonenewsnetwork.com); two
# datelined paragraphs are as often one story and its sidebar. Each item is one or two
# paragraphs (the king5.com digest adds a line "AP photos."): more than three before the
# next item is a story that names a place in capitals, and so is a page whose items come
# after more than three paragraphs of twelve words or more (a story and its datelined related
# teasers); the digests' preambles print one or two ("Here are the AP's latest coverage plans ...", the desk's
# phone numbers). A slug or capitals headline has at most ten words ("THE AP INTERVIEW-POPE
# FRANCIS-LGBTQ", "ELECTION 2024-TRUMP-COLUMNIST-LAWSUIT"). All chosen by hand.
DIGEST_MIN_ITEMS: Final = 3
DIGEST_ITEM_MAX_PROSE: Final = 3
DIGEST_PREAMBLE_MAX_PROSE: Final = 3
DIGEST_PARAGRAPH_MIN_WORDS: Final = 12
DIGEST_SLUG_MAX_WORDS: Final = 10
# ... and two letters at least ("UN-MALI"); the item's text after it at least two words
# ("Draft begins at 8 p.m."): a lone capitals word and a dash open no item (chosen by hand).
DIGEST_SLUG_MIN_LETTERS: Final = 2
DIGEST_TEXT_MIN_WORDS: Final = 2
# The source tags closing a digest item's paragraph ("... (AP) (BBC) (NPR)", "... (AP via ABC
# News)": Wikipedia's current-events portal on wiki.eso.workers.dev and legiblenews.com) are
# looked for in the line's last 260 characters: six tags of a five-word name each, the longest
# run the pattern takes (the portal's items cite one to three; chosen by hand).
DIGEST_TAGS_REACH: Final = 260
# A newsletter digest's numbered headline line ("1. Coronavirus", "9. BRYAN ADAMS CHALLENGES NEW
# MISSISSIPPI LAW": 47 characters) is at most a headline's length (HEAD_MAX_CHARS); a longer
# numbered line is a story's numbered sentence, passed over without a look.
DIGEST_NUMBERED_LINE_MAX_CHARS: Final = HEAD_MAX_CHARS

# An author page's name heading ("TIME Staff" over "Articles from Contributor" on
# keepingscore.blogs.time.com, "News Desk" over "Articles by News Desk" on newblog.space):
# at most this many words, as a writer's or desk's name runs ("Mary Ann de la Cruz").
AUTHOR_HEADING_MAX_WORDS: Final = 5

# A listing's or widget's heading ("Latest stories", "More from Politics") has at most this many words.
# Set in 49b2823.
LISTING_HEADING_MAX_WORDS: Final = 6
# Pagination ("« Previous 1 2 3 Next »", "Page 2 of 14") is a short line: at most this many
# characters and words (e81d295, chosen with the generic layout).
PAGINATION_MAX_CHARS: Final = 90
PAGINATION_MAX_WORDS: Final = 10
# A bare section heading has at most this many characters (e81d295, as above).
SECTION_HEADING_MAX_CHARS: Final = 50
# An interface command in capitals ("SKIP TO CONTENT") has at most this many words (e81d295).
UI_CAPS_COMMAND_MAX_WORDS: Final = 3
# A listing's heading ("Latest stories tagged ...") is at most this long (49b2823).
LISTING_HEADING_MAX_CHARS: Final = 70
# An icon's name printed as text ("Facebook Icon", "Shield Badge SVG Icon") is at most this
# many characters: the longest seen (ground.news, Business Insider) is 21; a headline that
# happens to end in "icon" is longer. Set in c3b54cf, chosen by hand.
ICON_LABEL_MAX_CHARS: Final = 60
# An image's file name alone on its line (layout.furniture.is_image_file) is at most this long:
# the SNworks names seen (thepostathens.com) run 25 to 45 characters, camera and CMS names
# ("IMG_4651.jpg", a slug with a size suffix) fewer; room for a long slug on top.
IMAGE_FILE_MAX_CHARS: Final = 125

# Longest line read as a markup token (layout.furniture.is_markup_token): four words of
# twenty letters and their three joins ("app-storeplay-store" is 19, "pakistan-police" 15);
# the length test comes first, so a long line costs no pattern call.
MARKUP_TOKEN_MAX_CHARS: Final = 83

# A decoration is short: a site's name or a section, at most this many words.
# Set in 49b2823.
DECORATION_MAX_WORDS: Final = 4
# A decoration recurring on this many of a page's titles is the page's, not a title's words.
# Set in 49b2823.
RECURRING_DECORATION: Final = 2

# A title glued to its teaser with no space: "... for the Harambee StarsFor the first time
# ever, Kenya ..." (search results on MSN-style pages). The title side has this many words
# at least, its last word two lower-case letters before the glue (not "McDonald").
# Set in f71fa77.
GLUED_TITLE_MIN_WORDS: Final = 5

# A "time | place | writer" stamp line: the place has at most this many words ("Adelaide",
# "New Delhi", "Rio de Janeiro"), the writer at most this many ("Subodh Mayure", "A
# Correspondent", "Press Trust of India").
# Set in 28c160f.
PLACE_MAX_WORDS: Final = 3
WRITER_MAX_WORDS: Final = 4
# A piece of a header line longer than this many words fills no name field (outlet, agency,
# writer): it is a title or a sentence (e81d295, chosen with the generic layout).
META_NAME_MAX_WORDS: Final = 6

# A marker is taken off only when a title of at least this many characters stays.
# Set in 395a2fd.
TITLE_AFTER_MARKER_MIN: Final = 12
# A title left before a byline glued to it ("... planBy Jane Roe", ``fill._glued_byline``)
# has at least as many words as a headline the layout takes (``HEAD_MIN_WORDS``, 3); a line
# with fewer before the glue is a name or a label, not a headline. Chosen by hand.
TITLE_AFTER_GLUE_MIN_WORDS: Final = 3
# An outlet's name after a title's last dash ("... - The Example Herald") is looked for in
# the title's last this many characters (outlet names seen are under 40).
OUTLET_SUFFIX_REACH: Final = 50

# -- Layout: article pages -------------------------------------------------------------

# Header lines an article's own story may print above its title (section, date, byline).
# Set in e81d295.
LEAD_HEAD_LINES: Final = 3

# A story page opening with its own header lines above the title: at most this many.
# Set in 0fbc988.
STORY_HEAD_LINES: Final = 3
# The title of such a page has at least this many words (headlines run 6-15).
# Set in 0fbc988.
STORY_TITLE_MIN_WORDS: Final = 5

# Entries under their header runs that print no title ("Aug 03" / teaser): at least this
# many of them right before the last entry make the page's shape title-less, so a cut-off
# last line is a teaser (newsonjapan.com prints five; two rule out a lone coincidence).
# Set in a972723.
TITLELESS_RUN_MIN: Final = 2

# A story's subheadings are followed by paragraphs; a list of other stories after it prints
# one teaser line (or none) under each title, down to the page's end.
# Set in e81d295.
RELATED_MAX_PROSE: Final = 1

# The lead story's edges in a text dump (fields/edges.py) use the HTML path's edge bounds
# (EDGE_LINE_CHARS, SHORT_PROSE_WORDS, EDGE_WORDS, EDGE_SHARE, SUBHEAD_MIN_WORDS, set in
# 1fdd460). After the story's last paragraph one short line alone may be a paragraph the dump
# cut off ("The council"); from this many short lines on the run is a block of links:
# m.jawharafm.net's "Agences" / "Partager sur" / "Retour" / "Les Dernières Vidéos" / "Les
# Dernières Actualités", lequotidien.com.tn's "Partage" over its footer's address bullets,
# nextnews24.com's "Search - Nextnews24.com" / "Share On:" / "Nextnews24 - Archive". A lone
# line still goes when it is a label ending in a colon ("Read Offline:", bhamterminal.com).
# Set in openweb34.
TAIL_EDGE_MIN_LINES: Final = 2
# The scraper keeps about 2,000 characters of a page (LABELS.md; benchmarks/reprints.py's
# PAGE_CHARS): a page whose last line ends past this offset may have been cut inside the story,
# German nouns and all ("Beim Ex" closed a reprint cut mid-word), and its short last lines are
# not trimmed as furniture. Set in openweb34, below 2,000 for the frame's lines the count holds.
DUMP_CUT_MIN_CHARS: Final = 1800

# A recurring furniture line is short; titles printed again are longer than this seldom matter.
# Set in e81d295.
RECURRING_MAX_CHARS: Final = 60

# Furniture lines are short; a paragraph is never one.
# Set in 357437a.
FURNITURE_MAX_CHARS: Final = 90

# A run of this many one-word labels, line after line, is a menu of tabs ("Exclusive" /
# "Publication" / "Byline" over htsyndication.com's lists; "Home" / "News" / "Sport" over
# many a scraped page), not a section heading: a heading is one line, maybe under a crumb.
# Set in 28c160f.
MENU_MIN_LABELS: Final = 3
# A heading over a listing names a section, maybe with the site's name ("CBC | Canada
# News"): at most this many parts (e81d295, chosen with the generic layout).
HEADING_MAX_PARTS: Final = 2

# -- HTML: blocks and metadata ---------------------------------------------------------

# Whether input is markup: it opens with "<" and holds a tag in its first this many
# characters, or holds at least this many tags in its first this many (bf7beb6, chosen by
# hand: plain text quoting a tag or two stays text).
SNIFF_OPEN_CHARS: Final = 65536
SNIFF_CHARS: Final = 4096
SNIFF_MIN_TAGS: Final = 5

# Which h1 is the headline: an h1 holding the stated title counts when the title has this
# many characters (scripts without spaces have one "word" a clause; b673016); the best h1
# needs this score, the share of its text the stated title covers (e1d39f1); without a
# stated title the first h1 of this many words is taken (bf7beb6). Chosen by hand.
UNSPACED_TITLE_MIN_CHARS: Final = 4
H1_TITLE_MIN_SCORE: Final = 0.5
LONG_H1_MIN_WORDS: Final = 4
# A date set before the title ("23.01.2022 - Headline") is cut when this many characters of
# title follow (fc732bd, chosen by hand).
DATE_KICKER_REST_MIN_CHARS: Final = 10
# A roof line inside the h1: when fewer than this share of the stated title's words are in
# the h1, the h1 holds only the kicker (00a4110, chosen by hand).
ROOF_WORDS_SHARE: Final = 0.5
# The site's name after the headline ("Headline | Site"): cut only after this many
# characters of headline; the short breadcrumb sections before it have at most this many
# words (dbe1738, a83d548); a site's name has at most this many words (dbe1738). Chosen by hand.
SITE_SUFFIX_MIN_TITLE_CHARS: Final = 15
BREADCRUMB_MAX_WORDS: Final = 3
SITE_SUFFIX_MAX_WORDS: Final = 6
# An opening paragraph that contains the title repeats it only when the title has more than
# this many characters, and the paragraph is at most this many times the title's length
# (bf7beb6 and e9d1bd0, chosen by hand).
SAME_TITLE_MIN_CHARS: Final = 20
TITLE_IN_PARA_MAX_RATIO: Final = 2

# A block remembers this many of its enclosing containers, innermost last: the candidates for
# the story's container (chosen by hand with the first HTML path; deeper wrappers hold the page).
# Set in bf7beb6.
BLOCK_ANCESTORS: Final = 24
# Where a page prints the byline and date: up to 4 blocks above its <h1> (breadcrumbs, a
# kicker, a date line) and 9 below it (standfirst, byline, date, photo credit); without an
# h1, among the page's first 12 blocks.
# Set in c7fc014.
TITLE_ZONE_ABOVE: Final = 4
TITLE_ZONE_BELOW: Final = 10
TITLE_ZONE_NO_H1: Final = 12

# A furniture-named wrapper (or a page-wide <form>) holding the headline or main region is
# walked, not skipped, when it also holds this many paragraphs (39acc2b: the fallback to
# trafilatura fell from 5% to 2% of html-dev's pages).
WRAPPER_STORY_PARAGRAPHS: Final = 5
# A paragraph, or any block this long, that is not mostly links is what a story is made of
# (``blocks.is_storyish``; the length also lets a long standfirst in a <div> lead a story,
# ``extent``). Chosen by hand with the first HTML path (bf7beb6; one definition since
# fe7bd93); the link share agrees with ``FLOW_LINKS`` and ``STANDFIRST_LINKS``.
STORY_BLOCK_MIN_CHARS: Final = 80
STORY_LINK_DENSITY: Final = 0.3
# Elements with a date (``<time>``, a date-classed element) read per page, in page order: the
# page's own date stands near its top (1523eec, chosen by hand; it bounds the work on a
# listing of thousands).
DATE_NODES_READ: Final = 200

# An author's description in the markup is compared with the page's blocks from this many
# characters (chosen by hand: a shorter one is a job title, not an author box).
# Set in ba91134.
MIN_BIO: Final = 40
# An author's name in JSON-LD, in a meta tag or in an author box is at least this many and at
# most this many characters (bf7beb6 and 53345de, chosen by hand: longer is a bio or a list).
AUTHOR_NAME_MIN_CHARS: Final = 2
AUTHOR_NAME_MAX_CHARS: Final = 80
# A byline printed around the headline names a person in at most this many characters and
# words (bf7beb6, chosen by hand; at least ``NAME_MIN_CHARS``).
PRINTED_NAME_MAX_CHARS: Final = 60
PRINTED_NAME_MAX_WORDS: Final = 6
# "Jane Roe and Sam Poe": a markup byline joins at most this many people (c4689c1, chosen by
# hand; more parts are a list of credits, kept whole). Also the people of a printed byline
# over its outlet ("Jane Roe, Sam Poe and Ola Nwosu" / ", CNN"; cards of CNN stories on
# abc17news.com and thenewseachday.com join two and three).
JOINT_MAX_NAMES: Final = 6
# JSON-LD is read this many levels deep (``@graph`` in a list in an object; bf7beb6, chosen by
# hand: real pages nest two or three).
LD_MAX_DEPTH: Final = 4
# A roof line printed inside the h1 ("Exclusive" over the headline) has at most this many
# words, and leaves a headline of at least this many (00a4110, chosen by hand).
ROOF_LINE_MAX_WORDS: Final = 8
ROOF_TITLE_MIN_WORDS: Final = 2
# A date attribute that is not ISO 8601 is read in its first this many characters (bf7beb6,
# chosen by hand).
DATE_VALUE_CHARS: Final = 60
# An author box cut short matches the author's description in the markup by its beginning
# only from this many characters (ba91134, chosen by hand: twice the shortest bio read).
BIO_PREFIX_MIN_CHARS: Final = 2 * MIN_BIO

# A date line over the headline ("02.02.2022 A-Frauen") holds at most this many words besides
# the date (its section).
# Set in a272c02.
DATE_SECTION_MAX_WORDS: Final = 3

# Characters between a date's label and the date ("Fr, ", "Monday, ").
# Set in 1523eec.
DATE_LABEL_REACH: Final = 16
# A block that is only a date ("4 de marzo de 2024", with a label, weekday or time), or a
# date and a section over the headline ("02.02.2022 A-Frauen"), is at most this long
# (fca3d71 and a272c02, chosen by hand).
DATE_LINE_MAX_CHARS: Final = 60
# A dated element's text is read for its date only up to this length (bf7beb6, chosen by
# hand: a longer one is a paragraph that mentions dates).
DATE_NODE_MAX_CHARS: Final = 300
# A block labelling the page's date ("Erschienen am: 13.10.2021") is at most this long; the
# date follows its label within ``DATE_LABEL_REACH`` plus the longest date text (1523eec,
# chosen by hand).
DATE_LABEL_BLOCK_MAX_CHARS: Final = 200
# A page's own date is at most this far after the moment it was read (the scrape time, or
# now): a printed day is taken as midnight UTC, and a page east of UTC prints tomorrow's date
# for the last hours of a UTC day; UTC+14 (Kiribati) is the farthest zone. A later date is an
# event the page announces, not its own date.
DATE_AHEAD_OF_READ_HOURS: Final = 14
# The longest date text in the corpora: "Mittwoch, 11. Juni 2025, 14:30 Uhr (MESZ)" (a
# measurement, see ``TIME_TEXT_MAX_CHARS``).
LONGEST_STAMP_CHARS: Final = 40
# A one-line card's date glued to its title's end is looked for this far into the line: the
# longest title (``HEAD_MAX_CHARS``) and the longest stamp (``LONGEST_STAMP_CHARS``). Past
# ``FIND_TIME_WIDTH`` only a date glued to the title's last character counts (a spaced one
# there may be the teaser's). Why: europesays.com's cards whose title runs past 120
# characters ("'Quoted words': <headline>January 6, 2026 <teaser>") lost their title.
CARD_TIME_REACH: Final = HEAD_MAX_CHARS + LONGEST_STAMP_CHARS

# Below this support (one markup source alone, or visible dates that disagree) htmldate is
# asked too: its wider search settles most such pages, and asking it on every page would
# cost more than the rest of the HTML path.
# Set in 1523eec.
CONFIDENT_DATE: Final = 2.5
# A date in UTC and another in local time within this many seconds are one instant stated
# twice: the local one votes for its day (e37db2c, chosen by hand: the sources differ by
# seconds at most).
SAME_INSTANT_SECONDS: Final = 60

# A longer block near the headline is story text, whose dates are events, not the page's.
# Set in c7fc014.
NEAR_TITLE_CHARS: Final = 400

# -- HTML: the story's extent ----------------------------------------------------------

# Set in bf7beb6, c7fc014, b357b28.
HINT_MIN_TEXT: Final = 250  # a markup-named container needs this much story text to be believed
HINT_SHARE: Final = 0.8  # ... and a score this close to the best container's
HINTS_READ: Final = 70  # markup hints past the first 70 are teasers of a listing
SIBLING_SHARE: Final = 0.25  # sibling boxes join when they add this share of the story's text
STANDFIRST_REACH: Final = 12  # the standfirst stands within this many blocks under the headline
STANDFIRST_MIN_WORDS: Final = 6  # ... and has at least this many words
STANDFIRST_LINKS: Final = 0.3  # a standfirst is not mostly links
LINK_LIST: Final = 0.5  # a block more than half links is a link list, unless it is long prose
LINK_PROSE_CHARS: Final = 300  # ... long prose: at least this many characters, outside a list item or a cell
CELL_CHARS: Final = 25  # a list item or table cell shorter than this is a label or a button

# Set in bf7beb6, 9a4485a.
FURNITURE_PENALTY: Final = 0.5  # furniture text counts half against a container
CONTAINER_TIE: Final = 0.03  # containers within 3% of the best score hold the same story: the innermost wins

# Set in 9a4485a.
CARD_CHARS: Final = 400  # a headline and a summary of a sentence or two
CARD_BLOCKS: Final = 6  # ... in at most this many blocks
LINKED_TITLE_LINKS: Final = 0.8  # a line this much link, of a few words, is a linked headline
LINKED_TITLE_WORDS: Final = 3  # ... of at least this many words
TEASER_CARDS: Final = 3  # this many cards side by side make a list of teasers
TEASER_SHARE: Final = 0.6  # ... when they hold most of their container's text (a story with boxes set in does not)

# Set in c7fc014, 0d86e17.
FLOW_LINKS: Final = 0.3  # a story paragraph is not mostly links
RESUME_CHARS: Final = 500  # this much story text after a closing heading means the story goes on
# After a box of related links or comments the markup names as such (and the walk skipped),
# one paragraph built like the story's own means the story goes on: news sites set such
# boxes into their stories ("Related: ..."), often shortly before the last paragraph.
# Set in 124b8a0, c7fc014.
RESUME_AFTER_BOX: Final = 1
CLOSING_END_SHARE: Final = 0.5  # a closing heading ends the story only after this share of its text

# Set in 1fdd460.
EDGE_LINE_CHARS: Final = 80  # an edge line is short; a longer block is a paragraph whatever it ends with
SHORT_PROSE_WORDS: Final = 4  # a line of this many words ending in a sentence end is prose, however short
EDGE_SHARE: Final = 0.2  # edge lines above this share of the story's text mean the page is no plain story
EDGE_WORDS: Final = 6  # a longer line without a sentence end is a subtitle or a list's entry, not a label
# A line over the story's first paragraph is its subhead from this many words; one word is a
# place or section kicker (1fdd460, chosen by hand).
SUBHEAD_MIN_WORDS: Final = 2

# -- HTML: story furniture -------------------------------------------------------------

# Set in c7fc014, 7f19478.
SITE_NAME_CHARS: Final = 80  # a block this short that is only the site's name is a label
STAMP_CHARS: Final = 90  # a time line ("Updated March 4, 2024 10:00 AM") is short
DOWNLOAD_CHARS: Final = 240  # a download link's block ("PDF, 1.2 MB") is shorter than this
FIGURE_LABEL_CHARS: Final = 400  # a block opening with a figure label ("Abb. 2:") is a caption below this length
CAPTION_LABEL_WORDS: Final = 4  # after "Foto:", more words than this are a caption, fewer a credit
BYLINE_PARAS: Final = 3  # a printed byline stands among the story's first paragraphs
TAGLINE_SHARE: Final = 0.8  # an author's tagline stands under the story: after this share of its text

# Set in c7fc014.
META_LINE_WORDS: Final = 14  # a byline or meta line near the headline is short; a longer block is story
BYLINE_PARA_WORDS: Final = 16  # a byline paragraph inside the story
BYLINE_PARA_CHARS: Final = 300  # ... and characters

# Set in d22e601.
BYLINE_EDGE_PARAS: Final = 3  # paragraphs at either end of the story where a printed byline stands

# A line under the story introducing its author ("Jane Roe is a reporter at ...") is shorter than this.
# Set in 7f19478.
TAGLINE_CHARS: Final = 600
# "Jane Roe / 4.3.2024 / 10:00 / Foto: X" over the headline: after the name, at most this many
# words, holding a date (c32a802, chosen by hand).
BYLINE_DATE_REST_MAX_WORDS: Final = 6

# "(Jane Roe / iStock.com)": a photographer and a photo service of the rule files after a
# slash. Before the slash (the photographer) at most this many characters and at least
# ``CREDIT_WHO_MIN_CHARS`` (a one-letter "photographer" is a path); after the service's name
# (".com", " Plus", "/Getty Images") at most this many.
# Set in c7fc014.
CREDIT_WHO_MAX_CHARS: Final = 60
CREDIT_AFTER_SERVICE_MAX_CHARS: Final = 30
CREDIT_WHO_MIN_CHARS: Final = 2

# Set in c7fc014.
CREDITED_CAPTION_MAX_WORDS: Final = 45  # a credited block longer than this is a paragraph that mentions a photo
OVER_CREDIT_CHARS: Final = 100  # a caption over a bare credit line is a short line
BARE_CREDIT_MAX_CHARS: Final = 80  # a bare "© Name" credit line
# A line over a bare "© Name" credit is its caption from this many words; fewer (a date, a
# reading time, "1/2") is not (9922321, chosen by hand).
OVER_CREDIT_CAPTION_MIN_WORDS: Final = 4
# A paragraph that is one text printed twice is a caption's double from this many characters a
# half (captions._doubled_captions): the shortest captions seen doubled on lep.co.uk and
# yorkshireeveningpost.co.uk run to about 40; a short word or cheer repeated ("Yes yes") is not
# one (daily8m, chosen by hand below those).
DOUBLED_CAPTION_MIN_CHARS: Final = 20
# A caption's double holds at least this many words: a picture's description is a clause, not a
# name or a label printed twice (daily8m, chosen by hand).
DOUBLED_CAPTION_MIN_WORDS: Final = 3

# -- HTML: the second opinion ----------------------------------------------------------

# When the fast path asks trafilatura for a second opinion: under this many characters of
# story text it found next to nothing (1fdd460); under this many the story is short, as most
# news stories are not (d5bd3b9); a rival container scoring at least this share of the
# chosen one's score means two regions read as story (d5bd3b9). Chosen by hand on html-dev.
LITTLE_TEXT: Final = 120
SHORT_STORY: Final = 500
RIVAL_SHARE: Final = 0.5
# trafilatura's cost grows with the page's elements: on html-dev's largest doubtful page (636
# block containers) it took 145 ms, as long as ten median pages of the whole fast path. Above
# this many containers (more than 95% of html-dev's pages have fewer) only a page with next
# to no text is worth that.
# Set in dd08ab6.
ASK_CONTAINERS: Final = 500

# Set in 124b8a0, d5bd3b9, 1fdd460.
AGREEMENT_REACH: Final = 3  # trafilatura's paragraphs this close to the agreed core continue it
AGREEMENT_TAKE_OVER: Final = 2  # trafilatura's story text must be this many times the fast path's to replace it
AGREEMENT_LONG_BLOCK: Final = 80  # a block this long that is not links reads as a paragraph

# Set in 124b8a0, 19119fe.
SHORT_KEY: Final = 40  # a block with fewer letters than this is matched only near where the last match ended
SHORT_REACH: Final = 300  # ... within this many characters of trafilatura's text
EDGE_KEY: Final = 60  # a long block trafilatura trimmed still matches by its first or last 60 characters
LONG_REACH: Final = 20_000  # a long block is looked for this far after the cursor first

# Set in 1766d19.
WHOLE_UNMATCHED: Final = 0.1  # a structured-data text with more than this share not on the page is not the page's

# Set in 1766d19.
MARKUP_BODY: Final = 500  # a shorter JSON-LD articleBody is an excerpt (a teaser, a paywall's first lines)

# Where the fast path found next to nothing and most of trafilatura's text is in no block of
# the page (text the walk never reads), trafilatura's paragraphs are the answer, unaudited.
# Set in 1fdd460.
UNMATCHED_SHARE: Final = 0.5

# Set in c7fc014.
AGGREGATOR_SITE_RULES: Final = 3  # this many distinct site-file rules on a page make it an aggregator's
AGGREGATOR_SECTION_RULES: Final = 2  # ... or this many when one of them marks a section
SITE_RULE_LINE_CHARS: Final = 120  # a site rule's line (a widget, a section marker) is short

# -- Rule suggestions (newsclean rules suggest) ----------------------------------------

# A rule is what recurs: on at least this many distinct pages, and on a third of them.
# Set in 27a69b3.
SUGGEST_MIN_PAGES: Final = 3
SUGGEST_MIN_SHARE: Final = 1 / 3
# Furniture lines are short: a banner, a button, a label (the longest seen in the corpora's
# chrome is about 70 characters); longer recurring lines are a story printed twice.
# Set in 27a69b3.
SUGGEST_LINE_MAX_CHARS: Final = 80
SUGGEST_LINE_MAX_WORDS: Final = 10
# A title affix is a site's or a section's name: a few words.
# Set in 27a69b3.
SUGGEST_AFFIX_MAX_WORDS: Final = 5
# Header lines right above or under a title: at most this many (as layout/entries.py reads them).
# Set in e81d295.
SUGGEST_HEADER_LINES: Final = 3
# A [layout] header hint is proposed when this share of the pages that print header lines agree.
# Set in 27a69b3.
SUGGEST_HEADER_AGREEMENT: Final = 2 / 3

# Date lines are short ("Wednesday, 11 June 2025, 16:48 GMT+8" is 36 characters).
# Set in 27a69b3.
SUGGEST_DATE_LINE_MAX_CHARS: Final = 60
# A line that is a piece of a title (this long at least) or a sentence (this many words and a
# stop) is never proposed as chrome (27a69b3, chosen by hand).
SUGGEST_TITLE_PIECE_MIN_CHARS: Final = 12
SUGGEST_SENTENCE_MIN_WORDS: Final = 6

# A name standing alone on a card's line is a paper's by its words ("Coast Post", "The
# Morning Ledger", "Folha do Vale Paulista") when it has at least two words and at most this
# many: the publishers over Google News's and MSN's cards run to four ("The Times of India",
# "Folha de S.Paulo"), a fifth allows one particle more; longer lines are headlines or
# sentences that happen to hold "Post" or "Times" (openweb11).
PAPER_NAME_MAX_WORDS: Final = 5

# A header line of pieces under a headline ("Written by Jane Roe | New Delhi | Updated: June
# 9, 2025 14:30 IST" is 66 characters; Indian portals' longest, with an editor and a city,
# run to about 110): past this many characters the first paragraph is the story's own
# (openweb11, body._header_stamp_line).
HEADER_STAMP_LINE_MAX_CHARS: Final = 140
# A stamp line closed by its writer ("17 avril 2014 à 17h37 par La rédaction", "... par AFP",
# "... by Jane K. Roe"): the name after the word runs to this many words, a person's name
# (PERSON_NAME_MAX_WORDS) or a desk's ("La rédaction"); more words are a sentence going on
# (openweb34, body._stamp_by_line).
STAMP_BY_NAME_MAX_WORDS: Final = 4

# A writer's name and an outlet's on one line ("Jane Roe - The Philippine Star", "Sam T. Poe |
# The Morning Ledger") run to a name's four words and a paper's five: past this many words a
# line with a dash is a headline, and the line shapes do not ask (openweb11; the comma form,
# "Jane Roe, CNN", is a label's shape and read where labels are).
PERSON_OUTLET_MAX_WORDS: Final = 9
# A newsletter's greeting naming its writer ("👋 Hi! Jane Roe here. It's time for Tuesday's
# news!") stands among the body's first this many paragraphs (USA Today's Daily Briefing
# puts it under a one-paragraph deck, or first), and is cut as the author line when it has
# at most this many words (the greetings seen have 9 to 11; one running on into the issue's
# text has 50 and more).
NEWSLETTER_GREETING_PARAGRAPHS: Final = 3
NEWSLETTER_GREETING_MAX_WORDS: Final = 20

# Lower-case words an unbracketed "Photo by <name>" credit closing a paragraph may hold: a
# "for" and a "via" ("Photo by Jane Roe for The Kessel Times via Getty Images"); more are a
# sentence of the story run on after the credit ("Picture by Jane Roe Other towns may follow
# the council's lead.", Malay Mail's dash credit glued before the next sentence on Daily8).
PHOTO_BY_MAX_LOWER_WORDS: Final = 2

# A story's trailer read as a header run of its own: a labelled stamp and the author's name
# over it ("News Desk" / "First Published: ..."; News18's footer on Daily8), two lines; a
# byline of up to four words ("By Jane K. Roe").
STAMP_TRAILER_MAX_LINES: Final = 2
STAMP_TRAILER_NAME_MAX_WORDS: Final = 4

# Words before a date a headline that runs on into it has at least ("Aries Daily Horoscope for
# June 30, 2025"): three. Two ("Archive for June 9th, 2025") are a date archive's heading, read
# as such by the layout (peoples-balita.com's day pages).
HEADLINE_DATE_MIN_WORDS: Final = 3

# A breadcrumb trail glued before the headline it ends with, its separators lost ("Home U.K
# <headline>", "HomeLocal News<headline>"): the trail's words before the headline. tagDiv's
# trails seen are "Home" and one or two section names (2 to 4 words: nytimespost.com,
# moosegazette.net, thewatchnewssl.com); 6 leaves room for a sub-section without reaching
# into a sentence. Set in openweb24.
GLUED_TRAIL_MAX_WORDS: Final = 6
# How far down the page such a trail is looked for: it sits over the headline in the page's
# header, after at most a date line and a few menu lines (the pages above: 0 to 2 lines
# over it). Set in openweb24.
GLUED_TRAIL_SCAN_ITEMS: Final = 8
# A caption printed twice with no credit on either copy (captions._bare_caption_twice) has at
# least this many words: the copies seen (thecourier.co.uk, thedailynewnation.com) run to 13
# and 24; a short label or table cell repeated ("S - 3XL", "12 V mit Adapter", html-dev's
# werkzeugforum.de table) is shorter. Set in openweb24.
CAPTION_TWICE_MIN_WORDS: Final = 6

# Dates heading groups of a listing's entries (layout._date_groups): at least two such dates on
# the page. One date over the first entry and none below may be the site's clock (tag pages
# printing today's date at the top: see layout._page_clock); shadowwingi.blogspot.com's month
# pages print one per day over two to five posts. Chosen by hand.
DATE_GROUPS_MIN: Final = 2
# ... and at most half the entries print one (a day's group holds two posts on average): where
# most entries print a date of their own (allsides.com's search cards, a date over each title;
# evrimagaci.org's section cards, a date after each teaser), a bare date is its entry's, and
# the ones a card lacks come from no other. shadowwingi.blogspot.com: 2 dates over 5 posts.
DATE_GROUP_MAX_SHARE: Final = 0.5
# A word of a URL's path or of a page heading counts for their agreement from three letters
# ("tv", "de", "of" say nothing of a section), and two words agree on their first four
# letters ("sports" and "/sport/", "política" and "/politica/"); layout.kind
# .url_contradicts_heading, openweb35 (sections of openweb25/26, wide_tune and the openweb35 pages).
SECTION_PATH_WORD_MIN: Final = 3
# A masthead whose letters open the host's name is the site's own when it makes up at least
# half of it: "The Post" is 7 of thepostathens.com's 13 letters (the town adds the rest);
# a shorter opening ("News" of newsnow) is as often a word the host starts with.
# layout.kind._opens_host_name, openweb35.
HOST_NAME_OPENING_SHARE: Final = 0.5

# The page's own line above its first entry (layout._preamble_motto: a motto, a disclaimer, a
# one-sentence blurb) is at most this many lines of fewer than this many words: one, as two
# short lines above a misread first title are two teasers of a feed (esprimicia.com.ar's
# untitled teasers of 22 and 30 words, kept; theweek.com's two-line pitch is left); the ones
# seen run 11 to 29 words (correioburitiense.com.br's motto 13, nachrichtenlokal.de's blurb 17,
# theweek.com's pitch 14 and 19, nigerianbulletin.com's section blurb 29), while every labelled
# untitled first entry that is a story is a paragraph of 40 words or more (gulf-times.com's
# author page, corontech's Reuters teaser, theonion.com's story) and a story's tail cut off at
# the top opens in lower case.
MOTTO_MAX_LINES: Final = 1
MOTTO_MAX_WORDS: Final = 35
# Its first letter is looked for in this many characters (quotation marks, brackets before it).
MOTTO_OPENING_REACH: Final = 8

# A listing's only untitled, undated paragraph this long is the section's own description, no
# teaser (layout._lone_section_blurb): japan-pc.jp's and maltemoney.com.br's category blurbs
# run 100 to 150 words; a listing's lone teaser is a summary (lyonpeople.com's 27 words; the
# labelled untitled teasers run 25 to 54 words).
LISTING_BLURB_MIN_WORDS: Final = 80
# A picture's text alternative printed over its caption (captions._alt_text_echo) shares at
# least this many opening words with the caption: the alternatives seen open with 4 to 9 of
# the caption's words ("Die aktuellen Coronavirus-News Deutschland (Foto) Suche" over its
# caption on news.de; "Un homme marche dans une rue couverte de neige." over "... neige à
# Boston, samedi matin." on n3k6.wordpress.com); three words are a sentence's common opening
# ("The council said"). Set in d8real11.
ALT_ECHO_MIN_WORDS: Final = 4
# ... and runs past the caption's words by at most this many words (the image viewer's button
# labels after the alternative: "(Foto) Suche", two on news.de). Set in d8real11.
ALT_ECHO_EXTRA_WORDS: Final = 3
# The headline part of a page title printed again at a reprint's start (segment._title_part_in_body):
# a part of at least this many words (the headlines seen: 4 to 8 words; a site's name is one to
# four: "hausinfo", "Mady Morrison", "Yoga Lifestyle", so two-word parts never count), looked for
# in the body's first this many lines (the reprints print it first or under a kicker and a
# newsletter line: third at most, on hausinfo.ch). Set in d8real11.
TITLE_PART_MIN_WORDS: Final = 3
TITLE_PART_REACH: Final = 4
# A kicker over that headline: a line of at most this many words with no stop ("Angenehmes
# Raumklima" on hausinfo.ch, "Lass uns übers Wetter reden" on kyffhaeuser-nachrichten.de).
# Set in d8real11.
TITLE_KICKER_MAX_WORDS: Final = 5
# A page title of more parts than this is no headline with its site's names around it (the
# most seen: 3, "<headline> - Mady Morrison - Yoga Lifestyle"), and the runs of parts compared
# grow with the square of their number: the reading stops there. Set in d8real11.
TITLE_PARTS_MAX: Final = 6
