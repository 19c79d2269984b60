"""One fact sheet → graph rows, each with the reason it was made.

`sheet_rows(sheet)` turns one article's fact sheet (a dict as written by `shequ run`)
into three kinds of rows, keyed by the facts' own `key`s (decided when the sheet was
built, `shequ.keys`), so the store can re-resolve them when later batches link names:

* `FactRow`  an entity as one article states it (plus the article, its source, and the
             places above a gazetteer-coded place, which the sheet's `chain` implies);
* `LinkRow`  "these two keys name the same entity": a canonical name and an alias the
             article linked to it, when the alias names the entity itself
             (`keys.linkable_alias`: never 社区党委 or 市民政局, which name a kind of body);
* `EdgeRow`  one typed edge as one article supports it, with its evidence spans.

Relation ends are references in the sheet (type + key), so partnerships, roles and
operators join exactly the facts the sheet names; nothing is re-guessed by name.
`mentions` edges (article → entity) are not rows of their own: every direct fact is one,
and the store derives them from the facts.

Edges that the sheet does not state outright (a community adopting a model named in
its article, an entity reporting a number in its sentence) carry `basis` saying how
far the evidence reaches: `sentence` (named in the same sentence) or `article`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .. import keys
from ..keys import name_key as _key_of
from ..schema import FACT_TYPES, FactTypeTable, evidence_item, full_sheet
from . import ids

# Node types whose keys can be merged across articles by alias links.
LINKED_TYPES = ("organization", "program")
# Node types that may be named in a sentence as the one who adopts, runs or reports.
ACTOR_TYPES = ("community", "organization", "program")
# Fields of an entity fact that are not node attributes.
ENTITY_FIELDS = ("name", "key", "canonical", "aliases", "evidence")

# `keys.name_key` of a name, remembered: the store asks for the same names' forms in every article
# that names the entity (sentences are keyed once per article instead, `_Actors`).
name_key = lru_cache(maxsize=1 << 16)(_key_of)


@dataclass
class FactRow:
    article_id: str
    node_type: str
    key: str
    name: str
    canonical: str
    aliases: list[str]
    attrs: dict[str, Any]
    reason: str
    evidence: list[dict]
    direct: bool = True  # the article names it (→ a `mentions` edge); False for implied nodes


@dataclass
class LinkRow:
    article_id: str
    node_type: str
    key_a: str
    key_b: str
    reason: str


@dataclass
class EdgeRow:
    article_id: str
    edge_type: str
    src_type: str
    src_key: str
    dst_type: str
    dst_key: str
    attrs: dict[str, Any]
    evidence: list[dict]


@dataclass
class SheetRows:
    facts: list[FactRow] = field(default_factory=list)
    links: list[LinkRow] = field(default_factory=list)
    edges: list[EdgeRow] = field(default_factory=list)


def _evidence(fact: dict, sentences: list[str]) -> list[dict]:
    """The fact's evidence items with their sentence's text and the raw slice filled in."""
    return [evidence_item(ev, sentences) for ev in fact.get("evidence") or []]


def _names(fact: dict) -> list[str]:
    seen: list[str] = []
    for n in [fact.get("canonical"), fact.get("name"), *(fact.get("aliases") or [])]:
        if n and n not in seen:
            seen.append(n)
    return seen


def _sentences(fact: dict, sentences: list[str]) -> set[str]:
    return {sentences[ev["sentence"]] for ev in fact.get("evidence") or []}


def _end(ref: dict) -> tuple[str, str]:
    return ref["type"], ref["key"]


@dataclass
class _Actors:
    """The article's actors (communities, organizations, programs) and the names they go by."""

    actors: list[tuple[str, str, list[str]]] = field(default_factory=list)  # (type, key, names)
    _forms: list[tuple[tuple[str, str], tuple[str, ...]]] = field(default_factory=list)  # name_key of each name
    _seen: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # sentence → actors named in it
    _sentence_keys: dict[str, str] = field(default_factory=dict)  # sentence → its name_key (kept while actors come)

    def add(self, node_type: str, key: str, names: list[str]) -> None:
        self.actors.append((node_type, key, names))
        self._forms.append(((node_type, key), tuple(name_key(n) for n in names if n)))
        self._seen.clear()

    def in_sentence(self, sentence: str) -> list[tuple[str, str]]:
        found = self._seen.get(sentence)
        if found is None:
            s = self._sentence_keys.get(sentence)
            if s is None:
                s = self._sentence_keys[sentence] = _key_of(sentence)
            # map over the bound `in` test: no generator frame per actor (70k tests on the 2 MB corpus)
            found = self._seen[sentence] = sorted({actor for actor, forms in self._forms if any(map(s.__contains__, forms))})
        return found


