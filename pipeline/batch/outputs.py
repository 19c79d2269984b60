"""The output folder: sheet files, per-clipping state records, report.json, graph store.

Every file is written to a temp file in the same folder and renamed (`os.replace`), and
a clipping counts as done only when its state record names the content hash + pipeline
version *and* the graph store holds what its sheets say, so a run killed at any moment
leaves nothing that a restarted run would take for finished work.

Nothing is written outside `OUT/` and no sheet outside `OUT/factsheets/`: sheet folders
and files are named by `names.sheet_folder` / `names.sheet_file` (no part can be `..`),
and a folder that resolves elsewhere (a symlink inside OUT) is refused (E028). Nothing
is removed that a run did not write: a clipping's state record lists the files its run
wrote, and only those are removed when they go stale. The record lists new files
*before* they are written, so a run killed in between leaves none unrecorded.

A clipping whose sheets are what the graph store already holds (same hash of the sheet
bytes) leaves the store file untouched, so running again into committed outputs does
not change a byte of them.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..errors import OutputBusyError, OutputPathError, OutsideOutputError
from ..names import sheet_file, sheet_folder, shown
from .encoding import sheet_bytes
from .jobs import Outcome

FACTSHEET_DIR = "factsheets"
STATE_DIR = ".shequ/state"  # per-clipping "done" records; hidden so sheet readers never see them
RUN_NAME = ".shequ/run.json"  # what the last run did and how long it took (changes every run)
LOCK_NAME = ".shequ/lock"  # held (flock) for the whole run; the OS releases it if the run is killed
REPORT_NAME = "report.json"
STORE_NAME = "graph.sqlite"
TMP_PREFIX = ".tmp-"  # temp files of atomic writes; leftovers of a killed run are removed
# A temp file of ours: .tmp-<pid>-<…>. Sheet files never start with a dot (`names.segment`).
RE_TEMP = re.compile(r"\.tmp-\d+-")
# A state record: a hash of the clipping's identity. Other names are records of earlier versions.
RE_STATE = re.compile(r"[0-9a-f]{32}\.json")


def write_atomic(path: Path, data: bytes) -> bool:
    """Write `data` to `path` via a temp file in the same folder + `os.replace`.

    Readers (and a restarted run) see either the old file or the new one, never a
    torn one. An identical file is left untouched. Returns whether it wrote. A write
    that fails (disk full) leaves no temp file behind.
    """
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    digest = hashlib.sha256(os.fsencode(path.name)).hexdigest()[:16]  # short: the name may be 250 bytes
    temp = path.with_name(f"{TMP_PREFIX}{os.getpid()}-{digest}")
    try:
        with open(temp, "wb") as handle:
            handle.write(data)
        os.replace(temp, path)
    except OSError:
        temp.unlink(missing_ok=True)
        raise
    return True


def remove_temp_files(folder: Path, *, recursive: bool = False) -> None:
    """Temp files left by a run that was killed mid-write."""
    if folder.is_dir():
        for leftover in folder.rglob(f"{TMP_PREFIX}*") if recursive else folder.glob(f"{TMP_PREFIX}*"):
            if RE_TEMP.match(leftover.name) and leftover.is_file() and not leftover.is_symlink():
                leftover.unlink(missing_ok=True)


def sheets_hash(sheet_files: list[bytes]) -> str:
    """What the graph store records for a clipping: the hash of its sheet files' bytes."""
    digest = hashlib.sha256()
    for data in sheet_files:
        digest.update(data)
    return digest.hexdigest()


