"""Field extractors on the forms LABELS.md names, one sentence each."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

import newsclean
from newsclean.names import split_names
from newsclean.timeparse import resolve, time_line

WHEN = datetime(2025, 8, 1, 12, tzinfo=UTC)


def one(body: str, title: str = "A headline for the test page") -> newsclean.Article:
    page = newsclean.extract(f"{title}\n{body}\n", fetched_at=WHEN)
    assert page.articles, page
    return page.articles[0]


@pytest.mark.parametrize(
    ("opening", "place", "credits"),
    [
        ("SEOUL — ", "SEOUL", []),
        ("SEOUL: ", "SEOUL", []),
        ("TAIPEI : ", "TAIPEI", []),
        ("SEOUL, June 9 — ", "SEOUL", []),
        ("LOS ANGELES – ", "LOS ANGELES", []),
        ("MELBOURNE, Aug 14 (Reuters) - ", "MELBOURNE", ["Reuters"]),
        ("Tokyo, June 9 (Jiji Press)--", "Tokyo", ["Jiji Press"]),
        ("WASHINGTON (AP) — ", "WASHINGTON", ["AP"]),
        ("KAKOGAWA, Hyogo -- ", "KAKOGAWA, Hyogo", []),
        ("FRISCO, Texas — ", "FRISCO, Texas", []),
        ("SANFORD, Fla. (AP) — ", "SANFORD, Fla.", ["AP"]),
        ("ABILENE, Texas () – ", "ABILENE, Texas", []),
        ("AUSTIN (KXAN) — ", "AUSTIN", ["KXAN"]),
        ("SÃO PAULO — ", "SÃO PAULO", []),
        ("ZÜRICH: ", "ZÜRICH", []),
        ("DUBAI, United Arab Emirates (AP) — ", "DUBAI, United Arab Emirates", ["AP"]),
    ],
)
def test_datelines(opening: str, place: str, credits: list[str]) -> None:
    a = one(opening + "The council met on Monday to discuss the plan. It agreed.")
    assert a.dateline is not None and a.dateline.location == place
    assert a.credits == credits
    assert a.body.startswith("The council met on Monday")


@pytest.mark.parametrize("opening", ["Jun. 10—", "May 27—", "July 3, 2025 — "])
def test_date_only_opening_is_not_a_dateline(opening: str) -> None:
    a = one(opening + "The council met on Monday.")
    assert a.dateline is None and a.body == "The council met on Monday."


@pytest.mark.parametrize(
    "body",
    ["COVID-19 cases rose again this week, officials said.", "US officials said the deal was close."],
)
def test_capitalised_openings_are_not_datelines(body: str) -> None:
    a = one(body)
    assert a.dateline is None and a.body == body


@pytest.mark.parametrize(
    ("tail", "agency"),
    [(" — Reuters", "Reuters"), (" - Bernama", "Bernama"), (" REUTERS", "Reuters"), (" (Bernama)", "Bernama"),
     (" END [Copyright The Jiji Press, Ltd.] Jiji Press", "Jiji Press"), (" - KUNA", "KUNA"),
     (" (Kuwait News Agency)", "KUNA"), (" — The Canadian Press", "The Canadian Press"),
     (" (Central News Agency)", "CNA"), (" Reuters", "Reuters"), (" — With files from Reuters", "Reuters"),
     (" Source: AFP", "AFP"), (" Quelle: dpa", "dpa"), (" Additional reporting by Reuters", "Reuters")],
)  # fmt: skip
def test_trailing_credits(tail: str, agency: str) -> None:
    a = one("The plant will hire 200 workers, the company said." + tail)
    assert a.credits == [agency]
    assert a.body == "The plant will hire 200 workers, the company said."


@pytest.mark.parametrize(("tail", "agencies"), [(" — AFP/Reuters", ["AFP", "Reuters"]), (" (Reuters, AFP)", ["Reuters", "AFP"]),
                                               (" AFP/ST", ["AFP"])])  # fmt: skip
def test_several_agencies_in_one_credit(tail: str, agencies: list[str]) -> None:
    a = one("The council met on Monday to discuss the plan. It agreed." + tail)
    assert a.credits == agencies and a.body == "The council met on Monday to discuss the plan. It agreed."


@pytest.mark.parametrize(
    "sentence", ["The talks moved between New York/London.", "The deal was signed in Kiel. Reuters was there."]
)
def test_a_sentence_naming_places_or_an_agency_is_not_a_credit(sentence: str) -> None:
    a = one("The council met on Monday to discuss the plan. " + sentence)
    assert a.credits == [] and a.body.endswith(sentence)


def test_sentence_ending_in_a_capitalised_word_is_not_a_credit() -> None:
    a = one("The prize went to a school in the north of Wales")
    assert a.credits == [] and a.body.endswith("Wales")


@pytest.mark.parametrize(
    ("body", "caption"),
    [
        ("A crowd waits at the gate. PHOTO: AFP The match began late.", "A crowd waits at the gate."),
        ("Boats in the harbour. (EPA Images pic) KELSO : The port reopened.", "Boats in the harbour."),
        ("Image: A red kite over the ridge Credit: Getty Images The birds returned in May.",
         "A red kite over the ridge"),
        ("A farmer checks his crop. KELSO: The harvest began early this year.", "A farmer checks his crop."),
    ],
)  # fmt: skip
def test_captions(body: str, caption: str) -> None:
    a = one(body)
    assert a.captions == [caption]
    assert caption not in a.body


def test_bylines() -> None:
    a = one("By Jane Roe and Sam Poe\nThe vote was close.\nJane Roe is the paper's political correspondent. "
            "She covers parliament.")  # fmt: skip
    assert a.byline == ["Jane Roe", "Sam Poe"]
    assert a.body == "The vote was close."


def test_names_drop_roles() -> None:
    assert split_names("Kei Kobayashi, and correspondent Akihiko Kaise.") == ["Kei Kobayashi", "Akihiko Kaise"]
    assert split_names("C. ARUNO, BENJAMIN LEE and R. ARAVINTHAN") == ["C. ARUNO", "BENJAMIN LEE", "R. ARAVINTHAN"]


@pytest.mark.parametrize("outlet", ["Valley Gazette", "The Kessel Courier", "Island Herald", "Farm Weekly"])
def test_a_publication_after_a_byline_comma_is_not_an_author(outlet: str) -> None:
    assert split_names(f"Jane Roe, {outlet}") == ["Jane Roe"]
    assert one(f"By Jane Roe, {outlet}\nThe council met on Monday.").byline == ["Jane Roe"]


@pytest.mark.parametrize(
    ("line", "outlet"),
    [("Jane Roe, CNN", "CNN"), ("Jane Roe - The Philippine Star", "The Philippine Star"),
     ("Jane Roe | Sky News", "Sky News"), ("Jane Roe, Valley Gazette", "Valley Gazette"),
     ("Jane Roe – Example.com", "Example.com")],
)  # fmt: skip
def test_a_name_and_outlet_line_under_the_headline_is_the_byline(line: str, outlet: str) -> None:
    page = newsclean.extract(f"A headline for the test page\n{line}\nThe council met on Monday.\n", fetched_at=WHEN)
    (a,) = page.articles
    assert (a.byline, a.outlet, a.body) == (["Jane Roe"], outlet, "The council met on Monday.")
    assert any(r.rule == "byline.name-outlet" and r.text == line for r in page.removed)


@pytest.mark.parametrize(
    "line", ["Jane Roe, Glasgow", "Harbour Road - Closed", "Reuters, CNN", "Jane Roe - CNN - Opinion", "Jane Roe, CNN."]
)
def test_a_name_beside_no_outlet_is_no_byline(line: str) -> None:
    # near misses: a letter's place, a notice, two outlets, three parts, a sentence
    a = one(f"{line}\nThe council met on Monday.")
    assert a.byline == [] and a.body.startswith(line)


@pytest.mark.parametrize(
    ("line", "byline", "credits"),
    [("By Jane Roe, The Jakarta Post", ["Jane Roe"], []), ("By The Associated Press", [], ["AP"]),
     ("By Jane Roe, The Associated Press", ["Jane Roe"], ["AP"])],
)  # fmt: skip
def test_a_name_opening_with_the_is_an_organisation(line: str, byline: list[str], credits: list[str]) -> None:
    a = one(f"{line}\nThe council met on Monday.")
    assert (a.byline, a.credits) == (byline, credits)


def test_authors_whose_surname_is_also_a_paper_word_are_kept() -> None:
    assert split_names("Emily Post and Sam Press") == ["Emily Post", "Sam Press"]


@pytest.mark.parametrize(
    ("line", "outlet", "time"),
    [("AsiaOne3 days ago", "AsiaOne", "3 days ago"), ("time5 hours ago", None, "5 hours ago"),
     ("The Stara day ago", "The Star", "a day ago"), ("Straits Times01-06-2025", "Straits Times", "01-06-2025"),
     ("timean hour ago", None, "an hour ago"), ("India.com20-05-2025", "India.com", "20-05-2025"),
     ("CNN3h ago", "CNN", "3h ago"), ("Coast Post · 45m ago", "Coast Post", "45m ago"),
     ("about 3 hours ago", None, "about 3 hours ago"), ("Coast Post over 1 year ago", "Coast Post", "over 1 year ago"),
     ("Sun, 27 Jul 2025", None, "Sun, 27 Jul 2025"), ("The Sun18 hours ago", "The Sun", "18 hours ago"),
     ("Yesterday at 4:15 PM", None, "Yesterday at 4:15 PM"), ("today, 10:30", None, "today, 10:30")],
)  # fmt: skip
def test_glued_times(line: str, outlet: str | None, time: str) -> None:
    assert time_line(line) == (outlet, time)


def test_text_is_not_a_time_line() -> None:
    assert time_line("Shares fell 3 days ago.") is None
    assert time_line("- Free Malaysia Today") is None


def test_relative_resolution() -> None:
    assert resolve("3 days ago", WHEN, {}) == (WHEN - timedelta(days=3), True)
    assert resolve("an hour ago", WHEN, {}) == (WHEN - timedelta(hours=1), True)
    assert resolve("3h ago", WHEN, {}) == (WHEN - timedelta(hours=3), True)
    assert resolve("45m ago", WHEN, {}) == (WHEN - timedelta(minutes=45), True)
    assert resolve("2d ago", WHEN, {}) == (WHEN - timedelta(days=2), True)
    assert resolve("yesterday", None, {}) == (None, True)
    assert resolve("27-07-2025", None, {})[0] == datetime(2025, 7, 27, tzinfo=UTC)
    assert resolve("31-02-2025", None, {}) == (None, False)


def test_picture_agency_caption_inside_a_body() -> None:
    a = one(
        "MILAN, ITALY – APRIL 16: Marco Rossi of Milan reacts during the match. (Photo by Jane Roe/Getty Images)\n"
        "Rossi scored twice in the second half."
    )
    assert a.captions == ["MILAN, ITALY – APRIL 16: Marco Rossi of Milan reacts during the match."]
    assert a.body == "Rossi scored twice in the second half." and a.dateline is None


def test_further_reading_list_is_chrome() -> None:
    a = one("The club won again.\nFurther Reading\nClub signs a new keeper ahead of the derby\nStadium plans approved")
    assert a.body == "The club won again."


def test_reuters_trailer_names_reporters_not_editors() -> None:
    a = one("The council met on Monday. (Reporting by Jane Roe in Seoul and Sam Poe; Editing by Kim Lee)")
    assert a.byline == ["Jane Roe", "Sam Poe"] and a.body == "The council met on Monday."


def test_agency_in_a_byline_is_a_credit() -> None:
    a = one("By Jane Roe | Reuters\nThe council met on Monday.")
    assert a.byline == ["Jane Roe"] and a.credits == ["Reuters"]


def test_copyright_line_credits_the_agency() -> None:
    a = one("The club won again. Copyright 2025 The Associated Press. All rights reserved.")
    assert a.credits == ["AP"] and a.body == "The club won again."


def test_dateline_on_a_line_of_its_own() -> None:
    a = one("SEOUL —\nThe club won again.")
    assert a.dateline is not None and a.dateline.location == "SEOUL" and a.body == "The club won again."


@pytest.mark.parametrize("line", ["KESSEL, Md.", "PORT ELLEN, Scotland", "NEW HARBOUR, Nova Scotia"])
def test_dateline_with_its_region_alone_on_a_line_without_a_dash(line: str) -> None:
    a = one(f"{line}\nThe club won again on Monday.\nIts coach was pleased.")
    assert a.dateline is not None and a.dateline.location == line
    assert a.paragraphs == ["The club won again on Monday.", "Its coach was pleased."]


@pytest.mark.parametrize(
    "body",
    [
        "WASHINGTON\nThe club won again on Monday.",  # no region: maybe a kicker
        "KESSEL, Md.",  # no story after it
        "BREAKING, Update\nThe club won again on Monday.",  # a label, not a place
    ],
)
def test_a_capitalised_line_without_a_region_or_a_story_is_no_dateline(body: str) -> None:
    a = one(body)
    assert a.dateline is None and body.split("\n")[0] in a.body


@pytest.mark.parametrize(("line", "agency"), [("The Associated Press", "AP"), ("Reuters", "Reuters"), ("AFP", "AFP")])
def test_an_agency_alone_on_the_first_line_is_a_credit(line: str, agency: str) -> None:
    a = one(f"{line}\nThe club won again on Monday.\nIts coach was pleased.")
    assert a.credits == [agency] and line not in a.body
    assert a.paragraphs == ["The club won again on Monday.", "Its coach was pleased."]


@pytest.mark.parametrize(
    "body",
    [
        "Reuters reported the club won again on Monday.\nIts coach was pleased.",  # the agency in a sentence
        "The Harbour Gazette\nThe club won again on Monday.",  # a name that is no agency
    ],
)
def test_a_first_line_that_is_not_only_an_agency_gives_no_credit(body: str) -> None:
    a = one(body)
    assert a.credits == [] and body.split("\n")[0] in a.body


def test_photo_credit_closing_a_story_paragraph_takes_no_caption() -> None:
    a = one("The council met on Monday. It agreed to the plan. Photo: Freepik/senivpetro\nMore text follows here.")
    assert a.captions == []
    assert a.paragraphs == ["The council met on Monday. It agreed to the plan.", "More text follows here."]


def test_outlet_ending_in_digits_glued_to_a_time() -> None:
    page = newsclean.extract(
        "logo\nStorm hits the coast\n\nStorm hits the coast\n\nNews242 days ago\nThe storm hit on Monday.\n"
    )
    assert (page.articles[0].outlet, page.articles[0].published_text) == ("News24", "2 days ago")


ABOUT_US = (
    "The Harbor Ledger is an independent regional news organization owned by its readers. "
    "Founded in 1911, it reports on the coast every day."
)


@pytest.mark.parametrize("outlet_line", ["Harbor Ledger2 days ago", "The Harbor Ledger2 days ago"])
def test_the_outlets_about_us_blurb_closing_a_story_is_chrome(outlet_line: str) -> None:
    """The outlet is unknown to the rule files: the blurb is recognised by naming the block's outlet."""
    page = newsclean.extract(
        f"logo\nStorm hits the coast\n\n{outlet_line}\nThe storm hit on Monday, the coastguard said.\n{ABOUT_US}\n"
    )
    a = page.articles[0]
    assert a.paragraphs == ["The storm hit on Monday, the coastguard said."] and a.credits == []
    assert any(r.rule == "credit.about-outlet" and r.text == ABOUT_US for r in page.removed)


