"""The package's structure: every import (lazy ones included) points to the same or an earlier
step of the data flow, and no two modules import each other through any chain."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

PACKAGE = Path(__file__).resolve().parent.parent / "pipeline"

# The data flow, earliest first: raw clipping → clean text → articles → tokens → mentions →
# facts → sheets → graph → batch runs → command line. A module may import modules of its
# own step or of earlier ones. A trailing ".*" names a subpackage.
LAYERS = (
    ("errors",),
    ("lexicon",),
    ("mojibake",),
    ("chars", "offsets", "numerals", "traditional"),
    ("names",),
    ("reading",),
    ("layout",),
    ("vocabulary",),
    ("normalize",),
    ("gazetteer",),
    ("page_blocks",),
    ("web_page",),
    ("articles",),
    ("segment", "spans"),
    ("schema", "keys"),
    ("mentions",),
    ("registry",),
    ("extract.*",),
    ("sheets",),
    ("clipping",),
    ("evaluate",),
    ("graph.*",),
    ("batch.*", "distributed"),
    ("api",),
    ("cli.*", "__main__", "__init__"),
)


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1]) if parts[-1] == "__init__" and len(parts) > 1 else ".".join(parts)


def layer_of(module: str) -> int:
    for rank, names in enumerate(LAYERS):
        for name in names:
            if module == name or (name.endswith(".*") and (module == name[:-2] or module.startswith(name[:-1]))):
                return rank
    raise AssertionError(f"module {module!r} is in no layer of tests/test_layering.py: add it where it belongs")


def imports(path: Path) -> set[str]:
    """Package modules that `path` imports anywhere in its body (relative imports resolved)."""
    module = module_name(path)
    package = module.split(".") if path.name == "__init__.py" and "." in module else module.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - node.level + 1]
            target = ".".join(base + ([node.module] if node.module else []))
            for alias in node.names:
                candidate = f"{target}.{alias.name}" if target else alias.name
                found.add(candidate if _exists(candidate) else target)
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "shequ":
            found.add(node.module.partition(".")[2] or "__init__")
    return {name for name in found if name and _exists(name)}


def _exists(module: str) -> bool:
    path = PACKAGE.joinpath(*module.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def graph() -> nx.DiGraph:
    g = nx.DiGraph()
    for path in sorted(PACKAGE.rglob("*.py")):
        module = module_name(path)
        g.add_node(module)
        for target in imports(path):
            if target != module:
                g.add_edge(module, target)
    return g


def test_no_module_imports_a_later_step():
    later = [(a, b) for a, b in graph().edges if layer_of(b) > layer_of(a)]
    assert later == []


def test_no_import_cycle():
    assert list(nx.simple_cycles(graph())) == []


def test_normalization_does_not_depend_on_the_segmenter():
    reachable = nx.descendants(graph(), "normalize")
    assert "segment" not in reachable and not any(m.startswith("extract") for m in reachable)