@dataclass
class Outputs:
    """The output folder: sheet files, state records, report, graph store."""

    root: Path

    @property
    def sheets_root(self) -> Path:
        return self.root / FACTSHEET_DIR

    def sheet_dir(self, clipping: str) -> Path:
        return self.sheets_root / sheet_folder(clipping)

    def state_path(self, clipping: str) -> Path:
        name = hashlib.sha256(clipping.encode("utf-8", errors="backslashreplace")).hexdigest()[:32]
        return self.root / STATE_DIR / f"{name}.json"

    # --- the folder --------------------------------------------------------------------

    def lock(self):
        """Claim the folder for this run: two runs writing one folder would undo each other."""
        import fcntl

        if os.path.lexists(self.root) and not self.root.is_dir():
            raise OutputPathError(path=shown(self.root), what="the output folder", reason="it is a file, not a folder")
        try:
            (self.root / STATE_DIR).mkdir(parents=True, exist_ok=True)
            handle = open(self.root / LOCK_NAME, "w")
        except OSError as err:
            raise OutputPathError(path=shown(self.root), what="the output folder", reason=err.strerror or type(err).__name__) from err
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            raise OutputBusyError(path=shown(self.root)) from None
        return handle

    def prepare(self) -> None:
        try:
            self.sheets_root.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise OutputPathError(path=shown(self.sheets_root), what="the sheet folder", reason=err.strerror or type(err).__name__) from err
        remove_temp_files(self.root)
        remove_temp_files(self.root / STATE_DIR)
        remove_temp_files(self.sheets_root, recursive=True)

    def is_fresh(self) -> bool:
        """Whether no run has recorded a clipping here yet (every input will be processed)."""
        try:
            return not any((self.root / STATE_DIR).iterdir())
        except OSError:
            return False

    def forget_legacy(self, store) -> None:
        """Outputs recorded by shequ before clippings were named by relative path (state
        records named `<stem>.json`): the sheet files each record lists, its graph rows and
        the record go, and the clipping is made again under its new name."""
        for record in sorted((self.root / STATE_DIR).glob("*.json")):
            if RE_STATE.fullmatch(record.name):
                continue
            state = _load(record) or {}
            clipping, ids = state.get("clipping"), state.get("article_ids")
            if isinstance(clipping, str) and isinstance(ids, list):
                self._remove([f"{FACTSHEET_DIR}/{Path(clipping).stem}/{aid}.json" for aid in ids if isinstance(aid, str)])
                if store.contains_clipping(clipping):
                    store.forget(clipping)
            record.unlink(missing_ok=True)

    # --- state records -----------------------------------------------------------------

    def read_state(self, clipping: str) -> dict | None:
        state = _load(self.state_path(clipping))
        return state if state is not None and state.get("clipping") == clipping else None

    def write_state(self, clipping: str, state: dict) -> None:
        data = json.dumps({"clipping": clipping, **state}, ensure_ascii=True, indent=1) + "\n"
        write_atomic(self.state_path(clipping), data.encode("ascii"))

    def is_done(self, clipping: str, key: str, sha256: str, store) -> dict | None:
        """The recorded state when this exact content was finished under this pipeline."""
        state = self.read_state(clipping)
        if not state or state.get("key") != key or state.get("sha256") != sha256:
            return None
        if not all((self.root / name).is_file() for name in _recorded(state)):
            return None
        if not store.has_clipping(clipping, state.get("store_hash")):
            return None
        return state

    # --- one clipping ------------------------------------------------------------------

    def commit(self, outcome: Outcome, key: str, store, source: str | None = None,
               states: list[tuple[str, dict]] | None = None) -> None:
        """Make one clipping's results durable: sheets, stale removal, store, then state.
        `source` (the real path of the input) is recorded, to tell a replacement later.
        `states`: the store's transaction is still open (`_Run.commit_batch`), so the state
        record that says the clipping is done goes there, to be written once it is committed."""
        clipping = outcome.clipping
        previous = self.read_state(clipping)
        old = set(_recorded(previous)) if previous else set()
        if outcome.status != "ok":
            # A failed clipping keeps nothing from an earlier run: the outputs always equal
            # what a fresh run would write.
            self._remove(sorted(old))
            if store.contains_clipping(clipping):
                store.forget(clipping)
            self.state_path(clipping).unlink(missing_ok=True)
            return
        folder = self.sheet_dir(clipping)
        self._check_inside(folder)
        if outcome.prepared is not None:  # made by the worker (`jobs.prepare_sheets`)
            article_ids = [p.article_id for p in outcome.prepared]
            named = [(sheet_file(p.article_id), p.data) for p in outcome.prepared]
            rows = [p.rows for p in outcome.prepared]
        else:
            article_ids = [sheet["article_id"] for sheet in outcome.sheets]
            named = [(sheet_file(aid), sheet_bytes(sheet)) for aid, sheet in zip(article_ids, outcome.sheets)]
            rows = outcome.sheets
        files = [(folder / name).relative_to(self.root).as_posix() for name, _ in named]
        if not set(files) <= old:  # recorded before written
            self.write_state(clipping, {"key": None, "files": sorted(old | set(files))})
        if named:
            folder.mkdir(parents=True, exist_ok=True)
        for name, data in named:
            write_atomic(folder / name, data)
        self._remove(sorted(old - set(files)))
        store_hash = sheets_hash([data for _, data in named])
        if not store.has_clipping(clipping, store_hash):
            store.upsert_clipping(clipping, store_hash, rows)
        (self.write_state if states is None else lambda *record: states.append(record))(clipping, {
            "key": key,
            "sha256": outcome.sha256,
            "store_hash": store_hash,
            "file": outcome.file,
            "source": source,
            "files": files,
            "article_ids": article_ids,
            "articles": outcome.articles,
            "facts": outcome.facts,
            "warnings": outcome.warnings,
            "chars": outcome.chars,
        })

    def _remove(self, names: list[str]) -> None:
        """Remove recorded files (relative to OUT), and folders they leave empty, up to factsheets/."""
        for name in names:
            path = self.root / name
            if not _is_sheet_path(name) or not self._is_inside(path.parent):
                continue
            path.unlink(missing_ok=True)
            folder = path.parent
            while folder != self.sheets_root:
                try:
                    folder.rmdir()
                except OSError:  # not empty (or gone): the rest stays
                    break
                folder = folder.parent

    def _is_inside(self, path: Path) -> bool:
        base = os.path.realpath(self.sheets_root)
        real = os.path.realpath(path)
        return real == base or real.startswith(base.rstrip(os.sep) + os.sep)

    def _check_inside(self, folder: Path) -> None:
        if not self._is_inside(folder):
            raise OutsideOutputError(path=shown(folder), folder=shown(self.sheets_root))

    # --- the run -----------------------------------------------------------------------

    def write_report(self, report: dict) -> None:
        write_atomic(self.root / REPORT_NAME, (json.dumps(report, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))

    def write_run(self, run: dict) -> None:
        write_atomic(self.root / RUN_NAME, (json.dumps(run, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


def _load(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # missing, unreadable, torn by hand: as if never written
        return None
    return data if isinstance(data, dict) else None


def _recorded(state: dict) -> list[str]:
    files = state.get("files")
    return [name for name in files if isinstance(name, str) and _is_sheet_path(name)] if isinstance(files, list) else []


def _is_sheet_path(name: str) -> bool:
    """A path a state record may name: a .json file under factsheets/, no `..`, relative."""
    parts = PurePosixPath(name).parts
    return len(parts) >= 3 and parts[0] == FACTSHEET_DIR and ".." not in parts and name.endswith(".json") and not name.startswith("/")


def open_store(root: Path):
    from ..graph.store import GraphStore

    return GraphStore(root / STORE_NAME)
