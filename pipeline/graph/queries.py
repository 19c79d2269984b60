"""The questions users ask the graph, as plain functions returning lists of dicts.

Names are resolved to nodes with `find_nodes` (exact name, alias or official name;
places also by prefix, so 宁夏 finds 宁夏回族自治区). `--in PLACE` means "located, through
any number of located_in edges, under a place that matches PLACE".
"""

from __future__ import annotations

import sqlite3
from collections import Counter, deque

from ..errors import AmbiguousEntityError, EntityNotFoundError, NotSheetableError
from .resolve import name_key
from .store import ARTICLE_FACTS, EDGE_EVIDENCE, REASON, GraphStore, aggregate_edges

# located_in, adopts, runs, holds_role and partners_with edges are never implied by a fact
# (`store.IMPLIED_EDGES`): a question about which nodes they join reads `edges` (one row per edge
# between two keys, while it has evidence) rather than every evidence row of `edge_evidence`.

# Node types that do not make a meaningful step on a path between two entities:
# every article links to its source, and a number links only to its reporter.
PATH_SKIPS = ("source", "quantity")

# Node types that have an aggregated entity sheet (graph/sheet.py, `shequ sheet`).
SHEET_TYPES = ("community", "program", "organization")


def find_nodes(store: GraphStore, name: str, types: tuple[str, ...] | None = None) -> list[str]:
    """Node ids whose name, alias, written form or id is `name` (places: or whose name starts with it)."""
    db = store.db
    found = {r[0] for r in db.execute("SELECT node_id FROM names WHERE name IN (?, ?)", (name, name_key(name)))}
    if store.node(name):
        found.add(name)
    if not found and (types is None or "place" in types):
        # 宁夏 → 宁夏回族自治区, 北京 → 北京市: the official name starts with the short form.
        found |= {r[0] for r in db.execute(
            "SELECT node_id FROM names WHERE name >= ? AND name < ? AND node_id LIKE 'place:%'",
            (name_key(name), name_key(name) + "\U0010ffff"))}
    if types:
        found = {n for n in found if n.split(":", 1)[0] in types}
    return sorted(found)


def sheetable_node(store: GraphStore, name: str) -> str:
    """The one community, program or organization that `name` (a name or a node id) means.

    Raises `EntityNotFoundError` (E071) when nothing is named so, `NotSheetableError`
    (E073) when only nodes of other types are (a place, a person …), and
    `AmbiguousEntityError` (E072) when several sheetable nodes are: pass a node id then.
    """
    found = [name] if store.node(name) else find_nodes(store, name)
    if not found:
        raise EntityNotFoundError(name=name)
    sheetable = [n for n in found if n.split(":", 1)[0] in SHEET_TYPES]
    if not sheetable:
        raise NotSheetableError(nid=found[0], node_type=found[0].split(":", 1)[0])
    if len(sheetable) > 1:
        raise AmbiguousEntityError(name=name, count=len(sheetable), ids=", ".join(sheetable))
    return sheetable[0]


def _chunks(ids: list[str], size: int = 400):
    for i in range(0, len(ids), size):
        chunk = ids[i : i + size]
        yield chunk, ",".join("?" * len(chunk))


def _column(db: sqlite3.Connection, sql: str, ids, *params) -> list:
    """Run `sql` (with one `{marks}` IN-list) over `ids` in chunks; first column of every row."""
    out = []
    for chunk, marks in _chunks(sorted(ids)):
        out += [r[0] for r in db.execute(sql.format(marks=marks), (*chunk, *params))]
    return out


def places_under(store: GraphStore, place: str) -> set[str]:
    """Every place node located (transitively) under a place matching `place`, itself included."""
    roots = find_nodes(store, place, ("place",))
    seen = set(roots)
    todo = deque(roots)
    while todo:
        nid = todo.popleft()
        for (child,) in store.db.execute(
            "SELECT DISTINCT src FROM edges WHERE dst=? AND edge_type='located_in'", (nid,)
        ):
            if child.startswith("place:") and child not in seen:
                seen.add(child)
                todo.append(child)
    return seen


def located_under(store: GraphStore, under: set[str], node_type: str) -> set[str]:
    """Nodes of `node_type` with a located_in edge to one of the places `under`."""
    prefix = node_type + ":"
    return {n for n in _column(store.db, "SELECT DISTINCT src FROM edges WHERE dst IN ({marks})"
                               " AND edge_type='located_in'", under) if n.startswith(prefix)}


