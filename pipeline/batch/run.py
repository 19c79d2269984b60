"""The run: inputs → jobs → engine → outputs committed in input order → report.json.

`run_batch` checks the arguments, claims the output folder and opens what the run
needs; `_Run` does the work of one run: it triages inputs into jobs (reading, hashing,
skipping unchanged clippings), commits what the engine sends back, and records every
clipping once (report entry, error line, --log-json line, progress).

No input stops the run: every failure of one clipping (an unreadable file or folder, an
undecodable text, an error in the pipeline, a worker that dies or runs over the time
limit, a sheet or store write that fails, a full disk) becomes its report entry with
stage and reason and one line on `errors`, and the run goes on to write report.json.
Only a bad output folder or option stops it, before any work (a usage error).
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import sqlite3
import sys
import threading
import time
from contextlib import ExitStack, closing
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Callable, Iterator, Protocol, Sequence, TextIO

from ..errors import DuplicateClippingError, OutputPathError, ShequError
from ..names import sheet_folder, shown
from ..reading import MAX_CLIPPING_BYTES, decode, read_bytes
from .engines import ENGINES, batched, default_batch_size, make_engine
from .inputs import Input, InputProblem, collect_inputs
from .jobs import Job, Outcome, failed, one_line, process_with_options
from .outputs import REPORT_NAME, Outputs, open_store
from .report import build_report, build_run, error_line, replaced_line, report_entry, run_entry
from .version import pipeline_version

# CPU seconds one clipping may take (`shequ run --timeout`). A 4 MiB clipping, the size
# limit, takes about a minute; a clipping that takes longer is stuck on something.
DEFAULT_TIMEOUT = 120.0
# What writing a clipping's outputs can raise that fails this clipping alone: the OS
# (disk full, permissions, name too long), encoding, SQLite (disk full, locked), our own.
WRITE_ERRORS = (OSError, ValueError, sqlite3.Error, ShequError, MemoryError)


class RunObserver(Protocol):
    """Hears of a run as it goes: the number of clippings, then each one as it finishes.

    The CLI's progress bar is one (`shequ.cli.progress.Progress`).
    """

    def start(self, total: int) -> None: ...

    def update(self, outcome: Outcome) -> None: ...

    def close(self) -> None: ...


class Unobserved:
    """The observer of a run nobody watches."""

    def start(self, total: int) -> None:
        pass

    def update(self, outcome: Outcome) -> None:
        pass

    def close(self) -> None:
        pass


class Report(dict):
    """report.json's content; `run` is what this run did (run.json: engine, workers, timings)."""

    run: dict
    written: bool = True  # whether report.json could be written (a full disk)


