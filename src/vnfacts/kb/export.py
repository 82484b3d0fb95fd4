"""Export the knowledge base's tables as JSON Lines, CSV or Parquet, streaming row batches.

Parquet needs ``pyarrow`` (the ``vnfacts[parquet]`` extra): it is a large
binary wheel that only this one format uses, so it is not a core
dependency; asking for Parquet without it raises :class:`MissingDependency`
naming the install command.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import IO, Any, Iterator

from .store import Store

TABLES = ("articles", "article_people", "positions", "events", "event_participants", "figures", "mentions",
          "people", "offices", "office_sources", "person_links", "provinces", "figure_series")
FORMATS = ("jsonl", "csv", "parquet")
_BATCH = 5000


class MissingDependency(RuntimeError):
    """An optional library the request needs is not installed."""


def _batches(store: Store, table: str) -> tuple[list[str], Iterator[list[tuple]]]:
    cur = store.conn.execute(f'SELECT * FROM "{table}"')
    columns = [d[0] for d in cur.description]

    def gen() -> Iterator[list[tuple]]:
        while rows := cur.fetchmany(_BATCH):
            yield [tuple(r) for r in rows]
    return columns, gen()


def _write_jsonl(columns: list[str], batches: Iterator[list[tuple]], f: IO[str]) -> int:
    n = 0
    for rows in batches:
        for row in rows:
            f.write(json.dumps(dict(zip(columns, row)), ensure_ascii=False))
            f.write("\n")
            n += 1
    return n


def _write_csv(columns: list[str], batches: Iterator[list[tuple]], f: IO[str]) -> int:
    w = csv.writer(f)
    w.writerow(columns)
    n = 0
    for rows in batches:
        w.writerows(rows)
        n += len(rows)
    return n


def _arrow_type(pa: Any, declared: str, values: list[Any]) -> Any:
    declared = declared.upper()
    if "INT" in declared:
        return pa.int64()
    if any(t in declared for t in ("REAL", "NUMERIC", "FLOA", "DOUB")):
        return pa.float64()
    if "CHAR" in declared or "TEXT" in declared:
        return pa.string()
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, int) for v in present):
        return pa.int64()
    if present and all(isinstance(v, (int, float)) for v in present):
        return pa.float64()
    return pa.string()


def _write_parquet(store: Store, table: str, columns: list[str], batches: Iterator[list[tuple]], path: Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:
        raise MissingDependency("Parquet export needs pyarrow: pip install 'vnfacts[parquet]'") from e
    declared = {r["name"]: r["type"] or "" for r in store.rows(f'PRAGMA table_info("{table}")')}
    first = next(batches, [])
    schema = pa.schema([(c, _arrow_type(pa, declared.get(c, ""), [row[i] for row in first]))
                        for i, c in enumerate(columns)])
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        for rows in _chain(first, batches):
            cols = [[row[i] for row in rows] for i in range(len(columns))]
            arrays = [pa.array([_cast(v, schema.field(i).type, pa) for v in col], type=schema.field(i).type)
                      for i, col in enumerate(cols)]
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
            n += len(rows)
    return n


def _chain(first: list[tuple], rest: Iterator[list[tuple]]) -> Iterator[list[tuple]]:
    if first:
        yield first
    yield from rest


def _cast(value: Any, typ: Any, pa: Any) -> Any:
    if value is None:
        return None
    if typ == pa.string() and not isinstance(value, str):
        return str(value)
    if typ == pa.float64():
        return float(value)
    return value


def export(store: Store, fmt: str, output: str | Path | None, tables: tuple[str, ...] = TABLES,
           stdout: IO[str] | None = None) -> dict[str, int]:
    """Write ``tables`` in ``fmt``; returns rows written per table.

    One table with ``output`` None or ``-`` goes to ``stdout`` (not Parquet);
    otherwise ``output`` is a directory receiving ``TABLE.FORMAT`` per table.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    unknown = [t for t in tables if t not in TABLES]
    if unknown:
        raise ValueError(f"unknown table(s): {', '.join(unknown)}; choose from {', '.join(TABLES)}")
    to_stdout = output in (None, "-")
    if to_stdout and (len(tables) != 1 or fmt == "parquet"):
        raise ValueError("give -o DIRECTORY to export several tables, or any Parquet")
    counts: dict[str, int] = {}
    directory = None if to_stdout else Path(output)  # type: ignore[arg-type]
    if directory is not None:
        directory.mkdir(parents=True, exist_ok=True)
    for table in tables:
        columns, batches = _batches(store, table)
        if fmt == "parquet":
            counts[table] = _write_parquet(store, table, columns, batches, directory / f"{table}.parquet")  # type: ignore[operator]
            continue
        write = _write_jsonl if fmt == "jsonl" else _write_csv
        if directory is None:
            counts[table] = write(columns, batches, stdout or sys.stdout)
        else:
            with open(directory / f"{table}.{fmt}", "w", encoding="utf-8", newline="") as f:
                counts[table] = write(columns, batches, f)
    return counts
