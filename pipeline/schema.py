"""The fact-sheet contract: pydantic v2 models, one sheet per article, and the fact-type table.

`FACT_TYPES` is the one table of fact types: the sheet's fact lists, the labels
extractors assign, how mentions group into facts, the graph node type and the
evaluation matcher all derive from it. `FactSheet` is generated from the table, so a
new fact type is one row here (plus its extractor and lexicon).

The JSON Schema in `pipeline/schema/factsheet.schema.json` is generated from these
models (`shequ schema`) and a test fails when the two drift apart. Field names are read
by other tools: change them only with a `SCHEMA_VERSION` bump.

Schema 2.0: every entity fact has a `key` (what the graph merges on), and relation ends
(`Partnership.a/b`, `Person.affiliation`, `Program.operator`) are references (`Ref`: the
party's node type, key and name) to facts of the same sheet, checked when the sheet is built.

Schema 3.0: a sheet's size is bounded by its article's. Each sentence that evidence uses is
written once, in the sheet's `sentences` (in text order; page-furniture lines after them), and
an evidence item refers to it by index (`Evidence.sentence`); a sentence longer than
`SENTENCE_CHARS` is written as the bounded pieces evidence uses, so a sheet's sentence text
never exceeds its article's. `Evidence.raw` is written only when it differs from `text`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any, ClassVar, Iterator, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, create_model, model_serializer, model_validator
from pydantic.json_schema import SkipJsonSchema

from .chars import surface_key
from .errors import SheetVersionError

SCHEMA_VERSION = "3.0"
# A sentence longer than this is written as pieces of at most this many characters (plus the
# evidence span that straddles a cut: a cut never falls inside a span).
SENTENCE_CHARS = 400

Qualifier = Literal["more_than", "about", "at_least", "less_than"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(Strict):
    """Where a fact was read: the clean surface, the raw span, and the sentence around it.

    `sentence` is the index of the span's sentence in the sheet's `sentences` (read it with
    `SheetBase.sentence_of`); `raw` is the raw slice `clipping[start:end]`, written only when
    it differs from `text` (a line break inside a name, mojibake fixed, full-width forms …),
    and `end` only with it (else it is `start` + the length of `text`): `raw_slice` and `end`
    give them either way once read.
    """

    text: str = Field(description="Clean surface form at this span (quotes kept as written).")
    start: int = Field(ge=0, description="Start character offset in the raw (decoded) clipping file.")
    end: int = Field(default=None, ge=0, json_schema_extra=lambda schema: schema.pop("default", None),
                     description="End character offset (exclusive) in the raw clipping file; absent with `raw` "
                                 "(then the raw slice is `text`: end = start + its length).")
    raw: str | SkipJsonSchema[None] = Field(
        default=None, json_schema_extra=lambda schema: schema.pop("default", None),
        description="The raw slice clipping[start:end] when it differs from `text`; absent when it equals `text`.")
    sentence: int = Field(ge=0, description="Index in the sheet's `sentences` of the sentence (or sentence piece) "
                                            "containing the span.")

    @property
    def raw_slice(self) -> str:
        """The raw slice clipping[start:end] (`raw`, or `text` when they are equal)."""
        return self.text if self.raw is None else self.raw

    @model_validator(mode="before")
    @classmethod
    def _implied_end(cls, data: Any) -> Any:
        if isinstance(data, dict) and "end" not in data and isinstance(data.get("start"), int):
            data = {**data, "end": data["start"] + len(data.get("raw") or data.get("text") or "")}
        return data

    @model_validator(mode="after")
    def raw_slice_matches_text(self) -> "Evidence":
        if self.end < self.start:
            raise ValueError(f"evidence end {self.end} < start {self.start}")
        raw = self.raw_slice
        if len(raw) != self.end - self.start:
            raise ValueError(f"raw slice has {len(raw)} chars, span is {self.end - self.start}")
        if self.raw is None:  # the raw slice is the text: nothing more to compare
            return self
        if self.raw == self.text:
            raise ValueError(f"raw {self.raw!r} equals text: leave it out")
        if surface_key(raw) != surface_key(self.text):
            raise ValueError(f"raw slice {raw!r} does not normalize to {self.text!r}")
        return self

    @model_serializer(mode="wrap")
    def _without_equal_raw(self, handler):
        data = handler(self)
        if data.get("raw") is None:  # the raw slice is the text, and so ends where the text does
            data.pop("raw", None)
            data.pop("end", None)
        return data


def evidence_item(ev: dict, sentences: list[str]) -> dict:
    """A written evidence item (a dict of a sheet) as readers want it: {text, sentence, start,
    end, raw} with the sentence's text and the raw slice filled in."""
    ev = _full_evidence(ev)
    return {"text": ev["text"], "sentence": sentences[ev["sentence"]], "start": ev["start"], "end": ev["end"], "raw": ev["raw"]}


