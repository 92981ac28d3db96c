"""Furniture of other outlets inside the stories Daily8 reprints (issue 19, round daily8m): each
shape is cut with its rule and offsets recorded, and a near-miss sentence of a story is kept.
The pages are invented, laid out as Daily8 prints a reprint (logo, the title twice, the outlet
glued to its age, the body, Daily8's widgets under it)."""

from __future__ import annotations

import pytest
from stories import P1, P2, P3, removed
from stories import daily8_reprint as daily8

# --- A share box's label glued between two sentences ----------------------------------------------


@pytest.mark.parametrize(
    "label",
    [
        "Share this article",
        "Share this story Share",
        "Share this article Share Comment on this story Comment Add to your saved stories Save",
        "Share this story Share this on Facebook Share this on Twitter Share this on Reddit Share All sharing options",
    ],
)
def test_a_share_label_glued_between_sentences_is_cut(label: str) -> None:
    page, a = daily8(f"{P1} {label} {P2}\n{P3}")
    assert a.paragraphs == [f"{P1} {P2}", P3]
    assert removed(page, "common.share-widget") == [label]


@pytest.mark.parametrize("where", ["start", "end"])
def test_a_share_label_opening_or_closing_a_paragraph_is_cut(where: str) -> None:
    body = f"Share this article {P1}\n{P2}" if where == "start" else f"{P1}\n{P2} Share this story\n{P3}"
    page, a = daily8(body)
    assert "Share this" not in a.body
    assert P1 in a.body and P2 in a.body
    assert removed(page, "common.share-widget") == ["Share this article" if where == "start" else "Share this story"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Share this article with a friend who fishes off the pier, the mayor urged.",
        "Share the story of your first walk on the pier, the museum asks residents.",
        "Readers said: share this story with the council.",
    ],
)
def test_a_sentence_asking_readers_to_share_stays(sentence: str) -> None:
    page, a = daily8(f"{P1} {sentence} {P2}\n{P3}")
    assert a.paragraphs == [f"{P1} {sentence} {P2}", P3]
    assert not removed(page, "common.share-widget")


# --- Two labelled stamps on one line, set off by a bar ---------------------------------------------


@pytest.mark.parametrize(
    "pair",
    [
        "Published: Jun. 15, 2022 at 6:33 PM CDT|Updated: 43 minutes ago",
        "Published: Jun. 15, 2022 at 6:33 PM CDT | Updated: Jun. 16, 2022 at 9:00 AM CDT",
        "PUBLISHED: June 15, 2022 at 4:56 p.m. | UPDATED: June 15, 2022 at 6:00 p.m.",
        "Published June 15, 2022 | Updated 43 minutes ago",
    ],
)
@pytest.mark.parametrize("where", ["top", "inside"])
def test_a_pair_of_stamps_is_the_story_s_stamp_not_its_text(pair: str, where: str) -> None:
    body = f"{pair}\n{P1}\n{P2}\n{P3}" if where == "top" else f"{P1}\n{pair}\n{P2}\n{P3}"
    page, a = daily8(body)
    assert a.paragraphs == [P1, P2, P3]
    assert a.dateline is None
    assert len(page.articles) == 1
    assert [r.text for r in page.removed if r.text == pair] == [pair]


def test_the_stamp_pair_reader_takes_the_first_stamp() -> None:
    from newsclean.timeparse import stamp_pair, time_line

    assert (
        stamp_pair("Published: Jun. 15, 2022 at 6:33 PM CDT|Updated: 43 minutes ago") == "Jun. 15, 2022 at 6:33 PM CDT"
    )
    assert time_line("Published June 15, 2022 | Updated 43 minutes ago") == (None, "June 15, 2022")


@pytest.mark.parametrize(
    "line",
    [
        "Harbour council votes to rebuild the pier | June 15, 2022",  # a headline with its stamp
        "Published: June 15, 2022 | Updated figures show that four in ten residents voted",
        "Updated: 43 minutes ago | Mayor Ilse Marren",
    ],
)
def test_a_bar_beside_one_stamp_is_no_stamp_pair(line: str) -> None:
    from newsclean.timeparse import stamp_pair

    assert stamp_pair(line) is None


