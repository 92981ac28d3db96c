"""Safety of ``extract()`` on hostile input: no network, user patterns on a per-page time
budget, rule values validated, memory linear in the input, decoding that says when it guessed.

Each test here reproduces one defect of issue #25; the hang-prone ones run in a forked child
with a deadline, so a regression fails the test instead of stalling the suite.
"""

from __future__ import annotations

import codecs
import multiprocessing as mp
import os
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES, fixture_pages
from hypothesis import given
from hypothesis import strategies as st
from test_accounting import accounting_problems

import newsclean
from newsclean.html.dates import second_opinion

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the deadline runs the work in a forked child")


def within(seconds: float, fn: Callable[..., Any], *args: Any) -> Any:
    """``fn(*args)`` run in a forked child; the test fails if it is not back in ``seconds``.

    A deadline for hangs (a regression would otherwise stall the suite), not a speed claim:
    each is many times what the work takes.
    """
    ctx = mp.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)

    def child() -> None:
        try:
            send.send(("ok", fn(*args)))
        except BaseException as exc:  # report it here, in the parent
            send.send(("raised", repr(exc)))

    proc = ctx.Process(target=child, daemon=True)
    proc.start()
    send.close()
    ready = receive.poll(seconds)
    if not ready:
        proc.kill()
        proc.join()
        pytest.fail(f"{getattr(fn, '__name__', fn)} did not finish in {seconds} s")
    kind, value = receive.recv()
    proc.join()
    if kind == "raised":
        pytest.fail(f"{getattr(fn, '__name__', fn)} raised {value}")
    return value


# --- 1. no socket, ever ---------------------------------------------------------------------------

STORY = "".join(
    f"<p>The ferry timetable changes from next week, and paragraph {i} explains what that means for riders.</p>"
    for i in range(6)
)
NEWS = f"<html><head><title>Ferry timetable</title></head><body><h1>Ferry timetable</h1><article>{STORY}</article></body></html>"


def _url_like(prefix: str) -> str:
    """A page htmldate would take for a URL to download: it starts with one and has no space."""
    return prefix + NEWS.replace(" ", "_")


def test_extraction_never_opens_a_socket_even_on_pages_that_look_like_urls(network_attempts: list[object]) -> None:
    pages: list[str | bytes] = [_url_like("http://127.0.0.1:9/x"), _url_like("https://example.invalid/a")]
    pages += [NEWS, NEWS.encode("utf-8")]
    for path in fixture_pages():
        text = path.read_text(encoding="utf-8")
        pages += [text, text.encode("utf-8"), "http://127.0.0.1:9/" + text.replace(" ", "_")]
        body = "".join(f"<p>{line}</p>" for line in text.splitlines())
        pages.append(_url_like("http://127.0.0.1:9/") + body.replace(" ", "_"))
    for page in pages:
        got = newsclean.extract(page)
        assert isinstance(got, newsclean.Page)
    assert network_attempts == []


def test_the_date_second_opinion_still_reads_a_page_that_starts_like_a_url(network_attempts: list[object]) -> None:
    """The fix must not silence htmldate: the tree it now gets is the page's own."""
    page = _url_like("http://127.0.0.1:9/x").replace("</h1>", "</h1><p>Last_edited:_10.11.2019</p>")
    found = second_opinion(page, None)
    assert found is not None and found[1] == "2019-11-10"
    assert network_attempts == []


# --- 2. one time budget per page for every user pattern --------------------------------------------


def _rules(tmp_path: Path, toml: str) -> newsclean.RuleSet:
    path = tmp_path / "mine.toml"
    path.write_text(toml, encoding="utf-8")
    return newsclean.load_rules(path)


def _extract(source: str, rules: newsclean.RuleSet) -> tuple[newsclean.Page, float]:
    t0 = time.perf_counter()
    page = newsclean.extract(source, rules=rules)
    return page, time.perf_counter() - t0


