"""Stage "read": articles from JSONL, plain-text files, directories and stdin.

Yields :class:`~vnfacts.models.Article` records and reports every input it
cannot use as an :class:`InputProblem` naming the file and line, so a caller
can go on with the rest:

- JSONL (``.jsonl``, ``.ndjson``, ``.json`` with one object per line): one
  article per line, fields per the contract (``id``, ``text``, ``published``,
  ``url``, ``publisher``).
  A ``.json`` file that holds one object (or a list of objects) spread over
  several lines is read as a whole.
- ``.txt``: one article; a first line ``date 2022-11 <title>`` carries the
  date (read by the segmenter). A sibling ``NAME.json`` without ``text`` adds
  its metadata (``published``, ``publisher``, ``url``, ``id``).
- a directory: its ``.jsonl``/``.json``/``.txt`` files, recursively, in name order.
- ``-``: standard input, JSONL when it starts with ``{``, else one text.

Bytes are decoded by :func:`vnfacts.textcodec.decode` (UTF-8/16/32,
Windows-1258, TCVN3/VNI); text inside JSON is repaired by
:func:`vnfacts.textcodec.repair_text`. Empty and binary inputs, lines that
are not UTF-8 or not JSON objects, missing or empty ``text`` and articles
over ``max_chars`` are problems, not articles; a JSONL line longer than the
limit allows is skipped without being held in memory. Blank lines are
skipped silently, so output lines follow the non-blank input lines.
"""

from __future__ import annotations

import io
import json
import os
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

from .models import Article
from .textcodec import DecodeError, decode, repair_text

JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
TEXT_SUFFIXES = {".txt", ".text"}
DEFAULT_MAX_CHARS = 2_000_000
WHOLE_JSON_MAX_BYTES = 64 << 20  # a .json file up to this size may be one multi-line document


def _line_limit(max_chars: int) -> int:
    """Bytes a JSONL line may have: 6 per character (a \\uXXXX escape) plus room for metadata."""
    return max_chars * 6 + 65536


@dataclass(frozen=True, slots=True)
class InputProblem:
    """An input that could not be read: where and why."""

    source: str  # "path:line" or "path"
    reason: str
    id: str | None = None  # the record's id, when it could be read

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


Item = Article | InputProblem
OnProblem = Callable[[InputProblem], None]


def _meta(value: object) -> str | None:
    if value is None:
        return None
    return str(value)


def article_from_record(record: object, source: str, max_chars: int = DEFAULT_MAX_CHARS) -> Item:
    """Validate one decoded JSON record into an Article, or say what is wrong with it."""
    if not isinstance(record, dict):
        return InputProblem(source, f"expected a JSON object, got {type(record).__name__}")
    rid = record.get("id")
    rid = None if rid is None else str(rid)
    text = record.get("text")
    if not isinstance(text, str):
        return InputProblem(source, "no 'text' string" if text is None else "'text' is not a string", rid)
    if not text.strip():
        return InputProblem(source, "empty 'text'", rid)
    if len(text) > max_chars:
        return InputProblem(source, f"article too large ({len(text):,} characters; limit {max_chars:,})", rid)
    text, note = repair_text(text)
    if rid is None:
        rid = source
    return Article(rid, text, _meta(record.get("published")), _meta(record.get("url")),
                   _meta(record.get("publisher")), source, note)


def read_jsonl(stream: BinaryIO, name: str, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Item]:
    """One item per non-blank line of a JSONL byte stream."""
    limit = _line_limit(max_chars)
    n = 0
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        n += 1
        source = f"{name}:{n}"
        if len(raw) > limit and not raw.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield InputProblem(source, f"line too long (over {limit:,} bytes; limit {max_chars:,} characters)")
            continue
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError as e:
            yield InputProblem(source, f"not UTF-8 (byte 0x{raw[e.start]:02X} at column {e.start + 1});"
                                       " JSONL must be UTF-8")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputProblem(source, f"not JSON: {e.msg} (column {e.colno})")
            continue
        except RecursionError:
            yield InputProblem(source, "not JSON: nested too deeply")
            continue
        yield article_from_record(record, source, max_chars)


