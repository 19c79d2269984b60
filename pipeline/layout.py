"""What a line of a newspaper page looks like: sentence ends, headings, attributions, headers.

Shared by `normalize` (which line breaks to keep) and `articles` (which blocks are
titles, sources, furniture). Every predicate looks at one clean line (no line breaks).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .chars import CLOSERS, RE_ATTRIBUTION, RE_QUOTED, SENTENCE_FINAL
from .lexicon import read_table

# Ends a sentence: 。！？… (or ASCII !?) possibly followed by closing quotes/brackets.
# Example: 温暖一座城”。 / 团圆！” / 怎么帮’的问题。
RE_SENTENCE_FINAL = regex.compile("(?:[%s]|…|\\.{3})[%s]*$" % (regex.escape(SENTENCE_FINAL), regex.escape(CLOSERS)))
# A page header: date line of the page with weekday or editors, e.g. 2025.2.4 星期二 责编：皮磊
RE_PAGE_DATE = regex.compile(r"(?P<y>(?:19|20)\d{2})\s*[.．年/-]\s*(?P<m>\d{1,2})\s*[.．月/-]\s*(?P<d>\d{1,2})日?")
# A bare page number or circled series number: 06, ⑤
RE_PAGE_NUMBER = regex.compile(r"^(?:\d{1,3}|[①-⑳]|第\d{1,3}版)$")
# A list bullet before a headline in a news digest: ■ 江苏苏州：…
RE_BULLET = regex.compile(r"^[■□●○◆◇▲△★☆▶►•·]\s*")
# A heading opened by a short label and a colon: 北京延庆：… / 九龙社工：… / 试点社区：…
RE_HEAD_COLON = regex.compile(r"^(?P<head>[^，。；！？：:\s]{1,12})[：:]")
# A kicker before a headline: 经典案例—— 社工变智囊…
RE_KICKER = regex.compile(r"^(?P<kicker>[^，。；！？—]{2,10})(?:——|—|--)\s*")
# Sentence punctuation that a heading does not contain (outside quotes): ，。；！？
RE_SENTENCE_PUNCT = regex.compile(r"[，。；！？,;!?]")
# Numbered section heads inside an article: 一、… （一）… 1. …
RE_NUMBERED_HEAD = regex.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d))")

HEADING_MAX = 50  # a longer line without sentence punctuation is a broken paragraph
HEAD_COLON_MAX = 40
SHORT_HEADING_MAX = 20


@lru_cache(maxsize=1)
def terms() -> dict[str, frozenset[str]]:
    grouped: dict[str, set[str]] = {}
    for row in read_table("layout_terms.tsv"):
        grouped.setdefault(row["kind"], set()).add(row["term"])
    return {kind: frozenset(values) for kind, values in grouped.items()}


def display_width(line: str) -> float:
    """Width on the page: CJK and full-width characters 1, ASCII 0.5."""
    return sum(0.5 if ch.isascii() else 1.0 for ch in line)


def ends_sentence(line: str) -> bool:
    return bool(RE_SENTENCE_FINAL.search(line)) or ends_with_attribution(line)


def ends_with_attribution(line: str) -> bool:
    match = last_attribution(line)
    return bool(match) and not line[match.end() :].strip()


def last_attribution(line: str) -> "regex.Match | None":
    matches = list(RE_ATTRIBUTION.finditer(line))
    return matches[-1] if matches else None


def is_attribution_line(line: str) -> bool:
    match = RE_ATTRIBUTION.search(line)
    return bool(match) and match.start() == 0


def is_page_header(line: str) -> bool:
    """`2025.2.4 星期二 责编：皮磊`: editors named, or a weekday next to a full date."""
    if len(line) > 60 or ends_sentence(line):
        return False
    words = terms()["page_header_word"]
    editors = any(word in line for word in words if not word.startswith("星期"))
    weekday = any(word in line for word in words if word.startswith("星期"))
    return editors or (weekday and bool(RE_PAGE_DATE.search(line)))


def is_page_number(line: str) -> bool:
    return bool(RE_PAGE_NUMBER.match(line.strip()))


def is_standalone(line: str) -> bool:
    """Lines that are never joined with a neighbour: attributions, headers, page numbers."""
    return is_attribution_line(line) or is_page_header(line) or is_page_number(line)


def has_sentence_punct(line: str) -> bool:
    """Sentence punctuation outside quotes, or a quoted sentence (speech, not a headline term)."""
    if RE_SENTENCE_PUNCT.search(RE_QUOTED.sub("", line)):
        return True
    return any(RE_SENTENCE_PUNCT.search(quoted) for quoted in RE_QUOTED.findall(line))


def quotes_balanced(line: str) -> bool:
    return line.count("“") == line.count("”") and line.count("《") == line.count("》")


def is_head_colon_line(line: str) -> bool:
    """`北京延庆：社会工作三级体系…`: a short label, a colon, a headline (no final punctuation).

    The headline part may hold one comma (九龙社工：七年了，他们温暖着一座城), not more.
    """
    match = RE_HEAD_COLON.match(line)
    if not match or len(line) > HEAD_COLON_MAX or ends_sentence(line):
        return False
    rest = RE_QUOTED.sub("", line[match.end() :])
    return rest.count("，") + rest.count(",") <= 1 and not regex.search(r"[。；！？;!?]", rest)


def is_heading_like(line: str) -> bool:
    """Short, unfinished, no sentence punctuation outside quotes: a headline or section head."""
    if not line or ends_sentence(line) or len(line) > HEADING_MAX or not quotes_balanced(line):
        return False
    if line[-1] in "，、：:；;（(“‘《—-":
        return is_bare_head(line)
    return not has_sentence_punct(line) or is_head_colon_line(line)


def is_short_two_part_heading(line: str) -> bool:
    """服务更多人，温暖一座城: one comma in a short unfinished line (not 最近，九龙坡区…)."""
    unquoted = RE_QUOTED.sub("", line)
    return (
        len(line) <= SHORT_HEADING_MAX
        and not ends_sentence(line)
        and line[-1] not in "，、：:；;（(“‘《—-"
        and unquoted.count("，") == 1
        and not regex.search(r"[。；！？,;!?]", unquoted)
        and not starts_with_opener(line)
    )


def is_bare_head(line: str) -> bool:
    """`九龙社工：` alone on a line: the first half of a two-line headline."""
    match = RE_HEAD_COLON.match(line)
    return bool(match) and match.end() == len(line)


def starts_with_opener(line: str) -> bool:
    """`近日，…` / `此外，…`: a sentence opener and a comma, the start of a body paragraph."""
    head = regex.match(r"^([^，,]{1,4})[，,]", line)
    return bool(head) and head.group(1) in terms()["opener"]


def first_clause(line: str) -> str:
    """Text before the first punctuation mark: 愁盼，试点社区… → 愁盼."""
    return regex.split(r"[，。、；：！？,.;:!?]", line, maxsplit=1)[0]


def starts_mid_sentence(line: str) -> bool:
    """Text continued from elsewhere on the page: 的各类企事业单位… / 本；第二，…"""
    if not line:
        return False
    if line[0] in terms()["continuation_start"]:
        return True
    # A first clause of one character before ；。、 is the tail of a word (讲政治是根|本；).
    return len(line) > 2 and regex.match(r"^\p{Han}[；。、]", line) is not None
