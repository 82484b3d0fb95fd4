"""Office titles: find a title phrase in text, and write it in the contract's canonical form.

A title phrase is a head from ``data/titles.yaml`` ("Phó Chủ tịch"), an
optional modifier ("Thường trực") and the body it belongs to ("UBND tỉnh
Bình Định"). The body runs until punctuation, a stop word that starts the
predicate ("phát biểu", "nhiệm kỳ"), the start of a person's name, or the
next office of a chain. Canonical form: abbreviations expanded
(``data/abbreviations.yaml``), the province taken out of the text and kept
aside, rewrites applied (``kind: rewrite`` entries).

Hand-written because no library parses Vietnamese office titles; all words
and rules are data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..geo import find_provinces
from ..lexicon import entries, load, trie_pattern
from ..normalize import normalize_phrase
from . import units
from .names import honorific_forward, honorific_may_start

_SPACE = re.compile(r"\s+")
_WORD_RE = re.compile(r"[^\s,;:()\[\]\"!?…]+")
_PUNCT = set(',;:()[]"!?…')


@dataclass(slots=True)
class Title:
    """An office phrase as written: ``[nguyên] head [modifier] [owner]``.

    Title and Office are the parser's own records, built many times per sentence: not frozen (a frozen
    dataclass costs twice as much to build), but never changed in place (``dataclasses.replace`` makes new ones).
    """

    start: int
    end: int
    head: str  # the head entry's id ("Phó Chủ tịch")
    head_start: int
    head_end: int
    former: bool
    owner_start: int
    owner_end: int
    parent: tuple[int, int] | None = None  # ", Bộ Ngoại giao": the body above the owner


@dataclass(slots=True)
class Office:
    """A title in canonical form, before its province is decided."""

    title: str  # canonical, without the province name
    province: str | None  # province written in the phrase, canonical name
    written: str
    start: int
    end: int
    head: str
    bare: bool  # a head with no body ("Chủ tịch"): not an office by itself
    party: str | None = None  # the body is a bare party organ ("Đảng ủy") to be completed from the next office
    foreign: bool = False
    district: str | None = None  # district or city written in the title ("Tuy Phước")
    places: tuple[str, ...] = field(default=())


# -- lexicons ------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _titles() -> dict:
    return load("titles")


@lru_cache(maxsize=1)
def heads() -> dict[str, dict]:
    """casefolded head form -> entry; every head also has its deputy ("Phó Chỉ huy trưởng")."""
    out: dict[str, dict] = {}
    for e in _head_entries():
        for f in e["forms"]:
            out.setdefault(normalize_phrase(f).casefold(), e)
    return out


@lru_cache(maxsize=1)
def _head_entries() -> list[dict]:
    written = [e for e in entries("titles") if e.get("kind") == "head"]
    have = {normalize_phrase(f).casefold() for e in written for f in e["forms"]}
    deputies = []
    for e in written:
        if e["id"].startswith("Phó ") or e.get("complete"):
            continue
        forms = ["Phó " + f for f in e["forms"] if ("phó " + normalize_phrase(f)).casefold() not in have]
        if forms:
            deputies.append({**e, "id": "Phó " + e["id"], "forms": forms, "examples": []})
    return written + deputies


@lru_cache(maxsize=1)
def heads_by_id() -> dict[str, dict]:
    return {e["id"]: e for e in _head_entries()}


@lru_cache(maxsize=1)
def _generic_references() -> dict[str, str]:
    return dict(load("organisations").get("generic_references", {}))


@lru_cache(maxsize=1)
def _generic_bodies() -> frozenset[str]:
    return frozenset(load("organisations").get("generic", []))


@lru_cache(maxsize=1)
def _not_generic_regex() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(load('organisations').get('generic_exceptions', []))})(?![\w])", re.IGNORECASE)


def not_generic(name: str, kind: str = "") -> bool:
    """"Bộ Chính trị", "Bộ Tư lệnh": a body whose name starts like a kind but is not one of that kind (a
    ``kind`` that is itself such a name, "Ban Chỉ đạo", is one)."""
    m = _not_generic_regex().match(name)
    return m is not None and len(m.group()) > len(kind)


def generic_body(office: Office) -> str | None:
    """"Phó Giám đốc Sở": the body is only a kind ("Sở") whose name was given earlier; that kind, else None."""
    owner = _strip_head(office)
    if owner in _generic_bodies():
        return owner
    if owner in _generic_references():  # "Hiệu trưởng nhà trường": the school named before
        return _generic_references()[owner]
    ref = _board_reference(owner)
    if ref:  # "Chủ tịch Hội đồng quản trị tập đoàn": the board of the group named before
        return _generic_references()[ref]
    for kind in _generic_bodies():  # "Trưởng Ban Chỉ đạo": a head that holds its body's kind ("Trưởng Ban")
        if " " in kind and office.title.endswith(" " + kind):
            return kind
    if office.bare:
        return heads_by_id().get(office.head, {}).get("body")
    return None


@lru_cache(maxsize=1)
def party_regex() -> re.Pattern[str]:
    """Party bodies that a seat can be taken on ("Ban Chấp hành", "Ban Thường vụ", "BCH", "BTV")."""
    forms = [f for e in _organisations() if e.get("party") for f in e["forms"]]
    folded = {normalize_phrase(f).casefold() for f in forms}
    abbrevs = [re.escape(a) for a, x in abbreviations().items() if normalize_phrase(x).casefold() in folded]
    return re.compile(rf"(?:(?i:{alternation(forms)})|{'|'.join(abbrevs) or '(?!)'})(?![\w])")


def alternation(forms, *, spaces=r"\s+") -> str:
    """A regex matching any of the phrases, normalised, longest first, any run of spaces between words.

    Written as a prefix trie (lexicon.trie_pattern): the engine tests one branch per character instead of
    every phrase at every position; same matches as a flat longest-first alternation.
    """
    body = trie_pattern(sorted({normalize_phrase(f) for f in forms}, key=len, reverse=True))
    return body if spaces == r"\s+" else body.replace(r"\s+", spaces)


@lru_cache(maxsize=1)
def head_regex() -> re.Pattern[str]:
    """A head, with its "nguyên"; the lookahead on first letters only makes the scan cheaper."""
    formers = _titles().get("former", ["nguyên"])
    firsts = {f[0].casefold() for f in [*heads(), *formers]}
    first = "".join(re.escape(c) + re.escape(c.upper()) for c in sorted(firsts))
    return re.compile(rf"(?<![\w])(?=[{first}])(?:(?P<former>(?i:{alternation(formers)}))\s+)?"
                      rf"(?P<head>(?i:{alternation(heads())}))(?![\w])")


@lru_cache(maxsize=1)
def _folded_head_regex() -> re.Pattern[str]:
    """head_regex for the casefolded text, without its look-behind: it opens with a letter, so the engine
    skips in one step to where a head can start."""
    formers = [normalize_phrase(f).casefold() for f in _titles().get("former", ["nguyên"])]
    return re.compile(rf"(?:{alternation([*heads(), *(f + ' ' + h for f in formers for h in heads())])})(?![\w])")


def head_starts(text: str, fold: str, lo: int, hi: int) -> list[int]:
    """Where head_regex finds heads in text[lo:hi], read on ``fold`` (the casefolded text, same positions).

    A head found inside a word is none (head_regex's look-behind): then the window is read again as before.
    """
    out = []
    for m in _folded_head_regex().finditer(fold, lo, hi):
        p = m.start()
        if p > 0 and (fold[p - 1].isalnum() or fold[p - 1] == "_"):
            return [m.start() for m in head_regex().finditer(text, lo, hi)]
        out.append(p)
    return out


@lru_cache(maxsize=1)
def _modifier_regex() -> re.Pattern[str]:
    return re.compile(rf"\s+(?i:{alternation(_titles().get('modifiers', []))})(?![\w])")


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    out = {}
    for e in entries("abbreviations"):
        for f in e["forms"] + e.get("case_variants", []):
            out[f] = e["expansion"]
    return out


@lru_cache(maxsize=1)
def abbreviation_regex() -> re.Pattern[str]:
    forms = sorted(abbreviations(), key=len, reverse=True)
    alts: list[str] = []
    for f in forms:
        tail = "" if f.endswith(".") else r"(?![\w&])"
        alts.append(re.escape(f) + tail)
    return re.compile(r"(?<![\w&])(?:" + "|".join(alts) + ")")


@lru_cache(maxsize=1)
def _organisations() -> list[dict]:
    return entries("organisations")


@lru_cache(maxsize=1)
def protected_regex() -> re.Pattern[str]:
    """Fixed names that contain commas, dashes or stop words ("Văn hóa, Thể thao và Du lịch")."""
    forms = [f for e in _organisations() if e.get("kind") == "name" for f in e["forms"]]
    body = alternation(forms, spaces=r"\s*")
    return re.compile(rf"(?<![\w])(?i:{body})(?![\w])")


def fixed_name_over(text: str, start: int, end: int) -> bool:
    """A fixed name starts at ``start`` and runs past ``end`` ("Đoàn Thanh niên ...": "Đoàn Thanh" is no person)."""
    if text[start:start + 1].casefold() not in _protected_initials():
        return False
    m = protected_regex().match(text, start)
    return m is not None and m.end() > end


@lru_cache(maxsize=1)
def _protected_initials() -> frozenset[str]:
    return frozenset(f[0].casefold() for e in _organisations() if e.get("kind") == "name" for f in e["forms"])


@lru_cache(maxsize=1)
def _named_bodies() -> frozenset[str]:
    return frozenset(normalize_phrase(f).casefold() for e in _organisations() if e.get("named") for f in e["forms"])


@lru_cache(maxsize=1)
def _named_last_words() -> frozenset[str]:
    return frozenset(form.split()[-1] for form in _named_bodies())


def ends_with_named_body(words: list[str]) -> bool:
    """The words end with a body whose proper name follows ("Công ty", "Bệnh viện", "Trường THPT", "Công ty TNHH").

    The body word is capitalised: a lowercase one ends a common noun ("Sở Tài nguyên và Môi trường",
    "thị trường") and the capitalised run after it is a person, not the body's name.
    """
    i = len(words)
    while i > 0 and len(words[i - 1]) > 1 and words[i - 1].isupper():  # "Trường THPT", "Công ty TNHH"
        i -= 1
    if i == 0 or words[i - 1].casefold() not in _named_last_words():
        return False
    named = _named_bodies()
    for n in (1, 2, 3):
        if i - n >= 0 and words[i - n][:1].isupper() and " ".join(words[i - n:i]).casefold() in named:
            return True
    return False


@lru_cache(maxsize=1)
def _party_bodies() -> frozenset[str]:
    return frozenset(normalize_phrase(f).casefold() for e in _organisations() if e.get("party") for f in e["forms"])


@lru_cache(maxsize=1)
def _stops() -> frozenset[str]:
    return frozenset(normalize_phrase(s).casefold() for s in _titles().get("stops", []))


@lru_cache(maxsize=1)
def _plural_words() -> tuple[str, ...]:
    return tuple(normalize_phrase(w).casefold() for w in _titles().get("plural_bodies", []))


def _plural_body(words: list[str]) -> bool:
    """The body read so far takes a plural object ("Ban Quản lý các khu công nghiệp")."""
    read = " ".join(words).casefold()
    return any(w in read for w in _plural_words())


@lru_cache(maxsize=1)
def _keep_regex() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(_titles().get('keep', []))})(?![\w])")


@lru_cache(maxsize=1)
def _links_regex() -> re.Pattern[str]:
    links = alternation(_titles().get("links", []))
    return re.compile(rf"\s*(?:,|\s[-–]|(?i:{links})(?![\w]))\s*")


@lru_cache(maxsize=1)
def _rewrites() -> list[tuple[re.Pattern[str], str]]:
    out = []
    for e in entries("titles"):
        if e.get("kind") == "rewrite":
            out.append((re.compile(e["pattern"], re.IGNORECASE), e["replace"]))
    return out


# -- parsing -------------------------------------------------------------------------------

def _squash(text: str) -> str:
    """Whitespace collapsed (Document.text is already normalised)."""
    return " ".join(text.split())


def _skip_spaces(text: str, i: int, limit: int) -> int:
    while i < limit and text[i] == " ":
        i += 1
    return i


@lru_cache(maxsize=1)
def _stop_regex() -> re.Pattern[str]:
    """A stop phrase of up to three words (single spaces), trailing punctuation allowed, then a space or the end."""
    body = trie_pattern(sorted(_stops(), key=len, reverse=True)).replace(r"\s+", " ")
    return re.compile(rf"(?i:{body})[.,;:]*(?= |\Z)")


def stop_at(text: str, k: int, limit: int) -> bool:
    """Whether a stop word or phrase (lowercase) starts at ``k`` (read within 40 characters)."""
    if k >= limit or not text[k].islower():
        return False
    return _stop_regex().match(text, k, min(limit, k + 40)) is not None


def board_before(text: str, k: int) -> bool:
    """"Ban Giám đốc", "Ban Bí thư", "Đoàn Chủ tịch (Đại hội)": a head right after "Ban" or a capitalised "Đoàn"
    names a board or a congress's presidium, not an office."""
    return text[max(0, k - 4):k] == "Ban " or text[max(0, k - 5):k] == "Đoàn "


def head_at(text: str, k: int, *, lower_ok: bool = True) -> re.Match[str] | None:
    """A head (with its "nguyên") starting at ``k``; capitalised unless ``lower_ok``."""
    if board_before(text, k):
        return None
    m = head_regex().match(text, k)
    if m is None or not (lower_ok or m.group("former") or m.group("head")[0].isupper()):
        return None
    return m


def parse_owner(text: str, pos: int, limit: int, *, allow: frozenset[str] = frozenset(),
                name_starts: frozenset[int] | set[int] = frozenset()) -> int:
    """End of the body written after a head at ``pos`` (== ``pos`` when there is none)."""
    protected, initials, abbrevs, keep = protected_regex(), _protected_initials(), abbreviation_regex(), _keep_regex()
    i = end = pos
    count = 0
    named_run = False
    placed = 0  # 1: an allowed word ("tại") was read; 2: and a name after it: a lowercase word ends the body
    last_words: list[str] = []
    while count < 24:
        j = i
        while j < limit and text[j] == " ":
            j += 1
        if j >= limit:
            break
        ch = text[j]
        if j in name_starts and not (named_run or ends_with_named_body(last_words)):
            break  # a person's name, unless it is the proper name of the body just read ("Bệnh viện Bạch Mai")
        m = protected.match(text, j) if ch.casefold() in initials else None
        if m and m.end() <= limit:
            i = end = m.end()
            count += 1
            last_words.append(m.group())
            continue
        upper = ch.isupper()
        if upper and honorific_may_start(text, j) and (h := honorific_forward().match(text, j)) \
                and _skip_spaces(text, h.end(), limit) in name_starts:
            break  # "Giám đốc Sở Y tế TP. Đồng chí X ...": the next sentence's person
        m = abbrevs.match(text, j) if upper else None
        if m and m.end() <= limit:
            i = end = m.end()
            count += 1
            last_words.append(m.group())
            continue
        if ch == "," and last_words and last_words[-1][:1].islower() \
                and _lower_run_to_place(text, j + 1, limit, name_starts, last_words, listed=True):
            i = j + 1  # "Trung tâm dịch vụ việc làm, giáo dục nghề nghiệp và sát hạch lái xe tỉnh": one name
            continue
        if ch in _PUNCT or ch == "\n" or ch == ".":
            break
        if ch in "-–" and (j + 1 >= limit or text[j + 1] == " "):
            k = _skip_spaces(text, j + 1, limit)
            if (k >= limit or k in name_starts or head_at(text, k) or not text[k].isalnum()
                    or stop_at(text, k, limit)):
                break
            i = k
            continue
        w = _WORD_RE.match(text, j)
        if not w:
            break
        wend = w.end()
        if wend > limit:
            wend = limit
        word = text[j:wend]
        dot = len(word) > 1 and word[-1] == "."
        if dot:
            word, wend = word[:-1], wend - 1
        if not word:
            break
        if placed == 1 and upper:  # "tại Thành phố Hồ Chí Minh": the place whole
            found = find_provinces(text, j, min(limit, j + 40))
            if found and found[0].start == j:
                i = end = found[0].end
                count += 1
                placed = 2
                continue
        if upper or ch.isdigit():
            if not upper and (len(word) > 3 or not word.isdigit()):
                break
            named_run = named_run or ends_with_named_body(last_words)
            placed = 2 if placed else 0
            i = end = wend
            count += 1
            last_words.append(word)
            if dot:
                break
            continue
        named_run = False
        if placed == 2:
            break
        lw = word.casefold()
        if lw in allow or (lw == "tại" and _opens_seated(" ".join(last_words))):
            i = end = wend
            last_words.append(word)
            placed = 1
            continue
        if lw == "các":
            k = _skip_spaces(text, w.end(), limit)
            if k >= limit or k in name_starts or head_at(text, k) or stop_at(text, k, limit) or not (
                    text[k].isupper() or _plural_body(last_words)):
                break
            i = w.end()
            continue
        kept = keep.match(text, j)
        if kept and kept.end() <= limit:  # "dự án", "việc làm": stop words inside a body's name
            i = end = kept.end()
            count += 1
            last_words.append(kept.group())
            continue
        if stop_at(text, j, limit):
            break
        if lw == "và" or lw == "của":
            k = _skip_spaces(text, w.end(), limit)
            if k >= limit or k in name_starts or head_at(text, k) or not (text[k].isupper() or (
                    lw == "và" and _lower_run_to_place(text, k, limit, name_starts, last_words))) \
                    or honorific_forward().match(text, k):  # "... Quân khu 1 và Thiếu tướng X": the next person
                break
            i = w.end()
            last_words.append(word)
            continue
        i = end = wend
        count += 1
        last_words.append(word)
        if dot:
            break
    return end


_LOWER_RUN_WORDS = 10  # lowercase words read ahead at most for a name going on past "và" or a comma


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Unit words that end a body's name with its locality ("tỉnh", "huyện", "thành phố")."""
    return frozenset(units.words("province", "district"))


def _lower_run_to_place(text: str, k: int, limit: int, name_starts, last_words: list[str], *,
                        listed: bool = False) -> bool:
    """Whether lowercase words from ``k`` go on with a body's name up to its locality.

    A body named in common nouns joins its parts with "và" and commas ("Ban Quản lý dự án ... các công trình
    nông nghiệp và phát triển nông thôn tỉnh", "Trung tâm dịch vụ việc làm, giáo dục nghề nghiệp và sát hạch
    lái xe tỉnh"); such a name runs on to the unit word of its place. Read only when the body read so far
    names no place yet; the words must be lowercase, no stop word, head or person, and (``listed``: after a
    comma) a "và" must come before the place.
    """
    places = _place_words()
    if any(w.casefold() in places for w in last_words):
        return False
    keep = _keep_regex()
    seen_and = not listed
    words = 0
    while words < _LOWER_RUN_WORDS:
        k = _skip_spaces(text, k, limit)
        if k >= limit or k in name_starts:
            return False
        if text[k] == ",":
            if not listed:
                return False
            k += 1
            continue
        w = _WORD_RE.match(text, k, limit)
        if not w:
            return False
        word = w.group()
        lw = word.casefold()
        if lw in places:
            return seen_and and words > 0
        if not word.islower() or head_at(text, k):
            return False
        kept = keep.match(text, k)
        if kept and kept.end() <= limit:
            k, words = kept.end(), words + 1
            continue
        if lw == "và":
            seen_and = True
        elif not (lw == "các" and words == 0) and stop_at(text, k, limit):  # "... và các khu công nghiệp tỉnh"
            return False
        k, words = w.end(), words + 1
    return False


@lru_cache(maxsize=1)
def _seated_bodies() -> tuple[str, ...]:
    return tuple(normalize_phrase(f).casefold() for f in load("organisations").get("seated", []))


def seated_body_in(words: str) -> bool:
    """Whether the words name a seated body ("Phó Giám đốc Văn phòng đại diện X")."""
    folded = " " + words.casefold()
    return any(" " + b in folded for b in _seated_bodies())


def seat_split(owner: str) -> tuple[str, str] | None:
    """(body, seat) of an owner naming a seated body and its seat ("Văn phòng đại diện X tại Đà Nẵng"), else None."""
    k = owner.find(" tại ")
    if k < 0 or not _opens_seated(owner):
        return None
    return owner[:k], owner[k + 5:].strip()


def _opens_seated(words: str) -> bool:
    """The words open with a body whose seat is part of its name ("Văn phòng đại diện ... tại Đà Nẵng")."""
    return words.casefold().startswith(_seated_bodies())


@lru_cache(maxsize=None)
def _allowed(head_id: str) -> frozenset[str]:
    """Lowercase words that may go on with this head's body ("tại")."""
    return frozenset(heads_by_id()[head_id].get("allow", []))


@lru_cache(maxsize=1024)
def _head_entry(head_text: str) -> dict:
    """The head entry of a head as written ("Phó  chủ tịch" -> the "Phó Chủ tịch" entry)."""
    return heads()[_squash(head_text).casefold()]


def parse_title(text: str, pos: int, limit: int, *, lower_ok: bool = False,
                name_starts: frozenset[int] | set[int] = frozenset()) -> Title | None:
    """The office phrase starting exactly at ``pos``, or None."""
    m = head_regex().match(text, pos)
    if not m or m.end() > limit or board_before(text, pos):
        return None
    head_text = m.group("head")
    if not lower_ok and not head_text[0].isupper() and m.group("former") is None:
        return None
    entry = _head_entry(head_text)
    j = m.end()
    mm = _modifier_regex().match(text, j)
    if mm and mm.end() <= limit:
        j = mm.end()
    allow = _allowed(entry["id"])
    owner_start = _skip_spaces(text, j, limit)
    last = text.rfind(" ", m.start("head"), m.end("head")) + 1
    inner = protected_regex().match(text, last) if last > m.start("head") else None
    if inner and m.end("head") < inner.end() <= limit and j == m.end():
        owner_start = m.end("head") + 1
        j = inner.end()
    owner_end = parse_owner(text, j, limit, allow=allow, name_starts=name_starts)
    if owner_end <= owner_start:
        owner_start = owner_end = j
    if entry.get("owner") == "capitalised":
        owner = text[owner_start:owner_end]
        if not any(w[:1].isupper() for w in owner.split()):
            return None
    end = max(owner_end, j)
    return Title(m.start(), end, entry["id"], m.start("head"), m.end("head"), m.group("former") is not None,
                 owner_start, owner_end)


def parse_chain(text: str, pos: int, limit: int, *, lower_ok: bool = False,
                name_starts: frozenset[int] | set[int] = frozenset()) -> list[Title]:
    """Offices joined by commas, dashes or "kiêm", starting at ``pos``."""
    first = parse_title(text, pos, limit, lower_ok=lower_ok, name_starts=name_starts)
    if first is None:
        return []
    chain = [_with_bracketed_parent(text, first, limit, name_starts)]
    while True:
        m = _links_regex().match(text, chain[-1].end)
        if not m or m.end() >= limit or m.end() in name_starts:
            break
        nxt = parse_title(text, m.end(), limit, lower_ok=True, name_starts=name_starts)
        if nxt is None:
            parent = _parent_body(text, m, limit, name_starts, chain[-1])
            if parent is not None:
                last = chain[-1]
                chain[-1] = Title(last.start, parent[1], last.head, last.head_start, last.head_end, last.former,
                                  last.owner_start, last.owner_end, parent)
            break
        chain.append(_with_bracketed_parent(text, nxt, limit, name_starts))
    return chain


@lru_cache(maxsize=1)
def _parent_regex() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(load('organisations').get('parents', []))})(?![\w])")


