"""The fact-sheet contract: pydantic v2 models, one sheet per article.

The JSON Schema in `pipeline/schema/factsheet.schema.json` is generated from these
models (`shequ schema`) and a test fails when the two drift apart. Field names are
read by other tools: change them only with a `SCHEMA_VERSION` bump.
"""

from __future__ import annotations

import json
import unicodedata
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.0"

Qualifier = Literal["more_than", "about", "at_least", "less_than"]

# Quote marks and whitespace do not count when a surface form is compared with its
# raw slice (names are written without quotes: "凉小鸭"志愿服务队 → 凉小鸭志愿服务队).
RE_NOT_COMPARED = regex.compile(r"[\s\"'“”‘’「」『』〝〞＂＇]+")


def surface_key(text: str) -> str:
    """What must agree between a fact's text and its raw slice.

    Whitespace, line breaks and quote marks are dropped, full/half-width forms are
    folded (NFKC) and font mojibake is mapped (so `渊` in the raw compares equal to `（`).
    """
    from .mojibake import fold_mojibake  # local: keeps schema import light

    folded = unicodedata.normalize("NFKC", fold_mojibake(text))
    return RE_NOT_COMPARED.sub("", folded)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(Strict):
    """Where a fact was read: the clean surface, its sentence, and the raw span."""

    text: str = Field(description="Clean surface form at this span (quotes kept as written).")
    sentence: str = Field(description="The clean sentence containing the span.")
    start: int = Field(ge=0, description="Start character offset in the raw (decoded) clipping file.")
    end: int = Field(ge=0, description="End character offset (exclusive) in the raw clipping file.")
    raw: str = Field(description="The raw slice clipping[start:end], exactly as in the file.")

    @model_validator(mode="after")
    def raw_slice_matches_text(self) -> "Evidence":
        if self.end < self.start:
            raise ValueError(f"evidence end {self.end} < start {self.start}")
        if len(self.raw) != self.end - self.start:
            raise ValueError(f"raw slice has {len(self.raw)} chars, span is {self.end - self.start}")
        if surface_key(self.raw) != surface_key(self.text):
            raise ValueError(f"raw slice {self.raw!r} does not normalize to {self.text!r}")
        return self


class Fact(Strict):
    evidence: list[Evidence] = Field(min_length=1)


class Entity(Fact):
    name: str = Field(description="Clean form as first written, without quote marks.")
    canonical: str = Field(description="Resolved form shared by all mentions of the entity.")
    aliases: list[str] = Field(default_factory=list, description="Other surface forms linked to this entity in the article.")

    @model_validator(mode="after")
    def name_is_first_surface(self) -> "Entity":
        if surface_key(self.name) != surface_key(self.evidence[0].text):
            raise ValueError(f"name {self.name!r} is not the surface of its first evidence {self.evidence[0].text!r}")
        return self


class PlaceCandidate(Strict):
    code: str
    name: str
    chain: list[str] = Field(description="Names from province down to this place.")


class Place(Entity):
    level: Literal["province", "city", "district", "street"] | None = None
    code: str | None = Field(default=None, description="Gazetteer code when resolved.")
    chain: list[str] = Field(default_factory=list, description="Province → … → this place, official names.")
    ambiguous: bool = False
    candidates: list[PlaceCandidate] = Field(default_factory=list)

    @model_validator(mode="after")
    def resolved_or_ambiguous(self) -> "Place":
        if self.code is None and not (self.ambiguous and self.candidates):
            raise ValueError(f"place {self.name!r} has neither a code nor ambiguous candidates")
        return self


class Community(Entity):
    kind: Literal["社区", "村", "小区", "网格", "other"] = "社区"
    street: str | None = Field(default=None, description="Street/town it belongs to, when known.")
    district: str | None = Field(default=None, description="District/county it belongs to, when known.")
    place_code: str | None = Field(default=None, description="Gazetteer code of the nearest known parent place.")


class Organization(Entity):
    kind: str | None = Field(default=None, description="government | party | social_work | association | foundation | company | hospital | school | other")


class Person(Entity):
    role: str | None = None
    affiliation: str | None = Field(default=None, description="Organization or community the role belongs to.")
    byline: bool = False


class Model(Entity):
    status: Literal["canonical", "discovered"]
    family: str = Field(description="lexicon | n_she | formula | one_plus_n | n_ge_yi | n_wei_yi_ti | chain | named")


class Program(Entity):
    kind: str = Field(description="project | program | brand | team | station | platform | app | course | activity | other")
    operator: str | None = Field(default=None, description="Organization or community running it, when the sentence says so.")


class Quantity(Fact):
    text: str = Field(description="The exact clean span, with contiguous qualifier words.")
    value: float
    unit: str
    qualifier: Qualifier | None = None
    subject: str | None = Field(default=None, description="The noun phrase being counted.")

    @model_validator(mode="after")
    def text_is_evidence(self) -> "Quantity":
        if surface_key(self.text) != surface_key(self.evidence[0].text):
            raise ValueError(f"quantity text {self.text!r} differs from its evidence {self.evidence[0].text!r}")
        return self


class Partnership(Fact):
    a: str
    b: str
    relation: str = Field(description="The linking word (联合, 携手, 引入, …).")


class PageFurniture(Strict):
    kind: Literal["page_header", "page_number", "caption", "rubric", "byline", "fragment"]
    text: str
    evidence: list[Evidence] = Field(min_length=1)


class FactSheet(Strict):
    schema_version: Literal["1.0"] = SCHEMA_VERSION
    clipping: str = Field(description="Input file name.")
    article_id: str = Field(description="Stable id: same input, same id.")
    title: str
    subtitle: str | None = None
    source: str | None = None
    date: str | None = Field(default=None, description="ISO date (YYYY-MM-DD) or partial (YYYY-MM) when the text gives one.")
    organizations: list[Organization] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    communities: list[Community] = Field(default_factory=list)
    models: list[Model] = Field(default_factory=list)
    programs: list[Program] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    partnerships: list[Partnership] = Field(default_factory=list)
    page_furniture: list[PageFurniture] = Field(default_factory=list)


FACT_MODELS: dict[str, type[Fact]] = {
    "organizations": Organization,
    "places": Place,
    "communities": Community,
    "models": Model,
    "programs": Program,
    "people": Person,
    "quantities": Quantity,
    "partnerships": Partnership,
}


def factsheet_json_schema() -> dict:
    return FactSheet.model_json_schema()


def factsheet_json_schema_text() -> str:
    return json.dumps(factsheet_json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def committed_schema_path():
    from pathlib import Path

    return Path(__file__).resolve().parent / "schema" / "factsheet.schema.json"
