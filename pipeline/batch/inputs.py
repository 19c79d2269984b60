"""The inputs of a run: files given explicitly plus every `*.txt` under given folders."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator, Sequence

from ..errors import MissingPathError, NoInputError


def collect_inputs(paths: Sequence[str | os.PathLike]) -> list[Path]:
    """Files given explicitly plus every `*.txt` under given folders, deduplicated, sorted.

    Folders are walked following symlinks, but each real folder is entered once, so a
    symlink loop ends the walk instead of recursing forever. Hidden folders are skipped.
    A file symlink that loops is still listed: reading it fails with a clear error.
    """
    found: dict[str, Path] = {}
    for given in paths:
        path = Path(given)
        if not os.path.lexists(path):
            raise MissingPathError(path=path)
        if path.is_dir():
            for file in _walk_txt(path):
                found.setdefault(_identity(file), file)
        else:
            found.setdefault(_identity(path), path)
    if not found:
        raise NoInputError(path=", ".join(str(p) for p in paths))
    return sorted(found.values(), key=lambda p: p.as_posix())


def _walk_txt(folder: Path) -> Iterator[Path]:
    seen: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(folder, followlinks=True):
        info = os.stat(root)
        if (info.st_dev, info.st_ino) in seen:
            dirs[:] = []
            continue
        seen.add((info.st_dev, info.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.lower().endswith(".txt") and not name.startswith("."):
                yield Path(root) / name


def _identity(path: Path) -> str:
    """Same file reached twice (two arguments, a symlink) is processed once."""
    try:
        return str(path.resolve(strict=True))
    except (OSError, RuntimeError):  # loop or broken link: keep it, reading reports why
        return str(path.absolute())
