"""Smoke tests: the benchmark scripts run end to end on a tiny corpus and print their figures.

No timing is asserted (speed is what the scripts report, not what tests check).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"

ARTICLES = [
    {"id": "a1", "published": "2023-05", "publisher": "Báo Nam Định",
     "text": "Tỉnh ta đón đoàn công tác tỉnh Điện Biên\n\nSáng 12-5, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, "
             "tiếp và làm việc với đoàn công tác tỉnh Điện Biên. Năm 2022, thu ngân sách của tỉnh đạt "
             "8.000 tỷ đồng, tăng 12% so với cùng kỳ."},
    {"id": "a2", "text": "Hội nghị tổng kết công tác năm\n\nChiều 3-1, UBND tỉnh Hà Giang tổ chức hội nghị tổng kết. "
                         "Ông Trần Minh Đức, Phó Chủ tịch UBND tỉnh chủ trì hội nghị với hơn 200 đại biểu."},
    {"id": "a3", "text": "Tin ngắn\n\nGS.TS Lê Thị Hoa phát biểu tại buổi lễ khánh thành trường học mới ở huyện Hải Hậu."},
]


def _run(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT)


@pytest.fixture()
def tiny_corpus(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    return path


def test_throughput_runs_on_a_tiny_corpus(tiny_corpus: Path, tmp_path: Path) -> None:
    report = tmp_path / "figures.json"
    done = _run(str(BENCH / "throughput.py"), str(tiny_corpus), "--min-mb", "0.01", "--jobs", "1,2",
                "--peer-seconds", "0.05", "--profile", "5", "--json", str(report))
    assert done.returncode == 0, done.stderr
    out = done.stdout
    for expected in ("Per-stage CPU time", "normalise", "segment", "home", "people", "events", "figures", "json",
                     "End to end", "articles/s", "MB/s/core", "peak RSS", "identical bytes", "word_tokenize",
                     "pos_tag", "ner", "SAMPLE", "Top 5 functions", "Time per module"):
        assert expected in out, f"{expected!r} missing from:\n{out}"
    figures = json.loads(report.read_text(encoding="utf-8"))
    assert figures["corpus"]["bytes"] >= 10_000
    assert [r["jobs"] for r in figures["end_to_end"]["runs"]] == [1, 2]
    assert all(r["identical"] and r["returncode"] == 0 for r in figures["end_to_end"]["runs"])
    assert {p["tool"] for p in figures["peers"]} == {"word_tokenize", "pos_tag", "ner"}


def test_quality_runs_on_a_dev_subset(dev_dir: Path, tmp_path: Path) -> None:
    articles = (dev_dir / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:2]
    ids = {str(json.loads(line)["id"]) for line in articles}
    gold = [line for line in (dev_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip() and str(json.loads(line)["id"]) in ids]
    (tmp_path / "a.jsonl").write_text("\n".join(articles) + "\n", encoding="utf-8")
    (tmp_path / "g.jsonl").write_text("\n".join(gold) + "\n", encoding="utf-8")
    done = _run(str(BENCH / "quality.py"), "--articles", str(tmp_path / "a.jsonl"), "--gold", str(tmp_path / "g.jsonl"))
    assert done.returncode == 0, done.stderr
    assert "measure" in done.stdout and "figures_full" in done.stdout
    assert "underthesea ner" in done.stdout and "people F1: vnfacts" in done.stdout


def test_baseline_strips_honorifics() -> None:
    sys.path.insert(0, str(BENCH))
    try:
        from peers import strip_honorifics
    finally:
        sys.path.remove(str(BENCH))
    assert strip_honorifics("GS.TS Lê Thị Hoa") == "Lê Thị Hoa"
    assert strip_honorifics("đồng chí Nguyễn Văn An,") == "Nguyễn Văn An"
    assert strip_honorifics("Ông Trần Minh Đức") == "Trần Minh Đức"
    assert strip_honorifics("Trần Minh Đức") == "Trần Minh Đức"
