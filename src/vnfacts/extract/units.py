"""Administrative unit words ("tỉnh", "huyện", "xã", "thôn"), the patterns built from them, and local places.

The words live in ``data/organisations.yaml`` (``units``, by level); this
module only turns them into the look-ups the people and jurisdiction code
needs, so that one list serves every place that asks "is this a unit word?".
District and commune names come from geo.py (underthesea's admin data); they
are matched spelling-blind because news writes "Đăk"/"Đắk", "Cang"/"Căng".
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..geo import communes, districts
from ..lexicon import entries, load
from ..normalize import strip_marks


@lru_cache(maxsize=None)
def words(*levels: str) -> tuple[str, ...]:
    """Unit words of the given levels (province, district, commune, village, foreign), longest first."""
    table = load("organisations").get("units", {})
    out = {w for level in levels for w in table.get(level, [])}
    return tuple(sorted(out, key=len, reverse=True))


def alternation(*levels: str) -> str:
    return "|".join(re.escape(w).replace(r"\ ", " ") for w in words(*levels))


@lru_cache(maxsize=1)
def district_committees() -> tuple[str, ...]:
    """Party committees of a district or district-level city ("Huyện ủy", "Thành ủy")."""
    return tuple(f for e in entries("organisations") if e.get("committee") and "district" in e.get("level", [])
                 for f in e["forms"])


@lru_cache(maxsize=1)
def place_before_regex() -> re.Pattern[str]:
    """A sub-provincial unit word ending a string: the name after it is a local place ("xã Hòa Bình")."""
    return re.compile(rf"(?<![\w])(?:{alternation('district', 'commune', 'village')})\s*$")


@lru_cache(maxsize=1)
def scope_regex() -> re.Pattern[str]:
    """A unit word inside an office title: the office belongs to a province or a place in it.

    The smallest units ("thôn") count only with a name after them ("thôn Phú Lợi", not "nông thôn"); a
    common word opening with a unit word ("xã hội", ``unit_compounds``, written in lowercase: "xã Hội An" is a
    commune) is none.
    """
    upper = "A-ZÀ-ỸĐ0-9"
    compounds = load("organisations").get("unit_compounds", [])
    no_compound = "(?!(?-i:" + "|".join(re.escape(c).replace(r"\ ", " ") for c in compounds) + r")(?![\w]))" \
        if compounds else ""
    return re.compile(rf"(?<![\w]){no_compound}(?:{alternation('province', 'district', 'commune')})(?![\w])"
                      rf"|(?<![\w]){no_compound}(?:{alternation('village')}) (?=[{upper}])", re.IGNORECASE)


def place_key(name: str) -> str:
    """A spelling-blind key for a local place name: "Đăk Glei", "Đắk Glei" and "Dak Glei" share one."""
    return _KEY_SEP_RE.sub(" ", strip_marks(name.casefold())).strip()


_KEY_SEP_RE = re.compile(r"[\s'\-]+")


@lru_cache(maxsize=1)
def _local_places() -> dict[str, dict[str, str]]:
    """level ("district", "commune") -> place key -> the name as the data writes it; two syllables or more.

    Single syllables ("Ba", "Tư") are left out: as places glued to a name they would cut ordinary words off names.
    """
    out: dict[str, dict[str, str]] = {}
    for level, table in (("district", districts()), ("commune", communes())):
        out[level] = {place_key(n): n for n in table if len(n.split()) >= 2 and not n[:1].isdigit()}
    return out


@lru_cache(maxsize=8192)
def local_place(name: str) -> str | None:
    """"district" or "commune" for a district or commune name in any common spelling ("Đăk Long"), else None."""
    key = place_key(name)
    for level, table in _local_places().items():
        if key in table:
            return level
    return None


@lru_cache(maxsize=4096)
def place_named(name: str, level: str = "district") -> str | None:
    """The district (or commune) as the data writes it ("Đăk Glei" -> "Đắk Glei"), None when ``name`` is none."""
    if level == "district" and name in districts():
        return name
    return _local_places()[level].get(place_key(name))


def district_named(name: str) -> str | None:
    """The district as the data writes it ("Đăk Glei" -> "Đắk Glei"), or None when ``name`` is no district."""
    return place_named(name, "district")
