"""Clipping → articles (title, subtitle, source, date, body) and page furniture.

A newspaper page extracted from PDF holds several articles, and its reading order
is often scrambled: a headline can come after its body, a body can continue in a
paragraph far away, the lede can sit at the end of the page. A news web page saved
as text holds one article inside the site's furniture: menus and breadcrumbs above
the headline, a dateline under it (发布时间：… 来源：…), tool bars, credits, related
links and a copyright footer below the body. The steps:

1. `page_blocks.blocks`: the clean paragraphs, each classified (body, heading, source,
   header, page number, rubric, byline, credit, meta, furniture) with attributions split
   off the paragraph they end and web datelines split into their fields.
1b. `web_page.read_page`: on a page with web furniture, the headline is the line above
   the first dateline (or the first line, with the body below it); what stands above it,
   repeats of it and what follows an end marker (责任编辑：, 免责声明, 相关新闻) are
   furniture; the outlets the page names are ranked (本文转自 > attribution > 来源 >
   dispatch line 某某网讯 > reporter's outlet > the site's own name > WeChat account).
2. `_runs`: bodies (body paragraphs up to an attribution) and title runs (headings,
   rubrics, bylines between them); a run of headings opens an article where a
   headline would stand (start of page, after an attribution, a byline, a rubric,
   a `地名：…` headline); on a web page only an attribution opens another.
3. `_assign_titles`: titles go to bodies by shared words, with a preference for the
   body right below; headlines left over are captions.
4. `_stitch`: a body that stops mid-sentence is joined with the paragraph that
   continues it (的各类企事业单位… / 本；第二…), wherever that landed on the page.
5. Leftover text after the last attribution is a displaced lede (prepended to the
   article it shares most words with) or, when short or a repeat, a pull quote.
"""

from __future__ import annotations

import hashlib
import math
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from operator import add

import regex

from . import layout
from .chars import RE_DOTTED_NAME
from .normalize import CleanText, is_space_gap, starts_mid_sentence
from .offsets import OffsetMap
from .page_blocks import RANK_ACCOUNT, RANK_ATTRIBUTION, RANK_BYLINE, RANK_DISPATCH, RANK_LABEL, RANK_SITE, RE_CRAFT_LABEL, RE_CREDIT, RE_REPORTER_TITLE, TITLE_MIN, Block, blocks, iso_date, surnames
from .vocabulary import word_freq
from .web_page import RE_SUBTITLE_DASH, read_page

# Bigrams of Han characters: what a headline and a body share.
RE_HAN_RUN = regex.compile(r"\p{Han}+")
# An editor's title closing the reporters' names: …记者 张三 编辑 李四
RE_EDITOR_TITLE = regex.compile(r"编辑|編輯|责编|責編|审核|校对|摄影")
# The names after a reporter's title, up to the next title, a credit or a bracket (a transliterated
# name keeps its dot: 通讯员 某某普拉·某某力甫 某某卡尔·某某提), or a slash parting them from the
# next title (记者 张三/通讯员 李四)
RE_CREDIT_NAMES = regex.compile(r"[】\]）)：:\s]*(?P<names>[\p{Han}、\s·•・]*?)\s*(?:文\s*[/／]?\s*[图圖]|[/／]?\s*摄影?|受访者供图|供图|报道)?[）)】]?\s*[/／]?\s*$")
# A photo credit closing a caption: …合影。记者 张三 摄 / （新华网记者 李四摄） / …。王五 摄. It
# ends at 摄 (and its bracket) where the paragraph or the page's line ends, and starts after the
# caption's last sentence end, PHOTO_CREDIT_REACH characters before at most. Round 30: credits of
# this shape were lost in nine tuning articles of eight sets (the caption run on into the next
# paragraph, a bare name before 摄, or the caption taken out of the text).
RE_PHOTO_CREDIT_END = regex.compile(r"摄[）)]?")
PHOTO_CREDIT_REACH = 30
CAPTION_SENTENCE_ENDS = "。！？!?；;"
# A bare photo credit, names and 摄 only, a space on the page before 摄 (…。王五 摄, （王五 赵六 摄）)
RE_BARE_PHOTO_CREDIT = regex.compile(r"[（(]?(?P<names>\p{Han}[\p{Han}、]{1,10}?)摄[）)]?")
BARE_PHOTO_CREDIT = "摄"  # the role of a name credited with the verb alone, as the labelled sets write it
TEXT_CRAFT = "文"  # the writers' word in a caption's credit before the photographer's (张三 文 王五 摄)
# A lone photographer's name run into 摄 with no space on the page, alone after the caption's
# sentence end or line start (…合影。王五摄) or in the bracket closing the caption (…现场（王五摄）,
# 某社发（王五 摄）). Round 40c: eight articles of the tuning pool and bulk (five outlets) lost it.
RE_LONE_PHOTO_CREDIT = regex.compile(r"(?:[^\n]*[（(])?(?P<name>\p{Han}{2,3})摄[）)]?")
# A photographer's credit that opens with its craft word, then the names to the line's end (…服务 摄影 张三,
# 摄影/张三 李四, 图片/视频 张三): the word, a slash, colon or bar or a space on the page, then names parted
# by spaces on the page or 、. The words may be joined by a slash (图片/视频); the credit as written is
# the role. Round 56 h8: three labelled articles of three sets lost such a credit, every one of them in
# the tuning pool labelled (the words alone are plain nouns: 摄影展, 视频会议 open no credit).
PHOTOGRAPHER_CREDIT_WORDS = ("摄影", "摄像", "图片", "视频")
RE_PHOTOGRAPHER_CREDIT = regex.compile(
    r"(?P<title>(?:{words})(?:[/／](?:{words}))?)(?P<mark>[/／:：|｜]?)".format(words="|".join(PHOTOGRAPHER_CREDIT_WORDS)))
# A lone credit's name is no common word (…。全程摄: a word jieba counts often is no name).
LONE_CREDIT_WORD_FREQ = 100
# Page furniture that may hold a credit line the page reader set aside from the text (a web
# page's author line, a byline over a headline it took for a page header, 作者：… in a header
# or caption): round 36, five labelled web articles of four sets lost their writers so.
CREDIT_FURNITURE_KINDS = ("byline", "credit", "header", "meta", "furniture", "heading", "caption")
# Sentence punctuation: a line holding it is prose, not a credit line.
RE_CREDIT_SENTENCE = regex.compile(r"[，。；！？“”]")
# A writer's credit on a web page: 作者：张三 / （作者 张三） / |撰稿：李四 (after a line start,
# a space, a bracket or a bar; a reporter's title right after it is `_credits`' to read).
# Round 44: one who wrote the text and took the photos, 图文 or 文图 and a colon or slash (图文：张三), is
# credited so too (a labelled web page's caption-like credit line; the people extractor's T15 reads
# the same words inside the text). Round 46d: the writers' other credit words, 撰稿人 beside 撰稿 and
# 撰文 or 文字 with a colon or slash (撰文/张三, 文字：张三), four labelled articles of four sets, the
# line often set aside as page furniture under the text, after the unit's name and a space on the
# page (某某学院 撰稿人：张三: the clean text has dropped the space, `_opens_author_credit`). Round 48
# creditrun: the text's reviewers after its writers (审稿人：李四, 审核人：李四), with a colon or slash.
RE_AUTHOR_CREDIT = regex.compile(
    r"(?:(?P<title>作者|撰稿人|撰稿)[：:\s]*|(?P<title>图文|文图|撰文|文字|审稿人|审稿|审核人)[：:/／][ \u3000]*)(?!本报|记者|通讯员)")
AUTHOR_CREDIT_LEFT_MARKS = frozenset("\n\t \u3000（(【[|｜•·")  # what an author credit's label may follow
# What a credit closing a body paragraph follows: the end of its last sentence (…结束。（记者 张三）).
CLOSING_CREDIT_AFTER = frozenset("。！？!?”’")
# A dispatch line's credit in brackets: 本报讯（记者 张三） / 某某网3月5日讯（通讯员 李四）
RE_DISPATCH_CREDIT = regex.compile(r"^[^（(，。]{1,30}?[（(](?P<inner>[^（）()]{2,40})[)）]")
# A unit standing where a reporter's title would in a dispatch line's credit
# (本报讯（青禾区融媒体中心 张三）): how it ends, how long it is at least, how many names follow.
# Accuracy round 14 (third wave): four outlets credit a unit and its staff in brackets, two of
# them in the released check set, two in tuning pages (one closing its article, see people T10).
UNIT_CREDIT_ENDS = ("中心", "总会", "协会", "联合会", "社区", "街道", "委员会", "局", "办", "站", "所", "院", "部", "残联", "妇联")
UNIT_CREDIT_MIN = 3
UNIT_CREDIT_NAMES = 3
# Words a headline's first half cannot end with: the headline runs on (关于 | 开展…的通知)
OPEN_ENDINGS = ("关于", "的", "和", "与", "及", "对", "在")
CELL_BORDER = "|｜"  # a table cell's border left at the ends of a headline
# The head of a report's first section: 一、… or （一）… (a later number is a subhead of a body read so far).
RE_FIRST_SECTION_HEAD = regex.compile(r"^\s*(?:一、|[（(]一[)）])")
# An author line under a column headline: 王小明 青禾市委社会工作部部长
RE_AUTHOR_LINE = regex.compile(r"^(?P<name>\p{Han}{2,3})(?P<role>\p{Han}[^\n]{2,40})$")
# A region's tag in square brackets before a headline: [青禾]….
RE_BRACKET_TAG = regex.compile(r"^\[(?P<rubric>[^\[\]【】]{1,8})\]\s*")
# A column's or series' tag in lenticular brackets before a headline on its line: 【社会实践】…,
# 【“某某”故事】…, 【某某在基层】…. Round 38 kept it in the title (the l53 labels keep it in three
# articles of three sets); the t53–g56 labelling decision (a column's name before the headline is
# no part of the title) and the dev gold leave it out. Round 57 h8: four tuning articles of three
# sets and one dev article leave it out. No colon inside: 【编辑：某某】 is a credit field.
RE_LENTICULAR_TAG = regex.compile(r"^【(?P<rubric>[^【】:：\n]{2,12})】[ \u3000]*")
# An attribution that compiles several outlets for a digest: （综合新华社、人民网）
RE_COMPILED = regex.compile(r"^[（(]综合")

