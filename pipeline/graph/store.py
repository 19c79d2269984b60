"""GraphStore: the knowledge graph in one SQLite file (WAL), grown one clipping at a time.

Every row remembers the clipping it came from, so a clipping's contribution can be
replaced (`upsert_clipping`) or removed (`forget`) exactly. Rows hold resolution keys
(`ids`); `key_node` maps each key to its node id after alias links are merged, and
`nodes` caches each node's display name, attributes and article count. Nodes exist
while some fact mentions them, edges while some evidence supports them: nothing else
is stored, so forgetting a clipping cannot leave orphans behind. `mentions` edges
(article → entity) are read straight from the facts rather than stored twice.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any, Iterable

from . import ids
from .resolve import SheetRows, name_key, sheet_rows

SCHEMA = """
CREATE TABLE IF NOT EXISTS clippings (clipping TEXT PRIMARY KEY, content_hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    article_id TEXT PRIMARY KEY, clipping TEXT NOT NULL, title TEXT, subtitle TEXT, source TEXT, date TEXT);
CREATE TABLE IF NOT EXISTS facts (
    clipping TEXT NOT NULL, article_id TEXT NOT NULL, node_type TEXT NOT NULL, key TEXT NOT NULL,
    node_id TEXT NOT NULL, name TEXT NOT NULL, canonical TEXT NOT NULL, aliases TEXT NOT NULL,
    attrs TEXT NOT NULL, reason TEXT NOT NULL, evidence TEXT NOT NULL, direct INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS facts_clipping ON facts(clipping);
CREATE INDEX IF NOT EXISTS facts_node ON facts(node_id, direct DESC, article_id);
CREATE INDEX IF NOT EXISTS facts_node_aliases ON facts(node_id, aliases);
CREATE INDEX IF NOT EXISTS facts_article ON facts(article_id, direct, node_type);
CREATE INDEX IF NOT EXISTS facts_key ON facts(node_type, key);
CREATE TABLE IF NOT EXISTS links (
    clipping TEXT NOT NULL, article_id TEXT NOT NULL, node_type TEXT NOT NULL,
    key_a TEXT NOT NULL, key_b TEXT NOT NULL, reason TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS links_clipping ON links(clipping);
CREATE INDEX IF NOT EXISTS links_a ON links(node_type, key_a);
CREATE INDEX IF NOT EXISTS links_b ON links(node_type, key_b);
CREATE TABLE IF NOT EXISTS edge_evidence (
    clipping TEXT NOT NULL, article_id TEXT NOT NULL, edge_type TEXT NOT NULL,
    src_type TEXT NOT NULL, src_key TEXT NOT NULL, src TEXT NOT NULL,
    dst_type TEXT NOT NULL, dst_key TEXT NOT NULL, dst TEXT NOT NULL,
    attrs TEXT NOT NULL, evidence TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ev_clipping ON edge_evidence(clipping);
-- article_id makes the per-edge article counts index-only (hub nodes have 10k+ rows)
CREATE INDEX IF NOT EXISTS ev_src ON edge_evidence(src, edge_type, dst, article_id);
CREATE INDEX IF NOT EXISTS ev_dst ON edge_evidence(dst, edge_type, src, article_id);
CREATE TABLE IF NOT EXISTS key_node (
    node_type TEXT NOT NULL, key TEXT NOT NULL, node_id TEXT NOT NULL, reason TEXT NOT NULL,
    PRIMARY KEY (node_type, key));
CREATE TABLE IF NOT EXISTS nodes (
    node_id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, attrs TEXT NOT NULL,
    aliases TEXT NOT NULL, n_articles INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS nodes_type ON nodes(type, name);
CREATE TABLE IF NOT EXISTS names (name TEXT NOT NULL, node_id TEXT NOT NULL, PRIMARY KEY (name, node_id));
CREATE INDEX IF NOT EXISTS names_node ON names(node_id);
"""

# Tables whose content defines the graph (what `dump` compares).
CONTENT_TABLES = ("clippings", "articles", "facts", "links", "edge_evidence", "key_node", "nodes", "names")

# Node types displayed by their stated name (official place name, article title,
# quantity text) rather than their canonical key.
NAMED_BY_SURFACE = ("place", "article", "source", "quantity")

# Node types whose keys can be merged by alias links across articles.
LINKED_TYPES = ("organization", "program")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def content_hash(text: str | bytes) -> str:
    """The hash `upsert_clipping` expects for a clipping's content."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    return hashlib.sha256(data).hexdigest()


class GraphStore:
    """The graph store at `path` (created with its schema when missing)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(self.path))
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)

    def __enter__(self) -> "GraphStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    # --- writing ---------------------------------------------------------------

    def has_clipping(self, clipping: str, content_hash: str) -> bool:
        row = self.db.execute("SELECT content_hash FROM clippings WHERE clipping=?", (clipping,)).fetchone()
        return bool(row) and row[0] == content_hash

    def contains_clipping(self, clipping: str) -> bool:
        """Whether `clipping` is in the store, whatever its content (what `shequ forget` can remove)."""
        return self.db.execute("SELECT 1 FROM clippings WHERE clipping=?", (clipping,)).fetchone() is not None

    def upsert_clipping(self, clipping: str, content_hash: str, sheets: list[dict]) -> None:
        """Replace everything `clipping` contributed with what `sheets` say, in one transaction."""
        from ..schema import FactSheet  # local: pydantic is only needed when writing

        # Validate first: a malformed sheet must fail before anything is deleted.
        sheets = [FactSheet.model_validate(s).model_dump(mode="json") for s in sheets]
        rows = [(s["article_id"], s, sheet_rows(s)) for s in sheets]
        with self.db:
            touched = self._delete_clipping(clipping)
            self.db.execute("INSERT INTO clippings VALUES (?, ?)", (clipping, content_hash))
            for aid, sheet, r in rows:
                self.db.execute(
                    "INSERT OR REPLACE INTO articles VALUES (?,?,?,?,?,?)",
                    (aid, clipping, sheet.get("title"), sheet.get("subtitle"), sheet.get("source"), sheet.get("date")),
                )
                touched |= self._insert_rows(clipping, r)
            self._reresolve(touched)

    def forget(self, clipping: str) -> dict:
        """Remove exactly what `clipping` contributed; returns counts of what went.

        `edges` counts the edges (mentions included) whose last evidence was in the
        clipping; `nodes` the nodes left with no mention.
        """
        db = self.db
        with db:
            one = lambda sql: db.execute(sql, (clipping,)).fetchone()[0]  # noqa: E731
            removed = {
                "clippings": one("SELECT count(*) FROM clippings WHERE clipping=?"),
                "articles": one("SELECT count(*) FROM articles WHERE clipping=?"),
                "facts": one("SELECT count(*) FROM facts WHERE clipping=?"),
                "evidence": one("SELECT count(*) FROM edge_evidence WHERE clipping=?"),
            }
            edges = set(db.execute("SELECT DISTINCT src, edge_type, dst FROM edge_evidence WHERE clipping=?", (clipping,)))
            mentions = set(db.execute("SELECT DISTINCT article_id, node_id FROM facts WHERE clipping=? AND direct=1", (clipping,)))
            nodes_before = db.execute("SELECT count(*) FROM nodes").fetchone()[0]
            self._reresolve(self._delete_clipping(clipping))
            removed["nodes"] = nodes_before - db.execute("SELECT count(*) FROM nodes").fetchone()[0]
            removed["edges"] = sum(1 for e in edges if not db.execute(
                "SELECT 1 FROM edge_evidence WHERE src=? AND edge_type=? AND dst=? LIMIT 1", e).fetchone()) + sum(
                1 for m in mentions if not db.execute(
                    "SELECT 1 FROM facts WHERE article_id=? AND node_id=? AND direct=1 LIMIT 1", m).fetchone())
        return removed

    def _delete_clipping(self, clipping: str) -> set[tuple[str, str]]:
        """Delete the clipping's rows; returns the keys they touched."""
        touched = set(self.db.execute("SELECT node_type, key FROM facts WHERE clipping=?", (clipping,)))
        touched |= {(t, k) for t, a, b in self.db.execute(
            "SELECT node_type, key_a, key_b FROM links WHERE clipping=?", (clipping,)) for k in (a, b)}
        for t in ("facts", "links", "edge_evidence", "articles", "clippings"):
            self.db.execute(f"DELETE FROM {t} WHERE clipping=?", (clipping,))
        return touched

    def _insert_rows(self, clipping: str, r: SheetRows) -> set[tuple[str, str]]:
        self.db.executemany(
            "INSERT INTO facts VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [(clipping, f.article_id, f.node_type, f.key, ids.node_id(f.node_type, f.key), f.name, f.canonical,
              _json(f.aliases), _json(f.attrs), f.reason, _json(f.evidence), int(f.direct)) for f in r.facts],
        )
        self.db.executemany(
            "INSERT INTO links VALUES (?,?,?,?,?,?)",
            [(clipping, l.article_id, l.node_type, l.key_a, l.key_b, l.reason) for l in r.links],
        )
        self.db.executemany(
            "INSERT INTO edge_evidence VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [(clipping, e.article_id, e.edge_type, e.src_type, e.src_key, ids.node_id(e.src_type, e.src_key),
              e.dst_type, e.dst_key, ids.node_id(e.dst_type, e.dst_key), _json(e.attrs), _json(e.evidence))
             for e in r.edges],
        )
        return {(f.node_type, f.key) for f in r.facts} | {(l.node_type, k) for l in r.links for k in (l.key_a, l.key_b)}

    # --- resolution ------------------------------------------------------------

    def _component(self, start: set[tuple[str, str]]) -> set[tuple[str, str]]:
        """All keys connected to `start` through alias links."""
        seen, todo = set(start), list(start)
        while todo:
            t, k = todo.pop()
            for a, b in self.db.execute("SELECT key_a, key_b FROM links WHERE node_type=? AND (key_a=? OR key_b=?)", (t, k, k)):
                for nk in ((t, a), (t, b)):
                    if nk not in seen:
                        seen.add(nk)
                        todo.append(nk)
        return seen

    def _reresolve(self, touched: set[tuple[str, str]]) -> None:
        """Recompute node ids for the touched keys' alias components, then refresh their nodes.

        Only organizations and programs merge through alias links; every other key is
        its own node. Rows written by this upsert carry their raw key's id, older rows
        the id `key_node` recorded; both are moved to the group's current id.
        """
        affected = {ids.node_id(t, k) for t, k in touched if t not in LINKED_TYPES}
        keys = self._component({k for k in touched if k[0] in LINKED_TYPES})
        parent: dict[tuple[str, str], tuple[str, str]] = {k: k for k in keys}

        def find(k: tuple[str, str]) -> tuple[str, str]:
            while parent[k] != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        reasons: dict[tuple[str, str], str] = {}
        # Sorted walks: the first reason recorded for a key must not depend on set order
        # (PYTHONHASHSEED), or the store would differ from run to run.
        for t, k in sorted(keys):
            for a, b, why in self.db.execute(
                    "SELECT key_a, key_b, reason FROM links WHERE node_type=? AND key_a=? ORDER BY key_b, reason, article_id", (t, k)):
                ra, rb = find((t, a)), find((t, b))
                if ra != rb:
                    parent[ra] = rb
                reasons.setdefault((t, b), why)
                reasons.setdefault((t, a), why)
        groups: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for k in sorted(keys):
            groups.setdefault(find(k), []).append(k)
        for members in groups.values():
            present = [m for m in members if self.db.execute(
                "SELECT 1 FROM facts WHERE node_type=? AND key=? LIMIT 1", m).fetchone()]
            # The shortest stated name represents the group: stable while the group lasts.
            rep = min(present or members, key=lambda m: (len(m[1]), m[1]))
            for t, k in members:
                nid = ids.node_id(t, rep[1])
                row = self.db.execute("SELECT node_id FROM key_node WHERE node_type=? AND key=?", (t, k)).fetchone()
                old = row[0] if row else None
                if old:
                    affected.add(old)
                if (t, k) not in present:
                    self.db.execute("DELETE FROM key_node WHERE node_type=? AND key=?", (t, k))
                    continue
                why = "own key" if (t, k) == rep else reasons.get((t, k), "alias link") + " (via alias links)"
                self.db.execute("INSERT OR REPLACE INTO key_node VALUES (?,?,?,?)", (t, k, nid, why))
                for stale in {old, ids.node_id(t, k)} - {nid, None}:
                    self.db.execute("UPDATE facts SET node_id=? WHERE node_id=? AND key=?", (nid, stale, k))
                    self.db.execute("UPDATE edge_evidence SET src=? WHERE src=? AND src_key=?", (nid, stale, k))
                    self.db.execute("UPDATE edge_evidence SET dst=? WHERE dst=? AND dst_key=?", (nid, stale, k))
                affected.add(nid)
        for nid in sorted(affected):
            self._refresh_node(nid)

    def _refresh_node(self, nid: str) -> None:
        """Cache the node's display name, attributes, aliases and article count.

        Reads a bounded number of rows however many articles mention the node (index
        lookups plus one covering-index scan), so popular nodes stay cheap to refresh.
        """
        node_type, rep_key = ids.split_node_id(nid)
        # First direct fact under the node's own key (else any), by article id: deterministic.
        first = self.db.execute(
            "SELECT name, canonical, attrs FROM facts WHERE node_id=? AND key=?"
            " ORDER BY direct DESC, article_id LIMIT 1", (nid, rep_key)).fetchone() or self.db.execute(
            "SELECT name, canonical, attrs FROM facts WHERE node_id=? ORDER BY direct DESC, article_id LIMIT 1",
            (nid,)).fetchone()
        self.db.execute("DELETE FROM names WHERE node_id=?", (nid,))
        if first is None:
            self.db.execute("DELETE FROM nodes WHERE node_id=?", (nid,))
            return
        name = first[0] if node_type in NAMED_BY_SURFACE else first[1]
        names = {a for (js,) in self.db.execute("SELECT DISTINCT aliases FROM facts WHERE node_id=?", (nid,))
                 for a in json.loads(js)}
        n_articles = self.db.execute("SELECT count(DISTINCT article_id) FROM facts WHERE node_id=?", (nid,)).fetchone()[0]
        self.db.execute("INSERT OR REPLACE INTO nodes VALUES (?,?,?,?,?,?)",
                        (nid, node_type, name, first[2], _json(sorted(names - {name})), n_articles))
        # Every written form finds the node: display name, surfaces, aliases, and the
        # name_key form (九龙 社工 → 九龙社工).
        lookup = names | {name, first[1]} | {name_key(n) for n in names | {name, first[1]}}
        self.db.executemany("INSERT OR IGNORE INTO names VALUES (?, ?)", [(n, nid) for n in sorted(lookup) if n])

    # --- reading ---------------------------------------------------------------

    def dump(self) -> str:
        """The store's content as canonical JSON: equal dumps mean equal graphs."""
        out = {}
        for t in CONTENT_TABLES:
            rows = self.db.execute(f"SELECT * FROM {t}").fetchall()
            out[t] = sorted(json.dumps(list(r), ensure_ascii=False) for r in rows)
        return json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True)

    def node(self, nid: str) -> dict | None:
        row = self.db.execute("SELECT node_id, type, name, attrs, aliases, n_articles FROM nodes WHERE node_id=?", (nid,)).fetchone()
        return _node_dict(row) if row else None

    def nodes(self, node_type: str | None = None) -> list[dict]:
        sql = "SELECT node_id, type, name, attrs, aliases, n_articles FROM nodes"
        rows = self.db.execute(sql + (" WHERE type=?" if node_type else "") + " ORDER BY node_id",
                               (node_type,) if node_type else ()).fetchall()
        return [_node_dict(r) for r in rows]

    def edges(self, node_ids: Iterable[str] | None = None) -> list[dict]:
        """Edges aggregated over their evidence: one per (src, type, dst), `mentions` included.

        With `node_ids`, only edges between those nodes (the induced subgraph).
        """
        stored = "SELECT src, edge_type, dst, article_id, attrs, evidence, clipping FROM edge_evidence"
        mentions = ("SELECT 'article:' || article_id, 'mentions', node_id, article_id, '{}', evidence, clipping"
                    " FROM facts WHERE direct=1")
        if node_ids is None:
            rows = self.db.execute(stored).fetchall() + self.db.execute(mentions).fetchall()
        else:
            wanted = set(node_ids)
            rows = []
            ordered = sorted(wanted)
            articles = sorted(n[len("article:"):] for n in wanted if n.startswith("article:"))
            for i in range(0, len(ordered), 400):
                chunk = ordered[i : i + 400]
                rows += self.db.execute(f"{stored} WHERE src IN ({','.join('?' * len(chunk))})", chunk).fetchall()
            for i in range(0, len(articles), 400):
                chunk = articles[i : i + 400]
                rows += self.db.execute(f"{mentions} AND article_id IN ({','.join('?' * len(chunk))})", chunk).fetchall()
            rows = [r for r in rows if r[2] in wanted]
        rows.sort(key=lambda r: (r[0], r[1], r[2], r[3], r[6]))
        return aggregate_edges(rows)

    def to_networkx(self, node_ids: Iterable[str] | None = None, *, evidence: bool = True):
        """The whole graph, or the subgraph induced by `node_ids`, as a MultiDiGraph.

        Node attributes: type, name, aliases, n_articles plus the type's attributes;
        edge key = edge type; edge attributes: type, n_articles, evidence (list of
        {article_id, clipping, text, sentence, start, end, raw}) and merged attrs.
        """
        import networkx as nx

        g = nx.MultiDiGraph()
        wanted = None if node_ids is None else set(node_ids)
        for n in self.nodes():
            if wanted is None or n["id"] in wanted:
                g.add_node(n["id"], **{k: v for k, v in n.items() if k != "id"})
        for e in self.edges(wanted):
            attrs = {k: v for k, v in e.items() if k not in ("src", "dst") and (evidence or k != "evidence")}
            g.add_edge(e["src"], e["dst"], key=e["type"], **attrs)
        return g


def _node_dict(row: tuple) -> dict:
    nid, node_type, name, attrs, aliases, n_articles = row
    return {"id": nid, "type": node_type, "name": name, "aliases": json.loads(aliases),
            "n_articles": n_articles, **json.loads(attrs)}


def aggregate_edges(rows: list[tuple]) -> list[dict]:
    """(src, type, dst, article_id, attrs, evidence, clipping) rows → one dict per edge."""
    out: dict[tuple[str, str, str], dict] = {}
    for src, etype, dst, aid, attrs, evidence, clipping in rows:
        e = out.setdefault((src, etype, dst), {"src": src, "type": etype, "dst": dst, "articles": [], "evidence": []})
        if aid not in e["articles"]:
            e["articles"].append(aid)
        for k, v in json.loads(attrs).items():
            vals = e.setdefault(k, [])
            if v is not None and v not in vals:
                vals.append(v)
        e["evidence"] += [{"article_id": aid, "clipping": clipping, **ev} for ev in json.loads(evidence)]
    for e in out.values():
        e["n_articles"] = len(e["articles"])
    return list(out.values())
