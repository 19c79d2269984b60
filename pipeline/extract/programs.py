"""Named programs: projects, brands, teams, stations, platforms, apps, courses and activities.

Candidates, then numbered filters:

1. quoted lists sharing one tail word: “金点子”“有事找芳姐”志愿服务品牌, “A”“B”等活动;
2. a quoted name ending in a program word (“心屿计划”, “社工夜校”, “暖心驿站”);
3. a quoted name followed by a short descriptor and a program word
   (“候鸟有家”外来人员社区融合项目 → 候鸟有家; “凉小鸭”志愿服务队 → 凉小鸭志愿服务队);
4. a quote anchored by its frame: right after a program word (…助老项目“银龄焕彩，乐享晚年”),
   or in 以“…”为主题; an anchored quote may hold a comma (a two-part brand slogan);
5. unquoted names: <place>…项目 at a clause start where a place/community/organization
   begins, and names ending in a `bare` program word with the noun words right before it
   (睦邻会客厅, 院落议事会, 桃源社区基金), unless those words are only a generic holder; and
   unquoted projects and plans (…项目, …计划) that a verb of running takes as its object or a
   list names item by item (run_projects.py; plans since round 58 h1);
6. a community's own newsletter: a title in book marks or a quote that a newsletter word
   frames (社区月刊《…》, 信息简报——《…》, 《…》月刊, 《某某小区报》; round 13);
7. a title in book marks ending in a plan or campaign word (《某某行动计划》, 《某某春风行动》;
   round 22).

The program words, their `kind`, how far the descriptor may run and which part is the
name all come from `lexicons/program_suffixes.tsv`; what is quoted but not a program
(slogans, award titles, venues, metaphors) from `lexicons/program_exclusions.tsv`.
Later quoted mentions of a program's core name (“凉小鸭”) are emitted with the same
canonical, so partnerships can refer to them. `operator` is the organization or community
that the sentence says runs the program (X组建/打造/实施/推出/开展… “Y”).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from ..chars import CLOSE_QUOTES, HAN, OPEN_QUOTES, QUOTE_MARKS, RE_HAN_CHAR, RE_QUOTED_NAME, STRAIGHT_QUOTES, strip_quotes
from ..lexicon import read_table, read_terms
from ..mentions import ArticleContext, Mention, Party
from ..spans import chain_end, keep_disjoint, mask, occurrences
from ..segment import token_offsets
from ..vocabulary import surnames, word_tags
from .charity_shops import charity_shops
from .dot_brands import MIDDLE_DOTS, dot_brands, media_titles
from .listed_teams import listed_volunteer_teams
from .models import RE_CLAUSE_BREAK, RE_STRAIGHT_QUOTED
from .organizations import held_station_endings
from .person_studios import person_studios
from .run_projects import listed_plans, listed_projects, run_plans, run_projects

# Numerals and classifiers of a counted category: 8个门房连心驿站, 5个“优秀社工室”, 7支.
# A lone 一 is the indefinite article (有一支“凉小鸭”志愿服务队), not a count.
RE_COUNTED_BEFORE = regex.compile(r"(?<![0-9一二三四五六七八九十两百千几多余])(?!一[个支家处项名所类种]$)[0-9一二三四五六七八九十两百千几多余]+[个支家处项名所类种]$")
# A team word right after a counted quote: the quote names the brand the counted teams share
# (多个“某某”志愿服务队, 7支“某某”特色志愿者服务队), not a counted category.
# A count of teams right after a team word (志愿服务队伍320支, “5+N”志愿服务队86支): the word is what
# is counted, a kind of team, and names none (round 29). Not a count that a team word follows
# (甲队、乙队、丙队三支队伍: the count closes a list of names).
RE_TEAM_COUNT_AFTER = regex.compile(r"\G[0-9一二三四五六七八九十百千两]+余?支(?!\p{Han}{0,4}[队团])")
# List marks before a run's later item (甲队、乙队, 甲队和乙队, 甲队以及乙队: 以及 ends in 及).
TEAM_LIST_JOINS = ("、", "和", "及", "与")

# Troupe words that name a program only after words of the troupe's own (某某社区风采艺术团, 某某艺术团);
# after a holder alone (某某社区艺术团) the troupe is the holder's organization (round 31).
HOLDER_TROUPE_WORDS = ("艺术团",)

# A place near people's homes that a quote is said to be, or that opens the quote (家门口的“…”,
# 群众身边的“…”, “家门口的…驿站”): what the text likens to a station, not its name (round 29).
NEARBY_WORDS = ("家门口的", "身边的")

RE_TEAM_AFTER_QUOTE = regex.compile(r"[\p{Han}]{0,4}?(?:志愿服务队|志愿者服务队|服务队|志愿队)")
# Between two quoted items of a list: a short descriptor and/or a list mark. Example: ”义剪、“.
# \Z, not $: a line break alone (a headline's closing quote, then a body line opening with a
# quoted remark) joins no list (round 14).
RE_LIST_GAP = regex.compile(r"^[\p{Han}]{0,4}?[、和及与]?\Z")
# A gap between two quotes opened by words, not by a list mark (filter 56). Example match: 某 (of ”某村“).
RE_HAN_OPENING = regex.compile(r"(?![和及与])\p{Han}")
# Between two quotes of a list written one after another: nothing or one list mark (“甲”“乙”、“丙”).
RE_TIGHT_GAP = regex.compile(r"[、，,和及与]?$")
# A modifier with 的 opening the shared descriptor of a quoted list after 等 (各种特色的, 丰富多彩的).
# Example match: 各种特色的.
RE_TAIL_MODIFIER = regex.compile(r"^[\p{Han}]{1,6}的")
# The head of a list tail: 等 and a count before the shared program word. Example: 等7支特色志愿服务队伍.
# Unquoted list items may come between the last quote and 等 (“A”、文明交通岗等活动).
RE_TAIL_HEAD = regex.compile(r"\G(?:(?:、[\p{Han}]{2,10}?)+(?=等))?等?(?:[0-9一二三四五六七八九十两百千几多余]+[个支项场家种类大])?")
# Text that ends a name: speech punctuation or a comma inside the quotes (“服务更多人，温暖一座城”).
RE_SPEECH = regex.compile(r"[，。！？；：!?;…]")
# A quoted label opening with a numeral + abstract head (“一体平台”, “三维延伸”); heads from data.
RE_NUMERIC_HEAD_TEMPLATE = r"^[一二三四五六七八九十两双多][{heads}]"
# A numeral and one character: a count of things, not a name (“两园”, “三区”).
RE_NUMERAL_ONE = regex.compile(r"^[一二三四五六七八九十两双多][\p{Han}]$")
# A national or world observance day (filter 26), a calendar date written before it or not (round 20:
# the date is how many outlets write the day, 12·5国际志愿者日). Example match: 中华慈善日, 世界家庭日,
# 建队纪念日, 12.5国际志愿者日; round 30: the month and day in numerals with a dot too (三·五).
RE_DAY_DATE = r"(?:[0-9]{1,2}[.·・][0-9]{1,2}|[0-9]{1,2}月[0-9]{1,2}日|[一二三四五六七八九十]{2}|[一二三四五六七八九十]{1,2}[·・][一二三四五六七八九十]{1,3})"
RE_OBSERVANCE = regex.compile(r"^" + RE_DAY_DATE + r"?(?:(?:世界|国际|中华|中国|全国)\p{Han}{1,8}|\p{Han}{1,8}纪念)日$")
# The date alone that a public holiday is called by (“三八”妇女节, “五四”青年节, “3·8”): it names
# the day, not a program, whatever follows the quote (round 30: “6·26”国际禁毒日, “五四”主题团日活动).
RE_HOLIDAY_DATE = regex.compile(r"^" + RE_DAY_DATE + r"$")
# A quoted manner of serving or working, ending in 式 (“点餐式”宣讲, “配给式”服务, “多元化、家庭式”服务):
# how a thing is done, not a program's name (filter 27, round 18: 3 real articles of 3 outlets in the
# pool and bulk texts; no gold program ends in 式). 仪式 (a ceremony) is a noun, not a manner.
RE_MANNER = regex.compile(r"(?<!仪)式$")
# A kind word: two or three characters and 型 (护理型 服务, 学习型 家庭) say what sort of thing a
# service or a home is, with no name part. A numbered kind (“五型”社区) sums a list of named types and
# a longer stem (某某友好型) holds a name, so both stay. Example match: 护理型.
RE_KIND_WORD = regex.compile(r"^(?![一二三四五六七八九十两双多])\p{Han}{2,3}型$")
# Text that ends an anchored name: sentence punctuation (a comma is allowed there).
RE_SENTENCE_MARK = regex.compile(r"[。！？；：!?;…]")
# round 42: 从“甲”到“乙” sets two states side by side (a change told as a contrast), neither a name;
# the first side is matched at its opening, the second by what ends right before it
RE_CONTRAST_FIRST = regex.compile(r"\G[^“”\n]{1,20}”到“[^“”\n]{1,20}”")
RE_CONTRAST_SECOND = regex.compile(r"从“[^“”\n]{1,20}”到“$")
INSTRUMENT_FREE_HEADS = "在于的"  # round 42: prepositions and 的 after a quote: no instrument frame
ACCOUNT_END = "号"  # round 42: 某某号 names a publishing account on a content site (the site's own platform)
RE_ANCHOR_MARK = regex.compile(r"(?:——|[：:])$")  # round 42: 平台——“某某”, 公众号：“某某”
# “…”(为)主题 (以“…”为主题, 围绕“…”主题, “…”主题教育): the quote names an activity's theme, and
# the activity by it. Example: 以“邻里守望”为主题开展活动.
RE_THEME_AFTER = regex.compile(r"\G为?主题")
# Round 57e h3: a quote closed right before 实践活动 names that practice activity, even when it is a
# campaign's catchphrase (filter 2 yields: names_practice). Example match: ”实践活动.
RE_PRACTICE_AFTER = regex.compile(r"\G”实践活动")
# Round 58 h2: 系列 right after the closing quote, then an event, course or service word a few
# characters on: the quote names a series a body runs, whatever its words (names_series).
# Example match: ”系列主题党日活动.
RE_SERIES_AFTER = regex.compile(r"\G”系列\p{Han}{0,6}?(?:活动|培训班|讲座|课程|服务)")
# 主题为/主题是 right before an opening quote: the quote names an event's theme, and the event by
# it. Example: 本届运动会的主题是“同心向前”.
RE_THEME_BEFORE = regex.compile(r"主题(?:为|是)$")
# A clause break right after a theme frame (以“…”为主题，…, 围绕“…”主题，…, 主题为“…”，…): the quote
# is the theme of an event the sentence names otherwise (本届邻里节以“…”为主题，), not the event's own
# name, which a theme frame gives only when the event follows it (以“…”为主题的…活动, “…”主题活动,
# 以“…”为主题开展…), also across a comma when the next clause holds it (…为主题，开展了一场…: see
# RE_THEME_HELD_TEMPLATE). Round 28: 7 quotes before a clause without an activity verb in 7 articles of
# 6 pooled sets, none labelled a program; the one before 开展 was. Example match: 为主题， (after the quote).
RE_THEME_CLAUSE = regex.compile(r"\G(?:为?主题)?[，。；,;]")
# The clause after that break holding an activity verb (program_exclusions.tsv activity_verb) within
# its first MAX_THEME_HELD characters: the event the theme names follows (，开展了一场…, ，成功开展…,
# ，社工站开展…). Example match: 社工站开展.
MAX_THEME_HELD = 12
RE_THEME_HELD_TEMPLATE = r"\G[^，。；！？,;!?\n]{{0,{reach}}}?(?:{verbs})"
# What follows a quote that is a set-up verb's whole object (打造“健康方舟”，): a clause break or
# 等 (依托“乡贤茶话会”等). Example match: ，.
RE_FRAME_VERB_AFTER = regex.compile(r"\G[，。；、,;！!？?等]")
# A quote listing three or more short items (“大阵地、大课堂、大舞台”): an enumeration of kinds of
# thing, not one name; a two-part name (“甲乙丙丁、戊己庚辛”) has longer parts. Round 12: items
# of four to six characters too (“入户走访、台账整理、经费报销”等要点, “日巡查、日汇报、日报送”的
# 机制): no gold program holds three parts joined by 、. Example match: 大阵地、大课堂、大舞台.
RE_SHORT_ENUMERATION = regex.compile(r"^[\p{Han}]{1,6}(?:、[\p{Han}]{1,6}){2,}$")
# Round 48progmiss: an enumeration of three phrases or more, each three characters or more (看老人、修家电、
# 送温暖; 春有…茶话会、夏有…故事会、…), is the name of a campaign when an activity verb opens it and an activity
# word closes it (enumerated_activity); parts of one or two characters list words (奉献、友爱、互助: values,
# themes). Example match: 看老人、修家电、送温暖.
RE_PHRASE_ENUMERATION = regex.compile(r"^[\p{Han}]{3,12}(?:、[\p{Han}]{3,12}){2,}$")
# The activity word closing the descriptor after such a quote, 的 allowed first (”走访行动, ”的四季活动).
# Example match: 的入户走访行动.
RE_ENUMERATED_ACTIVITY_AFTER = regex.compile(r"\G的?\p{Han}{0,6}?(?:活动|行动)")
# A quote of two parts joined by a middle dot, a comma or a space (“甲乙同心·丙丁同行”, “甲乙，丙丁”),
# or by 、 when both parts are four characters or more (“甲乙结对共建、携手守护平安”; shorter parts
# joined by 、 list things: “听+聊、疏+调”, “大阵地、大课堂”). Example match: 护苗同心·平安同路.
RE_TWO_PART = regex.compile(r"^\p{Han}{2,9}[·・，, ]\p{Han}{2,9}$|^\p{Han}{4,9}、\p{Han}{4,9}$")
# Shortest quote that a set-up verb's object names alone: two characters are mostly a quoted
# buzzword (打造“智慧”，打造“红色”，), not a name.
MIN_VERB_OBJECT = 3
# Round 39b: the verbs and the shortest quote of one_part_activity (开展“甲乙敲门”家访).
ONE_PART_ACTIVITY_VERBS = ("开展", "举办", "举行")
MIN_ONE_PART_ACTIVITY = 5
# Round 59 h4: an activity verb (ONE_PART_ACTIVITY_VERBS), 了, and a short qualifier of the event (全区首个,
# 一场别开生面的) before the opening quote of whole_event_object. Example match: 开展全区首个 (before “…”).
RE_EVENT_OBJECT_BEFORE = regex.compile(
    r"(?:" + "|".join(ONE_PART_ACTIVITY_VERBS) + r")了?[\p{Han}0-9]{0,8}$"
)
# The clause ending right after the quote of whole_event_object: the quote is the verb's whole object.
# Example match: ， (after the quote).
RE_EVENT_OBJECT_AFTER = regex.compile(r"[，。；！,;!]")
# A quote naming the kind of service its people give, not one event (“巾帼志愿者服务活动”, “敬老志愿服务
# 活动”): a short group or occasion word before 志愿(者)服务活动. Example match: 巾帼志愿者服务活动.
RE_KIND_OF_SERVICE = regex.compile(r"^\p{Han}{0,3}志愿者?服务活动$")
# The shortest name of its own before the event word of whole_event_object (餐厅消防实战 of …演练).
MIN_EVENT_OWN = 3
# A numeral opening a quote: 双走访双服务, 三进三帮 (a numbered formula).
RE_NUMERAL_START_CHAR = regex.compile(r"[一二三四五六七八九十两双多]")
# What may follow the closing quote of one_part_activity: a word, a next quote or a dash
# (开展“某某”家访, 举办“甲”“乙”等讲座, 开展“某某”——…).
RE_ACTIVITY_GOES_ON = regex.compile(r"[\p{Han}“—]")
# A rating right after a quote: the quote is the title rated (开展“甲乙之星”评选).
RE_RATED_AFTER = regex.compile(r"[“”、\p{Han}]{0,30}?(?:评比|评选|评优)")
# round 47prog1: a quote made only of order steps, each an actor (or none) and a verb before 单 (“接单”,
# “点单——接单——评单”, “居民点单、社区派单、党员接单”): the steps of the order-dispatch way of serving, a model
# (models.RE_ORDER_CHAIN), never a program's name (filter 47). Example match: 群众点单、中心派单.
RE_ORDER_STEPS = regex.compile(r"^[^、，,—\-－]{0,8}?[点派接评下制领抢]单(?:(?:[、，,]|[—\-－]+)[^、，,—\-－]{0,8}?[点派接评下制领抢]单)*$")
# A game right after a quote, or after the quoted list it ends (“甲乙”小游戏, “甲”、“乙”等互动游戏):
# the quotes name games played at an event, not programs (filter 46, round 41: 3 pooled articles of
# 3 sets, none labelled). Example match (from the closing quote): ”、“丙丁”等趣味游戏.
RE_GAME_AFTER = regex.compile(r"\G”(?:[、，,]?“[^“”\n]{1,12}”)*[、]?等?\p{Han}{0,6}?游戏")
# A team or volunteer word right after a quoted role word of at most MAX_ROLE_WORD characters ending
# in a person-role character (“三长”志愿者, ‘明白人’队伍, “服务者”队伍, “三员”基本队伍): the quote says which
# people serve, so the team is described by its members' role, not named (filter 49, round
# 51progspur: 5 pooled articles of 5 sets, none labelled). A qualified role (“社区骑手文明宣传员”队伍,
# labelled) is longer and stays. Example match (after the closing quote): 基本队伍.
RE_ROLE_TEAM_AFTER = regex.compile(r"\G(?:基本|骨干)?(?:队伍|志愿者(?!服务))")
PERSON_ROLE_ENDS = "人员长者"  # 明白人, 三员, 十户长, 服务者: the last character says a person holds the role
MAX_ROLE_WORD = 3
# A way of serving right after a quote, or after the quoted list it ends (“甲乙”服务模式, “1+3+8”志愿服务
# 队伍体系, “甲”“乙”四种服务站模式, “某某”养老服务模式): the phrase is headed by a scheme word, so the
# quote names a formula the text calls a model or system, not a program (filter 48, round 48progprec:
# 7 quotes in 4 pooled articles of 4 sets; the pool gold labels such quotes models). A project, brand,
# activity or plan word before the scheme word heads a program of its own (“某某”项目运行机制).
# Example match (from the closing quote): ”“丙丁”四种应急服务站模式.
RE_SCHEME_AFTER = regex.compile(
    r"\G”(?:[、，,]?“[^“”\n]{1,25}”)*(?:[0-9一二三四五六七八九十两多]+[种个项类])?"
    r"(?:(?!项目|品牌|活动|行动|计划|工程)\p{Han}){0,10}?(?:模式|体系|机制)"
)
# Punctuation and spaces, which two writings of one program name may differ in (“甲，乙” / “甲 乙”).
RE_MARKS = regex.compile(r"[\s\p{P}]")
# An edition number right before the opening quote: the quote names a recurring event
# (第三届“…”…徒步活动, 首届“…”). Example match: 第三届.
RE_EDITION_BEFORE = regex.compile(r"(?:第[0-9一二三四五六七八九十百]+[届期季]|首届)$")
# An edition number right after the closing quote (“…”第三届邻里节, “…”首届…文化节): the quote is the
# name this edition of a recurring event goes by, the festival words after it the kind of event.
# Round 22: tuning articles of two sets. Example match: 第三届.
# An edition of a recurring event (第三届, 首届), and a character of the descriptor that may follow it
# up to the event word (no 的 or clause word: 首届睦邻文化节, not 首届的…).
EDITION = r"(?:第[0-9一二三四五六七八九十百]+届|首届)"
EDITION_DESCRIPTOR_CHAR = r"(?:(?![的在和与是为])\p{Han})"
RE_EDITION_AFTER = regex.compile(r"\G" + EDITION)
# An unquoted festival with its edition (第九届邻里节, 首届睦邻文化节, 青禾社区第二届美食文化节):
# the edition makes it one recurring named event, like a quoted name after an edition
# (RE_EDITION_BEFORE). The descriptor is up to eight Han characters without 的 or a clause word;
# 节 must end the word (not 节目, 节日, 节点, 节约, 节能 …). A place, community or organization
# that ends right before the edition is its holder and opens the name. Round 14 (third wave):
# seen in 6 real articles from 6 outlets. Example match: 第二届美食文化节.
RE_EDITION_FESTIVAL = regex.compile(
    EDITION + EDITION_DESCRIPTOR_CHAR + r"{0,8}?节(?![目日点约能省奏拍假庆气])"
)
# A venture-philanthropy contest with its edition (第九届青禾公益创投大赛, 首届柳岸微公益创投项目大赛): the
# edition makes the generic contest one recurring named event, as for festivals above, though
# 公益创投大赛 alone is a plain holder (program_exclusions.tsv). Without 大赛 (首届公益创投的项目)
# the words name the round only after the place or organization holding it (某市首届公益创投); not
# a round told after a verb (举办首届公益创投评审). Round 46prog4: 4 labelled articles of 2 sets missed these.
# Example match: 第八届青禾公益创投大赛 (group 1: 大赛).
RE_EDITION_VENTURE = regex.compile(
    EDITION + EDITION_DESCRIPTOR_CHAR + r"{0,12}?公益创投(?:(?:项目)?(大赛))?"
)
# The edition inside a program's name (沙河镇第一届…创投项目, 首届…大赛, 第十届“…”): one recurring event
# written several ways in one article (with or without its holder, its theme or the edition) is one
# program (edition_variants). Example match: 第一届.
RE_EDITION_IN_NAME = regex.compile(EDITION)
# 第一届 and 首届 name one edition.
FIRST_EDITIONS = ("第一届", "第1届")
# The shortest event words after an edition that can name an event alone (邻里节): a shorter rest
# (节) says too little to tie another name to it.
MIN_EDITION_REST = 3
# Two events held as one are joined by 暨 in the title (“甲”某某开放日暨“乙”某某主题活动): a quote
# whose descriptor ends in an event word right before 暨 names the first event, and a quote right
# after 暨 whose descriptor ends in an event word names the second. A quote in the name of a body
# set up at the event (“某某”联盟成立暨…) ends in no event word and stays what it was.
# Example matches: 2019年某区基金会开放日暨 (after the first quote), 某街道公益伙伴日主题活动 (after the second).
# Round 16 (third task): 大集, a volunteer service fair (志愿服务大集, 公益服务大集: an event word in 4
# real articles of the pooled and bulk texts).
# Round 20: 市集 and 集市, a charity fair (公益市集, 爱心集市: event words of the suffix table already).
RE_JOINT_EVENT_WORD = r"(?:日|节|周|月|会|活动|仪式|论坛|典礼|大赛|比赛|服务|行动|大集|市集|集市)"
RE_JOINT_FIRST = regex.compile(r"\G(?:[0-9]{4}年)?[\p{Han}·]{0,20}?" + RE_JOINT_EVENT_WORD + r"暨")
RE_JOINT_SECOND = regex.compile(r"\G[\p{Han}·]{0,16}?" + RE_JOINT_EVENT_WORD + r"(?![\p{Han}])|\G[\p{Han}·]{0,16}?(?:活动|仪式|论坛|典礼|大赛)")
# A quote set over a subtitle by a dash (“甲乙·丙丁”——某社区庆中秋邻里文化节暨…活动, “甲乙”——某社区
# 青少年成长专项基金): the clause after the dash, up to its first mark, says what the quote names,
# and names a program when it holds an activity, project, plan or fund word. Round 20: seen in
# article titles and leads of several outlets (a quoted name and the event it heads); a dash before
# a clause with no such word explains a quoted word (“铺路”——党员带着居民…), no program.
RE_DASH_SUBTITLE = regex.compile(r"\G——[^，,。；;！!？?\n“”\"]{0,40}?(?:活动|项目|行动|计划|基金|嘉年华|文化节)")
# A one-character verb with the aspect particle 着, a verb in progress whatever the dictionary says
# (round 57 h4). Example match: 拉着.
RE_ASPECT_VERB = regex.compile(r"\p{Han}着")
# A word that starts with a numeral and a classifier: a count, not part of a name. Example: 五支.
RE_NUMERAL_START = regex.compile(r"^[一二三四五六七八九十两百千几多]+[个支家处项名所类种座]")
# A troupe's own name opening a clause (，四季合唱团的…): its length in characters, the marks that
# end the clause before it, and the tags of a first word that makes the run a clause, not a name
# (verbs, adverbs, prepositions, conjunctions, pronouns, particles, locatives: ，还有舞蹈队).
MIN_TROUPE_NAME, MAX_TROUPE_NAME = 2, 6
CLAUSE_MARKS = "，。；：！？,;:!?\n"
TROUPE_LEAD_TAGS = ("v", "d", "p", "c", "r", "u", "f")
# Demonstratives before an unquoted phrase: it describes something named elsewhere (这个暖心驿站).
DEMONSTRATIVES = ("这个", "这座", "这家", "这处", "这里的", "该", "此")
# A demonstrative or a distributive with a classifier, which the tokenizer may leave as one unknown
# word right before a program word (这支|腰鼓队, 每支|志愿服务队): it points at a team named
# elsewhere or at each of several, never a name's own word. Round 13. Example match: 这支.
RE_POINTER_WORD = regex.compile(r"^[这那每各][个支家处项名所类种座批位]$")
# A numeral right before an unquoted name that opens with a unit or classifier (13|名调解队成员,
# 24|小时驿站, 2025|年度志愿者…): the count was cut off the words it measures, and the name with it
# (filter 40, round 33). Example match: 名 (after 13).
RE_COUNT_CUT_BEFORE = regex.compile(r"[0-9０-９零〇一二三四五六七八九十两百千]$")
RE_UNIT_START = regex.compile(r"^(?:小时|分钟|年度|周年|[年月日天周岁名位个支家处项届次人户元号期批类种座所])")
# Classifiers that a count puts before a noun (5|支|志愿服务队): never the start of a name.
CLASSIFIERS = frozenset("个支家处项名所类种座批位")
# Kinds of program word that a quote may qualify with 的 and still name (“甲乙”的民族团结品牌): brands,
# projects, activities and platforms; not plain service words (“…”的服务, kind program).
DE_KINDS = frozenset({"brand", "project", "activity", "platform"})
# Demonstratives after that 的: the quote is a remark about one event (说“真好”的那次活动), no name.
DE_POINTERS = ("那", "这", "此", "该", "每", "各")
# Longest descriptor between a quote and the program word that anchors it (专项行动, 慈善帮扶活动).
MAX_ANCHOR_GAP = 4
# Most commas an anchored name may hold (“敲开一扇门，温暖一颗心”).
MAX_COMMAS = 2
# Prepositions that the tokenizer glues to the next character as an unknown word (以小|驿站 in
# 以小驿站传递温情, 在新|驿站): the clause's preposition, never a name's first character. Not
# 为/和/与, which open names (为老, 和美).
GLUED_PREPOSITIONS = ("以", "在", "把", "被", "从", "让", "将", "于", "对", "给")
# Tags of an adverb (积极, 充分): a four-character entry opening with one is a phrase, though
# jieba lists many as idioms (充分运用 l), which names may hold (邻里守望 l).
ADVERB_TAGS = ("d", "ad", "vd")
# Longest part of a holder's name that may lie before a bare name's first word (翠微|社区职工…:
# the tokenizer split an unknown name word off; a holder is at most this much longer).
MAX_HOLDER_CUT = 6
# Shortest part before a bare program word that can name it: one character is a size or a
# quality (小驿站, 大课堂), not a name (新邻驿站, 芳馨议事亭 have two).
MIN_BARE_PREFIX = 2
# Longest run of noun words before a bare program word (市民政局蓝鲸 + 志愿服务总队).
MAX_BARE_PREFIX = 12
# Longest run of words unknown to the dictionary between a holder and where the name walk stopped
# (某社区|蓝帽|大姐|志愿服务队: the walk stops at 蓝帽, unknown away from the word; round 36b).
MAX_UNKNOWN_GAP = 4
# Longest own name between a holder and a `held` program word (桃源社区|幸福|食堂, 某村|互助孝老|食堂):
# a longer run goes back over other nouns (…服务中心社区|食堂), not a canteen's own name.
MAX_HELD_NAME = 4
# …and before a platform word: a government's platform is named by the field phrase it serves after the
# holder (某区|城市公共安全管理|平台, 某市|青少年综合服务|平台), longer than a canteen's epithet (round 48progplat).
MAX_HELD_PLATFORM_NAME = 8
# Words right before an unquoted name that make it a description of a kind, not one named thing
# (许多爱心驿站, 这样的暖心驿站, 不少幸福食堂): unless the same name is defined in the article.
KIND_WORDS = ("这样的", "这些", "许多", "不少", "一些", "各类")
# Course words that are a school's own word (学堂, like 学校): after a holder and only whom it teaches
# (某乡|老年|学堂) they name the holder's school; a class word after a group (某区|青年|夜校, the Youth
# League's evening classes) names a programme (round 59h3).
SCHOOL_COURSE_WORDS = ("学堂",)
# A clock time, the hour school lets out, as the stem of a course's name (`clock` words of
# program_suffixes.tsv). Example: 四点半|课堂, 4点钟|课堂, 三点半|学校.
RE_CLOCK_STEM = r"(?<![0-9零一二三四五六七八九十两])(?:[0-9]{1,2}|[一二三四五六七八九十两]{1,3})点[半钟]"
# …compiled once (`clock_hour` asks it of every candidate name), and its digits (4点钟 → 4).
RE_CLOCK_START = regex.compile(RE_CLOCK_STEM)
RE_DIGITS = regex.compile(r"[0-9]+")
# One Chinese character, matched at a position (社区 matches, 1社区 does not).
# A name made only of Chinese characters and Latin letters (邻里ABC, not 3号楼).
RE_WORD_CHARS = regex.compile(r"[\p{Han}A-Za-z]+")
# A comma: a slogan's core ends before it (幸福邻里，温暖你我 → 幸福邻里).
RE_COMMA = regex.compile(r"[，,]")
# A clause's end: an award's own clause starts after the last one (…结束。荣获 → 荣获).
RE_CLAUSE_END = regex.compile(r"[，。；！？\n]")
# A sentence's end between a program and its operator (…课堂。某社工站 finds one).
RE_SENTENCE_END = regex.compile(r"[。；！？]")
# Digits as characters, for comparing clock times (4点钟 = 四点钟).
CHINESE_DIGITS = "〇一二三四五六七八九"
# Time-of-day words right before a clock time: the time says when, and the word after it starts
# another phrase (下午四点半|学校放学), no course's name.
TIME_OF_DAY = ("上午", "中午", "下午", "傍晚", "晚上", "凌晨", "早上", "清晨", "每天", "每日")
# A name after a dash that sets it beside the noun before it (apposition): the text names the
# thing it has just described. Example: 巡逻队伍——青禾护卫队。, 工作室——秀林调解室在….
# The name runs to a clause mark or to 在/于 (where it is); {words} are the program words of
# DASH_KINDS (two characters or more) that end unquoted names (`bare` yes, named, own, held:
# 志愿服务队, 调解室, 驿站; not 服务站 or 之家, which end only quoted ones: 服务阵地——党群服务站
# is a kind of venue). The name's own part before the word is two to six characters: a longer
# run is a description of a name given before the dash (“青苗计划”——某社区少年助学专项基金).
RE_DASH_NAME_TEMPLATE = r"(?<=[\p{{Han}}”’」])——([\p{{Han}}]{{2,6}}?(?:{words}))(?=[，。；！？、”’\n]|[在于]|$)"
# Kinds of program a dash may name: teams, stations, platforms, courses, projects and plans; not
# activities or brands (——某某社区开展…活动 is a subtitle saying what happened).
DASH_KINDS = ("team", "station", "platform", "course", "project", "program")
# Unquoted project named after a place, at a clause start. Example: ；胜稼村幸福工坊钩花项目通过 →
# 胜稼村幸福工坊钩花项目; ——乔司街道社会矛盾纠纷（非诉类）调解服务项目.
RE_BARE_PROJECT = regex.compile(
    r"(?:(?<=[，。；：—\n])|(?<=^))([\p{Han}]{2,8}?(?:街道|镇|乡|村|社区)[\p{Han}（）()]{2,20}?项目)"
)
# The tail of an unquoted list of names: 等 or 共 (or a last item after 以及/和/及, or after a list
# mark with the count right behind it), a count and a head word of named things (…、…等6个公益项目,
# …以及…三个关爱基金, …等7支志愿服务队伍, …和…三个小分队, …、…共6支志愿服务队伍, …、…4支志愿服务队).
# Round 19: the count may follow the last item with no 等 (甲乙、丙丁、戊己3支志愿服务队: seen in news
# of villages' and communities' volunteer teams of several provinces); the count still closes the list.
# Only heads whose items are each one named thing: projects, brands, funds, teams and the squads
# a team is split into (小分队, 分队, 小队). Round 17: the team heads are every team word of the
# suffix table (巡逻队, 先锋队, 宣讲团, 合唱团 …: …等6支平安巡逻队), not three of them; see
# _list_tail(). Round 20: after 等 the count may be 多 (甲、乙、丙等多个品牌项目: an unstated number of
# named things closes the list as a stated one does; seen in news of communities' brand projects of
# several provinces).
RE_LIST_TAIL_TEMPLATE = (
    r"(?:等|共|(?:以及|和|及|(?<=\p{{Han}})、)([\p{{Han}}]{{2,9}}?)(?<![等共]))((?:[0-9一二三四五六七八九十两]+|(?<=等)多)[个项支类])([\p{{Han}}]{{0,6}}?)"
    r"(项目|品牌|基金|志愿服务队伍|{teams}|分队|小队)(?![员长])"
)
# Squad heads of such a list: a listed squad is named only by an item that is itself a team's
# name (清风护卫队); other items give the squads' fields (环境整治、政策宣讲等4支小分队).
SQUAD_HEADS = ("小分队", "分队", "小队")
# A count of things set up, inside the clause before a list's 、 (建设1个…、打造4个品牌: the clauses
# of a plan, not a list of names).
RE_COUNTED_CLAUSE = regex.compile(r"[0-9一二三四五六七八九十两]+[个项支类]")
# Heads of such a list whose items may be names without a team word of their own (慈善救助、
# 阳光健身等6个公益项目); before any other team head (等6支平安巡逻队, 等3支宣讲团: round 17) an
# item is a name only when it ends in 队 or 团 itself (甲志愿队、乙志愿队等7支…巡逻队).
FIELD_LIST_HEADS = ("项目", "品牌", "基金", "志愿服务队伍", "志愿服务队", "服务队")
# An item of such a list: a run of Han characters between list marks (2–9 characters).
RE_LIST_ITEM = regex.compile(r"[\p{Han}]{2,9}")
# Dictionary tags that end the clause before a list's first item: particles and prepositions
# (资助的|慈善救助), and verbs and other function words unless they end the item (设立|某某基金).
LEAD_PARTICLE_TAGS = ("u", "p")
LEAD_TAGS = ("v", "d", "c", "m", "t", "f", "r")
# A list of projects names programs only with a descriptor that says they are named ones
# (等6个公益项目); 等6个服务项目 and 等8个项目 list services (助餐、助浴).
NAMED_PROJECT_WORDS = ("公益", "品牌", "特色", "志愿服务", "慈善", "关爱", "民生实事")
# Shortest item of such a list (助餐 and 义诊 are services, not names), and longest (a team's full
# name: 某某镇网格党建志愿服务队).
MIN_LIST_ITEM, MAX_LIST_ITEM = 3, 12
# Award words right after an unquoted name: the name is where the award came from (…大赛铜奖).
# Round 36: words right after a closing quote (的 may stand between) that make the quote the part
# something plays (发挥“某某”作用, 承担…的“某某站”功能, 扮演“某某员”的角色): a role, not a name.
RE_ROLE_PLAYED = regex.compile(r"\G的?(?:作用|功能|角色)")
NATIONAL_APP_HEADS = ("国家",)  # filter 44: a national government app (国家|反诈中心APP)
# A ranking before a bare program word (十大夜校, 四大讲堂): "the N best/major", a kind ranked, no name.
RE_RANKED_PREFIX = regex.compile(r"^[一二三四五六七八九十百千两]+大")
# An honour plaque right after a closing quote (“某某之家”牌匾, …”荣誉牌, …”光荣牌, …”牌 but not …”牌子, a
# brand): the quote is the title the plaque bears, an honour given to a household, not a program
# (round 38: 4 tuning articles of 3 sets, none labelled a program).
RE_PLAQUE_AFTER = regex.compile(r"(?:牌匾|匾额|荣誉牌|光荣牌|牌(?!子))")
RE_AWARD_AFTER_WORDS = ("奖", "金奖", "银奖", "铜奖", "优秀奖", "一等奖", "二等奖", "三等奖", "称号")
# A team listed among the units of a relation frame (round 53h8): what may follow a listed unit
# (a list mark, 等, or the frame's verb: 甲公司、乙志愿服务队等单位, 乙义诊团携手丙诊所), what may stand
# right before one (、, or the frame's verb or preposition: 联合甲公司, 由乙义诊团), and the longest
# listed team name (a holder, its own words and the team word: 某县慈善总会某某社工站义工队).
RE_UNIT_LIST_AFTER = regex.compile(r"[、及和与等]|携手|联合|共同|一起")
RE_UNIT_LIST_BEFORE = regex.compile(r"(?:、|联合|携手|会同|协同|邀请|由)$")
MAX_LISTED_TEAM = 16
# The words a listed team's name is written in: Chinese, digits and Latin letters (民生820).
RE_LISTED_TEAM_TOKEN = regex.compile(r"[\p{Han}0-9A-Za-z]+")
# Tags of a word that ends the walk back over a listed team's words: the frame's verb, preposition,
# conjunction or particle (联合|…, 由|…, 组织|…); a one-character verb inside a name (社会工作|站) is
# the tokenizer's split of a name, not a verb.
LISTED_TEAM_STOP_TAGS = frozenset({"v", "p", "c", "u", "uj", "d"})
# The clause-subject team rule (round 17): longest stem before the team word; tags of the word
# after it that make the team the clause's subject (a verb, adverb or preposition: …合唱团推出,
# …志愿团今后, …舞蹈队于); tags of a first word that opens no name (pronoun, conjunction,
# preposition, particle, adverb, locative, numeral).
MAX_SUBJECT_STEM = 10
SUBJECT_NEXT_TAGS = ("v", "d", "p", "t", "i")
SUBJECT_LEAD_TAGS = ("r", "c", "p", "u", "d", "f", "m")
RE_HAN_WORD = regex.compile(r"\p{Han}+")
# Dictionary tags of place and organization names: a holder word before a team word.
HOLDER_TAGS = frozenset({"ns", "nt"})
# A team named by its own core word (round 18): how long that core may be, the first letters of
# the dictionary tags that end it on the left (prepositions, conjunctions, particles, pronouns,
# numerals, classifiers, adverbs, locatives, adjectives, distinguishing and time words: 为|老, 的|…,
# 各|…, 优秀|…, 现有|…),
# and the tags of a first word that makes a clause, not a name, when no set-up verb comes before
# it (，加入|志愿服务队: a verb). Example: 成立了|爱无限|志愿服务队 → 爱无限志愿服务队.
MIN_TEAM_CORE, MAX_TEAM_CORE = 2, 6
MAX_MEMBER_GROUPS = 8  # characters of member groups before a team word (退役军人青年)
# a volunteer service team's word, named by member groups alone (志愿者服务队; not 志愿服务团队, a team)
RE_VOLUNTEER_TEAM_WORD = regex.compile(r"志[愿願](?:者)?服[务務][队隊]")
TEAM_CORE_STOP_TAGS = ("p", "c", "u", "r", "m", "q", "d", "f", "a", "b", "t", "e", "y", "o")
TEAM_CORE_VERB_TAGS = ("v",)
# A writer's reference to its own unit (我院, 本校, 我局), which the tokenizer may leave as one unknown
# word before a team's words: a pronoun, never a team's own name (round 22). Example match: 我院.
RE_SELF_REFERENCE = regex.compile(r"^[我本][院校局所站市区县镇村司部委厂]$")
# What may stand between a set-up verb and the team it founds: 了 and a count of teams (一支, 2支).
RE_SETUP_GAP = regex.compile(r"了?(?:[0-9一二两三四五六七八九十]+支)?$")
# A count of people between a title-giving verb and a quoted role title (聘请了12名“…”, 推动一批“…”).
# Example match: 了12名.
RE_ROLE_GAP = regex.compile(r"了?(?:[0-9一二两三四五六七八九十百]+[名位个批])?$")
# Inner program words that give way to a program word right after the quote (“某某家园”暑期班 is a
# course, “某某家园”项目 a project): 家园 names what a community runs without saying what it is.
# 义警 too (round 37): “某某义警”工作站 is the corps' station, named as a whole.
YIELDING_INNER_WORDS = ("家园", "义警")
# Marks inside a quote that make it a slogan of parts, not a name (“携手共建、同创美好家园”).
RE_SLOGAN_MARK = regex.compile(r"[、，,·•\s]")
# Longest stretch of a clause between a likeness verb and the 的 before a name (成为…群体的“加油站”).
MAX_LIKENESS_CLAUSE = 20
# Filter 42: first letters of jieba's tags for adjectives (a, ad, an), place words (s) and
# direction words (f): a quote of one such word is a stressed plain word, not a name.
COMMON_WORD_TAGS = frozenset("asf")
# Filter 53 (round 57 h6): the dictionary tag of a plain common noun (not nr/ns/nt/nz, not an idiom).
COMMON_NOUN_TAG = "n"
# What may follow the closing quote of a stressed plain noun: a clause mark, 的, or the end of the
# text, spaces allowed before it; not 、 opening another quote (“甲”、“乙”: a list of names).
# Example match: ”，主动 (after 开辟“绿色通道”).
RE_BARE_AFTER_QUOTE = regex.compile(r"\G\s*(?:[，。；：！？,.;:!?）)]|、(?![“\"])|的|\Z)")
# The longest dictionary word read right after the closing quote: the whole word decides whether a
# verb follows (当好楼栋的“主心骨”负责… is a verb; “某某”维修队 is a team word that opens with one).
MAX_WORD_AFTER_QUOTE = 4
# round 45progp: a word of thinking or manner right after the closing quote (…”服务理念, …”的形式,
# …”的工作思路): the quote states an idea a body holds or the way it works, not a program's name.
# Example match: 服务理念 (after “相约邻里、走进楼院”).
RE_IDEA_AFTER = regex.compile(r"\G的?(?:服务|工作)?(?:理念|形式|方式|原则|思路)")
# The longest quoted role title (modifier and head): 社区观察员, 小区议事员.
MAX_ROLE_TITLE = 6
# Dictionary tags of proper nouns: a name word before a `named` program word (澜星|少年|助学基金).
PROPER_TAGS = frozenset({"nr", "ns", "nz", "nt", "nrt", "j"})
# A sharing station (round 38): 共享, at most three characters of what is shared, a head of
# program_sharing_heads.txt (共享工具间, 共享理发屋, 共享菜园); no numeral, pronoun or particle in what is
# shared (共享一间房), and not 时间/空间/中间/期间 (共享停车时间) or a holder that goes on (共享花园小区).
RE_SHARING_TEMPLATE = (
    r"共享(?:(?![一二三四五六七八九十两个这那的和与及])\p{{Han}}){{0,3}}?(?<![时空中期])(?:{heads})"
    r"(?!小区|社区|村|城|理念|经济|模式|里的)"
)
# The quoted words of a station's own before 共享 (“某某共享角”): up to four, right after the quote mark.
RE_SHARING_OPENER = regex.compile(r"[“‘「]\p{Han}{1,4}$")
# A program name written inside quotes: the content limits (2–25 characters).
MIN_NAME, MAX_NAME = 2, 25
# Longest descriptor between a list's last item and the shared program word (等7支特色志愿服务队伍).
MAX_TAIL = 8
# What a station word runs on into after a quote (“甲乙”服务站点, “2+5+N”党群服务站体系, “某某”站出口):
# a longer noun heads the phrase (a service point, a system, a motorway exit), and the quote names a
# formula or a place, not a station. Round 35: 5 quotes in 3 tuning articles of 2 sets, none a program.
STATION_RUN_ON = ("点", "体系", "出口")
# Plain service words that a run of quotes may share without being named by it (“甲”和“乙”服务,
# “甲”“乙”等新服务, 变“甲”服务为“乙”服务): the quotes list ways or kinds of serving, not programs;
# a head after the word still names them (“甲”“乙”等志愿服务品牌 → 品牌). Round 35: 9 quotes in 4
# articles of 3 tuning sets, none labelled a program.
PLAIN_LIST_WORDS = ("服务",)
# The close of a list of activities (甲小课堂、乙训练营等活动, 甲超市、乙超市等项目, 甲、乙等系列活动,
# 甲大学堂等特色项目): 等, a short descriptor and a plain head of things done or offered. Round 40b:
# unquoted items of such lists that end in a program word of their own were gold programs in 7
# tuning articles of 6 sets (13 of 15 items); the items named nothing else there. Example match: 等系列活动.
RE_ACTIVITY_LIST_CLOSE = regex.compile(r"等(?:一系列|系列)?\p{Han}{0,6}?(?:活动|项目|服务)")
# Round 55h2 (listed_service): a quoted name followed by the short service it gives, as one item of a
# list (“甲乙”理发、“丙丁”维修等项目): the list holds names of one sort, and the service says what the named
# thing does. Gold programs in 4 tuning articles of 3 sets (8 names), missed before.
# The service after the closing quote, up to a list mark, 等 or an ellipsis. Example match: 接送孩子
RE_SERVICE_AFTER = regex.compile(r"\G\p{Han}{1,8}(?=、|等|……)")
# The service, the list's later items and its close on activities or projects. Example match: 维修和磨菜刀等项目
RE_SERVICE_LIST_CLOSE = regex.compile(
    r"\G\p{Han}{1,8}(?:、[“”‘’\p{Han}]{1,14})*等(?:一系列|系列)?\p{Han}{0,6}?(?:活动|项目|服务)"
)
# The service, then a next item of the same shape. Example match: 整理药品、“乙丙”辅导手机、
RE_SERVICE_ITEM_AFTER = regex.compile(r"\G\p{Han}{1,8}、[“‘][^“”‘’\n]{2,12}[”’]\p{Han}{1,8}(?:[、等。，,]|……)")
# An item of the same shape right before the opening quote (its service and the list mark). Example match: ”理发、
RE_SERVICE_ITEM_BEFORE = regex.compile(r"[”’]\p{Han}{1,8}、$")
# Round 55h2b: the last characters of the class and meeting words of the suffix table (暑期班, 托管班,
# 茶话会, 故事会): a quote ending in one of them right after its holder names that holder's own class
# or meeting (某镇“甲乙暑期班”在…开班, 某社区“甲乙茶话会”(…专场)), though the word, only read after a
# quote, names nothing inside one by itself.
HELD_EVENT_ENDS = ("班", "会")
# The fewest characters of a name of its own before the class or meeting word (“书记茶话会”: 书记).
MIN_HELD_EVENT_OWN = 2
# A quote followed by 创建 (with or without 的), with no work or activity word right after: the
# quote names a brand a community or village is built up to (参与“甲乙庭院”创建, “某某里”的创建
# 让…). Round 41c: gold programs in 3 tuning articles of 3 sets (check38a, check44a, check45a).
# Example match: 的创建.
RE_CREATED_AFTER = regex.compile(r"\G的?创建(?!\p{Han}{0,2}(?:工作|活动|项目))")
# Round 50progmod2: a quote followed by 揭牌/挂牌/授牌 (正式 first or not): a plaque is unveiled for
# the station, base or brand the quote names (举行“甲乙驿家”揭牌仪式, 为“某某”揭牌). Gold programs in
# 12 of 15 such quotes of the pool; 3 tuning articles of 3 sets missed them (gate45b03, gate47b04,
# gate50b01). Example match: 正式揭牌.
PLAQUE_VERBS = "揭牌|挂牌|授牌"  # unveiling a plaque: what a station, base or brand is opened with
RE_UNVEILED_AFTER = regex.compile(rf"\G(?:正式)?(?:{PLAQUE_VERBS})")
# Round 61 h2: a plaque verb closing the clause that a quote opens (为“甲乙驿站”社区戒毒工作站揭牌, 为“甲”
# “乙”揭牌): whatever stands before the quote, 为 there is the preposition "for" of the unveiling and the
# quote what the plaque names, no role anyone plays (filter 5). Example match: 社区戒毒（康复）工作站揭牌.
MAX_PLAQUE_CLAUSE = 24  # room for the kind words or a second quote of the unveiled (two quoted bases)
RE_PLAQUE_CLAUSE = regex.compile(rf"\G[^，。；！？,;!?\n]{{0,{MAX_PLAQUE_CLAUSE}}}?(?:{PLAQUE_VERBS})")
# Round 61 h2b: how far back a clause is read for the 被 that makes a naming verb a conferred title
# (被区委组织部和区民政局联合命名为“某某”: the body may be long). Example: 被省妇联命名为.
MAX_NAMING_CLAUSE = 30
PASSIVE_MARK = "被"
# The close of a list of quoted names by a word for the means they are (…“甲乙坐班日”“丙丁接待日”等
# 形式, …“某某直通车”等方式, …“甲”“乙”等特色举措): 等, an optional count or descriptor of novelty,
# and a word of ways and measures. Round 41c: 7 tuning articles of 7 sets have the shape; 9 of its
# 12 quotes of four or more characters were gold programs (the others two model formulas and a
# badge); no bulk article has it. Only right after the last quote (no descriptor words between),
# so “甲”等服务方式 is not one.
# Example match: 等创新形式.
RE_MEANS_CLOSE = regex.compile(
    r"\G等(?:[0-9一二三四五六七八九十多]+[个项种])?(?:特色|创新|多种)?(?:举措|形式|方式|做法)(?!\p{Han}{0,2}[的之])"
)
# Shortest quote of such a list: shorter ones are manners of doing (“上门问”“电话约”等方式).
MIN_MEANS_NAME = 4
# Round 49progquote: a quoted N个一 formula (“四个一”, “五个一工程”: N tasks of one each) names a program
# when 工程 ends the quote or a program word follows it (RE_COUNTED_ONES_AFTER); gold programs in 4
# pooled articles of 4 sets (“四个一”特色志愿服务, “六个一”…的法律服务活动, “二十个一”公益项目,
# “五个一工程”); alone (做到了“五个一”) or before 工作法 it stays the models' n_ge_yi. Example match:
# 五个一工程. Not 四个一百 (a selection of a hundred works).
RE_COUNTED_ONES = regex.compile(r"^[二三四五六七八九十两]{1,2}个一(?P<word>工程)?$")
# The descriptor and program word after such a quote, nothing Han after the word (服务机制 is a model's
# head, 服务中心 a venue). Example match: 贴心实用的邻里互助活动.
RE_COUNTED_ONES_AFTER = regex.compile(r"\G\p{Han}{0,10}?(?P<word>服务|活动|项目|工程)(?!\p{Han})")
# Round 49progquote: the close of a run of quoted names by 等 or not, a count with 大, at most two
# characters of descriptor and a word for the sections of one venue, platform or fair
# (program_section_words.txt): each quote names one section. Nothing may follow the word (六大功能定位
# says what the quotes are for). Example match: 等六大主题模块 (after the last quote).
RE_SECTIONS_CLOSE_TEMPLATE = r"\G等?[一二三四五六七八九十两]+大\p{{Han}}{{0,2}}?(?:{words})(?!\p{{Han}})"
# Program words too plain to make a listed item a name (便民服务、健康培训等活动: kinds of service).
PLAIN_ITEM_WORDS = ("服务", "建设", "活动", "培训", "积分", "会议", "组", "群", "志愿者", "社会实践", "谈")
# A run of unquoted team names joined by list marks (甲护卫队、乙志愿服务队和丙先锋队): items of
# Han characters each ending in 队, not followed by 伍/员/长 (队伍, 队员, 队长 are other words).
# Round 51progmiss: 以及 joins a list's last item as 和 does (甲服务队、乙服务队以及丙服务队).
TEAM_RUN_TEMPLATE = r"(?:(?:(?!以及|[和及与])\p{{Han}}){{2,14}}?{end}(?:以及|[、和及与]))+(?:(?!以及|[和及与])\p{{Han}}){{2,14}}?{end}(?![伍员长])"
TEAM_ITEM_TEMPLATE = r"(?:(?!以及|[和及与])\p{{Han}})+?{end}(?=以及|[、和及与]|$)"
# Round 51progmiss: a service team's word (党员服务队, 巾帼志愿者服务队, 法律服务支队): a run whose every item
# ends in one lists a body's service teams, each by the group or field it serves with, so a field names a
# listed item there (4 pooled articles of 4 sets, every such item a gold program; a troupe's or patrol's
# sections, 合唱队、舞蹈队, are not this word). Example match: 服务队 in 巾帼志愿者服务队.
RE_SERVICE_TEAM_END = regex.compile(r"服务[支大]?队$")
# A verb marked for aspect (摆着, 有了) that the dictionary may not know: a clause, not a name's word.
RE_ASPECT_END = regex.compile(r"\p{Han}[着了]$")
# The whole service team word, 志愿(者) included: what is left before it is the item's own words.
RE_SERVICE_TEAM_WORD = regex.compile(r"(?:志愿者?)?服务[支大]?队$")
RE_TEAM_RUN = regex.compile(TEAM_RUN_TEMPLATE.format(end="队"))
RE_TEAM_ITEM = regex.compile(TEAM_ITEM_TEMPLATE.format(end="队"))
# A run of unquoted names ending in 队 or 团 (甲宣讲团、乙巡逻队) whose clause goes on to close the
# list with 等 and a collective head of teams (…等5个自治组织, …等队伍, …等6支志愿服务队伍, after
# quoted members too): the text says each item is a team, so an item named by dictionary words or by
# its field (乙巡逻队, 丙环保服务队) is one (round 34: 3 tuning articles of 3 sets; see
# _closed_team_lists). Round 36: 团队 closes such a list as 队伍 does (…等志愿服务团队, …等文艺团队).
# Example matches: 甲宣讲团、乙巡逻队 (the run), 等5个自治组织 (its close).
RE_TEAM_RUN_WIDE = regex.compile(TEAM_RUN_TEMPLATE.format(end="[队团]"))
RE_TEAM_ITEM_WIDE = regex.compile(TEAM_ITEM_TEMPLATE.format(end="[队团]"))
# Verbs that found or add teams, which end the clause before a closed list's first team (新增|).
TEAM_LIST_LEAD_VERBS = frozenset({"成立", "新增", "建立", "组成", "有"})
TEAM_ENDS = ("队", "团")  # the words a closed list's items end in
TEAM_CLOSE = r"等(?:[0-9一二三四五六七八九十两多]+[个支]|一系列的?)?\p{Han}{0,6}?(?:队伍|团队|自治组织|志愿组织)"
RE_TEAM_RUN_CLOSE = regex.compile(r"\G[^，。；！？,;!?\n]{0,60}?" + TEAM_CLOSE)
# The close alone, anywhere: an article without one has no closed list, and the run pattern (slow:
# it backtracks at every Han character) is not tried on it.
RE_TEAM_CLOSE = regex.compile(TEAM_CLOSE)
# Dictionary tags of a word that makes a listed team's name its own: proper nouns and place or
# organization names (紫藤, 蒲公英); words unknown to the dictionary count too. Field words
# (作业辅导, 法律援助) and abbreviations (环保) do not.
TEAM_NAME_TAGS = frozenset({"nr", "nrt", "nz", "ns", "nt"})
# Team words whose listed names mostly give a field (心理疏导志愿服务队, 夜间巡防服务队): such an
# item is kept only when its first word is a nickname, which the dictionary often tags as a
# personal name (蒲公英|帮扶志愿服务队, 金光|…).
FIELD_TEAM_WORDS = ("服务队", "志愿队", "工作队", "小分队")
NICKNAME_TAGS = frozenset({"nr", "nrt"})
# Words cut off before a member team's name (round 14): function words (和, 正在, 我们, 在) and
# verbs that join a person to the team (是, 加入, 参加).
MEMBER_LEAD_TAGS = ("p", "u", "c", "d", "r")
MEMBER_LEAD_VERBS = frozenset({"是", "为", "加入", "参加", "组建", "成立", "带领", "担任"})
# Kinds of program word that make a punned name (暖“新”驿站): places, projects, teams, platforms,
# courses, brands and apps; not activity or plain service words (暖“心”活动, 暖“新”服务 describe).
PUN_KINDS = frozenset({"station", "project", "team", "platform", "course", "brand", "app"})
# Longest descriptor between a pun's closing quote and its program word (暖“新”服务驿站).
MAX_PUN_GAP = 2
# Longest run of a team's own words after a one-character quote that opens its name
# (“甲”乙丙志愿服务队: the quote stresses the name's first character; round 36b).
MAX_OPENING_PUN_GAP = 4
# Project words right after a quoted station name: the quote is a project's name (“幸福食堂”项目
# is a project, “幸福食堂” alone a station). Example: 项目.
PROJECT_AFTER = ("项目", "工程")
# The plain activity and service words after which a two-character quote names nothing (“红色”活动,
# “暖心”服务): round 10, seen in real articles of several outlets.
SHORT_QUOTE_HEADS = ("服务", "活动", "建设", "培训", "系列")
# A three-character phrase whose first and last characters are the same around another one
# (心贴心, 面对面, 一对一, 手拉手): how a service is given, not its name. Round 12: seen quoted
# before a plain service or exchange word (服务, 交流, 响应, 解决) in 3 real articles of 3 outlets.
RE_MIRRORED = regex.compile(r"^(\p{Han})(?!\1)\p{Han}\1$")
# Kinds of a quoted name that a longer program name ending in it refers to (“积分超市” and
# 某村积分超市, “时间银行” and 某某时间银行): stations and platforms, which a holder's name
# prefixes.
SHORT_QUOTE_KINDS = frozenset({"station", "platform"})
# Shortest quoted name whose later bare mentions are mentions of it: shorter quotes (“红色”) are
# ordinary words when written bare.
MIN_BARE_ALIAS = 3
# Dictionary tags of a word that cannot start a punned name: particles, prepositions,
# conjunctions, pronouns, numerals (的“新”驿站, 在“新”驿站 start nothing).
PUN_LEAD_TAGS = ("u", "p", "c", "r", "m")
# A title in book marks (《…》): a song, a book, a policy paper, a media outlet, or a community's
# newsletter when a newsletter word frames it (lexicons/program_journal_words.tsv). Inner quote
# marks are part of a punned title (《某某暖“心”闻》 → 某某暖心闻). Example match: 《甲乙》.
RE_TITLE = regex.compile(r"《([^《》\n]{2,16})》")
# Program words that end a title in book marks naming a program (《某某春风行动》, 《某某行动计划》,
# 《某某计划》): a plan or campaign a body launches or lists among its projects, not a book or song.
# Round 22: seen in tuning and bulk texts of several outlets, each a program. A title holding 年
# (《…三年行动计划》) is a dated policy paper and stays out.
TITLE_PROGRAM_WORDS = ("行动计划", "行动", "计划", "项目", "工程")
# The works a series of a paper, a publisher or a broadcaster is made of (系列报道, 系列丛书, 系列短片):
# a series of them is a series of the media, not a programme (a title always; a quote when an outlet
# alone launches it: outlet_column).
SERIES_OF_WORKS = ("报道", "丛书", "文章", "图书", "读物", "评论", "视频", "短片", "纪录片")
# A title in book marks (up to 24 characters: a two-part slogan title with a comma) followed at once
# by a word that makes it a column, a series or an activity a body runs (《某某说法》栏目, 《某某课堂》系列,
# 《某某，某某》活动): the title names that program, as a quote before 活动 does; not a series of
# reports or books (系列报道, 系列丛书) nor a plan's paper (活动方案, 活动通知). Round 32: 3 tuning
# articles of 3 sets, each a gold program, and no title so followed that is not one in the pool,
# bulk, dev or seed texts. Example match: 《邻里说法》栏目.
RE_TITLE_FOLLOWED = regex.compile(
    r"《([^《》\n]{2,24})》(栏目|专栏|系列(?!" + "|".join(SERIES_OF_WORKS) + r")|活动(?!方案|通知|实施|办法|细则|指南))"
)
# Round 59 h4: the verb by which an outlet launches a column or a series, with a manner word before it,
# or 的, between the outlet and the title or quote (某报重磅推出《甲乙》专栏, 某某版推出“甲乙”系列报道);
# round 60: a word of when or how often may open it (某某版陆续推出, 某报即将开设). Example match: 陆续重磅推出.
RE_COLUMN_LAUNCH = regex.compile(
    r"(?:(?:陆续|相继|连续|持续|即将|将|正式|近日|今起|今日起)?(?:重磅|特别|新|全新|倾力|精心)?(?:推出|开设|开办|开通|设立)了?|的)$"
)
# Another party in the launcher's clause (某部、某局、某网推出…; 某局联合某网推出…): the series is a body's
# campaign that an outlet carries, not the outlet's own. Example match: 、.
RE_JOINT_LAUNCHER = regex.compile(r"、|联合|携手|与|和|及")
# How far back the launcher's clause is read.
MAX_LAUNCH_CLAUSE = 40
# A form of ownership and operation (filter 55, round 60): who builds or owns, who runs (公建民营,
# 公办民营, 国有民营). Its 营 is 经营, not a camp, so the quote names no activity. Example match: 公建国营.
RE_OPERATION_FORM = regex.compile(r"^[公民国私][建办有][公民国私企][营办助管]$")
# The characters such a title may hold: Chinese, a middle dot, commas, an exclamation mark.
RE_TITLE_FOLLOWED_NAME = regex.compile(r"\p{Han}[\p{Han}·・，,、！!]*\p{Han}")
# A year in a title (《2024年…》): a dated paper or an edition, not a standing program's name.
RE_TITLE_YEAR = regex.compile(r"[0-9〇零一二三四五六七八九十]年")
# The kind a following word gives the title: a column is a platform, a series or activity an activity.
TITLE_FOLLOWER_KINDS = {"栏目": "platform", "专栏": "platform", "系列": "activity", "活动": "activity"}
# What may stand between a newsletter noun and the title or quote it names: a dash, or 名为/叫 with
# or without a comma before it (社区小报，名为《…》). Example match: ，名为.
RE_JOURNAL_LINK = r"(?:——|[，,]?(?:名为|名叫|叫做|叫|取名为|取名))?"
# The link a quote (not a title in book marks) needs after a newsletter noun: a quote right after
# the noun is as often a stressed word (社区报“火”了). Example match: ——.
RE_JOURNAL_QUOTE_LINK = regex.compile(r"(?:——|名为|名叫|叫做|取名)$")
# A newsletter's own name: two to twelve Chinese characters once its inner quote marks are gone.
RE_JOURNAL_NAME = regex.compile(r"\p{Han}{2,12}")


# Round 49progmiss: an unquoted campaign that takes something or someone into the neighbourhood (退休教师进社区,
# 剪纸进社区, 育儿知识进社区巡讲活动), named by what goes in and only when an activity word right after it
# calls it an activity: 6 labelled articles of 5 pooled sets missed these; without 活动/行动 (进社区工作,
# 进社区宣传) it is as often a plain verb phrase. 进 must open a token (前进|社区 is a community's name).
# Example match: 进社区巡讲活动 (group 1: 进社区).
# 等 before the activity word closes a list of things done (职业体验、非遗进社区等活动), not this campaign's name.
RE_INTO_NEIGHBOURHOOD = regex.compile(r"(进(?:社区|小区))(?:(?!等)\p{Han}){0,2}?(?:活动|行动)(?![室中场所])")
# The words before 进 that belong to the campaign's name: at most this many characters.
MAX_INTO_STEM = 10
INTO_VERB_REACH = 4
# Tags of function words and adverbs that end the name on its left (持续|开展, 一场|…, 就|有).
INTO_STEM_STOP_TAGS = ("d", "m", "p", "u", "c", "r", "q", "y")
# A count or edition of events, which the dictionary may tag a noun (首场, 第二次): which time, not the name.
# The segmenter splits 180|余场, so the count word may hold only 余/多 before its classifier.
RE_INTO_EVENT_COUNT = regex.compile(r"^(?:首|第?[0-9一二三四五六七八九十两]*[余多]?)[场次期届批]$")
# 暨 (and also) joins two events of one ceremony; the dictionary tags it a noun (…授牌，暨家教知识进社区…).
INTO_STEM_JOINERS = ("暨",)


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    name: str
    kind: str
    core: str  # the quoted (or bare) part that later mentions repeat
    rule: str
    q_start: int  # the quoted part's own span (== start/end for unquoted)
    q_end: int
    word_end: int = -1  # where the program word after the quote ends (outer rules), else -1


@dataclass(frozen=True)
class _Suffix:
    word: str
    kind: str
    inner: bool
    outer: bool
    max_gap: int
    full: bool
    bare: str = "no"  # no | yes | named | own | held | clock (see program_suffixes.tsv)
    alone: bool = False  # a quoted name holding only this word is a program (“积分超市”)
    # a station type named the same everywhere (`alone` yes or held): named by its holder only
    typed: bool = False


@lru_cache(maxsize=1)
def _suffixes() -> tuple[_Suffix, ...]:
    rows = []
    for row in read_table("program_suffixes.tsv"):
        pos = row["position"]
        rows.append(
            _Suffix(
                row["suffix"], row["kind"], pos in ("inner", "both"), pos in ("outer", "both"),
                int(row["max_gap"]), row["name"] == "full", row["bare"], row["alone"] == "yes",
                row["alone"] in ("yes", "held"),
            )
        )
    return tuple(sorted(rows, key=lambda s: len(s.word), reverse=True))


@lru_cache(maxsize=1)
def _exclusions() -> dict[str, tuple[str, ...]]:
    roles: dict[str, list[str]] = {}
    for row in read_table("program_exclusions.tsv"):
        roles.setdefault(row["role"], []).append(row["term"])
    return {role: tuple(sorted(terms, key=len, reverse=True)) for role, terms in roles.items()}


@lru_cache(maxsize=1)
def _journal_words() -> dict[str, tuple[str, ...]]:
    """Newsletter words by role (program_journal_words.tsv: before, after, end), longest first."""
    roles: dict[str, list[str]] = {}
    for row in read_table("program_journal_words.tsv"):
        roles.setdefault(row["role"], []).append(row["term"])
    return {role: tuple(sorted(terms, key=len, reverse=True)) for role, terms in roles.items()}


@lru_cache(maxsize=1)
def _journal_before() -> "regex.Pattern[str]":
    """A newsletter noun and its link, ending right before an opening mark (社区月刊|, 简报——|)."""
    nouns = "|".join(regex.escape(w) for w in _journal_words()["before"])
    return regex.compile(r"(?:" + nouns + r")" + RE_JOURNAL_LINK + r"$")


@lru_cache(maxsize=1)
def _name_parts() -> dict[str, frozenset[str] | tuple[str, ...]]:
    """Generic holder words and purpose words (program_exclusions.tsv)."""
    ex = _exclusions()
    return {
        "generic": frozenset(ex["generic_prefix"] + ex["plain_holder"]),
        "purpose": frozenset(ex["name_purpose"]),
    }


@lru_cache(maxsize=1)
def _outer_patterns() -> "re.Pattern[str]":
    """Descriptor + outer program word right after a closing quote (shortest descriptor first);
    基金 followed by 会 is a foundation's name (“某某”2024年某区社区基金会开放日), not a fund; a
    word ending in 团 followed by 队 is the head of 团队 (“某某”志愿团队 is read with 团队, not 志愿团).
    Anchored by `match(text, pos)`; in `re` with `HAN` (3.5 times as fast as `regex` here, a
    descriptor length at a time against every program word)."""
    words = "|".join(re.escape(s.word) for s in _suffixes() if s.outer)
    longest = max(s.max_gap for s in _suffixes() if s.outer)  # each word's own gap is checked later
    return re.compile(rf"(?:[0-9]{{4}}年度?)?((?:[{HAN}A-Za-z]|、(?=[{HAN}])){{0,{longest}}}?)(" + words + r")(?!(?<=基金)会)(?!(?<=团)队)")


@lru_cache(maxsize=1)
def _bare_pattern() -> "regex.Pattern[str]":
    """A bare program word (longest first), not followed by 会 (基金会 is an organization) or, when
    it ends in 团, by 队 (志愿团队 is read with 团队)."""
    words = "|".join(regex.escape(s.word) for s in _suffixes() if s.bare not in ("no", "clock"))
    return regex.compile(r"(?:" + words + r")(?!会)(?!(?<=团)队)")


@lru_cache(maxsize=1)
def _list_tail() -> "regex.Pattern[str]":
    """RE_LIST_TAIL_TEMPLATE with the team words of the suffix table of two characters or more
    (longest first), so a list closed by a count of any kind of team (等6支平安巡逻队, 等3支
    宣讲团) names its items; not a count of members (等5支队伍的队员)."""
    teams = sorted({s.word for s in _suffixes() if s.kind == "team" and len(s.word) > 1 and s.outer}, key=len, reverse=True)
    return regex.compile(RE_LIST_TAIL_TEMPLATE.format(teams="|".join(regex.escape(w) for w in teams)))


@lru_cache(maxsize=1)
def _role_terms() -> dict[str, tuple[str, ...]]:
    """program_role_titles.tsv by role: head, before, after and member words."""
    out: dict[str, list[str]] = {}
    for row in read_table("program_role_titles.tsv"):
        out.setdefault(row["role"], []).append(row["term"])
    return {role: tuple(terms) for role, terms in out.items()}


def role_title(text: str, q_start: int, q_end: int, inner: str) -> bool:
    """A quoted volunteer role title (“帮扶员”是…招募的志愿者, 担任“红色管家”): a modifier and a
    role head (program_role_titles.tsv), no dictionary word by itself (网格员 is a plain role),
    and a frame that gives the title to people: a title-giving verb right before the quote, or
    是 right after it with the clause naming volunteers or a team."""
    terms = _role_terms()
    head = next((h for h in terms["head"] if inner.endswith(h)), None)
    if head is None or len(inner) == len(head) or len(inner) > MAX_ROLE_TITLE or not RE_HAN_CHAR.fullmatch(inner[0]):
        return False
    if not regex.fullmatch(r"\p{Han}+", inner) or inner in word_tags() or reject_award(text, q_start, inner):
        return False
    if _generic_run().fullmatch(inner[: -len(head)]):
        return False  # 网格|员, 楼栋|长: a plain post named by its generic unit (round 20)
    before = RE_ROLE_GAP.sub("", text[max(0, q_start - 1 - 12) : q_start - 1])
    if before.endswith(terms["before"]):
        return True
    after = text[q_end + 1 : q_end + 1 + 30]
    if not after.startswith(terms["after"]):
        return False
    clause = RE_CLAUSE_END.split(after, maxsplit=1)[0]
    return any(w in clause for w in terms["member"])


@lru_cache(maxsize=1)
def _sharing_pattern() -> "regex.Pattern[str]":
    """RE_SHARING_TEMPLATE with the heads of program_sharing_heads.txt, longest first."""
    heads = sorted(read_terms("program_sharing_heads.txt"), key=len, reverse=True)
    return regex.compile(RE_SHARING_TEMPLATE.format(heads="|".join(regex.escape(h) for h in heads)))


# A station or home right after a street's or community's name (or its level: 街道级), with a
# brand name of its own before the station word (某街道K爱之家, 某社区康乐居残疾人之家, 街道级馨绿职康站):
# the brand is two or three Latin or Han characters once the group words it serves are cut off.
RE_BRANDED_HOME = regex.compile(
    r"(?<=\p{Han}(?:街道|社区)级?)(?!级)([A-Za-z\p{Han}]{2,9}?)(之家|驿站|职康站)"
)
# Brand lengths: one character is the clause's own word (为职康站), four or more a clause run.
BRAND_MIN, BRAND_MAX = 2, 3
# program_exclusions.tsv roles of the words that make a home's brand a clause (建设|驿站, 依托|…).
BRAND_VERB_ROLES = ("operator_verb", "frame_verb", "name_verb", "clause_token", "generic_prefix", "level_holder")


@lru_cache(maxsize=1)
def _home_group_pattern() -> "regex.Pattern[str]":
    """Group words (program_home_groups.txt) at the end of a home's words, longest first."""
    words = sorted(read_terms("program_home_groups.txt"), key=len, reverse=True)
    return regex.compile(r"(?:%s)+$" % "|".join(regex.escape(w) for w in words))


