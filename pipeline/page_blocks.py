"""Clean text → blocks: each clean paragraph (or part of one) and what it is on the page.

Step 1 of splitting a clipping into articles (`articles`): a line is classified as body,
heading, source (an attribution), header, page number, rubric, byline, credit (a
reporter's credit that stays with the body), meta (a web page's dateline or tool field) or
furniture (other web-page furniture). An attribution is split off the paragraph it ends, a
web dateline into its fields, a headline from a dateline on its line. The rules of
`LINE_RULES` are tried in order on each line.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from . import layout
from .chars import RE_HAN_CHAR, RE_QUOTED
from .lexicon import read_csv
from .normalize import CleanText
from .vocabulary import surnames

# Small patterns compiled once: `regex.search(pattern, …)` looks its pattern up in a cache on
# every call, which costs more than matching a short line.
RE_HAN_RUN = regex.compile(r"\p{Han}+")
RE_CLAUSE_MARK = regex.compile(r"[，。；,;]")
RE_PROVINCE_ENDING = regex.compile(r"(?:维吾尔|壮族|回族)?(?:自治区|特别行政区|省|市)$")

# The parts of a byline around its reporters' titles (the titles are the reporter labels of
# lexicons/web_furniture.tsv): an outlet before them (某某晚报记者 张三, 某某晚报·某某客户端通讯员 李四),
# a credit after the names
# (文/图, 摄, 受访者供图).
BYLINE_OUTLET = r"(?:\p{Han}[\p{Han}·/／、\-－]{1,14}?(?:\s*[|｜]\s*)?(?=(?:全媒体|融媒体|全媒|融媒|首席|特约|见习|实习)?(?:记者|記者|通讯员)))?"
# Round 39: an app and its paper joined by a dash (新某某-某某日报 记者 张三) and a 文、图/ credit
# before the outlet (文、图/某某晚报记者 张三) are outlets too; before, such a byline was read as the
# headline (pool and bulk: five pages of four outlets).
# A square or bullet opening a byline (■ 某某报记者 张三), and a bar between the outlet and its
# reporters (某某日报客户端 | 记者 张三). Round 14: three web pages of three outlets.
BYLINE_MARK = r"(?:[■□▢●◆▲]\s*)?"
BYLINE_TRAILER = r"(?:文\s*[/／]?\s*[图圖]|[/／]?\s*摄影?|受访者供图|供图|报道)?"
# A reporter's name: two to four Han characters, or a transcribed name of several parts joined
# by a middle dot (阿依古丽·买买提: Uyghur, Kazakh and other minority names in Xinjiang and
# Qinghai news), whose parts may be long and, with the page's spaces dropped, run into the next name.
BYLINE_NAME = r"(?:\p{Han}{1,12}(?:·\p{Han}{1,12})+|\p{Han}{2,4})"
# Where a reporter's title starts inside a dateline: …来源：某某日报 见习记者 张三
RE_REPORTER_TITLE = regex.compile(r"(?:本报|见习|实习|特约|全媒体|融媒体|首席)?(?:记者|記者)|通讯员|通訊員|实习生")
# A contributor's credit on a line of its own: 某某街道社工站 张三供稿 / （张三供稿）
RE_CONTRIBUTOR_LINE = regex.compile(r"^[（(]?[^，。；！？“”（）()\n]{2,30}供稿[）)]?$")
# A reporter's credit in brackets on its own line: （记者 彭雪） / （本报记者 张三 通讯员 李四）; a slash
# may part one title's names from the next title (（记者 张三/通讯员 李四）: round 54c h6, such a line
# was read as a heading and its first name lost).
RE_CREDIT = regex.compile(r"^[（(](?:(?:本报记者|记者|见习记者|实习记者|全媒体记者|通讯员)[：:]?\s*(?:\p{Han}{2,4}[\s、]*){1,4}[/／]?){1,3}[)）]$")
# A photographer's credit on a line of its own, over or under the picture: 张三摄 / 记者 张三 李四 摄 /
# 通讯员 王五/摄 (names of 2-3 characters, a surname first). Round 12: a web tuning page opened with
# one and it was read as the headline.
RE_PHOTO_CREDIT_LINE = regex.compile(
    r"^(?:(?:本报|见习|实习|特约|全媒体|融媒体)?记者|通讯员)?\s*(?P<names>\p{Han}{2,3}(?:[\s、]+\p{Han}{2,3}){0,3})\s*[/／]?\s*摄影?$"
)
# An outlet's reporters credited without their names, on a line of their own: 某某社记者, or
# □某某日报/某某新闻记者 (a mark before it, a paper and its app: round 53, the names on the next line)
RE_NAMELESS_BYLINE = regex.compile(r"^(?:[■□▢●◆▲]\s*)?\p{Han}[\p{Han}·/／]{1,16}?(?:全媒体|融媒体|首席|特约)?记者$")
# A writer's credit with names alone (文/张三 李四 / 文｜张三): round 53, read as the headline before.
NAME_PLATE_LEN = 3  # one name alone after 文/ (张小明); more run in only with the page's spaces between them
RE_WRITER_CREDIT = regex.compile(r"^文\s*[/／|｜]\s*(?P<names>\p{Han}{2,16})$")
# Round 55 (p2): a desk's or branch's credit for its reporters, names and 报道 after a short label and a
# colon (某某区：张三 李四 报道): who reported it, no headline. Example match: 青禾区：张小明 报道.
RE_DESK_REPORT = regex.compile(r"^\p{Han}{2,8}[：:]\s*(?P<names>\p{Han}{2,16})\s*报道$")
# A page of an e-paper's list of pages: 第02版 / 第A3版
RE_PAGE_OF_LIST = regex.compile(r"^第[A-Z]?\d{1,3}版$")
PAGE_NAME_MAX = 16  # characters of a page's name in that list (要闻 / 2025年社区周刊特刊)
# A date closing a line, after a space on the page: …开门迎客 2025年04月10日
RE_TRAILING_DATE = regex.compile(r"(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2}|\.\d{1,2}\.\d{1,2})$")
# The label of a headline given as a field: 原标题：… / 标题：… / 名称：… (a public notice)
RE_ORIGINAL_TITLE = regex.compile(r"^(?:原标题|原標題|标题|名称)\s*[：:]\s*")
RE_BRACKETED_ORIGINAL_TITLE = regex.compile(r"^[（(](?:原标题|原標題)\s*[：:]\s*(?=[^（()）]+[）)]$)")
# A date inside an attribution or page header: 2025年7月12日 / 2025.2.4
RE_DATE = regex.compile(r"(?P<y>(?:19|20)\d{2})\s*[.年/-]\s*(?P<m>\d{1,2})\s*[.月/-]\s*(?P<d>\d{1,2})")
# What a page's stamp holds and a headline never does: a full date (2024年3月4日, 2018-09-11,
# 2024 年/3 月/4 日), a clock time (21:04:36) or a web address (http://…, www.…): a line holding one
# is a dateline, a post's header or a reader's page label (2024-09-30学生活动), not a headline.
RE_PAGE_STAMP = regex.compile(
    r"(?:19|20)\d{2}\s*(?:年/?|[./-])\s*\d{1,2}\s*(?:月/?|[./-])\s*\d{1,2}(?!\d)"
    r"|(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])|https?://|www\."
)
# A circled series number closing a rubric: …系列报道①
RE_SERIES_MARK = regex.compile(r"[①-⑳]$")
# A column's or feature's label alone in lenticular brackets on its line: 【周末走访】 / 【某某工作·某部
# 某报合办】. No headline is set that way; a bar (【栏目|标题】) parts a column from a headline inside
# the brackets, and a colon makes a credit field (【编辑：某某】): neither is a label alone.
RE_BRACKETED_COLUMN = regex.compile(r"^【[^【】|｜丨:：]{2,30}】$")
TITLE_MIN = 6  # a web page's headline is longer than the channel names around it (宝安湾)
TITLE_MAX = 60  # a line longer than this is a paragraph, not a headline
META_HEAD = 24  # a dateline run into a paragraph opens it: its label is within this many characters
# How sure a source is, best first: the outlet an article was reprinted from (本文转自), an
# attribution closing the body (（据《X》）), a dateline's 来源, a dispatch line (X讯), a
# reporter's outlet (X全媒体记者), the site's own name, a WeChat account.
RANK_REPRINT, RANK_ATTRIBUTION, RANK_LABEL, RANK_DISPATCH, RANK_BYLINE, RANK_SITE, RANK_ACCOUNT = range(7)


@dataclass
class Block:
    """A clean paragraph (or part of one) and what it is on the page.

    `kind`: body | heading | source | header | page_number | rubric | byline | credit (a
    reporter's credit that stays with the body) | meta (a web page's dateline or tool
    field) | furniture (other web-page furniture; `web` says which, as
    `layout.web_furniture_kind`). `outlet` is the outlet a source or meta block names,
    with its `rank` (RANK_*).
    """

    kind: str
    start: int  # clean-text offsets
    end: int
    text: str
    outlet: str | None = None
    date: str | None = None
    rank: int = RANK_ATTRIBUTION
    web: str | None = None


def blocks(clean: CleanText) -> list[Block]:
    found: list[Block] = []
    offset = 0
    for line in clean.text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if line.strip():
            found.extend(_classify_line(clean, line, start, end))
    _page_list_names(found)
    _epaper_headline_list(found)
    _epaper_menu_lines(found)
    _top_page_name(found)
    _epaper_masthead(found)
    _outlet_lines(clean, found)
    _epaper_imprint(found)
    return found


# Blocks at the top of a page where an e-paper prints its masthead lines, and how far below the
# outlet's name its date or page label (第03版：社区) stands.
MASTHEAD_REACH = 3
MASTHEAD_MAX = 12  # characters of the outlet's name on its own line (某某日报, 某某晚报)
# The reader's lines under a masthead: the paper's date or page label, or (round 20: a news
# site's saved page whose only outlet was its name over the position line 您当前的位置>首页>…)
# the site's menu or position line.
MASTHEAD_FOLLOWERS = ("datetime", "page_label", "nav")


def _epaper_masthead(found: list[Block]) -> None:
    """An e-paper's masthead lines: the paper's name alone on a line (某某日报), then its date
    (2024年05月12日) or page label (第03版：要闻) below it, or a site's name over its menu. The name is the article's source (the
    paper it was printed in) and the line is furniture, not a headline. Round 10."""
    for i, block in enumerate(found[:MASTHEAD_REACH]):
        if block.kind not in ("heading", "body", "rubric", "header") or len(block.text) > MASTHEAD_MAX:
            continue
        if not layout.is_outlet_name(block.text):
            continue
        below = found[i + 1 : i + 1 + MASTHEAD_REACH]
        if any(b.kind == "furniture" and b.web in MASTHEAD_FOLLOWERS for b in below):
            to_furniture(block, "masthead")
            block.outlet, block.rank = block.text, RANK_LABEL
            return


# How far down the page an outlet's name on a line of its own is looked for beside the headline
# (breadcrumbs, a dateline and a label may stand above it), and how long it may be (某某日报·某某
# 客户端, 某某网-某某日报).
OUTLET_LINE_REACH = 6
OUTLET_LINE_MAX = 16
OUTLET_LINE_KINDS = ("heading", "body", "rubric", "header")
# The headline an outlet's line stands beside is headline-long: a site's menu items (镇村入口,
# 微信公众号) beside its banner are shorter.
OUTLET_HEADLINE_MIN = 8
OUTLET_LINE_FOLLOWERS = ("datetime", "dateline")  # a date line under the outlet's sets it apart
# Round 54: under a 来源： label the page left empty, the next line is the label's value whatever
# its name (海外某某资讯 names no outlet word): a bare name, no punctuation, e.g. 青禾资讯.
RE_LABEL_VALUE_LINE = regex.compile(r"^[\p{Han}A-Za-z0-9·]{2,16}$")


# The mark an account sets after its name over a story it published first (某某时报 原创 under the
# headline): the line is the account's, not the headline's tail. Round 35B.
ORIGINAL_MARK = "原创"


def _outlet_lines(clean: CleanText, found: list[Block]) -> None:
    """An outlet's name alone on a line right above the headline, or below it set apart (a blank
    line between, or a date under it: 某某商报 ⏎ 2023年07月12日), or under a 来源： label the page
    left empty (来源：⏎某某在线): the article's source, ranked below a 来源 label, and furniture,
    not a line of the headline. Right under the headline without either it may be the headline's
    wrapped tail (…织密 ⏎ 社区服务网). Not a name the breadcrumbs above have shown (a site's
    category, 首页>>某某县新闻). Round 34: labelled pages of five sites of four sets put their
    outlet so, and two of them had it read into the title."""
    top = found[:OUTLET_LINE_REACH]
    for i, block in enumerate(top):
        if block.kind not in OUTLET_LINE_KINDS or block.outlet or len(block.text) > OUTLET_LINE_MAX:
            continue
        name = block.text.removesuffix(ORIGINAL_MARK)
        before = top[i - 1] if i else None
        under_label = before is not None and _empty_source_label(before)
        if not (layout.is_outlet_line(name) or (under_label and RE_LABEL_VALUE_LINE.match(name))) or any(name in b.text for b in top[:i]):
            continue
        if _headline_under_epaper_bar(before, name):
            continue
        after = top[i + 1] if i + 1 < len(top) else None
        set_apart = clean.blank_line_before(block.start) or (after is not None and after.web in OUTLET_LINE_FOLLOWERS)
        by_headline = (after is not None and _headline_like(after)) or (before is not None and _headline_like(before) and set_apart)
        if by_headline or under_label:
            to_furniture(block, "masthead")
            # 某某时报 原创: the publishing account's originality mark, ranked as an account's name
            block.outlet, block.rank = name, RANK_DISPATCH if name == block.text else RANK_ACCOUNT
            return


def _headline_under_epaper_bar(before: Block | None, name: str) -> bool:
    """A line right under an e-paper reader's page bar (当前版：A3版 上一版 下一版) opens the page's
    first article: the masthead stands above the bar, so a line there whose name only ends like
    an outlet's (…共建社会支持网: the net a headline speaks of) is the headline. A paper's or a
    known outlet's own name stays the outlet. Round 55 (p2): a bulk e-paper's headline became
    the source and its subtitle the title."""
    if before is None or not RE_EPAPER_BAR.search(before.text) or layout.is_known_outlet(name) or layout.is_paper_name(name):
        return False
    if before.kind in OUTLET_LINE_KINDS:
        to_furniture(before, "nav")  # the reader's bar, which the masthead's test would have set aside
    return True


def _headline_like(block: Block) -> bool:
    """A heading long enough to be the headline and shaped like one."""
    return block.kind == "heading" and len(block.text) >= OUTLET_HEADLINE_MIN and could_be_title(block.text)


def _empty_source_label(block: Block) -> bool:
    """A dateline whose last field is a 来源 label with nothing after it (来源：)."""
    fields = layout.meta_fields(block.text) if block.kind in ("meta", "furniture") else []
    return bool(fields) and fields[-1].kind == "source_label" and not fields[-1].value.strip()


# An e-paper's imprint line: 国内统一刊号：CN00-0000 某某日报社出版 (the publisher the page prints in
# its header or footer, with the paper's hotlines): the paper ends before 社出版.
RE_IMPRINT = regex.compile(r"(?P<paper>\p{Han}{2,12}?(?:日报|晚报|早报|时报|报))社出版")


def _epaper_imprint(found: list[Block]) -> None:
    """The paper an e-paper page names in its imprint (某某日报社出版) is the article's source
    when no line above the body names one, as the masthead's name is (`_epaper_masthead`). A
    sentence of the body that mentions a publisher is no imprint. Round 20: two city papers'
    e-paper pages whose only outlet was in the imprint line."""
    if any(block.outlet for block in found):
        return
    for block in found:
        match = RE_IMPRINT.search(block.text)
        if match is None or block.kind == "body" or layout.has_sentence_punct(block.text):
            continue
        if block.kind != "furniture":
            to_furniture(block, "masthead")
        block.outlet, block.rank = match.group("paper"), RANK_LABEL
        return


# An e-paper reader's page bar: the page's number with its paging buttons (第02版 上一期 下一期
# 上一版 下一版; 第6版：财经 … 版面导航; 上一篇 下一篇).
RE_EPAPER_BAR = regex.compile(r"^第[A-Z]?\d{1,3}[A-Z]?版|上一版|下一版|上一期|下一期|版面导航|上一篇|下一篇")
EPAPER_BAR_REACH = 3  # blocks between the top of the page and the reader's page bar
HEADLINE_LIST_TOP = 2  # the list of the page's headlines is among the page's first blocks
# A sentence's end: headlines of the list may hold commas (…惊喜来临，某地彩民领奖), never a full stop.
RE_SENTENCE_END = regex.compile(r"[。！？!?]")


def _epaper_headline_list(found: list[Block]) -> None:
    """An e-paper reader prints the headlines of all the page's articles run together above its
    page bar (某某项目开工某县开展演练某乡多举措… ⏎ 第02版 上一期 下一期): a line longer than any
    headline and no sentence's end in it. It is furniture: its places and figures belong to other
    articles. Round 36: three e-paper pages of two papers in a bulk sample, read by eye."""
    for i, block in enumerate(found[:HEADLINE_LIST_TOP]):
        if block.kind not in ("body", "heading") or len(block.text) <= TITLE_MAX or RE_SENTENCE_END.search(block.text):
            continue
        if any(RE_EPAPER_BAR.search(below.text) for below in found[i + 1 : i + 1 + EPAPER_BAR_REACH]):
            to_furniture(block, "nav")


def _epaper_menu_lines(found: list[Block]) -> None:
    """An e-paper reader's menu line that is no page bar of its own (某年某月某日星期 版面导航 首页|
    某某日报|某某晚报): it holds the reader's buttons and no sentence, so it is furniture, never
    a headline. Round 60: e-paper pages of a bulk sample read by eye."""
    for block in found[:EPAPER_BAR_REACH]:
        if block.kind == "heading" and RE_EPAPER_BAR.search(block.text) and not RE_SENTENCE_END.search(block.text):
            to_furniture(block, "nav")


# A page's name at the top of an e-paper (某某少年版, 城市版): a short line ending in 版 with the
# article's own headline right below it. Round 60: e-paper pages of a bulk sample read by eye.
RE_PAGE_NAME = regex.compile(r"^\p{Han}{2,10}版$")


def _top_page_name(found: list[Block]) -> None:
    """The page's name printed above the first headline is the page's, not the article's."""
    if len(found) >= 2 and found[0].kind == "heading" and found[1].kind == "heading" and RE_PAGE_NAME.match(found[0].text):
        to_furniture(found[0], "page_label")


