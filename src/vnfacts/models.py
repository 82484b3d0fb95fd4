"""Typed models of the input article and the facts extracted from it.

Every fact is a frozen dataclass that carries its character span
(``start``, ``end``) in the article's original text and the span of the
sentence it came from. All facts of one article hang off one
:class:`Document`, which the pipeline stages fill in turn.

The JSON form of a document (:meth:`Document.to_json`) is a superset of the
facts contract (``../shared/contract/README.md``): the contract's fields plus
spans, sentences and ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass, replace
from typing import Any, Callable, Literal

EventType = Literal["visit", "working_session", "conference", "ceremony", "signing", "gift", "inspection", "other"]
SegmentKind = Literal["title", "paragraph", "caption", "byline", "related"]
Role = Literal["level", "change", "share"]
Bound = Literal["over", "under", "about"]
Basis = Literal["yoy", "plan"]


@dataclass(frozen=True, slots=True)
class Article:
    """One input article as read, before any processing."""

    id: str
    text: str
    published: str | None = None
    url: str | None = None
    publisher: str | None = None
    source: str | None = None  # "file:line" it was read from, for messages
    note: str | None = None  # how the input was repaired on reading ("converted from TCVN3 (ABC)")


@dataclass(frozen=True, slots=True)
class Segment:
    """A block of the article: its title, a paragraph, a photo caption, the byline or a list of other articles."""

    kind: SegmentKind
    start: int
    end: int

    @property
    def content(self) -> bool:
        """Whether the article's facts can stand here (not a byline, not a list of other articles)."""
        return self.kind not in ("byline", "related")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    segment: int  # index into Document.segments


@dataclass(frozen=True, slots=True)
class Position:
    """One office held by a person, in canonical form."""

    title: str  # canonical, abbreviations expanded, without the province name
    province: str | None  # canonical province name, None for central or foreign offices
    start: int = -1  # span of the office as written
    end: int = -1
    written: str = ""  # the office as written in the article
    province_source: str | None = None  # how the province was decided: written, delegation, home, district, ...

    def contract(self) -> dict[str, Any]:
        return {"title": self.title, "province": self.province}


@dataclass(frozen=True, slots=True)
class Person:
    """A person named in the article, all mentions merged."""

    name: str
    positions: tuple[Position, ...] = ()
    mentions: tuple[tuple[int, int], ...] = ()  # spans of the name in the text
    start: int = -1  # first mention
    end: int = -1
    sentence: tuple[int, int] = (-1, -1)

    def contract(self) -> dict[str, Any]:
        return {"name": self.name, "positions": [p.contract() for p in self.positions]}


@dataclass(frozen=True, slots=True)
class Participant:
    name: str
    side: Literal["host", "guest", "other"] = "other"


@dataclass(frozen=True, slots=True)
class Event:
    """One happening the article reports (a visit, a conference, ...)."""

    type: EventType
    date: str | None  # YYYY-MM-DD, YYYY-MM, or None
    host: str | None = None
    guest: str | None = None
    leader: str | None = None
    cameo: str | None = None
    participants: tuple[Participant, ...] = ()
    place: str | None = None
    topics: tuple[str, ...] = ()
    trigger: str = ""  # the words that signalled the event
    date_text: str | None = None  # the date as written ("Chiều 24-11")
    start: int = -1
    end: int = -1
    sentence: tuple[int, int] = (-1, -1)

    def contract(self) -> dict[str, Any]:
        return {"type": self.type, "date": self.date, "host": self.host, "guest": self.guest, "leader": self.leader}


@dataclass(frozen=True, slots=True)
class Figure:
    """One number the article reports as a fact about the world."""

    indicator: str | None
    value: float | int
    unit: str | None
    role: Role = "level"
    to: float | int | None = None
    of: float | int | None = None
    estimate: bool = False
    bound: Bound | None = None
    basis: Basis | None = None
    province: str | None = None
    period: str | None = None
    indicator_id: str | None = None  # catalogue id when the indicator is a known one
    flags: tuple[str, ...] = ()  # consistency notes, e.g. "share-mismatch"
    written: str = ""  # the number and unit as written
    start: int = -1
    end: int = -1
    sentence: tuple[int, int] = (-1, -1)

    def contract(self) -> dict[str, Any]:
        return {
            "indicator": self.indicator, "value": self.value, "unit": self.unit, "role": self.role,
            "to": self.to, "of": self.of, "estimate": self.estimate, "bound": self.bound,
            "basis": self.basis, "province": self.province, "period": self.period,
        }