@pytest.mark.parametrize(
    "closing",
    [
        ABOUT_US,  # another publisher's blurb, unknown to the rules: it may be what the story is about
        "The Harbor Ledger is a building on the quay that housed the port's records until 1990.",
        "Northwind is the maker of the harbour's tide gauges.",
    ],
)
def test_a_closing_sentence_about_another_or_a_non_news_subject_stays_body(closing: str) -> None:
    page = newsclean.extract(
        f"logo\nStorm hits the coast\n\nCoast Weekly2 days ago\nThe storm hit on Monday, the coastguard said.\n{closing}\n"
    )
    assert page.articles[0].paragraphs[-1] == closing


def test_pic_colon_credit_is_a_caption_tag() -> None:
    a = one("A farmer checks his crop. (Pic: Bernama) The harvest began early this year.")
    assert a.captions == ["A farmer checks his crop."] and a.body == "The harvest began early this year."


def test_read_more_list_of_headlines_is_chrome() -> None:
    a = one(
        "The club won again.\nRead more\nClub signs a new keeper ahead of the derby\nStadium plans approved at last"
    )
    assert a.body == "The club won again."


@pytest.mark.parametrize(
    "ending",
    ["„gut angelegt.\u201c", "\u00abbien plac\u00e9.\u00bb", "and then the line went dead \u2014", "broken off \u2013"],
)
def test_a_sentence_ending_on_a_closing_quote_or_a_dash_is_not_a_pasted_headline(ending: str) -> None:
    line = f"The chair of the harbour board told the members at the meeting {ending}"
    body = f"The river rose two metres overnight, the county said.\n{line}\nCrews worked through the night."
    assert line in one(body).paragraphs


@pytest.mark.parametrize("quote", ["'", "\u2018", "\u2019", '"', "\u201c", "\u201d"])
def test_a_pasted_headline_before_a_quote_is_cut(quote: str) -> None:
    pasted = "Council leaders dodge questions as new recordings of the meeting surface online"
    body = (
        "The river rose two metres overnight, the county said.\n"
        f"{pasted}\n"
        f"{quote}We had never seen it this high,{quote} a farmer said.\n"
        "Crews worked through the night to reinforce the banks."
    )
    a = one(body)
    assert pasted not in (a.body or "") and a.body and a.body.startswith("The river rose")


def test_a_long_credit_under_a_bare_photo_tag_is_a_credit_not_a_pasted_headline() -> None:
    """Nine words or more after "Photo:" look like a headline by length; the label says otherwise."""
    caption = "Divers check the harbour wall at low tide in Port Ellen, Islay."
    credit = "Mara Quill / Coastline Images via Harbor Ledger Wire Service"
    body = (
        "The wall gave way during the night, the council said.\n"
        f"{caption}\nPhoto:\n{credit}\n"
        "Repairs are expected to take three weeks."
    )
    a = one(body)
    assert a.captions == [caption]
    assert a.paragraphs == [
        "The wall gave way during the night, the council said.",
        "Repairs are expected to take three weeks.",
    ]


@pytest.mark.parametrize("label", ["What we liked:", "Playlist:"])
def test_a_line_under_a_short_label_is_its_value_not_a_pasted_headline(label: str) -> None:
    value = "The design, the roomy cabin, the cooled seats and the range on electric power alone"
    body = (
        f"The car did well in our week of testing on country roads.\n{label}\n{value}\nIt costs less than its rivals."
    )
    assert value in one(body).paragraphs


def test_php_errors_printed_into_a_page_are_chrome() -> None:
    php = "Warning: Undefined variable $ad_slot in /var/www/html/wp-content/themes/harbour/single.php on line 42"
    warning = "Warning: the river may rise again tonight, the county said in a statement."
    page = newsclean.extract(f"The river rose two metres overnight.\n{php}\n{warning}\nCrews worked through the night.")
    assert [r.rule for r in page.removed if r.text == php] == ["web.php-error"]
    assert warning in page.articles[0].paragraphs


