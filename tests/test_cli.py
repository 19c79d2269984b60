"""Every command has help, appears in the README, and keeps the exit-code contract."""

from __future__ import annotations

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