def articles_naming(store: GraphStore, nodes: set[str]) -> set[str]:
    """Articles that name (directly mention) any of `nodes`."""
    return set(_column(store.db, "SELECT DISTINCT a.article_id FROM facts f JOIN articles a ON a.label = f.article"
                               " WHERE f.node_id IN ({marks}) AND f.direct=1", nodes))


def located_in(store: GraphStore, nid: str) -> set[str]:
    """The places a node is located in directly, by any stated basis."""
    return {r[0] for r in store.db.execute(
        "SELECT DISTINCT dst FROM edges WHERE src=? AND edge_type='located_in'", (nid,))}


def place_chain(store: GraphStore, nid: str) -> list[str]:
    """Names from the top place down to `nid`'s nearest place (first parent at each step)."""
    chain: list[str] = []
    cur, seen = nid, set()
    while cur not in seen:
        seen.add(cur)
        parents = sorted(located_in(store, cur))
        if not parents:
            break
        cur = parents[0]
        node = store.node(cur)
        chain.insert(0, node["name"] if node else cur)
    return chain


def _name(store: GraphStore, nid: str) -> str:
    node = store.node(nid)
    return node["name"] if node else nid


# List queries show at most this many sources per row (the count says how many there are).
MAX_SOURCES = 20
# …and at most this many runners per program.
MAX_RUNNERS = 5


def _sources(store: GraphStore, article_ids: list[str], limit: int | None = None) -> list[dict]:
    out = []
    for aid in sorted(set(article_ids))[:limit]:
        row = store.db.execute("SELECT title, source, clipping, date FROM articles WHERE article_id=?", (aid,)).fetchone()
        if row:
            out.append({"article_id": aid, "title": row[0], "source": row[1], "clipping": row[2], "date": row[3]})
    return out


def _edges(store: GraphStore, where: str, params: tuple, cap: int | None = MAX_SOURCES,
           per_type: int | None = None, limit: int | None = None) -> list[dict]:
    """Aggregated edges matching `where`, best supported first.

    `n_articles` counts all evidence; `articles`, `evidence` and the attribute values
    (relation, role, basis) come from the first `cap` evidence rows of each edge (by
    article id; cap=None: all). With `per_type`/`limit` only the best supported edges
    are read at all, so a node with thousands of edges stays cheap to show.
    """
    db = store.db
    totals = {(r[0], r[1], r[2]): r[3] for r in db.execute(
        f"SELECT src, edge_type, dst, COUNT(DISTINCT article) FROM edge_articles WHERE {where}"
        " GROUP BY src, edge_type, dst", params)}
    keys = sorted(totals, key=lambda k: (-totals[k], k))
    if per_type:
        kept, count = [], Counter()
        for k in keys:
            if count[k[1]] < per_type:
                count[k[1]] += 1
                kept.append(k)
        keys = kept
    keys = keys[: limit or None]
    rows = []
    for src, etype, dst in keys:
        rows += db.execute(
            f"SELECT e.src, e.edge_type, e.dst, a.article_id, e.attrs, {EDGE_EVIDENCE}, a.clipping"
            " FROM edge_evidence e JOIN articles a ON a.label = e.article"
            " WHERE e.src=? AND e.edge_type=? AND e.dst=? ORDER BY e.article, a.clipping LIMIT ?",
            (src, etype, dst, -1 if cap is None else cap)).fetchall()
    edges = {(e["src"], e["type"], e["dst"]): e for e in aggregate_edges(rows, store)}
    for k in keys:
        edges[k]["n_articles"] = totals[k]
    return [edges[k] for k in keys]


def _of_type(store: GraphStore, node_type: str) -> set[str]:
    """Every node of `node_type` (a range of the nodes' primary key: ids are type:key)."""
    return {r[0] for r in store.db.execute(
        "SELECT node_id FROM nodes WHERE node_id >= ? AND node_id < ?", (node_type + ":", node_type + ";"))}


def _by_support(store: GraphStore, nids, limit: int | None) -> list[str]:
    """Node ids, most articles first (cached counts), then by id; at most `limit`."""
    counts = {r[0]: r[1] for chunk, marks in _chunks(sorted(nids)) for r in store.db.execute(
        f"SELECT node_id, n_articles FROM nodes WHERE node_id IN ({marks})", chunk)}
    return sorted(counts, key=lambda n: (-counts[n], n))[: limit or None]


