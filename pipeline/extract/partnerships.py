"""Partnerships: pairs of named parties that the text says work together.

Parties are the mentions found earlier: organizations, communities and programs. A pair needs
a relation frame linking them inside one sentence (a line never continues a sentence);
co-occurrence alone is not a partnership. Relation words and how lists around them are paired
are data (`lexicons/partnership_relations.txt`). With the option `scored`, two parties of a
sentence no frame pairs anything in may still be paired by the pair scorer (pair_scorer.py,
basis "scored"): a model learned from labelled articles weighs the words around them.

Frames (per sentence; each yields a claim: actors, partners, relation word, and whether the
parties are co-actors, paired all with all, or the actor is paired with each partner):
  forward   A <word> B(、C、D): B right after the word (gap words from
            `partnership_gap_words.txt`, places and quote marks skipped): 民族巷社区党委联合中卫市司法局,
            宜宾市酒都义工联合会就入驻在叙州区金鱼社区. First items no extractor named in full (A联合
            某某工作室、B; A联合某区、某区卫健委; A联合某某|某某驿站、B, the found tail of a cut name) do not
            close the list: the named ones after them are partners still (round 53h1b). A
            descriptor of the partner's standing with a modifier of its own may stand there too
            (携手区域联建志愿单位B: a short Han run ending in a head of
            `partnership_descriptor_heads.txt`, holding no clause word or frame verb).
  with      A与B(、C)…<word> in one clause: 与全人社工的联合, 同B、C等单位签署共建协议,
            与B举行…共建签约仪式; several X与Y joined by 、 before the word are paired as written.
  passive   B是A<word>的…: “E修就好”APP是金鱼社区引进的.
  support   A为B提供…<noun> (…为“凉小鸭”志愿团队提供指导); 在A的<noun>下，B (also 在A的牵头下, 在A的指导下); 得到A的…<noun>;
            A对B进行…<noun> (某基金会对某合唱团进行资金扶持). A guide (在A的指导下) pairs with the unit
            it guides when that unit acts alone (round 32), not when it acts together with another
            party in its own clause (B与C…, B携手C, B驻C, B、C…; round 49): the pair is then B~C.
  toward    A向B<word>: 向社区某超市捐赠; A<word>给B: 某集团捐赠给某社区; A向来自B的专家颁发聘书
            (B's people engaged by A).
  member    A作为B(的)共建单位 / 运营方, A是B的共建单位: the actor is B's partner unit, or the party
            running B (A是“B”项目的承办机构); A是B的结对共建社区: B's partner community.
  unit of   某社区(的)共建单位B, “双报到”单位B, 结对单位B: B is that community's partner unit (else the
            article's own community's).
  join      A、B等(N家)单位…参加/参与/发言: listed units taking part in the article's meeting or event
            pair with its hosts, else with the article's own community (not with each other); units
            whose people 出席 only attend as guests (round 48).
  by        由A<role>，B<role>: co-actors; an operator role (承接, 运营…) pairs the taker with the
            sentence's topic (X由A负责监督，B承接管理 → A–B, B–X). An event's credit line with no
            topic (由A主办，B承办，C协办; 由A、B联合主办; 由A主办，B承办的“X”) pairs the units it
            credits 主办, 承办 or 协办 all with all when it credits at most four (round 48: the pool
            gold pairs credited co-hosts); a longer line of tiers that credits at most seven pairs
            its hosts and operators all with all, the helpers aside (round 61:
            MAX_SHORT_CREDIT_LINE); a longer line still pairs only a role list of at most four
            written with a joint word (A和B联合承办) and, on a line that also credits helpers
            (协办), the hosts with each other and the operators with each other when those two
            tiers credit at most four together (round 59: CORE_CREDITS). A guide (指导) pairs with
            no credited unit when the line credits a host, nor on a line of more than four; the
            event is no partner.
            A line about a named programme that credits a host or co-organiser (该项目由A主办，B协办，
            C承办) pairs each credited unit with the programme instead, not with each other (round 48);
            an event or campaign as that topic (某某进社区活动由A、B、C主办) is read as no topic: its
            credited units pair with each other (round 49).
  together  A、B(等)共同/联合<verb>: a list of parties acting together; the staff of a list forming one
            team (来自A、B的医护人员组成的义诊队) make its units co-actors too. A list opening its clause
            may be closed by a comma first (A、B及C，共同举办…; A与B，共同开展…). A list written as one
            (、/和/及) that opens its clause is also the joint subject of an act right after it, a date
            or a place between (A、B在某中心举办…, A、B组织志愿者…, A、B组成…联盟, A、B在某镇开展…; not
            after a comma, round 51). A list right after 由 that makes or forms one thing (X由A、B组成…, 由A、B打造的…)
            names its joint agents. A joint word before a co-host credit with no 由 (A、B共同主办,
            共同承办, 协办, 共同指导) pairs nothing: the credit names who put the event on (由-lines: see by).
  alliance  A、B等加入某某联盟; 某某联盟(首批)成员由A、B组成 / 成员单位包括A、B; 作为某某联盟成员单位，A…:
            each member pairs with the alliance when it is an organization (a short name, 公益联盟,
            points back to the one named before), not with each other nor with the event's hosts
            (round 57; an alliance that is a programme keeps its roster on the hosts: join, _roster).
  funded    F的“P”(、“Q”…项目): a foundation or fund and the programmes it names as its own
            (某社区基金会的“甲”、“乙”助老项目): a funder's programmes are the ones it pays for.
  visit     A(的)<staff>…<visit word>B: a unit's staff go to serve B (某医院医护人员走进某社区开展义诊,
            某局的六十余名干部来到某社区, 某律所律师在某村开展普法, 某医院医护人员为某社区居民
            开展义诊); staff words from `partnership_staff_words.txt`, visit words the rows of form
            visit in `partnership_relations.txt` (在, 为, 给 only with an act after B). A is no
            programme (a team performing somewhere: 某宣讲团走进某社区); B is a community or an
            organization, never a residential estate or village (某医院医护人员走进某小区, 某社工事务所社工走进某村:
            the staff serve the people living there; round 51); a bare 社区 as B is the article's own
            community (basis "implied_subject").
Pairing: group claims of one sentence that share a party are one group (A联合B，携手C → A, B, C all
paired); `each` claims pair the actor with each partner; `joint` words (携手, 联动) pair a list of
partners among themselves only when a comma and a joint word close it (A携手B、C，共同启动…).

Actor A, in order: the party right before the word in the same clause; else, in a later clause that
opens with a bare subject noun (某社区党委书记某某说，社区将继续联合B), the party that noun stands for;
else the sentence subject
(the first party of its first clause after time, dateline and purpose clauses; after 由 when the
clause reads 活动由A牵头); else a bare subject noun (社区, 社区党组织: `partnership_generic_subjects.txt`)
standing for the article's own community; else a person subject's unit; else, when the sentence
has no subject at all (联合B开展… after a sentence about the community), the article's own
community, or with none the street office the article is about (`_office_actor`). The last two
stand-ins give `basis` "implied_subject". A bare street noun (街道党工委)
stands for a street office only when the article names it as an organization (某街道办事处,
某街道党工委). A street written in full only as a place (湖滨街道携手…) is no party by default: the
annotation convention pairs named organizations, communities and programs, and its gold never pairs
a street written only as a place; the option `street_places` lets it act for its office. The
units such a street gathers with a group word (某街道联合A、B…) are each other's partners all the
same: the convention pairs every party of a list after 联合/携手 with every other (round 57e h1;
it replaced round 38's reading, which the gold of three later tuning sets no longer follows).

Pointers (discourse.py): a party named before and pointed back to (该公司, 本所, 我院, 该社区; 与其,
为其; 双方 in a clause of joint work for the two units of the sentence before) is a party where the
pointer stands; a pair resting on a pointer to another sentence has basis "anaphor" and evidence where
each party is named as well. A street's own unit may be named again with the level word for the
street's name (石门街道综合社工站 → 街道综合社工站, `level_forms`); a sentence with no subject in an
article about a street office (named in its title, or opening its first sentence) has that office
as its actor when the article has no community of its own (`_office_actor`).

Licensed parties (licensed.py): inside a strong frame (联合, 携手, 联手, 牵手, 结对, 引入, 引进, 入驻;
与/同 B … 签订/共建/结对/合作 …) a side that no extractor found is a party when its span has a name
shape on its own (接待寺社区联合…; 联合“某某”某供电中心某某营业站; …及“某某”某某志愿服务团); one
that some pair holds is also given as a mention of its label (`adds`). A quoted descriptor may
stand between a forward word and its partner (联合“某某伙伴”B).

Filters: F1 a party paired with itself or its own unit (开阳里第四社区 ~ 开阳里第四社区党委);
F2 relation words inside a party's own name (宜宾市酒都义工联合会) or a name part (联合会, 合作社);
F3 relation words inside slogans (共建共治共享); F4 a party whose label the word does not take
(组织 gathers organizations only); F5 a party named only by its sort (小区物业公司, 爱心企业, 三方服务公司:
every such unit of the story, `licensed.sort_only`), round 40.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import compress

import regex

from ..chars import QUOTE_MARKS
from ..lexicon import read_table, read_terms
from ..mentions import ArticleContext, Mention, Party
from ..spans import keep_disjoint, leftmost_longest, mask
from ..vocabulary import word_tags
from . import discourse
from .communities import STAFF_HOUSING_HEADS
from .licensed import RE_PARTNER_UNIT, RE_ROSTER_PEOPLE, clause_words, licensed_parties, name_opener, sort_only
from .pair_scorer import MAX_GAP, MAX_SENTENCE, THRESHOLD, cue_word, masked, pair_features, probability

PARTY_LABELS = ("organizations", "communities", "programs")
# A mask's flags inverted (0 → 1, any other → 0), to keep the unmarked characters with
# itertools.compress instead of a test per character.
KEEP_UNMARKED = bytes([1]) + bytes(255)
# Quote marks and spaces that may surround a party's name.
RE_QUOTE_MARKS = regex.compile("[\\s" + regex.escape(QUOTE_MARKS) + "]")
# Marks that join a list of parties. Example: 首都师范大学…学院、北京林业大学…学院.
RE_LIST_JOIN = regex.compile(r"^(?:、|和|及|以及|与|，以及)$")
# A street or town the place extractor did not take, written before a list item the way the
# items before it have their known street (某街道A社区、某某街道B社区): skipped like a place.
RE_STREET_BEFORE_ITEM = regex.compile(r"(?<=^(?:、|和|及))\p{Han}{2,4}(?:街道|镇|乡)$")
# The Party or youth unit of a list item that the item's found name leaves out (某卫生服务中心|党支部、
# 某物业党支部): the list goes on over it. Example match: 党支部 (before 和 or 、).
RE_UNIT_TAIL = regex.compile(r"^(?:党委|党总支|党支部|团委|团支部)(?=、|和|及|以及|与)")
# A place written as an item of a party list (与某镇、B合作; 在A、某街道的支持下): the place with the
# list mark joining it, in a span whose places are marked by PLACE_MARK (_unplaced_items). A street or
# town written only as a place is no party, but the named items of its list still are (round 45: three
# pool articles of three sets). Example match: ◇、 (in 与◇、B).
PLACE_MARK = "◇"
RE_PLACE_ITEM = regex.compile(PLACE_MARK + r"+(?:、|和|及|以及)|(?:、|和|及|以及)" + PLACE_MARK + r"+|" + PLACE_MARK + "+")
# Two quoted names back to back: ”“ (a list without marks).
RE_BACK_TO_BACK = regex.compile(r"[”’][“‘]")
# Clause marks: the actor is looked for inside the relation word's clause first.
RE_CLAUSE_MARK = regex.compile(r"[，；：,;:]")
# A festival's eve written without 在 (春节来临之际, 重阳节到来之际) and a date opened by 于
# (于2020年1月11日，协同…): time only; an intro clause (the subject comes before or after) and, alone
# in its clause, a time clause (round 14 second wave: three tuning articles from different outlets).
EVE = r"[^，；：]{0,16}(?:来临|到来|前夕|即将来临)之际"
# A leading clause that only sets time, links to the previous text, or gives a dateline or
# purpose; the subject comes after it. Examples: 2024年，; 近年来，; 同时，; 某某网讯（记者某某）3月2日，;
# 为了丰富居民生活，; 在街道的指导下，; 围绕居民需求，.
# A start date (自2016年起，; 从2011年开始，) sets time too (round 42: six pool and bulk articles).
RE_INTRO_CLAUSE = regex.compile(
    r"^(?:(?:自|从)?[0-9一二三四五六七八九十〇零\s]+年(?:[0-9\s]+月)?(?:[0-9\s]+日)?(?:以来|起|开始)?|近年来|近些年|近日|日前|近期|目前|"
    r"今年|今年以来|去年|当前|此外|同时|另外|其中|据悉|据了解|据介绍|下一步|首先|其次|最后|如今|过去|因此|为此|随后|"
    r"(?:.{0,40}?(?:讯|电|报道)(?:[（(][^）)]{0,30}[）)])?)?(?:[0-9一二三四五六七八九十]\s?){1,2}月\s?(?:[0-9一二三四五六七八九十]\s?){1,3}日"
    r"(?:上午|下午|晚上?)?|"
    r"(?:为了?|围绕|通过|按照|根据|针对|立足|聚焦|随着|借助)[^，；：]*|在[^，；：]*(?:下|中|上|期间|之际|以来)|"
    + EVE + r"|于[0-9一二三四五六七八九十〇零\s]+年?(?:[0-9\s]+月)?(?:[0-9\s]+日)?)$"
)
# A clause that gives only a date or an eve (于2020年1月11日, 春节来临之际): a chain of clauses goes
# on over it to the party opening the clause before (A联合B…，于某日，协同C…).
RE_TIME_CLAUSE = regex.compile(r"^(?:于?[0-9一二三四五六七八九十〇零\s年月日号]+|" + EVE + r")$")
# An omitted subject is read only in prose: the relation word is not a label (指导：某办, a masthead
# line "指导 某办") and its line goes on to a clause or sentence mark. Example: 联合某物业开展义诊。
# A time or stage word opening a clause with no subject, in the same clause as the word (现已联合B…,
# 目前引进了B…, 某节日期间联合B…): it sets when, and the clause still has no subject. Round 61
# h5c: the tuning gold pairs the unit the text is about with B in three sets (g56d, l53r, t53b).
# Example match: 现已.
RE_TIME_LEAD = regex.compile(r"^(?:现已|目前|如今|现|[\p{Han}0-9]{0,6}(?:节|假期|暑假|寒假|活动)期间)")
# The words that bring a partner in, whose headless clause a time word ties to the unit written
# about (`_time_led_headless`); 入驻 is the partner's own move and 结对 is mutual.
BRING_IN_WORDS = ("联合", "携手", "联手", "牵手", "引入", "引进")
# A sentence's end, or a line's (a title or a paragraph ends without a mark).
RE_SENTENCE_OR_LINE_END = regex.compile(r"[。！？!?\n]+")
RE_PROSE_AFTER = regex.compile(r"\p{Han}{1,4}+(?![\s：:])[^\n]{0,200}?[，。！？；,;!?]")
# A dateline opening the first clause: 某某新闻讯 为了…; 本报讯（记者某某）….
RE_DATELINE = regex.compile(r"^[^，。；：\n]{0,12}?讯(?:[（(][^）)]{0,30}[）)])?\s*")
# A purpose clause may run on over several clauses with no party: 为了…，推动…，A….
RE_PURPOSE = regex.compile(r"^(?:为了?|围绕|立足|聚焦)")
# The subject clause names who acts after 由: 该项目由某镇党委发起. Example match: 该项目由.
# A list that takes a founding role together (由A、B与C共同发起) are co-founders, paired with each
# other as in the founded frame (A、B联合发起的X; FOUNDING_WORDS). Co-hosts and co-operators
# (由A、B、C主办, 由A、B承办) are not: the dev gold pairs none of them.
RE_BY_SUBJECT = regex.compile(r"(?:(?:本次|此次|该|这次)?(?:活动|项目))?由")
# 由-sentences: the next role taker opens the next clause or list item (由A主办、B协办).
RE_ROLE_NEXT = regex.compile(r"[，；、,;]")
# What may stand between a topic and 由: nothing, or a head noun (“某某”项目由…, 某某活动由…, “某某”计划由…),
# or the copula of a defining sentence (某基金会，是由A倡导…设立的).
# A time phrase may come between too (某社工站于2020年由某中心运营; round 41: a gap of time).
RE_TOPIC_HEAD = regex.compile(
    r"^(?:项目|活动|品牌|服务|计划|行动|工程)?(?:[，,]?是)?"
    r"(?:(?:于|自|从)?(?:[0-9一二三四五六七八九十〇零]{2,4}年(?:[0-9一二三四五六七八九十]{1,2}月)?(?:[0-9一二三四五六七八九十]{1,3}日)?|今年|去年|目前)起?)?$"
)
# A quoted name right before 由: 三处“共享书吧”由…
RE_QUOTED_BEFORE = regex.compile(r"[“‘]([^“”‘’\n]{1,20})[”’]$")
# 与/和/同/跟 right before a party (the with frame), not inside 参与, 共同, 会同, 和谐 …. Each mark
# has its own compounds: a name ending in 会 (某协会与B签约) still takes 与, only 会同 is barred.
RE_WITH_MARK = regex.compile(r"(?<![参给赋授])与|(?<![共协如不相认赞陪会连])同|跟|(?<![平温暖祥柔缓共饱谐调总])和")
# A visit that opens a with-list: A赴B签订共建协议, A前往B结对共建 (the host is the partner).
RE_VISIT_MARK = regex.compile(r"赴|前往")
# The longest stretch between a with-list and its relation word (one clause; places included).
MAX_WITH_SPAN = 60
# A quoted descriptor right after a forward word, before its partner: 联合“某某伙伴”某某营业站 (the
# quote says what the partner is to the actor; round 16: partners after a quoted role or campaign).
RE_DESCRIPTOR_QUOTE = regex.compile(r"了?[“‘]([^“”‘’\n]{2,8})[”’]")
# The owner of a quoted partner written before it, right after a forward word: a sub-unit of the
# party before (携手某社区|第二睦邻中心|“某某议事会”), or a run that opens with a place (携手某县网红|“某某”
# 团队); the quoted unit is the partner, the run only says whose it is. Example match: 第二睦邻中心“
# (between the community and the quoted name); the run holds no clause word (checked apart).
RE_OWNER_UNIT = regex.compile(r"\p{Han}{2,8}?(?:中心|站|室|所|会|队|社|部|院)[“‘]$")
RE_OWNER_RUN = regex.compile(r"\p{Han}{1,8}[“‘]?$")
# First letters of jieba's tags that make a word no part of a name: verbs (v, vn), adverbs (d),
# prepositions (p) and conjunctions (c).
VERB_TAGS = frozenset("vdpc")
# R3: 是 between B and A, and 的 after the word. Example: B是金鱼社区引进的.
RE_PASSIVE_IS = regex.compile(r"是")
# support: 为 right before B, then 提供 … <noun> in the same clause. Example: 为“凉小鸭”提供帮助.
RE_FOR_BEFORE = regex.compile(r"为[“‘]?$")
RE_PROVIDE_TEMPLATE = r"^[^，。；！？\n]{{0,14}}?提供[^，。；！？\n]{{0,12}}?({nouns})"
# 在A的<noun>下，B; several nouns may be joined (在A的悉心指导和帮助下); news often drops the 的
# (在某局支持下，B…; B在某社区支持下开展…); 之下 reads as 下 (在某局大力支持与帮助之下).
# Example: 在某中心的大力支持下，一家公益服务中心…. A support noun may also follow a support noun or
# 组织 as one word (在某局的支持指导下, 在某部的组织指导下; round 47: two pool articles of two sets pair
# the guide with the unit guided); a go-between's word does not open one (在A的协调指导下: the dev gold
# leaves it unpaired).
# Guidance alone (在A的指导下, 在A统筹指导下, 在A的具体指导下) pairs A with the unit it guides as
# support does: round 14 left it out on three articles, but on the round-32 pool of 720 labelled
# articles the gold pairs the guiding unit with the guided one in five articles of five sets (a
# district bureau over its social-work station, a street's Party working committee and a
# community's Party committee over an estate, an anti-drug office over a street's office, a county
# department over a housing bureau) and leaves it unpaired in one.
# A guide no longer pairs with the unit it guides when that unit acts together with another party in
# its own clause (在A的指导下，B与C…, B携手C, B驻C, B、C…, C、B在A指导下共同主办): the gold pairs B with C
# and leaves the guide out (round 49: seven pairs in five articles of five pool sets, against one
# article whose gold pairs the guides of a 联合 clause). Support (支持, 帮助) keeps its pairs: the pool
# gold splits evenly there.
GUIDE_NOUNS = ("指导",)
# A title between a guided unit and its spokesperson. Example match: 主席 (in B主席某某、C…).
RE_TITLE_RUN = regex.compile(r"\p{Han}{0,6}")
# nouns that pair only in 在A的…下 (see "under" in the frame table)
UNDER_ONLY_NOUNS = "协调配合|协调"
RE_UNDER_TEMPLATE = (
    r"在([^，。；！？\n]{{1,30}}?)的?(?:大力|精心|专业|悉心|鼎力|全力|倾力|热心|积极|统筹|具体)?({nouns})(?:[和与及、](?:{nouns})|(?<=(?:{joined}))(?:{support}))*之?下[，,]?"
)
# 对 right before B, then a light verb and a support noun: A gives B named support. The light verb is
# required, so 对B的支持 (B receives nothing named) and 对B表示感谢 read as nothing; B's own descriptor
# or a part of it may come first (对“某某”项目的运营进行指导). Example match (after B): 进行资金扶持
# (in 某基金会对某合唱团进行资金扶持).
RE_TO_BEFORE = regex.compile(r"(?<![针相面绝反])对$")
RE_DIRECTED_TEMPLATE = r"^[^，。；！？\n]{{0,8}}?(?:进行|开展|给予|予以|实施)了?[^，。；！？\n]{{0,4}}?({nouns})"
# 得到/获得 B 的 … <noun>. Example: 此次活动获得某公司的物资赞助. 争取(到) B 的 … <noun> is the same
# support sought and won (某村争取到某基金会的项目经费, 某村积极争取某局支持; round 28).
RE_OBTAIN = regex.compile(r"(?:得到|获得|受到|争取到?|争得)了?")
# The tail after B: the support noun, else money (资金, 经费) a unit obtains from B (the support noun
# names the relation when both are written: 的资金赞助); a list of further helpers closed by 等 may
# stand between (得到B、辖区单位和居民等多方面支持: B still supports).
# Example match: 、辖区药店和热心居民等多方面支持 (after B).
RE_OBTAIN_TAIL_TEMPLATE = r"^(?:(?:、|和|及|以及)[^，。；！？\n]{{1,24}}?等)?的?[^，。；！？\n]{{0,8}}?({nouns})"
# Between the obtain word and B: a place written before it as the first item of the helpers
# (争取某镇和某局支持: the town is written only as a place). Example match: 和 (the place removed).
RE_OBTAIN_PLACE_ITEM = regex.compile(r"^(?:和|、|及|以及)$")
# 向/为 right before B (toward frame). Example: 向社区“互助超市”捐赠.
# The words barred before 为 (成为, 作为, 认为, 因为, 称为, 视为, 以为, 行为, 更为, 即为, 仅为) are
# checked for 为 only: before 向 a name may end in one of them (某某成向某基金会捐赠); 向 has
# compounds of its own (面向, 走向, 转向, 导向, 方向, 指向, 意向, 倾向, 志向, 动向).
RE_TOWARD_BEFORE = regex.compile(r"(?:(?<![成作认因称视以行更即仅])为|(?<![面走转趋导方指意倾志动])向)(?:社区|辖区)?$")
# An adverb of manner or place may come before the word (为B现场赠送, 向B分别捐赠).
RE_TOWARD_AFTER_TEMPLATE = r"^(?:了|的)?(?:现场|当场|当天|分别|集中|免费|定期|再次|还|也|又|共)?(?:({words})|购买)"
# A捐赠给B (a giving word and 给 right before B). Example match: 捐赠给 (in 某集团捐赠给某社区一批物资).
RE_GIVE_TO_TEMPLATE = r"({words})给$"
# 向来自B的专家…颁发…聘书: B's people are engaged (the unit is the party, never the person).
RE_FROM_BEFORE = regex.compile(r"(?:向|为)来自$")
RE_ENGAGE_AFTER = regex.compile(r"[^，。；！？\n]{0,20}?的[^，。；！？\n]{0,30}?(?:颁发|颁授|发放)[^，。；！？\n]{0,6}?聘书")
# member: A作为B(的)…单位, or the party that runs or carries out B (运营方, 承接方, 执行方, 合作方).
# Examples: 某气象局作为某社区的结对共建单位; 某中心作为“某某”项目的运营方.
RE_AS_BEFORE = regex.compile(r"作为$")
# …or with the copula, A是B的共建单位: then A must be named right before 是 (这是…的共建单位 names no one).
RE_IS_BEFORE = regex.compile(r"(?<![这那也就都正还而便即则])是$")
# A community may be the partner: A是B的结对共建社区 (a unit's partner community, round 22); the
# party running B may be named as its agency (A是“某某”项目的承办机构, 运营单位; round 22).
RE_MEMBER_AFTER = regex.compile(
    r"[”’]?的?(?:(?:共驻共建|结对共建|共建|结对|合作|帮扶|联建|挂钩|包联)单位|(?:结对共建|共建|结对|联建|包联)社区"
    r"|(?:项目)?的?(?:(?:运营|承接|执行|合作)方|(?:承办|运营|承接|执行)(?:机构|单位)))"
)
# A co-host credit: the roles a list of units is credited with for an event (A、B共同主办, 由A、B联合
# 主办, 本活动是A、B、C共同主办的; 共同承办, 联合协办). A credit names who put the event on, not units
# working together: a joint word right before one pairs nothing here (round 29: no labelled article
# pairs co-hosts credited so, in two sets). A 由-credit line is read by _by instead, which pairs its
# credited units since round 48 (CREDITED_ROLES).
CREDIT_ROLES = r"主办|承办|协办"
# The credits a joint word may take without making its list co-actors: the co-host credits and a
# guide credit (由…发起，A、B…等单位共同指导，C、D联合主办; 该项目由A、B…等多个部门联合指导): units credited
# with guiding an event back it, they do not work together. Round 48 (credtopic): the pool gold pairs
# no two units of such a list (gate46a19, gate47f20; gate46h12's 由A、B和C指导 with no joint word
# neither), a joint guide credit made 24 false pairs there.
JOINT_CREDITS = CREDIT_ROLES + r"|指导"
# The same credit right after the word of a with-list (由A与B联合主办). Example match: 主办.
RE_CREDIT_AFTER = regex.compile(CREDIT_ROLES)
# together: what may stand between a list of parties and 共同/联合 (places aside). Examples:
# A、B等单位共同…; A、B在某市联合召开…; or a joint-building word after the list, which makes its
# members partners (…组织A、B开展联学联建…; A、B结对共建; A、B于5月4日开展了“某某”党建共建活动: a
# date and the activity's title, its quote marks dropped, may come first (up to 30 characters since
# round 36: a slogan title runs longer than ten; round 19), but not a role
# noun (A、B共建单位) or a slogan (A、B共建共治共享).
# The parties counted as sides (A、B、C三方) may also sign one agreement together (三方签订共建协议).
# Items no extractor named may close the list before the joint word (A、B及辖区商家多方联动; with 与
# too: A、B与辖区爱心企业共同走进…, round 21).
# 等 closing a list, with the count and sort of its members written out or not: 等, 等单位, 等6家单位,
# 等爱心企业, 等13个部门 (round 41: a list of named firms closed by 等爱心企业 before 共同捐赠, a list
# of units closed by 等6家单位 before 共同组成; 3 articles of pool and bulk).
LIST_CLOSER = (
    r"等(?:[0-9一二三四五六七八九十百多余]+(?:家|个|所))?(?:爱心|辖区|驻区|共建|成员)?"
    r"(?:单位|部门|企业|机构|社会组织|组织|商家|党组织)?"
)
RE_TOGETHER_AFTER = regex.compile(
    r"^(?:(?:、|以及|及|和|与)\p{Han}{2,10}?){0,3}?"
    r"(?:" + LIST_CLOSER + r"|双方|三方|多方)?(?:在)?(?:(共同|联合|携手|联手|一起|多方联动|协同)(?!" + JOINT_CREDITS + r")|"
    r"(?:于[0-9一二三四五六七八九十〇零年月日号]{2,12})?(?:(?:开展|举行|举办)了?(?:(?!的)\p{Han}){0,30}?)?"
    r"(?:联学|结对|党建|支部)?(联建|共建|结对)(?!单位|共))"
    r"|^(?:双方|三方|四方|五方|多方)(签订|签署)了?[\p{Han}《》“”]{0,10}?(?:协议|协议书|备忘录)")
# A list of parties that opens its clause, then a comma and a word of joint action: the list is the
# subject of that act (A、B、C及D，共同举办…; A与B，共同开展…). Only a list opening its clause: after a
# verb the list is that verb's object (组织A、B，共同…). Seen in legal-aid, health and party-building
# news (a list of bureaus and a community co-hosting a campaign, two party branches holding a clinic).
RE_TOGETHER_COMMA = regex.compile(r"^(?:等|等单位|等部门|双方|三方|多方)?[，,](共同|联合|携手|联手|一起|协同)(?!体|会|国|社|" + CREDIT_ROLES + r")")
JOINT_CLOSE_REACH = 12  # characters after a 携手 list in which its closing ，共同… is looked for
# A list of parties that opens its clause and is, with no comma, the subject of one act: the units
# hold it together (A、B在某社区党群服务中心举办…; A、B组织社工开展…; A、B迅速行动…). A date, a place
# and an adverb may come between; 分别, 各自 and 均 (each on its own) may not, nor a comma (A、B，开展了…
# stays unpaired, as round 20 decided). Seen in social-work station, volunteer-association and
# street-office news (round 21: tuning articles of three sets and one pool). 开展 counts too (A、B、C在
# 某镇开展义诊): round 19 left it out as the light verb of any unit's own work, but in the 69-set pool
# the gold pairs such a clause-opening list in every article that has one with all its units found
# (five sets), as round 49 found for two units (RE_PAIR_SUBJECT_ACT); 分别 still keeps them apart.
RE_CO_SUBJECT_ACT = regex.compile(
    r"^(?:等(?:单位|部门|机构|组织)?)?(?:于(?:[0-9一二三四五六七八九十〇零年月日号]{2,12}|近期|近日|日前))?"
    r"(?:将|还|也|近日|日前|近期|再次)?(?:在\p{Han}{1,15}?)?(?:共同|联合|携手|一起|协同|迅速|积极|主动|集中|正式)?"
    r"(举办|举行|组织|召开|走进|来到|前往|深入|行动|组成|启动|扶持|开展)"
)
# More acts such a list holds as one side (A、B积极探索…; A、B积极联动C…; A、B向某书屋捐赠…;
# A、B与某某签订…协议): units named as one subject of these acts work together, as with
# RE_CO_SUBJECT_ACT, but a 向-target or a 与-counterpart may stand before the verb. A list that
# signs with no counterpart named stays unpaired (A、B签订… is often A's list of partners). Round 58
# (h3): four pool articles of four sets hold such a list, the gold pairing its units in each. Acts a
# unit launches alone (推出, 打造) are left out: no pool article shows them after a list.
# The branch reset (?|…) makes the act group 1 in both branches, as in RE_CO_SUBJECT_ACT.
# Example match: 与9家企业签订.
RE_CO_SUBJECT_JOINT_ACT = regex.compile(
    r"^(?:将|还|也|近日|日前|近期|再次)?(?:共同|联合|携手|一起|协同|积极|主动|正式)?"
    r"(?|(?:向\p{Han}{1,15}?)?(探索|联动|捐赠)|与[0-9\p{Han}]{1,15}?(签订|签署))"
)
# A list before 开展 that only opens a relative clause (A、B开展了阅读等活动的单位参加评比): the clause
# goes on to 的 and the units it describes, the real subject. Example match: 开展了阅读等活动的单位.
RE_ACT_IN_RELATIVE = regex.compile(r"^[^，。；！？\n]*?开展[^，。；！？\n]*?的(?:单位|部门|机构|企业|组织|社区|集体)")
# Two parties joined by 与 or 和 that open their clause, then an act of their own (a date, an
# adverb, 结合实际 or a place between): the pair is the joint subject (A与B于某月启动了…, A和B结合实际
# 开展了…, A与B将…转化为…, A与B挂牌成立了…). Unlike a longer list (RE_CO_SUBJECT_ACT), two units
# named as one subject hold even 开展 together: the pool gold pairs such a pair in 26 of the 31
# clause-opening A与B/A和B it holds (round 49; this reverses round 29's with_join case). 分别, 的
# and staff after B fall outside the match, and so does 成立于 (each unit's own founding date).
# Example match: 结合实际开展 (after 甲团委和乙团委).
RE_PAIR_SUBJECT_ACT = regex.compile(
    r"^(?:于(?:[0-9一二三四五六七八九十〇零年月日号上下午]{2,14}|近期|近日|日前))?(?:近日|日前|近期|今后|未来)?"
    r"(?:将|还|也|已|已经|正式|积极|主动|首次|再次)?(?:结合实际)?(?:在\p{Han}{1,15}?)?(?:共同|联合|携手|一起)?"
    r"(开展|启动|举办|举行|召开|组织|挂牌|成立|签订|签署|开始|将|建立|推出|打造|走访|慰问|搭建|探索)(?!于)"
)
# The join of such a pair: one 与 or 和, nothing else.
PAIR_JOINS = ("与", "和")
# A date between a 由-list and its verb (由A、B于2020年5月初发起). Example match: 于2020年5月初.
BY_LIST_DATE = r"(?:于[0-9一二三四五六七八九十〇零]{2,4}年[0-9一二三四五六七八九十]{0,2}月?(?:[0-9一二三四五六七八九十]{1,3}[日号]|初|中旬|下旬|上旬|底)?)?"
# A list of parties named after 由 that, with no joint word, makes or forms one thing (X由A、B组成…;
# 由A、B打造的平台; 由A、B指导举办的展示会): the units are the joint agents of that one act. Acts each
# unit may do on its own (承接, 运营, 主办) and 分别 are left out. Round 47: a survey team, a platform
# and an exhibition credited so, three tuning articles of three sets. Round 61: a plain verb of
# putting on or running (由A、B、C举办, 由A、B组织的, 由A、B负责运作) and a date before the verb
# (由A、B于某年某月发起) read the same: the gold pairs such a list all with all in four tuning
# articles of four sets and leaves none of them unpaired. Example match: 于2020年5月初发起.
RE_BY_LIST_MAKES = regex.compile(
    r"^(?:等(?:单位|部门|机构)?)?" + BY_LIST_DATE + r"(?:共同|联合|负责)?"
    r"(组成|组建|打造|建设|建成|创建|成立|发起|指导举办|摄制|举办|组织|运作)(?![部者方])"  # 组织部 is a unit's name, 举办方 a role noun
)
# The passive mark of B被A…<word>. Example match: 被.
RE_PASSIVE_BY = regex.compile("被")
# passive 被: B被A…<word>: what may stand between A (or its list) and the relation word: a list
# closer and a light verb. Example match: 等机构现场 (in B均被A等机构现场对接).
RE_PASSIVE_BY_GAP = regex.compile(r"^(?:等(?:单位|部门|机构|企业|组织)?)?(?:进行|开展|予以|给予)?[\p{Han}]{0,4}?$")
# What may stand between B and 被: B's head noun and adverbs only (B分别被A…, “某某”项目被A…)
RE_PASSIVE_ADVERB = regex.compile(r"^(?:项目|活动|品牌|计划)?(?:分别|均|都|已|也|还|先后|陆续|成功|正式)*$")
# 分别 after a list of actors: each acts with the partner in its place (A、B分别与C、D结对 → A–C, B–D).
RE_RESPECTIVE = regex.compile(r"分别")
# The sides of one agreement counted after a with-list (A与B、C签署了三方协议, A与B、C三方签订…):
# every side is a party of the others. Example match: 三方 (in 签署了三方协议).
RE_SIDES_COUNT = regex.compile(r"(?:三|四|五|六|多)方(?!面)")
# The joins before the last item of a list (A、B和C): after a with-list's items, no with-mark.
LAST_ITEM_JOINS = frozenset({"和", "及", "以及"})
# A list join that is a with-mark: A与B、C结对 reads as A paired with B and with C.
RE_WITH_JOIN = regex.compile(r"与|同|跟")
# A relative clause ending right before a programme: an operator role (adverbs aside) and 的.
# Example match: 负责承办的 (in 某中心负责承办的“邻里节”).
RE_OPERATED_BEFORE = regex.compile(r"(?:正式|具体|全面)?(?:负责|共同)?(承办|承接|运营|实施|执行)的[\s“‘\"「『]?$")
# A credit line that names an event's host before its 承办 (由A主办，B承办的“X”; 由A指导，B主办、C协办，D承办的
# “X”): B is credited for putting the event on with the host, not as a unit running a programme, so the
# operated frame leaves it unpaired with the event (B pairs with its host: CREDITED_ROLES); nor is
# a guide of the same credit line paired with its 承办 (由A指导，B主办，C承办: _by). Round 30: three
# tuning articles of three sets (a festive gala, a proposal contest, a community evening) and one
# bulk article (a children's sports day); no labelled article pairs an event's credited 承办 with the
# event or with its guide).
# CREDIT_HOSTS: the host roles of such a credit line (partnership_roles.txt kind host, but 牵头: a
# lead unit). RE_HOST_CREDIT, example match: 由某局主办， (before B承办的).
CREDIT_HOSTS = frozenset({"主办", "协办"})
# A 由-credit line with no topic (本次活动由A主办，B承办，C协办; 由A、B联合主办): the units credited
# 主办, 承办 or 协办 put the event on together and are paired all with all when the line credits at
# most MAX_CREDITED of them; a longer line pairs only a role list that short written with a joint
# word (由…指导，A和B联合承办，C、D…(eleven units)联合协办 → A–B; the dev set's 由A、B、C主办，D、E承办
# pairs none), and its short host and operator tiers (CORE_CREDITS, round 59). Round 48: the gold
# pairs the credited units so in seven pool articles of five sets, and a co-host rule with no bound
# gave a hundred false pairs on one article's list of eleven 协办 units. Guides (指导) stay out: the gold pairs them in one line only.
CREDITED_ROLES = frozenset({"主办", "承办", "协办"})
MAX_CREDITED = 4
# A flat credit line, one role for all its units (由A、B、C、D、E主办) or one host with the units that
# help it (由A主办，B、C、D、E协办), pairs its units all with all up to MAX_FLAT_CREDITED: the units
# stand as equals around one event. Round 55 (h3): the t53/g54 gold pairs five so in three articles of
# three sets; a line of tiers with several hosts (由A、B、C主办，D、E、F承办，…协办) stays under
# MAX_CREDITED, as the dev gold pairs none of a city contest's.
MAX_FLAT_CREDITED = 5
# The tiers of a credit line that put its event on (the hosts, the operators), apart from the units
# that only help (协办). A line too long to pair whole (由A、B主办，C、D承办，E、F、G…协办) still pairs
# the units of each of those tiers with each other when the two tiers together credit at most
# MAX_CREDITED: round 59 (h5), the pool gold pairs co-hosts and co-operators so on three lines of
# three sets, each with one to six helpers after them. Across tiers and among the helpers it splits
# (all with all in two of those lines, tier by tier in the third), and where the hosts and operators
# are more (the dev set's 由A、B、C主办，D、E、F承办 pairs none; an l53 line of seven pairs its lead
# only) nothing is paired.
CORE_CREDITS = frozenset({"主办", "承办"})
# A credit line of tiers too long to pair whole but short (at most MAX_SHORT_CREDIT_LINE units,
# the items no extractor named counted) names the cast that put its event on: its hosts and
# operators pair all with all, across the two tiers, whatever helpers it credits besides. Round 61
# (h5): the pool gold pairs them so on the three such lines it holds, in three sets (two hosts and
# two operators with three helpers, three hosts with one helper and one operator, two hosts with
# three operators), and on none of that length does it pair fewer; the lines whose gold pairs tier
# by tier, the lead only or nothing credit eleven to thirteen (the dev set's city contest among
# them). The helpers stay unpaired: the gold pairs them with everyone on one line and only among
# themselves on another. A flat line keeps MAX_FLAT_CREDITED: the pool holds none of six or seven.
MAX_SHORT_CREDIT_LINE = 7
# One role segment of a 由-credit line read item by item (RE_CREDIT_ITEM_MARK between items): its
# items, an optional 等/等单位 closing them, the role word, the mark to the next segment. The role word
# bounds the list, so an item no extractor named (由A、某省某厅、B主办), a unit cut by the extractors
# (某区政府办) or a unit with its short name in brackets (某中心（某某义工）) does not end the line, as
# it ends the party-by-party reading (_role_groups). Round 55 (h3): three pool articles of three sets
# lost a whole credit line so. Example match: 甲局、某省某厅、乙会主办， (the role 主办).
RE_CREDIT_SEGMENT = regex.compile(
    r"(?P<items>[^，。；！？,;：:\n]{2,150}?)(?:等(?P<count>[0-9一二三四五六七八九十百多余几]+[个家所]?)?(?:单位|部门|机构)?)?"
    r"(?:共同|联合)?(?P<role>主办|承办|协办|指导)(?:单位)?(?:[，、,]|(?=[的。；！？])|$)"
)
RE_CREDIT_ITEM_MARK = regex.compile(r"、")
# The words that join two items inside one (A和B): no clause word there. Example match: 和.
RE_ITEM_JOIN_WORD = regex.compile(r"以及|和|及|与")
# The longest item of such a segment: a unit's full name with its place and brackets.
MAX_CREDIT_ITEM = 30
# A 由-credit line about a named programme (该项目由A主办，B协办，C承办; “某某”计划由A指导，B主办): every
# unit it credits, host, co-organiser, operator or guide, is credited for that programme and pairs
# with it, not with the other credited units. Round 48 (credtopic): the newest pool gold pairs the
# programme with each credited unit (a project's 主办 and 协办 beside its 承办). A line with none of
# these credits (X由A运营, X由A发起) keeps the operator or backer reading (_topic_claim).
PROGRAMME_TOPIC_CREDITS = frozenset({"主办", "协办"})
# An event or campaign as that topic (某某进社区活动由A、B、C主办; “某某”活动由A主办，B承办): the line
# credits who put the event on, read as a line with no topic (CREDITED_ROLES, MAX_CREDITED), not
# each unit with the event. Round 49 (credtopic): of the pool's credit lines with a found topic, the
# gold pairs the programme (该项目由…) with its units and a 进社区 activity's three co-hosts with
# each other (gate48f09); the lines opening with an event's own noun (此次文艺汇演由, 本次比赛由,
# 本次邻里文化节由, 本次…大赛由) pair their units with each other in four more articles of three
# sets. Example match: 进社区 (the end of 体育健康进社区; the head 活动 after a name counts too).
RE_EVENT_TOPIC = regex.compile(r"(?:活动|进社区)$")
# The joint word of a credited role list, right after its last unit. Example match: 联合承办.
RE_JOINT_CREDIT = regex.compile(r"(?:共同|联合)(?:" + CREDIT_ROLES + ")")
# A credit line written as a relative clause on what it credits (由A主办，B承办的“X”), read from
# the last operator's end. Example match: 承办的 (in …B承办的“暖冬夜话”).
RE_CREDIT_RELATIVE = regex.compile(r"[^，。；！？\n]{0,6}?(?:承办|承接|运营|实施|执行)的")
RE_HOST_CREDIT = regex.compile(r"由[^。！？；\n]{1,60}?(?:" + "|".join(sorted(CREDIT_HOSTS)) + r")(?:单位)?[，,、]")
# founded: a founding or funding word and 的 right before a programme, a head noun between. Example
# match: 联合发起的助餐项目“ (in 由某基金会、某中心联合发起的助餐项目“某某”). 打造/运营 count only
# after 由.
RE_FOUNDED_BEFORE = regex.compile(r"(共同|联合)?(发起|创办|设立|孵化|资助|赞助|打造|运营)的(?:\p{Han}{0,2}?(?:项目|品牌|平台))?[\s“‘\"「『]?$")
FOUNDING_WORDS = frozenset({"发起", "创办", "设立", "孵化", "资助", "赞助"})
# 共建单位B: a partner unit named as such, B right after (a dash or colon between). Example matches:
# 社区共建单位 (before a company's name), 共建单位—— (a dash before the unit's name); a unit that
# reports to the community under the in-service members scheme (某社区“双报到”单位B, round 22), is
# paired with it (结对单位B) or is assigned to it under the 包保 duty (市级包保单位B, round 57 h2) is one
# too. One pattern with licensed.py, which licenses the names after it.
RE_UNIT_OF = RE_PARTNER_UNIT
# visit: what stands between a unit and its staff word (的, a count, a modifier) and what may follow
# the staff word before the visit word (们, 等, a count, 一行, adverbs, other people joined with 联合:
# 某局在职党员联合街道干部走进…). Examples: 的六十余名 (in 某局的六十余名干部来到…),
# 30多名 … 一同 (in 某院30多名医生一同深入…).
VISIT_COUNT = r"(?:[0-9一二三四五六七八九十百千两]+(?:余|多)?(?:名|人|位)|百余名|数十名|多名)"
VISIT_MODIFIERS = r"(?:机关|在职|青年|骨干|专业|全体|部分|优秀|返乡|女|各)"
# A unit's own small team named by its task, standing for its staff: 普法小分队, 反诈宣传小分队,
# 专业骨干团队 (各宣讲小分队走进…). A team with a name of its own is a programme, not staff.
VISIT_TEAM = r"\p{Han}{0,4}?(?:小分队|骨干团队|服务团队)"
VISIT_ADVERBS = r"(?:一行|一同|一起|共同|分别|再次|也|还|又|主动|纷纷|专程|定期|先后|陆续|积极|走出\p{Han}{1,4}?)"
RE_VISIT_STAFF_TEMPLATE = (
    r"^的?(?:{parts})?(?:{count})?{mods}*(?:{staff}|{team})们?(?:[和、及与/]{mods}*(?:{staff})们?)*等?(?:{count})?"
    r"(?:(?:联合|携手|和|与|及)\p{{Han}}{{0,6}}?(?:{staff})们?)?(?:{adverbs})*$"
)
# The unit's departments or sections listed before the count (某医院内、外、儿等二十多个科室的医生): Han
# characters and list marks only, ending in 等 or in a count's measure word 个.
VISIT_PARTS = r"[\p{Han}、]{1,40}?(?:等|个)(?:[0-9一二三四五六七八九十百]+(?:余|多)?个)?(?:专科|科室|部门)?"
# What may stand between a unit and a visit word when no staff word is written (the unit itself
# goes): nothing, a time word, or an adverb. Examples: 一行人 (某分行一行人走进某村), 近日, 带头; a
# joint adverb after a list of units (A与B携手走进某社区，开展…; round 41: a gap word before the frame).
RE_VISIT_UNIT_GAP = regex.compile(
    r"^(?:近日|日前|近期|当天|今天|昨天|上午|下午)?(?:一行人?|带头|再次|专程|也|还|又|主动|先后|陆续|定期|分别|积极|走出\p{Han}{1,4}?"
    r"|携手|联手|一同|一起|共同)*$"
)
# Between co-visitors and a visit word that goes to no named party: 一行 (A及B一行，走进…).
RE_CO_VISIT_GAP = regex.compile(r"^一行人?[，,]?$")
# The visit words of a unit going itself (no staff word): movement into a place.
VISIT_MOVES = frozenset({"走进", "走入", "来到", "深入", "进入", "前往", "赴"})
# What follows the community when a unit goes itself: an act in the same sentence. Example
# match: ，开展 (in 某分行走进某村，开展宣传).
RE_VISIT_UNIT_ACT = regex.compile(r"[^。！？；\n]{0,30}?(?:开展|举办|举行|进行|提供|宣讲|宣传|义诊|慰问)")
# 组织/带领/选派 + staff before the visit word: the organizer's staff go (…，组织党员前往B提供服务).
RE_VISIT_SENDER = regex.compile(r"组织|带领|选派|派出|安排|动员")
# After 在 as a visit word, B must be followed by an act: 某律所律师在辖区某村开展普法.
# A theme may come first: 在某社区以“某某”为主题开展….
RE_VISIT_AT_ACT = regex.compile(r"(?:以[^，。；！？\n]{1,40}?为主题)?(?:开展|举办|举行|进行|为|提供|组织)")
# After 为/给 as a visit word, B (and its residents) must be served in the same clause: 某医院医护人员
# 为某社区居民开展义诊, 给某社区的老人送去…. Example match: 居民开展 (after B).
RE_VISIT_FOR_ACT = regex.compile(
    r"的?(?:居民|群众|村民|老人|老年人|儿童|青少年|家庭|困难群众|独居老人|空巢老人)?们?[^，。；！？\n]{0,10}?"
    r"(?:提供|开展|送去|送上|进行|讲解|义诊|宣讲)"
)
# The prepositions that work as visit words only with an act after B.
VISIT_ACT_AFTER = {"在": RE_VISIT_AT_ACT, "为": RE_VISIT_FOR_ACT, "给": RE_VISIT_FOR_ACT}
# A bare community noun after a visit word, no name of its own: the article's own community
# (某医院医护人员走进社区开展义诊). Example match: 社区 (in 走进社区开展).
RE_VISIT_BARE = regex.compile(r"(?:辖区|所在|联系|包联|结对)?(?:社区|村)(?=[开为，。、,；举进提组看送宣慰义])")

# An item of a with-list that no extractor named, between two named ones: Han characters only,
# ending in the head word its left neighbour ends in (A基金会、B基金会、C基金会 with B unnamed).
# Example match: 、青禾市帮扶互助基金会、 (the head is checked by the caller).
# One list item no extractor named between two named ones after a forward word (A链接B、某某交通广播、
# C: an outlet or a unit of no known shape): the list goes on, C is still A's partner, round 40.
# Group 1 is the item, checked for clause words. Example match: 、某市1048交通广播、.
RE_LOOSE_ITEM = regex.compile(r"^、([\p{Han}A-Za-z0-9]{2,12})、$")
RE_UNNAMED_ITEM = regex.compile(r"^、(\p{Han}{3,20}?)(?:、|和|及|以及)$")
# The first item of a forward list that no extractor named, ending in a unit's or team's head
# word (A联合某团委宣讲分队、B: B is still A's partner). Matched on the stretch between the
# relation word and the first named item.
# Up to three more bare unit names may follow it (A联合某街道社工站、团支部、老年协会、B). A community
# named only by its standing (A携手结对共建社区和B、C: the paired community, named elsewhere) is such
# an item too (round 20: community-fair and joint-building news).
# The verbs that make a party after 在 the place an event is held (培训在某中心举行, 培训在某办事处
# 党群服务中心举行: the hall of the unit may follow it): a venue, not the
# partner of the word before 在 (round 54 bulk read: a training held at a street's service centre paired
# with the incubator whose opening it followed). Example match: 隆重举行.
RE_HELD_AT_VERB = regex.compile(r"\s*\p{Han}{0,8}?(?:隆重|顺利|正式)?(?:举行|举办|召开)")
# Staff housing named after its work unit (communities.py): no party. Example match: 家属院.
RE_STAFF_HOUSING_NAME = regex.compile(r"(?:" + "|".join(STAFF_HOUSING_HEADS) + r")(?:小区)?$")
RE_UNNAMED_FIRST = regex.compile(
    r"\p{Han}{3,20}?(?:队|团|委|会|中心|站|所|局|院|校|处|办|部|社区)"
    r"(?:、\p{Han}{1,8}?(?:队|团|委|会|联|中心|站|所|局|院|校|处|办|部)){0,3}(?:、|和|及|以及)$"
)
# Unnamed first items of a forward list of any head (A联合某某工作室、某县某会某站义工队、B; A联合
# 某区、某区卫健委: a place standing for its own unit before the shared head): name-shaped runs of
# Han characters or digits, each closed by a list mark, up to four, then a named party. Items are
# checked for clause words, openers and people by the caller (_unnamed_lead). Round 53h1b: three
# pool articles of three sets lost every partner of a 联合 list behind such a first item.
# Example match: 某某爱心工作室、 (before B).
RE_UNNAMED_LEAD_ITEMS = regex.compile(r"^(?:[\p{Han}0-9]{2,20}?(?:、|以及|及|和)){1,4}$")
RE_UNNAMED_LEAD_ITEM = regex.compile(r"([\p{Han}0-9]{2,20}?)(?:、|以及|及|和)")
# The head of a first item that the extractors cut (某某|某某爱心驿站, only its tail found): a
# short name-shaped run right before the found part, the item closed by a list mark after it.
RE_CUT_LEAD = regex.compile(r"^[\p{Han}0-9]{2,6}$")
RE_ITEM_MARK = regex.compile(r"、|以及|及|和")
# An item naming people rather than a unit (居民代表, 在职党员, 社区民警, 网格员). Example match: 代表.
RE_PEOPLE_ITEM = regex.compile(rf"{RE_ROSTER_PEOPLE.pattern}|(?:民警|[员者们])$")


def _person_posts() -> tuple[str, ...]:
    """The job titles of `person_roles.txt` (书记, 主任, 第一书记 …; read_terms caches the file): an
    item ending in one is a post held by a person (邀请驻村第一书记、某某委员会代表…), not a unit."""
    return read_terms("person_roles.txt")


# The longest stretch of unnamed items read over (four items of up to twenty characters).
MAX_UNNAMED_LEAD_RUN = 84
# Inside a list, a run of up to four items no extractor named, each a unit's name of up to a dozen
# characters before a unit's head word (A、团支部、老年协会、B: the community's own committees written
# bare; A、某石化某某管理团队、B: a company's local team, round 21 second wave), keeps the list going.
# Example match: 、团支部、老年协会、 (between two named items).
# A with-list whose first item no extractor named, a unit by its head word (A与某某服务站、B、C联合举办:
# B and C are still A's with-partners). Only 与/同/跟 open it (和 also joins a list's last item).
# Example match: 与驻地某部、 (before the first named item).
RE_WITH_UNNAMED_FIRST = regex.compile(r"(?:(?<![参给赋授])与|(?<![共协如不相认赞陪会连])同|跟)" + RE_UNNAMED_FIRST.pattern)
# How far before a party the with-mark of such a list may stand.
MAX_UNNAMED_LEAD = 36
RE_UNNAMED_UNITS = regex.compile(
    r"^(?:、\p{Han}{1,12}?(?:队|团|委|会|联|中心|站|所|局|院|校|处|办|部)){1,4}(?:、|和|及|以及)$"
)
# The bare units a list of supporters may end with, no extractor naming them (在某镇党委、镇政府、社区
# 居委会的大力支持下): the named ones before them are supporters still. Example match: 、镇政府、社区居委会.
RE_UNNAMED_TAIL = regex.compile(r"(?:、\p{Han}{1,8}?(?:队|团|委|会|中心|站|所|局|院|校|处|办|部|政府))+")
# Between two supporters inside one 在…下 phrase (the phrase bounds the list, so no item runs on into
# the clause): the first one's own support noun (在A指导、B支持下), or list items no extractor named
# (在A、某某集团、B的支持下: a company written with no head word). Example match: 、中国某某、 (between A and B).
RE_UNDER_ITEM_GAP_TEMPLATE = r"^(?:的?(?:{nouns})|(?:、(?:(?!{clause})\p{{Han}}){{2,10}}?)+)(?:、|和|及|以及|与)$"
# The most characters, places included, between a 在…下 phrase and the party it supports.
MAX_UNDER_REACH = 14
# A date between the one supported and its 在…下 phrase (B于2016年在A支持下…). Example match: 于2016年.
RE_DATE_GAP = regex.compile(r"于?[0-9一二三四五六七八九十〇零\s]+年(?:[0-9\s]+月)?(?:[0-9\s]+日)?")
# A copula between the one supported and its 在…下 phrase (B是在A的支持下成立的): B is still the one
# supported, round 40. Example match: 是.
RE_COPULA_GAP = regex.compile(r"(?:均|都|也)?(?:是|系)")
# How many characters of the left neighbour's name an unnamed list item must end with (基金会 → 金会).
LIST_HEAD_CHARS = 2
# funded: the head words of a funder's name (某社区基金会, 某市慈善会, 某社区基金) and what stands between
# its name and its first programme (的 and a quote mark). Example match: 的“ (in 某基金会的“甲”项目).
FUNDER_HEADS = ("基金会", "慈善会", "慈善总会", "基金")
RE_FUNDED_AFTER = regex.compile(r"的[“‘\"]?$")
# Between two programmes of a funder's list: the first one's descriptor and a list mark, no clause
# mark. Example match: ”困境儿童关爱项目、“ (in “甲”困境儿童关爱项目、“乙”…).
RE_FUNDED_LIST_GAP = regex.compile(r"^[”’\"]?[\p{Han}]{0,10}、[“‘\"]?$")
# F2: a relation word that is part of a name word: 联合会, 合作社, 共建单位 (a gap word).
RE_NAME_PART_AFTER = regex.compile(r"(?:会|社|体|单位)")
# F2b (round 57 h3): a relation word opening an item of a list of services, the item closed by the
# next list mark (提供甲乙、帮扶救助、某某学堂…): the word names a service offered, not a relation to
# the item after it. Example match: 救助、 (after 、帮扶).
RE_SERVICE_ITEM_REST = regex.compile(r"\p{Han}{0,4}、")
# A quoted programme name that names a one-off event or an agreement, not a party: the event or
# document noun follows the name in the same clause (“某某”主题活动, “某某”第二届公益创投合作协议).
# The seed convention leaves events and campaigns out; the doer is the unit named around them.
# Seen in tuning articles of three sets (a theme day, a charity drive, a venture-fund agreement).
# Example match: ”国际志愿者日主题活动 (after the name).
RE_EVENT_NAMED = regex.compile(
    r"[" + regex.escape(QUOTE_MARKS) + r"\s]*[^，。；！？、,;\n“”]{0,14}?(?:活动|协议|协议书|仪式|启动会)"
)
# A quoted programme followed by 由: what it names is made or run by the agent after 由 (“某驿站”由
# A联合B建设: A works with B; the venue is no party of that word). Example match: ”由.
RE_MADE_BY = regex.compile(r"[" + regex.escape(QUOTE_MARKS) + r"\s]*由")
# The relation word, 的 and the opening quote right before an event's name: the event is the thing the
# unit runs or starts (A承办的“某某节”活动), a programme of that unit. Example match: 承办的“.
RE_RUN_EVENT = regex.compile(r"\p{Han}{1,4}的[" + regex.escape(QUOTE_MARKS) + r"\s]*")
# A clause break: the 由-agent and the relation word must share the programme's clause.
RE_CLAUSE_BREAK = regex.compile(r"[，,；;。！？\n]")
# 共建 right before a programme: the programme is what the units build together, no partner of theirs
# (A与B共建“某某”实践站, A、B等单位共建的“某某工作站”: A and B pair, the station with neither).
# Round 50: the pool gold pairs no builder with the station or workshop built, gate45a15, gate47d15,
# gate50b10. Example match: 共建的“ (from the word to the programme).
RE_BUILT_TOGETHER = regex.compile(r"共建(?:了|的)?[" + regex.escape(QUOTE_MARKS) + r"\s]*")
# F3: slogans of three or more 共X: 共建共治共享.
RE_SLOGAN = regex.compile(r"(?:共[^共\s，。；、]){3,}")
# Bare head nouns an article uses for a party it has already named (在中心的支持下).
ANAPHOR_HEADS = ("中心", "协会", "联合会", "基金会", "社区", "机构", "学校", "医院")
# A later clause that opens with a bare unit head noun of its own (某计划将动员…，活动基地已与B签约;
# …，同时，该协会与B签署协议) names its own actor: the nearest party named before with that head,
# else an unnamed unit (no pair), not the first clause's subject. Round 14 third wave.
RE_CLAUSE_HEAD = regex.compile(r"(?:同时|此外|目前)?[，,]?(?:该|本|此|这个)?(?:活动|服务|实践|志愿)?(基地|中心|协会|联合会|基金会|机构)")
# The sentence subject may follow at most this many characters of its clause (places and quote
# marks aside): 家住金鱼社区的… → 家住.
MAX_SUBJECT_LEAD = 3
# Longest gap (characters after skipping gap words/places) between party and relation word.
MAX_ACTOR_GAP = 8
# Shortest name looked up again at its other occurrences (shorter ones are too often part of a word).
MIN_REPEAT_NAME = 4
# Short forms (short_forms): 社会工作 is written 社工 once a name is known (某街道社会工作站 → 某街道社工站).
SOCIAL_WORK_ABBREVIATIONS = (("社会工作", "社工"),)
# A leading place in a party's name, dropped in its short form (某某市某某区 …, 某某街道 …, 某某镇 …).
RE_LEADING_PLACE = regex.compile(r"^(?:\p{Han}{1,6}?(?:省|自治区|(?<![超城门])市(?!委)|(?<![社小园景校])区|县|街道|镇|乡))+(?=\p{Han}{5})")
# A name opening with its street (or town) and a unit of it after: the level word is group 1.
# Example match: 石门街道 (in 石门街道综合社工站).
RE_STREET_LEVEL_LEAD = regex.compile(r"^(?:\p{Han}{1,6}?(?:省|自治区|市|区|县))*\p{Han}{2,5}?(街道|镇|乡)(?=\p{Han}{3})")
# A level form is the article's own street's unit only where no other name runs into it: after
# a character that is no part of a name (a mark, a preposition or a verb's particle).
RE_LEVEL_FORM_BEFORE = regex.compile(r"[^\p{Han}]|[与和及同由在向为对经将被让把是的了从到该]")
# A name opening with its county, district or city and a unit of it after: the level word is group 1
# (round 49pairalias: an article names 某某县卫健局 once, then writes 县卫健局 or 该县卫健局).
# Example match: 武陟县 (in 武陟县卫生健康委); not 大德社区 (a community), not 西城区 of 西城区委.
RE_COUNTY_LEVEL_LEAD = regex.compile(r"^\p{Han}{2,4}?(县|(?<![社小园景校城超门发])区|(?<![超城门])市)(?!委)(?=\p{Han}{3})")
# Shortest county-level form (县卫健局, 市检察院): the level word makes four characters specific.
MIN_COUNTY_LEVEL_FORM = 4
# Characters that end a place or unit name: a short form right after one belongs to another name.
PLACE_END_CHARS = "省市区县镇乡街道村"
# Shortest short form looked up (社区社会组织联合会 yes; 民政局, 慈善总会 are every unit's name).
MIN_SHORT_FORM = 5
# Units of a community that an article may name (金鱼社区党委): what community_party stands for.
PARTY_UNIT_SUFFIXES = ("党委", "党总支", "党支部", "党组织")
# Organizations that are a street office (…街道办事处, …街道党工委).
STREET_OFFICE_SUFFIXES = ("街道办事处", "街道办", "街道党工委", "党工委", "镇党委", "镇政府", "乡党委", "乡政府")


@dataclass(frozen=True)
class _Party:
    """A party where the text names it (or a stand-in for it: a person speaking for their unit,
    the article's own community standing for an omitted subject)."""

    start: int
    end: int
    party: Party
    origin: tuple[int, int] | None = None  # where a pointer's referent is named (discourse.py)

    @property
    def canonical(self) -> str:
        return self.party.canonical

    @property
    def label(self) -> str:
        return self.party.label


@dataclass(frozen=True)
class _Claim:
    """One frame's reading: who acts, with whom, by which word, and how to pair them."""

    actors: tuple[_Party, ...]
    partners: tuple[_Party, ...]
    relation: str
    group: bool  # co-actors: all pairs among actors and partners
    implied: bool = False  # the actors stand in for an omitted or bare subject
    anchor: int = -1  # where the relation word is (evidence when a party is a stand-in)
    respective: bool = False  # A、B分别与C、D…: the i-th actor with the i-th partner only


# The event an article reports and the units taking part in it (lexicons/partnership_event_takers.tsv).
# Its hosts: 由A、B(联合)主办…, else the named subject of 开展/举办/举行/打造/启动 in one of the
# first sentences naming a party (the lead reports the event; a later 开展 is the event's content).
# The host word after a 由-list. Example match: 联合主办 (in 由A、B联合主办的…).
RE_HOSTED_AFTER = regex.compile(r"(?:联合|共同)?(?:主办|举办|牵头)")
# A hosting verb whose named subject hosts the event. Example match: 开展 (in A在某广场开展…活动).
RE_HOST_ACT = regex.compile(r"开展|举办|举行|打造|启动")
MAX_HOST_SENTENCE = 3  # how many sentences naming a party the lead may take before it names the hosts
# A host that is a community or a community's or village's own body (高校园社区党支部, 某村党总支):
# the event is that community's, so takers pair with it and not with a co-host from outside.
RE_COMMUNITY_BODY = regex.compile(r"(?:社区|村)(?:党委|党总支|党支部|委员会|居委会|村委会|两委)?$")
# A short lead before a taker that opens its clause: where at the event it acts (健康展位上, 活动现场).
RE_SCENE_LEAD = regex.compile(r"^(?:\p{Han}{0,4}?(?:展位|摊位|展区|服务台|现场)上?|活动(?:中|期间|当天))$")


# Units of a list closed by 等…单位 taking part in the article's meeting or event (A、B等共建单位参加
# 会议, A、B等多家单位作了交流发言, A、B等十余家单位的青年志愿者参与活动): the units pair with the
# event's hosts, else with the article's own community. The units may come with their people
# (的…志愿者) and a short aside (及另一单位) before the verb. Example match: 等多家单位作了交流发言.
# Units whose people 出席 an event attend it as guests (A、B…等多家单位代表出席): no take-part word.
# Round 48 (cliquecap): the pool gold pairs no attending unit with an event's hosts in four articles
# of four sets, and the word paired a guest list of seven with three hosts.
RE_UNITS_JOIN = regex.compile(
    r"等(?:[0-9一二三四五六七八九十百]+(?:余|多)?|多|数十|十余)?(?:家|个)?\p{Han}{0,10}?单位"
    r"[^，。；！？\n]{0,24}?(?:积极|主动|也|还|纷纷|均|都|一同|应邀|受邀|先后)*"
    r"(?:参加|参与|作了?(?:交流|表态)?发言)"
)
# A list closed by 等…共建/结对…单位 states the units' standing itself: they are the partner units of
# the article's community (or its event's hosts) whatever they do next (A、B等多家党建共建爱心单位，
# 也积极响应…). Example match: 等多家党建共建爱心单位.
RE_UNITS_STANDING = regex.compile(
    r"等(?:[0-9一二三四五六七八九十百]+(?:余|多)?|多|数十|十余)?(?:家|个)?\p{Han}{0,8}?(?:共建|结对|共驻共建)\p{Han}{0,4}?单位"
)
# A list of units moving in with no host written after the word (A、B等5家公益机构签约入驻。; A、B
# 整建制进驻，以及C、D以团队形式进驻，; A入驻后，): they move into the venue the text has just named, the nearest
# organization before them whose name ends in a venue head (partnership_venue_heads.txt) or community,
# in their sentence or up to MAX_MOVED_BACK sentences back in the same paragraph. Round 56 (h3): the
# pool gold pairs such units with the governance centre or incubation base of the lead in three
# articles of two sets. Example match: 等5家公益机构签约入驻 (before 。).
RE_MOVED_IN = regex.compile(
    r"(?:等[0-9一二三四五六七八九十百]+(?:余|多)?[家个支]\p{Han}{0,4}?(?:单位|部门|机构|组织|企业))?"
    r"(?:整建制|整体|集中|签约|正式|陆续|首批|以\p{Han}{2,4}形式)*(?:入驻|进驻)(?=(?:后|以来)?[，。；！？,;]|$)"
)
# Units building a platform or an alliance together (由A、B、C搭建平台; 某某是A和B搭建的…平台; 某社区
# …与A、B构建…联盟): the builders are partners, and a platform named as what they built (X是A和B搭建的) is
# each builder's partner. The verb must govern a platform or alliance noun within a short object, so a
# plan or a mechanism built (搭建议事机制) is no joint body. Round 56 (h3b): the pool gold pairs the builders
# so in three articles of three sets (a city's call for micro-space ideas, a volunteering app, a school
# and community alliance). Example match: 搭建的 (in 市民政局和慈善总会搭建的线上平台; group 1: 的).
RE_CO_BUILT = regex.compile(
    r"(?:共同|联合|一起)?(?:搭建|构建|组建)(?:了|起)?(的)?(?=[^，。；！？、\n]{0,16}?(?:平台|联盟|共同体|联合体))"
)
# The lead before the builders' list besides the clause's own opening (gap words): a 由-credit (its
# first items may be names no extractor took whole: 由某基金会某某基金、B、C搭建), or a copula naming what
# was built (X是…). Examples match: 由; 由某某基金会社区基金、; 是.
RE_CO_BUILT_LEAD = regex.compile(r"(?P<by>由(?:[^，。；：！？、\n]{2,20}、){0,2})$|(?P<is>(?<![这那也就都正还而便即则])是)$")
# A with-mark opening the builders' clause, maybe before list items no extractor named (，与某某初中、B
# 构建…): the clause goes on from the sentence's subject. Example match: 与某某实验初中、
RE_CO_BUILT_WITH_LEAD = regex.compile(r"^(?:还|也|并|共同)?(?:(?<![参给赋授])与|同)(?:\p{Han}{2,12}、)*$")
# The building verb itself, the relation a pair records. Example match: 搭建.
RE_CO_BUILT_VERB = regex.compile(r"搭建|构建|组建")
# The with-marks that make the first item of the builders' list the actor (A与B、C构建): it builds
# with each of the others, who are not paired with each other. Example match: 与.
RE_CO_BUILT_WITH = regex.compile(r"与|同")
# What may open the clause before such a list: a word adding it to what came before (加上, 以及) and
# items no extractor named (某某中心、). Example match: 加上某某接待中心、
RE_MOVED_IN_LEAD = regex.compile(r"^(?:加上|以及|另有|还有|同时|此外)?(?:\p{Han}{2,12}、)*$")
MAX_MOVED_BACK = 2  # sentences back the venue may be named (the lead names it, a sentence describes it)
RE_SENTENCE_END = regex.compile(r"[。！？!?]")
RE_CLAUSE_END = regex.compile(r"[，。；！？,;!?]")
# One item no extractor named closing such a list, before 等 (A、B、某某幼等…单位): the named items
# before it are still the list. Example match: 、丽华三幼 (no clause word in it, checked apart).
RE_UNNAMED_LAST = regex.compile(r"、\p{Han}{2,8}")
# Items no extractor named opening such a list (某社工、B、C等单位…). Example match: 某某社工、
RE_UNNAMED_LEAD = regex.compile(r"^(?:\p{Han}{2,12}、)+$")
MIN_JOIN_UNITS = 2  # a list: one unit taking part is no roster of partner units
# Items no extractor named opening a list that acts together, after the clause's 由-lead (该项目由
# 某某站点、A、B共同实施; 某某办、A与B联合开展): the named items go on with the list. Example match:
# 该项目由永宁街道康养站点、 (group 1: 永宁街道康养站点、); 这是某某办、A、B等单位联合开展的….
# Round 39: a list of units whose first item's name no extractor took (a 站点, an office's short name).
RE_UNNAMED_OPENING = regex.compile(r"(?:这是|(?:(?:本次|此次|该|这次)?(?:活动|项目))?由)?((?:\p{Han}{2,12}、)+)")

# Members of an alliance named as an organization (the t53 to g56 sets' convention: 联盟 are
# organizations): each listed member pairs with the alliance itself, not with the other members nor
# with the article's hosts. Three shapes: a list joining it (A、B等首批10家商户加入某某联盟), its roster
# (某某联盟首批成员由A、B、C组成; 成员单位包括A、B), a unit standing as a member (作为某某联盟成员单位，A…).
# Round 57 (h1): the pool gold pairs members so in three articles of three sets (a charity alliance's
# roster, a shopping district's volunteer alliance, a party-building alliance's firm); the dev gold's
# roster of a quoted alliance brand (a programme) pairs its members with the lead unit (_roster).
# RE_ALLIANCE_JOIN, example match: 加入公益联盟 (group name: 公益联盟).
RE_ALLIANCE_JOIN = regex.compile(
    r"(?:正式|均|都|也|率先|陆续|自愿)*(?:加入了?|成为)(?P<name>[^，。；！？、“”\n]{0,12}?联盟)"
    r"(?:的?(?:首批)?成员(?:单位)?)?"
)
# The roster after the alliance's name. Example match: 首批成员由 (after 某某联盟).
RE_ALLIANCE_ROSTER = regex.compile(
    r"的?(?:首批|第一批|现有|目前)?(?:成员单位|成员)(?:包括|包含|涵盖|有|为|(?P<by>由))[：:]?"
)
# What closes a 由-roster: the list forms the alliance. Example match: 等9家单位组成.
RE_ALLIANCE_FORMED = regex.compile(r"(?:" + LIST_CLOSER + r")?(?:共同)?组成")
# Between a joining list and its 加入: nothing, or the list's closer with the sort and count of its
# members (等首批10家商户). Example match: 等某某商圈首批10家商户.
RE_ALLIANCE_JOIN_GAP = regex.compile(r"^(?:等[^，。；：！？\n]{0,16})?$")
# The marks around one item of a roster: a list join before it, a join or 等 after it; a name inside
# an item no extractor took whole (某某义工公益社 holding 义工公益) has neither.
ROSTER_JOINS_BEFORE = ("、", "和", "及")
ROSTER_JOINS_AFTER = ("、", "和", "及", "等")
# A unit named as a member in an aside before its clause. Example match: 作为某某联盟成员单位，
RE_ALLIANCE_AS = regex.compile(r"作为(?P<name>[^，。；！？、“”\n]{0,12}?联盟)的?(?:成员单位|成员)[，,]")
ALLIANCE_WORD = "成员"  # the relation a member's pair records
ALLIANCE_HEAD = "联盟"

# The target of a visit that names no party: co-visitors are looked for against no target.
NO_TARGET = _Party(-1, -1, Party("none", ""))


@dataclass(frozen=True)
class _Relation:
    form: str
    group: bool
    partners: str  # the label the listed parties must have, or "all"
    closes_with: bool  # also closes a 与-list: A与B…<word>
    joint: bool = False  # the listed parties are co-actors only when a joint word follows them (pairs "joint")


@dataclass
class _Article:
    """What one article offers beyond a sentence: stand-ins for bare and omitted subjects."""

    people: list[_Party]  # people with an affiliation, as parties standing for it, by start
    people_starts: list[int]
    streets: dict[int, Mention]  # street/town mentions by start (used with street_places)
    home: _Party | None  # the article's own community
    home_party: _Party | None  # its Party committee, when named as an organization
    street_office: _Party | None  # a street office named as an organization
    parties: list[_Party] = field(default_factory=list)
    # The community a bare 社区 subject stands for: `home`, else the only community the article
    # names, even once (某社区成立议事会，社区的青年党员协同某幼儿园… in a short brief; round 14
    # second wave). A sentence with no subject at all still needs `home`: a community named once
    # is not the actor of every headless clause (依托某组织… in a feature about its committee).
    named_home: _Party | None = None
    # Who acts in a sentence with no subject at all: `home`, else the street office the title
    # names or the first sentence opens with (discourse: the article's actor).
    actor: _Party | None = None
    # The units hosting the event the article reports, and where the sentence naming them starts
    # (units acting at the event from there on take part in it).
    hosts: tuple[_Party, ...] = ()
    hosts_from: int = -1


def _is_street_office(text: str, place: Mention) -> bool:
    """A street or town written in full: the office that governs it can act (湖滨街道, 康庄镇)."""
    return place.attrs.get("level") == "street" and text[place.start : place.end].endswith(("街道", "镇", "乡"))


@lru_cache(maxsize=1)
def _relations() -> dict[str, _Relation]:
    """Relation word → form and pairing, for the rows marked use=yes."""
    return {
        row["relation"]: _Relation(row["form"], row["pairs"] == "group", row["partners"], row["with"] == "yes", row["pairs"] == "joint")
        for row in read_table("partnership_relations.txt")
        if row["use"] == "yes"
    }


@lru_cache(maxsize=1)
def _roles() -> dict[str, str]:
    return {row["role"]: row["kind"] for row in read_table("partnership_roles.txt")}


@lru_cache(maxsize=1)
def _generic_subjects() -> "tuple[regex.Pattern[str], dict[str, str]]":
    table = {row["term"]: row["stands_for"] for row in read_table("partnership_generic_subjects.txt")}
    words = sorted(table, key=len, reverse=True)
    return regex.compile("|".join(regex.escape(w) for w in words)), table


@lru_cache(maxsize=1)
def _dwelling_suffixes() -> tuple[str, ...]:
    """Endings of places where residents live rather than units that act: residential estates and
    villages (the kinds 小区 and 村 of community_suffixes.tsv)."""
    return tuple(row["suffix"] for row in read_table("community_suffixes.tsv") if row["kind"] in ("小区", "村"))


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, "regex.Pattern[str]"]:
    rel = _relations()
    by_form = lambda *forms: [w for w, r in rel.items() if r.form in forms]  # noqa: E731
    support = _alternation(by_form("support"))
    under_nouns = support + "|组织|牵头|" + UNDER_ONLY_NOUNS  # what A gives in 在A的…下 (see "under")
    gap_terms = read_terms("partnership_gap_words.txt")
    gap_words = _alternation(gap_terms)
    with_gap_words = _alternation(w for w in gap_terms if w != "就")
    # A short unrecognized place name written right before a unit: 青林街“暖心”服务站.
    place_prefix = r"\p{Han}{1,3}(?:街|区|县|市|镇|乡)"
    # A descriptor of the partner's standing: a short modifier and a head (区域联建志愿单位, 爱心合作
    # 单位); the modifier holds no clause word or frame verb (的, 在, 开展, 走访 …: the banned words of
    # partnership_licensed_words.tsv), so a clause (联合走访困难企业B) never reads as one descriptor.
    modifier = rf"(?:(?!{clause_words()})\p{{Han}})"
    descriptor = rf"{modifier}{{1,6}}?(?:{_alternation(read_terms('partnership_descriptor_heads.txt'))})"
    roles = _alternation(_roles())
    staff_words = _alternation(read_terms("partnership_staff_words.txt"))
    visit_words = _alternation(by_form("visit"))
    takers = read_table("partnership_event_takers.tsv")
    join = _alternation(row["term"] for row in takers if row["kind"] == "join")
    alliance = _alternation(row["term"] for row in takers if row["kind"] == "alliance")
    return {
        # support nouns are verbs too: 某局指导某协会… reads like A联合B
        "forward": regex.compile(_alternation(by_form("forward", "support"))),
        "with": regex.compile(_alternation(w for w, r in rel.items() if r.closes_with)),
        "gap": regex.compile(rf"^(?:{gap_words}|{descriptor})*(?:{place_prefix})?$"),
        # 就 is a gap word only between an actor and its word (某会就入驻): after a with-list it
        # names the topic (与本地商户就“某某”项目签约: the programme is no with-partner)
        "with_tail": regex.compile(rf"(?:{RE_WITH_MARK.pattern}|{RE_VISIT_MARK.pattern})(?:{with_gap_words})*$"),
        "provide": regex.compile(RE_PROVIDE_TEMPLATE.format(nouns=support + "|服务|资金|物资|场地")),
        # a unit's staff written after it (某律所的律师团队, 某医院医护人员): the unit acts through them
        "staff_of": regex.compile(rf"的?(?:{staff_words})们?"),
        # 在A的组织下，B…: A gathers B for the work (组织 is no support noun elsewhere: A组织B is a forward
        # word that takes organizations only)
        # 在A的牵头下，B…: A leads the work B does (a district committee of a party over its medical
        # committee, a street's social-work station over a neighbourhood point; round 31)
        # 在A的协调下 / 协调配合下，B…: A brokers the work B does (a building's management office for a
        # health centre, a district committee, a volunteer federation; round 43, 3 articles of pool
        # and bulk). Only here: A协调B is no pairing word.
        "under": regex.compile(RE_UNDER_TEMPLATE.format(nouns=under_nouns, joined=support + "|组织", support=support)),
        # what joins a guided unit to a party of its own clause: a list mark, or a with mark or a
        # forward word the unit says itself (B与C, B携手C, B驻C), then perhaps a short modifier of the
        # partner or first characters of its name no extractor kept (携手辖区C; 与向某中心 read as 某中心).
        # Example match: 携手 (in 在A的指导下，B携手C…)
        "guided_link": regex.compile(rf"^(?:、|和|及|以及|(?:与|同|跟|{_alternation(by_form('forward'))})\p{{Han}}{{0,2}})$"),
        "under_item_gap": regex.compile(RE_UNDER_ITEM_GAP_TEMPLATE.format(nouns=under_nouns, clause=clause_words())),
        "directed": regex.compile(RE_DIRECTED_TEMPLATE.format(nouns=support)),
        "obtain_tail": regex.compile(RE_OBTAIN_TAIL_TEMPLATE.format(nouns=_alternation(by_form("support", "toward")))),
        "obtain_money": regex.compile(RE_OBTAIN_TAIL_TEMPLATE.format(nouns="资金|经费")),
        "give_to": regex.compile(RE_GIVE_TO_TEMPLATE.format(words=_alternation(by_form("toward")))),
        "toward_after": regex.compile(RE_TOWARD_AFTER_TEMPLATE.format(words=_alternation(by_form("toward")))),
        # a visit word, or 在/为/给 (only when B is followed by an act: RE_VISIT_AT_ACT, RE_VISIT_FOR_ACT)
        "visit": regex.compile(_alternation(by_form("visit") + list(VISIT_ACT_AFTER))),
        # together: the staff of a list of units form one team (来自A、B、C的医务人员组成的医疗队, 由A、B的
        # 律师组建…): the units work together as the team. Example match: 的医务人员组成 (after the list).
        "joint_team": regex.compile(
            rf"^(?:等单位)?的?(?:{VISIT_COUNT})?{VISIT_MODIFIERS}*(?:{staff_words})们?(?:共同|联合)?(组成|组建)"
        ),
        # together: the staff or representatives of a list of units act jointly (a visit after the
        # joint word is left to the visit frame, which pairs the co-visitors under its own word) (A、B、C代表共同签署…,
        # A、B的工作人员一起走访…, 来自A、B等某联盟成员单位的志愿者们一起…): the units are co-actors, as
        # when the list itself acts together. Example match: 代表共同 (after the list).
        "staff_together": regex.compile(
            rf"^(?:等[^，。；！？\n]{{0,16}}?的|等|的)?(?:{VISIT_COUNT})?{VISIT_MODIFIERS}*(?:{staff_words}|代表|负责人|相关负责人|(?:相关)?领导)们?"
            rf"(共同|联合|一起|一同|携手)(?!{CREDIT_ROLES}|{visit_words})"
        ),
        "visit_staff": regex.compile(
            RE_VISIT_STAFF_TEMPLATE.format(parts=VISIT_PARTS, count=VISIT_COUNT, mods=VISIT_MODIFIERS, adverbs=VISIT_ADVERBS, team=VISIT_TEAM,
                                           staff=staff_words)
        ),
        # a unit at the article's event: a list of units bringing a service (A、B等机构提供口腔健康服务),
        # or joining in (积极参与其中). A unit serving the public there on its own (为居民带来节目,
        # 给老人发放宣传页) is no partner of the hosts (round 50: the pool gold pairs none, train44g06,
        # gate46e19, gate46h07; dev and seeds pair none either)
        "take_part": regex.compile(
            rf"(?P<provide>提供了?[^，。；！？\n]{{0,12}}?(?:服务|咨询|义诊|检查|讲座))"
            rf"|(?:积极|主动|也|还|纷纷|均|都|一同)*(?:{join})"
            rf"|(?:正式|均|都|也)?(?:加入了?|成为)[^，。；！？\n]{{0,12}}?(?:{alliance})(?:的?成员单位|的?成员)?"
        ),
        # the member roster of an alliance the article is about: 联盟成员单位包括B、C…, “N”是指B、C…
        # (the sentence names the alliance). Example match: 成员单位包括
        "roster": regex.compile(r"(?:成员单位|成员)(?:包括|包含|涵盖|有|为)|是指"),
        "alliance": regex.compile(alliance),
        # 负责指导和监督: the first role names the kind, the list is read through
        # 由B于2023年3月正式承接: a date and an adverb may come before the role
        # 由A、居委会倡导 (an unnamed co-taker), 由B出资并发起 (a first act, then the role)
        # a funder's manner and the money it gives before a backing role (由A独家全额捐赠, 由A定向捐赠,
        # 由A大力支持实施, 由A提供资金支持; round 49: four pool articles of three sets pair the funder
        # with the fund or project the line is about); 提供 alone (图片由某某提供) is no role
        "role_after": regex.compile(
            rf"(?:、\p{{Han}}{{2,5}}?|[^，。；！？\n]{{1,8}}?并)?"
            rf"(?:于[0-9一二三四五六七八九十〇零年月日\s]{{2,12}})?(?:正式|具体|全面|大力|独家|全额|定向){{0,2}}"
            rf"(?:负责|共同|联合)?(?:提供资金|提供)?({roles})(?:[、和及与](?:{roles}))*"
        ),
    }


