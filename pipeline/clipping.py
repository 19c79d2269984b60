"""One clipping, end to end: raw text → articles → extracted mentions → fact sheets."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .articles import Article
from .extract import build_extractors, run_extractors
from .mentions import ArticleContext
from .schema import FactSheet
from .segment import make_doc, sentences


def analyze_article(article: Article, extractors=None) -> ArticleContext:
    """Segment one article and run the extractors over it."""
    ctx = ArticleContext(article=article, doc=make_doc(article.text), sentences=sentences(article.text))
    return run_extractors(ctx, extractors if extractors is not None else default_extractors())


def analyze_text(text: str, extractors=None) -> ArticleContext:
    """Run the extractors over clean `text` as one untitled article (raw == clean).

    Meant for tests and quick looks: offsets in the result index `text` directly.
    """
    article = Article(index=0, title="", text=text, raw_spans=[(i, i + 1) for i in range(len(text))])
    return analyze_article(article, extractors)




@dataclass
class ClippingResult:
    """What one clipping produced: its fact sheets, and facts rejected on the way."""

    clipping: str
    sheets: list[FactSheet]
    warnings: list[str] = field(default_factory=list)


def process_clipping(raw: str, clipping: str) -> ClippingResult:
    """Raw decoded clipping text (file name `clipping`) → validated fact sheets.

    Pure: no I/O, same input → same output (article ids included).
    Raises `NoArticleError` when the text holds no article body.
    """
    from .articles import article_id, split_articles
    from .errors import NoArticleError
    from .normalize import normalize
    from .sheets import build_sheet

    clean = normalize(raw)
    articles, _ = split_articles(clean, clipping)
    if not articles:
        raise NoArticleError(path=clipping, lines=clean.text.count("\n") + 1 if clean.text else 0)
    extractors = default_extractors()
    sheets, warnings = [], []
    for article in articles:
        ctx = analyze_article(article, extractors)
        sheet, rejected = build_sheet(ctx, raw, clipping, article_id(clipping, raw, article.index))
        sheets.append(sheet)
        warnings.extend(rejected)
    return ClippingResult(clipping=clipping, sheets=sheets, warnings=warnings)


@lru_cache(maxsize=1)
def default_extractors():
    """The extractors, built once per process (they compile lexicons and automata)."""
    return build_extractors()
