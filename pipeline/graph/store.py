"""GraphStore: the knowledge graph in one SQLite file (WAL), grown one clipping at a time.

Every row remembers the article (and so the clipping) it came from, so a clipping's
contribution can be replaced (`upsert_clipping`) or removed (`forget`) exactly. Rows hold
resolution keys (`ids`); `key_node` maps each key of a linked type to its node id after
alias links are merged, and `nodes` caches each node's display name, attributes and
article count. Nodes exist while some fact mentions them, edges while some evidence
supports them: nothing else is stored, so forgetting a clipping cannot leave orphans
behind.

The cost of adding an article does not grow with the store:
- every lookup is an index lookup (an alias component is two indexed lookups per key);
- an alias link is one row per pair of keys (`links`, with the number of articles stating
  it); `link_refs` keeps which article stated which pair, so forgetting restores the
  pair's reason exactly;
- a node's cached fields are kept up to date from counters (`node_names`: its written
  forms with the number of facts using each; `nodes.n_articles`), never by re-reading all
  its facts, and its row is rewritten only when it changes; only a change of alias component
  moves and recounts the nodes it merges;
- the WAL is checkpointed every WAL_PAGES pages (100 MB), not every 1,000: a transaction of a large
  store changes a page per node it touches, and each checkpoint syncs the file;
- indexes serve the lookups the store and its queries make, no more (`facts_key` covers only
  the types that merge through alias links);
- `upsert_many` / `batch()` put many clippings in one transaction and resolve once.

The file stays small: nothing is stored twice, and what can be derived is derived on read, so
readers see exactly what the sheets said:
- an article's facts, evidence rows and link statements are ranges of row numbers kept on its
  `articles` row (no index by article); rows name their article by a small number (`label`, in
  article id order, so indexes ending in it still list articles by id) rather than its id;
- an article's sentences are stored once, as one zlib-compressed list (UTF-16) on its `articles` row;
  evidence items refer to them by number, their text is an offset into the sentence and a length
  where it can be, and their offsets count from the article's first (`_Sentences`); an edge saying
  what one of the article's facts says refers to that fact's evidence (`EDGE_EVIDENCE`);
- an edge between two keys is one `edges` row, its evidence rows point at it by number; edges that
  a fact implies (a number reported, an article published by its source: `IMPLIED_EDGES`) are not
  stored at all: the `edge_evidence` view reads them from the facts;
- node ids, a fact's canonical name (where it is its name), key (where it is its canonical
  name) and aliases, and a node's type are computed columns; aliases and reasons are stored
  with the canonical name as char(1);
- strings that many rows repeat are stored once (`strings`): facts' reasons, edge rows'
  attributes, an entity's attributes (`SHARED_ATTRS`), and the shapes of attributes (their names,
  which are null, which is the fact's name), so a fact's attributes are only the values that say
  something (`_pack`, `attrs`); a fact's node type is a number (`NODE_TYPE_NUMBERS`);
- a node's attributes are its first fact's; `mentions` edges are the direct facts;
- pages are 2 KB (`PAGE_SIZE`): a small store's many small b-trees waste less.

Sheets are trusted as `FactSheet` dumps (`shequ run` validates them where it builds them);
`upsert_clipping(..., validate=True)` validates sheets from elsewhere first.
"""

from __future__ import annotations

import hashlib
import sqlite3
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

import orjson

from ..errors import StoreFormatError
from . import ids
from .resolve import SheetRows, name_key, sheet_rows

# The layout of the tables below (PRAGMA user_version). A store of another format is refused:
# it is rebuilt from the clippings, never read with the wrong layout.
STORE_FORMAT = 8

SCHEMA = """
CREATE TABLE IF NOT EXISTS clippings (clipping TEXT PRIMARY KEY, content_hash TEXT NOT NULL) WITHOUT ROWID;
-- An article's facts, evidence rows and link statements are added together, so each is a range of
-- row numbers (first, last; NULL when none): reading or deleting them needs no index. `sentences`:
-- the sentences its evidence items refer to by number, as one zlib-compressed JSON list in UTF-16
-- (`_Sentences.packed`; 366 KB of the 2.96 MB store of the 1 MB benchmark clipping). `base`: the
-- offset its evidence offsets count from (`article_base`).
-- Rows name their article by `label`, a number in the order of the article ids (`_label`): a few
-- bytes instead of the id, and indexes ending in it still list an entity's articles by id.
CREATE TABLE IF NOT EXISTS articles (
    label INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE, clipping TEXT NOT NULL, title TEXT, subtitle TEXT,
    source TEXT, date TEXT, fact0 INTEGER, fact1 INTEGER, ev0 INTEGER, ev1 INTEGER, link0 INTEGER, link1 INTEGER,
    sentences BLOB, base INTEGER, node TEXT GENERATED ALWAYS AS ('article:' || article_id) VIRTUAL);
CREATE INDEX IF NOT EXISTS articles_clipping ON articles(clipping);
-- the article's node id: the source of the edges its facts imply (`edge_evidence`), looked up by it
CREATE INDEX IF NOT EXISTS articles_node ON articles(node);
-- node ids are computed, not stored: `type:key`, unless the key's alias group is another key's
-- node (`merged`, also `src_merged` / `dst_merged` of an edge row). A fact's aliases are stored
-- with its canonical name as char(1) (`_short`); its reason likewise, as a `strings` row (`why`:
-- 243 distinct reasons over the 9,418 facts of the 1 MB benchmark clipping; SQL reads it as REASON).
CREATE TABLE IF NOT EXISTS facts (
    article INTEGER NOT NULL, type_n INTEGER NOT NULL, own_key TEXT, merged TEXT,
    name TEXT NOT NULL, own_canonical TEXT, own_aliases TEXT NOT NULL, attrs NOT NULL,
    why INTEGER NOT NULL, evidence TEXT NOT NULL, direct INTEGER NOT NULL, fact INTEGER PRIMARY KEY, implies INTEGER,
    by_key TEXT, by_merged TEXT,
    -- the node type is stored as its number in NODE_TYPE_NUMBERS (a byte instead of its name)
    node_type TEXT GENERATED ALWAYS AS ({node_type}) VIRTUAL,
    -- stored only where it is not the name, the key only where it is not the canonical name
    canonical TEXT GENERATED ALWAYS AS (coalesce(own_canonical, name)) VIRTUAL,
    key TEXT GENERATED ALWAYS AS (coalesce(own_key, canonical)) VIRTUAL,
    node_id TEXT GENERATED ALWAYS AS (coalesce(merged, node_type || ':' || key)) VIRTUAL,
    aliases TEXT GENERATED ALWAYS AS (replace(own_aliases, char(1), canonical)) VIRTUAL,
    -- the source of the edge the fact implies when it is not the fact's article: `type:key`, merged as `merged`
    by_node TEXT GENERATED ALWAYS AS (coalesce(by_merged, by_key)) VIRTUAL);
-- `implies`: the edge to its node that the fact implies (`IMPLIED_EDGES`), read index-only here;
-- `facts_by`: the facts whose implied edge comes from another node (`by_node`, `BY_NODE`)
CREATE INDEX IF NOT EXISTS facts_node ON facts(node_id, direct DESC, article, implies);
CREATE INDEX IF NOT EXISTS facts_by ON facts(by_node) WHERE implies = {by_node};
-- only the types whose keys merge through alias links are looked up by key (`_reresolve`); the key
-- alone: its type is read from the row (organizations and programs rarely share a key)
CREATE INDEX IF NOT EXISTS facts_key ON facts(key) WHERE node_type IN ('organization', 'program');
CREATE TABLE IF NOT EXISTS links (
    node_type TEXT NOT NULL, key_a TEXT NOT NULL, key_b TEXT NOT NULL, reason TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (node_type, key_a, key_b)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS links_b ON links(node_type, key_b);
CREATE TABLE IF NOT EXISTS link_refs (
    article INTEGER NOT NULL, node_type TEXT NOT NULL, key_a TEXT NOT NULL, key_b TEXT NOT NULL, reason TEXT NOT NULL,
    link INTEGER PRIMARY KEY);
CREATE INDEX IF NOT EXISTS link_refs_pair ON link_refs(node_type, key_a, key_b, reason);
-- An edge between two keys is one `edges` row (its two lookup indexes are over few rows: an edge is
-- stated by many articles); each statement is an `evidence` row pointing at it by number. An edge
-- row goes with its last evidence row. `src_merged` / `dst_merged` as `merged` above.
CREATE TABLE IF NOT EXISTS edges (
    edge INTEGER PRIMARY KEY, edge_type TEXT NOT NULL, src_type TEXT NOT NULL, src_key TEXT NOT NULL, src_merged TEXT,
    dst_type TEXT NOT NULL, dst_key TEXT NOT NULL, dst_merged TEXT,
    src TEXT GENERATED ALWAYS AS (coalesce(src_merged, src_type || ':' || src_key)) VIRTUAL,
    dst TEXT GENERATED ALWAYS AS (coalesce(dst_merged, dst_type || ':' || dst_key)) VIRTUAL);
CREATE INDEX IF NOT EXISTS edges_src ON edges(src, edge_type, dst);
CREATE INDEX IF NOT EXISTS edges_dst ON edges(dst, edge_type, src);
-- the article makes the per-edge article counts index-only (hub nodes have 10k+ rows)
CREATE TABLE IF NOT EXISTS evidence (
    article INTEGER NOT NULL, edge INTEGER NOT NULL, attrs INTEGER NOT NULL, evidence TEXT NOT NULL,
    ev INTEGER PRIMARY KEY);
CREATE INDEX IF NOT EXISTS evidence_edge ON evidence(edge, article);
-- Every edge with its evidence, as readers see it: the stored ones, and those a fact implies
-- (`facts.implies`, `IMPLIED_EDGES`: an article reporting a number no one actor in its sentence
-- reports, an article published by its source): those are not stored at all.
CREATE VIEW IF NOT EXISTS edge_evidence AS
    SELECT v.article, e.edge_type, e.src_type, e.src_key, e.src_merged, e.dst_type, e.dst_key, e.dst_merged,
        v.attrs, v.evidence, v.ev, e.src, e.dst FROM evidence v JOIN edges e ON e.edge = v.edge
    {implied};
-- The same edges with only their ends and articles: counting articles per edge reads less per row.
CREATE VIEW IF NOT EXISTS edge_articles AS
    SELECT e.src, e.edge_type, e.dst, v.article FROM evidence v JOIN edges e ON e.edge = v.edge
    {implied_articles};
-- `rep`: the key naming the key's alias group, NULL when it is the key itself
CREATE TABLE IF NOT EXISTS key_node (
    node_type TEXT NOT NULL, key TEXT NOT NULL, rep TEXT, reason TEXT NOT NULL,
    node_id TEXT GENERATED ALWAYS AS (node_type || ':' || coalesce(rep, key)) VIRTUAL,
    PRIMARY KEY (node_type, key)) WITHOUT ROWID;
-- a node's attributes are those of its first fact (`first`, a facts row); its canonical name
-- is that fact's too, kept here only where it is not the display name (NULL). A node new to the
-- store gets its row from its article counter (`_count_facts`), its name at the end of the
-- transaction (`_refresh_node`): a committed row always has one.
CREATE TABLE IF NOT EXISTS nodes (
    node_id TEXT PRIMARY KEY, name TEXT NOT NULL, canonical TEXT, first INTEGER,
    aliases TEXT NOT NULL, n_articles INTEGER NOT NULL,
    type TEXT GENERATED ALWAYS AS (substr(node_id, 1, instr(node_id, ':') - 1)) VIRTUAL) WITHOUT ROWID;
-- Strings that many rows repeat, stored once (`GraphStore._string_id`): facts' reasons, and the
-- shapes of attributes. Attributes (of facts and edge rows) are stored as [shape, value, …]; the
-- shape is the JSON list of their names in order, each marked `v` (its value follows), `n` (null)
-- or `=` (the fact's name, as a quantity's text is). An edge row's attributes (a basis, a role: a
-- few values over all the edges) are themselves a `strings` row. Rows are only added.
CREATE TABLE IF NOT EXISTS strings (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS node_names (
    node_id TEXT NOT NULL, name TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (node_id, name)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS names (name TEXT NOT NULL, node_id TEXT NOT NULL, PRIMARY KEY (name, node_id)) WITHOUT ROWID;
"""

