"""Quality on ../shared/dev, scored by ../shared/tools/score.py, against the issues' targets.

The figures are recorded in docs/quality.md; this test keeps them from sliding back.
"""

from __future__ import annotations

import pytest

TARGETS = {
    "people": 0.95,
    "positions": 0.85,
    "figures": 0.90,
    "figures_full": 0.70,
    "events": 0.85,
    "events_full": 0.60,
}


@pytest.fixture(scope="module")
def dev_scores(score_module, dev_gold, dev_output):
    result, _ = score_module.score(dev_gold, dev_output)
    return result


@pytest.mark.parametrize("measure", list(TARGETS))
def test_dev_f1_meets_target(dev_scores, measure):
    assert dev_scores[measure]["f1"] >= TARGETS[measure], dev_scores[measure]
