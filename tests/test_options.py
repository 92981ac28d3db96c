"""``newsclean.Options``: immutable, an argument (never the environment), the same in every
worker of a batch, and filled by ``extract``'s old keyword arguments."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

import newsclean
import newsclean.pipeline as pipeline
from newsclean import Options
from newsclean.batch import Options as BatchOptions
from newsclean.batch import Task, run_chunk
from newsclean.cli import build_parser

# Written for these tests: a headline and a short body, then many one-word lines.
STORY = "Ferry timetable changes from Monday\nThe island ferry will leave an hour earlier in winter.\n"
MANY_LINES = "\n".join(f"Line{n} of the long notice" for n in range(40)) + "\n"


def _broken(*args: object, **kwargs: object) -> None:
    raise RuntimeError("provoked for the test")


def test_options_are_immutable() -> None:
    opts = Options(max_lines=500)
    with pytest.raises(dataclasses.FrozenInstanceError):
        opts.strict = True  # type: ignore[misc]
    assert opts.max_lines == 500 and opts.strict is False


def test_options_pickle_unchanged_for_the_workers() -> None:
    opts = Options(strict=True, max_bytes=4096, max_lines=30, tags_per_line=3)
    assert pickle.loads(pickle.dumps(opts)) == opts


@pytest.mark.parametrize(
    "bad",
    [{"max_lines": 0}, {"max_lines": "10"}, {"max_bytes": -1}, {"tags_per_line": 0}, {"strict": "yes"}],
)
def test_options_refuse_values_no_page_could_be_read_with(bad: dict[str, object]) -> None:
    with pytest.raises((ValueError, TypeError)):
        Options(**bad)  # type: ignore[arg-type]


def test_strict_reraises_an_internal_error_the_default_returns_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "segment", _broken)
    with pytest.raises(RuntimeError, match="provoked for the test"):
        newsclean.extract(STORY, options=Options(strict=True))
    page = newsclean.extract(STORY, options=Options())
    assert page.kind == "unknown"
    assert [a.paragraphs for a in page.articles] == [[line for line in STORY.splitlines()]]
    assert any("internal error (RuntimeError: provoked for the test)" in w for w in page.warnings)


def test_the_library_default_is_not_strict() -> None:
    """The suite runs strict (tests/conftest.py); the library's own default must not be."""
    assert Options().strict is False


def test_the_environment_no_longer_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "segment", _broken)
    monkeypatch.setenv("NEWSCLEAN_STRICT", "1")
    page = newsclean.extract(STORY, options=Options(strict=False))
    assert any("internal error" in w for w in page.warnings)


def test_max_lines_as_argument_or_in_options_agree() -> None:
    by_argument = newsclean.extract(MANY_LINES, max_lines=20)
    by_options = newsclean.extract(MANY_LINES, options=Options(max_lines=20))
    assert by_argument == by_options
    assert any("more than 20 non-blank lines" in w for w in by_options.warnings)
    assert by_options != newsclean.extract(MANY_LINES)  # the limit did something


def test_max_bytes_as_argument_or_in_options_agree() -> None:
    for call in (
        lambda: newsclean.extract(STORY, max_bytes=20),
        lambda: newsclean.extract(STORY, options=Options(max_bytes=20)),
    ):
        with pytest.raises(newsclean.PageTooLarge, match="over the limit of 20"):
            call()


@pytest.mark.parametrize("given", [{"max_lines": 20}, {"max_bytes": 1000}])
def test_a_limit_given_twice_is_a_clear_error(given: dict[str, int]) -> None:
    name = next(iter(given))
    with pytest.raises(ValueError, match=f"{name} given both as an argument and in options"):
        newsclean.extract(STORY, options=Options(max_lines=30), **given)  # type: ignore[arg-type]


def test_options_of_the_wrong_type_are_refused() -> None:
    with pytest.raises(TypeError, match=r"options must be a newsclean\.Options"):
        newsclean.extract(STORY, options={"strict": True})  # type: ignore[arg-type]


def test_normalize_takes_the_same_options_as_extract() -> None:
    """Which markup is too large to parse depends on the options: the offsets must agree."""
    markup = "<html><body>" + "<p>Harbour news item</p>" * 30 + "</body></html>"
    opts = Options(max_lines=5, tags_per_line=2)
    page = newsclean.extract(markup, options=opts)
    text = newsclean.normalize(markup, options=opts)
    assert any("read as text without its tags" in w for w in page.warnings)
    assert all(text[r.start : r.end] == r.text for r in page.removed)
    for a in page.articles:
        assert 0 <= a.span[0] <= a.span[1] <= len(text)
    assert text != newsclean.normalize(markup)  # parsed with the default limits


def test_batch_workers_get_the_runs_options(monkeypatch: pytest.MonkeyPatch) -> None:
    """A run's options travel with it: strict or not, the same for every page of a chunk."""
    monkeypatch.setattr(pipeline, "segment", _broken)
    chunk = [Task("a.txt", kind="page", raw=STORY.encode()), Task("b.txt", kind="page", raw=STORY.encode())]
    lenient = pickle.loads(pickle.dumps(BatchOptions(strict=False)))
    done = run_chunk(chunk, lenient)
    assert done.ok == 2 and done.data.count(b"internal error") == 2
    with pytest.raises(RuntimeError):
        run_chunk(chunk, pickle.loads(pickle.dumps(BatchOptions(strict=True))))


def test_batch_options_carry_max_bytes_into_extraction() -> None:
    opts = BatchOptions(max_bytes=1234, strict=False)
    assert opts.extraction == Options(strict=False, max_bytes=1234)


def test_the_cli_strict_flag_reaches_the_options() -> None:
    parser = build_parser()
    assert parser.parse_args(["convert", "in.txt", "-o", "out.jsonl", "--strict"]).strict is True
    assert parser.parse_args(["show", "page.txt", "--strict"]).strict is True
    assert parser.parse_args(["show", "page.txt"]).strict is None  # the library's default then
