"""The lead story's ragged edges in a text dump, round 34: short label lines before the
story's first prose paragraph and after its last (``heuristic.story-edge-line``).

Every story, town and name here is invented. Each test shows the edge cut and a near miss
of the same look left alone: a paragraph of prose after a short line is the story going on.
"""

from __future__ import annotations

from stories import extract_at, removed

STORY_URL = "https://rivertonpost.example/news/2024/ferry-timetable-changes"
TITLE = "Ferry Timetable Changes Start Next Month"
PARAS = [
    "The harbour board said on Monday that the early ferry will leave twenty minutes later from March.",
    "Commuters asked for the change last year, and the board agreed after a survey of regular passengers.",
    "The last boat of the evening keeps its time, a spokesman for the operator said.",
]
EDGE = "heuristic.story-edge-line"


def _story(before: list[str] | None = None, after: list[str] | None = None, paras: list[str] | None = None) -> str:
    parts = [TITLE, *(before or []), *(paras or PARAS), *(after or [])]
    return "\n\n".join(parts) + "\n"


def test_share_and_rail_links_after_the_story_are_cut() -> None:
    tail = ["Partager sur", "Retour", "Les Dernières Vidéos"]
    page = extract_at(_story(after=tail), STORY_URL)
    assert [a.title for a in page.articles] == [TITLE]
    assert page.articles[0].body == "\n\n".join(PARAS)
    assert removed(page, EDGE) == tail


def test_a_widget_label_over_and_under_the_story_is_cut() -> None:
    page = extract_at(_story(before=["Read Offline:"], after=["Read Offline:"]), STORY_URL)
    assert page.articles[0].body == "\n\n".join(PARAS)
    assert removed(page, EDGE) == ["Read Offline:", "Read Offline:"]


def test_marked_widget_lines_over_the_story_are_cut() -> None:
    page = extract_at(_story(before=["Posted: |", "# Comments"]), STORY_URL)
    assert page.articles[0].body == "\n\n".join(PARAS)
    assert removed(page, EDGE) == ["Posted: |", "# Comments"]


def test_a_paragraph_after_short_lines_stays_in_the_story() -> None:
    """Near miss: short lines between two prose paragraphs are the story's (a subhead)."""
    paras = [PARAS[0], "Evening boats", "Partager sur", PARAS[1], PARAS[2]]
    page = extract_at(_story(paras=paras), STORY_URL)
    assert page.articles[0].body == "\n\n".join(paras)
    assert removed(page, EDGE) == []


def test_one_short_line_ending_the_text_stays() -> None:
    """Near miss: one short line at the end may be a paragraph the dump cut off."""
    page = extract_at(_story(after=["The board also said"]), STORY_URL)
    assert page.articles[0].body.endswith("The board also said")
    assert removed(page, EDGE) == []


def test_one_short_line_with_furniture_after_it_is_cut() -> None:
    """A lone short line the page goes on after (a line the rule files cut as furniture) is no
    paragraph the dump cut off: a link over the page's furniture."""
    page = extract_at(_story(after=["Hear our weekly harbour podcast", "Back to top button"]), STORY_URL)
    assert page.articles[0].body == "\n\n".join(PARAS)
    assert removed(page, EDGE) == ["Hear our weekly harbour podcast"]


def test_a_list_after_a_colon_stays() -> None:
    """Near miss: a paragraph ending in a colon introduces the story's own list."""
    paras = [*PARAS[:2], "The new departures from the north pier are:", "Six forty", "Seven twenty"]
    page = extract_at(_story(paras=paras), STORY_URL)
    assert page.articles[0].body == "\n\n".join(paras)
    assert removed(page, EDGE) == []


def test_a_subhead_over_the_first_paragraph_stays() -> None:
    """Near miss: two words right over the first paragraph are its subhead, not a label."""
    page = extract_at(_story(before=["Morning changes"]), STORY_URL)
    assert page.articles[0].body.startswith("Morning changes")
    assert removed(page, EDGE) == []


# --- a photo's caption between the headline and the header; a station's tag in the dateline ------

STATION_URL = "https://www.kxyz.example/2024/05/02/county-man-custody-after-chase/"
STATION_TITLE = "County man in custody after chase along the river road"
CAPTION = "Deputies say a 40-year-old man was arrested after a chase along the river road.(KXYZ/KQRS)"
STATION_BODY = [
    "Deputies said the chase began shortly after midnight when the driver refused to stop near the bridge.",
    "The driver was taken to the county jail and faces several charges, the sheriff's office said.",
]


def _station(caption: str = CAPTION, tag: str = "(KXYZ/KQRS)") -> str:
    lines = [STATION_TITLE, caption, "By KXYZ Newsroom", "Published: May. 2, 2024 at 10:58 AM CDT"]
    lines.append(f"RIVER COUNTY, Fla. {tag} - " + STATION_BODY[0])
    return "\n\n".join([*lines, STATION_BODY[1]]) + "\n"