def _page_list_names(found: list[Block]) -> None:
    """An e-paper's list of pages (第01版 | 头版 | 第02版 | 要闻): the line under each page
    number is the name of that page, not a headline."""
    for block, nxt in zip(found, found[1:]):
        if (
            block.kind == "page_number"
            and RE_PAGE_OF_LIST.match(block.text)
            and nxt.kind in ("heading", "rubric")
            and len(nxt.text) <= PAGE_NAME_MAX
        ):
            to_furniture(nxt, "page_label")


def _classify_line(clean: CleanText, line: str, start: int, end: int) -> list[Block]:
    """One clean line → its blocks. The rules (`LINE_RULES`) run in order; the first that
    recognizes the line decides; a line none recognizes is one block of `_kind`."""
    for rule in LINE_RULES:
        found = rule(clean, line, start, end)
        if found is not None:
            return found
    return [_plain_block(clean, line, start, end)]


def _attribution_blocks(clean: CleanText, line: str, start: int, end: int) -> list[Block] | None:
    """A dateline, or a line that an attribution ends or opens."""
    attribution = layout.last_attribution(line)
    fields = layout.meta_fields(line)
    whole = attribution is not None and attribution.start() == 0 and attribution.end() == len(line) and len(fields) <= 1
    if not whole and not line.startswith(("（", "(")) and fields:
        # 发布时间：… 来源：… / 本文转自：… / 【记者】… (来源：某某网 alone is an attribution: it
        # closes the body above it on a page of several articles)
        return _meta_blocks(clean, line, start)
    if attribution is None:
        return None
    if attribution.start() > 0 and not line[attribution.end() :].strip():
        # Body text ending with its attribution: …温暖一座城”。（据《重庆晚报》）
        head = line[: attribution.start()].rstrip()
        return _classify_line(clean, head, start, start + len(head)) + [_source_block(clean, attribution, start)]
    if attribution.start() == 0:
        # An attribution followed by a caption on the same line: （据中安在线）在安庆市迎江区…
        rest = line[attribution.end() :]
        tail = [Block("heading", start + attribution.end(), end, rest)] if rest.strip() else []
        return _credit_split(_source_block(clean, attribution, start)) + tail
    return None


