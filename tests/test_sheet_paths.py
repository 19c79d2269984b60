"""Where sheets go and what a run may remove: never outside OUT/factsheets/, never a file it did not write.

Before: the stem `..` made the sheet folder OUT/ itself and the stale-sheet cleanup
unlinked graph.sqlite and report.json there.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fake_pipeline import fake_process
from shequ.batch import Outputs, run_batch
from shequ.errors import AmbiguousSheetsError
from shequ.evaluate import load_sheets


def run(paths, out, **options):
    return run_batch(paths, out, workers=1, timeout=None, process=fake_process, **options)


def test_a_clipping_named_dot_dot_writes_inside_factsheets_and_removes_nothing_else(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("标题\n正文。\n", encoding="utf-8")
    out = tmp_path / "out"
    run([corpus], out)
    kept = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file() and ".shequ" not in p.parts}
    odd = tmp_path / "odd"
    odd.mkdir()
    for name in ("..txt", "...txt"):
        (odd / name).write_text("点\n正文。\n", encoding="utf-8")
    report = run([odd / "..txt", odd / "...txt"], out)
    assert [(e["clipping"], e["status"]) for e in report["clippings"]] == [("...txt", "ok"), ("..txt", "ok")]
    (odd / "..txt").write_text("改了\n正文。\n\n第二篇\n正文。\n", encoding="utf-8")  # changed: its stale sheets go
    run([odd / "..txt", odd / "...txt"], out)
    now = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file() and ".shequ" not in p.parts}
    assert {name: data for name, data in now.items() if name in kept and name != "report.json" and name != "graph.sqlite"} == {
        name: data for name, data in kept.items() if name not in ("report.json", "graph.sqlite")}
    assert sorted(name for name in now if name not in kept) == [
        "factsheets/\\x2e./\\x2e.-00.json", "factsheets/\\x2e/\\x2e-00.json", "factsheets/\\x2e/\\x2e-01.json"]


def test_a_sheet_folder_that_links_out_of_the_output_folder_is_refused(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("标题\n正文。\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    (out / "factsheets").mkdir(parents=True)
    (out / "factsheets" / "a").symlink_to(elsewhere)
    report = run([corpus], out)
    entry = report["clippings"][0]
    assert (entry["status"], entry["stage"]) == ("failed", "write")
    assert entry["reason"] == (f"E028 {out / 'factsheets' / 'a'}: resolves outside {out / 'factsheets'} (a symlink inside the "
                               "output folder?); nothing was written there. Remove the link.")
    assert list(elsewhere.iterdir()) == []


def test_cleanup_removes_only_recorded_files(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("一\n正文。\n\n二\n正文。\n", encoding="utf-8")
    out = tmp_path / "out"
    run([corpus], out)
    (out / "factsheets" / "a" / "my-notes.json").write_text("{}", encoding="utf-8")  # the user's own file
    outside = tmp_path / "precious.json"
    outside.write_text("{}", encoding="utf-8")
    state_path = Outputs(out).state_path("a.txt")
    state = json.loads(state_path.read_text(encoding="utf-8"))
    state["files"] += ["factsheets/../../precious.json", "/etc/passwd.json", "report.json"]  # a tampered record
    state_path.write_text(json.dumps(state), encoding="utf-8")
    (corpus / "a.txt").write_text("RAISE\n", encoding="utf-8")  # now fails: its outputs go
    run([corpus], out)
    assert sorted(p.name for p in (out / "factsheets").rglob("*")) == ["a", "my-notes.json"]
    assert outside.exists() and (out / "report.json").exists()


def write_sheet(folder: Path, article_id: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{article_id}.json").write_text(json.dumps({"article_id": article_id}), encoding="utf-8")


def test_eval_finds_sheets_of_a_flat_and_of_a_nested_run_by_stem(tmp_path):
    write_sheet(tmp_path / "flat" / "factsheets" / "000_x", "000_x-00")
    write_sheet(tmp_path / "nested" / "factsheets" / "seeds" / "000_x", "000_x-00")
    write_sheet(tmp_path / "nested" / "factsheets" / "000_x" / "deeper", "other")  # a folder named 000_x without sheets
    assert [s["article_id"] for s in load_sheets(tmp_path / "flat", "000_x")] == ["000_x-00"]
    assert [s["article_id"] for s in load_sheets(tmp_path / "nested", "000_x")] == ["000_x-00"]
    assert load_sheets(tmp_path / "nested", "missing") == []


def test_eval_refuses_to_guess_between_two_clippings_of_one_name(tmp_path):
    write_sheet(tmp_path / "out" / "factsheets" / "A" / "same", "same-00")
    write_sheet(tmp_path / "out" / "factsheets" / "B" / "same", "same-00")
    with pytest.raises(AmbiguousSheetsError) as caught:
        load_sheets(tmp_path / "out", "same")
    assert str(caught.value) == ("E032 gold same: sheets of clippings named same in 2 folders (factsheets/A/same, "
                                 "factsheets/B/same). Evaluate the output of a run over one of them.")
