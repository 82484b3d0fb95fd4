"""Personal names in Vietnamese news: capitalised runs, honorifics, surnames, foreign spellings.

A name is a run of capitalised syllables ("Nguyễn Tự Công Hoàng"). Whether a
run is a person is decided by its context (extract/people.py); this module
only says where in a run a name can stand and what it looks like:

* Vietnamese-looking: every syllable is a well-formed Vietnamese syllable
  and the first is a family name from ``data/surnames.yaml``;
* foreign-looking: some syllable is not Vietnamese ("Yoonhee Kim",
  "Pany Yathotou"), so the run needs a strong cue (an honorific or an
  office) to count;
* highland names keep their apostrophes and hyphens ("Siu H'Lenh", "Kim
  Hak-hong") and may open with a prefix ("A Blưu", "Y Mai");
* places glued to a name are split off ("Hà Tĩnh Dương Tất Thắng",
  "Việt Nam Nguyễn Đức Lợi", "Đăk Glei A Blưu") using the province, district,
  commune and foreign-place lists (districts and communes in any common
  spelling); a run that is only a place is no name;
* right after "huyện", "xã" a full name that is no known place is a person
  whose district went unsaid ("Chủ tịch UBND huyện Lục Thị Xuân").

Written here rather than taken from underthesea's NER because that model runs
far below the speed goal and does not know the office conventions; the
syllable check is a small hand-written phonotactic table (no library offers
one), which is what lets foreign names through without a hand list of people.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ..geo import canonical_province, districts
from ..lexicon import entries, load
from ..normalize import normalize_phrase
from . import units
from .units import local_place


def _letters(upper: bool) -> str:
    chars = []
    for code in range(0x41, 0x1EFA):
        ch = chr(code)
        if not ch.isalpha() or (ch.isupper() != upper) or (ch.islower() == upper):
            continue
        if not unicodedata.name(ch, "").startswith("LATIN"):
            continue
        chars.append(ch)
    return "".join(re.escape(c) for c in chars)


UPPER = _letters(True)
LOWER = _letters(False)
# A syllable of a name: capital then small letters ("Nguyễn"), a lone capital
# ("Phạm S"), a foreign initial glued to a word ("D.Hagenhoff"), a highland
# name with an apostrophe ("H'Lenh", "M'Đrắk") or a hyphenated one ("Hak-hong").
SYLLABLE = (rf"(?:[{UPPER}]\.[{UPPER}][{LOWER}]+|[{UPPER}]'[{UPPER}]?[{LOWER}]+"
            rf"|[{UPPER}][{LOWER}]*(?:-[{LOWER}]+)?)")
# The same run, its first capital read before the look-behind (the one matched in one pass over the text:
# a pattern opening with a character class lets the regex engine skip ahead to the next capital).
RUN_RE = re.compile(rf"[{UPPER}](?<![\w.&/'-].)(?:\.[{UPPER}][{LOWER}]+|'[{UPPER}]?[{LOWER}]+|[{LOWER}]*(?:-[{LOWER}]+)?)"
                    rf"(?![\w&/])(?: +{SYLLABLE}(?![\w&/]))+")
SYLLABLE_RE = re.compile(SYLLABLE)

# Vietnamese phonotactics: optional onset, then a rhyme (nucleus + coda).
_ONSETS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
           "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "")
_NUCLEI = ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ia", "iê", "yê", "ua", "uô",
           "ưa", "ươ", "oa", "oă", "oe", "uâ", "uê", "uy", "uyê", "uya", "oo", "ya")
_CODAS = ("", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "y", "o", "u")
_RHYMES = frozenset(n + c for n in _NUCLEI for c in _CODAS)
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}



@lru_cache(maxsize=8192)
def is_vietnamese_syllable(token: str) -> bool:
    """"Nguyễn" yes, "Yoonhee" no: onset + rhyme from the table, tones ignored."""
    base = "".join(c for c in unicodedata.normalize("NFD", token.casefold()) if c not in _TONES)
    base = unicodedata.normalize("NFC", base)
    if not base.isalpha():
        return False
    for onset in _ONSETS:
        if base.startswith(onset):
            rest = base[len(onset):]
            if rest in _RHYMES or (onset == "gi" and rest in ("", "n", "ng", "c", "t", "u", "m", "p")):
                return True
    return False


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Family names that open a Vietnamese name ("Nguyễn", "Ksor"); highland prefixes ("A", "Y") are apart."""
    return frozenset(normalize_phrase(f) for e in entries("surnames") if not e.get("prefix") for f in e["forms"])