def _bullet_blocks(clean: CleanText, line: str, start: int, end: int) -> list[Block] | None:
    """• 国内: a menu item; • 某某社区…: a digest item, whose headline starts after the bullet."""
    bullet = layout.RE_BULLET.match(line)
    if not bullet or bullet.end() >= len(line):
        return None
    if len(line) - bullet.end() <= layout.SHORT_MENU_ITEM:
        return [Block("furniture", start, end, line, web="nav")]
    return _classify_line(clean, line[bullet.end() :], start + bullet.end(), end)


def _spaced_menu_blocks(clean: CleanText, line: str, start: int, end: int) -> list[Block] | None:
    """A channel row parted by spaces only: the clean line runs its items together, so they are
    read back from the spaces the raw text had (`layout.is_spaced_menu`)."""
    if layout.has_sentence_punct(line):
        return None
    items = _raw_spaced_items(clean, line, start)
    return [Block("furniture", start, end, line, web="nav")] if layout.is_spaced_menu(items) else None


def _raw_spaced_items(clean: CleanText, line: str, start: int) -> list[str]:
    """The pieces of a clean line that spaces parted in the raw text."""
    items, begin = [], 0
    for i in range(1, len(line)):
        if clean.gap_before(start + i):
            items.append(line[begin:i])
            begin = i
    items.append(line[begin:])
    return [item.strip() for item in items if item.strip()]


