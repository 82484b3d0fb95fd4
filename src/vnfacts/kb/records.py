"""One article's facts as database rows, built from its :class:`~vnfacts.models.Document`.

This runs in the extraction workers (``vnfacts ingest --jobs N``), so the
writer only inserts. It also decides each person's *dated mention*: the date
of the event the person takes part in when the article gives one (named as
leader, cameo or participant, or else mentioned in the event's sentence),
otherwise the publication date. Dates keep their precision: ``2022-11`` is a
month, not a day, and is never padded.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .. import __version__
from ..geo import canonical_province, provinces
from ..models import Article, Document, Event, Person
from ..normalize import fold_diacritics, normalize_phrase, strip_marks


def fold_body(doc: Document) -> str:
    """The article's text without diacritics for the search index ("bi thu tinh uy dien bien").

    Same words as :func:`vnfacts.normalize.fold_diacritics` of the text, from the
    normalised casefolded ``doc.fold`` (no second normalisation on the ingest's hot path).
    """
    return strip_marks(doc.fold or doc.text.casefold() or doc.article.text.casefold())


def content_hash(text: str) -> str:
    """The article's identity: sha256 of its original text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def key(text: str | None) -> str:
    """Matching key of a name or title: normalised spelling, casefolded, single spaces."""
    return normalize_phrase(text or "").casefold()


@lru_cache(maxsize=4096)
def province_key(name: str | None) -> str | None:
    """The post-2025 province a province name belongs to ("Nam Định" → "Ninh Bình"); None if not a province."""
    canon = canonical_province(name) if name else None
    if canon is None:
        return None
    p = provinces().get(canon)
    return (p.merged_into or p.name) if p else canon


def indicator_key(indicator: str | None, indicator_id: str | None) -> str | None:
    """The catalogue id when the indicator is known, else its diacritic-folded phrase."""
    if indicator_id:
        return indicator_id
    return fold_diacritics(indicator) if indicator else None


def precision(date: str | None) -> str | None:
    """year | month | day for YYYY | YYYY-MM | YYYY-MM-DD."""
    if not date:
        return None
    return {4: "year", 7: "month", 10: "day"}.get(len(date))


def date_sort_key(date: str | None) -> tuple[int, int, int]:
    """Chronological order of dates of mixed precision; an unknown date sorts first."""
    if not date:
        return (0, 0, 0)
    parts = [int(p) if p.isdigit() else 0 for p in date.split("-")[:3]]
    return tuple(parts + [0] * (3 - len(parts)))  # type: ignore[return-value]


def publication_date(doc: Document) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD from what the segmenter found, else the input's ``published``."""
    if doc.pub_year:
        out = f"{doc.pub_year:04d}"
        if doc.pub_month:
            out += f"-{doc.pub_month:02d}"
            if doc.pub_day:
                out += f"-{doc.pub_day:02d}"
        return out
    published = doc.article.published
    return published if precision(published) else None


@dataclass(slots=True)
class ArticleRecord:
    """Everything stored for one article, as rows keyed by column name (no article id yet)."""

    hash: str
    article: dict[str, Any]
    people: list[dict[str, Any]] = field(default_factory=list)
    positions: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    participants: list[dict[str, Any]] = field(default_factory=list)
    figures: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    title_fold: str = ""
    body_fold: str = ""

    @property
    def name_keys(self) -> set[str]:
        return {p["name_key"] for p in self.people}


def _span(start: int, end: int) -> bool:
    return 0 <= start < end


def _event_names(e: Event) -> set[str]:
    names = {e.leader, e.cameo, *(p.name for p in e.participants)}
    return {key(n) for n in names if n}


def _dated_mention(person: Person, events: list[Event], pub: str | None) -> tuple[str | None, str | None]:
    """(date, source) of a person's mention: their event's date if the article gives one, else publication."""
    pk = key(person.name)
    named = [e for e in events if e.date and pk in _event_names(e)]
    if not named:
        spans = person.mentions or ((person.start, person.end),)
        named = [e for e in events if e.date and _span(*e.sentence)
                 and any(e.sentence[0] <= s < e.sentence[1] for s, _ in spans)]
    if named:
        best = min(named, key=lambda e: (-len(e.date or ""), date_sort_key(e.date)))
        return best.date, "event"
    return (pub, "published") if pub else (None, None)


def build(doc: Document, article_hash: str | None = None) -> ArticleRecord:
    """The rows of one processed article (spans in original-text coordinates)."""
    doc.anchor()
    art: Article = doc.article
    text = art.text
    facts = doc.to_json()
    pub = publication_date(doc)
    title = facts["meta"].get("title")
    rec = ArticleRecord(
        hash=article_hash or content_hash(text),
        article={
            "hash": article_hash or content_hash(text), "ext_id": art.id, "source": art.source, "title": title,
            "published": art.published, "date": pub, "date_precision": precision(pub),
            "publisher": art.publisher, "url": art.url, "home_province": doc.home_province,
            "home_province_key": province_key(doc.home_province), "home_source": doc.home_source,
            "text": text, "facts": json.dumps(facts, ensure_ascii=False), "extractor": __version__,
        },
        title_fold=fold_diacritics(title or ""),
        body_fold=fold_body(doc),
    )

    def quote(span: tuple[int, int]) -> str | None:
        return text[span[0]:span[1]] if _span(*span) else None

    person_idx: dict[str, int] = {}
    for i, p in enumerate(doc.people):
        date, source = _dated_mention(p, doc.events, pub)
        nk = key(p.name)
        person_idx.setdefault(nk, i)
        rec.people.append({"idx": i, "name": p.name, "name_key": nk, "date": date, "date_precision": precision(date),
                           "date_source": source, "start": p.start, "end": p.end, "sentence": quote(p.sentence)})
        for j, (s, e) in enumerate(p.mentions or ((p.start, p.end),)):
            if _span(s, e):
                rec.mentions.append({"kind": "person", "ref_idx": i, "sub_idx": j, "start": s, "end": e,
                                     "text": text[s:e]})
        for j, pos in enumerate(p.positions):
            rec.positions.append({"person_idx": i, "idx": j, "title": pos.title, "title_key": key(pos.title),
                                  "province": pos.province, "province_key": province_key(pos.province),
                                  "written": pos.written, "province_source": pos.province_source,
                                  "start": pos.start, "end": pos.end})
            if _span(pos.start, pos.end):
                rec.mentions.append({"kind": "office", "ref_idx": i, "sub_idx": j, "start": pos.start,
                                     "end": pos.end, "text": text[pos.start:pos.end]})
    for i, e in enumerate(doc.events):
        rec.events.append({"idx": i, "type": e.type, "date": e.date, "date_precision": precision(e.date),
                           "host": e.host, "host_key": province_key(e.host), "guest": e.guest,
                           "guest_key": province_key(e.guest), "leader": e.leader, "cameo": e.cameo,
                           "place": e.place, "topics": json.dumps(list(e.topics), ensure_ascii=False),
                           "trigger": e.trigger, "date_text": e.date_text, "start": e.start, "end": e.end,
                           "sentence": quote(e.sentence)})
        roles = [(e.leader, "leader"), (e.cameo, "cameo"), *((x.name, x.side) for x in e.participants)]
        for j, (name, role) in enumerate((n, r) for n, r in roles if n):
            rec.participants.append({"event_idx": i, "idx": j, "name": name, "role": role,
                                     "person_idx": person_idx.get(key(name))})
        if _span(e.start, e.end):
            rec.mentions.append({"kind": "event", "ref_idx": i, "sub_idx": 0, "start": e.start, "end": e.end,
                                 "text": text[e.start:e.end]})
    for i, f in enumerate(doc.figures):
        rec.figures.append({"idx": i, "indicator": f.indicator, "indicator_key": indicator_key(f.indicator, f.indicator_id),
                            "indicator_id": f.indicator_id, "value": f.value, "unit": f.unit, "role": f.role,
                            "to_value": f.to, "of_value": f.of, "estimate": int(bool(f.estimate)), "bound": f.bound,
                            "basis": f.basis, "province": f.province, "province_key": province_key(f.province),
                            "period": f.period, "flags": json.dumps(list(f.flags), ensure_ascii=False),
                            "written": f.written, "start": f.start, "end": f.end, "sentence": quote(f.sentence)})
        if _span(f.start, f.end):
            rec.mentions.append({"kind": "figure", "ref_idx": i, "sub_idx": 0, "start": f.start, "end": f.end,
                                 "text": text[f.start:f.end]})
    return rec
