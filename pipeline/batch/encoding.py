"""A sheet file's bytes (`sheet_bytes`): made by the worker that built the sheet (`jobs.prepare_sheets`),
or where the outputs are written (`outputs.Outputs.commit`) when it could not be made there.

Imports nothing of the runner, so the worker side (`jobs`) and the output side both use it.
"""

from __future__ import annotations

import json
import math

import orjson

# orjson writes what `json.dumps(separators=(",", ":"), ensure_ascii=False)` writes (same key
# order, escapes), ~10x faster; floats differ only outside this range (1e-05 → 0.00001).
ORJSON_FLOATS = (1e-4, 1e16)  # |x| in [low, high), or 0: written as `repr(x)` by both


def sheet_bytes(sheet: dict) -> bytes:
    """A sheet file's bytes: `sheet` (`FactSheet.model_dump(mode="json")`) laid out by
    `sheet_layout`, byte-identical to `json_sheet_bytes`. A sheet's only floats are quantity
    values (tests check the schema); one orjson would write otherwise goes through `json`."""
    if all(_orjson_float(q["value"]) for q in sheet.get("quantities", ())):
        try:
            return sheet_layout(sheet, orjson.dumps)
        except orjson.JSONEncodeError:  # a lone surrogate or a huge int: `json`'s bytes (or error)
            pass
    return json_sheet_bytes(sheet)


def json_sheet_bytes(sheet: dict) -> bytes:
    """The reference encoding of a sheet file (the standard library's)."""
    return sheet_layout(sheet, lambda value: json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def sheet_layout(sheet: dict, dumps) -> bytes:
    """The sheet as JSON with one line per top-level field and one line per list item (a fact,
    a sentence), each written compactly by `dumps`: readable, greppable and diffable line by
    line, and without the indentation that made nested evidence cost more than its text."""
    lines = [b"{"]
    last = len(sheet) - 1
    for i, (key, value) in enumerate(sheet.items()):
        comma = b"," if i < last else b""
        head = b"  " + dumps(key) + b": "
        if isinstance(value, list) and value:
            lines.append(head + b"[")
            lines += [b"    " + dumps(item) + b"," for item in value[:-1]]
            lines += [b"    " + dumps(value[-1]), b"  ]" + comma]
        else:
            lines.append(head + dumps(value) + comma)
    lines.append(b"}\n")
    return b"\n".join(lines)


def _orjson_float(value) -> bool:
    if not isinstance(value, float):
        return True
    size = abs(value)
    return size == 0.0 or (ORJSON_FLOATS[0] <= size < ORJSON_FLOATS[1] and math.isfinite(size))
