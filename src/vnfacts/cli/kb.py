"""Knowledge-base commands: ``ingest``, ``people``, ``person``, ``province``, ``search``, ``export``.

Thin callers of :mod:`vnfacts.kb`. Tables for people, ``--json`` for
programs. Exit status: 0 when there is an answer (ingest: every input
stored or already present); 1 when nothing matched (ingest: some input was
bad and skipped, the rest stored); 2 for usage errors, an unknown province
or an unusable database; 130 when ingest was interrupted (what was
committed stays; run it again to resume).
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from typing import Any, Callable, Sequence

import click

from ..kb import DEFAULT_DB, SchemaError, Store, export, ingest, queries, search
from ..kb.export import FORMATS, TABLES, MissingDependency
from ..read import DEFAULT_MAX_CHARS, InputProblem
from .app import report

NOTHING_FOUND = 1
INTERRUPTED = 130
QUERY_EXIT = "Exit status: 0 answered, 1 nothing found, 2 usage error or unusable database."
INGEST_EXIT = ("Exit status: 0 every input stored or already present, 1 some input bad (reported, skipped; the rest "
               "stored), 2 usage error or unusable database, 130 interrupted (committed batches stay).")

db_option = click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, envvar="VNFACTS_DB",
                         type=click.Path(dir_okay=False), help="Knowledge-base file (env VNFACTS_DB).")
json_option = click.option("--json", "as_json", is_flag=True, help="Machine-readable JSON on stdout.")


def _open(path: str, create: bool = False) -> Store:
    try:
        return Store(path, create=create)
    except (FileNotFoundError, SchemaError) as e:
        raise click.UsageError(str(e)) from e
    except Exception as e:  # sqlite3.DatabaseError: not a database, locked, unreadable
        raise click.UsageError(f"{path}: cannot use as a knowledge base: {e}") from e


def _emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _table(headers: Sequence[str], rows: Sequence[Sequence[Any]], indent: str = "") -> None:
    """Left-aligned columns; None prints as an em dash."""
    cells = [[("—" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def line(values: Sequence[str]) -> str:
        return indent + "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()
    click.echo(line([h.upper() for h in headers]))
    for r in cells:
        click.echo(line(r))


def _where(province: str | None, now: str | None) -> str | None:
    """"Nam Định (now Ninh Bình)" for a pre-merger name."""
    if province and now and now != province:
        return f"{province} (now {now})"
    return province


def _number(value: float | int) -> str:
    """8000000000000 → "8,000,000,000,000"; 14.3 → "14.3"."""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.2f}"


def _finish(found: bool) -> None:
    if not found:
        sys.exit(NOTHING_FOUND)


def _province_error(fn: Callable[[], Any]) -> Any:
    try:
        return fn()
    except queries.UnknownProvince as e:
        raise click.BadParameter(str(e), param_hint="province") from e


@click.command("ingest", epilog=INGEST_EXIT)
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@db_option
@click.option("-j", "--jobs", type=int, default=1, show_default=True, help="Extraction processes; 0 uses every core.")
@click.option("--batch", "batch_size", type=click.IntRange(1), default=64, show_default=True,
              help="Articles per transaction.")
@click.option("--max-chars", type=int, default=DEFAULT_MAX_CHARS, show_default=True,
              help="Refuse articles longer than this many characters.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: when it is a terminal).")
@json_option
def ingest_command(paths: tuple[str, ...], db_path: str, jobs: int, batch_size: int, max_chars: int,
                   progress: bool | None, as_json: bool) -> None:
    """Store the facts of PATHS (JSONL, .txt, directories, - for stdin; default -) in the knowledge base.

    Articles already stored (same text) are skipped, so running it again adds
    nothing and an interrupted run resumes. Bad lines and files are reported
    as file:line: reason and skipped.
    """
    show = sys.stderr.isatty() if progress is None else progress
    bar = names = None
    if show:
        from tqdm import tqdm
        bar = tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True)

    def on_name() -> None:
        nonlocal names
        if names is None:
            names = tqdm(desc="resolving people", unit=" names", file=sys.stderr, dynamic_ncols=True)
        names.update(1)

    def on_problem(problem: InputProblem) -> None:
        if bar is not None:
            bar.write(f"vnfacts: {problem}", file=sys.stderr)
        else:
            report(problem)

    with _open(db_path, create=True) as store:
        try:
            result = ingest(store, paths or ("-",), jobs=jobs, batch_size=batch_size, max_chars=max_chars,
                            on_problem=on_problem, on_item=bar.update if bar is not None else None,
                            on_name=on_name if show else None)
        finally:
            for b in (bar, names):
                if b is not None:
                    b.close()
        counts = store.counts()
    click.echo(f"vnfacts: ingest: {result.summary()}", err=True)
    click.echo(f"vnfacts: {db_path}: {counts['articles']} articles, {counts['people']} people, "
               f"{counts['offices']} offices, {counts['events']} events, {counts['figures']} figures", err=True)
    if as_json:
        _emit_json({**asdict(result), "database": counts})
    if result.interrupted:
        sys.exit(INTERRUPTED)
    if result.problems:
        sys.exit(1)


@click.command("people", epilog=QUERY_EXIT)
@click.option("--province", "-p", help="Only people with an office in this province (pre-2025 names welcome).")
@click.option("--title", "-t", help="Only people whose office title contains this (diacritics optional).")
@click.option("--limit", type=click.IntRange(1), help="At most this many.")
@db_option
@json_option
def people_command(province: str | None, title: str | None, limit: int | None, db_path: str, as_json: bool) -> None:
    """List people, latest office first."""
    with _open(db_path) as store:
        found = _province_error(lambda: queries.people(store, province, title, limit))
    if as_json:
        _emit_json(found)
    elif found:
        _table(["name", "office", "province", "last seen", "articles", "id"],
               [[p["name"], p["office"]["title"], p["office"]["province"], p["office"]["last_date"],
                 p["n_articles"], p["id"]] for p in found])
    else:
        click.echo("vnfacts: no such people", err=True)
    _finish(bool(found))


@click.command("person", epilog=QUERY_EXIT)
@click.argument("name")
@db_option
@json_option
def person_command(name: str, db_path: str, as_json: bool) -> None:
    """A person's office timeline with its sources (NAME with or without diacritics, or a person id)."""
    with _open(db_path) as store:
        found = [queries.person(store, pid) for pid in queries.find_person(store, name)]
    if as_json:
        _emit_json(found)
        _finish(bool(found))
        return
    if not found:
        click.echo(f"vnfacts: no person named {name!r} (try: vnfacts search {name!r})", err=True)
        _finish(False)
    for n, p in enumerate(found):
        if n:
            click.echo()
        span = f"{p['first_date']} … {p['last_date']}" if p["first_date"] else "undated"
        click.echo(f"{p['name']}  [{p['id']}]  {p['n_articles']} article(s), {span}")
        if p["offices"]:
            _table(["office", "province", "first", "last", "sources"],
                   [[o["title"], _where(o["province"], o["province_now"]),
                     o["first"]["date"] if o["first"] else None, o["last"]["date"] if o["last"] else None,
                     ", ".join(dict.fromkeys(s["article"] for s in o["sources"]))] for o in p["offices"]],
                   indent="  ")
        articles = {lk["article_id"]: lk for lk in p["links"]}
        click.echo("  sources:")
        for lk in articles.values():
            click.echo(f"    {lk['article']}  {lk['published'] or '—'}  {lk['title'] or ''}"
                       + (f"  <{lk['url']}>" if lk["url"] else ""))
        if p["events"]:
            click.echo("  events:")
            for e in p["events"]:
                click.echo(f"    {e['date'] or '—'}  {e['type']}  host {e['host'] or '—'}, guest {e['guest'] or '—'}"
                           f"  ({e['role']}; {e['article']})")
        click.echo("  resolved:")
        for lk in p["links"]:
            click.echo(f"    {lk['article']}: {lk['rule']} — {lk['reason']}")


