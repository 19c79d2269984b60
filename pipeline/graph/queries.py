"""The questions users ask the graph, as plain functions returning lists of dicts.

Names are resolved to nodes with `find_nodes` (exact name, alias or official name;
places also by prefix, so 宁夏 finds 宁夏回族自治区). `--in PLACE` means "located, through
any number of located_in edges, under a place that matches PLACE".
"""

from __future__ import annotations

import json
import sqlite3
from collections import deque

from .resolve import name_key
from .store import GraphStore, aggregate_edges

# Node types that do not make a meaningful step on a path between two entities:
# every article links to its source, and a number links only to its reporter.
PATH_SKIPS = ("source", "quantity")


def find_nodes(store: GraphStore, name: str, types: tuple[str, ...] | None = None) -> list[str]:
    """Node ids whose name, alias or stated surface is `name` (places: or starts with it)."""
    db = store.db
    key = name_key(name)
    found = {r[0] for r in db.execute("SELECT node_id FROM nodes WHERE name=? OR node_id=?", (name, name))}
    found |= {r[0] for r in db.execute("SELECT DISTINCT node_id FROM facts WHERE name=? OR canonical=?", (name, name))}
    if key != name:
        found |= {r[0] for r in db.execute("SELECT DISTINCT node_id FROM facts WHERE name=? OR canonical=?", (key, key))}
    if not found:
        found |= {r[0] for r in db.execute(
            "SELECT node_id FROM nodes WHERE aliases LIKE ?", (f'%"{key}"%',))}
    if not found and (types is None or "place" in types):
        # 宁夏 → 宁夏回族自治区, 北京 → 北京市: the official name starts with the short form.
        found |= {r[0] for r in db.execute(
            "SELECT node_id FROM nodes WHERE type='place' AND name LIKE ? ESCAPE '\\'",
            (key.replace("%", "\\%").replace("_", "\\_") + "%",))}
    if types:
        found = {n for n in found if n.split(":", 1)[0] in types}
    return sorted(found)


def places_under(store: GraphStore, place: str) -> set[str]:
    """Every place node located (transitively) under a place matching `place`, itself included."""
    roots = find_nodes(store, place, ("place",))
    seen = set(roots)
    todo = deque(roots)
    while todo:
        nid = todo.popleft()
        for (child,) in store.db.execute(
            "SELECT DISTINCT src FROM edge_evidence WHERE dst=? AND edge_type='located_in' AND src_type='place'", (nid,)
        ):
            if child not in seen:
                seen.add(child)
                todo.append(child)
    return seen


def located_in(store: GraphStore, nid: str) -> set[str]:
    """The places a node is located in directly, by any stated basis."""
    return {r[0] for r in store.db.execute(
        "SELECT DISTINCT dst FROM edge_evidence WHERE src=? AND edge_type='located_in'", (nid,))}


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


def _sources(store: GraphStore, article_ids: list[str]) -> list[dict]:
    out = []
    for aid in sorted(set(article_ids)):
        row = store.db.execute("SELECT title, source, clipping, date FROM articles WHERE article_id=?", (aid,)).fetchone()
        if row:
            out.append({"article_id": aid, "title": row[0], "source": row[1], "clipping": row[2], "date": row[3]})
    return out


def _edges(store: GraphStore, where: str, params: tuple) -> list[dict]:
    rows = store.db.execute(
        "SELECT src, edge_type, dst, article_id, attrs, evidence, clipping FROM edge_evidence WHERE "
        + where + " ORDER BY src, edge_type, dst, article_id", params).fetchall()
    return aggregate_edges(rows)


def _in_place(store: GraphStore, nid: str, under: set[str] | None) -> bool:
    return under is None or bool(located_in(store, nid) & under)