def branded_homes(text: str) -> list[tuple[int, int]]:
    """Spans of the homes RE_BRANDED_HOME finds whose brand (the words left once the group words
    are cut off) is BRAND_MIN to BRAND_MAX characters, opens with no clause or set-up verb (某社区|
    打造|驿站) and whose name the article writes again: a brand is named more than once, a clause
    run before a station word is not."""
    out: list[tuple[int, int]] = []
    for match in RE_BRANDED_HOME.finditer(text):
        words = match.group(1)
        brand = _home_group_pattern().sub("", words)
        name = match.group(0)
        if (
            BRAND_MIN <= len(brand) <= BRAND_MAX and text.count(name) >= 2
            and not _word_run(*BRAND_VERB_ROLES).match(brand)
        ):
            out.append(match.span())
    return out


@lru_cache(maxsize=1)
def _subject_head_exclusions() -> frozenset[str]:
    """Words ending in 队 or 团 that head no named team (program_team_head_exclusions.txt)."""
    return frozenset(read_terms("program_team_head_exclusions.txt"))


@lru_cache(maxsize=1)
def _clause_terms() -> frozenset[str]:
    """Filter 8's clause words and operator verbs as a set, to test whole words."""
    ex = _exclusions()
    return frozenset(ex["clause_word"] + ex["operator_verb"])