@lru_cache(maxsize=1)
def _unit_parent_regex() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(load('organisations').get('unit_parents', []))})(?![\w])")


@lru_cache(maxsize=1)
def _sub_unit_regex() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?i:{alternation(load('organisations').get('sub_units', []))})(?![\w])")


def _parent_body(text: str, link: re.Match[str], limit: int, name_starts, child: Title) -> tuple[int, int] | None:
    """", Bộ Ngoại giao" after an office: the body the office's unit belongs to.

    What follows must end the office: punctuation, a stop word, or a comma opening a lowercase clause
    (", Bộ Kế hoạch và Đầu tư, dòng vốn ..."); a comma before another capitalised body is a list of bodies.
    A Sở (``unit_parents``) is the parent only of a unit the office names ("Trưởng phòng Quản lý ngân sách,
    Sở Tài chính", ``sub_units``).
    """
    if not link.group().strip().startswith(","):
        return None
    k = link.end()
    if not _parent_regex().match(text, k) and not (
            _unit_parent_regex().match(text, k) and _sub_unit_regex().search(text, child.head_start, child.end)):
        return None
    end = parse_owner(text, k, limit, name_starts=name_starts)
    if end <= k:
        return None
    after = _skip_spaces(text, end, limit)
    if after < limit and text[after] not in ";.()" and not stop_at(text, after, limit):
        if text[after] != ",":
            return None
        nxt = _skip_spaces(text, after + 1, limit)
        if nxt < limit and not text[nxt].islower():
            return None
    return k, end


