"""vnfacts: structured, source-linked facts from Vietnamese provincial and government news.

>>> from vnfacts import extract
>>> doc = extract("Chiều 24-11, ...", published="2022-11")
>>> doc.to_json()["people"]
"""

from .models import Article, Document, Event, Figure, Person, Position
from .pipeline import extract, process
from .read import InputProblem, read_articles, read_paths

__all__ = ["Article", "Document", "Event", "Figure", "InputProblem", "Person", "Position",
           "extract", "process", "read_articles", "read_paths"]
__version__ = "0.1.0"
