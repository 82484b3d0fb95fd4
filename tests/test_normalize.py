"""Normalisation: NFC, old tone placement, dashes and spaces, with offsets into the original text.

Property tests (hypothesis) check that the offsets map back exactly, that a
decomposed or old-tone copy normalises to the same text, and, on every dev
article, that extraction on such a copy gives the same facts as on the NFC
copy, with spans that point at the same words in the copy.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnfacts import extract, process
from vnfacts.models import Article
from vnfacts.normalize import _OLD_TONE, fix_tone_placement, fold_diacritics, normalize_phrase, normalize_text
from vnfacts.read import read_articles

# new placement ("òa") → old ("oà"): the inverse of the normaliser's table
_NEW_TO_OLD = {new: old for old, new in _OLD_TONE.items()}
_NEW_TONE_RE = re.compile(  # at a syllable's end; zero-width characters vanish in normalisation, so they don't end one
    "(?<![qQ])(" + "|".join(map(re.escape, _NEW_TO_OLD)) + r")(?![^\W\d_]|[\u200b\u200c\u200d\u2060\ufeff\u00ad])")

SYLLABLES = ["hòa", "Hòa", "thủy", "Thủy", "ủy", "Ủy", "khỏe", "quý", "quỳnh", "hoàn", "tỉnh", "Đảng", "được",
             "Nguyễn", "Bí", "thư", "nghiệp", "xuân", "Quốc", "hội", "TP.", "13.596", "24-11", "tỷ", "đồng"]
SEPARATORS = [" ", " ", "\n", ", ", ". ", " - ", " – ", "\u00a0", "\u200b", "\t", "“", "”", "\r\n"]


def to_old_tone(text: str) -> str:
    """"hòa" → "hoà", "Thủy" → "Thuỷ": the spelling many sites still print."""
    return _NEW_TONE_RE.sub(lambda m: _NEW_TO_OLD[m.group(1)], text)


vietnamese_text = st.lists(st.tuples(st.sampled_from(SYLLABLES), st.sampled_from(SEPARATORS)), max_size=40).map(
    lambda parts: "".join(a + b for a, b in parts))
any_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)


def test_old_tone_placement():
    assert fix_tone_placement("Uỷ ban hoà giải, khoẻ, Thuỷ") == "Ủy ban hòa giải, khỏe, Thủy"
    assert fix_tone_placement("quý, quỳ, hoàn, thuỷ, HOÀ, Hoà") == "quý, quỳ, hoàn, thủy, HÒA, Hòa"
    assert fix_tone_placement("oÀ hOà") == "oÀ hÒa"


def test_decomposed_text_maps_back():
    original = unicodedata.normalize("NFD", "Bí thư Tỉnh uỷ – Điện Biên")
    text, offsets = normalize_text(original)
    assert text == "Bí thư Tỉnh ủy - Điện Biên"
    assert offsets is not None and len(offsets) == len(text) + 1
    i = text.index("Điện")
    assert unicodedata.normalize("NFC", original[offsets[i]:offsets[i + 4]]) == "Điện"


def test_nfc_text_keeps_identity_offsets():
    assert normalize_text("Bí thư Tỉnh ủy Điện Biên") == ("Bí thư Tỉnh ủy Điện Biên", None)


def test_spaces_dashes_quotes_and_eth():
    assert normalize_text("A\u00a0B\u2013C \u201cD\u201d \u00d0\u00e0 N\u1eb5ng")[0] == 'A B-C "D" Đà Nẵng'


def test_fold_and_phrase():
    assert fold_diacritics("Phạm Gia Túc") == "pham gia tuc"
    assert normalize_phrase("  Chủ tịch   UBND\ntỉnh ") == "Chủ tịch UBND tỉnh"


def _check_offsets(original: str) -> None:
    text, offsets = normalize_text(original)
    if offsets is None:
        assert len(text) == len(original)
        return
    assert len(offsets) == len(text) + 1 and offsets[-1] == len(original)
    assert all(a <= b for a, b in zip(offsets, offsets[1:]))
    # every stretch between two spaces of the output normalises, from its original span, to itself
    cuts = [0] + [i + 1 for i, c in enumerate(text) if c == " " and offsets[i + 1] == offsets[i] + 1] + [len(text) + 1]
    for a, b in zip(cuts, cuts[1:]):
        b -= 1
        assert normalize_text(original[offsets[a]:offsets[b]])[0] == text[a:b]


@settings(max_examples=300, deadline=None)
@given(vietnamese_text)
def test_offsets_map_back_on_decomposed_text(text):
    _check_offsets(unicodedata.normalize("NFD", text))
    _check_offsets(unicodedata.normalize("NFD", to_old_tone(text)))


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_offsets_map_back_on_any_text(text):
    _check_offsets(text)
    _check_offsets(unicodedata.normalize("NFD", text))


@settings(max_examples=300, deadline=None)
@given(vietnamese_text)
def test_copies_normalise_alike(text):
    nfc = normalize_text(text)[0]
    assert normalize_text(unicodedata.normalize("NFD", text))[0] == nfc
    assert normalize_text(to_old_tone(text))[0] == nfc
    assert normalize_text(unicodedata.normalize("NFD", to_old_tone(text)))[0] == nfc


def test_document_spans_point_into_original():
    original = unicodedata.normalize("NFD", "Tiêu đề\nChiều 24-11, đoàn thăm tỉnh.")
    doc = extract(original, published="2022-11")
    for seg in doc.segments:
        assert 0 <= seg.start < seg.end <= len(original)


def _spans(doc) -> list[tuple[str, int, int]]:
    """Every span the document reports, in the original text's coordinates."""
    out = [("segment", s.start, s.end) for s in doc.segments]
    out += [("sentence", s.start, s.end) for s in doc.sentences]
    for p in doc.people:
        out += [("person", p.start, p.end)] + [("mention", a, b) for a, b in p.mentions]
        out += [("position", q.start, q.end) for q in p.positions]
    out += [("event", e.start, e.end) for e in doc.events]
    out += [("figure", f.start, f.end) for f in doc.figures]
    return out


@pytest.mark.parametrize("variant", ["nfd", "old_tone", "old_tone_nfd"])
def test_dev_extraction_is_the_same_on_decomposed_and_old_tone_copies(dev_dir, variant):
    arts = list(read_articles([str(dev_dir / "articles.jsonl")]))
    assert arts
    make = {"nfd": lambda t: unicodedata.normalize("NFD", t), "old_tone": to_old_tone,
            "old_tone_nfd": lambda t: unicodedata.normalize("NFD", to_old_tone(t))}[variant]
    for a in arts:
        base_text = unicodedata.normalize("NFC", a.text)
        copy_text = make(base_text)
        base = process(Article(a.id, base_text, a.published, a.url, a.publisher))
        copy = process(Article(a.id, copy_text, a.published, a.url, a.publisher))
        assert copy.contract() == base.contract(), a.id
        base_spans, copy_spans = _spans(base), _spans(copy)
        assert [k for k, _, _ in copy_spans] == [k for k, _, _ in base_spans], a.id
        for (kind, s, e), (_, cs, ce) in zip(base_spans, copy_spans):
            if s < 0:
                continue
            assert normalize_text(copy_text[cs:ce])[0] == normalize_text(base_text[s:e])[0], (a.id, kind)
