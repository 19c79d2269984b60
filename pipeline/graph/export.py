"""Exports, each in the format its consumer reads with default settings.

- node-link JSON: `networkx.node_link_graph(json.load(f))` (networkx ≥ 3.6 defaults:
  `nodes`/`edges` keys; `directed` and `multigraph` travel in the data).
- GraphML (Gephi, yEd): GraphML holds scalars only, so list/dict attributes (aliases,
  chain, evidence) are written as JSON strings marked `json:`; `read_graphml` turns them
  back, which makes it a lossless round trip of `GraphStore.to_networkx()`.
- Neo4j: one CSV per node label and per relationship type in the header format of
  `neo4j-admin database import` (`id:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`,
  typed properties such as `n_articles:int` and `aliases:string[]` with the default
  array delimiter `;`), the `neo4j-admin` command that loads them (import.sh), and a
  Cypher script that loads the same files into a running database with LOAD CSV … MERGE.
- Facts: one row per fact of the per-article fact sheets (not the merged graph), with
  its evidence (raw start/end offsets, raw slice, sentence), as CSV for spreadsheets
  (UTF-8 with a byte-order mark, which Excel needs to read Chinese) or Parquet.

Only the standard library is imported at module level (the CLI reads `FORMATS` when it
builds its parser); networkx, pyarrow and the schema load inside the functions.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

# --- the formats ------------------------------------------------------------------


@dataclass(frozen=True)
class Format:
    """One export: what it is for and whether it writes a folder of files."""

    name: str
    help: str
    folder: bool = False


FORMATS = (
    Format("nodelink", "node-link JSON (networkx.node_link_graph, D3)"),
    Format("graphml", "GraphML (Gephi, yEd, networkx.read_graphml)"),
    Format("neo4j", "neo4j-admin bulk-import CSVs + import.sh + load.cypher (LOAD CSV … MERGE)", folder=True),
    Format("facts-csv", "one row per fact with its evidence, CSV for spreadsheets"),
    Format("facts-parquet", "one row per fact with its evidence, Parquet (needs pyarrow)"),
)
FORMAT_BY_NAME = {f.name: f for f in FORMATS}


def export_store(store, fmt: str, path: Path) -> list[Path]:
    """Write the export `fmt` of `store` (a GraphStore) to `path`; returns the files written.

    The facts formats read the fact sheets that `shequ run` wrote beside the store
    (`<store folder>/factsheets/`). Parent folders are created as needed.
    """
    path = Path(path)
    if fmt not in FORMAT_BY_NAME:
        raise ValueError(f"unknown export format {fmt!r} (known: {', '.join(FORMAT_BY_NAME)})")
    (path if FORMAT_BY_NAME[fmt].folder else path.parent).mkdir(parents=True, exist_ok=True)
    if fmt in ("facts-csv", "facts-parquet"):
        rows = fact_rows(read_sheets(store.path.parent))
        (write_facts_csv if fmt == "facts-csv" else write_facts_parquet)(rows, path)
        return [path]
    graph = store.to_networkx()
    if fmt == "neo4j":
        return write_neo4j(graph, path)
    (write_node_link if fmt == "nodelink" else write_graphml)(graph, path)
    return [path]


# --- node-link JSON -----------------------------------------------------------------


def node_link(graph) -> dict:
    """networkx's node-link form with the keys its current defaults read (`nodes`, `edges`)."""
    import networkx as nx

    return nx.node_link_data(graph, edges="edges")