def short_forms(name: str) -> list[str]:
    """Shorter forms a news article uses for a named party once it has named it in full: the
    name without its leading place (青禾区社区社会组织联合会 → 社区社会组织联合会) and 社会工作
    written as 社工 (桃源街道社会工作站 → 桃源街道社工站, and back). A short form needs
    MIN_SHORT_FORM characters: shorter remainders (民政局, 社工站) are every unit's name."""
    forms = []
    for long, abbreviated in SOCIAL_WORK_ABBREVIATIONS:
        if long in name:
            forms.append(name.replace(long, abbreviated, 1))
        elif abbreviated in name:
            forms.append(name.replace(abbreviated, long, 1))
    for form in [name] + forms:
        rest = RE_LEADING_PLACE.sub("", form, count=1)
        if rest != form:
            forms.append(rest)
    return [f for f in dict.fromkeys(forms) if f != name and len(f) >= MIN_SHORT_FORM]


def level_forms(name: str) -> list[str]:
    """A street's own unit named again with the level word for the street's name, once the article
    has named it in full (石门街道综合社工站 → 街道综合社工站, 桃源街道社会工作站 → 街道社工站): the
    article is about that street. A form needs MIN_SHORT_FORM characters. Likewise a county's,
    district's or city's unit (武陟县卫生健康委 → 县卫生健康委), from MIN_COUNTY_LEVEL_FORM characters."""
    forms = []
    for form in [name] + [name.replace(long, short, 1) for long, short in SOCIAL_WORK_ABBREVIATIONS if long in name]:
        for lead, shortest in ((RE_STREET_LEVEL_LEAD, MIN_SHORT_FORM), (RE_COUNTY_LEVEL_LEAD, MIN_COUNTY_LEVEL_FORM)):
            match = lead.match(form)
            if match and len(form) - match.start(1) >= shortest:
                forms.append(form[match.start(1) :])
    return list(dict.fromkeys(forms))