def _first_sources(store: GraphStore, nid: str) -> list[dict]:
    """Sources of the first MAX_SOURCES articles naming `nid` (by article id: labels keep its
    order), as `_sources` gives them: one query."""
    return [{"article_id": r[0], "title": r[1], "source": r[2], "clipping": r[3], "date": r[4]} for r in store.db.execute(
        "SELECT a.article_id, a.title, a.source, a.clipping, a.date"
        " FROM (SELECT DISTINCT article FROM facts WHERE node_id=? AND direct=1 ORDER BY article LIMIT ?)"
        " JOIN articles a ON a.label = article ORDER BY a.label", (nid, MAX_SOURCES))]


def communities(store: GraphStore, *, model: str | None = None, place: str | None = None,
                limit: int | None = None) -> list[dict]:
    """Communities adopting `model` and/or located under `place`, with the articles saying so.

    Rows are ordered by the number of supporting articles (adopting the model, or
    naming the community when no model is asked for).
    """
    db = store.db
    inside = located_under(store, places_under(store, place), "community") if place else None
    if not model:
        cids = inside if inside is not None else _of_type(store, "community")
        out = []
        for cid in _by_support(store, cids, limit):
            node = store.node(cid) or {}
            out.append({"id": cid, "name": node.get("name", cid), "place": " / ".join(place_chain(store, cid)),
                        "models": [], "basis": [], "n_articles": node.get("n_articles", 0),
                        "sources": _first_sources(store, cid)})
        return out
    mids = find_nodes(store, model, ("model",))
    if not mids:
        return []
    mmarks = ",".join("?" * len(mids))
    # the model's adopting edges (`edges_dst`), then their evidence (`evidence_edge`, index-only): a
    # popular model has 10k+ adopters
    agg = ("SELECT e.src, COUNT(DISTINCT v.article) FROM edges e JOIN evidence v ON v.edge = e.edge"
           f" WHERE e.edge_type='adopts' AND e.src >= 'community:' AND e.src < 'community;' AND e.dst IN ({mmarks})")
    # Start from the smaller side: the communities of a place, or the model's adopters.
    if inside is not None:
        rows = [r for chunk, marks in _chunks(sorted(inside))
                for r in db.execute(f"{agg} AND e.src IN ({marks}) GROUP BY e.src", (*mids, *chunk))]
    else:
        rows = db.execute(f"{agg} GROUP BY e.src", mids).fetchall()
    rows.sort(key=lambda r: (-r[1], r[0]))
    out = []
    for cid, n in rows[: limit or None]:
        models, bases, arts = set(), set(), []
        for dst, aid, attrs in db.execute(
                f"SELECT e.dst, a.article_id, e.attrs FROM edge_evidence e JOIN articles a ON a.label = e.article"
                f" WHERE e.src=? AND e.edge_type='adopts' AND e.dst IN ({mmarks}) ORDER BY e.article LIMIT ?",
                (cid, *mids, MAX_SOURCES)):
            models.add(dst)
            bases.add(store.attrs(attrs).get("basis") or "")
            if aid not in arts:
                arts.append(aid)
        out.append({"id": cid, "name": _name(store, cid), "place": " / ".join(place_chain(store, cid)),
                    "models": sorted(_name(store, m) for m in models), "basis": sorted(b for b in bases if b),
                    "n_articles": n, "sources": _sources(store, arts)})
    return out


def partners(store: GraphStore, name: str, *, limit: int | None = None) -> list[dict]:
    """Entities that a partners_with edge joins to an entity named `name` (either direction), best supported first."""
    out = []
    for nid in find_nodes(store, name):
        for e in _edges(store, "edge_type='partners_with' AND (src=? OR dst=?)", (nid, nid), limit=limit):
            other = e["dst"] if e["src"] == nid else e["src"]
            out.append({"entity": _name(store, nid), "partner_id": other, "partner": _name(store, other),
                        "type": other.split(":", 1)[0], "relation": e.get("relation", []),
                        "n_articles": e["n_articles"], "sources": _sources(store, e["articles"]),
                        "evidence": [ev["sentence"] for ev in e["evidence"]]})
    return sorted(out, key=lambda r: (r["entity"], -r["n_articles"], r["partner"]))


