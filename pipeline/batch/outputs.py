"""The output folder: sheet files, per-clipping state records, report.json, graph store.

Every file is written to a temp file in the same folder and renamed (`os.replace`), and
a clipping counts as done only when its state record names the content hash + pipeline
version *and* the graph store holds it, so a run killed at any moment leaves nothing
that a restarted run would take for finished work.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import OutputBusyError
from .jobs import Outcome

FACTSHEET_DIR = "factsheets"
STATE_DIR = ".shequ/state"  # per-clipping "done" records; hidden so sheet readers never see them
LOCK_NAME = ".shequ/lock"  # held (flock) for the whole run; the OS releases it if the run is killed
REPORT_NAME = "report.json"
STORE_NAME = "graph.sqlite"
TMP_PREFIX = ".tmp-"  # temp files of atomic writes; leftovers of a killed run are removed


def sheet_bytes(sheet: dict) -> bytes:
    return (json.dumps(sheet, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode("utf-8")


def write_atomic(path: Path, data: bytes) -> bool:
    """Write `data` to `path` via a temp file in the same folder + `os.replace`.

    Readers (and a restarted run) see either the old file or the new one, never a
    torn one. An identical file is left untouched. Returns whether it wrote.
    """
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    temp = path.with_name(f"{TMP_PREFIX}{os.getpid()}-{path.name}")
    with open(temp, "wb") as handle:
        handle.write(data)
    os.replace(temp, path)
    return True


def remove_temp_files(folder: Path) -> None:
    """Temp files left by a run that was killed mid-write."""
    if folder.is_dir():
        for leftover in folder.glob(f"{TMP_PREFIX}*"):
            leftover.unlink(missing_ok=True)


@dataclass
class Outputs:
    """The output folder: sheet files, state records, report, graph store."""

    root: Path

    def sheet_dir(self, clipping: str) -> Path:
        return self.root / FACTSHEET_DIR / Path(clipping).stem

    def state_path(self, clipping: str) -> Path:
        return self.root / STATE_DIR / (Path(clipping).stem + ".json")

    def lock(self):
        """Claim the folder for this run: two runs writing one folder would undo each other."""
        import fcntl

        (self.root / STATE_DIR).mkdir(parents=True, exist_ok=True)
        handle = open(self.root / LOCK_NAME, "w")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            raise OutputBusyError(path=self.root) from None
        return handle

    def prepare(self) -> None:
        (self.root / FACTSHEET_DIR).mkdir(parents=True, exist_ok=True)
        (self.root / STATE_DIR).mkdir(parents=True, exist_ok=True)
        remove_temp_files(self.root)
        remove_temp_files(self.root / STATE_DIR)
        for folder in (self.root / FACTSHEET_DIR).iterdir():
            remove_temp_files(folder)

    def read_state(self, clipping: str) -> dict | None:
        try:
            return json.loads(self.state_path(clipping).read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            return None

    def is_done(self, clipping: str, key: str, sha256: str, store) -> dict | None:
        """The recorded state when this exact content was finished under this pipeline."""
        state = self.read_state(clipping)
        if not state or state.get("key") != key:
            return None
        folder = self.sheet_dir(clipping)
        if not all((folder / f"{article_id}.json").is_file() for article_id in state["article_ids"]):
            return None
        if not store.has_clipping(clipping, sha256):
            return None
        return state

    def commit(self, outcome: Outcome, key: str, store) -> None:
        """Make one clipping's results durable: sheets, stale removal, store, then state."""
        folder = self.sheet_dir(outcome.clipping)
        keep = set()
        if outcome.status == "ok":
            folder.mkdir(parents=True, exist_ok=True)
            for sheet in outcome.sheets:
                name = f"{sheet['article_id']}.json"
                write_atomic(folder / name, sheet_bytes(sheet))
                keep.add(name)
        if folder.is_dir():
            for stale in folder.iterdir():
                if stale.name not in keep:
                    stale.unlink()
            if not keep:
                folder.rmdir()
        if outcome.status == "ok":
            store.upsert_clipping(outcome.clipping, outcome.sha256, outcome.sheets)
            state = {
                "key": key,
                "clipping": outcome.clipping,
                "sha256": outcome.sha256,
                "article_ids": [sheet["article_id"] for sheet in outcome.sheets],
                "articles": outcome.articles,
                "facts": outcome.facts,
                "warnings": outcome.warnings,
                "chars": outcome.chars,
            }
            write_atomic(self.state_path(outcome.clipping), (json.dumps(state, ensure_ascii=False, indent=1) + "\n").encode())
        else:
            # A failed clipping keeps nothing from an earlier run: the outputs always equal
            # what a fresh run would write.
            self.state_path(outcome.clipping).unlink(missing_ok=True)
            store.forget(outcome.clipping)

    def write_report(self, report: dict) -> None:
        write_atomic(self.root / REPORT_NAME, (json.dumps(report, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


def open_store(root: Path):
    from ..graph.store import GraphStore

    return GraphStore(root / STORE_NAME)
