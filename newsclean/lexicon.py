"""Word knowledge the stages share: month names, sentence ends, the words of bylines.

Below classify, segment, fields and html in the import graph: it imports nothing from the
package, so any stage can read it. What is here is language, not site knowledge: the names
of outlets, agencies and photo services live in the rule files (``newsclean/rules/``).

Where two stages keep different sets for what reads as the same idea (three sets of
sentence ends), the difference is on purpose and each set is named for its job below;
merging them would change what the stages decide.
"""

from __future__ import annotations

import re

# -- headlines ------------------------------------------------------------------------------

# Words no headline ends on (a line ending on one is a sentence broken by a link, and a
# capitalised word after one is inside a headline, not a sentence opening after it).
FUNCTION_WORDS = frozenset(
    "a an the of to in on at for by with from and or but as is are was were be been that "
    "this these those its their his her our your my into than then so if about over under "
    "after before while who whom whose which what when where how not no".split()
)

# -- list marks -----------------------------------------------------------------------------

# The glyphs a list item opens with, as sites print them before a headline: the bullets
# ("•", "▪", "◦", "‣", "·") and the pointers and squares of portals' and magazines' lists
# ("►", "▶", "▸", "■", "●", "◆", "➤"). Issue 18: a bullet never stays in a title. The
# readers that take dashes or "*" as marks too add them where they need them.
BULLET_GLYPHS = "•·‣▪◦►▶▸■●◆➤"

# -- months ---------------------------------------------------------------------------------

# The English months in calendar order, and their three-letter abbreviations.
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
MONTH_ABBREVIATIONS = tuple(name[:3] for name in MONTH_NAMES)
# The English month names' first letters, as a regex alternation: "Sept" beside "Sep" since
# some agencies print it. Each user adds its own tail (the rest of the name, a full stop),
# since they differ on case: ``timeparse`` reads "JUNE" and keeps "MayJune" apart, the
# dateline reads only lower-case tails ("June", "Jun.").
MONTH_STEMS = "|".join((*MONTH_ABBREVIATIONS[:9], "Sept", *MONTH_ABBREVIATIONS[9:]))
# The months written shortened with a full stop ("Jan.", "Sept."): all but May, which has
# nothing to shorten, so a full stop after it ends a sentence ("... in May. The council").
SHORTENED_MONTHS = tuple(stem for stem in MONTH_STEMS.split("|") if stem != "May")
# Month names and their usual abbreviations in the languages the dates are read in, by month
# (and Polish genitives, which the HTML path read before ``dates`` did). A name shared by
# several languages means the same month in all of them ("mar", "mai", "ago").
MONTH_WORDS = (
    "january jan januar jänner jän janvier janv enero ene janeiro gennaio gen januari stycznia",
    "february feb februar februari février fevrier févr fevr febrero fevereiro fev febbraio lutego",
    "march mar märz maerz mär mars marzo março marco maart mrt marca",
    "april apr avril avr abril abr aprile kwietnia",
    "may mai mayo maio maggio mag mei maja",
    "june jun juni juin junio junho giugno giu czerwca",
    "july jul juli juillet juil julio julho luglio lug lipca",
    "august aug août aout agosto ago augustus sierpnia",
    "september sep sept septembre septiembre setiembre setembro set settembre września",
    "october oct oktober okt octobre octubre outubro out ottobre ott października",
    "november nov noviembre novembro novembre listopada",
    "december dec dezember dez décembre decembre déc diciembre dic dezembro dicembre grudnia",
)
# January as "1 January 2022" is written where htmldate's reading of a bare year as New Year's
# Day is checked (``html/dates``): the stems of the table's January words in English, German,
# French, Spanish, Italian and Portuguese that the check was written with (a stem takes up to
# four more letters there: "janv", "januari").
NEW_YEAR_JANUARY = ("jan", "januar", "january", "janvier", "enero", "gennaio", "janeiro")

# -- the clock and the calendar -------------------------------------------------------------

# Facts a printed date or time is checked against, not thresholds: a slashed date with a
# number over ``MONTHS_IN_YEAR`` has its day there; an hour with "am"/"pm" runs 1 to
# ``HALF_DAY_HOURS`` and is moved onto the 24-hour clock by that many hours.
MONTHS_IN_YEAR = 12
HALF_DAY_HOURS = 12
LAST_HOUR = 23
LAST_MINUTE = 59

# -- sentence ends --------------------------------------------------------------------------

