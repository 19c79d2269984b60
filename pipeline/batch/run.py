"""The run: inputs → jobs → engine → outputs committed in input order → report.json.

`run_batch` checks the arguments, claims the output folder and opens what the run
needs; `_Run` does the work of one run: it triages inputs into jobs (reading, hashing,
skipping unchanged clippings), commits what the engine sends back, and records every
clipping once (report entry, error line, --log-json line, progress).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from contextlib import ExitStack, closing
from functools import partial
from pathlib import Path
from typing import Callable, Iterator, Protocol, Sequence, TextIO

from ..errors import DuplicateClippingError, ShequError
from ..reading import MAX_CLIPPING_BYTES, decode, read_bytes
from .engines import ENGINES, batched, default_batch_size, make_engine
from .inputs import collect_inputs
from .jobs import Job, Outcome, failed, process_with_options
from .outputs import Outputs, open_store
from .report import build_report, error_line, report_entry
from .version import pipeline_version


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
) -> dict:
    """Process every clipping under `paths` into `out`; returns the report (also in report.json).

    Raises `NoInputError` / `MissingPathError` before touching `out` when there is
    nothing to do. `process` replaces `process_clipping` (a module-level function, so
    worker processes can import it); `store` replaces the graph store in `out`.
    Failed clippings are recorded in the report and, as a one-line message naming
    the file, on `errors` (stderr by default). `progress` hears of every clipping as it
    finishes (the CLI draws its progress bar from it). `options` configure the pipeline's
    components (`{"partnerships": {"max_gap": 10}}`); they are part of what makes a
    clipping's outputs, so a clipping done with other options is done again.
    """
    started = time.monotonic()
    inputs = collect_inputs(paths)
    workers = max(1, workers or os.cpu_count() or 1)
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    key = pipeline_version()
    if options:
        from ..clipping import default_pipeline  # refuses unknown components or options before any work

        key += "+" + hashlib.sha256(default_pipeline(options).fingerprint().encode()).hexdigest()[:12]
        process = partial(process_with_options, options=options) if process is None else process
    outputs = Outputs(Path(out))
    with outputs.lock():
        outputs.prepare()
        with ExitStack() as cleanup:  # closed in reverse: engine, progress, log, store
            if store is None:
                store = cleanup.enter_context(open_store(outputs.root))
            log = cleanup.enter_context(open(log_json, "w", encoding="utf-8")) if log_json else None
            progress = _observing(cleanup, progress or Unobserved(), len(inputs))
            run = _Run(outputs, store, key=key, force=force, max_bytes=max_bytes or MAX_CLIPPING_BYTES,
                       errors=sys.stderr if errors is None else errors, log=log, progress=progress)
            runner = cleanup.enter_context(closing(make_engine(engine, workers, process=process, scheduler=scheduler)))
            run.process(runner, inputs, batch_size or default_batch_size(len(inputs), runner.workers))
        report = build_report(run.report_entries(), version=run.key, seconds=time.monotonic() - started,
                              workers=runner.workers, engine=engine)
        outputs.write_report(report)
    return report


def _observing(cleanup: ExitStack, progress: RunObserver, total: int) -> RunObserver:
    progress.start(total)
    cleanup.callback(progress.close)
    return progress


def _skipped(index: int, file: str, clipping: str, sha256: str, state: dict) -> Outcome:
    """An unchanged clipping: its counts come from the state record of the run that made it."""
    return Outcome(index=index, file=file, clipping=clipping, status="skipped", sha256=sha256, articles=state["articles"],
                   facts=state["facts"], warnings=state["warnings"], chars=state.get("chars", 0))


class _Run:
    """One run into a claimed output folder: jobs out, outcomes committed and recorded."""

    def __init__(self, outputs: Outputs, store, *, key: str, force: bool, max_bytes: int, errors: TextIO,
                 log: TextIO | None, progress: RunObserver) -> None:
        self.outputs, self.store, self.key = outputs, store, key
        self.force, self.max_bytes = force, max_bytes
        self.errors, self.log, self.progress = errors, log, progress
        self.entries: dict[int, dict] = {}  # input index → report entry
        self.stems: dict[str, str] = {}  # sheet folder name → the file that claimed it

    def process(self, runner, inputs: list[Path], batch_size: int) -> None:
        for outcomes in runner.map(batched(self.jobs(inputs), batch_size)):
            for outcome in outcomes:
                self.commit(outcome)

    def jobs(self, inputs: list[Path]) -> Iterator[Job]:
        """Read, hash and triage inputs lazily, so only in-flight clippings sit in memory."""
        for index, path in enumerate(inputs):
            job = self.triage(index, path)
            if job is not None:
                yield job

    def triage(self, index: int, path: Path) -> Job | None:
        """The job for one input, or None when it is settled here: a second file of the same
        name, unreadable, unchanged since it was done, or undecodable."""
        file, clipping = str(path), path.name
        stem = Path(clipping).stem
        if stem in self.stems:
            err = DuplicateClippingError(path=file, other=self.stems[stem], stem=stem)
            self.finish(failed(index, file, clipping, "input", err))
            return None
        self.stems[stem] = file
        try:
            data = read_bytes(path, max_bytes=self.max_bytes)
        except ShequError as err:
            self.reject(failed(index, file, clipping, "read", err))
            return None
        sha256 = hashlib.sha256(data).hexdigest()
        state = None if self.force else self.outputs.is_done(clipping, self.key, sha256, self.store)
        if state is not None:
            self.finish(_skipped(index, file, clipping, sha256, state))
            return None
        try:
            text, _encoding = decode(data, file)
        except ShequError as err:
            self.reject(failed(index, file, clipping, "decode", err, sha256))
            return None
        return Job(index=index, file=file, clipping=clipping, sha256=sha256, text=text)

    def reject(self, outcome: Outcome) -> None:
        """An input that failed before processing: its earlier outputs go, it is recorded."""
        self.outputs.commit(outcome, self.key, self.store)
        self.finish(outcome)

    def commit(self, outcome: Outcome) -> None:
        """Make a processed clipping durable; one whose outputs cannot be written fails alone."""
        try:
            self.outputs.commit(outcome, self.key, self.store)
        except (OSError, ValueError) as err:
            outcome = failed(outcome.index, outcome.file, outcome.clipping, "write", err, outcome.sha256)
            self.outputs.commit(outcome, self.key, self.store)
        self.finish(outcome)

    def finish(self, outcome: Outcome) -> None:
        """Record a settled clipping: report entry, error line, --log-json line, progress."""
        entry = report_entry(outcome)
        self.entries[outcome.index] = entry
        if outcome.status == "failed":
            self.errors.write(error_line(outcome))
            self.errors.flush()
        if self.log is not None:
            self.log.write(json.dumps(entry, ensure_ascii=False) + "\n")
            self.log.flush()
        self.progress.update(outcome)

    def report_entries(self) -> list[dict]:
        return [self.entries[index] for index in sorted(self.entries)]