@pytest.mark.parametrize(
    "widget", ["(Noch keine Bewertungen)", "No ratings yet", "Twitter", "Jetzt teilen!", "Publicidad"]
)
def test_rating_and_share_widgets_are_chrome(widget: str) -> None:
    page = newsclean.extract(f"The river rose two metres overnight.\n{widget}\nCrews worked through the night.")
    assert widget not in page.articles[0].paragraphs and any(r.text == widget for r in page.removed)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Abonniere unseren Newsletter und verpasse keine Geschichte mehr.", "web.promo"),
        (
            "Lust auf mehr? Lass dir die besten Storys jede Woche schicken. Melde dich für unseren Newsletter an!",
            "web.promo",
        ),
        ("Receive our monthly newsletter with the best of the harbour desk.", "web.promo"),
        ("This post contains affiliate links. We may earn a small fee when you buy.", "web.disclosure"),
        ("Advertising disclosure: the harbour desk may receive compensation for some links.", "web.disclosure"),
        ("Anzeige, enthält Affiliate Links", "web.disclosure"),
        (
            "Letzte Aktualisierung am 3.04.2023 / Bei den Verlinkungen handelt es sich um Affiliate Links / Bilder: Shop",
            "web.disclosure",
        ),
        ("Gefällt dir unser Hafenmagazin? Wir haben uns gegen eine Bezahlschranke entschieden.", "web.appeal"),
        ("Support independent journalism: a small monthly gift keeps the harbour desk open.", "web.appeal"),
        ("Unterstütze Hafenblatt bereits mit 2,50!", "web.appeal"),
        ("Support us with just $5 a month and keep the harbour desk open.", "web.appeal"),
        ("We want to hear what you think about this article. Write to the harbour desk.", "web.appeal"),
        ("About this series", "web.story-end"),
        ("Inhaltsverzeichnis", "web.widget"),
        ("Crédit photo : JR / Le Port", "web.photo-credit"),
        ("Liken Lade …", "web.widget"),
        ("Get the latest harbour news on WhatsApp", "common.promo"),
        ("Subscribe to our YouTube channel", "common.promo"),
        ("WATCH: Ferry fares to rise again in May", "heuristic.read-more"),
        ("VIDEO: Divers check the harbour wall", "heuristic.read-more"),
        ("Über diese Reihe", "web.story-end"),
        (
            "Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Hafen, Fähren. Kommentare im RSS-Feed.",
            "web.postmeta",
        ),
        ("This entry was posted on Monday, May 5th, 2014 at 11:30 pm and is filed under Harbour.", "web.postmeta"),
        ("Quelle: Hafenverband Nord (HVN), 02. Februar 2022, Kiel", "web.photo-credit"),
        ("Hier geht es zur neuen Hafenordnung", "web.widget"),
        ("Weitere Infos unter www.hafenverband-nord.example.", "web.widget"),
        ("This is a preview of subscription content, log in to check access.", "web.paywall"),
        ("Bereits Abonnent? Hier anmelden", "web.paywall"),
        ("Sign up today for a 30 day free trial of unlimited digital access.", "web.subscribe-nag"),
        ("Start your free trial", "web.subscribe-nag"),
        ("Never miss a local story.", "web.subscribe-nag"),
        ("Themen: Hafen Fähren Ehrenamt", "web.tags"),
        ("Tags: harbour, ferries, volunteers", "web.tags"),
    ],
)
def test_newsletter_calls_and_ad_disclosures_are_chrome(line: str, rule: str) -> None:
    page = newsclean.extract(f"The river rose two metres overnight.\n{line}\nCrews worked through the night.")
    assert [r.rule for r in page.removed if r.text == line] == [rule]


@pytest.mark.parametrize(
    "line",
    [
        "The newsletter reached two million readers last year, its editor said.",
        "Subscribers to the harbour newsletter complained about the new ferry times.",
        "Join the protest, the organisers told readers of their newsletter on Monday.",
        "Support usually arrives late in the season, the harbour master said.",
        "Hier geht es zur Sache. Die Fähre legte trotz des Sturms ab.",
        "Hier geht es um die Frage, wer die neue Mole bezahlt.",
        "Thema: Der Rat beriet am Montag über die neue Mole.",
        "Support for the new pier rose with 52 votes in favour.",
        "Watch: the ferry leaves the harbour at dawn, and the gulls follow it.",
        "Follow the money, the auditor told the council on Monday.",
        "The PDF, 38 KB in size, was leaked to the harbour desk on Monday.",
        "Unterstützen Sie die Fähre mit Spenden, bat der Verein.",
        "Start of the free trial period was delayed, the ferry operator said.",
        "Trial of the harbour master begins on Monday, the court said.",
    ],
)
def test_a_story_sentence_about_a_newsletter_is_body(line: str) -> None:
    page = newsclean.extract(f"The river rose two metres overnight.\n{line}\nCrews worked through the night.")
    assert line in page.articles[0].paragraphs


@pytest.mark.parametrize("tag", ["Foto", "FOTO", "Imagen", "Photo"])
def test_a_caption_closed_by_a_photo_tag_in_other_languages_is_a_caption(tag: str) -> None:
    caption = "The new pier at dawn, seen from the ferry."
    a = one(
        f"The river rose two metres overnight, the county said.\n{caption} {tag}: HN\nCrews worked through the night."
    )
    assert a.captions == [caption] and caption not in a.paragraphs


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("Updated March 4, 2024", "March 4, 2024"),
        ("Updated March 4, 2024 10:00 AM", "March 4, 2024 10:00 AM"),
        ("Published: 4 March 2024", "4 March 2024"),
        ("Posted on March 4, 2024 at 10:00 am", "March 4, 2024 at 10:00 am"),
        ("By Jane Roe | March 4, 2024", "March 4, 2024"),
    ],
)
def test_a_labelled_date_line_under_the_byline_is_the_stories_date_not_an_outlet(stamp: str, published: str) -> None:
    head = "Port to expand its container terminal\n" + ("" if stamp.startswith("By") else "By Jane Roe\n")
    page = newsclean.extract(
        f"{head}{stamp}\nROTTERDAM - The port will build a new terminal, officials said on Monday.\n"
        "The terminal is large, and the work will take three years, the port said."
    )
    assert len(page.articles) == 1
    a = page.articles[0]
    assert a.outlet is None and a.byline == ["Jane Roe"] and a.published_text == published
    assert a.dateline is not None and a.dateline.location == "ROTTERDAM"
    assert a.paragraphs[0].startswith("The port will build")


@pytest.mark.parametrize(
    ("opening", "agency"), [("BERLIN (dpa) - ", "dpa"), ("HAMBURG (epd) - ", "epd"), ("BONN (KNA) - ", "KNA")]
)
def test_a_dateline_with_a_lowercase_or_national_agency(opening: str, agency: str) -> None:
    a = one(f"{opening}Der Hafen baut ein neues Terminal, sagten Beamte am Montag.\nDie Arbeiten dauern drei Jahre.")
    assert a.dateline is not None and a.dateline.location == opening.split()[0] and agency in a.credits
    assert a.paragraphs[0].startswith("Der Hafen baut")


@pytest.mark.parametrize("tag", ["Photo:", "Foto:"])
def test_a_caption_over_a_bare_photo_tag_line_and_its_credit(tag: str) -> None:
    caption = "Die Mole am Morgen nach dem Sturm."
    a = one(
        f"Der Sturm traf die Küste am Montag.\n{caption}\n{tag}\nJane Roe/Hafenbild (Symbolbild)\nDie Reparatur dauert Wochen."
    )
    assert a.captions == [caption]
    assert a.paragraphs == ["Der Sturm traf die Küste am Montag.", "Die Reparatur dauert Wochen."]


@pytest.mark.parametrize("byline", ["By Jane Roe\n", ""])
@pytest.mark.parametrize("stamp", ["Published 3 hours ago", "Published: 3 hours ago", "Updated March 4, 2024"])
def test_the_storys_own_stamp_under_an_aggregators_header_does_not_split_the_story(byline: str, stamp: str) -> None:
    page = newsclean.extract(
        f"A harbour deal is signed\nThe Coast Post\n2 hours ago\n{byline}{stamp}\n"
        "The two ports signed a deal on Monday to share their ferries, officials said.\nThe deal runs for ten years.\n"
    )
    assert len(page.articles) == 1
    a = page.articles[0]
    assert (a.outlet, a.published_text) == ("The Coast Post", "2 hours ago")
    assert a.byline == (["Jane Roe"] if byline else [])
    assert a.paragraphs == [
        "The two ports signed a deal on Monday to share their ferries, officials said.",
        "The deal runs for ten years.",
    ]
    assert any(r.rule == "heuristic.header-stamp" and r.text == stamp for r in page.removed)


@pytest.mark.parametrize(
    "line", ["By Jane Roe | March 4, 2024", "By Jane Roe, 5 hours ago", "BY JANE ROE | March 4, 2024"]
)
def test_the_reprinted_storys_byline_and_stamp_line_under_the_header_does_not_split_the_story(line: str) -> None:
    """The reprinted page's own "By <writer> | <date>" line right under the aggregator's
    header: the writer is the byline, the header's time stands, and the story keeps its
    first paragraph (read as a second header it opened a related entry titled by it)."""
    page = newsclean.extract(
        f"logo\nA harbour deal is signed\n\nA harbour deal is signed\n\nThe Coast Post2 hours ago\n\n{line}\n\n"
        "The two ports signed a deal on Monday to share their ferries, officials said.\nThe deal runs for ten years.\n"
    )
    assert len(page.articles) == 1
    a = page.articles[0]
    assert (a.outlet, a.published_text) == ("The Coast Post", "2 hours ago")
    assert [n.casefold() for n in a.byline] == ["jane roe"]
    assert a.paragraphs[0] == "The two ports signed a deal on Monday to share their ferries, officials said."
    assert [r.text for r in page.removed if r.rule == "heuristic.header-stamp"] == [line]


def test_entries_each_headed_by_a_byline_and_date_line_stay_entries() -> None:
    """Near miss: a blog's listing prints "By <writer> | <date>" under every title; with no
    aggregator header above them each opens its own entry."""
    titles = ["A harbour deal is signed", "Orchard growers test frost fans", "Old mill to become a library"]
    text = "".join(
        f"{t}\nBy Jane Roe | March {4 - k}, 2024\nThe council met on Monday and agreed the plan, members said.\n\n"
        for k, t in enumerate(titles)
    )
    page = newsclean.extract(text, url="https://coastpost.example/tag/harbour")
    assert [(a.title, a.byline, a.published_text) for a in page.articles] == [
        (t, ["Jane Roe"], f"March {4 - k}, 2024") for k, t in enumerate(titles)
    ]