def programs(store: GraphStore, *, place: str | None = None, model: str | None = None, org: str | None = None,
             limit: int | None = None) -> list[dict]:
    """Programs by their runner (`org`, or an adopter of `model`) and/or `place`.

    A program is in a place when its runner is located there or an article naming it
    also names a place there.
    """
    db = store.db
    candidates: set[str] | None = None
    if place:
        under = places_under(store, place)
        arts = articles_naming(store, under)
        # CROSS JOIN: each article's facts are a range of rows (not a scan of every program fact)
        candidates = set(_column(db, f"SELECT DISTINCT f.node_id FROM {ARTICLE_FACTS}"
                                     " WHERE a.article_id IN ({marks}) AND f.direct=1 AND f.node_type='program'", arts))
        candidates |= set(_column(db, "SELECT DISTINCT dst FROM edges WHERE src IN ({marks}) AND edge_type='runs'",
                                  located_under(store, under, "community")))
    org_ids = set(find_nodes(store, org, ("organization", "community"))) if org else None
    mids = find_nodes(store, model, ("model",)) if model else None
    if candidates is None and (org or model):  # no place: start from the runners
        runners = org_ids if org_ids is not None else set(_column(
            db, "SELECT DISTINCT src FROM edges WHERE dst IN ({marks}) AND edge_type='adopts'", mids))
        candidates = set(_column(db, "SELECT DISTINCT dst FROM edges WHERE src IN ({marks}) AND edge_type='runs'",
                                 runners))
    if candidates is None:
        candidates = _of_type(store, "program")
    out = []
    # Best supported first; the runner conditions are checked one program at a time so a
    # --limit stops early (a popular brand can be run by thousands of units).
    for pid in _by_support(store, candidates, None):
        if org_ids is not None and not _run_by(db, pid, f"r.src IN ({','.join('?' * len(org_ids))})", sorted(org_ids)):
            continue
        if mids is not None and not (mids and _run_by(
                db, pid, "EXISTS (SELECT 1 FROM edges a WHERE a.src = r.src AND a.edge_type = 'adopts'"
                f" AND a.dst IN ({','.join('?' * len(mids))}))", mids)):
            continue
        node = store.node(pid) or {}
        # the first few runners (a brand can be run by hundreds of units): an index-only read
        run_by = [_name(store, r[0]) for r in db.execute(
            "SELECT DISTINCT src FROM edges WHERE dst=? AND edge_type='runs' ORDER BY src LIMIT ?",
            (pid, MAX_RUNNERS))]
        out.append({"id": pid, "name": node.get("name", pid), "kind": node.get("kind"), "run_by": run_by,
                    "n_articles": node.get("n_articles", 0), "sources": _first_sources(store, pid)})
        if limit and len(out) >= limit:
            break
    return out


def _run_by(db: sqlite3.Connection, pid: str, condition: str, params) -> bool:
    """Whether some runner of program `pid` meets `condition` (SQL over the runs edge `r`)."""
    return db.execute(f"SELECT 1 FROM edges r WHERE r.dst=? AND r.edge_type='runs' AND {condition} LIMIT 1",
                      (pid, *params)).fetchone() is not None


def people(store: GraphStore, org: str, *, limit: int | None = None) -> list[dict]:
    """People holding a role in an organization or community named `org`, best supported first."""
    out = []
    for nid in find_nodes(store, org, ("organization", "community")):
        for e in _edges(store, "dst=? AND edge_type='holds_role'", (nid,), limit=limit):
            out.append({"person": _name(store, e["src"]), "role": e.get("role", []), "of": _name(store, nid),
                        "n_articles": e["n_articles"], "sources": _sources(store, e["articles"])})
    return sorted(out, key=lambda r: (r["of"], -r["n_articles"], r["person"]))


