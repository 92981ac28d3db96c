"""Site furniture found by shape, for sites no rule file knows.

Before its first entry a page prints its own heading ("Health News", "CBC | Canada News",
"Tag - health-care", "News Archive") and navigation; between entries, pagination
("Stories 41 - 60 | << Prev Next >>") and lines that are only a URL, an e-mail address, a
number or a URL slug. A bare section name heading a listing is the category of its entries
(LABELS.md); a heading that wraps a name in a phrase, or names a widget, is chrome.
"""

from __future__ import annotations

import re

import regex

from ..lexicon import MONTH_STEMS
from ..thresholds import (
    BARE_CAPTION_MAX_WORDS,
    BLURB_SENTENCE_MAX_CHARS,
    GLUED_COMMANDS_MAX_CHARS,
    ICON_LABEL_MAX_CHARS,
    IMAGE_FILE_MAX_CHARS,
    LISTING_HEADING_MAX_CHARS,
    LISTING_HEADING_MAX_WORDS,
    MARKUP_TOKEN_MAX_CHARS,
    PAGINATION_MAX_CHARS,
    PAGINATION_MAX_WORDS,
    SECTION_BLURB_MAX_WORDS,
    SECTION_BLURB_NAMED_MAX_WORDS,
    SECTION_HEADING_MAX_CHARS,
    SECTION_HEADING_MAX_WORDS,
    SKIP_LIST_MAX_WORDS,
    SUMMARY_PREAMBLE_MAX_CHARS,
    UI_CAPS_COMMAND_MAX_WORDS,
    UI_COMMAND_MAX_WORDS,
)
from .shapes import word_count

# Words that make a heading a widget's or a phrase around a name, not a bare section name:
# "Latest articles", "News Archive", "Tag - health-care", "Top Headlines", "Trending Topics".
_WIDGET_WORDS = frozenset(
    "latest recent trending popular top more most read load archive archives tag tags tagged topic topics "
    "search results result page pages prev previous next older newer follow subscribe headlines stories "
    "articles posts updates feed feeds home menu navigation skip sign login browse all about welcome "
    "related recommended featured editor's picks video videos photos gallery "
    "view "  # a display toggle's label ("Reading view", "List view", "Grid view") over the items
    # a digest's name over its items ("Daily Briefing" on ground.news, "English digest" on
    # kyodonews.net, "The Presidential Daily Brief" on ozy.com, "Evening Edition" over a
    # newspaper's evening newsletter, thestarshollowgazette.com): the product the page is,
    # not a section its stories belong to
    "briefing briefings brief briefs digest digests roundup newsletter edition editions "
    # the label a category page prints alone over its name, on a line of its own ("CATEGORY"
    # over "West Africa" on africafeeds.com's section pages, as "tag" over gulf-times.com's and
    # "Archives" over nouvelobs.com's): the page's kind, not the section its entries are filed in
    "category categories kategorie kategorien kategoria categoria categorias categoría categorías "
    "catégorie catégories rubrik rubrique".split()
)
# Pagination and page-position lines: "<< Prev Next >>", "« Older posts", "Page 2 of 9",
# "Stories 41 - 60", "1 2 3 ... Next". A "next" in a headline is no pagination: the line
# needs an arrow, both directions, or page numbers.
_NAV_WORD = regex.compile(r"(?i)\b(?:prev|previous|next|older|newer|first|last)\b")
_ARROW = regex.compile(r"<<|>>|«|»|‹|›|←|→")
_BOTH_WAYS = regex.compile(r"(?i)\b(?:prev|previous|older|newer)\b.{0,30}\b(?:next|older|newer)\b")
# A search or archive page's count of what it shows ("Showing 1-10 of 200 results",
# "Displaying 21 - 40 of 1,234") and a page link by its words ("Next page", "Older posts",
# "Previous entries"): UI lines of listing templates (storefront and search templates in the
# code corpus; TownNews's search pages, omaha.com and tucson.com, print "Updating results"
# over the same count); a probe of an invented listing read the count as an entry's title
# and "Next page" as the last entry's section.
# The page's number in the languages the corpora hold: "Start Blog Seite 666" is the German
# print of the Newspaper theme's breadcrumb "Home Blog Page 3245" (wn24.eu and unitednetworker.com
# in German, bworldonline.com in English), "Página 3 de 9", "Pagina 2 di 5", "Page 4 sur 12".
_PAGE_POSITION = regex.compile(
    r"(?i)(?:page|\bseite|\bp[aá]gina|\bstrona|\bsida|\bsivu)\s\d{1,4}(?:\s(?:of|von|de|di|sur|van|z|av)\s\d{1,5})?|(?:stories|results|items|articles)\s\d{1,6}\s?[-–]\s?\d{1,6}"
    r"(?:\sof\s[\d,]{1,9})?|(?:\d{1,4}\s){2,10}(?:\.{3}\s)?(?:next|»|>>)"
    r"|(?:showing|displaying|viewing)\s(?:results?\s)?\d{1,6}\s?(?:[-–]|to)\s?\d{1,6}\sof\s(?:about\s)?[\d,.]{1,9}"
)
_NAV_PAGE = regex.compile(r"(?i)(?:next|previous|prev|older|newer)\s(?:page|pages|posts|entries|stories|articles)")
_SPLIT = regex.compile(r"\s[|–—-]\s|\s/\s")
_HAS_DOMAIN = regex.compile(r"(?i)\w\.(?:com|org|net|co|io|info|news|uk|in|au|ca)\b")


