"""Jurisdiction: the province an office belongs to, and how that was decided.

Order of evidence for a provincial office (one of a province's bodies:
Tỉnh ủy, HĐND, UBND, Sở, a district, ...):

1. ``written``: the province is named in the title ("Bí thư Tỉnh ủy Thái Nguyên");
2. ``district``: a district named in the title ("huyện Tuy Phước") belongs to one province;
3. ``person``: another office of the same person names its province;
4. ``delegation``: the person leads a province's delegation ("Đoàn công tác
   tỉnh Điện Biên do đồng chí X ... làm Trưởng đoàn") or goes with it ("Cùng đi có đồng chí X");
5. ``context``: the clause says which side the person is on ("Về phía tỉnh Sóc Trăng có đồng chí X");
6. ``home``: the article's home province (resolve/home.py) for "tỉnh", "tỉnh ta";
7. ``sentence``: an article with no home (about the whole country) names the province in the sentence
   before the person ("Tại Quảng Nam, Bí thư Tỉnh ủy X").

Central offices (Trung ương, Bộ Chính trị, Chính phủ, Bộ ..., Quốc hội) and
offices abroad have no province (``central``, ``foreign``), but a branch of a
central body written with a province's name is that province's ("Giám đốc
Điện lực Sơn La", ``written``). The scope of a
title comes from the bodies and locality words in it (``data/organisations.yaml``).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..geo import district_province, find_provinces
from ..lexicon import entries, load
from ..models import Document
from ..extract import units
from ..normalize import normalize_phrase

FOREIGN = "foreign"  # a delegation of a foreign place


@lru_cache(maxsize=1)
def _scope_regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(foreign, provincial, names to ignore when looking for locality words)."""
    foreign, provincial, names = [], [], []
    for e in entries("organisations"):
        forms = [normalize_phrase(f) for f in e["forms"]]
        if e.get("scope") == "foreign":
            foreign += forms
        elif e.get("scope") == "provincial":
            provincial += forms
        if e.get("kind") == "name" and e.get("scope") != "provincial":
            names += forms

    def alt(forms: list[str], cased: bool) -> re.Pattern[str]:
        body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(set(forms), key=len, reverse=True))
        flags = 0 if cased else re.IGNORECASE
        return re.compile(rf"(?<![\w])(?:{body})(?![\w])", flags)

    return alt(foreign, True), alt(provincial, True), alt(names, False)


@lru_cache(maxsize=4096)
def scope_of(title: str, foreign: bool = False) -> str:
    """"provincial", "central" or "foreign" for a canonical title."""
    foreign_re, provincial_re, names_re = _scope_regexes()
    title = _without_seat(title)
    if foreign or any(m.group() not in _countries() or not _inside_name(title, m.start(), m.end())
                      for m in foreign_re.finditer(title)):
        return "foreign"
    plain = names_re.sub(" ", title)
    if units.scope_regex().search(plain) or provincial_re.search(plain):
        return "provincial"
    return "central"


def _without_seat(title: str) -> str:
    """A seated body's title without its seat ("Văn phòng đại diện X tại Đà Nẵng": the seat is no locality)."""
    k = title.find(" tại ")
    if k < 0:
        return title
    from ..extract.offices import seated_body_in

    return title[:k] if seated_body_in(title[:k]) else title


def names_country(text: str) -> bool:
    """Whether the text names a foreign country as such ("Trung Quốc", "nước CHDCND Lào"; not "Thủ Đức")."""
    return any(m.group() in _countries() and not _inside_name(text, m.start(), m.end())
               for m in _scope_regexes()[0].finditer(text))


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(normalize_phrase(f) for e in entries("organisations") if e.get("kind") == "country" for f in e["forms"])


_JOINERS = frozenset({"tại", "và", "ở", "về", "với"})  # words a country's name is followed by in a title


