"""Places: provinces, cities, districts/counties and streets/towns, resolved to gazetteer codes.

Candidates come from one Aho-Corasick pass of the gazetteer's written forms over the
characters of the text (official names plus derived short forms: 宁夏, 中卫, 沙坡头, 乔司),
never from jieba tokens, which break names (江阴市长泾镇 → 江阴/市长/泾镇). Numbered filters
then drop what is not a place mention, and `gazetteer.resolve` picks each form's division
from the article's other places, its neighbours and its source.

Facts: one per division (canonical = official full name, e.g. 宁夏回族自治区; the code is in
attrs). The first mention returned for a canonical is the fullest standalone form written
(宜宾市 over 宜宾; 宁夏 over 宁夏回族自治区 when the long form only heads an organization
name), because the sheet builder names the fact after the first mention.

Standalone mentions: a place is a fact of the article only when it is written at least once on
its own, not only as the head of an organization or outlet name (宜春市税务局, 柳州网), inside one
(中共宜春市…委员会, 国家统计局宜春调查队), in site navigation (福州|厦门|莆田), as a line of its own, as the location
stamp after a posting time (17:12江苏), in a campaign's slogan (美丽|某州) or opening an honour's
title (某市|文明村). A place written before another place, a development zone or a dateline
(成都4月30日讯; undated after an outlet's name, 某某网|四川|讯（…）) is standalone, except a chain of places
ending at a street that heads a body of that street (某市某区某街道社工站: the body's registered name), or
a chain of full official names ending at a district or city that heads a body named after it
(某省某市某区民政局; 某省简称某市民政局 keeps its short form standalone). A place written only in organization
names gives mentions that make no fact (`Mention.fact` False): the organizations extractor still
reads where those names start. Written only in the other positions, it gives no mentions at all.

Development zones named after a place (宜春市经济技术开发区) are facts of their own, located
in that place. Short forms of districts that are everyday words (光明 for 光明区) count only
when the article names their city and a street or community name follows them.
"""

from __future__ import annotations

import bisect
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

import regex

from ..chars import RE_ATTRIBUTION, RE_BOOK_TITLE, RE_HAN_CHAR, RE_SENTENCE_END
from ..gazetteer import LEVEL_RANK, TOWN_NAME_ENDINGS, Form, Gazetteer, load_gazetteer, related, resolve
from ..layout import REPORTER_TITLE, REPORTER_WORDS, is_outlet_name
from ..lexicon import read_table, read_terms
from ..mentions import ArticleContext, Mention
from ..numerals import DIGIT_VALUE, MAGNITUDE_VALUE
from ..spans import Enclosures, mask
from ..vocabulary import word_freq, word_tags
from .organizations import held_station_endings

if TYPE_CHECKING:  # the automaton's type, for the annotation only: the module is imported where it is built
    import ahocorasick_rs

# Small patterns compiled once: `regex.search(pattern, …)` looks its pattern up in a cache on
# every call, which costs more than matching a short line.
RE_HAN_RUN = regex.compile(r"\p{Han}+")

# Longest run of name characters between a place and an organization ending for the place to
# head that organization's name (深圳市|青禾科创投资发展|有限公司 has 8).
MAX_ORG_GAP = 10
# Round 55 (h1): a committee's head 委 that goes on as 委员 (and not 委员会) ends a member's post, not a
# body's name: 某镇|宣传委员|某某 says whose officer the person is, as 某镇|副镇长 does, so the place stays
# written on its own. Example match: 委员 (in 散兵镇宣传委员某某).
RE_MEMBER_POST = regex.compile(r"委员(?!会)")
# Division codes nest by prefix: province 2 digits, city 4, district or county 6, street 9.
DISTRICT_CODE_LENGTH = 6

# Site navigation and tag marks around a place (福州|厦门, 首页>福建, 【南宁】).
NAV_MARKS = "|｜丨>»›【】"

# A posting time or a source label right before a place: the place is the poster's location
# stamp (17:12江苏, IP属地：江苏, 发表于江苏) or starts the source's or poster's name (来源：某某县融媒体中心,
# 发布者：某区某街道社工站 in a site's byline; round 22b: one site's byline in three tuning sets).
RE_STAMP_BEFORE = regex.compile(r"(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|IP属地[:：]|发表于|来源[:：]|稿源[:：]|出处[:：]|发布者[:：])\s*$")

# A line break (the offsets of all of them are found in one scan). Example: 第一段\n第二段
RE_LINE_BREAK = regex.compile("\n")

# A page code right after a place: the edition label of a newspaper page (今日湖州 00022).
RE_PAGE_CODE_AFTER = regex.compile(r"\s*0(?:\s*\d){3,}")

# A place in brackets right before a company ending, or before the company's trade and then the
# ending: 国际在线网络（北京）有限公司, 某某（北京）生物科技有限公司 (round 36: tuning articles of two
# sets write the trade between). Name characters only: punctuation or a function word (（某市）开了
# 一家公司) ends the name.
RE_BRACKETED_IN_NAME = regex.compile(r"[）)](?:[^\P{Han}的地得了着在是和与及把被将从向到对等一]|[A-Za-z0-9]){0,8}?(?:有限公司|有限责任公司|公司|分公司|股份有限公司)")

# A street's office right after a place, after the street's name if the place is above it
# (某区|某某街道办事处, 某区|某某路办事处): the office is the street's own administration, so the
# district right before the street says where that street lies (`locates_street_office`). Name
# characters only, none closing another body's name (局, 委, 会…) and no 驻 (驻某地办事处 is a
# liaison office of a body named before it). Round 61 (h6b): such districts were read as the start
# of a body's name in tuning articles of six sets, all kept by the gold; two more tuning articles
# leave the district out (one keeps only the street, one no place at all). The street right before
# its own office and a city earlier in the chain are left as they were: the gold splits on both.
# Example match: 西园街道办事处 (after 某某区).
RE_STREET_OFFICE_AFTER = regex.compile(r"[^\P{Han}驻局委会府院所司厅处部办]{0,6}?(?:街道办事处|街道办|办事处)")
# The office words of such a match, leaving the street's name. Example match: 街道办事处.
RE_OFFICE_WORD = regex.compile(r"(?:街道办事处|街道办|办事处)$")
# A dateline right after a place: 成都4月30日讯, 兰州11月26日电.
RE_DATELINE_AFTER = regex.compile(r"\s*\d{1,2}月\d{1,2}日(?:电|讯)")
# A dispatch mark with no date right after a place, before the credit's bracket: 某某网|四川|讯（记者…）.
# 讯 only: 电 after a place more often closes a company's name (某网|四川|电力).
RE_DISPATCH_MARK_AFTER = regex.compile(r"讯\s*[（(【\[]")
# How far back the outlet's name before an undated dispatch's place is read for the places it holds.
DISPATCH_OUTLET_REACH = 16
# The outlet's name before a dispatch's place: Han characters back to the line's start or a mark.
# Example match: 某某新闻网 (before 某区讯).
RE_OUTLET_BEFORE = regex.compile(rf"\p{{Han}}{{2,{DISPATCH_OUTLET_REACH}}}$")

# A community or estate name right after a place word: 光明|桃溪社区, 光明|星河小区 (not
# 新建|成的南昌社区: function characters end the name).
RE_NAMED_COMMUNITY_AFTER = regex.compile(r"[^\P{Han}的地得之在和与及是了成为把被将从向到对]{1,6}?(?:社区|村|小区)")
RE_COMMUNITY_HEAD_AFTER = regex.compile(r"(?:社区|村|小区)")
# A community head right after a place word, or after one name character (巢湖|闸社区; not
# 某区|各社区, 某区|两村: function words and numerals make a phrase). The character is group 1.
RE_COMMUNITY_AFTER_SHORT_FORM = regex.compile(
    r"([^\P{Han}的地得之在和与及是了成为把被将从向到对各全多每该本这那其等一二两三四五六七八九十百几个])?(?:社区|村|小区)"
)

# Name characters between a place and an organization ending: 青禾科创投资发展, 12345.
RE_NAME_GAP = regex.compile(r"[\p{Han}0-9A-Za-z]*")

# One-character words that cannot sit inside an organization name between its place and its
# ending: function words (宜宾市的社会组织服务中心 is not one name; 上海同道… is).
ORG_GAP_BREAKERS = set("的地得在和与及或是了着过对为把被将从向到由以于给让跟同各该每这那其等有也都就还又并而但")

# jieba tags of words that cannot sit inside an organization name's gap (prepositions,
# conjunctions, pronouns, particles), or open it (also verbs, adverbs, time words):
# 宜宾市开展社会工作服务 and 吉林今年新建社工站 are clauses, while names hold verbs further in
# (湖南省青年创业促进中心).
ORG_GAP_FUNCTION_TAGS = ("p", "c", "r", "u", "ul", "uj", "ud", "uz", "ug", "uv")
ORG_GAP_OPENING_TAGS = ("v", "d")
# A verb alone between a place and an organization ending is the organization's field when it is
# rarer than this in jieba's dictionary (禁毒 211, 扶贫 717; 开展 6910, 召开 9138).
FIELD_VERB_MAX_FREQ = 1000

# Time words opening the gap (jieba tags 青年 as a time word too, so they are spelled out).
RE_TIME_OPENING = regex.compile(r"(?:[今去明前后近当本](?:年|日|天|月)|日前|目前|近日|近期|此前|今后|随后|同时|当前|如今)")

# A quoted name that opens with the place (“宜春公益伙伴计划”, “宜昌禁毒”): a brand or
# project named after the place, not a standalone mention of it.
RE_QUOTED_NAME_AFTER = regex.compile(r"[^“”\n，。]{2,20}”")

# Community and division heads: a place followed by one of these within the gap starts a chain
# of places (宜春市桃源社区居委会), not an organization of its own.
CHAIN_HEADS = ("社区", "小区", "街道", "村", "镇", "乡", "县", "区")


# How a hit is written (`PlaceExtractor._standalone`): on its own, as part of an organization's
# name, or elsewhere (navigation, a stamp, a community's name, a list of links).
ALONE, IN_NAME, ELSEWHERE = "alone", "in_name", "elsewhere"
# A place word that only starts another name (某街道|南昌|社区): no mention of the place at all.
NAME_START = "name_start"


@dataclass(frozen=True)
class _Hit:
    """One occurrence of a written form that passed the filters."""

    start: int
    end: int
    surface: str
    forms: tuple[Form, ...]


@lru_cache(maxsize=1)
def _followers() -> tuple["re.Pattern", "re.Pattern", "re.Pattern"]:
    """Anchored patterns (reject, keep, organization heads) for the words after a place word
    (word lists only: in `re`, which matches them up to twice as fast as `regex`)."""

    def alternation(name: str) -> "re.Pattern":
        terms = sorted(read_terms(name), key=len, reverse=True)
        return re.compile("|".join(re.escape(term) for term in terms))

    return (
        alternation("place_reject_followers.txt"),
        alternation("place_keep_followers.txt"),
        alternation("place_org_heads.txt"),
    )


def is_strong(form: Form, surface: str, gazetteer: Gazetteer) -> bool:
    """Whether a form may be taken as a place with no support from the rest of the article.

    Province and city forms are distinctive (宁夏, 中卫, 宜宾). District forms are when they
    have 3+ characters (沙坡头, 石景山); 2-character ones (金凤, 北票, 涉县) need support.
    Street forms are when they are the official name with 3+ characters (九龙街道, 文昌镇);
    short forms of streets (乔司) always need support: thousands of them are common words. A
    town written in full under its former name (垛石镇 for 垛石街道) is as strong as an official one.
    """
    level = gazetteer.divisions[form.code].level
    if LEVEL_RANK[level] <= LEVEL_RANK["city"]:
        return True
    if level == "district":
        return len(surface) >= 3
    return (form.official or names_town_in_full(form, surface)) and len(surface) >= 3


# A town written in full, its name and 镇 or 乡 (垛石镇 for the street office 垛石街道 that replaced it,
# `gazetteer.derive_former_town_forms`), is as distinctive as an official name, unless its stem is
# an everyday word (先进镇 in a list of model towns and streets). Round 53 h5.
TOWN_WORDS = ("镇", "乡")
TOWN_STEM_MAX_FREQ = 500


def names_town_in_full(form: Form, surface: str) -> bool:
    return not form.within and surface.endswith(TOWN_WORDS) and word_freq().get(surface[:-1], 0) < TOWN_STEM_MAX_FREQ


# A two-character county's official name (单县, 澧县, 攸县) is distinctive when jieba writes it as
# a word of its own (单县|城区, 在|澧县|阳光家园), not the end or start of another word (示范|县,
# 管理|县级, 建成|县级). 和县 opens with a conjunction and is a word of 市和县两级, never strong.
COUNTY_ENDING = "县"
COUNTY_WORD_BARRED_OPENERS = frozenset("和与及同跟")


def is_county_word(hit: "_Hit", tokens: list[tuple[int, int]]) -> bool:
    surface = hit.surface
    if len(surface) != 2 or not surface.endswith(COUNTY_ENDING) or surface[0] in COUNTY_WORD_BARRED_OPENERS:
        return False
    index = bisect.bisect_left(tokens, (hit.start, hit.start))
    return index < len(tokens) and tokens[index] == (hit.start, hit.end)


# Filter 1: a place word inside a 《…》 title or a （据…） attribution names a publication or
# outlet (《重庆晚报》, （据四川新闻网）), not a place of the story.
def inside_title_or_attribution(start: int, end: int, spans: Enclosures) -> bool:
    return spans.holds(start, end)