# A fact's reason (`f` the facts row).
# Edges that a fact implies instead of an `edges` row: `facts.implies` → (edge type, its attributes,
# whether its source is the fact's article, else `facts.by_node`). Each goes to the fact's node, with
# the fact's evidence ('d'); its attributes read as the negative code (`GraphStore.attrs`). Every
# number is reported (one edge row each: 2,828 of the 7,446 on the 1 MB benchmark clipping) and
# every article published by its source; an edge of another kind, or whose evidence is not its
# fact's, is stored as any edge.
IMPLIED_EDGES = {1: ("reports", {"basis": "article"}, True), 2: ("published_by", {}, True),
                 3: ("reports", {"basis": "sentence"}, False)}
# The one kind from another node (`facts.by_node`, indexed by `facts_by`): a number reported by the one
# actor named in its sentence.
BY_NODE = 3
# The view's rows of the implied edges, one SELECT per kind (a constant edge type: a query for
# another type skips it). An article's facts are a range of row numbers (looked up from `src`).
# The range is marked as few rows (`likelihood`): else, given many articles' ids (`src IN (…)`), the
# planner guesses each article's range large and scans every fact instead.
FROM_ARTICLE = ("SELECT f.article, '{edge_type}', 'article', a.article_id, NULL, f.node_type, f.key, f.merged, {attrs},"
                " 'd', NULL, a.node, f.node_id FROM facts f JOIN articles a ON a.label = f.article"
                " AND likelihood(f.fact >= a.fact0, 0.001) AND likelihood(f.fact <= a.fact1, 0.001)"
                " WHERE f.implies = {code}")
FROM_BY_NODE = ("SELECT f.article, '{edge_type}', substr(f.by_key, 1, instr(f.by_key, ':') - 1),"
                " substr(f.by_key, instr(f.by_key, ':') + 1), f.by_merged, f.node_type, f.key, f.merged, {attrs}, 'd', NULL,"
                " f.by_node, f.node_id FROM facts f WHERE f.implies = {code}")
IMPLIED_SQL = "".join(" UNION ALL " + (FROM_ARTICLE if from_article else FROM_BY_NODE).format(
    edge_type=edge_type, attrs=-code, code=code) for code, (edge_type, _, from_article) in IMPLIED_EDGES.items())
# …and their (src, edge_type, dst, article) for `edge_articles`.
ARTICLES_FROM_ARTICLE = ("SELECT a.node, '{edge_type}', f.node_id, f.article FROM facts f JOIN articles a"
                         " ON a.label = f.article AND likelihood(f.fact >= a.fact0, 0.001)"
                         " AND likelihood(f.fact <= a.fact1, 0.001) WHERE f.implies = {code}")
ARTICLES_FROM_BY_NODE = "SELECT f.by_node, '{edge_type}', f.node_id, f.article FROM facts f WHERE f.implies = {code}"
IMPLIED_ARTICLES_SQL = "".join(" UNION ALL " + (ARTICLES_FROM_ARTICLE if from_article else ARTICLES_FROM_BY_NODE).format(
    edge_type=edge_type, code=code) for code, (edge_type, _, from_article) in IMPLIED_EDGES.items())
# `facts.type_n`: a node type's number (sorted by name: a new type renumbers, with a new STORE_FORMAT).
NODE_TYPE_NUMBERS = {t: n for n, t in enumerate(sorted(ids.NODE_TYPES))}
SCHEMA = SCHEMA.format(implied=IMPLIED_SQL, implied_articles=IMPLIED_ARTICLES_SQL, by_node=BY_NODE, node_type="CASE type_n " + " ".join(
    f"WHEN {n} THEN '{t}'" for t, n in NODE_TYPE_NUMBERS.items()) + " END")

REASON = "replace((SELECT s.text FROM strings s WHERE s.id = f.why), char(1), f.canonical)"

# Tables whose content defines the graph (what `dump` compares).
CONTENT_TABLES = ("clippings", "articles", "facts", "links", "link_refs", "edge_evidence", "key_node",
                  "nodes", "node_names", "names")

# A node as readers see it: its attributes are its first fact's.
NODE_SQL = ("SELECT n.node_id, n.type, n.name, f.attrs, f.name, n.aliases, n.n_articles"
            " FROM nodes n JOIN facts f ON f.fact = n.first")

