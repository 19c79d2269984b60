"""Article contexts with hand-given mentions, so an extractor is tested without the others."""

from __future__ import annotations

from shequ.articles import Article
from shequ.clipping import analyze_article
from shequ.mentions import ArticleContext, Mention


def context_with(text: str, **surfaces: tuple[str, ...]) -> ArticleContext:
    """Segment `text` and give every occurrence of each surface as a mention of its label
    (e.g. places=("宜宾市",), communities=("金鱼社区",)); no extractor runs."""
    article = Article(index=0, title="", text=text, raw_spans=[(i, i + 1) for i in range(len(text))])
    ctx = analyze_article(article, [])
    for label, words in surfaces.items():
        found = []
        for surface in words:
            start = text.find(surface)
            while start >= 0:
                found.append(Mention(label, start, start + len(surface), surface))
                start = text.find(surface, start + 1)
        ctx.mentions[label] = sorted(found, key=lambda m: m.start)
    return ctx
