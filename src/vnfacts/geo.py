"""Provinces and districts of Vietnam: names, spellings, finding them in text.

The names of the 63 provinces before the 2025 merger, the 34 after it, the
old → new mapping and the pre-2025 districts come from the data underthesea
ships (``underthesea/address/data/mapping.json``, Apache-2.0, built from
vietnamadminunits). The file is read directly so that importing vnfacts does
not import underthesea's models. ``data/provinces.yaml`` adds the contract's
canonical names ("Thừa Thiên Huế") and other spellings ("TP.HCM", "Đăk Lăk");
``data/publishers.yaml`` maps outlets that do not spell their province.
"""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .lexicon import entries, guarded, load, trie_pattern
from .normalize import fold_diacritics, normalize_phrase


@dataclass(frozen=True, slots=True)
class Province:
    name: str  # canonical contract name ("Nam Định", "Thừa Thiên Huế", "Hồ Chí Minh")
    key: str  # package key ("tinhnamdinh")
    code: str
    is_city: bool  # "thành phố trực thuộc trung ương"
    legacy: bool  # one of the 63 before 1 July 2025
    current: bool  # one of the 34 from 1 July 2025
    merged_into: str | None  # canonical name of the post-2025 province it became part of


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    province: str
    start: int
    end: int
    written: str


def _mapping_path() -> Path:
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("underthesea is not installed: it provides vnfacts' province data")
    return Path(list(spec.submodule_search_locations)[0]) / "address" / "data" / "mapping.json"


@lru_cache(maxsize=1)
def _raw() -> dict:
    with open(_mapping_path(), encoding="utf-8") as f:
        return json.load(f)


@lru_cache(maxsize=1)
def provinces() -> dict[str, Province]:
    """All provinces (63 legacy and 34 current), keyed by canonical name."""
    raw = _raw()
    overlay = load("provinces")
    canon = overlay.get("canonical") or {}
    old = raw["old_province_names"]
    new = raw["province_names"]
    mapping = raw["province_mapping"]

    def cname(short: str) -> str:
        return canon.get(short, short)

    out: dict[str, Province] = {}
    for key, info in old.items():
        name = cname(info["short"])
        new_key = mapping.get(key)
        merged = cname(new[new_key]["short"]) if new_key in new else None
        out[name] = Province(name, key, info["code"], info["name"].startswith("Thành phố"), True,
                             key in new, merged if merged != name else None)
    for key, info in new.items():
        name = cname(info["short"])
        if name not in out:
            out[name] = Province(name, key, info["code"], info["name"].startswith("Thành phố"), False, True, None)
    return out


def canonical_province(name: str | None) -> str | None:
    """"tỉnh Đăk Lăk" → "Đắk Lắk"; None when it is not a province."""
    if not name:
        return None
    return _alias_index().get(_key(name))


def province_name_at(name: str, year: int | None, month: int | None = None) -> str:
    """The name a province had at a date ("Thừa Thiên Huế" before 2025, "Huế" after)."""
    renamed = load("provinces").get("renamed") or {}
    if name in renamed and year is not None:
        new_name, since = renamed[name]
        y, m = (int(x) for x in since.split("-"))
        if (year, month or 1) >= (y, m):
            return new_name
    return name


@lru_cache(maxsize=4096)
def _key(text: str) -> str:
    text = normalize_phrase(text).casefold()
    text = re.sub(r"^(?:tỉnh|thành phố|tp\.?)\s+", "", text)
    return re.sub(r"[\s\-–.]+", " ", text).strip()


@lru_cache(maxsize=1)
def _alias_index() -> dict[str, str]:
    """Casefolded spelling → canonical name, for every province name and alias."""
    index: dict[str, str] = {}
    for name in provinces():
        index[_key(name)] = name
    for short, name in (load("provinces").get("canonical") or {}).items():
        index[_key(short)] = name
    for entry in entries("provinces"):
        for form in entry.get("forms", []):
            index[_key(form)] = entry["id"]
    return index


@lru_cache(maxsize=1)
def _province_regex() -> re.Pattern[str]:
    """One alternation of every written form, longest first, case-sensitive."""
    forms: set[str] = set()
    no_bare = {e["id"] for e in entries("provinces") if e.get("bare") is False}
    for name in provinces():
        if name not in no_bare:
            forms.add(name)
    for short in load("provinces").get("canonical") or {}:
        forms.add(short)
    for entry in entries("provinces"):
        for form in entry.get("forms", []):
            forms.add(form)
            if form.startswith("TP"):
                forms.add("Tp" + form[2:])
            elif form.startswith("Thành phố"):
                forms.add("thành phố" + form[9:])
    return re.compile(guarded(r"(?<![\w])(" + trie_pattern(normalize_phrase(f) for f in forms) + r")(?![\w])"))


