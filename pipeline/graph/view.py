"""`shequ view`: the graph as ONE self-contained offline HTML file.

Drawing, zoom, pan and the force-directed layout (`cose`) are Cytoscape.js (MIT,
vendored in assets/ with its licence: see assets/README.md); assets/view.js only wires
the page to it: search box, type and place filters, the neighbourhood and evidence of
a clicked node, deep links. Both scripts and assets/view.css are inlined; the graph
travels as JSON inside <script type="application/json">.

A place filter keeps what lies under the place and what is attached to it: every node
carries `under`, the place ids it belongs to — a place its own chain, a community the
chain of its place, and an organization, program, person, model or number the places
of the communities (or places) it has an edge with, else those of the organizations and
programs it has an edge with, else the places named in its articles (when they lie in one province).

Article text reaches the page two ways and both are made inert: in HTML it is
`html.escape`d, inside the script element every `<`, `>`, `&` and line separator is
written as a \\u escape, so a sentence containing `</script>` or `<!--` cannot end or
comment out the script element (view.js then shows strings as text only: Cytoscape
labels are drawn on a canvas, the panel uses textContent).
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
# The vendored drawing library and the page's own code, inlined in this order.
SCRIPTS = ("cytoscape.min.js", "view.js")

# Characters that must not appear raw inside a <script> element's JSON.
SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(value) -> str:
    """JSON that is safe as the text of a <script> element (no </script>, <!--, or line separators)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return "".join(SCRIPT_ESCAPES.get(ch, ch) for ch in text)


def _asset(name: str) -> str:
    return resources.files("shequ.graph").joinpath("assets", name).read_text(encoding="utf-8")


# The page draws at most this many nodes by default (the layout runs in the browser).
MAX_NODES = 1500
# Dropped first when a graph is larger than the cap: one node per article or number.
BULK_TYPES = ("article", "quantity", "source")
# Edges that attach a node to the places of what it is joined to (not located_in: that is the chain itself).
ATTACHING = ("partners_with", "runs", "holds_role", "adopts", "reports")


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
        # people holding roles in (and programs run by) the organizations attached above
        for nid in sorted(n for n in ids - core if n.startswith("organization:")):
            ids |= {r[0] for r in db.execute(
                "SELECT DISTINCT src FROM edges WHERE dst=? AND edge_type='holds_role'", (nid,))}
            ids |= {r[0] for r in db.execute(
                "SELECT DISTINCT dst FROM edges WHERE src=? AND edge_type='runs'", (nid,))}
    else:
        ids = {r[0] for r in db.execute("SELECT node_id FROM nodes")}
    support = {}
    for nid in ids:
        row = db.execute("SELECT n_articles, type FROM nodes WHERE node_id=?", (nid,)).fetchone()
        if row:
            support[nid] = (row[1] in BULK_TYPES, -row[0], nid)
    return sorted(support, key=support.get)[:max_nodes]


def place_attachments(g) -> dict[str, list[str]]:
    """Node id → the place ids it belongs to (the `under` of the page), each list sorted.

    `g` is the networkx graph being drawn (mentions edges included). A place and what is
    located in a place belong to the place's chain; anything else (an organization, program,
    person, model or number) to the places of what it is joined to, in the order the module
    docstring gives.
    """
    kind = {n: d.get("type") for n, d in g.nodes(data=True)}
    parents = _place_parents(g, kind)
    under = _located_under(g, kind, parents)
    joined = _joined_nodes(g)
    others = [n for n in sorted(g) if kind[n] not in ("place", "community")]
    _attach_by_places(under, others, joined, kind)
    _attach_by_bodies(under, others, joined, kind)
    _attach_by_articles(g, under, others, kind, parents)
    return {n: sorted(s) for n, s in under.items()}


def _place_parents(g, kind: dict[str, str | None]) -> dict[str, str]:
    """Place id → the place it is located in (the first in edge order when there are several)."""
    parents: dict[str, str] = {}
    for u, v, k in sorted(g.edges(keys=True)):
        if k == "located_in" and kind.get(v) == "place" and kind.get(u) == "place":
            parents.setdefault(u, v)
    return parents


def _place_chain(pid: str, parents: dict[str, str]) -> set[str]:
    """The place and the places it lies in, up to the top (a cycle stops the climb)."""
    out, cur = {pid}, pid
    while cur in parents and parents[cur] not in out:
        cur = parents[cur]
        out.add(cur)
    return out


def _located_under(g, kind: dict[str, str | None], parents: dict[str, str]) -> dict[str, set[str]]:
    """Node id → the chain of a place itself, or of the places a node is located_in (a
    community); empty for everything else."""
    under: dict[str, set[str]] = {n: set() for n in g}
    for n in g:
        if kind[n] == "place":
            under[n] = _place_chain(n, parents)
    for u, v, k in g.edges(keys=True):
        if k == "located_in" and kind[u] != "place" and kind.get(v) == "place":
            under[u] |= _place_chain(v, parents)
    return under


def _joined_nodes(g) -> dict[str, set[str]]:
    """Node id → the nodes an ATTACHING edge joins it to, either way round."""
    joined: dict[str, set[str]] = {n: set() for n in g}
    for u, v, k in g.edges(keys=True):
        if k in ATTACHING:
            joined[u].add(v)
            joined[v].add(u)
    return joined


def _attach_by_places(under, others, joined, kind) -> None:
    """1. A node takes the places of the communities and places it is joined to."""
    for n in others:
        for m in joined[n]:
            if kind[m] in ("place", "community"):
                under[n] |= under[m]


