"""Stage "home province": the province an article is about or published in.

Reads ``Document.article`` (publisher, url), ``Document.text`` and
``Document.segments``; adds ``Document.home_province`` and
``Document.home_source``. Bare "tỉnh", "tỉnh ta", "UBND tỉnh" in the article
resolve to this province.

Order of evidence: the outlet (a provincial paper, TV station or portal:
``geo.publisher_province``; notes about the author such as "byline X/VOV-TPHCM"
are not the outlet and are left out), then the text: province names weighted
by where they stand (the title counts double, a province named after one of
its bodies — "UBND tỉnh X", "Tỉnh ủy X" — counts double), leaving out local
places that bear a province's name ("xã Hòa Bình", "phường Long An") and
provinces that only appear as a visiting delegation ("Đoàn công tác tỉnh Điện
Biên ... thăm và làm việc tại tỉnh ta"); with no province named, the one
province all the districts and communes it names belong to.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..extract import units
from ..geo import find_provinces, publisher_province
from ..lexicon import load
from ..models import Document


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern[str]]:
    data = load("home")
    return {k: re.compile(data[k]) for k in ("author_note", "guest_cue", "host_cue", "body_cue")}


def outlet(publisher: str | None) -> str | None:
    """The publisher string without notes about the author.

    "VOV (via baomoi.com; byline X/VOV-TPHCM)" -> "VOV (via baomoi.com; )": the author's desk is not the outlet.
    """
    if not publisher:
        return publisher
    return _cues()["author_note"].sub("", publisher)


def infer_from_text(doc: Document) -> str | None:
    """The province the text is most about, visiting delegations discounted; None when no province dominates.

    A text about the whole country names many provinces about as often each ("cả nước ... Bắc Ninh,
    TP.HCM, Hải Phòng ..."): it has no home. The leading province must be strictly ahead of the next
    and either ``dominance`` times its weight or the first province the text names.
    """
    text = doc.text
    title_end = doc.segments[0].end if doc.segments and doc.segments[0].kind == "title" else -1
    scores: Counter[str] = Counter()
    guests: set[str] = set()
    first: str | None = None
    skip = [(g.start, g.end) for g in doc.segments if not g.content]
    for m in find_provinces(text):
        if any(a <= m.start < b for a, b in skip):
            continue
        if _after_local_unit(text, m.start):
            continue  # "xã Hòa Bình", "phường Long An": a local place bearing a province's name
        before = text[max(0, m.start - 80):m.start]
        if _cues()["guest_cue"].search(before) and not _cues()["host_cue"].search(before):
            guests.add(m.province)
            continue
        weight = 2 if m.start < title_end else 1
        if _cues()["body_cue"].search(text, max(0, m.start - 30), m.start):
            weight *= 2
        scores[m.province] += weight
        first = first or m.province
    candidates = [(n, p) for p, n in scores.items() if p not in guests] or [(n, p) for p, n in scores.items()]
    if not candidates:
        return _from_local_places(doc)
    candidates.sort(key=lambda x: (-x[0], x[1]))
    if len(candidates) == 1:
        return candidates[0][1]
    (top, province), (second, _p) = candidates[:2]
    if top > second and (top >= _dominance() * second or province == first):
        return province
    return None


def _from_local_places(doc: Document) -> str | None:
    """With no province named, the one that every district or commune the text names belongs to ("huyện Tuy
    Phước", "xã Hưng Hội"): a place under one province only counts, and all of them must agree."""
    from ..extract.places import local_mentions, place_provinces  # the places reader: unit words, admin data

    found = {hits[0] for m in local_mentions(doc) if len(hits := place_provinces(m)) == 1}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def _local_unit_words() -> tuple[str, ...]:
    """Unit words below a province ("xã", "thôn"; not "thành phố", which also names a province)."""
    province_words = set(units.words("province"))
    return tuple(w for w in units.words("district", "commune", "village") if w not in province_words)


def _after_local_unit(text: str, pos: int) -> bool:
    """A unit word below a province, as a whole word, ends right before the name at ``pos`` ("xã Hòa Bình")."""
    tail = text[max(0, pos - 14):pos]
    if not tail[-1:].isspace():
        return False
    tail = tail.rstrip().casefold()
    words = _local_unit_words()
    if not tail.endswith(words):
        return False
    return any(tail.endswith(w) and not tail[-len(w) - 1:-len(w)].isalnum() for w in words)


@lru_cache(maxsize=1)
def _dominance() -> float:
    return float(load("home").get("dominance", 2))


def run(doc: Document) -> None:
    """Stage entry: fills ``doc.home_province`` and ``doc.home_source``."""
    province, how = publisher_province(outlet(doc.article.publisher), doc.article.url)
    if province:
        doc.home_province, doc.home_source = province, how
        return
    province = infer_from_text(doc)
    if province:
        doc.home_province, doc.home_source = province, "text"