def run_batch(
    paths: Sequence[str | os.PathLike],
    out: str | os.PathLike,
    *,
    workers: int | None = None,
    force: bool = False,
    engine: str = "pool",
    scheduler: str | None = None,
    batch_size: int | None = None,
    log_json: str | os.PathLike | None = None,
    process: Callable | None = None,
    store=None,
    max_bytes: int | None = None,
    errors=None,
    progress: RunObserver | None = None,
    options: dict[str, dict] | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    follow_links: bool = False,
) -> Report:
    """Process every clipping under `paths` into `out`; returns the report (also in report.json).

    Raises `NoInputError` / `MissingPathError` before touching `out` when there is
    nothing to do, `OutputPathError` when `out` (or `log_json`) cannot be written. `process`
    replaces `process_clipping` (a module-level function, so worker processes can import
    it); `store` replaces the graph store in `out`. Failed clippings are recorded in the
    report and, as a one-line message naming the file, on `errors` (stderr by default).
    `progress` hears of every clipping as it finishes (the CLI draws its progress bar from
    it). `options` configure the pipeline's components (`{"partnerships": {"max_gap": 10}}`);
    they are part of what makes a clipping's outputs, so a clipping done with other options
    is done again. `timeout`: CPU seconds a clipping may take (None: no limit; with one
    worker and no limit, clippings run in this process). `follow_links`: follow symlinks
    that lead out of the input folders.
    """
    started = time.monotonic()
    inputs = collect_inputs(paths, follow_links=follow_links)
    workers = max(1, workers or os.cpu_count() or 1)
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    if timeout is not None and timeout <= 0:
        raise ValueError(f"timeout must be positive or None, not {timeout!r}")
    key = pipeline_version()
    if options:
        from ..clipping import default_pipeline  # refuses unknown components or options before any work

        key += "+" + hashlib.sha256(default_pipeline(options).fingerprint().encode()).hexdigest()[:12]
        process = partial(process_with_options, options=options) if process is None else process
    items = sorted([*inputs.clippings, *inputs.problems], key=lambda item: (item.path.as_posix(), item.clipping))
    outputs = Outputs(Path(out))
    with outputs.lock():
        outputs.prepare()
        with ExitStack() as cleanup:  # closed in reverse: progress, log, store, engine
            runner = cleanup.enter_context(closing(make_engine(engine, workers, process=process, scheduler=scheduler,
                                                               timeout=timeout)))
            if force or outputs.is_fresh():  # every clipping is to be processed: workers start now
                runner.start(len(inputs.clippings))
            if store is None:
                store = cleanup.enter_context(_opened_store(outputs))
            outputs.forget_legacy(store)
            log = cleanup.enter_context(_opened_log(log_json)) if log_json else None
            progress = _observing(cleanup, progress or Unobserved(), len(items))
            run = _Run(outputs, store, key=key, force=force, max_bytes=max_bytes or MAX_CLIPPING_BYTES,
                       errors=sys.stderr if errors is None else errors, log=log, progress=progress)
            run.process(runner, items, batch_size or default_batch_size(len(items), runner.workers))
        report = Report(build_report(run.report_entries()))
        report.run = build_run(run.run_entries(), version=run.key, seconds=time.monotonic() - started,
                               workers=runner.workers, engine=engine, timeout=timeout if engine == "pool" else None)
        report.written = run.write_record(report)
    return report


class _Writer:
    """A thread that commits batches of outcomes in the order they are put, at most
    WRITER_BACKLOG batches behind. An error in a commit stops it and is raised in the thread
    that puts or leaves; leaving (normally or by an error) waits for the batch in hand, and
    drops the rest only when leaving by an error (Ctrl-C: those clippings are done next run)."""

    def __init__(self, commit: Callable[[Outcome], None]) -> None:
        self.commit = commit
        self.queue: queue.Queue = queue.Queue(maxsize=WRITER_BACKLOG)
        self.error: BaseException | None = None
        self.dropping = False
        self.thread = threading.Thread(target=self._run, name="shequ-writer", daemon=True)

    def __enter__(self) -> "_Writer":
        self.thread.start()
        return self

    def put(self, batch: list[Outcome]) -> None:
        self._raise()
        self.queue.put(batch)

    def __exit__(self, kind, value, traceback) -> None:
        self.dropping = kind is not None
        self.queue.put(None)
        self.thread.join()
        if kind is None:
            self._raise()

    def _run(self) -> None:
        while (batch := self.queue.get()) is not None:
            if self.error is not None or self.dropping:
                continue  # drain, so `put` never blocks on a stopped writer
            try:
                for outcome in batch:
                    self.commit(outcome)
            except BaseException as err:  # noqa: BLE001 - handed to the main thread
                self.error = err

    def _raise(self) -> None:
        if self.error is not None:
            raise self.error


# Batches of outcomes the writer thread may be behind (each holds its sheets in memory).
WRITER_BACKLOG = 4


def _opened_store(outputs: Outputs):
    try:
        return open_store(outputs.root)
    except (OSError, sqlite3.Error) as err:
        raise OutputPathError(path=shown(outputs.root / "graph.sqlite"), what="the graph store", reason=one_line(err)) from err


def _opened_log(path: str | os.PathLike) -> TextIO:
    try:
        return open(path, "w", encoding="utf-8")
    except OSError as err:
        raise OutputPathError(path=shown(path), what="the --log-json file", reason=err.strerror or type(err).__name__) from err


def _observing(cleanup: ExitStack, progress: RunObserver, total: int) -> RunObserver:
    progress.start(total)
    cleanup.callback(progress.close)
    return progress


