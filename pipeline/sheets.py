"""Mentions → validated facts → one fact sheet per article.

How mentions group into facts comes from the fact-type table (`schema.FACT_TYPES`):
`entity` mentions sharing a canonical are one fact (named after the first mention, the
other surfaces are aliases, every mention is evidence with its raw span); `occurrence`
mentions are one fact each; `pair` mentions are one fact per pair of parties.

Every entity fact gets its key (`keys`), and every relation end an extractor wrote as a
`Party` becomes a `Ref` to the fact it names. Evidence points at the sheet's `sentences` by
index: once every fact is built, the sentences (or, in sentences longer than
`SENTENCE_CHARS`, the pieces) its evidence uses are numbered in text order
(`number_sentences`). A fact that fails validation, or a
relation whose party is not a fact of the sheet, is not written: it is reported as a
warning with the reason, never dropped silently.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any, Callable

from pydantic import ValidationError

from . import keys
from .articles import Furniture
from .chars import strip_quotes
from .mentions import ArticleContext, Mention, Party
from .schema import FACT_TYPES, SENTENCE_CHARS, Evidence, FactSheet, FactType, FactTypeTable, PageFurniture, Ref

MAX_EVIDENCE = 20  # per fact; the graph keeps counts, the sheet keeps the first occurrences
# Keys of communities use the article's places, so places are keyed first; people's keys use
# the unit they belong to, so they come after every other entity.
KEYED_FIRST = ("place", "community")
KEYED_LAST = ("person",)


def evidence_for(ctx: ArticleContext, raw: str, start: int, end: int) -> Evidence:
    """The evidence of the clean span `start`..`end`: its surface and the raw span it maps to.
    Its `sentence` is numbered when the sheet is complete (`number_sentences`)."""
    raw_start, raw_end = ctx.article.raw_span(start, end)
    text, raw_slice = ctx.text[start:end], raw[raw_start:raw_end]
    return Evidence(text=text, start=raw_start, end=raw_end, raw=None if raw_slice == text else raw_slice, sentence=0)


def furniture_fact(raw: str, item: Furniture) -> PageFurniture:
    slice_ = raw[item.raw_start : item.raw_end]
    evidence = Evidence(text=item.text, start=item.raw_start, end=item.raw_end, raw=None if slice_ == item.text else slice_,
                        sentence=0)
    return PageFurniture(kind=item.kind, text=item.text, evidence=[evidence])


def sentence_pieces(ctx: ArticleContext, spans: list[tuple[int, int]]) -> dict[tuple[int, int], tuple[int, int]]:
    """The clean-text piece each span's evidence refers to: its sentence, or where a sentence is
    longer than `SENTENCE_CHARS`, the stretch of it between cuts every `SENTENCE_CHARS`
    characters from the sentence start. A cut inside a span moves to the span's end; a span
    that crosses a sentence end joins the two sentences. Pieces never overlap, so together
    they are at most the article text. Text between sentences counts as a sentence.
    `spans` are sorted (start, end) pairs."""
    starts = [start for start, _ in ctx.sentences]
    size = len(ctx.text)
    bounds: set[int] = set()  # sentence starts and ends
    cuts: set[int] = set()  # cuts inside long sentences
    for start, end in spans:
        for offset in {start, max(start, end - 1)}:
            i = bisect_right(starts, offset) - 1
            if i >= 0 and offset < ctx.sentences[i][1]:
                first, last = ctx.sentences[i]
            else:  # between sentences: the gap
                first = ctx.sentences[i][1] if i >= 0 else 0
                last = starts[i + 1] if i + 1 < len(starts) else size
            bounds.update((first, last))
            if last - first > SENTENCE_CHARS:
                cell = first + (offset - first) // SENTENCE_CHARS * SENTENCE_CHARS
                cuts.update(c for c in (cell, cell + SENTENCE_CHARS) if first < c < last)
    span_starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))  # furthest end of the spans up to each

    def inside(offset: int) -> int | None:
        """The furthest end of the spans that start before `offset`, when it lies past `offset`."""
        i = bisect_left(span_starts, offset)
        return reach[i - 1] if i and reach[i - 1] > offset else None

    kept = {bound for bound in bounds if inside(bound) is None}
    for cut in cuts:
        while (moved := inside(cut)) is not None:
            cut = moved
        kept.add(cut)
    ordered = sorted(kept)
    pieces = {}
    for start, end in spans:
        i = bisect_right(ordered, start) - 1
        after = ordered[i + 1] if i + 1 < len(ordered) else end
        pieces[start, end] = (ordered[i], max(after, end))
    return pieces


def number_sentences(ctx: ArticleContext, facts: dict[str, list[Any]], furniture: list[PageFurniture],
                     clean: dict[int, tuple[int, int]]) -> list[str]:
    """Point every evidence item of `facts` and `furniture` at its sentence; returns the sheet's
    `sentences`: the pieces (`sentence_pieces`) in text order, then page-furniture lines, each
    distinct text once. `clean`: the clean-text span of each evidence item of `facts`, by id."""
    article_evidence = [ev for items in facts.values() for fact in items for ev in fact.evidence]
    spans = [clean[id(ev)] for ev in article_evidence]
    pieces = sentence_pieces(ctx, sorted(set(spans)))
    numbers: dict[str, int] = {}  # a sentence written twice in the article is one entry
    for start, end in sorted(set(pieces.values())):
        numbers.setdefault(ctx.text[start:end], len(numbers))
    for ev, span in zip(article_evidence, spans):
        start, end = pieces[span]
        ev.sentence = numbers[ctx.text[start:end]]
    for item in furniture:
        for ev in item.evidence:
            ev.sentence = numbers.setdefault(ev.text, len(numbers))
    return list(numbers)


@dataclass
class _Group:
    """The mentions of one entity fact, before it is validated."""

    row: FactType
    canonical: str
    mentions: list[Mention]
    key: str = ""
    name: str = ""

    def ref(self) -> Ref:
        return Ref(type=self.row.node_type, key=self.key, name=self.canonical)


@dataclass
class _Index:
    """What the article's entity facts are called, for keys and references."""

    by_party: dict[tuple[str, str], _Group] = field(default_factory=dict)  # (label, canonical) → group
    place_by_name: dict[str, str] = field(default_factory=dict)  # written place name → place key
    places: dict[str, Ref] = field(default_factory=dict)  # place key → reference to its fact
    units: list[_Group] = field(default_factory=list)  # organizations and communities, for roles

    def ref(self, party: Party) -> Ref | None:
        group = self.by_party.get((party.label, party.canonical))
        return None if group is None else group.ref()

    def forget(self, group: _Group) -> None:
        """A rejected fact: later facts must not refer to it."""
        if self.by_party.get((group.row.name, group.canonical)) is group:
            del self.by_party[(group.row.name, group.canonical)]
        if group.row.node_type == "place" and self.places.get(group.key) == group.ref():
            del self.places[group.key]
            self.place_by_name = {name: key for name, key in self.place_by_name.items() if key != group.key}
        self.units = [unit for unit in self.units if unit is not group]