@lru_cache(maxsize=1)
def _dash_pattern() -> "regex.Pattern[str]":
    words = [s.word for s in _suffixes() if s.kind in DASH_KINDS and len(s.word) > 1 and s.bare not in ("no", "clock")]
    return regex.compile(RE_DASH_NAME_TEMPLATE.format(words="|".join(regex.escape(w) for w in words)))


@lru_cache(maxsize=1)
def _clock_pattern() -> "regex.Pattern[str]":
    """A clock time and a `clock` program word right after it (四点半课堂, 三点半学校). A course word
    that ends unquoted names of any stem (`bare` yes: 学堂, 讲堂) takes a clock stem too, which the
    bare walk, stopping at numerals, never reaches (四点半学堂; round 59h3)."""
    words = "|".join(regex.escape(s.word) for s in _suffixes() if s.bare == "clock" or (s.kind == "course" and s.bare == "yes"))
    return regex.compile(RE_CLOCK_STEM + r"(?:" + words + r")")


@lru_cache(maxsize=1)
def _numeric_head() -> "regex.Pattern[str]":
    return regex.compile(RE_NUMERIC_HEAD_TEMPLATE.format(heads="".join(_exclusions()["numeric_head"])))


# A team word quoted in a list of teams (“红帆”“帮帮团”等志愿服务队) is that team's own name, like its
# neighbours: the list names teams one by one, where a quoted station kind (“儿童之家”) is the type.
TEAM_KIND = "team"


@lru_cache(maxsize=1)
def _suffix_table() -> dict[str, _Suffix]:
    """Each program word's row (the first, if a word is listed twice)."""
    table: dict[str, _Suffix] = {}
    for suffix in _suffixes():
        table.setdefault(suffix.word, suffix)
    return table


def _suffix(word: str) -> _Suffix:
    return _suffix_table()[word]


@lru_cache(maxsize=1)
def _team_words() -> tuple[str, ...]:
    """The team words of the table that end in 队 (服务队, 先锋队, 小分队 …)."""
    return tuple(s.word for s in _suffixes() if s.kind == "team" and s.word.endswith("队") and len(s.word) > 1)


@lru_cache(maxsize=1)
def _listed_team_words() -> tuple[str, ...]:
    """Team words of the table ending in 队 or 团 (服务队, 宣讲团 …), longest first: the team words
    of a closed list's items (`_closed_team_lists`)."""
    words = {s.word for s in _suffixes() if s.kind == "team" and s.word.endswith(TEAM_ENDS) and len(s.word) >= 2}
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _team_list_lead_verbs() -> frozenset[str]:
    """Verbs that end the clause before a closed list's first team: program_exclusions.tsv
    operator_verb, the member verbs and TEAM_LIST_LEAD_VERBS."""
    return frozenset(_exclusions()["operator_verb"]) | MEMBER_LEAD_VERBS | TEAM_LIST_LEAD_VERBS


@lru_cache(maxsize=1)
def _member_team_words() -> tuple[str, ...]:
    """Team words of three characters or more ending in 队, and troupe words, longest first."""
    words = {w for w in _team_words() if len(w) >= 3} | set(_troupe_words())
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _member_team_pattern() -> "regex.Pattern[str]":
    """A clause's words up to a team word, then 的队员/的成员 (round 14). Example match:
    甲乙舞蹈队 in ，甲乙舞蹈队的队员们."""
    words = "|".join(regex.escape(w) for w in _member_team_words())
    return regex.compile(r"(?<!\p{Han})(\p{Han}{1,14}?(?:" + words + r"))(?=的?(?:队员|成员))")


# The member words the team pattern's lookahead ends on; a match starts at most this far
# before one (its 14 characters, the longest team word, 的).
RE_MEMBER_WORD = re.compile("队员|成员")
# The last characters of team words (合唱团, 声乐队): where `_subject_teams` looks for a token that
# ends in one, instead of visiting every token of the article; a list item ending in one names its
# team (filter 33).
TEAM_WORD_ENDS = ("队", "团")
RE_TEAM_WORD_END = re.compile("[%s]" % "".join(TEAM_WORD_ENDS))
# Round 50progmiss: a team that a place or community holds and that has a name of its own before a
# team word the suffix table leaves unnamed (a token ending in 队: 鼓艺队, 宣传队; or a lone 队 or 团队
# after a two-character word of what the team does: 互助|队, 健身|团队). The own words are two to
# MAX_HELD_TEAM_OWN characters, none a verb of two characters, pronoun, numeral, particle, preposition,
# adverb or locative (某街道|相关|负责人|率队 is a clause). Example match: 青禾社区|红枫|宣传队.
RE_HELD_TEAM_TOKEN = regex.compile(r"^(?:\p{Han}{2}队|队|团队)$")
MAX_HELD_TEAM_OWN = 4
HELD_TEAM_STOP_TAGS = ("p", "c", "u", "r", "m", "q", "d", "f", "t")


def member_team_matches(text: str) -> list["regex.Match[str]"]:
    """The matches of `_member_team_pattern().finditer(text)`, found from the member words.

    A match is all Han and starts where a Han run does (its lookbehind), so each run start
    matches at most once and no match crosses another's start. The pattern is tried only
    in the stretch before each member word (the stretch its match must lie in), and each
    start found there is matched again against the whole text: the same match as a scan
    of the whole text, without trying every clause start of an article that has 成员
    somewhere."""
    pattern = _member_team_pattern()
    reach = 14 + len(_member_team_words()[0]) + 1
    starts: set[int] = set()
    for cue in RE_MEMBER_WORD.finditer(text):
        end = cue.end()
        starts.update(m.start() for m in pattern.finditer(text, max(0, end - 2 - reach), end))
    return [match for match in map(pattern.match, (text,) * len(starts), sorted(starts)) if match]


@lru_cache(maxsize=1)
def _troupe_words() -> tuple[str, ...]:
    """The troupe words of the table (bare `own`: 合唱团, 舞蹈队, 腰鼓队 …)."""
    return tuple(s.word for s in _suffixes() if s.bare == "own")


@lru_cache(maxsize=1)
def _inner_table() -> tuple[dict[str, _Suffix], tuple[int, ...]]:
    """The inner program words (each word's first inner row) and their lengths, longest first:
    a name's endings looked up by length instead of every word tried with endswith."""
    table: dict[str, _Suffix] = {}
    for suf in _suffixes():
        if suf.inner:
            table.setdefault(suf.word, suf)
    return table, tuple(sorted({len(word) for word in table}, reverse=True))


def inner_suffix(name: str) -> _Suffix | None:
    """The program word a quoted name ends with, when there is a name before it. The longest
    word it ends with decides: “积分超市” is only the word 积分超市, with no name before it."""
    table, lengths = _inner_table()
    for size in lengths:
        suf = table.get(name[-size:]) if size <= len(name) else None
        if suf is not None:
            keep = len(name) >= size + 2 and not reject_everyday_home(name, suf) and not reject_particle_ba(name, suf)
            return suf if keep and not reject_one_word_room(name, suf) and not reject_everyday_talk(name, suf) else None
    return None


def _clean(name: str) -> str:
    return strip_quotes(name).strip()


# --- filters (each returns True when the candidate must be dropped) -------------------------


def reject_speech(inner: str, *, anchored: bool = False) -> bool:
    """Filter 1: quoted speech or a slogan with a comma is not a name (“服务更多人，温暖一座城”);
    an anchored quote (a program word before or right after it) may hold a comma or two:
    “敲开一扇门，温暖一颗心”慈善活动 names the activity."""
    if not (MIN_NAME <= len(inner) <= MAX_NAME):
        return True
    if anchored:
        return bool(RE_SENTENCE_MARK.search(inner)) or inner.count("，") + inner.count(",") > MAX_COMMAS
    return bool(RE_SPEECH.search(inner))


def reject_lone_verb(inner: str) -> bool:
    """Filter 23: a two-character quote that the dictionary knows as a verb (方案“出台”, 活动“升级”)
    is a stressed word of the sentence, not a name its frame gives."""
    return len(inner) == 2 and (word_tags().get(inner) or "x")[0] == "v"


def reject_common_word(inner: str) -> bool:
    """Filter 42 (round 35b): a quote holding one dictionary word that jieba tags an adjective or a
    place or direction word (“健康”, “家门口”) stresses a plain word of the sentence (以“健康”为主题,
    送到居民“家门口”, “家门口”贴心服务); no program of the labelled sets is so named (idioms are, and
    stay: “万事无忧”). Read as programs in a tuning article and a bulk article."""
    return (word_tags().get(inner) or "x")[0] in COMMON_WORD_TAGS


def reject_common_noun(text: str, q_end: int, inner: str) -> bool:
    """Filter 53 (round 57 h6): a quote holding one dictionary word that jieba tags a plain common
    noun, standing bare in its clause (开辟“绿色通道”，…; 成为大家的“主心骨”负责…; 社区“治保会”的成员),
    stresses a word of the sentence, not a name. A brand word the text names keeps a program word
    after the quote (“某某”党建品牌, “某某”工程) or in itself (“饺子宴”: 宴), and a count head
    (“三资”) is left to the numeral filters. Read as programs in three tuning articles of three sets."""
    if (word_tags().get(inner) or "x") != COMMON_NOUN_TAG:
        return False
    if RE_NUMERAL_START_CHAR.match(inner) or inner_suffix(inner) is not None:
        return False
    after = q_end + 1
    if RE_BARE_AFTER_QUOTE.match(text, after):
        return True
    return _word_after(text, after) == "v"


def _word_after(text: str, pos: int) -> str:
    """Dictionary tag of the longest word starting at `pos` ("x" for none)."""
    tags = word_tags()
    for size in range(MAX_WORD_AFTER_QUOTE, 1, -1):
        tag = tags.get(text[pos:pos + size])
        if tag:
            return tag
    return "x"


def reject_idea_frame(text: str, q_end: int) -> bool:
    """Filter (round 45progp): a quote that an idea or manner word follows (唱响“…”服务理念, 采取
    “…”的形式, 秉承“…”的理念) states how a body thinks or works; what it runs is named elsewhere.
    Read as programs in 2 pooled articles of 2 sets; the frame follows quotes in 13 pooled articles,
    none of them a program's only mention. `q_end` is the closing quote's offset."""
    return bool(RE_IDEA_AFTER.match(text, q_end + 1))


def reject_enumeration(inner: str) -> bool:
    """Filter 21: a quote listing three or more short items (“大阵地、大课堂、大舞台”) enumerates
    kinds of thing; no one of them, nor the whole, is a program's name."""
    return bool(RE_SHORT_ENUMERATION.match(inner))


def _before_quote(text: str, q_start: int) -> str:
    """The three characters before the opening quote mark of a quote whose text starts at q_start,
    a perfective 了 dropped: where the verb that frames the quote stands (开展了“…”, 打造“…”)."""
    return text[max(0, q_start - 4) : max(0, q_start - 1)].removesuffix("了")


def enumerated_activity(text: str, q_start: int, inner: str) -> bool:
    """Round 48progmiss: an enumeration of phrases (RE_PHRASE_ENUMERATION) right after an activity
    verb (program_exclusions.tsv activity_verb; 了 may follow it) and before an activity word names
    the campaign held (开展“看老人、修家电、送温暖”走访行动, 开展了“…、…、…”的四季活动), as a two-part
    quote there does (activity_object); filter 21 and the length of one name (MAX_NAME) leave it, as
    its parts together are the name. Seen in 3 labelled articles of 3 pooled sets, each a program; no
    enumeration stands in this frame unlabelled. A principle or goal (按照“…、…、…”的原则, 形成“…、…、…”
    的格局) has no activity verb before it."""
    before = _before_quote(text, q_start)
    return (
        bool(RE_PHRASE_ENUMERATION.match(inner))
        and before.endswith(_exclusions()["activity_verb"])
        and bool(RE_ENUMERATED_ACTIVITY_AFTER.match(text, q_start + len(inner) + 1))
    )


def reject_slogan(inner: str) -> bool:
    """Filter 2: a policy catchphrase (“一老一小”, “急难愁盼”) or a target-group and campaign
    catchphrase that models also leave out (model_named_exclusions.txt: “一老一小一特”, “两新”)."""
    return inner in _exclusions()["slogan"] or inner in _catchphrases()


def names_practice(text: str, q_end: int) -> bool:
    """Round 57e h3: filter 2 yields before 实践活动: the practice activity a campaign's catchphrase names
    (“某某办实事”实践活动) is a programme in every tuning article that quotes one so (7 articles of 7 sets),
    while the catchphrase standing alone (立足“…”, “…”走深走实) stays out."""
    return bool(RE_PRACTICE_AFTER.match(text, q_end))


def names_series(text: str, q_end: int) -> bool:
    """Round 58 h2: a quote right before 系列 and an activity, course or service word (RE_SERIES_AFTER)
    names the series, so the filters that read a quote's words alone yield to it: a catchphrase
    (filter 2), a list of short items (filter 21) and a three-part slogan far from its activity
    word (filter 1: “甲乙，丙丁，戊己”系列学雷锋活动). Every such quote of the tuning sets is a gold
    programme (10 articles of 8 sets); three of them, in 3 sets, were dropped by one of these filters.
    `q_end` is the closing quote's offset."""
    return bool(RE_SERIES_AFTER.match(text, q_end))


@lru_cache(maxsize=1)
def _catchphrases() -> frozenset[str]:
    return frozenset(read_terms("model_named_exclusions.txt"))


def reject_award(text: str, q_start: int, inner: str) -> bool:
    """Filter 3: an award or honour title (“优秀社工室”, “五好家庭”, 荣获…“终身学习品牌项目”).
    An honour ending right after 进 is where a campaign goes (“法律进家庭”, “党建进网格、服务
    进家庭”: round 20), no honour."""
    ex = _exclusions()
    suffix = next((w for w in ex["award_suffix"] if inner.endswith(w)), None)
    if inner.startswith(ex["award_prefix"]) or (suffix is not None and not inner[: -len(suffix)].endswith("进")):
        return True
    if plaque_title(text, inner):
        return True
    before = text[max(0, q_start - 14) : q_start]
    before = before.rsplit("，", 1)[-1].rsplit("。", 1)[-1]
    return any(verb in before for verb in ex["award_verb"])


def plaque_title(text: str, inner: str) -> bool:
    """Filter 3b (round 38): the quoted words stand, somewhere in the article, in quotes right
    before an honour plaque (“某某之家”光荣牌, …”牌匾: RE_PLAQUE_AFTER): the title a plaque gives a
    household, so the same quote elsewhere (a headline's 致敬“某某之家”) names no program either."""
    start = text.find(inner)
    while start >= 0:
        close = start + len(inner)
        if start > 0 and text[start - 1] in QUOTE_MARKS and close < len(text) and text[close] in QUOTE_MARKS and RE_PLAQUE_AFTER.match(text, close + 1):
            return True
        start = text.find(inner, start + 1)
    return False


def reject_org_name(inner: str) -> bool:
    """Filter 16: a quoted name ending in an organization head (“桃源社会工作服务中心”, “青禾
    志愿者协会”) names an organization, which organizations reports; so does a quote that the
    dictionary knows as an organization's name (“中国银行”: not a points bank like “道德银行”)."""
    return inner.endswith(_exclusions()["org_head"]) or word_tags().get(inner) == "nt"


def reject_purpose_word(inner: str) -> bool:
    """Filter 19: a quote holding only a purpose or holder word (“爱心”系列活动, “关爱”项目)
    says what a program is for, not which program it is."""
    return inner in _name_parts()["purpose"] or inner in _name_parts()["generic"]


# 实际行动 (deeds: 用实际行动, 以实际行动) is an idiom, not a named campaign's head.
DEEDS_WORD = "实际"


def reject_plural_or_deeds(descriptor: str, word: str) -> bool:
    """Filter 45 (round 40, with 行动's longer gap): a descriptor that opens with the plural 们
    (“某某阿姨”们用实际行动: the quote names people) or a 行动 that is the idiom 实际行动 (deeds)
    heads no program of the quote."""
    return descriptor.startswith("们") or (word == "行动" and descriptor.endswith(DEEDS_WORD))


def reject_award_descriptor(descriptor: str) -> bool:
    """Filter 17: a selection or award word between the quote and its program word (“十佳楼长”
    评选活动): the quote names the award, not a program."""
    return any(word in descriptor for word in _exclusions()["award_descriptor"])


def reject_order_steps(inner: str) -> bool:
    """Filter 47 (round 47prog1): a quote of order-dispatch steps (“接单”, “点单——接单——评单”) tells how a
    service takes and hands out residents' requests; the model extractor reports the chain, no program
    is named. Seen quoted as a program in 4 pooled articles of 2 sets; every such quote in the
    pooled gold is a model or nothing."""
    return bool(RE_ORDER_STEPS.match(inner))


def reject_manner(inner: str) -> bool:
    """Filter 27: a quoted manner word (“点餐式”, “菜单式”) says how a service is given, not
    what program gives it."""
    return bool(RE_MANNER.search(inner))


def reject_kind_word(inner: str) -> bool:
    """Round 55 (p4): a quoted kind word (“护理型”, RE_KIND_WORD) says what sort of service is
    built, like a manner word (filter 27), not which program gives it; no gold program is one.
    Where 型 closes a dictionary noun (发型, 造型) it is no suffix, and the quote may name a program."""
    return bool(RE_KIND_WORD.match(inner)) and inner[-2:] not in word_tags()


def reject_observance(inner: str) -> bool:
    """Filter 26 (round 14): a national or world observance day (“中华慈善日”, “世界家庭日”,
    “某某纪念日”): a date a community marks with an activity, not the activity's name. Seen
    quoted in 4 real articles from 4 outlets, never a gold program. A community's own day
    (“党员志愿服务日”, “六情接待日”) has no such opening and stays."""
    return bool(RE_OBSERVANCE.match(inner))


def reject_holiday(text: str, q_end: int, inner: str) -> bool:
    """Filter 28 (round 20): a public holiday, with the date it is called by or not (“三八妇女节”,
    “重阳节”, “六一儿童节”), or that date alone before the holiday's word (“三八”妇女节插花活动):
    a day on which a community holds an activity, not the activity's name. The holiday words
    are the calendar's (program_exclusions.tsv holiday); a community's own festival (“邻里节”,
    “睦邻文化节”) is none of them and stays. Round 30: a quoted date alone is a day whatever
    follows it (“6·26”国际禁毒日, “五四”主题团日活动, “3.5”学雷锋活动: an observance, a theme day or an
    activity held on it); no gold program of the labelled sets is a date, and quoted dates read as
    programs in 2 tuning articles of 2 sets and 3 bulk articles of 2 samples."""
    holidays = _exclusions()["holiday"]
    date = RE_HOLIDAY_DATE.match(inner)
    if date is None and inner.endswith(holidays):
        head = inner[: -len(next(h for h in holidays if inner.endswith(h)))]
        return not head or bool(RE_HOLIDAY_DATE.match(head))
    return date is not None


def reject_document(inner: str) -> bool:
    """Filter 29 (round 20): a quoted document signed or issued (“…共建协议”, “…居民公约”:
    program_exclusions.tsv document_suffix) is no program, though a signing ceremony follows it."""
    return inner.endswith(_exclusions()["document_suffix"])


def reject_community_type(inner: str) -> bool:
    """Filter 30 (round 22): a quoted type of community named by the service it specialises in
    (“助浴服务型社区”, “养老服务型社区”: program_exclusions.tsv type_suffix) is a kind a district
    builds several of, not a program; a type named otherwise (“某某友好型社区”) stays."""
    return inner.endswith(_exclusions()["type_suffix"])


