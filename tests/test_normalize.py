"""Normalisation keeps offsets into the original text."""

from __future__ import annotations

import unicodedata

from vnfacts import extract
from vnfacts.normalize import fix_tone_placement, fold_diacritics, normalize_text


def test_old_tone_placement():
    assert fix_tone_placement("Uỷ ban hoà giải, khoẻ, Thuỷ") == "Ủy ban hòa giải, khỏe, Thủy"
    assert fix_tone_placement("quý, quỳ, hoàn, thuỷ") == "quý, quỳ, hoàn, thủy"


def test_decomposed_text_maps_back():
    original = unicodedata.normalize("NFD", "Bí thư Tỉnh uỷ – Điện Biên")
    text, offsets = normalize_text(original)
    assert text == "Bí thư Tỉnh ủy - Điện Biên"
    assert offsets is not None and len(offsets) == len(text) + 1
    i = text.index("Điện")
    assert unicodedata.normalize("NFC", original[offsets[i]:offsets[i + 4]]) == "Điện"


def test_fold():
    assert fold_diacritics("Phạm Gia Túc") == "pham gia tuc"


def test_document_spans_point_into_original():
    original = unicodedata.normalize("NFD", "Tiêu đề\nChiều 24-11, đoàn thăm tỉnh.")
    doc = extract(original, published="2022-11")
    for seg in doc.segments:
        assert 0 <= seg.start < seg.end <= len(original)
