"""Rule files that can describe any site: scope, precedence, fields, dates, layout hints.

Pages here are written for the tests (invented towns, people and sites).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_accounting import accounting_problems
from test_safety import within

import newsclean
from newsclean.rulescope import glob_match


def rules_from(tmp_path: Path, toml: str, name: str = "mine.toml") -> newsclean.RuleSet:
    path = tmp_path / name
    path.write_text(toml, encoding="utf-8")
    return newsclean.load_rules(path)


def removed_by(page: newsclean.Page) -> dict[str, str]:
    return {r.text: r.rule for r in page.removed}


# --- scope ----------------------------------------------------------------------------------------

STORY = (
    "Harbour pier reopens after repairs\n"
    "Try the Harbour Quiz\n"
    "The old pier reopened on Saturday after two years of repairs, the council said.\n"
    "Anglers were back on it within the hour, and the kiosk sold out of tea by noon.\n"
)
QUIZ = "[[line]]\nid = 'coast.quiz'\ntext = ['Try the Harbour Quiz']\n"


@pytest.mark.parametrize(
    ("url", "applies"),
    [
        ("https://coastpost.example/news/harbour-pier-reopens", True),
        ("https://www.coastpost.example/news/x", True),  # a subdomain
        ("https://COASTPOST.example:8443/news/x", True),  # case and port do not matter
        ("https://notcoastpost.example/news/x", False),  # another host that ends alike
        ("https://coastpost.example.evil.example/x", False),
        ("https://valleygazette.example/news/x", False),
        (None, True),  # a page without a URL is not known to be elsewhere
    ],
)
def test_a_file_scoped_to_a_host_applies_there_and_to_pages_without_a_url(
    tmp_path: Path, url: str | None, applies: bool
) -> None:
    rules = rules_from(tmp_path, "[site]\nhosts = ['coastpost.example']\n" + QUIZ)
    page = newsclean.extract(STORY, url=url, rules=rules)
    assert (removed_by(page).get("Try the Harbour Quiz") == "coast.quiz") is applies


def test_a_rule_scoped_by_url_glob_applies_within_its_files_scope(tmp_path: Path) -> None:
    rules = rules_from(
        tmp_path,
        "[site]\nhosts = ['coastpost.example']\n"
        "[[line]]\nid = 'coast.quiz'\ntext = ['Try the Harbour Quiz']\nsite = { urls = ['*/quizzes/*'] }\n",
    )
    on = newsclean.extract(STORY, url="https://coastpost.example/quizzes/pier", rules=rules)
    off = newsclean.extract(STORY, url="https://coastpost.example/news/pier", rules=rules)
    other = newsclean.extract(STORY, url="https://valleygazette.example/quizzes/pier", rules=rules)
    assert removed_by(on).get("Try the Harbour Quiz") == "coast.quiz"
    assert "Try the Harbour Quiz" not in removed_by(off)
    assert "Try the Harbour Quiz" not in removed_by(other)  # the file's host still bounds the rule


def test_the_rules_for_a_url_are_compiled_once_per_combination_of_scopes(tmp_path: Path) -> None:
    rules = rules_from(tmp_path, "[site]\nhosts = ['coastpost.example']\n" + QUIZ)
    a = rules.for_url("https://valleygazette.example/a")
    assert a is rules.for_url("https://millbrook.example/b")  # same scopes matched: same set
    b = rules.for_url("https://coastpost.example/a")  # this file's scope, not the bundled Daily8 one
    assert b is rules.for_url("https://www.coastpost.example/b") and b is not a
    assert rules.for_url("https://www.daily8.com/en/article/1") is not b
    assert rules.for_url(None) is rules
    assert a.for_url(None) is rules  # a variant answers for its whole set
    assert a.line_rule("Try the Harbour Quiz") is None and b.line_rule("Try the Harbour Quiz") is not None


@pytest.mark.parametrize(
    ("glob", "text", "hit"),
    [
        ("*/news/*", "coastpost.example/news/pier", True),
        ("*/news/*", "coastpost.example/sport/pier", False),
        ("coastpost.example/*", "coastpost.example/news/pier", True),
        ("*.example/ne?s/*", "coastpost.example/news/pier", True),
        ("*.example/ne?s/*", "coastpost.example/nws/pier", False),
        ("a*b*c", "abc", True),
        ("a*b*c", "acb", False),
        ("*pier", "coastpost.example/news/pier", True),
        ("*pier", "coastpost.example/news/piers", False),
        ("exact", "exact", True),
        ("exact", "exactly", False),
    ],
)
def test_url_globs(glob: str, text: str, hit: bool) -> None:
    assert glob_match(glob, text) is hit


def test_a_hostile_glob_on_a_long_url_stays_linear() -> None:
    glob = "*a" * 200 + "b"
    url = "https://x.example/" + "a" * 4000
    assert within(30, glob_match, glob, url) is False


def test_daily8_rules_apply_on_daily8_and_without_a_url_only() -> None:
    page = "Harbour pier reopens\nTry Our AI Features\nThe pier reopened on Saturday after two years of repairs.\n"
    for url in ("https://www.daily8.com/en/article/ab12", "https://test.daily8.com/en/article/cd34", None):
        assert removed_by(newsclean.extract(page, url=url)).get("Try Our AI Features") == "daily8.try-ai-features"
    amplify = "https://main.dabc123.amplifyapp.com/en/article/ef56"
    assert removed_by(newsclean.extract(page, url=amplify)).get("Try Our AI Features") == "daily8.try-ai-features"
    elsewhere = newsclean.extract(page, url="https://coastpost.example/news/harbour-pier-reopens")
    assert not any(r.rule.startswith("daily8.") for r in elsewhere.removed)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[site]\nhosts = ['https://coastpost.example/']\n", "site.hosts[0]"),
        ("[site]\nhosts = ['*.coastpost.example']\n", "a host already covers its subdomains"),
        ("[site]\nnote = 'nothing'\n", "needs 'hosts' or 'urls'"),
        ("[site]\nhosts = ['coastpost.example']\ndisable = ['common.paywall']\n", "must come before"),
        ("[[line]]\nid = 'a.b'\ntext = ['x']\nsite = 'coastpost.example'\n", "line[0].site"),
    ],
)
def test_bad_scopes_are_errors_naming_file_and_key(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(newsclean.RulesError) as err:
        rules_from(tmp_path, content)
    assert "mine.toml" in str(err.value) and message in str(err.value)


# --- precedence -----------------------------------------------------------------------------------

READ_MORE_PAGE = (
    "Pier toll scrapped\n"
    "The council scrapped the pier toll on Monday, to the relief of the anglers.\n"
    "{line}\n"
    "Fishing club opens its doors to juniors\n"
    "The club will lend rods to anyone under sixteen this summer.\n"
)


@pytest.mark.parametrize("spelling", ["Read More", "READ MORE", "Read more", "read more"])
def test_a_later_files_phrase_replaces_the_bundled_one_in_every_case(tmp_path: Path, spelling: str) -> None:
    """The bundled 'READ MORE' (a story-closing heading) used to win the case-folded key over
    a user's 'Read More': the docs say later files win."""
    rules = rules_from(tmp_path, "[[line]]\nid = 'coast.read-more'\ntext = ['Read More']\n")
    assert rules.line_rule(spelling) == ("coast.read-more", None)
    page = newsclean.extract(READ_MORE_PAGE.format(line=spelling), rules=rules)
    assert removed_by(page)[spelling] == "coast.read-more"
    assert newsclean.default_rules().line_rule(spelling) == ("common.read-more", "end")