def _inside_longer_name(text: str, start: int) -> bool:
    """A short form right after a place or unit character is part of another unit's full name
    (省社区社会组织联合会, 某某区社工站): not the article's short form of its own party."""
    return start > 0 and text[start - 1] in PLACE_END_CHARS


def same_unit(a: str, b: str) -> bool:
    """F1: one party is the other or a unit of it (开阳里第四社区 / 开阳里第四社区党委)."""
    return a == b or a.startswith(b) or b.startswith(a)


class PartnershipExtractor:
    """Find partnerships between parties found by earlier extractors.

    Keyword-only options:
        labels: which earlier labels count as parties (default organizations, communities,
            programs).
        max_gap: longest unexplained text between the actor and the relation word
            (default 8 characters).
        street_places: a street or town written in full as a place (湖滨街道) may act as a
            party when it opens the sentence (default False: the annotation convention pairs
            street offices only when named as organizations, 某街道办事处, 某街道党工委).
        implied: the article's own community stands in for a bare subject (社区联合…) or an
            omitted one (联合B开展… after a sentence about it), with basis "implied_subject"
            (default True).
        licensed: a side of a strong frame (联合, 携手, 引入 …) that no extractor found is a party
            when its span has a name shape on its own (licensed.py); a licensed party that a pair
            holds is also given as a mention of its label (default True).
        scored: in a sentence no frame pairs anything in, two parties are partners when the pair
            scorer (pair_scorer.py) weighs them so and the sentence has a cue word of joint work,
            support, bringing in or a visit; basis "scored" (default False: on articles labelled
            after it was built, fewer than half of the pairs it added were right, and about one in
            three when retrained on ten sets and checked on each left out; README "Quality").
    """

    assigns = "partnerships"
    # Labels it may add mentions to: a frame-licensed party (licensed.py) is an entity too.
    adds = PARTY_LABELS
    # Besides the party labels: places (street offices act, place names are skipped in gaps)
    # and people (a person speaking for their unit).
    STAND_IN_LABELS = ("places", "people")
    requires = PARTY_LABELS + STAND_IN_LABELS

    def __init__(
        self,
        *,
        labels: tuple[str, ...] = PARTY_LABELS,
        max_gap: int = MAX_ACTOR_GAP,
        street_places: bool = False,
        implied: bool = True,
        licensed: bool = True,
        scored: bool = False,
    ) -> None:
        self.labels = tuple(labels)
        self.max_gap = max_gap
        self.street_places = street_places
        self.implied = implied
        self.licensed = licensed
        self.scored = scored
        self.requires = self.labels + self.STAND_IN_LABELS

    def __call__(self, ctx: ArticleContext) -> list[Mention]:
        text = ctx.text
        sentences = list(self._sentences(ctx))
        parties = self._parties(ctx, sentences)
        places = mask(len(text), ctx.found("places"))  # one flag per character inside a place mention
        licensed = []
        if self.licensed:
            # sides of strong frames that no extractor found but that have a name shape (licensed.py)
            spans = [(p.start, p.end) for p in parties]
            licensed = [lic for lic in licensed_parties(text, sentences, spans, places) if lic.label in self.labels]
            # a found party cut short is no party where a licensed name widens it (licensed.py)
            wide = [(lic.start, lic.end) for lic in licensed if lic.widens]
            cut = {lic: [p for p in parties if lic.start <= p.start and p.end <= lic.end] for lic in licensed if lic.keeps}
            parties = [p for p in parties if not any(s <= p.start and p.end <= e for s, e in wide)]
            # a co-actor item over a name cut short stands for the found party (licensed.py `keeps`)
            parties = sorted(parties + [_Party(lic.start, lic.end, cut[lic][0].party if cut.get(lic) else Party(lic.label, lic.canonical))
                                        for lic in licensed], key=lambda p: p.start)
            licensed = [lic for lic in licensed if not cut.get(lic)]
        art = self._article(ctx, parties)
        art.hosts_from, art.hosts = self._event_hosts(art, text, sentences, parties, places)
        starts = [p.start for p in parties]
        # 双方 in a clause of joint work: the two units of the sentence before (discourse.py)
        both = discourse.both_sides(text, sentences, [p for p in parties if p.origin is None])
        out: list[Mention] = []
        seen: set[tuple[str, int]] = set()
        by_sentence: list[tuple[int, int, list[_Party]]] = []
        for s_start, s_end in sentences:
            first = bisect_left(starts, s_start)
            inside = [p for p in parties[first : bisect_left(starts, s_end)] if p.end <= s_end]
            claims = [_both_sides_claim(b) for b in both if s_start <= b.start < s_end]
            if not inside and not claims:
                continue
            by_sentence.append((s_start, s_end, inside))
            claims += list(self._claims(art, text, s_start, s_end, inside, places))
            out += self._sentence_mentions(claims, s_start, s_end, seen)
        out = _stated_first(out)
        if self.scored:
            out += self._scored(text, by_sentence, out)
        return out + _licensed_entities(licensed, out)

    # --- pairs no frame reads: the pair scorer ---------------------------------------------------

    def candidates(self, text: str, by_sentence, paired: set[str]):
        """(sentence start, end, the parties found in it, a, b, features) for each two named
        parties of a sentence that no frame paired anywhere in the article (`paired`: the pair
        keys of the frames' mentions); a party's first occurrence in the sentence stands for it,
        pointers and nested names are left out."""
        done = set(paired)
        partners: dict[str, set[str]] = {}  # each party of a frame's pair: who it is paired with
        for key in paired:
            a, _, b = key.partition("|")
            partners.setdefault(a, set()).add(b)
            partners.setdefault(b, set()).add(a)
        for s_start, s_end, inside in by_sentence:
            if s_end - s_start > MAX_SENTENCE:
                continue
            firsts: dict[str, _Party] = {}
            for p in inside:
                if p.origin is None and p.start >= s_start:
                    firsts.setdefault(p.canonical, p)
            named = sorted(firsts.values(), key=lambda p: p.start)
            plain = text[s_start:s_end]
            for i, a in enumerate(named):
                for b in named[i + 1 :]:
                    if b.start > a.end + MAX_GAP:
                        break  # and every later one
                    key = "|".join(sorted((a.canonical, b.canonical)))
                    # names written one right after the other name one thing (某社区某小区)
                    if key in done or a.end >= b.start or same_unit(a.canonical, b.canonical):
                        continue
                    if a.canonical in b.canonical or b.canonical in a.canonical:
                        continue
                    if _nested_repeat(a.canonical, b.canonical, partners) or _nested_repeat(b.canonical, a.canonical, partners):
                        continue
                    features = pair_features(plain, (a.start - s_start, a.end - s_start, a.label),
                                             (b.start - s_start, b.end - s_start, b.label), len(named))
                    yield s_start, s_end, inside, a, b, features

    @staticmethod
    def unread(by_sentence, frames: list[Mention]):
        """The sentences of `by_sentence` no frame's mention starts in."""
        framed = sorted(m.start for m in frames)
        return [(s, e, inside) for s, e, inside in by_sentence if bisect_left(framed, e) == bisect_left(framed, s)]

    @staticmethod
    def relation_word(text: str, s_start: int, s_end: int, inside, a: _Party, b: _Party) -> str | None:
        """The cue word naming the relation of `a` and `b` in their sentence (pair_scorer.cue_word),
        read with the names masked: 服务 in 某服务中心 names nothing."""
        sentence = masked(text[s_start:s_end], [(p.start - s_start, p.end - s_start) for p in inside if p.start >= s_start])
        return cue_word(sentence, a.end - s_start, b.start - s_start)

    def keep(self, features: list[str]) -> bool:
        return probability(features) >= THRESHOLD

    def _scored(self, text: str, by_sentence, frames: list[Mention]) -> list[Mention]:
        """Pairs the scorer weighs as partners in the sentences no frame paired anything in (a
        sentence a frame read is left to it: 分别-lists, a unit and its own team …), once per
        article (the first sentence that scores them), with basis "scored" and the sentence's
        cue word as their relation."""
        out: list[Mention] = []
        taken: set[str] = set()
        for s_start, s_end, inside, a, b, features in self.candidates(text, self.unread(by_sentence, frames), {m.canonical for m in frames}):
            key = "|".join(sorted((a.canonical, b.canonical)))
            if key in taken or not self.keep(features):
                continue
            word = self.relation_word(text, s_start, s_end, inside, a, b)
            if word is None:
                continue
            taken.add(key)
            attrs = {"a": a.party, "b": b.party, "relation": word, "basis": "scored"}
            out.append(Mention(self.assigns, a.start, b.end, key, name="", attrs=attrs))
        return out

    def _sentence_mentions(self, claims: list[_Claim], s_start: int, s_end: int, seen: set[tuple[str, int]]) -> list[Mention]:
        """One mention per new pair of distinct units the sentence's claims make (`seen`: pairs
        already reported, per sentence); its span runs over both parties where the sentence
        names them, else over the one it names and the relation word."""
        out: list[Mention] = []
        for a, b, relation, implied, anchor in self._paired(claims):
            if same_unit(a.canonical, b.canonical) or sort_only(a.canonical) or sort_only(b.canonical):
                continue
            key = ("|".join(sorted((a.canonical, b.canonical))), s_start)
            if key in seen:
                continue
            seen.add(key)
            ends = [p for p in (a, b) if s_start <= p.start and p.end <= s_end]
            if len(ends) < 2 and anchor >= 0:
                ends.append(_Party(anchor, anchor, a.party))
            attrs = {"a": a.party, "b": b.party, "relation": relation}
            # a party written as a pointer to another sentence (该公司, 双方): its naming span is
            # evidence too, and the pair rests on the pointer
            named_before = [p.origin for p in (a, b) if p.origin is not None and not (s_start <= p.origin[0] < s_end)]
            if implied:
                attrs["basis"] = "implied_subject"
            elif named_before:
                attrs["basis"] = "anaphor"
            out.append(Mention(self.assigns, min(p.start for p in ends), max(p.end for p in ends), key[0], name="", attrs=attrs))
            out += [Mention(self.assigns, start, end, key[0], name="", attrs=attrs) for start, end in dict.fromkeys(named_before)]
        return out

    # --- article-level ---------------------------------------------------------------------

    @staticmethod
    def _sentences(ctx: ArticleContext):
        """The context's sentences, cut at line breaks too (a title line never runs into the body)."""
        text = ctx.text
        for s_start, s_end in ctx.sentences:
            start = s_start
            while True:
                cut = text.find("\n", start, s_end)
                if cut < 0:
                    yield start, s_end
                    break
                if cut > start:
                    yield start, cut
                start = cut + 1

    def _parties(self, ctx: ArticleContext, sentences: list[tuple[int, int]]) -> list[_Party]:
        """All party mentions, overlapping ones reduced to the longest. A name an extractor found
        counts wherever the text writes it again, though the extractor kept only some of its
        occurrences (A与某社区共建… where the community's mention is a later one)."""
        text = ctx.text
        found = [_Party(m.start, m.end, Party(m.label, m.canonical)) for m in ctx.found_any(self.labels)]
        by_name: dict[str, set[Party]] = {}
        for p in found:
            by_name.setdefault(text[p.start : p.end], set()).add(p.party)
        unique = {n: next(iter(ps)) for n, ps in by_name.items() if len(ps) == 1 and len(n) >= MIN_REPEAT_NAME}
        short = {}
        for name, party in unique.items():
            for alias in short_forms(name):
                if alias not in by_name:
                    short.setdefault(alias, set()).add(party)
        # the street's own unit written with the level word (街道综合社工站: discourse, a party named again)
        level = {}
        for name, party in list(unique.items()):
            for alias in level_forms(name):
                if alias not in by_name and alias not in short:
                    level.setdefault(alias, set()).add(party)
        for alias, ps in list(short.items()) + list(level.items()):
            if len(ps) == 1:
                unique.setdefault(alias, next(iter(ps)))
        known = {(p.start, p.end) for p in found}
        for start, end in leftmost_longest(text, unique):
            name = text[start:end]
            if (start, end) in known:
                continue
            if name in short and name not in by_name and _inside_longer_name(text, start):
                continue
            if name in level and name not in by_name and start > 0 and not RE_LEVEL_FORM_BEFORE.match(text[start - 1]):
                continue
            found.append(_Party(start, end, unique[name]))
        # pointers back to a party named before (该公司, 本所, 与其, a name's tail alone …: discourse.py)
        pointers = discourse.demonstratives(text, found) + discourse.pronouns(text, sentences, found) + discourse.bare_heads(text, found)
        # a tail a clause's own head noun reads (活动基地, 服务中心: RE_CLAUSE_HEAD) is left to that rule
        pointers += [p for p in discourse.name_tails(text, found) if not RE_CLAUSE_HEAD.fullmatch(text, p.start, p.end)]
        found += [_Party(p.start, p.end, p.party, p.origin) for p in pointers]
        places = mask(len(text), ctx.found("places"))
        found = [p for p in found if not _cut_by_community(p, found, places)]
        kept = keep_disjoint(found, lambda p: (-(p.end - p.start), self.labels.index(p.label), p.start))
        # Staff housing (某局宿舍, 某厂家属院) names where a unit's staff live, never a party: it still
        # covers the unit's name inside it, so that unit is not read as acting either (帮助某公司家属院).
        # Round 41c: no gold of the 840-article pool pairs staff housing.
        return [p for p in kept if not (p.label == "communities" and RE_STAFF_HOUSING_NAME.search(text, p.start, p.end))]

    def _article(self, ctx: ArticleContext, parties: list[_Party]) -> _Article:
        people = sorted(
            (_Party(m.start, m.end, m.attrs["affiliation"]) for m in ctx.found("people") if m.attrs.get("affiliation")),
            key=lambda p: p.start,
        )
        streets = {m.start: m for m in ctx.found("places") if _is_street_office(ctx.text, m)}
        home = _home_community(ctx) if self.implied and "communities" in self.labels else None
        home_party = _home_party(parties, home) if home is not None else None
        named_home = home
        if home is None and self.implied and "communities" in self.labels:
            named_home = _home_community(ctx, sole_ok=True)
        actor = home
        if actor is None and self.implied:
            actor = _office_actor(ctx, parties, streets)
        return _Article(people, [p.start for p in people], streets, home, home_party, _street_office(parties), parties, named_home, actor)

    # --- gaps and lists --------------------------------------------------------------------

    def _gap_ok(self, text: str, start: int, end: int, places) -> bool:
        """The text between a party and a relation word is only gap words, places and quotes."""
        if end < start or end - start > 4 * self.max_gap:
            return False  # far apart: not one phrase, whatever lies between
        gap = self._unplaced(text, start, end, places)
        return len(gap) <= self.max_gap and bool(_patterns()["gap"].match(gap))

    def _list_after(self, text: str, first: _Party, inside: list[_Party], limit: int | None = None, places=None) -> list[_Party]:
        """first、second、third…: parties joined to `first` by list marks (ending before `limit`);
        with `places`, a place written before an item (B、某市某区C) does not end the list. A
        community written right before another party names whose unit that is (与某某社区“某某”
        志愿服务队签订…): the unit is the item."""
        out = [_own_unit(first, inside, places)]
        for p in inside:
            if limit is not None and p.end > limit:
                break
            if p.start < out[-1].end:
                continue
            if _joined(text, out[-1].end, p.start, places) or RE_UNNAMED_UNITS.match(text[out[-1].end : p.start]):
                out.append(_own_unit(p, inside, places))
            else:
                break
        return out

    def _loose_list_after(self, text: str, first: _Party, inside: list[_Party], places) -> list[_Party]:
        """A forward word's list read on over single items no extractor named, of any shape but no
        clause word (A链接B、某某交通广播、C、D): the named items after one are partners too."""
        out = self._list_after(text, first, inside, places=places)
        while True:
            nxt = next((p for p in inside if p.start >= out[-1].end), None)
            item = RE_LOOSE_ITEM.match(text[out[-1].end : nxt.start]) if nxt is not None else None
            if item is None or regex.search(clause_words(), item.group(1)):
                return out
            out = out + self._list_after(text, nxt, inside, places=places)

    def _bridged_list_after(self, text: str, first: _Party, inside: list[_Party], limit: int, places) -> list[_Party]:
        """A with-list read on over items no extractor named (与A、B、C结对, B unnamed): an item
        between two named ones that ends in the same head as its left neighbour (…基金会) is one
        more item of the list, so the named items after it stay partners of the list's actor."""
        out = self._list_after(text, first, inside, limit, places)
        while True:
            nxt = next((p for p in inside if p.start >= out[-1].end), None)
            if nxt is None or nxt.end > limit or not unnamed_item_between(text, out[-1], nxt):
                return out
            out = out + self._list_after(text, nxt, inside, limit, places)

    def _list_before(self, text: str, last: _Party, before: list[_Party]) -> list[_Party]:
        """…、second、last: parties joined to `last` by list marks, in text order."""
        group = [last]
        for p in reversed(before):
            if p.end > group[0].start:
                continue
            if _joined(text, p.end, group[0].start):
                group.insert(0, p)
            else:
                break
        return group

    @staticmethod
    def _unplaced(text: str, start: int, end: int, places: bytearray) -> str:
        """text[start:end] without place mentions and quote marks."""
        kept = "".join(compress(text[start:end], places[start:end].translate(KEEP_UNMARKED)))
        return RE_QUOTE_MARKS.sub("", kept)

    @staticmethod
    def _unplaced_items(text: str, start: int, end: int, places: bytearray) -> str:
        """text[start:end] without place items (RE_PLACE_ITEM: each place with the list mark joining
        it to the list) and quote marks."""
        marked = "".join(PLACE_MARK if placed else char for char, placed in zip(text[start:end], places[start:end]))
        return RE_QUOTE_MARKS.sub("", RE_PLACE_ITEM.sub("", marked))

    @staticmethod
    def _starts_with_place(text: str, start: int, places: bytearray) -> bool:
        while start < len(text) and RE_QUOTE_MARKS.match(text[start]):
            start += 1
        return start < len(places) and bool(places[start])

    # --- actors ----------------------------------------------------------------------------

    def _actor(self, art: _Article, places, text, s_start, pos, inside, exclude) -> tuple[list[_Party], bool]:
        """Who acts at `pos`, and whether that party stands in for a bare or omitted subject:
        the clause's last party before it, else the sentence subject (see the module doc)."""
        clause_start = _clause_start(text, s_start, pos)
        exclude = [*exclude, *_supporters(text, s_start, pos, inside)]
        # 在A协助下与B联合…: a 在…下 phrase opening the clause names who supports the act, not who acts
        under = _patterns()["under"].match(text, clause_start, pos)
        before = [p for p in inside if (under.end() if under else clause_start) <= p.start and p.end <= pos and p not in exclude]
        if before:  # A、B等单位为… : the whole list acts
            return self._list_before(text, before[-1], before[:-1]), False
        if clause_start > s_start:
            # A later clause opening with a bare subject noun names its own actor: 某社区党委书记某某说，
            # 社区将继续联合B… (the community, not the speaker's unit from the first clause).
            own = self._generic_subject(art, text, clause_start, pos)
            if own is not None and own[0]:
                return own
            head = self._clause_head(text, clause_start, pos, places)
            if head is not None:
                named = max((q for q in art.parties if q.canonical.endswith(head) and q.end <= clause_start), key=lambda q: q.end, default=None)
                return ([named], False) if named is not None else ([], False)
        chained = self._previous_clause_subject(text, s_start, clause_start, pos, inside, places, exclude)
        if chained:
            return chained, False
        subject_start, first_clause_end = self._subject_clause(art, text, s_start, pos, inside, places)
        subject = [p for p in inside if subject_start <= p.start and p.end <= first_clause_end and p not in exclude]
        if subject:
            return self._named_subject(text, subject_start, subject, places), False
        return self._stand_in_subject(art, text, subject_start, first_clause_end, pos, places)

    def _clause_head(self, text: str, clause_start: int, pos: int, places) -> str | None:
        """The bare unit head noun a clause opens with (活动基地, 该协会), when only gap words stand
        between it and the word at `pos`."""
        while clause_start < pos and RE_QUOTE_MARKS.match(text[clause_start]):
            clause_start += 1
        match = RE_CLAUSE_HEAD.match(text, clause_start, pos)
        if match is None or not _patterns()["gap"].match(self._unplaced(text, match.end(), pos, places)):
            return None
        return match.group(1)

    def _previous_clause_subject(self, text, s_start, clause_start, pos, inside, places, exclude) -> list[_Party]:
        """A clause with no words of its own before the frame (…，为B提供…; …，联合B开展…) goes on
        from the clause before it: the party opening that clause acts (A作为共建单位，为B赠送…)."""
        if clause_start <= s_start or not _patterns()["gap"].match(self._unplaced(text, clause_start, pos, places)):
            return []
        prev_start = _clause_start(text, s_start, clause_start - 1)
        while prev_start > s_start and RE_TIME_CLAUSE.match(text[prev_start : clause_start - 1].strip()):
            # A time clause between (A联合B…，于某日，协同C…): the clause before it opens the subject.
            clause_start = prev_start
            prev_start = _clause_start(text, s_start, clause_start - 1)
        opening = [p for p in inside if prev_start <= p.start and p.end < clause_start and p not in exclude]
        if not opening or len(self._unplaced(text, prev_start, opening[0].start, places)) > MAX_SUBJECT_LEAD:
            return []
        return self._list_after(text, opening[0], opening, places=places)

    def _subject_clause(self, art: _Article, text: str, s_start: int, pos: int, inside: list[_Party], places=None) -> tuple[int, int]:
        """Where the sentence subject's clause starts and ends (before `pos`): introductory clauses
        (为…, 围绕…, a dateline) are skipped, and so are the clauses a purpose runs on into while
        they name no party and open with no bare subject noun (with `places`: nor with a street
        written as a place, 为…，某街道在…基础上，联合…: the street is the subject); a leading
        (本次活动)由 is not part of the subject."""
        subject_start, first_clause_end = s_start, pos
        purpose = False
        for mark in RE_CLAUSE_MARK.finditer(text, s_start, pos):
            clause = RE_DATELINE.sub("", text[subject_start : mark.start()].strip(), count=1)
            if RE_INTRO_CLAUSE.match(clause):
                purpose = purpose or bool(RE_PURPOSE.match(clause))
                subject_start = mark.end()
                continue
            if purpose and not any(subject_start <= p.start < mark.start() for p in inside) and (
                self._generic_subject(art, text, subject_start, mark.start()) is None
                and (places is None or self._street_subject(art.streets, text, subject_start, mark.start(), places) is None)
            ):
                subject_start = mark.end()  # 为…，加强…，A作为…: the purpose runs on
                continue
            first_clause_end = mark.start()
            break
        by = RE_BY_SUBJECT.match(text, subject_start, first_clause_end)
        if by:
            subject_start = by.end()
        under = _patterns()["under"].match(text, subject_start, first_clause_end)
        if under:
            subject_start = under.end()  # 在A协助下与B联合…: the supporter is not the subject
        return subject_start, first_clause_end

    def _named_subject(self, text: str, subject_start: int, subject: list[_Party], places) -> list[_Party]:
        """The subject clause's acting party among those it names: the first, when it opens the
        clause (after at most a short lead); a programme, when a place opens it; else nobody."""
        lead = self._unplaced(text, subject_start, subject[0].start, places)
        if len(lead) <= MAX_SUBJECT_LEAD:
            return self._list_after(text, subject[0], subject, places=places)  # A、B、C的负责人…: all act
        if self._starts_with_place(text, subject_start, places):
            # 文昌镇组织…参与“社工夜校”…，联合“233网校”: a place acts through its programme.
            return [p for p in subject if p.label == "programs"][:1]
        return []  # 街道引进X入驻Y社区，与Z签约: the subject is not a named party

    def _stand_in_subject(self, art: _Article, text, subject_start, first_clause_end, pos, places) -> tuple[list[_Party], bool]:
        """Who acts for a subject clause that names no party: whom its bare noun stands for, a
        street office (with street_places), a person's unit, or the article's own community when
        there is no subject at all."""
        generic = self._generic_subject(art, text, subject_start, first_clause_end)
        if generic is not None:
            return generic
        street = self._street_subject(art.streets, text, subject_start, first_clause_end, places)
        if street is not None:
            if self.street_places:
                return [street], False  # 湖滨街道还携手浙江大学…: the street office acts
            office = _street_office(art.parties, text[street.start : street.end])
            if office is not None:
                return [office], False  # 某某街道与B签约 … 某某街道党工委: the office the article names acts
        i = bisect_left(art.people_starts, subject_start)
        if i < len(art.people) and art.people[i].end <= first_clause_end:
            return [art.people[i]], False
        if art.actor is not None and street is None and first_clause_end == pos and self._no_subject(text, subject_start, pos, places):
            # (a street written only as a place is a subject: 某街道联合B… is not the article's community's act)
            return [art.actor], True  # 联合B开展…: no subject at all, the article's community (or office) acts
        if art.actor is None and street is None and self._time_led_headless(text, subject_start, first_clause_end, pos, places):
            carried = art.named_home or self._previous_sentence_subject(art, text, subject_start, places)
            if carried is not None:
                return [carried], True
        return [], False

    def _time_led_headless(self, text: str, subject_start: int, first_clause_end: int, pos: int, places) -> bool:
        """A clause with no subject but a time word before a word that brings a partner in (现已联合B…,
        目前引进了B…, 某节期间联合B…). The time word marks the clause as going on about the unit the
        text is about, not a new actor's deed; a headless clause without one may belong to anyone
        (依托某组织… in a feature about a committee), so it stays with the article's own actor."""
        if first_clause_end != pos or not text.startswith(BRING_IN_WORDS, pos):
            return False
        lead = self._unplaced(text, subject_start, pos, places)
        return bool(RE_TIME_LEAD.match(lead)) and self._no_subject(text, subject_start, pos, places)

    def _previous_sentence_subject(self, art: _Article, text: str, start: int, places) -> _Party | None:
        """The unit opening the sentence right before `start` (A立足…。某节期间联合B…: A goes on acting),
        when it opens that sentence alone after at most a short lead."""
        marks = list(RE_SENTENCE_OR_LINE_END.finditer(text, 0, start))
        if not marks or "\n" in marks[-1].group():
            return None  # the first sentence, or a new paragraph: what came before no longer acts
        prev_start = marks[-2].end() if len(marks) > 1 else 0
        named = sorted((p for p in art.parties if prev_start <= p.start < marks[-1].start()), key=lambda p: p.start)
        opening = named[0] if named else None
        if opening is None or opening.party.label not in discourse.UNIT_LABELS:
            return None
        if len(self._list_after(text, opening, named, places=places)) > 1:
            return None  # A和B各有…。目前引进了C: which of them brings C in is not written
        return opening if len(self._unplaced(text, prev_start, opening.start, places).strip()) <= MAX_SUBJECT_LEAD else None

    def _no_subject(self, text: str, subject_start: int, pos: int, places) -> bool:
        """Nothing but gap words, places and quotes before the word, and prose after it (联合B开展…)."""
        lead = self._unplaced(text, subject_start, pos, places)
        lead = lead[len(time.group()):] if (time := RE_TIME_LEAD.match(lead)) else lead
        return bool(RE_PROSE_AFTER.match(text, pos) and _patterns()["gap"].match(lead))

    def _generic_subject(self, art: _Article, text: str, start: int, end: int) -> tuple[list[_Party], bool] | None:
        """A bare noun opening the subject clause (社区, 社区党组织, 街道党工委): whom it stands for
        (possibly nobody), or None when the clause opens with no such noun."""
        while start < end and RE_QUOTE_MARKS.match(text[start]):
            start += 1
        pattern, table = _generic_subjects()
        match = pattern.match(text, start, end)
        if not match:
            return None
        stands_for = table[match.group()]
        if stands_for == "street":
            return ([art.street_office], False) if art.street_office else ([], False)
        if stands_for in ("community", "community_party") and art.named_home is not None:
            unit = art.home_party if stands_for == "community_party" and art.home_party else art.named_home
            return [unit], True
        return [], False

    @staticmethod
    def _street_subject(streets: dict[int, Mention], text: str, start: int, end: int, places: bytearray) -> _Party | None:
        """The street office a clause opens with, after any parent places (杭州市上城区湖滨街道…)."""
        while start < end and RE_QUOTE_MARKS.match(text[start]):
            start += 1
        run_end = start
        while run_end < end and places[run_end]:
            run_end += 1
        street = next((m for m in streets.values() if start <= m.start and m.end == run_end), None)
        return None if street is None else _Party(street.start, street.end, Party(street.label, street.canonical))

    def _resolve_anaphor(self, phrase: str, start: int, parties: list[_Party]) -> _Party | None:
        """A bare head noun (中心) → the first party in the article ending with it."""
        if phrase not in ANAPHOR_HEADS:
            return None
        for p in parties:
            if p.canonical.endswith(phrase) and p.start < start:
                return _Party(start, start + len(phrase), p.party)
        return None

    # --- claims ----------------------------------------------------------------------------

    def _claims(self, art, text, s_start, s_end, inside, places):
        blocked = [(s, e) for s, e in ((p.start, p.end) for p in inside)]  # F2: words inside names
        blocked += [m.span() for m in RE_SLOGAN.finditer(text, s_start, s_end)]  # F3
        env = (art, text, s_start, s_end, inside, places, blocked)
        for claim in self._frame_claims(env):
            claim = _without_event_names(claim, text)
            if claim is not None:
                yield claim

    def _frame_claims(self, env):
        yield from self._forward(*env)
        yield from self._with(*env)
        yield from self._support(*env)
        yield from self._toward(*env)
        yield from self._member(*env)
        yield from self._passive_by(*env)
        yield from self._by(*env)
        yield from self._operated(*env)
        yield from self._founded(*env)
        yield from self._together(*env)
        yield from self._funded(*env)
        yield from self._visit(*env)
        yield from self._unit_of(*env)
        yield from self._take_part(*env)
        yield from self._units_join(*env)
        yield from self._moved_in(*env)
        yield from self._co_built(*env)
        yield from self._roster(*env)
        yield from self._alliance_members(*env)

    @staticmethod
    def _word_ok(text: str, start: int, end: int, blocked, places) -> bool:
        if places[start] or any(s <= start < e for s, e in blocked):
            return False  # F2/F3: inside a place name (会同县), a party's name or a slogan
        if start > 0 and text[start - 1] == "、" and RE_SERVICE_ITEM_REST.match(text, end):
            return False  # F2b: a service in a list (、帮扶救助、)
        return not RE_NAME_PART_AFTER.match(text, end)

    @staticmethod
    def _take(relation: _Relation, parties: list[_Party]) -> list[_Party]:
        """F4: the partners a relation word takes."""
        return parties if relation.partners == "all" else [p for p in parties if p.label == relation.partners]

    def _forward(self, art, text, s_start, s_end, inside, places, blocked):
        """A <word> B(、C); B是A<word>的."""
        rel = _relations()
        for match in _patterns()["forward"].finditer(text, s_start, s_end):
            rs, re_ = match.span()
            word = match.group()
            if not self._word_ok(text, rs, re_, blocked, places):
                continue
            relation = rel[word]
            first = next((p for p in inside if p.start >= re_), None)
            after = self._owned_partner(text, re_, first, inside, places)
            if after and not (
                after is not first or self._gap_ok(text, re_, after.start, places) or RE_UNNAMED_FIRST.match(text, re_, after.start)
                or self._descriptor_gap(text, re_, after.start, places) or self._owner_gap(text, re_, after, places)
            ):
                after = self._unnamed_lead(text, re_, after, inside)
            if after:
                b_list = self._take(relation, self._loose_list_after(text, after, inside, places))
                if not b_list or _held_at(text, re_, after.start, b_list[-1].end):
                    continue
                a_list, implied = self._actor(art, places, text, s_start, rs, inside, b_list)
                group = relation.group or (relation.joint and self._acts_jointly(text, a_list, b_list, s_end, places))
                # With no actor a group word still pairs its list among itself, also when a street
                # written only as a place stands before it (某街道联合A、B: A–B, the street no party).
                if a_list or group:
                    respective = self._respective(text, a_list, b_list, rs)
                    yield _Claim(tuple(a_list), tuple(b_list), word, group and not respective, implied, rs, respective)
                continue
            passive = self._passive(text, rs, re_, word, inside, places)
            if passive is not None:
                yield passive

    def _unnamed_lead(self, text: str, re_: int, after: _Party, inside: list[_Party]) -> "_Party | None":
        """The first named partner of a forward word behind list items no extractor named (A联合某某
        工作室、B: B), or `after` itself when it is the tail of a first item cut short (A联合某某|某某
        驿站、B); None when what stands before is no such item. Every item is name-shaped: no clause
        word, no opener (打造, 辖区, 各 …) and, for a cut head, no verb."""
        lead = text[re_ : after.start]
        if (after.label != "communities" and RE_CUT_LEAD.match(lead) and self._name_shaped(lead)
                and not _holds_verb(lead) and RE_ITEM_MARK.match(text, after.end)):
            return after
        named_before = {q.canonical for q in inside if q.end <= re_}
        for p in inside:
            if p.start < after.start or p.canonical in named_before:
                continue  # (the actor named again inside an item is the item's owner, not an item)
            stretch = RE_QUOTE_MARKS.sub("", text[re_ : p.start])
            if RE_CLAUSE_MARK.search(stretch) or len(stretch) > MAX_UNNAMED_LEAD_RUN:
                return None
            if RE_UNNAMED_LEAD_ITEMS.match(stretch):
                return p if all(self._name_shaped(item) for item in RE_UNNAMED_LEAD_ITEM.findall(stretch)) else None
        return None

    @staticmethod
    def _name_shaped(item: str) -> bool:
        """A run that may be a unit's name: no clause word, no opener of a licensed name, and no
        people (居民代表, 在职党员, 网格员, 驻村第一书记: a list of helpers or posts, not of units)."""
        return (not regex.search(clause_words(), item) and not name_opener(item)
                and not RE_PEOPLE_ITEM.search(item) and not item.endswith(_person_posts()))

    def _acts_jointly(self, text: str, a_list: list[_Party], b_list: list[_Party], s_end: int, places) -> bool:
        """A 携手/联动 claim whose parties are co-actors: a single partner (A联合B，携手C: the chain is one
        group), no named actor, or a list closed by a comma and a joint word (携手B、C，共同启动…).
        Otherwise the listed partners are only the actor's (携手B、C，举行…; round 46: gold-dc pairs such
        lists that way in four articles of four pool sets, against one)."""
        if len(b_list) < 2 or not a_list:
            return True
        end = b_list[-1].end
        return bool(RE_TOGETHER_COMMA.match(self._unplaced(text, end, min(s_end, end + JOINT_CLOSE_REACH), places)))

    def _owned_partner(self, text: str, re_: int, after: "_Party | None", inside: list[_Party], places) -> "_Party | None":
        """The partner right after a forward word: `after`, or the quoted programme that a sub-unit of
        `after` runs (携手某社区第二睦邻中心“某某议事会”: the programme is the partner)."""
        if after is None or after.label == "programs" or not self._gap_ok(text, re_, after.start, places):
            return after
        nxt = next((p for p in inside if p.start >= after.end), None)
        if nxt is None or nxt.label != "programs":
            return after
        run = text[after.end : nxt.start] + ("" if text[nxt.start - 1] in "“‘" else text[nxt.start])
        if RE_OWNER_UNIT.fullmatch(run) and not regex.search(clause_words(), run):
            return nxt
        return after

    def _owner_gap(self, text: str, start: int, after: _Party, places) -> bool:
        """A quoted partner with its owner written before it, opening with a place (携手某县网红“某某”团队):
        the run between the word and the quote names whose unit it is."""
        quoted = text[after.start] in "“‘" or text[after.start - 1] in "“‘"
        run = text[start : after.start]
        return (quoted and self._opens_with_place(text, start, places) and bool(RE_OWNER_RUN.fullmatch(run))
                and not regex.search(clause_words(), run) and not _holds_verb(RE_QUOTE_MARKS.sub("", run)))

    @staticmethod
    def _opens_with_place(text: str, start: int, places) -> bool:
        """A place opens the text at `start`: a place mention, or a place of the article written
        without its level word (通城县 … 通城网红)."""
        if places[start]:
            return True
        names = {regex.sub(r"(?:省|市|县|区|镇|乡|街道)$", "", text[s:e]) for s, e in _place_spans(places)}
        return any(len(n) >= 2 and text.startswith(n, start) for n in names)

    def _descriptor_gap(self, text: str, start: int, end: int, places) -> bool:
        """A quoted descriptor of the partner, no party itself, between the word and the partner
        (联合“某某伙伴”某某营业站): gap words and places aside, it is all that stands between."""
        quoted = RE_DESCRIPTOR_QUOTE.match(text, start, end)
        return quoted is not None and self._gap_ok(text, quoted.end(), end, places)

    def _passive(self, text: str, rs: int, re_: int, word: str, inside: list[_Party], places) -> _Claim | None:
        """B是A<word>的: the two parties before the word, 是 between them, A acts on B."""
        before = [p for p in inside if p.end <= rs]
        if len(before) > 1 and text.startswith("的", re_) and self._gap_ok(text, before[-1].end, rs, places):
            last, earlier = before[-1], before[-2]
            if RE_PASSIVE_IS.search(RE_QUOTE_MARKS.sub("", text[earlier.end : last.start])):
                return _Claim((last,), (earlier,), word, False, False, rs)
        return None

    def _with(self, art, text, s_start, s_end, inside, places, blocked):
        """A与B(、C)…<word> in one clause; X与Y、Z与W…<word> pairs as written."""
        rel = _relations()
        pats = _patterns()
        done: set[int] = set()  # with-lists already read (one per list, at its nearest word)
        for match in pats["with"].finditer(text, s_start, s_end):
            rs, re_ = match.span()
            word = match.group()
            if not self._word_ok(text, rs, re_, blocked, places) or RE_CREDIT_AFTER.match(text, re_):
                continue  # 由A与B联合主办: a co-host credit
            clause_start, clause, heads = self._with_clause(text, s_start, rs, inside, places)
            if not heads:
                continue
            head = heads[-1]
            if head.start in done:
                continue
            b_list = self._bridged_list_after(text, head, clause, rs, places)
            if rs - b_list[-1].end > MAX_WITH_SPAN:
                continue
            done.add(head.start)
            relation = rel[word]
            pairs = self._pairwise(text, clause_start, clause, heads, places)
            if pairs:
                for a, b in pairs:
                    yield _Claim((a,), (b,), word, False, False, rs)
                continue
            floor = _floor(clause, clause.index(head), clause_start)
            with_pos = text.rfind(self._with_char(text, clause_start, head, places, floor), clause_start, head.start)
            a_list, implied = self._actor(art, places, text, s_start, with_pos, inside, b_list)
            if a_list or ((relation.group or relation.joint) and len(b_list) > 1):
                # A、B与C携手: each listed actor with C, the actors are not paired among themselves;
                # A与B、C签署三方协议: the sides counted are all parties of one agreement
                respective = self._respective(text, a_list, b_list, with_pos)
                sides = RE_SIDES_COUNT.search(text, b_list[-1].end, min(s_end, re_ + 4)) and len(a_list) + len(b_list) >= 3
                group = ((relation.group or relation.joint) and len(a_list) < 2) or bool(sides)
                yield _Claim(tuple(a_list), tuple(b_list), word, group, implied, rs, respective)

    @staticmethod
    def _respective(text: str, a_list: list[_Party], b_list: list[_Party], pos: int) -> bool:
        """A、B、C分别与X、Y、Z结对 (分别 between the actors and the word, lists of one length): each
        actor is paired with the partner in its place, not with every partner."""
        if len(a_list) < 2 or len(a_list) != len(b_list) or a_list[-1].end > pos:
            return False
        return bool(RE_RESPECTIVE.search(text, a_list[-1].end, pos))

    def _with_clause(self, text: str, s_start: int, rs: int, inside: list[_Party], places) -> tuple[int, list[_Party], list[_Party]]:
        """The clause before a with-word at `rs`: its start, its parties, and those of them that
        与/和/同/跟 introduces (the heads of with-lists)."""
        clause_start = _clause_start(text, s_start, rs)
        clause = [p for p in inside if clause_start <= p.start and p.end <= rs]
        heads = [p for i, p in enumerate(clause)
                 if self._with_before(text, clause_start, p, places, _floor(clause, i, clause_start))
                 and not self._last_item(text, clause_start, clause, i, places)]
        return clause_start, clause, heads

    def _last_item(self, text: str, clause_start: int, clause: list[_Party], i: int, places) -> bool:
        """The party at `i` is the last item of a with-list, after 和/及 (与A、B和C签署协议): its 和 joins
        the list, it opens no with-list of its own; a list that 与/同/跟 opens, read back over 、."""
        if i == 0 or self._item_gap(text, clause[i - 1].end, clause[i].start, places) not in LAST_ITEM_JOINS:
            return False
        j = i - 1
        while j > 0 and self._item_gap(text, clause[j - 1].end, clause[j].start, places) == "、":
            j -= 1
        floor = _floor(clause, j, clause_start)
        return (self._with_before(text, clause_start, clause[j], places, floor)
                and RE_WITH_JOIN.fullmatch(self._with_char(text, clause_start, clause[j], places, floor)) is not None)

    def _item_gap(self, text: str, end: int, start: int, places) -> str:
        """What joins two list items, places and a unit tail the left item's name left out aside."""
        return RE_UNIT_TAIL.sub("", self._unplaced(text, end, start, places))

    def _with_before(self, text: str, clause_start: int, p: _Party, places, floor: int | None = None) -> bool:
        """与/和/同/跟 (then gap words, places, quotes) right before party `p`; with `floor` (the end of
        the party before `p`), also 与 and list items no extractor named in between (与某某站、p)."""
        lead = self._unplaced_items(text, max(clause_start, p.start - 16), p.start, places)
        return bool(_patterns()["with_tail"].search(lead)) or self._with_unnamed_first(text, p, places, floor) is not None

    def _with_unnamed_first(self, text: str, p: _Party, places, floor: int | None):
        """与 and one to four list items no extractor named between `floor` and party `p` (与某某站、B):
        `p` opens the named part of a with-list."""
        if floor is None:
            return None
        lead = self._unplaced(text, max(floor, p.start - MAX_UNNAMED_LEAD), p.start, places)
        return RE_WITH_UNNAMED_FIRST.search(lead)

    def _with_char(self, text: str, clause_start: int, p: _Party, places, floor: int | None = None) -> str:
        lead = self._unplaced_items(text, max(clause_start, p.start - 16), p.start, places)
        found = _patterns()["with_tail"].search(lead) or self._with_unnamed_first(text, p, places, floor)
        return (RE_WITH_MARK.search(found.group()) or RE_VISIT_MARK.search(found.group())).group()

    def _pairwise(self, text, clause_start, clause, heads, places) -> list[tuple[_Party, _Party]]:
        """X与Y、Z与W…: two or more with-pairs joined by 、 (each pair as written)."""
        pairs = []
        for head in heads:
            i = clause.index(head)
            if i == 0:
                continue
            x = clause[i - 1]
            between = self._unplaced(text, x.end, head.start, places)
            if not RE_WITH_MARK.fullmatch(between):
                continue
            if pairs and not (pairs[-1][1] is clause[i - 2] and text[clause[i - 2].end : x.start].strip() == "、"):
                pairs = []
            pairs.append((x, head))
        return pairs if len(pairs) > 1 else []

    def _support(self, art, text, s_start, s_end, inside, places, blocked):
        """A为B提供…<noun>; 在A的<noun>下，B; A得到B的…<noun>; A对B进行…<noun>."""
        yield from self._provide(art, text, s_start, s_end, inside, places)
        yield from self._directed(art, text, s_start, s_end, inside, places)
        yield from self._under(art, text, s_start, s_end, inside, places)
        yield from self._obtain(art, text, s_start, s_end, inside, places)

    def _provide(self, art, text, s_start, s_end, inside, places):
        """A为B提供…<noun>: A supports B."""
        provide_pat = _patterns()["provide"]
        for b in inside:
            if not RE_FOR_BEFORE.search(text[max(s_start, b.start - 2) : b.start]):
                continue
            provide = provide_pat.match(text[b.end : s_end])
            if not provide:
                continue
            for_pos = text.rfind("为", s_start, b.start)
            a_list, implied = self._actor(art, places, text, s_start, for_pos, inside, [b])
            if a_list:
                yield _Claim(tuple(a_list), (b,), provide.group(1), False, implied, for_pos)

    def _directed(self, art, text, s_start, s_end, inside, places):
        """A对B进行…<noun>: A gives B named support (资金扶持, 专业指导, 技能培训)."""
        directed_pat = _patterns()["directed"]
        for b in inside:
            if not RE_TO_BEFORE.search(RE_QUOTE_MARKS.sub("", text[max(s_start, b.start - 2) : b.start])):
                continue
            directed = directed_pat.match(text[b.end : s_end])
            if not directed:
                continue
            to_pos = text.rfind("对", s_start, b.start)
            a_list, implied = self._actor(art, places, text, s_start, to_pos, inside, [b])
            if a_list:
                yield _Claim(tuple(a_list), (b,), directed.group(1), False, implied, to_pos)

    def _under(self, art, text, s_start, s_end, inside, places):
        """在A(、B)的<noun>下，C: A (and B) support (or guide) C."""
        for match in _patterns()["under"].finditer(text, s_start, s_end):
            a_list = self._under_supporters(art, text, match, inside, places)
            if not a_list:
                continue
            b = self._under_supported(art, text, s_start, match, inside, places, a_list)
            if b is not None and all(p.canonical != b.canonical for p in a_list):
                if match.group(2) in GUIDE_NOUNS and self._guided_with_other(art, text, s_start, s_end, b, match, inside, places):
                    continue  # the guided unit's own partner is the pair; the guide oversees both
                yield _Claim(tuple(a_list), (b,), match.group(2), False, False, match.start())

    def _under_supporters(self, art, text, match, inside, places) -> list[_Party]:
        """The supporters 在…的<noun>下 names: a party (or a bare head noun for one named earlier),
        with the list it opens, when the names fill the whole phrase."""
        a_start = match.start(1)
        a = next((p for p in inside if p.start == a_start), None) or self._resolve_anaphor(match.group(1), a_start, art.parties)
        if a is None:
            return []
        a_list = self._under_list(text, a, inside, match.end(1), places) if a in inside else [a]
        if RE_UNNAMED_TAIL.fullmatch(text, a_list[-1].end, match.end(1)):
            return a_list  # 在A、镇政府、社区居委会的支持下: the named supporters still support
        if a_list[-1].end != match.end(1) and self._unplaced_items(text, a_list[-1].end, match.end(1), places):
            a_list = [a] if a.end == match.end(1) else []  # 在A、B两家的支持下: not only names
        return a_list

    def _under_list(self, text: str, a: _Party, inside: list[_Party], limit: int, places) -> list[_Party]:
        """The supporters a 在…下 phrase lists from `a` up to `limit`: a list read on over an item no
        extractor named or over the support noun of the item before (在A指导、B支持下)."""
        out = self._list_after(text, a, inside, limit, places)
        gap = _patterns()["under_item_gap"]
        while out[-1].end < limit:
            nxt = next((p for p in inside if p.start >= out[-1].end), None)
            if nxt is None or nxt.end > limit or not gap.match(self._unplaced(text, out[-1].end, nxt.start, places)):
                break
            out = out + self._list_after(text, nxt, inside, limit, places)
        return out

    def _under_supported(self, art, text, s_start, match, inside, places, a_list) -> _Party | None:
        """Who is supported 在…的<noun>下: the party right after the phrase, unless it runs a
        service with 由; else, after a comma, the sentence's own named subject."""
        b = next((p for p in inside if p.start >= match.end() and self._phrase_next(text, match.end(), p.start, places)), None)
        if b is not None and _patterns()["under"].match(text, match.end(), b.end + 30):
            # 在A的指导下，在B的支持下，C…: B opens a second such phrase; it supports, it is not supported
            b = None
        elif b is not None and not self._gap_ok(text, match.end(), b.start, places):
            # 在A的支持下，由B承接: B runs the subject's service, the subject is supported; B在A的支持下，
            # 联合C…: a relation word opens the clause, C is its partner, B the one supported
            b = None
        if b is None:
            # B在A支持下开展…: the party right before the phrase (gap words aside) is supported
            prev = next((p for p in reversed(inside) if p.end <= match.start()), None)
            lead = (RE_DATE_GAP.match(text, prev.end, match.start()) or RE_COPULA_GAP.match(text, prev.end, match.start())) if prev is not None else None
            if prev is not None and prev not in a_list and (
                self._gap_ok(text, lead.end() if lead else prev.end, match.start(), places)
                or _patterns()["staff_of"].fullmatch(text, prev.end, match.start())
            ):
                b = prev  # B(的律师团队)在A的组织下…: B's staff act, B is the one supported
        if b is None and match.start() > s_start and text[match.start() - 1] in "，,":
            # X…，在A的支持下，…: no party right after, the sentence's subject is supported
            subject, implied = self._actor(art, places, text, s_start, match.start(), inside, a_list)
            b = subject[0] if subject and not implied and subject[0] not in a_list else None
        elif b is None and match.start() == _clause_start(text, s_start, match.start()) and text[match.end() - 1] not in "，,":
            # 在A协助下与B联合授课: the phrase opens a clause that goes on with its act, whose actor (the
            # article's own unit when no subject is written) is supported
            subject, _ = self._actor(art, places, text, s_start, match.end(), inside, a_list)
            b = subject[0] if subject and subject[0] not in a_list else None
        return b

    def _guided_with_other(self, art, text, s_start, s_end, b, match, inside, places) -> bool:
        """Does the unit a 在A的指导下 phrase guides act together with another party in its own
        clause: as an item of a list (C、B在A指导下共同主办; 在A的指导下，C、B…), or with a partner
        right after it, past its own spokesperson (B与C…, B携手C, B驻C, B主席某某、C…)."""
        clause_start = _clause_start(text, s_start, b.start)
        before = [p for p in inside if clause_start <= p.start and p.end <= b.start]
        if len(self._list_before(text, b, before)) > 1:
            return True
        mark = RE_CLAUSE_MARK.search(text, max(b.end, match.end()), s_end)
        clause_end = mark.start() if mark else s_end
        end = self._spokesperson_end(art, text, b)
        nxt = next((p for p in inside if p.start >= end and p.canonical != b.canonical), None)
        if nxt is None or nxt.end > clause_end:
            return False
        return bool(_patterns()["guided_link"].match(self._unplaced(text, end, nxt.start, places)))

    @staticmethod
    def _spokesperson_end(art, text: str, b: _Party) -> int:
        """Where a person of `b` written right after it with a title (B主席某某) ends, else b's end:
        the person acts for the unit."""
        i = bisect_left(art.people_starts, b.end)
        person = art.people[i] if i < len(art.people) else None
        if person is not None and person.canonical == b.canonical and RE_TITLE_RUN.fullmatch(text, b.end, person.start):
            return person.end
        return b.end

    def _phrase_next(self, text: str, end: int, start: int, places) -> bool:
        """Does a party at `start` come right after a 在…下 phrase ending at `end`: at most two
        characters between, or a place written right before B's name (在A的指导下，某镇B在…: the town
        is written only as a place; round 47). A place followed by other words is the clause's own
        subject (在A的指导下，某街道在B…: B is where the street acts, not the one supported)."""
        if start - end <= 2:
            return True
        return start - end <= MAX_UNDER_REACH and bool(places[start - 1]) and len(self._unplaced(text, end, start, places)) <= 2

    def _obtain(self, art, text, s_start, s_end, inside, places):
        """A得到B的…<noun>: B supports A."""
        tail_pat = _patterns()["obtain_tail"]
        for match in RE_OBTAIN.finditer(text, s_start, s_end):
            b = next((p for p in inside if p.start >= match.end()), None)
            if b is None:
                continue
            if not self._gap_ok(text, match.end(), b.start, places) and not (
                    self._starts_with_place(text, match.end(), places)
                    and RE_OBTAIN_PLACE_ITEM.match(self._unplaced(text, match.end(), b.start, places))):
                continue
            tail = tail_pat.match(text[b.end : s_end]) or _patterns()["obtain_money"].match(text[b.end : s_end])
            if not tail:
                continue
            a_list, implied = self._actor(art, places, text, s_start, match.start(), inside, [b])
            if a_list:
                yield _Claim(tuple(a_list), (b,), tail.group(1), False, implied, match.start())

    def _toward(self, art, text, s_start, s_end, inside, places, blocked):
        """A向B<word>: A gives to (or buys from) B; 向B1“B2”<word>: to B1 and its programme B2."""
        after_pat = _patterns()["toward_after"]
        for i, b in enumerate(inside):
            lead = RE_QUOTE_MARKS.sub("", text[max(s_start, b.start - 4) : b.start])
            marker = RE_TOWARD_BEFORE.search(lead)
            if not marker:
                continue
            ends = [b]
            after = after_pat.match(RE_QUOTE_MARKS.sub("", text[b.end : min(s_end, b.end + 8)]))
            own = inside[i + 1] if i + 1 < len(inside) else None
            if not after and own is not None and not RE_QUOTE_MARKS.sub("", text[b.end : own.start]):
                ends.append(own)  # 向杏林社区“互助超市”捐赠
                after = after_pat.match(RE_QUOTE_MARKS.sub("", text[own.end : min(s_end, own.end + 8)]))
            if not after:
                continue
            pos = text.rfind(marker.group()[0], s_start, b.start)
            a_list, implied = self._actor(art, places, text, s_start, pos, inside, ends)
            if a_list:
                yield _Claim(tuple(a_list), tuple(ends), after.group(1) or "购买", False, implied, pos)
        give_to = _patterns()["give_to"]
        for b in inside:  # A捐赠给B
            given = give_to.search(RE_QUOTE_MARKS.sub("", text[max(s_start, b.start - 4) : b.start]))
            if not given:
                continue
            pos = text.rfind(given.group(1), s_start, b.start)
            a_list, implied = self._actor(art, places, text, s_start, pos, inside, [b])
            if a_list:
                yield _Claim(tuple(a_list), (b,), given.group(1), False, implied, pos)
        for b in inside:  # A向来自B的专家颁发聘书
            if not RE_FROM_BEFORE.search(self._unplaced(text, max(s_start, b.start - 6), b.start, places)):
                continue
            if not RE_ENGAGE_AFTER.match(text, b.end, s_end):
                continue
            pos = text.rfind("来自", s_start, b.start) - 1
            a_list, implied = self._actor(art, places, text, s_start, pos, inside, [b])
            if a_list:
                yield _Claim(tuple(a_list), (b,), "聘书", False, implied, pos)

    # --- the article's event ----------------------------------------------------------------

    def _event_hosts(self, art, text, sentences, parties, places) -> tuple[int, tuple[_Party, ...]]:
        """Where the sentence naming the hosts of the article's event starts, and the hosts (the
        community bodies among them, when there are any): see RE_HOSTED_AFTER."""
        seen = 0
        for s_start, s_end in sentences:
            inside = [p for p in parties if s_start <= p.start and p.end <= s_end]
            if not inside:
                continue
            seen += 1
            if seen > MAX_HOST_SENTENCE:
                break
            hosts = [_owner(text, p, inside) for p in self._hosts_in(art, text, s_start, s_end, inside, places)]
            if hosts:
                community = [p for p in hosts if p.label == "communities" or RE_COMMUNITY_BODY.search(p.canonical)]
                return s_start, tuple(community or hosts)
        return -1, ()

    def _hosts_in(self, art, text, s_start, s_end, inside, places) -> list[_Party]:
        """The hosts one sentence names: a 由-list taking a host word, else the named subject of the
        first hosting verb."""
        by = text.find("由", s_start, s_end)
        first = next((p for p in inside if p.start > by), None) if by >= 0 else None
        if first is not None and self._gap_ok(text, by + 1, first.start, places):
            members = self._list_after(text, first, inside, s_end, places)
            if RE_HOSTED_AFTER.match(text, members[-1].end, s_end):
                return members
        act = RE_HOST_ACT.search(text, s_start, s_end)
        if act is None:
            return []
        subject_start, first_clause_end = self._subject_clause(art, text, s_start, act.start(), inside)
        subject = [p for p in inside if subject_start <= p.start and p.end <= first_clause_end]
        return self._named_subject(text, subject_start, subject, places) if subject else []

    def _take_part(self, art, text, s_start, s_end, inside, places, blocked):
        """Units taking part in the article's event, from the sentence naming its hosts on: a list of
        units closed by 等 bringing a service (A、B等医疗单位的专家为居民提供义诊) or a unit joining in
        (B积极参与其中) pairs with each host; a unit serving the public on its own does not, nor a bare
        提供…服务 after one unit (a unit's own standing service, 某公司提供物业服务). The unit must
        open its clause (after a scene lead: 健康展位上), with no other party between it and the word.
        An article that names no host but has a community of its own (`_Article.home`) holds that
        community's event: organizations taking part pair with it (basis "implied_subject") in the
        sentences naming no other community; its own teams (programmes) do not."""
        hosts, implied_host = art.hosts, False
        if not hosts and art.home is not None and not any(
            p.label == "communities" and p.canonical != art.home.canonical for p in inside
        ):
            # no host named: the event is the article's own community's (round 22: a community's
            # neighbourhood day where resident units serve the public)
            hosts, implied_host = (art.home,), True
        elif not hosts or s_start < art.hosts_from:
            return
        for match in _patterns()["take_part"].finditer(text, s_start, s_end):
            if not self._word_ok(text, match.start(), match.end(), blocked, places):
                continue
            if self._joins_alliance(art, text, match.start(), inside):
                continue  # its members pair with the alliance (_alliance_members)
            takers, implied = self._actor(art, places, text, s_start, match.start(), inside, list(hosts))
            if implied or not takers or not self._opens_clause(text, s_start, takers[0], places):
                continue
            if any(takers[-1].end <= p.start and p.end <= match.start() for p in inside):
                continue
            if match.group("provide") and not text.startswith("等", takers[-1].end):
                continue  # a bare 提供…服务 is the event's only for a list of units (A、B等机构提供…)
            takers = [p for p in takers if not _a_host(p, hosts)]
            if implied_host:
                takers = [p for p in takers if p.label == "organizations"]  # not the community's own team
            if takers:
                yield _Claim(tuple(hosts), tuple(takers), "参与", False, implied_host, match.start())

    def _units_join(self, art, text, s_start, s_end, inside, places, blocked):
        """A、B等(N家)单位…参加/参与/发言 (RE_UNITS_JOIN; not 出席: guests): a list of named
        organizations taking part in the article's meeting or event pairs each unit with the event's
        hosts (from the sentence naming them on), else with the article's own community (basis
        "implied_subject"); the units are not paired with each other. The list opens its clause, holds no community and no other community
        stands in the sentence. Round 22: partner units at a community's joint-building meeting, a
        community's Party-building council and a community's volunteer day, in three pooled articles."""
        matches = sorted([*RE_UNITS_JOIN.finditer(text, s_start, s_end), *RE_UNITS_STANDING.finditer(text, s_start, s_end)],
                         key=lambda m: m.start())
        seen: set[int] = set()
        for match in matches:
            if match.start() in seen or places[match.start()] or any(s <= match.start() < e for s, e in blocked):
                continue
            seen.add(match.start())
            last = next((p for p in reversed(inside) if p.end <= match.start()), None)
            if last is None or (last.end != match.start() and not self._unnamed_last(text, last.end, match.start())):
                continue
            units = self._list_before(text, last, [p for p in inside if p.end <= last.start])
            unnamed = int(last.end != match.start())  # the unnamed last item counts as one of the list
            if len(units) + unnamed < MIN_JOIN_UNITS or any(p.label != "organizations" for p in units):
                continue
            lead = text[_clause_start(text, s_start, units[0].start) : units[0].start]
            if not (self._opens_clause(text, s_start, units[0], places) or RE_UNNAMED_LEAD.match(lead)):
                continue
            if art.hosts and s_start >= art.hosts_from:
                hosts, implied = art.hosts, False
            else:
                home = art.home or art.named_home
                if home is None or any(p.label == "communities" and p.canonical != home.canonical for p in inside):
                    continue
                hosts, implied = (home,), True
            units = [p for p in units if not _a_host(p, hosts)]
            if units:
                yield _Claim(tuple(hosts), tuple(units), "参与", False, implied, match.start())

    def _moved_in(self, art, text, s_start, s_end, inside, places, blocked):
        """A、B(等N家单位)(签约/整建制)入驻|进驻 with no host after the word (RE_MOVED_IN): the list,
        opening its clause, moves into the venue named just before it (`_venue_before`); the units are
        not paired with each other."""
        for match in RE_MOVED_IN.finditer(text, s_start, s_end):
            if places[match.start()] or any(s <= match.start() < e for s, e in blocked):
                continue
            last = next((p for p in reversed(inside) if p.end <= match.start()), None)
            if last is None or last.end != match.start():
                continue
            units = self._list_before(text, last, [p for p in inside if p.end <= last.start])
            lead = self._unplaced(text, _clause_start(text, s_start, units[0].start), units[0].start, places)
            if not (_patterns()["gap"].match(lead) or RE_MOVED_IN_LEAD.match(lead)):
                continue
            venue = self._venue_before(art, text, units)
            if venue is not None:
                yield _Claim(tuple(units), (venue,), match.group()[-2:], False, False, match.start())

    def _co_built(self, art, text, s_start, s_end, inside, places, blocked):
        """A、B(、C)搭建/构建…平台|联盟 (RE_CO_BUILT): the builders listed right before the verb are
        partners, all with all up to MAX_FLAT_CREDITED (a longer list is a roster, not a team of
        builders); after a with-mark, with the clause's actor (…，与A、B构建…联盟: each builder pairs
        with the actor only); after X是 with 的 (X是A和B搭建的平台), each builder also pairs with X."""
        for match in RE_CO_BUILT.finditer(text, s_start, s_end):
            if places[match.start()] or any(s <= match.start() < e for s, e in blocked):
                continue
            last = next((p for p in reversed(inside) if p.end <= match.start()), None)
            if last is None or RE_QUOTE_MARKS.sub("", text[last.end : match.start()]):
                continue
            verb = RE_CO_BUILT_VERB.search(match.group()).group()
            builders = self._list_before(text, last, [p for p in inside if p.end <= last.start])
            clause_start = _clause_start(text, s_start, builders[0].start)
            lead = self._unplaced(text, clause_start, builders[0].start, places)
            mark = RE_CO_BUILT_LEAD.search(lead)
            clause = [p for p in inside if clause_start <= p.start and p.end <= builders[0].end]
            if len(builders) > 1 and RE_CO_BUILT_WITH.fullmatch(self._item_gap(text, builders[0].end, builders[1].start, places)):
                yield _Claim((builders[0],), tuple(builders[1:]), verb, False, False, match.start())
            elif RE_CO_BUILT_WITH_LEAD.match(lead) or self._with_before(text, clause_start, builders[0], places, _floor(clause, len(clause) - 1, clause_start)):
                with_pos = max(text.rfind("与", clause_start, builders[0].start), text.rfind("同", clause_start, builders[0].start))
                actors, implied = self._actor(art, places, text, s_start, with_pos, inside, builders) if with_pos >= 0 else ([], False)
                if actors:
                    yield _Claim(tuple(actors), tuple(builders), verb, False, implied, match.start())
            elif len(builders) < 2 or len(builders) > MAX_FLAT_CREDITED:
                continue
            elif mark is not None or _patterns()["gap"].match(lead):
                yield _Claim((builders[0],), tuple(builders[1:]), verb, True, False, match.start())
                if mark is not None and mark.group("is") and match.group(1):
                    built = self._named_before_copula(text, clause_start, inside)
                    if built is not None:
                        yield _Claim((built,), tuple(builders), verb, False, False, match.start())

    @staticmethod
    def _named_before_copula(text: str, clause_start: int, inside: list[_Party]) -> "_Party | None":
        """The party a clause opens with, right before its 是 (quote marks aside): 某某是…."""
        first = next((p for p in inside if p.start >= clause_start), None)
        if first is None or RE_QUOTE_MARKS.sub("", text[clause_start : first.start]):
            return None
        return first if RE_QUOTE_MARKS.sub("", text[first.end : first.end + 2]).startswith("是") else None

    @staticmethod
    def _venue_before(art, text: str, units: list[_Party]) -> "_Party | None":
        """The nearest venue (a community, or an organization with a venue head) named before
        `units`, in the same paragraph and at most MAX_MOVED_BACK sentences back."""
        heads = tuple(read_terms("partnership_venue_heads.txt"))
        names = {p.canonical for p in units}
        for p in reversed([q for q in art.parties if q.end <= units[0].start]):
            between = text[p.end : units[0].start]
            if "\n" in between or len(RE_SENTENCE_END.findall(between)) > MAX_MOVED_BACK:
                return None
            clause_end = RE_CLAUSE_END.search(text, p.end)
            if RE_MOVED_IN.search(text, p.end, clause_end.start() if clause_end else len(text)):
                continue  # a unit moving in itself (A整建制进驻，B以团队形式进驻): no venue
            if p.canonical not in names and (p.label == "communities" or p.label == "organizations" and p.canonical.endswith(heads)):
                return p
        return None

    @staticmethod
    def _unnamed_last(text: str, start: int, end: int) -> bool:
        """One list item no extractor named between `start` and `end` (、某某幼 before 等)."""
        return bool(RE_UNNAMED_LAST.fullmatch(text, start, end)) and not regex.search(clause_words(), text[start + 1 : end])

    def _roster(self, art, text, s_start, s_end, inside, places, blocked):
        """The member roster of an alliance, in a sentence naming one (联盟, 联合体, 共同体): the
        listed members pair with the article's hosts, the alliance's lead (not with each other)."""
        if not art.hosts or s_start < art.hosts_from or not _patterns()["alliance"].search(text, s_start, s_end):
            return
        for match in _patterns()["roster"].finditer(text, s_start, s_end):
            first = next((p for p in inside if p.start >= match.end()), None)
            if first is None or not self._gap_ok(text, match.end(), first.start, places):
                continue
            if self._alliance_roster_at(art, text, match.end(), inside):
                continue  # an organization's roster: its members pair with it (_alliance_members)
            members = self._list_after(text, first, inside, s_end, places)
            members = [p for p in members if not _a_host(p, art.hosts)]
            if members:
                yield _Claim(art.hosts, tuple(members), "成员", False, False, match.start())

    def _alliance(self, art: _Article, text: str, start: int, end: int, inside: list[_Party]) -> _Party | None:
        """The organization an alliance name written at start..end stands for: the party written
        there, else the article's one organization whose name ends in it (公益联盟 for 某某商圈公益联盟
        named before), as a pointer to where that one is named."""
        here = next((p for p in inside if p.start <= start and end <= p.end), None)
        if here is not None:
            return here if here.label == "organizations" and here.canonical.endswith(ALLIANCE_HEAD) else None
        written = text[start:end]
        named = {p.canonical: p for p in art.parties
                 if p.label == "organizations" and p.origin is None and p.canonical.endswith(written) and p.start < start}
        if len(named) != 1:
            return None  # no alliance, or more than one the short name may mean
        p = next(iter(named.values()))
        return _Party(start, end, p.party, (p.start, p.end))

    def _joins_alliance(self, art: _Article, text: str, pos: int, inside: list[_Party]) -> bool:
        """A join of an alliance that is an organization opens at `pos`."""
        join = RE_ALLIANCE_JOIN.match(text, pos)
        return join is not None and self._alliance(art, text, *join.span("name"), inside) is not None

    def _alliance_roster_at(self, art: _Article, text: str, end: int, inside: list[_Party]) -> bool:
        """A roster of an alliance that is an organization ends at `end` (某某联盟成员单位包括)."""
        return any(
            (roster := RE_ALLIANCE_ROSTER.match(text, p.end)) is not None and roster.end() == end
            and self._alliance(art, text, p.start, p.end, inside) is not None
            for p in inside if p.end < end
        )

    def _alliance_members(self, art, text, s_start, s_end, inside, places, blocked):
        """Members of an alliance that is an organization (RE_ALLIANCE_JOIN, RE_ALLIANCE_ROSTER,
        RE_ALLIANCE_AS): each pairs with the alliance."""
        for match in RE_ALLIANCE_JOIN.finditer(text, s_start, s_end):
            if not self._word_ok(text, match.start(), match.end(), blocked, places):
                continue
            alliance = self._alliance(art, text, *match.span("name"), inside)
            if alliance is None:
                continue
            members, implied = self._actor(art, places, text, s_start, match.start(), inside, [alliance])
            if implied or not members or not self._opens_clause(text, s_start, members[0], places):
                continue
            if not RE_ALLIANCE_JOIN_GAP.match(text[members[-1].end : match.start()]):
                continue  # a unit urging others to join (某局鼓励…单位加入联盟) is no member
            yield _Claim((alliance,), tuple(members), ALLIANCE_WORD, False, False, match.start())
        for alliance in inside:
            roster = RE_ALLIANCE_ROSTER.match(text, alliance.end, s_end)
            if roster is None or self._alliance(art, text, alliance.start, alliance.end, inside) is None:
                continue
            clause_end = next((m.start() for m in RE_CLAUSE_END.finditer(text, roster.end(), s_end)), s_end)
            closer = RE_ALLIANCE_FORMED.search(text, roster.end(), clause_end)
            if roster.group("by") and closer is None:
                continue
            members = _roster_items(text, roster.end(), closer.start() if closer else clause_end, inside)
            if members:
                yield _Claim((alliance,), tuple(members), ALLIANCE_WORD, False, False, roster.start())
        for match in RE_ALLIANCE_AS.finditer(text, s_start, s_end):
            alliance = self._alliance(art, text, *match.span("name"), inside)
            member = next((p for p in inside if p.start >= match.end()), None)
            if alliance is None or member is None or not self._gap_ok(text, match.end(), member.start, places):
                continue
            yield _Claim((alliance,), (member,), ALLIANCE_WORD, False, False, match.start())

    def _opens_clause(self, text: str, s_start: int, p: _Party, places) -> bool:
        """`p` opens its clause: only gap words, places or a scene lead (健康展位上) before it."""
        lead = self._unplaced(text, _clause_start(text, s_start, p.start), p.start, places)
        return bool(_patterns()["gap"].match(lead) or RE_SCENE_LEAD.match(lead))

    def _member(self, art, text, s_start, s_end, inside, places, blocked):
        """A作为B(的)共建单位, A是B的共建单位: A is B's partner unit (or runs B: 运营方)."""
        for b in inside:
            lead = self._unplaced(text, max(s_start, b.start - 12), b.start, places)
            as_mark = RE_AS_BEFORE.search(lead)
            is_mark = None if as_mark else RE_IS_BEFORE.search(RE_QUOTE_MARKS.sub("", lead))
            if not (as_mark or is_mark):
                continue
            member = RE_MEMBER_AFTER.match(text, b.end, s_end)
            if not member:
                continue
            pos = text.rfind("作为" if as_mark else "是", s_start, b.start)
            if is_mark:
                a = next((p for p in reversed(inside) if p.end <= pos), None)
                a_list, implied = ([a], False) if a is not None and not RE_QUOTE_MARKS.sub("", text[a.end : pos]) else ([], False)
            else:
                a_list, implied = self._actor(art, places, text, s_start, pos, inside, [b])
            if a_list:
                word = member.group().replace("项目", "").lstrip("”’的").removesuffix("单位").removesuffix("社区").removesuffix("机构").removesuffix("方")
                yield _Claim(tuple(a_list), (b,), word, False, implied, pos)

    def _unit_of(self, art, text, s_start, s_end, inside, places, blocked):
        """共建单位B: B named as a community's partner unit (…由社区的共建单位B承担, 某社区的共建单位B
        派医生坐诊): B is the partner of the community written right before the word, else of the
        article's own community, else, in an article following several communities in turn, of the
        one named last before it in its paragraph (basis "implied_subject"). Round 16 third wave: the
        pattern in four pooled articles from four outlets; round 57 h2: 包保单位, the nearest
        community, and names licensed after the word (licensed.py), four articles of three pool sets."""
        for match in RE_UNIT_OF.finditer(text, s_start, s_end):
            pos = match.start()
            # 社区 of the pattern may be the end of the community's own name (某社区共建单位B)
            pos = next((p.end for p in inside if p.start < pos < p.end <= match.end()), pos)
            if places[pos] or any(s <= pos < e for s, e in blocked):
                continue
            b = next((p for p in inside if p.start >= match.end()), None)
            if b is None or b.label != "organizations" or RE_QUOTE_MARKS.sub("", text[match.end() : b.start]):
                continue
            a = next((p for p in reversed(inside) if p.end <= pos), None)
            if a is not None and a.label == "communities" and text[a.end : pos] in ("", "的"):
                a_list, implied = [a], False
            elif art.home is not None:
                a_list, implied = [art.home], True
            elif (near := self._community_before(art, text, pos)) is not None:
                a_list, implied = [near], True
            else:
                continue
            b_list = [q for q in self._list_after(text, b, inside, places=places) if q.label == "organizations"]
            word = next((w for w in ("双报到", "结对", "包保") if w in match.group()), "共建") + "单位"
            yield _Claim(tuple(a_list), tuple(b_list), word, False, implied, pos)

    @staticmethod
    def _community_before(art, text: str, pos: int) -> "_Party | None":
        """The community a partner-unit word belongs to in an article with no community of its own
        (a feature going from one community to the next: 甲社区…。乙社区…。社区请来“双报到”单位B):
        the nearest one named before `pos`, in the same paragraph and at most MAX_MOVED_BACK
        sentences back."""
        for p in reversed([q for q in art.parties if q.end <= pos]):
            between = text[p.end : pos]
            if "\n" in between or len(RE_SENTENCE_END.findall(between)) > MAX_MOVED_BACK:
                return None
            if p.label == "communities":
                return p
        return None

    def _passive_by(self, art, text, s_start, s_end, inside, places, blocked):
        """B被A…<word>: A acts on B (B被A引入, B均被A等机构现场对接). B is the party (or list)
        right before 被 in its clause, or, when the clause opens with 被 after adverbs only, the
        list opening the clause before it."""
        words = _patterns()["forward"]
        for mark in RE_PASSIVE_BY.finditer(text, s_start, s_end):
            pos = mark.start()
            a = next((p for p in inside if p.start > pos), None)
            if a is None or not self._gap_ok(text, pos + 1, a.start, places):
                continue
            a_list = self._list_after(text, a, inside, places=places)
            clause_end = RE_CLAUSE_MARK.search(text, a_list[-1].end, s_end)
            limit = clause_end.start() if clause_end else s_end
            word = next((m for m in words.finditer(text, a_list[-1].end, limit) if self._word_ok(text, m.start(), m.end(), blocked, places)), None)
            if word is None or not RE_PASSIVE_BY_GAP.match(self._unplaced(text, a_list[-1].end, word.start(), places)):
                continue
            b_list = self._passive_targets(text, s_start, pos, inside, places)
            b_list = [b for b in self._take(_relations()[word.group()], b_list) if b not in a_list]
            if b_list:
                yield _Claim(tuple(a_list), tuple(b_list), word.group(), False, False, word.start())

    def _passive_targets(self, text: str, s_start: int, pos: int, inside: list[_Party], places) -> list[_Party]:
        """Who is acted on before 被 at `pos`: the list ending right before it (adverbs aside), or
        the list opening the previous clause when 被 opens its clause (…项目，分别被A对接)."""
        clause_start = _clause_start(text, s_start, pos)
        before = [p for p in inside if clause_start <= p.start and p.end <= pos]
        if before:
            if not RE_PASSIVE_ADVERB.match(self._unplaced(text, before[-1].end, pos, places)):
                return []
            return self._list_before(text, before[-1], before[:-1])
        if clause_start <= s_start or not RE_PASSIVE_ADVERB.match(self._unplaced(text, clause_start, pos, places)):
            return []
        prev_start = _clause_start(text, s_start, clause_start - 1)
        opening = [p for p in inside if prev_start <= p.start and p.end < clause_start]
        if not opening or len(self._unplaced(text, prev_start, opening[0].start, places)) > MAX_SUBJECT_LEAD:
            return []
        return self._list_after(text, opening[0], opening, places=places)

    def _by(self, art, text, s_start, s_end, inside, places, blocked):
        """X由A<role>，B<role>: the role takers act together; an operator role runs X."""
        by = text.find("由", s_start, s_end)
        if by < 0:
            return
        groups = self._role_groups(text, by + 1, s_end, inside, places)
        unnamed: dict[str, int] = {}
        items = _credit_items(text, by + 1, s_end, inside)
        read = sum(len(m) for m, _ in groups)
        if items is not None and sum(len(m) for m, _ in items[0]) + sum(items[1].values()) > read:
            groups, unnamed = items
        takers = [(p, role) for members, role in groups for p in members]
        if not takers:
            return
        kinds = _roles()
        for members, role in groups:
            if len(members) > 1 and role in FOUNDING_WORDS:
                # 由A、B与C发起: the listed units started it together (co-actors)
                yield _Claim((), tuple(members), role, True, False, by)
        operators = [p for p, role in takers if kinds[role] == "operator"]
        guides = [p for p, role in takers if kinds[role] == "guide"]
        credit_hosts = [p for p, role in takers if role in CREDIT_HOSTS]
        if operators and guides and not credit_hosts and len(takers) <= MAX_CREDITED:
            # 由A指导，B主办，C承办: an event's credit line (RE_HOST_CREDIT) pairs no guide with C;
            # a longer line (three guides, two co-operators, eleven 协办 units) pairs no guide at all
            yield _Claim(tuple(guides), tuple(operators), takers[0][1], False, False, by)
        topic = self._topic_before(text, s_start, by, inside, art.parties)
        event = topic is not None and _credits_event(text, topic, by, takers)
        if event:
            topic = None  # 某某进社区活动由A、B、C主办: read as a line with no topic
        if topic is None and operators and not guides and _sole_host(takers) \
                and not RE_CREDIT_RELATIVE.match(text, operators[-1].end):
            # 由A主办，B承办: B puts the event on for its one host A. Round 47: the gold pairs them in
            # five pool articles of four sets; with a named topic (该项目由A主办，B承办) it pairs each
            # with the topic instead (one article), and a line of several co-hosts (由A、B、C主办，
            # D、E承办: a city contest in the dev set) pairs none, so only a sole host qualifies. A line
            # with a guide, or closing on 承办的 before the event (round 30), still pairs nothing.
            yield _Claim(tuple(credit_hosts), tuple(operators), "承办", False, False, by)
        if topic is None and not event and (operators or guides) and RE_CLAUSE_MARK.search(text, s_start, by):
            # X位于…，…，由B承接运营: the operator runs the sentence's named subject; X成立于…，由A发起:
            # the founder backs it
            backers = operators or guides
            subject, implied = self._actor(art, places, text, s_start, by, inside, backers)
            topic = subject[0] if subject and not implied and subject[0] not in backers else None
            if topic is not None and _closes_aside(text, topic.end, by):
                topic = None  # （某媒体记者某某报道）8月2日，由A主办: a byline's outlet is no subject
        if topic is not None and (operators or guides or _credits_programme(topic, takers)):
            yield _topic_claim(topic, takers, by)
        elif topic is None:
            yield from _credited_claims(text, groups, by, unnamed)

    def _operated(self, art, text, s_start, s_end, inside, places, blocked):
        """B<operator role>的X: a programme named right after a relative clause whose verb is an
        operator role (阳光社工服务中心承办的“邻里节”, 某中心负责运营的某驿站) is run by the party
        right before that role. Not B承办的X after a host's credit (由A主办，B承办的“X”: RE_HOST_CREDIT)."""
        kinds = _roles()
        for x in inside:
            if x.label != "programs" or x.start <= s_start:
                continue
            window = max(s_start, x.start - 12)
            found = RE_OPERATED_BEFORE.search(text, window, x.start)
            if not found or kinds.get(found.group(1)) != "operator":
                continue
            role_at = found.start()
            b = next((p for p in reversed(inside) if p.end <= role_at), None)
            if b is None or b is x or not self._gap_ok(text, b.end, role_at, places):
                continue
            if found.group(1) == "承办" and RE_HOST_CREDIT.search(text, s_start, b.start):
                continue  # 由A主办，B承办的“X”: an event's credit line (RE_HOST_CREDIT)
            yield _Claim((b,), (x,), found.group(1), False, False, found.start(1))

    def _founded(self, art, text, s_start, s_end, inside, places, blocked):
        """(由)A(、B)(共同)发起的(公益项目)X: the organizations that started or fund a programme
        stand behind it, and with each other when several did (某基金会、某中心联合发起的助餐项目
        “某某”, 由某基金会资助的“某某”).
        With 打造 or 运营 only after 由 (由某公司打造的“某某”): a unit's own 打造的 brand is its
        own work, not a partnership."""
        for x in inside:
            if x.label != "programs" or x.start <= s_start:
                continue
            found = RE_FOUNDED_BEFORE.search(text, max(s_start, x.start - 16), x.start)
            if not found:
                continue
            at = found.start()
            before = [p for p in inside if s_start <= p.start and p.end <= at]
            if not before or not self._gap_ok(text, before[-1].end, at, places):
                continue
            founders = self._list_before(text, before[-1], before[:-1])
            if any(p.label != "organizations" for p in founders):
                continue
            if found.group(2) not in FOUNDING_WORDS and not text[:founders[0].start].rstrip().endswith("由"):
                continue
            yield _Claim((), tuple(founders) + (x,), found.group(2), True, False, at)

    def _funded(self, art, text, s_start, s_end, inside, places, blocked):
        """F的“P”、“Q”…: a foundation or fund (FUNDER_HEADS) and the programmes named right after
        its 的, each item after the first following a descriptor and 、."""
        for i, a in enumerate(inside):
            if not a.canonical.endswith(FUNDER_HEADS) or i + 1 == len(inside):
                continue
            first = inside[i + 1]
            if first.label != "programs" or not RE_FUNDED_AFTER.match(text[a.end : first.start]):
                continue
            programmes = [first]
            for p in inside[i + 2 :]:
                if p.label != "programs" or not RE_FUNDED_LIST_GAP.match(text[programmes[-1].end : p.start]):
                    break
                programmes.append(p)
            yield _Claim((a,), tuple(programmes), "的", False, False, a.end)

    def _role_groups(self, text: str, pos: int, s_end: int, inside: list[_Party], places) -> list[tuple[list[_Party], str]]:
        """由A负责指导和监督，B承接…: (takers, role) for one taker or one list of takers per clause
        from `pos` (由A、B与C共同发起), each right at its clause's start (gap words and places aside)
        and followed by a role word."""
        role_after = _patterns()["role_after"]
        gap = _patterns()["gap"]
        takers: list[tuple[list[_Party], str]] = []
        while True:
            p = next((q for q in inside if q.start >= pos), None)
            if p is None or not gap.match(self._unplaced(text, pos, p.start, places)):
                break
            members = self._list_after(text, p, inside, s_end, places)
            role = role_after.match(text, members[-1].end, s_end)
            if not role and len(members) > 1:
                members = [p]
                role = role_after.match(text, p.end, s_end)
            if not role:
                break
            takers.append((members, role.group(1)))
            mark = RE_ROLE_NEXT.search(text, role.end(), s_end)
            if not mark:
                break
            pos = mark.end()
        return takers

    def _topic_before(self, text: str, s_start: int, pos: int, inside: list[_Party], parties: list[_Party]) -> _Party | None:
        """The party a 由-clause is about, right before 由: a party mention, or a quoted short name
        of a programme the article names in full (三处“共享书吧”由… → 青禾书香·共享书吧)."""
        topic = next((p for p in reversed(inside) if p.end <= pos), None)
        if topic is not None and RE_TOPIC_HEAD.match(RE_QUOTE_MARKS.sub("", text[topic.end : pos])):
            return topic
        quoted = RE_QUOTED_BEFORE.search(text, s_start, pos)
        if not quoted:
            return None
        name = quoted.group(1)
        for p in parties:
            if p.label == "programs" and p.canonical.endswith(name) and p.canonical != name:
                return _Party(quoted.start(1), quoted.end(1), p.party)
        return None

    def _together(self, art, text, s_start, s_end, inside, places, blocked):
        """A、B(等)共同/联合<verb>: a list of parties acting together; A、B的<staff>组成…: their staff
        form one team."""
        for i, first in enumerate(inside):
            if i and _joined(text, inside[i - 1].end, first.start):
                continue  # not the head of its list
            members = self._bridged_list_after(text, first, inside[i:], len(text), places)
            if len(members) < 2 or self._list_of_another_frame(text, s_start, first, members, places, inside[:i]):
                continue
            tail = self._unplaced(text, members[-1].end, min(s_end, members[-1].end + 40), places)
            together = RE_TOGETHER_AFTER.match(tail)
            if together:
                word = together.group(1) or together.group(2) or together.group(3)
                yield _Claim((), tuple(members), word, True, False, first.start)
            elif (comma := RE_TOGETHER_COMMA.match(tail)) and self._opens_clause(text, s_start, first, places):
                yield _Claim((), tuple(members), comma.group(1), True, False, first.start)
            elif (act := RE_CO_SUBJECT_ACT.match(tail) or RE_CO_SUBJECT_JOINT_ACT.match(tail)) and self._co_subjects(text, s_start, members, places) \
                    and not (act.group(1) == "开展" and RE_ACT_IN_RELATIVE.match(tail)):
                yield _Claim((), tuple(members), act.group(1), True, False, first.start)
            elif (act := RE_PAIR_SUBJECT_ACT.match(tail)) and self._pair_subject(text, s_start, members, places):
                yield _Claim((), tuple(members), act.group(1), True, False, first.start)
            elif (made := RE_BY_LIST_MAKES.match(tail)) and self._after_by(text, s_start, first, places):
                yield _Claim((), tuple(members), made.group(1), True, False, first.start)
            elif team := _patterns()["joint_team"].match(tail):
                yield _Claim((), tuple(members), team.group(1), True, False, first.start)
            elif (staff := _patterns()["staff_together"].match(tail)) and self._opens_clause_or_from(text, s_start, first, places):
                yield _Claim((), tuple(members), staff.group(1), True, False, first.start)

    def _after_by(self, text: str, s_start: int, p: _Party, places) -> bool:
        """Only 由 stands right before `p` (该平台由A、B…, 介绍了由A、B…): the list names the agents of
        the act after it."""
        lead = self._unplaced(text, _clause_start(text, s_start, p.start), p.start, places)
        return RE_QUOTE_MARKS.sub("", lead).endswith("由")

    def _opens_clause_or_from(self, text: str, s_start: int, p: _Party, places) -> bool:
        """`p` opens its clause, or only 来自 stands before it there (来自A、B的志愿者…): a list
        there is the subject of its clause, not the object of a verb before it (组织A、B的志愿者…)."""
        clause_start = _clause_start(text, s_start, p.start)
        lead = self._unplaced(text, clause_start, p.start, places)
        if lead.endswith("来自"):
            lead = lead[:-2]
        return bool(_patterns()["gap"].match(lead) or RE_SCENE_LEAD.match(lead))

    def _co_subjects(self, text: str, s_start: int, members: list[_Party], places) -> bool:
        """A list written as one (、, 和, 及) that opens its clause: the joint subject of the act after
        it. A与B举行座谈 is left to the with-frame, whose words say what the two do together."""
        joins = (self._unplaced(text, a.end, b.start, places) for a, b in zip(members, members[1:]))
        return self._opens_clause(text, s_start, members[0], places) and not any(RE_WITH_JOIN.search(j) for j in joins)

    def _pair_subject(self, text: str, s_start: int, members: list[_Party], places) -> bool:
        """Exactly two parties joined by one 与 or 和 that open their clause (A与B于某月启动…): the
        joint subject of the act after them, which the with-frame leaves unpaired for want of a
        relation word."""
        if len(members) != 2:
            return False
        join = self._unplaced(text, members[0].end, members[1].start, places)
        return join in PAIR_JOINS and self._opens_clause(text, s_start, members[0], places)

    def _list_of_another_frame(self, text: str, s_start: int, first: _Party, members: list[_Party], places, before=()) -> bool:
        """A list that is not the subject of its own joint act: A与B、C结对 (B and C are each A's
        partners, which the with-frame pairs, not partners of each other: a 与/同/跟 join followed
        by more items), a head after 与/和/同 (X与A、B…: the with-frame's list), or a head after a
        list mark (…、B、C结对: the tail of a longer list whose earlier item no extractor named)."""
        clause_start = _clause_start(text, s_start, first.start)
        lead = self._unplaced(text, clause_start, first.start, places)
        if lead.endswith("、") and self._unnamed_opening(lead, clause_start, before):
            lead = ""  # 由某某站点、A、B共同实施: the items no extractor named open the list, A and B go on with it
        if lead.endswith("、") or self._with_before(text, clause_start, first, places):
            return True
        joins = [self._unplaced(text, a.end, b.start, places) for a, b in zip(members, members[1:])]
        return len(members) > 2 and any(RE_WITH_JOIN.fullmatch(j) for j in joins[:-1])

    @staticmethod
    def _unnamed_opening(lead: str, clause_start: int, before) -> bool:
        """The lead of a list's first named item is only items no extractor named, after the
        clause's own opening (该项目由某某站点、A、B…): no party before it in the clause, no with-mark
        (A与某某站、B: B is A's partner, not a list head) and no clause word in the items."""
        if any(p.start >= clause_start for p in before):
            return False
        items = RE_UNNAMED_OPENING.fullmatch(lead)
        names = items.group(1).replace("、", "") if items else ""
        return bool(items) and not RE_WITH_MARK.search(names) and not regex.search(clause_words(), names)

    def _visit(self, art, text, s_start, s_end, inside, places, blocked):
        """A(的)<staff>…<visit word>B: A's staff go to serve B (see the module doc)."""
        pats = _patterns()
        for match in pats["visit"].finditer(text, s_start, s_end):
            rs, re_ = match.span()
            word = match.group()
            if places[rs] or any(s <= rs < e for s, e in blocked):
                continue  # inside a place or a party's name (F2: no name part follows a visit word: 走进社区)
            target, implied = self._visit_target(art, text, re_, s_end, inside, places, VISIT_ACT_AFTER.get(word))
            if target is None:
                if word in VISIT_MOVES:  # A及B一行走进某办学点: no named place, the co-visitors still
                    co = self._co_visitors(art, text, s_start, rs, inside, places, NO_TARGET)
                    if co:
                        yield _Claim(co[:1], co[1:], word, True, False, rs)
                continue
            # a programme (a team: 某宣讲团走进某社区) is no unit with staff: the dev gold never pairs
            # a team with the community it performs in
            actors = [a for a in self._visit_actors(art, text, s_start, rs, inside, places, target) if a.label != "programs"]
            co = self._co_visitors(art, text, s_start, rs, inside, places, target, actors)
            if co:
                yield _Claim(co[:1], co[1:], word, True, False, rs)
            # staff going into a residential estate or a village serve the people who live there: the
            # place is where they work, not a partner (round 51: in the three articles of three pool
            # sets where this frame met one, the gold paired no visitor with it; 某医院医护人员走进某小区,
            # 某社工事务所社工走进某村). Co-visitors are still paired above.
            targets = tuple(t for t in self._visit_targets(text, target, inside, s_end, places)
                            if not t.canonical.endswith(_dwelling_suffixes()))
            if actors and targets:
                yield _Claim(tuple(actors), targets, word, False, implied, rs)

    def _co_visitors(self, art, text, s_start, pos, inside, places, target, actors=None) -> tuple[_Party, ...]:
        """Two or more units whose staff go together (某局、某协会各宣讲分队走进…, 甲医院、乙中心和
        丙社区的职工们一起来到某小区, 甲团委及乙基金会一行走进…) work together: they are paired
        with each other, whether or not the place they go to is a named party (round 14 second wave:
        three tuning articles from different outlets). Only a list written as one (、/和/及/与), with
        staff words or 一行 between it and the visit word."""
        if actors is None:
            actors = [a for a in self._visit_actors(art, text, s_start, pos, inside, places, target) if a.label != "programs"]
            if not actors:
                last = next((p for p in reversed(inside) if p.end <= pos and p.start >= s_start), None)
                if last is not None and RE_CO_VISIT_GAP.match(self._unplaced(text, last.end, pos, places)):
                    clause_start = _clause_start(text, s_start, last.start)
                    before = [p for p in inside if clause_start <= p.start and p.end <= last.start]
                    actors = [p for p in self._list_before(text, last, before) if p.label != "programs"]
        return tuple(actors) if len(actors) >= 2 else ()

    def _visit_targets(self, text: str, target: _Party, inside: list[_Party], s_end: int, places) -> tuple[_Party, ...]:
        """The target and the communities listed right after it (走进甲社区、某街道乙社区开展…: the
        staff serve each); a list of organizations after a community ends there."""
        if target.label != "communities" or target not in inside:
            return (target,)
        listed = self._list_after(text, target, inside, s_end, places)
        return tuple(p for p in listed if p.label == "communities") or (target,)

    def _visit_target(self, art, text, pos, s_end, inside, places, act) -> tuple[_Party | None, bool]:
        """Where the staff go (or whom they serve, with a preposition and its `act`): the community or
        organization right after the word (gap words and places aside), else a bare 社区 standing for
        the article's own community."""
        b = next((p for p in inside if p.start >= pos), None)
        if b is not None and b.label != "programs" and self._gap_ok(text, pos, b.start, places):
            if act is not None and not act.match(text, b.end, s_end):
                return None, False
            unit = _own_unit(b, inside)  # 某社区党委 written 某社区 + unit: the unit (a programme is no place)
            return (b if unit.label == "programs" else unit), False
        if act is not None or art.home is None:
            return None, False
        bare = RE_VISIT_BARE.match(self._unplaced(text, pos, min(s_end, pos + 8), places))
        return (art.home, True) if bare else (None, False)

    def _visit_actors(self, art, text, s_start, pos, inside, places, target, carried: bool = False) -> list[_Party]:
        """Whose staff go: the party (or list) right before its staff words in the clause; after
        组织/带领… + staff, the organizer (the clause's actor). A visit word opening its clause
        carries on the clause before it once (…组织30余名大学生志愿者，走进B开展…)."""
        clause_start = _clause_start(text, s_start, pos)
        if not carried and clause_start > s_start and text[clause_start - 1] in "，," and not self._unplaced(text, clause_start, pos, places):
            return self._visit_actors(art, text, s_start, clause_start - 1, inside, places, target, carried=True)
        before = [p for p in inside if clause_start <= p.start and p.end <= pos and p.canonical != target.canonical]
        staff = _patterns()["visit_staff"]
        if before:
            last = before[-1]
            gap = self._unplaced(text, last.end, pos, places)
            if staff.match(gap):
                return self._list_before(text, last, before[:-1])
            sender = RE_VISIT_SENDER.match(gap)
            if sender and last.label == "organizations" and staff.match(gap[sender.end() :]):
                return self._list_before(text, last, before[:-1])  # 某中心组织党员志愿者前往B: the unit sends its staff
            if (
                last.label == "organizations" and target.label == "communities" and any(text.startswith(move, pos) for move in VISIT_MOVES)
                and RE_VISIT_UNIT_GAP.match(gap) and RE_VISIT_UNIT_ACT.match(text, target.end)
            ):
                # the unit itself goes, no staff word (某司法所深入某社区开展…, 某分行一行人走进某村，
                # 开展…): an organization moving into a named community to act there; 为/给/在/到 and
                # a visit with no act after it (某局来到某社区调研) are left to the other frames
                return self._list_before(text, last, before[:-1])
            return []
        lead = self._unplaced(text, clause_start, pos, places)
        for sender in RE_VISIT_SENDER.finditer(lead):
            if staff.match(lead[sender.end() :]):
                at = text.find(sender.group(), clause_start, pos)
                actors, implied = self._actor(art, places, text, s_start, at, inside, [target])
                return [] if implied else actors
        return []

    # --- pairing ---------------------------------------------------------------------------

    @staticmethod
    def _paired(claims: list[_Claim]):
        """(a, b, relation, implied, anchor) for every pair the claims make."""
        groups: list[tuple[list[_Party], set[str], _Claim]] = []
        for claim in claims:
            if claim.respective:
                for a, b in zip(claim.actors, claim.partners):
                    yield a, b, claim.relation, claim.implied, claim.anchor
                continue
            if not claim.group:
                for a in claim.actors:
                    for b in claim.partners:
                        yield a, b, claim.relation, claim.implied, claim.anchor
                continue
            _merge_group(groups, claim)
        for members, _, claim in groups:
            implied = {p.canonical for p in claim.actors} if claim.implied else set()
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    if a.canonical != b.canonical:
                        yield a, b, claim.relation, bool(implied & {a.canonical, b.canonical}), claim.anchor


