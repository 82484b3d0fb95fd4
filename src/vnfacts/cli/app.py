"""The ``vnfacts`` command group."""

from __future__ import annotations

import click

from .. import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vnfacts")
def main() -> None:
    """Facts from Vietnamese provincial and government news: people and offices, events, figures."""


def report(problem: object) -> None:
    """One bad input on stderr, as ``vnfacts: file:line: reason``."""
    click.echo(f"vnfacts: {problem}", err=True)
