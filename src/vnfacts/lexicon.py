"""Language data files (``vnfacts/data/*.yaml``): loading and the shared example format.

Every lexicon is a YAML file under ``vnfacts/data``. A lexicon whose
entries are matched in text has the shape::

    schema: <family>/1
    entries:
      - id: ...            # unique in the file
        forms: [...]       # surface forms this entry claims (no form claimed twice)
        examples: [...]    # text in which the entry must be found
        negatives: [...]   # text in which it must not be found (optional)

``tests/test_lexicons.py`` checks every file: schema, unique ids, no surface
form claimed by two entries, and every entry's examples and negatives
against the extractor that owns the family (Duckling-style corpora).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

try:  # the C loader is several times faster; fall back where libyaml is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


def data_files() -> list[str]:
    """Names (without .yaml) of all data files shipped with the package."""
    root = resources.files("vnfacts") / "data"
    return sorted(p.name[:-5] for p in root.iterdir() if p.name.endswith(".yaml"))


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    """Parsed content of ``vnfacts/data/<name>.yaml`` (cached; treat as read-only)."""
    path = resources.files("vnfacts") / "data" / f"{name}.yaml"
    with path.open("r", encoding="utf-8") as f:
        return yaml.load(f, Loader=_Loader)


def entries(name: str) -> list[dict[str, Any]]:
    """The ``entries`` list of a lexicon file."""
    return list(load(name).get("entries") or [])
