"""`shequ run`'s progress bar: one line on stderr, fed by the runner as clippings finish.

Only the standard library is imported here: `shequ --help` stays fast.
"""

from __future__ import annotations

import sys
import time


class Progress:
    """A one-line progress bar on stderr: done/total, clippings/s, ETA, failures.

    On a terminal it redraws in place; otherwise (CI logs, pipes) it prints a line
    every 10% so logs stay short. It observes a run (`start`, `update` per finished
    clipping, `close`) and is also the stream for the run's error lines: each message
    written to it first clears the bar, so it gets a line of its own.
    """

    def __init__(self, stream=None, enabled: bool = True) -> None:
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.tty = False
        self.total = self.done = self.failed = self.skipped = 0
        self.started = time.monotonic()
        self._last_draw = 0.0
        self._last_decile = -1

    def start(self, total: int) -> None:
        self.total = total
        self.enabled = self.enabled and total > 1
        self.tty = self.enabled and getattr(self.stream, "isatty", lambda: False)()
        self.started = time.monotonic()

    def update(self, outcome) -> None:
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

    def write(self, text: str) -> None:
        """A message (an error line) on a line of its own: the bar is cleared first."""
        if self.tty:
            self.stream.write("\r\x1b[K")
        self.stream.write(text)

    def flush(self) -> None:
        self.stream.flush()

    def close(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}" if seconds >= 3600 else f"{seconds // 60}:{seconds % 60:02d}"