def test_a_backtracking_title_suffix_pattern_is_stopped_by_the_page_budget(tmp_path: Path) -> None:
    rules = _rules(tmp_path, "[title_suffix]\nregex = ['(?P<category>(a|aa)+)$']\n")
    title = "Harbour council votes on the new pier " + "a" * 44 + "!"
    page, _ = within(60, _extract, f"{title}\nThe council voted on the pier today.\n", rules)
    assert any("time budget" in w for w in page.warnings)
    assert page.main is not None and page.main.title == title  # the title is kept as it was
    assert "The council voted on the pier today." in page.main.body


def test_a_slow_inline_pattern_costs_one_budget_per_page_not_one_timeout_per_block(tmp_path: Path) -> None:
    rules = _rules(tmp_path, "[[inline]]\nid = 'mine.slow'\nregex = ['(x|xx)+z']\n")
    blocks = [f"z Paragraph {i} of the story " + "x" * 40 for i in range(200)]
    page, seconds = within(45, _extract, "A harbour story\n\n" + "\n\n".join(blocks) + "\n", rules)
    assert any("time budget" in w for w in page.warnings)
    body = " ".join(a.body for a in page.articles)
    assert all(b in body for b in blocks)  # nothing lost
    assert seconds < 20  # 200 blocks at a quarter second each took 50 s


def test_a_user_pattern_that_times_out_on_the_html_path_gives_a_warning_not_an_internal_error(
    tmp_path: Path,
) -> None:
    rules = _rules(tmp_path, "[[line]]\nid = 'mine.slow'\nregex = ['(a|aa)+$']\n")
    markup = NEWS.replace("</h1>", "</h1><p>" + "a" * 60 + "b</p>")
    page, _ = within(60, _extract, markup, rules)
    assert not any("internal error" in w for w in page.warnings)
    assert any("time budget" in w for w in page.warnings)
    assert page.main is not None and page.main.title == "Ferry timetable"
    assert "paragraph 5 explains" in page.main.body


def test_the_budget_is_per_page(tmp_path: Path) -> None:
    rules = _rules(tmp_path, "[[line]]\nid = 'mine.slow'\nregex = ['(a|aa)+$', 'Tap to follow the harbour desk']\n")

    def two_pages() -> tuple[newsclean.Page, newsclean.Page]:
        slow = newsclean.extract("Title\n" + "a" * 60 + "b\nBody text.\n", rules=rules)
        fine = newsclean.extract("Title\nTap to follow the harbour desk\nBody text.\n", rules=rules)
        return slow, fine

    slow, fine = within(60, two_pages)
    assert any("time budget" in w for w in slow.warnings)
    assert not fine.warnings and [r.rule for r in fine.removed] == ["mine.slow"]


# --- 3. rule values are validated -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[timezones]\nJST = nan\n", "timezones.JST"),
        ("[timezones]\nJST = -nan\n", "timezones.JST"),
        ("[timezones]\nJST = inf\n", "timezones.JST"),
        ("[timezones]\n'J S T' = 9\n", "timezones.J S T"),
        ("[timezones]\n'' = 9\n", "timezones."),
        ("[ruleset]\nname = 'mine'\ncolour = 'blue'\n", "ruleset.colour"),
        ("[ruleset]\nname = 5\n", "ruleset.name"),
        ("ruleset = 'mine'\n", "ruleset"),
    ],
)
def test_rule_values_are_validated(tmp_path: Path, content: str, message: str) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(newsclean.RulesError) as err:
        newsclean.load_rules(bad)
    assert str(bad) in str(err.value) and message in str(err.value)


def test_a_page_stamped_in_a_user_zone_resolves(tmp_path: Path) -> None:
    rules = _rules(tmp_path, "[timezones]\nKST = 9\n")
    page = newsclean.extract("Rail deal agreed\nSep 1, 2025 09:30 (KST)\nThe deal was signed.\n", rules=rules)
    assert page.main is not None and page.main.published_at is not None
    assert page.main.published_at.isoformat() == "2025-09-01T09:30:00+09:00"


