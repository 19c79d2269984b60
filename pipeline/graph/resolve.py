"""One fact sheet → graph rows, each with the reason it was made.

`sheet_rows(sheet)` turns one article's fact sheet (a dict as written by `shequ run`)
into three kinds of rows, all keyed by `ids` keys rather than node ids so that the
store can re-resolve them when later batches link names together:

* `FactRow`  an entity as one article states it (plus the article, its source, and the
             places above a gazetteer-coded place, which the sheet's `chain` implies);
* `LinkRow`  "these two keys name the same entity" (a canonical name and an alias the
             article linked to it);
* `EdgeRow`  one typed edge as one article supports it, with its evidence spans.

`mentions` edges (article → entity) are not rows of their own: every direct fact is
one, and the store derives them from the facts.

Edges that the sheet does not state outright (a community adopting a model named in
its article, an entity reporting a number in its sentence) carry `basis` saying how
far the evidence reaches: `sentence` (named in the same sentence) or `article`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

from ..schema import RE_NOT_COMPARED
from . import ids

# Cross-article merging by alias needs a name specific enough to identify one entity:
# a two-character alias (中心, 社工) would glue unrelated organizations together.
MIN_ALIAS_CHARS = 3

# Node types that may contain others in a sentence: the candidates for "who adopts /
# runs / reports" when the sheet does not say.
ACTOR_TYPES = ("community", "organization", "program")


def name_key(name: str) -> str:
    """Compare names without width, spacing or quote differences (九龙 社工 = 九龙社工)."""
    return RE_NOT_COMPARED.sub("", unicodedata.normalize("NFKC", name))


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


def _evidence(fact: dict) -> list[dict]:
    return [
        {k: ev.get(k) for k in ("text", "sentence", "start", "end", "raw")}
        for ev in fact.get("evidence") or []
    ]


def _names(fact: dict) -> list[str]:
    seen: list[str] = []
    for n in [fact.get("canonical"), fact.get("name"), *(fact.get("aliases") or [])]:
        if n and n not in seen:
            seen.append(n)
    return seen


def _sentences(fact: dict) -> set[str]:
    return {ev.get("sentence") or "" for ev in fact.get("evidence") or []}


class _ArticleIndex:
    """Name → (type, key) for the actors and places of one article."""

    def __init__(self) -> None:
        self.by_name: dict[str, tuple[str, str]] = {}
        self.actors: list[tuple[str, str, list[str]]] = []  # (type, key, names)
        self.place_by_name: dict[str, str] = {}

    def add_actor(self, node_type: str, key: str, names: list[str]) -> None:
        self.actors.append((node_type, key, names))
        for n in names:
            self.by_name.setdefault(name_key(n), (node_type, key))

    def lookup(self, name: str) -> tuple[tuple[str, str] | None, str]:
        """Exact name first, else the longest actor name contained in `name`."""
        k = name_key(name)
        if k in self.by_name:
            return self.by_name[k], "same name in the article"
        best = max((n for n in self.by_name if len(n) >= 2 and n in k), key=len, default=None)
        if best:
            return self.by_name[best], f"'{best}' is named inside '{name}'"
        return None, ""

    def in_sentence(self, sentence: str) -> list[tuple[str, str]]:
        s = name_key(sentence)
        return sorted({(t, key) for t, key, names in self.actors if any(name_key(n) in s for n in names if n)})


def _place_rows(article_id: str, place: dict, out: SheetRows, index: _ArticleIndex) -> tuple[str, list[str] | None]:
    """Rows for one place; returns its key and, when gazetteer-coded, its chain."""
    ev = _evidence(place)
    names = _names(place)
    code = place.get("code")
    chain = list(place.get("chain") or [])
    if code:
        key = ids.place_key(code)
        official = chain[-1] if chain else place.get("canonical") or place["name"]
        attrs = {"code": code, "level": place.get("level") or ids.place_level(key), "chain": chain}
        out.facts.append(FactRow(article_id, "place", key, official, place.get("canonical") or official,
                                 names, attrs, f"gazetteer code {code}", ev))
        child = key
        for anc_key, anc_name in reversed(ids.align_chain(code, chain)):
            depth = chain.index(anc_name) + 1 if anc_name in chain else 0
            out.facts.append(FactRow(article_id, "place", anc_key, anc_name, anc_name, [anc_name],
                                     {"code": None if anc_key.startswith("path:") else anc_key,
                                      "level": ids.place_level(anc_key), "chain": chain[:depth]},
                                     f"above {official} in its gazetteer chain", [], direct=False))  # evidence: the located_in edge
            out.edges.append(EdgeRow(article_id, "located_in", "place", child, "place", anc_key,
                                     {"basis": "gazetteer"}, ev))
            child = anc_key
        for n in names + [official]:
            index.place_by_name.setdefault(name_key(n), key)
        return key, chain
    cands = place.get("candidates") or []
    key = "ambiguous:" + name_key(place["name"]) + "|" + ",".join(sorted(c["code"] for c in cands))
    out.facts.append(FactRow(article_id, "place", key, place["name"], place.get("canonical") or place["name"], names,
                             {"code": None, "level": place.get("level"), "chain": [], "ambiguous": True,
                              "candidates": cands},
                             f"ambiguous: {len(cands)} gazetteer candidates", ev))
    return key, None


def _deepest_common_place(chains: list[tuple[str, list[str]]]) -> str | None:
    """The most specific place when all of an article's coded places lie on one chain."""
    if not chains:
        return None
    key, deepest = max(chains, key=lambda kc: len(kc[1]))
    for _, chain in chains:
        if deepest[: len(chain)] != chain:
            return None
    return key


