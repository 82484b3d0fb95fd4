"""Roles in an event: host, guest, leader, participants, place and topics.

Parties (who hosts, who visits) are provinces (:mod:`vnfacts.geo`), central
bodies, international organisations and countries (``data/event_parties.yaml``),
foreign localities ("châu Văn Sơn", "bang Hessen", "tỉnh Vân Nam (Trung
Quốc)") and other organisations read after a head noun ("Tập đoàn ...",
"Học viện ..."). An organisation of a province ("Sở Ngoại vụ", "Trường Chính
trị tỉnh Hậu Giang") stands for that province.

A visit's guest is the delegation's party ("Đoàn công tác của Bộ Công an"),
its host the party it works with or goes to. A meeting's host is the province
of the body that holds it, or the central body when only central bodies hold
it; a central or outside co-organiser is its guest. A working session with an
outside counterpart is a visit.

The leader is, in order: the person a delegation is "do ... làm Trưởng đoàn /
dẫn đầu"; the person who "chủ trì"; the subject of the trigger verb; the person
who performs a ceremony's act ("dự và trao Huy hiệu Đảng", "đọc diễn văn");
the head of the organising body ("Bí thư Tỉnh ủy" for a Tỉnh ủy), unless only
named among those attending ("Cùng dự có ..."); the person who opens a
conference; the highest office on the delegation's side. People come from the
people stage (``Document.people``); attending ("dự") never makes a leader.

A further happening of the same occasion keeps the main one's host, and its
guest and leader when that side acts ("Bộ trưởng ... khảo sát thực tế" during
the ministry's visit; "Trước đó, Bí thư Tỉnh ủy đã kiểm tra ..."). A
province's ceremony or meeting led by the head of a central body with no
office in the province has that body as guest ("Trưởng Ban Tổ chức Trung
ương ... chủ trì hội nghị và trao quyết định"). A mission is named with its seat when it has one
("Tổng Lãnh sự quán Nhật Bản tại Đà Nẵng"); a foreign locality's government
is the locality ("Chính phủ nhân dân Khu tự trị dân tộc Choang Quảng Tây" →
"Quảng Tây").
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from difflib import SequenceMatcher
from functools import lru_cache
from typing import TYPE_CHECKING, Collection, NamedTuple

from ..geo import canonical_province, district_province, find_provinces
from ..lexicon import entries, folded, guarded, load, trie_pattern
from ..models import Document, Participant, Person
from .names import UPPER, after_district_word
from .offices import head_regex

if TYPE_CHECKING:  # annotations only (events imports this module)
    from .events import Days, Draft, Statement, Trigger

_DELEGATION_TYPES = ("visit", "working_session", "inspection", "gift")
_seen = threading.local()  # the mentions of the people list last read (roles ask for them many times)
_WORD = r"[\w\-/&]+"
_ORG_WORDS = 12  # the most words an organisation's name read from the text runs to after its head


class Party(NamedTuple):
    """A host or guest candidate found in the text."""

    name: str
    kind: str  # province | central | international | country | foreign | org | local (of an unknown province)
    start: int
    end: int
    subunit: bool = False


# ---------------------------------------------------------------------------- data
@lru_cache(maxsize=1)
def _roles() -> dict[str, re.Pattern[str]]:
    """The cue patterns of event_roles.yaml, compiled for the casefolded text (``Document.fold``)."""
    out = {}
    for k, v in load("event_roles").items():
        if isinstance(v, str) and k != "schema":
            pattern = folded(v)
            if pattern is None:
                raise ValueError(f"event_roles.yaml: {k} must not use inline flags or named groups")
            out[k] = re.compile(pattern)
    return out


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    data = load("event_parties")
    folded: dict[str, dict] = {}  # casefolded form → entry (bodies; matched on the casefolded text)
    exact: dict[str, dict] = {}  # form → entry (countries, capitalised)
    for e in entries("event_parties"):
        for form in {e["id"], *e.get("forms", [])}:
            if e.get("kind") == "country":
                exact[form] = e
            else:
                folded[" ".join(form.casefold().split())] = e
    heads = data.get("org_heads") or []
    stops = {w for w in data.get("org_stops") or [] if " " not in w}
    stop_pairs = {tuple(w.split(" ", 1)) for w in data.get("org_stops") or [] if " " in w}  # "báo cáo", not "báo"
    return {
        "ci": re.compile(guarded(r"(?<!\w)(" + trie_pattern(folded) + r")(?!\w)")),
        "cs": re.compile(guarded(r"(?<!\w)(" + trie_pattern(exact) + r")(?!\w)")),
        "folded": folded,
        "exact": exact,
        "org": re.compile(guarded(r"(?<!\w)(" + trie_pattern(heads) + r")\s+(?=\w)")),
        "stops": stops,
        "stop_pairs": stop_pairs,
        "stop_pair_firsts": {a for a, _b in stop_pairs},
        "foreign": re.compile(guarded(r"(?<!\w)((?i:" + "|".join(re.escape(h) for h in data.get("foreign_heads") or [])
                                      + r"))\s+(?i:" + data.get("foreign_designation", "(?!)") + r")?("
                                      + f"(?=[{UPPER}])"  # a capitalised name: "tỉnh và tỉnh X" holds one at its end
                                      + _WORD + r"(?:\s+" + _WORD + r"){0,3})")),
        "not_foreign": set(data.get("not_foreign") or []),
        "subunits": tuple(data.get("subunit_heads") or ()),
        "seat_heads": set(data.get("seat_heads") or ()),
        "venue_heads": tuple(data.get("venue_heads") or ()),
        "envoy_words": tuple({h.casefold() for h in data.get("envoy_heads") or ()}),
        "home": re.compile(data["home_words"], re.IGNORECASE),
        "bare": re.compile(guarded(data["bare_bodies"])),
        "provincial": re.compile(data["provincial_words"]),
        "district": re.compile(guarded(r"(?<!\w)(?:" + trie_pattern(data.get("district_heads") or [])
                                       + r")\s+(" + _WORD + r"(?:\s+" + _WORD + r"){0,2})")),
        "district_name": re.compile(r"(?:" + trie_pattern(data.get("district_heads") or []) + r")\s+"),
        "always_foreign": {h.casefold() for h in data.get("foreign_always") or []},
        "country_prefixes": set(data.get("country_prefixes") or []),
        "foreign_letters": re.compile(data["foreign_letters"]),
        "provincial_suffix": re.compile(data["provincial_suffix"]),
        "blocks": {e["id"]: _blocks(e) for e in entries("event_parties")},
        "membership": re.compile(data["membership_titles"], re.IGNORECASE),
    }


def _blocks(entry: dict) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(words right before, words right after) that make a form of this entry no party."""
    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    before, after = entry.get("not_after") or [], entry.get("not_before") or []
    return (re.compile(r"(?<!\w)(?:" + alt(before) + r")\s*$", re.IGNORECASE) if before else None,
            re.compile(r"\s*(?:" + alt(after) + r")(?!\w)", re.IGNORECASE) if after else None)