def test_patterns_of_later_files_are_tried_first(tmp_path: Path) -> None:
    first = tmp_path / "a.toml"
    first.write_text("[[line]]\nid = 'one.count'\nregex = ['\\d+ readers']\n", encoding="utf-8")
    second = tmp_path / "b.toml"
    second.write_text("[[line]]\nid = 'two.count'\nregex = ['\\d{1,3} readers']\n", encoding="utf-8")
    assert newsclean.load_rules(first, second).line_rule("12 readers") == ("two.count", None)
    assert newsclean.load_rules(second, first).line_rule("12 readers") == ("one.count", None)
    assert newsclean.load_rules(tmp_path).line_rule("12 readers") == ("two.count", None)  # a folder: name order


def test_an_exact_phrase_wins_over_a_later_files_pattern(tmp_path: Path) -> None:
    rules = rules_from(tmp_path, "[[line]]\nid = 'coast.any'\nregex = ['Read .{1,10}']\n")
    assert rules.line_rule("Read more") == ("common.read-more", "end")  # exact text first, as documented
    assert rules.line_rule("Read the rest") == ("coast.any", None)


# --- fields ---------------------------------------------------------------------------------------

FIELD_RULES = """
[[field]]
id = "coast.source"
note = "The outlet the story came from"
line = ["Source: {outlet}", "Author : {byline}", "Filed {published}"]

[[field]]
id = "coast.section"
title_suffix = [" | {category}"]
title_prefix = ["{_} EXCLUSIVE: "]
"""
FIELD_PAGE = (
    "Pier toll scrapped after long campaign | Local\n"
    "The council scrapped the pier toll on Monday, to the relief of the anglers.\n"
    "Anglers had campaigned against the toll since it was raised two years ago.\n"
    "Source: Valley Gazette\n"
    "Author : Jane Roe and Sam Poe\n"
    "Filed 3 hours ago\n"
)