class Ref(Strict):
    """A reference to an entity fact of the same sheet: its node type and key (and name, for reading)."""

    type: str = Field(description="Node type of the referenced fact: place | community | organization | program | person | model.")
    key: str = Field(description="The referenced fact's `key`.")
    name: str = Field(description="The referenced fact's canonical name (for reading; `key` is what counts).")


def _no_default(schema: dict) -> None:
    schema.pop("default", None)


class Fact(Strict):
    """One fact with its evidence (written last). A fact is written without what it implies: a field that is
    null, false or an empty list (its default) is left out, and so are the fields that default
    to another field (`IMPLIED`: an entity's `canonical` equal to its `name`, its `key` equal
    to its `canonical`; a quantity's `text` equal to its first evidence's). Reading a sheet
    (`model_validate`, or `full_fact` on plain dicts) puts them back."""

    # field → the field (or "evidence.text": the first evidence's text) it equals when left out
    IMPLIED: ClassVar[dict[str, str]] = {}

    evidence: list[Evidence] = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _implied_fields(cls, data: Any) -> Any:
        if isinstance(data, dict) and any(name not in data for name in cls.IMPLIED):
            data = _with_implied(cls.IMPLIED, data)
        return data

    @model_serializer(mode="wrap")
    def _without_implied(self, handler):
        data = handler(self)
        implied, defaults = _left_out(type(self))
        if implied:
            drop = [name for name, source in implied if name in data and data[name] == _implied_value(source, data)]
            for name in drop:
                del data[name]
        for name in defaults:
            value = data.get(name, 0)
            if value is None or value is False or value == []:
                del data[name]
        if "evidence" in data:  # last: what the fact is comes first on its line
            data["evidence"] = data.pop("evidence")
        return data


def _implied_value(source: str, data: dict) -> Any:
    if source == "evidence.text":
        evidence = data.get("evidence") or [{}]
        first = evidence[0]
        return first.get("text") if isinstance(first, dict) else getattr(first, "text", None)
    return data.get(source)


def _with_implied(implied: dict[str, str], data: dict) -> dict:
    data = dict(data)
    for name, source in implied.items():  # in order: key's source (canonical) is filled first
        if name not in data:
            value = _implied_value(source, data)
            if value is not None:
                data[name] = value
    return data


@lru_cache(maxsize=None)
def _left_out(model: type["Fact"]) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """What `Fact._without_implied` may leave out of a `model` fact: its `IMPLIED` (field, source)
    pairs in order and the fields of `_defaults`, looked up once per model."""
    return tuple(model.IMPLIED.items()), tuple(_defaults(model))


@lru_cache(maxsize=None)
def _defaults(model: type[BaseModel]) -> dict[str, Any]:
    """The fields of `model` whose default is null, false or an empty list (left out at it),
    with that default (asking pydantic for it each time is slow: it inspects the factory)."""
    out = {}
    for name, info in model.model_fields.items():
        if info.is_required() or name in getattr(model, "IMPLIED", {}):
            continue
        default = info.get_default(call_default_factory=True)
        if default is None or default is False or default == []:
            out[name] = default
    return out