@lru_cache(maxsize=1)
def _prefixes() -> frozenset[str]:
    """Highland name prefixes ("A Blưu", "Y Mai"): a name opener only in short runs with no place in them."""
    return frozenset(normalize_phrase(f) for e in entries("surnames") if e.get("prefix") for f in e["forms"])


@lru_cache(maxsize=1)
def foreign_places() -> frozenset[str]:
    out = set()
    for e in entries("organisations"):
        if e.get("kind") == "country":
            out.update(normalize_phrase(f).casefold() for f in e["forms"])
    out.add("việt nam")
    return frozenset(out)


@lru_cache(maxsize=4096)
def place_kind(words: str) -> str | None:
    """"province", "district", "foreign" or None for a capitalised phrase."""
    if canonical_province(words):
        return "province"
    if words.casefold() in foreign_places():
        return "foreign"
    if words in districts():
        return "district"
    return None


@dataclass(frozen=True, slots=True)
class NameSpan:
    start: int
    end: int
    text: str
    foreign: bool  # written in a foreign orthography: needs a strong cue
    honorific: bool = False  # a capitalised address word stood at the run's start ("Ông X")


@lru_cache(maxsize=1)
def _year_names() -> frozenset[str]:
    data = load("surnames")
    return frozenset(f"{a} {b}" for a in data.get("year_stems", []) for b in data.get("year_branches", []))


def _looks_vietnamese(tokens: list[str]) -> bool:
    if not 2 <= len(tokens) <= 5:
        return False
    if tokens[0] not in surnames() and (tokens[0] not in _prefixes() or len(tokens) > 4 or _has_place(tokens)):
        return False
    if len(tokens) == 2 and " ".join(tokens) in _year_names():
        return False
    for i, t in enumerate(tokens):
        if len(t) == 1 and i == len(tokens) - 1 and i > 0:
            continue  # "Phạm S"
        if not is_vietnamese_syllable(t):
            return False
    return True


def _looks_foreign(tokens: list[str]) -> bool:
    if not 2 <= len(tokens) <= 5:
        return False
    if any(not is_vietnamese_syllable(t.split(".")[-1]) for t in tokens):
        return True
    return False


@lru_cache(maxsize=1)
def _address_words() -> dict[str, bool]:
    """Single-word forms of address that may open a capitalised run ("Ông", "Bà") -> whether they are weak."""
    out = {}
    for e in entries("honorifics"):
        if e.get("kind") == "address":
            for f in e["forms"]:
                if " " not in f and "/" not in f and "." not in f:
                    out[f.casefold()] = bool(e.get("weak"))
    return out


def names_in_run(text: str, start: int, end: int, prev_word: str = "", cued: bool = False) -> list[NameSpan]:
    """Where a personal name can stand inside the capitalised run text[start:end].

    ``prev_word`` is the lowercase word before the run: after "huyện", "xã"
    the run opens with a place ("xã Hưng Hội"), after "tỉnh" with a province
    or a person ("UBND tỉnh Nguyễn Văn An"). ``cued``: an honorific stands
    right before the run, so the whole run is the name even without a known
    family name ("đồng chí Khăm Phăn Phôm Ma Thát"). A capitalised "Ông", "Bà" opening a sentence
    cues the same way; inside a sentence it is part of a name ("đường Bà Huyện Thanh Quan").
    """
    run = text[start:end]
    opens = run[:run.find(" ")].casefold() in _address_words() and (
        start == 0 or text[max(0, start - 2):start].strip()[-1:] in _SENTENCE_OPENERS)
    prev = prev_word.casefold()
    found = _names_in(run, prev in _local_units(), cued, opens, prev in _province_units())
    out = []
    for a, b, name, foreign, honorific, unglued in found:
        if unglued and _glued(text, start, end):
            continue
        out.append(NameSpan(start + a, start + b, name, foreign, honorific))
    return out