@pytest.mark.parametrize(
    "tag",
    ["Picture: iStock", "Photo: Getty Images", "PHOTO: REUTERS/Jane Roe", "ST PHOTO: JANE ROE", "| Credit: Jane Roe",
     "Photo by Jane Roe/Getty Images", "(Photo by Jane Roe/Getty Images)", "Photograph: Jane Roe/AP"],
)  # fmt: skip
def test_a_caption_closed_by_a_credit_of_several_words(tag: str) -> None:
    caption = "A fisherman mends his nets in Port Ellen."
    a = one(f"The two ports signed a deal on Monday, officials said.\n{caption} {tag}\nThe deal runs for ten years.")
    assert a.captions == [caption]
    assert a.paragraphs == ["The two ports signed a deal on Monday, officials said.", "The deal runs for ten years."]


def test_image_caption_credit_line_keeps_its_caption() -> None:
    a = one(
        "The two ports signed a deal on Monday.\nImage: A fisherman mends his nets in Port Ellen. Credit: Reuters\nThe deal runs for ten years."
    )
    assert a.captions == ["A fisherman mends his nets in Port Ellen."]


def test_a_credit_name_inside_a_paragraph_takes_its_full_stop_and_leaves_the_story() -> None:
    a = one("The catch was poor, he said. Photo: Jane Roe. The boats stayed in port for the rest of the week.")
    assert a.captions == ["The catch was poor, he said."]
    assert a.paragraphs == ["The boats stayed in port for the rest of the week."]


def test_a_pipe_credit_before_a_quoted_headline_leaves_the_headline() -> None:
    a = one(
        "The two ports signed a deal.\nA fisherman mends his nets. | Credit:'Ferries are the future' says mayor\nThe deal runs."
    )
    assert any("Ferries are the future" in p for p in a.paragraphs)


@pytest.mark.parametrize("stamp", ["Updated 2 hours ago", "Updated: 2 hours ago", "Updated March 4, 2024"])
def test_a_labelled_stamp_inside_a_story_is_its_stamp_not_a_new_storys_header(stamp: str) -> None:
    page = newsclean.extract(
        "A harbour deal is signed\nThe two ports signed a deal on Monday to share their ferries, officials said.\n"
        f"{stamp}\nThe deal runs for ten years, the council said.\nIt starts in May.\n"
    )
    assert len(page.articles) == 1
    a = page.articles[0]
    assert a.published_text == stamp.split(" ", 1)[1].lstrip(": ") and len(a.paragraphs) == 3
    assert any(r.rule == "heuristic.story-stamp" and r.text == stamp for r in page.removed)


@pytest.mark.parametrize("marker", ["Related Stories", "More stories", "Related News", "Recommended"])
def test_a_closing_heading_over_stories_with_headers_opens_a_related_section(marker: str) -> None:
    page = newsclean.extract(
        "A harbour deal is signed\nThe Coast Post\n2 hours ago\nThe two ports signed a deal on Monday, officials said.\n"
        f"{marker}\nFerry fares to rise in May\nThe Isle Times\n5 hours ago\nFares on the island route will rise by a tenth.\n"
    )
    assert [(a.role, a.title, a.outlet) for a in page.articles] == [
        ("main", "A harbour deal is signed", "The Coast Post"),
        ("related", "Ferry fares to rise in May", "The Isle Times"),
    ]
    assert page.articles[1].paragraphs == ["Fares on the island route will rise by a tenth."]


def test_a_closing_heading_over_a_plain_link_list_still_ends_the_story() -> None:
    page = newsclean.extract(
        "A harbour deal is signed\nThe Coast Post\n2 hours ago\nThe two ports signed a deal on Monday, officials said.\n"
        "More stories\nFerry fares to rise in May\nLighthouse museum opens its doors\n"
    )
    assert len(page.articles) == 1 and page.articles[0].paragraphs == [
        "The two ports signed a deal on Monday, officials said."
    ]


@pytest.mark.parametrize(
    "after",
    [
        "Image: A fisherman mends his nets in Port Ellen. Credit: Reuters",
        "Photo: AFP",
        "Image: A fisherman mends his nets.  Credit: Reuters\nPhoto: EPA",
        "PORT ELLEN, SCOTLAND – APRIL 16: A fisherman mends his nets. (Photo by Jane Roe/Getty Images)",
    ],
)
def test_a_credit_closing_the_story_is_found_behind_caption_lines(after: str) -> None:
    a = one(f"The two ports signed a deal on Monday.\nThe deal runs for ten years. — Reuters\n{after}")
    assert a.credits == ["Reuters"]
    assert a.body == "The two ports signed a deal on Monday.\n\nThe deal runs for ten years."


def test_a_byline_trailer_and_credit_are_found_behind_a_caption_line() -> None:
    a = one(
        "The two ports signed a deal on Monday.\nThe deal runs for ten years. (Bernama)\n"
        "(This article was written by Jane Roe and correspondent Sam Poe.)\n"
        "Image: A fisherman mends his nets in Port Ellen. Credit: Reuters"
    )
    assert (a.byline, a.credits) == (["Jane Roe", "Sam Poe"], ["Bernama"])
    assert a.paragraphs[-1] == "The deal runs for ten years."


@pytest.mark.parametrize("tag", ["Photo: AFP", "PHOTO: REUTERS", "Picture: AP"])
def test_a_photo_credit_line_closing_a_story_is_not_a_text_credit(tag: str) -> None:
    a = one(f"The two ports signed a deal on Monday.\nThe deal runs for ten years.\n{tag}")
    assert a.credits == []
    assert a.body == "The two ports signed a deal on Monday.\n\nThe deal runs for ten years."


@pytest.mark.parametrize(("place", "rest"), [("SEOUL", "The tw"), ("PORT ELLEN", "The"), ("PORT ELLEN", "The two po")])
def test_a_page_cut_off_just_after_a_dateline_keeps_the_dateline_and_the_words_after_it(place: str, rest: str) -> None:
    page = newsclean.extract(
        f"Ports sign a deal\nA fisherman mends his nets. PHOTO: AFP {place} – {rest}", fetched_at=WHEN
    )
    a = page.articles[0]
    assert a.captions == ["A fisherman mends his nets."]
    assert a.dateline is not None and a.dateline.location == place
    assert a.body == rest


@pytest.mark.parametrize("name", ["Port Ellen", "Kessel", "New Port Ellen"])
def test_a_read_more_line_ending_on_a_name_is_cut_whole(name: str) -> None:
    a = one(f"The club won again.\nREAD MORE: Storm leaves forty homes without power in {name}\nThe end came late.")
    assert a.body.startswith("The club won again.")
    assert a.body == "The club won again.\n\nThe end came late."


def test_a_read_more_headline_glued_to_the_next_sentence_still_ends_at_that_sentence() -> None:
    a = one("The club won again. READ MORE: Storm leaves forty homes without power Separately, the coach resigned.")
    assert a.body == "The club won again. Separately, the coach resigned."


@pytest.mark.parametrize("repeat", [True, False])
@pytest.mark.parametrize("byline", ["By Jane Roe", "Written by Jane Roe"])
@pytest.mark.parametrize("meta", ["The Coast Post2 hours ago", "The Coast Post\n\ntime2 hours ago"])
def test_a_byline_between_the_title_and_the_outlets_time_is_part_of_the_header(
    repeat: bool, byline: str, meta: str
) -> None:
    title = "A harbour deal is signed after long talks"
    head = f"{title}\n\n{title}\n\n" if repeat else f"{title}\n\n"
    page = newsclean.extract(
        f"{head}{byline}\n\n{meta}\n\nThe two ports signed a deal on Monday.\nIt runs for ten years.\n"
    )
    assert len(page.articles) == 1
    a = page.articles[0]
    assert (a.title, a.outlet, a.published_text, a.byline) == (title, "The Coast Post", "2 hours ago", ["Jane Roe"])
    assert a.paragraphs == ["The two ports signed a deal on Monday.", "It runs for ten years."]


def test_a_byline_closing_a_story_stays_with_it_when_the_next_entry_follows() -> None:
    page = newsclean.extract(
        "A harbour deal is signed\n\nThe two ports signed a deal on Monday.\nBy Jane Roe\n"
        "Related Articles\n\nThe Coast Post\n5 hours ago\n- The Coast Post\nFerries add a night crossing\n"
        "The ferry company will run a night crossing on festival weekends.\n"
    )
    assert [a.byline for a in page.articles] == [["Jane Roe"], []]
    assert page.articles[1].title == "Ferries add a night crossing"


def test_a_byline_before_a_section_marker_is_not_pulled_into_the_next_sections_header() -> None:
    page = newsclean.extract(
        "A harbour deal is signed\n\nBy Jane Roe\nRelated Articles\n\nThe Coast Post\n5 hours ago\n"
        "- The Coast Post\nFerries add a night crossing\nThe ferry company will run a night crossing.\n"
    )
    assert [(a.role, a.title, a.byline) for a in page.articles] == [
        ("main", "A harbour deal is signed", ["Jane Roe"]),
        ("related", "Ferries add a night crossing", []),
    ]


@pytest.mark.parametrize(
    "caption_line", ["Image: A fisherman mends his nets in Port Ellen. Credit: Reuters", "Photo: Jane Roe/Coast Images"]
)
def test_a_pasted_headline_after_a_caption_line_is_still_cut(caption_line: str) -> None:
    headline = "Kessel farmers count the cost of the wettest spring in thirty years"
    a = one(f"The two ports signed a deal on Monday.\n{caption_line}\n{headline}\nThe deal runs for ten years.")
    assert a.paragraphs == ["The two ports signed a deal on Monday.", "The deal runs for ten years."]


