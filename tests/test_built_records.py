"""models.built fills a record's slots as pydantic's model_construct does (its speed path
writes them through the slots' own setters: models._slot_setters)."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel

from newsclean import extract
from newsclean.models import Article, Page, Removal, TraceEvent, built

_SAMPLES: list[tuple[type[BaseModel], dict[str, Any]]] = [
    (Removal, {"text": "Read more", "rule": "common.read-more", "start": 4, "end": 13}),
    (TraceEvent, {"rule": "r", "start": 0, "end": 2, "text": "ab", "decision": "removed"}),
]


def _slots(m: BaseModel) -> tuple[object, ...]:
    return (type(m), m.__dict__, m.__pydantic_fields_set__, m.__pydantic_extra__, m.__pydantic_private__)


@pytest.mark.parametrize(("cls", "values"), _SAMPLES)
def test_built_fills_what_model_construct_fills(cls: type[BaseModel], values: dict[str, Any]) -> None:
    fast, slow = built(cls, **values), cls.model_construct(**values)
    assert _slots(fast) == _slots(slow)
    assert fast == slow and fast.model_dump() == slow.model_dump()
    assert fast.model_dump_json() == slow.model_dump_json()


def test_a_page_and_its_articles_built_fast_read_as_constructed_ones() -> None:
    page = extract("Council approves the bridge\n\nThe council met on Monday and approved the bridge.\n\nRead more")
    assert isinstance(page, Page)
    for record in [page, *page.articles, *page.removed]:
        values = dict(record.__dict__)
        assert _slots(record) == _slots(type(record).model_construct(**values))
    assert all(isinstance(a, Article) for a in page.articles)
    # the fast path's records validate as records the user builds
    assert Page.model_validate(page.model_dump()) == page


def test_a_field_left_out_takes_its_default() -> None:
    r = built(TraceEvent, rule="r", start=0, end=2, text="ab")  # no decision: model_construct's default
    assert r == TraceEvent.model_construct(rule="r", start=0, end=2, text="ab")
