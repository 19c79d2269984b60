"""Segmentation: jieba's cut at native speed, in a spaCy `Doc` built from the token offsets.

`tokens(text)` cuts exactly as jieba cuts with our dictionary (jieba's `dict.txt`, the user
words of `lexicons/`, HMM for unknown words), using rjieba, the Rust port of jieba, built
from the same dictionary (`vocabulary`). The two differ in two places, handled here:
- rjieba counts the CJK extension blocks (㐀, 鿖, 𠀀) as Chinese; jieba does not, so such a
  character is a token of its own and ends the stretch jieba segments. The text is cut
  at them before rjieba sees it (each stretch scored alone, as jieba scores it);
- inside its HMM step, rjieba keeps a run of letters and digits joined by - . _ as one
  token (2022-05-20, qq.com, COVID-19) where jieba splits it (2022 - 05 - 20): such runs
  are cut again as jieba cuts them (`_as_jieba`).
Long texts are cut in chunks that end right after a character both always cut after
(a line break, 。, any punctuation), so chunking never changes a token.

`token_offsets(text)` gives the (start, end) of every token of that Doc without building it:
that is all the extractors read, so the pipeline never imports spaCy (about 0.7 s and 60 MB
per worker). `make_doc(text)` builds the Doc from the tokens in one pass: `Doc(vocab, words, spaces)`
with exactly the words and spaces spaCy's Chinese tokenizer makes from the same tokens
(its `get_words_and_spaces` searches the rest of the text for every token, quadratic on
long texts). `doc.text == text` for any text, and no length limit applies (spaCy's
`nlp.max_length`, error E088, guards `nlp(text)`, which is not called).

Sentence boundaries come from `sentences()`, which respects 。！？； and closing quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING, Iterable, Iterator

import regex

from .chars import CLOSERS, SENTENCE_FINAL
from .spans import RE_WHITESPACE_RUN
from .vocabulary import vocabulary

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# A sentence ends at 。！？； (or their ASCII forms, or …… ) plus any closing quotes/brackets
# right after them, and at a paragraph break. Example: 他说：“好。”然后 → ends after ”.
RE_SENTENCE_END = regex.compile("(?:[%s]|…{1,2}|\\.{3,})[%s]*|\n" % (regex.escape(SENTENCE_FINAL), regex.escape(CLOSERS)))

# jieba's own patterns (jieba/__init__.py re_han_default, jieba/finalseg re_skip), with Python's
# `re` as jieba uses it (\d is any Unicode digit there). A block is what jieba segments with
# its dictionary; inside the HMM step a run that is not Chinese is split into these pieces.
# Example: 日期2022-05-20 → blocks 日期2022-05-20; its HMM pieces 2022, -, 05, -, 20.
RE_JIEBA_BLOCK = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)")
RE_JIEBA_HMM_PIECE = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
# jieba's Chinese characters (a token holding one is cut alike by both).
RE_JIEBA_HAN = re.compile("[\u4e00-\u9fd5]")
# Characters of the CJK blocks rjieba counts as Chinese and jieba does not. Example: 㐀 鿖 﨑 𠀀
RE_NOT_JIEBA_HAN = re.compile(
    "[\u3400-\u4dbf\u9fd6-\u9fff\uf900-\ufaff\U00020000-\U0002a6df\U0002a700-\U0002ebef\U0002f800-\U0002fa1f]"
)
# A joiner that rjieba's HMM step keeps inside a run of letters and digits. Example: 2022-05-20
RE_JOINER = re.compile("[-._]")
# A chunk of a long text ends right after a character that ends a token for jieba and
# rjieba alike: not in either's blocks (Chinese of any CJK block, letters, digits, +#&._%-)
# and not \r (\r\n is one token). Example: 。 ， \n “
RE_CHUNK_END = re.compile(
    "[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002a6df\U0002a700-\U0002ebef\U0002f800-\U0002fa1f"
    "a-zA-Z0-9+#&._%\\-\r]"
)
# Texts longer than this are cut in chunks (rjieba's HMM allocates per character of its input).
CHUNK_CHARS = 20_000


@lru_cache(maxsize=1)
def nlp() -> "Language":
    """spaCy's blank Chinese pipeline, whose tokenizer is `make_doc` (the vocab every Doc shares)."""
    import spacy

    pipeline = spacy.blank("zh")  # default char segmenter: building it loads no jieba state
    pipeline.tokenizer = make_doc
    return pipeline


def tokens(text: str) -> list[str]:
    """jieba's tokens of `text` (`Tokenizer.cut(text)` with our dictionary), empty ones left out."""
    words: list[str] = []
    start = 0
    for match in RE_NOT_JIEBA_HAN.finditer(text):
        words += _native(text, start, match.start())
        words.append(match.group())
        start = match.end()
    words += _native(text, start, len(text))
    if RE_JOINER.search(text):
        words = _as_jieba(text, words)
    return words


def _native(text: str, start: int, end: int) -> list[str]:
    """rjieba's tokens of text[start:end], long stretches in chunks."""
    cut = vocabulary().segmenter.cut
    if end - start <= CHUNK_CHARS:
        return cut(text[start:end]) if end > start else []
    words: list[str] = []
    for a, b in _chunks(text[start:end]):
        words += cut(text[start + a : start + b])
    return words