def _not_a_party(p: _Party, claim: _Claim, text: str) -> bool:
    """A programme in a claim that is no party of its word: what the units build together
    (共建的“某某站”, RE_BUILT_TOGETHER), the name of an event or agreement (“某某”主题活动，并与B…),
    or a thing made by an agent named after 由 in the relation word's own
    clause, the partners after the word in that clause (“某驿站”由A联合B建设: the pair is A and B; in “某屋”由A指导，
    B承接 B takes the programme on, a pair)."""
    if p.label != "programs":
        return False
    if p in claim.partners and 0 <= claim.anchor < p.start and RE_BUILT_TOGETHER.fullmatch(text, claim.anchor, p.start):
        return True
    if RE_EVENT_NAMED.match(text, p.end):
        # the event a unit runs (A承办的“某某节”活动) is that unit's programme: kept
        return not (0 <= claim.anchor < p.start and RE_RUN_EVENT.fullmatch(text, claim.anchor, p.start))
    return (
        p in claim.actors and RE_MADE_BY.match(text, p.end) is not None
        and 0 <= claim.anchor and p.end < claim.anchor and text.startswith(claim.relation, claim.anchor)
        and not RE_CLAUSE_BREAK.search(text, p.end, claim.anchor)
        and all(b.start > claim.anchor and not RE_CLAUSE_BREAK.search(text, claim.anchor, b.start) for b in claim.partners)
    )


