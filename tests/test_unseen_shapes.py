"""Shapes found on news sites the corpus never showed, each on a page written for it.

Every story, town, outlet and name here is invented. Each test shows the shape read right
and a near miss of the same look left alone.
"""

from __future__ import annotations

from datetime import UTC, datetime

import newsclean
from newsclean import Page
from newsclean.layout.kind import names_listing, url_kind
from newsclean.layout.metaline import parse_meta
from newsclean.rules import default_rules

WHEN = datetime(2025, 6, 10, 12, tzinfo=UTC)
STORY_URL = "https://kessel-news.example/2025/06/09/ferry-fares-to-rise-by-a-tenth-in-may"
S1 = "The ferry operator said on Tuesday that fares would rise by a tenth from May."
S2 = "Commuters who cross twice a day will pay about forty crowns more each month, the operator said."
S3 = "The district council voted on Friday to turn the old mill into a public library."


def ex(text: str, url: str | None = STORY_URL) -> Page:
    return newsclean.extract(text, url=url, fetched_at=WHEN)


# --- the scraper's stamp before the stored text ------------------------------------------


def test_scrape_stamp_glued_before_a_section_line_is_cut() -> None:
    text = f" date 2025-06-09 Nation & World\n\nJune 9, 2025 9:04 PM\n\nFerry fares to rise by a tenth in May\n\n{S1}\n\n{S2}\n"
    page = ex(text)
    (a,) = page.articles
    assert a.title == "Ferry fares to rise by a tenth in May"
    assert a.category == "Nation & World" and a.outlet is None
    assert any(r.rule == "heuristic.scrape-stamp" and r.text == "date 2025-06-09" for r in page.removed)


def test_scrape_stamp_glued_before_the_first_sentence_is_cut() -> None:
    (a,) = ex(f" date 2025-06-09 {S1}\n\n{S2}\n\n{S3}\n").articles
    assert "2025-06-09" not in f"{a.title} {a.body}" and "The ferry operator said" in f"{a.title} {a.body}"


def test_a_date_inside_the_text_is_no_scrape_stamp() -> None:
    # near miss: the same words further down the page, and a capitalised "Date" label
    text = f"{S1}\n\nThe hearing date 2025-07-01 was set by the court.\n"
    assert "date 2025-07-01" in ex(text).articles[0].body
    page = ex(f"Date 2025-06-09 Kessel harbour\n\n{S1}\n")
    assert not any(r.rule == "heuristic.scrape-stamp" for r in page.removed)


# --- a source line names an outlet, even one that reads like a name ----------------------


def test_provided_by_names_the_outlet_not_a_writer() -> None:
    fields = parse_meta("News provided byMarlow Kessel", default_rules())
    assert fields.outlet == "Marlow Kessel" and fields.byline == []


def test_a_byline_line_still_names_a_writer() -> None:
    # near miss: "Written by" names the story's writer
    fields = parse_meta("Written by Jane Roe", default_rules())
    assert fields.byline == ["Jane Roe"] and fields.outlet is None


# --- sections joined into one heading ----------------------------------------------------


def test_joined_sections_are_a_category() -> None:
    rules = default_rules()
    assert rules.is_category("Nation & World") and rules.is_category("Arts and Culture")


def test_joined_words_that_are_no_sections_are_no_category() -> None:
    # near miss: a name joined by "&" or "and" whose parts name no section
    rules = default_rules()
    assert not rules.is_category("Salt and Pepper") and not rules.is_category("Harbour & Sons")


# --- WordPress's address of one post by its id -------------------------------------------


def test_a_post_id_query_names_a_story() -> None:
    assert url_kind("https://kessel-news.example/?p=42505") == "article"
    assert url_kind("https://kessel-news.example/post/?p=763268") == "article"


def test_a_page_number_query_still_names_a_listing() -> None:
    # near miss: "?p=2" is a page number; a post id under /tag/ is the tag's page
    assert url_kind("https://kessel-news.example/news/?p=2") == "listing"
    assert url_kind("https://kessel-news.example/tag/harbour/?p=42505") == "listing"


