"""In-story furniture of outlets Daily8 reprints (issue 19, round d8real7): each shape was seen
on stored public pages of two outlets or more; the pages here are invented, laid out as Daily8
prints a reprint (logo, the title twice, the outlet glued to its age, the body, Daily8's
widgets under it), and a near miss of each shape is kept."""

from __future__ import annotations

import pytest
from stories import P1, P2, removed
from stories import REPRINT_TITLE as TITLE
from stories import daily8_reprint as daily8

import newsclean

# --- The separator between a caption and its photo tag --------------------------------------------

CAPTION = "Fishermen mend their nets on the quay at Port Avelin before the spring season"


def test_a_pipe_before_a_photo_credit_tag_goes_with_the_credit() -> None:
    """The Hindu prints "<caption> | Photo Credit: <name>" under every picture, The Week
    "<caption>. | Credit: ...": the pipe is the credit's separator, not the caption's end."""
    page, a = daily8(f"{CAPTION} | Photo Credit: MARA KOVEN\n{P1}\n{P2}")
    assert a.captions == [CAPTION]
    assert removed(page, "heuristic.caption-credit") == ["| Photo Credit: MARA KOVEN"]
    assert a.paragraphs == [P1, P2]


def test_a_slash_before_a_photo_tag_and_an_initialled_credit_go_whole() -> None:
    """ "<caption>. / Photo: S. Name Name / The Paper": the slash opens the credit, and the
    photographer's initial ("S.") is no sentence end that would leave "/ The Paper" as a
    paragraph of the story."""
    page, a = daily8(f"{CAPTION}. / Photo: R. Tamsin Vale / The Coastal Herald\n{P1}\n{P2}")
    assert a.captions == [CAPTION + "."]
    assert removed(page, "heuristic.caption-credit") == ["/ Photo: R. Tamsin Vale / The Coastal Herald"]
    assert a.paragraphs == [P1, P2]


def test_a_slash_inside_a_sentence_before_photo_is_kept() -> None:
    """Near miss: a slash glued inside words ("km/h") before a photo tag is no separator, and
    a credit followed by a sentence keeps that sentence in the story."""
    _, a = daily8(f"{CAPTION} at 40 km/h Photo: AFP. The boats left at dawn, the harbour master said.\n{P1}")
    assert "The boats left at dawn, the harbour master said." in a.paragraphs[0]
    assert all("km/h" in c for c in a.captions)


# --- A paper's bureau signing where a writer's name would stand -----------------------------------


def test_a_bureau_desk_byline_is_the_byline() -> None:
    """The Economic Times signs "ET Bureau" (its stories as the Times of India reprints them on
    Daily8), The Hindu "The Hindu Bureau", on a line under the headline: the newsroom's
    unnamed byline, not the story's first paragraph."""
    page, a = daily8(f"KH Bureau\n{P1}\n{P2}")
    assert a.byline == ["KH Bureau"]
    assert a.paragraphs == [P1, P2]
    page, a = daily8(f"The Courier Bureau\n{P1}\n{P2}")
    assert a.paragraphs == [P1, P2]
    assert removed(page, "byline.line") == ["The Courier Bureau"]


def test_bureau_alone_or_in_a_sentence_is_kept() -> None:
    """Near miss: "Bureau" alone is a heading's word, and a sentence naming a bureau is the
    story's."""
    line = "The Weather Bureau warned of more storms"
    _, a = daily8(f"{line}\n{P1}\n{P2}")
    assert a.paragraphs[0] == line
    assert a.byline == []


# --- A headline closing with a date, printed twice at the top --------------------------------------


def test_a_dated_title_printed_twice_is_the_title() -> None:
    """ "Celebrity Social Media, November 13, 2024" (laineygossip.com), "Newsroom Briefing |
    June 30th, 2025" (onestnetwork.com): a headline with the shape of an outlet and its date. Daily8 prints it twice
    over the outlet's own line; it is the lead story's title, not two empty entries."""
    title = "Harbour Notes Today, June 30, 2025"
    page, a = daily8(f"{P1}\n{P2}", title=title)
    assert len(page.articles) == 1
    assert a.title == title
    assert a.outlet == "Coastal Herald"
    assert a.paragraphs == [P1, P2]