def quantities(store: GraphStore, *, subject: str | None = None, place: str | None = None,
               limit: int | None = None) -> list[dict]:
    """Reported numbers whose subject contains `subject`, reported under `place`.

    A number is "in" a place when its article names a place there, or its reporter is
    a community located there.
    """
    db = store.db
    if place:
        under = places_under(store, place)
        qids = set(_column(db, f"SELECT DISTINCT f.node_id FROM {ARTICLE_FACTS}"
                           " WHERE a.article_id IN ({marks}) AND f.node_type='quantity'",
                           articles_naming(store, under)))
        qids |= set(_column(db, "SELECT DISTINCT dst FROM edge_evidence WHERE src IN ({marks}) AND edge_type='reports'",
                            located_under(store, under, "community")))
        nodes = [store.node(q) for q in sorted(qids)]
        if subject:
            nodes = [n for n in nodes if n and subject in (n.get("subject") or "")]
    else:
        # in the nodes' primary key order, the subject checked on each: a limit stops early
        nodes = []
        for (qid,) in db.execute(
                "SELECT node_id FROM nodes WHERE node_id >= 'quantity:' AND node_id < 'quantity;' ORDER BY node_id"):
            node = store.node(qid)
            if node and (not subject or subject in (node.get("subject") or "")):
                nodes.append(node)
                if limit and len(nodes) >= limit:
                    break
    out = []
    for q in [n for n in nodes if n][: limit or None]:
        rep = _edges(store, "dst=? AND edge_type='reports'", (q["id"],))
        reporter = rep[0]["src"] if rep else None
        aid = rep[0]["articles"][0] if rep else None
        out.append({"id": q["id"], "text": q["text"], "value": q["value"], "unit": q["unit"], "qualifier": q["qualifier"],
                    "subject": q["subject"],
                    # the article itself when no single actor is named in the number's sentence
                    "reported_by": None if not reporter else "(the article)" if reporter.startswith("article:")
                    else _name(store, reporter),
                    "basis": rep[0].get("basis", []) if rep else [],
                    "sentence": rep[0]["evidence"][0]["sentence"] if rep and rep[0]["evidence"] else None,
                    "sources": _sources(store, [aid] if aid else [])})
    return out


def profile(store: GraphStore, name: str, *, cap: int = MAX_SOURCES) -> list[dict]:
    """Every node named `name` with its edges and their evidence, and its mentions.

    At most `cap` edges of each type and direction (best supported first), `cap`
    evidence rows per edge and `cap` mentions; `n_edges` counts them all.
    """
    out = []
    for nid in find_nodes(store, name):
        node = store.node(nid)
        if node is None:
            continue
        edges = _edges(store, "src=?", (nid,), cap, cap) + _edges(
            store, "dst=? AND edge_type != 'published_by'", (nid,), cap, cap)
        # src and dst apart: an OR over both cannot use the indexes of the edges that facts imply
        n_edges = {r[0]: r[1] for r in store.db.execute(
            "SELECT edge_type, COUNT(DISTINCT src || '|' || dst) FROM ("
            "SELECT edge_type, src, dst FROM edge_articles WHERE src=? AND edge_type != 'published_by' UNION ALL "
            "SELECT edge_type, src, dst FROM edge_articles WHERE dst=? AND edge_type != 'published_by') GROUP BY edge_type",
            (nid, nid))}
        facts = [
            {"article_id": r[0], "name": r[1], "reason": r[2], "evidence": store.evidence(r[0], r[3])}
            for r in store.db.execute(
                f"SELECT a.article_id, f.name, {REASON}, f.evidence FROM facts f JOIN articles a ON a.label = f.article"
                " WHERE f.node_id=? ORDER BY f.article LIMIT ?", (nid, cap))
        ]
        out.append({"node": node, "place": place_chain(store, nid), "n_edges": n_edges,
                    "edges": [{**e, "src_name": _name(store, e["src"]), "dst_name": _name(store, e["dst"])} for e in edges],
                    "facts": facts})
    return out


def _neighbours(db: sqlite3.Connection, frontier: set[str], skips: tuple[str, ...]) -> list[tuple[str, str]]:
    """(node, neighbour) pairs for a whole BFS level, in a few batched queries."""
    pairs: set[tuple[str, str]] = set()
    for chunk, marks in _chunks(sorted(frontier)):
        pairs |= set(db.execute(f"SELECT DISTINCT src, dst FROM edge_evidence WHERE src IN ({marks})", chunk))
        pairs |= set(db.execute(f"SELECT DISTINCT dst, src FROM edge_evidence WHERE dst IN ({marks})", chunk))
        if "article" not in skips:  # mentions edges live in the facts table
            arts = [n[8:] for n in chunk if n.startswith("article:")]
            if arts:
                pairs |= {("article:" + a, n) for a, n in db.execute(
                    f"SELECT DISTINCT a.article_id, f.node_id FROM {ARTICLE_FACTS}"
                    f" WHERE f.direct=1 AND a.article_id IN ({','.join('?' * len(arts))})",
                    arts)}
            pairs |= {(n, "article:" + a) for n, a in db.execute(
                f"SELECT DISTINCT f.node_id, a.article_id FROM facts f JOIN articles a ON a.label = f.article"
                f" WHERE f.direct=1 AND f.node_id IN ({marks})", chunk)}
    return sorted(p for p in pairs if p[1].split(":", 1)[0] not in skips)


