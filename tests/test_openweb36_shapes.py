"""Shapes of unseen listings, round 36: stories never found on a listing that prints no title
over them (a digest of one-paragraph items, each closed by the tags of its sources).

Every story, outlet and name here is invented. Each test shows the shape read right and a near
miss of the same look left alone.
"""

from __future__ import annotations

from letters import lost_letters
from stories import S1, S2, S3, S4, S5, extract_at

DIGEST_URL = "https://harbourwiki.example/wiki/Portal:Current_events/June_2025"
ASIDE = "(Figures are provisional.)"


def _page(tags: list[str]) -> str:
    return "".join(f"{s} {t}\n" for s, t in zip((S1, S2, S3, S5), tags, strict=True))


def test_paragraphs_closed_by_source_tags_are_a_digests_untitled_items() -> None:
    text = _page(["(Coast Post)", "(Wire via Valley Times)", "(Harbour Herald) (Kessel Daily)", "(Valley Times)"])
    page = extract_at(text, DIGEST_URL)
    assert [a.title for a in page.articles] == [None] * 4
    # each entry holds its own story, none read as a photo's caption over its source tags
    for article, story in zip(page.articles, (S1, S2, S3, S5), strict=True):
        assert article.body.startswith(story)
        assert article.captions == []
    assert lost_letters(text, page) == []


def test_a_storys_paragraphs_closed_by_an_aside_in_brackets_stay_one_story() -> None:
    page = extract_at(_page([ASIDE] * 4), DIGEST_URL)
    assert len(page.articles) == 1
    assert page.articles[0].body.endswith(f"{S5} {ASIDE}")


def test_a_story_that_tags_two_of_its_paragraphs_stays_one_story() -> None:
    text = f"{S1} (Coast Post)\n{S4} (Coast Post)\n{S2}\n{S3}\n"
    page = extract_at(text, DIGEST_URL)
    assert len(page.articles) == 1


def test_a_leading_caption_with_its_credit_over_the_story_is_still_a_caption() -> None:
    """Near miss of the source tags: a credit in brackets with the story after it."""
    text = (
        f"Harbour search goes on for missing fisherman\nRescuers search the river bank at dawn. (Jane Roe) {S1}\n{S2}\n"
    )
    page = extract_at(text, "https://harbourwiki.example/news/harbour-search")
    assert page.articles[0].captions == ["Rescuers search the river bank at dawn."]
    assert page.articles[0].body.startswith(S1)


def test_a_caption_line_closed_by_two_tags_over_the_story_is_still_a_caption() -> None:
    """Near miss of the source tags: a caption line closed by its tags with the story in the
    paragraph after it (a wire's photo caption, "(PHOTO NOT FOR SALE) (Yonhap)")."""
    caption = "The harbour master (2nd from L) meets the ferry crews at the pier on Monday."
    text = f"Harbour master meets ferry crews\n{caption} (PHOTO NOT FOR SALE) (Yonhap)\nSEOUL -- {S1}\n{S2}\n"
    page = extract_at(text, "https://coastwire.example/2025/06/harbour-master-meets-ferry-crews")
    assert page.articles[0].captions == [caption]
    assert page.articles[0].body.startswith(S1)


def test_a_standfirst_signed_by_its_outlet_over_the_story_is_no_caption() -> None:
    """Near miss: a paragraph the outlet's name in brackets closes, the story after it."""
    lead = "We list the five most read stories of the week on our site, from the top down."
    text = f"Harbour Weekly's most read stories\n{lead} (Harbour Weekly)\n{S1}\n{S2}\n"
    page = extract_at(text, "https://coastwire.example/2025/06/most-read-stories")
    assert page.articles[0].captions == []
    assert page.articles[0].body.startswith(lead)
