"""Helpers shared by the benchmark scripts: corpora, machine facts, measured subprocesses.

Nothing here is imported by vnfacts itself. Sizes are in MB = 10**6 bytes of
article text encoded as UTF-8 (the ``text`` field only, not the JSON around
it), so "1 MB/s" means a million bytes of Vietnamese text per second.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("VNFACTS_SHARED", ROOT.parent / "shared")).resolve()
DEV = SHARED / "dev"
SCORE = SHARED / "tools" / "score.py"
MB = 1_000_000


def records(path: str | Path) -> Iterator[dict]:
    """The JSON objects of a JSONL file that carry a ``text`` string (others are skipped)."""
    with open(path, "rb") as f:
        for raw in f:
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw)
            except ValueError:
                continue
            if isinstance(rec, dict) and isinstance(rec.get("text"), str):
                yield rec


def text_bytes(rec: dict) -> int:
    return len(rec["text"].encode("utf-8"))


@dataclass
class Corpus:
    path: Path
    articles: int
    bytes: int
    source: Path
    repeats: int

    @property
    def mb(self) -> float:
        return self.bytes / MB


def build_corpus(source: Path, out: Path, min_bytes: int = 0) -> Corpus:
    """Write ``source`` to ``out``, repeated (ids suffixed ``#k``) until it holds ``min_bytes`` of text."""
    base = list(records(source))
    if not base:
        raise SystemExit(f"{source}: no JSONL records with a 'text' string")
    per_pass = sum(text_bytes(r) for r in base)
    repeats = max(1, -(-min_bytes // per_pass)) if min_bytes else 1
    with open(out, "w", encoding="utf-8") as f:
        for k in range(repeats):
            for rec in base:
                if repeats > 1:
                    rec = {**rec, "id": f"{rec.get('id')}#{k}"}
                f.write(json.dumps(rec, ensure_ascii=False))
                f.write("\n")
    return Corpus(out, len(base) * repeats, per_pass * repeats, source, repeats)


def head_corpus(corpus: Corpus, out: Path, fraction: float) -> Corpus:
    """The first ``fraction`` of a corpus's articles, as its own file (for the memory-flatness check)."""
    keep = max(1, int(corpus.articles * fraction))
    n = size = 0
    with open(corpus.path, encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
        for line in src:
            if n == keep:
                break
            dst.write(line)
            size += len(json.loads(line)["text"].encode("utf-8"))
            n += 1
    return Corpus(out, n, size, corpus.source, corpus.repeats)


def machine() -> dict:
    """Cores, CPU model, Python and OS: what the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {"cpu": cpu, "cores": os.cpu_count(), "usable_cores": usable,
            "python": platform.python_version(), "os": f"{platform.system()} {platform.release()}"}


def machine_line(m: dict) -> str:
    return (f"{m['cpu']}; {m['cores']} cores ({m['usable_cores']} usable); "
            f"Python {m['python']}; {m['os']}")


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as f:
            return [int(c) for c in f.read().split()]
    except (OSError, ValueError):
        return []


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as f:
            return int(f.read().split()[1]) * _PAGE_KB
    except (OSError, ValueError, IndexError):
        return 0


_PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024 if hasattr(os, "sysconf") else 4


def _tree_rss_kb(root: int) -> int:
    """Resident memory of a process and all its descendants, from /proc (0 where /proc is absent)."""
    total, frontier, seen = 0, [root], set()
    while frontier:
        pid = frontier.pop()
        if pid in seen:
            continue
        seen.add(pid)
        total += _rss_kb(pid)
        frontier.extend(_children(pid))
    return total


@dataclass
class Run:
    """One measured subprocess."""

    cmd: list[str]
    returncode: int
    wall: float  # seconds
    cpu: float  # user + system seconds of the process and its reaped children
    max_rss_kb: int  # peak RSS of the largest single process (kernel's ru_maxrss)
    tree_rss_kb: int  # peak summed RSS of the process tree, sampled every 100 ms
    stderr: str = ""
    extra: dict = field(default_factory=dict)


def run_measured(cmd: list[str], stdout_path: Path | None = None, env: dict | None = None) -> Run:
    """Run ``cmd`` to completion, measuring wall and CPU time and peak memory."""
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    err_path = Path(str(stdout_path or "/tmp/vnfacts-bench") + f".{os.getpid()}.err")
    with open(err_path, "wb") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env)
        peak = [0]
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
                done.wait(0.1)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
    if out is not subprocess.DEVNULL:
        out.close()
    stderr = err_path.read_text(encoding="utf-8", errors="replace")
    err_path.unlink(missing_ok=True)
    return Run(cmd, proc.returncode, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss,
               max(peak[0], usage.ru_maxrss), stderr)


def source_fingerprint() -> str:
    """A hash of the installed vnfacts package's files (names, sizes, mtimes): did the code change mid-run?"""
    import hashlib
    import importlib.util

    spec = importlib.util.find_spec("vnfacts")
    h = hashlib.sha256()
    if spec and spec.submodule_search_locations:
        root = Path(list(spec.submodule_search_locations)[0])
        for f in sorted(root.rglob("*")):
            if f.is_file() and f.suffix in (".py", ".yaml", ".tsv", ".txt", ".json"):
                st = f.stat()
                h.update(f"{f.relative_to(root)}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def python() -> str:
    """The interpreter running the benchmark (the project's venv when run as documented)."""
    return sys.executable