def reject_operation_form(inner: str) -> bool:
    """Filter 55 (round 60): a quoted form of ownership and operation (一座“公建民营”的养老院) says how
    a home or a centre is owned and run, an attribute of it, not a program of anyone's."""
    return RE_OPERATION_FORM.match(inner) is not None


def reject_contrast(text: str, q_start: int) -> bool:
    """Filter (round 42): a quote on either side of 从“甲”到“乙” (a change from one state to the
    next) is not a name, even when it ends in a program word."""
    if text[max(0, q_start - 2) : q_start] == "从“" and RE_CONTRAST_FIRST.match(text, q_start):
        return True
    return bool(RE_CONTRAST_SECOND.search(text, max(0, q_start - 26), q_start))


def reject_cooperation(inner: str) -> bool:
    """Filter 39 (round 32): a quote made only of words naming who works together and how
    (program_exclusions.tsv cooperation_party and cooperation_act: “党建联盟”, “校地合作”, “警社联动”,
    “党组织共建”), with one act word at least, names a kind of cooperation that any two units may
    enter, not a program; a quote with a name of its own (“某某党建联盟”) stays. Read as programs in
    5 tuning articles of 5 sets, none labelled so."""
    return bool(_cooperation_pattern().fullmatch(inner))


@lru_cache(maxsize=1)
def _cooperation_pattern() -> "regex.Pattern[str]":
    """Party and act words in any order, one act word at least. Example match: 党建联盟."""
    ex = _exclusions()
    party = "|".join(regex.escape(w) for w in ex["cooperation_party"])
    act = "|".join(regex.escape(w) for w in ex["cooperation_act"])
    return regex.compile(f"(?:{party})*(?:{act})(?:{party}|{act})*")


def reject_venue(inner: str) -> bool:
    """Filter 4: a physical venue (“雷锋广场”, “雷锋宣传角”, “伙伴一条街”)."""
    return inner.endswith(_exclusions()["venue_suffix"])


def reject_metaphor(text: str, q_start: int, q_end: int) -> bool:
    """Filter 5: a role metaphor right after 为/成为/化身 (以专业社工为“智囊团”). A name used so
    anywhere in the article is a metaphor everywhere (the headline “智囊团”搭台 too). Not when
    的 follows the closing quote: the quote then qualifies a noun, and 为/成为 is a preposition or
    verb of that noun phrase (为“时间银行”的志愿者提供服务, 成为“时间银行”的志愿者). Nor when the quote
    names a day of a recurring activity (每月8日作为“某某恳谈日”, 今天是“某某服务日”, round 37): a date
    set aside is no role anyone plays. Nor when a plaque verb closes the clause (为“某某驿站”揭牌,
    RE_PLAQUE_CLAUSE, round 61 h2): 为 is then "for" the station unveiled. Nor when 为 ends a verb of
    naming (self_named, round 61 h2b)."""
    before = text[max(0, q_start - 3) : q_start - 1]
    if not before.endswith(_exclusions()["metaphor_before"]) or text.startswith("的", q_end + 1):
        return False
    if self_named(text, q_start):
        return False
    return not names_a_day(text[q_start:q_end]) and RE_PLAQUE_CLAUSE.match(text, q_end + 1) is None


def self_named(text: str, q_start: int) -> bool:
    """True when the quote opening at `q_start` (inner start) follows a verb of naming ending in 为
    (命名为, 称之为, 列为: naming_verb) in a clause with no 被: the doers give their own squad, patrol
    or task the quoted name (编成一个连，命名为“某某连”), so 为 is no copula of a role. A passive
    clause (被某联合会命名为“某某集体”) is a title a body confers, which stays an award or metaphor.
    Round 61 h2b: filter 5 dropped such names in 3 tuning articles of 3 sets, each a gold programme."""
    lead = text[max(0, q_start - 1 - MAX_NAMING_CLAUSE) : q_start - 1]
    if not lead.endswith(_exclusions()["naming_verb"]):
        return False
    clause = RE_CLAUSE_BREAK.split(lead)[-1]
    return PASSIVE_MARK not in clause


def names_a_day(inner: str) -> bool:
    """A quoted name ending in a day word of program_suffixes.tsv (恳谈日, 服务日 …, round 37)."""
    suf = inner_suffix(_clean(inner))
    return suf is not None and suf.word.endswith("日")


def reject_likeness(ctx: ArticleContext, start: int) -> bool:
    """Filter 5b: a name after X的 in a clause whose verb makes it a likeness (成为周边居民的“加油站”,
    化身孩子们的假日驿站, 筑牢新就业群体的“温暖之家”): what serves X is called a station or a home,
    none is named. X must be a group of people or a quality (a noun or adjective: 居民, 孩子们,
    充满温情): a verb before 的 makes X的 a relative clause (是社区打造的“…”, 是街道开展的“…”项目:
    a named program), and a place, community or organization, or a generic holder word, makes X
    its holder (是社区的“…”). The verb stands at most MAX_LIKENESS_CLAUSE characters before the
    name, with no clause mark between. Round 21b: consensus errors of both labellings in 4
    articles of 3 tuning sets (metaphor verbs well before the quote, which filter 5 reads only right
    before it)."""
    text = ctx.text
    end = start - 1 if start > 0 and text[start - 1] in QUOTE_MARKS else start
    if not text.startswith("的", end - 1):
        return False
    clause = text[max(0, end - 1 - MAX_LIKENESS_CLAUSE) : end - 1]
    clause = RE_CLAUSE_BREAK.split(clause)[-1]
    verb = max((clause.rfind(v) + len(v) for v in _exclusions()["metaphor_verb"] if v in clause), default=-1)
    if verb < 0 or verb == len(clause):
        return False
    tokens = _tokens_within(ctx, end - 1 - len(clause) + verb, end - 1)
    if not tokens or tokens[-1][1] != end - 1:
        return False
    word = text[tokens[-1][0] : tokens[-1][1]]
    tag = word_tags().get(word) or "x"
    if tag.startswith("v") or tag in HOLDER_TAGS or word in _name_parts()["generic"]:
        return False
    return not any(m.end == end - 1 for m in ctx.found_any(("organizations", "communities", "places")))


def reject_everyday_home(name: str, own: _Suffix) -> bool:
    """Filter 5c: a quoted home (“…家园”) whose last word before 家园 is an adjective, verb or
    adverb, or a particle or pronoun (“美好家园”, “共建和谐家园”, “处处是家园”, “我们的家园”) describes a home in everyday words, a slogan or
    an award title, not named by 家园 itself (a program word after the quote still may name it:
    “…幸福家园”主题活动); a name word (“石榴籽家园”, “暖心家园”) names a community's platform.
    Round 21b."""
    if own.word != "家园" or len(name) <= len(own.word):
        return False
    if RE_SLOGAN_MARK.search(name):
        return True  # “携手共建、同创美好家园”: a two-part slogan, whatever word ends it
    tokens = token_offsets(name[: -len(own.word)])
    last = name[tokens[-1][0] : tokens[-1][1]] if tokens else ""
    return (word_tags().get(last) or "x")[0] in ("a", "v", "d", "u", "r")


def reject_particle_ba(name: str, own: _Suffix) -> bool:
    """Filter 5d (round 22): a quote ending in 吧 whose word before it is no noun (“那就这样吧”,
    “一起来吧”: the sentence-final particle of speech) names no room; a room's own name has a
    noun or a word unknown to the dictionary there (“某某书吧”, “忆友吧”)."""
    if own.word != "吧":
        return False
    tokens = token_offsets(name[: -len(own.word)])
    last = name[tokens[-1][0] : tokens[-1][1]] if tokens else ""
    tag = word_tags().get(last)
    return tag is not None and not tag.startswith("n")


def reject_one_word_room(name: str, own: _Suffix) -> bool:
    """Filter 5e (round 39): a quote ending in a one-character room word (坊, 屋, 站, 吧) that the
    dictionary knows as one word (“老街坊”, “图书馆”) names a kind of person or building, not a room of
    its own; a named room has words of its own before the room word (“某某工匠坊”, “宝宝屋”)."""
    if own.kind != "station" or len(own.word) != 1:
        return False
    return len(token_offsets(name)) == 1


# Talk-session words that end a quoted session's own name (“某某半月谈”, “某某夜话”, “某某会议”); round 39.
TALK_WORDS = ("谈", "夜话", "会议")


def reject_everyday_talk(name: str, own: _Suffix) -> bool:
    """Filter 5f (round 39): a quote ending in a talk word whose word before it is a verb, adverb,
    adjective, particle or pronoun (“坐下来谈”, “有事好好谈”) is a remark about talking, not the name
    of a session; a session's name has a noun or time word there (“楼道半月谈”, “邻家夜话”)."""
    if own.word not in TALK_WORDS:
        return False
    tokens = token_offsets(name[: -len(own.word)])
    last = name[tokens[-1][0] : tokens[-1][1]] if tokens else ""
    return (word_tags().get(last) or "x")[0] in ("a", "v", "d", "u", "r")


def reject_numeric_head(inner: str) -> bool:
    """Filter 6: a numbered abstraction (“一体平台”, “三维延伸”, “五大区域”) or a numeral with one
    character (“两馆”建设, “三区”): not checked when an activity or project word follows the quote
    (“五个一千”专项行动, “三进”活动)."""
    return bool(_numeric_head().match(inner) or RE_NUMERAL_ONE.match(inner))


def reject_closed_formula(name: str) -> bool:
    """Filter 36 (round 29): a quote holding a closed formula (“甲+乙”, “甲+乙+丙”: no side left
    open) names how a service is combined, the models' shape (models.reject_uncalled_formula
    decides whether it is one), never a program by itself; a program word written on after it
    makes a full name (“党建+积分”惠民超市 → 党建+积分惠民超市) and an open formula (“社工+”) heads
    one. No labelled set holds a closed formula alone as a program."""
    return "+" in name and not name.endswith("+")


def reject_bare_word(name: str) -> bool:
    """Filter 13: a quote holding only a program word (“读书会”, “驿站”) names no program; a
    compound station word is a name (“积分超市”, “时间银行”: see `alone_word`)."""
    return name in _suffix_table() and alone_word(name) is None  # every program word is a key


def alone_word(name: str) -> _Suffix | None:
    """The entry of a program word that a quote holding only it names (“积分超市”, “时间银行”:
    compounds of a name part and a head that a community gives its station, `alone` in
    program_suffixes.tsv), else None."""
    suf = _suffix_table().get(name)
    return suf if suf is not None and suf.alone else None


def reject_short_quote(name: str, word: str) -> bool:
    """Filter 24: a two-character quote before a plain activity or service word (“红色”活动,
    “暖心”服务, “廉洁”系列讲座, “智慧”建设, “红色”教育培训) is a stressed word that says what kind
    of activity it is, not its name. A numbered label (“三进”活动: 进社区、进家庭…) stays a name.
    Nor does a three-character mirrored phrase before such a word (“心贴心”服务: RE_MIRRORED)."""
    if word not in SHORT_QUOTE_HEADS:
        return False
    return (len(name) == 2 and not RE_NUMERAL_ONE.match(name)) or bool(RE_MIRRORED.match(name))


def reject_taught_subject(text: str, q_start: int, kind: str) -> bool:
    """Filter 54 (round 59 h4b): a quote a teacher covers (主讲“某某”课程, 讲授“某某”专题课程: a teaching
    verb of program_exclusions.tsv right before it) names the subject of a lesson, not a course a body runs
    under a name of its own (开设“某某”公益课程, 上线“某某”课程). Only before a course word."""
    return kind == "course" and _before_quote(text, q_start).endswith(_exclusions()["teaching_verb"])


def reject_system_sense(name: str, descriptor: str, word: str) -> bool:
    """Filter 51 (round 56h1): a system word (program_exclusions.tsv system_head) names the quote's
    platform only with a word of its kind between them (“某某”智慧系统, “某某”大数据系统); right after
    the quote it is as often a scheme of work (“某某”系统登记, a part of a “某某+积分” mechanism).
    A quote holding one dictionary word (“人脸识别”智能系统) is the technique the system runs, where a
    platform's own name is coined (“一网统管”)."""
    return word in _exclusions()["system_head"] and (not descriptor or name in word_tags())


def reject_yi_wei(text: str, q_start: int, q_end: int) -> bool:
    """Filter 14: in 以“X”为<program word> the text takes X as that thing (以“红色物业”为重要
    平台); X is not named by the word after 为 (“邻里守望”为老服务项目 has no 以 and stays)."""
    return text.endswith("以", 0, max(0, q_start - 1)) and text.startswith("为", q_end + 1)


def reject_role_played(text: str, q_end: int) -> bool:
    """Filter 43 (round 36): a quote right before 作用, 功能 or 角色 (RE_ROLE_PLAYED) is the part a
    body or person plays (发挥“某某”作用, 起到“某某站”功能): a likeness, no program is named by it.
    Seen in 2 tuning articles of 2 sets (one a model's formula, kept by the models rules)."""
    return bool(RE_ROLE_PLAYED.match(text, q_end + 1))


def reject_national_app(cand: "_Candidate") -> bool:
    """Filter 44 (round 36): an app whose name opens with 国家 (“国家某某中心”APP, “国家某某APP”) is
    the national government's app that residents are helped to install, not a program of the
    community or unit the article reports. Seen in 2 tuning articles of 2 sets (and 3 more where
    other filters already dropped it)."""
    return cand.kind == "app" and cand.name.startswith(NATIONAL_APP_HEADS)


def slogan_core(name: str) -> str:
    """The part a two-part slogan name is known by: its first clause (“邻里守望进万家，志愿服务
    暖人心” and a later “邻里守望进万家，…桃源志愿服务暖人心” are one program)."""
    return RE_COMMA.split(name, maxsplit=1)[0]


def reject_generic_holder(prefix: str) -> bool:
    """Filter 10: an unquoted name whose words before the program word are only generic holders
    and service fields (社区议事会, 居民议事会, 村志愿服务队, 小区养老驿站) names no particular
    program."""
    return bool(_generic_run().fullmatch(prefix))


def reject_generic_quote(name: str, own: "_Suffix") -> bool:
    """Round 43c: a quote holding only generic words before its own program word names no program
    of its own (the gold README: a program needs a name of its own). Two classes of words never
    name by themselves: the level a station belongs to (program_exclusions.tsv level_holder: 社区,
    小区, 村, 街道 … before a program word of two characters or more: “社区驿站”, “社区书屋”), and,
    before a canteen word (`held`), the generic holders and service fields that say whom it feeds
    (“长者食堂”, “社区老年食堂”: the canteen type, as filter 10 holds it unquoted). Seen in 5
    pooled articles of 4 sets, none labelled a program; a quote with a name part of its own
    (“幸福食堂”, “社区邻里节”) stays."""
    prefix = name[: -len(own.word)]
    if not prefix or not name.endswith(own.word):
        return False
    if own.bare == "held":
        return reject_generic_holder(prefix)
    return len(own.word) >= 2 and bool(_word_run("level_holder").fullmatch(prefix))


# An ordinal before a program word ranks one of its kind (第二课堂, 第一课堂), it names none.
RE_ORDINAL_MODIFIER = r"第[一二三四五六七八九十百\d]+"


# A run of digits alone before a phone line's word (“12345”市民服务热线, 96156热线) is the number to
# call, not a programme; a numbered formula before a programme word (“1214”党建工程) keeps its name.
# Round 59: a bulk article. Example match: 市民服务热线 after “12345”.
RE_PHONE_LINE_AFTER = regex.compile(r"[”\"]?\p{Han}{0,4}?(?:热线|专线|电话)")


def reject_phone_number(text: str, cand: "_Candidate") -> bool:
    """Whether the candidate is a number and nothing else, before a phone line's word (see above)."""
    return RE_DIGITS.fullmatch(cand.name) is not None and RE_PHONE_LINE_AFTER.match(text, cand.q_end) is not None


def reject_modifier_only(name: str) -> bool:
    """Round 44cp: a name whose words before its program word are only generic holders (社区, 小区),
    then a size, quality or ordinal modifier (program_exclusions.tsv generic_modifier: 小食堂,
    社区小课堂; 第二课堂) is the kind of thing a community runs, not a name of its own. Seen in 3
    pooled articles of 2 sets (quoted and unquoted), none labelled a program; a name part beside
    the modifier (小禾课堂, 暖阳小食堂) stays."""
    return bool(_modifier_only_name().fullmatch(name))


def reject_pointer_opening(name: str) -> bool:
    """Round 47progn: a name opening with a word that points back or grades (program_exclusions.tsv
    name_opening_pointer: 该老兵驿站, 市级…驿站) refers to a thing already told or to its rank, and
    names nothing of its own."""
    return name.startswith(_exclusions()["name_opening_pointer"])


@lru_cache(maxsize=1)
def _modifier_only_name() -> "regex.Pattern[str]":
    """Generic holders, one or more modifiers, then one program word (program_suffixes.tsv)."""
    holders = _word_run("level_holder", "generic_prefix").pattern
    modifier_words = "|".join(regex.escape(w) for w in _exclusions()["generic_modifier"])
    modifiers = f"(?:{modifier_words}|{RE_ORDINAL_MODIFIER})+"
    words = "|".join(regex.escape(s.word) for s in sorted(_suffixes(), key=lambda s: len(s.word), reverse=True))
    return regex.compile(f"(?:{holders})?{modifiers}(?:{words})")


def _generic_run() -> "regex.Pattern[str]":
    """One or more generic holder or service-field words in a row (program_exclusions.tsv)."""
    return _word_run("generic_prefix", "generic_field")


@lru_cache(maxsize=None)
def _word_run(*roles: str) -> "regex.Pattern[str]":
    """One or more words of these program_exclusions.tsv roles in a row, longest first."""
    ex = _exclusions()
    words = sorted((word for role in roles for word in ex[role]), key=len, reverse=True)
    return regex.compile("(?:" + "|".join(regex.escape(w) for w in words) + ")+")


def reject_counted(text: str, start: int) -> bool:
    """Filter 7: a counted category (8个门房连心驿站, 5个“优秀社工室”) is not one named program."""
    return bool(RE_COUNTED_BEFORE.search(text[max(0, start - 6) : start]))


def reject_clause(name: str) -> bool:
    """Filter 8: a candidate or descriptor holding clause words or a verb (…公布了…项目,
    “233网校”搭建线上学习平台) is a clause, not a name."""
    return bool(_clause_words().search(name))


@lru_cache(maxsize=1)
def _clause_words() -> "re.Pattern[str]":
    """Filter 8's clause words and operator verbs as one pattern: found anywhere in one scan."""
    ex = _exclusions()
    return re.compile("|".join(re.escape(word) for word in ex["clause_word"] + ex["operator_verb"]))


def reject_name_verb(ctx: ArticleContext, start: int, w_start: int) -> bool:
    """Round 22b: an unquoted name whose words before its program word hold a verb of organizing,
    owning, dividing or wearing as a whole word (program_exclusions.tsv name_verb: 某团委|组织|某某
    志愿服务队, 某县|现有|志愿服务队伍, 戴上…|分成|两个小队) is a clause around the program word, not a
    name: the holder organizes, owns or splits into teams."""
    return any(is_name_verb(ctx.text[a:b]) for a, b in _tokens_within(ctx, start, w_start))


def is_name_verb(word: str) -> bool:
    """A whole word that makes the stretch before a program word a clause: a name_verb of the
    exclusions table, or a verb with the aspect particle 着 (拉着|亲友, 带着|孩子: round 57 h4), which
    the dictionary mostly does not know and so cannot tag as a verb; no program's name holds one."""
    return word in _name_verbs() or RE_ASPECT_VERB.fullmatch(word) is not None


@lru_cache(maxsize=1)
def _name_verbs() -> frozenset[str]:
    return frozenset(_exclusions()["name_verb"])


def reject_org_head(text: str, end: int) -> bool:
    """Filter 9: the program word goes on into an organization head (“自我创业”型党群服务中心)."""
    return text.startswith(_exclusions()["org_head"], end)


def _outer_matches(text: str, pos: int) -> list[tuple[str, str, int]]:
    """(descriptor, program word, end) options after a closing quote at `pos`, longest last.

    The shortest descriptor comes first, then the phrase is extended while another program
    word follows at once (志愿服务品牌: 服务 → 品牌), so the noun phrase's real head decides the
    kind; the caller takes the longest option its filters accept (“…”民生品牌建设 → 品牌, as
    建设 allows no descriptor). A leading year (2025年) is not part of the descriptor.
    """
    match = _outer_patterns().match(text, pos)
    if not match:
        return []
    desc_start = match.start(1)
    options = [(text[desc_start : match.start(2)], match.group(2), match.end())]
    end = match.end()
    while True:
        more = _outer_patterns().match(text, end)
        if not more or len(more.group(1)) > 4 or more.group(0)[:1].isdigit() or more.group(1).startswith("暨"):
            break  # 暨 joins a second event (…便民服务暨志愿者招募活动): the first word heads the quote's phrase
        end = more.end()
        options.append((text[desc_start : more.start(2)], more.group(2), end))
    if any(word.endswith("站") and text.startswith(STATION_RUN_ON, stop) for _, word, stop in options):
        return []  # “四站融合”服务站点, “2+5+N”党群服务站体系(建设), “某某”站出口: the noun goes on
    return options


def _outer_match(text: str, pos: int) -> tuple[str, str, int] | None:
    """The longest (descriptor, program word, end) after a closing quote at `pos`."""
    options = _outer_matches(text, pos)
    return options[-1] if options else None


def _anchoring(word: str) -> bool:
    """A program word that makes the quote before it a name even with a comma or a numeral
    head: a project, activity, brand or team word (not 服务/建设, which follow slogans too)."""
    return _suffix(word).kind != "program"


def instrument_quote(text: str, q_end: int) -> bool:
    """Round 42: a quote run straight into a verb (平台“某某”上报, “某某”登记) is the feature a person
    uses for that act; a preposition (“某某”在…) or a mark after the quote leaves it a name."""
    after = text[q_end + 1 : q_end + 3]
    if not after or after[0] in INSTRUMENT_FREE_HEADS:
        return False
    return (word_tags().get(after) or "x")[0] == "v"


def _frame_kind(text: str, q_start: int, q_end: int) -> str | None:
    """The kind a quote's frame gives it: a program word right before the opening quote
    (…关爱项目“…” → project; not a list item: 场地、项目“三本台账”), a theme (以“…”为主题,
    围绕“…”主题, “…”主题教育: activity), an edition number (第三届“…”: activity), a joint
    event title (“…”开放日暨…, …暨“…”主题活动: activity), a dash and a subtitle naming an
    activity, project or fund (“…”——某社区…活动: activity), 以“…”为抓手 (carried: program), or
    a verb of naming said by the doers (命名为“…”, self_named: program); None when nothing frames it."""
    # a dash or colon only sets the name off from the word before it (云平台——“某某”, 公众号：“某某”)
    before = RE_ANCHOR_MARK.sub("", text[max(0, q_start - 9) : max(0, q_start - 1)])[-6:]
    for word in _exclusions()["anchor_before"]:
        if before.endswith(word) and not before[: -len(word)].endswith(("、", "和", "与", "及")):
            own = _suffix_table().get(word) or _suffix(word[-2:])  # 小程序 is its own row; 主题活动 reads as 活动
            if own.kind in ("platform", "app") and text[q_start:q_end].endswith(ACCOUNT_END):
                return None  # 自媒体平台“某某号”: an account type of a content site, not a local platform
            if own.kind in ("platform", "app") and instrument_quote(text, q_end):
                return None  # 用线上平台“某某”上报: a feature used for the verb after it, not the tool's name
            return own.kind
    themed = bool(
        RE_THEME_AFTER.match(text, q_end + 1) or RE_THEME_BEFORE.search(text, max(0, q_start - 4), max(0, q_start - 1))
    )
    if themed:
        clause = RE_THEME_CLAUSE.match(text, q_end + 1)
        if clause is not None and not (clause.group().endswith(("，", ",")) and _theme_held().match(text, clause.end())):
            return None  # 以“…”为主题，通过…: a theme, not the event's name (round 28)
    if (
        themed
        or RE_EDITION_BEFORE.search(text, max(0, q_start - 8), max(0, q_start - 1))
        or RE_EDITION_AFTER.match(text, q_end + 1)
        or RE_JOINT_FIRST.match(text, q_end + 1)
        or (text[max(0, q_start - 2) : q_start - 1] == "暨" and RE_JOINT_SECOND.match(text, q_end + 1))
        or (q_end - q_start >= MIN_VERB_OBJECT and RE_DASH_SUBTITLE.match(text, q_end + 1))
    ):
        return "activity"
    if q_end - q_start >= MIN_VERB_OBJECT and carried(text, q_start, q_end):
        return "program"
    if RE_CREATED_AFTER.match(text, q_end + 1):
        return "program"
    if unveiled(text, q_start, q_end):
        return "station"
    if self_named(text, q_start):
        return "program"  # 编成一个连，命名为“某某连”: the name the doers gave, whatever word it ends in
    return None


def unveiled(text: str, q_start: int, q_end: int) -> bool:
    """A quote a plaque is unveiled for (“甲乙驿家”揭牌, see RE_UNVEILED_AFTER): not two characters, mostly
    a quoted word of the clause (“亲自”揭牌), nor a quote opening with a generic holder (举行“社区志愿者
    队伍”授牌仪式: a kind of the holder's teams, as in one_part_activity)."""
    name = text[q_start:q_end]
    return len(name) >= MIN_VERB_OBJECT and not name.startswith(_holder_words()) and RE_UNVEILED_AFTER.match(text, q_end + 1) is not None


@lru_cache(maxsize=1)
def _theme_held() -> "regex.Pattern[str]":
    """RE_THEME_HELD_TEMPLATE with the activity verbs (开展, 举办, 举行 …)."""
    verbs = "|".join(regex.escape(v) for v in _exclusions()["activity_verb"])
    return regex.compile(RE_THEME_HELD_TEMPLATE.format(reach=MAX_THEME_HELD, verbs=verbs))


def carried(text: str, q_start: int, q_end: int) -> bool:
    """以“…”为<carrier word> (抓手, 载体, 平台, 纽带: program_exclusions.tsv carrier_word): the quote
    names what a body works through (以“甲乙”为抓手, 以“甲乙丙”为平台); round 20. A model the text
    so names (以“党建+积分”为抓手) is reported by models, which blocks the quote here."""
    return text.endswith("以", 0, max(0, q_start - 1)) and text.startswith(
        tuple("为" + w for w in _exclusions()["carrier_word"]), q_end + 1
    )


def activity_object(text: str, q_start: int, name: str) -> bool:
    """A two-part quote right after an activity verb (开展/举办/名为…, program_exclusions.tsv
    activity_verb; 了 may follow the verb) names the activity held, with or without a program
    word after it: 开展“甲乙同心·丙丁同行”宣讲, 开展了“甲乙，丙丁”某社区送餐行动, 一场名为“甲乙，
    丙丁”的主题活动. A one-part quote there is often a slogan (开展“扫黑除恶”宣传) and stays out."""
    before = _before_quote(text, q_start)
    if enumerated_activity(text, q_start, name):
        return True
    return before.endswith(_exclusions()["activity_verb"]) and (bool(RE_TWO_PART.match(name)) or one_part_activity(text, q_start, name, before))


def one_part_activity(text: str, q_start: int, name: str, before: str) -> bool:
    """Round 39b: a one-part quote of five or more characters right after 开展/举办/举行 names the
    activity held too, when the sentence goes on after it into the activity's words, a next
    quote or a dash (开展“甲乙丙叩门”家访, 举办“甲”“乙”等讲座, 举行“某某演练”——…). Left out:
    a four-character quote (mostly a campaign's catchword: 开展“扫黑除恶”宣传, test_programs_round12),
    a quote that closes the clause (开展“健康方舟”，…: test_programs_frames), one a rating word
    follows (开展“甲乙之星”评选: the title rated), a person's role (“网格员”) and a numbered
    formula (开展“双走访双服务”: a model by the convention) and a quote opening with a generic
    holder (“社区…”). Not after 名为 (命名为“…”: a title). `before`: the characters before the
    opening quote, as activity_object reads them."""
    return (
        before.endswith(ONE_PART_ACTIVITY_VERBS) and len(name) >= MIN_ONE_PART_ACTIVITY
        and not RE_SLOGAN_MARK.search(name) and not RE_RATED_AFTER.match(text, q_start + len(name) + 1)
        and not name.endswith("员") and not RE_NUMERAL_START_CHAR.match(name)
        and bool(RE_ACTIVITY_GOES_ON.match(text, q_start + len(name) + 1))
        and not name.startswith(_holder_words())
    )


@lru_cache(maxsize=1)
def _event_heads() -> tuple[str, ...]:
    """The event words of program_event_heads.txt, longest first."""
    return tuple(sorted(read_terms("program_event_heads.txt"), key=len, reverse=True))


def whole_event_object(text: str, q_start: int, name: str) -> bool:
    """Round 59 h4: a quote that ends with an event word (program_event_heads.txt: 活动, 演练, 晚会 …) and is
    the whole object of 开展/举办/举行 (a short qualifier may stand between: 开展全区首个“…主题活动”，) names
    the event held, word and all: 开展“某某防汛应急演练”。, 开展“某某示范社区创建活动”，. The word inside
    the quote, where one_part_activity and the suffix table look for it after the closing quote. Left
    out: a name with fewer than MIN_EVENT_OWN characters of its own before the word, one opening with a
    generic holder (“社区…”), and the kind of service a group gives (RE_KIND_OF_SERVICE: “巾帼志愿者
    服务活动”). Seen in 3 tuning articles of 3 sets, each a gold programme; the one quote so framed that
    is not one is the kind of service."""
    head = next((word for word in _event_heads() if name.endswith(word)), None)
    return (
        head is not None and len(name) - len(head) >= MIN_EVENT_OWN
        and RE_EVENT_OBJECT_BEFORE.search(text, max(0, q_start - 14), max(0, q_start - 1)) is not None
        and RE_EVENT_OBJECT_AFTER.match(text, q_start + len(name) + 1) is not None
        and not name.startswith(_holder_words()) and not RE_KIND_OF_SERVICE.match(name)
    )


@lru_cache(maxsize=1)
def _holder_words() -> tuple[str, ...]:
    """The generic holders of two characters or more (program_exclusions.tsv generic_prefix: 社区,
    居民, 小区 …): a quote opening with one (举行“社区志愿者队伍”授牌仪式) names a kind of the
    holder's things, not one activity."""
    return tuple(w for w in _exclusions()["generic_prefix"] if len(w) >= 2)


# A quote whose first and last characters are one (“面对面”, “背对背”, “点对点”): how a service is done,
# face to face or each side apart, not what names it. Example match: 背对背.
RE_MIRRORED_MANNER = regex.compile(r"^(\p{Han})\p{Han}\1$")


def _person_name(words: str) -> bool:
    """The words after a quote are a person's name (“老木匠”张某某、…: a nickname before the name): two or
    three characters opening with a surname that make no dictionary word (修理, 关爱 are words)."""
    return 2 <= len(words) <= 3 and words[0] in surnames() and words not in word_tags()


