"""Paths and loaders for the bundled seed clippings and their gold (tests import this)."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus" / "seeds"
GOLD = ROOT / "corpus" / "gold"


def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def seed_text(prefix: str) -> str:
    """The raw text of the seed clipping whose name starts with `prefix` (e.g. "003")."""
    (path,) = [p for p in seed_paths() if p.name.startswith(prefix)]
    return path.read_text(encoding="utf-8")


def gold_for(prefix: str) -> dict:
    (path,) = [p for p in GOLD.glob("*.json") if p.name.startswith(prefix)]
    return json.loads(path.read_text(encoding="utf-8"))
