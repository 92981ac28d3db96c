"""Shapes of real Daily8 pages (issues 18 and 19, round d8real9): each was seen on stored Daily8
pages of two outlets or more; the pages here are invented, laid out as Daily8 prints a reprint
(logo, the title twice, the outlet glued to its age, the body, Daily8's widgets under it), and a
near miss of each shape is kept."""

from __future__ import annotations

from stories import P1, P2, removed
from stories import daily8_reprint as daily8

# --- A photo credit run into the story's dateline ----------------------------------------------------

CAPTION = "Harbour master Ilse Marren (centre) with the crew of the new pilot boat at the quay."
OPENING = "The harbour board has bought two pilot boats to guide ships through the new channel."


def test_a_credit_in_capitals_stops_at_the_datelines_known_place() -> None:
    """The Star reprinting the Straits Times: "<caption> -- ST PHOTO: NAME SINGAPORE (The
    Straits Times/ANN): <story>"; the credit took the place and the dateline was lost."""
    page, a = daily8(f"{CAPTION} -- ST PHOTO: ORLA VARDEN SINGAPORE (The Straits Times/ANN): {OPENING}\n{P1}")
    assert a.captions == [CAPTION]
    assert a.dateline is not None and a.dateline.location == "SINGAPORE"
    assert a.paragraphs[0] == OPENING
    assert removed(page, "heuristic.caption-credit") == ["-- ST PHOTO: ORLA VARDEN"]


def test_a_photo_by_credit_never_eats_the_dateline_and_story_after_it() -> None:
    """Sinar Daily via Daily8: "<caption> - Photo by Bernama KUALA LUMPUR - <story cut off>"; a
    story of capitalised words ("Prime Minister Datuk Seri ...") read as the credit's name and
    went with it."""
    cut = "KUALA LUMPUR - Prime Minister Datuk Seri Orla Varden Opens"
    page, a = daily8(f"{P1}\n{CAPTION} - Photo by Bernama {cut}")
    assert a.captions == [CAPTION]
    assert removed(page, "heuristic.caption-credit") == ["- Photo by Bernama"]
    assert cut in a.body


def test_a_photographers_name_in_capitals_is_kept_whole_before_a_story() -> None:
    """Near miss: a name of capitals with no place after it stays the credit, and a place
    the rule files do not know is read as the photographer's (a name and a place are both
    capitals: only a known place splits them)."""
    page, a = daily8(f"{CAPTION} -- ST PHOTO: ORLA VARDEN QUAYSIDE (The Straits Times/ANN): {OPENING}\n{P2}")
    (credit,) = removed(page, "heuristic.caption-credit")
    assert credit.endswith("ST PHOTO: ORLA VARDEN QUAYSIDE")
    assert a.dateline is None


# --- Postmedia's ad placeholder, "Article content" labels and paywall box glued into a story ------

S1 = "The harbour board met on Monday to choose a builder for the pier."
S2 = "Two firms bid for the work, and the cheaper one won."
S3 = "Building starts in the spring."


def test_postmedias_placeholder_and_labels_between_sentences_are_cut() -> None:
    """The National Post's "Article content" labels and the Toronto Sun's ad placeholder, glued
    between a flattened story's sentences."""
    placeholder = "This advertisement has not loaded yet, but your article continues below."
    page, a = daily8(f"{S1} Article content {S2} Article content Article content {S3} {placeholder} {P1}")
    assert a.paragraphs == [f"{S1} {S2} {S3} {P1}"]
    assert removed(page, "common.widget-label") == ["Article content", "Article content Article content"]
    assert removed(page, "common.ad-continue") == [placeholder]


def test_postmedias_paywall_box_in_a_story_is_cut_sentence_by_sentence() -> None:
    """The Toronto Sun's paywall box: a heading in capitals and the perks, each a sentence."""
    box = (
        "THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY Subscribe now to read the latest news in your city "
        "and across Canada. Unlimited online access to articles from across Canada with one account. Get "
        "exclusive access to the Harbour Sun ePaper, an electronic replica of the print edition that you can "
        "share, download and comment on. SUBSCRIBE TO UNLOCK MORE ARTICLES"
    )
    page, a = daily8(f"{S1} {S2} {box}\n{P2}")
    assert a.paragraphs == [f"{S1} {S2}", P2]
    assert removed(page, "common.paywall") == [box]


def test_a_stories_own_article_content_and_subscribe_sentences_are_kept() -> None:
    """Near miss: "Article content" opening a sentence of the story, and a sentence about a
    paper's subscriptions, stay."""
    own = "Article content rules were tightened by the board last year."
    told = "Subscribe now to read the latest news in your city and across Canada, the flyer said."
    page, a = daily8(f"{S1} {own} {told}\n{P2}")
    assert a.paragraphs == [f"{S1} {own} {told}", P2]
    assert not removed(page, "common.widget-label")
    assert not removed(page, "common.paywall")


