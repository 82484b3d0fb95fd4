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

# Length-preserving one-to-one replacements (applied with a regex: str.translate is slower on
# text where few characters change).
_CHAR_MAP = {
    "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u202f": " ", "\u3000": " ", "\t": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u00b4": "'",
    "\u00d0": "\u0110", "\u00f0": "\u0111",  # Icelandic eth used for Vietnamese Đ/đ
    "\r": "\n",
}
_CHAR_RE = re.compile("[" + "".join(_CHAR_MAP) + "]")
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_ZERO_WIDTH_RE = re.compile("[" + "".join(_ZERO_WIDTH) + "]")

# Old ("hoà", "uỷ") to new ("hòa", "ủy") tone placement at the end of a syllable.
_TONES = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ", "o": "òóỏõọ", "u": "ùúủũụ"}
_OLD_TONE: dict[str, str] = {}
for _plain, _carrier in (("a", "o"), ("e", "o"), ("y", "u")):
    for _i, _marked in enumerate(_TONES[_plain]):
        _new = _TONES[_carrier][_i] + _plain
        _OLD_TONE[_carrier + _marked] = _new
        _OLD_TONE[(_carrier + _marked).upper()] = _new.upper()
        _OLD_TONE[_carrier.upper() + _marked] = _new[0].upper() + _new[1]
_OLD_TONE_RE = re.compile(  # a single character class first: far faster than a 90-way alternation
    "[oOuU][" + "".join(sorted({k[1] for k in _OLD_TONE})) + r"](?![^\W\d_])"
)


def fix_tone_placement(text: str) -> str:
    """"hoà" → "hòa", "Uỷ" → "Ủy", "khoẻ" → "khỏe"; "quý" is left alone (u belongs to qu)."""

    def new(m: re.Match[str]) -> str:
        old = m.group()
        if m.start() and text[m.start() - 1] in "qQ":
            return old
        return _OLD_TONE.get(old, old)

    return _OLD_TONE_RE.sub(new, text)


# A base character with the combining marks that follow it, or a zero-width character: the
# only places where NFC composition or zero-width removal changes the length.
_CLUSTER_RE = re.compile(
    "[" + "".join(sorted(_ZERO_WIDTH)) + "]|.[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+",
    re.DOTALL,
)


def _compose(text: str) -> tuple[str, list[int] | None]:
    """NFC and zero-width removal, with a map from new to old positions (None when nothing moved).

    Stretches between clusters are copied whole, so the cost is linear and small
    even for a fully decomposed multi-megabyte text.
    """
    if unicodedata.is_normalized("NFC", text) and not _ZERO_WIDTH_RE.search(text):
        return text, None
    out: list[str] = []
    offsets: list[int] = []

    def stretch(a: int, b: int) -> None:
        piece = unicodedata.normalize("NFC", text[a:b])
        if len(piece) == b - a:
            out.append(piece)
            offsets.extend(range(a, b))
            return
        for i in range(a, b):  # a composition outside the usual marks (Hangul jamo, ...): char by char
            for c in unicodedata.normalize("NFC", text[i]):
                out.append(c)
                offsets.append(i)

    pos = 0
    for m in _CLUSTER_RE.finditer(text):
        if m.start() > pos:
            stretch(pos, m.start())
        pos = m.end()
        if m.group() in _ZERO_WIDTH:
            continue
        cluster = unicodedata.normalize("NFC", m.group())
        out.append(cluster)
        offsets.extend([m.start()] * len(cluster))
    if pos < len(text):
        stretch(pos, len(text))
    offsets.append(len(text))
    return "".join(out), offsets


def normalize_text(text: str) -> tuple[str, list[int] | None]:
    """Normalised text and (if its length changed) the map back to ``text`` positions."""
    composed, offsets = _compose(text)
    return fix_tone_placement(_CHAR_RE.sub(_map_char, composed)), offsets


def _map_char(m: re.Match[str]) -> str:
    return _CHAR_MAP[m.group()]


def normalize_phrase(text: str) -> str:
    """Normalise a short string (a name, a title, a publisher) for matching or output."""
    return " ".join(normalize_text(text)[0].split())


# Combining marks (tones, breve, circumflex, horn) deleted and "đ" → "d", in one C-speed translate
_STRIP_MARKS: dict[int, str | None] = {**dict.fromkeys(range(0x300, 0x370)), ord("đ"): "d"}


def strip_marks(folded: str) -> str:
    """Already normalised, casefolded text without diacritics (fast enough for whole articles)."""
    return unicodedata.normalize("NFD", folded).translate(_STRIP_MARKS)


def fold_diacritics(text: str) -> str:
    """"Bí thư Tỉnh ủy Điện Biên" → "bi thu tinh uy dien bien": for search without accents."""
    return strip_marks(normalize_phrase(text).casefold())


def run(doc) -> None:
    """Stage entry: fills ``doc.text``, ``doc.fold`` and ``doc.offsets``; notes a repaired input."""
    if doc.article.note:
        doc.warnings.append(f"input {doc.article.note}")
    doc.text, doc.offsets = normalize_text(doc.article.text)
    folded = doc.text.casefold()
    # casefold can change length for a few characters (ß, ligatures); fall back to lower()
    doc.fold = folded if len(folded) == len(doc.text) else doc.text.lower()
