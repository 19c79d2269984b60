"""Character classes every step shares: quote marks, quoted spans, CJK, attributions.

One definition of each, so normalization, article splitting, the extractors, the
schema, evaluation and the graph agree on what a quote mark or an attribution is.
Quoted-span patterns are bounded (no line break, at most `MAX_QUOTED` characters), so
an unclosed “ or 《 costs linear time, not a scan to the end of the text per opener.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import regex

# The Han script as the body of an `re` character class: the code points `regex` matches with \p{Han}
# (for patterns that run several times faster in `re`). Example: 社, 〇, 々. `tests/test_chars.py` checks
# it against \p{Han} over every code point (a new Unicode version in `regex` shows there).
HAN = (
    "\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufa6d\ufa70-\ufad9\U00016fe2-\U00016fe3"
    "\U00016ff0-\U00016ff6\U00020000-\U0002a6df\U0002a700-\U0002b81e\U0002b820-\U0002cead"
    "\U0002ceb0-\U0002ebe0\U0002ebf0-\U0002ee5d\U0002f800-\U0002fa1d\U00030000-\U0003134a"
    "\U00031350-\U00033479"
)

# What `compile_han` cannot carry over to `re`: classes whose Unicode meaning differs between the two
# modules (\s, \w, \b), other Unicode properties, and \p{Han} outside a bracketed class.
RE_NOT_FOR_RE = regex.compile(r"\\[swbSWBX]|\\p\{(?!Han\})|(?<!\[)\\p\{Han\}")


def compile_han(pattern: str) -> "re.Pattern[str]":
    """`pattern`, written for `regex` with `[\\p{Han}…]` classes and perhaps a leading \\G (for one used
    only with `match(text, pos)`, where \\G says nothing more), compiled by `re` with `HAN`: two to five
    times as fast on the extractors' anchored word patterns, with the same matches. A pattern with
    anything `re` reads otherwise (`RE_NOT_FOR_RE`) raises."""
    if RE_NOT_FOR_RE.search(pattern):
        raise ValueError(f"pattern needs regex: {pattern[:80]!r}")
    return re.compile(pattern.removeprefix(r"\G").replace(r"\p{Han}", HAN))


OPEN_QUOTES = "“‘「『〝"
CLOSE_QUOTES = "”’」』〞"
# Straight and full-width straight quotes open and close alike.
STRAIGHT_QUOTES = "\"'＂＇"
QUOTE_MARKS = OPEN_QUOTES + CLOSE_QUOTES + STRAIGHT_QUOTES
# Brackets that close a sentence-final quote or aside: 说：“好。” / （完）
CLOSERS = CLOSE_QUOTES + "）)》]"


def quoted_whole(text: str, start: int, end: int, opening: str = OPEN_QUOTES, closing: str = CLOSE_QUOTES) -> bool:
    """Whether quote marks wrap exactly text[start:end] (“积分制”): one of `opening` right before
    it and one of `closing` right after it."""
    return start > 0 and end < len(text) and text[start - 1] in opening and text[end] in closing


# Surfaces whose `surface_key` is kept (short spans: a few MB at most).
SURFACE_KEY_CACHE = 1 << 16
# Texts up to this long have their `compare_key` and `strip_quotes` kept (names; a few MB at most).
COMPARE_KEY_CACHED_CHARS = 32

# Longest quoted stretch that counts as one quotation (a paragraph of speech, at most).
MAX_QUOTED = 300

# Any quote mark. Example: “凉小鸭” → 凉小鸭 once removed.
RE_QUOTE_MARK = regex.compile("[" + regex.escape(QUOTE_MARKS) + "]")
# Quote marks and whitespace: what never counts when two surface forms are compared.
RE_NOT_COMPARED = regex.compile("[\\s" + regex.escape(QUOTE_MARKS) + "]+")
# A quoted stretch on one line, quotes included: “五社联动” / ‘三社’ / 「邻里节」 / 《重庆晚报》.
RE_QUOTED = regex.compile(
    "“[^“”\\n]{0,%d}”|‘[^‘’\\n]{0,%d}’|「[^「」\\n]{0,%d}」|『[^『』\\n]{0,%d}』|《[^《》\\n]{0,%d}》"
    % ((MAX_QUOTED,) * 5)
)
# A quoted name on one line, its inside in group 1 (“…”), 2 (‘…’) or 3 (「…」).
# Example: 构建“社工+志愿”服务 → 社工+志愿.
RE_QUOTED_NAME = regex.compile(r"“([^“”\n]{1,60})”|‘([^‘’\n]{1,60})’|「([^「」\n]{1,60})」")
# A title in book-title marks on one line (publications, works): 《重庆晚报》.
RE_BOOK_TITLE = regex.compile(r"《[^《》\n]{1,%d}》" % MAX_QUOTED)
# Sentence-final punctuation, CJK and ASCII: 。！？； !?;
SENTENCE_FINAL = "。！？；!?;"
# Where a sentence ends for the extractors that read one back or ahead: a full stop, question or
# exclamation mark (CJK or ASCII), or a line break. Example: 。
RE_SENTENCE_END = regex.compile(r"[。！？!?\n]")
# One Chinese character: counted in a name, or matched at a position (社区 matches, 1社区 does not).
RE_HAN_CHAR = regex.compile(r"\p{Han}")
# The dots written inside a transliterated name (Uyghur, Kazakh, foreign names: 热某古力·托某提).
NAME_DOTS = "·•・"
# A transliterated name: parts of 2–6 Han characters joined by one of NAME_DOTS, read as one name by
# the people extractor and by the article's credits. Example: 热某古力·托某提.
RE_DOTTED_NAME = regex.compile(r"\p{Han}{2,6}(?:[·•・]\p{Han}{2,6})+")
# An attribution to the outlet an article was taken from, in brackets anywhere in a line:
# （据《重庆晚报》） (转自新华网) （转自《北京日报》2025年7月12日第5版）, also after the writer's name
# （张三/稿源：某某劳动日报）; a publication cited by its book-title marks with the words a citation
# closes on, 报道 or the issue (（《某某日报》报道） （《某某谈》2011年第7期）: a bare （《某某条例》）
# names a work, no outlet); or a web dateline on its own line: 来源：人民网 / 2025年3月5日 来源：新华日报.
# Round 46 (src2): the cited and 稿源 shapes credited the source of three pool articles of three sets.
RE_ATTRIBUTION = regex.compile(
    r"[（(](?:(?:\p{Han}{2,4}\s*[/／]\s*)?(?:据|转自|综合|来源[：:]|稿件来源[：:]|稿源[：:]|选自|摘自|原载)\s*"
    r"(?P<outlet>《[^》\n]{1,30}》|[^（()）\n《》\d]{2,30})(?P<tail>[^（()）\n]{0,30})"
    r"|(?P<cited>《[^》\n]{1,30}》)\s*(?P<issue>报道|(?:(?:19|20)\d{2}年)?(?:第\d{1,3}期|\d{1,2}月\d{1,2}日)\s*(?:第?[A-Z]?\d{1,3}版)?))[)）]"
    r"|^(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*(?:\d{1,2}:\d{2}\s*)?)?(?:来源|稿件来源|文章来源)[：:]\s*(?P<outlet2>[^\n，。\s]{2,30})$"
)

# A pinyin reading some sites print in ASCII brackets right after a character, with a tone
# mark: 社區(qū). Normalization drops it; a raw slice that holds one compares without it. A
# page may space it out or wrap a line inside it (業 ( y è ), 鄉(xiā|ng)).
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
RE_RUBY = re.compile(
    rf"(?<=[\u4e00-\u9fff])[ \t]*\n?[ \t]*[(（](?=[a-zü{TONED} \t\n]{{0,20}}[{TONED}])[ \t\n]*(?:[a-zü{TONED}][ \t\n]*){{1,7}}[)）]"
)
# A tone-marked vowel, which every RE_RUBY match holds (its lookahead asks for one). Example: ū
RE_TONED = re.compile(f"[{TONED}]")


def may_hold_ruby(text: str) -> bool:
    """Whether RE_RUBY can match in `text`: a bracket and a tone mark. Most pages have brackets
    and no pinyin; a scan for the tone marks runs at C speed, where RE_RUBY tries its lookbehind
    at every character (a twentieth of the time, and it is asked up to four times a page)."""
    return ("(" in text or "（" in text) and RE_TONED.search(text) is not None


def is_cjk(ch: str) -> bool:
    """A Han character, CJK or full-width punctuation, or general punctuation (“ ” … —)."""
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x3000 <= code <= 0x303F
        or 0xFF00 <= code <= 0xFFEF
        or 0x2000 <= code <= 0x206F
        or 0x20000 <= code <= 0x2FFFF
    )


def strip_quotes(text: str) -> str:
    """The text without quote marks: “凉小鸭”志愿服务队 → 凉小鸭志愿服务队."""
    if len(text) <= COMPARE_KEY_CACHED_CHARS:
        return _short_strip_quotes(text)
    return RE_QUOTE_MARK.sub("", text)


@lru_cache(maxsize=SURFACE_KEY_CACHE)
def _short_strip_quotes(text: str) -> str:
    """`strip_quotes` of a name-sized text, cached: the extractors and sheets strip the same
    candidate names many times."""
    return RE_QUOTE_MARK.sub("", text)


def compare_key(text: str | None) -> str:
    """How two written forms are compared: without whitespace and quote marks, width folded (NFKC)."""
    if text is not None and len(text) <= COMPARE_KEY_CACHED_CHARS:
        return _short_compare_key(text)
    return RE_NOT_COMPARED.sub("", unicodedata.normalize("NFKC", text or ""))


@lru_cache(maxsize=SURFACE_KEY_CACHE)
def _short_compare_key(text: str) -> str:
    """`compare_key` of a name-sized text, cached: sheets, resolution and the store key the
    same names again and again (sentences are longer, rarely repeated, and not kept)."""
    return RE_NOT_COMPARED.sub("", unicodedata.normalize("NFKC", text))


@lru_cache(maxsize=SURFACE_KEY_CACHE)
def surface_key(text: str) -> str:
    """What must agree between a fact's clean text and its raw slice: `compare_key`
    after mapping font mojibake (so a raw `渊` compares equal to a clean `（`) and
    traditional characters (a raw `社區` equals a clean `社区`).

    Cached: the schema's validators ask for the same short surfaces again and again (a name,
    its evidence, the same evidence when the fact is validated)."""
    from .mojibake import fold_mojibake  # the table loads on first use only
    from .traditional import simplified_characters  # a traditional page's raw text (社區 → 社区)

    if may_hold_ruby(text):
        text = RE_RUBY.sub("", text)
    # simplified first: 員 園 圓 become 员 园 圆, which are mojibake digits and must fold
    # to the same thing on both sides (社區委員 against 社区委员)
    return compare_key(fold_mojibake(simplified_characters(text)))