def _chunks(text: str, size: int = CHUNK_CHARS) -> Iterable[tuple[int, int]]:
    """(start, end) of pieces of at most about `size` characters, each ending where both cut."""
    start, n = 0, len(text)
    while n - start > size:
        window = text[start + size // 2 : start + size]
        last = None
        for last in RE_CHUNK_END.finditer(window):
            pass
        if last is None:  # no cut point in the window: go on to the next one
            found = RE_CHUNK_END.search(text, start + size)
            if found is None:
                break
            end = found.end()
        else:
            end = start + size // 2 + last.end()
        yield start, end
        start = end
    if start < n:
        yield start, n


def _as_jieba(text: str, words: list[str]) -> list[str]:
    """rjieba's tokens of `text`, the stretches where it may cut otherwise cut as jieba cuts them."""
    ends = list(accumulate(map(len, words)))
    fixed: list[tuple[int, int]] = []  # [first, last] token index of each stretch to cut again
    for match in RE_JOINER.finditer(text):
        i = bisect_right(ends, match.start())
        if (fixed and fixed[-1][1] >= i) or not _outside_dictionary_han(words[i]):
            continue
        first = last = i
        while first > 0 and _outside_dictionary_han(words[first - 1]):
            first -= 1
        while last + 1 < len(words) and _outside_dictionary_han(words[last + 1]):
            last += 1
        fixed.append((first, last))
    if not fixed:
        return words
    out: list[str] = []
    done = 0
    for first, last in fixed:
        out += words[done:first]
        out += _jieba_pieces("".join(words[first : last + 1]))
        done = last + 1
    out += words[done:]
    return out


def _outside_dictionary_han(word: str) -> bool:
    """A token jieba makes outside its dictionary and its Chinese HMM: no jieba-Chinese
    character, not whitespace, and a single character or no dictionary word."""
    return (not word.isspace() and not RE_JIEBA_HAN.search(word)
            and (len(word) == 1 or word not in vocabulary().freq))


def _jieba_pieces(stretch: str) -> Iterable[str]:
    """How jieba cuts a stretch of non-Chinese, non-dictionary text: characters outside its
    blocks one by one, runs inside them into its HMM pieces (jieba.finalseg.cut)."""
    for block in RE_JIEBA_BLOCK.split(stretch):
        if not block:
            continue
        if RE_JIEBA_BLOCK.fullmatch(block):
            yield from (piece for piece in RE_JIEBA_HMM_PIECE.split(block) if piece)
        else:
            yield from block


def _doc_tokens(text: str, words: Iterable[str]) -> Iterator[tuple[int, int, bool]]:
    """(start, end, trailing space) of every token spaCy's Doc makes from `words`, tokens
    that cover `text` in order: whitespace tokens become the gap between their neighbours,
    and a single space after a word is that word's trailing space."""
    pos = 0  # end of what the Doc covers so far
    at = 0  # start of the current word in text
    n = len(text)
    for word in words:
        start, at = at, at + len(word)
        if word.isspace():
            continue
        if start > pos:
            yield pos, start, False
        space = at < n and text[at] == " "
        yield start, at, space
        pos = at + space
    if pos < n:
        yield pos, n, False


def words_and_spaces(text: str, words: list[str]) -> tuple[list[str], list[bool]]:
    """What `spacy.util.get_words_and_spaces(words, text)` returns for tokens that cover
    `text` in order, in one pass (`_doc_tokens`)."""
    spans = list(_doc_tokens(text, words))
    return [text[start:end] for start, end, _ in spans], [space for _, _, space in spans]


def token_offsets(text: str) -> list[tuple[int, int]]:
    """(start, end) of every token of `make_doc(text)` without spaCy: the spans of `_doc_tokens`.

    Between two whitespace tokens the Doc's tokens are the words as they are (a word that
    follows a word starts where it ends: no gap, whatever `pos` says), so only the stretches
    are walked: the words' offsets come from one running sum, and the whitespace tokens (few:
    paragraph breaks and spaces) from the text's whitespace runs, as `spans.non_space` finds
    them. No Python step per token (a sixth less than a loop over every word)."""
    words = tokens(text)
    n = len(text)
    ends = list(accumulate(map(len, words)))
    starts = [0, *ends[:-1]] if words else []
    spans = list(zip(starts, ends))
    out: list[tuple[int, int]] = []
    pos = done = 0  # as in _doc_tokens; done: the first word not yet placed

    def stretch(first: int, last: int) -> None:  # words first..last-1, none of them whitespace
        nonlocal pos
        if starts[first] > pos:
            out.append((pos, starts[first]))
        out.extend(spans[first:last])
        at = ends[last - 1]
        pos = at + 1 if at < n and text[at] == " " else at

    for run in RE_WHITESPACE_RUN.finditer(text):
        i = bisect_left(starts, run.start())
        while i < len(words) and ends[i] <= run.end():  # a token inside the run: whitespace only
            if i > done:
                stretch(done, i)
            done = i + 1
            i += 1
    if done < len(words):
        stretch(done, len(words))
    if pos < n:
        out.append((pos, n))
    return out


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
    from spacy.tokens import Doc

    words, spaces = words_and_spaces(text, tokens(text))
    return Doc(nlp().vocab, words=words, spaces=spaces)
