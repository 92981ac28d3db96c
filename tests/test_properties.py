"""Property-based robustness: any text or bytes gives a Page; the accounting invariant holds;
chrome spliced into a page, truncation and whitespace perturbations never crash it."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_accounting import accounting_problems

import newsclean

SEEDS = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "seeds").glob("*.txt"))
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS]
CHROME_LINES = [
    "logo", "Try Our AI Features", "Related Articles", "Hashtags", "[[nid:12345]]", "Comments",
    "PHOTO: AFP", "time3 hours ago", "  • Straits Times", "- Politics", "READ MORE: A headline here",
    "AsiaOne2 days ago", "Latest news with #Test", "By Jane Roe", "— Reuters", "SEOUL — ", "(",
    "Photo:", "Orange background", "DOWNLOAD THE APP", "01:23", "ABC: " + "word " * 20,
]  # fmt: skip
# Example counts come from the profile (tests/conftest.py): HYPOTHESIS_PROFILE=thorough for more.
FAST = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(source: str | bytes) -> newsclean.Page:
    page = newsclean.extract(source)
    assert isinstance(page, newsclean.Page)
    text = newsclean.normalize(source)
    problems = accounting_problems(text, page)
    assert not problems, problems[:5]
    return page


@FAST
@given(st.text())
def test_any_text(text: str) -> None:
    check(text)


@FAST
@given(st.binary(max_size=4000))
def test_any_bytes(data: bytes) -> None:
    check(data)


@FAST
@given(st.lists(st.sampled_from([*CHROME_LINES, "", "A plain sentence of text.", "A Title Line"]), max_size=40))
def test_any_arrangement_of_page_parts(parts: list[str]) -> None:
    check("\n".join(parts))


@FAST
@given(
    st.sampled_from(range(len(SEED_TEXTS))),
    st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(CHROME_LINES)), max_size=6),
    st.integers(0, 20_000),
)
def test_seed_with_spliced_chrome_and_truncation(seed: int, splices: list[tuple[int, str]], cut: int) -> None:
    lines = SEED_TEXTS[seed].split("\n")
    for pos, chrome in splices:
        lines.insert(pos % (len(lines) + 1), chrome)
    text = "\n".join(lines)
    check(text[: cut % (len(text) + 1)])


WHITESPACE = st.sampled_from(["\r\n", "\r", "\u2028", "   \n", "\t\n"])


@FAST
@given(st.sampled_from(range(len(SEED_TEXTS))), WHITESPACE, st.booleans(), st.booleans())
def test_whitespace_perturbations_keep_articles(seed: int, newline: str, nbsp: bool, bom: bool) -> None:
    text = SEED_TEXTS[seed]
    perturbed = text.replace("\n", newline)
    if nbsp:
        perturbed = perturbed.replace(" ", "\u00a0")
    if bom:
        perturbed = "\ufeff" + perturbed
    want = [(a.title, a.body) for a in newsclean.extract(text).articles]
    assert [(a.title, a.body) for a in check(perturbed).articles] == want


def test_extract_never_opens_a_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("extract() tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    for text in SEED_TEXTS:
        assert newsclean.extract(text.encode("utf-8")).articles


TAGS = ["div", "p", "article", "span", "a", "h1", "h2", "li", "ul", "nav", "footer", "script", "time", "br", "main"]
ATTRS = ["", ' class="article-body"', ' class="share"', " hidden", ' style="display:none"', ' itemprop="articleBody"']


@st.composite
def markup(draw: st.DrawFn) -> str:
    parts = ["<html><body>"]
    for _ in range(draw(st.integers(0, 40))):
        tag = draw(st.sampled_from(TAGS))
        kind = draw(st.integers(0, 2))
        if kind == 0:
            parts.append(f"<{tag}{draw(st.sampled_from(ATTRS))}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        else:
            parts.append(draw(st.sampled_from([*CHROME_LINES, "A sentence of the story goes here."])))
    return "".join(parts)


@FAST
@given(markup())
def test_any_markup(source: str) -> None:
    page = newsclean.extract(source, content_type="html")
    text = newsclean.normalize(source, content_type="html")
    for r in page.removed:
        assert text[r.start : r.end] == r.text


def test_an_outlet_suffix_on_a_title_under_an_aggregators_header_loses_no_letter() -> None:
    # found by test_seed_with_spliced_chrome_and_truncation: a header spliced above a story's
    # last line made that line a title whose " — Reuters" was read as its outlet, then the
    # header's outlet replaced it and the name was in no field and no removal
    text = (
        "Harbour council approves new ferry terminal plan\nCoast Post2 hours ago\n"
        "The harbour council on Tuesday approved a plan for a new ferry terminal on the east quay.\n"
        "Valley Times3 days ago\nThe vote lasted for about twenty minutes, the council said. — Reuters"
    )
    page = check(text)
    assert [a.outlet for a in page.articles] == ["Coast Post", "Valley Times"]
