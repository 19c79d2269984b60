"""Aggregated fact sheet of one community, program or organization across all articles.

`entity_sheet(store, name)` gathers what every article in the store says about one
entity: its place chain, the models it adopts, the programs it runs, its partners, the
people holding roles in it and the numbers it reports, each with its sources (article,
outlet, clipping) and evidence spans. The models below are the published contract; the
JSON Schema in `pipeline/schema/entity_sheet.schema.json` is generated from them and a
test fails when the two drift apart.
"""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .queries import SHEET_TYPES
from .store import GraphStore

ENTITY_SHEET_VERSION = "1.0"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SheetEvidence(Strict):
    article_id: str
    clipping: str
    text: str
    sentence: str
    start: int | None = Field(description="Start offset in the raw clipping; null for article-level facts (attribution).")
    end: int | None = None
    raw: str | None = None


class SheetSource(Strict):
    article_id: str
    title: str | None
    source: str | None = Field(description="The outlet named in the article's attribution.")
    clipping: str
    date: str | None = None


class Related(Strict):
    """Another node joined to the entity by one edge type, with what supports the edge."""

    id: str = Field(description="Graph node id (type:key).")
    name: str
    type: str
    relation: list[str] = Field(default_factory=list, description="Relation words (partners) or roles (people).")
    basis: list[str] = Field(default_factory=list, description="How far the evidence reaches: sentence | article | operator | …")
    n_articles: int
    sources: list[SheetSource]
    evidence: list[SheetEvidence]


class ReportedQuantity(Strict):
    id: str
    text: str
    value: float
    unit: str
    qualifier: str | None = None
    subject: str | None = None
    sources: list[SheetSource]
    evidence: list[SheetEvidence]


class EntitySheet(Strict):
    schema_version: Literal["1.0"] = ENTITY_SHEET_VERSION
    id: str = Field(description="Graph node id (type:key).")
    type: Literal["community", "program", "organization"]
    name: str
    aliases: list[str] = Field(default_factory=list)
    attrs: dict[str, str | bool | None] = Field(default_factory=dict, description="Type-specific attributes from the first article.")
    place_chain: list[str] = Field(default_factory=list, description="Province → … → the entity's nearest place.")
    models: list[Related] = Field(default_factory=list)
    programs: list[Related] = Field(default_factory=list, description="Programs it runs (or, for a program, who runs it).")
    partners: list[Related] = Field(default_factory=list)
    people: list[Related] = Field(default_factory=list)
    quantities: list[ReportedQuantity] = Field(default_factory=list)
    sources: list[SheetSource] = Field(description="Every article that mentions the entity.")


def _sources(store: GraphStore, article_ids) -> list[SheetSource]:
    from .queries import _sources as q_sources

    return [SheetSource(**s) for s in q_sources(store, list(article_ids))]


def _related(store: GraphStore, edge: dict, other: str) -> Related:
    node = store.node(other) or {"name": other, "type": other.split(":", 1)[0]}
    return Related(
        id=other, name=node["name"], type=node["type"],
        relation=[str(v) for v in edge.get("relation", []) + edge.get("role", [])],
        basis=[str(v) for v in edge.get("basis", [])], n_articles=edge["n_articles"],
        sources=_sources(store, edge["articles"]),
        evidence=[SheetEvidence(**ev) for ev in edge["evidence"]],
    )


def entity_sheet(store: GraphStore, nid: str) -> EntitySheet:
    """The aggregated sheet of node `nid` (a community, program or organization)."""
    from .queries import _edges, place_chain

    node = store.node(nid)
    if node is None or node["type"] not in SHEET_TYPES:
        raise ValueError(f"{nid}: not a community, program or organization in the store")
    out = store.db.execute
    models, programs, partners, people, quantities = [], [], [], [], []
    for e in _edges(store, "src=? AND edge_type IN ('adopts', 'runs', 'partners_with', 'reports')", (nid,), None):
        if e["type"] == "adopts":
            models.append(_related(store, e, e["dst"]))
        elif e["type"] == "runs":
            programs.append(_related(store, e, e["dst"]))
        elif e["type"] == "partners_with":
            partners.append(_related(store, e, e["dst"]))
        else:
            q = store.node(e["dst"])
            quantities.append(ReportedQuantity(
                id=q["id"], text=q["text"], value=q["value"], unit=q["unit"], qualifier=q["qualifier"],
                subject=q["subject"], sources=_sources(store, e["articles"]),
                evidence=[SheetEvidence(**ev) for ev in e["evidence"]]))
    for e in _edges(store, "dst=? AND edge_type IN ('runs', 'partners_with', 'holds_role')", (nid,), None):
        {"runs": programs, "partners_with": partners, "holds_role": people}[e["type"]].append(_related(store, e, e["src"]))
    arts = [r[0] for r in out("SELECT DISTINCT a.article_id FROM facts f JOIN articles a ON a.label = f.article"
                              " WHERE f.node_id=? ORDER BY a.article_id", (nid,))]
    attrs = {k: v for k, v in node.items() if k not in ("id", "type", "name", "aliases", "n_articles")}
    return EntitySheet(
        id=nid, type=node["type"], name=node["name"], aliases=node["aliases"],
        attrs={k: v if isinstance(v, (str, bool)) or v is None else json.dumps(v, ensure_ascii=False) for k, v in attrs.items()},
        place_chain=place_chain(store, nid) + ([] if node["type"] != "place" else [node["name"]]),
        models=models, programs=programs, partners=partners, people=people, quantities=quantities,
        sources=_sources(store, arts),
    )


def entity_sheet_json_schema_text() -> str:
    return json.dumps(EntitySheet.model_json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
