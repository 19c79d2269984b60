"""Every command has help, appears in the README, and keeps the exit-code contract."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from corpus_data import ROOT
from shequ.cli import build_parser, main


def commands() -> list[str]:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    return sorted(subparsers.choices)


def test_core_commands_exist():
    assert {"run", "eval", "schema"} <= set(commands())


@pytest.mark.parametrize("name", commands())
def test_command_has_help_and_is_in_the_readme(name, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([name, "--help"])
    assert exit_info.value.code == 0
    assert len(capsys.readouterr().out) > 200
    assert f"shequ {name}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_usage_errors_exit_2():
    with pytest.raises(SystemExit) as exit_info:
        main(["no-such-command"])
    assert exit_info.value.code == 2
    assert main([]) == 2


def test_help_starts_fast_without_loading_the_pipeline():
    code = "import sys; from shequ.cli import build_parser; build_parser(); print(sorted(m for m in ('spacy', 'jieba', 'networkx', 'pydantic') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_schema_command_prints_the_committed_schema(capsys):
    assert main(["schema"]) == 0
    assert (ROOT / "pipeline" / "schema" / "factsheet.schema.json").read_text(encoding="utf-8") == capsys.readouterr().out
    assert main(["schema", "--check"]) == 0


def test_run_options_reach_the_components_and_count_in_the_version(tmp_path, capsys):
    clipping = tmp_path / "in" / "a.txt"
    clipping.parent.mkdir()
    clipping.write_text("社区新闻\n\n青禾市春晖义工联合会已入驻在桃源社区。\n\n（据《青禾日报》）\n", encoding="utf-8")
    out = tmp_path / "out"

    def partnerships(*options: str) -> list:
        assert main(["run", str(clipping.parent), "--out", str(out), "--quiet", "--workers", "1", *options]) == 0
        (sheet,) = [json.loads(p.read_text(encoding="utf-8")) for p in (out / "factsheets").rglob("*.json")]
        return [(p["a"]["name"], p["b"]["name"]) for p in sheet["partnerships"]]

    assert partnerships() == [("青禾市春晖义工联合会", "桃源社区")]
    # other options make other outputs, so the unchanged clipping is processed again
    assert partnerships("--option", "partnerships.max_gap=0") == []
    assert partnerships() == [("青禾市春晖义工联合会", "桃源社区")]


def test_run_refuses_an_unknown_option_as_a_usage_error(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("社区新闻\n\n正文。\n", encoding="utf-8")
    assert main(["run", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--option", "partnerships.gap=3"]) == 2
    assert "E055 component 'partnerships' has no option 'gap'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main(["run", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--option", "gap=3"])
    assert usage.value.code == 2


def test_version_names_package_and_pipeline_version(capsys):
    from shequ import __version__
    from shequ.batch import pipeline_version

    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith(f"shequ {__version__} (pipeline {pipeline_version()}, Python ")


def test_eval_without_fact_sheets_is_a_usage_error(tmp_path, capsys):
    assert main(["eval", str(ROOT / "corpus" / "gold"), str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"shequ eval: E031 {tmp_path}: no fact sheets for any of the 5 gold clippings in ")


def test_eval_names_gold_clippings_without_sheets(tmp_path, capsys):
    sheets = tmp_path / "factsheets" / "000_3c3b2f14eedce646"
    sheets.mkdir(parents=True)
    for p in (ROOT / "outputs" / "factsheets" / "seeds" / "000_3c3b2f14eedce646").glob("*.json"):
        (sheets / p.name).write_bytes(p.read_bytes())
    assert main(["eval", str(ROOT / "corpus" / "gold"), str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert "no fact sheets in" in captured.err and "for 4 gold clipping(s), scored as all missed: 001_" in captured.err
    assert captured.out.startswith("fact type")


def test_output_cut_short_by_its_reader_ends_quietly():
    # the reader is gone before shequ writes: every write meets a broken pipe
    proc = subprocess.Popen([sys.executable, "-m", "shequ", "eval", "corpus/gold", "outputs/", "--show-errors"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert err == ""


def test_broken_pipe_in_process_returns_ok(monkeypatch):
    class Closed:
        def write(self, text):
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self):
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdout", Closed())
    assert main(["schema"]) == 0
