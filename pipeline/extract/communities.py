"""Communities: 社区, 村 and named residential estates (小区/花园/家园/苑/园); a 网格 is read as a head
only so that walks stop at it, and never becomes a community (filter 6).

Candidates start at every community head (`lexicons/community_suffixes.tsv`) found on the
characters of the text. The name is found by walking left over jieba tokens from the head
while they look like parts of a name, stopping at punctuation, at a place mention (叙州区南岸街道
金鱼社区 → 金鱼社区, attached to 南岸街道 and 叙州区), at function words and measure words
(`community_stop_chars.txt`) and at words that are verbs, adverbs, adjectives or numbers in
jieba's dictionary. Everything between a place and the head is the name (青禾街道团结社区).

A community needs a proper-name stem. People and unit words cut the name (居民投身社区,
`community_barrier_words.txt`); a stem with a proper-name piece (a word jieba does not know, a
rare place or person name, digits, an ordinal, a one-character name piece as in 幸福里) is a
name wherever it starts, and a stem made only of everyday words (团结, 民主, 曙光) only after a
place or a word that announces one (在, 走进, 和: `community_left_boundaries.tsv`), or when the
article names it twice, or once where its position says so: at a clause start before its own body
or office holder (明月社区党委, `community_body_followers.txt`) or, for an estate, before a building or
section (东湖花园12栋); after a verb or adverb (建设特色社区, 主动联系社区) it is a phrase. A stem
that opens with a verb or preposition (筑牢|社区安全防线, 落地|先锋社区, 直|插社区) counts only when named
twice (a phrase copied with the same words before or after it is named once) or when a shorter
reading of it is named; time words (目前, 现阶段) announce a clause, not a name;
team and office words (巡逻队, 建设办) and police units cut the stem like a street does.
Numbered filters then drop generic phrases (试点社区, 部分社区), heads that are part of a longer
word (村民, 社区治理, 公园, 乡村, but not a 村 jieba glues to a next word it does not know:
某村|八组; a proper dictionary word such as 安康社区 stays after a place or before its body),
a 社区 heading a common noun (弘扬|社区文化) in a name written once, grids, estates heading a company or fund name (青禾园物业,
桃源社区公益基金会), names inside book titles and people's names ending in 村/园.
Estates named without a head of their own take the head their list shares: counted (某某湾、某某园
两个居民小区), closed by 等小区 (某某时代、某某中心等小区) or written on the last item only
(某某西湖、某某小区); in the last two shapes every item must be name material.

Facts: one per community; canonical = the community name without place prefix, so 金鱼社区
and 叙州区南岸街道金鱼社区 merge. A short estate name contained in an earlier, longer one
(山海湾小区 after 海尔山海湾) shares that one's canonical. Every mention of a community
carries the same attrs: the street/district/place code found for it anywhere in the article.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

import regex

from ..gazetteer import LEVEL_RANK, ethnic_groups, load_gazetteer
from ..lexicon import read_table, read_terms
from ..mentions import ArticleContext, Mention
from ..articles import Article
from ..chars import RE_BOOK_TITLE, RE_HAN_CHAR, RE_QUOTED, compile_han, quoted_whole
from ..spans import Enclosures, SpanIndex, non_space, occurrences
from ..vocabulary import surnames, word_freq, word_tags
from .frames import after_epithet

# Small patterns compiled once: `regex.search(pattern, …)` looks its pattern up in a cache on
# every call, which costs more than matching a short line.
RE_LATIN_OR_DIGIT = regex.compile(r"[0-9A-Za-z]")
RE_LATIN_OR_DIGIT_RUN = regex.compile(r"[0-9A-Za-z]+")
RE_HAN_RUN = regex.compile(r"\p{Han}+")

# Longest names we accept before the head (characters); longer walks are not one name.
MAX_NAME_CHARS = 10

# A list of estates counted by a following "N个(居民)小区": each item is an estate even without
# a head of its own. Example: 海尔山海湾、京海园两个居民小区 → items 海尔山海湾, 京海园.
# The count closing such a list, its head captured (两个居民小区 → 小区); a word saying what kind of
# community the items are may stand before the head (8个试点社区: community_count_modifiers.txt).
COUNT_TAIL = r"个(?:{modifiers})?(小区|社区|村)"
COUNTED_LIST_ITEMS = r"((?:\p{Han}{2,12}、)+\p{Han}{2,12}?)"
# A total adverb may stand between a counted list and its count (甲、乙共10个小区): it says "in all",
# no item's last character (round 58 h8, bulk read). Example match: 共计.
COUNT_TOTAL = r"(?:共计|合计|总计|共有|共)?"
# Villages counted without a classifier (某某、某某、某某三村合一): a Han count right before 村. The
# count must equal the number of items, and no item may carry a 村 of its own, because numbered
# estates end the same way (顺园一村, 某某三村). Example: 泥窝、青岗、司马三村 → 泥窝, 青岗, 司马.
RE_BARE_COUNTED_VILLAGES = regex.compile(COUNTED_LIST_ITEMS + r"([两二三四五六七八九十])(村)")
# The count and head that every such list ends with, looked for before the list scan. Example: 三村.
RE_BARE_COUNT_WORD = re.compile(r"[两二三四五六七八九十]村")
BARE_COUNT_VALUES = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


@lru_cache(maxsize=1)
def _count_patterns() -> tuple[re.Pattern, regex.Pattern]:
    """The count word that ends every counted list (个小区, 个居民小区), and the counted list itself.
    Articles without the count word skip the list pattern, whose scan tries each run of Han
    characters at every start."""
    tail = COUNT_TAIL.format(modifiers="|".join(read_terms("community_count_modifiers.txt")))
    counted = regex.compile(COUNTED_LIST_ITEMS + r"等?" + COUNT_TOTAL + r"(?:[两二三四五六七八九十]|\d+)" + tail)
    return re.compile(tail), counted


def _bare_count_matches(listed: str, count: str, head: str) -> bool:
    """Whether a classifier-less count (三村) counts exactly the items before it, none of which
    carries the head itself (某某一村、某某二村、某某三村 are numbered estates, no counted list)."""
    items = listed.split("、")
    return BARE_COUNT_VALUES[count] == len(items) and not any(item.endswith(head) for item in items)


def _bare_counted_lists(text: str) -> list:
    """The lists of villages counted without a classifier (泥窝、青岗、司马三村)."""
    if RE_BARE_COUNT_WORD.search(text) is None:
        return []
    return [m for m in RE_BARE_COUNTED_VILLAGES.finditer(text) if _bare_count_matches(m.group(1), m.group(2), m.group(3))]


# The heads of residents' committees and villages, which an article that names one of a classifier-less
# count's items with its head elsewhere writes (泥窝社区 … 泥窝、青岗两村): that mention names it.
COMMITTEE_HEADS = ("社区", "村")


def _written_with_head(text: str, item: str) -> bool:
    """Whether the article also writes a counted item with a committee head after it."""
    return any(item + head in text for head in COMMITTEE_HEADS)


def _past_opening_verb(text: str, start: int, end: int, tokens) -> int:
    """A counted list's first item found by the name walk, less a frequent verb it opens with
    (先期建设|滨河、某某8个试点社区): the list is the verb's object, the name starts after it."""
    token = tokens.at(start)
    if token is None or token[0] != start or end - token[1] < 2:
        return start
    word = text[token[0] : token[1]]
    if word_tags().get(word) in VERB_OPENER_TAGS + ("vn",) and word_freq().get(word, 0) >= COMMON_VERB_FREQ:
        return token[1]
    return start


# A counted list's last item that goes on after its own 等 (某某小区、某某街区等项目建起了|4个小区,
# 座谈交流、查阅台账等形式了解|三个社区): the 等 closed the list, and the count after the clause
# counts something else. Example match: 街区等项目建起了.
RE_CLAUSE_AFTER_LIST_END = regex.compile(r"\p{Han}{2}等\p{Han}+$")
# Estates named without a head of their own, in a list whose items share the estate head: closed
# by 等小区 (某某时代、某某中心等小区 → both estates), or with 小区 on the last item only (某某西湖、
# 某某小区 → the first one too). Each item must be name material (`_name_like`); the last item of
# the second shape is found by the head itself.
# Round 40b: communities share their 社区 the same way (某华、某丰、某香社区 → 某华, 某丰 too; 某羌、某美社区):
# three tuning articles of three outlets, 2–4 characters an item, each item name material. Not
# before a title (某某主任、某某社区书记某某: a list of people, the last one's community named).
# Plain `re`, and the first item that all three shapes open with checked once ahead: the scan tries
# every character, and most are no list item (a third of the time of `regex` trying each shape).
RE_SHARED_HEAD_LIST = compile_han(
    r"(?=[\p{Han}]{2,12}、)(?:"
    r"((?:[\p{Han}]{2,12}、)+[\p{Han}]{2,12}?)等(小区)|((?:[\p{Han}]{2,12}、)+[\p{Han}]{2,8}?)(小区)"
    r"|((?:[\p{Han}]{2,12}、)+[\p{Han}]{2,4}?)(?<![省市县区镇乡])(社区)(?![党书主居委副工]))"
)
# The shared head of community lists, whose items must be no common word (jieba frequency below this):
# 多领域、专业化社区 and 某乡团委、某某社区 list no names (seed page; bulk).
SHARED_COMMUNITY_HEAD = "社区"
SHARED_ITEM_MAX_FREQ = 100
RE_SHARED_HEAD_WORD = re.compile(r"、[^、，,。；;\n]{2,8}?小区|、\w{2,4}社区")