def path(store: GraphStore, a: str, b: str, *, max_depth: int = 8) -> dict | None:
    """A shortest path between entities named `a` and `b`, ignoring edge direction.

    Stated relations come first: articles are used as steps ("both named in article X")
    only when no path of stated relations exists. Bidirectional breadth-first search in
    SQL (the graph never has to fit in memory); each step lists the edges joining its
    two nodes.
    """
    return _path(store, a, b, max_depth, PATH_SKIPS + ("article",)) or _path(store, a, b, max_depth, PATH_SKIPS)


def _path(store: GraphStore, a: str, b: str, max_depth: int, skips: tuple[str, ...]) -> dict | None:
    starts, goals = find_nodes(store, a), find_nodes(store, b)
    if not starts or not goals:
        return None
    prev: dict[str, str | None] = {s: None for s in starts}
    nxt: dict[str, str | None] = {g: None for g in goals}
    front_a, front_b = set(starts), set(goals)
    meet = next(iter(sorted(front_a & front_b)), None)
    depth = 0
    while meet is None and front_a and front_b and depth < max_depth:
        depth += 1
        grow_a = len(front_a) <= len(front_b)
        front, seen, other = (front_a, prev, nxt) if grow_a else (front_b, nxt, prev)
        new: set[str] = set()
        for n, m in _neighbours(store.db, front, skips):
            if m not in seen:
                seen[m] = n
                new.add(m)
        hits = sorted(new & set(other))
        if hits:
            meet = hits[0]
        if grow_a:
            front_a = new
        else:
            front_b = new
    if meet is None:
        return None
    left, n = [], meet
    while n is not None:
        left.insert(0, n)
        n = prev.get(n)
    right, n = [], nxt.get(meet)
    while n is not None:
        right.append(n)
        n = nxt.get(n)
    nodes = left + right
    steps = []
    for x, y in zip(nodes, nodes[1:]):
        es = _edges(store, "(src=? AND dst=?) OR (src=? AND dst=?)", (x, y, y, x), cap=3)
        for art, other in ((x, y), (y, x)):  # mentions edges live in the facts table
            if art.startswith("article:"):
                n = store.db.execute("SELECT count(*) FROM facts f JOIN articles a ON a.label = f.article"
                                     " WHERE a.article_id=? AND f.node_id=? AND f.direct=1",
                                     (art[len("article:"):], other)).fetchone()[0]
                if n:
                    es.append({"src": art, "type": "mentions", "dst": other, "n_articles": 1})
        steps.append({"from": _name(store, x), "to": _name(store, y),
                      "edges": [{"type": e["type"], "src": _name(store, e["src"]), "dst": _name(store, e["dst"]),
                                 "n_articles": e["n_articles"]} for e in es]})
    return {"nodes": [{"id": n, "name": _name(store, n), "type": n.split(":", 1)[0]} for n in nodes], "steps": steps}


def explain(store: GraphStore, name: str) -> list[dict]:
    """Why the mentions of `name` became the node(s) they are: keys, merge reasons, and
    the same-named nodes that were kept apart (different gazetteer code, place or affiliation)."""
    out = []
    for nid in find_nodes(store, name):
        node = store.node(nid)
        keys = [{"key": r[0], "reason": r[1]} for r in store.db.execute(
            "SELECT key, reason FROM key_node WHERE node_id=? ORDER BY key", (nid,))] or [
            {"key": nid.split(":", 1)[1], "reason": "own key (this type merges by key only)"}]
        mentions = [{"article_id": r[0], "surface": r[1], "canonical": r[2], "key": r[3], "reason": r[4]}
                    for r in store.db.execute(
                        f"SELECT a.article_id, f.name, f.canonical, f.key, {REASON} FROM facts f"
                        " JOIN articles a ON a.label = f.article WHERE f.node_id=? ORDER BY f.article, f.key",
                        (nid,))]
        links = [{"a": r[0], "b": r[1], "reason": r[2]} for r in store.db.execute(
            "SELECT DISTINCT l.key_a, l.key_b, l.reason FROM links l JOIN key_node k ON k.node_type=l.node_type "
            "AND k.key=l.key_a WHERE k.node_id=? ORDER BY 1, 2, 3", (nid,))]
        out.append({"node": node, "keys": keys, "links": links, "mentions": mentions,
                    "kept_apart": [n for n in find_nodes(store, node["name"]) if n != nid] if node else []})
    return out