def test_a_rule_file_saved_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(codecs.BOM_UTF8 + b"[[line]]\nid = 'mine.promo'\ntext = ['Get the Valley app']\n")
    rules = newsclean.load_rules(path)
    page = newsclean.extract("Mill reopens\nGet the Valley app\nThe mill reopened today.\n", rules=rules)
    assert [r.rule for r in page.removed] == ["mine.promo"]


# --- 4. memory and work linear in the input ---------------------------------------------------------


def _peak(source: str) -> tuple[newsclean.Page, int]:
    newsclean.extract("Warm-up title\nA warm-up sentence.\n")
    tracemalloc.start()
    try:
        page = newsclean.extract(source)
        return page, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# Bytes of memory per byte of input the worst of these may take at its peak; it was about 450.
MEMORY_PER_INPUT_BYTE = 20


@pytest.mark.parametrize(
    "source",
    [
        pytest.param("x\n" * 200_000, id="200k one-letter lines"),
        pytest.param("".join(f"Line {i} of it\n" for i in range(100_000)), id="100k short lines"),
        pytest.param("<html><body>" + "<p>x</p>" * 120_000 + "</body></html>", id="120k paragraphs of markup"),
    ],
)
def test_memory_is_linear_in_the_input_with_a_small_constant(source: str) -> None:
    page, peak = _peak(source)
    assert peak < MEMORY_PER_INPUT_BYTE * len(source), f"peak {peak:,} bytes for {len(source):,} of input"
    assert any("over the limit" in w for w in page.warnings)
    text = newsclean.normalize(source)
    assert not accounting_problems(text, page)  # nothing lost


def test_a_page_over_max_lines_keeps_all_its_text_unsegmented() -> None:
    lines = [f"Line {i} of the long page" for i in range(3000)]
    page = newsclean.extract("\n".join(lines) + "\n", max_lines=1000)
    assert page.kind == "unknown" and len(page.articles) == 1
    assert any("more than 1,000 non-blank lines" in w for w in page.warnings)
    assert page.articles[0].body.split() == " ".join(lines).split()
    normal = newsclean.extract("\n\n".join(lines[:1000]) + "\n", max_lines=1000)
    assert not any("limit" in w for w in normal.warnings)


def test_blank_lines_do_not_count_towards_max_lines() -> None:
    page = newsclean.extract("Harbour story\n" + "\n" * 5000 + "The mill reopened today.\n", max_lines=1000)
    assert page.main is not None and page.main.title == "Harbour story"
    assert not any("limit" in w for w in page.warnings)


@given(st.lists(st.sampled_from(["\n", " ", "x", "ab", "  ", "\n\n", "é", "\u3000", "\t"]), max_size=60))
def test_lines_of_a_blank_flood_are_the_lines_of_the_single_split(parts: list[str]) -> None:
    from newsclean import lines

    text = newsclean.normalize("".join(parts))
    assert lines._split_sparse(text) == lines.split_lines(text)  # short: the single split


def test_a_flood_of_blank_lines_is_skipped_by_a_scan() -> None:
    page = within(60, newsclean.extract, "\n" * 5_000_000 + "Harbour story\nThe mill reopened today.\n")
    assert page.main is not None and page.main.title == "Harbour story"
    assert page.main.span[0] == 5_000_000


@given(st.lists(st.sampled_from(["a", "\r", "\n", "\r\n", "\u00a0", "\ufeff", "\x00", "\t", "é", "\u2028", " "])))
def test_normalising_in_passes_gives_the_string_of_one_pass(parts: list[str]) -> None:
    from newsclean import decode

    text = "".join(parts)
    whole = decode.normalize(text)
    old = decode._PASS
    decode._PASS = 3
    try:
        assert decode.normalize(text) == whole
    finally:
        decode._PASS = old


