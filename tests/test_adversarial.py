"""No input can destroy, crash or stall a batch (issue 11).

One batch over a corpus built to hurt: names that are `..`, newlines, GBK bytes or 253
bytes long; empty, binary, blank, undecodable, oversize and article-less files; a stray
NUL; UTF-32 without BOM; symlink loops, broken links, links out of the input folder, a
FIFO, an unreadable folder; a clipping that never ends and one that kills its worker.
Each bad input gives one line and one report entry, every good clipping is written,
nothing outside OUT/ changes, earlier batches in OUT/ survive, and running again gives
the same store. Then the limits one at a time: time, full disk, killed run.
"""

from __future__ import annotations

import errno
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from shequ import batch
from shequ.batch import outputs as batch_outputs
from shequ.batch import run_batch
from shequ.batch.engines import cpu_seconds
from shequ.clipping import process_clipping
from shequ.graph.store import GraphStore

ROOT = Path(__file__).resolve().parent.parent
H01 = (ROOT / "corpus" / "heldout" / "h01_chengdu_hangzhou.txt").read_text(encoding="utf-8")
H02 = (ROOT / "corpus" / "heldout" / "h02_wrapped_mojibake.txt").read_text(encoding="utf-8")
GBK_NAME = os.fsdecode("社区.txt".encode("gbk"))  # the bytes an unzipped Chinese Windows archive gives
LONG_NAME = "长" * 83 + ".txt"  # 253 bytes


def hostile_process(raw: str, clipping: str):
    """The real pipeline, except on cue: "SPIN" never ends, "DIE" kills the worker, "RAISE" raises,
    "REGEX" sits in one catastrophic regular-expression call (C code holding the interpreter)."""
    if raw.startswith("SPIN"):
        while True:
            pass
    if raw.startswith("DIE"):
        os._exit(3)
    if raw.startswith("RAISE"):
        raise ValueError("failure on purpose")
    if raw.startswith("REGEX"):
        import re

        re.fullmatch(r"(a+)+b", "a" * 64)
    return process_clipping(raw, clipping)


hostile_process.warm_up = batch.warm_worker  # workers load the pipeline before their first clipping


def files(root: Path) -> dict[str, tuple[int, bytes | str]]:
    """Everything under `root` but `out/`: path → (mode, content or link target)."""
    found = {}
    for folder, dirs, names in os.walk(root):
        if Path(folder) == root:
            dirs[:] = [d for d in dirs if d != "out"]
        for name in sorted(dirs + names):
            path = Path(folder) / name
            info = os.lstat(path)
            if os.path.islink(path):
                found[str(path)] = (info.st_mode, os.readlink(path))
            elif path.is_file() and not name.endswith(".fifo.txt"):
                found[str(path)] = (info.st_mode, path.read_bytes())
            else:
                found[str(path)] = (info.st_mode, "")
    return found