def build_sheet(ctx: ArticleContext, raw: str, clipping: str, article_id: str,
                fact_types: FactTypeTable = FACT_TYPES) -> tuple[FactSheet, list[str]]:
    """The fact sheet of one analysed article, and the warnings for facts it rejected."""
    builder = _SheetBuilder(ctx, raw, article_id, fact_types)
    facts = builder.facts()
    article = ctx.article
    model = fact_types.sheet_model
    furniture = [furniture_fact(raw, item) for item in article.furniture]
    sentences = number_sentences(ctx, facts, furniture, builder.clean)
    # Validation once: the facts were validated one by one; the sheet's own fields are validated
    # here without them, and the sheet-level rules (references resolve, evidence finds its
    # sentence) are checked on the whole.
    head = model(
        clipping=clipping,
        article_id=article_id,
        title=article.title,
        subtitle=article.subtitle,
        source=article.source,
        date=article.date,
    )
    fields = {**dict(head), **facts, "page_furniture": furniture, "sentences": sentences}
    sheet = model.model_construct(_fields_set=head.model_fields_set | facts.keys() | {"page_furniture", "sentences"}, **fields)
    if sheet.dangling_reference() is not None or sheet.sentence_problem() is not None:
        model(**fields)  # raises the ValidationError that names it
    return sheet, [f"{article_id}: {warning}" for warning in builder.warnings]


