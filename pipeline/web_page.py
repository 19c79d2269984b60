"""The page around the article: is a clipping a web page, where is its headline, which
outlets and date does the page name.

Step 1b of splitting a clipping into articles (`articles`), on the blocks of `page_blocks`:
on a page with web furniture, the headline is a forum thread's title, the line above the
first dateline, or the first line with the body below it (unless the page repeats that line
under each photo: a caption); what stands above it, repeats of it and what follows
an end marker (责任编辑：, 免责声明, 相关新闻) are furniture; the outlets the page names are
ranked (本文转自 > attribution > 来源 > dispatch line 某某网讯 > reporter's outlet > the
site's own name > WeChat account).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from . import layout
from .page_blocks import RANK_BYLINE, RANK_SITE, RE_ORIGINAL_TITLE, TITLE_MIN, Block, could_be_title, to_furniture

# Runs of Han characters, for the bigrams a headline shares with its body
RE_HAN_RUN = regex.compile(r"\p{Han}+")
# A part number closing a headline that runs over several web pages: …（1） / …（十） (round 18:
# a content farm numbers the pages of a copied story in Chinese numerals)
RE_PART_NUMBER = regex.compile(r"\s*[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]$")
# A bracketed tag before a repeated headline: 【某某社工】情暖重阳…
RE_TAG = regex.compile(r"^【[^【】]{1,12}】")
# A forum thread's title with the forum's link tool after it: 某某社区志愿队 [复制链接]
RE_THREAD_TITLE = regex.compile(r"\s*[\[【]复制链接[\]】]$")
# The site's name after a headline taken from the page's title bar: 某某社区举办邻里节-某某快讯 /
# 某某社区举办邻里节_某某新闻网 (a hyphen or underscore right after the headline, or a spaced one)
RE_SITE_SUFFIX = regex.compile(r"(?:(?<=[\p{Han}”」）)])(?P<bar>[-_－—|｜])|\s+[-_－|｜]\s+)(?P<site>[\p{Han}A-Za-z·]{2,12})$")
# What the name of a news site ends with or holds (某某快讯, 某某资讯, 某某头条, 某某频道, an
# aggregator's 某某看点: round 12)
SITE_WORDS = ("消息", "资讯", "头条", "频道", "新闻", "网", "在线", "快讯", "看点")
# A column's name after a headline that ends with …… ！ or ？: 桃源社区的一年…… 工作动态
RE_CHANNEL_TAIL = regex.compile(r"(?<=……|[！？!?])\s*\p{Han}{0,4}(?:动态|资讯|快讯|要闻|头条|新闻)$")
# A column's link over a headline: 某某社区>> / 社区动态 »
RE_COLUMN_LINK = regex.compile(r"^[^，。；！？>»]{2,12}\s*(?:>>|»)$")
# A tool's label with nothing after it at the top of a page: 站内搜索： / 今天是：
RE_EMPTY_FIELD = regex.compile(r"^\p{Han}{2,6}[：:]$")
DATELINE_REACH = 4  # blocks below the first paragraph where a dateline under a headline is still looked for
# A line standing this many more times between the paragraphs below is a photo caption the
# page repeats under each picture, not a headline (a headline comes back at most once: the
# page's title bar, then the heading)
CAPTION_REPEATS = 2
# How much longer than a headline a line above it must be to be the page's list of headlines
# (one other headline at least) rather than the headline with a few words more.
LIST_EXTRA_CHARS = 8
# The furniture an e-paper reader or a portal sets between its lists and an article's headline.
READER_LINES = ("page_label", "datetime", "copyright", "nav", "tool", "masthead")
# A second headline line under the first (——某某区第三届邻里节分会场): a subtitle, never the headline.
RE_SUBTITLE_DASH = regex.compile(r"^[—－-]{1,2}")
# A labelled field's colon (来源：… 作者：…)
RE_FIELD_COLON = regex.compile(r"[：:]")
# Separators a meta line needs to be a breadcrumb trail (首页>新闻热点>正文), not a field with one ">".
CRUMB_STEPS = 2


@dataclass
class Page:
    """What the page says about its article beyond the blocks: is it a web page (menus,
    datelines, tool bars around one article), and which outlets and date it names."""

    web: bool = False
    sources: list[tuple[int, str]] = field(default_factory=list)  # (rank, outlet)
    date: str | None = None
    title: Block | None = None  # the headline found by its place on the page


def read_page(found: list[Block]) -> Page:
    """Mark the furniture around a web page's article and find its headline.

    The headline of a web page stands right above its dateline (发布时间：… 来源：…); what
    stands above the headline is the site's menus. Without a dateline, the first line of
    the page is the headline when a body follows. Below the body, an end marker (责任编辑：
    免责声明 相关新闻) closes the article. Repeats of the headline (a tagged copy, the
    page parts （2） （3）, a footer naming it) are furniture.
    """
    page = Page(web=any(_is_web_signal(b) for b in found))
    lede = next((i for i, b in enumerate(found) if b.kind == "body" and not could_be_title(b.text)), len(found))
    for block in found[:lede]:
        if _text_block(block) and layout.is_lone_author(block.text):
            to_furniture(block, "author")  # 李明 alone under the headline (or over the text): the author
    title_at = _thread_title(found, lede)
    if title_at is None:
        title_at = _title_by_dateline(found, lede)
    if title_at is None:
        title_at = _title_at_top(found, lede, page.web)
        # a first line that is a photo's caption with its credit (…合影。受访者供图): the photo stood
        # over the text, no headline did
        if title_at is not None and (_is_repeated_caption(found, title_at, lede) or layout.is_credited_caption(found[title_at].text)):
            title_at = None
    if title_at is None:
        title_at = _original_title_below(found, lede)
    if title_at is not None:
        title_at = _headline_below_list(found, title_at, lede)
        title_at = _headline_over_lede(found, title_at, lede)
        found[title_at].kind = "heading"
        page.title = found[title_at]
        _cut_site_suffix(found[title_at])
        _cut_channel_tail(found[title_at])
        _strip_headline_repeats(found, title_at)
    if page.web:
        _close_at_end_marker(found, lede)
    for block in found:
        if block.kind in ("meta", "furniture") and block.outlet:
            page.sources.append((block.rank, block.outlet))
        elif block.kind in ("meta", "credit") and (writer := layout.writer_outlet(block.text)):
            page.sources.append((RANK_BYLINE, writer))  # 作者：某某日报: the reporter's outlet
        if page.date is None and block.web in ("dateline", "meta") and block.date:
            page.date = block.date
    return page


def _original_title_below(found: list[Block], lede: int) -> int | None:
    """原标题：… (or 标题：…) at the end of a page whose top shows no headline: that headline is the
    article's. Its block moves above the lede, where a page's headline stands. Round 10."""
    for i in range(max(lede, 1), len(found)):
        label = found[i - 1]
        if found[i].kind == "heading" and label.kind == "meta" and RE_ORIGINAL_TITLE.match(label.text):
            block = found.pop(i)
            found.insert(lede, block)
            return lede
    return None


def _headline_below_list(found: list[Block], title_at: int, lede: int) -> int:
    """An e-paper page opens with the headlines of all its articles run together on one line
    (某某：邻里守望二十年某某社区：小区成立妇女之家…图片新闻); the article's own headline stands again
    on its own line below it, above the body. That line is the headline; the list and what
    stands between them (the reader's tools: 第03版 上一期 下一期) are furniture. The first line
    below that the upper line holds must stand right over the body (`_heads_body`); else the
    upper line is the headline and the page prints some of its words again. Round 54b (p4):
    every page this rule fired on in the tuning sets (three pages of three sets) was such a
    headline, taken apart for a run-in head, half a reprint or a post's short line."""
    listed = found[title_at].text
    for i in range(title_at + 1, min(lede, len(found))):
        block = found[i]
        if not _text_block(block):
            continue
        text = block.text
        if len(text) >= TITLE_MIN and len(listed) >= len(text) + LIST_EXTRA_CHARS and text in listed and could_be_title(text):
            if not _heads_body(found, i):
                # the upper line holds words the page prints again below it (a piece of the
                # headline, a paragraph's run-in head): it is the headline, not a list
                return title_at
            for above in found[title_at:i]:  # the list and the reader's tools under it
                if _text_block(above):
                    to_furniture(above, "nav")
            return i
    return title_at


def _headline_over_lede(found: list[Block], title_at: int, lede: int) -> int:
    """An e-paper reader or a portal sets its own lines over the article: the headlines of the
    page's other articles, the paper's menu (日报 周报 杂志), its date and imprint lines (第A02版：要闻 /
    2024年03月16日 / 某某日报社出版). The article's headline stands under them, right above the body
    (a dateline or credit line at most between). When such a line of the reader (page label,
    date, imprint, menu, dateline) stands between the line taken as the headline and a headline
    right above the body, that lower line is the headline and the lines above it are furniture.
    Round 14: e-paper and portal pages where the first headline of the page's list, a menu
    line or an item of the news list was taken as the article's."""
    below = None
    for i in range(min(lede, len(found)) - 1, title_at, -1):
        block = found[i]
        if block.kind in ("meta", "furniture", "credit", "byline", "page_number"):
            continue
        # a photo caption over the body ends a sentence before its credit (活动现场。某某 供): no headline
        if _text_block(block) and len(block.text) >= TITLE_MIN and could_be_title(block.text) and "。" not in block.text:
            below = i
        break
    if below is not None and RE_SUBTITLE_DASH.match(found[below].text):
        below = _headline_over_dash_subtitle(found, title_at, below)
    if below is None or _lead_word_of_body(found, below):
        return title_at
    if any(block.kind == "body" for block in found[title_at + 1 : below]):
        return title_at  # body text stands above it: a paragraph the page broke, not a headline
    title = found[title_at].text
    reader = any(_is_reader_line(block) and block.text != title for block in found[title_at + 1 : below])
    if not reader:
        return title_at
    for block in found[title_at:below]:
        if _text_block(block):
            to_furniture(block, "nav")
    return below


def _next_text(found: list[Block], i: int) -> Block | None:
    return next((block for block in found[i + 1 :] if _text_block(block)), None)


def _lead_word_of_body(found: list[Block], i: int) -> bool:
    """邻里互助基金 ⏎ 邻里互助基金是……: a short line the paragraph below opens with is the run-in
    head of that paragraph (the thing it goes on to define), never a headline."""
    below = _next_text(found, i)
    return below is not None and below.kind == "body" and below.text.startswith(found[i].text)


def _heads_body(found: list[Block], i: int) -> bool:
    """Does line i stand as a headline right over the body (only furniture, datelines and
    bylines between)? A line with more headings under it before the body is a piece of the
    page's own text: the upper half of a headline printed again over two lines, or one of the
    short lines a social-media post is set in."""
    below = _next_text(found, i)
    return below is not None and below.kind == "body" and not _lead_word_of_body(found, i)


def _headline_over_dash_subtitle(found: list[Block], title_at: int, subtitle: int) -> int | None:
    """The headline right above a ——subtitle over the body, or None when the line above is no
    headline (or is the one already taken). Round 45b: an e-paper reader's headline with its
    subtitle under the reader's page label and date (当前版：06版：要闻 / 发布日期：… / headline /
    ——subtitle) lost to the page's menu line."""
    above = subtitle - 1
    if above <= title_at or not _text_block(found[above]):
        return None
    text = found[above].text
    if len(text) < TITLE_MIN or not could_be_title(text) or RE_SUBTITLE_DASH.match(text):
        return None
    return above


def _is_reader_line(block: Block) -> bool:
    """A line an e-paper reader or a portal sets over its articles: a page label, a date, an
    imprint, a menu or tool line, a dateline naming the paper."""
    if block.kind == "furniture":
        return block.web in READER_LINES
    # the paper's name and the day's date (某某日报2024年5月6日星期一), no labelled field: a masthead
    return (
        block.kind == "meta"
        and block.web == "dateline"
        and bool(block.outlet)
        and block.text.startswith(block.outlet)
        and not RE_FIELD_COLON.search(block.text)
    )


def _cut_channel_tail(block: Block) -> None:
    """桃源社区的一年…… 工作动态: a column's name the page set after a headline that ends with
    …… ！ or ？ is cut off."""
    tail = RE_CHANNEL_TAIL.search(block.text)
    if tail and tail.start() >= TITLE_MIN:
        block.end -= len(block.text) - tail.start()
        block.text = block.text[: tail.start()]


def _cut_site_suffix(block: Block) -> None:
    """某某社区举办邻里节-某某快讯: the site's name the title bar adds after the headline is cut off."""
    suffix = RE_SITE_SUFFIX.search(block.text)
    if not suffix or suffix.start() < TITLE_MIN:
        return
    site = suffix.group("site")
    # an underscore stands in no Chinese headline: what follows it is the title bar's column or
    # site name whatever its words (…活动正式启动_某某热文 / …更安心_当前播报; round 42B, three
    # tuning pages of three sets)
    bar = suffix.group("bar") == "_"
    if not (bar or layout.is_outlet_name(site) or any(word in site for word in SITE_WORDS)):
        return
    block.end -= len(block.text) - suffix.start()
    block.text = block.text[: suffix.start()]


def _thread_title(found: list[Block], lede: int) -> int | None:
    """A forum thread's title (某某志愿队 [复制链接]) above the first post: the forum's name, menus
    and tool lines above it are furniture; the link tool is cut off the title."""
    at = next((i for i in range(lede) if found[i].kind in ("heading", "body") and RE_THREAD_TITLE.search(found[i].text)), None)
    if at is None:
        return None
    block = found[at]
    tool = RE_THREAD_TITLE.search(block.text)
    if tool.start() < TITLE_MIN:
        return None
    block.end -= len(block.text) - tool.start()
    block.text = block.text[: tool.start()]
    for above in found[:at]:
        if _text_block(above):
            to_furniture(above, "nav")
    return at


def _is_repeated_caption(found: list[Block], title_at: int, lede: int) -> bool:
    """The first line of the page stands again CAPTION_REPEATS times or more between the
    paragraphs below: the caption of the page's photos. It and its repeats are furniture."""
    text = found[title_at].text
    repeats = [block for block in found[lede:] if block.text == text]
    if len(repeats) < CAPTION_REPEATS:
        return False
    for block in [found[title_at]] + repeats:
        to_furniture(block, "caption")
    return True


def _is_web_signal(block: Block) -> bool:
    """Furniture only a web page has: a dateline, a menu, a tool bar, a picture's file name,
    an e-paper's page label (第05版：要闻), a footer. A newspaper page has date lines,
    editors' credits and captions too, so those do not make a page a web page."""
    if block.kind == "meta":
        kinds = {item.kind for item in layout.fields(block.text)}
        return block.web == "dateline" or bool(block.outlet) or not kinds <= {"editor_label"}
    return block.kind == "furniture" and block.web not in ("datetime", "caption", "author")


def _title_by_dateline(found: list[Block], lede: int) -> int | None:
    """The headline above the first dateline before the lede; blocks above it are menus."""
    anchor = next((i for i in range(lede) if found[i].web == "dateline" or _is_dateline_source(found[i])), None)
    if anchor is None:
        # a site's or column's description above the headline (…精选资讯，传播…): the dateline
        # comes a few blocks below the first paragraph, right under the headline
        anchor = next((i for i in range(lede, min(len(found), lede + DATELINE_REACH)) if found[i].web == "dateline"), None)
        if anchor is not None and not (anchor and _text_block(found[anchor - 1]) and could_be_title(found[anchor - 1].text)):
            anchor = None
    if anchor is None:
        # a bare date and time right under a headline below a long menu line taken for the lede
        # (某某网 | 栏目 栏目 栏目… | 某某网>栏目 | headline | 2013-11-13 14:47; round 21)
        anchor = next((i for i in range(lede + 1, min(len(found), lede + DATELINE_REACH)) if found[i].web == "datetime"), None)
        if anchor is not None and not (_text_block(found[anchor - 1]) and could_be_title(found[anchor - 1].text)):
            anchor = None
    if anchor is None:
        # 05-30 08:27 under the headline: a bare time line, below some headline
        anchor = next(
            (i for i in range(lede) if found[i].web == "datetime" and any(_text_block(b) for b in found[:i])),
            None,
        )
    if anchor is None:
        return None
    title_at = None
    for i in range(anchor - 1, -1, -1):
        block = found[i]
        if not _text_block(block):
            continue
        if RE_SUBTITLE_DASH.match(block.text) and i == anchor - 1:
            continue  # the subtitle (——记…) between headline and dateline: the headline stands above it
        if len(block.text) >= TITLE_MIN and could_be_title(block.text):
            title_at = i
            break
        to_furniture(block, "nav")  # a channel or column name between headline and dateline
    if title_at is None:
        return None
    title_at = _headline_over_subtitle(found, title_at)
    if anchor > lede and not any(b.kind == "body" for b in found[anchor + 1 :]):
        # body ⏎ headline ⏎ 发布时间：…: a page that sets its headline and dateline under the
        # text; the paragraphs above the headline are the article, not the site's menus
        return title_at
    for block in found[:title_at]:
        if _text_block(block):
            to_furniture(block, "nav")
    return title_at


def _headline_over_subtitle(found: list[Block], title_at: int) -> int:
    """某某社区开展暑期托管服务 ⏎ 为双职工家庭解难题 ⏎ 2025-07-11 来源：某某日报: the line over
    the dateline is the subtitle when a longer headline stands right above it as the page's
    first text (only furniture, a breadcrumb or menus, above it). A menu or column name over a
    headline is shorter than it, or set with bars (某某基地 | 某某中心), and a headline the page
    prints again over the body is no subtitle. Round 18: a city paper's site set the
    subtitle between headline and dateline, and the subtitle was read as the headline."""
    above = next((i for i in range(title_at - 1, -1, -1) if found[i].kind not in ("furniture", "meta")), None)
    if above is None or not _text_block(found[above]) or found[above].kind != "heading":
        return title_at
    if any(_is_breadcrumb_block(block) for block in found[above + 1 : title_at]):
        return title_at  # 首页>新闻>正文 between them: the trail opens the article, the line over it is a menu (round 21)
    if any(_text_block(block) and len(block.text) >= TITLE_MIN for block in found[:above]):
        return title_at  # (a column's name over the headline, 中工娱乐, is the site's: round 35B)
    upper, lower = found[above].text, found[title_at].text
    if not could_be_title(upper) or layout.has_sentence_punct(lower):
        return title_at
    if len(upper) <= len(lower) and not _headline_of_body(found, title_at, upper):
        return title_at
    if layout.RE_MENU_SEPARATOR.search(upper):
        return title_at  # 某某基地 | 某某中心: the site's menu over the headline
    if any(_text_block(block) and block.text.startswith(lower) for block in found[title_at + 1 :]):
        return title_at  # the page prints the line again over the body: it is the headline
    return above


# A shorter upper line is the headline when most of its words are the body's (政务服务延伸到村门口 ⏎
# 某镇“某某”活动收官 ⏎ 2025年11月19日: the labelled sets title a two-line headline by its first
# line). A site's column (社区频道活动聚焦) shares few; a body's name (法治文化研究会, the site's
# sponsor) is no headline. Round 35B: four tuning pages of four sets had the lower line taken.
HEADLINE_SHARE = 0.5
BODY_NAME_ENDINGS = layout.PUBLISHER_ENDINGS + ("会", "网", "社")


def _headline_of_body(found: list[Block], title_at: int, upper: str) -> bool:
    if len(upper) < TITLE_MIN or upper.endswith(BODY_NAME_ENDINGS):
        return False
    body = "".join(block.text for block in found[title_at + 1 :] if block.kind == "body")
    grams = [run[i : i + 2] for run in RE_HAN_RUN.findall(upper) for i in range(len(run) - 1)]
    return bool(grams) and sum(gram in body for gram in grams) >= HEADLINE_SHARE * len(grams)


def _is_dateline_source(block: Block) -> bool:
    """来源：新华日报 on its own line (not an attribution in brackets closing a body)."""
    return block.kind == "source" and not block.text.startswith(("（", "("))


def _title_at_top(found: list[Block], lede: int, web: bool = False) -> int | None:
    """The first line of the page, short and unfinished, with the body below it. The lines
    above a breadcrumb (某某新闻 > 国内 > 正文) are the site's menus: the headline, when the
    page shows one, stands below the trail. On a web page, a column's name over the headline
    (党建园地 / 院部新闻 / 系部动态: shorter than a headline) is the site's too."""
    trail = next((i for i in range(min(lede, len(found)) - 1, -1, -1) if _is_breadcrumb_block(found[i])), None)
    if trail is not None:
        for block in found[:trail]:
            if _text_block(block):
                to_furniture(block, "nav")
    top = 0 if trail is None else trail + 1
    texts = [i for i in range(top, min(lede + 1, len(found))) if _text_block(found[i])]
    if web:
        texts = _without_column_names(found, texts, lede)
    if not texts or texts[0] >= lede:
        return None
    first = texts[0]
    if _is_related_link(found[first]):
        to_furniture(found[first], "nav")
        return None
    if found[first].kind not in ("heading", "body") or not could_be_title(found[first].text):
        return None
    if len(texts) > 1 and texts[1] < lede:
        second = found[texts[1]]
        tagged = RE_TAG.match(found[first].text)
        untagged = found[first].text[tagged.end() :] if tagged else found[first].text
        if second.kind in ("heading", "body") and untagged == second.text:
            to_furniture(found[first], "nav")  # 【某某社工】headline (or the headline), then the headline again
            return texts[1]
    if found[first].kind == "body" and texts[1:2] != [lede]:
        return None  # a short opening line that no body follows is left as it is
    return first


def _is_related_link(block: Block) -> bool:
    """相关阅读：某某小区如何找回青春 as a page's first line: the link to another article the site set
    over this one (an end marker's label opening it), never its headline: the caller makes it
    furniture. Round 44 (title2): such a link was read as the headline of a copied report."""
    return layout.is_end_marker(block.text) and RE_FIELD_COLON.search(block.text) is not None


def _without_column_names(found: list[Block], texts: list[int], lede: int) -> list[int]:
    """The text blocks from the headline on: column names above it (short lines without
    punctuation, a column's link closing with >>, a tool's label with nothing after it, over
    a line long enough to be a headline) become furniture. Round 13: the news pages of hospitals, colleges and government sites and
    e-paper readers set the column over the headline (党建园地 / 院部新闻 / 某某社区>>)."""
    while len(texts) > 1 and texts[1] < lede:
        column, below = found[texts[0]], found[texts[1]]
        link = RE_COLUMN_LINK.search(column.text) is not None or RE_EMPTY_FIELD.match(column.text) is not None
        if not link and (len(column.text) >= TITLE_MIN or layout.RE_ANY_PUNCT.search(column.text)):
            break
        if len(below.text) < TITLE_MIN:
            break
        if not could_be_title(below.text):
            break
        to_furniture(column, "nav")
        texts = texts[1:]
    return texts


def _is_breadcrumb_block(block: Block) -> bool:
    """A furniture line holding a breadcrumb trail (首页 > 新闻 > 正文), or a trail after a tool
    label that made the line a meta field (您的位置：首页>新闻热点>正文)."""
    if block.kind == "furniture" and block.web == "nav":
        return layout.RE_CRUMB_SEPARATOR.search(block.text) is not None
    if block.kind != "meta" or block.outlet:
        return False
    steps = len(layout.RE_CRUMB_SEPARATOR.findall(block.text))
    # 您现在的位置：首页>站所之窗: the label makes it a trail even with one step (round 18: a utility's
    # news page, whose date widget's label above the trail was read as the headline)
    return steps >= CRUMB_STEPS or (steps >= 1 and block.text.startswith(layout.web_terms().get("position_label", ())))


def _text_block(block: Block) -> bool:
    return block.kind in ("heading", "body", "rubric")


def _strip_headline_repeats(found: list[Block], title_at: int) -> None:
    """A tagged copy, a part number or a footer repeating the headline is furniture."""
    title = found[title_at]
    part = RE_PART_NUMBER.search(title.text)
    base = title.text[: part.start()] if part else title.text
    for block in found[title_at + 1 :]:
        if block.kind not in ("heading", "body", "rubric"):
            continue
        repeat = block.text == title.text or (part and RE_PART_NUMBER.search(block.text) and block.text[: RE_PART_NUMBER.search(block.text).start()] == base)
        footer = len(base) >= TITLE_MIN and base in block.text and not layout.has_sentence_punct(block.text.replace(base, ""))
        if repeat or footer:
            to_furniture(block, "nav")
            if part and (repeat or block.text == base) and block.text != title.text:
                # …（1）…（2）: the headline of a page in parts; its own part number goes too
                title.end -= len(title.text) - len(base)
                title.text = base


def _close_at_end_marker(found: list[Block], lede: int) -> None:
    """After the body, 责任编辑：… / 免责声明 / 相关新闻 close the article: the rest is the page's."""
    for i in range(lede + 1, len(found)):
        if layout.is_end_marker(found[i].text) and found[i].kind != "credit":
            site = layout.end_marker_site(found[i].text)
            if site and not found[i].outlet:
                found[i].outlet, found[i].rank = site, RANK_SITE
            for block in found[i:]:
                if block.kind != "credit":
                    to_furniture(block, block.web or "nav")
            return