def test_a_credited_caption_over_the_header_is_the_lead_storys_caption() -> None:
    page = extract_at(_station(), STATION_URL)
    assert [(a.role, a.title) for a in page.articles] == [("main", STATION_TITLE)]
    story = page.articles[0]
    assert story.captions == [CAPTION.removesuffix("(KXYZ/KQRS)")]
    assert story.byline == ["KXYZ Newsroom"]
    assert story.body == "\n\n".join(STATION_BODY)


def test_a_stations_slashed_tag_after_a_state_is_the_datelines() -> None:
    page = extract_at(_station(), STATION_URL)
    story = page.articles[0]
    assert story.dateline is not None and story.dateline.location == "RIVER COUNTY, Fla."
    assert "RIVER COUNTY" not in " ".join(story.captions)


def test_a_photographers_credit_after_a_sentence_stays_a_caption() -> None:
    """Near miss: "(Outlet/Photographer)" after a story's sentence, far from any dateline."""
    text = (
        f"{STATION_TITLE}\n\nDeputies stand beside the stopped car on the river road on Tuesday. (Valley Post/Jane Roe)"
        f"\n\n{STATION_BODY[0]}\n\n{STATION_BODY[1]}\n"
    )
    page = extract_at(text, STATION_URL)
    story = page.articles[0]
    assert story.captions == ["Deputies stand beside the stopped car on the river road on Tuesday."]
    assert story.body == "\n\n".join(STATION_BODY)


def test_a_headline_line_over_the_header_is_no_caption() -> None:
    """Near miss: without a credit tag the line over the header is a feed's headline, as before."""
    page = extract_at(_station(caption="Second story over the header on the same page"), STATION_URL)
    assert "Second story over the header on the same page" in [a.title for a in page.articles]


# --- a story page's footer under its last paragraph is no further story cut off ---------------

REPRINT_URL = "https://sportsreel.example/official-harbour-united-sign-new-keeper"
REPRINT_TITLE = "Official: Harbour United Sign New Keeper"
HEAD = [REPRINT_TITLE, "01 September, 2021", REPRINT_TITLE]  # the title printed twice around the date
REPRINT_PARAS = [
    "Harbour United announced on Wednesday morning that the goalkeeper has joined on a three-year deal.",
    "The keeper spent last season on loan at a second-tier club and kept fourteen clean sheets there.",
    # the last paragraph printed without its full stop, as the reprint has it
    "He becomes the club's second signing of the window, after a defender arrived from the north last month",
]


def test_a_source_and_share_footer_under_the_last_paragraph_opens_no_entry() -> None:
    footer = ["Source: www.harbourunited.example", "Search - Sportsreel.example", "Share On:"]
    text = "\n\n".join([*HEAD, *REPRINT_PARAS, *footer]) + "\n"
    page = extract_at(text, REPRINT_URL)
    assert [(a.role, a.title) for a in page.articles] == [("main", REPRINT_TITLE)]
    assert page.articles[0].body == "\n\n".join(REPRINT_PARAS)


def test_a_related_story_cut_off_with_its_time_still_opens_an_entry() -> None:
    """Near miss: a headline over a header with a time at the page's end is a further story."""
    tail = ["Harbour United keeper to miss the opening match", "Valley Post 3 hours ago"]
    text = "\n\n".join([*HEAD, *REPRINT_PARAS[:2], *tail]) + "\n"
    page = extract_at(text, REPRINT_URL)
    assert [a.title for a in page.articles][-1] == tail[0]


def test_a_pasted_headline_between_paragraphs_is_still_cut() -> None:
    """Near miss: a headline-like line with the story's next paragraph under it is a pasted link."""
    pasted = "Lighthouse keeper honoured by the queen in the capital"
    paras = [REPRINT_PARAS[0], pasted, REPRINT_PARAS[1], "The club said more signings would follow soon."]
    text = "\n\n".join([*HEAD, *paras]) + "\n"
    page = extract_at(text, REPRINT_URL)
    assert pasted not in page.articles[0].body
    assert removed(page, "heuristic.headline-link") == [pasted]


# --- a stamp and its writer on the line under the headline ----------------------------------------

RADIO_URL = "https://radiovallee.example/news/le-pont-rouvre-lundi-4412"
RADIO_TITLE = "LE PONT DU CANAL ROUVRE LUNDI"
RADIO_PARAS = [
    "Le pont du canal rouvrira lundi matin après trois mois de travaux, a annoncé la mairie.",
    "Les bus reprendront leur ancien trajet dès la réouverture, selon la compagnie.",
]


def _radio(line: str) -> str:
    return "\n\n".join([RADIO_TITLE, line, *RADIO_PARAS]) + "\n"


