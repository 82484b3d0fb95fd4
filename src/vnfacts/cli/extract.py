"""``vnfacts extract``: one JSON line of facts per article, in input order."""

from __future__ import annotations

import json
import os
import sys
from typing import Iterable, Iterator

import click

from ..models import Article
from ..pipeline import process
from ..pool import ordered_map
from ..read import DEFAULT_MAX_CHARS, InputProblem, read_paths
from .app import report


def _problem_record(problem: InputProblem) -> dict:
    return {"id": problem.id, "error": f"{problem.source}: {problem.reason}", "people": [], "events": [], "figures": []}


def render(item: Article | InputProblem, contract_only: bool = False) -> tuple[str, InputProblem | None]:
    """The output line for one input item, and the problem it raised, if any."""
    if isinstance(item, InputProblem):
        return json.dumps(_problem_record(item), ensure_ascii=False), item
    try:
        doc = process(item)
    except Exception as e:  # an extractor bug must not lose the rest of the corpus
        problem = InputProblem(item.source or item.id, f"extraction failed: {type(e).__name__}: {e}", item.id)
        return json.dumps(_problem_record(problem), ensure_ascii=False), problem
    out = doc.contract() if contract_only else doc.to_json()
    return json.dumps(out, ensure_ascii=False), None


def _render_plain(item: Article | InputProblem) -> tuple[str, InputProblem | None]:
    return render(item, False)


def _render_contract(item: Article | InputProblem) -> tuple[str, InputProblem | None]:
    return render(item, True)


def render_all(items: Iterable[Article | InputProblem], jobs: int = 1,
               contract_only: bool = False) -> Iterator[tuple[str, InputProblem | None]]:
    """Output lines in input order, using ``jobs`` processes (streaming, memory flat)."""
    yield from ordered_map(_render_contract if contract_only else _render_plain, items, jobs)


@click.command("extract")
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
              help="Worker processes; 0 uses every core.")
@click.option("--contract", "contract_only", is_flag=True,
              help="Only the facts contract's fields (no spans, sentences or metadata).")
@click.option("--max-chars", type=click.IntRange(min=1), default=DEFAULT_MAX_CHARS, show_default=True,
              help="Refuse articles longer than this many characters.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: when it is a terminal).")
def extract_command(paths: tuple[str, ...], jobs: int, contract_only: bool, max_chars: int,
                    progress: bool | None) -> None:
    """Extract facts from PATHS (JSONL, .txt, directories, or - for stdin; default -).

    Writes one JSON object per article to stdout, in input order, each with the
    input's id; a bad input line yields a record with an "error" field and is
    reported on stderr as file:line: reason.
    """
    jobs = (os.cpu_count() or 1) if jobs == 0 else jobs
    items = read_paths(paths or ("-",), max_chars)
    show = sys.stderr.isatty() if progress is None else progress
    failed = 0
    out = sys.stdout
    bar = None
    if show:
        from tqdm import tqdm
        bar = tqdm(unit=" articles", file=sys.stderr)
    try:
        for line, problem in render_all(items, jobs, contract_only):
            out.write(line)
            out.write("\n")
            if problem is not None:
                failed += 1
                report(problem)
            if bar is not None:
                bar.update(1)
    except BrokenPipeError:  # `vnfacts extract ... | head` is fine
        sys.stderr.close()
        sys.exit(0)
    finally:
        if bar is not None:
            bar.close()
    out.flush()
    if failed:
        click.echo(f"vnfacts: {failed} input(s) could not be processed", err=True)
        sys.exit(1)