def listed_service(text: str, q_start: int, q_end: int) -> bool:
    """Round 55h2: a quote that is an item of a list, followed by the short service it gives (see
    RE_SERVICE_AFTER): the list closes on activities or projects (…、“甲乙”关爱老人等志愿服务活动) or
    another quoted item of the same shape stands next to it (“甲乙”理发、“丙丁”维修). An item of a
    list (a list mark before the quote or after its service) is needed: a lone quote and its words
    (开展“甲乙”宣传等活动) are as often a slogan and what is done for it. A numbered quote (“一站式”
    接待、“一条龙”服务: manners of serving) and a person's role (“某某员”) name nothing."""
    name = text[q_start:q_end]
    service = RE_SERVICE_AFTER.match(text, q_end + 1)
    if service is None or RE_NUMERAL_START_CHAR.match(name) or name.endswith("员"):
        return False
    if RE_MIRRORED_MANNER.match(name) or _person_name(service.group()):
        return False
    listed_before = text.endswith("、", 0, q_start - 1)
    listed_after = text.startswith("、", service.end())
    if RE_SERVICE_ITEM_AFTER.match(text, q_end + 1) or RE_SERVICE_ITEM_BEFORE.search(text, max(0, q_start - 12), q_start - 1):
        return True
    return (listed_before or listed_after) and RE_SERVICE_LIST_CLOSE.match(text, q_end + 1) is not None


@lru_cache(maxsize=1)
def _held_event_words() -> tuple[_Suffix, ...]:
    """The outer-only class and meeting words of the suffix table (see HELD_EVENT_ENDS), longest first."""
    return tuple(s for s in _suffixes() if s.outer and not s.inner and s.kind != "team" and s.word.endswith(HELD_EVENT_ENDS))


def held_event(text: str, q_start: int, name: str, holder_ends: frozenset[int]) -> _Suffix | None:
    """Round 55h2b: the class or meeting word a quote ends with when a place, community or organization
    found in the article is written right before it (with or without 的) and the quote has a name of its
    own before the word: 某镇“银发暑期班”在某社区开班, 某社区“书记恳谈会”, 某街道“甲乙故事会”的. A bare
    word (“茶话会”) or a quote with no holder before it (召开“甲乙座谈会”: an occasion) names nothing
    here. Seen in 3 tuning articles of 3 sets, each quote a gold programme."""
    before = q_start - 1
    if text.endswith("的", 0, before):
        before -= 1
    if before not in holder_ends:
        return None
    own = next((s for s in _held_event_words() if name.endswith(s.word)), None)
    if own is None or len(name) - len(own.word) < MIN_HELD_EVENT_OWN or not RE_HAN_WORD.fullmatch(name):
        return None
    return own


def verb_object(text: str, q_start: int, q_end: int) -> bool:
    """A quote that is the whole object of a set-up verb (打造/推出/设立/依托…, program_exclusions.tsv
    frame_verb; 了 may follow the verb), a clause break or 等 right after it: 打造“健康方舟”，…
    names what was set up; so does a quote the verb qualifies with 的 (某中心打造的“甲乙影院”，…:
    round 20). A quote that runs on into a noun (打造“红色”品牌) is not the object."""
    before = _before_quote(text, q_start).removesuffix("的")
    return before.endswith(_exclusions()["frame_verb"]) and bool(RE_FRAME_VERB_AFTER.match(text, q_end + 1))


# Round 53h2: what may stand between two items of a list of holders, each with its quoted programme
# (县妇联“甲”、县总工会“乙”，县科协“丙”): a list mark, then the next holder's name. Example match: 、团县委.
RE_HELD_LIST_GAP = regex.compile(r"[、，,]\p{Han}{2,12}")


def held_object(text: str, q_start: int, q_end: int, holder_ends: frozenset[int]) -> bool:
    """Round 53h2: a quote closed by a clause break, 、 or 等 names the own programme of the
    organization or community found earlier right before it, when 的 joins the two (某社区的“甲乙丙”，
    如约开门) or when the pair is an item of a list of such pairs (县妇联“甲乙”、县总工会“丙丁”…等
    活动); as the object of a set-up verb does. A quote written right after its holder alone is as
    often what the holder is said to be or do (某社区“出了名”，), and one that runs on into a noun
    (某村“两委”干部) a word of the clause. A person's role (“某某员”) is no programme. Seen in 2
    tuning articles of 2 sets (one a list of five bodies' campaigns), each quote a gold programme; with
    开辟 (program_exclusions.tsv frame_verb) in a third set."""
    if not RE_FRAME_VERB_AFTER.match(text, q_end + 1) or text.endswith("员", 0, q_end):
        return False
    if text.endswith("的", 0, q_start - 1):
        return q_start - 2 in holder_ends
    return q_start - 1 in holder_ends and (
        held_pair_at(text, q_end + 1, holder_ends) or held_pair_before(text, q_start - 1)
    )


def held_pair_at(text: str, at: int, holder_ends: frozenset[int]) -> bool:
    """A list gap at `at` and then a holder whose quote opens right after it."""
    gap = RE_HELD_LIST_GAP.match(text, at)
    return gap is not None and any(
        end in holder_ends and end < len(text) and text[end] in OPEN_QUOTES + STRAIGHT_QUOTES
        for end in range(at + 3, gap.end() + 1)
    )


def held_pair_before(text: str, before: int) -> bool:
    """A holder ending at `before` whose name follows a quote closed by a list mark: the item before."""
    return any(
        text[at - 1] in CLOSE_QUOTES + STRAIGHT_QUOTES and RE_HELD_LIST_GAP.fullmatch(text, at, before)
        for at in range(max(1, before - 13), before - 2)
    )


@lru_cache(maxsize=1)
def _column_holders() -> tuple[str, ...]:
    """The outlets and outlet endings of org_media.txt and the broadcaster and paper words of
    program_media_column_holders.txt, longest first."""
    words = set(media_titles()) | set(read_terms("program_media_column_holders.txt"))
    return tuple(sorted(words, key=len, reverse=True))


def outlet_column(text: str, title_open: int) -> bool:
    """Round 59 h4: a media outlet alone launches the column or series whose title or quote opens at
    `title_open`: the outlet ends right before the mark, or before the verb that launches it
    (RE_COLUMN_LAUNCH: 某某新闻网《甲乙》栏目, 某某总台《甲乙》栏目, 某报重磅推出《甲乙》专栏, 某某版推出
    “甲乙”系列报道), and no other party shares its clause (RE_JOINT_LAUNCHER). The outlet's own column is
    media, as the outlet is an article's source (the gold README), not a programme; a series that
    government bodies launch with an outlet (某部、某局、某网推出…) is their campaign and stays."""
    before = RE_CLAUSE_BREAK.split(text[max(0, title_open - MAX_LAUNCH_CLAUSE) : title_open])[-1]
    launch = RE_COLUMN_LAUNCH.search(before)
    if launch is not None:
        before = before[: launch.start()]
    holder = next((word for word in _column_holders() if before.endswith(word)), None)
    return holder is not None and not RE_JOINT_LAUNCHER.search(before[: -len(holder)])


def party_ends(text: str, parties: list[Mention]) -> frozenset[int]:
    """Every offset where the surface of an organization or community found in the article ends
    (the forms written again later, as party_starts reads their starts)."""
    surfaces = {text[m.start : m.end] for m in parties if m.end - m.start >= 2}
    return frozenset(start + len(surface) for surface in surfaces for start in occurrences(text, surface, overlapping=True))