# Every branch of _PAGE_POSITION holds a digit (its page, count or range): a line without one
# is searched for none (see _has_digit). The same engine's class, so the digits are the
# pattern's own; in ASCII text they are "0"-"9" alone, which the standard library's engine
# finds for a tenth of the call (a character set's bitmap, no Unicode tables).
_DIGIT = regex.compile(r"\d")
_ASCII_DIGIT = re.compile("[0-9]")


def _has_digit(text: str) -> bool:
    """Whether ``text`` holds a character ``\\d`` matches in the ``regex`` engine."""
    return (_ASCII_DIGIT.search(text) if text.isascii() else _DIGIT.search(text)) is not None


def is_pagination(text: str) -> bool:
    """A pagination or page-position line (see ``_PAGE_POSITION`` and ``_NAV_WORD``).

    ``_PAGE_POSITION`` is searched only in a line with a digit (``_has_digit``): tried at every
    position, its case-insensitive branches cost some 35K instructions on a headline's length
    (callgrind), the digit test a tenth of that; exact, since each branch needs a digit.
    """
    if len(text) > PAGINATION_MAX_CHARS or word_count(text) > PAGINATION_MAX_WORDS or text.endswith((".", "!", "?")):
        return False
    if (_has_digit(text) and _PAGE_POSITION.search(text)) or _NAV_PAGE.fullmatch(text):
        return True
    if _NAV_WORD.search(text) is None:
        return False
    return _ARROW.search(text) is not None or _BOTH_WAYS.search(text) is not None


def section_heading(text: str) -> bool:
    """A bare section or topic name ("National News", "UK politics"), not a widget's heading."""
    if (
        word_count(text) > SECTION_HEADING_MAX_WORDS
        or len(text) > SECTION_HEADING_MAX_CHARS
        or text.endswith((":", ".", "!", "?"))
    ):
        return False
    if any(c in text for c in "#@[](){}<>»«") or _SPLIT.search(text) or _HAS_DOMAIN.search(text):
        return False  # "Phys.org news": the site's name, not a section
    words = [w.strip("'’.,&").lower() for w in text.split()]
    if any(w in _WIDGET_WORDS for w in words):
        return False
    return text[:1].isupper() and not any(c.isdigit() for c in text)


def heading_parts(text: str) -> list[str]:
    """ "CBC | Canada News": the parts a page heading joins with a separator."""
    return [p.strip() for p in _SPLIT.split(text) if p.strip()]


# Interface commands: a verb of the page's interface and, at most a few words later, what it
# acts on ("Skip to main content", "Connect with us", "Load more", "View More Video",
# "SUBSCRIBE NOW", "Syndicate content"). Seen on bttoronto.ca, whatsonweibo.com,
# miamiherald.com, americansinindonesia.org and ground.news in the wide corpus.
_UI_VERBS = frozenset(
    "skip connect subscribe sign log load view see show read follow share download get join click tap watch "
    "listen syndicate print email return back go jump explore discover browse visit".split()
)
_UI_OBJECTS = frozenset(
    "content contents us more now all here app apps video videos newsletter newsletters comments comment up in "
    "out top navigation menu sidebar story stories article articles page site feed rss today free less full "
    "home updates edition photos gallery footer".split()
)


