"""The knowledge base file: an embedded SQLite database (stdlib ``sqlite3``, no ORM).

:class:`Store` opens (or creates) the database in WAL mode, applies the
schema migrations, and writes articles one batch per transaction: the
batch's articles, facts and full-text rows, and the names they mention
marked as pending. :meth:`Store.resolve_pending` then re-resolves each
pending name once (:mod:`.resolve`), a chunk of names per transaction, so a
long ingest costs one resolution per name rather than one per batch. A
process killed at any point leaves the last committed transaction intact
and nothing of the next one, so an ingest can simply be run again: articles
already stored (same content hash) are skipped and names still pending are
resolved.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..geo import provinces
from ..normalize import fold_diacritics
from . import schema
from .records import ArticleRecord, date_sort_key
from .resolve import Cluster, Mention, Office, cluster, is_former, person_id, timeline

DEFAULT_DB = "vnfacts.db"

_ARTICLE_COLS = ("hash", "ext_id", "source", "title", "published", "date", "date_precision", "publisher", "url",
                 "home_province", "home_province_key", "home_source", "text", "facts", "extractor")
_ROW_COLS = {
    "article_people": ("idx", "name", "name_key", "date", "date_precision", "date_source", "start", "end", "sentence"),
    "positions": ("person_idx", "idx", "title", "title_key", "province", "province_key", "written", "province_source",
                  "start", "end"),
    "events": ("idx", "type", "date", "date_precision", "host", "host_key", "guest", "guest_key", "leader", "cameo",
               "place", "topics", "trigger", "date_text", "start", "end", "sentence"),
    "event_participants": ("event_idx", "idx", "name", "role", "person_idx"),
    "figures": ("idx", "indicator", "indicator_key", "indicator_id", "value", "unit", "role", "to_value", "of_value",
                "estimate", "bound", "basis", "province", "province_key", "period", "flags", "written", "start", "end",
                "sentence"),
    "mentions": ("kind", "ref_idx", "sub_idx", "start", "end", "text"),
}
_RECORD_FIELD = {"article_people": "people", "positions": "positions", "events": "events",
                 "event_participants": "participants", "figures": "figures", "mentions": "mentions"}


def _insert_sql(table: str, cols: tuple[str, ...]) -> str:
    names = ", ".join(f'"{c}"' for c in cols)
    return f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(cols))})"


def _fold(text: str | None) -> str | None:
    """SQL ``vn_fold(x)``: diacritic-free, casefolded text for accent-insensitive filters."""
    return None if text is None else fold_diacritics(text)


def _fts_rowid(pid: str) -> int:
    """A stable FTS rowid for a person id (so its row can be replaced without a scan)."""
    return int.from_bytes(hashlib.blake2b(pid.encode(), digest_size=8).digest(), "big", signed=True)


class Store:
    """One knowledge-base database. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: str | os.PathLike = DEFAULT_DB, *, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise FileNotFoundError(f"no knowledge base at {self.path} (run `vnfacts ingest` first)")
        self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=60)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=FULL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.create_function("vn_fold", 1, _fold, deterministic=True)
        if schema.migrate(self.conn):
            self.sync_provinces()

    # -- lifecycle ------------------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def sync_provinces(self) -> None:
        """Fill ``provinces`` from :func:`vnfacts.geo.provinces` (63 pre-2025 and 34 current names)."""
        rows = [(p.name, p.merged_into or p.name, p.merged_into, int(p.legacy), int(p.current), p.code)
                for p in provinces().values()]
        with self.transaction():
            self.conn.execute("DELETE FROM provinces")
            self.conn.executemany("INSERT INTO provinces VALUES (?, ?, ?, ?, ?, ?)", rows)

    def transaction(self) -> "_Transaction":
        return _Transaction(self.conn)

    # -- reading --------------------------------------------------------------------------------
    def has(self, article_hash: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE hash = ?", (article_hash,)).fetchone() is not None

    def counts(self) -> dict[str, int]:
        tables = ("articles", "people", "offices", "events", "figures")
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    # -- writing --------------------------------------------------------------------------------
    def add(self, records: Iterable[ArticleRecord], resolve: bool = True) -> int:
        """Store a batch in one transaction; returns how many articles were new.

        With ``resolve`` the names it mentions are re-resolved at once (in
        their own transactions); an ingest passes False and resolves once at
        the end.
        """
        added = 0
        touched: set[str] = set()
        with self.transaction():
            for rec in records:
                if self.has(rec.hash):
                    continue
                cur = self.conn.execute(_insert_sql("articles", _ARTICLE_COLS),
                                        [rec.article[c] for c in _ARTICLE_COLS])
                aid = cur.lastrowid
                for table, cols in _ROW_COLS.items():
                    rows = getattr(rec, _RECORD_FIELD[table])
                    if rows:
                        self.conn.executemany(_insert_sql(table, ("article_id", *cols)),
                                              [[aid, *(r[c] for c in cols)] for r in rows])
                self.conn.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                                  (aid, rec.title_fold, rec.body_fold))
                touched |= rec.name_keys
                added += 1
            self.conn.executemany("INSERT OR IGNORE INTO pending_names VALUES (?)", [(k,) for k in sorted(touched)])
        if resolve:
            self.resolve_pending()
        return added

    def pending(self) -> int:
        """How many names await re-resolution."""
        return self.conn.execute("SELECT count(*) FROM pending_names").fetchone()[0]

    def resolve_pending(self, chunk: int = 256, on_name: Callable[[], None] | None = None) -> int:
        """Re-resolve every pending name, ``chunk`` names per transaction; returns how many."""
        done = 0
        while True:
            with self.transaction():
                keys = [r[0] for r in self.conn.execute(
                    "SELECT name_key FROM pending_names ORDER BY name_key LIMIT ?", (chunk,))]
                for name_key in keys:
                    self._resolve_name(name_key)
                    self.conn.execute("DELETE FROM pending_names WHERE name_key = ?", (name_key,))
                    if on_name:
                        on_name()
            done += len(keys)
            if len(keys) < chunk:
                return done

    def _mentions(self, name_key: str) -> list[Mention]:
        rows = self.conn.execute(
            """SELECT ap.article_id, ap.idx, a.hash, ap.name, ap.date, ap.date_precision, ap.date_source,
                      a.home_province_key
               FROM article_people ap JOIN articles a ON a.id = ap.article_id
               WHERE ap.name_key = ?""", (name_key,)).fetchall()
        offices: dict[tuple[int, int], list[Office]] = {}
        for r in self.conn.execute(
                """SELECT p.article_id, p.person_idx, p.idx, p.title, p.title_key, p.province, p.province_key, p.written
                   FROM positions p JOIN article_people ap
                        ON ap.article_id = p.article_id AND ap.idx = p.person_idx
                   WHERE ap.name_key = ? ORDER BY p.article_id, p.person_idx, p.idx""", (name_key,)):
            offices.setdefault((r[0], r[1]), []).append(Office(*r[2:]))
        return [Mention(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], tuple(offices.get((r[0], r[1]), ())))
                for r in rows]

    def _resolve_name(self, name_key: str) -> None:
        """Recompute the people of one name from all of its mentions (inside the caller's transaction)."""
        c = self.conn
        old = [r[0] for r in c.execute("SELECT id FROM people WHERE name_key = ?", (name_key,))]
        for pid in old:
            c.execute("DELETE FROM people_fts WHERE rowid = ?", (_fts_rowid(pid),))
            c.execute("DELETE FROM offices WHERE person_id = ?", (pid,))
            c.execute("DELETE FROM office_sources WHERE person_id = ?", (pid,))
            c.execute("DELETE FROM person_links WHERE person_id = ?", (pid,))
        c.execute("DELETE FROM people WHERE name_key = ?", (name_key,))
        for cl in cluster(self._mentions(name_key)):
            self._write_person(name_key, cl)

    def _write_person(self, name_key: str, cl: Cluster) -> None:
        c = self.conn
        pid = person_id(name_key, cl.number)
        mentions = [lk.mention for lk in cl.links]
        names = Counter(m.name for m in sorted(mentions, key=Mention.order))
        name = max(names.items(), key=lambda kv: kv[1])[0]
        entries = timeline(cl)
        dated = sorted((m.date for m in mentions if m.date), key=date_sort_key)
        current = [e for e in entries if e.last and not is_former(e.title_key)] or entries
        latest = max(current, key=lambda e: (date_sort_key(e.last.date if e.last else None), e.province is not None),
                     default=None)  # a provincial office says more about who this is than a central rank
        c.execute("INSERT INTO people VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  (pid, name, name_key, latest.title if latest else None, latest.province if latest else None,
                   latest.province_key if latest else None, dated[0] if dated else None,
                   dated[-1] if dated else None, len({m.article_id for m in mentions})))
        for seq, e in enumerate(entries, 1):
            first, last = e.first, e.last
            c.execute("INSERT INTO offices VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      (pid, seq, e.title, e.title_key, e.province, e.province_key,
                       first.date if first else None, first.date_precision if first else None,
                       last.date if last else None, last.date_precision if last else None,
                       len({s.article_id for s in e.sources})))
            c.executemany("INSERT OR IGNORE INTO office_sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          [(pid, seq, s.article_id, s.person_idx, s.position_idx, s.date, s.date_precision,
                            s.date_source, s.written) for s in e.sources])
        c.executemany("INSERT INTO person_links VALUES (?, ?, ?, ?, ?)",
                      [(lk.mention.article_id, lk.mention.person_idx, pid, lk.rule, lk.reason) for lk in cl.links])
        c.executemany("UPDATE article_people SET person_id = ? WHERE article_id = ? AND idx = ?",
                      [(pid, m.article_id, m.person_idx) for m in mentions])
        offices_text = " ; ".join(f"{e.title} {e.province or ''}" for e in entries)
        c.execute("INSERT INTO people_fts (rowid, person_id, name, offices) VALUES (?, ?, ?, ?)",
                  (_fts_rowid(pid), pid, fold_diacritics(name), fold_diacritics(offices_text)))

    def rows(self, sql: str, params: Iterable = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, tuple(params)).fetchall()

    def iter_rows(self, sql: str, params: Iterable = ()) -> Iterator[sqlite3.Row]:
        yield from self.conn.execute(sql, tuple(params))


class _Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any exception (Ctrl-C included)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        if self.conn.in_transaction:  # left open by an interrupt between BEGIN and the block
            self.conn.execute("ROLLBACK")
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type: type | None, *exc: object) -> None:
        if exc_type is None:
            self.conn.execute("COMMIT")
        elif self.conn.in_transaction:  # an interrupt may land after COMMIT already ended it
            self.conn.execute("ROLLBACK")