class ProgramExtractor:
    """Find named programs in an article.

    Keyword-only options:
        operators: fill `operator` from X组建/打造/实施… “Y” (default True).
        aliases: also emit later quoted mentions of a found program's core name (default True).
    """

    assigns = "programs"
    requires = ("models", "places", "organizations", "communities")

    def __init__(self, *, operators: bool = True, aliases: bool = True) -> None:
        self.operators = operators
        self.aliases = aliases

    def __call__(self, ctx: ArticleContext) -> list[Mention]:
        text = ctx.text
        blocked = mask(len(text), ctx.found("models"))
        quotes = self._quotes(text)
        model_names = {m.canonical for m in ctx.found("models")} | {m.name for m in ctx.found("models") if m.name}
        holder_ends = party_ends(text, ctx.found_any(("organizations", "communities")))
        place_ends = holder_ends | party_ends(text, ctx.found("places"))
        cands = self._lists(text, quotes) + self._singles(text, quotes, model_names, holder_ends, place_ends) + self._bare(ctx) + self._punned(ctx, quotes)
        cands += self._role_titles(text, quotes) + self._counted_ones(text, quotes)
        cands += self._journals(text, quotes)
        cands += self._titled(text)
        cands = self._kept(ctx, cands, quotes, blocked, model_names)
        siblings = self._run_siblings(text, quotes, cands, model_names)
        cands += self._kept(ctx, siblings, quotes, blocked, model_names)
        cands = clock_mentions(cands)
        cands = short_quotes_as_aliases(drop_partial_bare(_resolve(cands)))
        cands = edition_variants(cands)
        cands = _resolve(cands + self._charity_shops(ctx, cands, quotes))
        if self.aliases:
            cands = _resolve(cands + self._alias_mentions(text, quotes, cands, blocked))
            cands = _resolve(cands + self._bare_aliases(text, cands, blocked))
        return self._mentions(ctx, sorted(cands, key=lambda c: c.start))

    def _kept(self, ctx: ArticleContext, cands: list[_Candidate], quotes, blocked, model_names) -> list[_Candidate]:
        """The candidates that pass the filters judging one candidate at a time."""
        text = ctx.text
        named = mask(len(text), ctx.found_any(("organizations", "communities")))
        cands = [c for c in cands if not reject_model(c, blocked) and c.name not in model_names]
        cands = [c for c in cands if not reject_team_count(text, c) and not reject_national_app(c)]
        cands = [c for c in cands if not reject_count_cut(text, c)]
        cands = [after_copula(ctx, c) for c in cands if not reject_clause_token(ctx, c)]
        cands = [c for c in cands if c is not None]
        holders = ctx.found_any(("organizations", "communities"))
        cands = [c for c in cands if not reject_named_quote(c, named, holders)]
        orgs = ctx.found("organizations")
        cands = [c for c in cands if not reject_org_opening(c, orgs, text) and not reject_org_station(c, orgs)]
        metaphors = {_clean(inner) for q_start, q_end, inner in quotes if reject_metaphor(text, q_start, q_end)}
        cands = [c for c in cands if not (c.rule == "inner" and c.core in metaphors) and not reject_likeness(ctx, c.start)]
        cands = [c for c in cands if not reject_nearby(text, c) and not reject_game(text, c) and not reject_scheme(text, c)]
        cands = [c for c in cands if not reject_role_team(text, c)]
        cands = [c for c in cands if not reject_modifier_only(c.name) and not reject_pointer_opening(c.name)
                 and not reject_phone_number(text, c)]
        return cands

    def _run_siblings(self, text: str, quotes, found: list[_Candidate], models) -> list[_Candidate]:
        """Round 54c h2: the other quotes of a tight run (nothing or a list mark between them:
        “甲”“乙”“丙”, “甲”、“乙”及“丙”) one of which the rules already take as a program name the
        things of the same list: a list holds things of one sort (“甲乙调解室”与“丙丁红”; “甲乙帮帮团”
        beside two short brands). Each sibling passes the filters a quote alone must pass; a list of
        ways of serving (filter 41), mirrored manners (filter 24) and the stages of one activity
        (RE_STAGES_CLOSE) stay out. Seen in 4 tuning articles of 4 sets, 6 names, each a gold program."""
        taken = {c.q_start for c in found}
        plain = plain_listed(text, quotes)
        out: list[_Candidate] = []
        for run in quote_runs(text, quotes):
            if not any(q_start in taken for q_start, _, _ in run) or RE_STAGES_CLOSE.match(text, run[-1][1] + 1):
                continue
            for q_start, q_end, inner in run:
                name = _clean(inner)
                if q_start in taken or q_start in plain or not sibling_usable(name, models):
                    continue
                if not self._usable(text, q_start, name) or reject_lone_verb(name):
                    continue
                own = inner_suffix(name)
                out.append(_Candidate(q_start, q_end, name, own.kind if own else "program", name, "sibling", q_start, q_end))
        return out

    # --- candidates ----------------------------------------------------------------------

    @staticmethod
    def _quotes(text: str) -> list[tuple[int, int, str]]:
        """(inner start, inner end, inner) of each quoted stretch, nested ones included.
        Straight quotes ("…", ＂…＂) count too, paired left to right on one line: some outlets
        quote every name so (round 40: 6 articles of 5 pooled sets and 5 bulk articles; the
        models extractor reads them the same way)."""
        out = []
        for match in RE_QUOTED_NAME.finditer(text, overlapped=True):
            group = next(g for g in (1, 2, 3) if match.group(g) is not None)
            out.append((match.start(group), match.end(group), match.group(group)))
        out += [(m.start(1), m.end(1), m.group(1)) for m in RE_STRAIGHT_QUOTED.finditer(text)]
        return sorted(out)

    def _usable(self, text: str, q_start: int, inner: str, *, anchored: bool = False) -> bool:
        # an enumeration of phrases that its frame names an activity (round 48progmiss) is held to neither
        # filter 21 nor the length of one name: its parts together are the name (“春有…、夏有…、秋有…、冬有…”)
        enumerated = enumerated_activity(text, q_start, inner)
        series = names_series(text, q_start + len(inner))
        return not (
            (reject_speech(inner, anchored=anchored) and not enumerated)
            or (reject_slogan(inner) and not (names_practice(text, q_start + len(inner)) or series))
            or (reject_enumeration(inner) and not (enumerated or series))
            or reject_common_word(inner)
            or reject_common_noun(text, q_start + len(inner), inner)
            or reject_award(text, q_start, inner)
            or reject_venue(inner)
            or reject_community_type(inner)
            or reject_operation_form(inner)
            or reject_document(inner)
            or reject_cooperation(inner)
            or reject_contrast(text, q_start)
            or reject_idea_frame(text, q_start + len(inner))
            or reject_observance(inner)
            or reject_holiday(text, q_start + len(inner), inner)
            or reject_manner(inner)
            or reject_kind_word(inner)
            or reject_order_steps(inner)
            or reject_org_name(inner)
            or reject_purpose_word(inner)
            or (reject_numeric_head(inner) and not anchored)
            or (reject_counted(text, q_start - 1) and not RE_TEAM_AFTER_QUOTE.match(text, q_start + len(inner) + 1))
        )

    def _lists(self, text: str, quotes) -> list[_Candidate]:
        """Runs of quoted names sharing one program word: “A”“B”等…活动, “A”“B”五大品牌."""
        out: list[_Candidate] = []
        i = 0
        while i < len(quotes):
            run = quote_run(text, quotes, i)
            j = i + len(run)
            kind = shared_tail_kind(text, run)
            anchored = kind is not None and kind != "program"
            items = run
            if kind is None:
                items = tight_prefix(text, run)
                kind = listed_kind(text, items) or means_kind(text, items) or sections_kind(text, items)
            if kind is not None:
                # a project, activity, brand or team word anchors the listed quotes as it anchors
                # one quote right before it: “甲，乙”等活动 names the activity as “甲，乙”活动 does
                for k, (q_start, q_end, inner) in enumerate(items):
                    name = _clean(inner)
                    if reject_closed_formula(name) or not self._usable(text, q_start, name, anchored=anchored):
                        continue
                    if reject_verb_of_next(text, name, q_end, items[k + 1 : k + 2]):
                        continue
                    if reject_bare_word(name) and _suffix_table()[name].kind != TEAM_KIND:
                        continue  # “儿童之家”、“某某”等项目: the listed kind alone names none (filter 13)
                    if kind in ("program", "activity") and RE_MIRRORED.match(name):
                        continue  # “面对面”交流、“心贴心”服务: manners of serving (filter 24)
                    own = inner_suffix(name)
                    out.append(_Candidate(q_start, q_end, name, own.kind if own else kind, name, "list", q_start, q_end))
            i = j if len(run) > 1 else i + 1
        return out

    def _singles(
        self, text: str, quotes, models: set[str] | frozenset[str] = frozenset(), holder_ends: frozenset[int] = frozenset(),
        place_ends: frozenset[int] = frozenset(),
    ) -> list[_Candidate]:
        """Single quoted names. `holder_ends`: where an organization or community ends; `place_ends`:
        the same with places too (a town holds its own classes: `held_event`)."""
        out: list[_Candidate] = []
        plain = plain_listed(text, quotes)
        for q_start, q_end, inner in quotes:
            name = _clean(inner)
            if reject_bare_word(name) or q_start in plain or reject_role_played(text, q_end):
                continue
            # a quote that models reports (“党建+积分”) is a formula, not a name ending in a program
            # word: a word after the quote may still name a program of it (“党建+积分”便民超市)
            closed = reject_closed_formula(name)
            own = None if name in models or closed else (inner_suffix(name) or alone_word(name))
            if own is not None and own.word in YIELDING_INNER_WORDS and outer_word(text, _outer_matches(text, q_end + 1)):
                own = None  # “阳光家园”暑期班: the program word after the quote says what it is
            options = [] if own else _outer_matches(text, q_end + 1)
            framed = _frame_kind(text, q_start, q_end)
            if own:
                # a two-part slogan ending in a program word (“甲乙志愿，丙丁行动”) and followed by
                # another program word (志愿服务活动) is anchored by it as a plain quote would be
                anchored = bool(RE_TWO_PART.match(name)) and bool(framed or _outer_matches(text, q_end + 1))
                if self._usable(text, q_start, name, anchored=anchored) and not reject_metaphor(text, q_start, q_end) and not reject_generic_quote(name, own):
                    project = own.kind == "station" and text.startswith(PROJECT_AFTER, q_end + 1)
                    kind = "project" if project else own.kind  # “幸福食堂”项目; “…课堂”项目 stays a course
                    out.append(_Candidate(q_start, q_end, name, kind, name, "inner", q_start, q_end))
                continue
            if reject_yi_wei(text, q_start, q_end):
                options = []  # 以“红色物业”为重要平台: X is taken as Y, not named Y
            chosen = outer_word(text, options)
            if chosen is None:
                if closed:
                    continue
                if framed and self._usable(text, q_start, name, anchored=True) and not reject_lone_verb(name):
                    out.append(_Candidate(q_start, q_end, name, framed, slogan_core(name), "framed", q_start, q_end))
                elif not framed and activity_object(text, q_start, name) and self._usable(text, q_start, name, anchored=True):
                    out.append(_Candidate(q_start, q_end, name, "activity", slogan_core(name), "framed", q_start, q_end))
                elif not framed and whole_event_object(text, q_start, name) and self._usable(text, q_start, name, anchored=True):
                    out.append(_Candidate(q_start, q_end, name, "activity", name, "framed", q_start, q_end))
                elif not framed and (held := held_event(text, q_start, name, place_ends)) and self._usable(text, q_start, name):
                    out.append(_Candidate(q_start, q_end, name, held.kind, name, "framed", q_start, q_end))
                elif (
                    not framed and len(name) >= MIN_VERB_OBJECT
                    and (verb_object(text, q_start, q_end) or held_object(text, q_start, q_end, holder_ends) or listed_service(text, q_start, q_end))
                    and self._usable(text, q_start, name)
                ):
                    out.append(_Candidate(q_start, q_end, name, "program", name, "framed", q_start, q_end))
                continue
            descriptor, word, end, suf = chosen
            if closed and not suf.full:
                continue
            if word == "系列" and not descriptor and text.startswith(SERIES_OF_WORKS, end) and outlet_column(text, q_start - 1):
                continue  # 某某版推出“甲乙”系列报道: the outlet's series of reports (round 59 h4)
            # a two-part slogan (“甲乙同心，丙丁万家”) is anchored by its program word at any gap the
            # word allows (志愿服务大集活动): speech with a comma runs on into no program word
            anchored = bool(framed) or (_anchoring(word) and (
                len(descriptor) <= MAX_ANCHOR_GAP or bool(RE_TWO_PART.match(name)) or names_series(text, q_end)
            ))
            if reject_short_quote(name, word) or reject_system_sense(name, descriptor, word) or reject_taught_subject(text, q_start, suf.kind):
                continue
            if not self._usable(text, q_start, name, anchored=anchored):
                continue
            if suf.full or name.endswith("+"):
                # an open formula (“社工+”善治行动) is only the head of the name written after it
                full = name + descriptor + word
                out.append(_Candidate(q_start - 1, end, full, suf.kind, name, "outer_full", q_start, q_end))
            else:
                out.append(_Candidate(q_start, q_end, name, suf.kind, slogan_core(name), "outer", q_start, q_end, end))
        return out

    def _bare(self, ctx: ArticleContext) -> list[_Candidate]:
        text = ctx.text
        out: list[_Candidate] = []
        parties = ctx.found_any(("places", "communities", "organizations"))
        starts = {m.start for m in parties}
        for match in RE_BARE_PROJECT.finditer(text):
            name = match.group(1)
            start, end = match.span(1)
            if start not in starts or reject_clause(name) or reject_counted(text, start) or reject_speech(name):
                continue
            out.append(_Candidate(start, end, name, "project", name, "bare", start, end))
        out += [_Candidate(start, end, name, "project", name, "bare", start, end) for start, end, name in run_projects(text) + listed_projects(text)]
        out += [_Candidate(start, end, name, "program", name, "bare", start, end) for start, end, name in run_plans(text) + listed_plans(text)]
        out += [_Candidate(start, end, text[start:end], "station", text[start:end], "bare", start, end) for start, end in person_studios(ctx)]
        out += [_Candidate(start, end, text[start:end], "team", text[start:end], "bare", start, end) for start, end in listed_volunteer_teams(text, nameless=nameless_team_words())]
        named = self._bare_named(ctx, party_starts(text, parties))
        return (
            out + named + self._bare_list(ctx, parties)
            + self._team_runs(ctx, parties, named) + self._closed_team_lists(ctx, parties) + self._activity_lists(ctx, parties) + self._clock_courses(text) + self._dash_named(text)
            + self._sharing_stations(text) + self._branded_homes(text) + self._dot_brands(text)
            + self._member_teams(ctx, parties) + self._festivals(text, parties) + self._subject_teams(ctx, parties)
            + self._into_neighbourhood(ctx) + self._held_teams(ctx) + self._listed_unit_teams(ctx)
        )

    @staticmethod
    def _charity_shops(ctx: ArticleContext, cands: list[_Candidate], quotes) -> list[_Candidate]:
        """Unquoted charity shops (charity_shops.py: 某街道慈善超市, 到爱心超市换米) not inside a
        candidate found so far, nor counted or a kind (5家慈善超市, 许多爱心超市)."""
        text = ctx.text
        taken = mask(len(text), cands)
        spans = charity_shops(ctx, [c.name for c in cands], [(q_start, q_end) for q_start, q_end, _ in quotes])
        return [
            _Candidate(start, end, text[start:end], "station", text[start:end], "bare", start, end)
            for start, end in spans
            if not any(taken[start:end]) and not reject_counted(text, start) and not text.endswith(KIND_WORDS, 0, start)
        ]

    def _member_teams(self, ctx: ArticleContext, parties: list[Mention]) -> list[_Candidate]:
        """An unquoted team or troupe whose members the text speaks of (甲乙舞蹈队的队员们,
        某某志愿队的成员): a concrete team, named by its own words before the team word once
        the clause words before them are cut off (…正在和|…, …是|…). A troupe's own words name it
        (a troupe word carries its field); before a field team word (服务队, 志愿队 …) a word
        unknown to the dictionary or a proper noun must name it (退役军人志愿服务队 is a kind).
        Round 14 (seen in 4 real articles from 4 outlets, each a gold program)."""
        text = ctx.text
        if "队员" not in text and "成员" not in text:
            return []  # one C scan each: the pattern tries every clause start otherwise
        tags = word_tags()
        parts = _name_parts()
        known = {text[m.start : m.end] for m in parties}
        out: list[_Candidate] = []
        for match in member_team_matches(text):
            start, end = match.span(1)
            tokens = _tokens_within(ctx, start, end)
            if not tokens or tokens[0][0] != start or tokens[-1][1] != end:
                continue
            cut = start
            for a, b in tokens:
                word = text[a:b]
                if (tags.get(word) or "x")[0] in MEMBER_LEAD_TAGS or word in MEMBER_LEAD_VERBS:
                    cut = b
            for a, b in _tokens_within(ctx, cut, end):
                if text[a:b] not in parts["generic"]:
                    break
                cut = b  # 社区|萍花舞蹈队: a generic holder word before the name is no part of it
            name = text[cut:end]
            team_word = next((w for w in _member_team_words() if name.endswith(w)), None)
            if team_word is None or len(name) <= len(team_word) or len(name) > MAX_LIST_ITEM:
                continue
            words = [text[a:b] for a, b in _tokens_within(ctx, cut, end - len(team_word))]
            core = [w for w in words if w not in parts["generic"] and w not in parts["purpose"]]
            if (
                not core or name in known or reject_clause(name) or reject_counted(text, cut)
                or any(tags.get(w) in NICKNAME_TAGS for w in words)
            ):
                continue
            if team_word in _troupe_words() or any(tags.get(w) is None or tags.get(w) in TEAM_NAME_TAGS for w in core):
                out.append(_Candidate(cut, end, name, "team", name, "bare", cut, end))
        return out

    def _subject_teams(self, ctx: ArticleContext, parties: list[Mention]) -> list[_Candidate]:
        """An unquoted team that opens a clause as its subject (，甲乙合唱团推出…, 。某某声乐队
        举办…, ；甲乙助残志愿团今后…): a word of two characters or more ending in 队 or 团 (a team
        word of any field: 声乐队, 乒乓球队, 调查小队; not program_team_head_exclusions.txt), the
        whole tokens from a clause mark to it (MIN_TROUPE_NAME to MAX_SUBJECT_STEM characters
        before the word), and a verb, adverb, preposition or time word right after it. The words
        before the team word must name it: none of them a clause word (filter 8, word by word:
        瑞和城 holds 和 but is no conjunction) or a name verb (round 22b: 某团委|组织|…队), no pronoun, conjunction, preposition, particle,
        adverb, numeral or locative opening them (这支|腰鼓队, 由|…), no particle or preposition
        inside (演出节目由…艺术团), and, less generic holders, purpose words and service fields
        (社区, 爱心, 老年 …), a word unknown to the dictionary or a proper noun (瑞和城, 向阳花),
        or three characters of other words (咪哆音乐声). A place, community or
        organization found that ends with the word is no team (国家统计局某某调查队); one that
        opens the words is the team's holder (某某协会调查小队). A lone 队 or 团 is a field's tail
        the tokenizer split off (某某医院|义诊|团), no team word.
        Round 17 (pooled labelled sets: 4 gold teams in 4 articles of 4 outlets, the largest class
        of program misses; each team word here appeared once, so the rule takes the clause frame,
        not a word list)."""
        text = ctx.text
        out: list[_Candidate] = []
        spans = ctx.tokens.spans
        tags = word_tags()
        excluded = _subject_head_exclusions()
        generic = _name_parts()["generic"] | _name_parts()["purpose"] | frozenset(_exclusions()["generic_field"])
        found = [(m.start, m.end) for m in parties]
        for i in _tokens_ending_in(ctx, RE_TEAM_WORD_END):
            a, b = spans[i]
            word = text[a:b]
            if len(word) < 2 or word in excluded or i + 1 >= len(spans):
                continue
            j = i
            while j > 0 and spans[j - 1][1] == spans[j][0] and RE_HAN_WORD.fullmatch(text[spans[j - 1][0] : spans[j - 1][1]]) and a - spans[j - 1][0] <= MAX_SUBJECT_STEM:
                j -= 1
            start = spans[j][0]
            if (start > 0 and text[start - 1] not in CLAUSE_MARKS) or not MIN_TROUPE_NAME <= a - start <= MAX_SUBJECT_STEM:
                continue
            nxt = text[spans[i + 1][0] : spans[i + 1][1]]
            if spans[i + 1][0] != b or (tags.get(nxt) or "x")[0] not in SUBJECT_NEXT_TAGS:
                continue
            words = [text[x:y] for x, y in spans[j:i]]
            word_tags_ = [(tags.get(w) or "x") for w in words]
            if word_tags_[0][0] in SUBJECT_LEAD_TAGS or any(t[0] in ("u", "p") for t in word_tags_):
                continue
            if reject_subject_clause(words, word_tags_):
                continue
            if RE_NUMERAL_START.match(words[0]) or RE_POINTER_WORD.match(words[0]):
                continue
            core = [w for w in words if w not in generic]
            if not core or not (any(tags.get(w) is None or tags.get(w) in PROPER_TAGS for w in core) or sum(map(len, core)) >= 3):
                continue
            name = text[start:b]
            if any(x <= start and b <= y or x < b == y for x, y in found) or any(w in _clause_terms() or is_name_verb(w) for w in words) or reject_generic_holder(text[start:a]):
                continue
            out.append(_Candidate(start, b, name, "team", name, "bare", start, b))
        return out

    @staticmethod
    def _held_teams(ctx: ArticleContext) -> list[_Candidate]:
        """A team named by its holder and words of its own before a plain team word (某社区|红枫|
        宣传队, 某村|邻里|乡亲|互助|队): the holder (places and communities found, written one after
        another) says whose team it is, the own words which one; a team word the suffix table
        names by other rules (志愿服务队, 舞蹈队) or that names no team (program_team_head_exclusions:
        率队, 部队) is left to them. Round 50progmiss: 4 labelled articles of 3 pooled sets missed these."""
        text = ctx.text
        holders = party_starts(text, ctx.found_any(("places", "communities")))
        if not holders:
            return []
        # where each holder surface ends → the leftmost start ending there (a fixed choice: the
        # starts' dict order follows a set of surfaces, which differs from run to run)
        ending_at: dict[int, int] = {}
        for start, end in sorted(holders.items()):
            ending_at.setdefault(end, start)
        spans = ctx.tokens.spans
        excluded = _subject_head_exclusions() - {"团队"}  # 健身|团队: the word before it names the kind
        out: list[_Candidate] = []
        for i in _tokens_ending_in(ctx, RE_TEAM_WORD_END):
            a, b = spans[i]
            word = text[a:b]
            named = _suffix_table().get(word)
            if not RE_HELD_TEAM_TOKEN.match(word) or word in excluded or (named is not None and named.bare != "no"):
                continue
            own_end = a
            if len(word) < 3:  # 互助|队: the word before a lone team word says what the team does
                if i == 0 or spans[i - 1][1] != a or spans[i - 1][1] - spans[i - 1][0] != 2:
                    continue
                own_end = spans[i - 1][0]
            start = held_team_start(ctx, ending_at, own_end)
            if start is None or reject_counted(text, start) or (owned_elsewhere(text, start) and not after_quoted_speech(text, start)):
                continue
            out.append(_Candidate(start, b, text[start:b], "team", text[start:b], "bare", start, b))
        return out

    @staticmethod
    def _listed_unit_teams(ctx: ArticleContext) -> list[_Candidate]:
        """An unquoted team listed among the units of a relation frame (A联合B公司、甲乙志愿者服务队
        等单位; 由某医院甲乙义诊团携手B诊所; 组织甲乙志愿服务队及居民代表): the team takes part as a
        unit does, so the list names it. The item runs back from a word ending in 队 or 团 (or
        义工|队, a field word and a lone team word) over the words written together before it to a
        list mark or the frame's verb or preposition (LISTED_TEAM_STOP_TAGS); after it come a list
        mark, 等 or the frame's verb (RE_UNIT_LIST_AFTER). The clause must list an organization or
        community found (one followed by a list mark or frame verb, or preceded by 、 or one:
        RE_UNIT_LIST_BEFORE), and the team's own words must hold a name (a proper noun, a word unknown
        to the dictionary, digits: 民生820, 郑德采), not only generic or purpose words (社区志愿服务队
        is a kind). A unit found that ends with the item (某县消防救援大队) is no team.
        Round 53h8: listed teams missed in 4 tuning articles of 4 sets, each a gold program."""
        text = ctx.text
        units = ctx.found_any(("organizations", "communities"))
        listed = [
            m for m in units
            if RE_UNIT_LIST_AFTER.match(text, m.end) or RE_UNIT_LIST_BEFORE.search(text, max(0, m.start - 2), m.start)
        ]
        if not listed:
            return []
        spans = ctx.tokens.spans
        tags = word_tags()
        excluded = _subject_head_exclusions()
        generic = _name_parts()["generic"] | _name_parts()["purpose"]
        out: list[_Candidate] = []
        for i in _tokens_ending_in(ctx, RE_TEAM_WORD_END):
            w_start, end = spans[i]
            if not RE_UNIT_LIST_AFTER.match(text, end):
                continue
            j = i
            if end - w_start == 1:  # 义工|队: the field word before a lone team word is the team word's
                if i == 0 or spans[i - 1][1] != w_start:
                    continue
                j = i - 1
                w_start = spans[j][0]
            if text[w_start:end] in excluded:
                continue
            start, stop = listed_team_start(ctx, j, end, tags)
            if start is None or not (text[start - 1 : start] == "、" or stop):
                continue  # a clause mark before it: a subject, read by _subject_teams
            name = text[start:end]
            own = [text[a:b] for a, b in _tokens_within(ctx, start, w_start)]
            core = [w for w in own if w not in generic]
            if len(name) - (end - w_start) < 2 or not any(tags.get(w) is None or tags.get(w) in PROPER_TAGS for w in core):
                continue
            if any(m.end == end and m.start <= start for m in units) or reject_clause(name) or reject_counted(text, start):
                continue
            lo, hi = clause_bounds(text, start, end)
            if not any(lo <= m.start and m.end <= hi and not (start <= m.start and m.end <= end) for m in listed):
                continue
            out.append(_Candidate(start, end, name, "team", name, "bare", start, end))
        return out

    @staticmethod
    def _festivals(text: str, parties: list[Mention]) -> list[_Candidate]:
        """An unquoted festival with its edition (桃源街道第五届邻里节, 首届睦邻文化节), named from
        the place, community or organization that ends right before the edition, if any; and a
        venture-philanthropy contest with its edition (RE_EDITION_VENTURE), named the same way."""
        out: list[_Candidate] = []
        matches = list(RE_EDITION_FESTIVAL.finditer(text))
        contests = list(RE_EDITION_VENTURE.finditer(text))
        if not matches and not contests:
            return out  # most articles hold none: the holders' offsets are not worth finding
        holder_starts: dict[int, int] = {}
        for start, end in party_starts(text, parties).items():
            holder_starts[end] = min(holder_starts.get(end, start), start)
        # “某某”第三届邻里节: the quote before the edition names it (_frame_kind); the same festival
        # written elsewhere without the quote (a headline's 举办第三届邻里节) is a mention of it
        quoted = {m.group() for m in matches if m.start() > 0 and text[m.start() - 1] in QUOTE_MARKS}
        for match in matches:
            start, end = match.span()
            if match.group() in quoted:
                continue
            start = holder_starts.get(start, start)
            name = text[start:end]
            if reject_clause(name) or reject_speech(name):
                continue
            out.append(_Candidate(start, end, name, "activity", name, "bare", start, end))
        for match in contests:
            start, end = match.span()
            held = holder_starts.get(start)
            if held is None and not match.group(1):
                continue  # a bare 首届公益创投 is a round of grants only when its holder names it
            start = start if held is None else held
            name = text[start:end]
            out.append(_Candidate(start, end, name, "activity", name, "bare", start, end))
        return out

    @staticmethod
    def _into_neighbourhood(ctx: ArticleContext) -> list[_Candidate]:
        """An unquoted X进社区 campaign before an activity word (RE_INTO_NEIGHBOURHOOD), named from the
        words right before 进: the last of them always (家教|知识: a verb to the dictionary, yet what goes
        in), further left any word but a frame verb of the exclusions table, a function word, or a verb
        that is not right before a last word that is a noun (全面|推进|老年…; 在职|党员 stays: it
        qualifies 党员). A quoted campaign is left to the quoted-name rules."""
        text = ctx.text
        out: list[_Candidate] = []
        if "进社区" not in text and "进小区" not in text:
            return out  # the word sets below are built only for an article that may hold one
        tags = word_tags()
        verbs = _clause_terms() | _name_verbs() | frozenset(_exclusions()["activity_verb"])
        for match in RE_INTO_NEIGHBOURHOOD.finditer(text):
            into, end = match.span(1)
            i = bisect_left(ctx.tokens.starts, into)
            if i == len(ctx.tokens.starts) or ctx.tokens.starts[i] != into:
                continue
            start = _into_stem_start(ctx, into, tags, verbs)
            if into - start < 2 or (start > 0 and text[start - 1] in QUOTE_MARKS):
                continue
            name = text[start:end]
            out.append(_Candidate(start, end, name, "activity", name, "bare", start, end))
        return out

    @staticmethod
    def _sharing_stations(text: str) -> list[_Candidate]:
        """A community's sharing station named by what it lends (共享工具间, “某某共享角”, 共享菜园:
        RE_SHARING_TEMPLATE), quoted or not; the quoted words of its own before 共享 belong to it.
        Round 38: 9 tuning articles of 2 sets, 2 bulk texts, each labelled or read a program."""
        out: list[_Candidate] = []
        if "共享" not in text:
            return out
        for match in _sharing_pattern().finditer(text):
            start, end = match.span()
            opener = RE_SHARING_OPENER.search(text, max(0, start - 5), start)
            if opener:
                start = opener.start() + 1
            name = text[start:end]
            out.append(_Candidate(start, end, name, "station", name, "bare", start, end))
        return out

    @staticmethod
    def _branded_homes(text: str) -> list[_Candidate]:
        """A street's or community's station or home with a brand name of its own (branded_homes):
        a program, named without the holder; the bare station of a kind stays out (round 53p2d)."""
        return [
            _Candidate(start, end, text[start:end], "station", text[start:end], "bare", start, end)
            for start, end in branded_homes(text)
        ]

    @staticmethod
    def _dot_brands(text: str) -> list[_Candidate]:
        """An unquoted brand set before its kind by a middle dot (dot_brands: 某某·社区书屋): the
        whole written form names the program, its program word gives the kind (round 57 h3)."""
        return [
            _Candidate(start, end, text[start:end], _suffix(word).kind, text[start:end], "bare", start, end)
            for start, end, word in dot_brands(text)
        ]

    @staticmethod
    def _counted_ones(text: str, quotes) -> list[_Candidate]:
        """A quoted N个一 formula that ends in 工程 or that a program word follows (RE_COUNTED_ONES):
        the formula names the program, as the text writes it in the quote; the word gives its kind."""
        out: list[_Candidate] = []
        for q_start, q_end, inner in quotes:
            formula = RE_COUNTED_ONES.match(inner)
            after = RE_COUNTED_ONES_AFTER.match(text, q_end + 1) if formula else None
            if formula and (formula.group("word") or after):
                word = formula.group("word") or after.group("word")
                out.append(_Candidate(q_start, q_end, inner, _suffix(word).kind, inner, "framed", q_start, q_end))
        return out

    @staticmethod
    def _dash_named(text: str) -> list[_Candidate]:
        """A name set beside the noun before it by a dash (巡逻队伍——青禾护卫队, 社区“姐妹小家”——
        老兵调解室): the text gives the name of what it has just described, so its words
        need no holder; not a clause, a generic holder or a lone program word."""
        out: list[_Candidate] = []
        for match in _dash_pattern().finditer(text):
            start, end = match.span(1)
            name = match.group(1)
            word = next(s.word for s in _suffixes() if name.endswith(s.word))
            prefix = name[: -len(word)]
            if reject_clause(name) or reject_generic_holder(prefix) or reject_org_name(name):
                continue
            out.append(_Candidate(start, end, name, _suffix(word).kind, name, "bare", start, end))
        return out

    @staticmethod
    def _clock_courses(text: str) -> list[_Candidate]:
        """Courses named after the hour school lets out, quoted or not: a clock time and a `clock`
        program word (四点半课堂, 4点钟课堂, “三点半学校”); not after a time-of-day word (下午四点半
        学校放学: when school lets out)."""
        out: list[_Candidate] = []
        for match in _clock_pattern().finditer(text):
            start, end = match.span()
            if text.endswith(TIME_OF_DAY, 0, start):
                continue
            name = match.group()
            out.append(_Candidate(start, end, name, "course", name, "bare", start, end))
        return out

    def _team_runs(self, ctx: ArticleContext, parties: list[Mention], named: list[_Candidate]) -> list[_Candidate]:
        """Unquoted team names listed one after another (甲护卫队、乙志愿服务队和丙先锋队): a list of
        two or more items ending in 队, one of them in a team word of the suffix table (服务队,
        先锋队, 小分队 …), so the run is a list of teams. Each item's first words may be clause
        words (组建了|…: cut off, on the first item only; a later item with clause words ends the
        run), and an item is kept when the words before its team word hold a name of its own
        (a proper noun or a word unknown to the dictionary), not only a field (作业辅导服务队);
        before a troupe word any own word names it (银发|时装队). When at least half of a run's
        items are kept so, its other items whose own words are all dictionary words are kept
        too (the list names teams, 甲色平安队、乙色环保队). A run whose items are only team
        words (合唱队、舞蹈队、时装队: a troupe's sections) lists no names. Round 51progmiss: in a
        run of service teams only (service_team_run: 党员先锋服务队、巾帼志愿者服务队以及法律服务支队),
        not closed as teams (…等队伍), a field or member group names an item too, and the first item
        starts past the clause words (_service_run_start)."""
        text = ctx.text
        tags = word_tags()
        parts = _name_parts()
        known = {text[m.start : m.end] for m in parties}
        team_words = _team_words()
        out: list[_Candidate] = []
        for run in RE_TEAM_RUN.finditer(text):
            items = [(run.start() + m.start(), run.start() + m.end()) for m in RE_TEAM_ITEM.finditer(run.group())]
            if len(items) < 2:
                continue
            names = [text[_past_lead_words(ctx, *items[0])[0] : items[0][1]]] + [text[a:b] for a, b in items[1:]]
            if not any(named_team_item(name, team_words) for name in names):
                continue  # 合唱队、舞蹈队、时装队: a troupe's sections, each only a team word
            # a run closed as teams (…等队伍, …等团队) lists kinds of team; _closed_team_lists reads it
            service = service_team_run([text[a:b] for a, b in items]) and not RE_TEAM_RUN_CLOSE.match(text, run.end())
            kept: list[_Candidate] = []
            untagged: list[_Candidate] = []  # items whose own words are all dictionary words
            for k, (start, end) in enumerate(items):
                cut = start if k else (_service_run_start(ctx, start, end) if service else _past_lead_words(ctx, start, end)[0])
                words = [text[a:b] for a, b in _tokens_within(ctx, cut, end)]
                if k > 0 and any((tags.get(w) or "x")[0] in ("u", "p", "d") for w in words):
                    break  # 、曾在…队: the list has ended in a clause
                name = text[cut:end]
                words = [w for w in words if w != "队" and w not in team_words]  # 心队, 护苗队: the name's own
                core = [w for w in words if w not in parts["generic"] and w not in parts["purpose"]]
                if service and len(RE_SERVICE_TEAM_WORD.sub("", name)) < 2:
                    continue  # 渔民之|家志愿者服务队: one character left is a word the clause cut through
                if service and not core and member_groups_pattern().fullmatch(RE_SERVICE_TEAM_WORD.sub("", name)):
                    core = words  # 巾帼|志愿者服务队: its member group names a listed service team (round 40c)
                if len(name) < MIN_LIST_ITEM or name in known or reject_clause(name) or reject_counted(text, cut) or not core:
                    continue
                if service:
                    pass  # 巾帼|志愿者服务队 beside other service teams: its field names it
                elif name.endswith(FIELD_TEAM_WORDS):
                    if tags.get(core[0]) not in NICKNAME_TAGS:
                        continue
                elif name.endswith(_troupe_words()):
                    if name in team_words:
                        continue  # 时装队 alone: a kind of troupe
                    # 银发|时装队: a troupe's field is its word, so any own word names it
                elif not any(tags.get(w) is None or tags.get(w) in TEAM_NAME_TAGS for w in core):
                    untagged.append(_Candidate(cut, end, name, "team", name, "bare", cut, end))
                    continue
                kept.append(_Candidate(cut, end, name, "team", name, "bare", cut, end))
            # a list whose items are at least half named teams (kept here, or a bare team name
            # found ending at the item's end) lists named teams: an item made of dictionary words
            # beside them is one too (甲美摄影队、甲创烘焙队: 甲创 is known words)
            team_ends = {c.end for c in named if c.kind == "team"}
            found = len(kept) + sum(1 for _, end in items if end in team_ends and not any(c.end == end for c in kept))
            if found and 2 * found >= len(items):
                kept += untagged
            out += kept
        return out

    def _closed_team_lists(self, ctx: ArticleContext, parties: list[Mention]) -> list[_Candidate]:
        """Unquoted team names listed one after another whose clause closes the list as teams
        (甲宣讲团、乙巡逻队等5个自治组织, 甲宣讲队、乙志愿队等队伍; RE_TEAM_RUN_CLOSE): every item
        that ends in a team word of the suffix table with two characters or more of its own before
        it is a team, its own words known to the dictionary or a field or not (_team_runs keeps
        those only beside named ones). The first item starts past the clause words before it;
        an item that is a party found earlier, a clause, a count or only generic words is left
        out, and a later item holding a function word ends the list."""
        text = ctx.text
        if not RE_TEAM_CLOSE.search(text):
            return []
        tags = word_tags()
        parts = _name_parts()
        known = {text[m.start : m.end] for m in parties}
        words = _listed_team_words()
        out: list[_Candidate] = []
        for run in RE_TEAM_RUN_WIDE.finditer(text):
            if not RE_TEAM_RUN_CLOSE.match(text, run.end()):
                continue
            items = [(run.start() + m.start(), run.start() + m.end()) for m in RE_TEAM_ITEM_WIDE.finditer(run.group())]
            kept: list[_Candidate] = []
            for k, (start, end) in enumerate(items):
                cut = _team_list_start(ctx, start, end) if k == 0 else start
                toks = [text[a:b] for a, b in _tokens_within(ctx, cut, end)]
                if k > 0 and any((tags.get(w) or "x")[0] in ("u", "p", "d") for w in toks):
                    break  # 、曾在…队: the list has ended in a clause
                name = text[cut:end]
                if not named_team_item(name, words + TEAM_ENDS):
                    continue  # 舞蹈队 alone, or one character before the word
                core = [w for w in toks if w not in words and w not in TEAM_ENDS and w not in parts["generic"]]
                if len(name) < MIN_LIST_ITEM or name in known or reject_clause(name) or reject_counted(text, cut) or not core:
                    continue  # a purpose word (治安|巡逻队) names a listed team; a generic holder alone does not
                kept.append(_Candidate(cut, end, name, "team", name, "bare", cut, end))
            if len(kept) >= 2:
                out += kept
        return out

    def _activity_lists(self, ctx: ArticleContext, parties: list[Mention]) -> list[_Candidate]:
        """Unquoted names listed before 等 and a plain head of activities (RE_ACTIVITY_LIST_CLOSE:
        开展甲小课堂、乙生日会、“丙”融情活动等系列活动 → 甲小课堂, 乙生日会): an item that ends in a
        program word of the suffix table with two characters or more of its own before it
        (inner_suffix) is named by the list as one of the things done; quoted items are left to
        the quoted-name rules. The items are the clause's stretches between list marks (、); the
        first starts past the clause words before it, a list needs two items, and an item that is
        a party found earlier, a clause, a count, generic words or a time word only, a plain word's
        kind (PLAIN_ITEM_WORDS: 便民服务) or two dictionary words alone (年货|节: a kind of thing; a
        name has a word of its own, unknown to the dictionary, or a third word: 红领巾|小|课堂) is
        left out."""
        text = ctx.text
        out: list[_Candidate] = []
        known = {text[m.start : m.end] for m in parties}
        tags = word_tags()
        for close in RE_ACTIVITY_LIST_CLOSE.finditer(text):
            pos = close.start()
            begin = pos
            while begin > 0 and pos - begin < 120 and text[begin - 1] not in CLAUSE_MARKS:
                begin -= 1
            clause = text[begin:pos]
            if "、" not in clause:
                continue
            items, offset = [], begin
            for part in clause.split("、"):
                items.append((offset, offset + len(part)))
                offset += len(part) + 1
            for k, (start, end) in enumerate(items):
                if k == 0:
                    if not RE_HAN_CHAR.match(text[end - 1]):
                        continue
                    start, end = _past_lead_words(ctx, start, end, parallel=items[1][1] - items[1][0])
                name = text[start:end]
                if not RE_HAN_WORD.fullmatch(name) or not MIN_LIST_ITEM <= len(name) <= MAX_LIST_ITEM:
                    continue
                own = inner_suffix(name)
                if own is None or own.word in PLAIN_ITEM_WORDS or own.kind == "program":
                    continue
                if name in known or reject_clause(name) or reject_counted(text, start) or reject_purpose_word(name):
                    continue
                stem = [text[a:b] for a, b in _tokens_within(ctx, start, end - len(own.word))]
                if reject_generic_holder(name[: -len(own.word)]) or (stem and all(tags.get(w) == "t" for w in stem)):
                    continue  # 周末|工作坊, 暑期|夏令营: when it is held, not which one
                words = [text[a:b] for a, b in _tokens_within(ctx, start, end)]
                if len(words) <= 2 and all(w in tags for w in words):
                    continue  # 年货|节, 乡村|夜话, 手机|充电站: two dictionary words name a kind of thing
                out.append(_Candidate(start, end, name, own.kind, name, "bare", start, end))
        return out

    def _bare_list(self, ctx: ArticleContext, parties: list[Mention]) -> list[_Candidate]:
        """Unquoted names listed before a counted head of named things: 慈善救助、阳光健身等6个公益
        项目 → 慈善救助, 阳光健身. The first item starts after the clause's last verb, particle or
        preposition (资助的|慈善救助); items that are a place, community or organization found
        earlier, a generic holder or a clause are left out, and the list needs two items."""
        text = ctx.text
        out: list[_Candidate] = []
        known = {text[m.start : m.end] for m in parties}
        for tail in _list_tail().finditer(text):
            items: list[tuple[int, int]] = []
            if clause_run_tail(text, tail):
                continue
            if tail.group(1):
                items.append(tail.span(1))
            pos = tail.start()
            while True:
                item = _item_before(text, pos)
                if item is None:
                    break
                listed = item[0] > 0 and text[item[0] - 1] == "、"
                if listed and item[1] - item[0] > MAX_LIST_ITEM:
                    items = []  # a long middle item: not a list of names
                    break
                items.insert(0, item)
                if not listed:
                    break
                pos = item[0] - 1
            if len(items) < 2:
                continue
            head = tail.group(4)
            if head == "项目" and not any(w in tail.group(3) for w in NAMED_PROJECT_WORDS):
                continue
            items[0] = _past_lead_words(ctx, *items[0], parallel=items[1][1] - items[1][0])
            kind = _suffix(head).kind if head in _suffix_table() else ("team" if "队" in head else "project")
            if kind == "team" and field_list(ctx, items):
                items = [(a, b) for a, b in items if text[a:b].endswith(TEAM_WORD_ENDS)]
            for start, end in items:
                name = text[start:end]
                if len(name) < MIN_LIST_ITEM or name in known or reject_clause(name) or reject_purpose_word(name) or reject_generic_holder(name):
                    continue
                if head in SQUAD_HEADS and not name.endswith("队"):
                    continue  # 下设环境整治、政策宣讲等4支小分队: the squads' fields, not their names
                if head not in FIELD_LIST_HEADS and not name.endswith(("队", "团")):
                    continue  # 环境整治、政策宣讲等3支宣讲团: fields too; a team word names the item
                out.append(_Candidate(start, end, name, kind, name, "bare", start, end))
        return out

    def _bare_named(self, ctx: ArticleContext, starts: dict[int, int]) -> list[_Candidate]:
        """Unquoted names ending in a bare program word: the word (at a token start) and the
        noun words right before it (睦邻|会客厅, 桃源|社区|基金, 、院落|议事会). Purpose words
        may stand between the name and the word whatever their tag (松涛|老兵|关爱|基金); the
        name never runs back over another program word (议事厅|或|连心|驿站)."""
        text = ctx.text
        out: list[_Candidate] = []
        for match in _bare_pattern().finditer(text):
            w_start, end = match.span()
            suf = _suffix(match.group())
            start = bare_name_start(ctx, w_start, end)
            own_end = w_start  # where the name's own words end
            if start is None and suf.kind == "platform":
                start, own_end = glued_platform_start(ctx, w_start, end)
            if start is None or owned_elsewhere(text, start):
                continue
            if suf.bare in ("named", "own"):  # own: a troupe, whose field is in its word
                team_named = suf.kind == "team" and suf.bare == "named"
                start = named_holder_start(
                    ctx, start, w_start, starts, team=team_named, adjacent=suf.bare == "own" or team_named, held_only=suf.typed
                )
                if start is None and suf.bare == "own":
                    start = clause_troupe_start(ctx, w_start)
                if start is None and team_named:
                    start = core_team_start(ctx, w_start, end)
                if start is None or (match.group() in HOLDER_TROUPE_WORDS and holder_only(ctx, start, w_start)):
                    continue
            elif suf.bare == "held":
                longest = MAX_HELD_PLATFORM_NAME if suf.kind == "platform" else MAX_HELD_NAME
                start = held_name_start(text, start, own_end, starts, longest=longest)
                if start is None:
                    continue
            else:
                # the walk stopped inside a holder's name (甬阳|社区|驿站, 甬阳 unknown to the
                # dictionary): the holder starts the name, as it does when the walk reaches it
                # (round 20)
                cut = holder_cut(start, w_start, starts)
                start = start if cut is None else cut
                if suf.word in SCHOOL_COURSE_WORDS and holder_field_course(text, start, w_start, starts):
                    continue
            # a team of member groups (巾帼|志愿服务队) is named by them though 巾帼 alone is a generic holder
            grouped = suf.kind == "team" and member_group_team(ctx, start, w_start, end)
            if (not grouped and reject_bare_prefix(text, start, w_start, end)) or reject_kind(text, start, text[start:end]):
                continue
            if reject_name_verb(ctx, start, w_start):
                continue
            name = text[start:end]
            out.append(_Candidate(start, end, name, suf.kind, name, "bare", start, end))
        return out

    @staticmethod
    def _role_titles(text: str, quotes) -> list[_Candidate]:
        """Quoted volunteer role titles that a frame gives to people (round 19, role_title):
        担任“红色管家”, 由…组成的“社区观察员”, “帮扶员”是…招募的志愿者. Kind team: the title
        names the corps of residents who hold it."""
        out = []
        for q_start, q_end, inner in quotes:
            if role_title(text, q_start, q_end, inner):
                out.append(_Candidate(q_start - 1, q_end + 1, inner, "team", inner, "role", q_start, q_end))
        return out

    def _punned(self, ctx: ArticleContext, quotes) -> list[_Candidate]:
        """A one-character quote inside an unquoted name (a pun on a homophone or a stressed
        word): 暖“新”驿站 → 暖新驿站. The word right before the quote starts the name, and a
        place, project, team or platform word follows within MAX_PUN_GAP characters. A quote
        followed by more of a team's own words than that opens the team's name (opening_pun)."""
        text, spans = ctx.text, ctx.tokens.spans
        tags = word_tags()
        out: list[_Candidate] = []
        for q_start, q_end, inner in quotes:
            if len(inner) != 1 or q_start < 2 or not (RE_HAN_CHAR.match(inner) and RE_HAN_CHAR.match(text[q_start - 2])):
                continue
            opening = next((o for o in _outer_matches(text, q_end + 1) if opening_pun(o)), None)
            if opening is not None:
                start, end = q_start - 1, opening[2]
                name = inner + text[q_end + 1 : end]
                out.append(_Candidate(start, end, name, "team", name, "punned", start, end))
                continue
            found = _outer_match(text, q_end + 1)
            if found is None or len(found[0]) > MAX_PUN_GAP or _suffix(found[1]).kind not in PUN_KINDS:
                continue
            i = ctx.tokens.index_at(q_start - 2)
            if i is None or spans[i][1] != q_start - 1 or spans[i][1] - spans[i][0] > 2:
                continue
            lead = text[spans[i][0] : spans[i][1]]
            if (tags.get(lead) or "x")[0] in PUN_LEAD_TAGS or reject_counted(text, spans[i][0]):
                continue
            start, end = spans[i][0], found[2]
            name = lead + inner + text[q_end + 1 : end]
            out.append(_Candidate(start, end, name, _suffix(found[1]).kind, name, "punned", start, end))
        return out

    def _titled(self, text: str) -> list[_Candidate]:
        """A title in book marks that ends in a program word (TITLE_PROGRAM_WORDS) with a name of two
        characters or more before it: 发布《某某行动计划》, 包括《某某春风行动》 name a plan or
        campaign (round 22). Not a dated policy paper (…三年行动计划) nor a media outlet."""
        out: list[_Candidate] = []
        for match in RE_TITLE.finditer(text):
            start, end = match.span(1)
            name = _clean(match.group(1))
            word = next((w for w in TITLE_PROGRAM_WORDS if name.endswith(w)), None)
            if word is None or len(name) < len(word) + 2 or not RE_JOURNAL_NAME.fullmatch(name) or "年" in name:
                continue
            if name.endswith(media_titles()) or not self._usable(text, start, name):
                continue
            out.append(_Candidate(start, end, name, _suffix(word[-2:]).kind, name, "inner", start, end))
        return out + self._title_followed(text)

    def _title_followed(self, text: str) -> list[_Candidate]:
        """A title in book marks followed at once by 栏目, 专栏, 系列 or 活动 (RE_TITLE_FOLLOWED:
        创办《某某说法》栏目, 推出《某某课堂》系列, 《某某，某某》活动招募): the column, series or activity
        of that name (round 32). Not a media outlet, a dated title or one the quote filters drop."""
        out: list[_Candidate] = []
        for match in RE_TITLE_FOLLOWED.finditer(text):
            start, end = match.span(1)
            name = _clean(match.group(1))
            if not RE_TITLE_FOLLOWED_NAME.fullmatch(name) or RE_TITLE_YEAR.search(name) or name.endswith(media_titles()):
                continue
            if match.group(2) in ("栏目", "专栏") and outlet_column(text, match.start()):
                continue
            if not self._usable(text, start, name, anchored=True):
                continue
            out.append(_Candidate(start, end, name, TITLE_FOLLOWER_KINDS[match.group(2)], name, "inner", start, end))
        return out

    @staticmethod
    def _journals(text: str, quotes) -> list[_Candidate]:
        """A community's own newsletter (rule 6): a title in book marks right after
        a newsletter noun (社区月刊《甲乙》, 信息简报——《甲》, 社区小报，名为《甲乙丙》), right
        before a newsletter word (《甲乙》月刊, 《甲乙丙》创刊号) or ending in an estate's paper word
        (《某某小区报》); or a quote after a newsletter noun and a dash or 名为 (社区报——“甲乙”).
        Every 《…》 mention of a name so found is a mention of it (《甲乙》的编辑); songs, books
        and policy papers in book marks have no such frame. Not a media outlet (…日报, 晚报)."""
        words = _journal_words()
        before = _journal_before()
        found: dict[str, tuple[int, int]] = {}
        titles = [(m.start(1), m.end(1), _clean(m.group(1).replace("“", "").replace("”", ""))) for m in RE_TITLE.finditer(text)]
        for start, end, name in titles:
            if not RE_JOURNAL_NAME.fullmatch(name) or name.endswith(media_titles()) or name in found:
                continue
            framed = (
                bool(before.search(text, max(0, start - 12), start - 1))
                or text.startswith(words["after"], end + 1)
                or (name.endswith(words["end"]) and len(name) > 3)
            )
            if framed:
                found[name] = (start, end)
        for q_start, q_end, inner in quotes:
            name = _clean(inner)
            head = text[max(0, q_start - 12) : q_start - 1]
            if name in found or not RE_JOURNAL_NAME.fullmatch(name) or not RE_JOURNAL_QUOTE_LINK.search(head):
                continue
            if before.search(head):
                found[name] = (q_start, q_end)
        out: list[_Candidate] = []
        for name, (start, end) in found.items():
            out.append(_Candidate(start, end, name, "platform", name, "journal", start, end))
        for start, end, name in titles:
            if name in found and found[name][0] != start:
                out.append(_Candidate(start, end, name, "platform", name, "alias", start, end))
        return out

    def _alias_mentions(self, text, quotes, cands, blocked) -> list[_Candidate]:
        """Later quoted mentions of a found core name (“凉小鸭” after “凉小鸭”志愿服务队)."""
        cores = {c.core: c for c in cands}
        taken = mask(len(text), cands)
        out = []
        for q_start, q_end, inner in quotes:
            first = cores.get(_clean(inner))
            if first and not any(taken[q_start:q_end]) and not any(blocked[q_start:q_end]):
                out.append(_Candidate(q_start, q_end, _clean(inner), first.kind, first.core, "alias", q_start, q_end))
        return out

    def _bare_aliases(self, text, cands, blocked) -> list[_Candidate]:
        """Later unquoted mentions of a program named in quotes (“幸福食堂”…此后，幸福食堂成为…;
        “时间银行”…存进时间银行): the same name written bare refers to the program defined
        before it. Not a name shorter than MIN_BARE_ALIAS (“红色”…红色), nor a mention inside
        another candidate, a model, a counted or kind phrase (50家幸福食堂, 许多爱心驿站: a kind
        of thing), or right after a quote mark."""
        taken = mask(len(text), cands)
        quoted = {}
        for cand in cands:
            if cand.rule in ("inner", "outer", "outer_full", "framed", "list", "sibling") and len(cand.name) >= MIN_BARE_ALIAS:
                quoted.setdefault(cand.name, cand)
        out = []
        for name, first in quoted.items():
            for start in occurrences(text, name):
                end = start + len(name)
                if start < first.end or any(taken[start:end]) or any(blocked[start:end]) or owned_elsewhere(text, start):
                    continue
                if reject_counted(text, start) or text.endswith(KIND_WORDS, 0, start):
                    continue
                out.append(_Candidate(start, end, name, first.kind, first.core, "alias", start, end))
        return out

    # --- mentions ------------------------------------------------------------------------

    def _mentions(self, ctx: ArticleContext, cands: list[_Candidate]) -> list[Mention]:
        canonical: dict[tuple[str, bool], tuple[str, str]] = {}  # (core, team?) → (canonical name, kind) of its first definition
        written: dict[str, tuple[str, str]] = {}  # the name without marks and spaces → the same
        apart = team_apart_cores(cands)
        for cand in cands:
            if cand.rule != "alias":
                first = written.setdefault(unmarked(cand.name), canonical.get(core_key(cand, apart), (cand.name, cand.kind)))
                canonical.setdefault(core_key(cand, apart), first)  # “甲，乙” and a later “甲 乙” are one program
        parties = sorted(ctx.found_any(("organizations", "communities")), key=lambda m: m.end)
        ends = [m.end for m in parties]
        out = []
        for cand in cands:
            name, kind = canonical.get(core_key(cand, apart), (cand.name, cand.kind))
            operator = self._operator(ctx.text, cand, parties, ends) if self.operators else None
            out.append(
                Mention(self.assigns, cand.start, cand.end, name, name=cand.name, attrs={"kind": kind, "operator": operator})
            )
        return out

    def _operator(self, text: str, cand: _Candidate, parties: list[Mention], ends: list[int]) -> Party | None:
        """The organization/community right before an operator verb that governs this program
        (`parties` sorted by end, `ends` their ends)."""
        i = bisect_right(ends, cand.start)
        if i == 0:
            return None
        party = parties[i - 1]
        between = text[party.end : cand.start]
        if len(between) > 20 or "\n" in between or RE_SENTENCE_END.search(between):
            return None
        if any(verb in between for verb in _exclusions()["operator_verb"]):
            return Party(party.label, party.canonical)
        return None