def _attach_by_bodies(under, others, joined, kind) -> None:
    """2. A node still without places takes those step 1 gave the organizations and programs
    it is joined to (a person in an organization attached above); not through models, which
    many places share."""
    first = {n: set(under[n]) for n in others}
    for n in others:
        if not first[n]:
            for m in joined[n]:
                if kind[m] in ("organization", "program"):
                    under[n] |= first[m]


def _mention_neighbours(g) -> dict[str, set[str]]:
    """Node id → the nodes a mentions edge joins it to (an article's nodes, a node's articles)."""
    mentions: dict[str, set[str]] = {}
    for u, v, k in g.edges(keys=True):
        if k == "mentions":
            mentions.setdefault(v, set()).add(u)
            mentions.setdefault(u, set()).add(v)
    return mentions


def _attach_by_articles(g, under, others, kind, parents) -> None:
    """3. A node still without places takes the places named in its articles (an article: in
    itself), from articles whose places stay within one province (a round-up of several
    provinces says nothing about where one of its bodies is)."""
    mentions = _mention_neighbours(g)
    tops = {p: {q for q in under[p] if q not in parents} for p in g if kind[p] == "place"}
    for n in others:
        if under[n]:
            continue
        articles = mentions.get(n, set()) if kind[n] != "article" else {n}
        for a in articles:
            named = [p for p in mentions.get(a, set()) if kind.get(p) == "place"]
            if len(set().union(*(tops[p] for p in named))) == 1:
                for p in named:
                    under[n] |= under[p]


def view_data(store: GraphStore, *, place: str | None = None, max_nodes: int = MAX_NODES, max_evidence: int = 3) -> dict:
    """Nodes, edges and filter lists for the page (mentions edges are left out: the panel lists sources)."""
    g = store.to_networkx(choose_nodes(store, place=place, max_nodes=max_nodes))
    articles = {r[0]: (r[1], r[2]) for r in store.db.execute("SELECT article_id, title, source FROM articles")}
    under = place_attachments(g)
    parents = {u: v for u, v, k in sorted(g.edges(keys=True), reverse=True)
               if k == "located_in" and g.nodes[v].get("type") == "place"}
    nodes = []
    for nid, d in sorted(g.nodes(data=True)):
        nodes.append({"id": nid, "type": d["type"], "name": d["name"], "n": d.get("n_articles", 1),
                      "aliases": d.get("aliases", []), "under": under[nid], "chain": _chain_names(g, parents, nid)})
    edges = [_edge_row(u, v, k, d, articles, max_evidence)
             for u, v, k, d in sorted(g.edges(keys=True, data=True)) if k != "mentions"]
    places = sorted((n for n in nodes if n["type"] == "place"), key=lambda n: n["chain"])
    return {"nodes": nodes, "edges": edges, "colors": COLORS, "types": list(COLORS), "default_types": list(DEFAULT_TYPES),
            "places": [{"id": p["id"], "label": "　" * (len(p["chain"]) - 1) + p["name"]} for p in places]}


def _chain_names(g, parents: dict[str, str], nid: str) -> list[str]:
    """Names from the province down to the node's nearest place (a place: itself included)."""
    out, cur, seen = [], nid, set()
    if g.nodes[nid].get("type") == "place":
        out.append(g.nodes[nid]["name"])
    while cur in parents and cur not in seen:
        seen.add(cur)
        cur = parents[cur]
        out.append(g.nodes[cur]["name"])
    return out[::-1]


def _edge_row(u: str, v: str, k: str, d: dict, articles: dict[str, tuple[str, str]], max_evidence: int) -> dict:
    """One edge of the page: its ends, type, support, attributes and first evidence sentences
    with their sources (title · outlet · clipping)."""
    attrs = ", ".join(str(x) for key in ("relation", "role", "basis") for x in d.get(key, []))
    ev = [{"sentence": e.get("sentence") or "",
           "source": " · ".join(x for x in (*articles.get(e["article_id"], ("", "")), e.get("clipping") or "") if x)}
          for e in d.get("evidence", [])[:max_evidence]]
    return {"s": u, "t": v, "type": k, "n": d.get("n_articles", 1), "attrs": attrs, "ev": ev}


def render_html(data: dict, *, title: str = "shequ graph") -> str:
    scripts = "".join(f"<script>{_asset(name)}</script>\n" for name in SCRIPTS)
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{html.escape(title)}</title>
<style>{_asset("view.css")}</style></head>
<body>
<div id="side">
<h1>{html.escape(title)}</h1>
<input id="search" type="search" placeholder="Search names (金鱼社区, 五社联动 …)" autocomplete="off">
<div id="hits"></div>
<div id="count"></div>
<h2>Place</h2><select id="place"><option value="">(all places)</option></select>
<h2>Node types</h2><div id="types" class="types"></div>
<div id="facts"><p>Click a node to see its neighbours and the evidence sentences of its facts.
Scroll to zoom, drag the background to pan.</p></div>
</div>
<div id="main"><div id="cy"></div>
<div id="tools"><button id="fit" type="button" title="Show everything">fit</button>
<button id="clear" type="button" title="Clear search and selection">clear</button></div></div>
<script id="graph-data" type="application/json">{script_json(data)}</script>
{scripts}</body></html>
"""


def write_view(store: GraphStore, path: Path, *, title: str = "shequ graph", place: str | None = None,
               max_nodes: int = MAX_NODES) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(view_data(store, place=place, max_nodes=max_nodes), title=title), encoding="utf-8")
    return path