def full_fact(model: type["Fact"], fact: dict) -> dict:
    """A fact as written in a sheet file (a dict) with every field it left out put back, its
    evidence items' `end` and `raw` included (their `sentence` stays an index)."""
    out = _with_implied(model.IMPLIED, fact) if model.IMPLIED else dict(fact)
    for name, default in _defaults(model).items():
        if name not in out:
            out[name] = [] if default == [] else default
    if "evidence" in out:
        out["evidence"] = [_full_evidence(ev) for ev in out["evidence"]]
    return out


def _full_evidence(ev: dict) -> dict:
    if "raw" in ev or not isinstance(ev.get("text"), str) or not isinstance(ev.get("start"), int):
        return ev
    return {**ev, "end": ev.get("end", ev["start"] + len(ev["text"])), "raw": ev["text"]}


class Entity(Fact):
    IMPLIED: ClassVar[dict[str, str]] = {"canonical": "name", "key": "canonical"}

    name: str = Field(description="Clean form as first written, without quote marks.")
    key: str = Field(default=None, json_schema_extra=_no_default,
                     description="What the graph merges on: mentions with one key are one entity. Absent when it equals `canonical`.")
    canonical: str = Field(default=None, json_schema_extra=_no_default,
                           description="Resolved form shared by all mentions of the entity. Absent when it equals `name`.")
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
    place: Ref | None = Field(default=None, description="The place fact it lies in (its street or district as the article writes it).")


class Organization(Entity):
    kind: str | None = Field(default=None, description="government | party | social_work | association | foundation | company | hospital | school | other")


class Person(Entity):
    role: str | None = None
    affiliation: Ref | None = Field(default=None, description="The organization or community the role belongs to.")
    byline: bool = False


class Model(Entity):
    status: Literal["canonical", "discovered"]
    family: str = Field(description="lexicon | n_she | formula | one_plus_n | n_ge_yi | n_wei_yi_ti | chain | named")


class Program(Entity):
    kind: str = Field(description="project | program | brand | team | station | platform | app | course | activity | other")
    operator: Ref | None = Field(default=None, description="The organization or community running it, when the sentence says so.")


class Quantity(Fact):
    IMPLIED: ClassVar[dict[str, str]] = {"text": "evidence.text"}

    text: str = Field(default=None, json_schema_extra=_no_default,
                      description="The exact clean span, with contiguous qualifier words. Absent when it equals the "
                                  "text of its first evidence item.")
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
    a: Ref
    b: Ref
    relation: str = Field(description="The linking word (联合, 携手, 引入, …).")
    basis: Literal["stated", "implied_subject", "anaphor", "scored"] = Field(
        default="stated",
        description="stated: the sentence names both parties; implied_subject: it omits its subject, "
        "taken to be the article's own community or street office; anaphor: it points back to a party "
        "named in an earlier sentence (双方, 该公司, 本所, 与其), and the evidence holds where that party is named; "
        "scored: the sentence names both parties and a word of joint work, in an order no relation frame "
        "reads, and a model learned from labelled articles weighs them as partners (less certain than stated).",
    )


class PageFurniture(Strict):
    kind: Literal["page_header", "page_number", "caption", "rubric", "byline", "fragment"]
    text: str
    evidence: list[Evidence] = Field(min_length=1)


# ---------------------------------------------------------------- the fact-type table

Grouping = Literal["entity", "occurrence", "pair"]
Matcher = Literal["names", "person", "quantity", "pair"]


@dataclass(frozen=True)
class FactType:
    """One kind of fact.

    name: the sheet's list field and the label its extractor assigns (`organizations`).
    model: the pydantic model of one fact.
    grouping: how mentions become facts — `entity` (mentions sharing a canonical are one
      fact, with aliases), `occurrence` (one fact per mention), `pair` (one fact per
      unordered pair of parties).
    node_type: the graph node type of its facts (None: the graph does not make nodes of it).
    matcher: how evaluation matches a fact with gold — `names` (name, canonical or alias),
      `person` (the name; the role is scored apart), `quantity` (value, unit and text;
      the subject is scored apart), `pair` (an unordered pair of names).
    """

    name: str
    model: type[Fact]
    grouping: Grouping
    node_type: str | None
    matcher: Matcher
    description: str