# jieba dictionary tags of words that can be part of a name: nouns, proper names,
# abbreviations, morphemes and unknown words (not in the dictionary at all).
NAME_TAGS = ("n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "ng", "j", "g", "x", "eng")

# Han numerals: a bare number before a head counts communities (三个社区), it does not name one.
NUMERALS = set("零一二两三四五六七八九十百千万亿")
# jieba's tag of a numeral word (八一, 十五, 多年, 第三).
NUMERAL_TAG = "m"

# A dictionary word counts as a proper-name piece when it is rarer than this in jieba's
# dictionary and tagged as a place, person, other proper name, time or locative word
# (西关 57, 塔林 31, 东周 128; 特色 8092 and 联系 9767 are everyday words).
RARE_WORD_FREQ = 300
PROPER_TAGS = ("ns", "nr", "nrt", "nrfg", "nz", "t", "s", "j", "eng", "x")

# jieba tags of a one-word stem that make it a name at the start of a clause (城南社区 ns,
# 华山社区 nz, 阳光社区 nr); plain nouns and verbs (感觉社区, 总结社区) need more.
EDGE_NAME_TAGS = ("ns", "nz", "nr", "nrfg", "nrt", "t", "s", "j")

# Characters before and after a pending name that, the same at two of its mentions, make them one
# phrase written twice (a headline and the lede that repeats it), not a name the article uses twice.
# Round 12: a real page whose headline 某某社区积极探索社区发展… opened its lede again.
REPEAT_CONTEXT_BEFORE = 4
REPEAT_CONTEXT_AFTER = 6

# Most characters between a place mention and the head for all of them to be the name
# (青禾街道|团结|社区, 人民街道|前进路东|社区).
MAX_SANDWICH_CHARS = 6

# jieba tags of words that cannot be the name between a place and a head: numbers, measure
# words, pronouns, prepositions, conjunctions, adverbs, particles.
SANDWICH_BREAK_TAGS = ("m", "mq", "q", "r", "p", "c", "d", "ad", "u", "uj", "ul", "ud", "uz", "ug", "uv")

# The rest of a division's written name after its short form (某某|自治县, 某某|区): the place's own
# word, which opens no name between it and a head. Round 60 (bulk read of real articles).
# Example: 自治县.
RE_DIVISION_WORD = re.compile(r"(?:自治)?[省市区县旗州]")

# Division suffixes: a head right before one is inside the division's name (绿东村街道); a 社区
# right after one (a town the gazetteer does not know) is the town's community work, not a
# community (某某镇社区服务中心, 某某镇社区办主任, 某某镇社区居民). Round 20: every 镇社区 of the
# tuning, pool and bulk texts is such a phrase.
DIVISION_SUFFIXES = ("街道", "镇", "乡")

# Measure words that also end village names (张户滩, 李户庄): a name piece after a non-number.
NAME_MEASURE_CHARS = set("户")

# Measure words that also open the second half of estate names (康华|名邸, 金源|名府, 锦城|名居):
# jieba does not know the word, and after a name character it is a name piece, a measure word only
# after a number or a vague count (20名居民, 百余名村干部).
NAME_OPENING_MEASURE_CHARS = set("名")
COUNT_CHARS = NUMERALS | set("余多几数每")

# A road named with a date in numerals (五一路, 八一路, 二七路) ending right before the head:
# jieba cuts it 二|七路 or 五|一路 (一路 "all the way"), but it names the community (二七路社区).
RE_NUMBERED_ROAD = regex.compile(r"(?<![零一二三四五六七八九十百千万两\d])[一二三四五六七八九十]{2,3}[路街]$")

# Unit words that end a street's or office's name (青禾街道|幸福社区): what follows them is named.
UNIT_ENDINGS = ("街道", "办事处", "街办", "开发区")

# Endings of a team's or an office's name (巡逻队, 志愿服务队, 综治办, 建设办): a word ending so is a
# unit, cut from the stem like 街道 (志愿服务队青禾社区 → 青禾社区, 建设办景区社区 → 景区社区); when nothing
# is left, no community is named (综治办社区网格员). Round 10: sub-district offices (某某建设办) before
# their communities in real articles.
TEAM_OFFICE_ENDINGS = ("队", "办")

# Endings of a bureau's, a paper's or an organisation's name (民政局, 晚报, 社会组织): such a word
# before 社区 opens a unit's name (某区民政局社区科, 某晚报社区联盟, 某市社会组织社区和社会工作
# 服务中心) and cuts the stem like a people word; with nothing left, no community is named.
# Round 14: three articles of three outlets (a bureau, a paper and a city centre).
OFFICE_PAPER_ENDINGS = ("局", "报", "组织")

# jieba tags of a stem's first word, or of the first character of a word jieba does not know, that
# make the stem open with a verb or preposition (筑牢|社区安全防线, 讲好|社区故事, 落地|先锋社区):
# such a stem counts only when the article names it twice (or a shorter reading of it is named).
VERB_OPENER_TAGS = ("v", "vd", "p")

# Result complements after a verb character in a word jieba does not know (筑牢, 讲好, 做实, 盘活,
# 织密): verb + complement is a verb phrase; a verb character before a name character (胜稼村, 建新社区)
# is not. Round 12: 密 (织密社区安全网 closing real articles).
RESULT_COMPLEMENTS = frozenset("好牢实强细紧深活足优密")

# A date inside a stem (自2020年7月小区): no name.
RE_DATE_IN_NAME = regex.compile(r"\d+\s*[年月日]")

# A stem that counts residents (万人小区, 千户村, 300户小区): a size class, not a name.
RE_HEADCOUNT_STEM = regex.compile(r"^[0-9一二两三四五六七八九十百千万]+[人户]")

# An ordinal counting sessions, batches or rounds (第四届, 第三批, 第二期): 第四届社区公益节 is
# the fourth festival, not a community named 第四届 (第三社区 stays: an ordinal alone names one).
# Accuracy round 8: two tuning and bulk articles, a common contest name.
RE_SESSION_STEM = regex.compile(r"^第[一二三四五六七八九十百\d]+(?:届|批|期|次|轮|季)$")

# A stem ending in a count with its measure word (第一个, 每一个): 某区第一个社区 is the district's
# first community, counted, not one named 第一个. Example match: 第一个.
RE_COUNTED_STEM_END = regex.compile(r"[零一二两三四五六七八九十百千\d]个$")
# The same ordinal count anywhere in a stem (第一个|以…社区民警命名): the walk ran on from the count
# into the clause it opens. Example match: 第一个 in 第一个以女.
RE_ORDINAL_COUNT_IN_STEM = regex.compile(r"第[一二两三四五六七八九十百千\d]+个")

# Suffix morphemes that close the word before them (共享型, 开放式): a stem opening with one
# was cut inside that word (共享|型大社区), not at a name's start. Example match: 型 of 型大.
GLUED_SUFFIX_CHARS = frozenset("型式")

# The policy terms that 社区 opens (社区矫正 community correction, 社区康复 community rehabilitation,
# 社区戒毒 community drug treatment: the 禁毒法 and 社区矫正法 terms): a 社区 right before one is the
# term's, and the words before it name who is corrected or rehabilitated or who runs the work
# (精神障碍|社区康复, 司法行政机关|社区矫正), not a community. Round 32: 5 pooled tuning articles of 2
# sets, no labelled community ever right before them. Example match: 矫正 in 某某社区矫正.
RE_POLICY_TERM_AFTER = regex.compile(r"矫正|康复|戒毒")

# A campaign formula that pairs a count of units with the same count of villages or communities
# (百企兴百村 "a hundred firms lift a hundred villages", 万企联万村, 千企帮千村, 百校结百村): the
# stem ends with two of one count word (a verb before them is no name either: 落实|百企兴百村); it
# names a drive, not a community.
# Round 20: tuning and partnership articles from three provinces, and pages on the national
# 万企兴万村 drive.
RE_PAIRED_COUNT_STEM = regex.compile(r"([百千万])\p{Han}{1,3}\1$")

# A frequent verb right before the head is a phrase even after a locative (在实现社区自治…);
# names jieba mis-tags as verbs are rare words (翠微 27).
COMMON_VERB_FREQ = 1000

# Tags of a word's first two characters that make a four-character dictionary entry a
# phrase, not a name piece (积极响应, 隆重举行: jieba lists them as nouns or names).
PHRASE_OPENER_TAGS = ("d", "ad", "vd", "v")

# A leftover first character of a place the gazetteer does not know (神木镇|陵园路社区).
DIVISION_CHARS = set("省市区县镇乡")

# Characters ending a division's written name, 街 included (阳逻街 for 阳逻街道): a stem that opens
# with one glued to a name (街口街|凤仪 read as 街口|街凤仪) keeps a piece of the place before it.
PLACE_END_CHARS = DIVISION_CHARS | {"街"}

# Characters ending a road's name (解放路, 前进街): a verb before one names the road (filter 8i).
ROAD_END_CHARS = frozenset("路街巷道里")
# Road and direction characters: a stem after a place's short form that opens or ends with one
# names a road or quarter after the place (长兴南街, 彩虹山南路, 湖西崖西), the whole is the name.
ROAD_DIRECTION_CHARS = ROAD_END_CHARS | set("东西南北中")

# A session or batch number opening a stem (第11期|东门社区): an activity's count, not part of the name.
RE_SESSION_PREFIX = regex.compile(r"第[一二三四五六七八九十百\d]+(?:届|批|期|次|轮|季)")

# A count of units with its measure word opening a stem (160家县级|社区, 30个市级|小区): how many
# communities of a kind or level, not a name. Arabic digits only, or any count before a level word
# 级, so that village names of a numeral and 家 (三家村, 十家子村) keep theirs. Round 59: bulk.
# Example matches: 160家 in 160家县级, 三十个省级.
RE_COUNTED_UNITS_STEM = regex.compile(r"^(?:\d+[家个所座处]|[一二两三四五六七八九十百千万]+[家个所座处]\p{Han}*级)")


def session_of_a_kind(name: str) -> bool:
    """Whether the stem is a batch or session number before a kind of community (第二批|未来社区):
    the batch of that kind, not a community named after it."""
    session = RE_SESSION_PREFIX.match(name)
    return session is not None and session.end() < len(name) and is_generic(name[session.end():])


def verb_before_a_kind(name: str) -> bool:
    """Whether the stem ends with a frequent two-character verb and a kind of community (全面推进|
    未来社区, 加快建成|智慧社区): the verb phrase's object, not a name; a kind after a name
    (某某|未来社区) keeps it."""
    return any(_frequent_verb(name[at - 2 : at]) and is_generic(name[at:]) for at in range(2, len(name)))

# Function-word characters that also end two-character names, jieba cutting them off (盛|和|小区,
# 华|都|社区; 和 opens some too: 和|美|社区), and the jieba tags of the name's other character
# (a place, person or verb character, or one jieba does not list). Round 14: four articles of four
# outlets.
NAME_FUNCTION_CHARS = set("和都")
# Round 39: locative stop characters that open two-character place names jieba lists as rare proper
# words yet cuts before a head (中|沙社区, 中|台社区, 中|村社区): the pair is the name. Tuning pool and
# bulk: three articles of three sets.
NAME_OPENING_LOCATIVES = set("中")
NAME_CHAR_TAGS = ("ns", "nr", "nrt", "v", "zg", None)

# Round 39: a conjunction character jieba glued to the next name piece (某某街道|及宝|家山社区, 某镇|及
# 某坝|村, 既|解社区档案…) joins the name to what was named before it (a place, a clause), it opens no
# name: a one-character conjunction in jieba's dictionary (及, 既, 并, 或), not 和/都, which also open
# names (NAME_FUNCTION_CHARS), in a word jieba does not know. Tuning pool and bulk: three articles.
CONJUNCTION_TAG = "c"

# Round 56: a locative postposition (中, 内) closes the noun before it (活动中, 校内); after a
# function word or punctuation there is no noun to close, so the character opens the name jieba
# kept whole (被|中安街|社区: 中安街社区, not 安街社区). Bulk 56: one article; tuning pool: none cut.
NAME_OPENING_POSTPOSITIONS = set("中内")


def locative_opens_name(text: str, t_start: int) -> bool:
    """Whether the postposition opening the token at `t_start` opens a name: it follows a function
    character, punctuation or the text's start, never a noun it could close."""
    if text[t_start] not in NAME_OPENING_POSTPOSITIONS:
        return False
    before = text[t_start - 1] if t_start else ""
    return not RE_HAN_CHAR.fullmatch(before) or before in _stop_chars()


def conjunction_char(char: str) -> bool:
    """及, 既, 并: a one-character conjunction that opens no name (not 和, 都)."""
    return char not in NAME_FUNCTION_CHARS and word_tags().get(char) == CONJUNCTION_TAG


# Round 56: jieba glues a head to the conjunction after it and the next name's first character
# (屏东|村和涂|山村); the head closes one name, the conjunction joins two, so the walk back from the
# second name stops after the conjunction (涂山村), never reading 屏东村和涂山村 as one name.
# Bulk 56: one article.
JOINING_CHARS = set("和与及")


def head_joined_to_next(word: str, stop_heads: set[str]) -> int | None:
    """Length of the head and joining conjunction `word` opens with (村和涂 → 2), or None."""
    for head in stop_heads:
        at = len(head)
        if word.startswith(head) and len(word) > at and word[at] in JOINING_CHARS:
            return at + 1
    return None


def conjunction_glued(word: str) -> bool:
    """及宝, 既解: a word jieba does not know that opens with a one-character conjunction."""
    return len(word) >= 2 and word not in word_tags() and conjunction_char(word[0])


# Round 59 h8d: a place word or locative (山里, 中里, 北麓: jieba tags s or f, or a word it does not
# know opening with 中) is where a name says which part of a hill or lane the community lies in
# (锦山里社区, 红莲中里社区, 北麓原小区), so the walk no longer stops at it when it stands inside a
# name: a name piece right before it, or a place or a community's head right before it and one
# character between it and the head. After a function or everyday word (在附近社区, 当地社区,
# 小区东侧小区) it stays a word of the clause. Tuning pool: three articles of three sets.
LOCATIVE_PIECE_TAGS = ("s", "f")
LOCATIVE_PIECE_CHARS = 2


def locative_word(word: str) -> bool:
    """山里, 北麓 (jieba: s, f) or 中里 (unknown to jieba, opening with the locative 中)."""
    if len(word) != LOCATIVE_PIECE_CHARS or not RE_HAN_RUN.fullmatch(word):
        return False
    tag = word_tags().get(word)
    return tag in LOCATIVE_PIECE_TAGS or (tag is None and word[0] in NAME_OPENING_POSTPOSITIONS)


def _proper_piece_before(text: str, tokens: SpanIndex, index: int) -> bool:
    """Whether the token before tokens.spans[index] ends right at it and is a name piece: a rare
    proper word (红莲) or one name character jieba tags as a noun or place (锦), no function word
    and no division's or street's last character."""
    if index < 1 or tokens.spans[index - 1][1] != tokens.spans[index][0]:
        return False
    word = text[tokens.spans[index - 1][0] : tokens.spans[index - 1][1]]
    if len(word) == 1:
        return word not in _stop_chars() and word not in PLACE_END_CHARS and word_tags().get(word) in NAME_TAGS
    # a division's or street's short form (某某街|南方…) is a place before the name, not a piece of it
    return RE_HAN_RUN.fullmatch(word) is not None and piece_class(word) == "P" and word[-1] not in PLACE_END_CHARS


def locative_inside_name(text: str, tokens: SpanIndex, index: int, start: int, end: int,
                         place_ends: dict, stop_heads: set[str]) -> bool:
    """Whether the locative token tokens.spans[index], before the name read so far (text[start:end]),
    is a piece of that name (see above)."""
    t_start, t_end = tokens.spans[index]
    if not locative_word(text[t_start:t_end]):
        return False
    if _proper_piece_before(text, tokens, index):
        return True
    announced = t_start in place_ends or any(text.endswith(head, 0, t_start) for head in stop_heads)
    return announced and end - start == 1


# An ordinal ending a stem (新村|第一 of 某某新村第一社区): the estate's numbered community.
RE_ORDINAL_END = regex.compile(r"第[一二三四五六七八九十\d]+$")

# Round 57 h7: a stem that is only an ordinal, with the village head a 村改居 name keeps
# (第二, 第一村): no community is called "the second", so the place's short form written
# right before it is the name's proper part (桃溪|第二社区 → 桃溪第二社区).
RE_ORDINAL_ONLY_STEM = regex.compile(r"第[一二三四五六七八九十\d]+村?")

# Endings of a town's or township's name (新杏镇, 柏溪乡).
TOWN_ENDINGS = ("镇", "乡")

# Kinds whose names never start with a place of their own written before (萧山|靖安社区, 东城|牛山社区);
# estates do (a developer's brand with a city name: 上海|花园).
PLACE_CUT_KINDS = ("社区", "村")

# Heads a name ends in, whose estates made only of everyday words need a locative word before
# them (在锦江天地花园; 和温馨家园 is a phrase).
ESTATE_HEADS = ("花园", "家园", "苑", "园", "新村", "宿舍", "家属院", "家属区")

# Estate heads that are everyday nouns themselves (美好家园, 键盘花园): after a verb, a stem
# before them is not trimmed down to a name.
COMMON_ESTATE_HEADS = ("家园", "花园")

# Heads of people's names end in these (副市长赵胜村, 管理员刘思园): a role word right before a
# two-character stem makes it a person.
PERSON_NAME_HEADS = ("村", "园", "苑")


@dataclass
class _Candidate:
    start: int  # name start (after any place prefix)
    end: int  # end of the head (or of the list item)
    head: str
    kind: str
    places: list = field(default_factory=list)  # place mentions written right before, nearest first
    nearby: list = field(default_factory=list)  # else: the nearest earlier street/district of its sentence
    # Pending: a stem of everyday words with no word announcing a name before it; it counts only
    # when the article names the same community twice, or one of `starts` names an accepted one.
    pending: bool = False
    starts: tuple[int, ...] = ()
    listed: bool = False  # a list item the walk could not read (`_listed_item_start`)


@dataclass
class _Walk:
    """What a walk left from a head found: the name pieces and what stopped it."""

    start: int
    pieces: list  # (start, end, word) of the name's tokens, left to right (the first may be cut)
    stop: str  # "place", "edge" (punctuation, line or text start), "head", "word", "length"
    stop_word: str  # the word that stopped a "word" walk
    prefix: list  # place mentions written right before the name, nearest first
    # The stem is one verb written right after a place (青禾街道|翻身|社区, 某某街道|力推|社区…): a
    # name only when the article names it twice; a headline's verb is written once.
    verb_after_place: bool = False
    # The stem is a two-character name piece that opens with a function character (同鑫 of 来到同鑫
    # 社区, 经圩 of 经圩村): a name or a function word glued to one; a name only when named twice.
    glued_function_opener: bool = False


@lru_cache(maxsize=1)
def _suffixes() -> tuple[tuple[str, str, bool], ...]:
    rows = read_table("community_suffixes.tsv")
    return tuple(
        sorted(((row["suffix"], row["kind"], row["internal"] == "yes") for row in rows), key=lambda r: -len(r[0]))
    )


@lru_cache(maxsize=1)
def _re_head() -> "regex.Pattern":
    # Every community head, longest first. Example: 海特花园第三社区 → 花园 and 社区.
    return regex.compile("|".join(regex.escape(suffix) for suffix, _, _ in _suffixes()))


@lru_cache(maxsize=1)
def _stop_chars() -> frozenset[str]:
    return frozenset(read_terms("community_stop_chars.txt"))


@lru_cache(maxsize=1)
def _glued_openers() -> frozenset[str]:
    return _stop_chars() | frozenset(read_terms("community_glued_openers.txt"))


@lru_cache(maxsize=1)
def _generic_names() -> tuple[str, ...]:
    return tuple(read_terms("community_generic_names.txt"))


@lru_cache(maxsize=1)
def _generic_openers() -> tuple[str, ...]:
    return tuple(read_terms("community_generic_openers.txt"))


@lru_cache(maxsize=1)
def _concept_stems() -> frozenset[str]:
    return frozenset(read_terms("community_concept_stems.txt"))


@lru_cache(maxsize=1)
def _ethnic_groups() -> frozenset[str]:
    return frozenset(ethnic_groups())


@lru_cache(maxsize=1)
def _venues() -> tuple[str, ...]:
    return tuple(read_terms("community_venues.txt"))


@lru_cache(maxsize=1)
def _barriers() -> tuple[frozenset[str], tuple[str, ...]]:
    """Barrier words, and those of them longer than one character for suffix checks (党委书记)."""
    terms = frozenset(read_terms("community_barrier_words.txt"))
    return terms, tuple(sorted((t for t in terms if len(t) >= 2), key=len, reverse=True))


@lru_cache(maxsize=1)
def _naming_words() -> frozenset[str]:
    """Everyday words that are also place names (光明, 团结, 胜利: lexicons/place_stoplist.txt):
    Chinese communities and villages are named with them (团结社区, 胜利村)."""
    return frozenset(word for word in read_terms("place_stoplist.txt") if len(word) == 2)


@lru_cache(maxsize=1)
def _phrase_adverbs() -> tuple[str, ...]:
    """Manner adverbs that open a verb phrase (全面, 积极: lexicons/phrase_adverbs.txt); jieba tags
    some of them nouns (全面), so its tags alone miss 全面提高 as a phrase."""
    return tuple(read_terms("phrase_adverbs.txt"))


@lru_cache(maxsize=1)
def _boundaries() -> dict[str, str]:
    return {row["word"]: row["grade"] for row in read_table("community_left_boundaries.tsv")}


@lru_cache(maxsize=1)
def _body_followers() -> tuple[str, ...]:
    return tuple(read_terms("community_body_followers.txt"))


@lru_cache(maxsize=1)
def _generic_compounds() -> tuple[str, ...]:
    return tuple(read_terms("community_generic_compounds.txt"))


@lru_cache(maxsize=1)
def _brand_followers() -> "regex.Pattern":
    terms = sorted(read_terms("community_brand_followers.txt"), key=len, reverse=True)
    return regex.compile("|".join(regex.escape(t) for t in terms))


def piece_class(word: str) -> str:
    """P (a proper-name piece), S (one character) or C (an everyday word)."""
    if len(word) == 1:
        return "S"
    if RE_LATIN_OR_DIGIT.search(word) or (word.startswith("第") and len(word) >= 2):
        return "P"
    tag = word_tags().get(word)
    freq = word_freq().get(word, 0)
    if tag is None:
        return "P" if freq == 0 else "C"  # unknown to jieba; our domain words (志愿服务) are not names
    if tag in PROPER_TAGS and freq < RARE_WORD_FREQ and not verb_pair_abbreviation(word, tag):
        return "P"
    return "C"


def verb_pair_abbreviation(word: str, tag: str) -> bool:
    """掌控, 联控: two verb characters that jieba lists as an abbreviation (tag j) are a verb
    compound, not a proper-name piece: 掌控|小区 names no estate. Round 53 p2e, bulk read;
    jieba lists under twenty such words, none a stem of a labelled community."""
    return tag == "j" and len(word) == 2 and all(word_tags().get(char) == "v" for char in word)


def is_barrier(word: str) -> bool:
    """A people or unit word (居民, 党委书记, 办事处, 巡逻队) that cannot be inside a community name."""
    terms, longer = _barriers()
    return word in terms or word.endswith(longer) or word.endswith(TEAM_OFFICE_ENDINGS) or (
        len(word) >= 2 and word.endswith(OFFICE_PAPER_ENDINGS))


def is_unit_word(word: str) -> bool:
    """A barrier that ends a unit's name (青禾街道, 某某办事处, 巡逻队, 建设办): what follows it is named."""
    return word.endswith(UNIT_ENDINGS) or word.endswith(TEAM_OFFICE_ENDINGS)


def opens_with_verb(pieces) -> bool:
    """Whether a stem opens with a verb or preposition: its first word is one in jieba's dictionary
    and more words follow (落地|先锋), or jieba does not know the first word and its first character
    is a frequent verb or a preposition followed by a result complement (筑牢, 讲好; not 胜稼村), or
    two characters an adverb and a verb (直|插). One known verb alone is judged elsewhere."""
    word = pieces[0][2]
    if len(pieces) == 2 and len(word) == 1 and _adverb_char_and_verb(word + pieces[1][2]):
        return True  # 直|插社区: jieba leaves the two characters apart
    tag = word_tags().get(word)
    if tag is not None:
        return tag in VERB_OPENER_TAGS and len(pieces) >= 2
    return _verb_with_complement(word)


def _verb_with_complement(word: str) -> bool:
    """筑牢, 讲好: a word jieba does not know, a frequent verb (or preposition) character and a result
    complement (RESULT_COMPLEMENTS); not 胜稼, 建新."""
    if len(word) != 2 or word[1] not in RESULT_COMPLEMENTS or word in word_tags():
        return False
    first = word[0]
    return word_tags().get(first) in VERB_OPENER_TAGS and word_freq().get(first, 0) >= COMMON_VERB_FREQ


def _adverb_and_verb(word: str) -> bool:
    """广泛开展, 积极参与: a manner adverb (phrase_adverbs.txt) and a verb jieba knows, written as one
    token that jieba tags as anything (a person's name, a noun); not 持续 alone, not 全面|小康."""
    adverb = next((a for a in _phrase_adverbs() if word.startswith(a) and len(word) > len(a)), None)
    return adverb is not None and word_tags().get(word[len(adverb):]) in ("v", "vd", "vn")


def adverb_opens_phrase(pieces, proper: bool) -> bool:
    """Whether a manner adverb opens the stem, making it a verb phrase (积极|响应|社区号召).
    Round 56: after an adverb the next piece is the verb it modifies, even one jieba tags a place
    (高度|赞美|小区热心人, 赞美 tagged ns), so a proper-looking piece after it names nothing."""
    first = pieces[0][2]
    if first in _phrase_adverbs() and len(pieces) >= 2:
        return True
    return not proper and (first in _phrase_adverbs() or _adverb_and_verb(first))


def _adverb_char_and_verb(word: str) -> bool:
    """直插: two characters jieba lists as no word, an adverb it finds often and a frequent
    verb; not 新建 (新 an adjective), 永兴 (a word)."""
    if len(word) != 2 or word in word_tags():
        return False
    adverb, verb = word
    return (word_tags().get(adverb) == "d" and word_freq().get(adverb, 0) >= COMMON_VERB_FREQ
            and word_tags().get(verb) == "v" and word_freq().get(verb, 0) >= COMMON_VERB_FREQ)


def verb_piece(word: str) -> bool:
    """A stem piece that is a verb phrase however jieba tags it (筑牢, 广泛开展): no proper-name
    piece of a community's name, so a stem holding one counts only when named twice."""
    return _verb_with_complement(word) or _adverb_and_verb(word)


def _measure_opens_name_piece(text: str, word: str, t_start: int) -> bool:
    """康桥|名邸|小区: an unknown two-character word opening with a measure word that also opens
    estate names (NAME_OPENING_MEASURE_CHARS), written right after a name character, not a count."""
    if len(word) != 2 or word[0] not in NAME_OPENING_MEASURE_CHARS or word in word_tags():
        return False
    before = text[t_start - 1] if t_start > 0 else ""
    return (bool(RE_HAN_CHAR.fullmatch(before)) and before not in COUNT_CHARS and before not in _stop_chars()
            and word[1] not in _stop_chars())


def _frequent_verb(word: str) -> bool:
    """开展, 实现: a verb jieba knows and finds often (COMMON_VERB_FREQ)."""
    return word_tags().get(word) in ("v", "vd") and word_freq().get(word, 0) >= COMMON_VERB_FREQ


def phrase_word(word: str) -> bool:
    """A four-character dictionary entry that is a phrase, not a name piece: its first two
    characters an adverb or a verb (积极响应, 隆重举行) or a manner adverb (全面提高, 充分发挥),
    however jieba tags the whole (a noun, a person's name), or one that ends in a frequent verb
    (`_ends_in_frequent_verb`: 高度|重视)."""
    return len(word) >= 4 and (word_tags().get(word[:2]) in PHRASE_OPENER_TAGS or word.startswith(_phrase_adverbs())
                               or _ends_in_frequent_verb(word))


# Round 36c (bulk read): a four-character idiom jieba lists as one word and tags as no proper name,
# whose last two characters are a verb jieba finds often (高度|重视, a noun of degree and its verb), is a
# verb phrase before the head (某区高度重视社区建设 "the district attaches importance to…"), not a
# name written after its place.
PHRASE_VERB_TAGS = ("v", "vd")


def _ends_in_frequent_verb(word: str) -> bool:
    tag = word_tags().get(word)
    verb = word[-2:]
    return (len(word) == 4 and tag is not None and tag not in PROPER_TAGS
            and word_tags().get(verb) in PHRASE_VERB_TAGS and word_freq().get(verb, 0) >= COMMON_VERB_FREQ)


def name_like(word: str, name_so_far: str) -> bool:
    """Whether a token written before a community head can be part of its name.

    Single characters are, unless they are function/measure words (的, 该, 个): names are
    full of one-character pieces jieba cannot place (八棵杨, 吾悦华府, 开阳里). Longer words
    are when jieba tags them as nouns/names or does not know them; ordinals (第三),
    numeral-classifier pieces (八棵) and adjectives (幸福里) are too when they are not right
    before the head or are not counts (三个, 37).
    """
    if RE_LATIN_OR_DIGIT_RUN.fullmatch(word):
        return True  # 青枫01小区; a name needs two Han characters besides (checked when it is named)
    if not RE_HAN_RUN.fullmatch(word):
        return False
    if len(word) == 1:
        return word not in _stop_chars()
    tag = word_tags().get(word)
    if tag is None:
        # An unknown word glued to a function/measure word by jieba (289个村 → 个村, 辖区内有 →
        # 内有) is not part of a name; 户 after a name character (张户|滩) is a village name
        # piece, a measure word only after a number (300户).
        last_ok = word[-1] not in _stop_chars() or (
            word[-1] in NAME_MEASURE_CHARS and word[-2] not in NUMERALS and not word[-2].isdigit()
        )
        return word[0] not in _stop_chars() and last_ok
    if phrase_word(word):
        return False  # 积极响应|社区号召, 全面提高|社区: an adverb-led phrase jieba lists as one word
    if word in _naming_words() and name_so_far and piece_class(name_so_far) == "P":
        return True  # 胜利花苑小区, 东方名居小区: words that name places open names (not 建设|爱国园)
    if tag in NAME_TAGS:
        return True
    if tag == "a":
        # An adjective opens many names (幸福里社区, 光明新村) but right before the head it makes
        # a phrase (和谐家园, 友好社区).
        return bool(name_so_far)
    if tag == NUMERAL_TAG:
        if word.startswith("第"):
            return True
        return bool(name_so_far) and word[0] not in _stop_chars() and word[-1] not in _stop_chars() and word[-1] not in NUMERALS
    return False


# Filter 1: the head is the start or middle of a longer word (村民, 社区治理, 园区).
def head_inside_longer_word(head_end: int, token: tuple[int, int]) -> bool:
    return token[1] > head_end


# A community named by a number (八一村, 五一社区, 十五家园: a date or a house lot that became the
# name): jieba reads the number as a numeral word, which stops the walk like a count. Only digits one
# to ten and zero count, so 两村, 百村 and 千村 (counts, campaign formulas) stay out; a count of units
# takes its measure word (十五个村), which `RE_COUNTED_STEM_END` leaves out. Example: 西兴镇八一村.
# Round 61 (h6c): numbered names missed in tuning articles of three sets.
RE_NUMERAL_NAME = regex.compile(r"[零〇○一二三四五六七八九十]{2,3}")


def numeral_name(word: str) -> bool:
    """Whether `word` is a number jieba lists as a numeral word (八一, 五一, 十五), not a made-up run."""
    return RE_NUMERAL_NAME.fullmatch(word) is not None and word_tags().get(word) == NUMERAL_TAG


# Filter 2: the whole candidate is one ordinary dictionary word (公园, 农村, 家园, 幼儿园).
def is_dictionary_word(word: str) -> bool:
    return word in word_tags()


# Filter 9 (round 45): a space on the page inside a name (学费 社区, 供图 某某社区) splits two phrases
# of a headline or a caption that the clean text runs together: the words before it are no part of
# the community's name, which starts after the space; with nothing left before the head, none is
# named. Text spaced out character by character (青 禾 社 区) is one word the page spread, so a
# space counts only where the characters on both sides of it are set close; a line break is no
# space (a clipping's hard wraps fall inside names).
# Round 45: a headline's couplet and photo credits before a paragraph, three tuning sets.
def after_page_space(article: Article, cand: "_Candidate") -> "_Candidate | None":
    """The candidate cut after the last page space inside it; None when that leaves only its head."""
    head_start = cand.end - len(cand.head)
    cut = next((i for i in range(head_start, cand.start, -1) if article.page_space_before(i) and not _spaced_out(article, i)), None)
    if cut is None:
        return cand
    if cut == head_start:
        return None
    return replace(cand, start=cut, places=[])


# A quote closed, then its speaker and 说 glued to the name (”某某某说|青松苑社区作为…): the walk
# reads the speaker into the stem; the name starts after 说. Round 55: a bulk article. Example: the
# stem 王大帅说青松苑 after ”, cut to 青松苑.
RE_SPEAKER_BEFORE_NAME = regex.compile(r"(?<=[”\"」』])\p{Han}{2,4}?说(?=\p{Han}{2})")


def after_speaker(text: str, cand: "_Candidate") -> "_Candidate":
    """The candidate cut after the speaker of a quote that closes right before it (see above)."""
    speaker = RE_SPEAKER_BEFORE_NAME.match(text, cand.start, cand.end - len(cand.head))
    return cand if speaker is None else replace(cand, start=speaker.end(), places=[])


# A result complement written right after a frequent verb (配合好, 服务好, 管理好) belongs to the
# verb, even when jieba glues it to the name after it (配合|好桐雨|社区): the name starts after it.
# A complement that opens a word with the next character (来到|好运社区) stays the name's.
# Round 59: a bulk article. Example: the stem 好青枫 after 配合, cut to 青枫.
def after_verb_complement(text: str, cand: "_Candidate") -> "_Candidate":
    """The candidate cut after a verb's result complement glued to its first character (see above)."""
    start, stem_end = cand.start, cand.end - len(cand.head)
    if (text[start] not in RESULT_COMPLEMENTS or start < 2 or not _frequent_verb(text[start - 2 : start])
            or text[start : start + 2] in word_tags() or len(RE_HAN_CHAR.findall(text, start + 1, stem_end)) < 2):
        return cand
    return replace(cand, start=start + 1, places=[])


def _spaced_out(article: Article, index: int) -> bool:
    return article.page_space_before(index - 1) or article.page_space_before(index + 1)


# Filter 8: a stem of one everyday word (幸福, 美丽) written right after a generic quality phrase
# whose word is an adjective (和谐社区、|幸福社区, 打造和谐|幸福社区; not 街道|东方社区) is one more
# goal of the same slogan, not a named community. Round 28: goals listed after 和谐 in three
# articles of two tuning sets, none of them a community of the gold. Example: 构建和谐社区、幸福社区.
RE_LIST_MARK_END = regex.compile(r"(?:社区|小区|村)?[、和与及]?$")


def in_quality_slogan(text: str, cand: "_Candidate") -> bool:
    stem = text[cand.start : cand.end - len(cand.head)]
    if len(stem) < 2 or cand.places or piece_class(stem) != "C":
        return False
    before = text[max(0, cand.start - 8) : cand.start]
    mark = RE_LIST_MARK_END.search(before)
    left = before[: mark.start()] if mark else before
    return any(len(word) > 1 and left.endswith(word) and (word_tags().get(word) or "").startswith("a") for word in _generic_names())


# Filter 8c (round 51): 家园, 花园 and 花苑 mean "home" and "garden" too: a stem made only of quality words
# (幸福美好家园, 温馨家园, 快乐家园: community_home_qualities.txt) is the slogan's "happy, beautiful home"
# or a facility's brand, no estate; estates under these heads carry a name of their own (丰泉家园,
# 康怡花园). Round 51: five articles of five sets (slogans in headlines and closing lines, a
# disability-service brand, 创建…的美丽花苑), none an estate of the gold; no gold estate has such a stem.
HOME_WORDS = ("家园", "花园", "花苑")


@lru_cache(maxsize=1)
def _home_of_qualities_pattern() -> regex.Pattern:
    """A whole name of one or more quality words and a home word (幸福|美好|家园, 温馨|花园)."""
    qualities = "|".join(regex.escape(word) for word in sorted(read_terms("community_home_qualities.txt"), key=len, reverse=True))
    return regex.compile(f"(?:{qualities})+(?:{'|'.join(HOME_WORDS)})")


def home_of_qualities(text: str, cand: "_Candidate") -> bool:
    """Filter 8c: the candidate is quality words and a home word only (see above)."""
    return _home_of_qualities_pattern().fullmatch(text, cand.start, cand.end) is not None


# Filter 8b: a quality word (平安, 幸福: community_goal_qualities.txt) before 社区/小区 inside a
# goal frame, a verb of building or striving right before it (创建|平安社区, 共建|美好新社区), maybe
# across a list of such goals (创建平安小区、|幸福小区), or 建设/创建 right after it (平安社区|建设),
# is a goal the text sets, not a named community; the same words name real communities elsewhere
# (某街道|幸福社区). Round 30: in tuning articles of four sets and the bulk samples.
GOAL_HEADS = ("社区", "小区")
# 建设/创建 as a noun after the goal (平安社区建设工作), not the verb of a community as subject
# (某社区建设了活动室).
RE_GOAL_NOUN = regex.compile(r"(?:建设|创建)(?![了着过])")


@lru_cache(maxsize=1)
def _goal_qualities() -> frozenset[str]:
    return frozenset(read_terms("community_goal_qualities.txt"))


@lru_cache(maxsize=1)
def _goal_list() -> tuple["regex.Pattern", "regex.Pattern"]:
    """Other goals of the same list before and after a candidate (平安小区、|幸福小区, 健康社区|、平安社区)."""
    item = "(?:" + "|".join(regex.escape(word) for word in sorted(_goal_qualities(), key=len, reverse=True)) + f"){SLOGAN_NEW}?(?:" + "|".join(GOAL_HEADS) + ")"
    return regex.compile("(?:" + item + "、)+$"), regex.compile("(?:、" + item + ")+")


@lru_cache(maxsize=1)
def _goal_verbs() -> tuple[str, ...]:
    return tuple(read_terms("community_goal_verbs.txt"))


@lru_cache(maxsize=1)
def _object_verbs() -> tuple[str, ...]:
    return tuple(read_terms("community_object_verbs.txt"))


def ends_in_object_verb(name: str) -> bool:
    """Whether the stem ends with a verb whose object is the community (某市|启动|社区规划师计划,
    某街道|指导|社区): the head is the verb's object, the stem no name, whatever comes before the
    verb, a place included (round 61: five tuning articles of five sets, bulk samples)."""
    return name.endswith(_object_verbs())


def named_as_goal(text: str, cand: "_Candidate") -> bool:
    if cand.places or cand.head not in GOAL_HEADS:
        return False
    stem = text[cand.start : cand.end - len(cand.head)]
    if stem.endswith(SLOGAN_NEW):
        stem = stem[: -len(SLOGAN_NEW)]  # 美好新社区: "a new, better community"
    if stem not in _goal_qualities():
        return False
    before = text[max(0, cand.start - 24) : cand.start]
    items_before, items_after = _goal_list()
    items = items_before.search(before)
    if items:
        before = before[: items.start()]  # 创建平安小区、|幸福小区: the verb opens the list
    if before.endswith(_goal_verbs()):
        return True
    after = items_after.match(text, cand.end)
    return RE_GOAL_NOUN.match(text, after.end() if after else cand.end) is not None


# Filter 8e (round 55): a village head after a two-character domain word and a verb of
# revitalising (产业|兴|村, 人才|强|村) is the slogan "make villages thrive by X", no village.
# Villages named with these characters have a one-character stem (永兴村) or a stem whose last
# two characters are a word of their own (新|大兴|村): those stay.
RE_VILLAGE_SLOGAN_STEM = regex.compile(r"\p{Han}{2}[兴强富]")
VILLAGE_SLOGAN_HEAD = "村"


def village_slogan(text: str, cand: "_Candidate") -> bool:
    """Filter 8e: the candidate is a revitalising slogan ending in 村 (see above)."""
    stem = text[cand.start : cand.end - len(cand.head)]
    if cand.head != VILLAGE_SLOGAN_HEAD or not RE_VILLAGE_SLOGAN_STEM.fullmatch(stem):
        return False
    domain = stem[:2]
    if domain[0] in NUMERALS or word_tags().get(domain) in PROPER_WORD_TAGS + ("nr", "nrt", "nrfg"):
        return False  # 三合|兴村, 龙岗|兴村: a place or person word opens a name
    return stem[1:] not in word_tags()


# Filter 8f (round 55): a stem ending in a count of places (两地, 多地, 各地) is "the communities of
# these places" (海峡两地|社区民众), no community's name.
RE_PLACES_COUNTED_END = regex.compile(r"[两三四五六七八九十几多各数]地$")


def places_counted(text: str, cand: "_Candidate") -> bool:
    """Filter 8f: the stem closes with a count of places (see above)."""
    return RE_PLACES_COUNTED_END.search(text, cand.start, cand.end - len(cand.head)) is not None


# Filter 8g (round 55): a stem closing with a lone directional complement after a word of two
# characters or more (夸赞|起|社区 "began praising the community") is a verb phrase whose object is
# the head; a word ending in the same character (崛起, 兴起) or a one-character name before it stays.
MIN_VERB_BEFORE_COMPLEMENT = 2


def complement_before_head(text: str, cand: "_Candidate") -> bool:
    """Filter 8g: the stem ends in a complement char glued to no word (see above)."""
    stem = text[cand.start : cand.end - len(cand.head)]
    return (len(stem) > MIN_VERB_BEFORE_COMPLEMENT and stem[-1] in VERB_COMPLEMENT_CHARS
            and stem[-2:] not in word_tags())


# Filter 8i (round 58 h8, bulk read): a stem that is a clause's function word or a verb with one
# character glued to it is the sentence running into the head, not a name: a conjunction, adverb,
# preposition or pronoun standing alone (同时|社区联合…), a frequent verb written with no comma
# before a short name or a bare direction (表示|西社区: the name is the one character, too short to
# stand alone), or a kind word joined to the next (村和|社区). No labelled community has such a
# stem; a verb alone (解放村, 前进村) names villages and a verb before a road's ending (解放路) a road.
FUNCTION_STEM_TAGS = ("c", "d", "p", "r")
KIND_WORDS = ("村", "社区", "小区", "居")


def _glued_verb_stem(stem: str, placed: bool) -> bool:
    """表示|西: a frequent verb and one character; not after a place, nor a road named with a verb
    (某某街道|解放路社区)."""
    verb = stem[:-1]
    return (not placed and len(verb) >= 2 and stem[-1] not in ROAD_END_CHARS and word_tags().get(verb) == "v"
            and word_freq().get(verb, 0) >= COMMON_VERB_FREQ)


def function_word_stem(stem: str) -> bool:
    """同时, 此外, 对, 这: a clause's function word standing where a name's stem should be."""
    return word_tags().get(stem) in FUNCTION_STEM_TAGS


def _kind_word_joined(stem: str) -> bool:
    """村和|社区: a kind word and the conjunction joining it to the next (JOINING_CHARS)."""
    return stem[-1:] in JOINING_CHARS and stem[:-1] in KIND_WORDS


def clause_words_before_head(text: str, cand: "_Candidate") -> bool:
    """Filter 8i: the stem is a function word, a verb glued to one character or a joined kind word."""
    stem = text[cand.start : cand.end - len(cand.head)]
    return bool(stem) and (function_word_stem(stem) or _glued_verb_stem(stem, bool(cand.places))
                           or _kind_word_joined(stem))


# Filter 8j (round 59 h8): 社区 written before a worker's title (社区工作者, 社区规划师:
# community_worker_titles.txt) is part of that title, and a word describing the worker right before
# it (专职, 青年, 广大: the modifiers of org_social_worker_modifiers.txt, which make kinds of social
# worker the same way) says what kind of worker, not which community: 新聘专职|社区工作者. Pool: such
# phrases read as communities in four tuning articles of three sets; no gold community's stem ends
# in one of these modifiers. One-character modifiers (村, 女) are left out: 某某村|社区 names one.
WORKER_MODIFIER_MIN_CHARS = 2


@lru_cache(maxsize=1)
def _worker_titles() -> tuple[str, ...]:
    return tuple(read_terms("community_worker_titles.txt"))


@lru_cache(maxsize=1)
def _worker_modifiers() -> tuple[str, ...]:
    return tuple(term for term in read_terms("org_social_worker_modifiers.txt") if len(term) >= WORKER_MODIFIER_MIN_CHARS)


def describes_worker(text: str, cand: "_Candidate") -> bool:
    """Filter 8j: the stem ends in a word describing a worker whose title 社区 opens (see above)."""
    if cand.head != "社区" or not text.startswith(_worker_titles(), cand.end):
        return False
    return text[cand.start : cand.end - len(cand.head)].endswith(_worker_modifiers())


# Filter 8h (round 55 p1b): a verb or an adjective read as a community's stem (动员|社区参与, a
# mobilising verb; 环境差的|破旧|小区, a description). jieba tags many such verbs nouns, and adjectives
# name communities too (团结, 幸福: the naming words), so the stem's tag alone cannot tell. A real
# community is anchored somewhere in the article: a place or division before it, its own body after
# it or a locative (在, 走进) before it. A name with none of these, whose stem is one everyday word,
# is dropped when every mention of it either reads on into a phrase about communities in general
# (community_reading_on.txt) or closes a description ending in 的 that follows no place (曾经的|…).
READ_ON_HEADS = ("社区", "小区")
DESCRIPTION_MARK = "的"


@lru_cache(maxsize=1)
def _reading_on_words() -> tuple[str, ...]:
    return tuple(read_terms("community_reading_on.txt"))


def _one_everyday_word(stem: str) -> bool:
    """One dictionary word naming no place or person (动员, 破旧), or a verb phrase jieba does not
    know (讲好); not a naming word (团结)."""
    if len(stem) < 2 or stem in _naming_words():
        return False
    tag = word_tags().get(stem)
    if tag is None:
        return verb_piece(stem) or _adverb_char_and_verb(stem)
    return tag not in PROPER_TAGS + PROPER_WORD_TAGS


def _after_locative(text: str, start: int) -> bool:
    return any(_boundaries()[b] == "locative" for b in _boundaries() if text.endswith(b, 0, start))


def _anchored(text: str, cand: "_Candidate", place_ends: dict) -> bool:
    """Whether this mention has what only a community's name has: a place or division written
    before it, its own body or office holder after it, or a word of being at or going there."""
    return (bool(cand.places) or cand.start in place_ends or text.endswith(DIVISION_SUFFIXES, 0, cand.start)
            or _body_after(text, cand.end) or _after_locative(text, cand.start))


# Round 60 (h8): 新城 heads developers' names for large estates (某某新城), and also the new town a
# city builds beside its old one, named by a place (某市河东新城, 某县河西新城): a stem that is a place
# the gazetteer knows, written alone before the head, names that new town, no estate.
NEW_TOWN_HEAD = "新城"


def new_town_of_place(cand: "_Candidate", place_ends: dict) -> bool:
    """Whether the candidate is 新城 after a place mention that is its whole stem (河东|新城)."""
    stem_end = cand.end - len(cand.head)
    place = place_ends.get(stem_end)
    return cand.head == NEW_TOWN_HEAD and place is not None and place.start == cand.start


# Round 60 (h8c): 城 and 名城 end developers' names for estates (某某绣城, 某某名城) and just as
# often 城市, a city's nickname or a slogan (志愿之城, 情暖某城). Such a name is an estate only where
# something marks one: a street or town written before it, a word of living there before it or
# of the estate's homes and people after it (`community_estate_marks.tsv`), or another community
# next to it in a list. 之 before the head writes the literary "city of" (文明之城), never an estate.
CITY_HEADS = ("城", "名城")
CITY_OF_MARK = "之"


@lru_cache(maxsize=1)
def _estate_marks() -> tuple[tuple[str, ...], tuple[str, ...]]:
    rows = read_table("community_estate_marks.tsv")
    return (tuple(r["word"] for r in rows if r["side"] == "before"),
            tuple(r["word"] for r in rows if r["side"] == "after"))


# A run of list items between two names (、某某二期、): Han characters and digits joined by 、.
RE_LIST_RUN = regex.compile(r"[\p{Han}0-9A-Za-z]*(?:、[\p{Han}0-9A-Za-z]*)*")
LIST_RUN_CHARS = 30


def _listed_with_community(text: str, cand: "_Candidate", others: list["_Candidate"]) -> bool:
    """Whether another community stands in the same 、 list as `cand`, its items between them
    (某某绣城、某某二期、某某苑)."""
    for other in others:
        if other.start >= cand.end and other.start - cand.end <= LIST_RUN_CHARS:
            gap = text[cand.end : other.start]
        elif other.end <= cand.start and cand.start - other.end <= LIST_RUN_CHARS:
            gap = text[other.end : cand.start]
        else:
            continue
        if gap.startswith("、") or gap.endswith("、"):
            if RE_LIST_RUN.fullmatch(gap):
                return True
    return False


def _after_street(cand: "_Candidate", place_ends: dict) -> bool:
    """A street or town right before the name (某某街道|某某城); a city or district before it just as
    often opens a slogan about the city (某市|建设智慧某城)."""
    place = place_ends.get(cand.start)
    return place is not None and place.attrs.get("level") == "street"


def _slogan_on_city(text: str, cand: "_Candidate") -> bool:
    """An everyday word before a city's name or nickname ending in 城 (书香|满城, 绿色|江城): a
    slogan about the city, no estate."""
    name = text[cand.start : cand.end]
    for cut in range(len(name) - 2, 1, -1):
        if word_tags().get(name[cut:]) == "ns" and _one_everyday_word(name[:cut]):
            return True
    return False


def city_estate_unmarked(text: str, candidates: list["_Candidate"], place_ends: dict) -> list["_Candidate"]:
    """Filter 8k: drop an estate ending in 城/名城 that nothing marks as an estate (see above)."""
    before, after = _estate_marks()
    heads = tuple(suffix for suffix, _, _ in _suffixes())

    def marked(c: "_Candidate") -> bool:
        if text.endswith(CITY_OF_MARK, 0, c.end - len(c.head)) or text.startswith(heads, c.end):
            return False  # 文明之城; 某某城|社区 is the first part of the longer name
        if _slogan_on_city(text, c):
            return False
        return (_after_street(c, place_ends) or text.endswith(before, 0, c.start)
                or text.startswith(after, c.end)
                or _listed_with_community(text, c, [o for o in candidates if o is not c]))

    return [c for c in candidates if c.head not in CITY_HEADS or marked(c)]


def _after_description(text: str, start: int, place_ends: dict) -> bool:
    """曾经的|…, 环境差的|…: a clause ending in 的 that is no place's (某某街道的 is one)."""
    mark = start - len(DESCRIPTION_MARK)
    return (text.startswith(DESCRIPTION_MARK, mark) and mark not in place_ends
            and not text.endswith(DIVISION_SUFFIXES, 0, mark) and text[mark - 1 : mark] not in DIVISION_CHARS)


def everyday_stem_unanchored(text: str, candidates: list["_Candidate"], place_ends: dict) -> list["_Candidate"]:
    """Filter 8h: drop every mention of a name whose stem is one everyday word, none of whose
    mentions is anchored and each of which reads on or closes a description (see above)."""
    by_name: dict[str, list[_Candidate]] = {}
    for cand in candidates:
        by_name.setdefault(text[cand.start : cand.end], []).append(cand)
    dropped = set()
    for name, mentions in by_name.items():
        head = mentions[0].head
        if head not in READ_ON_HEADS or not _one_everyday_word(name[: len(name) - len(head)]):
            continue
        if any(_anchored(text, c, place_ends) for c in mentions):
            continue
        if all(text.startswith(_reading_on_words(), c.end) or _after_description(text, c.start, place_ends)
               for c in mentions):
            dropped.add(name)
    return [c for c in candidates if text[c.start : c.end] not in dropped]


# Round 57 h3: the walk takes a stem of everyday words (胜利, 解放) only with an anchor, so the same
# community written again on its own (在发展社区党群服务中心…, 。发展社区党委书记…) made no mention,
# and the bodies named after it none either. Once a mention of a name is anchored, its later
# mentions written word for word are that community too, where nothing but punctuation, the text's
# start or a word announcing a name (在, 和, 走进: community_left_boundaries.tsv) stands before
# them: after any other character (建设|胜利社区, 新|胜利社区) they are a phrase or a longer name.
RE_NAME_BOUNDARY_CHAR = regex.compile(r"[^\p{Han}0-9A-Za-z]")


def _repeat_may_start(text: str, start: int) -> bool:
    """Whether a name written again at `start` stands clear of the words before it (see above)."""
    if start == 0 or RE_NAME_BOUNDARY_CHAR.match(text, start - 1):
        return True
    return any(text.endswith(word, 0, start) for word in _boundaries())


def repeated_mentions(text: str, candidates: list["_Candidate"], place_ends: dict,
                      taken: set[int]) -> list["_Candidate"]:
    """Later mentions, written word for word, of a community one of whose mentions is anchored
    (`_anchored`), each its own span; none inside a candidate or a place (`taken`: their characters)."""
    covered = set(taken)
    for cand in candidates:
        covered.update(range(cand.start, cand.end))
    anchored: dict[str, _Candidate] = {}
    for cand in sorted(candidates, key=lambda c: c.start):
        name = text[cand.start : cand.end]
        if name not in anchored and not cand.listed and _anchored(text, cand, place_ends):
            anchored[name] = cand
    repeats = []
    for name, first in anchored.items():
        for start in occurrences(text, name, start=first.end):
            end = start + len(name)
            if covered.intersection(range(start, end)) or not _repeat_may_start(text, start):
                continue
            repeats.append(_Candidate(start, end, first.head, first.kind))
            covered.update(range(start, end))
    return repeats


# jieba tags of a dictionary word made of a name and 社区 (安康社区 nt) that make it a proper name:
# written right after a place (某某街道安康社区) or before its body, it is a community; dictionary
# words are dropped otherwise (filter 2). Villages jieba lists (华西村, but also 中关村 and 亚运村,
# quarters of a city) stay dropped.
PROPER_WORD_TAGS = ("ns", "nt", "nz")

# jieba tags of an everyday stem that make it a verb, adverb or preposition phrase (丰富|社区党委,
# 指导|社区居委会): a body word after it does not make it a name.
# Words naming places (团结, 幸福: place_stoplist.txt) are names whatever their tag; a noun as frequent
# as 指导 (7794 in jieba's dictionary; 明月 358, 先锋 1169) is a phrase's word.
PHRASE_STEM_TAGS = ("v", "vd", "vn", "a", "ad", "an", "d", "p", "c", "r", "m", "b")
BODY_STEM_MAX_FREQ = 5000


def _body_after(text: str, end: int) -> bool:
    """Whether the community ending at `end` is followed by its own body or office holder
    (某某社区党委, 某某村村委会): `community_body_followers.txt`."""
    return text.startswith(_body_followers(), end)


def _named_by_position(text: str, start: int, end: int, kind: str, prefix: list) -> bool:
    """Whether a whole dictionary word (安康社区) is a community by where it stands: a proper
    word of a community written right after a place (the last link of a chain) or before its
    own body (安康社区两委)."""
    full = text[start:end]
    if kind != "社区" or word_tags().get(full) not in PROPER_WORD_TAGS:
        return False
    return bool(prefix) or _body_after(text, end)


# A part of an estate written right after its name: a building, a numbered section or phase
# (东湖花园25栋, 青禾花园二区, 青禾花园翠竹三区, 某某家园3期): the name before it is an estate's.
RE_ESTATE_PART_AFTER = regex.compile(r"\p{Han}{0,2}?[0-9一二三四五六七八九十]+(?:栋|幢|号楼|单元|区|期)")


def _at_clause_start(text: str, start: int) -> bool:
    """Whether a name starting at `start` opens its clause or follows a word of being at or going
    to a place (在, 走进: `community_left_boundaries.tsv`, grade locative)."""
    if start == 0 or not RE_NAME_TOKEN.match(text[start - 1]):
        return True
    before = max((b for b in _boundaries() if text.endswith(b, 0, start)), key=len, default=None)
    return before is not None and _boundaries()[before] == "locative"


def _named_by_its_parts(text: str, cand: "_Candidate") -> bool:
    """Whether a pending name of everyday words stands where only a community's or an estate's
    name can, although the article names it once: at the start of a clause (or after 在, 走进 …)
    and before the community's own body or office holder (。明月社区党委委员…, 在明月社区居委会)
    or before a building or section of the estate (。东湖花园25栋楼下, 青禾花园二区)."""
    if not _at_clause_start(text, cand.start):
        return False
    stem = text[cand.start : cand.end - len(cand.head)]
    if stem not in _naming_words() and (word_tags().get(stem) in PHRASE_STEM_TAGS or word_tags().get(stem[:2]) in PHRASE_STEM_TAGS):
        return False  # 丰富|社区党委, 美好|家园3栋: a verb or an adjective opens a phrase
    if cand.kind in PLACE_CUT_KINDS:
        return _body_after(text, cand.end) and (stem in _naming_words() or word_freq().get(stem, 0) < BODY_STEM_MAX_FREQ)
    return cand.head.endswith(ESTATE_HEADS) and RE_ESTATE_PART_AFTER.match(text, cand.end) is not None


# Filter 3: a generic phrase (试点社区, 居民小区, 外来人员社区, 全国示范社区) or a venue
# (童萌亲子园), not a name.
# Word classes (first letter of the jieba tag) that a list item between delimiters may not hold:
# verbs, adjectives, numerals, measure words, prepositions, conjunctions, particles, adverbs, pronouns.
NON_NAME_TAG_CLASSES = tuple("vamqpcudr")


def _name_like(text: str, start: int, end: int, tokens, stop_heads: set[str], bounded: bool = False) -> bool:
    """Whether text[start:end] is a bare name: 2–8 characters, each word a noun, name or unknown
    word (not a verb, adjective or count), no head of its own, and at least two characters before
    any generic ending (a list item's shared head is not written after it). An item `bounded` by
    delimiters on both sides (、 or punctuation) may also hold other words (中|城|时代), but no word
    of NON_NAME_TAG_CLASSES."""
    name = text[start:end]
    if not 2 <= len(name) <= 8 or name.endswith(tuple(stop_heads) + ESTATE_HEADS) or name.startswith(_generic_openers()):
        return False
    if any(name.endswith(word) and len(name) - len(word) < 2 for word in _generic_names()):
        return False  # 老旧, 新时代: a generic word with no name before it (星海中心 keeps its 星海)
    spans = tokens.spans
    index = bisect.bisect_left(spans, (start, start))
    if index > 0 and spans[index - 1][1] > start:
        index -= 1  # the first item's start, found by the name walk, may cut a word (又如|某某西湖)
    while index < len(spans) and spans[index][0] < end:
        word_start, word_end = spans[index]
        if word_end > end:
            return False
        word = text[word_start:word_end]
        tag = word_tags().get(word)
        # A unit word (中心) may end an estate's name after two name characters (某某中心等小区).
        barrier = is_barrier(word) and not (word_end == end and word_start - start >= 2)
        if bounded:
            if barrier or (tag is not None and tag.startswith(NON_NAME_TAG_CLASSES)):
                return False
        elif (len(word) == 1 and word in _stop_chars()) or barrier or (tag is not None and tag not in NAME_TAGS):
            return False
        index += 1
    return True


# The 新 of slogans that call for "a new X community" with a generic quality X (和谐新社区, 文明新社区).
SLOGAN_NEW = "新"
# A count before a one-character derivational suffix: a policy formula's kind of community (五型社区
# "five-type communities", 三化小区), not a name. Example: 五型.
RE_COUNTED_KIND = regex.compile(r"^[一二三四五六七八九十两]+[型式化]$")


def _cut_after_glued_suffix(text: str, start: int) -> bool:
    """Whether a name starting at `start` opens with a suffix glued to the Han word before it."""
    return text[start] in GLUED_SUFFIX_CHARS and start > 0 and RE_HAN_CHAR.match(text, start - 1) is not None


def is_generic(name: str, full: str = "") -> bool:
    return (
        name in _concept_stems()  # 国际社区, 美好社区: a kind of community (community_concept_stems.txt)
        or name in _ethnic_groups()  # 苗族村, 回族社区: villages of an ethnic group, a kind, no name
        or _ends_generic(name)
        or name.startswith(_generic_openers())
        or full.endswith(_venues())
    )


def _ends_generic(name: str) -> bool:
    """Whether the stem ends with a generic word (试点, 老旧). A one-character ending is a
    derivational suffix (化, 型, 式, 性: 规范化社区, 互嵌式社区, 新型社区): generic after a word
    (规范|化, 互嵌|式) or as part of one (新型); a two-character stem that is no word ends a place
    name with it (禄化村). A slogan's 新 after a generic quality word (建设和谐新社区, 共创文明新社区:
    "a new harmonious community") keeps the phrase generic."""
    words, suffixes = _generic_endings()
    if name.endswith(SLOGAN_NEW) and name[: -len(SLOGAN_NEW)].endswith(words):
        return True
    if RE_COUNTED_KIND.match(name):
        return True  # 五型社区, 三化小区: a count of qualities, no name
    if name.endswith(words):
        return True
    return name[-1:] in suffixes and (len(name) != 2 or is_dictionary_word(name))


@lru_cache(maxsize=1)
def _generic_endings() -> tuple[tuple[str, ...], frozenset[str]]:
    """`_generic_names` split for `_ends_generic`: the words of two or more characters (one
    `str.endswith` call) and the one-character suffixes (化, 型, 式)."""
    names = _generic_names()
    return tuple(word for word in names if len(word) > 1), frozenset(word for word in names if len(word) == 1)


# Filter 4: an estate-type head inside a quotation that does not start with the name is a
# slogan or brand (“港好有你治享家园”), not an estate.
def inside_quoted_slogan(start: int, end: int, quotes: Enclosures) -> bool:
    return quotes.holds(start - 1, end)  # a quote that opens at least two characters before the name


# Filter 4b: a name that is a whole quote (“某某家园”, “某某兴村”活动) is a brand, campaign or
# platform a community runs, which programs reports: news writes a community's or an estate's own
# name without quote marks, so the brand's unquoted mentions elsewhere (a heading) are no
# community either. Round 21b: every such candidate on the labelled tuning sets (4 articles of 4
# sets, both labellings) was a gold program and no gold community. The test is `chars.quoted_whole`, where the
# candidates are kept.


# Filter 5: the head ends an everyday word (乡村, 农村, 渔村, 联村): the word is the
# countryside or a village in general, not a named village.
def head_ends_common_word(word: str, head: str) -> bool:
    if len(word) <= len(head) or not word.endswith(head):
        return False
    tag = word_tags().get(word)
    if tag == "nt" and head == "社区":
        return False  # 安康社区: an organisation's name, a community by where it stands (`_named_by_position`)
    return tag is not None and tag not in PROPER_TAGS


# Filter 6: a grid is a part of a community's area that its staff are assigned to, not a
# community: a numbered one (某社区第三网格, 5号网格) names the community's section, and 基础网格,
# 专属网格 and 微网格 are kinds of grids. The gold convention lists 社区, 村 and estates only.
# Round 57 (h7): numbered grids read as communities in tuning articles of three sets, and in two
# bulk articles; no gold file of the tuning pool, the dev set or the seeds lists a grid.
GRID_KIND = "网格"


def is_grid(kind: str) -> bool:
    return kind == GRID_KIND


# Filter 7: the candidate heads a company, fund or agency name (青禾园物业, 桃源社区公益基金会,
# 某某社区服务社): it names the company, fund or agency, not a community. After 小区/村 a company word is the estate's own
# property company (某某小区物业公司), which still names the estate.
def heads_brand_name(text: str, end: int, head: str = "社区", internal: bool = True) -> bool:
    match = _brand_followers().match(text, end)
    if not match:
        return False
    word = match.group()
    return internal or (head == "社区" and ("基金" in word or word.endswith(BODY_FOLLOWER_ENDINGS)))


# Endings of a brand follower that names a body of its own (服务社, 青少年事务中心, 营造发展中心, a bank's
# 支行): after 社区 too it makes the community's words the start of an organisation's name (某某社区服务社,
# 某某社区支行); the property and company words (物业, 公司) count after estates only.
BODY_FOLLOWER_ENDINGS = ("社", "中心", "支行")


# Filter 8: inside a book title (《某市社区基金管理办法》) a head is part of the title.
def inside_book_title(start: int, end: int, titles: Enclosures) -> bool:
    return titles.holds(start, end)


# Filter 9: a street written X街 for X街道 before 社区 (京溪街社区居委 beside 京溪街道) speaks of
# the street's communities, not of one named community.
def names_street_communities(name: str, head: str, streets: set[str]) -> bool:
    return head == "社区" and name.endswith("街") and name + "道" in streets


# Longest quote (characters inside the marks) read as a slogan or project name, not as speech.
MAX_SLOGAN_CHARS = 16
# Punctuation that makes a quote speech rather than a name.
RE_SPEECH_PUNCT = regex.compile(r"[，。；！？：]")


# Filter 10: an everyday stem after a place, listed after an honour verb in its sentence:
# 先后荣获青禾市文明社区、…示范社区等称号 lists titles, not communities.
RE_HONOUR = regex.compile(r"荣获|获评|获得|被评为|评为|授予|命名为|荣誉称号")
RE_SENTENCE_END = regex.compile(r"[。！？；\n]")


# A title listed among others: 、 before or after it, or 等…称号 closing the list.
RE_TITLE_LIST_END = regex.compile(r"、|等?\p{Han}{0,6}(?:称号|荣誉)")


def _after_honour_verb(text: str, start: int, end: int) -> bool:
    """The candidate (its place included, from `start`) is an item of a list of titles
    after an honour verb in its sentence."""
    clause_start = max((m.end() for m in RE_SENTENCE_END.finditer(text, 0, start)), default=0)
    if RE_HONOUR.search(text, clause_start, start) is None:
        return False
    listed = (start > 0 and text[start - 1] == "、") or RE_TITLE_LIST_END.match(text, end) is not None
    return listed


def in_epithet_quote(text: str, start: int) -> bool:
    """Round 38: the name starts inside a quote opened right after an epithet frame (被誉为“江南某某
    第一村”, 被戏称为“某某村”: lexicons/epithet_frames.txt, a colon may stand between): the quote
    praises or mocks a place named elsewhere; it is no community's name. The frame is in 11
    articles of the tuning pool and bulk samples, 2 quotes of them ending in 村."""
    line_start = max(text.rfind("\n", 0, start), start - MAX_SLOGAN_CHARS - 1, 0)
    opening = max(text.rfind(mark, line_start, start) for mark in "“‘")
    if opening < 0 or any(mark in text[opening + 1 : start] for mark in "”’"):
        return False
    return after_epithet(text, opening)


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies in a quote of at most MAX_SLOGAN_CHARS characters with no
    sentence punctuation (“党建引领国际社区建设”), not in quoted speech."""
    opening = text.rfind("“", max(0, start - MAX_SLOGAN_CHARS), start)
    closing = text.find("”", end, end + MAX_SLOGAN_CHARS)
    if opening < 0 or closing < 0 or closing - opening - 1 > MAX_SLOGAN_CHARS:
        return False
    inner = text[opening + 1 : closing]
    return "”" not in text[opening + 1 : start] and "“" not in inner and not RE_SPEECH_PUNCT.search(inner)


# The halves of a quoted slogan of phrases of one length: “某某献暖·乐享家园”, “悦居社区，温暖万家”,
# five or seven characters each too (“助老美家园·清扫迎新春”: round 20, an activity's name in a
# tuning article; couplet-like names of activities are common in volunteer news).
RE_SLOGAN_JOINT = regex.compile(r"[·•，,、\s]")
SLOGAN_HALF_CHARS = 4
SLOGAN_HALF_MAX_CHARS = 7


def _half_of_parallel_slogan(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one whole half of a quote made of phrases of one length (four
    to seven characters) joined by a dot, comma or space (“乐享家园·邻里同欢”, “悦居社区，温暖万家”):
    a slogan or an activity's name, not a community. Round 14: three articles of three outlets."""
    opening = text.rfind("“", max(0, start - 3 * SLOGAN_HALF_MAX_CHARS), start)
    closing = text.find("”", end, end + 3 * SLOGAN_HALF_MAX_CHARS)
    if opening < 0 or closing < 0:
        return False
    halves = RE_SLOGAN_JOINT.split(text[opening + 1 : closing])
    return (len(halves) >= 2 and text[start:end] in halves and len({len(half) for half in halves}) == 1
            and SLOGAN_HALF_CHARS <= len(halves[0]) <= SLOGAN_HALF_MAX_CHARS
            and all(RE_HAN_RUN.fullmatch(half) for half in halves))


# Round 42c (five tuning articles of five outlets; none in the bulk texts): an item of a list of communities
# with the same head (某某社区、跃进社区; 某某社区和东民建社区) whose whole stem is a word the walk
# stops at (a verb, a party's short name) got no candidate. 2–4 characters between the list mark
# after the same head and this head make a pending one; `_in_a_row` keeps it only when the item
# before it is an accepted community.
LIST_MARKS = "、和与"
LIST_ITEM_CHARS = (2, 3, 4)


# Edge characters of a phrase, not an item: particles, counters and list words (社区和居民们社区…).
LIST_ITEM_EDGE_STOPS = frozenset("的地得了着过们个等各该")
LIST_ITEM_NON_NAME_TAGS = ("p", "c", "r", "d", "m", "u", "q")


def _list_item_shaped(item: str) -> bool:
    """No phrase: not opened or closed by a particle, no function word, not a frequent verb (发展)."""
    return (item[0] not in LIST_ITEM_EDGE_STOPS and item[-1] not in LIST_ITEM_EDGE_STOPS
            and word_tags().get(item) not in LIST_ITEM_NON_NAME_TAGS
            and not (word_tags().get(item) in ("v", "vd", "vn") and word_freq().get(item, 0) >= COMMON_VERB_FREQ))


def _listed_item_start(text: str, head_start: int, head: str) -> int | None:
    for n in LIST_ITEM_CHARS:
        start = head_start - n
        mark = start - 1
        if mark - len(head) < 0 or text[mark] not in LIST_MARKS:
            continue
        item = text[start:head_start]
        if text[mark - len(head) : mark] == head and RE_HAN_RUN.fullmatch(item) and _list_item_shaped(item):
            return start
    return None


def _in_a_row(text: str, cand: _Candidate, starts: set[int], ends: set[int]) -> bool:
    """Whether an accepted community is written right after `cand` (南湖社区|半山华府小区) or
    next to it in a list (北湖社区、梧桐社区). Right after one, a stem of everyday words is
    a phrase about it (桃源社区|积极推动社区共建)."""
    after = cand.end + 1 if text.startswith("、", cand.end) else cand.end
    marks = LIST_MARKS if cand.listed else "、"
    listed_after = cand.start > 0 and text[cand.start - 1] in marks and cand.start - 1 in ends
    return after in starts or listed_after


def _is_street_short_form(text: str, place: Mention) -> bool:
    """A street/town written without its suffix (长延堡 for 长延堡街道; 唐家墩街 is written with one,
    see STREET_PRESS_ENDING)."""
    written = text[place.start : place.end]
    return place.attrs.get("level") == "street" and not written.endswith(("街道", "镇", "乡", "办事处", STREET_PRESS_ENDING))


# The minutes of a clock time (12:30, 8：00), which jieba splits from the hour at the colon: a
# time opens the clause, no name piece. Round 28 (second wave). Example: 12:00 before a community.
RE_CLOCK_MINUTES = regex.compile(r"[:：]\d{2}")


# A token that can be part of a name: Han characters, digits and Latin letters only.
# Example: 青禾, 3A, not 、 or “.
RE_NAME_TOKEN = regex.compile(r"[\p{Han}0-9A-Za-z]+")


# Endings of a division written with its level (长春市, 凤凰街道, 柳林办事处, and 唐家墩街: the 街 the
# press of Wuhan and Guangzhou writes for 街道 is that level, so 唐家墩街|九头鸟小区 is an estate of the
# street, not one named after it; round 55 h8c).
STREET_PRESS_ENDING = "街"
DIVISION_WRITTEN_ENDINGS = ("省", "市", "区", "县", "镇", "乡", "旗", "州", "街道", "办事处", "街办", STREET_PRESS_ENDING)


QUALITY_TAG = "a"  # jieba's adjectives: 新, 老, 大


# Round 47 (mst): one Han character alone between a place's bare short form and the head (洛阳|池社区,
# 烟台|东社区, 新石|一社区 beside 新石街道) is too short to be a name of its own: the place's short
# form is the name's first part. Tuning pool: three articles of three sets lost the community so.
# A numeral counts only after a street's short form: after a city (邯郸|一社区) it is the headline's
# "a community in the city", no name.
def _lone_stem_char(stem: str, place: Mention) -> bool:
    """池, 东, 一: a single Han character, no function word and no quality (北京|新社区: a new
    community of the city, no name), that cannot name a community alone."""
    if len(stem) != 1 or RE_HAN_CHAR.match(stem) is None or stem in _stop_chars():
        return False
    if stem in NUMERALS:
        return place.attrs.get("level") == "street"
    return not (word_tags().get(stem) or "").startswith(QUALITY_TAG)


def _name_may_start(text: str, start: int, tokens, place_ends) -> bool:
    """Whether a name may start at `start`: the text's or a clause's start, right after a place,
    or after a word that announces a name (在, 走进); not inside a word (老|山东|里社区)."""
    if start == 0 or start in place_ends or not RE_NAME_TOKEN.match(text[start - 1]):
        return True
    before = tokens.at(start - 1)
    return before is not None and text[before[0] : before[1]] in _boundaries()


def _is_bare_short_form(text: str, place: Mention) -> bool:
    """A city, district or street written without its level (长春, 凤凰 for 凤凰街道)."""
    return not text[place.start : place.end].endswith(DIVISION_WRITTEN_ENDINGS)


def _place_cut(t_start: int, t_end: int, place_chars: set[int]) -> int | None:
    """Where a token glued to a place mention's end leaves the place (镇新墩 → 新墩), or None
    when no character of the token belongs to a place."""
    inside_place = [i for i in range(t_start, t_end) if i in place_chars]
    return max(inside_place) + 1 if inside_place else None


def _ends_a_community_before(text: str, word: str, t_end: int, end: int, stop_heads: set[str], estate: bool) -> bool:
    """Whether `word`, before a name ending at `end`, ends another community: a head that names
    no part of a name (社区 of a previous community), or for an estate a village or community
    it lies in (杨和村|兰亭苑小区). 青禾村|社区 is one name (村改居), and so is 新村."""
    if word == "村" and t_end == end and text.startswith("社区", end):
        return False
    return word in stop_heads or (estate and word.endswith(("社区", "村")) and not word.endswith("新村"))


def _places_written_before(text: str, start: int, place_ends: dict[int, Mention]) -> list[Mention]:
    """Place mentions written right before a name starting at `start`, nearest first (南岸街道,
    then 叙州区); an opening quote may stand between them (劲松街道“八棵杨社区…”)."""
    prefix = []
    cursor = start - 1 if start > 0 and text[start - 1] in "“‘" else start
    while cursor in place_ends:
        prefix.append(place_ends[cursor])
        cursor = place_ends[cursor].start
    return prefix


def _no_head_here(text: str, token: tuple[int, int], head_start: int, head_end: int, head: str, internal: bool,
                  titles: Enclosures) -> bool:
    """Whether the head at text[head_start:head_end], inside jieba token `token`, is part of
    another word or name rather than a community's head."""
    if (head_inside_longer_word(head_end, token) and not text.startswith(GLUED_FOLLOWERS, head_end)
            and not village_glued_to_next_word(text, token, head_start, head)):
        return True
    if head_ends_common_word(text[token[0] : token[1]], head) and not _clan_village(text, token):
        return True  # 乡村, 农村, 渔村
    if inside_book_title(head_start, head_end, titles) or heads_brand_name(text, head_end, head, internal):
        return True
    if text.startswith(DIVISION_SUFFIXES, head_end):
        return True  # 绿东村街道: the head is inside a street's or town's name
    if head == "村" and text.startswith(VILLAGE_RESIDENT_FORMS, head_end):
        return True  # 某某组村(居)民代表: 村(居)民 "village (or community) residents", no village's head
    return head == "村" and text.startswith("社区", head_end)  # 青禾村社区: the village's name is inside the community's


# 村(居)民, 村（居）民 "village or community residents" (村(居)民代表, 村(居)民委员会): the 村 opens that
# word, the words before it name no village (某某组村(居)民代表). Round 35b: a bulk sample; the form is
# common in rural election and governance news.
VILLAGE_RESIDENT_FORMS = ("(居)民", "（居）民", "(居)委", "（居）委")


# 村 as the object of a one-character verb that jieba glues to it (企业|兴村, 乡贤|帮村, 河流|穿村而过),
# written right after an everyday noun that is the verb's subject: a clause about villages (帮村, 兴村
# slogans of rural revival; a stream running through a village), not a village's name. Round 33: four
# such false villages in tuning articles of two sets (and the shape in a third set's slogans and the
# bulk samples), none a village of the gold; 联村 after a name (某某联村) stays a village.
OBJECT_VERB_TAGS = ("v", "vn", "zg")
SUBJECT_NOUN_TAGS = ("n", "j", "vn", "nz")


def _village_as_object(text: str, tokens: SpanIndex, token: tuple[int, int], head: str) -> bool:
    """Whether the head 村 ends a two-character token of a verb and 村 (兴村) that follows an
    everyday noun of two or more characters (民营企业|兴村): the noun's verb takes the villages."""
    word = text[token[0] : token[1]]
    if head != "村" or len(word) != 2 or not word.endswith(head) or word in word_tags():
        return False
    if word_tags().get(word[0]) not in OBJECT_VERB_TAGS:
        return False
    index = tokens.index_at(token[0])
    if not index:
        return False
    before = tokens.spans[index - 1]
    subject = text[before[0] : before[1]]
    if before[1] != token[0] or len(subject) < 2:
        return False
    return word_tags().get(subject) in SUBJECT_NOUN_TAGS or _person_goes_to_village(subject, word[0])


# Round 36c (bulk read): a person's name written right before a frequent one-character verb glued to
# 村 (某某|返村, 某某|驻村, 某某|回村: a cadre returning to or stationed in a village) is a clause whose
# subject is the person, not a village named after a family; a clan village (吴家村) has no verb there.
PERSON_NAME_TAGS = ("nr", "nrfg", "nrt")


def _person_goes_to_village(subject: str, verb: str) -> bool:
    """Whether `subject` is a person's name (two or three characters opening with a surname, unknown
    to jieba or tagged as a name) and `verb` a verb jieba finds often (COMMON_VERB_FREQ)."""
    tag = word_tags().get(subject)
    return (len(subject) <= 3 and subject[0] in surnames() and (tag is None or tag in PERSON_NAME_TAGS)
            and word_tags().get(verb) == "v" and word_freq().get(verb, 0) >= COMMON_VERB_FREQ)


# Filter 11: a one-character verb jieba knows well (教, 助, 包: COMMON_VERB_FREQ) right before the
# head, after an everyday word of two or more characters (业余时间|教|社区居民, 手册|助|社区, 班子|包|社区)
# is a clause whose verb takes the communities as its object, not a name ending in a name character;
# it counts only when the article names it twice. Round 34: such clauses read as communities in three
# tuning articles of three sets, none a community of the gold.
# Only 社区: estates and villages end in such characters (高树|围小区, 长|兴村).
OBJECT_VERB_CHAR_TAGS = ("v", "a")  # round 36c: an adjective used as a verb too (烟火|满|社区 "fills the community")
OBJECT_VERB_HEAD = "社区"


def verb_char_takes_head(pieces, head_start: int, head: str) -> bool:
    """Whether the stem ends in a frequent one-character verb right at the head 社区, after an
    everyday word (业余时间|教, 班子|包), not after a name piece or another character."""
    if head != OBJECT_VERB_HEAD or len(pieces) < 2 or pieces[-1][1] != head_start:
        return False
    verb, before = pieces[-1][2], pieces[-2][2]
    return (len(verb) == 1 and word_tags().get(verb) in OBJECT_VERB_CHAR_TAGS
            and word_freq().get(verb, 0) >= COMMON_VERB_FREQ
            and len(before) >= 2 and piece_class(before) == "C")


# Filter 13 (round 42): 村 right before 集体 or 级 is the village-level modifier of the noun
# after it (村集体经济, 村级组织), so everyday words before it are the clause's verb phrase
# (为发展壮大|村集体经济, 坚持将|村集体收益, 在商议|村集体事宜), a village only when the article
# names it twice. Seen in three articles of the tuning pool and bulk, none a village of the gold.
VILLAGE_LEVEL_HEAD = "村"
VILLAGE_LEVEL_NOUNS = ("集体", "级")


# Filter 12 (round 35): a 社区 that heads a common noun of community life (社区文化, 社区事务, 社区
# 礼堂: community_generic_compounds.txt), with no place or division word (街道, 镇) right before the name and the name
# written only once in the article, is that noun's first half: the words before it are a clause
# (为弘扬|社区文化, 连线|社区事务受理中心, 高标准配备|社区礼堂), not a community. Seen in 4 tuning
# articles of 2 sets, none a community of the gold.
GENERIC_COMPOUND_HEAD = "社区"


def generic_compound_head(text: str, cand: "_Candidate", head_end: int) -> bool:
    if cand.head != GENERIC_COMPOUND_HEAD or cand.places or not text.startswith(_generic_compounds(), head_end):
        return False
    if text.endswith(DIVISION_SUFFIXES, 0, cand.start):
        return False  # 某某街道|文兴社区文化节: a street the gazetteer does not know still names it
    return text.count(text[cand.start : head_end]) == 1


# 社区行 closing a campaign's name (某某社区行活动, “青春社区行”): a tour of communities the text
# names, its words before 社区 a theme, not a community; what follows is 活动, 首站 or no Han
# character (not 社区行政, 社区行动). Round 33: such campaigns in three tuning articles of two sets
# and a bulk sample (one of each read as a community), none a community of the gold.
# Round 55 p1b: the tour's own team after it (某某社区行采访团, 社区行宣讲团) closes it too.
RE_TOUR_AFTER = regex.compile(r"行(?=活动|首站|\p{Han}{0,3}团|[^\p{Han}]|\Z)")
TOUR_HEAD = "社区"
TOUR_MARK = "行"


def tour_before_page_space(article: Article, text: str, cand: "_Candidate") -> bool:
    """A headline's tour (某某采访团某地社区行 聚焦…): 社区行 ends at a space of the page, which
    the cleaned text no longer shows, so `RE_TOUR_AFTER` sees the next word glued to it."""
    after = cand.end + len(TOUR_MARK)
    return cand.head == TOUR_HEAD and text.startswith(TOUR_MARK, cand.end) and article.page_space_before(after)


# Words that follow a community's name and whose first character jieba may glue to the head
# (某某村|新时代文明实践站 read as 村新|时代): the head still ends a name there. Round 20: a tuning
# article and web pages of village civilisation stations (three of four such villages were lost).
# (Only this word: with the bodies of `community_body_followers.txt` too, 某镇某村|党委 read as
# 镇某|村党 let the town's last character into the name.)
GLUED_FOLLOWERS = ("新时代",)


# Filter 1 exception (round 49 commmiss): jieba's guesser glues a village's 村 to the first character
# of the next word when the pair is no word it knows (某某村|八组 read as 村八组, 某某村|溪东自然村 as
# 村溪东, 某某村|四村联动 as 村四村): the 村 still ends the name before it. A token jieba does know (村民,
# 村委, 村级, 村貌) keeps the 村 inside its word. Seen in tuning articles of four sets (a village's group,
# a natural village inside it, a count of villages after a list), each village of the gold lost.
# Not after a 村 (某某村|村貌: the word about the village just named) nor when one character after the
# 村 closes the clause (碧绕|村流，: a line of verse, a verb and its object, no name before it).
def village_glued_to_next_word(text: str, token: tuple[int, int], head_start: int, head: str) -> bool:
    """Whether the head 村 opens the token `token` that jieba made up (no dictionary word)."""
    if head != "村" or token[0] != head_start or text[token[0] : token[1]] in word_tags():
        return False
    if head_start > 0 and text[head_start - 1] == head:
        return False
    return not (token[1] - token[0] == 2 and not RE_HAN_CHAR.match(text, token[1]))


# A village named after the clan living in it (吴家村, 罗家庄村) is written surname + 家 + 村; jieba
# cuts off the surname and reads 家村 as a word (吴|家村). Round 20: villages in tuning articles and
# lists of villages in rural news.
CLAN_VILLAGE_WORD = "家村"


def _clan_village(text: str, token: tuple[int, int]) -> bool:
    """Whether the token 家村 follows a surname standing alone (官庄街道吴|家村)."""
    start = token[0]
    return text[start : token[1]] == CLAN_VILLAGE_WORD and start > 0 and text[start - 1] in surnames()


def _after_places_written_first(start: int, end: int, place_starts: dict[int, Mention]) -> tuple[int, list[Mention]]:
    """Where a list item text[start:end] leaves the places written at its start (、某区某街道|
    东方红社区), and those places, nearest first; (start, []) when it starts with none."""
    prefix = []
    while start in place_starts and place_starts[start].end < end:
        prefix.insert(0, place_starts[start])
        start = place_starts[start].end
    return start, prefix


# Round 55 (h8): a function character or verb glued before a community's name written after a
# place (某街道以|某联社区…作为试点, 从某镇来|某海社区打工) or after a headline separator (栏目丨某城社区) is
# read into the name by the walk, which takes jieba's unknown word or the place's whole tail as the
# name; the same article writes the community without it elsewhere, and the glued form then stood as
# a second community no gold lists (three tuning articles of three sets). One character more is no
# new community only when it cannot open a name (`_glued_openers`); 老|城东社区 may be another one.
MIN_GLUED_STEM_CHARS = 2


def glued_opener_cut(text: str, candidates: list["_Candidate"]) -> list["_Candidate"]:
    """Candidates whose name opens with a glued character (`_glued_openers`) while the rest is
    a name the article writes on its own (another candidate's text) start after that character."""
    written = {text[c.start : c.end] for c in candidates}
    cut = []
    for cand in candidates:
        name = text[cand.start : cand.end]
        rest = name[1:]
        if (name[0] in _glued_openers() and rest in written
                and len(rest) - len(cand.head) >= MIN_GLUED_STEM_CHARS):
            cand = replace(cand, start=cand.start + 1)
        cut.append(cand)
    return cut


# Fewest characters a longer name adds before a shorter one for both to be one community
# written with and without what lies before it (石门口|桂香里社区); one character (老|城东社区)
# may tell two communities apart.
MIN_EXTRA_CHARS = 2


def _one_name_ends_the_other(known: str, name: str, head: str) -> bool:
    """Whether one of two community names is the other with two or more characters before it,
    the shorter keeping a stem of two characters or more before its head."""
    shorter, longer = sorted((known, name), key=len)
    return (longer.endswith(shorter) and len(longer) - len(shorter) >= MIN_EXTRA_CHARS
            and len(shorter) - len(head) >= 2)


def _shared_written_name(known: str, name: str, head: str, written: list[str]) -> str | None:
    """The one name, written on its own in the article (`written`, sorted: the first such name
    wins), that two community names each end with different words before it
    (`_one_name_ends_the_other`): a city's short form in a headline and a street's short form in
    the lede (某市|青松社区, 某某街|青松社区, and 青松社区 alone later) name one community, named by
    that shared name. Round 53 p2e, bulk read: such a
    community was listed twice; its short name alone had joined only the first form."""
    return next((
        core for core in written
        if core not in (known, name) and core.endswith(head)
        and _one_name_ends_the_other(known, core, head) and _one_name_ends_the_other(name, core, head)
    ), None)


# Round 53 (h7): a community written again later in a shorter form of its own name: without its
# head as an item of a list that shares one (桐湾东社区 … 在桐湾东、柳家村两个社区), or cut short keeping
# the first and last characters of its stem (湖滨新村第二社区 … 湖二社区; 北杨柳路社区 … 北柳路社区). The
# short form is that community: the labelled sets list it once, under the name first written. A
# short form that keeps only the front of the stem (桂家园社区 of 桂家园西街社区) names another
# community, and so does one written in the same sentence as the longer name (a list of villages
# 王庄村、王家庄村) or a two-character stem one character shorter (王庄村 … 王家庄村: northern village names
# differ by 家 alone). Tuning pool: three articles of two sets, where the short form was a second
# community; no labelled article lists a name and such a short form of it apart.
MIN_SHORT_STEM_CHARS = 2
# Characters a two-character short form leaves out of the stem, at least (湖二 of 湖滨新村第二).
MIN_DROPPED_CHARS = 2
# Characters whose absence tells neighbouring communities apart rather than shortening a name: a
# road's section or a direction (人民路社区, 人民东路社区) and 家 of village names (王庄村, 王家庄村).
SIBLING_NAME_CHARS = ROAD_DIRECTION_CHARS | {"家"}


def _stem_of(name: str, head: str) -> str:
    return name[: -len(head)] if head and name.endswith(head) else name


def _short_form_of(known: str, known_head: str, name: str, head: str) -> bool:
    """Whether `name` (head `head`, empty for a list item sharing its head) is `known` written
    shorter: its stem alone, or its stem's characters in order with the first and last kept."""
    known_stem, stem = _stem_of(known, known_head), _stem_of(name, head)
    if len(stem) < MIN_SHORT_STEM_CHARS or (head and head != known_head):
        return False
    if stem == known_stem:
        return not head and bool(known_head)  # 桐湾东 of 桐湾东社区, in a list sharing 社区
    if len(stem) >= len(known_stem) or stem[0] != known_stem[0] or stem[-1] != known_stem[-1]:
        return False
    if len(known_stem) - len(stem) < MIN_DROPPED_CHARS and len(stem) < MIN_SHORT_STEM_CHARS + 1:
        return False  # 王庄村 of 王家庄村: two-character village names that differ by 家 alone are two villages
    rest = iter(known_stem)
    if not all(char in rest for char in stem):
        return False
    dropped = Counter(known_stem) - Counter(stem)
    return not set(dropped) <= SIBLING_NAME_CHARS  # 人民路社区 of 人民东路社区: a road's other section


def _in_one_sentence(text: str, spans: list[tuple[int, int]], start: int) -> bool:
    """Whether a mention starting at `start` shares its sentence with one of `spans`."""
    for a_start, a_end in spans:
        low, high = (a_end, start) if a_end <= start else (start, a_start)
        if RE_SENTENCE_END.search(text, low, high) is None:
            return True
    return False


def _name_written_most(text: str, members: list[_Candidate]) -> str:
    """The name of a community written in several forms (大芬社区 three times, 宣传周大芬社区
    once): the form written most often, the first of them on a tie (石门口桂香里社区, then
    桂香里社区: the first)."""
    names = [text[c.start : c.end] for c in members]
    # A shorter form whose stem is everyday words only (花园社区 of 育新花园社区) is the longer
    # name cut by jieba where a sentence opens (育新|花园社区), not the name.
    heads = {text[c.start : c.end]: c.head for c in members}
    kept = [name for name in names if not (
        any(other != name and other.endswith(name) for other in names)
        and _everyday_stem(name[: len(name) - len(heads[name])]))] or names
    return max(kept, key=lambda name: (kept.count(name), -kept.index(name)))


# One-character tails that jieba splits off the word before a name (实践|站, 服务|站: a station;
# 国庆|前, 春节|后: a time): the character ends that word, it opens no name. Round 28 (second wave),
# with the tails of community_stop_chars.txt (使, 经, 点), which need no word before them.
STATION_TAIL = "站"
TIME_TAILS = frozenset("前后")
# A span of time that 前/后 turns into a point (多年|前, 三个月|后): jieba tags the span a numeral
# (m), not a time word (t). Round 60 (bulk read of real articles). Example: 多年.
RE_TIME_SPAN_WORD = re.compile(r"[年月天周]$")
# jieba tags of the word a station character ends (实践 v, 服务 vn, 文化 n).
STATION_WORD_TAGS = frozenset({"n", "v", "vn"})


def _tail_of_word_before(walk: "_Walk", pieces: list) -> bool:
    """Whether the stem's first piece is one character that ends the word the walk stopped at
    (实践|站|某某社区, 国庆|前|某某社区), with a word of two characters or more after it (站|前社区,
    后|柳村 stay: their rest is one character)."""
    first, second = pieces[0], pieces[1]
    if first[1] - first[0] != 1 or second[1] - second[0] < 2 or walk.stop != "word":
        return False
    word, char = walk.stop_word, first[2]
    if len(word) < 2 or not RE_HAN_RUN.fullmatch(word) or word in _boundaries():
        return False
    tag = word_tags().get(word)
    if char == STATION_TAIL:
        return tag in STATION_WORD_TAGS
    return char in TIME_TAILS and (tag == "t" or _is_time_span(word))


def _is_time_span(word: str) -> bool:
    """Whether `word` is a span of time jieba tags a numeral (多年, 三个月), which 前/后 makes a point."""
    return word_tags().get(word) == NUMERAL_TAG and RE_TIME_SPAN_WORD.search(word) is not None


def _opens_with_division_rest(text: str, pieces: list) -> bool:
    """Whether the stem opens with what is left of a division's name after its place: one
    division character (神木镇|陵园路社区; read from the text, as the place can end inside the
    word: 某某|区 of jieba's 某某区) or a division word (某某|自治县)."""
    if not pieces:
        return False
    own = text[pieces[0][0] : pieces[0][1]]
    return (len(own) == 1 and own in DIVISION_CHARS) or RE_DIVISION_WORD.fullmatch(own) is not None


def _time_point_end(pieces: list) -> int | None:
    """The index of the first piece after a time span and its 前/后 inside a stem (两年|前|某某村),
    when two Han characters or more are left after it; else None."""
    for i in range(len(pieces) - 2, 0, -1):
        if pieces[i][2] in TIME_TAILS and _is_time_span(pieces[i - 1][2]):
            rest = "".join(word for _, _, word in pieces[i + 1 :])
            return i + 1 if len(RE_HAN_CHAR.findall(rest)) >= 2 else None
    return None


# A house number inside a stem (某某路|168|号|花水湾小区): the street address written before an estate,
# no part of its name; the name starts after 号. Round 35b: bulk samples with estates after their
# address. Example: the pieces 168, 号 before 花水湾.
HOUSE_NUMBER_MARK = "号"


def _house_number_end(pieces: list) -> int | None:
    """The index of the first piece after the last house number (digits, then 号) of a stem, when
    a name of two Han characters or more is left after it; else None."""
    for i in range(len(pieces) - 2, 0, -1):
        if pieces[i][2] == HOUSE_NUMBER_MARK and pieces[i - 1][2].isdigit():
            rest = "".join(word for _, _, word in pieces[i + 1 :])
            return i + 1 if len(RE_HAN_CHAR.findall(rest)) >= 2 else None
    return None


# Directional complements that jieba glues to the next word after a verb (成立|起白岩|村, 建|起青禾|村):
# after a verb the walk stopped at, such a first character ends the verb, it opens no name.
# Round 35b: a tuning article (成立起…村 合作社); 起 is the complement of building and founding verbs.
VERB_COMPLEMENT_CHARS = frozenset("起")


def _complement_after_verb(walk: "_Walk", pieces: list) -> bool:
    """Whether the stem's first piece is a word jieba does not know that opens with a directional
    complement (VERB_COMPLEMENT_CHARS) of the verb the walk stopped at, the rest of the word
    it left, or the complement alone."""
    word = pieces[0][2]
    return (walk.stop == "word" and word_tags().get(walk.stop_word) in ("v", "vd")
            and word[0] in VERB_COMPLEMENT_CHARS and (len(word) == 1 or word not in word_tags()))


# Round 59 h8b: a two-character name whose first character is also a function or locative
# character (同鑫社区, 中巷社区, 经圩村) is read as that character glued to a one-character name:
# the walk stops at the word, or drops a head token that opens with it as a glued count (289|个村).
# Both readings occur, so the word is the stem only when the article names it twice. Tuning: such
# communities after 来到, 参加, 走进 or a town, each named again at a clause start (l53, t53, g54,
# g57 sets).
def _unknown_with_function_opener(word: str) -> bool:
    """Whether `word` is two Han characters jieba does not know (or knows as a rare place or name:
    中坝), a function character first and a name character second (同鑫, 中巷), the glued shape the
    walk stops at."""
    return (len(word) == 2 and RE_HAN_RUN.fullmatch(word) is not None and piece_class(word) == "P"
            and word[0] in _stop_chars() and word[1] not in _stop_chars())


def _everyday_stem(stem: str) -> bool:
    """Whether a stem is one everyday dictionary word (花园, 幸福): no name of its own."""
    return bool(stem) and piece_class(stem) == "C" and stem in word_tags()


def _place_before_lookup(places: list[Mention]):
    """A function giving the place mention ending last at or before an offset (None if none)."""
    ends = sorted(m.end for m in places)
    by_end = {m.end: m for m in places}

    def place_before(offset: int) -> Mention | None:
        i = bisect.bisect_right(ends, offset) - 1
        return by_end[ends[i]] if i >= 0 else None

    return place_before


def _street_and_district(sources: list[list[Mention]]) -> tuple[str | None, str | None]:
    """The first street and the first district named in `sources` (each list nearest first:
    南岸街道, then 叙州区); a resolved street gives its district too (its chain's parent)."""
    street = district = None
    for written in sources:
        for place in written:
            level, code, chain = place.attrs.get("level"), place.attrs.get("code"), place.attrs.get("chain") or []
            name = chain[-1] if chain else place.canonical
            if level == "street" and street is None:
                street = name
                if district is None and code and len(chain) >= 2:
                    district = chain[-2]
            elif level == "district" and district is None:
                district = name
    return street, district


def _deepest_code(sources: list[list[Mention]]) -> str | None:
    """The code of the deepest resolved place in `sources` (the first of that depth)."""
    place_code = None
    best_rank = -1
    for written in sources:
        for place in written:
            level, code = place.attrs.get("level"), place.attrs.get("code")
            if code and level and LEVEL_RANK[level] > best_rank:
                best_rank = LEVEL_RANK[level]
                place_code = code
    return place_code


def _repeat_context(text: str, cand: _Candidate) -> tuple[str | None, str]:
    """The Han characters right before and right after a mention; quotes and spaces, which a
    headline and its lede set differently (“某某，筑牢社区…” / 某某，筑牢社区…), do not count.
    A place written before the name (某某街道|翻身社区, twice) is its address, not a copied phrase:
    None then, equal to nothing."""
    before = None if cand.places else "".join(
        RE_HAN_CHAR.findall(text, max(0, cand.start - REPEAT_CONTEXT_BEFORE * 2), cand.start))[-REPEAT_CONTEXT_BEFORE:]
    after = "".join(RE_HAN_CHAR.findall(text, cand.end, cand.end + REPEAT_CONTEXT_AFTER * 2))[:REPEAT_CONTEXT_AFTER]
    return before, after


def _distinct_uses(contexts: list[tuple[str | None, str]]) -> int:
    """How many times a name is used, not copied: a mention whose words before or whose words after
    repeat an earlier mention's is the same phrase written again (丰富社区群众的… twice)."""
    kept: list[tuple[str | None, str]] = []
    for before, after in contexts:
        if not any((before is not None and before == b) or after == a for b, a in kept):
            kept.append((before, after))
    return len(kept)


def _confirm_pending(text: str, cand: _Candidate, name: str, accepted: set[str], count: int,
                     accepted_starts: set[int], accepted_ends: set[int]) -> bool:
    """Whether a pending candidate is a community after all, made accepted (and cut to its
    accepted shorter reading) when it is."""
    shorter = next((s for s in cand.starts if text[s : cand.end] in accepted), None)
    if shorter is not None:
        cand.start, cand.places, cand.pending = shorter, [], False
        return True
    if cand.head in COMMON_ESTATE_HEADS and name not in accepted:
        return False  # 开展美好家园活动, however often: estates of everyday words need a locative
    if count >= 2 or name in accepted or _in_a_row(text, cand, accepted_starts, accepted_ends):
        cand.pending = False
        return True
    # Round 36: a verb stem right after its street (某某街道|振兴|社区) waits to be named twice, but
    # later mentions that open a clause (。振兴社区将…) make no candidate (the walk reads the verb as
    # the clause's), so they were never counted: the name written again word for word counts; not
    # a frequent verb's (宁夏|实现|村(社区)全覆盖, a headline the lede repeats).
    # Round 56 h5c: a frequent verb's name counts too when a mention is followed by the community's
    # own body (某某街道|解放社区 … 。解放社区党支部书记…): a headline's verb phrase has no party branch.
    if cand.places and text.count(name) >= 2 and (not _frequent_verb(name[: -len(cand.head)])
                                                  or _written_before_body(text, name)):
        cand.pending = False
        return True
    return False


def _written_before_body(text: str, name: str) -> bool:
    """Whether some mention of `name` is followed by its own body or office holder (某某社区党委)."""
    return any(_body_after(text, found.end()) for found in regex.finditer(regex.escape(name), text))


# Round 56 h5c: the walk stops at a verb or adjective written right before the head (复兴|社区,
# 振兴|南社区) and reads it as the clause's verb, so a community named with it makes no candidate.
# A direction character between the word and the head (振兴南社区) is no verb's object; the bare
# word is a name where a place or unit is written right before it and the community's body right
# after it (某某中心|复兴社区党委, not 某某街道|加强社区党委: frequent verbs stay out).
STOPPED_WORD_TAGS = ("v", "vn", "a", "b")
STEM_DIRECTION_CHARS = "东西南北"


def _stopped_word_name(text: str, walk: "_Walk", head_start: int, head_end: int, head: str,
                       tokens: SpanIndex, place_ends: dict) -> int | None:
    """The start of a 社区 name whose stem is the word the walk stopped at, when the text
    anchors it there (see STOPPED_WORD_TAGS)."""
    if walk.stop != "word" or head != "社区" or len(walk.stop_word) != 2:
        return None
    word_start = walk.start - len(walk.stop_word)
    rest = text[walk.start : head_start]
    if text[word_start : walk.start] != walk.stop_word or word_tags().get(walk.stop_word) not in STOPPED_WORD_TAGS:
        return None
    if len(rest) == 1 and rest in STEM_DIRECTION_CHARS:
        return word_start
    if rest or word_freq().get(walk.stop_word, 0) >= COMMON_VERB_FREQ or not _body_after(text, head_end):
        return None
    token = tokens.at(word_start - 1) if word_start else None
    before = text[token[0] : word_start] if token is not None and token[1] == word_start else ""
    return word_start if word_start in place_ends or (before and is_barrier(before)) else None


def _is_place_word(word: str) -> bool:
    """Whether a jieba token is a division's short form (萧山, 阳逻, 东城) or one written with a
    division character after it (江埔街, 萧山区)."""
    gazetteer = load_gazetteer()
    core = word[:-1] if len(word) >= 3 and word[-1] in PLACE_END_CHARS else word
    return len(core) >= 2 and bool(gazetteer.lookup(core) or gazetteer.lookup_common(core))


def _cut_pieces(pieces: list, at: int) -> list:
    """The pieces from offset `at` on; a piece straddling it keeps its part after it."""
    kept = []
    for p_start, p_end, word in pieces:
        if p_end <= at:
            continue
        kept.append((at, p_end, word[at - p_start :]) if p_start < at else (p_start, p_end, word))
    return kept


def _is_proper_rest(pieces: list) -> bool:
    """Whether what is left of a stem after a cut is still a name: two Han characters or more,
    with a proper-name piece or two pieces of which one is a single character (海|塱), that
    neither opens nor ends with a road or direction character (长兴|南街, 前进|路北, 开阳|里:
    the place's name is the road's, part of the community's own) nor ends like an estate."""
    rest = "".join(word for _, _, word in pieces)
    if len(RE_HAN_CHAR.findall(rest)) < 2 or rest[0] in ROAD_DIRECTION_CHARS or rest[-1] in ROAD_DIRECTION_CHARS:
        return False
    if rest[0] in NUMERALS or rest[0].isdigit():
        return False  # 翠苑|一区: a numbered part of the place's quarter
    if RE_ORDINAL_ONLY_STEM.fullmatch(rest):
        return False  # 桃溪|第二: an ordinal alone is no name, the place before it is the name's
    first = pieces[0][2]
    if len(first) == 2 and first[0] in NAME_OPENING_MEASURE_CHARS and first not in word_tags():
        return False  # 金源|名府社区: a measure-word half (名府, 名邸) needs the name before it
    if RE_ORDINAL_END.sub("", rest).endswith(ESTATE_HEADS):
        # 崇文|佳苑社区, 江滨|新村第一社区: a community named after its estate keeps the whole name
        return False
    classes = [piece_class(word) for _, _, word in pieces]
    return "P" in classes or ("S" in classes and len(pieces) >= 2)


def _after_leading_place(text: str, pieces: list, written_before: list[Mention]) -> list | None:
    """The stem's pieces after a piece of the place written before it, or None when it has
    none or too little name is left: a session number (第11期|东门), a division character left
    from a place's name (街口|街凤仪, 新店镇|洛阳 read as 新店|镇洛阳), a town's name (新杏镇|洛溪)
    or a place the gazetteer knows (萧山|靖安, 江埔街|海塱, 东城|牛山)."""
    # A piece's word is its whole jieba token; a piece cut from a place (滨河镇|新墩) starts inside it.
    pieces = [(p_start, p_end, text[p_start:p_end]) for p_start, p_end, _ in pieces]
    start, first = pieces[0][0], pieces[0][2]
    stem = text[start : pieces[-1][1]]
    session = RE_SESSION_PREFIX.match(stem)
    # A town or township the gazetteer does not know, read by jieba as one word (新杏镇|洛溪村).
    town = next((p_end for p_start, p_end, word in reversed(pieces[:-1])
                 if len(word) >= 3 and word.endswith(TOWN_ENDINGS) and word not in word_tags()), None)
    if session:
        at = start + session.end()
    elif (first[0] in PLACE_END_CHARS and len(first) >= 2 and first not in word_tags()
          and start > 0 and RE_HAN_CHAR.match(text, start - 1)):
        at = start + 1
    elif town is not None:
        at = town
    elif len(pieces) >= 2 and _is_place_word(first) and not any(first in place.canonical for place in written_before):
        # (翠苑街道|翠苑一区社区 is named after its street: the whole is the name)
        at = pieces[0][1]
    else:
        return None
    rest = _cut_pieces(pieces, at)
    if session:  # after a session number any name is announced (第3期|东门社区)
        return rest if len(RE_HAN_CHAR.findall(stem[session.end() :])) >= 2 else None
    return rest if _is_proper_rest(rest) else None


# A village written right after its town or township (某某镇|石门村, 某某乡|禾村、柳村): the place
# announces the name, so a stem the head walk cannot read is a name too: one character (桂村,
# which `_named` leaves out as too short), a stop character inside (某某镇|岔地村: 地 ends the walk)
# or a stem that looks like a person's name (李岗村). Round 21 (second wave): villages of four
# tuning articles of three sets, and county news pages of the search tool, are written so.
RE_TOWN_VILLAGE = regex.compile(r"([^\P{Han}村]{1,3}?)村")
# Towns and townships (and street offices) as written: their ending.
VILLAGE_TOWN_ENDINGS = ("镇", "乡", "街道")
# Parts of speech of a one-character stem that make it a word about villages, not a name
# (包村, 返村, 下村, 全村): verbs, locatives, adjectives, pronouns, prepositions, conjunctions, adverbs.
NON_VILLAGE_CHAR_TAGS = frozenset({"v", "f", "a", "r", "p", "c", "d", "u"})
# Dictionary villages that are places or names (新村, 李岗村): the rest are everyday words (行政村).
VILLAGE_WORD_TAGS = ("ns", "nr")


# Round 50: a two-character stem that jieba lists as a rare word of any part of speech (积善 ad, 南中 f,
# 七里 m: freq below RARE_WORD_FREQ) names the village right after its town; a count (十家, 首个: a
# measure word second) does not. Villages of three pool articles of three sets were missed so.
MEASURE_TAG = "q"


def _rare_village_word(stem: str) -> bool:
    """Whether a two-character stem after a town is a rare dictionary word that is no count."""
    return (len(stem) == 2 and 0 < word_freq().get(stem, 0) < RARE_WORD_FREQ
            and word_tags().get(stem[1]) != MEASURE_TAG)


# The head closes an everyday word that starts inside the stem (某某街道农业|农村办公室, 城|乡村):
# two words run together, no village's name. Only words this common (农村, 乡村): rarer ones
# ending in 村 (家村, 小村, 新村) close clan and place names.
EVERYDAY_VILLAGE_WORD_FREQ = 1000


def _closes_everyday_word(stem: str) -> bool:
    """Whether the last stem character and 村 make a common word jieba lists as no place or name."""
    word = stem[-1] + "村"
    return (len(stem) >= 2 and word_freq().get(word, 0) >= EVERYDAY_VILLAGE_WORD_FREQ
            and word_tags().get(word) not in PROPER_TAGS)


def _village_stem(stem: str) -> bool:
    """Whether `stem` + 村, right after a town, names a village: no generic stem (试点, 重点), no
    count (三个, 一), no everyday word (贫困, 示范, 行政), and a stem of one character must be no verb,
    locative or function word (驻村, 下村, 各村)."""
    full = stem + "村"
    if stem[0] in _stop_chars() or is_generic(stem, full) or _closes_everyday_word(stem):
        return False
    if any(char in NUMERALS for char in stem) and not _rare_village_word(stem):
        return False
    if is_dictionary_word(full) and word_tags().get(full) not in VILLAGE_WORD_TAGS:
        return False
    if len(stem) == 1:
        return word_tags().get(stem) not in NON_VILLAGE_CHAR_TAGS
    tag = word_tags().get(stem)
    return _rare_village_word(stem) or not (word_freq().get(stem, 0) and tag is not None and tag not in NAME_TAGS)


def _town_villages(text: str, places: list[Mention]) -> list[_Candidate]:
    """Villages written right after a town or township mention, and the villages listed after
    them with 、 (某某镇禾村、柳村): each a candidate with the town as its place."""
    found = []
    for town in places:
        if not text[town.start : town.end].endswith(VILLAGE_TOWN_ENDINGS):
            continue
        at = town.end
        while (match := RE_TOWN_VILLAGE.match(text, at)) and _village_stem(match.group(1)):
            found.append(_Candidate(match.start(), match.end(), "村", "村", [town]))
            if not text.startswith("、", match.end()):
                break
            at = match.end() + 1
    return found


# A community or estate named by a work unit's three-digit code (某区418小区, 某街道307所社区: the
# housing of a numbered factory or institute): a name of digits, which the name walk (two Han
# characters at least) cannot read. Not a count: no digit, point, ordinal or amount word (约, 共计) before it,
# no round hundred (100社区 is a count or a brand). Round 41: four articles of three tuning sets and
# the bulk name communities so.
RE_CODE_COMMUNITY = regex.compile(r"(?<![0-9A-Za-z.．％%第近约超共计有余逾达])[1-9][0-9][0-9](?<![0-9]00)[所厂]?(?:社区|小区)")


def _code_communities(text: str, place_ends: dict[int, Mention]) -> list[_Candidate]:
    """Communities named by a three-digit unit code, with the place written right before them."""
    found = []
    for match in RE_CODE_COMMUNITY.finditer(text):
        head = match.group()[-2:]
        place = place_ends.get(match.start())
        found.append(_Candidate(match.start(), match.end(), head, "社区" if head == "社区" else "小区", [place] if place else []))
    return found


# Staff housing named after its work unit (某某局宿舍, 某厂家属院, 某公司宿舍小区, 某委集资楼): the
# unit's name is the stem, which the name walk cuts at the unit word (局, 厂, 公司 are barriers).
# The stem starts after the nearest place, community, punctuation or verb before it and must name
# its unit (公司家属院, 单位宿舍 name none). Round 41c: eleven articles of the tuning pool and bulk
# name staff housing so, seven of them in the gold.
STAFF_HOUSING_HEADS = ("宿舍", "家属院", "家属区", "集资楼")
RE_STAFF_HOUSING = regex.compile(
    r"(\p{Han}{1,10}?(?:局|厂|公司|站|所|矿|委|校|医院|企业))(?:职工)?(?:" + "|".join(STAFF_HOUSING_HEADS) + r")(?:小区)?"
)
# Where a staff-housing stem starts: after a community or division head, a possessive, a list mark or
# a word that brings its object (帮助, 为, 向, 在, 从, 对, 给, 到, 住).
RE_STAFF_STEM_CUT = regex.compile(r"(?:社区|小区|村|辖区|街道|区|镇|乡|路|街|巷|的|和|及|与|帮助|为|向|在|从|对|给|到|住|是|了)")
# A registered company's full name (某某股份有限公司) is the organization's; a place inside it is no
# cut (某省印刷股份有限公司宿舍), so such a stem is left alone.
RE_LEGAL_FORM = regex.compile(r"有限|股份")
STAFF_BARE_UNITS = frozenset({"公司", "单位", "企业", "工厂", "本厂", "本局", "该厂", "该公司", "学校", "医院"})


def _staff_housing(text: str, place_ends: dict[int, Mention]) -> list[_Candidate]:
    """Staff housing named after its work unit, with the place written right before it."""
    found = []
    # The pattern tries a lazy stem at every Han character; most articles have no head word at all.
    if not any(head in text for head in STAFF_HOUSING_HEADS):
        return found
    for match in RE_STAFF_HOUSING.finditer(text):
        start = match.start()
        stem_end = match.end(1)
        for cut in RE_STAFF_STEM_CUT.finditer(text, start, stem_end - 1):
            start = cut.end()
        start = max([start] + [end for end in place_ends if start < end < stem_end - 1])
        stem = text[start:stem_end]
        if len(stem) < 2 or stem in STAFF_BARE_UNITS or RE_LEGAL_FORM.search(stem):
            continue
        place = place_ends.get(start)
        found.append(_Candidate(start, match.end(), "小区", "小区", [place] if place else []))
    return found


class CommunityExtractor:
    """Find named communities, villages, estates and grids, attached to their street/district.

    Keyword-only options:
      max_name_chars: longest name accepted before the head (default MAX_NAME_CHARS).
    """

    assigns = "communities"
    requires = ("places",)

    def __init__(self, *, max_name_chars: int = MAX_NAME_CHARS) -> None:
        self.max_name_chars = max_name_chars

    def __call__(self, ctx: ArticleContext) -> list[Mention]:
        text = ctx.text
        tokens = SpanIndex(non_space(text, ctx.tokens.spans, ctx.tokens.starts))
        places = sorted(ctx.found("places"), key=lambda m: m.start)
        place_ends = {m.end: m for m in places}
        place_chars = set()
        for m in places:
            place_chars.update(range(m.start, m.end))

        candidates = self._headed(text, tokens, place_ends, place_chars, places)
        # 司马三村 of 泥窝、青岗、司马三村: the count and head the list shares, no estate's number
        count_ends = {m.end() for m in _bare_counted_lists(text)}
        candidates = [c for c in candidates if c.end not in count_ends]
        candidates += self._counted_lists(text, tokens, place_ends, place_chars)
        villages = _town_villages(text, places) + _code_communities(text, place_ends) + _staff_housing(text, place_ends)
        # a candidate running over a town into its village (某某镇禾村) is the village
        candidates = [c for c in candidates if not any(c.start < v.start < c.end for v in villages)] + villages
        candidates = [
            c for c in self._resolve_pending(text, self._outermost(candidates))
            if not in_quality_slogan(text, c) and not named_as_goal(text, c) and not home_of_qualities(text, c)
            and not village_slogan(text, c) and not places_counted(text, c)
            and not complement_before_head(text, c) and not clause_words_before_head(text, c)
            and not describes_worker(text, c) and not new_town_of_place(c, place_ends)
        ]
        candidates = [cut for c in candidates if (cut := after_page_space(ctx.article, c)) is not None]
        candidates = [c for c in candidates if not tour_before_page_space(ctx.article, text, c)]
        candidates = [after_speaker(text, c) for c in candidates]
        candidates = [after_verb_complement(text, c) for c in candidates]
        candidates = glued_opener_cut(text, candidates)
        candidates = everyday_stem_unanchored(text, candidates, place_ends)
        candidates = city_estate_unmarked(text, candidates, place_ends)
        repeats = [c for c in repeated_mentions(text, candidates, place_ends, place_chars)
                   if not in_quality_slogan(text, c) and not named_as_goal(text, c) and not home_of_qualities(text, c)
                   and not complement_before_head(text, c) and not clause_words_before_head(text, c)
                   and not describes_worker(text, c)]
        candidates = sorted(candidates + repeats, key=lambda c: c.start)
        units = sorted((m for m in places if m.attrs.get("level") in ("street", "district")), key=lambda m: m.end)
        unit_ends = [m.end for m in units]
        for cand in candidates:
            if not cand.places:
                cand.nearby = self._nearby_place(ctx, cand.start, units, unit_ends)
        return self._mentions(text, candidates)

    @staticmethod
    def _nearby_place(ctx: ArticleContext, start: int, units: list[Mention], unit_ends: list[int]) -> list[Mention]:
        """The nearest street/district mention before `start` in the same sentence (迎江区的吾悦华府小区).

        `units`: the article's street and district mentions sorted by end; `unit_ends` their ends.
        """
        sentence_start, _ = ctx.sentence_at(start)
        i = bisect.bisect_right(unit_ends, start) - 1
        while i >= 0 and units[i].start >= sentence_start:
            if units[i].end <= start:
                return [units[i]]
            i -= 1
        return []

    def _walk(self, text, end, tokens, place_ends, place_chars, stop_heads, estate=False) -> _Walk:
        """Walk left from `end` token by token while tokens look like name parts.

        Stops at a place mention, a non-internal head (社区 of a previous community), a word
        that is no name part, punctuation or `max_name_chars`; says which of these it was.
        """
        start = end
        pieces = []
        stop, stop_word = "edge", ""
        index = bisect.bisect_left(tokens.spans, (end, end)) - 1
        while True:
            if start in place_ends:
                stop = "place"
                break
            if index < 0 or tokens.spans[index][1] != start:
                break  # the text's start, or a gap (space) before the name: an edge
            t_start, t_end = tokens.spans[index]
            cut = _place_cut(t_start, t_end, place_chars)
            if cut is not None and cut < t_end and conjunction_char(text[cut]) and (
                    t_end - cut == 1 or conjunction_glued(text[cut:t_end])):
                # jieba glued the place and a conjunction (某镇及|某坝村 → 镇及): the name starts after it
                if cut + 1 < t_end:
                    pieces.insert(0, (cut + 1, t_end, text[cut + 1 : t_end]))
                    start = cut + 1
                stop, stop_word = "word", text[cut]
                break
            if cut is not None:
                # jieba glued the place's last character to the name (滨河镇新墩 → 镇新墩): cut there.
                if cut < t_end:
                    pieces.insert(0, (cut, t_end, text[t_start:t_end]))
                    start = cut
                stop = "place"
                break
            verdict, verdict_word, piece = self._read_token(text, t_start, t_end, start, end, stop_heads, estate)
            if verdict == "word" and piece is None and locative_inside_name(
                    text, tokens, index, start, end, place_ends, stop_heads):
                verdict, piece = None, (t_start, t_end, text[t_start:t_end])  # 锦|山里|社区, 红莲|中里|社区
            if piece is not None:
                pieces.insert(0, piece)
                start = piece[0]
            if verdict is not None:
                stop, stop_word = verdict, verdict_word
                break
            index -= 1
        return _Walk(start, pieces, stop, stop_word, _places_written_before(text, start, place_ends))

    def _read_token(self, text, t_start, t_end, start, end, stop_heads, estate) -> tuple[str | None, str, tuple | None]:
        """What the walk makes of the token text[t_start:t_end] before the name read so far
        (text[start:end]): (stop, stop_word, piece to add); stop is None when the walk goes on."""
        word = text[t_start:t_end]
        if not RE_NAME_TOKEN.fullmatch(word):
            return "edge", "", None  # punctuation, quote, line break: an edge
        if t_start > 0 and RE_CLOCK_MINUTES.fullmatch(text, t_start - 1, t_end):
            return "edge", "", None  # 12:00|某某社区: the minutes of a clock time end the clause before the name
        if _ends_a_community_before(text, word, t_end, end, stop_heads, estate):
            return "head", "", None  # 杨和村|兰亭苑小区: a village, then an estate in it
        if len(word) > 1 and word in _boundaries():
            return "word", word, None  # a word that announces a name is no part of it (步入|锦凤社区), whatever jieba tags it
        joined = head_joined_to_next(word, stop_heads)
        if joined is not None:
            # 屏东|村和涂|山村: the head ends the name before, the conjunction joins the next
            rest = (t_start + joined, t_end, word[joined:]) if joined < len(word) else None
            return "word", word[joined - 1], rest
        if _measure_opens_name_piece(text, word, t_start):
            return None, "", (t_start, t_end, word)
        if conjunction_glued(word):
            return "word", word[0], (t_start + 1, t_end, word[1:])  # 及|宝家山社区: the rest is the name's first piece
        if not name_like(word, text[start:end]):
            rest = word[1:]
            if (word[0] in _stop_chars() and len(rest) >= 2 and word not in word_tags() and rest[-1] not in DIVISION_CHARS
                    and name_like(rest, text[start:end])):
                if locative_opens_name(text, t_start):
                    return None, "", (t_start, t_end, word)
                # jieba glued a function word to the name (如|万明园社区): the rest is a piece; not
                # when the word is a division's short form (经开区, 高新区: its rest names no community).
                return "word", word[0], (t_start + 1, t_end, rest)
            return "word", word, None
        if end - t_start > self.max_name_chars:
            return "length", "", None
        return None, "", (t_start, t_end, word)

    def _walk_left(self, text, end, tokens, place_ends, place_chars, stop_heads):
        """Start of the name ending at `end`, and the place mentions written right before it."""
        walk = self._walk(text, end, tokens, place_ends, place_chars, stop_heads)
        return walk.start, walk.prefix

    def _sandwich(self, text, front, tokens, places_before, stop_heads) -> int | None:
        """Start of a name written between a place mention and the head (青禾街道|团结|社区):
        the place's end, when everything between is name material."""
        place = places_before(front)
        if place is None or not 2 <= front - place.end <= MAX_SANDWICH_CHARS:
            return None
        between = text[place.end : front]
        if not RE_HAN_RUN.fullmatch(between) or any(head in between for head in stop_heads):
            return None
        spans = tokens.spans
        index = bisect.bisect_left(spans, (place.end, place.end))
        words = []
        if conjunction_glued(between[:2]):
            return None  # 某某街道|及宝|家山社区: two items, the walk reads the name after the conjunction
        while index < len(spans) and spans[index][0] < front:
            word = text[spans[index][0] : spans[index][1]]
            if word in _boundaries() or (not words and RE_DIVISION_WORD.fullmatch(word)):
                return None  # 某街道|联合|某社区, 某某|自治县|某社区: the walk reads the name after the word
            if (len(word) == 1 and word in _stop_chars()) or is_barrier(word) or phrase_word(word):
                return None  # 某市|积极探索|社区: a phrase jieba lists as one word is no name
            tag = word_tags().get(word)
            if tag in SANDWICH_BREAK_TAGS and not word.startswith("第"):
                return None  # 宁夏、甘肃|两个|社区: a count, not a name
            if spans[index][1] == front and tag in ("v", "vd"):
                return None  # 西海岸新区唯一|入选|社区: a verb before the head makes a phrase
            words.append(word)
            index += 1
        if len(words) >= 2 and _frequent_verb(words[0]) and all(piece_class(w) == "C" for w in words[1:]):
            return None  # 某某街道|开展|清洁|家园行动: a frequent verb and everyday words make a phrase
        return place.end

    def _headed(self, text, tokens, place_ends, place_chars, places) -> list[_Candidate]:
        """Candidates ending at a community head that is no part of another word or name, whose
        stem is a name, less those inside a quoted slogan or naming a street's communities."""
        kinds = {suffix: (kind, internal) for suffix, kind, internal in _suffixes()}
        stop_heads = {suffix for suffix, _, internal in _suffixes() if not internal}
        quotes = Enclosures([m.span() for m in RE_QUOTED.finditer(text)])
        titles = Enclosures([m.span() for m in RE_BOOK_TITLE.finditer(text)])
        streets = {m.canonical for m in places if m.attrs.get("level") == "street"}
        place_before = _place_before_lookup(places)
        found = []
        slogans: set[str] = set()
        for match in _re_head().finditer(text):
            head_start, head_end = match.span()
            head = match.group()
            kind, internal = kinds[head]
            token = tokens.at(head_start)
            if token is None or _no_head_here(text, token, head_start, head_end, head, internal, titles):
                continue
            if _village_as_object(text, tokens, token, head):
                continue
            front = token[0]  # a head that ends a token (胜稼村, 华腾园) brings its front
            cand = self._candidate(text, front, head_start, head_end, head, kind, tokens, place_ends, place_chars,
                                   stop_heads, place_before)
            if cand is None:
                continue
            if internal and inside_quoted_slogan(cand.start, head_end, quotes):
                continue
            if quoted_whole(text, cand.start, head_end):
                slogans.add(text[cand.start : head_end])
                continue
            if RE_HAN_CHAR.match(text, head_end) and _in_short_quote(text, cand.start, head_end) and self._everyday_words(text, tokens, cand.start, head_start):
                continue  # “党建引领国际社区建设”: everyday words in a short quote that goes on after the head, a slogan
            if names_street_communities(text[cand.start : head_start], head, streets):
                continue
            if generic_compound_head(text, cand, head_end):
                continue  # 弘扬|社区文化: the head opens a common noun
            if head == TOUR_HEAD and RE_TOUR_AFTER.match(text, head_end):
                slogans.add(text[cand.start : head_end])
                continue  # 某某社区行: a campaign touring communities
            if _half_of_parallel_slogan(text, cand.start, head_end):
                slogans.add(text[cand.start : head_end])
                continue
            found.append(cand)
        # A slogan's half is the slogan wherever else the article writes it (a headline without quotes);
        # so is a quoted brand's name (扎实推进“某某新社区”建设 … 什么是某某新社区).
        return [cand for cand in found if text[cand.start : cand.end] not in slogans]

    @staticmethod
    def _everyday_words(text: str, tokens: SpanIndex, start: int, stop: int) -> bool:
        """Whether text[start:stop] is made only of everyday dictionary words (no name piece)."""
        index = bisect.bisect_left(tokens.spans, (start, start))
        words = []
        while index < len(tokens.spans) and tokens.spans[index][0] < stop:
            words.append(text[tokens.spans[index][0] : min(tokens.spans[index][1], stop)])
            index += 1
        return bool(words) and all(piece_class(word) == "C" for word in words)

    def _candidate(self, text, front, head_start, head_end, head, kind, tokens, place_ends, place_chars,
                   stop_heads, place_before) -> _Candidate | None:
        """The named community ending at `head_end`, if its stem is a name (see the module docstring)."""
        estate = kind == "小区"
        sandwich = self._sandwich(text, front, tokens, place_before, stop_heads)
        walk = self._walk(text, front, tokens, place_ends, place_chars, stop_heads, estate)
        walk = self._extend_stem(text, front, head_start, walk, tokens, place_ends, place_chars, stop_heads, estate)
        if walk is None:
            return None
        if estate:
            self._take_street_short_form(text, walk)
        if sandwich is not None and sandwich < walk.start:
            prefix = self._walk(text, sandwich, tokens, place_ends, place_chars, stop_heads).prefix
            return self._named(text, sandwich, head_end, head, kind, prefix, pending=False)
        if walk.start == head_start and walk.prefix and _is_street_short_form(text, walk.prefix[0]):
            # 长延堡社区: a community named after the short form of its street (长延堡街道).
            return self._named(text, walk.prefix[0].start, head_end, head, kind, walk.prefix[1:], pending=False)
        glued = self._function_char_in_name(text, front, head_start, tokens, place_ends)
        if glued is not None:
            return self._named(text, glued, head_end, head, kind, _places_written_before(text, glued, place_ends),
                               pending=False)
        inner = self._place_inside_name(text, walk, head_start, tokens, place_ends)
        if inner is not None:
            return self._named(text, inner, head_end, head, kind, _places_written_before(text, inner, place_ends),
                               pending=False)
        if walk.stop == "word" and walk.start == head_start:
            listed = _listed_item_start(text, head_start, head)
            if listed is not None:
                # 某某社区、跃进社区: a verb or party word the walk stops at, pending until a row confirms it
                cand = self._named(text, listed, head_end, head, kind, [], pending=True)
                if cand is not None:
                    cand.listed = True
                return cand
        stopped = _stopped_word_name(text, walk, head_start, head_end, head, tokens, place_ends)
        if stopped is not None:
            return self._named(text, stopped, head_end, head, kind, [], pending=False)
        stem = self._stem(text, walk, head, head_start, kind)
        if stem is None:
            return None
        pieces, grade = stem
        return self._judge_stem(text, walk, pieces, grade, head_start, head_end, head, kind)

    @staticmethod
    def _function_char_in_name(text, front, head_start, tokens, place_ends) -> int | None:
        """Where a two-character name starts whose one character jieba reads as a function word
        (盛|和|小区, 华|都|社区, 和|美|社区), or None: the pair is no dictionary word, its other
        character a place, person or verb character (not 党和, 我和, 校和), and a place, an
        announcing word or punctuation stands before it."""
        if front != head_start or head_start < 2:
            return None
        left = head_start - 2
        pair = text[left:head_start]
        if not RE_HAN_RUN.fullmatch(pair) or (pair in word_tags() and piece_class(pair) != "P"):
            return None  # 共和, 首都: everyday words (a rare name jieba lists, 华都, stays)
        if pair[0] in NAME_OPENING_LOCATIVES:
            if piece_class(pair) != "P" or word_tags().get(pair) not in PROPER_WORD_TAGS + ("nr", "nrt"):
                return None  # 中|沙社区 (a rare place name jieba lists); not 中心, 中国
        else:
            if pair[1] in NAME_FUNCTION_CHARS:
                other = pair[0]
            elif pair[0] == "和":
                other = pair[1]
            else:
                return None
            if other in _stop_chars() or other in NUMERALS or word_tags().get(other) not in NAME_CHAR_TAGS:
                return None
        token = tokens.at(left)
        if token is None or token[0] != left:
            return None
        return left if _name_may_start(text, left, tokens, place_ends) else None

    @staticmethod
    def _place_inside_name(text, walk, head_start, tokens, place_ends) -> int | None:
        """Where a name starts that holds a place's bare short form (no 市/区/街道 written after
        it), or None: before a numbered part (凤凰|二村社区 beside 凤凰街道: 凤凰二村社区, 沈阳|新村第二社区) or after a
        name piece jieba does not know (鲁信|长春|社区: 鲁信长春社区, not a community of 长春)."""
        if not walk.prefix or walk.start != walk.prefix[0].end or not _is_bare_short_form(text, walk.prefix[0]):
            return None
        place = walk.prefix[0]
        stem = text[walk.start : head_start]
        if stem:
            numbered = (len(stem) >= 2 and stem[0] in NUMERALS and RE_HAN_CHAR.match(stem[1])
                        and stem[1] not in NUMERALS and stem[1] not in _stop_chars())
            # 沈阳|新村第二社区: the place's short form names the estate whose numbered community it is
            estate_part = RE_ORDINAL_END.search(stem) is not None and RE_ORDINAL_END.sub("", stem) in ESTATE_HEADS
            ordinal_only = RE_ORDINAL_ONLY_STEM.fullmatch(stem) is not None
            lone = _lone_stem_char(stem, place) and _name_may_start(text, place.start, tokens, place_ends)
            return place.start if numbered or estate_part or ordinal_only or lone else None
        if place.start in place_ends:
            return None  # 金牛区|长春: a place after a place
        token = tokens.at(place.start - 1)
        if token is None or token[1] != place.start:
            return None
        word = text[token[0] : token[1]]
        unknown = word not in word_tags() and word_freq().get(word, 0) == 0
        if (unknown and len(word) >= 2 and RE_HAN_RUN.fullmatch(word)
                and word[0] not in _stop_chars() and word[-1] not in _stop_chars() and not _is_place_word(word)):
            return token[0]
        return None

    def _extend_stem(self, text, front, head_start, walk, tokens, place_ends, place_chars, stop_heads,
                     estate) -> _Walk | None:
        """The walk with what a walk from the head's token leaves out: the front of the head's
        own token (胜稼|村), a road named with numerals (二|七路|社区) or an everyday word right before the
        head (在翠微社区). None when a count is glued to the head (289|个村)."""
        if front < head_start:  # the head's own token starts the stem: 胜稼|村 read as 胜稼村
            glued = text[front:head_start]
            if text[front] in _stop_chars() and not (walk.start == front and _unknown_with_function_opener(glued)):
                return None  # 289|个村: a count glued to the head
            walk.glued_function_opener = text[front] in _stop_chars()  # 经圩村: named twice to count
            walk.pieces.append((front, head_start, text[front : tokens.at(head_start)[1]]))
            return walk
        road = RE_NUMBERED_ROAD.search(text, max(0, front - 4), front)
        if road and walk.start > road.start():
            walk = self._walk(text, road.start(), tokens, place_ends, place_chars, stop_heads, estate)
            walk.pieces.append((road.start(), front, road.group()))
            return walk
        if self._stopped_by_everyday_word(walk):
            return self._with_everyday_word(text, front, walk, tokens, place_ends, place_chars, stop_heads, estate)
        return walk

    @staticmethod
    def _stopped_by_everyday_word(walk: _Walk) -> bool:
        """Whether the walk stopped right at the head on a word that may be the stem itself
        (翠微 of 在翠微社区): no count, pronoun or particle, no function character at its ends, no
        phrase jieba lists as one word (某市|积极探索|社区, 一定|严格遵守|社区的规定: `phrase_word`)."""
        if walk.pieces or walk.stop != "word":
            return False
        word = walk.stop_word
        if _unknown_with_function_opener(word) or numeral_name(word):
            return True
        return (word_tags().get(word) not in SANDWICH_BREAK_TAGS and not phrase_word(word)
                and word[0] not in _stop_chars() and word[-1] not in _stop_chars())

    def _with_everyday_word(self, text, front, walk, tokens, place_ends, place_chars, stop_heads, estate) -> _Walk:
        """The walk with the everyday word before the head as its stem, judged by what stands
        before the word (近日,东岭社区); a verb only after a place or a locative (及参加村务议事,
        持续提升小区品质 are phrases). Else `walk` unchanged."""
        word_start = front - len(walk.stop_word)
        before = self._walk(text, word_start, tokens, place_ends, place_chars, stop_heads, estate)
        verb = word_tags().get(walk.stop_word) in ("v", "vd", "vn")
        if word_tags().get(walk.stop_word) in ("v", "vd") and not before.pieces and before.stop == "place":
            # 某某街道|翻身|社区 (a name written twice) or 某某街道|力推|社区志愿服务 (a headline's verb,
            # written once): whatever the verb's frequency, a name only when named twice.
            before.pieces = [(word_start, front, walk.stop_word)]
            before.verb_after_place = True
            return before
        if verb and word_freq().get(walk.stop_word, 0) >= COMMON_VERB_FREQ:
            return walk  # 在实现社区自治: a frequent verb makes a phrase whatever stands before it
        # After a street the gazetteer does not know (某某街道|幸福|社区) the word is named
        # too: the cut after the unit word in `_stem` makes the stem a name after a place.
        if before.pieces and before.pieces[-1][2].endswith(UNIT_ENDINGS):
            before.pieces.append((word_start, front, walk.stop_word))
            return before
        if not before.pieces and not (verb and self._grade(before) not in ("place", "locative")):
            before.pieces = [(word_start, front, walk.stop_word)]
            before.glued_function_opener = _unknown_with_function_opener(walk.stop_word)
            return before
        return walk

    @staticmethod
    def _take_street_short_form(text: str, walk: _Walk) -> None:
        """石桥雅苑小区: an estate named with the short form of its street (石桥街道) takes the
        street's short form into its stem."""
        if walk.prefix and walk.start == walk.prefix[0].end and _is_street_short_form(text, walk.prefix[0]):
            place = walk.prefix[0]
            walk.pieces.insert(0, (place.start, place.end, text[place.start : place.end]))
            walk.start, walk.prefix, walk.stop = place.start, walk.prefix[1:], "place"

    def _stem(self, text: str, walk: _Walk, head: str, head_start: int, kind: str) -> tuple[list, str | None] | None:
        """The stem's pieces and how the text before them announces it, after the cut at the
        last people or unit word; None when no name is left or the stem is a person's name."""
        pieces = walk.pieces
        grade = self._grade(walk)
        # Cut after the last people or unit word (居民|投身社区, 调解员|青禾社区, 石榴街道|柳北社区).
        for i in range(len(pieces) - 1, -1, -1):
            if is_barrier(pieces[i][2]):
                unit = is_unit_word(pieces[i][2])
                if not unit and head in PERSON_NAME_HEADS and head_start - pieces[i][1] <= 2:
                    return None  # 副市长赵胜村, 管理员刘思园: a person's name
                grade = "place" if unit else _boundaries().get(pieces[i][2])  # 辖区|丽园小区
                pieces = pieces[i + 1 :]
                break
        number = _house_number_end(pieces)
        if number is not None:
            pieces, grade = pieces[number:], "place"  # 某某路|168号|花水湾小区: the address before the name
        if pieces and pieces[0][0] == walk.start and _complement_after_verb(walk, pieces):
            first = pieces[0]  # 成立|起白岩|村, 成立|起|石岭村: the complement leaves the stem
            pieces = ([(first[0] + 1, first[1], first[2][1:])] if len(first[2]) > 1 else []) + pieces[1:]
        if len(pieces) >= 2 and pieces[0][0] == walk.start and _tail_of_word_before(walk, pieces):
            pieces = pieces[1:]  # 实践|站|某某社区, 国庆|前|某某社区: the tail of the word before
        point = _time_point_end(pieces)
        if point is not None:
            pieces, grade = pieces[point:], "time"  # 两年|前|某某村: the time the clause opens with
        # A leftover character of a place the gazetteer does not know (神木镇|陵园路社区).
        if _opens_with_division_rest(text, pieces):
            pieces, grade = pieces[1:], "place"
        if pieces and kind in PLACE_CUT_KINDS:
            rest = _after_leading_place(text, pieces, walk.prefix)
            if rest is not None:
                pieces, grade = rest, "place"
                if len(pieces) >= 2 and _opens_with_division_rest(text, pieces):
                    pieces = pieces[1:]  # 某某|自治县|某某社区: the rest of the county's name after its short form
        if not pieces or (len(pieces) == 1 and pieces[0][2] in _boundaries()):
            return None  # 志愿者前往社区: the word announcing a name is no name
        if head == "社区" and pieces[-1][2].endswith(DIVISION_SUFFIXES):
            return None  # 某某镇社区服务中心, 某某镇社区办: a town's community office, no community
        return pieces, grade

    def _judge_stem(self, text, walk, pieces, grade, head_start, head_end, head, kind) -> _Candidate | None:
        """The candidate for a stem: accepted when it is name-shaped or announced as a name,
        pending (named twice to count) when it is everyday words."""
        # The village head of a 村改居 name (青禾村|社区) is no name piece of its own.
        classes = ["C" if verb_piece(word) else piece_class(word)
                   for _, p_end, word in pieces if not (word == "村" and p_end == head_start)]
        proper = "P" in classes or ("S" in classes and len(pieces) >= 2) or (len(pieces) == 1 and numeral_name(pieces[0][2]))
        prefix = walk.prefix if pieces[0][0] == walk.start else []
        start = pieces[0][0]
        if grade == "edge" and not proper and quoted_whole(text, start, head_end, "“‘", "”’"):
            return None  # 获评“文明社区”: a title in quotes, not a community
        if in_epithet_quote(text, start):
            return None  # 被誉为“某某第一村”: praise for a place, the village has its own name
        if RE_HONOUR.match(text, start):
            return None  # 荣获全国文明社区: jieba reads 荣获 as a name; an honour verb opens no name
        if grade == "place" and not proper and _after_honour_verb(text, walk.start, head_end):
            return None  # 荣获…、青禾市文明社区: an honour's title after its place, not a community
        if (walk.verb_after_place or walk.glued_function_opener) and pieces[0][0] == walk.start:
            return self._named(text, start, head_end, head, kind, prefix, pending=True)
        if grade != "place" and adverb_opens_phrase(pieces, proper):
            # 广泛|动员|社区志愿者: a manner adverb opens a verb phrase, as in one word (积极响应)
            return self._named(text, start, head_end, head, kind, prefix, pending=True,
                               starts=tuple(piece[0] for piece in pieces[1:]))
        if grade != "place" and verb_char_takes_head(pieces, head_start, head):
            # 业余时间|教|社区居民: the verb's object, a name only when named twice
            return self._named(text, start, head_end, head, kind, prefix, pending=True,
                               starts=tuple(piece[0] for piece in pieces[1:]))
        if grade != "place" and not proper and head == VILLAGE_LEVEL_HEAD and text.startswith(VILLAGE_LEVEL_NOUNS, head_end):
            # 为发展壮大|村集体经济: the modifier of the village's collective, not a name
            return self._named(text, start, head_end, head, kind, prefix, pending=True,
                               starts=tuple(piece[0] for piece in pieces[1:]))
        if grade != "place" and opens_with_verb(pieces):
            # 筑牢|社区安全防线, 社工站|落地先锋社区: a verb phrase unless named twice or read shorter
            return self._named(text, start, head_end, head, kind, prefix, pending=True,
                               starts=tuple(piece[0] for piece in pieces[1:]))
        if grade is not None:
            named = proper or self._everyday_stem_named(grade, head, pieces)
            return self._named(text, start, head_end, head, kind, prefix, pending=not named)
        return self._unannounced(text, walk, pieces, classes, prefix, head_end, head, kind)

    def _unannounced(self, text, walk, pieces, classes, prefix, head_end, head, kind) -> _Candidate | None:
        """The candidate for a stem that nothing before it announces (a verb or an everyday
        word stopped the walk)."""
        start = pieces[0][0]
        # The stem starts at its first proper-name piece, with the one-character pieces right
        # before it (关于整治|怡园小区, 物业进驻|翠|湖湾小区).
        for i, cls in enumerate(classes):
            if cls == "P" and head not in COMMON_ESTATE_HEADS:
                while i > 0 and classes[i - 1] == "S":
                    i -= 1
                return self._named(text, pieces[i][0], head_end, head, kind, [], pending=False)
        # A compound with a one-character name piece (进驻|锦绣苑小区) is name-shaped too.
        if "S" in classes and len(pieces) >= 2 and head not in COMMON_ESTATE_HEADS:
            return self._named(text, start, head_end, head, kind, prefix, pending=False)
        # A word that names places (光明, 团结) after an adverb, not after a verb (打造幸福社区).
        if len(pieces) == 1 and pieces[0][2] in _naming_words() and word_tags().get(walk.stop_word) not in ("v", "vn"):
            return self._named(text, start, head_end, head, kind, prefix, pending=False)
        return self._named(text, start, head_end, head, kind, prefix, pending=True,
                           starts=tuple(piece[0] for piece in pieces[1:]))

    @staticmethod
    def _grade(walk: _Walk) -> str | None:
        """How the text before the name announces it: place, edge, head, locative, link or None."""
        if walk.stop in ("place", "edge", "head"):
            return walk.stop
        if walk.stop == "word":
            return _boundaries().get(walk.stop_word)
        return None

    @staticmethod
    def _everyday_stem_named(grade: str, head: str, pieces) -> bool:
        """Whether a stem of everyday words is a name after what announces it."""
        if grade in ("place", "locative"):
            return True
        estate = head.endswith(ESTATE_HEADS)
        first_tag = word_tags().get(pieces[0][2])
        if grade == "link":
            # 和温馨家园, 的典型家园: estates of everyday words need a locative word.
            return not estate and first_tag not in ("a", "ad", "b")
        # At the start of a clause or right after another community: a compound of words
        # (新港山路社区), a word jieba knows as a place or name (城南社区, 华山社区) or a word
        # that names places (光明, 团结: place_stoplist.txt); else only if named twice.
        if estate:
            return False
        if len(pieces) >= 2:
            return True
        word = pieces[0][2]
        if first_tag in ("t", "n"):
            # 东岭社区, 太白小区 (rare words), not 如今小区, 老旧小区, nor 充分发挥|社区 (jieba's noun)
            return word_freq().get(word, 0) < RARE_WORD_FREQ and word_tags().get(word[:2]) not in PHRASE_OPENER_TAGS
        return first_tag in EDGE_NAME_TAGS or word in _naming_words()

    def _named(self, text, start, end, head, kind, prefix, *, pending, starts=()) -> _Candidate | None:
        name = text[start : end - len(head)]
        if len(RE_HAN_CHAR.findall(name)) < 2 or is_generic(name, text[start:end]):
            return None
        if head == "社区" and RE_POLICY_TERM_AFTER.match(text, end):
            return None  # 精神障碍|社区康复, 司法行政机关|社区矫正: the policy term's 社区
        if is_dictionary_word(text[start:end]) and not _named_by_position(text, start, end, kind, prefix):
            return None
        if (is_grid(kind) or RE_DATE_IN_NAME.search(name) or RE_HEADCOUNT_STEM.match(name) or RE_SESSION_STEM.match(name)
                or RE_COUNTED_UNITS_STEM.match(name) or session_of_a_kind(name) or verb_before_a_kind(name) or ends_in_object_verb(name)
                or RE_PAIRED_COUNT_STEM.search(name) or RE_COUNTED_STEM_END.search(name)
                or RE_ORDINAL_COUNT_IN_STEM.search(name)
                or _cut_after_glued_suffix(text, start)):
            return None
        return _Candidate(start, end, head, kind, list(prefix), pending=pending, starts=starts)

    @staticmethod
    def _resolve_pending(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
        """Keep a pending candidate when the article names the same community twice, or when
        one of its shorter readings is a community accepted elsewhere (基金会|平安里社区)."""
        for cand in candidates:
            if cand.pending and not cand.starts and _named_by_its_parts(text, cand):
                cand.pending = False  # 。明月社区党委委员…, 。东湖花园25栋…: named by what follows
        names = [text[c.start : c.end] for c in candidates]
        accepted = {name for name, c in zip(names, candidates) if not c.pending}
        # A phrase written again word for word (a headline repeated by the lede: 某某社区积极探索社区
        # 发展… twice) is named once: mentions count when what stands around them differs.
        contexts: dict[str, list[tuple[str, str]]] = {}
        for name, c in zip(names, candidates):
            contexts.setdefault(name, []).append(_repeat_context(text, c))
        counts = {name: _distinct_uses(found) for name, found in contexts.items()}
        # Written right next to an accepted community, or next to it in a list (北湖社区翠竹苑小区,
        # 北湖社区、梧桐社区): one of a row of communities.
        accepted_starts = {c.start for c in candidates if not c.pending}
        accepted_ends = {c.end for c in candidates if not c.pending}
        kept = []
        for name, cand in zip(names, candidates):
            if cand.pending and not _confirm_pending(text, cand, name, accepted, counts[name], accepted_starts, accepted_ends):
                continue
            kept.append(cand)
        return kept

    def _counted_lists(self, text, tokens, place_ends, place_chars) -> list[_Candidate]:
        count_word, counted_list = _count_patterns()
        counted = count_word.search(text) is not None
        shared = RE_SHARED_HEAD_WORD.search(text) is not None
        bare_counted = _bare_counted_lists(text)
        if not (counted or shared or bare_counted):
            return []
        kinds = {suffix: kind for suffix, kind, _ in _suffixes()}
        stop_heads = {suffix for suffix, _, internal in _suffixes() if not internal}
        place_spans = {(m.start, m.end) for m in place_ends.values()}
        place_starts = {m.start: m for m in place_ends.values()}
        found = []
        lists = []  # (start of the list, its text, head, whether every item must be name material, items to skip at the end)
        if counted:
            lists += [(m.start(1), m.group(1), m.group(2), False, 0) for m in counted_list.finditer(text)
                      if not RE_CLAUSE_AFTER_LIST_END.search(m.group(1))]
        lists += [(m.start(1), m.group(1), m.group(3), False, 0) for m in bare_counted]
        # Items of a classifier-less count share a 村 that a 村改居 community written with 社区 in the same
        # sentence does not show (泥窝社区 … 泥窝、青岗、司马三村合一), so `_short_form_of` does not join them.
        bare_starts = {m.start(1) for m in bare_counted}
        if shared:
            for m in RE_SHARED_HEAD_LIST.finditer(text):
                if m.group(1):
                    lists.append((m.start(1), m.group(1), m.group(2), True, 0))
                elif m.group(3):
                    lists.append((m.start(3), m.group(3), m.group(4), True, 1))
                else:
                    lists.append((m.start(5), m.group(5), m.group(6), True, 1))
        for list_start, listed, head, strict, skip in lists:
            kind = kinds[head]
            items = []
            cursor = list_start
            for piece in listed.split("、"):
                items.append((cursor, cursor + len(piece)))
                cursor += len(piece) + 1
            # The first item's start is not known from the list: walk left from its end over name-like tokens.
            first_end = items[0][1]
            token = tokens.at(first_end)
            if token is not None and token[0] < first_end:
                continue  # the list's first item does not end on a word boundary
            start, prefix = self._walk_left(text, first_end, tokens, place_ends, place_chars, stop_heads)
            if not strict and not prefix:
                start = _past_opening_verb(text, start, first_end, tokens)
            first_bounded = False
            if strict and not _name_like(text, start, first_end, tokens, stop_heads) and list_start < start and (
                    list_start == 0 or not RE_HAN_CHAR.match(text, list_start - 1)):
                start, prefix, first_bounded = list_start, [], True  # ,中|城时代、…: the whole run after the punctuation
            items[0] = (start, first_end)
            if strict and not all(_name_like(text, a, b, tokens, stop_heads, bounded=index > 0 or first_bounded)
                                  for index, (a, b) in enumerate(items)):
                continue  # 停车难题、绿化提升等小区…: not a list of names
            # the first item's word before its 、 (its last two characters), then every later item whole
            words = [text[first_end - 2 : first_end]] + [text[a:b] for a, b in items[1:]]
            if strict and head == SHARED_COMMUNITY_HEAD and any(word_freq().get(word, 0) >= SHARED_ITEM_MAX_FREQ for word in words):
                continue  # 多领域、专业化社区 / 某乡团委、某某社区: common words, not names sharing 社区
            for item_start, item_end in items[: len(items) - skip]:
                if (item_start, item_end) in place_spans:
                    continue  # 北京、上海等5个社区: the items are places, not estates
                if list_start in bare_starts and _written_with_head(text, text[item_start:item_end]):
                    continue  # 泥窝、青岗两村 after 泥窝社区: the headed name is the community, named once
                if item_start != start:
                    item_start, item_prefix = _after_places_written_first(item_start, item_end, place_starts)
                    if item_prefix:
                        found.append(_Candidate(item_start, item_end, "", kind, item_prefix))
                        continue
                if item_end - item_start >= 2 and (strict or not is_generic(text[item_start:item_end])):
                    found.append(_Candidate(item_start, item_end, "", kind, prefix if item_start == start else []))
        return found

    @staticmethod
    def _outermost(candidates: list[_Candidate]) -> list[_Candidate]:
        """Drop candidates inside longer ones (海特花园 inside 海特花园第三社区)."""
        kept = []
        reach = -1  # the furthest end of a kept candidate; all of them start at or before `cand`
        for cand in sorted(candidates, key=lambda c: (c.start, -(c.end - c.start), c.pending)):
            if cand.end <= reach:
                continue
            kept.append(cand)
            reach = cand.end
        return kept

    def _mentions(self, text: str, candidates: list[_Candidate]) -> list[Mention]:
        if not candidates:
            return []
        # Canonical: the name. An estate whose name without its head (山海湾 of 山海湾小区, 3+
        # characters) lies inside an earlier estate's name (海尔山海湾) is that estate, and so is
        # an estate written without 小区 after it was written with it (兰亭苑 after 兰亭苑小区).
        # A name that ends another one written earlier, or that an earlier one ends (桂香里社区
        # after 石门口桂香里社区, 翠苑小区 after 滨河北路翠苑小区), is that one, named by the form
        # written most often, the first on a tie.
        canonical: dict[int, str] = {}
        order: list[str] = []
        estates: set[str] = set()
        shortened: set[str] = set()  # names written again shorter (湖二社区 of 湖滨新村第二社区): named as first written
        firsts: dict[str, _Candidate] = {}
        written = sorted({text[c.start : c.end] for c in candidates})
        shared_names: dict[str, str] = {}  # names two written forms share (`_shared_written_name`)
        for cand in candidates:
            name = text[cand.start : cand.end]
            target = name
            if cand.kind == "小区":
                core = name[: -len(cand.head)] if cand.head else name
                target = next(
                    (known for known in order if known in estates and ((len(core) >= 3 and core in known) or known == name + "小区")),
                    name,
                )
                estates.add(target)
            if target == name:
                target = next((known for known in order if _one_name_ends_the_other(known, name, cand.head)), name)
            if target == name and name not in order:
                shared = next(((known, core) for known in order
                               if (core := _shared_written_name(known, name, cand.head, written))), None)
                if shared is not None:
                    target = shared[0]
                    shared_names[target] = shared[1]
            if target == name and name not in order:
                target = next((known for known in order
                               if self._written_shorter(text, known, firsts[known], cand, canonical, candidates)), name)
                if target != name:
                    shortened.add(target)
            canonical[id(cand)] = target
            if target not in order:
                order.append(target)
                firsts[target] = cand
        members = {key: [c for c in candidates if canonical[id(c)] == key] for key in order}
        mentions = []
        for key in order:
            attrs = self._context_attrs(members[key])
            name = _name_written_most(text, members[key]) if key not in estates and key not in shortened else key
            name = shared_names.get(key, name)
            # The fact is named after its first mention: one written as its name comes first.
            ordered = sorted(members[key], key=lambda cand: text[cand.start : cand.end] != name)
            mentions.extend(
                Mention(label=self.assigns, start=cand.start, end=cand.end, canonical=name, attrs=attrs)
                for cand in ordered
            )
        return mentions

    @staticmethod
    def _written_shorter(text: str, known: str, first: _Candidate, cand: _Candidate, canonical: dict[int, str],
                         candidates: list[_Candidate]) -> bool:
        """Whether `cand` is the community `known` (first written as `first`) written shorter, in
        a sentence of its own (`_short_form_of`, `_in_one_sentence`)."""
        if cand.kind != first.kind or cand.start < first.end:
            return False
        if not _short_form_of(known, first.head, text[cand.start : cand.end], cand.head):
            return False
        spans = [(c.start, c.end) for c in candidates if canonical.get(id(c)) == known]
        return not _in_one_sentence(text, spans, cand.start)

    @staticmethod
    def _context_attrs(members: list[_Candidate]) -> dict:
        """kind, street, district, place_code from the places written before any of its mentions.

        Places written right before a mention (叙州区南岸街道金鱼社区) beat a place merely earlier
        in its sentence; a resolved street also gives its district (its chain's parent);
        place_code is the code of the deepest resolved place among them.
        """
        sources = [cand.places for cand in members if cand.places] or [cand.nearby for cand in members if cand.nearby]
        street, district = _street_and_district(sources)
        return {"kind": members[0].kind, "street": street, "district": district, "place_code": _deepest_code(sources)}
