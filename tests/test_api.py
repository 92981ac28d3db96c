"""The public API: types, errors, warnings, decoding, serialisation, rule files."""

from __future__ import annotations

import codecs
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import FIXTURES, fetched, fixture_pages, load_label

import newsclean
from newsclean.rules import _key as rules_key

SEED = FIXTURES / "seeds" / "000_0e52b6fd9e0fe50b.txt"
WHEN = datetime(2025, 6, 12, 12, tzinfo=UTC)


def test_wrong_argument_types_raise_type_error() -> None:
    with pytest.raises(TypeError):
        newsclean.extract(123)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        newsclean.extract("x", fetched_at="2025-01-01")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        newsclean.extract("x", content_type="pdf")


def test_oversized_input_raises_page_too_large() -> None:
    with pytest.raises(newsclean.PageTooLarge) as err:
        newsclean.extract("a" * 2000, max_bytes=1000)
    assert "2,000 bytes" in str(err.value)
    assert isinstance(err.value, ValueError)


def test_relative_times_need_fetched_at() -> None:
    text = SEED.read_text(encoding="utf-8")
    page = newsclean.extract(text)
    assert page.main is not None and page.main.published_text == "3 days ago"
    assert page.main.published_at is None
    assert any("fetched_at" in w for w in page.warnings)
    resolved = newsclean.extract(text, fetched_at=WHEN)
    assert resolved.main is not None and resolved.main.published_at == WHEN - timedelta(days=3)
    assert not resolved.warnings


def test_daily8_dates_are_day_first() -> None:
    page = newsclean.extract((FIXTURES / "pages" / "03_hashtag_listing_bullets.txt").read_text())
    assert page.articles[0].published_at == datetime(2025, 3, 14, tzinfo=UTC)


def test_body_stamp_keeps_its_zone() -> None:
    text = "Rail deal agreed\nNews from Kessel Sep 1, 2025 09:30 (JST) Kessel, Sept 1 (Kyodo)--The deal was signed.\n"
    page = newsclean.extract(text)
    a = page.articles[0]
    assert a.published_text == "Sep 1, 2025 09:30 (JST)"
    assert a.published_at is not None and a.published_at.utcoffset() == timedelta(hours=9)
    assert a.dateline is not None and a.dateline.location == "Kessel" and a.credits == ["Kyodo"]


def test_json_round_trip_is_lossless(fixture_page: Path) -> None:
    label = load_label(fixture_page)
    page = newsclean.extract(fixture_page.read_text(encoding="utf-8"), fetched_at=fetched(label))
    assert newsclean.Page.model_validate_json(page.model_dump_json()) == page


def test_bytes_are_decoded_whatever_the_encoding() -> None:
    text = SEED.read_text(encoding="utf-8")
    want = newsclean.extract(text, fetched_at=WHEN)
    for data in (
        text.encode("utf-8"),
        codecs.BOM_UTF8 + text.encode("utf-8"),
        codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
    ):
        got = newsclean.extract(data, fetched_at=WHEN)
        assert [a.title for a in got.articles] == [a.title for a in want.articles]
        assert [a.body for a in got.articles] == [a.body for a in want.articles]
    latin = "Caf\u00e9 owners protest new rent rules\nThe owners of the caf\u00e9 said rents doubled.\n"
    page = newsclean.extract(latin.encode("latin-1"))
    assert page.articles and "caf" in page.articles[0].body.lower()
    assert any("not UTF-8" in w for w in page.warnings)


def test_page_cut_inside_a_utf8_character_decodes() -> None:
    data = "Title line\nA story about the café".encode()[:-1]
    page = newsclean.extract(data)
    assert page.articles and page.warnings


def test_empty_and_blank_input_give_an_empty_page() -> None:
    for source in ("", "   \n\n\t ", b""):
        page = newsclean.extract(source)
        assert page.articles == [] and page.kind == "unknown"


def test_user_rule_file_extends_the_bundled_rules(tmp_path: Path) -> None:
    rules_file = tmp_path / "mysite.toml"
    rules_file.write_text(
        '[[line]]\nid = "mysite.promo"\ntext = ["Valley readers save a tenth on tickets"]\n'
        '[[inline]]\nid = "mysite.tag"\ntext = ["(sponsored)"]\n',
        encoding="utf-8",
    )
    rules = newsclean.load_rules(rules_file)
    text = "Mill reopens\nThe mill reopened today (sponsored) after repairs.\nValley readers save a tenth on tickets\n"
    page = newsclean.extract(text, rules=rules)
    assert page.articles[0].body == "The mill reopened today after repairs."
    assert {r.rule for r in page.removed} == {"mysite.promo", "mysite.tag"}
    plain = newsclean.extract(text)
    assert "Valley readers save a tenth on tickets" in plain.articles[0].body


