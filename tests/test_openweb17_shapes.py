"""Shapes of press releases, feeds and digests on the open web, round 17 (issues 18 and 19),
each on a page written for it.

Every company, town and name here is invented. Each test shows the shape read right and a
near miss of the same look left alone.
"""

from __future__ import annotations

from stories import S1, S4, T1, extract_at, removed

RELEASE_URL = "https://wiredesk.example/news/2025/06/09/harbour-ferries-to-report-results"

LEAD = "Harbour Ferries Inc. (NASDAQ: HRBF) today announced that it will report its results on Tuesday."


# --- Business Wire's dateline: the wire in brackets glued between dashes to the place ----------


def test_business_wire_dateline_glued_to_the_body() -> None:
    page = extract_at(f"{T1}\n\nPORT AVELIN, Maine--(BUSINESS WIRE)--{LEAD}\n\n{S4}\n", RELEASE_URL)
    art = page.articles[0]
    assert art.dateline is not None
    assert (art.dateline.location, art.dateline.agency) == ("PORT AVELIN, Maine", "BUSINESS WIRE")
    assert art.credits == ["BUSINESS WIRE"]
    assert art.paragraphs == [LEAD, S4]


def test_business_wire_dateline_on_its_own_line_without_region() -> None:
    # a feed's copy: the dashes were read as part of the place ("NEW YORK--") before
    page = extract_at(f"{T1}\n\nNEW YORK–(BUSINESS WIRE)–\n{LEAD}\n\n{S4}\n", RELEASE_URL)
    art = page.articles[0]
    assert art.dateline is not None
    assert art.dateline.location == "NEW YORK"
    assert art.credits == ["BUSINESS WIRE"]
    assert art.paragraphs[0] == LEAD


def test_hyphen_before_a_bracketed_word_in_prose_stays() -> None:
    # not capitals in the brackets: no wire, the line is the story's
    kept = "PORT AVELIN-(the harbour town) voted on Tuesday to rebuild its wooden pier."
    page = extract_at(f"{T1}\n\n{kept}\n\n{S4}\n", RELEASE_URL)
    art = page.articles[0]
    assert art.dateline is None
    assert art.paragraphs == [kept, S4]


def test_hyphenated_place_keeps_its_hyphen() -> None:
    page = extract_at(f"{T1}\n\nWINSTON-SALEM, N.C. (AP) — {S1}\n\n{S4}\n", RELEASE_URL)
    art = page.articles[0]
    assert art.dateline is not None
    assert art.dateline.location == "WINSTON-SALEM, N.C."
    assert art.paragraphs == [S1, S4]


# --- a release's date set off by dashes (or closed by a full stop) after the place ------------


def test_dashed_date_after_the_place_is_the_datelines() -> None:
    for opening in [
        "PORT AVELIN – June 9, 2025 – ",
        "PORT AVELIN, Maine - June 9, 2025 - ",
        "PORT AVELIN - June 9, 2025. ",
    ]:
        page = extract_at(f"{T1}\n\n{opening}{LEAD}\n\n{S4}\n", RELEASE_URL)
        art = page.articles[0]
        assert art.dateline is not None, opening
        assert art.dateline.location == opening.split(" - ")[0].split(" – ")[0], opening
        assert art.dateline.date_text == "June 9, 2025", opening
        assert art.paragraphs == [LEAD, S4], opening


def test_date_without_year_or_second_dash_stays_in_the_body() -> None:
    # no year: a month and day after the dash may be the story's own words
    kept = "June 9 was the day the ferry service began, the chairman recalled."
    page = extract_at(f"{T1}\n\nPORT AVELIN – {kept}\n\n{S4}\n", RELEASE_URL)
    art = page.articles[0]
    assert art.dateline is not None
    assert art.dateline.date_text is None
    assert art.paragraphs[0] == kept
    # a year but no dash or full stop after the date: the sentence goes on
    kept = "June 9, 2025 will be remembered as the day the ferry service began."
    page = extract_at(f"{T1}\n\nPORT AVELIN – {kept}\n\n{S4}\n", RELEASE_URL)
    assert page.articles[0].paragraphs[0] == kept


# --- a title-case place with a spaced hyphen, or with the wire in brackets before its dash ------


