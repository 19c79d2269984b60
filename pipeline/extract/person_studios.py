"""Studios named after a person (round 42c): 某某工作室 whose name opens with a full personal name,
then a short field of its own (王小明调解工作室, 赵某某非遗剪纸工作室, 钱某党建工作室).

Chinese community news names a studio after the resident, veteran or expert who runs it; the
whole string is the studio's name (kind station). 工作室 alone stays no bare program word
(program_suffixes.tsv: 社区法官工作室, 个案工作室, 社会工作室 are kinds of rooms): only a
person's name at a token start licenses the bare name here.

A name is a one-character surname (person_surnames.txt) with one or two given characters, cut
by the segmenter either as one unknown or person-tagged word (钱某某) or as the surname alone
followed by a one- or two-character word (赵|某某); a surname that is also a function word cut
off alone (和|老党员工作室) is that word. The field between the name and 工作室 is
zero to six Chinese characters of whole tokens with no function word (的, 和 …: a clause, not
a name).
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from ..chars import HAN
from ..mentions import ArticleContext
from ..layout import not_given_chars
from ..vocabulary import surnames, word_tags

STUDIO = "工作室"
MAX_FIELD = 6
MAX_BACK = 3 + MAX_FIELD
# tags jieba gives a person's name; a dictionary word with any other tag is an ordinary word
NAME_TAGS = frozenset({"nr", "nrfg", "nrt"})
# tags of a surname that is also a function word (和, 常, 于, 向): cut off alone, it is that word
FUNCTION_TAGS = frozenset({"c", "d", "p", "u", "r", "ul", "uj"})
RE_HAN = regex.compile(rf"[{HAN}]+")


def _name_end(text: str, toks: list[tuple[int, int]], i: int) -> int | None:
    """End of a personal name starting at token i, or None."""
    start, end = toks[i]
    if text[start] not in surnames():
        return None
    word = text[start:end]
    if len(word) in (2, 3) and word_tags().get(word, "nr") in NAME_TAGS:
        given = word[1:]
    elif len(word) == 1 and i + 1 < len(toks) and word_tags().get(word) not in FUNCTION_TAGS:
        g_start, end = toks[i + 1]
        given = text[g_start:end]
        if not 1 <= len(given) <= 2:
            return None
    else:
        return None
    if not RE_HAN.fullmatch(given) or any(c in not_given_chars() for c in given):
        return None
    return end


def _field_ok(field: str) -> bool:
    return len(field) <= MAX_FIELD and (not field or RE_HAN.fullmatch(field) is not None) and not any(
        c in not_given_chars() for c in field
    )


def person_studios(ctx: ArticleContext) -> list[tuple[int, int]]:
    """(start, end) of every studio named by a person's name before 工作室."""
    text = ctx.text
    if STUDIO not in text:
        return []
    toks = ctx.tokens.spans
    starts = ctx.tokens.starts
    start_set = set(starts)
    out = []
    pos = text.find(STUDIO)
    while pos != -1:
        w_end = pos + len(STUDIO)
        first = bisect_left(starts, pos - MAX_BACK)
        last = bisect_left(starts, pos)
        for i in range(first, last):  # farthest start first: the longest name
            n_end = _name_end(text, toks, i)
            if n_end is None or n_end > pos:
                continue
            if n_end < pos and n_end not in start_set:
                continue
            if _field_ok(text[n_end:pos]):
                out.append((toks[i][0], w_end))
                break
        pos = text.find(STUDIO, w_end)
    return out