def test_a_rule_matches_typewriter_and_typographic_spellings(tmp_path: Path) -> None:
    rules_file = tmp_path / "mysite.toml"
    rules_file.write_text(
        '[[line]]\nid = "mysite.more"\ntext = ["Don\'t miss our weekly digest..."]\n'
        '[[line]]\nid = "mysite.tip"\nprefix = ["Got a tip\u2026"]\n'
        '[[inline]]\nid = "mysite.tag"\ntext = ["(it\'s sponsored)"]\n',
        encoding="utf-8",
    )
    rules = newsclean.load_rules(rules_file)
    for apostrophe, dots in (("'", "..."), ("\u2019", "\u2026")):
        text = (
            "Mill reopens after repairs\n"
            f"The mill reopened today (it{apostrophe}s sponsored) after the repairs.\n"
            f"Don{apostrophe}t miss our weekly digest{dots}\n"
            f"Got a tip{dots} write to the newsroom\n"
        )
        page = newsclean.extract(text, rules=rules)
        assert page.articles[0].body == "The mill reopened today after the repairs.", apostrophe
        assert {r.rule for r in page.removed} == {"mysite.more", "mysite.tip", "mysite.tag"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[[line]]\nid = 'Bad Id'\ntext = ['x']\n", "line[0].id"),
        ("[[line]]\nid = 'a.b'\nregex = ['(']\n", "line[0].regex[0]"),
        ("[[line]]\nid = 'a.b'\nsection = 'footer'\ntext = ['x']\n", "line[0].section"),
        ("[[inline]]\nid = 'a.b'\n", "inline[0]"),
        ("[timezones]\nXYZ = 99\n", "timezones.XYZ"),
        ("[title_suffix]\nregex = [', News$']\n", "title_suffix.regex[0]"),
        ("[surprise]\n", "surprise"),
        ("not toml at all = = =\n", "not valid TOML"),
    ],
)
def test_malformed_rule_files_name_file_and_key(tmp_path: Path, content: str, message: str) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(newsclean.RulesError) as err:
        newsclean.load_rules(bad)
    assert str(bad) in str(err.value) and message in str(err.value)


def test_removals_name_their_rules() -> None:
    page = newsclean.extract(SEED.read_text(encoding="utf-8"), fetched_at=WHEN)
    rules = {r.text: r.rule for r in page.removed}
    assert rules["Try Our AI Features"] == "daily8.try-ai-features"
    assert rules["[[nid:717723]]"] == "heuristic.id-marker"
    assert rules["PHOTO: AFP"] == "heuristic.caption-credit"


def test_listing_entries_carry_the_listing_hashtag() -> None:
    page = newsclean.extract((FIXTURES / "pages" / "03_hashtag_listing_bullets.txt").read_text())
    assert page.kind == "listing"
    assert [a.tags for a in page.articles] == [["KesselOrchards"], ["KesselOrchards"]]


def test_an_internal_error_degrades_to_plain_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Outside strict mode a bug returns the text unsegmented, with a warning, instead of raising."""
    import newsclean.pipeline as pipeline

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "segment", broken)
    page = newsclean.extract("A title\nA body line.\n", options=newsclean.Options(strict=False))
    assert [a.paragraphs for a in page.articles] == [["A title", "A body line."]]
    assert any("internal error (RuntimeError: boom)" in w for w in page.warnings)
    with pytest.raises(RuntimeError):
        newsclean.extract("A title\nA body line.\n", options=newsclean.Options(strict=True))


def test_a_broken_bundled_rule_file_fails_loudly_not_per_page(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A rule file that does not parse is an installation fault: ``RulesError`` naming the file,
    even outside strict mode, instead of an "internal error" warning on every page.

    The default rules are swapped at the pipeline's call, not inside ``newsclean.rules``:
    the compiled build binds that module's own calls natively."""
    import newsclean.pipeline as pipeline

    bad = tmp_path / "web.toml"
    bad.write_text("x = = 1\n", encoding="utf-8")
    monkeypatch.setattr(pipeline, "default_rules", lambda: newsclean.load_rules(bad, replace=True))
    with pytest.raises(newsclean.RulesError, match=r"web\.toml: not valid TOML"):
        newsclean.extract("A title\nA body line.\n", options=newsclean.Options(strict=False))


def test_a_users_backtracking_rule_times_out_into_a_warning(tmp_path: Path) -> None:
    rule = tmp_path / "slow.toml"
    rule.write_text("[[line]]\nid = 'mine.slow'\nregex = ['(a|aa)+$']\n", encoding="utf-8")
    rules = newsclean.load_rules(rule)
    import newsclean.rules as rules_module

    old = rules_module.REGEX_TIMEOUT
    rules_module.REGEX_TIMEOUT = 0.05
    try:
        page = newsclean.extract("Title line\n" + "a" * 60 + "b\nA body sentence.", rules=rules)
    finally:
        rules_module.REGEX_TIMEOUT = old
    assert any("timed out" in w for w in page.warnings)


