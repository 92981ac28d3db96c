"""Article-side shapes of the label42 round (hosts nobody had tuned on): fields of a story's
own header and chrome inside a story. Pages from ``tests.stories`` (sentences written for
the tests)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsclean.dates import parse_date
from newsclean.timeparse import time_line
from tests.stories import S1, S2, S3, S4, T1, T2, T3, extract_at, removed


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("/ 04:33 AM June 09, 2025", "04:33 AM June 09, 2025"),
        ("/ 9 de junio de 2025 / 10:49", "9 de junio de 2025 / 10:49"),
    ],
)
def test_a_stamp_behind_an_empty_author_slot_is_published(stamp: str, published: str) -> None:
    page = extract_at(f"{T1}\n\n{stamp}\n\n{S1}\n\n{S4}\n", None)
    (a,) = page.articles
    assert a.published_text == published
    assert a.body == f"{S1}\n\n{S4}"


@pytest.mark.parametrize("line", ["/ Harbour 24 3 hours ago", "/ Notes / 10:49", "/ June 9, 2025 / 29:70", "/ "])
def test_a_slash_line_that_is_no_bare_stamp_is_no_time(line: str) -> None:
    # near misses: an outlet before the time, a word before the clock, no clock, nothing
    assert time_line(line) is None


def test_a_slashed_line_of_prose_stays_in_the_body() -> None:
    lead = "/ Dispatches from the quay, week nine"
    page = extract_at(f"{T1}\n\n{S1}\n\n{lead}\n\n{S4}\n", None)
    (a,) = page.articles
    assert a.published_text is None
    assert lead in a.body


# --- a wire named as the author, or with its word for "news agency", in brackets -------------


def test_a_wire_with_its_agency_word_in_brackets_opens_the_dateline() -> None:
    page = extract_at(f"{T1}\n\nPortwick (dts Nachrichtenagentur) – {S1}\n\n{S4}\n", None)
    (a,) = page.articles
    assert a.dateline is not None and a.dateline.location == "Portwick"
    assert a.credits == ["dts Nachrichtenagentur"]
    assert a.body == f"{S1}\n\n{S4}"


@pytest.mark.parametrize("opening", ["Portwick (dpa Kessel) – ", "Mira Lund (dts Nachrichtenagentur) – "])
def test_an_unknown_bracket_or_a_name_before_the_wire_is_no_dateline(opening: str) -> None:
    # near misses: a known wire's name with a word that is no agency's, and two words before it
    page = extract_at(f"{T1}\n\n{opening}{S1}\n\n{S4}\n", None)
    (a,) = page.articles
    assert a.dateline is None
    assert a.body.startswith(opening.rstrip())


WIRE_AUTHOR_URL = "https://news.portwick.example/author/reuters/page/2/"


def _wire_author_page(name: str) -> str:
    return f"{name}\n\n" + "".join(f"{t}\n\n{s}\n\n" for t, s in ((T1, S1), (T2, S2), (T3, S3)))


def test_a_wire_heading_its_author_page_is_every_entrys_credit() -> None:
    page = extract_at(_wire_author_page("Reuters"), WIRE_AUTHOR_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert all(a.credits == ["Reuters"] and a.byline == [] for a in page.articles)


def test_a_writer_heading_her_author_page_is_every_entrys_byline() -> None:
    # near miss: a person's name over the list is the entries' writer
    page = extract_at(_wire_author_page("Mira Lund"), "https://news.portwick.example/author/mira-lund/page/2/")
    assert [a.title for a in page.articles] == [T1, T2, T3]
    assert all(a.byline == ["Mira Lund"] and a.credits == [] for a in page.articles)


# --- a theme's labels left without their values ----------------------------------------------


def test_a_french_follow_label_over_the_story_is_no_title() -> None:
    page = extract_at(f"Rejoignez-nous\n\n{T1}\n\n{S1}\n\n{S4}\n", None)
    (a,) = page.articles
    assert a.title == T1
    assert "Rejoignez-nous" not in a.body
    assert any(r.rule == "web.interface-line" and r.text == "Rejoignez-nous" for r in page.removed)


def test_an_invitation_to_join_stays_in_the_story() -> None:
    # near miss: the words open a sentence of the story
    line = "Rejoignez-nous samedi sur le quai pour la fête du port, a dit le maire."
    page = extract_at(f"{T1}\n\n{S1}\n\n{line}\n\n{S4}\n", None)
    (a,) = page.articles
    assert line in a.body


def test_the_stamp_labels_left_empty_are_chrome() -> None:
    page = extract_at(f"{T1}\n\nPublié\n\nle\n\n{S1}\n\n{S4}\n", None)
    (a,) = page.articles
    assert a.body == f"{S1}\n\n{S4}"
    assert [r.text for r in page.removed if r.rule == "web.bare-stamp-label"] == ["Publié", "le"]


def test_a_modified_label_over_its_date_gives_the_date_to_the_story() -> None:
    text = f"{T1}\n\nPublished - Monday, 9 June, 2025\nLast Modified:\nMonday, 9 June, 2025\n\n{S1}\n\n{S4}\n"
    page = extract_at(text, None)
    (a,) = page.articles
    assert a.published_text == "Monday, 9 June, 2025"
    assert a.body == f"{S1}\n\n{S4}"


def test_a_sentence_about_a_modification_stays() -> None:
    # near miss: the label's words opening a sentence of the story
    line = "Last modified in June, the plan now includes a second ferry berth."
    page = extract_at(f"{T1}\n\n{S1}\n\n{line}\n\n{S4}\n", None)
    (a,) = page.articles
    assert line in a.body


# --- a post header's counters opening the page -----------------------------------------------


def test_counters_opening_the_page_are_no_story() -> None:
    page = extract_at(f"0\n4127\n\n{T1}\n\n{S1}\n\n{S4}\n", None)
    (a,) = page.articles
    assert a.title == T1
    assert a.body == f"{S1}\n\n{S4}"
    assert removed(page, "heuristic.page-counters") == ["0", "4127"]


def test_a_lone_number_opening_the_page_stays() -> None:
    # near miss: one number over the headline (an issue's or a rank's) is no header's counters
    page = extract_at(f"7\n\n{T1}\n\n{S1}\n\n{S4}\n", None)
    assert removed(page, "heuristic.page-counters") == []


# --- a Japanese headline's series tag and its photo link -------------------------------------

JA_TITLE = "港町の議会が新しいフェリーターミナル計画を承認"
JA_S1 = "港町の議会は火曜日、東の岸壁に新しいフェリーターミナルを建設する計画を承認したと当局者が明らかにした。"
JA_S2 = "ターミナルの建設には三年かかり、島々への航路に使われる予定だと議長は記者団に語った。"


def test_a_series_tag_closing_a_japanese_headline_is_its_category() -> None:
    page = extract_at(f"{JA_TITLE}【港湾ノート】\n\n{JA_S1}\n\n{JA_S2}\n", None)
    (a,) = page.articles
    assert (a.title, a.category) == (JA_TITLE, "港湾ノート")


def test_a_bracket_inside_a_japanese_headline_stays() -> None:
    # near miss: the tag is the headline's own word when the headline goes on after it
    title = "港町の議会が【続報】フェリー計画を承認"
    page = extract_at(f"{title}\n\n{JA_S1}\n\n{JA_S2}\n", None)
    (a,) = page.articles
    assert (a.title, a.category) == (title, None)


def test_the_photo_link_over_the_headline_again_is_chrome() -> None:
    page = extract_at(f"{JA_TITLE}\n\n{JA_S1}\n\n【写真を見る】{JA_TITLE}\n\n{JA_S2}\n", None)
    (a,) = page.articles
    assert a.body == f"{JA_S1}\n\n{JA_S2}"
    assert removed(page, "web.media-link") == [f"【写真を見る】{JA_TITLE}"]


def test_a_sentence_with_the_photo_link_inside_stays() -> None:
    # near miss: the link glued inside a paragraph is no line of its own
    line = f"{JA_S1}【写真を見る】{JA_S2}"
    page = extract_at(f"{JA_TITLE}\n\n{line}\n\n{JA_S2}\n", None)
    (a,) = page.articles
    assert removed(page, "web.media-link") == []
    assert JA_S1 in a.body


# --- a clock printed before its numeric date -------------------------------------------------

_FETCHED = datetime(2025, 10, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    ("stamp", "when"),
    [
        ("17:00, 03.10.2025", datetime(2025, 10, 3, 17, tzinfo=UTC)),
        ("10:08 21/03/2018", datetime(2018, 3, 21, 10, 8, tzinfo=UTC)),
        ("10:08 03/04/2018", None),  # either number may be the month: unread, never guessed
    ],
)
def test_a_clock_before_a_numeric_date_reads_it_as_printed_date_first(stamp: str, when: datetime | None) -> None:
    assert parse_date(stamp, fetched_at=_FETCHED) == when


def test_the_date_printed_first_reads_the_same() -> None:
    # near miss: the usual order, read as before
    assert parse_date("03.10.2025, 17:00", fetched_at=_FETCHED) == datetime(2025, 10, 3, 17, tzinfo=UTC)


# --- a Russian tag line ------------------------------------------------------------------------

RU_S1 = "Совет порта во вторник одобрил план строительства нового паромного терминала, сообщили чиновники."


def test_a_russian_tag_line_is_chrome() -> None:
    page = extract_at(f"{T1}\n\nТэги: гавань, паромы, совет порта\n\n{RU_S1}\n\n{S4}\n", None)
    (a,) = page.articles
    assert a.body == f"{RU_S1}\n\n{S4}"
    assert removed(page, "web.tags") == ["Тэги: гавань, паромы, совет порта"]


def test_a_sentence_about_tags_stays() -> None:
    # near miss: the word in a sentence with its full stop is the story's
    line = "Теги: так моряки называют флажки на мачтах, сказал капитан."
    page = extract_at(f"{T1}\n\n{RU_S1}\n\n{line}\n\n{S4}\n", None)
    (a,) = page.articles
    assert line in a.body