SHORT_ORPHAN = 40  # trailing text shorter than this is a caption, not a displaced lede
REPEAT_SHARE = 0.8  # trailing text whose bigrams mostly occur elsewhere is a pull quote
ADJACENT_BONUS = 0.15  # a headline right above a body belongs to it unless words say otherwise
MIN_TITLE_SCORE = 0.2  # below this a headline shares too few words to claim a distant body
# A page holds a few dozen articles; a clipping with many more is pages run together, where a
# headline's body lies among the bodies near it. Matching against those only keeps title
# assignment linear in the clipping's length (and changes nothing on a page this short).
TITLE_WINDOW = 40
# Page headers and page numbers an article carries at most (a page has one or two of each).
PAGE_WIDE_NEAR = 8
RUBRIC_MAX = 6  # a short line above a headline is the column's rubric (民情笔记)
# A site's or column's name set before the headline with a bar: 青禾网 | …, 民生丨…, 驻村“新”景丨…,
# and a series' slogan of up to ten characters (奋进路上新气象丨…). The t53 and g54 labelling
# decisions leave it out of the title; a name longer than a rubric needs a longer headline after
# it (`_is_bar_label`), since a headline's first half is as long as its second.
COLUMN_NAME_MAX = 10
RE_BAR_LABEL = regex.compile(r"^(?P<rubric>[\p{Han}A-Za-z“”]{2,%d})\s*[|｜丨]+\s*" % COLUMN_NAME_MAX)
# A series' name with the instalment's number before a bar (某某超市⑦|…, 解锁某某中的“小确幸”③|…): the
# number marks a series whatever the name's length, so no couplet half (round 61: the gold of three
# tuning sets leaves such names out of the title).
SERIES_NAME_MAX = 16
RE_SERIES_LABEL = regex.compile(r"^(?P<rubric>[\p{Han}A-Za-z“”]{2,%d}[①-⑳])\s*[|｜丨]+\s*" % SERIES_NAME_MAX)
# A name wholly in quotes before a bar is the headline's brand (“楼道议事”|…), no column's
RE_QUOTED_NAME = regex.compile(r"“[^“”]+”")
# The headline's words after a bar up to its first break: 邻里促和谐 of 楼道聚民心|邻里促和谐——…
RE_FIRST_PHRASE = regex.compile(r"[^\s|｜丨，,：:；;！!？?—\-]+")
# Round 56: a photo's caption set alone over the body where the page left out the headline: a
# short line closed by the word for a scene or a group photo (座谈会现场, 志愿者合影). No headline
# of the labelled sets ends so; every such line in their texts and the bulk samples is a caption.
# A reporter's 第一现场 (直击…第一现场) is where the story was got: a headline's words.
RE_PHOTO_CAPTION_LINE = regex.compile(r"^[^，。；！？,;!?\s]{0,12}(?:(?<!第一)现场|合影|留影)$")
COLUMN_LABEL_MAX = 4  # a column's label before a dash on the headline's line (经典案例——…)
NAME_PLATE_MAX = 4  # a heading this short under a byline is a photo's name plate
SUBTITLE_MIN = 8  # each half of a headline split at a space has at least this many characters
# The double dash between a headline and its subtitle on one line: 某某同行 ——某某街道开展…服务
RE_INLINE_DASH = regex.compile(r"[—－]{2}|-{2,4}")
LEAD_IN_MAX = 16  # a lead-in line above a headline (喜迎某某节) is this short at most
# Brackets and colons around a section label on its own line: 【导语】, 导语：
SECTION_LABEL_MARKS = "【】[]：: "


@dataclass
class Credit:
    """A reporter an article credits: 记者 张三 / 某某新闻全媒体记者 李四 / 通讯员 王五.

    `title` is the reporter's title as written, with the outlet before it when the byline
    names one; `start`/`end` index `Article.text`.
    """

    name: str
    title: str
    start: int
    end: int


