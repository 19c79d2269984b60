"""Quantities: numbers bound to the measure word and the thing they count.

`链接2万余名注册志愿者` → text 2万余名, value 20000, unit 名, qualifier more_than,
subject 注册志愿者. How:

1. Candidates: one regex pass over the article for [qualifier] numeral [余/多] measure-word
   [以上/左右], plus percent words (百分之七十五), tenths (七成, 6成), 半数 and fractions (三分之一, 1/5 after 的/占), and sums of money whose 元
   the writer left out (计划投资100万: a money word shortly before an Arabic number + 万/亿), and counts
   of people with no measure word (4.5万居民, 常住人口超95万 → 人). Measure words and
   qualifier words come from `lexicons/units.tsv` and `lexicons/quantity_qualifiers.tsv`;
   numerals are parsed by `pipeline.numerals`.
2. Numbered filters (`FILTERS`) reject what is not a count of real things: ordinals,
   dates and time spans, response times, vague counts, labels (六个一, "163"), counts of
   one (一个概念), numbers inside words (家庭, 处置) and inside names found earlier, division
   words after a Chinese numeral (西二村, 一村一警: a name or a slogan, no count of divisions).
3. Subject: the noun phrase counted, read from the jieba tokens of `ctx.tokens` — after the
   measure word (14家社会组织) or, when the number ends the clause, before it
   (服务居民5万余人次 → 居民). A number right after another, or joined to it by 和/、
   (常住居民5102户13110人), shares its subject.
4. One fact per figure: a figure repeated later in the article with the same text, value,
   unit and a compatible subject is reported once (as is a headline figure the body repeats).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cached_property, lru_cache
from itertools import takewhile
from operator import itemgetter
from typing import Callable, Iterable

import regex

from ..chars import RE_SENTENCE_END, compare_key, strip_quotes
from ..errors import LexiconError
from ..lexicon import read_table, read_terms
from ..mentions import ArticleContext, Mention
from ..numerals import (
    ARABIC_FRACTION_PATTERN,
    ARABIC_MAGNITUDE_PATTERN,
    ARABIC_PATTERN,
    CHINESE_PATTERN,
    CN_DIGITS,
    CN_MAGNITUDES,
    FRACTION_PATTERN,
    HALF_WORD,
    MAGNITUDE_VALUE,
    VagueNumeral,
    is_bare_magnitude,
    parse_arabic,
    parse_chinese,
    parse_percent,
)
from ..spans import Coverage, SpanIndex
from ..vocabulary import is_word, word_tags

# Small patterns compiled once: `regex.search(pattern, …)` looks its pattern up in a cache on
# every call, which costs more than matching a short line.
RE_DIGIT = regex.compile(r"\d")
RE_PUNCT_OR_SPACE = regex.compile(r"[\p{P}\s]")
RE_PER_WORD = regex.compile(r"[每由]")

QUALIFIERS = ("more_than", "about", "at_least", "less_than")
POSITIONS = ("before", "inner", "after")

# The category of division words (units.tsv): 村, 区, 镇 measure a count written in digits (全县5镇2乡)
# but are the nouns a count of 个 names (962个村), so they are no measure word outside a count.
DIVISIONS = "divisions"
# Measure categories whose value is a count of things: a count of exactly one is the
# indefinite article (一个概念, 一支活跃的团体) or a per-unit base (每完成1人), not a result.
COUNT_CATEGORIES = frozenset({"people", "organizations", "times", "items", DIVISIONS})
# Measures (not counts): the counted thing is usually named before the number
# (服务时长超过5万小时, 增收30万元, 成功率98%以上), so the subject is read backwards first.
# A multiple (ratio: 参与人数增长了3倍) names what grew before it, like a percentage.
MEASURE_CATEGORIES = frozenset({"money", "hours", "area", "length", "weight", "points", "percent", "percent_points", "ratio"})

# Counts of events: the counted thing may be the action itself (入户探访460余次, 巡查800余次).
ACTION_CATEGORIES = frozenset({"times"})

# A short quoted span without clause punctuation: a number inside it is part of a label
# (“六个一”, “163”, “六件实事”); a quoted sentence (“来了30人。”) is not a label.
# Example: “六件实事”.
RE_SHORT_QUOTE = regex.compile(r"[“\"「『‘][^“”\"「」『』‘’\n。，！？；：、,.!?;:]{1,10}[”\"」』’]")
# A range connector right before a number: the number is a range end (每隔1—2个月, 3-5人).
# Example: 1— in 1—2个月.
RE_RANGE_BEFORE = regex.compile(rf"(?:\d|[{CN_DIGITS}十])\s*[-—–~～至到]\s*$")
# The first end of a range right before the connector, with or without a measure word of its
# own (3至|5名, 3000-|6000元, 三到|五人; 300元至|800元 has its own and is a candidate already).
# Example: 3至 before 5名.
RE_RANGE_START = regex.compile(
    rf"(?:(?<![\d.A-Za-z])(?P<arabic>{ARABIC_PATTERN})(?P<magnitude>{ARABIC_MAGNITUDE_PATTERN})?"
    rf"|(?<![{CN_DIGITS}{CN_MAGNITUDES}])(?P<chinese>{CHINESE_PATTERN}))"
    rf"(?P<unit>\p{{Han}}{{1,2}}|%|％)?\s*[-—–~～至到]\s*$"
)
# How far before the second end the first may start (1,000万元至|…).
RANGE_REACH = 16
# A formula sign next to a number: part of a formula label (1+N, 1+1>2), not a quantity.
# Example: + in 1+N.
RE_FORMULA_SIGN = regex.compile(r"[+＋>＞<＜×]")
# A numeral-only token right after the measure word: a label or an address (六个|一, 3栋|2单元).
# Example: 一 after 六个.
RE_NUMERAL_TOKEN = regex.compile(rf"[\d{CN_DIGITS}]+")
# An age or a school grade right after a count of people, describing those counted (the people
# counted are the ones of that age): 60岁以上, 80周岁, 1-5年级, 80以上的. Round 30: four labelled
# articles of three sets lost such counts as labels. Example: 70岁以上 in 120名70岁以上老人.
# Several ages may be listed (60周岁、75周岁及85周岁的老人): the phrase runs to the last.
# Round 36b: each end of a range may carry its own 岁 (65岁至75岁的老人).
_AGE = r"\d{1,3}(?:(?:周岁|岁)?\s*[-—–~～至到]\s*\d{1,3})?(?:(?:周岁|岁|年级)(?:以上|以下)?|以上)"
RE_AGE_OF_COUNTED = regex.compile(_AGE + r"(?:[、和及]" + _AGE + r")*")
# An unknown word (an HMM join) or a fixed phrase ending in a preposition or a verb complement
# is verbal.
# Example: 围坐在, 改为, 邱德云用.
RE_VERBAL_UNKNOWN = regex.compile(r"(?<=.)[在到为了着给用向]$")
# An unknown word opening with a preposition is not a noun. Example: 对金龙.
RE_PREPOSITION_START = regex.compile(r"^[对向把被将从在给为与跟]")
# An unknown join ending in 则 is a conjunction of a contrast (少则…多则…), not a noun.
RE_CONTRAST_UNKNOWN = regex.compile(r"(?<=.)则$")
# An unknown join that is a piece of predicate: opened by an adverb or a modal (能领, 已装, 还剩, 均为)
# or holding the conjunction 而 before a verb (南而行, 而行). Not 曾/正/可, which open names and nouns.
RE_PREDICATE_UNKNOWN = regex.compile(r"^[已还也都就才又均能再仍便而]|而(?=.)")
# Round 56: directional complements that close a one-character verb in an unknown join of two
# (送上, 领回, 捐出): the join is the verb with its complement, never a noun. Example: 上 of 送上.
DIRECTIONAL_COMPLEMENTS = frozenset("上下出回进起来去")
# Tags of a verb that is no noun too (vn is a verbal noun: 服务, 管理).
ONLY_VERB_TAGS = frozenset({"v", "vd", "vi"})
# Round 56: the distributive adverb before a one-character verb in an unknown join (各持, 各派)
# or opening a set phrase (各有特色, 各显神通): "each does", the predicate after the counted noun.
# Example: 各 of 各持.
DISTRIBUTIVE_ADVERB = "各"
# An unknown join of one character and a link word before the figure (one of these characters
# or a link word of two or more): the first is a noun suffix of the word before (成立|率达|40%, 占|比超|18%,
# 持证|率高达|32%).
LINK_TAIL_CHARS = frozenset("达超逾")
# Round 29: more one-character link words and modals that jieba's HMM glues to the last character
# of the noun before a figure (参与|率为|95%, 网格|员有|9人): the first character closes the noun,
# the rest links it to the figure. Seen in tuning and bulk articles of three outlets.
LINK_TAIL_CHARS_MORE = frozenset("为有约要")
# Adverbs that open such a join (居民|竟达|3万人次): the whole join is a link word.
RE_ADVERB_LINK_UNKNOWN = regex.compile(r"^[竟已还也均都就才又仍便共总]")
# Clause punctuation (where a subject phrase stops).
RE_PUNCT = regex.compile(r"[\p{P}\p{S}\s]+")
# Quote marks dropped from a subject (5个“优秀社会组织” → 优秀社会组织).
# How far (characters) an enumeration colon may follow a small count (干了六件事：…).
ENUMERATION_REACH = 6
# Largest count that can announce an enumeration (就两条：第一…).
ENUMERATION_MAX = 10
# Most tokens a subject phrase may take.
SUBJECT_MAX_TOKENS = 6
# Link and modal words skipped between a subject and its figure (收入|预计|将|达到|…: three).
LINK_SKIP_MAX = 3
# Measure words that classify a noun that must follow (15个调解工作站, 3支巡逻小队): a verb right
# after them modifies that noun instead of ending the phrase.
CLASSIFIER_CATEGORIES = frozenset({"organizations", "items"})
CLASSIFIER_UNITS = frozenset({"户"})
# Round 56: measure words of teams, which are named by their members (5支不同岗位的|志愿者: teams
# of volunteers), unlike the other measure words of organizations (37家…媒体的|总编: the editors
# of the bodies counted). Example: 支.
TEAM_UNITS = frozenset({"支", "队"})
# Measure words for people that a noun follows (15名返乡大学生, 6位退休教师): a verb right after
# them modifies a person noun; bare 人 is more often followed by its predicate (20人走访居民).
PERSON_CLASSIFIER_UNITS = frozenset({"名", "位"})
# Last characters of nouns for people (大学生, 党员, 志愿者, 居民, 老人, 教师, 选手, 儿童).
PERSON_NOUN_ENDS = ("生", "员", "者", "人", "民", "工", "师", "士", "手", "童", "娃")
# Round 29: what may follow a noun for people inside the subject of a count of people: another
# noun for people or a group of them (居民|志愿者, 军人|代表, 老人|家庭, 党员|干部, 党员|大姐). Any
# other word there is the predicate jieba's dictionary tags a noun (志愿者|身穿…, 老人|免费领取,
# 居民|欢聚一堂): it ends the subject. Seen in eight bulk and tuning articles of seven outlets.
# The person endings but 手 (a hand in 携手, 动手 …), with group and kin words added; round 35B
# adds 记 of 书记 (党支部|书记: the post closes the noun of the people counted).
PERSON_FOLLOWER_ENDS = tuple(end for end in PERSON_NOUN_ENDS if end != "手") + (
    "众", "表", "友", "长", "部", "属", "庭", "户", "们", "干", "伍", "队", "团", "组", "哥", "姐", "妈", "爸", "爷", "奶",
    "叔", "姨", "嫂", "记")
# Round 56 (p3): last characters of nouns for bodies and the places they stand for (律师事务所, 社区,
# 行政村, 社会组织, 党支部, 部门, 企业, 单位, 媒体, 高校, 村居): before a noun for people after a measure word
# of organizations they are what is counted (6家律师事务所|负责人); a word with none of these ends
# there names the people's kind (8个加梯|干部, 10个基层|儿童…). Example: 所 of 律师事务所.
BODY_NOUN_ENDS = ("所", "区", "村", "居", "织", "部", "门", "业", "位", "体", "校", "构", "司", "会", "委", "站", "院",
                  "局", "馆", "队", "团", "组", "室")
# Round 34: nouns for units that act: people and groups (PERSON_FOLLOWER_ENDS), owners (业主) and
# organizations or places that take part (单位, 企业, 机构, 组织, 公司, 商户 …, 社区, 村). Example: 社区组织.
ACTOR_NOUN_ENDS = PERSON_FOLLOWER_ENDS + ("主", "位", "企业", "物业", "构", "织", "司", "商", "区", "村")
# Round 34: jieba tags of words that read as nouns in a subject (a verbal noun, another proper noun, a
# fixed phrase, an idiom) but are the predicate when they close the phrase after a noun for an actor
# (14个合伙人|经营|9家…, 80余户业主|齐聚一堂|，, 17家社会组织|申报|了…). Seen in tuning articles of
# five sets and in bulk pages. Example: vn of 经营.
ACTOR_PREDICATE_TAGS = frozenset({"vn", "nz", "l", "i"})
# Verbal nouns that head a counted activity or service of their own (交友|活动, 助老|服务): never a
# predicate. Example: 活动.
ACTIVITY_HEADS = frozenset({"活动", "服务", "工作", "培训", "比赛", "讲座", "演出", "宣传", "项目"})
# Round 29: heads of facilities that close a counted noun after a classifier; a verb right before
# one is part of the facility's name (就业|指导|站, 邻里|议事|中心), not the predicate. Seen in
# tuning and bulk articles of five outlets.
FACILITY_HEADS = frozenset({"中心", "所", "站", "室", "馆"})
FACILITY_FOLLOWERS = frozenset({"和", "与", "及", "、"})  # what may follow a one-character head
# Person nouns jieba's dictionary tags as verbs (选手, 帮手): nouns after a people classifier.
VERB_TAGGED_PERSON_ENDS = ("手", "员", "者")
# Units of people counts whose predicate says who is counted when no noun does (161人|取得社工证).
PREDICATED_UNITS = frozenset({"人", "人次"})
# Units that count a service by the people served: with no noun to name what is counted, the
# verb right before the number is the service (上门接诊900余人次, 走访帮助2万人次).
# Accuracy round 12: three articles of three outlets (a clinic's and a social-work station's figures).
SERVICE_UNITS = frozenset({"人次"})
# Round 40: a count of people closing its clause right after a verb counts the people that
# service reached too (现场解答200余人，, 成功寻亲57人，): labelled articles of three sets.
SERVED_PEOPLE_UNITS = frozenset({"人"})
# Verbs that say how far a service reached, not which service it was (惠及3000人次): no subject.
# A count of two written 两/俩 with one of these measure words and no verb before it is the pair
# a story is about (两家协商, 两人逐一走访, 把两户聚在一起), not a count (来自两家医院 is one).
# Accuracy round 14: in five labelled tuning articles of five outlets (disputes and their mediation).
PAIR_UNITS = frozenset({"人", "家", "户"})
PAIR_NUMERALS = frozenset({"两", "俩"})
# Round 46: two people counted with 个 (两个孙女, 两个小姑娘, 两个不同民族的朋友) are the pair of a
# family or a scene whatever governs them; organisations count people in 名/位, and a tally of
# people in 个 is larger (35个青年志愿者). Three tuning articles of three sets, none in the gold.
PAIR_COUNTER = "个"
# Round 50: three of a family counted with 个 (三个孙子) are the family a story tells of as well; the
# pair rule's reasoning (organisations count people in 名/位) holds for a family's three. Example: 三.
FAMILY_COUNT_NUMERALS = PAIR_NUMERALS | frozenset({"三"})
# Round 56 (h7): two people counted with the polite 位 before a noun of `pair_people_heads` (两位老人,
# 两位老友) are the pair a scene shows as well, but only where no verb governs them: 位 is how
# organisations count people (慰问两位老人 may be a tally), and staff counted with 位 (两位社工当晚
# 上门) are a count. Three tuning articles of three sets, none in the gold. Example: 位.
PAIR_POLITE_COUNTER = "位"
# A short modifier closed by 的 between a count and its noun (两个|年幼的|孙子): the subject read
# stops at the modifier, the noun counted comes after it. Example: 年幼的.
RE_MODIFIER_DE = regex.compile(r"\p{Han}{1,4}?的")
# One-character noun suffixes jieba tags as verbs: after a verb they make one noun (化解|率, 履约|率).
# Accuracy round 14: a rate of mediation and a rate of kept agreements (two outlets) beside 成功率98%以上.
VERB_TAGGED_NOUN_SUFFIXES = frozenset({"率"})
# Round 35B: one character jieba tags a noun that after a verb is its result complement, not a noun
# suffix (划分|成, 建|成): the verb stays a verb. Example: 9个社区划分|成|54个网格.
VERB_COMPLEMENTS = frozenset({"成"})
# How far before a number a verb of change may end (闲置车位只剩下|12个).
CHANGE_REACH = 6
REACH_VERBS = frozenset({"惠及", "参与", "受益", "覆盖", "吸引", "辐射", "带动"})
# Verbs of having before a measure (村有|80亩的林地, 建有|300平方米的活动室).
POSSESSION_VERBS = frozenset({"有", "拥有", "共有", "建有", "设有", "占有"})
# Items of a list of modifiers joined by 、 after a count (156名|独居、高龄、空巢|老人): their
# kinds and most characters. Accuracy round 13: three articles of three outlets (elderly living
# alone or aged, households in need, delivery workers and riders).
LIST_ITEM_KINDS = frozenset({"noun", "verb", "adj"})
LIST_ITEM_MAX = 3
# Pieces a modifying clause ended by 的 may take after a classifier (5个|存在|隐患|的|小区).
MODIFIER_CLAUSE_MAX = 4
# Words a modifier clause between a count and its noun may hold besides verbs, adjectives and
# nouns: adverbs and idioms (d, i: 随时可取的, 朝气蓬勃的) and the joiners of two descriptions
# (能干而又热心的). Accuracy round 14 (third wave): descriptions of the people or things counted in
# tuning articles of two outlets and the released check set.
CLAUSE_OPENER_TAGS = frozenset({"d", "i"})
CLAUSE_JOINERS = frozenset({"而", "而又", "又", "且", "而且"})
# Demonstratives between a count and its noun (30个这样的爱心驿站).
DEMONSTRATIVES = frozenset({"这样", "这些", "此类", "这种", "这类", "那样"})
# Words joining two parts of one counted phrase (12户空巢及失能老人); 和/与 more often join
# two noun phrases of the clause (11个社区党委与医院党委).
JOINERS = frozenset({"及"})
# A headline figure at least this large (or with a fraction) that the body writes alike is the
# same fact whatever its subject there (筹款52.4万元 / 专项资金52.4万元); a small count may not be.
LARGE_FIGURE = 100
# Round 54 (h7): the smallest count of people that a later sentence writing it alike restates,
# whatever it calls them (92名志愿者 … 92名退休老人); a few people (2名社工, 5名志愿者) may be
# another small team of the same article.
PEOPLE_REPEAT_MIN = 10
# A schedule: 每 + a short period (每周, 每月, 每两周, 每个工作日) before a small count of times.
# Accuracy round 13: twice a week and twice a month or more in two tuning articles of this round
# and one of the round before; once a month or a quarter (counts of one) are dropped already.
RE_FREQUENCY = regex.compile(r"每(?:[一两二三四五六七八九十半]|个)?(?:周|月|天|日|星期|礼拜|季度|工作日|晚|早)")
FREQUENCY_REACH = 10  # characters back to look for the period, within the clause
FREQUENCY_MAX = 10  # the largest count of times a schedule gives
# A web page's view counter right before the number: 浏览 0次 / 点击：815次 / 阅读数：64 (round 28b:
# the counter of a dateline or a credit line read as a count of events, in three bulk and tuning
# pages of three sites). The label stands right before the number (the cleaned text drops the space),
# its colon may come between; 浏览量达…次 in running text keeps its verb and is not matched, and a
# bare 阅读 needs its colon (读书会上阅读3次 is reading done).
RE_VIEW_COUNTER_BEFORE = regex.compile(r"(?:(?:浏览|点击|人气)(?:量|数|次数)?|阅读(?:量|数|次数))[：:]?$|阅读[：:]$")
VIEW_COUNTER_UNITS = frozenset({"次", "人次"})
# A numbered formula label (1+2+X, 1+5+N) earlier in the sentence and 即 (that is) between it and
# a count: the count glosses one term of the label (“1+5+N”架构，即成立1个…党委、5个…支部), a
# number of the label, not a count of its own. Round 31: four tuning articles of four sets.
# Example: 1+5+N.
RE_FORMULA_LABEL = regex.compile(r"\d+(?:\s*[+＋]\s*(?:\d+|[A-Za-z]))+")
# The word that opens the gloss (即, 也就是, 就是). Example: 即 in ，即成立1个.
RE_GLOSS_WORD = regex.compile(r"即|就是")
# The measure word of kinds: a few kinds written in Chinese numerals (两种方式, 三种形式) is how a
# thing is divided, not a count of real things. Round 31: six tuning articles of five sets, no gold
# count of that form (the labelled ones are 30多种, 10余种). Example: 种 in 两种方式.
# Round 44: 类/大类 (units.tsv) are measure words of kinds too: 四大类资源, 三类项目 name the kinds
# just listed, while the gold counts 10余类, 8类, 7大类 in digits (tuning articles of four sets).
KIND_UNITS = frozenset({"种", "类", "大类"})
FORMULA_GLOSS_REACH = 60  # characters back to look for the formula
# The word that closes a list before its total (A、B等8项): the total counts the items listed.
LIST_CLOSER = "等"
# A run of digits: one number of a formula label. Example: 5 in 1+5+N.
RE_DIGIT_RUN = regex.compile(r"\d+")
# What joins the two ends of a range (500元至|900元, 5000元-|10000元).
RANGE_CONNECTORS = frozenset("-—–~～至到")
# Words between two numbers that share one subject (上升9.03%和38.54%, 5102户13110人).
SHARED_SUBJECT_GAPS = frozenset({"", "和", "、", "及", "与"})
# A comma or 、 between a count of households and a count of their people (711户,|2788人),
# with the link word 共 after it (2263户、共|4645人).
RE_LIST_GAP = regex.compile(r"\s*[,，、]\s*(?:共有|共)?")
# Units of a count of the people of households counted right before (711户,2788人).
HOUSEHOLD_MEMBER_UNITS = frozenset({"人"})
# Words of worth before a sum: the sum is what goods are worth, and the goods are its subject.
VALUE_WORDS = frozenset({"价值", "总价值"})
# Most words a sum's own name may take after it (1000元|临时|救助|款).
MONEY_NOUN_TOKENS = 3
# A verb ending in a preposition-like character heads a predicate (用于, 用作, 作为, 交给).
RE_PREDICATE_VERB = regex.compile(r"(?<=.)[于作为给到在向]$")
# A token of Han characters only (a word, not a number or punctuation).
RE_HAN_WORD = regex.compile(r"\p{Han}+")
# One-character locatives after a noun (辖区|内).
LOCATIVES = frozenset({"内", "中", "里"})

# Tags of a first half that modifies the noun of a four-character set phrase (安全|隐患: an).
NOUN_MODIFIER_TAGS = frozenset({"a", "an", "b", "vn"})
# Locative endings: a phrase ending so names where, not what (中心村范围内, 辖区内).
RE_LOCATIVE_END = regex.compile(r"(?:内|中|里|范围内|之间)$")
# A short quoted word right after a figure (5000万|“红包”). Example: “红包”.
RE_QUOTED_WORD = regex.compile(r"[“\"「『](?P<word>\p{Han}{2,4})[”\"」』]")
# How far before the number a money word may stand (计划投资|100万).
MONEY_WORD_REACH = 4
# A character that runs a figure on into a word or a number (95万|元, 8万|多): no bare figure ends there.
# Example: 元 after 95万.
RE_RUNS_ON = regex.compile(r"[\p{Han}A-Za-z0-9%％‰]")
# Round 58 (h2): verbs that open what a sum is spent on right after it (捐款近200万|用于建校): the
# figure ends its noun phrase there as at a comma. Example: 用于 after 200万.
PURPOSE_VERBS = ("用于", "用作", "用来")
# The word that makes a bare 万 figure after it a count of people (服务人口约|220万, 人口增长了|8万).
POPULATION_WORD = "人口"
# How far before the number the population word may end (常住人口|增长了|8万).
POPULATION_WORD_REACH = 4
# Round 51 (qty): the population word after a bare 万/亿 figure and a short modifier of the people
# counted (300万|低收入|人口, 近18万|的常住|人口, 100多万|少数民族|人口, 2000多万|人口): the figure counts
# them. Example: 的常住人口 after 近18万.
RE_POPULATION_AFTER = regex.compile(rf"的?\p{{Han}}{{0,5}}?{POPULATION_WORD}")
# Words that point back at things told of before when written right before a count (这|两部电梯,
# 上述|三个). Not 以上 on its own: it also closes an age (80岁以上|两人).
POINTING_WORDS = r"这|那|上述|前述"
# Example: 上述 in 上述三个基金.
RE_POINTING_BACK = regex.compile(rf"(?:{POINTING_WORDS})$")
# Characters before a count searched for a pointing word (上述 is two).
POINTING_REACH = 2
# The most characters before an Arabic 1 where 每/由 makes it a per-unit base (每完成1人, 由1名社工).
PER_UNIT_REACH = 3
# Round 35: what a merger or a division turns units into (合并为|1个服务站, 划分为|1个大网格): the
# one unit made, not a count. Tuning articles of two sets (service stations merged, a district gridded).
MERGED_INTO = "为"
# A per-unit base written right before a sum (每人每餐|5元, 每亩|1000元): the sum is a rate, and
# the base is what it counts (the gold's about). Round 16 wave 3: three outlets' meal and land
# rates lost their subject or took the clause after them (每亩1000元的|标准来算).
RE_PER_UNIT_BEFORE = regex.compile(r"(?:每(?:人次|人|户|家|亩|餐|位|名|次|份|斤|套|间|张|平方米)){1,2}$")
# A quote right after a number that names or describes the noun after it (`_quoted_modifier`):
# the most pieces inside the quote, the most nouns taken after it.
QUOTE_MODIFIER_MAX = 8
QUOTE_HEAD_MAX = 3
# A likeness clause between a number and its noun (600多位|像…一样的|老人): its openers and closers.
LIKENESS_OPENERS = frozenset({"像", "象", "如"})
LIKENESS_CLOSERS = frozenset({"一样", "这样", "那样", "似的", "一般"})
LIKENESS_MAX = 6

BRACKET_ALTERNATIVE_MAX = 3  # characters of a bracketed alternative after the counted noun (村（社区）)
# A short bracketed alternative closing the noun right before a figure (示范村（社区）|12个).
RE_BRACKET_BEFORE = regex.compile(rf"[（(]\p{{Han}}{{1,{BRACKET_ALTERNATIVE_MAX}}}[)）]$")
# Measures whose noun after 的 is what is measured (占比90%的|住户, 500平方米的|广场); not a length,
# which after 的 often says where (距市中心不足1公里的|地方).
DE_MEASURED_CATEGORIES = frozenset({"percent", "area"})
# Round 35B: measures of land, length and weight whose noun, written right after the measure word
# with no 的 (1000亩|耕地, 650米|田间作业道), is what they measure, before any noun or verb left of
# the figure (制约了当地|1000亩, 支付|…). Seen in bulk-35 pages of three outlets.
NOUN_AFTER_MEASURES = frozenset({"area", "length", "weight"})
PROCESS_END = "化"  # a two-character process jieba tags a noun (硬化, 绿化, 亮化): no part of the thing

# Reading back to a clause's topic (`subject_from_topic`): the most verbs passed, the commas
# crossed to the clause before, the particles and word tags passed (d adverbs, t time words, p
# prepositions, u particles such as 等).
TOPIC_VERBS = 2
TOPIC_COMMAS = frozenset({"，", ","})
TOPIC_PARTICLES = frozenset({"了", "着", "过", "等"})
TOPIC_SKIPPED_TAGS = frozenset({"d", "t", "p", "u", "ul", "uz", "ug", "uj", "ud", "uv"})

# Labels that may contain numerals: a quantity strictly inside one of them is part of a name.
NAME_LABELS = ("places", "communities", "organizations", "models", "programs")


@dataclass(frozen=True)
class Unit:
    written: str
    unit: str
    category: str
    min_value: float


@dataclass(frozen=True)
class QualifierWord:
    word: str
    position: str
    qualifier: str
    applies_to: str


@dataclass(frozen=True)
class NonContext:
    position: str
    word: str
    units: frozenset[str]  # empty = every unit
    reason: str


@dataclass(frozen=True)
class Candidate:
    """A number + measure word before filtering; offsets index the article text."""

    start: int  # span start (qualifier included)
    end: int  # span end (qualifier included)
    num_start: int
    num_end: int
    numeral: str  # the numeral as written (2万, 三万, 百, 75, 七成, 百分之七十五)
    script: str  # arabic | chinese | percent_words | cheng | half | fraction | arabic_fraction
    value: float | None
    unit: str
    unit_written: str
    category: str
    unit_end: int  # end of the measure word (before any after-qualifier)
    qualifier: str | None
    pre: str = ""
    problem: str | None = None  # vague | unreadable | numeral_inside_word: the numeral gives no value
    range_from: int | None = None  # the upper end of a range: where its lower end starts (3至|5名)


# --- lexicons -------------------------------------------------------------------------


@lru_cache(maxsize=1)
def units() -> dict[str, Unit]:
    """`lexicons/units.tsv`: measure word as written → Unit."""
    table = {}
    for row in read_table("units.tsv"):
        try:
            min_value = float(row["min_value"])
        except ValueError as err:
            raise LexiconError(path="units.tsv", line=0, problem=f"min_value {row['min_value']!r} for {row['written']!r}", expected="a number in min_value") from err
        table[row["written"]] = Unit(row["written"], row["unit"], row["category"], min_value)
    return table


@lru_cache(maxsize=1)
def measure_words() -> frozenset[str]:
    """The measure words of `units()` that never name the thing counted: all but division words."""
    return frozenset(written for written, unit in units().items() if unit.category != DIVISIONS)


@lru_cache(maxsize=1)
def qualifier_words() -> tuple[QualifierWord, ...]:
    """`lexicons/quantity_qualifiers.tsv`."""
    words = []
    for row in read_table("quantity_qualifiers.tsv"):
        if row["position"] not in POSITIONS or row["qualifier"] not in QUALIFIERS or row["applies_to"] not in ("any", "magnitude"):
            raise LexiconError(
                path="quantity_qualifiers.tsv",
                line=0,
                problem=f"bad row {row}",
                expected=f"position in {POSITIONS}, qualifier in {QUALIFIERS}, applies_to any|magnitude",
            )
        words.append(QualifierWord(row["word"], row["position"], row["qualifier"], row["applies_to"]))
    return tuple(words)


@lru_cache(maxsize=1)
def non_contexts() -> tuple[NonContext, ...]:
    """`lexicons/quantity_non_contexts.tsv`."""
    rules = []
    for row in read_table("quantity_non_contexts.tsv"):
        if row["position"] not in ("before", "after"):
            raise LexiconError(path="quantity_non_contexts.tsv", line=0, problem=f"position {row['position']!r}", expected="position before|after")
        scope = frozenset() if row["units"] == "*" else frozenset(u.strip() for u in row["units"].split(","))
        rules.append(NonContext(row["position"], row["word"], scope, row["reason"]))
    return tuple(rules)


@lru_cache(maxsize=None)
def _non_contexts_for(unit: str | None) -> tuple[NonContext, ...]:
    """The rules that apply to measure word `unit`, in the lexicon's order: one look-up per
    candidate instead of a scope test per rule (a few dozen units are ever written)."""
    return tuple(rule for rule in non_contexts() if not rule.units or unit in rule.units)


def _alternation(words: Iterable[str]) -> str:
    """Longest-first regex alternation, so 人次 wins over 人 and 超过 over 超."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=2)