@pytest.mark.parametrize(
    ("line", "outlet", "time"),
    [("Harbour 245 hours ago", "Harbour 24", "5 hours ago"), ("France 243 days ago", "France 24", "3 days ago"),
     ("Radio 145m ago", "Radio 1", "45m ago")],
)  # fmt: skip
def test_an_outlets_digits_glued_to_an_age_no_aggregator_prints_are_the_outlets(
    line: str, outlet: str, time: str
) -> None:
    a = newsclean.extract(
        f"Storm hits the coast\n\nStorm hits the coast\n\n{line}\nThe storm hit on Monday.\n"
    ).articles[0]
    assert (a.outlet, a.published_text) == (outlet, time)


@pytest.mark.parametrize(
    "line", ["Harbour 23 hours ago", "Harbour 245 weeks ago", "Harbour 2 days ago", "Harbour 190m ago"]
)
def test_a_plausible_age_after_an_outlet_is_left_as_read(line: str) -> None:
    a = newsclean.extract(
        f"Storm hits the coast\n\nStorm hits the coast\n\n{line}\nThe storm hit on Monday.\n"
    ).articles[0]
    assert (a.outlet, a.published_text) == ("Harbour", line.removeprefix("Harbour "))


def test_a_read_more_headline_before_a_sentence_opening_with_a_is_cut_there() -> None:
    a = one(
        "The club won again. READ MORE: Farmers count the cost of the wettest spring in years A group of fans cheered."
    )
    assert a.body == "The club won again. A group of fans cheered."


def test_an_author_bio_naming_an_outlet_with_a_domain_is_a_bio() -> None:
    a = one("The council met on Monday.\nJane Roe is the Farm.com's farming correspondent. She covers transport.")
    assert (a.byline, a.body) == (["Jane Roe"], "The council met on Monday.")


def test_a_byline_naming_the_headers_outlet_with_digits_names_only_the_author() -> None:
    assert split_names("Jane Roe, Harbour 24", outlet="Harbour 24") == ["Jane Roe"]


_TEASERS = (
    "WEATHER WATCH: Forecasters expect the first autumn gales to reach the coast on Tuesday, with gusts strong enough to\n"
    "SHIPYARD: The shipyard at Merrow has won an order for two research vessels, its first new order in three years\n"
)


def test_kicker_teasers_after_a_story_with_a_header_are_related_entries() -> None:
    page = newsclean.extract(
        "Ports sign a deal\n\nPorts sign a deal\n\nThe Coast Post2 hours ago\n\n"
        "The two ports signed a deal on Monday.\nIt runs for ten years. — Reuters\n" + _TEASERS
    )
    assert [(a.role, a.category) for a in page.articles] == [
        ("main", None),
        ("related", "WEATHER WATCH"),
        ("related", "SHIPYARD"),
    ]
    assert (page.articles[0].credits, page.articles[0].body) == (
        ["Reuters"],
        "The two ports signed a deal on Monday.\n\nIt runs for ten years.",
    )


@pytest.mark.parametrize("byline", ["By Jane Roe\n", ""])
def test_a_dateline_opening_the_story_is_not_a_kicker_teaser(byline: str) -> None:
    page = newsclean.extract(
        f"Ports sign a deal\n\nPorts sign a deal\n\nThe Coast Post2 hours ago\n\n{byline}"
        "NORTH BAY: The two ports signed a deal on Monday to share their pilot boats, officials said this week.\n"
        + _TEASERS
    )
    main = page.articles[0]
    assert main.dateline is not None and main.dateline.location == "NORTH BAY"
    assert main.body.startswith("The two ports signed") and len(page.articles) == 3


def test_a_credit_line_closing_a_story_is_not_the_outlet_of_the_first_related_entry() -> None:
    page = newsclean.extract(
        "Ports sign a deal\n\nThe two ports signed a deal on Monday.\nREUTERS\nRelated Articles\n\n"
        "5 hours ago\n- World\nFerries add a night crossing\nThe ferry company will run a night crossing.\n"
    )
    assert [(a.title, a.outlet, a.published_text, a.credits) for a in page.articles] == [
        ("Ports sign a deal", None, None, ["Reuters"]),
        ("Ferries add a night crossing", None, "5 hours ago", []),
    ]


def test_a_title_only_entry_before_an_entry_without_an_outlet_line_keeps_its_title() -> None:
    page = newsclean.extract(
        "Latest news with #Ports\n\nCoast Post\n3 days ago\n- Lifestyle\n- Coast Post\n"
        "Volunteers restore the old signal box\n\n\n45m ago\n- Sports\nHarbour town rebuilds its pier\n"
        "The council voted on Tuesday to rebuild the pier.\n"
    )
    assert [(a.title, a.outlet, a.published_text, a.category) for a in page.articles] == [
        ("Volunteers restore the old signal box", "Coast Post", "3 days ago", "Lifestyle"),
        ("Harbour town rebuilds its pier", None, "45m ago", "Sports"),
    ]


@pytest.mark.parametrize(
    ("text", "hours_before"),
    [("about 3 hours ago", 3), ("Yesterday at 4:15 PM", 12 + 7.75), ("today, 10:30", 1.5), ("yesterday", 24),
     ("Yesterday at 12:05 am", 24 + 11 + 55 / 60), ("just now", 0)],
)  # fmt: skip
def test_a_day_with_its_clock_and_qualified_ages_resolve(text: str, hours_before: float) -> None:
    at, needs = resolve(text, WHEN)
    assert needs and at == WHEN - timedelta(hours=hours_before)


def test_a_clock_time_past_the_day_does_not_resolve() -> None:
    assert resolve("today at 25:99", WHEN) == (None, True)


@pytest.mark.parametrize("twice", [True, False])
def test_a_title_only_story_followed_at_once_by_an_entry_with_its_title_below_stays_apart(twice: bool) -> None:
    title = "Library extends its weekend opening hours"
    head = f"{title}\n\n{title}\n\n" if twice else f"{title}\n\n"
    page = newsclean.extract(
        f"{head}Coast Post\n5 hours ago\n- Coast Post\nFerries add a night crossing\n"
        "The ferry company will run a night crossing on festival weekends.\n"
    )
    assert [(a.title, a.outlet, a.published_text) for a in page.articles] == [
        (title, None, None),
        ("Ferries add a night crossing", "Coast Post", "5 hours ago"),
    ]


def test_a_title_above_a_header_with_bullets_keeps_a_short_first_sentence_as_body() -> None:
    title = "Library extends its weekend opening hours"
    page = newsclean.extract(f"{title}\n\n{title}\n\nCoast Post\n5 hours ago\n- Coast Post\nThe library said so.\n")
    assert [(a.title, a.outlet, a.body) for a in page.articles] == [(title, "Coast Post", "The library said so.")]


_STAMP_MONTHS = [
    "Jan",
    "Feb",
    "Mar",
    "May",
    "Jun",
    "Sep",
    "Sept",
    "Dec",
    "January",
    "June",
    "sept",
    "Mayor",
    "Junk",
]  # "Mayo" is Spanish May: read since #22


@pytest.mark.parametrize("seed", range(4))
def test_the_stamp_fast_path_reads_what_dateutil_reads(seed: int) -> None:
    """The hand-written reader of common stamps answers as dateutil does, or leaves it to dateutil."""
    import random

    import regex
    from dateutil import parser

    from newsclean.timeparse import _plain_stamp

    rng = random.Random(seed)
    taken = 0
    for _ in range(1500):
        day, month, year = rng.randint(0, 33), rng.choice(_STAMP_MONTHS), rng.choice([1999, 2025, 2100])
        text = rng.choice(["", "Mon ", "Tue, ", "Sunday "]) + rng.choice(
            [f"{day} {month} {year}", f"{month} {day}, {year}", f"{month}. {day} {year}", f"{day} {month}, {year}"]
        )
        if rng.random() < 0.7:
            clock = f"{rng.randint(0, 25)}:{rng.choice([0, 5, 59, 60]):02d}"
            text += rng.choice([f" at {clock}", f", {clock}", f" {clock}"]) + rng.choice(["", "am", "pm", " AM", " PM"])
        fast = _plain_stamp(text, UTC)
        if fast is None:
            continue  # not taken: the general parser reads it
        taken += 1
        assert fast == parser.parse(regex.sub(r"\bat\b", " ", text), fuzzy=True).replace(tzinfo=UTC), text
    assert taken > 300  # the common shapes are taken, not all left to dateutil


def test_a_plain_stamp_keeps_its_zone() -> None:
    got, _ = resolve("Mon 19 May 2025 at 10:28pm", None)
    assert got == datetime(2025, 5, 19, 22, 28, tzinfo=UTC)
    got, _ = resolve("Jun 9, 2025 16:21 (JST)", None, {"JST": 9})
    assert got is not None and got.utcoffset() == timedelta(hours=9) and (got.hour, got.minute) == (16, 21)
    assert resolve("Mon 31 Feb 2025 at 10:28pm", None)[0] is None  # no such day: dateutil says so too


@pytest.mark.parametrize(
    ("line", "outlet", "time"),
    [("3h", None, "3h"), ("45m", None, "45m"), ("10 mins", None, "10 mins"),
     ("Coast Post · 3h", "Coast Post", "3h"), ("Farm.com | 2d", "Farm.com", "2d"),
     ("3 hours, 12 minutes ago", None, "3 hours, 12 minutes ago"), ("1 day 2 hours ago", None, "1 day 2 hours ago"),
     ("2025-06-10", None, "2025-06-10"), ("2025-06-10T14:30:00Z", None, "2025-06-10T14:30:00Z"),
     ("10.06.2025, 14:30 Uhr", None, "10.06.2025, 14:30 Uhr"), ("Coast Post · 10.06.2025", "Coast Post", "10.06.2025"),
     ("Coast Post | June 10, 2025 10:00 AM", "Coast Post", "June 10, 2025 10:00 AM"),
     ("4 days ago • 3 min read", None, "4 days ago"), ("Coast Post · 3h · 12 min read", "Coast Post", "3h")],
)  # fmt: skip
def test_feed_times(line: str, outlet: str | None, time: str) -> None:
    assert time_line(line) == (outlet, time)


