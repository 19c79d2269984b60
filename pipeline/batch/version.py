"""The pipeline version: what a clipping's outputs were made with, so a rerun knows to redo it."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

# The installed package (`pipeline/`, imported as `shequ`): its code decides the output.
PACKAGE_DIR = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """`__version__` + a hash of everything that decides the output: lexicons and code.

    A clipping processed under another version is processed again; the CLI is
    left out because it does not change what is extracted.
    """
    from .. import __version__
    from ..lexicon import LEXICON_DIR

    digest = hashlib.sha256()
    sources = [(LEXICON_DIR, p) for p in LEXICON_DIR.rglob("*") if p.is_file()]
    sources += [(PACKAGE_DIR, p) for p in PACKAGE_DIR.rglob("*.py") if "cli" not in p.relative_to(PACKAGE_DIR).parts]
    for base, path in sorted(sources, key=lambda item: (str(item[0]), item[1].relative_to(item[0]).as_posix())):
        if "__pycache__" in path.parts:
            continue
        digest.update(path.relative_to(base).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return f"{__version__}+{digest.hexdigest()[:12]}"