class FactTypeTable:
    """The fact types in sheet order, and the `FactSheet` model generated from them."""

    def __init__(self, rows: tuple[FactType, ...]) -> None:
        names = [row.name for row in rows]
        if len(set(names)) != len(names):
            raise ValueError(f"fact types must have distinct names: {names}")
        self.rows = rows
        self.by_name = {row.name: row for row in rows}
        self.by_node_type = {row.node_type: row for row in rows if row.node_type}

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(row.name for row in self.rows)

    def __getitem__(self, name: str) -> FactType:
        return self.by_name[name]

    def __contains__(self, name: object) -> bool:
        return name in self.by_name

    def __iter__(self):
        return iter(self.rows)

    def with_row(self, row: FactType) -> "FactTypeTable":
        """A new table with `row` added after the existing ones."""
        return FactTypeTable(self.rows + (row,))

    @cached_property
    def sheet_model(self) -> type["SheetBase"]:
        """The `FactSheet` pydantic model: article fields, one list per fact type, page furniture."""
        fields: dict[str, Any] = {
            row.name: (list[row.model], Field(default_factory=list, description=row.description)) for row in self.rows
        }
        fields["page_furniture"] = (list[PageFurniture], Field(default_factory=list))
        fields["sentences"] = (list[str], Field(
            default_factory=list,
            description=f"The sentences evidence items refer to (`Evidence.sentence`), each once: the article's in "
                        f"text order, then page-furniture lines. A sentence longer than {SENTENCE_CHARS} characters "
                        f"appears as the pieces evidence uses (cut every {SENTENCE_CHARS} characters, never inside "
                        "an evidence span); the whole sentence is in the raw clipping around the evidence's "
                        "start..end."))
        model = create_model("FactSheet", __base__=SheetBase, **fields)
        model.fact_types = self
        return model


class SheetBase(Strict):
    """The article fields of a fact sheet; the fact lists come from the fact-type table."""

    fact_types: ClassVar["FactTypeTable"]  # set on each generated model

    schema_version: Literal["3.0"] = SCHEMA_VERSION
    clipping: str = Field(description="Input file name.")
    article_id: str = Field(description="Stable id: same input, same id.")
    title: str
    subtitle: str | None = None
    source: str | None = None
    date: str | None = Field(default=None, description="ISO date (YYYY-MM-DD) or partial (YYYY-MM) when the text gives one.")

    def facts(self, name: str) -> list[Fact]:
        return getattr(self, name)

    def sentence_of(self, evidence: Evidence) -> str:
        """The sentence (or sentence piece) an evidence item of this sheet refers to."""
        return self.sentences[evidence.sentence]

    def evidence_lists(self) -> Iterator[list[Evidence]]:
        """The evidence list of every fact and page-furniture item, in sheet order."""
        for row in type(self).fact_types:
            for fact in getattr(self, row.name):
                yield fact.evidence
        for item in self.page_furniture:
            yield item.evidence

    @model_validator(mode="after")
    def references_resolve(self) -> "SheetBase":
        """Every `Ref` names an entity fact of this sheet by node type and key, and every
        evidence item a sentence of it (see `sentence_problem`)."""
        problem = self.dangling_reference() or self.sentence_problem()
        if problem is not None:
            raise ValueError(problem)
        return self

    def sentence_problem(self) -> str | None:
        """What `references_resolve` checks of `sentences`, as a message (None when all is well):
        every evidence item refers to a sentence that contains its text, every sentence is
        referred to, and none is longer than `SENTENCE_CHARS` plus its longest span."""
        sentences = self.sentences
        longest = [-1] * len(sentences)
        for evidence in self.evidence_lists():
            for ev in evidence:
                if ev.sentence >= len(sentences):
                    return f"evidence {ev.text!r} refers to sentence {ev.sentence}; the sheet has {len(sentences)}"
                if ev.text not in sentences[ev.sentence]:
                    return f"evidence {ev.text!r} is not in its sentence {sentences[ev.sentence]!r}"
                longest[ev.sentence] = max(longest[ev.sentence], len(ev.text))
        for n, (sentence, span) in enumerate(zip(sentences, longest)):
            if span < 0:
                return f"sentence {n} is not referred to by any evidence"
            if len(sentence) > SENTENCE_CHARS + span:
                return f"sentence {n} has {len(sentence)} chars, more than {SENTENCE_CHARS} and its longest span"
        return None

    def dangling_reference(self) -> str | None:
        """What `references_resolve` checks, as a message (None when every `Ref` resolves):
        for a sheet assembled from facts validated one by one (`model_construct`)."""
        table = type(self).fact_types
        known = {
            (row.node_type, fact.key)
            for row in table
            if row.node_type and row.grouping == "entity"
            for fact in getattr(self, row.name)
        }
        for row in table:
            fields = _ref_fields(row.model)
            if not fields:
                continue
            for fact in getattr(self, row.name):
                for field_name in fields:
                    ref = getattr(fact, field_name)
                    if isinstance(ref, Ref) and (ref.type, ref.key) not in known:
                        return f"{row.name}: {field_name} refers to {ref.type} {ref.key!r}, which is not a fact of this sheet"
        return None