def build_corpus(root: Path) -> tuple[Path, list[Path]]:
    """The hostile inputs: a folder, plus files given directly. Returns (folder, direct files)."""
    folder = root / "in"
    for sub in ("good", "A", "B", "bad", "locked"):
        (folder / sub).mkdir(parents=True)
    good = folder / "good"
    (good / "h01.txt").write_text(H01, encoding="utf-8")
    at = H01.index("社区")
    (good / "nul.txt").write_text(H01[:at] + "\x00" + H01[at:], encoding="utf-8")  # one stray NUL: accepted
    (good / "gb18030.txt").write_bytes(H01.encode("gb18030"))
    (good / "utf32.txt").write_bytes(H02.encode("utf-32-le"))  # no BOM
    (good / GBK_NAME).write_text(H02, encoding="utf-8")
    (good / LONG_NAME).write_text(H02, encoding="utf-8")
    (folder / "A" / "same.txt").write_text(H01, encoding="utf-8")  # same name, other folder: both kept
    (folder / "B" / "same.txt").write_text(H02, encoding="utf-8")
    bad = folder / "bad"
    (bad / "new\nline.txt").write_text("RAISE\n", encoding="utf-8")
    (bad / "empty.txt").write_bytes(b"")
    (bad / "blank.txt").write_text(" \n\t\n", encoding="utf-8")
    (bad / "binary.txt").write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    cut = len(H02[:20].encode("utf-8"))
    (bad / "invalid.txt").write_bytes(H02.encode("utf-8")[:cut] + b"\xff" + H02.encode("utf-8")[cut:])
    (bad / "huge.txt").write_text("社区" * 40_000, encoding="utf-8")  # 240 KB: over this run's limit
    (bad / "lines.txt").write_text("".join(f"第{i}行\n" for i in range(1000)), encoding="utf-8")
    (bad / "spin.txt").write_text("SPIN\n", encoding="utf-8")
    (bad / "die.txt").write_text("DIE\n", encoding="utf-8")
    os.symlink(bad / "loop.txt", bad / "loop.txt")
    os.symlink(bad / "gone.txt", bad / "broken.txt")
    os.mkfifo(bad / "pipe.fifo.txt")
    (folder / "locked" / "hidden.txt").write_text(H01, encoding="utf-8")
    elsewhere = root / "elsewhere"
    (elsewhere / "deep").mkdir(parents=True)
    (elsewhere / "deep" / "secret.txt").write_text(H01, encoding="utf-8")
    os.symlink(elsewhere, folder / "outside")  # a folder link out of the input folder
    os.symlink(elsewhere / "deep" / "secret.txt", folder / "outside.txt")  # a file link out of it
    os.symlink(folder / "good", folder / "A" / "again")  # a link inside: followed, h01 etc. counted once
    direct = root / "direct"
    direct.mkdir()
    for name in ("..txt", "...txt", ".txt"):  # stems ".", "..", "": hidden in a folder walk, so given directly
        (direct / name).write_text(H02, encoding="utf-8")
    return folder, [direct / "..txt", direct / "...txt", direct / ".txt"]


def unreadable(folder: Path, monkeypatch) -> None:
    """Make `folder` unlistable: permissions, and for root (who reads anything) a refusing scandir."""
    folder.chmod(0)
    if os.geteuid() == 0:
        real = os.scandir

        def scandir(path="."):
            if Path(path) == folder:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real(path)

        monkeypatch.setattr(os, "scandir", scandir)


EXPECTED_FAILURES = {  # clipping → (stage, start of the reason)
    "bad/binary.txt": ("decode", "E011"),
    "bad/blank.txt": ("decode", "E015"),
    "bad/broken.txt": ("read", "E014"),
    "bad/die.txt": ("worker", "E040"),
    "bad/empty.txt": ("decode", "E010"),
    "bad/huge.txt": ("read", "E013"),
    "bad/invalid.txt": ("decode", "E012"),
    "bad/lines.txt": ("clipping", "E021"),
    "bad/loop.txt": ("read", "E014"),
    "bad/new\\nline.txt": ("process", "ValueError: failure on purpose"),
    "bad/pipe.fifo.txt": ("read", "E014"),
    "bad/spin.txt": ("timeout", "E044"),
    "locked": ("input", "E026"),
    "outside": ("input", "E027"),
    "outside.txt": ("input", "E027"),
}
GOOD = ["A/same.txt", "B/same.txt", "good/\\xc9\\xe7\\xc7\\xf8.txt", "good/gb18030.txt", "good/h01.txt",
        f"good/{LONG_NAME}", "good/nul.txt", "good/utf32.txt", "..txt", "...txt", ".txt"]