# "f<n>": the evidence of the article's fact number n (its row is the article's fact0 + n), as a
# gazetteer chain's edges say what the coded place's fact says.
FACT_EVIDENCE = ("(SELECT f.evidence FROM articles fa JOIN facts f ON f.fact = fa.fact0 + substr(e.evidence, 2)"
                 " WHERE fa.label = e.article)")

# What `dump` compares of a table, when it is not every column: no row numbers, article labels or
# attribute shapes (they depend on the order things were added), a node's canonical name and
# attributes as readers see them: a column `attrs` is decoded with the fact's name (`attrs_name`), a
# column `evidence` to its items (format 8: the items, where format 7 had their encoded JSON).
DUMP_SQL = {
    "articles": "SELECT article_id, clipping, title, subtitle, source, date FROM articles",
    "link_refs": "SELECT a.article_id, l.node_type, l.key_a, l.key_b, l.reason FROM link_refs l"
                 " JOIN articles a ON a.label = l.article",
    "facts": "SELECT a.article_id, f.node_type, f.key, f.node_id, f.name, f.canonical, f.aliases, f.attrs AS attrs,"
             f" f.name AS attrs_name, {REASON}, f.evidence, f.direct FROM facts f JOIN articles a ON a.label = f.article",
    "key_node": "SELECT node_type, key, node_id, reason FROM key_node",
    "edge_evidence": "SELECT a.article_id, e.edge_type, e.src_key, e.src, e.dst_key, e.dst, e.attrs AS attrs,"
                     f" NULL AS attrs_name, CASE WHEN e.evidence GLOB 'f[0-9]*' THEN {FACT_EVIDENCE} ELSE e.evidence END"
                     " AS evidence"
                     " FROM edge_evidence e JOIN articles a ON a.label = e.article",
    "nodes": "SELECT n.node_id, n.type, n.name, coalesce(n.canonical, n.name), f.attrs AS attrs, f.name AS attrs_name,"
             " n.aliases, n.n_articles"
             " FROM nodes n JOIN facts f ON f.fact = n.first",
}

# Node types displayed by their stated name (official place name, article title,
# quantity text) rather than their canonical key.
NAMED_BY_SURFACE = ("place", "article", "source", "quantity")

# An edge row's evidence: "s" / "d" stand for the evidence of the article's one fact of the
# edge's source / target (most edges say what a fact says), else the items themselves. That
# fact's node is the edge end's (both move together when keys merge): a `facts_node` lookup.
EDGE_EVIDENCE = (
    f"CASE WHEN e.evidence GLOB 'f[0-9]*' THEN {FACT_EVIDENCE} ELSE CASE e.evidence"
    " WHEN 's' THEN (SELECT f.evidence FROM facts f WHERE f.node_id = e.src AND f.direct IN (1, 0)"
    " AND f.article = e.article AND f.key = e.src_key)"
    " WHEN 'd' THEN (SELECT f.evidence FROM facts f WHERE f.node_id = e.dst AND f.direct IN (1, 0)"
    " AND f.article = e.article AND f.key = e.dst_key)"
    " ELSE e.evidence END END")

# An article's facts (`a` the articles row, `f` the facts): a range of row numbers.
ARTICLE_FACTS = "articles a CROSS JOIN facts f ON f.fact BETWEEN a.fact0 AND a.fact1"
ARTICLE_EVIDENCE = ("articles a CROSS JOIN evidence v ON v.ev BETWEEN a.ev0 AND a.ev1"
                    " JOIN edges e ON e.edge = v.edge")

PAGE_SIZE = 2048
# WAL pages between checkpoints (`PRAGMA wal_autocheckpoint`, 100 MB of 2 KB pages). A large store's
# transaction writes a page per node it touches (58 WAL frames per article at 20k articles, 32 at
# 1k), and a checkpoint reads each page back from the WAL and writes it into the file once however
# often it changed: on 3,000 articles added to a 19k-article store, 16 reads and 129 writes per
# article instead of 34 and 147 with 10,000 pages (20 MB), and 1 file sync instead of 9. Where the
# WAL is read, pages are found through its index (shm), so a long WAL costs readers nothing more.
WAL_PAGES = 50_000

# Article labels (`GraphStore._label`): LABEL_GAP apart when added in order of their ids (a few
# bytes each: 64 × 1M articles < 2^31); a renumbering leaves at least LABEL_SPREAD between them.
LABEL_GAP = 64
LABEL_SPREAD = 8

# Node types whose facts' attributes describe the entity, not the article's mention of it (a place's
# code and chain, a model's or program's kind, a person's role): stored once as a `strings` row
# (44 distinct place attributes over 2,373 place facts on the 1 MB benchmark clipping). A number's,
# an article's and a source's are the article's own.
SHARED_ATTRS = ("place", "community", "organization", "program", "model", "person")

# Node types whose keys can be merged by alias links across articles.
LINKED_TYPES = ("organization", "program")
# The condition of the partial index `facts_key`, written into each query that uses it.
LINKED = "node_type IN ('organization', 'program')"

def _json(value: Any) -> str:
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()


_loads = orjson.loads


def content_hash(text: str | bytes) -> str:
    """The hash `upsert_clipping` expects for a clipping's content."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    return hashlib.sha256(data).hexdigest()


class _Sentences:
    """An article's sentences, numbered by first use, for compact evidence items; offsets are kept
    from `base` (`article_base`: a few digits instead of their place in a large clipping)."""

    def __init__(self, base: int = 0) -> None:
        self.numbers: dict[str, int] = {}
        self.base = base

    def encode(self, evidence: list[dict]) -> str:
        """[text, sentence number, start, end] (+ raw when it is not the text), one list per item,
        start and end counted from `base`; `text` is its offset in the sentence when it is the raw
        slice and found there (most are), and then `end` is its length (`GraphStore.evidence`)."""
        items = []
        for ev in evidence:
            sentence, text, start, end = ev.get("sentence"), ev.get("text"), ev.get("start"), ev.get("end")
            number = None if sentence is None else self.numbers.setdefault(sentence, len(self.numbers))
            item = [text, number, None if start is None else start - self.base, None if end is None else end - self.base]
            if ev.get("raw") != text:
                item.append(ev.get("raw"))
            elif sentence and text and start is not None and end is not None and len(text) == end - start:
                offset = sentence.find(text)
                if offset >= 0:
                    item[0], item[3] = offset, end - start
            items.append(item)
        return _json(items)

    def packed(self) -> bytes | None:
        """The sentences in order of their numbers, as the `articles.sentences` column stores them."""
        # UTF-16: two bytes a Chinese character instead of three, which zlib does not fully win back
        # (6-7% smaller compressed on the benchmark clippings)
        return zlib.compress(orjson.dumps(list(self.numbers)).decode().encode("utf-16-le"), 9) if self.numbers else None


def article_base(r: SheetRows) -> int:
    """The smallest start offset of an article's evidence (0 when none): `_Sentences.base`."""
    return min((ev["start"] for rows in (r.facts, r.edges) for row in rows for ev in row.evidence
                if ev.get("start") is not None), default=0)


def _unpacked(packed: bytes | None) -> list[str]:
    return _loads(zlib.decompress(packed).decode("utf-16-le")) if packed else []


@dataclass
class ArticleRows:
    """One article's rows as the store inserts them, computed from its sheet alone (`prepare_article`):
    everything but what depends on the store's content (merged node ids, `strings` ids, article
    labels and row numbers), which `GraphStore._insert_rows` looks up. `shequ run`'s workers make
    them next to the sheet, so the run's own process, which writes every clipping's rows, only
    writes them (it would otherwise spend half of its store time here)."""

    article_id: str
    head: tuple[str | None, ...]  # title, subtitle, source, date of its `articles` row
    # per fact: (node type, key, own node id, own_key, name, own_canonical, own_aliases, aliases,
    # attribute shape, values (`attr_shape`), whether the attributes are a `strings` row
    # (`SHARED_ATTRS`), reason (`_short`), evidence (`_Sentences.encode`), direct, implies,
    # by: None or (type, key, node id) of the source of the edge it implies (`BY_NODE`))
    facts: list[tuple]
    links: list[tuple[str, str, str, str]]  # (node type, key_a, key_b, reason)
    # per stored edge (implied ones are not: `IMPLIED_EDGES`): ((edge type, source type, source key,
    # target type, target key), source's own node id, target's, attribute shape, values, evidence)
    edges: list[tuple]
    sentences: bytes | None  # `articles.sentences` (`_Sentences.packed`)
    base: int  # `articles.base` (`article_base`)
    linked: list[tuple[str, str]]  # the keys of linked types it names, whose node ids the store looks up


