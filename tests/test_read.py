"""Reading: JSONL, text files, directories, and bad input reported with file:line."""

from __future__ import annotations

import json

from vnfacts.models import Article
from vnfacts.read import InputProblem, read_paths


def test_jsonl_good_and_broken_lines(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text(
        json.dumps({"id": 1, "text": "Sáng 8-3, UBND tỉnh họp.", "published": "2023-03"}, ensure_ascii=False) + "\n"
        + "{not json\n"
        + "\n"
        + json.dumps({"id": "x"}) + "\n"
        + json.dumps({"id": "y", "text": "   "}) + "\n",
        encoding="utf-8",
    )
    items = list(read_paths([str(p)]))
    assert isinstance(items[0], Article) and items[0].id == "1" and items[0].published == "2023-03"
    assert [type(i) for i in items[1:]] == [InputProblem] * 3
    assert items[1].source == f"{p}:2" and "not JSON" in items[1].reason
    assert items[2].source == f"{p}:4" and "text" in items[2].reason
    assert items[3].source == f"{p}:5" and "empty" in items[3].reason


def test_txt_with_sidecar_metadata_and_directory(tmp_path):
    (tmp_path / "a.txt").write_text("Tiêu đề\nNội dung bài.", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"id": "A1", "published": "2025-04-22", "publisher": "Báo Bình Định"}),
                                     encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02abc")
    items = list(read_paths([str(tmp_path)]))
    arts = [i for i in items if isinstance(i, Article)]
    probs = [i for i in items if isinstance(i, InputProblem)]
    assert [a.id for a in arts] == ["A1"] and arts[0].publisher == "Báo Bình Định"
    assert sorted(p.reason.split(" ")[0] for p in probs) == ["binary", "empty"]


def test_missing_path_is_a_problem(tmp_path):
    [item] = list(read_paths([str(tmp_path / "nope.jsonl")]))
    assert isinstance(item, InputProblem) and "no such file" in item.reason
