"""`shequ query|entity|forget|sheet|export|view`: help, output, exit codes."""

from __future__ import annotations

import csv
import io
import json
import shlex
import shutil
import subprocess
import sys

import pytest

from graph_fixtures import clippings
from shequ.cli import _Parser
from shequ.cli import graph as graph_cli
from shequ.graph.store import GraphStore

COMMANDS = ("query", "entity", "forget", "sheet", "export", "view", "stats")


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


def test_query_about_known_entities_without_results_says_so_and_succeeds(out, capsys):
    assert shequ("query", "communities", "--model", "五社联动", "--in", "四川", "--store", str(out)) == 0
    assert capsys.readouterr().err == "no results\n"


@pytest.mark.parametrize("argv, message", [
    (("query", "partners", "金鱼小区"), "E071 no entity named '金鱼小区' in the graph. Did you mean '金鱼社区'? "),
    (("query", "people", "金鱼社区书记"), "E071 no entity named '金鱼社区书记' in the graph. Did you mean '金鱼社区'? "),
    (("query", "communities", "--in", "宁厦"), "E071 no entity named '宁厦' in the graph. Did you mean '宁夏回族自治区'? "),
    (("query", "communities", "--model", "五社连动"), "E071 no entity named '五社连动' in the graph. Did you mean '五社联动'? "),
    (("query", "path", "李穷", "金鱼社区"), "E071 no entity named '李穷' in the graph. Did you mean '李琼'? "),
    (("entity", "九龙社工中新"), "E071 no entity named '九龙社工中新' in the graph. Did you mean '九龙社工'? "),
    (("sheet", "金鱼小区"), "E071 no entity named '金鱼小区' in the graph. Did you mean '金鱼社区'? "),
    (("query", "profile", "无此实体"), "E071 no entity named '无此实体' in the graph. Names match exactly"),
])
def test_unknown_names_fail_with_the_closest_names(out, capsys, argv, message):
    assert shequ(*argv, "--store", str(out)) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith("shequ: " + message)


def test_query_csv_has_whole_cells_and_json_flag_is_format_json(out, capsys):
    assert shequ("query", "partners", "金鱼社区", "--format", "csv", "--store", str(out)) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["entity", "partner", "type", "relation", "articles", "sources"]
    assert [r[1] for r in rows[1:]] == ["宜宾市酒都义工联合会", "童萌亲子园"]
    assert shequ("query", "partners", "金鱼社区", "--json", "--store", str(out)) == 0
    as_json = capsys.readouterr().out
    assert shequ("query", "partners", "金鱼社区", "--format", "json", "--store", str(out)) == 0
    assert capsys.readouterr().out == as_json
    assert shequ("query", "path", "李琼", "童萌亲子园", "--format", "csv", "--store", str(out)) == 0
    assert capsys.readouterr().out.splitlines() == [
        "step,from,edge,to,articles", "1,李琼,holds_role,金鱼社区,1", "2,金鱼社区,partners_with,童萌亲子园,1"]


def test_stats_counts_nodes_edges_and_best_covered_entities(out, capsys):
    assert shequ("stats", "--json", "--store", str(out)) == 0
    found = json.loads(capsys.readouterr().out)
    assert (found["clippings"], found["articles"]) == (len(clippings()), sum(len(v) for v in clippings().values()))
    assert found["nodes"]["total"] == sum(v for k, v in found["nodes"].items() if k != "total")
    assert found["nodes"]["community"] == 3 and found["edges"]["partners_with"] >= 2
    assert found["top_organizations"][0]["n_articles"] >= found["top_organizations"][-1]["n_articles"]
    assert shequ("stats", "--store", str(out)) == 0
    text = capsys.readouterr().out
    assert text.startswith(f"{out / 'graph.sqlite'}: {found['clippings']} clipping(s), {found['articles']} article(s)")
    assert "\nnode type     count\n" in text and "\ncommunity     3\n" in text


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
    assert capsys.readouterr().err.startswith("shequ: E071 no entity named '无此实体' in the graph.")