def test_field_lines_and_title_suffixes_fill_fields_and_record_their_labels(tmp_path: Path) -> None:
    rules = rules_from(tmp_path, FIELD_RULES)
    page = newsclean.extract(FIELD_PAGE, rules=rules)
    (story,) = page.articles
    assert story.title == "Pier toll scrapped after long campaign"
    assert (story.outlet, story.category, story.published_text) == ("Valley Gazette", "Local", "3 hours ago")
    assert story.byline == ["Jane Roe", "Sam Poe"]
    assert story.paragraphs == FIELD_PAGE.splitlines()[1:3]
    removed = removed_by(page)
    assert removed["Source:"] == removed["Author :"] == removed["Filed"] == "coast.source"
    assert removed["|"] == "coast.section"
    assert not accounting_problems(FIELD_PAGE, page)


def test_a_title_prefix_with_a_dropped_placeholder(tmp_path: Path) -> None:
    rules = rules_from(tmp_path, FIELD_RULES)
    page = newsclean.extract("Coast Post EXCLUSIVE: Pier toll scrapped\n" + FIELD_PAGE.split("\n", 1)[1], rules=rules)
    assert page.articles[0].title == "Pier toll scrapped"
    assert removed_by(page)["Coast Post EXCLUSIVE:"] == "coast.section"