# Where a scraper glued two links with no space: a lowercase letter, then a capital.
_GLUE = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")


def is_ui_command(text: str) -> bool:
    """A line that is an interface command, not a headline ("Skip to main content"), or two
    of them glued (see :func:`_two_commands` and :func:`_glued_commands`)."""
    return _glued_commands(text) or _ui_command(text)


def _glued_commands(text: str) -> bool:
    """Skip links scraped onto one line with no space between them: "Skip to main
    contentSkip to main content" over the search pages of TownNews sites (omaha.com,
    tucson.com), "Skip to main contentSkip to footer", "Skip to main contentSkip to article"
    on the code corpus's scraped pages (documentation sites, journals). Each part opens with
    a command's verb where it is glued, and each part is a command on its own: "Skip to
    main contentSkip to Ask Learn chat experience" and a headline with a glued word stay."""
    if len(text) > GLUED_COMMANDS_MAX_CHARS:
        return False
    cuts = [m.start() for m in _GLUE.finditer(text)]
    if not cuts:
        return False
    parts: list[str] = []
    last = 0
    for c in cuts:
        word = text[c:].split(None, 1)[0].lower()
        if word in _UI_VERBS:
            parts.append(text[last:c])
            last = c
    if not parts:
        return False
    parts.append(text[last:])
    return all(_ui_command(p) for p in parts)


def is_skip_link(text: str) -> bool:
    """An accessibility skip link ("Skip to main content", "Go to main menu", "Skip to
    content Skip to footer", "Skip to main contentSkip to footer"): a link to a part of the
    page, never a headline on any page, whatever the page's reading."""
    if text[:1] not in "SsGgJj":
        return False
    words = _command_words(text)
    if not words or words[0] not in _SKIP_VERBS:
        return False
    return _skip_list(words) or _glued_commands(text) or (len(words) > UI_COMMAND_MAX_WORDS and _two_commands(words))


def _command_words(text: str) -> list[str]:
    """The line's words in lower case, without the arrows and marks a link's label wears."""
    words = [w.strip("»«›‹>:!.,").lower() for w in text.split()]
    return [w for w in words if w]


def _ui_command(text: str) -> bool:
    words = _command_words(text)
    if not words or words[0] not in _UI_VERBS:
        return False
    if _skip_list(words):
        return True
    if len(words) > UI_COMMAND_MAX_WORDS:
        return _two_commands(words)
    return _one_command(words, text)


# A skip link to several parts of the page, or to one named in two words: "Skip to Content,
# Navigation, or Footer." (the SNworks template over college papers' pages, thepostathens.com),
# "Go to search bar" among "Go to main contents" and "Go to main menu" glued over
# thefallonpost.org's pages. Every word after "to" names a part of the page.
_SKIP_VERBS = frozenset(("skip", "go", "jump"))
_PAGE_PARTS = frozenset(("main", "or", "and", "the", "search", "bar", "box", "primary", "secondary", "site"))


def _skip_list(words: list[str]) -> bool:
    """A skip link's words: "skip", "go" or "jump", "to", then only names of the page's parts,
    the last a part itself ("content", "footer", "bar"), not a joining word."""
    if not 2 < len(words) <= SKIP_LIST_MAX_WORDS or words[0] not in _SKIP_VERBS or words[1] != "to":  # noqa: PLR2004
        return False
    last = words[-1]
    return (last in _UI_OBJECTS or last in ("bar", "box")) and all(
        w in _UI_OBJECTS or w in _PAGE_PARTS for w in words[2:]
    )


def _one_command(words: list[str], text: str) -> bool:
    return words[-1] in _UI_OBJECTS or (text.isupper() and len(words) <= UI_CAPS_COMMAND_MAX_WORDS)


def _two_commands(words: list[str]) -> bool:
    """Two skip links scraped onto one line: "Go to Contents Go to Navigation" over Yonhap's
    pages (yna.co.kr), "Skip to content Skip to footer". Each half is a command: a verb
    opening it, the thing it acts on closing it."""
    for k in range(2, min(len(words) - 1, UI_COMMAND_MAX_WORDS + 1)):
        if words[k] in _UI_VERBS and words[k - 1] in _UI_OBJECTS:
            rest = words[k:]
            return len(rest) <= UI_COMMAND_MAX_WORDS and rest[-1] in _UI_OBJECTS
    return False


