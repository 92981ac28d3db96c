"""Chrome inside the story on unseen sites, round 24 (issue 19): comment forms, icon sprites,
browser nags and sign-offs, each on a page written for it.

Every story, town and name here is invented. Each test shows the shape cut and a near miss of
the same look left alone.
"""

from __future__ import annotations

from stories import extract_at

STORY_URL = "https://harbourgazette.example/news/2025/06/09/ferry-terminal-reopens/"

TITLE = "Ferry terminal reopens after three weeks of repairs"
BODY = [
    "The ferry terminal in Port Avelin reopened on Monday after three weeks of repairs to its loading ramp.",
    "Harbour officials said the first crossing left on time and carried more than two hundred passengers.",
    "A spokesperson for the harbour board said the work had cost less than the council first expected.",
]


def _removed(page, rule: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.text for r in page.removed if r.rule == rule]


def _main(page):  # type: ignore[no-untyped-def]
    return next(a for a in page.articles if a.role == "main")


# --- tagDiv's comment form under the story -----------------------------------------------------


def test_tagdiv_comment_form_prompts_are_cut() -> None:
    text = "\n\n".join([TITLE, *BODY, "Please enter your comment!", "Please enter your name here"])
    page = extract_at(text, STORY_URL)
    main = _main(page)
    assert main.title == TITLE
    assert main.paragraphs == BODY
    assert _removed(page, "web.comment-form") == ["Please enter your comment!", "Please enter your name here"]


def test_a_sentence_asking_readers_to_comment_stays() -> None:
    """Near miss: the story's own request, in a sentence of its own words, is not the form."""
    ask = "Please enter your comments on the new timetable through the harbour board's survey by Friday."
    text = "\n\n".join([TITLE, *BODY, ask])
    main = _main(extract_at(text, STORY_URL))
    assert main.paragraphs == [*BODY, ask]


# --- an icon sprite's names and descriptions printed as one line over the story ---------------

SPRITE = (
    "Calendar An icon of a desk calendar. Close An icon of a cross. Email An icon of an envelope. "
    "Home An icon of a house. Menu An icon of 3 horizontal lines. Search An icon of a magnifying glass."
)


def test_an_icon_sprite_line_over_the_story_is_cut_and_the_title_read() -> None:
    text = "\n".join([SPRITE, TITLE, "", "By Mara Quill", "", *BODY])
    page = extract_at(text, STORY_URL)
    main = _main(page)
    assert main.title == TITLE
    assert main.byline == ["Mara Quill"]
    assert main.paragraphs == BODY
    assert _removed(page, "web.icon-description") == [SPRITE]


def test_a_sentence_about_a_calendar_icon_stays() -> None:
    """Near miss: the story's own sentence naming a calendar and an icon is no sprite."""
    own = "Calendar apps now show an icon of a ferry on the days the crossing runs, the board said."
    text = "\n\n".join([TITLE, *BODY, own])
    main = _main(extract_at(text, STORY_URL))
    assert main.paragraphs == [*BODY, own]


# --- a newsroom's "developing story" notice under the story ------------------------------------

NOTICES = [
    "This is a developing story. Please check back for updates.",
    "This story is developing and will be updated as more information becomes available.",
    "We will update this story as more information becomes available.",
    "Our reporters are working to bring you the latest updates on this developing story.",
    "Please check back later for more and follow The Gazette on Facebook for breaking news.",
]


def test_developing_story_notices_on_their_own_lines_are_cut() -> None:
    text = "\n\n".join([TITLE, *BODY, *NOTICES])
    page = extract_at(text, STORY_URL)
    assert _main(page).paragraphs == BODY
    assert _removed(page, "web.developing-story") == NOTICES


def test_a_developing_story_notice_glued_after_the_last_sentence_is_cut() -> None:
    glued = BODY[-1] + " " + NOTICES[3] + " Please check back later for more."
    text = "\n\n".join([TITLE, *BODY[:-1], glued])
    page = extract_at(text, STORY_URL)
    assert _main(page).paragraphs == BODY
    assert _removed(page, "web.developing-story") == [NOTICES[3] + " Please check back later for more."]


def test_a_story_sentence_about_a_developing_story_stays() -> None:
    """Near miss: the story's own words naming a developing story, or a notice's opening
    followed by the story's sentence, are no notice."""
    own = [
        "This is a developing story for the fishing fleet, which has lost half its boats since spring.",
        "This is a developing story. Two crew members were taken to hospital with minor injuries.",
        "The harbour board will update this timetable when the summer crossings begin in June.",
    ]
    text = "\n\n".join([TITLE, *BODY, *own])
    page = extract_at(text, STORY_URL)
    assert _main(page).paragraphs == [*BODY, *own]
    assert _removed(page, "web.developing-story") == []


# --- a breadcrumb trail glued before the headline it ends with ---------------------------------