# What closes a clause in the scripts seen, commas and colons included: a short line ending
# in one of these is running text, not a name or label line (``classify``). Also the full
# stops of scripts without a Latin one: "।" (Devanagari), "。" (CJK), "؟" (Arabic).
CLAUSE_END = (".", "!", "?", ":", ";", ",", "…", "।", "。", "！", "？", "؟", "،")
# What closes a sentence of an HTML block, closing quotes and brackets included: a block of a
# few words ending so is prose however short (``html/agreement``, ``html/edges``). No colon
# or comma, unlike ``CLAUSE_END``: a short block ending in one ("Read more:") is not counted
# as prose.
BLOCK_SENTENCE_END = (".", "!", "?", "…", '"', "”", "»", "«", ")")
# What ends a short block that is text, not the caption over a photo credit line
# (``html/captions``): with the colon (a label) and "“" (German's closing quote), without
# "…" and ")"; a set of its own, since the caption reading was measured with it.
CAPTION_SENTENCE_END = (".", "!", "?", ":", '"', "“", "”", "»", "«")

# Weekday names and their short forms, as a site's masthead clock opens ("Sunday, 7 August,
# 2022", "Tue, 21-Oct-2025"): lower case, without the full stop.
WEEKDAY_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split()
)

# -- bylines and names ----------------------------------------------------------------------

# Lower-case words of a writer's job: a "name" holding one is a role, not a person
# ("Staff Writer", "Bureau Chief", "Globe Correspondent").
ROLE_WORDS = frozenset(
    "correspondent reporter writer editor contributor columnist photographer producer "
    "staff journalist bureau chief senior deputy special desk news globe times".split()
)
# What a publication's name ends with ("Island Herald", "Kessel Courier"): after a byline's
# comma it names the outlet, not a second author. ("Post", "Press" and "Mail" are surnames too.)
OUTLET_WORDS = frozenset(
    "herald gazette courier ledger tribune journal chronicle telegraph inquirer observer guardian weekly daily".split()
)
# A paper's word in the languages the date reader knows and the regions issue 18 names, where
# a masthead's word may stand first ("Harian Jogja", "Diario Libre", "Jornal Nacional") or
# last ("Berita Harian", "Jawa Pos", "Berliner Zeitung", "Dainik Jagran"): "daily", "paper",
# "news", "voice", "post" and their kin in Indonesian/Malay, Spanish, Portuguese, German,
# French, Italian, Hindi/Urdu transliterated and Filipino. None is a person's given name or
# surname in the name shapes the byline readers take ("Leo", "Matin" left out for that).
MASTHEAD_WORDS_ABROAD = frozenset(
    "harian koran berita kabar warta suara tribun pos "
    "diario periodico noticias cronica jornal folha gazeta correio tribuna prensa "
    "zeitung nachrichten kurier rundschau anzeiger tagblatt tageblatt morgenpost "
    "quotidien presse corriere gazzetta giornale stampa "
    "samachar khabar akhbar dainik patrika "
    "balita pahayagan".split()
)
# The words that make a name a newspaper's wherever they stand in it, for a name standing
# alone on a card's line ("Coast Post", "The Morning Ledger", "Harian Pagi", "Folha do
# Vale"): ``OUTLET_WORDS``, the English masthead words a section's name never holds ("News",
# "Today", "Report", "Monitor", "Insider" head sections: "World News", "Market Monitor"),
# and the paper words of MASTHEAD_WORDS_ABROAD (its words for "news", which name sections
# too, "Berita Terkini", "Noticias Nacionales", are left out).
PAPER_WORDS = OUTLET_WORDS | frozenset(
    "post times press star sun mail express mirror independent standard globe examiner sentinel "
    "advertiser harian koran suara tribun pos diario periodico jornal folha gazeta correio tribuna "
    "prensa zeitung kurier rundschau anzeiger tagblatt tageblatt morgenpost quotidien presse "
    "corriere gazzetta giornale stampa dainik patrika akhbar pahayagan".split()
)
# Lower-case words inside a name ("Ludwig van Beethoven", "Siti binti Aziz").
NAME_PARTICLES = frozenset("van von de da der den del di du bin binti al el la le".split())
# The particles the byline patterns let into a name: fewer than ``NAME_PARTICLES`` (which the
# name splitter uses); kept as the patterns were written, since more would let more lines
# read as bylines.
PATTERN_PARTICLES = ("van", "von", "de", "da", "bin", "binti", "al", "el")
# Capitalised words that end a name: "Jane Roe For Dailymail.com", "Jane Roe In Seoul".
NAME_ENDS = frozenset("For FOR In IN At AT From FROM".split())
# The job closing a "Jane Roe, Staff Writer" line.
STAFF_ROLES = ("Correspondent", "Reporter", "Writer", "Contributor", "Columnist", "Journalist", "Bureau Chief")
# The job after an inline "By Jane Roe, Staff Writer" in a paragraph's opening.
INLINE_BYLINE_ROLES = (
    "Correspondent",
    "Reporter",
    "Staff Writer",
    "Writer",
    "Editor",
    "Contributor",
    "Columnist",
    "Staff",
)
# A newsroom's unnamed byline, printed alone under a headline where a writer's name would
# stand: "Staff Reporter", "Our Correspondent", "A Special Correspondent", "Web Desk" (the
# desk credits of South Asian dailies and their listings). The words the line may open
# with, the job words that may come before the role, and the roles themselves. A paper's
# bureau signs the same way: "ET Bureau" (the Economic Times, reprinted by the Times of India
# on Daily8), "The Hindu Bureau" (The Hindu's stories under their headline).
DESK_BYLINE_OPENERS = ("Our", "A", "From Our", "By Our", "By A", "By")
DESK_BYLINE_KINDS = ("Staff", "Special", "Senior", "Own", "Sports", "City", "Business", "Diplomatic", "Legal")
DESK_BYLINE_ROLES = ("Reporter", "Correspondent", "Desk", "Bureau")
# Labels of a "Reporter: Jane Roe" line (with an optional plural "s").
ROLE_LABELS = ("Presenter", "Reporter", "Host", "Writer", "Author", "Correspondent")

