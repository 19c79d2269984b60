"""Segmentation inside spaCy: `spacy.blank("zh")` with an owned jieba `Tokenizer`.

The jieba tokenizer is our own instance (not the module-level default), loaded with
a user dictionary built from `lexicons/`, so domain terms like 五社联动 stay whole.
Sentence boundaries come from `sentences()`, which respects 。！？； and closing quotes.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

import regex

from .lexicon import read_table, read_terms

if TYPE_CHECKING:
    import jieba
    from spacy.language import Language
    from spacy.tokens import Doc

# A sentence ends at 。！？； (or their ASCII forms, or …… ) plus any closing quotes/brackets
# right after them, and at a paragraph break. Example: 他说：“好。”然后 → ends after ”.
RE_SENTENCE_END = regex.compile(r"(?:[。！？；!?;]|…{1,2}|\.{3,})[”’」』）)》]*|\n")

# Lexicon files whose first column holds terms the segmenter must keep whole.
USER_WORD_SOURCES = ("user_words.txt",)
USER_WORD_TABLES = ("models.tsv",)


def user_words() -> list[str]:
    words: set[str] = set()
    for name in USER_WORD_SOURCES:
        words.update(read_terms(name))
    for name in USER_WORD_TABLES:
        try:
            for row in read_table(name):
                words.add(row["term"])
        except FileNotFoundError:
            continue
    return sorted(w for w in words if 1 < len(w) <= 20)


@lru_cache(maxsize=1)
def jieba_tokenizer() -> "jieba.Tokenizer":
    """The one jieba instance this process uses, with the lexicon words added."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word in user_words():
        tokenizer.add_word(word, freq=max(tokenizer.suggest_freq(word, tune=False), 2000))
    return tokenizer


@lru_cache(maxsize=1)
def word_tags() -> dict[str, str]:
    """Part-of-speech tag of every word in the segmenter's dictionary (jieba's dict.txt).

    One table per process, shared by the extractors that read tags: read from the
    dictionary our jieba instance loaded, so tags describe exactly the tokens in a Doc.
    User words (domain terms) carry no tag.
    """
    tokenizer = jieba_tokenizer()
    tags: dict[str, str] = {}
    with tokenizer.get_dict_file() as handle:
        for raw in handle:
            parts = raw.decode("utf-8").split() if isinstance(raw, bytes) else raw.split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    tags.update(getattr(tokenizer, "user_word_tag_tab", {}))
    return tags


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
    """Tokenize `text` (doc.text == text) and mark sentence starts from `sentences()`.

    Sentence starts are set in one array write: setting `token.is_sent_start` token by
    token re-scans the document each time (quadratic in its length).
    """
    import numpy
    from spacy.attrs import SENT_START

    doc = nlp()(text)
    if not len(doc):
        return doc
    starts = {start for start, _ in sentences(text)}
    flags = [1 if token.i == 0 or token.idx in starts else -1 for token in doc]
    doc.from_array([SENT_START], numpy.array(flags, dtype="int64").astype("uint64").reshape(-1, 1))
    return doc