def attr_shape(attrs: dict, name: str | None = None) -> tuple[tuple[str, ...], str]:
    """The shape of `attrs` (its keys in sorted order, each marked `v` (its value follows), `n` (null) or
    `=` (equal to the fact's `name`)) and the JSON of its values without the brackets: the store
    writes them as [shape id, value, …] (`GraphStore._packed`)."""
    keys, values = [], []
    for k in sorted(attrs):
        v = attrs[k]
        if v is None:
            keys.append("n" + k)
        elif name is not None and isinstance(v, str) and v == name:
            keys.append("=" + k)
        else:
            keys.append("v" + k)
            values.append(v)
    return tuple(keys), _json(values)[1:-1]


def prepare_article(sheet: dict) -> ArticleRows:
    """The rows of one article's fact sheet (a `FactSheet` dump) as the store inserts them."""
    r = sheet_rows(sheet)
    sentences = _Sentences(article_base(r))
    # An edge whose evidence is that of its source's (or target's) fact refers to it (`EDGE_EVIDENCE`).
    once: dict[tuple[str, str], list | None] = {}
    for f in r.facts:
        once[f.node_type, f.key] = None if (f.node_type, f.key) in once else f.evidence

    # else an edge whose evidence is some other fact's, the one fact with that evidence, refers to it
    by_evidence: dict[bytes, int | None] = {}
    for n, f in enumerate(r.facts):
        if f.evidence:
            ev = orjson.dumps(f.evidence)
            by_evidence[ev] = None if ev in by_evidence else n

    def marker(e) -> str | None:
        if e.evidence and once.get((e.src_type, e.src_key)) == e.evidence:
            return "s"
        if e.evidence and once.get((e.dst_type, e.dst_key)) == e.evidence:
            return "d"
        return None

    def reference(e) -> str | None:
        n = by_evidence.get(orjson.dumps(e.evidence)) if e.evidence else None
        return marker(e) or (None if n is None else f"f{n}")

    implied = _implied_edges(r, marker)
    facts = []
    for f in r.facts:
        implies = by = None
        found = implied.get((f.node_type, f.key))
        if found is not None:
            implies, e = found
            if not IMPLIED_EDGES[implies][2]:
                by = (e.src_type, e.src_key, ids.node_id(e.src_type, e.src_key))
        facts.append((f.node_type, f.key, ids.node_id(f.node_type, f.key), None if f.key == f.canonical else f.key,
                      f.name, None if f.canonical == f.name else f.canonical, _short(_json(f.aliases), f.canonical),
                      f.aliases, *attr_shape(f.attrs, f.name), f.node_type in SHARED_ATTRS, _short(f.reason, f.canonical),
                      sentences.encode(f.evidence), int(f.direct), implies, by))
    edges = [((e.edge_type, e.src_type, e.src_key, e.dst_type, e.dst_key), ids.node_id(e.src_type, e.src_key),
              ids.node_id(e.dst_type, e.dst_key), *attr_shape(e.attrs), reference(e) or sentences.encode(e.evidence))
             for e in r.edges if not _is_implied(e, implied)]
    linked = sorted({(f.node_type, f.key) for f in r.facts if f.node_type in LINKED_TYPES}
                    | {end for e in r.edges for end in ((e.src_type, e.src_key), (e.dst_type, e.dst_key))
                       if end[0] in LINKED_TYPES})
    return ArticleRows(sheet["article_id"], (sheet.get("title"), sheet.get("subtitle"), sheet.get("source"), sheet.get("date")),
                       facts, [(l.node_type, l.key_a, l.key_b, l.reason) for l in r.links], edges, sentences.packed(),
                       sentences.base, linked)


