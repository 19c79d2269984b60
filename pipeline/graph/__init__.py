"""The knowledge graph: fact sheets from every batch merged into one SQLite store.

Data flow inside this package (one module per step):
  ids.py      node/edge types and the deterministic keys that decide what merges
  resolve.py  one fact sheet → rows: entity facts, alias links, edge evidence (with reasons)
  store.py    GraphStore: SQLite (WAL), upsert/forget per clipping, networkx loading
  queries.py  the questions users ask (communities by model/place, partners, paths …)
  sheet.py    aggregated JSON sheet of one entity (pydantic, published JSON Schema)
  export.py   node-link JSON, GraphML, Neo4j bulk-import CSV + Cypher
  view.py     one self-contained offline HTML picture (renderer in assets/)

Its errors (E070–E074, with fix hints) are in the one catalogue, `pipeline/errors.py`.

The CLI over these lives in `pipeline/cli/graph.py` (terminal tables: `cli/tables.py`);
the batch runner calls `GraphStore.upsert_clipping` / `forget` once per clipping.
"""
