"""Unquoted programmes written as a brand, a middle dot and their kind (round 57 h3).

A community's venue or project often carries a brand of its own set before the kind of place it
is by a middle dot (·, •, ・), with no quote marks: 某某·社区书屋, 甲乙·丙丁家园, 某·乐学堂 in a list
of a centre's rooms, 某某驿站·某区线上总站 opening a paragraph, 《某某•某某项目…备忘录》. The dot
marks the brand, so the whole written form is the name, and the program word that ends it
(lexicons/program_suffixes.tsv, a word that ends a name itself: inner or both) gives its kind.
Seen in 5 tuning articles of 5 sets (6 names), each such name a gold program that no other rule found
(quoted ones are left to the quoted rules, which already take most of them).

What is not one:

- a brand run on from the words before it (走进某某驿站·…, 居民某某·某某): the brand opens after a
  mark, not inside a run of characters, and is at most BRAND_MAX long;
- an outlet and its channel (某某日报·某某在线, 某某网·…新闻网站): a brand ending as a media outlet
  does (lexicons/org_media.txt) credits a source;
- a place and a city (某国·某坊): the kind part needs words of its own before a one-character
  program word, KIND_MIN characters in all;
- a clause (…·某某用积分): clause words and verbs of running inside the name;
- a quoted dotted brand written again with more words after it (‘某某·某某’ quoted, then 《某某·某某
  社区项目指导手册》, its space dropped by normalization): the words name a document or a part of
  the quoted programme, which the quoted rules already take.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..chars import OPEN_QUOTES, RE_QUOTED_NAME, STRAIGHT_QUOTES
from ..lexicon import read_table, read_terms
from .run_projects import clause_words

# The middle dots that set a brand before its kind or branch (某某·社区书屋, 某某驿站·某区总站).
MIDDLE_DOTS = "·•・"
# Longest brand before the dot: four characters (甲乙丙丁); a longer run is words before the brand.
BRAND_MAX = 4
# Longest kind part after the dot (某区线上总站, 某某家庭教育指导服务基地).
KIND_MAX = 14
# Shortest kind part, its program word included: two characters are a place (某坊) or a word alone.
KIND_MIN = 3
# The brand opens after a mark, a space or the line's start, never after a character, a digit
# (2022年中国·…) or an open quote (a quoted name is the quoted rules'). Example match: 某某·社区书屋
# in 、某某·社区书屋、
RE_DOT_BRAND_TEMPLATE = (
    r"(?<![\p{{Han}}0-9{quotes}])(\p{{Han}}{{1,{brand}}})[{dots}](\p{{Han}}{{0,{kind}}}?(?:{words}))"
)


@lru_cache(maxsize=1)
def _program_words() -> tuple[str, ...]:
    """The program words of program_suffixes.tsv that end a name themselves, longest first."""
    rows = read_table("program_suffixes.tsv")
    words = {row["suffix"] for row in rows if row["position"] in ("inner", "both")}
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _pattern() -> "regex.Pattern[str]":
    words = "|".join(regex.escape(w) for w in _program_words())
    quotes = regex.escape(OPEN_QUOTES + STRAIGHT_QUOTES)
    return regex.compile(RE_DOT_BRAND_TEMPLATE.format(quotes=quotes, dots=MIDDLE_DOTS, brand=BRAND_MAX, kind=KIND_MAX - 1, words=words))


@lru_cache(maxsize=1)
def media_titles() -> tuple[str, ...]:
    """Outlets and their name endings (org_media.txt; `*` marks an ending); programs reads them too."""
    return tuple(term.lstrip("*") for term in read_terms("org_media.txt"))


def _quoted_dotted(text: str) -> frozenset[str]:
    """The quoted names of the text that hold a middle dot (‘某某·某某’)."""
    names = (next(g for g in m.groups() if g is not None) for m in RE_QUOTED_NAME.finditer(text))
    return frozenset(n for n in names if any(d in n for d in MIDDLE_DOTS))


def dot_brands(text: str) -> list[tuple[int, int, str]]:
    """(start, end, program word) of each unquoted brand·kind name."""
    out = []
    quoted = None
    for match in _pattern().finditer(text):
        brand, kind = match.group(1), match.group(2)
        if len(kind) < KIND_MIN or brand.endswith(media_titles()) or clause_words().search(match.group(0)):
            continue
        if quoted is None:
            quoted = _quoted_dotted(text)
        if any(match.group(0).startswith(q) and len(q) < len(match.group(0)) for q in quoted):
            continue
        word = next(w for w in _program_words() if kind.endswith(w))
        out.append((match.start(), match.end(), word))
    return out
