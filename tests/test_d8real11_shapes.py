"""Shapes of real pages Daily8 reprints (issue 19, round d8real11). The pages here are invented,
laid out as Daily8 prints a reprint (logo, the title twice, the outlet glued to its age, the
body, Daily8's widgets under it), and a near miss of each shape is kept."""

from __future__ import annotations

from stories import DAILY8_TAIL, P1, P2, P3, REPRINT_TITLE, REPRINT_WHEN, removed
from stories import daily8_reprint as daily8

import newsclean

# --- The reprinted page's own header lines under Daily8's header ------------------------------------


def test_the_reprinted_pages_clock_and_date_lines_are_its_header_not_a_second_entry() -> None:
    """A local paper's "Di, 10:19 Uhr" / "31.10.2023" / kicker under Daily8's header opened a
    related entry that took the whole story, leaving the page's story with no body."""
    page, a = daily8(f"Di, 10:19 Uhr\n31.10.2023\nHarbour notes\nHarbour fees rise in spring\n{P1}\n{P2}")
    assert len(page.articles) == 1
    assert removed(page, "segment.reprint-own-header") == ["Di, 10:19 Uhr", "31.10.2023", "Harbour notes"]
    assert a.outlet == "Coastal Herald"
    assert a.published_text == "2 days ago"
    assert P1 in a.body and P2 in a.body


def test_a_section_word_over_the_reprinted_date_is_its_header() -> None:
    """A trade body's section label and date ("Gas" / "19. November 2021") over the story."""
    page, a = daily8(f"Gas\n19. November 2021\n{P1}\n{P2}")
    assert len(page.articles) == 1
    assert removed(page, "segment.reprint-own-header") == ["Gas", "19. November 2021"]
    assert a.paragraphs[0] == P1


def test_a_related_story_under_daily8s_heading_stays_related() -> None:
    """Near miss: the story shows its title only and a related story stands under "Related
    Articles": the heading sets it apart, so it is no header of the page's story."""
    title = "Ferry operator adds a night crossing to the island"
    text = (
        f"logo\n{REPRINT_TITLE}\n\n{REPRINT_TITLE}\n\nCoastal Herald2 days ago\n\n"
        f"Related Articles\n\n{title}\n{title}\n\nIsland Post\n\ntime3 hours ago\n\n{P3}\n\n{DAILY8_TAIL}"
    )
    page = newsclean.extract(text, fetched_at=REPRINT_WHEN)
    assert [a.role for a in page.articles] == ["main", "related"]
    assert not page.articles[0].body
    assert page.articles[1].body == P3
    assert removed(page, "segment.reprint-own-header") == []


# --- German caption tags: "Bild:", "Bildrechte:" -------------------------------------------------

HARBOUR_CAPTION = "Fischer am Hafen von Avelin am Morgen nach dem Sturm."


def test_a_bild_tag_closes_a_caption() -> None:
    """news.de: "<caption> Bild: (Symbolbild) Jane Roe/AdobeStock"; mdr.de: "<caption>
    Bildrechte: IMAGO". The caption stayed in the body with its credit."""
    for tag in ("Bild: (Symbolbild) Orla Varden/AdobeStock", "Bildrechte: Colourbox.de"):
        page, a = daily8(f"{P1}\n{HARBOUR_CAPTION} {tag}\n{P2}")
        assert a.captions == [HARBOUR_CAPTION]
        assert removed(page, "heuristic.caption-credit") == [tag]
        assert a.paragraphs == [P1, P2]


def test_the_tabloids_name_before_a_colon_is_no_photo_tag() -> None:
    """Near miss: "sagte er der Bild:" quotes the paper; the sentence stays whole."""
    quote = "Der Hafenmeister sagte der Bild: Wir bauen den Steg im Frühjahr neu auf."
    _page, a = daily8(f"{P1}\n{quote}\n{P2}")
    assert a.captions == []
    assert quote in a.body


# --- A picture's text alternative over its caption ------------------------------------------------

FULL_CAPTION = "Fishermen mend their nets on the north quay of Port Avelin, Saturday morning."


