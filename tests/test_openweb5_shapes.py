"""Shapes of wire digests, feeds and stories of sites nobody tuned on (issue 18), each on a
page written for it.

Every story, town and name here is invented. Each test shows the shape read right and a
near miss of the same look left alone.
"""

from __future__ import annotations

from stories import S1, S2, S3, S4, S5, S6, T1, T2, T3, extract_at

from newsclean import Page

STORY_URL = "https://wire-digest.example/news/2025/06/digest-june-9.html"


def ex(text: str, url: str | None = STORY_URL) -> Page:
    return extract_at(text, url)


# --- a wire digest's items between rule lines -----------------------------------------------


def _digest(rule: str) -> str:
    return (
        "The following is the latest list of selected news summaries by Kestrel News.\n\n"
        f"{rule}\n\n{T1}\n\nPORTVALE - {S1}\n\n{S4}\n\n"
        f"{rule}\n\n{T2}\n\nEASTFIELD - {S2}\n\n{S5}\n\n"
        f"{rule}\n\n{T3}\n\nMILLBROOK - {S3}\n\n{S6}\n"
    )


def test_rule_lines_between_a_digests_items_separate_its_entries() -> None:
    for rule in ("----------", "———-"):
        page = ex(_digest(rule))
        assert page.kind == "listing"
        by_title = {a.title: a for a in page.articles}
        assert set(by_title) >= {T1, T2, T3}
        # each item keeps its closing paragraph, which is no caption over the next title
        assert by_title[T1].body.endswith(S4) and by_title[T2].body.endswith(S5)
        assert by_title[T2].captions == [] and by_title[T3].captions == []
        assert by_title[T2].dateline is not None and by_title[T2].dateline.location == "EASTFIELD"
        assert sum(r.rule == "layout.rule-separator" for r in page.removed) == 3


def test_a_storys_own_section_breaks_stay_one_story() -> None:
    # near miss: a story's "---" breaks open its next paragraphs, no headline follows them
    text = f"{T1}\n\n{S1}\n\n---\n\n{S4} {S5}\n\n---\n\n{S6} {S3}\n"
    page = ex(text)
    assert page.kind == "article" and len(page.articles) == 1
    assert S6 in page.articles[0].body and S4 in page.articles[0].body
    assert not any(r.rule == "layout.rule-separator" for r in page.removed)


# --- an unlisted agency's initials closing a story ------------------------------------------


def test_bracketed_initials_after_the_last_sentence_are_a_credit() -> None:
    page = ex(f"{T1}\n\n{S1}\n\n{S4} (KNT)\n", url=None)
    (a,) = page.articles
    assert a.credits == ["KNT"]
    assert a.body.endswith(S4) and "(KNT)" not in a.body
    assert any(r.rule == "credit.initials" and r.text == "(KNT)" for r in page.removed)


def test_initials_naming_a_body_or_a_media_label_stay_text() -> None:
    # near misses: a body's initials inside the sentence, and a "(VIDEO)" label
    body = "The plan was backed by the Kestrel Ports Authority (KPA)."
    page = ex(f"{T1}\n\n{S1}\n\n{body}\n", url=None)
    assert page.articles[0].credits == [] and page.articles[0].body.endswith(body)
    page = ex(f"{T1}\n\n{S1}\n\n{S4} (VIDEO)\n", url=None)
    assert page.articles[0].credits == [] and page.articles[0].body.endswith("(VIDEO)")


def test_a_credit_tag_cut_to_its_opening_bracket_is_cut() -> None:
    # a teaser list cut at its length limit inside the closing "(Agency)" tag
    page = ex(f"{T1}\n\n{S1}\n\n{S4} (\n", url=None)
    (a,) = page.articles
    assert a.body.endswith(S4) and not a.body.endswith("(")
    assert any(r.rule == "credit.cut-bracket" and r.text == "(" for r in page.removed)


def test_a_bracket_opened_mid_sentence_stays() -> None:
    # near miss: the cut fell inside a sentence ("the plan ("), not after it
    body = "The council will vote on the plan ("
    page = ex(f"{T1}\n\n{S1}\n\n{body}\n", url=None)
    assert page.articles[0].body.endswith(body)
    assert not any(r.rule == "credit.cut-bracket" for r in page.removed)


# --- a feed reader's channel header ---------------------------------------------------------


FEED_URL = "https://reader.example/aggregator/sources/7"


def test_a_feed_readers_subscribe_link_and_channel_header_are_cut() -> None:
    text = (
        "Coast Wire Top Stories\n\n"
        "Subscribe to Coast Wire Top Stories feed Coast Wire Top Stories\n"
        "The latest headlines from the Coast Wire desk, updated through the day.\n"
        "Updated: 5 hours 31 min ago\n\n"
        f"{T1}\n\nMon, 06/09/2025 - 09:00\n\n"
        f"{T2}\n\nMon, 06/09/2025 - 08:47\n\n{S2}\n\n"
        f"{T3}\n\nMon, 06/09/2025 - 08:32\n\n{S3}\n"
    )
    page = ex(text, url=FEED_URL)
    assert [a.title for a in page.articles] == [T1, T2, T3]
    # the reader's last fetch is no entry's time: the first item keeps its own
    assert page.articles[0].published_text == "Mon, 06/09/2025 - 09:00"
    rules = {r.text: r.rule for r in page.removed}
    assert rules["Subscribe to Coast Wire Top Stories feed Coast Wire Top Stories"] == "layout.feed-subscribe"
    assert rules["Updated: 5 hours 31 min ago"] == "layout.feed-header"


def test_a_sentence_about_subscribing_stays_text() -> None:
    # near miss: a sentence that opens with "Subscribe to" and does not close on "feed"
    said = "Subscribe to the idea that the ferry feeds the town, the mayor told the council on Monday."
    page = ex(f"{T1}\n\n{S1}\n\n{said}\n\n{S4}\n", url=None)
    assert said in page.articles[0].body
    assert not any(r.rule.startswith("layout.feed-") for r in page.removed)


# --- a WordPress theme's ad slot title -----------------------------------------------------


def test_an_ad_slot_title_between_dashes_is_cut_whole() -> None:
    page = ex(f"{T1}\n\n- Advertisement -\n\nBy Kim Lorne\n\n{S1}\n\n{S4}\n", url=None)
    (a,) = page.articles
    assert a.body.startswith(S1) and "Advertisement" not in a.body
    assert any(r.rule == "common.advertisement" and r.text == "- Advertisement -" for r in page.removed)


def test_a_sentence_about_advertisement_stays() -> None:
    # near miss: the word inside a sentence of the story
    said = "Advertisement revenue at the harbour authority fell by a third, the report said."
    page = ex(f"{T1}\n\n{S1}\n\n{said}\n", url=None)
    assert said in page.articles[0].body


# --- skip links over a page -----------------------------------------------------------------


def test_two_glued_skip_links_and_a_translated_one_are_no_title() -> None:
    for skip in ("Go to Contents Go to Navigation", "Skip to content Skip to footer", "Hopp til innhold"):
        page = ex(f"{skip}\n\n{T1}\n\n{S1}\n\n{S4}\n", url=None)
        assert page.articles[0].title == T1, skip
        assert any(r.text == skip for r in page.removed)


def test_a_headline_that_opens_with_a_verb_stays_the_title() -> None:
    # near miss: "Go to ... see ..." in a headline is no pair of commands
    title = "Go to the harbour and see the ferry boats come in today"
    page = ex(f"{title}\n\n{S1}\n\n{S4}\n", url=None)
    assert page.articles[0].title == title
