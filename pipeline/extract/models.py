"""Governance models: known ones from `lexicons/models.tsv`, new ones from pattern families.

Candidates come from one lexicon pass (with other actors' wordings of two known models:
社区吹哨、部门报到; 居民点单、社区派单、党员接单) and the pattern families over the article text;
overlapping candidates are then resolved (longest span wins, lexicon before patterns on a
tie) and numbered filters drop generic pairings. Lexicon hits are `status="canonical"`
(family "lexicon"); pattern hits are `status="discovered"` with the family that found them:

    n_she        N社联动 / N社融合 (“五社”联动)           one_plus_n  “1+N”结对行动, N+暖“新”服务
    n_ge_yi      “六个一”                                n_wei_yi_ti 四位一体
    chain        “点单—派单—接单”; a quoted chain of 3–6 organisational levels needs no calling word
                 and may have one-character steps (“镇—村—组”三级网络, “社区党委—网格党支部—…”架构)
    formula      quoted X+Y (“社工+志愿”, “九龙社工+”); a formula heading a line before a colon
                 (党建+物业：…); an unquoted number formula a model word follows (1+N+X服务模式)
    named        a quoted phrase the text calls a 模式/机制/体系/格局/路径/制度…, a quoted numeric
                 abbreviation + 行动 (“四随行动”), a quoted deliberation format (‘楼前议事’,
                 “逢五说事”, “五方议事会”), 推行“…”, a quoted name ending in a method head
                 (“积分制”, “邻里共同体”, also in one part of a list: “街长制、错峰议事”), a
                 quoted exchange formula (“以积分换服务”), and unquoted: tier systems (社会工作三级
                 体系), X长制 systems (河长制, 楼栋长制), a method named after its community
                 (青松社区工作法), a numbered deliberation body (六方议事会), a system a verb
                 adopts (推行某某师制度), the party-led co-operative (党支部领办合作社) and a list
                 of parallel clauses 的…模式 calls (采取甲乙引领、丙丁扶持的模式 → 甲乙引领、丙丁扶持)
    numeric      a quoted numeric abbreviation (“三清两整治”, “八大员”, “七联”)
                 and a quoted name opening with its count that the text spells out (“七个一”，即…)
    yi_yi        a quoted 一X一Y formula (“一户一策”, “一格一员”)
    steps        a quoted list of one-character steps (“堵、疏、管、教”)

Quoted means in curly, corner or straight quote marks ("邻里守望"互助模式); a quote that names a
post someone holds (担任“八户长”) or a former practice (传统的“…”模式) is no model.

The mention span is the model's surface without its surrounding quote marks; inner quote
marks stay in the span (“1+N”结对行动 → span 1+N”结对行动) but not in `name`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..chars import CLOSE_QUOTES, QUOTE_MARKS, RE_HAN_CHAR, RE_QUOTED_NAME, STRAIGHT_QUOTES, compile_han, quoted_whole, strip_quotes, surface_key
from ..gazetteer import load_gazetteer
from ..lexicon import read_table, read_terms
from ..mentions import ArticleContext, Mention
from ..numerals import DIGIT_VALUE
from ..spans import keep_disjoint
from ..vocabulary import is_word, word_tags
from .frames import after_epithet

# Characters folded to one form in the matching view: full-width plus, and every dash variant.
_FOLD = {"＋": "+", "－": "—", "-": "—", "―": "—", "─": "—", "–": "—", "→": "—"}
_FOLD_TABLE = str.maketrans(_FOLD)
_FOLD_NO_QUOTES_TABLE = str.maketrans({**_FOLD, **dict.fromkeys(QUOTE_MARKS)})  # fold(): quote marks deleted too
# The characters _FOLD folds: an article's few of them found and replaced (str.translate with a
# dict table looks up every character of the text, some twenty times slower on an article).
RE_FOLDED = re.compile("[" + "".join(re.escape(char) for char in _FOLD) + "]")
RE_QUOTE_MARK = regex.compile("[%s]" % regex.escape(QUOTE_MARKS))
RE_DASH_RUN = regex.compile("—{2,}")
# A list mark between the parts of a quote (面对面、零距离: two parts).
RE_LIST_MARK = regex.compile(r"[、，,]")

# N社联动/融合 in the quote-free view. Example: 五社联动, 三社融合, 多社协同.
RE_N_SHE = regex.compile(r"[二三四五六七八九十两多]社(?:联动|融合|协同|共治)")
# A quoted formula X+Y(+Z…); the last side may be empty (“九龙社工+”). Example: 社工+志愿.
RE_FORMULA = regex.compile(r"^(?:[\p{Han}A-Za-z0-9]{1,12}\+)+[\p{Han}A-Za-z0-9]{0,12}$")
# 1+N / N+… formulas in the view, with the descriptor that names them (结对行动, 暖新服务).
# Example: 1+N结对行动, N+暖新服务, 1+3+N模式. Not: 1+1>2 (rejected by reject_arithmetic).
RE_ONE_PLUS_N = regex.compile(
    r"(?<![A-Za-z0-9+])(?P<formula>(?:[1N]\+)+(?:[0-9]+|N)?)[\p{Han}]{0,6}?"
    r"(?:结对行动|结对帮扶|结对|行动|模式|机制|服务|工作法|体系)"
)
# The words that only call a formula a model or a service (“1+N”服务网络, “1+1+N”模式): when the
# quote closes right after the formula, the quoted formula alone is the name. Pairings and
# actions (“1+N”结对行动) name what the formula does, so they stay. Example: 教育服务, 模式.
RE_ONE_PLUS_N_CALLING_HEAD = regex.compile(r"(?:模式|机制|服务|工作法|体系)$")
# N个一. Example: 六个一, “三个一”工作法 → 三个一. Round 49progquote: not before 工程, a project word
# (“五个一工程”, like “四个一”特色志愿服务 and “二十个一”公益项目, is a gold program: the programs extractor's).
RE_N_GE_YI = regex.compile(r"[二三四五六七八九十两]个一(?![\p{Han}])|[二三四五六七八九十两]个一(?=[模机体]|工作)")
# N位一体. Example: 四位一体, 五位一体.
RE_N_WEI_YI_TI = regex.compile(r"[二三四五六七八九十两多]位一体")
# A chain of 3+ short steps joined by dashes (view: every dash folded to —). Example: 点单—派单—接单.
RE_CHAIN = regex.compile(r"(?<![\p{Han}])[\p{Han}]{2,12}(?:—+[\p{Han}]{2,12}){2,}(?![\p{Han}])")
# The dashes between a chain's steps (one or more —). Example match: ——.
RE_CHAIN_DASHES = regex.compile(r"—+")
# A quoted chain of 3–6 steps of one to twelve characters, quote marks around it (view: dashes folded,
# quotes kept); a chain of levels may have one-character steps. Example: “镇—村—组”, “县—乡—村—组”.
RE_QUOTED_SHORT_CHAIN = regex.compile(
    r"(?<=[%s])[\p{Han}]{1,12}(?:—+[\p{Han}]{1,12}){2,5}(?=[%s])" % (regex.escape(QUOTE_MARKS), regex.escape(QUOTE_MARKS))
)
# How many levels a level chain names: three (街道—社区—网格) to six (省 down to household).
MIN_LEVEL_STEPS, MAX_LEVEL_STEPS = 3, 6
# An unquoted numbered tier system: <domain>N级(…)体系. Example: 社会工作三级体系, 网格四级服务体系.
# The domain alternation is built from model_vocab.tsv (role tier_domain).
RE_TIER_TEMPLATE = r"(?:{domains})[一二三四五六七八九十两]级(?:联动|服务|工作|网格|管理)?体系"
# A short modifier between a quoted phrase and the word that calls it a model: Han only, no
# function words that would end the noun phrase (对 only inside 结对/配对: ”基层党建结对工作新格局);
# a 的 only right after the quote (‘带头人’牵头的机制: the quote is the subject of a clause); no
# 中/里 right after it (“老街巷”中形成的制度: a place the text speaks of, not a name).
# Example: ”互嵌式工作格局, ”的良性互动局面.
RE_CALLED_TEMPLATE = r"\G(?:的)?(?![中里])((?:[\p{{Han}}](?<![为是在和与把被将让了的])(?<![^结配]对)){{0,10}}?)(?:{words})"
# Further quoted names right after a closing quote, before the word that calls them all a model
# (“甲乙衔接”“丙丁驻所”机制: both are mechanisms): each at most 20 characters, joined directly or
# by 、/和/及/与. Round 14: seen before 机制/模式 in 3 real articles of 3 outlets.
RE_QUOTE_RUN = regex.compile(r"\G(?:[、和及与]?[“「『][^“”「」『』\n]{1,20}[”」』])+")
# A quoted list of three or more parts called a tiered structure: N级 + a short modifier + a
# structure word (平台 and 网络 count only here). Example: “区级统筹、街道协调、小区落实”三级联动平台.
RE_TIER_CALLED_TEMPLATE = r"\G(?:的)?[一二三四五六七八九十两多]级[\p{{Han}}]{{0,8}}?(?:{words})"
# A quoted list: three or more parts of two to eight characters joined by 、.
RE_PART_LIST = regex.compile(r"^[\p{Han}]{2,8}(?:、[\p{Han}]{2,8}){2,}$")
# A quoted list of parallel clauses: two or more parts of two to ten characters joined by 、
# (“政府引导、企业互惠、群众受益”, “一镇联一企、一企兴一村”), which `list_called` words call a model.
RE_PARALLEL_LIST = regex.compile(r"^[\p{Han}]{2,10}(?:、[\p{Han}]{2,10})+$")
# The `list_called` word after such a list: 的 first, always (“…、…”的发展战略); without it the list
# only modifies a platform's or body's name (“区级统筹、街道协调”联动平台: a tier or a program).
RE_LIST_CALLED_TEMPLATE = r"\G的((?:[\p{{Han}}](?<![为是在和与把被将让了的])){{0,8}}?)(?:{words})"
# “X”是…的<modifier><word>: the sentence says X is a model, whatever clauses describe it first
# (…是在…下，…总结出的一项协商新机制). The word ends the predicate (a clause mark or the end follows).
RE_COPULA_TEMPLATE = r"\G是[^。；！？!?;\n“”]{{0,120}}?的[\p{{Han}}]{{0,8}}?(?:{words})(?=[，,。；！？!?;\s]|$)"
# Round 54 (h7): the path frame. 一条 right before the opening quote (走出一条“…”), and the clause
# the quote opens closing on a road word (path_head) within a few words, no further quote or clause
# mark between. Example match after the quote: 发展特色产业的新路子.
RE_PATH_BEFORE = regex.compile(r"一条\s*$")
RE_PATH_AFTER_TEMPLATE = r"\G[^，,。；;：:！？!?\n“”「」『』]{{0,24}}?(?:{words})(?=[，,。；;！？!?\s]|$)"
# 以“…”为<word>. Example: 以“需求评估—关爱服务—社会倡导”为路径.
RE_AS_TEMPLATE = r"\G为(?:{words})"
# A numeric abbreviation ending in a model word. Example: 四随行动, 五心工作法, 3微机制.
RE_NUMBERED_TEMPLATE = r"^[一二三四五六七八九十两双0-9][\p{{Han}}]{{1,3}}(?:{words})$"
# A quoted numeric abbreviation: a numeral, then 1–5 characters, no measure word right after
# the numeral (N个一 is n_ge_yi's; 一… is yi_yi's) and no clock time (“三点半学校”: a course named
# after the hour school lets out, programs'). Example: 三清两整治, 八大员, 七联.
RE_NUMERIC_ABBREVIATION = regex.compile(r"^[二三四五六七八九十两双](?![个位项件条年月日天周次期]|点[半钟])[\p{Han}]{1,5}$")
# A name that opens with its count (round 61 p3): a Han numeral or digits first, then two to eleven Han
# characters or digits, no list mark or comma. Example: 一个平台两个体系, 七个一, 9073.
RE_COUNT_OPENED = regex.compile(r"^[一二三四五六七八九十两双0-9][\p{Han}0-9]{1,11}$")
# After a quoted name's closing quote: a numeric_follow word or none, a comma or colon or none, and a
# word that opens its spelling-out (model_vocab.tsv spelled_out). Example match: 服务，即 in ”服务，即提供….
RE_SPELLED_OUT_TEMPLATE = r"\G(?:{follow})?\s*[，,：:]?\s*(?:{words})"
# A count of problems (filter 46, round 60): a numeral, 大 or not, and a word for a difficulty
# (model_vocab.tsv problem_word). Example match: 三大难 (also 两难题, 四大痛点).
RE_PROBLEM_COUNT_TEMPLATE = r"^[二三四五六七八九十两多][大个]?(?:{words})$"
# The noun phrase a quote modifies, ending in a word of taught or kept content (filter 26): 的 or 等,
# then up to six Han characters of modifier. Example match: 等防溺水核心知识 (after “…”).
RE_TAUGHT_TEMPLATE = r"\G[”’」』]?(?:的|等)?[\p{{Han}}]{{0,6}}?(?:{words})"
# An undo verb, 了 and up to three Han characters (the field it ends the state in) right before a
# quote (filter 16, round 40). Example match: 打破了治理 (before “独角戏”).
RE_UNDONE_NEAR_TEMPLATE = r"(?:{words})了?[\p{{Han}}]{{0,3}}$"
# The idea a quoted name is called (filter 36, round 40b): after its closing quote, 的, up to eight
# Han characters of modifier, not starting with 为 (以“…”为理念 stays `called_as`), and a concept word
# (model_vocab.tsv concept_head). Example match: ”的服务理念, ”理念.
RE_CONCEPT_TEMPLATE = r"\G[”’」』\"＂]?的?(?!为)[\p{{Han}}]{{0,8}}?(?:{words})"
# A quoted name of at most twenty characters (filter 36 reads what follows its closing quote).
# Example: “邻里互信” → 邻里互信.
RE_QUOTED_IDEA = regex.compile(r"[“「『\"＂]([^“”「」『』\"＂\n]{1,20})(?=[”」』\"＂])")
# The number of a numbered paragraph before its first words (二、统筹…): no part of a list after it.
# Example match: 三、
RE_ENUMERATOR = regex.compile(r"^[一二三四五六七八九十]{1,2}、")
# One part of a list that a quoted numeric abbreviation sums up: one to twelve Han characters or
# brackets, not ending in 的 (甲和乙的“双…”: the quote is theirs, not the list's name). Example: 县(区).
RE_SUMMED_PART = regex.compile(r"^[\p{Han}()（）]{1,12}(?<!的)$")
# The aim a name modifies (filter 35): after its closing quote, 的, up to four Han characters of
# modifier (group 1) and an aim word (model_vocab.tsv aim_head), not the start of a longer word: a
# 标准化 after the quote is the work of building to a standard. Example match: ”工作目标, ”的标准.
RE_AIM_TEMPLATE = r"\G[”’」』\"＂]?的?([\p{{Han}}]{{0,4}}?)(?:{words})(?!化)"
# The aim word that needs a tie to its name (standard_of_aims): 标准 after a bare numbered name is what
# that method is measured by. 的 then a closing quote right after a name (”的标准), or 的 then an
# opening quote right before it (宜居化的“), ties them. Example matches: ”的, 的“.
STANDARD_WORD = "标准"
RE_DE_AFTER_QUOTE = regex.compile(r"\G[”’」』\"＂]?的")
RE_DE_BEFORE_QUOTE = regex.compile(r"的[“‘「『\"＂]$")
# A quoted formula of rising numerals, each with one or two characters: 一 then a larger numeral
# (一核两翼, 一网两访三为, 一核三圈四治): a core and its parts, a method by its shape like the
# abbreviations above (which never start with 一). Round 14: in 3 real articles of 3 outlets.
RE_RISING_NUMERIC = regex.compile(
    r"^一[\p{Han}]{1,2}[二两三四五六七八九十][\p{Han}]{1,2}(?:[三四五六七八九十][\p{Han}]{1,2}){0,2}$"
)
# A quoted name of numerals and level-change words only (model_vocab.tsv level_change): figures that
# rose or fell, summed up. Example: 双提升, 一升一降, 两升一降; not 双提升行动, 一升一策.
RE_LEVEL_CHANGE_TEMPLATE = r"^(?:[一二三四五六七八九十两双]+(?:{words}))+$"
# A numeral and 有 or 无 alone: a checklist of what a place or person must have or be free of
# (“六有”: 有场所、有人员…; “三无”: 无物业、无单位…), a standard to meet (filter 29).
# Example: 四有, 三无.
RE_CHECKLIST = regex.compile(r"^[二三四五六七八九十两][有无]$")
# What makes a checklist a drive to bring places up to it: 标准化 after the quote. Example: 标准化建设.
RE_STANDARDIZING = regex.compile(r"标准化")
# A 一X一Y(一Z) formula: one plan per household, one officer per grid. Example: 一户一策, 一格一员.
RE_YI_YI = regex.compile(r"^一[\p{Han}]一[\p{Han}](?:一[\p{Han}])?$")
# A 一X一Y formula whose parts may be words, the unit (group `unit`) optionally with a bracketed
# variant: one thing per unit. Example: 一社区一方案, 一村(社区)一法律顾问, 一区(片)一策.
RE_YI_YI_UNIT = regex.compile(r"^一(?P<unit>[\p{Han}]{1,3}?)(?:[(（][\p{Han}]{1,3}[)）])?一[\p{Han}]{1,4}$")
# A quoted list of two or more short parts joined by 、. Example: 街长制、巷长制.
RE_SHORT_PART_LIST = regex.compile(r"^[\p{Han}]{2,8}(?:、[\p{Han}]{2,8})+$")
# A quoted list of four or more one-character steps (three are often service areas: 医、食、行). Example: 堵、疏、管、教.
RE_STEP_LIST = regex.compile(r"^[\p{Han}](?:、[\p{Han}]){3,}$")
# A technique word after a quoted list of one-character steps: the steps are a craft's motions
# (用“推、拿、揉、按”四种手法), not a method of governance. Example match: 四种手法.
RE_TECHNIQUE_AFTER = regex.compile(r"的?[\p{Han}]{0,4}?(?:手法|技法|针法|手势|招式|动作)")
# A numbered name: starts with a numeral. Example: 五方议事会.
RE_NUMBERED_NAME = regex.compile(r"^[一二三四五六七八九十两双多]")
# A quoted generic label: 新 + a few characters. Example: 新模式, 新格局, 新方向.
RE_GENERIC_NEW = regex.compile(r"^新[\p{Han}]{1,3}$")
# An unquoted formula of numbers and N/X placeholders; a model only when a model word follows
# (checked in code with the `called` pattern). Example: 1+N+X服务模式 → 1+N+X, 12345+N的公益生态体系.
RE_NUMERIC_FORMULA = regex.compile(
    r"(?<![A-Za-z0-9+.%])(?:[0-9]{1,5}|[NXnx])(?:\+(?:[0-9]{1,5}|[NXnx]))+(?![A-Za-z0-9+.%])"
)
# A formula of numbers and N/X placeholders alone, nothing else in its sides (filter 41). Example: 1+4, 7+N.
RE_NUMBERS_ONLY_FORMULA = regex.compile(r"^(?:[0-9]{1,5}|[NXnx])(?:\+(?:[0-9]{1,5}|[NXnx]))+$")
# Wordings of two known models with other actors: X吹哨、Y报到 (街乡吹哨、部门报到) and
# X点单、Y派单、Z接单(、W评单) (点单—派单—接单). The first actor is trimmed to a word in code.
# Example: 社区吹哨、部门报到; 居民点单、社区派单、党员接单.
RE_WHISTLE = regex.compile(r"([\p{Han}]{2})吹哨、?[\p{Han}]{2}报到")
RE_ORDER_CHAIN = regex.compile(
    r"([\p{Han}]{0,3})点单[、，,—]+[\p{Han}]{0,3}派单[、，,—]+[\p{Han}]{0,3}接单(?:[、，,—]+[\p{Han}]{0,3}评单)?"
)
# An unquoted method named after its community (民政部's 全国优秀社区工作法 are named so), after a
# boundary: a street or town word, a punctuation mark or the line start. Example: 桥西街道青松社区工作法.
RE_COMMUNITY_METHOD = regex.compile(
    r"(?:(?<=街道|[镇乡区县市、，。；：:“”「」\s])|^)((?:(?!街道)[\p{Han}]){1,6}?(?:社区|村))工作法", regex.M
)
# A community-method name that is a rank or a scope, not a community. Example: 全国优秀社区工作法.
RE_NOT_COMMUNITY = regex.compile(r"^(?:全国|全省|全市|全区|各|本|该|此|这)|优秀|示范")
# An unquoted system that a verb adopts: the verb, a name of three to eight Han characters with no
# function character, and the head, closing the clause (a punctuation mark or the end follows); the
# verbs and heads are model_vocab.tsv adopt_verb and adopt_head. The name is group 1.
# Example: 推行街区规划师制度。 → 街区规划师制度; not 推行制度, 推行的考核机制.
RE_ADOPTED_TEMPLATE = (
    r"(?:{verbs})((?:[\p{{Han}}](?<![的了和与及在为把被将等])){{3,8}}?(?:{heads}))(?=[，,。；;、：:！？!?\n\t 　]|$)"
)
# An unquoted numbered structure of dimensions or joint actions named as a mechanism or system: a
# numeral, 维/联, up to eight Han characters with no function character, then 机制 or 体系; not an
# ordinal or a longer number (第十三联). Example: 三联机制, 五维健康治理新机制; not 三维协同的服务体系.
# Round 40: not N级 (三级联动机制, 四级组织网格体系): the tiers of administration (县、乡、村; 街道、
# 社区、网格) every system is run through, named only by their count, are no named model; unlabelled
# in 6 articles of 5 pooled tuning sets and in the one bulk article with the shape, a model in 1.
RE_NUMBERED_STRUCTURE = regex.compile(
    r"(?<![第0-9一二三四五六七八九十百两])[一二三四五六七八九十两多][维联]"
    r"((?:[\p{Han}](?<![的了和与及在为把被将等是])){0,8}?)(?:机制|体系)"
)
# An unquoted list of parallel four- or five-character clauses that 的 and a short modifier call a
# 模式 (采取甲乙引领、丙丁扶持、戊己运营的共享式孵化模式): the text names its way of working by the
# division of roles. Round 49models3: gold in all 3 pooled articles of 3 sets with this shape; 机制,
# 格局 and 体系 after such a list are aims (…的工作机制, …的新格局: unlabelled in 20 pooled articles), and
# longer clauses describe a service (具有某某特色、符合某某需求的…模式). Group `list` may start with
# words before the first clause; parallel_clauses() keeps the clauses of equal length.
# Plain `re` (half the time of `regex`), and skipped in articles without 模式 (about half of them).
RE_UNQUOTED_LIST_MODEL = compile_han(
    r"(?P<list>(?:[\p{Han}]+、)+[\p{Han}]{4,5})的(?:[\p{Han}](?<![为是在和与把被将让了的])){0,5}?模式"
)
# An opening quote mark: the name it opens is judged by the quoted-name rules. Example: “.
OPENING_QUOTES = "“‘「『"
# A closing quote and an optional 的 right before a count of parts (“甲乙丙丁”四位一体, “甲+乙+丙”的三维
# 体系): the quote names the parts that the count only counts. Example match: ”的 (at the text's end).
RE_QUOTE_BEFORE_COUNT = regex.compile("[%s]的?$" % regex.escape(CLOSE_QUOTES + STRAIGHT_QUOTES))
# The count of a quoted name's parts between its quote and the word that calls it a model, with the
# 的 on either side. Example match: 四位一体的 (“甲乙丙丁”四位一体的服务新模式), 的三维.
RE_PARTS_COUNT = regex.compile(r"\G的?[二三四五六七八九十两多](?:位一体|维)的?")
# An unquoted numbered deliberation body: the parties that sit at one table. Example: 六方议事会.
RE_PARTIES_BODY = regex.compile(r"(?<![\p{Han}])?[二三四五六七八九十两多]方(?:议事会|联席会议|联席会|协商会|会谈)")
# Round 42: the party-led co-operative, a rural model written unquoted: a party body
# founds and runs the village co-operative (党支部领办合作社, 党组织领办合作社, 党总支领办合作社);
# 村 before it is the village's body, left out of the name. Example: 铺开村党支部领办合作社.
RE_PARTY_LED_COOP = regex.compile(r"党(?:支部|总支|组织)领办合作社")
# A quoted exchange formula: one thing traded for another. Example: 以积分换服务, 以时间换时间.
RE_EXCHANGE = regex.compile(r"^以[\p{Han}]{1,6}换[\p{Han}]{1,6}$")
# A formula that opens a line as its heading, before a colon (unquoted). Example: 党建+物业：共管小区.
RE_HEADING_FORMULA = regex.compile(
    r"(?m)^[ \t\u3000]*((?:[\p{Han}A-Za-z0-9]{1,12}[+＋])+[\p{Han}A-Za-z0-9]{1,12})[ \t\u3000]*[:：]"
)
# A name in straight quotes ("…" or ＂…＂) on one line, its inside in group 1; pairs are taken left to
# right without overlap, so the stretch between two quoted names is never read as one.
# Example: 推行"邻里守望"互助模式.
RE_STRAIGHT_QUOTED = regex.compile(r"[\"＂]([^\"＂\n]{1,60})[\"＂]")
# The end of an unquoted X长制 responsibility system (a named post per river, street or building);
# the noun X before it is found in code (chief_system). Example: 河长制, 街巷长制, 楼栋长制.
# A run of 一 + a target group (老 elderly, 小/幼/少 children, 残 disabled, 弱 weak, 特 special
# hardship, 新 new workers, 困 hardship, 孤 orphaned): the people a service is for (一老一小, 一残一弱),
# never a method. Example match: 一残一弱.
RE_TARGET_GROUPS = regex.compile(r"^(?:一[老小幼少残弱特新困孤]){2,}$")
# List marks and spaces between the parts of a catchphrase (“共建、共治、共享”). Example: 、.
RE_LIST_MARKS = regex.compile(r"[、，,\s]")
RE_CHIEF_SYSTEM = regex.compile(r"(?<=[\p{Han}])长制")
# A known ...制 model whose 制 opens the word 制度 (rules): 积分制度 is a points rulebook, not the
# 积分制 method. Example match (at the hit's end): 度 in 积分制度.
RE_ZHIDU_AFTER = regex.compile(r"(?<=制)度")
# Han characters only. Example: 街巷.
RE_HAN_ONLY = regex.compile(r"^[\p{Han}]+$")
# Sentence punctuation: a quoted stretch holding it is speech, not a name.
RE_SPEECH = regex.compile(r"[。！？!?…]")
# A clause break before a quote: an outcome verb counts only within the quote's own clause.
RE_CLAUSE_BREAK = regex.compile(r"[，,。；;！？!?：:\n]")
# How far before a quote an outcome verb may stand in its clause (实现组织与业务“双提双促”).
MAX_OUTCOME_GAP = 12
# After a quoted formula's closing quote: up to 16 characters of its own clause (no clause mark, no
# further quote) and a word that calls it a model (filter 28). Example match: ” 双线并行的宣传模式.
RE_FORMULA_CALLED_TEMPLATE = r"\G[^，,。；;：:！？!?\n“”「」『』\"＂]{{0,16}}?(?:{words})"
# Right after a quoted formula's closing quote: 的 and a word that names the formula the way a body
# works (filter 28: model_vocab.tsv formula_way). Example match: 的方式 in ”的方式投资.
RE_FORMULA_WAY_TEMPLATE = r"\G的(?:{words})"
# After a chain's last step: up to 16 characters of its own clause (quote marks may stand in it:
# ”的“新五级组织体系”) and a word that calls it a model or counts its tiers or steps (filter 31).
# Example match: ”五级网格处置体系 (四级组织链条 and 三步法 count by their N级, N步).
RE_CHAIN_CALLED_TEMPLATE = r"\G[^，,。；;：:！？!?\n]{{0,16}}?(?:{words}|[一二三四五六七八九十两多0-9]+[级步阶])"
# After a quoted formula's closing quote: 的, up to eight characters of its own clause and a word that
# calls it a team's make-up (filter 38: model_vocab.tsv team_head) or names the thing it counts the parts of
# (filter 41: counted_thing_head). Example match: ”服务梯队, ”的固定配置, ”制度文件.
RE_TEAM_AFTER_TEMPLATE = r"\G的?[^，,。；;：:！？!?\n“”「」『』\"＂]{{0,8}}?(?:{words})"
# Right after a quoted name's closing quote: a noun phrase of up to eight Han characters ending in a
# station, centre, database or contract word (filter 44: model_vocab.tsv facility_head).
# Example match: 邻里互助服务站 in ”邻里互助服务站，.
RE_FACILITY_AFTER_TEMPLATE = r"\G[\p{{Han}}]{{0,8}}?(?:{words})"
# The Han run right after a quoted list or chain (after its closing quote and a 的), read for what the
# steps add up to (filter 30). Example match: ”的良性循环 (group 1: 良性循环).
RE_AFTER_RUN = regex.compile(r"\G[”’」』\"＂]?的?([\p{Han}]{0,12})")
# A side of a formula that counts its numbers (1+N, 1名站长+N名志愿者, 义工10分钟服务圈). Example: 1名站长.
RE_COUNTED_SIDE = regex.compile(r"^[0-9NXnx]|[0-9]")
# Round 50progmod2: a quote, or a run of quotes it opens, closed by 等 and the noun phrase naming the
# kind its items are (”“乙厂”等老厂区, ”等市级重点大街, ”等相关政策规定); group 1 is that phrase.
# Example match: ”、“丙丁”等药物 (group 1: 药物).
RE_LISTED_KIND = regex.compile(r"\G[”’」』\"＂]?(?:[、，,和及与]?[“「『\"＂][^“”「」『』\"＂\n]{1,20}[”」』\"＂])*等(\p{Han}{1,12})")
# A change of state between two quotes (filter 42, round 55 h7b): 从 or 把 (round 60), the state left, up to two characters,
# a model_vocab.tsv transition_word, the opening quote of the state reached (group 2). Example match:
# 从“单打独斗”到“ (group 1: 单打独斗).
RE_TRANSITION_TEMPLATE = r"[从把][“「『]([^“”「」『』\n]{{1,20}})[”」』][\p{{Han}}]{{0,2}}?(?:{words})([“「『])"
# How far around a quote a change of state is looked for: two quotes of twenty characters and the words between.
MAX_TRANSITION_SPAN = 50


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    name: str
    canonical: str
    status: str
    family: str
    rank: int  # lower wins a tie on span length


def fold(text: str) -> str:
    """Names as reported: no quote marks, one plus sign, one dash per link (——→—)."""
    # Quote marks dropped and plus/dash folded in one translate, then each run of dashes made
    # one: what a loop over the characters did, two to three times faster.
    folded = text.translate(_FOLD_NO_QUOTES_TABLE)
    if "——" in folded:
        folded = RE_DASH_RUN.sub("—", folded)
    return folded.strip()


def _folded(match: "re.Match[str]") -> str:
    return _FOLD[match.group()]


def quote_free_view(text: str, *, keep_quotes: bool = False) -> tuple[str, list[int]]:
    """`text` without quote marks and with folded plus/dash, plus the source offset of each char.

    Matching over this view lets “五社”联动 hit 五社联动 and 点单——派单 hit 点单—派单.
    With `keep_quotes`, only plus/dash are folded (chains must stop at a quote mark).
    In a run of dashes every second one is dropped (——— → ——): a dash goes when the
    character right before it is a dash that stays.
    """
    folded = RE_FOLDED.sub(_folded, text)  # what text.translate(_FOLD_TABLE) gives, many times faster
    dropped = [] if keep_quotes else [m.start() for m in RE_QUOTE_MARK.finditer(folded)]
    for run in RE_DASH_RUN.finditer(folded):
        dropped.extend(range(run.start() + 1, run.end(), 2))
    chars: list[str] = []
    index: list[int] = []
    kept_from = 0
    for offset in sorted(dropped):  # few: quote marks and doubled dashes; the rest is copied in slices
        chars.append(folded[kept_from:offset])
        index.extend(range(kept_from, offset))
        kept_from = offset + 1
    chars.append(folded[kept_from:])
    index.extend(range(kept_from, len(folded)))
    return "".join(chars), index


def view_span(index: list[int], start: int, end: int) -> tuple[int, int]:
    """Source (start, end) of view[start:end]."""
    return index[start], index[end - 1] + 1


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, tuple[str, str]], "regex.Pattern[str]"]:
    """Folded term → (id, canonical), and one alternation regex (longest terms first)."""
    terms: dict[str, tuple[str, str]] = {}
    for row in read_table("models.tsv"):
        terms[fold(row["term"])] = (row["id"], row["canonical"])
    alternation = "|".join(regex.escape(t) for t in sorted(terms, key=len, reverse=True))
    return terms, regex.compile(alternation)


@lru_cache(maxsize=1)
def _vocab() -> dict[str, tuple[str, ...]]:
    roles: dict[str, list[str]] = {}
    for row in read_table("model_vocab.tsv"):
        roles.setdefault(row["role"], []).append(row["word"])
    return {role: tuple(sorted(words, key=len, reverse=True)) for role, words in roles.items()}


@lru_cache(maxsize=1)
def _patterns() -> dict[str, "re.Pattern[str] | regex.Pattern[str]"]:
    vocab = _vocab()
    alt = lambda role: "|".join(regex.escape(w) for w in vocab[role])  # noqa: E731
    # in `re` (`compile_han`: 2-5 times as fast here); the copula pattern's \s stays with `regex`
    return {
        "called": compile_han(RE_CALLED_TEMPLATE.format(words=alt("called"))),
        "called_end": compile_han(r"(?:" + alt("called") + r")$"),
        "as": compile_han(RE_AS_TEMPLATE.format(words=alt("called") + "|" + alt("called_as"))),
        "numbered": compile_han(RE_NUMBERED_TEMPLATE.format(words=alt("numbered"))),
        "deliberation": compile_han(r"[\p{Han}]{1,8}(?:" + alt("deliberation") + r")$"),
        "deliberation_body": compile_han(r"[\p{Han}]{1,8}(?:" + alt("deliberation_body") + r")$"),
        "inner_head": compile_han(r"[\p{Han}]{2,8}(?:" + alt("inner_head") + r")$"),
        "inner_head_exclusion": compile_han(r"(?:" + alt("inner_head_exclusion") + r")$"),
        "long_head": compile_han(r"[\p{Han}]{5,10}(?:" + alt("long_head") + r")$"),
        "taught": compile_han(RE_TAUGHT_TEMPLATE.format(words=alt("taught_content"))),
        "stage": compile_han(r"\G[”’」』]?(?:[一二三四五六七八九十两0-9]+个?)?(?:" + alt("stage_head") + r")"),
        "groups": compile_han(r"\G[”’」』]?(?:等)?(?:[一二三四五六七八九十两0-9]+[类个种])?(?:特殊|困难|重点)?(?:" + alt("group_head") + r")"),
        "undone_near": compile_han(RE_UNDONE_NEAR_TEMPLATE.format(words=alt("undo_verb"))),
        "aim": compile_han(RE_AIM_TEMPLATE.format(words=alt("aim_head"))),
        "concept": compile_han(RE_CONCEPT_TEMPLATE.format(words=alt("concept_head"))),
        "people": compile_han(r"\G[”’」』]?的?[\p{Han}]{0,4}?(?:" + alt("people_head") + "|" + alt("group_head") + r")"),
        "policy_verb": compile_han(r"(?:" + alt("policy_verb") + r")$"),
        "attributive": compile_han(r"(?:" + alt("attributive_head") + r")"),
        "tier": compile_han(RE_TIER_TEMPLATE.format(domains=alt("tier_domain"))),
        "copula": regex.compile(RE_COPULA_TEMPLATE.format(words=alt("called_copula"))),
        "tier_called": compile_han(RE_TIER_CALLED_TEMPLATE.format(words=alt("called") + "|" + alt("tier_structure"))),
        "list_called": compile_han(RE_LIST_CALLED_TEMPLATE.format(words=alt("list_called"))),
        "role_list_called": compile_han(RE_LIST_CALLED_TEMPLATE.format(words=alt("role_list_called"))),
        "formula_called": compile_han(RE_FORMULA_CALLED_TEMPLATE.format(words=alt("called") + "|" + alt("formula_joined") + "|" + alt("formula_structure"))),
        "formula_way": compile_han(RE_FORMULA_WAY_TEMPLATE.format(words=alt("formula_way"))),
        "team": compile_han(RE_TEAM_AFTER_TEMPLATE.format(words=alt("team_head"))),
        "counted_thing": compile_han(RE_TEAM_AFTER_TEMPLATE.format(words=alt("counted_thing_head"))),
        "facility": compile_han(RE_FACILITY_AFTER_TEMPLATE.format(words=alt("facility_head"))),
        "chain_called": compile_han(RE_CHAIN_CALLED_TEMPLATE.format(words=alt("called"))),
        "adopted": compile_han(RE_ADOPTED_TEMPLATE.format(verbs=alt("adopt_verb"), heads=alt("adopt_head"))),
        "path_after": regex.compile(RE_PATH_AFTER_TEMPLATE.format(words=alt("path_head"))),
        "transition": compile_han(RE_TRANSITION_TEMPLATE.format(words=alt("transition_word"))),
        "level_change": compile_han(RE_LEVEL_CHANGE_TEMPLATE.format(words=alt("level_change"))),
        "problem_count": compile_han(RE_PROBLEM_COUNT_TEMPLATE.format(words=alt("problem_word"))),
        "spelled_out": regex.compile(RE_SPELLED_OUT_TEMPLATE.format(follow=alt("numeric_follow"), words=alt("spelled_out"))),
    }


@lru_cache(maxsize=1)
def _generic_sides() -> frozenset[str]:
    return frozenset(read_terms("model_formula_exclusions.txt"))


@lru_cache(maxsize=1)
def _quoted_only() -> frozenset[str]:
    """Canonical names of the known models that count only where an article quotes them
    (models.tsv column `written`: quoted)."""
    return frozenset(row["canonical"] for row in read_table("models.tsv") if row["written"] == "quoted")


def reject_bare_only(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Filter 27 (round 28): a known model named by everyday words (models.tsv `written` quoted:
    积分制, 接诉即办, 双报到) that the article never writes in quote marks is the ordinary
    thing its words say (实行党员积分制管理, 做好接诉即办工作, 在职党员双报到后), not the method;
    quoted once (推行“积分制”), every mention of it in the article stays."""
    quoted_only = _quoted_only()
    named = {c.canonical for c in candidates if c.family == "lexicon" and c.canonical in quoted_only and quoted_whole(text, c.start, c.end, QUOTE_MARKS, QUOTE_MARKS)}
    return [c for c in candidates if not (c.family == "lexicon" and c.canonical in quoted_only and c.canonical not in named)]


