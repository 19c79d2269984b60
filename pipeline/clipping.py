"""One clipping, end to end: raw text → clean text → articles → mentions → fact sheets."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Mapping

from .articles import Article, article_id, split_articles
from .errors import NoArticleError
from .mentions import ArticleContext
from .normalize import normalize
from .schema import FactSheet
from .segment import sentences, token_offsets
from .sheets import build_sheet

if TYPE_CHECKING:
    from .registry import Pipeline


def analyze_article(article: Article, pipeline: "Pipeline | None" = None) -> ArticleContext:
    """Segment one article and run the pipeline's extractors over it (tokens as offsets: no
    extractor reads a spaCy Doc, so none is built)."""
    text = article.text
    ctx = ArticleContext(article=article, sentences=sentences(text), token_offsets=token_offsets(text))
    return (pipeline or default_pipeline())(ctx)


def analyze_text(text: str, pipeline: "Pipeline | None" = None) -> ArticleContext:
    """Run the extractors over clean `text` as one untitled article (raw == clean).

    Meant for tests and quick looks: offsets in the result index `text` directly.
    """
    return analyze_article(Article.from_text(text), pipeline)


@dataclass
class ClippingResult:
    """What one clipping produced: its fact sheets, and facts rejected on the way."""

    clipping: str
    sheets: list[FactSheet]
    warnings: list[str] = field(default_factory=list)


def process_clipping(raw: str, clipping: str, pipeline: "Pipeline | None" = None) -> ClippingResult:
    """Raw decoded clipping text (file name `clipping`) → validated fact sheets.

    Pure: no I/O, same input → same output (article ids included).
    Raises `NoArticleError` when the text holds no article body.
    """
    pipeline = pipeline or default_pipeline()
    clean = normalize(raw)
    articles, _ = split_articles(clean, clipping)
    if not articles:
        raise NoArticleError(path=clipping, lines=raw.count("\n") + (not raw.endswith("\n")))  # lines of the file
    sheets, warnings = [], []
    for article in articles:
        ctx = analyze_article(article, pipeline)
        sheet, rejected = build_sheet(ctx, raw, clipping, article_id(clipping, raw, article.index), pipeline.fact_types)
        sheets.append(sheet)
        warnings.extend(rejected)
    return ClippingResult(clipping=clipping, sheets=sheets, warnings=warnings)


def default_pipeline(options: Mapping[str, Mapping[str, Any]] | None = None) -> "Pipeline":
    """Every registered extractor with `options`, built once per process and options
    (extractors compile lexicons and automata when built)."""
    return _pipeline(json.dumps(options or {}, sort_keys=True, ensure_ascii=False))


@lru_cache(maxsize=8)
def _pipeline(options_json: str) -> "Pipeline":
    from .extract import default_registry

    return default_registry().pipeline(options=json.loads(options_json))