def test_one_hostile_batch_reports_every_bad_input_once_and_writes_every_good_one(tmp_path, monkeypatch):
    folder, direct = build_corpus(tmp_path)
    out = tmp_path / "out"
    earlier = tmp_path / "earlier"  # an earlier batch into the same OUT, and a file of the user's own
    earlier.mkdir()
    (earlier / "kept.txt").write_text(H01, encoding="utf-8")
    run_batch([earlier], out, workers=1, timeout=None)
    (out / "notes.md").write_text("mine", encoding="utf-8")
    before_outside = files(tmp_path)
    kept = {p: p.read_bytes() for p in (out / "factsheets" / "kept").iterdir()}

    def hostile_run() -> tuple[dict, list[str]]:
        errors = io.StringIO()
        with monkeypatch.context() as patch:
            unreadable(folder / "locked", patch)
            try:
                report = run_batch([folder, *direct], out, workers=1, timeout=2, max_bytes=200_000, errors=errors,
                                   process=hostile_process)
            finally:
                (folder / "locked").chmod(0o755)
        return report, errors.getvalue().splitlines()

    report, lines = hostile_run()
    entries = {entry["clipping"]: entry for entry in report["clippings"]}
    failures = {name: (e["stage"], e["reason"].split(" ", 1)[0] if e["reason"].startswith("E") else e["reason"])
                for name, e in entries.items() if e["status"] == "failed"}
    assert failures == EXPECTED_FAILURES
    assert sorted(name for name, e in entries.items() if e["status"] == "ok") == sorted(GOOD)
    # one line per bad input, printable, naming its file; nothing else on stderr
    assert len(lines) == len(EXPECTED_FAILURES) and all(line.startswith("error: ") and line.isprintable() for line in lines)
    assert any(f"{folder / 'bad'}/new\\nline.txt: [process]" in line for line in lines)
    assert all(e["reason"].isprintable() for e in entries.values() if e["status"] == "failed")
    assert entries["bad/lines.txt"]["reason"].startswith("E021 bad/lines.txt: no article body found (only 1000 short lines)")
    cut = len(H02[:20].encode("utf-8"))
    assert f"(invalid UTF-8 at byte {cut}: 1 invalid byte sequence in otherwise UTF-8 text)" in entries["bad/invalid.txt"]["reason"]
    # every good clipping has its sheets, in a folder under factsheets/ named after it
    sheets = out / "factsheets"
    for folder_name in ("A/same", "B/same", "good/\\xc9\\xe7\\xc7\\xf8", "good/gb18030", "good/h01", "good/" + "长" * 83,
                        "good/nul", "good/utf32", "\\x2e", "\\x2e.", "\\x2etxt"):
        assert list((sheets / folder_name).glob("*.json")), folder_name
    assert (json.loads(next((sheets / "A" / "same").glob("*.json")).read_text(encoding="utf-8"))["clipping"]) == "A/same.txt"
    gb18030 = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((sheets / "good" / "gb18030").glob("*.json"))]
    h01 = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((sheets / "good" / "h01").glob("*.json"))]
    assert [s["places"] for s in gb18030] == [s["places"] for s in h01]  # same text, same facts
    # the earlier batch, the user's own file and everything outside OUT/ are untouched
    assert {p: p.read_bytes() for p in (sheets / "kept").iterdir()} == kept
    assert (out / "notes.md").read_text(encoding="utf-8") == "mine"
    assert (out / "graph.sqlite").is_file() and (out / "report.json").is_file()
    with GraphStore(out / "graph.sqlite") as store:
        assert store.contains_clipping("kept.txt") and store.contains_clipping("..txt")
        first_store = store.dump()
    assert files(tmp_path) == before_outside
    # running again: the same report and the same store
    again, lines_again = hostile_run()
    assert again == report and len(lines_again) == len(lines)
    with GraphStore(out / "graph.sqlite") as store:
        assert store.dump() == first_store


