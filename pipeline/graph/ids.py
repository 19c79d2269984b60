"""Node and edge types, node ids, and the place hierarchy that gazetteer codes encode.

A fact's *key* is decided when its sheet is built (`shequ.keys`); a *node id* is
`type:key` after alias links between keys are merged (`GraphStore`).
"""

from __future__ import annotations

from ..keys import CODE_CUTS, RE_HIERARCHICAL_CODE, significant_code
from ..schema import FACT_TYPES

# Node types: one per fact type that makes nodes, plus the articles and their sources.
NODE_TYPES = tuple(row.node_type for row in FACT_TYPES if row.node_type) + ("article", "source")
EDGE_TYPES = ("located_in", "adopts", "runs", "partners_with", "holds_role", "reports", "mentions", "published_by")


def node_id(node_type: str, key: str) -> str:
    return f"{node_type}:{key}"


def split_node_id(nid: str) -> tuple[str, str]:
    node_type, _, key = nid.partition(":")
    return node_type, key


def code_ancestors(code: str) -> list[str]:
    """Keys of the places above `code`, province first; [] when the code has no hierarchy."""
    if not RE_HIERARCHICAL_CODE.match(code):
        return []
    sig = significant_code(code)
    return [sig[:c] for c in CODE_CUTS if c < len(sig)]


def align_chain(code: str, chain: list[str]) -> list[tuple[str, str]]:
    """Pair each ancestor in a place's `chain` (province → … → itself) with a key.

    Hierarchical codes give the ancestors' keys; names are aligned top-down, except
    that when the chain skips a level (municipalities have no named city level:
    北京市 → 朝阳区 while the code has 11 → 1101 → 110105) the province is aligned at the
    top and the remaining names from the bottom, leaving the nameless level out.
    Without a hierarchical code the ancestors are keyed by their name path.
    """
    names = chain[:-1]
    codes = code_ancestors(code)
    if not names:
        return []
    if len(codes) == len(names):
        return list(zip(codes, names))
    if codes and len(names) < len(codes):
        rest = len(names) - 1
        return [(codes[0], names[0])] + list(zip(codes[len(codes) - rest :], names[1:])) if rest else [(codes[0], names[0])]
    return [("path:" + "/".join(names[: i + 1]), name) for i, name in enumerate(names)]


def place_level(key: str) -> str | None:
    """Administrative level implied by a hierarchical key (None when it has none)."""
    if not RE_HIERARCHICAL_CODE.match(key):
        return None
    return {2: "province", 4: "city", 6: "district", 9: "street", 12: "village"}[len(key)]
