"""`shequ view`: the graph as ONE self-contained offline HTML file.

The renderer (assets/view.js, assets/view.css) is inlined; the graph travels as JSON
inside <script type="application/json">. Article text reaches the page two ways and
both are made inert: in HTML it is `html.escape`d, inside the script element every
`<`, `>`, `&` and line separator is written as a \\u escape, so a sentence containing
`</script>` or `<!--` cannot end or comment out the script element (the renderer then
inserts strings with textContent only).
"""

from __future__ import annotations

import html
import json
from importlib import resources
from pathlib import Path

from .store import GraphStore

# One colour per node type (colour-blind-safe Okabe–Ito palette plus greys).
COLORS = {"place": "#56B4E9", "community": "#009E73", "organization": "#E69F00", "program": "#CC79A7",
          "model": "#D55E00", "person": "#F0E442", "quantity": "#999999", "article": "#0072B2", "source": "#444444"}
# Shown when the page opens; the rest can be switched on in the panel.
DEFAULT_TYPES = ("place", "community", "organization", "program", "model", "person")

# Characters that must not appear raw inside a <script> element's JSON.
SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(value) -> str:
    """JSON that is safe as the text of a <script> element (no </script>, <!--, or line separators)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return "".join(SCRIPT_ESCAPES.get(ch, ch) for ch in text)


def _asset(name: str) -> str:
    return resources.files("shequ.graph").joinpath("assets", name).read_text(encoding="utf-8")


# The page draws at most this many nodes by default (the layout is O(n²) in the browser).
MAX_NODES = 1500
# Dropped first when a graph is larger than the cap: one node per article or number.
BULK_TYPES = ("article", "quantity", "source")


def choose_nodes(store: GraphStore, *, place: str | None = None, max_nodes: int = MAX_NODES) -> list[str] | None:
    """Node ids to draw: those under `place` (and their neighbours), best supported first, at most `max_nodes`.

    None means "everything" (the whole graph fits under the cap).
    """
    from .queries import located_under, places_under

    db = store.db
    if place is None and db.execute("SELECT count(*) FROM nodes").fetchone()[0] <= max_nodes:
        return None
    if place is not None:
        under = places_under(store, place)
        core = under | located_under(store, under, "community")
        ids = set(core)
        for nid in sorted(core):
            ids |= {r[0] for r in db.execute("SELECT DISTINCT dst FROM edge_evidence WHERE src=? AND edge_type != 'located_in'", (nid,))}
            ids |= {r[0] for r in db.execute("SELECT DISTINCT src FROM edge_evidence WHERE dst=? AND edge_type != 'located_in'", (nid,))}
    else:
        ids = {r[0] for r in db.execute("SELECT node_id FROM nodes")}
    support = {}
    for nid in ids:
        row = db.execute("SELECT n_articles, type FROM nodes WHERE node_id=?", (nid,)).fetchone()
        if row:
            support[nid] = (row[1] in BULK_TYPES, -row[0], nid)
    return sorted(support, key=support.get)[:max_nodes]


def view_data(store: GraphStore, *, place: str | None = None, max_nodes: int = MAX_NODES, max_evidence: int = 3) -> dict:
    """Nodes, edges and filter lists for the page (mentions edges are left out: the panel lists sources)."""
    g = store.to_networkx(choose_nodes(store, place=place, max_nodes=max_nodes))
    articles = {r[0]: (r[1], r[2]) for r in store.db.execute("SELECT article_id, title, source FROM articles")}
    parents = {u: v for u, v, k in sorted(g.edges(keys=True)) if k == "located_in" and g.nodes[v].get("type") == "place"}

    def under(nid: str) -> list[str]:
        out, cur, seen = [], nid, set()
        if g.nodes[nid].get("type") == "place":
            out.append(nid)
        while cur in parents and cur not in seen:
            seen.add(cur)
            cur = parents[cur]
            out.append(cur)
        return out

    nodes = []
    for nid, d in sorted(g.nodes(data=True)):
        nodes.append({"id": nid, "type": d["type"], "name": d["name"], "under": under(nid),
                      "chain": [g.nodes[p]["name"] for p in reversed(under(nid))]})
    edges = []
    for u, v, k, d in sorted(g.edges(keys=True, data=True)):
        if k == "mentions":
            continue
        attrs = ", ".join(str(x) for key in ("relation", "role", "basis") for x in d.get(key, []))
        ev = [{"sentence": e.get("sentence") or "",
               "source": " · ".join(x for x in (*articles.get(e["article_id"], ("", "")), e.get("clipping") or "") if x)}
              for e in d.get("evidence", [])[:max_evidence]]
        edges.append({"s": u, "t": v, "type": k, "n": d.get("n_articles", 1), "attrs": attrs, "ev": ev})
    places = sorted((n for n in nodes if n["type"] == "place"), key=lambda n: n["chain"])
    return {"nodes": nodes, "edges": edges, "colors": COLORS, "types": list(COLORS), "default_types": list(DEFAULT_TYPES),
            "places": [{"id": p["id"], "label": "　" * (len(p["chain"]) - 1) + p["name"]} for p in places]}


def render_html(data: dict, *, title: str = "shequ graph") -> str:
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>{_asset("view.css")}</style></head>
<body>
<div id="side">
<h1>{html.escape(title)}</h1>
<div id="count"></div>
<h2>Node types</h2><div id="types" class="types"></div>
<h2>Place</h2><select id="place"><option value="">(all places)</option></select>
<div id="facts"><p>Click a node to list its facts with their evidence sentences.</p></div>
</div>
<div id="main"><svg id="canvas" xmlns="http://www.w3.org/2000/svg"></svg></div>
<script id="graph-data" type="application/json">{script_json(data)}</script>
<script>{_asset("view.js")}</script>
</body></html>
"""


def write_view(store: GraphStore, path: Path, *, title: str = "shequ graph", place: str | None = None,
               max_nodes: int = MAX_NODES) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(view_data(store, place=place, max_nodes=max_nodes), title=title), encoding="utf-8")
    return path