_RULE_ORDER = {"journal": 0, "punned": 0, "list": 0, "inner": 0, "outer": 0, "outer_full": 0, "framed": 0, "role": 0, "bare": 1, "sibling": 1, "alias": 2}


def clock_hour(name: str) -> str | None:
    """The clock time a course's name opens with, its digits written as characters (4点钟课堂 →
    四点钟), or None."""
    match = RE_CLOCK_START.match(name)
    if match is None:
        return None
    digits = RE_DIGITS.match(match.group())
    if digits is None:
        return match.group()
    return _spelled(int(digits.group())) + match.group()[digits.end() :]


def _spelled(number: int) -> str:
    """A number below 100 as it is written in characters: 4 → 四, 10 → 十, 12 → 十二, 24 → 二十四."""
    tens, units = divmod(number, 10)
    if not tens:
        return CHINESE_DIGITS[units]
    return (CHINESE_DIGITS[tens] if tens > 1 else "") + "十" + (CHINESE_DIGITS[units] if units else "")


def clock_mentions(cands: list[_Candidate]) -> list[_Candidate]:
    """A clock-time course written otherwise than a name the article gives the same hour
    (“四点半课堂”…四点半学校, “四点钟课堂”…4点钟课堂) is a mention of that program: it takes the
    other name's core, so it is reported under that name."""
    named = {}
    for cand in cands:
        hour = clock_hour(cand.name) if cand.rule != "bare" else None
        if hour is not None:
            named.setdefault(hour, cand)
    out = []
    for cand in cands:
        first = named.get(clock_hour(cand.name) or "") if cand.rule == "bare" else None
        if first is not None and first.name != cand.name:
            cand = _Candidate(cand.start, cand.end, cand.name, first.kind, first.core, "alias", cand.start, cand.end)
        out.append(cand)
    return out


# Kinds of a brand's program that its team is not (“甲乙”项目 or “甲乙”巡防活动 beside “甲乙”志愿服务队):
# projects and activities run by a team are things of their own; a platform or station named by the
# quote alone (“甲乙”直播间) is where the team works, the team itself.
TEAM_APART_KINDS = frozenset({"project", "activity"})


def team_apart_cores(cands: list[_Candidate]) -> frozenset[str]:
    """Quoted cores that name a team and also a project or activity in the article (“甲乙”志愿集市项目
    … “甲乙”志愿服务队; “甲乙”巡防活动 … “甲乙”巡逻队): two programs the text names apart, so the
    team keeps its own canonical (round 40: 5 pooled articles of 5 sets, each pair two gold programs)."""
    defined = [c for c in cands if c.rule != "alias"]
    teams = {c.core for c in defined if c.kind == "team"}
    return frozenset(c.core for c in defined if c.kind in TEAM_APART_KINDS and c.core in teams)


def core_key(cand: _Candidate, apart: frozenset[str]) -> tuple[str, bool]:
    """What makes two mentions of one quoted core one program: the core, and, for a core of
    team_apart_cores, whether the mention names the team (an alias takes its first's kind)."""
    return cand.core, cand.core in apart and cand.kind == "team"


def unmarked(name: str) -> str:
    """A program name without punctuation and spaces: how two writings of one name compare."""
    return RE_MARKS.sub("", name)


def reject_model(cand: _Candidate, blocked: bytearray) -> bool:
    """Filter 11: the quoted part is wholly a model (“三社联动”平台, “社工+志愿”服务平台); a
    longer full name built on a model (“志愿+积分”便民超市) and a name that only holds one
    (“邻里守望进万家，…”项目) stay programs. A name the article calls a model at one mention
    is a model at every mention (the caller drops names equal to a model's)."""
    covered = blocked[cand.q_start : cand.q_end]
    if cand.rule == "bare":
        return any(covered)
    if cand.rule == "outer_full":  # the model may run on past the quote (“1+N”结对行动)
        return all(covered) and all(blocked[cand.q_end + 1 : cand.end])
    return all(covered)


def reject_team_count(text: str, cand: _Candidate) -> bool:
    """Filter 34: a team followed at once by a count of teams (动员志愿服务队伍320支, 组建“5+N”志愿
    服务队86支) is a kind of team being counted, not a team's name. Round 29: count phrases read as
    names in 3 articles of a tuning set and both bulk samples. Round 51progmiss: not the last item of
    an unquoted list (…、丙服务队以及丁服务队5支…组成): the count closes the list of names."""
    end = max(cand.end, cand.word_end)
    if cand.rule == "bare" and text.endswith(TEAM_LIST_JOINS, 0, cand.start):
        return False
    return cand.kind == "team" and RE_TEAM_COUNT_AFTER.match(text, end) is not None


def reject_count_cut(text: str, cand: _Candidate) -> bool:
    """Filter 40: an unquoted name opening with a unit or classifier right after a numeral
    (13名调解队成员 → 名调解队, 24小时驿站 → 小时驿站, 2025年度…时间银行 → 年度…) is the tail of a
    count phrase the name walk cut through, not a name. Round 33: seen in 4 articles of train28g,
    train29d and two bulk samples."""
    if cand.rule != "bare" or not RE_UNIT_START.match(cand.name):
        return False
    return RE_COUNT_CUT_BEFORE.search(text, max(0, cand.start - 1), cand.start) is not None


def reject_clause_token(ctx: ArticleContext, cand: _Candidate) -> bool:
    """Filter 41: an unquoted name holding the adverb 积极 as a whole word (program_exclusions.tsv
    clause_token: 某村|积极|申请|项目), or a word opening with a manner adverb (clause_adverb:
    充分调动|志愿服务|队伍), is a clause around the program word, not a name. Round 33."""
    if cand.rule != "bare":
        return False
    tokens = _clause_tokens()["clause_token"]
    words = [ctx.text[a:b] for a, b in _tokens_within(ctx, cand.start, cand.end)]
    return any(word in tokens or opens_with_clause_adverb(word) for word in words)


def opens_with_clause_adverb(word: str) -> bool:
    """Round 50progspur: a manner adverb opening a word, whole or glued to its verb by the segmenter
    (充分|调动, 精心|布局, 准时到达: program_exclusions.tsv clause_adverb), makes the stretch a predicate."""
    return word.startswith(_exclusions()["clause_adverb"])


def after_copula(ctx: ArticleContext, cand: _Candidate) -> _Candidate | None:
    """Filter 41: an unquoted name holding the copula 是 as a whole word (program_exclusions.tsv
    copula: 某人|是|某某志愿服务队, 某某阅览室|是|某街道…项目) starts again after it: what stands
    before is the clause's subject. None when what is left before the program word is shorter
    than MIN_BARE_PREFIX or only generic holders (filter 10). Round 33: clause words read into
    names in 3 articles of tune27c, train28j and train29c."""
    if cand.rule != "bare":
        return cand
    copulas = _clause_tokens()["copula"]
    cut = max((b for a, b in _tokens_within(ctx, cand.start, cand.end) if ctx.text[a:b] in copulas), default=None)
    if cut is None:
        return cand
    name = ctx.text[cut : cand.end]
    word = _bare_pattern().search(name)
    prefix = name[: word.start()] if word is not None else name
    if len(prefix) < MIN_BARE_PREFIX or reject_generic_holder(prefix):
        return None  # 某人|是|社区志愿服务队: what is left names no particular program
    return replace(cand, start=cut, name=name, core=name, q_start=cut)


@lru_cache(maxsize=1)
def _clause_tokens() -> dict[str, frozenset[str]]:
    ex = _exclusions()
    return {"clause_token": frozenset(ex["clause_token"]), "copula": frozenset(ex["copula"])}


def reject_game(text: str, cand: _Candidate) -> bool:
    """Filter 46: a quote that a game word follows, alone or closing a quoted list (“甲乙”小游戏,
    “甲”、“乙”等互动游戏), names a game played, not a program. Round 41."""
    return cand.rule != "bare" and bool(RE_GAME_AFTER.match(text, cand.q_end))


def reject_role_team(text: str, cand: _Candidate) -> bool:
    """Filter 49: a short quoted role word that a team word follows (“三长”志愿者, “服务者”队伍) names
    the people a team is made of, not the team (RE_ROLE_TEAM_AFTER). Round 51progspur."""
    core = cand.core
    if cand.rule == "bare" or not core or len(core) > MAX_ROLE_WORD or core[-1] not in PERSON_ROLE_ENDS:
        return False
    closing = cand.q_end
    return text[closing : closing + 1] in tuple(CLOSE_QUOTES) and bool(RE_ROLE_TEAM_AFTER.match(text, closing + 1))


def reject_scheme(text: str, cand: _Candidate) -> bool:
    """Filter 48: a quote that a scheme word heads, alone or closing a quoted list (“甲乙”服务模式,
    “甲”“乙”四种服务站模式), names a formula of working, not a program (RE_SCHEME_AFTER)."""
    return cand.rule != "bare" and bool(RE_SCHEME_AFTER.match(text, cand.q_end))


def reject_nearby(text: str, cand: _Candidate) -> bool:
    """Filter 35: a quoted name with its program word inside that follows a place near people's
    homes, or opens with one (家门口的“书香驿站”, 群众身边的“爱心驿站”, “家门口的健康驿站”), is
    what the text likens a place to, not its name; a program word after the quote still names
    it (家门口的“…驿站”品牌). Round 29: likenesses read as names in 3 articles of 3 tuning sets
    (tune27e, tune27g, train28e)."""
    if cand.rule != "inner" or _outer_match(text, cand.q_end + 1) is not None:
        return False
    return text.endswith(NEARBY_WORDS, 0, cand.q_start - 1) or cand.core.startswith(NEARBY_WORDS)


def reject_named_quote(cand: _Candidate, named: bytearray, holders: list[Mention]) -> bool:
    """Filter 20: a quote wholly inside an organization or community found earlier names that
    party, not a program (“九龙社工”作为品牌: the quoted name is the organization's own). Not when
    that party's name runs on past the closing quote and the program word after the quote lies
    beyond it: the party was read from the program's descriptor (“彩虹桥”联盟为老服务项目: 彩虹桥
    联盟 may be read as an organization, yet 项目 heads the phrase)."""
    if cand.rule in ("bare", "inner") or not all(named[cand.q_start : cand.q_end]):
        return False
    swallowed = any(
        m.start <= cand.q_start and cand.q_end + 1 < m.end < cand.word_end for m in holders
    )
    return not swallowed


def reject_org_opening(cand: _Candidate, orgs: list[Mention], text: str) -> bool:
    """Filter 32 (round 22): an unquoted name that opens an organization found earlier, whose name
    runs on past it (某某爱心驿站|社会工作服务中心: a social-work agency named after a station),
    is part of that organization's name, not a program. Not when a Party body follows (某某志愿服务
    队|党支部: the team's own branch; the team is still a program)."""
    return cand.rule == "bare" and any(
        m.start <= cand.start and cand.end < m.end and not text.startswith("党", cand.end) for m in orgs
    )


def reject_org_station(cand: _Candidate, orgs: list[Mention]) -> bool:
    """Filter 52 (round 56h2): an unquoted standard station that the organizations step read as its
    place's unit (某社区零工驿站, 某村妇女儿童驿站) is that unit, not a program as well: whether the
    program's name opens with the places above it (某镇|某村妇女儿童驿站) or is the unit's own tail
    (某社区|零工驿站 read from the middle). A station with a brand of its own is no organization
    there and stays (“某某+”妇女儿童驿站). Nor is the station's kind written alone, quoted or not, or
    after generic holders only (这个|零工驿站, “零工驿站”, 至|社区养老服务驿站): the unit named
    before, or the kind."""
    if cand.name in held_station_endings():
        return True
    if cand.rule != "bare":
        return False
    ending = next((word for word in held_station_endings() if cand.name.endswith(word)), None)
    if ending is None:
        return False
    holder = cand.name[: -len(ending)]
    return not holder or reject_generic_holder(holder) or any(m.end == cand.end and m.start < cand.end for m in orgs)


def drop_partial_bare(cands: list[_Candidate]) -> list[_Candidate]:
    """Filter 12: an unquoted name that is only part of another program's name (禾驿站 when
    新禾驿站 is found) is a cut-short mention of that program, not a program of its own. Not the
    brand before a middle dot (某某驿站 of 某某驿站·某区总站, round 57 h3): the dotted name is a branch
    the brand runs, and the brand written alone is the parent programme."""
    names = {c.name for c in cands}
    return [c for c in cands if c.rule != "bare" or not any(c.name != n and c.name in n and not _dotted_branch(c.name, n) for n in names)]


def _dotted_branch(brand: str, name: str) -> bool:
    """`name` is `brand`, a middle dot and words of its own (某某驿站·某区总站 of 某某驿站)."""
    return name.startswith(brand) and name[len(brand) : len(brand) + 1] in MIDDLE_DOTS


def short_quotes_as_aliases(cands: list[_Candidate]) -> list[_Candidate]:
    """Filter 25: a quoted station name that is the end of another program's name in the article
    (“积分超市” after 某某村积分超市, “幸福食堂” beside 某社区幸福食堂) is a short mention of
    that program, not one of its own: it becomes an alias of the longer name."""
    longer = [c for c in cands if c.rule != "alias"]
    out = []
    for cand in cands:
        full = None
        if cand.rule in ("inner", "list") and cand.kind in SHORT_QUOTE_KINDS:
            full = next((c for c in longer if len(c.name) > len(cand.name) and c.name.endswith(cand.name)), None)
        out.append(cand if full is None else _Candidate(cand.start, cand.end, cand.name, full.kind, full.core, "alias", cand.q_start, cand.q_end))
    return out


def edition_parts(name: str) -> tuple[str, str] | None:
    """(edition, the words after it) of a program name holding an edition (RE_EDITION_IN_NAME), with
    第一届 read as 首届; None for a name without one."""
    match = RE_EDITION_IN_NAME.search(name)
    if match is None:
        return None
    edition = "首届" if match.group() in FIRST_EDITIONS else match.group()
    return edition, name[match.end() :]


def edition_variants(cands: list[_Candidate]) -> list[_Candidate]:
    """Filter 50 (round 53p2): one recurring event that an article writes several ways is one
    program, named as the article first writes it with its edition. A name with the same edition
    whose words after it end with the first one's (首届某区社会组织微公益创投大赛 after 首届微公益创投
    大赛; 某镇第一届… after 某镇首届…), or end the other way round, and a name without an edition
    that ends with those words (社区邻里节 beside 某市第十届社区邻里节; 首届“甲乙”社区公益创投大赛
    written again as 甲乙社区公益创投大赛) become aliases of it. Another edition (第四届 beside 第五届)
    is another event. Seen in 4 pooled articles of 2 sets, each listing the event once."""
    firsts: list[tuple[_Candidate, str, str]] = []  # (first mention, edition, words after it) per event
    target: dict[int, _Candidate] = {}  # id of a candidate → the first mention of its event
    defined = [c for c in cands if c.rule != "alias"]
    for cand in sorted(defined, key=lambda c: c.start):
        parts = edition_parts(cand.name)
        if parts is None or len(parts[1]) < MIN_EDITION_REST:
            continue
        edition, rest = parts
        first = next((f for f, e, r in firsts if e == edition and (rest.endswith(r) or r.endswith(rest))), None)
        if first is None:
            firsts.append((cand, edition, rest))
        else:
            target[id(cand)] = first
    for cand in defined:
        if id(cand) in target or edition_parts(cand.name) is not None:
            continue
        first = next((f for f, _, r in firsts if cand.name.endswith(r)), None)
        if first is not None:
            target[id(cand)] = first
    out = []
    for cand in cands:
        first = target.get(id(cand))
        out.append(cand if first is None else _Candidate(cand.start, cand.end, cand.name, first.kind, first.core, "alias", cand.q_start, cand.q_end))
    return out


def party_starts(text: str, parties: list[Mention]) -> dict[int, int]:
    """Every offset where the surface of a place, community or organization found in the
    article begins, not only where that mention was found (桃源社区 inside 桃源社区基金), with
    where the longest such surface there ends."""
    surfaces = {text[m.start : m.end] for m in parties if m.end - m.start >= 2}
    out: dict[int, int] = {}
    for surface in surfaces:
        for start in occurrences(text, surface, overlapping=True):
            out[start] = max(out.get(start, 0), start + len(surface))
    return out


def quote_run(text: str, quotes, i: int) -> list[tuple[int, int, str]]:
    """The quotes from `quotes[i]` on joined by list gaps (“A”、“B”和“C”)."""
    run = [quotes[i]]
    j = i + 1
    while j < len(quotes) and quotes[j][0] - 1 > run[-1][1] and RE_LIST_GAP.match(text[run[-1][1] + 1 : quotes[j][0] - 1]):
        run.append(quotes[j])
        j += 1
    return run


# A run closed by a count of stages or steps (“甲”和“乙”两个阶段) names the parts of one activity, not programs.
RE_STAGES_CLOSE = regex.compile(r"\G[0-9一二三四五六七八九十两]+个?(?:阶段|环节|步骤)")


def quote_runs(text: str, quotes) -> list[list[tuple[int, int, str]]]:
    """Every tight run of two or more quotes (tight_prefix of quote_run), each quote in one run."""
    out = []
    i = 0
    while i < len(quotes):
        run = tight_prefix(text, quote_run(text, quotes, i))
        if len(run) > 1:
            out.append(run)
        i += len(run)
    return out


def sibling_usable(name: str, models) -> bool:
    """A sibling quote is no formula or model (“党建+积分”), no bare word and no manner (“面对面”)."""
    return not (name in models or reject_closed_formula(name) or reject_bare_word(name) or RE_MIRRORED.match(name))


def shared_tail_kind(text: str, run) -> str | None:
    """The kind of the program word a run of quotes shares (“A”“B”五大品牌; one quote only with
    等: “A”等活动), or None: no program word within MAX_TAIL, or a clause, award descriptor or
    organization head before it."""
    head = RE_TAIL_HEAD.match(text, run[-1][1] + 1)
    found = _outer_match(text, head.end())
    if (
        found and len(found[0]) <= MAX_TAIL and not reject_clause(tail_descriptor(found[0], len(run), head.group()))
        and not reject_award_descriptor(found[0]) and not reject_idea_tail(found[0])
        and not reject_org_head(text, found[2]) and (len(run) > 1 or "等" in head.group())
        and found[1] not in PLAIN_LIST_WORDS
    ):
        return _suffix(found[1]).kind
    return None


def plain_listed(text: str, quotes) -> set[int]:
    """Filter 41 (round 35): the starts of quotes in a run of two or more (“甲”和“乙”服务, 变“甲”
    服务为“乙”服务, “甲”“乙”“丙”等新服务) whose nearest program word is a plain service word
    (PLAIN_LIST_WORDS): the run lists ways of serving, and no quote of it is named by the word.
    The quotes are joined by no more than a list mark, or each is followed by the word itself
    (“甲”服务为“乙”服务); a verb between two quotes (“某屋”推出“某某”专项服务) joins no list."""
    out: set[int] = set()
    i = 0
    while i < len(quotes):
        run = quote_run(text, quotes, i)
        k = 1
        while k < len(run) and (
            RE_TIGHT_GAP.match(text, run[k - 1][1] + 1, run[k][0] - 1) or text.startswith(PLAIN_LIST_WORDS, run[k - 1][1] + 1)
        ):
            k += 1
        run = run[:k]
        if len(run) > 1:
            head = RE_TAIL_HEAD.match(text, run[-1][1] + 1)
            options = _outer_matches(text, head.end())
            if options and options[-1][1] in PLAIN_LIST_WORDS and len(options[-1][0]) <= MAX_TAIL:
                out.update(q_start for q_start, _, _ in run)
        i += len(run)
    return out


def listed_kind(text: str, run) -> str | None:
    """"program" for a closed list of quotes written one after another (“甲课堂”“乙学堂”“丙丁”等…)
    whose own program words make at least half of its items programs: the items of one list are
    things of one sort, so the others are programs too, whatever follows 等 (round 20: lists whose
    shared word is out of reach or broken by another quote, seen in news of several outlets).
    `run` is tight (tight_prefix: nothing or a list mark between its quotes) and 等 follows its
    last quote; an item with a program word of its own keeps that word's kind. None otherwise."""
    if len(run) < 2 or not text.startswith("等", run[-1][1] + 1):
        return None
    own = [inner for _, _, inner in run if inner_suffix(_clean(inner)) or alone_word(_clean(inner))]
    return "program" if 2 * len(own) >= len(run) else None


def means_kind(text: str, run) -> str | None:
    """"program" for quotes closed by 等 and a word of ways or measures (RE_MEANS_CLOSE: …“甲”“乙”等
    特色举措): the text gives each quote as one of the means used, a named one. None otherwise."""
    if any(len(_clean(inner)) < MIN_MEANS_NAME for _, _, inner in run):
        return None
    return "program" if RE_MEANS_CLOSE.match(text, run[-1][1] + 1) else None


def sections_kind(text: str, run) -> str | None:
    """"program" for two or more quotes closed by a count of sections (_sections_close: “甲”“乙”“丙”三大
    特色区域, “甲”“乙”等六大主题模块): the text names each section of one venue or fair by its quote.
    None otherwise."""
    return "program" if len(run) > 1 and _sections_close().match(text, run[-1][1] + 1) else None


@lru_cache(maxsize=1)
def _sections_close() -> "regex.Pattern[str]":
    """RE_SECTIONS_CLOSE_TEMPLATE with the section words of program_section_words.txt, longest first."""
    words = sorted(read_terms("program_section_words.txt"), key=len, reverse=True)
    return regex.compile(RE_SECTIONS_CLOSE_TEMPLATE.format(words="|".join(regex.escape(w) for w in words)))


def reject_verb_of_next(text: str, name: str, q_end: int, following: list) -> bool:
    """Filter 56 (round 60): a quoted verb (filter 23's lone verb) that words, not a list mark, join
    to the next quote (“激活”某村“甲乙”民宿项目) is the stressed verb of the sentence and the next
    quote its object; the program word is the object's. Quotes joined by a list mark stay listed."""
    if not following or not reject_lone_verb(name):
        return False
    return RE_HAN_OPENING.match(text, q_end + 1, following[0][0] - 1) is not None


def tight_prefix(text: str, run) -> list:
    """The quotes of a run up to the first gap that is more than a list mark."""
    k = 1
    while k < len(run) and RE_TIGHT_GAP.match(text, run[k - 1][1] + 1, run[k][0] - 1):
        k += 1
    return run[:k]


def reject_idea_tail(descriptor: str) -> bool:
    """Filter 22: a list's shared descriptor opening with an idea word and 的 (“甲”“乙”等理念的公益
    项目, …等主题的活动): the quotes are the ideas or themes the programs answer, not their names.
    Without 的 the word only describes the programs (“甲”“乙”等5个主题志愿服务项目 names them)."""
    return descriptor.startswith(tuple(word + "的" for word in _exclusions()["idea_word"]))


def tail_descriptor(descriptor: str, items: int, head: str) -> str:
    """The part of a list's shared descriptor that must hold no clause word: after 等 or a
    count, a list of two or more quotes may describe its items with a modifier and 的 first
    (“A”“B”等各种特色的服务活动: the head is 服务活动; “A”和“B”2个正在开展的项目: round 20),
    which is no clause."""
    match = RE_TAIL_MODIFIER.match(descriptor) if items > 1 and head else None
    return descriptor[match.end() :] if match else descriptor


def outer_word(text: str, options) -> tuple[str, str, int, _Suffix] | None:
    """The program word after a quote that names it: the last of the (descriptor, word, end)
    options whose descriptor fits the word's gap and is no clause, award descriptor or
    organization head; with the word's suffix entry. A descriptor may open with 的 before a
    brand, project, activity or platform word whose name is the quote alone (“甲乙”的民族团结
    品牌, “甲乙，丙丁”的慰问活动: round 20, the quote qualifies the program it names)."""
    for descriptor, word, end in reversed(options):
        suf = _suffix(word)
        own = descriptor
        if suf.kind in DE_KINDS and not suf.full and not descriptor.startswith(DE_POINTERS, 1):
            own = descriptor.removeprefix("的")
        if len(descriptor) > suf.max_gap or reject_clause(own) or reject_award_descriptor(descriptor) or reject_org_head(text, end):
            continue
        if reject_plural_or_deeds(descriptor, word):
            continue
        return descriptor, word, end, suf
    return None


def bare_name_start(ctx: ArticleContext, w_start: int, end: int) -> int | None:
    """Where the unquoted name of the program word at [w_start, end) starts: back over the name
    words before it, then forward past a leading verbal noun; None when the word is not whole
    tokens (志愿服务队|伍)."""
    spans = ctx.tokens.spans
    i = ctx.tokens.index_at(w_start)
    last = ctx.tokens.index_at(end - 1)
    if i is None or spans[i][0] != w_start or last is None or spans[last][1] != end:
        return None
    return _past_verbal_nouns(ctx, _first_name_word(ctx, i, w_start), w_start)


def glued_platform_start(ctx: ArticleContext, w_start: int, end: int) -> tuple[int | None, int]:
    """The name start of a platform word that the segmenter glues to the word before it
    (综合|服务平台, 安全|管理平台), walking back from that token as from the word itself, and
    where the name's own words end: before the glued token, a dictionary word for a kind of
    platform (服务平台, 信息平台) that a holder alone does not name (宁波市|信息平台).
    (None, w_start) when the word does not end its token (round 48progplat)."""
    token = ctx.tokens.at(w_start)
    if token is None or token[1] != end or token[0] == w_start:
        return None, w_start
    return bare_name_start(ctx, token[0], end), token[0]


def _first_name_word(ctx: ArticleContext, i: int, w_start: int) -> int:
    """The first token of the name before the program word's token `i`: purpose words, generic
    holder words (老年, which the dictionary tags as a time word) and nominal words within
    MAX_BARE_PREFIX characters, stopping at another program word."""
    text, spans = ctx.text, ctx.tokens.spans
    tags = word_tags()
    purpose = _name_parts()["purpose"] | _name_parts()["generic"]  # 桂湖社区|老年|合唱团: 老年 is t
    first = i
    while i > 0 and w_start - spans[i - 1][0] <= MAX_BARE_PREFIX:
        word = text[spans[i - 1][0] : spans[i - 1][1]]
        if _bare_pattern().search(word) or not (word in purpose or _nominal(word, tags, next_to_word=i == first)):
            break
        i -= 1
    return i


def _past_verbal_nouns(ctx: ArticleContext, i: int, w_start: int) -> int:
    """The name's start from token `i`, past leading verbal nouns: they are the verb of the
    clause (建设|红色驿站)."""
    text, spans = ctx.text, ctx.tokens.spans
    tags = word_tags()
    start = spans[i][0]
    while start < w_start and tags.get(text[start : spans[i][1]]) == "vn":
        i += 1
        start = spans[i][0]
    return start


def owned_elsewhere(text: str, start: int) -> bool:
    """An unquoted name another rule or mention owns: right after a quote mark or 《 (a quoted
    name or the descriptor after one: the quote rules own it), or after a demonstrative
    (这个暖心驿站: a description of a place named elsewhere)."""
    return (start > 0 and text[start - 1] in QUOTE_MARKS + "《") or text.endswith(DEMONSTRATIVES, 0, start)


def named_holder_start(
    ctx: ArticleContext, start: int, w_start: int, starts: dict[int, int], *, team: bool, adjacent: bool = False,
    held_only: bool = False,
) -> int | None:
    """A `named` program word's name start: the first party surface inside the words before it
    (the holder names the program), or one that the name's first word cuts through (翠微|社区
    职工志愿者服务小队 when the tokenizer split 翠微 off as an unknown word: the name starts
    where the holder does); else the name's own start, past generic holder words, when those
    words are distinctive; None when they name nothing. `held_only`: a station type named the same
    everywhere (阳光站, 儿童之家: the `alone` words, yes or held) is named by its holder only, never by the words
    before it (全面完成|儿童之家: round 40b)."""
    held = next((k for k in range(start, w_start) if k in starts), None)
    if held is not None:
        return held
    cut = holder_cut(start, w_start, starts)
    if cut is not None:
        return cut
    if adjacent and start < w_start:
        # a troupe's holder right before its name words, where the name walk stopped (某某|三村|
        # 老年|健身舞队: 三村 is unknown to the dictionary away from the word): round 13; a named
        # team's too (round 20: 某市经开区|飞鹰|应急救援|志愿服务队, 经开区 unknown to the dictionary;
        # a holder names a team whatever its field words, as when the walk reaches it)
        holder = next((k for k in range(max(0, start - MAX_BARE_PREFIX), start) if starts.get(k) == start), None)
        if holder is None:
            holder = holder_across_unknown(ctx, start, starts)
        if holder is not None and _suffix_table().get(ctx.text[start:w_start]) is None:
            return holder
    if held_only or not distinctive(ctx, start, w_start, team=team):
        return None
    return past_generic_lead(ctx, start, w_start)


def opening_pun(found: tuple[str, str, int]) -> bool:
    """A one-character quote that opens a team's name (“甲”乙丙志愿服务队, a pun on the holder's
    first character): more Chinese characters than a pun's descriptor (MAX_PUN_GAP) and at most
    MAX_OPENING_PUN_GAP between the quote and a team word; the quote and those words are the name.
    Round 36b: 2 train36 articles of 2 sets (none in bulk35)."""
    gap, word, _ = found
    return (
        _suffix(word).kind == "team" and MAX_PUN_GAP < len(gap) <= MAX_OPENING_PUN_GAP
        and bool(RE_HAN_WORD.fullmatch(gap))
    )


