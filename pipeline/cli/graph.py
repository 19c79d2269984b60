"""Graph commands: `shequ query|entity|forget|sheet|export|view`.

Thin layer over `pipeline.graph`: each handler opens the store under --store, calls
one library function and prints a table (or JSON with --json). Only the standard
library is imported at module level so `shequ --help` stays fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
STORE_NAME = "graph.sqlite"
# Rows a query prints unless --limit says otherwise: a table of thousands is not an answer.
DEFAULT_LIMIT = 50

QUERY_EPILOG = """\
examples:
  shequ query communities --model 五社联动
  shequ query communities --model 五社联动 --in 宁夏 --json
  shequ query communities --in 宁夏
  shequ query partners 金鱼社区
  shequ query programs --in 北京 --model 五社联动
  shequ query programs --org 乔司社会组织服务中心
  shequ query people 金鱼社区
  shequ query quantities --subject 志愿者 --in 四川
  shequ query profile 民族巷社区
  shequ query path 李琼 宜宾市酒都义工联合会

--in PLACE covers everything located under PLACE through the gazetteer chain
(宁夏 matches 宁夏回族自治区 and every city, district, street and community under it)."""


def _examples(question: str) -> str:
    """The lines of QUERY_EPILOG that show `question`."""
    lines = [ln for ln in QUERY_EPILOG.splitlines() if ln.startswith(f"  shequ query {question} ")]
    return "examples:\n" + "\n".join(lines)


def _common(parser: argparse.ArgumentParser, *, json_flag: bool = True) -> None:
    parser.add_argument("--store", type=Path, default=Path("outputs"), metavar="OUT_DIR",
                        help=f"folder holding {STORE_NAME} (default: outputs/)")
    if json_flag:
        parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def _sub(subparsers, name: str, help_: str, description: str, epilog: str) -> argparse.ArgumentParser:
    return subparsers.add_parser(name, help=help_, description=description, epilog=epilog,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)


def register(subparsers) -> None:
    q = _sub(subparsers, "query", "ask the knowledge graph (communities, partners, programs, people, numbers, paths)",
             "Answer questions over every clipping in the graph store. Tables by default, --json for machines.",
             QUERY_EPILOG)
    qs = q.add_subparsers(dest="query", metavar="QUESTION", parser_class=type(q))
    qs.required = True
    p = qs.add_parser("communities", help="communities by model and/or place", epilog=_examples("communities"),
                      formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", metavar="MODEL", help="only communities whose articles name this model (e.g. 五社联动)")
    p.add_argument("--in", dest="place", metavar="PLACE", help="only communities located under PLACE (e.g. 宁夏)")
    p = qs.add_parser("partners", help="partners of an entity", epilog=_examples("partners"),
                      formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("name", metavar="NAME", help="community, organization or program")
    p = qs.add_parser("programs", help="programs by place, model or organization", epilog=_examples("programs"),
                      formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--in", dest="place", metavar="PLACE", help="run by something under PLACE, or in an article naming a place there")
    p.add_argument("--model", metavar="MODEL", help="run by an adopter of MODEL")
    p.add_argument("--org", metavar="ORG", help="run by this organization or community")
    p = qs.add_parser("people", help="people and roles in an organization or community", epilog=_examples("people"),
                      formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("org", metavar="ORG", help="organization or community")
    p = qs.add_parser("quantities", help="reported numbers by subject and place", epilog=_examples("quantities"),
                      formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--subject", metavar="WORDS", help="subject contains WORDS (e.g. 志愿者)")
    p.add_argument("--in", dest="place", metavar="PLACE", help="reported by something under PLACE, or in an article naming a place there")
    p = qs.add_parser("profile", help="everything the graph holds on an entity, with evidence", epilog=_examples("profile"),
                      formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("name", metavar="NAME")
    p = qs.add_parser("path", help="shortest path between two entities", epilog=_examples("path"),
                      formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("a", metavar="FROM")
    p.add_argument("b", metavar="TO")
    for name, sp in qs.choices.items():
        _common(sp)
        sp.add_argument("--limit", type=int, default=DEFAULT_LIMIT, metavar="N",
                        help=f"at most N rows, best supported first (default: {DEFAULT_LIMIT}; 0: all)")
        sp.set_defaults(handler=handle_query)

    p = _sub(subparsers, "entity", "explain which mentions merged into an entity, and why",
             "Show the node(s) a name resolves to: the keys merged into each node and the reason "
             "(gazetteer code, name + street/district, alias linked in an article), every mention "
             "with its article, and same-named nodes kept apart.",
             "examples:\n  shequ entity 九龙街道\n  shequ entity 九龙社工 --json")
    p.add_argument("name", metavar="NAME")
    _common(p)
    p.set_defaults(handler=handle_entity)

    p = _sub(subparsers, "forget", "remove one clipping's contributions from the graph store",
             "Delete exactly what CLIPPING contributed: its articles, evidence, edges whose last "
             "evidence it was and nodes left with no mention. Other clippings are untouched.",
             "examples:\n  shequ forget 001_1d0cc6dd0f8373ac.txt --store outputs/")
    p.add_argument("clipping", metavar="CLIPPING", help="clipping file name as processed (e.g. 001_1d0cc6dd0f8373ac.txt)")
    _common(p)
    p.set_defaults(handler=handle_forget)

    p = _sub(subparsers, "sheet", "write the aggregated JSON fact sheet of one community, program or organization",
             "Aggregate everything the graph says about ENTITY across all articles (place chain, models, "
             "programs, partners, people, numbers, each with sources and evidence) into JSON that follows "
             "pipeline/schema/entity_sheet.schema.json.",
             "examples:\n  shequ sheet 金鱼社区\n  shequ sheet 金鱼社区 -o 金鱼社区.json\n"
             "  shequ sheet 'community:民族巷社区@640502100'   # a node id when a name is ambiguous")
    p.add_argument("entity", metavar="ENTITY", help="name or node id")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here (default: stdout)")
    _common(p, json_flag=False)
    p.set_defaults(handler=handle_sheet)

    p = _sub(subparsers, "export", "export the graph: node-link JSON, GraphML, or Neo4j CSV + Cypher",
             "Write the whole graph for other tools: node-link JSON (networkx/D3), GraphML (Gephi, yEd), "
             "or Neo4j bulk-import CSV (nodes.csv, edges.csv) plus load.cypher (LOAD CSV … MERGE).",
             "examples:\n  shequ export graphml -o graph.graphml\n"
             "  shequ export nodelink -o graph.json\n  shequ export neo4j -o neo4j/")
    p.add_argument("format", choices=("nodelink", "graphml", "neo4j"), help="nodelink (JSON), graphml, or neo4j (CSV + Cypher)")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="PATH", help="file (folder for neo4j)")
    _common(p, json_flag=False)
    p.set_defaults(handler=handle_export)

    p = _sub(subparsers, "view", "write one self-contained offline HTML picture of the graph",
             "Write an HTML file (no network needed) drawing the graph; filter by node type and place, "
             "click a node to list its facts with evidence sentences.",
             "examples:\n  shequ view -o graph.html\n  shequ view --store outputs/ -o outputs/graph.html\n"
             "  shequ view --in 宁夏 -o ningxia.html\n"
             "  (open graph.html#place=place:64&node=<node id> to start filtered, with a node selected)")
    p.add_argument("-o", "--output", type=Path, default=None, metavar="FILE", help="default: OUT_DIR/graph.html")
    p.add_argument("--title", default="shequ graph", help="page title")
    p.add_argument("--in", dest="place", metavar="PLACE", help="draw only what lies under PLACE, with its neighbours")
    p.add_argument("--max-nodes", type=int, default=1500, metavar="N",
                   help="draw at most N nodes, best supported first (default: 1500)")
    _common(p, json_flag=False)
    p.set_defaults(handler=handle_view)


# --- helpers ---------------------------------------------------------------------


def _open(args):
    from ..errors import NoStoreError
    from ..graph.store import GraphStore

    path = args.store / STORE_NAME
    if not path.is_file():
        raise NoStoreError(path=path, folder=args.store)
    return GraphStore(path)


def _run(fn):
    """Print ShequErrors as one line on stderr with exit 1."""
    from ..errors import ShequError

    try:
        return fn()
    except ShequError as err:
        print(f"shequ: {err}", file=sys.stderr)
        return EXIT_FAILED


def _print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _srcs(sources: list[dict]) -> str:
    return "; ".join(f"{s['source'] or '?'}《{s['title']}》" for s in sources)


# --- handlers ---------------------------------------------------------------------


def handle_query(args: argparse.Namespace) -> int:
    return _run(lambda: _query(args))


def _query(args) -> int:
    from ..graph import queries
    from .tables import format_table

    with _open(args) as store:
        kind = args.query
        if kind == "communities":
            rows = queries.communities(store, model=args.model, place=args.place, limit=args.limit or None)
            table = ["community", "place", "models", "basis", "sources"], [
                [r["name"], r["place"], ", ".join(r["models"]), ", ".join(r["basis"]), _srcs(r["sources"])] for r in rows]
        elif kind == "partners":
            rows = queries.partners(store, args.name, limit=args.limit or None)
            table = ["entity", "partner", "type", "relation", "articles", "sources"], [
                [r["entity"], r["partner"], r["type"], ", ".join(r["relation"]), r["n_articles"], _srcs(r["sources"])] for r in rows]
        elif kind == "programs":
            rows = queries.programs(store, place=args.place, model=args.model, org=args.org, limit=args.limit or None)
            table = ["program", "kind", "run by", "sources"], [
                [r["name"], r["kind"], ", ".join(r["run_by"]), _srcs(r["sources"])] for r in rows]
        elif kind == "people":
            rows = queries.people(store, args.org, limit=args.limit or None)
            table = ["person", "role", "of", "sources"], [
                [r["person"], ", ".join(r["role"]), r["of"], _srcs(r["sources"])] for r in rows]
        elif kind == "quantities":
            rows = queries.quantities(store, subject=args.subject, place=args.place, limit=args.limit or None)
            table = ["text", "value", "unit", "qualifier", "subject", "reported by", "sources"], [
                [r["text"], f"{r['value']:g}", r["unit"], r["qualifier"], r["subject"], r["reported_by"], _srcs(r["sources"])]
                for r in rows]
        elif kind == "profile":
            rows = queries.profile(store, args.name)
            if args.json:
                _print_json(rows)
                return EXIT_OK if rows else EXIT_FAILED
            for r in rows:
                n = r["node"]
                print(f"{n['name']}  [{n['id']}]  {n['n_articles']} article(s)")
                if r["place"]:
                    print("  place: " + " / ".join(r["place"]))
                if n["aliases"]:
                    print("  aliases: " + ", ".join(n["aliases"]))
                for e in r["edges"]:
                    extra = ", ".join(str(v) for k in ("relation", "role", "basis") for v in e.get(k, []))
                    print(f"  {e['src_name']} -{e['type']}-> {e['dst_name']}" + (f" ({extra})" if extra else "")
                          + f"  · {e['n_articles']} article(s)")
                    for ev in e["evidence"][:3]:
                        print(f"      “{ev['sentence']}”  [{ev['article_id']} {ev['start']}:{ev['end']}]")
            if not rows:
                print(f"no entity named {args.name!r}", file=sys.stderr)
            return EXIT_OK if rows else EXIT_FAILED
        else:  # path
            found = queries.path(store, args.a, args.b)
            if args.json:
                _print_json(found)
            elif found:
                print(" → ".join(f"{n['name']} ({n['type']})" for n in found["nodes"]))
                for s in found["steps"]:
                    for e in s["edges"]:
                        print(f"  {e['src']} -{e['type']}-> {e['dst']}  · {e['n_articles']} article(s)")
            else:
                print(f"no path between {args.a!r} and {args.b!r}", file=sys.stderr)
            return EXIT_OK if found else EXIT_FAILED
        if args.json:
            _print_json(rows)
        elif rows:
            print(format_table(*table))
            if args.limit and len(rows) == args.limit:
                print(f"(first {args.limit} rows, best supported first; --limit 0 shows all)", file=sys.stderr)
        else:
            print("no results", file=sys.stderr)
        return EXIT_OK


def handle_entity(args: argparse.Namespace) -> int:
    def go() -> int:
        from ..graph import queries
        from ..errors import EntityNotFoundError

        with _open(args) as store:
            rows = queries.explain(store, args.name)
        if not rows:
            raise EntityNotFoundError(name=args.name)
        if args.json:
            _print_json(rows)
            return EXIT_OK
        for r in rows:
            n = r["node"]
            print(f"{n['name']}  [{n['id']}]  {len(r['mentions'])} mention(s) in {n['n_articles']} article(s)")
            for k in r["keys"]:
                print(f"  key {k['key']}: {k['reason']}")
            for m in r["mentions"]:
                print(f"  mention {m['surface']!s} in {m['article_id']}: {m['reason']}")
            for other in r["kept_apart"]:
                print(f"  kept apart from {other} (same name, different key)")
        return EXIT_OK

    return _run(go)


def handle_forget(args: argparse.Namespace) -> int:
    def go() -> int:
        from ..errors import UnknownClippingError

        with _open(args) as store:
            if not store.db.execute("SELECT 1 FROM clippings WHERE clipping=?", (args.clipping,)).fetchone():
                raise UnknownClippingError(clipping=args.clipping)
            removed = store.forget(args.clipping)
        if args.json:
            _print_json(removed)
        else:
            print("removed " + ", ".join(f"{v} {k}" for k, v in removed.items()))
        return EXIT_OK

    return _run(go)


def _one_node(store, name: str) -> str:
    from ..graph import queries
    from ..errors import AmbiguousEntityError, EntityNotFoundError, NotSheetableError
    from ..graph.sheet import SHEET_TYPES

    if store.node(name):
        return name
    found = queries.find_nodes(store, name)
    if not found:
        raise EntityNotFoundError(name=name)
    if not any(n.split(":", 1)[0] in SHEET_TYPES for n in found):
        raise NotSheetableError(nid=found[0], node_type=found[0].split(":", 1)[0])
    found = [n for n in found if n.split(":", 1)[0] in SHEET_TYPES]
    if len(found) > 1:
        raise AmbiguousEntityError(name=name, count=len(found), ids=", ".join(found))
    return found[0]


def handle_sheet(args: argparse.Namespace) -> int:
    def go() -> int:
        from ..errors import NotSheetableError
        from ..graph.sheet import SHEET_TYPES, entity_sheet

        with _open(args) as store:
            nid = _one_node(store, args.entity)
            node_type = nid.split(":", 1)[0]
            if node_type not in SHEET_TYPES:
                raise NotSheetableError(nid=nid, node_type=node_type)
            text = entity_sheet(store, nid).model_dump_json(indent=2) + "\n"
        if args.output:
            args.output.parent.mkdir(parents=True, exist_ok=True)
            args.output.write_text(text, encoding="utf-8")
            print(f"wrote {args.output}", file=sys.stderr)
        else:
            sys.stdout.write(text)
        return EXIT_OK

    return _run(go)


def handle_export(args: argparse.Namespace) -> int:
    def go() -> int:
        from ..graph import export

        with _open(args) as store:
            graph = store.to_networkx()
        if args.format == "nodelink":
            export.write_node_link(graph, args.output)
            written = [args.output]
        elif args.format == "graphml":
            export.write_graphml(graph, args.output)
            written = [args.output]
        else:
            written = export.write_neo4j(graph, args.output)
        print(f"exported {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges → "
              + ", ".join(str(p) for p in written), file=sys.stderr)
        return EXIT_OK

    return _run(go)


def handle_view(args: argparse.Namespace) -> int:
    def go() -> int:
        from ..graph.view import write_view

        with _open(args) as store:
            out = write_view(store, args.output or args.store / "graph.html", title=args.title,
                             place=args.place, max_nodes=args.max_nodes)
        print(f"wrote {out}", file=sys.stderr)
        return EXIT_OK

    return _run(go)
