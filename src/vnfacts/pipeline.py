"""The extraction pipeline: read → normalise → segment → reference date → resolve home → extract → anchor.

Each stage is a function ``run(doc)`` that reads some fields of a
:class:`~vnfacts.models.Document` and fills others (its docstring says
which). The order below is the data flow; nothing flows backwards.
"""

from __future__ import annotations

from typing import Callable

from . import normalize, segment
from .extract import events, figures, people
from .models import Article, Document
from .resolve import dates, home

Stage = Callable[[Document], None]

STAGES: tuple[tuple[str, Stage], ...] = (
    ("normalise", normalize.run),
    ("segment", segment.run),
    ("ref_date", dates.run),
    ("home", home.run),
    ("people", people.run),
    ("events", events.run),
    ("figures", figures.run),
)


def process(article: Article, stages: tuple[tuple[str, Stage], ...] = STAGES) -> Document:
    """Run every stage on one article; spans in the result point into ``article.text``."""
    doc = Document(article)
    for _name, stage in stages:
        stage(doc)
    doc.anchor()
    return doc


def extract(text: str, *, id: str = "text", published: str | None = None, url: str | None = None,
            publisher: str | None = None) -> Document:
    """Facts of one article given as a string."""
    return process(Article(id, text, published, url, publisher))