def holder_across_unknown(ctx: ArticleContext, start: int, starts: dict[int, int]) -> int | None:
    """A holder that ends at most MAX_UNKNOWN_GAP characters before the name's first word, with
    only words unknown to the dictionary between (某社区|蓝帽|大姐志愿服务队: the name walk takes
    an unknown word only right before the program word, so it stopped at 大姐): the unknown words
    are the team's own name and the holder starts it, as when the walk reaches the holder.
    Round 36b: the gap the first wave of round 36 reported (one train36 article; 0 bulk35 changes)."""
    tags = word_tags()
    for k in range(max(0, start - MAX_BARE_PREFIX - MAX_UNKNOWN_GAP), start):
        end = starts.get(k)
        if end is None or not 0 < start - end <= MAX_UNKNOWN_GAP:
            continue
        tokens = _tokens_within(ctx, end, start)
        if tokens and tokens[0][0] == end and tokens[-1][1] == start and all(
            RE_HAN_WORD.fullmatch(ctx.text[a:b]) and tags.get(ctx.text[a:b]) is None for a, b in tokens
        ):
            return k
    return None


def holder_only(ctx: ArticleContext, start: int, w_start: int) -> bool:
    """Filter 38 (round 31): the words before a troupe word are only places and communities
    written one after another (某某社区|艺术团): the holder's own troupe, which organizations
    reports, not a troupe named by words of its own (某某社区|风采|艺术团); nor are they a troupe's
    name when a preposition, particle or adverb stands among them (社区|以|艺术团骨干…: a clause)."""
    tags = word_tags()
    if any((tags.get(ctx.text[a:b]) or "x")[0] in ("u", "p", "d") for a, b in _tokens_within(ctx, start, w_start)):
        return True
    starts = party_starts(ctx.text, ctx.found_any(("places", "communities")))
    return chain_end(starts, start, w_start) == w_start


def holder_field_course(text: str, start: int, w_start: int, starts: dict[int, int]) -> bool:
    """Round 59h3: a place, community or organization found earlier, then only the service field
    of whom it teaches, before a school word (某乡|老年|学堂) is the holder's own school, which the
    gold lists among organizations, as it does 老年大学; a name part of its own after the holder
    (某社区|国际|学堂) or none at all (某社区学堂, the community's class as the gold lists it) stays."""
    if start not in starts:
        return False
    part = text[chain_end(starts, start, w_start) : w_start]
    return bool(part) and reject_generic_holder(part)


def holder_cut(start: int, w_start: int, starts: dict[int, int]) -> int | None:
    """The start of a place, community or organization that the name's first word cuts through
    (翠微|社区… when the tokenizer split 翠微 off as an unknown word): a party surface starting at
    most MAX_HOLDER_CUT characters before `start` and ending after it, by the program word."""
    return next((k for k in range(max(0, start - MAX_HOLDER_CUT), start) if start < starts.get(k, 0) <= w_start), None)


def core_team_start(ctx: ArticleContext, w_start: int, end: int) -> int | None:
    """Where a team's own name starts when no holder names it: the words right before the team
    word, after a set-up verb (成立了|爱无限|志愿服务队, 组建一支|七色花|志愿服务队伍), or after a
    clause mark, 的 or a preposition when its first word is no verb (…为标志的|七色花|志愿服务队伍,
    在|银龄某某|志愿者服务队带来的…: round 21c; not ，加入|志愿
    服务队). What is left of those words without field words (team_field in program_exclusions.tsv:
    党员, 巾帼, 文明, 实践, 应急, 心理咨询…), generic holders, purpose words, verbal nouns and
    time words must be MIN_TEAM_CORE characters or more: 成立了|党员|志愿服务队 and 组建|新时代|
    文明|实践|志愿服务队 name a field, not a team. A listed team (、) is left to the list rules.
    A pointer word stops the name (梨园|这支|志愿服务队 names no team: filter 37, round 30).
    Round 18: unquoted team names seen in 5 real articles of the pool and bulk texts."""
    text, tags = ctx.text, word_tags()
    if text[w_start - 1 : w_start] == "、" or text.startswith("、", end):
        return None
    group = member_group_start(ctx, w_start, end)
    if group is not None:
        return group  # member groups alone make no clause, whatever opens them
    tokens = _tokens_within(ctx, max(0, w_start - MAX_TEAM_CORE - 1), w_start)
    start = w_start
    for a, b in reversed(tokens):
        word = text[a:b]
        if b != start or not RE_WORD_CHARS.fullmatch(word) or word in _exclusions()["frame_verb"]:
            break
        if stops_team_core(word, tags, start < w_start) or word in CLASSIFIERS or RE_POINTER_WORD.match(word):
            break  # filter 37: a pointer (某地|这支|…队) says which team, it names none
        start = a
    if start == w_start or w_start - start > MAX_TEAM_CORE or owned_elsewhere(text, start):
        return None
    before = text[max(0, start - 8) : start]
    after_setup = before[: RE_SETUP_GAP.search(before).start()].endswith(_exclusions()["frame_verb"])
    words = [text[a:b] for a, b in _tokens_within(ctx, start, w_start)]
    if not after_setup:
        opener = before[-1:]
        if opener and opener not in CLAUSE_MARKS + "的" and not after_preposition(ctx, start) or (tags.get(words[0]) or "x").startswith(TEAM_CORE_VERB_TAGS):
            return None
        if any(len(w) > 1 and tags.get(w) in TEAM_CORE_VERB_TAGS for w in words):
            return None  # ，常态化|联动|志愿服务队伍: a verb of two characters makes a clause (a one-character
            # one is often a name's last character that the dictionary reads as a verb: 七色|花)
    if sum(len(w) for w in words if not team_field_word(w, tags)) < MIN_TEAM_CORE:
        return None
    return start


def member_group_start(ctx: ArticleContext, w_start: int, end: int) -> int | None:
    """Where the run of member groups right before a volunteer team word starts (社区|退役军人|
    志愿服务队 → 退役军人志愿服务队: the generic holder before it is whose team it is, as in the
    labelled sets), when it starts a token and member_group_team holds; None otherwise."""
    match = member_groups_end_pattern().search(ctx.text, max(0, w_start - MAX_MEMBER_GROUPS), w_start)
    if match is None:
        return None
    start = match.start()
    if ctx.tokens.index_at(start) is None or ctx.tokens.spans[ctx.tokens.index_at(start)][0] != start:
        return None
    return start if member_group_team(ctx, start, w_start, end) else None


def member_group_team(ctx: ArticleContext, start: int, w_start: int, end: int) -> bool:
    """A volunteer service team named only by the groups its members come from (，党员|志愿服务队,
    为|退役军人|青年|志愿服务队授旗): the labelled sets list the team a community forms for them as
    a program (round 40c: 7 articles of 5 tuning sets, bulk texts of 3 outlets). Not when a count
    or pointer says how many teams (10支|青年|志愿服务队: kinds), nor when a noun follows (队员,
    培训, 建设: the team word then modifies members or an activity for such teams): the words must
    all be member groups (program_member_groups.txt), the team word a volunteer service team's."""
    text = ctx.text
    if not RE_VOLUNTEER_TEAM_WORD.fullmatch(text[w_start:end]) or noun_after(ctx, end):
        return False
    before = text[start - 1 : start]
    if before in CLASSIFIERS or before.isdigit() or before in "多几等各、" or text.startswith(("、", "等"), end):
        return False  # counted, or an item of a list of team kinds (甲、乙志愿服务队等团队)
    if RE_SELF_REFERENCE.match(text[max(0, start - 2) : start]):
        return False  # the writer's own unit's team (本校|青年志愿者服务队): filter 37 keeps it out
    prev = _tokens_within(ctx, max(0, start - 4), start)
    word = text[prev[-1][0] : start] if prev and prev[-1][1] == start else ""
    if word and word not in _name_parts()["generic"] and word.endswith(_exclusions()["team_field"]):
        return False  # a longer kind of team (高校|青年|志愿服务队: university youth teams)
    return member_groups_pattern().fullmatch(text[start:w_start]) is not None


def noun_after(ctx: ArticleContext, end: int) -> bool:
    """The token right after `end` is a noun or verbal noun (…志愿服务队|队员, …志愿服务队|培训), or
    a character that ends no token there (志愿服务队|伍)."""
    i = ctx.tokens.index_at(end)
    if i is None:
        return False
    a, b = ctx.tokens.spans[i]
    return a != end or (word_tags().get(ctx.text[a:b]) or "x").startswith(("n", "vn"))


def _member_group_alternatives() -> str:
    """The member groups of program_member_groups.txt as one alternation, longest first."""
    terms = sorted(read_terms("program_member_groups.txt"), key=len, reverse=True)
    return "|".join(regex.escape(t) for t in terms)


@lru_cache(maxsize=1)
def nameless_team_words() -> "regex.Pattern[str]":
    """One or more words that name no listed team by themselves (round 54c h3): the generic holders,
    levels and service fields of program_exclusions.tsv and the member groups (社区|党员, 巾帼): an
    item of a 、 list made only of them (、社区党员志愿服务队) is a kind of team, as the older list
    rules hold (rounds 34, 36, 40c, 53h8b)."""
    ex = _exclusions()
    words = [w for role in ("generic_prefix", "generic_field", "level_holder", "plain_holder") for w in ex[role]]
    alternatives = "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return regex.compile(f"(?:{alternatives}|{_member_group_alternatives()})+")


@lru_cache(maxsize=1)
def member_groups_pattern() -> "regex.Pattern[str]":
    """One or more member groups written together (退役军人青年)."""
    return regex.compile(f"(?:{_member_group_alternatives()})+")


@lru_cache(maxsize=1)
def member_groups_end_pattern() -> "regex.Pattern[str]":
    """The longest run of member groups ending where the search window ends (searched backwards)."""
    return regex.compile(f"(?r)(?:{_member_group_alternatives()})+$")


def after_preposition(ctx: ArticleContext, start: int) -> bool:
    """The team's words follow a preposition (在|某某志愿服务队带来的…, 由|某某志愿服务队组织):
    the preposition takes a noun phrase, so they name the team as after a clause mark."""
    before = _tokens_within(ctx, max(0, start - 2), start)
    return bool(before) and before[-1][1] == start and word_tags().get(ctx.text[before[-1][0] : start]) == "p"


def reject_subject_clause(words: list[str], tags: list[str]) -> bool:
    """Filter 37 (round 30): the words before a team word opening a clause make a clause, not a
    team's name, when they open with the writer's own unit (我院|…|志愿者服务队: RE_SELF_REFERENCE)
    or hold a verb of two characters or more with two characters or more after it, its object
    or another verb (。推动|环保|志愿者|分队到…, ，出面|雇请|施工队…). A verb right before the team
    word, or before one character the tokenizer split off it (飞扬|声|乐队), is a name's own word
    (某街|爱|无限|志愿服务队). Seen in 4 articles of 4 tuning sets."""
    if RE_SELF_REFERENCE.match(words[0]):
        return True
    return any(
        len(w) > 1 and t in TEAM_CORE_VERB_TAGS and sum(map(len, words[i + 1 :])) >= 2
        for i, (w, t) in enumerate(zip(words, tags))
    )


def stops_team_core(word: str, tags: dict[str, str], name_after: bool) -> bool:
    """A word that cannot be part of a team's own name (优秀|…, 各|…): by its tag; a one-character
    adjective before another word of the name opens it (的暖|蜂|志愿服务队, 好|邻居|志愿服务队:
    the dictionary reads 暖 and 好 as adjectives), unlike a two-character one (优秀|…); a writer's
    own unit (我院|…, 本校|…: RE_SELF_REFERENCE) is a pronoun and stops it too (round 22)."""
    if RE_SELF_REFERENCE.match(word):
        return True
    tag = (tags.get(word) or "x")[0]
    if tag == "a" and len(word) == 1 and name_after:
        return False
    return tag in TEAM_CORE_STOP_TAGS


def team_field_word(word: str, tags: dict[str, str]) -> bool:
    """A word before a team word that names the team's field or members, not the team: a field
    word (or one ending in it: 法律援助, 家庭教育), a generic holder, a purpose word, a verbal noun
    (辅导, 救援) or a time word (青年, 课后)."""
    parts = _name_parts()
    return (
        word in parts["generic"] or word in parts["purpose"] or word.endswith(_exclusions()["team_field"])
        or (tags.get(word) or "").startswith(("vn", "t"))
    )


def clause_troupe_start(ctx: ArticleContext, w_start: int) -> int | None:
    """Where a troupe's own name starts when it opens a clause (，四季|合唱团的成员们, 。开心|来|
    舞蹈队充分体现…): the Chinese characters from a clause mark (or the text's start) to the
    troupe word, MIN_TROUPE_NAME to MAX_TROUPE_NAME of them, whole tokens, the first not a verb,
    adverb, preposition, conjunction, pronoun, particle or locative (，还有|舞蹈队, ，组建|合唱团
    name nothing), and not only generic or purpose words (，社区|老年|合唱团). Round 13: troupes
    named so in 4 real articles from 3 outlets, their words tagged as a numeral, an adjective
    and a verb, or a time word, so no name walk reached them; None otherwise."""
    text = ctx.text
    start = w_start
    while start > 0 and RE_HAN_CHAR.match(text[start - 1]):
        start -= 1
    if not MIN_TROUPE_NAME <= w_start - start <= MAX_TROUPE_NAME or (start > 0 and text[start - 1] not in CLAUSE_MARKS):
        return None
    tokens = _tokens_within(ctx, start, w_start)
    if not tokens or tokens[0][0] != start or tokens[-1][1] != w_start:
        return None
    words = [text[a:b] for a, b in tokens]
    tags = word_tags()
    if (tags.get(words[0]) or "x")[0] in TROUPE_LEAD_TAGS or RE_NUMERAL_START.match(words[0]) or RE_POINTER_WORD.match(words[0]):
        return None
    parts = _name_parts()
    if all(w in parts["generic"] or w in parts["purpose"] for w in words) or reject_clause(text[start:w_start]):
        return None
    return start


def field_list(ctx: ArticleContext, items: list[tuple[int, int]]) -> bool:
    """Filter 33: a list before a count of teams whose items, half of them or more, end in a verb
    or an adjective (急救宣传、视力健康、垃圾分类等5支志愿服务队伍) names the teams' fields, what
    each team does, not the teams: a named team's own word is a noun or a word unknown to the
    dictionary (红枫、巧厨娘、银发先锋等3支志愿服务队). Items that end in a team word name their
    team whatever the others say. Round 29: field lists read as names in 3 articles of 2 tuning
    sets and a bulk sample."""
    tags = word_tags()
    fields = 0
    plain = [(a, b) for a, b in items if not ctx.text[a:b].endswith(TEAM_WORD_ENDS)]
    for start, end in plain:
        tokens = _tokens_within(ctx, start, end)
        if not tokens or tokens[-1][1] != end:
            continue
        tag = tags.get(ctx.text[tokens[-1][0] : end]) or "x"
        fields += tag.startswith("v") or tag in ("a", "an", "ad")
    return bool(plain) and 2 * fields >= len(plain)


def _team_list_start(ctx: ArticleContext, start: int, end: int) -> int:
    """Where the first team of a closed list starts (_closed_team_lists): past the last function
    word (particle, preposition, conjunction, pronoun, adverb, locative: 随着|, 新增的|) or set-up
    verb (成立|, 组建|: program_exclusions.tsv operator_verb and the member verbs) before its team
    word; a verb of the name's own (某某宣讲|队) stays in it, unlike in _past_lead_words."""
    tags = word_tags()
    verbs = _team_list_lead_verbs()
    cut = start
    for a, b in _tokens_within(ctx, start, end)[:-1]:
        word = ctx.text[a:b]
        if (tags.get(word) or "x")[0] in ("u", "p", "c", "r", "d", "f") or word in verbs:
            cut = b
    return cut


def _service_run_start(ctx: ArticleContext, start: int, end: int) -> int:
    """Where the first team of a service run starts: past the clause words _team_list_start cuts off;
    `end` (no item) when a plain verb is left before the team word (服务队包括|…, 摆着|…, 爱国拥军|…):
    the clause runs on into the item and where the name starts is unsure. 服务 (a verbal noun) is the
    team word's own (法律|服务支队), which _past_lead_words would cut through (round 51progmiss)."""
    cut = _team_list_start(ctx, start, end)
    tags = word_tags()
    for a, b in _tokens_within(ctx, cut, end)[:-1]:
        word = ctx.text[a:b]
        if tags.get(word) == "v" or RE_ASPECT_END.search(word):
            return end
    return cut


def service_team_run(items: list[str]) -> bool:
    """A run of listed teams that are each a service team (RE_SERVICE_TEAM_END: 党员先锋服务队、
    巾帼志愿者服务队): the list names a body's service teams, not kinds of team (round 51progmiss)."""
    return len(items) >= 2 and all(RE_SERVICE_TEAM_END.search(item) for item in items)


def named_team_item(name: str, team_words: tuple[str, ...]) -> bool:
    """A listed item that is a team word with a name of two characters or more before it: not
    a team word alone (舞蹈队) nor one with a single character before it, which is a cut-off word
    of the clause (如今集|合唱队、舞蹈队: 集合 is a verb; round 13)."""
    word = next((w for w in team_words if name.endswith(w)), None)
    return word is not None and len(name) - len(word) >= 2


def past_generic_lead(ctx: ArticleContext, start: int, w_start: int) -> int:
    """A distinctive name's start past the generic holder words that open it (社区|萍聚|舞蹈队 →
    萍聚舞蹈队): with no holder found there, 社区/居民/村… only say whose it is."""
    generic = _exclusions()["generic_prefix"]
    for a, b in _tokens_within(ctx, start, w_start):
        if a != start or ctx.text[a:b] not in generic:
            break
        start = b
    return start


def held_name_start(text: str, start: int, w_start: int, starts: dict[int, int], *, longest: int = MAX_HELD_NAME) -> int | None:
    """A `held` program word's name start (食堂, 饭堂: canteens): a place, community or
    organization found in the article starts the words before it (or ends right where they
    start), and what stands between the holder(s) and the word is a short name of its own
    (桃源社区|幸福|食堂), not only a service field (某社区|长者|食堂, 某社区|老年|食堂: canteen
    types) nor a run over other nouns longer than `longest` (…活动中心|社区|食堂), nor words
    ending in a pointer (某集团|各|平台); None otherwise."""
    # the leftmost holder inside the words or reaching into them from the left (青石|村|爱心|饭堂,
    # 柳下|亭|社区|幸福|食堂: the name's first words are no nouns to the dictionary)
    first = max(0, start - MAX_BARE_PREFIX)
    held = next((k for k in range(first, w_start) if k in starts and start <= starts[k] <= w_start), None)
    if held is None:
        return None
    own = chain_end(starts, held, w_start)  # 青禾区|桃源社区|幸福食堂: holders in a row
    part = text[own:w_start]
    if not MIN_BARE_PREFIX <= len(part) <= longest or reject_generic_holder(part):
        return None
    if part.endswith(DE_POINTERS):  # 某报业集团|各|平台: a pointer picks the holder's platforms, names none
        return None
    return held


def held_team_start(ctx: ArticleContext, ending_at: dict[int, int], own_end: int) -> int | None:
    """Where a held team's name starts: the first of the holders written one after another that
    end MIN_BARE_PREFIX to MAX_HELD_TEAM_OWN characters before `own_end`, the words between them
    whole tokens that name a team (see RE_HELD_TEAM_TOKEN), not generic holders alone; None otherwise.
    `ending_at`: where a holder surface ends → the leftmost start of one ending there."""
    text, tags = ctx.text, word_tags()
    for own_start in range(own_end - MAX_HELD_TEAM_OWN, own_end - MIN_BARE_PREFIX + 1):
        first = ending_at.get(own_start)
        if first is None:
            continue
        while (prev := ending_at.get(first)) is not None:
            first = prev  # 青禾区|桃源社区|…: the holders in a row start the name
        tokens = _tokens_within(ctx, own_start, own_end)
        if not tokens or tokens[0][0] != own_start or tokens[-1][1] != own_end:
            return None
        words = [text[x:y] for x, y in tokens]
        if any(not RE_HAN_WORD.fullmatch(w) or (tags.get(w) or "x").startswith(HELD_TEAM_STOP_TAGS) for w in words):
            return None
        if any(len(w) > 1 and tags.get(w) in TEAM_CORE_VERB_TAGS for w in words) or reject_generic_holder(text[own_start:own_end]):
            return None
        if all(team_field_word(w, tags) for w in words):
            return None  # 某社区|文艺|宣传队: a field says what kind of team the holder has, not which
        return first
    return None


def after_quoted_speech(text: str, start: int) -> bool:
    """`start` follows the closing quote of a remark that ends a sentence (…的生活！”某社区…): the
    quote closes what someone said, and the words after it own themselves, unlike a name's
    descriptor after a quoted name (“甲乙”宣传队)."""
    return start >= 2 and text[start - 1] in CLOSE_QUOTES and RE_SENTENCE_MARK.match(text[start - 2]) is not None


def reject_kind(text: str, start: int, name: str) -> bool:
    """Filter 23: an unquoted name after a kind word (许多爱心驿站, 这样的暖心驿站) describes a
    kind of thing, unless the article names it in quotes too (“新禾驿站”…八个这样的新禾驿站:
    a later mention of the defined name)."""
    return text.endswith(KIND_WORDS, 0, start) and not any(q + name + c in text for q, c in (("“", "”"), ('"', '"'), ("‘", "’")))


def reject_bare_prefix(text: str, start: int, w_start: int, end: int) -> bool:
    """The words before a bare program word name no program: none at all or one character (小|驿站,
    大|课堂: a size, not a name), a generic holder, a bare word, a counted or clause-like stretch,
    or an award the clause says was won."""
    prefix = text[start:w_start]
    if len(prefix) < MIN_BARE_PREFIX or reject_generic_holder(prefix) or reject_bare_word(prefix) or reject_counted(text, start) or reject_clause(prefix):
        return True
    if RE_RANKED_PREFIX.match(prefix):
        return True  # 十大|夜校课程: a ranking of the best of a kind, no name (round 38)
    return reject_bare_award(text, start, end)


def distinctive(ctx: ArticleContext, start: int, end: int, *, team: bool = False) -> bool:
    """Filter 15: the words before a `named` program word with no holder found there, less
    generic holders and purpose words (社区, 党员, 慈善, 关爱…), must hold a name: a word
    unknown to the dictionary or a proper noun (澜星, 松涛), or at least three characters of
    ordinary words (巧手厨艺|大赛, 蓝天|家园|基金). 社区慈善基金, 公益创投大赛 and
    三个关爱基金 name nothing. A team needs a place or organization word (启明|学校|宣讲团,
    青禾区|医院|…总队): other words before a team word name its field (园艺|志愿服务队,
    法律|援助|志愿服务队), whatever tag the dictionary gives them."""
    tags = word_tags()
    parts = _name_parts()
    words = [ctx.text[a:b] for a, b in _tokens_within(ctx, start, end)]
    core = [w for w in words if w not in parts["generic"] and w not in parts["purpose"]]
    if not core or any(RE_NUMERAL_START.match(w) for w in core):
        return False
    if team:  # a one-character place word is a cut-off name (谋利|桐|义工巡逻队), not a holder
        return any(tags.get(w) in HOLDER_TAGS and len(w) > 1 for w in core)
    return any(tags.get(w) is None or tags.get(w) in PROPER_TAGS for w in core) or sum(map(len, core)) >= 3


def reject_bare_award(text: str, start: int, end: int) -> bool:
    """Filter 18: an unquoted name that the clause says was won (荣获…大赛铜奖, 获评…): the name
    is an award's source, not a program the article reports."""
    ex = _exclusions()
    before = RE_CLAUSE_END.split(text[max(0, start - 14) : start])[-1]
    return any(verb in before for verb in ex["award_verb"]) or text.startswith(RE_AWARD_AFTER_WORDS, end)


def clause_run_tail(text: str, tail: "regex.Match[str]") -> bool:
    """建设1个某某载体、打造4个品牌: the word before the count is a verb jieba knows (培育 it lists
    as a verbal noun) and the clause before the 、 counts too (RE_COUNTED_CLAUSE), so the 、 joins
    the clauses of a plan that each count what they set up, not names listed before one count
    (round 53 p2e, bulk read: a plan's item taken as a brand)."""
    last = tail.group(1)
    if not last or word_tags().get(last) not in ("v", "vn"):
        return False
    before = text[: tail.start()]
    return bool(RE_COUNTED_CLAUSE.search(before[_item_start(before) :]))


def _item_start(text: str) -> int:
    """Where the last clause or list item of `text` starts: past its last clause mark or 、."""
    return max(text.rfind(c) for c in CLAUSE_MARKS + "、") + 1


def _item_before(text: str, pos: int) -> tuple[int, int] | None:
    """The run of Han characters right before `pos` (at most 30), or None."""
    start = pos
    while start > 0 and pos - start < 30 and RE_HAN_CHAR.match(text[start - 1]):
        start -= 1
    return (start, pos) if start < pos else None


def _past_lead_words(ctx: ArticleContext, start: int, end: int, *, parallel: int = 0) -> tuple[int, int]:
    """The first item of a list without the clause words before it: past the last particle,
    preposition, verb or other function word that is not the item's own last word (首批资助的|慈善
    救助, 与某基金牵手设立|某某天使); empty when nothing is left or the rest is too long for a name.
    `parallel`: the length of the list's next item. A verb after which less than a name's shortest
    length is left is the item's own first word when an earlier cut leaves exactly that length
    (建成|学习宣传、互帮互助: 学习 is a verb to the dictionary, yet 宣传 alone is no item; round 19);
    field lists are written in items of one length."""
    tags = word_tags()
    tokens = _tokens_within(ctx, start, end)
    cut = start
    for a, b in tokens:
        if (tags.get(ctx.text[a:b]) or "x")[0] in LEAD_PARTICLE_TAGS:
            cut = b
    cuts = [b for a, b in tokens[:-1] if b > cut and (tags.get(ctx.text[a:b]) or "x")[0] in LEAD_TAGS]
    cut = cuts[-1] if cuts else cut
    if end - cut < MIN_LIST_ITEM:
        cut = next((b for b in cuts if end - b == parallel >= MIN_LIST_ITEM), cut)
    return (cut, end) if end - cut <= MAX_LIST_ITEM else (end, end)


def _nominal(word: str, tags: dict[str, str], *, next_to_word: bool = False) -> bool:
    """A word that can stand inside a name before its program word: Han characters tagged as
    a noun, place, name, abbreviation or distinguishing word; a word unknown to the
    dictionary only right before the program word (芳馨|议事亭: the name's own word; further
    left an unknown word is as often a verb: 常去|睦邻|会客厅)."""
    if not RE_WORD_CHARS.fullmatch(word) or RE_NUMERAL_START.match(word) or word in CLASSIFIERS or RE_POINTER_WORD.match(word):
        return False
    tag = tags.get(word)
    if tag == "a" and len(word) == 1:
        return True  # one-character adjectives start names (新|邻|驿站)
    if tag is None:
        return next_to_word and not word.startswith(GLUED_PREPOSITIONS)
    if len(word) >= 4 and tags.get(word[:2]) in ADVERB_TAGS:
        return False  # 充分运用|社区慈善基金: an adverb-led phrase jieba lists as one word
    return tag.startswith("n") or tag in ("j", "b", "l", "vn", "s")


def _resolve(cands: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates: definitions before aliases, then the longest span."""
    return keep_disjoint(cands, lambda c: (_RULE_ORDER[c.rule], -(c.end - c.start), c.start))


def _tokens_ending_in(ctx: ArticleContext, last_char: "re.Pattern[str]") -> list[int]:
    """Indexes, in text order, of the tokens whose last character `last_char` matches: one scan
    of the text at C speed, then one bisection per hit (an article has a few hundred tokens for
    each hit of a rare character)."""
    spans, index_at = ctx.tokens.spans, ctx.tokens.index_at
    out = []
    for hit in last_char.finditer(ctx.text):
        i = index_at(hit.start())
        if i is not None and spans[i][1] == hit.end():
            out.append(i)
    return out


def listed_team_start(ctx: ArticleContext, j: int, end: int, tags: dict[str, str]) -> tuple[int | None, bool]:
    """Where a listed team's words start (see _listed_unit_teams), walking back from token `j` over
    the tokens written together before it, and whether the walk stopped at the frame's verb or
    preposition; None when it runs past MAX_LISTED_TEAM characters (no item is that long)."""
    text, spans = ctx.text, ctx.tokens.spans
    start = spans[j][0]
    while j > 0 and spans[j - 1][1] == spans[j][0]:
        a, b = spans[j - 1]
        word = text[a:b]
        if not RE_LISTED_TEAM_TOKEN.fullmatch(word):
            return start, False
        tag = tags.get(word) or "x"
        if tag in LISTED_TEAM_STOP_TAGS and (len(word) >= 2 or tag[0] in ("p", "c")):
            return start, True
        if end - a > MAX_LISTED_TEAM:
            return None, False
        start = a
        j -= 1
    return start, False


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding text[start:end]: from after the clause mark before it to the one after."""
    lo = max(text.rfind(mark, 0, start) for mark in CLAUSE_MARKS) + 1
    his = [k for k in (text.find(mark, end) for mark in CLAUSE_MARKS) if k >= 0]
    return lo, min(his, default=len(text))


def _into_stem_start(ctx: ArticleContext, into: int, tags: dict[str, str], verbs: frozenset[str]) -> int:
    """Where the words naming what goes in (before 进 at `into`) start: see _into_neighbourhood."""
    text = ctx.text
    # one word further left than the name may reach: the verb that a complement follows (开展|好)
    tokens = _tokens_within(ctx, max(0, into - MAX_INTO_STEM - INTO_VERB_REACH), into)
    start = into
    for k in range(len(tokens) - 1, -1, -1):
        a, b = tokens[k]
        word, tag = text[a:b], tags.get(text[a:b]) or "x"
        if b != start or into - a > MAX_INTO_STEM or not RE_HAN_WORD.fullmatch(word):
            break
        if word in INTO_STEM_JOINERS:
            break
        last = k == len(tokens) - 1
        if not last and (word in verbs or tag.startswith(INTO_STEM_STOP_TAGS) or RE_INTO_EVENT_COUNT.match(word) or (tag == "v" and not (k == len(tokens) - 2 and _noun_next(text, tags, tokens[k + 1])))):
            break
        if len(word) == 1 and k > 0 and text[tokens[k - 1][0] : tokens[k - 1][1]] in verbs:
            break  # 开展|好, 做|实: a verb's one-character complement, not the name's first word
        start = a
    return start


def _noun_next(text: str, tags: dict[str, str], token: tuple[int, int]) -> bool:
    """The token after a verb is a noun: a verb right before the name's last word, a noun, qualifies it
    (在职|党员); further left a verb governs the phrase (推进|儿童|绘本)."""
    return (tags.get(text[token[0] : token[1]]) or "x").startswith("n")


def _tokens_within(ctx: ArticleContext, start: int, end: int) -> list[tuple[int, int]]:
    """The tokens inside [start, end), found by bisection (tokens are sorted and disjoint)."""
    spans, i = ctx.tokens.spans, bisect_left(ctx.tokens.starts, start)
    out = []
    while i < len(spans) and spans[i][1] <= end:
        out.append(spans[i])
        i += 1
    return out
