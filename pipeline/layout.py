"""What a line of a newspaper or web page looks like: sentence ends, headings, attributions,
headers, and the furniture of a news web page (menus, datelines, tool bars, footers).

Shared by `normalize` (which line breaks to keep) and `articles` (which blocks are
titles, sources, furniture). Every predicate looks at one clean line (no line breaks).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
import re

import regex

from .chars import CLOSERS, RE_ATTRIBUTION, RE_HAN_CHAR, RE_QUOTED, SENTENCE_FINAL, strip_quotes
from .lexicon import read_csv, read_table, read_terms

# Small patterns compiled once: `regex.search(pattern, …)` looks its pattern up in a cache on
# every call, which costs more than matching a short line.
RE_SENTENCE_MARK = regex.compile(r"[。！？；!?;]")
RE_EXCLAMATION = regex.compile(r"[！？!?]")
RE_PAUSE_MARK = regex.compile(r"[，。；、,;]")
RE_SENTENCE_OR_COMMA = regex.compile(r"[。；！？,;!?]")
RE_SHORT_HEAD = regex.compile(r"^([^，,]{1,4})[，,]")
RE_ANY_PUNCT = regex.compile(r"[，。、；：！？,.;:!?]")
RE_ONE_HAN_THEN_MARK = regex.compile(r"^\p{Han}[；。、]")
# (来源：【某某新闻网】: a value in lenticular brackets, round 10; 来源：（某某在线）: in round ones, round 34).
# A bar written as 丨 (a Han character to the regex) or ｜ parts fields too: 来源:某某日报丨作者:… (round 47)
RE_META_NAME = regex.compile(
    r"^(?:[（(](?P<name>[\p{Han}A-Za-z·]{2,20})[）)]|[《“【]?(?P<name>[\p{Han}A-Za-z·]{2,20}?)[》”】]?)(?=$|[\s\d（(,，、|丨｜]|$)"
)
RE_WEEKDAY_START = regex.compile(r"^\s*星期[一二三四五六日天]")
RE_HAN_2_12 = regex.compile(r"\p{Han}{2,12}")
RE_HAN_2_10 = regex.compile(r"\p{Han}{2,10}")

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
    ascii_count = len(line.encode("ascii", "ignore"))  # one C pass, not one Python step per character
    return len(line) - 0.5 * ascii_count


def ends_sentence(line: str) -> bool:
    return ends_with_final(line) or ends_with_attribution(line) or ends_with_credit(line)


# A photo caption's credit after its last sentence: …读书。新华网发 / …合影。通讯员 李梅 摄. The
# caption ends there; the next line opens a paragraph, it does not carry the credit's words on.
RE_CREDIT_END = regex.compile(
    r"[。！？!?”](?:[^。！？!?，,\s]{1,12}(?:社|网|报|台|客户端|新闻)发|\s*(?:记者|通讯员)?\s*\p{Han}{2,4}\s*摄)\s*$"
)


def ends_with_credit(line: str) -> bool:
    tail = line.rstrip()
    return bool(tail) and tail[-1] in "发摄" and RE_CREDIT_END.search(tail) is not None


@lru_cache(maxsize=1)
def _byline_cut_patterns() -> tuple["regex.Pattern", "regex.Pattern"]:
    """(a byline cut by the line end, names that carry it on), over lines whose spaces the
    normalizer has taken out: 来源：某某开发区通讯员 | 李某高某, 来源：某某日报记者郭某某 |
    刘某某通讯员赵某某2月3…. The reporter titles come from the layout lexicon, longest first."""
    titles = sorted(terms()["byline_word"], key=lambda term: (-len(term), term))
    title = "(?:%s)" % "|".join(regex.escape(term) for term in titles)
    cut = regex.compile(r"(?:^|来源[:：][^，。；！？]*?)%s\p{Han}{0,%d}$" % (title, BYLINE_NAMES_MAX))
    names = regex.compile(r"^\p{Han}{2,4}(?:%s|\p{Han}{0,4}$)" % title)
    return cut, names


BYLINE_NAMES_MAX = 8  # two names of up to four characters, written without a space


def byline_runs_on(line: str, nxt: str) -> bool:
    """Does a byline cut by the line end go on with names on the next line: a reporter title
    with at most two names after it at the end of a 来源 line or a byline, then a line of
    names alone or a name before the next title?"""
    if not nxt or "\u4e00" > nxt[0]:
        return False  # cheap exit: the next line does not open with a Chinese character
    cut, names = _byline_cut_patterns()
    return names.match(nxt) is not None and cut.search(line) is not None


def ends_with_final(line: str) -> bool:
    """`RE_SENTENCE_FINAL.search(line)`, read off the end of the line instead of trying every
    position: the closers stripped, the line ends with 。！？；!?; … or ... (a regex `$` also
    matches before one closing line break)."""
    end = line[:-1] if line.endswith("\n") else line
    end = end.rstrip(CLOSERS)
    return bool(end) and (end[-1] in SENTENCE_FINAL or end[-1] == "…" or end.endswith("..."))


def ends_with_attribution(line: str) -> bool:
    # Cheap exit: an attribution ends with a bracket (（据…）) or is a whole 来源：… line.
    tail = line.rstrip()
    if not tail or (tail[-1] not in ")）" and "来源" not in line):
        return False
    match = last_attribution(line)
    return bool(match) and not line[match.end() :].strip()


def last_attribution(line: str) -> "regex.Match | None":
    if "（" not in line and "(" not in line and "来源" not in line:
        return None  # an attribution opens with a bracket or is a 来源：… line
    matches = list(RE_ATTRIBUTION.finditer(line))
    return matches[-1] if matches else None


def is_attribution_line(line: str) -> bool:
    # The leftmost attribution starts at 0 exactly when one matches there.
    return RE_ATTRIBUTION.match(line) is not None


def is_page_header(line: str) -> bool:
    """`2025.2.4 星期二 责编：皮磊`: editors named, or a weekday next to a full date."""
    if len(line) > 60:
        return False
    editors, weekdays = _page_header_patterns()
    if not (editors.search(line) or (weekdays.search(line) and RE_PAGE_DATE.search(line))):
        return False
    return not ends_sentence(line)


@lru_cache(maxsize=1)
def _page_header_patterns() -> tuple["regex.Pattern", "regex.Pattern"]:
    """The page-header words as two alternations, (editors' words, weekdays): one search each
    instead of a `word in line` per word."""
    words = sorted(terms()["page_header_word"], key=lambda word: (-len(word), word))
    editors = [regex.escape(word) for word in words if not word.startswith("星期")]
    weekdays = [regex.escape(word) for word in words if word.startswith("星期")]
    return regex.compile("|".join(editors) or "(?!)"), regex.compile("|".join(weekdays) or "(?!)")


def is_page_number(line: str) -> bool:
    return bool(RE_PAGE_NUMBER.match(line.strip()))


def is_standalone(line: str) -> bool:
    """Lines that are never joined with a neighbour: attributions, headers, page numbers, an
    author's name on a line of its own."""
    return is_attribution_line(line) or is_page_header(line) or is_page_number(line) or is_lone_author(line)


# An author's name alone on its line (under a headline, or above the text of a journal's page):
# two or three Han characters, spaces between them allowed (张 璇), after the box a paper sets
# before its bylines (□李明, □ 张 璇). Example: 李明, 欧阳文.
RE_LONE_NAME = regex.compile(r"^\s*(?:[■□▢]\s*)?(?P<name>\p{Han}(?:\s*\p{Han}){1,2})\s*$")


@lru_cache(maxsize=1)
def _surname_chars() -> frozenset[str]:
    """One-character surnames that open no everyday word (person_surnames.txt less
    person_ambiguous_surnames.txt: 高, 文, 方 start 高地, 文明, 方面)."""
    ambiguous = set(read_terms("person_ambiguous_surnames.txt"))
    return frozenset(term for term in read_terms("person_surnames.txt") if len(term) == 1 and term not in ambiguous)


@lru_cache(maxsize=1)
def not_given_chars() -> frozenset[str]:
    """Characters that occur in no given name (person_not_given.txt: 的, 说, 摄 …)."""
    return frozenset("".join(read_terms("person_not_given.txt")))


def is_lone_author(line: str) -> bool:
    """A line holding only a person's name of 2-3 characters that opens with a surname (李明, 张 璇):
    the author of the article, never its headline and never part of the next paragraph."""
    match = RE_LONE_NAME.match(line)
    if not match:
        return False
    name = "".join(match.group("name").split())
    if name[0] not in _surname_chars() or any(ch in not_given_chars() for ch in name[1:]):
        return False
    # a column's or channel's name is no author (周刊, 时评): the page's own words for them
    return not any(name.endswith(word) for word in terms()["rubric_word"]) and name not in web_terms().get("nav_word", ())


def has_sentence_punct(line: str) -> bool:
    """Sentence punctuation outside quotes, or a quoted sentence (speech, not a headline term).

    Together that is any sentence punctuation in the line (a mark is inside a quoted span or
    outside all of them): one scan, no quoted spans cut out and searched apart."""
    return RE_SENTENCE_PUNCT.search(line) is not None


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
    return rest.count("，") + rest.count(",") <= 1 and not RE_SENTENCE_MARK.search(rest)


def is_heading_like(line: str) -> bool:
    """Short, unfinished, no sentence punctuation outside quotes: a headline or section head."""
    if not line or ends_sentence(line) or len(line) > HEADING_MAX or not quotes_balanced(line):
        return False
    if line[-1] in "，、：:；;（(“‘《—-":
        return is_bare_head(line)
    return not has_sentence_punct(line) or is_head_colon_line(line)


def is_exclaimed_headline(line: str) -> bool:
    """情暖重阳！某某街道为老人送饺子: a headline whose first half ends with ！ or ？.

    Short, unfinished, quotes balanced, and no comma or full stop outside quotes.
    """
    if not line or ends_sentence(line) or len(line) > HEADING_MAX or not quotes_balanced(line):
        return False
    unquoted = RE_QUOTED.sub("", line)
    return bool(RE_EXCLAMATION.search(unquoted)) and not RE_PAUSE_MARK.search(unquoted) and line[-1] not in "，、：:；;（(“‘《—-"


def is_short_two_part_heading(line: str) -> bool:
    """服务更多人，温暖一座城: one comma in a short unfinished line (not 最近，九龙坡区…)."""
    if len(line) > SHORT_HEADING_MAX:
        return False
    unquoted = RE_QUOTED.sub("", line)
    return (
        not ends_sentence(line)
        and line[-1] not in "，、：:；;（(“‘《—-"
        and unquoted.count("，") == 1
        and not RE_SENTENCE_OR_COMMA.search(unquoted)
        and not starts_with_opener(line)
    )


def is_opening_two_part_heading(line: str) -> bool:
    """党建引领，某某社区巡河队守护一江清水 / “服务进社区，健康零距离”——某某医院开展义诊:
    the first line of a page, one comma outside quotes (any inside them), unfinished and up to
    HEADING_MAX long. Only asked of the page's first line: there a two-part headline of any length
    stands above the body, while further down such a line may be a paragraph that lost its full stop.
    Round 12: three real pages (a college's, a hospital's, a paper's) opened with one."""
    if not line or len(line) > HEADING_MAX or ends_sentence(line) or not quotes_balanced(line):
        return False
    unquoted = RE_QUOTED.sub("", line)
    return (
        line[-1] not in "，、：:；;（(“‘《—-"
        and ("，" in line or "," in line)
        and unquoted.count("，") + unquoted.count(",") <= 1
        and not RE_SENTENCE_MARK.search(unquoted)
        and not starts_with_opener(line)
    )


def is_bare_head(line: str) -> bool:
    """`九龙社工：` alone on a line: the first half of a two-line headline."""
    match = RE_HEAD_COLON.match(line)
    # a page tool's label with its value left out (今天是： / 当前位置：) heads no headline
    return bool(match) and match.end() == len(line) and match.group("head") not in _label_kind()


def starts_with_opener(line: str) -> bool:
    """`近日，…` / `此外，…`: a sentence opener and a comma, the start of a body paragraph."""
    head = RE_SHORT_HEAD.match(line)
    return bool(head) and head.group(1) in terms()["opener"]


def first_clause(line: str) -> str:
    """Text before the first punctuation mark: 愁盼，试点社区… → 愁盼."""
    return RE_ANY_PUNCT.split(line, maxsplit=1)[0]


def starts_mid_sentence(line: str) -> bool:
    """Text continued from elsewhere on the page: 的各类企事业单位… / 本；第二，…"""
    if not line:
        return False
    if line[0] in terms()["continuation_start"]:
        return True
    # A first clause of one character before ；。、 is the tail of a word (讲政治是根|本；).
    return len(line) > 2 and RE_ONE_HAN_THEN_MARK.match(line) is not None


# ---------------------------------------------------------------- web pages
#
# A news web page saved as text carries the site around the article: menus and
# breadcrumbs above the headline, a dateline under it (发布时间：… 来源：…), tool lines
# (字号 打印 分享到), photo file names, and below the body the editor's credit, related
# links and the copyright footer. The words are in `lexicons/web_furniture.tsv`.

# A date and/or time at the start of a dateline: 2025-07-24 16:47:26 / 2021年04月30日14:19:49,
# after the site's address where the page prints it (//news.example.cn 2025-07-24 来源：…), or a
# square bracket opening a labelled field (【字号：大中小】; round 21: a tool bar read as the headline);
# round 22: the address without its scheme (news.example.cn 2025-07-24 来源：…)
RE_DATETIME_PREFIX = regex.compile(
    r"^(?:(?:https?:)?//[\w.\-/]+\s*|[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.(?:com|cn|net|org|gov)(?:\.cn)?(?=\s)\s*)?(?:【(?=\p{Han}{2,6}[：:]))?[（(\[•·\-–—*\s]*(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)?\s*(?:[上下]午)?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?[\s|｜]*"
)
# A line of dates, times, weekdays and weather only: 2025年12月07日（周三）2~20℃多云 / 05-30 08:27
RE_DATETIME_LINE = regex.compile(
    r"^(?=.*(?:\d|星期|周[一二三四五六日天]))[\d\s年月日号:：/.\-–—~～℃°（）()\[\]上下午时分秒星期周一二三四五六日天晴多云阴转小中大雨雪雷阵风级霾雾]+$"
)
# The file name of a picture left in the text: 微信图片_20240506102033.jpg
# (a sentence that ends with a picture's name, …举行了仪式。img(3).jpeg, is text, not a file name)
RE_IMAGE_FILE = regex.compile(r"^[^\s。，；！？]{1,80}\.(?:jpe?g|png|gif|bmp|webp)$", regex.IGNORECASE)
# A bracketed photo caption closing a short line: …点赞。（某某融媒体供图） / （资料图片） / 【资料图】
RE_CAPTION_TAIL = regex.compile(r"(?:[（(](?P<inner>[^（）()]{0,30})[)）]|【(?P<inner>[^【】]{0,30})】|\[(?P<inner>[^\[\]]{0,30})\])$")
# The same credit without brackets, after the caption's last sentence or a space on its line:
# …合影。受访者供图 / …清理卫生 某某县总工会供图 (its words must be caption words, `is_caption`); 供图
# closing a line is a credit even where the page's space before the giver was lost (…安置点某某县总工会供图)
RE_BARE_CAPTION_TAIL = regex.compile(r"(?:(?:[。！？!?]\s*|\s+)(?P<inner>[^\s。！？!?，,；;：:]{2,24})|(?P<inner>供图))$")
BARE_CAPTION_TAIL_MAX = 24  # the longest credit RE_BARE_CAPTION_TAIL reads
# An e-paper page label: 00022版：今日湖州 / 第02版：越新闻 / A3版：要闻 / 第7B版：社区, also after the
# reader's 当前版 field (当前版：06版：要闻): round 45b, a paper's reader whose label line was taken for
# the headline over the dateline (two pool articles of two sets, one bulk page). Round 54 (h8): the
# page's number may be written in Chinese numerals (第三版：要闻), as a paper's own reader prints it.
RE_PAGE_LABEL = regex.compile(r"^(?:当前版[：:]\s*)?(?:第?[A-Z]?\d{1,5}[A-Z]?版|第[一二三四五六七八九十]{1,3}版|[A-Z]\d{1,2})[：:]")
# An e-paper's page record on one line: the paper, the day and the page together (某某晚报/2024年/3月/
# 2日/第007版 栏目, 某某日报 2024年3月4日 第A02版). A page number (第007版) and a full date never stand
# together in a headline. Round 54 (h8): such a record over the headline was read as it.
RE_PAGE_NUMBER_IN_LINE = regex.compile(r"第\s*[A-Z]?\d{1,3}\s*[A-Z]?\s*版")
RE_RECORD_DATE = regex.compile(r"(?:19|20)\d{2}\s*(?:年/?|[./-])\s*\d{1,2}\s*(?:月/?|[./-])\s*\d{1,2}(?!\d)")
PAGE_RECORD_MAX = 40  # characters of a page record at most; a longer line is text
# Separators of a breadcrumb trail or menu: 首页 > 工作动态 / 福建|时评|大学城
RE_CRUMB_SEPARATOR = regex.compile(r"\s*(?:>>|>|»|→|＞)\s*")
RE_MENU_SEPARATOR = regex.compile(r"\s*[|｜]\s*")
# A date with a time of day, or a bare date: 2025-06-02 02:19:18 / 2024年3月24日
RE_DATETIME = regex.compile(
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:[上下]午)?\s*(?P<time>\d{1,2}:\d{2}(?::\d{2})?)?"
)
# A name in a dateline without labels: no digits, no punctuation
RE_DATELINE_NAME = regex.compile(r"^[^\d\s|，。：:！？；（）()、]{2,20}$")
# A forum post's header: 某某网友 发表于 2019-8-1 09:12:29
RE_POSTED = regex.compile(r"^\S{1,20}?\s*发表于\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}")
# A magazine issue line: 党员文摘 2024年5期 / 某某生活·下 2024年10期
RE_ISSUE = regex.compile(r"^[^\s，。]{2,12}\s*(?:19|20)\d{2}\s*年\s*第?\s*\d{1,2}\s*期$")
# A document number: 某民函〔2017〕43号
RE_DOCUMENT_NUMBER = regex.compile(r"^\p{Han}{1,8}[〔\[［(（]\d{4}[〕\]］)）]\s*第?\d{1,4}号$")
# A WeChat article header fused with the first paragraph: 某某社会工作2025年03月05日09:30江苏在…
RE_WECHAT_HEADER = regex.compile(
    r"^(?P<account>[^\d\s，。：:（）()]{2,16}?)\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}\s*"
)
# Characters left once the tool phrases of a tool line are taken out: brackets, bars, spaces.
# What a tool line holds besides its phrases; an e-paper's arrows come out as digits (3 上一篇 下一篇 4);
# a read-aloud prompt ends with dots (语音合成中，请耐心等待...)
TOOL_FILLER = r"\s【】\[\]（）()|｜:：/·•\-—>\d，,.…"
RE_TOOL_FILLER = regex.compile(f"[{TOOL_FILLER}]+")
META_MAX = 120  # a dateline is one short line
CAPTION_MAX = 60  # a caption line is short
NAV_MAX = 60
NAV_COVER_TWO = 0.5  # share of a line's Han characters that its menu words cover
NAV_COVER_MANY = 0.4
MENU_ITEMS = 3  # a menu bar lists at least this many channels
MENU_ITEM_MAX = 8  # each of them short
SHORT_MENU_ITEM = 4  # a bulleted menu item is this short
SPACED_MENU_ITEMS = 8  # a channel row set apart by spaces alone is long, unlike a spaced headline
SPACED_MENU_CHANNELS = 3  # and several of its items are channel words the site furniture lists
SPONSOR_MAX = 24  # 主办 某某报社 is a short line
END_MARKER_LINE = 12  # a short line holding an end marker (本月热门新闻) is one
SPONSOR_VERBS = ("主办", "承办", "协办", "主管")
# Credits a unit signs after its name on a line of its own, over or under the article: it guided
# the site (某某司指导, beside 某某协会主办) or sent the item in (某某委员会 报送, a government
# site's contributor credit). Round 56 (h6): read as the headline on tuning pages of two sets.
CREDIT_VERBS = ("指导", "报送")
# One body's name in a sponsor credit: no list, no sentence (由 和 与 及 join clauses)
RE_SPONSOR_BODY = regex.compile(r"[^\s、，。由和与及]{4,22}")
# A unit's name before a credit verb may hold 和/与 inside it, twice at most (中华人民共和国, 城乡规划和
# 建设委员会, 基础教育与教材司): no list of units, no clause (由, 及, a comma)
RE_CREDIT_BODY = regex.compile(r"(?=.{4,22}$)[^\s、，。由及和与]{2,}(?:[和与][^\s、，。由及和与]+){0,2}")
# Who visits or what is done before 指导 in a headline (某局领导到某中心指导, 专家莅临某会指导): a
# visit, no unit's credit
RE_VISIT_BEFORE_CREDIT = regex.compile(r"到|赴|莅临|前往|深入|走进|来|领导|专家|调研|检查")
# The bullet of a site's header list before a credit (• 某某协会主办)
RE_CREDIT_BULLET = regex.compile(r"^[\s•·●◆■]+")