def reject_concepts(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Filter 36 (round 40b): a quoted name the article anywhere calls a 理念 (践行“某某”理念, 秉持
    “某某”的服务理念: model_vocab.tsv concept_head) is an idea or motto the text upholds, not a way of
    working, so none of its discovered mentions in that article is a model (“某某”共建 elsewhere in it
    names the same idea). The shape is in 30 articles of the tuning pool and bulk, never a gold model;
    the baseline made models of it in 3 (check39a, check41a, bulk37). Known models keep their mentions."""
    patterns = _patterns()
    quotes = [(surface_key(m.group(1)), m.end()) for m in RE_QUOTED_IDEA.finditer(text)]
    ideas = {name for name, end in quotes if patterns["concept"].match(text, end)}
    # 以“…”为理念 (called_as) makes the quote the model the work is guided by (the seeds: “…”为理念
    # and “…”的运营理念 in one article, a gold model): such a name keeps its mentions
    ideas -= {name for name, end in quotes if patterns["as"].match(text, end + 1)}
    if not ideas:
        return candidates
    return [c for c in candidates if c.family == "lexicon" or surface_key(c.name) not in ideas]


def reject_part_of_quoted_name(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Filter 45 (round 60, h6): a model's words that sit inside a longer quoted name, not set off by
    quote marks of their own (“四社联动新平台”, “五社联动·创享滨江”), are the head of that name, a
    programme's or a contest's, not a model the text names; the name is one only when it reads as
    one itself: a list of parallel parts the model is one of (“支部领航为心、…、五社联动为桥”) or a
    name ending in a model word (“四位一体帮教管理体系”), and then the hit stays. Seen in 4 pooled
    tuning articles of 4 sets: the gold leaves the head out in both programme names and keeps the
    longer name in both model-shaped ones; set off in quotes of its own (“推进‘五社联动’，…”) the
    model stays, as the gold has it."""
    quotes = [
        (m.start(g), m.end(g))
        for m in RE_QUOTED_NAME.finditer(text, overlapped=True)
        for g in (1, 2, 3)
        if m.group(g) is not None
    ]
    if not quotes:
        return candidates
    return [c for c in candidates if not _head_of_quoted_name(text, c, quotes)]


def _head_of_quoted_name(text: str, cand: _Candidate, quotes: list[tuple[int, int]]) -> bool:
    """The innermost quote around `cand` holds more than the candidate and does not read as a model."""
    around = [(start, end) for start, end in quotes if start <= cand.start and cand.end <= end]
    if not around:
        return False
    start, end = min(around, key=lambda span: span[1] - span[0])
    inside = strip_quotes(text[start:end])
    rest = text[start : cand.start] + text[cand.end : end]
    if len(RE_HAN_CHAR.findall(rest)) < 2:
        return False  # “把支部建在小区上”: a particle more is a wording of the model, not another name
    return not (RE_LIST_MARK.search(inside) or _names_model(inside))


def _names_model(name: str) -> bool:
    """A name whose last word calls it a model (…体系, …模式, …工作法) or a method head ends."""
    return _patterns()["called_end"].search(name) is not None or _method_head(name)


def lookup(name: str) -> tuple[str, str] | None:
    """(id, canonical) when `name` is a known model (quotes/plus/dash insensitive)."""
    return _lexicon()[0].get(fold(name))


# --- filters (each returns True when the candidate must be dropped) -------------------------


def reject_generic_formula(name: str) -> bool:
    """Filter 1: every side of X+Y is a generic channel/place/time (线上+线下)."""
    sides = [s for s in name.split("+") if s]
    return bool(sides) and all(s in _generic_sides() for s in sides)


def reject_bian_pair(name: str) -> bool:
    """Filter 2: the 边X+边Y "while doing" construction (边学习+边讨论) is a study habit."""
    sides = [s for s in name.split("+") if s]
    return len(sides) >= 2 and all(s.startswith("边") for s in sides)


def reject_arithmetic(text: str, end: int) -> bool:
    """Filter 3: a sum compared with something (1+1>2) is a slogan about synergy."""
    return end < len(text) and text[end] in "><=＞＜＝"


def reject_generic_label(name: str) -> bool:
    """Filter 4: a quoted generic label (“新模式”, “新格局”) names nothing."""
    return bool(RE_GENERIC_NEW.match(name))


def reject_aim(text: str, start: int, end: int) -> bool:
    """Filter 35 (round 40): a name whose quote modifies an aim (“五个一”工作目标, “某某”的目标,
    “甲、乙”两大核心任务: RE_AIM_TEMPLATE) states what is to be reached or done, not a way of
    working; a model word in the modifier (“某某”机制建设任务) keeps it. Seen after a quoted name in
    8 articles (5 pooled tuning sets, 2 bulk samples), never after a gold model."""
    aim = _patterns()["aim"].match(text, end)
    if aim is None or any(word in aim.group(1) for word in _vocab()["called"]):
        return False
    return not aim.group(0).endswith(STANDARD_WORD) or standard_of_aims(text, start, end)


def standard_of_aims(text: str, start: int, end: int) -> bool:
    """Round 55 (p4): a 标准 is an aim where 的 ties the name to it (“某某”的标准) or the name sums the
    list of aims written just before it (…便捷化、…宜居化的“六化”标准); a numbered name standing
    alone before 标准 (对照“三清两整治”标准打分) is the method the standard is written for."""
    return bool(RE_DE_AFTER_QUOTE.match(text, end) or RE_DE_BEFORE_QUOTE.search(text, 0, start))


def reject_listed_instance(text: str, after: int) -> bool:
    """Filter 40 (round 50progmod2): a quote whose shape alone would make it a method, listed before
    等 and a noun phrase with no model word (“双甲”“乙厂”等老厂区, “甲、乙、丙”等药物, “一户一宅”等相关
    政策规定, “两横一纵”等市级重点大街), is one instance of the things that phrase names: a place, a
    drug, a policy, a street. A model word in the phrase (“一编三定”、“一约五会”等工作制度, 等多种运营
    模式) still calls the items models. Seen in 4 pooled articles of 4 sets (train44a16, train44f13,
    gate45h07, gate49g11), none a gold model."""
    listed = RE_LISTED_KIND.match(text, after)
    return listed is not None and not any(word in listed.group(1) for word in _vocab()["called"])


def reject_attributive(text: str, end: int) -> bool:
    """Filter 6: a model name used as a modifier of case records (接诉即办案件) is not the model."""
    return _patterns()["attributive"].match(text, end) is not None


def reject_digits_only(name: str) -> bool:
    """Filter 5: a bare 1+N/N+ with no descriptor is too thin unless quoted as a formula."""
    return fold(name) in {"1+N", "N+", "1+"}


def reject_quoted_formula_called(text: str, formula_end: int, name: str) -> bool:
    """Filter 5b (round 47): a 1+N formula whose quote closes right after it, followed by a word that
    only calls it a model or a service (“1+N”服务网络, “1+N”教育服务, “1+1+N”模式), is named by its
    quote alone: the gold keeps 1+N / 1+1+N in 3 pooled articles of 3 sets (train44i, gate45a,
    gate46h). A pairing or an action after the quote (“1+N”结对行动) stays part of the name."""
    closed = formula_end < len(text) and text[formula_end] in CLOSE_QUOTES + STRAIGHT_QUOTES
    return closed and bool(RE_ONE_PLUS_N_CALLING_HEAD.search(name)) and "结对" not in name


def reject_catchphrase(name: str) -> bool:
    """Filter 7: a quoted target-group or problem catchphrase (“一老一小”服务体系) is not a method,
    also when its parts are written with list marks (“共建、共治、共享” is 共建共治共享), nor is any
    一X一Y run of target groups (“一残一弱”, “一老一幼一困”)."""
    return name in _catchphrases() or RE_LIST_MARKS.sub("", name) in _catchphrases() or bool(RE_TARGET_GROUPS.match(name))


def called_slogan(name: str, text: str, after: int) -> bool:
    """Round 40b: a quoted national governance slogan (model_called_slogans.txt: 共建共治共享, also
    written 共建、共治、共享) that the text calls a governance model right after its quote (“…”的社会治理
    格局, “…”治理模式: a `called` word) names the way of governing the article describes; anywhere
    else (“…”的生动写照, 打造“…”社区) it stays a slogan (filter 7). Seen called in 4 articles of 3 labelled
    tuning sets (check36b twice, check40c, check41c), all gold models; uncalled in 6 articles of
    the pool and bulk, never a gold model."""
    return RE_LIST_MARKS.sub("", name) in _called_slogans() and _patterns()["called"].match(text, after) is not None


@lru_cache(maxsize=1)
def _called_slogans() -> frozenset[str]:
    return frozenset(read_terms("model_called_slogans.txt"))


@lru_cache(maxsize=1)
def _catchphrases() -> frozenset[str]:
    return frozenset(read_terms("model_named_exclusions.txt"))


def reject_dictionary_word(name: str) -> bool:
    """Filter 9: a numeric abbreviation that the general dictionary lists (“两委”, “三农”,
    “五保”) is a common word, not a named method; our own lexicon words (tag None) pass."""
    return is_word(name) and word_tags().get(name) is not None


# Filter 34 (round 39): jieba's tags of everyday verbs, idioms and set phrases (互助 v, 左邻右舍 i,
# 条块分割 l, 变大 v). Quoted, such a word describes how something is done or was done; a named
# model is coined (a formula, an abbreviation, a new compound jieba does not list). Nouns jieba lists
# (网格化, 包干制) stay: the tuning and dev gold name methods so.
EVERYDAY_PHRASE_TAGS = ("v", "vd", "i", "l", "a", "ad")


def reject_everyday_phrase(name: str) -> bool:
    """Filter 34: a quoted verb, idiom or set phrase of the general dictionary (“互助”模式, “左邻右舍”
    议事会, 传统“条块分割”的治理模式) is no named model; a model of our lexicon stays."""
    return word_tags().get(name) in EVERYDAY_PHRASE_TAGS and lookup(name) is None


def reject_two_words(name: str) -> bool:
    """Filter 13: a numeric abbreviation that is two ordinary words (双向|融合, 三维|延伸,
    五大|区域, 九龙|社工) is a phrase or a name, not an abbreviation of a list."""
    tags = word_tags()
    head, rest = name[:2], name[2:]
    return len(rest) >= 2 and tags.get(head) is not None and tags.get(rest) is not None


def reject_modifier(text: str, end: int) -> bool:
    """Filter 14: a noun right after the quote (“三关爱”艺术团, “四无”佳绩, “两园”建设) makes the
    abbreviation the name or label of that thing; service/work nouns keep it a method."""
    tags = word_tags()
    for size in (4, 3, 2):
        word = text[end : end + size]
        tag = tags.get(word)
        if len(word) == size and tag is not None:
            return (tag.startswith("n") or tag == "vn") and word not in _vocab()["numeric_follow"]
    return False


def reject_undone(text: str, quote_start: int) -> bool:
    """Filter 16: a verb that ends what is quoted (打破“干好干坏一个样”的局面), or a word that
    makes it a former practice (传统的“上面定、下面办”模式): the quote is the state the text
    moves away from, not a model."""
    vocab = _vocab()
    if text.endswith(vocab["undo_verb"] + vocab["old_marker"], 0, quote_start):
        return True
    # round 40: the undo verb a few characters back in the quote's clause (打破了治理“…”的格局)
    return _patterns()["undone_near"].search(text[max(0, quote_start - 8) : quote_start]) is not None


def old_modifier(modifier: str) -> bool:
    """Round 40: the words between a quote and the model word that calls it one mark a former
    practice (“…”的传统模式, “…”旧机制: model_vocab.tsv old_marker without its 的), the state the
    text moves away from, as 传统的“…”模式 before the quote (filter 16). With the near undo verb of
    reject_undone, seen in 3 articles (check38a, check39b, check40b), never around a gold model."""
    return any(marker.removesuffix("的") in modifier for marker in _vocab()["old_marker"])


def praised_sentence(name: str, modifier: str) -> bool:
    """Round 54: a quoted sentence (comma clauses, filter 12) that the calling words praise
    (“…，…，…”的良好社会治理格局: model_vocab.tsv praised_state) is the state the work reached,
    described in a motto; a formula the text calls plainly (“一核统领，四化协同”的基层治理格局) stays."""
    return reject_slogan_sentence(name) and any(word in modifier for word in _vocab()["praised_state"])


def reject_plain_two_chars(name: str) -> bool:
    """Round 54: a quoted two-character name that opens with no number (“快进”模式, “互助”机制) is a
    plain word used as a figure, not a coined model: the two-character models of the gold are all
    numeric abbreviations (“三联”, “五心”), which RE_NUMBERED_NAME opens."""
    return len(name) == 2 and RE_HAN_ONLY.match(name) is not None and RE_NUMBERED_NAME.match(name) is None


def reject_undone_chain(view: str, start: int) -> bool:
    """Filter 16 for a quoted chain (round 18): 陷入“决策—提意见—协调”的循环, 传统的“上报—
    等待—批复”流程 name the old way, not a model. `view` keeps the quote marks."""
    return start > 0 and view[start - 1] in QUOTE_MARKS and reject_undone(view, start - 1)


def reject_transition(text: str, quote_start: int) -> bool:
    """Filter 42 (round 55 h7b): a quote on either side of a change of state (从“各管各”变成“一起管”,
    从“旁观者”向“主人翁”转变) names the state the work leaves or reaches, a figure of speech, not a
    way of working. Runs after the calling words, so a quote the text calls a model stays."""
    low = max(0, quote_start - MAX_TRANSITION_SPAN)
    for match in _patterns()["transition"].finditer(text, low, quote_start + MAX_TRANSITION_SPAN):
        if quote_start in (match.start(1) - 1, match.start(2)):
            return True
    return False


def reached_state_called(called: str, text: str, quote_start: int) -> bool:
    """Round 60: a way the text names through 的 after a change of state (把“甲”变为“乙”的新路径)
    is the change as a whole; either quote alone is only the state left or reached, no model. A
    model word right after the quote (从“甲”到“乙”模式) still calls it one."""
    return called.startswith("的") and reject_transition(text, quote_start)


def reject_outcome(text: str, quote_start: int, after: int) -> bool:
    """Filter 24: an outcome verb earlier in the quote's clause (实现…“双提双促”, 带来“四赢”的新局面,
    达到“双提升”): the numeric abbreviation is a result the text reports, not a method; a
    method noun right after it keeps it one (实现“六有”标准化建设)."""
    clause = RE_CLAUSE_BREAK.split(text[max(0, quote_start - MAX_OUTCOME_GAP) : quote_start])[-1]
    return any(verb in clause for verb in _vocab()["outcome_verb"]) and not _numeric_follow().match(text, after)


def reject_taught_content(text: str, after: int) -> bool:
    """Filter 26 (round 22): a numeric abbreviation that modifies a noun of taught or kept content
    (“七不准”安全知识, “某某”等…核心知识, “某要某不”的村规民约: model_vocab.tsv taught_content,
    RE_TAUGHT_TEMPLATE) is a mnemonic of rules of conduct, not a method."""
    return _patterns()["taught"].match(text, after) is not None


def reject_honour(name: str) -> bool:
    """Filter 25: a numeric name ending in a household word (“五好家庭”, “十星级家庭”, “五星户”) is
    an honour that households earn in a vote, not a method. Round 14, third wave."""
    return name.endswith(_vocab()["honour_head"])


def reject_role(text: str, quote_start: int) -> bool:
    """Filter 19: a verb of holding a post right before the quote (担任“八户长”, 化身“移动哨兵”):
    the quote is a title someone holds, not a method."""
    return text.endswith(_vocab()["role_verb"], 0, quote_start)


def reject_name_of_thing(text: str, start: int) -> bool:
    """Filter 15: a thing's noun right before the quote (公益机构“十方缘”) makes it that thing's name."""
    return text.endswith(_vocab()["name_before"], 0, max(0, start - 1))


def reject_programme_follows(text: str, end: int) -> bool:
    """Filter 10: a programme word right after the quote (“双百”工程, “三下乡”活动): the
    abbreviation names a programme, which programs reports."""
    return _programme_follow().match(text, end) is not None


def reject_event_stages(text: str, end: int) -> bool:
    """Filter 11: a chain followed by (N个)环节 lists the stages of one event
    (“签到—座谈—走访”三个环节), not a method's steps."""
    return _patterns()["stage"].match(text, end) is not None


def reject_sequence(text: str, end: int) -> bool:
    """Filter 30 (round 30): a list or chain of steps whose following Han run names what the steps
    add up to, a cycle, a network or a force of people (“甲—乙—丙”的循环, “…”多元帮扶网络,
    “…”力量: model_vocab.tsv sequence_head), is an outcome or a set of members, not a way of
    governing; a `called` word in the same run (“…、…”的协作网络机制) or a numbered tier (“…”三级服务
    网络) keeps it. Seen in 3 articles of 3 labelled tuning sets, never after a labelled list or
    chain; not 闭环 (the seeds label a chain before 服务闭环 a model), nor 良性循环 (round 48: a
    `called` word, the cycle the text says it runs on)."""
    run = RE_AFTER_RUN.match(text, end)
    words = run.group(1) if run else ""
    vocab = _vocab()
    if not any(word in words for word in vocab["sequence_head"]):
        return False
    if _patterns()["tier_called"].match(text, end):
        return False
    return not any(word in words for word in vocab["called"] if word not in vocab["sequence_head"])


def reject_uncalled_chain(view: str, end: int) -> bool:
    """Filter 31 (round 32): a chain of steps ending at a closing quote mark that nothing in its
    clause after the quote calls a model (模式, 机制, 体系, 路径, 闭环 …: model_vocab.tsv called) or
    counts as tiers or steps (四级组织链条, 三步法调解) is a route, a course of care or one event's
    order (“甲-乙-丙”路线, “…”全周期服务链, “…”严谨流程, “…”的儿童友好社区), not a way of governing.
    Seen in 5 pooled tuning articles of 4 sets (train28a, train30b, train31a, train31d), against 2
    labelled quoted chains without such a word. An unquoted chain is trimmed and judged as before."""
    if end >= len(view) or view[end] not in QUOTE_MARKS:
        return False
    return _patterns()["chain_called"].match(view, end) is None


def reject_service_adjectives(name: str) -> bool:
    """Filter 17: every part of the quote is a service adjective or a catchphrase that programs
    also leave out (“面对面、零距离”的服务模式): it says how a service feels, not who does what."""
    parts = RE_LIST_MARK.split(name)
    return all(part in _service_adjectives() for part in parts)


@lru_cache(maxsize=1)
def _service_adjectives() -> frozenset[str]:
    return frozenset(r["term"] for r in read_table("program_exclusions.tsv") if r["role"] == "slogan")


def reject_possessed(text: str, quote_start: int, after: int) -> bool:
    """Filter 18: a numeric abbreviation right after X的 with nothing after it that makes it a
    method (学做茶点的“三道”): it names parts of that thing. “社区的‘三联’工作法” keeps its
    method word and is found by the `named` family first."""
    return text.endswith("的", 0, quote_start) and not _numeric_follow().match(text, after)


@lru_cache(maxsize=1)
def _numeric_follow() -> "regex.Pattern[str]":
    return regex.compile(r"\G(?:" + "|".join(regex.escape(w) for w in _vocab()["numeric_follow"]) + r")")


def reject_slogan_sentence(name: str) -> bool:
    """Filter 12: a quoted sentence with a comma (“群众在哪里，服务就在哪里”) is a motto unless
    the text calls it a 机制/模式… (handled before this filter runs)."""
    return "，" in name or "," in name


@lru_cache(maxsize=1)
def _programme_follow() -> "regex.Pattern[str]":
    """A closing quote, up to four characters of descriptor (after an optional 的) and a strong
    programme word (“三帮三带”结对共建活动, “两访”的系列活动)."""
    words = [r["suffix"] for r in read_table("program_suffixes.tsv")
             if r["position"] in ("outer", "both") and r["kind"] not in ("program",)]
    alternation = "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return regex.compile(r"\G[”’」』]?的?[\p{Han}]{0,4}?(?:" + alternation + r")")


def reject_programme_name(name: str, modifier: str, *, called: bool = False) -> bool:
    """Filter 8: “四点半课堂”服务模式, “幸福食堂”项目运行机制: the quote names a programme (its
    name or the modifier holds a programme word from program_suffixes.tsv), and the 模式/机制
    is how that programme works, not a governance model of its own. A points scheme that the
    text calls a model right after its quote (“双向积分”工作模式: model_vocab.tsv scheme_head) is
    one."""
    inner, outer = _programme_words()
    if called and name.endswith(tuple(_vocab()["scheme_head"])) and not any(word in modifier for word in outer):
        return False
    return name.endswith(inner) or any(word in modifier for word in outer)


@lru_cache(maxsize=1)
def _programme_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    rows = read_table("program_suffixes.tsv")
    bodies = set(_vocab()["deliberation_body"])  # “楼栋议事会”机制: the text calls the body a model
    inner = tuple(r["suffix"] for r in rows if r["position"] in ("inner", "both") and len(r["suffix"]) > 1 and r["suffix"] not in bodies)
    outer = tuple(r["suffix"] for r in rows if r["position"] in ("outer", "both") and r["suffix"] not in ("服务", "建设", "行动"))
    return inner, outer


class ModelExtractor:
    """Find governance models in an article.

    Keyword-only options:
        families: pattern families to run besides the lexicon (default: all of
            n_she, formula, one_plus_n, n_ge_yi, n_wei_yi_ti, chain, named, numeric, yi_yi,
            steps).
    """

    assigns = "models"
    requires = ()
    FAMILIES = ("n_she", "formula", "one_plus_n", "n_ge_yi", "n_wei_yi_ti", "chain", "named", "numeric", "yi_yi", "steps")

    def __init__(self, *, families: tuple[str, ...] | None = None) -> None:
        self.families = tuple(families) if families is not None else self.FAMILIES
        unknown = set(self.families) - set(self.FAMILIES)
        if unknown:
            raise ValueError(f"unknown model families {sorted(unknown)}; choose from {self.FAMILIES}")

    def __call__(self, ctx: ArticleContext) -> list[Mention]:
        return self.extract(ctx.text)

    def extract(self, text: str) -> list[Mention]:
        view, index = quote_free_view(text)
        candidates = list(self._lexicon_hits(view, index)) + list(self._known_wordings(view, index))
        if "n_she" in self.families:
            candidates += self._n_she(view, index)
        if "one_plus_n" in self.families:
            candidates += self._one_plus_n(text, view, index)
        if "n_ge_yi" in self.families:
            candidates += self._simple(view, index, RE_N_GE_YI, "n_ge_yi")
        if "n_wei_yi_ti" in self.families:
            candidates += self._n_wei_yi_ti(text, view, index)
        if "chain" in self.families:
            chain_view = quote_free_view(text, keep_quotes=True)
            candidates += self._chains(*chain_view)
            candidates += self._level_chains(*chain_view)
        if "named" in self.families:
            candidates += self._simple(view, index, _patterns()["tier"], "named")
            candidates += self._chief_systems(view, index)
            candidates += self._community_methods(view, index)
            candidates += self._parties_bodies(text, view, index)
            candidates += self._simple(view, index, RE_PARTY_LED_COOP, "named")
            candidates += self._adopted_systems(text)
            candidates += self._numbered_structures(text)
            candidates += self._unquoted_list_models(text)
        if "formula" in self.families:
            candidates += self._heading_formulas(text)
            candidates += self._numeric_formulas(view, index)
        candidates += self._quoted(text)
        kept = [c for c in _resolve(candidates) if not (reject_attributive(text, c.end) or reject_aim(text, c.start, c.end))]
        kept = reject_bare_only(text, kept)
        kept = reject_concepts(text, kept)
        kept = reject_part_of_quoted_name(text, kept)
        return [_mention(c, written_name(text, c)) for c in kept]

    # --- candidate generators ------------------------------------------------------------

    def _lexicon_hits(self, view: str, index: list[int]):
        terms, pattern = _lexicon()
        for match in pattern.finditer(view):
            if RE_ZHIDU_AFTER.match(view, match.end()):
                continue  # 积分制度: the word 制度, not the 积分制 method
            _, canonical = terms[match.group()]
            start, end = view_span(index, match.start(), match.end())
            yield _Candidate(start, end, match.group(), canonical, "canonical", "lexicon", 0)

    def _n_she(self, view: str, index: list[int]):
        for match in RE_N_SHE.finditer(view):
            start, end = view_span(index, match.start(), match.end())
            yield _discovered_or_known(start, end, match.group(), "n_she", 1)

    def _one_plus_n(self, text: str, view: str, index: list[int]):
        for match in RE_ONE_PLUS_N.finditer(view):
            name = match.group()
            if reject_arithmetic(view, match.end()) or reject_digits_only(name):
                continue
            start, end = view_span(index, match.start(), match.end())
            formula_end = view_span(index, match.start(), match.end("formula"))[1]
            if reject_quoted_formula_called(text, formula_end, name):
                continue  # the quoted formula family names it
            yield _discovered_or_known(start, end, name, "one_plus_n", 1)

    def _n_wei_yi_ti(self, text: str, view: str, index: list[int]):
        """Round 38: N位一体 is a model only when the text calls it one right after (四位一体的工作模式,
        `called`); alone it says how a thing it modifies is built (五位一体的某某乡村, 三位一体的服务平台),
        unlabelled in 3 of 3 pooled tuning articles (check35b twice, train36b). Round 44: nor when
        it counts the parts of a quoted name right before it (counts_quoted_parts)."""
        called = _patterns()["called"]
        for match in RE_N_WEI_YI_TI.finditer(view):
            if called.match(view, match.end()):
                start, end = view_span(index, match.start(), match.end())
                if not counts_quoted_parts(text, start):
                    yield _discovered_or_known(start, end, match.group(), "n_wei_yi_ti", 1)

    def _simple(self, view: str, index: list[int], pattern, family: str):
        for match in pattern.finditer(view):
            start, end = view_span(index, match.start(), match.end())
            yield _discovered_or_known(start, end, match.group(), family, 1)

    def _parties_bodies(self, text: str, view: str, index: list[int]):
        """A numbered deliberation body (六方议事会) only where the text quotes it as a name or names a
        system after it (四方联席会议制度). Round 42d: otherwise it is the meeting held (召开三方议事会,
        参与多方联席会) or a meeting a quoted slogan heads (“…”三方联席会议定期举行): unlabelled in 3
        articles of 3 pooled tuning sets, labelled bare only before 制度; the owners' dev gold labels
        it quoted (“三方议事会”)."""
        for match in RE_PARTIES_BODY.finditer(view):
            start, end = view_span(index, match.start(), match.end())
            if text[start - 1 : start] in OPENING_QUOTES or text[end : end + 2] in ("制度", "机制"):
                yield _discovered_or_known(start, end, match.group(), "named", 1)

    def _chief_systems(self, view: str, index: list[int]):
        for match in RE_CHIEF_SYSTEM.finditer(view):
            verb = view[match.end() - 1 : match.end() + 1]  # 市长制止, 部长制订: 制 starts a word
            head = "" if verb != "制度" and is_word(verb) else chief_head(view, match.start())
            if head:
                start, end = view_span(index, match.start() - len(head), match.end())
                yield _discovered_or_known(start, end, head + "长制", "named", 1)

    def _known_wordings(self, view: str, index: list[int]):
        """Other actors' wordings of 街乡吹哨、部门报到 and 点单—派单—接单: the known model's canonical."""
        for pattern, term in ((RE_WHISTLE, "吹哨报到"), (RE_ORDER_CHAIN, "点单—派单—接单")):
            for match in pattern.finditer(view):
                actor = noun_suffix(match.group(1), by_char=pattern is RE_WHISTLE)
                if pattern is RE_WHISTLE and not actor:
                    continue  # 他在吹哨: no one who blows the whistle
                v_start = match.end(1) - len(actor)
                start, end = view_span(index, v_start, match.end())
                _, canonical = lookup(term)
                yield _Candidate(start, end, view[v_start : match.end()], canonical, "canonical", "lexicon", 0)

    def _community_methods(self, view: str, index: list[int]):
        for match in RE_COMMUNITY_METHOD.finditer(view):
            if not RE_NOT_COMMUNITY.search(match.group(1)):
                start, end = view_span(index, match.start(1), match.end())
                yield _discovered_or_known(start, end, view[match.start(1) : match.end()], "named", 1)

    def _adopted_systems(self, text: str):
        """An unquoted system a verb adopts (推行某某师制度, 引入某某停车机制): the name with its head,
        not a generic mechanism (联动机制: model_vocab.tsv inner_head_exclusion words before the head
        count as generic too) nor one holding a known model (推行三所联动工作机制: the lexicon's hit,
        三所联动, is the name)."""
        for match in _patterns()["adopted"].finditer(text):
            name = match.group(1)
            if _patterns()["inner_head_exclusion"].search(name[:-2]) or _lexicon()[1].search(fold(name)):
                continue
            yield _discovered_or_known(match.start(1), match.end(1), name, "named", 1)

    def _numbered_structures(self, text: str):
        """Round 37: an unquoted numbered structure named as a mechanism or system (五维健康治理新机制,
        三联机制: RE_NUMBERED_STRUCTURE; round 40: no N级 tiers) is the model's name as the text writes it. Not inside an
        open quote (the quoted-name rules judge those), and not a bare count right after a closing
        quote (“某+某”三维体系: the count describes the quoted name, which is the model). Missed in
        4 articles of 3 labelled tuning sets (train35b twice, train36b, train36c)."""
        for match in RE_NUMBERED_STRUCTURE.finditer(text):
            start, end = match.start(), match.end()
            if _inside_open_quote(text, start) or (not match.group(1) and counts_quoted_parts(text, start)):
                continue
            yield _discovered_or_known(start, end, text[start:end], "named", 1)

    def _unquoted_list_models(self, text: str):
        """An unquoted list of parallel clauses that 的…模式 calls a model (RE_UNQUOTED_LIST_MODEL); a
        quoted one is judged by the quoted-name rules."""
        if "模式" not in text:
            return
        for match in RE_UNQUOTED_LIST_MODEL.finditer(text):
            clauses = parallel_clauses(match.group("list"))
            start = match.end("list") - len(clauses)
            before = text[max(0, start - 3) : start].rstrip()  # “甲+乙” 双线并行、…: the quote is the name
            if clauses and before[-1:] not in QUOTE_MARKS and not _inside_open_quote(text, start):
                yield _discovered_or_known(start, match.end("list"), clauses, "named", 1)

    def _numeric_formulas(self, view: str, index: list[int]):
        called = _patterns()["called"]
        for match in RE_NUMERIC_FORMULA.finditer(view):
            if called.match(view, match.end()) and not reject_counted_platform(view, match.group(), match.end()):
                start, end = view_span(index, match.start(), match.end())
                yield _discovered_or_known(start, end, match.group(), "formula", 1)

    def _heading_formulas(self, text: str):
        for match in RE_HEADING_FORMULA.finditer(text):
            name = fold(match.group(1))
            if not (reject_generic_formula(name) or reject_bian_pair(name)):
                yield _discovered_or_known(match.start(1), match.end(1), name, "formula", 1)

    def _chains(self, view: str, index: list[int]):
        for match in RE_CHAIN.finditer(view):
            v_start, v_end = trim_chain(view, match.start(), match.end())
            if is_quoted_level_chain(view, v_start, v_end):
                continue  # _level_chains reads it, with no calling word required
            if reject_event_stages(view, v_end) or reject_undone_chain(view, v_start) or reject_sequence(view, v_end):
                continue
            if reject_uncalled_chain(view, v_end):
                continue
            start, end = view_span(index, v_start, v_end)
            yield _discovered_or_known(start, end, view[v_start:v_end], "chain", 1)

    def _level_chains(self, view: str, index: list[int]):
        """A quoted chain of organisational levels is the structure the text sets up (“镇—嘎查—
        艾里屯”三级排查网络, “社区党委—网格党支部—楼栋党小组—党员中心户”架构): kept without a calling
        word, since the levels themselves say it is a structure of governing."""
        for match in RE_QUOTED_SHORT_CHAIN.finditer(view):
            v_start, v_end = match.span()
            if not is_level_chain(view[v_start:v_end]):
                continue
            if reject_event_stages(view, v_end) or reject_undone_chain(view, v_start):
                continue
            start, end = view_span(index, v_start, v_end)
            yield _discovered_or_known(start, end, view[v_start:v_end], "chain", 1)

    def _quoted(self, text: str):
        """Formulas, chains and named models written inside quote marks (curly, corner or straight)."""
        spans = [(m.start(g), m.end(g), m.start(), m.end())
                 for m in RE_QUOTED_NAME.finditer(text, overlapped=True)
                 for g in (1, 2, 3) if m.group(g) is not None]
        spans += [(m.start(1), m.end(1), m.start(), m.end()) for m in RE_STRAIGHT_QUOTED.finditer(text)]
        for start, end, quote_start, after in spans:
            candidate = self._quoted_candidate(text, start, end, quote_start, after)
            if candidate is not None:
                yield candidate

    def _quoted_candidate(self, text: str, start: int, end: int, quote_start: int, after: int) -> _Candidate | None:
        """One quoted name's candidate (inside text[start:end], quote marks at quote_start and
        after - 1): a formula decides on its own filters; any other name is a model when the text
        calls it one, when its shape makes it one, or when its context or naming pattern does (the
        last two only with the named family). Nothing when the quote is a post someone holds."""
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        inner = text[start:end]
        name = fold(inner)
        if not name or RE_SPEECH.search(inner) or reject_role(text, quote_start):
            return None
        if "formula" in self.families and "+" in name and RE_FORMULA.match(name):
            return _quoted_formula(text, start, end, name, after)
        if reject_catchphrase(name) and not called_slogan(name, text, after):
            return None
        if reject_generic_label(name) or len(name) < 2 or reject_everyday_phrase(name) or reject_plain_two_chars(name):
            return None
        if self._called_after(name, text, quote_start, after):
            return _discovered_or_known(start, end, name, "named", 2)
        if reject_named_facility(text, after):
            return None
        if reject_transition(text, quote_start):
            return None
        shape = self._shape(name, text, start, after)
        if shape is not None:
            return _discovered_or_known(start, end, name, shape, 2)
        if self._named_here(name, text, quote_start, after):
            return _discovered_or_known(start, end, name, "named", 2)
        return None

    def _named_here(self, name: str, text: str, quote_start: int, after: int) -> bool:
        """With the named family, a quoted name that is no slogan sentence is a model when its
        context or its own naming pattern says so; the context does not make a programme's name a
        model (推行“时间银行”, 推行“幸福食堂”: a station the community opens, filter 8)."""
        return (
            "named" in self.families
            and not reject_slogan_sentence(name)
            and (
                (_named_by_context(text, quote_start, after) and not reject_programme_name(name, ""))
                or _named_by_pattern(name)
                or local_practice(name, text)
            )
        )

    def _called_after(self, name: str, text: str, quote_start: int, after: int) -> bool:
        """The text right after the closing quote calls the name a model (“…”模式, “…”工作法; also
        across further quoted names: “…”“…”机制), or a quoted list of parts is called a tiered platform (“…、…、…”三级服务平台), or a quoted
        list of parties' roles is tied to the structure they build (“政府引导、…”的治理新范式); neither when
        the name is a programme's, the quote is an undone old state, or the name is only service
        adjectives."""
        patterns = _patterns()
        called = False
        if "named" in self.families:
            word = patterns["called"].match(text, after)
            if word is None:
                run = RE_QUOTE_RUN.match(text, after) or RE_PARTS_COUNT.match(text, after)
                # “甲”“乙”机制: 甲 is called one too; “甲乙丙丁”四位一体的…模式: the count is the quote's
                word = patterns["called"].match(text, run.end()) if run else None
            called = word is not None and not (
                reject_programme_name(name, word.group(1), called=True) or reject_undone(text, quote_start)
                or old_modifier(word.group(1)) or praised_sentence(name, word.group(1))
                or reached_state_called(word.group(0), text, quote_start)
            )
        if not called:
            called = bool(RE_PART_LIST.match(name) and patterns["tier_called"].match(text, after))
        if not called:
            called = list_called(name, text, after)
        shared_roles = not called and role_list_called(name, text, after)
        called = called or shared_roles
        if not called:
            called = named_path(name, text, quote_start, after)
        # parties sharing roles build the network they name (“社区…、社工…”的守护网络): no steps adding
        # up to one, which filter 30 drops
        if called and not shared_roles and ("、" in name or "—" in name) and reject_sequence(text, after):
            return False
        return called and not reject_service_adjectives(name)

    def _shape(self, name: str, text: str, start: int, after: int) -> str | None:
        """The family of a quoted name whose shape alone makes it a method, or None."""
        if reject_listed_instance(text, after):
            return None
        if after_epithet(text, start - 1):
            # filter 33 (round 38): 被誉为“…”, 所谓“…” give praise or a saying, whatever the shape; a
            # quote the text calls a model (被称为“某某”工作法) is still judged by the rules below it
            return None
        if "steps" in self.families and RE_STEP_LIST.match(name):
            if RE_TECHNIQUE_AFTER.match(text, after) or _patterns()["groups"].match(text, after):
                return None  # a craft's motions, or the groups a service is for (“老、少、困、特”四类群体)
            if not steps_are_actions(name):
                return None
            return "steps"
        if (
            "yi_yi" in self.families
            and (RE_YI_YI.match(name) or per_unit_formula(name))
            and not reject_dictionary_word(name)
            and not reject_level_change(name)
        ):
            return "yi_yi"
        if "numeric" in self.families and (spelled_out(name, text, after) or _numeric_abbreviation(name, text, start, after)):
            return "numeric"
        return None


def named_path(name: str, text: str, quote_start: int, after: int) -> bool:
    """Round 54 (h7): a quoted list of parts after 一条 whose clause closes on a road word (走出一条
    “甲乙、丙丁”的治理新路, 探索出一条“…、…”壮大集体经济的新路子) is the path the text says was found:
    a way of working, however long the words between the quote and the road. One quoted phrase on
    its own (一条“绿色发展”的道路) names an aim, not who does what."""
    return (len(RE_LIST_MARK.split(name)) >= 2
            and RE_PATH_BEFORE.search(text, max(0, quote_start - 3), quote_start) is not None
            and _patterns()["path_after"].match(text, after) is not None)


def per_unit_formula(name: str) -> bool:
    """Round 47 (formulas): a quoted 一X一Y formula with parts of more than one character (“一社区一方案”,
    “一村(社区)一法律顾问”, “一区(片)一策”) is a method when X is a unit that each gets one Y
    (model_vocab.tsv per_unit: a place, a household, a person, a case); a time (“一月一主题”) or a
    thing (“一法一条例”) makes it a schedule or a pair of documents. Missed in 4 pooled tuning
    articles of 4 sets (gate46c, gate46h, gate47a, gate47d), each a gold model."""
    match = RE_YI_YI_UNIT.match(name)
    return match is not None and match.group("unit") in _vocab()["per_unit"]


def counts_quoted_parts(text: str, start: int) -> bool:
    """Round 44: a bare count of parts right after a quoted name, with or without 的 (“甲乙丙丁”四位一体
    的…新模式, “甲+乙+丙”的三维体系, “…、…”五位一体模式), counts what the quote names: the quote is the
    model, the count no name of its own. Read as a model beside the quote in 3 articles of 3 pooled
    tuning sets (train44e, train44f, train44k), never a gold model there; the quote was gold in all 3."""
    return RE_QUOTE_BEFORE_COUNT.search(text, max(0, start - 2), start) is not None


def parallel_clauses(words: str) -> str:
    """The trailing run of clauses as long as the last one (服务群众一厅式受理、一站式办理 → the two
    five-character clauses): a parallel list repeats one length, so the words before its first clause
    (a verb's object, a subject) are cut off; "" when a later clause breaks the length."""
    parts = words.split("、")
    size = len(parts[-1])
    if len(parts[0]) < size or any(len(part) != size for part in parts[1:]):
        return ""
    return "、".join([parts[0][-size:], *parts[1:]])


def _inside_open_quote(text: str, start: int) -> bool:
    """The nearest quote mark before `start` on its line is an opening one: the span is inside a quote."""
    for offset in range(start - 1, max(-1, start - 40), -1):
        char = text[offset]
        if char == "\n":
            return False
        if char in QUOTE_MARKS:
            return char in OPENING_QUOTES
    return False


def steps_are_actions(name: str) -> bool:
    """Round 37: a quoted list of one-character steps is a method's steps only when the dictionary
    tags every part a verb (“堵、疏、管、教”); a part that is a noun or a preposition makes the list
    a set of things (“碑、亭、室、柱、墙”为载体) or a motto of emulation (“比、学、赶、超”的氛围)."""
    tags = word_tags()
    return all((tags.get(part) or "").startswith("v") for part in name.split("、"))


def _quoted_formula(text: str, start: int, end: int, name: str, after: int) -> _Candidate | None:
    """A quoted formula (“党建+物业”) is a model unless it is generic, a 边X边Y pair or arithmetic."""
    if reject_generic_formula(name) or reject_bian_pair(name) or reject_arithmetic(text, after):
        return None
    if reject_open_fragment(text, name, after) or reject_uncalled_formula(text, name, after):
        return None
    if reject_team_makeup(text, after) or reject_counted_platform(text, name, after):
        return None
    return _discovered_or_known(start, end, name, "formula", 1)


def reject_uncalled_formula(text: str, name: str, after: int) -> bool:
    """Filter 28 (round 29): a quoted formula of contents or activities that nothing in its clause
    after the quote calls a model (“讲座+游戏”的形式, “甲+乙”为核心, “甲+乙”两大核心, “甲+乙”分级
    管理; “甲+乙”课程体系 passes: 体系 is a model word) pairs two things a service offers, not a way
    of governing. A formula that counts its members (1+N, 1名站长+N名志愿者) or names who acts
    in one side (社工+志愿, 党建+调解: `_actor_side`) is kept without such a word. Seen in 4
    articles of 4 labelled tuning sets and 5 articles of both bulk samples. Round 35: a word that
    joins the sides (“甲+乙”相结合的方式, 以“甲+乙”为双引擎: model_vocab.tsv formula_joined) calls
    the pairing the way of working too. Round 49: so does a word that names the structure the sides
    build (“甲+乙+丙”立体巡防网络, “甲+乙+丙”三级架构: model_vocab.tsv formula_structure). Round 53
    (h4b): so does 的方式 right after the quote (以“甲+乙”的方式投资: `_called_way`)."""
    sides = [side for side in name.split("+") if side]
    if any(RE_COUNTED_SIDE.search(side) for side in sides):
        return False
    if any(_actor_side(side) for side in sides):
        return False
    if _patterns()["formula_called"].match(text, after) is not None:
        return False
    return not _called_way(text, sides, after)


def _called_way(text: str, sides: list[str], after: int) -> bool:
    """Round 53 (h4b): 的方式 right after the quote (model_vocab.tsv formula_way) calls the formula
    how a body works (合作社采取“甲+乙”的方式经营), unless a side names a way of presenting
    (“图文展示+路演讲解”的方式: model_vocab.tsv presenting_side), which says how someone speaks."""
    if _patterns()["formula_way"].match(text, after) is None:
        return False
    presenting = _vocab()["presenting_side"]
    return not any(side.endswith(presenting) for side in sides)


def reject_team_makeup(text: str, after: int) -> bool:
    """Filter 38 (round 46): a quoted formula whose clause calls it the make-up of a team or a staff
    (“全职+兼职+义工”服务梯队, “某站长+N名社工”的固定配置, “3+3”某某党建联盟: model_vocab.tsv
    team_head) counts who is on a roster, not a way of working; a `called` word right after the team
    word (“甲+乙”服务梯队体系) still calls the roster a system. Seen in 3 pooled tuning articles of
    3 sets (train44f, train44l, gate44d), never a gold model there; members or an actor side had kept
    each of them past filter 28. Round 51: a team word itself (“4+N”团队, “1+2”某某小分队) names the
    team the formula counts, in 3 pooled tuning articles of 3 sets, never a gold model."""
    team = _patterns()["team"].match(text, after)
    return team is not None and _patterns()["called"].match(text, team.end()) is None


def reject_counted_platform(text: str, name: str, after: int) -> bool:
    """Filter 41 (round 55, h7): a formula of numbers alone (quoted, or unquoted before a model word)
    whose clause names a platform or a set of documents after it (“1+4”平台, “7+N”服务平台, “1+8”制度文件: model_vocab.tsv
    counted_thing_head) counts that thing's parts, one centre and its branches or one policy and
    its rules: the platform is a program or a body, the papers are a policy, neither a way of
    working; a `called` word after the thing word (“1+N”平台机制) still calls it a model. Seen in 3
    pooled tuning articles of 3 sets (l53p, t53b, g54f), never a gold model there, while the numeric
    formulas the gold holds head 模式, 体系, 机制, 网络 or a team."""
    if not RE_NUMBERS_ONLY_FORMULA.match(name):
        return False
    thing = _patterns()["counted_thing"].match(text, after)
    return thing is not None and _patterns()["called"].match(text, thing.end()) is None


def reject_named_facility(text: str, after: int) -> bool:
    """Filter 44 (round 59, h6): a quoted name that no word calls a model, right before a noun phrase
    ending in a station, centre, database or contract word (model_vocab.tsv facility_head: “甲乙”邻里
    互助服务站, “一镇一单”需求数据库), names that place or record: the quote is the brand of a
    programme or the label of a thing, its shape (一X一Y, a numeral abbreviation) or a verb before
    it (建立“…”) no sign of a method; a `called` word after the head (“…”服务中心模式) still calls
    it one. Seen in 5 pooled tuning articles of 3 sets, never a gold model there."""
    facility = _patterns()["facility"].match(text, after)
    return facility is not None and _patterns()["called"].match(text, facility.end()) is None


def reject_open_fragment(text: str, name: str, after: int) -> bool:
    """An open formula (“社工+”, its last side empty) whose closing quote a name's own words follow
    (“社工+”善治行动项目: the quote is the head of a programme's name written half in quotes), and
    no word that calls it a model (“九龙社工+”模式, “…+”的联动模式 stay). Round 19: seen in 4
    mentions of 2 outlets in the programs pool; every gold open formula has a model word after it."""
    if not name.endswith("+") or not regex.match(r"\p{Han}", text[after : after + 1]):
        return False
    return _patterns()["called"].match(text, after) is None


def _actor_side(side: str) -> bool:
    """A formula side that names who acts: a model_vocab.tsv formula_anchor word (社工, 居民, 党建),
    alone or with at most two more characters before or after it (专业社工, 居民主导, 党建引领)."""
    return any(
        len(side) <= len(word) + 2 and (side.startswith(word) or side.endswith(word))
        for word in _vocab()["formula_anchor"]
    )


def spelled_out(name: str, text: str, after: int) -> bool:
    """Round 61 (p3): a quoted name that opens with its count and that the text spells out right
    where it stands (“一个平台两个体系”，即某平台、某体系和…; “七个一”服务，即提供一个…; “9073”，即约
    90%…) is a method the article introduces by its parts, whatever its shape (个 after the numeral,
    digits alone: no abbreviation rule reads those). The word after 即 must not run on into a longer
    one (即将, 即时: no spelling-out), and counts that name no way of working stay out: the
    dictionary's abbreviations, checklists, people, posts, honours and problems. Seen in 3 pooled
    tuning articles of 3 sets (g55d, l53n, g59b), each a gold model missed before; every quote of
    this shape in the pool is a gold model."""
    if not RE_COUNT_OPENED.match(name):
        return False
    opening = _patterns()["spelled_out"].match(text, after)
    if opening is None or is_word(text[opening.end() - 1 : opening.end() + 1]):
        return False
    return not (
        reject_dictionary_word(name)
        or reject_checklist(name, text, after)
        or reject_people_group(name, text, after)
        or reject_post_holders(name)
        or reject_honour(name)
        or reject_problem_count(name)
    )


def _numeric_abbreviation(name: str, text: str, start: int, after: int) -> bool:
    """A quoted numeric abbreviation (三清两整治, 一核两翼) that is a method: not a numbered model name, a
    dictionary word, a programme's name or one a programme word follows, two words, a
    modifier, the name of a thing, or a part its owner possesses."""
    return bool(
        (RE_NUMERIC_ABBREVIATION.match(name) or RE_RISING_NUMERIC.match(name))
        and not _patterns()["numbered"].match(name)
        and not reject_dictionary_word(name)
        and not reject_programme_name(name, "")
        and not reject_programme_follows(text, after)
        and (list_summed(name, text, start - 1) or not (reject_two_words(name) or reject_name_of_thing(text, start)))
        and not reject_modifier(text, after)
        and not reject_possessed(text, start - 1, after)
        and not reject_outcome(text, start - 1, after)
        and not reject_honour(name)
        and not reject_taught_content(text, after)
        and not reject_checklist(name, text, after)
        and not reject_people_group(name, text, after)
        and not reject_counted_things(name, text, start - 1)
        and not reject_post_holders(name)
        and not reject_level_change(name)
        and not reject_problem_count(name)
    )


def reject_level_change(name: str) -> bool:
    """Filter 43 (round 55 p6): a quoted name of numerals and level-change words only (好评率、参与率
    “双提升”, 纠纷数从…降到…，“一升一降”的背后) sums up the figures the text reports, a result, not
    a way of working; the outcome verb of filter 24 is often too far before it or missing. Seen in 1
    pooled tuning article (two quotes) and 2 bulk articles, never a gold model; a name the text calls
    a model (“双提升”工作法) is kept earlier by the calling words."""
    return _patterns()["level_change"].match(name) is not None


def reject_problem_count(name: str) -> bool:
    """Filter 46 (round 60): a quoted count of difficulties (存在“三大难”, 破解“两难题”) names what the
    work is up against, the problems the text then lists, not a way of working. A name the text
    calls a model (“三难”破解机制) is kept earlier by the calling words."""
    return _patterns()["problem_count"].match(name) is not None


def list_summed(name: str, text: str, quote_start: int) -> bool:
    """Round 40b: a quoted numeric abbreviation right after a list of exactly as many parts, three or
    more, joined by 、 in its clause (楼长、网格员、物业管家“三员联动”; 党建、文化、生态、民生“四维提升”)
    is the name the text gives the scheme of that list, a model even where its halves are two
    ordinary words (filter 13: 四维|振兴, 五方|责任) or its last part is a thing's noun (filter 15:
    …、物业公司‘五方责任’ names no company's project). The frame is in 17 articles of the pool and
    bulk; in 7 of the 13 pooled ones the quote is a gold model, missed in 3 of them (4 names:
    check41c/10 twice, check41c/18, train36d/18); people groups and target groups stay out
    (filters 7 and 32)."""
    count = DIGIT_VALUE.get(name[0])
    if count is None or count < 3 or name[1] == "大":
        return False  # N大<noun> counts the list's major kinds (…、…“五大区域”, the seeds): no scheme
    clause = RE_CLAUSE_BREAK.split(text[max(0, quote_start - 120) : quote_start])[-1]
    parts = RE_ENUMERATOR.sub("", clause).split("、")
    return len(parts) == count and all(RE_SUMMED_PART.match(part) for part in parts)


def reject_counted_things(name: str, text: str, quote_start: int) -> bool:
    """Filter 37 (round 45): a quoted numeral, at most one character after it and then a word the
    dictionary tags a noun of two or more characters (“七大亮点”, “四种能力标准”, “四零小区”) counts
    or labels things of that noun: kinds of a standard, a place's title, not a way of working. A
    second numeral after the first two characters makes it a formula of parts (“三清两整治”) and a
    single head character a set of roles (“八大员”): both stay, as does a name that sums the list
    before it (甲清单、乙清单、丙清单等“三张清单”; 村委、物业、民警“三方合力”). Seen in 3 articles
    of 3 pooled tuning sets (train44e, train44i, gate44c), never a gold model there."""
    tail = name[2:]
    if any(char in DIGIT_VALUE for char in tail) or not _ends_in_noun(tail):
        return False
    return not list_summed(name, text, quote_start)


def _ends_in_noun(text: str) -> bool:
    """The last two to four characters of `text` are a word the dictionary tags a noun (n…, not vn)."""
    tags = word_tags()
    return any(len(text) >= size and _is_noun(tags.get(text[-size:])) for size in (2, 3, 4))


def reject_people_group(name: str, text: str, after: int) -> bool:
    """Filter 32 (round 38): a quoted numeric abbreviation that names a group of people, by its own
    last word (“六老人员”, “十大某某人物”) or by the few words its quote modifies (“三新”就业群体,
    “三留守”人员: model_vocab.tsv people_head and group_head), counts or ranks people; it is no way
    of working. Seen in 6 articles of 4 labelled tuning sets and the seeds, never a gold model. A
    single 员 is a set of roles (“十大员”) and stays."""
    heads = _vocab()["people_head"] + _vocab()["group_head"]
    return name.endswith(heads) or _patterns()["people"].match(text, after) is not None


def reject_post_holders(name: str) -> bool:
    """Filter 39 (round 47, formulas): a quoted numeral and a post title (“六长”, “十户长”, “双组长”:
    model_vocab.tsv post_head) counts the people who hold those posts (发挥“六长”作用, 以…为“双组长”),
    not a way of working; a model word right after the quote (“三长”联动机制) is judged before this
    filter runs, and X长制 ends in 制. Seen in 3 pooled tuning articles of 2 sets (gate45f, gate47b),
    never a gold model there."""
    return name.endswith(_vocab()["post_head"])


def reject_checklist(name: str, text: str, after: int) -> bool:
    """Filter 29 (round 29): a quoted numeral with 有 or 无 alone (“四有”标准, “六有”标准, “三无”
    楼院) counts the things a place or candidate must have or lacks: a standard to meet or a
    state, not a way of governing; a standardization drive named after it (“六有”标准化建设)
    stays a method, as before. The shape is in 4 labelled articles of 4 sets (and the bulk
    samples), never a gold model; read as one in 2 of them."""
    return RE_CHECKLIST.match(name) is not None and RE_STANDARDIZING.match(text, after) is None


def list_called(name: str, text: str, after: int) -> bool:
    """A quoted list of parallel clauses that the text calls a way of working right after its
    quote after 的 (“…、…、…”的发展框架, “…、…”的发展战略: model_vocab.tsv list_called): the list
    is the method's name, as “…”的模式 is. A single phrase before these words (“某某”的发展框架)
    is left to the other rules: the list shape makes them call a method. Round 21: seen in 4
    articles of 4 labelled tuning sets. Round 32: not “…、…”的方式 any more (以“…、…”的方式开展:
    how one activity is done, unlabelled in 4 of 5 pooled tuning articles)."""
    return bool(RE_PARALLEL_LIST.match(name) and _patterns()["list_called"].match(text, after))


def role_list_called(name: str, text: str, after: int) -> bool:
    """Round 58 (h7): a quoted list of parallel clauses in which every clause opens with a party
    (model_vocab.tsv role_party) and that 的 ties to a structure word (role_list_called: “街道搭台、
    学校出力、居民共商”的改造新范式, “…牵头、…跟进、…帮扶”的楼栋治理架构) shares the work out among the
    parties: the structure they build is a way of governing. The party test keeps out lists of
    qualities before the same words (“全天候、精细化、就近便捷”的服务网络, “上下贯通、左右衔接”的联动
    治理网络: unlabelled in 2 pooled tuning articles). Seen in 4 pooled tuning articles of 4 sets, each
    a gold model."""
    return bool(
        RE_PARALLEL_LIST.match(name)
        and all(opens_with_party(clause) for clause in name.split("、"))
        and _patterns()["role_list_called"].match(text, after)
    )


def opens_with_party(clause: str) -> bool:
    """The clause names a party first and says what it does after it (政府|引导, 志愿者|补充力量)."""
    return any(clause.startswith(party) and len(clause) > len(party) for party in _vocab()["role_party"])


def _named_by_context(text: str, quote_start: int, after: int) -> bool:
    """The words around a quoted name make it a model: 为 and a model word after it (以“…”为路径),
    a copula whose predicate is a model (“…”是…总结出的协商新机制), or a policy verb right before
    its opening quote."""
    patterns = _patterns()
    before = text[max(0, quote_start - 2) : quote_start]
    return bool(
        patterns["as"].match(text, after) or patterns["copula"].match(text, after) or patterns["policy_verb"].search(before)
    )


def _named_by_pattern(name: str) -> bool:
    """The quoted name itself reads as a model's name: a numeral and a model word (五心工作法), an
    exchange formula (以积分换服务, not the dictionary's 以旧换新), a deliberation form, a
    numbered deliberation body, a place's practice (“某某经验”), or a model head word at its end (not one of its listed
    exclusions), also at the end of one part of a list (“街长制、错峰议事”)."""
    patterns = _patterns()
    return bool(
        patterns["numbered"].match(name)
        or (RE_EXCHANGE.match(name) and not reject_dictionary_word(name))
        or patterns["deliberation"].match(name)
        or (patterns["deliberation_body"].match(name) and RE_NUMBERED_NAME.match(name))
        or _method_head(name)
        or practice_name(name)
        or place_practice(name)
        or (RE_SHORT_PART_LIST.match(name) and any(_method_head(part) for part in name.split("、")))
        or joint_name(name)
    )


def joint_name(name: str) -> bool:
    """Round 57 (h6): a quoted compact name of the parties or parts a community joins and a word
    for joining them (model_vocab.tsv joint_word: “警网融合”, “社志融合”, “多格合一”, “三强联动”)
    is a way of working the text names, whatever follows its quote: such heads are coined
    abbreviations (警网: police and grid), not words that say how far or which way things are
    joined (joint_exclusion: “深度融合”, “上下联动”) nor the dictionary's set phrases."""
    vocab = _vocab()
    for word in vocab["joint_word"]:
        head = name[: -len(word)]
        if name.endswith(word) and 2 <= len(head) <= 4 and RE_HAN_ONLY.match(head):
            return head not in vocab["joint_exclusion"] and not reject_dictionary_word(name)
    return False


# Dictionary tags of a stem that make “<stem>经验” praise or a skill, not a place's practice: verbs,
# adjectives and adverbs (成功经验, 先进经验, 工作经验). Example: v.
PRACTICE_STEM_TAGS = ("v", "vn", "vd", "a", "ad", "an", "d")


def practice_name(name: str) -> bool:
    """Round 36: a quoted name ending in a practice word (model_vocab.tsv practice_head: 经验, 范式)
    after a stem of two to six characters that is no everyday verb or quality word (“某某经验”,
    “某某范式”, named like 枫桥经验) is the practice a place is known for."""
    for head in _vocab()["practice_head"]:
        stem = name[: -len(head)]
        if name.endswith(head) and 2 <= len(stem) <= 6 and RE_HAN_ONLY.match(stem):
            return word_tags().get(stem) not in PRACTICE_STEM_TAGS
    return False


def place_practice(name: str) -> bool:
    """Round 40: a quoted name of a place and a practice word (model_vocab.tsv place_practice_head:
    “天津模式”, “重庆方案”, “黔东南样板”) is the way of governing that place is known for; the
    stem must be a written form of a province or prefecture in the gazetteer (codes of at most
    four digits): county and town short forms are often everyday words (安居, 新手 name no place
    in “安居样板”, “新手模式”)."""
    for head in _vocab()["place_practice_head"]:
        stem = name[: -len(head)]
        if name.endswith(head) and len(stem) >= 2:
            return any(len(form.code) <= 4 for form in load_gazetteer().lookup(stem))
    return False


# Dictionary tags of the words before an estate head that make the name a wish, not an estate's
# brand (幸福家园, 美丽家园): qualities, verbs and adverbs. Example: a.
ESTATE_WISH_TAGS = ("a", "ad", "an", "v", "vd", "d")


def local_practice(name: str, text: str) -> bool:
    """Round 55 (h7): a quoted name of a town's, community's or estate's own name and a practice word
    (“某某湖模式”, “某某山庄模式”) is the way of governing that place is known for, as “天津模式” is
    a province's. The gazetteer cannot vouch for names that small, so the stem must be unknown to the
    dictionary (城市, 安居, 新手 are words, not names) and named a place by the article itself: it
    ends in an estate head (model_vocab.tsv estate_head) after words that are no wish (幸福家园), or
    the article writes it before a place head elsewhere (某某湖小区, 某某镇: place_seen_head). Seen
    in 3 pooled tuning articles of 3 sets, all gold models, missed before this."""
    vocab = _vocab()
    for head in vocab["place_practice_head"]:
        stem = name[: -len(head)]
        if not (name.endswith(head) and 2 <= len(stem) <= 8 and RE_HAN_ONLY.match(stem)):
            continue
        if word_tags().get(stem) is not None:
            return False
        return _estate_name(stem) or any(stem + place in text for place in vocab["place_seen_head"])
    return False


def _estate_name(stem: str) -> bool:
    """`stem` is an estate's brand name: two or more characters, then an estate head, the characters
    before it no quality or verb of the dictionary (云龙山庄, not 美好家园)."""
    for head in _vocab()["estate_head"]:
        brand = stem[: -len(head)]
        if stem.endswith(head) and len(brand) >= 2:
            return word_tags().get(brand) not in ESTATE_WISH_TAGS
    return False


def _method_head(name: str) -> bool:
    """A name ending in a model head word (积分制, 邻里共同体), not one of its exclusions (联动机制)
    unless a long modifier makes the mechanism its own (楼道保洁责任机制)."""
    patterns = _patterns()
    if patterns["long_head"].match(name):
        return True
    return bool(patterns["inner_head"].match(name) and not patterns["inner_head_exclusion"].search(name))


def chief_head(view: str, end: int) -> str:
    """The noun before 长制 at `end` (河长制 → 河, 街巷长制 → 街巷, 楼栋长制 → 楼栋): the longest of
    the three, two or one characters before it that the dictionary tags a noun (two characters may
    be nouns one by one) and that does not start inside a word (推行河长制: not 行河); empty when there
    is none or the whole name is an ordinary word (家长制)."""
    tags = word_tags()
    for size in (3, 2, 1):
        start = end - size
        head = view[max(0, start) : end]
        noun = _is_noun(tags.get(head)) or (size == 2 and all(_is_noun(tags.get(char)) for char in head))
        if start >= 0 and RE_HAN_ONLY.match(head) and noun and not is_word(view[max(0, start - 1) : start + 1]):
            return "" if tags.get(head + "长制") is not None else head
    return ""


def noun_suffix(text: str, *, by_char: bool = False) -> str:
    """The longest end of `text` that is a noun of the dictionary (推行居民 → 居民), with `by_char`
    also two noun characters (街乡), or empty (实行 is a verb)."""
    tags = word_tags()
    for size in range(len(text), 1, -1):  # one character is too little to name who acts (行点单)
        end = text[-size:]
        if _is_noun(tags.get(end)) or (by_char and size == 2 and all(_is_noun(tags.get(char)) for char in end)):
            return end
    return ""


def _is_noun(tag: str | None) -> bool:
    """A noun tag of the dictionary (n, ns, ng …, and zg, its tag for bound noun characters like 栋)."""
    return tag is not None and (tag.startswith("n") or tag == "zg")


def is_level_chain(chain: str) -> bool:
    """Round 48 (levelchain): every step of the chain is, or ends in, a level of government or of
    the party's organisation (model_chain_levels.txt), three to six of them: 县—乡—村—组, 街道—社区—网格."""
    steps = RE_CHAIN_DASHES.split(chain)
    return MIN_LEVEL_STEPS <= len(steps) <= MAX_LEVEL_STEPS and all(step.endswith(_chain_levels()) for step in steps)


def is_quoted_level_chain(view: str, start: int, end: int) -> bool:
    """A chain standing alone in its quote marks whose steps are all levels (is_level_chain)."""
    return quoted_whole(view, start, end, QUOTE_MARKS, QUOTE_MARKS) and is_level_chain(view[start:end])


@lru_cache(maxsize=1)
def _chain_levels() -> tuple[str, ...]:
    return read_terms("model_chain_levels.txt")


def trim_chain(view: str, start: int, end: int) -> tuple[int, int]:
    """An unquoted chain's outer steps are cut to the length of its inner steps
    (按照收集——研判——办理的流程 → 收集——研判——办理); a quoted chain is kept whole."""
    if quoted_whole(view, start, end, QUOTE_MARKS, QUOTE_MARKS):
        return start, end
    steps = RE_CHAIN_DASHES.split(view[start:end])
    width = max(len(step) for step in steps[1:-1])
    first_cut = max(0, len(steps[0]) - width)
    last_cut = max(0, len(steps[-1]) - width)
    return start + first_cut, end - last_cut


def _discovered_or_known(start: int, end: int, surface: str, family: str, rank: int) -> _Candidate:
    name = fold(surface)
    known = lookup(name)
    if known:
        return _Candidate(start, end, name, known[1], "canonical", "lexicon", 0)
    return _Candidate(start, end, name, name, "discovered", family, rank)


def _resolve(candidates: list[_Candidate]) -> list[_Candidate]:
    """Keep non-overlapping candidates: longest first, then lexicon before patterns."""
    return keep_disjoint(candidates, lambda c: (-(c.end - c.start), c.rank, c.start))


def written_name(text: str, cand: _Candidate) -> str:
    """The name as the article writes it. Candidates are found on a view with every dash and
    plus sign folded (收集——研判——办理 → 收集—研判—办理), but a sheet's name must be the surface of
    its evidence: where the text writes another dash (——, -, －, →) the name keeps it, and only
    the canonical is folded (before this, such a model failed the sheet's check and was dropped).
    Example: “意见收集-方案公示-再次确认” → name 意见收集-方案公示-再次确认."""
    written = strip_quotes(text[cand.start : cand.end])
    if surface_key(written) != surface_key(cand.name) and fold(written) == fold(cand.name):
        return written
    return cand.name


def _mention(cand: _Candidate, name: str) -> Mention:
    return Mention(
        "models", cand.start, cand.end, cand.canonical, name=name,
        attrs={"status": cand.status, "family": cand.family},
    )
