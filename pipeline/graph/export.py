"""Exports: node-link JSON, GraphML (Gephi/yEd), Neo4j bulk-import CSV + Cypher script.

GraphML and CSV hold scalars only, so list/dict attributes (aliases, chain, evidence)
are written as JSON strings; `read_graphml` turns them back, which makes the export a
lossless round trip of `GraphStore.to_networkx()`.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

# Attribute values that are lists/dicts travel as JSON text; this prefix marks them.
JSON_PREFIX = "json:"


# Characters XML 1.0 cannot carry (form feeds and other controls survive in raw PDF text).
RE_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _scalar(value):
    if value is None:
        return JSON_PREFIX + "null"
    if isinstance(value, (list, dict)) or (isinstance(value, str) and (
            RE_XML_ILLEGAL.search(value) or value.startswith(JSON_PREFIX))):
        # json.dumps writes control characters as \u escapes, which XML accepts
        return JSON_PREFIX + json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def _unscalar(value):
    if isinstance(value, str) and value.startswith(JSON_PREFIX):
        return json.loads(value[len(JSON_PREFIX):])
    return value


def node_link(graph) -> dict:
    import networkx as nx

    return nx.node_link_data(graph, edges="links")


def write_node_link(graph, path: Path) -> None:
    path.write_text(json.dumps(node_link(graph), ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def read_node_link(path: Path):
    import networkx as nx

    return nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="links", multigraph=True, directed=True)


def write_graphml(graph, path: Path) -> None:
    import networkx as nx

    flat = nx.MultiDiGraph()
    for n, data in graph.nodes(data=True):
        flat.add_node(n, **{k: _scalar(v) for k, v in data.items()})
    for u, v, k, data in graph.edges(keys=True, data=True):
        flat.add_edge(u, v, key=k, **{a: _scalar(b) for a, b in data.items()})
    nx.write_graphml(flat, str(path), encoding="utf-8")


def read_graphml(path: Path):
    import networkx as nx

    flat = nx.read_graphml(str(path), force_multigraph=True)
    g = nx.MultiDiGraph()
    for n, data in flat.nodes(data=True):
        g.add_node(n, **{k: _unscalar(v) for k, v in data.items()})
    for u, v, k, data in flat.edges(keys=True, data=True):
        g.add_edge(u, v, key=k, **{a: _unscalar(b) for a, b in data.items()})
    return g


# Neo4j labels and relationship types: CamelCase / UPPER_SNAKE by convention.
NEO4J_LABELS = {"place": "Place", "community": "Community", "organization": "Organization", "program": "Program",
                "model": "Model", "person": "Person", "quantity": "Quantity", "article": "Article", "source": "Source"}

CYPHER_NODES = """// Load the shequ graph exported by `shequ export neo4j`.
// Put nodes.csv and edges.csv in Neo4j's import directory, then run this script
// (cypher-shell -f load.cypher). MERGE makes it safe to run again after a new export.
CREATE CONSTRAINT shequ_node_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
MERGE (n:Entity {id: row.id})
SET n.type = row.type, n.name = row.name, n.n_articles = toInteger(row.n_articles), n.attrs = row.attrs;
"""

# Cypher cannot parameterise a relationship type: one MERGE statement per type.
CYPHER_EDGES = """
LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row
WITH row WHERE row.type = '{rel}'
MATCH (a:Entity {{id: row.src}}), (b:Entity {{id: row.dst}})
MERGE (a)-[r:{rel}]->(b)
SET r.n_articles = toInteger(row.n_articles), r.attrs = row.attrs, r.evidence = row.evidence;
"""


def write_neo4j(graph, folder: Path) -> list[Path]:
    """nodes.csv (neo4j-admin import header), edges.csv and load.cypher (LOAD CSV … MERGE)."""
    folder.mkdir(parents=True, exist_ok=True)
    nodes_path, edges_path, cypher_path = folder / "nodes.csv", folder / "edges.csv", folder / "load.cypher"
    with nodes_path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "type", "name", "n_articles", "attrs", ":LABEL"])
        for n, d in sorted(graph.nodes(data=True)):
            extra = {k: v for k, v in d.items() if k not in ("type", "name", "n_articles")}
            w.writerow([n, d.get("type"), d.get("name"), d.get("n_articles", 0),
                        json.dumps(extra, ensure_ascii=False, sort_keys=True), "Entity;" + NEO4J_LABELS.get(d.get("type"), "Entity")])
    with edges_path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["src", "dst", "type", "n_articles", "attrs", "evidence"])
        for u, v, k, d in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1])):
            extra = {a: b for a, b in d.items() if a not in ("type", "n_articles", "evidence")}
            w.writerow([u, v, k.upper(), d.get("n_articles", 0), json.dumps(extra, ensure_ascii=False, sort_keys=True),
                        json.dumps(d.get("evidence", []), ensure_ascii=False)])
    labels = "".join(f"MATCH (n:Entity {{type: '{t}'}}) SET n:{label};\n" for t, label in NEO4J_LABELS.items())
    rels = "".join(CYPHER_EDGES.format(rel=k.upper()) for k in sorted({k for _, _, k in graph.edges(keys=True)}))
    cypher_path.write_text(CYPHER_NODES + "\n" + labels + rels, encoding="utf-8")
    return [nodes_path, edges_path, cypher_path]