def test_a_sentence_with_a_bar_and_a_date_stays() -> None:
    sentence = "The count published on June 15, 2022 | updated by the clerk a day later | showed four in ten in favour."
    _, a = daily8(f"{P1}\n{sentence}\n{P2}\n{P3}")
    assert a.paragraphs == [P1, sentence, P2, P3]


# --- A newsletter's sign-up call glued between two sentences --------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        "Sign up to Harbour Headlines Free newsletter",
        "What's everyone talking about? Sign up for our trending newsletter to get the latest news of the day",
        "Sign up for the Coastal Herald Travel newsletter for more tips from the Herald's travel desk.",
        "Sign up for our free daily newsletter.",
    ],
)
def test_a_newsletter_call_glued_between_sentences_is_cut(call: str) -> None:
    page, a = daily8(f"{P1} {call} {P2}\n{P3}")
    assert a.paragraphs == [f"{P1} {P2}", P3]
    assert removed(page, "common.promo") == [call]


def test_a_newsletter_call_closing_a_paragraph_is_cut() -> None:
    page, a = daily8(f"{P1}\n{P2} Sign up for our weekly newsletter\n{P3}")
    assert a.paragraphs == [P1, P2, P3]
    assert removed(page, "common.promo") == ["Sign up for our weekly newsletter"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sign up for the newsletter was brisk, the library said.",
        "Residents can sign up for the harbour newsletter at the town hall.",
        "Sign up to the scheme before Friday, the council said.",
    ],
)
def test_a_sentence_about_signing_up_stays(sentence: str) -> None:
    page, a = daily8(f"{P1} {sentence} {P2}\n{P3}")
    assert a.paragraphs == [f"{P1} {sentence} {P2}", P3]
    assert not removed(page, "common.promo")


# --- A browser's fallback or support notice --------------------------------------------------------

NOTICES = [
    "Your browser does not support the video tag.",
    "Sorry. Your browser does not support the video.",
    "This browser does not support the audio element.",
    "Your web browser is no longer supported. To improve your experience update it here",
]


@pytest.mark.parametrize("notice", NOTICES)
def test_a_browser_notice_alone_on_a_line_is_cut(notice: str) -> None:
    page, a = daily8(f"{P1}\n{notice}\n{P2}\n{P3}")
    assert a.paragraphs == [P1, P2, P3]
    assert removed(page, "common.browser-notice") == [notice]


@pytest.mark.parametrize("notice", NOTICES)
def test_a_browser_notice_glued_between_sentences_is_cut(notice: str) -> None:
    page, a = daily8(f"{P1} {notice} {P2}\n{P3}")
    assert a.paragraphs == [f"{P1} {P2}", P3]
    assert removed(page, "common.browser-notice") == [notice]


@pytest.mark.parametrize(
    "sentence",
    [
        "Your browser does not support passkeys yet, the company warned users on Monday.",
        "Your browser is out of date, and that matters for the pier's booking site, the council said.",
        "The council said your browser does not support the video on its old site.",
    ],
)
@pytest.mark.parametrize("glue", ["\n", " "])
def test_a_sentence_about_browsers_stays(sentence: str, glue: str) -> None:
    page, a = daily8(f"{P1}{glue}{sentence}\n{P2}")
    assert sentence in a.body
    assert not removed(page, "common.browser-notice")


# --- A prompt to allow the outlet's browser notifications ------------------------------------------