@pytest.mark.parametrize(
    "line",
    ["Le Mans 24h", "It took 10 mins", "Die wichtigsten Ticketpreise ab 01.01.2024", "5 min read", "CNN 3h",
     "Read more", "The vote was 708 to 209", "4 days ago • read"],
)  # fmt: skip
def test_text_ending_like_a_feed_time_is_not_one(line: str) -> None:
    """A bare age or a numeric date is a time only alone or behind a separator."""
    assert time_line(line) is None


@pytest.mark.parametrize(
    ("text", "at"),
    [("3h", WHEN - timedelta(hours=3)), ("10 mins", WHEN - timedelta(minutes=10)), ("1w", WHEN - timedelta(weeks=1)),
     ("3 hours, 12 minutes ago", WHEN - timedelta(hours=3, minutes=12)),
     ("1 day 2 hours ago", WHEN - timedelta(days=1, hours=2)),
     ("2025-06-10", datetime(2025, 6, 10, tzinfo=UTC)),
     ("2025-06-10T14:30:00+02:00", datetime(2025, 6, 10, 12, 30, tzinfo=UTC)),
     ("10.06.2025, 14:30 Uhr", datetime(2025, 6, 10, 14, 30, tzinfo=UTC)),
     ("25/06/2025", datetime(2025, 6, 25, tzinfo=UTC)), ("06/25/2025 4:30 pm", datetime(2025, 6, 25, 16, 30, tzinfo=UTC)),
     ("06/10/2025", None), ("2025-13-10", None)],
)  # fmt: skip
def test_feed_times_resolve(text: str, at: datetime | None) -> None:
    """Slashed dates whose numbers could both be months stay unresolved: countries read them apart."""
    assert resolve(text, WHEN, {})[0] == at


def test_a_reading_time_after_the_time_is_chrome() -> None:
    text = "Ferries add a night crossing\n\nCoast Post\n4 days ago • 3 min read\n\nThe ferry company will run a night crossing.\n"
    page = newsclean.extract(text, fetched_at=WHEN)
    (a,) = page.articles
    assert (a.title, a.outlet, a.published_text, a.body) == (
        "Ferries add a night crossing", "Coast Post", "4 days ago", "The ferry company will run a night crossing."
    )  # fmt: skip
    (cut,) = [r for r in page.removed if r.rule == "heuristic.reading-time"]
    assert text[cut.start : cut.end] == "• 3 min read"


def test_a_feed_header_on_one_line_gives_outlet_and_time() -> None:
    text = "Ferries add a night crossing\n\nFarm.com · 2025-06-10T14:30:00Z\n\nThe ferry company will run a night crossing.\n"
    (a,) = newsclean.extract(text).articles
    assert (a.outlet, a.published_text, a.published_at) == (
        "Farm.com", "2025-06-10T14:30:00Z", datetime(2025, 6, 10, 14, 30, tzinfo=UTC)
    )  # fmt: skip


@pytest.mark.parametrize(
    ("line", "outlet", "time"),
    [("June 9, 2025 4:15 PM ET", None, "June 9, 2025 4:15 PM ET"),
     ("Updated: June 9, 2025 16:21 IST", None, "June 9, 2025 16:21 IST"),
     ("Published June 9, 2025 at 4:15 PM EDT", None, "June 9, 2025 at 4:15 PM EDT"),
     ("3 hours ago · Coast Post", "Coast Post", "3 hours ago"), ("3h • Harbour 24", "Harbour 24", "3h"),
     ("5 hours ago | By Jane Roe", "By Jane Roe", "5 hours ago")],
)  # fmt: skip
def test_zoned_stamps_and_ages_before_the_outlet(line: str, outlet: str | None, time: str) -> None:
    assert time_line(line) == (outlet, time)


@pytest.mark.parametrize(
    "line",
    ["02.11.2022 - Placebo - Stadthalle", "4 days ago • read more", "Shares rose 3 PM ET", "2024 - The year in review"],
)
def test_dates_before_a_dash_and_lowercase_tails_are_not_outlets(line: str) -> None:
    """Event and archive lines open with a date and a dash; only an age opens a feed's header."""
    assert time_line(line) is None


def test_a_zone_no_rule_file_knows_reads_as_utc_without_a_warning() -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        got, _ = resolve("June 9, 2025 4:15 PM XYZ", None, {})
    assert got == datetime(2025, 6, 9, 16, 15, tzinfo=UTC)


@pytest.mark.parametrize("stamp", ["Updated 3 hours ago", "Published: June 9, 2025", "Updated: June 9, 2025 16:21 IST"])
def test_a_labelled_stamp_under_the_headline_leaves_the_headline_the_title(stamp: str) -> None:
    (a,) = newsclean.extract(
        f"Council approves new harbour wall\n\n{stamp}\n\nThe council approved the wall on Tuesday.\n", fetched_at=WHEN
    ).articles
    assert (a.title, a.outlet, a.body) == (
        "Council approves new harbour wall",
        None,
        "The council approved the wall on Tuesday.",
    )
    assert a.published_text is not None and a.published_text in stamp and a.published_at is not None


def test_an_age_before_a_byline_gives_the_byline() -> None:
    (a,) = newsclean.extract(
        "Council approves new harbour wall\n\n5 hours ago | By Jane Roe\n\nThe council met.\n"
    ).articles
    assert (a.outlet, a.byline, a.published_text, a.body) == (None, ["Jane Roe"], "5 hours ago", "The council met.")


@pytest.mark.parametrize(
    "notice",
    [
        "(Except for the headline, this story has not been edited by Coast Post staff and is published from a syndicated feed.)",
        "This story has been published from a wire agency feed without modifications to the text.",
        "(Only the headline and picture of this report may have been reworked by the Coast Post staff; the rest is auto-generated.)",
        "Catch all the Business News and Latest News Updates on Coast Post.",
        "— With inputs from agencies",
        "(This story has not been edited by Coast Post staff and is auto-generated from a syndicated feed.)",
        "(Only the headline of this report may have been reworked by the Coast Post staff.)",
    ],
)
def test_syndication_notices_are_chrome(notice: str) -> None:
    page = newsclean.extract(
        f"Harbour wall approved\n\nCoast Post\n3 hours ago\n\nThe council approved the wall.\n{notice}\n"
    )
    (a,) = page.articles
    assert a.body == "The council approved the wall." and a.credits == []
    assert [r.rule for r in page.removed if r.text == notice] == ["common.syndication-notice"]


@pytest.mark.parametrize(
    ("ending", "credits"),
    [("(With inputs from PTI)", ["PTI"]), ("With inputs from PTI and Reuters.", ["PTI", "Reuters"]),
     ("(with inputs from PTI, agencies)", ["PTI"]), ("— With inputs from AFP/Reuters", ["AFP", "Reuters"])],
)  # fmt: skip
def test_inputs_from_agencies_are_credits(ending: str, credits: list[str]) -> None:
    (a,) = newsclean.extract(
        f"Harbour wall approved\n\nCoast Post\n3 hours ago\n\nThe council approved the wall. {ending}\n"
    ).articles
    assert (a.body, a.credits) == ("The council approved the wall.", credits)


def test_inputs_from_people_stay_in_the_story() -> None:
    text = "Harbour wall approved\n\nCoast Post\n3 hours ago\n\nThe council approved the wall with inputs from residents.\n"
    (a,) = newsclean.extract(text).articles
    assert (a.body, a.credits) == ("The council approved the wall with inputs from residents.", [])


@pytest.mark.parametrize(
    ("opening", "place", "credits"),
    [("PORT AVELIN, June 9 (IANS) ", "PORT AVELIN", ["IANS"]), ("Port Avelin, Jun 9 (PTI) ", "Port Avelin", ["PTI"]),
     ("KESSEL (PTI) ", "KESSEL", ["PTI"])],
)  # fmt: skip
def test_an_agency_dateline_without_a_dash(opening: str, place: str, credits: list[str]) -> None:
    a = one(f"{opening}The council approved the wall on Tuesday.")
    assert (a.dateline and a.dateline.location, a.credits, a.body) == (
        place,
        credits,
        "The council approved the wall on Tuesday.",
    )


@pytest.mark.parametrize("opening", ["Port Avelin (PTI) ", "KESSEL (File) ", "Jane Roe (AP) "])
def test_no_dateline_without_a_dash_unless_a_known_agency_and_for_title_case_a_date(opening: str) -> None:
    a = one(f"{opening}The council approved the wall on Tuesday.")
    assert a.dateline is None and a.body.startswith(opening.strip())


@pytest.mark.parametrize(
    "tag",
    ["[Photo/Agencies]", "[Photo by Jane Roe/chinadaily.com.cn]", "Photo credit: AFP", "Photo courtesy: Kessel Museum"],
)
def test_more_photo_tags_close_captions(tag: str) -> None:
    a = one(f"The council approved the wall on Tuesday.\nWorkers build the wall in Port Avelin. {tag}\nIt cost a lot.")
    assert (a.captions, a.paragraphs) == (
        ["Workers build the wall in Port Avelin."],
        ["The council approved the wall on Tuesday.", "It cost a lot."],
    )


@pytest.mark.parametrize("line", ["Jane Roe, Staff Writer", "Jane Roe | Senior Correspondent", "Jane Roe - Reporter"])
def test_a_name_with_the_writers_job_is_a_byline(line: str) -> None:
    a = one(f"{line}\nThe council approved the wall on Tuesday.")
    assert (a.byline, a.body) == (["Jane Roe"], "The council approved the wall on Tuesday.")


def test_a_job_title_alone_is_no_byline() -> None:
    a = one("The council approved the wall on Tuesday.\nMayor, Town Writer of the year")
    assert a.byline == []