def _entry_blocked(entry_id: str, text: str, s: int, e: int) -> bool:
    before, after = _lexicon()["blocks"][entry_id]
    return bool((before and before.search(text, max(0, s - 40), s)) or (after and after.match(text, e, e + 40)))


# ---------------------------------------------------------------------------- parties
def find_parties(doc: Document, start: int, end: int) -> list[Party]:
    """Host/guest candidates written in text[start:end], in order, without overlaps."""
    text = doc.text
    lex = _lexicon()
    cands: list[Party] = []
    for rx, source, index in ((lex["ci"], doc.fold, lex["folded"]), (lex["cs"], text, lex["exact"])):
        for m in rx.finditer(source, start, end):
            entry = index[" ".join(m.group(1).split())]
            if _entry_blocked(entry["id"], text, m.start(), m.end()):
                continue
            if entry.get("kind") == "country" and _in_longer_name(text, m.start(), m.end()):
                continue  # "Lào Cai", "Tôn Đức Thắng", "xã Long Đức"
            cands.append(Party(entry["id"], entry.get("kind", "central"), m.start(), m.end()))
    for m in lex["foreign"].finditer(text, start, end):
        head, name = m.group(1), _capitalised(m.group(2), m.start(2), _mention_index(doc)[2])
        if not name or name in lex["not_foreign"] or name.split()[0] in lex["not_foreign"]:
            continue
        name_end = m.start(2) + len(name)
        always = head.casefold() in lex["always_foreign"]
        if not always:
            words = name.split()
            if any(canonical_province(" ".join(words[:k])) or _vn_place(" ".join(words[:k]))
                   for k in range(1, len(words) + 1)):
                continue
        country = _country_after().match(text, name_end, min(len(text), name_end + 90))
        if not always and not (country or lex["foreign_letters"].search(name)):
            continue
        # the place's country, written after it, belongs to the place and is no party of its own
        cands.append(Party(name, "foreign", m.start(), country.end() + (text[country.end():country.end() + 1] == ")")
                           if country else name_end))
    for m in lex["org"].finditer(text, start, end):
        if not _is_name_start(text, m.end()):
            continue
        org_end = _org_end(text, m.end(), end)
        if org_end <= m.end():
            continue
        name = _clean_org(text[m.start():org_end])
        seated = False
        if m.group(1) in lex["seat_heads"]:  # the seat is read past ``end``: a span may stop at its "tại"
            seated_name, seated_end = _with_seat(text, name, org_end, min(len(text), org_end + 80))
            seated = seated_end > org_end
            name, org_end = seated_name, seated_end
        kind, value = "org", name
        provs = find_provinces(text, m.start(), org_end) if not seated else []  # the seat is no province's body
        district = _district_in(text, m.start(), org_end) if not provs and not seated else None
        if seated:
            kind = "foreign"  # "Tổng Lãnh sự quán Nhật Bản tại Thành phố Hồ Chí Minh": a mission
        elif provs:
            kind, value = "province", provs[-1].province
        elif district:  # "UBND huyện Tủa Chùa": the district's province
            kind, value = "province", district
        elif lex["provincial"].search(name) or lex["provincial_suffix"].search(name):
            kind, value = ("province", doc.home_province) if doc.home_province else ("local", name)
        cands.append(Party(value, kind, m.start(), org_end, m.group(1) in lex["subunits"]))
    for pm in find_provinces(text, start, end):
        if not after_district_word(text, pm.start):  # "phường Nam Định", "xã Hòa Bình": a local place
            cands.append(Party(pm.province, "province", pm.start, pm.end))
    for m in (_envoy_rx().finditer(text, start, end)
              if any(doc.fold.find(h, start, end) >= 0 for h in lex["envoy_words"]) else ()):
        country = next(e["id"] for e in entries("event_parties") if e.get("kind") == "country"
                       and m.group(2) in (e["id"], *e.get("forms", [])))
        name, stop = f"{m.group(1)} quán {country}", m.end()
        if m.group(1) in lex["seat_heads"]:
            name, stop = _with_seat(text, name, stop, end)
        cands.append(Party(name, "foreign", m.start(), stop))
    for m in lex["district"].finditer(text, start, end):
        prov = _district_province(m.group(1))
        if prov:
            cands.append(Party(prov, "province", m.start(), m.end()))
    if doc.home_province:
        for m in lex["home"].finditer(text, start, end):
            cands.append(Party(doc.home_province, "province", m.start(), m.end()))
        for m in lex["bare"].finditer(text, start, end):
            after = find_provinces(text, m.end(), min(end, m.end() + 40))
            if after and after[0].start - m.end() <= 1:
                cands.append(Party(after[0].province, "province", m.start(), after[0].end))
            else:
                cands.append(Party(doc.home_province, "province", m.start(), m.end()))
    # a known body wins over a generic read starting at the same place; else the longer span
    cands.sort(key=lambda p: (p.start, p.kind not in ("central", "international", "country"), -(p.end - p.start)))
    out: list[Party] = []
    for p in cands:
        if out and p.start < out[-1].end:
            continue
        if out and out[-1].kind == "central" and p.kind in ("country", "foreign") and p.start - out[-1].end <= 2:
            out[-1] = p  # "Quốc hội Lào": a foreign country's body stands for the country
            continue
        out.append(p)
    return out


@lru_cache(maxsize=1)
def _envoy_rx() -> re.Pattern[str]:
    """"Đại sứ Nhật Bản", "Tổng Lãnh sự Hàn Quốc": the envoy stands for the mission ("Đại sứ quán Nhật Bản")."""
    data = load("event_parties")
    heads = data.get("envoy_heads") or []
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(h) for h in heads) + r")" + data["envoy_between"]
                      + r"(" + "|".join(_countries()) + r")(?!\w)")


@lru_cache(maxsize=1)
def _country_after() -> re.Pattern[str]:
    """A country right after a place, in brackets or after a comma, perhaps after the place's own region:
    "tỉnh Vân Nam (Trung Quốc)", "tỉnh Luông Pha Bang, nước CHDCND Lào", "thành phố Sùng Tả, Khu tự trị
    ... Quảng Tây (Trung Quốc)" (``country_after`` in event_parties.yaml)."""
    return re.compile(load("event_parties")["country_after"].replace("{countries}", "|".join(_countries())))


@lru_cache(maxsize=1)
def _countries() -> tuple[str, ...]:
    names = []
    for e in entries("event_parties"):
        if e.get("kind") == "country":
            names += [e["id"], *e.get("forms", [])]
    return tuple(re.escape(n) for n in sorted(names, key=len, reverse=True))