def read_text_file(path: Path, max_chars: int = DEFAULT_MAX_CHARS) -> Item:
    """A plain-text article; metadata from a sibling NAME.json when there is one."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > max_chars * 4 + 4096:
            return InputProblem(source, f"file too large ({size:,} bytes; limit {max_chars:,} characters)")
        data = path.read_bytes()
    except OSError as e:
        return InputProblem(source, e.strerror or str(e))
    try:
        text, note = decode(data)
    except DecodeError as e:
        return InputProblem(source, str(e))
    record: dict[str, object] = {"id": path.stem, "text": text}
    meta_path = path.with_suffix(".json")
    if meta_path.is_file():
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            meta = None
        if isinstance(meta, dict) and "text" not in meta:
            record.update({k: meta[k] for k in ("id", "published", "url", "publisher") if k in meta})
    item = article_from_record(record, source, max_chars)
    if note and isinstance(item, Article):
        item = replace(item, note="; ".join(filter(None, (note, item.note))))
    return item


def _read_whole_json(f: BinaryIO, path: str, max_chars: int) -> Iterator[Item] | None:
    """Items of a .json file holding one object or a list of them; None when it is JSONL."""
    data = f.read(WHOLE_JSON_MAX_BYTES + 1)
    f.seek(0)
    if len(data) > WHOLE_JSON_MAX_BYTES or b"\n" not in data.strip():
        return None
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return None
    if isinstance(doc, dict):
        return iter([article_from_record(doc, path, max_chars)])
    if isinstance(doc, list):
        return (article_from_record(r, f"{path}[{i}]", max_chars) for i, r in enumerate(doc))
    return None


def _is_sidecar(path: Path) -> bool:
    """A NAME.json next to NAME.txt holds metadata, not articles."""
    return path.suffix == ".json" and path.with_suffix(".txt").is_file()


def read_path(path: str, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Item]:
    """Articles and problems from one command-line argument."""
    if path == "-":
        yield from read_stdin(max_chars)
        return
    p = Path(path)
    if p.is_dir():
        files = sorted(f for f in p.rglob("*") if f.is_file()
                       and f.suffix in JSONL_SUFFIXES | TEXT_SUFFIXES and not _is_sidecar(f))
        if not files:
            yield InputProblem(path, "directory holds no .jsonl or .txt files")
        for f in files:
            yield from read_path(str(f), max_chars)
        return
    if not p.exists():
        yield InputProblem(path, "no such file or directory")
        return
    if p.suffix in TEXT_SUFFIXES:
        yield read_text_file(p, max_chars)
        return
    try:
        with open(p, "rb") as f:
            head = f.read(4096)
            if not head.strip():
                yield InputProblem(path, "empty file")
                return
            if b"\x00" in head:
                yield InputProblem(path, "binary file (NUL bytes), not JSONL or text")
                return
            f.seek(0)
            if p.suffix == ".json" and (whole := _read_whole_json(f, path, max_chars)) is not None:
                yield from whole
                return
            if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") or p.suffix in JSONL_SUFFIXES:
                yield from read_jsonl(f, path, max_chars)
                return
    except OSError as e:
        yield InputProblem(path, e.strerror or str(e))
        return
    yield read_text_file(p, max_chars)


def read_stdin(max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Item]:
    """Standard input: JSONL when it starts with "{", else one plain-text article."""
    stream = sys.stdin.buffer
    head = stream.peek(4096) if hasattr(stream, "peek") else b""
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        yield from read_jsonl(stream, "<stdin>", max_chars)
        return
    data = stream.read()
    if not data.strip():
        yield InputProblem("<stdin>", "empty input")
        return
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        yield from read_jsonl(io.BytesIO(data), "<stdin>", max_chars)
        return
    try:
        text, note = decode(data)
    except DecodeError as e:
        yield InputProblem("<stdin>", str(e))
        return
    item = article_from_record({"id": "stdin", "text": text}, "<stdin>", max_chars)
    if note and isinstance(item, Article):
        item = replace(item, note="; ".join(filter(None, (note, item.note))))
    yield item


def read_paths(paths: Iterable[str], max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Item]:
    """Articles and problems from every path, in order."""
    for path in paths:
        yield from read_path(os.fspath(path), max_chars)


def read_articles(paths: Iterable[str], on_problem: OnProblem | None = None,
                  max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Article]:
    """Only the articles; problems go to ``on_problem`` (default: ignored)."""
    for item in read_paths(paths, max_chars):
        if isinstance(item, InputProblem):
            if on_problem:
                on_problem(item)
        else:
            yield item