def _without_event_names(claim: _Claim, text: str) -> "_Claim | None":
    """The claim without its programmes that are no party (`_not_a_party`); None when a side empties
    (unless a group word's partners are left: they are co-actors still)."""
    actors = tuple(p for p in claim.actors if not _not_a_party(p, claim, text))
    partners = tuple(p for p in claim.partners if not _not_a_party(p, claim, text))
    if actors == claim.actors and partners == claim.partners:
        return claim
    if not actors and claim.group and len(partners) > 1:
        actors, partners = partners[:1], partners[1:]  # a group word's partners still work together
    if not actors or not partners or (claim.respective and len(actors) != len(partners)):
        return None
    return replace(claim, actors=actors, partners=partners)


def _cut_by_community(p: _Party, found: list[_Party], places: bytearray) -> bool:
    """An organization that is only a place and the first part of a community's name going on past it
    (某街道|某大学社区: the organization extractor read 某街道某大学 where the text names 某大学社区): the
    community holds the head word, the organization is a misreading. Where the organization's own
    name runs into the community (某银行某分行|与某社区), the community is the misreading: kept."""
    return p.label == "organizations" and any(
        q.label == "communities" and p.start < q.start < p.end < q.end and all(places[p.start : q.start]) for q in found
    )


def _both_sides_claim(both: "discourse.BothSides") -> _Claim:
    """双方…<word of joint work>: the two parties it stands for act together; their stand-ins run
    from 双方 to the word, so the pair's evidence in this sentence is that clause."""
    sides = tuple(_Party(both.start, both.word_end, p.party, p.origin) for p in (both.first, both.second))
    return _Claim((), sides, both.word, True, False, both.start)


