"""The runner and the CLI import each other's modules without cycles.

The import graph is read from the source with `ast`, lazy imports inside functions
included: a cycle that only closes at run time is still a cycle in the design.
`from . import name` counts as importing the package's `__init__` unless `name` is a
submodule, so a module that reaches back into its own package's `__init__` shows up.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from corpus_data import ROOT

PACKAGE_DIR = ROOT / "pipeline"  # installed as the import package `shequ`
PACKAGE = "shequ"
CHECKED = ("shequ.batch", "shequ.cli")  # packages whose modules must sit on no import cycle


def module_names() -> dict[str, Path]:
    """Dotted module name → source file, for every module of the package."""
    names = {}
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        parts = path.relative_to(PACKAGE_DIR).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names[".".join((PACKAGE, *parts))] = path
    return names


def imported_modules(name: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules that `name` imports (absolute or relative, anywhere in the file)."""
    is_package = path.name == "__init__.py"
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name in known}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            for alias in node.names:
                target = f"{module}.{alias.name}"
                found.add(target if target in known else module)
    return found & known


def import_graph() -> dict[str, set[str]]:
    names = module_names()
    return {name: imported_modules(name, path, set(names)) for name, path in names.items()}


def cycle_through(graph: dict[str, set[str]], start: str) -> list[str] | None:
    """A chain of imports from `start` back to `start`, if there is one (depth-first)."""
    stack, seen = [(start, [start])], set()
    while stack:
        node, chain = stack.pop()
        for target in sorted(graph[node]):
            if target == start:
                return chain + [start]
            if target not in seen:
                seen.add(target)
                stack.append((target, chain + [target]))
    return None


def checked_modules() -> list[str]:
    return [name for name in module_names() if any(name == p or name.startswith(p + ".") for p in CHECKED)]


def test_import_graph_reader_sees_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycle_through(graph, "a") == ["a", "b", "c", "a"]
    assert cycle_through(graph, "d") is None


def test_import_graph_reader_resolves_relative_imports():
    graph = import_graph()
    assert {"shequ.batch.jobs", "shequ.batch.version", "shequ.errors"} <= graph["shequ.batch.engines"]
    assert "shequ.batch.run" in graph["shequ.batch"]


@pytest.mark.parametrize("module", checked_modules())
def test_module_is_on_no_import_cycle(module):
    assert cycle_through(import_graph(), module) is None


def test_batch_modules_never_import_the_package_init():
    graph = import_graph()
    assert [name for name in graph if name.startswith("shequ.batch.") and "shequ.batch" in graph[name]] == []


@pytest.mark.parametrize("module", [m for m in checked_modules() if m != "shequ.batch.dask"])
def test_every_module_imports(module):
    importlib.import_module(module)


def test_dask_engine_module_imports():
    pytest.importorskip("distributed", reason="the Dask engine needs the 'dask' extra")
    importlib.import_module("shequ.batch.dask")
