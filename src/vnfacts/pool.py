"""An ordered, bounded process pool: ``fn`` over a stream, results in input order.

Shared by ``vnfacts extract`` and ``vnfacts ingest``. ``multiprocessing``'s
own ``Pool.imap`` feeds its workers from a thread that drains the whole
input iterator as fast as it can, so a corpus larger than memory would be
read into memory; here at most ``window`` chunks are in flight, which keeps
memory flat in corpus size. The input iterator is advanced in the caller's
thread, so it may use resources (a database connection) of that thread.
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
from collections import deque
from itertools import islice
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the parent, which stops cleanly and ends them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _apply_chunk(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [fn(x) for x in chunk]


def ordered_map(fn: Callable[[T], R], items: Iterable[T], jobs: int = 1, chunksize: int = 8,
                window: int | None = None) -> Iterator[R]:
    """``map(fn, items)`` over ``jobs`` worker processes, lazily, in input order.

    ``fn`` must be picklable (a module-level function) when ``jobs > 1``. At
    most ``window`` chunks (default ``2 * jobs``) are read ahead of the caller.
    """
    if jobs <= 1:
        yield from map(fn, items)
        return
    window = max(1, window or 2 * jobs)
    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    it = iter(items)
    with ctx.Pool(jobs, initializer=_ignore_sigint) as pool:
        pending: deque = deque()
        while True:
            chunk = list(islice(it, chunksize))
            if chunk:
                pending.append(pool.apply_async(_apply_chunk, (fn, chunk)))
            if pending and (len(pending) >= window or not chunk):
                yield from pending.popleft().get()
            elif not chunk:
                return