def _field_blocks(clean: CleanText, line: str, start: int, end: int) -> list[Block] | None:
    """A credit line in brackets: （通讯员：刘茵 责编：陈铭）."""
    return _meta_blocks(clean, line, start) if layout.meta_fields(line) else None


def _web_blocks(clean: CleanText, line: str, start: int, end: int) -> list[Block] | None:
    """A web page's dateline, a headline with its dateline, 原标题：…, or other web furniture."""
    web = layout.web_furniture_kind(line)
    if web == "meta":
        return [_bare_dateline_block(clean, line, start, end)]
    tail = layout.copyright_tail(line) if web is None else None
    if tail:
        # …发放了慰问金。本文仅代表作者观点，…不得转载。: the article's last paragraph, then the site's footer
        return _classify_line(clean, line[:tail], start, start + tail) + _classify_line(clean, line[tail:], start + tail, end)
    cut = _dateline_cut(clean, line, start)
    if cut:
        # 某某计划开班 信息来源：某某融媒体中心 / 某某食堂开门迎客 2025年04月10日: a headline
        # with its dateline on the same line
        if RE_PAGE_STAMP.search(line[:cut]):
            # http://… 2024-05-06 10:00 张三 来源：某某网: a stamp before the label is the dateline's, no headline
            head = _bare_dateline_block(clean, line[:cut], start, start + cut)
        else:
            head = Block("heading", start, start + cut, line[:cut])
        return [head] + _classify_line(clean, line[cut:], start + cut, end)
    original = RE_ORIGINAL_TITLE.match(line) or RE_BRACKETED_ORIGINAL_TITLE.match(line)
    if original and len(line) > original.end():
        # 原标题：… the headline the article was first published under; a portal that copies a
        # story may set it in brackets over the body (（原标题：…）), the brackets are not its text
        close = len(line) - 1 if line[0] in "（(" and line.endswith(("）", ")")) else len(line)
        return [Block("meta", start, start + original.end(), line[: original.end()], web="meta"),
                Block("heading", start + original.end(), start + close, line[original.end() : close])]
    written = (layout.written_for_outlet(line) or layout.reprint_note_outlet(line)) if web == "copyright" else None
    if written:
        # 本文为《某某晚报》原创，转载请注明出处: the outlet the article was written for, as sure as an
        # attribution; so is the origin a reprint note names (请附上出处（某某网）)
        return [Block("furniture", start, end, line, outlet=written, rank=RANK_ATTRIBUTION, web=web)]
    if web is not None and not layout.is_page_number(line):
        site = (
            layout.masthead_outlet(line) if web == "masthead"
            else layout.copyright_outlet(line) if web == "copyright"
            else (layout.crumb_site(line) or layout.menu_site(line)) if web == "nav"
            else None
        )
        return [Block("furniture", start, end, line, outlet=site, rank=RANK_SITE, web=web)]
    return None