def test_the_captions_opening_words_alone_over_it_are_its_alt_text() -> None:
    """n3k6.wordpress.com: "<the caption's first half>." over "<caption> Photo: AP/Jane Roe"."""
    alt = "Fishermen mend their nets on the north quay."
    page, a = daily8(f"{alt}\n{FULL_CAPTION} Photo: AP/Orla Varden\n{P1}\n{P2}")
    assert removed(page, "heuristic.caption-alt-text") == [alt]
    assert a.captions == [FULL_CAPTION]
    assert a.paragraphs == [P1, P2]


def test_alt_text_glued_to_the_paragraph_above_is_cut_alone() -> None:
    """The alt text glued with no space to the paragraph before the caption: the sentence goes,
    the paragraph stays."""
    alt = "Fishermen mend their nets on the north quay."
    page, a = daily8(f"{P1}\n{P2[:-1]}.{alt}\n{FULL_CAPTION} Photo: AP/Orla Varden\n{P3}")
    assert removed(page, "heuristic.caption-alt-text") == [alt]
    assert a.paragraphs == [P1, P2, P3]


def test_the_caption_with_a_viewers_button_labels_is_its_alt_text() -> None:
    """news.de: "<caption> (Foto) Suche" over "<caption> Bild: <credit>"."""
    caption = "Fischer flicken ihre Netze am Nordkai"
    page, a = daily8(f"{P1}\n{caption} (Foto) Suche\n{caption} Bild: Orla Varden/AdobeStock\n{P2}")
    assert removed(page, "heuristic.caption-alt-text") == [f"{caption} (Foto) Suche"]
    assert a.paragraphs == [P1, P2]


def test_a_story_sentence_sharing_the_captions_opening_stays() -> None:
    """Near miss: the paragraph over the caption opens with the caption's words but goes on
    past them: the story's, kept."""
    story = "Fishermen mend their nets on the north quay every spring before the season opens, he said."
    page, a = daily8(f"{story}\n{FULL_CAPTION} Photo: AP/Orla Varden\n{P1}")
    assert removed(page, "heuristic.caption-alt-text") == []
    assert a.paragraphs[0] == story


# --- "You may like" over other headlines, and the site's copyright footer under them ----------------

OTHER_HEADLINES = [
    "Ferry operator adds a night crossing to the island",
    "Storm damage bill for the coast road passes two million",
    "Avelin school choir wins the regional contest again",
]


def test_you_may_like_heads_a_list_of_other_stories_and_the_footer_under_it_goes() -> None:
    """dailypost.com.gh's theme: "You may like" over headlines, then "© 2025, <site> | All
    Rights Reserved." ("You May Like" heads related lists in many site templates of the code
    corpus); the heading, the headlines and the footer stayed in the body."""
    footer = "© 2025, coastalherald | All Rights Reserved."
    page, a = daily8(f"{P1}\n{P2}\nYou may like\n" + "\n".join(OTHER_HEADLINES) + f"\n{footer}")
    assert a.paragraphs == [P1, P2]
    assert removed(page, "web.story-end") == ["You may like"]
    assert removed(page, "heuristic.footer-copyright") == [footer]
    assert a.credits == []


def test_a_copyright_line_right_under_the_story_stays_its_credit() -> None:
    """Near miss: the wire's copyright line closing the story, with no heading above it, is the
    story's credit line, read by the credit pass."""
    page, a = daily8(f"{P1}\n{P2}\nCopyright 2025 The Associated Press. All rights reserved.")
    assert a.credits == ["AP"]
    assert removed(page, "heuristic.footer-copyright") == []


# --- An outlet whose first word is a byline's, glued to Daily8's age ---------------------------------


def _header_page(header: str) -> newsclean.Page:
    text = f"logo\n{REPRINT_TITLE}\n\n{REPRINT_TITLE}\n\n{header}\n\n{P1}\n{P2}\n\n{DAILY8_TAIL}"
    return newsclean.extract(text, fetched_at=REPRINT_WHEN)