_LAST_WORD = re.compile(r"(\w+)\s+$")
_NON_SPACE = re.compile(r"\S+")


def _in_longer_name(text: str, s: int, e: int) -> bool:
    """The word is part of a longer capitalised name (a person or a place), not a country."""
    nxt = _NEXT_LETTER.match(text, e, e + 3)
    if nxt and nxt.group(1).isupper():
        return True
    prev = _LAST_WORD.search(text[max(0, s - 20):s])
    if prev and prev.group(1)[:1].isupper() and prev.group(1) not in _lexicon()["country_prefixes"]:
        return True
    return False


def _capitalised(words: str, at: int = -1, stops: set[int] | None = None) -> str:
    """The leading run of capitalised words ("Văn Sơn, tỉnh" → "Văn Sơn"), up to a person's name after
    its first word (a place right after its head word is no person, whatever the people stage read)."""
    out = []
    for m in _NON_SPACE.finditer(words):
        w = m.group(0)
        if not w[:1].isupper() or (out and stops and at + m.start() in stops):
            break
        out.append(w.rstrip(",.;:"))
        if w[-1:] in ",.;:":
            break
    return " ".join(out)


_SEAT = re.compile(r"\s+tại\s+")


def _with_seat(text: str, name: str, pos: int, limit: int) -> tuple[str, int]:
    """A mission's name with its seat written after it ("... Nhật Bản" + " tại Đà Nẵng"), and where it ends;
    a country as the seat ("tại Việt Nam") is no part of the name."""
    m = _SEAT.match(text, pos, limit)
    if not m:
        return name, pos
    provs = find_provinces(text, m.end(), min(limit, m.end() + 60))
    if provs and provs[0].start - m.end() <= 12:  # "tại Thành phố Hồ Chí Minh", "tại Đà Nẵng"
        seat = " ".join(text[m.end():provs[0].end].split())
        stop = provs[0].end
    else:
        seat = _capitalised(text[m.end():min(limit, m.end() + 60)])
        stop = m.end() + len(seat)
    if not seat or seat in _lexicon()["exact"]:
        return name, pos
    return f"{name} tại {seat}", stop


def _district_province(words: str) -> str | None:
    """The province of a district named by the capitalised words (not itself a province's name)."""
    name = _capitalised(words)
    prov = district_province(name) if name else None
    return prov if prov and not canonical_province(name) else None


def _district_in(text: str, start: int, end: int) -> str | None:
    """The province of a district named in text[start:end] ("UBND huyện Tủa Chùa"), if any."""
    m = _lexicon()["district"].search(text, start, end)
    return _district_province(m.group(1)) if m else None


def _is_name_start(text: str, pos: int) -> bool:
    """A name follows: a capitalised word or an abbreviation, or a district's ("UBND huyện Tủa Chùa")."""
    if text[pos:pos + 1].isupper():
        return True
    m = _lexicon()["district_name"].match(text, pos)
    return m is not None and text[m.end():m.end() + 1].isupper()


@lru_cache(maxsize=2048)
def _vn_place(name: str) -> bool:
    from ..geo import districts

    return name in districts()


_ORG_ABBR = re.compile(r"\s*(\([A-ZĐ&]{2,10}\))")  # "(ATGT)" inside a name
_ORG_WORD = re.compile(r"\s*([\wÀ-ỹĐđ&.\-]+)")
_ORG_ABBR_GOES_ON = re.compile(r"\s*\(([A-ZĐ&]{2,10})\)\s+(\w)")
_NEXT_LETTER = re.compile(r"\s+(\w)")
_ABBR_IN_NAME = re.compile(r"\s*\([A-ZĐ&]{2,10}\)")


_NEXT_WORD = re.compile(r"\s+(\w+)")


def _org_end(text: str, pos: int, limit: int) -> int:
    """End of an organisation's name that starts before ``pos``: at a stop word, punctuation, or after
    ``_ORG_WORDS`` words ("Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam" has ten)."""
    lex = _lexicon()
    stops = lex["stops"]
    i, words = pos, 0
    end = pos
    while i < limit and words < _ORG_WORDS:
        m = _ORG_ABBR.match(text, i, limit)
        if m:  # "(ATGT)" inside a name: skip it and go on
            i = m.end()
            continue
        m = _ORG_WORD.match(text, i, limit)
        if not m:
            break
        word = m.group(1).rstrip(".")
        if not word or word in ("-", "–"):
            break
        lw = word.casefold() if word[0].islower() else ""
        if lw and (lw in stops or (lw in lex["stop_pair_firsts"] and (pair := _NEXT_WORD.match(text, m.end()))
                                   and (lw, pair.group(1).casefold()) in lex["stop_pairs"])):
            nxt = _NEXT_LETTER.match(text, m.end(), m.end() + 3)
            # "Bộ Văn hóa, Thể thao và Du lịch" goes on; "... (BIDV) và UBND tỉnh" is another body
            if not (word == "và" and nxt and nxt.group(1).isupper()) or lex["org"].match(text, nxt.start(1)):
                break
        i = m.start(1) + len(word)
        end = i
        words += 1
        if text[i:i + 1] in ",;:()\"" or text[i:i + 3] in (" - ", " – "):
            nxt = _ORG_ABBR_GOES_ON.match(text, i, limit)
            if nxt and nxt.group(2).isupper():
                continue
            break
    return end


def _clean_org(name: str) -> str:
    """An organisation's name as read: its bracketed abbreviation left out, its abbreviations expanded ("Ban Kinh
    tế T.Ư" -> "Ban Kinh tế Trung ương")."""
    if "(" in name:
        name = _ABBR_IN_NAME.sub("", name)
    return _expand(" ".join(name.split()))


def _first_party(doc: Document, start: int, end: int, exclude: set[str] | None = None) -> Party | None:
    """The first party in a span, a department standing before its parent giving way to the parent."""
    return _first_of(find_parties(doc, start, end), exclude)


def _first_of(found: list[Party], exclude: set[str] | None = None) -> Party | None:
    parties = [p for p in found if not exclude or p.name not in exclude]
    for i, p in enumerate(parties):
        if p.subunit and i + 1 < len(parties) and parties[i + 1].start - p.end <= 4:
            continue
        return p
    return None


# ---------------------------------------------------------------------------- people
def _mention_index(doc: Document) -> tuple[list[tuple[int, int, Person]], list[int], set[int]]:
    """(mentions in text order, their starts, the set of their starts), memoised for the people list last seen."""
    cached = getattr(_seen, "mentions", None)
    if cached is not None and cached[0] is doc.people and cached[1] == len(doc.people):
        return cached[2]
    out = []
    for person in doc.people:
        spans = person.mentions or ((person.start, person.end),)
        for s, e in spans:
            if s >= 0:
                out.append((s, e, person))
    out.sort(key=lambda x: x[0])
    starts = [s for s, _, _ in out]
    index = (out, starts, set(starts))
    _seen.mentions = (doc.people, len(doc.people), index)
    return index