@dataclass
class Article:
    """One article of a clipping.

    `text` holds the headline, subtitle and author lines, then the body, one
    paragraph per line; `body_start` is where the body begins. `offsets` maps each
    character of `text` to its raw-clipping span; bodies may be stitched from separate
    places on the page, so raw spans are monotonic only within a paragraph. `credits`
    are the reporters named in its bylines, credits and dispatch line, names split where
    the page set them apart (in the clean text they run together: 记者张三李四).
    """

    index: int
    title: str
    text: str
    offsets: OffsetMap
    subtitle: str | None = None
    source: str | None = None
    date: str | None = None
    body_start: int = 0
    furniture: list["Furniture"] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    raw: str = field(default="", repr=False)  # the clipping `offsets` index; "" when text is its own raw

    @classmethod
    def from_text(cls, text: str, *, title: str = "", source: str | None = None) -> "Article":
        """`text` as one article whose raw text is itself (offsets index `text` directly)."""
        return cls(index=0, title=title, text=text, offsets=OffsetMap.identity(len(text)), source=source)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw (start, end) covering clean text[start:end]."""
        return self.offsets.raw_span(start, end)

    def page_space_before(self, index: int) -> bool:
        """Did the page hold spaces (not a line break) right before text[index]? The clean text
        drops spaces between CJK characters, so phrases the page set apart run together."""
        if not self.raw or not 0 < index < len(self.offsets):
            return False
        return is_space_gap(self.offsets.dropped_before(self.raw, index))

    @property
    def body(self) -> str:
        return self.text[self.body_start :]


@dataclass
class Furniture:
    """Page material that is not article body: headers, page numbers, captions, rubrics."""

    kind: str
    text: str
    raw_start: int
    raw_end: int


# ---------------------------------------------------------------- 2. runs


@dataclass
class _Title:
    blocks: list[Block]  # headline lines (already joined by normalize when wrapped)
    rubrics: list[Block] = field(default_factory=list)
    bylines: list[Block] = field(default_factory=list)
    captions: list[Block] = field(default_factory=list)
    lead: list[Block] = field(default_factory=list)  # lines under the byline that open the body


@dataclass
class _Body:
    paragraphs: list[Block]
    source: Block | None = None
    title: _Title | None = None
    follows: _Title | None = None  # the title run right above it on the page


def _runs(
    found: list[Block], clean: CleanText, web: bool = False, headline: Block | None = None
) -> tuple[list[_Body], list[_Title], list[Block], list[Block]]:
    """Group blocks into bodies and title runs; also return page furniture and trailing text.

    On a web page (`web`) the headings inside the body are its subheads: only an
    attribution closing a body opens another article; below the page's `headline`, the
    lines before the body other than bylines open the body (captions, a lede in short lines).
    """
    runs = _RunBuilder(clean, web, headline)
    for block in found:
        runs.add(block)
    runs.finish(Block("end", len(clean.text), len(clean.text), ""))
    trailing: list[Block] = []
    if runs.bodies and runs.bodies[-1].source is None and any(b.source for b in runs.bodies):
        trailing = runs.bodies.pop().paragraphs
    return runs.bodies, runs.titles, runs.furniture, trailing


RUN_FURNITURE_KINDS = ("header", "page_number", "meta", "furniture")  # blocks `_runs` sets aside at once
RUN_PENDING_KINDS = ("heading", "rubric", "byline")  # blocks that wait for what follows them


@dataclass
class _RunBuilder:
    """`_runs` walking the page block by block: the body being filled and the headings waiting above."""

    clean: CleanText
    web: bool
    headline: Block | None
    bodies: list[_Body] = field(default_factory=list)
    titles: list[_Title] = field(default_factory=list)
    furniture: list[Block] = field(default_factory=list)
    current: _Body | None = None
    pending: list[Block] = field(default_factory=list)  # headings etc. not yet known to be titles or subheads
    dateline: Block | None = None  # 来源：新华日报 under a headline: the source of the body below
    after_source: bool = True  # the start of the page counts as after an attribution

    def add(self, block: Block) -> None:
        if block.kind in RUN_FURNITURE_KINDS:
            self.furniture.append(block)
        elif block.kind == "credit":
            self._add_credit(block)
        elif block.kind in RUN_PENDING_KINDS:
            self.pending.append(block)
        elif block.kind == "source" and (any(b.kind == "heading" for b in self.pending) or not self.bodies):
            self.dateline = block  # web layout: headline, dateline, byline, then the body
        else:
            if self.pending:
                self._settle_pending(block)
            if block.kind == "source":
                self._close_body(block)
            else:
                self._add_paragraph(block)

    def finish(self, end: Block) -> None:
        """The end of the page: headings still waiting have no body below them; a byline
        among them (the unit's signature, then 通讯员：张三, under the last paragraph) credits
        the body above (`_keep_closing_bylines`)."""
        self._keep_closing_bylines()
        if self.pending:
            self._settle_pending(end)
        if self.dateline is not None:
            self.furniture.append(Block("header", self.dateline.start, self.dateline.end, self.dateline.text))

    def _keep_closing_bylines(self) -> None:
        """Bylines still waiting at the end of the page, with no body below them, close the
        last body: its reporters stay people of that article (a signature line such as 某某社工
        服务中心 above 通讯员：张三 stays furniture). Accuracy round 8: credits closing web pages
        of four outlets in the tuning and bulk texts were lost with the signature above them."""
        if not self.bodies or not any(b.kind == "byline" for b in self.pending):
            return
        owner = self.current if self.current is not None else self.bodies[-1]
        owner.paragraphs.extend(b for b in self.pending if b.kind == "byline")
        self.pending = [b for b in self.pending if b.kind != "byline"]

    def _open_body(self) -> _Body:
        if self.current is None:
            self.current = _Body([])
            self.bodies.append(self.current)
        return self.current

    def _opens(self) -> bool:
        """Would the headings waiting open an article here (see `_opens_article`)?"""
        return self.after_source or (not self.web and _opens_article(self.pending))

    def _add_credit(self, block: Block) -> None:
        closed = self.bodies[-1] if self.bodies and self.bodies[-1].source is not None and self.after_source else None
        owner = self.current if self.current is not None else closed
        if owner is not None and not self.pending:
            # （记者 彭雪） under the body, or after its attribution: the reporters stay
            owner.paragraphs.append(block)
        else:
            self.pending.append(Block("byline", block.start, block.end, block.text))

    def _close_body(self, source: Block) -> None:
        """An attribution ends the body above it."""
        self._open_body().source = source
        self.current = None
        self.after_source = True

    def _add_paragraph(self, block: Block) -> None:
        body = self._open_body()
        if self.dateline is not None:
            body.source, self.dateline = self.dateline, None
        body.paragraphs.append(block)
        self.after_source = False

    def _settle_pending(self, block: Block) -> None:
        """The headings, rubrics and bylines waiting above `block` become bylines, titles,
        subheads or furniture."""
        opens = self._opens()
        if opens and block.kind == "body" and self._byline_without_headline():
            self._byline_opens_body()
            return
        if self.current is not None and opens and self.pending[0].kind == "byline":
            # 本报记者 张三 right under a body and over a headline: the byline closes that body
            while self.pending and self.pending[0].kind == "byline":
                self.current.paragraphs.append(self.pending.pop(0))
            if not self.pending:
                return
            opens = self._opens()
        self._place_run(block, opens)

    def _byline_without_headline(self) -> bool:
        """A byline and no heading above a body: 本报记者 张三 over an untitled body."""
        pending = self.pending
        return not any(b.kind == "heading" for b in pending) and any(b.kind == "byline" for b in pending)

    def _byline_opens_body(self) -> None:
        """The byline opens the body, or goes on with the one above it (a lede set above
        the byline); its people stay."""
        self.furniture.extend(b for b in self.pending if b.kind != "byline")
        self._open_body().paragraphs.extend(b for b in self.pending if b.kind == "byline")
        self.pending = []

    def _place_run(self, block: Block, opens: bool) -> None:
        """A run of headings above `block`: titles where it opens an article, else subheads or captions."""
        lead = _below_headline(self.pending, self.headline) if self.web and opens else []
        run = [b for b in self.pending if not any(b is x for x in lead)]
        section = _first_section_head(run) if opens else []
        if section:
            # 一、基本情况 under a headline or a byline: the body's first section, never the title's line
            run = run[: len(run) - len(section)]
            lead = section + lead
        run_titles = _split_title_run(run, self.clean) if opens else []
        if section and not run_titles:
            self._open_body().paragraphs.extend(run + lead)
            self.pending = []
            return
        if run_titles:
            self.titles.extend(run_titles)
            self.current = _Body([], follows=run_titles[-1]) if block.kind == "body" or lead else None
            if self.current is not None:
                self.bodies.append(self.current)
                self.current.paragraphs.extend(lead)
        elif self.current is not None and block.kind != "end" and not opens:
            self.current.paragraphs.extend(run)  # subheadings stay in the body
        else:
            self.furniture.extend(run)  # headings with no body below them: captions
        self.pending = []


def _first_section_head(run: list[Block]) -> list[Block]:
    """The blocks of `run` from the heading of a report's first section (一、…, （一）…) on:
    a numbered section head opens the body below a headline, it does not go on with it."""
    at = next((i for i, b in enumerate(run) if b.kind == "heading" and RE_FIRST_SECTION_HEAD.match(b.text)), None)
    return [] if at is None else run[at:]


def _below_headline(run: list[Block], headline: Block | None) -> list[Block]:
    """On a web page, the lines between its headline and its body other than bylines:
    captions or a lede set in short lines, the start of the body."""
    at = next((i for i, b in enumerate(run) if b is headline), None)
    return [] if at is None else [b for b in run[at + 1 :] if b.kind != "byline"]


def _opens_article(run: list[Block]) -> bool:
    """Does a run of headings between body paragraphs open a new article?"""
    if any(block.kind in ("rubric", "byline") for block in run):
        return True
    # Two headings in a row are as often a section head and its subtitle inside one
    # article: only a headline's shape (地名：… / 经典案例——…) opens an article here.
    headings = [block for block in run if block.kind == "heading"]
    return any(_is_headline(block.text) for block in headings)


def _is_headline(text: str) -> bool:
    """`甘肃金塔：构建…` / `经典案例——社工变智囊…`: a place-led or kicker-led headline."""
    if layout.RE_NUMBERED_HEAD.match(text):
        return False
    kicker = layout.RE_KICKER.match(text)
    if kicker and len(text) - kicker.end() >= 6:
        return True
    head = layout.RE_HEAD_COLON.match(text)
    return bool(head) and len(text) - head.end() >= 6 and _starts_with_region(head.group("head"))


def _region_names() -> tuple[str, ...]:
    """Province and prefecture-city names with their short forms (北京, 甘肃, 安庆)."""
    return layout.region_names()


def _starts_with_region(head: str) -> bool:
    lengths, names = _region_heads()
    return any(head[:length] in names for length in lengths if length <= len(head))


@lru_cache(maxsize=1)
def _region_heads() -> tuple[tuple[int, ...], frozenset[str]]:
    """The lengths of the region names, and the names: a head is looked up once per length
    instead of tried against every name."""
    names = _region_names()
    return tuple(sorted({len(name) for name in names})), frozenset(names)


def _split_title_run(run: list[Block], clean: CleanText) -> list[_Title]:
    """One run of headline material → one or more titles (each `地名：…` headline starts one)."""
    titles: list[_Title] = []
    for index, block in enumerate(run):
        current = titles[-1] if titles else None
        role = _role_in_title(run, index, current, clean)
        if current is None or (role in ("rubric", "headline") and current.blocks):
            current = _Title([])
            titles.append(current)
        _add_to_title(current, role, block)
    return [title for title in titles if title.blocks]


def _role_in_title(run: list[Block], index: int, current: _Title | None, clean: CleanText) -> str:
    """What run[index] is in the title run so far (`current` the title being read):
    rubric | byline | caption | lead | continues (the headline's next line) | headline
    (a rubric and a headline after a headline start the next title)."""
    block = run[index]
    if block.kind == "rubric" or (current is None and _is_rubric_above_heading(run, index)):
        return "rubric"
    if block.text.strip(SECTION_LABEL_MARKS) in layout.terms()["section_label"]:
        return "rubric"  # 导语 on its own line under the headline: a label, no headline tail
    headed = current is not None and bool(current.blocks)
    if block.kind == "byline" or (headed and _is_author_line(block, clean)):
        return "byline"
    if current is not None and current.bylines:
        # a name plate under the author line (王小明), or the body's first line (试点社区：沈阳市…)
        return "caption" if len(block.text) <= NAME_PLATE_MAX else "lead"
    if headed and len(block.text) < SUBTITLE_MIN and _set_apart_from_title(current, block, clean):
        return "caption"
    if RE_PHOTO_CAPTION_LINE.match(block.text.strip()):
        return "caption"  # 活动现场 over the body: what the photo shows, no headline nor its tail
    if headed and _continues_title(current, block):
        return "continues"
    return "headline"


def _set_apart_from_title(title: _Title, block: Block, clean: CleanText) -> bool:
    """A short line with page furniture (a date, a tool word) printed between it and the
    headline: a headline's tail stands right under it, so this is the page's (the account's
    region 云南, the site's name 红网 after the dateline). Round 49 (titles): such lines were
    glued to the headline in four tuning articles of three sets."""
    return bool(clean.text[title.blocks[-1].end : block.start].strip())


def _is_rubric_above_heading(run: list[Block], index: int) -> bool:
    """A short heading right above another heading: the column's rubric (民情笔记)."""
    block = run[index]
    return (
        block.kind == "heading"
        and len(block.text) <= RUBRIC_MAX
        and index + 1 < len(run)
        and run[index + 1].kind == "heading"
    )


def _add_to_title(title: _Title, role: str, block: Block) -> None:
    if role == "rubric":
        title.rubrics.append(Block("rubric", block.start, block.end, block.text))
    elif role == "byline":
        title.bylines.append(Block("byline", block.start, block.end, block.text))
    elif role == "caption":
        title.captions.append(block)
    elif role == "lead":
        title.lead.append(block)
    else:
        title.blocks.append(block)  # a headline, or its next line


def _continues_title(title: _Title, block: Block) -> bool:
    """A second headline line that is not a headline of its own: the title's short tail
    (成都武侯区：“三社联动”织密 | 社区服务网), or the subtitle of a title that has no
    `地名：` head (a complete `X：Y` headline is followed by captions, not subtitles)."""
    if _is_headline(block.text):
        return False
    if RE_SUBTITLE_DASH.match(block.text):
        # ——以某市某项目为例 under a headline (and under its second line): the subtitle, never a
        # headline of its own. Round 44 (web): such lines were taken as the title in three
        # tuning articles of two sets.
        return True
    if len(block.text) < SUBTITLE_MIN:
        return True
    return len(title.blocks) == 1 and not layout.RE_HEAD_COLON.match(title.blocks[0].text)


def _is_author_line(block: Block, clean: CleanText) -> bool:
    """A name, a space on the page, then a role: 韩书海 北票市委社会工作部部长…"""
    match = RE_AUTHOR_LINE.match(block.text)
    if not match:
        return False
    gap_at = block.start + match.end("name")
    roles = layout.terms()["role_word"]
    return clean.gap_before(gap_at) and any(block.text.endswith(role) for role in roles)


# ---------------------------------------------------------------- 3. titles to bodies


def _bigrams(text: str) -> list[str]:
    grams = []
    for run in RE_HAN_RUN.findall(text):
        grams.extend(map(add, run, run[1:]))  # each character with the next, at C speed
    return grams


def _assign_titles(bodies: list[_Body], titles: list[_Title]) -> list[_Title]:
    """Give each body at most one title, by shared words; return titles left over.

    The best-scoring pairs go first (ties: the earlier title, then the earlier body)."""
    pairs = _title_body_pairs(bodies, titles)
    pairs.sort(key=lambda item: (item[0], item[1], -item[2]), reverse=True)
    used_titles: set[int] = set()
    for score, _, b_index, title in pairs:
        if id(title) in used_titles or bodies[b_index].title is not None:
            continue
        bodies[b_index].title = title
        used_titles.add(id(title))
    return [title for title in titles if id(title) not in used_titles]


def _grams_in(text: str, wanted: set[str]) -> set[str]:
    """The bigrams of `wanted` (Han bigrams) that `text` holds.

    A Han bigram is one of the text's bigrams exactly when it occurs in the text, so a few
    are looked up one by one (a C substring search each); past GRAM_LOOKUPS the text's own
    bigram set is built once and intersected."""
    if len(wanted) <= GRAM_LOOKUPS:
        return {gram for gram in wanted if gram in text}
    return wanted.intersection(_bigrams(text))


GRAM_LOOKUPS = 100  # bigrams looked up one by one in a body: each costs about what one character of building its set does


def _title_body_pairs(bodies: list[_Body], titles: list[_Title]) -> list[tuple[float, int, int, _Title]]:
    """(score, -title index, body index, title) for each title and each nearby body it may head.

    The score is the share of the title's bigram weight the body holds, plus
    ADJACENT_BONUS for the body right below the title; a pair needs MIN_TITLE_SCORE
    unless the body is right below. Only the titles' bigrams are weighed, so only they
    are looked for in the bodies."""
    title_grams = [set(_bigrams(" ".join(b.text for b in title.blocks))) for title in titles]
    wanted = set().union(*title_grams)
    body_grams = [_grams_in(" ".join(p.text for p in body.paragraphs), wanted) for body in bodies]
    weight = _gram_weights(body_grams)
    starts = [body.paragraphs[0].start if body.paragraphs else 0 for body in bodies]
    pairs = []
    for t_index, title in enumerate(titles):
        weights = [(g, weight(g)) for g in title_grams[t_index]]
        total = sum(w for _, w in weights) or 1.0
        for b_index in _nearby_bodies(starts, title):
            grams_b = body_grams[b_index]
            score = sum(w for g, w in weights if g in grams_b) / total
            adjacent = bodies[b_index].follows is title
            if adjacent:
                score += ADJACENT_BONUS
            if adjacent or score >= MIN_TITLE_SCORE:
                pairs.append((score, -t_index, b_index, title))
    return pairs


def _gram_weights(body_grams: list[set[str]]) -> Callable[[str], float]:
    """A bigram's weight: rarer across the page's bodies, more telling (inverse document frequency).

    `body_grams` need only hold the bigrams that will be weighed."""
    document_frequency = Counter(gram for grams in body_grams for gram in grams)
    n = len(body_grams)

    def weight(gram: str) -> float:
        return math.log((n + 1) / (document_frequency.get(gram, 0) + 0.5))

    return weight


def _nearby_bodies(starts: list[int], title: _Title) -> range:
    """The bodies a title may head: all on a short page, else TITLE_WINDOW either side of it."""
    n = len(starts)
    if n <= 2 * TITLE_WINDOW:
        return range(n)
    at = bisect_right(starts, title.blocks[0].start)
    return range(max(0, at - TITLE_WINDOW), min(n, at + TITLE_WINDOW))


# ---------------------------------------------------------------- 4. stitching


def _stitch(bodies: list[_Body]) -> None:
    """Join a body that stops mid-sentence with the paragraph that continues it.

    The bodies left dangling are kept as a sorted list of indexes, updated for the two
    bodies a join changes, so finding the first of them does not walk every body."""
    dangling = [i for i, body in enumerate(bodies) if _dangling(body)]
    for t, tail_body in enumerate(bodies):
        for k, paragraph in enumerate(tail_body.paragraphs):
            if not starts_mid_sentence(paragraph.text):
                continue
            h = _dangling_head(bodies, dangling, t, k)
            if h is None:
                continue
            head_body = bodies[h]
            if head_body is tail_body:
                # The page put the start of this body at its end: 讲政治是根 | 本；第二…
                head = tail_body.paragraphs.pop()
                tail_body.paragraphs.insert(k, head)
            else:
                moved = tail_body.paragraphs[k:]
                del tail_body.paragraphs[k:]
                head_body.paragraphs.extend(moved)
                if head_body.source is None:
                    # The attribution below both on the page speaks for both.
                    head_body.source = tail_body.source
            _restate(dangling, bodies, t)
            _restate(dangling, bodies, h)
            break


def _dangling(body: _Body) -> bool:
    """Does the body end with a body paragraph that stops mid-sentence?"""
    last = body.paragraphs[-1] if body.paragraphs else None
    return last is not None and last.kind == "body" and not layout.ends_sentence(last.text)


def _dangling_head(bodies: list[_Body], dangling: list[int], t: int, k: int) -> int | None:
    """The body whose end bodies[t].paragraphs[k] continues: the first other dangling body,
    else bodies[t] itself when k opens it and its end dangles."""
    other = next((i for i in dangling[:2] if i != t), None)
    if other is not None:
        return other
    at = bisect_left(dangling, t)
    if k == 0 and at < len(dangling) and dangling[at] == t and len(bodies[t].paragraphs) > 1:
        return t
    return None


def _restate(dangling: list[int], bodies: list[_Body], i: int) -> None:
    """Keep the sorted `dangling` indexes right about bodies[i] after its paragraphs changed."""
    at = bisect_left(dangling, i)
    listed = at < len(dangling) and dangling[at] == i
    if _dangling(bodies[i]) and not listed:
        dangling.insert(at, i)
    elif listed and not _dangling(bodies[i]):
        del dangling[at]


# ---------------------------------------------------------------- 5. assembly


def split_articles(clean: CleanText, clipping: str) -> tuple[list[Article], list[Furniture]]:
    """The articles of one clipping, in page order, and the page furniture."""
    found = blocks(clean)
    page = read_page(found)
    bodies, titles, furniture_blocks, trailing = _runs(found, clean, web=page.web, headline=page.title)
    _headline_under_body(bodies, furniture_blocks, page.title)
    leftover_titles = _assign_titles(bodies, titles) if bodies else titles
    _stitch(bodies)
    _place_trailing(bodies, trailing, furniture_blocks)
    _share_compiled_sources(bodies)
    page_date = _header_date(furniture_blocks)
    for title in leftover_titles:
        furniture_blocks.extend(Block("caption", b.start, b.end, b.text) for b in title.blocks)
        furniture_blocks.extend(title.rubrics + title.bylines + title.captions)
    articles, captions = [], []
    # one story alone in the clipping (a web page, or a story copied out of one): its headline
    # is one line, as on a web page (`_heading`)
    single = sum(1 for body in bodies if any(p.kind == "body" for p in body.paragraphs)) == 1
    for body in bodies:
        if not any(p.kind == "body" for p in body.paragraphs):
            continue
        page_sources = page.sources if not articles else []
        articles.append(_article(clean, body, len(articles), page.date or page_date, page_sources, web=page.web or single))
        captions += [(articles[-1], caption) for caption in (body.title.captions if body.title is not None else [])]
    loose = [b for b in furniture_blocks if b.kind in ("caption", "heading") or b.web == "caption"]
    if articles and loose:
        ends = [sorted(article.offsets.ends) for article in articles]
        captions += [(_nearest_article(articles, ends, _furniture(clean, b)), b) for b in loose]
    furniture = _attach_furniture(clean, articles, furniture_blocks)
    for article, caption in captions:
        _keep_caption_credits(clean, article, caption)
    if articles:
        ends = [sorted(article.offsets.ends) for article in articles]
        for block in furniture_blocks:
            if block.kind in CREDIT_FURNITURE_KINDS and not RE_CREDIT_SENTENCE.search(block.text):
                article = _nearest_article(articles, ends, _furniture(clean, block))
                _keep_credits(clean, article, _credits(clean, block.start, block.end) or _author_credits(clean, block.start, block.end))
    return articles, furniture


def _keep_caption_credits(clean: CleanText, article: Article, caption: Block) -> None:
    """A photo caption taken out of the article still credits its photographer (…。本报记者
    张三 摄 → 张三, 本报记者)."""
    _keep_credits(clean, article, _photo_credits(clean, caption.start, caption.end))


def _keep_credits(clean: CleanText, article: Article, found: list[Credit]) -> None:
    """Credits read outside the article's text (a caption, a byline or header line the page
    reader set aside): each credited name not yet among the article's credits is added to its
    text as a line of its own after the body (the name only: the line's other words stay out),
    and to its credits with the credit's title."""
    known = {credit.name for credit in article.credits}
    for credit in found:
        if credit.name in known:
            continue
        known.add(credit.name)
        at = len(article.text) + 1
        starts, ends = clean.offsets.starts, clean.offsets.ends
        article.offsets = OffsetMap(
            article.offsets.starts + array("l", [starts[credit.start]]) + starts[credit.start : credit.end],
            article.offsets.ends + array("l", [starts[credit.start]]) + ends[credit.start : credit.end],
        )
        article.text += "\n" + credit.name
        article.credits.append(Credit(credit.name, credit.title, at, at + len(credit.name)))


def _headline_under_body(bodies: list[_Body], furniture_blocks: list[Block], headline: Block | None) -> None:
    """body ⏎ headline ⏎ 发布时间：…: a web page that sets its headline under the text (the page
    reader found it over the dateline) leaves a heading with no body below it; it is the title
    of the page's one body above it, not a caption."""
    if headline is None or len(bodies) != 1 or bodies[0].title is not None or not bodies[0].paragraphs:
        return
    if headline.start < bodies[0].paragraphs[-1].end:
        return
    at = next((i for i, b in enumerate(furniture_blocks) if b is headline), None)
    if at is not None:
        bodies[0].title = _Title([furniture_blocks.pop(at)])


def _header_date(furniture_blocks: list[Block]) -> str | None:
    """The date of the first page header that has one."""
    return next((iso_date(b.text) for b in furniture_blocks if b.kind == "header" and iso_date(b.text)), None)


def _attach_furniture(clean: CleanText, articles: list[Article], furniture_blocks: list[Block]) -> list[Furniture]:
    """Page headers and numbers go to every article, other furniture to the nearest one;
    return the page's furniture, page-wide items first."""
    page_wide = [_furniture(clean, b) for b in furniture_blocks if b.kind in ("header", "page_number")]
    loose = [_furniture(clean, b) for b in furniture_blocks if b.kind not in ("header", "page_number")]
    order = sorted(range(len(page_wide)), key=lambda i: page_wide[i].raw_start)
    positions = [page_wide[i].raw_start for i in order]
    for article in articles:
        article.furniture[:0] = _page_wide_near(page_wide, order, positions, article)
    if articles and loose:
        ends = [sorted(article.offsets.ends) for article in articles]  # once per page: each item then bisects
        for item in loose:
            _nearest_article(articles, ends, item).furniture.append(item)
    return page_wide + loose


def _page_wide_near(page_wide: list[Furniture], order: list[int], positions: list[int], article: Article) -> list[Furniture]:
    """The page headers and numbers an article carries: all of them on a page, the
    PAGE_WIDE_NEAR nearest ones in a clipping of many pages run together, so that sheets
    grow linearly with the clipping. `order`: the items' indexes by raw position;
    `positions`: their raw starts in that order."""
    if len(page_wide) <= PAGE_WIDE_NEAR or not article.offsets.starts:
        return list(page_wide)
    at = article.offsets.starts[0]
    right = bisect_right(positions, at)
    left, picked = right - 1, []
    while len(picked) < PAGE_WIDE_NEAR:
        if left >= 0 and (right >= len(order) or at - positions[left] <= positions[right] - at):
            picked.append(order[left])
            left -= 1
        else:
            picked.append(order[right])
            right += 1
    return [page_wide[i] for i in sorted(picked)]


def _share_compiled_sources(bodies: list[_Body]) -> None:
    """（综合新华社、人民网） under a news digest speaks for the unattributed items above it."""
    following: Block | None = None
    for body in reversed(bodies):
        if body.source is not None:
            following = body.source if RE_COMPILED.match(body.source.text) else None
        elif following is not None:
            body.source = following


def _place_trailing(bodies: list[_Body], trailing: list[Block], furniture: list[Block]) -> None:
    """Text after the last attribution: a displaced lede, or a caption / pull quote."""
    text = "".join(block.text for block in trailing)
    if not trailing:
        return
    if len(text) < SHORT_ORPHAN:
        furniture.extend(Block("caption", b.start, b.end, b.text) for b in trailing)
        return
    grams = _bigrams(text)
    wanted = set(grams)
    best, best_share = None, 0.0
    for body in bodies:
        body_grams = _grams_in(" ".join(p.text for p in body.paragraphs), wanted)
        share = sum(map(body_grams.__contains__, grams)) / max(1, len(grams))
        if share > best_share:
            best, best_share = body, share
    if best is None or best_share >= REPEAT_SHARE:
        furniture.extend(Block("fragment", b.start, b.end, b.text) for b in trailing)
        return
    best.paragraphs[:0] = trailing


CLOSING_BYLINE_REACH = 2  # the last paragraphs searched for a closing byline (a caption may follow it)
VISITING_REPORTER_REACH = 4  # the opening paragraphs searched for the outlet's own reporter going out
# The opening paragraphs searched for a byline: a magazine's or an app's page sets its summary
# (one to three short paragraphs) above the byline, then the story (文|《某某》记者 张三). Round 51.
OPENING_BYLINE_REACH = 4


def _label_yields_to_dispatch(candidates: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A 来源 label naming no outlet (来源：某某社区 / 出处：校团委: the unit that posted the page on its
    site) yields to the outlet whose dispatch line opens the story (某某融媒6月4日讯): that outlet
    wrote it. A label that is an outlet keeps its rank (来源：某某县融媒体中心 over 某某日报客户端讯).
    Round 48: three tuning articles of three sets credit the dispatch's outlet; one credits a
    body's label over its own federation's site (县妇联 / 某某妇联网消息)."""
    if not any(rank == RANK_DISPATCH and layout.is_outlet_name(outlet) for rank, outlet in candidates):
        return candidates
    return [(rank, outlet) for rank, outlet in candidates if rank != RANK_LABEL or layout.is_outlet_name(outlet)]


def _source(clean: CleanText, body: _Body, page_sources: list[tuple[int, str]]) -> str | None:
    """The best-ranked outlet the article or its page names (RANK_*)."""
    candidates = list(page_sources)
    if body.source is not None and body.source.outlet:
        candidates.append((body.source.rank, body.source.outlet))
    lede = next((outlet for p in body.paragraphs if p.kind == "body" and (outlet := layout.relayed_outlet(p.text) or layout.lede_outlet(p.text, _spaced(clean, p)))), None)
    if lede is None:
        lede = next((_dispatch_after_caption(clean, p) for p in body.paragraphs[:1] if p.kind == "body"), None)
    if lede:
        candidates.append((RANK_DISPATCH, lede))
    # a reprint note the page left in the body (…，并请附上出处（某某网）及本页链接): it stays a
    # paragraph, as the names it gives may be the article's only mention of a body
    reprint = next((outlet for p in body.paragraphs if (outlet := layout.reprint_note_outlet(p.text))), None)
    if reprint:
        candidates.append((RANK_ATTRIBUTION, reprint))
    # a dateline run into the first paragraph (发表时间：… 来源：某某时报 在…): its 来源's outlet
    fused = next((layout.fused_source_outlet(p.text) for p in body.paragraphs[:1] if p.kind == "body"), None)
    if fused:
        candidates.append((RANK_LABEL, fused))
    # the title's bylines, or a byline opening an untitled body (某某晚报通讯员 张三 above the lede)
    bylines = (body.title.bylines if body.title is not None else []) + [p for p in body.paragraphs[:OPENING_BYLINE_REACH] if p.kind == "byline"]
    byline = next((outlet for b in bylines if (outlet := layout.byline_outlet(b.text, _spaced(clean, b)))), None)
    if byline is None and body.paragraphs:
        byline = layout.closing_credit_outlet(body.paragraphs[-1].text)  # …。（某某日报 记者 张三）
    if byline is None:
        # a byline line under the last paragraph: …活力。⏎某某晚报记者 张三 通讯员 李四 (or in
        # brackets: ⏎（某某日报记者 张三）)
        closing = [p for p in body.paragraphs[1:][-CLOSING_BYLINE_REACH:] if p.kind == "byline"]
        byline = next((outlet for b in closing if (outlet := layout.byline_outlet(b.text, _spaced(clean, b)) or layout.closing_credit_outlet(b.text))), None)
    if byline:
        candidates.append((RANK_BYLINE, byline))
    elif not candidates:
        # the page names no outlet but its byline's brand: 某某记者 张三 under the headline
        candidates.extend((RANK_ACCOUNT, brand) for b in bylines[:1] if (brand := layout.bare_byline_outlet(b.text)))
    if not candidates:
        # nothing else credits the story, but its opening tells of the outlet's reporter going out to it
        opening = [p for p in body.paragraphs if p.kind == "body"][:VISITING_REPORTER_REACH]
        candidates.extend((RANK_ACCOUNT, outlet) for outlet in map(layout.visiting_reporter_outlet, (p.text for p in opening)) if outlet)
    if not candidates:
        # nor does its opening: its people speak to the outlet's reporter further down (…告诉某某日报记者)
        told = (layout.told_reporter_outlet(p.text) for p in body.paragraphs if p.kind == "body")
        candidates.extend((RANK_ACCOUNT, outlet) for outlet in told if outlet)
    # a portal's own name as 来源 (网易网) ranks below the outlet the story names itself
    # (中新网青禾3月5日电), as the site's name does; alone it stays the source
    candidates = [(max(rank, RANK_SITE) if layout.is_portal(outlet) else rank, outlet) for rank, outlet in candidates]
    candidates = [(rank, outlet) for rank, outlet in candidates if not layout.is_menu_words(outlet)]  # 新闻新闻>某市新闻: a menu
    candidates = _label_yields_to_dispatch(candidates)
    if not candidates:
        return None
    rank, outlet = min(candidates)
    # the same outlet named twice at one rank, once alone (a breadcrumb's 人民网) and once with its
    # channel (来源：人民网-某某频道): the labelled sets credit the fuller name (round 43)
    fuller = [o for r, o in candidates if r == rank and o.startswith(outlet) and layout.is_combined_outlet(o)]
    return layout.credited_outlet(max(fuller, key=len) if fuller else outlet)


# A photo credit closing a caption the page ran into the lede: 张三 摄 / （某某社区供图） / 图/张三
RE_LEDE_CAPTION_CREDIT = regex.compile(r"摄[）)]?|供图[）)]?|图[/／](?P<name>\p{Han}{2,3})")
# A dispatch line with its reporters' credit: 某某日报讯（记者 张三） / 某某网6月3日讯（…）
RE_CREDITED_DISPATCH_AT = regex.compile(r"[\p{Han}\d]{2,16}?讯[（(]")
CAPTION_LEDE_REACH = 300  # how far into the first paragraph captions may run before the dispatch


def _dispatch_after_caption(clean: CleanText, paragraph: Block) -> str | None:
    """The outlet of a dispatch line that follows photo captions in the first paragraph (…合影。
    张三 摄 某某日报讯（记者 李四）…): the page set the captions above the lede and the text ran
    them together. The dispatch starts where the page had a space, or right after the credited
    name (图/张三某某晚报讯, the line break lost); of the starts before the first 讯, the nearest to
    it (a caption's words before a space are no part of the outlet's name)."""
    text = paragraph.text[:CAPTION_LEDE_REACH]
    credits = list(RE_LEDE_CAPTION_CREDIT.finditer(text))
    if not credits:
        return None
    starts = {m.end() for m in credits}
    starts |= {m.start("name") + size for m in credits if m.group("name") for size in (2, 3)}
    starts |= {i for i in range(credits[0].end(), len(text)) if clean.gap_before(paragraph.start + i)}
    # first the dispatch ending soonest, then the start nearest to it
    found = sorted((match.end(), -start) for start in starts if (match := RE_CREDITED_DISPATCH_AT.match(text, start)))
    for _, nearest in found:
        outlet = layout.lede_outlet(paragraph.text[-nearest:])
        if outlet and layout.has_outlet_stem(outlet):  # 沙晚报 of 图/李卓长沙晚报讯: the name cut short
            return outlet
    return None


def _spaced(clean: CleanText, block: Block) -> Callable[[int], bool]:
    """Whether the page had a space before the block's character `i` (the clean text drops
    spaces between CJK characters)."""
    return lambda i: clean.gap_before(block.start + i)


def _article(clean: CleanText, body: _Body, index: int, page_date: str | None, page_sources: list[tuple[int, str]], *, web: bool = False) -> Article:
    """One body with its title as an Article: headline, subtitle and author lines, then the body.
    `web`: the clipping is a web page (its one-line headline is one title, `_heading`)."""
    heading = _heading(clean, body.title, web=web) if body.title is not None else _Heading()
    pieces = list(heading.pieces)
    lead = body.title.lead if body.title is not None else []
    pieces.extend((p.start, p.end) for p in lead + body.paragraphs)
    text, body_start = _join_pieces(clean, pieces, len(heading.pieces))
    return Article(
        index=index,
        title=heading.title,
        text=text,
        offsets=clean.offsets.gather(pieces),
        subtitle=heading.subtitle,
        source=_source(clean, body, page_sources),
        date=(body.source.date if body.source else None) or page_date,
        body_start=body_start,
        furniture=heading.furniture,
        credits=_article_credits(clean, body, lead, pieces),
        raw=clean.raw,
    )


@dataclass
class _Heading:
    """What an article's title run gives it: the clean (start, end) of each headline,
    subtitle and byline piece of its text, the title and subtitle, and the furniture
    (rubrics, bylines, name plates)."""

    pieces: list[tuple[int, int]] = field(default_factory=list)
    title: str = ""
    subtitle: str | None = None
    furniture: list[Furniture] = field(default_factory=list)


def _heading(clean: CleanText, title: _Title, *, web: bool = False) -> _Heading:
    heading = _Heading(furniture=[_furniture(clean, rubric) for rubric in title.rubrics])
    headline = title.blocks[0]
    start = _after_orphan_dash(clean, _after_column_label(clean, headline, heading.furniture), headline.end)
    split_at = _subtitle_split(clean, start, headline.end)
    if split_at is None:
        heading.pieces.append((start, headline.end))
        heading.title = clean.text[start : headline.end]
    else:
        heading.pieces.extend([(start, split_at), (split_at, headline.end)])
        heading.title, heading.subtitle = clean.text[start:split_at], clean.text[split_at : headline.end]
        if web and not layout.RE_MENU_SEPARATOR.search(clean.text[start : headline.end]):
            # A web page sets its headline as one heading: a space in it is the headline's own
            # pause (某某社区开展… 共筑平安社区), not the gap a print page leaves between headline
            # and subtitle set side by side. The title is the whole line; the text keeps the two
            # halves on two lines, as the page's space parts them. A bar in the line (… | 某某云-
            # 某某晚报全媒体) sets the site's name after the headline: the split keeps it out of
            # the title. Round 37: one-line web headlines split there in 5 tuning articles of 5
            # sets, 1 dev article and 5 bulk pages; the dev gold keeps such lines whole.
            heading.title, heading.subtitle = heading.title + heading.subtitle, None
    couplet = any(clean.gap_before(i) for i in range(start + 1, headline.end))  # 青山绿水美 邻里笑声多: a headline
    if split_at is None and not couplet and len(title.blocks) == 2 and _is_lead_in(heading.title, title.blocks[1].text):
        # 喜迎某某节 over 某某街道举办…系列活动: a short lead-in line (引题) over the headline
        lead_in = title.blocks[1]
        heading.pieces.append((lead_in.start, lead_in.end))
        heading.furniture.append(Furniture("rubric", heading.title, *clean.raw_span(start, headline.end)))
        heading.title = lead_in.text
        title = _Title(title.blocks[:1], title.rubrics, title.bylines, title.captions, title.lead)
    if heading.subtitle is None and len(title.blocks) == 1:
        # only a headline alone on its line: a line below would join the subtitle, and the gold
        # that keeps the dashed line whole as the title would no longer read it
        heading.title, heading.subtitle = _split_at_inline_dash(heading.title)
    for extra in title.blocks[1:]:
        heading.pieces.append((extra.start, extra.end))
        if heading.subtitle is None and len(extra.text) < SUBTITLE_MIN:
            heading.title += extra.text  # the headline wrapped onto a short second line
        else:
            heading.subtitle = extra.text if heading.subtitle is None else heading.subtitle + extra.text
    for byline in title.bylines:
        heading.pieces.append((byline.start, byline.end))
        heading.furniture.append(_furniture(clean, byline))
    heading.furniture.extend(_furniture(clean, caption, "caption") for caption in title.captions)
    # The borders of the table cell a headline was laid out in: | 某某标题 |
    heading.title = heading.title.strip(CELL_BORDER)
    heading.subtitle = heading.subtitle.strip(CELL_BORDER) or None if heading.subtitle else heading.subtitle
    return heading


def _split_at_inline_dash(title: str) -> tuple[str, str | None]:
    """A headline and its subtitle set on one line, parted by a double dash (某某同行，银龄相伴
    ——某某街道开展…服务), as title and subtitle: the subtitle keeps its dash, as a dash line
    under the headline does, so the two together still read as the whole line.

    Round 61 h8b: five tuning articles of four sets (g54h l53n g60c g60f) set headline and
    subtitle so and the gold titles them with the headline alone; the gold of nineteen others
    keeps such a line whole as the title, which the title and subtitle together still give.
    A lone dash (某某维度—构建…) is a section head's pause, and a dash inside quotes or book
    marks (“共建——共享”) belongs to the quoted words."""
    for dash in RE_INLINE_DASH.finditer(title):
        head, tail = title[: dash.start()], title[dash.end() :]
        if not layout.quotes_balanced(head):
            continue
        if len(head.strip()) < SUBTITLE_MIN or len(tail.strip()) < SUBTITLE_MIN:
            return title, None
        return head.rstrip(), title[dash.start() :].lstrip()
    return title, None


def _is_lead_in(first: str, second: str) -> bool:
    """A lead-in line (引题) above the headline: short, and the line below at least twice as long
    (喜迎某某节 / 某某街道举办…系列活动),
    neither a `地名：…` headline nor a subtitle's dash line (——记…)."""
    return (
        len(first) <= LEAD_IN_MAX
        and len(second) >= 2 * len(first)
        and not layout.RE_HEAD_COLON.match(first)
        and not second.startswith(("—", "-"))
        and not layout.has_sentence_punct(second)
    )


def _after_orphan_dash(clean: CleanText, start: int, end: int) -> int:
    """Where a headline opening with a subtitle's dash (——某某社区创新治理实践) starts after it.

    The clipping lost the headline above its subtitle, which now stands first: its dash joined
    the two lines and is no part of the title. Round 51: such openings in four tuning articles of
    four sets; the gold of three titles them without the dash."""
    dash = RE_SUBTITLE_DASH.match(clean.text[start:end])
    if dash is None or end - start - dash.end() < TITLE_MIN:
        return start
    after = start + dash.end()
    while after < end and clean.text[after].isspace():
        after += 1
    return after


def _after_column_label(clean: CleanText, headline: Block, furniture: list[Furniture]) -> int:
    """Where the headline starts after a tag in square or lenticular brackets ([青禾]…,
    【社会实践】…), a column's label set off by a dash (经典案例——…) or a site's or column's
    name before a bar (青禾网 | …, 基层一线|…), which go to `furniture` as rubrics. A longer lead-in before a dash (民族团结一家
    亲——…) is part of the headline as web pages print it, and stays in the title.

    Round 53 p6: the gold leaves a name before a bar out of the title in 4 tuning articles of
    4 sets (2 of them t53, whose convention settles the split) and keeps it in 2 l53 articles;
    the dev and seed gold hold no such title. Round 55: names longer than a rubric, up to a
    series' slogan, leave too (`_is_column_length`)."""
    tag = RE_BRACKET_TAG.match(headline.text) or RE_LENTICULAR_TAG.match(headline.text)
    kicker = layout.RE_KICKER.match(headline.text)
    if tag and len(headline.text) - tag.end() >= TITLE_MIN:
        name, at, end = tag.group("rubric"), tag.start("rubric"), tag.end()  # [青禾]…: a tag
    elif kicker and len(kicker.group("kicker")) <= COLUMN_LABEL_MAX and _is_headline(headline.text):
        name, at, end = kicker.group("kicker"), 0, kicker.end()
    elif (bar := RE_BAR_LABEL.match(headline.text)) and _is_bar_label(bar, headline.text):
        name, at, end = bar.group("rubric"), 0, bar.end()  # 乡村振兴|…: a column's name
    elif (bar := RE_SERIES_LABEL.match(headline.text)) and len(headline.text) - bar.end() >= TITLE_MIN:
        name, at, end = bar.group("rubric"), 0, bar.end()  # 某某超市⑦|…: a series' instalment
    else:
        return headline.start
    furniture.append(Furniture("rubric", name, *clean.raw_span(headline.start + at, headline.start + at + len(name))))
    return headline.start + end


def _is_bar_label(bar: "regex.Match", text: str) -> bool:
    """The name before a bar is a column's (乡村振兴|…) when a headline follows it, and not the
    first half of a couplet headline whose second half matches it in length (楼道聚民心|邻里促
    和谐: the page's bar parts the headline's two halves). A place before a colon (楼道纪事|杏湾
    社区：…) heads the headline after the name, and is no half."""
    name, rest = bar.group("rubric"), text[bar.end() :]
    phrase = RE_FIRST_PHRASE.match(rest)
    couplet = (
        phrase is not None
        and len(phrase.group()) == len(name)
        and rest[phrase.end() : phrase.end() + 1] not in ("：", ":")
    )
    return len(rest) >= TITLE_MIN and not couplet and not RE_QUOTED_NAME.fullmatch(name) and _is_column_length(name, rest)


def _is_column_length(name: str, rest: str) -> bool:
    """A name as short as a rubric is a column's; a longer one (a series' slogan, 奋进路上新气象丨…)
    only before a longer headline: where the words after the bar are as short as it or shorter
    (桃源社区开办长者食堂|老人吃上热乎饭), the bar parts one headline's two halves.

    Round 55: the g54 gold leaves names of 7 to 10 characters before a bar out of the title in 4
    articles of 3 sets, after the t53 decision; one l53 title, labelled before it, keeps one."""
    return len(name) <= RUBRIC_MAX or len(rest) > len(name)


def _join_pieces(clean: CleanText, pieces: list[tuple[int, int]], body_start_piece: int) -> tuple[str, int]:
    """The article's text, one piece per line, and where piece `body_start_piece` starts in it."""
    text_parts: list[str] = []
    body_start = 0
    for number, (start, end) in enumerate(pieces):
        if number == body_start_piece:
            body_start = sum(len(part) for part in text_parts) + (1 if text_parts else 0)
        if text_parts:
            text_parts.append("\n")
        text_parts.append(clean.text[start:end])
    return "".join(text_parts), body_start


def _article_credits(clean: CleanText, body: _Body, lead: list[Block], pieces: list[tuple[int, int]]) -> list[Credit]:
    """The reporters named in the bylines, credits and dispatch line, indexing the article's text."""
    credit_blocks = (body.title.bylines if body.title is not None else []) + [
        p for p in lead + body.paragraphs if p.kind in ("byline", "credit")
    ]
    spans = [(b.start, b.end) for b in credit_blocks]
    first = next((p for p in lead + body.paragraphs if p.kind == "body"), None)
    dispatch = RE_DISPATCH_CREDIT.match(first.text) if first is not None else None
    spans += [span for p in body.paragraphs if p.kind == "body" and (span := _closing_credit(clean, p)) is not None]
    found = [credit for span in spans for credit in _credits(clean, *span) or _author_credits(clean, *span)]
    if dispatch:
        inner = (first.start + dispatch.start("inner"), first.start + dispatch.end("inner"))
        found += _credits(clean, *inner) or _unit_credits(clean, *inner)
    found += [credit for span in pieces for credit in _photo_credits(clean, *span)]
    credits = [_to_text(credit, pieces) for credit in found]
    unique = {(credit.start, credit.end): credit for credit in reversed(credits) if credit is not None}
    return sorted(unique.values(), key=lambda credit: credit.start)


def _closing_credit(clean: CleanText, paragraph: Block) -> tuple[int, int] | None:
    """The reporters' credit in brackets closing a body paragraph after its last sentence
    (…活动圆满结束。（记者 张三 通讯员 李四）), shaped like a credit on a line of its own (RE_CREDIT):
    its span, read like that line, so the names are cut where the page set them apart. Round 54c
    h6: such credits were read only by the people extractor's credit run, which cut or dropped
    names a line of their own kept (a given name ending in a character of prose: 某千里, 某树人)."""
    text = clean.text[paragraph.start : paragraph.end].rstrip()
    opening = max(text.rfind("（"), text.rfind("("))
    if opening <= 0 or text[opening - 1] not in CLOSING_CREDIT_AFTER or not RE_CREDIT.match(text[opening:]):
        return None
    return paragraph.start + opening, paragraph.start + len(text)


def _photo_credits(clean: CleanText, start: int, end: int) -> list[Credit]:
    """The photographers a caption's closing credit names in clean[start:end] (RE_PHOTO_CREDIT_END):
    记者 张三 摄 → 张三 (记者), （新华网记者 李四摄） → 李四 (新华网记者), with the names and
    titles `_credits` reads; a credit of names alone with a space before 摄 on the page
    (…。王五 摄) → 王五 (摄); and the names after a credit word opening the credit
    (`_photographer_credits`: …服务 摄影 王五). The caption's own words name nobody."""
    text, found = clean.text, []
    for match in RE_PHOTO_CREDIT_END.finditer(text, start, end):
        stop = match.end()
        if stop < end and not _line_break_before(clean, stop):
            continue  # 摄影, 拍摄的照片: the verb inside a sentence
        reach = max(start, stop - PHOTO_CREDIT_REACH)
        head = start if reach == start else None
        for i in range(match.start() - 1, reach - 1, -1):
            if text[i] in CAPTION_SENTENCE_ENDS or (i > start and _line_break_before(clean, i)):
                head = i + 1 if text[i] in CAPTION_SENTENCE_ENDS else i
                break
        if head is None or head >= match.start():
            continue  # no sentence end, line or paragraph start near: not a credit
        credits = _credits(clean, head, stop)
        bare = RE_BARE_PHOTO_CREDIT.fullmatch(text, head, stop)
        if not credits and bare and clean.gap_before(match.start()) and not RE_REPORTER_TITLE.search(bare.group("names")):
            credits = _bare_credits(clean, bare.start("names"), bare.end("names"))
        if not credits and clean.gap_before(match.start()):
            credits = _craft_photo_credits(clean, head, match.start())
        if not credits:
            credits = _lone_photo_credit(clean, head, stop)
        found += credits
    return found + _photographer_credits(clean, start, end)


def _photographer_credits(clean: CleanText, start: int, end: int) -> list[Credit]:
    """The names a photographer's credit opening with its craft word gives (RE_PHOTOGRAPHER_CREDIT:
    …服务 摄影 张三 → 张三 (摄影)): the word at a line start, after a sentence end or a space on the
    page; set apart from the names by a mark or a space; names alone, each with a surname first,
    up to the line's end."""
    text, found = clean.text, []
    for label in RE_PHOTOGRAPHER_CREDIT.finditer(text, start, end):
        i = label.start()
        opens = i == start or text[i - 1] in AUTHOR_CREDIT_LEFT_MARKS or text[i - 1] in CAPTION_SENTENCE_ENDS
        if not (opens or clean.gap_before(i) or _line_break_before(clean, i)):
            continue
        names_start = label.end()
        if names_start >= end or not (label.group("mark") or clean.gap_before(names_start)):
            continue  # 摄影展, 视频会议: the word in a phrase
        names_end = names_start
        while names_end < end and RE_HAN_RUN.match(text[names_end]) and not (names_end > names_start and _line_break_before(clean, names_end)):
            names_end += 1
        if names_end < end and text[names_end] != "\n" and not _line_break_before(clean, names_end):
            continue  # more of the sentence follows: no credit line
        found += [Credit(c.name, label.group("title"), c.start, c.end) for c in _bare_credits(clean, names_start, names_end)]
    return found


def _author_credits(clean: CleanText, start: int, end: int) -> list[Credit]:
    """The writers a web page's author line names (作者：张三、李四 供稿单位：…, （作者 张三）):
    names parted by spaces on the page or 、 after the title, up to the first piece that is
    no name (a bar, a bracket, the next label)."""
    text, found = clean.text, []
    for label in RE_AUTHOR_CREDIT.finditer(text, start, end):
        if not _opens_author_credit(clean, label.start()):
            continue
        i = label.end()
        while i < end:
            j = i
            while j < end and RE_HAN_RUN.match(text[j]) and not (j > i and clean.gap_before(j)):
                j += 1
            if not (2 <= j - i <= 3 and text[i] in surnames()):
                break
            found.append(Credit(text[i:j], label.group("title"), i, j))
            i = j + (j < end and text[j] == "、")
    return found


def _opens_author_credit(clean: CleanText, i: int) -> bool:
    """An author credit's label may start at i: at the text's start, after a line break, a
    bracket or a bar, or after a space on the page."""
    return i == 0 or clean.text[i - 1] in AUTHOR_CREDIT_LEFT_MARKS or clean.gap_before(i)


def _bare_credits(clean: CleanText, start: int, end: int) -> list[Credit]:
    """Names alone before 摄, parted by spaces on the page or 、: each must be a name."""
    cuts = [start] + [i for i in range(start + 1, end) if clean.gap_before(i) or clean.text[i] == "、"] + [end]
    names = [(a + (clean.text[a] == "、"), b) for a, b in zip(cuts, cuts[1:])]
    if not all(2 <= b - a <= 3 and clean.text[a] in surnames() and RE_HAN_RUN.fullmatch(clean.text, a, b) for a, b in names):
        return []
    return [Credit(clean.text[a:b], BARE_PHOTO_CREDIT, a, b) for a, b in names]


def _craft_photo_credits(clean: CleanText, start: int, end: int) -> list[Credit]:
    """A caption's credit of writers and photographers before its 摄, parted by spaces on the
    page: 张三 李四 文 王五 摄 → 张三, 李四 (文), 王五 (摄). Every piece a name or the craft word
    文, at least one 文, names before each. Round 44: two labelled articles of two sets, and the
    people extractor's T15 reads the same credit inside the text."""
    text = clean.text
    cuts = [start] + [i for i in range(start + 1, end) if clean.gap_before(i) or text[i] == "、"] + [end]
    found: list[Credit] = []
    waiting: list[tuple[int, int]] = []
    for a, b in zip(cuts, cuts[1:]):
        a += text[a] == "、"
        if text[a:b] == TEXT_CRAFT and waiting:
            found += [Credit(text[x:y], TEXT_CRAFT, x, y) for x, y in waiting]
            waiting = []
        elif 2 <= b - a <= 3 and text[a] in surnames() and RE_HAN_RUN.fullmatch(text, a, b):
            waiting.append((a, b))
        else:
            return []
    if not found or not waiting:
        return []
    return found + [Credit(text[x:y], BARE_PHOTO_CREDIT, x, y) for x, y in waiting]


def _lone_photo_credit(clean: CleanText, head: int, stop: int) -> list[Credit]:
    """One name alone before 摄 (RE_LONE_PHOTO_CREDIT), after the caption's sentence end or in the
    bracket closing it: a surname first, no reporter's title, no common word; its role 摄."""
    match = RE_LONE_PHOTO_CREDIT.fullmatch(clean.text, head, stop)
    if match is None or (match.group(0).endswith(("）", ")")) != bool(regex.search(r"[（(]", match.group(0)))):
        return []  # a bracket closes the credit exactly when one opens it
    name = match.group("name")
    if name[0] not in surnames() or RE_REPORTER_TITLE.search(name) or word_freq().get(name, 0) >= LONE_CREDIT_WORD_FREQ:
        return []
    return [Credit(name, BARE_PHOTO_CREDIT, match.start("name"), match.end("name"))]


def _line_break_before(clean: CleanText, index: int) -> bool:
    """Did the raw have a line break right before clean char `index`?"""
    between = clean.offsets.dropped_before(clean.raw, index)
    return "\n" in between or "\r" in between


def _unit_credits(clean: CleanText, start: int, end: int) -> list[Credit]:
    """The names a dispatch line credits after the unit that sent the story, where a reporter's
    title would stand (本报讯（青禾区融媒体中心 张三）, 本网讯（某某慈善总会 李四 王五）): each
    name with the unit as its title. Every piece after the unit, as the page set them apart,
    must be a name; a credit with a reporter's or an editor's title is `_credits`'."""
    text = clean.text[start:end]
    if RE_REPORTER_TITLE.search(text) or RE_EDITOR_TITLE.search(text):
        return []
    cuts = [0] + [i for i in range(1, len(text)) if clean.gap_before(start + i)] + [len(text)]
    unit, names = text[: cuts[1]], list(zip(cuts[1:], cuts[2:]))
    if not (UNIT_CREDIT_MIN <= len(unit) and unit.endswith(UNIT_CREDIT_ENDS) and RE_HAN_RUN.fullmatch(unit)):
        return []
    if not 1 <= len(names) <= UNIT_CREDIT_NAMES or not all(
        2 <= b - a <= 3 and text[a] in surnames() and RE_HAN_RUN.fullmatch(text[a:b]) for a, b in names
    ):
        return []
    return [Credit(text[a:b], unit, start + a, start + b) for a, b in names]


# "Text and photos by" opening a byline before the outlet (文、图/某某晚报记者 张三, 文/图/…): not part
# of the reporter's title. Round 39: a bulk page's role read as 文、图/某某晚报全媒体记者.
# Round 55 (p2): the writer's 文/ alone before the outlet (文/某某日报全媒体记者 张三) is such a lead too.
RE_TEXT_PHOTO_LEAD = regex.compile(r"^文\s*(?:[、/／]?\s*[图圖]\s*)?[/／]\s*(?![图圖])")


def _credits(clean: CleanText, start: int, end: int) -> list[Credit]:
    """The reporters a byline or credit names, offsets in the clean text.

    记者 张三 李四 通讯员 王五 → 张三, 李四 (记者), 王五 (通讯员): a title, then names set apart by
    spaces on the page or 、; an outlet before the first title belongs to it (某某新闻全媒体记者).
    """
    text = clean.text[start:end]
    titles = list(RE_REPORTER_TITLE.finditer(text))
    found: list[Credit] = []
    for number, label in enumerate(titles):
        title = label.group(0)
        prefix = text[: label.start()].strip("（(【[□■•· ") if number == 0 else ""
        prefix = RE_TEXT_PHOTO_LEAD.sub("", prefix)  # 文、图/某某晚报记者: the outlet without the credit
        prefix = RE_CRAFT_LABEL.sub("", prefix)  # 视频摄制：某某日报记者: the outlet without the craft's label
        if prefix and layout.is_outlet_name(prefix):
            title = prefix + title
        names_end = titles[number + 1].start() if number + 1 < len(titles) else len(text)
        editor = RE_EDITOR_TITLE.search(text, label.end(), names_end)
        names = RE_CREDIT_NAMES.match(text, label.end(), editor.start() if editor else names_end)
        if not names:
            continue
        pieces, cut = [], names.start("names")
        for i in range(names.start("names"), names.end("names") + 1):
            if i == names.end("names") or text[i] == "、" or (i > cut and clean.gap_before(start + i)):
                offset = cut + (len(text[cut:i]) - len(text[cut:i].lstrip("、 ")))
                pieces.append((offset, offset + len(text[cut:i].strip("、 "))))
                cut = i
        for a, b in _padded_names(text, pieces):
            name = text[a:b]
            if _is_credit_name(name):
                found.append(Credit(name, title, start + a, start + b))
    return found


def _is_credit_name(name: str) -> bool:
    """One piece a credit's gaps cut is a name: a surname and one or two characters, or a
    transliterated name with its dot (the clean text runs such names together, so only the page's
    gaps part them: 某某普拉·某某力甫 某某卡尔·某某提). Round 48: a labelled Xinjiang credit line
    read as two two-character names."""
    if 2 <= len(name) <= 3 and name[0] in surnames() and RE_HAN_RUN.fullmatch(name):
        return True
    return RE_DOTTED_NAME.fullmatch(name) is not None


def _padded_names(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces a credit's gaps cut, with a two-character name padded to the width of three
    joined again (通讯员 李 珍 赵某某: a surname alone, then one character alone, 李|珍 → 李珍).
    Round 44: a labelled dispatch line's first correspondent lost."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(pieces):
        a, b = pieces[i]
        if b - a == 1 and i + 1 < len(pieces) and pieces[i + 1][1] - pieces[i + 1][0] == 1 and text[a] in surnames():
            out.append((a, pieces[i + 1][1]))
            i += 2
            continue
        out.append((a, b))
        i += 1
    return out


def _to_text(credit: Credit, pieces: list[tuple[int, int]]) -> Credit | None:
    """The credit with its clean offsets turned into offsets of the article's text."""
    position = 0
    for start, end in pieces:
        if start <= credit.start and credit.end <= end:
            at = position + credit.start - start
            return Credit(credit.name, credit.title, at, at + len(credit.name))
        position += end - start + 1
    return None


def _subtitle_split(clean: CleanText, start: int, end: int) -> int | None:
    """Where a one-line headline breaks into title and subtitle at a space on the page.

    北京37个社区开展…融合试点 社区志愿服务有了专业“军师”: exactly one space between
    two CJK characters, both halves long, of unequal length (equal halves are a couplet:
    “智囊团”搭台聚暖流 “生力军”反哺暖社区).
    """
    text = clean.text[start:end]
    head = layout.RE_HEAD_COLON.match(text)
    body_from = start + (head.end() if head else 0)
    gaps = [
        i
        for i in range(body_from + 1, end)
        if clean.gap_before(i)
        and not clean.text[i - 1].isascii()
        and not clean.text[i].isascii()
        and layout.quotes_balanced(clean.text[start:i])  # not inside “巧手编织 温暖过冬”
    ]
    if len(gaps) != 1 or clean.text[start : gaps[0]].endswith(OPEN_ENDINGS):
        return None  # 某某局关于 开展…的通知: the headline runs on over the space
    left, right = gaps[0] - body_from, end - gaps[0]
    if left < SUBTITLE_MIN or right < SUBTITLE_MIN or abs(left - right) <= 2:
        return None
    return gaps[0]


def _furniture(clean: CleanText, block: Block, kind: str | None = None) -> Furniture:
    start, end = clean.raw_span(block.start, block.end)
    kinds = {"header": "page_header", "page_number": "page_number", "heading": "caption", "body": "fragment", "meta": "page_header"}
    if block.kind == "furniture":
        kind = kind or WEB_FURNITURE_KINDS.get(block.web or "", "page_header")
    return Furniture(kind or kinds.get(block.kind, block.kind), block.text, start, end)


# Web-page furniture as the fact sheet's furniture kinds: the site's chrome is page_header.
WEB_FURNITURE_KINDS = {"caption": "caption", "image": "caption", "author": "byline", "copyright": "fragment", "code": "fragment"}


def _nearest_article(articles: list[Article], ends: list[list[int]], item: Furniture) -> Article:
    """The article whose raw text lies nearest before the furniture item (`ends`: each
    article's raw character ends, sorted)."""
    best, best_distance = articles[0], math.inf
    for article, article_ends in zip(articles, ends):
        index = bisect_right(article_ends, item.raw_start)
        if index and item.raw_start - article_ends[index - 1] < best_distance:
            best, best_distance = article, item.raw_start - article_ends[index - 1]
    return best


def article_id(clipping: str, raw: str, index: int) -> str:
    """Stable id: the clipping's stem, the article's position, and the hash of the clipping's
    name (its path under the input root) and content. The name keeps apart the same file
    copied into two folders: article ids are unique in the graph store."""
    stem = clipping.rsplit("/", 1)[-1].removesuffix(".txt")
    return f"{stem}-{index:02d}-{_clipping_digest(clipping, raw)}"


@lru_cache(maxsize=2)
def _clipping_digest(clipping: str, raw: str) -> str:
    """The hash part of the article ids of a clipping: one hash of its name and whole content
    for all of its articles (the ids of a clipping's articles are made one after another)."""
    return hashlib.sha1(f"{clipping}\n{raw}".encode("utf-8")).hexdigest()[:8]
