"""Bytes to text: UTF-8/16/32, Windows-1258, TCVN3 and VNI typed text, mojibake, refusals."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from textsamples import cp1258, encode_legacy, legacy_table, lower_toned_capitals, sloppy_cp1252
from vnfacts.textcodec import DecodeError, decode, detect, is_syllable, repair_text

SENTENCES = [
    "Chiều 24-11, đoàn công tác tỉnh đã thăm và làm việc tại huyện miền núi.",
    "Đồng chí Nguyễn Văn Hùng, Bí thư Tỉnh ủy, phát biểu chỉ đạo hội nghị.",
    "Thu ngân sách nhà nước ước đạt 8.000 tỷ đồng, tăng 12% so với cùng kỳ.",
    "Phó Chủ tịch Hội đồng nhân dân tỉnh Trần Thị Hường trao quà cho các hộ nghèo.",
]
TEXT = "\n".join(SENTENCES)


def test_tables_are_complete_and_one_to_one():
    tcvn, vni = legacy_table("tcvn3"), legacy_table("vni")
    assert len(tcvn) == 74 and len(set(tcvn.values())) == 74
    assert len(set(vni.values())) == len(vni)
    letters = set("àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ")
    assert letters <= set(tcvn.values())
    assert letters <= {v.lower() for v in vni.values()} | set("âêô")  # â ê ô come from "aâ", "eâ", "oâ"


@pytest.mark.parametrize("name,label", [("tcvn3", "TCVN3 (ABC)"), ("vni", "VNI-Windows")])
def test_legacy_text_is_detected_and_converted(name, label):
    legacy = encode_legacy(TEXT, name)
    assert detect(legacy) == label
    repaired, note = repair_text(legacy)
    assert label in note
    assert repaired == (TEXT if name == "vni" else lower_toned_capitals(TEXT))


def test_mixed_lines_convert_only_the_legacy_ones():
    text = SENTENCES[0] + "\n" + encode_legacy(SENTENCES[1], "vni") + "\n" + encode_legacy(SENTENCES[3], "vni")
    repaired, note = repair_text(text)
    assert repaired == SENTENCES[0] + "\n" + SENTENCES[1] + "\n" + SENTENCES[3] and note


def test_utf8_read_as_cp1252_is_undone():
    mojibake = sloppy_cp1252(TEXT.encode("utf-8"))
    assert mojibake != TEXT
    assert repair_text(mojibake) == (TEXT, "converted from UTF-8 read as Windows-1252")


@pytest.mark.parametrize("text", [
    TEXT,
    unicodedata.normalize("NFD", TEXT),
    "Ủy ban hoà giải, khoẻ mạnh, Thuỷ lợi: kiểu bỏ dấu cũ",
    "The delegation visited the province; the People's Committee met on 24 November.",
    "Le comité s'est réuni à l'hôtel de ville, où les délégués ont été reçus. Très bien, garçon!",
    "Größere Städte über München; Ærø, Øresund, Señor Muñoz, naïve café, « guillemets » © ® ·",
    "Giá 25°C, diện tích 37.000 m², tỷ lệ ½ — ghi chú ± 3 ‰",
])
def test_no_false_positives(text):
    assert detect(text) is None
    assert repair_text(text) == (text, None)


def test_every_dev_article_is_left_alone(dev_dir):
    from vnfacts.read import read_articles

    arts = list(read_articles([str(dev_dir / "articles.jsonl")]))
    assert arts
    for a in arts:
        assert detect(a.text) is None, a.id
        assert a.note is None


def test_syllables():
    for w in ["nghiêng", "Đảng", "được", "quốc", "khuya", "giữ", "hoà", "hòa", "uỷ", "ủy", "xuân", "thuở"]:
        assert is_syllable(w), w
    for w in ["ộtộ", "été", "où", "français", "ßtraße", "nhà̀", "Größe"]:
        assert not is_syllable(w), w


# -- bytes ---------------------------------------------------------------------------------

def test_decode_utf8_and_bom():
    assert decode(TEXT.encode("utf-8")) == (TEXT, None)
    assert decode(codecs.BOM_UTF8 + TEXT.encode("utf-8")) == (TEXT, None)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_decode_utf16_32(codec):
    text, note = decode(TEXT.encode(codec))
    assert text == TEXT and note and note.lower().startswith(codec[:6])


def test_decode_windows_1258():
    text, note = decode(cp1258(TEXT))
    assert unicodedata.normalize("NFC", text) == TEXT and "1258" in note


@pytest.mark.parametrize("name", ["tcvn3", "vni"])
def test_decode_raw_legacy_bytes(name):
    raw = encode_legacy(TEXT, name).encode("cp1252")
    text, note = decode(raw)
    assert "converted from" in note
    assert text == (TEXT if name == "vni" else lower_toned_capitals(TEXT))


def test_decode_legacy_typed_text_saved_as_utf8():
    text, note = decode(encode_legacy(TEXT, "vni").encode("utf-8"))
    assert text == TEXT and "VNI" in note


@pytest.mark.parametrize("data,reason", [
    (b"", "empty"),
    (b"  \n\t\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "binary"),
    (bytes(range(1, 32)) * 20, "binary"),
])
def test_decode_refuses(data, reason):
    with pytest.raises(DecodeError, match=reason):
        decode(data)


def test_undecodable_bytes_name_the_offset():
    with pytest.raises(DecodeError, match="offset"):
        decode(b"abc \xff\xfe\xfd \x81\x8d\x8f\x90\x9d" * 10)