def test_title_case_place_with_hyphen_or_bracketed_wire() -> None:
    for opening, place, credits in [
        ("Jakarta - ", "Jakarta", []),
        ("Madrid -- ", "Madrid", []),
        ("Yogyakarta (ANTARA News) - ", "Yogyakarta", ["Antara"]),
        ("Washington (AFP) – ", "Washington", ["AFP"]),
        ("Kuala Lumpur (Bernama) - ", "Kuala Lumpur", ["Bernama"]),
    ]:
        page = extract_at(f"{T1}\n\n{opening}{S1}\n\n{S4}\n", RELEASE_URL)
        art = page.articles[0]
        assert art.dateline is not None, opening
        assert art.dateline.location == place, opening
        assert art.credits == credits, opening
        assert art.paragraphs == [S1, S4], opening


def test_title_case_hyphen_near_misses_stay_in_the_body() -> None:
    for opening in [
        "Update - ",  # a label, no place
        "Port Avelin - ",  # a place the rule files do not list, hyphen only
        "Jane Roe (AP) - ",  # two words that are no known place before a credit
        "Port Avelin (Harbour Weekly) - ",  # no known agency in the brackets
    ]:
        page = extract_at(f"{T1}\n\n{opening}{S1}\n\n{S4}\n", RELEASE_URL)
        art = page.articles[0]
        assert art.dateline is None, opening
        assert art.paragraphs[0] == f"{opening}{S1}", opening


# --- a WordPress theme family's skip link as the page's first line ------------------------------


def test_press_enter_skip_link_is_chrome_not_the_title() -> None:
    for link in ['Press "Enter" to skip to content', "Press “Enter” to skip to content"]:
        page = extract_at(f"{link}\n\n{T1}\n\n{S1}\n\n{S4}\n", RELEASE_URL)
        art = page.articles[0]
        assert art.title == T1, link
        assert art.paragraphs == [S1, S4], link
        assert link in removed(page, "web.widget"), link


def test_press_enter_sentence_in_the_body_stays() -> None:
    kept = 'Press "Enter" to skip to content, the help page of the harbour office tells blind readers.'
    page = extract_at(f"{T1}\n\n{S1}\n\n{kept}\n\n{S4}\n", RELEASE_URL)
    assert page.articles[0].paragraphs == [S1, kept, S4]


# --- a stamp's label in another language over the headline -------------------------------------

ES_URL = "https://noticias.example/politica/noticia-puerto-nuevo-muelle-20250609101500.html"
ES_TITLE = "El puerto aprueba el plan para un nuevo muelle"
ES1 = "El consejo del puerto aprobó el martes un plan para construir un nuevo muelle en la orilla este."
ES2 = "Las obras durarán tres años y servirán a las rutas de las islas, dijo el presidente del consejo."


def test_foreign_stamp_label_over_the_title_is_no_category() -> None:
    for stamp, label, when in [
        ("Publicado 09/06/2025 10:15", "Publicado", "09/06/2025 10:15"),
        ("Actualizado: 09/06/2025 10:15", "Actualizado", "09/06/2025 10:15"),
        ("Stand: 09.06.2025 10:15 Uhr", "Stand", "09.06.2025 10:15 Uhr"),
        ("Diterbitkan 09/06/2025", "Diterbitkan", "09/06/2025"),
    ]:
        page = extract_at(f"{stamp}\n\n{ES_TITLE}\n\n{ES1}\n\n{ES2}\n", ES_URL)
        art = page.articles[0]
        assert art.title == ES_TITLE, stamp
        assert art.category is None, stamp
        assert art.published_text == when, stamp
        assert label in removed(page, "layout.header-chrome"), stamp


def test_section_name_beside_the_stamp_stays_the_category() -> None:
    page = extract_at(f"Política 09/06/2025 10:15\n\n{ES_TITLE}\n\n{ES1}\n\n{ES2}\n", ES_URL)
    art = page.articles[0]
    assert art.category == "Política"
    assert art.published_text == "09/06/2025 10:15"


# --- an Indonesian outlet's call to read more of it on Google News -------------------------------

ID_URL = "https://beritakota.example/berita/2025/06/09/warga-diminta-tidak-buang-sampah"
ID_TITLE = "Warga diminta tidak buang sampah ke sungai"
ID1 = "Pemerintah kota meminta warga untuk tidak membuang sampah ke sungai selama musim hujan tahun ini."
ID2 = "Wali kota mengatakan petugas akan berpatroli setiap hari di sepanjang bantaran sungai mulai pekan depan."