# --- stamp and byline labels whose value the scraper lost --------------------------------


def test_bare_stamp_labels_over_a_story_are_chrome() -> None:
    text = f"Connect with us\n\nFerry fares to rise by a tenth in May\n\nPublished\n\non\n\n{S1}\n\n{S2}\n\n{S3}\n"
    (a,) = ex(text).articles
    assert a.title == "Ferry fares to rise by a tenth in May"
    assert a.body.startswith("The ferry operator said") and "Published" not in a.body


def test_a_label_with_its_value_stays_a_stamp() -> None:
    # near miss: the label with its date after it is the story's stamp, not chrome
    text = (
        f"Ferry fares to rise by a tenth in May\n\nPosted/updated on: June 9, 2025 at 4:25 pm\n\n{S1}\n\n{S2}\n\n{S3}\n"
    )
    (a,) = ex(text).articles
    assert a.published_text == "June 9, 2025 at 4:25 pm" and a.body.startswith("The ferry operator said")


def test_a_byline_label_after_the_time_is_no_section() -> None:
    fields = parse_meta("Monday, 09 June 2025 01:45 Written by", default_rules())
    assert fields.time is not None and fields.category is None and fields.byline == []


def test_a_section_after_the_time_stays_the_category() -> None:
    # near miss: a section name in the same place
    fields = parse_meta("Monday, 09 June 2025 01:45 Harbour", default_rules())
    assert fields.category == "Harbour"


# --- a time in words inside a teaser's sentence -------------------------------------------

TEASERS = [
    "The harbour master said the new timetable would cut two crossings a day from next week...",
    "The district council will vote on the old mill's future at its meeting today after residents asked...",
    "Orchard growers in the valley tested frost fans on the slopes after two cold nights hurt the blossom...",
    "The lighthouse museum will open its doors an hour later from next week, its curator said...",
]


def test_a_time_word_inside_a_teaser_sentence_cuts_no_title() -> None:
    page = ex("\n".join(TEASERS) + "\n", url="https://kessel-news.example/tag/harbour")
    assert [a.title for a in page.articles] == [None] * 4
    assert page.articles[1].body == TEASERS[1] and page.articles[1].published_text is None


def test_a_time_word_between_a_headline_and_its_teaser_is_the_date() -> None:
    # near miss: the same card with the time word between a headline and a new sentence
    card = "Council to vote on old mill's future today The district council will vote on the mill..."
    page = ex(
        "\n".join([TEASERS[0], card, TEASERS[2], TEASERS[3]]) + "\n", url="https://kessel-news.example/tag/harbour"
    )
    a = page.articles[1]
    assert (a.title, a.published_text) == ("Council to vote on old mill's future", "today")


# --- a listing URL that shows one entry ---------------------------------------------------


def test_a_tag_page_with_one_entry_is_a_listing() -> None:
    text = "Politics1 year ago\nFerry fares to rise by a tenth in May\nThe ferry operator said on Tuesday that fares would rise by a tenth from May...\n"
    page = ex(text, url="https://kessel-news.example/tag/ferries")
    assert page.kind == "listing" and [a.role for a in page.articles] == ["listing"]
    assert page.articles[0].title == "Ferry fares to rise by a tenth in May"


def test_the_same_entry_under_a_story_url_is_an_article() -> None:
    # near miss: the same page under a story's address
    text = "Politics1 year ago\nFerry fares to rise by a tenth in May\nThe ferry operator said on Tuesday that fares would rise by a tenth from May...\n"
    page = ex(text)
    assert page.kind == "article" and [a.role for a in page.articles] == ["main"]


def test_names_listing_needs_a_listing_word() -> None:
    assert names_listing("https://kessel-news.example/category/harbour")
    assert names_listing("https://kessel-news.example/science-news/")
    # near miss: a short bare path is a section front to url_kind's shape reading, and may be a story
    assert not names_listing("https://kessel-news.example/ferry")