def write_node_link(graph, path: Path) -> None:
    path.write_text(json.dumps(node_link(graph), ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def read_node_link(path: Path):
    """The graph back from a node-link file (`edges` given so networkx 3.4–3.5 read it too)."""
    import networkx as nx

    return nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="edges")


# --- GraphML ----------------------------------------------------------------------

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


# --- Neo4j --------------------------------------------------------------------------

# Neo4j labels and relationship types: CamelCase / UPPER_SNAKE by convention. Every node
# also carries the label Entity, on which the Cypher script keeps `id` unique.
NEO4J_LABELS = {"place": "Place", "community": "Community", "organization": "Organization", "program": "Program",
                "model": "Model", "person": "Person", "quantity": "Quantity", "article": "Article", "source": "Source"}
NEO4J_BASE_LABEL = "Entity"
# neo4j-admin's default array delimiter; an element holding it would be split in two, so
# it is written as the full-width semicolon (Chinese text uses that one anyway).
ARRAY_DELIMITER = ";"
# neo4j-admin reads one record per line by default (--multiline-fields=false): line
# breaks inside a plain string become spaces (list/dict values are JSON, which escapes them).
RE_LINE_BREAK = re.compile(r"\r\n|[\r\n\u2028\u2029]")
# Properties taken from the node itself (id, label) rather than its attributes.
NODE_FIRST = ("name", "n_articles", "aliases")
EDGE_FIRST = ("n_articles", "articles")
EDGE_SKIPPED = ("type",)  # the relationship type is the :TYPE column

# Cypher functions that turn a CSV text cell into the column's type.
CYPHER_CASTS = {"int": "toInteger({})", "long": "toInteger({})", "double": "toFloat({})", "boolean": "toBoolean({})",
                "string": "{}", "string[]": "split({}, '" + ARRAY_DELIMITER + "')"}

CYPHER_HEAD = f"""// Load the shequ graph exported by `shequ export neo4j` into a running Neo4j (5.x):
// copy the CSV files into Neo4j's import directory, then `cypher-shell -f load.cypher`.
// MERGE on the node id makes the script safe to run again after a new export.
// (For an empty database, import.sh's `neo4j-admin database import full` is much faster.)
CREATE CONSTRAINT shequ_entity_id IF NOT EXISTS FOR (n:{NEO4J_BASE_LABEL}) REQUIRE n.id IS UNIQUE;
"""


def _int32(value: int) -> bool:
    return -(2**31) <= value < 2**31


def neo4j_type(values: Iterable) -> str:
    """The neo4j-admin property type that holds every one of `values` (None: missing)."""
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, bool) for v in present):
        return "boolean"
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "int" if all(_int32(v) for v in present) else "long"
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return "double"
    if present and all(isinstance(v, list) and all(isinstance(x, str) for x in v) for v in present):
        return "string[]"
    return "string"


