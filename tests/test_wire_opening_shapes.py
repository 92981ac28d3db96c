"""A story's opening cut off by the page's end after its title-case dateline with the wire in
brackets ("Kessel (dpa) – Der Rat ...") is the story's text, not a headline: the line above
it is the entry's title. Every story and name here is invented."""

from __future__ import annotations

from letters import lost_letters

import newsclean

URL = "https://www.harbour-zeitung.example/nachrichten/politik/"

_ENTRIES = [
    (
        "Hafenrat stimmt für neue Fähre",
        "Kessel (dpa) – Der Hafenrat hat am Dienstag mit großer Mehrheit den Bau einer neuen Fähre "
        "beschlossen. Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern.",
    ),
    (
        "Bibliothek verlängert Öffnungszeiten",
        "Lindau (dpa) – Die Stadtbibliothek bleibt vom kommenden Monat an bis zehn Uhr abends geöffnet. "
        "Der Stadtrat hatte dafür zusätzliche Mittel freigegeben.",
    ),
    (
        "Fischer melden frühen Saisonstart",
        "Nordhafen (dpa) – Die Fischer der Küste sind in diesem Jahr eine Woche früher ausgelaufen als "
        "üblich. Grund ist der milde Februar, teilte der Verband mit.",
    ),
]
_LAST_TITLE = "Landesregierung berät über Schulbau"


def _page(last_opening: str) -> str:
    blocks = [f"{title}\n\n{body}" for title, body in _ENTRIES]
    blocks.append(f"{_LAST_TITLE}\n\n{last_opening}")
    return "\n\n".join(blocks) + "\n"


def test_a_cut_opening_after_a_bracketed_wire_dateline_is_the_last_storys_text() -> None:
    text = _page("Kessel (dpa) – In Kessel haben am Nachmi")
    page = newsclean.extract(text, url=URL)
    assert [a.title for a in page.articles] == [t for t, _ in _ENTRIES] + [_LAST_TITLE]
    last = page.articles[-1]
    assert last.body == "In Kessel haben am Nachmi"
    assert last.dateline is not None and last.dateline.location == "Kessel"
    assert page.articles[-2].body.endswith("teilte der Verband mit.")
    assert lost_letters(text, page) == []


def test_a_title_case_headline_after_a_place_and_a_dash_stays_a_headline() -> None:
    """Near miss: a place before a dash with no wire in brackets may open a headline."""
    text = _page("Kessel – Die Stadt Und Ihr Hafen")
    page = newsclean.extract(text, url=URL)
    assert page.articles[-1].title == "Kessel – Die Stadt Und Ihr Hafen"