def _with_bracketed_parent(text: str, title: Title, limit: int, name_starts) -> Title:
    """"Cục trưởng Cục Đầu tư nước ngoài (Bộ Kế hoạch và Đầu tư)": the body above the owner, written in brackets."""
    if title.parent is not None or title.owner_end <= title.owner_start:
        return title
    k = _skip_spaces(text, title.end, limit)
    if k >= limit or text[k] != "(":
        return title
    k = _skip_spaces(text, k + 1, limit)
    if not _parent_regex().match(text, k):
        return title
    end = parse_owner(text, k, limit, name_starts=name_starts)
    close = _skip_spaces(text, end, limit)
    if end <= k or close >= limit or text[close] != ")":
        return title
    return replace(title, end=close + 1, parent=(k, end))


# -- canonical form ------------------------------------------------------------------------

@lru_cache(maxsize=8192)
def expand(text: str) -> str:
    """Abbreviations written out ("UBND tỉnh" -> "Ủy ban nhân dân tỉnh"); cached: bodies repeat."""
    table = abbreviations()
    out = abbreviation_regex().sub(lambda m: table[m.group()] + " ", text)
    return _SPACE.sub(" ", out).strip()


@lru_cache(maxsize=1)
def _drop_locality_regex() -> re.Pattern[str]:
    forms = [f for e in _organisations() if e.get("locality") == "drop" for f in e["forms"]]
    return re.compile(rf"(?<![\w])(?:{alternation(forms)})(?![\w])")


