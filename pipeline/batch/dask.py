"""Dask engine: the same per-clipping function as the process pool, on a Dask cluster.

`shequ run ... --engine dask [--scheduler tcp://HOST:PORT]`

- Work goes out in batches of clippings (`jobs.process_batch`), never one task per
  clipping, and every task is submitted with `pure=False`: two identical batches
  (the same file twice, a re-run with --force) are both executed, not deduplicated.
- Each worker is set up once by `WarmupPlugin` (segmenter, user dictionary,
  extractor data), just like the pool's initializer.
- The client reads the input files and ships decoded text in the tasks, so workers
  need no shared filesystem; results come back to the client, which writes the sheet
  files and merges them into the one graph store, in input order. Outputs are
  byte-identical to a pool run.
- Without `--scheduler`, a `LocalCluster` with one single-threaded worker process per
  requested worker is started and stopped around the run.
- Every task carries the client's pipeline version; a worker with different code or
  lexicons fails its clippings (stage "worker", E041) instead of writing other results.
- A batch whose task fails (its worker died: Dask gives up after retrying) is run again
  one clipping per task, so only the clipping that kills workers fails (stage "worker").
- No per-clipping time limit: clippings run in threads of the Dask workers, which
  cannot be stopped from the client; set limits on the cluster.
- A cluster left with no live worker does not hang the run. The client waits for a
  result in short polls and asks the scheduler how many workers it has; after
  `restart_after` seconds without one it starts the local cluster's workers again
  (a nanny under heavy load may fail to bring back a worker that died), and after
  `give_up_after` seconds it fails the waiting clippings (stage "worker", E040), and
  every later one while no worker has come back, so the batch ends with a report.
"""

from __future__ import annotations

import time
from collections import deque
from typing import Callable, Iterable, Iterator

from distributed import Client, LocalCluster
from distributed.diagnostics.plugin import WorkerPlugin

from ..errors import SchedulerUnreachableError, WorkerError
from .jobs import Job, Outcome, ReadAhead, failed, process_batch, warm_worker


class WarmupPlugin(WorkerPlugin):
    """Loads the segmenter and the user dictionary once on every worker (and on new ones)."""

    name = "shequ-warmup"

    def setup(self, worker) -> None:
        warm_worker()


class NoWorker(Exception):
    """The cluster has had no live worker for `DaskEngine.give_up_after` seconds."""


class DaskEngine:
    """Maps batches of `Job`s over a Dask cluster; yields outcomes in submission order."""

    poll_seconds = 2.0
    restart_after = 20.0  # a nanny brings a killed worker back in a few seconds when it can
    give_up_after = 300.0  # long enough for a remote cluster's workers to be restarted by hand

    def __init__(self, workers: int, scheduler: str | None = None, process: Callable | None = None,
                 expected_version: str | None = None) -> None:
        self.process = process
        self.expected_version = expected_version
        self._cluster = None
        if scheduler:
            try:
                self.client = Client(scheduler, timeout=30)
            except (OSError, TimeoutError) as err:
                raise SchedulerUnreachableError(address=scheduler, reason=f"{type(err).__name__}: {err}") from err
        else:
            # One single-threaded process per worker: jieba and spaCy hold the GIL, so
            # threads would not run clippings in parallel.
            self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                         dashboard_address=None, silence_logs=40)
            self.client = Client(self._cluster)
        if process is None:  # a substitute process (tests) needs no segmenter
            self.client.register_plugin(WarmupPlugin(), name=WarmupPlugin.name)
        self.workers = max(1, sum(self.client.nthreads().values())) if scheduler else workers
        self._gave_up = False

    def start(self, clippings: int) -> None:
        """Nothing to start ahead: the cluster's workers are up once the engine is made."""

    def map(self, batches: Iterable[list[Job]]) -> Iterator[list[Outcome]]:
        pending: deque = deque()
        ahead = ReadAhead(batches, 2 * self.workers)
        while True:
            for batch in ahead.take(len(pending)):
                pending.append((batch, self._submit(batch)))
            if not pending:
                return
            batch, future = pending.popleft()
            try:
                yield self._result(future)
            except NoWorker:
                yield [self._no_worker(job) for job in batch]
            except Exception:  # noqa: BLE001 - the task's worker died (KilledWorker) or the task was lost
                yield [self._isolated(job) for job in batch]

    def _submit(self, batch: list[Job]):
        return self.client.submit(process_batch, batch, self.process, self.expected_version, pure=False)

    def _isolated(self, job: Job) -> Outcome:
        """One clipping of a batch whose task failed, run alone: only the one that kills workers fails."""
        try:
            return self._result(self._submit([job]))[0]
        except NoWorker:
            return self._no_worker(job)
        except Exception as err:  # noqa: BLE001
            detail = f"the Dask task of this clipping failed ({type(err).__name__}: its worker died or was lost)"
            return failed(job.index, job.file, job.clipping, "worker", WorkerError(detail=detail), job.sha256)

    def _result(self, future):
        """The future's result, waited for in polls that check the cluster still has a worker."""
        idle_since = None
        restarted = False
        while True:
            if not self._gave_up:
                try:
                    return future.result(timeout=self.poll_seconds)
                except TimeoutError:
                    if future.done():  # the task itself raised TimeoutError
                        raise
            if self.client.nthreads():
                self._gave_up = False
                idle_since = None
                continue
            if self._gave_up:
                future.cancel()
                raise NoWorker
            now = time.monotonic()
            idle_since = now if idle_since is None else idle_since
            if self._cluster is not None and not restarted and now - idle_since >= self.restart_after:
                self._restart_workers()
                restarted = True
            if now - idle_since >= self.give_up_after:
                self._gave_up = True
                future.cancel()
                raise NoWorker

    def _restart_workers(self) -> None:
        """New worker processes for the local cluster, in place of ones whose nannies gave up."""
        wanted = len(self._cluster.worker_spec) or self.workers
        # Two steps, each waited for: the cluster reconciles its workers with its spec in
        # the background, and a second change made while the first is applied can be lost.
        self._cluster.scale(0)
        deadline = time.monotonic() + self.restart_after
        while self._cluster.workers and time.monotonic() < deadline:
            time.sleep(self.poll_seconds / 4)
        self._cluster.scale(wanted)

    def _no_worker(self, job: Job) -> Outcome:
        detail = f"no live Dask worker for {self.give_up_after:g} s, so this clipping was not processed"
        return failed(job.index, job.file, job.clipping, "worker", WorkerError(detail=detail), job.sha256)

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()