def sheet_rows(sheet: dict, fact_types: FactTypeTable = FACT_TYPES) -> SheetRows:
    """All graph rows one article's fact sheet supports."""
    b = _SheetBuilder(sheet, fact_types)
    for step in (b.article, b.places, b.entities, b.located, b.adopters, b.runners, b.roles, b.quantities,
                 b.partnerships):
        step()
    return b.out


def _deepest_common_place(chains: list[tuple[str, list[str]]]) -> str | None:
    """The most specific place when all of an article's coded places lie on one chain."""
    if not chains:
        return None
    key, deepest = max(chains, key=lambda kc: len(kc[1]))
    for _, chain in chains:
        if deepest[: len(chain)] != chain:
            return None
    return key


class _SheetBuilder:
    """Rows for one sheet, one method per kind of row; later steps use the actors found earlier."""

    def __init__(self, sheet: dict, fact_types: FactTypeTable) -> None:
        self.sheet = full_sheet(sheet, fact_types)
        self.fact_types = fact_types
        self.aid = sheet["article_id"]
        self.sentences: list[str] = sheet.get("sentences") or []
        self.out = SheetRows()
        self.actors = _Actors()
        self.article_place: str | None = None

    def facts(self, node_type: str) -> list[dict]:
        row = self.fact_types.by_node_type.get(node_type)
        return (self.sheet.get(row.name) or []) if row else []

    def article(self) -> None:
        sheet, aid = self.sheet, self.aid
        title = sheet.get("title") or ""
        # Article-level facts have no span: the title stands in as their "sentence".
        title_ev = [{"text": title, "sentence": title, "start": None, "end": None, "raw": None}]
        self.out.facts.append(FactRow(aid, "article", aid, title or aid, aid, [],
                                      {k: sheet.get(k) for k in ("title", "subtitle", "date", "clipping", "source")},
                                      "article in the batch", title_ev, direct=False))
        if sheet.get("source"):
            src = sheet["source"]
            src_ev = [{"text": src, "sentence": title, "start": None, "end": None, "raw": None}]
            self.out.facts.append(FactRow(aid, "source", name_key(src), src, src, [src], {},
                                          "named in the article's attribution", src_ev, direct=False))
            self.out.edges.append(EdgeRow(aid, "published_by", "article", aid, "source", name_key(src), {}, src_ev))

    def places(self) -> None:
        """Each place, and for a coded one the places above it in its gazetteer chain."""
        chains: list[tuple[str, list[str]]] = []
        for place in self.facts("place"):
            key, ev, code, chain = place["key"], _evidence(place, self.sentences), place.get("code"), list(place.get("chain") or [])
            if not code:
                attrs = {"code": None, "level": place.get("level"), "chain": [], "ambiguous": True,
                         "candidates": place.get("candidates") or []}
                self.out.facts.append(FactRow(self.aid, "place", key, place["name"], place["canonical"], _names(place),
                                              attrs, f"ambiguous: {len(attrs['candidates'])} gazetteer candidates", ev))
                continue
            official = chain[-1] if chain else place["canonical"]
            attrs = {"code": code, "level": place.get("level") or ids.place_level(key), "chain": chain}
            self.out.facts.append(FactRow(self.aid, "place", key, official, place["canonical"], _names(place), attrs,
                                          f"gazetteer code {code}", ev))
            child = key
            for anc_key, anc_name in reversed(ids.align_chain(code, chain)):
                depth = chain.index(anc_name) + 1 if anc_name in chain else 0
                self.out.facts.append(FactRow(self.aid, "place", anc_key, anc_name, anc_name, [anc_name],
                                              {"code": None if anc_key.startswith("path:") else anc_key,
                                               "level": ids.place_level(anc_key), "chain": chain[:depth]},
                                              f"above {official} in its gazetteer chain", [], direct=False))
                self.out.edges.append(EdgeRow(self.aid, "located_in", "place", child, "place", anc_key,
                                              {"basis": "gazetteer"}, ev))
                child = anc_key
            chains.append((key, chain))
        self.article_place = _deepest_common_place(chains)

    def entities(self) -> None:
        """Every other entity fact is a node under its key; aliases naming it become links."""
        for row in self.fact_types:
            if row.grouping != "entity" or not row.node_type or row.node_type == "place":
                continue
            for fact in self.sheet.get(row.name) or []:
                node_type, key = row.node_type, fact["key"]
                attrs = {k: v for k, v in fact.items() if k not in ENTITY_FIELDS}
                self.out.facts.append(FactRow(self.aid, node_type, key, fact["name"], fact["canonical"], _names(fact),
                                              attrs, self._reason(node_type, fact), _evidence(fact, self.sentences)))
                if node_type in ACTOR_TYPES:
                    self.actors.add(node_type, key, _names(fact))
                if node_type in LINKED_TYPES:
                    for alias in _names(fact):
                        if keys.linkable_alias(alias, fact["canonical"]) and name_key(alias) != key:
                            self.out.links.append(LinkRow(self.aid, node_type, key, name_key(alias),
                                                          f"article {self.aid} links '{alias}' to '{fact['canonical']}'"))

    def _reason(self, node_type: str, fact: dict) -> str:
        """Why the fact has its key (`shequ entity` shows it)."""
        key = fact["key"]
        if node_type == "community":
            where = key.partition("@")[2]
            return f"name + place {where}" if where else "name only (no place given)"
        if node_type == "person":
            unit = fact.get("affiliation")
            return (f"name + affiliation {unit['type']}:{unit['key']}" if unit
                    else f"name within article {self.aid} (no affiliation)")
        if "@" in key:
            return f"name {fact['canonical']} needs its place: qualified by article {self.aid}"
        return f"canonical name {fact['canonical']}"

    def located(self) -> None:
        """Communities lie in the place the sheet says, else in the article's one deepest place."""
        for comm in self.facts("community"):
            place = comm.get("place")
            if place:
                basis = "place_code" if comm.get("place_code") else "street" if comm.get("street") else "district"
                self.out.edges.append(EdgeRow(self.aid, "located_in", "community", comm["key"], "place", place["key"],
                                              {"basis": basis}, _evidence(comm, self.sentences)))
            elif self.article_place:
                self.out.edges.append(EdgeRow(self.aid, "located_in", "community", comm["key"], "place",
                                              self.article_place, {"basis": "article"}, _evidence(comm, self.sentences)))

    def adopters(self) -> None:
        """Communities of the article adopt its models (basis article unless named in the
        model's sentence); organizations only when named in the model's sentence."""
        for model in self.facts("model"):
            in_sent = {a for s in _sentences(model, self.sentences) for a in self.actors.in_sentence(s)}
            for t, key, _ in self.actors.actors:
                if t == "program" or (t == "organization" and (t, key) not in in_sent):
                    continue
                basis = "sentence" if (t, key) in in_sent else "article"
                ev = _evidence(model, self.sentences)
                if basis == "sentence":
                    ev = [e for e in ev if (t, key) in self.actors.in_sentence(e["sentence"] or "")]
                self.out.edges.append(EdgeRow(self.aid, "adopts", t, key, "model", model["key"], {"basis": basis}, ev))

    def runners(self) -> None:
        """A program is run by its stated operator, else by the one actor named in its sentence."""
        for prog in self.facts("program"):
            runner, basis = (_end(prog["operator"]), "operator") if prog.get("operator") else (None, None)
            if runner is None:
                near = {a for s in _sentences(prog, self.sentences) for a in self.actors.in_sentence(s) if a[0] != "program"}
                if len(near) == 1:
                    runner, basis = near.pop(), "sentence"
            if runner:
                self.out.edges.append(EdgeRow(self.aid, "runs", runner[0], runner[1], "program", prog["key"],
                                              {"basis": basis}, _evidence(prog, self.sentences)))

    def roles(self) -> None:
        for person in self.facts("person"):
            if person.get("affiliation"):
                unit = _end(person["affiliation"])
                self.out.edges.append(EdgeRow(self.aid, "holds_role", "person", person["key"], unit[0], unit[1],
                                              {"role": person.get("role")}, _evidence(person, self.sentences)))

    def quantities(self) -> None:
        """One node per reported number; reported by the one actor in its sentence, else the article."""
        aid = self.aid
        for q in self.facts("quantity"):
            ev = _evidence(q, self.sentences)
            key = f"{aid}#{ev[0]['start']}"
            attrs = {k: q.get(k) for k in ("text", "value", "unit", "qualifier", "subject")}
            self.out.facts.append(FactRow(aid, "quantity", key, q["text"], q["text"], [], attrs, "one reported number", ev))
            near = sorted({a for s in _sentences(q, self.sentences) for a in self.actors.in_sentence(s)})
            src, basis = (near[0], "sentence") if len(near) == 1 else (("article", aid), "article")
            self.out.edges.append(EdgeRow(aid, "reports", src[0], src[1], "quantity", key, {"basis": basis}, ev))

    def partnerships(self) -> None:
        for p in self.sheet.get("partnerships") or []:
            (a_type, a_key), (b_type, b_key) = _end(p["a"]), _end(p["b"])
            attrs = {"relation": p.get("relation")}
            if p.get("basis", "stated") != "stated":
                attrs["basis"] = p["basis"]  # a subject the sentence omits: say so on the edge
            self.out.edges.append(EdgeRow(self.aid, "partners_with", a_type, a_key, b_type, b_key, attrs, _evidence(p, self.sentences)))