@lru_cache(maxsize=8192)
def _province_in(owner: str) -> tuple[str | None, str]:
    """(province, expanded owner without it) for an owner as written.

    "UBND tỉnh Hà Tĩnh" -> ("Hà Tĩnh", "Ủy ban nhân dân tỉnh"); "Sở Ngoại vụ tỉnh Cà Mau" ->
    ("Cà Mau", "Sở Ngoại vụ"); "UBND TP.HCM" -> ("Hồ Chí Minh", "Ủy ban nhân dân thành phố");
    "Trường Đại học Cần Thơ" keeps its name (a province right after a named body is part of it);
    "Thành ủy Hải Dương" is the city's (Hải Dương is no centrally-run city) and keeps it.
    """
    # "xã Hòa Bình", "phường Quang Trung": a local place that shares a province's name
    matches = [m for m in find_provinces(owner)
               if not _continues(owner, m.end) and not units.place_before_regex().search(owner, 0, m.start)]
    if matches:  # "Đại học Quốc gia Hà Nội", "Đoàn Thanh niên Cộng sản Hồ Chí Minh": a fixed name holds no province
        names = [(n.start(), n.end()) for n in protected_regex().finditer(owner)]
        matches = [m for m in matches if not any(a <= m.start and m.end <= b for a, b in names)]
    if not matches:
        expanded = expand(owner)
        loc = _bare_locality_regex().search(expanded)
        if loc and _drop_locality_regex().search(expanded, 0, loc.start()):
            return None, expanded[:loc.start()].rstrip()  # "Sở Nội vụ tỉnh": the province's own, as when named
        return None, expanded
    m = matches[-1]
    before, after = expand(owner[:m.start]), expand(owner[m.end:])
    if not _is_city(m.province) and _city_word_regex().search(before):
        # "Thành ủy Hải Dương", "UBND TP Hải Dương": the province's own city, a district-level unit kept whole
        return m.province, expand(owner)
    loc = _province_unit_regex().search(before)
    written_city = re.match(r"(?i:tp\.?|thành phố)", m.written)
    if loc or written_city:
        word = loc.group(1) if loc else "thành phố"
        keep = "" if _drop_locality_regex().search(before) else word
        before = (before[:loc.start()] if loc else before) + " " + keep
    elif re.search(r"(?:Ủy ban nhân dân|Hội đồng nhân dân)\s*$", before):
        before = before + (" thành phố" if _is_city(m.province) else " tỉnh")
    elif _named_before(before):
        return None, expand(owner)
    return m.province, _SPACE.sub(" ", (before + " " + after)).strip(" ,")


