"""Administrative unit words ("tỉnh", "huyện", "xã", "thôn") and the patterns built from them.

The words live in ``data/organisations.yaml`` (``units``, by level); this
module only turns them into the look-ups the people and jurisdiction code
needs, so that one list serves every place that asks "is this a unit word?".
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import entries, load


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

    The smallest units ("thôn") count only with a name after them ("thôn Phú Lợi", not "nông thôn").
    """
    upper = "A-ZÀ-ỸĐ0-9"
    return re.compile(rf"(?<![\w])(?:{alternation('province', 'district', 'commune')})(?![\w])"
                      rf"|(?<![\w])(?:{alternation('village')}) (?=[{upper}])", re.IGNORECASE)
