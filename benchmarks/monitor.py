"""Run a command and watch it: wall and CPU seconds, peak RSS of it and of each descendant.

CPU seconds (user + system of the command and its workers) do not depend on what else the
machine runs, so they show the work done even when the wall clock is noisy.
"""

from __future__ import annotations

import resource
import subprocess
import time

import psutil


def run_monitored(command: list[str]) -> dict:
    """{"wall", "cpu", "main_peak", "peaks" (pid → bytes), "exit", "stderr"} of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    main = psutil.Process(process.pid)
    peaks: dict[int, int] = {}
    main_peak = 0
    while process.poll() is None:
        try:
            main_peak = max(main_peak, main.memory_info().rss)
            for child in main.children(recursive=True):
                try:
                    peaks[child.pid] = max(peaks.get(child.pid, 0), child.memory_info().rss)
                except psutil.NoSuchProcess:
                    pass
        except psutil.NoSuchProcess:
            pass
        time.sleep(0.1)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu, "main_peak": main_peak, "peaks": peaks, "exit": process.returncode,
            "stderr": process.stderr.read().decode()}