@lru_cache(maxsize=1)
def web_terms() -> dict[str, tuple[str, ...]]:
    """Kind → terms of `web_furniture.tsv`, longest first."""
    grouped: dict[str, list[str]] = {}
    for row in read_table("web_furniture.tsv"):
        grouped.setdefault(row["kind"], []).append(row["term"])
    return {kind: tuple(sorted(set(values), key=len, reverse=True)) for kind, values in grouped.items()}


LABEL_KINDS = ("source_label", "reprint_label", "time_label", "reporter_label", "editor_label", "site_label", "publisher_label", "tool_label")


@lru_cache(maxsize=1)
def _label_kind() -> dict[str, str]:
    terms = web_terms()
    kinds: dict[str, str] = {}
    for kind in LABEL_KINDS:
        for label in terms.get(kind, ()):
            kinds.setdefault(label, kind)
    return kinds


@lru_cache(maxsize=1)
def _re_field() -> "regex.Pattern":
    labels = "|".join(regex.escape(label) for label in sorted(_label_kind(), key=len, reverse=True))
    sources = "|".join(regex.escape(label) for label in web_terms().get("source_label", ()))
    # 来源：新华网 / 【记者】顾大炜. A 来源 label is also written with a slash (来源/新华网, 来源 / 新华网)
    # or with its value in brackets glued to it (文章来源【新华网】版权归原作者所有): `glued`. Only the
    # source labels: a slash after an editor's or a reporter's label (编辑/张三) is no field of a
    # dateline. Round 61 (h8): three tuning articles of three sets (pages' closing lines) name their
    # outlet only so, two with the slash and one glued (a fourth, after the label 图文来源, is read
    # by that label's line in web_furniture.tsv).
    return regex.compile(
        f"【(?P<blabel>{labels})】|(?P<label>{labels})\\s*[：:]|(?P<label>{sources})\\s*[/／]\\s*"
        f"|(?P<glued>{sources})(?=【[^】]{{2,20}}】)"
    )


FIELD_MARKS = ("：", ":", "【", "/", "／")  # what a line holds where `_re_field` can match


@dataclass(frozen=True)
class Field:
    """One `label：value` of a dateline or credit line (offsets index the line)."""

    label: str
    kind: str
    start: int
    value_start: int
    value_end: int
    value: str


def label_kind(label: str) -> str | None:
    """The kind of a field label of web_furniture.tsv (时间 → time_label), None for no label."""
    return _label_kind().get(label)


def opens_with_field(line: str) -> bool:
    """Does a `label：value` field start the line (`fields(line)[0].start == 0`)?"""
    return _re_field().match(line) is not None


def fields(line: str) -> list[Field]:
    """The `label：value` fields of a line, each value running to the next label."""
    if not any(mark in line for mark in FIELD_MARKS):
        return []  # a field holds a colon, a bracket or a 来源 label's slash: no search through every label
    matches = list(_re_field().finditer(line))
    found = []
    for number, match in enumerate(matches):
        label = match.group("label") or match.group("blabel") or match.group("glued")
        end = matches[number + 1].start() if number + 1 < len(matches) else len(line)
        if match.group("glued"):
            end = line.index("】", match.end()) + 1  # the words after the brackets are no part of the value
        value = line[match.end() : end]
        found.append(Field(label, _label_kind()[label], match.start(), match.end(), end, value.strip()))
    return found


def meta_fields(line: str) -> list[Field]:
    """The fields of a dateline or credit line, or [] when the line is not one.

    The line opens with a field (after a date, a time, a bullet or a bracket, or the name of
    the body that posted the page, see `dateline_publisher`), is short, and holds no
    sentence: 发布时间：2024-11-27 11:19 来源：某某网 / （通讯员：刘茵 责编：陈铭）.
    """
    if len(line) > META_MAX or RE_SENTENCE_MARK.search(line) or line.count("，") > 1:
        return []
    found = fields(line)
    if not found:
        return []
    opening = RE_DATETIME_PREFIX.match(line).end()
    counter = RE_VIEW_COUNTER_OPENING.match(line)
    if counter and opening == 0:
        opening = counter.end()  # 浏览 0次 发布时间 2026/01/07: the page's view counter opens its dateline
    if found[0].start != opening and not (found[0].start > opening and dateline_publisher(line, found)):
        return []
    return found


# The name of the body that posted a page, standing before the time label of its dateline:
# 青禾市社会工作协会 时间：2024-03-18 栏目：工作动态 (not a person: the name ends like a body's)
RE_PUBLISHER_NAME = regex.compile(r"^\p{Han}{4,16}$")


def dateline_publisher(line: str, found: list[Field] | None = None) -> str | None:
    """The publisher's name opening a dateline whose first label is a time label, when it
    ends like a body's or an outlet's name (…协会, …中心, …网)."""
    found = fields(line) if found is None else found
    if not found or found[0].kind != "time_label":
        return None
    name = line[: found[0].start].strip(" |·")
    if not RE_PUBLISHER_NAME.match(name):
        return None
    endings = web_terms().get("sponsor_org", ())
    return name if is_outlet_name(name) or name.endswith(endings) else None


def is_dateline(line: str) -> bool:
    """A dateline under a headline: a meta line naming a source or a time."""
    return any(f.kind in ("source_label", "reprint_label", "time_label") for f in meta_fields(line))


# Two outlets joined by a dash in a 来源 value: 某某新闻网—某某日报 / 某某网-某某晚报
RE_JOINED_OUTLETS = regex.compile(r"^(?P<site>[\p{Han}A-Za-z0-9]{2,12})(?P<dash>[—－-]{1,2})(?P<paper>\p{Han}{2,12})(?=$|[\s\d（(,，、|])")


# What a portal's channel is called after its name: 某某网-某某频道 (round 13)
CHANNEL_WORD = "频道"
# The shortest outlet a longer name may open with (中国网), and the fewest characters of a
# channel's name glued after a known outlet (中国网韵动安徽: 韵动安徽).
OUTLET_HEAD_MIN = 3
OUTLET_REST_MIN = 2
# An outlet's app, or its regional channel, written right after its name: 某某报客户端, 某某报手机
# 客户端, 某某在线某省频道. A dispatch line (某某报客户端讯) and a copyright footer name the outlet
# before it (round 18); a source credited so keeps it (round 30, `credited_outlet`).
RE_GLUED_CHANNEL = regex.compile(r"(?:手机|新闻)?(?:客户端|APP|App|app)|\p{Han}{2,4}频道")
# Two names joined into one attribution: by a dash (某某网-某某报, 某某网-某某频道), a dot
# (某某晚报·某某客户端, 某某网·某某频道) or a slash (某某日报/某某网, round 34)
RE_COMBINED_OUTLET = regex.compile(r"^(?P<first>[\p{Han}A-Za-z0-9]{2,12})(?P<join>[—－-]{1,2}|·|[/／])(?P<second>\p{Han}{2,12})$")


def is_combined_outlet(name: str) -> bool:
    """某某网-某某频道 / 某某晚报·某某客户端 / 某某日报/某某网: two names joined into one attribution."""
    return RE_COMBINED_OUTLET.match(name) is not None


def credited_outlet(name: str) -> str:
    """The source an attribution credits: a combined attribution as written (某某网-某某报,
    某某晚报·某某客户端, 某某网-某某频道), and an outlet with its app or channel written after its
    name (某某报客户端) as written too; only a site word the page glued to a name is cut off
    (某某日报官网 → 某某日报), and a regional channel after it (`_without_regional_channel`).
    Round 30: the labelled sets of rounds 27–30 keep the attribution as written (rounds 13 and 18
    credited one outlet of the pair)."""
    name = _without_regional_channel(_without_glued_prefix(name))
    joined = RE_COMBINED_OUTLET.match(name)
    if joined:
        # the pair as written, not the head a known outlet opening it would give; but a site
        # reposting its group's paper credits the paper
        return _site_reposted_paper(joined) or _dotted_paper(joined) or name
    return outlet_head(name, glued=False) or name


# What a national outlet calls its edition for one province or city, after the region's name:
# 某网-某省频道 (a portal's channel), 某新闻网某省新闻 (a news agency's regional desk)
REGIONAL_CHANNEL_WORDS = (CHANNEL_WORD, "新闻")
# What may part the outlet's name from its region's: 某网-某省频道 / 某网·某省频道 / 某网 某省频道
REGIONAL_CHANNEL_JOINERS = "-—－·/／ "


