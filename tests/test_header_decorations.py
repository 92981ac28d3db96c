"""Title decorations the page's entries share, on a page read by an aggregator's headers."""

from __future__ import annotations

import newsclean

URL = "https://www.daily8.com/en/article/5e5e5e5e5e5e"


def _page(form: str) -> str:
    titles = [
        "Ferry timetable changes for the winter",
        "Coast road closes for bridge repairs",
        "Council votes to fund the new harbour wall",
    ]
    t = [form.format(t=x) for x in titles]
    return (
        f"{t[0]}\n\nHarbour Gazette2 hours ago\n\n"
        "The island ferry will sail twice a day from November, the operator said on Friday.\n\n"
        "Try Our AI Features\nRelated Articles\n\n"
        f"Coast Post\n3 hours ago\n- Coast Post\n{t[1]}\n"
        "The coast road will close for two weeks while the bridge is repaired.\n\n\n"
        f"Valley Times\n5 hours ago\n- Valley Times\n{t[2]}\n"
        "Councillors voted late on Tuesday to fund the wall after a winter of storms.\n"
    )


def test_a_section_on_every_title_leaves_the_titles() -> None:
    page = newsclean.extract(_page("{t} | Motoring"), url=URL)
    assert [a.title for a in page.articles] == [
        "Ferry timetable changes for the winter",
        "Coast road closes for bridge repairs",
        "Council votes to fund the new harbour wall",
    ]
    assert [(a.outlet, a.category) for a in page.articles] == [
        ("Harbour Gazette", "Motoring"),
        ("Coast Post", "Motoring"),
        ("Valley Times", "Motoring"),
    ]


def test_a_section_on_every_title_over_a_story_naming_no_outlet() -> None:
    """The header of the page's own story names no outlet: the name is still the section
    the other entries' headers show it to be, not the story's outlet."""
    text = _page("{t} : Wellbeing").replace("Harbour Gazette2 hours ago", "2 hours ago")
    main = newsclean.extract(text, url=URL).articles[0]
    assert (main.title, main.outlet, main.category) == ("Ferry timetable changes for the winter", None, "Wellbeing")


def test_a_decoration_on_one_title_stays() -> None:
    """Near miss: words after a separator on one title only are the headline's own."""
    text = _page("{t}").replace("Coast road closes for bridge repairs", "Coast road closes for bridge repairs - again")
    titles = [a.title for a in newsclean.extract(text, url=URL).articles]
    assert "Coast road closes for bridge repairs - again" in titles