def _own_unit(p: _Party, inside: list[_Party], places: bytearray | None = None) -> _Party:
    """The party written right after community `p` with nothing between (某某社区“某某”志愿服务队):
    the community only says whose unit it is; else `p` itself. With `places`, an organization
    written right before a place and another party, no mark between (某区管委会|某街道|某社区党总支,
    an address chain from the higher body down), only says where that party sits: the last party of
    the chain is the item."""
    if places is not None and p.label == "organizations":
        q = next((q for q in inside if q.start >= p.end), None)
        if q is not None and q.start - p.end >= 2 and all(places[p.end : q.start]):
            return _own_unit(q, inside, places)
    if p.label != "communities":
        return p
    return next((q for q in inside if q.start == p.end and q.label != "communities"), p)


def _roster_items(text: str, start: int, end: int, inside: list[_Party]) -> list[_Party]:
    """The named items of a roster written from `start` to `end` (A、B、C和D): the parties standing
    whole between list marks; items no extractor named are passed over."""
    return [
        p for p in inside
        if start <= p.start and p.end <= end
        and (p.start == start or text[p.start - 1] in ROSTER_JOINS_BEFORE)
        and (p.end == end or text[p.end] in ROSTER_JOINS_AFTER)
    ]


def _a_host(p: _Party, hosts: tuple[_Party, ...]) -> bool:
    """`p` is one of the hosts, a unit of one, or a community host's own body written in full
    (中共某市某街道某社区委员会 for 某社区)."""
    return any(same_unit(p.canonical, h.canonical) or (h.label == "communities" and h.canonical in p.canonical) for h in hosts)


