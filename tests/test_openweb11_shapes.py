"""Shapes of fresh open-web pages, round 11 (issue 18), each on a page written for it.

Every story, town, paper and name here is invented. Each test shows the shape read right and
a near miss of the same look left alone.
"""

from __future__ import annotations

from stories import S1, S2, S3, S4, S5, S6, T1, T2, T3, extract_at

TOPIC_URL = "https://news.example/topics/coast?page=2"
STORY_URL = "https://coastdaily.example/2025/06/09/harbour-council-approves-new-ferry-terminal-plan/"


# --- a publisher's name above each headline (news.google.com's and msn.com's cards) ----------


def test_paper_name_above_the_title_is_the_outlet() -> None:
    text = (
        f"Coast Post\n{T1}\n2 hours ago\n\nThe Morning Ledger\n{T2}\n3 hours ago\n\nFolha do Vale\n{T3}\n4 hours ago\n"
    )
    page = extract_at(text, TOPIC_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert [a.outlet for a in page.articles] == ["Coast Post", "The Morning Ledger", "Folha do Vale"]
    assert [a.category for a in page.articles] == [None, None, None]


def test_section_name_above_the_title_stays_the_category() -> None:
    # near miss: a section's name over each headline holds no paper's word
    text = f"World News\n{T1}\n2 hours ago\n\nFarm Monitor\n{T2}\n3 hours ago\n\nLocal\n{T3}\n4 hours ago\n"
    page = extract_at(text, TOPIC_URL)
    assert [a.category for a in page.articles] == ["World News", "Farm Monitor", "Local"]
    assert [a.outlet for a in page.articles] == [None, None, None]
    # a section named by a paper's word first, as an English paper names its sections
    text = f"Post Politics\n{T1}\n2 hours ago\n\nTimes Insider\n{T2}\n3 hours ago\n\nLocal\n{T3}\n4 hours ago\n"
    page = extract_at(text, TOPIC_URL)
    assert [a.category for a in page.articles] == ["Post Politics", "Times Insider", "Local"]


# --- a paper's word that stands first, in another language, before the time ------------------


def test_paper_in_another_language_before_the_time_is_the_outlet() -> None:
    text = (
        f"{T1}\nHarian Pagi - 2 jam lalu\n{S1}\n\n"
        f"{T2}\nDiario Costa - hace 3 horas\n{S2}\n\n"
        f"{T3}\nSuara Pantai - 4 jam lalu\n{S3}\n"
    )
    for url in (TOPIC_URL, None):
        page = extract_at(text, url)
        assert [a.outlet for a in page.articles] == ["Harian Pagi", "Diario Costa", "Suara Pantai"]
        assert [a.byline for a in page.articles] == [[], [], []]
        assert [a.published_text for a in page.articles] == ["2 jam lalu", "hace 3 horas", "4 jam lalu"]


def test_writer_before_the_time_stays_the_byline() -> None:
    # near miss: a person's name in the same place is the entry's writer
    text = (
        f"{T1}\nJane Roe - 2 jam lalu\n{S1}\n\n{T2}\nSam Poe - hace 3 horas\n{S2}\n\n{T3}\nAri Lee - 4 jam lalu\n{S3}\n"
    )
    page = extract_at(text, TOPIC_URL)
    assert [a.byline for a in page.articles] == [["Jane Roe"], ["Sam Poe"], ["Ari Lee"]]
    assert [a.outlet for a in page.articles] == [None, None, None]


# --- one line per entry: a headline run into its teaser behind a dash or a colon --------------

LATEST_URL = "https://news.example/latest"
T4 = "Island ferry adds a night crossing for the summer"
ENTRIES = ((T1, S1), (T2, S2), (T3, S3), (T4, S4))


def test_headline_before_its_teaser_on_one_line_is_the_title() -> None:
    for rank, sep in (("1. ", " - "), ("• ", ": "), ("", " – ")):
        lines = [f"{rank.replace('1', str(k + 1))}{t}{sep}{s}" for k, (t, s) in enumerate(ENTRIES)]
        page = extract_at("\n".join(lines) + "\n", LATEST_URL)
        assert page.kind == "listing"
        assert [a.title for a in page.articles] == [T1, T2, T3, T4], (rank, sep)
        assert [a.paragraphs for a in page.articles] == [[S1], [S2], [S3], [S4]], (rank, sep)


def test_dateline_or_one_dashed_sentence_keeps_the_teaser_whole() -> None:
    # near misses: teasers opening with a dateline and its agency, and a page where only one
    # teaser holds a dash; neither is a headline set off from its teaser
    datelines = "\n".join(f"PORT AVELIN, June {k + 3} (Reuters) - {s}" for k, (_, s) in enumerate(ENTRIES))
    page = extract_at(datelines + "\n", LATEST_URL)
    assert len(page.articles) == 4
    assert [a.title for a in page.articles] == [None] * 4
    dashed = "The ferry plan was approved on Tuesday after a long wait - Critics said it cost too much."
    page = extract_at(f"{S1}\n{S2}\n{dashed}\n{S3}\n", LATEST_URL)
    assert len(page.articles) == 4
    assert [a.title for a in page.articles] == [None] * 4


# --- a health site's reviewer credit: chrome, never a byline, a section or the outlet ----------

HEALTH_STORY_URL = "https://health.example/articles/harbour-council-approves-new-ferry-terminal-plan"


def test_reviewer_credit_is_chrome() -> None:
    body = f"{S1}\n\n{S4}\n\n{S5}"
    for header in (
        "Medically reviewed by Jane Roe, MD — Written by Sam Poe on June 9, 2025",
        "Medically reviewed by Jane Roe, MD — Written by Sam Poe — Updated on June 9, 2025",
        "Medically reviewed by Jane Roe, MD\nWritten by Sam Poe\nUpdated on June 9, 2025",
        "Written by Sam Poe on June 9, 2025\nFact checked by Ari Lee",
    ):
        page = extract_at(f"{T1}\n{header}\n\n{body}\n", HEALTH_STORY_URL)
        a = page.articles[0]
        assert (a.title, a.outlet, a.byline, a.published_text) == (T1, None, ["Sam Poe"], "June 9, 2025"), header
        assert a.paragraphs == [S1, S4, S5], header
    # the credit on each related card
    cards = "\n\n".join(f"{t}\nMedically reviewed by Jane Roe, MD\n{s}" for t, s in ((T2, S2), (T3, S3), (T4, S6)))
    page = extract_at(f"{T1}\nJune 9, 2025\n\n{body}\n\nRelated Coverage\n\n{cards}\n", HEALTH_STORY_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3, T4]
    assert [a.category for a in page.articles] == [None] * 4
    assert [a.paragraphs for a in page.articles[1:]] == [[S2], [S3], [S6]]


def test_reviewer_words_in_a_sentence_or_a_critics_byline_stay() -> None:
    # near misses: a sentence that opens with the words, and a critic's "Reviewed by" (the
    # review's writer, no reviewer of a health piece) are not the credit
    said = "Medically reviewed by doctors at the clinic, the leaflet was sent to every home on the island."
    page = extract_at(f"{T1}\nJune 9, 2025\n\n{S1}\n\n{said}\n\n{S4}\n", HEALTH_STORY_URL)
    assert page.articles[0].paragraphs == [S1, said, S4]
    page = extract_at(f"{T1}\nReviewed by Jane Roe\nJune 9, 2025\n\n{S1}\n\n{S4}\n", HEALTH_STORY_URL)
    assert not [r for r in page.removed if r.rule in ("common.review-credit", "heuristic.review-clause")]


# --- "Jane Roe - The Philippine Star" / "Jane Roe, CNN" between the headline and the date -------


def test_name_and_outlet_over_the_date_is_the_byline() -> None:
    body = f"{S1}\n\n{S4}\n\n{S5}"
    for line, outlet in (
        ("Jane Roe - The Philippine Star", "The Philippine Star"),
        ("Jane Roe, CNN", "CNN"),
        ("Jane Roe | Coast Post", "Coast Post"),
    ):
        for date in ("June 9, 2025", "June 9, 2025 | 12:00am"):
            for url in (STORY_URL, None):
                page = extract_at(f"{T1}\n{line}\n{date}\n\n{body}\n", url)
                assert len(page.articles) == 1, (line, date, url)
                a = page.articles[0]
                assert (a.title, a.byline, a.outlet, a.published_text) == (T1, ["Jane Roe"], outlet, date)
                assert a.paragraphs == [S1, S4, S5]
    # a listing's entries print the same line under each title
    cards = "\n\n".join(
        f"{t}\nSam Poe - The Philippine Star\n{k + 2} hours ago\n{s}" for k, (t, s) in enumerate(ENTRIES)
    )
    page = extract_at(cards + "\n", TOPIC_URL)
    assert [(a.title, a.byline, a.outlet) for a in page.articles] == [
        (t, ["Sam Poe"], "The Philippine Star") for t, _ in ENTRIES
    ]


def test_name_and_place_over_the_date_names_no_outlet() -> None:
    # near miss: a letter's writer and town over the date name no outlet and no second entry
    page = extract_at(f"{T1}\nJane Roe, Glasgow\nJune 9, 2025\n\n{S1}\n\n{S4}\n", STORY_URL)
    assert page.articles[0].outlet != "Glasgow"
    assert page.articles[0].byline != ["Jane Roe"]


# --- a stamp's label in another language: "Publié le ...", "Publicado el ...", "Aktualisiert am ..."


def test_labelled_stamp_in_another_language_is_the_time() -> None:
    body = f"{S1}\n\n{S4}\n\n{S5}"
    for stamp, time in (
        ("Publié le 3 juin 2025 à 14h30", "3 juin 2025 à 14h30"),
        ("Mis à jour le 03/06/2025 à 15:02", "03/06/2025 à 15:02"),
        ("Publicado el 03/06/2025 a las 22h03", "03/06/2025 a las 22h03"),
        ("Atualizado em 4 de junho de 2025, 05:35", "4 de junho de 2025, 05:35"),
        ("Aktualisiert am Dienstag, 03.06.2025, 15:56", "03.06.2025, 15:56"),
        ("Pubblicato il 3 giugno 2025 alle 14:30", "3 giugno 2025 alle 14:30"),
    ):
        page = extract_at(f"{T1}\n{stamp}\n\n{body}\n", STORY_URL)
        assert len(page.articles) == 1, stamp
        a = page.articles[0]
        assert (a.title, a.published_text, a.outlet) == (T1, time, None), stamp
        assert a.paragraphs == [S1, S4, S5], stamp


def test_label_words_before_no_date_stay_text() -> None:
    # near misses: the label's words opening a sentence or a heading with no date after them
    from newsclean.timeparse import time_line

    for line in ("Publicado el jueves en la capital", "Aktualisiert am Montag", "Publié le livre de la mairie"):
        assert time_line(line) is None, line


def test_reviewer_label_over_the_name_is_chrome() -> None:
    body = f"{S1}\n\n{S4}\n\n{S5}"
    cards = "\n\n".join(f"{t}\nMedically reviewed by\nJane Roe, MD\n{s}" for t, s in ((T2, S2), (T3, S3), (T4, S6)))
    page = extract_at(f"{T1}\nJune 9, 2025\n\n{body}\n\nRelated Coverage\n\n{cards}\n", HEALTH_STORY_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3, T4]
    assert [a.category for a in page.articles] == [None] * 4
    assert [a.paragraphs for a in page.articles[1:]] == [[S2], [S3], [S6]]
    # near miss: the label over a sentence (its name lost) leaves the sentence in the teaser
    cards = "\n\n".join(f"{t}\nMedically reviewed by\n{s}" for t, s in ((T2, S2), (T3, S3), (T4, S6)))
    page = extract_at(f"{T1}\nJune 9, 2025\n\n{body}\n\nRelated Coverage\n\n{cards}\n", HEALTH_STORY_URL)
    assert [a.paragraphs for a in page.articles[1:]] == [[S2], [S3], [S6]]


def test_paper_name_after_the_age_is_the_outlet() -> None:
    lines = [
        f"{k + 2} hours ago · {o}\n{t}\n{s}"
        for k, (o, (t, s)) in enumerate(
            zip(("Coast Post", "Valley Gazette", "Harian Pagi", "The Morning Ledger"), ENTRIES, strict=True)
        )
    ]
    page = extract_at("\n\n".join(lines) + "\n", TOPIC_URL)
    assert [a.outlet for a in page.articles] == ["Coast Post", "Valley Gazette", "Harian Pagi", "The Morning Ledger"]
    assert [a.category for a in page.articles] == [None] * 4
    # near miss: a section's name after the age stays the entry's section
    lines = [
        f"{k + 2} hours ago · {c}\n{t}\n{s}"
        for k, (c, (t, s)) in enumerate(zip(("Politics", "Farm Life", "Schools", "Ferries"), ENTRIES, strict=True))
    ]
    page = extract_at("\n\n".join(lines) + "\n", TOPIC_URL)
    assert [a.category for a in page.articles] == ["Politics", "Farm Life", "Schools", "Ferries"]


# --- a home page's menu and topic lists over its entries: furniture, no section -------------------

HOME_URL = "https://www.coastdaily.example/"


def test_menu_runs_over_entries_are_furniture() -> None:
    menu = "Home\nNews\nSport\nBusiness\nOpinion\nLifestyle\n"
    top = "\n\n".join(f"{t}\n{s}\n{k + 2} hours ago" for k, (t, s) in enumerate(ENTRIES[:2]))
    latest = "\n\n".join(f"{t}\n{k + 4} hours ago" for k, (t, _) in enumerate(ENTRIES[2:]))
    text = f"{menu}\nTop Stories\n\n{top}\n\nTrending Topics\n\nFerries\nStorms\nSchools\n\nLatest News\n\n{latest}\n"
    page = extract_at(text, HOME_URL)
    assert [a.title for a in page.articles] == [t for t, _ in ENTRIES]
    assert [a.category for a in page.articles] == [None] * 4
    assert [a.tags for a in page.articles] == [[]] * 4
    removed = {r.text for r in page.removed}
    assert {"Sport", "Business", "Lifestyle", "Ferries", "Storms", "Schools"} <= removed


def test_section_labels_over_each_card_stay_sections() -> None:
    # near miss: one or two labels over each card are its section and its tag
    cards = "\n\n".join(
        f"{sec}\n{t}\n{s}\n{k + 2} hours ago"
        for k, (sec, (t, s)) in enumerate(zip(("Local\nFerries", "Farming", "Schools", "Local"), ENTRIES, strict=True))
    )
    page = extract_at(cards + "\n", HOME_URL)
    assert [a.category for a in page.articles] == ["Ferries", "Farming", "Schools", "Local"]


# --- a search result's address as a breadcrumb: a URL line, chrome ---------------------------------


def test_search_result_breadcrumb_is_chrome() -> None:
    results = "\n\n".join(f"{t}\ncoastdaily.example › news › {k}\n{s}" for k, (t, s) in enumerate(ENTRIES))
    page = extract_at(f"About 1,240 results\n\n{results}\n", "https://search.example/search?q=ferry")
    assert [a.title for a in page.articles] == [t for t, _ in ENTRIES]
    assert [a.category for a in page.articles] == [None] * 4
    assert [a.paragraphs for a in page.articles] == [[s] for _, s in ENTRIES]
    assert "coastdaily.example › news › 0" in {r.text for r in page.removed}
    from newsclean.layout.shapes import is_junk

    assert is_junk("https://www.coastdaily.example › 2025 › 06 ...")


def test_section_path_without_a_domain_is_no_address() -> None:
    # near miss: a section path over each card ("News › Local") names the card's section
    from newsclean.layout.shapes import is_junk

    assert not is_junk("News › Local")
    assert not is_junk("Harbour council › ferry terminal")


# --- Hindi dailies' links to other stories inside a body: "यह भी पढ़ें: <headline>" ----------------


def test_hindi_read_also_link_is_chrome() -> None:
    body = [S1, S4, S5]
    for link in (f"यह भी पढ़ें: {T2}", f"ये भी पढ़ें- {T2}", f"इसे भी पढ़ें: {T2}", f"यह भी देखें: {T2}"):
        page = extract_at(f"{T1}\nJune 9, 2025\n\n{S1}\n\n{link}\n\n{S4}\n\n{S5}\n", STORY_URL)
        assert page.articles[0].paragraphs == body, link
        assert [r.rule for r in page.removed if T2[:10] in r.text] == ["heuristic.read-more"], link


def test_hindi_words_inside_a_sentence_stay() -> None:
    # near miss: the same words inside a sentence, with no colon or dash after them
    said = "अधिकारियों ने कहा कि लोग ये भी देखें कि नदी का पानी कितना ऊपर है।"
    page = extract_at(f"{T1}\nJune 9, 2025\n\n{S1}\n\n{said}\n\n{S4}\n", STORY_URL)
    assert page.articles[0].paragraphs == [S1, said, S4]


# --- an Indonesian stamp's weekday: part of the time, never the outlet ----------------------------


def test_indonesian_weekday_before_the_date_is_the_time() -> None:
    body = f"{S1}\n\n{S4}\n\n{S5}"
    for stamp in ("Senin, 09 Jun 2025 14:30 WIB", "Senin, 9 Juni 2025 | 14:30 WIB", "Kamis, 05 Juni 2025 - 10:15"):
        page = extract_at(f"{T1}\n{stamp}\n\n{body}\n", STORY_URL)
        a = page.articles[0]
        assert (a.outlet, a.published_text) == (None, stamp), stamp
        assert a.published_at is not None, stamp
    page = extract_at(f"{T1}\nCoast Post - Senin, 09 Jun 2025 14:30 WIB\n\n{body}\n", STORY_URL)
    assert (page.articles[0].outlet, page.articles[0].published_text) == ("Coast Post", "Senin, 09 Jun 2025 14:30 WIB")


def test_outlet_named_with_a_weekday_word_stays_the_outlet() -> None:
    # near miss: a name that holds such a word but is more than the weekday is an outlet
    from newsclean.timeparse import time_line

    assert time_line("Minggu Ini 3 hours ago") == ("Minggu Ini", "3 hours ago")
    assert time_line("Coast Post · 09 Jun 2025 14:30 WIB") == ("Coast Post", "09 Jun 2025 14:30 WIB")


# --- Indian portals' header line of pieces: writer, desk or agency, labelled stamp ---------------


def test_header_line_of_pieces_gives_writer_agency_and_time() -> None:
    body = f"{S1}\n\n{S4}\n\n{S5}"
    for line, byline, credits, outlet, time in (
        ("Jane Roe | TNN | Updated: Jun 9, 2025, 14:30 IST", ["Jane Roe"], [], "TNN", "Jun 9, 2025, 14:30 IST"),
        (
            "Written by Jane Roe | New Delhi | Updated: June 9, 2025 14:30 IST",
            ["Jane Roe"],
            [],
            None,
            "June 9, 2025 14:30 IST",
        ),
        ("Edited By: Jane Roe | Updated: Jun 09, 2025, 14:30 IST", [], [], None, "Jun 09, 2025, 14:30 IST"),
        ("Press Trust of India | Updated: June 09, 2025 14:30 IST", [], ["PTI"], None, "June 09, 2025 14:30 IST"),
        ("Agency: PTI | June 9, 2025 14:30 IST", [], ["PTI"], None, "June 9, 2025 14:30 IST"),
    ):
        page = extract_at(f"{T1}\n{line}\n\n{body}\n", STORY_URL)
        a = page.articles[0]
        assert (a.byline, a.credits, a.outlet, a.published_text) == (byline, credits, outlet, time), line
        assert a.paragraphs == [S1, S4, S5], line


def test_blogger_posted_by_names_the_writer() -> None:
    page = extract_at(f"{T1}\nPosted by Jane Roe on June 9, 2025 at 2:30 pm\n\n{S1}\n\n{S4}\n", STORY_URL)
    a = page.articles[0]
    assert (a.byline, a.outlet, a.published_text) == (["Jane Roe"], None, "June 9, 2025 at 2:30 pm")


def test_section_and_date_or_a_posted_sentence_are_no_header_line() -> None:
    # near misses: a section's name and a date name no one; "Posted by the council" is no name
    from newsclean.headerlines import byline_line

    page = extract_at(f"{T1}\n\nHarbour Life | June 9, 2025\n\n{S1}\n\n{S4}\n", STORY_URL)
    assert not [r for r in page.removed if r.rule == "byline.header-stamp-line"]
    assert byline_line("Posted by the council on Monday") is None


# --- bylines in other languages: "Por", "Par", "Von", "Door", "Oleh", "Penulis:" ----------------


def test_byline_in_another_language_is_the_byline() -> None:
    for line, names in (
        ("Por Jane Roe", ["Jane Roe"]),
        ("Por Jane Roe y Sam Poe", ["Jane Roe", "Sam Poe"]),
        ("Par Jane Roe et Sam Poe", ["Jane Roe", "Sam Poe"]),
        ("Von Jane Roe und Sam Poe", ["Jane Roe", "Sam Poe"]),
        ("Door Jane Roe", ["Jane Roe"]),
        ("Oleh Jane Roe dan Sam Poe", ["Jane Roe", "Sam Poe"]),
        ("Penulis: Jane Roe", ["Jane Roe"]),
    ):
        cards = "\n\n".join(f"{t}\n{line}\n{k + 3} June 2025\n{s}" for k, (t, s) in enumerate(ENTRIES))
        page = extract_at(cards + "\n", TOPIC_URL)
        assert [a.byline for a in page.articles] == [names] * 4, line
        assert [a.outlet for a in page.articles] == [None] * 4, line
    from newsclean.headerlines import byline_line

    assert byline_line("Por Jane Roe en Madrid") == ["Jane Roe"]  # the city it was filed from


def test_label_word_opening_a_sentence_is_no_byline() -> None:
    # near misses: the same words opening a sentence or a heading, lower-case words among the names
    from newsclean.headerlines import byline_line

    assert byline_line("Von Hafenmauer über Fähre und Brücke bis Zollhaus") is None
    assert byline_line("Por qué sube el precio del pan") is None
    assert byline_line("Par ailleurs, le maire a dit") is None


def test_indonesian_weekday_on_a_card_is_the_time_not_the_section() -> None:
    cards = "\n\n".join(
        f"{t}\nPenulis: Jane Roe\nSenin, 0{k + 2} Jun 2025 14:30 WIB\n{s}" for k, (t, s) in enumerate(ENTRIES)
    )
    page = extract_at(cards + "\n", TOPIC_URL)
    assert [a.category for a in page.articles] == [None] * 4
    assert [a.published_text for a in page.articles] == [f"Senin, 0{k + 2} Jun 2025 14:30 WIB" for k in range(4)]


# --- a clock printed "14h30" after a numeric date (Brazil, Bolivia, France) --------------------------


def test_clock_with_h_after_a_numeric_date_is_the_time() -> None:
    cards = "\n\n".join(f"{t}\nPor Jane Roe, g1\n0{k + 2}/06/2025 14h30\n{s}" for k, (t, s) in enumerate(ENTRIES))
    page = extract_at(cards + "\n", TOPIC_URL)
    assert [a.published_text for a in page.articles] == [f"0{k + 2}/06/2025 14h30" for k in range(4)]
    assert [a.category for a in page.articles] == [None] * 4


def test_clock_words_in_a_headline_are_no_time_line() -> None:
    # near miss: such a clock inside a headline, or without its minutes
    from newsclean.timeparse import time_line

    assert time_line("Ferry meeting moved to 14h30 on Friday") is None
    assert time_line("03/06/2025 14h") is None