def _bare_dateline_block(clean: CleanText, line: str, start: int, end: int) -> Block:
    """A dateline without labels: 某某日报 2021-12-06 12:03 / 2024-03-24 18:59 张三."""
    outlet = layout.bare_dateline_outlet(line)
    at = line.find(outlet) if outlet else -1
    if at >= 0:
        # the page's spaces inside the name part it into fields (an author or a channel beside the outlet)
        cuts = [0] + [i for i in range(1, len(outlet)) if clean.gap_before(start + at + i)] + [len(outlet)]
        if len(cuts) > 2:
            outlet = layout.spaced_dateline_outlet([outlet[a:b] for a, b in zip(cuts, cuts[1:])])
    rank = RANK_LABEL if outlet and layout.is_outlet_name(outlet) else RANK_ACCOUNT
    return Block("meta", start, end, line, outlet=outlet, rank=rank, web="dateline", date=iso_date(line))


def _dispatch_line_blocks(clean: CleanText, line: str, start: int, end: int) -> list[Block] | None:
    """某某网2026-01-15号报道 / 《某某日报》（2021年08月05日 04版）: a dispatch line or an e-paper's
    citation on a line of its own, naming the outlet (not a headline)."""
    found = layout.dispatch_line_outlet(line)
    if found is None:
        return None
    outlet, citation = found
    return [Block("meta", start, end, line, outlet=outlet, rank=RANK_LABEL if citation else RANK_DISPATCH, web="meta", date=iso_date(line))]


# A news agency's feature opening with its dispatch and the headline on one line, the headline
# after 题：(某某社青禾3月5日电 题：邻里守望二十年). Round 12: the agency's features reprinted by
# several sites read the whole line (dispatch included) as the headline.
RE_DISPATCH_TITLE = regex.compile(
    r"^(?P<dispatch>\p{Han}[\p{Han}·]{1,20}?(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日[电電])\s*[题題]\s*[：:]\s*(?P<title>\S.*)$"
)


def _dispatch_title_blocks(clean: CleanText, line: str, start: int, end: int) -> list[Block] | None:
    """某某社青禾3月5日电 题：邻里守望二十年 → the dispatch (a meta block naming the outlet) and
    the headline (a heading block). The dispatch's place leaves the article's text with it (a
    credit line above the headline would take the headline with it)."""
    match = RE_DISPATCH_TITLE.match(line) if ("题" in line or "題" in line) else None
    if match is None or len(match.group("title")) > TITLE_MAX or layout.ends_sentence(match.group("title")):
        return None
    outlet = layout.lede_outlet(match.group("dispatch"))
    if not outlet:
        return None
    cut = match.start("title")
    return [
        Block("meta", start, start + match.end("dispatch"), match.group("dispatch"), outlet=outlet, rank=RANK_DISPATCH, web="meta"),
        Block("heading", start + cut, end, line[cut:]),
    ]


def _fused_dateline_blocks(clean: CleanText, line: str, start: int, end: int) -> list[Block] | None:
    """来源：某某日报 记者 张三 2月13日，…: a dateline an aggregator ran into the first paragraph;
    the label and the outlet are cut off the paragraph (the reporters stay in the text)."""
    if not layout.opens_with_field(line[:META_HEAD]):
        return None
    found = layout.fields(line[:META_HEAD])
    if not found or found[0].start != 0 or found[0].kind not in ("source_label", "reprint_label"):
        return None
    value = _value_to_gap(clean, start, layout.Field(found[0].label, found[0].kind, 0, found[0].value_start, len(line), line[found[0].value_start :]))
    outlet = layout.outlet_value(value)
    at = line.find(outlet, found[0].value_start) if outlet else -1
    if not outlet or not layout.is_outlet_name(outlet) or at < 0:
        return None
    cut = at + len(outlet)
    rank = RANK_REPRINT if found[0].kind == "reprint_label" else RANK_LABEL
    head = Block("meta", start, start + cut, line[:cut], outlet=outlet, rank=rank, web="meta")
    return [head] + _classify_line(clean, line[cut:].lstrip(), end - len(line[cut:].lstrip()), end)


