"""Stage "normalise": one spelling of the text for matching, offsets kept.

Reads ``Document.article.text``; adds ``Document.text`` (normalised),
``Document.fold`` (casefolded, same length) and ``Document.offsets`` (a map
back to the original, only when lengths differ).

What it unifies, and why by hand: Unicode NFC (``unicodedata``), the old
tone placement ("hoà" → "hòa", "uỷ" → "ủy": no library does this in a way
that keeps offsets), dash and space variants, and the look-alike capital
"Ð" (U+00D0) some sites print for "Đ". Every replacement except NFC
composition and the removal of zero-width characters keeps the length, so
for ordinary NFC input the offsets map is the identity and is not built.
"""

from __future__ import annotations

import re
import unicodedata

# Length-preserving one-to-one replacements.
_CHAR_MAP = str.maketrans({
    "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u202f": " ", "\u3000": " ", "\t": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u00b4": "'",
    "\u00d0": "\u0110", "\u00f0": "\u0111",  # Icelandic eth used for Vietnamese Đ/đ
    "\r": "\n",
})
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")

# Old ("hoà", "uỷ") to new ("hòa", "ủy") tone placement at the end of a syllable.
_TONES = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ", "o": "òóỏõọ", "u": "ùúủũụ"}
_OLD_TONE: dict[str, str] = {}
for _plain, _carrier in (("a", "o"), ("e", "o"), ("y", "u")):
    for _i, _marked in enumerate(_TONES[_plain]):
        _new = _TONES[_carrier][_i] + _plain
        _OLD_TONE[_carrier + _marked] = _new
        _OLD_TONE[(_carrier + _marked).upper()] = _new.upper()
        _OLD_TONE[_carrier.upper() + _marked] = _new[0].upper() + _new[1]
_OLD_TONE_RE = re.compile(
    r"(?<![qQ])(" + "|".join(_OLD_TONE) + r")(?![^\W\d_])"
)


def fix_tone_placement(text: str) -> str:
    """"hoà" → "hòa", "Uỷ" → "Ủy", "khoẻ" → "khỏe"; "quý" is left alone (u belongs to qu)."""
    return _OLD_TONE_RE.sub(lambda m: _OLD_TONE[m.group(1)], text)


def _compose(text: str) -> tuple[str, list[int] | None]:
    """NFC and zero-width removal, with a map from new to old positions."""
    if unicodedata.is_normalized("NFC", text) and not any(ch in _ZERO_WIDTH for ch in text):
        return text, None
    out: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _ZERO_WIDTH:
            i += 1
            continue
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = unicodedata.normalize("NFC", text[i:j])
        for c in cluster:
            out.append(c)
            offsets.append(i)
        i = j
    offsets.append(n)
    return "".join(out), offsets


def normalize_text(text: str) -> tuple[str, list[int] | None]:
    """Normalised text and (if its length changed) the map back to ``text`` positions."""
    composed, offsets = _compose(text)
    return fix_tone_placement(composed.translate(_CHAR_MAP)), offsets


def normalize_phrase(text: str) -> str:
    """Normalise a short string (a name, a title, a publisher) for matching or output."""
    return " ".join(normalize_text(text)[0].split())


def fold_diacritics(text: str) -> str:
    """"Bí thư Tỉnh ủy Điện Biên" → "bi thu tinh uy dien bien": for search without accents."""
    decomposed = unicodedata.normalize("NFD", normalize_phrase(text).casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.replace("đ", "d")


def run(doc) -> None:
    """Stage entry: fills ``doc.text``, ``doc.fold`` and ``doc.offsets``."""
    doc.text, doc.offsets = normalize_text(doc.article.text)
    folded = doc.text.casefold()
    # casefold can change length for a few characters (ß, ligatures); fall back to lower()
    doc.fold = folded if len(folded) == len(doc.text) else doc.text.lower()
