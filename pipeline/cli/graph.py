"""Graph commands: `shequ query|entity|forget|sheet|export|view`.

Thin layer over `pipeline.graph`: each handler opens the store under --store, calls
one library function and prints a table (or JSON with --json). The commands and the
questions of `shequ query` are tables (`COMMANDS`, `QUESTIONS`) that `register` turns
into subparsers. Only the standard library is imported at module level so
`shequ --help` stays fast: library functions are named here and looked up when run.
"""

from __future__ import annotations

import argparse
import csv
import functools
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..errors import NoStoreError, ShequError, UnknownClippingError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
STORE_NAME = "graph.sqlite"
# Output formats of --format (`--json` is short for `--format json`).
FORMATS = ("table", "csv", "json")
# Rows a query prints unless --limit says otherwise: a table of thousands is not an answer.
DEFAULT_LIMIT = 50

QUERY_EPILOG = """\
examples:
  shequ query communities --model 五社联动
  shequ query communities --model 五社联动 --in 宁夏 --json
  shequ query communities --in 宁夏
  shequ query partners 金鱼社区
  shequ query partners 金鱼社区 --format csv > partners.csv
  shequ query programs --in 宁夏
  shequ query programs --org 金鱼社区
  shequ query people 金鱼社区
  shequ query quantities --subject 志愿者 --in 四川
  shequ query profile 民族巷社区
  shequ query path 李琼 宜宾市酒都义工联合会

--in PLACE covers everything located under PLACE through the gazetteer chain
(宁夏 matches 宁夏回族自治区 and every city, district, street and community under it).
A name, model or place the store does not hold is an error (exit 1) that names the
closest ones; a question about entities it holds may still have no answer ("no results",
exit 0)."""


@dataclass(frozen=True)
class Arg:
    """One command-line argument: `add_argument(*flags, **options)`.

    `entity` says what the value names: node types (() for any type) of an entity the
    store must hold, checked before the question is asked; None for other values.
    """

    flags: tuple[str, ...]
    options: dict = field(default_factory=dict)
    entity: tuple[str, ...] | None = None

    @property
    def positional(self) -> bool:
        return not self.flags[0].startswith("-")

    @property
    def dest(self) -> str:
        return self.options.get("dest") or self.flags[-1].lstrip("-").replace("-", "_")


def arg(*flags: str, entity: tuple[str, ...] | None = None, **options) -> Arg:
    return Arg(flags, options, entity)


def _add_arguments(parser: argparse.ArgumentParser, args: tuple[Arg, ...], *, formats: tuple[str, ...]) -> None:
    """The command's own arguments, then --store (and --format, --json) that every graph command has."""
    for a in args:
        parser.add_argument(*a.flags, **a.options)
    parser.add_argument("--store", type=Path, default=Path("outputs"), metavar="OUT_DIR",
                        help=f"folder holding {STORE_NAME} (default: outputs/)")
    if formats:
        parser.add_argument("--format", choices=formats, default="table",
                            help="output: " + ", ".join(formats) + " (default: table)")
        parser.add_argument("--json", action="store_const", const="json", dest="format", help="short for --format json")


# --- helpers ---------------------------------------------------------------------


def _open(args):
    from ..graph.store import GraphStore

    path = args.store / STORE_NAME
    if not path.is_file():
        raise NoStoreError(path=path, folder=args.store)
    return GraphStore(path)