def _people_in(doc: Document, start: int, end: int) -> list[tuple[int, Person]]:
    """(start, person) of every mention inside text[start:end], in text order."""
    mentions, starts, _ = _mention_index(doc)
    out = []
    for i in range(bisect_left(starts, start), bisect_right(starts, end)):
        s, e, p = mentions[i]
        if e <= end:
            out.append((s, p))
    return out


def person_before(doc: Document, stmt: "Statement", pos: int) -> Person | None:
    """The person named before ``pos`` in its statement (the subject of a verb), if any."""
    found = _people_in(doc, stmt.start, pos)
    return found[-1][1] if found else None


def main_side_acts(doc: Document, stmt: "Statement", pos: int, leaders: "Collection[str | None]",
                   guest: str | None, bare_ok: bool = False) -> bool:
    """The subject of the verb at ``pos`` is the main happening's own side: its leader (one of ``leaders``)
    or one of its people (an office of ``guest``) by name, an office its leader holds ("Bí thư Tỉnh ủy đã
    kiểm tra ...", "Bộ trưởng và đoàn công tác đã đi khảo sát ..."), or its delegation ("đoàn công tác đã làm
    việc với ..."); with ``bare_ok``, no subject at all (a statement going on from the main happening:
    "Trước đó, đã kiểm tra ...")."""
    actor = person_before(doc, stmt, pos)
    if actor is not None:
        return actor.name in leaders or _on_side(actor, guest)
    text = doc.text
    start = max(text.rfind(c, stmt.start, pos) for c in ",;:") + 1 or stmt.start
    span = doc.fold[start:pos]
    m = _roles()["same_side"].fullmatch(span)
    if m is None:
        return False
    if not m.group(1).strip():
        return bare_ok or "đoàn" in span[m.end(1):]
    if not head_regex().match(text, start + m.start(1)):
        return False  # no office written: another subject
    return _leader_holds(doc, leaders, text[start + m.start(1):start + m.end(1)])


def main_people(doc: Document, stmt: "Statement") -> list[str]:
    """The names of the people a statement names (who may lead the happening it reports)."""
    return [p.name for _s, p in _people_in(doc, stmt.start, stmt.end)]


def _leader_holds(doc: Document, leaders: "Collection[str | None]", office: str) -> bool:
    """One of the leaders holds the office written ("Bí thư Tỉnh ủy", "Bộ trưởng", "Chủ tịch UBND tỉnh")."""
    key = _body_key(office)
    for person in (doc.people if key else ()):
        if person.name not in leaders:
            continue
        for pos in person.positions:
            title = " ".join(_expand(pos.title).casefold().split())
            if title == key or title.startswith(key + " "):
                return True
    return False


def _first_person(doc: Document, start: int, end: int) -> Person | None:
    found = _people_in(doc, start, end)
    return found[0][1] if found else None


# ---------------------------------------------------------------------------- leader cues
@lru_cache(maxsize=1)
def _cue_words() -> dict[str, tuple[tuple[str, ...], ...]]:
    return {k: tuple(tuple(ws) for ws in v) for k, v in (load("event_roles").get("cue_words") or {}).items()}


def _holds(doc: Document, stmt: "Statement | None", group: str) -> bool:
    """Whether the statement (or, with None, the text) holds a word of each of the group's ``cue_words``
    lists: the group's cue patterns can match there (a cheap test before the regexes)."""
    fold = doc.fold
    start, end = (0, len(fold)) if stmt is None else (stmt.start, stmt.end)
    find = fold.find
    for words in _cue_words()[group]:  # loops, not generators: this runs many times per article
        for w in words:
            if find(w, start, end) >= 0:
                break
        else:
            return False
    return True


def _head_of_delegation(doc: Document, stmt: "Statement") -> Person | None:
    if not _holds(doc, stmt, "delegation_head"):
        return None
    cfg = _roles()
    fold = doc.fold
    for m in cfg["head_open"].finditer(fold, stmt.start, stmt.end):
        close = cfg["head_close"].search(fold, m.end(), min(stmt.end, m.end() + 300))
        if close:
            p = _first_person(doc, m.end(), close.start())
            if p is not None:
                return p
    for m in cfg["head_verb"].finditer(fold, stmt.start, stmt.end):
        if cfg["head_open"].search(fold, max(stmt.start, m.start() - 300), m.start()):
            continue
        found = _people_in(doc, max(stmt.start, m.start() - 250), m.start())
        if found:
            return found[-1][1]
    return None


def _chair(doc: Document, stmt: "Statement") -> Person | None:
    if not _holds(doc, stmt, "chair"):
        return None
    cfg = _roles()
    fold = doc.fold
    for m in cfg["chair_open"].finditer(fold, stmt.start, stmt.end):
        p = _first_person(doc, m.end(), min(stmt.end, m.end() + 250))
        if p is not None:
            return p
    for m in cfg["chair_verb"].finditer(fold, stmt.start, stmt.end):
        found = _people_in(doc, stmt.start, m.start())
        if found:
            return found[0][1]
    return None


_ACT_OPENS = re.compile(r"[\s\"'“*\-–]*(?:[Dd]ự\s+và\s+)?")  # the act opens the statement ("Dự và trao ...")


def _actor(doc: Document, stmt: "Statement", verb: str = "act_verb") -> Person | None:
    """Who performs the event's act in the statement: the person before the verb ("Bí thư Huyện ủy X đọc
    diễn văn"), or, when the act opens the statement, the person right after it ("Đọc diễn văn, đồng chí X")."""
    text = doc.text
    for m in _roles()[verb].finditer(doc.fold, stmt.start, stmt.end):
        p = person_before(doc, stmt, m.start())
        if p is None and _ACT_OPENS.fullmatch(text, stmt.start, m.start()):
            p = _first_person(doc, m.end(), min(stmt.end, _clause_end(text, stmt, m.end()) + 40))
        if p is not None:
            return p
    return None


@lru_cache(maxsize=1)
def _abbrev_rx() -> tuple[re.Pattern[str], dict[str, str]]:
    abbr = load("event_roles").get("abbreviations") or {}
    rx = re.compile(r"(?<!\w)(" + "|".join(re.escape(k) for k in sorted(abbr, key=len, reverse=True)) + r")(?!\w)")
    return rx, abbr


@lru_cache(maxsize=4096)
def _expand(name: str) -> str:
    rx, abbr = _abbrev_rx()
    return " ".join(rx.sub(lambda m: abbr[m.group(1)], name).split())