@click.command("province", epilog=QUERY_EXIT)
@click.argument("name")
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True, help="Rows per section.")
@db_option
@json_option
def province_command(name: str, limit: int, db_path: str, as_json: bool) -> None:
    """Current leaders, indicator series, events hosted and visits made, for a province.

    A pre-2025 name is read as the province it merged into (Nam Định → Ninh
    Bình); rows keep the name their article used.
    """
    with _open(db_path) as store:
        view = _province_error(lambda: queries.province(store, name, None if as_json else limit))
    found = bool(view["leaders"] or view["series"] or view["hosted"] or view["visits"] or view["n_articles"])
    if as_json:
        _emit_json(view)
        _finish(found)
        return
    merged = ", ".join(n for n in view["names"] if n != view["province"])
    click.echo(f"{view['province']}" + (f" (includes pre-2025 {merged})" if merged else "")
               + f": {view['n_articles']} article(s) about it")
    if view["leaders"]:
        click.echo("leaders (latest dated holder of each office):")
        _table(["office", "province", "name", "last seen", "source"],
               [[x["title"], x["province"], x["name"], x["last"]["date"] if x["last"] else None, x["source"]["article"]]
                for x in view["leaders"]], indent="  ")
    if view["series"]:
        click.echo("figures:")
        _table(["indicator", "period", "role", "unit", "values", "sources"],
               [[s["indicator"], s["period"], s["role"], s["unit"],
                 " | ".join(map(_number, s["values"])) + ("  (conflict)" if s["conflict"] else ""),
                 ", ".join(dict.fromkeys(str(x["article"]) for x in s["sources"]))]
                for s in view["series"][:limit]], indent="  ")
    for label, key in (("events hosted", "hosted"), ("visits made", "visits")):
        if view[key]:
            click.echo(f"{label}:")
            _table(["date", "type", "host", "guest", "leader", "article"],
                   [[e["date"], e["type"], e["host"], e["guest"], e["leader"], e["article"]] for e in view[key]],
                   indent="  ")
    if not found:
        click.echo("vnfacts: nothing known about this province yet", err=True)
    _finish(found)


