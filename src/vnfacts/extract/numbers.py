"""Vietnamese numerals in news text: digits, scale words, number words, ranges and fractions.

Written by hand because no library reads them: quantulum3, number-parser and
Microsoft Recognizers-Text have no Vietnamese, and Duckling (Haskell) has no
"tỷ đồng". Vietnamese writes a decimal comma and a thousands dot ("9,0",
"8.000", "92.917,98"); a dot followed by one or two digits is a date
("22.4" = 22 April) or, rarely, an English decimal, and the caller decides
from the context.

:func:`find_numerals` yields every numeral of a text with its reading
(value, range end, denominator, the scale word it carries) and its shape, so
that the figure extractor can tell a count from a date, a document number or
a name. Number words ("hơn một nghìn", "một nửa", "hai phần ba") are read by
:func:`read_number_words` where a figure may be written in words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..lexicon import load

# A run of digits with the separators a numeral may contain, glued letters included
# ("37.000m2", "8h00", "COVID-19", "18-NQ/TW", "24/6/2025").
_ATOM_RE = re.compile(r"[0-9][0-9A-Za-zÀ-ỹĐđ²³.,/\-]*")  # from its first digit; letters before it are added
_ATOM_HEAD = re.compile(r"[0-9A-Za-zÀ-ỹĐđ²³]")
_YEAR_RE = re.compile(r"\d{4}")
_PLAIN_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
_DOTTED_RE = re.compile(r"\d+\.\d{1,2}")
_NUM = r"(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
_SLASH_RE = re.compile(_NUM + "/" + _NUM)
_DATE_SLASH_RE = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}")
_MONTH_YEAR_RE = re.compile(r"\d{1,2}[/.\-]\d{4}")
_DASH_RE = re.compile(_NUM + "-" + _NUM)
_CLOCK_SUFFIX = re.compile(r"[hg]\d{0,2}")  # "8h30", "14g"
_GLUED_RE = re.compile(r"(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)([A-Za-zÀ-ỹĐđ²³][A-Za-zÀ-ỹĐđ0-9²³/]*)")


class Numeral(NamedTuple):
    """One numeral as written, with what its shape says about it (a named tuple: several are read per sentence,
    and a tuple is made four times faster than a frozen dataclass)."""

    start: int
    end: int
    written: str
    shape: str  # number | fraction | range | date | year | time | code | glued | dotted
    value: float | None = None
    second: float | None = None  # denominator of "182/204", upper end of "15-18"
    suffix: str = ""  # letters glued to the digits ("m2" in "37.000m2")


def parse_digits(text: str) -> float | None:
    """"8.000" → 8000, "9,0" → 9.0, "92.917,98" → 92917.98, "4,36" → 4.36; None when not a numeral."""
    text = text.strip()
    if not _PLAIN_RE.fullmatch(text):
        return None
    whole, _, frac = text.partition(",")
    value = float(whole.replace(".", ""))
    if frac:
        value += float("0." + frac)
    return value


def as_number(value: float) -> float | int:
    """An int when the value is whole (JSON "8000", not "8000.0"), else the float rounded to 10 places."""
    if value == int(value) and abs(value) < 1e18:
        return int(value)
    return round(value, 10)


@lru_cache(maxsize=256)
def _classify(atom: str) -> tuple[str, float | None, float | None, str]:
    """(shape, value, second, suffix) of one digit run (cached: years, dates and small counts come back often)."""
    value = parse_digits(atom)
    if value is not None:
        if 1900 <= value <= 2100 and _YEAR_RE.fullmatch(atom):
            return "year", value, None, ""
        return "number", value, None, ""
    if _DATE_SLASH_RE.fullmatch(atom):
        return "date", None, None, ""
    if _MONTH_YEAR_RE.fullmatch(atom) and 1900 <= int(atom[-4:]) <= 2100:
        return "date", None, None, ""
    m = _SLASH_RE.fullmatch(atom)
    if m:
        return "fraction", parse_digits(m.group(1)), parse_digits(m.group(2)), ""
    m = _DASH_RE.fullmatch(atom)
    if m:
        a, b = parse_digits(m.group(1)), parse_digits(m.group(2))
        return "range", a, b, ""
    if _DOTTED_RE.fullmatch(atom):
        whole, _, frac = atom.partition(".")
        return "dotted", float(whole), float(frac), ""
    m = _GLUED_RE.fullmatch(atom)
    if m:
        suffix = m.group(2)
        if _CLOCK_SUFFIX.fullmatch(suffix):
            return "time", None, None, suffix
        return "glued", parse_digits(m.group(1)), None, suffix
    return "code", None, None, ""


def find_numerals(text: str, start: int = 0, end: int | None = None) -> list[Numeral]:
    """Every digit run in text[start:end], classified by its shape."""
    end = len(text) if end is None else end
    out: list[Numeral] = []
    prev_end = start
    for m in _ATOM_RE.finditer(text, start, end):
        s, e = m.start(), m.end()
        while s > prev_end and not text[s - 1].isspace() and _ATOM_HEAD.match(text, s - 1):
            s -= 1  # "COVID19", "A1": letters glued before the digits
        prev_end = m.end()
        while e > s and text[e - 1] in ".,/-":
            e -= 1
        atom = text[s:e]
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "/" or (
                text[s - 1] in "-+" and s > 1 and text[s - 2].isalnum())):  # ("Km3+400": a road chainage)
            out.append(Numeral(s, e, atom, "code"))
            continue
        if not atom[0].isdigit():
            out.append(Numeral(s, e, atom, "code"))
            continue
        shape, value, second, suffix = _classify(atom)
        out.append(Numeral(s, e, atom, shape, value, second, suffix))
    return out


@lru_cache(maxsize=1)
def _words() -> dict:
    data = load("number_words")
    scales = data["scales"]
    scale_alts = sorted(scales, key=len, reverse=True)
    return {
        "units": data["units"],
        "tens": set(data["tens"]),
        "hundreds": set(data["hundreds"]),
        "scales": scales,
        "halves": data["halves"],
        "multiples": data["multiples"],
        "scale_re": re.compile(r"\s*(" + "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in scale_alts)
                               + r")(?![\w])", re.IGNORECASE),
    }


def read_scale(text: str, pos: int) -> tuple[float, int]:
    """(multiplier, end) of a scale word starting at ``pos`` ("tỷ", "nghìn tỷ"); (1, pos) when none."""
    m = _words()["scale_re"].match(text, pos)
    if not m:
        return 1.0, pos
    word = " ".join(m.group(1).lower().split())
    return float(_words()["scales"][word]), m.end()


def words_value(words: list[str]) -> float | None:
    """Value of a spelled-out number: ["hai", "mươi", "lăm"] → 25, ["một", "trăm"] → 100."""
    w = _words()
    total, current, seen = 0.0, 0.0, False
    for word in words:
        word = word.lower()
        if word in w["units"]:
            current += w["units"][word]
            seen = True
        elif word in w["tens"]:
            current = (current or 1) * 10
        elif word in w["hundreds"]:
            current = (current or 1) * 100
        elif word in w["scales"]:
            total += (current or 1) * w["scales"][word]
            current = 0
        else:
            return None
    return total + current if seen else None


@lru_cache(maxsize=1)
def _word_number_re() -> re.Pattern[str]:
    w = _words()
    unit = "|".join(sorted(w["units"], key=len, reverse=True))
    scale = "|".join(sorted((s for s in w["scales"] if " " not in s), key=len, reverse=True))
    mult = "|".join(sorted(w["tens"] | w["hundreds"], key=len, reverse=True))
    word = rf"(?:{unit}|{mult}|{scale})"
    return re.compile(rf"(?<![\w])(?:{unit})(?:\s+{word})*(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _scale_words() -> tuple[tuple[str, ...], frozenset[str]]:
    w = _words()
    single = tuple(sorted({s for s in w["scales"] if " " not in s}))
    return single, frozenset(w["units"]) | w["tens"] | w["hundreds"] | frozenset(single)


def has_spelled_scale(fold: str) -> bool:
    """Whether a scale word stands after a number word ("một nghìn", "hai mươi triệu") in a lowercase text:
    a cheap test before :func:`read_number_words` (after digits, "8.000 tỷ", :func:`read_scale` reads it)."""
    scales, number_words = _scale_words()
    for scale in scales:
        i = fold.find(scale)
        while i > 0:
            if fold[i - 1] == " ":
                k = i - 1
                while k > 0 and fold[k - 1].isspace():
                    k -= 1
                if fold[fold.rfind(" ", 0, k) + 1:k] in number_words:
                    return True
            i = fold.find(scale, i + 1)
    return False


@dataclass(frozen=True, slots=True)
class WordNumber:
    start: int
    end: int
    value: float
    words: tuple[str, ...]
    has_scale: bool


def read_number_words(text: str, start: int = 0, end: int | None = None) -> list[WordNumber]:
    """Spelled-out numbers in text[start:end] ("một nghìn", "hai mươi lăm", "ba")."""
    end = len(text) if end is None else end
    scales = _words()["scales"]
    out = []
    for m in _word_number_re().finditer(text, start, end):
        words = m.group(0).split()
        value = words_value(words)
        if value is None:
            continue
        out.append(WordNumber(m.start(), m.end(), value, tuple(words),
                              any(x.lower() in scales for x in words)))
    return out


def half_word(word: str) -> float | None:
    """"nửa" → 0.5."""
    return _words()["halves"].get(word.lower())


def multiple_word(word: str) -> float | None:
    """"đôi" → 2 after "gấp"."""
    value = _words()["multiples"].get(word.lower())
    return float(value) if value is not None else None