def _wechat_blocks(clean: CleanText, line: str, start: int, end: int) -> list[Block] | None:
    """某某社会工作2025年03月05日09:30江苏在…: a WeChat account's header fused with the lede."""
    wechat = layout.wechat_header(line) if start == 0 else None
    if not wechat:
        return None
    cut = wechat.end()
    region = next((name for name in _province_names() if line.startswith(name, cut)), None)
    if region and len(line) > cut + len(region):
        cut += len(region)  # the account's region (IP属地) shown after the time
    head = Block("meta", start, start + cut, line[:cut], outlet=wechat.group("account"), rank=RANK_ACCOUNT, web="meta")
    head.date = iso_date(head.text)
    return [head] + _classify_line(clean, line[cut:], start + cut, end)


# The record an e-paper reader (the enpproperty comment of a 方正 page) leaves at the end of an
# article's page, run into the last paragraph or on a line of its own: the date, the headlines,
# page numbers and the paper's name before the article's page file
# (…。（张三）2025-03-24 某某街道 1 1 某某日报 content_123.html 1 某某标题 /enpproperty-->).
# Round 49: four e-pages of four sets whose only outlet was the paper named there.
ENPPROPERTY_END = "/enpproperty-->"
RE_ENPPROPERTY = regex.compile(
    r"(?:-->)?\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}[^。！？\n]*?(?<!\p{Han})(?P<paper>\p{Han}{2,12})\s*c(?:ontent_)?\d+\.html?[^。！？\n]*/enpproperty-->\s*$"
)


def _enpproperty_blocks(clean: CleanText, line: str, start: int, end: int) -> list[Block] | None:
    """An e-paper reader's record (`RE_ENPPROPERTY`): furniture naming the paper as the article's
    source (as its masthead would), cut off the paragraph it was run into; its headlines and
    figures are no text of the article."""
    match = RE_ENPPROPERTY.search(line) if line.rstrip().endswith(ENPPROPERTY_END) else None
    if match is None:
        return None
    head = line[: match.start()].rstrip()
    record = Block("furniture", start + match.start(), end, line[match.start() :], outlet=match.group("paper"), rank=RANK_LABEL, web="masthead")
    return (_classify_line(clean, head, start, start + len(head)) if head.strip() else []) + [record]


def _plain_block(clean: CleanText, line: str, start: int, end: int) -> Block:
    """A line no rule of `LINE_RULES` recognized: a credit, a list of names, or `_kind`."""
    if RE_CREDIT.match(line):
        return Block("credit", start, end, line)
    if _is_photo_credit(line):
        return Block("furniture", start, end, line, web="caption")  # 张三摄 over the picture
    if RE_NAMELESS_BYLINE.match(line) and layout.byline_outlet(line):
        return Block("byline", start, end, line)  # 某某社记者 under an agency's headline, the names left out
    if layout.outlet_credit_outlet(line) or _is_writer_credit(clean, start, end) or _is_desk_report(clean, start, end):
        return Block("byline", start, end, line)  # 某某日报调研组 / 文/张三 李四: a credit, no headline
    if _is_name_list(clean, start, end):
        return Block("furniture", start, end, line, web="author")  # 张三 李四 under a headline
    kind = _kind(line)
    if kind == "body" and not clean.text[:start].strip() and layout.is_opening_two_part_heading(line):
        kind = "heading"  # the page opens with a two-part headline
    return Block(kind, start, end, line)


# The rules of `_classify_line`, in the order they are tried.
LINE_RULES = (_enpproperty_blocks, _attribution_blocks, _bullet_blocks, _spaced_menu_blocks, _field_blocks, _dispatch_line_blocks, _dispatch_title_blocks, _fused_dateline_blocks,
              _web_blocks, _wechat_blocks)


def _dateline_cut(clean: CleanText, line: str, start: int) -> int | None:
    """Where a headline ends and its dateline begins on one line, or None."""
    if layout.has_sentence_punct(line):
        return None
    sources = [f for f in layout.fields(line) if f.kind in ("source_label", "reprint_label") and f.start > 0]
    cut = sources[0].start if sources and layout.outlet_value(sources[0].value) else None
    if cut is not None:
        # 某某镇开展开放日活动 2024-09-03 来源：某某区人民政府: the date before the label is the
        # dateline's too (round 16: it stayed on the headline)
        dated = RE_TRAILING_DATE.search(line[:cut].rstrip())
        if dated and clean.gap_before(start + dated.start()):
            cut = dated.start()
    date = RE_TRAILING_DATE.search(line)
    if cut is None and date and clean.gap_before(start + date.start()):
        cut = date.start()
    # title_shaped, not could_be_title: a stamp before the label (http://… 2024-05-06 10:00 张三
    # 来源：某某网) is split off all the same (a dateline of its own, `_web_blocks`), and the label's outlet read
    if cut is None or len(RE_HAN_CHAR.findall(line[:cut])) < TITLE_MIN or not title_shaped(line[:cut]):
        return None
    return cut


def _meta_blocks(clean: CleanText, line: str, start: int) -> list[Block]:
    """A dateline or credit line: reporters' credits stay with the text, the rest is furniture.

    2025-11-13 17:52 来源：某某网 → one meta block naming 某某网; （通讯员：刘茵 责编：陈铭）→
    a credit block （通讯员：刘茵 and a meta block 责编：陈铭）.
    """
    found = _labels_after_gaps(clean, line, start, layout.meta_fields(line))
    pieces: list[Block] = []
    cut = 0
    if found and found[0].kind == "reporter_label" and iso_date(line[: found[0].start]):
        # 2024-05-06 10:20 作者：张三 来源：…: the date before a credit opening the fields is the dateline's
        pieces.append(_meta_piece(clean, line, start, 0, found[0].start, found))
        cut = found[0].start
    for number, item in enumerate(found):
        reporter = item.kind == "reporter_label"
        if number and reporter != (found[number - 1].kind == "reporter_label"):
            pieces.append(_meta_piece(clean, line, start, cut, item.start, found))
            cut = item.start
    pieces.append(_meta_piece(clean, line, start, cut, len(line), found))
    return [part for piece in pieces for part in _credit_split(piece) if part.text.strip()]