# Filter 1b (round 39): a place word inside an app and its paper joined by a dot, dash or slash
# opening a byline, at a line's start or after a caption's last sentence (新青禾·青禾日报记者 张三,
# 新青禾-青禾日报 记者 张三, …的电梯。青禾云-青禾日报记者 张三) names the outlet, not a place of the
# story: a plain paper (青禾日报记者) is kept out by filter A, the app's own name was read as a
# place. Pool and bulk: three pages of two outlets' apps.
APP_BYLINE_JOINERS = "·・/／-－"  # what joins an app's name to its paper's (新青禾·青禾日报)
RE_APP_BYLINE = regex.compile(
    r"[ \t\u3000]*(?P<outlet>\p{Han}{1,8}[" + regex.escape(APP_BYLINE_JOINERS) + r"]\p{Han}{2,10})[ \t\u3000]*" + REPORTER_TITLE
)
APP_BYLINE_REACH = 40  # characters the byline's outlet and title may take
# A correspondent's title opening a credit (simplified and traditional): its name is skipped.
CREDIT_OPENERS = ("通讯员", "通訊員")
# What a byline follows: a line break, a caption's last sentence, and (round 59 h8) the opening of
# a dispatch's bracket or a credit written before it there (本报某地讯（新青禾·青禾日报记者 张三）,
# 晨报讯（通讯员 李四 青禾晨报/爱青禾记者 张三）): the app's name was read as a place in three tuning
# articles of three sets. After a credit the match takes the credited name into the outlet, which
# holds no place the story needs.
BYLINE_OPENERS = ("\n", "。", "！", "？", "（", "(") + CREDIT_OPENERS
# The credited person's name and the space after it, skipped before the outlet. Example: 李四 .
RE_CREDITED_NAME = regex.compile(r"[ \t\u3000]*\p{Han}{2,4}[ \t\u3000]+")


def may_hold_app_byline(text: str) -> bool:
    """Whether `text` has both a joiner and a reporter's word, without which RE_APP_BYLINE matches
    nowhere: most articles lack one, and their place words need no byline test each."""
    return any(joiner in text for joiner in APP_BYLINE_JOINERS) and any(word in text for word in REPORTER_WORDS)


def inside_app_byline(text: str, start: int, end: int) -> bool:
    reach = max(0, start - APP_BYLINE_REACH)
    found = [(at, mark) for mark in BYLINE_OPENERS if (at := text.rfind(mark, reach, start)) >= 0]
    if found:
        at, mark = max(found)  # the last opener before the place word
        opening = at + len(mark)
        if mark in CREDIT_OPENERS and (credited := RE_CREDITED_NAME.match(text, opening, start)):
            opening = credited.end()
    elif reach > 0:
        return False
    else:
        opening = 0  # the text's start
    match = RE_APP_BYLINE.match(text, opening, min(len(text), opening + APP_BYLINE_REACH))
    return bool(match) and match.start("outlet") <= start and end <= match.end("outlet")


# Filter 2: a place word followed by a road/building word (山西路, 北京大厦) names that road or building.
def names_road_or_building(text: str, end: int) -> bool:
    reject, keep, _ = _followers()
    return not keep.match(text, end) and bool(reject.match(text, end) or names_lane(text, end))


# Filter 2c: a place word closed by 里 where the phrase ends (沿某路为吉安里，) is a lane's name, as
# Shanghai's lanes are named after cities; "inside" 里 goes with a noun (城市里, 社区里), not a
# division's name alone at a phrase's end. Round 59: a bulk article. Example match: 里 in 吉安里，.
RE_LANE_AFTER = regex.compile(r"里(?!\p{Han})")


def names_lane(text: str, end: int) -> bool:
    return RE_LANE_AFTER.match(text, end) is not None


# Filter 2b: a short form that names a water body rather than the division it shares a name with:
# followed by a water word (某某河, 某某涌, 某某口库区) that opens no place, community or office of its
# own (某市|江北区, 某某|河东社区, 某县|河长办), or ending in a water character itself and followed by
# a word of the water (某河|水位, 某湖|入库). Patrol and reservoir stories name rivers after the towns
# they cross. Round 58 h1: six tuning articles of three sets.
WATER_KINDS = ("water", "bank", "office")


@lru_cache(maxsize=1)
def _water_words() -> dict[str, "re.Pattern"]:
    """Anchored patterns of lexicons/place_water_words.tsv by kind, longest terms first."""
    rows = read_table("place_water_words.tsv")
    return {
        kind: re.compile("|".join(re.escape(term) for term in sorted((row["term"] for row in rows if row["kind"] == kind), key=len, reverse=True)))
        for kind in WATER_KINDS
    }


def names_water_body(text: str, end: int, surface: str, *, before_form: bool) -> bool:
    """Filter 2b (above) for the short form `surface` ending at `end`; `before_form`: a place form
    starts at `end`, so a water character there opens that place (某市|江北区), no water body."""
    words = _water_words()
    if words["office"].match(text, end):
        return False
    if words["water"].match(text, end) and not before_form:
        return not RE_NAMED_COMMUNITY_AFTER.match(text, end)
    return speaks_of_water(text, end, surface)


def speaks_of_water(text: str, end: int, surface: str) -> bool:
    """A name ending in a water character, followed by a word of the water (某湖|水位)."""
    words = _water_words()
    return bool(words["water"].fullmatch(surface, len(surface) - 1) and words["bank"].match(text, end))


# Filter 2 exception: a street written X街 for its official name X街道 (as Tianjin and
# Guangzhou news write 青禾街 for 青禾街道), right after the district that contains it
# (某区|青禾街|开展活动) or in an article that writes out that district's official name
# (某区 … 推动青禾街社工服务), is the street, not a road named X街. A house number after it (青禾街
# 8号) or a word that 街 starts (街坊, 街头) keeps it a road. Returns the street's forms.
# `before`: codes of the forms ending at `start`; `written`: codes of the official district
# names the article writes anywhere. Round 21: three tuning articles of three sets
# (Guangzhou, Tianjin) name their street office X街 away from its district.
RE_HOUSE_NUMBER = regex.compile(r"\s*[\d零一二三四五六七八九十百]+\s*号")


def street_written_jie(text: str, start: int, end: int, forms: tuple[Form, ...], before: set[str],
                       gazetteer: Gazetteer, written: frozenset[str] = frozenset()) -> tuple[Form, ...]:
    if not text.startswith("街", end) or text.startswith("街道", end) or RE_HOUSE_NUMBER.match(text, end + 1):
        return ()
    if word_freq().get(text[end : end + 2], 0):
        return ()
    official = text[start:end] + "街道"
    return tuple(
        form
        for form in forms
        if gazetteer.divisions[form.code].name == official
        and (form.code in written or any(related(form.code, code) for code in before | written))
    )


# A street's X街 form (`gazetteer.derive_street_jie_forms`: 唐家墩街, 西关大街, 新市街) is the street
# where the article places it: right after a place that contains it (某区|唐家墩街|某某小区, 广州白云|
# 新市街), or right before a community's name of two or more characters (唐家墩街|香江社区) in an
# article that names a place containing it. Elsewhere it is the road (…沿唐家墩街往北, 新华街卫生服务
# 中心), and so it is before a house number (西关大街8号). Round 55 h8c: streets so written were lost
# or cut into a community's name (墩街香江社区) in tuning articles of four sets.
RE_COMMUNITY_NAME_AFTER = regex.compile(r"[^\P{Han}的地得之在和与及是了成为把被将从向到对各全多每该本这那其等个]{2,6}?(?:社区|小区|村)")


def placed_street_jie(text: str, start: int, end: int, forms: tuple[Form, ...], before: "_Hit | None",
                      strong_codes: set[str], gazetteer: Gazetteer) -> tuple[Form, ...]:
    """The street forms of the X街 written at text[start:end] that the article places (see above);
    `before`: the kept place ending at `start`, if any; `strong_codes`: the article's strong places."""
    streets = [form for form in forms if gazetteer.divisions[form.code].level == "street"]
    if not streets or RE_HOUSE_NUMBER.match(text, end):
        return ()
    if before is not None:
        chained = tuple(form for form in streets if any(related(form.code, other.code) for other in before.forms))
        if chained:
            return chained
    if not RE_COMMUNITY_NAME_AFTER.match(text, end):
        return ()
    return tuple(form for form in streets if any(related(form.code, code) for code in strong_codes))


# Filter 3: a short form inside a longer dictionary word is part of that word (文山 in 文山会海,
# 中卫 is fine in 宁夏中卫 where jieba splits it off). Official full names are not checked, and
# a word made of the place plus an organization head (北京大学) or a demonym ending (衡阳人,
# place_word_suffixes.txt) still yields the place.
def inside_longer_word(start: int, end: int, token_spans: list[tuple[int, int]], text: str, gazetteer: Gazetteer) -> bool:
    # token_spans is sorted and non-overlapping: the only token that can contain `start` is the
    # last one starting at or before it.
    index = bisect.bisect_right(token_spans, (start, len(text) + 1)) - 1
    if index < 0:
        return False
    t_start, t_end = token_spans[index]
    if not (t_start <= start and end <= t_end and (t_end - t_start) > (end - start)):
        return False
    word = text[t_start:t_end]
    if t_start == start and (heads_organization(text, end) or text[end:t_end] in _word_suffixes()):
        return False  # 北京大学, 衡阳人: the place word starts the token and stays a place
    return not gazetteer.lookup(word)


# Filter 3b: a form that starts inside a word, with no place ending where it starts, reads
# across two words (处长|沙喜明 holds 长沙, 负责人|和 holds 人和); an official name does only
# when it also starts inside another form (梁平|城区 holds 平城区). A form right after another
# place is fine (江阴市|长泾镇, which jieba cuts 江阴/市长/泾镇).
def starts_inside_word(start: int, token_spans: list[tuple[int, int]], text: str) -> bool:
    token = _token_from(start, token_spans, text)
    return token is not None and token[0] < start < token[1]


def _token_from(offset: int, token_spans: list[tuple[int, int]], text: str) -> tuple[int, int] | None:
    """The last token starting at or before `offset`: the only one that can hold it (token_spans
    is sorted and non-overlapping)."""
    index = bisect.bisect_right(token_spans, (offset, len(text) + 1)) - 1
    return token_spans[index] if index >= 0 else None


# An official town or street name on a one-character stem (西街道, 东镇) is also read across
# two words when it starts inside one: 城西街道 and 环西街道 hold 西街道, whichever division
# of that name the table has.
def one_character_stem(surface: str) -> bool:
    return any(surface.endswith(ending) and len(surface) == len(ending) + 1 for ending in TOWN_NAME_ENDINGS)


# Filter 3f: a short form whose last character opens a longer word ends inside that word and
# reads across two words (新|乡贤 holds 新乡, 四|平台 holds 四平); an official name is not checked,
# nor a long written form (兵团第十二师|头屯河农场, which jieba cuts 第十二/师头): only short forms
# of up to three characters are common words' pieces.
MAX_CROSSING_SHORT_FORM = 3


def ends_inside_word(start: int, end: int, token_spans: list[tuple[int, int]], text: str) -> bool:
    token = _token_from(end - 1, token_spans, text)
    return token is not None and start < token[0] <= end - 1 < token[1] and token[1] > end


# Filter 3e: a town or township name whose ending is cut out of a compound of the two lowest
# levels (乡村, 村镇, 乡镇: lexicons/place_level_compounds.txt) reads across words when the form
# also starts or ends inside that word: 推动某某|乡村 holds 某某乡 and 某某文明|村镇 holds 明村镇,
# while a name jieba cuts at its own edges (李|村镇, 黄庄|乡|村民) is kept. A longer word that opens
# with such a compound (联合|乡村干部, 联合|乡镇政府) cuts the ending off the same way (round 36: a
# tuning article and a bulk page, 联合 being a verb).
def cut_from_level_compound(start: int, end: int, surface: str, token_spans: list[tuple[int, int]], text: str) -> bool:
    if not surface.endswith(("镇", "乡")):
        return False
    token = _token_from(end - 1, token_spans, text)
    if token is None:
        return False
    t_start, t_end = token
    if not (t_start <= end - 1 < t_end):
        return False
    word = text[t_start:t_end]
    if word not in _level_compounds() and not (t_start == end - 1 and word.startswith(tuple(_level_compounds()))):
        return False
    return t_end > end or starts_inside_word(start, token_spans, text)


@lru_cache(maxsize=1)
def _level_compounds() -> frozenset[str]:
    return frozenset(read_terms("place_level_compounds.txt"))


# Filter 3c: the form's first character ends a job title written before it (处长|沙建国 holds
# 长沙): the form is the title's end and a person's name, not a place.
# A head of government's title opens with a level character (市长, 区长, 镇长); after a name
# character that character ends a place instead (桃源市|长宁区, not 桃源|市长|宁区), unless
# 副 makes it a deputy's title (副市长沙建国).
LEVEL_TITLE_CHARS = frozenset("省市区县镇乡村")


def ends_a_title(text: str, start: int) -> bool:
    for title in _titles_by_end().get(text[start], ()):
        title_start = start + 1 - len(title)
        if len(title) < 2 or not text.startswith(title, title_start):
            continue
        if _closes_outlet(text, title_start + 1):
            continue  # 新华社|长春3月5日电: the title's first character closes an outlet's name (社长 is no title here)
        before = text[title_start - 1] if title_start > 0 else ""
        if title[0] in LEVEL_TITLE_CHARS and RE_HAN_CHAR.match(before) and before != "副":
            continue  # 桃源市|长宁区: the level character closes the place before it
        return True
    return False


OUTLET_NAME_MAX = 6  # the longest outlet name looked for before a dispatch's place (新华社, 中国新闻社)


def _closes_outlet(text: str, end: int) -> bool:
    """An outlet's name (lexicons/org_media.txt) ends at `end`: 新华社 of 新华社长春. Round 35B."""
    return any(is_outlet_name(text[i:end]) for i in range(max(0, end - OUTLET_NAME_MAX), end - 1))