@lru_cache(maxsize=1)
def _province_units() -> frozenset[str]:
    """Unit words of a province ("tỉnh"): a foreign run after one opens with a province abroad ("tỉnh Svay Rieng")."""
    return frozenset(w for w in units.words("province") if w not in units.words("district"))


@lru_cache(maxsize=1)
def _local_units() -> frozenset[str]:
    """Unit words after which a short run is a place: districts (but "thành phố"), communes, foreign units."""
    return frozenset(w for w in units.words("district", "commune", "foreign") if w != "thành phố")


@lru_cache(maxsize=1)
def local_unit_suffixes() -> tuple[str, ...]:
    """The district and commune unit words with their space, as written before a name ("huyện ", "Xã ")."""
    return tuple(w + " " for word in _local_units() for w in (word, word[0].upper() + word[1:]))


@lru_cache(maxsize=1)
def _province_unit_suffixes() -> tuple[str, ...]:
    """The province unit words with their space, as written before a name ("tỉnh ", "Tỉnh ")."""
    return tuple(w + " " for word in _province_units() for w in (word, word[0].upper() + word[1:]))


def after_district_word(text: str, pos: int) -> bool:
    """Whether a district or commune unit word ("huyện", "xã", "thị trấn") stands right before ``pos``."""
    return text.endswith(local_unit_suffixes(), max(0, pos - 10), pos)


def unit_word_before(text: str, pos: int) -> str:
    """The kind of unit word right before ``pos``, as :func:`names_in_run` takes it: "xã" for a district or
    commune's, "tỉnh" for a province's, else ""."""
    if after_district_word(text, pos):
        return "xã"
    return "tỉnh" if text.endswith(_province_unit_suffixes(), max(0, pos - 6), pos) else ""


_SENTENCE_OPENERS = ("", ".", "!", "?", ":", ";", '"', "(", "-", "–")


@lru_cache(maxsize=16384)
def _names_in(run: str, after_district: bool, cued: bool = False, opens: bool = False,
              after_province: bool = False) -> tuple[tuple[int, int, str, bool, bool, bool], ...]:
    """names_in_run on the run's own text (cached: runs repeat within and across articles).

    Each hit is (start, end, name, foreign, honorific, unglued): ``unglued`` asks the caller to
    check that no other capitalised word touches the run (a foreign run may be a body's name).
    """
    spans = [(m.start(), m.end()) for m in SYLLABLE_RE.finditer(run)]
    tokens = [run[a:b] for a, b in spans]

    def span(i: int, foreign: bool, honorific: bool = False, unglued: bool = False) -> tuple:
        a, b = spans[i][0], spans[-1][1]
        return ((a, b, " ".join(run[a:b].split()), foreign, honorific, unglued),)

    k = 0
    honorific = weak = False
    address = _address_words()
    while k < len(tokens) - 1 and tokens[k].casefold() in address:
        weak = address[tokens[k].casefold()]
        k += 1
        honorific = True
    if honorific:
        rest = tokens[k:]
        if _looks_vietnamese(rest):
            return span(k, False, True)
        if _looks_foreign(rest) and not weak:  # "Cô Tô" is an island, "Bà Yoonhee Kim" a person
            return span(k, True, True)
    if _is_place(tokens[k:], exact=honorific):
        return ()
    rest = tokens[k:]
    if (cued or (honorific and opens and not weak)) and 2 <= len(rest) <= 5 and not _has_place(rest) \
            and all(is_vietnamese_syllable(t) or len(t) == 1 for t in rest):
        return span(k, False, True)  # "đồng chí A Thanh", "Ông Lữ Văn Hùng": the whole run after the cue
    if after_district or (after_province and not honorific and not _looks_vietnamese(tokens[k:])):
        return _after_unit_word(tokens, k, span)  # "tỉnh Svay Rieng (Mên Vibol)": a province abroad opens it
    # strip places glued before the name ("Hà Tĩnh Dương Tất Thắng", "Lào Pany Yathotou", "Đăk Glei A Blưu")
    changed = True
    while changed and len(tokens) - k > 2:
        changed = False
        for cut in (4, 3, 2, 1):
            if len(tokens) - k - cut >= 2 and _is_place(tokens[k:k + cut]):
                k += cut
                changed = True
                break
    if _is_place(tokens[k:]):
        return ()
    for cut in (3, 2, 1):
        if len(tokens) - k > cut and place_kind(" ".join(tokens[k:k + cut])) in ("province", "foreign"):
            return ()  # "Thái Bình Dương": a longer place name, not a person
    for i in range(k, len(tokens) - 1):
        rest = tokens[i:]
        if len(rest) <= 4 or i == k:
            if _looks_vietnamese(rest) and not place_kind(" ".join(rest)) and not _place_prefix(rest):
                return span(i, False)
    rest = tokens[k:]
    if _looks_foreign(rest) and not _has_place(rest):
        return span(k, True, unglued=True)
    return ()