def _skipped(index: int, file: str, clipping: str, sha256: str, state: dict) -> Outcome:
    """An unchanged clipping: its counts come from the state record of the run that made it."""
    return Outcome(index=index, file=file, clipping=clipping, status="skipped", sha256=sha256, articles=state["articles"],
                   facts=state["facts"], warnings=state["warnings"], chars=state.get("chars", 0))


def _replaced(previous: dict | None, source: str, sha256: str) -> dict | None:
    """The earlier clipping of this name that another file with other content made, if any."""
    if previous is None or previous.get("source") in (None, source) or previous.get("sha256") == sha256:
        return None
    return {"file": previous.get("file"), "sha256": previous.get("sha256")}


# Inputs whose clippings' store upserts share a transaction (`_Run.commit_grouped`): the store's
# CPU on the 2 MB benchmark corpus goes down by a tenth from 1 to 4 (node resolution and the pages
# written at each COMMIT); a run killed has at most this many clippings to do again, and their
# --log-json lines and progress come when the group is committed.
STORE_GROUP = 4


@dataclass
class _StoreGroup:
    key: int  # input index // STORE_GROUP
    context: Any  # the store's `batch()`, entered
    settled: list[Outcome] = field(default_factory=list)  # in order: the group's and those settled meanwhile
    committed: dict[int, tuple[Any, Any]] = field(default_factory=dict)  # id of the group's → its replaces, source
    states: list[tuple[str, dict]] = field(default_factory=list)  # done records, written after the COMMIT
    forgotten: list[str] = field(default_factory=list)  # clippings of inputs that failed while it was open