def sheet_rows(sheet: dict) -> SheetRows:
    """All graph rows one article's fact sheet supports."""
    b = _SheetBuilder(sheet)
    for step in (b.article, b.places, b.communities, b.named, b.adopters, b.runners, b.people, b.quantities,
                 b.partnerships):
        step()
    return b.out


class _SheetBuilder:
    """Rows for one sheet, one method per fact type; later steps look up earlier actors."""

    def __init__(self, sheet: dict) -> None:
        self.sheet = sheet
        self.aid = sheet["article_id"]
        self.out = SheetRows()
        self.index = _ArticleIndex()
        self.article_place: str | None = None

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
        chains: list[tuple[str, list[str]]] = []
        for place in self.sheet.get("places") or []:
            key, chain = _place_rows(self.aid, place, self.out, self.index)
            if chain is not None:
                chains.append((key, chain))
        self.article_place = _deepest_common_place(chains)

    def communities(self) -> None:
        """Key = name + the place it is in: its place_code, else its street/district resolved
        through the article's coded places, else the street/district names as written."""
        aid, index = self.aid, self.index
        for comm in self.sheet.get("communities") or []:
            where, basis = None, None
            if comm.get("place_code"):
                where, basis = ids.place_key(comm["place_code"]), "place_code"
            else:
                for attr in ("street", "district"):
                    if comm.get(attr) and name_key(comm[attr]) in index.place_by_name:
                        where, basis = index.place_by_name[name_key(comm[attr])], attr
                        break
            written = f"{comm.get('street') or ''}/{comm.get('district') or ''}" if comm.get("street") or comm.get("district") else ""
            loc = where or written
            key = name_key(comm.get("canonical") or comm["name"]) + "@" + loc
            reason = (f"name + {basis} {where}" if where
                      else f"name + street/district {loc}" if loc else "name only (no place given)")
            attrs = {k: comm.get(k) for k in ("kind", "street", "district", "place_code")}
            self.out.facts.append(FactRow(aid, "community", key, comm["name"], comm.get("canonical") or comm["name"],
                                          _names(comm), attrs, reason, _evidence(comm)))
            index.add_actor("community", key, _names(comm))
            if where:
                self.out.edges.append(EdgeRow(aid, "located_in", "community", key, "place", where,
                                              {"basis": basis}, _evidence(comm)))
            elif self.article_place:
                self.out.edges.append(EdgeRow(aid, "located_in", "community", key, "place", self.article_place,
                                              {"basis": "article"}, _evidence(comm)))

    def named(self) -> None:
        """Organizations, programs and models: keyed by canonical name; aliases become links."""
        aid = self.aid
        for list_name, node_type in (("organizations", "organization"), ("programs", "program"), ("models", "model")):
            for fact in self.sheet.get(list_name) or []:
                canon = fact.get("canonical") or fact["name"]
                key = name_key(canon)
                attrs = {k: v for k, v in fact.items() if k not in ("name", "canonical", "aliases", "evidence")}
                self.out.facts.append(FactRow(aid, node_type, key, fact["name"], canon, _names(fact), attrs,
                                              f"canonical name {canon}", _evidence(fact)))
                if node_type == "model":
                    continue
                self.index.add_actor(node_type, key, _names(fact))
                for alias in _names(fact):
                    ak = name_key(alias)
                    if ak != key and len(ak) >= MIN_ALIAS_CHARS:
                        self.out.links.append(LinkRow(aid, node_type, key, ak, f"article {aid} links '{alias}' to '{canon}'"))

    def adopters(self) -> None:
        """Communities of the article adopt its models (basis article unless named in the
        model's sentence); organizations only when named in the model's sentence."""
        index = self.index
        for model in self.sheet.get("models") or []:
            mkey = name_key(model.get("canonical") or model["name"])
            in_sent = {a for s in _sentences(model) for a in index.in_sentence(s)}
            for t, key, _ in index.actors:
                if t == "program" or (t == "organization" and (t, key) not in in_sent):
                    continue
                basis = "sentence" if (t, key) in in_sent else "article"
                ev = _evidence(model)
                if basis == "sentence":
                    ev = [e for e in ev if (t, key) in index.in_sentence(e["sentence"] or "")]
                self.out.edges.append(EdgeRow(self.aid, "adopts", t, key, "model", mkey, {"basis": basis}, ev))

    def runners(self) -> None:
        """A program is run by its stated operator, else by the one actor named in its sentence."""
        for prog in self.sheet.get("programs") or []:
            pkey = name_key(prog.get("canonical") or prog["name"])
            runner, basis = None, None
            if prog.get("operator"):
                runner, _ = self.index.lookup(prog["operator"])
                basis = "operator"
            if runner is None:
                near = {a for s in _sentences(prog) for a in self.index.in_sentence(s) if a[0] != "program"}
                if len(near) == 1:
                    runner, basis = near.pop(), "sentence"
            if runner:
                self.out.edges.append(EdgeRow(self.aid, "runs", runner[0], runner[1], "program", pkey,
                                              {"basis": basis}, _evidence(prog)))

    def people(self) -> None:
        """Key = name + affiliation node (namesakes elsewhere stay apart), else name + article."""
        aid = self.aid
        for person in self.sheet.get("people") or []:
            aff, why = self.index.lookup(person["affiliation"]) if person.get("affiliation") else (None, "")
            if aff is None and person.get("role"):
                aff, why = self.index.lookup(person["role"])
            key = name_key(person.get("canonical") or person["name"]) + "@" + (ids.node_id(*aff) if aff else aid)
            reason = f"name + affiliation {ids.node_id(*aff)} ({why})" if aff else f"name within article {aid} (no affiliation)"
            attrs = {k: person.get(k) for k in ("role", "affiliation", "byline")}
            self.out.facts.append(FactRow(aid, "person", key, person["name"], person.get("canonical") or person["name"],
                                          _names(person), attrs, reason, _evidence(person)))
            if aff:
                self.out.edges.append(EdgeRow(aid, "holds_role", "person", key, aff[0], aff[1],
                                              {"role": person.get("role")}, _evidence(person)))

    def quantities(self) -> None:
        """One node per reported number; reported by the one actor in its sentence, else the article."""
        aid = self.aid
        for q in self.sheet.get("quantities") or []:
            ev = _evidence(q)
            key = f"{aid}#{ev[0]['start']}"
            attrs = {k: q.get(k) for k in ("text", "value", "unit", "qualifier", "subject")}
            self.out.facts.append(FactRow(aid, "quantity", key, q["text"], q["text"], [], attrs, "one reported number", ev))
            near = sorted({a for s in _sentences(q) for a in self.index.in_sentence(s)})
            src, basis = (near[0], "sentence") if len(near) == 1 else (("article", aid), "article")
            self.out.edges.append(EdgeRow(aid, "reports", src[0], src[1], "quantity", key, {"basis": basis}, ev))

    def partnerships(self) -> None:
        aid = self.aid
        for p in self.sheet.get("partnerships") or []:
            ends = []
            for side in (p["a"], p["b"]):
                found, _ = self.index.lookup(side)
                if found is None:  # a partner the sheet lists nowhere else still gets a node
                    key = name_key(side)
                    self.out.facts.append(FactRow(aid, "organization", key, side, side, [side], {"kind": None},
                                                  "named only in a partnership", _evidence(p)))
                    self.index.add_actor("organization", key, [side])
                    found = ("organization", key)
                ends.append(found)
            self.out.edges.append(EdgeRow(aid, "partners_with", ends[0][0], ends[0][1], ends[1][0], ends[1][1],
                                          {"relation": p.get("relation")}, _evidence(p)))
