"""Reading: JSONL, text files, directories, and bad input reported with file:line."""

from __future__ import annotations

import io
import json
import sys
import unicodedata

import pytest
from textsamples import cp1258, encode_legacy

from vnfacts.models import Article
from vnfacts.read import InputProblem, read_jsonl, read_paths

VI = "Sáng 8-3, UBND tỉnh họp phiên thường kỳ tháng 3 để bàn kế hoạch phát triển kinh tế - xã hội."


def line(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False) + "\n"


def test_jsonl_good_and_broken_lines(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text(
        line({"id": 1, "text": VI, "published": "2023-03"})
        + "{not json\n"
        + "\n"
        + line({"id": "x"})
        + line({"id": "y", "text": "   "})
        + line([1, 2])
        + line({"id": "z", "text": 5})
        + "null\n",
        encoding="utf-8",
    )
    items = list(read_paths([str(p)]))
    assert isinstance(items[0], Article) and items[0].id == "1" and items[0].published == "2023-03"
    assert [type(i) for i in items[1:]] == [InputProblem] * 6
    assert items[1].source == f"{p}:2" and "not JSON" in items[1].reason
    assert items[2].source == f"{p}:4" and "text" in items[2].reason and items[2].id == "x"
    assert items[3].source == f"{p}:5" and "empty" in items[3].reason
    assert items[4].source == f"{p}:6" and "JSON object" in items[4].reason and "list" in items[4].reason
    assert items[5].source == f"{p}:7" and "not a string" in items[5].reason
    assert items[6].source == f"{p}:8" and "NoneType" in items[6].reason
    assert str(items[1]) == f"{p}:2: {items[1].reason}"


def test_jsonl_line_that_is_not_utf8(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_bytes(line({"id": "a", "text": VI}).encode() + b'{"id": "b", "text": "Ch\xe0o"}\n'
                  + line({"id": "c", "text": VI}).encode())
    items = list(read_paths([str(p)]))
    assert [type(i).__name__ for i in items] == ["Article", "InputProblem", "Article"]
    assert items[1].source.endswith(":2") and "not UTF-8" in items[1].reason and "0xE0" in items[1].reason


def test_jsonl_bom_crlf_and_missing_id(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": VI}, ensure_ascii=False).encode() + b"\r\n")
    [item] = list(read_paths([str(p)]))
    assert isinstance(item, Article) and item.id == f"{p}:1"


def test_article_and_line_limits():
    big = line({"id": "big", "text": "Đảng bộ tỉnh " * 100})
    small = line({"id": "ok", "text": VI})
    items = list(read_jsonl(io.BytesIO((small + big + small).encode()), "s.jsonl", max_chars=500))
    assert [type(i).__name__ for i in items] == ["Article", "InputProblem", "Article"]
    assert "too large" in items[1].reason and items[1].id == "big"
    huge = '{"id": "h", "text": "' + "a" * 200_000 + '"}\n'
    items = list(read_jsonl(io.BytesIO((small + huge + small).encode()), "s.jsonl", max_chars=1000))
    assert [type(i).__name__ for i in items] == ["Article", "InputProblem", "Article"]
    assert items[1].source == "s.jsonl:2" and "line too long" in items[1].reason


def test_json_strings_in_legacy_encodings_are_repaired(tmp_path):
    vni = "Ñoaøn coâng taùc tænh thaêm vaø laøm vieäc taïi huyeän mieàn nuùi."
    p = tmp_path / "in.jsonl"
    p.write_text(line({"id": "v", "text": vni}) + line({"id": "d", "text": unicodedata.normalize("NFD", VI)}),
                 encoding="utf-8")
    v, d = read_paths([str(p)])
    assert v.text == "Đoàn công tác tỉnh thăm và làm việc tại huyện miền núi." and "VNI" in v.note
    assert d.text == unicodedata.normalize("NFD", VI) and d.note is None  # normalisation keeps offsets later


def test_whole_json_file(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"id": "o", "text": VI}, indent=2, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "list.json").write_text(json.dumps([{"id": "a", "text": VI}, {"id": "b"}], indent=1), encoding="utf-8")
    items = list(read_paths([str(tmp_path / "one.json"), str(tmp_path / "list.json")]))
    assert [getattr(i, "id", None) for i in items] == ["o", "a", "b"]
    assert isinstance(items[2], InputProblem) and items[2].source.endswith("list.json[1]")


def test_txt_with_sidecar_metadata_and_directory(tmp_path):
    (tmp_path / "a.txt").write_text("Tiêu đề\nNội dung bài.", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"id": "A1", "published": "2025-04-22", "publisher": "Báo Bình Định"}),
                                     encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    items = list(read_paths([str(tmp_path)]))
    arts = [i for i in items if isinstance(i, Article)]
    probs = [i for i in items if isinstance(i, InputProblem)]
    assert [a.id for a in arts] == ["A1"] and arts[0].publisher == "Báo Bình Định"
    assert sorted(p.reason.split(" ")[0] for p in probs) == ["binary", "empty"]
    assert all(p.source.endswith((".txt",)) for p in probs)


@pytest.mark.parametrize("encode,note", [
    (lambda t: t.encode("utf-16"), "UTF-16"),
    (cp1258, "Windows-1258"),
    (lambda t: encode_legacy(t, "tcvn3").encode("cp1252"), "TCVN3"),
    (lambda t: encode_legacy(t, "vni").encode("utf-8"), "VNI"),
])
def test_txt_in_other_encodings(tmp_path, encode, note):
    p = tmp_path / "a.txt"
    p.write_bytes(encode(VI))
    [item] = list(read_paths([str(p)]))
    assert isinstance(item, Article) and unicodedata.normalize("NFC", item.text) == VI and note in item.note


def test_empty_and_binary_jsonl(tmp_path):
    (tmp_path / "e.jsonl").write_bytes(b"\n\n")
    (tmp_path / "b.jsonl").write_bytes(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03")
    e, b = read_paths([str(tmp_path / "e.jsonl"), str(tmp_path / "b.jsonl")])
    assert "empty" in e.reason and "binary" in b.reason


def test_missing_path_and_empty_directory(tmp_path):
    [item] = list(read_paths([str(tmp_path / "nope.jsonl")]))
    assert isinstance(item, InputProblem) and "no such file" in item.reason
    (tmp_path / "d").mkdir()
    [item] = list(read_paths([str(tmp_path / "d")]))
    assert isinstance(item, InputProblem) and "no .jsonl" in item.reason


def test_huge_text_file_is_refused_without_reading(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"a" * 50_000)
    [item] = list(read_paths([str(p)], max_chars=1000))
    assert isinstance(item, InputProblem) and "too large" in item.reason


class _Stdin:
    def __init__(self, data: bytes):
        self.buffer = io.BufferedReader(io.BytesIO(data))


@pytest.mark.parametrize("data,kinds", [
    (line({"id": "a", "text": VI}).encode() + b"oops\n", ["Article", "InputProblem"]),
    (("Tiêu đề\n" + VI).encode(), ["Article"]),
    (b"", ["InputProblem"]),
    (b"\x00\x01\x02\x03", ["InputProblem"]),
])
def test_stdin(monkeypatch, data, kinds):
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    items = list(read_paths(["-"]))
    assert [type(i).__name__ for i in items] == kinds
    assert all(i.source.startswith("<stdin>") for i in items)