class _SheetBuilder:
    def __init__(self, ctx: ArticleContext, raw: str, article_id: str, fact_types: FactTypeTable) -> None:
        self.ctx = ctx
        self.raw = raw
        self.article_id = article_id
        self.fact_types = fact_types
        self.index = _Index()
        self.warnings: list[str] = []
        # The clean-text span of each evidence item built, by the item's id (never written): kept
        # beside the models, as a pydantic private attribute costs a Python-level hook on every
        # Evidence built, read and changed. Ids are unique among live objects and an entry is
        # written when its item is built, so every item a fact holds finds its own.
        self.clean: dict[int, tuple[int, int]] = {}

    def facts(self) -> dict[str, list[Any]]:
        groups = {row.name: self._entity_groups(row) for row in self.fact_types if row.grouping == "entity"}
        for group in sorted((g for gs in groups.values() for g in gs), key=self._key_order):
            self._key(group)
        out: dict[str, list[Any]] = {}
        text = self.ctx.text
        for row in self.fact_types:
            if row.grouping == "entity":
                items = [(g.name, lambda g=g: self._entity_fields(g), g) for g in groups[row.name]]
            elif row.grouping == "occurrence":
                items = [(m.surface(text), lambda m=m: self._single_fields([m]), None) for m in self._mentions(row)]
            else:
                items = [(ms[0].surface(text), lambda ms=ms: self._single_fields(ms), None) for ms in self._pairs(row)]
            out[row.name] = self._validated(row, items)
        return out

    # --- grouping -------------------------------------------------------------------------

    def _mentions(self, row: FactType) -> list[Mention]:
        """The mentions that make facts of `row` (components may produce others for each other)."""
        found = self.ctx.found(row.name) if row.name in self.ctx.mentions else []
        return [mention for mention in found if mention.fact]

    def _entity_groups(self, row: FactType) -> list[_Group]:
        groups: dict[str, _Group] = {}
        for mention in self._mentions(row):
            groups.setdefault(mention.canonical, _Group(row, mention.canonical, [])).mentions.append(mention)
        for group in groups.values():
            group.name = self._name(group.mentions[0])
            self.index.by_party[(row.name, group.canonical)] = group
        return list(groups.values())

    def _pairs(self, row: FactType) -> list[list[Mention]]:
        pairs: dict[str, list[Mention]] = {}
        for mention in self._mentions(row):
            pairs.setdefault(mention.canonical, []).append(mention)
        return list(pairs.values())

    # --- keys -----------------------------------------------------------------------------

    @staticmethod
    def _key_order(group: _Group) -> int:
        node_type = group.row.node_type
        return 0 if node_type in KEYED_FIRST else 2 if node_type in KEYED_LAST else 1

    def _key(self, group: _Group) -> None:
        node_type, attrs = group.row.node_type, group.mentions[0].attrs
        if node_type == "place":
            group.key = self._place_key(group, attrs)
            self._index_place(group, attrs)
        elif node_type == "community":
            place = self._community_place(attrs)
            group.key = keys.community_key(group.canonical, place.key if place else self._written_place(attrs))
        elif node_type == "person":
            unit = self._affiliation(group)
            group.key = keys.person_key(group.canonical, f"{unit.type}:{unit.key}" if unit else None, self.article_id)
        else:
            group.key = keys.named_key(group.canonical, self.article_id)
        if node_type in ("organization", "community"):
            self.index.units.append(group)

    @staticmethod
    def _place_key(group: _Group, attrs) -> str:
        if not attrs.get("code"):
            return keys.ambiguous_place_key(group.name, [c["code"] for c in attrs.get("candidates") or []])
        return keys.place_key(attrs["code"])

    def _index_place(self, group: _Group, attrs) -> None:
        """A coded place can be named as a community's street or district."""
        if not attrs.get("code"):
            return
        self.index.places.setdefault(group.key, group.ref())
        chain = attrs.get("chain") or []
        for name in [group.name, group.canonical, *chain[-1:], *self._aliases(group)]:
            self.index.place_by_name.setdefault(keys.name_key(name), group.key)

    def _community_place(self, attrs) -> Ref | None:
        """The place fact a community lies in: the one with its place code, else its street or
        district resolved through the article's coded places."""
        wanted = [keys.place_key(attrs["place_code"])] if attrs.get("place_code") else []
        wanted += [self.index.place_by_name.get(keys.name_key(attrs[level]))
                   for level in ("street", "district") if attrs.get(level)]
        for key in wanted:
            if key in self.index.places:
                return self.index.places[key]
        return None

    @staticmethod
    def _written_place(attrs) -> str:
        """The street/district as written, when no place fact stands for it (empty when none is)."""
        street, district = attrs.get("street"), attrs.get("district")
        return f"{street or ''}/{district or ''}" if street or district else ""

    def _affiliation(self, group: _Group) -> Ref | None:
        """The unit a person's role belongs to: the extractor's, else the longest organization or
        community of the article named inside the role (金鱼社区党委书记 → 金鱼社区)."""
        attrs = group.mentions[0].attrs
        if attrs.get("affiliation"):
            return self.index.ref(attrs["affiliation"])
        role = keys.name_key(attrs.get("role") or "")
        inside = [g for g in self.index.units if role and keys.name_key(g.name) in role]
        if not inside:
            return None
        return max(inside, key=lambda g: len(g.name)).ref()

    # --- fields ---------------------------------------------------------------------------

    def _entity_fields(self, group: _Group) -> dict[str, Any]:
        fields = self._resolved(group.mentions[0])
        if group.row.node_type == "person":
            fields["affiliation"] = self._affiliation(group)
        elif group.row.node_type == "community":
            fields["place"] = self._community_place(fields)
        fields.update(name=group.name, key=group.key, canonical=group.canonical, aliases=self._aliases(group),
                      evidence=self._evidence(group.mentions))
        return fields

    def _single_fields(self, mentions: list[Mention]) -> dict[str, Any]:
        fields = self._resolved(mentions[0])
        fields["evidence"] = self._evidence(mentions)
        return fields

    def _resolved(self, mention: Mention) -> dict[str, Any]:
        """The mention's attrs with every `Party` turned into a `Ref` (missing ones raise)."""
        fields = dict(mention.attrs)
        for name, value in mention.attrs.items():
            if isinstance(value, Party):
                fields[name] = self.index.ref(value)
                if fields[name] is None:
                    raise _UnresolvedParty(f"{name} {value.canonical!r} is not a {value.label} fact of this sheet")
        return fields

    def _name(self, mention: Mention) -> str:
        return mention.name or strip_quotes(mention.surface(self.ctx.text))

    def _aliases(self, group: _Group) -> list[str]:
        aliases: list[str] = []
        for other in group.mentions[1:]:
            alias = self._name(other)
            if alias != group.name and alias not in aliases:
                aliases.append(alias)
        return aliases

    def _evidence(self, mentions: list[Mention]) -> list[Evidence]:
        """The mention the fact's name comes from first, the others in text order (whatever
        order the extractors found them in)."""
        seen: set[tuple[int, int]] = set()
        evidence = []
        for mention in mentions[:1] + sorted(mentions[1:], key=lambda m: (m.start, m.end)):
            if (mention.start, mention.end) in seen:
                continue
            seen.add((mention.start, mention.end))
            evidence.append(evidence_for(self.ctx, self.raw, mention.start, mention.end))
            self.clean[id(evidence[-1])] = (mention.start, mention.end)
            if len(evidence) >= MAX_EVIDENCE:
                break
        return evidence

    def _validated(self, row: FactType, items: list[tuple[str, Callable[[], dict[str, Any]], _Group | None]]) -> list[Any]:
        """Each fact built and validated on its own, so one bad fact costs only itself (and the
        references to it: rows refer only to rows before them in the table)."""
        facts = []
        for shown, make, group in items:
            try:
                facts.append(row.model(**make()))
            except (_UnresolvedParty, ValidationError) as err:
                self.warnings.append(f"{row.name} {shown!r} rejected: {_reason(err)}")
                if group is not None:
                    self.index.forget(group)
        return facts


class _UnresolvedParty(ValueError):
    """A relation names a party that is not a fact of the sheet (its fact was rejected)."""


def _reason(err: Exception) -> str:
    if isinstance(err, ValidationError):
        first = err.errors()[0]
        return f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"
    return str(err)