def find_provinces(text: str, start: int = 0, end: int | None = None) -> list[PlaceMatch]:
    """Every province name written in text[start:end], canonicalised."""
    end = len(text) if end is None else end
    out = []
    index = _alias_index()
    for m in _province_regex().finditer(text, start, end):
        name = index.get(_key(m.group(1)))
        if name:
            out.append(PlaceMatch(name, m.start(1), m.end(1), m.group(1)))
    return out


@lru_cache(maxsize=1)
def districts() -> dict[str, tuple[str, ...]]:
    """Pre-2025 district short name ("Hải Hậu", "Quy Nhơn") → canonical provinces having one so named."""
    raw = _raw()
    old = {info["name"]: key for key, info in raw["old_province_names"].items()}
    names = {key: p.name for p in provinces().values() for key in [p.key]}
    out: dict[str, set[str]] = {}
    for w in raw["ward_mapping"]:
        district = w.get("old_district")
        pkey = old.get(w.get("old_province"))
        if not district or pkey is None:
            continue
        short = re.sub(r"^(?:Huyện|Quận|Thị xã|Thành phố)\s+", "", district)
        out.setdefault(short, set()).add(names[pkey])
    return {k: tuple(sorted(v)) for k, v in out.items()}


@lru_cache(maxsize=1)
def communes() -> dict[str, tuple[str, ...]]:
    """Commune, ward and town short names, before and after 2025 ("Đăk Long", "Ia Dêr") → canonical provinces."""
    raw = _raw()
    names = {p.key: p.name for p in provinces().values()}
    out: dict[str, set[str]] = {}
    for w in raw["ward_mapping"]:
        for ward, pkey in ((w.get("old_ward"), w.get("old_province_key")), (w.get("new_ward"), w.get("new_province_key"))):
            if not ward or pkey not in names:
                continue
            short = re.sub(r"^(?:Xã|Phường|Thị trấn|Đặc khu)\s+", "", ward)
            out.setdefault(short, set()).add(names[pkey])
    return {k: tuple(sorted(v)) for k, v in out.items()}


def district_province(name: str) -> str | None:
    """The province of a district when the name is unambiguous ("Hải Hậu" → "Nam Định")."""
    hits = districts().get(normalize_phrase(name))
    return hits[0] if hits and len(hits) == 1 else None


@lru_cache(maxsize=1)
def _slugs() -> list[tuple[str, str]]:
    """Unaccented, spaceless province slugs ("namdinh", "bariavungtau"), longest first."""
    out = []
    for name in provinces():
        slug = re.sub(r"[^a-z]", "", fold_diacritics(name))
        out.append((slug, name))
    for entry in entries("provinces"):
        for form in entry.get("forms", []):
            slug = re.sub(r"[^a-z]", "", fold_diacritics(form))
            if len(slug) >= 6:
                out.append((slug, entry["id"]))
    return sorted(set(out), key=lambda x: -len(x[0]))


def publisher_province(publisher: str | None, url: str | None) -> tuple[str | None, str | None]:
    """(province, how) for an outlet: a name in the publisher string, a data entry, or a slug in the URL.

    Returns (None, "national") for outlets listed as national, (None, None) when unknown.
    """
    if publisher:
        found = {m.province for m in find_provinces(normalize_phrase(publisher))}
        if len(found) == 1:
            return found.pop(), "publisher"
    values = [(source, value, _host(value), value.casefold().split())
              for source, value in (("publisher", publisher), ("url", url)) if value]
    for entry in entries("publishers"):
        for form in entry.get("forms", []):
            for source, value, host, words in values:
                if _form_in(form, value, host, words):
                    if entry.get("province"):
                        return entry["province"], source
                    return None, "national"
    for source, value in (("url", url), ("publisher", publisher)):
        if not value:
            continue
        host = re.sub(r"^[a-z]+://", "", value.casefold()).split("/")[0] if source == "url" else value.casefold()
        host = unicodedata.normalize("NFC", host)
        compact = re.sub(r"[^a-z0-9]", "", host)
        for slug, name in _slugs():
            if slug in compact:
                return name, source
    return None, None


def _host(value: str) -> str:
    """The host part of a web address (or of any string, read as one)."""
    return re.sub(r"^[a-z]+://", "", value.casefold()).split("/")[0]


@lru_cache(maxsize=None)
def _form_regex(form: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)")


def _form_in(form: str, value: str, host: str, words: list[str]) -> bool:
    """Whether a publisher entry's form is in the value: a domain as its host (or a word), else as words."""
    if "." in form and " " not in form:  # a domain
        return host == form or host.endswith("." + form) or form in words
    return _form_regex(form).search(value) is not None


def lexicon_check(file: str, entry: dict, text: str) -> bool:
    """Example checker for provinces.yaml and publishers.yaml (see tests/test_lexicons.py)."""
    if file == "publishers":
        url = text if "://" in text else None
        return publisher_province(None if url else text, url)[0] == entry.get("province")
    return any(m.province == entry["id"] for m in find_provinces(normalize_phrase(text)))