def test_an_outlet_and_date_line_printed_once_is_still_read() -> None:
    """Near miss: under the title, an outlet's name and a date on one line stay the outlet and
    the date of the entry."""
    text = f"logo\n{TITLE}\n\n{TITLE}\n\nHarbour Notes, June 30, 2025\n\n{P1}\n{P2}\n"
    page = newsclean.extract(text)
    assert page.main is not None and page.main.title == TITLE
    assert page.main.outlet == "Harbour Notes"


# --- A call to subscribe to the outlet's WhatsApp or Telegram channels, glued in a paragraph ------


def test_a_channel_subscription_call_between_sentences_is_cut() -> None:
    """Telangana Today glues "Get the latest updates in <sections> on WhatsApp & Telegram by
    subscribing to our channels. You can also download our app ..." between two sentences."""
    call = (
        "Get the latest updates in Harbour News , Sports , Politics and Top Stories on WhatsApp & Telegram "
        "by subscribing to our channels. You can also download our app for Android and iOS ."
    )
    page, a = daily8(f"{P1} {call} {P2}")
    assert a.paragraphs == [f"{P1} {P2}"]
    assert removed(page, "common.promo") == [call]


def test_a_channel_subscription_residue_opening_a_story_is_cut() -> None:
    """The Economic Times' residue opening a story the Times of India reprints: the desk, the
    "Live Events" label and the channel call with its bracket printed twice."""
    residue = "ET Bureau Live Events (You can now subscribe to our (You can now subscribe to our Harbour Times WhatsApp channel"
    page, a = daily8(f"{residue} {P1}\n{P2}")
    assert a.paragraphs == [P1, P2]
    assert removed(page, "common.promo") == [residue]


def test_a_sentence_about_subscribing_to_a_channel_is_kept() -> None:
    """Near miss: a sentence of the story about subscribing to a channel is no call."""
    line = "She urged readers to subscribe to our channel on WhatsApp, the mayor said."
    _, a = daily8(f"{P1} {line}\n{P2}")
    assert a.paragraphs == [f"{P1} {line}", P2]


# --- A contributors' sign-off closing the story ----------------------------------------------------


def test_a_contributors_signoff_names_go_to_the_byline() -> None:
    """CNN ("CNN's <names> contributed to this report."), ABC News ("ABC News' <name> ..."),
    the AP's copy ("Associated Press writer <name> in <place> contributed to this report.")
    close a story with its contributors: makers of the piece, not a sentence of it."""
    for signoff, names in (
        ("Harbour 24's Tessa Brandt and Ilan Vos contributed to this report.", ["Tessa Brandt", "Ilan Vos"]),
        ("Coastal Wire writer Tessa Brandt in Port Avelin contributed to this report.", ["Tessa Brandt"]),
    ):
        page, a = daily8(f"{P1}\n{P2} {signoff}")
        assert a.paragraphs == [P1, P2]
        assert a.byline == names
        assert removed(page, "byline.contributors") == [signoff]


def test_a_story_sentence_about_contributing_is_kept() -> None:
    """Near miss: a story's own sentence whose subject is no newsroom's people stays, and an
    agency alone is a credit."""
    line = "Her father contributed to this report."
    _, a = daily8(f"{P1}\n{P2} {line}")
    assert a.paragraphs == [P1, f"{P2} {line}"]
    assert a.byline == []


# --- A picture's credit as a syndication feed prints it ----------------------------------------------


def test_an_image_credit_bracket_opening_a_paragraph_is_cut() -> None:
    """CBC's stories on Yahoo open with "(File/Getty Images - image credit)" where the picture
    stood; the same feed prints "( - image credit)" when the credit is empty."""
    for tag in ("(File/Harbour Pictures - image credit)", "( - image credit)"):
        page, a = daily8(f"{tag} {P1}\n{P2}")
        assert a.paragraphs == [P1, P2]
        assert removed(page, "common.image-credit") == [tag]


