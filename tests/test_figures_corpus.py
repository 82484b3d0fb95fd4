"""Every case of data/figure_corpus.yaml: text in, the expected figures out (and no others where said)."""

from __future__ import annotations

import pytest

from vnfacts.extract.figures import figure_as_dict
from vnfacts.lexicon import load
from vnfacts.pipeline import extract

CASES = load("figure_corpus")["cases"]


def _same(field: str, want, got) -> bool:
    if field in ("value", "to", "of") and want is not None and got is not None:
        return abs(float(want) - float(got)) <= 0.005 * max(abs(float(want)), abs(float(got)))
    if field == "indicator" and want is not None:
        return str(want).casefold() == str(got or "").casefold()
    if field == "period" and want is not None:
        return str(want) == str(got)
    return want == got


def _figures(case: dict) -> list[dict]:
    doc = extract(case["text"], published=str(case.get("published", "2022-11")),
                  publisher=case.get("publisher", "Báo Nam Định"))
    return [figure_as_dict(f) for f in doc.figures]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['family']}-{i}" for i, c in enumerate(CASES)])
def test_case(case):
    got = _figures(case)
    if case.get("none"):
        assert not got, got
        return
    unmatched = list(got)
    for want in case.get("expect", []):
        hit = next((g for g in unmatched if all(_same(k, v, g.get(k)) for k, v in want.items())), None)
        assert hit is not None, f"missing {want}\n got {got}"
        unmatched.remove(hit)
    for value in case.get("absent", []):
        assert not any(_same("value", value, g["value"]) for g in got), got
    if "count" in case:
        assert len(got) == case["count"], got