# A listing's description of itself, set under its heading above the first entry: "Stay
# up-to-date with the latest content from NASA as we explore ..." (science.nasa.gov's news
# listing), "The latest news regarding all matters of policy and public interest. This section
# contains releases ..." (the press-release section of searchingthevillages.com and
# vanbeekhomes.com), "Looking for more press releases? Explore our full press release
# archive ..." (massachusettspoliticaldispatch.com), "Current headlines about the city — via
# Google News ..." (stuff-to-do-in.cologne). Only its opening is read: a call to stay
# informed, "the latest <news> from/on/about", a question looking for more, "This section
# contains", or a phrase offering "the latest ... news" (see the last alternative).
# what a section's blurb offers: news in one of its words
_BLURB_NOUN = r"(?:news|headlines|stories|articles|updates|statements|releases|speeches|announcements)"
_SECTION_BLURB = regex.compile(
    r"(?:Stay (?:up[- ]to[- ]date|informed|updated|current) (?:with|on)\s"
    r"|(?:The\s)?[Ll]atest (?:news|headlines|stories|articles|updates|content|releases)"
    r"(?:\s(?:and|&)\s(?:news|headlines|updates|analysis|stories|information|videos))?\s(?:from|on|about|regarding|for)\s"
    r"|Current (?:news|headlines) (?:about|from|on|for)\s"
    r"|Looking for more\s[^?\n]{1,60}\?\s"
    r"|This (?:section|page|category|archive) (?:contains|features|brings|covers|lists|collects|gathers)\s"
    # an offer of "the latest" news in a phrase of its own: "Showing you the latest News in
    # Philippines, Top Stories ..." (filipinolive.com's category pages), "A curated selection of
    # the latest Governmental news from around the world." (thesundaytruth.com's section pages,
    # under its heading); up to three words between "the latest" and the noun
    r"|(?:(?:Showing|Bringing|Giving) you|(?:A|Our) (?:curated |daily |hand-picked )?(?:selection|collection|round-?up) of|Your (?:daily |one-stop )?source for)"
    r" (?:all )?the latest (?:[\w'’-]{1,20}\s){0,3}(?i:news|headlines|stories|articles|updates)\b"
    # an invitation to read the section, or the section named as a noun phrase: "Read official
    # NSW government speeches, statements and media releases from the Premier ..." (nsw.gov.au's
    # ministerial releases), "View the latest updates and university statements regarding ..."
    # (mediarelations.gwu.edu), "Get the latest Nigerian and African political news. We provide
    # ..." (saharareporters.com's politics section), "The latest local and national UK and
    # International news." (thelondoneconomic.com), "Live local news and updates from Australia
    # and New Zealand. ..." (miragenews.com's local section), "Here's a look at documents from
    # public, private and community colleges in the U.S." (targetednews.com's digests); the noun
    # within six words of the opening, and "The latest ..." only as a whole phrase (closed, or
    # followed by where the news comes from): "The latest updates to the tax code mean ..." is a
    # story's opening
    r"|(?:Read|View|Get|Browse|Find|Explore|Discover|Follow) (?:all |the |our )?(?:latest|official|recent|current) "
    r"(?:[\w'’,-]{1,20}\s){0,6}" + _BLURB_NOUN + r"\b"
    r"|(?:The latest|Live) (?:[\w'’,-]{1,20}\s){0,6}"
    + _BLURB_NOUN
    + r"(?:\s(?:and|&)\s(?:updates|analysis|views))?(?:[.]?$|[.]\s|\s(?:from|on|about|regarding|for|across)\s)"
    r"|Here(?:'s|’s| is) a look at\s"
    r")"
)


def is_section_blurb(text: str) -> bool:
    """Whether a paragraph opens as a listing's description of itself (see ``_SECTION_BLURB``)."""
    return _SECTION_BLURB.match(text) is not None and word_count(text) <= SECTION_BLURB_MAX_WORDS