def _labels_after_gaps(clean: CleanText, line: str, line_start: int, found: list["layout.Field"]) -> list["layout.Field"]:
    """A label the clean text glued to the value before it (来源：某某发布 时间：… reads 某某发布时间,
    a longer label): where the page set a space inside the label and its tail is a label of the
    same kind, the label starts at the space and its head ends the value before it (某某发布, an
    account's name). A label opening the line or written whole stays as found."""
    out: list["layout.Field"] = []
    for field in found:
        split = None
        if out and line.startswith(field.label, field.start):
            split = next((k for k in range(1, len(field.label)) if clean.gap_before(line_start + field.start + k)
                          and layout.label_kind(field.label[k:]) == field.kind), None)
        if split is None:
            out.append(field)
            continue
        before, cut = out[-1], field.start + split
        out[-1] = layout.Field(before.label, before.kind, before.start, before.value_start, cut, line[before.value_start : cut].strip())
        out.append(layout.Field(field.label[split:], field.kind, cut, field.value_start, field.value_end, field.value))
    return out


def _credit_split(block: Block) -> list[Block]:
    """A dateline or attribution closing with a byline: 来源：某某日报 见习记者 张三 → the
    dateline, then the credit (its people stay in the text); also inside a bracket:
    （作者：某某日报首席记者 张三） → the credit 首席记者 张三）."""
    if block.kind not in ("meta", "source"):
        return [block]
    for label in RE_REPORTER_TITLE.finditer(block.text):
        if label.start() and _re_byline().match(block.text[label.start() :].rstrip(" ）)】")):
            cut = block.start + label.start()
            head = Block(block.kind, block.start, cut, block.text[: label.start()], block.outlet, block.date, block.rank, block.web)
            return [head, Block("credit", cut, block.end, block.text[label.start() :])]
    return [block]


def _meta_piece(clean: CleanText, line: str, line_start: int, start: int, end: int, found: list["layout.Field"]) -> Block:
    inside = [f for f in found if start <= f.start < end]
    text = line[start:end]
    # a writer's label before a reporter's title (作者：某某晚报首席记者 张三): the title credits the
    # reporter, the label goes with the dateline (`_credit_split`)
    writer_of_reporter = any(not RE_REPORTER_TITLE.fullmatch(f.label) for f in inside) and RE_REPORTER_TITLE.search(text)
    if inside and all(f.kind == "reporter_label" for f in inside) and not writer_of_reporter:
        return Block("credit", line_start + start, line_start + end, text)
    block = Block("meta", line_start + start, line_start + end, text, web="meta", date=iso_date(text))
    for kind, rank in (("reprint_label", RANK_REPRINT), ("source_label", RANK_LABEL), ("site_label", RANK_SITE), ("publisher_label", RANK_SITE)):
        values = (_field_value(clean, line_start, f) for f in inside if f.kind == kind)
        outlet = next((name for value in values if (name := layout.outlet_value(value))), None)
        if outlet:
            block.outlet, block.rank = outlet, rank
            break
    else:
        site = layout.crumb_site(text) or layout.dateline_publisher(text)
        if site:
            block.outlet, block.rank = site, RANK_SITE
    if any(f.kind in ("source_label", "reprint_label", "time_label") for f in inside):
        block.web = "dateline"
    return block


def _field_value(clean: CleanText, line_start: int, item: "layout.Field") -> str:
    """A field's value: a category path whole (来源：部门 > 某某新闻中心 > 栏目, spaces and all), else
    up to the first space on the page (`_value_to_gap`)."""
    if layout.RE_CRUMB_SEPARATOR.search(item.value):
        return item.value
    return _value_to_gap(clean, line_start, item)


def _value_to_gap(clean: CleanText, line_start: int, item: "layout.Field") -> str:
    """A field's value up to the first space on the page: 来源：某某网  责任编 → 某某网
    (not on a spaced-out line, 来 源 ： 某 某 网, where every character stands apart)."""
    start = line_start + item.value_start
    while start < line_start + item.value_end and not clean.text[start].strip():
        start += 1
    for i in range(start + 1, line_start + item.value_end):
        if clean.gap_before(i):
            return clean.text[start:i] if i - start >= 2 else item.value
    return item.value


def _without_signed_name(clean: CleanText, start: int, outlet: str) -> str:
    """（来源：某某区委宣传部 张三）→ 某某区委宣传部: the unit that sent the item in, then, set
    apart by a space on the page, the name of who wrote it; the clean text runs them together.
    The name is a person's (2–3 Han characters after a known surname), not a channel of the
    outlet (某某网 青海频道). Round 58 (h4b): the writer was read as part of the source."""
    gaps = [i for i in range(1, len(outlet)) if clean.gap_before(start + i)]
    if not gaps:
        return outlet
    head, name = outlet[: gaps[-1]].rstrip(), outlet[gaps[-1] :].strip()
    return head if _is_person_name(name) and len(head) >= 2 else outlet


def _is_person_name(name: str) -> bool:
    """张三, 徐某某: two or three Han characters, the first a known surname."""
    return 2 <= len(name) <= 3 and RE_HAN_RUN.fullmatch(name) is not None and name[0] in surnames()


def _is_name_list(clean: CleanText, start: int, end: int) -> bool:
    """徐某某 叶某某: two or more names set apart by spaces on the page, nothing else."""
    text = clean.text[start:end]
    if not 4 <= len(text) <= 20 or not RE_HAN_RUN.fullmatch(text):
        return False
    cuts = [0] + [i - start for i in range(start + 1, end) if clean.gap_before(i)] + [len(text)]
    names = [text[a:b] for a, b in zip(cuts, cuts[1:])]
    return len(names) >= 2 and all(_is_person_name(name) for name in names)


@lru_cache(maxsize=1)
def _re_byline() -> "regex.Pattern":
    """A byline: 本报记者 任晓霞 / 记者 张三 李四 通讯员 王五 / 某某新闻全媒体记者 张三 文/图."""
    titles = set(layout.web_terms().get("reporter_label", ())) | {"本刊记者", "实习生"}
    alternatives = "|".join(regex.escape(t) for t in sorted(titles, key=len, reverse=True))
    return regex.compile(
        f"^{BYLINE_MARK}(?:{BYLINE_OUTLET}(?:{alternatives})[：:_＿]?\\s*(?:{BYLINE_NAME}[\\s、]*){{1,4}}){{1,3}}{BYLINE_TRAILER}$"
    )


