"""Segmentation inside spaCy: `spacy.blank("zh")` with an owned jieba `Tokenizer`.

The jieba tokenizer is our own instance (not the module-level default), loaded with
a user dictionary built from `lexicons/`, so domain terms like 五社联动 stay whole.
Sentence boundaries come from `sentences()`, which respects 。！？； and closing quotes.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

import regex

from .chars import CLOSERS, SENTENCE_FINAL
from .vocabulary import jieba_tokenizer

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# A sentence ends at 。！？； (or their ASCII forms, or …… ) plus any closing quotes/brackets
# right after them, and at a paragraph break. Example: 他说：“好。”然后 → ends after ”.
RE_SENTENCE_END = regex.compile("(?:[%s]|…{1,2}|\\.{3,})[%s]*|\n" % (regex.escape(SENTENCE_FINAL), regex.escape(CLOSERS)))


@lru_cache(maxsize=1)
def nlp() -> "Language":
    """spaCy's Chinese pipeline whose tokenizer segments with our jieba instance."""
    import spacy

    pipeline = spacy.blank("zh")  # default char segmenter: building it loads no jieba state
    pipeline.tokenizer.segmenter = "jieba"
    pipeline.tokenizer.jieba_seg = jieba_tokenizer()
    return pipeline


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; whitespace-only stretches are skipped."""
    spans = []
    start = 0
    for match in RE_SENTENCE_END.finditer(text):
        end = match.end()
        spans.extend(_trimmed(text, start, end))
        start = end
    spans.extend(_trimmed(text, start, len(text)))
    return spans


def _trimmed(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield (start, end)


def make_doc(text: str) -> "Doc":
    """Tokenize `text` into a spaCy `Doc` (doc.text == text). Sentences are not marked in
    the Doc: extractors read them from `sentences()` through the article context."""
    return nlp()(text)