# Filter 3d: a two-character form right after a person's role and a surname (环卫工李|保山在…), or
# opening a name after a credit's title (策划 吉安|贤: the surname is the form's first character) is
# part of that person's name. Not when a place's level or a dispatch follows (记者于|长沙市 …, 记者
# 长沙报道), nor after a preposition that is also a surname (记者从|来|于 长沙…). Round 35B: two tuning
# articles of two sets (a worker's and a credit's name).
NAME_NOT_SURNAME = frozenset("于向和来由从在到将与把对为")
NAME_NOT_FOLLOWED = frozenset("省市区县镇乡村州盟旗街道路报电讯")
PERSON_NAME_FORM = 2


def in_undated_dispatch(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands between an outlet's name and an undated dispatch mark
    (某某新闻网|坪山|讯（记者…）, 某某日报|济宁|讯（通讯员…）): it is where the dispatch comes from,
    written on its own like a dateline's place. Round 60 h8b: tuning articles of three sets lost
    such places (a province read as part of the outlet's name; a district's short form that only
    the outlet's city supports)."""
    return RE_DISPATCH_MARK_AFTER.match(text, end) is not None and _closes_outlet(text, start)


def dispatch_outlet_codes(text: str, start: int, end: int, gazetteer: Gazetteer) -> set[str]:
    """The codes of the places written in the outlet's name before an undated dispatch's place
    (深圳新闻网|坪山|讯 → 深圳): they support the place's short form as a dateline's neighbour would."""
    if not in_undated_dispatch(text, start, end):
        return set()
    found = RE_OUTLET_BEFORE.search(text, max(0, start - DISPATCH_OUTLET_REACH), start)
    return gazetteer.codes_in(found.group()) if found else set()


def names_a_person(text: str, start: int, end: int) -> bool:
    if end - start != PERSON_NAME_FORM or start < 1:
        return False
    surnames = _surname_chars()
    after = text[end] if end < len(text) else ""
    if text[start - 1] in surnames and text[start - 1] not in NAME_NOT_SURNAME and _role_ends_at(text, start - 1):
        return after not in NAME_NOT_FOLLOWED
    if text[start] in surnames and _role_ends_at(text, start) and RE_HAN_CHAR.match(after):
        following = text[end + 1] if end + 1 < len(text) else ""
        return after not in NAME_NOT_FOLLOWED and following not in NAME_NOT_FOLLOWED
    return False


# A page credit's titles beside the roles of lexicons/person_roles.txt (策划 张三 记者 李四).
CREDIT_TITLES = ("策划", "摄影", "撰稿", "编辑", "统筹")


def _role_ends_at(text: str, end: int) -> bool:
    if end < 1:
        return False
    if any(text.startswith(title, end - len(title)) for title in CREDIT_TITLES):
        return True
    return any(text.startswith(role, end - len(role)) for role in _titles_by_end().get(text[end - 1], ()) if len(role) >= 2)


@lru_cache(maxsize=1)
def _surname_chars() -> frozenset[str]:
    return frozenset(term for term in read_terms("person_surnames.txt") if len(term) == 1)


@lru_cache(maxsize=1)
def _titles_by_end() -> dict[str, tuple[str, ...]]:
    """Job titles (lexicons/person_roles.txt) by their last character."""
    out: dict[str, list[str]] = {}
    for title in read_terms("person_roles.txt"):
        out.setdefault(title[-1], []).append(title)
    return {end: tuple(titles) for end, titles in out.items()}


@lru_cache(maxsize=1)
def _word_suffixes() -> frozenset[str]:
    return frozenset(read_terms("place_word_suffixes.txt"))


def heads_organization(text: str, end: int) -> bool:
    """Whether the place word starts an organization name (北京市委…, 叙州区民政局, 洛阳网)."""
    _, keep, heads = _followers()
    return bool(heads.match(text, end)) and not keep.match(text, end)


@lru_cache(maxsize=1)
def _org_endings() -> "ahocorasick_rs.AhoCorasick":
    """Organization and outlet endings: place_org_heads.txt, org_suffixes.tsv and the media
    endings of org_media.txt (…日报), for the look a few characters ahead. An automaton
    whose matches are leftmost-longest and do not overlap: what an alternation of the terms,
    longest first, finds one after another, about 15 times faster than that pattern."""
    import ahocorasick_rs

    endings = set(read_terms("place_org_heads.txt"))
    # A place's own standard station (place_ok `held`: 某区|零工市场, round 56h2) is named by the
    # place alone, and the tuning gold lists that place as one of the article's places.
    endings.update(row["suffix"] for row in read_table("org_suffixes.tsv") if row["suffix"] not in held_station_endings())
    endings.update(term[1:] for term in read_terms("org_media.txt") if term.startswith("*"))
    return ahocorasick_rs.AhoCorasick(sorted(endings), matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST)


@lru_cache(maxsize=1)
def _org_prefixes() -> "regex.Pattern":
    terms = sorted(read_terms("place_org_prefixes.txt"), key=len, reverse=True)
    return regex.compile("(?:" + "|".join(regex.escape(term) for term in terms) + ")$")


@lru_cache(maxsize=1)
def _zone_suffixes() -> "regex.Pattern":
    terms = sorted(read_terms("place_zone_suffixes.txt"), key=len, reverse=True)
    return regex.compile("|".join(regex.escape(term) for term in terms))


# Standalone filter A: the place heads an organization or outlet name, directly (叙州区民政局,
# 洛阳网) or after a few name characters (宜春市|税务|局, 深圳市|青禾科创投资发展|有限公司).
# The characters between must be name characters: no function word, verb, punctuation or
# community/division head (宜春市桃源社区居委会 is a chain of places).
def heads_organization_name(text: str, end: int, tokens: list[tuple[int, int]]) -> bool:
    if heads_organization(text, end):
        return True
    _, keep, _ = _followers()
    if keep.match(text, end):
        return False
    return _ends_in_name(text, end, tokens, _org_endings())


@lru_cache(maxsize=1)
def _brand_endings() -> "ahocorasick_rs.AhoCorasick":
    """`lexicons/place_brand_endings.txt`: hotels and teams named after their city (…大酒店, …救援队)."""
    import ahocorasick_rs

    return ahocorasick_rs.AhoCorasick(sorted(read_terms("place_brand_endings.txt")), matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST)


# Standalone filter K: a province, city or district heads a hotel's or a team's name (某市|某某|大酒店,
# 某地|某某|救援队, 某省|乒乓|球队): the place is the first word of that body's name. Round 51
# (placebrand): spurious provinces and cities in tuning articles of four sets; gold keeps a street
# before a team (某街道|某某应急|救援队), which says where the team is.
def heads_brand_name(text: str, end: int, tokens: list[tuple[int, int]]) -> bool:
    _, keep, _ = _followers()
    return not keep.match(text, end) and _ends_in_name(text, end, tokens, _brand_endings())


# Standalone filter L: a place heads a bureau whose name the ending list does not hold (某市|消防局,
# 某区|综合行政|执法局, 某区|卫计局): jieba writes such a bureau as one word ending in 局, and the
# place is then the first word of that body's name, as before the listed bureaus (民政局, 司法局).
# A word whose last two characters are a common word of their own (新|格局, 决|胜局, 统揽|全局)
# is no bureau. Round 61 (p4): such bureaus gave spurious cities and districts in tuning articles
# of three sets; the gold lists none of these places.
BUREAU_ENDING = "局"
MIN_BUREAU_WORD_CHARS = 3  # 卫计局 and longer: the two-character words in 局 are common words (布局, 结局, 开局)
# jieba's frequency above which a word's last two characters are a common word (格局, 全局, 胜局),
# which the 局 then belongs to, not a bureau's field.
BUREAU_TAIL_MAX_FREQ = 20


def heads_bureau_name(text: str, end: int, tokens: list[tuple[int, int]]) -> bool:
    """Whether a bureau word (`is_bureau_word`) within reach after `end` closes a name the place
    opens, with only name characters between (`_name_gap`)."""
    index = bisect.bisect_left(tokens, (end, end))
    while index < len(tokens) and tokens[index][0] - end <= MAX_ORG_GAP:
        t_start, t_end = tokens[index]
        if t_start >= end and is_bureau_word(text[t_start:t_end]):
            return _name_gap(text[end:t_start], end, tokens, text)
        index += 1
    return False


def is_bureau_word(word: str) -> bool:
    """Whether a jieba word names a bureau (消防局, 执法局), not a word that ends in 局 (新格局)."""
    return (
        len(word) >= MIN_BUREAU_WORD_CHARS
        and word.endswith(BUREAU_ENDING)
        and RE_HAN_RUN.fullmatch(word) is not None
        and word_freq().get(word[-2:], 0) <= BUREAU_TAIL_MAX_FREQ
    )


def _ends_in_name(text: str, end: int, tokens: list[tuple[int, int]], endings: "ahocorasick_rs.AhoCorasick") -> bool:
    """Whether the first of `endings` within reach after `end` closes a name the place opens."""
    window = text[end : end + MAX_ORG_GAP + 12]
    matches = [m for m in endings.find_matches_as_indexes(window) if not RE_MEMBER_POST.match(window, m[1])]
    if not matches:
        return False
    _, ending_start, ending_end = matches[0]
    gap = window[:ending_start]  # up to the first ending that is no member's post
    company = window[ending_start:ending_end] in _company_endings()
    return len(gap) <= MAX_ORG_GAP and _name_gap(gap, end, tokens, text, company=company)


@lru_cache(maxsize=1)
def _company_endings() -> frozenset[str]:
    """Endings of `lexicons/org_suffixes.tsv` of the kind `company` (集团, 有限公司, 银行)."""
    return frozenset(row["suffix"] for row in read_table("org_suffixes.tsv") if row["kind"] == "company")


@lru_cache(maxsize=1)
def _venues() -> tuple[str, ...]:
    """`lexicons/community_venues.txt`: parks, gardens and campuses (公园, 产业园)."""
    return tuple(read_terms("community_venues.txt"))


@lru_cache(maxsize=1)
def _party_endings() -> frozenset[str]:
    """Endings of `lexicons/org_suffixes.tsv` of the kind `party` (党工委, 党委)."""
    return frozenset(row["suffix"] for row in read_table("org_suffixes.tsv") if row["kind"] == "party")


def first_org_ending(text: str, end: int) -> tuple[str, str]:
    """The words between `end` and the first organization ending after it, and that ending
    (某街道|残疾人综合|服务中心); both empty when no ending is in reach."""
    window = text[end : end + MAX_ORG_GAP + 12]
    matches = _org_endings().find_matches_as_indexes(window)
    if not matches:
        return "", ""
    _, ending_start, ending_end = matches[0]
    return window[:ending_start], window[ending_start:ending_end]


def names_street_body(text: str, end: int) -> bool:
    """Whether the organization ending after a street at `end` makes a street body's registered
    name: not after a venue (某街道|桂花公园|社工宣传周 says where an event is) and not the street's
    party committee (某区某街道|党工委: the street's own organ, written after where it is)."""
    gap, ending = first_org_ending(text, end)
    return bool(ending) and ending not in _party_endings() and not any(venue in gap for venue in _venues())


def _name_gap(gap: str, start: int, tokens: list[tuple[int, int]], text: str, *, company: bool = False) -> bool:
    """Whether `gap` (written at `start`) can be the middle of an organization name; `company`
    when the name ends in a company ending."""
    if not RE_NAME_GAP.fullmatch(gap):
        return False
    heads_read = _without_community_fields(gap, start, text, tokens) if "社区" in gap else gap
    if any(head in heads_read for head in CHAIN_HEADS):
        return False
    if RE_TIME_OPENING.match(gap):
        return False
    tags = word_tags()
    end = start + len(gap)
    index = max(bisect.bisect_right(tokens, (start, len(text) + 1)) - 1, 0)
    opening = None
    clause_verb = False  # a common verb after the opening one (某市|统筹推进|养老服务中心)
    any_verb = False
    while index < len(tokens) and tokens[index][0] < end:
        t_start, t_end = tokens[index]
        if t_end > start:
            word = text[t_start:t_end]
            tag = tags.get(word)
            if _joins_two_fields(word, t_start, t_end, start, end):
                index += 1
                continue  # 某市|职业技能和鉴定|中心: 和 joins two fields of one body
            if tag in ORG_GAP_FUNCTION_TAGS or (len(word) == 1 and word in ORG_GAP_BREAKERS):
                return False
            any_verb = any_verb or tag == "v"
            if opening is None:
                opening = (tag, t_end)
            elif (tag == "v" and word_freq().get(word, 0) >= FIELD_VERB_MAX_FREQ) or tag == "nt":
                clause_verb = True  # or the verb's object is another body (某旗|依托中科院…|所)
        index += 1
    # A verb or adverb opening the gap starts a clause (宜宾市|开展社会工作服务|中心, 宜春市|开展|
    # 服务中心), except a rarer verb naming the organization's field, alone (沙河镇|禁毒|工作站)
    # or before its object (某市|关爱退役军人|协会, 某市|强制隔离戒毒|所) when no common verb
    # follows in the gap. Round 49 (places2): such bodies gave spurious cities in three sets.
    if not opening or opening[0] not in ORG_GAP_OPENING_TAGS:
        return True
    # A company's trade name opens with words jieba tags as adverbs (某省|高速|信息|集团, 某市|首都|某某|
    # 影院有限责任公司); with no verb in the gap it is no clause. Round 51 (placebrand): three tuning
    # articles of three sets.
    if company and opening[0] == "d" and not any_verb:
        return True
    return not clause_verb and word_freq().get(text[start : opening[1]], 0) < FIELD_VERB_MAX_FREQ


@lru_cache(maxsize=1)
def _community_fields() -> "regex.Pattern":
    """`lexicons/place_community_fields.txt`: words after 社区 that make it a body's field."""
    terms = sorted(read_terms("place_community_fields.txt"), key=len, reverse=True)
    return regex.compile("社区(?:" + "|".join(regex.escape(term) for term in terms) + ")")


# A 社区 that names the field of the body (某市|某某社区发展|中心, 某省|某某社区公益|基金会) heads no
# community, so it does not make the gap a chain of places; it is masked before the chain heads
# are looked for, with the text after the gap in view (某某社区|发展促进会 ends the gap at 社区).
# The field word must end a token (社区|发展|中心), not open a longer word. Round 59 (h8c):
# such names gave spurious provinces and cities in tuning articles of four sets.
def _without_community_fields(gap: str, start: int, text: str, tokens: list[tuple[int, int]]) -> str:
    end = start + len(gap)
    masked = list(gap)
    for match in _community_fields().finditer(text, start, min(len(text), end + MAX_ORG_GAP)):
        if match.start() >= end:
            break
        token = _token_from(match.end() - 1, tokens, text)
        if token is not None and token[1] == match.end():
            masked[match.start() - start : match.start() - start + 2] = "··"
    return "".join(masked)


# 与/和 inside a gap joins two fields of one body (某市职业技能和鉴定中心, 某省社区治理创新与研究中心)
# when at least two name characters stand before it and a short field after it: a longer run
# after it is the next name of a list (某地旧货市场和中国医学科学院…).
FIELD_JOINERS = frozenset("与和")
MIN_JOINED_FIELD_CHARS = 2
MAX_JOINED_TAIL_CHARS = 3


def _joins_two_fields(word: str, t_start: int, t_end: int, start: int, end: int) -> bool:
    return word in FIELD_JOINERS and t_start - start >= MIN_JOINED_FIELD_CHARS and MIN_JOINED_FIELD_CHARS <= end - t_end <= MAX_JOINED_TAIL_CHARS


# Words of an organization's own name right after a place (宜春市|青禾|小学): a word jieba does
# not know, or a rare proper name. Field words (禁毒, 税务, 妇幼) name what a body of the place
# does, so such a name holds the place.
OWN_NAME_TAGS = ("nr", "nrt", "nrfg", "ns", "nz")
OWN_NAME_MAX_FREQ = 300


def opens_own_name(text: str, end: int, tokens: list[tuple[int, int]]) -> bool:
    index = bisect.bisect_left(tokens, (end, end))
    if index >= len(tokens) or tokens[index][0] != end:
        return False
    word = text[tokens[index][0] : tokens[index][1]]
    if len(word) < 2 or not RE_HAN_RUN.fullmatch(word) or heads_organization(text, end):
        return False
    freq = word_freq().get(word, 0)
    return freq == 0 or (word_tags().get(word) in OWN_NAME_TAGS and freq < OWN_NAME_MAX_FREQ)


# Standalone filter B: the place is inside an organization name that opens before it
# (中共|杭州市…, 国家统计局|张掖调查队, 股份有限公司|北京宣外支行).
def inside_organization_name(text: str, start: int, end: int | None = None) -> bool:
    if end is not None and start > 0 and text[start - 1] in "（(" and RE_BRACKETED_IN_NAME.match(text, end):
        return True  # 国际在线网络（北京）有限公司
    before = text[max(0, start - 12) : start]
    if _org_prefixes().search(before):
        return True
    tail = before[-8:]
    return any(match_end == len(tail) for _, _, match_end in _org_endings().find_matches_as_indexes(tail))


# Standalone filter C: the place is a navigation item, a tag, a line of its own, the opening of
# a quoted brand name, a page label or a location stamp (福州|厦门, 【南宁】, “宜春公益伙伴计划”,
# 今日湖州 00022, 17:12江苏), not a place written in a sentence.
# A rights note (本文为某某原创文章，转载请…, 某某网版权所有, 版权归某某所有): a place in the same sentence
# is the owner's or outlet's name, not where anything happens. Round 36b: such notes named a
# province or a new district, read as places, in a tuning article; the notes stand in seven
# tuning articles of five sets and many bulk articles.
RE_RIGHTS_NOTE = regex.compile(r"原创文章|转载请|转载须|版权所有|版權所有|版权归|版權歸")


def in_rights_note(text: str, start: int, end: int) -> bool:
    """Is text[start:end] inside a sentence that holds a rights note (`RE_RIGHTS_NOTE`)?"""
    left = max(text.rfind(mark, 0, start) for mark in "。！？!?\n") + 1
    found = RE_SENTENCE_END.search(text, end)
    right = found.start() if found else len(text)
    return RE_RIGHTS_NOTE.search(text, left, right) is not None


# A contact line opening with its address label (地址：某省某市某路8号, - 总部地址：某市某区…): the
# publisher's or organization's mailing address in the page footer, not where anything happens;
# every place up to the line's first sentence mark is part of it. Round 47 (places): footer
# addresses in three tuning articles of two sets, none a place of the gold. Only at the start of
# a line, so an address written in a sentence (活动在某市某路举行) stays a mention.
RE_CONTACT_ADDRESS_BEFORE = regex.compile(r"[\s\-–—•·*]*(?:总部|通讯|联系|办公|单位|公司)?地址[:：][^\n。，,；;！？!?]*$")


def in_page_furniture(text: str, start: int, end: int, breaks: list[int]) -> bool:
    """`breaks`: the offsets of the text's line breaks, in order (`line_breaks`)."""
    i = bisect.bisect_left(breaks, start)
    line_start = breaks[i - 1] + 1 if i > 0 else 0
    j = bisect.bisect_left(breaks, end)
    line_end = breaks[j] if j < len(breaks) else len(text)
    b = start - 1
    while b >= line_start and text[b].isspace():
        b -= 1
    a = end
    while a < line_end and text[a].isspace():
        a += 1
    before = text[b] if b >= line_start else ""  # the last character before the place on its line
    after = text[a] if a < line_end else ""  # the first one after it
    if not before and not after:
        return True
    if (before and before in NAV_MARKS) or (after and after in NAV_MARKS):
        return True
    if before == "“" and RE_QUOTED_NAME_AFTER.match(text, end):
        return True
    if RE_PAGE_CODE_AFTER.match(text, end):
        return True
    if in_rights_note(text, start, end):
        return True
    if RE_CONTACT_ADDRESS_BEFORE.match(text, line_start, start):  # pos/endpos: no slice of a long line
        return True
    return bool(RE_STAMP_BEFORE.search(text[max(line_start, start - 16) : start]))


# Standalone filter G: a place written right after a campaign's quality word (美丽|某州, 健康|某市
# 建设, “志愿|某省”服务平台: `place_campaign_qualities.txt`) is the slogan's, not a mention of the
# place. Round 34: such slogans read as places in three tuning articles of three sets, none a place of
# the gold; a place the article also writes on its own stays a fact.
@lru_cache(maxsize=1)
def _campaign_qualities() -> "re.Pattern":
    terms = sorted(read_terms("place_campaign_qualities.txt"), key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(term) for term in terms) + ")$")


MAX_CAMPAIGN_WORD_CHARS = 2


def after_campaign_word(text: str, start: int) -> bool:
    """Whether a campaign's quality word ends right at `start` (美丽|某州, 平安|某市)."""
    return _campaign_qualities().search(text, max(0, start - MAX_CAMPAIGN_WORD_CHARS), start) is not None


# Standalone filter H: a place opening an honour's title (某市文明村, 某市级民主法治村, “某市三八红旗
# 集体”称号, 某市文明典范小区、) names the body that awards the title, not where anything happens: the
# title's quality word, up to six characters, then the kind of holder, closed by punctuation, 等, 称号
# or 荣誉. Round 34: such titles read as places in four tuning articles of three sets, none a place of
# the gold (three written nowhere else); a place the article also writes on its own stays a fact.
RE_HONOUR_TITLE_AFTER = regex.compile(
    r"级?(?:文明|先进|优秀|示范|三八红旗|民主法治|五好|十佳|最美)\p{Han}{0,6}?"
    r"(?:村镇|村|社区|小区|单位|集体|家庭|个人|项目|志愿者|义工|标兵)(?=[、，,。；;”\"’」』\s]|等|称号|荣誉|\Z)"
)


def line_breaks(text: str) -> list[int]:
    """Offsets of the line breaks of `text`, in order (one C-speed scan, no loop per character)."""
    return [match.start() for match in RE_LINE_BREAK.finditer(text)]


# Filter 3d: a form opening with a relation word (联合镇, 联合街道: place_relation_openers.txt) written
# right after the end of a party's name (某社区|联合镇卫生院, 某局|联合街道综治中心) is the verb joining
# two parties, not a place; after another place (某县|联合乡) or a preposition (在联合镇) it stays one.
# The relation word alone (联合, the short form of a 联合街道) is always the verb.
RE_PARTY_NAME_END = regex.compile(r"(?:社区|村|小区|局|委|会|站|所|院|中心|支部|总支|队|团|校|馆|部|办|处|公司|组织)$")
# An adverb right before the relation word makes it the verb too (某工会还|联合街道某局, 同步|联合街道、
# 业委会): round 32, the verb 联合 before a 街道 office in 4 pooled tuning articles of 4 sets, read as
# the place 联合街道 in 2 of them (after 还 and 同步). Example match: 还 at the end of 总工会还.
RE_ADVERB_END = regex.compile(r"(?:还|也|并|又|再|将|同步|共同|主动|积极|同时)$")


@lru_cache(maxsize=1)
def _relation_openers() -> tuple[str, ...]:
    return read_terms("place_relation_openers.txt")


def opens_with_relation_word(text: str, start: int, surface: str) -> bool:
    if not surface.startswith(_relation_openers()):
        return False
    before = max(0, start - 4)
    return bool(RE_PARTY_NAME_END.search(text, before, start) or RE_ADVERB_END.search(text, before, start))


def _kept_form(text: str, start: int, end: int, surface: str, gazetteer: Gazetteer, spans: Enclosures,
               tokens: list[tuple[int, int]], codes_before: set[str], *, after_form: bool, crossed: bool,
               before_official: bool = False, forms: tuple[Form, ...] | None = None,
               official: bool | None = None, written: frozenset[str] = frozenset(),
               app_bylines: bool = True, before_form: bool = False) -> _Hit | None:
    """The hit for a written form at text[start:end] that filters 1-3 keep, else None.

    `spans`: book titles and attributions; `codes_before`: codes of the forms ending at
    `start`; `after_form`: some form ends at `start`; `crossed`: `start` lies inside a form;
    `before_official`: an official name starts at `end` (filter 2 does not apply: 张店区|公园街道
    is a chain of places, not a park). `forms` and `official`: the surface's forms and whether
    one is official, when the caller has looked them up. `written`: codes of the official
    district names the article writes (`street_written_jie`). `app_bylines`: False when the text
    can hold no app byline (`may_hold_app_byline`). `before_form`: some form starts at `end`.
    """
    if forms is None:
        forms = gazetteer.lookup(surface)
    if official is None:
        official = any(form.official for form in forms)
    if inside_title_or_attribution(start, end, spans) or (app_bylines and inside_app_byline(text, start, end)):
        return None
    if in_undated_dispatch(text, start, end):
        return _Hit(start, end, surface, forms)  # the outlet and 讯 bound it, whatever the segmenter glued
    if not before_official and names_road_or_building(text, end):
        street = street_written_jie(text, start, end, forms, codes_before, gazetteer, written)
        if not street:
            return None
        forms, end, surface = street, end + 1, surface + "街"
    if not official and names_water_body(text, end, surface, before_form=before_form):
        return None
    if not official and inside_longer_word(start, end, tokens, text, gazetteer):
        return None
    if not after_form and starts_inside_word(start, tokens, text) and (not official or crossed or one_character_stem(surface)):
        return None
    if cut_from_level_compound(start, end, surface, tokens, text):
        return None
    if not official and len(surface) <= MAX_CROSSING_SHORT_FORM and ends_inside_word(start, end, tokens, text):
        return None
    if start > 0 and ends_a_title(text, start):
        return None
    if not official and names_a_person(text, start, end):
        return None
    if not after_form and opens_with_relation_word(text, start, surface):
        return None
    if not official and surface in _relation_openers():
        return None  # 某家园|联合|某学院: the bare relation word is the verb, never a street's short form
    return _Hit(start, end, surface, forms)


def _written_areas(looked, gazetteer: Gazetteer) -> frozenset[str]:
    """Codes of the districts whose official name the article writes (番禺区, 滨海新区), and of the
    streets written in full, also inside a name (青禾街道办事处): the street itself licenses X街."""
    return frozenset(
        form.code
        for forms, _, _ in looked
        for form in forms
        if form.official and gazetteer.divisions[form.code].level in ("district", "street")
    )


def _longest_first(found: list[_Hit], size: int) -> list[_Hit]:
    """The hits that win overlaps, longest first (then leftmost), in text order."""
    taken = [False] * (size + 1)
    hits = []
    for hit in sorted(found, key=lambda h: (-(h.end - h.start), h.start)):
        if not any(taken[hit.start : hit.end]):
            for i in range(hit.start, hit.end):
                taken[i] = True
            hits.append(hit)
    return sorted(hits, key=lambda h: h.start)


def _chain_start(hits: list[_Hit], index: int) -> int:
    """Index of the first hit of the chain of places written together that ends at hits[index]."""
    first = index
    while first > 0 and hits[first - 1].end == hits[first].start:
        first -= 1
    return first


def _spread_name_starts(text: str, hits: list[_Hit], flags: list[str]) -> None:
    """The same name written again on its own (南昌社区 after 某街道南昌社区) starts that name too."""
    started = {hit.surface + text[hit.end : hit.end + 2] for hit, flag in zip(hits, flags) if flag == NAME_START}
    if started:
        for index, hit in enumerate(hits):
            if hit.surface + text[hit.end : hit.end + 2] in started:
                flags[index] = NAME_START


def _spread_community_names(text: str, hits: list[_Hit], flags: list[str]) -> None:
    """A community named by a place and one character (某市简称|东社区) written again without its head,
    as an item of a list (在某市简称东、某村两个社区), is that community too: round 50 (placespur)."""
    named = set()
    for hit, flag in zip(hits, flags):
        after = RE_COMMUNITY_AFTER_SHORT_FORM.match(text, hit.end) if flag == ELSEWHERE else None
        if after and after.group(1):
            named.add(hit.surface + after.group(1))
    if named:
        for index, hit in enumerate(hits):
            if flags[index] == ALONE and text[hit.start : hit.end + 1] in named:
                flags[index] = ELSEWHERE


def _drop_link_lists(text: str, hits: list[_Hit], flags: list[str]) -> None:
    """Standalone filter D: three or more places in a row parted only by spaces are a list of
    links (a site's city footer), not places of the article. Normalization drops the spaces
    between Han characters, so a channel menu's cities come written together (市州频道：成都绵阳
    眉山…): such a run counts too when it closes its line and no place of it lies in its
    neighbour (not the chain 四川成都锦江区; not 北京上海广州四地联动, a sentence). Round 36: a site's
    city channel menu in a bulk sample, read by eye."""
    run: list[int] = [0]
    together = False
    for index in range(1, len(hits) + 1):
        if index < len(hits):
            link = _list_link(text, hits[index - 1], hits[index])
            if link:
                run.append(index)
                together = together or link == TOGETHER
                continue
        if len(run) >= 3 and (not together or _closes_line(text, hits[run[-1]].end)):
            for member in run:
                flags[member] = ELSEWHERE
        run, together = [index], False


SPACED, TOGETHER = "spaced", "together"


def _list_link(text: str, left: _Hit, right: _Hit) -> str | None:
    """How two places follow each other as items of a list on one line: parted by spaces only
    (SPACED), or written together while neither contains the other (TOGETHER); None if they do
    not."""
    gap = text[left.end : right.start]
    if gap:
        # a list stands on one line: a place opening the next line (a headline's) is no item of it
        return SPACED if _spaces_only(gap) and "\n" not in gap else None
    if any(related(a.code, b.code) or a.code == b.code for a in left.forms for b in right.forms):
        return None
    return TOGETHER


def _closes_line(text: str, end: int) -> bool:
    line_end = text.find("\n", end)
    return not text[end : line_end if line_end >= 0 else len(text)].strip()


def _codes_by_name(resolutions: dict, gazetteer: Gazetteer) -> dict[str, set[str]]:
    """Official name → the resolved codes of that name in the article (朝阳区: of 北京 and of 长春)."""
    names: dict[str, set[str]] = {}
    for resolution in resolutions.values():
        if resolution.code:
            names.setdefault(gazetteer.divisions[resolution.code].name, set()).add(resolution.code)
    return names


def _canonical_and_attrs(hit: _Hit, resolution, names: dict[str, set[str]], gazetteer: Gazetteer) -> tuple[str, dict]:
    """The fact name and attrs of a hit: a functional area, a resolved division or an
    ambiguous form."""
    if resolution.code and any(form.within and form.code == resolution.code for form in hit.forms):
        # A functional area inside a division (雄安新区 in 河北省): its own fact, located by
        # the containing division's code and chain; it has no level of its own.
        return hit.surface, _area_attrs(gazetteer.divisions[resolution.code])
    if resolution.code:
        division = gazetteer.divisions[resolution.code]
        canonical = division.name
        if len(names[canonical]) > 1:
            # Two different divisions with one official name in one article (朝阳区 of 北京 and
            # of 长春) get their parent's name prefixed so their facts stay apart.
            canonical = "".join(division.chain[-2:])
        attrs = {"level": division.level, "code": division.code, "chain": list(division.chain),
                 "ambiguous": False, "candidates": []}
        return canonical, attrs
    options = [gazetteer.divisions[code] for code in resolution.candidates]
    levels = {division.level for division in options}
    official = {division.name for division in options}
    canonical = official.pop() if len(official) == 1 else hit.surface
    attrs = {"level": levels.pop() if len(levels) == 1 else None, "code": None, "chain": [],
             "ambiguous": True, "candidates": [division.candidate() for division in options]}
    return canonical, attrs


def _zone_named_after(text: str, hit: _Hit, resolution, gazetteer: Gazetteer, tokens: list[tuple[int, int]],
                      breaks: list[int]) -> tuple[str, tuple[int, int, str, dict]] | None:
    """A development zone named after a resolved place (宜春市经济技术开发区): a fact of its own,
    located in the place, as (name, member); None when no zone suffix follows the hit."""
    zone = _zone_suffixes().match(text, hit.end)
    if not (zone and resolution.code):
        return None
    zone_end = zone.end()
    if inside_organization_name(text, hit.start) or heads_organization_name(text, zone_end, tokens):
        zone_alone = IN_NAME
    else:
        zone_alone = ELSEWHERE if in_page_furniture(text, hit.start, zone_end, breaks) else ALONE
    return text[hit.start : zone_end], (hit.start, zone_end, zone_alone, _area_attrs(gazetteer.divisions[resolution.code]))


# A development zone's short form written bare (…社区，高新区的某街道; 市内四区及高新区): the zone of the
# article's city, a place of its own. Only the short forms that name one kind of zone (高新区,
# 经开区; not 开发区, which is any development zone), and only after punctuation, a line start or a
# list joiner: after a name character it ends a longer name (某市高新区 is `_zone_named_after`'s).
# Round 47 (places): bare zones in four tuning articles of four sets, all places of the gold.
# 经济技术开发区 is the full name 经开区 shortens: one kind of zone as well. Round 56 h8b: a bare zone
# in an article that names no city was lost (three tuning articles of two sets, all places of the
# gold): it is then located in the article's first located place.
RE_BARE_ZONE = regex.compile(r"(?:(?<!\p{Han})|(?<=[及和与在]))(?:高新区|经开区|经济技术开发区)")


def _bare_zones(text: str, hits: list[_Hit], resolutions: dict, keys: list[str], gazetteer: Gazetteer,
                breaks: list[int]) -> list[tuple[int, int, str, dict]]:
    """Members (start, end, alone, attrs) of the bare zone short forms, located in the first
    city the article's places resolve to, else in its first located place; none when the
    article locates nothing."""
    located, city_code = _located_codes(resolutions, keys, gazetteer)
    code = city_code or next(iter(located), None)
    if code is None:
        return []
    city = gazetteer.divisions[code]
    members = []
    for match in RE_BARE_ZONE.finditer(text):
        start, end = match.span()
        alone = _zone_alone(text, start, end, breaks)
        members.append((start, end, alone, _area_attrs(city)))
    return members


# A new area named by a two-character stem of its own (某某新区: 郑东, 天衢, 庐陵 are no division's
# short form): a city's functional area, a place of the gold in 8 tuning articles of 7 sets, that
# the gazetteer and place_extra_areas.tsv do not list. Written after a place (某市|庐陵新区), a
# non-Han character or a list joiner; the stem a word jieba does not know or a rare place name
# (not 城市|新区, 建设|新区). Example: 吉安市庐陵新区 → 庐陵新区.
NEW_AREA_WORD = "新区"
RE_STEM_NEW_AREA = regex.compile(rf"(\p{{Han}}{{2}}){NEW_AREA_WORD}")
NEW_AREA_STEM_TAGS = (None, "ns")
NEW_AREA_STEM_MAX_FREQ = 2000
NEW_AREA_JOINERS = "及和与在"


def _stem_new_areas(text: str, hits: list[_Hit], resolutions: dict, keys: list[str], gazetteer: Gazetteer,
                    breaks: list[int]) -> list[tuple[str, tuple[int, int, str, dict]]]:
    """(name, member) of each new area named by its own stem, located in the place written right
    before it or else in the article's first city; none where the gazetteer already reads a form
    across it (浦东新区, 天府新区) or the article names no city before it."""
    if NEW_AREA_WORD not in text:
        return []
    covered = mask(len(text), hits)
    place_before = {hit.end: resolutions[key].code for hit, key in zip(hits, keys) if resolutions[key].code}
    city = next((code for code in (resolutions[key].code for key in keys)
                 if code and gazetteer.divisions[code].level == "city"), None)
    found = []
    for match in RE_STEM_NEW_AREA.finditer(text):
        start, end = match.span()
        stem = match.group(1)
        if any(covered[start:end]):
            continue
        if word_tags().get(stem) not in NEW_AREA_STEM_TAGS or word_freq().get(stem, 0) > NEW_AREA_STEM_MAX_FREQ:
            continue
        before = text[start - 1] if start else ""
        code = place_before.get(start)
        if code is None and RE_HAN_CHAR.fullmatch(before) and before not in NEW_AREA_JOINERS:
            continue
        code = code or city
        if code is None:
            continue
        alone = _zone_alone(text, start, end, breaks)
        found.append((text[start:end], (start, end, alone, _area_attrs(gazetteer.divisions[code]))))
    return found


# A development zone named by a two-character stem of its own, written right after the place it
# lies in (某市|东岭高新区, 某市|青岗经开区, 某市|鹿鸣开发区): the stem is no division the gazetteer
# reads (else `_zone_named_after` names the zone after it), so the zone is named by the stem and its
# short form, located in the place before it. Only the short forms news writes for such zones; the
# stem a rare word or none jieba knows, no verb or adverb (not 某市|经济开发区, whose 经济 opens a
# longer ending, nor 某市|综合开发区). Round 54 (places): such zones in three tuning articles of
# three sets, each a place of the gold under the stem's name, none found before.
STEM_ZONE_SHORT_FORMS = ("高新区", "经开区", "开发区")
STEM_ZONE_TAGS = (None, "n", "ns", "nz")
STEM_ZONE_SIZE = 2
RE_ZONE_STEM = regex.compile(r"\p{Han}{2}")  # 东岭 of 某市东岭高新区


def _stem_zones(text: str, hits: list[_Hit], resolutions: dict, keys: list[str], gazetteer: Gazetteer,
                breaks: list[int]) -> list[tuple[str, tuple[int, int, str, dict]]]:
    """(name, member) of each zone named by its own stem right after a resolved place."""
    if not any(form in text for form in STEM_ZONE_SHORT_FORMS):
        return []
    covered = mask(len(text), hits)
    found = []
    for hit, key in zip(hits, keys):
        code = resolutions[key].code
        start = hit.end
        stem_end = start + STEM_ZONE_SIZE
        form = next((f for f in STEM_ZONE_SHORT_FORMS if text.startswith(f, stem_end)), None)
        if code is None or form is None or any(covered[start:stem_end]) or _zone_suffixes().match(text, start):
            continue
        stem = text[start:stem_end]
        if not RE_ZONE_STEM.fullmatch(stem) or word_tags().get(stem) not in STEM_ZONE_TAGS or word_freq().get(stem, 0) > NEW_AREA_STEM_MAX_FREQ:
            continue
        end = stem_end + len(form)
        found.append((text[start:end], (start, end, _zone_alone(text, start, end, breaks), _area_attrs(gazetteer.divisions[code]))))
    return found


def _zone_alone(text: str, start: int, end: int, breaks: list[int]) -> str:
    """How a zone written at start:end stands: in page furniture, heading its own body, or alone."""
    if in_page_furniture(text, start, end, breaks):
        return ELSEWHERE
    return IN_NAME if _zone_body_follows(text, end) else ALONE


def _zone_body_follows(text: str, end: int) -> bool:
    """Whether the zone heads its own body (高新区管委会, 高新区社会事业局): a body word right after
    it. A name between (高新区|某街|办事处) is a street of the zone, written after where it is."""
    gap, ending = first_org_ending(text, end)
    return heads_organization(text, end) or (bool(ending) and not gap)


# A street office written for its street (某区|路北办事处|某社区, 某市高新区|某某办事处，, 市|东关办|某社区):
# the street level of a chain of places, named as written, that the division list holds under
# another name or not at all (a zone's office). Written right after the district, city or zone
# it lies in; the stem a place's own word (as for new areas: unknown to jieba or a rare place
# name), so 区|文明办, 市|双拥办 and a stationed office (市|驻京办事处) stay bodies. The short form
# 办 names the street only where a community of it follows (市东关办某某社区) and its stem is a
# place name jieba knows: bare, or with a stem jieba does not know, it is as often an office of
# a field (区|社事办). Round 53 p5: the gold lists such offices as places in 3 tuning articles
# of 3 sets (l53e, t53d, t53e), and an X街道办事处 as an organization.
STREET_OFFICE_STEM = 2
RE_STREET_OFFICE = regex.compile(rf"(?<=[市区县])(?P<stem>\p{{Han}}{{{STREET_OFFICE_STEM}}})(?:办事处|(?P<short>办)(?=\p{{Han}}{{1,6}}?(?:社区|村)))")
# jieba's tag of a place name: the stem of a short-form office must be one (正阳|办, not 社事|办, an
# office of social affairs jieba does not know either).
PLACE_NAME_TAG = "ns"
STATIONED_MARK = "驻"


def _located_codes(resolutions: dict, keys: list[str], gazetteer: Gazetteer) -> tuple[list[str], str | None]:
    """The codes of the article's located places in text order, and the first city among them:
    where a street office or a zone the division list does not hold is located by default."""
    located = [code for code in (resolutions[key].code for key in keys) if code]
    return located, next((code for code in located if gazetteer.divisions[code].level == "city"), None)


def _street_offices(text: str, hits: list[_Hit], resolutions: dict, keys: list[str], gazetteer: Gazetteer,
                    tokens: list[tuple[int, int]], breaks: list[int]) -> list[tuple[str, tuple[int, int, str, dict]]]:
    """(name, member) of each street office written for its street, located in the place
    written right before it or else in the article's first city; none where a place's form
    covers it (滨河办事处 of the supplement) or the article resolves no place to locate it in."""
    if "办" not in text:
        return []
    # a form read on the stem alone (正阳 of 正阳县) is the office's own name, not a cover
    covered = mask(len(text), [hit for hit in hits if not RE_STREET_OFFICE.match(text, hit.start)
                               or hit.end - hit.start != STREET_OFFICE_STEM])
    place_before = {hit.end: resolutions[key].code for hit, key in zip(hits, keys) if resolutions[key].code}
    located, city = _located_codes(resolutions, keys, gazetteer)
    found = []
    for match in RE_STREET_OFFICE.finditer(text):
        start, end = match.span()
        stem = match.group("stem")
        if any(covered[start:end]) or stem.startswith(STATIONED_MARK) or stem.endswith(TOWN_NAME_ENDINGS):
            continue
        tag = word_tags().get(stem)
        if tag not in NEW_AREA_STEM_TAGS or word_freq().get(stem, 0) > NEW_AREA_STEM_MAX_FREQ:
            continue
        if match.group("short") and tag != PLACE_NAME_TAG:
            continue
        code = place_before.get(start) or city or next(iter(located), None)
        if code is None:
            continue
        if _zone_body_follows(text, end) or heads_organization_name(text, end, tokens):
            # the office opens the name of a body in it (某区某办事处|侨心小学): as a mention it
            # would cut that name at its own start, which the organization step reads whole
            continue
        alone = ELSEWHERE if in_page_furniture(text, start, end, breaks) else ALONE
        found.append((text[start:end], (start, end, alone, _area_attrs(gazetteer.divisions[code]))))
    return found


# A town the division list does not hold (renamed 乡 → 镇, or missing) written right before a
# named community or village of it (某县|何家镇|某某社区, 在|某乡|某某村, 、|某镇|某某村): a place of its
# own, as the gold lists it in 3 tuning articles of 3 sets (l53q, l53w, t53g), not the opening of
# the community's name. Its name must start at a clear border (a place, punctuation, a locative
# preposition), so words cut from a phrase (了全乡, 新型城镇, 是街镇) stay out.
RE_TOWN_BEFORE_COMMUNITY = regex.compile(r"(?P<stem>[^\P{Han}的地得之在和与及是了成为把被将从向到对全该各每本这那其]{2})[镇乡](?=\p{Han}{2,4}?(?:社区|村)(?![民委]))")
# Prepositions of place after which a town's name starts (在|某镇|某某社区).
TOWN_LEFT_WORDS = frozenset("在于到")


def _verb_stem(stem: str) -> bool:
    """A verb the dictionary knows (，推行|乡干部包村: "carry out", then 乡 of the township's leaders) opens
    a clause after the border, no town's name."""
    return (word_tags().get(stem) or "").startswith("v")


def _towns_before_communities(text: str, hits: list[_Hit], resolutions: dict, keys: list[str], gazetteer: Gazetteer,
                              breaks: list[int]) -> list[tuple[str, tuple[int, int, str, dict]]]:
    """(name, member) of each unlisted town written right before a community of it, located in
    the place written right before it, else in the article's first city or first located place."""
    if "镇" not in text and "乡" not in text:
        return []
    covered = mask(len(text), hits)
    place_before = {hit.end: resolutions[key].code for hit, key in zip(hits, keys) if resolutions[key].code}
    located, city = _located_codes(resolutions, keys, gazetteer)
    found = []
    for match in RE_TOWN_BEFORE_COMMUNITY.finditer(text, overlapped=True):
        start, end = match.span()
        before = text[start - 1] if start else ""
        bordered = start in place_before or not RE_HAN_CHAR.fullmatch(before) or before in TOWN_LEFT_WORDS
        if not bordered or any(covered[start:end]) or _verb_stem(match.group("stem")):
            continue
        code = place_before.get(start) or city or next(iter(located), None)
        if code is None:
            continue
        found.append((text[start:end], code))
    return [(name, member) for name, code in dict(found).items() for member in _writings(text, name, code, covered, gazetteer, breaks)]


def _writings(text: str, name: str, code: str, covered: list, gazetteer: Gazetteer,
              breaks: list[int]) -> list[tuple[int, int, str, dict]]:
    """A member for each place the article writes `name` outside the other places' forms: once
    one border shows it is a town, the same name is that town wherever else it is written
    (打造|某镇某某社区), and the community after it keeps its own name there too."""
    members = []
    start = text.find(name)
    while start != -1:
        end = start + len(name)
        if not any(covered[start:end]):
            alone = ELSEWHERE if in_page_furniture(text, start, end, breaks) else ALONE
            members.append((start, end, alone, _area_attrs(gazetteer.divisions[code])))
        start = text.find(name, end)
    return members


# A development zone written right before a street, town or street office of it (某市|高新区|某办事处,
# 苏州高新区|某街道, 。开发区|某街道, 郑东新区|某乡): the head of a chain of places, a place of its own
# (round 53 p5: the gold lists it in 3 tuning articles of 3 sets, l53e t53a t53d), even where the
# name look-ahead reads the office as a body's ending or no place precedes the zone. Its name
# opens with the place written right before it, else with a city or district's short form (苏州)
# or a new area's own stem (郑东|新区), else it is the bare zone word after a non-name character.
NEW_AREA_STEM = 2
# The two characters before a zone word, read as its stem (苏州|高新区, 郑东|新区).
RE_ZONE_STEM = regex.compile(rf"\p{{Han}}{{{NEW_AREA_STEM}}}")
# Levels of the division a zone's stem may be the short form of (苏州 of 苏州市, not a street's).
ZONE_STEM_LEVELS = ("city", "district")
# Verbs and prepositions after which a bare zone word starts a name (来到|开发区|某街道, 是|开发区…).
ZONE_BARE_LEFT = frozenset("是为在和与及到")


@lru_cache(maxsize=1)
def _zone_words() -> tuple[str, ...]:
    """The zone words of `place_zone_suffixes.txt` and 新区, longest first."""
    return tuple(sorted((*read_terms("place_zone_suffixes.txt"), NEW_AREA_WORD), key=len, reverse=True))


def _zones_before_streets(text: str, hits: list[_Hit], resolutions: dict, keys: list[str], gazetteer: Gazetteer,
                          offices: list[tuple[str, tuple[int, int, str, dict]]],
                          breaks: list[int]) -> list[tuple[str, tuple[int, int, str, dict]]]:
    """(name, member) of each zone written right before a street-level place of it, located in
    the place that opens its name, else in the district of the street after it, else in the
    article's first city or first located place; none where the article locates nothing."""
    followers: dict[int, str | None] = {}
    street_districts: dict[int, tuple[str, ...]] = {}  # the districts an ambiguous street may lie in
    for hit, key in zip(hits, keys):
        if all(gazetteer.divisions[form.code].level == "street" for form in hit.forms):
            resolution = resolutions[key]  # an ambiguous street (东城街道) is a street all the same
            followers.setdefault(hit.start, gazetteer.divisions[resolution.code].parent if resolution.code else None)
            street_districts.setdefault(hit.start, tuple(dict.fromkeys(gazetteer.divisions[c].parent for c in resolution.candidates)))
    for _, (start, _, _, attrs) in offices:
        followers.setdefault(start, attrs["code"])
    covered = mask(len(text), hits)
    place_before = {hit.end: (hit.start, resolutions[key].code) for hit, key in zip(hits, keys) if resolutions[key].code}
    located, city = _located_codes(resolutions, keys, gazetteer)
    found = []
    for end, street_district in sorted(followers.items()):
        word = next((word for word in _zone_words() if text.endswith(word, 0, end)), None)
        if word is None or any(covered[end - len(word) : end]):
            continue
        opening = _zone_name_start(text, end - len(word), word, place_before, gazetteer)
        if opening is None:
            continue
        start, opener_code = opening
        code = opener_code or street_district or city or next(iter(located), None)
        if code is not None:
            attrs = _area_attrs(gazetteer.divisions[code])
        else:
            attrs = _unlocated_area_attrs(street_districts.get(end, ()), gazetteer)
            if attrs is None:
                continue
        alone = ELSEWHERE if in_page_furniture(text, start, end, breaks) else ALONE
        found.append((text[start:end], (start, end, alone, attrs)))
    return found


# A zone written bare before a street the article names with no place to settle it (。开发区|东城街道,
# where many districts hold a 东城街道): still a place of the article (round 56 h8b: two tuning
# articles of two sets, both in the gold), left open between the districts that hold such a street.
def _unlocated_area_attrs(districts: tuple[str, ...], gazetteer: Gazetteer) -> dict | None:
    options = [gazetteer.divisions[code] for code in districts if code in gazetteer.divisions]
    if not options:
        return None
    return {"level": None, "code": None, "chain": [], "ambiguous": True, "candidates": [division.candidate() for division in options]}


def _zone_name_start(text: str, zone_start: int, word: str, place_before: dict,
                     gazetteer: Gazetteer) -> tuple[int, str | None] | None:
    """Where the name of the zone whose word starts at `zone_start` starts, with the code of the
    place opening it when one does; None when the characters before it end another word."""
    if zone_start in place_before:
        return place_before[zone_start]
    stem_start = zone_start - NEW_AREA_STEM
    stem = text[max(0, stem_start) : zone_start]
    if RE_ZONE_STEM.fullmatch(stem):
        codes = {form.code for form in gazetteer.lookup(stem) if gazetteer.divisions[form.code].level in ZONE_STEM_LEVELS}
        if len(codes) == 1:
            return stem_start, codes.pop()  # 苏州|高新区: a city's short form the filters left unread
        if word == NEW_AREA_WORD and word_tags().get(stem) in NEW_AREA_STEM_TAGS and word_freq().get(stem, 0) <= NEW_AREA_STEM_MAX_FREQ:
            return stem_start, None  # 郑东|新区
    before = text[zone_start - 1] if zone_start else ""
    if word != NEW_AREA_WORD and (not RE_HAN_CHAR.fullmatch(before) or before in ZONE_BARE_LEFT):
        return zone_start, None
    return None


# A list of places written short and closed by one level word for them all (某和、某海、某吉三地;
# 某厢、某干等街道; 某子、某留两县) names places of that level: the closing word supports each item as a
# place right beside it would, and the items' siblings pick among an item's divisions (朝阳 beside
# 海淀 and 昌平 is Beijing's). The count (三地) must equal the items; without one, 等 closes the list.
# Round 58 h1: items of such lists lost in five tuning articles of five sets.
LIST_SEPARATORS = "、和及与"
# The counts a list's closing word may carry (三地, 两县): the digits one to nine and 十 (numerals.py).
LIST_COUNTS = {numeral: value for numeral, value in DIGIT_VALUE.items() if value} | {"十": MAGNITUDE_VALUE["十"]}
# Longest item of a list: a street's short form with its 街 (某某围街) has four characters.
MAX_LIST_ITEM = 4
# Sibling divisions share at least their province's two code digits.
MIN_SIBLING_PREFIX = 2


@lru_cache(maxsize=1)
def _list_closers() -> tuple["regex.Pattern", dict[str, frozenset[str]]]:
    """The closing words of `place_list_closers.tsv` (等街道, 三地, 两县) as one pattern, and the
    levels each allows."""
    levels = {row["word"]: frozenset(row["levels"].split(",")) for row in read_table("place_list_closers.tsv")}
    words = "|".join(sorted(levels, key=len, reverse=True))
    numerals = "".join(LIST_COUNTS)
    # 等三地, 两县, 四个镇, 等街道; not a body of theirs (两县委)
    pattern = regex.compile(rf"(?P<etc>等)?(?P<count>[{numerals}])?个?(?P<level>{words})(?!委)")
    return pattern, levels


def _list_item_ending(text: str, end: int, gazetteer: Gazetteer) -> tuple[int, tuple[Form, ...]] | None:
    """The start and forms of the place form ending at `end`: the longest one a separator opens,
    else (the list's first item, glued to the word before it: 分赴|某和) the longest one."""
    found = []
    for size in range(MAX_LIST_ITEM, 1, -1):
        start = end - size
        if start < 0:
            continue
        surface = text[start:end]
        forms = gazetteer.lookup(surface) + gazetteer.lookup_common(surface)
        if forms:
            found.append((start, forms))
    opened = [item for item in found if item[0] > 0 and text[item[0] - 1] in LIST_SEPARATORS]
    return (opened or found or [None])[0]


def _list_items(text: str, end: int, gazetteer: Gazetteer) -> list[tuple[int, int, tuple[Form, ...]]]:
    """The items of the list ending at `end`, in text order; none when an item a separator opens
    is no place (学校、某海等地)."""
    items = []
    while True:
        item = _list_item_ending(text, end, gazetteer)
        if item is None:
            return []
        items.append((item[0], end, item[1]))
        if item[0] == 0 or text[item[0] - 1] not in LIST_SEPARATORS:
            return items[::-1]
        end = item[0] - 1


def _sibling_forms(index: int, items: list[tuple[Form, ...]]) -> tuple[Form, ...]:
    """The forms of items[index] closest in the gazetteer to the other items' (most code digits
    shared); none when no form shares a province with them."""
    scores = [
        max(len(os.path.commonprefix((form.code, other.code))) for j, forms in enumerate(items) if j != index for other in forms)
        for form in items[index]
    ]
    best = max(scores)
    if best < MIN_SIBLING_PREFIX:
        return ()
    return tuple(form for form, score in zip(items[index], scores) if score == best)


def listed_places(text: str, gazetteer: Gazetteer) -> list[_Hit]:
    """The items of every list of places closed by a level word (see above), with the forms the
    level and the items' siblings allow."""
    closers, levels = _list_closers()
    hits = []
    for match in closers.finditer(text):
        count = match.group("count")
        if not (count or match.group("etc")):
            continue
        items = _list_items(text, match.start(), gazetteer)
        if len(items) < 2 or (count and LIST_COUNTS[count] != len(items)):
            continue
        allowed = levels[match.group("level")]
        leveled = [tuple(form for form in forms if gazetteer.divisions[form.code].level in allowed) for _, _, forms in items]
        if not all(leveled):
            continue  # an item of another level: not the list its closing word counts
        for index, (start, end, _) in enumerate(items):
            forms = _sibling_forms(index, leveled)
            if forms:
                hits.append(_Hit(start, end, text[start:end], forms))
    return hits


def _with_listed_places(text: str, hits: list[_Hit], gazetteer: Gazetteer) -> list[_Hit]:
    """`hits` with the listed places no kept hit already covers or crosses."""
    listed = listed_places(text, gazetteer)
    if not listed:
        return hits
    taken = mask_of(len(text), hits)
    added = [hit for hit in listed if not any(taken[hit.start : hit.end])]
    return sorted(hits + added, key=lambda hit: hit.start)


class PlaceExtractor:
    """Find administrative places and resolve each to a gazetteer code.

    Keyword-only options:
      use_source: also use places named in the article's source and title (重庆晚报 → 重庆)
        as weak context for ambiguous forms (default True).
    """

    assigns = "places"
    requires = ()

    def __init__(self, *, use_source: bool = True) -> None:
        self.use_source = use_source

    def __call__(self, ctx: ArticleContext) -> list[Mention]:
        gazetteer = load_gazetteer()
        text = ctx.text
        hits = self._candidates(ctx, gazetteer)
        hits = self._supported(text, hits, gazetteer, ctx.tokens.spans)
        hits = self._with_common_forms(text, hits, gazetteer)
        hits = _with_listed_places(text, hits, gazetteer)
        if not hits:
            return []
        external: set[str] = set()
        if self.use_source:
            for outside in (ctx.article.source, ctx.article.title):
                if outside:
                    external |= gazetteer.codes_in(outside)
        breaks = line_breaks(text)
        standalone = self._standalone(text, hits, ctx.tokens.spans, gazetteer, breaks)
        return self._mentions(text, hits, standalone, external, gazetteer, ctx.tokens.spans, breaks)

    # Candidates: every written form (overlaps included), minus filters 1-3, then the longest
    # ones win overlaps (韩书海北票市委: 北票市 beats 海北; 九龙坡区 beats 九龙).
    def _candidates(self, ctx: ArticleContext, gazetteer: Gazetteer) -> list[_Hit]:
        text = ctx.text
        spans = Enclosures([m.span() for m in RE_BOOK_TITLE.finditer(text)] + [m.span() for m in RE_ATTRIBUTION.finditer(text)])
        scanned = list(gazetteer.scan_all(text))
        ends = {end for _, end, _ in scanned}
        codes_ending: dict[int, set[str]] = {}
        # Starts of official names: a place right before one (张店区|公园街道) is a chain of places,
        # whatever word the next name opens with.
        official_starts: set[int] = set()
        # each written form's forms, whether one is official, and their codes, looked up once
        # per surface (an article writes its few places many times)
        looked: dict[str, tuple[tuple[Form, ...], bool, frozenset[str]]] = {}
        for start, end, surface in scanned:
            got = looked.get(surface)
            if got is None:
                forms = gazetteer.lookup(surface)
                got = looked[surface] = (forms, any(form.official for form in forms), frozenset(form.code for form in forms))
            codes_ending.setdefault(end, set()).update(got[2])
            if got[1]:
                official_starts.add(start)
        written = _written_areas(looked.values(), gazetteer)
        starts = {start for start, _, _ in scanned}
        crossed: set[int] = set()  # inside another form
        for s_start, s_end, _ in scanned:
            crossed.update(range(s_start + 1, s_end))  # a range at C speed, not an index at a time
        found = []
        tokens = ctx.tokens.spans
        app_bylines = may_hold_app_byline(text)
        for start, end, surface in scanned:
            forms, official, _ = looked[surface]
            hit = _kept_form(text, start, end, surface, gazetteer, spans, tokens,
                             codes_ending.get(start, set()), after_form=start in ends, crossed=start in crossed,
                             before_official=end in official_starts, forms=forms, official=official, written=written,
                             app_bylines=app_bylines, before_form=end in starts)
            if hit is not None:
                found.append(hit)
        return _longest_first(found, len(text))

    # Filter 4: weak forms (2-character districts, street short forms) keep only the divisions
    # supported by a neighbouring place (临平区乔司, 北京朝阳), by a strong form of the same
    # division elsewhere in the article (北票 after 北票市) or of its direct parent (雄县 in an
    # article naming 保定市). A weak form heading an organization name is that organization's
    # brand (九龙社工 beside 九龙街道) and only counts with a neighbour.
    def _supported(self, text: str, hits: list[_Hit], gazetteer: Gazetteer, tokens: list[tuple[int, int]]) -> list[_Hit]:
        # each hit's strong forms, asked once (a hit is its neighbours' neighbour too)
        strong = [tuple(is_strong(form, hit.surface, gazetteer) for form in hit.forms) for hit in hits]
        strong_codes = {form.code for hit, flags in zip(hits, strong) for form, flag in zip(hit.forms, flags) if flag}
        kept = []
        for index, hit in enumerate(hits):
            neighbours = {
                form.code
                for i in self._neighbours(hits, index)
                for form, flag in zip(hits[i].forms, strong[i])
                if flag
            }
            brand = heads_organization_name(text, hit.end, tokens)
            county_word = is_county_word(hit, tokens)
            outlet_codes = dispatch_outlet_codes(text, hit.start, hit.end, gazetteer)
            forms = tuple(
                form
                for form, flag in zip(hit.forms, strong[index])
                if flag
                or (county_word and form.official and gazetteer.divisions[form.code].level == "district")
                or (not brand and (form.code in strong_codes or gazetteer.divisions[form.code].parent in strong_codes))
                or any(related(form.code, code) for code in neighbours)
                or gazetteer.divisions[form.code].parent in outlet_codes
            )
            if forms and not self._repeats_previous(hits, index, forms, gazetteer):
                kept.append(_Hit(hit.start, hit.end, hit.surface, forms))
        return kept

    # Filter 5: a weak form written right after its own division (翠苑街道翠苑一区社区, 和睦街道
    # 和睦新村) starts a community or estate named after the street, not a second mention.
    @staticmethod
    def _repeats_previous(hits: list[_Hit], index: int, forms: tuple[Form, ...], gazetteer: Gazetteer) -> bool:
        if index == 0 or hits[index - 1].end != hits[index].start:
            return False
        if any(is_strong(form, hits[index].surface, gazetteer) for form in forms):
            return False
        previous = {form.code for form in hits[index - 1].forms}
        return any(form.code in previous for form in forms)

    @staticmethod
    def _written_parent(hits: list[_Hit], index: int, gazetteer: Gazetteer) -> set[str]:
        """Codes of the district/city written right before a street (江汉区 before 民族街道).

        Only streets: a city or province after another province is usually a list
        (北京上海广州), while a district right before a street names the street's district.
        """
        if index == 0 or hits[index - 1].end != hits[index].start:
            return set()
        if any(gazetteer.divisions[form.code].level != "street" for form in hits[index].forms):
            return set()
        before = hits[index - 1]
        return {
            form.code
            for form in before.forms
            if is_strong(form, before.surface, gazetteer) and gazetteer.divisions[form.code].level == "district"
        }

    @staticmethod
    def _starts_a_name(hits: list[_Hit], index: int, gazetteer: Gazetteer) -> bool:
        """Standalone filter F: a city or province written right after a smaller place it does
        not contain (东铺头街道|南昌社区, 茅箭区|北京小镇小区) opens the name of something there."""
        if index == 0 or hits[index - 1].end != hits[index].start:
            return False
        before, hit = hits[index - 1], hits[index]
        lowest_before = min(LEVEL_RANK[gazetteer.divisions[form.code].level] for form in before.forms)
        highest_here = max(LEVEL_RANK[gazetteer.divisions[form.code].level] for form in hit.forms)
        if lowest_before <= highest_here:
            return False
        return not any(related(form.code, other.code) for form in hit.forms for other in before.forms)

    @staticmethod
    def _lies_in_previous(hits: list[_Hit], index: int) -> bool:
        """Whether hits[index] may lie in the place written right before it (宜春市|袁州区, not
        宿迁市|苏州, where a name of another city starts something else's name)."""
        before = {form.code for form in hits[index - 1].forms}
        return any(related(form.code, code) and form.code.startswith(code) for form in hits[index].forms for code in before)

    @staticmethod
    def _neighbours(hits: list[_Hit], index: int) -> list[int]:
        """The indexes of the hits written immediately before and after hits[index] (宁夏中卫沙坡头区)."""
        out = []
        if index > 0 and hits[index - 1].end == hits[index].start:
            out.append(index - 1)
        if index + 1 < len(hits) and hits[index + 1].start == hits[index].end:
            out.append(index + 1)
        return out

    # Common-word short forms of districts (光明 for 光明区): only where the article names the
    # district's city and a street or a community name follows (光明凤凰街道, 光明桃溪社区).
    # Streets' X街 forms (新市街, 唐家墩街): see `placed_street_jie`.
    @staticmethod
    def _with_common_forms(text: str, hits: list[_Hit], gazetteer: Gazetteer) -> list[_Hit]:
        strong_codes = {form.code for hit in hits for form in hit.forms if is_strong(form, hit.surface, gazetteer)}
        if not strong_codes:
            return hits
        taken = mask_of(len(text), hits)
        street_starts = {
            hit.start for hit in hits if any(gazetteer.divisions[form.code].level == "street" for form in hit.forms)
        }
        hits_ending = {hit.end: hit for hit in hits}
        added = []
        for start, end, surface in gazetteer.scan_common(text):
            if any(taken[start:end]) or names_road_or_building(text, end):
                continue
            common = gazetteer.lookup_common(surface)
            forms = tuple(form for form in common if gazetteer.divisions[form.code].parent in strong_codes)
            if forms and (end in street_starts or (RE_NAMED_COMMUNITY_AFTER.match(text, end) and not RE_COMMUNITY_HEAD_AFTER.match(text, end))):
                added.append(_Hit(start, end, surface, forms))
                continue
            forms = placed_street_jie(text, start, end, common, hits_ending.get(start), strong_codes, gazetteer)
            if forms:
                added.append(_Hit(start, end, surface, forms))
        return sorted(hits + added, key=lambda h: h.start) if added else hits

    def _standalone(self, text: str, hits: list[_Hit], tokens: list[tuple[int, int]], gazetteer: Gazetteer,
                    breaks: list[int]) -> list[str]:
        """Per hit: ALONE (a standalone mention of its place, see the module docstring), IN_NAME
        (part of an organization's name), NAME_START (the start of a community's or estate's
        name) or ELSEWHERE (navigation, stamps, a community's name…)."""
        flags = [self._placement(text, hits, index, tokens, gazetteer, breaks) for index in range(len(hits))]
        _spread_name_starts(text, hits, flags)
        _spread_community_names(text, hits, flags)
        _drop_link_lists(text, hits, flags)
        return flags

    def _placement(self, text: str, hits: list[_Hit], index: int, tokens: list[tuple[int, int]],
                   gazetteer: Gazetteer, breaks: list[int]) -> str:
        """The flag of hits[index] from where it is written: a dateline, an organization's name,
        page furniture, the start of a name, a chain of places; else from what follows it."""
        hit = hits[index]
        if RE_DATELINE_AFTER.match(text, hit.end):
            return ALONE  # 成都4月30日讯, even after an outlet name
        if in_undated_dispatch(text, hit.start, hit.end):
            return ALONE  # 某某新闻网|坪山|讯（记者…）
        if inside_organization_name(text, hits[_chain_start(hits, index)].start, hit.end):
            return IN_NAME
        if in_page_furniture(text, hit.start, hit.end, breaks):
            return ELSEWHERE
        if after_campaign_word(text, hit.start):
            return ELSEWHERE  # 美丽|某州, 健康|某市建设: a campaign's slogan
        if RE_HONOUR_TITLE_AFTER.match(text, hit.end):
            return ELSEWHERE  # 某市|文明村, 某市|级民主法治村: an honour's title
        if self._starts_a_name(hits, index, gazetteer):
            return NAME_START  # 某街道|南昌|社区, 某区|北京|小镇小区: a name after the place
        if locates_street_office(text, hits, index):
            return ALONE  # 某区|某某街道办事处: where the street whose office it is lies
        if index + 1 < len(hits) and hits[index + 1].start == hit.end:
            # A chain of places (九龙坡区|九龙街道) says where, also before a body named after
            # its last place when written with a short form (宜春|袁州区|民政局); a chain that opens
            # an organization with a name of its own (宜春市|袁州区|青禾|社会工作服务中心) or a
            # registered name in full (宜春市|袁州区|民政局) is written as that name's start.
            last = index + 1
            while last + 1 < len(hits) and hits[last + 1].start == hits[last].end:
                last += 1
            if self._opens_named_body(text, hits, last, tokens, gazetteer, breaks):
                return IN_NAME
            if self._heads_registered_body(text, hits, last, tokens, gazetteer):
                return IN_NAME
            return ALONE
        return self._placement_before(text, hits, index, tokens, gazetteer)

    def _opens_named_body(self, text: str, hits: list[_Hit], index: int, tokens: list[tuple[int, int]],
                          gazetteer: Gazetteer, breaks: list[int]) -> bool:
        """Whether hits[index], the last place of a chain, opens an organization with a name of
        its own (某区|青禾|社会工作服务中心, 某区|青禾|小学). After a street or town the own name
        is more often a site of it (某街道|青禾|公园, 某镇|青禾|物业) that the chain locates."""
        return (
            _above_street(hits[index])
            and self._lies_in_previous(hits, index)
            and self._placement(text, hits, index, tokens, gazetteer, breaks) == IN_NAME
            and opens_own_name(text, hits[index].end, tokens)
        )

    # Standalone filter I: a chain of divisions ending at a street or town that heads a body of
    # that street (某市|某区|某街道|社工站, …|某街|残疾人综合服务中心) is the body's registered name, so
    # its city and district are written inside that name, not on their own; not after a venue or
    # before the street's party committee (`names_street_body`). Round 44: such names gave
    # spurious cities and districts in two tuning articles of two sets, a dev article and a bulk
    # article; gold keeps none of them, and keeps the chain before a street's 党工委 (a dev article).
    # Standalone filter J: the same for a chain of divisions, each written in its official full
    # form, ending at a district, county or city that heads a body named after it (某省|某市|某区|
    # 民政局, 某市|某县|禁毒办): the provinces and cities before the last place are written inside the
    # body's registered name, not on their own (the last place keeps its own flag). A short form in
    # the chain (某省简称|某市|司法局) is the writer locating the body, as registered names are written
    # in full. Round 48 (places): full-form chains gave spurious provinces and cities in tuning
    # articles of eight sets; the short-form chains are places of the gold.
    def _heads_registered_body(self, text: str, hits: list[_Hit], last: int, tokens: list[tuple[int, int]],
                               gazetteer: Gazetteer) -> bool:
        hit = hits[last]
        if _above_street(hit) and not all(_written_in_full(chained) for chained in hits[_chain_start(hits, last) : last + 1]):
            return False  # filter J needs every division written in full
        return names_street_body(text, hit.end) and self._placement_before(text, hits, last, tokens, gazetteer) == IN_NAME

    def _placement_before(self, text: str, hits: list[_Hit], index: int, tokens: list[tuple[int, int]],
                          gazetteer: Gazetteer) -> str:
        """The flag of hits[index], the last place of its chain, from the word it stands before:
        a community head, a development zone, an organization's name or none."""
        hit = hits[index]

        def others() -> set[str]:  # asked only for a city's short form before a community head
            # other places: another writing of the same name (淮安村 twice) supports nothing
            return {form.code for other in hits if other.surface != hit.surface for form in other.forms if is_strong(form, other.surface, gazetteer)}

        if names_community(text, hit, gazetteer, others):
            return ELSEWHERE  # 盈浦|社区基金会, 望湖|社区: the community's own name
        if names_street_community(text, hit, gazetteer):
            return IN_NAME  # 某街道简称|新城社区: inside the community's name, still where it starts
        if _zone_suffixes().match(text, hit.end):
            # 宜春市|经济技术开发区 names the city; a short form (袁州|经济开发区) is part of the
            # zone's own name.
            return ALONE if any(form.official for form in hit.forms) else ELSEWHERE
        if not heads_organization_name(text, hit.end, tokens) and not heads_bureau_name(text, hit.end, tokens):
            return IN_NAME if _above_street(hit) and heads_brand_name(text, hit.end, tokens) else ALONE
        if not _above_street(hit) and _chain_start(hits, index) < index and self._lies_in_previous(hits, index) and opens_own_name(text, hit.end, tokens):
            # A street or town at the end of a chain before a name of its own (某区|某街道|青禾|
            # 物业): the chain says where that site is. A district or city before one (某市|某区|
            # 青禾|社会工作服务中心) opens that organization's name, with the chain; one named after
            # the place (宜春市|袁州区|民政局, …|禁毒工作站) holds the place in its name.
            return ALONE
        return IN_NAME

    def _mentions(self, text: str, hits: list[_Hit], standalone: list[str], external: set[str],
                  gazetteer: Gazetteer, tokens: list[tuple[int, int]], breaks: list[int]) -> list[Mention]:
        keys, resolutions = self._resolve_forms(hits, external, gazetteer)
        names = _codes_by_name(resolutions, gazetteer)
        groups: dict[str, list[tuple[int, int, str, dict]]] = {}
        for hit, key, alone in zip(hits, keys, standalone):
            if alone == NAME_START:
                continue
            resolution = resolutions[key]
            canonical, attrs = _canonical_and_attrs(hit, resolution, names, gazetteer)
            groups.setdefault(canonical, []).append((hit.start, hit.end, alone, attrs))
            zone = _zone_named_after(text, hit, resolution, gazetteer, tokens, breaks)
            if zone is not None:
                groups.setdefault(zone[0], []).append(zone[1])
        for member in _bare_zones(text, hits, resolutions, keys, gazetteer, breaks):
            # the zone the article names in full (某市高新区) is the one its bare form refers to
            short = text[member[0] : member[1]]
            named = next((name for name in groups if name.endswith(short) and name != short), short)
            groups.setdefault(named, []).append(member)
        for name, member in _stem_new_areas(text, hits, resolutions, keys, gazetteer, breaks):
            groups.setdefault(name, []).append(member)
        for name, member in _stem_zones(text, hits, resolutions, keys, gazetteer, breaks):
            groups.setdefault(name, []).append(member)
        for name, member in _towns_before_communities(text, hits, resolutions, keys, gazetteer, breaks):
            groups.setdefault(name, []).append(member)
        offices = _street_offices(text, hits, resolutions, keys, gazetteer, tokens, breaks)
        for name, member in offices:
            groups.setdefault(name, []).append(member)
        for name, member in _zones_before_streets(text, hits, resolutions, keys, gazetteer, offices, breaks):
            # the zone named after its city (某市高新区) may be there already, read as heading a body
            short = name if name in groups else next((other for other in groups if other.endswith(name) and other != name), name)
            members = groups.setdefault(short, [])
            same = [m for m in members if m[:2] == member[:2]]
            members[:] = [m for m in members if m not in same] + [member]  # its place-chain reading wins
        mentions = []
        for canonical, members in groups.items():  # dicts keep first-appearance order
            mentions.extend(self._group_mentions(canonical, members))
        return mentions

    def _resolve_forms(self, hits: list[_Hit], external: set[str], gazetteer: Gazetteer) -> tuple[list[str], dict]:
        """Each hit's key and the resolution of every key. One sense per article for a written
        form, except that occurrences with different neighbours are resolved apart (北京市朝阳区
        … 长春市朝阳区): the key is the form with its neighbours' codes."""
        keys = []
        candidates: dict[str, set[str]] = {}
        adjacent: dict[str, set[str]] = {}
        parents: dict[str, set[str]] = {}
        for index, hit in enumerate(hits):
            near = {form.code for i in self._neighbours(hits, index) for form in hits[i].forms}
            key = hit.surface + ("@" + ",".join(sorted(near)) if near else "")
            keys.append(key)
            candidates.setdefault(key, set()).update(form.code for form in hit.forms)
            adjacent.setdefault(key, set()).update(near)
            parents.setdefault(key, set()).update(self._written_parent(hits, index, gazetteer))
        return keys, resolve(candidates, adjacent, external, written_parents=parents, gazetteer=gazetteer)

    def _group_mentions(self, canonical: str, members: list[tuple[int, int, str, dict]]) -> list[Mention]:
        """The mentions of one place, its fullest standalone form first, all with one attrs."""
        if not any(alone == ALONE for _, _, alone, _ in members):
            # Written only inside organization names, navigation or stamps: no fact. The
            # occurrences in an organization's name still tell later components where that
            # name starts (宜春市|税务局), as mentions that make no fact.
            members = [member for member in members if member[2] == IN_NAME]
            fact = False
        else:
            fact = True
        if not members:
            return []
        best = max(members, key=lambda member: (member[2] == ALONE, member[1] - member[0], -member[0]))
        ordered = [best] + [member for member in members if member is not best]
        # The fact takes the first mention's attrs: make them the resolved ones when any
        # occurrence of the place was resolved.
        shared = next((attrs for *_, attrs in ordered if attrs["code"]), best[3])
        return [Mention(label=self.assigns, start=start, end=end, canonical=canonical, attrs=shared, fact=fact)
                for start, end, _, _ in ordered]


def locates_street_office(text: str, hits: list[_Hit], index: int) -> bool:
    """Whether hits[index] is the division written right before a street whose own office follows
    (某区|青松街道办事处, 某区|玉林街道|办事处), in its full form. Divisions earlier in the chain
    (某市|某区|…) keep the flag the chain gives them: the gold keeps the city before such a chain in
    two tuning articles and leaves it out in a dev article, so no rule is written for it. A short
    form (某区简称|某街道办事处) is left out by the gold (a tuning article) and keeps its flag too."""
    hit = hits[index]
    if not (_above_street(hit) and _written_in_full(hit)):
        return False
    if index + 1 < len(hits) and hits[index + 1].start == hit.end:
        street = hits[index + 1]
        return not _above_street(street) and before_street_office(text, street)
    return before_street_office(text, hit)


def before_street_office(text: str, hit: _Hit) -> bool:
    """Whether a street's office follows the hit (`RE_STREET_OFFICE_AFTER`): after the street's
    name when the hit is above streets, right after it when the hit is the street; never after
    驻, which makes the hit the seat of another body's liaison office (驻北京办事处)."""
    match = RE_STREET_OFFICE_AFTER.match(text, hit.end)
    if match is None or (hit.start > 0 and text[hit.start - 1] == "驻"):
        return False
    street_named = bool(RE_OFFICE_WORD.sub("", match.group()))
    return street_named == _above_street(hit)


# Standalone filter E: a short form of a district or street written right before 社区/村/小区,
# or before one name character and the head (巢湖|闸社区: a one-character stem names nothing),
# names that community (盈浦社区 beside 盈浦街道, 长延堡社区), not the division. Province and
# city forms (北京社区志愿服务) and official names (叙州区社区) still speak of the place, except
# a city's short form right before the head in an article whose other places all lie outside
# that city (淮南社区 among the communities of a Zhengzhou street), also when the short form is a
# district's too (round 41b: such city-and-district names before 村/社区 in five pool articles).
# The same test holds for a province's or city's short form before one name character and the
# head (某省简称|里社区, 某市简称|东社区) unless the two make a word (广东|乡村): round 50 (placespur),
# such community names gave spurious provinces and cities in three tuning articles of three sets.
# `others` gives the codes of the article's other strong places (computed only when asked).
def names_community(text: str, hit: _Hit, gazetteer: Gazetteer, others: Callable[[], set[str]] = frozenset) -> bool:
    after = RE_COMMUNITY_AFTER_SHORT_FORM.match(text, hit.end)
    if not after or any(form.official for form in hit.forms):
        return False
    levels = {gazetteer.divisions[form.code].level for form in hit.forms}
    if levels <= {"district", "street"}:
        return True
    if after.group(1):
        if not levels <= {"province", "city", "district", "street"} or stem_makes_word(after):
            return False
    elif not levels <= {"city", "district", "street"}:
        return False
    # A city's short form that is also a district's (a city and a district elsewhere of one name)
    # is read as the city: the test of the article's other places then applies to both readings.
    codes = others()
    return bool(codes) and not any(related(form.code, code) or form.code == code for form in hit.forms for code in codes)


# Standalone filter E2: a 街道's bare short form before a stem of two to four name characters and a
# community head (某街道简称|新城社区, 某街道简称|西街社区, 某街道简称|第三社区) opens that community's
# name: urban communities are named after their street, and a writer locating the community in its
# street writes the street in full (某街道|新城社区). Towns are left out (某镇简称|碑记村 stays the town:
# villages are written after their town's short form). A stem opening with a verb, adverb or
# function word (某街道简称|强化乡村, 某街道简称|积极推动社区) is a clause, and a stem that makes one word
# with its head (城中村) names no community. Round 50 (places2): such names gave spurious streets in
# tuning articles of five sets, with the community in the gold under its full name. The hit stays a
# mention that makes no fact (flag IN_NAME), as the community's name still starts there for the
# communities extractor; a street also written on its own elsewhere stays a fact.
RE_STREET_COMMUNITY_AFTER = regex.compile(r"([^\P{Han}的地得之在和与及是了成为把被将从向到对各全多每该本这那其等个]{2,4}?)(?:社区|小区|村)(?!民)")
STREET_OFFICIAL_ENDING = "街道"
# jieba tags of a stem's first word that open a clause, not a name (强化, 积极, 不少, 将).
CLAUSE_OPENING_TAGS = ("v", "d", "ad", "p", "c", "r", "u")


def names_street_community(text: str, hit: _Hit, gazetteer: Gazetteer) -> bool:
    """Whether the hit, a 街道's bare short form, opens the name of the community written after it
    (filter E2 above). A street written X街 (某街|新华社区) is the writer naming the street, not a stem,
    and so is one written with 街道 under a name the list doubles (唐家墩街道 for 唐家墩街街道,
    `gazetteer.derive_street_forms`; round 55 h8c)."""
    if any(form.official for form in hit.forms) or text[hit.start : hit.end].endswith(("街", STREET_OFFICIAL_ENDING)):
        return False
    if not all(gazetteer.divisions[form.code].name.endswith(STREET_OFFICIAL_ENDING) for form in hit.forms):
        return False
    after = RE_STREET_COMMUNITY_AFTER.match(text, hit.end)
    if not after or word_freq().get(after.group(0), 0):
        return False
    opening = word_tags().get(after.group(1)[:2]) or ""
    return not opening.startswith(CLAUSE_OPENING_TAGS)


def stem_makes_word(after: "regex.Match") -> bool:
    """Whether the name character and the head after a place (a `RE_COMMUNITY_AFTER_SHORT_FORM`
    match with its group 1) form a word of their own (广东|乡村, 贵州|山村, 丹东|新村社区): the
    place then speaks of its villages or estates, not of one community."""
    return bool(word_freq().get(after.group(0), 0))


def _area_attrs(division) -> dict:
    """Attrs of a functional area located in `division` (it has no level of its own)."""
    return {"level": None, "code": division.code, "chain": list(division.chain), "ambiguous": False, "candidates": []}


def _above_street(hit: _Hit) -> bool:
    """Whether every reading of the hit is a district, county, city or province."""
    return all(len(form.code) <= DISTRICT_CODE_LENGTH for form in hit.forms)


def _written_in_full(hit: _Hit) -> bool:
    """Whether the hit is written as a division's official name (安徽省, not 安徽)."""
    return any(form.official for form in hit.forms)


def _spaces_only(gap: str) -> bool:
    return bool(gap) and gap.isspace()


def mask_of(size: int, hits: list[_Hit]) -> list[bool]:
    taken = [False] * (size + 1)
    for hit in hits:
        for i in range(hit.start, hit.end):
            taken[i] = True
    return taken