# A section blurb that names its page: the heading's own word in the blurb's first sentence,
# which speaks to the reader or for the site, asks a question, or defines the word. "Dive deep
# into the world of politics with our dedicated Politics section, ..." under "Politics"
# (evrimagaci.org's category pages), "Want to follow the latest in world news? Keep reading
# below ..." under "Nation/World" (columbiabasinherald.com), "Local News refers to news
# coverage that ..." under "Local News" (the tag pages of 241min.com, veritasmedia.co.za,
# robertopicerno.it, 2adweb.fr), "Politics – Political news can be sourced from around the
# globe to your backyard." under "Category: Politics" (stl.news), "World News section includes
# news and current events ..." under "World News" (michelnoujaim.com).
_BLURB_VOICE = regex.compile(
    r"\b(?:[Ww]e|[Oo]ur|[Yy]ou|[Yy]our)\b|\w\?(?=\s|$)|\brefers? to\b|\b(?:section|category)\b"
)
# The page naming itself anywhere in the blurb: "In the dynamic realm of world news, ... This
# category encompasses ..." (news.lionjek.com's category pages).
_BLURB_SELF = regex.compile(r"\b[Tt]his (?:section|category|page|tag|topic)\b")
_BLURB_SENTENCE_END = regex.compile(r"[.?!](?=\s|$)")
# words a heading shares with any news paragraph: they name no page
_GENERIC_HEADING_WORDS = frozenset("news the and latest top stories story articles all category tag topic".split())


def _heading_words(heading: str) -> set[str]:
    return {w for w in regex.findall(r"\w{3,}", heading.lower()) if w not in _GENERIC_HEADING_WORDS}


def is_heading_blurb(text: str, heading: str) -> bool:
    """Whether a paragraph under a listing's heading is the page describing itself by that
    heading's name (see ``_BLURB_VOICE``): a word of the heading in its first sentence, and
    that sentence addressed to the reader, spoken for the site, a question, a definition or
    naming the section, or the paragraph calling itself "this category" (``_BLURB_SELF``).
    A story's teaser names its subject in the third person: "Politics in the capital turned
    sour on Tuesday ..." under "Politics" stays."""
    if word_count(text) > SECTION_BLURB_NAMED_MAX_WORDS:
        return False
    words = _heading_words(heading)
    if not words:
        return False
    end = _BLURB_SENTENCE_END.search(text, 0, BLURB_SENTENCE_MAX_CHARS)
    opening = text[: end.end()] if end is not None else text[:BLURB_SENTENCE_MAX_CHARS]
    if _BLURB_VOICE.search(opening) is None and _BLURB_SELF.search(text) is None:
        return False
    return any(w in words for w in regex.findall(r"\w{3,}", opening.lower()))


# What a photo caption printed without its credit never holds: a question or an exclamation,
# words addressed to the reader or spoken for the site ("you", "our": a page's blurb), the
# reported speech of a story's teaser ("..., the union said."; a picture shows, it quotes no
# one), a wire dateline opening it ("ROME (AP) — ", a teaser's), a quotation opening it.
_NOT_CAPTION = regex.compile(
    r"[?!]|\b(?:[Ww]e|[Oo]ur|[Uu]s|[Yy]ou|[Yy]our|I|said|says|told|tells|according|announced|reported)\b|^[\x22“‘']|^[A-Z][A-Z .,'’-]{1,40}(?:\([^()\n]{1,30}\)\s?)?\s[—–-]\s"
)


# A sentence ending inside a paragraph: a word's last letters, its stop, the next capital
# ("U.S. President" is no sentence's end).
_INNER_SENTENCE_END = regex.compile(r"[a-z]{2}[.!?]\s+[A-Z]")


def is_bare_caption(text: str) -> bool:
    """Whether a paragraph reads as a photo's caption printed with no credit tag: one short
    sentence closed by a full stop (not a teaser's cut "..."), of ``BARE_CAPTION_MAX_WORDS``
    words at most, with none of ``_NOT_CAPTION`` in it. Only a layout's position (right above
    a card's title) makes such a sentence a caption: see layout._caption_over_first_card.
    A paragraph of several sentences is a page's intro ("Here are the latest coverage
    plans ... All times EDT. For ...", a wire digest's, over its first item)."""
    if not text.endswith(".") or text.endswith("..") or not 3 <= word_count(text) <= BARE_CAPTION_MAX_WORDS:  # noqa: PLR2004 (a caption names someone doing something)
        return False
    return _NOT_CAPTION.search(text) is None and _INNER_SENTENCE_END.search(text) is None