def test_a_bracket_about_an_image_credit_in_a_sentence_is_kept() -> None:
    """Near miss: a sentence about an image's credit, with no bracketed label, stays."""
    line = "The council paid for the image credit - a small fee - out of its own budget."
    _, a = daily8(f"{P1} {line}\n{P2}")
    assert a.paragraphs == [f"{P1} {line}", P2]


# --- A link's label set off by a bar ----------------------------------------------------------------


def test_a_link_label_set_off_by_a_bar_is_a_link() -> None:
    """The Hindu links other stories inside its own with "ALSO READ | <headline>", CBC its
    videos with "WATCH | <video's headline>:": the bar stands where others print a colon."""
    for link in ("ALSO READ | Pier builders bid for the steel contract", "WATCH | How the storm broke the old pier:"):
        page, a = daily8(f"{P1}\n{link}\n{P2}")
        assert a.paragraphs == [P1, P2]
        assert removed(page, "heuristic.read-more") == [link]


def test_a_bar_inside_a_sentence_is_kept() -> None:
    """Near miss: a bar inside a story's sentence with no link label before it stays."""
    line = "The vote was 5 | 4 in favour, which the mayor read as a mandate."
    _, a = daily8(f"{P1}\n{line}\n{P2}")
    assert a.paragraphs == [P1, line, P2]


# --- "Originally published on <date>" inside a story -------------------------------------------------


def test_an_originally_published_stamp_is_the_story_stamp() -> None:
    """NPR's station pages print "Originally published on <date>" under the picture, blogs
    "Originally published on <date>:" over the text: a stamp's label, not an outlet whose
    date opens a new entry (the story was split in two, its rest a related entry)."""
    stamp = "Originally published on June 9, 2025 at 10:56 am"
    page, a = daily8(f"{P1}\n{stamp}\n{P2}")
    assert len(page.articles) == 1
    assert a.paragraphs == [P1, P2]
    assert removed(page, "heuristic.story-stamp") == [stamp]


def test_a_sentence_saying_originally_published_is_kept() -> None:
    """Near miss: a story's sentence about a report first published on a date stays."""
    line = "The survey was originally published on June 9, 2025, the council said."
    page, a = daily8(f"{P1}\n{line}\n{P2}")
    assert len(page.articles) == 1
    assert a.paragraphs == [P1, line, P2]


# --- A photo credit glued to its caption's last letter ---------------------------------------------


def test_a_credit_glued_to_its_caption_is_cut_and_the_caption_kept() -> None:
    """The Sun ("... striking IsraelCredit: Fox News") and the Sydney Morning Herald ("... on
    Thursday.Credit:Nick Moir") glue the credit to the caption: the caption goes to captions,
    the credit out, not the whole line as another story's pasted headline."""
    for caption, credit in (
        ("Crowds gathered on the quay to watch the old pier come down", "Credit: Harbour Pictures"),
        ("Crowds gathered on the quay to watch the old pier come down.", "Credit:Tessa Brandt"),
    ):
        page, a = daily8(f"{P1}\n{caption}{credit}\n{P2}")
        assert a.captions == [caption]
        assert removed(page, "heuristic.caption-credit") == [credit]
        assert a.paragraphs == [P1, P2]


def test_a_pasted_headline_with_no_credit_is_still_cut() -> None:
    """Near miss: another story's headline between the paragraphs, with no credit glued to it,
    is still a pasted link."""
    link = "Lighthouse keeper honoured by the queen in the capital"
    page, a = daily8(f"{P1}\n{link}\n{P2}")
    assert a.paragraphs == [P1, P2]
    assert removed(page, "heuristic.headline-link") == [link]


# --- A call to join the newsroom's WhatsApp community, glued after the story ------------------------


