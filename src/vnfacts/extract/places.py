"""Places an article names that decide whose an office is: localities abroad and the districts it is about.

* Localities abroad: a unit word and a name, then a country in brackets, in
  one clause ("Đoàn đại biểu thành phố Sùng Tả, Khu tự trị ... Quảng Tây
  (Trung Quốc)", "tỉnh Luông Pha Bang (nước CHDCND Lào)"). Such a name is no
  person ("Sùng" is also a family name), and an office naming it is an office
  abroad: province null, place kept in the title.
* Districts and communes: a unit word or committee and a known district or
  commune ("huyện Tiên Yên", "Huyện ủy Chư Prông", "xã Phước An"). An office
  written without its place ("Bí thư Huyện ủy", "Chủ tịch UBND xã") takes the
  place of the same unit named in its sentence, else earlier in its
  paragraph, else the only one the article names.

The country list, unit words and district words are data
(``data/organisations.yaml``); the matching is a few regular expressions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..geo import canonical_province, communes, districts
from ..lexicon import entries, load
from ..models import Document
from ..normalize import normalize_phrase
from ..resolve.jurisdiction import names_country
from . import units
from .offices import alternation
from .names import SYLLABLE

_CLAUSE_BREAKS = (".", ";", ":", "(", ")", "\n")
_WINDOW = 120


@lru_cache(maxsize=1)
def _regexes() -> dict[str, re.Pattern[str]]:
    name = rf"{SYLLABLE}(?: {SYLLABLE}){{0,3}}"
    table = _unit_levels()
    return {
        "unit_name": re.compile(rf"(?<![\w])(?:{units.alternation('province', 'district', 'foreign')})\s+({name})(?![\w'])"),
        "clause_word": re.compile(r"\s(?:do|với|tiếp|và|cùng|đón)\s"),
        "local": re.compile(rf"(?<![\w])({alternation(table)})\s+({name})(?![\w'])"),
    }


def _ends_with(title: str, words: tuple[str, ...]) -> str | None:
    """The word of ``words`` (longest first) that ends ``title`` as a whole word, if any."""
    for w in words:
        if title.endswith(w) and (len(title) == len(w) or not title[-len(w) - 1].isalnum()):
            return w
    return None


@lru_cache(maxsize=1)
def _endings() -> dict[str, tuple[str, ...]]:
    """Title endings: local unit words, names that end like one ("Thông tấn xã"), local committees and units."""
    def longest_first(forms) -> tuple[str, ...]:
        return tuple(sorted({normalize_phrase(f) for f in forms}, key=len, reverse=True))

    orgs = entries("organisations")
    committees = [f for e in orgs if e.get("committee") for f in e["forms"]]
    return {
        "unsaid": longest_first(_unit_levels()),
        "named": longest_first(f.casefold() for e in orgs if e.get("kind") == "name" for f in e["forms"]),
        "local_body": longest_first([*committees, *units.words("province", "district", "foreign")]),
    }


@lru_cache(maxsize=1)
def _unit_levels() -> dict[str, tuple[str, str]]:
    """Unit word or committee as written -> (unit, level): "Huyện ủy" -> ("huyện", "district")."""
    table = load("organisations").get("local_units", {})
    return {normalize_phrase(word): (unit, level) for level, words in table.items() for word, unit in words.items()}


def abroad(doc: Document) -> frozenset[str]:
    """Names of localities abroad written in the article ("Sùng Tả", "Luông Pha Bang")."""
    text = doc.text
    rx = _regexes()
    found: set[str] = set()
    at = text.find("(")
    while at >= 0:
        close = text.find(")", at + 1, at + 82)
        inner = text[at + 1:close] if close > 0 else ""
        paren, at = at, text.find("(", at + 1)
        if not inner or "(" in inner or "\n" in inner or not names_country(inner):
            continue
        lo = max(0, paren - _WINDOW)
        for ch in _CLAUSE_BREAKS:
            lo = max(lo, text.rfind(ch, lo, paren) + 1)
        for w in rx["clause_word"].finditer(text, lo, paren):
            lo = w.end()
        for m in rx["unit_name"].finditer(text, lo, paren):
            name = m.group(1)
            if m.group().startswith(_abroad_units()) or not (canonical_province(name) or units.district_named(name)):
                found.add(name)
    return frozenset(found)


@lru_cache(maxsize=1)
def _abroad_units() -> tuple[str, ...]:
    """Unit words only used abroad ("châu"): the name after them is foreign even when a Vietnamese commune shares it."""
    return tuple(w + " " for w in units.words("foreign"))


def abroad_in(title: str, places: frozenset[str]) -> str | None:
    """The locality abroad that a title names, if any."""
    for p in places:
        i = title.find(p)
        if i >= 0 and (i == 0 or not title[i - 1].isalnum()) and not title[i + len(p):i + len(p) + 1].isalnum():
            return p
    return None


def last_abroad(text: str, start: int, end: int, places: frozenset[str]) -> str | None:
    """The locality abroad named last in text[start:end] ("Đoàn công tác châu Hồng Hà ... do ông X")."""
    best, where = None, -1
    for p in places:
        i = text.rfind(p, start, end)
        if i > where:
            best, where = p, i
    return best


def unit_place(title: str) -> str | None:
    """The name after the last unit word of a title ("Tỉnh trưởng tỉnh Luông Pha Bang" -> "Luông Pha Bang")."""
    found = None
    for m in _regexes()["unit_name"].finditer(title):
        if m.end() == len(title):
            found = m.group(1)
    return found


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    unit: str  # "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"
    level: str  # "district" or "commune"
    written: str  # as written ("Đăk Glei")
    name: str  # as the data writes it ("Đắk Glei")


def local_mentions(doc: Document) -> list[PlaceMention]:
    """Every district or commune named after its unit word or committee ("huyện Tiên Yên"), in text order."""
    text = doc.text
    levels = _unit_levels()
    out = []
    for m in _regexes()["local"].finditer(text):
        unit, level = levels[normalize_phrase(m.group(1))]
        words = m.group(2).split()
        for n in range(len(words), 0, -1):
            written = " ".join(words[:n])
            name = units.place_named(written, level)
            if name:
                out.append(PlaceMention(m.start(), unit, level, written, name))
                break
    return out


@lru_cache(maxsize=4096)
def unsaid_unit(title: str) -> str | None:
    """The local unit an office's title ends with, its place unsaid ("Bí thư Huyện ủy" -> "huyện")."""
    word = _ends_with(title, _endings()["unsaid"])
    if word is None or _ends_with(title.casefold(), _endings()["named"]):  # "Thông tấn xã" is no commune
        return None
    return _unit_levels()[word][0]


def place_provinces(mention: PlaceMention) -> tuple[str, ...]:
    """The provinces that have a district or commune of that name."""
    return (districts() if mention.level == "district" else communes()).get(mention.name, ())


def unsaid_place(doc: Document, pos: int, unit: str, mentions: list[PlaceMention],
                 province: str | None) -> PlaceMention | None:
    """The place of that unit an office at ``pos`` belongs to: named in its sentence, else before it in
    its paragraph, else the only one of that unit in the article. ``province``, when known, must hold it."""
    cands = [d for d in mentions if d.unit == unit and (province is None or province in place_provinces(d))]
    if not cands:
        return None
    sent = doc.sentence_at(pos)
    if sent is not None:
        near = [d for d in cands if sent.start <= d.start < sent.end]
        if near:
            return min(near, key=lambda d: abs(d.start - pos))
    seg = doc.segment_of(pos)
    if seg is not None:
        before = [d for d in cands if seg.start <= d.start < pos]
        if before:
            return before[-1]
    if len({d.name for d in cands}) == 1:
        return cands[0]
    return None


def ends_with_local_body(title: str) -> bool:
    """The title ends with a local committee or unit and names no place ("Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh")."""
    return _ends_with(title, _endings()["local_body"]) is not None
