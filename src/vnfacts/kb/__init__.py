"""The knowledge base: facts of many articles kept in one SQLite file and queried across them.

>>> from vnfacts.kb import Store, ingest, queries
>>> with Store("vnfacts.db") as kb:
...     ingest(kb, ["articles.jsonl"], jobs=2)
...     [queries.person(kb, pid) for pid in queries.find_person(kb, "Trần Quốc Cường")]

Modules: :mod:`.schema` (tables, migrations), :mod:`.records` (one
article's rows), :mod:`.store` (the database, batched writes),
:mod:`.resolve` (people across articles), :mod:`.ingest`, :mod:`.queries`,
:mod:`.search`, :mod:`.export`.
"""

from . import queries
from .export import export
from .ingest import IngestReport, ingest
from .schema import SCHEMA_VERSION, SchemaError
from .search import search
from .store import DEFAULT_DB, Store

__all__ = ["DEFAULT_DB", "SCHEMA_VERSION", "IngestReport", "SchemaError", "Store", "export", "ingest", "queries",
           "search"]
