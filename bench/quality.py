"""Quality of vnfacts on the dev set, beside an underthesea-NER baseline for people.

    .venv/bin/python bench/quality.py [--articles A.jsonl --gold G.jsonl] [--details]

Runs ``vnfacts extract`` on the articles (default ../shared/dev/articles.jsonl)
and prints ../shared/tools/score.py's table. Then the baseline a user would
build from underthesea alone: its ``ner`` over every line of the article, PER
entities as names (adjacent B-PER/I-PER tokens joined, leading honorifics
from bench/honorifics.txt stripped, duplicates dropped), no offices. Both are
scored by the same scorer; their people (and positions) figures are printed
side by side. underthesea finds no offices, events or figures, so it scores
0 on those measures by construction.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchlib import DEV, SCORE, python, records
from peers import ner_people, tool


def score(gold: Path, system: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([python(), str(SCORE), str(gold), str(system), *extra],
                          capture_output=True, text=True, check=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--articles", type=Path, default=DEV / "articles.jsonl")
    ap.add_argument("--gold", type=Path, default=DEV / "gold.jsonl")
    ap.add_argument("--details", action="store_true", help="also list every missed and spurious item (ours)")
    args = ap.parse_args()
    for path in (args.articles, args.gold, SCORE):
        if not path.is_file():
            print(f"quality: {path}: no such file", file=sys.stderr)
            return 2

    with tempfile.TemporaryDirectory(prefix="vnfacts-quality-") as tmp:
        ours = Path(tmp) / "vnfacts.jsonl"
        base = Path(tmp) / "underthesea.jsonl"
        cmd = [python(), "-m", "vnfacts", "extract", str(args.articles), "--no-progress"]
        t0 = time.perf_counter()
        with open(ours, "wb") as out:
            done = subprocess.run(cmd, stdout=out, stderr=subprocess.PIPE, text=False)
        ours_s = time.perf_counter() - t0
        if done.returncode not in (0, 1):  # 1: some inputs could not be processed (reported on stderr)
            sys.stderr.write(done.stderr.decode("utf-8", "replace"))
            return done.returncode
        print(f"vnfacts: vnfacts extract {args.articles} ({ours_s:.1f} s)")
        for line in done.stderr.decode("utf-8", "replace").splitlines():
            print(f"  stderr: {line}")
        print(score(args.gold, ours, *(["--details"] if args.details else [])).stdout, end="")

        t0 = time.perf_counter()
        ner = tool("ner")
        n = 0
        with open(base, "w", encoding="utf-8") as out:
            for rec in records(args.articles):
                people = [{"name": name, "positions": []} for name in ner_people(rec["text"], ner)]
                out.write(json.dumps({"id": str(rec.get("id")), "people": people, "events": [], "figures": []},
                                     ensure_ascii=False) + "\n")
                n += 1
        base_s = time.perf_counter() - t0
        import underthesea

        print(f"\nbaseline: underthesea {underthesea.__version__} ner, PER entities as names, honorifics "
              f"stripped ({n} articles, {base_s:.1f} s)")
        results = {}
        for who, path in (("vnfacts", ours), ("underthesea ner", base)):
            results[who] = json.loads(score(args.gold, path, "--json").stdout)
        print(f"{'system':<18}{'measure':<11}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'system':>8}")
        for measure in ("people", "positions"):
            for who, res in results.items():
                r = res[measure]
                print(f"{who:<18}{measure:<11}{r['precision']:>7.3f}{r['recall']:>7.3f}{r['f1']:>7.3f}"
                      f"{r['gold']:>6}{r['system']:>8}")
        ours_f1, base_f1 = results["vnfacts"]["people"]["f1"], results["underthesea ner"]["people"]["f1"]
        print(f"people F1: vnfacts {ours_f1:.3f} vs underthesea ner {base_f1:.3f} ({ours_f1 - base_f1:+.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
