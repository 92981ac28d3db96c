"""The typed records newsclean returns.

Every model lives here so that the JSON Schema, the CLI and the library share one definition.
The pipeline builds these once, at the end, from plain data: nothing upstream re-validates
them per line, which keeps extraction fast.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, computed_field

Role = Literal["main", "related", "listing"]
PageKind = Literal["article", "listing", "unknown"]


class Dateline(BaseModel):
    """The place (and date or agency) that opens a story's body, e.g. ``SEOUL, June 9 (Reuters) -``."""

    model_config = ConfigDict(frozen=True)

    location: str | None = None
    date_text: str | None = None
    agency: str | None = None


class Removal(BaseModel):
    """One piece of chrome taken out of the page, with the rule that took it.

    ``start``/``end`` are offsets into the decoded, normalised text (what
    :func:`newsclean.normalize` returns for the same source), so
    ``normalize(source)[r.start:r.end] == r.text`` always holds and a user can audit every cut.
    """

    model_config = ConfigDict(frozen=True)

    text: str
    rule: str
    start: int
    end: int


class TraceEvent(BaseModel):
    """One decision about a piece of the page, with the rule or heuristic that made it.

    Removals are traced as ``decision="removed"``; kept lines say what they became ("title",
    "opens entry 3: a headline over its teaser", "outlet = Coast Post"). ``start``/``end``
    are offsets into the normalised text, like a :class:`Removal`'s. Filled only when
    :func:`newsclean.extract` is called with ``trace=True``.
    """

    model_config = ConfigDict(frozen=True)

    rule: str
    start: int
    end: int
    text: str
    decision: str


class Article(BaseModel):
    """One story-like block of a page: the page's own story, a related story or a listing entry."""

    role: Role
    title: str | None = None
    subtitle: str | None = None  # the standfirst printed under the title, when a page prints one
    outlet: str | None = None
    byline: list[str] = Field(default_factory=list)
    dateline: Dateline | None = None
    published_text: str | None = None
    published_at: datetime | None = None
    category: str | None = None
    tags: list[str] = Field(default_factory=list)
    credits: list[str] = Field(default_factory=list)
    captions: list[str] = Field(default_factory=list)
    paragraphs: list[str] = Field(default_factory=list)
    ids: dict[str, str] = Field(default_factory=dict)
    span: tuple[int, int] = (0, 0)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def body(self) -> str:
        """The paragraphs joined by blank lines; derived, so it can never disagree with them."""
        return "\n\n".join(self.paragraphs)


class Page(BaseModel):
    """The result of :func:`newsclean.extract`: the articles of one page and what was removed."""

    kind: PageKind = "unknown"
    url: str | None = None
    articles: list[Article] = Field(default_factory=list)
    removed: list[Removal] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    trace: list[TraceEvent] = Field(default_factory=list)  # filled with ``extract(..., trace=True)``

    @property
    def main(self) -> Article | None:
        """The page's own story, or ``None`` on listing pages and pages without one."""
        return next((a for a in self.articles if a.role == "main"), None)


_M = TypeVar("_M", bound=BaseModel)
_FIELD_COUNT: dict[type[BaseModel], int] = {}


def built(cls: type[_M], **values: Any) -> _M:
    """An instance from values the pipeline itself produced, every field given: no validation.

    ``model_construct`` does the same but also walks the fields for aliases and defaults,
    which made it a measurable share of extraction (a page records about ten removals).
    This fills exactly what ``model_construct`` fills; :data:`_FAST` checks at import that
    the installed pydantic agrees, and otherwise ``model_construct`` is used.
    """
    fields = _FIELD_COUNT.get(cls)
    if fields is None:  # pydantic's class-level model_fields is a slow descriptor: read it once
        fields = _FIELD_COUNT[cls] = len(cls.model_fields)
    if not _FAST or len(values) != fields:  # a field left out needs its default
        return cls.model_construct(**values)
    m = cls.__new__(cls)
    object.__setattr__(m, "__dict__", values)
    object.__setattr__(m, "__pydantic_fields_set__", set(values))
    object.__setattr__(m, "__pydantic_extra__", None)
    object.__setattr__(m, "__pydantic_private__", None)
    return m


def _fast_path_agrees() -> bool:
    sample: dict[str, Any] = {"text": "x", "rule": "r", "start": 0, "end": 1}
    try:
        fast = built(Removal, **sample)
        slow = Removal.model_construct(**sample)
        return fast == slow and fast.model_dump() == slow.model_dump() and Removal.__pydantic_post_init__ is None
    except Exception:
        return False


_FAST = True  # the probe below runs the fast path once, then decides
_FAST = _fast_path_agrees()