@dataclass(slots=True)
class Document:
    """An article and everything the pipeline has found in it.

    ``text`` is the normalised text the extractors read; it has the same
    length as ``article.text`` except where Unicode composition shortened it,
    and ``offsets`` (when not None) maps each position of ``text`` (plus one
    past the end) to the original text. Facts are stored with spans in
    ``text`` coordinates while the pipeline runs; :meth:`anchor` maps them to
    the original once at the end.
    """

    article: Article
    text: str = ""
    offsets: list[int] | None = None
    fold: str = ""  # casefolded copy of text (same length) for case-insensitive matching
    segments: list[Segment] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    pub_year: int | None = None
    pub_month: int | None = None
    pub_day: int | None = None
    reference_source: str | None = None  # where pub_year/month/day came from: published, header, lead
    home_province: str | None = None
    home_source: str | None = None  # publisher, url, text
    people: list[Person] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    anchored: bool = False

    # -- helpers shared by the stages -------------------------------------------------
    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence containing text position ``pos`` (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if pos < s.start:
                hi = mid - 1
            elif pos >= s.end:
                lo = mid + 1
            else:
                return s
        return None

    def segment_of(self, pos: int) -> Segment | None:
        for seg in self.segments:
            if seg.start <= pos < seg.end:
                return seg
        return None

    def to_original(self, pos: int) -> int:
        if self.offsets is None or pos < 0:
            return pos
        return self.offsets[min(pos, len(self.offsets) - 1)]

    def anchor(self) -> None:
        """Map every fact's spans from normalised-text to original-text coordinates."""
        if self.anchored:
            return
        self.anchored = True
        if self.offsets is None:
            return
        self.people = [_remap(p, self.to_original) for p in self.people]
        self.events = [_remap(e, self.to_original) for e in self.events]
        self.figures = [_remap(f, self.to_original) for f in self.figures]
        self.segments = [_remap(s, self.to_original) for s in self.segments]
        self.sentences = [_remap(s, self.to_original) for s in self.sentences]

    # -- output ------------------------------------------------------------------------
    def contract(self) -> dict[str, Any]:
        """The facts contract's fields only."""
        return {
            "id": self.article.id,
            "people": [p.contract() for p in self.people],
            "events": [e.contract() for e in self.events],
            "figures": [f.contract() for f in self.figures],
        }

    def to_json(self) -> dict[str, Any]:
        """The one JSON form: the contract's fields, plus spans, sentences and metadata."""
        self.anchor()
        original = self.article.text

        def quote(span: tuple[int, int]) -> str | None:
            s, e = span
            return original[s:e] if 0 <= s < e else None

        people = []
        for p in self.people:
            d = p.contract()
            d["span"] = [p.start, p.end]
            d["mentions"] = [list(m) for m in p.mentions]
            d["sentence"] = quote(p.sentence)
            for pos_json, pos in zip(d["positions"], p.positions):
                pos_json["span"] = [pos.start, pos.end]
                pos_json["written"] = pos.written
                pos_json["province_source"] = pos.province_source
            people.append(d)
        events = []
        for e in self.events:
            d = e.contract()
            d.update(cameo=e.cameo, place=e.place, topics=list(e.topics), trigger=e.trigger, date_text=e.date_text,
                     participants=[{"name": x.name, "side": x.side} for x in e.participants],
                     span=[e.start, e.end], sentence=quote(e.sentence))
            events.append(d)
        figures = []
        for f in self.figures:
            d = f.contract()
            d.update(indicator_id=f.indicator_id, flags=list(f.flags), written=f.written,
                     span=[f.start, f.end], sentence=quote(f.sentence))
            figures.append(d)
        out: dict[str, Any] = {
            "id": self.article.id,
            "people": people,
            "events": events,
            "figures": figures,
            "meta": {
                "published": self.article.published,
                "reference_date": "-".join(f"{v:02d}" for v in (self.pub_year, self.pub_month, self.pub_day)
                                           if v is not None) or None,
                "reference_source": self.reference_source,
                "publisher": self.article.publisher,
                "url": self.article.url,
                "home_province": self.home_province,
                "home_source": self.home_source,
                "title": quote((self.segments[0].start, self.segments[0].end))
                if self.segments and self.segments[0].kind == "title" else None,
            },
        }
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out


def _remap(obj: Any, f: Callable[[int], int]) -> Any:
    """Return ``obj`` with every span-like field passed through ``f`` (recursively)."""
    changes: dict[str, Any] = {}
    for fl in fields(obj):
        name, value = fl.name, getattr(obj, fl.name)
        if name in ("start", "end") and isinstance(value, int):
            changes[name] = f(value)
        elif name in ("sentence",) and isinstance(value, tuple):
            changes[name] = (f(value[0]), f(value[1]))
        elif name == "mentions":
            changes[name] = tuple((f(a), f(b)) for a, b in value)
        elif name == "positions":
            changes[name] = tuple(_remap(p, f) for p in value)
        elif is_dataclass(value):
            changes[name] = _remap(value, f)
    return replace(obj, **changes)
