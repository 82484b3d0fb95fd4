"""Ingest: read articles, extract their facts (in worker processes), store them batch by batch.

The reader, the content-hash check and the writer run in the calling
process; extraction runs in :func:`vnfacts.pool.ordered_map`'s workers,
with a bounded read-ahead, so memory stays flat in corpus size. Articles
already stored (same content hash), or seen earlier in the same run, are
skipped before extraction: ingesting again adds nothing, and an interrupted
ingest resumes where its last committed batch ended. Bad input lines and
files, and articles whose extraction fails, are reported and skipped. The
names the new articles mention are resolved into people once, at the end;
after Ctrl-C or a kill they stay pending in the database and the next run
resolves them (an interrupted run stops at once).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from ..models import Article
from ..pipeline import process
from ..pool import ordered_map
from ..read import DEFAULT_MAX_CHARS, InputProblem, read_paths
from .records import ArticleRecord, build, content_hash
from .store import Store

DEFAULT_BATCH = 64
# what one bad record raises (constraint, unbindable value); I/O errors, a full disk or a lock still stop the run
_RECORD_ERRORS = (sqlite3.IntegrityError, sqlite3.InterfaceError, sqlite3.ProgrammingError, sqlite3.DataError)


@dataclass(slots=True)
class IngestReport:
    """What one ingest run did."""

    read: int = 0  # articles read (problems not counted)
    added: int = 0  # newly stored
    present: int = 0  # already stored, or repeated in this run
    problems: int = 0  # bad inputs and failed extractions, each reported
    resolved: int = 0  # names whose people were re-resolved
    interrupted: bool = False

    def summary(self) -> str:
        text = (f"{self.read} article(s) read: {self.added} added, {self.present} already present, "
                f"{self.problems} problem(s) skipped; {self.resolved} name(s) resolved")
        return text + (" — interrupted; run the same command again to resume" if self.interrupted else "")


def prepare(item: tuple[str, Article] | InputProblem) -> ArticleRecord | InputProblem:
    """Worker: one article's rows, or the problem that stops it (an extractor bug included)."""
    if isinstance(item, InputProblem):
        return item
    article_hash, article = item
    try:
        return build(process(article), article_hash)
    except Exception as e:  # one article's extractor bug must not lose the rest of the corpus
        return InputProblem(article.source or article.id, f"extraction failed: {type(e).__name__}: {e}", article.id)


def ingest(store: Store, paths: Iterable[str], *, jobs: int = 1, batch_size: int = DEFAULT_BATCH,
           max_chars: int = DEFAULT_MAX_CHARS, on_problem: Callable[[InputProblem], None] | None = None,
           on_item: Callable[[], None] | None = None, on_name: Callable[[], None] | None = None) -> IngestReport:
    """Store the facts of every new article in ``paths`` (``-`` = stdin); one transaction per batch.

    ``jobs`` worker processes extract (0 = every core). ``on_problem`` is told
    of each bad input as it is met, ``on_item`` of each input handled (for a
    progress bar), ``on_name`` of each name resolved at the end. Ctrl-C
    stores the articles already extracted and returns a report marked
    ``interrupted``; their names are resolved by the next run.
    """
    jobs = (os.cpu_count() or 1) if jobs == 0 else jobs
    report = IngestReport()
    inflight: set[str] = set()
    store.sync_provinces()

    def feed() -> Iterator[tuple[str, Article] | InputProblem]:
        for item in read_paths(paths, max_chars):
            if isinstance(item, InputProblem):
                yield item
                continue
            report.read += 1
            h = content_hash(item.text)
            if h in inflight or store.has(h):
                report.present += 1
                if on_item:
                    on_item()
                continue
            inflight.add(h)
            yield h, item

    batch: list[ArticleRecord] = []

    def flush() -> None:
        if not batch:
            return
        added = failed = 0
        try:
            added = store.add(batch, resolve=False)
        except _RECORD_ERRORS:  # a record the database refuses must not cost its batch: store them one by one
            for rec in batch:
                try:
                    added += store.add([rec], resolve=False)
                except _RECORD_ERRORS as e:
                    failed += 1
                    if on_problem:
                        on_problem(InputProblem(rec.article["source"] or rec.article["ext_id"],
                                                f"could not be stored: {e}", rec.article["ext_id"]))
        report.added += added
        report.problems += failed
        report.present += len(batch) - added - failed
        inflight.difference_update(r.hash for r in batch)
        batch.clear()

    with _deferred_interrupt() as stop:
        results = ordered_map(prepare, feed(), jobs)
        try:
            for result in results:
                if isinstance(result, InputProblem):
                    report.problems += 1
                    if on_problem:
                        on_problem(result)
                else:
                    batch.append(result)
                    if len(batch) >= batch_size:
                        flush()
                if on_item:
                    on_item()
                if stop:
                    break
        except KeyboardInterrupt:  # outside the main thread no handler can defer it
            stop.append(True)
        finally:
            getattr(results, "close", lambda: None)()
        flush()
    report.interrupted = bool(stop)
    if report.interrupted:
        return report  # stop now: the names stay pending in the database and the next ingest resolves them
    try:
        report.resolved = store.resolve_pending(on_name=on_name)
    except KeyboardInterrupt:
        report.interrupted = True
    return report


@contextmanager
def _deferred_interrupt() -> Iterator[list[bool]]:
    """Ctrl-C (SIGINT) sets a flag the loop checks between articles, instead of raising mid-write.

    A KeyboardInterrupt raised inside a SQLite call can leave a transaction
    half open; deferring it lets the current batch commit and the run end
    cleanly. Only the main thread can install a handler; elsewhere nothing changes.
    """
    stop: list[bool] = []
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return
    previous = signal.signal(signal.SIGINT, lambda *_: stop.append(True))
    try:
        yield stop
    finally:
        signal.signal(signal.SIGINT, previous)