def _owner(text: str, p: _Party, inside: list[_Party]) -> _Party:
    """The community written right before programme `p` (某社区“17”党建联盟, quote marks aside):
    the community runs it and hosts what it holds; else `p` itself (the reverse of _own_unit)."""
    if p.label != "programs":
        return p
    owner = next((q for q in inside if q.end <= p.start and not RE_QUOTE_MARKS.sub("", text[q.end : p.start])), None)
    return owner if owner is not None and owner.label == "communities" else p


def _floor(clause: list[_Party], i: int, clause_start: int) -> int:
    """Where the stretch before the clause's i-th party starts: the end of the party before it, or
    the clause's start (a with-list's unnamed first items lie in between, `_with_unnamed_first`)."""
    return clause[i - 1].end if i else clause_start


def _held_at(text: str, word_end: int, first: int, last_end: int) -> bool:
    """A forward word whose partners are introduced by 在 and closed by a holding verb (…培训在B举行):
    B is where the event takes place."""
    return text[word_end:first].strip().startswith("在") and bool(RE_HELD_AT_VERB.match(text, last_end))


def _holds_verb(run: str) -> bool:
    """A word of two or more characters in `run` that jieba's dictionary tags as a verb, adverb,
    preposition or conjunction (推出, 打造, 建设): the run is a clause, not a name (通城网红)."""
    tags = word_tags()
    return any(tags.get(run[i:j], "")[:1] in VERB_TAGS for i in range(len(run)) for j in range(i + 2, min(len(run), i + 4) + 1))


