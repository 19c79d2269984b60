"""The batch runner: inputs, outputs, report.json, incremental runs, crash safety, CLI.

Most tests use `fake_pipeline.fake_process` (one sheet per text block; "RAISE" fails,
"DIE" kills the worker) so they test the runner, not extraction, and stay fast. The
tests marked `real` run the real `process_clipping` on the seed corpus.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fake_pipeline import fake_process
from shequ import batch
from shequ.batch import engines, jobs
from shequ.batch import run as batch_run
from shequ.batch import Outputs, collect_inputs, run_batch, write_atomic
from shequ.cli import main
from shequ.cli import run as cli_run
from shequ.errors import MissingPathError, NoInputError, OutputBusyError
from shequ.graph.store import GraphStore
from shequ.schema import full_sheet

SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "seeds"
ZERO_FACTS = dict.fromkeys(batch.FACT_TYPES, 0)


def make_inputs(root: Path) -> Path:
    """A small input tree: two good clippings, one nested, one that fails, one empty."""
    folder = root / "in"
    (folder / "2024" / "05").mkdir(parents=True)
    (folder / "a.txt").write_text("社区议事会\n居民说事。\n\n网格员入户\n走访百户。\n", encoding="utf-8")
    (folder / "2024" / "05" / "b.txt").write_text("五社联动\n九龙街道。\n", encoding="utf-8")
    (folder / "bad.txt").write_text("RAISE\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "notes.md").write_text("not a clipping", encoding="utf-8")
    return folder


def tree(root: Path) -> dict[str, bytes]:
    """Every file under `root` (relative path → bytes), the state folder included."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def sheets(root: Path) -> dict[str, bytes]:
    return {k: v for k, v in tree(root / "factsheets").items()}


def run(inputs, out, **options):
    options.setdefault("process", fake_process)
    options.setdefault("workers", 1)
    options.setdefault("timeout", None)  # one worker, no limit: in this process
    return run_batch([inputs] if not isinstance(inputs, list) else inputs, out, **options)


def names(inputs) -> list[str]:
    return [item.clipping for item in inputs.clippings]


def store_dump(out: Path) -> str:
    with GraphStore(out / "graph.sqlite") as store:
        return store.dump()


# ---------------------------------------------------------------- collecting inputs


def test_collect_finds_txt_recursively_sorted_and_skips_hidden(tmp_path):
    folder = make_inputs(tmp_path)
    (folder / ".cache").mkdir()
    (folder / ".cache" / "x.txt").write_text("隐藏", encoding="utf-8")
    (folder / "UPPER.TXT").write_text("大写", encoding="utf-8")
    found = collect_inputs([folder])
    assert names(found) == ["2024/05/b.txt", "UPPER.TXT", "a.txt", "bad.txt", "empty.txt"]
    assert [item.path for item in found.clippings] == [folder / name for name in names(found)]
    assert found.problems == []


def test_collect_takes_explicit_files_of_any_name_and_deduplicates(tmp_path):
    folder = make_inputs(tmp_path)
    found = collect_inputs([folder / "notes.md", folder, folder / "a.txt"])
    assert [item.path.name for item in found.clippings].count("a.txt") == 1
    assert [(item.path, item.clipping) for item in found.clippings if item.path.suffix == ".md"] == [(folder / "notes.md", "notes.md")]


def test_collect_survives_a_symlinked_folder_loop(tmp_path):
    folder = make_inputs(tmp_path)
    os.symlink(folder, folder / "2024" / "loop")
    found = collect_inputs([folder])
    assert names(found) == ["2024/05/b.txt", "a.txt", "bad.txt", "empty.txt"]
    assert found.problems == []


def test_collect_errors_for_missing_path_and_folder_without_txt(tmp_path):
    with pytest.raises(MissingPathError, match=r"^E022 .*nope: no such file or folder"):
        collect_inputs([tmp_path / "nope"])
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("x")
    with pytest.raises(NoInputError, match=r"^E020 .*docs: no \*\.txt clippings found"):
        collect_inputs([tmp_path / "docs"])


# ---------------------------------------------------------------- outputs and report


def test_run_writes_sheets_report_and_records_failures(tmp_path):
    folder = make_inputs(tmp_path)
    out = tmp_path / "out"
    report = run(folder, out)
    files = sorted(sheets(out))
    assert files == ["2024/05/b/b-00-a093.json", "a/a-00.json", "a/a-01.json"]
    first = (out / "factsheets" / files[1]).read_text(encoding="utf-8")
    assert first.startswith('{\n  "schema_version": "3.0",\n  "clipping": "a.txt",\n  "article_id": "a-00",\n  "title": "社区议事会",')
    assert first.endswith("}\n")
    assert json.loads((out / "report.json").read_text(encoding="utf-8")) == report
    entries = {Path(e["file"]).name: e for e in report["clippings"]}
    assert [Path(e["file"]).name for e in report["clippings"]] == ["b.txt", "a.txt", "bad.txt", "empty.txt"]
    assert entries["a.txt"] == {
        "file": str(folder / "a.txt"), "clipping": "a.txt", "status": "ok", "articles": 2, "facts": ZERO_FACTS,
        "chars": 25, "warnings": [], "sha256": hashlib.sha256((folder / "a.txt").read_bytes()).hexdigest(),
    }
    assert entries["bad.txt"]["status"] == "failed"
    assert (entries["bad.txt"]["stage"], entries["bad.txt"]["reason"]) == ("process", "ValueError: fake failure on purpose")
    assert (entries["empty.txt"]["stage"], entries["empty.txt"]["reason"]) == (
        "decode", f"E010 {folder / 'empty.txt'}: file is empty (0 bytes of text). Nothing to extract; remove it or re-export the clipping.")
    assert report["totals"] == {"clippings": 4, "ok": 2, "failed": 2, "replaced": 0, "articles": 3, "facts": ZERO_FACTS,
                                "warnings": 0, "chars": 25 + 11 + 6}
    assert set(report) == {"totals", "clippings"}  # nothing that changes from run to run
    assert not [p for p in out.rglob("*") if p.name.startswith(batch.TMP_PREFIX)]