def _is_desk_report(clean: CleanText, start: int, end: int) -> bool:
    """某某区：张三 李四 报道: one name, or names set apart by spaces on the page, then 报道."""
    match = RE_DESK_REPORT.match(clean.text[start:end])
    if match is None:
        return False
    names = match.group("names")
    return (len(names) <= NAME_PLATE_LEN and names[0] in surnames()) or _is_name_list(clean, start + match.start("names"), start + match.end("names"))


def _is_writer_credit(clean: CleanText, start: int, end: int) -> bool:
    """文/张三 李四: one name, or names set apart by spaces on the page (not 文/图, 文/社区供稿)."""
    match = RE_WRITER_CREDIT.match(clean.text[start:end])
    if match is None:
        return False
    at = start + match.start("names")
    names = match.group("names")
    return (len(names) <= NAME_PLATE_LEN and names[0] in surnames()) or _is_name_list(clean, at, end)


@lru_cache(maxsize=1)
def _is_photo_credit(line: str) -> bool:
    """张三摄 / 记者 张三 李四 摄: each name starts with a surname (not 拍摄, 航拍摄影)."""
    match = RE_PHOTO_CREDIT_LINE.match(line)
    if not match:
        return False
    names = regex.split(r"[\s、]+", match.group("names"))
    return all(name[0] in surnames() and name[-1] not in "拍航" for name in names)


def _source_block(clean: CleanText, match: "regex.Match", line_start: int) -> Block:
    outlet = (match.group("outlet") or match.group("cited") or match.group("outlet2") or "").strip()
    outlet = outlet.strip("《》").strip()
    if match.group("outlet2"):
        # 来源：某某网 2025.08.08 08:36 / 来源：某某网 发布…: up to a space on the page, no date
        field = layout.Field("来源", "source_label", 0, match.start("outlet2"), match.end("outlet2"), outlet)
        outlet = layout.outlet_value(_value_to_gap(clean, line_start, field)) or ""
    elif layout.names_no_outlet(outlet):
        outlet = ""  # （来源：网站编辑 …）: the page editor's role, no outlet (round 18)
    elif match.group("outlet"):
        outlet = _without_signed_name(clean, line_start + match.start("outlet"), outlet)
    date = iso_date(match.group(0))
    return Block("source", line_start + match.start(), line_start + match.end(), match.group(0), outlet=outlet or None, date=date)


# Round 55 (p2): a craft's label before a byline on its own line (视频摄制：某某日报记者 张三摄, 摄影：记者
# 李四): who made the video or the pictures, a credit line like the byline it labels, no headline.
# Example match: 视频摄制： in 视频摄制：记者张三摄.
RE_CRAFT_LABEL = regex.compile(r"^\p{Han}{0,4}(?:摄制|摄影|摄像|拍摄|制作|视频|图片)[：:]\s*")


def _is_byline(line: str) -> bool:
    """A byline, with a craft's label before it or a paper's imprint after it (layout.without_imprint)."""
    return _re_byline().match(layout.without_imprint(RE_CRAFT_LABEL.sub("", line, count=1))[0]) is not None


def _kind(line: str) -> str:
    if layout.is_page_number(line):
        return "page_number"
    if layout.is_page_header(line):
        return "header"
    if (_is_byline(line) or layout.RE_CLOSING_CREDIT.match(line) or RE_CONTRIBUTOR_LINE.match(line)
            or layout.RE_TITLED_REPORTER.match(line)):
        return "byline"  # …, or an outlet's credit in brackets on a line of its own: （某某日报记者 张三）,
        # or a contributor's: 某某街道社工站 张三供稿, or a publication's in book-title marks: 文/《某某》记者 张三
    if _is_rubric(line):
        return "rubric"
    if layout.is_credited_caption(line):
        return "body"  # a picture's caption keeps its words in the text, but it heads nothing
    if layout.is_heading_like(line) or layout.is_short_two_part_heading(line) or layout.is_exclaimed_headline(line):
        return "heading"
    return "body"


def _is_rubric(line: str) -> bool:
    words = layout.terms()["rubric_word"]
    return len(line) <= 40 and not layout.ends_sentence(line) and (
        bool(RE_SERIES_MARK.search(line)) or line.endswith(tuple(words)) or bool(RE_BRACKETED_COLUMN.match(line))
    )


def iso_date(text: str) -> str | None:
    match = RE_DATE.search(text)
    if not match:
        return None
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def could_be_title(text: str) -> bool:
    """Shaped like a headline (`title_shaped`), with no page stamp in it (`RE_PAGE_STAMP`):
    邻里食堂为何办得好？ yes, 2024-05-06 10:00 | 显示全部楼层 no."""
    return title_shaped(text) and RE_PAGE_STAMP.search(text) is None


def title_shaped(text: str) -> bool:
    """Short and not a finished sentence: 邻里食堂为何办得好？ yes, …开展活动。 no."""
    unquoted = RE_QUOTED.sub("", text)
    return (
        2 <= len(text) <= TITLE_MAX
        and text[-1] not in "。，；、：,;:"
        and len(RE_CLAUSE_MARK.findall(unquoted)) <= 1
    )


def to_furniture(block: Block, web: str) -> None:
    block.kind, block.web = "furniture", web


@lru_cache(maxsize=1)
def _province_names() -> tuple[str, ...]:
    """Province names and their short forms (江苏省, 江苏; 广西壮族自治区, 广西), longest first."""
    names: set[str] = set()
    for row in read_csv("gazetteer/provinces.csv"):
        name = row["name"]
        names.add(name)
        short = RE_PROVINCE_ENDING.sub("", name)
        if len(short) >= 2:
            names.add(short)
    return tuple(sorted(names, key=len, reverse=True))