def _after_unit_word(tokens: list[str], k: int, span: Callable[..., tuple]) -> tuple:
    """Names in a run right after "huyện", "xã": "xã Định Thành", "huyện Tiên Yên Lục Thị Xuân", "huyện Lục Thị Xuân".

    A known place opens the run and a person may follow it; a run that is no known place but a full
    Vietnamese name (3-4 syllables) is a person whose district was left unsaid ("Chủ tịch UBND huyện Lục Thị Xuân");
    otherwise the first two syllables are taken for an unknown place.
    """
    n = len(tokens) - k
    if _is_place(tokens[k:], after_unit=True):
        return ()
    for cut in (4, 3, 2, 1):
        if n - cut >= 2 and _is_place(tokens[k:k + cut], after_unit=True):
            rest = tokens[k + cut:]
            if _looks_vietnamese(rest) or _looks_foreign(rest):
                return span(k + cut, not _looks_vietnamese(rest))
            return ()
    if 3 <= n <= 4 and _looks_vietnamese(tokens[k:]) and not _place_prefix(tokens[k:]):
        return span(k, False)
    if n >= 4:
        rest = tokens[k + 2:]
        if _looks_vietnamese(rest) or _looks_foreign(rest):
            return span(k + 2, not _looks_vietnamese(rest))
    return ()


def _is_place(tokens: list[str], after_unit: bool = False, exact: bool = False) -> bool:
    """A known place: a province, country or district as written, or a district or commune in any spelling
    (as written only when ``exact``: after "Ông", "Bà" a near miss is a person, "Bà Tư Mai").

    Communes and respellings count for runs that do not open with a family name (or right after a unit
    word): many wards bear a hero's name ("Hoàng Văn Thụ") that is also a person's.
    """
    words = " ".join(tokens)
    if place_kind(words):
        return True
    if not (after_unit or tokens[0] not in surnames()):
        return False
    return (units.place_named(words, "commune") == words) if exact else local_place(words) is not None


def _has_place(tokens: list[str]) -> bool:
    return any(place_kind(" ".join(tokens[i:i + n])) in ("province", "foreign")
               for n in (1, 2, 3) for i in range(len(tokens) - n + 1))


def _glued(text: str, start: int, end: int) -> bool:
    """A foreign-looking run next to another capitalised word is part of a name of a body ("ITM International Trade")."""
    after = text[end:end + 2]
    before = text[max(0, start - 2):start]
    return (len(after) == 2 and after[0] in " -" and after[1].isupper()) or (
        len(before) == 2 and before[1] in " -" and before[0].isupper())


@lru_cache(maxsize=1)
def _province_prefixes() -> frozenset[str]:
    from ..geo import provinces

    out = set()
    for name in provinces():
        words = name.split()
        for n in range(1, len(words)):
            out.add(" ".join(words[:n]))
    return frozenset(out)


def _place_prefix(tokens: list[str]) -> bool:
    """"Hồ Chí" (a clipped "Hồ Chí Minh") is the start of a place name, not a person."""
    return " ".join(tokens) in _province_prefixes()


@lru_cache(maxsize=1)
def honorific_forward() -> re.Pattern[str]:
    """One or more honorifics, ranks or degrees written at a position ("GS,TS. ", "đồng chí Thượng tướng ")."""
    forms = sorted({normalize_phrase(f) for e in entries("honorifics") for f in e["forms"]}, key=len, reverse=True)
    body = "|".join(re.escape(f).replace(r"\ ", r"\s*") for f in forms)
    return re.compile(rf"(?i:(?:(?<![\w])(?:{body})\.?,?\s+)+)")