def test_what_the_run_did_and_its_timings_go_to_the_run_record_not_the_report(tmp_path):
    folder = make_inputs(tmp_path)
    out = tmp_path / "out"
    first = run(folder, out)
    record = json.loads((out / batch.RUN_NAME).read_text(encoding="utf-8"))
    assert record == first.run
    assert (record["pipeline_version"], record["engine"], record["workers"], record["timeout"]) == (
        batch.pipeline_version(), "pool", 1, None)
    assert [(e["clipping"], e["done"]) for e in record["clippings"]] == [
        ("2024/05/b.txt", "processed"), ("a.txt", "processed"), ("bad.txt", "failed"), ("empty.txt", "failed")]
    assert {k: record["totals"][k] for k in ("processed", "unchanged", "failed", "chars_processed")} == {
        "processed": 2, "unchanged": 0, "failed": 2, "chars_processed": 42}
    assert record["totals"]["seconds"] > 0
    report_bytes = (out / "report.json").read_bytes()
    second = run(folder, out, workers=2, timeout=60)  # unchanged, other workers and engine set-up
    assert [e["done"] for e in second.run["clippings"]] == ["unchanged", "unchanged", "failed", "failed"]
    assert (out / "report.json").read_bytes() == report_bytes
    assert ".shequ/" in (Path(__file__).resolve().parent.parent / ".gitignore").read_text(encoding="utf-8").split()


def test_failure_message_names_the_file_once(tmp_path, capsys):
    folder = make_inputs(tmp_path)
    errors = io.StringIO()
    run(folder, tmp_path / "out", errors=errors)
    assert errors.getvalue().splitlines() == [
        f"error: {folder / 'bad.txt'}: [process] ValueError: fake failure on purpose",
        f"error: [decode] E010 {folder / 'empty.txt'}: file is empty (0 bytes of text). Nothing to extract; remove it or re-export the clipping.",
    ]


def test_same_file_name_in_two_folders_is_two_clippings(tmp_path):
    folder = make_inputs(tmp_path)
    (folder / "2024" / "a.txt").write_text("另一个\n同名文件。\n", encoding="utf-8")
    out = tmp_path / "out"
    report = run(folder, out)
    assert [(e["clipping"], e["status"]) for e in report["clippings"]][:3] == [
        ("2024/05/b.txt", "ok"), ("2024/a.txt", "ok"), ("a.txt", "ok")]
    assert sorted(sheets(out)) == ["2024/05/b/b-00-a093.json", "2024/a/a-00-7e79.json", "a/a-00.json", "a/a-01.json"]
    assert json.loads((out / "factsheets" / "2024" / "a" / "a-00-7e79.json").read_text(encoding="utf-8"))["title"] == "另一个"
    with GraphStore(out / "graph.sqlite") as store:
        assert [row[0] for row in store.db.execute("SELECT clipping FROM clippings ORDER BY 1")] == [
            "2024/05/b.txt", "2024/a.txt", "a.txt"]


