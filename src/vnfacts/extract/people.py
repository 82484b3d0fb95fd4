"""Stage "people" (placeholder until its extractor lands)."""

from __future__ import annotations

from ..models import Document


def run(doc: Document) -> None:
    """Stage entry (adds nothing yet)."""
