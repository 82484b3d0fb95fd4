"""Every language-data file: schema, unique ids, no surface form claimed twice, examples and negatives.

A lexicon file (``vnfacts/data/*.yaml`` with ``entries``) names its checker
(``checker: module:function``), a function ``check(file, entry, text) -> bool``
that says whether the entry is found in an example text. Each entry's
``examples`` must be found, its ``negatives`` must not.
"""

from __future__ import annotations

import importlib
import re

import pytest

from vnfacts.lexicon import data_files, load
from vnfacts.normalize import normalize_phrase

LEXICONS = [name for name in data_files() if isinstance(load(name), dict) and "entries" in load(name)]


def _checker(name: str):
    spec = load(name).get("checker")
    assert spec, f"{name}.yaml: no 'checker: module:function'"
    module, _, func = spec.partition(":")
    return getattr(importlib.import_module(module), func)


def test_every_data_file_has_a_schema():
    for name in data_files():
        data = load(name)
        assert isinstance(data, dict) and re.fullmatch(r"[a-z_]+/\d+", str(data.get("schema", ""))), name


@pytest.mark.parametrize("name", LEXICONS)
def test_entries_are_well_formed(name):
    seen_ids: set[str] = set()
    claimed: dict[str, str] = {}
    for entry in load(name)["entries"]:
        assert isinstance(entry, dict) and "id" in entry, f"{name}: entry without id: {entry}"
        eid = str(entry["id"])
        assert eid not in seen_ids, f"{name}: duplicate id {eid}"
        seen_ids.add(eid)
        assert entry.get("examples"), f"{name}:{eid}: no examples"
        for form in entry.get("forms", []):
            key = normalize_phrase(str(form)).casefold()
            assert key not in claimed, f"{name}: form {form!r} claimed by {claimed.get(key)!r} and {eid!r}"
            claimed[key] = eid


@pytest.mark.parametrize("name", LEXICONS)
def test_examples_and_negatives(name):
    check = _checker(name)
    failures = []
    for entry in load(name)["entries"]:
        for text in entry.get("examples", []):
            if not check(name, entry, text):
                failures.append(f"{entry['id']}: not found in example {text!r}")
        for text in entry.get("negatives", []) or []:
            if check(name, entry, text):
                failures.append(f"{entry['id']}: found in negative {text!r}")
    assert not failures, f"{name}.yaml:\n" + "\n".join(failures)