def _without_regional_channel(name: str) -> str:
    """某网-某省频道 / 某网某市频道 / 某新闻网某省新闻 → the outlet: a province's or a city's edition of
    a national outlet is the outlet's, and the labelled sets credit the outlet alone. Round 61 (h8):
    four tuning articles of four sets (two 来源 labels naming a portal's provincial channel, two
    dispatch lines of an agency's provincial desk) credit the outlet and none keeps the region; a
    channel that names no province or city (某网-民生频道, 某网-某镇频道) stays as written."""
    word = next((w for w in REGIONAL_CHANNEL_WORDS if name.endswith(w)), None)
    if word is None:
        return name
    body = name[: -len(word)]
    for region in region_names():
        if body.endswith(region):
            outlet = body[: -len(region)].rstrip(REGIONAL_CHANNEL_JOINERS)
            if len(outlet) >= OUTLET_HEAD_MIN and is_outlet_name(outlet):
                return outlet
    return name


def _site_reposted_paper(joined: "regex.Match") -> str | None:
    """某某网-某某晚报 / 某某网·某某商报 → the paper: a news site carrying its group's paper names the
    paper after its own name, and the paper's reporters wrote the story. Round 48: three tuning
    articles of three sets credit the paper alone; none keeps such a pair (a paper first, 某某日报·
    某某客户端, or a site's channel, 某某网-某某频道, stays as written)."""
    first, second = joined.group("first"), joined.group("second")
    return second if first.endswith("网") and _is_paper(second) else None


def _dotted_paper(joined: "regex.Match") -> str | None:
    """某某新闻·某某晚报 / 某某日报·某某客户端 / 新某某·某某日报 → the paper: a middle dot sets a
    paper beside its group's app or news brand, and the paper's reporters wrote the story.
    Round 53 (h6): the gold of three tuning articles of three sets (a 来源 label, two reporters'
    credits inside a dispatch line) credits the paper alone and none keeps the pair, where the
    round-30 sets had kept it. A dash or a slash (某某网-某某频道, 某某云/某某日报), a pair of two
    papers and a pair with none stay as written."""
    if joined.group("join") != "·":
        return None
    first, second = joined.group("first"), joined.group("second")
    papers = [name for name in (first, second) if _is_paper(name)]
    return papers[0] if len(papers) == 1 else None


OUTLET_STEM_MIN = 2  # the name before an outlet's ending (南阳 of 南阳网)


def _without_glued_prefix(name: str) -> str:
    """关注某某网 → 某某网; 旅游搜狐城市-某地 → 搜狐城市-某地: a follow button or a channel's name the
    page glued before the outlet (web_furniture.tsv `outlet_prefix`) is cut off when the rest is
    an outlet's name or opens with a known outlet or portal. Round 35B."""
    for word in web_terms().get("outlet_prefix", ()):
        rest = name[len(word) :]
        if name.startswith(word) and (has_outlet_stem(rest) or _opens_with_known_outlet(rest)):
            return rest
    return name


def has_outlet_stem(name: str) -> bool:
    """An outlet's name with a name before its ending (南阳网, not 新闻网 or 日报; 长沙晚报, not
    沙晚报, a name cut short)."""
    _, endings = _media()
    ending = next((e for e in endings + web_terms().get("outlet_ending", ()) if name.endswith(e)), None)
    return is_outlet_name(name) and (ending is None or len(name) - len(ending) >= OUTLET_STEM_MIN)


def _opens_with_known_outlet(name: str) -> bool:
    names, _ = _media()
    return any(name.startswith(known) and len(name) > len(known) for known in tuple(names) + web_terms().get("portal", ()))


def is_menu_words(name: str) -> bool:
    """新闻新闻: a name made of a menu's channel words only (web_furniture.tsv `nav_word`), no outlet."""
    words = web_terms().get("nav_word", ())
    rest = name
    while rest:
        word = next((w for w in words if rest.startswith(w)), None)
        if word is None:
            return False
        rest = rest[len(word) :]
    return True


def outlet_value(value: str) -> str | None:
    """The outlet named by a 来源 value: 某某新闻网 / 《某某日报》 / 某某新闻网—某某报 (a site and
    the paper it carries) / the outlet in a category path (部门 > 某某新闻中心 > 栏目) (not 本站,
    not a date)."""
    crumbs = [c.strip() for c in RE_CRUMB_SEPARATOR.split(value.strip()) if c.strip()]
    if len(crumbs) >= 2:
        # 来源：区委部门 > 宣传部 > 某某区新闻中心 > 街镇: the site's category path; the outlet in it
        return next((c for c in reversed(crumbs) if is_outlet_name(c)), None)
    joined = RE_JOINED_OUTLETS.match(value.strip())
    if joined and (
        (is_outlet_name(joined.group("site")) and (is_outlet_name(joined.group("paper")) or joined.group("paper").endswith(("报", CHANNEL_WORD))))
        or (RE_HAN_CHAR.search(joined.group("site")) and is_outlet_name(joined.group("paper")))
    ):
        # 某某TV-某某网: a programme's brand before the outlet carrying it (round 18); the pair is the source (round 30)
        return joined.group("site") + joined.group("dash") + joined.group("paper")
    match = RE_META_NAME.match(value.strip())
    if not match or not RE_HAN_CHAR.search(match.group("name")):
        return None  # 来源：admin / 来源：www: a user or an address, no outlet
    name = match.group("name")
    if names_no_outlet(name):
        return None
    verb = next((v for v in web_terms().get("value_verb", ()) if name.endswith(v) and len(name) - len(v) >= 2), None)
    name = name[: -len(verb)] if verb else name  # 某某社工收集 → 某某社工
    tool = next((t for t in _tool_phrases_by_length() if name.endswith(t) and len(name) - len(t) >= 2), None)
    name = name[: -len(tool)] if tool else name  # 某某网我来说两句: a page tool glued on once spaces are gone
    return outlet_head(name, glued=False) or name  # 某某报客户端 as written (round 30)


TOOL_TAIL_MIN = 3  # a page tool glued to a 来源 value is cut off when it is this long at least


@lru_cache(maxsize=1)
def _tool_phrases_by_length() -> tuple[str, ...]:
    """web_furniture.tsv `tool_phrase` of three characters or more (我来说两句, 打印本页), longest
    first; shorter ones (头条, 微信, 大) may end an outlet's name (某某头条)."""
    phrases = (t for t in web_terms().get("tool_phrase", ()) if len(t) >= TOOL_TAIL_MIN)
    return tuple(sorted(phrases, key=len, reverse=True))


def names_no_outlet(value: str) -> bool:
    """本站 / 原创 / 网站编辑 …: a 来源 value that names no outlet (web_furniture.tsv `not_outlet`)."""
    return any(value == word or value.startswith(word) for word in web_terms().get("not_outlet", ()))


def outlet_head(name: str, *, glued: bool = True) -> str | None:
    """The outlet a longer name opens with: a site word the page glued to it (某某网网站版权所有 →
    某某网, 某某日报官网 → 某某日报), its app or channel written after it (某某报客户端 → 某某报;
    with `glued`, for a dispatch line or a footer: a credited source keeps it, round 30),
    or, when the whole is no outlet's name, a known outlet
    with its channel named after it without a dash (中国网 and a channel: 中国网某某风采 → 中国网).
    The remainder must be a site word (web_furniture.tsv `site_word`) or the head a known outlet
    (org_media.txt), so a body whose name merely contains 网 or 报 (某某网格服务中心) keeps it. Round 18: a copyright
    footer and a 来源 value of two web pages of two portals named their outlet so."""
    word = next((w for w in web_terms().get("site_word", ()) if name.endswith(w) and is_outlet_name(name[: -len(w)])), None)
    if word:
        return name[: -len(word)]
    app_at = None if not glued else next((end for end in range(len(name) - 1, OUTLET_HEAD_MIN - 1, -1) if RE_GLUED_CHANNEL.fullmatch(name[end:]) and (is_outlet_name(name[:end]) or _is_paper(name[:end], OUTLET_HEAD_MIN))), None)
    if app_at is not None:
        return name[:app_at]  # 某某报客户端 / 某某报手机客户端 / 某某在线某省频道: the outlet before its app or channel
    if is_outlet_name(name):
        return None
    names, _ = _media()
    return next(
        (name[:end] for end in range(len(name) - OUTLET_REST_MIN, OUTLET_HEAD_MIN - 1, -1) if name[:end] in names),
        None,
    )


@lru_cache(maxsize=4096)  # normalization asks about each line twice (as a line and as the next one)
def web_furniture_kind(line: str) -> str | None:
    """What kind of web-page furniture a whole line is, or None for article text.

    `nav` menus and breadcrumbs, `tool` tool bars (字号 打印 分享到微博), `meta` datelines
    and credits, `datetime` date/time/weather lines, `image` picture file names, `caption`
    photo captions, `copyright` footers, `masthead` e-paper mastheads (青禾日报 数字报纸),
    `page_label` e-paper page labels (第02版：越新闻), `code` lines without any Han
    character (close, a browser's user-agent string).
    """
    line = line.strip()
    if not line:
        return None
    if RE_IMAGE_FILE.match(line):
        return "image"
    if RE_DATETIME_LINE.match(line):
        return "datetime"
    if not RE_HAN_CHAR.search(line):
        return None if line.isdigit() else "code"  # close / | / a browser's user-agent string
    return next((kind for kind, test in WEB_LINE_TESTS if test(line)), None)


def _is_dateline(line: str) -> bool:
    """发布时间：… 来源：… / 某某网友 发表于 2019-8-1 / 某某日报 2021-12-06 12:03."""
    return bool(meta_fields(line) or RE_POSTED.match(line) or bare_dateline(line) or _is_counted_date(line))


def _is_counted_date(line: str) -> bool:
    """2025-01-24 人阅读 / 2024-05-06 10:20 阅读：56 / 浏览 0次 发布时间 2026/01/07: a date with
    only the page's view counter after or before it (its number may be lost with the page's
    script; the time label may have no colon), no name: a dateline (round 28b: in three pages the
    line was not read as one, and it or the masthead over it became the headline)."""
    if len(line) > META_MAX:
        return False
    line = line.strip()
    counter = RE_VIEW_COUNTER_OPENING.match(line)
    rest = line[counter.end() :] if counter else line
    label = RE_BARE_TIME_LABEL.match(rest) if counter else None
    rest = rest[label.end() :] if label else rest
    match = RE_DATETIME.match(rest)
    if not match:
        return False
    rest = rest[match.end() :]
    if counter:
        return not rest.strip()
    return bool(rest.strip()) and RE_VIEW_COUNTER.fullmatch(rest) is not None


# A time label without its colon after a view counter: 浏览 0次 发布时间 2026/01/07
RE_BARE_TIME_LABEL = regex.compile(r"(?:发布时间|发布日期|发表时间|时间|日期)\s*[：:]?\s*")


def _is_issue_line(line: str) -> bool:
    """党员文摘 2024年5期 / 某民函〔2017〕43号: a magazine's issue or a document's number."""
    return bool(RE_ISSUE.match(line) or RE_DOCUMENT_NUMBER.match(line))


def _is_page_label(line: str) -> bool:
    return RE_PAGE_LABEL.match(line) is not None or _is_page_record(line)


def _is_page_record(line: str) -> bool:
    """某某晚报/2023年/6月/2日/第007版民生周刊: the paper's page, dated, not a headline (`RE_PAGE_NUMBER_IN_LINE`)."""
    return (
        len(line) <= PAGE_RECORD_MAX
        and not has_sentence_punct(line)
        and RE_PAGE_NUMBER_IN_LINE.search(line) is not None
        and RE_RECORD_DATE.search(line) is not None
    )


def _is_short_caption(line: str) -> bool:
    return len(line) <= CAPTION_MAX and is_caption(line)


# Sentences a line may finish before its copyright words and still be a footer: a site that glues
# its disclaimer to the article's last paragraph (…发放了慰问金。本文仅代表作者观点，…不得转载。)
# leaves a body paragraph with a footer after it (the whole article was lost as one, round 33).
RE_SENTENCE_END = regex.compile(r"[。！？]")
FOOTER_LEAD_SENTENCES = 2


@lru_cache(maxsize=1)
def _copyright_words() -> re.Pattern[str]:
    """Any copyright word, strong or weak, as written (版权所有, 未经许可): a line without one is no footer."""
    terms = web_terms()
    words = terms.get("copyright", ()) + terms.get("copyright_weak", ())
    return re.compile("|".join(re.escape(word) for word in words) or "(?!)")


def _first_copyright_word(line: str) -> int | None:
    """Where the first copyright word of a footer stands in `line`: one copyright word (版权所有)
    or two weak ones make a footer; None when the line has neither."""
    if _copyright_words().search(line) is None:
        return None  # most lines hold none of the words: one scan instead of one find per word
    terms = web_terms()
    strong = [i for i in (line.find(word) for word in terms.get("copyright", ())) if i >= 0]
    weak = [i for i in (line.find(word) for word in terms.get("copyright_weak", ())) if i >= 0]
    if not strong and len(weak) < 2:
        return None
    return min(strong + weak)


def _is_copyright_line(line: str) -> bool:
    """A footer: copyright words after fewer than FOOTER_LEAD_SENTENCES finished sentences."""
    first = _first_copyright_word(line)
    return first is not None and len(RE_SENTENCE_END.findall(line, 0, first)) < FOOTER_LEAD_SENTENCES


def copyright_tail(line: str) -> int | None:
    """Where a footer glued to a body paragraph starts (`_is_copyright_line` says no to the whole
    line): after the last finished sentence before its first copyright word."""
    first = _first_copyright_word(line)
    if first is None:
        return None
    ends = [m.end() for m in RE_SENTENCE_END.finditer(line, 0, first)]
    return ends[-1] if len(ends) >= FOOTER_LEAD_SENTENCES else None


# Spam words a line holds at least this many of to be a hijacked site's keyword line
SPAM_WORDS_MIN = 2


def _is_spam_line(line: str) -> bool:
    """The keyword line a hijacked mirror site sets over a copied article (…无码…一区二区…):
    two spam words of `web_furniture.tsv`. Round 14: it was read as the headline."""
    lowered = line.lower()
    return sum(word in lowered for word in web_terms().get("spam", ())) >= SPAM_WORDS_MIN


# The day an e-paper reader shows among its page tools (上一版 下一版 2024年3月5日星期二 放大 缩小).
RE_TOOL_DATE = regex.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:星期[一二三四五六日天]?)?")


