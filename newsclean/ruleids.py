"""Every rule id the code emits, with what it means: one registry, listed in the docs.

Rule ids name the reason for a removal (``Page.removed``) or a decision (``Page.trace``).
Ids from the rule files (``daily8.*``, ``common.*``, ``web.*``, ``listing.*``, your own) are
data and are listed with the files; these are the heuristics and layout rules in code. Each
id is emitted from one function, so an id tells a reader exactly which code decided.
``tests/test_ruleids.py`` checks that every id in the code is here, once, and that
``docs/rule-ids.md`` is generated from this table (``python docs/gen_reference.py``).
"""

from __future__ import annotations

RULE_IDS: dict[str, str] = {
    # segment: the aggregator reading (outlet and time lines, bullets, titles printed twice)
    "segment.reading": "which reading made the page's blocks (aggregator header, repeating layout, one lead story)",
    "segment.section-start": "an entry whose header run opens a section: no line above it is its title",
    "segment.title-printed-twice": "the title printed twice above the entry's header run",
    "segment.title-above-header": "a headline above the header run at the page's or a section's start, or printed again below it",
    "segment.feed-title": "a feed's headline printed once right above its outlet-and-time line",
    "segment.title-below-header": "no title above the run: the line under the header is the title",
    "segment.story-footer": "the site's link lines under a story's closing stamp ('Search News by Ticker')",
    "segment.further-reading-heading": "a list heading ('Recommended') over stories with headers: opens a related section",
    "heuristic.comment-thread": "lines of a readers' comment section",
    "heuristic.listing-heading": "the heading over an author page's stamped teaser lines",
    "heuristic.repeated-title": "the title printed again around the entry's header",
    "heuristic.story-stamp": "the story's own stamp: labelled inside its body ('Updated March 4, 2024'), or a bare time closing it",
    "heuristic.repeated-date": "a teaser's repeated weekday-and-date prefix before its stamp",
    # header: the aggregator's header lines
    "heuristic.header-stamp": "the story's own stamp under the aggregator's time line (the header's time stands)",
    "heuristic.time-label": "Daily8's 'time' label glued before the time",
    "heuristic.title-outlet-suffix": "the separator before an outlet a page's <title> appends to the headline (' – The Age')",
    "heuristic.reading-time": "a reading time after the time ('• 3 min read')",
    "heuristic.repeated-outlet": "an outlet bullet cut off by the page's end, repeating the outlet line",
    "heuristic.title-label": "an aggregator banner glued before the headline ('BREAKING NEWS')",
    "byline.header-line": "a byline line in the header ('By Jane Roe' above the time)",
    # layout: the generic reading of listings, feeds and articles of any site
    "layout.anchor-teaser": "a headline with prose after it (past a few header lines) opens an entry",
    "layout.anchor-title-list": "a headline in a run of bare headlines opens an entry",
    "layout.anchor-header": "a headline with a header line of its own opens an entry without a teaser",
    "layout.anchor-cut": "a headline cut off with its header by the page's end opens an entry",
    "layout.anchor-template": "the line the page's entry head points at is the next entry's title",
    "layout.anchor-separator": "the first line after a rule file's entry separator opens an entry",
    "layout.entry-title": "an entry's title (traced)",
    "layout.feed-line": "a closed teaser line on a listing opens an entry of its own",
    "layout.entry-head": "a header line above an entry's title (caption, section, date)",
    "layout.entry-header": "a header line under an entry's title",
    "layout.entry-trailer": "a header line closing an entry ('Source: X', a date)",
    "layout.head-template": "the shape of the head every entry opens with, learnt from the first",
    "layout.subtitle": "an entry's standfirst under its title",
    "layout.kind-url-listing": "the page is a listing: its URL has a listing's shape (/tag/, ?page=, ...)",
    "layout.kind-url-one-entry": "one entry read as a story, on a page whose URL has a listing's shape: a listing",
    "layout.kind-url-article": "the page is an article: its URL names a story",
    "layout.kind-slug-names-no-entry": "a story URL whose slug names none of the alike entries: a digest, a listing",
    "layout.kind-alike-entries": "alike short entries under a URL that says nothing: a listing",
    "layout.kind-structure": "the kind from the entries' structure (a lead story or alike entries)",
    "layout.kind-rule-file": "the kind a rule file's [layout] gives pages at this URL",
    "layout.story-ui-command": "an interface command on a one-story page ('Connect with us')",
    "layout.story-pagination": "a pagination line on a one-story page",
    "layout.story-address-line": "a line that is only a URL or an e-mail address on a one-story page",
    "layout.story-glyph-line": "a line with no letter or digit on a one-story page ('^')",
    "layout.story-shortcode": "an unrendered WordPress shortcode line on a one-story page ('[gallery ids=...]')",
    "layout.story-logo-alt": "a logo's alt text alone on a line of a one-story page ('Reuters logo')",
    "layout.story-icon-label": "an icon's name printed as text on a one-story page ('Facebook Icon')",
    "layout.headed-story": "a one-story page's title under its own header lines (section, date)",
    "layout.glued-link-label": "a card's link label glued before the next headline ('Read moreTitle')",
    "layout.title-marker": "a bullet or rank before a listing's title ('• ', '1. ')",
    "layout.trailer-entry": "a titleless entry closed by its header lines ('teaser / Source: X / 3h')",
    "layout.feed-channel": "a feed reader's channel header over one source's items (its title and 'Updated: ...')",
    "layout.cut-entry-head": "a listing's last line, the caption opening an entry the stored page cut off",
    "layout.cut-teaser": "a listing's last teaser, cut off by the page's end, put back under its headline",
    "layout.above-heading": "a listing's date or menu line above its heading, read as a title-only entry",
    "layout.heading-over-title": "a listing's heading read as its first card's title: the card's standfirst is its headline",
    "layout.junk-line": "a line that is only a URL, an e-mail address, a number or a slug",
    "layout.feed-subscribe": "a feed reader's subscribe link over its channel ('Subscribe to X feed X')",
    "layout.feed-header": "the channel's name, description and 'Updated:' stamp around a feed reader's subscribe link",
    "layout.digest-item": "a wire digest's item without a headline: its capitals dateline ('PLACE (AP) — ') opens an entry",
    "layout.digest-lead-in": "the dash after a wire digest's capitals lead-in ('SLUG — ', 'HEADLINE: PLACE (AP) — '), the item's title",
    "layout.digest-note": "a wire digest's coverage note closing an item ('SENT: 700 words, photos.')",
    "layout.rule-separator": "a line of dashes between a digest's items ('----------'): an entry separator",
    "layout.pagination": "a pagination line ('<< Prev Next >>', 'Page 2 of 9')",
    "layout.ui-command": "an interface command ('Skip to main content', 'Load more')",
    "layout.section-blurb": "a listing's description of itself under its heading ('Stay up-to-date with the latest ...')",
    "layout.logo-alt": "a logo's alt text alone on a line ('Reuters logo', 'POLICE Logo') on a listing",
    "layout.icon-label": "an icon's name printed as text ('Shield Badge SVG Icon', 'Email icon')",
    "layout.listing-heading": "a listing's or widget's heading ('Latest articles', 'Tag: X')",
    "layout.recurring-line": "a short line the page prints under entry after entry",
    "layout.credit-line": "a wire agency's name alone on a line closing an entry ('BERNAMA', '- AFP'): its credit",
    "layout.trailing-widget": "a label under every entry alike, or one with a number ('36% Bias Score')",
    "layout.page-clock": "the site's date over a listing whose entries print none ('Sunday, 7 August, 2022')",
    "layout.shortcode": "an unrendered WordPress shortcode line ('[embedpost slug=...]', '[/caption]')",
    "layout.page-furniture": "a line before the first entry that is not the listing's heading",
    "layout.unread-heading": "the listing's section heading where the first entry prints its own section (nothing read it)",
    "layout.site-name": "the site's name beside the listing's section heading ('CBC | Canada News')",
    "layout.repeated-title": "an entry's title or teaser printed again ('Continue Reading<title>')",
    "layout.caption-credit": "the photo credit closing a caption line in an entry's head",
    "layout.header-chrome": "the parts of a header line that are no field (stamp labels, counters, 'on MSN')",
    "layout.link-shortener": "a URL shortener's domain closing a teaser ('... bit.ly'): no publisher, chrome",
    "layout.header-furniture": "a line in a listing entry's header place that gives no field (a card's widget)",
    "layout.second-time": "a second date in an entry's header lines (the first stands)",
    "layout.second-time-line": "a second time line in an entry's header (the first stands)",
    "layout.second-source": "a second source in an entry's header lines (the first stands)",
    "layout.time-label": "a label glued before the time on a header line",
    "layout.reading-time": "a reading time after the time on a header line",
    "layout.agency-opener": "an agency credit opening a teaser ('(Reuters) - ')",
    "layout.outlet-opener": "the brackets and dash around an outlet opening a teaser ('(Newser) - ')",
    "layout.teaser-link": "the link to the full story closing a teaser ('Read more', 'MORE..')",
    "layout.teaser-link-date": "a card's closing link before its date ('... Read more 26 Jan')",
    "layout.card-link": "a card's link label after its section ('EEconomy Read More')",
    # body: paragraphs to fields
    "heuristic.body-timestamp": "a second stamp opening the body (the header's time stands)",
    "heuristic.stamp-label": "a 'News from X' label before a stamp opening the body",
    "heuristic.stray-punctuation": "a dash or bar left at the body's start once a tag before it was cut",
    "heuristic.scrape-stamp": "the stamp a scraper put before the stored page's text ('date 2021-04-27')",
    "heuristic.id-marker": "an aggregator's id marker ('[[nid:717723]]')",
    "heuristic.script": "a JavaScript statement a scraper left in the text ('googletag.cmd.push(function() {...});')",
    "heuristic.brief-label": "a brief's lead-in label opening a paragraph ('Why it matters: ', 'What happened: ')",
    "heuristic.read-more": "a 'READ MORE: <headline>' link inside the body",
    "heuristic.embed": "social-embed residue ('— Name (@handle) June 9, 2025', pic.twitter links)",
    "heuristic.skip-box": "a box between a skip link and its landing marker ('skip past newsletter promotion' ... 'after newsletter promotion')",
    "heuristic.headline-link": "another story's headline pasted between the paragraphs",
    "heuristic.known-headline": "a headline of another entry on the page, found again in this body",
    "heuristic.headline-list": "a list of headlines with their authors ('..., by Jane Roe')",
    "heuristic.further-reading": "the headlines of a link list after a closing heading",
    "heuristic.teaser-list": "teasers of other stories after the story's end",
    "heuristic.excerpt-list": "excerpts of other posts after the story's end",
    "heuristic.photo-credit": "a photo credit line with no caption ('Photo: AFP')",
    "heuristic.credit-chain": "a photo credit of slash-joined names alone on a line ('Jane Roe/Pool/Example Press/TNS'), cut before the layout reads it",
    "heuristic.credit-only-line": "a line that is only a photo's credit ('© Jane Roe', 'Jane Roe/Getty Images')",
    "heuristic.caption-credit": "the credit tag closing a caption inside a paragraph ('PHOTO: AFP')",
    "heuristic.caption-agency-credit": "the credit of an agency caption ('CITY – APRIL 16: ...')",
    "heuristic.caption-image-credit": "the 'Credit:' part of an 'Image: ... Credit: X' caption",
    "heuristic.caption-wire-credit": "a wire photo credit closing a caption ('REUTERS/Jane Roe') and its 'FILE PHOTO:' mark",
    "heuristic.caption-leading-credit": "a credit tag opening the paragraph before its caption",
    "heuristic.gallery-credit": "the credits of a photo gallery's captions",
    "heuristic.standfirst": "a standfirst printed above the body",
    "heuristic.date-opening": "a bare date opening the body before the dateline",
    "heuristic.liveblog-furniture": "a live blog's entry furniture (times, 'Share' rows)",
    "dateline.marks": "the dashes, commas and brackets around a dateline",
    "dateline.agency-opening": "a known agency alone in brackets opening the body ('(Bloomberg) -- '): its credit",
    "credit.initials": "an unlisted agency's initials in brackets after the story's last sentence ('... days. (NHK)')",
    "credit.agency-line": "a wire agency's name alone on a story's first line ('The Associated Press'), its credit",
    "credit.source-line": "the label of a 'Source: X' line closing a story (X becomes its outlet or credit)",
    "credit.agency": "an agency credit closing the story ('— Reuters', '(Bernama)')",
    "credit.worded": "a credit in words ('This report by The Canadian Press was first published ...')",
    "credit.copyright": "a copyright line naming the agency",
    "credit.end-mark": "an 'END' mark closing wire copy",
    "credit.about-outlet": "an outlet's 'about us' blurb closing the story",
    "byline.line": "a byline line ('By Jane Roe') at the story's start or end",
    "byline.opening-line": "a byline opening the first paragraph",
    "byline.written-by": "'(This article was written by ...)'",
    "byline.reporting-by": "'(Reporting by ...; editing by ...)'",
    "byline.compiled-by": "'Compiled by ...'",
    "byline.signature": "a letter's signature ('Jane Roe, Glasgow.')",
    "byline.outlet": "the outlet named after the byline ('By Jane Roe, Valley Gazette')",
    "byline.bio": "an author's bio ('Jane Roe is our Seoul correspondent.')",
    # html: the DOM path's own heuristics
    "html.boilerplate": "a block the HTML path left out of the story as boilerplate",
    "html.teaser-list": "a list of teaser cards for other stories (small boxes opening with a linked headline, or under a link laid over them; lists of headings), left out of the story",
    "html.author-box": "an author box or tag list the markup names (author-bio, about-author, post-tags, ...) after the headline's zone",
    "html.author-bio": "the author's description (its text in the markup's author entry) or a line under the story introducing its author ('Jane Roe is a reporter at ...')",
    "html.byline-block": "a short block among the story's first naming the markup's author, maybe with the date ('By Jane Roe | 27.01.2022')",
    "html.byline-paragraph": "a byline paragraph at the story's top or bottom ('Von Jane Roe', 'Autorin: Jane Roe, Redakteurin'): its names are the authors",
    "html.photo-credit": "a photo's credit on an HTML page: closing a caption ('(Jane Roe / Agency)'), alone ('© Jane Roe') or labelled ('Foto: J. Roe')",
    "html.repeated-title": "the headline printed again on an HTML page (the h1, its roof line or subtitle, a breadcrumb's last item)",
    "html.edge-line": "a short label line just before the story's first paragraph or after its last",
    "html.second-opinion": "a short non-prose line only the fast path kept, outside the span it and the second reading (JSON-LD articleBody or trafilatura) agree on",
    "heuristic.caption-label": "a caption block's label on an HTML page",
    "heuristic.date-line": "a block that is only the story's date on an HTML page",
    "heuristic.download-link": "a download link block on an HTML page",
    "heuristic.site-name": "the site's name printed as a block on an HTML page",
    # provenance: where each field's text came from (traced only)
    "field.title": "the article's title (traced)",
    "field.subtitle": "the article's standfirst (traced)",
    "field.outlet": "the article's outlet (traced)",
    "field.published": "the article's time text (traced)",
    "field.category": "the article's section (traced)",
    "field.dateline": "the article's dateline place (traced)",
    "field.byline": "an author (traced)",
    "field.caption": "a caption (traced)",
    "field.credit": "a credited agency (traced)",
    "field.tag": "a further section or hashtag (traced)",
}

