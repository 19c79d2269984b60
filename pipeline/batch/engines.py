"""Engines map batches of jobs to outcomes: in this process, a process pool, or Dask.

Every engine's `map` yields each batch's outcomes in submission order, so the runner
writes outputs in input order whatever the engine and the number of workers.
"""

from __future__ import annotations

from collections import deque
from typing import Callable, Iterable, Iterator

from ..errors import MissingExtraError, WorkerError
from .jobs import Job, Outcome, failed, process_batch, warm_worker
from .version import pipeline_version

ENGINES = ("pool", "dask")


class InlineEngine:
    """Everything in this process (one worker): no start-up cost, same results."""

    def __init__(self, process: Callable | None = None) -> None:
        self.process = process
        self.workers = 1
        if process is None:  # a substitute process (tests) needs no segmenter
            warm_worker()

    def map(self, batches: Iterable[list[Job]]) -> Iterator[list[Outcome]]:
        for batch in batches:
            yield process_batch(batch, self.process)

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

    def __init__(self, workers: int, process: Callable | None = None) -> None:
        self.workers = workers
        self.process = process
        self._start()

    def _start(self) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("spawn")
        initializer = warm_worker if self.process is None else None  # a substitute process (tests) needs no segmenter
        self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context, initializer=initializer)

    def _restart(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._start()

    def _submit(self, batch: list[Job]):
        return self._pool.submit(process_batch, batch, self.process)

    def map(self, batches: Iterable[list[Job]]) -> Iterator[list[Outcome]]:
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
            yield outcomes

    def _isolated(self, job: Job) -> Outcome:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self._submit([job]).result()[0]
        except BrokenProcessPool:
            self._restart()
            err = WorkerError(detail="the worker process died while processing this clipping (killed, out of memory or crashed)")
            return failed(job.index, job.file, job.clipping, "worker", err, job.sha256)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def make_engine(engine: str, workers: int, process: Callable | None = None, scheduler: str | None = None):
    if engine == "dask":
        try:
            from .dask import DaskEngine
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