# --- The Canadian Press's photo credit, as the Reuters one --------------------------------------------


def test_the_canadian_press_photo_credit_closes_its_caption_before_the_dateline() -> None:
    """CTV's stories on Daily8: "<caption>. THE CANADIAN PRESS/Name WASHINGTON — <story>"; the
    caption and its credit stood in the body and the dateline was not read."""
    _page, a = daily8(f"{CAPTION} THE CANADIAN PRESS/Orla Varden HALIFAX — {OPENING}\n{P1}")
    assert a.captions == [CAPTION]
    assert a.dateline is not None and a.dateline.location == "HALIFAX"
    assert a.paragraphs == [OPENING, P1]


def test_a_poll_by_the_canadian_press_in_a_sentence_is_kept() -> None:
    """Near miss: the agency's name with a slash inside a sentence, not in its credit's capitals."""
    own = "A Canadian Press/Leger poll found most residents back the plan. The Canadian Press/Leger survey ran in May."
    _page, a = daily8(f"{own}\n{P2}")
    assert a.paragraphs == [own, P2]
    assert not a.captions


# --- A video rail's heading between two paragraphs ----------------------------------------------------


def test_a_video_rails_heading_between_paragraphs_is_cut() -> None:
    """The Star on Daily8: "Featured Videos" alone between two paragraphs of the story."""
    page, a = daily8(f"{P1}\nFeatured Videos\n{P2}")
    assert a.paragraphs == [P1, P2]
    assert removed(page, "common.widget-label") == ["Featured Videos"]


def test_a_sentence_about_featured_videos_is_kept() -> None:
    """Near miss: the words opening a sentence of the story."""
    own = "Featured videos from the festival drew a large crowd to the pier on Saturday."
    page, a = daily8(f"{P1}\n{own}\n{P2}")
    assert a.paragraphs == [P1, own, P2]
    assert not removed(page, "common.widget-label")


# --- A "Photo by" credit with the story going on after it --------------------------------------------


def test_a_photo_by_credit_opening_a_paragraph_is_cut_and_the_story_kept() -> None:
    """The New Statesman on Daily8's hashtag pages: "Photo by Name In early March, ..."."""
    story = "In early spring the harbour board chose a builder for the pier."
    page, a = daily8(f"Photo by Orla Varden {story}\n{P1}")
    assert a.paragraphs == [story, P1]
    assert removed(page, "heuristic.caption-credit") == ["Photo by Orla Varden"]


def test_a_photo_by_credit_and_paper_after_a_caption_inside_a_paragraph_are_cut() -> None:
    """The Toronto Sun on Daily8: "<caption>. Photo by Name / Postmedia Uh, huh. <story>"."""
    page, a = daily8(f"{S1} {CAPTION} Photo by Orla Varden / Harbour Sun Well, well. {S2}\n{P1}")
    assert a.captions == [CAPTION]
    assert a.paragraphs == [f"{S1} Well, well. {S2}", P1]
    assert removed(page, "heuristic.caption-credit") == ["Photo by Orla Varden / Harbour Sun"]


def test_a_sentence_about_a_photo_by_someone_is_kept() -> None:
    """Near miss: a sentence naming a photographer's picture, and a one-word name."""
    own = "Photo by Orla Varden was shown at the fair. Photo by Reuters The board met."
    page, a = daily8(f"{own}\n{P2}")
    assert a.paragraphs == [own, P2]
    assert not removed(page, "heuristic.caption-credit")


# --- A newsletter's sign-up call with "here", glued between sentences --------------------------------


def test_a_newsletter_call_with_here_glued_between_sentences_is_cut() -> None:
    """CNN's "Sign up here for the '5 Things' newsletter. ⚡ <next item>" inside its reprinted
    text on Daily8 (twice on one page); the emoji opens the next item."""
    cnn = "Sign up here for the 'Harbour Things' newsletter."
    page, a = daily8(f"{S1} {cnn} ⚡ {S2} {cnn} {S3}\n{P1}")
    assert a.paragraphs == [f"{S1} ⚡ {S2} {S3}", P1]
    assert removed(page, "common.promo") == [cnn, cnn]


def test_a_sentence_about_signing_up_here_is_kept() -> None:
    """Near miss: the words going on as a sentence of the story."""
    own = "Sign up here for the harbour newsletter was brisk, the clerk said."
    page, a = daily8(f"{S1} {own}\n{P2}")
    assert a.paragraphs == [f"{S1} {own}", P2]
    assert not removed(page, "common.promo")
