"""Bytes to text, and repair of text typed in legacy Vietnamese encodings.

``decode`` reads UTF-8 (with or without BOM), UTF-16/32 (with BOM, and
UTF-16 without one), Windows-1258 and raw TCVN3/VNI bytes, and refuses
empty and binary data with a reason. ``repair_text`` recognises text that
was typed in TCVN3 (ABC) or VNI-Windows fonts and so arrives as Latin-1
look-alikes ("§¶ng bé" for "Đảng bộ", "Ñaûng boä" for the same), and UTF-8
that was read as Windows-1252 ("Ä\\x90áº£ng"), and converts it to Unicode.

Why by hand: no maintained Python package converts TCVN3/VNI (what exists
are unpackaged snippets, PHP/JS/R ports and a Rust crate), and none detects
the encoding. The tables are data (``data/legacy_encodings.yaml``, checked
by tests/test_lexicons.py with the examples there). Detection converts the
words that hold non-ASCII characters under each hypothesis and counts how
many become well-formed Vietnamese syllables; a hypothesis must clearly beat
the text as it is, so real Unicode Vietnamese, English and French text stay
untouched. Text with none of the tell-tale characters returns at once.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache

from .lexicon import load


class DecodeError(ValueError):
    """The bytes are not a text we can read; the message says why."""


# -- Vietnamese syllables --------------------------------------------------------------

_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_SYLLABLE_RE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"(?:iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu"
    r"|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê"
    r"|[aăâeêioôơuưy])"
    r"(?:ch|ng|nh|[cmnpt])?"
)


@lru_cache(maxsize=4096)
def is_syllable(word: str) -> bool:
    """Whether ``word`` is one well-formed Vietnamese syllable ("Đảng", "nghiệp"; not "ộtộ", "été")."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for c in decomposed if c in _TONE_MARKS)
    if tones > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    return _SYLLABLE_RE.fullmatch(base) is not None


# -- legacy tables -----------------------------------------------------------------------

class _Legacy:
    """One legacy encoding: its table, a regex over its keys, and the characters that betray it."""

    def __init__(self, name: str, label: str, table: dict[str, str]):
        self.name = name
        self.label = label
        self.table = table
        keys = sorted(table, key=len, reverse=True)
        self.pattern = re.compile("|".join(re.escape(k) for k in keys))
        vietnamese = set("àáâãèéêìíòóôõùúýăđĩũơưÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯ")
        self.tells = frozenset(c for k in keys for c in k if ord(c) >= 0xA0) - vietnamese

    def convert(self, text: str) -> str:
        return self.pattern.sub(lambda m: self.table[m.group(0)], text)


@lru_cache(maxsize=1)
def _legacies() -> tuple[_Legacy, ...]:
    return tuple(_Legacy(e["id"], e["name"], {str(k): str(v) for k, v in e["table"].items()})
                 for e in load("legacy_encodings")["entries"])


@lru_cache(maxsize=1)
def _tell_res() -> tuple[re.Pattern[str], ...]:
    """Regexes, one of which finds something in any legacy-typed text (kept apart: each scans fast)."""
    tells = set().union(*(lg.tells for lg in _legacies())) - set("«»·©®×")  # also used as punctuation
    return (re.compile("[" + re.escape("".join(sorted(tells))) + "]"), *_MOJIBAKE_TELLS)


# UTF-8 read as Windows-1252: "Ã" + a continuation byte's look-alike (à é ô ...), "á»"/"áº"
# (the Vietnamese letters U+1E00-U+1EFF), "Ä\x90"/"Ä‘" (Đ đ), "Æ°"/"Æ¡" (ư ơ; Æ is a TCVN3 tell).
_MOJIBAKE_TELLS = (re.compile("Ã[\u0080-\u00bf\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
                              "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]"),
                   re.compile("á[»º]"), re.compile("Ä[\u0080-\u00bf\u2018]"))
_CP1252_SPECIALS = {ch: bytes([b]) for b in range(0x80, 0xA0)
                    for ch in [bytes([b]).decode("cp1252", errors="ignore")] if ch}


def _undo_mojibake(text: str) -> str | None:
    """UTF-8 bytes that were decoded as Windows-1252, decoded again properly; None if they are not."""
    out = bytearray()
    for ch in text:
        o = ord(ch)
        if o < 0x100:
            out.append(o)
        elif ch in _CP1252_SPECIALS:
            out += _CP1252_SPECIALS[ch]
        else:
            return None
    try:
        return out.decode("utf-8")
    except UnicodeDecodeError:
        return None


# -- detection ---------------------------------------------------------------------------

_WORD_SPLIT_RE = re.compile(r"[\s!-/:-@\[-`{-~\u2013\u2014\u2018-\u201f\u2026]+")


