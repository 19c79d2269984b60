"""Each export read back by its consumer's reader with default settings: networkx for node-link
JSON and GraphML, a checker of neo4j-admin's documented header grammar for the Neo4j CSVs,
pandas and pyarrow for the flat facts table."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import networkx as nx
import pandas as pd
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph_fixtures import clippings
from shequ import keys
from shequ.graph import export
from shequ.graph.store import GraphStore


def seed_graph(tmp_path):
    with GraphStore(tmp_path / "graph.sqlite") as store:
        for clipping, sheets in clippings().items():
            store.upsert_clipping(clipping, "h", sheets)
        return store.to_networkx()


def test_graphml_round_trip_of_seed_graph(tmp_path):
    g = seed_graph(tmp_path)
    export.write_graphml(g, tmp_path / "g.graphml")
    back = export.read_graphml(tmp_path / "g.graphml")
    assert nx.utils.graphs_equal(g, back)
    assert back.nodes["place:64"]["chain"] == ["宁夏回族自治区"]
    edge = back.edges["community:民族巷社区@640502100", "place:640502100", "located_in"]
    assert edge["basis"] == ["street"] and edge["evidence"][0]["raw"] == "民族巷社区"


def test_node_link_round_trip_of_seed_graph(tmp_path):
    g = seed_graph(tmp_path)
    export.write_node_link(g, tmp_path / "g.json")
    assert nx.utils.graphs_equal(g, export.read_node_link(tmp_path / "g.json"))


def test_node_link_loads_with_networkx_defaults_both_ways(tmp_path):
    g = seed_graph(tmp_path)
    export.write_node_link(g, tmp_path / "g.json")
    # what a user types: no keyword arguments
    back = nx.node_link_graph(json.loads((tmp_path / "g.json").read_text(encoding="utf-8")))
    assert back.is_directed() and back.is_multigraph()
    assert nx.utils.graphs_equal(g, back)
    assert back.edges["李琼@community:金鱼社区@511504003".join(("person:", "")), "community:金鱼社区@511504003", "holds_role"][
        "role"] == ["金鱼社区书记"]
    # and a file networkx writes with its defaults reads back through ours
    (tmp_path / "nx.json").write_text(json.dumps(nx.node_link_data(g), ensure_ascii=False), encoding="utf-8")
    assert nx.utils.graphs_equal(g, export.read_node_link(tmp_path / "nx.json"))


def test_to_networkx_subgraph_keeps_only_edges_between_chosen_nodes(tmp_path):
    with GraphStore(tmp_path / "graph.sqlite") as store:
        for clipping, sheets in clippings().items():
            store.upsert_clipping(clipping, "h", sheets)
        sub = store.to_networkx(["community:金鱼社区@511504003", "organization:童萌亲子园", "place:64"])
    assert sorted(sub.edges(keys=True)) == [("community:金鱼社区@511504003", "organization:童萌亲子园", "partners_with")]
    assert sub.number_of_nodes() == 3


# --- neo4j-admin database import: the header grammar of its documentation ---------------
# <name>:<type>, :ID (optionally with an ID space in brackets), :LABEL, :START_ID, :END_ID,
# :TYPE, :IGNORE; data types with [] for arrays; default delimiter ",", array delimiter
# ";", quote '"', one record per line (--multiline-fields=false).
NEO4J_TYPES = ("int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point", "date",
               "localtime", "time", "localdatetime", "datetime", "duration")
RE_NEO4J_FIELD = re.compile(r"^(?P<name>[^:]*)(?::(?P<kind>ID|LABEL|START_ID|END_ID|TYPE|IGNORE|"
                            + "|".join(NEO4J_TYPES) + r")(?P<array>\[\])?)?(?:\((?P<space>[^)]+)\))?$")
RE_NEO4J_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
RE_INT = re.compile(r"^-?\d+$")


def check_neo4j_file(path: Path, role: str) -> list[dict]:
    """Rows of a neo4j-admin import file after checking its header and every cell; `role` nodes|relationships."""
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    assert lines[-1] == "" and all("\r" not in ln for ln in lines), f"{path.name}: one record per line"
    rows = list(csv.reader(lines[:-1]))
    header, body = rows[0], rows[1:]
    assert len(body) == len(lines) - 2, f"{path.name}: a field spans lines (multiline fields are off by default)"
    fields = []
    for h in header:
        m = RE_NEO4J_FIELD.match(h)
        assert m, f"{path.name}: header field {h!r} is not <name>:<type>"
        kind = m["kind"] or "string"
        assert kind in NEO4J_TYPES or not m["array"], f"{path.name}: {h!r}: only data types can be arrays"
        assert m["space"] is None or kind in ("ID", "START_ID", "END_ID"), h
        if kind in NEO4J_TYPES:
            assert m["name"], f"{path.name}: property column {h!r} has no name"
        fields.append((m["name"], kind, bool(m["array"])))
    kinds = [k for _, k, _ in fields]
    if role == "nodes":
        assert kinds.count("ID") == 1 and not {"START_ID", "END_ID", "TYPE"} & set(kinds)
    else:
        assert kinds.count("START_ID") == kinds.count("END_ID") == kinds.count("TYPE") == 1 and "ID" not in kinds
    names = [n for n, k, _ in fields if n and k != "IGNORE"]
    assert len(names) == len(set(names)), f"{path.name}: property names repeat"
    out = []
    for row in body:
        assert len(row) == len(header), f"{path.name}: row width {len(row)} != {len(header)}"
        record = {}
        for (name, kind, array), cell in zip(fields, row):
            values = cell.split(";") if (array or kind == "LABEL") and cell else [cell]
            for v in values if cell else []:
                if kind in ("int", "long", "short", "byte"):
                    assert RE_INT.match(v), f"{path.name}: {name}: {v!r} is not an integer"
                elif kind in ("float", "double"):
                    float(v)
                elif kind == "boolean":
                    assert v in ("true", "false"), f"{path.name}: {name}: {v!r} is not a boolean"
            if kind in ("LABEL", "TYPE"):
                assert cell and all(RE_NEO4J_IDENTIFIER.match(x) for x in cell.split(";")), f"{path.name}: {cell!r}"
            record[name or ":" + kind] = (values if array or kind == "LABEL" else cell) if cell else None
        out.append(record)
    return out


def test_neo4j_export_follows_the_admin_import_header_grammar(tmp_path):
    g = seed_graph(tmp_path)
    written = export.write_neo4j(g, tmp_path / "neo4j")
    node_files = sorted(p for p in written if p.name.startswith("nodes_"))
    rel_files = sorted(p for p in written if p.name.startswith("relationships_"))
    nodes = {r["id"]: r for p in node_files for r in check_neo4j_file(p, "nodes")}
    rels = [r for p in rel_files for r in check_neo4j_file(p, "relationships")]
    assert len(nodes) == g.number_of_nodes() and len(rels) == g.number_of_edges()
    assert all(r[":START_ID"] in nodes and r[":END_ID"] in nodes for r in rels)
    header = (tmp_path / "neo4j" / "nodes_place.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == "id:ID,name:string,n_articles:int,aliases:string[],chain:string[],code:string,level:string,:LABEL"
    ningxia = nodes["place:64"]
    assert (ningxia["name"], ningxia[":LABEL"], ningxia["chain"]) == ("宁夏回族自治区", ["Entity", "Place"], ["宁夏回族自治区"])
    assert (tmp_path / "neo4j" / "relationships_partners_with.csv").read_text(encoding="utf-8").splitlines()[0] == (
        ":START_ID,:END_ID,:TYPE,n_articles:int,articles:string[],evidence:string,relation:string[]")
    partner = next(r for r in rels if r[":END_ID"] == "organization:童萌亲子园" and r[":TYPE"] == "PARTNERS_WITH")
    assert (partner[":TYPE"], partner["relation"], partner["n_articles"]) == ("PARTNERS_WITH", ["引入"], "1")
    assert "童萌亲子园" in json.loads(partner["evidence"])[0]["sentence"]
    quantity = next(r for p in node_files if p.name == "nodes_quantity.csv" for r in check_neo4j_file(p, "nodes"))
    assert "value:double" in (tmp_path / "neo4j" / "nodes_quantity.csv").read_text(encoding="utf-8").splitlines()[0]
    assert float(quantity["value"]) > 0
    command = (tmp_path / "neo4j" / "import.sh").read_text(encoding="utf-8")
    assert 'neo4j-admin" database import full' in command
    assert command.count("--nodes=") == len(node_files) and command.count("--relationships=") == len(rel_files)


def test_neo4j_checker_rejects_what_neo4j_admin_would(tmp_path):
    bad = tmp_path / "bad.csv"
    for text, role in (("id,name\nx,a\n", "nodes"),                       # no :ID column
                       ("id:ID,n:int\nx,1.5\n", "nodes"),                   # not an integer
                       ("id:ID,n:int\nx,\"1\n2\"\n", "nodes"),              # a record over two lines
                       (":START_ID,:END_ID\na,b\n", "relationships"),       # no :TYPE
                       ("id:ID,name:text\nx,a\n", "nodes")):                # unknown type
        bad.write_text(text, encoding="utf-8")
        with pytest.raises((AssertionError, ValueError)):
            check_neo4j_file(bad, role)


def test_neo4j_cells_keep_one_record_per_line_and_arrays_splittable():
    assert export.neo4j_cell(["甲;乙", "丙\n丁"], "string[]") == "甲；乙;丙 丁"
    assert export.neo4j_cell("第一行\n第二行", "string") == "第一行 第二行"
    assert export.neo4j_cell([{"a": "x\ny"}], "string") == '[{"a": "x\\ny"}]'
    assert [export.neo4j_type(v) for v in ([1, None], [True], [1, 2.5], [["a"], None], [{"a": 1}], [2**40])] == [
        "int", "boolean", "double", "string[]", "string", "long"]


def test_neo4j_cypher_script_loads_every_file_by_merge(tmp_path):
    g = seed_graph(tmp_path)
    written = export.write_neo4j(g, tmp_path / "neo4j")
    script = (tmp_path / "neo4j" / "load.cypher").read_text(encoding="utf-8")
    for p in written:
        if p.suffix == ".csv":
            assert f"LOAD CSV WITH HEADERS FROM 'file:///{p.name}' AS row" in script
    assert "MERGE (n:Entity {id: row.`id:ID`})" in script
    assert "n.n_articles = toInteger(row.`n_articles:int`)" in script
    assert "n.aliases = split(row.`aliases:string[]`, ';')" in script
    assert "MERGE (a)-[r:PARTNERS_WITH]->(b)" in script
    assert script.count("LOAD CSV") == len([p for p in written if p.suffix == ".csv"])


# --- the facts table ------------------------------------------------------------------------


def seed_sheets() -> list[dict]:
    return [s for sheets in clippings().values() for s in sheets]


def test_facts_csv_loads_in_pandas_with_one_row_per_fact_and_raw_offsets(tmp_path):
    sheets = seed_sheets()
    rows = export.fact_rows(sheets)
    export.write_facts_csv(rows, tmp_path / "facts.csv")
    assert (tmp_path / "facts.csv").read_bytes()[:3] == b"\xef\xbb\xbf"  # Excel reads UTF-8 by its BOM
    frame = pd.read_csv(tmp_path / "facts.csv")  # pandas defaults
    n_facts = sum(len(s.get(t) or []) for s in sheets for t in ("organizations", "places", "communities", "models",
                                                               "programs", "people", "quantities", "partnerships"))
    assert len(frame) == len(rows) == n_facts
    assert list(frame.columns[:8]) == ["clipping", "article_id", "title", "source", "date", "fact_type", "index", "name"]
    assert str(frame["start"].dtype) == "int64" and str(frame["end"].dtype) == "int64"
    from graph_fixtures import raw_text

    for r in frame.itertuples():
        assert raw_text(r.clipping)[r.start : r.end] == r.raw
    pair = frame[(frame.fact_type == "partnerships") & (frame.b == "童萌亲子园")].iloc[0]
    assert (pair["name"], pair["a"], pair["relation"]) == ("金鱼社区 — 童萌亲子园", "金鱼社区", "引入")
    assert pair["b_key"] == "童萌亲子园"


def test_facts_parquet_has_typed_columns_and_the_same_rows(tmp_path):
    rows = export.fact_rows(seed_sheets())
    export.write_facts_parquet(rows, tmp_path / "facts.parquet")
    table = pq.read_table(tmp_path / "facts.parquet")
    assert table.num_rows == len(rows)
    types = {f.name: str(f.type) for f in table.schema}
    assert (types["start"], types["value"], types["byline"], types["raw"]) == ("int64", "double", "bool", "string")
    frame = pd.read_parquet(tmp_path / "facts.parquet")
    assert frame.to_dict("records")[0]["raw"] == rows[0]["raw"]
    quantity = frame[frame.fact_type == "quantities"].iloc[0]
    assert quantity["value"] == next(r["value"] for r in rows if r["fact_type"] == "quantities")


def test_export_store_creates_missing_folders_and_reads_the_sheets_beside_the_store(tmp_path):
    out = tmp_path / "out"
    for stem, sheets in (("a", seed_sheets()[:2]),):
        (out / "factsheets" / stem).mkdir(parents=True)
        for i, s in enumerate(sheets):
            (out / "factsheets" / stem / f"{i}.json").write_text(json.dumps(s, ensure_ascii=False), encoding="utf-8")
    with GraphStore(out / "graph.sqlite") as store:
        for clipping, sheets in clippings().items():
            store.upsert_clipping(clipping, "h", sheets)
        written = export.export_store(store, "facts-csv", tmp_path / "new" / "deeper" / "facts.csv")
        assert written == [tmp_path / "new" / "deeper" / "facts.csv"]
        assert len(pd.read_csv(written[0])) == len(export.fact_rows(seed_sheets()[:2]))
        assert export.export_store(store, "graphml", tmp_path / "g" / "x.graphml")[0].is_file()


# Names with markup, quotes, CJK, XML-illegal controls (raw PDF text has form feeds) and
# our own "json:" marker: what hostile or messy clippings can contain.
TOKENS = list("社区中心九龙<>&\"'/!-—“”《》 abc12\x0c\x0b") + ["json:"]
NAMES = st.lists(st.sampled_from(TOKENS), min_size=1, max_size=8).map("".join).filter(
    lambda s: s.strip(" \"'“”\x0c\x0b") != "")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(NAMES, min_size=1, max_size=5, unique=True))
def test_graphml_round_trips_any_organization_names(tmp_path, names):
    raw = "".join(names)
    orgs, pos = [], 0
    for n in names:
        orgs.append({"name": n, "key": keys.named_key(n, "p-01"), "canonical": n, "evidence": [
            {"text": n, "start": pos, "end": pos + len(n), "sentence": 0}]})
        pos += len(n)
    sheet = {"clipping": "p.txt", "article_id": "p-01", "title": names[0], "source": names[-1], "organizations": orgs,
             "sentences": [raw]}
    path = tmp_path / f"{abs(hash(raw))}.sqlite"
    with GraphStore(path) as store:
        store.upsert_clipping("p.txt", "h", [sheet])
        g = store.to_networkx()
    export.write_graphml(g, tmp_path / "p.graphml")
    assert nx.utils.graphs_equal(g, export.read_graphml(tmp_path / "p.graphml"))