def neo4j_cell(value, kind: str) -> str:
    """One CSV cell: empty for a missing value (neo4j-admin then sets no property)."""
    if value is None:
        return ""
    if kind == "boolean":
        return "true" if value else "false"
    if kind in ("int", "long"):
        return str(value)
    if kind == "double":
        return repr(float(value))
    if kind == "string[]":
        return ARRAY_DELIMITER.join(RE_LINE_BREAK.sub(" ", x).replace(ARRAY_DELIMITER, "；") for x in value)
    if isinstance(value, str):
        return RE_LINE_BREAK.sub(" ", value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _columns(items: list[dict], first: tuple[str, ...], skipped: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(property, neo4j type) for every attribute of `items`: `first` in order, then the rest sorted."""
    names = {k for d in items for k in d if k not in skipped}
    ordered = [k for k in first if k in names] + sorted(names - set(first))
    return [(k, neo4j_type(d.get(k) for d in items)) for k in ordered]


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def write_neo4j(graph, folder: Path) -> list[Path]:
    """nodes_<type>.csv and relationships_<type>.csv (neo4j-admin import headers), import.sh, load.cypher."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    cypher = [CYPHER_HEAD]
    by_type: dict[str, list[tuple[str, dict]]] = {}
    for n, d in sorted(graph.nodes(data=True)):
        by_type.setdefault(d.get("type") or "entity", []).append((n, d))
    node_files = []
    for node_type, nodes in sorted(by_type.items()):
        label = NEO4J_LABELS.get(node_type, node_type.capitalize())
        props = _columns([d for _, d in nodes], NODE_FIRST, skipped=("type",))
        path = folder / f"nodes_{node_type}.csv"
        _write_csv(path, ["id:ID"] + [f"{k}:{t}" for k, t in props] + [":LABEL"],
                   [[n] + [neo4j_cell(d.get(k), t) for k, t in props] + [f"{NEO4J_BASE_LABEL}{ARRAY_DELIMITER}{label}"]
                    for n, d in nodes])
        written.append(path)
        node_files.append(path.name)
        sets = [f"n:{label}", "n.type = '" + node_type + "'"] + [
            f"n.{k} = " + CYPHER_CASTS[t].format(f"row.`{k}:{t}`") for k, t in props]
        cypher.append(f"\nLOAD CSV WITH HEADERS FROM 'file:///{path.name}' AS row\n"
                      f"MERGE (n:{NEO4J_BASE_LABEL} {{id: row.`id:ID`}})\nSET " + ", ".join(sets) + ";\n")
    by_rel: dict[str, list[tuple[str, str, dict]]] = {}
    for u, v, k, d in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[2], e[0], e[1])):
        by_rel.setdefault(k, []).append((u, v, d))
    rel_files = []
    for edge_type, edges in sorted(by_rel.items()):
        rel = edge_type.upper()
        props = _columns([d for _, _, d in edges], EDGE_FIRST, skipped=EDGE_SKIPPED)
        path = folder / f"relationships_{edge_type}.csv"
        _write_csv(path, [":START_ID", ":END_ID", ":TYPE"] + [f"{k}:{t}" for k, t in props],
                   [[u, v, rel] + [neo4j_cell(d.get(k), t) for k, t in props] for u, v, d in edges])
        written.append(path)
        rel_files.append(path.name)
        sets = [f"r.{k} = " + CYPHER_CASTS[t].format(f"row.`{k}:{t}`") for k, t in props]
        cypher.append(f"\nLOAD CSV WITH HEADERS FROM 'file:///{path.name}' AS row\n"
                      f"MATCH (a:{NEO4J_BASE_LABEL} {{id: row.`:START_ID`}}), (b:{NEO4J_BASE_LABEL} {{id: row.`:END_ID`}})\n"
                      f"MERGE (a)-[r:{rel}]->(b)" + ("\nSET " + ", ".join(sets) if sets else "") + ";\n")
    script = folder / "import.sh"
    script.write_text(
        "#!/bin/sh\n# Bulk-load these files into an empty Neo4j database (5.x; stop the database first).\n"
        "# Run from this folder; NEO4J_HOME defaults to the current installation. Default\n"
        "# delimiters (',' and arrays ';'), one record per line.\n"
        'set -e\ncd "$(dirname "$0")"\n"${NEO4J_HOME:+$NEO4J_HOME/bin/}neo4j-admin" database import full "${1:-neo4j}" --overwrite-destination \\\n'
        + "".join(f"  --nodes={name} \\\n" for name in node_files)
        + "".join(f"  --relationships={name} \\\n" for name in rel_files)[:-3] + "\n", encoding="utf-8")
    cypher_path = folder / "load.cypher"
    cypher_path.write_text("".join(cypher), encoding="utf-8")
    return written + [script, cypher_path]


# --- facts: one row per fact, for spreadsheets --------------------------------------

# Columns every row has, before the fact type's own fields and after them.
FACT_HEAD = ("clipping", "article_id", "title", "source", "date", "fact_type", "index", "name")
FACT_TAIL = ("n_evidence", "start", "end", "raw", "sentence", "evidence_text")
# Lists in one cell (aliases, chain, candidates) are joined with this.
LIST_JOIN = " | "


def _field_kind(annotation) -> str:
    return {bool: "bool", float: "float", int: "int"}.get(annotation, "string")


def fact_columns(fact_types=None) -> dict[str, str]:
    """Column → kind (string | int | float | bool), from the fact-type table's models.

    A reference field (`a`, `b`, `affiliation`, `operator`, `place`) is the name it refers
    to, followed by `<field>_key`, the key that joins it to the referenced fact's row.
    """
    from ..schema import FACT_TYPES, Ref

    columns = {c: "string" for c in FACT_HEAD}
    columns["index"] = "int"
    for row in fact_types or FACT_TYPES:
        for name, info in row.model.model_fields.items():
            if name == "evidence" or name in columns:
                continue
            columns[name] = _field_kind(info.annotation)
            if _is_ref(info.annotation, Ref):
                columns[f"{name}_key"] = "string"
    columns.update({"n_evidence": "int", "start": "int", "end": "int", "raw": "string", "sentence": "string",
                    "evidence_text": "string"})
    return columns


