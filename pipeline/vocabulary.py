"""The segmenter's vocabulary: jieba's dictionary plus our user words, read once.

Normalization asks whether a line break cuts a dictionary word, the extractors ask for
tags and frequencies, and the segmenter cuts text with the same dictionary; all three
read it here, so they can never disagree, and normalization does not depend on the
segmenter.

One read of jieba's `dict.txt` (word, frequency, tag per line) builds the one word
table: frequencies (`word_freq`) and tags (`word_tags`) are two indexes over the same
word strings, and the native segmenter (`rjieba`, the Rust port of jieba) gets the same
entries. jieba's own `Tokenizer` is never initialized: it would hold the dictionary a
second time with every prefix of every word (~500k entries). The user words are added
exactly as `jieba.Tokenizer.add_word(word, freq=max(suggest_freq(word), 2000))` adds
them, so the native segmenter scores every cut as jieba does. Nothing loads before
something asks (about a second, once per process).
"""

from __future__ import annotations

import bisect
import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import cached, read_table, read_terms

if TYPE_CHECKING:
    import rjieba

# Lexicon files whose first column holds terms the segmenter must keep whole.
USER_WORD_SOURCES = ("user_words.txt",)
USER_WORD_TABLES = ("models.tsv",)
# A user word is weighted at least this much, so jieba keeps it whole next to common words.
USER_WORD_MIN_FREQ = 2000
# A dictionary entry no text can contain (a private-use character): its frequency makes the
# native segmenter's word total equal to jieba's. jieba adds a re-added word's frequency
# (and a word listed twice in dict.txt) to the total without taking the old one out;
# rjieba replaces it. The total weighs every cut, so the two must agree exactly.
TOTAL_BALANCE_WORD = "\ue000"
# rjieba's extension module (the native segmenter), loaded without its package's `__init__`.
NATIVE_MODULE = "rjieba.rjieba"


def user_words() -> list[str]:
    """Domain terms the segmenter keeps whole (五社联动, 全岗通), from the lexicons."""
    words: set[str] = set()
    for name in USER_WORD_SOURCES:
        words.update(read_terms(name))
    for name in USER_WORD_TABLES:
        words.update(row["term"] for row in read_table(name))
    return sorted(w for w in words if 1 < len(w) <= 20)


def dictionary_path() -> str:
    """jieba's main dictionary (`dict.txt` in the jieba package: word, frequency, tag per line)."""
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:  # pragma: no cover - jieba is a dependency
        raise ModuleNotFoundError("jieba")
    return os.path.join(os.path.dirname(spec.origin), "dict.txt")


@dataclass(frozen=True)
class Vocabulary:
    """The word table (frequency and tag by word) and the native segmenter built from it."""

    freq: dict[str, int]  # dictionary words and user words → frequency
    tags: dict[str, str]  # dictionary words → part-of-speech tag (user words have none)
    total: int  # jieba's word total: every frequency added, as jieba counts it
    segmenter: "rjieba.Jieba"


