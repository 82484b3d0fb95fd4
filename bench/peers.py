"""The peer a user would otherwise reach for: underthesea's word_tokenize, pos_tag and ner.

Used by ``throughput.py`` (speed of each call on the same text) and
``quality.py`` (an NER baseline for people). Each article is fed one
non-empty line (paragraph) at a time, the unit these CRF taggers are made
for; underthesea's bundled models load once, before timing starts.

Run as a script it measures one tool and prints one JSON object, so the
caller can measure its memory in a separate process::

    python bench/peers.py CORPUS.jsonl --tool ner --seconds 20
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from functools import lru_cache
from pathlib import Path
from typing import Callable

from benchlib import records, text_bytes

TOOLS = ("word_tokenize", "pos_tag", "ner")


def tool(name: str) -> Callable[[str], object]:
    """The underthesea function called ``name``, with its model loaded (warm)."""
    import underthesea

    fn = getattr(underthesea, name)
    fn("Chiều 24-11, đồng chí Nguyễn Văn An làm việc tại tỉnh Nam Định.")  # load the model now
    return fn


def lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def throughput(path: str | Path, name: str, seconds: float) -> dict:
    """Feed articles of ``path`` to one tool until ``seconds`` of CPU time are spent; bytes and time."""
    t0 = time.perf_counter()
    fn = tool(name)
    load = time.perf_counter() - t0
    n = size = 0
    spent = 0.0
    cpu0 = time.process_time()
    for rec in records(path):
        start = time.process_time()  # CPU time, so other load on the machine does not shrink the sample
        for ln in lines(rec["text"]):
            fn(ln)
        spent += time.process_time() - start
        n += 1
        size += text_bytes(rec)
        if spent >= seconds:
            break
    return {"tool": name, "articles": n, "bytes": size, "seconds": spent,
            "cpu": time.process_time() - cpu0, "load_seconds": load}


@lru_cache(maxsize=1)
def _honorific_re() -> re.Pattern[str]:
    path = Path(__file__).with_name("honorifics.txt")
    forms = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(r"^(?:(?:" + alts + r")\.?(?:\s+|$))+", re.IGNORECASE)


def strip_honorifics(name: str) -> str:
    """"GS.TS Nguyễn Văn Hùng" → "Nguyễn Văn Hùng"."""
    name = _honorific_re().sub("", name.strip(" ,.;:-\"'()"))
    return name.strip(" ,.;:-\"'()")


def ner_people(text: str, ner: Callable[[str], list] | None = None) -> list[str]:
    """Distinct PER entities of underthesea's ner over the article, honorifics stripped, in order."""
    ner = ner or tool("ner")
    names: list[str] = []
    seen: set[str] = set()
    for ln in lines(text):
        current: list[str] = []
        for token in [*ner(ln), ("", "", "", "O")]:
            word, tag = token[0], token[-1]
            if tag == "I-PER" and current:
                current.append(word)
                continue
            if current:
                name = strip_honorifics(" ".join(current))
                if name and name[0].isupper() and name.casefold() not in seen:
                    seen.add(name.casefold())
                    names.append(name)
            current = [word] if tag == "B-PER" else []
    return names


def main() -> None:
    ap = argparse.ArgumentParser(description="Time one underthesea tool on a JSONL corpus.")
    ap.add_argument("corpus")
    ap.add_argument("--tool", choices=TOOLS, required=True)
    ap.add_argument("--seconds", type=float, default=20.0, help="stop after the article that passes this")
    args = ap.parse_args()
    json.dump(throughput(args.corpus, args.tool, args.seconds), sys.stdout)
    print()


if __name__ == "__main__":
    main()