def communities(store: GraphStore, *, model: str | None = None, place: str | None = None) -> list[dict]:
    """Communities adopting `model` and/or located under `place`, with the articles saying so."""
    under = places_under(store, place) if place else None
    rows: dict[str, dict] = {}
    if model:
        mids = find_nodes(store, model, ("model",))
        for mid in mids:
            for e in _edges(store, "dst=? AND edge_type='adopts' AND src_type='community'", (mid,)):
                if _in_place(store, e["src"], under):
                    r = rows.setdefault(e["src"], {"id": e["src"], "models": [], "basis": [], "articles": []})
                    r["models"].append(_name(store, mid))
                    r["basis"] += [b for b in e.get("basis", []) if b not in r["basis"]]
                    r["articles"] += e["articles"]
    else:
        if under is None:
            cids = [n["id"] for n in store.nodes("community")]
        else:
            cids = sorted({r[0] for p in under for r in store.db.execute(
                "SELECT DISTINCT src FROM edge_evidence WHERE dst=? AND edge_type='located_in' AND src_type='community'", (p,))})
        for cid in cids:
            arts = [r[0] for r in store.db.execute("SELECT DISTINCT article_id FROM facts WHERE node_id=?", (cid,))]
            rows[cid] = {"id": cid, "models": [], "basis": [], "articles": arts}
    out = []
    for cid, r in sorted(rows.items()):
        out.append({"id": cid, "name": _name(store, cid), "place": " / ".join(place_chain(store, cid)),
                    "models": sorted(set(r["models"])), "basis": r["basis"],
                    "sources": _sources(store, r["articles"])})
    return out


def partners(store: GraphStore, name: str) -> list[dict]:
    """Entities that a partners_with edge joins to an entity named `name` (either direction)."""
    out = []
    for nid in find_nodes(store, name):
        for e in _edges(store, "edge_type='partners_with' AND (src=? OR dst=?)", (nid, nid)):
            other = e["dst"] if e["src"] == nid else e["src"]
            out.append({"entity": _name(store, nid), "partner_id": other, "partner": _name(store, other),
                        "type": other.split(":", 1)[0], "relation": e.get("relation", []),
                        "n_articles": e["n_articles"], "sources": _sources(store, e["articles"]),
                        "evidence": [ev["sentence"] for ev in e["evidence"]]})
    return sorted(out, key=lambda r: (r["entity"], r["partner"]))


def programs(store: GraphStore, *, place: str | None = None, model: str | None = None, org: str | None = None) -> list[dict]:
    """Programs filtered by the place of their runner or article, a model their runner adopts, or their runner."""
    under = places_under(store, place) if place else None
    runners_ok: set[str] | None = None
    if org:
        runners_ok = set(find_nodes(store, org, ("organization", "community")))
    if model:
        adopters = {r[0] for mid in find_nodes(store, model, ("model",)) for r in store.db.execute(
            "SELECT DISTINCT src FROM edge_evidence WHERE dst=? AND edge_type='adopts'", (mid,))}
        runners_ok = adopters if runners_ok is None else runners_ok & adopters
    out = []
    for p in store.nodes("program"):
        runs = _edges(store, "dst=? AND edge_type='runs'", (p["id"],))
        runners = [e["src"] for e in runs]
        if runners_ok is not None and not set(runners) & runners_ok:
            continue
        arts = [r[0] for r in store.db.execute("SELECT DISTINCT article_id FROM facts WHERE node_id=?", (p["id"],))]
        if under is not None:
            here = any(_in_place(store, r, under) for r in runners) or any(
                _in_place(store, a, under) or store.db.execute(
                    "SELECT 1 FROM edge_evidence WHERE src=? AND edge_type='mentions' AND dst IN (%s) LIMIT 1"
                    % ",".join("?" * len(under)), (f"article:{a}", *sorted(under))).fetchone()
                for a in arts)
            if not here:
                continue
        out.append({"id": p["id"], "name": p["name"], "kind": p.get("kind"),
                    "run_by": sorted(_name(store, r) for r in runners), "sources": _sources(store, arts)})
    return out


def people(store: GraphStore, org: str) -> list[dict]:
    """People holding a role in an organization or community named `org`."""
    out = []
    for nid in find_nodes(store, org, ("organization", "community")):
        for e in _edges(store, "dst=? AND edge_type='holds_role'", (nid,)):
            out.append({"person": _name(store, e["src"]), "role": e.get("role", []), "of": _name(store, nid),
                        "sources": _sources(store, e["articles"])})
    return sorted(out, key=lambda r: (r["of"], r["person"]))