def test_a_breadcrumb_glued_before_the_headline_printed_below_is_cut() -> None:
    for trail in ("Home News ", "HomeLocal News", "Home U.K "):
        text = "\n".join([trail + TITLE, "", TITLE, "", *BODY])
        page = extract_at(text, STORY_URL)
        main = _main(page)
        assert main.title == TITLE, trail
        assert main.paragraphs == BODY, trail
        assert _removed(page, "layout.glued-breadcrumb") == [trail + TITLE]


def test_a_headline_opening_with_home_stays_the_title() -> None:
    """Near misses: a headline that opens with "Home" over a standfirst of other words, and
    a sentence ending in the headline's words, are no trail."""
    home = "Home Office backs ferry terminal repairs after three weeks"
    text = "\n".join([home, "", *BODY])
    page = extract_at(text, STORY_URL)
    assert _main(page).title == home
    assert _removed(page, "layout.glued-breadcrumb") == []
    said = "Home owners near the quay were told on Friday. " + TITLE
    text = "\n".join([said, "", TITLE, "", *BODY])
    page = extract_at(text, STORY_URL)
    assert _removed(page, "layout.glued-breadcrumb") == []


def test_a_breadcrumb_printing_the_headline_with_straight_quotes_is_cut() -> None:
    """The trail's copy of the headline has typewriter quotes, the heading under it curly
    ones (or guillemets): the same headline, so the trail is cut and the heading is the title."""
    for typeset, plain in (
        ("\u2018Ferry fares frozen\u2019 and \u2018Quay to reopen\u2019", "'Ferry fares frozen' and 'Quay to reopen'"),
        ("Harbour master: \u00abWe will rebuild the ramp\u00bb", 'Harbour master: "We will rebuild the ramp"'),
    ):
        trail = "HomeLocal News" + plain
        text = "\n".join([trail, "", typeset, "", *BODY])
        page = extract_at(text, STORY_URL)
        main = _main(page)
        assert main.title == typeset, plain
        assert main.paragraphs == BODY, plain
        assert _removed(page, "layout.glued-breadcrumb") == [trail]


def test_a_trail_over_a_heading_of_other_words_with_quotes_stays() -> None:
    """Near miss: a "Home" line whose end differs from the quoted heading under it by more than
    its quote marks is no trail."""
    home = "HomeLocal News'Ferry fares frozen' and 'Quay to reopen'"
    typeset = "\u2018Ferry fares frozen\u2019 and \u2018Quay to close\u2019"
    text = "\n".join([home, "", typeset, "", *BODY])
    page = extract_at(text, STORY_URL)
    assert _removed(page, "layout.glued-breadcrumb") == []


# --- a caption printed twice, one copy under the other -----------------------------------------

CAPTION = "Passengers board the first crossing at the repaired ramp in Port Avelin on Monday."


def test_a_bare_caption_printed_twice_goes_to_captions() -> None:
    text = "\n\n".join([TITLE, CAPTION, CAPTION, *BODY])
    page = extract_at(text, STORY_URL)
    main = _main(page)
    assert main.paragraphs == BODY
    assert main.captions == [CAPTION]
    assert _removed(page, "heuristic.bare-caption-twice") == [CAPTION]


def test_a_credited_caption_over_its_bare_copy_goes_to_captions() -> None:
    text = "\n\n".join([TITLE, CAPTION + " PA Media", CAPTION, *BODY])
    page = extract_at(text, STORY_URL)
    main = _main(page)
    assert main.paragraphs == BODY
    assert main.captions == [CAPTION]
    assert _removed(page, "heuristic.caption-twice") == [CAPTION]


def test_a_quote_or_a_long_paragraph_printed_twice_is_no_caption() -> None:
    """Near misses: a quotation repeated, and a paragraph longer than any caption repeated, stay
    the body's (a page's fault, not a picture's)."""
    quote = "“We are glad to have the ferry back,” said Mara Quill, who runs the kiosk on the quay."
    long = " ".join([BODY[0], BODY[1], BODY[2], BODY[0], BODY[1]])
    for twice in (quote, long):
        text = "\n\n".join([TITLE, BODY[0], twice, twice, BODY[2]])
        page = extract_at(text, STORY_URL)
        main = _main(page)
        assert main.captions == []
        assert main.paragraphs == [BODY[0], twice, twice, BODY[2]]
        assert _removed(page, "heuristic.bare-caption-twice") == []


# --- skip links printed as a numbered or bulleted list -----------------------------------------


def test_skip_links_printed_as_list_items_are_cut() -> None:
    for marks in (("1. ", "2. ", "3. "), ("• ", "• ", "• ")):
        links = [marks[0] + "Skip to content", marks[1] + "Skip to main menu", marks[2] + "Skip to more Gazette sites"]
        text = "\n".join([*links, "", TITLE, "", *BODY])
        page = extract_at(text, STORY_URL)
        main = _main(page)
        assert main.title == TITLE
        assert main.paragraphs == BODY
        assert _removed(page, "layout.skip-link") == links


