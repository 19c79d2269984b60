"""Engines map batches of jobs to outcomes: in this process, in worker processes, or on Dask.

Every engine's `map` yields each batch's outcomes in submission order, so the runner
writes outputs in input order whatever the engine and the number of workers.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from ..errors import ClippingTimeoutError, MissingExtraError, WorkerError
from .jobs import Job, Outcome, ReadAhead, failed, process_batch, release_free_memory, warm_worker
from .version import pipeline_version

ENGINES = ("pool", "dask")

# How often the pool looks at the CPU time of busy workers (seconds).
TICK = 0.5
# A worker that gets no CPU time (stopped, starved) is stopped after this many times the limit.
WALL_FACTOR = 10
# Workers that die while starting, in a row, before the pool gives up (a broken install).
MAX_START_FAILURES = 3
READY = "ready"
DIED = WorkerError(detail="the worker process died while processing this clipping (killed, out of memory or crashed)")


class InlineEngine:
    """Everything in this process (one worker, no time limit): no start-up cost, same results."""

    def __init__(self, process: Callable | None = None) -> None:
        self.process = process
        self.workers = 1
        self._warm = True  # with the first clipping to process: a run of unchanged clippings loads nothing

    def start(self, clippings: int) -> None:
        """Nothing to start ahead: the clippings run in this process."""

    def map(self, batches: Iterable[list[Job]]) -> Iterator[list[Outcome]]:
        for batch in batches:
            if self._warm:
                _warm(self.process)
                self._warm = False
            yield process_batch(batch, self.process)

    def close(self) -> None:
        pass


# ---------------------------------------------------------------- worker side


def worker_main(conn, process: Callable | None, parent: int) -> None:
    """A worker process: warm up, say so, then process one job per message until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the run, which stops its workers
    follow_parent(parent)
    _warm(process)
    try:
        conn.send(READY)
        while (job := conn.recv()) is not None:
            conn.send(process_batch([job], process)[0])
            # A long article's objects, freed, would otherwise stay in this worker's resident
            # size; after the send, so the run never waits for it.
            release_free_memory()
    except (EOFError, OSError):  # the run is gone
        pass
    # Every result went out whole, so nothing is left to do: the interpreter's teardown
    # would free the word table and the gazetteer object by object (a third of a second
    # the run waits for before it writes the store).
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def _warm(process: Callable | None) -> None:
    """Load what clippings need once per worker: the pipeline's data, or what a substitute
    `process` (tests) asks for with a `warm_up` attribute (none: nothing)."""
    warm = warm_worker if process is None else getattr(process, "warm_up", None)
    if warm is not None:
        warm()


def follow_parent(parent: int) -> None:
    """End this process as soon as `parent` (the run) ends, even when it is SIGKILLed.

    On Linux the kernel does it (`PR_SET_PDEATHSIG`), even while a clipping holds the
    interpreter in a long C call; elsewhere a thread checks every second whether the
    process was handed to another parent.
    """
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the run died before the line above took effect
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), name="follow-parent", daemon=True).start()


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(1)
        if os.getppid() != parent:
            os._exit(1)


# ---------------------------------------------------------------- run side


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) the process `pid` has used, or None where it cannot be read."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            data = handle.read()
        fields = data[data.rindex(b")") + 2:].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


@dataclass
class _Batch:
    jobs: list[Job]
    outcomes: list[Outcome | None] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.outcomes = [None] * len(self.jobs)

    def done(self) -> bool:
        return all(outcome is not None for outcome in self.outcomes)


