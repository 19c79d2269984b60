"""Node and edge types, and the keys that decide which mentions become one node.

A *key* is computed from one fact alone (so re-processing a clipping always yields the
same keys); a *node id* is `type:key` after alias links between keys are merged
(`resolve.merge_keys`). Keys never contain a bare name where a name can be shared by
different real entities: places key on their gazetteer code, communities on their
parent place, people on their affiliation.
"""

from __future__ import annotations

import regex

NODE_TYPES = ("place", "community", "organization", "program", "model", "person", "quantity", "article", "source")
EDGE_TYPES = ("located_in", "adopts", "runs", "partners_with", "holds_role", "reports", "mentions", "published_by")

# Fact-sheet list name → node type.
FACT_NODE_TYPE = {
    "places": "place",
    "communities": "community",
    "organizations": "organization",
    "programs": "program",
    "models": "model",
    "people": "person",
}

# Gazetteer codes that encode their ancestors by prefix: 2/4/6/9/12 digits
# (e.g. 64 → 宁夏, 6405 → 中卫市, 640502 → 沙坡头区, 640502100 → 文昌镇), and the
# zero-padded 6- or 12-digit form (640000, 640500000000).
RE_HIERARCHICAL_CODE = regex.compile(r"^\d{2}(?:\d{2}(?:\d{2}(?:\d{3}(?:\d{3})?)?)?)?$")
# Segment boundaries of a hierarchical code: province | city | district | street | village.
CODE_CUTS = (2, 4, 6, 9, 12)


def node_id(node_type: str, key: str) -> str:
    return f"{node_type}:{key}"


def split_node_id(nid: str) -> tuple[str, str]:
    node_type, _, key = nid.partition(":")
    return node_type, key


def _significant(code: str) -> str:
    """640500 → 6405, 640000000000 → 64: drop zero-padded trailing segments."""
    cuts = [c for c in CODE_CUTS if c <= len(code)]
    for i in range(len(cuts) - 1, 0, -1):
        if set(code[cuts[i - 1] : cuts[i]]) == {"0"}:
            code = code[: cuts[i - 1]]
        else:
            break
    return code


def place_key(code: str) -> str:
    """The node key of a coded place; padded and unpadded forms of a code agree."""
    return _significant(code) if RE_HIERARCHICAL_CODE.match(code) else code


def code_ancestors(code: str) -> list[str]:
    """Keys of the places above `code`, province first; [] when the code has no hierarchy."""
    if not RE_HIERARCHICAL_CODE.match(code):
        return []
    sig = _significant(code)
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