def test_a_numbered_tip_opening_with_skip_stays() -> None:
    """Near miss: a story's numbered advice that opens with "Skip" is no skip link, and a
    "Skip to ..." line with no skip link above it is left to the other readers."""
    tips = ["1. Skip the queue at the terminal by booking your crossing online.", "2. Arrive an hour early."]
    text = "\n\n".join([TITLE, *BODY, *tips])
    page = extract_at(text, STORY_URL)
    assert _removed(page, "layout.skip-link") == []
    assert tips[0] in "\\n".join(_main(page).paragraphs)


# --- an outlet's call to get its breaking news by app, alerts or e-mail ------------------------

APP_PROMOS = [
    "To get breaking news delivered straight to your phone, download our app here or sign up for our newsletter.",
    "If you’d like top stories of the day free to your inbox, we have you covered with a daily email.",
    "We sometimes send breaking news alerts too – sign up HERE.",
    "You can receive Breaking News on a smartphone or tablet via the Gazette News App.",
]


def test_breaking_news_app_and_alert_promos_are_cut() -> None:
    text = "\n\n".join([TITLE, *BODY[:2], *APP_PROMOS[:2], BODY[2], *APP_PROMOS[2:]])
    page = extract_at(text, STORY_URL)
    assert _main(page).paragraphs == BODY
    assert _removed(page, "web.promo") == APP_PROMOS


def test_the_app_promo_broken_over_two_lines_is_cut() -> None:
    halves = [
        "You can receive Breaking News on a smartphone or tablet via the",
        "BBC News App. You can also follow @BBCBreaking on Twitter to get the latest alerts.",
    ]
    text = "\n".join([TITLE, "", *BODY, *halves])
    page = extract_at(text, STORY_URL)
    assert _main(page).paragraphs == BODY
    assert _removed(page, "web.promo") == halves


def test_a_story_sentence_about_breaking_news_alerts_stays() -> None:
    """Near miss: the story's own sentence about a service's alerts names no "our" app."""
    own = [
        "To get breaking news delivered to your phone, residents can register with the harbour board's text service.",
        "We sometimes send the ferry out twice a day in summer, the skipper said.",
    ]
    text = "\n\n".join([TITLE, *BODY, *own])
    page = extract_at(text, STORY_URL)
    assert _main(page).paragraphs == [*BODY, *own]
    assert _removed(page, "web.promo") == []


# --- a placeholder image's text alternative ----------------------------------------------------


def test_a_placeholder_images_alt_text_is_cut() -> None:
    for alt in ("Placeholder Image", "Placeholder Content Image"):
        text = "\n\n".join([TITLE, alt, *BODY])
        page = extract_at(text, STORY_URL)
        assert _main(page).paragraphs == BODY
        assert _removed(page, "web.empty-image") == [alt]


def test_a_sentence_about_a_placeholder_image_stays() -> None:
    """Near miss: the story's sentence naming a placeholder image is no alt text."""
    own = "A placeholder image of the old ramp stayed on the board's website for a week."
    text = "\n\n".join([TITLE, *BODY, own])
    page = extract_at(text, STORY_URL)
    assert _main(page).paragraphs == [*BODY, own]


# --- the ad-blocker appeal over the story --------------------------------------------------------

AD_APPEAL = (
    "By allowing ads to appear on this site, you support the local businesses who, in turn, support local journalism."
)


def test_the_ad_blocker_appeal_over_the_title_is_cut() -> None:
    text = "\n".join([AD_APPEAL, TITLE, "Placeholder Image", *BODY])
    page = extract_at(text, STORY_URL)
    main = _main(page)
    assert main.title == TITLE
    assert main.paragraphs == BODY
    assert _removed(page, "web.appeal") == [AD_APPEAL]


def test_a_sentence_about_allowing_ads_stays() -> None:
    """Near miss: the story's own sentence about ads on a site opens with other words."""
    own = "By allowing ads on its ferries, the harbour board hopes to support local businesses, the chair said."
    text = "\n\n".join([TITLE, *BODY, own])
    page = extract_at(text, STORY_URL)
    assert _main(page).paragraphs == [*BODY, own]


def test_a_paragraph_printed_twice_further_down_is_no_caption() -> None:
    """Near miss: under the body's first paragraph, a sentence printed twice (a feed's teaser
    over its standfirst) is the story's, not a picture's caption."""
    twice = "The harbour board said on Tuesday that the ramp would be inspected again next spring."
    text = "\n\n".join([TITLE, BODY[0], twice, twice, BODY[2]])
    page = extract_at(text, STORY_URL)
    main = _main(page)
    assert main.captions == []
    assert _removed(page, "heuristic.bare-caption-twice") == []