class _Run:
    """One run into a claimed output folder: jobs out, outcomes committed and recorded."""

    def __init__(self, outputs: Outputs, store, *, key: str, force: bool, max_bytes: int, errors: TextIO,
                 log: TextIO | None, progress: RunObserver) -> None:
        self.outputs, self.store, self.key = outputs, store, key
        self.force, self.max_bytes = force, max_bytes
        self.errors, self.log, self.progress = errors, log, progress
        self.entries: dict[int, dict] = {}  # input index → report entry
        self.runs: dict[int, dict] = {}  # input index → run.json entry
        self.folders: dict[str, str] = {}  # sheet folder → the file that claimed it
        self.sources: dict[int, str] = {}  # input index → real path of the file (state records keep it)
        self.replaces: dict[int, dict] = {}  # input index → the earlier clipping it replaces
        # Held while the store, the state records or the fields above change: the writer
        # thread commits while this thread reads and triages the next inputs.
        self.lock = threading.RLock()
        self.group: _StoreGroup | None = None  # the store transaction open for a group of inputs

    def process(self, runner, items: list[Input | InputProblem], batch_size: int) -> None:
        outcomes = runner.map(batched(self.jobs(items), batch_size))
        try:
            if runner.workers < 2:  # the clippings run in this thread: nothing to overlap with
                for batch in outcomes:
                    for outcome in batch:
                        self.commit_grouped(outcome)
            else:
                # Worker processes: this thread keeps handing them clippings while a writer thread
                # commits what came back (sheet files and the store, a quarter of the CPU), in order.
                with _Writer(self.commit_grouped) as writer:
                    for batch in outcomes:
                        writer.put(batch)
        except BaseException:
            with self.lock:
                self._drop_group()  # its clippings are not done: the next run does them
            raise
        with self.lock:
            self._close_group()

    def jobs(self, items: list[Input | InputProblem]) -> Iterator[Job]:
        """Read, hash and triage inputs lazily, so only in-flight clippings sit in memory."""
        for index, item in enumerate(items):
            if isinstance(item, InputProblem):
                with self.lock:
                    self.finish(failed(index, item.file, item.clipping, "input", item.error))
                continue
            job = self.triage(index, item)
            if job is not None:
                yield job

    def triage(self, index: int, item: Input) -> Job | None:
        """The job for one input, or None when it is settled here: a second input of the same
        name, unreadable, unchanged since it was done, or undecodable."""
        with self.lock:  # reads the store and the state records the writer thread writes
            return self._triage(index, item)

    def _triage(self, index: int, item: Input) -> Job | None:
        file, clipping = item.file, item.clipping
        folder = sheet_folder(clipping).as_posix()
        if folder in self.folders:
            err = DuplicateClippingError(path=file, other=self.folders[folder], clipping=clipping, folder=folder)
            self.finish(failed(index, file, clipping, "input", err))
            return None
        self.folders[folder] = file
        try:
            data = read_bytes(item.path, max_bytes=self.max_bytes)
        except ShequError as err:
            self.reject(failed(index, file, clipping, "read", err))
            return None
        sha256 = hashlib.sha256(data).hexdigest()
        self.sources[index] = os.path.realpath(item.path)
        try:
            self.replaces[index] = _replaced(self.outputs.read_state(clipping), self.sources[index], sha256)
            state = None if self.force else self.outputs.is_done(clipping, self.key, sha256, self.store)
        except WRITE_ERRORS as err:  # the store cannot be read (disk error, locked)
            self.reject(failed(index, file, clipping, "store", err, sha256))
            return None
        if state is not None:
            self.finish(_skipped(index, file, clipping, sha256, state))
            return None
        try:
            text, _encoding = decode(data, item.path)
        except ShequError as err:
            self.reject(failed(index, file, clipping, "decode", err, sha256))
            return None
        return Job(index=index, file=file, clipping=clipping, sha256=sha256, text=text)

    def reject(self, outcome: Outcome) -> None:
        """An input that failed before processing: its earlier outputs go, it is recorded."""
        self.commit(outcome)

    def commit(self, outcome: Outcome) -> None:
        """Make a clipping's outcome durable; one whose outputs cannot be written fails alone."""
        with self.lock:
            if self.group is not None:  # an input failed while a group is open: what it forgets joins it
                self.group.forgotten.append(outcome.clipping)
            self._commit(outcome)

    # Store transactions: the outcomes of inputs index // STORE_GROUP .. are committed in one
    # (`_StoreGroup`), whatever the engine's batches, so 1 and 2 workers write the same file.
    def commit_grouped(self, outcome: Outcome) -> None:
        """`commit`, the store's part in the transaction of the outcome's group of inputs: the
        store resolves the nodes a group touches once and writes the pages its clippings share
        once. A clipping is done when its state record says so, and those of a group are written
        only once its transaction is committed: a run killed before leaves them to be done again,
        as one killed inside a clipping's commit does. Outcomes settled meanwhile are recorded
        (`finish`) after the group's, in the order they came. When anything of a group cannot be
        written, its transaction is rolled back and each of its outcomes is committed alone
        (`commit`: one that cannot be written fails alone)."""
        with self.lock:
            if getattr(self.store, "batch", None) is None:  # a store of the caller's, without transactions
                self._commit(outcome)
                return
            key = outcome.index // STORE_GROUP
            if self.group is not None and self.group.key != key:
                self._close_group()
            if self.group is None:
                context = self.store.batch()
                context.__enter__()
                self.group = _StoreGroup(key, context)
            group = self.group
            group.committed[id(outcome)] = (self.replaces.get(outcome.index), self.sources.get(outcome.index))
            group.settled.append(outcome)
            outcome.replaces = self.replaces.pop(outcome.index, None)
            source = self.sources.pop(outcome.index, None)
            try:
                self.outputs.commit(outcome, self.key, self.store, source=source, states=group.states)
            except WRITE_ERRORS as err:
                self.group = None
                group.context.__exit__(type(err), err, err.__traceback__)  # rolled back
                self._commit_alone(group)

    def _close_group(self) -> None:
        """Commit the open group's transaction, then write its state records and record its outcomes."""
        group, self.group = self.group, None
        if group is None:
            return
        try:
            group.context.__exit__(None, None, None)  # nodes resolved, COMMIT
        except WRITE_ERRORS:
            if getattr(self.store, "db", None) is not None and self.store.db.in_transaction:
                self.store.db.execute("ROLLBACK")  # the COMMIT itself failed
            self._commit_alone(group)
            return
        states = dict(group.states)
        for outcome in group.settled:
            state = states.get(outcome.clipping) if id(outcome) in group.committed and outcome.status == "ok" else None
            if state is not None:
                try:
                    self.outputs.write_state(outcome.clipping, state)
                except WRITE_ERRORS as err:
                    outcome = self._failed(outcome, err)
            self._record(outcome)

    def _drop_group(self) -> None:
        """Roll the open group's transaction back: the run is leaving by an error (no report is
        written, and its clippings are done again by the next run)."""
        group, self.group = self.group, None
        if group is not None:
            group.context.__exit__(KeyboardInterrupt, KeyboardInterrupt(), None)

    def _commit_alone(self, group: "_StoreGroup") -> None:
        """After a group's transaction was rolled back: each of its outcomes committed alone (the
        others recorded in their place), and the clippings of inputs that failed meanwhile
        forgotten again."""
        for outcome in group.settled:
            if id(outcome) in group.committed:
                self.replaces[outcome.index], self.sources[outcome.index] = group.committed[id(outcome)]
        for outcome in group.settled:
            if id(outcome) in group.committed:
                self._commit(outcome)
            else:
                self._record(outcome)
        for clipping in group.forgotten:
            try:
                if self.store.contains_clipping(clipping):
                    self.store.forget(clipping)
            except WRITE_ERRORS:
                pass  # as when it failed: the store keeps it, the next run forgets it

    def _commit(self, outcome: Outcome) -> None:
        outcome.replaces = self.replaces.pop(outcome.index, None)
        source = self.sources.pop(outcome.index, None)
        try:
            self.outputs.commit(outcome, self.key, self.store, source=source)
        except WRITE_ERRORS as err:
            outcome = self._failed(outcome, err)
        self.finish(outcome)

    def _failed(self, outcome: Outcome, err: BaseException) -> Outcome:
        """The failed outcome of a clipping whose outputs could not be written; its earlier outputs go."""
        stage = "store" if isinstance(err, sqlite3.Error) else "write"
        replaces = outcome.replaces
        outcome = failed(outcome.index, outcome.file, outcome.clipping, stage, err, outcome.sha256)
        outcome.replaces = replaces
        try:  # the failed clipping keeps nothing from earlier runs, if that can be done
            self.outputs.commit(outcome, self.key, self.store)
        except WRITE_ERRORS as again:
            outcome.reason = f"{outcome.reason}; its earlier outputs could not be removed either: {one_line(again)}"
        return outcome

    def finish(self, outcome: Outcome) -> None:
        """Record a settled clipping (`_record`), after the open group's outcomes when there is one."""
        if self.group is not None:
            self.group.settled.append(outcome)
        else:
            self._record(outcome)

    def _record(self, outcome: Outcome) -> None:
        """Record a settled clipping: report entry, error line, --log-json line, progress."""
        entry, done = report_entry(outcome), run_entry(outcome)
        self.entries[outcome.index], self.runs[outcome.index] = entry, done
        if outcome.status == "failed":
            self.say(error_line(outcome))
        if outcome.replaces is not None:
            self.say(replaced_line(outcome))
        if self.log is not None:
            try:
                self.log.write(json.dumps({**entry, "done": done["done"], "seconds": done["seconds"]}, ensure_ascii=False) + "\n")
                self.log.flush()
            except OSError as err:
                self.say(f"error: --log-json: {one_line(err)}; no more lines are written there\n")
                self.log = None
        self.progress.update(outcome)

    def say(self, line: str) -> None:
        try:
            self.errors.write(line)
            self.errors.flush()
        except (OSError, ValueError):  # stderr closed: report.json still has it
            pass

    def report_entries(self) -> list[dict]:
        return [self.entries[index] for index in sorted(self.entries)]

    def run_entries(self) -> list[dict]:
        return [self.runs[index] for index in sorted(self.runs)]

    def write_record(self, report: Report) -> bool:
        """report.json, then run.json; a failure is one line (and the run fails), never a traceback."""
        try:
            self.outputs.write_report(report)
        except OSError as err:
            self.say(f"error: {shown(self.outputs.root / REPORT_NAME)}: cannot write the report: {one_line(err)}\n")
            return False
        try:
            self.outputs.write_run(report.run)
        except OSError:
            pass  # timings only
        return True