class _Worker:
    """One worker process, the pipe to it, and the jobs sent to it: the one it is on and, sent
    ahead, the one it takes as soon as it sends the first back (`AHEAD`), so it never waits
    for the run's process to read an outcome and send the next clipping."""

    def __init__(self, context, process: Callable | None) -> None:
        self.conn, child = context.Pipe()
        self.proc = context.Process(target=worker_main, args=(child, process, os.getpid()), daemon=True, name="shequ-worker")
        self.proc.start()
        child.close()
        self.ready = False
        self.tasks: deque[tuple[_Batch, int]] = deque()  # sent, in the order the worker does them
        self.wall = 0.0  # when the first of them started (as far as this process can tell)
        self.cpu: float | None = None  # the worker's CPU time then

    @property
    def task(self) -> tuple[_Batch, int] | None:
        """The job the worker is on."""
        return self.tasks[0] if self.tasks else None

    def send(self, task: tuple[_Batch, int]) -> None:
        batch, index = task
        if not self.tasks:
            self._started()
        self.tasks.append(task)  # before sending: a worker that died is collected with it
        self.conn.send(batch.jobs[index])

    def done(self) -> tuple[_Batch, int]:
        """The job whose outcome just came back; the next one sent started when it was sent back."""
        task = self.tasks.popleft()
        if self.tasks:
            self._started()
        return task

    def _started(self) -> None:
        self.wall, self.cpu = time.monotonic(), cpu_seconds(self.proc.pid)

    def used(self) -> tuple[float, str]:
        """Seconds spent on the current job so far, and which clock measured them."""
        now = cpu_seconds(self.proc.pid)
        if self.cpu is not None and now is not None:
            return now - self.cpu, "CPU time"
        return time.monotonic() - self.wall, "wall-clock time"

    def stop(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()


# Jobs a worker holds at once: the one it is on and the next, sent ahead.
AHEAD = 2


class PoolEngine:
    """Worker processes (spawn start method), each warmed once, each holding at most `AHEAD`
    clippings (the one it is on and the next), so it goes on to the next straight away.

    - `timeout`: a clipping that takes more than this many seconds of its worker's CPU time
      (wall-clock time where another process's CPU time cannot be read) fails with E044,
      stage "timeout"; a worker that gets no CPU for `WALL_FACTOR` times the limit counts
      too; a clipping's clock starts when the worker sends back the one before it. The
      worker is killed and replaced, and the run goes on (the clipping it held ahead goes to
      another). None: no limit.
    - A worker that dies (killed, out of memory, segfault) fails only the clipping it was
      on (E040, stage "worker") and is replaced (the one it held ahead goes to another); workers that keep dying while they start
      (a broken install) fail the remaining clippings instead of being restarted forever.
    - Workers start with the first clippings to process (a run of unchanged clippings
      starts none), or before anything else when the run knows it has clippings to process
      (`start`: a fresh output folder, `--force`) and end when the run's process ends, even by SIGKILL (`follow_parent`).
    - Outcomes come back per batch in submission order, with at most 2 batches per worker
      read ahead, so memory stays bounded and outputs are written in input order.
    """

    def __init__(self, workers: int, process: Callable | None = None, timeout: float | None = None) -> None:
        import multiprocessing

        self.workers = workers
        self.process = process
        self.timeout = timeout
        self._context = multiprocessing.get_context("spawn")
        self._pool: list[_Worker] = []  # started with the first clippings: a run with nothing to do starts none
        self._start_failures = 0
        self._broken: WorkerError | None = None
        self._queue: deque[tuple[_Batch, int]] = deque()  # jobs of the batches read ahead, not sent yet

    def start(self, clippings: int) -> None:
        """Start the workers `clippings` to process will need, now: their start-up (imports,
        word table, gazetteer: about a second) then overlaps the run's own (the graph store,
        reading and hashing the inputs). Called only when they are known to need processing."""
        while len(self._pool) < min(self.workers, clippings):
            self._pool.append(_Worker(self._context, self.process))

    def map(self, batches: Iterable[list[Job]]) -> Iterator[list[Outcome]]:
        ahead = ReadAhead(batches, 2 * self.workers)
        window: deque[_Batch] = deque()  # batches read ahead, in order
        queue = self._queue
        while True:
            for jobs in ahead.take(len(window)):
                window.append(_Batch(jobs))
                queue.extend((window[-1], index) for index in range(len(jobs)))
            if window and window[0].done():
                yield window.popleft().outcomes  # type: ignore[misc]
                continue
            if not window:
                return
            self._dispatch(queue)
            self._collect()
            self._enforce_timeout()

    def _dispatch(self, queue: deque) -> None:
        if self._broken is not None:
            while queue:
                self._settle(queue.popleft(), lambda job: failed(job.index, job.file, job.clipping, "worker", self._broken, job.sha256))
            return
        while len(self._pool) < min(self.workers, len(queue) + self._busy()):
            self._pool.append(_Worker(self._context, self.process))
        # Every worker one job before any gets a second, and none gets a second while another
        # is still starting: a job held ahead waits behind one that may never end (a clipping
        # over the time limit), where the starting worker would take it within a second.
        depths = 1 if any(not worker.ready for worker in self._pool) else AHEAD
        for depth in range(1, depths + 1):
            for worker in self._pool:
                if worker.ready and len(worker.tasks) < depth and queue:
                    task = queue.popleft()
                    try:
                        worker.send(task)
                    except OSError:  # died between its last message and now: collected next
                        pass

    def _busy(self) -> int:
        return sum(worker.task is not None for worker in self._pool)

    def _collect(self) -> None:
        from multiprocessing.connection import wait

        if not self._pool:  # nothing to wait for (every clipping failed without a worker)
            return
        tick = TICK if self.timeout is not None and self._busy() else None
        ready = set(wait([w.conn for w in self._pool] + [w.proc.sentinel for w in self._pool], timeout=tick))
        for worker in list(self._pool):
            if worker.conn in ready:
                try:
                    message = worker.conn.recv()
                except (EOFError, OSError):
                    self._retire(worker, DIED)
                    continue
                if message == READY:
                    worker.ready, self._start_failures = True, 0
                elif worker.task is not None:
                    batch, index = worker.done()
                    batch.outcomes[index] = message
            elif worker.proc.sentinel in ready:
                self._retire(worker, DIED)

    def _enforce_timeout(self) -> None:
        if self.timeout is None:
            return
        for worker in list(self._pool):
            if worker.task is None:
                continue
            used, clock = worker.used()
            stalled = time.monotonic() - worker.wall > WALL_FACTOR * self.timeout
            if used > self.timeout or stalled:
                err = ClippingTimeoutError(limit=_seconds(self.timeout), clock=clock if not stalled else "wall-clock time")
                self._retire(worker, err, stage="timeout")

    def _retire(self, worker: _Worker, err: Exception, stage: str = "worker") -> None:
        """Stop `worker` and fail its clipping with `err`; `_dispatch` starts another if there is work."""
        exitcode = worker.proc.exitcode
        worker.stop()
        self._pool.remove(worker)
        if worker.task is not None:
            self._settle(worker.tasks.popleft(), lambda job: failed(job.index, job.file, job.clipping, stage, err, job.sha256))
            self._queue.extendleft(reversed(worker.tasks))  # sent ahead, never started: to another worker
        elif not worker.ready:
            self._start_failures += 1
            if self._start_failures >= MAX_START_FAILURES:
                self._broken = WorkerError(detail=f"worker processes exit while starting (exit code {exitcode})")

    @staticmethod
    def _settle(task: tuple[_Batch, int], outcome: Callable[[Job], Outcome]) -> None:
        batch, index = task
        job = batch.jobs[index]
        batch.outcomes[index] = outcome(job)
        batch.outcomes[index].chars = len(job.text)

    def close(self) -> None:
        for worker in self._pool:
            try:
                worker.conn.send(None)
            except OSError:
                pass
        deadline = time.monotonic() + 5
        for worker in self._pool:
            worker.proc.join(max(0.0, deadline - time.monotonic()))
            worker.stop()


def _seconds(value: float) -> str:
    return f"{value:g}"


def make_engine(engine: str, workers: int, process: Callable | None = None, scheduler: str | None = None,
                timeout: float | None = None):
    """The engine a run asked for. One worker without a time limit runs in this process;
    with a limit it gets a worker process too, so a clipping over the limit can be stopped."""
    if engine == "dask":
        try:
            from .dask import DaskEngine
        except ImportError as err:
            raise MissingExtraError(feature="--engine dask", package="dask[distributed]", extra="dask") from err

        # Dask runs clippings in threads of its workers, which cannot be stopped from here:
        # the time limit is the cluster's (README: `shequ run` on a Dask cluster).
        return DaskEngine(workers=workers, scheduler=scheduler, process=process, expected_version=pipeline_version())
    if workers <= 1 and timeout is None:
        return InlineEngine(process)
    return PoolEngine(workers, process, timeout)


def batched(jobs: Iterable[Job], size: int) -> Iterator[list[Job]]:
    batch: list[Job] = []
    for job in jobs:
        batch.append(job)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# Clippings per batch at most: a batch's outcomes are committed when its last clipping is
# back, so a small one keeps the writer busy steadily and workers never wait on a long batch.
MAX_BATCH = 4


def default_batch_size(clippings: int, workers: int) -> int:
    """Big enough to amortize task overhead, small enough to keep all workers busy to the end."""
    return max(1, min(MAX_BATCH, clippings // (4 * max(workers, 1)) or 1))
