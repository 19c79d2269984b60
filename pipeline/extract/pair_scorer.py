"""Pair scorer: two parties of one sentence that no relation frame paired, weighed as partners.

The frames in partnerships.py read the sentence shapes they were written for and miss the rest:
on articles nobody tuned for they found about one gold pair in five. Most missed pairs still
stand in one sentence with words of joint work around them, in orders no frame lists. The scorer
reads a few plain features of such a pair — which cue words (`lexicons/partnership_cue_words.tsv`)
stand before, between and after the two, how far apart they are, what marks separate them, what
kinds of party they are, how many parties the sentence names — and adds their weights
(`lexicons/partnership_pair_weights.tsv`, a logistic model learned from labelled articles by
`scripts/train_pair_scorer.py`). A pair over `THRESHOLD` is a partnership with basis "scored".

It is off by default (option `partnerships.scored`): tuned on three labelled sets it lifted their
partnerships (F1 0.33 → 0.42), but on articles labelled after it was built fewer than half of the
pairs it added were right (README "Quality"). Retrained on ten labelled sets of seven labellers and
checked by leaving one set out at a time (`scripts/train_pair_scorer.py --cross-validate`), it
added 36 pairs at `THRESHOLD`, 12 of them right, and lowered six of the ten sets: the words
around two parties do not tell partners from co-listed units across labellers. It stays as the
place where a learned reading of pairs grows with the labelled material; switch it on only when
the cross-validation says so.
"""

from __future__ import annotations

import math
from functools import lru_cache

import regex

from ..lexicon import read_table

# Probability a pair needs. Chosen among 0.5, 0.6 and 0.7 on three labelled sets nobody tuned
# rules for (partnerships F1 0.33 without the scorer: 0.45 / 0.43 / 0.36) against the dev set,
# whose frames were tuned on it, so that most pairs added there are wrong (0.93: 0.83 / 0.88 /
# 0.91); then confirmed on a fourth set labelled after the choice (0.38 → 0.60).
THRESHOLD = 0.6
# Most characters between two parties the scorer weighs, and the longest sentence it reads: a
# page without sentence marks (OCR) is one "sentence", and every two parties of it would be a
# candidate. News sentences run to about 150 characters; partners stand up to about 80 apart
# (a list of units between them).
MAX_GAP = 80
MAX_SENTENCE = 300
# Kinds of governing unit: two of them in one sentence are often a hierarchy (a bureau and its
# office), not partners.
GOVERNMENT_ENDINGS = ("局", "委", "部", "所", "厅", "办", "政府", "党工委", "中央", "法院", "检察院")
CONJUNCTIONS = frozenset("与和同及、跟")
# Cue word families that name a pair's relation; a pair whose sentence has none of them is no
# partnership, whatever its weight (hosting, events, guidance and learning visits name none).
RELATION_FAMILIES = ("joint", "support", "bring", "visit")
# A family whose word names no relation in a sentence holding a word of another: a visit to learn
# (赴某地学习考察) is no joint work, and in a sentence of guidance (在A、B指导下，C开展培训) the
# support is the guidance or what the guided unit gives the public.
VETOED_BY = {"visit": "learn", "support": "guide"}
# What a party's characters become in the sentence the features read.
MASK = "□"
# A clause mark: the scorer looks at the clause a party opens or closes.
RE_CLAUSE_MARK = regex.compile(r"[，。；：,;:]")