# --- added for the API and the CLI (did-you-mean, `shequ stats`) ---------------------

# Names read per bigram when looking for close matches: enough for a large store.
SUGGEST_CANDIDATES = 2000


def suggest(store: GraphStore, name: str, types: tuple[str, ...] | None = None, limit: int = 3) -> list[str]:
    """Names in the store closest to `name` (a misspelling, a longer or shorter form), best first.

    Candidates share a two-character piece with `name` (one character for names of up to
    three) found by LIKE over the names table, at most SUGGEST_CANDIDATES per piece; they are ranked by difflib's similarity ratio.
    """
    import difflib
    import os

    key = name_key(name)
    pieces = sorted({key[i : i + 2] for i in range(max(len(key) - 1, 1))})
    if len(key) <= 3:  # 李穷 → 李琼: a short name shares single characters only
        pieces += sorted(set(key) - set(pieces))
    found: set[tuple[str, str]] = set()
    for piece in pieces[:8]:
        pattern = "%" + piece.replace("%", "").replace("_", "") + "%"
        found |= set(store.db.execute("SELECT n.name, n.node_id FROM names n WHERE n.name LIKE ? LIMIT ?",
                                      (pattern, SUGGEST_CANDIDATES)))
    if types:
        found = {(n, nid) for n, nid in found if nid.split(":", 1)[0] in types}
    # the display name of each node, so 金鱼社区 is offered rather than its name_key form
    display = {nid: _name(store, nid) for nid in {nid for _, nid in found}}
    scored: dict[str, tuple[float, int]] = {}
    for written, nid in found:
        form = name_key(written)
        ratio = difflib.SequenceMatcher(None, key, form).ratio()
        prefix = len(os.path.commonprefix([key, form]))  # 宁厦 → 宁夏 before 辽宁
        shown = display[nid]
        if ratio >= 0.5 and shown != name and (ratio, prefix) > scored.get(shown, (0, 0)):
            scored[shown] = (ratio, prefix)
    return sorted(scored, key=lambda s: (-scored[s][0], -scored[s][1], len(s), s))[:limit]


def require_nodes(store: GraphStore, name: str, types: tuple[str, ...] | None = None) -> list[str]:
    """`find_nodes`, or `EntityNotFoundError` (E071) with the closest names when there is none."""
    found = find_nodes(store, name, types)
    if not found:
        raise EntityNotFoundError(name=name, suggestions=suggest(store, name, types))
    return found


def stats(store: GraphStore, *, top: int = 10) -> dict:
    """What the store holds: nodes and edges by type, clippings, articles, sources, and the
    communities and organizations named in the most articles."""
    db = store.db
    nodes = dict(db.execute("SELECT type, count(*) FROM nodes GROUP BY type ORDER BY type"))
    edges = dict(db.execute("SELECT edge_type, count(*) FROM (SELECT DISTINCT src, edge_type, dst FROM edge_evidence)"
                            " GROUP BY edge_type ORDER BY edge_type"))
    mentions = db.execute("SELECT count(*) FROM (SELECT DISTINCT article, node_id FROM facts WHERE direct=1)").fetchone()[0]
    if mentions:
        edges["mentions"] = mentions

    def best(node_type: str) -> list[dict]:
        return [{"id": r[0], "name": r[1], "n_articles": r[2]} for r in db.execute(
            "SELECT node_id, name, n_articles FROM nodes WHERE type=? ORDER BY n_articles DESC, node_id LIMIT ?",
            (node_type, top))]

    return {
        "clippings": db.execute("SELECT count(*) FROM clippings").fetchone()[0],
        "articles": db.execute("SELECT count(*) FROM articles").fetchone()[0],
        "sources": nodes.get("source", 0),
        "nodes": {"total": sum(nodes.values()), **nodes},
        "edges": {"total": sum(edges.values()), **dict(sorted(edges.items()))},
        "top_communities": best("community"),
        "top_organizations": best("organization"),
    }