# An icon's name printed as text: an inline SVG's <title> or an image's alt text ("Facebook
# Icon", "Email icon" beside Business Insider's share links; "Shield Badge SVG Icon" over
# ground.news's cards). A few words closed by "icon": no headline or section ends so.
_ICON_LABEL = regex.compile(r"(?i)(?:[\w&'’.-]{1,30}\s){1,4}(?:svg\s)?icon")


def is_icon_label(text: str) -> bool:
    """A line that is an icon's name, not text (see ``_ICON_LABEL``)."""
    return len(text) <= ICON_LABEL_MAX_CHARS and _ICON_LABEL.fullmatch(text) is not None


# A site's logo printed as its image's alternative text, alone on a line: "Reuters logo"
# (uk.reuters.com, where it became the page's title), "POLICE Logo" (policemag.com's search
# pages, where it became two entries' section); the code corpus's page templates give their
# masthead images such alt texts ("The Guardian Logo" and many more). One to three
# capitalised words and the word logo: "The new logo" and "Council unveils logo" stay.
_LOGO_ALT = regex.compile(r"(?:The )?[A-Z][\w&.'’-]{0,30}(?: [A-Z][\w&.'’-]{0,30}){0,2} (?:logo|Logo|LOGO)")


def is_logo_alt(text: str) -> bool:
    """A line that is a logo's alt text, not a headline (see ``_LOGO_ALT``)."""
    return text[-4:].lower() == "logo" and len(text) <= ICON_LABEL_MAX_CHARS and _LOGO_ALT.fullmatch(text) is not None


# An image's file name standing in for the image, alone on its line: the picture over each
# card of an SNworks section page printed as its file name ("Smith_Portrait_Final.png",
# thepostathens.com), a camera's name for it ("IMG_4651", glued to the caption on
# upbeaconstaff.wordpress.com). Only a name with an image file's extension and no space: a
# headline is words, and "photo.jpg" inside a sentence is not alone on its line.
_IMAGE_FILE = regex.compile(r"(?i)[\w.()~+-]{1,120}\.(?:jpe?g|png|gif|webp|avif|heic|tiff?)")
_IMAGE_EXTENSIONS = ("jpg", "jpeg", "png", "gif", "webp", "avif", "heic", "tif", "tiff")


def is_image_file(text: str) -> bool:
    """A line that is an image's file name, not text (see ``_IMAGE_FILE``)."""
    tail = text[-5:].lower()
    if not tail.endswith(_IMAGE_EXTENSIONS) or len(text) > IMAGE_FILE_MAX_CHARS:  # the cheap test first
        return False
    return _IMAGE_FILE.fullmatch(text) is not None


# A class name, an id or an image's slug of the page's markup printed as a line of text: one
# lower-case token of words joined by hyphens or underscores, "shot-button" over a cricket
# site's breadcrumb (where it became the page's title), "time-read" over each card of
# magzter.com's listings (its reading-time icon), "pakistan-police" over dawn.com's photo (the
# image's slug), "app-storeplay-store" in Daily8's app box. No story prints a paragraph of one
# hyphenated lower-case word; words of three letters and more, so "e-mail" and "x-ray" stay.
_MARKUP_TOKEN = regex.compile(r"[a-z]{3,20}(?:[-_][a-z]{3,20}){1,3}")


def is_markup_token(text: str) -> bool:
    """A line that is one of the page's class names or slugs, not text (see ``_MARKUP_TOKEN``)."""
    if not "a" <= text[:1] <= "z" or " " in text or len(text) > MARKUP_TOKEN_MAX_CHARS:  # the cheap tests first
        return False
    return _MARKUP_TOKEN.fullmatch(text) is not None