# --- a comment box's heading and its form under a story ----------------------------------


def test_a_comment_box_and_its_form_labels_are_chrome() -> None:
    text = (
        f"Ferry fares to rise by a tenth in May\n\n{S1}\n\n{S2}\n\n{S3}\n\nAdd new comment\n\n"
        "Please keep to the topic of the story.\n\nPlain text\n\nEnter the characters shown in the image.\n"
    )
    (a,) = ex(text).articles
    assert a.body.endswith("into a public library.")
    page = ex(f"Ferry fares to rise by a tenth in May\n\n{S1}\n\n{S2}\n\n0 comments:\n\nPost a Comment\n")
    assert page.articles[0].body.endswith("the operator said.")


def test_a_sentence_about_comments_stays() -> None:
    # near miss: a story's sentence that counts comments is no comment box's heading
    said = "The council received 12 comments: most backed the library."
    (a,) = ex(f"Ferry fares to rise by a tenth in May\n\n{S1}\n\n{said}\n\n{S3}\n").articles
    assert said in a.body and a.body.endswith("into a public library.")


# --- a teaser cut with an ellipsis and its link label -------------------------------------

CUT_TEASERS = (
    "Ferry fares to rise by a tenth in May\n\n{s1}\n\nCommuters say the harbour crossing is already dear ...Read more\n\n"
    "Old mill to become a public library\n\n{s3}\n\nThe library will keep the old wheel and its ...Read more\n\n"
    "Orchard growers test frost fans on the slopes\n\nGrowers in Kessel tested frost fans on Monday, the co-operative said.\n"
)


def test_a_short_teaser_closed_by_its_link_opens_no_entry() -> None:
    page = ex(CUT_TEASERS.format(s1=S1, s3=S3), url="https://kessel-news.example/tag/harbour")
    assert [a.title for a in page.articles] == [
        "Ferry fares to rise by a tenth in May",
        "Old mill to become a public library",
        "Orchard growers test frost fans on the slopes",
    ]
    assert page.articles[0].body.endswith("is already dear ...")


def test_a_headline_that_trails_off_stays_a_headline() -> None:
    # near miss: a headline line with an ellipsis but no link label is still a headline
    text = CUT_TEASERS.format(s1=S1, s3=S3).replace("Old mill to become a public library", "Old mill to become...")
    page = ex(text, url="https://kessel-news.example/tag/harbour")
    assert "Old mill to become..." in [a.title for a in page.articles]


def test_a_like_widget_on_one_line_is_chrome() -> None:
    (a,) = ex(f"Ferry fares to rise by a tenth in May\n\n{S1}\n\n{S2}\n\nLike this: Like Loading...\n").articles
    assert a.body.endswith("the operator said.")


def test_a_sentence_that_says_like_this_stays() -> None:
    # near miss: the words in a story's sentence
    said = "Like this: the council will vote on Friday, then the mill closes."
    (a,) = ex(f"Ferry fares to rise by a tenth in May\n\n{S1}\n\n{said}\n").articles
    assert a.body.endswith(said)


def test_a_section_glued_to_the_time_is_the_category() -> None:
    text = "Politics1 year ago\nFerry fares to rise by a tenth in May\nThe ferry operator said on Tuesday that fares would rise by a tenth from May...\n"
    (a,) = ex(text, url="https://kessel-news.example/tag/ferries").articles
    assert (a.category, a.outlet, a.published_text) == ("Politics", None, "1 year ago")


def test_an_outlet_glued_to_the_time_stays_the_outlet() -> None:
    # near miss: a publisher's name in the same place
    text = "Coast Post1 year ago\nFerry fares to rise by a tenth in May\nThe ferry operator said on Tuesday that fares would rise by a tenth from May...\n"
    (a,) = ex(text, url="https://kessel-news.example/tag/ferries").articles
    assert (a.category, a.outlet) == (None, "Coast Post")