def _words(text: str) -> list[str]:
    """Words holding a non-ASCII character (the only ones a conversion can change)."""
    return [w for w in _WORD_SPLIT_RE.split(text) if w and not w.isascii() and not any(c.isdigit() for c in w)]


def _validity(text: str) -> tuple[int, int]:
    """(valid, total): how many non-ASCII words of ``text`` are Vietnamese syllables."""
    words = _words(text)
    return sum(1 for w in words if is_syllable(w)), len(words)


def _hypotheses():
    yield from ((lg.label, lg.convert) for lg in _legacies())
    yield "UTF-8 read as Windows-1252", _undo_mojibake


def _better(converted: tuple[int, int], as_is: tuple[int, int]) -> bool:
    """Whether a conversion clearly beats the text as it is."""
    valid, total = converted
    if valid < 2 or valid < 0.75 * total:
        return False
    return valid / total - (as_is[0] / as_is[1] if as_is[1] else 0.0) >= 0.25


def detect(text: str) -> str | None:
    """The legacy encoding ``text`` was typed in ("TCVN3 (ABC)", "VNI-Windows", ...), or None."""
    if not any(r.search(text) for r in _tell_res()):
        return None
    as_is = _validity(text)
    best, best_score = None, None
    for label, convert in _hypotheses():
        converted = convert(text)
        if converted is None:
            continue
        score = _validity(converted)
        if _better(score, as_is) and (best_score is None or score[0] > best_score[0]):
            best, best_score = label, score
    return best


def _convert(label: str, text: str) -> str | None:
    for name, convert in _hypotheses():
        if name == label:
            return convert(text)
    raise KeyError(label)


def repair_text(text: str) -> tuple[str, str | None]:
    """(text, note): TCVN3/VNI-typed or mojibake text converted to Unicode; note names what was found.

    The decision is made for the whole text, then applied line by line, so
    lines that were already Unicode (a title pasted from elsewhere) stay.
    """
    label = detect(text)
    if label is None:
        return text, None
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.isascii():
            continue
        converted = _convert(label, line)
        if converted is not None and _validity(converted)[0] > _validity(line)[0]:
            lines[i] = converted
    return "\n".join(lines), f"converted from {label}"


def lexicon_check(file_name: str, entry: dict, text: str) -> bool:
    """Lexicon checker for data/legacy_encodings.yaml: is ``text`` detected as the entry's encoding?"""
    return detect(text) == entry["name"]


# -- bytes -------------------------------------------------------------------------------

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CONTROL_RE = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
_CONTROL_TEXT_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffe\uffff]")


def _utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when the NUL bytes fall on one parity, as in mostly-ASCII UTF-16."""
    n = len(head) // 2 * 2
    if n < 4:
        return None
    even = head[0:n:2].count(0)
    odd = head[1:n:2].count(0)
    half = n // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _score_text(text: str) -> float:
    valid, total = _validity(text)
    return valid / total if total else 0.0


def decode(data: bytes) -> tuple[str, str | None]:
    """(text, note) from raw bytes; note names any conversion that was applied.

    Raises DecodeError for empty or binary data, or UTF-16 that does not decode.
    """
    if not data.strip():
        raise DecodeError("empty file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as e:
                raise DecodeError(f"broken {codec.upper()} text (invalid data at byte {e.start})") from None
            return _finish(text, codec.upper())
    head = data[:8192]
    if b"\x00" in head:
        codec = _utf16_without_bom(head)
        if codec is None:
            raise DecodeError("binary file (NUL bytes), not text")
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            raise DecodeError("binary file (NUL bytes), not text") from None
        if _CONTROL_TEXT_RE.search(text):
            raise DecodeError("binary file (NUL bytes), not text")
        return _finish(text, codec.upper())
    if len(_CONTROL_RE.findall(head)) > max(3, len(head) // 50):
        raise DecodeError("binary file (control bytes), not text")
    try:
        return _finish(data.decode("utf-8-sig"), None)
    except UnicodeDecodeError as e:
        first_bad = e.start
    # Not UTF-8: Windows-1258, or TCVN3/VNI bytes (read as Windows-1252 look-alikes).
    candidates = [(data.decode("cp1258", errors="replace"), "decoded as Windows-1258")]
    latin = data.decode("cp1252", errors="replace")
    repaired, note = repair_text(latin)
    if note:
        candidates.append((repaired, note))
    text, note = max(candidates, key=lambda c: _score_text(c[0]))
    if _score_text(text) < 0.5:
        raise DecodeError(f"not UTF-8 text (invalid byte 0x{data[first_bad]:02X} at offset {first_bad}),"
                          " and not Vietnamese in Windows-1258, TCVN3 or VNI")
    return text, note


def _finish(text: str, codec: str | None) -> tuple[str, str | None]:
    repaired, legacy = repair_text(text)
    if codec and legacy:
        return repaired, f"{codec}, {legacy}"
    return repaired, legacy or codec