def _body_key(name: str) -> str:
    """A body's name for comparison with office titles: expanded, without its province, casefolded."""
    name = _expand(name)
    for pm in reversed(find_provinces(name)):
        name = name[:pm.start].rstrip()
    return " ".join(name.casefold().split())


def _organiser_head(doc: Document, organisers: list[Party], names: list[str]) -> Person | None:
    """The head of the first organising body named ("Bí thư Tỉnh ủy" for "Tỉnh ủy tổ chức")."""
    data = load("event_roles")
    heads = sorted((data.get("heads") or {}).items(), key=lambda kv: -len(kv[0]))
    titles = {k.casefold(): v for k, v in (data.get("head_titles") or {}).items()}
    for party, written in zip(organisers, names):
        key = _body_key(written)
        if not key:
            continue
        province = party.name if party.kind == "province" else None
        if key in titles:
            wanted, deputies = [t.casefold() for t in titles[key]], (False,)
        else:
            general = next((v for k, v in heads if key.startswith(k.casefold())), None)
            if not general:
                continue
            wanted, deputies = [f"{h.casefold()} {key}" for h in general], (False, True)
        for deputy in deputies:
            for person in doc.people:
                for pos in person.positions:
                    t = " ".join(_expand(pos.title).casefold().split())
                    if deputy:
                        t = t[4:] if t.startswith("phó ") else ""
                    if t in wanted and (province is None or pos.province in (None, province)):
                        return person
    return None


def _only_attends(doc: Document, person: Person, context: list["Statement"]) -> bool:
    """Every mention of the person in the event's statements stands in a list of those attending, after
    its cue ("Cùng dự có các đồng chí: ..."): the head of the organising body who only attends."""
    listed = False
    for s, e in person.mentions:
        st = next((x for x in context if x.start <= s < x.end), None)
        if st is None:
            continue
        if not _roles()["attending_list"].search(doc.fold, st.start, s):
            return False
        listed = True
    return listed


def _elected(doc: Document, person: Person) -> bool:
    """The person is the one elected or appointed at the event ("bầu ông X", "bổ nhiệm bà Y")."""
    return any(_roles()["elected_before"].search(doc.fold, max(0, s - 30), s) for s, e in person.mentions)


@lru_cache(maxsize=1)
def _ranks() -> tuple[str, ...]:
    return tuple(r.casefold() for r in load("event_roles").get("rank") or ())


def _rank(person: Person) -> int:
    ranks = _ranks()
    best = len(ranks)
    for pos in person.positions:
        t = _expand(pos.title).casefold()
        for i, r in enumerate(ranks):
            if t.startswith(r):
                best = min(best, i)
                break
    return best


def _on_side(person: Person, party: str | None) -> bool:
    """One of the person's offices belongs to the party (its province, or the party named in the title)."""
    if not party:
        return False
    return any(_office_of(pos.title, pos.province, party) for pos in person.positions)


@lru_cache(maxsize=8192)
def _office_of(title: str, province: str | None, party: str) -> bool:
    if province and province == party:
        return True
    key = party.casefold()
    title = _expand(title).casefold()
    if key in title:
        return True
    head = key.split()[0]
    idx = title.find(" " + head + " ")
    return idx >= 0 and SequenceMatcher(None, title[idx + 1:], key).ratio() >= 0.75


def _host_side_people(doc: Document, stmts: list["Statement"]) -> set[str]:
    cfg = _roles()
    out: set[str] = set()
    for st in stmts:
        if not _holds(doc, st, "host_side"):
            continue
        for m in cfg["host_side_cue"].finditer(doc.fold, st.start, st.end):
            out.update(p.name for _, p in _people_in(doc, m.end(), st.end))
    return out


# ---------------------------------------------------------------------------- assignment
def assign(doc: Document, drafts: list["Draft"], stmts: list["Statement"], dates: "Days") -> None:
    """Fill host, guest, leader, participants, place and topics of every draft."""
    if not drafts:
        return
    main = drafts[0]
    own = {d.stmt.index for d in drafts}
    title = stmts[0] if stmts and stmts[0].kind == "title" else None
    for i, d in enumerate(drafts):
        if i == 0:
            same_seg = [s for s in stmts if s.kind != "title" and s.segment == d.stmt.segment and s is not d.stmt]
            rest = [s for s in stmts if s.kind in ("paragraph", "caption") and s.index not in own
                    and s not in same_seg and s is not d.stmt]
            context = [d.stmt, *same_seg, *([title] if title is not None and title is not d.stmt else []), *rest]
        elif d.inherit:
            context = [d.stmt]
        else:
            nxt = min((x.stmt.index for x in drafts if x.stmt.index > d.stmt.index), default=len(stmts))
            context = [s for s in stmts[d.stmt.index:nxt] if s.kind != "title"]
        if d.inherit:
            _inherit_parties(doc, d, main)
        else:
            _parties_for(doc, d, context, title if i == 0 else None, dates)
        _leader_for(doc, d, context, dates)
        if i > 0 and not d.inherit and ((main.guest and d.guest is None) or (d.leader is None and main.leader)) \
                and (_delegation_acts(doc, d, dates) or main_side_acts(doc, d.stmt, d.trigger.start, (main.leader,),
                                                                       main.guest)):
            # "Cùng ngày, đoàn công tác đã kiểm tra ...", "Phó Thủ tướng và đoàn đã đi kiểm tra ...": the same side
            d.guest, d.leader = d.guest or main.guest, d.leader or main.leader
        if not d.inherit and d.guest is None and d.type in ("ceremony", "conference"):
            d.guest = _leader_body(doc, d)
        if d.inherit and d.leader is None \
                and main_side_acts(doc, d.stmt, d.trigger.start, (main.leader,), main.guest,
                                   bare_ok=d.stmt.kind != "title"):
            d.leader = main.leader  # the main happening's side goes on ("Trước đó, Bí thư Tỉnh ủy đã kiểm tra ...")
        d.place = _place(doc, d.stmt)
        d.topics = _topics(doc, context if i == 0 else [d.stmt], d.trigger.end)
        d.participants = _participants(doc, d, context[:4])


def _delegation_acts(doc: Document, d: "Draft", dates: "Days") -> bool:
    """The subject of the happening's verb is only the delegation already named ("Chiều cùng ngày, đoàn đã
    kiểm tra ...")."""
    stmt, trig = d.stmt, d.trigger
    start = max(_after_day(dates, stmt, trig.start), _clause_from(doc.text, stmt, trig.start))
    return _roles()["same_delegation"].fullmatch(doc.fold, start, trig.start) is not None