def test_a_stamp_by_its_desk_under_the_title_fills_the_fields() -> None:
    page = extract_at(_radio("17 avril 2014 à 17h37 par La rédaction"), RADIO_URL)
    story = page.articles[0]
    assert (story.published_text, story.byline) == ("17 avril 2014 à 17h37", ["La rédaction"])
    assert story.body == "\n\n".join(RADIO_PARAS)
    assert removed(page, "byline.stamp-by-line") == ["17 avril 2014 à 17h37 par La rédaction"]


def test_a_stamp_by_an_agency_is_a_credit_and_an_english_clock_time_reads_too() -> None:
    page = extract_at(_radio("26 juillet 2021 à 16h57 par AFP"), RADIO_URL)
    assert (page.articles[0].byline, page.articles[0].credits) == ([], ["AFP"])
    page = extract_at(_radio("June 9, 2025 at 5:37 pm by Jane Roe"), RADIO_URL)
    assert (page.articles[0].published_text, page.articles[0].byline) == ("June 9, 2025 at 5:37 pm", ["Jane Roe"])


def test_a_sentence_with_par_after_a_date_stays() -> None:
    """Near miss: the word after a date with a sentence going on is no writer's."""
    line = "Depuis le 17 avril 2014 le trafic est assuré par des bus de la ville."
    page = extract_at(_radio(line), RADIO_URL)
    assert page.articles[0].body.startswith(line)
    assert removed(page, "byline.stamp-by-line") == []


def test_the_amp_plugins_french_exit_link_closing_the_page_is_cut() -> None:
    page = extract_at(_story(after=["Quitter la version mobile"]), STORY_URL)
    assert page.articles[0].body == "\n\n".join(PARAS)
    assert removed(page, "web.widget") == ["Quitter la version mobile"]


def test_a_sentence_about_leaving_the_mobile_version_stays() -> None:
    """Near miss: the words inside a sentence of the story are no link."""
    own = "Les lecteurs peuvent quitter la version mobile du site depuis le menu, a expliqué la rédaction."
    page = extract_at(_story(paras=[*PARAS, own]), STORY_URL)
    assert page.articles[0].body.endswith(own)


# --- what the edge trim leaves: short lines of the story's own, and a story cut off ------------


def test_a_short_closing_exclamation_or_greeting_stays() -> None:
    """Near miss: a short line closed as a sentence or a clause is the story's ("Enjoy!")."""
    page = extract_at(_story(after=["Bon voyage!", "Back to top button"]), STORY_URL)
    assert page.articles[0].body.endswith("Bon voyage!")
    page = extract_at(_story(before=["Hello,"]), STORY_URL)
    assert page.articles[0].body.startswith("Hello,")


def test_a_one_word_kicker_over_the_first_paragraph_stays() -> None:
    """Near miss: without markup a capitalised word over the first paragraph may be its subhead."""
    page = extract_at(_story(before=["Introduction"]), STORY_URL)
    assert page.articles[0].body.startswith("Introduction")
    assert removed(page, EDGE) == []


def test_short_lines_before_a_text_cut_off_mid_sentence_stay() -> None:
    """Near miss: the page stops inside a paragraph ("... the board will"), so the short lines
    over it are the story's subheads, not a footer."""
    page = extract_at(_story(after=["Evening boats", "From April the board will"]), STORY_URL)
    assert page.articles[0].body.endswith("Evening boats\n\nFrom April the board will")
    assert removed(page, EDGE) == []


def test_a_chinese_sentence_is_no_label() -> None:
    """Near miss: a sentence in a script without spaces is one "word" but prose."""
    own = "渡轮公司表示，新的时刻表将从三月开始实行。"
    page = extract_at(_story(after=[own, "Partager sur", "Retour"]), STORY_URL)
    assert own in page.articles[0].body
    assert removed(page, EDGE) == ["Partager sur", "Retour"]


def test_a_sentence_cut_off_before_an_aggregators_frame_stays() -> None:
    """An aggregator cuts its reprint mid-sentence and prints its own frame after it: the cut
    line runs on past a comma or stops on a word a sentence goes on after (the shape of the
    podcast promo above, but a sentence)."""
    for cut in ("The night boat, HS12, will", "Tickets go on sale at the"):
        page = extract_at(_story(after=[cut, "Back to top button"]), STORY_URL)
        assert page.articles[0].body == "\n\n".join([*PARAS, cut]), cut
        assert removed(page, EDGE) == []


def test_a_heading_closed_by_emoji_over_the_first_paragraph_stays() -> None:
    """A digest item's heading closed by emoji is the story's line, as a plain subhead is; a
    widget line closed by a mark is still cut (near miss)."""
    page = extract_at(_story(before=["Ferry crews celebrate 🎂 🎉"]), STORY_URL)
    assert page.articles[0].body.startswith("Ferry crews celebrate 🎂 🎉")
    assert removed(page, EDGE) == []
    page = extract_at(_story(before=["Posted: |"]), STORY_URL)
    assert removed(page, EDGE) == ["Posted: |"]