def _foreign_place(owner: str) -> bool:
    """An owner naming a foreign country or body ("Tổng Lãnh sự Hoa Kỳ tại TP.HCM"): its places stay in the title."""
    from ..resolve.jurisdiction import scope_of

    return bool(owner) and scope_of(owner) == "foreign"


@lru_cache(maxsize=1)
def _branch_words() -> tuple[str, ...]:
    return tuple(" " + normalize_phrase(w).casefold() for w in load("organisations").get("branches", []))


def _named_before(before: str) -> bool:
    """The words before a province are a named body's own name ("Trường Đại học", "Bệnh viện Đa khoa"),
    not a branch placed in the province ("Ngân hàng Nhà nước chi nhánh": the province is where it stands)."""
    if before.casefold().rstrip().endswith(_branch_words()):
        return False
    words = before.split()
    named = _named_bodies()
    return any(" ".join(words[i:i + 2]).casefold() in named or words[i].casefold() in named
               for i in range(len(words)))


@lru_cache(maxsize=1)
def _city_word_regex() -> re.Pattern[str]:
    """A city's unit word or party committee ending the words before a name ("thành phố", "Thành ủy")."""
    cities = [f for e in _organisations() if e.get("committee") and {"province", "district"} <= set(e.get("level", []))
              for f in e["forms"]]
    words = [w for w in units.words("province") if w in units.words("district")]
    return re.compile(rf"(?<![\w])(?:{alternation([*cities, *words])})\s*$")


