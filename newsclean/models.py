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

    location: str | None = Field(None, description='The place, with its region when printed: "SEOUL", "FRISCO, Texas".')
    date_text: str | None = Field(None, description='The date the dateline prints, as printed: "June 9".')
    agency: str | None = Field(None, description='The agency the dateline names: "Reuters" (also in the credits).')


class Removal(BaseModel):
    """One piece of chrome taken out of the page, with the rule that took it.

    ``start``/``end`` are offsets into the decoded, normalised text (what
    :func:`newsclean.normalize` returns for the same source), so
    ``normalize(source)[r.start:r.end] == r.text`` always holds and a user can audit every cut.
    """

    model_config = ConfigDict(frozen=True)

    text: str = Field(description="The text removed, exactly as it stands in the normalised page.")
    rule: str = Field(description='The id of the rule that removed it: "daily8.try-ai-features", "heuristic.embed".')
    start: int = Field(description="Offset of its first character in the normalised text.")
    end: int = Field(description="Offset past its last character: normalize(source)[start:end] == text.")


class TraceEvent(BaseModel):
    """One decision about a piece of the page, with the rule or heuristic that made it.

    Removals are traced as ``decision="removed"``; kept lines say what they became ("title",
    "opens entry 3: a headline over its teaser", "outlet = Coast Post"). ``start``/``end``
    are offsets into the normalised text, like a :class:`Removal`'s. Filled only when
    :func:`newsclean.extract` is called with ``trace=True``.
    """

    model_config = ConfigDict(frozen=True)

    rule: str = Field(description="The id of the rule or heuristic that decided.")
    start: int = Field(description="Offset of the piece's first character in the normalised text.")
    end: int = Field(description="Offset past its last character.")
    text: str = Field(description="The piece of the page decided on.")
    decision: str = Field(description='What became of it: "removed", "title", "outlet = Coast Post", ...')


class Article(BaseModel):
    """One story-like block of a page: the page's own story, a related story or a listing entry."""

    role: Role = Field(
        description="main: the page's own story; related: a story it links; listing: an entry of a list page."
    )
    title: str | None = Field(None, description="The headline, without a section suffix.")
    subtitle: str | None = Field(None, description="The standfirst printed under the title, when the page prints one.")
    outlet: str | None = Field(None, description='The publication the article names: "AsiaOne", "Coast Post".')
    byline: list[str] = Field(default_factory=list, description="The authors, one name each.")
    dateline: Dateline | None = Field(None, description="The place (and date or agency) opening the body.")
    published_text: str | None = Field(
        None, description='The publication time as printed: "3 days ago", "27-07-2025", "Jun 9, 2025 16:21 (JST)".'
    )
    published_at: datetime | None = Field(
        None,
        description="published_text as an aware instant, in the offset the page printed (UTC when it printed none); "
        "relative times need the scrape time.",
    )
    category: str | None = Field(None, description='The section the page files the article under: "Politics".')
    tags: list[str] = Field(default_factory=list, description="A listing's hashtag, then further header sections.")
    credits: list[str] = Field(
        default_factory=list, description="Wire agencies credited for the text, canonical names."
    )
    captions: list[str] = Field(default_factory=list, description="Photo captions, credit tags removed.")
    paragraphs: list[str] = Field(default_factory=list, description="The story's own paragraphs, in order.")
    ids: dict[str, str] = Field(default_factory=dict, description='Ids from markers in the text: {"nid": "717723"}.')
    span: tuple[int, int] = Field((0, 0), description="Offsets of the article's block in the normalised text.")

    @computed_field(description="The paragraphs joined by blank lines.")  # type: ignore[prop-decorator]
    @property
    def body(self) -> str:
        """The paragraphs joined by blank lines; derived, so it can never disagree with them."""
        return "\n\n".join(self.paragraphs)


class Page(BaseModel):
    """The result of :func:`newsclean.extract`: the articles of one page and what was removed."""

    kind: PageKind = Field("unknown", description="article: a story page; listing: a topic or hashtag list; unknown.")
    url: str | None = Field(None, description="The page's URL, as given to extract (or read from a record).")
    articles: list[Article] = Field(default_factory=list, description="Every story-like block, in page order.")
    removed: list[Removal] = Field(default_factory=list, description="Every piece of chrome taken out, with its rule.")
    warnings: list[str] = Field(default_factory=list, description="What could not be done, and why.")
    trace: list[TraceEvent] = Field(
        default_factory=list, description="Every decision, kept lines too; filled only with extract(..., trace=True)."
    )

    @property
    def main(self) -> Article | None:
        """The page's own story, or ``None`` on listing pages and pages without one."""
        return next((a for a in self.articles if a.role == "main"), None)


_M = TypeVar("_M", bound=BaseModel)
_FIELD_COUNT: dict[type[BaseModel], int] = {}


def _slot_setters() -> tuple[Any, Any, Any, Any]:
    """The setters of the four instance slots every pydantic model has (``__dict__`` and the
    three ``__pydantic_*__``), read off ``BaseModel`` once.

    Why: ``object.__setattr__(m, name, value)`` looks the name up along the class's MRO and
    checks the call is no "Carlton hack" before it reaches the same slot, some 2,000
    instructions each; the slot's own descriptor set is half that (callgrind:
    ``built(Removal, ...)`` 15.6K instructions, 11.7K with these), and a page builds some
    fifteen records. The same slots written with the same values: exact, and
    :func:`_fast_path_agrees` checks the result against ``model_construct`` at import.
    """
    slots = vars(BaseModel)
    names = ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")
    setters = [slots[name].__set__ for name in names]
    return setters[0], setters[1], setters[2], setters[3]


_SET_DICT, _SET_FIELDS_SET, _SET_EXTRA, _SET_PRIVATE = _slot_setters()
_NEW = object.__new__


def built(cls: type[_M], **values: Any) -> _M:
    """An instance from values the pipeline itself produced, every field given: no validation.

    ``model_construct`` does the same but also walks the fields for aliases and defaults,
    which made it a measurable share of extraction (a page records about ten removals).
    This fills exactly what ``model_construct`` fills, through the slots' own setters
    (:func:`_slot_setters`); :data:`_FAST` checks at import that the installed pydantic
    agrees, and otherwise ``model_construct`` is used.
    """
    fields = _FIELD_COUNT.get(cls)
    if fields is None:  # pydantic's class-level model_fields is a slow descriptor: read it once
        fields = _FIELD_COUNT[cls] = len(cls.model_fields)
    if not _FAST or len(values) != fields:  # a field left out needs its default
        return cls.model_construct(**values)
    m = _NEW(cls)
    _SET_DICT(m, values)
    _SET_FIELDS_SET(m, set(values))
    _SET_EXTRA(m, None)
    _SET_PRIVATE(m, None)
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
