"""The seed article in, its expected facts out (../shared/dev/seed.txt and seed.gold.json)."""

from __future__ import annotations

import json

import pytest

from golden import diff_facts
from vnfacts.read import read_articles


@pytest.fixture(scope="module")
def seed(dev_dir):
    gold = json.loads((dev_dir / "seed.gold.json").read_text(encoding="utf-8"))
    [article] = list(read_articles([str(dev_dir / "seed.txt")]))
    from vnfacts import process

    return gold, process(article).contract()


@pytest.mark.parametrize("measure", ["people", "positions", "figures", "figures_full", "events", "events_full"])
def test_seed_scores_one(seed, score_module, measure):
    gold, ours = seed
    result, _ = score_module.score({"seed": gold}, {"seed": {**ours, "id": "seed"}})
    assert result[measure]["f1"] == 1.0, "\n".join(diff_facts(gold, ours))
