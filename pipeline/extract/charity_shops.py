"""Charity shops written without quotes (round 54h2): 某街道慈善超市, 到爱心超市换米.

A street, community or village that opens a charity or points-exchange shop names it by its kind
(program_charity_shops.txt: 爱心超市, 慈善超市) and often writes it with no quote marks, after its
holder or alone. The pooled gold lists each such shop as a program: after a place, community or
organization found earlier the holder starts the name (某街道慈善超市), else the kind word alone is the
name. Only in an article that names no shop of its own otherwise: there the bare word refers back to
the shop it named (“某某慈善超市”…到慈善超市领米面), and a holder before it is a misread (某社区办|慈善超市:
the verb 办 read as an office).

Alone, the word must open a clause or follow a function word or verb (到|爱心超市, 新办的|公益超市,
该|慈善超市), not the tail of a longer name (某某之|家|爱心超市: the home's shop).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from ..chars import RE_HAN_CHAR
from ..lexicon import read_terms
from ..mentions import ArticleContext
from ..vocabulary import word_tags

# the head every shop word ends in: a program of the article ending in it is the article's own shop
SHOP_HEAD = "超市"
# first letters of the dictionary tags of a word an alone shop word may follow: prepositions (在, 到),
# particles (的), pronouns (该, 这个), verbs (开设, 走进), numerals (一家), conjunctions and adverbs
ALONE_LEAD_TAGS = ("p", "u", "r", "v", "m", "c", "d")


@lru_cache(maxsize=1)
def _shop_pattern() -> "regex.Pattern[str]":
    """The shop words of program_charity_shops.txt, longest first. Example match: 慈善超市."""
    words = sorted(read_terms("program_charity_shops.txt"), key=len, reverse=True)
    return regex.compile("|".join(regex.escape(w) for w in words))


def _alone_lead(ctx: ArticleContext, start: int) -> bool:
    """The text before `start` opens a clause or ends in a function word or verb."""
    if start == 0 or not RE_HAN_CHAR.match(ctx.text[start - 1]):
        return True
    i = ctx.tokens.index_at(start - 1)
    if i is None:
        return False
    a, b = ctx.tokens.spans[i]
    return b == start and (word_tags().get(ctx.text[a:b]) or "x").startswith(ALONE_LEAD_TAGS)


def _whole_words(ctx: ArticleContext, start: int, end: int) -> bool:
    """The shop word starts and ends at token edges (not a slice of a longer word)."""
    first, last = ctx.tokens.index_at(start), ctx.tokens.index_at(end - 1)
    return first is not None and last is not None and ctx.tokens.spans[first][0] == start and ctx.tokens.spans[last][1] == end


def charity_shops(ctx: ArticleContext, programs: Sequence[str], quoted: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each unquoted charity shop name in an article none of whose `programs` (names
    found so far) is a shop: holder + shop word where a place, community or organization found earlier
    ends right before the word, else (no holder-named shop) the word alone. Words inside a `quoted`
    span (inner start, inner end) are the quote rules'."""
    text = ctx.text
    hits = [m for m in _shop_pattern().finditer(text) if _whole_words(ctx, *m.span())]
    hits = [m for m in hits if not any(q_start <= m.start() < q_end for q_start, q_end in quoted)]
    if not hits or any(name.endswith(SHOP_HEAD) for name in programs):
        return []  # the article names its shop: a bare shop word refers back to it
    holders = {m.end: m.start for m in ctx.found_any(("places", "communities", "organizations"))}
    held = [(holders[m.start()], m.end()) for m in hits if m.start() in holders]
    return held or [m.span() for m in hits if _alone_lead(ctx, m.start())]