@pytest.mark.parametrize(
    ("line", "rule"),
    [("Click here for more news", "common.click-here"),
     ("This article first appeared on Coast Post.", "common.republished-notice"),
     ("This story was originally published by Coast Post and is republished with permission.", "common.republished-notice"),
     ("A version of this story appeared in Coast Post.", "common.republished-notice"),
     ("Disclaimer: The views expressed in this article are those of the author.", "common.republished-notice"),
     ("(Views expressed are personal)", None),
     ("Stay updated with the latest news on Coast Post.", "common.promo"),
     ("Don't miss: Ferries add a night crossing", "heuristic.read-more"),
     ("First Published: 09 Jun 2025, 10:21 AM IST", "heuristic.story-stamp"),
     ("Last Updated: June 9, 2025 | 10:21 IST", "heuristic.story-stamp")],
)  # fmt: skip
def test_notices_links_and_stamps_inside_a_story_leave_it(line: str, rule: str | None) -> None:
    text = f"Harbour wall approved\n\nCoast Post\n3 hours ago\n\nThe council approved the wall.\n{line}\nIt cost a lot, the mayor said.\n"
    page = newsclean.extract(text, fetched_at=WHEN)
    (a,) = page.articles
    assert a.paragraphs == ["The council approved the wall.", "It cost a lot, the mayor said."]
    if rule is not None:
        assert rule in {r.rule for r in page.removed if line.startswith(r.text[:10])}


@pytest.mark.parametrize("tag", ["(Representative image)", "(Image for representation purposes only)", "(File photo)"])
def test_representation_tags_close_captions(tag: str) -> None:
    a = one(f"The council approved the wall on Tuesday.\nWorkers build the wall in Port Avelin. {tag}\nIt cost a lot.")
    assert a.captions == ["Workers build the wall in Port Avelin."]


def test_feed_entries_keep_the_headline_above_their_outlet_and_time() -> None:
    """Three alike entries, each with its own header, and no lead story: a listing (#18)."""
    text = (
        "Council approves new harbour wall\nCoast Post · 3h\nThe council approved the wall on Tuesday.\n\n"
        "Orchard growers test frost fans on the slopes\nFarm.com · 5h\nGrowers in Kessel tested frost fans.\n\n"
        "Ferry operator adds a night crossing\nHarbour 24 · 1d\n"
    )
    page = newsclean.extract(text, fetched_at=WHEN)
    assert page.kind == "listing"
    assert [(a.role, a.title, a.outlet, a.published_text, a.body) for a in page.articles] == [
        (
            "listing",
            "Council approves new harbour wall",
            "Coast Post",
            "3h",
            "The council approved the wall on Tuesday.",
        ),
        (
            "listing",
            "Orchard growers test frost fans on the slopes",
            "Farm.com",
            "5h",
            "Growers in Kessel tested frost fans.",
        ),
        ("listing", "Ferry operator adds a night crossing", "Harbour 24", "1d", ""),
    ]


def test_a_sentence_above_a_feed_header_stays_with_the_story_before() -> None:
    """Only a headline (no closing full stop) is taken as the next entry's title."""
    text = "Council approves new harbour wall\nCoast Post · 3h\nThe council approved the wall.\nIt cost a lot.\nFarm.com · 5h\n"
    first = newsclean.extract(text, fetched_at=WHEN).articles[0]
    assert first.paragraphs == ["The council approved the wall.", "It cost a lot."]


@pytest.mark.parametrize(
    "line", ["By Jane Roe For Dailymail.com", "By Jane Roe | Updated: June 9, 2025 10:21 IST", "By Jane Roe In Seoul"]
)
def test_a_byline_keeps_only_the_name(line: str) -> None:
    a = one(f"{line}\nThe council approved the wall on Tuesday.")
    assert (a.byline, a.body) == (["Jane Roe"], "The council approved the wall on Tuesday.")


def test_a_call_to_follow_the_author_is_chrome() -> None:
    a = one("The council approved the wall on Tuesday.\nFollow Jane Roe on Twitter @janeroe")
    assert a.body == "The council approved the wall on Tuesday."


def test_an_outlet_line_above_a_labelled_stamp_stays_the_outlet() -> None:
    text = "Council approves new harbour wall\n\nCoast Post\nUpdated 3 hours ago\n\nThe council approved the wall.\n"
    (a,) = newsclean.extract(text, fetched_at=WHEN).articles
    assert (a.title, a.outlet, a.published_text, a.paragraphs) == (
        "Council approves new harbour wall", "Coast Post", "3 hours ago", ["The council approved the wall."]
    )  # fmt: skip


def test_outlets_and_headlines_in_scripts_without_case() -> None:
    """Devanagari and CJK have no capitals: an outlet line in them is still an outlet."""
    text = (
        "logo\nदिल्ली में बारिश से जलभराव\n\nदिल्ली में बारिश से जलभराव\n\nअमर उजाला\n\ntime3 days ago\n\n  • अमर उजाला\n\n"
        "दिल्ली में बारिश से जलभराव\n\nदिल्ली में सोमवार को भारी बारिश हुई।\n\nRelated Articles\n\n東京で大雨\n東京で大雨\n\n"
        "朝日新聞\n\ntime5 hours ago\n\n  • 朝日新聞\n\n東京で大雨\n\n東京では月曜日に大雨が降った。\n"
    )
    page = newsclean.extract(text, fetched_at=WHEN)
    assert [(a.role, a.title, a.outlet, a.published_text, a.body) for a in page.articles] == [
        ("main", "दिल्ली में बारिश से जलभराव", "अमर उजाला", "3 days ago", "दिल्ली में सोमवार को भारी बारिश हुई।"),
        ("related", "東京で大雨", "朝日新聞", "5 hours ago", "東京では月曜日に大雨が降った。"),
    ]


def test_readers_comments_under_the_comment_box_are_chrome() -> None:
    text = (
        "Council approves new harbour wall\n\nCoast Post3 hours ago\nThe council approved the wall.\nComments\n"
        "Jane R.\n2 hours ago\nGreat news for the town, finally!\nRelated Articles\n\nFerries add a night crossing\n"
        "Ferries add a night crossing\n\nFarm Weekly\n\ntime5 hours ago\n\n  • Farm Weekly\n\nFerries add a night crossing\n\n"
        "The ferry company will add a crossing.\n"
    )
    page = newsclean.extract(text, fetched_at=WHEN)
    assert [(a.role, a.title, a.body) for a in page.articles] == [
        ("main", "Council approves new harbour wall", "The council approved the wall."),
        ("related", "Ferries add a night crossing", "The ferry company will add a crossing."),
    ]
    assert [r.text for r in page.removed if r.rule == "heuristic.comment-thread"] == [
        "Jane R.", "2 hours ago", "Great news for the town, finally!"
    ]  # fmt: skip


def test_the_horizontal_bar_sets_off_datelines_and_credits() -> None:
    a = one("SEOUL ― The council approved the wall. ― Reuters")
    assert (a.dateline and a.dateline.location, a.credits, a.body) == (
        "SEOUL",
        ["Reuters"],
        "The council approved the wall.",
    )


def test_a_section_after_the_outlet_and_time_is_the_category() -> None:
    (a,) = newsclean.extract(
        "Council approves new harbour wall\nCoast Post · 3h · World News\nThe council met.\n"
    ).articles
    assert (a.outlet, a.published_text, a.category, a.body) == ("Coast Post", "3h", "World News", "The council met.")


def test_a_header_cut_off_before_its_bullets_leaves_the_title_above_to_the_entry_before() -> None:
    """Daily8's compact entries print their title under the bullets; a page cut off right
    after the next entry's time must not hand that title to the next entry."""
    text = (
        "A headline for the page\nThe story itself.\nRelated Articles\n\n\nCoast Post\n22 minutes ago\n- Coast Post\n"
        "Ferries add a night crossing\n\nFarm Weekly\n27 minutes ago"
    )
    page = newsclean.extract(text, fetched_at=WHEN)
    assert [(a.role, a.title, a.outlet, a.published_text) for a in page.articles] == [
        ("main", "A headline for the page", None, None),
        ("related", "Ferries add a night crossing", "Coast Post", "22 minutes ago"),
        ("related", None, "Farm Weekly", "27 minutes ago"),
    ]


@pytest.mark.parametrize("line", ["News from Japan Jun 9, 2025 16:21 (JST", "Jun 9, 2025 16:21 JST)"])
def test_a_zone_cut_in_half_makes_no_time_line(line: str) -> None:
    """A page cut off inside "(JST)" leaves text, not a new entry's outlet and time."""
    assert time_line(line) is None


@pytest.mark.parametrize(
    ("line", "rule"),
    [("CLICK HERE TO GET THE COAST POST APP", "common.click-here"), ("[Click here to subscribe]", "common.click-here"),
     ("Story continues", "common.ad-continue"), ("Get the latest news delivered to your inbox", "common.promo"),
     ("Like us on Facebook", "common.promo")],
)  # fmt: skip
def test_more_calls_and_widgets_are_chrome(line: str, rule: str) -> None:
    page = newsclean.extract(
        f"Harbour wall approved\n\nCoast Post\n3 hours ago\n\nThe council met.\n{line}\nIt cost a lot.\n"
    )
    assert page.articles[0].paragraphs == ["The council met.", "It cost a lot."]
    assert [r.rule for r in page.removed if r.text == line] == [rule]


@pytest.mark.parametrize(
    ("ending", "credits"),
    [
        ("The Associated Press contributed to this report.", ["AP"]),
        ("Reuters and AFP contributed to this report.", ["Reuters", "AFP"]),
    ],
)
def test_an_agency_that_contributed_is_credited(ending: str, credits: list[str]) -> None:
    a = one(f"The council approved the wall on Tuesday. It rained.\n{ending}")
    assert (a.credits, a.body) == (credits, "The council approved the wall on Tuesday. It rained.")


def test_a_person_who_contributed_stays_in_the_story() -> None:
    a = one("The council approved the wall on Tuesday.\nJane Roe contributed to this report.")
    assert a.credits == [] and a.paragraphs[-1] == "Jane Roe contributed to this report."


