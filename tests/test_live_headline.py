"""A live blog printed with no header above its headline (Daily8's reprints of WAtoday's and
The Age's "WA news LIVE: <latest post>"): its posts, each a clock time, a heading and text,
repeat like a listing's entries; the headline naming the first post after a colon makes it
one story. The pages are written here."""

from __future__ import annotations

import newsclean

URL = "https://www.daily8.com/en/article/0123456789abcdef0123456789abcdef"


def _page(headline: str) -> str:
    return "\n".join(
        [
            headline,
            "Latest posts",
            "9.32am",
            "Ferry timetable changes next week",
            "The harbour board said two more crossings would run on weekdays from Monday, after a month of "
            "complaints from commuters.",
            "The first ferry will now leave the north quay at six in the morning, half an hour earlier than before.",
            "9.20am",
            "Council approves the sea wall budget",
            "Councillors voted nine to two for the new sea wall on Tuesday night, after a debate that ran past midnight.",
            "Work is expected to start in the spring and take two years, the council said in a statement.",
            "9.10am",
            "Today's weather",
            "9.05am",
            "Welcome to our live news blog",
            "Good morning and welcome to our live blog for Tuesday, with the day's news from around the harbour "
            "as it happens.",
            "",
        ]
    )


def test_a_live_blog_whose_headline_names_its_first_post_is_one_story() -> None:
    headline = "Harbour news LIVE: Ferry timetable changes next week"
    page = newsclean.extract(_page(headline), url=URL)
    assert page.kind == "article"
    assert [(a.role, a.title) for a in page.articles] == [("main", headline)]
    assert "Councillors voted nine to two" in page.articles[0].body


def test_a_heading_that_names_no_entry_leaves_the_listing() -> None:
    page = newsclean.extract(_page("Harbour news: the week in review on the coast"), url=URL)
    assert page.kind == "listing"
    assert [a.title for a in page.articles][:2] == [
        "Ferry timetable changes next week",
        "Council approves the sea wall budget",
    ]