# The lead-in labels of a brief's template, opening its paragraphs ("Why it matters: ...",
# "What happened: ..."): ground.news's daily briefing, axios.com's story cards and the
# newsletters that copy that format. The label is the template's, the sentence the story's.
# Fox News's scoop kicker opens a story's first paragraph the same way ("FIRST ON FOX: A
# fundraising group ..."; seen on foxnews.com copy reprinted by two other sites), and read
# as a dateline it became the place "FIRST ON FOX".
BRIEF_LABELS = frozenset(
    (
        "What happened", "Why it matters", "The big picture", "Driving the news", "Between the lines",
        "State of play", "Zoom in", "Zoom out", "What's next", "What’s next", "The bottom line", "Yes, but",
        "Reality check", "By the numbers", "What they're saying", "What they’re saying", "The intrigue",
        "Catch up quick", "Our thought bubble", "What we're watching", "What we’re watching",
        "FIRST ON FOX",
    )
)  # fmt: skip
# The longest of them, with its ": ": how far into a paragraph to look for one.
BRIEF_LABEL_REACH = max(len(label) for label in BRIEF_LABELS) + 2
# The words a screen reader hears before a photo's credit and caption, which text scrapers
# keep: the BBC's pages ("Image source, Getty Images" / "Image caption, The mayor in ..."; the
# same offscreen texts on its World Service sites and its sport pages), older BBC pages without
# the comma's platform ("Image copyright"). The credit label is followed by the credit, the
# caption label by the caption (fields.captions.offscreen_captions).
OFFSCREEN_CREDIT_LABELS = ("Image source, ", "Image copyright, ", "Video source, ")
OFFSCREEN_CAPTION_LABELS = ("Image caption, ", "Video caption, ")
# Labels of a link to another story in languages besides English ("Lea más: <headline>" on
# ultimahora.com, "Lesen Sie auch: ..." on German sites): such a line is never the story's own
# heading, however much the paragraph under it says the same (fields.headlines).
READ_ON_LABELS = (
    "Lea más:", "Lea también:", "Lee también:", "Leia mais:", "Leia também:", "Lesen Sie auch:",
    "Lesen Sie mehr:", "Mehr zum Thema:", "Lire aussi:", "À lire aussi:", "Leggi anche:",
)  # fmt: skip


def alternation(words: tuple[str, ...]) -> str:
    """``words`` as a regex alternation, in order (the words are plain letters and spaces)."""
    return "|".join(words)


# The verbs a line closes on when it introduces the quotation under it ("Johnson wrote:", "The
# mayor added:"), the past and present forms the stories quoting posts and speakers use.
QUOTE_LEAD_VERBS = frozenset(
    "wrote writes said says added adds tweeted tweets posted posts remarked remarks explained explains "
    "continued replied replies responded commented comments shared shares stated noted insisted declared "
    "warned".split()
)


# The verbs of reported speech a news teaser's sentence carries ("..., the council said.",
# "according to ..."), in the languages of the labelled listings: a line above a listing's
# entries that reports someone's words is a story's text, never the page's motto or blurb
# (layout._preamble_motto).
REPORTING_VERBS = (
    "said", "says", "told", "tells", "according", "announced", "reported",
    "disse", "afirmou", "dijo", "afirmó", "sagte", "erklärte", "déclaré", "annoncé", "detto", "dichiarato",
)  # fmt: skip


# A counter as a post's header prints it once its icon is gone: "0", "141", "1,204", "12.5K"
# (comments, views, shares). Shared by the body's opening counters and the page's.
# re, not regex: no regex-only syntax, and re holds the GIL (regex drops and retakes it per call)
HEADER_COUNTER = re.compile(r"\d{1,3}(?:[,.]\d{3}){0,2}|\d{1,7}|\d{1,3}(?:\.\d)?[KkMm]")
