"""`shequ run`'s progress bar (pipeline/cli/progress.py): what it draws and where."""

from __future__ import annotations

import io
from types import SimpleNamespace

from shequ.cli.progress import Progress, _clock

OK, FAILED, SKIPPED = (SimpleNamespace(status=s) for s in ("ok", "failed", "skipped"))


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_in_a_log_it_prints_the_first_clipping_then_one_line_per_tenth_with_counts():
    stream = io.StringIO()
    bar = Progress(stream)
    bar.start(20)
    for outcome in [OK] * 17 + [FAILED, SKIPPED, OK]:
        bar.update(outcome)
    bar.close()
    lines = stream.getvalue().splitlines()
    assert [line.split()[1] for line in lines] == ["1/20"] + [f"{n}/20" for n in range(2, 21, 2)]
    assert lines[1].startswith("[##......................] 2/20 clippings ") and "/s ETA " in lines[1]
    assert lines[-1].startswith("[########################] 20/20 clippings ")
    assert lines[-1].endswith(" 1 failed 1 unchanged")


def test_on_a_terminal_it_redraws_in_place_and_an_error_line_clears_it_first():
    stream = Terminal()
    bar = Progress(stream)
    bar.start(2)
    bar.update(OK)
    bar.write("error: x.txt: [read] broken\n")
    bar.flush()
    bar.update(FAILED)
    bar.close()
    text = stream.getvalue()
    assert text.startswith("\r[############............] 1/2 clippings ")
    assert "\x1b[K\r\x1b[Kerror: x.txt: [read] broken\n\r[########################] 2/2 clippings " in text
    assert text.endswith(" 1 failed\x1b[K\n")


def test_quiet_or_a_single_clipping_draws_nothing_but_errors_still_show():
    for bar, total in ((Progress(Terminal(), enabled=False), 5), (Progress(Terminal()), 1)):
        bar.start(total)
        bar.update(FAILED)
        bar.write("error: one line\n")
        bar.close()
        assert bar.stream.getvalue() == "error: one line\n"


def test_eta_clock_shows_hours_only_when_needed():
    assert [_clock(s) for s in (0, 59.4, 61, 3599.6, 3661)] == ["0:00", "0:59", "1:01", "1:00:00", "1:01:01"]