def _delegation(doc: Document, stmt: "Statement") -> tuple[Party, int, int] | None:
    """The party of a delegation named in the statement, and the span it was read in."""
    if not _holds(doc, stmt, "delegation"):
        return None
    cfg = _roles()
    fold = doc.fold
    for m in cfg["delegation"].finditer(fold, stmt.start, stmt.end):
        word = m.start() + m.group(0).find("đoàn")
        if cfg["not_delegation"].match(fold, word, word + 40) or \
                cfg["office_before_delegation"].search(fold, max(0, word - 8), word):
            continue
        end_m = cfg["delegation_end"].search(fold, m.end(), min(stmt.end, m.end() + 160))
        end = end_m.start() if end_m else min(stmt.end, m.end() + 160)
        p = _first_party(doc, m.end(), end)
        if p is not None:
            return p, m.start(), end
    # "<party> do ... làm Trưởng đoàn"
    for m in cfg["head_open"].finditer(fold, stmt.start, stmt.end):
        if not cfg["head_close"].search(fold, m.end(), min(stmt.end, m.end() + 300)):
            continue
        parties = find_parties(doc, max(stmt.start, m.start() - 120), m.start())
        if parties and m.start() - parties[-1].end <= 3:
            return parties[-1], parties[-1].start, m.start()
    return None


def _parties_for(doc: Document, d: "Draft", context: list["Statement"], title: "Statement | None",
                 dates: "Days") -> None:
    """Host and guest: by the delegation for visits and the like, by the organisers for meetings."""
    if d.type in _DELEGATION_TYPES:
        _visit_parties(doc, d, context, title, dates)
        return
    stmt, home = d.stmt, doc.home_province
    organisers, written = _organisers(doc, stmt, d.trigger, dates)
    host = guest = None
    provincial = [p for p in organisers if p.kind == "province"]
    central = [p for p in organisers if p.kind in ("central", "international", "country")]
    if provincial:
        host = provincial[0].name
        outside = [p for p in organisers if p.kind != "province"]
        guest = outside[0].name if outside else None
    elif central:
        host = ", ".join(p.name for p in central)
    if host is None:
        place = _place_party(doc, stmt)
        if place is not None:
            host = place.name
    if host is None:
        host = home if home else None
    if guest is None and d.type in ("ceremony", "conference", "signing"):
        dele = _delegation(doc, stmt)
        if dele and dele[0].name != host and dele[0].kind != "org":
            guest = dele[0].name
    d.host, d.guest = host, guest if guest != host else None
    d.organisers = (tuple(organisers), tuple(written))


def _visit_parties(doc: Document, d: "Draft", context: list["Statement"], title: "Statement | None",
                   dates: "Days") -> None:
    """Host and guest of a happening a delegation or a leader goes to (visit, working session, inspection, gift)."""
    text = doc.text
    stmt, trig = d.stmt, d.trigger
    home = doc.home_province
    cues = _roles()["host_cue"]
    dele = _delegation(doc, stmt) or (_delegation(doc, title) if title is not None else None)
    if dele is None and d.type == "visit":
        dele = next((x for x in map(lambda st: _delegation(doc, st), context[1:4]) if x), None)
    guest = dele[0] if dele else None
    subject_start = max(_after_day(dates, stmt, trig.start), _clause_from(text, stmt, trig.start))
    places = _place_spans(doc, subject_start, trig.start)
    subject = [p for p in find_parties(doc, subject_start, trig.start) if not any(x <= p.start < y for x, y in places)]
    actor = subject[-1] if subject else None
    if actor is None and not trig.host_side:  # "Phó Thủ tướng Chính phủ X làm việc với tỉnh": the office's body
        people = _people_in(doc, subject_start, trig.start)
        body = _central_body(people[0][1]) if people else None
        if body is not None:
            actor = Party(body, "central", people[0][0], people[0][0])
    host = None
    if trig.host_side:  # "UBND tỉnh tiếp đoàn ...": the subject hosts
        host = actor
        if guest is None:
            guest = _first_party(doc, trig.start, stmt.end)
    else:
        cue = cues.search(doc.fold, trig.end, stmt.end)
        if cue and cue.start() - trig.end <= 20:
            found = find_parties(doc, cue.end(), stmt.end)
            counterpart = _first_of(found)
            if guest is None or counterpart is None or counterpart.name != guest.name:
                host = _first_of(found, {guest.name} if guest else None)
            # else "hội đàm với Đoàn ... do ... làm trưởng đoàn": the delegation is the counterpart, the
            # host is where it works ("tại tỉnh ...") or the subject's side
        m = cues.search(doc.fold, trig.end, stmt.end)
        while m and host is None:
            if m.group(0).strip().casefold().startswith("tại"):
                host = _first_party(doc, m.end(), _clause_end(text, stmt, m.end()))
            m = cues.search(doc.fold, m.end(), stmt.end)
        if host is None and not trig.host_side and (guest or actor) is not None:
            # "đoàn ... sang thăm, chúc Tết ... thành phố Sùng Tả": the place the side goes to, named after the verb
            side = guest or actor
            after = _first_party(doc, trig.end, _clause_end(text, stmt, trig.end), {side.name})
            if after is not None and after.kind in ("foreign", "country") and _outside(after, side.name):
                host, guest = after, side
        if guest is None and actor is not None:
            if host is not None and _outside(actor, host.name):
                guest = actor  # "Thứ trưởng Bộ Công Thương ... làm việc với UBND tỉnh"
            elif host is None and actor.kind == "province":
                host = actor  # "Chủ tịch UBND tỉnh Khánh Hòa chủ trì cuộc họp ...": at home
            elif host is None and _outside(actor, home):
                guest = actor
    if host is None and guest is not None:
        for st in context[1:]:
            for m in cues.finditer(doc.fold, st.start, st.end):
                host = _first_party(doc, m.end(), _clause_end(text, st, m.end()), {guest.name})
                if host is not None:
                    break
            if host is not None:
                break
    if host is None and title is not None:
        for t in _roles()["title_host_cue"].finditer(doc.fold, title.start, title.end):
            host = _first_party(doc, t.end(), title.end, {guest.name} if guest else None)
            if host:
                break
    if guest is None and title is not None:
        m = _roles()["title_guest_cue"].search(doc.fold, title.start, title.end)
        if m:
            g = _first_party(doc, title.start, m.start())
            if g and g.name != (host.name if host else home):
                guest = g
    if host is not None and host.kind == "org" and host.name.startswith(_lexicon()["venue_heads"]):
        host = None  # "kiểm tra ... tại Trường THPT X": a venue; the province it stands in hosts
    host_name = host.name if host and host.kind != "local" else None
    guest_name = guest.name if guest and guest.kind != "local" else None
    own = actor.name if actor is not None and actor.kind == "province" else home
    if d.type == "working_session" and ((guest_name and guest_name != (host_name or home))
                                        or (host is not None and _outside(host, own))):
        d.type = "visit"
    if d.type == "visit" and guest_name is None and host is not None and _outside(host, own):
        guest_name = own  # the article's side went out ("Phó Chủ tịch UBND tỉnh ... làm việc với ... bang Hessen")
    if host_name is None:
        if d.type == "visit":
            host_name = home if guest_name != home else None
        elif guest_name is None or guest_name == home or (guest and guest.kind == "province"):
            host_name, guest_name = guest_name or home, None  # a body's own delegation at work at home
        else:
            host_name = home
    if guest_name == host_name:
        guest_name = None
    d.host, d.guest = host_name, guest_name
    if d.guest and guest is not None and guest.kind == "org" and guest.name == d.guest:
        d.guest = _title_spelling(doc, title, d.guest)