@click.command("search", epilog=QUERY_EXIT)
@click.argument("text", nargs=-1, required=True)
@click.option("--limit", type=click.IntRange(1), default=10, show_default=True, help="Hits per kind.")
@db_option
@json_option
def search_command(text: tuple[str, ...], limit: int, db_path: str, as_json: bool) -> None:
    """Search articles and people; diacritics optional ("pham gia tuc")."""
    query = " ".join(text)
    with _open(db_path) as store:
        hits = search(store, query, limit)
    found = bool(hits["people"] or hits["articles"])
    if as_json:
        _emit_json(hits)
        _finish(found)
        return
    if hits["people"]:
        click.echo("people:")
        _table(["name", "office", "province", "last seen", "id"],
               [[p["name"], p["title"], p["province"], p["last_date"], p["id"]] for p in hits["people"]], indent="  ")
    if hits["articles"]:
        click.echo("articles:")
        for a in hits["articles"]:
            click.echo(f"  {a['article']}  {a['date'] or '—'}  {a['title'] or ''}")
            click.echo(f"      {a['snippet']}")
    if not found:
        click.echo(f"vnfacts: nothing matches {query!r}", err=True)
    _finish(found)


@click.command("export", epilog="Exit status: 0 exported, 2 usage error or unusable database.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("--table", "tables", multiple=True, type=click.Choice(TABLES),
              help="Table(s) to export (repeatable; default: all).")
@click.option("-o", "--output", help="Directory for TABLE.FORMAT files; '-' (stdout) for one table in jsonl or csv.")
@db_option
def export_command(fmt: str, tables: tuple[str, ...], output: str | None, db_path: str) -> None:
    """Export the knowledge base's tables (default: all of them, into ./vnfacts-export/)."""
    tables = tables or TABLES
    if output is None:
        output = "-" if len(tables) == 1 and fmt != "parquet" else "vnfacts-export"
    with _open(db_path) as store:
        try:
            counts = export(store, fmt, output, tables)
        except ValueError as e:
            raise click.UsageError(str(e)) from e
        except MissingDependency as e:
            raise click.UsageError(str(e)) from e
    if output != "-":
        click.echo(f"vnfacts: exported {sum(counts.values())} rows of {len(counts)} table(s) to {output}/", err=True)


COMMANDS = (ingest_command, people_command, person_command, province_command, search_command, export_command)