def test_a_whatsapp_community_call_after_the_last_sentence_is_cut() -> None:
    """Reach's titles close every story with "Join the <title> WhatsApp community! Get the
    latest news sent straight to your messages by joining our WhatsApp community today. ...",
    glued to the last sentence (and cut off where Daily8's page ends)."""
    call = (
        "Join the Coastal Herald WhatsApp community! Get the latest news sent straight to your messages "
        "by joining our WhatsApp community today. You'll receive daily updates on breaking news as well "
        "as the top headlines across the coast. No one wil"
    )
    page, a = daily8(f"{P1}\n{P2} {call}")
    assert a.paragraphs == [P1, P2]
    assert removed(page, "common.promo") == [call]


def test_a_sentence_about_a_whatsapp_community_is_kept() -> None:
    """Near miss: a story's sentence about joining a WhatsApp community stays."""
    line = "Join the WhatsApp community, the mayor told parents at the meeting."
    _, a = daily8(f"{P1}\n{P2} {line}")
    assert a.paragraphs == [P1, f"{P2} {line}"]


# --- A newsletter issue's self-introduction opening the story ---------------------------------------


def test_a_newsletters_self_introduction_is_cut() -> None:
    """CBC's morning brief opens "Good morning! This is our daily news roundup with everything
    you need to know in one concise read.", NBC's "This is Morning Rundown, a weekday newsletter
    to start your day.": the template's words, in every issue."""
    for intro in (
        "Good morning! This is our daily news roundup with everything you need to know in one read.",
        "This is Harbour Rundown, a weekday newsletter to start your day.",
    ):
        page, a = daily8(f"{intro}\n{P1}\n{P2}")
        assert a.paragraphs == [P1, P2]
        assert removed(page, "common.newsletter-intro") == [intro]


def test_a_sentence_about_a_daily_newsletter_is_kept() -> None:
    """Near miss: a story's sentence about a newsletter goes on past the noun and stays."""
    line = "This is the daily newsletter's tenth year, the editor said."
    _, a = daily8(f"{line}\n{P1}\n{P2}")
    assert a.paragraphs == [line, P1, P2]


def test_a_sign_up_pitch_after_the_cut_introduction_is_cut_too() -> None:
    """CBC's brief follows its introduction with "Sign up here to get this delivered to your
    inbox every morning.": once the introduction is cut, the pitch opens the paragraph and is
    still read as one."""
    intro = "Good morning! This is our daily news roundup with everything you need to know in one read."
    pitch = "Sign up here to get this delivered to your inbox every morning."
    page, a = daily8(f"{intro} {pitch}\n{P1}\n{P2}")
    assert a.paragraphs == [P1, P2]
    assert removed(page, "heuristic.newsletter-pitch") == [pitch]


def test_twitters_follow_button_alone_on_a_line_is_cut() -> None:
    """ "Follow @handle": the label Twitter's follow-button embed prints, alone on its line
    between or after a story's paragraphs; a sentence opening with the handle stays."""
    page, a = daily8(f"{P1}\nFollow @coast_herald\n{P2}")
    assert a.paragraphs == [P1, P2]
    assert removed(page, "common.promo") == ["Follow @coast_herald"]
    said = "Follow @coast_herald for updates on the ferry plan, the mayor said."
    _, b = daily8(f"{P1}\n{said}\n{P2}")
    assert b.paragraphs == [P1, said, P2]


@pytest.mark.parametrize("heading", ["Check Also", "Check Also:", "CHECK ALSO"])
def test_a_themes_check_also_box_under_the_story_is_a_related_list(heading: str) -> None:
    """TieLabs' Sahifa and Jannah themes head their related-post box "Check Also": the post
    under it is a related entry, not the story's last paragraphs."""
    related = "Orchard growers test frost fans\nJune 8, 2025\nGrowers in Kessel tested frost fans on Monday."
    page, a = daily8(f"{P1}\n{P2}\n{heading}\n{related}")
    assert a.paragraphs == [P1, P2]
    assert [(x.role, x.title) for x in page.articles][1:] == [("related", "Orchard growers test frost fans")]


def test_a_sentence_asking_readers_to_check_also_stays() -> None:
    """Near miss: "Check also ..." opening a sentence of the story."""
    said = "Check also whether your ferry ticket is still valid, the operator said."
    _, a = daily8(f"{P1}\n{said}\n{P2}")
    assert a.paragraphs == [P1, said, P2]