def candidate_pattern(slash: bool = False) -> regex.Pattern:
    """The candidate regex, built once from the unit and qualifier lexicons.

    Shape: [before-qualifier] (percent words | N成 | 半数 | fraction | numeral [inner [magnitude]]
    unit) [after-qualifier]. The magnitude after an inner qualifier scales the number: 20余万元.
    Example matches: 超过5万小时, 2万余名, 三万余份, 上百次, 98%以上, 百分之七十五, 七成, 超6成,
    半数以上, 三分之一, 1/5, 20余万元.
    Digits run on from a letter or a percent sign are no number of their own: a web address's
    escapes (…/%e6%81%af…) would otherwise read as percentages.

    The slash fraction's alternative is there only with `slash`, set for a text holding a "/"
    (`candidates_pattern`): with it the regex module scans every article about eight times slower (its
    fast scan is lost), and so it does with a lookbehind before an Arabic 成, which filter 16g
    checks instead.
    """
    by_position = {p: [q.word for q in qualifier_words() if q.position == p] for p in POSITIONS}
    return regex.compile(
        rf"(?P<pre>{_alternation(by_position['before'])})?"
        rf"(?:"
        rf"(?P<pct>(?:百分之|千分之)(?:{ARABIC_PATTERN}|[{CN_DIGITS}{CN_MAGNITUDES}点]+))"
        rf"|(?P<cheng>[一二两三四五六七八九十1-9]成[一二三四五六七八九]?)"
        rf"|(?P<half>{HALF_WORD})"
        rf"|(?<![{CN_DIGITS}{CN_MAGNITUDES}])(?P<frac>{FRACTION_PATTERN})"
        + (rf"|(?<![\d.A-Za-z%％/:：])(?P<afrac>{ARABIC_FRACTION_PATTERN})(?![\d/])" if slash else "")
        + rf"|(?:(?<![\d.A-Za-z%％])(?P<arabic>{ARABIC_PATTERN})(?P<magnitude>{ARABIC_MAGNITUDE_PATTERN})?|(?P<chinese>{CHINESE_PATTERN}))"
        rf"(?:(?P<inner>{_alternation(by_position['inner'])})(?P<scale>{ARABIC_MAGNITUDE_PATTERN})?)?"
        rf"(?P<unit>{_alternation(units())})"
        rf")"
        rf"(?P<post>{_alternation(by_position['after'])})?"
    )


def candidates_pattern(text: str) -> regex.Pattern:
    """The candidate regex to scan `text` with: the slash fraction's alternative only where the
    text holds a slash (candidate_pattern)."""
    return candidate_pattern("/" in text)


@lru_cache(maxsize=1)
def bare_wan_pattern() -> regex.Pattern:
    """An Arabic number + 万 with no measure word, with a before-qualifier and an inner 余/多
    joined to it (常住人口超95万, 1万多居民), for `implied_people`.
    Example matches: 超95万, 1万多, 38.46万."""
    before = [q.word for q in qualifier_words() if q.position == "before" and q.applies_to == "any"]
    inner = [q.word for q in qualifier_words() if q.position == "inner" and q.qualifier == "more_than"]
    return regex.compile(
        rf"(?P<pre>{_alternation(before)})?(?<![\d.A-Za-z])(?P<arabic>{ARABIC_PATTERN})(?P<magnitude>万)(?P<inner>{_alternation(inner)})?"
    )


@lru_cache(maxsize=1)
def bare_sum_pattern() -> regex.Pattern:
    """An Arabic number + 万/亿 with no measure word, for `implied_money`: a before-qualifier, an
    inner 余/多 on either side of the magnitude and an after-qualifier joined to it.
    Example matches: 近5000万, 600多万, 7万以上, 100万."""
    by_position = {p: [q.word for q in qualifier_words() if q.position == p and q.applies_to == "any"] for p in POSITIONS}
    inner = [q.word for q in qualifier_words() if q.position == "inner" and q.qualifier == "more_than"]
    return regex.compile(
        rf"(?P<pre>{_alternation(by_position['before'])})?(?<![\d.A-Za-z])(?P<arabic>{ARABIC_PATTERN})"
        rf"(?P<inner>{_alternation(inner)})?(?P<magnitude>万|亿)(?P<inner_after>{_alternation(inner)})?"
        rf"(?P<post>{_alternation(by_position['after'])})?"
    )


@lru_cache(maxsize=1)
def unit_start_pattern() -> regex.Pattern:
    """A measure word of `lexicons/units.tsv` (matched where a bare figure ends: 100万|元); not a
    division word, which after a bare figure is the front of a noun (35万|村民)."""
    return regex.compile(_alternation(measure_words()))


@lru_cache(maxsize=1)
def bare_more_pattern() -> regex.Pattern:
    """An Arabic number below 万 + 余/多 with no measure word, for `implied_people` when a people
    noun follows (300多村民): 余/多 shows the number is a count, as the 万 of `bare_wan_pattern`
    does. A before-qualifier may open it. Example matches: 300多, 4600余."""
    before = [q.word for q in qualifier_words() if q.position == "before" and q.applies_to == "any"]
    inner = [q.word for q in qualifier_words() if q.position == "inner" and q.qualifier == "more_than"]
    return regex.compile(
        rf"(?P<pre>{_alternation(before)})?(?<![\d.A-Za-z])(?P<arabic>{ARABIC_PATTERN})(?P<magnitude>)(?P<inner>{_alternation(inner)})"
    )


@lru_cache(maxsize=1)
def label_pattern() -> regex.Pattern:
    """Numbered slogans from `lexicons/quantity_labels.txt` (三个代表, 六个一)."""
    return regex.compile(_alternation(read_terms("quantity_labels.txt")))


@lru_cache(maxsize=1)
def category_nouns() -> frozenset[str]:
    """`lexicons/quantity_category_nouns.txt`: stages, categories, aspects (3个阶段)."""
    return frozenset(read_terms("quantity_category_nouns.txt"))


@lru_cache(maxsize=1)
def light_verbs() -> frozenset[str]:
    """`lexicons/quantity_light_verbs.txt`: verbs that never name a measure (给予, 开展)."""
    return frozenset(read_terms("quantity_light_verbs.txt"))