@pytest.mark.parametrize(
    "lines",
    [
        [
            "Stay up to date with notifications from The Coastal Herald",
            "Notifications can be managed in browser preferences.",
        ],
        ["Be the first to know", "Get browser notifications for breaking news, live events, and exclusive reporting."],
    ],
)
@pytest.mark.parametrize("where", ["top", "end"])
def test_a_notification_prompt_is_cut(lines: list[str], where: str) -> None:
    prompt = "\n".join(lines)
    page, a = daily8(f"{prompt}\n{P1}\n{P2}" if where == "top" else f"{P1}\n{P2}\n{prompt}")
    assert a.paragraphs == [P1, P2]
    assert removed(page, "common.notification-prompt") == lines


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents can get push notifications for ferry delays from the council's new app.",
        "Be the first to know when the pier reopens, the mayor told residents on Tuesday.",
        "Stay up to date with notifications from the harbour master, the council urged.",
    ],
)
def test_a_sentence_about_notifications_stays(sentence: str) -> None:
    page, a = daily8(f"{P1}\n{sentence}\n{P2}")
    assert a.paragraphs == [P1, sentence, P2]
    assert not removed(page, "common.notification-prompt")


# --- "(Scroll down for video)" opening a paragraph ------------------------------------------------


def test_a_bracketed_pointer_to_the_video_is_cut() -> None:
    page, a = daily8(f"(Scroll down for video) {P1}\n{P2}")
    assert a.paragraphs == [P1, P2]
    assert removed(page, "common.video-pointer") == ["(Scroll down for video)"]


def test_a_bracketed_aside_about_scrolling_stays() -> None:
    sentence = "(Scroll down for video of the storm) is what the old site said, the council recalled."
    page, a = daily8(f"{P1}\n{sentence}\n{P2}")
    assert sentence in a.body
    assert not removed(page, "common.video-pointer")


# --- A caption printed twice: bare, then with its credit ------------------------------------------

CAPTION = "Workers repair the storm-hit pier in Port Avelin on Monday."


@pytest.mark.parametrize(
    ("credited", "credit"),
    [
        (f"{CAPTION} Credit: AP", "Credit: AP"),
        (f"{CAPTION}Credit: Kessel Police", "Credit: Kessel Police"),  # glued to the stop
        (f"{CAPTION} Credit: 7NEWS", "Credit: 7NEWS"),  # a channel's number opens the name
    ],
)
def test_a_caption_printed_twice_is_one_caption(credited: str, credit: str) -> None:
    page, a = daily8(f"{P1}\n{CAPTION}\n{credited}\n{P2}\n{P3}")
    assert a.paragraphs == [P1, P2, P3]
    assert a.captions == [CAPTION]
    assert removed(page, "heuristic.caption-twice") == [CAPTION]
    assert removed(page, "heuristic.caption-credit") == [credit]


def test_a_story_sentence_a_later_caption_repeats_stays() -> None:
    page, a = daily8(f"{P1}\n{CAPTION}\n{P2}\n{CAPTION} Credit: AP\n{P3}")
    assert a.paragraphs == [P1, CAPTION, P2, P3]
    assert a.captions == [CAPTION]
    assert not removed(page, "heuristic.caption-twice")


def test_a_sentence_naming_a_credit_line_stays() -> None:
    sentence = "The agency said the new pier would be built by spring.Credit: the harbour board, which pays."
    page, a = daily8(f"{P1}\n{sentence}\n{P2}")
    assert sentence in a.body
    assert not removed(page, "heuristic.caption-twice")


# --- An icon's label marking a caption; a breadcrumb of icons; a widget's error -------------------


def test_a_caption_the_camera_icon_opens_is_read_with_its_bare_copy_above() -> None:
    page, a = daily8(f"{P1}\n{CAPTION}\nCamera Icon{CAPTION}\n{P2}")
    assert a.paragraphs == [P1, P2]
    assert a.captions == [CAPTION]
    assert removed(page, "common.icon-label") == ["Camera Icon"]
    assert removed(page, "heuristic.caption-twice") == [CAPTION]


