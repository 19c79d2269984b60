"""What extractors produce and what they see.

An extractor reads an `ArticleContext` (the article's clean text, its sentences, the
spaCy `Doc`, and the mentions earlier extractors found) and returns `Mention`s whose
offsets index `ArticleContext.text`. Offsets never leave this coordinate system until
`sheets` maps them back to the raw clipping through `Article.raw_spans`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Mapping

if TYPE_CHECKING:  # spaCy is imported lazily: the CLI must start fast
    from spacy.tokens import Doc

    from .articles import Article

# Fact types, in the order extractors run (later ones may read earlier ones' mentions).
LABELS = (
    "places",
    "communities",
    "organizations",
    "people",
    "models",
    "programs",
    "quantities",
    "partnerships",
)


@dataclass(frozen=True)
class Mention:
    """One occurrence of a fact in an article.

    `start`/`end` index the article's clean text; `name` is the surface form with quote
    marks removed (defaults to the slice); `canonical` is the resolved form that
    mentions of the same entity share; `attrs` are the label's extra fact fields
    (e.g. `role` for people, `value`/`unit`/`qualifier`/`subject` for quantities,
    `a`/`b`/`relation` for partnerships) and must match the fact model in `schema`.
    """

    label: str
    start: int
    end: int
    canonical: str
    name: str = ""
    attrs: Mapping[str, Any] = field(default_factory=dict)

    def surface(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass
class ArticleContext:
    """Everything an extractor may look at for one article."""

    article: "Article"
    doc: "Doc"
    sentences: list[tuple[int, int]]
    mentions: dict[str, list[Mention]] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.article.text

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The (start, end) of the sentence containing `offset`."""
        for start, end in self.sentences:
            if start <= offset < end:
                return start, end
        return (0, len(self.text))

    def found(self, label: str) -> list[Mention]:
        return self.mentions.get(label, [])