def test_bundled_line_patterns_name_the_rule_the_pattern_loop_names(tmp_path: Path) -> None:
    """The bundled patterns are looked up by a line's first character (firstchars.py).

    A user file with a pattern switches to the guarded path (the regex module and a loop
    over all the patterns); on every line of every fixture both must name the same rule.
    """
    import regex

    from newsclean.rules import _bundled_sources, _parse, default_rules

    for name, text in _bundled_sources():  # the load skips this compile for bundled files
        for entry in _parse(text, name).get("line", []) + _parse(text, name).get("inline", []):
            for pattern in entry.get("regex", []):
                regex.compile(pattern)
    user = tmp_path / "never.toml"
    user.write_text("[[line]]\nid = 'mine.never'\nregex = ['zzz-never-a-line']\n", encoding="utf-8")
    fast, looped = default_rules(), newsclean.load_rules(user)
    lines = {ln.strip() for p in fixture_pages() for ln in p.read_text(encoding="utf-8").splitlines()}
    lines |= {"12 comments", "Comments (3)", "Photo: Reuters", "1 / 12", "Share this article"}
    # every phrase in other cases and followed by more words: the first-character split of
    # the patterns must try each pattern these can match
    for name, text in _bundled_sources():
        for entry in _parse(text, name).get("line", []):
            for phrase in entry.get("text", []) + entry.get("prefix", []):
                lines |= {phrase.upper(), phrase.lower(), f"{phrase} and more words", f"({phrase})"}
    # longer than every short pattern: only the long ones are tried on these
    long_chrome = [
        "Subscribe to our daily newsletters for the harbour town's stories, sent to your inbox every morning at six",
        "You can subscribe for free to the Harbour Hour podcast wherever you listen, and new episodes arrive on Fridays",
    ]
    assert all(len(line) > 100 and fast.line_rule(line) is not None for line in long_chrome)
    lines |= set(long_chrome) | {line[:-1] + "x" * 150 for line in long_chrome}
    named = 0
    for line in sorted(ln for ln in lines if ln):
        hit = fast.line_rule(line)
        assert hit == looped.line_rule(line), line
        # removed by a pattern: no exact phrase and no prefix names the line
        named += hit is not None and rules_key(line) not in fast._line_text and fast._prefix_re.match(line) is None
    assert named >= 5  # lines only a pattern removes are among them, not just exact phrases


def test_models_the_pipeline_builds_equal_validated_ones() -> None:
    """The pipeline builds models without validation; they must be what validation gives."""
    from newsclean.models import Article, Page, Removal

    page = newsclean.extract((FIXTURES / "seeds").glob("*.txt").__next__().read_text(encoding="utf-8"))
    assert page.removed and page.articles
    for r in page.removed:
        assert Removal.model_validate(r.model_dump()) == r
    for a in page.articles:
        again = Article.model_validate(a.model_dump(exclude={"body"}))
        assert again == a and again.body == a.body
    assert Page.model_validate_json(page.model_dump_json()) == page


def test_the_charset_a_page_declares_beats_a_guess() -> None:
    story = "<p>Der Bürgermeister öffnete die Brücke über die Saale für Fußgänger.</p>" * 3
    page = f"<html><head><meta charset='iso-8859-1'><title>Brücke</title></head><body><article>{story}</article></body></html>"
    got = newsclean.extract(page.encode("cp1252"))
    assert got.main is not None and "Bürgermeister öffnete" in (got.main.body or "")
    assert any("as the page declares" in w for w in got.warnings)


def test_utf8_with_a_few_broken_bytes_is_read_as_utf8() -> None:
    text = "Caf\u00e9 owners in M\u00fcnchen protest new rent rules\nThe owners of the caf\u00e9 said rents doubled \u00fcber Nacht.\n"
    data = text.encode("utf-8").replace(b"doubled", b"doub\xffled")
    page = newsclean.extract(data)
    assert "M\u00fcnchen" in (page.articles[0].title or "") + " ".join(page.articles[0].paragraphs)
    assert any("mostly UTF-8" in w for w in page.warnings)


@pytest.mark.parametrize("label", ["rot13", "base64", "utf-7", "unicode_escape", "no-such-charset", "utf-16"])
def test_a_declared_charset_that_is_no_web_charset_is_ignored(label: str) -> None:
    data = f"<html><head><meta charset='{label}'></head><body><p>Caf".encode() + b"\xe9 \xff</p></body></html>"
    page = newsclean.extract(data)
    assert not any("as the page declares" in w for w in page.warnings)