# Two or more font-size toggles of a page's tool bar: 大号 中号 小号 / T小字 T大字 (the T an icon's
# letter left in the text). Round 50 (webtools): such bars, each site wording its sizes its own way,
# were read as the headline on pages of three sets; one pattern covers the family instead of a term
# per wording. A single 大字 or 小号 in a line of text is no toggle bar.
RE_FONT_SIZE_TOGGLES = regex.compile(r"^(?:[\s|｜·•]*T?[大中小][字号]){2,}[\s|｜·•]*$")
# A welcome banner at the top of a site: 欢迎访问某某网！ / 欢迎关注某某会官方微信 / 您好，欢迎访问某某
# 中心官方网站！ / 欢迎访问某某网，某某委员会主办！ (round 50 webtools: read as the headline of pages
# that show none, or standing over theirs; pages of three sets).
RE_WELCOME_BANNER = regex.compile(
    r"^(?:您好[，,]\s*)?欢迎(?:访问|关注|加入|光临)\s*[^。，！？\s]{2,30}?(?:官方网站|官方微信|公众号|网站|官网|网)"
    r"(?:[，,][^。，！？]{2,24}主办)?[！!]?$"
)


def _is_welcome_banner(line: str) -> bool:
    return RE_WELCOME_BANNER.match(line) is not None


# A site's self-description at the top of its pages: two or more titles of the site, each ending in
# 网站/官网 (某省新闻网站 某某报官网). Round 60: a bulk sample's web pages, where it
# was read as the headline. One such title alone may be a headline's object (某某上线官方网站).
RE_SITE_TITLES = regex.compile(r"^(?:[^。，！？\s]{2,24}?(?:网站|官网)\s*){2,}$")


def _is_site_titles(line: str) -> bool:
    return RE_SITE_TITLES.match(line) is not None


# A share widget's line is short, and its widget words cover this share of its Han characters
SHARE_WIDGET_MAX = 32
SHARE_WIDGET_COVER = 0.75


@lru_cache(maxsize=1)
def _re_share_words() -> "regex.Pattern":
    """The share widget's acts and words (web_furniture.tsv share_act, share_word), longest first."""
    terms = web_terms()
    words = sorted(set(terms.get("share_act", ()) + terms.get("share_word", ())), key=len, reverse=True)
    return regex.compile("|".join(regex.escape(word) for word in words) or "(?!)")


def _is_share_widget(line: str) -> bool:
    """微信里点“发现”，扫一下 / 请用浏览器的分享功能来分享 / 扫一扫在手机上看本页: the
    instructions of a page's share or scan widget. A short line naming a share act (share_act)
    whose Han characters are mostly widget words; a headline on sharing or scanning (居民扫码
    预约…, 志愿者分享服务心得) tells of other things too. Round 56 (h6): such lines over the
    headline were read as it, on tuning pages of two sets."""
    if len(line) > SHARE_WIDGET_MAX:
        return False
    acts = web_terms().get("share_act", ())
    if not any(act in line for act in acts):
        return False
    text = strip_quotes(line)
    han = len(RE_HAN_CHAR.findall(text))
    covered = sum(len(RE_HAN_CHAR.findall(m.group())) for m in _re_share_words().finditer(text))
    return han > 0 and covered >= SHARE_WIDGET_COVER * han


def _is_tool_line(line: str) -> bool:
    """打印 关闭 / 分享到微博 / 新闻推荐: tool phrases (or words closing an article) only, with
    at most the reader's date between them (round 20: an e-paper reader's tool bar with its day
    was read as the headline); a font-size bar (大号 中号 小号) is one."""
    if RE_FONT_SIZE_TOGGLES.match(line):
        return True
    line = RE_TOOL_DATE.sub(" ", line)
    pattern = _tool_pattern()
    if pattern is None or _re_not_tool().search(line):
        return False  # a character no tool phrase holds, nor filler: not a tool line
    rest = pattern.sub(" ", line)
    return rest != line and not RE_TOOL_FILLER.sub("", rest)


@lru_cache(maxsize=1)
def _tool_pattern() -> "regex.Pattern | None":
    """The tool phrases as one alternation, longest first: one pass over each line."""
    phrases = _tool_phrases()
    return regex.compile("|".join(regex.escape(phrase) for phrase in phrases)) if phrases else None


@lru_cache(maxsize=1)
def _re_not_tool() -> "regex.Pattern":
    """A character of neither a tool phrase nor `TOOL_FILLER`: one cheap search rules out a
    line of text before the phrases are taken out of it."""
    chars = "".join(sorted(set("".join(_tool_phrases()))))
    return regex.compile(f"[^{TOOL_FILLER}{regex.escape(chars)}]")


@lru_cache(maxsize=1)
def _tool_phrases() -> tuple[str, ...]:
    """Tool phrases and the end markers that are not editors' credits, longest first."""
    terms = web_terms()
    markers = [m for m in terms.get("end_marker", ()) if m not in terms.get("editor_label", ())]
    return tuple(sorted(set(terms.get("tool_phrase", ())) | set(markers), key=lambda phrase: (-len(phrase), phrase)))


def _is_nav_line(line: str) -> bool:
    """A menu bar, a breadcrumb trail, a position line, or a line made up of menu words."""
    if has_sentence_punct(line):
        return False
    return (
        _is_menu_bar(line) or _is_breadcrumb(line) or _is_position_line(line)
        or (len(line) <= NAV_MAX and _is_menu_words(line))
    )


# The labels that open a page's position line (您的位置 首页 社区治理): the reader's place in the site.
POSITION_LABELS = ("您的位置", "您当前的位置", "您当前位置", "您现在的位置", "您所在的位置", "当前位置")


RE_POSITION_LABEL = regex.compile("^\\s*(?:" + "|".join(sorted(POSITION_LABELS, key=len, reverse=True)) + ")\\s*[：:]?\\s*")


def _is_position_line(line: str) -> bool:
    """您的位置 首页 社区治理: a position label opening a short line, its colon and the trail's
    separators left out, so that neither the label's field nor the breadcrumb test knows it.
    A mirror page's position line, with its column, was read as the headline."""
    return len(line) <= NAV_MAX and line.lstrip().startswith(POSITION_LABELS)


def _is_menu_bar(line: str) -> bool:
    """直通江城|本地|时评|大学城|…: several short channel names between bars."""
    items = [item for item in RE_MENU_SEPARATOR.split(line) if item]
    return len(items) >= MENU_ITEMS and max(len(item) for item in items) <= MENU_ITEM_MAX


def is_spaced_menu(items: list[str]) -> bool:
    """本地 时政 评论 图片 视频 财经 房产 教育 …: a channel row whose bars the saved text lost,
    given as the items its spaces part (the clean text drops those spaces). Spaces alone part
    them, so it asks for more items than a bar menu, each short, and some of them whole
    channel words: two or three spaced phrases are a headline's, and a row of names (张三 李四
    …) holds no channel word. Round 58 (h4): such a row, run together, was read as the headline."""
    if len(items) < SPACED_MENU_ITEMS or max(len(item) for item in items) > SHORT_MENU_ITEM:
        return False
    channels = set(web_terms().get("nav_word", ()))
    return sum(item in channels for item in items) >= SPACED_MENU_CHANNELS


def _is_breadcrumb(line: str) -> bool:
    """财经 > 滚动新闻 > 正文: a short trail, a long one, or one ending at the article."""
    crumbs = [c for c in RE_CRUMB_SEPARATOR.split(line) if c]
    if len(crumbs) < 2 or not RE_CRUMB_SEPARATOR.search(line):
        return False
    return len(line) <= NAV_MAX or len(crumbs) >= 4 or crumbs[-1] == "正文"


# The home link a site's menu bar opens with (首页 本地新闻 县区 专题 …).
HOME_WORD = "首页"