def _inside_name(title: str, start: int, end: int) -> bool:
    """A country's name inside a longer name ("Thủ Đức", "Lào Cai", "Nga Sơn", "Ban Pháp chế") is no country.

    A capitalised word touching it counts, unless it is written in capitals ("CHLB Đức", "CHDCND Lào"); so
    does a lowercase word after a one-word country, unless it joins a place to it ("Đại sứ Pháp tại ...").
    """
    before = title[:start].rstrip().rsplit(" ", 1)[-1]
    after = title[end:].lstrip().split(" ", 1)[0]
    glued_before = start > 0 and title[start - 1] == " " and before[-1:].isalpha()
    glued_after = end < len(title) and title[end] == " " and after[:1].isalpha()
    if glued_after and " " not in title[start:end] and after[:1].islower() and after not in _JOINERS:
        return True  # a one-word country starting a compound: "Ban Pháp chế"
    return (glued_before and before[:1].isupper() and not before.isupper()) or (glued_after and after[:1].isupper())


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern[str]]:
    data = load("titles")
    return {
        "lead": re.compile(data["delegation_lead"] + r"\s*$"),
        "delegation": re.compile(data["delegation_cue"]),
        "companion": re.compile(r"\s*" + data["companion_cue"] + r"(?![\w])"),
        "side": re.compile(data["side_cue"] + r"\s+(?:tỉnh\s+|thành phố\s+|TP\.?\s*)?$"),
    }


def delegation_province(doc: Document, sentence_start: int, name_start: int, honorific_start: int) -> str | None:
    """The province of a delegation the person at ``name_start`` leads ("Đoàn công tác tỉnh X do đồng chí ...")."""
    text = doc.text
    before = text[sentence_start:honorific_start].rstrip()
    lead = _cues()["lead"].search(before)
    if not lead:
        return None
    window = before[:lead.start()]
    cue = None
    for m in _cues()["delegation"].finditer(window):
        cue = m
    if cue is None:
        return None
    found = find_provinces(window, cue.start())
    if found:
        return found[-1].province
    return FOREIGN if scope_of(window[cue.start():]) == "foreign" else None


def companion_province(doc: Document, sentence_start: int) -> str | None:
    """"Cùng đi có đồng chí X, ...": the province of the delegation named in the sentences before."""
    text = doc.text
    if not _cues()["companion"].match(text, sentence_start):
        return None
    lo = max(0, sentence_start - _COMPANION_LOOKBACK)
    best = None
    for m in _cues()["delegation"].finditer(text, lo, sentence_start):
        found = find_provinces(text, m.end(), min(sentence_start, m.end() + 40))
        if found and found[0].start - m.end() <= 12:  # "Đoàn công tác tỉnh Bình Phước"
            best = found[0].province
    return best


_COMPANION_LOOKBACK = 600


def side_province(doc: Document, sentence_start: int, pos: int) -> str | None:
    """"Về phía tỉnh Sóc Trăng có đồng chí X", "Tham dự tại điểm cầu Bình Định có ...": the side's province."""
    text = doc.text
    best = None
    for m in find_provinces(text, sentence_start, pos):
        if _cues()["side"].search(text, max(sentence_start, m.start - 30), m.start):
            between = text[m.end:pos]
            if ";" not in between and len(between) < 200:
                best = m.province
    return best


def nearby_province(doc: Document, sentence_start: int, pos: int) -> str | None:
    """The last province named in the sentence before ``pos`` ("Tại Quảng Nam, Bí thư Tỉnh ủy X ...")."""
    found = find_provinces(doc.text, sentence_start, pos)
    return found[-1].province if found else None


def decide(office_title: str, written: str | None, district: str | None, foreign: bool,
           person_provinces: Counter[str], delegation: str | None, side: str | None,
           home: str | None, nearby: str | None = None) -> tuple[str | None, str]:
    """(province, how) for one office of a person."""
    scope = scope_of(office_title, foreign)
    if scope == "foreign":
        return None, scope
    if written:  # a province's branch named with it ("Giám đốc Điện lực Sơn La") is that province's
        return written, "written"
    if scope != "provincial":
        return None, scope
    if district:
        p = district_province(district)
        if p:
            return p, "district"
    if person_provinces:
        return person_provinces.most_common(1)[0][0], "person"
    if delegation == FOREIGN:
        return None, "foreign"
    if delegation:
        return delegation, "delegation"
    if side:
        return side, "context"
    if home:
        return home, "home"
    if nearby:
        return nearby, "sentence"
    return None, "unknown"
