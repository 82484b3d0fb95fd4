"""Throughput of vnfacts extraction, stage by stage, against underthesea on the same text.

    .venv/bin/python bench/throughput.py [CORPUS.jsonl] [--jobs 1,2] [--peer-seconds 20] [--profile 30]

Without CORPUS it uses ../shared/dev/articles.jsonl repeated (ids suffixed
``#k``) to at least 5 MB of text. It prints:

1. the time each pipeline stage takes (in process, one core, every fact
   family on): read, normalise, segment, home, people, events, figures,
   anchor, JSON output; with ``--profile N`` also the N functions with the
   most own time (cProfile);
2. end to end, ``vnfacts extract CORPUS --jobs J > file`` for each J:
   articles/s, MB/s, MB/s per core, CPU time, peak RSS, and whether the
   output is byte-identical to the single-process run; a run on the first
   quarter of the corpus shows whether memory stays flat as the corpus grows;
3. underthesea's word_tokenize, pos_tag and ner on a sample of the same
   articles (about ``--peer-seconds`` of work each, reported per MB) and how
   many times faster vnfacts is.

MB = 10**6 bytes of article text in UTF-8. Peers are the ``bench`` extra
(``pip install -e '.[bench]'``); nothing here is needed by extraction.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

from benchlib import DEV, MB, ROOT, Corpus, Run, build_corpus, head_corpus, machine, machine_line, python, \
    run_measured, source_fingerprint

DEFAULT_CORPUS = DEV / "articles.jsonl"
TARGET_MB_S = 1.0  # per core, end to end, every fact family on


def _fmt_kb(kb: int) -> str:
    return f"{kb / 1024:.0f} MB"


def stage_times(corpus: Corpus, profile: cProfile.Profile | None = None) -> dict:
    """Run the pipeline in this process, one stage at a time, timing each (and optionally profiling)."""
    from vnfacts.models import Document
    from vnfacts.pipeline import STAGES
    from vnfacts.read import InputProblem, read_paths

    names = ["read", *(n for n, _ in STAGES), "anchor", "json"]
    times = dict.fromkeys(names, 0.0)
    clock = time.process_time  # CPU time: other processes on the machine do not inflate it
    errors: dict[str, int] = {}
    articles = 0

    def one(doc: Document) -> None:
        for name, stage in STAGES:
            t = clock()
            try:
                stage(doc)
            finally:
                times[name] += clock() - t
        t = clock()
        doc.anchor()
        t1 = clock()
        times["anchor"] += t1 - t
        json.dumps(doc.to_json(), ensure_ascii=False)
        times["json"] += clock() - t1

    t_import = clock()
    first = next((a for a in read_paths([str(corpus.path)]) if not isinstance(a, InputProblem)), None)
    if first is not None:  # warm caches (YAML, compiled patterns) outside the timed loop
        try:
            one(Document(first))
        except Exception:  # noqa: BLE001 - counted in the timed loop below
            pass
    warmup = clock() - t_import
    times = dict.fromkeys(names, 0.0)

    if profile is not None:
        profile.enable()
    items = iter(read_paths([str(corpus.path)]))
    while True:
        t = clock()
        item = next(items, None)
        times["read"] += clock() - t
        if item is None:
            break
        if isinstance(item, InputProblem):
            continue
        articles += 1
        try:
            one(Document(item))
        except Exception as e:  # noqa: BLE001 - a broken stage must not stop the benchmark
            key = f"{type(e).__name__}: {e}"[:120]
            errors[key] = errors.get(key, 0) + 1
    if profile is not None:
        profile.disable()
    return {"seconds": times, "articles": articles, "errors": errors, "warmup": warmup}


def print_stage_times(st: dict, corpus: Corpus) -> None:
    total = sum(st["seconds"].values())
    n = max(st["articles"], 1)
    print(f"Per-stage CPU time, in process, one core ({st['articles']} articles, {corpus.mb:.2f} MB; "
          f"first-article warm-up {st['warmup'] * 1000:.0f} ms not counted):")
    print(f"  {'stage':<11}{'total s':>9}{'ms/article':>12}{'µs/KB':>9}{'share':>8}{'MB/s alone':>12}")
    for name, sec in st["seconds"].items():
        alone = corpus.mb / sec if sec > 0 else float("inf")
        print(f"  {name:<11}{sec:>9.3f}{sec / n * 1000:>12.3f}{sec / (corpus.bytes / 1000) * 1e6:>9.1f}"
              f"{sec / total * 100 if total else 0:>7.1f}%{alone:>12.1f}")
    print(f"  {'total':<11}{total:>9.3f}{total / n * 1000:>12.3f}"
          f"{total / (corpus.bytes / 1000) * 1e6:>9.1f}{100:>7.1f}%{corpus.mb / total if total else 0:>12.2f}"
          f"   = {st['articles'] / total if total else 0:.0f} articles/s")
    for err, count in st["errors"].items():
        print(f"  ! {count} article(s) failed: {err}")


def _short(path: str) -> str:
    for marker in ("/src/", "/site-packages/", "/lib/python"):
        if marker in path:
            return path.split(marker, 1)[1]
    return path


def print_profile(profile: cProfile.Profile, top: int) -> dict:
    """Own time per vnfacts module, then the ``top`` functions by own time."""
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    total = sum(v[2] for v in stats.values()) or 1.0

    # Own time per module; time in regex methods, builtins and the standard library is charged
    # to the vnfacts function that called them (one level up), so a module's share is its real cost.
    modules: dict[str, float] = {}
    for (path, _line, _func), (_cc, _nc, tt, _ct, callers) in stats.items():
        if "/vnfacts/" in path:
            key = _short(path)
            modules[key] = modules.get(key, 0.0) + tt
            continue
        for (cpath, _l, _f), edge in callers.items():
            key = _short(cpath) if "/vnfacts/" in cpath else "(other)"
            modules[key] = modules.get(key, 0.0) + edge[2]
    print("Time per module (cProfile own time, regex/builtin/stdlib calls charged to the vnfacts caller; "
          "profiling slows everything ~2x, compare shares):")
    for key, sec in sorted(modules.items(), key=lambda kv: -kv[1]):
        if sec / total >= 0.005:
            print(f"  {sec:>8.3f} s {sec / total * 100:>6.1f}%  {key}")
    print()

    rows = [{"function": f"{_short(path)}:{line}({func})", "calls": nc, "own_s": tt, "cum_s": ct}
            for (path, line, func), (_cc, nc, tt, ct, _callers) in stats.items()]
    rows.sort(key=lambda r: -r["own_s"])
    print(f"Top {top} functions by own time:")
    print(f"  {'own s':>8}{'share':>8}{'cum s':>8}{'calls':>10}  function")
    for r in rows[:top]:
        print(f"  {r['own_s']:>8.3f}{r['own_s'] / total * 100:>7.1f}%{r['cum_s']:>8.3f}{r['calls']:>10}  {r['function']}")
    return {"modules": modules, "functions": rows[:top]}


def extract_run(corpus: Corpus, jobs: int, out: Path) -> Run:
    cmd = [python(), "-m", "vnfacts", "extract", str(corpus.path), "--jobs", str(jobs), "--no-progress"]
    return run_measured(cmd, out)


def first_difference(a: Path, b: Path) -> str:
    """The id of the first article whose output line differs, for the report."""
    with open(a, "rb") as fa, open(b, "rb") as fb:
        for n, (la, lb) in enumerate(zip(fa, fb), 1):
            if la != lb:
                try:
                    return f"first at line {n}, id {json.loads(la).get('id')!r}"
                except ValueError:
                    return f"first at line {n}"
    return "one output is shorter"


def digest(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    lines = 0
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
            lines += chunk.count(b"\n")
    return h.hexdigest(), lines


def peer_run(corpus: Corpus, tool: str, seconds: float) -> tuple[Run, dict]:
    cmd = [python(), str(Path(__file__).with_name("peers.py")), str(corpus.path), "--tool", tool,
           "--seconds", str(seconds)]
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        out = Path(f.name)
    try:
        run = run_measured(cmd, out)
        text = out.read_text(encoding="utf-8").strip()
    finally:
        out.unlink(missing_ok=True)
    return run, (json.loads(text) if run.returncode == 0 and text else {})


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("corpus", nargs="?", help="JSONL of articles (default: the dev articles, repeated)")
    ap.add_argument("--min-mb", type=float, default=None,
                    help="repeat the corpus to at least this much text (default 5 for the dev set, 0 for a given file)")
    ap.add_argument("--jobs", default=None, help="comma-separated --jobs values (default: 1 and every core)")
    ap.add_argument("--peer-seconds", type=float, default=20.0, help="work per underthesea tool (sampled)")
    ap.add_argument("--no-peers", action="store_true", help="skip underthesea")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="also print the N hottest functions")
    ap.add_argument("--json", type=Path, default=None, help="also write every figure to this JSON file")
    args = ap.parse_args()

    source = Path(args.corpus) if args.corpus else DEFAULT_CORPUS
    if not source.is_file():
        print(f"throughput: {source}: no such file (give a JSONL corpus)", file=sys.stderr)
        return 2
    min_mb = args.min_mb if args.min_mb is not None else (0.0 if args.corpus else 5.0)
    mach = machine()
    cores = mach["usable_cores"] or 1
    jobs_list = [int(j) for j in args.jobs.split(",")] if args.jobs else sorted({1, cores})
    result: dict = {"machine": mach}
    fingerprint = source_fingerprint()

    with tempfile.TemporaryDirectory(prefix="vnfacts-bench-") as tmp:
        tmpdir = Path(tmp)
        corpus = build_corpus(source, tmpdir / "corpus.jsonl", int(min_mb * MB))
        try:
            shown = source.relative_to(ROOT.parent)
        except ValueError:
            shown = source
        print("vnfacts throughput benchmark")
        print(f"machine: {machine_line(mach)}")
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
        print(f"load:    {load:.2f} (1-minute average before the run"
              + ("; other work is running, so wall-clock figures are low: CPU-time figures are not affected)"
                 if load > 0.5 else ")"))
        result["load_before"] = load
        print(f"corpus:  {shown}" + (f" x{corpus.repeats}" if corpus.repeats > 1 else "")
              + f" = {corpus.articles} articles, {corpus.mb:.2f} MB of text "
              f"(mean {corpus.bytes / corpus.articles / 1000:.1f} KB/article)")
        result["corpus"] = {"source": str(shown), "repeats": corpus.repeats, "articles": corpus.articles,
                            "bytes": corpus.bytes}
        print()

        profile = cProfile.Profile() if args.profile else None
        st = stage_times(corpus, None)
        print_stage_times(st, corpus)
        result["stages"] = {k: v for k, v in st.items()}
        if profile is not None:
            print()
            stage_times(corpus, profile)
            result["profile"] = print_profile(profile, args.profile)
        print()

        one = head_corpus(corpus, tmpdir / "one.jsonl", 0)
        startup = extract_run(one, 1, tmpdir / "one.out")
        quarter = head_corpus(corpus, tmpdir / "quarter.jsonl", 0.25)
        print(f"End to end: {python()} -m vnfacts extract CORPUS --jobs J > FILE")
        print(f"  startup (one-article run, imports and data loading): {startup.wall:.2f} s")
        print(f"  {'jobs':>4}{'articles/s':>12}{'MB/s':>8}{'MB/s/core':>11}{'CPU s':>8}{'MB/CPU-s':>10}"
              f"{'peak RSS, 1/4 -> all of corpus':>33}  output")
        runs = []
        reference = None
        reference_path = tmpdir / "reference.jsonl"
        for jobs in jobs_list:
            q_run = extract_run(quarter, jobs, tmpdir / "quarter.out")
            out = tmpdir / f"out.{jobs}.jsonl"
            run = extract_run(corpus, jobs, out)
            h, lines = digest(out)
            if reference is None:
                reference = h
                same = "reference"
                out.replace(reference_path)
            else:
                same = ("identical bytes" if h == reference
                        else f"DIFFERENT from the first run ({first_difference(reference_path, out)})")
                out.unlink()
            if lines != corpus.articles:
                same += f" ({lines} lines for {corpus.articles} articles!)"
            if run.returncode != 0:
                same += f" (exit {run.returncode}: {run.stderr.strip().splitlines()[-1:]})"
            used = min(jobs, cores)
            mbs = corpus.mb / run.wall
            rss = (f"{_fmt_kb(q_run.tree_rss_kb)} -> {_fmt_kb(run.tree_rss_kb)}"
                   + (f" ({_fmt_kb(run.max_rss_kb)} largest)" if jobs > 1 else ""))
            print(f"  {jobs:>4}{corpus.articles / run.wall:>12.0f}{mbs:>8.2f}{mbs / used:>11.2f}{run.cpu:>8.1f}"
                  f"{corpus.mb / run.cpu if run.cpu else 0:>10.2f}{rss:>33}  {same}")
            runs.append({"jobs": jobs, "wall": run.wall, "cpu": run.cpu, "articles_s": corpus.articles / run.wall,
                         "mb_s": mbs, "mb_s_per_core": mbs / used, "mb_per_cpu_s": corpus.mb / run.cpu if run.cpu else 0,
                         "max_rss_kb": run.max_rss_kb,
                         "tree_rss_kb": run.tree_rss_kb, "quarter_tree_rss_kb": q_run.tree_rss_kb,
                         "identical": h == reference, "returncode": run.returncode})
        result["end_to_end"] = {"startup_s": startup.wall, "runs": runs}
        print(f"  (peak RSS: the whole process tree, sampled every 100 ms, on the first quarter of the corpus "
              f"({quarter.mb:.2f} MB) and on all of it; flat = streaming)")
        single = next((r for r in runs if r["jobs"] == 1), runs[0])
        per_core = single["mb_per_cpu_s"]
        verdict = "met" if per_core >= TARGET_MB_S else "NOT met"
        steady = corpus.mb / max(single["cpu"] - startup.cpu, 1e-9)
        result["end_to_end"]["steady_mb_per_cpu_s"] = steady
        print(f"  target >= {TARGET_MB_S:.0f} MB/s per core end to end: {verdict} ({per_core:.2f} MB per CPU-second, "
              f"{per_core * MB / (corpus.bytes / corpus.articles):.0f} articles per CPU-second, at jobs {single['jobs']}; "
              f"{steady:.2f} without the one-off startup of {startup.cpu:.2f} CPU-s, as on a large corpus; "
              f"wall clock {single['mb_s_per_core']:.2f} MB/s)")

        if not args.no_peers:
            print()
            import underthesea

            print(f"Peers: underthesea {underthesea.__version__}, one line (paragraph) per call, models loaded "
                  f"before timing; measured on a SAMPLE (the corpus's first articles, ~{args.peer_seconds:g} s "
                  "of work each) and reported per MB:")
            print(f"  {'tool':<14}{'articles':>9}{'MB':>7}{'CPU s':>7}{'MB/s':>8}{'s per MB':>10}"
                  f"{'peak RSS':>10}{'load s':>8}  vnfacts per core is")
            lib_mb_s = corpus.mb / sum(st["seconds"].values())  # CPU time, one core
            peers = []
            for name in ("word_tokenize", "pos_tag", "ner"):
                run, data = peer_run(corpus, name, args.peer_seconds)
                if not data:
                    print(f"  {name:<14} failed: {run.stderr.strip().splitlines()[-1:]}")
                    continue
                mb = data["bytes"] / MB
                mbs = mb / data["cpu"] if data["cpu"] else float("inf")  # per CPU-second, as for vnfacts
                ratio = per_core / mbs
                print(f"  {name:<14}{data['articles']:>9}{mb:>7.2f}{data['cpu']:>7.1f}{mbs:>8.3f}"
                      f"{1 / mbs if mbs else 0:>10.1f}{_fmt_kb(run.max_rss_kb):>10}{data['load_seconds']:>8.2f}"
                      f"  {ratio:.1f}x faster (end to end), {lib_mb_s / mbs:.1f}x (in process)")
                peers.append({**data, "mb_s": mbs, "max_rss_kb": run.max_rss_kb, "ratio_end_to_end": ratio,
                              "ratio_in_process": lib_mb_s / mbs})
            print("  (vnfacts extracts people with offices, events and figures; underthesea's ner only tags "
                  "PER/LOC/ORG spans.)")
            result["peers"] = peers

    if source_fingerprint() != fingerprint:
        print("\nWARNING: vnfacts' source files changed while the benchmark ran; its figures (and any output "
              "difference between runs) may mix two versions of the code. Run it again.")
        result["source_changed"] = True
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