@pytest.mark.parametrize("label", ["Why it matters: ", "What happened: ", "The big picture: ", "Driving the news: "])
def test_a_briefs_lead_in_label_is_cut_and_its_sentence_kept(label: str) -> None:
    sentence = "The ferry operator will add a late crossing from the north pier in June."
    page = newsclean.extract(
        f"The river rose two metres overnight.\n{label}{sentence}\nCrews worked through the night."
    )
    assert sentence in page.articles[0].paragraphs
    assert [(r.rule, r.text) for r in page.removed] == [("heuristic.brief-label", label.strip())]


@pytest.mark.parametrize(
    "line",
    [
        "Here is why it matters: the ferry is the only link to the island.",
        "Why it matters to the islanders is plain, the councillor said.",
        "What happened next surprised the harbour master.",
        "The big picture shows a harbour in decline, the report said.",
    ],
)
def test_a_lead_in_phrase_inside_a_story_sentence_is_kept(line: str) -> None:
    page = newsclean.extract(f"The river rose two metres overnight.\n{line}\nCrews worked through the night.")
    assert line in page.articles[0].paragraphs and not page.removed


def test_a_coverage_meter_is_chrome_on_its_site_only() -> None:
    meter = "69% of sources are Original Reporting"
    text = f"The river rose two metres overnight.\n{meter}\nCrews worked through the night."
    on_site = newsclean.extract(text, url="https://ground.news/article/river-rises")
    assert [r.rule for r in on_site.removed if r.text == meter] == ["web.source-meter"]
    elsewhere = newsclean.extract(text, url="https://harbour.example/river-rises")
    assert not [r for r in elsewhere.removed if r.text == meter]


@pytest.mark.parametrize(
    ("line", "outlet", "time"),
    [("The Coast Post39 days ago", "The Coast Post", "39 days ago"),
     ("Valley Times120 days ago", "Valley Times", "120 days ago")],
)  # fmt: skip
def test_an_age_of_more_than_a_month_of_days_is_one_age(line: str, outlet: str, time: str) -> None:
    a = newsclean.extract(
        f"Storm hits the coast\n\nStorm hits the coast\n\n{line}\nThe storm hit on Monday.\n"
    ).articles[0]
    assert (a.outlet, a.published_text) == (outlet, time)


@pytest.mark.parametrize("by", ["By Jane Roe, Portwick", "By Jane Roe and Sam Poe, Portwick", "BY JANE ROE, PORTWICK"])
def test_the_writers_town_after_the_names_is_no_writer(by: str) -> None:
    """ "By Jane Roe, Portwick": the reporter's town closing a byline is no second writer, on
    an aggregator's reprint and under a listing's titles alike; every letter is accounted for
    (the byline's label, "and" and the town are recorded as removed on the listing)."""
    from tests.letters import lost_letters

    want = ["jane roe", "sam poe"] if "Sam" in by else ["jane roe"]
    body = "The two ports signed a deal on Monday to share their ferries, officials said."
    reprint = (
        f"logo\nA harbour deal is signed\n\nA harbour deal is signed\n\nThe Coast Post2 hours ago\n\n{by}\n\n{body}\n"
    )
    titles = ["A harbour deal is signed", "Orchard growers test frost fans", "Old mill to become a library"]
    listing = "".join(f"{t}\n{by}\n{body}\n\n" for t in titles)
    for text, url in ((reprint, None), (listing, "https://coastpost.example/tag/harbour")):
        page = newsclean.extract(text, url=url)
        assert all([n.casefold() for n in a.byline] == want for a in page.articles)
        assert lost_letters(newsclean.normalize(text), page) == []


def test_a_one_word_name_among_one_word_names_and_an_agency_after_a_writer_stay() -> None:
    """Near misses: an agency after the writer is the story's credit, and names that are all
    one word are names."""
    from newsclean.names import writers_town

    assert writers_town(["Jane Roe", "Portwick"]) == "Portwick"
    assert writers_town(["Anaya", "Beatriz"]) is None and writers_town(["Jane Roe", "Sam Poe"]) is None
    reprint = "logo\nA harbour deal is signed\n\nThe Coast Post2 hours ago\n\nBy Jane Roe, Reuters\n\nThe two ports signed a deal.\n"
    a = newsclean.extract(reprint).articles[0]
    assert (a.byline, a.credits) == (["Jane Roe"], ["Reuters"])


@pytest.mark.parametrize(
    ("opening", "byline", "place"),
    [
        ("By Jane Roe (Reuters) – ", ["Jane Roe"], None),
        ("By Jane Roe and Sam Poe (Bloomberg) -- ", ["Jane Roe", "Sam Poe"], None),
        ("By Jane Roe PORTWICK (Reuters) - ", ["Jane Roe"], "PORTWICK"),  # near miss: the place stays the dateline
    ],
)
def test_a_byline_before_the_wires_bracket_keeps_its_last_name(
    opening: str, byline: list[str], place: str | None
) -> None:
    """A wire story reprinted with its byline glued before "(Reuters) –" (fijitimes.com's
    Reuters feed): the writer's last name is no dateline, the wire is the credit."""
    body = "The two ports signed a deal on Monday to share their ferries, officials said."
    text = f"logo\nA harbour deal is signed\n\nThe Coast Post2 hours ago\n\n{opening}{body}\n"
    a = newsclean.extract(text).articles[0]
    assert a.byline == byline
    assert a.credits and a.credits[0] in ("Reuters", "Bloomberg")
    assert (a.dateline.location if a.dateline else None) == place
    assert a.paragraphs == [body]


@pytest.mark.parametrize("stamp", ["09 Jul 2025 05:04pm", "July 9, 2025 5:04 PM", "9 July 2025"])
def test_the_reprinted_storys_bare_date_under_its_standfirst_does_not_split_the_story(stamp: str) -> None:
    """A reprint's own stamp alone on its line under the standfirst, inside the story the
    aggregator's outlet-and-age header opened: the story's stamp (removed, the header's time
    stands), not a related entry's header taking the next paragraph for its title."""
    first = "PORTWICK - The two ports signed a deal on Monday to share their ferries, officials said."
    text = (
        "logo\nA harbour deal is signed\n\nThe Coast Post2 hours ago\n\n"
        f"The ports will share their ferries for ten years.\n{stamp}\n{first}\nThe deal runs for ten years.\n"
    )
    page = newsclean.extract(text)
    assert [a.role for a in page.articles] == ["main"]
    a = page.articles[0]
    assert a.published_text == "2 hours ago"
    assert a.paragraphs[-1] == "The deal runs for ten years."
    assert [r.text for r in page.removed if r.rule == "heuristic.story-stamp"] == [stamp]


def test_a_second_age_header_inside_the_story_still_opens_an_entry() -> None:
    """Near miss: an outlet's age under a title is an aggregator's header, not a stamp."""
    text = (
        "logo\nA harbour deal is signed\n\nThe Coast Post2 hours ago\n\nThe two ports signed a deal on Monday.\n\n"
        "Orchard growers test frost fans\n\nValley Ledger5 hours ago\n\nGrowers tested frost fans on Monday.\n"
    )
    page = newsclean.extract(text)
    assert [(a.title, a.outlet) for a in page.articles] == [
        ("A harbour deal is signed", "The Coast Post"),
        ("Orchard growers test frost fans", "Valley Ledger"),
    ]


@pytest.mark.parametrize(
    ("opening", "byline", "first"),
    [
        ("By: Jane Roe, Sam Poe Text Size: The harbour team won three awards.", ["Jane Roe", "Sam Poe"], "The harbour"),
        (
            "By Jane Roe, Sam Poe and Ted Yu The council approved the plan.",
            ["Jane Roe", "Sam Poe", "Ted Yu"],
            "The council",
        ),
        ("By Jane Roe, Sam Poe The Daily Harbour team won three awards.", ["Jane Roe", "Sam Poe"], "The Daily"),
        # near misses: a role and a credential after the comma are no second writer
        ("By Jane Roe, Deputy Editor The board met on Monday.", ["Jane Roe"], "The board"),
    ],
)
def test_writers_listed_with_commas_before_the_story_are_all_bylines(
    opening: str, byline: list[str], first: str
) -> None:
    """ "By: Jane Roe, Sam Poe Text Size: ..." (Daily Express Sabah's pages reprinted by
    Daily8): every listed writer is a byline and the story opens after the last one."""
    text = f"logo\nA harbour deal is signed\n\nThe Coast Post2 hours ago\n\n{opening}\nThe vote was close.\n"
    a = newsclean.extract(text).articles[0]
    assert a.byline == byline
    assert a.body.startswith(first)


def test_a_credential_after_the_comma_is_no_listed_writer() -> None:
    """Near miss: "MD" after the writer's name opens no second name ("MD Sam Poe")."""
    text = "logo\nA harbour deal is signed\n\nThe Coast Post2 hours ago\n\nBy Jane Roe, MD Sam Poe/The Harbour Times Less helps.\n"
    a = newsclean.extract(text).articles[0]
    assert not any("MD" in name for name in a.byline)


def test_two_bare_dates_in_the_reprint_are_its_stamps_but_a_playlists_rows_are_not() -> None:
    """A reprint may print its stamp twice (first published, then updated) on lines of their
    own; fewer than a playlist's rows of bare dates are stamps (the playlist case is
    tests/test_video_playlist.py)."""
    first = "The two ports signed a deal on Monday to share their ferries, officials said."
    text = (
        "logo\nA harbour deal is signed\n\nThe Coast Post2 hours ago\n\n"
        f"The ports will share their ferries for ten years.\n9 July 2025\n{first}\n10 July 2025\nThe deal runs on.\n"
    )
    page = newsclean.extract(text)
    assert [a.role for a in page.articles] == ["main"]
    assert [r.text for r in page.removed if r.rule == "heuristic.story-stamp"] == ["9 July 2025", "10 July 2025"]