@lru_cache(maxsize=1)
def _honorific_first_words() -> frozenset[str]:
    return frozenset(re.split(r"[\s.,]", normalize_phrase(f).casefold(), maxsplit=1)[0]
                     for e in entries("honorifics") for f in e["forms"])


_FIRST_TOKEN = re.compile(r"[^\s.,]+")


def honorific_may_start(text: str, pos: int) -> bool:
    """A cheap test before :func:`honorific_forward`: the word at ``pos`` opens some honorific."""
    m = _FIRST_TOKEN.match(text, pos)
    return m is not None and m.group().casefold() in _honorific_first_words()


@lru_cache(maxsize=1)
def _honorific_longest() -> int:
    return max(len(f.split()) for f in _honorific_info())


@lru_cache(maxsize=1)
def _honorific_last_words() -> frozenset[str]:
    return frozenset(f.split()[-1].rstrip(".,") for f in _honorific_info())


@lru_cache(maxsize=1)
def _honorific_info() -> dict[str, dict]:
    out = {}
    for e in entries("honorifics"):
        for f in e["forms"]:
            out[normalize_phrase(f).casefold()] = e
    return out


def honorific_before(text: str, pos: int) -> tuple[int, dict] | None:
    """(start, entry) of the honorific(s) written right before ``pos`` ("Đại tá", "PGS, TS.", "đồng chí"), or None.

    Looks at the last words before ``pos`` only (dictionary look-ups, no regex scan);
    stacked cues count ("đồng chí Thượng tướng"), the entry returned is the nearest one.
    """
    if pos == 0 or text[pos - 1] != " ":
        return None  # an honorific is followed by a space
    lo = max(0, pos - 48)
    found = _honorific_in(text[lo:pos])
    return (lo + found[0], found[1]) if found else None


@lru_cache(maxsize=8192)
def _honorific_in(chunk: str) -> tuple[int, dict] | None:
    if not chunk.endswith(" "):
        return None
    words = chunk.split()
    last_words = _honorific_last_words()
    if not words or words[-1].rstrip(".,").casefold() not in last_words:
        return None
    info = _honorific_info()
    longest = _honorific_longest()
    found = None
    start = len(chunk)
    while words and words[-1].rstrip(".,").casefold() in last_words:
        for n in range(min(longest, len(words)), 0, -1):
            key = " ".join(words[-n:]).rstrip(".,").casefold()
            if key in info:
                start = chunk.rfind(words[-n], 0, start)
                found = found or info[key]
                del words[-n:]
                break
        else:
            break
    return (start, found) if found else None


def lexicon_check(file: str, entry: dict, text: str) -> bool:
    """Example checker for honorifics.yaml and surnames.yaml (tests/test_lexicons.py)."""
    from ..pipeline import extract

    doc = extract(text)
    if file == "surnames":
        forms = set(entry["forms"])
        return any(p.name.split()[0] in forms for p in doc.people)
    forms = {normalize_phrase(f).casefold() for f in entry["forms"]}
    for person in doc.people:
        for s, _e in person.mentions:
            hon = honorific_before(doc.text, s)
            if hon and any(_honorific_info().get(f) is entry for f in _forms_in(doc.text[hon[0]:s], forms)):
                return True
            run_start = doc.text[max(0, s - 12):s].rstrip().rsplit(" ", 1)[-1].casefold() if s else ""
            if run_start in forms:
                return True
            after = doc.text[_e:_e + 40].casefold()
            if entry.get("after") and after.startswith(",") and any(after[1:].lstrip().startswith(f) for f in forms):
                return True  # "X, nhà nghiên cứu ...": the word after the name
    return False


def _forms_in(written: str, forms: set[str]) -> list[str]:
    words = written.strip().split()
    out = []
    for i in range(len(words)):
        for n in range(1, _honorific_longest() + 1):
            key = " ".join(words[i:i + n]).rstrip(".,").casefold()
            if key in forms:
                out.append(key)
    return out
