"""Exports round-trip: GraphML and node-link JSON give back the same graph; Neo4j files load by MERGE."""

from __future__ import annotations

import csv
import json

import networkx as nx
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


def test_to_networkx_subgraph_keeps_only_edges_between_chosen_nodes(tmp_path):
    with GraphStore(tmp_path / "graph.sqlite") as store:
        for clipping, sheets in clippings().items():
            store.upsert_clipping(clipping, "h", sheets)
        sub = store.to_networkx(["community:金鱼社区@511504003", "organization:童萌亲子园", "place:64"])
    assert sorted(sub.edges(keys=True)) == [("community:金鱼社区@511504003", "organization:童萌亲子园", "partners_with")]
    assert sub.number_of_nodes() == 3


def test_neo4j_export_writes_import_csv_and_merge_script(tmp_path):
    g = seed_graph(tmp_path)
    nodes_csv, edges_csv, cypher = export.write_neo4j(g, tmp_path / "neo4j")
    nodes = list(csv.DictReader(nodes_csv.open(encoding="utf-8")))
    edges = list(csv.DictReader(edges_csv.open(encoding="utf-8")))
    assert len(nodes) == g.number_of_nodes() and len(edges) == g.number_of_edges()
    row = next(n for n in nodes if n["id"] == "place:64")
    assert (row["name"], row[":LABEL"]) == ("宁夏回族自治区", "Entity;Place")
    assert json.loads(row["attrs"])["chain"] == ["宁夏回族自治区"]
    script = cypher.read_text(encoding="utf-8")
    assert "LOAD CSV WITH HEADERS FROM 'file:///nodes.csv'" in script
    assert "MERGE (n:Entity {id: row.id})" in script
    assert "MERGE (a)-[r:PARTNERS_WITH]->(b)" in script
    assert {e["type"] for e in edges} <= {t.upper() for t in ("located_in", "adopts", "runs", "partners_with",
                                                             "holds_role", "reports", "mentions", "published_by")}


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
            {"text": n, "sentence": raw, "start": pos, "end": pos + len(n), "raw": n}]})
        pos += len(n)
    sheet = {"clipping": "p.txt", "article_id": "p-01", "title": names[0], "source": names[-1], "organizations": orgs}
    path = tmp_path / f"{abs(hash(raw))}.sqlite"
    with GraphStore(path) as store:
        store.upsert_clipping("p.txt", "h", [sheet])
        g = store.to_networkx()
    export.write_graphml(g, tmp_path / "p.graphml")
    assert nx.utils.graphs_equal(g, export.read_graphml(tmp_path / "p.graphml"))