@lru_cache(maxsize=1)
def change_verbs() -> tuple[str, ...]:
    """`lexicons/quantity_change_verbs.txt`: verbs that bring a count to a new level (发展到,
    只剩下), longest first."""
    return tuple(sorted(read_terms("quantity_change_verbs.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def counted_nouns() -> frozenset[str]:
    """`lexicons/quantity_counted_nouns.txt`: nouns jieba tags as another class (积分, 大米)."""
    return frozenset(read_terms("quantity_counted_nouns.txt"))


@lru_cache(maxsize=1)
def event_nouns() -> frozenset[str]:
    """`lexicons/quantity_event_nouns.txt`: verbs of ceremonies and taking part that jieba tags as
    nouns (授旗, 亮相, 参赛)."""
    return frozenset(read_terms("quantity_event_nouns.txt"))


@lru_cache(maxsize=1)
def noun_heads() -> frozenset[str]:
    """`lexicons/quantity_noun_heads.txt`: one-character heads jieba tags a measure word (服务|类, 分红|款)."""
    return frozenset(read_terms("quantity_noun_heads.txt"))


@lru_cache(maxsize=1)
def adverbial_words() -> frozenset[str]:
    """`lexicons/quantity_adverbial_words.txt`: noun-tagged words that modify the next verb (全面)."""
    return frozenset(read_terms("quantity_adverbial_words.txt"))


@lru_cache(maxsize=1)
def adverb_numerals() -> frozenset[str]:
    """`lexicons/quantity_adverb_numerals.txt`: numeral + measure word idioms read as adverbs (四处)."""
    return frozenset(read_terms("quantity_adverb_numerals.txt"))


@lru_cache(maxsize=1)
def money_words() -> tuple[str, ...]:
    """`lexicons/quantity_money_words.txt`: words that make 100万 a sum in 元 (投资, 善款)."""
    return tuple(sorted(read_terms("quantity_money_words.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def people_nouns() -> tuple[str, ...]:
    """`lexicons/quantity_people_nouns.txt`: nouns for people a bare 万 figure counts (8万居民)."""
    return tuple(sorted(read_terms("quantity_people_nouns.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def pair_people_heads() -> tuple[str, ...]:
    """`lexicons/quantity_pair_people_heads.txt`: kin and child nouns a pair 两个 counts (两个孙女)."""
    return tuple(read_terms("quantity_pair_people_heads.txt"))


@lru_cache(maxsize=1)
def money_noun_ends() -> tuple[str, ...]:
    """`lexicons/quantity_money_nouns.txt`: endings of nouns naming a sum (礼金, 资金, 款, 红包)."""
    return tuple(sorted(read_terms("quantity_money_nouns.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def link_words() -> frozenset[str]:
    """`lexicons/quantity_link_words.txt`: words between a subject and its number (达, 有, 共计)."""
    return frozenset(read_terms("quantity_link_words.txt"))


@lru_cache(maxsize=1)
def modal_words() -> frozenset[str]:
    """`lexicons/quantity_modal_words.txt`: modal and expectation words before a figure (可, 有望, 预计)."""
    return frozenset(read_terms("quantity_modal_words.txt"))


# Round 59 (p2): an average taken per period or per head (日均, 月均, 户均) says how often or how
# much per unit the verb after it happens: after a counted noun it opens the predicate
# (驿站|日均|接待…), and in the predicate before a figure it is read past like an adverb, not
# taken for the topic (中心|日均|吸引|3000人次 → 中心). Before a measure's noun it stays (日均|用餐量).
# Example match: 日均.
RE_AVERAGE_WORD = regex.compile(r"[日月年周天人户]均")


def is_average_word(word: str) -> bool:
    """Is `word` an average per period or per head (日均, 人均)?"""
    return RE_AVERAGE_WORD.fullmatch(word) is not None


# Round 60: a measure averaged over the things counted (三位|平均年龄…的老人): it opens what is said
# of them, it is not what is counted. Example match: 平均年龄.
RE_AVERAGE_MEASURE = regex.compile(r"平均\p{Han}+")


def is_average_measure(word: str) -> bool:
    """Is `word` one word for an average of something (平均年龄, 平均分)?"""
    return RE_AVERAGE_MEASURE.fullmatch(word) is not None


@lru_cache(maxsize=4096)
def is_link(word: str) -> bool:
    """Does `word` only link a subject to its figure: a link word, a modal word, or a link word
    written after a modal word in one token (可达, 将达)?"""
    if word in link_words() or word in modal_words():
        return True
    return any(word.startswith(m) and word[len(m) :] in link_words() for m in modal_words() if len(word) > len(m))


# --- tokens ---------------------------------------------------------------------------


class Tokens:
    """The article's jieba tokens (`ctx.tokens`) with char-offset lookups."""

    def __init__(self, ctx: ArticleContext) -> None:
        self.text = ctx.text
        self.spans = ctx.tokens.spans
        self.starts = set(ctx.tokens.starts)
        self.index_at = _IndexAt(ctx.tokens, len(self.text))  # token index of each character (0 between tokens)
        # `subject_after` of each candidate asked about: the component asks about most candidates
        # twice or more (the subject, then the money and the filter that compare with it)
        self.subjects_after: dict[Candidate, str | None] = {}

    @cached_property
    def ends(self) -> set[int]:
        """Token ends, built when first asked (filter 13 asks whether a following figure ends a word)."""
        return set(map(itemgetter(1), self.spans))

    def word(self, i: int) -> str:
        s, e = self.spans[i]
        return self.text[s:e]

    def straddling(self, offset: int) -> str | None:
        """The token that runs across `offset` (starts before it, ends after it), if any."""
        if offset <= 0 or offset >= len(self.text) or offset in self.starts:
            return None
        return self.word(self.index_at[offset])

    def first_at_or_after(self, offset: int) -> int:
        """Index of the first token starting at or after `offset`."""
        if offset >= len(self.text):
            return len(self.spans)
        i = self.index_at[offset]
        return i if self.spans[i][0] >= offset else i + 1

    def last_before(self, offset: int) -> int:
        """Index of the last token ending at or before `offset` (-1 if none)."""
        if offset <= 0:
            return -1
        i = self.index_at[offset - 1]
        return i if self.spans[i][1] <= offset else i - 1


class _IndexAt:
    """`index_at[offset]`: the index of the token holding `offset`, 0 between tokens, the number
    of tokens at the text's end. Looked up by bisection over the shared token starts: a list
    of one entry per character cost more to fill than the few lookups an article makes."""

    def __init__(self, tokens: SpanIndex, size: int) -> None:
        self.tokens = tokens
        self.size = size

    def __getitem__(self, offset: int) -> int:
        if offset == self.size:
            return len(self.tokens.spans)
        i = self.tokens.index_at(offset)
        return 0 if i is None else i


def _kind(word: str, tags: dict[str, str]) -> str:
    """Coarse word class for subject phrases: noun | verb | adj | de | other | stop."""
    if not word.strip() or RE_PUNCT.fullmatch(word):
        return "stop"
    if word == "的":
        return "de"
    if RE_NUMERAL_TOKEN.fullmatch(word) or RE_DIGIT.search(word):
        return "stop"
    if word in counted_nouns():
        return "noun"  # jieba tags 积分 an adverb, 大米 a numeral
    tag = tags.get(word)
    if tag is None:
        if RE_VERBAL_UNKNOWN.search(word) or _verb_with_complement(word, tags):
            return "verb"  # an unknown join ending in a preposition or complement (围坐在, 改为, 送上)
        if _distributed_verb(word, tags):
            return "other"  # 行政村|各持: what each of the counted does
        if RE_PREPOSITION_START.match(word) or RE_CONTRAST_UNKNOWN.search(word) or RE_PREDICATE_UNKNOWN.search(word):
            # an unknown join opening with a preposition (对金龙), a contrast (少则), or a piece of
            # predicate: an adverb or modal before its verb (能领, 已装) or 而 before a verb (南而行)
            return "other"
        return "noun"  # domain terms from the user dictionary and unknown (HMM) words
    if tag in ("l", "i") and word.startswith(DISTRIBUTIVE_ADVERB):
        return "other"  # 助餐点|各有特色: a set phrase of what each does or has is a predicate
    if tag == "l" and RE_VERBAL_UNKNOWN.search(word):
        return "verb"  # a fixed phrase ending in a preposition is a predicate (围坐在)
    if tag == "i" and _noun_ended(word, tags):
        return "noun"  # a four-character set phrase ending in a noun names a thing (安全|隐患, 孤寡|老人)
    if tag.startswith("n") or tag in ("vn", "an", "j", "l", "eng", "s", "z", "zg", "k"):
        return "noun"  # zg/k: one-character noun suffixes jieba splits off (快递|员)
    if tag.startswith("v"):
        return "verb"
    if tag.startswith("a") or tag == "b":
        return "adj"
    return "other"


def _one_char_verb(char: str, tags: dict[str, str]) -> bool:
    return (tags.get(char) or "").startswith("v")


def _verb_with_complement(word: str, tags: dict[str, str]) -> bool:
    """Is the unknown join `word` a one-character verb and its directional complement (送|上)?"""
    return len(word) == 2 and word[1] in DIRECTIONAL_COMPLEMENTS and _one_char_verb(word[0], tags)


def _distributed_verb(word: str, tags: dict[str, str]) -> bool:
    """Is the unknown join `word` the distributive adverb and a one-character verb (各|持)?"""
    return len(word) == 2 and word[0] == DISTRIBUTIVE_ADVERB and _one_char_verb(word[1], tags)


def _noun_ended(word: str, tags: dict[str, str]) -> bool:
    """Is `word` four characters made of a noun or adjective and a noun of the dictionary
    (安全|隐患, 孤寡|老人, 风土|人情)? jieba tags such set phrases idioms (i), like the predicates
    喜笑颜开 and 追求|理想 (a verb and its object), which are no names of things."""
    if len(word) != 4:
        return False
    first, second = tags.get(word[:2]) or "", tags.get(word[2:]) or ""
    return second.startswith("n") and (first.startswith("n") or first in NOUN_MODIFIER_TAGS)


# The kinds of the words of the tag table last asked about (held, so its id stays its own):
# the same few thousand words make most subject phrases, each classed once, not per use.
_KIND_MEMO: tuple[dict[str, str] | None, dict[str, str]] = (None, {})
KIND_MEMO_WORDS = 50_000  # words kept before the memo starts afresh


def _memo_kind(word: str, tags: dict[str, str]) -> str:
    """`_kind(word, tags)`, remembered."""
    global _KIND_MEMO
    held, kinds = _KIND_MEMO
    if held is not tags or len(kinds) > KIND_MEMO_WORDS:
        _KIND_MEMO = held, kinds = tags, {}
    kind = kinds.get(word)
    if kind is None:
        kind = kinds[word] = _kind(word, tags)
    return kind


# --- candidates -------------------------------------------------------------------------


def _qualifier_for(word: str, position: str, numeral: str) -> str | None:
    for q in qualifier_words():
        if q.word == word and q.position == position:
            if q.applies_to == "magnitude" and not is_bare_magnitude(numeral):
                return None
            return q.qualifier
    return None


def scale(value: float, magnitude: str) -> float:
    """`value` times a magnitude written after 余/多 (20余万 → 200000), exactly."""
    result = Decimal(repr(value))
    for char in magnitude:
        result *= MAGNITUDE_VALUE[char]
    return float(result)


def find_candidates(text: str, tokens: Tokens) -> list[Candidate]:
    """Every number + measure word (and percent form) in `text`, qualifiers attached.

    Nothing the regex matched is dropped here: a numeral that cannot be read carries a
    `problem` that the first filter reports.
    """
    found = [_candidate(match, text, tokens) for match in candidates_pattern(text).finditer(text)]
    implied = implied_money(text, tokens) + implied_people(text)
    return merge_ranges(sorted(found + implied, key=lambda c: c.start), text)


def merge_ranges(found: list[Candidate], text: str) -> list[Candidate]:
    """A range whose ends both carry a measure word gives two quantities, as the dev gold writes
    5000元-10000元 (each end is a candidate of its own). A range whose first end has none (3至5名,
    三到五人, 3000-6000元) is an estimate, no count: its second end is marked (`range_from`) and
    the range filter drops it (round 28: six such ranges in five articles of four tuning sets,
    none of them in the gold); a second end with no readable first end (每隔1—2个月, 三至5人) is
    left to the range filter too."""
    out: list[Candidate] = []
    for c in found:
        start = range_start(c, text)
        out.append(c if start is None else replace(c, range_from=start))
    return out


def range_start(c: Candidate, text: str) -> int | None:
    """Where the bare first end of the range `c` closes starts (3至|5名), or None:
    the first end is a number of the same script with no measure word, smaller than the second
    (2019至5名 is no range)."""
    if c.pre or c.problem is not None or c.value is None or c.category in ("percent", "percent_points") and c.script != "arabic":
        return None
    match = RE_RANGE_START.search(text, max(0, c.start - RANGE_REACH), c.start)
    if match is None or match.group("unit") is not None:
        return None  # 300元至800元: each end is a candidate of its own
    if match.group("arabic") is not None:
        if c.script != "arabic":
            return None
        value = parse_arabic(match.group("arabic"), match.group("magnitude"))
    else:
        if c.script != "chinese":
            return None
        value, problem = _read(parse_chinese, match.group("chinese"))
        if problem is not None:
            return None
    if value is None or value >= c.value:
        return None
    return match.start()


def implied_money(text: str, tokens: Tokens) -> list[Candidate]:
    """Sums of money whose 元 is left out: an Arabic number + 万/亿 with no measure word after it,
    qualifiers joined (近5000万, 600多万, 7万以上), and either a money word just before it in the
    same clause, the figure closing the clause (计划投资100万 → 1000000 元), or a sum's own name
    right after it (30万的资助, 600多万共有收益, 100多万的利息: `money_noun_after`).
    Round 50: the qualified sums and the named ones were missed in tuning articles of three sets
    (a fund's grants, an owners' committee's income, a village's savings on funerals).
    Round 58 (h2): a figure followed by what it is spent on (捐款近200万|用于…) closes as at a comma
    (`PURPOSE_VERBS`), and a sum's own name right before it makes it money as a money word does
    (剩余款|15余万, 奖金|3万): tuning articles of a township's donors."""
    out = []
    for match in bare_sum_pattern().finditer(text):
        c = _implied_money_candidate(match, text)
        before = text[max(0, c.start - MONEY_WORD_REACH) : c.start]
        before = RE_PUNCT_OR_SPACE.split(before)[-1]
        if unit_start_pattern().match(text, c.end):
            continue  # 100万|元, 10万|人: a figure with its measure word is a candidate of its own
        if (_closes_sum(text, c.end) and _money_before(before)) or money_noun_after(c, tokens) or _quoted_money_after(text, c.end):
            out.append(c)
    return out


def _closes_sum(text: str, end: int) -> bool:
    """Does a bare sum end its noun phrase at `end`: nothing runs on (100万，), or what it is spent
    on follows (近200万|用于建校: round 58 h2)?"""
    return RE_RUNS_ON.match(text, end) is None or text.startswith(PURPOSE_VERBS, end)


def _money_before(before: str) -> bool:
    """Is the clause text `before` a bare sum money: a money word in it (捐款近|200万), or, round 58
    (h2), the sum's own name ending right there (剩余款|15余万, 奖金|3万)?"""
    return any(word in before for word in money_words()) or before.endswith(money_noun_ends())


def _quoted_money_after(text: str, end: int) -> bool:
    """Does a quoted money noun of two or more characters follow at `end` (5000万|“红包”): a sum
    the writer names in quotes, as a figure of speech for grants?"""
    match = RE_QUOTED_WORD.match(text, end)
    return match is not None and any(match.group("word").endswith(noun) for noun in money_noun_ends() if len(noun) > 1)


def _implied_money_candidate(match: regex.Match, text: str) -> Candidate:
    """The sum in 元 (no measure word written) a bare figure `match` of `bare_sum_pattern` makes.
    A before-qualifier counts only when it is no piece of the word before (the 约 of 节约|7万 is no "about")."""
    pre = match.group("pre") or ""
    if pre and is_word(text[match.start("pre") - 1 : match.start("pre") + 1]):
        pre = ""
    numeral = text[match.start("arabic") : match.end("magnitude")]
    inner = match.group("inner") or match.group("inner_after") or ""
    qualifier = (_qualifier_for(pre, "before", numeral) if pre else None) or (
        _qualifier_for(inner, "inner", numeral) if inner else None) or (
        _qualifier_for(match.group("post"), "after", numeral) if match.group("post") else None)
    start = match.start("pre") if pre else match.start("arabic")
    return Candidate(
        start=start, end=match.end(), num_start=match.start("arabic"), num_end=match.end("magnitude"),
        numeral=numeral, script="arabic", value=parse_arabic(match.group("arabic"), match.group("magnitude")),
        unit="元", unit_written="", category="money", unit_end=match.end(), qualifier=qualifier, pre=pre,
    )


def implied_people(text: str) -> list[Candidate]:
    """Counts of people written as a bare Arabic number + 万 (round 44: population and resident
    counts in six tuning articles of five sets were missed): a people noun right after it
    (覆盖8万人口, 4.5万居民, 1.8万残疾人) or, with no word after it, a population word just
    before it in the clause (服务人口约220万, 常住人口超95万). Unit 人, as the gold writes them.
    Round 46 (qty3): a smaller number made a count by 余/多 counts people the same way when a people
    noun follows (300多村民, 4600余居民: tuning articles of three sets were missed).
    Round 51 (qty): so does any bare 万/亿 figure (多 on either side of the magnitude) before the
    population word, alone or after a short modifier (2000多万人口, 300万低收入人口).
    Round 58 (h2): a bare 亿 figure closing its clause after the population word counts people as a
    万 one does (65岁以上人口突破2亿, 农村老年人口1.4亿): tuning articles of two sets on ageing missed them."""
    out = []
    for match in bare_wan_pattern().finditer(text):
        if _people_noun_after(text, match.end()) or _population_word_before(text, match.start("arabic"), match.end()):
            out.append(_implied_people_candidate(match, text))
    for match in bare_more_pattern().finditer(text):
        if _people_noun_after(text, match.end()):
            out.append(_implied_people_candidate(match, text))
    taken = {c.start for c in out}
    for match in bare_sum_pattern().finditer(text):
        if _modified_population_after(text, match.end()) or _modified_people_after(text, match.end()) or _population_yi(match, text):
            c = replace(_implied_money_candidate(match, text), unit="人", category="people")
            if c.start not in taken:
                out.append(c)
    return out


def _implied_people_candidate(match: regex.Match, text: str) -> Candidate:
    """The count of people (unit 人, no measure word written) a bare figure `match` makes."""
    qualifier = _qualifier_for(match.group("pre"), "before", match.group("arabic")) if match.group("pre") else None
    qualifier = qualifier or (_qualifier_for(match.group("inner"), "inner", match.group("arabic")) if match.group("inner") else None)
    return Candidate(
        start=match.start(), end=match.end(), num_start=match.start("arabic"), num_end=match.end("magnitude"),
        numeral=text[match.start("arabic") : match.end("magnitude")], script="arabic",
        value=parse_arabic(match.group("arabic"), match.group("magnitude") or None), unit="人", unit_written="",
        category="people", unit_end=match.end(), qualifier=qualifier, pre=match.group("pre") or "",
    )


def _population_yi(match: regex.Match, text: str) -> bool:
    """Round 58 (h2): is `match` of `bare_sum_pattern` a 亿 figure closing its clause after the
    population word (人口突破|3亿，)? 万 figures there are `bare_wan_pattern`'s already."""
    return match.group("magnitude") == "亿" and _population_word_before(text, match.start("arabic"), match.end())


def _modified_population_after(text: str, end: int) -> bool:
    """Does the population word follow at `end`, alone or after a short modifier with no measure
    word opening it (2000多万|人口, 300万|低收入人口; not 10万|元的流动人口经费)? Round 51 (qty):
    tuning articles of four sets missed such counts; the figure's own 人 of 2000多万人口 is the
    word 人口, which the count with measure word 人 loses as inside a word."""
    if RE_POPULATION_AFTER.match(text, end) is None:
        return False
    return text.startswith(POPULATION_WORD, end) or unit_start_pattern().match(text, end) is None


@lru_cache(maxsize=1)
def modified_people_pattern() -> regex.Pattern:
    """A people noun after one or two characters that say which people (贫困|群众, 新|市民,
    搬迁|群众), no 的 among them. Example match: 贫困群众."""
    return regex.compile(rf"(?:(?!的)\p{{Han}}){{1,2}}?(?:{_alternation(people_nouns())})")


def _modified_people_after(text: str, end: int) -> bool:
    """Round 54 (h7): a bare 万/亿 figure before a short modifier and a people noun (35万|贫困群众,
    超过10万|新市民, 960多万|贫困群众) counts those people, as one before the bare noun does (8万居民);
    no measure word may open the modifier (10万元|困难群众救助金 is a sum). Tuning articles of two
    sets (poverty-relief resettlement, a district's newcomers) missed such counts, all gold."""
    return unit_start_pattern().match(text, end) is None and modified_people_pattern().match(text, end) is not None


def _people_noun_after(text: str, end: int) -> bool:
    """Does a people noun (`quantity_people_nouns.txt`) start at `end` (8万|人口)?"""
    return text.startswith(people_nouns(), end)


def _population_word_before(text: str, start: int, end: int) -> bool:
    """Does the figure ending at `end` close its clause (no word or number after it) with the
    population word ending at most POPULATION_WORD_REACH characters before `start`, in the same
    clause (常住人口|超|95万，)?"""
    if RE_RUNS_ON.match(text, end):
        return False
    before = RE_PUNCT_OR_SPACE.split(text[max(0, start - POPULATION_WORD_REACH - len(POPULATION_WORD)) : start])[-1]
    return POPULATION_WORD in before


def _read(parse: Callable[[str], float], numeral: str) -> tuple[float | None, str | None]:
    """(value, problem): problem is "vague" (两三) or "unreadable" (十十)."""
    try:
        return parse(numeral), None
    except VagueNumeral:
        return None, "vague"
    except ValueError:
        return None, "unreadable"


@dataclass
class _Number:
    """The number of a match: where it is written, how it reads, its measure word, and
    whether the run was re-read from a word boundary (then no before-qualifier counts)."""

    num_start: int
    num_end: int
    script: str
    value: float | None
    problem: str | None
    unit: Unit
    unit_end: int
    inner: str = ""
    word_cut: bool = False


def _candidate(match: regex.Match, text: str, tokens: Tokens) -> Candidate:
    pre = match.group("pre") or ""
    start = match.start("pre") if pre else None
    if _percent_group(match) is not None:
        number = _percent_number(match)
    else:
        number = _unit_number(match, text, tokens, pre)
    numeral = text[number.num_start : number.num_end]
    # A before-qualifier counts only as a word of its own (约 in 节约100元 does not).
    qualifier = None
    if pre and not number.word_cut and start in tokens.starts:
        qualifier = _qualifier_for(pre, "before", numeral)
    if qualifier is None:
        pre, start = "", None
    if qualifier is None and number.inner:
        qualifier = _qualifier_for(number.inner, "inner", numeral)
    post_qualifier, end = _after_qualifier(match, numeral, number.unit_end, tokens)
    if post_qualifier is not None:
        qualifier = qualifier or post_qualifier
    return Candidate(
        start=start if start is not None else number.num_start,
        end=end,
        num_start=number.num_start,
        num_end=number.num_end,
        numeral=numeral,
        script=number.script,
        value=number.value,
        unit=number.unit.unit,
        unit_written=number.unit.written,
        category=number.unit.category,
        unit_end=number.unit_end,
        qualifier=qualifier,
        pre=pre,
        problem=number.problem,
    )


# The candidate groups of a share written in words, each with the script its number is read in.
PERCENT_GROUP_SCRIPTS = {"pct": "percent_words", "cheng": "cheng", "half": "half", "frac": "fraction", "afrac": "arabic_fraction"}


def _percent_group(match: regex.Match) -> str | None:
    """The group of the share written in words that `match` read, or None for a measure word."""
    groups = match.re.groupindex
    return next((group for group in PERCENT_GROUP_SCRIPTS if group in groups and match.group(group) is not None), None)


def _percent_number(match: regex.Match) -> _Number:
    """A share written without a percent sign (百分之十五, 三成, 6成, 半数, 三分之一, 1/5): its own unit."""
    group = _percent_group(match)
    num_start, num_end = match.span(group)
    numeral = match.group(group)
    value, problem = _read(parse_percent, numeral)
    unit = Unit(numeral, "‰" if numeral.startswith("千分之") else "%", "percent", 0.0)
    return _Number(num_start, num_end, PERCENT_GROUP_SCRIPTS[group], value, problem, unit, num_end)


def _unit_number(match: regex.Match, text: str, tokens: Tokens, pre: str) -> _Number:
    """A number in Arabic digits or Chinese numerals before a measure word, scaled by a
    magnitude after 余/多 (20余万)."""
    unit, unit_end = _measure_word(match, tokens)
    inner = match.group("inner") or ""
    if match.group("arabic") is not None:
        num_end = match.end("magnitude") if match.group("magnitude") else match.end("arabic")
        value = parse_arabic(match.group("arabic"), match.group("magnitude"))
        number = _Number(match.start("arabic"), num_end, "arabic", value, None, unit, unit_end, inner)
    else:
        number = _chinese_number(match, text, tokens, pre, unit, unit_end, inner)
    if number.value is not None and match.group("scale"):
        number.value = scale(number.value, match.group("scale"))
    return number


def _measure_word(match: regex.Match, tokens: Tokens) -> tuple[Unit, int]:
    """The measure word matched, and where it ends; a longer measure word whose tail starts a
    dictionary word that runs on (1127个|人民调解委员会, 5个|人才驿站) is its head alone when that
    is a measure word too (个人 → 个), else it stays whole for the filters to judge (200家庭)."""
    written, end = match.group("unit"), match.end("unit")
    word = tokens.straddling(end)
    if word is not None and word in word_tags():  # a dictionary word, not an unknown join (两个|人合)
        cut = tokens.spans[tokens.index_at[end]][0] - match.start("unit")
        if 0 < cut < len(written) and written[:cut] in units():
            return units()[written[:cut]], match.start("unit") + cut
    return units()[written], end


def _chinese_number(match: regex.Match, text: str, tokens: Tokens, pre: str, unit: Unit, unit_end: int, inner: str) -> _Number:
    """A run of Chinese numerals. A run that starts inside a word (统一|两个) is re-read from
    the word boundary; a word made with the qualifier (上千|人次) is fine; a run with no
    boundary inside is part of a vague word (几百|支, 数十|家)."""
    num_start, num_end = match.span("chinese")
    joined_with_pre = bool(pre) and tokens.index_at[num_start] == tokens.index_at[match.start("pre")]
    word_cut, problem, value = False, None, None
    if num_start not in tokens.starts and not joined_with_pre:
        inside = [i for i in range(num_start + 1, num_end) if i in tokens.starts]
        if inside:
            num_start, word_cut = inside[0], True
        else:
            problem = "numeral_inside_word"
    if problem is None:
        value, problem = _read(parse_chinese, text[num_start:num_end])
    return _Number(num_start, num_end, "chinese", value, problem, unit, unit_end, inner, word_cut)


def _after_qualifier(match: regex.Match, numeral: str, unit_end: int, tokens: Tokens) -> tuple[str | None, int]:
    """The qualifier written after the measure word (3万人以上) and the candidate's end: the
    qualifier counts only as a word of its own."""
    post = match.group("post") or ""
    if post:
        post_qualifier = _qualifier_for(post, "after", numeral)
        if post_qualifier is not None and unit_end == match.start("post") and unit_end in tokens.starts:
            return post_qualifier, match.end("post")
    return None, unit_end


# --- filters ----------------------------------------------------------------------------


@dataclass
class FilterContext:
    """What the filters look at, built once per article."""

    text: str
    tokens: Tokens
    quoted: Coverage
    labels: Coverage
    names: Coverage


def reject_unreadable(c: Candidate, f: FilterContext) -> str | None:
    """1. No value: vague counts (两三次, 七八十人), numerals inside a word (几百|支), non-numerals."""
    return c.problem if c.problem is not None or c.value is None else None


def reject_quoted_label(c: Candidate, f: FilterContext) -> str | None:
    """2. A number inside a short quoted label: “六个一”, “163”, “六件实事”."""
    return "quoted_label" if f.quoted.inside(c.num_start, c.unit_end) else None


def reject_label_term(c: Candidate, f: FilterContext) -> str | None:
    """3. A number inside a numbered slogan from quantity_labels.txt (三个代表, 两个维护)."""
    return "label" if f.labels.touches(c.num_start, c.unit_end) else None


def reject_inside_name(c: Candidate, f: FilterContext) -> str | None:
    """4. A number inside a name an earlier extractor found (八棵杨社区, 第三社区)."""
    return "inside_name" if f.names.inside(c.num_start, c.unit_end, strict=True) else None


# Round 44: an opening bracket between a word and the figure it names (基础分（100分）): the word
# still reads on the figure. Example: （ in 基础分（100分）.
OPENING_BRACKETS = frozenset("（(")


def _before_ends(c: Candidate, f: FilterContext) -> tuple[int, ...]:
    """Where a word before the figure may end: right before it, or before an opening bracket."""
    if c.start > 0 and f.text[c.start - 1] in OPENING_BRACKETS:
        return (c.start, c.start - 1)
    return (c.start,)


def _after_starts(c: Candidate) -> tuple[int, ...]:
    """Where a word after the figure may start: right after the measure word, or after the
    qualifier that follows it (10积分以上|可以兑换)."""
    return (c.unit_end,) if c.end == c.unit_end else (c.unit_end, c.end)


def reject_non_context(c: Candidate, f: FilterContext) -> str | None:
    """5. Lexicon contexts: ordinal 第, rank 前, vague 几/数, time spans 个月, response times 小时内."""
    for rule in _non_contexts_for(c.unit_written):
        if rule.position == "before":
            if rule.reason == "vague" and c.script != "chinese":
                continue  # 数 before Arabic digits is a word end (人数20人), not 数十
            # the word must be a word of its own: 前 of 目前 and 数 of 人数 are not
            if any(f.text.endswith(rule.word, 0, at) and (at - len(rule.word)) in f.tokens.starts for at in _before_ends(c, f)):
                return rule.reason
        elif any(f.text.startswith(rule.word, at) for at in _after_starts(c)):
            return rule.reason
    return None


def reject_range(c: Candidate, f: FilterContext) -> str | None:
    """6. The second end of a range whose first end has no measure word (3至|5名: an estimate)
    or cannot be read (三至5人): no bound alone."""
    if c.range_from is not None:
        return "range"
    return "range" if RE_RANGE_BEFORE.search(f.text, max(0, c.start - 3), c.start) else None


def reject_formula(c: Candidate, f: FilterContext) -> str | None:
    """7. Part of a formula label (1+N, 1+1>2)."""
    before = f.text[c.start - 1] if c.start > 0 else ""
    after = f.text[c.end] if c.end < len(f.text) else ""
    return "formula" if RE_FORMULA_SIGN.fullmatch(before or " ") or RE_FORMULA_SIGN.fullmatch(after or " ") else None


def reject_bare_magnitude(c: Candidate, f: FilterContext) -> str | None:
    """8. 百/千/万 with no digit count only with a qualifier (上百次, 百余人); else a word (百家宴)."""
    if c.script == "chinese" and is_bare_magnitude(c.numeral) and c.qualifier is None:
        return "bare_magnitude"
    return None


def reject_lone_digit_word(c: Candidate, f: FilterContext) -> str | None:
    """9. A lone 二 or 零 is not how counts are written (二次供水, 零件): counts use 两 and 0."""
    return "digit_word" if c.script == "chinese" and c.numeral in ("二", "零", "〇") else None


# Round 45 (qty): a count of one that is an item of a list of counts tallies what a whole is made
# of (配备1名辅导员、1名教师和2名志愿者, 由1个服务中心、3个站点和11个歇脚处组成, 两个广场和一条步道):
# it is a count like its neighbours, not an article, a per-unit base or a post's holder. Tuning
# articles of three sets lost such ones. Example: 和 before 2名 in 1名教师和2名志愿者.
# What may stand between two items' figures: the items between (nouns and their figures in plain
# words), then the connector; no clause punctuation, quote or bracket (“四个一”（一段…、一个… is
# a label's gloss). Example: 带班老师、1名保育员和 between 1名 and 3名.
RE_COUNT_LIST_GAP = regex.compile(r"[\p{Han}\d、]*[、和及]")
# How far (characters) from the one the other figure of the list may stand.
LIST_REACH = 24
# The numerals that write one: a list of ones alone (一支牙膏、一块香皂) is still of articles.
ONE_NUMERALS = frozenset({"1", "一"})


def _listed_with_other_count(c: Candidate, text: str) -> bool:
    """`c` and another figure near it, not of one, are items of one list: the later item starts
    right after 、/和/及 and only items in plain words stand between."""
    start, end = max(0, c.start - LIST_REACH), min(len(text), c.end + LIST_REACH)
    for other in candidates_pattern(text).finditer(text, start, end):
        if other.start() == c.start or (other.group("arabic") or other.group("chinese")) in ONE_NUMERALS:
            continue
        gap_start, gap_end = (other.end(), c.start) if other.start() < c.start else (c.end, other.start())
        if RE_COUNT_LIST_GAP.fullmatch(text, gap_start, gap_end):
            return True
    return False


# A verb of posting staff right before a count of people (每栋设|1名楼栋长, 每网格配备|1名网格员): the
# post is filled once per unit, which the gold counts; 每 before it marks the unit, not a rate's base.
# Example: 设 in 每栋设1名.
RE_STAFFING_VERB_BEFORE = regex.compile(r"(?:设有?|设立|配备?了?|派驻|选派|聘请|安排)$")


def _per_unit_base(c: Candidate, text: str) -> bool:
    """Does 每/由 just before `c` make it the base of a rate (每完成1人) rather than a count?"""
    before = text[max(0, c.start - PER_UNIT_REACH) : c.start]
    if not RE_PER_WORD.search(before):
        return False
    return not (c.category == "people" and RE_STAFFING_VERB_BEFORE.search(before))


def reject_count_of_one(c: Candidate, f: FilterContext) -> str | None:
    """10. A count of one written 一 is the indefinite article (一个概念, 一支活跃的团体); an
    Arabic 1 is a count (限报1个项目, 派驻1名社工, 设站长1名) unless 每/由 makes it a per-unit base
    (每完成1人, 由1名社工) or it is what a merger or division makes (合并为1个服务站, 划分为1个大网格).
    Either is a count when it is an item of a list of counts (1名教师和2名志愿者, 三个小区和一条道路)."""
    if c.category not in COUNT_CATEGORIES or c.value != 1 or c.qualifier is not None:
        return None
    if c.script == "arabic" and not f.text.endswith(MERGED_INTO, 0, c.start) and not _per_unit_base(c, f.text):
        return None
    # the list is looked for only where the one would otherwise go: it re-reads the text around it
    return None if _listed_with_other_count(c, f.text) else "count_of_one"


def reject_below_minimum(c: Candidate, f: FilterContext) -> str | None:
    """11. Below the unit's minimum: hours under a day are time spans (两小时内, 1小时服务)."""
    minimum = units()[c.unit_written].min_value if c.unit_written in units() else 0.0
    return "below_minimum" if c.value is not None and c.value < minimum else None


def reject_inside_word(c: Candidate, f: FilterContext) -> str | None:
    """12. The measure word is the start of another word (200家庭, 60处置, 两位数, 三个代表).

    When the word begins at the measure word and its tail also starts a word with what
    follows (36名|单元长: 名单 or 单元?), the segmenter's choice is a coin toss and the
    count is kept.
    """
    word = f.tokens.straddling(c.unit_end)
    if word is None:
        return None
    tag = word_tags().get(word)
    if tag is None or tag.startswith("m") or tag == "q":
        return None  # unknown joins (元降) and numeral compounds (万余人次) are not words
    word_start = f.tokens.spans[f.tokens.index_at[c.unit_end]][0]
    unit_start = c.unit_end - len(c.unit_written)
    if word_start == unit_start and _starts_word(f.text, c.unit_end):
        return None
    return "inside_word"


def _starts_word(text: str, offset: int) -> bool:
    """Does a dictionary word of two or more characters start at `offset`?"""
    tags = word_tags()
    return any(text[offset : offset + size] in tags for size in (2, 3, 4) if offset + size <= len(text))


# Filter 12b: a Chinese digit (or 十) right before the numeral inside one word pairs two neighbouring
# numbers (三五成群, 七八成), a vague count. Example: 三 before 五 in 三五成群.
CUT_NUMERAL_DIGITS = frozenset(CN_DIGITS + "十")


def reject_cut_numeral(c: Candidate, f: FilterContext) -> str | None:
    """12b. The numeral is the tail of a longer numeral word the segmenter kept whole (三五成群,
    七八成): a pair of neighbouring digits is a vague count or part of an idiom, and the digit
    read alone counts nothing. A numeral at a word's start (统一|三个) is not cut."""
    if f.tokens.straddling(c.num_start) is None:
        return None
    return "cut_numeral" if f.text[c.num_start - 1] in CUT_NUMERAL_DIGITS else None


def reject_followed_by_numeral(c: Candidate, f: FilterContext) -> str | None:
    """13. A numeral token right after the measure word: a label or an address (六个一, 3栋2单元).
    Not an age or a school grade describing the people counted (120名70岁以上老人, 15名3-6年级
    的学生): the count stands (round 30)."""
    i = f.tokens.first_at_or_after(c.end)
    if i < len(f.tokens.spans) and f.tokens.spans[i][0] == c.end and RE_NUMERAL_TOKEN.fullmatch(f.tokens.word(i)):
        if c.category == "people" and RE_AGE_OF_COUNTED.match(f.text, c.end):
            return None
        following = candidates_pattern(f.text).match(f.text, c.end)
        if (following is not None and following.group("unit") and following.group("unit") != c.unit_written
                and following.end("unit") in f.tokens.ends):
            return None  # another figure follows (5102户13110人), not a label or an address (3栋2单|元)
        return "label_or_address"
    return None


def reject_enumeration_heading(c: Candidate, f: FilterContext) -> str | None:
    """14. A small count announcing a list (干了六件事：…, 就两条：第一…)."""
    if c.value is None or c.value > ENUMERATION_MAX or c.category not in COUNT_CATEGORIES:
        return None
    tail = f.text[c.end : c.end + ENUMERATION_REACH + 1]
    stop = RE_PUNCT.search(tail)
    return "enumeration" if stop is not None and stop.group()[0] in "：:" else None


def reject_category_count(c: Candidate, f: FilterContext) -> str | None:
    """15. A count of abstract categories, stages or parts (3个阶段, 5个类别, 4个方面, 三个环节)
    says how something is structured, not how many real things there are."""
    if c.category not in COUNT_CATEGORIES:
        return None
    i = f.tokens.first_at_or_after(c.end)
    if i < len(f.tokens.spans) and f.tokens.spans[i][0] == c.end and f.tokens.word(i) in category_nouns():
        return "category_count"
    return None


def reject_list_item(c: Candidate, f: FilterContext) -> str | None:
    """16. A Chinese numeral + measure word standing alone between list marks is a name in
    the list (涪城、三台、盐亭: 三台 is a county), not a count; so is one after an item ending in
    the same measure word (一类、二类、三类: grades, not kinds counted)."""
    if c.script != "chinese" or c.start == 0 or c.end >= len(f.text) or f.text[c.start - 1] != "、":
        return None
    if f.text[c.end] in "、，,等" or f.text.endswith(c.unit_written, 0, c.start - 1):
        return "list_item"
    return None


# Measure words of items in a rule, task or reform list (四项服务, 十条村规, 两条主线). Written in
# Chinese numerals they number the points of a scheme or sit in a lane's name (东四六条), not real
# things counted; reports write such counts of real items in digits (受理诉求12条, 完成8项工作).
CHINESE_ITEM_MEASURES = frozenset({"项", "条"})


def reject_chinese_item_count(c: Candidate, f: FilterContext) -> str | None:
    """16b. A Chinese numeral + 项/条 counts the points of a scheme, not real things, unless it is
    an item of a list of counts (三个小区和一条道路)."""
    if c.script == "chinese" and c.unit_written in CHINESE_ITEM_MEASURES and not _listed_with_other_count(c, f.text):
        return "chinese_item_count"
    return None


# Measure words that open place names after a Chinese numeral (八棵杨村, 三间房乡, 五棵松路, a
# community named after one), and the place endings that show such a name: one or two name
# characters, then the ending.
PLACE_NAME_UNITS = frozenset({"棵", "间"})
RE_PLACE_NAME_REST = regex.compile(r"\p{Han}{0,2}?[村庄乡镇路街桥站社区]")


def reject_place_name_numeral(c: Candidate, f: FilterContext) -> str | None:
    """16d. A bare Chinese numeral + 棵/间 followed by a place ending (八棵杨村, 三间房乡) is the
    start of a place name, not a count of trees or rooms."""
    if c.unit_written not in PLACE_NAME_UNITS or c.script != "chinese" or c.qualifier is not None:
        return None
    return "inside_name" if RE_PLACE_NAME_REST.match(f.text, c.unit_end) else None


# A magnitude inside an Arabic numeral (28万, 1.5亿): divisions are never counted in ten-thousands.
# Example: 万 in 28万.
RE_ARABIC_MAGNITUDE = regex.compile(ARABIC_MAGNITUDE_PATTERN)


def reject_division_in_words(c: Candidate, f: FilterContext) -> str | None:
    """16h (round 61 h7). A division word (units.tsv category divisions: 村, 区, 镇) after a Chinese numeral closes a
    place's name or a slogan (西二村, 延吉四村, 一村一警, “三区”计划); the divisions a county or a
    district counts are written in plain digits (全县5镇2乡, 全市11区, 5村1居). After a magnitude
    (28万|镇巴人民) or as the front of a longer word (170|居民) it opens a name or a noun."""
    if c.category != DIVISIONS:
        return None
    if c.script != "arabic" or RE_ARABIC_MAGNITUDE.search(c.numeral) or _opens_longer_word(f.text, c.unit_end - len(c.unit_written), c.unit_end):
        return "inside_name"
    return None


def _opens_longer_word(text: str, start: int, end: int) -> bool:
    """Does a dictionary word longer than text[start:end] start at `start` (居|民 of 居民)?"""
    tags = word_tags()
    return any(text[start : end + extra] in tags for extra in (1, 2, 3) if end + extra <= len(text))


def reject_few_kinds(c: Candidate, f: FilterContext) -> str | None:
    """16b. A few kinds written in Chinese numerals with no qualifier (两种方式, 三种不同类型的电梯)
    say how a thing is divided, like a count of categories (15); a stock counted in kinds keeps
    its digits or its qualifier (30多种商品, 十余种服务). Runs after 16, which names list items."""
    if c.category in COUNT_CATEGORIES and c.script == "chinese" and c.unit_written in KIND_UNITS and c.qualifier is None:
        return "category_count"
    return None


def reject_adverb_numeral(c: Candidate, f: FilterContext) -> str | None:
    """16e. An idiom of `adverb_numerals` right before a verb is an adverb (孩子们四处玩耍, 四面环水:
    'everywhere', 'on all sides'), not a count of places; before a noun it counts (四处闲置房屋).
    Round 51 (qty): three tuning articles of three sets, none in the gold."""
    if c.script != "chinese" or c.qualifier is not None or f.text[c.num_start : c.unit_end] not in adverb_numerals():
        return None
    i = f.tokens.first_at_or_after(c.unit_end)
    if i >= len(f.tokens.spans) or f.tokens.spans[i][0] != c.unit_end:
        return None
    return "adverb" if word_tags().get(f.tokens.word(i), "").startswith("v") else None


# Measure words that a bare Chinese numeral turns into a word (十分, 两头), not a count (filter 17).
WORD_NUMERAL_UNITS = frozenset({"分", "头"})


def reject_word_numeral(c: Candidate, f: FilterContext) -> str | None:
    """17. Points written with a bare Chinese numeral are a word (十分重要, 万分感谢), not a score;
    a score is written in digits or with 多/余 (得了一百多分). So is a bare Chinese numeral + 头
    (两头奔波, 生命的两头: both ends); a herd is counted in digits or with 多/余 (养了300多头)."""
    if c.unit_written in WORD_NUMERAL_UNITS and c.script == "chinese" and c.qualifier is None:
        return "word"
    return None


def reject_latin_word(c: Candidate, f: FilterContext) -> str | None:
    """18. A Latin measure word (m) followed by another letter is part of a word (5mm, 3ml)."""
    if c.unit_written.isascii() and c.unit_written.isalpha() and c.unit_end < len(f.text):
        return "inside_word" if f.text[c.unit_end].isascii() and f.text[c.unit_end].isalpha() else None
    return None


def reject_phase_number(c: Candidate, f: FilterContext) -> str | None:
    """19. 期 right after a noun numbers a phase (丽景苑四期, 二期工程 of an estate), not a count;
    a count of phases follows a verb or an adverb (连续实施三期, 分两期), and a qualified number
    counts whatever noun it follows (举办讲习班30余期): no estate has "more than 30" phases."""
    if c.unit_written != "期" or c.qualifier is not None:
        return None
    i = f.tokens.last_before(c.start)
    if i < 0 or f.tokens.spans[i][1] != c.start:
        return None
    word = f.tokens.word(i)
    return "phase_number" if _kind(word, word_tags()) == "noun" else None


def reject_frequency(c: Candidate, f: FilterContext) -> str | None:
    """20. A few times per week, month or day is a schedule, not a count of events held
    (每周两次, 每月组织两次以上, 每天3次): 每 + a short period earlier in the clause. A large
    number per period stays (每月接待群众300余次 counts visits)."""
    if c.category not in ACTION_CATEGORIES or c.value is None or c.value > FREQUENCY_MAX:
        return None
    clause = RE_PUNCT.split(f.text[max(0, c.start - FREQUENCY_REACH) : c.start])[-1]
    return "frequency" if RE_FREQUENCY.search(clause) else None


def reject_pair_reference(c: Candidate, f: FilterContext) -> str | None:
    """21. 两人/两家/两户 that no verb governs is the pair the story is about (租金两家均摊,
    两人逐一走访, 把两户聚在一起, 原本…的两人), a reference, not a count; as a verb's object it
    counts (来自两家医院, 走访两户困难家庭, 有两人). 两个 counting people of a family or a
    scene (供养两个孩子, 两个小姑娘结成姐妹) is such a pair even as an object (`PAIR_COUNTER`),
    and so are three of a family (抚养三个孙子: `FAMILY_COUNT_NUMERALS`); with 位 only where no
    verb governs it (`PAIR_POLITE_COUNTER`)."""
    if c.script != "chinese" or c.numeral not in FAMILY_COUNT_NUMERALS or c.qualifier is not None:
        return None
    if c.unit_written == PAIR_COUNTER:
        return "pair_reference" if _names_pair_people(c, f) else None
    if c.numeral not in PAIR_NUMERALS:
        return None
    if c.unit_written == PAIR_POLITE_COUNTER:
        return "pair_reference" if not _verb_governed(c, f) and _names_pair_people(c, f) else None
    if c.unit_written not in PAIR_UNITS or _verb_governed(c, f):
        return None
    return "pair_reference"


def _verb_governed(c: Candidate, f: FilterContext) -> bool:
    """Is the token right before the count a verb taking it as its object (走访|两户)?"""
    i = f.tokens.last_before(c.start)
    return i >= 0 and f.tokens.spans[i][1] == c.start and _memo_kind(f.tokens.word(i), word_tags()) == "verb"


def _names_pair_people(c: Candidate, f: FilterContext) -> bool:
    """The phrase 两个 counts holds a noun of `pair_people_heads` (孩子们, 小姑娘手拉手: the phrase
    read may run on into the predicate, so the noun need not end it), or one follows a short
    modifier closed by 的 (两个|年幼的|孙子)."""
    subject = subject_after(c, f.tokens)
    if subject is not None and any(head in subject for head in pair_people_heads()):
        return True
    modifier = RE_MODIFIER_DE.match(f.text, c.end)
    return modifier is not None and f.text.startswith(pair_people_heads(), modifier.end())


def reject_pointing_back(c: Candidate, f: FilterContext) -> str | None:
    """21b. A small count in Chinese numerals right after a word pointing back (这两部电梯,
    这五个角色, 上述三个基金) names things the article has already told of, counted or listed by
    name: the same things again, not a new count (round 44: four tuning articles of three sets, none
    in the gold). An Arabic figure there (这6名志愿者) is a stated figure: `drop_referring_back`
    drops it only when an earlier figure has its value and unit."""
    if c.script != "chinese" or c.value is None or c.value > ENUMERATION_MAX:
        return None
    return "pointing_back" if RE_POINTING_BACK.search(f.text, max(0, c.start - POINTING_REACH), c.start) else None


def reject_view_counter(c: Candidate, f: FilterContext) -> str | None:
    """22. A page's view counter (浏览0次, 点击：3120次, 阅读次数：64次): the label right before
    the number and the measure word 次: the page's furniture, no count of events."""
    if c.unit_written not in VIEW_COUNTER_UNITS:
        return None
    return "view_counter" if RE_VIEW_COUNTER_BEFORE.search(f.text, max(0, c.start - 6), c.start) else None


def reject_formula_gloss(c: Candidate, f: FilterContext) -> str | None:
    """23. A count that glosses a term of a numbered formula label written before it in the
    sentence (建立“1+5+N”架构，即成立1个党委、5个支部; “1”即1名网格长): its value is one of the
    label's numbers and 即 opens the gloss. A count with no 即 after the label (按“1+2+N”模式配备
    2名社工) is a count of what is staffed and stays, and so does the total of a list closed by
    等 (即提供A、B等8项服务)."""
    if c.category not in COUNT_CATEGORIES or c.value is None:
        return None
    if f.text.endswith(LIST_CLOSER, 0, c.start):
        return None  # 提供A、B等8项服务: the total of a list written out, a count of real things
    window = f.text[max(0, c.start - FORMULA_GLOSS_REACH) : c.start]
    ends = list(RE_SENTENCE_END.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    labels = list(RE_FORMULA_LABEL.finditer(window))
    if not labels:
        return None
    label = labels[-1]
    if not RE_GLOSS_WORD.search(window, label.end()):
        return None
    terms = {float(term) for term in RE_DIGIT_RUN.findall(label.group())}
    return "formula_gloss" if c.value in terms else None


# Round 34: measure words of buildings. A building's number is written like a count of buildings:
# after a street (西路36栋, 东街12栋), a phase of an estate (二期7栋) or a preposition of place (在6栋)
# it names the building, where a count follows a verb or its noun (共有19栋楼, 住宅11幢).
# Seen in tuning articles of three sets and a bulk page. Example: 栋 of 东街12栋.
BUILDING_UNITS = frozenset({"栋", "幢"})
# Prepositions of place right before a building number (not 到/至, which also close a verb of
# change: 增加到30栋). Example: 在 of 在6栋.
PLACE_PREPOSITIONS = frozenset({"在", "住", "于"})
# The phase of an estate right before a building number. Example: 二期 before 7栋.
RE_ESTATE_PHASE = regex.compile(r"[一二三四五六七八九十\d]期$")
# Round 56 (h7): an estate, a community or a lettered block right before a building number (某小区
# 9栋的业主, 某社区7栋的活动室, A区12栋门前) gives an address; its count of buildings names the
# buildings next (社区103栋楼, 小区20幢建筑). Example: 社区 before 9栋.
RE_ESTATE_BEFORE = regex.compile(r"(?:社区|小区|区|苑|园)$")
# What a count of buildings names right after its measure word, within a short modifier (栋楼,
# 栋老旧住宅, 幢危房). Example: 居民楼 after 64栋.
RE_BUILDING_NOUN_AFTER = regex.compile(r"\p{Han}{0,3}?(?:楼|房|屋|建筑|住宅|宿舍|公寓|别墅|大厦)")
# Round 56: a verb of residing that jieba keeps as one word (家住, 居住) says where someone lives,
# like 住 alone, so the number after it is their building's (入住 is left out: moving into three
# buildings is a count). Example: 家住 before 4幢.
RE_RESIDING_VERB = regex.compile(r"[家居]住")


@lru_cache(maxsize=1)
def road_endings() -> tuple[str, ...]:
    """`lexicons/place_road_endings.txt`: endings of street names (路, 街, 巷), longest first."""
    return tuple(sorted(read_terms("place_road_endings.txt"), key=len, reverse=True))


def reject_building_number(c: Candidate, f: FilterContext) -> str | None:
    """24. A building's number, not a count of buildings: 栋/幢 right after a street name (友谊
    东街12栋), an estate's phase (二期3幢), a preposition or verb of place (在6栋, 住6栋, 家住6栋) or an
    estate or community with no building noun after the number (某小区9栋的业主); a count of
    buildings follows a verb or the buildings' noun, or names them (共有19栋楼, 居民楼40栋, 社区103栋楼)."""
    if c.unit_written not in BUILDING_UNITS or c.qualifier is not None:
        return None
    i = f.tokens.last_before(c.start)
    if i < 0 or f.tokens.spans[i][1] != c.start:
        return None
    word = f.tokens.word(i)
    if word in PLACE_PREPOSITIONS or RE_ESTATE_PHASE.search(word) or RE_RESIDING_VERB.fullmatch(word):
        return "address"
    if len(word) > 1 and word.endswith(road_endings()):
        return "address"
    if RE_ESTATE_BEFORE.search(f.text, max(0, c.start - 2), c.start) and not RE_BUILDING_NOUN_AFTER.match(f.text, c.end):
        return "address"
    return None


# Round 36: a village's numbered group (某村4组, 某村四组, 该村1组, 4组和19组, 1、2、7组) is the name of a
# villagers' group, not a count of groups. Tuning articles of two sets and a bulk page.
# Example: 4组和 before 19组.
VILLAGE_GROUP_UNITS = frozenset({"组"})
# A rural community numbers its villagers' groups as a village does (某社区2组的残疾人, round 56 h7).
RE_VILLAGE_BEFORE = regex.compile(r"(?:村|社区)$")
RE_GROUP_LIST_BEFORE = regex.compile(rf"村(?:[\d{CN_DIGITS}十]+组?[、和及与])+$")


def reject_village_group(c: Candidate, f: FilterContext) -> str | None:
    """25. A village's numbered group written right after the village (某村4组, 某村4组和19组) or
    after a preposition of place (在三组: where someone is, round 55)."""
    if c.unit_written not in VILLAGE_GROUP_UNITS or c.qualifier is not None:
        return None
    before = f.text[max(0, c.start - 24) : c.start]
    if RE_VILLAGE_BEFORE.search(before) or RE_GROUP_LIST_BEFORE.search(before):
        return "village group"
    i = f.tokens.last_before(c.start)
    if i >= 0 and f.tokens.spans[i][1] == c.start and f.tokens.word(i) in PLACE_PREPOSITIONS:
        return "village group"
    return None


# What stands right before a slash fraction that is a share of a whole (约占全市的|1/5, 占比|1/3,
# 占到|2/3). Example match: 的 in 约占全省的.
RE_SHARE_FRAME_BEFORE = regex.compile(r"(?:的|占|占比|占到)$")


def reject_unframed_slash_fraction(c: Candidate, f: FilterContext) -> str | None:
    """16f (round 53 h4b). An Arabic fraction (1/5) is a share only after 的 or 占 (约占全省的1/5); elsewhere
    a slash between digits marks a round, a page or part of a date (1/4决赛, 第1/3页)."""
    if c.script != "arabic_fraction" or RE_SHARE_FRAME_BEFORE.search(f.text, 0, c.num_start):
        return None
    return "slash_not_share"


# What an Arabic digit before 成 runs on from when it is the end of another number (16成, 2.6成,
# 1/6成, a web address's %6成): filter 16g. Example match: 1 in 16成.
RE_DIGIT_RUN_BEFORE = regex.compile(r"[\d.A-Za-z%％/]$")


def reject_digit_run_cheng(c: Candidate, f: FilterContext) -> str | None:
    """16g (round 53 h4b). An Arabic tenths figure (超6成) is a share only as a number of its own; a
    digit run on from another number, a point, a letter or a slash (16成, 2.6成) is that number's end.
    (A lookbehind in the candidate regex did this, at eight times the scanning cost.)"""
    if c.script != "cheng" or not c.numeral[:1].isdigit() or not RE_DIGIT_RUN_BEFORE.search(f.text, 0, c.num_start):
        return None
    return "digit_run_cheng"


# Round 55 (p2): a session's number after its term's (某委十二届|六次全会): 届 numbers the term, so
# the 次 after it is which plenary of that term, an ordinal. Example: 十二届 before 六次.
SESSION_UNITS = frozenset({"次"})
RE_TERM_BEFORE = regex.compile(rf"[\d{CN_DIGITS}十]+届$")


def reject_session_ordinal(c: Candidate, f: FilterContext) -> str | None:
    """26. A plenary session's number after the term's (十二届六次全会): which session, not how many."""
    if c.unit_written not in SESSION_UNITS or c.qualifier is not None:
        return None
    return "session_ordinal" if RE_TERM_BEFORE.search(f.text, max(0, c.start - 6), c.start) else None


# Round 55 (p2): a building number that opens a clause and is followed by 的 (，6栋的网格员说…) names
# whose building it is; a count of buildings follows a verb or a noun (改造了6栋的外墙, 居民楼6栋).
# Example: the full stop before 6栋的.
RE_CLAUSE_OPENING_BEFORE = regex.compile(r"(?:^|[\p{P}\s])$")


def reject_building_of_owner(c: Candidate, f: FilterContext) -> str | None:
    """27. A building's number that opens a clause and owns what follows it (。6栋的楼长…)."""
    if c.unit_written not in BUILDING_UNITS or c.qualifier is not None or not f.text.startswith("的", c.end):
        return None
    return "building_owner" if RE_CLAUSE_OPENING_BEFORE.search(f.text, max(0, c.start - 1), c.start) else None


# Round 55 (p2): 口 right after a verb and closing the clause counts bites or sips (吃|两口。, 尝|一口，),
# not people or wells, which have their noun after (三口井) or a household before (一家五口).
# Example: the comma after 两口 in 喝两口，.
RE_CLAUSE_CLOSE_AFTER = regex.compile(r"[\p{P}\s]|$")
MOUTHFUL_UNITS = frozenset({"口"})


def reject_mouthful(c: Candidate, f: FilterContext) -> str | None:
    """28. A verbal 口 (吃两口): a bite of something, no count of a thing."""
    if c.unit_written not in MOUTHFUL_UNITS or c.qualifier is not None or not RE_CLAUSE_CLOSE_AFTER.match(f.text, c.end):
        return None
    i = f.tokens.last_before(c.start)
    if i < 0 or f.tokens.spans[i][1] != c.start:
        return None
    word = f.tokens.word(i)
    # a verbal noun (对付, vn) still takes the bites here: nothing after the figure is its object
    if is_link(word) or not word_tags().get(word, "").startswith("v"):
        return None
    return "mouthful"


# Round 55 (p2): a length how far someone went (滚了|两米多远, 走了|一公里远): a verb with 了 before
# it and 远 after it make it the way moved, no measure of a thing; a place's distance has no such
# verb (距车站|50米远). Examples: 跑了 before and 多远 after 三米.
RE_MOVED_BEFORE = regex.compile(r"\p{Han}了$")
RE_FAR_AFTER = regex.compile(r"多?远")


def reject_distance_moved(c: Candidate, f: FilterContext) -> str | None:
    """29. A distance travelled (跑了三米多远): how far, not the length of anything."""
    if c.category != "length" or not RE_FAR_AFTER.match(f.text, c.end):
        return None
    if not RE_MOVED_BEFORE.search(f.text, max(0, c.start - 2), c.start):
        return None
    i = f.tokens.last_before(c.start - 1)
    if i < 0 or f.tokens.spans[i][1] != c.start - 1:
        return None
    return "distance_moved" if word_tags().get(f.tokens.word(i), "").startswith("v") else None


# Round 59 (h7): floors are a count only as the size of a venue, told with a total word right before the
# figure (共两层, 一共四层楼, 有上下两层, 共有3层); a floor someone lives on or a block's height (住在6层,
# 一栋6层居民楼, 爬个五六层楼) counts nothing. Example: 共有 before 两层.
FLOOR_UNIT = "层"
RE_FLOOR_TOTAL_BEFORE = regex.compile(r"(?:共|上下)有?$")
FLOOR_TOTAL_REACH = 3  # characters before the figure the total word is looked for in


@lru_cache(maxsize=1)
def floor_units() -> frozenset[str]:
    """The written forms of units.tsv that count floors (层, 层楼)."""
    return frozenset(written for written, unit in units().items() if unit.unit == FLOOR_UNIT)


def reject_floor_not_size(c: Candidate, f: FilterContext) -> str | None:
    """30. Floors with no total word before them (住在6层): a position or a height, no count."""
    if c.unit_written not in floor_units():
        return None
    return None if RE_FLOOR_TOTAL_BEFORE.search(f.text, max(0, c.start - FLOOR_TOTAL_REACH), c.start) else "floor_not_size"


# The filters, in the order they run; the first that fires names the rejection.
FILTERS: tuple[Callable[[Candidate, FilterContext], str | None], ...] = (
    reject_unreadable,
    reject_quoted_label,
    reject_label_term,
    reject_inside_name,
    reject_non_context,
    reject_range,
    reject_formula,
    reject_bare_magnitude,
    reject_lone_digit_word,
    reject_count_of_one,
    reject_below_minimum,
    reject_inside_word,
    reject_cut_numeral,
    reject_followed_by_numeral,
    reject_enumeration_heading,
    reject_category_count,
    reject_list_item,
    reject_chinese_item_count,
    reject_place_name_numeral,
    reject_division_in_words,
    reject_few_kinds,
    reject_adverb_numeral,
    reject_unframed_slash_fraction,
    reject_digit_run_cheng,
    reject_word_numeral,
    reject_latin_word,
    reject_phase_number,
    reject_frequency,
    reject_pair_reference,
    reject_pointing_back,
    reject_view_counter,
    reject_formula_gloss,
    reject_building_number,
    reject_village_group,
    reject_session_ordinal,
    reject_building_of_owner,
    reject_mouthful,
    reject_distance_moved,
    reject_floor_not_size,
)


def rejection(c: Candidate, f: FilterContext) -> str | None:
    """The reason the first filter gives for dropping `c`, or None to keep it."""
    for check in FILTERS:
        reason = check(c, f)
        if reason is not None:
            return reason
    return None


# --- subject ------------------------------------------------------------------------------


def _pieces_after(offset: int, tokens: Tokens, tags: dict[str, str]) -> list[tuple[str, str]]:
    """(word, kind) from `offset` on, starting with the rest of a token cut by `offset` (个|村)."""
    pieces = []
    i = tokens.first_at_or_after(offset)
    if offset < len(tokens.text) and offset not in tokens.starts:
        rest_end = tokens.spans[i - 1][1] if i > 0 else offset
        if rest_end > offset:
            rest = tokens.text[offset:rest_end]
            pieces.append((rest, _memo_kind(rest, tags)))
    while i < len(tokens.spans) and len(pieces) < SUBJECT_MAX_TOKENS + 2:
        word = tokens.word(i)
        pieces.append((word, _memo_kind(word, tags)))
        i += 1
    return _compound_verbs(_noun_heads(pieces))


def _pieces_before(offset: int, tokens: Tokens, tags: dict[str, str]) -> list[tuple[str, str]]:
    """(word, kind) before `offset`, nearest first, after skipping link words (达, 有, 共计)."""
    i = tokens.last_before(offset)
    skipped = 0
    while i >= 0 and is_link(tokens.word(i)) and skipped < LINK_SKIP_MAX:
        i -= 1
        skipped += 1
    words = [tokens.word(j) for j in range(max(0, i - SUBJECT_MAX_TOKENS - 1), i + 1)]
    pieces = [(w, _memo_kind(w, tags)) for w in words]
    if words and len(words[-1]) >= 2 and tags.get(words[-1]) is None:
        tail = words[-1][1:]
        linking = tail in LINK_TAIL_CHARS or len(tail) > 1 and tail in link_words()
        if RE_ADVERB_LINK_UNKNOWN.match(words[-1]) and (linking or tail in LINK_TAIL_CHARS_MORE):
            pieces.pop()  # 居民|竟达|…: an adverb and a link word, no part of the noun
        elif linking or len(words[-1]) == 2 and tail in LINK_TAIL_CHARS_MORE:
            pieces[-1] = (words[-1][0], "noun")  # 成立|率达, 持证|率高达, 调解|率为 → 率: the link word is no part of the noun
    return list(reversed(_compound_verbs(_noun_heads(_share_nouns(pieces)))))


# Round 40: jieba joins 比 with the link word after it into one word (占|比达, tagged a
# person's name), so the share lost its noun and the figure its subject. Tuning pool and bulk:
# five articles (占比达, 占比超, 占比近). Example: 比达 of 党员占比达78%.
SHARE_LINKED = frozenset("比" + tail for tail in LINK_TAIL_CHARS | {"为", "近", "约"})


def _share_nouns(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """占|比 is one noun, a share (党员占比为31%); jieba splits it into a verb and a preposition,
    or a verb and 比 joined with the link word (占|比达): the link word is no part of the noun."""
    out: list[tuple[str, str]] = []
    for word, kind in pieces:
        if (word == "比" or word in SHARE_LINKED) and out and out[-1][0] == "占":
            out[-1] = ("占比", "noun")
        else:
            out.append((word, kind))
    return out


def _noun_heads(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A one-character head jieba tags a measure word (`noun_heads`) closes the noun or verb
    before it (服务|类, 分红|款, 宣传单|页): it is a noun, and `_compound_verbs` then makes the
    verb before it part of the noun."""
    out = list(pieces)
    for k in range(1, len(out)):
        word, kind = out[k]
        if kind != "noun" and word in noun_heads() and out[k - 1][1] in ("noun", "verb"):
            out[k] = (word, "noun")
    return out


def _compound_verbs(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A verb followed by a one-character noun suffix is one noun (快递|员, 调解|员)."""
    out = list(pieces)
    for k in range(len(out) - 1):
        (word, kind), (nxt, nxt_kind) = out[k], out[k + 1]
        if kind == "verb" and (nxt_kind == "noun" and len(nxt) == 1 and nxt not in VERB_COMPLEMENTS
                               or nxt in VERB_TAGGED_NOUN_SUFFIXES):
            out[k] = (word, "noun")
            out[k + 1] = (nxt, "noun")  # 化解|率: jieba tags 率 a verb
    return out


def _phrase(words: list[str]) -> str | None:
    phrase = strip_quotes("".join(words))
    return phrase or None


def subject_after(c: Candidate, tokens: Tokens) -> str | None:
    """`_subject_after(c, tokens)`, worked out once per candidate of the article (it depends
    on nothing else: the candidate's fields, the tokens and the fixed lexicons)."""
    memo = tokens.subjects_after
    if c in memo:
        return memo[c]
    found = memo[c] = _subject_after(c, tokens)
    return found


def _subject_after(c: Candidate, tokens: Tokens) -> str | None:
    """The noun phrase right after the measure word (14家社会组织 → 社会组织).

    Opening quotes, a leading 的, a demonstrative (30个这样的爱心驿站) and a leading locative
    (8家辖区内共建单位) are skipped; a verb or a later 的 ends the phrase (a verb at its start
    is the predicate: 200余人|宣讲防诈知识), except after a classifier, whose noun must follow
    (15个调解|工作站, 3支巡逻|小队), a people classifier before a person noun (15名|返乡|大学生)
    and a leading 的 (120人次的|陪读服务); after a classifier a short clause opened by a verb and
    closed by 的 is skipped (5个|存在隐患的|小区); 及/和 may join two parts (12户空巢及失能老人);
    an adverbial noun ends it (300家商户|全面加入), and so does a ceremony or act of taking part
    that jieba tags a noun (6支志愿服务队|授旗, 12支代表队|参赛: `quantity_event_nouns.txt`).
    """
    age = RE_AGE_OF_COUNTED.match(tokens.text, c.end) if c.category == "people" else None
    pieces = _pieces_after(age.end() if age else c.end, tokens, word_tags())  # 120名|70岁以上|老人
    classifier = c.category in CLASSIFIER_CATEGORIES or c.unit_written in CLASSIFIER_UNITS
    person = c.unit_written in PERSON_CLASSIFIER_UNITS
    taken: list[tuple[str, str]] = []
    bodies = c.category == "organizations" and c.unit_written not in TEAM_UNITS
    k = _modifier_clause(pieces, person, organizations=bodies) if classifier or person else 0
    listed = _modifier_list(pieces, k) or _quoted_modifier(pieces, k)
    if listed:
        return _phrase(listed)
    if c.category == "items" and _closing_verb(pieces, k):
        return pieces[k][0]  # 200余件|投诉。, 10余条|诉求，: a classifier counts the verb as a thing
    if c.category == "people" and _closing_predicate(pieces, k):
        return None  # 职工约250人|齐聚一堂，: what the people did, not who they are
    after_de = False
    while k < len(pieces):
        word = pieces[k][0]
        skipped = 0 if taken else _skipped_before_subject(pieces, k)
        if skipped:
            after_de = after_de or pieces[k][1] == "de"
            k += skipped
            continue
        if not taken and word in LIKENESS_OPENERS:
            break  # 名|像张三…: the one the counted are like is not what is counted
        if person and pieces[k][1] == "verb" and len(word) > 1 and word.endswith(VERB_TAGGED_PERSON_ENDS):
            taken.append((word, "noun"))  # 18名|决赛|选手
            k += 1
            continue
        if person and not taken and pieces[k][1] == "verb" and _person_head(pieces, k + 1, kinds=("noun", "verb", "adj")):
            taken.append((word, "noun"))  # 6位|退休|老|教师: a verb before an adjective and a person noun describes them
            k += 1
            continue
        quoted = _quoted_nouns(pieces, k) if len(taken) == 1 and taken[0][1] == "adj" else []
        if quoted:
            taken.extend(quoted)  # 8名优秀|“网格员”: a quoted noun after the adjective opening the phrase is its head
            k += len(quoted) + 2
            continue
        if person and word == "长" and taken and taken[-1][1] == "noun":
            taken.append((word, "noun"))  # 楼道|长, 单元|长: a head of the unit named before
            k += 1
            continue
        inside = _bracketed(pieces, k) if word in "（(" and taken else []
        if inside:
            taken.extend(inside)  # 村（社区）工作人员: the bracket is part of the noun
            k += len(inside)
            continue
        # after 的 a verb with its noun is a kind of service (120人次的|陪读服务)
        modifies = classifier or after_de or person and _person_noun_follows(pieces, k)
        kind = _kind_in_subject(pieces, k, taken, modifies)
        if (c.category == "people" and kind == "noun" and _after_person_noun(taken) and not _lone_character(taken)
                and not word.endswith(PERSON_FOLLOWER_ENDS)
                and not _person_head(pieces, k + 1, kinds=("noun",), ends=PERSON_FOLLOWER_ENDS)):
            break  # 20名志愿者|身穿…: after a noun for people a word that names none is the predicate
        if (kind in ("stop", "other", "verb", "de") or word in adverbial_words() or is_average_word(word)
                or is_average_measure(word)
                or len(taken) >= SUBJECT_MAX_TOKENS):
            break  # 的 after the counted noun starts its owner's phrase (3个小区|的居民)
        if taken and word in event_nouns():
            break  # 6支志愿服务队|授旗: a ceremony jieba tags a noun, after the counted noun, is the predicate
        if _actor_predicate(pieces, k, taken):
            break  # 14个合伙人|经营|9家…: what the actors counted do closes the phrase
        if taken and _set_phrase_predicate(word):
            break  # 10多个咨询点|一字排开: how the things counted stand, not what they are
        if taken and _verb_and_complement(word):
            break  # 6个楼门|装上: the verb with its directional complement, whatever jieba tags it
        noun_part = _noun_before_glued_verb(pieces, k) if taken else None
        if noun_part:
            taken.append((noun_part, "noun"))  # 4个单元|门装|上: the verb jieba glued to the noun
            break
        taken.append((word, kind))
        k += 1
    while taken and taken[-1][1] != "noun":
        taken.pop()
    if taken and taken[-1][0] in LOCATIVES:
        taken.pop()  # 3个时段|内, 五桌|内: the locative says within what, the noun before it is counted
    if c.category == "organizations":
        taken = _without_people_of_units(taken)
    return _phrase([w for w, _ in taken])


def _set_phrase_predicate(word: str) -> bool:
    """Is `word` a four-character set phrase that ends in a verb not opened by a noun (一字|排开)?
    jieba tags such phrases l or i, read as nouns; after the counted noun they are its predicate.
    One opened by a noun names a kind of work (人民|调解) and stays in the phrase."""
    tags = word_tags()
    return (len(word) == 4 and tags.get(word) in ("l", "i")
            and tags.get(word[2:]) in ONLY_VERB_TAGS
            and not (tags.get(word[:2]) or "").startswith("n"))


def _verb_and_complement(word: str) -> bool:
    """Is `word` a one-character verb and its directional complement (装|上, 摆|出)?"""
    return (len(word) == 2 and word[1] in DIRECTIONAL_COMPLEMENTS
            and word_tags().get(word[0]) in ONLY_VERB_TAGS)


def _noun_before_glued_verb(pieces: list[tuple[str, str]], k: int) -> str | None:
    """The noun character of an unknown join at `k` that jieba glued to the one-character verb
    of a verb and its directional complement (门装|上 → 门), else None."""
    word = pieces[k][0]
    if len(word) != 2 or k + 1 >= len(pieces) or pieces[k + 1][0] not in DIRECTIONAL_COMPLEMENTS:
        return None
    tags = word_tags()
    if word in tags or tags.get(word[1]) not in ONLY_VERB_TAGS:
        return None
    return word[0] if _memo_kind(word[0], tags) == "noun" else None


@lru_cache(maxsize=1)
def _role_ends() -> tuple[str, ...]:
    """The roles of `person_roles` long enough to close a longer noun for people (党员|干部 → 党员干部)."""
    return tuple(role for role in person_roles() if len(role) > 1)


def _ends_in_people(word: str) -> bool:
    """Does `word` name people, itself or by the role that closes it (党员干部, 法律顾问)?"""
    return _names_people(word) or word.endswith(_role_ends())


def _without_people_of_units(taken: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The phrase a measure word of organizations counts, without the people of those units that
    close it (6家律师事务所|负责人, 10个社区|代表, 9个党支部|党员|干部, 5家企业|代表: the bodies are
    counted, the people are who stood for them). Kept whole when no noun for a body stays before
    the people (3个|孩子, 12支|党员|志愿者: teams are named by their members)."""
    end = len(taken)
    while end > 0 and _ends_in_people(taken[end - 1][0]):
        end -= 1
    if end == len(taken) or end == 0 or taken[end - 1][1] != "noun" or not taken[end - 1][0].endswith(BODY_NOUN_ENDS):
        return taken
    return taken[:end]


def _modifier_clause(pieces: list[tuple[str, str]], person: bool = False, *, organizations: bool = False) -> int:
    """How many pieces a clause opened by a verb or adjective and closed by 的 takes right after
    the number (5个|存在|隐患|的|小区, 10名|来自|高校|的|志愿者), or a noun with its adjective
    (12家|信誉|良好|的|商户), or 0. A clause opened by a noun and a verb may say who did it
    (3个|社区|开展|的|活动: the communities are counted), so it stays, unless a people
    classifier counts the person noun after 的 (6位|青春|飞扬|的|师范|学生). Adverbs, idioms and
    而/又 may stand in the clause (60件|随时|可取|的|工具, 12名|能干|而|又|热心|的|党员), and
    the noun after 的 may open with a quote (随时|可取|的|“|工具). Round 56: a measure word of
    organizations counts no people, so before a noun for people (37家|全国|主流|媒体|的|记者) the
    clause holds what is counted and stays."""
    if not pieces:
        return 0
    tags = word_tags()
    noun_with_adjective = len(pieces) > 1 and pieces[0][1] == "noun" and pieces[1][1] == "adj"  # 信誉|良好|的|商户
    describing = pieces[0][1] in ("verb", "adj") and pieces[0][0] not in light_verbs() or tags.get(pieces[0][0]) in CLAUSE_OPENER_TAGS
    if not (noun_with_adjective or describing or person and pieces[0][1] == "noun"):
        return 0
    for k, (word, kind) in enumerate(pieces[: MODIFIER_CLAUSE_MAX + 1]):
        if kind == "de":
            head = k + 1 + (k + 1 < len(pieces) and pieces[k + 1][0] in "“‘「")
            counts_person = person and _person_head(pieces, head)  # …的|退休|教师, …的|师范|学生
            if head >= len(pieces) or pieces[head][1] != "noun" and not counts_person:
                return 0
            if not (noun_with_adjective or describing or counts_person):
                return 0  # 3个|社区|开展|的|活动: a noun-led clause stays unless a person is counted after it
            if organizations and head < len(pieces) and _names_people(pieces[head][0]):
                return 0  # 家|…媒体|的|总编: the people belong to the organizations counted
            return k + 1
        if kind not in ("verb", "adj", "noun") and tags.get(word) not in CLAUSE_OPENER_TAGS and word not in CLAUSE_JOINERS:
            return 0
    return 0


@lru_cache(maxsize=1)
def person_roles() -> frozenset[str]:
    """`lexicons/person_roles.txt`: job titles and roles (总编辑, 主任, 记者)."""
    return frozenset(read_terms("person_roles.txt"))


def _names_people(word: str) -> bool:
    """Is `word` a noun for people (志愿者, 居民) or a job title or role (总编, 社长)?"""
    return word.endswith(PERSON_NOUN_ENDS) or word in person_roles()


def _modifier_list(pieces: list[tuple[str, str]], k: int) -> list[str]:
    """The words of short modifiers joined by 、 before one noun, from piece `k` (156名|独居、高龄、
    空巢|老人, 83户|孤寡、残疾、低保|家庭), or [] when no such list starts there: the list ends
    with a modifier and the noun it shares, or with the noun alone (…、空巢老人); what follows
    that noun ends it."""
    words: list[str] = []
    j = k
    while j + 1 < len(pieces) and pieces[j + 1][0] == "、" and pieces[j][1] in LIST_ITEM_KINDS and len(pieces[j][0]) <= LIST_ITEM_MAX:
        words += [pieces[j][0], "、"]
        j += 2
    if not words or j + 1 >= len(pieces):
        return []
    (last, kind), (head, head_kind) = pieces[j], pieces[j + 1]
    if kind in LIST_ITEM_KINDS and len(last) <= LIST_ITEM_MAX and head_kind == "noun" and head not in adverbial_words():
        if _figure_at(pieces, j + 2):
            return []  # 12栋住宅楼、|常住|居民|3100人: the last item is the next figure's noun
        return words + [last, head]
    if kind == "noun" and last not in adverbial_words():
        if _figure_at(pieces, j + 1):
            return []  # 48栋居民楼、|常住人口|6801人: the last item is the next figure's noun
        return words + [last]  # 独居、高龄、|空巢老人: the last item is the noun itself
    return []


def _figure_at(pieces: list[tuple[str, str]], k: int) -> bool:
    """Does a number stand at piece `k` (…、常住人口|6801|人)?"""
    return k < len(pieces) and RE_DIGIT.match(pieces[k][0]) is not None


def _closing_verb(pieces: list[tuple[str, str]], k: int) -> bool:
    """Is piece `k` a two-character verb (not a light one) that closes the phrase: punctuation or
    the text's end after it (件|投诉|。, 条|诉求|，)?"""
    if k >= len(pieces):
        return False
    word, kind = pieces[k]
    closed = k + 1 == len(pieces) or pieces[k + 1][1] == "stop" and RE_PUNCT.fullmatch(pieces[k + 1][0]) is not None
    return kind == "verb" and len(word) == 2 and word not in light_verbs() and closed


def _closing_predicate(pieces: list[tuple[str, str]], k: int) -> bool:
    """Is piece `k` a word read as a noun but tagged a predicate (`ACTOR_PREDICATE_TAGS`: 齐聚一堂,
    欢聚一堂), no activity head, alone before punctuation or the text's end (人|齐聚一堂|，)?"""
    if k >= len(pieces) or pieces[k][0] in ACTIVITY_HEADS or word_tags().get(pieces[k][0]) not in ACTOR_PREDICATE_TAGS:
        return False
    if pieces[k][0].endswith(PERSON_NOUN_ENDS):
        return False  # 92位|退役军人|，: a fixed phrase for people is who is counted (round 36)
    return k + 1 == len(pieces) or pieces[k + 1][1] == "stop" and RE_PUNCT.fullmatch(pieces[k + 1][0]) is not None


def _quoted_modifier(pieces: list[tuple[str, str]], k: int) -> list[str]:
    """The words of a short quote right after the number with the noun it names or describes
    (164个|“希望家园”|办学点, 18项|“…”|项目清单, 20个|“小而精”的|公益项目): the quote closes
    within QUOTE_MODIFIER_MAX pieces and a noun follows, right after it or after 的; [] else."""
    if k >= len(pieces) or pieces[k][0] not in "“‘「":
        return []
    for end in range(k + 1, min(k + QUOTE_MODIFIER_MAX + 2, len(pieces))):
        word, kind = pieces[end]
        if word in "”’」":
            break
        if kind == "stop" and not RE_HAN_WORD.search(word) and word not in "·・":
            return []  # punctuation inside: a quoted saying, not a name
    else:
        return []
    head = end + 1 + (end + 1 < len(pieces) and pieces[end + 1][1] == "de")
    nouns = head
    while nouns < len(pieces) and nouns - head < QUOTE_HEAD_MAX and pieces[nouns][1] == "noun" and pieces[nouns][0] not in adverbial_words():
        nouns += 1
    if nouns == head:
        return []
    if nouns < len(pieces) and nouns - head < QUOTE_HEAD_MAX and pieces[nouns][1] == "adj" and (nouns + 1 == len(pieces) or pieces[nouns + 1][1] == "stop"):
        nouns += 1  # …”项目|清单，: jieba tags 清单 an adjective; closing the phrase it is its head
    return [w for w, _ in pieces[k:nouns]]


def _quoted_nouns(pieces: list[tuple[str, str]], k: int) -> list[tuple[str, str]]:
    """The nouns inside a short quote opening at piece `k` when only nouns stand in it (“|网格|管家|”),
    else []: the quote marks are dropped, the nouns are the head of the phrase taken before."""
    if k >= len(pieces) or pieces[k][0] not in "“‘「":
        return []
    for end in range(k + 1, min(k + QUOTE_HEAD_MAX + 2, len(pieces))):
        if pieces[end][0] in "”’」":
            inside = pieces[k + 1 : end]
            return inside if inside and all(kind == "noun" for _, kind in inside) else []
    return []


def _actor_predicate(pieces: list[tuple[str, str]], k: int, taken: list[tuple[str, str]]) -> bool:
    """Is piece `k` the predicate of the actor noun taken before it: a verbal noun, proper noun, fixed
    phrase or idiom (`ACTOR_PREDICATE_TAGS`) after a noun for people, a group, an organization or a
    place (`ACTOR_NOUN_ENDS`), with no noun after it (合伙人|经营|9家, 业主|齐聚一堂|，; not 社区|服务|中心,
    where the verbal noun names the noun after it)?"""
    if not taken or taken[-1][1] != "noun" or not taken[-1][0].endswith(ACTOR_NOUN_ENDS):
        return False
    if pieces[k][0] in ACTIVITY_HEADS:
        return False  # 6场|交友|活动: the head of a counted activity, not a predicate
    if word_tags().get(pieces[k][0]) not in ACTOR_PREDICATE_TAGS:
        return False
    return k + 1 >= len(pieces) or pieces[k + 1][1] != "noun"


def _lone_character(taken: list[tuple[str, str]]) -> bool:
    """Is the subject so far one character, the rest of a word jieba joined across the measure word
    (名|师 of 50名师范学子)? It is the start of a longer noun, no noun for people on its own."""
    return len(taken) == 1 and len(taken[0][0]) == 1


def _after_person_noun(taken: list[tuple[str, str]]) -> bool:
    """Does the subject taken so far end with a noun for people or a group of them (志愿者,
    网格|员, 代表, 家庭)?"""
    return bool(taken) and taken[-1][1] == "noun" and taken[-1][0].endswith(PERSON_FOLLOWER_ENDS)


def _person_head(pieces: list[tuple[str, str]], k: int, kinds: tuple[str, ...] = ("noun", "verb"),
                 ends: tuple[str, ...] = PERSON_NOUN_ENDS) -> bool:
    """Does a noun for people end the run of `kinds` from piece `k` on, within three pieces (退休|
    教师, 师范|学生; nouns only after a noun for people: 卫生|专业|服务队|人员, where the words
    before the last name the people too)?"""
    for word, kind in pieces[k : k + 3]:
        if kind == "noun" and word.endswith(ends):
            return True
        if kind not in kinds:
            return False
    return False


def _person_noun_follows(pieces: list[tuple[str, str]], k: int) -> bool:
    """Is the first noun after piece `k` (past verbs) one for people (返乡|大学生)?"""
    for word, kind in pieces[k + 1 : k + 4]:
        if kind == "noun":
            return word.endswith(PERSON_NOUN_ENDS)
        if kind != "verb":
            return False
    return False


def _skipped_before_subject(pieces: list[tuple[str, str]], k: int) -> int:
    """How many pieces from `k` to skip before the subject starts: an opening quote, a 的 or a
    demonstrative (这样的) one; an area with its locative (辖区|内|企事业单位: where, not what) two."""
    word, kind = pieces[k]
    if word in "“‘「" or kind == "de" or word in DEMONSTRATIVES:
        return 1
    if word in LIKENESS_OPENERS:
        after = _likeness_end(pieces, k)
        return after - k if after is not None and after < len(pieces) and pieces[after][1] == "noun" else 0
    if _is_area(word) and k + 2 < len(pieces) and pieces[k + 1][0] in LOCATIVES and pieces[k + 2][1] == "noun":
        return 2  # without a noun after it the area is what is counted (5万个|社区|里)
    return 0


def _likeness_end(pieces: list[tuple[str, str]], k: int) -> int | None:
    """The piece after the 的 closing a likeness clause opened at `k` (像…一样的|老人), or None.
    Round 56: a short clause may stand between the closer and its 的 (像…这样|在社区|口碑好|的|党员):
    it describes the people alike, who are still the ones counted."""
    for end in range(k + 2, min(k + LIKENESS_MAX + 1, len(pieces))):
        if pieces[end][1] == "stop":
            return None
        if pieces[end][0] in LIKENESS_CLOSERS:
            for de in range(end + 1, min(end + MODIFIER_CLAUSE_MAX + 2, len(pieces))):
                if pieces[de][1] == "de":
                    return de + 1
                if pieces[de][1] == "stop":
                    return None
            return None
    return None


def _kind_in_subject(pieces: list[tuple[str, str]], k: int, taken: list[tuple[str, str]], classifier: bool) -> str:
    """The kind of piece `k` inside a subject after the number: a verb before a classified noun
    modifies it (调解|工作站: noun); 及/和 between parts joins them (join)."""
    word, kind = pieces[k]
    nxt_word, nxt = pieces[k + 1] if k + 1 < len(pieces) else ("", "stop")
    if kind == "other" and not taken and nxt == "noun" and word_tags().get(word) == "t":
        return "noun"  # jieba tags 青年/老年 as time words: 45家|青年|社会组织
    if kind == "verb" and classifier and not taken and word not in light_verbs() and _noun_follows(pieces, k):
        return "noun"
    if classifier and taken and taken[-1][1] == "noun" and (
            word in FACILITY_HEADS and (len(word) > 1 or nxt in ("stop", "de") or nxt_word in FACILITY_FOLLOWERS)
            or kind == "verb" and nxt_word in FACILITY_HEADS):
        return "noun"  # 12个|就业|指导|站, 5个|法律援助|所。: the head closes the facility's name
    if word in JOINERS and taken and nxt in ("noun", "verb", "adj"):
        return "join"
    return kind


def _bracketed(pieces: list[tuple[str, str]], k: int) -> list[tuple[str, str]]:
    """The pieces of a short bracket at `k` with the noun after it (（|社区|）|工作人员), or a short
    alternative name closing the noun (村|（|社区|）: the bracket ends as a noun), or []."""
    for end in range(k + 1, min(k + 5, len(pieces))):
        if pieces[end][0] in "）)":
            if end + 1 < len(pieces) and pieces[end + 1][1] == "noun":
                return [(w, "join") for w, _ in pieces[k : end + 1]]
            inside = pieces[k + 1 : end]
            if inside and all(kind == "noun" for _, kind in inside) and sum(map(len, (w for w, _ in inside))) <= BRACKET_ALTERNATIVE_MAX:
                # 58个村（社区）, 10个镇（街）: a short alternative name closing the noun
                return [(w, "join") for w, _ in pieces[k:end]] + [(pieces[end][0], "noun")]
            return []
    return []


def _is_area(word: str) -> bool:
    """A word naming an area (辖区, 小区, 村, a place name): before 内/中 it says where."""
    return word.endswith(("区", "村", "镇", "市", "县")) or word_tags().get(word) in ("s", "ns")


def _noun_follows(pieces: list[tuple[str, str]], k: int) -> bool:
    """Does a noun come after piece `k`, past joiners and verbs only (独居|及|困境|长者)?"""
    for word, kind in pieces[k + 1 : k + 4]:
        if kind == "noun" and word not in adverbial_words():
            return True
        if not (kind in ("verb", "noun") or word in JOINERS):
            return False
    return False


# Round 58 (h4): 这 or 那 alone or with one character after it (这座, 那个, 这些, 这里), as the last
# word taken before a figure, where jieba leaves it unknown and it reads as a noun opening the
# phrase: it points at the thing and names none of it. Example match: 这座 in 这座城市的常住人口.
RE_POINTER_WORD = regex.compile(r"[这那]\p{Han}?")


def subject_before(c: Candidate, tokens: Tokens, *, measure_verb: bool = False) -> str | None:
    """The noun phrase the number closes (服务居民5万余人次 → 居民, 降幅达51% → 降幅).

    Read right to left from the number, past link words right before it; a verb or a
    further link word ends it, and a leading verbal noun (服务/vn) is dropped. With
    `measure_verb`, a verb right before the number names the measure (捐款1130元).
    """
    bracket = RE_BRACKET_BEFORE.search(tokens.text, max(0, c.start - BRACKET_ALTERNATIVE_MAX - 2), c.start)
    if bracket:
        # 示范村（社区）|12个, 街区(小区)|3个: the noun before a short alternative name, with it
        named = subject_before(replace(c, start=bracket.start()), tokens, measure_verb=measure_verb)
        return named + bracket.group() if named else None
    tags = word_tags()
    taken = _pieces_of_subject_before(c, tokens, tags, measure_verb)
    if taken is None:
        return None
    # a leading verbal noun governs the noun after it (服务|居民) unless the head is a verbal
    # noun too (培训活动: a kind of 活动) or a one-character head that closes it (助残服务|类)
    head_is_verbal = bool(taken) and (tags.get(taken[0][0]) == "vn" or taken[0][0] in noun_heads())
    while len(taken) > 1 and (taken[-1][1] == "de" or tags.get(taken[-1][0]) == "vn" and not head_is_verbal):
        taken.pop()
    if not any(kind == "noun" for _, kind in taken):
        return None
    if len(taken) > 1 and taken[-1][0] in LOCATIVES:
        taken.pop()  # 周期|内|预计服务…: the locative closes the phrase before it
    if len(taken) > 1 and RE_POINTER_WORD.fullmatch(taken[-1][0]):
        taken.pop()  # 这座|常住人口|超…: the pointer picks out the thing, it is no part of its name
    phrase = _phrase([w for w, _ in reversed(taken)])
    if phrase and RE_LOCATIVE_END.search(phrase):
        return None  # 中心村范围内|53户, 面向辖区内|23户: where, not what
    if phrase and len(phrase) > 2 and phrase[0] == "年":
        at = tokens.text.rfind(phrase, max(0, c.start - len(phrase) - SUBJECT_MAX_TOKENS), c.start)
        if at > 0 and tokens.text[at - 1].isdigit():
            phrase = phrase[1:]  # 2017|年村|集体经济收入: the year's 年, glued by jieba to the noun
    return phrase


def _pieces_of_subject_before(c: Candidate, tokens: Tokens, tags: dict[str, str],
                              measure_verb: bool) -> list[tuple[str, str]] | None:
    """(word, kind) of the phrase before the number, nearest first; None when a light verb
    right before it names no measure (给予|5000元, 开展了|120余次)."""
    taken: list[tuple[str, str]] = []
    action = False
    for word, kind in _pieces_before(c.start, tokens, tags):
        if not taken and (word in "”’」" or kind == "de"):
            continue  # 占常住人口的|百分之十五
        if len(word) > 1 and word[0] in measure_words() and tags.get(word) is None:
            break  # an unknown join of an earlier measure word and a verb (220元|降至: 元降)
        if not taken and kind == "verb" and measure_verb:
            if word in light_verbs():
                return None  # 给予|5000元, 开展了|120余次: the verb names no measure
            kind, action = "noun", True  # a measure names its action: 捐款1130元, 商户增收30万元
        if kind in ("stop", "other", "verb") or is_link(word) or len(taken) >= SUBJECT_MAX_TOKENS:
            if action and tags.get(word) == "p":
                return taken[:1]  # 向|基金会|捐赠|50万元: the nouns are the preposition's, the action is the measure
            break  # a link word further left (年均, 累计) is an adverbial, not part of the noun
        taken.append((word, kind))
    return taken


def _possession_before(c: Candidate, tokens: Tokens) -> bool:
    """Is the word right before the figure a verb of having (有, 拥有, 建有)?"""
    i = tokens.last_before(c.start)
    return i >= 0 and tokens.spans[i][1] == c.start and tokens.word(i) in POSSESSION_VERBS


def _noun_right_after(c: Candidate, tokens: Tokens) -> bool:
    """Does a noun token start right at the measure word's end (亩|耕地, 米|田间)?"""
    i = tokens.first_at_or_after(c.end)
    if i >= len(tokens.spans) or tokens.spans[i][0] != c.end:
        return False
    word = tokens.word(i)
    return _memo_kind(word, word_tags()) == "noun" and word not in adverbial_words()


def _without_closing_action(subject: str | None, c: Candidate, tokens: Tokens) -> str | None:
    """`subject` (read right after the figure) without a last verbal noun or process word that says
    what is done to the thing measured (650米田间作业道|硬化, 3公里道路|改造), unless it heads an
    activity (活动, 服务)."""
    if not subject or not tokens.text.startswith(subject, c.end):
        return subject
    end = c.end + len(subject)
    i = tokens.last_before(end)
    if i < 0 or tokens.spans[i][1] != end or tokens.spans[i][0] <= c.end:
        return subject
    word = tokens.word(i)
    if (word_tags().get(word) == "vn" or len(word) == 2 and word.endswith(PROCESS_END)) and word not in ACTIVITY_HEADS:
        return tokens.text[c.end : tokens.spans[i][0]]
    return subject


def _de_follows(c: Candidate, tokens: Tokens) -> bool:
    """Does 的 come right after the figure (300平方米|的|活动室)?"""
    i = tokens.first_at_or_after(c.end)
    return i < len(tokens.spans) and tokens.spans[i][0] == c.end and tokens.word(i) == "的"


def money_noun_after(c: Candidate, tokens: Tokens) -> str | None:
    """A sum's own name right after it (1000元|慰问礼金, 20万元|帮扶资金, 5万元|爱心捐助款): up to
    MONEY_NOUN_TOKENS words with no 的 or punctuation between them (a 的 or a range's 不等的 may
    open them: 600元的慰问金, 300元至900元不等的补助金), the last ending in a money noun
    (`quantity_money_nouns.txt`); jieba may tag the first word, or the whole phrase, a verb."""
    if c.category != "money":
        return None
    i = tokens.first_at_or_after(c.end)
    if i >= len(tokens.spans) or tokens.spans[i][0] != c.end:
        return None  # the measure word ends inside a token (元旦, 元宵)
    tags = word_tags()
    words: list[str] = []
    verbs = 0
    if tokens.text.startswith("不等的", tokens.spans[i][0]):
        i = tokens.first_at_or_after(tokens.spans[i][0] + 2)  # 300元至900元不等|的补助金: a range's spread
    after_de = i < len(tokens.spans) and tokens.word(i) == "的"
    if after_de:
        i += 1  # 600元|的|慰问金
    ends = money_noun_ends()
    for j in range(i, min(i + (2 if after_de else MONEY_NOUN_TOKENS), len(tokens.spans))):
        word = tokens.word(j)
        if not RE_HAN_WORD.fullmatch(word) or word in link_words():
            return None
        words.append(word)
        kind = _memo_kind(word, tags)
        if (len(words) > 1 and word in ends) or (word.endswith(ends) and (len(word) > 2 or word in ends or kind != "verb")):
            return _phrase(words)  # (a two-character verb is a predicate: 5000元|捐款)
        if after_de and not (j + 1 < len(tokens.spans) and tokens.word(j + 1) in ends and len(tokens.word(j + 1)) == 1):
            return None  # after 的 one word names the money (的慰问金, 的补助|金), not a clause (的标准|收费)
        verbs += kind == "verb"
        if kind not in ("noun", "verb", "adj") or verbs > 1 or word in light_verbs() or kind == "verb" and RE_PREDICATE_VERB.search(word):
            return None  # 3万元|用于|建设基金: a predicate, not the money's name
    return None


def _value_word_before(c: Candidate, tokens: Tokens) -> int | None:
    """Where 价值 (worth) starts when it stands right before the sum, past link words (价值约|2万元)."""
    i = tokens.last_before(c.start)
    while i >= 0 and tokens.word(i) in link_words() and tokens.word(i) not in VALUE_WORDS:
        i -= 1
    return tokens.spans[i][0] if i >= 0 and tokens.word(i) in VALUE_WORDS else None


# Function characters (an adverb, modal, preposition or link word) that jieba may glue to the
# noun before a figure or leave at its end (覆盖率|要|达到, 最高峰|曾达, 租地|款于): at a subject's
# end they belong to the predicate, not to the thing counted.
TRAILING_FUNCTION_CHARS = frozenset("约于曾要竟将已均仅达为近逾")  # 35B: 近/逾 (市民卡|近8000个)
# jieba tags of person names: its dictionary holds joins like 比达 as names, which are no words here.
NAME_TAGS = frozenset({"nr", "nrt", "nrfg"})
WORD_END_MAX = 4  # the longest dictionary word looked for at a subject's end


def _ends_in_word(phrase: str) -> bool:
    """Does a dictionary word (not a person's name) of two to WORD_END_MAX characters end `phrase`
    (村规民约, 公约, 行为)?"""
    tags = word_tags()
    return any(is_word(phrase[-n:]) and tags.get(phrase[-n:]) not in NAME_TAGS
               for n in range(2, min(WORD_END_MAX, len(phrase)) + 1))


# Round 55 (p2): a verb glued to 在/于 (设在, 位于, 用于) that opens what was read after a figure starts
# the figure's predicate (13组|设在社区的…), which says where or what for, not what is counted.
# Example match: 设在 in 设在社区.
RE_PLACING_VERB_START = regex.compile(r"^\p{Han}[在于]")


def _opens_with_placing_verb(subject: str) -> bool:
    """Does `subject` open with a verb glued to 在/于 (设在…, 位于…), a predicate?"""
    head = RE_PLACING_VERB_START.match(subject)
    return head is not None and word_tags().get(head.group(), "").startswith("v")


# Round 61 (p2): 且 joins two clauses (面积过半的住户且人数过半的住户): a subject read over it holds
# the counted noun before it and a piece of the next clause after it; the classical 之 opens the
# emphatic tail of a figure (有300条之多, 长达五年之久), which names nothing. Example matches: 且; 之多.
SUBJECT_CLAUSE_JOINER = "且"
RE_EMPHATIC_TAIL = regex.compile(r"^之\p{Han}$")


def _before_clause_joiner(subject: str | None) -> str | None:
    """`subject` up to a 且 in it (业主且人数 → 业主), None for an emphatic tail (之多)."""
    if not subject or RE_EMPHATIC_TAIL.match(subject):
        return None
    cut = subject.find(SUBJECT_CLAUSE_JOINER)
    return subject if cut < 0 else subject[:cut] or None


def trim_subject(subject: str | None, c: Candidate) -> str | None:
    """The subject without a function character glued to its end (街镇社工站覆盖率要 → …覆盖率,
    最高峰曾 → 最高峰; 村规民约 keeps its 约: a word ends there); None for what is then one
    character that names nothing: a verb or function word (花|500元, 去了|3次) or the figure's
    own measure word (办结|170件 → 件) or another figure's (20支|万余人的队伍 → 支: round 55); a division
    counted in digits is its own subject (2镇 → 镇); cut before a 且 that opens the next clause, None
    for an emphatic tail (`_before_clause_joiner`)."""
    subject = _before_clause_joiner(subject)
    if not subject:
        return subject
    if len(subject) >= 2 and subject[-1] in TRAILING_FUNCTION_CHARS and not _ends_in_word(subject):
        subject = subject[:-1]  # also 比达 (a name in jieba's dictionary) → 比, judged below
    if len(subject) == 1 and c.category != DIVISIONS and (
            subject == c.unit or subject in measure_words() or _memo_kind(subject, word_tags()) in ("verb", "other")
            or word_tags().get(subject) in NAME_TAGS):
        return None  # a lone surname-tagged character is the tail of a cut word (在施|26部), no thing
    if _opens_with_placing_verb(subject) or _predicate_fragment(subject):
        return None
    return subject


# Round 61 (p2): a subject read after the figure may run over 、 into the next item of a list
# whose items each carry a figure of their own (300张床位、某某机构120张床位): what follows that
# 、 is the next item, not part of this one's noun. A list of nouns sharing one figure (老人、残疾人)
# has no figure before its clause ends. Example match: the ， closing 某某机构120张床位，.
RE_ITEM_CLAUSE_END = regex.compile(r"[，。；！？：,;!?:\n]")
LIST_MARK = "、"
ITEM_REACH = 40  # characters after the figure the subject is looked for in


def before_next_item(subject: str | None, c: Candidate, text: str, figure_starts: list[int]) -> str | None:
    """`subject` cut before the first 、 whose stretch to the clause's end holds another figure
    (床位、某某机构|120张 → 床位); unchanged when it holds no 、 or is not read after the figure."""
    if not subject or LIST_MARK not in subject:
        return subject
    at = text.find(subject, c.end, c.end + ITEM_REACH + len(subject))
    if at < 0:
        return subject
    for cut, char in enumerate(subject):
        if char != LIST_MARK or cut == 0:
            continue
        mark = at + cut
        close = RE_ITEM_CLAUSE_END.search(text, mark + 1)
        end = close.start() if close else len(text)
        i = bisect_right(figure_starts, mark)
        if i < len(figure_starts) and figure_starts[i] < end:
            return subject[:cut]
    return subject


# Round 59 (p2): pieces of a clause that the noun readers take for a noun because jieba glued or
# mis-tagged them: a personal pronoun with its verb (我养|的, an unknown join), a verb with its
# aspect marker (居住|着, 着 also written 著 and then tagged a noun) and a negated verb (不能|超过).
# They say who did what, not what is counted. Example matches: 我养, 居住著, 不能.
PERSONAL_PRONOUNS = frozenset("我你他她它")
ASPECT_MARKERS = frozenset("着著")
NEGATIONS = frozenset("不没未")


# Round 60: an adverb or time word before a verb (正在|升级) opens a predicate; a verb of having, or
# 有 with a measure word, closes a clause that introduces the thing counted (某地|现有, 原本|有块):
# neither names it. Example matches: 正在升级; 现有, 有块.
PREDICATE_OPENER_TAGS = frozenset({"d", "t"})
RE_HAVING_END = regex.compile(r"(?:现有|原有|共有|拥有|有[个块座间处片])$")


def _predicate_fragment(subject: str) -> bool:
    """Is `subject` a pronoun with its verb (我养), a verb with its aspect marker (居住著), a
    negated verb (不能), an adverb with its verb (正在升级) or a clause closed by a verb of having
    (宜昌现有, 原本有块), no noun at all?"""
    tags = word_tags()
    if _adverb_and_verb(subject, tags) or RE_HAVING_END.search(subject, 1) is not None:
        return True
    if len(subject) == 2 and subject[0] in PERSONAL_PRONOUNS and subject not in tags:
        return tags.get(subject[1]) in ONLY_VERB_TAGS
    if len(subject) >= 2 and subject[-1] in ASPECT_MARKERS:
        return tags.get(subject[:-1]) in ONLY_VERB_TAGS
    return subject[0] in NEGATIONS and tags.get(subject) in ONLY_VERB_TAGS


def _adverb_and_verb(subject: str, tags: dict[str, str]) -> bool:
    """Is `subject` an adverb or a time word (tagged d or t) and then one verb, each of two or more
    characters (正在|升级, 已经|建成)? A one-character pair is often the name of a deal (直|减)."""
    return any(tags.get(subject[:cut]) in PREDICATE_OPENER_TAGS and (tags.get(subject[cut:]) or "").startswith("v")
               for cut in range(2, len(subject) - 1))


# Round 35B: a share written X占Y的N%: N is X's share of Y, so X (before 占, a word of its own) is
# what it measures, not the whole Y read right before the figure. Example: 占总人口的 before 42%.
RE_SHARE_OF_BEFORE = regex.compile(r"占[^，。；！？,;!?\d]{1,15}的$")
SHARE_REACH = 18  # characters back to look for 占…的


def share_of(c: Candidate, tokens: Tokens) -> int | None:
    """Where 占 starts when a percentage closes 占…的 (流动人口占总人口的|42%), else None."""
    if c.unit != "%":
        return None
    m = RE_SHARE_OF_BEFORE.search(tokens.text, max(0, c.start - SHARE_REACH), c.start)
    if m is None or m.start() not in tokens.starts or tokens.word(tokens.index_at[m.start()]) != "占":
        return None
    return m.start()


# Round 35B: a part of a whole counted before (共有7个住宅小区，其中|4个|为|无物业老旧小区): 为/是 after
# the part names what the part is; with no such link the part counts the whole's noun (taken from the
# figure before in `QuantityExtractor`). Seen in tuning and bulk pages of four outlets.
RE_PARTITIVE_BEFORE = regex.compile(r"其中$")
PARTITIVE_LINKS = ("为", "是")


def partitive(c: Candidate, tokens: Tokens) -> bool:
    """Does 其中 stand right before the figure (其中|5户)?"""
    return RE_PARTITIVE_BEFORE.search(tokens.text, max(0, c.start - 2), c.start) is not None


def partitive_subject(c: Candidate, tokens: Tokens) -> str | None:
    """What a part after 其中 is, named after 为/是 (其中4个|为|无物业老旧小区), or None."""
    if not partitive(c, tokens) or not tokens.text.startswith(PARTITIVE_LINKS, c.end):
        return None
    return subject_after(replace(c, end=c.end + 1), tokens)


# Round 35B: a group made up of those counted (由|6位退休老干部|组成的评议会, 由|7人|组成的“自治小组”,
# 20名|由网格员…|组成的|成员). After 由 the words between the measure word and 组成 name the people
# counted; with none there, or with the figure before 由, the group after 组成的 is what is counted.
# Seen in tuning articles of two sets and in bulk pages. Example: 组成的 after 由7人.
RE_MADE_UP_OF = regex.compile(r"(?P<members>[^，。；！？,;!?“”]{0,24}?)(?:共同)?组成的")
RE_AGENT_BEFORE = regex.compile(r"由$")


def made_up_subject(c: Candidate, tokens: Tokens) -> str | None:
    """What a count in 由…组成的 frame counts (see RE_MADE_UP_OF), or None outside that frame."""
    if c.category != "people":
        return None
    m = RE_MADE_UP_OF.match(tokens.text, c.end)
    if m is None:
        return None
    after_agent = RE_AGENT_BEFORE.search(tokens.text, max(0, c.start - 1), c.start) is not None
    members = m.group("members")
    if after_agent and members and "由" not in members:
        return _members(tokens, c.end, c.end + len(members))
    if (after_agent and not members) or (members.startswith("由") and not after_agent):
        quoted = RE_SHORT_QUOTE.match(tokens.text, m.end())
        if quoted:
            return _phrase([quoted.group()])  # 由7人组成的|“居民自治小组”: the group's quoted name
        # the group is read as a classified thing (a verb may stand inside its name: 自治|小组)
        return subject_after(replace(c, end=m.end(), category="organizations", unit_written="个"), tokens)
    return None


def _members(tokens: Tokens, start: int, end: int) -> str | None:
    """text[start:end] when it is whole words ending in a noun (退休|老干部), else None."""
    if start not in tokens.starts or end not in tokens.ends:
        return None
    last = tokens.word(tokens.last_before(end))
    return _phrase([tokens.text[start:end]]) if _memo_kind(last, word_tags()) == "noun" else None


# Round 35B: the households of a place opening the sentence (华寨村辖3个自然寨…，有229户917人;
# 我们村有1315户; 全村辖12个村民组640户): the place is what they are counted in, where no noun of
# their own stands before them, only the one-character end of that name (村) or the noun of the
# figure before (17个村民组|752户). Seen in tuning articles of three outlets.
RE_PLACE_OPENING = regex.compile(r"\s*(?P<name>\p{Han}{0,8}?(?:村|社区|小区|街道))(?:辖|下辖|共辖|有|共有|现有|总共有|共)")
RE_OPENING_BOUNDARY = regex.compile(r"[。！？；：“”\n]")
PLACE_COUNT_UNITS = frozenset({"户"})
RE_FIGURE_END = regex.compile(r"\d\p{Han}?$")


def place_of_households(c: Candidate, tokens: Tokens, subject: str | None) -> str | None:
    """The place opening the sentence whose households a count gives (see RE_PLACE_OPENING), when
    `subject` is None, a one-character end of that name, or the noun of the figure right before."""
    if c.unit not in PLACE_COUNT_UNITS:
        return None
    text = tokens.text
    start = max((m.end() for m in RE_OPENING_BOUNDARY.finditer(text, max(0, c.start - 80), c.start)), default=max(0, c.start - 80))
    opening = RE_PLACE_OPENING.match(text, start)
    if opening is None or opening.end() > c.start:
        return None
    name = opening.group("name")
    if subject is None or len(subject) == 1 and name.endswith(subject):
        return name
    at = text.rfind(subject, start, c.start)
    if at >= 0 and RE_FIGURE_END.search(text, max(0, at - 2), at):
        return name  # 17个|村民组|752户: the noun is the earlier figure's
    return None


def subject_of(c: Candidate, tokens: Tokens) -> str | None:
    """`_subject_of`, except that a sum right after a per-unit base (每人每餐|5元) counts that
    base unless a noun before the base names the money (慰问金|每户500元) or a money noun follows it;
    and a share after 占…的 measures the noun before 占 (`share_of`); divisions counted in digits
    (全县5镇2乡) are named by their own division word, the words before being the list's other items."""
    if c.category == DIVISIONS:
        return c.unit
    at = share_of(c, tokens)
    owner = subject_before(replace(c, start=at), tokens) if at is not None else None
    if owner:
        return owner
    part = partitive_subject(c, tokens) or made_up_subject(c, tokens)
    if part:
        return part
    subject = subject_of_span(c, tokens) or _subject_of(c, tokens)
    subject = place_of_households(c, tokens, subject) or subject
    if c.category != "money" or money_noun_after(c, tokens):
        return subject
    per_unit = RE_PER_UNIT_BEFORE.search(tokens.text, max(0, c.start - 12), c.start)
    if per_unit is None:
        return subject
    if subject and subject in tokens.text[max(0, per_unit.start() - len(subject) - 2) : c.start]:
        return subject  # the money is named before its base
    named = subject_before(replace(c, start=per_unit.start()), tokens)
    if named and named.endswith(money_noun_ends()):
        return named  # 慰问金|每户500元
    return per_unit.group()


# Round 42: a measure word that is itself the noun counted (民政部等九部门|联合印发): the
# count names its members by the list closed by 等 right before it, else by the unit word.
SELF_NAMED_UNITS = frozenset({"部门"})


def self_named_subject(c: Candidate, tokens: Tokens) -> str:
    """For a unit in SELF_NAMED_UNITS: the word before 等 plus 等 (商务部等|13部门), else the unit."""
    if c.start > 0 and tokens.text[c.start - 1] == LIST_CLOSER:
        i = tokens.last_before(c.start - 1)
        if i >= 0 and tokens.spans[i][1] == c.start - 1:
            word = tokens.text[tokens.spans[i][0] : c.start]
            if len(word) > 2 and not any(ch in "，,、。；;：:" for ch in word):
                return word
    return c.unit


def _subject_of(c: Candidate, tokens: Tokens) -> str | None:
    """`_subject_near`, or else the topic of the clause the figure closes (`subject_from_topic`)."""
    return _subject_near(c, tokens) or _counted_thing(subject_from_topic(c, tokens), c)


def _subject_near(c: Candidate, tokens: Tokens) -> str | None:
    """The thing counted: after the measure word for counts, before it for measures; for
    measures and counts of events, the verb before the number when nothing else names it.
    A sum named by a money noun right after it is that money (`money_noun_after`)."""
    if c.unit in SELF_NAMED_UNITS:
        return self_named_subject(c, tokens)
    money = money_noun_after(c, tokens)
    if money:
        return money
    at = _value_word_before(c, tokens) if c.category == "money" else None
    if at is not None:
        # 价值5000元的|爱心物资, 价值90万元|服务资源, 慰问物资|价值4万元: the goods whose worth the
        # sum is (else 价值 itself, as before)
        goods = subject_after(c, tokens) or subject_before(replace(c, start=at), tokens)
        if goods:
            return goods
    if c.category in MEASURE_CATEGORIES and _de_follows(c, tokens) and (_possession_before(c, tokens) or c.category in DE_MEASURED_CATEGORIES):
        # 村有600亩的|集体土地, 占比90%的|党员家庭, 在近100平方米的|房间: the noun after 的 is what is measured
        return subject_after(c, tokens) or subject_before(c, tokens) or subject_before(c, tokens, measure_verb=True)
    if c.category in NOUN_AFTER_MEASURES and _noun_right_after(c, tokens):
        # 流转了当地|1000亩|耕地, 修通|650米|田间作业道: a noun right after the measure word is what it measures
        return _without_closing_action(subject_after(c, tokens), c, tokens) or subject_before(c, tokens)
    if c.category in MEASURE_CATEGORIES:
        return subject_before(c, tokens) or subject_after(c, tokens) or subject_before(c, tokens, measure_verb=True)
    if c.category in ACTION_CATEGORIES:
        return subject_after(c, tokens) or subject_before(c, tokens) or subject_before(c, tokens, measure_verb=True)
    if c.unit in PREDICATED_UNITS and tokens.text.startswith(PARTICIPATION_VERBS, c.end):
        # 楼栋长等9人|参加了茶话会: the people counted are counted as those who took part
        subject = predicate_after(c, tokens)
        if subject:
            return subject
    subject = subject_after(c, tokens) or subject_past_change(c, tokens) or _counted_before(c, tokens)
    if subject is None and c.unit in PREDICATED_UNITS:
        subject = predicate_after(c, tokens)
    if subject is None and (c.unit in SERVICE_UNITS or c.unit in SERVED_PEOPLE_UNITS and _closes_clause(c, tokens)):
        # 累计诊疗|1200余人次: the service counted; a verb of reaching (书屋|吸引|3000人次) is
        # no service, and the noun glued before it is who reaches, for the clause's topic to name
        service = subject_before(c, tokens, measure_verb=True)
        subject = None if service and service.endswith(tuple(REACH_VERBS)) else service
    return subject


# Round 59 (p2): the things a classifier counts are not the place they stand in: a bare place name
# read before the count (杭州|共有|29个…) says where, and what is counted follows in words the
# reader could not take (a time word opening a name). Example: 杭州 (tagged ns).
PLACE_NAME_TAG = "ns"


def _counted_before(c: Candidate, tokens: Tokens) -> str | None:
    """`subject_before`, except that a bare place name (tagged ns) is no subject for a count of
    organizations or items (杭州|共有|29个 → None; 居民|120户 stays)."""
    return _counted_thing(subject_before(c, tokens), c)


def _counted_thing(subject: str | None, c: Candidate) -> str | None:
    """`subject`, or None when it is a bare place name (tagged ns) and `c` counts organizations
    or items: the place they stand in. Round 60: the topic of the clause too (在某区|已有|30余个)."""
    if subject and c.category in CLASSIFIER_CATEGORIES and word_tags().get(subject) == PLACE_NAME_TAG:
        return None
    return subject


def _closes_clause(c: Candidate, tokens: Tokens) -> bool:
    """Punctuation (or the text's end) right after the figure: 解答200余人|，."""
    return c.end >= len(tokens.text) or RE_PUNCT.match(tokens.text, c.end) is not None


def subject_from_topic(c: Candidate, tokens: Tokens) -> str | None:
    """The topic of the clause a figure closes, when no noun stands next to the figure: read
    right to left past what a predicate is made of (adverbs, link words, time words, particles,
    prepositions, 等, and at most TOPIC_VERBS verbs) to the nearest noun, whose phrase is the
    topic (共建活动|已|开展|五期, 开户数|维持|在|50户左右, 问题|上报|156起, 热心居民|等|共计|20余人).
    When a verb stands in the figure's clause and nothing else before it (，已经开展了|120余次,
    ，目前已建成|11个), the topic is the noun phrase that closes the clause before; a clause with
    no verb (，共计|20人) or a figure closing the clause before reads nothing."""
    text = tokens.text
    if c.end < len(text) and not RE_PUNCT.match(text, c.end):
        return None  # more words follow the figure: it closes no clause
    tags = word_tags()
    i = tokens.last_before(c.start)
    verbs = 0
    crossed = False
    while i >= 0:
        word = tokens.word(i)
        kind = _memo_kind(word, tags)
        # 日均|吸引 says how often, 一共|摆了 how much in all: the topic stands before either
        adverbial = is_average_word(word) or word in adverbial_words()
        if kind == "noun" and not adverbial and (is_word(word) or len(word) > 2):
            return subject_before(replace(c, start=tokens.spans[i][1]), tokens)
        if crossed or kind == "noun" and not adverbial:
            return None  # the clause before ends in no noun, or a short join the dictionary lacks (装齐) is no topic
        if word in TOPIC_COMMAS and verbs:
            crossed = True
        elif is_link(word) or adverbial or word in TOPIC_PARTICLES or tags.get(word) in TOPIC_SKIPPED_TAGS:
            pass  # a link word (共计, 达) is no verb of the clause
        elif kind == "verb" and verbs < TOPIC_VERBS:
            verbs += 1
        else:
            return None
        i -= 1
    return None


def subject_past_change(c: Candidate, tokens: Tokens) -> str | None:
    """The noun before a verb of change that brings a count to the end of its clause
    (闲置车位|只|剩下|12个, 巡河队伍|已经|发展到|260余人, not …总数突破: jieba tags 突破 a
    verbal noun): adverbs before the verb (只, 已经) are skipped; a number that more words
    follow is not such an end."""
    if c.end < len(tokens.text) and not RE_PUNCT.match(tokens.text, c.end):
        return None
    window = tokens.text[max(0, c.start - CHANGE_REACH) : c.start]
    verb = next((v for v in change_verbs() if window.endswith(v) or window.endswith(v + "了")), None)
    if verb is None:
        return None
    at = c.start - len(verb) - (1 if window.endswith(verb + "了") else 0)
    if at not in tokens.starts:
        return None  # the verb is the tail of another word
    tags = word_tags()
    i = tokens.last_before(at)
    while i >= 0 and tokens.spans[i][1] == at and tags.get(tokens.word(i)) == "d":
        at = tokens.spans[i][0]  # 只|剩下, 已经|发展到
        i -= 1
    return subject_before(replace(c, start=at), tokens)


# Round 35: the frame 某某从/由 N 增加至 M, a figure's old and new levels. The opener 从/由 (a word
# of its own) and the verb of rise or fall with 至/到 right after the old level or right before the
# new one (a year's 的 may stand between: 增加至2024年的|960万元). Tuning articles of four sets.
# Example: 由 of 人口由原来的1200人增加至3500人.
SPAN_OPENERS = frozenset({"从", "由"})
# Characters at most between the opener and the old level (由原来的|, 从2017年的|).
SPAN_OPENER_REACH = 10
RE_SPAN_CLAUSE_END = regex.compile(r"[，。；！？,;!?\n]")
# Round 36: the new level may follow 了 or a word for "now" (发展到了|30多人, 发展到如今的|62人), and
# the verb may open the clause after the old level's comma (从5年前的5人，|发展到…): tuning
# articles of two sets, both 发展到. Example: 如今 in 增长到如今的.
SPAN_NOW_WORDS = "(?:如今|现在|目前|当前|现今)"


@lru_cache(maxsize=1)
def span_verb_pattern() -> tuple[regex.Pattern, regex.Pattern]:
    """(after the old level, before the new one): `lexicons/quantity_span_verbs.txt` + 至/到.
    Example: 下降到 after 年均5起, 增加至2024年的 before 960万元."""
    verbs = _alternation(read_terms("quantity_span_verbs.txt"))
    return (regex.compile(rf"[，,]?(?:{verbs})(?:至|到)"),
            regex.compile(rf"(?:{verbs})(?:至|到)了?(?:[^，。；！？,;!?\d]{{0,4}}\d{{4}}年的?|{SPAN_NOW_WORDS}的?)?$"))


SPAN_CLAUSE_REACH = 60  # characters looked back for the clause's opening punctuation


def _span_clause_start(text: str, end: int) -> int:
    """Where the clause that runs up to `end` opens: after the last clause mark within
    SPAN_CLAUSE_REACH characters before it (the text's start if none)."""
    return max((m.end() for m in RE_SPAN_CLAUSE_END.finditer(text, max(0, end - SPAN_CLAUSE_REACH), end)), default=0)


def subject_of_span(c: Candidate, tokens: Tokens) -> str | None:
    """The noun before 从/由 when the figure is the old or the new level of a change between
    two (收入从2018年的4.2万元增加至2024年的960万元 → 收入 for both; 人口由原来的1200人增加至
    3500人 → 人口). 由 that names an agent (由7人组成) opens no such frame: no verb of change
    with 至/到 follows its figure."""
    text = tokens.text
    after_verb, before_verb = span_verb_pattern()
    clause_start = _span_clause_start(text, c.start)
    if after_verb.match(text, c.end):
        window_start = max(clause_start, c.start - SPAN_OPENER_REACH - 1)
        return _span_opener_subject(c, tokens, window_start, c.start)
    verb = before_verb.search(text, clause_start, c.start)
    if verb is None:
        return None
    if verb.start() == clause_start and clause_start > 0 and text[clause_start - 1] in "，,":
        # the verb opens its clause right after a comma: the old level closes the clause before
        clause_start = _span_clause_start(text, clause_start - 1)
    old = list(candidates_pattern(text).finditer(text, clause_start, verb.start()))
    if not old or not after_verb.match(text, old[-1].end()):
        return None  # no old level right before the verb
    old_start = old[-1].start()
    return _span_opener_subject(c, tokens, max(clause_start, old_start - SPAN_OPENER_REACH - 1), old_start)


def _span_opener_subject(c: Candidate, tokens: Tokens, start: int, end: int) -> str | None:
    """The noun phrase before the last opener 从/由 (a word of its own) in text[start:end], past
    adverbs before the opener (已|由); a noun jieba tags a verb closes it too (收入|从: measure_verb)."""
    tags = word_tags()
    for at in range(end - 1, start - 1, -1):
        if tokens.text[at] in SPAN_OPENERS and at in tokens.starts and tokens.word(tokens.index_at[at]) in SPAN_OPENERS:
            i = tokens.last_before(at)
            while i >= 0 and tokens.spans[i][1] == at and tags.get(tokens.word(i)) == "d":
                at = tokens.spans[i][0]  # 已|由首届的…
                i -= 1
            moved = replace(c, start=at)
            return subject_before(moved, tokens) or subject_before(moved, tokens, measure_verb=True)
    return None


# Round 40: what the people counted did, when the verb after their count takes 了 and a
# determiner before its object (等9人参加了本次茶话会 → 参加本次茶话会), or stands alone at the
# clause's end or before 的 (约400人参与的…, 等50余人参加，, 近6000人次观看，). Tuning pool and
# bulk: more than ten articles (signing ceremonies, launches, volunteer rallies). Example: 了 of 出席了.
PREDICATE_ASPECTS = frozenset({"了"})
# Round 57e (h5): the aspect is dropped from the predicate, which then reads as the gold writes it
# (参加了会议 → 参加会议, inside 参加会议的代表): none of the 91 subjects of taking part in the
# tuning gold keeps a 了 (l53, t53, g54–g56 sets).
# Round 40: verbs of taking part that, right after a count of people, make the predicate what
# the count counts even when a noun for the people stands before it (楼栋长共9人|参加了茶话会:
# the labelled articles write the predicate in six of seven such counts). Example: 出席.
PARTICIPATION_VERBS = ("参加", "参与", "出席", "列席")
# Round 56: verbs of taking a post; after a count of people their object is the post the people
# hold, which is who they are (推选1人|担任|楼道|长). Example: 担任.
APPOINTMENT_VERBS = frozenset({"担任", "出任", "当选", "兼任"})
# Round 56: a party named before its head count (张三、李四等|一行|4人|到访…): the count is of the
# people listed, and the predicate after it is no name for them. Example: 一行 of 一行4人.
RE_PARTY_BEFORE = regex.compile(r"一行$")
# Round 59 (p2): a copula right after a count of people says who they are (有12人|是|独居老人):
# its noun is the people counted, the copula no part of it. Example: 是.
COPULAS = frozenset({"是", "系"})
# A post's head after the unit it heads (楼道|长, 单元|长), which jieba tags an adjective.
POST_HEAD = "长"
# Determiners between the verb and its object (参加了|此次|活动). Example: 本次.
PREDICATE_DETERMINERS = frozenset({"此次", "这次", "本次", "该次", "这场", "此项"})


def predicate_after(c: Candidate, tokens: Tokens) -> str | None:
    """A verb with its object right after a count of people that nothing else names: what the
    people counted did (161人|取得社工证, 200余人|参加义诊, 9人|参加了本次茶话会); a verb with
    no object stands for the whole predicate when it closes the clause (400人|参与的, 50人|参加。)."""
    if RE_PARTY_BEFORE.search(tokens.text, max(0, c.start - 2), c.start):
        return None
    pieces = _pieces_after(c.end, tokens, word_tags())
    if len(pieces) < 2 or pieces[0][1] != "verb" or pieces[0][0] in light_verbs():
        return None
    if pieces[0][0] in APPOINTMENT_VERBS:
        return _post_after(pieces)
    if pieces[0][0] in COPULAS:
        return _named_by_copula(pieces)
    taken = [pieces[0][0]]
    k = 1
    if pieces[k][0] in PREDICATE_ASPECTS:
        k += 1  # the aspect is read past, not kept: the gold names what they did without it
    if k < len(pieces) and pieces[k][0] in PREDICATE_DETERMINERS:
        taken.append(pieces[k][0])
        k += 1
    objects = 0
    rest = pieces[k : k + SUBJECT_MAX_TOKENS - 1]
    for j, (word, kind) in enumerate(rest):
        modifier = kind == "verb" and objects == 0 and j + 1 < len(rest) and rest[j + 1][1] == "noun"
        if (kind != "noun" and not modifier) or word in adverbial_words():
            break  # a verb may modify the object's head (参加了|捐款|仪式), not stand alone
        taken.append(word)
        objects += 1
    if objects and taken[-1] == rest[objects - 1][0] and rest[objects - 1][1] == "noun":
        return _phrase(taken)
    closer = pieces[2] if pieces[1][0] in PREDICATE_ASPECTS and len(pieces) > 2 else pieces[1]
    if closer[1] == "de" or closer[1] == "stop" and RE_PUNCT.fullmatch(closer[0]):
        return pieces[0][0]  # 参与|的, 参加|，: the verb alone is what they did
    return None


def _named_by_copula(pieces: list[tuple[str, str]]) -> str | None:
    """The noun phrase right after a copula (是|独居老人 → 独居老人), or None when no noun follows
    it at once (是|为了…)."""
    words = [word for word, _ in takewhile(lambda piece: piece[1] == "noun", pieces[1:SUBJECT_MAX_TOKENS])]
    return _phrase(words) if words else None


def _post_after(pieces: list[tuple[str, str]]) -> str | None:
    """The post named after a verb of taking one (担任|楼道|长 → 楼道长, 当选|委员 → 委员), or None."""
    words: list[str] = []
    for word, kind in pieces[1:SUBJECT_MAX_TOKENS]:
        if kind == "noun" or words and word == POST_HEAD:
            words.append(word)
            if word == POST_HEAD:
                break
        else:
            break
    return _phrase(words) if words else None


# --- the component ------------------------------------------------------------------------


class QuantityExtractor:
    """Find quantities: numbers with their measure word, qualifier and counted subject.

    Options (keyword-only):
        name_labels: labels of earlier extractors whose mentions are names; a number
            strictly inside one (八棵杨社区) is not a quantity. Default `NAME_LABELS`.

    Each mention: label "quantities", span = the number with its measure word and the
    qualifier words touching it (超过5万小时, 3万人以上), canonical = that text, attrs =
    {text, value, unit, qualifier, subject}.
    """

    assigns = "quantities"
    requires = NAME_LABELS

    def __init__(self, *, name_labels: tuple[str, ...] = NAME_LABELS) -> None:
        self.name_labels = tuple(name_labels)
        self.requires = self.name_labels

    def filter_context(self, ctx: ArticleContext, tokens: Tokens) -> FilterContext:
        text = ctx.text
        size = len(text)
        return FilterContext(
            text=text,
            tokens=tokens,
            quoted=Coverage(size, (m.span() for m in RE_SHORT_QUOTE.finditer(text))),
            labels=Coverage(size, (m.span() for m in label_pattern().finditer(text))),
            names=Coverage(size, ((m.start, m.end) for m in ctx.found_any(self.name_labels))),
        )

    def candidates(self, ctx: ArticleContext) -> list[tuple[Candidate, str | None]]:
        """Every candidate with its rejection reason (None = kept); for tests and debugging."""
        tokens = Tokens(ctx)
        f = self.filter_context(ctx, tokens)
        return [(c, rejection(c, f)) for c in find_candidates(ctx.text, tokens)]

    def __call__(self, ctx: ArticleContext) -> list[Mention]:
        tokens = Tokens(ctx)
        f = self.filter_context(ctx, tokens)
        mentions: list[Mention] = []
        unnamed: set[int] = set()  # mentions whose own words name no subject (ids)
        found = find_candidates(ctx.text, tokens)
        figure_starts = [c.start for c in found]
        for c in found:
            if rejection(c, f) is not None:
                continue
            text = ctx.text[c.start : c.end]
            subject = before_next_item(trim_subject(subject_of(c, tokens), c), c, ctx.text, figure_starts)
            if subject is None and mentions and ctx.text[mentions[-1].end : c.start] in SHARED_SUBJECT_GAPS:
                subject = mentions[-1].attrs["subject"]  # 常住居民5102户|13110人, 上升9.03%和|38.54%
            elif (subject is None and mentions and mentions[-1].attrs["unit"] == c.unit
                  and RE_SERIES_GAP.fullmatch(ctx.text, mentions[-1].end, c.start)):
                subject = mentions[-1].attrs["subject"]  # 收入10万元，2019年|66万元，2020年突破|100万元
            if subject is None and partitive(c, tokens):
                whole = _whole_of_part(mentions, c, ctx)
                if whole:
                    subject = whole  # 涉及居民6户，其中|5户: the part counts the whole's noun
            share = share_of(c, tokens)
            if (share is not None and mentions and RE_SHARE_GAP.fullmatch(ctx.text, mentions[-1].end, share)
                    and mentions[-1].attrs["subject"] and subject_before(replace(c, start=share), tokens) is None):
                subject = mentions[-1].attrs["subject"]  # 少数民族4942人，|占总人口的91%: the people counted before
            elif (subject is None and mentions and mentions[-1].attrs["unit"] == "户" and c.category == "people"
                  and c.unit in HOUSEHOLD_MEMBER_UNITS and _list_gap(ctx.text[mentions[-1].end : c.start], mentions[-1].attrs["subject"])):
                subject = mentions[-1].attrs["subject"]  # 全村共有96户,|315口人, 130户居民、|约300人: the households' people
            elif (subject and mentions and id(mentions[-1]) in unnamed and mentions[-1].attrs["unit"] == c.unit
                  and ctx.text[mentions[-1].end : c.start] in SHARED_SUBJECT_GAPS - {""}
                  and subject == (money_noun_after(c, tokens) or subject_after(c, tokens))):
                # 领到300元和|200元生日红包: the first sum, with no noun of its own, is the same money
                mentions[-1].attrs["subject"] = subject
            if mentions and ctx.text[mentions[-1].end : c.start].strip() in RANGE_CONNECTORS:
                # 500元至|900元慰问金: the ends of a range count one thing, named after the range
                if subject is None:
                    subject = mentions[-1].attrs["subject"]
                else:
                    mentions[-1].attrs["subject"] = subject
            attrs = {"text": text, "value": c.value, "unit": c.unit, "qualifier": c.qualifier, "subject": subject}
            mentions.append(Mention(self.assigns, c.start, c.end, canonical=text, attrs=attrs))
            if subject_after(c, tokens) is None and subject_before(c, tokens) is None and money_noun_after(c, tokens) is None:
                unnamed.add(id(mentions[-1]))  # its subject, if any, is only the verb before it
        return drop_referring_back(drop_repeats(drop_headline_repeats(mentions, headline_end(ctx)), ctx.sentences), ctx.text)


# Round 35B: a year series carries the noun of its first figure (收入12.5万元，2020年48.2万元，
# 2021年突破90万元): the gap from the figure before is a comma or 、, a year (or 今年/去年) and at
# most a short link verb. Seen in bulk-35 pages; example: ，2020年突破 between two sums.
RE_SERIES_GAP = regex.compile(r"[，,、；;]\s*(?:\d{4}年(?:底|末|初)?|今年|去年)(?:突破|达到|达|为|增至|增加到|超过|共|约)?")
# A share closing the clause after a count (少数民族4942人，占总人口的91%): only a comma between.
RE_SHARE_GAP = regex.compile(r"[，,]")


# A demonstrative right before a figure (这6支队伍, 那3个站点, 上述5个项目) points back to a figure
# the article stated before: with the same value and unit earlier it is that fact again.
RE_DEMONSTRATIVE_BEFORE = regex.compile(rf"(?:{POINTING_WORDS}|以上)$")


def drop_referring_back(mentions: list[Mention], text: str) -> list[Mention]:
    """Drop a figure written after a demonstrative when an earlier figure has its value and unit
    (共8支服务队 … 这8支队伍): the demonstrative restates it, whatever noun it now takes."""
    seen: set[tuple] = set()
    kept: list[Mention] = []
    for m in mentions:
        key = (m.attrs["value"], m.attrs["unit"])
        if key in seen and RE_DEMONSTRATIVE_BEFORE.search(text, max(0, m.start - 2), m.start):
            continue
        seen.add(key)
        kept.append(m)
    return kept


def _whole_of_part(mentions: list[Mention], c: Candidate, ctx: ArticleContext) -> str | None:
    """The subject of the last figure before a part (其中|5户) in the same sentence, with its unit."""
    for m in reversed(mentions):
        if RE_SENTENCE_END.search(ctx.text, m.end, c.start):
            return None
        if m.attrs["unit"] == c.unit:
            return m.attrs["subject"]
    return None


def _list_gap(gap: str, subject: str | None) -> bool:
    """Is `gap` a comma or 、 (with 共 after it), after the households' noun where it follows them
    (130户居民、|约300人)?"""
    if subject and gap.startswith(subject):
        gap = gap[len(subject) :]
    return RE_LIST_GAP.fullmatch(gap) is not None


def headline_end(ctx: ArticleContext) -> int:
    """End offset of the headline when the article text starts with it, else 0."""
    title = ctx.article.title
    if title and ctx.text.startswith(title):
        return len(title)
    return 0


def drop_repeats(mentions: list[Mention], sentences: list[tuple[int, int]]) -> list[Mention]:
    """One fact per figure: a mention in a later sentence with the same text, value and unit
    and an agreeing subject (equal, or one inside the other) repeats an earlier one
    (两座“爱心屋”… 两座“爱心屋”; 15个调解工作站 … 15个工作站). Within one sentence two equal
    figures are two facts (收集问题5条，解决问题5条), and so is a figure of another subject
    (5个“优秀社会组织”、5个“优秀社工室”)."""
    starts = [start for start, _ in sentences]
    groups: dict[tuple, list[tuple[int, Mention]]] = {}  # one group per figure: few comparisons
    kept: list[Mention] = []
    for m in mentions:
        sentence = bisect_right(starts, m.start)
        group = groups.setdefault(_figure_key(m), [])
        if not any(s != sentence and _same_figure(k, m) for s, k in group):
            group.append((sentence, m))
            kept.append(m)
    return kept


def _figure_key(m: Mention, *, text: bool = True) -> tuple:
    return (m.attrs["value"], m.attrs["unit"], compare_key(m.attrs["text"]) if text else "")


def _same_figure(a: Mention, b: Mention, *, text: bool = True) -> bool:
    """Same value and unit (and text, unless `text` is False) with agreeing subjects: equal,
    one inside the other, opening with the same word, or the later one (`b`) unknown; or the
    same sizeable group of people written alike (`_same_people_count`), whatever its nouns."""
    if (a.attrs["value"], a.attrs["unit"]) != (b.attrs["value"], b.attrs["unit"]):
        return False
    if text and compare_key(a.attrs["text"]) != compare_key(b.attrs["text"]):
        return False
    if _same_people_count(a, b):
        return True
    sa, sb = a.attrs["subject"], b.attrs["subject"]
    if not sb:
        return True  # a repeat whose subject the later clause leaves unsaid (…9户困难家庭 … 还有9户)
    if not sa:
        return False  # a later figure naming its noun may count another thing
    return sa == sb or sa in sb or sb in sa or _same_head_word(sa, sb) or _same_tail_word(sa, sb)


@lru_cache(maxsize=1)
def people_units() -> frozenset[str]:
    """The units recorded for counts of people and households (units.tsv category people)."""
    return frozenset(unit.unit for unit in units().values() if unit.category == "people")


def _same_people_count(a: Mention, b: Mention) -> bool:
    """Round 54 (h7): a count of people or households of at least PEOPLE_REPEAT_MIN written alike
    in two sentences is one group, however each sentence names it: an article calls the same
    people by their role in one place and by who they are in another (志愿者 / 退休老人, 小朋友 /
    督导员, 残疾人 / 精残, 全楼 / 人家 for one building's households). Things of two nouns stay two
    facts (23个社工站 / 23个社区). Seen in four tuning articles of four sets, each figure counted
    once by the gold; no pooled article counts two groups of one size written alike."""
    return (a.attrs["unit"] in people_units() and a.attrs["value"] >= PEOPLE_REPEAT_MIN
            and compare_key(a.attrs["text"]) == compare_key(b.attrs["text"]))


def _same_head_word(a: str, b: str) -> bool:
    """Two subjects opening with the same word of two or more characters name one thing read
    with different words after it (16个社区|落地 … 16个社区|常态化; 困难|家庭 … 困难|群体).
    Round 36: repeated figures in tuning articles of three sets."""
    return len(a) >= 2 and len(b) >= 2 and a[:2] == b[:2]


def _same_tail_word(a: str, b: str) -> bool:
    """Two subjects closing with the same two characters name one set of things that each sentence
    qualifies its own way (12个资助项目 … 12个入选项目; 9个村级社会工作室 … 9个乡镇社会工作室): a
    later sentence restates the count by what the things became or were chosen for. Round 56 (h7):
    repeated counts of projects and workrooms in three tuning articles of two sets, each counted
    once by the gold; the pooled counts of one size and one noun that the gold keeps apart stand in
    one sentence (8对新婚夫妻和8对金婚夫妻), which `drop_repeats` keeps apart anyway."""
    return len(a) >= 2 and len(b) >= 2 and a[-2:] == b[-2:]


def drop_headline_repeats(mentions: list[Mention], end: int) -> list[Mention]:
    """Drop a headline figure that the body states again (北京37个社区… / …北京37个社区入选).

    Quantities are one fact per mention, so the headline copy would count the figure
    twice; the body mention is kept because its sentence says more. A large or fractional
    figure written alike is the same fact even when the headline names it another way.
    """
    if end == 0:
        return mentions
    body: dict[tuple, list[Mention]] = {}
    for m in mentions:
        if m.start >= end:
            body.setdefault(_figure_key(m, text=False), []).append(m)
    return [
        m for m in mentions
        if m.start >= end or not any(_same_figure(m, b, text=False) or _same_large_figure(m, b)
                                     for b in body.get(_figure_key(m, text=False), ()))
    ]


def _same_large_figure(a: Mention, b: Mention) -> bool:
    """The same large or fractional figure written alike (筹款52.4万元 / 专项资金52.4万元): one fact
    whatever the two subjects, which a headline words its own way; a small count may be two
    facts (23个社工站 / 23个社区)."""
    value = a.attrs["value"]
    return (compare_key(a.attrs["text"]) == compare_key(b.attrs["text"]) and a.attrs["unit"] == b.attrs["unit"]
            and value == b.attrs["value"] and (value >= LARGE_FIGURE or value != int(value)))