@lru_cache(maxsize=1)
def _bare_locality_regex() -> re.Pattern[str]:
    """A province's unit word ending an owner, in any case ("Sở Tài chính Thành phố")."""
    return re.compile(_province_unit_regex().pattern, re.IGNORECASE)


@lru_cache(maxsize=1)
def _province_unit_regex() -> re.Pattern[str]:
    return re.compile(rf"({units.alternation('province')})\s*$")


@lru_cache(maxsize=1)
def _district_regex() -> re.Pattern[str]:
    """A district (or district-level city) named after its unit word or committee ("huyện Tuy Phước")."""
    heads = "|".join([units.alternation("district")] + [re.escape(c) for c in units.district_committees()])
    return re.compile(rf"(?<![\w])(?:{heads})\s+((?:[A-ZÀ-ỸĐ][\w]*\s?){{1,3}})")


@lru_cache(maxsize=1)
def _commune_regex() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])((?:{units.alternation('commune')})\s+\S.*)$")


def _continues(owner: str, end: int) -> bool:
    """A province name followed by another capitalised word is part of a longer name ("Thái Bình Dương")."""
    rest = owner[end:end + 3]
    return len(rest) >= 2 and rest[0] == " " and rest[1].isupper()


@lru_cache(maxsize=None)
def _is_city(province: str) -> bool:
    from ..geo import provinces

    p = provinces().get(province)
    return bool(p and p.is_city)


def _district_in(title: str) -> str | None:
    """A district or district-level city named in a title ("huyện Tuy Phước" -> "Tuy Phước"; "Đăk Glei" -> "Đắk Glei")."""
    for m in _district_regex().finditer(title):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            name = units.district_named(" ".join(words[:n]))
            if name:
                return name
    return None


def canonical(title: Title, text: str) -> Office:
    """The title in canonical form, its written province kept aside."""
    head = _squash(text[title.head_start:title.head_end])
    modifier = _squash(text[title.head_end:title.owner_start]) if title.owner_start > title.head_end else ""
    owner = _squash(text[title.owner_start:title.owner_end])
    if title.parent:
        owner = owner + " " + _squash(text[title.parent[0]:title.parent[1]])
    full, province, bare, party, foreign, district = _canonical(head, modifier, owner, title.former)
    return Office(full, province, _squash(text[title.start:title.end]), title.start, title.end, title.head, bare,
                  party, foreign, district)