# Headings of a listing or widget: an opener naming which stories and a noun naming them
# ("Today's Top World News Story", "More World News Stories", "Latest articles", "Top
# Headlines", "Trending Topics"), or a phrase around a name ("Tag: X", "News about X",
# "Latest from X", "Posts tagged X", "Search results for X", "Tag Archives: X"). Seen on netscape.compuserve.com,
# inoreader.com, japantimes.co.jp, adaderana.lk (wide corpus) and Daily8's own widgets;
# "Tag Results for X (115 articles)" (gulf-times.com), "Showing 20 results for X" (search pages),
# "Browsing: Africa" (newspointnigeria.com; politics.com.ph and thepenpk.com print "Browsing
# Tag" with the tag on the next line, natcour.com "Browsing author" over the author's name);
# "Tag Archives: Tamil Nadu" over youthconnect.in's tag pages, where it became the first
# entry's title (the archive title of Twenty Ten to Twenty Thirteen and the many themes copying
# them: 'Tag Archives: %s', 'Category Archives: %s', 'Author Archives: %s' in the code corpus).
_HEADING_OPENERS = frozenset(
    "top more latest recent trending popular related featured other today's todays most editor's editors' our "
    "breaking similar recommended further also you all".split()
)
_HEADING_NOUNS = frozenset(
    "stories story news headlines articles article posts updates videos topics picks highlights reads links "
    "items entries reports coverage".split()
)
_NAMED_HEADING = regex.compile(
    r"(?i)(?:tag(?:ged)?|topic|category|archive|archives|section|keyword|label)s?(?:\sresults?)?\s?(?::|[-–—]|\bfor\b)\s?.{1,50}"
    r"|(?:tag|category|author|topic)\sarchives?\s?:\s?.{1,50}|browsing(?:\s(?:tag|category|topic))?:\s?.{1,50}|browsing\s(?:tag|category|topic|author|archive)|(?:news|stories|articles|posts|everything|latest(?:\snews)?)\s(?:about|on|from|for|with|tagged)\s.{1,50}"
    r"|(?:posts|stories|articles)\stagged\s.{1,50}|search\sresults?(?:\sfor)?\s?:?.{0,50}|(?:showing\s(?:\d{1,6}\s)?)?results\sfor(?::\s?|\s[\x22“'‘]).{1,50}|(?:news|stories)\sarchive"
)
# The count a heading closes with: "(115 articles)", "(12)". Not a word of the heading.
_COUNT_TAIL = regex.compile(r"\s?\(\d{1,7}(?:\s[a-z]{1,12})?\)$")


def is_listing_heading(text: str) -> bool:
    """A listing's or widget's heading (see ``_HEADING_OPENERS``), never a story's title."""
    if len(text) > LISTING_HEADING_MAX_CHARS or text.endswith((".", "!", "?")):
        return False
    text = _COUNT_TAIL.sub("", text)
    words = [w.strip("'’:,.!").lower() for w in text.split()]
    words = [w for w in words if w]
    if not words or len(words) > LISTING_HEADING_MAX_WORDS:
        return False
    if _NAMED_HEADING.fullmatch(text.rstrip(":")):
        return True
    opener = words[0] in _HEADING_OPENERS or text.lower().startswith(("today's", "todays"))
    return opener and words[-1] in _HEADING_NOUNS


# The first words of the headings that name the page a tag's, a topic's or a search's
# listing ("Tag Results for X (115 articles)" on gulf-times.com, "Search results for X" over a
# news-search mirror's single result, "Tag Archives: X", "Browsing: X", "Posts tagged X"):
# never a story's own headline, where "Latest news on X" or "Top stories of 2025" may be one.
_TAG_OR_SEARCH_OPENERS = (
    "tag", "topic", "category", "archive", "section", "keyword", "label", "browsing", "posts tagged",
    "stories tagged", "articles tagged", "search result", "showing", "results for", "author archive",
)  # fmt: skip


_TAG_OR_SEARCH_FIRST = frozenset(w[0] for w in _TAG_OR_SEARCH_OPENERS) | frozenset(
    w[0].upper() for w in _TAG_OR_SEARCH_OPENERS
)


def is_tag_or_search_heading(text: str) -> bool:
    """A listing heading that names the page a tag's, topic's or search's listing (see
    ``_TAG_OR_SEARCH_OPENERS``): even over one story, the page is that listing."""
    return (
        text[:1] in _TAG_OR_SEARCH_FIRST
        and text.lower().startswith(_TAG_OR_SEARCH_OPENERS)
        and is_listing_heading(text)
    )