def _is_ref(annotation, ref_type) -> bool:
    return annotation is ref_type or ref_type in getattr(annotation, "__args__", ())


def _cell(value):
    if isinstance(value, dict) and {"type", "key", "name"} <= set(value):  # a Ref
        return value["name"]
    if isinstance(value, list):
        return LIST_JOIN.join(
            f"{v['name']} ({v['code']})" if isinstance(v, dict) and "code" in v else str(v) for v in value)
    return value


def fact_rows(sheets: Iterable, fact_types=None) -> list[dict]:
    """One dict per fact of `sheets` (FactSheet models or their JSON dicts), in sheet order.

    `name` says what the fact is: the entity's name, the number as written, or
    "a — b" for a partnership. The evidence columns are those of the fact's first
    evidence item (`n_evidence` counts them all): `raw == clipping_text[start:end]`.
    """
    from ..schema import FACT_TYPES, evidence_item, full_sheet

    table = fact_types or FACT_TYPES
    columns = fact_columns(table)
    out = []
    for sheet in sheets:
        s = full_sheet(sheet.model_dump(mode="json") if hasattr(sheet, "model_dump") else sheet, table)
        for row in table:
            for i, fact in enumerate(s.get(row.name) or []):
                ev = evidence_item(fact["evidence"][0], s["sentences"])
                name = fact.get("name") or fact.get("text")
                if name is None and "a" in fact and "b" in fact:
                    name = f"{fact['a']['name']} — {fact['b']['name']}"
                r = dict.fromkeys(columns)
                r.update({"clipping": s["clipping"], "article_id": s["article_id"], "title": s.get("title"),
                          "source": s.get("source"), "date": s.get("date"), "fact_type": row.name, "index": i,
                          "name": name})
                for k, v in fact.items():
                    if k == "evidence" or k not in columns:
                        continue
                    r[k] = _cell(v)
                    if isinstance(v, dict) and f"{k}_key" in columns:
                        r[f"{k}_key"] = v.get("key")
                r.update({"n_evidence": len(fact["evidence"]), "start": ev["start"], "end": ev["end"], "raw": ev["raw"],
                          "sentence": ev["sentence"], "evidence_text": ev["text"]})
                out.append(r)
    return out


def read_sheets(folder: Path) -> list[dict]:
    """The fact sheets under `folder`: a `shequ run` output folder, its factsheets/, or one clipping's folder."""
    from ..errors import NoSheetsError

    folder = Path(folder)
    root = folder / "factsheets" if (folder / "factsheets").is_dir() else folder
    paths = sorted(root.rglob("*.json"))  # clippings named by relative path nest: factsheets/seeds/<stem>/
    if not paths:
        raise NoSheetsError(path=folder)
    return [json.loads(p.read_text(encoding="utf-8")) for p in paths]


def write_facts_csv(rows: list[dict], path: Path, fact_types=None) -> None:
    """CSV with a header row; UTF-8 with a byte-order mark so Excel shows the Chinese text."""
    columns = list(fact_columns(fact_types))
    with Path(path).open("w", newline="", encoding="utf-8-sig") as f:
        w = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        w.writeheader()
        w.writerows({k: ("true" if v is True else "false" if v is False else v) for k, v in r.items()} for r in rows)


def facts_arrow_schema(fact_types=None):
    import pyarrow as pa

    kinds = {"string": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
    return pa.schema([(c, kinds[k]) for c, k in fact_columns(fact_types).items()])


def write_facts_parquet(rows: list[dict], path: Path, fact_types=None) -> None:
    """Parquet with typed columns (offsets int64, values float64, flags bool); needs pyarrow."""
    from ..errors import MissingExtraError

    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingExtraError(feature="Parquet export", package="pyarrow", extra="frames") from None
    schema = facts_arrow_schema(fact_types)
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), str(path))
