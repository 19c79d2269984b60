"""`shequ query|entity|forget|sheet|export|view`: help, output, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from graph_fixtures import clippings
from shequ.cli import _Parser
from shequ.cli import graph as graph_cli
from shequ.graph.store import GraphStore

COMMANDS = ("query", "entity", "forget", "sheet", "export", "view")


def parser():
    p = _Parser(prog="shequ")
    graph_cli.register(p.add_subparsers(dest="command", parser_class=_Parser))
    return p


def shequ(*argv: str) -> int:
    args = parser().parse_args(list(argv))
    return args.handler(args)


@pytest.fixture()
def out(tmp_path):
    with GraphStore(tmp_path / "graph.sqlite") as store:
        for clipping, sheets in clippings().items():
            store.upsert_clipping(clipping, "h", sheets)
    return tmp_path


@pytest.mark.parametrize("command", COMMANDS)
def test_every_graph_command_has_help_with_examples(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        parser().parse_args([command, "--help"])
    assert exit_.value.code == 0
    text = capsys.readouterr().out
    assert "examples:" in text and f"shequ {command}" in text
    if command != "query":  # query's options live on its questions (next test)
        assert "--store" in text


def test_query_questions_have_help(capsys):
    for q in ("communities", "partners", "programs", "people", "quantities", "profile", "path"):
        with pytest.raises(SystemExit):
            parser().parse_args(["query", q, "--help"])
        assert "--store" in capsys.readouterr().out


def test_query_communities_by_model_prints_table_with_sources(out, capsys):
    assert shequ("query", "communities", "--model", "五社联动", "--store", str(out)) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["community", "place", "models", "basis", "sources"]
    assert lines[2].startswith("民族巷社区  宁夏回族自治区 / 中卫市 / 沙坡头区 / 文昌镇  五社联动  article  新华网《")


def test_query_json_output_parses(out, capsys):
    assert shequ("query", "partners", "金鱼社区", "--json", "--store", str(out)) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["partner"] for r in rows] == ["宜宾市酒都义工联合会", "童萌亲子园"]


def test_query_without_results_says_so_and_succeeds(out, capsys):
    assert shequ("query", "communities", "--in", "西藏", "--store", str(out)) == 0
    assert capsys.readouterr().err == "no results\n"


def test_query_table_rows_follow_the_question_columns_and_the_limit(out, capsys):
    assert shequ("query", "quantities", "--limit", "1", "--store", str(out)) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0].split() == ["text", "value", "unit", "qualifier", "subject", "reported", "by", "sources"]
    assert lines[2].split()[:6] == ["2万余名", "20000", "名", "more_than", "注册志愿者", "九龙社工"] and len(lines) == 3
    assert captured.err == "(first 1 rows, best supported first; --limit 0 shows all)\n"


def test_query_profile_prints_edges_with_evidence_or_fails_for_unknown_names(out, capsys):
    assert shequ("query", "profile", "金鱼社区", "--store", str(out)) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == ["金鱼社区  [community:金鱼社区@511504003]  1 article(s)", "  place: 四川省 / 宜宾市 / 叙州区 / 南岸街道"]
    assert "  李琼 -holds_role-> 金鱼社区 (金鱼社区书记)  · 1 article(s)" in lines
    assert shequ("query", "profile", "无此实体", "--store", str(out)) == 1
    assert capsys.readouterr().err == "no entity named '无此实体'\n"


def test_query_path_prints_the_steps_or_fails_when_there_is_none(out, capsys):
    assert shequ("query", "path", "李琼", "童萌亲子园", "--store", str(out)) == 0
    assert capsys.readouterr().out.splitlines() == [
        "李琼 (person) → 金鱼社区 (community) → 童萌亲子园 (organization)",
        "  李琼 -holds_role-> 金鱼社区  · 1 article(s)",
        "  金鱼社区 -partners_with-> 童萌亲子园  · 1 article(s)",
    ]
    assert shequ("query", "path", "李琼", "无此实体", "--json", "--store", str(out)) == 1
    assert capsys.readouterr().out == "null\n"


def test_missing_store_fails_with_fix_hint(tmp_path, capsys):
    assert shequ("query", "people", "金鱼社区", "--store", str(tmp_path / "none")) == 1
    assert "E070" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as exit_:
        parser().parse_args(["query"])
    assert exit_.value.code == 2
    with pytest.raises(SystemExit) as exit_:
        parser().parse_args(["export", "pdf", "-o", "x"])
    assert exit_.value.code == 2


def test_entity_explains_merges(out, capsys):
    assert shequ("entity", "九龙社工中心", "--store", str(out)) == 0
    text = capsys.readouterr().out
    assert "key 九龙社工服务中心: article synthetic_jiulong-01 links '九龙社工中心' to '九龙社工服务中心' (via alias links)" in text
    assert shequ("entity", "无此实体", "--store", str(out)) == 1


def test_forget_via_cli_then_unknown_clipping_fails(out, capsys):
    assert shequ("forget", "synthetic_jiulong.txt", "--json", "--store", str(out)) == 0
    removed = json.loads(capsys.readouterr().out)
    assert removed["clippings"] == 1 and removed["nodes"] == 8
    assert shequ("forget", "synthetic_jiulong.txt", "--store", str(out)) == 1
    assert "E074" in capsys.readouterr().err


def test_sheet_writes_json_and_refuses_ambiguous_or_place(out, capsys, tmp_path):
    target = tmp_path / "s" / "金鱼社区.json"
    assert shequ("sheet", "金鱼社区", "-o", str(target), "--store", str(out)) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["id"] == "community:金鱼社区@511504003"
    assert shequ("sheet", "宁夏", "--store", str(out)) == 1
    assert "E073" in capsys.readouterr().err


def test_export_and_view_write_files(out, tmp_path):
    assert shequ("export", "graphml", "-o", str(tmp_path / "g.graphml"), "--store", str(out)) == 0
    assert shequ("export", "neo4j", "-o", str(tmp_path / "neo"), "--store", str(out)) == 0
    assert shequ("view", "--store", str(out)) == 0
    assert (tmp_path / "g.graphml").stat().st_size > 0 and (tmp_path / "neo" / "load.cypher").exists()
    assert (out / "graph.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_registering_graph_commands_imports_no_heavy_module():
    code = ("import sys; from shequ.cli import _Parser, graph; p=_Parser(); graph.register(p.add_subparsers());"
            "print(sorted(m for m in ('networkx','pydantic','sqlite3','spacy','jieba','shequ.graph.store') if m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "[]"
