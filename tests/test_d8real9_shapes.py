"""Shapes of real Daily8 pages (issues 18 and 19, round d8real9): each was seen on stored Daily8
pages of two outlets or more; the pages here are invented, laid out as Daily8 prints a reprint
(logo, the title twice, the outlet glued to its age, the body, Daily8's widgets under it), and a
near miss of each shape is kept."""

from __future__ import annotations

from stories import P1, P2, removed
from stories import daily8_reprint as daily8

# --- A photo credit run into the story's dateline ----------------------------------------------------

CAPTION = "Harbour master Ilse Marren (centre) with the crew of the new pilot boat at the quay."
OPENING = "The harbour board has bought two pilot boats to guide ships through the new channel."


def test_a_credit_in_capitals_stops_at_the_datelines_known_place() -> None:
    """The Star reprinting the Straits Times: "<caption> -- ST PHOTO: NAME SINGAPORE (The
    Straits Times/ANN): <story>"; the credit took the place and the dateline was lost."""
    page, a = daily8(f"{CAPTION} -- ST PHOTO: ORLA VARDEN SINGAPORE (The Straits Times/ANN): {OPENING}\n{P1}")
    assert a.captions == [CAPTION]
    assert a.dateline is not None and a.dateline.location == "SINGAPORE"
    assert a.paragraphs[0] == OPENING
    assert removed(page, "heuristic.caption-credit") == ["-- ST PHOTO: ORLA VARDEN"]


def test_a_photo_by_credit_never_eats_the_dateline_and_story_after_it() -> None:
    """Sinar Daily via Daily8: "<caption> - Photo by Bernama KUALA LUMPUR - <story cut off>"; a
    story of capitalised words ("Prime Minister Datuk Seri ...") read as the credit's name and
    went with it."""
    cut = "KUALA LUMPUR - Prime Minister Datuk Seri Orla Varden Opens"
    page, a = daily8(f"{P1}\n{CAPTION} - Photo by Bernama {cut}")
    assert a.captions == [CAPTION]
    assert removed(page, "heuristic.caption-credit") == ["- Photo by Bernama"]
    assert cut in a.body


def test_a_photographers_name_in_capitals_is_kept_whole_before_a_story() -> None:
    """Near miss: a name of capitals with no place after it stays the credit, and a place
    the rule files do not know is read as the photographer's (a name and a place are both
    capitals: only a known place splits them)."""
    page, a = daily8(f"{CAPTION} -- ST PHOTO: ORLA VARDEN QUAYSIDE (The Straits Times/ANN): {OPENING}\n{P2}")
    (credit,) = removed(page, "heuristic.caption-credit")
    assert credit.endswith("ST PHOTO: ORLA VARDEN QUAYSIDE")
    assert a.dateline is None