# Ids that name a decision, not a removal: they appear in ``Page.trace`` only, so there is
# no text for a rule file's ``disable`` to keep (``tests/test_rule_disable.py`` checks that
# none of them ever names a removal, and that every other id seen removing text can be disabled).
DECISIONS = frozenset(
    {rid for rid in RULE_IDS if rid.startswith(("field.", "layout.anchor-", "layout.kind-"))}
    | {
        "segment.reading",
        "segment.section-start",
        "segment.title-printed-twice",
        "segment.title-above-header",
        "segment.feed-title",
        "segment.title-below-header",
        "layout.entry-title",
        "layout.feed-line",
        "layout.entry-head",
        "layout.entry-header",
        "layout.entry-trailer",
        "layout.head-template",
        "layout.subtitle",
        "layout.headed-story",
        "layout.trailer-entry",
        "layout.cut-teaser",
        "layout.heading-over-title",
    }
)
# Removals only the HTML path makes, choosing the markup's blocks before any text pipeline
# runs: a block left out there is not in the text the ledger keeps, so ``disable`` cannot
# bring it back (switch the HTML path off with content_type="text" instead).
HTML_BLOCKS = frozenset(
    {
        "html.boilerplate",
        "heuristic.caption-label",
        "heuristic.date-line",
        "heuristic.download-link",
        "heuristic.site-name",
    }
)


def not_disableable(rule_id: str) -> str | None:
    """Why a rule file may not disable ``rule_id``, or ``None`` when it may."""
    if rule_id in DECISIONS:
        return "it names a decision (recorded in Page.trace), not a removal: there is no text to keep"
    if rule_id in HTML_BLOCKS:
        return "it is the HTML path's choice of blocks, made before the text pipeline that keeps disabled text"
    return None