@lru_cache(maxsize=1)
def cue_words() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(family, words) of `partnership_cue_words.tsv`, in file order."""
    families: dict[str, list[str]] = {}
    for row in read_table("partnership_cue_words.tsv"):
        families.setdefault(row["family"], []).append(row["word"])
    return tuple((family, tuple(words)) for family, words in families.items())


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    return {row["feature"]: float(row["weight"]) for row in read_table("partnership_pair_weights.tsv")}


def gap_bucket(size: int) -> str:
    if size <= 1:
        return "gap0"
    if size <= 5:
        return "gap5"
    if size <= 15:
        return "gap15"
    if size <= 40:
        return "gap40"
    return "gapfar"


def masked(sentence: str, spans: list[tuple[int, int]]) -> str:
    """`sentence` with the parties' characters replaced by MASK: a cue word inside a name
    (服务 in 某服务中心, 联合 in 某联合会) is no word of the sentence."""
    chars = list(sentence)
    for start, end in spans:
        chars[start:end] = MASK * (end - start)
    return "".join(chars)


def pair_features(sentence: str, first: tuple[int, int, str], second: tuple[int, int, str], parties: int) -> list[str]:
    """The features of two parties of `sentence` (start, end, label; offsets into the sentence,
    `first` before `second`, not overlapping) in a sentence naming `parties` distinct parties.
    The sentence is read as written: the weights were learned so (a cue word inside a name is a
    feature too; only the relation word is read with the names masked)."""
    (a0, a1, label_a), (b0, b1, label_b) = first, second
    gap, before, after = sentence[a1:b0], sentence[:a0], sentence[b1:]
    out = ["bias", gap_bucket(len(gap))]
    if gap and len(gap) <= 2 and all(c in CONJUNCTIONS for c in gap):
        out.append("conj")
    for mark, name in (("、", "list_mark"), ("，", "comma_between"), ("；", "semi_between")):
        if mark in gap:
            out.append(name)
    for family, words in cue_words():
        for where, part in (("mid", gap), ("after", after), ("before", before)):
            if any(word in part for word in words):
                out.append(f"{family}_{where}")
    if "与" in before[-12:] or "和" in before[-3:]:
        out.append("with_before")
    if any(c in gap for c in "与同和"):
        out.append("with_mid")
    if "由" in gap[:3] or "由" in before[-3:]:
        out.append("by")
    if "在" in before[-3:]:
        out.append("at_before")
    out.append("types_" + "-".join(sorted((label_a[:3], label_b[:3]))))
    out.append(f"n_in{min(parties, 5)}")
    if a0 <= 2:
        out.append("first_subject")
    if gap in ("、", "，", ","):
        out.append("gap_only_mark")
    name_a, name_b = sentence[a0:a1], sentence[b0:b1]
    if name_a[:2] == name_b[:2]:
        out.append("share_prefix2")
    governing = [name.endswith(GOVERNMENT_ENDINGS) for name in (name_a, name_b)]
    if all(governing):
        out.append("gov_pair")
    if any(governing):
        out.append("gov_one")
    clause_before = RE_CLAUSE_MARK.split(before)[-1]
    if "、" in clause_before[-2:] or "、" in after[:2]:
        out.append("in_longer_list")
    return out


def probability(features: list[str], table: dict[str, float] | None = None) -> float:
    table = weights() if table is None else table
    return 1.0 / (1.0 + math.exp(-sum(table.get(f, 0.0) for f in features)))


def cue_word(sentence: str, start: int, end: int) -> str | None:
    """The cue word the pair's relation is named by: of the `RELATION_FAMILIES`, the first
    between the two parties (`start`, `end`: the gap), else the one nearest to them; None
    without one, or when the sentence holds a word that vetoes its family (`VETOED_BY`).
    `sentence` has its parties masked; slogans are masked here too."""
    families = dict(cue_words())
    for slogan in families.get("slogan", ()):
        sentence = sentence.replace(slogan, MASK * len(slogan))
    found = []
    for family in RELATION_FAMILIES:
        for word in families.get(family, ()):
            at = sentence.find(word)
            while at >= 0:
                distance = 0 if start <= at and at + len(word) <= end else min(abs(start - at - len(word)), abs(at - end))
                found.append((distance, at, word, family))
                at = sentence.find(word, at + 1)
    if not found:
        return None
    _, _, word, family = min(found)
    if family in VETOED_BY and any(w in sentence for w in families.get(VETOED_BY[family], ())):
        return None
    return word
