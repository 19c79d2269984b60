"""The run: inputs → jobs → engine → outputs committed in input order → report.json."""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from pathlib import Path
from typing import Callable, Iterator, Protocol, Sequence

from ..errors import DuplicateClippingError, ShequError
from .engines import ENGINES, batched, default_batch_size, make_engine
from .inputs import collect_inputs
from .jobs import Job, Outcome, failed
from .outputs import REPORT_NAME, Outputs, open_store, write_atomic
from .report import build_report, report_entry
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
) -> dict:
    """Process every clipping under `paths` into `out`; returns the report (also in report.json).

    Raises `NoInputError` / `MissingPathError` before touching `out` when there is
    nothing to do. `process` replaces `process_clipping` (a module-level function, so
    worker processes can import it); `store` replaces the graph store in `out`.
    Failed clippings are recorded in the report and, as a one-line message naming
    the file, on `errors` (stderr by default). `progress` hears of every clipping as it
    finishes (the CLI draws its progress bar from it).
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
                           scheduler=scheduler, batch_size=batch_size, log_json=log_json, process=process,
                           store=store, max_bytes=max_bytes, errors=errors, progress=progress or Unobserved())
    finally:
        lock.close()


def _run_locked(inputs: list[Path], outputs: Outputs, *, started: float, workers: int, force: bool, engine: str,
                scheduler: str | None, batch_size: int | None, log_json, process, store,
                max_bytes: int | None, errors, progress: RunObserver) -> dict:
    from ..reading import MAX_CLIPPING_BYTES, decode, read_bytes

    outputs.prepare()
    own_store = store is None
    store = open_store(outputs.root) if own_store else store
    key = pipeline_version()
    errors = errors if errors is not None else sys.stderr
    progress.start(len(inputs))
    log = open(log_json, "w", encoding="utf-8") if log_json else None
    entries: dict[int, dict] = {}

    def finish(outcome: Outcome) -> None:
        entry = report_entry(outcome)
        entries[outcome.index] = entry
        if outcome.status == "failed":
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

    report = build_report([entries[i] for i in sorted(entries)], version=key, seconds=time.monotonic() - started, workers=runner.workers, engine=engine)
    write_atomic(outputs.root / REPORT_NAME, (json.dumps(report, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return report