@lru_cache(maxsize=8192)
def _canonical(head: str, modifier: str, owner: str, former: bool) -> tuple:
    """(title, province, bare, party, foreign, district) for a title's parts as written (cached)."""
    entry = heads()[head.casefold()]
    head = entry["id"] if head.isupper() or head.casefold() != entry["id"].casefold() else head[0].upper() + head[1:]
    foreign = bool(entry.get("foreign")) or _foreign_place(owner)
    seat = seat_split(owner)
    if seat:  # "Văn phòng ... Đài Bắc tại TP. Hồ Chí Minh": the seat as written, no province of the office's
        province, owner = None, expand(seat[0]) + " tại " + seat[1]
    elif foreign:
        province, owner = None, expand(owner)
    else:
        province, owner = _province_in(owner) if owner else (None, owner)
    complete = bool(entry.get("complete") or entry.get("implies") or entry.get("canonical"))
    if entry.get("canonical"):
        body = entry["canonical"] + ("" if owner.casefold() in ("", "đảng") else " " + owner)
    else:
        if not owner and entry.get("implies"):
            owner = entry["implies"]
        body = " ".join(x for x in (head, modifier, owner) if x)
    body = rewrite(body)
    bare = not owner and not complete
    party = owner if owner.casefold() in _party_bodies() else None
    full = ("nguyên " + body) if former else body
    return _SPACE.sub(" ", full).strip(), province, bare, party, foreign, _district_in(body)


def rewrite(body: str) -> str:
    """The contract's canonical spelling of a title (``kind: rewrite`` entries of titles.yaml)."""
    for pattern, repl in _rewrites():
        body = pattern.sub(repl, body)
    return _SPACE.sub(" ", body).strip()


def membership(text: str, start: int, end: int) -> Office:
    """"tham gia Ban Chấp hành, Ban Thường vụ": a seat on a party body, its owner completed later."""
    written = _squash(text[start:end])
    body = expand(written)
    party = body if body.casefold() in _party_bodies() else None
    province = None
    if party is None:  # "tham gia BCH Đảng bộ tỉnh Sơn La": a whole body, its province aside
        province, body = _province_in(written)
    return Office(title=rewrite("Ủy viên " + body), province=province, written=written, start=start, end=end,
                  head="Ủy viên", bare=False, party=party)


def with_party_owner(office: Office, nxt: Office) -> Office:
    """Complete a bare party organ from the next office of the chain.

    "Bí thư Đảng ủy, Giám đốc Học viện X" -> "Bí thư Đảng ủy Học viện X";
    "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy" -> "Ủy viên Ban Thường vụ Tỉnh ủy";
    "Ủy viên Ban Thường vụ, Phó Giám đốc Học viện X" -> "Ủy viên Ban Thường vụ Đảng ủy Học viện X";
    "Bí thư Đảng ủy, Chủ tịch UBND xã X" -> "Bí thư Đảng ủy xã X".
    """
    party = office.party or ""
    owner = _strip_head(nxt)
    if not owner:
        return office
    entry = party_entry(party)
    committee = _committee_regex().search(owner)
    local = _commune_regex().search(owner)
    if committee and entry.get("of_committee"):
        new_owner = party + " " + owner[committee.start():]  # the committee with its place ("Huyện ủy Mộc Châu")
    elif local and not entry.get("of_committee"):
        new_owner = party + " " + local.group(1)
    elif entry.get("under"):
        new_owner = party + " " + entry["under"] + " " + owner
    else:
        new_owner = party + " " + owner
    head = office.title[: len(office.title) - len(party)].strip()
    return replace(office, title=rewrite(head + " " + new_owner), province=office.province or nxt.province,
                   bare=False, party=None, foreign=nxt.foreign, district=nxt.district)


def default_party_owner(office: Office) -> str | None:
    """The body a bare party organ means when the article does not say ("Ban Thường vụ" -> "Tỉnh ủy")."""
    return party_entry(office.party or "").get("default_owner")


@lru_cache(maxsize=64)
def party_entry(party: str) -> dict:
    for e in _organisations():
        if e.get("party") and party.casefold() in (f.casefold() for f in e["forms"]):
            return e
    return {}


@lru_cache(maxsize=1)
def committee_body_regex() -> re.Pattern[str]:
    """A committee's body written with its owner after it ("Ban Chấp hành LĐLĐ tỉnh", "BTV Tỉnh ủy")."""
    forms = [f for e in _organisations() if e.get("of_committee") for f in e["forms"]]
    folded = {f.casefold() for f in forms}
    abbrevs = [a for a, x in abbreviations().items() if x.casefold() in folded]
    body = "|".join([f"(?i:{alternation(forms)})"] + [re.escape(a) for a in abbrevs])
    return re.compile(rf"(?<![\w])({body})[ ]+")


@lru_cache(maxsize=1)
def _folded_committee_body_regex() -> re.Pattern[str]:
    """committee_body_regex for the casefolded text, without its look-behind (see confirmed_matches)."""
    forms = [f for e in _organisations() if e.get("of_committee") for f in e["forms"]]
    folded = {f.casefold() for f in forms}
    abbrevs = [a for a, x in abbreviations().items() if x.casefold() in folded]
    return re.compile(rf"({alternation([*folded, *(a.casefold() for a in abbrevs)])})[ ]+")


def committee_bodies(text: str, fold: str, lo: int, hi: int) -> list[re.Match[str]]:
    """committee_body_regex's matches in text[lo:hi], found on the casefolded text."""
    return confirmed_matches(committee_body_regex(), _folded_committee_body_regex(), text, fold, lo, hi)


def confirmed_matches(original: re.Pattern[str], folded: re.Pattern[str], text: str, fold: str,
                      lo: int, hi: int) -> list[re.Match[str]]:
    """``original.finditer(text, lo, hi)``, found faster: ``folded`` (the same pattern in lowercase, opening
    with a letter instead of a look-behind) scans ``fold``, the casefolded text, and ``original`` confirms each
    hit in place; if one is not confirmed (a hit inside a word, an abbreviation in the wrong case), the
    window is read with ``original`` alone."""
    if len(fold) != len(text):
        return list(original.finditer(text, lo, hi))
    out = []
    for m in folded.finditer(fold, lo, hi):
        o = original.match(text, m.start(), hi)
        if o is None or o.end() != m.end():
            return list(original.finditer(text, lo, hi))
        out.append(o)
    return out