def _central_body(person: Person) -> str | None:
    """The national body of a person's first central office that is no mere membership ("Phó Thủ tướng
    Chính phủ" → "Chính phủ", "Thứ trưởng Bộ Y tế" → "Bộ Y tế"; "Ủy viên Bộ Chính trị" is skipped)."""
    lex = _lexicon()
    for pos in person.positions:
        if pos.province is not None or lex["membership"].match(pos.title):
            continue
        title = " ".join(_expand(pos.title).casefold().split())
        m = lex["ci"].search(title)
        if m:
            entry = lex["folded"][" ".join(m.group(1).split())]
            if entry.get("kind") in ("central", "international"):
                return entry["id"]
    return None


def _leader_body(doc: Document, d: "Draft") -> str | None:
    """The central body a provincial meeting's leader comes from, when the leader holds no office of the host:
    the outside body whose head chairs the ceremony or performs its act is its guest ("Trưởng Ban Tổ chức
    Trung ương ... chủ trì hội nghị và trao quyết định" at a province's ceremony)."""
    if d.leader is None or d.host is None or not canonical_province(d.host):
        return None
    person = next((p for p in doc.people if p.name == d.leader), None)
    if person is None or any(pos.province == d.host for pos in person.positions):
        return None
    return _central_body(person)


def _outside(party: Party, province: str | None) -> bool:
    """A party other than this province: another province, a central, foreign or other body.

    A local body of an unknown province ("Sở Tài chính" with no home province) is not outside."""
    if party.kind == "local":
        return False
    return party.kind != "province" or (province is not None and party.name != province)


def _inherit_parties(doc: Document, d: "Draft", main: "Draft") -> None:
    """A further happening of the same occasion: the main one's host; as guest its own delegation, else the
    main one's guest when that side acts (its leader, one of its people, an office its leader holds or its
    delegation: "Bộ trưởng ... khảo sát thực tế tại cống ..." during the ministry's visit), or when the two
    sides sign."""
    d.host = main.host
    dele = _delegation(doc, d.stmt)
    d.guest = dele[0].name if dele and dele[0].name != d.host else None
    if d.guest is None and d.type == "signing":
        d.guest = main.guest  # "Dịp này, hai tỉnh đã ký kết ...": the visit's two sides sign
    if d.guest is None and main.guest \
            and main_side_acts(doc, d.stmt, d.trigger.start, (main.leader,), main.guest,
                               bare_ok=d.stmt.kind != "title"):
        d.guest = main.guest


def _title_spelling(doc: Document, title: "Statement | None", name: str) -> str:
    """The title's spelling of an organisation when it writes the same one ("Daewon" / "Deawon"): as many
    words, nearly the same letters (a longer read in the title is no spelling of it)."""
    if title is None or " " not in name:
        return name
    for p in find_parties(doc, title.start, title.end):
        if p.kind == "org" and p.name.split()[0] == name.split()[0] and p.name != name \
                and len(p.name.split()) == len(name.split()) \
                and SequenceMatcher(None, p.name.casefold(), name.casefold()).ratio() >= 0.8:
            return p.name
    return name


def _clause_from(text: str, stmt: "Statement", pos: int) -> int:
    i = max(text.rfind(c, stmt.start, pos) for c in ";:")
    return stmt.start if i < 0 else i + 1


def _clause_end(text: str, stmt: "Statement", pos: int) -> int:
    ends = [j for j in (text.find(c, pos, stmt.end) for c in ",;:.") if j >= 0]
    return min(ends) if ends else stmt.end


def _organisers(doc: Document, stmt: "Statement", trig: "Trigger",
                dates: "Days") -> tuple[list[Party], list[str]]:
    """Bodies that hold the event: the subject of "tổ chức", else the body named with the trigger noun."""
    cfg = _roles()
    text = doc.text
    verb = None
    for m in cfg["organiser_verb"].finditer(doc.fold, stmt.start, trig.end):
        verb = m
    spans: list[tuple[int, int]] = []
    if verb is not None and trig.start - verb.end() <= 40:
        start = _clause_from(text, stmt, verb.start())
        start = max(start, _after_day(dates, stmt, verb.start()))
        spans.append((start, verb.start()))
    else:
        start = max(_after_day(dates, stmt, trig.start), _clause_from(text, stmt, trig.start))
        dele = _delegation(doc, stmt)
        if dele is not None and start <= dele[1] < trig.start:
            start = max(start, dele[2])
        spans.append((start, trig.start))
        end = text.find(".", trig.end, stmt.end)
        spans.append((trig.end, min(end if end > 0 else stmt.end, trig.end + 80)))
    for a, b in spans:
        places = _place_spans(doc, a, b)
        parties = [p for p in find_parties(doc, a, b) if not _inside_office(doc, p)
                   and not any(x <= p.start < y for x, y in places)]
        parties = [p for i, p in enumerate(parties)
                   if not (p.subunit and i + 1 < len(parties) and parties[i + 1].start - p.end <= 4)]
        if parties:
            return parties, [text[p.start:p.end] for p in parties]
    return [], []


def _place_spans(doc: Document, a: int, b: int) -> list[tuple[int, int]]:
    """Spans of "tại/ở ..." place phrases in text[a:b], each up to the next comma outside brackets."""
    text = doc.text
    out = []
    for m in _roles()["place_cue"].finditer(doc.fold, a, b):
        i, depth = m.start(), 0
        j = m.end()
        while j < b:
            c = text[j]
            if c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
            elif c in ",;" and depth <= 0:
                break
            j += 1
        out.append((i, j))
    return out


def _after_day(dates: "Days", stmt: "Statement", pos: int) -> int:
    """Where the clause after the last day written before ``pos`` in the statement starts."""
    found = [d for d in dates(stmt) if d.end <= pos]
    return found[-1].end if found else stmt.start


def _inside_office(doc: Document, party: Party) -> bool:
    """A party written inside someone's office ("Bộ trưởng Bộ Công an") is not an organiser."""
    for person in doc.people:
        for pos in person.positions:
            if pos.start >= 0 and pos.start <= party.start and party.end <= pos.end:
                return True
        for s, e in person.mentions:
            if 0 <= party.start - e <= 3 and party.kind == "org":
                return False
    return bool(_roles()["office_before"].search(doc.fold, max(0, party.start - 25), party.start))


