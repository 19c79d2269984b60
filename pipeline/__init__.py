"""shequ: Chinese community-governance clippings → evidence-backed program facts.

Data flow, one module per step:
raw bytes (reading) → clean text with offset map (normalize, mojibake) → articles
(layout, articles) → sentences/tokens (segment) → mentions (extract.*) → facts and
fact sheets (schema, sheets) → batch outputs (batch) → graph (graph).

The Python API (`api`) is exported here and loaded on first use, so `import shequ`
and `shequ --help` stay fast:

    import shequ
    sheets = shequ.extract(text)            # list[FactSheet]
    graph = shequ.open_graph("outputs/")    # queries, exports, DataFrames
"""

from __future__ import annotations

import importlib
import sys
import types

__version__ = "0.1.0"

# name → module that defines it; imported when the name is first used (PEP 562).
_LAZY = {
    "extract": "api", "extract_file": "api", "facts_frame": "api", "open_graph": "api", "Graph": "api",
    "FactSheet": "schema", "ShequError": "errors", "MissingExtraError": "errors",
}

__all__ = ["__version__", *_LAZY]


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


class _Package(types.ModuleType):
    """The package module, keeping `shequ.extract` the API function.

    `shequ.extract` is also the subpackage of extractors (pipeline/extract/), and Python
    sets a package's attribute to each submodule it imports. That one assignment is
    skipped: the subpackage stays importable by name (`from shequ.extract import
    default_registry`, `importlib.import_module("shequ.extract")`), and `shequ.extract(text)`
    works whether or not the extractors were imported first.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if name in _SHADOWED and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


# API names that are also submodule names (see _Package).
_SHADOWED = ("extract",)
sys.modules[__name__].__class__ = _Package