def test_google_news_call_under_an_indonesian_story_is_chrome() -> None:
    for call in [
        "Silakan baca konten menarik lainnya dari BeritaKota.com di Google News",
        "Simak berita dan artikel lainnya di Google News",
        "Dapatkan berita menarik lainnya di Google News dan jangan lupa ikuti kanal WhatsApp kami.",
    ]:
        page = extract_at(f"{ID_TITLE}\n\n{ID1}\n\n{ID2}\n\n{call}\n", ID_URL)
        assert page.articles[0].paragraphs == [ID1, ID2], call
        assert call in removed(page, "common.promo"), call


def test_google_news_sentence_without_the_call_stays() -> None:
    kept = "Simak juga pernyataan wali kota di Google News kemarin sore, kata petugas."
    page = extract_at(f"{ID_TITLE}\n\n{ID1}\n\n{ID2}\n\n{kept}\n", ID_URL)
    assert page.articles[0].paragraphs == [ID1, ID2, kept]


# --- a syndication service's "updates" link under the byline ------------------------------------


def test_click_here_for_updates_line_is_chrome_not_the_title() -> None:
    text = (
        f"{T1}\n\nBy Jane Roe\n\nClick here for updates on this story\n\n    PORT AVELIN, Maine (WXYZ) — {S1}\n\n{S4}\n"
    )
    page = extract_at(text, RELEASE_URL)
    art = page.articles[0]
    assert art.title == T1
    assert art.byline == ["Jane Roe"]
    assert art.paragraphs == [S1, S4]
    assert "Click here for updates on this story" in removed(page, "common.click-here")


def test_updates_sentence_in_the_body_stays() -> None:
    kept = "Click here for updates on the ferry timetable was the only line on the council's page, residents said."
    page = extract_at(f"{T1}\n\n{S1}\n\n{kept}\n\n{S4}\n", RELEASE_URL)
    assert page.articles[0].paragraphs == [S1, kept, S4]


# --- a post header's counters as bare numbers over the story ------------------------------------

POST_URL = "https://harbourtoday.example/2025/06/09/harbour-council-approves-new-ferry-terminal-plan/"


def test_header_counters_opening_the_body_are_chrome() -> None:
    for counters in ["0\n\n141", "By Jane Roe - June 9, 2025\n\n3\n\n1,204\n\n12", "0\n141"]:
        page = extract_at(f"{T1}\n\n{counters}\n\n{S1}\n\n{S4}\n", POST_URL)
        art = page.articles[0]
        assert art.title == T1, counters
        assert art.paragraphs == [S1, S4], counters
        assert len(removed(page, "heuristic.header-counters")) >= 2, counters


def test_single_number_or_a_long_run_of_numbers_stays() -> None:
    # a listicle's "1" over its first item; a table of figures is no header's counters
    for kept in ["1", "1\n\n2\n\n3\n\n4"]:
        page = extract_at(f"{T1}\n\n{kept}\n\n{S1}\n\n{S4}\n", POST_URL)
        assert page.articles[0].paragraphs[0] == kept.split("\n\n")[0], kept
        assert not removed(page, "heuristic.header-counters"), kept
    # numbers inside the body stay
    page = extract_at(f"{T1}\n\n{S1}\n\n12\n\n15\n\n{S4}\n", POST_URL)
    assert page.articles[0].paragraphs == [S1, "12", "15", S4]


# --- a newspaper's e-mail sign-up box under the story --------------------------------------------


def test_email_signup_box_under_the_story_is_chrome() -> None:
    box = "Don't miss out on what's happening!\n\nStay in touch with top news, as it happens, conveniently in your email inbox. It's FREE!"
    page = extract_at(f"{T1}\n\n{S1}\n\n{S4}\n\n{box}\n", POST_URL)
    assert page.articles[0].paragraphs == [S1, S4]
    assert len(removed(page, "common.promo")) == 2  # the heading and the blurb


def test_stay_in_touch_sentence_without_the_inbox_stays() -> None:
    kept = "Stay in touch with top news sources, the harbour master told the students on Tuesday."
    page = extract_at(f"{T1}\n\n{S1}\n\n{kept}\n\n{S4}\n", POST_URL)
    assert page.articles[0].paragraphs == [S1, kept, S4]


# --- a short headline of a link list is cut where pasted, never inside a sentence ----------------

NAME = "Harbour Ferry Holdings Limited"
LINKS = f"Read more:\n\n{NAME}\n\nFarmers receive seed subsidies under relief package\n"


def test_known_headline_inside_a_sentence_stays() -> None:
    kept = f"The plan was drawn up by {NAME} (HFH) for the council, officials said on Tuesday evening."
    page = extract_at(f"{T1}\n\n{S1}\n\n{kept}\n\n{S4}\n\n{LINKS}", POST_URL)
    assert page.articles[0].paragraphs == [S1, kept, S4]
    assert not removed(page, "heuristic.known-headline")


