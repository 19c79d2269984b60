"""Shared fixtures: the seed clippings processed once per test session."""

from __future__ import annotations

import pytest

from corpus_data import seed_paths


@pytest.fixture(scope="session")
def seed_results():
    """{file name: (raw text, ClippingResult)} for every seed clipping."""
    from shequ.clipping import process_clipping

    results = {}
    for path in seed_paths():
        raw = path.read_text(encoding="utf-8")
        results[path.name] = (raw, process_clipping(raw, f"seeds/{path.name}"))  # as `shequ run corpus/` names it
    return results