@lru_cache(maxsize=None)
def _ref_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of `model` that can hold a `Ref` (annotated `Ref` or `Ref | None`), in field order."""
    return tuple(name for name, info in model.model_fields.items() if Ref in (info.annotation, *get_args(info.annotation)))


FACT_TYPES = FactTypeTable((
    FactType("organizations", Organization, "entity", "organization", "names",
             "Government bodies, Party committees, agencies, NGOs, companies, hospitals, schools."),
    FactType("places", Place, "entity", "place", "names",
             "Administrative divisions above community level, resolved to gazetteer codes."),
    FactType("communities", Community, "entity", "community", "names", "社区, 村, 小区 and 网格 with a proper name."),
    FactType("models", Model, "entity", "model", "names", "Named governance models, mechanisms and methods."),
    FactType("programs", Program, "entity", "program", "names",
             "Named projects, brands, teams, platforms, stations and activities."),
    FactType("people", Person, "entity", "person", "person", "Full names with the role written next to them."),
    FactType("quantities", Quantity, "occurrence", "quantity", "quantity",
             "Counts and measures of real things, with what they count."),
    FactType("partnerships", Partnership, "pair", None, "pair",
             "Pairs of organizations, communities, programs or street offices the text says work together."),
))

FactSheet = FACT_TYPES.sheet_model


def full_sheet(sheet: dict, fact_types: FactTypeTable = FACT_TYPES, where: object = None) -> dict:
    """A sheet as written (a dict) with the fields its facts left out put back (`full_fact`);
    evidence items keep their sentence index (`evidence_item` reads one with its sentence).
    A sheet that states another major schema version raises `SheetVersionError` (named by
    `where`, else its article id): its evidence cannot be read as this version's."""
    found = str(sheet.get("schema_version", SCHEMA_VERSION))
    if found.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        raise SheetVersionError(where=where or sheet.get("article_id", "sheet"), found=found, expected=SCHEMA_VERSION)
    out = dict(sheet)
    for row in fact_types:
        if out.get(row.name):
            out[row.name] = [full_fact(row.model, fact) for fact in out[row.name]]
    if out.get("page_furniture"):
        out["page_furniture"] = [full_fact(Fact, item) for item in out["page_furniture"]]
    return out


def factsheet_json_schema() -> dict:
    return FactSheet.model_json_schema()


def factsheet_json_schema_text() -> str:
    return json.dumps(factsheet_json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def committed_schema_path():
    from pathlib import Path

    return Path(__file__).resolve().parent / "schema" / "factsheet.schema.json"


__all__ = [
    "FACT_TYPES", "SCHEMA_VERSION", "SENTENCE_CHARS", "Community", "Entity", "Evidence", "Fact", "FactSheet", "FactType", "FactTypeTable",
    "Model", "Organization", "PageFurniture", "Partnership", "Person", "Place", "PlaceCandidate", "Program", "Quantity",
    "Ref", "evidence_item", "full_fact", "full_sheet",
]