def test_every_character_the_normal_form_changes_is_non_printable() -> None:
    from newsclean import decode

    # normalize skips the table's pass on text that is printable once its line breaks are spaces
    assert not any(chr(cp).isprintable() for cp in decode._TABLE)


@given(st.lists(st.sampled_from(["a", "\n", " ", "é", "\u2019", "\x00", "\x85", "\u200b", "\u3000", "\xad", "Ω"])))
def test_the_table_pass_gives_what_the_pattern_scan_gives(parts: list[str]) -> None:
    from newsclean import decode

    text = "".join(parts)
    assert decode._table(text) == decode._NEEDS.sub(decode._replace, text)


def test_max_lines_must_be_positive() -> None:
    with pytest.raises(ValueError):
        newsclean.extract("x", max_lines=0)


# --- 10. decoding says when it guessed ------------------------------------------------------------

SPANISH = "España gana el partido. El niño juega en la calle.\nLa señora compró pan en Málaga.\n"


def test_a_utf8_bom_followed_by_utf16_is_read_as_utf16_with_a_warning() -> None:
    text = "Harbour pier to be rebuilt\nThe council approved the plan on Monday.\n"
    for data in (
        codecs.BOM_UTF8 + codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        codecs.BOM_UTF8 + text.encode("utf-16-le"),
        codecs.BOM_UTF8 + codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    ):
        page = newsclean.extract(data)
        assert page.main is not None and page.main.title == "Harbour pier to be rebuilt", data[:8]
        assert any("UTF-16" in w and "byte-order mark" in w for w in page.warnings), page.warnings


def test_a_utf16_bom_followed_by_8bit_text_is_read_as_the_text_with_a_warning() -> None:
    text = "Harbour pier to be rebuilt\nThe council approved the plan on Monday.\n"
    for bom in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        page = newsclean.extract(bom + text.encode("utf-8"))
        assert page.main is not None and page.main.title == "Harbour pier to be rebuilt"
        assert any("UTF-16" in w and "byte-order mark" in w and "8-bit" in w for w in page.warnings)
    cjk = "".join(f"東京で会議 政府は新しい計画を発表した。第{i}段落。\n" for i in range(20))
    data = codecs.BOM_UTF16_LE + cjk.encode("utf-16-le")  # real UTF-16 after its mark: read as such
    assert not newsclean.extract(data).warnings and newsclean.normalize(data) == cjk


def test_utf16_without_any_bom_is_read_by_its_zero_bytes() -> None:
    text = "Harbour pier to be rebuilt\nThe council approved the plan on Monday.\n"
    page = newsclean.extract(text.encode("utf-16-le"))
    assert page.main is not None and page.main.title == "Harbour pier to be rebuilt"
    assert any("UTF-16" in w for w in page.warnings)


def test_an_undeclared_western_page_is_read_as_cp1252_with_a_warning_that_it_was_a_guess() -> None:
    page = newsclean.extract(SPANISH.encode("cp1252"))
    assert page.main is not None and page.main.title is not None and "España" in page.main.title
    assert any("cp1252" in w and "guess" in w for w in page.warnings), page.warnings


def test_central_european_bytes_that_decide_stay_cp1250() -> None:
    text = "Zażółć gęślą jaźń\nPolska gospodarka rośnie szybko według ministerstwa finansów.\n"
    page = newsclean.extract(text.encode("cp1250"))
    assert page.main is not None and page.main.title == "Zażółć gęślą jaźń"


def test_a_declared_charset_still_wins() -> None:
    data = ("<html><head><meta charset='windows-1250'></head><body><h1>Český rozhlas</h1>" + STORY).encode("cp1250")
    assert "<h1>Český rozhlas</h1>" in newsclean.normalize(data, content_type="text")


def test_fixture_pages_decode_without_warnings_as_bytes() -> None:
    for path in sorted(FIXTURES.glob("*/*.txt"))[:10]:
        page = newsclean.extract(path.read_bytes())
        assert not any("UTF-16" in w or "guess" in w for w in page.warnings)