# The heading of a WordPress date archive (/2025/06/09/): "Day: August 14, 2025"
# (saksingayon.com's day pages; get_the_archive_title()'s "Day: %s" and "Month: %s"),
# "Archive for August 28th, 2025" (peoples-balita.com's day pages), "Daily Archives: June 9,
# 2025" (the Twenty Twelve/Thirteen themes and their children). A month's name and a year
# follow the label: "Day: 3 of the festival", "Year: 2024" (a review's fact box) stay.
_DATE_ARCHIVE_HEADING = regex.compile(
    r"(?i)(?:(?:day|month)\s?:|(?:daily|monthly)\sarchives?\s?:?|archives?\sfor\s?:?)\s"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s)?(?:{MONTH_STEMS})[a-z]{{0,6}}\.?(?:\s\d{{1,2}}(?:st|nd|rd|th)?)?,?\s(?:19|20)\d{{2}}"
)
_DATE_ARCHIVE_FIRST = frozenset("ADMadm")


def is_date_archive_heading(text: str) -> bool:
    """A date archive's heading (see ``_DATE_ARCHIVE_HEADING``): the page's, never an entry's
    time or section. Why: the label and the date read as the first entry's header ("Day"
    its category, the date its time), though the heading stands over every entry."""
    return text[:1] in _DATE_ARCHIVE_FIRST and _DATE_ARCHIVE_HEADING.fullmatch(text) is not None


# A wire summary's preamble over its briefs: Reuters' "Following is a summary of current world
# news briefs." (its World, US Domestic, Business and Health News Summaries, reprinted whole
# on webcenters.netscape.compuserve.com and devdiscourse.com). The words between "of" and
# the noun are a bounded run of small letters, so a line is read at most once.
_SUMMARY_PREAMBLE = regex.compile(
    r"(?:The\s)?[Ff]ollowing\sis\sa\s(?:brief\s)?(?:summary|roundup|round-up|digest)\sof\s"
    r"(?:the\s)?[a-z'’ -]{0,60}(?:news|briefs|stories|headlines)(?:\s[a-z ]{1,30})?\.?"
)


def is_summary_preamble(text: str) -> bool:
    """A line that says the page is a summary of news briefs ("Following is a summary of
    current world news briefs."): the page's, and a sign that what follows is a listing of
    briefs, each a headline over its paragraph.

    Why: on a story's address the briefs read as one story under the summary's title, and the
    first brief's headline was cut as another story's headline pasted into the body
    (webcenters.netscape.compuserve.com); the preamble stood as the story's first paragraph.
    """
    return (
        text[:1] in "FT" and len(text) <= SUMMARY_PREAMBLE_MAX_CHARS and _SUMMARY_PREAMBLE.fullmatch(text) is not None
    )


# A WordPress shortcode the scraper saved unrendered: "[embedpost slug=”...″]" between
# bolnews.com's teasers, "[caption id="attachment_12" align="alignnone"]" and "[/caption]"
# in feeds' full text, "[gallery ids="1,2"]". The tag's name is lower case; a bracketed
# word in capitals ("[Updated]", "[VIDEO]") is a label a story may print.
_SHORTCODE = regex.compile(r"\[/?[a-z][a-z_-]{1,30}(?:\s[^\[\]\n]{1,300})?\]")


def is_shortcode(text: str) -> bool:
    """A line that is only an unrendered WordPress shortcode, never story text.

    Why: a listing's entry read it as a header line (its section), a story kept it as a
    paragraph; the site never printed it.
    """
    return text[:1] == "[" and text[-1:] == "]" and _SHORTCODE.fullmatch(text) is not None


# A feed reader's subscribe link over its channel: Drupal's aggregator prints the feed icon's
# text "Subscribe to <channel> feed" glued to the channel's name ("Subscribe to Top Stories
# feed Top Stories" on cafe52.com, "Subscribe to Yahoo Top Stories Feed feed Yahoo Top
# Stories Feed" on ladailypost.com). The name printed twice around "feed" is the shape.
_FEED_SUBSCRIBE = regex.compile(r"Subscribe to (?P<name>[^\n]{2,80}?) feed(?: (?P=name))?")


def feed_subscribe(text: str) -> str | None:
    """The channel's name when ``text`` is a feed reader's subscribe link (see above)."""
    if not text.startswith("Subscribe to "):
        return None
    m = _FEED_SUBSCRIBE.fullmatch(text)
    return m.group("name") if m is not None else None
