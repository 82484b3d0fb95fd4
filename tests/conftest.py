"""Shared fixtures: the real articles in ../shared/dev (read at run time, never copied here)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("VNFACTS_SHARED", ROOT.parent / "shared")).resolve()
DEV = SHARED / "dev"


def need_shared(path: Path) -> Path:
    """The path, or a skip where ../shared is absent; under CI a missing ../shared fails."""
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: CI must provide ../shared")
        pytest.skip(f"{path} not available")
    return path


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    return need_shared(DEV)


@pytest.fixture(scope="session")
def score_module():
    """../shared/tools/score.py, imported."""
    import importlib.util

    path = need_shared(SHARED / "tools" / "score.py")
    spec = importlib.util.spec_from_file_location("vnfacts_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def dev_gold(dev_dir) -> dict[str, dict]:
    with open(dev_dir / "gold.jsonl", encoding="utf-8") as f:
        return {str(d["id"]): d for d in map(json.loads, filter(str.strip, f))}


@pytest.fixture(scope="session")
def dev_output(dev_dir) -> dict[str, dict]:
    """Our contract output for every dev article (computed once per test run)."""
    from vnfacts import process, read_articles

    return {a.id: process(a).contract() for a in read_articles([str(dev_dir / "articles.jsonl")])}