def _is_menu_words(line: str) -> bool:
    """某某网首页 新闻 县区 民生 电子报: menu words making up much of the line (not a
    headline that happens to hold two: 国内首个社区新闻发布厅启用). A line opening with the home
    link and holding two more menu words is the menu bar however long its channel names
    (首页 本市新闻 县区 开发区 …, the spaces dropped): no headline opens with 首页. Round 20."""
    words = [word for word in web_terms().get("nav_word", ()) if word in line]
    if line.startswith(HOME_WORD) and len(words) >= 3:
        return True
    han = len(RE_HAN_CHAR.findall(line)) or 1
    cover = sum(len(word) for word in words) / han
    return (len(words) >= 3 and cover >= NAV_COVER_MANY) or (len(words) == 2 and len(line) <= NAV_MAX // 2 and cover >= NAV_COVER_TWO)


def bare_dateline_outlet(line: str) -> str | None:
    """The outlet a dateline without labels names: the name before the date (某某日报
    2021-12-06 12:03), or one between bars or shaped like an outlet; not an author after
    the date (2024-03-24 18:59 张三)."""
    posted = RE_POSTED.match(line)
    if posted:
        # 某某新闻网 发表于 2024-5-16 10:21: a forum post's header whose poster is an outlet
        # (round 17: a county's media centre posting on its own board; a netizen is no source)
        poster = line[: line.find("发表于")].strip(" |·")
        return poster if is_outlet_name(poster) else None
    name = bare_dateline(line)
    if not name:
        return None
    before = line.find(name) < RE_DATETIME.search(line).start()
    return name if before or "|" in line or _posts_after_date(name) else None


SPACED_FIELD_MIN = 2  # a field set apart by spaces holds a word; one character alone is letter spacing


def spaced_dateline_outlet(words: list[str]) -> str | None:
    """The outlet among the words a page set apart, with spaces, before or after a dateline's date:
    张三 某某日报·某某客户端 2030-03-02 10:00 → 某某日报·某某客户端 (an author's handle before the
    outlet); 某某影视 国产电影 2030-03-02 10:00 → None (a video account and its channel, no outlet).
    The clean text drops the spaces between CJK characters, which ran the fields into one name.
    Round 53 p1: such names were credited as the source (a tuning page, a bulk page). A page
    spacing out every character (某 某 日 报) writes one name."""
    if any(len(word) < SPACED_FIELD_MIN for word in words):
        return "".join(words)
    return next((word for word in words if _posts_after_date(word)), None)


def _posts_after_date(name: str) -> bool:
    """A name after a dateline's date and time that is its publisher, not an author (2024-03-24
    18:59 张三): an outlet, a paper (某某公益报), an outlet and its channel (某某网-某某频道) or a
    body (某某市住房和城乡建设局). Round 50: three pages of three pool sets credited such a name."""
    return _is_publisher_name(name) or _is_paper(name) or is_combined_outlet(name)


# A page's view counter closing its dateline: 阅读 (1207) / 浏览：1024次 / 点击数：56.
# A counter without its label closing a dateline after the date: 某某区民政局 2023-03-27 0 (a
# government site's view or comment count). Round 18.
RE_BARE_COUNTER = regex.compile(r"\d{1,6}")
# A view counter's label: 阅读 / 浏览量 / 点击数 / 人气 (with its colon where written).
VIEW_COUNTER_LABEL = r"(?:阅读|浏览|点击|人气)(?:量|数|次数)?[：:]?"
RE_VIEW_COUNTER = regex.compile(r"\s*(?:" + VIEW_COUNTER_LABEL + r"\s*[（(]?\d+[)）]?\s*次?|\d*\s*人(?:阅读|浏览))$")
# A view counter opening a dateline, before its first field: 浏览 0次 发布时间 2026/01/07 (round 28b:
# the dateline was not read as one and the line over it, the site's masthead, became the headline).
RE_VIEW_COUNTER_OPENING = regex.compile(r"^" + VIEW_COUNTER_LABEL + r"\s*\d+\s*次\s*")


# What a portal sets before the date of a dateline without labels: the site's address
# (http://www.某某.com.cn 2006年08月01日11:30 某某日报, the old portal layout that carried many
# papers' articles) or an originality mark (©原创 2023-03-29 18:04 某某乡人民政府 阅读：26).
# Round 16: the line was read as the headline, or as an article line, and its outlet was lost.
# Round 28b: the address may stand before the site's name and the date (http://… 某某慈善网 2017年05月12日).
RE_DATELINE_MARK = regex.compile(
    r"^\s*(?:(?:https?://[\x21-\x7e]+|©?\s*原创)\s*(?=(?:19|20)\d{2}\s*[-年/.])|https?://[\x21-\x7e]+\s*(?=\p{Han}[^\s\d]{1,19}\s*(?:19|20)\d{2}\s*[-年/.]))"
)


# The endings of a body's name that may stand alone beside a bare date as the page's publisher
# (some of the sponsor endings: not 会 or 社, which close headlines too: …召开年会, …走进报社).
PUBLISHER_ENDINGS = ("局", "委", "办", "政府", "中心", "厅", "院", "馆")
PUBLISHER_MAX = 16

# An originality mark closing a dateline without labels: 某某新闻·某某客户端 2030-02-03 08:07:06原创 /
# 2030-02-03 08:07 某某晚报 原创 (round 43: three pages of one outlet's app; the line was read
# as text and its outlet was lost). Only after a time, so a headline ending
# with the word keeps it.
RE_ORIGINAL_MARK_END = regex.compile(r"(?<=\d{1,2}:\d{2}(?::\d{2})?(?:\s+[^\s\d]{2,20})?)\s*原创\s*$")


def bare_dateline(line: str) -> str | None:
    """The name in a dateline without labels, or None when the line is not one.

    某某日报 2021-12-06 12:03 大字 → 某某日报; 2019-01-21 10:53 | 某某厅 | → 某某厅;
    2024-03-24 18:59 张三 → 张三; 2024-03-01 10:00 某某新闻 阅读 (1207) → 某某新闻 (a view
    counter may close it). The date carries a time or stands between bars, or the name is a
    publisher's (`_is_publisher_name`: 某某区民政局 2024-05-16), and the rest is one name and
    tool words, so a headline ending with a date is not a dateline. A site's
    address or an originality mark before the date (`RE_DATELINE_MARK`) is passed over.
    """
    line = RE_DATELINE_MARK.sub("", line, count=1)
    unmarked = RE_ORIGINAL_MARK_END.sub("", line, count=1)
    if unmarked != line:
        # the mark closes an outlet's dateline only: a name glued to an author's stays text
        name = bare_dateline(unmarked)
        return name if name and is_outlet_name(name) else None
    if len(line) > META_MAX:
        return None
    match = RE_DATETIME.search(line)
    if not match:
        return None
    before = line[: match.start()].strip(" |·")
    after = RE_WEEKDAY_START.sub("", line[match.end() :]).strip(" |")
    if before and RE_BARE_COUNTER.fullmatch(after):
        after = ""  # 某某区民政局 2023-03-27 0: the page's counter of views or comments, no label
    if before and after and not _is_tool_line(after):
        return None
    name = before or _strip_tool_words(RE_VIEW_COUNTER.sub("", after)).strip(" |·")
    if not RE_DATELINE_NAME.match(name):
        return None
    if match.group("time") or "|" in line or "星期" in line:
        return name
    return name if _is_publisher_name(name) else None


def _is_publisher_name(name: str) -> bool:
    """An outlet's name (某某日报) or a body's (某某区民政局, 某某中心): what alone beside a bare
    date makes a dateline (2024-05-16 某某日报 / 某某区民政局 2024-05-16) rather than a headline
    closing with its day. Round 17: a date without a time under the headline, in three outlets'
    pages, was read as the headline or as text and its publisher was lost."""
    return is_outlet_name(name) or (len(name) <= PUBLISHER_MAX and name.endswith(PUBLISHER_ENDINGS))


def _strip_tool_words(text: str) -> str:
    for phrase in _tool_phrases():
        if text.endswith(phrase):
            return _strip_tool_words(text[: -len(phrase)].rstrip(" |"))
    return text


def is_sponsor_line(line: str) -> bool:
    """主办 某某报社 / 指导单位：某某办 / 某某传媒集团主办: a site's sponsor credit.

    Short, unpunctuated, and naming one body with a body's ending (…报社 …集团 …办);
    several credits may share a line between bars (某某中心主办|某某办公室主管).
    """
    items = [item for item in RE_MENU_SEPARATOR.split(line) if item]
    if len(items) > 1:
        return all(is_sponsor_line(item) for item in items)
    if len(line) > SPONSOR_MAX or has_sentence_punct(line):
        return False
    words = web_terms().get("sponsor", ())
    head = next((w for w in words if line.startswith(w)), None)
    if head is not None:
        body = line[len(head) :].lstrip("：: ")
    elif line.endswith(SPONSOR_VERBS):
        body = line[: -len(next(v for v in SPONSOR_VERBS if line.endswith(v)))]
    else:
        return is_unit_credit(line)
    return bool(RE_SPONSOR_BODY.fullmatch(body)) and body.endswith(web_terms().get("sponsor_org", ()))


def is_unit_credit(line: str) -> bool:
    """• 某某部某某与某某司指导 / 某某市城市管理委员会 报送: one unit's name closed by a credit
    verb (CREDIT_VERBS), alone on a short line: who guided the site or sent the item, never the
    headline. A headline that only holds 指导 (专家上门指导, 某某中心指导居民…) names no unit right
    before the verb, or goes on after it."""
    line = RE_CREDIT_BULLET.sub("", line).strip()
    verb = next((v for v in CREDIT_VERBS if line.endswith(v)), None)
    if verb is None or len(line) > SPONSOR_MAX or has_sentence_punct(line):
        return False
    body = line[: -len(verb)].rstrip()
    if RE_VISIT_BEFORE_CREDIT.search(body):
        return False
    return bool(RE_CREDIT_BODY.fullmatch(body)) and body.endswith(web_terms().get("sponsor_org", ()))


def is_caption(line: str) -> bool:
    """A photo caption: …（资料图片） / …（某某融媒体供图） / …（记者 王五 摄） / …合影。受访者供图."""
    match = RE_CAPTION_TAIL.search(line)
    if not match:
        return False
    inner = match.group("inner").strip()
    return inner.endswith("摄") or _has_caption_word(inner)


def is_credited_caption(line: str) -> bool:
    """A caption whose credit closes it without brackets: …合影。受访者供图 / …清理卫生 某某县总工会供图.
    Its sentence is text the article tells (who is pictured), so it stays a paragraph; but it is
    never the headline (round 47: four tuning pages of four sets opened with one and took it as such).
    Round 54: so is a caption closed by its photographer's or agency's credit after its sentence
    (…消杀工作。 张三 摄, `ends_with_credit`): a headline ends on no sentence mark and credit."""
    if ends_with_credit(line):
        return True
    if not _has_caption_word(line[-BARE_CAPTION_TAIL_MAX:]):
        return False  # most lines: no caption word in reach of the end, no search over the line
    bare = RE_BARE_CAPTION_TAIL.search(line)
    return bare is not None and _has_caption_word(bare.group("inner"))


def _has_caption_word(credit: str) -> bool:
    return any(word in credit for word in web_terms().get("caption", ()))


# The site's name next to 版权所有 in a footer: 某某网版权所有 / 版权所有 ©2022 某某日报 / Copyright © 2013
# 某某在线 版权所有 (the Han name right before it, or the first one after it, past © and years)
RE_COPYRIGHT_BEFORE = regex.compile(r"(?P<name>\p{Han}[\p{Han}·]{1,15})[\s\w.©()（）-]*?版权所有")
RE_COPYRIGHT_AFTER = regex.compile(r"版权所有[\s©:：,，()（）\dA-Za-z-]*?(?P<name>\p{Han}[\p{Han}·]{1,15})")
# A portal's disclaimer naming its own stories: 凡本网注明“来源：某某网”的… / 凡本网来源注明“某某网”的…
RE_DISCLAIMER_SITE = regex.compile(r"凡本网(?:来源)?注明\s*[“\"「]?(?:来源[：:]\s*)?(?P<name>\p{Han}[\p{Han}·]{1,15})[”\"」]")
# A footer in the English form sites copy from their templates: Copyright © 2011 某某时报 Corporation.
RE_COPYRIGHT_MARK = regex.compile(r"Copyright\s*(?:©|\([cC]\))?\s*[\d\s-]*(?P<name>\p{Han}[\p{Han}·]{1,15})", regex.IGNORECASE)


# A note naming the outlet an article was written for: 本文为《某某晚报》原创，转载请注明出处 / 本文系《某某》
# 记者原创稿件 → 某某晚报 (round 10).
RE_WRITTEN_FOR = regex.compile(r"本文(?:为|系)\s*《(?P<name>[\p{Han}·]{2,16})》")


def written_for_outlet(line: str) -> str | None:
    """The outlet a 本文为《某某》… note names, if its name is shaped like an outlet's."""
    match = RE_WRITTEN_FOR.search(line)
    return match.group("name") if match and is_outlet_name(match.group("name")) else None


# A reprint note asking the reader to name where the article came from, which it names itself:
# 转载请附上文章来源（某某网）及本页链接 / 并请注明出处(某某公益中心) / 《某某》由某某网提供，转载请注明出处.
# Round 61 h8c: three tuning articles of three sets end so, and their gold credits the name the
# note gives; a footer's name in any other words (本网, 作者) is no source.
RE_REPRINT_NAMED = regex.compile(
    r"请(?:附上|注明|标明)(?:文章)?(?:来源|出处)\s*[（(](?P<name>[\p{Han}A-Za-z·\-－]{2,20})[)）]"
    r"|》\s*由(?P<name>[\p{Han}A-Za-z·\-－]{2,20}?)提供[，,]\s*转载请?(?:注明|标明)(?:来源|出处)"
)
REPRINT_NOT_NAMED = ("本网", "本站", "作者", "原作者", "原文")


def reprint_note_outlet(line: str) -> str | None:
    """The name a reprint note gives as the article's origin (RE_REPRINT_NAMED), unless it points
    back at the site or the writer (REPRINT_NOT_NAMED)."""
    match = RE_REPRINT_NAMED.search(line)
    if match is None or match.group("name").startswith(REPRINT_NOT_NAMED):
        return None
    return match.group("name")


def copyright_outlet(line: str) -> str | None:
    """The outlet a copyright footer or a portal's disclaimer names as its owner: 某某网版权所有，未经
    授权… / 凡本网注明“来源：某某网”的… / Copyright © 2011 某某时报 → 某某网. Only a
    name shaped like an outlet's (a department or a company owning its site is not a source)."""
    for pattern in (RE_COPYRIGHT_BEFORE, RE_COPYRIGHT_AFTER, RE_DISCLAIMER_SITE, RE_COPYRIGHT_MARK):
        match = pattern.search(line)
        if not match:
            continue
        name = match.group("name")
        if pattern is RE_COPYRIGHT_AFTER:
            # 版权所有 ©2022 某某日报蒙ICP备…: the page ran the name into the licence number
            name = next((name[:end] for end in range(len(name), 1, -1) if is_outlet_name(name[:end])), name)
        if head := outlet_head(name):
            return head
        if is_outlet_name(name):
            return name
    return None


def masthead_outlet(line: str) -> str | None:
    """The paper named on an e-paper masthead: 青禾日报数字报纸 → 青禾日报."""
    for suffix in web_terms().get("masthead", ()):
        if line.endswith(suffix) and 2 <= len(line) - len(suffix) <= 12:
            name = line[: -len(suffix)].strip()
            if RE_HAN_2_12.fullmatch(name):
                return name
    return None


# An outlet's app or social account offered as a link on a line of its own: 某某新闻APP,
# 某某日报微博, 某某日报微信 (the outlet's name, then the channel).
RE_APP_LINK = regex.compile(r"^(?P<name>[\p{Han}A-Za-z·]{2,12}?)\s*(?:APP|App|app|客户端|官方微博|官方微信|微博|微信|公众号|抖音号|视频号)$")
# How the name in such a link ends when it is a news outlet's (群众新闻, 某某日报, 某某发布).
APP_OUTLET_ENDINGS = ("新闻", "报", "网", "台", "发布", "融媒")


def _is_app_link(line: str) -> bool:
    """群众新闻APP / 某某日报微博: a link to the outlet's app or account, no headline (老人学会用微信
    names no outlet)."""
    match = RE_APP_LINK.match(line)
    return match is not None and (is_outlet_name(match.group("name")) or match.group("name").endswith(APP_OUTLET_ENDINGS))


# A page's reading-time note standing above the article: 本篇文章512字，读完约2分钟 / 全文约1200字 /
# 阅读时间约3分钟. Furniture, not a headline. Accuracy round 8: three tuning and bulk pages opened
# with one, each read as the title.
RE_READING_TIME = regex.compile(
    r"^[（(]?(?:(?:本篇文章|本文|全文)(?:共|约)?\s*\d+\s*字[，,、]?\s*)?(?:(?:读完|阅读|阅读时间|预计阅读)(?:约|需|需要)?\s*\d+\s*分钟)?[)）]?$"
)


def _is_reading_time(line: str) -> bool:
    """本篇文章512字，读完约2分钟: the reading-time note of a page (`RE_READING_TIME`)."""
    return RE_READING_TIME.match(line) is not None and ("字" in line or "分钟" in line)  # (both parts are optional)


# A phone number a page's contact line gives: an area code and the number (0731-5550123,
# (0991)5550188) or a mobile number; a hotline's short number (12345) alone is no contact line.
PHONE = r"(?:[（(]?0\d{2,3}[)）]?\s*[-－—]?\s*\d{7,8}|1[3-9]\d{9})"
# A contact field: a label ending in 电话 or 热线 (新闻热线： 举报电话：), the number after it, a site's
# short name at most between them (举报电话：某某网（029-…）).
RE_CONTACT_FIELD = regex.compile(r"\p{Han}{0,10}(?:电话|热线)\s*[：:]?\s*[^\s，。；：:]{0,6}?" + PHONE)
CONTACT_LINE_MAX = 80


def _is_contact_line(line: str) -> bool:
    """新闻热线：0731-5550123 举报电话：0731-5550124: the contact line of a site's or paper's header
    or footer (a phone number after a 电话/热线 label, no sentence). Round 35B: such lines over the
    headline were read as it, on pages of three sites of the tuning pool."""
    return len(line) <= CONTACT_LINE_MAX and not has_sentence_punct(line) and RE_CONTACT_FIELD.search(line) is not None


# The kinds `web_furniture_kind` tells from a line's words, each with its test, in the
# order they are tried (a sponsor credit before a menu, a menu before a masthead).
WEB_LINE_TESTS = (
    ("spam", _is_spam_line),
    ("meta", _is_dateline),
    ("masthead", _is_issue_line),
    ("copyright", is_sponsor_line),
    ("page_label", _is_page_label),
    ("tool", _is_tool_line),
    ("tool", _is_reading_time),
    ("tool", _is_contact_line),
    ("tool", _is_welcome_banner),
    ("tool", _is_site_titles),
    ("tool", _is_share_widget),
    ("nav", _is_nav_line),
    ("nav", _is_app_link),
    ("masthead", masthead_outlet),
    ("caption", _is_short_caption),
    ("copyright", _is_copyright_line),
)


def crumb_site(line: str) -> str | None:
    """The site named first in a breadcrumb trail: 您当前位置：某某县先锋网>>村务 → 某某县先锋网
    (a trail without a label too: 某某新闻>国内>正文 → 某某新闻)."""
    found = fields(line)
    if not found and _is_breadcrumb(line):
        # 某某新闻 > 国内 > 正文: a trail without a label, opening with the site; or with a position
        # label the fields do not read (您当前的位置 : 某某网 >> …, round 20): the label is no part of it
        trail = RE_POSITION_LABEL.sub("", line)
    elif not found or found[0].kind != "tool_label" or found[0].start != 0:
        return None
    else:
        trail = found[0].value
    crumbs = [c for c in RE_CRUMB_SEPARATOR.split(trail) if c]
    if len(crumbs) < 2:
        return None
    name = crumbs[0].strip()
    return name if is_outlet_name(name) else None


# A menu item taking the reader to the site's own home page: 某某网首页 (the site's name glued to
# 首页), or 返回主页 | 某某晚报 | 版面导航 (an e-paper reader's menu: the paper right after 返回主页).
RE_HOME_ITEM = regex.compile(r"(?P<name>\p{Han}{2,12})首页")
HOME_LINKS = ("返回主页", "返回首页", "首页", "主页")


def menu_site(line: str) -> str | None:
    """The site a menu bar names as its home: 某某网首页|新闻|县区 → 某某网; 返回主页|某某晚报|版面导航|
    某某日报 → 某某晚报 (the other papers of the group follow it). Only an outlet-shaped name.
    Round 12: a portal's and an e-paper reader's menus in real pages named the site nowhere else."""
    home = RE_HOME_ITEM.search(line)
    if home:
        run = home.group("name")
        name = next((run[i:] for i in range(len(run) - 2) if is_outlet_name(run[i:])), None)
        if name:
            return name
    items = [item for item in RE_MENU_SEPARATOR.split(line.strip()) if item]
    if len(items) >= 2 and items[0] in HOME_LINKS and is_outlet_name(items[1]):
        return items[1]
    return None


@lru_cache(maxsize=1)
def _media() -> tuple[frozenset[str], tuple[str, ...]]:
    """Outlet names and name endings of `org_media.txt` (新华社; …日报, …网)."""
    names, endings = set(), []
    for term in read_terms("org_media.txt"):
        if term.startswith("*"):
            endings.append(term[1:])
        else:
            names.add(term)
    return frozenset(names), tuple(sorted(endings, key=len, reverse=True))


def is_portal(name: str) -> bool:
    """网易网 / 搜狐新闻: a portal that carries other outlets' stories (web_furniture.tsv `portal`):
    its name as 来源 is where the page was saved from, not who wrote the story."""
    return name in web_terms().get("portal", ())


RE_OUTLET_LINE = regex.compile(r"\p{Han}[\p{Han}A-Za-z0-9·/／—－-]{1,23}")


# Round 54: a site's slogan over its page opens with a superlative and an attributive 的 (最权威的
# 某某新闻, 更及时的某某资讯): it praises the news the site carries, no outlet's name does so.
RE_PRAISE_PHRASE = regex.compile(r"^[最更][^的]{1,8}的")


def is_outlet_line(line: str) -> bool:
    """A line that is nothing but an outlet's name: 某某新闻网 / 某某商报 (a paper's name of four
    characters or more) / 某某网-某某日报 (a site and its paper) / 某某报手机客户端."""
    if not RE_OUTLET_LINE.fullmatch(line):
        return False  # a label or a sentence (李某来源：某某新闻) is no name
    if RE_PRAISE_PHRASE.match(line):
        return False  # 最及时的某某新闻: the site's slogan praises its news, it names no outlet
    joined = RE_COMBINED_OUTLET.match(line)
    if joined:
        line = joined.group("first")
    paper = _is_paper(line) and not line.endswith(web_terms().get("not_paper", ()))
    return is_outlet_name(line) or paper or outlet_head(line) is not None


def is_known_outlet(name: str) -> bool:
    """新华社 / 人民网: an outlet `org_media.txt` names, not one read from its ending alone."""
    return name in _media()[0]


def is_paper_name(name: str) -> bool:
    """某某日报 / 某某商报: a paper's name (…报, four characters or more; see `_is_paper`)."""
    return _is_paper(name)


def is_outlet_name(name: str) -> bool:
    """新华社 / 福州新闻网 / 华声在线: a known outlet or a name with an outlet's ending."""
    names, endings = _media()
    if name in names:
        return True
    endings = endings + web_terms().get("outlet_ending", ())
    return 3 <= len(name) <= 16 and any(name.endswith(ending) and len(name) > len(ending) for ending in endings) and not any(
        name.startswith(word) for word in web_terms().get("not_outlet", ())
    )


# A dispatch line opening the first paragraph: 某某在线4月4日讯 / 中新网青禾3月5日电 / 某某网讯 /
# 某某网2025年3月5日讯 (with the year) / 某某网消息 / 某某在线青禾消息 / 某某网3月5日青禾讯 (the place
# after the date)
# (据某某日报8月9日讯: a reprint's dispatch opening with 据 "according to", not part of the name; round 20)
# (某某都市报-某某讯: the paper, a dash and its app or column's short name; the paper is the outlet; round 21;
# also before the date, 某某日报-某某网3月5日讯: round 29)
DISPATCH_DATE = r"(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日"  # 3月5日 / 2025年3月5日
RE_DISPATCH = regex.compile(
    r"^据?(?P<outlet>\p{Han}[\p{Han}·/／]{1,20}?)(?:[-—－]\p{Han}{2,4}(?=[讯訊]|消息|" + DISPATCH_DATE + r"))?(?:(?P<dated>"
    + DISPATCH_DATE + r")(?:\p{Han}{2,4}?)?(?:电|讯|消息|電|訊)|[讯訊](?![员員])|消息)"
)
RE_SLASH = regex.compile(r"[/／]")
# A site's ending and the character that makes it the word 网格 (grid: 网格员, 网格长), which a
# dispatch's 讯 after 闻 (某镇网格员闻讯赶到: "hearing of it") must not cut into an outlet 某镇网.
SITE_ENDING = "网"
GRID_WORD_TAIL = "格"
# A brand and its channel or app joined by a dot: 某某广电·某某 (before a dated dispatch, an outlet)
RE_DOTTED_NAME = regex.compile(r"\p{Han}{2,10}·\p{Han}{2,10}")
# A bare dispatch of an outlet whose name has no outlet's ending, set off by a credit or a space:
# 青禾晨刊讯（记者 王五） / 邻里公益人青禾讯 （图文 张三） / 云上青禾报道：（通讯员 李四） / 云上青禾报道
# （记者 李四） (round 28: the credit right after 报道, no colon); 云上青禾讯 记者 王五 (round 34: a
# reporter's title after 讯 without brackets, the page's space gone from the clean text)
RE_BARE_DISPATCH = regex.compile(
    r"^(?P<head>\p{Han}{2,10})(?:讯(?=\s*[（(]|\s|(?:全媒体|融媒体|首席|特约|见习|实习)?(?:记者|通讯员))|报道(?:[：:]|(?=\s*[（(])))"
)
# A bare dispatch set off from the lede by a space alone (青禾晨刊讯  近日，…): the clean text has
# dropped the space, the raw text shows it (`lede_outlet`'s `spaced`). Round 34.
RE_SPACED_DISPATCH = regex.compile(r"^(?P<head>\p{Han}{2,10}?)讯(?=\p{Han}|\d|[“「])")
# Words ending in 讯 that name no dispatch: 简讯 快讯 喜讯 资讯 通讯 音讯
BARE_DISPATCH_NOT = ("简", "快", "喜", "资", "通", "音", "电", "速", "新")
DISPATCH_NOT_CREDIT = ("记者", "通讯员", "者", "员")
# A city's broadcaster by its short name (青禾广电讯): its 电 closes a name, not the word 电讯. Round 35B.
BROADCASTER_SHORT = "广电"
# An outlet before a bracketed credit: 某某在线网（文/张三）
RE_CREDITED_OUTLET = regex.compile(r"^(?P<outlet>\p{Han}{2,12})[（(](?:(?:文|图)\s*[/／:：]|记者|通讯员|本报记者|全媒体记者|融媒体记者)")
# An outlet before a reporter's title in a byline: 某某新闻全媒体记者 张三 / 某某晚报·某某客户端通讯员 李四
# (after a square, ■ 某某报记者 张三, or before a bar, 某某日报客户端 | 记者 张三)
# (also an app and its paper joined by a slash: 某某/某某商报记者 张三)
# A reporter's title after the outlet (全媒体记者, 首席记者, 通讯员) in a byline.
BYLINE_REPORTER_TITLE = r"(?:全媒体|融媒体|全媒|融媒|首席|特约|见习|实习){0,2}(?:记者|記者|通讯员|通訊員)"
RE_BYLINE_OUTLET = regex.compile(r"^(?:[■□▢●◆▲]\s*)?(?P<outlet>\p{Han}[\p{Han}·/／、\-－&＆]{1,16}?)(?:\s*[|｜]\s*)?(?P<media>全媒体|融媒体|全媒|融媒)?" + BYLINE_REPORTER_TITLE)
DISPATCH_PLACE_MAX = 4  # the place between outlet and date: 中新网 青禾 3月5日电
# An outlet's local bureau after the place (红网青禾县分站3月5日讯, 某某社青禾记者站): the place and the
# bureau word may run longer than a place alone. Round 35B.
BUREAU_WORDS = ("分站", "分社", "记者站")
# A paper's name right before its dispatch's 讯 may be three characters (某城报讯: a district's
# paper), as in a byline; elsewhere a paper needs four (round 28).
DISPATCH_PAPER_MIN = 3
# A paper named in book-title marks before 讯: 《某某》讯 (a district's or a trade's paper, whose
# name may carry no paper's ending; the marks say it is a publication). Round 28.
RE_TITLED_DISPATCH = regex.compile(r"^《(?P<outlet>\p{Han}{2,12})》\s*(?:讯|訊)")
# An outlet's reporter opening the lede: 某某晚报记者了解到… / 某某日报全媒体记者从…获悉 (the outlet
# must be a known one or end like one: 本报记者 names none). Round 28.
RE_LEDE_REPORTER = regex.compile(r"^(?P<outlet>\p{Han}{2,12}?)(?:全媒体|融媒体)?记者(?![站证节])")
# A local bureau's word closing the name before the date (某网青禾站): the outlet was not read.
BUREAU_END = "站"
# 讯息 ("a message") after a date is no dispatch's 讯 (某某小区3月5日讯息公开栏)
MESSAGE_TAIL = "息"
# The paper's or site's own dispatch (本报讯, 本网讯, 本报青禾3月5日讯) names no outlet before its date.
OWN_DISPATCH_OPENER = "本"
OWN_OUTLET = "本报"  # "this paper", after the paper's name in its own dispatch (某某报 本报讯)
# Round 35: an outlet named only in the credit of its own dispatch or byline — before the reporter's
# title in the brackets after 本报讯 (本报讯（青禾新闻记者 张三…）, 本报讯（QHB全媒体记者 李四）: a
# group's Latin initials count), or in book-title marks after 文/ (文/《青禾党建》全媒体记者 张三).
# Tuning articles of three sets. Example: 青禾新闻 of 本报讯（青禾新闻记者 张三）.
# The reporter's title alone (no 通讯员), also read by places' filter 1b.
REPORTER_WORDS = ("记者", "記者")  # a text without one holds no REPORTER_TITLE
REPORTER_TITLE = r"(?:全媒体|融媒体|首席|特约|见习|实习)?(?:" + "|".join(REPORTER_WORDS) + ")"
CREDIT_TITLES = ("通讯员", "通訊員", "记者", "記者")
RE_OWN_DISPATCH_REPORTER = regex.compile(
    r"^本[报報网網刊台]讯\s*[（(](?P<outlet>[A-Z]{2,6}|\p{Han}[\p{Han}·]{1,14}?)" + REPORTER_TITLE)
# A headline repeated in square brackets before the dispatch line (【某某社区办起邻里食堂】新华社青禾3月5日电):
# longer than an outlet's name in brackets (【某某网】). Round 35B.
RE_HEADLINE_TAG = regex.compile(r"^【[^【】]{13,60}】")
# Round 51: the credit may be set off by a bar (文|《某某通讯》记者 张三, an app's layout), and the
# publication's kind may stand between the marks and the title (《某某》新闻周刊记者 张三): the name
# in the marks is the outlet. Tuning pages of two sets had the byline read as the headline.
CREDIT_SEPARATOR = r"[/／|｜]"
PUBLICATION_KIND = r"(?:新闻周刊|周刊|月刊|半月刊|杂志社?)"
RE_TITLED_REPORTER = regex.compile(
    r"^(?:文|图|文图|文/图)?\s*" + CREDIT_SEPARATOR + r"?\s*《(?P<outlet>[^《》\s]{2,16})》\s*" + PUBLICATION_KIND + r"?" + REPORTER_TITLE)


def reporter_credit_outlet(line: str, spaced: Callable[[int], bool] | None = None) -> str | None:
    """本报讯（青禾新闻记者 张三） → 青禾新闻 (a name shaped like an outlet's, or Latin initials);
    文/《青禾党建》全媒体记者 张三 → 青禾党建 (the marks say it is a publication).
    本报讯（通讯员 李四 王五 青禾晚报记者 张三） → 青禾晚报: the correspondents' names before the
    outlet, the outlet after the page's last space before it (`spaced`), or none (round 35B)."""
    match = RE_OWN_DISPATCH_REPORTER.match(line)
    if match:
        outlet = match.group("outlet")
        if any(title in outlet for title in CREDIT_TITLES):
            start = match.start("outlet")
            cut = max((i for i in range(1, len(outlet)) if spaced is not None and spaced(start + i)), default=None)
            if cut is None:
                return None
            outlet = outlet[cut:]
        return outlet if outlet.isascii() or _outlet_shaped(outlet) or _is_paper(outlet, DISPATCH_PAPER_MIN) else None
    match = RE_TITLED_REPORTER.match(line)
    return match.group("outlet") if match else None


# A dispatch that relays another outlet's story right after its own 讯 (某某网8月28日讯 据某某日报
# 报道 / 某某网讯：据新华网某地5月29日电): the story is the relayed outlet's, as 据《某某晚报》 credits
# 某某晚报 (the gold convention); the dispatching site only reprints it. The relayed name runs up to
# 报道/消息, or up to its place and date before 电/讯. Searched in the lede's opening, since a page's
# date line may run into it (某某网2023-7-6作者：… 某某网讯：据…). Round 56 (h6): three tuning
# articles of two sets credit the relayed outlet.
RE_RELAYED_STORY = regex.compile(
    r"(?P<site>\p{Han}{2,16})(?:" + DISPATCH_DATE + r")?(?:[讯訊]|消息)[\s:：，,]*据《?(?P<name>\p{Han}{2,16}?)》?(?:报道|消息|(?P<dated>" + DISPATCH_DATE + r")(?:电|讯|電|訊))"
)
RELAYED_STORY_REACH = 80  # how far into the lede the relaying dispatch may stand


def relayed_outlet(line: str) -> str | None:
    """青禾日报 of 柳岸网4月9日讯 据青禾日报报道: the outlet a dispatch line says it relays
    (`RE_RELAYED_STORY`), when the dispatching name ends in an outlet's and the relayed one is an
    outlet's or a paper's; the place before a relayed date is no part of it (据新华网某地5月29日电
    → 新华网)."""
    relay = RE_RELAYED_STORY.search(line[:RELAYED_STORY_REACH])
    site = relay.group("site") if relay else ""
    if not any(is_outlet_name(site[start:]) for start in range(len(site) - 1)):
        return None  # 居民闻讯 据…: no outlet's dispatch
    name = relay.group("name")
    reach = DISPATCH_PLACE_MAX if relay.group("dated") else 0
    return next((name[:end] for end in range(len(name), max(len(name) - reach, 1) - 1, -1) if is_outlet_name(name[:end]) or _is_paper(name[:end])), None)


def lede_outlet(line: str, spaced: Callable[[int], bool] | None = None) -> str | None:
    """The outlet a first paragraph names in its dispatch line or credit (not 本报讯).
    `spaced(i)`: whether the page had a space before the line's character `i` (a dispatch set
    off from the lede by a space alone: 青禾晨刊讯  近日，…)."""
    tag = RE_HEADLINE_TAG.match(line)
    if tag:
        dispatch = RE_DISPATCH.match(line[tag.end() :])
        if dispatch and dispatch.group("dated"):
            # 【某某社区办起邻里食堂】新华社青禾3月5日电: the headline in brackets before the dispatch
            return lede_outlet(line[tag.end() :], lambda i: spaced(i + tag.end()) if spaced else False)
    credited = reporter_credit_outlet(line, spaced)
    if credited:
        return credited  # 本报讯（青禾新闻记者 张三）: the paper's own dispatch names no outlet, its credit does
    match = RE_DISPATCH.match(line)
    if match:
        text = match.group("outlet")
        if RE_SLASH.search(text):
            # 某某日报/某某网讯: a paper and its site (or app) credited together, as written (round 34)
            first, second = RE_SLASH.split(text, maxsplit=1)
            paper = is_outlet_name(first) or _is_paper(first, DISPATCH_PAPER_MIN)
            return text if paper and RE_HAN_2_10.fullmatch(second) else None
        if _is_channel_of_outlet(text) or (match.group("dated") and RE_DOTTED_NAME.fullmatch(text)):
            return text  # 某某网·某某频道3月20日讯 / 某某广电·某某3月20日讯: the outlet and its channel or app
        if head := outlet_head(text):
            if RE_GLUED_CHANNEL.fullmatch(text[len(head) :]):
                # 某某在线黑龙江频道消息 / 某某报客户端讯: the dispatch as written, the outlet with its
                # channel or app, as a credited source keeps it (round 31: the labelled sets of
                # rounds 27–30 credit 某某报客户端 and 某某在线某省频道 so; round 18 cut them off)
                return text
            return head  # 某某网网站 …: a site word glued to the outlet's name
        # The outlet is the longest head with an outlet's ending: 四川新闻网 | 成都; or a paper's
        # name (…报 of four or more characters: 某某导报讯, round 21), as in a byline; a paper's
        # name before its own 本报讯 (某某公益报 本报讯) is the name without 本报.
        text = text.removesuffix(OWN_OUTLET)
        reach = DISPATCH_PLACE_MAX + next((len(word) for word in BUREAU_WORDS if text.endswith(word)), 0)
        for end in range(len(text), 1, -1):
            if len(text) - end > reach:
                break
            if text.startswith(GRID_WORD_TAIL, end) and text.endswith(SITE_ENDING, 0, end):
                continue  # 某镇网|格员闻讯: 网格 (the grid) is a word of its own, no site named 某镇网
            if is_outlet_name(text[:end]) or _is_paper(text[:end], DISPATCH_PAPER_MIN):
                return text[:end] + _dispatch_channel(text[:end], text[end:])
        if match.group("dated") and match.end("outlet") == match.start("dated") and not line.startswith(MESSAGE_TAIL, match.end()):
            return _dated_dispatch_name(text)  # the date right after the name; 3月5日讯息 is a "message"
        return _bare_dispatch_outlet(line, spaced)
    match = RE_TITLED_DISPATCH.match(line)
    if match:
        return match.group("outlet")
    match = RE_CREDITED_OUTLET.match(line)
    if match and is_outlet_name(match.group("outlet")):
        return match.group("outlet")
    match = RE_MARKED_LEDE_OUTLET.match(line)
    if match and _outlet_shaped(match.group("outlet")):
        return match.group("outlet")
    match = RE_LEDE_REPORTER.match(line)
    if match and is_outlet_name(match.group("outlet")):
        return match.group("outlet")
    return _named_credit_outlet(line) or _bare_dispatch_outlet(line, spaced)  # 云上青禾报道：（通讯员 李四）…


# An outlet's reporter as the subject of a sentence of the opening paragraphs, going out to the
# story (近日，《某某法制报》记者走进某某社区 / …活动。某某日报记者来到…): a paper writing up its own
# reporter's visit, where the page credits it nowhere else. The name opens a sentence or follows
# a time word, so another outlet's reporter in the story (接受某某社记者采访) is not read.
# Round 45 (src3): pool articles of three sets (one already read by RE_LEDE_REPORTER, at the lede's start).
# Round 56 (h6): the name may also open a clause after a comma (…沙龙活动中，某某网记者了解到), be a
# paper and its site joined by a middle dot (某某报·某某网记者走进), and the reporter may learn (了解到,
# 获悉) or act with or on the story's people (某某新闻记者与居民代表… / 某某报记者对多地…展开走访):
# four tuning articles of four sets credit that outlet.
RE_VISITING_REPORTER = regex.compile(
    r"(?:^|[。！？；，,])(?:(?:近日|日前|最近|近期|\d{1,2}月\d{1,2}日)[，,]?)?《?(?P<outlet>\p{Han}{2,12}?(?:·\p{Han}{2,8})?)》?"
    r"(?:全媒体|融媒体)?记者(?:一行)?(?:走进|来到|走访|探访|前往|深入|实地|跟随|了解到|获悉|对|与)"
)


def visiting_reporter_outlet(paragraph: str) -> str | None:
    """某某日报 of 近日，某某日报记者走进…: the outlet whose reporter a sentence sends out to the
    story (`RE_VISITING_REPORTER`), when the name is an outlet's or a paper's."""
    for match in RE_VISITING_REPORTER.finditer(paragraph):
        outlet = match.group("outlet")
        if is_outlet_name(outlet) or _is_paper(outlet):
            return outlet
    return None


# Someone in the story speaking to an outlet's reporter: 某某告诉某某日报记者 / 某某对某某日报记者说 /
# 某某向某某日报全媒记者介绍. A story names its own reporter so when its people speak to them
# (another outlet's reporter is one it reports on, 接受某某社记者采访). Round 61 (h8): three tuning
# articles of three sets credit the outlet told (one a paper and its site joined by a middle dot),
# and two bulk pages name theirs only so.
RE_TOLD_REPORTER = regex.compile(
    r"(?:告诉|(?P<to>[对向]))《?(?P<outlet>\p{Han}{2,12}?(?:·\p{Han}{2,8})?)》?(?:全媒体|融媒体|全媒)?记者"
    r"(?(to)(?:说|介绍|表示|讲述|坦言|透露|感慨)|)"
)


def told_reporter_outlet(paragraph: str) -> str | None:
    """某某日报 of …，居民告诉某某日报记者: the outlet whose reporter the story's people speak to
    (`RE_TOLD_REPORTER`), when the name is an outlet's or a paper's."""
    for match in RE_TOLD_REPORTER.finditer(paragraph):
        outlet = match.group("outlet")
        if is_outlet_name(outlet) or _is_paper(outlet):
            return outlet
    return None


# A web outlet opening the lede, set off by its own marks rather than a dispatch date: in square
# brackets (【某某网】（记者 张三）), before its other name in brackets and 讯 (某某网（某某日报网）讯), or
# before a colon and a bracketed credit (某某传媒网：（张三）近日). Round 14: three web articles of
# three outlets.
RE_MARKED_LEDE_OUTLET = regex.compile(
    r"^(?:【(?P<outlet>\p{Han}{2,12})】|(?P<outlet>\p{Han}{2,12})[（(]\p{Han}{2,12}[)）](?:讯|訊|消息)|(?P<outlet>\p{Han}{2,12})[：:]\s*[（(])"
)
# A bracketed credit opening the lede with the outlet first and its reporters' names after it,
# without a reporter's title (（某某侨报 张三 李四）近日; spaces are gone in the clean text).
# Round 21: a district site's reprint of a city paper credited so (the shape also opens papers'
# web copies: the outlet, then one to three reporters).
RE_NAMED_CREDIT = regex.compile(r"^[（(](?P<inner>[\p{Han}\s]{5,24})[)）]")
CREDIT_NAMES_MAX = 12  # up to three reporters' names after the outlet
CREDIT_NOT_NAMES = PUBLISHER_ENDINGS + ("部", "室", "所", "站", "队", "组")  # a unit after the outlet, not its reporters


def _named_credit_outlet(line: str) -> str | None:
    """（某某侨报张三李四） → 某某侨报: the shortest head shaped like an outlet's name, followed by
    names (a surname first); not （某某日报社会调查中心）, whose rest is no person's name."""
    match = RE_NAMED_CREDIT.match(line)
    if not match:
        return None
    inner = "".join(match.group("inner").split())
    for end in range(OUTLET_HEAD_MIN, len(inner) - 1):
        rest = inner[end:]
        if len(rest) <= CREDIT_NAMES_MAX and rest[0] in _surname_chars() and (is_outlet_name(inner[:end]) or _is_paper(inner[:end])) and not rest.endswith(CREDIT_NOT_NAMES):
            return inner[:end]
    return None


def _outlet_shaped(name: str) -> bool:
    """A known outlet or a name ending like one, short names included (某网 in 【某网】)."""
    names, endings = _media()
    endings = endings + web_terms().get("outlet_ending", ())
    return is_outlet_name(name) or any(name.endswith(e) and len(name) > len(e) for e in endings) and not any(
        name.startswith(word) for word in web_terms().get("not_outlet", ()))


# A dispatch line standing alone under the dateline: 某某网2026-01-15号报道 / 某某网3月5日讯
DISPATCH_VERBS = ("报道", "讯", "电", "消息")  # what a dispatch line ends with
RE_DISPATCH_LINE = regex.compile(
    r"^(?P<outlet>\p{Han}[\p{Han}·]{1,15}?)\s*(?:(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*[日号]?|\d{1,2}月\d{1,2}日)号?(?:\p{Han}{0,4}?)(?:%s)$"
    % "|".join(DISPATCH_VERBS)
)
# A magazine's issue line standing alone: 某某生活 2024年5期 / 某某文摘 2023年第12期 / 某某生活·下 2024年
# 10期 (the second half-month's issue; the magazine is named without it). Round 34: four labelled
# articles of four sets, from three magazines of Party and civil-affairs work, credit the magazine so.
RE_ISSUE_LINE = regex.compile(r"^(?P<outlet>\p{Han}[\p{Han}（）()]{1,14}?)(?:·[上中下])?\s*(?:19|20)\d{2}\s*年\s*第?\s*\d{1,2}\s*期$")
ISSUE_WORD = "期"
# An e-paper's citation of itself: 《某某日报》（2021年08月05日 04版）
RE_PAPER_CITATION = regex.compile(r"^《(?P<outlet>[^《》]{2,16})》\s*[（(][^（）()]*?\d{1,3}\s*版\s*[)）]$")
# A credit in brackets closing the body with the outlet first: …活力。（某某日报 记者 张三 通讯员 李四）
# (or in square brackets: 【某某日报社·某某客户端全媒体记者 张三】), also a paper and its site
# credited together (（某某法制报、某某法治网记者 张三 通讯员 李四）: the first is the outlet).
RE_CLOSING_CREDIT = regex.compile(r"[（(【](?P<outlet>\p{Han}[\p{Han}·]{1,15}?)(?:、\p{Han}[\p{Han}·]{1,15}?)?\s*(?:全媒体|融媒体|见习|实习|首席)?(?:记者|通讯员)[^（）()【】]{2,40}[)）】][\s|｜]*$")


def dispatch_line_outlet(line: str) -> tuple[str, bool] | None:
    """The outlet a line of its own names as a dispatch (某某网2026-01-15号报道), an e-paper's
    citation (《某某日报》（2021年08月05日 04版）) or a magazine's issue (某某生活2024年5期), and
    whether it is a citation (a label's rank)."""
    # Cheap exits: a dispatch line ends with its verb (a regex $ also matches before one
    # closing line break), a citation opens with 《, an issue line ends with 期.
    end = line[:-1] if line.endswith("\n") else line
    match = RE_DISPATCH_LINE.match(line) if end.endswith(DISPATCH_VERBS) else None
    if match and is_outlet_name(match.group("outlet")):
        return match.group("outlet"), False
    match = RE_PAPER_CITATION.match(line) if line.startswith("《") else None
    if match and (is_outlet_name(match.group("outlet")) or match.group("outlet").endswith("报")):
        return match.group("outlet"), True
    match = RE_ISSUE_LINE.match(end) if end.endswith(ISSUE_WORD) else None
    if match:
        return match.group("outlet"), True
    return None


def closing_credit_outlet(line: str) -> str | None:
    """某某日报 in a body's closing credit （某某日报 记者 张三 通讯员 李四）, also with the
    outlet's app after a dot (【某某日报社·某某全媒体记者 张三】 → 某某日报社·某某)."""
    match = RE_CLOSING_CREDIT.search(line)
    if match and (is_outlet_name(match.group("outlet")) or _is_channel_of_outlet(match.group("outlet"))):
        return match.group("outlet")
    return None


def _is_channel_of_outlet(text: str) -> bool:
    """某某网·某某频道 / 某某晚报·某某客户端: an outlet and its channel or app, joined by a dot.
    A paper's short name of three characters counts before a dot (某河报·某视频, 某青报·某青网)."""
    brand, dot, channel = text.partition("·")
    return bool(dot) and (is_outlet_name(brand) or _is_paper(brand, 3)) and RE_HAN_2_10.fullmatch(channel) is not None


def _is_paper(name: str, shortest: int = 4) -> bool:
    """A paper's name before a reporter's title: …报 of `shortest`+ characters, not 本报 or 日报
    alone (BYLINE_PAPER_MIN) nor a word web_furniture.tsv lists as no outlet."""
    return len(name) >= shortest and name.endswith("报") and RE_HAN_2_10.fullmatch(name) is not None and not name.startswith(web_terms().get("not_outlet", ())) and not _ends_with_own_outlet(name)


def _ends_with_own_outlet(name: str) -> bool:
    """张三李四本报 of 张三 李四 本报记者 王五: a byline whose first names (correspondents, untitled)
    run into the paper's own 本报 once spaces between CJK characters go, so the words before a
    reporter's title end in 本报 and pass as a paper's name; 本报 names no outlet, whatever stands
    before it. Round 53 p1: such a byline's names were credited as the source in the bulk sample."""
    return name.endswith(OWN_OUTLET)


# Round 55 (h4): a word between a listed outlet's or a paper's name and the place or date of its
# dispatch that names no place is the outlet's own channel or app, or the rest of a name its ending
# cut (某网时讯青禾3月5日讯 → 某网时讯, 某国报道讯 → 某国报道): the line credits itself so, and the
# tuning gold keeps it (three articles of three sets for one portal's app, two of two for a
# magazine). An app opener before the place (某某晚报掌上青禾: 掌上青禾 is the app, the gold credits
# the paper) and a bureau (分站, 记者站) keep the outlet alone; a name read by its ending only
# (某镇网格员闻讯, 某某日报融媒体) is not extended, as its end may fall inside a word.
RE_CHANNEL_WORD = regex.compile(r"\p{Han}{1,4}")  # the word itself: 时讯 of 某网时讯青禾3月5日讯


def _dispatch_channel(outlet: str, rest: str) -> str:
    """The channel word written between `outlet` and its dispatch's place or date, or ''."""
    if not rest or not (is_known_outlet(outlet) or _is_paper(outlet, DISPATCH_PAPER_MIN)):
        return ""
    places = dispatch_place_names()
    place = next((name for name in places if rest.endswith(name) and len(rest) > len(name)), "")
    word = rest[: len(rest) - len(place)]
    if word.startswith(DISPATCH_NAME_OPENERS) or word.endswith(BUREAU_WORDS + (BUREAU_END,)):
        return ""
    if not RE_CHANNEL_WORD.fullmatch(word) or any(name in word for name in places):
        return ""  # 某某晚报江南讯: a district's short name is a place, not a channel
    return word


@lru_cache(maxsize=1)
def dispatch_place_names() -> tuple[str, ...]:
    """`region_names` with the counties and districts and their short forms (江永县, 江永; 江南区,
    江南), longest first: the places a dispatch line writes after its outlet."""
    names = set(region_names())
    for row in read_csv("gazetteer/areas.csv"):
        name = row["name"]
        names.add(name)
        stem = name[:-1]
        if name.endswith(COUNTY_ENDINGS) and len(stem) >= 2:
            names.add(stem)
    return tuple(sorted(names, key=len, reverse=True))


COUNTY_ENDINGS = ("县", "区", "市", "旗")  # a county's or district's ending, dropped in its short form


# Words opening a local outlet's name before its city: time words (今日青禾讯) and the county
# apps' 云上/掌上 (云上青禾报道, round 28): the outlet is the whole name.
DISPATCH_NAME_OPENERS = ("今日", "今天", "每日", "今晨", "今晚", "云上", "掌上")


def _dated_dispatch_name(text: str) -> str | None:
    """The name before a dated dispatch's 讯 or 电 (某某风2月7日讯, 某网12月5日讯) when it has no
    outlet's ending: the date before 讯 says a dispatch line opens the lede, so the name before it is
    the outlet's (a place written after the name dropped: 某某风青禾3月5日讯 → 某某风). Not the paper's
    own 本报/本网, nor a place alone. Round 40b: a dispatch of a provincial civility site in two tuning
    articles and a provincial news site's in the bulk lost their source."""
    if text.startswith(OWN_DISPATCH_OPENER) or text in region_names() or text.endswith(BUREAU_WORDS + (BUREAU_END,)):
        return None  # 网青禾站3月5日讯: a bureau whose outlet was not read is no name either
    place = next((name for name in region_names() if text.endswith(name) and len(text) - len(name) >= 2), None)
    name = text[: -len(place)] if place else text
    return name if RE_HAN_2_10.fullmatch(name) else None


def _bare_dispatch_outlet(line: str, spaced: Callable[[int], bool] | None = None) -> str | None:
    """青禾晨刊讯（记者 王五） → 青禾晨刊; 邻里公益人青禾讯 （…） → 邻里公益人 (the place after the
    outlet's name is dropped); 青禾晨刊讯  近日 with `spaced` saying the page had the space. Not
    本报讯, 社区简讯, 通讯员."""
    match = RE_BARE_DISPATCH.match(line)
    if not match and spaced is not None:
        match = RE_SPACED_DISPATCH.match(line)
        match = match if match and spaced(match.end()) else None
    if not match:
        return None
    head = match.group("head").removeprefix("据")  # 据某某网报道：
    if head.endswith(DISPATCH_NOT_CREDIT):
        return None  # 记者报道： / 通讯员报道： name a person's title, not an outlet
    if (head.endswith(BARE_DISPATCH_NOT) and not (head.endswith(BROADCASTER_SHORT) and len(head) > len(BROADCASTER_SHORT))) or any(head.startswith(word) for word in web_terms().get("not_outlet", ())):
        return None
    if head in region_names() or (len(head) <= len(OWN_OUTLET) and head.endswith("报")):
        return None  # 某市报道（通讯员…） / 日报讯: a place or a paper's kind alone names no outlet (round 28)
    place = next((name for name in region_names() if head.endswith(name) and len(head) - len(name) >= 2), None)
    if place and head[: -len(place)] in DISPATCH_NAME_OPENERS:
        return head  # 今日青禾讯 / 云上青禾报道: the opener and the place are the outlet's name, no outlet of its own
    return head[: -len(place)] if place else head


@lru_cache(maxsize=1)
def region_names() -> tuple[str, ...]:
    """Province and prefecture-city names with their short forms (北京, 甘肃, 安庆), longest first."""
    names: set[str] = set()
    suffixes = ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市")
    for table in ("gazetteer/provinces.csv", "gazetteer/cities.csv"):
        for row in read_csv(table):
            name = row["name"]
            if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                continue
            names.add(name)
            for suffix in suffixes:
                if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                    names.add(name[: -len(suffix)])
                    break
    return tuple(sorted(names, key=len, reverse=True))


# Round 55 (p2): a paper's imprint closing its reporter's byline, the paper in book-title marks and
# its issue's date and page in a bracket (本报记者 张三《某某日报》（2020年1月2日 5版）): the byline
# names its outlet after the names, as 本报 before them does not. Example match: 《某某日报》（…5版）.
RE_BYLINE_IMPRINT = regex.compile(r"《(?P<outlet>[^《》\s]{2,12})》[（(][^（）()]{0,24}版[)）]$")


def without_imprint(line: str) -> tuple[str, str | None]:
    """The byline before a paper's imprint closing it, and the paper (the line and None without one)."""
    match = RE_BYLINE_IMPRINT.search(line)
    return (line, None) if match is None else (line[: match.start()].rstrip(), match.group("outlet"))


def byline_outlet(line: str, spaced: Callable[[int], bool] | None = None) -> str | None:
    """青禾新闻全媒体记者 王小明 → 青禾新闻; 青禾特区报记者 王小明 → 青禾特区报 (before a
    reporter's title a name ending in 报 is a paper: BYLINE_PAPER_MIN keeps out 本报); 本报记者 王小明
    《青禾日报》（…5版） → 青禾日报 (the imprint after the names).
    `spaced(i)`: whether the page had a space before the line's character `i` (it parts a
    correspondent's name from the paper after it, `_joined_paper`)."""
    line, imprint = without_imprint(line)
    if imprint is not None and (is_outlet_name(imprint) or _is_paper(imprint)):
        return imprint
    match = RE_BYLINE_OUTLET.match(line)
    if not match:
        return reporter_credit_outlet(line) or outlet_credit_outlet(line)
    outlet = match.group("outlet")
    glued = outlet + (match.group("media") or "")
    if glued != outlet and is_outlet_name(glued) and not is_outlet_name(outlet):
        return glued  # 某某融媒记者张三: 融媒 ends the outlet's name (某某融媒), not the reporter's title
    # 某某/某某商报记者, 新某某-某某日报记者 (round 39: a dash joins them too; round 44: an ampersand,
    # 某某&某某晚报记者, the app and the paper whose reporter it is, credited to the paper as gold-dc does)
    app, slash, named = RE_BYLINE_JOIN.sub("/", outlet).partition("/")
    if slash:
        # An app and the paper that runs it, in either order (某某/某某商报记者 张三, 某某日报/某某新闻
        # 记者 张三): the paper is the outlet.
        paper = _joined_paper(app, named, match.start("outlet"), spaced)
        return paper or next((part for part in (named, app) if is_outlet_name(part) or _is_paper(part)), None)
    paper = len(outlet) >= BYLINE_PAPER_MIN and outlet.endswith("报") and not outlet.startswith(web_terms().get("not_outlet", ())) and not _ends_with_own_outlet(outlet)
    if is_outlet_name(outlet) or _is_channel_of_outlet(outlet) or paper:
        return outlet
    return None


def _joined_paper(first: str, second: str, start: int, spaced: Callable[[int], bool] | None) -> str | None:
    """The paper of a paper and its app joined before a reporter's title, whichever comes first:
    某某/某某商报 → 某某商报, 某某日报/某某新闻 → 某某日报. Correspondents' names may run into the
    first part (通讯员 李四 某某晚报/某某新闻记者 张三, spaces gone): it is read after the page's last
    space in it (`start`: where `first` begins in the line), and not at all when no space is known
    and a reporter's title shows the names are there.
    Round 55 (h4): three tuning articles of three sets credit the paper written before its app;
    none credits the app (one whose 来源 label names the app credits the label)."""
    if _is_paper(second):
        return second
    cut = max((i for i in range(1, len(first)) if spaced is not None and spaced(start + i)), default=None)
    if cut is not None:
        first = first[cut:]
    elif any(title in first for title in CREDIT_TITLES):
        return None
    return first if _is_paper(first) else None


@lru_cache(maxsize=1)
def _re_outlet_credit() -> "regex.Pattern":
    words = "|".join(regex.escape(word) for word in web_terms().get("outlet_credit", ()))
    return regex.compile(r"^[■□▢●◆▲]?\s*(?P<outlet>\p{Han}[\p{Han}·]{1,16}?)(?:%s)$" % words)


def outlet_credit_outlet(line: str) -> str | None:
    """某某日报调研组 → 某某日报, 某某网视频截图 → 某某网: an outlet signing a line of its own with
    no reporter's name (web_furniture.tsv, outlet_credit). Round 53: such a line under the headline
    was read as its tail, and the outlet it names was lost as the source."""
    match = _re_outlet_credit().match(line)
    if match is None:
        return None
    outlet = match.group("outlet")
    return outlet if is_outlet_name(outlet) or _is_paper(outlet) else None


BYLINE_PAPER_MIN = 4  # 某某特区报 (4+ characters), not 本报 or 日报 alone
# What joins an app and its paper before a reporter's title: 某某/某某商报, 新某某-某某日报, 某某&某某晚报
RE_BYLINE_JOIN = regex.compile(r"[／/－\-&＆]")
# A brand's name before a reporter's title on a byline line of its own, with no outlet's ending
# (某某记者 张三 under the headline: an app or a paper's new-media brand); not a word that names no
# outlet (本报, 本台: the page's own; 融媒体, 新闻: a reporter's title or a menu word).
RE_BARE_BYLINE_BRAND = regex.compile(r"\p{Han}{2,6}")
# A reporter's title inside the words before the byline's last title: 记者 张三 通讯员 李四 names no brand
RE_ANY_REPORTER_TITLE = regex.compile(REPORTER_TITLE)
BARE_BYLINE_NOT_BRANDS = ("本", "融媒", "全媒", "新闻", "通讯", "特约", "见习", "实习", "首席")


# How far into a paragraph a dateline run into it still has its 来源 label (发表时间：日期 时间来源：…)
FUSED_LABEL_REACH = 48
# What a dateline run into a paragraph may hold before its 来源 label besides its fields: dates,
# times, a site's address and separators (2026-01-07 19:26·www.example.com·来源：…), no words
RE_DATELINE_STAMP = regex.compile(r"[\dA-Za-z\s.:：/\-·|｜_]*")
OUTLET_NAME_MAX = 16  # the longest outlet's name read off the front of a glued value


def fused_source_outlet(line: str) -> str | None:
    """The outlet of a 来源 label that a page ran together with other text on one line, which the
    dateline reader leaves as a paragraph: the label opening the paragraph or following the
    dateline's other fields or stamps (发表时间：日期 时间来源：某某时报 在…, 日期·网址·来源：某某周末),
    its value the outlet that opens it (来源：某某晚报夏季气温…) or the whole value closing a
    short line. Round 44: three labelled pages of three sets lost their source so."""
    found = fields(line[:FUSED_LABEL_REACH])
    label = next((f for f in found if f.kind in ("source_label", "reprint_label")), None)
    if label is None or not _only_dateline_before(line, found, label):
        return None
    value = line[label.value_start :].strip()
    if len(value) <= OUTLET_NAME_MAX and not RE_ANY_PUNCT.search(value):
        return outlet_value(value)
    return next((value[:end] for end in range(min(len(value), OUTLET_NAME_MAX), OUTLET_HEAD_MIN - 1, -1) if is_outlet_name(value[:end])), None)


def _only_dateline_before(line: str, found: list[Field], label: Field) -> bool:
    """Nothing but the dateline's other fields, dates, times and addresses before the label."""
    at = 0
    for item in found:
        if item is label:
            return RE_DATELINE_STAMP.fullmatch(line[at : label.start]) is not None
        if RE_DATELINE_STAMP.fullmatch(line[at : item.start]) is None or item.kind not in ("time_label", "reporter_label", "editor_label"):
            return False
        at = item.value_end
    return False


# The writers' label of a web page's credit line (作者：某某日报), whose value may be the outlet
WRITER_LABEL = "作者"


def writer_outlet(line: str) -> str | None:
    """The outlet a web page's 作者 field names instead of a person: 作者：某某区融媒体中心, or an
    app and its paper before the reporter's title the page split off (作者：某某&某某晚报 ⏎ 记者
    张三): the paper, as in a byline (`byline_outlet`). Round 44: two labelled pages of two sets."""
    for item in meta_fields(line):
        if item.label != WRITER_LABEL:
            continue
        value = RE_TRAILING_REPORTER_TITLE.sub("", item.value.strip())
        parts = RE_BYLINE_JOIN.split(value)
        named = [part for part in parts if is_outlet_name(part) or (len(parts) > 1 and _is_paper(part))]
        if named:
            return named[-1]
    return None


# A reporter's title closing a 作者 value (作者：某某商报记者): not part of the outlet's name
RE_TRAILING_REPORTER_TITLE = regex.compile(REPORTER_TITLE + r"$")


# The work credited before a byline's outlet (文、图/某某记者 张三, 文|某某记者 李四): no part of the
# brand's name. Round 51.
RE_WORK_CREDIT = regex.compile(r"^(?:文、图|文/图|文图|图文|文|图)\s*" + CREDIT_SEPARATOR + r"\s*")


def bare_byline_outlet(line: str) -> str | None:
    """某某记者 张三 → 某某: the brand a byline line credits its reporter to when the name has no
    outlet's ending (an app, a paper's new-media brand). Round 44: three labelled web pages of
    three sets (two outlets) credit such a byline's brand as their source; read only where the
    page names no other outlet (`articles._source`)."""
    match = RE_BYLINE_OUTLET.match(RE_WORK_CREDIT.sub("", line, count=1))
    if not match or match.group("media"):
        return None
    brand = match.group("outlet")
    if not RE_BARE_BYLINE_BRAND.fullmatch(brand) or brand.startswith(BARE_BYLINE_NOT_BRANDS) or is_menu_words(brand) or RE_ANY_REPORTER_TITLE.search(brand):
        return None
    if _ends_with_own_outlet(brand):
        return None  # 张三本报 of 张三 本报记者 李四: a correspondent's name, then the page's own paper
    return None if _is_outlet_ending(brand) else brand


def _is_outlet_ending(name: str) -> bool:
    """晚报 / 日报: an outlet's ending alone, a paper naming itself as 本报 does."""
    _, endings = _media()
    return name in endings or name in web_terms().get("outlet_ending", ()) or (len(name) < BYLINE_PAPER_MIN and name.endswith("报"))


def wechat_header(line: str) -> "regex.Match | None":
    """`account date time [region]` fused with the first paragraph of a WeChat article."""
    match = RE_WECHAT_HEADER.match(line)
    return match if match and len(line) > match.end() else None


def is_end_marker(line: str) -> bool:
    """免责声明 / 【免责声明】 / 相关新闻： / 责任编辑：张三 / 本月热门新闻: the article is over,
    the page goes on."""
    head = line.lstrip("【[（(•·■□ ")
    words = web_terms().get("end_marker", ())
    return head.startswith(words) or (
        len(line) <= END_MARKER_LINE and not has_sentence_punct(line) and any(word in line for word in words)
    )


def end_marker_site(line: str) -> str | None:
    """The site naming itself before the marker that closes its article: 某某发展网免责声明： →
    某某发展网 (the page's own name, a source when nothing better names one)."""
    head = line.strip().lstrip("【[（(•·■□ ")
    for word in web_terms().get("end_marker", ()):
        at = head.find(word)
        if at > 0 and is_outlet_name(head[:at]):
            return head[:at]
    return None


def is_page_furniture(line: str) -> bool:
    """A web-page furniture line (menu, dateline, tool bar, caption …), never joined with text."""
    return web_furniture_kind(line) is not None