def test_an_icon_caption_with_its_credits_is_read() -> None:
    line = f"Camera Icon {CAPTION} Harbour Wire / Jane Roe Credit: Coastal Media"
    page, a = daily8(f"{P1}\n{line}\n{P2}")
    assert a.paragraphs == [P1, P2]
    assert a.captions == [CAPTION]
    assert removed(page, "heuristic.icon-caption-credit") == ["Harbour Wire / Jane Roe"]
    assert removed(page, "heuristic.caption-credit") == ["Credit: Coastal Media"]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("NewsChevron Right IconCoast News", "common.icon-label"),
        ("We’re sorry, this feature is currently unavailable. We’re working to restore it. Please try again later.",
         "common.widget-error"),
    ],
)  # fmt: skip
def test_an_icon_breadcrumb_or_a_widget_error_is_cut(line: str, rule: str) -> None:
    page, a = daily8(f"{line}\n{P1}\n{P2}")
    assert a.paragraphs == [P1, P2]
    assert removed(page, rule) == [line]


@pytest.mark.parametrize(
    "sentence",
    [
        "The camera icon on the council's app now shows the pier's webcam, the mayor said.",
        "We're sorry, this ferry is currently unavailable, the operator told passengers on Monday.",
    ],
)
def test_a_sentence_about_icons_or_outages_stays(sentence: str) -> None:
    page, a = daily8(f"{P1}\n{sentence}\n{P2}")
    assert a.paragraphs == [P1, sentence, P2]
    assert a.captions == []
    assert not removed(page, "common.icon-label") and not removed(page, "common.widget-error")


# --- A live blog's labels --------------------------------------------------------------------------


@pytest.mark.parametrize("label", ["Key posts", "Pinned post from", "Loading"])
def test_a_live_blog_label_alone_on_a_line_is_cut(label: str) -> None:
    page, a = daily8(f"{label}\n{P1}\n{P2}")
    assert a.paragraphs == [P1, P2]
    assert removed(page, "common.live-blog-label") == [label]


@pytest.mark.parametrize(
    "sentence",
    ["Key posts on the harbour board went unfilled, the mayor said.", "Loading the ferry took an hour on Monday."],
)
def test_a_sentence_opening_with_a_live_blog_word_stays(sentence: str) -> None:
    page, a = daily8(f"{P1}\n{sentence}\n{P2}")
    assert a.paragraphs == [P1, sentence, P2]
    assert not removed(page, "common.live-blog-label")


# --- A caption glued to its own double, then printed again ----------------------------------------

NW_CAPTION = "Officers want to speak to two men after a series of burglaries in Port Avelin"


@pytest.mark.parametrize(
    ("copy", "caption", "credits"),
    [
        (NW_CAPTION, NW_CAPTION, []),
        (f"{NW_CAPTION} | Kessel Police", NW_CAPTION, ["| Kessel Police"]),
        (f"{NW_CAPTION} | Harbour Cameras/NW/Maps", NW_CAPTION, ["| Harbour Cameras/NW/Maps"]),
        (f"{NW_CAPTION}. (Credit: Maps)", f"{NW_CAPTION}.", ["(Credit: Maps)"]),
    ],
)
def test_a_doubled_caption_and_its_copy_are_one_caption(copy: str, caption: str, credits: list[str]) -> None:
    bare = copy.split(" |")[0]
    page, a = daily8(f"{P1}\n{bare}{bare}\n{copy}\n{P2}")
    assert a.paragraphs == [P1, P2]
    assert a.captions == [caption]
    assert removed(page, "heuristic.caption-doubled") == [f"{bare}{bare}", *credits]


@pytest.mark.parametrize(
    "body",
    [
        f"{P1}\nAll aboard! All aboard!\nAll aboard, the captain shouted as the ferry left.\n{P2}",  # a short cry twice
        f"{P1}\n{NW_CAPTION}{NW_CAPTION}\n{NW_CAPTION}, police said on Monday as they asked for help.\n{P2}",
    ],
)
def test_a_doubled_line_over_a_story_sentence_is_no_caption(body: str) -> None:
    page, a = daily8(body)
    assert a.captions == []
    assert not removed(page, "heuristic.caption-doubled")
    assert P1 in a.body and P2 in a.body