def quantities(store: GraphStore, *, subject: str | None = None, place: str | None = None) -> list[dict]:
    """Reported numbers whose subject contains `subject`, reported by something under `place`.

    A number is "in" a place when its reporter is located there, or its article
    mentions a place there.
    """
    under = places_under(store, place) if place else None
    sql = "SELECT node_id FROM nodes WHERE type='quantity'"
    params: tuple = ()
    if subject:
        sql += " AND json_extract(attrs, '$.subject') LIKE ?"
        params = (f"%{subject}%",)
    out = []
    for (qid,) in store.db.execute(sql + " ORDER BY node_id", params).fetchall():
        q = store.node(qid)
        rep = _edges(store, "dst=? AND edge_type='reports'", (qid,))
        reporter = rep[0]["src"] if rep else None
        aid = rep[0]["articles"][0] if rep else None
        if under is not None:
            ok = reporter is not None and _in_place(store, reporter, under)
            if not ok and aid:
                ok = any(r[0] in under for r in store.db.execute(
                    "SELECT dst FROM edge_evidence WHERE src=? AND edge_type='mentions' AND dst_type='place'", (f"article:{aid}",)))
            if not ok:
                continue
        out.append({"id": qid, "text": q["text"], "value": q["value"], "unit": q["unit"], "qualifier": q["qualifier"],
                    "subject": q["subject"], "reported_by": _name(store, reporter) if reporter else None,
                    "basis": rep[0].get("basis", []) if rep else [],
                    "sentence": rep[0]["evidence"][0]["sentence"] if rep and rep[0]["evidence"] else None,
                    "sources": _sources(store, [aid] if aid else [])})
    return out


def profile(store: GraphStore, name: str) -> list[dict]:
    """Every node named `name` with all its edges and their evidence."""
    out = []
    for nid in find_nodes(store, name):
        node = store.node(nid)
        if node is None:
            continue
        edges = _edges(store, "src=? AND edge_type != 'mentions'", (nid,)) + _edges(
            store, "dst=? AND edge_type NOT IN ('mentions', 'published_by')", (nid,))
        facts = [
            {"article_id": r[0], "name": r[1], "reason": r[2], "evidence": json.loads(r[3])}
            for r in store.db.execute(
                "SELECT article_id, name, reason, evidence FROM facts WHERE node_id=? ORDER BY article_id", (nid,))
        ]
        out.append({"node": node, "place": place_chain(store, nid),
                    "edges": [{**e, "src_name": _name(store, e["src"]), "dst_name": _name(store, e["dst"])} for e in edges],
                    "facts": facts})
    return out


def _neighbours(db: sqlite3.Connection, nid: str, skips: tuple[str, ...]) -> set[str]:
    out = {r[0] for r in db.execute("SELECT DISTINCT dst FROM edge_evidence WHERE src=?", (nid,))}
    out |= {r[0] for r in db.execute("SELECT DISTINCT src FROM edge_evidence WHERE dst=?", (nid,))}
    return {n for n in out if n.split(":", 1)[0] not in skips}


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
        for n in sorted(front):
            for m in sorted(_neighbours(store.db, n, skips)):
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
        es = _edges(store, "(src=? AND dst=?) OR (src=? AND dst=?)", (x, y, y, x))
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
            "SELECT key, reason FROM key_node WHERE node_id=? ORDER BY key", (nid,))]
        mentions = [{"article_id": r[0], "surface": r[1], "canonical": r[2], "key": r[3], "reason": r[4]}
                    for r in store.db.execute(
                        "SELECT article_id, name, canonical, key, reason FROM facts WHERE node_id=? ORDER BY article_id, key",
                        (nid,))]
        links = [{"a": r[0], "b": r[1], "reason": r[2]} for r in store.db.execute(
            "SELECT DISTINCT l.key_a, l.key_b, l.reason FROM links l JOIN key_node k ON k.node_type=l.node_type "
            "AND k.key=l.key_a WHERE k.node_id=? ORDER BY 1, 2, 3", (nid,))]
        out.append({"node": node, "keys": keys, "links": links, "mentions": mentions,
                    "kept_apart": [n for n in find_nodes(store, node["name"]) if n != nid] if node else []})
    return out
