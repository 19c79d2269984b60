"""Mentions → validated facts → one fact sheet per article.

Mentions of one label that share a `canonical` become one fact: its name is the
first mention's surface (quote marks removed), the other surfaces are aliases, and
every mention is evidence with its raw span. A fact that fails validation is not
written; it is reported as a warning with the reason, never dropped silently.
"""

from __future__ import annotations

from typing import Any

import regex
from pydantic import ValidationError

from .articles import Article, Furniture
from .mentions import LABELS, ArticleContext, Mention
from .schema import FACT_MODELS, Evidence, FactSheet, PageFurniture

# Quote marks are not part of a name: “凉小鸭”志愿服务队 → 凉小鸭志愿服务队
RE_QUOTES = regex.compile(r"[“”‘’\"「」『』]")
MAX_EVIDENCE = 20  # per fact; the graph keeps counts, the sheet keeps the first occurrences
ENTITY_LABELS = ("organizations", "places", "communities", "models", "programs", "people")


def evidence_for(ctx: ArticleContext, raw: str, start: int, end: int) -> Evidence:
    article = ctx.article
    sentence_start, sentence_end = ctx.sentence_at(start)
    raw_start, raw_end = article.raw_span(start, end)
    return Evidence(
        text=ctx.text[start:end],
        sentence=ctx.text[sentence_start:sentence_end],
        start=raw_start,
        end=raw_end,
        raw=raw[raw_start:raw_end],
    )


def _name(ctx: ArticleContext, mention: Mention) -> str:
    return mention.name or RE_QUOTES.sub("", mention.surface(ctx.text))


def _entity_facts(ctx: ArticleContext, raw: str, label: str, mentions: list[Mention], warnings: list[str]) -> list[Any]:
    groups: dict[str, list[Mention]] = {}
    for mention in mentions:
        groups.setdefault(mention.canonical, []).append(mention)
    model = FACT_MODELS[label]
    facts = []
    for canonical, group in groups.items():
        first = group[0]
        name = _name(ctx, first)
        aliases = []
        for other in group[1:]:
            alias = _name(ctx, other)
            if alias != name and alias not in aliases:
                aliases.append(alias)
        try:
            evidence = _evidence_list(ctx, raw, group)
            facts.append(model(name=name, canonical=canonical, aliases=aliases, evidence=evidence, **dict(first.attrs)))
        except ValidationError as err:
            warnings.append(f"{label} {name!r} rejected: {_reason(err)}")
    return facts


def _evidence_list(ctx: ArticleContext, raw: str, group: list[Mention]) -> list[Evidence]:
    seen: set[tuple[int, int]] = set()
    evidence = []
    for mention in group:
        if (mention.start, mention.end) in seen:
            continue
        seen.add((mention.start, mention.end))
        evidence.append(evidence_for(ctx, raw, mention.start, mention.end))
        if len(evidence) >= MAX_EVIDENCE:
            break
    return evidence


def _single_facts(ctx: ArticleContext, raw: str, label: str, mentions: list[Mention], warnings: list[str]) -> list[Any]:
    """Quantities (one fact per mention) and partnerships (one per pair, all evidence)."""
    model = FACT_MODELS[label]
    groups: dict[str, list[Mention]] = {}
    for mention in mentions:
        key = mention.canonical if label == "partnerships" else f"{mention.start}:{mention.end}"
        groups.setdefault(key, []).append(mention)
    facts = []
    for group in groups.values():
        first = group[0]
        try:
            facts.append(model(evidence=_evidence_list(ctx, raw, group), **dict(first.attrs)))
        except ValidationError as err:
            warnings.append(f"{label} {first.surface(ctx.text)!r} rejected: {_reason(err)}")
    return facts


def _reason(err: ValidationError) -> str:
    first = err.errors()[0]
    return f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"


def furniture_fact(raw: str, item: Furniture) -> PageFurniture:
    slice_ = raw[item.raw_start : item.raw_end]
    evidence = Evidence(text=item.text, sentence=item.text, start=item.raw_start, end=item.raw_end, raw=slice_)
    return PageFurniture(kind=item.kind, text=item.text, evidence=[evidence])


def build_sheet(ctx: ArticleContext, raw: str, clipping: str, article_id: str) -> tuple[FactSheet, list[str]]:
    """The fact sheet of one analysed article, and the warnings for facts it rejected."""
    article: Article = ctx.article
    warnings: list[str] = []
    facts: dict[str, list[Any]] = {}
    for label in LABELS:
        mentions = ctx.found(label)
        if label in ENTITY_LABELS:
            facts[label] = _entity_facts(ctx, raw, label, mentions, warnings)
        else:
            facts[label] = _single_facts(ctx, raw, label, mentions, warnings)
    furniture = [furniture_fact(raw, item) for item in article.furniture]
    sheet = FactSheet(
        clipping=clipping,
        article_id=article_id,
        title=article.title,
        subtitle=article.subtitle,
        source=article.source,
        date=article.date,
        page_furniture=furniture,
        **facts,
    )
    return sheet, [f"{article_id}: {warning}" for warning in warnings]