def test_follow_links_follows_a_link_out_of_the_input_folder(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "a.txt").write_text("标题\n正文。\n", encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    os.symlink(elsewhere, folder / "outside")
    refused = batch.collect_inputs([folder])
    assert [str(p.error) for p in refused.problems] == [
        f"E027 {folder / 'outside'}: symlink to {elsewhere}, outside the input folders; not followed. "
        "Pass --follow-links to follow it, or remove the link."]
    followed = batch.collect_inputs([folder], follow_links=True)
    assert [(item.clipping, item.path) for item in followed.clippings] == [("outside/a.txt", folder / "outside" / "a.txt")]
    assert followed.problems == []


def test_a_link_to_the_root_folder_is_not_walked(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("标题\n正文。\n", encoding="utf-8")
    os.symlink("/", folder / "root")  # once collected 4,055 files through /proc
    found = batch.collect_inputs([folder])
    assert [item.clipping for item in found.clippings] == ["a.txt"]
    assert [problem.clipping for problem in found.problems] == ["root"]


# ---------------------------------------------------------------- time


def spinning(raw: str, clipping: str):
    """Fast stand-in: "SPIN" never ends, "REGEX" sits in one C call, the rest is the fake pipeline."""
    from fake_pipeline import fake_process

    if raw.startswith(("SPIN", "REGEX")):
        return hostile_process(raw, clipping)
    return fake_process(raw, clipping)


@pytest.mark.parametrize("cue", ["SPIN", "REGEX"])
def test_a_clipping_over_the_time_limit_fails_alone_and_its_worker_is_replaced(tmp_path, cue):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("第一\n正文。\n", encoding="utf-8")
    (folder / "b.txt").write_text(f"{cue}\n", encoding="utf-8")
    (folder / "c.txt").write_text("第三\n正文。\n", encoding="utf-8")
    errors = io.StringIO()
    report = run_batch([folder], tmp_path / "out", workers=1, timeout=1, process=spinning, errors=errors)
    assert [(e["clipping"], e["status"], e.get("stage")) for e in report["clippings"]] == [
        ("a.txt", "ok", None), ("b.txt", "failed", "timeout"), ("c.txt", "ok", None)]
    assert errors.getvalue() == (f"error: {folder / 'b.txt'}: [timeout] E044 processing took more than 1 s of CPU time (the "
                                 "--timeout limit); the worker was stopped. Split the clipping, or raise --timeout.\n")


# ---------------------------------------------------------------- full disk


def test_a_full_store_fails_each_clipping_alone_and_the_run_still_reports(tmp_path):
    from fake_pipeline import fake_process

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a", "b"):  # titles longer than a page: the store must grow
        (folder / f"{name}.txt").write_text(f"标题{name}{'长' * 3000}\n正文。\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    errors = io.StringIO()
    with GraphStore(out / "graph.sqlite") as store:
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages}")  # what a full disk looks like to SQLite
        report = run_batch([folder], out, workers=1, timeout=None, process=fake_process, store=store, errors=errors)
    assert [(e["status"], e["stage"], e["reason"]) for e in report["clippings"]] == [
        ("failed", "store", "OperationalError: database or disk is full")] * 2
    assert errors.getvalue().count("\n") == 2
    assert json.loads((out / "report.json").read_text(encoding="utf-8")) == report
    assert list((out / "factsheets").rglob("*.json")) == []  # what the failed clippings wrote is gone again


def test_a_full_disk_fails_the_clippings_it_hits_and_a_report_that_cannot_be_written_is_one_line(tmp_path, monkeypatch, capsys):
    from fake_pipeline import fake_process
    from shequ.cli import main
    from shequ.cli import run as cli_run

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a", "b", "c"):
        (folder / f"{name}.txt").write_text(f"标题{name}\n正文。\n", encoding="utf-8")
    real = batch_outputs.write_atomic

    def full_after_a(path: Path, data: bytes) -> bool:
        if "factsheets/a/" not in path.as_posix() and "factsheets" in path.as_posix() or path.name == "report.json":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(path, data)

    monkeypatch.setattr(batch_outputs, "write_atomic", full_after_a)
    monkeypatch.setattr(batch.jobs, "default_process", lambda: fake_process)
    monkeypatch.setattr(cli_run, "_timeout", lambda args: None)
    assert main(["run", str(folder), "--out", str(tmp_path / "out"), "--workers", "1", "--quiet"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"error: {folder / 'b.txt'}: [write] OSError: [Errno 28] No space left on device",
        f"error: {folder / 'c.txt'}: [write] OSError: [Errno 28] No space left on device",
        f"error: {tmp_path / 'out' / 'report.json'}: cannot write the report: OSError: [Errno 28] No space left on device",
    ]
    assert [p.name for p in (tmp_path / "out" / "factsheets").rglob("*.json")] == ["a-00.json"]


# ---------------------------------------------------------------- a killed run


def children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_bytes()
            except OSError:
                continue
            if int(stat[stat.rindex(b")") + 2:].split()[1]) == pid:
                found.append(int(entry))
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_bytes()
    except OSError:
        return False
    return stat[stat.rindex(b")") + 2:].split()[0] != b"Z"  # a zombie is dead, only not yet reaped


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads worker processes from /proc")
def test_workers_exit_when_the_run_is_killed(tmp_path):
    """SIGKILL the run while one worker spins in Python and the other in one C call."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("SPIN\n", encoding="utf-8")
    (folder / "b.txt").write_text("REGEX\n", encoding="utf-8")
    script = ("import sys; sys.path.insert(0, sys.argv[3]); from test_adversarial import spinning; "
              "from shequ.batch import run_batch; run_batch([sys.argv[1]], sys.argv[2], workers=2, timeout=600, process=spinning)")
    run = subprocess.Popen([sys.executable, "-c", script, str(folder), str(tmp_path / "out"), str(Path(__file__).parent)],
                           stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    workers: list[int] = []
    busy = False
    while time.monotonic() < deadline and run.poll() is None:
        workers = [pid for pid in children(run.pid) if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()]
        # both past start-up (~1 s of CPU) and busy with their clipping: one that is still
        # starting would end with the run anyway, reading its start-up data from it. Both
        # must get there: the worker ready first takes one clipping, not both.
        busy = len(workers) == 2 and all((cpu_seconds(pid) or 0) > 3 for pid in workers)
        if busy:
            break
        time.sleep(0.2)
    assert busy, run.stderr.read().decode() if run.poll() is not None else f"workers {workers} not both busy"
    os.kill(run.pid, signal.SIGKILL)
    run.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(alive(pid) for pid in workers):
        time.sleep(0.2)
    survivors = [pid for pid in workers if alive(pid)]
    for pid in survivors:  # not left spinning after a failure
        os.kill(pid, signal.SIGKILL)
    assert not survivors


def test_the_graph_store_file_is_left_alone_when_its_clippings_come_out_the_same(tmp_path):
    """Running into committed outputs without their state records (a fresh clone) changes no byte."""
    from fake_pipeline import fake_process

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("标题\n正文。\n\n第二篇\n正文。\n", encoding="utf-8")
    out = tmp_path / "out"
    run_batch([folder], out, workers=1, timeout=None, process=fake_process)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and ".shequ" not in p.parts}
    for record in (out / ".shequ").rglob("*"):
        if record.is_file():
            record.unlink()
    run_batch([folder], out, workers=1, timeout=None, process=fake_process)
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and ".shequ" not in p.parts} == before


def test_state_records_of_the_old_layout_are_cleaned_up(tmp_path):
    """Outputs of shequ before relative names (`.shequ/state/<stem>.json`) are removed once."""
    from fake_pipeline import fake_process

    folder = tmp_path / "in" / "seeds"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text("标题\n正文。\n", encoding="utf-8")
    out = tmp_path / "out"
    legacy = out / "factsheets" / "a"
    legacy.mkdir(parents=True)
    (legacy / "a-00.json").write_text("{}", encoding="utf-8")
    (legacy / "mine.json").write_text("{}", encoding="utf-8")  # not listed in the record: kept
    (out / ".shequ" / "state").mkdir(parents=True)
    (out / ".shequ" / "state" / "a.json").write_text(json.dumps({"clipping": "a.txt", "article_ids": ["a-00"]}), encoding="utf-8")
    with GraphStore(out / "graph.sqlite") as store:
        store.upsert_clipping("a.txt", "old", [process_sheet("a.txt")])
    run_batch([tmp_path / "in"], out, workers=1, timeout=None, process=fake_process)
    assert sorted(p.relative_to(out / "factsheets").as_posix() for p in (out / "factsheets").rglob("*.json")) == [
        "a/mine.json", "seeds/a/a-00-3467.json"]
    assert not (out / ".shequ" / "state" / "a.json").exists()
    with GraphStore(out / "graph.sqlite") as store:
        assert [row[0] for row in store.db.execute("SELECT clipping FROM clippings")] == ["seeds/a.txt"]


def process_sheet(clipping: str) -> dict:
    from fake_pipeline import fake_process

    return fake_process("标题\n正文。\n", clipping).sheets[0].model_dump(mode="json")


def test_sqlite_errors_are_among_the_contained_ones():
    assert issubclass(sqlite3.OperationalError, batch.run.WRITE_ERRORS)


@pytest.mark.parametrize(("raw", "lines"), [
    ("".join(f"第{i}行\n" for i in range(1000)), 1000),  # was "only 1999 short lines"
    ("".join(f"第{i}行\r\n" for i in range(1000)), 1000),
    ("短\n" * 4 + "短", 5),  # no line break at the end
])
def test_no_article_error_counts_the_lines_of_the_file(raw, lines):
    from shequ.errors import NoArticleError

    with pytest.raises(NoArticleError) as caught:
        process_clipping(raw, "lines.txt")
    assert str(caught.value) == f"E021 lines.txt: no article body found (only {lines} short lines). Check that this is a clipping."


def test_a_link_out_of_the_inputs_to_something_that_is_no_clipping_is_not_reported(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("标题\n正文。\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("notes", encoding="utf-8")
    os.symlink(tmp_path / "notes.md", folder / "notes.md")
    found = batch.collect_inputs([folder])
    assert ([item.clipping for item in found.clippings], found.problems) == (["a.txt"], [])