def test_known_headline_pasted_after_a_sentence_is_cut() -> None:
    said = "The plan was drawn up for the council, officials said on Tuesday evening."
    page = extract_at(f"{T1}\n\n{S1}\n\n{said} {NAME}\n\n{S4}\n\n{LINKS}", POST_URL)
    assert page.articles[0].paragraphs == [S1, said, S4]
    assert removed(page, "heuristic.known-headline") == [NAME]


# --- an Indonesian newsroom's initials signing the story off ------------------------------------


def test_initials_sign_off_is_a_production_credit() -> None:
    for tail, kept in [(f"{ID2} (rif/)", ID2), (f"{ID2} (abc/beritakota)", ID2)]:
        page = extract_at(f"{ID_TITLE}\n\n{ID1}\n\n{tail}\n", ID_URL)
        assert page.articles[0].paragraphs == [ID1, kept], tail
        assert removed(page, "common.production-credit"), tail
    page = extract_at(f"{ID_TITLE}\n\n{ID1}\n\n{ID2}\n\n(rfs/jbr)\n", ID_URL)
    assert page.articles[0].paragraphs == [ID1, ID2]
    assert removed(page, "common.production-credit") == ["(rfs/jbr)"]


def test_slashed_brackets_inside_a_sentence_or_a_date_stay() -> None:
    for kept in [f"{ID2[:-1]} (km/h).", "Petugas mulai berpatroli pada Kamis (19/7) di sepanjang bantaran sungai."]:
        page = extract_at(f"{ID_TITLE}\n\n{ID1}\n\n{kept}\n", ID_URL)
        assert page.articles[0].paragraphs == [ID1, kept], kept
        assert not removed(page, "common.production-credit"), kept


# --- a live blog's key-events toggle and its script notice --------------------------------------

LIVE_URL = "https://news.example/world/live/2025/jun/09/harbour-ferry-terminal-live"


def test_live_blog_toggle_lines_are_chrome() -> None:
    for lines in [
        "Show key events onlyPlease turn on JavaScript to use this feature",
        "Show key events only\n\nPlease turn on JavaScript to use this feature",
    ]:
        page = extract_at(f"{T1}\n\n{lines}\n\n{S1}\n\n{S4}\n", LIVE_URL)
        assert page.articles[0].title == T1, lines
        assert page.articles[0].paragraphs == [S1, S4], lines
        assert removed(page, "common.live-blog-label"), lines


def test_key_events_sentence_stays() -> None:
    kept = "Show key events only to the committee, the mayor told officials before the vote on Tuesday."
    page = extract_at(f"{T1}\n\n{S1}\n\n{kept}\n\n{S4}\n", LIVE_URL)
    assert page.articles[0].paragraphs == [S1, kept, S4]


# --- a press-release wire's closing links back to its own copy -----------------------------------


def test_wire_trailer_lines_are_chrome() -> None:
    contact = "Media contact: Jane Roe, Harbour Ferries, 555-0100"
    for trailer in [
        "View original content to download multimedia:https://www.prnewswire.example/news-releases/harbour-301.html\n\nSOURCE Harbour Ferries Inc.",
        "View source version on businesswire.com: https://www.businesswire.example/news/home/20250609/en/",
        "Cision View original content:https://www.prnewswire.example/news-releases/harbour-301.html",
    ]:
        page = extract_at(f"{T1}\n\n{S1}\n\n{S4}\n\n{trailer}\n", RELEASE_URL)
        assert page.articles[0].paragraphs == [S1, S4], trailer
        assert removed(page, "common.wire-trailer"), trailer
    glued = f"{contact} View original content to download multimedia:https://www.prnewswire.example/news-releases/h-301.html"
    page = extract_at(f"{T1}\n\n{S1}\n\n{S4}\n\n{glued}\n", RELEASE_URL)
    assert page.articles[0].paragraphs[-1] == contact


def test_wire_trailer_near_misses_stay() -> None:
    for kept in [
        "View original content of the plan on the council's website, officials said on Tuesday.",
        "SOURCES close to the council said the vote would be held before the summer break.",
    ]:
        page = extract_at(f"{T1}\n\n{S1}\n\n{kept}\n\n{S4}\n", RELEASE_URL)
        assert page.articles[0].paragraphs == [S1, kept, S4], kept
        assert not removed(page, "common.wire-trailer"), kept