def _place_party(doc: Document, stmt: "Statement") -> Party | None:
    text = doc.text
    for m in _roles()["place_cue"].finditer(doc.fold, stmt.start, stmt.end):
        a = m.end()
        end = text.find(".", a, stmt.end)
        p = _first_party(doc, a, min(end if end > 0 else stmt.end, a + 120))
        if p is not None and p.kind in ("province", "central", "foreign", "country"):
            return p
    return None


def _place(doc: Document, stmt: "Statement") -> str | None:
    text = doc.text
    m = _roles()["place_cue"].search(doc.fold, stmt.start, stmt.end)
    if not m:
        return None
    end = next((j for j in range(m.end(), stmt.end) if text[j] in ",.;:"), stmt.end)
    close = text.find(")", m.end(), stmt.end)
    if text.count("(", m.end(), end) > text.count(")", m.end(), end) and close >= 0:
        end = close + 1
    value = text[m.end():end].strip()
    if doc.home_province and _lexicon()["home"].fullmatch(value):
        return doc.home_province  # "tại tỉnh ta"
    return value if len(value) >= 3 else None


def _topics(doc: Document, context: list["Statement"], after: int) -> tuple[str, ...]:
    text = doc.text
    cfg = _roles()
    out: list[str] = []
    for st in context if _holds(doc, None, "topics") else ():
        if not _holds(doc, st, "topics"):
            continue
        m = cfg["topics_list"].search(doc.fold, st.start, st.end)
        if m:
            out += _items(text[m.start(1):m.end(1)])
            break
    if not out and context:
        st = context[0]
        if st.start <= after <= st.end:
            m = cfg["topic_about"].match(doc.fold, after, st.end)
            if m:
                out += _items(text[m.start(1):m.end(1)])
    return tuple(dict.fromkeys(out))


def _items(span: str) -> list[str]:
    span = re.split(r"[.…]\s*$|…", span.strip())[0]
    parts = [p.strip(" ,;…") for p in re.split(r";", span)]
    return [p for p in parts if 3 <= len(p) <= 200]


def _leader_for(doc: Document, d: "Draft", context: list["Statement"], dates: "Days") -> None:
    """Who leads: delegation head, chair, the verb's subject, the one performing a ceremony's act, the
    organiser's head, the one opening a conference, the highest office of the delegation's side (or the
    host's, for a signing), the event's own chair."""
    text = doc.text
    stmt, trig = d.stmt, d.trigger
    leader = None
    # a signing is led by whoever chairs it, though a delegation came to sign ("X chủ trì buổi lễ. Đoàn ... do Y")
    finders = (("chair", _chair), ("delegation_head", _head_of_delegation))
    for cue, find in finders if d.type == "signing" else finders[::-1]:
        for st in context if leader is None and _holds(doc, None, cue) else ():
            leader = find(doc, st)
            if leader:
                break
    if leader is None and not trig.host_side:
        start = _after_day(dates, stmt, trig.start)
        found = _people_in(doc, max(start, _clause_from(text, stmt, trig.start)), trig.start)
        if found and not _roles()["attending_before"].search(doc.fold, max(0, found[0][0] - 12), found[0][0]):
            leader = found[0][1]
    if leader is None and trig.host_side:  # "tiếp Đại sứ Nhật Bản ... Yamada Takio": the one received
        hosts = _host_side_people(doc, [stmt])
        found = [p for _, p in _people_in(doc, trig.end, stmt.end) if p.name not in hosts]
        if found:
            leader = found[0]
    if leader is None and d.type == "ceremony":  # who performs its act ("dự và trao Huy hiệu Đảng")
        leader = next((p for p in (_actor(doc, st, "act_verb") for st in context) if p), None)
    if leader is None and d.type not in _DELEGATION_TYPES:
        organisers, written = d.organisers
        if organisers:
            leader = _organiser_head(doc, organisers, written)
            if leader is not None and (_elected(doc, leader) or _only_attends(doc, leader, context)):
                leader = None
    if leader is None and d.type == "conference":  # who opens it
        leader = next((p for p in (_actor(doc, st, "opening_verb") for st in context) if p), None)
    if leader is None and d.type == "visit" and d.guest:
        host_side = _host_side_people(doc, context)
        side = [p for p in doc.people if p.name not in host_side and _on_side(p, d.guest)]
        if side:
            leader = min(side, key=_rank)
    if leader is None and d.type == "signing" and d.host:
        side = [p for p in doc.people if _on_side(p, d.host)]
        if side:
            leader = min(side, key=_rank)
    if leader is None and d.type in ("conference", "ceremony", "other"):
        for person in doc.people:
            if any(_roles()["event_chair_title"].match(pos.title.casefold()) for pos in person.positions):
                leader = person
                if d.guest is None:  # the event's own chair speaks for the body that runs it
                    d.guest = _outside_body(doc, person, d.host)
                break
    d.leader = leader.name if leader else None


def _outside_body(doc: Document, person: Person, host: str | None) -> str | None:
    """A central or outside body among the person's offices ("Tổng Giám đốc Đài Truyền hình Việt Nam")."""
    for pos in person.positions:
        if pos.start < 0 or _roles()["event_chair_title"].match(pos.title.casefold()):
            continue
        for p in find_parties(doc, pos.start, pos.end):
            if p.kind in ("central", "international", "country", "foreign") and p.name != host:
                return p.name
    return None


def _participants(doc: Document, d: "Draft", context: list["Statement"]) -> tuple[Participant, ...]:
    cfg = _roles()
    host_side = _host_side_people(doc, context)
    guest_side: set[str] = set()
    for st in context:
        if not _holds(doc, st, "guest_side"):
            continue
        for m in cfg["guest_side_cue"].finditer(doc.fold, st.start, st.end):
            guest_side.update(p.name for _, p in _people_in(doc, m.end(), st.end))
    seen: dict[str, Participant] = {}
    for st in context:
        for _, person in _people_in(doc, st.start, st.end):
            if person.name in seen:
                continue
            if person.name in host_side or _on_side(person, d.host):
                side = "host"
            elif person.name in guest_side or _on_side(person, d.guest) or (d.type == "visit" and person.name == d.leader):
                side = "guest"
            else:
                side = "other"
            seen[person.name] = Participant(person.name, side)  # type: ignore[arg-type]
    return tuple(seen.values())


# ---------------------------------------------------------------------------- lexicon check
def lexicon_check(file: str, entry: dict, text: str) -> bool:
    """Example checker for event_parties.yaml: the entry is found as a party in the text."""
    from .events import _doc_for

    doc = _doc_for(text)
    return any(p.name == entry["id"] for p in find_parties(doc, 0, len(doc.text)))