def test_a_rule_files_field_wins_over_the_heuristics(tmp_path: Path) -> None:
    page = "Pier toll scrapped | Local\nBy Jane Roe\nThe council scrapped the pier toll on Monday.\nAuthor : Ana Lind\n"
    before = newsclean.extract(page)
    assert "Jane Roe" in before.articles[0].byline
    after = newsclean.extract(page, rules=rules_from(tmp_path, FIELD_RULES))
    assert after.articles[0].byline == ["Ana Lind"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[[field]]\nid = 'a.b'\nline = ['Source: {source}']\n", "unknown placeholder {source}"),
        ("[[field]]\nid = 'a.b'\nline = ['{byline}{published}']\n", "two placeholders need text between them"),
        ("[[field]]\nid = 'a.b'\nline = ['{outlet}']\n", "needs some text besides its placeholders"),
        ("[[field]]\nid = 'a.b'\nline = ['Source: {_}']\n", "needs a placeholder naming a field"),
        ("[[field]]\nid = 'a.b'\ntitle_prefix = ['Live: {category}']\n", "a title prefix ends with"),
        ("[[field]]\nid = 'a.b'\ntitle_suffix = ['{category} | ']\n", "a title suffix starts with"),
        ("[[field]]\nid = 'a.b'\nline = ['By {byline} and {byline}']\n", "a field is named twice"),
        ("[[field]]\nid = 'a.b'\n", "needs at least one of line"),
        ("[[field]]\nid = 'a.b'\nline = ['Source: {outlet}']\ncolour = 'red'\n", "field[0].colour"),
    ],
)
def test_bad_field_patterns_are_errors_naming_file_line_and_key(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(newsclean.RulesError) as err:
        rules_from(tmp_path, content)
    assert "mine.toml" in str(err.value) and message in str(err.value) and "field[0]" in str(err.value)


def test_field_patterns_stay_linear_on_hostile_lines(tmp_path: Path) -> None:
    """Placeholders stop at the next literal and never give back: no backtracking to exploit."""
    rules = rules_from(tmp_path, "[[field]]\nid = 'a.b'\nline = ['{byline} - {category} - {outlet} - {published}']\n")
    lines = ["- " * 250, "a - " * 120 + "x", " - - " * 100]
    page = "Pier toll scrapped\n" + "\n".join(lines) + "\nThe council scrapped the pier toll on Monday.\n"
    got = within(30, _extract_with, page * 50, rules)
    assert not any("time budget" in w for w in got.warnings)


def _extract_with(text: str, rules: newsclean.RuleSet) -> newsclean.Page:
    return newsclean.extract(text, rules=rules)


# --- dates ----------------------------------------------------------------------------------------

DATES = '[[date]]\nformat = "%d.%m.%Y, %H:%M"\nexample = "11.06.2025, 16:48"\nzone = 2\n'


def test_a_date_format_reads_the_sites_dates_in_its_zone(tmp_path: Path) -> None:
    page = "Pier toll scrapped after a long campaign by anglers\n11.06.2025, 16:48\nThe council scrapped the toll.\n"
    story = newsclean.extract(page, rules=rules_from(tmp_path, DATES)).articles[0]
    assert story.published_text == "11.06.2025, 16:48"
    assert story.published_at is not None and story.published_at.isoformat() == "2025-06-11T16:48:00+02:00"
    assert newsclean.extract(page).articles[0].published_at != story.published_at  # no zone, or misread


def test_a_line_in_a_date_format_is_a_header_line(tmp_path: Path) -> None:
    fmt = '[[date]]\nformat = "%d %b %y @ %I.%M%p"\nexample = "11 Jun 25 @ 4.48pm"\n'
    page = "Pier toll scrapped after a long campaign by anglers\n11 Jun 25 @ 4.48pm\nThe council scrapped the toll.\n"
    assert newsclean.extract(page).articles[0].published_text is None
    story = newsclean.extract(page, rules=rules_from(tmp_path, fmt)).articles[0]
    assert story.published_at is not None and story.published_at.isoformat() == "2025-06-11T16:48:00+00:00"
    assert story.paragraphs == ["The council scrapped the toll."]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[[date]]\nformat = "%d.%m.%Y"\nexample = "31.02.2025"\n', "mine.toml:3: date[0].example"),
        ('[[date]]\nformat = "%d.%m.%Y"\nexample = "2025-06-11"\n', "does not have the shape of the format"),
        ('[[date]]\nformat = "%d %Z"\nexample = "11 CET"\n', "%Z"),
        ('[[date]]\nformat = "%d %Q"\nexample = "11 x"\n', "unsupported directive %Q"),
        ('[[date]]\nformat = "%d.%m.%Y"\n', "date[0].example"),
        ('[[date]]\nformat = "%d.%m.%Y %z"\nexample = "11.06.2025 +0200"\nzone = 2\n', "date[0].zone"),
        ('[[date]]\nformat = "%d.%m.%Y"\nexample = "11.06.2025"\nzone = 40\n', "date[0].zone"),
    ],
)
def test_bad_date_formats_are_errors_naming_file_line_and_key(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(newsclean.RulesError) as err:
        rules_from(tmp_path, content)
    assert "mine.toml" in str(err.value) and message in str(err.value)


def test_the_documented_date_error_is_the_one_raised(tmp_path: Path) -> None:
    content = "\n" * 11 + '[[date]]\nformat = "%d.%m.%Y"\nexample = "31.02.2025"\n'
    with pytest.raises(newsclean.RulesError) as err:
        rules_from(tmp_path, content, name="mysite.toml")
    assert str(err.value) == (
        f"{tmp_path / 'mysite.toml'}:14: date[0].example: '31.02.2025' does not parse with '%d.%m.%Y':"
        " day is out of range for month"
    )


# --- layout hints ---------------------------------------------------------------------------------

LISTING = """Harbour news
Pier toll scrapped after a long campaign
The council scrapped the pier toll on Monday, to the relief of the anglers who use it daily.
Coast Post · 2 hours ago
Fishing club opens its doors to juniors
The club will lend rods and tackle to anyone under sixteen this summer, its secretary said.
Valley Gazette · 5 hours ago
Ferry timetable changes for the winter
Two evening crossings will be dropped from November until March, the ferry operator said.
Metro Wire · 8 hours ago
"""


def _entries(page: newsclean.Page) -> list[tuple[str | None, str | None]]:
    return [(a.title, a.outlet) for a in page.articles]


def test_header_after_the_body_closes_each_entry(tmp_path: Path) -> None:
    rules = rules_from(tmp_path, "[layout]\nheader = 'after'\n")
    page = newsclean.extract(LISTING, url="https://harbour.example/topics/harbour", rules=rules)
    assert _entries(page) == [
        ("Pier toll scrapped after a long campaign", "Coast Post"),
        ("Fishing club opens its doors to juniors", "Valley Gazette"),
        ("Ferry timetable changes for the winter", "Metro Wire"),
    ]


def test_header_before_the_title_opens_each_entry(tmp_path: Path) -> None:
    body = LISTING.splitlines()
    before = "\n".join([body[0], body[3], body[1], body[2], body[6], body[4], body[5], body[9], body[7], body[8]])
    rules = rules_from(tmp_path, "[layout]\nheader = 'before'\n")
    page = newsclean.extract(before + "\n", url="https://harbour.example/topics/harbour", rules=rules)
    assert _entries(page) == [
        ("Pier toll scrapped after a long campaign", "Coast Post"),
        ("Fishing club opens its doors to juniors", "Valley Gazette"),
        ("Ferry timetable changes for the winter", "Metro Wire"),
    ]


def test_a_page_kind_by_url(tmp_path: Path) -> None:
    rules = rules_from(tmp_path, "[layout]\nlisting = ['*/briefing/*']\narticle = ['*/longread/*']\n")
    url = "https://harbour.example/briefing/monday"
    assert newsclean.extract(LISTING, url=url, rules=rules).kind == "listing"
    page = newsclean.extract(LISTING, url="https://harbour.example/longread/monday", rules=rules, trace=True)
    assert page.kind == "article"
    assert any(e.rule == "layout.kind-rule-file" for e in page.trace)


def test_entry_separator_lines_split_entries(tmp_path: Path) -> None:
    page = (
        "Harbour digest\n"
        "Pier toll scrapped\n"
        "The council scrapped the pier toll on Monday, to the relief of the anglers who use it daily.\n"
        "Anglers had campaigned against the toll since it was raised two years ago.\n"
        "* * *\n"
        "Fishing club opens its doors\n"
        "The club will lend rods and tackle to anyone under sixteen this summer, its secretary said.\n"
        "* * *\n"
        "Ferry timetable changes\n"
        "Two evening crossings will be dropped from November until March, the operator said.\n"
    )
    rules = rules_from(tmp_path, "[[line]]\nid = 'coast.separator'\ntext = ['* * *']\nsection = 'entry'\n")
    got = newsclean.extract(page, url="https://harbour.example/briefing", rules=rules)
    assert [a.title for a in got.articles][-3:] == [
        "Pier toll scrapped",
        "Fishing club opens its doors",
        "Ferry timetable changes",
    ]
    assert [r.rule for r in got.removed].count("coast.separator") == 2
    assert not accounting_problems(page, got)


def test_header_after_closes_a_story_with_its_trailing_date(tmp_path: Path) -> None:
    page = (
        "Pier toll scrapped\n"
        "The council scrapped the pier toll on Monday, to the relief of the anglers.\n"
        "Anglers had campaigned against the toll since it was raised two years ago.\n"
        "June 11, 2025 4:48 PM\n"
    )
    # without the hint a bare date closing the page closes its story too (segment._closing_stamp);
    # with a line after it, only the hint keeps it from opening an entry of its own
    assert len(newsclean.extract(page + "Harbour Web Search and Help Pages Online Now\n").articles) == 2
    got = newsclean.extract(page, rules=rules_from(tmp_path, "[layout]\nheader = 'after'\n"))
    assert [(a.title, a.published_text) for a in got.articles] == [("Pier toll scrapped", "June 11, 2025 4:48 PM")]


def test_bad_layout_hints_are_errors(tmp_path: Path) -> None:
    with pytest.raises(newsclean.RulesError, match=r"\[layout\] header.*before"):
        rules_from(tmp_path, "[layout]\nheader = 'above'\n")
    with pytest.raises(newsclean.RulesError, match=r"layout.*unknown key"):
        rules_from(tmp_path, "[layout]\nkind = 'listing'\n")


# --- hostile patterns in the new kinds ------------------------------------------------------------


def test_a_backtracking_separator_pattern_in_a_scoped_file_is_stopped_by_the_page_budget(tmp_path: Path) -> None:
    """A scoped file's rules are compiled per URL: the page's time budget still covers them,
    here as an entry separator (a layout hint)."""
    rules = rules_from(
        tmp_path,
        "[site]\nhosts = ['harbour.example']\n\n"
        "[[line]]\nid = 'coast.separator'\nregex = ['(a|aa)+$']\nsection = 'entry'\n",
    )
    page = STORY + "a" * 60 + "b\n"
    got = within(60, _extract_at, page, "https://harbour.example/briefing", rules)
    assert any("time budget" in w for w in got.warnings)
    assert "The old pier reopened on Saturday" in " ".join(a.body for a in got.articles)


def _extract_at(text: str, url: str, rules: newsclean.RuleSet) -> newsclean.Page:
    return newsclean.extract(text, url=url, rules=rules)


def test_a_date_format_stays_linear_on_hostile_lines(tmp_path: Path) -> None:
    rules = rules_from(tmp_path, '[[date]]\nformat = "%d %b %y @ %I.%M%p"\nexample = "11 Jun 25 @ 4.48pm"\n')
    lines = ["1 " * 1500, "11 Jun 25 @ " * 300, "1" * 3000 + " Jun", "@ 4.4" * 600]
    page = "Pier toll scrapped after a long campaign\n" + "\n".join(lines) + "\nThe council scrapped the toll.\n"
    got = within(30, _extract_with, page * 20, rules)
    assert not any("time budget" in w for w in got.warnings)