class GraphStore:
    """The graph store at `path` (created with its schema when missing)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # transactions are explicit; the batch runner writes from its writer thread, one call at a time
        self.db = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
        # 2 KB pages (a new file's; SQLite's default is 4 KB): a small store's many small tables and
        # indexes waste half as much, a large one is no bigger
        self.db.execute(f"PRAGMA page_size={PAGE_SIZE}")
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA cache_size=-32000")  # 32 MB of pages: a large store's hot index pages
        # Checkpoint every WAL_PAGES pages instead of SQLite's 1,000: a checkpoint writes each page
        # once however many commits changed it, and syncs the file; a batch of a large store changes
        # more than 1,000 pages (one per node it touches), so each would have had its own
        self.db.execute(f"PRAGMA wal_autocheckpoint={WAL_PAGES}")
        found = self.db.execute("PRAGMA user_version").fetchone()[0]
        if found != STORE_FORMAT:
            if self.db.execute("SELECT 1 FROM sqlite_schema WHERE type='table' LIMIT 1").fetchone():
                self.db.close()
                raise StoreFormatError(path=self.path, found=found or 1, expected=STORE_FORMAT)
            self.db.execute(f"PRAGMA user_version={STORE_FORMAT}")
        self.db.executescript(SCHEMA)
        self._depth = 0
        self._touched: set[tuple[str, str]] = set()
        self._sentence_cache: dict[str, tuple[int, list[str]]] = {}
        # `strings`: text → id (while writing), id → text; kept across transactions (a string's
        # row never changes once committed), dropped on a rollback (its ids may be given again)
        self._string_of: dict[str, int] = {}
        self._strings: dict[int, str] = {}
        self._shapes: dict[int, list[str]] = {}  # an attribute shape's keys, by its `strings` id, and back
        self._shape_ids: dict[tuple[str, ...], int] = {}

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

    @contextmanager
    def batch(self) -> Iterator["GraphStore"]:
        """One transaction around every upsert and forget inside: nodes are resolved once, at
        the end, and nothing of the batch is in the file until all of it is (a run killed
        mid-batch leaves the store as it was before the batch)."""
        if self._depth == 0:
            self.db.execute("BEGIN")
            self._touched = set()
            self._sentence_cache.clear()
        self._depth += 1
        try:
            yield self
            if self._depth == 1:
                self._reresolve(self._touched)
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                if self.db.in_transaction:  # SQLite rolls back by itself on some errors (disk full)
                    self.db.execute("ROLLBACK")
                self._touched = set()
                self._sentence_cache.clear()
                # ids rolled back may be given again
                self._string_of, self._strings, self._shapes, self._shape_ids = {}, {}, {}, {}
            raise
        self._depth -= 1
        if self._depth == 0:
            self.db.execute("COMMIT")
            self._touched = set()

    def upsert_clipping(self, clipping: str, content_hash: str, sheets: list, *, validate: bool = False) -> None:
        """Replace everything `clipping` contributed with what `sheets` say, in one transaction.

        `sheets` are `FactSheet.model_dump(mode="json")` as `shequ run` makes them (validated
        where they were built), or their rows as `prepare_article` makes them (`shequ run`'s
        workers do, so the run's own process only writes); `validate=True` validates the
        dumps first (sheets from elsewhere: a malformed one raises before anything changes).
        """
        if validate:
            from ..schema import FactSheet  # local: pydantic is only needed when validating

            sheets = [s if isinstance(s, ArticleRows) else FactSheet.model_validate(s).model_dump(mode="json")
                      for s in sheets]
        rows = [s if isinstance(s, ArticleRows) else prepare_article(s) for s in sheets]
        with self.batch():
            self._touched |= self._delete_clipping(clipping)
            self.db.execute("INSERT INTO clippings VALUES (?, ?)", (clipping, content_hash))
            for r in rows:
                label = self._label(r.article_id)
                self.db.execute(
                    "INSERT OR REPLACE INTO articles (article_id, label, clipping, title, subtitle, source, date)"
                    " VALUES (?,?,?,?,?,?,?)", (r.article_id, label, clipping, *r.head))
                self._touched |= self._insert_rows(label, r)

    def upsert_many(self, items: Iterable[tuple[str, str, list[dict]]], *, validate: bool = False) -> None:
        """`upsert_clipping` for each (clipping, content_hash, sheets), all in one transaction."""
        with self.batch():
            for clipping, digest, sheets in items:
                self.upsert_clipping(clipping, digest, sheets, validate=validate)

    def forget(self, clipping: str) -> dict:
        """Remove exactly what `clipping` contributed; returns counts of what went.

        `edges` counts the edges (mentions included) whose last evidence was in the
        clipping; `nodes` the nodes left with no mention.
        """
        db = self.db
        with self.batch():
            arts = [r[0] for r in db.execute("SELECT article_id FROM articles WHERE clipping=?", (clipping,))]
            one = lambda sql: sum(db.execute(sql, (a,)).fetchone()[0] for a in arts)  # noqa: E731
            removed = {
                "clippings": int(self.contains_clipping(clipping)),
                "articles": len(arts),
                "facts": one(f"SELECT count(*) FROM {ARTICLE_FACTS} WHERE a.article_id=?"),
                "evidence": one(f"SELECT count(*) FROM {ARTICLE_EVIDENCE} WHERE a.article_id=?")
                + one(f"SELECT count(*) FROM {ARTICLE_FACTS} WHERE a.article_id=? AND f.implies IS NOT NULL"),
            }
            edges = {e for a in arts for e in db.execute(
                f"SELECT DISTINCT e.src, e.edge_type, e.dst FROM {ARTICLE_EVIDENCE} WHERE a.article_id=?", (a,))}
            edges |= {(by or ids.node_id("article", a), IMPLIED_EDGES[code][0], nid) for a in arts
                      for code, by, nid in db.execute(f"SELECT f.implies, f.by_node, f.node_id FROM {ARTICLE_FACTS}"
                                                      " WHERE a.article_id=? AND f.implies IS NOT NULL", (a,))}
            mentions = {m for a in arts for m in db.execute(
                f"SELECT DISTINCT f.article, f.node_id FROM {ARTICLE_FACTS} WHERE a.article_id=? AND f.direct=1", (a,))}
            nodes_before = db.execute("SELECT count(*) FROM nodes").fetchone()[0]
            self._touched |= self._delete_clipping(clipping)
            self._reresolve(self._touched)
            self._touched = set()
            removed["nodes"] = nodes_before - db.execute("SELECT count(*) FROM nodes").fetchone()[0]
            removed["edges"] = sum(1 for e in edges if not db.execute(
                "SELECT 1 FROM edge_evidence WHERE src=? AND edge_type=? AND dst=? LIMIT 1", e).fetchone()) + sum(
                1 for m in mentions if not db.execute(
                    "SELECT 1 FROM facts WHERE article=? AND node_id=? AND direct=1 LIMIT 1", m).fetchone())
        return removed

    def _delete_clipping(self, clipping: str) -> set[tuple[str, str]]:
        """Delete the clipping's rows, keeping the node counters right; returns the keys they touched."""
        db = self.db
        touched: set[tuple[str, str]] = set()
        for aid, fact0, fact1, ev0, ev1, link0, link1 in db.execute(
                "SELECT article_id, fact0, fact1, ev0, ev1, link0, link1 FROM articles WHERE clipping=?",
                (clipping,)).fetchall():
            facts = db.execute("SELECT node_type, key, node_id, aliases FROM facts WHERE fact BETWEEN ? AND ?",
                               (fact0, fact1)).fetchall()
            touched |= {(t, k) for t, k, _, _ in facts}
            self._count_facts([(nid, _loads(aliases)) for _, _, nid, aliases in facts], -1)
            pairs: dict[tuple[str, str, str], int] = {}
            for pair in db.execute("SELECT node_type, key_a, key_b FROM link_refs WHERE link BETWEEN ? AND ?",
                                   (link0, link1)).fetchall():
                pairs[pair] = pairs.get(pair, 0) + 1
                touched |= {(pair[0], pair[1]), (pair[0], pair[2])}
            db.execute("DELETE FROM link_refs WHERE link BETWEEN ? AND ?", (link0, link1))
            for pair, count in sorted(pairs.items()):
                self._unlink(pair, count)
            db.execute("DELETE FROM facts WHERE fact BETWEEN ? AND ?", (fact0, fact1))
            edges = [r[0] for r in db.execute("SELECT DISTINCT edge FROM evidence WHERE ev BETWEEN ? AND ? ORDER BY edge",
                                              (ev0, ev1))]
            db.execute("DELETE FROM evidence WHERE ev BETWEEN ? AND ?", (ev0, ev1))
            # an edge goes with its last evidence (one `evidence_edge` lookup each)
            db.executemany("DELETE FROM edges WHERE edge=? AND NOT EXISTS (SELECT 1 FROM evidence WHERE edge=?)",
                           [(e, e) for e in edges])
            db.execute("DELETE FROM articles WHERE article_id=?", (aid,))
        db.execute("DELETE FROM clippings WHERE clipping=?", (clipping,))
        return touched

    def _unlink(self, pair: tuple[str, str, str], count: int) -> None:
        """`count` statements of alias link `pair` went: the pair goes with its last one, else
        keeps the smallest reason of those left (one index lookup)."""
        n = self.db.execute("SELECT n FROM links WHERE node_type=? AND key_a=? AND key_b=?", pair).fetchone()[0] - count
        if n <= 0:
            self.db.execute("DELETE FROM links WHERE node_type=? AND key_a=? AND key_b=?", pair)
            return
        reason = self.db.execute(
            "SELECT min(reason) FROM link_refs WHERE node_type=? AND key_a=? AND key_b=?", pair).fetchone()[0]
        self.db.execute("UPDATE links SET n=?, reason=? WHERE node_type=? AND key_a=? AND key_b=?", (n, reason, *pair))

    def _insert_rows(self, label: int, r: "ArticleRows") -> set[tuple[str, str]]:
        """Insert one article's rows (its `articles` row, numbered `label`, is in place): what they
        take from the store (merged node ids, `strings` ids, edge row numbers) is looked up here,
        the rest was computed from the sheet alone (`prepare_article`)."""
        db = self.db
        merged = self._merged_ids(r.linked)
        string_id, packed = self._string_id, self._packed
        facts = []
        for (t, key, _, own_key, name, own_canonical, own_aliases, _, shape, values, shared, why, evidence, direct,
             implies, by) in r.facts:
            attrs = packed(shape, values)  # in this order: `strings` rows are numbered as they are first used
            if shared:
                attrs = string_id(attrs)
            facts.append((label, NODE_TYPE_NUMBERS[t], own_key, merged.get((t, key)), name, own_canonical, own_aliases,
                          attrs, string_id(why), evidence, direct, implies, by and by[2], by and merged.get(by[:2])))
        db.executemany("INSERT INTO facts (article, type_n, own_key, merged, name, own_canonical, own_aliases, attrs,"
                       " why, evidence, direct, implies, by_key, by_merged) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", facts)
        self._count_facts([(merged.get((f[0], f[1])) or f[2], f[7]) for f in r.facts], +1)
        for link in r.links:
            self._link(label, *link)
        numbers: dict[tuple[str, str, str, str, str], int] = {}
        db.executemany("INSERT INTO evidence (article, edge, attrs, evidence) VALUES (?,?,?,?)",
                       [(label, self._edge(keys, src, dst, merged, numbers), string_id(packed(shape, values)), evidence)
                        for keys, src, dst, shape, values, evidence in r.edges])
        db.execute("UPDATE articles SET fact0=?, fact1=?, ev0=?, ev1=?, link0=?, link1=?, sentences=?, base=? WHERE label=?",
                   (*_added(db, "facts", "fact", len(facts)), *_added(db, "evidence", "ev", len(r.edges)),
                    *_added(db, "link_refs", "link", len(r.links)), r.sentences, r.base, label))
        return {(f[0], f[1]) for f in r.facts} | {(l[0], k) for l in r.links for k in (l[1], l[2])}

    def _edge(self, keys: tuple[str, str, str, str, str], src: str, dst: str, merged: dict[tuple[str, str], str],
              numbers: dict) -> int:
        """The number of the `edges` row of an edge's keys (edge type, source type and key, target
        type and key; `src`, `dst` their own node ids) (one `edges_src` lookup), added when there is
        none; `numbers` keeps those of the article being added."""
        found = numbers.get(keys)
        if found is None:
            edge_type, src_type, src_key, dst_type, dst_key = keys
            src_merged, dst_merged = merged.get((src_type, src_key)), merged.get((dst_type, dst_key))
            row = self.db.execute("SELECT edge FROM edges WHERE src=? AND edge_type=? AND dst=? AND src_type=?"
                                  " AND src_key=? AND dst_type=? AND dst_key=?",
                                  (src_merged or src, edge_type, dst_merged or dst, *keys[1:])).fetchone()
            found = row[0] if row else self.db.execute(
                "INSERT INTO edges (edge_type, src_type, src_key, src_merged, dst_type, dst_key, dst_merged)"
                " VALUES (?,?,?,?,?,?,?)", (edge_type, src_type, src_key, src_merged, dst_type, dst_key, dst_merged)).lastrowid
            numbers[keys] = found
        return found

    def _link(self, label: int, t: str, a: str, b: str, why: str) -> None:
        self.db.execute("INSERT INTO link_refs (article, node_type, key_a, key_b, reason) VALUES (?,?,?,?,?)",
                        (label, t, a, b, why))
        self.db.execute(
            "INSERT INTO links VALUES (?,?,?,?,1) ON CONFLICT DO UPDATE SET n=n+1, reason=min(reason, excluded.reason)",
            (t, a, b, why))

    def _label(self, aid: str) -> int:
        """The number of article `aid` in its rows: labels keep the order of the article ids, so an
        index ending in the label lists an entity's articles by id. Between its neighbours' labels
        (two indexed lookups), or LABEL_GAP beyond the last; when the neighbours' labels leave no
        room, the labels around it are spread out first (`_spread`)."""
        db = self.db
        row = db.execute("SELECT label FROM articles WHERE article_id=?", (aid,)).fetchone()
        if row:
            return row[0]
        lo = db.execute("SELECT label FROM articles WHERE article_id < ? ORDER BY article_id DESC LIMIT 1",
                        (aid,)).fetchone()
        hi = db.execute("SELECT label FROM articles WHERE article_id > ? ORDER BY article_id LIMIT 1", (aid,)).fetchone()
        if lo and hi:
            return (lo[0] + hi[0]) // 2 if hi[0] - lo[0] >= 2 else self._spread(aid)
        return lo[0] + LABEL_GAP if lo else hi[0] - LABEL_GAP if hi else 0

    def _spread(self, aid: str) -> int:
        """Renumber the articles around `aid` (by id) evenly, leaving room for it; returns its label.

        The window doubles on each side until its labels leave LABEL_SPREAD between neighbours,
        or reaches the first or last article (then the labels beyond it are free): a few
        articles in the usual case. Each moved article's rows are ranges of row numbers."""
        db = self.db
        k = 1
        while True:
            left = db.execute("SELECT article_id, label FROM articles WHERE article_id < ? ORDER BY article_id DESC"
                              " LIMIT ?", (aid, k)).fetchall()[::-1]
            right = db.execute("SELECT article_id, label FROM articles WHERE article_id > ? ORDER BY article_id LIMIT ?",
                               (aid, k)).fetchall()
            n = len(left) + len(right)
            lo = left[0][1] if len(left) == k else None
            hi = right[-1][1] if len(right) == k else None
            if lo is None or hi is None or (hi - lo) // n >= LABEL_SPREAD:
                break
            k *= 2
        if lo is not None and hi is not None:
            start, step = lo, (hi - lo) // n
        else:
            start, step = (lo if lo is not None else 0 if hi is None else hi - n * LABEL_GAP), LABEL_GAP
        window = [a for a, _ in left] + [aid] + [a for a, _ in right]
        old = dict(left + right)
        moves = [(a, old[a], start + i * step) for i, a in enumerate(window) if a != aid and old[a] != start + i * step]
        # labels are unique (the row number of `articles`): those moving up go first, the last first,
        # then those moving down, the first first; no label is taken when it is given
        for a, _, label in [m for m in moves if m[2] > m[1]][::-1] + [m for m in moves if m[2] < m[1]]:
            self._move(a, label)
        return start + window.index(aid) * step

    def _move(self, aid: str, label: int) -> None:
        """Give article `aid` a new label, in its row and in all of its rows' (ranges of row numbers)."""
        db = self.db
        fact0, fact1, ev0, ev1, link0, link1 = db.execute(
            "SELECT fact0, fact1, ev0, ev1, link0, link1 FROM articles WHERE article_id=?", (aid,)).fetchone()
        db.execute("UPDATE articles SET label=? WHERE article_id=?", (label, aid))
        db.execute("UPDATE facts SET article=? WHERE fact BETWEEN ? AND ?", (label, fact0, fact1))
        db.execute("UPDATE evidence SET article=? WHERE ev BETWEEN ? AND ?", (label, ev0, ev1))
        db.execute("UPDATE link_refs SET article=? WHERE link BETWEEN ? AND ?", (label, link0, link1))

    def _merged_ids(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
        """The node id of each key (of a linked type) whose alias group is another key's node
        (`key_node`; one index lookup each); a key not in it is its own node (`type:key`)."""
        out = {}
        for t, k in keys:
            row = self.db.execute("SELECT node_id FROM key_node WHERE node_type=? AND key=?", (t, k)).fetchone()
            if row and row[0] != ids.node_id(t, k):
                out[t, k] = row[0]
        return out

    def _count_facts(self, facts: list[tuple[str, list[str]]], sign: int) -> None:
        """Add (+1) or take out (-1) one article's facts from the counters of their nodes:
        written forms per node, and the node's article count (an article counts once)."""
        db = self.db
        forms: dict[tuple[str, str], int] = {}
        for nid, aliases in facts:
            for name in aliases:
                forms[nid, name] = forms.get((nid, name), 0) + 1
        if sign > 0:  # the same statements in the same order, each list in one call (no Python per row)
            db.executemany("INSERT INTO node_names VALUES (?,?,?) ON CONFLICT DO UPDATE SET n=n+excluded.n",
                           [(nid, name, n) for (nid, name), n in sorted(forms.items())])
            # a node new to the store gets its row here, with no name (`_refresh_node` gives it one)
            db.executemany("INSERT INTO nodes VALUES (?, '', NULL, NULL, '[]', 1)"
                           " ON CONFLICT DO UPDATE SET n_articles=n_articles+1", [(nid,) for nid in sorted({nid for nid, _ in facts})])
            return
        for (nid, name), n in sorted(forms.items()):
            db.execute("UPDATE node_names SET n=n-? WHERE node_id=? AND name=?", (n, nid, name))
            db.execute("DELETE FROM node_names WHERE node_id=? AND name=? AND n<=0", (nid, name))
        for nid in sorted({nid for nid, _ in facts}):
            db.execute("UPDATE nodes SET n_articles=n_articles-1 WHERE node_id=?", (nid,))

    # --- resolution ------------------------------------------------------------

    def _component(self, start: set[tuple[str, str]]) -> set[tuple[str, str]]:
        """All keys connected to `start` through alias links (two indexed lookups per key)."""
        seen, todo = set(start), sorted(start)
        while todo:
            t, k = todo.pop()
            linked = self.db.execute("SELECT key_b FROM links WHERE node_type=? AND key_a=?", (t, k)).fetchall()
            linked += self.db.execute("SELECT key_a FROM links WHERE node_type=? AND key_b=?", (t, k)).fetchall()
            for (other,) in linked:
                if (t, other) not in seen:
                    seen.add((t, other))
                    todo.append((t, other))
        return seen

    def _reresolve(self, touched: set[tuple[str, str]]) -> None:
        """Recompute node ids for the touched keys' alias components, then refresh their nodes.

        Only organizations and programs merge through alias links; every other key is
        its own node. A key whose group changes moves its facts and evidence to the
        group's node id; those nodes are recounted. Every touched node is refreshed from
        its counters and its first fact (index lookups only).
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
                    "SELECT key_a, key_b, reason FROM links WHERE node_type=? AND key_a=? ORDER BY key_b", (t, k)):
                ra, rb = find((t, a)), find((t, b))
                if ra != rb:
                    parent[ra] = rb
                reasons.setdefault((t, b), why)
                reasons.setdefault((t, a), why)
        groups: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for k in sorted(keys):
            groups.setdefault(find(k), []).append(k)
        recount: set[str] = set()
        for members in groups.values():
            present = [m for m in members if self.db.execute(
                f"SELECT 1 FROM facts WHERE {LINKED} AND node_type=? AND key=? LIMIT 1", m).fetchone()]
            # The shortest stated name represents the group: stable while the group lasts.
            rep = min(present or members, key=lambda m: (len(m[1]), m[1]))
            for t, k in members:
                nid = ids.node_id(t, rep[1])
                row = self.db.execute("SELECT node_id, reason FROM key_node WHERE node_type=? AND key=?", (t, k)).fetchone()
                old = row[0] if row else ids.node_id(t, k)
                affected.add(old)
                if (t, k) not in present:
                    self.db.execute("DELETE FROM key_node WHERE node_type=? AND key=?", (t, k))
                    continue
                why = "own key" if (t, k) == rep else reasons.get((t, k), "alias link") + " (via alias links)"
                if row != (nid, why):
                    self.db.execute("INSERT OR REPLACE INTO key_node (node_type, key, rep, reason) VALUES (?,?,?,?)",
                                    (t, k, None if rep[1] == k else rep[1], why))
                if old != nid:
                    merged = _merged({(t, k): nid}, t, k)
                    self.db.execute(f"UPDATE facts SET merged=? WHERE {LINKED} AND node_type=? AND key=? AND node_id=?",
                                    (merged, t, k, old))
                    self.db.execute("UPDATE edges SET src_merged=? WHERE src=? AND src_key=?", (merged, old, k))
                    self.db.execute("UPDATE edges SET dst_merged=? WHERE dst=? AND dst_key=?", (merged, old, k))
                    self.db.execute(f"UPDATE facts SET by_merged=? WHERE implies={BY_NODE} AND by_node=? AND by_key=?",
                                    (merged, old, ids.node_id(t, k)))
                    recount |= {old, nid}
                affected.add(nid)
        for nid in sorted(recount):
            self._recount(nid)
        for nid in sorted(affected):
            self._refresh_node(nid)

    def _recount(self, nid: str) -> None:
        """Rebuild a node's counters from its facts (after facts moved between nodes)."""
        db = self.db
        db.execute("DELETE FROM node_names WHERE node_id=?", (nid,))
        forms: dict[str, int] = {}
        for (aliases,) in db.execute("SELECT aliases FROM facts WHERE node_id=?", (nid,)):
            for name in _loads(aliases):
                forms[name] = forms.get(name, 0) + 1
        db.executemany("INSERT INTO node_names VALUES (?,?,?)", [(nid, name, n) for name, n in sorted(forms.items())])
        n = db.execute("SELECT count(DISTINCT article) FROM facts WHERE node_id=?", (nid,)).fetchone()[0]
        db.execute("UPDATE nodes SET n_articles=? WHERE node_id=?", (n, nid))
        if not db.execute("SELECT 1 FROM nodes WHERE node_id=?", (nid,)).fetchone() and n:
            db.execute("INSERT INTO nodes VALUES (?,?,?,?,?,?)", (nid, "", None, None, "[]", n))

    def _refresh_node(self, nid: str) -> None:
        """Cache the node's display name, attributes and aliases, and its lookup names.

        Reads its first fact (one index lookup) and its written forms (one row per form),
        however many articles mention the node; the article count is kept by the counters.
        """
        db = self.db
        node_type, rep_key = ids.split_node_id(nid)
        # First direct fact under the node's own key (else any), by article id (labels keep its
        # order): deterministic.
        first = db.execute(
            "SELECT name, canonical, fact FROM facts WHERE node_id=? AND key=?"
            " ORDER BY direct DESC, article LIMIT 1", (nid, rep_key)).fetchone() or db.execute(
            "SELECT name, canonical, fact FROM facts WHERE node_id=? ORDER BY direct DESC, article LIMIT 1",
            (nid,)).fetchone()
        # (a node new to the store has a row without a name: `_count_facts` counted its articles)
        old = db.execute("SELECT name, canonical, first, aliases, n_articles FROM nodes WHERE node_id=?",
                         (nid,)).fetchone()
        if first is None:
            old_lookup = _stored_lookup(old)
            db.execute("DELETE FROM nodes WHERE node_id=?", (nid,))
            db.executemany("DELETE FROM names WHERE name=? AND node_id=?", [(n, nid) for n in sorted(old_lookup)])
            return
        name = first[0] if node_type in NAMED_BY_SURFACE else first[1]
        names = {r[0] for r in db.execute("SELECT name FROM node_names WHERE node_id=?", (nid,))}
        row = (name, None if first[1] == name else first[1], first[2], _json(sorted(names - {name})),
               old[4] if old else self._article_count(nid))
        if row == old and old[0]:
            return  # as it was: the same name, canonical name and forms, so the same lookup names
        if row != old:  # a popular node's usually is as it was (its count is kept by `_count_facts`)
            if old:  # changed in place: no delete and re-insert of the row in its b-tree
                db.execute("UPDATE nodes SET name=?, canonical=?, first=?, aliases=?, n_articles=? WHERE node_id=?",
                           (*row, nid))
            else:
                db.execute("INSERT INTO nodes VALUES (?,?,?,?,?,?)", (nid, *row))
        old_lookup = _stored_lookup(old)
        # Every written form finds the node: display name, surfaces, aliases, and the
        # name_key form (九龙 社工 → 九龙社工).
        lookup = _lookup(names, name, first[1])
        if old_lookup - lookup:
            db.executemany("DELETE FROM names WHERE name=? AND node_id=?", [(n, nid) for n in sorted(old_lookup - lookup)])
        if lookup - old_lookup:
            db.executemany("INSERT OR IGNORE INTO names VALUES (?, ?)", [(n, nid) for n in sorted(lookup - old_lookup)])

    def _article_count(self, nid: str) -> int:
        return self.db.execute("SELECT count(DISTINCT article) FROM facts WHERE node_id=?", (nid,)).fetchone()[0]

    # --- attributes ----------------------------------------------------------------

    def _packed(self, shape: tuple[str, ...], values: str) -> str:
        """[shape, value, …] as stored, from an attribute shape and its values (`attr_shape`)."""
        found = self._shape_ids.get(shape)
        if found is None:
            found = self._shape_ids[shape] = self._string_id(_json(list(shape)))
        return f"[{found},{values}]" if values else f"[{found}]"

    def attrs(self, packed: str | int, name: str | None = None) -> dict:
        """Attributes as the sheets gave them, from a stored [shape, value, …] (`name`: the fact's),
        or the `strings` row holding it (an edge row's)."""
        if isinstance(packed, int) and packed < 0:  # an implied edge's (`IMPLIED_EDGES`)
            return dict(IMPLIED_EDGES[-packed][1])
        shape, *values = _loads(self._string(packed) if isinstance(packed, int) else packed)
        keys = self._shapes.get(shape)
        if keys is None:
            keys = self._shapes[shape] = _loads(self._string(shape))
        out, stored = {}, iter(values)
        for k in keys:
            out[k[1:]] = None if k[0] == "n" else name if k[0] == "=" else next(stored)
        return out

    def _string_id(self, text: str) -> int:
        """The `strings` row holding `text` (one index lookup), added when there is none."""
        found = self._string_of.get(text)
        if found is None:
            row = self.db.execute("SELECT id FROM strings WHERE text=?", (text,)).fetchone()
            found = row[0] if row else self.db.execute("INSERT INTO strings (text) VALUES (?)", (text,)).lastrowid
            if len(self._string_of) >= 10_000:
                self._string_of.clear()
            self._string_of[text] = found
        return found

    def _string(self, id_: int) -> str:
        found = self._strings.get(id_)
        if found is None:
            if len(self._strings) >= 10_000:
                self._strings.clear()
            found = self._strings[id_] = self.db.execute("SELECT text FROM strings WHERE id=?", (id_,)).fetchone()[0]
        return found

    # --- evidence ----------------------------------------------------------------

    def evidence(self, article_id: str, encoded: str) -> list[dict]:
        """An evidence column as the sheets wrote it: {text, sentence, start, end, raw} per item."""
        out = []
        base, sentences = self._article_text(article_id)
        for item in _loads(encoded):
            text, number, start, end = item[:4]
            sentence = None if number is None else sentences[number]
            start = None if start is None else start + base
            if isinstance(text, int):  # an offset in the sentence, and its length (`_Sentences.encode`)
                text, end = sentence[text : text + end], start + end
            elif end is not None:
                end += base
            # keys in sorted order, as the sheets' evidence was stored before (query outputs keep their bytes)
            out.append({"end": end, "raw": item[4] if len(item) > 4 else text, "sentence": sentence,
                        "start": start, "text": text})
        return out

    def _article_text(self, article_id: str) -> tuple[int, list[str]]:
        """An article's evidence base offset and sentences (`_Sentences`), kept decompressed."""
        found = self._sentence_cache.get(article_id)
        if found is None:
            if len(self._sentence_cache) >= 1_000:
                self._sentence_cache.clear()
            row = self.db.execute("SELECT base, sentences FROM articles WHERE article_id=?", (article_id,)).fetchone()
            found = self._sentence_cache[article_id] = (row[0] or 0, _unpacked(row[1])) if row else (0, [])
        return found

    def sentences(self, article_id: str) -> list[str]:
        """The sentences of the article that its evidence refers to, by number."""
        return list(self._article_text(article_id)[1])

    # --- reading ---------------------------------------------------------------

    def dump(self) -> str:
        """The store's content as canonical JSON: equal dumps mean equal graphs."""
        import json

        out = {}
        for t in CONTENT_TABLES:
            cursor = self.db.execute(DUMP_SQL.get(t, f"SELECT * FROM {t}"))
            names = [d[0] for d in cursor.description]
            rows = [list(r) for r in cursor]
            if "evidence" in names:  # decoded (its offsets are counted from the article's base), first column the article id
                i = names.index("evidence")
                rows = [[*r[:i], r[i] if r[i] in ("s", "d") else self.evidence(r[0], r[i]), *r[i + 1:]] for r in rows]
            if "attrs" in names:
                i = names.index("attrs")
                rows = [[*r[:i], _json(self.attrs(r[i], r[i + 1])), *r[i + 2:]] for r in rows]
            out[t] = sorted(json.dumps(r, ensure_ascii=False) for r in rows)
        out["sentences"] = sorted(json.dumps([aid, n, text], ensure_ascii=False)
                                  for aid, packed in self.db.execute("SELECT article_id, sentences FROM articles")
                                  for n, text in enumerate(_unpacked(packed)))
        return json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True)

    def node(self, nid: str) -> dict | None:
        row = self.db.execute(NODE_SQL + " WHERE n.node_id=?", (nid,)).fetchone()
        return self._node_dict(row) if row else None

    def nodes(self, node_type: str | None = None) -> list[dict]:
        rows = self.db.execute(NODE_SQL + (" WHERE n.type=?" if node_type else "") + " ORDER BY n.node_id",
                               (node_type,) if node_type else ()).fetchall()
        return [self._node_dict(r) for r in rows]

    def _node_dict(self, row: tuple) -> dict:
        nid, node_type, name, attrs, fact_name, aliases, n_articles = row
        return {"id": nid, "type": node_type, "name": name, "aliases": _loads(aliases),
                "n_articles": n_articles, **self.attrs(attrs, fact_name)}

    def edges(self, node_ids: Iterable[str] | None = None) -> list[dict]:
        """Edges aggregated over their evidence: one per (src, type, dst), `mentions` included.

        With `node_ids`, only edges between those nodes (the induced subgraph).
        """
        stored = (f"SELECT e.src, e.edge_type, e.dst, a.article_id, e.attrs, {EDGE_EVIDENCE}, a.clipping"
                  " FROM edge_evidence e JOIN articles a ON a.label = e.article")
        mentions = ("SELECT 'article:' || a.article_id, 'mentions', f.node_id, a.article_id, NULL, f.evidence, a.clipping"
                    " FROM facts f JOIN articles a ON a.label = f.article WHERE f.direct=1")
        if node_ids is None:
            rows = self.db.execute(stored).fetchall() + self.db.execute(mentions).fetchall()
        else:
            wanted = set(node_ids)
            rows = []
            ordered = sorted(wanted)
            articles = sorted(n[len("article:"):] for n in wanted if n.startswith("article:"))
            for i in range(0, len(ordered), 400):
                chunk = ordered[i : i + 400]
                rows += self.db.execute(f"{stored} WHERE e.src IN ({','.join('?' * len(chunk))})", chunk).fetchall()
            for i in range(0, len(articles), 400):
                chunk = articles[i : i + 400]
                rows += self.db.execute(
                    "SELECT 'article:' || a.article_id, 'mentions', f.node_id, a.article_id, NULL, f.evidence, a.clipping"
                    f" FROM {ARTICLE_FACTS} WHERE f.direct=1 AND a.article_id IN ({','.join('?' * len(chunk))})",
                    chunk).fetchall()
            rows = [r for r in rows if r[2] in wanted]
        rows.sort(key=lambda r: (r[0], r[1], r[2], r[3], r[6]))
        return aggregate_edges(rows, self)

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


def _short(text: str, part: str) -> str:
    """`text` with `part` written char(1) (SQL `replace(text, char(1), part)` restores it), when
    it holds `part` and no char(1) of its own."""
    return text.replace(part, "\x01") if part and part in text and "\x01" not in text else text


def _merged(node_of: dict[tuple[str, str], str], t: str, k: str) -> str | None:
    """What a row stores of key (t, k)'s node id: None when it is the key's own (`type:key`)."""
    nid = node_of[t, k]
    return None if nid == ids.node_id(t, k) else nid


def _implied_code(e) -> int | None:
    """The `IMPLIED_EDGES` code of edge row `e`'s kind (its type, attributes, and whether it is from its own article)."""
    from_article = e.src_type == "article" and e.src_key == e.article_id
    return next((code for code, kind in IMPLIED_EDGES.items() if kind == (e.edge_type, e.attrs, from_article)), None)


def _implied_edges(r: SheetRows, marker) -> dict[tuple[str, str], tuple[int, Any]]:
    """(node type, key) → (`IMPLIED_EDGES` code, edge row) of the facts whose edge is not stored: the
    one edge of such a kind to the fact, its evidence the fact's (`marker` 'd')."""
    found: dict[tuple[str, str], list] = {}
    for e in r.edges:
        code = _implied_code(e)
        if code is not None:
            found.setdefault((e.dst_type, e.dst_key), []).append((code, e))
    return {end: edges[0] for end, edges in found.items() if len(edges) == 1 and marker(edges[0][1]) == "d"}


def _is_implied(e, implied: dict[tuple[str, str], tuple[int, Any]]) -> bool:
    return implied.get((e.dst_type, e.dst_key), (None, None))[1] is e


def _added(db: sqlite3.Connection, table: str, column: str, n: int) -> tuple[int | None, int | None]:
    """The row numbers (first, last) of the `n` rows just added to `table` (the last numbers: each
    new row is numbered one above the largest), (None, None) when none were."""
    if not n:
        return None, None
    last = db.execute(f"SELECT max({column}) FROM {table}").fetchone()[0]
    return last - n + 1, last


def _stored_lookup(old: tuple | None) -> set[str]:
    """The lookup names (`_lookup`) of a `nodes` row as stored (none for a row without a name yet)."""
    return _lookup(set(_loads(old[3])) | {old[0]}, old[0], old[0] if old[1] is None else old[1]) \
        if old and old[0] else set()


def _lookup(names: set[str], name: str, canonical: str) -> set[str]:
    """The written forms that find a node: its names, display name and canonical, and their name_key forms."""
    forms = names | {name, canonical}
    return {n for n in forms | {name_key(n) for n in forms} if n}


def aggregate_edges(rows: list[tuple], store: GraphStore) -> list[dict]:
    """(src, type, dst, article_id, attrs, evidence, clipping) rows → one dict per edge (attrs: as
    stored, NULL for `mentions`)."""
    out: dict[tuple[str, str, str], dict] = {}
    for src, etype, dst, aid, attrs, evidence, clipping in rows:
        e = out.setdefault((src, etype, dst), {"src": src, "type": etype, "dst": dst, "articles": [], "evidence": []})
        if aid not in e["articles"]:
            e["articles"].append(aid)
        for k, v in (store.attrs(attrs) if attrs else {}).items():
            vals = e.setdefault(k, [])
            if v is not None and v not in vals:
                vals.append(v)
        e["evidence"] += [{"article_id": aid, "clipping": clipping, **ev} for ev in store.evidence(aid, evidence)]
    for e in out.values():
        e["n_articles"] = len(e["articles"])
    return list(out.values())
