"""A stand-in for `process_clipping` used by the batch tests.

It is a module-level function so spawned worker processes can import it. It makes
one fact sheet per blank-line-separated block (title = first line), and misbehaves
on purpose when the clipping text asks for it:
"RAISE" → raises ValueError (a clipping that fails), "DIE" → the worker process exits
abruptly (a crashed worker), a first line "COUNT:<path>" → appends a line to <path>
each time it runs (to count executions).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from shequ.clipping import ClippingResult
from shequ.schema import FactSheet


def fake_process(raw: str, clipping: str) -> ClippingResult:
    if "RAISE" in raw:
        raise ValueError("fake failure on purpose")
    if "DIE" in raw:
        os._exit(3)
    if raw.startswith("COUNT:"):
        with open(raw.splitlines()[0][len("COUNT:"):], "a", encoding="utf-8") as handle:
            handle.write(clipping + "\n")
    # Ids are unique in the graph store: a nested clipping's carry a hash of its folder, so
    # a.txt and 2024/a.txt do not collide (the real ids hash the whole clipping name).
    folder = Path(clipping).parent.as_posix()
    stem = Path(clipping).stem
    suffix = "" if folder == "." else "-" + hashlib.sha1(folder.encode("utf-8")).hexdigest()[:4]
    sheets = []
    blocks = [block.strip() for block in raw.replace("\r\n", "\n").split("\n\n") if block.strip()]
    for index, block in enumerate(blocks):
        sheets.append(FactSheet(clipping=clipping, article_id=f"{stem}-{index:02d}{suffix}", title=block.splitlines()[0]))
    return ClippingResult(clipping=clipping, sheets=sheets, warnings=[f"{len(blocks)} blocks"] if len(blocks) > 2 else [])