def test_an_outlet_opening_with_por_glued_to_the_age_is_the_outlet() -> None:
    """Daily8 prints the Mexican paper Por Esto as "Por Esto5 days ago"; "Por" was read as the
    Spanish "By": no outlet, and "Esto" became the writer."""
    page = _header_page("Por Esto5 days ago")
    assert page.main is not None
    assert page.main.outlet == "Por Esto"
    assert page.main.byline == []
    assert page.main.published_text == "5 days ago"


def test_a_writers_stamp_set_off_from_its_time_stays_a_byline() -> None:
    """Near miss: "Por Orla Varden, 3 hours ago" sets the name off by a comma: the writer."""
    page = _header_page("Por Orla Varden, 3 hours ago")
    assert page.main is not None
    assert page.main.byline == ["Orla Varden"]


# --- An embedded post's signature glued to its last sentence ----------------------------------------


def test_a_post_signature_glued_to_the_posts_sentence_goes_and_the_words_stay() -> None:
    """X's embed code closes a post with "&mdash; Name (@handle) <date>"; scrapers glue it to
    the post's last sentence, the entity undecoded or half decoded ("...V.&— Name (@handle)
    January 25, 2021" on lanacion.com.ar). The whole line was cut as a pasted headline, the
    post's words with it, or the signature stayed."""
    post = "The new pier will open in May, and the old one stays closed until then."
    for dash in ("&mdash; ", "&— ", "— "):
        signature = f"{dash}Orla Varden (@orlavarden) June 9, 2025"
        page, a = daily8(f"{P1}\n{post}{signature}\n{P2}")
        assert removed(page, "heuristic.embed") == [signature]
        assert a.paragraphs == [P1, post, P2]


def test_a_dash_inside_a_sentence_before_a_bracket_is_no_signature() -> None:
    """Near miss: a dash glued to no stop and followed by words with no handle stays."""
    story = "The harbour board met on June 9, 2025 — its chair (the mayor) said the vote was close."
    _page, a = daily8(f"{P1}\n{story}\n{P2}")
    assert a.paragraphs == [P1, story, P2]


# --- The page title's headline part printed again at the reprint's start ------------------------------

SITE_TITLE_HEADLINE = "Harbour town rebuilds its wooden pier"


def _site_titled(body: str, title: str) -> tuple[newsclean.Page, newsclean.Article]:
    return daily8(body, title=title)


def test_the_headline_part_of_a_site_title_printed_again_goes_with_its_kicker() -> None:
    """hausinfo.ch: Daily8's title is the page's <title> "<headline> - hausinfo", and the
    reprint opens with its kicker and "<headline>"; both stayed in the body."""
    page, a = _site_titled(f"Pier works\n{SITE_TITLE_HEADLINE}\n{P1}\n{P2}", f"{SITE_TITLE_HEADLINE} - Coastal Herald")
    assert removed(page, "segment.title-part-repeat") == ["Pier works", SITE_TITLE_HEADLINE]
    assert a.paragraphs == [P1, P2]


def test_the_headline_part_after_a_section_name_and_with_an_en_dash() -> None:
    """zoll.de's "<section> - <headline>"; madymorrison.com's "<headline> - <site>" whose
    headline holds a dash the reprint prints as an en dash ("Pier works – phase two")."""
    page, a = _site_titled(f"{SITE_TITLE_HEADLINE}\n{P1}", f"News - {SITE_TITLE_HEADLINE}")
    assert removed(page, "segment.title-part-repeat") == [SITE_TITLE_HEADLINE]
    assert a.paragraphs == [P1]
    headline = "Pier works – phase two begins"
    page, a = _site_titled(f"{headline}\n{P1}", "Pier works - phase two begins - Coastal Herald")
    assert removed(page, "segment.title-part-repeat") == [headline]
    assert a.paragraphs == [P1]


def test_a_sentence_opening_with_the_headline_stays() -> None:
    """Near miss: the first paragraph opens with the headline's words and goes on: the story's."""
    first = f"{SITE_TITLE_HEADLINE} after a winter of storms, the council said on Tuesday."
    page, a = _site_titled(f"{first}\n{P2}", f"{SITE_TITLE_HEADLINE} - Coastal Herald")
    assert removed(page, "segment.title-part-repeat") == []
    assert a.paragraphs == [first, P2]
