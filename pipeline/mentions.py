"""What extractors produce and what they see.

An extractor reads an `ArticleContext` (the article's clean text, its sentences and
tokens (the spaCy `Doc` on demand), and the mentions of the labels it declared it reads) and
returns `Mention`s whose offsets index `ArticleContext.text`. Offsets never leave this
coordinate system until `sheets` maps them back to the raw clipping through
`Article.offsets`.

A relation between facts (a partnership's parties, a person's affiliation, a program's
operator) is written in a mention's attrs as a `Party`: the label and canonical of the
other mention. `sheets` turns each into a reference to that fact's key.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Iterable, Mapping, NamedTuple

from .errors import LabelNotProducedError, UndeclaredReadError
from .segment import make_doc, token_offsets
from .spans import SpanIndex, token_spans

if TYPE_CHECKING:  # spaCy is imported lazily: the CLI must start fast
    from spacy.tokens import Doc

    from .articles import Article


class Party(NamedTuple):
    """One end of a relation, as extractors know it: a mention label and its canonical."""

    label: str
    canonical: str


@dataclass(frozen=True)
class Mention:
    """One occurrence of a fact in an article.

    `start`/`end` index the article's clean text; `name` is the surface form with quote
    marks removed (defaults to the slice); `canonical` is the resolved form that
    mentions of the same entity share; `attrs` are the label's extra fact fields
    (e.g. `role` for people, `value`/`unit`/`qualifier`/`subject` for quantities,
    `a`/`b`/`relation` for partnerships) and must match the fact model in `schema`;
    relation ends among them are `Party` values. `fact` False marks a mention that later
    components may read but that is no fact of the sheet (a place written only as the
    head of an organization's name still tells the organization extractor where a name
    starts).
    """

    label: str
    start: int
    end: int
    canonical: str
    name: str = ""
    attrs: Mapping[str, Any] = field(default_factory=dict)
    fact: bool = True

    def surface(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass
class ArticleContext:
    """Everything an extractor may look at for one article.

    `mentions` holds each produced label's mentions; reading a label nobody produced
    raises (`found`), so a missing extractor is an error, never an empty list. Token and
    sentence indexes are built once per article, on first use. The tokens are jieba's
    (`segment.token_offsets`, as the pipeline passes them), the same spans as the tokens of
    the article's spaCy `Doc`; the Doc itself is built only when something asks for
    `doc` (no extractor does, so a worker never imports spaCy), or passed in as `spacy_doc`.
    """

    article: "Article"
    sentences: list[tuple[int, int]]
    mentions: dict[str, list[Mention]] = field(default_factory=dict)
    token_offsets: list[tuple[int, int]] | None = None  # (start, end) of every token, when already cut
    spacy_doc: "Doc | None" = None

    @property
    def text(self) -> str:
        return self.article.text

    @cached_property
    def tokens(self) -> SpanIndex:
        """The tokens as character spans (whitespace tokens included), the Doc's if one was given."""
        if self.token_offsets is not None:
            return SpanIndex(self.token_offsets)
        if self.spacy_doc is not None:
            return SpanIndex(token_spans(self.spacy_doc))
        return SpanIndex(token_offsets(self.text))

    @property
    def doc(self) -> "Doc":
        """The article as a spaCy `Doc` (jieba inside spaCy's Chinese tokenizer), built on first use."""
        if self.spacy_doc is None:
            self.spacy_doc = make_doc(self.text)
        return self.spacy_doc

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [start for start, _ in self.sentences]

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The (start, end) of the sentence containing `offset` (the whole text when none does)."""
        i = bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i][1]:
            return self.sentences[i]
        return (0, len(self.text))

    def found(self, label: str) -> list[Mention]:
        """The mentions of `label`; raises when no component produced it."""
        try:
            return self.mentions[label]
        except KeyError:
            raise LabelNotProducedError(label=label, produced=", ".join(sorted(self.mentions)) or "none") from None

    def found_any(self, labels: Iterable[str]) -> list[Mention]:
        """The mentions of several labels, in label order."""
        return [mention for label in labels for mention in self.found(label)]

    def view(self, component: str, requires: Iterable[str]) -> "ComponentView":
        return ComponentView(self, component, frozenset(requires))


class ComponentView:
    """An `ArticleContext` as one component sees it: it may read only the labels it requires."""

    def __init__(self, ctx: ArticleContext, component: str, requires: frozenset[str]) -> None:
        self._ctx = ctx
        self._component = component
        self._requires = requires
        # What components read most, fixed for the article: plain attributes, not a miss of the
        # instance dictionary and then `__getattr__` (about 200 reads an article)
        self.text, self.article, self.sentences = ctx.text, ctx.article, ctx.sentences

    @property
    def tokens(self) -> SpanIndex:
        return self._ctx.tokens

    def found(self, label: str) -> list[Mention]:
        if label not in self._requires:
            raise UndeclaredReadError(component=self._component, label=label, requires=", ".join(sorted(self._requires)) or "nothing")
        return self._ctx.found(label)

    def found_any(self, labels: Iterable[str]) -> list[Mention]:
        return [mention for label in labels for mention in self.found(label)]

    def __getattr__(self, name: str) -> Any:
        if name == "mentions":
            raise AttributeError("components read mentions through found(label), which checks their declarations")
        return getattr(self._ctx, name)