def test_two_inputs_of_the_same_name_fail_the_second_clearly_and_keep_the_first(tmp_path):
    first, second = tmp_path / "A", tmp_path / "B"
    for folder, text in ((first, "第一\n正文。\n"), (second, "第二\n正文。\n")):
        folder.mkdir()
        (folder / "same.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    report = run([first, second], out)
    entry = report["clippings"][1]
    assert (entry["status"], entry["stage"]) == ("failed", "input")
    assert entry["reason"] == (f"E023 {second / 'same.txt'}: another input ({first / 'same.txt'}) has the same name same.txt, "
                               "and both would write factsheets/same/. Pass their folders under one input root (names are "
                               "relative to it), or rename one.")
    assert json.loads((out / "factsheets" / "same" / "same-00.json").read_text(encoding="utf-8"))["title"] == "第一"


def test_a_clipping_of_an_earlier_batch_replaced_by_another_file_of_its_name_is_reported(tmp_path):
    first, second = tmp_path / "A", tmp_path / "B"
    for folder, text in ((first, "第一\n正文。\n"), (second, "第二\n正文。\n")):
        folder.mkdir()
        (folder / "same.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert "replaces" not in run(first, out)["clippings"][0]
    errors = io.StringIO()
    report = run(second, out, errors=errors)
    assert report["clippings"][0]["replaces"] == {
        "file": str(first / "same.txt"), "sha256": hashlib.sha256((first / "same.txt").read_bytes()).hexdigest()}
    assert report["totals"]["replaced"] == 1
    assert errors.getvalue() == (
        f"warning: E029 {second / 'same.txt'}: replaces clipping same.txt, made from {first / 'same.txt'} in an earlier run "
        "(other content). To keep both, run their folders under one input root, so they are named by their relative paths.\n")
    errors = io.StringIO()
    (second / "same.txt").write_text("第二\n改过的正文。\n", encoding="utf-8")
    assert "replaces" not in run(second, out, errors=errors)["clippings"][0]  # the same file, edited: no replacement
    assert errors.getvalue() == ""


def test_stage_of_a_failure_is_the_innermost_pipeline_module():
    from shequ import reading

    try:
        reading.decode(b"", "x.txt")
    except Exception as err:
        assert batch.failure_stage(err) == "reading"
    try:
        from shequ.schema import FactSheet

        FactSheet(clipping="x", article_id="y", title="t", unknown=1)
    except Exception as err:
        assert batch.failure_stage(err) == "schema"


def decode_empty(raw: str, clipping: str):
    from shequ import reading

    return reading.decode(b"", clipping)


def test_stage_of_a_failure_is_never_a_module_of_the_batch_package():
    job = batch.Job(index=0, file="in/x.txt", clipping="x.txt", sha256="0", text="RAISE\n")
    [through_reading] = batch.process_batch([job], decode_empty)  # batch/jobs.py → this file → reading.py
    [outside] = batch.process_batch([job], fake_process)  # batch/jobs.py → fake_pipeline.py
    assert (through_reading.stage, outside.stage) == ("reading", "process")


def test_write_atomic_leaves_identical_files_untouched(tmp_path):
    path = tmp_path / "x.json"
    assert write_atomic(path, b"{}\n") is True
    before = path.stat().st_mtime_ns
    assert write_atomic(path, b"{}\n") is False
    assert path.stat().st_mtime_ns == before
    assert write_atomic(path, b"[]\n") is True
    assert path.read_bytes() == b"[]\n"
    assert [p.name for p in tmp_path.iterdir()] == ["x.json"]


class Recorder:
    """An observer of a run that writes down what it hears."""

    def __init__(self) -> None:
        self.heard: list = []

    def start(self, total: int) -> None:
        self.heard.append(("start", total))

    def update(self, outcome) -> None:
        self.heard.append((outcome.clipping, outcome.status))

    def close(self) -> None:
        self.heard.append("close")


def test_progress_observer_hears_the_total_then_every_clipping_in_input_order(tmp_path):
    folder = make_inputs(tmp_path)
    recorder = Recorder()
    run(folder, tmp_path / "out", progress=recorder, errors=io.StringIO())
    assert recorder.heard == [("start", 4), ("2024/05/b.txt", "ok"), ("a.txt", "ok"), ("bad.txt", "failed"),
                              ("empty.txt", "failed"), "close"]


def test_log_json_has_one_line_per_clipping(tmp_path):
    folder = make_inputs(tmp_path)
    log = tmp_path / "run.jsonl"
    report = run(folder, tmp_path / "out", log_json=log)
    lines = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert sorted(line["file"] for line in lines) == sorted(e["file"] for e in report["clippings"])
    assert {line["status"] for line in lines} == {"ok", "failed"}
    assert {line["done"] for line in lines} == {"processed", "failed"} and all("seconds" in line for line in lines)


# ---------------------------------------------------------------- incremental


def test_unchanged_rerun_skips_everything_and_changes_nothing(tmp_path):
    folder = make_inputs(tmp_path)
    out = tmp_path / "out"
    first = run(folder, out)
    before = tree(out / "factsheets") | {"graph": store_dump(out).encode()}
    second = run(folder, out)
    assert [e["done"] for e in second.run["clippings"]] == ["unchanged", "unchanged", "failed", "failed"]
    assert second == first  # the report describes the outputs, whether made now or before
    assert [e["articles"] for e in second["clippings"]] == [e["articles"] for e in first["clippings"]]
    assert second["totals"]["articles"] == first["totals"]["articles"] == 3
    assert tree(out / "factsheets") | {"graph": store_dump(out).encode()} == before


def test_changed_clipping_is_redone_and_its_stale_sheets_removed(tmp_path):
    folder = make_inputs(tmp_path)
    out = tmp_path / "out"
    run(folder, out)
    (folder / "a.txt").write_text("只剩一篇\n正文。\n", encoding="utf-8")
    report = run(folder, out)
    assert [e["done"] for e in report.run["clippings"]] == ["unchanged", "processed", "failed", "failed"]
    assert sorted(sheets(out)) == ["2024/05/b/b-00-a093.json", "a/a-00.json"]
    fresh = tmp_path / "fresh"
    run(folder, fresh)
    assert sheets(out) == sheets(fresh)
    assert store_dump(out) == store_dump(fresh)


def test_clipping_that_now_fails_loses_its_old_outputs(tmp_path):
    folder = make_inputs(tmp_path)
    out = tmp_path / "out"
    run(folder, out)
    (folder / "a.txt").write_text("RAISE\n", encoding="utf-8")
    run(folder, out)
    assert sorted(sheets(out)) == ["2024/05/b/b-00-a093.json"]
    assert not (out / "factsheets" / "a").exists()
    assert not Outputs(out).state_path("a.txt").exists()
    with GraphStore(out / "graph.sqlite") as store:
        assert [row[0] for row in store.db.execute("SELECT clipping FROM clippings ORDER BY 1")] == ["2024/05/b.txt"]


def test_force_and_a_new_pipeline_version_redo_everything(tmp_path, monkeypatch):
    folder = make_inputs(tmp_path)
    out = tmp_path / "out"
    run(folder, out)
    assert [e["done"] for e in run(folder, out, force=True).run["clippings"]] == ["processed", "processed", "failed", "failed"]
    monkeypatch.setattr(batch_run, "pipeline_version", lambda: "9.9.9+other")  # where the run looks it up
    assert [e["done"] for e in run(folder, out).run["clippings"]] == ["processed", "processed", "failed", "failed"]


def test_deleted_sheet_file_makes_the_clipping_run_again(tmp_path):
    folder = make_inputs(tmp_path)
    out = tmp_path / "out"
    run(folder, out)
    (out / "factsheets" / "a" / "a-01.json").unlink()
    report = run(folder, out)
    assert [e["done"] for e in report.run["clippings"]][:2] == ["unchanged", "processed"]
    assert (out / "factsheets" / "a" / "a-01.json").is_file()


def test_pipeline_version_names_package_version_and_data_hash():
    from shequ import __version__

    version = batch.pipeline_version()
    assert version.startswith(__version__ + "+") and len(version) == len(__version__) + 13


# ---------------------------------------------------------------- crash safety


class Crash(BaseException):
    """Stands for SIGKILL at one exact point: nothing after it runs."""


# A run of make_inputs() into a new folder has 11 durable steps: b.txt (state record listing
# its file, 1 sheet, store, state), a.txt (state record, 2 sheets, store, state), report.json,
# run.json.
DURABLE_STEPS = 11


@pytest.mark.parametrize("crash_at", range(1, DURABLE_STEPS + 1))
def test_crash_at_any_write_then_rerun_equals_an_uninterrupted_run(tmp_path, monkeypatch, crash_at):
    """Kill the run at the n-th durable step (file rename, store commit), then run again."""
    folder = make_inputs(tmp_path)
    reference = tmp_path / "reference"
    run(folder, reference)
    out = tmp_path / "out"
    calls = {"n": 0}

    def step(real):
        def wrapped(*args, **kwargs):
            calls["n"] += 1
            if calls["n"] == crash_at:
                raise Crash()
            return real(*args, **kwargs)
        return wrapped

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", step(os.replace))
        patch.setattr(GraphStore, "upsert_clipping", step(GraphStore.upsert_clipping))
        with pytest.raises(Crash):
            run(folder, out)
        if crash_at == DURABLE_STEPS:  # the count above is every step there is
            calls["n"] = -100
            run(folder, tmp_path / "counted")
            assert calls["n"] == -100 + DURABLE_STEPS
    run(folder, out)
    assert sheets(out) == sheets(reference)
    assert store_dump(out) == store_dump(reference)
    assert not [p for p in out.rglob("*") if p.name.startswith(batch.TMP_PREFIX)]


def test_a_second_run_into_the_same_folder_is_refused_while_the_first_runs(tmp_path):
    folder = make_inputs(tmp_path)
    out = tmp_path / "out"
    held = Outputs(out).lock()  # what a running `shequ run` holds
    try:
        with pytest.raises(OutputBusyError) as caught:
            run(folder, out)
        assert str(caught.value) == f"E024 {out}: another shequ run is writing to this output folder. Wait for it to finish, or use another --out."
    finally:
        held.close()
    assert run(folder, out)["totals"]["ok"] == 2  # released: the next run goes ahead


def test_leftover_temp_files_of_a_killed_run_are_removed(tmp_path):
    folder = make_inputs(tmp_path)
    out = tmp_path / "out"
    run(folder, out)
    (out / "factsheets" / "a" / f"{batch.TMP_PREFIX}123-a-00.json").write_text("{", encoding="utf-8")
    (out / "factsheets" / "2024" / "05" / "b" / f"{batch.TMP_PREFIX}77-0123456789abcdef").write_text("{", encoding="utf-8")
    (out / f"{batch.TMP_PREFIX}123-report.json").write_text("{", encoding="utf-8")
    (out / "factsheets" / ".tmp-notes").write_text("mine", encoding="utf-8")  # not a temp file of ours
    run(folder, out)
    assert [p.name for p in out.rglob("*") if p.name.startswith(batch.TMP_PREFIX)] == [".tmp-notes"]


# ---------------------------------------------------------------- parallel


def test_two_workers_write_the_same_bytes_as_one(tmp_path):
    folder = make_inputs(tmp_path)
    for index in range(12):  # enough clippings for several batches
        (folder / f"extra{index:02d}.txt").write_text(f"标题{index}\n正文。\n\n第二篇{index}\n内容。\n", encoding="utf-8")
    one, two = tmp_path / "one", tmp_path / "two"
    report_one = run(folder, one, workers=1)
    report_two = run(folder, two, workers=2, batch_size=3)
    assert sheets(one) == sheets(two)
    assert len(sheets(one)) == 27
    assert store_dump(one) == store_dump(two)
    assert (one / "graph.sqlite").read_bytes() == (two / "graph.sqlite").read_bytes()
    assert report_one == report_two


def test_a_worker_that_dies_fails_only_its_clipping(tmp_path):
    folder = make_inputs(tmp_path)
    (folder / "crash.txt").write_text("DIE\n", encoding="utf-8")
    report = run(folder, tmp_path / "out", workers=2, batch_size=2)
    status = {Path(e["file"]).name: (e["status"], e.get("stage")) for e in report["clippings"]}
    assert status == {"b.txt": ("ok", None), "a.txt": ("ok", None), "bad.txt": ("failed", "process"),
                      "crash.txt": ("failed", "worker"), "empty.txt": ("failed", "decode")}
    assert sorted(sheets(tmp_path / "out")) == ["2024/05/b/b-00-a093.json", "a/a-00.json", "a/a-01.json"]


# ---------------------------------------------------------------- CLI


@pytest.fixture
def fake_cli(monkeypatch):
    """`shequ run` in this process with the fake pipeline (one worker: no spawned process)."""
    monkeypatch.setattr(jobs, "default_process", lambda: fake_process)
    monkeypatch.setattr(engines, "warm_worker", lambda: None)
    monkeypatch.setattr(cli_run, "_timeout", lambda args: args.timeout or None)  # no worker process: the patches hold


def test_cli_exit_0_when_all_ok(tmp_path, fake_cli, capsys):
    folder = make_inputs(tmp_path)
    for name in ("bad.txt", "empty.txt"):
        (folder / name).unlink()
    assert main(["run", str(folder), "--out", str(tmp_path / "out"), "--workers", "1"]) == 0
    assert capsys.readouterr().err.splitlines()[-1].startswith("2 clippings (2 ok), 3 articles, 0 facts in ")


def test_cli_exit_1_when_a_clipping_failed_and_the_rest_is_written(tmp_path, fake_cli, capsys):
    folder = make_inputs(tmp_path)
    assert main(["run", str(folder), "--out", str(tmp_path / "out"), "--workers", "1", "--quiet"]) == 1
    assert len(sheets(tmp_path / "out")) == 3
    err = capsys.readouterr().err
    assert err.count("error: ") == 2 and "clippings (" not in err  # quiet: errors only


def test_cli_exit_2_for_usage_errors(tmp_path, fake_cli, capsys):
    (tmp_path / "docs").mkdir()
    out = str(tmp_path / "out")
    assert main(["run", str(tmp_path / "docs"), "--out", out]) == 2
    assert "E020" in capsys.readouterr().err
    assert main(["run", str(tmp_path / "missing"), "--out", out]) == 2
    assert "E022" in capsys.readouterr().err
    assert main(["run", str(tmp_path / "docs"), "--out", out, "--scheduler", "tcp://127.0.0.1:8786"]) == 2
    assert "--scheduler needs --engine dask" in capsys.readouterr().err
    with pytest.raises(SystemExit) as caught:
        main(["run", str(tmp_path / "docs"), "--out", out, "--workers", "0"])
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        main(["run", str(tmp_path / "docs")])
    assert caught.value.code == 2
    assert not Path(out).exists()
    (tmp_path / "docs" / "a.txt").write_text("标题\n正文。\n", encoding="utf-8")
    Path(out).write_text("not a folder", encoding="utf-8")
    capsys.readouterr()
    assert main(["run", str(tmp_path / "docs"), "--out", out]) == 2
    assert capsys.readouterr().err == f"shequ run: error: E025 {out}: cannot be used as the output folder (it is a file, not a folder). Choose another path.\n"
    assert Path(out).read_text(encoding="utf-8") == "not a folder"
    folder = tmp_path / "folder"
    log = tmp_path / "missing" / "x.jsonl"
    assert main(["run", str(tmp_path / "docs"), "--out", str(folder), "--log-json", str(log)]) == 2
    assert capsys.readouterr().err == f"shequ run: error: E025 {log}: cannot be used as the --log-json file (No such file or directory). Choose another path.\n"
    assert main(["run", str(tmp_path / "docs"), "--out", str(folder), "--engine", "dask", "--timeout", "5"]) == 2
    assert "--timeout applies to the pool engine" in capsys.readouterr().err
    for bad in ("-1", "soon", "nan"):
        with pytest.raises(SystemExit) as caught:
            main(["run", str(tmp_path / "docs"), "--out", str(folder), "--timeout", bad])
        assert caught.value.code == 2


def test_progress_goes_to_stderr_and_stdout_stays_empty(tmp_path, fake_cli, capsys):
    folder = make_inputs(tmp_path)
    main(["run", str(folder), "--out", str(tmp_path / "out"), "--workers", "1"])
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "clippings" in captured.err and "/s ETA" in captured.err


def test_run_help_documents_exit_codes(capsys):
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    text = capsys.readouterr().out
    for needle in ("--workers", "--force", "--engine", "--scheduler", "--quiet", "--log-json", "--timeout", "--follow-links",
                   "exit status", "report.json"):
        assert needle in text


def test_cli_default_timeout_is_the_librarys():
    assert cli_run.DEFAULT_TIMEOUT == batch.DEFAULT_TIMEOUT


def test_seed_folder_copy_is_found(tmp_path):
    copy = tmp_path / "seeds"
    shutil.copytree(SEEDS, copy)
    assert names(collect_inputs([copy])) == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert Outputs(tmp_path).sheet_dir("000_x.txt") == tmp_path / "factsheets" / "000_x"
    assert Outputs(tmp_path).sheet_dir("seeds/000_x.txt") == tmp_path / "factsheets" / "seeds" / "000_x"


# ---------------------------------------------------------------- a real run, killed


def _shequ_run(corpus: Path, out: Path, *extra: str) -> subprocess.Popen:
    command = [sys.executable, "-m", "shequ", "run", str(corpus), "--out", str(out), "--workers", "2", "--quiet", *extra]
    # Own session: SIGKILL goes to the run and its worker processes, as when a machine dies.
    return subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _kill_when(process: subprocess.Popen, log: Path, lines: int, timeout: float = 120) -> int:
    """SIGKILL the run once `log` has `lines` finished clippings; returns how many it had."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        done = len(log.read_text(encoding="utf-8").splitlines()) if log.exists() else 0
        if done >= lines:
            break
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    return len(log.read_text(encoding="utf-8").splitlines()) if log.exists() else 0


COPIES = 3  # rotated copies of each seed clipping in the killed run's corpus


def test_sigkilled_real_run_restarted_ends_exactly_like_an_uninterrupted_run(tmp_path):
    """`shequ run` on 20 real clippings, SIGKILLed twice mid-run, then started again. The log
    moves once per store transaction (four inputs), so the corpus holds several transactions
    beyond the second kill's threshold: a fast machine must not finish the run before it."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in SEEDS.glob("*.txt"):
        text = seed.read_text(encoding="utf-8")
        (corpus / seed.name).write_text(text, encoding="utf-8")
        paragraphs = text.split("\n\n")
        for turn in range(1, COPIES + 1):  # varied copies: other names, paragraphs rotated
            rotated = paragraphs[turn:] + paragraphs[:turn]
            (corpus / f"copy{turn}_{seed.name}").write_text("\n\n".join(rotated), encoding="utf-8")
    total = len(list(corpus.glob("*.txt")))
    reference, out = tmp_path / "reference", tmp_path / "out"
    assert _shequ_run(corpus, reference).wait() == 0

    first = _kill_when(_shequ_run(corpus, out, "--log-json", str(tmp_path / "1.jsonl")), tmp_path / "1.jsonl", 3)
    second = _kill_when(_shequ_run(corpus, out, "--log-json", str(tmp_path / "2.jsonl")), tmp_path / "2.jsonl", first + 2)
    assert 3 <= first < total and second < total, "the runs must be killed before they finish"
    final = _shequ_run(corpus, out)
    assert final.wait() == 0, final.stderr.read().decode()

    report, expected = (json.loads((root / "report.json").read_text(encoding="utf-8")) for root in (out, reference))
    versions = [json.loads((root / batch.RUN_NAME).read_text(encoding="utf-8"))["pipeline_version"] for root in (out, reference)]
    assert versions[0] == versions[1], "the code or lexicons changed during the test"
    assert sheets(out) == sheets(reference)
    assert store_dump(out) == store_dump(reference)
    assert not [p for p in out.rglob("*") if p.name.startswith(batch.TMP_PREFIX)]
    assert report == expected
    done = [e["done"] for e in json.loads((out / batch.RUN_NAME).read_text(encoding="utf-8"))["clippings"]]
    assert done.count("unchanged") >= first and set(done) <= {"processed", "unchanged"}  # finished work was kept


# ---------------------------------------------------------------- bad inputs, real pipeline


def test_bad_inputs_are_reported_one_line_each_and_the_batch_goes_on(tmp_path, capsys):
    """The real `shequ run` over a folder mixing a seed with its re-encodings and broken files."""
    seed = SEEDS / "004_29569c513970b3d1.txt"
    text = seed.read_text(encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_utf8.txt").write_bytes(seed.read_bytes())
    (folder / "b_bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (folder / "c_gb18030.txt").write_bytes(text.encode("gb18030"))
    (folder / "d_utf16.txt").write_bytes(text.encode("utf-16"))
    (folder / "e_crlf.txt").write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    (folder / "f_empty.txt").write_bytes(b"")
    (folder / "g_binary.txt").write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    os.symlink(folder / "h_loop.txt", folder / "h_loop.txt")
    out = tmp_path / "out"
    assert main(["run", str(folder), "--out", str(out), "--workers", "1", "--quiet"]) == 1
    errors = capsys.readouterr().err.splitlines()
    assert errors == [
        f"error: [decode] E010 {folder / 'f_empty.txt'}: file is empty (0 bytes of text). Nothing to extract; remove it or re-export the clipping.",
        f"error: [decode] E011 {folder / 'g_binary.txt'}: looks binary (PDF document signature), not a text clipping. Export the clipping as plain text.",
        f"error: [read] E014 {folder / 'h_loop.txt'}: cannot read (symlink loop: the link points back to itself). Check the path and its permissions.",
    ]
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [e["status"] for e in report["clippings"]] == ["ok"] * 5 + ["failed"] * 3

    def facts(stem: str, raw: str) -> list[dict]:
        """The sheets' facts, with every evidence checked against the decoded raw text."""
        found = []
        for path in sorted((out / "factsheets" / stem).glob("*.json")):
            sheet = full_sheet(json.loads(path.read_text(encoding="utf-8")))  # fields left out put back
            for name in batch.FACT_TYPES:
                for fact in sheet[name]:
                    for evidence in fact["evidence"]:
                        assert raw[evidence["start"]:evidence["end"]] == evidence.get("raw", evidence["text"])
                    found.append((name, fact.get("canonical") or fact.get("text") or fact.get("a")))
        return found

    expected = facts("a_utf8", text)
    assert expected  # the seed has facts to compare
    for stem in ("b_bom", "c_gb18030", "d_utf16"):  # same decoded text: same facts at the same offsets
        assert facts(stem, text) == expected, stem
    assert facts("e_crlf", text.replace("\n", "\r\n")) == expected  # offsets count \r\n as two characters


def test_the_same_clipping_copied_into_two_folders_is_two_clippings_in_the_store(tmp_path):
    from shequ.clipping import process_clipping

    folder = tmp_path / "in"
    for sub in ("A", "B"):
        (folder / sub).mkdir(parents=True)
        (folder / sub / "same.txt").write_text("桃源社区开展议事\n桃源社区居民议事会今天开会。\n", encoding="utf-8")
    report = run(folder, tmp_path / "out", process=process_clipping)
    assert [(e["clipping"], e["status"]) for e in report["clippings"]] == [("A/same.txt", "ok"), ("B/same.txt", "ok")]
    with GraphStore(tmp_path / "out" / "graph.sqlite") as store:
        rows = store.db.execute("SELECT clipping, article_id FROM articles ORDER BY 1").fetchall()
    assert [clipping for clipping, _ in rows] == ["A/same.txt", "B/same.txt"] and rows[0][1] != rows[1][1]


def test_read_ahead_keeps_at_most_its_limit_in_flight_and_says_when_the_batches_ran_out():
    from shequ.batch.jobs import ReadAhead

    ahead = ReadAhead(iter([["a"], ["b"], ["c"]]), limit=2)
    assert list(ahead.take(0)) == [["a"], ["b"]] and not ahead.exhausted
    assert list(ahead.take(2)) == []  # two still in flight
    assert list(ahead.take(1)) == [["c"]] and not ahead.exhausted
    assert list(ahead.take(0)) == [] and ahead.exhausted


# ---------------------------------------------------------------- the pool's scheduling


def test_a_worker_that_dies_hands_the_clipping_it_held_ahead_to_another(tmp_path):
    """One worker holds the clipping it is on and the next; it dies on the first: the next
    is done once, by its replacement."""
    folder = tmp_path / "in"
    folder.mkdir()
    count = tmp_path / "count.txt"
    (folder / "c1.txt").write_text("DIE\n", encoding="utf-8")
    for name in ("c2", "c3"):
        (folder / f"{name}.txt").write_text(f"COUNT:{count}\n正文。\n", encoding="utf-8")
    report = run(folder, tmp_path / "out", workers=1, timeout=60, batch_size=3)
    assert [(e["clipping"], e["status"], e.get("stage")) for e in report["clippings"]] == [
        ("c1.txt", "failed", "worker"), ("c2.txt", "ok", None), ("c3.txt", "ok", None)]
    assert count.read_text(encoding="utf-8").splitlines() == ["c2.txt", "c3.txt"]


class _SentTo:
    """A stand-in for a worker process: ready at once, records what it is sent."""

    def __init__(self, context, process) -> None:
        self.ready, self.tasks = True, engines.deque()

    @property
    def task(self):
        return self.tasks[0] if self.tasks else None

    def send(self, task) -> None:
        self.tasks.append(task)


def test_each_worker_gets_one_clipping_then_the_next_ahead(monkeypatch):
    monkeypatch.setattr(engines, "_Worker", _SentTo)
    pool = engines.PoolEngine(workers=2, timeout=None)
    jobs_ = [batch.Job(index=i, file=f"{i}.txt", clipping=f"{i}.txt", sha256="", text="") for i in range(5)]
    held = engines._Batch(jobs_)
    pool._queue.extend((held, i) for i in range(5))
    pool._dispatch(pool._queue)
    assert [[index for _, index in worker.tasks] for worker in pool._pool] == [[0, 2], [1, 3]]
    assert [index for _, index in pool._queue] == [4]


def test_a_batch_holds_at_most_four_clippings():
    assert engines.default_batch_size(10_000, 2) == engines.default_batch_size(10_000, 1) == 4 == engines.MAX_BATCH
    assert engines.default_batch_size(12, 2) == 1 and engines.default_batch_size(3, 1) == 1


class _Started:
    """An inline engine that records when it is asked to start workers, and for how many clippings."""

    def __init__(self, log: list) -> None:
        self.log, self.workers = log, 1
        self.inline = engines.InlineEngine(fake_process)

    def start(self, clippings: int) -> None:
        self.log.append(("start", clippings))

    def map(self, batches):
        return self.inline.map(batches)

    def close(self) -> None:
        pass


def test_workers_start_before_the_store_opens_when_every_clipping_is_to_be_done(tmp_path, monkeypatch):
    folder = make_inputs(tmp_path)
    log: list = []
    opened = batch_run._opened_store
    monkeypatch.setattr(batch_run, "make_engine", lambda *args, **kwargs: _Started(log))
    monkeypatch.setattr(batch_run, "_opened_store", lambda outputs: log.append(("store",)) or opened(outputs))
    out = tmp_path / "out"
    run(folder, out)  # a fresh folder: all 4 clippings (of 5 inputs) are to be done
    assert log == [("start", 4), ("store",)]
    log.clear()
    run(folder, out)  # unchanged: nothing is started ahead
    assert log == [("store",)]
    log.clear()
    run(folder, out, force=True)
    assert log == [("start", 4), ("store",)]


class _Warmed:
    """`fake_process` with a `warm_up` that counts its calls."""

    def __init__(self) -> None:
        self.warmed = 0

    def warm_up(self) -> None:
        self.warmed += 1

    def __call__(self, raw: str, clipping: str):
        return fake_process(raw, clipping)


def test_one_worker_in_this_process_loads_nothing_for_a_run_of_unchanged_clippings(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("社区议事会\n居民说事。\n", encoding="utf-8")
    process, out = _Warmed(), tmp_path / "out"
    run(folder, out, process=process)
    assert process.warmed == 1
    report = run(folder, out, process=process)
    assert process.warmed == 1 and report.run["totals"]["unchanged"] == 1


# ---------------------------------------------------------------- store transactions of a group of inputs


def group_inputs(root: Path, count: int = 6) -> Path:
    folder = root / "in"
    folder.mkdir()
    for index in range(count):
        (folder / f"c{index}.txt").write_text(f"楼道议事{index}\n石桥社区。\n", encoding="utf-8")
    return folder


class _FailingStore(GraphStore):
    """A graph store whose upsert of one clipping fails as a full disk would."""

    def __init__(self, path, failing: str) -> None:
        super().__init__(path)
        self.failing = failing

    def upsert_clipping(self, clipping, content_hash, sheets, **options):
        if clipping == self.failing:
            import sqlite3

            raise sqlite3.OperationalError("database or disk is full")
        super().upsert_clipping(clipping, content_hash, sheets, **options)


def test_a_store_error_inside_a_group_fails_only_its_clipping(tmp_path):
    assert batch_run.STORE_GROUP >= 3  # c1 shares its group with c0 and c2
    folder, out = group_inputs(tmp_path), tmp_path / "out"
    out.mkdir()
    with _FailingStore(out / "graph.sqlite", "c1.txt") as store:
        report = run(folder, out, store=store)
        assert [store.contains_clipping(f"c{i}.txt") for i in range(6)] == [
            True, False, True, True, True, True]
    status = [(e["clipping"], e["status"], e.get("stage")) for e in report["clippings"]]
    assert status == [("c0.txt", "ok", None), ("c1.txt", "failed", "store"), *[(f"c{i}.txt", "ok", None) for i in range(2, 6)]]
    again = run(folder, tmp_path / "out")
    assert [e["done"] for e in again.run["clippings"]] == ["unchanged", "processed", *["unchanged"] * 4]


def _interrupting(raw: str, clipping: str):
    if "STOP" in raw:
        raise KeyboardInterrupt
    return fake_process(raw, clipping)


def test_a_run_stopped_inside_a_group_keeps_none_of_that_group_done(tmp_path):
    folder, out = group_inputs(tmp_path), tmp_path / "out"
    stop = batch_run.STORE_GROUP + 1  # the second clipping of the second group
    (folder / f"c{stop}.txt").write_text("STOP\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        run(folder, out, process=_interrupting)
    with GraphStore(out / "graph.sqlite") as store:  # the first group committed, the second rolled back
        assert [store.contains_clipping(f"c{i}.txt") for i in range(stop + 1)] == [True] * (stop - 1) + [False, False]
    (folder / f"c{stop}.txt").write_text("楼道议事\n青禾社区。\n", encoding="utf-8")
    again = run(folder, out)
    done = [e["done"] for e in again.run["clippings"]]
    assert done == ["unchanged"] * (stop - 1) + ["processed"] * (6 - stop + 1)
    reference = run(folder, tmp_path / "reference")
    assert sheets(out) == sheets(tmp_path / "reference") and again["clippings"] == reference["clippings"]
    assert store_dump(out) == store_dump(tmp_path / "reference")


def test_group_transactions_leave_the_same_store_as_one_per_clipping(tmp_path, monkeypatch):
    folder = group_inputs(tmp_path, 9)
    run(folder, tmp_path / "grouped")
    monkeypatch.setattr(batch_run, "STORE_GROUP", 1)
    run(folder, tmp_path / "alone")
    assert store_dump(tmp_path / "grouped") == store_dump(tmp_path / "alone")
    assert tree(tmp_path / "grouped" / ".shequ" / "state") == tree(tmp_path / "alone" / ".shequ" / "state")


def test_a_workers_outcome_carries_each_sheets_file_bytes_and_graph_rows_not_the_sheets():
    """The run's own process writes every clipping's outputs: a worker sends each sheet's file bytes
    and graph rows (`jobs.prepare_sheets`), made from the dumps it would otherwise send."""
    from shequ.batch.encoding import sheet_bytes
    from shequ.graph.store import prepare_article

    job = jobs.Job(index=0, file="a.txt", clipping="a.txt", sha256="h", text="社区议事会\n居民说事。\n\n网格员入户\n走访百户。\n")
    (outcome,) = jobs.process_batch([job], fake_process)
    dumps = [s.model_dump(mode="json") for s in fake_process(job.text, "a.txt").sheets]
    assert outcome.status == "ok" and outcome.sheets == [] and outcome.articles == 2
    assert [p.article_id for p in outcome.prepared] == ["a-00", "a-01"]
    assert [p.data for p in outcome.prepared] == [sheet_bytes(d) for d in dumps]
    assert [p.rows for p in outcome.prepared] == [prepare_article(d) for d in dumps]


def test_sheets_a_worker_cannot_prepare_are_sent_as_they_are():
    """A sheet whose file or rows cannot be made in the worker is sent as its dump: the run's own
    process makes them where it writes them, and reports a failure there as it always has."""
    broken = {"article_id": "a-00", "quantities": [{"value": 1e-7}]}  # no `text`: no graph rows
    assert jobs.prepare_sheets([broken]) is None
    assert jobs.prepare_sheets([]) == []
