"""The segmenter's vocabulary: one owned jieba `Tokenizer` with our user words, its word
frequencies and part-of-speech tags.

Normalization asks whether a line break cuts a dictionary word, the extractors ask for
tags and frequencies, and the segmenter cuts text with the same dictionary; all three
read it here, so they can never disagree, and normalization does not depend on the
segmenter. The dictionary loads on first use only (about a second).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import read_table, read_terms

if TYPE_CHECKING:
    import jieba

# Lexicon files whose first column holds terms the segmenter must keep whole.
USER_WORD_SOURCES = ("user_words.txt",)
USER_WORD_TABLES = ("models.tsv",)
# A user word is weighted at least this much, so jieba keeps it whole next to common words.
USER_WORD_MIN_FREQ = 2000


def user_words() -> list[str]:
    """Domain terms the segmenter keeps whole (五社联动, 全岗通), from the lexicons."""
    words: set[str] = set()
    for name in USER_WORD_SOURCES:
        words.update(read_terms(name))
    for name in USER_WORD_TABLES:
        words.update(row["term"] for row in read_table(name))
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
        tokenizer.add_word(word, freq=max(tokenizer.suggest_freq(word, tune=False), USER_WORD_MIN_FREQ))
    return tokenizer


def word_freq() -> dict[str, int]:
    """Word → frequency in the dictionary (prefixes of words are listed with 0)."""
    return jieba_tokenizer().FREQ


def is_word(word: str) -> bool:
    """Whether `word` is an entry of the dictionary (not just a prefix of one)."""
    return word_freq().get(word, 0) > 0


@lru_cache(maxsize=1)
def word_tags() -> dict[str, str]:
    """Part-of-speech tag of every word in the dictionary (jieba's dict.txt).

    Read from the dictionary our jieba instance loaded, so tags describe exactly the
    tokens the segmenter makes. User words (domain terms) carry no tag.
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