def _one_line_errors(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Print ShequErrors as one line on stderr with exit 1."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except ShequError as err:
            print(f"shequ: {err}", file=sys.stderr)
            return EXIT_FAILED

    return run


def _check_names(store, args: argparse.Namespace, spec: tuple[Arg, ...]) -> None:
    """Every entity the arguments name is in the store, else E071 with the closest names."""
    from ..graph.queries import require_nodes

    for a in spec:
        value = getattr(args, a.dest, None)
        if a.entity is not None and value:
            require_nodes(store, value, a.entity or None)


def _print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _print_rows(headers: list[str], rows: list[list], fmt: str) -> None:
    """A table (cells clipped to the terminal) or CSV (cells whole) with a header row."""
    if fmt == "csv":
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(headers)
        w.writerows(["" if v is None else v for v in row] for row in rows)
    else:
        from .tables import format_table

        print(format_table(headers, rows))


def _srcs(sources: list[dict]) -> str:
    return "; ".join(f"{s['source'] or '?'}《{s['title']}》" for s in sources)


def _join(values: list) -> str:
    return ", ".join(values)


# --- shequ query QUESTION ----------------------------------------------------------


@dataclass(frozen=True)
class Question:
    """One question of `shequ query`: its arguments, the library function and how to print.

    The function is `graph.queries.<name>`, called with the store, the positional
    arguments in order, the options as keywords and, when `limited`, `limit=`. Its rows
    print as a table (or CSV) of `headers` with `cells(row)` per row, unless `show`
    prints them; JSON is the rows as the function returns them.
    """

    name: str
    help: str
    args: tuple[Arg, ...]
    headers: tuple[str, ...] = ()
    cells: Callable[[dict], list] | None = None
    show: Callable[[object, argparse.Namespace], int] | None = None
    limited: bool = True

    def ask(self, store, args: argparse.Namespace):
        from ..graph import queries

        _check_names(store, args, self.args)
        positional = [getattr(args, a.dest) for a in self.args if a.positional]
        keywords = {a.dest: getattr(args, a.dest) for a in self.args if not a.positional}
        if self.limited:
            keywords["limit"] = args.limit or None
        return getattr(queries, self.name)(store, *positional, **keywords)

    def print_table(self, rows: list[dict], args: argparse.Namespace) -> int:
        if args.format == "json":
            _print_json(rows)
        elif rows:
            _print_rows(list(self.headers), [self.cells(r) for r in rows], args.format)
            if args.limit and len(rows) == args.limit:
                print(f"(first {args.limit} rows, best supported first; --limit 0 shows all)", file=sys.stderr)
        else:
            if args.format == "csv":
                _print_rows(list(self.headers), [], "csv")
            print("no results", file=sys.stderr)
        return EXIT_OK


EDGE_HEADERS = ["from", "edge", "to", "attributes", "articles", "sentence", "article", "start", "end"]


def _edge_rows(edges: list[dict], src: str = "src_name", dst: str = "dst_name") -> list[list]:
    """One row per edge and evidence item (an edge without evidence: one row)."""
    out = []
    for e in edges:
        attrs = ", ".join(str(v) for k in ("relation", "role", "basis") for v in e.get(k, []))
        for ev in e.get("evidence") or [{}]:
            out.append([e[src], e["type"], e[dst], attrs, e["n_articles"], ev.get("sentence"), ev.get("article_id"),
                        ev.get("start"), ev.get("end")])
    return out


def _show_profile(rows: list[dict], args: argparse.Namespace) -> int:
    if args.format == "json":
        _print_json(rows)
    elif args.format == "csv":
        _print_rows(["entity"] + EDGE_HEADERS, [[r["node"]["id"]] + row for r in rows for row in _edge_rows(r["edges"])], "csv")
    else:
        for r in rows:
            _print_profile(r)
    return EXIT_OK


def _print_profile(r: dict) -> None:
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


def _show_path(found: dict | None, args: argparse.Namespace) -> int:
    if args.format == "json":
        _print_json(found)
    elif not found:
        pass
    elif args.format == "csv":
        _print_rows(["step", "from", "edge", "to", "articles"],
                    [[i, e["src"], e["type"], e["dst"], e["n_articles"]]
                     for i, s in enumerate(found["steps"], 1) for e in s["edges"]], "csv")
    else:
        print(" → ".join(f"{n['name']} ({n['type']})" for n in found["nodes"]))
        for s in found["steps"]:
            for e in s["edges"]:
                print(f"  {e['src']} -{e['type']}-> {e['dst']}  · {e['n_articles']} article(s)")
    if not found:
        print(f"no path between {args.a!r} and {args.b!r}", file=sys.stderr)
    return EXIT_OK if found else EXIT_FAILED


ANY = ()  # an entity of any type
UNITS = ("organization", "community")

QUESTIONS = (
    Question(
        "communities", "communities by model and/or place",
        (arg("--model", metavar="MODEL", entity=("model",), help="only communities whose articles name this model (e.g. 五社联动)"),
         arg("--in", dest="place", metavar="PLACE", entity=("place",), help="only communities located under PLACE (e.g. 宁夏)")),
        ("community", "place", "models", "basis", "sources"),
        lambda r: [r["name"], r["place"], _join(r["models"]), _join(r["basis"]), _srcs(r["sources"])]),
    Question(
        "partners", "partners of an entity",
        (arg("name", metavar="NAME", entity=ANY, help="community, organization or program"),),
        ("entity", "partner", "type", "relation", "articles", "sources"),
        lambda r: [r["entity"], r["partner"], r["type"], _join(r["relation"]), r["n_articles"], _srcs(r["sources"])]),
    Question(
        "programs", "programs by place, model or organization",
        (arg("--in", dest="place", metavar="PLACE", entity=("place",),
             help="run by something under PLACE, or in an article naming a place there"),
         arg("--model", metavar="MODEL", entity=("model",), help="run by an adopter of MODEL"),
         arg("--org", metavar="ORG", entity=UNITS, help="run by this organization or community")),
        ("program", "kind", "run by", "sources"),
        lambda r: [r["name"], r["kind"], _join(r["run_by"]), _srcs(r["sources"])]),
    Question(
        "people", "people and roles in an organization or community",
        (arg("org", metavar="ORG", entity=UNITS, help="organization or community"),),
        ("person", "role", "of", "sources"),
        lambda r: [r["person"], _join(r["role"]), r["of"], _srcs(r["sources"])]),
    Question(
        "quantities", "reported numbers by subject and place",
        (arg("--subject", metavar="WORDS", help="subject contains WORDS (e.g. 志愿者)"),
         arg("--in", dest="place", metavar="PLACE", entity=("place",),
             help="reported by something under PLACE, or in an article naming a place there")),
        ("text", "value", "unit", "qualifier", "subject", "reported by", "sources"),
        lambda r: [r["text"], f"{r['value']:g}", r["unit"], r["qualifier"], r["subject"], r["reported_by"], _srcs(r["sources"])]),
    Question(
        "profile", "everything the graph holds on an entity, with evidence",
        (arg("name", metavar="NAME", entity=ANY),), show=_show_profile, limited=False),
    Question(
        "path", "shortest path between two entities",
        (arg("a", metavar="FROM", entity=ANY), arg("b", metavar="TO", entity=ANY)), show=_show_path, limited=False),
)
QUESTION_BY_NAME = {q.name: q for q in QUESTIONS}


@_one_line_errors
def handle_query(args: argparse.Namespace) -> int:
    question = QUESTION_BY_NAME[args.query]
    with _open(args) as store:
        found = question.ask(store, args)
        return question.show(found, args) if question.show else question.print_table(found, args)


def _examples(epilog: str, command: str) -> str:
    """The lines of `epilog` that show `command` (e.g. "query partners")."""
    lines = [ln for ln in epilog.splitlines() if ln.startswith(f"  shequ {command} ")]
    return "examples:\n" + "\n".join(lines)


def _register_query(subparsers) -> None:
    q = subparsers.add_parser(
        "query", help="ask the knowledge graph (communities, partners, programs, people, numbers, paths)",
        description="Answer questions over every clipping in the graph store: a table by default, "
        "CSV or JSON with --format.",
        epilog=QUERY_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    qs = q.add_subparsers(dest="query", metavar="QUESTION", parser_class=type(q))
    qs.required = True
    for question in QUESTIONS:
        p = qs.add_parser(question.name, help=question.help, description=question.help[0].upper() + question.help[1:] + ".",
                          epilog=_examples(QUERY_EPILOG, f"query {question.name}"),
                          formatter_class=argparse.RawDescriptionHelpFormatter)
        _add_arguments(p, question.args, formats=FORMATS)
        if question.limited:
            p.add_argument("--limit", type=int, default=DEFAULT_LIMIT, metavar="N",
                           help=f"at most N rows, best supported first (default: {DEFAULT_LIMIT}; 0: all)")
        p.set_defaults(handler=handle_query)


# --- the other commands ----------------------------------------------------------


@_one_line_errors
def handle_entity(args: argparse.Namespace) -> int:
    from ..graph import queries

    with _open(args) as store:
        queries.require_nodes(store, args.name)
        rows = queries.explain(store, args.name)
    if args.format == "json":
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


@_one_line_errors
def handle_forget(args: argparse.Namespace) -> int:
    with _open(args) as store:
        if not store.contains_clipping(args.clipping):
            raise UnknownClippingError(clipping=args.clipping)
        removed = store.forget(args.clipping)
    if args.format == "json":
        _print_json(removed)
    else:
        print("removed " + ", ".join(f"{v} {k}" for k, v in removed.items()))
    return EXIT_OK


@_one_line_errors
def handle_sheet(args: argparse.Namespace) -> int:
    from ..graph.queries import require_nodes, sheetable_node
    from ..graph.sheet import entity_sheet

    with _open(args) as store:
        if not store.node(args.entity):
            require_nodes(store, args.entity)
        text = entity_sheet(store, sheetable_node(store, args.entity)).model_dump_json(indent=2) + "\n"
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return EXIT_OK


@_one_line_errors
def handle_export(args: argparse.Namespace) -> int:
    from ..graph.export import export_store

    with _open(args) as store:
        written = export_store(store, args.format_name, args.output)
        counts = store.db.execute("SELECT (SELECT count(*) FROM nodes), (SELECT count(*) FROM articles)").fetchone()
    print(f"exported {args.format_name} of {counts[0]} nodes from {counts[1]} articles → "
          + ", ".join(str(p) for p in written), file=sys.stderr)
    return EXIT_OK


@_one_line_errors
def handle_view(args: argparse.Namespace) -> int:
    from ..graph.view import write_view

    with _open(args) as store:
        if args.place:
            _check_names(store, args, (arg("--in", dest="place", entity=("place",)),))
        out = write_view(store, args.output or args.store / "graph.html", title=args.title,
                         place=args.place, max_nodes=args.max_nodes)
    print(f"wrote {out}", file=sys.stderr)
    return EXIT_OK


@_one_line_errors
def handle_stats(args: argparse.Namespace) -> int:
    from ..graph.queries import stats

    with _open(args) as store:
        found = stats(store, top=args.top)
    if args.format == "json":
        _print_json(found)
        return EXIT_OK
    rows = [["store", k, found[k]] for k in ("clippings", "articles", "sources")]
    rows += [["nodes", k, v] for k, v in found["nodes"].items()]
    rows += [["edges", k, v] for k, v in found["edges"].items()]
    rows += [[f"top {kind}", r["name"], r["n_articles"]] for kind in ("communities", "organizations")
             for r in found[f"top_{kind}"]]
    if args.format == "csv":
        _print_rows(["section", "name", "count"], rows, "csv")
        return EXIT_OK
    print(f"{args.store / STORE_NAME}: {found['clippings']} clipping(s), {found['articles']} article(s), "
          f"{found['sources']} source(s)")
    from .tables import format_table

    for section, title in (("nodes", "node type"), ("edges", "edge type")):
        print()
        print(format_table([title, "count"], [[k, v] for k, v in found[section].items()]))
    for kind in ("communities", "organizations"):
        print()
        print(format_table([kind[:-3] + "y" if kind.endswith("ies") else kind[:-1], "articles"],
                           [[r["name"], r["n_articles"]] for r in found[f"top_{kind}"]]))
    return EXIT_OK


@dataclass(frozen=True)
class Command:
    """One graph command besides `query`: its help texts, arguments and handler."""

    name: str
    help: str
    description: str
    epilog: str
    args: tuple[Arg, ...]
    handler: Callable[[argparse.Namespace], int]
    formats: tuple[str, ...] = ("table", "json")


def _export_choices() -> tuple[str, ...]:
    from ..graph.export import FORMATS as EXPORTS  # standard library only: cheap at parser build

    return tuple(f.name for f in EXPORTS)


COMMANDS = (
    Command(
        "entity", "explain which mentions merged into an entity, and why",
        "Show the node(s) a name resolves to: the keys merged into each node and the reason "
        "(gazetteer code, name + street/district, alias linked in an article), every mention "
        "with its article, and same-named nodes kept apart.",
        "examples:\n  shequ entity 九龙街道\n  shequ entity 九龙社工 --json",
        (arg("name", metavar="NAME"),),
        handle_entity),
    Command(
        "forget", "remove one clipping's contributions from the graph store",
        "Delete exactly what CLIPPING contributed: its articles, evidence, edges whose last "
        "evidence it was and nodes left with no mention. Other clippings are untouched.",
        "examples:\n  shequ forget seeds/001_1d0cc6dd0f8373ac.txt --store outputs/",
        (arg("clipping", metavar="CLIPPING", help="clipping file name as processed (e.g. 001_1d0cc6dd0f8373ac.txt)"),),
        handle_forget),
    Command(
        "sheet", "write the aggregated JSON fact sheet of one community, program or organization",
        "Aggregate everything the graph says about ENTITY across all articles (place chain, models, "
        "programs, partners, people, numbers, each with sources and evidence) into JSON that follows "
        "pipeline/schema/entity_sheet.schema.json.",
        "examples:\n  shequ sheet 金鱼社区\n  shequ sheet 金鱼社区 -o sheets/金鱼社区.json\n"
        "  shequ sheet 'community:民族巷社区@640502101'   # a node id when a name is ambiguous",
        (arg("entity", metavar="ENTITY", help="name or node id"),
         arg("-o", "--output", type=Path, metavar="FILE", help="write here (default: stdout; folders are created)")),
        handle_sheet, formats=()),
    Command(
        "export", "export the graph: node-link JSON, GraphML, Neo4j CSV + Cypher, or the facts as CSV/Parquet",
        "Write the whole graph for other tools, each in the format its reader takes with default settings: "
        "node-link JSON (networkx.node_link_graph, D3), GraphML (Gephi, yEd), Neo4j bulk-import CSVs "
        "(neo4j-admin database import headers, with import.sh) plus load.cypher (LOAD CSV … MERGE); or every "
        "fact of the fact sheets with its evidence, one row each (facts-csv for spreadsheets, facts-parquet). "
        "Missing folders in PATH are created.",
        "examples:\n  shequ export graphml -o exports/graph.graphml\n"
        "  shequ export nodelink -o exports/graph.json\n  shequ export neo4j -o exports/neo4j/\n"
        "  shequ export facts-csv -o exports/facts.csv\n  shequ export facts-parquet -o exports/facts.parquet",
        (arg("format_name", choices=_export_choices(), metavar="FORMAT",
             help="one of: " + ", ".join(_export_choices())),
         arg("-o", "--output", required=True, type=Path, metavar="PATH", help="file (folder for neo4j)")),
        handle_export, formats=()),
    Command(
        "view", "write one self-contained offline HTML view of the graph (search, zoom, filters)",
        "Write an HTML file (no network needed; the drawing library is inside it) showing the graph: "
        "search by name, zoom and pan, filter by node type and by place (a place keeps the communities "
        "under it and the organizations, people and programs attached to them), click a node to see its "
        "neighbourhood and the evidence sentences of its facts.",
        "examples:\n  shequ view -o graph.html\n  shequ view --store outputs/ -o outputs/graph.html\n"
        "  shequ view --in 宁夏 -o ningxia.html\n"
        "  (open graph.html#place=place:64&node=<node id>&q=<words> to start filtered, selected or searched)",
        (arg("-o", "--output", type=Path, default=None, metavar="FILE", help="default: OUT_DIR/graph.html"),
         arg("--title", default="shequ graph", help="page title"),
         arg("--in", dest="place", metavar="PLACE", help="draw only what lies under PLACE, with what is attached to it"),
         arg("--max-nodes", type=int, default=1500, metavar="N", help="draw at most N nodes, best supported first (default: 1500)")),
        handle_view, formats=()),
    Command(
        "stats", "summarize a graph store: nodes and edges by type, articles, sources, best-covered entities",
        "Count what the store holds: clippings, articles and sources; nodes by type and edges by type; "
        "and the communities and organizations named in the most articles.",
        "examples:\n  shequ stats\n  shequ stats --store outputs/ --top 5 --json",
        (arg("--top", type=int, default=10, metavar="N", help="list the N best-covered communities and organizations (default: 10)"),),
        handle_stats, formats=FORMATS),
)


def register(subparsers) -> None:
    _register_query(subparsers)
    for command in COMMANDS:
        p = subparsers.add_parser(command.name, help=command.help, description=command.description,
                                  epilog=command.epilog, formatter_class=argparse.RawDescriptionHelpFormatter)
        _add_arguments(p, command.args, formats=command.formats)
        p.set_defaults(handler=command.handler)
