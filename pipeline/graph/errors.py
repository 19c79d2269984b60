"""Graph-store errors, with stable codes and a hint on how to fix each (see pipeline/errors.py)."""

from __future__ import annotations

from ..errors import ShequError


class NoStoreError(ShequError):
    code = "E070"
    template = "{path}: no graph store here. Run `shequ run CLIPPINGS --out {folder}` first, or pass --store FOLDER."


class EntityNotFoundError(ShequError):
    code = "E071"
    template = "no entity named {name!r} in the graph. Try `shequ query profile` with another form, or `shequ entity` with a shorter name."


class AmbiguousEntityError(ShequError):
    code = "E072"
    template = "{name!r} names {count} nodes ({ids}). Pass one node id instead of the name."


class NotSheetableError(ShequError):
    code = "E073"
    template = "{nid} is a {node_type}; `shequ sheet` covers communities, programs and organizations."


class UnknownClippingError(ShequError):
    code = "E074"
    template = "{clipping}: not in the graph store (nothing to forget). `shequ query profile` lists sources; clipping names are file names."