@lru_cache(maxsize=1)
def _committee_regex() -> re.Pattern[str]:
    forms = [f for e in _organisations() if e.get("committee") for f in e["forms"]]
    return re.compile(rf"(?<![\w])(?:{alternation(forms)})(?![\w])")


def _strip_head(office: Office) -> str:
    """The body of a canonical office ("Giám đốc Học viện X" -> "Học viện X")."""
    return _body_of(office.title, office.head)


@lru_cache(maxsize=8192)
def _body_of(title: str, head: str) -> str:
    if title.startswith("nguyên "):
        title = title[7:]
    n = len(head.split())
    words = title.split(" ")
    rest = words[n:]
    while rest and rest[0].casefold() in ("thường", "trực", "chuyên", "trách", "dự", "khuyết"):
        rest = rest[1:]
    return " ".join(rest)


def with_owner(office: Office, owner_office: Office) -> Office:
    """A bare head given the body of a related office ("Phó Hiệu trưởng" + "Hiệu trưởng Trường X")."""
    owner = _strip_head(owner_office)
    if not owner:
        return office
    return replace(office, title=rewrite(office.title + " " + owner), province=office.province or owner_office.province,
                   bare=False, party=None, foreign=owner_office.foreign, district=owner_office.district)


def _board_reference(owner: str) -> str | None:
    """The word for a kind of body ending a board's name ("Hội đồng quản trị tập đoàn" -> "tập đoàn"), else None."""
    for ref in _generic_references():
        if owner.endswith(" " + ref) and owner[:-len(ref)].strip().casefold() in _boards():
            return ref
    return None


def with_body(office: Office, kind: str, name: str) -> Office:
    """"Phó Giám đốc Sở" + the Sở named earlier ("Y tế") -> "Phó Giám đốc Sở Y tế"; a bare "Bộ trưởng" -> "Bộ trưởng Bộ X"."""
    province, name = _province_in(name)
    owner = _strip_head(office)
    if owner == kind or office.title.endswith(" " + kind):
        title = office.title
    elif owner in _generic_references():  # "Hiệu trưởng nhà trường" -> "Hiệu trưởng Trường"
        title = office.title[:len(office.title) - len(owner)].rstrip() + " " + kind
    elif (ref := _board_reference(owner)) is not None:  # "... Hội đồng quản trị tập đoàn" -> "... Tập đoàn"
        title = office.title[:len(office.title) - len(ref)].rstrip() + " " + kind
    else:
        title = office.title + " " + kind
    return replace(office, title=rewrite(title + " " + name), province=office.province or province, bare=False,
                   party=None)


def with_context_owner(office: Office, owner: str, province: str | None) -> Office:
    """A bare head or party organ completed with a body named earlier in the article."""
    return replace(office, title=rewrite(office.title + " " + owner), province=office.province or province,
                   bare=False, party=None, district=office.district or _district_in(owner))


@lru_cache(maxsize=1)
def _boards() -> frozenset[str]:
    return frozenset(normalize_phrase(f).casefold() for e in _organisations() if e.get("board") for f in e["forms"])


@lru_cache(maxsize=1)
def _kiem_regex() -> re.Pattern[str]:
    return re.compile(rf"\s*,?\s*(?i:{alternation(_titles().get('links', []))})\s*$")


@lru_cache(maxsize=4096)
def _on_board(title: str) -> bool:
    """The title is a head and a board only ("Chủ tịch Hội đồng quản trị", "Trưởng Ban Kiểm soát")."""
    folded = title.casefold()
    for board in _boards():
        if folded.endswith(" " + board) and folded[:-len(board) - 1] in heads():
            return True
    return False


def shares_next_body(office: Office, nxt: Office, text: str) -> bool:
    """An office written as part of the next one's body, which it takes (``with_owner``):
    a board's office before the unit's ("Chủ tịch HĐQT, Tổng Giám đốc Công ty X") and a bare head joined by
    "kiêm" ("Phó Chỉ huy trưởng kiêm Tham mưu trưởng Bộ CHQS tỉnh"), but for a party committee's head."""
    if nxt.bare or nxt.party or not _strip_head(nxt):
        return False
    if _on_board(office.title):
        return not _on_board(nxt.title)
    if office.bare and not heads_by_id().get(office.head, {}).get("party_head"):
        return nxt.start > office.end and bool(_kiem_regex().match(text[office.end:nxt.start]))
    return False


def related_heads(a: str, b: str) -> bool:
    """"Phó Hiệu trưởng" and "Hiệu trưởng" share a body; "Bí thư" and "Giám đốc" do not."""
    strip = lambda h: h[4:] if h.startswith("Phó ") else h  # noqa: E731
    return strip(a) == strip(b)


def lexicon_check(file: str, entry: dict, text: str) -> bool:
    """Example checker for titles, abbreviations and organisations (tests/test_lexicons.py)."""
    from ..pipeline import extract

    doc = extract(text)
    positions = [pos for p in doc.people for pos in p.positions]
    fold = lambda s: normalize_phrase(s).casefold()  # noqa: E731
    if file == "titles":
        if entry.get("kind") == "rewrite":
            return any(fold(p.title) == fold(entry["expect"]) for p in positions)
        want = fold(entry.get("canonical") or entry["id"])
        return any(fold(p.title).removeprefix("nguyên ").startswith(want) for p in positions)
    if file == "abbreviations":
        return any(fold(entry["expansion"]) in fold(p.title) for p in positions)
    from ..resolve.jurisdiction import scope_of

    forms = [fold(f) for f in entry["forms"]]
    scope = entry.get("scope")
    for p in positions:
        title = fold(p.title)
        if not any(re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", title) for f in forms):
            continue
        if scope is None or scope_of(p.title) == scope:
            return True
    return False