def _place_spans(places) -> list[tuple[int, int]]:
    """The (start, end) of each run of place characters in the mask."""
    return [m.span() for m in regex.finditer(rb"[^\x00]+", bytes(places))]


def _clause_start(text: str, start: int, pos: int) -> int:
    """Where the clause holding `pos` starts: after the last clause mark (，；：) from `start`."""
    clause_start = start
    for mark in RE_CLAUSE_MARK.finditer(text, start, pos):
        clause_start = mark.end()
    return clause_start


def _closes_aside(text: str, start: int, end: int) -> bool:
    """Does `text[start:end]` close a bracket it did not open, so that whatever stands at `start`
    sits inside a parenthetical aside (a byline, a gloss) and not in the clause after it?"""
    depth = 0
    for ch in text[start:end]:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            if depth == 0:
                return True
            depth -= 1
    return False


def _credited_claims(
    text: str, groups: list[tuple[list[_Party], str]], by: int, unnamed: "dict[str, int] | None" = None
):
    """The units of a 由-credit line that put its event on together (CREDITED_ROLES): all of
    them when the line credits at most MAX_CREDITED (MAX_FLAT_CREDITED on a flat line), the
    `unnamed` items it credits (by role) counted too; its hosts and operators all with all on a
    line of tiers of at most MAX_SHORT_CREDIT_LINE; else each role list that short credited with
    a joint word (RE_JOINT_CREDIT) and its host and operator tiers when they are short
    (_core_tiers)."""
    unnamed = unnamed or {}
    lists = [members for members, role in groups if role in CREDITED_ROLES]
    credited = list(dict.fromkeys(p for members in lists for p in members))
    flat = _flat_credit(groups)
    cap = MAX_FLAT_CREDITED if flat else MAX_CREDITED
    size = len(credited) + sum(unnamed.values())
    if size <= cap:
        lists = [credited]
    elif not flat and size <= MAX_SHORT_CREDIT_LINE:
        lists, cap = [_core_cast(groups)], MAX_SHORT_CREDIT_LINE
    else:
        lists = [members for members in lists if RE_JOINT_CREDIT.match(text, members[-1].end)]
        lists.extend(_core_tiers(groups, unnamed))
    for members in lists:
        if 2 <= len(members) <= cap:
            yield _Claim((), tuple(members), "主办", True, False, by)


def _core_cast(groups: list[tuple[list[_Party], str]]) -> list[_Party]:
    """The hosts and operators of a short credit line (MAX_SHORT_CREDIT_LINE) as one list."""
    return list(dict.fromkeys(p for members, role in groups if role in CORE_CREDITS for p in members))


def _core_tiers(groups: list[tuple[list[_Party], str]], unnamed: dict[str, int]) -> list[list[_Party]]:
    """The host and operator tiers of a credit line that also credits helpers (CORE_CREDITS), each
    as its own list, when together they credit at most MAX_CREDITED units, the items no extractor
    named counted too."""
    tiers: dict[str, list[_Party]] = {}
    for members, role in groups:
        if role in CORE_CREDITS:
            tier = tiers.setdefault(role, [])
            tier += [p for p in members if p not in tier]
    helped = any(role in CREDITED_ROLES - CORE_CREDITS for _, role in groups)
    core = sum(map(len, tiers.values())) + sum(unnamed.get(role, 0) for role in CORE_CREDITS)
    if not helped or core > MAX_CREDITED:
        return []
    return list(tiers.values())


def _flat_credit(groups: list[tuple[list[_Party], str]]) -> bool:
    """A credit line whose units stand as equals (MAX_FLAT_CREDITED): one credited role for all of
    them, or one host (主办) with the units that help it."""
    credited = [(members, role) for members, role in groups if role in CREDITED_ROLES]
    roles = {role for _, role in credited}
    hosts = sum(len(members) for members, role in credited if role == "主办")
    return len(roles) == 1 or hosts == 1


def _credit_items(text: str, pos: int, s_end: int, inside: list[_Party]):
    """A 由-credit line read item by item (RE_CREDIT_SEGMENT): (role groups, items no extractor
    named counted by role), each item standing for the first party written inside it; None when
    the line does not open at `pos` with a credited segment, an item is too long to be a unit's
    name or holds a clause word, or a count closes a list."""
    groups: list[tuple[list[_Party], str]] = []
    unnamed: dict[str, int] = {}
    while (segment := RE_CREDIT_SEGMENT.match(text, pos, s_end)) is not None:
        if segment.group("count"):
            return None  # 由A、B等9个部门联合主办: a counted group, read party by party
        members: list[_Party] = []
        start = segment.start("items")
        for item in RE_CREDIT_ITEM_MARK.split(segment.group("items")):
            end = start + len(item)
            if len(item) > MAX_CREDIT_ITEM or regex.search(clause_words(), RE_ITEM_JOIN_WORD.sub("", item)):
                return None  # 由A、B在C的指导下共同主办: a clause, not a list of units
            named = next((p for p in inside if start <= p.start and p.end <= end), None)
            if named is None:
                unnamed[segment.group("role")] = unnamed.get(segment.group("role"), 0) + 1
            elif named not in members:
                members.append(named)
            start = end + 1
        if members:
            groups.append((members, segment.group("role")))
        pos = segment.end()
    return (groups, unnamed) if groups else None


def _sole_host(takers: list[tuple[_Party, str]]) -> bool:
    """One unit credited as 主办 in a 由-line (a co-organizer credited 协办 aside)."""
    return sum(role == "主办" for _, role in takers) == 1


def _credits_programme(topic: _Party, takers: list[tuple[_Party, str]]) -> bool:
    """A 由-line about a programme that credits a host or co-organiser (PROGRAMME_TOPIC_CREDITS)."""
    return topic.label == "programs" and any(role in PROGRAMME_TOPIC_CREDITS for _, role in takers)


def _credits_event(text: str, topic: _Party, by: int, takers: list[tuple[_Party, str]]) -> bool:
    """A 由-line about an event or campaign (RE_EVENT_TOPIC: its name, or the head written before
    由) that credits a host or co-organiser (PROGRAMME_TOPIC_CREDITS)."""
    if topic.label != "programs" or not any(role in PROGRAMME_TOPIC_CREDITS for _, role in takers):
        return False
    head = RE_QUOTE_MARKS.sub("", text[topic.end : by])
    return bool(RE_EVENT_TOPIC.search(topic.canonical)) or head.startswith("活动")


def _topic_claim(topic: _Party, takers: list[tuple[_Party, str]], by: int) -> _Claim:
    """What a 由-clause's topic pairs with: its operators run it (by the first operator role);
    with none, its guides back it (X项目由A资助: the backer pairs with what it backs). A programme
    topic is what the whole line credits its units for (PROGRAMME_TOPIC_CREDITS)."""
    if _credits_programme(topic, takers):
        return _Claim((topic,), tuple(dict.fromkeys(p for p, _ in takers)), takers[0][1], False, False, by)
    kinds = _roles()
    operators = [(p, role) for p, role in takers if kinds[role] == "operator"]
    if operators:
        return _Claim((topic,), tuple(p for p, _ in operators), operators[0][1], False, False, by)
    guides = [(p, role) for p, role in takers if kinds[role] == "guide"]
    return _Claim(tuple(p for p, _ in guides), (topic,), guides[0][1], False, False, by)


def _merge_group(groups: list[tuple[list[_Party], set[str], _Claim]], claim: _Claim) -> None:
    """Add a co-actor claim to `groups`, merged with every group sharing a party (A联合B，携手C →
    A, B, C): earlier members first, and a stated claim's word and anchor before an implied one's."""
    members = list(claim.actors) + list(claim.partners)
    names = {p.canonical for p in members}
    merged = [g for g in groups if g[1] & names]
    for g in merged:
        groups.remove(g)
        members = g[0] + [p for p in members if p.canonical not in {q.canonical for q in g[0]}]
        names |= g[1]
        claim = g[2] if not g[2].implied else claim
    groups.append((members, names, claim))


def _joined(text: str, end: int, start: int, places: bytearray | None = None) -> bool:
    """Two parties in one list: a list mark between them (、, 和, 及 …), or nothing but the quote
    marks of two quoted names written back to back (引入“甲中心”“乙中心”两家机构). With `places`,
    place mentions between them are skipped (B、某市某区C)."""
    between = text[end:start]
    if places is not None:
        between = "".join(ch for i, ch in enumerate(between, end) if not places[i])
        between = RE_STREET_BEFORE_ITEM.sub("", between)
    bare = RE_UNIT_TAIL.sub("", RE_QUOTE_MARKS.sub("", between))
    return bool(RE_LIST_JOIN.match(bare)) or (not bare and RE_BACK_TO_BACK.search(between) is not None)


def unnamed_item_between(text: str, left: _Party, right: _Party) -> bool:
    """One list item that no extractor named stands between `left` and `right`, ending in the
    head word `left` ends in (A基金会、B基金会、C: B is a 基金会 too)."""
    match = RE_UNNAMED_ITEM.match(text[left.end : right.start])
    head = left.canonical[-LIST_HEAD_CHARS:]
    return bool(match) and len(head) == LIST_HEAD_CHARS and match.group(1).endswith(head)


def _home_party(parties: list[_Party], home: _Party) -> _Party | None:
    """The Party committee of the article's community, when named as an organization (金鱼社区党委)."""
    units = {home.canonical + s for s in PARTY_UNIT_SUFFIXES}
    return next((p for p in parties if p.label == "organizations" and p.canonical in units), None)


def _street_office(parties: list[_Party], street: str = "") -> _Party | None:
    """The first street office named as an organization (…街道办事处, …街道党工委); with `street`
    (雅溪街道, written as a place), the first one of that street (雅溪街道党工委)."""
    return next(
        (p for p in parties if p.label == "organizations" and street in p.canonical and p.canonical.endswith(STREET_OFFICE_SUFFIXES)),
        None,
    )


def _office_actor(ctx: ArticleContext, parties: list[_Party], streets: dict[int, Mention]) -> _Party | None:
    """The street office an article is about, when it names no community of its own: the office
    its title names (as an organization, or the street as a place whose office the article names as
    an organization: 某街道… in the title, 某街道党工委 in the body), else the office that opens the
    article's first body sentence."""
    body_start = ctx.article.body_start
    text = ctx.text
    for p in parties:
        if p.start < body_start and p.label == "organizations" and p.canonical.endswith(STREET_OFFICE_SUFFIXES):
            return p
    for start, street in sorted(streets.items()):
        if start < body_start:
            office = _street_office(parties, text[street.start : street.end])
            if office is not None:
                return office
    first = next((p for p in parties if p.start >= body_start), None)
    if first is not None and first.label == "organizations" and first.canonical.endswith(STREET_OFFICE_SUFFIXES):
        sentence_start = max(text.rfind(mark, body_start, first.start) for mark in "。\n！？")
        lead = RE_DATELINE.sub("", text[max(sentence_start + 1, body_start) : first.start].strip(), count=1)
        if not lead or RE_INTRO_CLAUSE.match(lead.rstrip("，,")):
            return first
    return None


def _supporters(text: str, s_start: int, pos: int, inside: list[_Party]) -> list[_Party]:
    """The parties named inside a 在…指导下 phrase before `pos`: they support the act, they never act
    in it (社区在A、B指导下，引入C: the community brings C in, not A or B; round 40c)."""
    spans = [m.span(1) for m in _patterns()["under"].finditer(text, s_start, pos)]
    return [p for p in inside if any(s <= p.start and p.end <= e for s, e in spans)]


def _home_community(ctx: ArticleContext, sole_ok: bool = False) -> _Party | None:
    """The article's own community: the one its title names, else the one it names most often
    (at least twice, more than any other; mentions inside longer names count: 桃源社区党委); with
    `sole_ok`, also the only one it names, even once (see `_Article.named_home`)."""
    communities = [_Party(m.start, m.end, Party(m.label, m.canonical)) for m in ctx.found("communities")]
    if not communities:
        return None
    title = ctx.article.title or ""
    body_start = ctx.article.body_start
    for p in communities:
        if p.start < body_start or (title and p.canonical in title):
            return p
    counts: dict[str, int] = {}
    for p in communities:
        counts[p.canonical] = counts.get(p.canonical, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) == 1 and sole_ok:
        return communities[0]
    if ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return next(p for p in communities if p.canonical == ranked[0][0])


def _licensed_entities(licensed, pairs: list[Mention]) -> list[Mention]:
    """The licensed parties that some pair holds, as mentions of their own label (the graph gets the
    party as an entity too); a licensed name no pair holds is nothing."""
    paired = {(m.attrs[end].label, m.attrs[end].canonical) for m in pairs for end in ("a", "b")}
    out = []
    for lic in licensed:
        if (lic.label, lic.canonical) not in paired:
            continue
        attrs = {"kind": lic.kind}
        if lic.label == "programs":
            attrs["operator"] = None
        out.append(Mention(lic.label, lic.start, lic.end, lic.canonical, attrs=attrs))
    return out


def _nested_repeat(name: str, other: str, partners: dict[str, set[str]]) -> bool:
    """A frame already pairs `other` with a name nesting `name` or nested in it (某社区 and
    某社区党委): the pair would say again what the frame said, of the body or its unit."""
    return any(name in known or known in name for known in partners.get(other, ()))


def _stated_first(mentions: list[Mention]) -> list[Mention]:
    """A pair that some sentence states outright is stated, wherever else it is implied."""
    stated = {m.canonical for m in mentions if "basis" not in m.attrs}
    out = []
    for m in mentions:
        if "basis" in m.attrs and m.canonical in stated:
            attrs = {k: v for k, v in m.attrs.items() if k != "basis"}
            m = Mention(m.label, m.start, m.end, m.canonical, name=m.name, attrs=attrs)
        out.append(m)
    return out
