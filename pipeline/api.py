"""The Python API: clipping text in, fact sheets out; the graph store as an object; tables as DataFrames.

    import shequ

    sheets = shequ.extract(text)              # one call: clipping text → list[FactSheet]
    facts = shequ.facts_frame(sheets)         # one row per fact, with its evidence (pandas)

    graph = shequ.open_graph("outputs/")      # the store `shequ run --out outputs/` wrote
    graph.communities(model="五社联动", place="宁夏")
    graph.nodes_frame(), graph.edges_frame()  # the merged graph as two DataFrames

Everything the command line answers is a method of `Graph`, returning the same rows
(lists of dicts) that `shequ query … --format json` prints. pandas is an optional
extra (`pip install 'shequ[frames]'`); the DataFrame functions raise
`MissingExtraError` (E042) without it. Nothing heavy is imported until it is used:
`import shequ` stays fast.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from .errors import MissingExtraError, NoStoreError

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from .graph.sheet import EntitySheet
    from .schema import FactSheet

STORE_NAME = "graph.sqlite"


def extract(text: str, *, clipping: str = "clipping.txt",
            options: Mapping[str, Mapping[str, Any]] | None = None) -> list["FactSheet"]:
    """Fact sheets (one per article) of one clipping's decoded text.

    `clipping` is the file name recorded in the sheets (it seeds the article ids);
    `options` sets component options, e.g. `{"partnerships": {"max_gap": 10}}`.
    Evidence offsets index `text` itself: `text[e.start:e.end] == e.raw_slice`. Facts that
    failed validation are not in the sheets; each is reported as a Python warning.
    Raises `NoArticleError` (E021) when the text holds no article body.
    """
    from .clipping import default_pipeline, process_clipping

    result = process_clipping(text, clipping, default_pipeline(options))
    for message in result.warnings:
        warnings.warn(f"{clipping}: {message}", stacklevel=2)
    return result.sheets


def extract_file(path: str | Path, *, options: Mapping[str, Mapping[str, Any]] | None = None) -> list["FactSheet"]:
    """`extract` on a clipping file, decoded as `shequ run` decodes it (UTF-8, UTF-16, GB18030)."""
    from .reading import read_text

    path = Path(path)
    return extract(read_text(path), clipping=path.name, options=options)


def _pandas():
    try:
        import pandas
    except ImportError:
        raise MissingExtraError(feature="DataFrames", package="pandas", extra="frames") from None
    return pandas


def facts_frame(sheets: "Iterable[FactSheet | dict] | str | Path") -> "pandas.DataFrame":
    """One row per fact, with its evidence: `start`, `end` (offsets in the raw clipping),
    `raw` (the slice itself), `sentence`, and `n_evidence` (how many places say it).

    `sheets` is what `extract` returned, or a folder: a `shequ run` output folder (its
    factsheets/ are read). Columns: clipping, article_id, title, source, date, fact_type,
    index, name, then every field of every fact type (empty where a type has none), then
    the evidence columns — the same table as `shequ export facts-csv`.
    """
    from .graph.export import fact_columns, fact_rows, read_sheets

    pd = _pandas()
    if isinstance(sheets, (str, Path)):
        sheets = read_sheets(Path(sheets))
    return _frame(pd, fact_rows(sheets), fact_columns())


def _frame(pd, rows: list[dict], columns: Mapping[str, str]) -> "pandas.DataFrame":
    frame = pd.DataFrame.from_records(rows, columns=list(columns))
    for column, kind in columns.items():
        if kind == "int" and not frame[column].isna().any():
            frame[column] = frame[column].astype("int64")
        elif kind == "float":
            frame[column] = frame[column].astype("float64")
    return frame


def open_graph(path: str | Path = "outputs") -> "Graph":
    """The graph store in `path`: a `shequ run` output folder, or the graph.sqlite file itself."""
    return Graph(path)


class Graph:
    """A graph store opened for questions: the functions behind `shequ query`, `entity`,
    `sheet`, `export`, `view` and `stats`, as methods.

    Names are matched as the command line matches them (exact name, alias or official
    name; places also by prefix). Use it as a context manager, or call `close()`.
    """

    def __init__(self, path: str | Path = "outputs") -> None:
        from .graph.store import GraphStore

        path = Path(path)
        file = path if path.suffix == ".sqlite" else path / STORE_NAME
        if not file.is_file():
            raise NoStoreError(path=file, folder=file.parent)
        self.file = file
        self.store = GraphStore(file)

    def __enter__(self) -> "Graph":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def __repr__(self) -> str:
        return f"<shequ.Graph {self.file}>"

    # --- the questions of `shequ query` ---------------------------------------------

    def communities(self, *, model: str | None = None, place: str | None = None, limit: int | None = None) -> list[dict]:
        """Communities adopting `model` and/or located under `place` (宁夏 covers everything in 宁夏回族自治区)."""
        from .graph import queries

        return queries.communities(self.store, model=model, place=place, limit=limit)

    def partners(self, name: str, *, limit: int | None = None) -> list[dict]:
        """Partners of the entity named `name` (partners_with, either direction), best supported first."""
        from .graph import queries

        return queries.partners(self.store, name, limit=limit)

    def programs(self, *, place: str | None = None, model: str | None = None, org: str | None = None,
                 limit: int | None = None) -> list[dict]:
        """Programs run under `place`, by adopters of `model`, or by the organization/community `org`."""
        from .graph import queries

        return queries.programs(self.store, place=place, model=model, org=org, limit=limit)

    def people(self, org: str, *, limit: int | None = None) -> list[dict]:
        """People holding a role in the organization or community `org`."""
        from .graph import queries

        return queries.people(self.store, org, limit=limit)

    def quantities(self, *, subject: str | None = None, place: str | None = None, limit: int | None = None) -> list[dict]:
        """Reported numbers whose subject contains `subject`, reported under `place`."""
        from .graph import queries

        return queries.quantities(self.store, subject=subject, place=place, limit=limit)

    def profile(self, name: str) -> list[dict]:
        """Everything the graph holds on each node named `name`: edges with evidence, mentions."""
        from .graph import queries

        return queries.profile(self.store, name)

    def path(self, a: str, b: str, *, max_depth: int = 8) -> dict | None:
        """A shortest path between the entities named `a` and `b` (None when there is none)."""
        from .graph import queries

        return queries.path(self.store, a, b, max_depth=max_depth)

    # --- entities -------------------------------------------------------------------

    def find(self, name: str, types: tuple[str, ...] | None = None) -> list[str]:
        """Node ids named `name`; `EntityNotFoundError` (E071, with the closest names) when none."""
        from .graph import queries

        return queries.require_nodes(self.store, name, types)

    def suggest(self, name: str, limit: int = 3) -> list[str]:
        """The names in the store closest to `name` (what "did you mean" offers)."""
        from .graph import queries

        return queries.suggest(self.store, name, limit=limit)

    def explain(self, name: str) -> list[dict]:
        """Why the mentions of `name` became the node(s) they are (`shequ entity`)."""
        from .graph import queries

        self.find(name)
        return queries.explain(self.store, name)

    def node(self, node_id: str) -> dict | None:
        return self.store.node(node_id)

    def sheet(self, name: str) -> "EntitySheet":
        """The aggregated sheet of one community, program or organization (`shequ sheet`);
        `.model_dump(mode="json")` gives the JSON of pipeline/schema/entity_sheet.schema.json."""
        from .graph.queries import sheetable_node
        from .graph.sheet import entity_sheet

        return entity_sheet(self.store, sheetable_node(self.store, name))

    def stats(self, *, top: int = 10) -> dict:
        """Nodes and edges by type, clippings, articles, sources, best-covered communities and organizations."""
        from .graph import queries

        return queries.stats(self.store, top=top)

    # --- whole-graph outputs ----------------------------------------------------------

    def networkx(self, *, evidence: bool = True):
        """The whole graph as a networkx MultiDiGraph (edge key = edge type)."""
        return self.store.to_networkx(evidence=evidence)

    def export(self, format: str, path: str | Path) -> list[Path]:
        """Write an export (`nodelink`, `graphml`, `neo4j`, `facts-csv`, `facts-parquet`); returns the files."""
        from .graph.export import export_store

        return export_store(self.store, format, Path(path))

    def view(self, path: str | Path, *, title: str = "shequ graph", place: str | None = None) -> Path:
        """Write the self-contained HTML view (`shequ view`)."""
        from .graph.view import write_view

        return write_view(self.store, Path(path), title=title, place=place)

    def nodes_frame(self) -> "pandas.DataFrame":
        """One row per node: id, type, name, n_articles, aliases (a list), then the types' attributes."""
        pd = _pandas()
        nodes = self.store.nodes()
        first = ["id", "type", "name", "n_articles", "aliases"]
        rest = sorted({k for n in nodes for k in n} - set(first))
        return pd.DataFrame.from_records(nodes, columns=first + rest)

    def edges_frame(self, *, evidence: bool = False) -> "pandas.DataFrame":
        """One row per edge: src, type, dst, n_articles, articles, the edge's attributes
        (relation, role, basis: lists), and with `evidence=True` its evidence items."""
        pd = _pandas()
        edges = self.store.edges()
        first = ["src", "type", "dst", "n_articles", "articles"]
        rest = sorted({k for e in edges for k in e} - set(first) - ({"evidence"} if not evidence else set()))
        return pd.DataFrame.from_records([{k: e.get(k) for k in first + rest} for e in edges], columns=first + rest)

    def facts_frame(self) -> "pandas.DataFrame":
        """`facts_frame` of the fact sheets written beside this store."""
        return facts_frame(self.file.parent)