def test_query_path_prints_the_steps_or_fails_when_there_is_none(out, capsys):
    assert shequ("query", "path", "李琼", "童萌亲子园", "--store", str(out)) == 0
    assert capsys.readouterr().out.splitlines() == [
        "李琼 (person) → 金鱼社区 (community) → 童萌亲子园 (organization)",
        "  李琼 -holds_role-> 金鱼社区  · 1 article(s)",
        "  金鱼社区 -partners_with-> 童萌亲子园  · 1 article(s)",
    ]
    assert shequ("query", "path", "李琼", "无此实体", "--json", "--store", str(out)) == 1
    assert capsys.readouterr().out == ""


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


def test_export_and_view_write_files_into_missing_folders(out, tmp_path):
    assert shequ("export", "graphml", "-o", str(tmp_path / "new" / "g.graphml"), "--store", str(out)) == 0
    assert shequ("export", "neo4j", "-o", str(tmp_path / "neo"), "--store", str(out)) == 0
    assert (tmp_path / "new" / "g.graphml").stat().st_size > 0
    assert shequ("view", "--store", str(out)) == 0
    assert (tmp_path / "neo" / "load.cypher").exists()
    assert (out / "graph.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_registering_graph_commands_imports_no_heavy_module():
    code = ("import sys; from shequ.cli import _Parser, graph; p=_Parser(); graph.register(p.add_subparsers());"
            "print(sorted(m for m in ('networkx','pydantic','sqlite3','spacy','jieba','shequ.graph.store') if m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "[]"


# --- every --help example runs against the bundled outputs --------------------------------

ROOT = __import__("pathlib").Path(__file__).resolve().parent.parent


def help_examples() -> list[str]:
    """Each `shequ …` line of every command's --help epilog (`shequ run` examples need clippings
    and clusters that are not bundled; tests/test_batch.py runs that command)."""
    from shequ.cli import build_parser

    found = []
    parser = build_parser()

    def walk(p):
        for line in (p.epilog or "").splitlines():
            line = line.strip()
            if line.startswith("shequ ") and not line.startswith("shequ run "):
                found.append(line.split("  #")[0].strip())
        for action in p._actions:
            if isinstance(action, __import__("argparse")._SubParsersAction):
                for sub in action.choices.values():
                    walk(sub)

    walk(parser)
    return sorted(set(found))


def test_help_examples_cover_every_command_but_run():
    commands = {line.split()[1] for line in help_examples()}
    assert commands == {"eval", "schema", "query", "entity", "forget", "sheet", "export", "view", "stats"}


@pytest.mark.parametrize("line", help_examples())
def test_help_example_runs_against_the_bundled_outputs(line, tmp_path, monkeypatch, capsys):
    from shequ.cli import main

    shutil.copytree(ROOT / "outputs", tmp_path / "outputs")
    (tmp_path / "corpus").symlink_to(ROOT / "corpus")
    monkeypatch.chdir(tmp_path)
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()}
    argv, _, redirect = line.partition(" > ")
    code = main(shlex.split(argv)[1:])
    captured = capsys.readouterr()
    assert code == 0, f"{line}: exit {code}: {captured.err}"
    written = [p for p in tmp_path.rglob("*") if p.is_file() and before.get(p) != p.stat().st_mtime_ns]
    assert captured.out.strip() or written or "--check" in argv, f"{line}: printed and wrote nothing"
    assert "no results" not in captured.err, f"{line}: the example has no answer"


# --- the README's transcripts ----------------------------------------------------------------


def readme_transcripts() -> list[tuple[str, str]]:
    """(command, expected output) for each `$ shequ …` line of the README's code blocks."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    out = []
    for block in __import__("re").findall(r"```\n(.*?)```", text, __import__("re").S):
        if not block.startswith("$ shequ "):
            continue
        for chunk in ("\n" + block).split("\n$ ")[1:]:
            command, _, expected = chunk.partition("\n")
            out.append((command, expected.rstrip("\n")))
    return out


@pytest.mark.parametrize("command, expected", readme_transcripts())
def test_readme_transcript_matches_the_bundled_outputs(command, expected, monkeypatch, capsys):
    from shequ.cli import main

    monkeypatch.chdir(ROOT)
    main(shlex.split(command)[1:])
    captured = capsys.readouterr()
    assert (captured.out + captured.err).rstrip("\n") == expected


def test_readme_transcripts_are_found():
    assert len(readme_transcripts()) >= 6 and readme_transcripts()[0][0] == "shequ query communities --model 五社联动 --in 宁夏"
