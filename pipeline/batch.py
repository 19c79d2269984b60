"""Batch runner: many clipping files → fact-sheet files, graph store and report.json.

    inputs (files/folders, recursively *.txt, sorted)
      → read + decode + hash in this process (reading.py)      → skip if unchanged
      → batches of clippings to worker processes or Dask        (process_clipping)
      → back here, in input order: sheet files written atomically, stale ones removed,
        graph store updated in one transaction, state file, progress, --log-json line
      → report.json

Safety: every output file is written to a temp file in the same folder and renamed
(`os.replace`), and a clipping counts as done only when its state file names the
content hash + pipeline version *and* the graph store holds it. Processing is pure
and deterministic, so a run killed at any moment (SIGKILL) and started again redoes
at most the clippings that were in flight and ends with exactly the outputs of an
uninterrupted run. Worker count and engine never change the bytes written.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
import traceback
from collections import deque
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from .errors import (
    DuplicateClippingError,
    MissingExtraError,
    MissingPathError,
    NoInputError,
    OutputBusyError,
    ShequError,
    WorkerError,
    WorkerVersionError,
)

# Fact lists of a sheet that report.json counts (the FactSheet fields holding facts).
from .schema import FACT_TYPES as _TABLE

FACT_TYPES = _TABLE.names

FACTSHEET_DIR = "factsheets"
STATE_DIR = ".shequ/state"  # per-clipping "done" records; hidden so sheet readers never see them
LOCK_NAME = ".shequ/lock"  # held (flock) for the whole run; the OS releases it if the run is killed
REPORT_NAME = "report.json"
STORE_NAME = "graph.sqlite"
TMP_PREFIX = ".tmp-"  # temp files of atomic writes; leftovers of a killed run are removed

ENGINES = ("pool", "dask")


# ---------------------------------------------------------------- inputs


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


# ---------------------------------------------------------------- pipeline version


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """`__version__` + a hash of everything that decides the output: lexicons and code.

    A clipping processed under another version is processed again; the CLI is
    left out because it does not change what is extracted.
    """
    from . import __version__
    from .lexicon import LEXICON_DIR

    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    sources = [(LEXICON_DIR, p) for p in LEXICON_DIR.rglob("*") if p.is_file()]
    sources += [(package, p) for p in package.rglob("*.py") if "cli" not in p.relative_to(package).parts]
    for base, path in sorted(sources, key=lambda item: (str(item[0]), item[1].relative_to(item[0]).as_posix())):
        if "__pycache__" in path.parts:
            continue
        digest.update(path.relative_to(base).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return f"{__version__}+{digest.hexdigest()[:12]}"


# ---------------------------------------------------------------- work items


@dataclass
class Job:
    """One clipping to process: decoded text travels, so workers need no shared disk."""

    index: int
    file: str
    clipping: str
    sha256: str
    text: str


@dataclass
class Outcome:
    """What happened to one clipping; `sheets` are `FactSheet.model_dump(mode="json")`."""

    index: int
    file: str
    clipping: str
    status: str  # ok | failed | skipped
    sha256: str | None = None
    stage: str | None = None
    reason: str | None = None
    sheets: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    chars: int = 0
    articles: int = 0
    facts: dict[str, int] = field(default_factory=dict)


def failed(job_or_index, file: str, clipping: str, stage: str, err: BaseException, sha256: str | None = None) -> Outcome:
    return Outcome(index=job_or_index, file=file, clipping=clipping, status="failed", sha256=sha256, stage=stage, reason=one_line(err))


def one_line(err: BaseException) -> str:
    """The error as users see it: our messages already carry a code; others get their type."""
    text = str(err) if isinstance(err, ShequError) else f"{type(err).__name__}: {err}"
    text = " ".join(text.split())
    return text if len(text) <= 500 else text[:497] + "..."


def failure_stage(err: BaseException) -> str:
    """The pipeline step that raised: the innermost `pipeline.*` module in the traceback.

    `pipeline/normalize.py` → "normalize", `pipeline/extract/places.py` → "extract.places";
    pydantic validation errors (a sheet broke the contract) → "schema".
    """
    if type(err).__name__ == "ValidationError" and type(err).__module__.startswith("pydantic"):
        return "schema"
    package = Path(__file__).resolve().parent
    stage = "process"
    for frame in traceback.extract_tb(err.__traceback__):
        try:
            relative = Path(frame.filename).resolve().relative_to(package)
        except ValueError:
            continue
        parts = relative.with_suffix("").parts
        if parts and parts[-1] != "__init__" and relative.name not in ("batch.py", "distributed.py"):
            stage = ".".join(parts)
    return stage


# ---------------------------------------------------------------- worker side


# Made up to touch every extractor, including the lazily imported Chinese-numeral parser
# (三万余: importing cn2an compiles its patterns, ~1.5 s the first clipping would pay).
WARMUP_SENTENCE = "重庆市九龙坡区九龙街道彩云湖社区党委联合社工站开展“五社联动”项目，服务居民三万余人次，覆盖2个小区。"


def warm_worker() -> None:
    """Load the segmenter, user dictionary and extractor data once per worker process.

    jieba loads its dictionary lazily per process and user words never cross process
    boundaries, so every worker does this itself before its first clipping.
    """
    from .clipping import analyze_text

    # One short made-up sentence through every extractor: builds the jieba prefix
    # dictionary, user words, automata and gazetteer now rather than on the first clipping.
    analyze_text(WARMUP_SENTENCE)


def default_process() -> Callable:
    from .clipping import process_clipping

    return process_clipping


def process_batch(jobs: list[Job], process: Callable | None = None, expected_version: str | None = None) -> list[Outcome]:
    """Run `process(raw, clipping)` over a batch of clippings; never raises per clipping.

    `expected_version` guards distributed runs: a worker with other code or lexicons
    would write different sheets, so its clippings fail loudly instead.
    """
    if expected_version is not None and expected_version != pipeline_version():
        err = WorkerVersionError(worker=pipeline_version(), client=expected_version)
        return [failed(job.index, job.file, job.clipping, "worker", err, job.sha256) for job in jobs]
    process = process or default_process()
    return [_process_one(job, process) for job in jobs]


def _process_one(job: Job, process: Callable) -> Outcome:
    started = time.perf_counter()
    try:
        result = process(job.text, job.clipping)
        sheets = [sheet.model_dump(mode="json") for sheet in result.sheets]
    except Exception as err:  # one bad clipping is recorded, the batch goes on
        outcome = failed(job.index, job.file, job.clipping, failure_stage(err), err, job.sha256)
    else:
        outcome = Outcome(
            index=job.index, file=job.file, clipping=job.clipping, status="ok", sha256=job.sha256,
            sheets=sheets, warnings=list(result.warnings), articles=len(sheets), facts=count_facts(sheets),
        )
    outcome.seconds = round(time.perf_counter() - started, 4)
    outcome.chars = len(job.text)
    return outcome


def count_facts(sheets: Iterable[dict]) -> dict[str, int]:
    counts = dict.fromkeys(FACT_TYPES, 0)
    for sheet in sheets:
        for name in FACT_TYPES:
            counts[name] += len(sheet.get(name, ()))
    return counts


# ---------------------------------------------------------------- engines


class InlineEngine:
    """Everything in this process (one worker): no start-up cost, same results."""

    def __init__(self, process: Callable | None = None) -> None:
        self.process = process
        self.workers = 1
        if process is None:  # a substitute process (tests) needs no segmenter
            warm_worker()

    def map(self, batches: Iterable[list[Job]]) -> Iterator[tuple[list[Job], list[Outcome]]]:
        for batch in batches:
            yield batch, process_batch(batch, self.process)

    def close(self) -> None:
        pass


class PoolEngine:
    """Worker processes (spawn start method), each warmed once by `warm_worker`.

    Results come back in submission order with at most 2 batches per worker in
    flight, so memory stays bounded and outputs are written in input order. A worker
    that dies (killed, out of memory, segfault) breaks the pool: the pool is rebuilt,
    pending batches are resubmitted and the broken batch is re-run one clipping per
    task, so only the clipping that kills a worker is marked failed.
    """

    def __init__(self, workers: int, process: Callable | None = None, start_method: str = "spawn") -> None:
        self.workers = workers
        self.process = process
        self.start_method = start_method
        self._pool = None
        self._start()

    def _start(self) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context(self.start_method)
        initializer = warm_worker if self.process is None else None  # a substitute process (tests) needs no segmenter
        self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context, initializer=initializer)

    def _restart(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._start()

    def _submit(self, batch: list[Job]):
        return self._pool.submit(process_batch, batch, self.process)

    def map(self, batches: Iterable[list[Job]]) -> Iterator[tuple[list[Job], list[Outcome]]]:
        from concurrent.futures.process import BrokenProcessPool

        pending: deque = deque()
        batches = iter(batches)
        exhausted = False
        while True:
            while not exhausted and len(pending) < 2 * self.workers:
                batch = next(batches, None)
                if batch is None:
                    exhausted = True
                else:
                    pending.append((batch, self._submit(batch)))
            if not pending:
                return
            batch, future = pending.popleft()
            try:
                outcomes = future.result()
            except BrokenProcessPool:
                self._restart()
                outcomes = [self._isolated(job) for job in batch]
                pending = deque((other, self._submit(other)) for other, _ in pending)
            yield batch, outcomes

    def _isolated(self, job: Job) -> Outcome:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self._submit([job]).result()[0]
        except BrokenProcessPool:
            self._restart()
            err = WorkerError(detail="the worker process died while processing this clipping (killed, out of memory or crashed)")
            return failed(job.index, job.file, job.clipping, "worker", err, job.sha256)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)


def make_engine(engine: str, workers: int, process: Callable | None = None, scheduler: str | None = None):
    if engine == "dask":
        try:
            from .distributed import DaskEngine
        except ImportError as err:
            raise MissingExtraError(feature="--engine dask", package="dask[distributed]", extra="dask") from err

        return DaskEngine(workers=workers, scheduler=scheduler, process=process, expected_version=pipeline_version())
    if workers <= 1:
        return InlineEngine(process)
    return PoolEngine(workers, process)


def batched(jobs: Iterable[Job], size: int) -> Iterator[list[Job]]:
    batch: list[Job] = []
    for job in jobs:
        batch.append(job)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def default_batch_size(clippings: int, workers: int) -> int:
    """Big enough to amortize task overhead, small enough to keep all workers busy to the end."""
    return max(1, min(16, clippings // (4 * max(workers, 1)) or 1))


# ---------------------------------------------------------------- outputs


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


def open_store(root: Path):
    from .graph.store import GraphStore

    return GraphStore(root / STORE_NAME)


# ---------------------------------------------------------------- report


def report_entry(outcome: Outcome) -> dict:
    entry = {"file": outcome.file, "clipping": outcome.clipping, "status": outcome.status}
    if outcome.status == "failed":
        entry["stage"] = outcome.stage
        entry["reason"] = outcome.reason
    entry["articles"] = outcome.articles
    entry["facts"] = outcome.facts or dict.fromkeys(FACT_TYPES, 0)
    entry["seconds"] = outcome.seconds
    entry["chars"] = outcome.chars
    entry["warnings"] = outcome.warnings
    entry["sha256"] = outcome.sha256
    return entry


def build_report(entries: list[dict], *, seconds: float, workers: int, engine: str) -> dict:
    totals = {"clippings": len(entries), "ok": 0, "failed": 0, "skipped": 0, "articles": 0, "facts": dict.fromkeys(FACT_TYPES, 0), "warnings": 0}
    processed_chars = 0
    for entry in entries:
        totals[entry["status"]] += 1
        totals["articles"] += entry["articles"]
        totals["warnings"] += len(entry["warnings"])
        for name, count in entry["facts"].items():
            totals["facts"][name] += count
        if entry["status"] != "skipped":
            processed_chars += entry["chars"]
    totals["seconds"] = round(seconds, 3)
    totals["chars_processed"] = processed_chars
    totals["chars_per_second"] = round(processed_chars / seconds) if seconds > 0 else None
    return {
        "pipeline_version": pipeline_version(),
        "engine": engine,
        "workers": workers,
        "totals": totals,
        "clippings": entries,
    }


# ---------------------------------------------------------------- progress


class Progress:
    """A one-line progress bar on stderr: done/total, clippings/s, ETA, failures.

    On a terminal it redraws in place; otherwise (CI logs, pipes) it prints a line
    every 10% so logs stay short.
    """

    def __init__(self, total: int, stream=None, enabled: bool = True) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.enabled = enabled and total > 1
        self.tty = self.enabled and getattr(self.stream, "isatty", lambda: False)()
        self.done = self.failed = self.skipped = 0
        self.started = time.monotonic()
        self._last_draw = 0.0
        self._last_decile = -1

    def update(self, outcome: Outcome) -> None:
        self.done += 1
        self.failed += outcome.status == "failed"
        self.skipped += outcome.status == "skipped"
        if not self.enabled:
            return
        now = time.monotonic()
        if self.tty and (now - self._last_draw > 0.1 or self.done == self.total):
            self._last_draw = now
            self.stream.write("\r" + self.line(now) + "\x1b[K")
            self.stream.flush()
        elif not self.tty and self.done * 10 // self.total != self._last_decile:
            self._last_decile = self.done * 10 // self.total
            self.stream.write(self.line(now) + "\n")
            self.stream.flush()

    def line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        eta = (self.total - self.done) / rate if rate > 0 else 0
        filled = int(24 * self.done / self.total)
        extra = f" {self.failed} failed" if self.failed else ""
        extra += f" {self.skipped} unchanged" if self.skipped else ""
        return (f"[{'#' * filled}{'.' * (24 - filled)}] {self.done}/{self.total} clippings "
                f"{rate:.1f}/s ETA {_clock(eta)}{extra}")

    def close(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}" if seconds >= 3600 else f"{seconds // 60}:{seconds % 60:02d}"


# ---------------------------------------------------------------- the run


def run_batch(
    paths: Sequence[str | os.PathLike],
    out: str | os.PathLike,
    *,
    workers: int | None = None,
    force: bool = False,
    engine: str = "pool",
    scheduler: str | None = None,
    batch_size: int | None = None,
    quiet: bool = True,
    log_json: str | os.PathLike | None = None,
    process: Callable | None = None,
    store=None,
    max_bytes: int | None = None,
    errors=None,
) -> dict:
    """Process every clipping under `paths` into `out`; returns the report (also in report.json).

    Raises `NoInputError` / `MissingPathError` before touching `out` when there is
    nothing to do. `process` replaces `process_clipping` (a module-level function, so
    worker processes can import it); `store` replaces the graph store in `out`.
    Failed clippings are recorded in the report and, as a one-line message naming
    the file, on `errors` (stderr by default, even when quiet).
    """
    started = time.monotonic()
    inputs = collect_inputs(paths)
    workers = max(1, workers or os.cpu_count() or 1)
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    outputs = Outputs(Path(out))
    lock = outputs.lock()
    try:
        return _run_locked(inputs, outputs, started=started, workers=workers, force=force, engine=engine,
                           scheduler=scheduler, batch_size=batch_size, quiet=quiet, log_json=log_json,
                           process=process, store=store, max_bytes=max_bytes, errors=errors)
    finally:
        lock.close()


def _run_locked(inputs: list[Path], outputs: Outputs, *, started: float, workers: int, force: bool, engine: str,
                scheduler: str | None, batch_size: int | None, quiet: bool, log_json, process, store,
                max_bytes: int | None, errors) -> dict:
    from .reading import MAX_CLIPPING_BYTES, decode, read_bytes

    outputs.prepare()
    own_store = store is None
    store = open_store(outputs.root) if own_store else store
    key = pipeline_version()
    errors = errors if errors is not None else sys.stderr
    progress = Progress(len(inputs), enabled=not quiet)
    log = open(log_json, "w", encoding="utf-8") if log_json else None
    entries: dict[int, dict] = {}

    def finish(outcome: Outcome) -> None:
        entry = report_entry(outcome)
        entries[outcome.index] = entry
        if outcome.status == "failed":
            if progress.tty:
                errors.write("\r\x1b[K")
            named = outcome.file in (outcome.reason or "")  # our own messages already name the file
            errors.write(f"error: {'' if named else outcome.file + ': '}[{outcome.stage}] {outcome.reason}\n")
            errors.flush()
        if log is not None:
            log.write(json.dumps(entry, ensure_ascii=False) + "\n")
            log.flush()
        progress.update(outcome)

    stems: dict[str, str] = {}

    def jobs() -> Iterator[Job]:
        """Read, hash and triage inputs lazily, so only in-flight clippings sit in memory."""
        for index, path in enumerate(inputs):
            file, clipping = str(path), path.name
            stem = Path(clipping).stem
            if stem in stems:
                err = DuplicateClippingError(path=file, other=stems[stem], stem=stem)
                finish(failed(index, file, clipping, "input", err))
                continue
            stems[stem] = file
            try:
                data = read_bytes(path, max_bytes=max_bytes or MAX_CLIPPING_BYTES)
            except ShequError as err:
                outcome = failed(index, file, clipping, "read", err)
                outputs.commit(outcome, key, store)
                finish(outcome)
                continue
            sha256 = hashlib.sha256(data).hexdigest()
            if not force:
                state = outputs.is_done(clipping, key, sha256, store)
                if state is not None:
                    finish(Outcome(index=index, file=file, clipping=clipping, status="skipped", sha256=sha256,
                                   articles=state["articles"], facts=state["facts"], warnings=state["warnings"], chars=state.get("chars", 0)))
                    continue
            try:
                text, _encoding = decode(data, file)
            except ShequError as err:
                outcome = failed(index, file, clipping, "decode", err, sha256)
                outputs.commit(outcome, key, store)
                finish(outcome)
                continue
            yield Job(index=index, file=file, clipping=clipping, sha256=sha256, text=text)

    runner = None
    try:
        runner = make_engine(engine, workers, process=process, scheduler=scheduler)
        size = batch_size or default_batch_size(len(inputs), runner.workers)
        for _batch, outcomes in runner.map(batched(jobs(), size)):
            for outcome in outcomes:
                try:
                    outputs.commit(outcome, key, store)
                except (OSError, ValueError) as err:
                    outcome = failed(outcome.index, outcome.file, outcome.clipping, "write", err, outcome.sha256)
                    outputs.commit(outcome, key, store)
                finish(outcome)
    finally:
        if runner is not None:
            runner.close()
        progress.close()
        if log is not None:
            log.close()
        if own_store and hasattr(store, "close"):
            store.close()

    report = build_report([entries[i] for i in sorted(entries)], seconds=time.monotonic() - started, workers=runner.workers, engine=engine)
    write_atomic(outputs.root / REPORT_NAME, (json.dumps(report, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return report


def summary_line(report: dict, out: Path) -> str:
    totals = report["totals"]
    parts = [f"{totals['ok']} ok"]
    if totals["skipped"]:
        parts.append(f"{totals['skipped']} unchanged")
    if totals["failed"]:
        parts.append(f"{totals['failed']} failed")
    facts = sum(totals["facts"].values())
    return (f"{totals['clippings']} clippings ({', '.join(parts)}), {totals['articles']} articles, {facts} facts "
            f"in {totals['seconds']:.1f}s → {out / REPORT_NAME}")

