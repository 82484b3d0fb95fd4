"""Knowledge base end to end: `vnfacts ingest` on the real dev articles, as real processes.

Kills an ingest midway (SIGKILL, and Ctrl-C) and checks that resuming gives
the same database, row for row, as an uninterrupted run; checks --jobs,
idempotence, bad input, exit codes, and the answers the issue asks for.
The larger corpus for the kill test is made at run time from ../shared/dev
(each article repeated with a marker line so that its hash differs).
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_kb import dump

from vnfacts.kb import Store

CLI = [sys.executable, "-m", "vnfacts"]


def run(*args: str, check: int | None = 0, **kw) -> subprocess.CompletedProcess:
    proc = subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, timeout=600, **kw)
    if check is not None:
        assert proc.returncode == check, f"exit {proc.returncode}\n{proc.stdout[-2000:]}\n{proc.stderr[-3000:]}"
    return proc


def db_dump(path: Path) -> dict:
    with Store(path, create=False) as store:
        return dump(store)


def count(path: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@pytest.fixture(scope="module")
def dev_jsonl(dev_dir) -> Path:
    return dev_dir / "articles.jsonl"


@pytest.fixture(scope="module")
def dev_db(tmp_path_factory, dev_jsonl) -> tuple[Path, subprocess.CompletedProcess]:
    db = tmp_path_factory.mktemp("kb") / "dev.db"
    return db, run("ingest", "--db", db, "--no-progress", dev_jsonl)


@pytest.fixture(scope="module")
def big_jsonl(tmp_path_factory, dev_jsonl) -> Path:
    """The dev articles several times over, each copy a distinct text."""
    path = tmp_path_factory.mktemp("big") / "big.jsonl"
    records = [json.loads(line) for line in dev_jsonl.read_text(encoding="utf-8").splitlines() if line.strip()]
    with open(path, "w", encoding="utf-8") as f:
        for n in range(6):
            for r in records:
                f.write(json.dumps({**r, "id": f"{r['id']}~{n}", "text": f"{r['text']}\n\n(bản {n})"},
                                   ensure_ascii=False) + "\n")
    return path


def test_ingest_dev_corpus(dev_db, dev_jsonl):
    db, proc = dev_db
    n = sum(1 for line in dev_jsonl.read_text(encoding="utf-8").splitlines() if line.strip())
    assert count(db) == n
    assert f"{n} added" in proc.stderr and "0 problem(s)" in proc.stderr


def test_ingest_again_adds_nothing(dev_db, dev_jsonl, dev_dir):
    db, _ = dev_db
    before = db_dump(db)
    proc = run("ingest", "--db", db, "--no-progress", "--json", dev_jsonl, dev_dir / "seed.txt")
    assert json.loads(proc.stdout)["added"] == 0 and "0 added" in proc.stderr
    assert db_dump(db) == before


def test_person_timeline_with_source(dev_db):
    db, _ = dev_db
    proc = run("person", "--db", db, "--json", "Trần Quốc Cường", check=None)
    assert proc.returncode == 0, "no person Trần Quốc Cường: is the people extractor in place yet?"
    (person,) = json.loads(proc.stdout)
    office = next(o for o in person["offices"] if o["title"] == "Bí thư Tỉnh ủy" and o["province"] == "Điện Biên")
    assert office["first"]["date"] == "2022-11-24", "office not dated by the visit: is the events extractor in place?"
    assert "seed" in {s["article"] for s in office["sources"]}
    text = run("person", "--db", db, "tran quoc cuong").stdout
    assert "Bí thư Tỉnh ủy" in text and "Điện Biên" in text and "2022-11-24" in text and "seed" in text


def test_search_without_diacritics_finds_the_seed(dev_db):
    db, _ = dev_db
    hits = json.loads(run("search", "--db", db, "--json", "pham gia tuc").stdout)
    assert "seed" in [a["article"] for a in hits["articles"]]
    assert "Phạm Gia Túc" in next(a["snippet"] for a in hits["articles"] if a["article"] == "seed")


def test_jobs_give_the_same_database(tmp_path, dev_db, dev_jsonl):
    db, _ = dev_db
    parallel = tmp_path / "parallel.db"
    run("ingest", "--db", parallel, "--no-progress", "--jobs", "2", "--batch", "7", dev_jsonl)
    assert db_dump(parallel) == db_dump(db)


def _interrupt_and_resume(tmp_path: Path, big: Path, sig: int, expect: int | None, jobs: str) -> None:
    whole = tmp_path / "whole.db"
    run("ingest", "--db", whole, "--no-progress", "--batch", "8", big)
    total = count(whole)
    cut = tmp_path / "cut.db"
    proc = subprocess.Popen([*CLI, "ingest", "--db", str(cut), "--no-progress", "--batch", "8", "--jobs", jobs,
                             str(big)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while count(cut) < 16 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    assert proc.poll() is None, "ingest finished before it could be interrupted: make the corpus larger"
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=120)
    if expect is not None:
        assert proc.returncode == expect, err[-2000:]
    stored = count(cut)
    assert 0 < stored < total
    resumed = run("ingest", "--db", cut, "--no-progress", "--batch", "8", big)
    assert f"{stored} already present" in resumed.stderr
    assert db_dump(cut) == db_dump(whole)


def test_sigkill_midway_then_resume_equals_uninterrupted(tmp_path, big_jsonl):
    _interrupt_and_resume(tmp_path, big_jsonl, signal.SIGKILL, -signal.SIGKILL, "1")


def test_ctrl_c_midway_then_resume_equals_uninterrupted(tmp_path, big_jsonl):
    _interrupt_and_resume(tmp_path, big_jsonl, signal.SIGINT, 130, "2")


def test_ingest_reads_stdin_text_files_and_directories(tmp_path, dev_dir):
    db = tmp_path / "kb.db"
    seed = (dev_dir / "seed.txt").read_bytes()
    proc = run("ingest", "--db", db, "--no-progress", "-", input=seed.decode("utf-8"))
    assert "1 added" in proc.stderr
    texts = sorted((dev_dir / "full").glob("*.txt"))
    proc = run("ingest", "--db", db, "--no-progress", dev_dir / "full", dev_dir / "seed.txt")
    assert f"{len(texts) + 1} article(s) read" in proc.stderr and "1 already present" in proc.stderr
    assert count(db) == 1 + len(texts)


def test_bad_input_reported_skipped_and_summarised(tmp_path, dev_jsonl):
    good = [line for line in dev_jsonl.read_text(encoding="utf-8").splitlines() if line.strip()][:3]
    src = tmp_path / "mixed.jsonl"
    src.write_text("\n".join([good[0], "{broken", good[1], json.dumps({"id": "x"}), good[2]]) + "\n",
                   encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    db = tmp_path / "kb.db"
    proc = run("ingest", "--db", db, "--no-progress", src, tmp_path / "empty.txt", tmp_path / "absent.jsonl", check=1)
    assert f"{src}:2: not JSON" in proc.stderr and f"{src}:4:" in proc.stderr
    assert "empty.txt: empty file" in proc.stderr and "absent.jsonl: no such file" in proc.stderr
    assert "3 added" in proc.stderr and "4 problem(s)" in proc.stderr
    assert count(db) == 3


def test_exit_codes_scripts_can_trust(tmp_path, dev_db):
    db, _ = dev_db
    assert run("person", "--db", db, "Không Có Ai", check=1).stdout == ""
    assert "not a province" in run("province", "--db", db, "Atlantis", check=2).stderr
    assert "no knowledge base" in run("people", "--db", tmp_path / "none.db", check=2).stderr
    assert run("search", "--db", db, "zzzqqq", check=1).stdout == ""
    view = json.loads(run("province", "--db", db, "--json", "Nam Định", check=None).stdout)
    assert view["province"] == "Ninh Bình" and "Nam Định" in view["names"]
    assert run("export", "--db", db, "--format", "csv", "--table", "people").stdout.startswith("id,name,")
    out = tmp_path / "export"
    run("export", "--db", db, "--format", "jsonl", "-o", out)
    assert (out / "articles.jsonl").stat().st_size > 0 and (out / "people.jsonl").exists()