def native_segmenter_class() -> type["rjieba.Jieba"]:
    """rjieba's `Jieba` class, from its extension module `rjieba.rjieba`.

    `import rjieba` runs the package's `__init__`, which builds a default segmenter with
    jieba-rs's own copy of the dictionary (33 MB and 0.1 s per process) that nothing here
    uses: the dictionary would be held twice. The extension module is loaded on its own and
    registered under its usual name, so a later `import rjieba` finds it and loads it once.
    """
    import importlib.machinery
    import importlib.util

    name = NATIVE_MODULE
    module = sys.modules.get(name)
    if module is None:
        package = importlib.util.find_spec("rjieba")
        if package is None or not package.submodule_search_locations:  # pragma: no cover - a dependency
            raise ModuleNotFoundError("rjieba")
        spec = importlib.machinery.PathFinder.find_spec(name, list(package.submodule_search_locations))
        if spec is None:  # pragma: no cover - a broken install
            raise ModuleNotFoundError(name)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return module.Jieba


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The word table and segmenter of this process, built on first use.

    The table (frequencies, tags, jieba's total) is kept between runs (`lexicon.cached`,
    rebuilt when jieba's dictionary, the lexicons, this module or the native library
    change); the native segmenter is then given the same words with the same frequencies,
    which is all its cuts depend on. It starts empty: the native library's own copy of
    jieba's dictionary (`native_class()`, compiled in) would load in a third of the time
    (0.07 against 0.16 CPU s) but holds 7.5 MB more in every worker, over the issue 13
    budget, and could hold a word `dict.txt` lacks."""
    native_class = native_segmenter_class()
    built: list = []

    def build() -> tuple:
        segmenter = native_class.empty()
        freq, tags, total, balance = word_table(segmenter)
        built.append(segmenter)
        return freq, tags, total, balance

    native = os.stat(sys.modules[NATIVE_MODULE].__file__)  # user words' frequencies come from its cuts
    freq, tags, total, balance = cached("vocabulary", (__file__, dictionary_path()), build,
                                        stamp=f"rjieba {native.st_size} {native.st_mtime_ns}")
    if built:
        segmenter = built[0]
    else:
        segmenter = native_class.empty()
        add = segmenter.add_word
        for word, count in freq.items():
            add(word, count, tags.get(word))
        if balance is not None:
            add(TOTAL_BALANCE_WORD, balance, None)
    return Vocabulary(freq=freq, tags=tags, total=total, segmenter=segmenter)


def word_table(segmenter: "rjieba.Jieba") -> tuple[dict[str, int], dict[str, str], int, int | None]:
    """jieba's dictionary and our user words, added to the empty `segmenter` as jieba adds
    them: (word → frequency, word → tag, jieba's total, the balance word's frequency or None)."""
    freq: dict[str, int] = {}
    tags: dict[str, str] = {}
    total = 0  # jieba's total (every line counts)
    native_total = 0  # rjieba's (a word listed again replaces its frequency)
    intern: dict[str, str] = {}
    with open(dictionary_path(), encoding="utf-8") as handle:
        for line in handle:
            word, count, tag = line.split()
            count = int(count)
            native_total += count - freq.get(word, 0)
            total += count
            freq[word] = count
            tags[word] = intern.setdefault(tag, tag)
            segmenter.add_word(word, count, tag)
    users = _UserWords(segmenter, freq, total, native_total)
    users.add(user_words())
    return freq, tags, users.total, users.balance


class _UserWords:
    """Adds user words as `jieba.Tokenizer.add_word(word, freq=max(suggest_freq(word), MIN))` does."""

    def __init__(self, segmenter, freq: dict[str, int], total: int, native_total: int) -> None:
        self.segmenter, self.freq = segmenter, freq
        self.total, self.native_total = total, native_total
        self._sorted: list[str] | None = None  # words, sorted, for prefix look-ups (built when needed)
        self._balance = 0
        self.balance: int | None = None  # the balance word's frequency, once it is added
        self._balanced()

    def add(self, words: list[str]) -> None:
        for word in words:
            count = max(self._suggest(word), USER_WORD_MIN_FREQ)
            self.native_total += count - self.freq.get(word, 0)
            self.total += count
            if self._sorted is not None and word not in self.freq:
                bisect.insort(self._sorted, word)
            self.freq[word] = count
            self.segmenter.add_word(word, count, None)
            self._balanced()

    def _suggest(self, word: str) -> int:
        """jieba's `suggest_freq(word, tune=False)`: the frequency that keeps `word` whole."""
        ftotal = float(self.total)
        product = 1.0
        for piece in self.segmenter.cut(word, False):
            product *= self._count(piece) / ftotal
        return max(int(product * self.total) + 1, self._count(word))

    def _count(self, piece: str) -> int:
        """jieba's `FREQ.get(piece, 1)`: its FREQ also lists every prefix of a word with 0."""
        count = self.freq.get(piece)
        if count is not None:
            return count
        return 0 if self._is_prefix(piece) else 1

    def _is_prefix(self, piece: str) -> bool:
        if self._sorted is None:
            self._sorted = sorted(self.freq)
        i = bisect.bisect_left(self._sorted, piece)
        return i < len(self._sorted) and self._sorted[i].startswith(piece) and self._sorted[i] != piece

    def _balanced(self) -> None:
        """Keep rjieba's total equal to jieba's with the balance word's frequency."""
        missing = self.total - self.native_total
        if missing != self._balance:
            self.segmenter.add_word(TOTAL_BALANCE_WORD, missing, None)
            self._balance = self.balance = missing


def word_freq() -> dict[str, int]:
    """Word → frequency in the dictionary (with the user words); other strings are absent."""
    return vocabulary().freq


def is_word(word: str) -> bool:
    """Whether `word` is an entry of the dictionary (not just a prefix of one)."""
    return word_freq().get(word, 0) > 0


def word_tags() -> dict[str, str]:
    """Part-of-speech tag of every word in jieba's dictionary; user words (domain terms) carry none."""
    return vocabulary().tags


class TaggedWords:
    """The dictionary words whose tag is one of `tags`, plus the few words `also` names, less
    `excluded`: `word in` it asks the word table. A set of them would copy a third of the
    dictionary (verbs, adverbs, pronouns: 4 MB per set, in every worker) to answer the same
    question."""

    __slots__ = ("_table", "_tags", "_excluded", "_also")

    def __init__(self, tags: frozenset[str], excluded: frozenset[str] = frozenset(),
                 also: frozenset[str] = frozenset()) -> None:
        self._table = word_tags()
        self._tags = tags
        self._excluded = excluded
        self._also = also

    def __contains__(self, word: object) -> bool:
        return ((word in self._also or self._table.get(word) in self._tags)  # type: ignore[call-overload]
                and word not in self._excluded)


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """One-character surnames (person_surnames.txt): what a name in a byline or a clan village
    (吴家村) starts with."""
    return frozenset(term for term in read_terms("person_surnames.txt") if len(term) == 1)
