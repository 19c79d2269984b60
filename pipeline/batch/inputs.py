"""The inputs of a run: files given explicitly plus every `*.txt` under given folders.

Each clipping is named by its path relative to the input root it was found under (a file
given directly: its file name), see `names.clipping_name`. The walk never fails as a whole:
a folder it cannot list and a symlink that leads out of the input roots are problems of
their own, reported like a bad clipping while the rest is collected.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from ..errors import LinkOutsideInputsError, MissingPathError, NoInputError, ShequError, UnreadableFolderError
from ..names import clipping_name, shown


@dataclass(frozen=True)
class Input:
    """One clipping to read: `path` to open, `clipping` its identity, `file` the path as shown."""

    path: Path
    clipping: str
    file: str


@dataclass(frozen=True)
class InputProblem:
    """Something found while collecting that is not a clipping to read: reported, not processed."""

    path: Path
    file: str
    clipping: str
    error: ShequError


@dataclass
class Inputs:
    """What a run is given: clippings in sorted order, and problems met on the way."""

    clippings: list[Input] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)


def collect_inputs(paths: Sequence[str | os.PathLike], *, follow_links: bool = False) -> Inputs:
    """Files given explicitly plus every `*.txt` under given folders, deduplicated, sorted.

    Hidden files and folders are skipped. Symlinks inside a folder are followed only when
    they stay inside the input roots (`follow_links`: always), each real folder entered
    once, so a symlink loop ends the walk instead of recursing forever. A file symlink that
    loops or is broken is still listed: reading it fails with a clear error. A file given
    directly is read whatever its name and wherever it links to: it was asked for.
    Raises `MissingPathError` for a path that does not exist and `NoInputError` when
    nothing at all was found (no clipping and no problem).
    """
    roots = [Path(given) for given in paths]
    for root in roots:
        if not os.path.lexists(root):
            raise MissingPathError(path=shown(root))
    walk = _Walk(follow_links=follow_links, roots=[_real(root) for root in roots if root.is_dir()])
    for root in roots:
        if root.is_dir():
            walk.folder(root)
        else:
            walk.add(root, clipping_name(root))
    walk.links()
    if not walk.found and not walk.problems:
        raise NoInputError(path=", ".join(shown(p) for p in roots))
    found = sorted(walk.found.values(), key=lambda item: (item.path.as_posix(), item.clipping))
    return Inputs(clippings=found, problems=walk.problems)


@dataclass
class _Walk:
    follow_links: bool
    roots: list[Path]
    found: dict[str, Input] = field(default_factory=dict)  # real path → first way it was reached
    problems: list[InputProblem] = field(default_factory=list)
    entered: set[tuple[int, int]] = field(default_factory=set)  # (device, inode) of folders walked
    deferred: list[tuple[Path, Path]] = field(default_factory=list)  # (symlink, its root): walked last

    def add(self, path: Path, clipping: str) -> None:
        """Same file reached twice (two arguments, a symlink) is processed once."""
        self.found.setdefault(_identity(path), Input(path=path, clipping=clipping, file=shown(path)))

    def links(self) -> None:
        """Symlinks met on the way, after every real folder: a file reached both ways is
        named by its real path, and a link to a folder already walked adds nothing."""
        while self.deferred:
            link, root = self.deferred.pop(0)
            is_dir, is_txt = link.is_dir(), link.name.lower().endswith(".txt")
            if not (is_dir or is_txt) or not self._followed(link, root):
                continue  # a link to anything else is no input, wherever it leads
            if is_dir:
                self.folder(root, start=link)
            else:  # loops and broken links too: reading says why
                self.add(link, clipping_name(link, root))

    def folder(self, root: Path, start: Path | None = None) -> None:
        """Every `*.txt` under `start` (default `root`), in sorted order, named relative to `root`."""
        stack = [start or root]
        while stack:
            folder = stack.pop()
            try:
                info = os.stat(folder)
                if (info.st_dev, info.st_ino) in self.entered:
                    continue
                self.entered.add((info.st_dev, info.st_ino))
                with os.scandir(folder) as listing:
                    entries = sorted(listing, key=lambda entry: entry.name)
            except OSError as err:
                self.problem(folder, root, UnreadableFolderError(path=shown(folder), reason=_reason(err)))
                continue
            subfolders = []
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                path = Path(entry.path)
                if entry.is_symlink():
                    self.deferred.append((path, root))
                    continue
                try:
                    is_dir = entry.is_dir(follow_symlinks=False)
                except OSError:
                    is_dir = False
                if is_dir:
                    subfolders.append(path)
                elif entry.name.lower().endswith(".txt"):
                    self.add(path, clipping_name(path, root))
            stack.extend(reversed(subfolders))

    def _followed(self, link: Path, root: Path) -> bool:
        """Whether the walk goes through `link`: it stays inside the input roots, or links are followed."""
        if self.follow_links:
            return True
        try:
            target = Path(os.path.realpath(link, strict=True))
        except (OSError, RuntimeError):
            return True  # broken or looping: listed, and reading says why
        if any(target == base or target.is_relative_to(base) for base in self.roots):
            return True
        self.problem(link, root, LinkOutsideInputsError(path=shown(link), target=shown(target)))
        return False

    def problem(self, path: Path, root: Path, error: ShequError) -> None:
        clipping = clipping_name(path, root) if path != root else clipping_name(path)
        self.problems.append(InputProblem(path=path, file=shown(path), clipping=clipping, error=error))


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _identity(path: Path) -> str:
    try:
        return os.path.realpath(path, strict=True)
    except (OSError, RuntimeError):  # loop or broken link: keep it, reading reports why
        return os.path.abspath(path)


def _reason(err: OSError) -> str:
    return err.strerror or type(err).__name__
