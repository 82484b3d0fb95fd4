"""``vnfacts extract`` on good and bad input: one output line per input line, errors as file:line, exit status."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from vnfacts.cli import main

VI = "Chiều 24-11, đoàn công tác tỉnh Điện Biên do đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy làm trưởng đoàn thăm tỉnh."


def line(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False) + "\n"


def run(args: list[str], stdin: bytes | None = None):
    result = CliRunner().invoke(main, ["extract", *args], input=stdin)
    out = [json.loads(x) for x in result.stdout.splitlines()]
    return result, out


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    p = tmp_path / "in.jsonl"
    p.write_bytes((line({"id": "a", "text": VI, "published": "2022-11"})
                   + "{broken json\n"
                   + line({"id": "c"})
                   + line(["not", "an", "object"])
                   + line({"id": "e", "text": ""})).encode()
                  + b'{"id": "f", "text": "\xff\xfe"}\n'
                  + line({"id": "g", "text": VI}).encode())
    return p


def test_bad_lines_are_reported_and_output_stays_aligned(mixed):
    result, out = run([str(mixed)])
    assert result.exit_code == 1
    assert [o["id"] for o in out] == ["a", None, "c", None, "e", None, "g"]
    assert [("error" in o) for o in out] == [False, True, True, True, True, True, False]
    for n, o in enumerate(out, 1):
        if "error" in o:
            assert o["error"].startswith(f"{mixed}:{n}: ") and o["people"] == [] and o["events"] == []
    err = result.stderr
    for n, reason in [(2, "not JSON"), (3, "text"), (4, "JSON object"), (5, "empty"), (6, "not UTF-8")]:
        assert f"{mixed}:{n}: " in err and reason in err.split(f"{mixed}:{n}: ")[1].splitlines()[0]
    assert "5 input(s) could not be processed" in err


def test_all_good_exits_zero(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text(line({"id": "1", "text": VI}) + "\n" + line({"id": "2", "text": VI}), encoding="utf-8")
    result, out = run([str(p), "--contract"])
    assert result.exit_code == 0, result.stderr
    assert [o["id"] for o in out] == ["1", "2"] and set(out[0]) == {"id", "people", "events", "figures"}
    assert result.stderr == ""


def test_empty_binary_and_missing_files(tmp_path):
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00")
    good = tmp_path / "good.txt"
    good.write_text("date 2022-11 Tiêu đề bài\n\n" + VI, encoding="utf-8")
    result, out = run([str(tmp_path / "empty.jsonl"), str(tmp_path / "bin.txt"), str(tmp_path / "nope.jsonl"), str(good)])
    assert result.exit_code == 1
    assert ["error" in o for o in out] == [True, True, True, False]
    assert "empty" in out[0]["error"] and "binary" in out[1]["error"] and "no such file" in out[2]["error"]
    assert out[3]["id"] == "good"


def test_legacy_and_decomposed_input_is_processed(tmp_path):
    from textsamples import encode_legacy

    p = tmp_path / "in.jsonl"
    p.write_text(line({"id": "tcvn", "text": encode_legacy(VI, "tcvn3")})
                 + line({"id": "nfd", "text": __import__("unicodedata").normalize("NFD", VI)}), encoding="utf-8")
    result, out = run([str(p)])
    assert result.exit_code == 0, result.stderr
    assert "TCVN3" in " ".join(out[0].get("warnings", []))


def test_max_chars(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text(line({"id": "long", "text": VI * 10}) + line({"id": "short", "text": VI}), encoding="utf-8")
    result, out = run([str(p), "--max-chars", str(len(VI) * 2)])
    assert result.exit_code == 1 and "too large" in out[0]["error"] and "error" not in out[1]


@pytest.mark.parametrize("args", [["--max-chars", "0"], ["--jobs", "-1"], ["--no-such-option"]])
def test_usage_errors_exit_2(args, tmp_path):
    result = CliRunner().invoke(main, ["extract", *args, str(tmp_path)])
    assert result.exit_code == 2


def test_stdin_jsonl_and_text():
    result, out = run([], stdin=(line({"id": "s1", "text": VI}) + "oops\n").encode())
    assert result.exit_code == 1 and [o["id"] for o in out] == ["s1", None] and "<stdin>:2" in out[1]["error"]
    result, out = run(["-"], stdin=("Tiêu đề\n" + VI).encode())
    assert result.exit_code == 0 and [o["id"] for o in out] == ["stdin"]
    result, out = run(["-"], stdin=b"")
    assert result.exit_code == 1 and "empty" in out[0]["error"]


def test_directory(tmp_path):
    (tmp_path / "a.jsonl").write_text(line({"id": "a", "text": VI}), encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(VI, encoding="utf-8")
    result, out = run([str(tmp_path)])
    assert result.exit_code == 0 and [o["id"] for o in out] == ["a", "b"]


def test_real_process_with_pipes(tmp_path, mixed):
    """The installed entry point, stdin as a pipe, two worker processes: same lines, same exit status."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    cmd = [sys.executable, "-m", "vnfacts", "extract", "--jobs", "2", "-"]
    proc = subprocess.run(cmd, input=mixed.read_bytes(), capture_output=True, env=env, timeout=120)
    out = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert proc.returncode == 1 and len(out) == 7 and out[0]["id"] == "a" and out[6]["id"] == "g"
    assert b"<stdin>:2: not JSON" in proc.stderr
