"""Organizations: government departments, Party committees, social-work agencies, NGOs,
associations, foundations, companies, hospitals and schools named in an article.

How a name is found (candidates, then numbered filters):

Candidates
  C1 an organization ending from `lexicons/org_suffixes.tsv` (民政局, 社会工作部, 服务中心 …),
     extended leftward over the name written before it, token by token (jieba tokens of
     `ctx.doc`), jumping over place and community mentions found earlier, and stopping at a
     left-stop word (`org_left_stops.txt`), a word jieba tags as a verb, adverb, pronoun,
     numeral, idiom … or a frequent locative of time or nearness (最近|街道办事处, round 58 h8;
     `time_locatives`) (one-character tokens only when listed as stops: jieba mis-tags
     苏州|市|立|医院; a one-character stop that starts a place-like word with the next
     character stays: 吉林|中|韩|眼科医院, and so does a locative 中 after a clause border or a
     stop word before a lone character: 联合|中|泰|某某幼儿园, round 28), an address number (建设路8号|…), punctuation or a
     line break: 联合|银川市委社会工作部, 罗新所在的|宜宾市酒都义工联合会. jieba glues a function
     character to an unknown name (由锦东|社区, 与阳|澄社区), or a verb (选举出|某某园…, 获|州妇联,
     round 28): the name starts after it. The word right after a manner adverb that opens the
     clause's predicate (`phrase_adverbs.txt`: 不断 of 将|不断|总结) is its verb, whatever jieba's tag, and
     no name's first word (round 60). A time
     word right before 社区/村 is the community's name (南宋|社区党委). Text before the first
     place inside a candidate is cut off unless it is a national prefix or an organization
     (韩书海|北票市委社会工作部, but 中国银行苏州分行); two units each with its own place are two
     names (青禾县司法局|桃源司法所, but 国家统计局青禾调查队 is one). Before a registered
     company's ending (有限公司, 集团有限公司) a trade name jieba tags as a verb, adverb or idiom, or
     a trade word that stops names elsewhere (建设), is read up to a left border (punctuation, a
     stop word, a place, 企业/商家): 辖区企业|飞跃建材有限公司, 联合|宏达建设集团有限公司.
     A field word of `org_field_words.tsv` right before an ending it lists, with a place (a mention
     or a word jieba tags ns) right before it, is the body's field and part of its name, though a
     verb or a stop elsewhere: 某市|建设|公司, 某区|社会建设|促进会, 某山|联合发展|集团, and in C15 the
     place anchors 某市|禁毒|委 (not 某镇|建设|社工站, 某市|发展|集团化), round 44.
     "A驻B" (禾光社工事务所驻柳湾街道社工站, 某品牌驻某社区综合服务中心, 某中心驻市|残联): A stations the staff
     who run B, so B starts after 驻 and A is a unit of its own (a sender with no ending, 2–6
     characters and no place, is a brand); an office named by its sender (某省人民政府驻北京办事处) stays
     whole, round 49.
     A centre named by its place and a field that holds a verb of its task (某市|职业|介绍|中心,
     某市|殡葬|事业|管理|中心) reaches back over the field (2–8 characters, no stop word but the
     verbs closing it, none opening it, no count) to the place, round 51.
     A short word in brackets inside the name that stands for the word before it, a second level,
     field or form (某区移民（脱贫）|搬迁工作办公室, 某某产业（集团）|有限公司), is walked over when the
     name reaches back to a place or a community (in C15's stem: to any of the head's anchors, a
     place, a parent body or a level word); a note (（化名）, （左一）, `org_bracket_notes.txt`) or
     a name nothing anchors still ends it there, round 58 (h3).
     A committee named by its place and task (某县|未成年人保护|工作委员会) reaches back over the task
     as a leading group does, over a 和 joining two fields too; a level's bare Party committee (区委|
     …|工作领导小组) anchors the task as a place does, round 60 (h2b).
     A social-work agency's two-character brand jieba splits into lone characters, the second a
     function character (某市|龙|和|社会工作服务中心, ，|六|和|青少年阅读服务中心, 、|市益|如|…), opens
     the name after a place, a bare level character or a border, round 60 (h2b).
  C2 a brand-like agency name `X社工` (九龙社工, 全人社工) where X is not a job modifier
     (`org_social_worker_modifiers.txt`) and the article uses it as an agency at least once
     (`org_brand_context.tsv`: 与全人社工的联合, 全人社工负责人, 【全人社工】) or lists it next to
     an organization (…基金会、和美社工).
  C3 a quoted name right after an organization noun (`org_quote_heads.txt`): 公益机构“十方缘”.
  C4 a known standalone name (`org_names.tsv`: 民政部, 全国妇联, 美团; `org_brands.tsv`: national
     companies written without a legal ending, 中国联通, 华润, round 48) written where no longer
     name contains it and not inside a word (北京东路 holds no 京东, 民政部门 no 民政部); a company
     followed by two lone characters opens a subsidiary's longer name (华润|置|地…公司) and is left
     to the suffix rules (round 48).
  C5 the items of an enumeration the text calls organizations (`org_list_heads.txt`:
     青禾建设集团、星河充电等单位承办, 与辖区客运二公司、七中东校区等党组织), also with a
     modifier before the head (星河智联、青禾雷动等高新技术企业).
  C5d (round 54b h1): a local body written bare, field + 局/大队/办 (交警大队, 市场监管局,
     街道城建办), right after a joint word (联合/携手/联手/牵手/邀请), also with a title calling
     it a partner between (联合共建单位|…): the unit the actor works with, as the gold pairs it.
  C5e a C5 enumeration closed by a count of its kind (round 54b): 甲和乙两家爱心企业 without 等, the count
     tallying the items; 甲、乙等某片区首批8家商户, a modifier holding the count after 等. Not a
     count of Party branches (商会和物管会两个党支部 sorts branches by kind).
  C6 a Party or Youth League committee of a named place: 中共成都市委, 共青团青禾市桃源区委.
  C9 the same written without 中共/共青团 (a place mention + 委): 青禾市委, 团青禾市委.
     The government of the same level written right after it (某市委、市政府, 某区委和区政府,
     某市委市政府) is the place's government, named by its level (C9b, round 40).
  C10 a bureau whose field the ending lexicon does not list: level/place + field + 局/厅
     (县果业局, 青禾市乡村振兴局, 省教育厅), also where jieba glued the 局 to its head's 局长
     (某区行政审批|局局长|某某, round 35).
  C11 a party by position: a brand name ending in a trade word (`org_trade_words.tsv`: 仁德堂,
     某某口腔, 某某大药房, 某某超市, 某某社工, 某某社居委, 镇劳保所) or a town's or community's
     practice station (某镇新时代文明实践所) that the text sets in a relation frame: right after
     联合/携手/联手/牵手/邀请/引入/引进/由/与/同, or an item of a list opened by one
     (携手A、B组成…), or before a relation word closing its list (A、B等协办, A与B签订…), or in a
     support frame (在A、B的支持下, round 18), or right after a title that calls it a party
     (`org_party_titles.txt`: 合作方|某某超市, 共建单位|某某门诊, 爱心商家|某某药店, round 46). A brand
     (2–6 characters, no modifier like 辖区/周边/爱心: `org_trade_modifiers.txt`) must not cut a word
     (食|堂, 课|堂); common nouns in the same slots (居民, 志愿者, 辖区单位) have no trade word and
     stay out.
  C15 a short head (`org_short_heads.tsv`: 站, 所, 办, 委, 科, 支队, 馆, 厂, 诊所, 政府, 业委会 …)
     after an anchor and at most a few name words: a place or community mention (某县|邮政快递|站,
     某街道|城管|科), a unit found before it, also written again without its place (某市公安局|
     特警|支队; 某市卫生局 … 卫生局|医政|科), or a bare level word after a
     clause border (市|征收|办, 联合|区安办). The head sits on jieba's word borders (网站, 车站
     hold none), no post follows it (站长), the stem has no function word, and a listed ending
     or venue ending at the same place leaves the name to C1. A department (部, 办公室: only a
     parent anchors it, 团市委|宣传|部) with a post after it (…办公室|副主任) is the person's role.
     An office a place and a field of work name (某市|社会工作督导|办公室) is a unit of its own
     (round 54h4).
  C16 a school or hospital written as an ordinal short name: a place, a name word or a bare level
     word (after a clause border) before an ordinal and 中/小/高/院 (某山|二中, 市|一院), or a
     school's short name before 附小/附中; the head ends a jieba word (二|小时 holds none) and the
     part before the ordinal holds no numeral or function word (一老一小, 这所二中).
  C18 a community right before a quote holding only a standard station's kind (`held` endings of
     org_suffixes.tsv: 某社区“零工驿站”, 某社区“儿童之家”) → that community's station; also a quote
     holding only a unit's ending or short head with descriptor words before it (某社区“治保会”,
     某社区“社工委”; not a count, 村“两委”, nor a name of its own, “小马工作室”), round 58 h5.
  C19 a bare brand (2–6 characters, no ending: 某某云商, 某某家电维修, a shop's name alone) as an item
     of a list right after a caring-units title (爱心单位, 爱心商家, 爱心企业 …) when another item is
     a found organization or the short form of one; no people (…代表, …人士), no descriptor or
     common word; a verb going on inside an item (某某捐赠的…) ends the list, round 59 h1.

Filters (each a small method, in this order)
  F1 the longest ending at a position is a venue or program ending (`org_venues.txt`:
     社区党群服务中心, 睦邻中心, 党建联盟, 市中心, 家长学校, 社区大党委) → none; but a centre named by its place or
     community is the body running it wherever it is written (桃源社区党群服务中心在广场举办…,
     活动在桃源社区党群服务中心举行, 某县新时代文明实践中心副主任: `ACTING_VENUES`), except the
     building a scene-setting phrase describes (走进…党群服务中心，迎面是…: since round 50 only a phrase
     that 在, a verb of entering or building, or 依托 opens; 7月15日，某社区文明实践站，… is the body; since
     round 58 h5 a named community's own centre after 在 or a verb of entering is the body too) or an
     unnamed one; a party centre named by an office tower, business district, park or trade's
     workers (某某楼宇|党群服务中心, 外卖骑手|党群服务中心: `org_hub_areas.txt`) is a body too, round 60 h2.
  F2 the ending continues into a longer word or a website (`org_right_blockers.txt`:
     社会工作部门, 民政局官网, 大学|生, 中心|户), or its last character starts a dictionary word
     that goes on after it (服务|社区 holds no 服务社) → none. A congress's short name (人大,
     `CLOSED_ENDINGS`) names it only where the name closes there (某镇人大将…, not 某市人大|内司委…);
     a special committee written right after 人大 or 政协 (某市人大|社会建设委员会) is the body named,
     round 59 (h2).
  F3 media outlets (`org_media.txt`: …日报, …报业集团) and names inside 《》 → none (they are
     `source`).
  F4 generic references: the part before the ending is only descriptor words
     (`org_generic_words.txt`: 社会组织培育中心, 相关部门, 行业协会), one character (齐|联盟), or
     the unit's own kind (医院|党委), a count (两地|团委, 三所|学校; F4b, round 60: also a count
     opening a longer stem, 1套|楼栋|党支部); for endings with place_ok=no,
     only a place (安庆分公司);
     for place_ok=need, no place or community at all (资讯|中心, “暖心管家”便民服务站) → none.
     A bare level word before the ending is a local body and is kept (市民政局, 区委社会工作部,
     市家政行业协会, 团市委), but not a whole jurisdiction or a span of levels (全市, 区县).
     A bare 社区党委/村党支部 is resolved to the named community the text was just talking
     about (八棵杨社区 … 社区党委 → 八棵杨社区党委, span over 社区党委, composed form in
     `canonical`); unresolved → none. A bare 社区居委会/社区居民委员会 is never resolved: news
     writes it for the kind of body (全区各社区居委会, 社区居委会换届), round 28; nor, by the same
     reading, is a 居委会 named only by a city or province (某市|居委会), round 59. Nor is a bare
     社区党委/村党支部 with a post right after it (社区党委书记某某, 村党支部副书记某某): the text
     gives a person's role there, and the tuning and dev gold list no body for it, unless the
     article writes the body's full name too (then it is that body's mention), round 29. A bare
     社区党委 after the only 社区 the article has named before it is that community's committee
     from any sentence, before a post too (社区党委书记某某 → 某社区党委: the annotation
     convention), round 44; 社区党总支/党支部 and a village's bodies keep the stricter rule.
     A community the community step found whose name is one word jieba tags as an adjective,
     verb, time or place word (团结|社区, 优胜|村, 新村|社区) keeps the Party committee or branch
     written right after it (团结社区党委), though its name alone looks like a descriptor
     (not 这位|社区, 两个|社区), round 31.
     A Party body a set-up verb opens, named by its members' group in descriptor words
     (成立|新居民临时|党支部, 成立|流动党员（功能型）|党支部), is the one body the clause creates and is
     kept; not counted (成立物业企业党支部36个), distributed (均成立) or named by its type alone (临时党支部),
     round 56 h4.
     A level written as a class (各|区级…协会, 县、乡、村|三级|…公司, 乡（街道）|级|老年大学) names the
     bodies of every level → none, round 60 (h2b).
  F5 a name written only inside quotes (“乔社学院”) is a program/brand unless an organization
     context word stands before it (联合“233网校”) or it opens with its place (“桃源区爱邻社会工作
     服务中心”: a brand is not named after a district).
  F6 candidates nested in a longer candidate are dropped (首都师范大学 inside
     首都师范大学生命科学学院).
  F7 an organization written only as the head of a team's name (青禾市税务局红枫志愿服务总队,
     某系志愿服务分队), or a union written only as the head of its station's name (某社区工会驿站,
     某工会户外劳动者服务站: round 35), is part of that program's name → none; one also written
     alone stays.
  F10 a candidate ending inside a community name that starts within it (某市中心|中心花园社区:
     the name ran into the community's) → none, round 30.
  F11 a troupe (艺术团) named by words of its own (某某艺术团, 某某社区风采艺术团) is a team, which
     programs reports → none; a place's or community's own troupe (某某社区艺术团) stays, round 31.
  F12 a name read back to a verbal noun that opens it inside a clause (也会|影响|物业, 后|供给|
     某某公司): the verbal noun and the words before it are the clause's, the name starts after
     it; not after a clause border, a preposition or a conjunction (与|应急技术学院), round 31.
  F9 公司 after only a two-character line of business, no brand jieba knows (通信公司, 设计公司:
     a company of that kind, written without its name; 联通公司 stays), round 28.
  F16 a place, then only descriptor words among which a lower level written as a kind
     (`org_level_kinds.txt`: 某县|村级|党群服务中心, 某市|镇街|社会工作综合服务中心, 某县|乡镇|社工站),
     then the ending: the place's units of that level, a class, not one body → none, round 39.
  F13 a service home named by the people it serves (残疾人之家, 儿童之家) named by a province
     alone (“某省残疾人之家”荣誉称号, 某省残疾人之家星级评定标准) is a title or a standard → none, round 32.
  F14 the bare ending 中心 after places only (某市|中心, 某新区某片区|中心) is the place's downtown or a
     landmark named after it → none; a name of its own or a community before 中心 keeps it, round 33.
  F15 a body opening with a bare level word after a list of bare level words (省、市、县妇联,
     某市、区司法局) is that kind of body at each level → none, round 34.
  F17 物业 after common words jieba knows only (园区|物业, 之前|物业, 调动|物业, 无|专业|物业: a kind
     of estate, a time, a verb's object) is the property service of a kind, no company → none; a
     word jieba does not know or tags as a proper name (某澜|物业, 华润|物业), a numeral, a named
     community, or a registered company's ending after it (…物业|集团有限公司) keeps it, round 40.
  F18 学校/大学 after one word jieba tags as a common noun, verb or adjective (女儿|学校, 家乡|学校,
     调动|学校: a word of the clause) names no school → none; a place (燕山 ns), a brand (复旦 nz),
     a numeral or two words and more keep it, round 41c. Also 中学 in a clause that 在 opens, whose
     中 and 学 are then the locative closing 在…中 and the verb "learn" (在游乐|中学|本领), round 48; the plural suffix 们
     as a token of its own ends a name on its left (孩子|们|学会…: the people learn), round 48.
     Also 俱乐部 after one such word (球友|俱乐部, 街坊|俱乐部: a residents' club of a kind), round 61 h4b.
  F18b a club in a list the clause closes as teams (某某舞蹈俱乐部等8个社团) or a club after its quoted
     brand (“乐龄”俱乐部) is a residents' team, which the gold keeps as a program (round 10) → none,
     round 61 h4b.
  F19 a name written only before a part of its building (`org_building_parts.txt`: 某中心二楼,
     某村村委会院坝, 某中心旁的广场, 某中心活动室) names the building where something happens,
     not a body → none; written once elsewhere it stays, round 50; a named community's or village's
     own centre (某社区党群服务中心四楼, 某村新时代文明实践站会议室) stays, round 57 h4.
  F20 a political consultative conference (`org_title_bodies.txt`: 政协) written only right before a
     post (某市政协委员某某, 某省政协副主席某某, 某县政协副秘书长) is the person's title → none; written
     alone anywhere in the article (某县政协在各乡镇设立…) it stays, round 50; so is a village's own
     Party body before its secretary's post (村党支部书记某某), round 53 h3, unless the village is
     named right before it (某某村党支部书记某某: a named village's body), round 58 h5.
  F21 a name written in parentheses right after an organization's name (某市第二人民医院（某市儿童
     医院）, 某市委社会工作部（以下称某市社工部）) is that body's other name: its mentions, there and
     elsewhere, take the body's canonical, so it is no second organization; a parenthesis after
     an address or a sentence (某路8号（某医院对面）, （某局供稿）) is no alias, round 50.
  F22 a street office (办事处, 街道办) written only right before a community (某区某街道办事处某某社区)
     is the street's link in the community's address, a place → none; written once elsewhere
     (某街道办事处联合…) it stays, round 53 p3.
  F23 a name ending in a street office the place step reads as a place (某区|路北办事处|某社区,
     市|东关办|某社区) is that street, written after where it is, not a body → none, round 53 p5.
  F26 a head that is also a verb or the particle 所 (`org_verb_heads.tsv`: 办, 学会, 所) right after
     a word naming people or a community, with the verb's object or, after 所, a verb following it
     (某村搬迁户|办|年货, 保洁工人|学会|新技能, 某社区居民|所|提出) is the clause's verb → none; a
     people word right after a place is the unit's field (某省|移民|办), round 57 h5.
  F27 a going verb read into a hospital's name with only a size or descriptor word before the
     ending (比去|医院, 再跑|大医院, 到|达社区医院) is a trip to a kind of hospital → none, round 60 h5.

Canonical names: a name that opens with a level word instead of a proper name (市民政局,
团市委, 区人民医院, 小区平安联盟党支部) takes the fuller name in the article that ends with
it (桃源区人民医院; with 小区/社区/村 left out: 翠湖苑平安联盟党支部), else, when the
article's coded places lie in exactly one division of that level, the name composed with it
(市民政局 → 青禾市民政局, 团市委 → 共青团青禾市委), else the name as written. The surface stays
the fact's name (news and the gold write 市民政局); only the canonical, which keys the graph,
is composed, and only when the place cannot be wrong: an article naming two cities leaves
市民政局 as written (its graph key is then qualified by the article, `keys.named_key`).

Aliases: mentions whose keys (quotes, 服务 and admin-level characters removed) are equal,
one ends with the other (叙州区社会组织培育中心 ~ 宜宾叙州社会组织培育服务中心; an official short
form counts as its full wording, `org_short_forms.tsv`: 某县市场监管局 ~ 某县市场监督管理局, 区法院 ~
区人民法院, round 51), differ by a type word (九龙社工 ~ 九龙社工中心, 恒信物业 ~ 恒信物业公司), or one abbreviates the other
(same ending, characters in order: 邮储银行桃源支行 ~ 中国邮政储蓄银行股份有限公司青禾桃源支行)
share the canonical of the first one; a parent written for its regional company (中建二局 ~
中建二局湖北公司) takes that company's canonical.

`attrs`: {"kind": government | party | social_work | association | foundation | company |
hospital | school | other}.
"""

from __future__ import annotations

import copy
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from typing import Callable, Iterator, Mapping
from functools import lru_cache

import ahocorasick
import regex

from ..chars import CLOSE_QUOTES, RE_BOOK_TITLE, RE_HAN_CHAR, STRAIGHT_QUOTES, strip_quotes
from ..gazetteer import LEVEL_RANK
from ..lexicon import read_table, read_terms
from ..mentions import ArticleContext, Mention
from ..numerals import parse_number
from ..spans import Enclosures, SpanIndex, chain_end
from ..vocabulary import TaggedWords, word_freq, word_tags
from .licensed import RE_ROSTER_PEOPLE

# One unit of an organization name: Han characters, ASCII letters/digits, quotes and the
# middle dot. Example: 233网校.
RE_NAME_UNIT = regex.compile(r"^[\p{Han}A-Za-z0-9“”·]+\Z")
# An ordinal inside a name (jieba tags it a numeral): 附属第一医院, 桃源里第四社区.
RE_ORDINAL = regex.compile(r"^第[一二三四五六七八九十百零0-9]+\Z")
# Endings of the left stops that name a party by its part in a deal or event (运营方, 运营机构): those
# stops are also read on the text (`_party_word_end`), where jieba splits them or glues them to a name.
PARTY_WORD_ENDS = ("方", "机构")
# A brand-like agency name: two Han characters + 社工 or 公益, e.g. 九龙社工 in 九龙社工荣获,
# 晨光公益 in 晨光公益负责人 (round 30: a charity's short name, seen in tuning articles of two sets).
RE_BRAND_SOCIAL_WORK = regex.compile(r"(\p{Han}{2})(?:社工|公益)")
# Text after `X社工` that makes it a job or a facility, not the agency: 九龙社工们, 社工人才, 社工站.
# Matched where the name ends (`match(text, end)`: no rest-of-text slice).
RE_BRAND_NOT_AGENCY = regex.compile(r"(?:们|人才|师|站|室|专业|证|队伍|团队建设)")
# Text after `X公益` that makes it a field or an activity, not the charity: 某某公益事业, 公益活动.
RE_BRAND_NOT_CHARITY = regex.compile(r"(?:性|事业|活动|项目|组织|服务|岗|基金|创投|课|行|集市|市集|宣传|广告|慈善|力量|平台|品牌|讲|志愿)")
# The agency's own project named right after it (某某社工“某某”项目负责人): a quoted name that a
# project word closes shows the agency runs it, no worker (round 59 h2b).
RE_BRAND_PROJECT_AFTER = regex.compile(r"“[^“”]{2,12}”项目")
# A count of the name pieces in a remainder: Han characters and ASCII runs, 齐|联盟 → 1.
RE_NAME_PIECE = regex.compile(r"\p{Han}|[A-Za-z0-9]+")
# F4: a count before the ending picks units out, it does not name one, with or without a place
# before it: 两地|团委, 三所|学校, 各|医院, 某市|首个|社工站 (an ordinal does name one: 第二|中学,
# 机关第一|党委).
RE_COUNT_PREFIX = regex.compile(r"^(?:[一二两三四五六七八九十百千几数多各每诸][个家间所地级批类支名座条项户处]?|[0-9]+[个家间所地级批类支名座条项户处]|首[个家所座批])\Z")
# F4b: a count opening a longer stem counts units of the kind the rest describes (定下1套|楼栋党支部
# 参与的办法, 建好2个|网格党小组): no unit named. Arabic digits with any measure word; Chinese numerals
# only with measure words that open no brand name (一家亲 is a name). Round 60 (bulk read).
# Example: 1套楼栋.
RE_COUNT_OPENING = regex.compile(r"^(?:[0-9]+[个家间所批类支名座条项套]|[一二两三四五六七八九十]+[个套批项])")
# jieba's tag initials of the words before a manner adverb that opens a predicate (将|不断|总结): adverbs,
# prepositions, conjunctions, pronouns, particles. Example: d for 将.
PREDICATE_OPENER_TAGS = frozenset("dpcru")
# Punctuation or a space inside a quoted name makes it no name: “十方缘，”.
RE_QUOTED_NOT_NAME = regex.compile(r"[，。、；：！？\s]")
# A quoted list of short items (“智慧甲、智慧乙、智慧丙”): a slogan's parts, no sentence mark inside.
RE_QUOTED_LIST = regex.compile(r"“(?P<items>[^“”\n，。；：！？,;:!?]{1,20}(?:、[^“”\n，。；：！？,;:!?、]{1,20})+)”")
# A quoted name (1–12 characters, no line break): “十方缘”.
RE_QUOTED_NAME = regex.compile(r"“([^“”\n]{1,12})”")
# A Youth League committee's alias key (level characters already gone): 共青团青禾委 → 青禾共青团.
RE_YOUTH_COMMITTEE_KEY = regex.compile(r"^共青团(\p{Han}{2,8})委$")
# Characters stripped from alias keys: admin-level words and 服务 vary between a name's forms
# (叙州区社会组织培育中心 vs 宜宾叙州社会组织培育服务中心).
RE_ALIAS_NOISE = regex.compile(r"服务|街道|[省市区县]")
# An opening parenthesis right after an organization's name that gives the same body another name,
# ending where that name starts: 某市第二人民医院（某市儿童医院）, 某市委社会工作部（以下称某市社工部）.
RE_ALIAS_OPENING = regex.compile(r"[（(](?:以下简称|以下称|下称|简称)?“?\Z")
# How far before a name its alias opening may start: （以下简称“ is seven characters.
MAX_ALIAS_OPENING_CHARS = 7
# The head word of a community name: 专业化|社区 (what is left must name something).
RE_COMMUNITY_HEAD = regex.compile(r"(?:社区|村)\Z")
# Place-level endings: a Han character like this before X社工 ends a place, so X社工 may
# start there (安庆市|全人社工); any other Han character before it means X is cut mid-word.
PLACE_TAIL_CHARS = frozenset("省市区县镇乡道州盟旗")

# Word endings that make a descriptor, not a name: 专业化, 专业性, 枢纽型, 孵化类.
DESCRIPTOR_ENDINGS = frozenset("化性型类式")

# One-character function words jieba glues to an unknown name after them (由锦东, 与阳澄, 对盈星,
# 到某某: 到 added in round 32, a visit's destination): the name starts after the character.
GLUED_FUNCTION_CHARS = frozenset("由与及携对把被将从给让赴经受在向以因到")
# Locative characters listed as left stops (在活动|中|…) that open a name when nothing stands
# before them to be "in" (，中|云|某某团委, 联合|中|泰|某某幼儿园), round 28 precision wave.
LOCATIVE_NAME_OPENERS = frozenset("中")
# Round 56: a cohort (2019级, 19级) says which students of a school are meant; no body is named with
# it, so a school's name read leftward stops there (某大学2019级|某学院: the college). Bulk 56.
RE_COHORT_BEFORE = regex.compile(r"(?<!\d)(?:\d{2}|\d{4})级$")
COHORT_MAX_CHARS = 5
# Round 56: a conjunction right after the particle 的 has no left item to join (的 wants its noun
# next; 和 cannot be "with" there either), so it is the first character of the name the 的 modifies:
# 国企性质的|和|美|物业公司 names 和美物业公司. Bulk 56: one article.
MODIFIED_NAME_OPENERS = frozenset("和")
MODIFIER_PARTICLE = "的"
# One-character verbs jieba glues to the first character of an unknown name after them, the
# verb's object (选举出|社会…, 获|州妇联 read as 获州): the name starts after the verb. Listed as
# left stops or not, a guessed word opening with one is cut after it (round 28 precision wave).
GLUED_VERB_CHARS = frozenset("出获")
# Directional complements a one-character verb takes before its object (送上|社工站, 搭|起|镇党委):
# jieba glues the pair into an unknown word or leaves two single characters, neither of which
# stops a name, so the verb phrase would open the name. Round 45 (orgs2).
VERB_COMPLEMENTS = frozenset("上起出进到")
# Joining characters jieba glues to the end of an unknown word before a name (某某强及|公司: a
# person's name, 及, then a unit): the name starts after the word.
GLUED_TAIL_JOINERS = frozenset("及携兼")
# Prepositions jieba glues to the character before them into a word it only guessed (某凤在|…,
# round 20: a resident's name and 在 before a quoted brand's service centre; 某宁向|社区物业, round 35:
# a resident's name and 向 before the body addressed): the name starts after.
GLUED_TAIL_PREPOSITIONS = frozenset("在向")
# jieba tags of one-character function words (prepositions, conjunctions, particles: 为 p, 而 c,
# 等 u, 着 uz): a left stop with one of these tags glued to the edge of a word jieba only guessed
# (某某金为|社工站, 而物管|公司, 某某锻等|学校, 追着|物业) is the clause's, not the name's, so the name
# starts after it. Round 40b: seven articles of the tuning pool, more in bulk.
GLUED_EDGE_FUNCTION_TAGS = frozenset("p c u uj uz ul ug ud uv".split())
# jieba tags of a one-character verb or preposition standing as its own token before an ending
# (知识|进|学校, 社工|走|学校, 就|找|村党委, 自|小区党支部): the clause's verb and its object, so the
# name starts after it, unless a place or level character stands right before (某州市|立|医院:
# the city's own hospital). Round 40b: six articles of the tuning pool.
LONE_VERB_TAGS = frozenset("v p".split())
LONE_VERB_LEFT_TAGS = frozenset("d m".split())
# What may stand between the lone verb and the ending for the verb to take the unit as its object:
# nothing (进|学校) or a bare community level (自|小区|党支部, 找|村|党委).
LONE_VERB_OBJECTS = frozenset({"", "小区", "社区", "村"})
# An address number: 建设路8号|中韩眼科医院 (the name starts after the address).
RE_ADDRESS_NUMBER = regex.compile(r"\d+号\Z")
# A venue's name that closes a scene-setting phrase (走进桃源社区党群服务中心，迎面是…; 在…中心，还设有…):
# the building described, not the body running it. Matched at the venue's end.
RE_VENUE_SCENE_END = regex.compile(r"[，,。；;！!]")
# Round 50: the words that, right before the venue's name, make such a phrase a scene: a locative
# (在…中心，), a verb of stepping inside (走进…站，), of building (打造…中心。: the space built) or 依托
# (依托…中心，: the platform a unit relies on, which the partnership step would pair as a partner).
# After anything else (a date, 来到, 图为) a named centre closing its phrase is the body the text goes
# on about: the pool's gold lists it so in three articles of three sets (7月15日，某区某社区新时代文明
# 实践站，…; 图为某社区便民服务中心。) and leaves it out after these openers (three articles of three
# sets, one seed: 打造某社区服务中心。).
# Round 58 h5: of those openers, the locative and the verbs of stepping inside (在某社区党群服务中心，…;
# 走进某社区新时代文明实践站，…) set the scene in a named community's own centre, which is the body
# the report goes on about: the tuning gold lists it so in five articles of five sets (g55, g57,
# l53; one seed page's older gold leaves one out). Building and 依托 still make it the space built.
VISIT_SCENE_OPENERS = ("在", "走进", "走入", "步入", "进入")
# Round 50's openers (above): those, the verbs of building and 依托.
VENUE_SCENE_OPENERS = (*VISIT_SCENE_OPENERS, "打造", "建成", "新建", "建起", "依托")
# The network a community's station belongs to, written between the community and the ending:
# 某社区|新时代|文明实践站 (F19's community centres).
CENTRE_NETWORK_WORDS = ("新时代",)
# Who a community-run centre serves, written between the community and the ending: 某社区|老年|日间照料中心
# (longest first).
VENUE_CLIENT_WORDS = ("老年人", "老年", "老人")
# What may stand between a community and its own centre's ending (F1's scene exception): the network
# or the clients above. Example match: 新时代 (in 某社区新时代文明实践站).
RE_COMMUNITY_CENTRE_BETWEEN = regex.compile(rf"(?:{'|'.join(CENTRE_NETWORK_WORDS + VENUE_CLIENT_WORDS)})?\Z")
# A local media centre (市/县/区融媒体中心) is a source when it reports and a unit when it acts: its
# name followed by an action or relation word, its staff, or the next item of a list of acting
# units (某县融媒体中心组织党员志愿者…, 某医院、某市融媒体中心和某社区的职工一起…), and not
# right after a credit word (来源：某县融媒体中心). Matched at the name's end / before its start.
ACTING_MEDIA = ("融媒体中心",)
# A media centre named by its level alone: 市融媒体中心, 县融媒体中心.
RE_BARE_LEVEL_MEDIA = regex.compile(r"^[省市区县]融媒体中心$")
RE_MEDIA_ACTS = regex.compile(r"、|和|联合|携手|组织|开展|举办|走进|来到|深入|前往|党员|干部|职工|志愿者|工作人员")
RE_MEDIA_CREDIT = regex.compile(r"来源|据|转自|供图|摄影|编辑|作者|讯")
# Venues that are also the bodies running them (a community's or county's centre with its own
# staff and a head: 某社区党群服务中心主任, 某县新时代文明实践中心副主任), as opposed to rooms and
# service points (活动中心, 服务驿站, 日间照料中心). Two independent labellings of 140 tuning articles
# and the dev gold list such a centre named by its place or community as an organization wherever
# it is written (位于某社区党群服务中心的…, 在某镇社区服务中心举行, round 21). A village's or
# community's 文明实践站/所 joined them in round 29: named by its community or village it is listed
# as an organization in every tuning article that writes it so (four articles, two sets; none as a
# program), while a bare one (依托新时代文明实践站, 建成…站120个) names no station and stays out.
# Government service halls and Shanghai's community-affairs acceptance centres named by their
# place joined them in round 35 (某县政务服务中心推出…, 某街道社区事务受理中心把服务送到…: five
# tuning pages of one set list them as organizations).
# Round 40c: an elderly day-care centre named by its community (某社区日间照料中心, 某社区老年
# 日间照料中心) is listed as an organization in every tuning article that names one so (three
# articles, two sets; none left out); a bare one (建成日间照料中心12个) or one named by a city with
# a kind of community (某市|城乡社区|…日间照料中心: a category counted in bulk text) names no centre.
COMMUNITY_RUN_VENUES = frozenset({"日间照料中心"})
# F1 for branches: a branch (某某时间银行某区分行, 时间银行支行) of a deposit-a-good-deed scheme listed
# in org_venues.txt (时间银行, 道德银行 …) is an outlet of the program, not a bank's branch. Round 42d:
# false organizations in two tuning articles of one set, the scheme's bare name in many more.
BANK_BRANCH_ENDINGS = frozenset({"分行", "支行"})
# An alliance whose own brand is quoted right before its kind (“某某号”党建联盟, “17”党建联盟): the
# t53 decisions count alliances as organizations, but such a branded one is a program in the dev gold
# and an organization in one tuning article, so it stays where the quotes put it (programs) and only
# an alliance written plain (某街道党建联盟, 某社区党建联盟) is read as a body, round 54h4.
ALLIANCE_ENDING = "联盟"
RE_BRANDED_ALLIANCE_STEM = regex.compile("[" + regex.escape(CLOSE_QUOTES + STRAIGHT_QUOTES) + r"](?:党建|共建)?\Z")
# A branch campus is named after its parent school or hospital (某小学|城东|校区, 某人民医院|城南|分院);
# the ending alone names none (学校新校区, 公司华东分部), round 47.
CAMPUS_ENDINGS = frozenset({"分校", "校区", "分院", "分部"})
# The stationing word of "A驻B" (禾光社工事务所驻柳湾街道社工站, 某品牌驻某社区综合服务中心): A sends the staff
# who run B, two units written as one run. jieba writes it alone or glued to a bare level (驻|柳湾街道, 驻市|残联).
RE_STATIONED_AT = regex.compile(r"驻[省市区县镇]?")
# Offices a body keeps where it is stationed (某省人民政府驻北京办事处) are one unit named by their sender.
STATIONED_OFFICE_ENDINGS = ("办事处", "联络处", "代表处", "大使馆", "领事馆")
# A sender written without an ending (某品牌驻…) is a brand: a short run of name characters.
RE_STATIONED_BRAND = regex.compile(r"\p{Han}{2,6}")
CAMPUS_PARENT_KINDS = frozenset({"school", "hospital"})
# The campus's own name between its parent and the ending: 2–8 name characters, e.g. 永嘉路, 上城国际.
RE_CAMPUS_NAME = regex.compile(r"[\p{Han}A-Za-z0-9]{2,8}")
# F20: the head of a village's own Party body (村党支部, 村党总支, 村党委 in org_title_bodies.txt),
# the character a named village before it ends with (某某村|党支部).
VILLAGE_BODY_HEAD = "村"
# F19's community centres: the network between the community and the ending (某社区|新时代|文明实践站).
RE_CENTRE_NETWORK = regex.compile(rf"(?:{'|'.join(CENTRE_NETWORK_WORDS)})?\Z")
# A community-run venue's clients between the community and the ending (某社区|老年|日间照料中心).
RE_VENUE_CLIENTS = regex.compile(rf"(?:{'|'.join(VENUE_CLIENT_WORDS)})?\Z")
# F19: a floor of a building right after a unit's name: 二楼, 4楼, 三层 (某中心二楼).
RE_BUILDING_FLOOR = regex.compile(r"[一二三四五六七八九十0-9０-９]{1,3}[楼层]")
# F19: 中心 doubles as "central": read so, it modifies the one character after it, a feature of the
# grounds that a listed part follows (某花园中心|湖|广场: the central lake's square), e.g. 中心湖.
CENTRAL_WORD = "中心"
RE_CENTRAL_FEATURE = regex.compile(r"\p{Han}(?<![的旁])")
ACTING_VENUES = frozenset({"党群服务中心", "新时代文明实践中心", "文明实践中心", "文明实践站", "文明实践所", "社区服务中心", "便民服务中心", "党群活动服务中心", "邻里中心", "政务服务中心", "社区事务受理服务中心", "社区事务受理中心", "日间照料中心"})
ACTING_VENUES_LONGEST_FIRST = tuple(sorted(ACTING_VENUES, key=lambda v: (-len(v), v)))
# F1: the party-and-people centres that an office tower, a business district, a park or a trade's
# workers have of their own (某某楼宇|党群服务中心, 某某商圈|党群服务中心, 外卖骑手|党群服务中心): the
# body that runs Party work there, as a community's centre is, though no place names it. The area
# word (org_hub_areas.txt) needs a name word before it (该|楼宇, 各|商圈 are no one hub). Round 60 h2.
HUB_PARTY_CENTRES = frozenset({"党群服务中心", "党群活动服务中心"})
MIN_HUB_NAME_CHARS = 2
# C11: a brand before a trade word is 2–6 characters; a list a relation word opens is read up to
# 40 characters back (携手某某义诊团、|仁德堂).
MIN_BRAND_CHARS = 2
MAX_BRAND_CHARS = 6
MAX_FRAME_LIST_CHARS = 40
RE_HAN_RUN = regex.compile(r"\p{Han}+")
# jieba tags of words that describe instead of naming (distinguishing words 中级/大型, pronouns,
# numerals, locality and place words 附近/当地): no brand.
DESCRIPTOR_TAGS = frozenset({"b", "r", "rr", "rz", "m", "mq", "f", "s", "d", "p", "c", "u"})
# C19 (round 59 h1): a word that calls the units written right after it caring businesses or units
# (爱心商家A、B、C捐赠…; 爱心单位A、B等): a community's donors and service-day partners. A company
# would be 爱心企业家 (an entrepreneur), so 家 or 主 may not follow. Example match: 爱心商家 (before
# 某某、某某).
RE_CARING_UNITS_TITLE = regex.compile(r"爱心(?:单位|商家|商户|企业|店铺)(?![家主])[：:]?")
# What ends the list: a clause mark, or 等/及/和/以及 closing its last item (A、B及多位爱心人士).
RE_CARING_LIST_END = regex.compile(r"[，。；：！？,;:!?\n（(“”]|等|以及|及|和")
# One item between 、 marks. Example match: 某某云商 in 某某云商、某某家电维修.
RE_CARING_PIECE = regex.compile(r"[^、]+")
# A brand item: 2–6 Han characters (某某云商, 某某家电维修).
RE_CARING_ITEM = regex.compile(r"\p{Han}{2,6}")
# How far after the title the list is read when no mark or 等 ends it first.
MAX_CARING_LIST_CHARS = 80
# Round 57 h2: before a trade word that is also a field's noun (`field` in org_trade_words.tsv), a
# brand that is one plain verb takes the field as its object after a frame's verb (邀请|具有|教育、
# 医疗…背景): a field of skill, no company; a verb or verbal noun opening a longer brand is a verb
# phrase (与|传播|红色|教育|相结合).
OBJECT_TAKING_TAGS = frozenset({"v"})
PHRASE_OPENING_TAGS = frozenset({"v", "vn"})
# Round 57 h2: a trade word that is also a field's common noun (教育, 科技, 康养) ends a short name
# only where the name closes right after it: a mark or digit, a list or partner word (某某教育等,
# 某某康养与…, 某某科技3家), or a verb the party does (联合A、某某科技开展…). Written on into other
# characters it is a field inside a longer name or phrase (成人教育|司, 某某教育|生态共同体).
RE_CLOSED_NAME_RIGHT = regex.compile(r"[^\p{Han}]|[等与和及还]|共同|联合|携手")
# What may stand right before a list item or a clause's first word.
# Round 43: what may stand before an agency opening a clause (，某某社工将…), the tags its brand
# may not have (之后|社工, 通过|社工) and the tags of the word after it that make it act (v: verb,
# d: adverb, p: preposition, c: conjunction), seen in tuning articles of nine sets.
SUBJECT_LEFT_MARKS = frozenset("，,。；;！!？?\n ")
SUBJECT_HEAD_TAGS = frozenset("v vd vn d ad t tg f r rr rz m mq p c u".split())
SUBJECT_ACTION_TAGS = frozenset({"v", "d", "p", "c"})
ITEM_LEFT_MARKS = frozenset("，,。；;：:、\n “”")
# C11 frame words: a party right after them (联合某某口腔; 由某某医馆发起); 与/同 not inside 参与,
# 给与, 共同, 会同 …
_FRAME_WORDS = r"联合|携手|联手|牵手|邀请|引入|引进|由|(?<![参给赋授])与|(?<![共协如不相认赞陪会连])同"
RE_FRAME_WORD = regex.compile(_FRAME_WORDS)
RE_FRAME_LEFT = regex.compile(r"(?:" + _FRAME_WORDS + r")$")
# C5d: the joint words that set the bare unit right after them as a partner, and an optional title
# between that calls it one (a quoted scheme name, then a word ending in 单位). Example match:
# 联合“双报到”单位 (before 市场监管局).
RE_JOINT_OBJECT_LEFT = regex.compile(r"(?:联合|携手|联手|牵手|邀请)(?:“\p{Han}{1,6}”)?(?:\p{Han}{0,2}单位)?$")
MAX_JOINT_TITLE_CHARS = 14
# The department ending of RE_BARE_OFFICE_END, which C5d leaves out.
DEPARTMENT_END = "部"
# A list mark right before an item: 、 和 及 (not inside 平和, 共和 …).
RE_LIST_MARK_END = regex.compile(r"(?:、|(?<![平温暖祥柔缓共饱谐调总])和|及)$")
# A relation word closing the list a name is in, right after it or after the list's other items
# and 等(单位): 某某口腔、某某堂等协办; 某社居委与某学院签订…; 某所联合…; or the support it gives
# (在某医院、某某堂的支持下, 某某药房的大力协助下: round 18). Round 36B: a co-organiser list may hold
# several full company names after the shop, so up to 60 characters may stand before the relation.
RE_FRAME_RIGHT = regex.compile(
    r"(?:[、和及][^，。；：！？\n]{0,60}?)?(?:等[^，。；：！？\n]{0,4}?)?(?:共同|联合|携手|联手|协办|承办|主办|签订|签署|发起|结对|(?<![参给])与"
    r"|的(?:大力)?(?:支持|指导|帮助|协助)下)"
)
# The support frame's own opener: 在 right before the party (在|某某堂的支持下).
RE_SUPPORT_RIGHT = regex.compile(r"的(?:大力)?(?:支持|指导|帮助|协助)下")
SUPPORT_OPENER = "在"
# Community name heads: a unit right before them is the community's name (南宋|社区).
COMMUNITY_HEADS = ("社区", "村")
# The end of an estate's or community's name written right before a kind word (某某小区|社区).
# Example match: 小区 (in 红枫小区).
RE_COMMUNITY_NAME_END = regex.compile(r"(?:小区|社区|村|苑|花园|家园)$")
# How far before the kind word that ending is looked for: its longest alternative (小区, 花园).
COMMUNITY_NAME_END_CHARS = 2
# A 与/和 inside a college's name joins two fields of study (经济|与|管理学院): the field before it is
# listed in org_discipline_words.txt and a college ending follows within a few characters. Example
# match (after 与): 管理学院 (in 经济与管理学院).
DISCIPLINE_JOINS = frozenset({"与", "和"})
# A body named by its place may join two of its fields with 与/和 (某省社区治理创新与研究中心,
# 某市职业技能和鉴定中心): the name between the place and the ending may then be this much longer.
MAX_JOINED_FIELD_CHARS = 6
RE_COLLEGE_AFTER_JOIN = regex.compile(r"\p{Han}{1,6}?(?:学院|学系|系|研究院|学部)")
# A bare level word that opens a local body's name instead of a proper name: 市|民政局, 区委|社会工作部,
# and (round 36) a town's own bodies, 镇|团委, 乡|武装部, as town news names them.
RE_BARE_LEVEL_PREFIX = regex.compile(r"^[省市区县镇乡]委?")
# Round 36: the town levels of RE_BARE_LEVEL_PREFIX. A town's body written bare before a post (镇党委|书记某某)
# is a person's role with no unit acting, as for a bare community's body (round 29): not kept.
TOWN_LEVEL_CHARS = frozenset("镇乡")
# Round 55 (h1): place_ok values of org_suffixes.tsv for endings that need a place or community; `local`
# ones are units one village, community or town runs (某村农家书屋, 某镇文化站): a county or a city before
# them (某县|农家书屋) speaks of all its rooms, a class, so only a community or a town names one.
LOCAL_ONLY_VALUE = "local"
# Round 56 (h2): `held` endings are the standard stations a department has every place set up (某区零工
# 市场, 某村妇女儿童驿站): only places and communities written right before the ending name one; a grade
# or a site's own name between (某省|三星|妇女儿童驿站, 某市|某广场|零工驿站) is an award's or a brand's.
HELD_ONLY_VALUE = "held"
NEEDS_PLACE_VALUES = frozenset({"need", LOCAL_ONLY_VALUE, HELD_ONLY_VALUE})
# The endings of a town-level place (散兵镇, 某乡, 某街道) that may name a `local` unit.
TOWN_PLACE_ENDINGS = ("镇", "乡", "街道")
# Round 51 (pairparty): a bare 街道 before a unit's ending names the local unit only where the text
# sets it as a party (联合|街道司法所, 携手|街道文明实践所, 街道团工委|与…): elsewhere news writes it for
# the kind of body (以街道团工委为核心, 街道党建办的工作人员). Missed as a partner's party in 7 tuning sets.
SUBDISTRICT_LEVEL = "街道"
# Its Party committee written bare (街道党工委) names no committee the dev gold lists (as 镇党委, round 42).
SUBDISTRICT_COMMITTEE_ENDINGS = frozenset({"党工委", "党委"})
# Round 42: a town's Party committee written bare (镇党委, 乡党委) names no committee the gold
# lists: none of the 5 bare ones the pipeline wrote in 5 tuning-pool articles is in their gold, nor
# any in dev or seeds (bulk: 2 more, both the bare form); the other round-36 bare town bodies
# (镇|团委, 乡|武装部) stay.
TOWN_COMMITTEE_ENDING = "党委"
# Round 56 h4: a Party body the text sets up, named by the group its members come from
# (成立|新居民临时|党支部, 率先成立|物业管理|联合党支部, 成立|社会组织联合|党委): descriptor words only, yet
# the one body the clause creates, which the tuning gold lists in four articles of three sets and
# leaves out nowhere the verb opens the name. Not the kind set up at every unit (各社区均成立…,
# 成立楼栋党支部17个: a count), nor a branch named by its type alone (建立|临时|党支部).
SET_UP_PARTY_ENDINGS = ("党支部", "党总支", "党委")
# The set-up verb before the name, at most a few name characters before where the name was read to
# start, not after a distributive adverb (均成立, 都建立, 各自组建). Example match: 成立 in
# 街道成立务工人员临时党支部 (searched up to the name's read start, 务工人员…).
RE_SET_UP_BEFORE_GROUP = regex.compile(r"(?<![均都各])(?:成立|组建|建立|设立)了?(?=[\p{Han}（）()]{0,12}\Z)")
MAX_SET_UP_GAP_CHARS = 8
# The group's words and type between the verb and the ending: Han characters and brackets only.
RE_SET_UP_GROUP = regex.compile(r"[\p{Han}（）()]+")
# A count, a coordinator or a locative inside the group: several branches or a clause, not one name
# (物业和志愿者两个功能型党支部, 由5名党员组成的党总支, 会上|党委).
RE_GROUP_NOT_ONE = regex.compile(r"[一二两三四五六七八九十百千几多各每][个家名支所]|[和与及、的由上中]")
# The type words of a branch, which say how it is set up, not whose it is: 临时, 功能型, 联合, 综合,
# brackets (党员综合党委 is then named by 党员 alone, every Party body's members: round 31).
RE_BRANCH_TYPE_WORDS = regex.compile(r"临时|功能型|联合|综合|[（）()]")
# A branch's type written in brackets inside its name: 流动党员（功能型）党支部.
RE_BRACKETED_BRANCH_TYPE = regex.compile(r"功能型|临时")
# A count right after the name: the kind set up so many times (成立楼栋党支部17个, 两个).
RE_COUNT_AFTER = regex.compile(r"[0-9０-９一二两三四五六七八九十百千]+[个家]")
# The group is a name of three characters or more (新居民, 物业管理); a unit's kind alone (小区, 网格)
# is every such unit's branch.
MIN_SET_UP_GROUP_CHARS = 3
# Characters of administrative levels: a second one after a bare level word makes a span of
# levels (区县, 市区), not one body; a bare level word before 劳保所 names the local office (镇劳保所).
# (Defined once: an earlier definition without 村 was shadowed by this one.)
LEVEL_CHARS = frozenset("省市区县镇乡村")
# An ending that opens with a level word itself: 团市委, 团省委.
RE_BARE_LEVEL_ENDING = regex.compile(r"^团[省市区县]委")
# A name opening with a level word (group `level`): 市民政局, 团市委, 区人民医院, 小区平安联盟党支部.
RE_LEVEL_HEAD = regex.compile(r"^(?P<level>团[省市区县]委|小区|社区|村|[省市区县])")
# Level words that name an estate or community, left out when the full form is looked up (小区|平安联盟党支部).
ESTATE_LEVELS = frozenset({"小区", "社区", "村"})
ADMIN_LEVEL_CHARS = "省市区县"
# What a regional company adds to its parent's name: 中建二局|湖北公司, 中国银行|苏州分行.
RE_BRANCH_TAIL = regex.compile(r"\p{Han}{2,4}(?:分公司|公司|分行|支行)\Z")
# 社工 is short for 社会工作 inside names (区委社工部 = 区委社会工作部, 九龙社工中心).
SHORT_SOCIAL_WORK, FULL_SOCIAL_WORK = "社工", "社会工作"
# The rest of a level-headed name must be this long to find its full form (平安联盟党支部).
MIN_ALIAS_TAIL = 4
# A name that ends another's is its alias from this many key characters on (平房分局 ~ 某市公安局平房
# 分局: a branch named by its district, round 35; was 5).
MIN_ALIAS_SUFFIX = 4
# An abbreviation is at least this long (邮储银行桃源支行).
MIN_ABBREVIATION = 6
# Round 54 h5: a later short form drops the place and a middle word of an earlier full name but keeps
# its brand and its whole kind word (青禾盈江社区基金会 … 盈江基金会): from this many characters on, with
# the brand's first two characters written together in the full name and the last three shared.
MIN_BRAND_ABBREVIATION = 5
BRAND_CHARS, KIND_CHARS = 2, 3
# Round 54 h5: a company's legal form and the trade words before it, which its short name leaves out
# (某省青禾物业服务有限公司 … 青禾物业; 某市青禾物业管理有限公司 … 青禾物业): seen in news on estates'
# property firms, whose reports write the registered name once and the brand after it.
RE_LEGAL_FORM_TAIL = regex.compile(r"(?:服务|管理)*(?:股份有限公司|有限责任公司|有限公司)\Z")
# A team's name right after an organization (its head): 红枫志愿服务总队, 志愿服务队. The
# name holds no relation word or list mark: in 某中心联合团县委红烛志愿服务队 and 某协会、某某志愿服务队
# the team belongs to the next party, not to the organization before the word. Nor 队伍 (服务队伍, a
# workforce: 某公安分局又将辖区的志愿服务队伍更名为…, round 35).
RE_TEAM_AFTER = regex.compile(
    r"(?:(?!联合|携手|联手|牵手|会同|组织|以及)[\p{Han}“”]){0,8}?(?:志愿服务总队|志愿服务队|志愿者服务队|服务总队|服务队|志愿队|志愿者分队|志愿服务分队)(?!伍)"
)
# A station's name right after an organization (its head): 工会驿站, 工会爱心驿家, 工会户外劳动者
# 服务站 (round 35: union rest stations in tuning articles of seven pages; the gold lists the
# station as a program and its union as no body). Only after a union (`UNION_ENDING`: the rest
# station is the unions' own brand; 某社区工作站共建驿站 is a body and a joint venue). At most five
# name characters between, no relation or visiting word: in 某总工会走进某社区工会驿站 the station is
# not the first union's.
UNION_ENDING = "工会"
RE_STATION_AFTER = regex.compile(r"(?:(?!联合|携手|联手|牵手|会同|组织|以及|走进|来到|在)[\p{Han}“]){0,5}?(?:驿站|驿家|服务站|服务阵地|爱心驿站)")
# A Party, Youth League or democratic-party committee of a named place: 共青团青禾市桃源区委,
# 中共北京市委, 农工党青禾市委 (not 委员会; 民建青禾市委会 ends in a suffix of its own).
RE_PARTY_COMMITTEE = regex.compile(r"(?:中共|中国共产党|共青团|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)\p{Han}{2,12}?[省市区县]委(?![员会])")
# The formal name of a Party body: 中共 + the places and units it belongs to + its kind
# (中共青禾市桃源区石桥街道柳湾村社区委员会, 中共青禾市桃源中学支部委员会); group `head` is 中共.
RE_FORMAL_PARTY_BODY = regex.compile(r"(?P<head>中共|中国共产党)\p{Han}{2,34}?(?:委员会|党委|党总支|党支部)(?!书记|委员|副书记|办公室|[\p{Han}]{0,2}会议)")
# A province or city written right after 中共 (中共青禾市…): the chain of a formal name begins.
RE_FORMAL_HEAD_PLACE = regex.compile(r"\p{Han}{1,5}?[省市]")
# A place's Youth League written place first: 青禾|共青团 (not 共青团员, a member).
RE_PLACE_YOUTH_LEAGUE = regex.compile(r"共青团(?!员)")
# A bureau or department of a government written level/place + field + 局/厅 whose field the
# ending lexicon does not list (县|果业|局, 青禾市|乡村振兴|局, 省|教育厅, 市|国税局): the ending
# character, matched anywhere; `_bureau_candidates` checks the words around it.
RE_BUREAU_END = regex.compile(r"[局厅]")
# A bureau ending right after 和 (体育局, 旅游局, 城乡建设局): the second field of a joined name.
RE_JOINED_BUREAU_ENDING = regex.compile(r"\p{Han}{1,6}?[局厅]")
# A joined bureau field: two field runs with one 和 between them (住房和城乡建设, 卫生健康和计划生育).
RE_JOINED_FIELD = regex.compile(r"^\p{Han}{2,}和\p{Han}{2,}\Z")
# The field of such a bureau: Han characters only, this long (果业 … 乡村振兴, 社会组织管理).
MIN_BUREAU_FIELD, MAX_BUREAU_FIELD = 2, 6
# A bureau's field may join two fields with 和 (住房和城乡建设局, 卫生健康和计划生育局): the
# joined field is longer, up to this many characters, and holds one 和 between two field words.
MAX_JOINED_BUREAU_FIELD = 10
FIELD_JOIN = "和"
# Last characters of a unit name: a word ending so before 和 is a unit of its own, not half a
# field (县民政局和果业局 lists two bureaus).
UNIT_END_CHARS = frozenset("局厅委办所院部会")
# A bare level word written as a word of its own before a bureau's field (县|果业局, 省|教育厅).
BARE_LEVELS = frozenset("省市区县")
# C10: what follows a bureau's 局 or 厅 when jieba glues it to its head's title (局|局长, 厅|厅长).
HEAD_POST_TAIL = "长"
# The Party committee of a place written place + 委 (桃源区委, 青禾市委), or its Youth League
# committee written 团 + place + 委 (团青禾市委); matched where the place ends, its level
# character last. Not 委托/委派/委屈 (a verb), nor 委员/委会 (委员会 and 市委会 are endings of
# their own). Example match at 青禾市|: 委 in 由青禾市委指导.
RE_PLACE_COMMITTEE_TAIL = regex.compile(r"(?<=[省市区县])委(?![员会托派屈婉身])")
# C9b: the government of the same level written right after a place's Party committee, alone or
# joined by 、/和 (某市委、市政府, 某区委和区政府, 某市委市政府): the place's government, named by
# its level because the committee before it gave the place (round 40: three articles of the
# freshest tuning sets list it; a bare 市委、市政府 with no place named stays out, as the older sets
# leave it). Not 政府办/政府网/政府门户 (an office or a site of it).
RE_COMPANION_GOVERNMENT = regex.compile(r"[、和与及]?(?P<gov>(?P<level>[省市区县])(?:人民)?政府)(?![办网门工])")
# A local office named by level + field + 办 (办公室): 县扶贫办, 区禁毒办; a job title, a list
# separator or a clause end must follow (县扶贫办副主任, 区禁毒办、…).
RE_LEVEL_OFFICE = regex.compile(r"[省市区县镇](?P<field>\p{Han}{2})办(?=专职|副主任|主任|负责人|工作人员|联合|[、，。；和与等\s])")
# What closes an enumeration of organizations: 等 (with an optional count: 等10余家, or a vague
# one: 等多家, 等数家) before a head noun.
RE_LIST_CLOSE = regex.compile(r"等(?:(?P<count>[0-9一二三四五六七八九十百]+[余多几]?|[多数几])[家个所])?")
# Round 57 h1: tags of dictionary words that are proper names (苏宁 ns, 国美 nz, 美团 nt; not nr, a
# person's name: 某某、某某等5家单位负责人). A counted list of companies or units (联合甲、乙等14家单位,
# 甲、乙、丙3家辖区企业) licenses such a word as a body's short name; uncounted (甲、乙等商家) it keeps
# the dictionary-word bar, since a clause that only lists goods or trades (服装、餐饮等商家) holds
# common words there.
COUNTED_BRAND_TAGS = frozenset({"ns", "nz", "nt"})
# One piece of an enumeration between 、 separators (no punctuation inside).
RE_LIST_PIECE = regex.compile(r"[^、，。；：！？\n（）()“”]+")
# Conjunctions that join the last items (A、B和C等): split there when jieba has them as words
# of their own and they are not inside an ending (文化和旅游局 stays whole).
LIST_CONJUNCTIONS = frozenset({"和", "与", "及", "以及"})
# Where an enumeration opens at the latest (the clause start).
LIST_OPENERS = ("，", "。", "；", "：", "！", "？", "\n", "（", "(", "“", "”")
MAX_LIST_CHARS = 120
# Conjunctions that open a counted list after another party (某某顾问以及|甲、乙两个律所): only the
# longer ones, since 和/与 also join two items the count tallies.
COUNTED_LIST_OPENERS = ("以及", "及")
# Brackets that open an enumeration unless closed again inside it (then they qualify an item).
OPENING_BRACKETS = ("（", "(")
# A bracket closed at an item's end (某某之星(某市)、… or …(某市)等): it qualifies the item before it,
# is no item and opens no list; one inside a name (某县关爱留守（困境）儿童协会) is left as it was.
RE_ITEM_QUALIFIER = regex.compile(r"[（(][^（）()、，。]{1,10}[）)](?=[、和与及等])")
# The tables of names C4 finds standalone: national bodies, and national companies written
# without a legal ending (kept apart: a brand list grows by other evidence than a ministry list).
KNOWN_NAME_TABLES = ("org_names.tsv", "org_brands.tsv")
# Most Han characters of a modifier between 等 and a list head (等|高新技术|企业, 等|社区|单位).
MAX_LIST_HEAD_MODIFIER = 6
MAX_LIST_ITEM_CHARS = 14
# Longest dictionary proper name read as a brand in a counted list (苏宁, 红星美凯龙).
MAX_BRAND_ITEM_CHARS = 6
# A count of the list's kind before its head: 两家|爱心企业, 四个|单位, 10家|商户 (C5e).
RE_LIST_COUNT = regex.compile(r"(?<![0-9一二两三四五六七八九十百千万])(?P<count>[两二三四五六七八九十]|[1-9][0-9]{0,2})(?P<more>[余多])?[家个所]")
# Items ending like these are teams, projects, places or communities, not organizations.
NOT_LIST_ORG_ENDINGS = ("队", "项目", "活动", "计划", "工程", "行动", "社区", "村", "小区", "街道", "镇", "乡", "居民", "志愿者", "群众")
# A list item ending in a category suffix (公益慈善类、文体类…等社会组织, 枢纽型、服务型…等组织)
# sorts the bodies the head names by kind; it names none. Round 59: a bulk article.
CATEGORY_ENDINGS = ("类", "型")
# List heads that make an item without an ending a company.
COMPANY_LIST_HEADS = frozenset({"企业", "爱心企业", "国有企业", "国企", "公司", "商户", "商家", "爱心商家", "银行"})

MAX_NAME_CHARS = 30
# Longest organization ending looked for right before a conjunction (社会工作服务中心).
MAX_SUFFIX_CHARS = 10
# How far back (characters) a bare 社区党委 may look for the community it belongs to.
COMMUNITY_LOOKBACK = 300
# Endings of a bare community-level Party body that is resolved through context.
COMMUNITY_BODY_PREFIXES = {"社区": "社区", "村": "村"}
# A bare 社区党委/村党支部 is resolved only when the article also writes the composed name (某社区党委),
# points back with a determiner (该社区党委) or names the community earlier in the same sentence
# (某社区社工团队联合社区党委…, as the seed gold has it): resolved from an earlier sentence alone, it
# was not a gold organization in 15 of 17 tuning articles of 13 sets (round 41).
RE_SENTENCE_BREAK = regex.compile(r"[。！？!?\n]")
# Round 44: a bare 社区党委 in an article that has named one 社区 only before it is that community's
# committee, from any later sentence and before a post too (社区党委书记某某): the annotation
# convention writes it as 某社区党委, and the pool gold lists it so in 9 of 9 articles of 6 sets. Not
# 社区党总支/党支部 nor a village's bodies: the pool gold lists none of those resolved from context alone.
SOLE_COMMUNITY_COMMITTEES = frozenset({"社区党委"})
# A determiner pointing back at a community the text named (该社区党委, 该村党支部): the bare Party body
# is that community's, even as a person's post (该社区党委副书记某某), round 35b.
ANAPHORIC_DETERMINERS = ("该",)

# F4 (round 28): a bare residents' committee (社区居委会, no community name written) is the kind of
# body, not one the text names (全区各社区居委会, 社区居委会换届, 办好社区居民委员会的事): none.
UNNAMED_COMMITTEE_ENDINGS = frozenset({"居委会", "居民委员会", "居委"})
# The short form of a residents' committee (某某居委, round 37) is written for an estate's or a
# lane's committee; after 社区 (某街社区居委) it is the kind of body news means, none named.
SHORT_COMMITTEE_ENDINGS = frozenset({"居委"})
# What joins two coordinated names: they are two bodies, never aliases of each other.
COORDINATORS = frozenset({"、", "和", "与", "及", "以及"})
# The ending of a bare bureau written as a list item (旅游局, 环保局): see `_bare_bureau_items`.
RE_BARE_BUREAU_END = regex.compile(r"局")
# Round 41d: a bare brigade list item (消防救援大队, 城市执法大队): a county unit news lists by its field.
RE_BARE_BRIGADE_END = regex.compile(r"大[队隊]")
# Round 36: the offices and departments of a Party or government body written as bare list items
# next to a named unit (政法办、信访办; 组织部、宣传部): field + 办/部. Their last two characters may
# form a dictionary word (法办), so the field must be a whole token of its own instead.
RE_BARE_OFFICE_END = regex.compile(r"[办部]")
# Round 36B: a group's regional company written brand + city + 公司 (某车|兰州|公司, 某置地|杭州|公司):
# the ending right after a place mention. Example match: 分公司 (in 某某|青禾|分公司).
RE_PLACE_COMPANY_END = regex.compile(r"(?:分|支)?公司")
MIN_BRAND_CHARS, MAX_BRAND_CHARS = 2, 4
MAX_BARE_BUREAU_FIELD = 4
# Level words a bare list unit may open with (县|疾控中心, 市|中医院).
LIST_UNIT_LEVELS = frozenset("省市区县镇乡")
# A bare unit name after 各 (each), with or without the kind of unit it belongs to (各单位|团委,
# 各级|妇联, 各|医院): the bodies of every unit, no local unit named.
RE_EACH_BEFORE = regex.compile(r"各(?:个|级|单位|部门|学校|社区|村|镇|街道)?\Z")
# Words that may border a bare list unit besides coordinators, stop words and verbs: 等 closes
# the list (新华书店|等13家单位), 的 hangs the unit's people on it (司法局|的|工作人员).
LIST_UNIT_BORDERS = frozenset({"等", "的"})
# Type words that, appended to a name, still denote the same organization (九龙社工中心).
ALIAS_TYPE_WORDS = ("服务中心", "中心", "机构", "有限公司", "公司")
# Head words of C3 that mark a social-work or charity body (else the kind is "other").
RE_SOCIAL_HEAD = regex.compile(r"社工|社会工作|公益|慈善|志愿")


@dataclass(frozen=True)
class _Suffix:
    text: str
    kind: str
    place_ok: bool  # a place alone before the ending names the unit (叙州区|民政局)
    venue: bool
    needs_place: bool = False  # the ending names nothing without a place or community (汉水|中心)
    local_only: bool = False  # only a community or a town right before names the unit (某村|农家书屋)
    held_only: bool = False  # only places and communities, right before it, name the unit (某区|零工市场)


@dataclass(frozen=True)
class _ShortHead:
    """A short ending of org_short_heads.tsv: it names a unit only after an anchor (C15)."""

    text: str
    kind: str
    anchors: frozenset[str]  # place, parent, level
    min_stem: int


# C15: most name characters between the anchor and a short head (某县|邮政快递|站), fewer after
# a bare level word (市|征收|办) or a parent unit (某市公安局|特警|支队); the level words that
# anchor; what may not follow the head (站长, 所长, 办公, 委员, 所务: a post or a verb, not a unit); the characters before a level word that make it a clause
# border (punctuation, a joining or leading function word: 联合|区|安办, 由|市|征收办).
SHORT_HEAD_MAX_STEM = 6
SHORT_HEAD_MAX_STEM_AFTER_LEVEL = 3
SHORT_HEAD_MAX_STEM_AFTER_PARENT = 4
SHORT_HEAD_LEVELS = ("市委", "区委", "县委", "市", "区", "县")
SHORT_HEAD_BLOCKED_AFTER = tuple("长员务")
# C15: an office named by its place and its field of work (某市|社会工作督导|办公室, 某街道|社区建设|
# 办公室, 某区|移民搬迁工作|办公室) is a unit of its own, although 办公室 takes only a parent anchor in
# org_short_heads.tsv: right after a place or community with no field between (社区|办公室) it is a
# room. Round 54h4: such offices missed in tuning articles of four sets.
# The field may hold a word listed as a stop for left extension (督导, 建设: verbs before a name)
# when jieba tags it a noun there (某市|社会工作|督导|办公室, 某街道|社区|建设|办公室).
FIELD_OFFICE_HEADS = frozenset({"办公室"})
FIELD_OFFICE_MIN_STEM = 2
FIELD_OFFICE_NOUN_TAGS = frozenset("n vn".split())
# C15: a stop of a line (某县|人民广场|站, 某路口|站) is no unit: a station's run may not end with a
# square, road, street, bridge, gate or crossing; and a volunteer squad (某社区|志愿者服务|中队) is
# a team (programs), not a unit.
STATION_STEM_ENDINGS = ("广场", "路", "街", "桥", "门", "口")
TEAM_STEM_WORD = "志愿"
RE_LEVEL_BORDER = regex.compile(r"[\p{P}\s与和及由在对向从合手请]")


# The endings of a bureau's local office: 司法局 → 司法所, 税务局 → 税务所 (a town's office of the
# county's bureau, a unit of its own).
LOCAL_OFFICE_ENDINGS = ("所", "站")


# The bare company ending, and the jieba tags of proper names (people, places, organizations,
# brands, abbreviations) that make the words before it a name (`_names_a_trade`).
BARE_COMPANY_ENDING = "公司"
# F17: trade endings that are also the common noun of the service (物业: property management in
# general). Before them a proper name or an unknown word names a company (华润|物业, 某诺|物业); only
# common words jieba knows (园区|物业, 之前|物业, 调动|物业, 无|专业|物业) name the service of a kind,
# a time or a verb's object, no company (round 40: seven articles of the tuning pool).
COMMON_NOUN_TRADE_ENDINGS = frozenset({"物业"})

# F18: school endings that a single common word before them does not make a name (女儿|学校,
# 家乡|学校, 距离|大学, 调动|学校: a noun or verb of the clause, not a school's name), and the
# jieba tags of such a word (common nouns, verbal nouns, verbs, adjectives). Round 41c.
SCHOOL_ENDINGS = frozenset({"学校", "大学"})
# 中学 after one such word inside a clause that 在 opens: jieba also makes it of the locative 中
# closing 在…中 and the verb 学 after it (在游乐|中学|本领, 在…的气氛|中学|会: "learn amid …"). Without
# 在 one word before 中学 is the school's name (育才中学, 实验中学). Round 48.
LEARN_AMID_ENDING = "中学"
RE_AMID_OPENS = regex.compile(r"在[^，。；！？、,;!?\s]{1,12}\Z")
# F18 also reads club endings: one common word before 俱乐部 names the members' pastime or group, a
# residents' club of a kind (球友|俱乐部, 街坊|俱乐部), not a club's own name (飞鹰越野摩托|俱乐部,
# 新活力|健身俱乐部). Round 61 h4b.
CLUB_ENDINGS = frozenset({"俱乐部", "健身俱乐部"})
# F18b: the rest of a clause that closes a list with the residents' teams it counts or sorts
# (…、某某舞蹈俱乐部等8个草根社团): its clubs are those teams, which the gold keeps as programs (as
# it keeps a club after its quoted brand, “乐龄”俱乐部, which F18b reads on the closing quote).
# Example: 、银发舞蹈俱乐部等8个草根社团. Round 61 h4b.
RE_TEAM_LIST_TAIL = regex.compile(r"[^，。；！？,;!?\n]{0,40}?等[^，。；！？,;!?\n]{0,10}?(?:社团|队伍|团队)")
# The plural suffix of persons as jieba's token of its own (同学|们, 孩子|们): the people are the
# clause's subject and what follows is their verb (同学|们|学会 "learn"), so no name goes on to the
# left over it; 我们 as one word (某省我们律师事务所) is not this token. Round 48.
PERSON_PLURAL = "们"
COMMON_STEM_TAGS = frozenset("n vn v a an".split())
# ... unless a registered company's ending follows, so the words are the head of a longer name
# (某地天地和诚|物业|集团有限公司).
RE_COMPANY_CONTINUES = regex.compile(r"集团|股份|控股|有限")
# F11: troupe endings that name a team (a program) when words of the troupe's own stand before them
# (某某艺术团); a holder alone before them (某某社区艺术团) names the holder's organization (round 31).
PROGRAM_TROUPE_ENDINGS = ("艺术团",)
# The endings of a street office, whose name news also writes as the street's part of an address
# (某区某街道办事处某某社区, 某某办事处某某社区): see F22.
STREET_OFFICE_ENDINGS = ("办事处", "街道办")
# F13: the service homes named by the people they serve (org_suffixes.tsv, round 32) are a town's,
# street's, village's or community's own, or a brand's: one named by a province alone is an honour
# title or a rating standard (“某省残疾人之家”荣誉称号, 依照某省残疾人之家星级评定标准), no home.
# F15: a body opening with a bare level word after a list of bare level words (省、市、县妇联,
# 国家、省、市、区禁毒办, 某市、区司法局) names that kind of body at every level, not one unit.
RE_LEVEL_LIST_BEFORE = regex.compile(r"(?:(?:国家|中央|全国|[省市州县区镇乡])、)+\Z")
RE_BARE_LEVEL_OPENING = regex.compile(r"[省市州县区镇乡]")
MAX_LEVEL_LIST_CHARS = 12
# Round 42b: a level character that closes a word of its own is no bare level word: 某某社|区、市税务局 is a
# community and a body in a list, not the 区、市 of a list of levels (three pool articles write a
# community, then a bare level body, in one list).
NON_LEVEL_WORD_HEADS = frozenset("社小园景街片校辖城")
# F14: the bare ending 中心 after nothing but places (某市|中心, 某新区某片区|中心) is the place's centre, its
# downtown or a landmark building named after it, not a body: a centre is named by a name of its own or by
# its community (某区|青禾|中心, 桃源社区|中心). Round 33: a place's centre read as a body in tuning articles
# of four sets (two of them a bare place mention before 中心, which this drops); no labelled organization is
# a bare place before 中心.
PLACE_CENTRE_ENDING = "中心"
# Round 56: a village before a bare 中心 is read as a place is (位于某村|中心: its middle); a village
# names no centre body, a 社区 does (某某社区中心). Bulk 56: one article; no labelled body.
VILLAGE_HEAD = "村"
# C1: a leading group is named by its place and its task (某市|河道|保洁|工作|推进|领导小组,
# 某街道|防汛|工作|领导小组): the task holds verbs and words that stop other names, so the name reaches
# back over them to the nearest place in the clause (org_group_openers.txt and function words end
# it). Round 49 (orgcut): such groups missed or found only as their place in tuning articles of five sets.
TASK_GROUP_ENDINGS = frozenset({"领导小组"})
# F4: a level written as a class of bodies, not one: each level's (各|区级|某某协会), a chain of levels
# counted (县、乡、村|三级|强村公司), or 级 after a list of levels in brackets (乡（街道）|级|老年大学): the
# kind at every level → none. Round 60 (h2b): such classes read as one body in tuning articles of three
# sets; no labelled organization holds one (中级法院, 高级技工学校 are grades, not levels).
RE_LEVEL_CLASS = regex.compile(r"^级|各[省市区县乡镇村]级|[省市区县乡镇村][一二三四五两]级")
# The same level word opening the name right after 各 (各|县级…协会: jieba may leave 各 outside the name).
RE_LEVEL_WORD_HEAD = regex.compile(r"[省市区县乡镇村]级")
EACH_WORD = "各"
# C1: a standing committee for one task is written as its place, its task and 工作委员会 (某县|未成年人|
# 保护|工作委员会, 某村|关心|下一代|工作委员会): the task holds verbs as a leading group's does, so the
# name reaches back over it the same way. Round 60 (h2b): such committees and groups missed in tuning
# articles of four sets; every place-named one the pool writes is labelled.
TASK_COMMITTEE_ENDING = "委员会"
TASK_WORD = "工作"
# C1: a task may join two fields (某区|非公有制经济组织|和|社会组织|工作委员会): the conjunction stays
# inside the name when the field before it is no body of its own (某局和|某某工作委员会 are two).
TASK_FIELD_JOINERS = frozenset({"和"})
# C1: a level's Party committee written bare (区委|党建引领…|工作领导小组) anchors the task's name as a place
# does: the group is that committee's. Round 60 (h2b).
RE_LEVEL_PARTY_ANCHOR = regex.compile(r"^[省市区县]委\Z")
# C1: the short name of a people's congress (某镇人大) is also the head of the names of its organs and
# of its members' titles written right after it (某市人大|内司委副主任委员, 某市人大|社会建设委员会,
# 人大|代表 is a right blocker), so it names the congress itself only where the name closes there: a
# mark, a list or partner word, or a verb, adverb, preposition or conjunction (某镇人大将…, 向区人大反映).
# Round 59 (h2): bodies of the congress missed in tuning articles of three sets.
CLOSED_ENDINGS = frozenset({"人大"})
# C1: a special committee of a people's congress or a political consultative conference is written
# right after the body's short name, its field between (某市人大|社会建设|委员会, 某市政协|社会和法制|
# 委员会): the committee is the body named, not the congress nor a bare 委员会 cut at a stop word
# (建设, 和). Round 59 (h2): the organs of both bodies as co-organizers, a tuning article.
CONGRESS_ENDINGS = frozenset({"人大", "政协"})
# The field and the committee ending after a congress's short name: 社会和法制委员会. No 委员 inside
# (政协委员 is a member), at most ten characters of field.
RE_CONGRESS_COMMITTEE = regex.compile(r"(?:(?!委员)\p{Han}){2,10}?委员会")
# Word tags that make the text between the body and 委员会 a clause, not a field: a verb, a preposition,
# a person's name, a particle or an adverb (市政协主席某某在|居民委员会).
COMMITTEE_FIELD_STOP_TAGS = frozenset("v p d nr nrfg nrt u uj uz ul ug ud uv r".split())
# Round 49: a centre named by a bare level word needs a field of two characters or more after it
# (市|精神卫生|中心); one character is a word's piece, no field.
MIN_CENTRE_FIELD_CHARS = 2
MAX_CENTRE_FIELD_CHARS = 6
# Round 51: a centre named by its place may spell its field out longer than one named by a bare level
# (某市|交通|运行|监测|指挥|中心): the place anchors it.
MAX_PLACE_CENTRE_FIELD_CHARS = 8
# Round 51: jieba's tag of a numeral or count word (首家, 第一): in a centre's field it ranks, not names.
NUMERAL_TAG = "m"
# Round 51: jieba tags of a verb that may stand in a centre's field between its place and 中心.
CENTRE_FIELD_VERB_TAGS = frozenset({"v", "vn"})
SERVICE_HOME_ENDINGS = ("残疾人之家", "儿童之家", "妇女之家", "妇女儿童之家")
RE_PROVINCE_NAME = regex.compile(r"^\p{Han}{2,8}?(?:省|自治区)\Z")

# F9: tags of a two-character word before 公司 that make it a brand (联通 nz, 华为 nr, 京东 ns), not
# a line of business (通信 j, 设计 vn, unknown 文创): round 28 precision wave, four articles of the
# bulk samples and tuning pool; no labelled set holds a name of two characters and 公司.
BARE_COMPANY_BRAND_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz"})
# jieba's tag of a place word (花山, 杭州): a place the gazetteer may lack.
PLACE_TAG = "ns"
PROPER_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz", "j", "x", "eng"})

# Function characters that cannot stand inside a bare level word's abbreviation (市|民生|办 but
# not 市|里的|办): particles, conjunctions, prepositions and pronouns. Single verb characters are
# left out (建 of 住建委, 治 of 综治办 are abbreviated fields).
ABBREVIATION_BREAK_CHARS = frozenset("的了着是和与及或在为对把被将从给让向以因等各每这那其该本此里们")
# Words that refer to units without abbreviating one (市|相关|办, 区|有关|委).
NOT_ABBREVIATIONS = frozenset({"相关", "有关", "其他", "其它", "所有", "各个"})


def _local_office_of(bureau: str, office: str) -> bool:
    """青禾县司法局|柳湾司法所: the office's ending repeats the bureau's with 所 or 站 for 局."""
    return len(bureau) >= 3 and bureau.endswith("局") and office.endswith(LOCAL_OFFICE_ENDINGS) and bureau[:-1] == office[:-1]


@dataclass(frozen=True)
class _Resources:
    suffixes: "ahocorasick.Automaton"
    generic: frozenset[str]
    generic_max: int
    stops: frozenset[str]
    party_words: tuple[str, ...]  # stops naming a party by its task (运营方), matched on the text
    verbs: TaggedWords  # the function words, less the generic ones
    known_words: Mapping[str, str]  # every dictionary word (with its tag)
    surnames: frozenset[str]
    right_blockers: tuple[tuple[str, str], ...]  # (ending tail, text after it)
    media_names: frozenset[str]
    media_endings: tuple[str, ...]
    brand_before: tuple[str, ...]
    group_openers: frozenset[str]
    brand_after: tuple[str, ...]
    worker_modifiers: frozenset[str]
    quote_heads: tuple[str, ...]
    national_prefixes: frozenset[str]
    known_names: "ahocorasick.Automaton"
    list_heads: tuple[str, ...]
    branch_list_heads: frozenset[str]  # org_branch_list_heads.txt: 等党支部 — items must be units
    suffix_texts: frozenset[str]
    disciplines: tuple[str, ...]
    rating_words: tuple[str, ...]
    hub_areas: tuple[str, ...]  # org_hub_areas.txt: 楼宇, 商圈, 骑手 — hubs with a party centre of their own (F1)
    left_adverbs: tuple[str, ...]
    list_units: "ahocorasick.Automaton"
    trade_words: "ahocorasick.Automaton"
    trade_modifiers: frozenset[str]
    party_titles: tuple[str, ...]  # org_party_titles.txt: 合作方, 共建单位 — a title before a brand frames it (C11)
    short_heads: "ahocorasick.Automaton"  # org_short_heads.tsv: head → (head, _ShortHead)
    program_heads: "ahocorasick.Automaton"  # program_suffixes.tsv words that end unquoted program names (word, "")
    posts: tuple[str, ...]  # person_roles.txt: a department followed by one is a person's role (C15)
    level_kinds: tuple[str, ...]  # org_level_kinds.txt: 村级, 乡镇 — a lower level as a kind (F16)
    building_parts: tuple[str, ...]  # org_building_parts.txt: 广场, 院坝, 活动室 — a name written before one is the building (F19)
    title_bodies: tuple[str, ...]  # org_title_bodies.txt: 政协 — written only before a post, a person's title (F20)
    field_words: Mapping[str, tuple[str, ...]]  # org_field_words.tsv: 建设 → (促进会, 公司, 集团), longest first
    verb_heads: Mapping[str, str]  # org_verb_heads.tsv: 办 → object, 所 → verb — a head read as the clause's verb (F26)
    bracket_notes: frozenset[str]  # org_bracket_notes.txt: 化名, 左一 — a bracket that notes, no name word in it


# jieba part-of-speech tags of words that cannot be inside an organization name: verbs,
# adverbs, pronouns, prepositions, conjunctions, particles, numerals/measures, adjectives,
# time words (这里有|…, 我们|…, 一批|…, 认真|…, 除夕|…). Nouns, place and name tags pass.
STOP_TAGS = frozenset(
    "v vd vg vi d ad dg r rr rz rg p c cc u uj ul uz ud ug uv y e o q mq m a an ag t tg k i".split()
)
# Tags a word may carry and still name a community right before 社区/村 (南宋|社区): time words
# (jieba's dynasties and seasons) are common community names; adjectives and numerals are not
# let through (培育壮大|社区…, 一批|社区…).
COMMUNITY_NAME_TAGS = frozenset("t tg".split())
# Tags of words that are names (places, organizations, proper nouns): a one-character stop that
# starts such a word with the next character is part of the name (中|韩 → 中韩).
NAME_WORD_TAGS = frozenset("ns nt nz".split())
# Tags of words that name a company group or brand (中国移动 nt, 华润 nz): written before a place,
# they open the name of the group's regional company (中国移动|青禾公司).
BRAND_TAGS = frozenset("nt nz".split())
# C16: a school or hospital written as its short name, an ordinal and a one-character head after
# its place or name word (某山|二中, 市|一院, 光谷|二高, 实验|二小), or a school's short name before
# 附小/附中 (某师|附小). Not after 第 or another numeral (第二小组, 十一中 is read whole), and
# the head ends a jieba word (二|小时, 三中全会 hold none). `NUMBERED_HOSPITAL_HEADS` name a
# hospital and need a place or a bare level word before them (市|二院; 一院一策 is a slogan).
RE_NUMBERED_UNIT = regex.compile(r"(?<![第0-9０-９一二三四五六七八九十百])(?:[一二三四五六七八九十]{1,2}(?:附院|附小|附中|中|小|高|院)|附小|附中)")
NUMBERED_HOSPITAL_HEADS = ("院",)
# A numeral in the part before the ordinal makes the whole a count or slogan (一老|一小, 两所|一小).
RE_NUMERAL_CHAR = regex.compile(r"[〇零一二两三四五六七八九十百千万几数]")
MAX_NUMBERED_PREFIX = 6

# Most characters between a place and an ending for all of them to be the name when a verb is
# among them (山东省|乡村振兴|基金会); the first word after the place may not be a verb
# (`SANDWICH_OPENER_TAGS`: 青禾市|推进建设|公司 is a clause), and no function word may be inside
# (`SANDWICH_BREAK_TAGS`).
MAX_SANDWICH_CHARS = 6
# A registered company's name (…有限公司) is place + brand + its line of business, which often
# holds verbs (某某|科技发展|有限公司, 某某|房屋报修服务|有限公司): a longer run is its name.
# Brackets around a registered company's seat inside its name (某某（山东）文化科技有限公司).
OPENING_PARENS = ("(", "（")
CLOSING_PARENS = frozenset({")", "）"})
MAX_BRACKETED_PLACE = 6
# A second level, field or form written in brackets inside a name: 移民（脱贫）搬迁, 产业（集团）有限公司.
RE_BRACKETED_ALTERNATIVE = regex.compile(r"\p{Han}{2,4}")
# Endings only a registered company takes; a quoted name with one is also the company's own name,
# not a program's or brand's (F5: quoted agencies, stations and funds, “暖心社工服务站”, may be programs).
LEGAL_COMPANY_ENDINGS = ("有限公司", "有限责任公司")
MAX_COMPANY_SANDWICH_CHARS = 12
# Longest trade name read over words jieba tags as verbs, adverbs or idioms before a registered
# company's ending (宏达建设|集团有限公司, 锦绣前程|教育科技有限公司): brands are two to four characters.
MAX_COMPANY_BRAND_CHARS = 4
# Words naming a company's kind that end a modifier before its trade name (爱心企业|飞跃建材有限公司).
COMPANY_KIND_WORDS = ("企业", "商家")
# A registered company's ending, with the words a group or a joint-stock company puts before it.
RE_REGISTERED_ENDING = regex.compile(r"(?:集团|股份|控股)*有限(?:责任)?公司")
# Endings of a social-work agency's name: one brand word between its place and one of these is
# the name whatever jieba tags it (青禾市|护航|社会工作服务中心). Example: 社工服务中心.
SOCIAL_WORK_AGENCY_ENDINGS = ("社会工作服务中心", "社会工作服务站", "社会工作服务社", "社工服务中心", "社工服务站", "社工服务社")
# Round 44: endings that need a name besides their place (place_ok=no: 公益服务中心, 物业公司)
# take one brand word after the place too, whatever jieba tags it (株洲市|友善|公益服务中心 a,
# 河北|达成|物业公司 v), when the run of endings after the brand is at least this long: a bare
# 公司 or 物业 after a place and a verb is as often a clause (某小区|更换|物业).
MIN_BRANDED_ENDING_RUN = 4
SANDWICH_OPENER_TAGS = frozenset("v vd vi vg d ad".split())
# Tags of words that cannot be inside a brand before a trade word (C11): adverbs, time words,
# pronouns, numerals and measures, prepositions, conjunctions, particles (正在|爱心超市, 一方面|…).
CLAUSE_TAGS = frozenset("d ad t tg r rr rz m mq p c u uj ul uz ud ug uv".split())
# C19: tags of an item's first word that describes or opens a clause (多位, 为): no brand.
CARING_ITEM_OPENER_TAGS = DESCRIPTOR_TAGS | CLAUSE_TAGS
# jieba's tags of verbs (what follows a manner adverb inside a token: 积极|探索 v, 全面|完成 v).
VERB_TAGS = frozenset("v vn vi vd".split())
# Tags of a dictionary word that, opening a word jieba only guessed, make it a verb phrase (感谢|电,
# 不断|丰富): verbs and adverbs, not verbal nouns (服务, 管理 open names).
GUESSED_OPENER_TAGS = frozenset("v vi vd d".split())
PHRASE_TAG = "l"
SANDWICH_BREAK_TAGS = frozenset("d ad r rr rz p c cc u uj ul uz ud ug uv y e o q mq m t tg k i".split())
# Life stages jieba tags as time words (青年 t, 老年 t, 少年 m): inside a name they are the people a
# unit serves (团市委|青年|部, 某街道|青年|工作|委员会), not a time, so they do not break a name's words.
LIFE_STAGE_WORDS = frozenset({"青年", "少年", "老年", "中年", "青少年"})
# A word of Han characters only.
RE_HAN_WORD = regex.compile(r"^\p{Han}+\Z")
# C1: a social-work agency's two-character brand that jieba splits into lone characters, the second a
# function character that stops names elsewhere (某市|龙|和|社会工作服务中心, ，|六|和|青少年阅读服务中心,
# 、|市益|如|社会工作服务中心): the brand opens the name, after a place, a bare level character or a
# border. Round 60 (h2b): agencies cut at the function character in tuning articles of three sets.
BRAND_FUNCTION_CHARS = frozenset("和如")
SOCIAL_WORK_KIND = "social_work"
# How many field words may stand between such a brand and the agency's ending (青少年|阅读).
MAX_BRAND_FIELD_WORDS = 3
# Tags of a lone character that cannot open such a brand: it is then the clause's word (我|和, 并|与).
BRAND_LONE_CHAR_STOP_TAGS = (SANDWICH_BREAK_TAGS - {"m"}) | {"v", "vd", "vi"}
# Level characters that, alone before a function character, are a list of levels (市|和|区…), no brand.
BRAND_LEVEL_CHARS = frozenset("省市区县镇乡村街")
# Tags that end a list item on its left (比赛由|团市委, 与辖区|客运二公司): verbs, prepositions,
# conjunctions, particles, pronouns and adverbs; numerals and adjectives may be inside names.
LIST_ITEM_STOP_TAGS = frozenset("v vd vi vg d p c r rr rz u uj ul uz ud ug uv y e o".split())


@lru_cache(maxsize=1)
def jieba_function_words() -> TaggedWords:
    """Words jieba's dictionary tags with a STOP_TAGS tag (verbs, adverbs, pronouns …), asked of the word
    table (`TaggedWords`) rather than copied into a set; shared with people."""
    return TaggedWords(STOP_TAGS)


# Round 58 h8 (bulk read): jieba tags the words that say when or how near (最近, 以前, 之后, 附近)
# as locatives (f), a tag names pass because direction words (东部, 上游) do open bodies' names; a
# frequent one ending in a time or nearness character says when the body acted or which one is
# near, never whose body it is (谈及最近|街道办事处: the recent street office). The rare ones (外来,
# a word of migrant-worker bodies' names) stay name pieces.
TIME_LOCATIVE_TAG = "f"
TIME_LOCATIVE_END_CHARS = frozenset("前后近来")
TIME_LOCATIVE_MIN_FREQ = 2000


@lru_cache(maxsize=1)
def time_locatives() -> frozenset[str]:
    """最近, 以前, 之后, 附近: frequent locatives of time or nearness (see above)."""
    return frozenset(word for word, tag in word_tags().items()
                     if tag == TIME_LOCATIVE_TAG and len(word) >= 2 and word[-1] in TIME_LOCATIVE_END_CHARS
                     and word_freq().get(word, 0) >= TIME_LOCATIVE_MIN_FREQ)


@lru_cache(maxsize=1)
def held_station_endings() -> tuple[str, ...]:
    """The endings of org_suffixes.tsv that only places and communities right before them name
    (`held`), longest first; programs and places read them here too."""
    rows = (row["suffix"] for row in read_table("org_suffixes.tsv") if row["place_ok"] == HELD_ONLY_VALUE)
    return tuple(sorted(rows, key=lambda suffix: (-len(suffix), suffix)))


@lru_cache(maxsize=1)
def resources() -> _Resources:
    """Automata and word sets built once per process from the lexicons."""
    automaton = ahocorasick.Automaton()
    for row in read_table("org_suffixes.tsv"):
        suffix = _Suffix(
            row["suffix"], row["kind"], row["place_ok"] == "yes", venue=False,
            needs_place=row["place_ok"] in NEEDS_PLACE_VALUES, local_only=row["place_ok"] == LOCAL_ONLY_VALUE,
            held_only=row["place_ok"] == HELD_ONLY_VALUE,
        )
        automaton.add_word(suffix.text, suffix)
    for venue in read_terms("org_venues.txt"):
        automaton.add_word(venue, _Suffix(venue, "other", False, venue=True))
    automaton.make_automaton()
    generic = frozenset(read_terms("org_generic_words.txt"))
    stops = frozenset(read_terms("org_left_stops.txt"))
    media = read_terms("org_media.txt")
    brand = read_table("org_brand_context.tsv")
    return _Resources(
        suffixes=automaton,
        generic=generic,
        generic_max=max(len(word) for word in generic),
        stops=stops,
        party_words=tuple(word for word in stops if len(word) > 2 and word.endswith(PARTY_WORD_ENDS)),
        verbs=TaggedWords(STOP_TAGS, generic, also=time_locatives()),
        known_words=word_tags(),
        surnames=frozenset(read_terms("person_surnames.txt")),
        right_blockers=tuple(_blocker(line) for line in read_terms("org_right_blockers.txt")),
        media_names=frozenset(term for term in media if not term.startswith("*")),
        media_endings=tuple(term[1:] for term in media if term.startswith("*")),
        brand_before=tuple(row["word"] for row in brand if row["side"] == "before"),
        group_openers=frozenset(read_terms("org_group_openers.txt")),
        brand_after=tuple(row["word"] for row in brand if row["side"] == "after"),
        worker_modifiers=frozenset(read_terms("org_social_worker_modifiers.txt")),
        quote_heads=tuple(sorted(read_terms("org_quote_heads.txt"), key=len, reverse=True)),
        national_prefixes=frozenset(read_terms("org_national_prefixes.txt")),
        known_names=_automaton({row["name"]: row["kind"] for table in KNOWN_NAME_TABLES for row in read_table(table)}),
        list_heads=tuple(sorted({*read_terms("org_list_heads.txt"), *read_terms("org_branch_list_heads.txt")}, key=len, reverse=True)),
        branch_list_heads=frozenset(read_terms("org_branch_list_heads.txt")),
        suffix_texts=frozenset(row["suffix"] for row in read_table("org_suffixes.tsv")),
        disciplines=read_terms("org_discipline_words.txt"),
        rating_words=tuple(read_terms("org_rating_words.txt")),
        hub_areas=tuple(sorted(read_terms("org_hub_areas.txt"), key=len, reverse=True)),
        left_adverbs=tuple(sorted(read_terms("phrase_adverbs.txt"), key=len, reverse=True)),
        list_units=_automaton({row["name"]: row["kind"] for row in read_table("org_list_units.tsv")}),
        trade_words=_automaton({row["word"]: (row["kind"], row["brand"]) for row in read_table("org_trade_words.tsv")}),
        trade_modifiers=frozenset(read_terms("org_trade_modifiers.txt")),
        party_titles=tuple(read_terms("org_party_titles.txt")),
        short_heads=_automaton(
            {
                row["head"]: _ShortHead(row["head"], row["kind"], frozenset(row["anchors"].split(",")), int(row["min_stem"]))
                for row in read_table("org_short_heads.tsv")
            }
        ),
        program_heads=_automaton({row["suffix"]: "" for row in read_table("program_suffixes.tsv") if row["bare"] != "no"}),
        posts=tuple(read_terms("person_roles.txt")),
        level_kinds=tuple(read_terms("org_level_kinds.txt")),
        building_parts=tuple(read_terms("org_building_parts.txt")),
        title_bodies=tuple(read_terms("org_title_bodies.txt")),
        bracket_notes=frozenset(read_terms("org_bracket_notes.txt")),
        verb_heads={row["head"]: row["reading"] for row in read_table("org_verb_heads.tsv")},
        # longest field word first, and its endings longest first (禁毒 → 委员会 before 委)
        field_words={row["field"]: tuple(sorted(row["endings"].split(","), key=lambda e: (-len(e), e)))
                     for row in sorted(read_table("org_field_words.tsv"), key=lambda r: (-len(r["field"]), r["field"]))},
    )


def _blocker(line: str) -> tuple[str, str]:
    """`TAIL|NEXT` → (TAIL, NEXT); a plain word blocks after any ending: ("", word)."""
    tail, _, after = line.rpartition("|")
    return tail, after


def _automaton(words: dict[str, str]) -> "ahocorasick.Automaton":
    automaton = ahocorasick.Automaton()
    for word, value in words.items():
        automaton.add_word(word, (word, value))
    automaton.make_automaton()
    return automaton


# The endings of a company's branch, and what may stand between the parent company and the
# ending: a place or line name, 有限公司 of the line company, an ordinal (某集团|李沧巴士第四|分公司,
# 某集团|某某客运有限公司第二|分公司).
BRANCH_ENDINGS = frozenset({"分公司", "支行", "分行"})

# Tags of a one-word community name that looks like a descriptor or function word yet names a
# community or village (团结 a, 优胜 v, 胜利 vn, 北一 t, 新村 ns), and the Party bodies that, written
# right after such a community, are its own (团结社区|党委, 优胜村|党总支).
WORD_NAME_TAGS = frozenset("a v vn t ns".split())
RE_COMMUNITY_PARTY_BODY = regex.compile(r"党委|党总支|党支部")

# F12: jieba's tag of a verbal noun (影响, 宣传, 建设); a character that ends a clause or stands
# outside a name (，。、“ and line breaks) before a name's first word; the tags of words after which
# a verbal noun may open a name (prepositions and conjunctions: 与|应急技术学院).
VERBAL_NOUN_TAG = "vn"
RE_CLAUSE_BORDER_CHAR = regex.compile(r"[\p{P}\s]")
BORDER_WORD_TAGS = frozenset({"p", "c"})

# A day of the month or an hour opening a name (jieba glues 29|日龙湖: 3月29日|某公益基金会): a date, not part of it.
RE_DATE_HEAD = regex.compile(r"[0-9]{1,4}[年月日号时点分](?=\p{Han})")

# C14: the parents whose sections are written right after them, and the sections' shape: one to
# five name characters (no list or function word) and a section, squad or local-office ending;
# the words that may not follow it (科长, 科室, 科技, 所长 … are no section).
SECTION_PARENT_ENDINGS = ("局", "医院", "检察院", "法院")
RE_SECTION = regex.compile(r"(?:(?![等各和与及的了在为对该本其多])\p{Han}){1,5}?(?:科|交警中队|中队|大队|所)")
SECTION_BLOCKED_AFTER = tuple("长员室技学普研目级协以属有")
# A company's own Party or union body written right after its (merged) name: 某集团某分公司|党支部.
COMPANY_UNIT_ENDINGS = frozenset({"党支部", "党总支", "党委", "团委", "工会"})
RE_BRANCH_GAP = regex.compile(r"\p{Han}{0,8}?(?:有限公司)?(?:第[一二三四五六七八九十]{1,3})?")


@dataclass
class _Candidate:
    start: int
    end: int
    kind: str
    canonical: str = ""
    quoted_only: bool = False


def clean_name(surface: str) -> str:
    """The clean form of a surface: quote marks removed."""
    return strip_quotes(surface)


@lru_cache(maxsize=1)
def official_short_forms() -> tuple[regex.Pattern, dict[str, str]]:
    """The full field wordings of `org_short_forms.tsv` as one pattern (longest first, so 卫生健康委员会
    wins over 卫生健康), and the short form of each."""
    shorts = {row["full"]: row["short"] for row in read_table("org_short_forms.tsv")}
    return regex.compile("|".join(sorted(shorts, key=len, reverse=True))), shorts


def _written_short(name: str) -> str:
    """`name` with every official full wording in its short form (某县市场监督管理局 → 某县市场监管局)."""
    pattern, shorts = official_short_forms()
    return pattern.sub(lambda match: shorts[match.group()], name)


def alias_key(name: str) -> str:
    """What two forms of one name share: 社工 is short for 社会工作 (九龙社会工作服务中心 ~ 九龙社工中心),
    and an official short form for its full wording (市场监管局 ~ 市场监督管理局, 区法院 ~ 区人民法院,
    round 51); a Youth League committee and the League written place first are one body
    (共青团青禾市委 ~ 青禾共青团)."""
    key = RE_ALIAS_NOISE.sub("", _written_short(clean_name(name).replace(FULL_SOCIAL_WORK, SHORT_SOCIAL_WORK)))
    return RE_YOUTH_COMMITTEE_KEY.sub(r"\1共青团", key)


class _MentionIndex:
    """The article's place and community mentions, sorted once, so each candidate asks
    about the few inside its span by bisection (no scan over all mentions per candidate)."""

    def __init__(self, ctx: ArticleContext) -> None:
        self.places = sorted((m.start, m.end) for m in ctx.found("places"))
        self.place_starts = [start for start, _ in self.places]
        self.place_start_set = frozenset(self.place_starts)
        self.place_end_to_start = {end: start for start, end in self.places}
        self.communities = sorted(ctx.found("communities"), key=lambda m: (m.end, m.start))
        self.community_ends = [m.end for m in self.communities]
        self.community_starts = sorted(m.start for m in self.communities)
        self.community_spans = sorted((m.start, m.end) for m in self.communities)

    def places_within(self, start: int, stop: int) -> list[tuple[int, int]]:
        """Place mentions that lie inside [start, stop)."""
        i = bisect_left(self.place_starts, start)
        out = []
        while i < len(self.places) and self.places[i][0] < stop:
            if self.places[i][1] <= stop:
                out.append(self.places[i])
            i += 1
        return out

    def place_overlapping(self, suffix_start: int, end: int) -> int | None:
        """The start of a place mention that begins before `suffix_start` and ends inside the
        ending [suffix_start, end) (五里沟街道 over the ending 街道办), if any."""
        i = bisect_left(self.place_starts, suffix_start) - 1
        if i >= 0 and suffix_start < self.places[i][1] <= end:
            return self.places[i][0]
        return None

    def place_ending_at(self, end: int) -> int | None:
        """The start of a place mention that ends at `end`, if any."""
        return self.place_end_to_start.get(end)

    def has_community_within(self, start: int, stop: int, until: int | None = None) -> bool:
        """A community mention that starts in [start, stop) and ends by `until` (default `stop`):
        with `until` past `stop`, one written over an ending counts too (桃源社区 over the ending
        社区服务中心 of 桃源社区服务中心, round 32)."""
        until = stop if until is None else until
        i = bisect_left(self.community_spans, (start, -1))
        while i < len(self.community_spans) and self.community_spans[i][0] < stop:
            if self.community_spans[i][1] <= until:
                return True
            i += 1
        return False

    def communities_ending_by(self, offset: int):
        """Community mentions ending at or before `offset`, the latest first."""
        i = bisect_right(self.community_ends, offset)
        for k in range(i - 1, -1, -1):
            yield self.communities[k]

    def community_ending_at(self, start: int, end: int) -> Mention | None:
        """A community mention inside [start, end) that ends exactly at `end` (…社区|党委)."""
        i = bisect_left(self.community_ends, end)
        while i < len(self.communities) and self.community_ends[i] == end:
            if self.communities[i].start >= start:
                return self.communities[i]
            i += 1
        return None


class OrganizationExtractor:
    """Finds organization mentions (label "organizations").

    Keyword-only options:
      max_name_chars: longest organization name considered (default 30 characters).
      community_lookback: how many characters before a bare 社区党委 the named community may
        be mentioned for the two to be linked (default 300).
    """

    assigns = "organizations"
    requires = ("places", "communities")

    def __init__(self, *, max_name_chars: int = MAX_NAME_CHARS, community_lookback: int = COMMUNITY_LOOKBACK) -> None:
        self.max_name_chars = max_name_chars
        self.community_lookback = community_lookback
        self.res = resources()
        self._blockers_by_ending: dict[str, tuple[str, ...]] = {}

    # ------------------------------------------------------------------ entry point
    def __call__(self, ctx: ArticleContext) -> list[Mention]:
        text = ctx.text
        protected = self._protected_spans(ctx)
        index = _MentionIndex(ctx)
        media_spans = Enclosures([m.span() for m in RE_BOOK_TITLE.finditer(text)])
        endings = self._longest_endings(text)
        candidates: list[_Candidate] = []
        candidates += self._suffix_candidates(ctx, protected, index, endings)
        candidates += self._committee_candidates(text)
        candidates += self._formal_committee_candidates(text, index)
        candidates += self._youth_league_candidates(text, index)
        candidates += self._place_committee_candidates(ctx, index)
        candidates += self._bureau_candidates(ctx, index)
        candidates += self._level_office_candidates(text, index)
        candidates += self._known_candidates(text, ctx.tokens)
        candidates += self._list_candidates(ctx)
        candidates += self._counted_list_candidates(ctx)
        candidates += self._brand_candidates(text, candidates, index)
        candidates += self._quoted_candidates(text)
        candidates += self._list_unit_candidates(ctx, candidates)
        candidates += self._placed_unit_candidates(ctx, index)
        candidates += self._frame_candidates(ctx, index, protected, candidates)
        candidates += self._caring_list_candidates(ctx, index, candidates)  # C19
        candidates += self._brand_place_company_candidates(ctx, index)
        candidates += self._quoted_station_candidates(text, index)
        candidates = [c for c in candidates if not self._is_media(text, c, media_spans)]  # F3
        candidates = [
            c for c in candidates
            if not (c.quoted_only and not self._has_org_context_before(text, c.start) and c.start not in index.place_start_set and not text.endswith(LEGAL_COMPANY_ENDINGS, c.start, c.end))
        ]  # F5 (a quoted name that opens with its place, “桃源区爱邻社会工作服务中心”, or ends as a registered body does, “某某实业发展有限公司”, is an organization)
        candidates = [c for c in candidates if not self._bare_trade_company(text[c.start : c.end])]  # F9
        candidates += self._section_candidates(ctx, candidates)  # C14
        candidates += self._short_head_candidates(ctx, index, protected, candidates, endings)  # C15
        candidates += self._numbered_unit_candidates(ctx, index, protected)  # C16
        candidates = _drop_nested(self._drop_into_community(ctx, candidates))  # F10, F6
        candidates = _drop_nested(self._whole_cut_items(ctx, index, candidates))  # C17
        candidates = self._drop_named_troupes(ctx, candidates)  # F11
        candidates = [c for c in candidates if not _level_list_item(text, c)]  # F15
        candidates = self._drop_building_names(text, index, candidates)  # F19
        candidates = self._drop_address_offices(ctx, candidates)  # F22
        candidates = _drop_street_offices(ctx, candidates)  # F23
        candidates = _cut_clause_openers(text, candidates)  # F24
        candidates = [c for c in candidates if not _counted_kind(text, c)]  # F25
        candidates = self._drop_verb_heads(ctx, index, candidates)  # F26
        candidates = [c for c in candidates if not self._hospital_trip(text, c)]  # F27
        mentions = _fold_parenthesized_aliases(text, self._link_aliases(ctx, candidates))  # F21
        return self._drop_title_bodies(ctx, _drop_team_heads(text, mentions))  # F7, F20

    def _whole_cut_items(self, ctx: ArticleContext, index: _MentionIndex, candidates: list[_Candidate]) -> list[_Candidate]:
        """C17: each candidate cut inside its 、-list item grown to the item's start."""
        return [self._grown_to_item(ctx, index, c, candidates) for c in candidates]

    def _grown_to_item(self, ctx: ArticleContext, index: _MentionIndex, c: _Candidate, candidates: list[_Candidate]) -> _Candidate:
        text = ctx.text
        mark = text.rfind("、", max(0, c.start - MAX_CUT_ITEM_HEAD - 1), c.start)
        if mark < 0 or not text.startswith(CUT_ITEM_CLOSERS, c.end):
            return c
        start = mark + 1
        head = text[start : c.start]
        if not head or RE_CUT_ITEM_HEAD.fullmatch(head) is None or not self._opens_with_level(head, start, index):
            return c
        if any(o is not c and o.start < c.start and o.end > start for o in candidates):
            return c  # 、区政协|教科和|卫体委员会: another unit stands in the head
        return _Candidate(start, c.end, c.kind, c.canonical, c.quoted_only)

    @staticmethod
    def _opens_with_level(head: str, start: int, index: _MentionIndex) -> bool:
        return head[0] in ADMIN_LEVEL_CHARS or start in index.place_start_set

    def _drop_title_bodies(self, ctx: ArticleContext, mentions: list[Mention]) -> list[Mention]:
        """F20: a body of `org_title_bodies.txt` written only right before a post (某市政协委员某某,
        某省政协副主席某某) is the person's title: the person keeps it as their role, and the gold
        lists no body; one also written alone (某县政协在各乡镇设立…) stays, round 50. A 村 the
        article also calls a 社区 (a city's 某某新村, 某某新村社区) is a community, whose Party body
        before a post the gold lists as the community's committee, round 53."""
        text = ctx.text
        communities = {m.surface(text) for m in ctx.found("communities")}
        community_ends = {m.end for m in ctx.found("communities")}

        def title_only(m: Mention) -> bool:
            if not (m.name.endswith(self.res.title_bodies) and text.startswith(self.res.posts, m.end)):
                return False
            body = next((b for b in self.res.title_bodies if b.startswith(VILLAGE_BODY_HEAD) and m.name.endswith(b)), "")
            if body and _village_named_before(text, m, body, community_ends):
                return False
            village = m.name[: len(m.name) - len(body) + 1] if body else ""
            return not (village and village + "社区" in communities)

        alone = {m.canonical for m in mentions if not title_only(m)}
        return [m for m in mentions if m.canonical in alone]

    @staticmethod
    def _drop_named_troupes(ctx: ArticleContext, candidates: list[_Candidate]) -> list[_Candidate]:
        """F11: a troupe (艺术团) named by words of its own (某某艺术团, 某某社区风采艺术团) is a team,
        which programs reports; the troupe of a holder written alone before the ending (某某社区
        艺术团) stays its organization. Round 31: named troupes are programs in 6 labelled articles
        of 4 sets; the seed gold lists a community's own troupe among organizations."""
        text = ctx.text
        if not any(text.endswith(PROGRAM_TROUPE_ENDINGS, c.start, c.end) for c in candidates):
            return candidates
        ends: dict[int, int] = {}
        for m in ctx.found_any(("places", "communities")):
            ends[m.start] = max(ends.get(m.start, 0), m.end)
        out = []
        for c in candidates:
            word = next((w for w in PROGRAM_TROUPE_ENDINGS if text.endswith(w, c.start, c.end)), None)
            if word is not None and chain_end(ends, c.start, c.end - len(word)) != c.end - len(word):
                continue  # words of the troupe's own before its ending: a team
            out.append(c)
        return out

    def _drop_building_names(self, text: str, index: _MentionIndex, candidates: list[_Candidate]) -> list[_Candidate]:
        """F19: a name written only before a part of its building (某中心二楼, 某村村委会
        院坝, 某中心旁的广场, 某中心活动室内) names the building where something is, not a body that
        acts; one written once elsewhere (某中心组织…) stays. Round 50: false organizations in
        tuning articles of seven sets, one labelled unit (a centre's third floor) lost. A named
        community's own centre stays (`_community_centre`)."""
        in_building: dict[str, bool] = {}
        for c in candidates:
            name = text[c.start : c.end]
            in_room = self._before_building_part(text, c.end) and not self._community_centre(text, index, c)
            in_building[name] = in_building.get(name, True) and in_room
        return [c for c in candidates if not in_building[text[c.start : c.end]]]

    @staticmethod
    def _community_centre(text: str, index: _MentionIndex, c: _Candidate) -> bool:
        """A named community's or village's own centre (某社区党群服务中心, 某村新时代文明实践站) is
        the body with its staff that `_acting_venue` reads wherever it is written (the community
        may follow its place or address inside the name), so a floor or a room after it
        (…中心三楼, …实践站活动室) places something in the body's building and still names the
        body. Round 57 h4: the t53-style gold of three tuning articles of three sets lists such a
        centre written only so, and no tuning, dev or seed article leaves one out. Rooms and
        service points (日间照料中心) stay with F19."""
        ending = next((v for v in ACTING_VENUES_LONGEST_FIRST if text.endswith(v, c.start, c.end)), None)
        if ending is None or ending in COMMUNITY_RUN_VENUES:
            return False
        between = RE_CENTRE_NETWORK.search(text, c.start, c.end - len(ending))
        community = index.community_ending_at(c.start, between.start())
        return community is not None

    @staticmethod
    def _drop_address_offices(ctx: ArticleContext, candidates: list[_Candidate]) -> list[_Candidate]:
        """F22: a street office written only right before a community (某区某街道办事处某某社区,
        某某街道办某某社区) is the street's link in that community's address, a place, not a body
        that acts; one written once elsewhere (某街道办事处联合…) stays. Round 53 p3: false
        organizations in tuning articles of four sets, whose gold lists the street as a place."""
        text = ctx.text
        community_starts = {m.start for m in ctx.found("communities")}
        in_address: dict[str, bool] = {}
        for c in candidates:
            name = text[c.start : c.end]
            address = name.endswith(STREET_OFFICE_ENDINGS) and c.end in community_starts
            in_address[name] = in_address.get(name, True) and address
        return [c for c in candidates if not in_address[text[c.start : c.end]]]

    def _drop_verb_heads(self, ctx: ArticleContext, index: _MentionIndex, candidates: list[_Candidate]) -> list[_Candidate]:
        """F26: a name written only where its head reads as the clause's verb (see
        `_head_read_as_verb`) names no unit; written once elsewhere as a unit it stays."""
        text = ctx.text
        verb_read: dict[str, bool] = {}
        for c in candidates:
            name = text[c.start : c.end]
            verb_read[name] = verb_read.get(name, True) and self._head_read_as_verb(ctx, index, c)
        return [c for c in candidates if not verb_read[text[c.start : c.end]]]

    def _hospital_trip(self, text: str, c: _Candidate) -> bool:
        """F27: the candidate holds a going verb that reaches into it (or opens it from the
        character before: 到|达社区医院) and only a size or descriptor word between the verb and
        the hospital ending (去|医院, 跑|大|医院, 到达|社区|医院): a trip to a kind of hospital."""
        trip = RE_HOSPITAL_TRIP.search(text, max(0, c.start - 1), c.end)
        if trip is None or trip.end("verb") <= c.start or trip.start("verb") - c.start > MAX_TRIP_OPENER_CHARS:
            return False
        kind = trip.group("kind")
        return kind in HOSPITAL_SIZE_WORDS or self._only_generic_words(kind)

    def _head_read_as_verb(self, ctx: ArticleContext, index: _MentionIndex, c: _Candidate) -> bool:
        """F26: the candidate's head (`org_verb_heads.tsv`: 办, 学会, 所) is a word of its own right
        after a word naming people or a community (RE_MEMBER_WORD), and what follows it is what the
        verb reading takes: the verb's object (某村搬迁户|办|年货, 保洁工人|学会|新技能) or, after
        the particle 所, a verb (某社区居民|所|提出). A unit is named by its place and field (某镇|民政|所):
        a people word right after a place is that field (某省|移民|办), and a post after the head
        (某社区办|主任) keeps it a unit. Round 57 h5: false units in tuning
        articles of three sets."""
        text, tokens = ctx.text, ctx.tokens
        head = next((h for h in self.res.verb_heads if text.endswith(h, c.start, c.end)), None)
        if head is None:
            return False
        head_start = c.end - len(head)
        member = tokens.at(head_start - 1)
        if tokens.at(head_start) != (head_start, c.end) or member is None or member[0] < c.start:
            return False
        if not RE_MEMBER_WORD.search(text, member[0], member[1]) or text.startswith(self.res.posts, c.end):
            return False
        if index.place_ending_at(member[0]) is not None:
            return False
        after = tokens.at(c.end)
        if after is None or after[0] != c.end:
            return False
        tag = self.res.known_words.get(text[after[0] : after[1]]) or ""
        return tag.startswith(VERB_HEAD_FOLLOWER_TAGS[self.res.verb_heads[head]])

    def _before_building_part(self, text: str, end: int) -> bool:
        """A floor (二楼, 4楼, 三层) or a listed part of a building (`org_building_parts.txt`), maybe
        after 的 (某中心的展示厅), starts at `end`."""
        if RE_BUILDING_FLOOR.match(text, end):
            return True
        after = end + 1 if text.startswith("的", end) else end
        return text.startswith(self.res.building_parts, after) or self._central_feature_before_part(text, end)

    def _central_feature_before_part(self, text: str, end: int) -> bool:
        """The name's ending 中心 means "central" here: one character of a grounds feature sits
        between it and a listed part (某花园中心湖广场), so the words name a square by a lake, not a
        centre; a centre's own square (某中心广场) is the plain F19 case."""
        return (
            text.endswith(CENTRAL_WORD, 0, end)
            and RE_CENTRAL_FEATURE.match(text, end) is not None
            and text.startswith(self.res.building_parts, end + 1)
        )

    @staticmethod
    def _drop_into_community(ctx: ArticleContext, candidates: list[_Candidate]) -> list[_Candidate]:
        """F10: a candidate that ends inside a community's name that starts within it ran into
        the next name (某市中心|中心花园社区, 某街道大学|大学城社区): its ending is the
        community's first word, not an organization's. Round 30: seen in tuning articles of
        three sets (a city's landmark square, a campus estate, a factory's estate)."""
        spans = [(m.start, m.end) for m in ctx.found("communities")]
        if not spans:
            return candidates
        return [c for c in candidates if not any(c.start < start < c.end < end for start, end in spans)]

    # ------------------------------------------------------------------ C16: numbered short names
    def _numbered_unit_candidates(self, ctx: ArticleContext, index: _MentionIndex, protected: dict[int, int]) -> list[_Candidate]:
        """C16: schools and hospitals news calls by an ordinal short name (某山二中, 市一院,
        光谷二高, 某师附小): the name before the ordinal is found as C1 finds a name before its
        ending, and must be a short run of name words, a place, or a bare level word after a
        clause border. Round 19: misses of this shape in the tuning pool (a city's second
        hospital, a new district's second primary school, a normal school's primary) and in
        real articles on school volunteers (county middle schools, a district's second high school)."""
        text, tokens = ctx.text, ctx.tokens
        out = []
        for match in RE_NUMBERED_UNIT.finditer(text):
            short_start, end = match.span()
            last = tokens.at(end - 1)
            if last is None or last[1] != end:
                continue  # the head starts a longer word: 二|小时, 三中全会
            start = self._extend_left(text, short_start, tokens, protected, index.place_start_set)
            if not self._numbered_prefix_ok(text, tokens, start, short_start):
                continue
            hospital = match.group().endswith(NUMBERED_HOSPITAL_HEADS)
            if hospital and not (text[start:short_start] in BARE_LEVELS or short_start in protected):
                continue  # 市|二院, 某县|一院; but not a bare name word before 院
            out.append(_Candidate(start, end, "hospital" if hospital else "school"))
        return out

    def _numbered_prefix_ok(self, text: str, tokens: SpanIndex, start: int, short_start: int) -> bool:
        """The part before an ordinal short name is a name: one to a few Han characters, not a
        count or slogan (两所|一小, 一老|一小), a function word or a descriptor only (这所|二中), and a bare level word
        only after a clause border (，市|二院)."""
        prefix = text[start:short_start]
        if not 1 <= len(prefix) <= MAX_NUMBERED_PREFIX or not RE_HAN_WORD.match(prefix):
            return False
        if prefix in BARE_LEVELS:
            return self._level_border(text, start, tokens)
        if RE_NUMERAL_CHAR.search(prefix) or any(self._breaks_prefix(word) for word in self._words(text, tokens, start, short_start)):
            return False
        return len(prefix) == 1 or not self._only_generic_words(prefix)  # 新|二小 is a name; 相关|… is not

    def _breaks_prefix(self, word: str) -> bool:
        """A word that cannot be in a short name's prefix: a listed stop, a word of two or more
        characters jieba tags as a function word (一些|…; one character is too often mis-tagged:
        新|二小), or an unknown word glued to a stop (这所|二中)."""
        if word in self.res.stops or (len(word) > 1 and word in self.res.verbs):
            return True
        return len(word) > 1 and word[0] in self.res.stops and word not in self.res.known_words

    @staticmethod
    def _words(text: str, tokens: SpanIndex, start: int, end: int) -> list[str]:
        """The jieba words of text[start:end], the first and last cut at the span's borders."""
        words, i = [], start
        while i < end:
            token = tokens.at(i)
            stop = min(end, token[1]) if token is not None and token[1] > i else i + 1
            words.append(text[i:stop])
            i = stop
        return words

    # ------------------------------------------------------------------ C14: sections
    def _section_candidates(self, ctx: ArticleContext, candidates: list[_Candidate]) -> list[_Candidate]:
        """C14: a bureau's or a hospital's own section, squad or office written right after it
        is one name with it (某区住建局|住房保障科, 某市公安局|某湾交警中队, 某医院|肾内科,
        某市场监管局|某城所): the section's part is a few name characters and its ending, on word
        borders. Not a unit that names itself by its ending (某县司法局|某河司法所 stays two
        units, `_split_at_inner_unit`), nor 局长, 科室, 等多所 or a list word inside. Round 16
        second task: four tuning articles from four outlets and one bulk text."""
        text = ctx.text
        out = []
        for parent in candidates:
            if not text.endswith(SECTION_PARENT_ENDINGS, parent.start, parent.end):
                continue
            match = RE_SECTION.match(text, parent.end)
            if match is None or text.startswith(SECTION_BLOCKED_AFTER, match.end()):
                continue
            end = match.end()
            first, last = ctx.tokens.at(parent.end), ctx.tokens.at(end - 1)
            if first is None or last is None or first[0] != parent.end or last[1] != end:
                continue
            if any(True for _ in self.res.suffixes.iter(match.group())):
                continue  # the section names a unit of its own (某河司法所, 某区交警大队)
            canonical = parent.canonical + match.group() if parent.canonical else ""
            out.append(_Candidate(parent.start, end, parent.kind, canonical=canonical))
        return out

    # ------------------------------------------------------------------ C15: short heads
    def _short_head_candidates(self, ctx: ArticleContext, index: _MentionIndex, protected: dict[int, int], found: list[_Candidate], endings: dict[int, _Suffix]) -> list[_Candidate]:
        """C15: a unit named by a short head (org_short_heads.tsv) after an anchor and a short
        run of name words: [place or community][stem]head (某县|邮政快递|站, 某街道|城管|科,
        某小区|业委会), [parent unit][stem]head (某市公安局|特警|支队, 某事务所|某洲|站), or
        [bare level word][stem]head after a clause border (市|征收|办, 联合|区安办). The head sits
        on jieba's word borders, or ends a word jieba only guessed (社治委), and no post or
        verb character follows it (站长, 办公). The stem holds name words only: no function
        word, number, time word or person-like token, and after a place it does not open with
        a verb (某市|推进|所 is a clause). Round 17: misses of this shape in 20+ pooled articles."""
        text = ctx.text
        tokens = ctx.tokens
        parents = {c.end: c for c in found if not c.quoted_only}
        for short_start, short_end, kind in self._shortened_parents(ctx, index, found):
            parents.setdefault(short_end, _Candidate(short_start, short_end, kind))
        longest: dict[int, _ShortHead] = {}
        for end_index, (_, head) in self.res.short_heads.iter(text):
            end = end_index + 1
            if end not in longest or len(head.text) > len(longest[end].text):
                longest[end] = head
        program_ends = {end_index + 1: len(word) for end_index, (word, _) in self.res.program_heads.iter(text)}
        out = []
        for end, head in longest.items():
            if end in endings:
                continue  # a listed ending (社工站, 派出所) or venue (文明实践站) ends here: C1 decides
            if program_ends.get(end, 0) > len(head.text):
                continue  # a longer program word ends here (某社区巾帼|阳光站): programs decide
            head_start = end - len(head.text)
            last = tokens.at(end - 1)
            if last is None or last[1] != end or text.startswith(SHORT_HEAD_BLOCKED_AFTER, end):
                continue
            first = tokens.at(head_start)
            if first is None:
                continue
            abbreviation = self._level_abbreviation(ctx, head, head_start, end)
            if abbreviation is not None:
                if not self._ends_with_post(text, abbreviation):
                    out.append(abbreviation)
                continue
            i = head_start
            # The head ends a word jieba only guessed (社治委, 区安办), unless that word is a place
            # glued to the head, which ends right before it (青禾|县政府), or jieba knows the place
            # and the head as one word (北京市政府: its dictionary holds the big cities' governments).
            if first[0] != head_start and not protected.get(head_start, head_start) <= first[0]:
                word = text[first[0] : end]
                if word in self.res.known_words or len(word) > len(head.text) + 2 or not RE_HAN_WORD.match(word):
                    continue
                if text[first[0]] not in ADMIN_LEVEL_CHARS and self._person_like(text[first[0] : head_start]):
                    continue  # a person and a verb glued into one guessed word (某某|站在…): no unit
                i = first[0]
            candidate = self._short_head_name(ctx, index, protected, parents, head, i, head_start, end)
            if candidate is not None and not any(word in text[candidate.start : head_start] for word in self.res.rating_words) and not self._ends_with_post(text, candidate):
                out.append(candidate)
        return out

    def _ends_with_post(self, text: str, candidate: _Candidate) -> bool:
        """C15 filter: the name's last characters are a post of person_roles.txt (市委|常委, 某党派|
        市委|主委): the text names a person's seat on a body, not a unit. Round 22 second wave: a
        city's or district's standing-committee member read as a body in three tuning articles."""
        return any(len(post) > 1 and text.endswith(post, candidate.start, candidate.end) for post in self.res.posts)

    def _level_abbreviation(self, ctx: ArticleContext, head: _ShortHead, head_start: int, end: int) -> _Candidate | None:
        """C15: a local body written as a bare level word and a short abbreviation (区|老龄委,
        县|新闻办, 市|住建委, 区|社指办) where jieba does not cut the level word off as its own
        word: it read the abbreviation as one known word (老龄委, 新闻办: the word-based walk stops
        at a known word) or glued the level word to the abbreviation's first character (市住|建委,
        区社|指办, 市民|生办). The level word stands at a clause border and starts a word, the
        abbreviation is one to three characters (a field word such as 住建 or 综治 is what it
        abbreviates, so descriptor words are welcome), ends a word with the head, and is no stop
        or verb (市|有关|委 is a clause) with no function character or second level character in
        it (县|区委 is two levels). Round 20: misses of this shape
        in three labellers' tuning articles (a district's ageing committee, a county's press
        office, a city's housing committee, a city's livelihood office)."""
        if "level" not in head.anchors:
            return None
        text, tokens = ctx.text, ctx.tokens
        for stem in range(1, SHORT_HEAD_MAX_STEM_AFTER_LEVEL + 1):
            level = head_start - stem - 1
            if level < 0 or text[level] not in ADMIN_LEVEL_CHARS:
                continue
            abbreviation = text[level + 1 : head_start]
            first = tokens.at(level)
            if first is None or first[0] != level:
                return None
            if first[1] == level + 1 and tokens.at(level + 1) != (level + 1, end):
                return None  # the level word and the abbreviation are words of their own: the word-based walk decides
            if not RE_HAN_WORD.match(abbreviation) or abbreviation[0] in ADMIN_LEVEL_CHARS:
                return None
            if any(ch in ABBREVIATION_BREAK_CHARS for ch in abbreviation) or abbreviation in self.res.stops or abbreviation in self.res.verbs or abbreviation in NOT_ABBREVIATIONS:
                return None
            if not self._level_border(text, level, tokens):
                return None
            return _Candidate(level, end, head.kind)
        return None

    def _short_head_name(self, ctx: ArticleContext, index: _MentionIndex, protected: dict[int, int], parents: dict[int, _Candidate], head: _ShortHead, i: int, head_start: int, end: int) -> _Candidate | None:
        """The C15 name ending at `end`: walk left from `i` over stem words until an anchor."""
        text = ctx.text
        floor = max(0, text.rfind("\n", 0, i) + 1, head_start - SHORT_HEAD_MAX_STEM - 8)
        glued = text[i:head_start]  # the part of a guessed word before the head (区安|办)
        for level in SHORT_HEAD_LEVELS:
            if "level" in head.anchors and glued.startswith(level) and 1 <= len(glued) - len(level) <= 2 and self._level_border(text, i, ctx.tokens):
                return _Candidate(i, end, head.kind)
        words: list[str] = []
        bracketed = 0  # the characters of a bracketed alternative in the stem, which do not count towards its length
        while True:
            stem = head_start - i - bracketed
            if (head.text.endswith("站") and text.endswith(STATION_STEM_ENDINGS, i, head_start)) or (head.text.endswith("队") and TEAM_STEM_WORD in text[i:head_start]):
                return None
            if stem >= head.min_stem:
                parent = parents.get(i)
                if "parent" in head.anchors and parent is not None and stem <= SHORT_HEAD_MAX_STEM_AFTER_PARENT and not self._names_own_unit(text[i:end]) and not self._role_of_department(text, head, end):
                    return _Candidate(parent.start, end, parent.kind, canonical=parent.canonical + text[i:end] if parent.canonical else "")
                if head.text in self.res.field_words.get(text[i:head_start], ()):
                    anchor = self._field_anchor_start(text, i, ctx.tokens, protected, floor)
                    if anchor is not None:
                        return _Candidate(anchor, end, head.kind)  # 某市|禁毒|委: the field licenses the place anchor
                place_anchored = "place" in head.anchors or (head_start not in parents and self._field_office(text, head, i, head_start))
                if place_anchored and i in protected and protected[i] >= floor and (not words or self.res.known_words.get(words[-1]) not in SANDWICH_OPENER_TAGS):
                    start = protected[i]
                    community = index.community_ending_at(start, i)
                    canonical = community.canonical + text[i:end] if community is not None else ""
                    return _Candidate(start, end, head.kind, canonical=canonical)
                if "level" in head.anchors and stem <= SHORT_HEAD_MAX_STEM_AFTER_LEVEL:
                    level = ctx.tokens.at(i - 1) if i > 0 else None
                    if level is not None and level[1] == i and text[level[0] : i] in SHORT_HEAD_LEVELS and self._level_border(text, level[0], ctx.tokens):
                        if not self._only_generic_words(text[i:head_start]):
                            return _Candidate(level[0], end, head.kind)
            if i <= floor or head_start - i - bracketed >= SHORT_HEAD_MAX_STEM:
                return None
            if text[i - 1] in CLOSING_PARENS and not bracketed:
                opening = self._bracketed_alternative_start(text, i, floor)
                if opening is None:
                    return None
                bracketed = i - opening  # 某区移民|（脱贫）|搬迁工作|办公室: the walk goes on before the bracket
                i = opening
            token = ctx.tokens.at(i - 1)
            if token is None or token[0] < floor:
                return None
            unit = text[token[0] : i]
            if (
                not RE_HAN_WORD.match(unit)
                or (unit in self.res.stops and not (head.text in FIELD_OFFICE_HEADS and self.res.known_words.get(unit) in FIELD_OFFICE_NOUN_TAGS))
                or self._breaks_name(unit)
                or self._adverb_verb(unit)  # 积极响应|区委: a clause's verb phrase, as in C1
                or self._person_like(unit)
                or head_start - token[0] - bracketed > SHORT_HEAD_MAX_STEM
            ):
                return None
            # jieba may glue the stem's first characters to the place before it (光塔|街工疗|站):
            # the stem starts where a place or community mention ends inside the word.
            inner = next((k for k in range(i - 1, token[0], -1) if k in protected and protected[k] >= floor), None)
            words.append(text[inner:i] if inner is not None else unit)
            i = token[0] if inner is None else inner

    def _field_office(self, text: str, head: _ShortHead, i: int, head_start: int) -> bool:
        """C15: the stem between a place and an office head is a field of work (某市|社会工作督导|办公室),
        not a room's place in a building (某社区|二楼|办公室), a descriptor alone (某社区|综合|办公室)
        or a unit whose department the office is (某区民政局|办公室, also a unit found before it
        whose ending no lexicon lists, 某市交通局|办公室: the parent branch decides)."""
        stem = text[i:head_start]
        return (
            head.text in FIELD_OFFICE_HEADS
            and len(stem) >= FIELD_OFFICE_MIN_STEM
            and not RE_BUILDING_FLOOR.search(stem)
            and not self._only_generic_words(stem)
            and not self._names_own_unit(stem)
        )

    def _role_of_department(self, text: str, head: _ShortHead, end: int) -> bool:
        """A department (a head that only a parent unit anchors: 部, 办公室) with a post after it is
        the person's role (某局办公室|副主任): the unit the text names is the parent. A unit of its
        own, like a station (某所桃湾站|负责人), keeps its name."""
        return head.anchors == {"parent"} and text.startswith(self.res.posts, end)

    def _shortened_parents(self, ctx: ArticleContext, index: _MentionIndex, found: list[_Candidate]) -> Iterator[tuple[int, int, str]]:
        """Where the article writes a found unit again without its place (某市|卫生局 … 由卫生局|
        医政科, 某市|某某社工事务所 … 某某社工事务所|某洲站): the short form after a clause border,
        on word borders, ending in a listed ending, as a C15 parent."""
        text = ctx.text
        shorts: dict[str, str] = {}
        for c in found:
            ends = [end for start, end in index.places_within(c.start, c.end) if start == c.start]
            if not ends or c.quoted_only:
                continue
            short = text[max(ends) : c.end]
            if len(short) >= 3 and RE_HAN_WORD.match(short):
                shorts.setdefault(short, c.kind)
        for short, kind in shorts.items():
            k = text.find(short)
            while k >= 0:
                first = ctx.tokens.at(k)
                if first is not None and first[0] == k and (k == 0 or RE_LEVEL_BORDER.match(text, k - 1)):
                    yield k, k + len(short), kind
                k = text.find(short, k + 1)

    def _longest_endings(self, text: str) -> dict[int, _Suffix]:
        """Where an ending or venue of org_suffixes.tsv / org_venues.txt ends → the longest one
        ending there: one scan of the article for C1 and C15."""
        longest: dict[int, _Suffix] = {}
        for end_index, suffix in self.res.suffixes.iter(text):
            end = end_index + 1
            if end not in longest or len(suffix.text) > len(longest[end].text):
                longest[end] = suffix
        return longest

    def _names_own_unit(self, section: str) -> bool:
        """The part after a parent holds a listed ending: a unit of its own (某县司法局|某河司法所), as in C14."""
        return any(not suffix.venue for _, suffix in self.res.suffixes.iter(section))

    def _level_border(self, text: str, level_start: int, tokens: SpanIndex | None = None) -> bool:
        """A bare level word opens a name only after a clause border (，市|征收办, 联合|区安办),
        or, given the words, right after a function word or verb that ends where the level word
        starts (请教了|县|农业办, 争取|市委|改革办; but 城|市 ends no word there: 城市管理办)."""
        if level_start == 0 or RE_LEVEL_BORDER.match(text, level_start - 1):
            return True
        before = tokens.at(level_start - 1) if tokens is not None else None
        if before is None or before[1] != level_start:
            return False
        word = text[before[0] : level_start]
        return word in self.res.stops or (len(word) > 1 and word in self.res.verbs)

    def _protected_spans(self, ctx: ArticleContext) -> dict[int, int]:
        """end → start of place and community mentions (a name may run over them whole), but
        not of a "community" whose name is a function word (代表|社区: represent the community)."""
        spans: dict[int, int] = {}
        for label in ("places", "communities"):
            for mention in ctx.found(label):
                if "\n" in ctx.text[mention.start : mention.end] or (label == "communities" and self._function_word_community(mention) and not self._word_named_party_body(ctx, mention)):
                    continue
                spans[mention.end] = min(spans.get(mention.end, mention.start), mention.start)
        return spans

    def _function_word_community(self, mention: Mention) -> bool:
        name = RE_COMMUNITY_HEAD.sub("", mention.canonical)
        return name in self.res.stops or name in self.res.verbs

    def _word_named_party_body(self, ctx: ArticleContext, mention: Mention) -> bool:
        """A community the community step found, named by one dictionary word that jieba tags as
        an adjective, a verb, a time or a place word (团结|社区, 优胜|村, 新村|社区: common names of
        communities and villages), with its Party committee or branch written right after it
        (团结社区|党委, 优胜村|党总支): the committee of that community, although the name alone
        looks like a function or descriptor word. Not a pronoun, numeral or listed stop (这位|社区,
        两个|社区). Round 31: such committees missed in tuning articles of three sets."""
        name = RE_COMMUNITY_HEAD.sub("", mention.canonical)
        if name in self.res.stops or self.res.known_words.get(name) not in WORD_NAME_TAGS:
            return False
        return RE_COMMUNITY_PARTY_BODY.match(ctx.text, mention.end) is not None

    # ------------------------------------------------------------------ C1: endings
    def _suffix_candidates(self, ctx: ArticleContext, protected: dict[int, int], index: _MentionIndex, endings: dict[int, _Suffix]) -> list[_Candidate]:
        text = ctx.text
        out = []
        for end, suffix in sorted(endings.items()):
            if suffix.venue:  # F1, unless the named venue acts as a body (`_acting_venue`)
                candidate = self._acting_venue(ctx, index, protected, end, suffix)
                if candidate is not None:
                    out.append(candidate)
                continue
            suffix_start = end - len(suffix.text)
            blocked = self._blocked_right(text, suffix.text, end)
            if blocked or self._runs_into_word(ctx, suffix_start, end, from_before=True):  # F2
                continue
            organ_end = self._congress_committee_end(ctx, end) if suffix.text in CONGRESS_ENDINGS else None
            if suffix.text in CLOSED_ENDINGS and organ_end is None and not self._closes_name(ctx, end):
                continue  # F2: 某市人大|内司委…, 镇人大|的工作: an organ or a phrase goes on after it
            # A place that runs into the ending (五里沟街道|办: the ending 街道办 repeats the
            # street's own 街道) opens the name: the extension starts before the place.
            begin = index.place_overlapping(suffix_start, end)
            start = self._extend_left(text, suffix_start if begin is None else begin, ctx.tokens, protected, index.place_start_set)
            start = self._after_leading_verbal_noun(ctx, protected, start, suffix_start)  # F12
            if suffix.kind == SOCIAL_WORK_KIND:
                brand_start = self._split_brand_start(ctx, index, protected, start)
                start = start if brand_start is None else brand_start  # 某市|龙|和|社会工作服务中心
            if self._task_ending(text, suffix, suffix_start) and start not in index.place_start_set:
                group_start = self._task_group_start(ctx, index, protected, start)
                start = start if group_start is None else group_start
            if suffix.text == PLACE_CENTRE_ENDING and start > 0 and text[start - 1] not in BARE_LEVELS:
                start = self._level_centre_start(ctx, suffix_start) or start  # 市|精神卫生|中心
            if suffix.text.endswith(PLACE_CENTRE_ENDING) and start not in index.place_start_set:
                start = min(start, self._place_centre_start(ctx, index, protected, suffix_start) or start)  # 某市|职业|介绍|中心
            stationed = self._stationed_at(ctx, start, suffix_start, suffix)
            if stationed is not None:  # A驻B: B starts after the stationing word, A is a unit of its own
                out.extend(self._stationed_sender(ctx, index, start, stationed))
                start = stationed + 1
            if suffix.text == ALLIANCE_ENDING and RE_BRANDED_ALLIANCE_STEM.search(text, start, suffix_start):
                continue  # a quoted brand's alliance is left to programs
            if suffix.text in BANK_BRANCH_ENDINGS and self._holds_venue_bank(text[start:suffix_start]):
                continue  # F1: 某市时间银行|某区|分行, an outlet of the scheme
            if suffix.text in CAMPUS_ENDINGS:
                candidate = self._campus_of_parent(ctx, index, start, suffix_start, end)
            else:
                candidate = self._classify(ctx, index, start, suffix_start, end, suffix)  # F4
            if candidate is not None and organ_end is not None:
                candidate = _Candidate(candidate.start, organ_end, candidate.kind)  # 某市人大|某某委员会
            if candidate is not None:
                out.append(self._under_parent_company(text, out, candidate, suffix_start, suffix))
        return out

    def _congress_committee_end(self, ctx: ArticleContext, end: int) -> int | None:
        """Where a special committee written right after a congress's short name ends
        (某市人大|社会建设委员会): its field holds whole words that are no clause (COMMITTEE_FIELD_STOP_TAGS);
        None when no committee follows."""
        match = RE_CONGRESS_COMMITTEE.match(ctx.text, end)
        if match is None:
            return None
        field_end = match.end() - len("委员会")
        i = end
        while i < field_end:
            token = ctx.tokens.at(i)
            if token is None or token[0] != i or token[1] > field_end:
                return None  # the field must be whole words: 某市人大|常|委员会 is no field
            if self.res.known_words.get(ctx.text[token[0] : token[1]]) in COMMITTEE_FIELD_STOP_TAGS:
                return None
            i = token[1]
        return match.end()

    @staticmethod
    def _task_ending(text: str, suffix: _Suffix, suffix_start: int) -> bool:
        """Is the ending a body named by its task: a leading group, or 工作委员会 (round 60 h2b)?"""
        return suffix.text in TASK_GROUP_ENDINGS or (suffix.text == TASK_COMMITTEE_ENDING and text.endswith(TASK_WORD, 0, suffix_start))

    def _task_group_start(self, ctx: ArticleContext, index: _MentionIndex, protected: dict[int, int], task_start: int) -> int | None:
        """Where a leading group's name starts: at the nearest place mention, or a level's bare Party
        committee, before its task, extended left as any name is (某市|某区|心理|援助|综合|服务|工作|
        领导小组, 区委|党建引领|…|领导小组); None when the clause sets the group up (某市|成立|…), a
        function word or a border comes first, or no place is near. A 和 joining two fields
        (某区|非公有制经济组织|和|社会组织|工作委员会) is walked over unless a body ends before it."""
        text, tokens = ctx.text, ctx.tokens
        floor = max(0, task_start - self.max_name_chars)
        k = task_start
        while k > floor:
            if k in protected and protected[k] < k:
                return self._extend_left(text, protected[k], tokens, protected, index.place_start_set)
            token = tokens.at(k - 1)
            if token is None or token[1] != k:
                return None
            word = text[token[0] : k]
            if RE_LEVEL_PARTY_ANCHOR.match(word):
                return self._extend_left(text, token[0], tokens, protected, index.place_start_set)
            if word in TASK_FIELD_JOINERS and not self._ends_with_suffix(text[max(0, token[0] - MAX_SUFFIX_CHARS) : token[0]]):
                k = token[0]
                continue
            if not RE_NAME_UNIT.match(word) or word in self.res.group_openers or self.res.known_words.get(word) in GLUED_EDGE_FUNCTION_TAGS:
                return None
            k = token[0]
        return None

    def _campus_of_parent(self, ctx: ArticleContext, index: _MentionIndex, start: int, suffix_start: int, end: int) -> _Candidate | None:
        """A branch campus (CAMPUS_ENDINGS) is the named school or hospital right before its own
        name, read through F4 like any name, plus the campus: 某区老年大学|某某社区|分校 (the
        community names the campus, it does not start the name). No named parent → none."""
        text = ctx.text
        for parent_end, parent in sorted(self.res.suffixes.iter(text[start:suffix_start]), key=lambda hit: hit[0], reverse=True):
            parent_end += start + 1
            if parent.venue or parent.kind not in CAMPUS_PARENT_KINDS or not RE_CAMPUS_NAME.fullmatch(text, parent_end, suffix_start):
                continue
            found = self._classify(ctx, index, start, parent_end - len(parent.text), parent_end, parent)
            if found is None:
                return None
            return _Candidate(found.start, end, found.kind)
        return None

    def _holds_venue_bank(self, stem: str) -> bool:
        """The text before a branch ending holds a venue of org_venues.txt that ends in 银行 (a
        deposit-a-good-deed scheme such as 时间银行): F1 for its branches."""
        return any(suffix.venue and suffix.text.endswith("银行") for _, suffix in self.res.suffixes.iter(stem))

    def _after_leading_verbal_noun(self, ctx: ArticleContext, protected: dict[int, int], start: int, suffix_start: int) -> int:
        """F12: a name read back to a verbal noun (a word jieba tags vn: 影响, 宣传, 供给, 建设,
        流动) that opens it in the middle of a clause is the clause's verb and its object, not a
        name (也会|影响|物业, 后|供给|某某公司, 高标准|建设|街道综治中心, 为解决|流动|党员…): the
        name starts after the verbal noun, and F4 then judges what is left. A verbal noun after a
        clause border, a preposition, a conjunction or a relation word may open a name (与|应急
        技术学院), and a place or community that starts with one is a name (通关镇). Round 31:
        verb-object spans read as bodies in tuning articles of six sets."""
        text, tokens = ctx.text, ctx.tokens
        token = tokens.at(start)
        if token is None or token[0] != start or token[1] > suffix_start or start in protected.values():
            return start
        if token[1] - start < 2 or self.res.known_words.get(text[start : token[1]]) != VERBAL_NOUN_TAG:
            return start
        if start == 0 or RE_CLAUSE_BORDER_CHAR.match(text, start - 1):
            return start
        before = tokens.at(start - 1)
        if before is None or before[1] != start:
            return start
        word = text[before[0] : start]
        if self.res.known_words.get(word) in BORDER_WORD_TAGS or RE_FRAME_LEFT.search(word):
            return start
        return token[1]

    def _under_parent_company(self, text: str, found: list[_Candidate], branch: _Candidate, suffix_start: int, suffix: _Suffix) -> _Candidate:
        """A branch (分公司, 支行, 分行) written right after its parent company's name, or cut
        inside it, is one name with the parent, and so is the company's own Party or union body
        right after it (青岛某控股公交集团|某区巴士第四分公司: a verb in the
        group's name or a district opening the branch's part would cut it short). Round 14 second
        wave: bus-company branches in two tuning articles; bank branches already come whole."""
        if suffix.text not in BRANCH_ENDINGS and suffix.text not in COMPANY_UNIT_ENDINGS:
            return branch
        parent = next((c for c in reversed(found) if c.kind == "company" and c.start < branch.start <= c.end <= suffix_start), None)
        if parent is None:
            return branch
        if suffix.text in COMPANY_UNIT_ENDINGS:
            if parent.end != suffix_start:  # the company's own Party branch: 某分公司|党支部
                return branch
        elif not RE_BRANCH_GAP.fullmatch(text, parent.end, suffix_start):
            return branch
        return _Candidate(parent.start, branch.end, branch.kind)

    def _stationed_at(self, ctx: ArticleContext, start: int, suffix_start: int, suffix: _Suffix) -> int | None:
        """Where the stationing word of "A驻B" stands inside a candidate (its last one), when a sender
        of two or more characters is written before it; None for an office named by its sender."""
        if suffix.text in STATIONED_OFFICE_ENDINGS:
            return None
        found = None
        i = start
        while i < suffix_start:
            token = ctx.tokens.at(i)
            if token is None or token[1] <= i:
                break
            if token[0] - start >= 2 and token[1] <= suffix_start and RE_STATIONED_AT.fullmatch(ctx.text, token[0], token[1]):
                found = token[0]
            i = token[1]
        return found

    def _stationed_sender(self, ctx: ArticleContext, index: _MentionIndex, start: int, stationed: int) -> list[_Candidate]:
        """The sender of "A驻B" when it has no ending of its own (a brand, 某品牌驻…); a sender with an
        ending is found by its ending, and a place alone is no unit."""
        sender = ctx.text[start:stationed]
        if self._ends_with_suffix(sender) or not RE_STATIONED_BRAND.fullmatch(sender) or index.places_within(start, stationed):
            return []
        return [_Candidate(start, stationed, "other")]

    def _acting_venue(self, ctx: ArticleContext, index: _MentionIndex, protected: dict[int, int], end: int, venue: _Suffix) -> _Candidate | None:
        """F1 exception: a centre named by its place or community is the body that runs it
        (桃源社区党群服务中心在广场举办…, 由…党委、桃源社区党群服务中心、…承办, 活动在桃源社区
        党群服务中心举行, 青禾县新时代文明实践中心副主任); not the building a scene-setting phrase
        describes (走进桃源社区党群服务中心，迎面是…), nor one with no place or community in its name."""
        text = ctx.text
        if venue.text not in ACTING_VENUES:
            return None
        suffix_start = end - len(venue.text)
        start = self._extend_left(text, suffix_start, ctx.tokens, protected, index.place_start_set)
        if start == suffix_start or (self._scene_venue(text, start, end) and not _visited_community_centre(text, index, start, suffix_start)):
            return None
        if venue.text in COMMUNITY_RUN_VENUES:  # only a named community's own centre (round 40c)
            clients = RE_VENUE_CLIENTS.search(text, start, suffix_start)
            community = index.community_ending_at(start, clients.start())
            if community is None or self._only_generic_words(RE_COMMUNITY_HEAD.sub("", community.canonical)):
                return None
        as_body = _Suffix(venue.text, "other", place_ok=True, venue=False, needs_place=True)
        body = self._classify(ctx, index, start, suffix_start, end, as_body)
        if body is None and venue.text in HUB_PARTY_CENTRES and self._names_hub(text[start:suffix_start]):
            return _Candidate(start, end, as_body.kind)
        return body

    def _names_hub(self, stem: str) -> bool:
        """F1 exception: the words before a party centre name one tower, district, park or trade
        (世茂|楼宇, 爱山|商圈, 外卖|骑手): an area word of org_hub_areas.txt after a name of at least
        two characters that is no descriptor (各|楼宇, 重点|商圈) nor an award title (示范|园区)."""
        area = next((word for word in self.res.hub_areas if stem.endswith(word)), None)
        if area is None:
            return False
        name = stem[: -len(area)]
        return (
            len(RE_HAN_CHAR.findall(name)) >= MIN_HUB_NAME_CHARS
            and not self._only_generic_words(name)
            and not any(word in name for word in self.res.rating_words)
        )

    @staticmethod
    def _scene_venue(text: str, start: int, end: int) -> bool:
        """A named centre that closes a phrase a locative or a verb of entering or building opens
        (走进桃源社区党群服务中心，迎面是…; 在某街道某社区服务中心，还设有…; 打造某社区服务中心。): the
        building described (round 50)."""
        return RE_VENUE_SCENE_END.match(text, end) is not None and text.endswith(VENUE_SCENE_OPENERS, 0, start)

    def _runs_into_word(self, ctx: ArticleContext, suffix_start: int, end: int, *, from_before: bool = False) -> bool:
        """F2: a dictionary word goes on after the ending and starts inside it, after its first
        character (服务|社区: the ending 服务社 is not there); with `from_before`, also one that starts
        before the ending and holds all of it (集|中学|习 in 集中学习: the characters read as the
        ending belong to other words; round 32, clause words read as schools in tuning articles of
        two sets and in bulk text). Words jieba only guessed (计生|协还|为) do not count."""
        token = ctx.tokens.at(end - 1)
        if token is None or token[1] <= end or token[0] == suffix_start:
            return False
        if token[0] < suffix_start and not from_before:
            return False
        return ctx.text[token[0] : token[1]] in self.res.known_words

    def _blocked_right(self, text: str, ending: str, end: int) -> bool:
        return text.startswith(self._right_blockers_of(ending), end)

    def _right_blockers_of(self, ending: str) -> tuple[str, ...]:
        """The words that may not follow `ending` (the blockers whose tail it ends with), once
        per ending (endings come from the lexicons, so there are only so many)."""
        words = self._blockers_by_ending.get(ending)
        if words is None:
            words = self._blockers_by_ending[ending] = tuple(word for tail, word in self.res.right_blockers if ending.endswith(tail))
        return words

    def _party_word_end(self, text: str, unit_start: int, i: int) -> int | None:
        """Where a party word (`party_words`: 运营方, 经营方, 运营机构) ends inside or at the end of the
        token text[unit_start:i], read on the text: jieba splits such a word (经营|方) or glues its
        last character to the name after it (方青禾), so the token-level stop never sees it.
        Round 61 p1: a role ran over the whole clause (某点经营方某中心负责人), bulk 57 and 61."""
        for p in range(i, unit_start, -1):
            if any(text.endswith(word, 0, p) and p - len(word) < unit_start for word in self.res.party_words):
                return p
        return None

    def _extend_left(self, text: str, start: int, tokens: SpanIndex, protected: dict[int, int], place_starts: frozenset[int] = frozenset()) -> int:
        """Move `start` left over the units of the name written before an ending."""
        limit = max(0, start - self.max_name_chars)
        floor = max(limit, text.rfind("\n", limit, start) + 1)  # the line's start, if after the limit
        i = start
        alternative_end = None  # where a bracketed alternative closes, when the walk read one in
        while i > floor:
            if i in protected and floor <= protected[i] < i:  # a place/community mention ends here
                i = protected[i]
                continue
            field = self._field_opening(text, start, tokens, protected, floor) if i == start else None
            if field is not None:
                i = field  # 某市|建设|公司, 某区|社会建设|促进会: the body's field after its place
                continue
            unit_start = max((tokens.at(i - 1) or (i - 1, i))[0], floor)
            # jieba may glue a name's last characters to the place before it (黑龙|江中|德…):
            # the unit starts where a place or community mention ends inside it.
            unit_start = next((k for k in range(i - 1, unit_start, -1) if k in protected), unit_start)
            unit = text[unit_start:i]
            party_end = self._party_word_end(text, unit_start, i)
            if party_end is not None:
                i = party_end  # 食堂经营|方青禾…中心, 站点运营|机构|某社工机构: the party's task, then its name
                break
            if unit == "”":
                opening = text.rfind("“", floor, i - 1)
                if opening < 0 or i - opening > 14 or not RE_NAME_UNIT.match(text[opening + 1 : i - 1] or "”"):
                    break
                i = opening
                continue
            if unit in CLOSING_PARENS:
                opening = self._bracketed_place_start(text, i, floor, protected)
                if opening is None and i == start:
                    opening = self._bracketed_branch_type_start(text, i, floor)
                if opening is None and alternative_end is None:
                    opening = self._bracketed_alternative_start(text, i, floor)
                    alternative_end = i if opening is not None else None
                if opening is None:
                    break
                i = opening  # 某某（山东）|文化科技有限公司: a registered name's seat in brackets
                continue
            if not RE_NAME_UNIT.match(unit) or "“" in unit or "”" in unit:
                break
            if RE_COHORT_BEFORE.search(text, max(floor, i - COHORT_MAX_CHARS), i):
                break  # 某大学2019级|某学院: the students' intake year, the body is what follows
            if RE_ADDRESS_NUMBER.search(text, max(floor, unit_start - 4), i) and unit.endswith("号"):
                break  # an address: 建设路8|号|中韩眼科医院
            if unit.isdigit() and unit_start > 0 and text[unit_start - 1] in ":：":
                break  # a clock time: 18:04|某乡人民政府
            if self._joins_disciplines(text, unit_start, i, tokens, floor):
                i = unit_start  # 经济|与|管理学院: the name goes on over the conjunction
                continue
            if self._joins_two_fields(text, unit_start, i, start, tokens, protected, floor):
                # the field words before 与/和 may be verb-tagged (振兴, 希望): read back to the place
                place_end = self._place_sandwich(text, unit_start, unit_start, tokens, protected, floor)
                if place_end is not None:
                    i = place_end  # 某省|社区治理创新|与|研究中心: one body's two fields, after its place
                    continue
                level = self._bare_level_start(text, unit_start, tokens, floor)
                if level is not None:
                    i = level  # 、省|阳光|与|明德联合党支部: one listed body of two fields
                    break
            glued = self._glued_coordinator(text, unit_start, i, floor)
            if glued is not None:
                i = glued  # 区老龄|办和区|司法局: jieba glued the 和 between two units into one word
                break
            joined = self._joins_bureau_fields(text, unit_start, i, start, tokens, protected, floor)
            if joined is not None:
                i = joined  # 市|教育|和|体育局: one bureau of two fields, named by its level
                break
            # (a name word the stop would make with the ending's first character is no name: 社工|和|服务中心, 和服)
            if unit in LOCATIVE_NAME_OPENERS and i < start and self._opens_unknown_name(text, unit_start, i, tokens, floor):
                i = unit_start  # 联合|中|泰|某某幼儿园: no noun before 中 for it to be "in", the name's first character
                break
            if unit in MODIFIED_NAME_OPENERS and i < start and self._opens_modified_name(text, unit_start, i, tokens):
                i = unit_start  # 组建…的|和|美|物业公司: nothing stands between 的 and 和 for it to join
                break
            if unit == PERSON_PLURAL:
                break  # 孩子|们|学会…: the people learning, no association
            if unit in self.res.stops and not (i < start and self._splits_name_word(text, unit_start, i)) and not self._completes_ending(text, unit_start, i):
                brand = self._trade_word_brand(text, unit_start, i, start, tokens, protected, floor, unit)
                if brand is None:
                    break  # (but 民革青禾区委|会|青年支部: the stop completes an ending, a parent unit)
                i = brand
                if brand in protected:
                    continue
                break
            if len(unit) == 2 and unit[0] in COORDINATORS and unit[1] in BARE_LEVELS:
                i = unit_start + 1  # 区民政局|和县|妇联: jieba reads 和县 (a county) where 和 joins two units
                break
            if self._adverb_verb(unit):
                break  # 积极探索|镇级妇联: jieba's one word for an adverb and a verb
            if self._after_manner_adverb(text, unit_start, tokens, floor):
                break  # 不断|总结|某类服务站: the word a manner adverb modifies is a verb, whatever jieba's tag
            verb_end = self._guessed_verb_opening(unit)
            if verb_end is not None:
                i = unit_start + verb_end  # 不断丰富|老年大学: a verb phrase jieba reads as one word
                break
            if len(unit) > 1 and unit[0] in GLUED_VERB_CHARS and unit not in self.res.known_words:
                i = unit_start + 1  # jieba glued a verb to the name: 选举出|某某园业主委员会, 获|州妇联
                break
            if len(unit) > 1 and unit[0] in self.res.stops and unit not in self.res.known_words:
                if self._only_generic_words(unit[1:]) or unit[0] in GLUED_FUNCTION_CHARS:
                    i = unit_start + 1  # jieba glued a function word to the name: 由区|民政局, 与阳|澄社区
                    break
            glued_stop = self._glued_stop_end(unit)
            if glued_stop is not None:
                i = unit_start + glued_stop  # 即以|街道团工委, 日由|省民政厅: the name starts after the stops
                break
            if len(unit) > 1 and unit[-1] in GLUED_TAIL_JOINERS and unit not in self.res.known_words:
                break  # 李大强及|公司: the word ends with a joining character, the name starts after it
            if len(unit) > 1 and unit[-1] in GLUED_TAIL_PREPOSITIONS and unit not in self.res.known_words:
                break  # 王小凤在|“某某家”服务中心: a name's last character and 在 glued into one guessed word
            glued_edge = self._glued_function_edge(unit) if tokens.at(i - 1) == (unit_start, i) else None  # a whole token
            if glued_edge is not None:
                i = unit_start + glued_edge  # 而|物管公司, 某某金为|社工站: a function word glued to a guessed word
                break
            if self._verb_with_complement(text, unit_start, i, tokens, floor):
                break  # 给老人送上|社工站…, 搭|起|镇党委: the name starts after the verb phrase
            if self._verb_with_complement(text, unit_start, unit_start + 1, tokens, floor, glued_ahead=True):
                i = unit_start + 1  # 送|上区|民政局: jieba glued the complement to the name's first character
                break
            if self._lone_verb(text, unit, unit_start, i, start, tokens, protected, floor):
                break  # 知识|进|学校, 就|找|村党委: a one-character verb before its object
            # jieba's tags decide for words only: a one-character token like 立 in 苏州|市|立|医院
            # is too often mis-tagged, so single characters stop only when listed as stops.
            if (
                len(unit) > 1
                and unit in self.res.verbs
                and not RE_ORDINAL.match(unit)
                and unit not in self.res.suffix_texts  # 中铁|七局|河南公司: jieba tags 七局 a numeral
                and unit not in self.res.national_prefixes  # 民建|青禾|市委会: jieba tags 民建 an adjective
                and not self._names_community(text, unit, i)
            ):
                k = self._place_sandwich(text, unit_start, start, tokens, protected, floor, place_starts)
                if k is None:
                    brand = self._company_brand_start(text, unit_start, i, start, tokens, protected, floor)
                    if brand is not None:
                        i = brand
                        if brand in protected:
                            continue  # 山东|枣建|集团有限公司: the seat before the brand is part of the name
                        break
                if k is None or k >= i:
                    break  # (a place ending where the name word did: moving back right would loop)
                i = k  # 山东省|乡村振兴|基金会: the words between a place and the ending are the name
                continue
            if i in place_starts and self._person_like(unit) and unit not in self.res.national_prefixes and not self._only_generic_words(clean_name(text[i:start])):
                break  # 韩书海|北票市委社会工作部 (a name before a place that opens a named unit), but 青禾银利木业公司
                # and 国网|某市供电公司 (国 is a surname, 国网 a national prefix)
            i = unit_start
        if alternative_end is not None and not self._opens_at_mention(i, protected, place_starts):
            return alternative_end  # 首个社区戒毒（康复）|工作站: no place owns the name, the bracket ends it
        return i

    @staticmethod
    def _opens_at_mention(i: int, protected: dict[int, int], place_starts: frozenset[int]) -> bool:
        """Whether a place or community mention starts at `i`."""
        return i in place_starts or i in protected.values()

    def _field_opening(self, text: str, start: int, tokens: SpanIndex, protected: dict[int, int], floor: int) -> int | None:
        """Where a field word (org_field_words.tsv) starts that ends at the ending at `start`, when
        it may open a name before that ending and a place stands right before it (某市|建设|公司,
        某区|社会建设|促进会, 某山|联合发展|集团): the word names what the body works on, though
        elsewhere a verb or a stop ends the name there (某镇|建设|社工站 is a clause). Not before an
        ending that goes on into a descriptor (某市|发展|集团化办学: a way of running things); else None."""
        for word, endings in self.res.field_words.items():
            k = start - len(word)
            if k <= floor or not text.startswith(word, k):
                continue
            ending = next((e for e in endings if text.startswith(e, start)), None)
            if ending is None or text.startswith(tuple(DESCRIPTOR_ENDINGS), start + len(ending)):
                continue
            if self._field_anchor_start(text, k, tokens, protected, floor) is not None:
                return k
        return None

    def _field_anchor_start(self, text: str, k: int, tokens: SpanIndex, protected: dict[int, int], floor: int) -> int | None:
        """The start of the place that ends at `k`, right before a field word: a place mention,
        or a whole word jieba tags as a place (花山 of a development group the gazetteer lacks)."""
        if k in protected and protected[k] >= floor:
            return protected[k]
        token = tokens.at(k - 1)
        if token is not None and token[1] == k and token[0] >= floor and self.res.known_words.get(text[token[0] : k]) == PLACE_TAG:
            return token[0]
        return None

    def _bracketed_place_start(self, text: str, i: int, floor: int, protected: dict[int, int]) -> int | None:
        """Where "(" opens a bracketed place that ends at `i` (… （山东）| 文化科技有限公司,
        如 某某（中国）|投资有限公司): registered company names write their seat so. The brackets
        hold a place mention or a word jieba tags as a place, and a name stands before them."""
        opening = max(text.rfind(mark, floor, i - 1) for mark in OPENING_PARENS)
        inside = text[opening + 1 : i - 1] if opening >= 0 else ""
        if not 2 <= len(inside) <= MAX_BRACKETED_PLACE or not RE_HAN_WORD.match(inside):
            return None
        if protected.get(i - 1) != opening + 1 and self.res.known_words.get(inside) != "ns":
            return None
        if opening == floor or not RE_HAN_CHAR.match(text[opening - 1]):
            return None
        return opening

    @staticmethod
    def _bracketed_branch_type_start(text: str, i: int, floor: int) -> int | None:
        """Where "(" opens a branch's type word in brackets right before its ending (流动党员|（功能型）|
        党支部): the type is part of the name, which goes on over it to the group (round 56 h4)."""
        opening = max(text.rfind(mark, floor, i - 1) for mark in OPENING_PARENS)
        if opening <= floor or not RE_BRACKETED_BRANCH_TYPE.fullmatch(text, opening + 1, i - 1) or not RE_HAN_CHAR.match(text[opening - 1]):
            return None
        return opening

    def _bracketed_alternative_start(self, text: str, i: int, floor: int) -> int | None:
        """Where "(" opens a word in brackets that ends at `i` and stands for the word before it
        inside one name: a second level or field (某区移民（脱贫）|搬迁工作办公室, 某街社区慈善（志愿
        服务）|工作站) or a company's form (某某产业（集团）|有限公司). A short run of Han characters
        between two name characters; notes on a photo or a person (（化名）, （左一）) are no name
        word. The walk keeps it only when the name reaches back to a place (`_extend_left`) or, in
        C15's stem, to one of the short head's anchors (`_short_head_name`)."""
        opening = max(text.rfind(mark, floor, i - 1) for mark in OPENING_PARENS)
        if opening <= floor or not RE_HAN_CHAR.match(text[opening - 1]) or i >= len(text) or not RE_HAN_CHAR.match(text[i]):
            return None
        inside = text[opening + 1 : i - 1]
        if not RE_BRACKETED_ALTERNATIVE.fullmatch(inside) or inside in self.res.bracket_notes:
            return None
        return opening

    def _glued_stop_end(self, unit: str) -> int | None:
        """Where the name starts inside a word jieba only guessed that is made of stops (即以,
        并由) or that ends with a stop and a bare level word (日由省: a date's 日, then 由, then
        省 of 省民政厅): after the last stop; else None."""
        if len(unit) < 2 or unit in self.res.known_words:
            return None
        if all(char in self.res.stops for char in unit):
            return len(unit)
        if unit[-1] in BARE_LEVELS and unit[-2] in self.res.stops:
            return len(unit) - 1
        return None

    def _lone_verb(self, text: str, unit: str, unit_start: int, i: int, start: int, tokens: SpanIndex, protected: dict[int, int], floor: int) -> bool:
        """A one-character Han token that jieba's dictionary tags as a verb or a preposition
        (LONE_VERB_TAGS), standing alone right before the ending or a bare community level, after a
        clause border, a word, an adverb or a numeral, with no place or community mention and no
        level character right before it (某州市|立|医院 keeps its 立): not part of the name after it."""
        if len(unit) != 1 or tokens.at(i - 1) != (unit_start, i) or self.res.known_words.get(unit) not in LONE_VERB_TAGS:
            return False
        if not RE_HAN_CHAR.match(unit) or unit_start in protected or self._completes_ending(text, unit_start, i):
            return False  # (民进某市委|会|青年支部: 会 completes the parent's 委员会 ending)
        if clean_name(text[i:start]) not in LONE_VERB_OBJECTS:
            return False  # 期待|送|变电|公司, 喜乐|居|物业党支部: the character opens or ends a name word
        if unit_start == floor or not RE_HAN_CHAR.match(text[unit_start - 1]):
            return True  # ，自|小区党支部: the clause opens with the verb
        before = tokens.at(unit_start - 1)
        if before is None or before[1] != unit_start or text[unit_start - 1] in PLACE_TAIL_CHARS:
            return False
        # a dictionary word of its own before the verb (知识|进, 社工|走), or an adverb or numeral
        # (就|找, 一|进); not a lone character (鑫|达, 民|进) nor a word jieba only guessed (某岚康|居|物业):
        # a name's characters
        word = text[before[0] : before[1]]
        return (len(word) > 1 and word in self.res.known_words) or self.res.known_words.get(word) in LONE_VERB_LEFT_TAGS

    def _glued_function_edge(self, unit: str) -> int | None:
        """Where the name starts inside a Han word jieba only guessed whose last character (或
        first) is a left stop that jieba's dictionary tags as a function word
        (GLUED_EDGE_FUNCTION_TAGS): after the whole word when the stop ends it (某某锻等|学校,
        追着|物业), after the stop when it opens it (而|物管公司, 自|…); else None."""
        if len(unit) < 2 or unit in self.res.known_words or not RE_HAN_WORD.match(unit):
            return None
        if unit[-1] in self.res.stops and self.res.known_words.get(unit[-1]) in GLUED_EDGE_FUNCTION_TAGS:
            return len(unit)
        if unit[0] in self.res.stops and self.res.known_words.get(unit[0]) in GLUED_EDGE_FUNCTION_TAGS:
            return 1
        return None

    def _verb_with_complement(self, text: str, unit_start: int, i: int, tokens: SpanIndex, floor: int, *,
                              glued_ahead: bool = False) -> bool:
        """The two characters before `i` are a one-character dictionary verb and a directional
        complement, written as one word or as two one-character tokens (送上, 搭|起), and the pair
        is no dictionary word of another kind (海上 is a place word, 北上 a locative)."""
        if i - 2 < floor or text[i - 1] not in VERB_COMPLEMENTS:
            return False
        if glued_ahead:
            # 送|上区: the complement opens a two-character token after a one-character verb token
            if tokens.at(unit_start) != (unit_start, unit_start + 2) or tokens.at(i - 2) != (i - 2, i - 1):
                return False
        elif unit_start == i - 1:
            if tokens.at(i - 2) != (i - 2, i - 1):
                return False
        elif unit_start != i - 2:
            return False
        pair_tag = self.res.known_words.get(text[i - 2 : i])
        if pair_tag is not None and pair_tag not in VERB_TAGS:
            return False
        return self.res.known_words.get(text[i - 2]) in VERB_TAGS

    def _adverb_verb(self, unit: str) -> bool:
        """A token that is a manner adverb and a verb written as one word (积极探索, 全面完成;
        `phrase_adverbs.txt`): a verb phrase, never part of a name (积极|探索 tagged apart stops
        at the verb anyway). Not an adverb before a non-verb (共同|富裕 may open a name)."""
        adverb = next((a for a in self.res.left_adverbs if unit.startswith(a) and len(unit) > len(a)), None)
        rest = unit[len(adverb) :] if adverb is not None else ""
        return bool(rest) and (self.res.known_words.get(rest) in VERB_TAGS or rest in self.res.stops)  # 充分|利用 (a stop)

    def _after_manner_adverb(self, text: str, unit_start: int, tokens: SpanIndex, floor: int) -> bool:
        """Whether the word before `unit_start` is a manner adverb (`phrase_adverbs.txt`): such an
        adverb opens a predicate, so the word after it is its verb (不断|总结, jieba's noun), never a
        name's first word. Round 60: bulk read of real articles."""
        before = tokens.at(unit_start - 1) if unit_start > floor else None
        if before is None or before[1] != unit_start or text[before[0] : unit_start] not in self.res.left_adverbs:
            return False
        # Only an adverb that opens the clause's predicate: after a name word it may be a set
        # phrase of the name (某委|全面|深化改革|委员会).
        opener = tokens.at(before[0] - 1) if before[0] > floor else None
        if opener is None:
            return True
        word = text[opener[0] : opener[1]]
        return not RE_HAN_CHAR.match(word) or (word_tags().get(word) or "")[:1] in PREDICATE_OPENER_TAGS

    def _guessed_verb_opening(self, unit: str) -> int | None:
        """Where the name starts inside a word of three or more characters that jieba's
        dictionary holds as a set phrase (tag l) made of a dictionary verb or adverb of two or more
        characters and a verb, adverb or adjective (不断|丰富 in 不断丰富老年大学): after the whole
        word. A phrase whose rest is a noun names the people a unit serves (退役|军人 in
        某市关爱退役军人协会) and stays in the name. Not a word jieba only guessed: a trade
        written as one unknown word may open with a verb-tagged word (外卖|配送 in 外卖配送行业党委).
        Round 35: verb phrases swallowed into school names in tuning articles; None otherwise."""
        if len(unit) < 3 or self.res.known_words.get(unit) != PHRASE_TAG or not RE_HAN_WORD.match(unit):
            return None
        for cut in range(len(unit) - 1, 1, -1):
            if self.res.known_words.get(unit[:cut]) in GUESSED_OPENER_TAGS:
                rest_tag = self.res.known_words.get(unit[cut:])
                return len(unit) if rest_tag in GUESSED_OPENER_TAGS or rest_tag == "a" else None
        return None

    def _place_sandwich(self, text: str, i: int, start: int, tokens: SpanIndex, protected: dict[int, int], floor: int, place_starts: frozenset[int] = frozenset()) -> int | None:
        """Where a place mention ends before a verb-tagged word of a name (山东省|乡村振兴|基金会,
        青禾|建设|公司), when at most MAX_SANDWICH_CHARS characters of content words stand between
        the place and the ending (MAX_COMPANY_SANDWICH_CHARS before a registered company's ending:
        青禾|某某房屋维修服务|有限公司) and the first of them is no verb (青禾市|推进建设|公司 is a
        clause); else None."""
        brand = self._agency_brand_after_place(text, i, start, tokens, protected, floor, place_starts)
        if brand is not None:
            return brand
        k = i
        first = None
        joined = False
        limit = MAX_COMPANY_SANDWICH_CHARS if text.startswith(LEGAL_COMPANY_ENDINGS, start) else MAX_SANDWICH_CHARS
        while k > floor and start - k <= limit + joined * MAX_JOINED_FIELD_CHARS:
            if k in protected and protected[k] >= floor:
                return k if first is not None and self.res.known_words.get(first) not in SANDWICH_OPENER_TAGS else None
            unit_start = max((tokens.at(k - 1) or (k - 1, k))[0], floor)
            unit = text[unit_start:k]
            if not joined and self._joins_two_fields(text, unit_start, k, start, tokens, protected, floor):
                joined, k = True, unit_start  # 某省社区治理创新|与|研究中心: two fields of one body
                continue
            if not RE_HAN_WORD.match(unit) or unit in self.res.stops or self._breaks_name(unit):
                return None
            first, k = unit, unit_start
        return None

    def _bare_level_start(self, text: str, unit_start: int, tokens: SpanIndex, floor: int) -> int | None:
        """Where a list item starts whose body is named by a bare level word before the field
        word ending at `unit_start` (、省|阳光|与|明德联合党支部, ，市|蓝天|和|心理救援中心): lists of a
        province's or city's bodies drop the place and keep 省/市."""
        level = max((tokens.at(unit_start - 1) or (unit_start - 1, unit_start))[0], floor) - 1
        if level > floor and text[level] in BARE_LEVELS and text[level - 1] in ITEM_LEFT_MARKS:
            return level
        return None

    def _joins_two_fields(self, text: str, unit_start: int, i: int, start: int, tokens: SpanIndex, protected: dict[int, int], floor: int) -> bool:
        """与/和 at unit_start..i joins two fields of the one body whose ending starts at `start`: a
        field word before it, and between it and the ending no place, community, organization ending
        or national prefix (与|桃源社区…中心, 和|中国某科学院… are second names)."""
        if text[unit_start:i] not in DISCIPLINE_JOINS or not self._field_before(text, unit_start, tokens, floor):
            return False
        if any(k in protected and protected[k] >= i for k in range(i + 1, start + 1)):
            return False
        second = text[i:start]
        return not second.startswith(tuple(self.res.national_prefixes)) and not any(not suffix.venue for _, suffix in self.res.suffixes.iter(second))

    def _field_before(self, text: str, k: int, tokens: SpanIndex, floor: int) -> bool:
        """A field word ends at `k` (before 与/和 inside a name): a content word that ends no
        unit (某市民政局|与|…, 某社区党委|和|… are two names)."""
        w_start = max((tokens.at(k - 1) or (k - 1, k))[0], floor)
        word = text[w_start:k]
        return (len(word) >= 2 and bool(RE_HAN_WORD.match(word)) and word not in self.res.stops
                and word[-1] not in UNIT_END_CHARS and not self._ends_with_suffix(word) and not self._breaks_name(word)
                and word not in self.res.posts  # 某社区党员|与|派出所民警, 社工|和|服务中心: people, no field
                and not self._ends_with_unit_word(word)  # 某区政府|与|某艺术学院: two bodies (round 36)
                and not self._community_head_after_name(text, w_start, word))

    @staticmethod
    def _community_head_after_name(text: str, w_start: int, word: str) -> bool:
        """社区 right after an estate's or community's name (某某小区|社区|和|某某社区…中心) closes that
        community's name, so the 和 after it joins two communities, no two fields of one body; after
        a place (某市|社区|和|家庭服务协会) 社区 is the body's field. Round 58 h8, bulk read."""
        return word in COMMUNITY_HEADS and RE_COMMUNITY_NAME_END.search(text, max(0, w_start - COMMUNITY_NAME_END_CHARS), w_start) is not None

    def _ends_with_unit_word(self, word: str) -> bool:
        """`word` ends with a short head that is a unit word itself (政府, 工作站, 业委会: min_stem 0),
        so it ends a body's name, not a field of one."""
        return any(end == len(word) - 1 and head.min_stem == 0 for end, (_, head) in self.res.short_heads.iter(word))

    def _company_brand_start(self, text: str, word_start: int, word_end: int, start: int, tokens: SpanIndex, protected: dict[int, int], floor: int) -> int | None:
        """Where a registered company's trade name starts when jieba tags a word of it as a verb,
        adverb or idiom (辖区企业|飞跃|建材有限公司, 联合|宏达建设|集团有限公司, 锦绣前程|教育科技有限公司):
        trade names are often such words, and nothing but a trade name stands between a word that
        closes a clause or a list and 有限公司. The words from `word_start` leftwards (at most
        MAX_COMPANY_BRAND_CHARS characters up to `word_end`) are the brand when a left border
        stands before them: the line start, punctuation, a stop word, a place or community
        mention, or a word that names the company's kind (企业, 商家: `COMPANY_KIND_WORDS`).
        Else None: 社区积极对接|建材有限公司 is a clause."""
        if not RE_REGISTERED_ENDING.match(text, start):
            return None
        k = word_start
        while word_end - k <= MAX_COMPANY_BRAND_CHARS:
            bordered = k <= floor or not RE_HAN_CHAR.match(text[k - 1]) or (k in protected and protected[k] >= floor)
            before_start = max((tokens.at(k - 1) or (k - 1, k))[0], floor) if not bordered else k
            before = text[before_start:k]
            if bordered or before in self.res.stops or before.endswith(COMPANY_KIND_WORDS):
                # a brand of several words opens with no verb or adverb (积极|推进建设|有限公司 is a clause)
                first = text[k : (tokens.at(k) or (k, k + 1))[1]]
                after_place = k in protected and protected[k] >= floor
                return k if k == word_start or self._brand_opener(first, after_place=after_place) else None
            k = before_start
        return None

    def _brand_opener(self, first: str, *, after_place: bool) -> bool:
        """The first word of a several-word trade name: no verb or adverb (积极|推进建设|有限公司 is a
        clause), but one character right after a place is the brand's (某省|尚|千帆|服务集团有限公司,
        round 44): the adverbs a clause would put there (也, 就, 已) are stops and end the name first."""
        return self.res.known_words.get(first) not in SANDWICH_OPENER_TAGS or (after_place and len(first) == 1)

    def _trade_word_brand(self, text: str, word_start: int, word_end: int, start: int, tokens: SpanIndex, protected: dict[int, int], floor: int, word: str) -> int | None:
        """A trade word that is also a stop word written right before a registered ending (宏达|建设|
        集团有限公司: 建设 stops 建设|社区 elsewhere) is the company's line of business: the brand
        before it is read as `_company_brand_start` reads one, and there must be one. A
        one-character stop (与, 由) is never a trade word."""
        if len(word) < 2 or not RE_REGISTERED_ENDING.match(text, word_end):
            return None
        brand = self._company_brand_start(text, word_start, word_end, start, tokens, protected, floor)
        return brand if brand is not None and brand < word_start else None  # 联合|建设有限公司 names no company

    def _breaks_name(self, word: str) -> bool:
        """A function, number or time word cannot be inside a name's run of words (but a life stage
        jieba tags as a time word can: 青年|部)."""
        return self.res.known_words.get(word) in SANDWICH_BREAK_TAGS and word not in LIFE_STAGE_WORDS

    def _agency_brand_after_place(self, text: str, i: int, start: int, tokens: SpanIndex, protected: dict[int, int], floor: int, place_starts: frozenset[int] = frozenset()) -> int | None:
        """A body named place + one two-character brand word (the word at `i`) + an ending that
        needs a brand (`_takes_brand`), whatever jieba tags the brand (青禾市|护航|社会工作服务中心 v,
        桃源|五里|社工服务中心 m, 某市|友善|公益服务中心 a): where the place ends, else None.
        Such bodies take such words as brands; a clause (青禾市|推进建设|公司) has more words and
        another ending. Before the other endings than an agency's the brand follows a place, not a
        community (某小区|更换|物业公司 is a clause)."""
        word = tokens.at(i)
        if word is None or word[0] != i or word[0] <= floor or not self._takes_brand(text, word[1], start):
            return None
        unit = text[word[0] : word[1]]
        if len(unit) != 2 or not RE_HAN_WORD.match(unit) or unit in self.res.stops or unit in self.res.generic:
            return None
        if word[0] not in protected or protected[word[0]] < floor:
            return None
        if not text.startswith(SOCIAL_WORK_AGENCY_ENDINGS, word[1]) and protected[word[0]] not in place_starts:
            return None
        return word[0]

    def _split_brand_start(self, ctx: ArticleContext, index: _MentionIndex, protected: dict[int, int], start: int) -> int | None:
        """Where an agency's name starts when it stopped at a function character (BRAND_FUNCTION_CHARS,
        its own token) that closes a two-character brand jieba split: a lone character before it
        (某市|龙|和, ，|六|和), or a bare level character glued to the brand's first one (、|市益|如),
        after a place, a border or the text's start (the level character is then the anchor).
        None when no such brand is there (我|和, 市|和|区: a clause or a list of levels)."""
        text, tokens = ctx.text, ctx.tokens
        for _ in range(MAX_BRAND_FIELD_WORDS):  # ，|六|和|青少年|阅读|服务中心: the field's verb stopped the name
            if start < 2 or text[start - 1] in BRAND_FUNCTION_CHARS:
                break
            field = tokens.at(start - 1)
            if field is None or field[1] != start or field[1] - field[0] < 2 or not RE_HAN_WORD.match(text[field[0] : start]):
                return None
            if self.res.known_words.get(text[field[0] : start]) in SANDWICH_BREAK_TAGS:
                return None
            start = field[0]
        if start < 2 or text[start - 1] not in BRAND_FUNCTION_CHARS or tokens.at(start - 1) != (start - 1, start):
            return None
        before = tokens.at(start - 2)
        if before is None or before[1] != start - 1:
            return None
        word = text[before[0] : before[1]]
        if len(word) == 1:
            if word in BRAND_LEVEL_CHARS or word in self.res.stops or self.res.known_words.get(word) in BRAND_LONE_CHAR_STOP_TAGS:
                return None
        elif not (len(word) == 2 and word[0] in BARE_LEVELS and word[1] not in BRAND_FUNCTION_CHARS):
            return None
        brand_start = before[0]
        if brand_start == 0 or RE_CLAUSE_BORDER_CHAR.match(text, brand_start - 1):
            return brand_start
        if len(word) == 1 and brand_start in protected:  # 某市|龙和: the place opens the name
            return self._extend_left(text, protected[brand_start], tokens, protected, index.place_start_set)
        return None

    def _takes_brand(self, text: str, brand_end: int, start: int) -> bool:
        """The endings written from `brand_end` on name a body by its brand: a social-work agency's
        ending right there, or a run of endings reaching past `start` (某某|物业|公司 read from
        公司 too) whose first needs a name besides its place (place_ok=no) and that is at least
        MIN_BRANDED_ENDING_RUN characters long (公益服务中心, 物业公司; not a bare 公司)."""
        if text.startswith(SOCIAL_WORK_AGENCY_ENDINGS, brand_end):
            return brand_end == start
        first = self._ending_at(text, brand_end)
        if first is None or first.place_ok or first.venue or first.needs_place:
            return False
        end = brand_end
        while (ending := self._ending_at(text, end)) is not None:
            end += len(ending.text)
        return end > start and end - brand_end >= MIN_BRANDED_ENDING_RUN

    def _ending_at(self, text: str, pos: int) -> _Suffix | None:
        """The longest listed ending that starts at `pos`, if any."""
        window = text[pos : pos + MAX_SUFFIX_CHARS]
        found = [suffix for end, suffix in self.res.suffixes.iter(window) if end + 1 == len(suffix.text)]
        return max(found, key=lambda suffix: len(suffix.text), default=None)

    def _joins_disciplines(self, text: str, unit_start: int, i: int, tokens: SpanIndex, floor: int) -> bool:
        """与/和 between two fields of study in a college's name (信息科学|与|工程学院): a word ending
        in a listed field right before it and a college ending after it (某社区与某学院 stays two names)."""
        if text[unit_start:i] not in DISCIPLINE_JOINS or unit_start <= floor or not RE_COLLEGE_AFTER_JOIN.match(text, i):
            return False
        before = tokens.at(unit_start - 1) or (unit_start - 1, unit_start)
        return text[max(before[0], floor) : unit_start].endswith(self.res.disciplines)

    def _glued_coordinator(self, text: str, unit_start: int, i: int, floor: int) -> int | None:
        """Where a name starts when the word text[unit_start:i] holds a one-character coordinator
        (和/与/及) right after a listed ending (区老龄|办和区|司法局: 老龄办 ends there): just
        after the coordinator; else None."""
        for k in range(i - 1, unit_start, -1):
            if text[k] in COORDINATORS and self._ends_with_suffix(text[max(floor, k - MAX_SUFFIX_CHARS) : k]):
                return k + 1
        return None

    def _joins_bureau_fields(self, text: str, unit_start: int, i: int, start: int, tokens: SpanIndex, protected: dict[int, int], floor: int) -> int | None:
        """和 right before a bureau ending, joining two fields of one bureau (教育|和|体育局,
        住房|和|城乡建设局): a field word stands before 和 (no stop, not ending a unit name) and a
        place mention or a bare level word right before that. Returns where the name starts, else
        None (民政局|和|体育局 and 居民|和|体育局 are two things)."""
        if i != start or text[unit_start:i] != FIELD_JOIN or not RE_JOINED_BUREAU_ENDING.match(text, i) or unit_start <= floor:
            return None
        word = tokens.at(unit_start - 1)
        if word is None or word[1] != unit_start or word[0] <= floor:
            return None
        field = text[word[0] : unit_start]
        if len(field) < 2 or not RE_HAN_WORD.match(field) or field in self.res.stops or field[-1] in UNIT_END_CHARS:
            return None
        if word[0] in protected and protected[word[0]] >= floor:
            return protected[word[0]]  # 某市|教育|和|体育局
        level = tokens.at(word[0] - 1) if word[0] > floor else None
        if level is not None and level[1] == word[0] and text[level[0] : word[0]] in BARE_LEVELS:
            return level[0]  # 市|教育|和|体育局
        return None

    def _bare_trade_company(self, name: str) -> bool:
        """F9: 公司 after only a two-character line of business (通信公司, 设计公司, 文创公司: a
        company of that kind, written without its name), not after a brand jieba knows (nz, nt,
        or a name it tags as a person's or place's: 联通公司)."""
        return (
            len(name) == len(BARE_COMPANY_ENDING) + 2
            and name.endswith(BARE_COMPANY_ENDING)
            and RE_HAN_WORD.match(name) is not None
            and self.res.known_words.get(name[:2]) not in BARE_COMPANY_BRAND_TAGS
        )

    def _opens_unknown_name(self, text: str, unit_start: int, i: int, tokens: SpanIndex, floor: int) -> bool:
        """A locative stop (中) right after a clause border or a stop word, before a character
        jieba left alone (，中|云|某某团委, 联合|中|泰|某某幼儿园): nothing before it for it to be
        "in", so it is the first character of a name jieba did not know."""
        after = tokens.at(i)
        if after is None or after[1] - after[0] != 1 or not RE_HAN_CHAR.match(text[i]) or text[i] in LEVEL_CHARS:
            return False
        if unit_start <= floor or text[unit_start - 1] in ITEM_LEFT_MARKS:
            return True
        before = tokens.at(unit_start - 1)
        return before is not None and before[1] - before[0] > 1 and text[before[0] : before[1]] in self.res.stops

    @staticmethod
    def _opens_modified_name(text: str, unit_start: int, i: int, tokens: SpanIndex) -> bool:
        """A conjunction (和) between 的 and a character jieba left alone (的|和|美|物业公司): the
        first character of the name 的 modifies."""
        after = tokens.at(i)
        if after is None or after[1] - after[0] != 1 or not RE_HAN_CHAR.match(text[i]) or text[i] in LEVEL_CHARS:
            return False
        return unit_start > 0 and text[unit_start - 1] == MODIFIER_PARTICLE

    def _splits_name_word(self, text: str, unit_start: int, i: int) -> bool:
        """A one-character stop that jieba cut off a name word (吉林|中|韩|眼科医院: 中韩 is a
        place-like word, so 中 is no stop here), unless an organization ends right before it:
        then it joins two names (发展中心|和|龙泉街道办事处, though 和龙 is a city)."""
        if i - unit_start != 1 or self.res.known_words.get(text[unit_start : i + 1]) not in NAME_WORD_TAGS:
            return False
        return not self._ends_with_suffix(text[max(0, unit_start - MAX_SUFFIX_CHARS) : unit_start])

    def _names_community(self, text: str, unit: str, end: int) -> bool:
        """A time word, adjective or numeral right before 社区/村 is a community's name (南宋|社区)."""
        return text.startswith(COMMUNITY_HEADS, end) and self.res.known_words.get(unit) in COMMUNITY_NAME_TAGS and unit not in self.res.stops

    def _person_like(self, unit: str) -> bool:
        """A 2–3 character token outside jieba's dictionary that starts with a surname."""
        return 2 <= len(unit) <= 3 and unit[0] in self.res.surnames and unit not in self.res.known_words

    def _classify(self, ctx: ArticleContext, index: _MentionIndex, start: int, suffix_start: int, end: int, suffix: _Suffix) -> _Candidate | None:
        """F4: keep named organizations, resolve bare community bodies, drop generic ones."""
        text = ctx.text
        date = RE_DATE_HEAD.match(text, start, suffix_start)
        if date is not None:
            start = date.end()
        start = self._cut_before_first_place(ctx, index, start, suffix_start)
        start = self._split_at_inner_unit(ctx, index, start, suffix_start, suffix)
        prefix = text[start:suffix_start]
        if RE_LEVEL_CLASS.search(prefix) or (text.endswith(EACH_WORD, 0, start) and RE_LEVEL_WORD_HEAD.match(prefix)):
            return None  # 各|区级|某某协会, 村|三级|强村公司: the bodies of each level, a class
        quoted_only = (start > 0 and text[start - 1] == "“" and text.startswith("”", end)) or _quoted_list_item(text, start, end)
        if suffix.text in SHORT_COMMITTEE_ENDINGS and text.endswith("社区", start, suffix_start):
            return None  # 某街社区|居委: news writes the short form for an estate's committee, 社区居委 for the kind
        community = index.community_ending_at(start, suffix_start)
        if community is not None and (self._only_generic_words(RE_COMMUNITY_HEAD.sub("", community.canonical)) or self._function_word_community(community)) and not self._word_named_party_body(ctx, community):
            community = None  # 专业化社区, 代表社区: not a named community, so not a named Party body either
        if community is not None and suffix.text == PLACE_CENTRE_ENDING and self._village_centre(ctx, index, start, community):
            return None  # 位于某村|中心: the middle of the village, as F14 reads a town's centre
        if community is not None:  # 樾檀山社区党总支: span from the community, canonical from it
            return _Candidate(community.start, end, suffix.kind, canonical=community.canonical + text[suffix_start:end])
        bare = clean_name(prefix)
        if suffix.text in UNNAMED_COMMITTEE_ENDINGS and self._city_or_wider_only(ctx, start, suffix_start):
            return None  # F4: 某市|居委会, the kind of body in that city
        if bare in COMMUNITY_BODY_PREFIXES and suffix.kind in {"party", "government"}:
            if suffix.text in UNNAMED_COMMITTEE_ENDINGS:
                return None
            named = self._community_in_context(ctx, index, start, COMMUNITY_BODY_PREFIXES[bare], sole=suffix.kind == "party")
            if named is None:
                return None
            if (
                named.canonical + text[suffix_start:end] not in text
                and not text.endswith(ANAPHORIC_DETERMINERS, 0, start)
                and not self._sole_community_committee(index, start, text[start:end], named)
                and (RE_SENTENCE_BREAK.search(text, named.end, start) or text.startswith(self.res.posts, end))
            ):
                return None  # round 41: the body is never named in the article (社区党委联合…, 社区党委|书记某某: round 29)
            return _Candidate(start, end, suffix.kind, canonical=named.canonical + text[suffix_start:end])
        if text.endswith(SERVICE_HOME_ENDINGS, suffix_start, end) and RE_PROVINCE_NAME.match(bare):
            return None  # F13: 某省|残疾人之家, a title or a standard
        if quoted_only and suffix.held_only:
            return None  # “某市零工市场”小程序: a standard station quoted whole is a brand's or an app's name
        if quoted_only:  # “233网校”: the quotes mark a proper name; F5 decides if it is an org
            return _Candidate(start, end, suffix.kind, quoted_only=True)
        if any(word in prefix for word in self.res.rating_words):  # F8: 三星级社工服务站, an award title
            return None
        if suffix.place_ok and self._is_bare_level(bare, suffix):
            if bare[:1] in TOWN_LEVEL_CHARS and text.startswith(self.res.posts, end):
                return None  # 镇党委|书记: a person's role (round 36)
            if bare in TOWN_LEVEL_CHARS and suffix.text == TOWN_COMMITTEE_ENDING:
                return None  # 镇|党委, 乡|党委: the town's Party committee written without its name (round 42)
            return _Candidate(start, end, suffix.kind)  # 市|民政局, 区委|社会工作部, 团市委, 镇|团委: the local body
        subdistrict_unit = bare.startswith(SUBDISTRICT_LEVEL) and self._descriptors_after_level(bare[len(SUBDISTRICT_LEVEL) :])
        if subdistrict_unit and suffix.place_ok and suffix.text not in SUBDISTRICT_COMMITTEE_ENDINGS and self._framed_party(ctx, start, end):
            return _Candidate(start, end, suffix.kind)  # 联合|街道|司法所: the subdistrict's own unit
        if suffix.text == PLACE_CENTRE_ENDING and self._level_named_centre(ctx, start, suffix_start):
            return _Candidate(start, end, suffix.kind)  # 市|精神卫生|中心, 区|婚姻登记|中心: the local centre
        if RE_BARE_LEVEL_MEDIA.match(bare + text[suffix_start:end]):
            return _Candidate(start, end, suffix.kind)  # 市|融媒体中心: the local media centre (F3 decides)
        group_start = self._set_up_group_start(ctx, start, end)
        if group_start is not None:
            return _Candidate(group_start, end, suffix.kind)  # 成立|新居民临时|党支部: the branch the clause creates
        if self._is_generic(ctx, index, start, suffix_start, suffix):
            return None
        return _Candidate(start, end, suffix.kind)

    def _set_up_group_start(self, ctx: ArticleContext, start: int, end: int) -> int | None:
        """Where a Party body named by its members' group in descriptor words starts when a set-up
        verb opens it (成立|新居民临时|党支部, 成立|流动党员（功能型）|党支部: the name runs back to the
        verb over words that stop other names): the one body the clause creates (round 56 h4)."""
        text = ctx.text
        ending = next((word for word in SET_UP_PARTY_ENDINGS if text.endswith(word, 0, end)), None)
        if ending is None or RE_COUNT_AFTER.match(text, end) or text.startswith(self.res.posts, end):
            return None
        verb = RE_SET_UP_BEFORE_GROUP.search(text, max(0, start - MAX_SET_UP_GAP_CHARS - 3), start)
        if verb is None or ctx.tokens.at(verb.start()) != (verb.start(), verb.start() + 2):
            return None  # 成立大会|上党委: the verb is part of a longer word, no set-up
        group_start = verb.end()
        prefix = clean_name(text[group_start : end - len(ending)])
        group = RE_BRANCH_TYPE_WORDS.sub("", prefix)
        if len(RE_HAN_CHAR.findall(group)) < MIN_SET_UP_GROUP_CHARS or not RE_SET_UP_GROUP.fullmatch(prefix) or RE_GROUP_NOT_ONE.search(prefix):
            return None
        return group_start

    @staticmethod
    def _city_or_wider_only(ctx: ArticleContext, start: int, suffix_start: int) -> bool:
        """Whether the name before the ending is only a city or province the places extractor found:
        a residents' committee belongs to a community, so a city before a bare one (某市居委会的雏形)
        speaks of the kind of body there, not of one committee. Round 59: a bulk article."""
        return any(m.start == start and m.end == suffix_start
                   and LEVEL_RANK.get(m.attrs.get("level"), len(LEVEL_RANK)) <= LEVEL_RANK["city"]
                   for m in ctx.found("places"))

    def _is_bare_level(self, prefix: str, suffix: _Suffix) -> bool:
        """A local body named by its level instead of its place: 市|民政局, 区委|社会工作部,
        市|物业行业|协会 (a level word, then descriptor words only), or an ending that opens
        with one (团市委). Not 区县|民政局 or 市区两级 (several levels), nor 全市 (a jurisdiction)."""
        if not prefix:
            return bool(RE_BARE_LEVEL_ENDING.match(suffix.text))
        match = RE_BARE_LEVEL_PREFIX.match(prefix)
        if match is None:
            return False
        return self._descriptors_after_level(prefix[match.end() :])

    def _descriptors_after_level(self, rest: str) -> bool:
        """What follows a bare level word in a local body's name: nothing, or descriptor words
        (市|物业行业|协会), not a second level (区县, 市区两级)."""
        return not rest or (rest[0] not in LEVEL_CHARS and self._only_generic_words(rest))

    def _framed_party(self, ctx: ArticleContext, start: int, end: int) -> bool:
        """A name set as a party of a relation: after a relation word or in the list one opens
        (联合A、|B), or opening a clause or list item closed by one (|A与B签订…), and no post after
        it (街道党工委|书记 is a person's role)."""
        text = ctx.text
        if text.startswith(self.res.posts, end):
            return False
        return self._frame_left(text, start) or (self._item_start(ctx, start) and bool(RE_FRAME_RIGHT.match(text, end)))

    def _level_named_centre(self, ctx: ArticleContext, start: int, suffix_start: int) -> bool:
        """A bare level word written as a word of its own, then its field (市|精神卫生|中心,
        区|婚姻登记|中心, 县|未成年人保护|中心): the local body of that field, named by its level as
        市民政局 is; the level stands where the place would. Not a level inside a word (城市|…,
        市民|中心, 县城|中心), a field of descriptor words only (市|服务|中心), one character
        (市|体|中心) or one holding a stop word (市|的|中心). Round 49: missed in tuning articles
        of four sets."""
        text, tokens = ctx.text, ctx.tokens
        if text[start : start + 1] not in BARE_LEVELS or (tokens.at(start + 1) or (None,))[0] != start + 1:
            return False
        level = tokens.at(start)
        if level is not None and level[0] < start:  # only a function word glued before it: 从|区
            glued = text[level[0] : start + 1]
            if glued in self.res.known_words or text[level[0]] not in GLUED_FUNCTION_CHARS or level[0] < start - 1:
                return False
        field = text[start + 1 : suffix_start]
        if not MIN_CENTRE_FIELD_CHARS <= len(field) <= MAX_CENTRE_FIELD_CHARS or not RE_HAN_WORD.match(field):
            return False
        words = self._words(text, tokens, start + 1, suffix_start)
        return not any(word in self.res.stops or word[0] in LEVEL_CHARS for word in words) and not self._only_generic_words(field)

    def _level_centre_start(self, ctx: ArticleContext, suffix_start: int) -> int | None:
        """Where a bare level word opens a centre's name before the ending 中心 (`_level_named_centre`):
        the field words between may be verbs or adjectives (保护, 干预, 卫生 an) that stop the
        extension elsewhere."""
        for length in range(MIN_CENTRE_FIELD_CHARS, MAX_CENTRE_FIELD_CHARS + 1):
            start = suffix_start - length - 1
            if start >= 0 and self._level_named_centre(ctx, start, suffix_start):
                return start
        return None

    def _place_centre_start(self, ctx: ArticleContext, index: _MentionIndex, protected: dict[int, int], suffix_start: int) -> int | None:
        """Where a centre named by its place and its field starts when the field holds a verb that
        stopped the extension (某市|职业|介绍|中心, 某市|殡葬|事业|管理|中心): a place mention right
        before the field, the field as `_level_named_centre` checks it (2–8 characters, stop words
        only among the verbs closing it, not descriptor words only). Round 51: such centres missed in tuning articles of many sets."""
        text = ctx.text
        for length in range(MIN_CENTRE_FIELD_CHARS, MAX_PLACE_CENTRE_FIELD_CHARS + 1):
            place_start = index.place_ending_at(suffix_start - length)
            if place_start is None:
                continue
            field_start = suffix_start - length
            field = text[field_start:suffix_start]
            if not RE_HAN_WORD.match(field) or self._only_generic_words(field):
                return None
            if (ctx.tokens.at(field_start) or (None,))[0] != field_start:
                return None  # the place ran into the field's first word
            words = self._words(text, ctx.tokens, field_start, suffix_start)
            if words[0] in self.res.stops:
                return None  # 某市|打造|养老服务中心: a stop right after the place opens a clause
            if any(self.res.known_words.get(word) == NUMERAL_TAG or RE_COUNT_PREFIX.match(word) for word in words):
                return None  # 某省|首家|社区|某某中心: a count ranks the centre among its kind, it names none
            if any(word[0] in LEVEL_CHARS for word in words) or not self._task_verbs_close_field(words):
                return None
            return self._extend_left(text, place_start, ctx.tokens, protected, index.place_start_set)
        return None

    def _task_verbs_close_field(self, words: list[str]) -> bool:
        """A stop word in a centre's field is a verb of its task (职业|介绍, 运行|管理|指挥) only when
        it and every word after it up to 中心 are verbs of two characters or more: a verb with a
        noun after it (某站|联合|社区|卫生) is a clause joining two bodies."""
        first_stop = next((i for i, word in enumerate(words) if word in self.res.stops), None)
        if first_stop is None:
            return True
        return all(len(word) >= 2 and self.res.known_words.get(word) in CENTRE_FIELD_VERB_TAGS for word in words[first_stop:])

    def _cut_before_first_place(self, ctx: ArticleContext, index: _MentionIndex, start: int, suffix_start: int) -> int:
        """Names start with their place (宜宾市酒都义工联合会): other text before it is cut off,
        unless it is a national prefix or a unit the place belongs under."""
        text = ctx.text
        # a bracketed seat (某某（山东）…有限公司) is inside the name, not where it starts
        places = [p for p, end in index.places_within(start, suffix_start) if not (p > 0 and text[p - 1] in OPENING_PARENS and text.startswith(tuple(CLOSING_PARENS), end))]
        if not places or places[0] == start:
            return start
        before = ctx.text[start : places[0]]
        if before in self.res.national_prefixes or self._ends_with_suffix(before):
            return start  # 中共|北京市委, 中国银行|苏州分行: a unit above the place
        if self._opens_with_brand(ctx, start, places[0]):
            return start  # 中国移动|青禾公司, 华润|置地|青禾公司: the group's regional company
        return places[0]

    def _opens_with_brand(self, ctx: ArticleContext, start: int, stop: int) -> bool:
        """text[start:stop] opens with a word jieba tags as an organization or brand name
        (中国移动 nt, 华润 nz) and holds only name words (no verb, no person-like token)."""
        token = ctx.tokens.at(start)
        if token is None or token[0] != start or self.res.known_words.get(ctx.text[token[0] : token[1]]) not in BRAND_TAGS:
            return False
        i = token[1]
        while i < stop:
            token = ctx.tokens.at(i)
            if token is None or token[1] > stop:
                return False
            word = ctx.text[token[0] : token[1]]
            if word in self.res.stops or word in self.res.verbs or self._person_like(word):
                return False
            i = token[1]
        return True

    def _split_at_inner_unit(self, ctx: ArticleContext, index: _MentionIndex, start: int, suffix_start: int, suffix: _Suffix) -> int:
        """Two units written back to back, each with its own place name (青禾县司法局|桃源司法所), or
        a county's bureau and its local office named after a town the gazetteer may not know
        (青禾县司法局|柳湾司法所, `_local_office_of`):
        the candidate starts at the second one when that one names a unit by itself (but
        中国银行|苏州分行 stays whole: 苏州分行 alone is a generic branch, and 中国银行 has no place)."""
        chunk = ctx.text[start:suffix_start]
        if start not in index.place_start_set:
            return start  # 国家统计局|青禾调查队: a national body's local unit is named after it
        for end_index, inner in self.res.suffixes.iter(chunk):
            k = start + end_index + 1
            named_second = k in index.place_start_set or _local_office_of(inner.text, suffix.text)
            if not inner.venue and k < suffix_start and named_second and not self._is_generic(ctx, index, k, suffix_start, suffix):
                start = k
        return start

    def _completes_ending(self, text: str, unit_start: int, end: int) -> bool:
        """A stop token that ends an organization ending begun two or more characters before it
        (民革青禾区委|会: 区委会), so the name goes on to the left; not 建工|会 (工会 begins
        one character before 会: 会 is a verb there)."""
        chunk_start = max(0, end - MAX_SUFFIX_CHARS)
        chunk = text[chunk_start:end]
        return any(
            stop == len(chunk) - 1 and not suffix.venue and chunk_start + stop + 1 - len(suffix.text) <= unit_start - 2
            for stop, suffix in self.res.suffixes.iter(chunk)
        )

    def _ends_with_suffix(self, chunk: str) -> bool:
        return any(end == len(chunk) - 1 and not suffix.venue for end, suffix in self.res.suffixes.iter(chunk))

    def _is_generic(self, ctx: ArticleContext, index: _MentionIndex, start: int, suffix_start: int, suffix: _Suffix) -> bool:
        """True when nothing before the ending names a particular organization."""
        places = index.places_within(start, suffix_start)
        rest = []
        i = start
        for place_start, place_end in sorted(places):
            rest.append(ctx.text[i:place_start])
            i = place_end
        rest.append(ctx.text[i:suffix_start])
        remainder = "".join(clean_name(part) for part in rest)
        named = (
            bool(remainder)
            and not self._only_generic_words(remainder)
            and remainder not in self.res.suffix_texts  # 医院|党委: the unit's own kind, no name
            and len(RE_NAME_PIECE.findall(remainder)) > 1  # 齐|联盟: one character names nothing
        )
        if RE_COUNT_PREFIX.match(remainder) or RE_COUNT_OPENING.match(remainder):
            return True  # 两地|团委, 三所|学校, 12处|物业, 某市|首个|社工站, 1套|楼栋|党支部: a count
        if suffix.text == BARE_COMPANY_ENDING and not places and self._names_a_trade(ctx, start, suffix_start):
            return True  # 饮用水|公司, 前期|物业|公司: a kind of company, none named
        if (suffix.text in COMMON_NOUN_TRADE_ENDINGS and remainder and not RE_COMPANY_CONTINUES.match(ctx.text, suffix_start + len(suffix.text))
                and self._common_words_only(ctx, index, start, suffix_start)):
            return True  # F17: 园区|物业, 之前|物业, 调动|物业: the property service of a kind, none named
        if suffix.text in SCHOOL_ENDINGS | CLUB_ENDINGS and not places and self._one_common_word(ctx, index, start, suffix_start):
            return True  # F18: 女儿|学校, 家乡|学校, 调动|学校, 球友|俱乐部: a word of the clause, no school or club named
        if suffix.text in CLUB_ENDINGS and (RE_TEAM_LIST_TAIL.match(ctx.text, suffix_start + len(suffix.text))
                                            or ctx.text[suffix_start - 1 : suffix_start] == "”"):
            return True  # F18b: 书法俱乐部、…等8个社团, “乐龄”俱乐部: a residents' team (programs, round 10), not a body
        if (suffix.text == LEARN_AMID_ENDING and not places and RE_AMID_OPENS.search(ctx.text, max(0, start - 13), start + 1)
                and self._one_common_word(ctx, index, start, suffix_start)):
            return True  # F18: 在游乐|中学|本领: "learn amid play", no school named
        if (suffix.text == PLACE_CENTRE_ENDING and places and not remainder
                and not index.has_community_within(start, suffix_start, suffix_start + len(suffix.text))):
            return True  # F14: 某市|中心, 某区某片区|中心: a place's centre (its downtown, a landmark tower), no body
        if places and remainder and self._only_generic_words(remainder) and any(kind in remainder for kind in self.res.level_kinds):
            return True  # F16: 某县|村级|党群服务中心, 某县|乡镇|社工站: the place's units of a level, a class
        if suffix.held_only:  # 某省|三星|妇女儿童驿站, 某市|某广场|零工驿站: a grade or a site's own name
            return not self._held_by_places(index, start, suffix_start)
        if suffix.local_only:  # 某县|农家书屋, 某镇|全面|建有|农家书屋: no one village's or town's own room
            return not self._town_right_before(ctx, places, remainder, suffix_start)
        if suffix.needs_place and suffix.text in TASK_GROUP_ENDINGS and RE_LEVEL_PARTY_ANCHOR.match(clean_name(ctx.text[start : start + 2])):
            return False  # 区委|党建引领…|工作领导小组: the level's committee names its group, round 60 h2b
        if suffix.needs_place:  # 汉水|中心, 资讯|中心: a centre is named by its place or community
            # (a community written over the ending names it too: 桃源|社区服务中心, round 32)
            return not (places or index.has_community_within(start, suffix_start, suffix_start + len(suffix.text)))
        if named:
            return False
        return not (places and suffix.place_ok)

    @staticmethod
    def _held_by_places(index: _MentionIndex, start: int, stop: int) -> bool:
        """Is the text from `start` to the ending places and communities only, back to back
        (某区某街道某社区|零工驿站; not 某省|三星|妇女儿童驿站)?"""
        spans = index.places_within(start, stop) + [span for span in index.community_spans if start <= span[0] and span[1] <= stop]
        i = start
        for span_start, span_end in sorted(spans):
            if span_start > i:
                return False
            i = max(i, span_end)
        return i == stop and i > start

    @staticmethod
    def _village_centre(ctx: ArticleContext, index: _MentionIndex, start: int, village: Mention) -> bool:
        """Is the text before a bare 中心 a village (its places first: 某镇|某村|中心)? A village
        has no centre body, unlike a 社区 (某某社区中心, a community centre), so it is its middle."""
        if not ctx.text.endswith(VILLAGE_HEAD, village.start, village.end):
            return False
        covered = start
        for place_start, place_end in sorted(index.places_within(start, village.start)):
            if place_start != covered:
                return False
            covered = place_end
        return covered == village.start

    @staticmethod
    def _town_right_before(ctx: ArticleContext, places: list[tuple[int, int]], remainder: str, stop: int) -> bool:
        """Is the text before a `local` ending places only, the last a town written right before it
        (巢湖市散兵镇|文化站, 某乡|综合文化站)? A community before it is handled as its own body earlier."""
        if remainder or not places:
            return False
        last_start, last_end = max(places)
        return last_end == stop and ctx.text.endswith(TOWN_PLACE_ENDINGS, last_start, last_end)

    def _names_a_trade(self, ctx: ArticleContext, start: int, stop: int) -> bool:
        """text[start:stop] before a bare 公司 is common words only, one of them a noun: the
        company's trade or product (饮用水, 柑橘|出口|供应链), not a name. A word jieba does not
        know (a trade name: 某卓|物业), a proper-name tag (华润 nz, 中国移动 nt) or no noun at all
        (送|变电, 供电: a utility the article names by its service) keeps the name. Round 20:
        three generic company phrases in two labellers' tuning articles."""
        words = [word for word in self._words(ctx.text, ctx.tokens, start, stop) if RE_HAN_CHAR.search(word)]
        tags = [self.res.known_words.get(word) for word in words]
        if not words or any(tag is None or tag in PROPER_NAME_TAGS or RE_NUMERAL_CHAR.search(word) for word, tag in zip(words, tags)):
            return False  # (公交|三|公司: a numbered company is a name)
        return "n" in tags

    def _common_words_only(self, ctx: ArticleContext, index: _MentionIndex, start: int, stop: int) -> bool:
        """F17: text[start:stop] outside its places is common words jieba knows only: no word it does
        not know (a trade name), no proper-name tag (华润 nz, 中海 ns), no numeral (一|小区, a
        numbered estate) and no community named in it (某某小区|物业: that estate's service)."""
        if index.has_community_within(start, stop):
            return False
        words, i = [], start
        for place_start, place_end in sorted(index.places_within(start, stop)):
            words += self._words(ctx.text, ctx.tokens, i, place_start)
            i = place_end
        words += self._words(ctx.text, ctx.tokens, i, stop)
        words = [word for word in words if RE_HAN_CHAR.search(word)]
        return bool(words) and all(
            self.res.known_words.get(word) not in (None, *PROPER_NAME_TAGS) and not RE_NUMERAL_CHAR.search(word)
            for word in words
        )

    def _one_common_word(self, ctx: ArticleContext, index: _MentionIndex, start: int, stop: int) -> bool:
        """F18: text[start:stop] is one word jieba knows as a common noun, verbal noun, verb or
        adjective (女儿, 家乡, 调动), and no community is named in it; a place name (燕山 ns), a
        brand (复旦 nz), a numeral (四点半) or two words or more (社区共青团市民) keep the name."""
        if index.has_community_within(start, stop):
            return False
        words = [word for word in self._words(ctx.text, ctx.tokens, start, stop) if RE_HAN_CHAR.search(word)]
        return len(words) == 1 and self.res.known_words.get(words[0]) in COMMON_STEM_TAGS

    def _only_generic_words(self, chunk: str) -> bool:
        """Can `chunk` be cut into descriptor words only (or has no Han character)?"""
        if not RE_HAN_CHAR.search(chunk):
            return True
        reachable = [False] * (len(chunk) + 1)
        reachable[0] = True
        for i in range(len(chunk)):
            if not reachable[i]:
                continue
            if not RE_HAN_CHAR.match(chunk[i]):
                reachable[i + 1] = True
                continue
            for j in range(i + 1, min(len(chunk), i + self.res.generic_max) + 1):
                if chunk[i:j] in self.res.generic or (2 <= j - i <= 4 and chunk[j - 1] in DESCRIPTOR_ENDINGS):
                    reachable[j] = True
        return reachable[len(chunk)]

    def _community_in_context(
        self, ctx: ArticleContext, index: _MentionIndex, start: int, kind_word: str, *, sole: bool = False
    ) -> Mention | None:
        """The named community the text was just talking about, for a bare 社区党委: the last
        one written before it, in the same or the previous paragraph; failing that, with `sole`
        (a Party body), the only community of its kind the article has named before it (round
        35b: an article about one community writes 社区党委 for its committee paragraphs later;
        a bare service station, 村便民服务站, stays the kind of unit)."""
        earlier = self._communities_before(index, start, kind_word)
        if not earlier:
            return None
        latest = earlier[0]
        if start - latest.end <= self.community_lookback and ctx.text.count("\n", latest.end, start) <= 1:
            return latest
        return latest if sole and len({m.canonical for m in earlier}) == 1 else None

    def _communities_before(self, index: _MentionIndex, start: int, kind_word: str) -> list[Mention]:
        """The named communities of kind `kind_word` (社区, 村) written before `start`, the latest first."""
        return [
            m for m in index.communities_ending_by(start)
            if m.canonical.endswith(kind_word) and not self._function_word_community(m)
        ]

    def _sole_community_committee(self, index: _MentionIndex, start: int, body: str, named: Mention) -> bool:
        """Is a bare 社区党委 at `start` the committee of `named` because that is the only 社区 the
        article has named before it (round 44)? Then the text needs no full name nor the same sentence."""
        if body not in SOLE_COMMUNITY_COMMITTEES:
            return False
        return {m.canonical for m in self._communities_before(index, start, COMMUNITY_BODY_PREFIXES["社区"])} == {named.canonical}

    # ------------------------------------------------------------------ C2: X社工 agencies
    def _brand_candidates(self, text: str, others: list[_Candidate], index: _MentionIndex) -> list[_Candidate]:
        occurrences: dict[str, list[tuple[int, int]]] = {}
        agency: set[str] = set()
        org_starts = {c.start for c in others}
        org_ends = {c.end for c in others}
        for match in RE_BRAND_SOCIAL_WORK.finditer(text):
            start, end = match.start(1), match.end()
            head = match.group(1)
            if head in self.res.worker_modifiers or head[-1] in self.res.worker_modifiers or head in self.res.generic:
                continue
            if head in self.res.verbs:  # 希望社工机构…: a verb, not a name
                continue
            before = text[start - 1] if start > 0 else ""
            # a frame word of `org_brand_context.tsv` is a left border too (联合|某某公益, 携手|某某社工):
            # its last character is no stop, yet the name starts right after it
            framed = any(text.endswith(word, 0, start) for word in self.res.brand_before)
            if before and RE_HAN_CHAR.match(before) and before not in PLACE_TAIL_CHARS and before not in self.res.stops and not framed:
                continue
            if RE_BRAND_NOT_AGENCY.match(text, end) or (text.endswith("公益", 0, end) and RE_BRAND_NOT_CHARITY.match(text, end)):
                continue
            placed = self._framed_place_before(text, index, start)
            if placed is not None:
                start = placed  # 联合|某市|某某社工: the agency is named with its city
            name = text[start:end]
            occurrences.setdefault(name, []).append((start, end))
            if placed is not None or any(text.startswith(word, end) for word in self.res.brand_after) or any(
                text.endswith(word, 0, start) for word in self.res.brand_before
            ):
                agency.add(name)
            elif name.endswith("社工") and RE_BRAND_PROJECT_AFTER.match(text, end) and not index.places_within(start, end):
                agency.add(name)  # 某某社工“某某”项目: the agency's project (湖南社工“…”项目 is the province's workforce)
            elif (before == "、" and start - 1 in org_ends) or (text.startswith("、", end) and end + 1 in org_starts):
                agency.add(name)  # listed next to an organization: 公益联合基金会、和美社工
            elif name.endswith("社工") and self._clause_subject(text, start, end):
                agency.add(name)  # ，某某社工在村里…: the agency opens a clause and acts
        return [
            _Candidate(start, end, "social_work" if name.endswith("社工") else "other") for name in agency for start, end in occurrences[name]
        ]

    def _framed_place_before(self, text: str, index: _MentionIndex, start: int) -> int | None:
        """The start of a place written between a frame word and a brand agency (联合|某市|某某社工,
        携手|某县|某某公益): the agency is named with its place, as in a registered name; None when
        no place ends at `start` or no frame word ends where the place starts."""
        placed = index.place_ending_at(start)
        if placed is None or not any(text.endswith(word, 0, placed) for word in self.res.brand_before):
            return None
        return placed

    def _clause_subject(self, text: str, start: int, end: int) -> bool:
        """Does `X社工` open a clause as its subject: a clause border before it, a brand X that is
        no function word, and a verb, adverb, preposition or conjunction word right after it
        (，某某社工将…, 。某某社工在…)? A job title there has a modifier (专业|社工), filtered earlier."""
        if start > 0 and text[start - 1] not in SUBJECT_LEFT_MARKS:
            return False
        if self.res.known_words.get(text[start:end - 2]) in SUBJECT_HEAD_TAGS:
            return False  # 之后|社工, 通过|社工: a time word or preposition before the workers
        for size in range(min(4, len(text) - end), 0, -1):
            tag = self.res.known_words.get(text[end : end + size])
            if tag is not None:  # a one-character verb may glue onto the name (某某社工联, 社工部)
                return tag in SUBJECT_ACTION_TAGS and (size > 1 or tag != "v")
        return False

    # ------------------------------------------------------------------ C11: 携手仁德堂、某某口腔
    def _frame_candidates(self, ctx: ArticleContext, index: _MentionIndex, protected: dict[int, int], found: list[_Candidate]) -> list[_Candidate]:
        """Brand names ending in a trade word, and practice stations, set in a relation frame."""
        text, out = ctx.text, []
        longest: dict[int, tuple[str, tuple[str, str]]] = {}
        for end_index, (word, value) in self.res.trade_words.iter(text):
            end = end_index + 1
            if end not in longest or len(word) > len(longest[end][0]):
                longest[end] = (word, value)
        covered = [(c.start, c.end) for c in found]
        for end, (word, (kind, brand)) in sorted(longest.items()):
            word_start = end - len(word)
            if self._blocked_right(text, word, end) or self._runs_into_word(ctx, word_start, end):
                continue
            if kind == "social_work" and RE_BRAND_NOT_AGENCY.match(text, end):
                continue  # 某某社工们, 社工站: social workers or a facility
            if brand == "field" and not self._closes_name(ctx, end):
                continue
            if brand == "place":
                start = self._extend_left(text, word_start, ctx.tokens, protected, index.place_start_set)
                if start == word_start or not (start in index.place_start_set or index.has_community_within(start, word_start)):
                    continue
                if not (self._frame_left(text, start) or RE_FRAME_RIGHT.match(text, end)):
                    continue
            else:
                start = self._brand_start(ctx, word_start, end, brand == "level", field_word=brand == "field")
                if start is None:
                    continue
            if any(s <= start and end <= e for s, e in covered):
                continue
            out.append(_Candidate(start, end, kind))
        return out

    # ------------------------------------------------------------------ C19: 爱心商家A、B、C
    def _caring_list_candidates(self, ctx: ArticleContext, index: _MentionIndex, found: list[_Candidate]) -> list[_Candidate]:
        """The items of a list right after a caring-units title (爱心单位, 爱心商家 …): a bare brand
        (2–6 characters, no ending: 某某云商, 某某家电维修) is a business there when another item is
        a found organization or its short form (爱心商家某某、某某、某某捐赠的…), so the title names
        units, not goods or people. Alone, a bare brand names nothing a rule can tell from a word."""
        text, out = ctx.text, []
        names = [text[c.start : c.end] for c in found if not c.quoted_only]
        for match in RE_CARING_UNITS_TITLE.finditer(text):
            items = self._caring_items(ctx, match.end())
            if len(items) < 2:
                continue
            known = [_found_item(text, start, end, found, names) for start, end in items]
            if not any(known):
                continue
            out += [_Candidate(start, end, "company") for (start, end), was in zip(items, known) if not was and self._caring_brand_ok(ctx, index, start, end)]
        return out

    def _caring_items(self, ctx: ArticleContext, start: int) -> list[tuple[int, int]]:
        """The 、-items after a caring-units title, up to the list's end; an item a verb goes on
        from (某某捐赠的字画) keeps the words before the verb and ends the list."""
        text = ctx.text
        stop = RE_CARING_LIST_END.search(text, start, min(len(text), start + MAX_CARING_LIST_CHARS))
        end = stop.start() if stop is not None else min(len(text), start + MAX_CARING_LIST_CHARS)
        items = []
        for piece in RE_CARING_PIECE.finditer(text, start, end):
            item_start, item_end = piece.span()
            cut = self._verb_going_on(ctx, item_start, item_end)
            items.append((item_start, item_end if cut is None else cut))
            if cut is not None:
                break
        return items

    def _verb_going_on(self, ctx: ArticleContext, start: int, end: int) -> int | None:
        """Where a verb with words after it starts inside an item (某某|捐赠|的字画); a verb that
        ends the item is a trade (某某家电|维修)."""
        words = self._words(ctx.text, ctx.tokens, start, end)
        at = start
        for word in words[:-1]:
            if at > start and self.res.known_words.get(word) in LIST_ITEM_STOP_TAGS:
                return at
            at += len(word)
        return None

    def _caring_brand_ok(self, ctx: ArticleContext, index: _MentionIndex, start: int, end: int) -> bool:
        """A brand item: 2–6 Han characters, no place or community, no people, no descriptor or
        stop word, not a common word the dictionary knows (a proper name it knows is one)."""
        name = ctx.text[start:end]
        if not RE_CARING_ITEM.fullmatch(name) or RE_ROSTER_PEOPLE.search(name) or name.endswith(NOT_LIST_ORG_ENDINGS):
            return False
        if start in index.place_start_set or index.has_community_within(start, end) or self._only_generic_words(name):
            return False
        if name in self.res.trade_modifiers or any(name.startswith(m) for m in self.res.trade_modifiers if len(m) > 1):
            return False
        first = self._words(ctx.text, ctx.tokens, start, end)[0]
        if first in self.res.stops or self.res.known_words.get(first) in CARING_ITEM_OPENER_TAGS:
            return False
        tag = self.res.known_words.get(name)
        return tag is None or tag in COUNTED_BRAND_TAGS

    def _closes_name(self, ctx: ArticleContext, end: int) -> bool:
        """Whether a name may end at `end`: the text ends, a closing mark or word follows, or a
        word jieba knows as a verb, adverb, preposition or conjunction starts there."""
        if end >= len(ctx.text) or RE_CLOSED_NAME_RIGHT.match(ctx.text, end):
            return True
        token = ctx.tokens.at(end)
        return token is not None and token[0] == end and self.res.known_words.get(ctx.text[token[0] : token[1]]) in SUBJECT_ACTION_TAGS

    def _brand_start(self, ctx: ArticleContext, word_start: int, end: int, level_ok: bool, *, field_word: bool = False) -> int | None:
        """Where a brand before a trade word starts, nearest first: after a frame word or a list
        mark, or a place or community (磨店社区|于湾社居委, then a frame after the name)."""
        text = ctx.text
        shortest = 1 if level_ok else MIN_BRAND_CHARS
        for start in range(word_start - shortest, max(-1, word_start - MAX_BRAND_CHARS - 1), -1):
            if start < 0 or not RE_HAN_CHAR.match(text, start):
                return None
            brand = text[start:word_start]
            if len(brand) < MIN_BRAND_CHARS and not (level_ok and brand in LEVEL_CHARS):
                continue
            supported = start > 0 and text.startswith(SUPPORT_OPENER, start - 1) and RE_SUPPORT_RIGHT.match(text, end)
            titled = text.endswith(self.res.party_titles, 0, start)
            if not self._frame_left(text, start) and not supported and not titled and not (self._item_start(ctx, start) and RE_FRAME_RIGHT.match(text, end)):
                continue
            if not self._brand_ok(ctx, brand, start, word_start, end) or (field_word and self._verb_and_object(ctx, brand, start, word_start)):
                return None
            place = next((m.start for m in ctx.found("places") if m.end == start), None)
            if place is not None and (self._frame_left(text, place) or self._item_start(ctx, place)):
                return place  # 由|泸溪|慈济医馆: the place opens the brand's name
            return start
        return None

    def _item_start(self, ctx: ArticleContext, start: int) -> bool:
        """Where a list item or a clause may start: after a clause or list mark, or right after a
        place or community (磨店社区|于湾社居委)."""
        if start == 0 or ctx.text[start - 1] in ITEM_LEFT_MARKS or RE_LIST_MARK_END.search(ctx.text, max(0, start - 4), start):
            return True
        return any(m.end == start for label in ("places", "communities") for m in ctx.found(label))

    def _brand_ok(self, ctx: ArticleContext, brand: str, start: int, word_start: int, end: int) -> bool:
        if brand in LEVEL_CHARS:
            return True
        if self._ends_with_suffix(brand):
            return False  # 某街道社工站|社工: a unit's staff after the unit's ending, no brand
        if brand in self.res.trade_modifiers or brand in self.res.generic or brand in self.res.worker_modifiers:
            return False
        if any(brand.startswith(m) for m in self.res.trade_modifiers if len(m) > 1) or brand[-1] in self.res.trade_modifiers:
            return False  # 辖区某某超市 is read from its own start; 食|堂, 课|堂 are words
        if not RE_HAN_RUN.fullmatch(brand) or self.res.known_words.get(brand) in DESCRIPTOR_TAGS:
            return False  # 一般|超市, 中级|社工, 附近|药店: a kind or a position, not a name
        if any(m in brand for m in self.res.worker_modifiers if len(m) > 1):
            return False  # 中级资深|社工
        if any(self._clause_word(word) for word in self._words(ctx.text, ctx.tokens, start, word_start)):
            return False  # 一方面拉近了|社工, 正在爱心|超市: a clause, not a brand
        # no dictionary word may run across the brand's borders (长者|食堂: 食 ends no brand);
        # words jieba only guessed (由青禾, 于湾社) do not count
        token = ctx.tokens.at(word_start)
        if token is not None and token[0] < word_start and (token[0] != start or token[1] != end) and self._known(ctx, token):
            return False
        first = ctx.tokens.at(start)
        return first is None or first[0] >= start or not self._known(ctx, first)

    def _verb_and_object(self, ctx: ArticleContext, brand: str, start: int, word_start: int) -> bool:
        """A verb and its object before a field word (具有|教育, 传播|红色|教育), no brand. Only
        for field words: before a shop's ending a verb is a brand word (开心|超市)."""
        if self.res.known_words.get(brand) in OBJECT_TAKING_TAGS:
            return True
        first = self._words(ctx.text, ctx.tokens, start, word_start)[0]
        return len(first) < len(brand) and self.res.known_words.get(first) in PHRASE_OPENING_TAGS

    def _clause_word(self, word: str) -> bool:
        """A word that makes the text before a trade word a clause: a listed stop (了, 与), or a
        word jieba tags as an adverb, time word, pronoun, numeral or preposition (正在, 一方面);
        verbs and adjectives may be brand words (开心|超市)."""
        return word in self.res.stops or (len(word) > 1 and self.res.known_words.get(word) in CLAUSE_TAGS)

    def _known(self, ctx: ArticleContext, token: tuple[int, int]) -> bool:
        return ctx.text[token[0] : token[1]] in self.res.known_words

    def _frame_left(self, text: str, start: int) -> bool:
        """A relation word right before `start`, or a list mark after an item list that a
        relation word opens in the same clause (携手A、|B)."""
        before = text[max(0, start - 4) : start]
        if RE_FRAME_LEFT.search(before):
            return True
        if not RE_LIST_MARK_END.search(before):
            return False
        clause = max(text.rfind(mark, 0, start) for mark in LIST_OPENERS) + 1
        opened = None
        for match in RE_FRAME_WORD.finditer(text, clause, start):
            opened = match
        if opened is None or start - opened.end() > MAX_FRAME_LIST_CHARS:
            return False
        return "的" not in text[opened.end() : start]

    # ------------------------------------------------------------------ C3: 公益机构“十方缘”
    def _quoted_candidates(self, text: str) -> list[_Candidate]:
        out = []
        for match in RE_QUOTED_NAME.finditer(text):
            if not text.endswith(self.res.quote_heads, 0, match.start()):
                continue  # no head at all (the longest one is looked up only when one is there)
            head = next((h for h in self.res.quote_heads if text.endswith(h, 0, match.start())), None)
            if head is None:
                continue
            inner = match.group(1)
            if self._only_generic_words(inner) or RE_QUOTED_NOT_NAME.search(inner):
                continue
            kind = "social_work" if RE_SOCIAL_HEAD.search(head) else "other"
            out.append(_Candidate(match.start(), match.end(), kind))
        return out

    # ------------------------------------------------------------------ C18: 某社区“零工驿站”
    def _quoted_station_candidates(self, text: str, index: _MentionIndex) -> list[_Candidate]:
        """C18 (round 56h2): a community written right before a quote that holds only a standard
        station's kind (place_ok `held`: 某社区“儿童之家”, 某社区“零工驿站”) names that
        community's station, the quotes marking the kind, not a brand. Round 58 h5: so does a
        quote that holds only a unit's kind in descriptor words (某社区“治保会”, 某社区“社工委”,
        `_unit_kind_only`): news quotes the short name of a committee the community set up, and the
        pool's gold writes the community's unit (seven articles of six sets, none left out)."""
        out = []
        for match in RE_QUOTED_NAME.finditer(text):
            inner = match.group(1)
            if inner not in held_station_endings() and not self._unit_kind_only(inner):
                continue
            community = index.community_ending_at(0, match.start())
            if community is not None:
                out.append(_Candidate(community.start, match.end(), "other", canonical=community.canonical + inner))
        return out

    def _unit_kind_only(self, inner: str) -> bool:
        """Is `inner` a unit's ending (org_suffixes.tsv, one a place or community names) or short
        head (org_short_heads.tsv) with only descriptor words before it (治保会, 社工|委, 业委会)?
        Not a count of units (两|委: a village's two committees, a class of body), nor a name
        of its own before the ending (小马|工作室, 五邻|社: a brand), nor a venue (儿童之家)."""
        endings = [suffix.text for end, suffix in self.res.suffixes.iter(inner)
                   if end == len(inner) - 1 and not suffix.venue and (suffix.place_ok or suffix.needs_place)]
        endings += [head for end, (head, _) in self.res.short_heads.iter(inner) if end == len(inner) - 1]
        return any(self._descriptor_stem(inner[: len(inner) - len(ending)]) for ending in endings)

    def _descriptor_stem(self, stem: str) -> bool:
        """Nothing, or descriptor words only that count nothing, before a quoted unit's ending."""
        return stem == "" or (RE_HAN_CHAR.search(stem) is not None and not RE_COUNT_PREFIX.match(stem) and self._only_generic_words(stem))

    # ------------------------------------------------------------------ C4: 民政部
    def _known_candidates(self, text: str, tokens: SpanIndex) -> list[_Candidate]:
        out = []
        for end_index, (name, kind) in self.res.known_names.iter(text):
            end = end_index + 1
            start = end - len(name)
            if _cuts_word(tokens, start, end) or self._blocked_right(text, name, end):  # 北京|东路, 民政|部门
                continue
            if kind == "company" and self._runs_on_as_name(text, tokens, end):  # 华润|置|地|某市公司
                continue
            out.append(_Candidate(start, end, kind))
        return out

    def _runs_on_as_name(self, text: str, tokens: SpanIndex, end: int) -> bool:
        """A company's short name followed by two lone Han characters that are no stop words
        opens a longer name jieba does not know (华润|置|地 of a subsidiary): the company there
        is that subsidiary, which the suffix rules name, not the group."""
        for _ in range(2):
            token = tokens.at(end)
            if token is None or token[1] - token[0] != 1 or not RE_HAN_WORD.match(text[token[0]]) or text[token[0]] in self.res.stops:
                return False
            end = token[1]
        return True

    # ------------------------------------------------------------------ C5: A、B等单位
    def _list_candidates(self, ctx: ArticleContext) -> list[_Candidate]:
        """Items of an enumeration the text calls organizations: 青禾建设集团、星河充电等单位."""
        text, out = ctx.text, []
        places = {(m.start, m.end) for m in ctx.found("places")}
        for match in RE_LIST_CLOSE.finditer(text):
            head = self._list_head_after(ctx, match.end())
            if head is None:
                continue
            items = self._items_before(ctx, match.start())
            counted = match["count"] is not None
            out += [c for c in (self._list_item(ctx, start, end, head, places, counted=counted) for start, end in items) if c is not None]
        return out

    def _items_before(self, ctx: ArticleContext, close: int) -> list[tuple[int, int]] | None:
        """The items of the enumeration ending at `close`, from the clause border before it; each
        first item starts after the clause's verb (由|团市委、…, 与辖区|客运二公司、…) and one after a
        conjunction after the listed stop words (社区与|驻地的|客运二公司: the subject was before it).
        None when no border is near enough to open the list."""
        text = ctx.text
        opening = self._list_opening(text, close)
        if opening <= 0 and close > MAX_LIST_CHARS:
            return None
        qualifiers = [m.span() for m in RE_ITEM_QUALIFIER.finditer(text, opening, close + 1)]
        pieces = [p.span() for p in RE_LIST_PIECE.finditer(text, opening, close) if not any(a < p.start() < b for a, b in qualifiers)]
        items = [item for span in pieces for item in self._list_items(ctx, *span)]
        out = []
        for n, (start, end, after_conjunction) in enumerate(items):
            if n == 0:
                start = self._after_last_stop(ctx, start, end)
            elif after_conjunction:
                start = self._after_last_stop(ctx, start, end, verbs=False)
            out.append((start, end))
        return out

    @staticmethod
    def _list_opening(text: str, close: int) -> int:
        """Where the enumeration ending at `close` opens: after the last clause mark, but not after a
        bracket closed before `close`, which qualifies an item (某某之星(某市)、…等14家) instead of
        opening the list (round 57 h1)."""
        floor = max(0, close - MAX_LIST_CHARS)
        qualifiers = {m.start() for m in RE_ITEM_QUALIFIER.finditer(text, floor, close + 1)}
        marks = [text.rfind(mark, floor, close) for mark in LIST_OPENERS if mark not in OPENING_BRACKETS]
        for bracket in OPENING_BRACKETS:
            at = text.rfind(bracket, floor, close)
            while at >= 0 and at in qualifiers:
                at = text.rfind(bracket, floor, at)
            marks.append(at)
        return max(marks) + 1

    def _list_item(self, ctx: ArticleContext, start: int, end: int, head: str, places: set[tuple[int, int]], *, counted: bool = False) -> _Candidate | None:
        name = ctx.text[start:end]
        if head in self.res.branch_list_heads:
            ok = self._branch_list_unit_ok(ctx, name, start, end, places)
        else:
            ok = self._list_item_ok(ctx, name, start, end, places) or (counted and self._counted_brand_ok(ctx, name, start, end, places))
        return _Candidate(start, end, self._list_item_kind(name, head)) if ok else None

    def _counted_brand_ok(self, ctx: ArticleContext, name: str, start: int, end: int, places: set[tuple[int, int]]) -> bool:
        """A brand the dictionary knows as a proper name (苏宁, 国美), 2–6 characters, is a body where
        a count of companies or units closes its list (round 57 h1); a place the text names is none."""
        if not 2 <= len(name) <= MAX_BRAND_ITEM_CHARS or (start, end) in places or self._person_like(name):
            return False
        if self.res.list_units.get(name, None) is not None:
            return False  # 新华书店, 红十字会: C5b reads a listed unit with its own kind
        return self.res.known_words.get(name) in COUNTED_BRAND_TAGS

    # ------------------------------------------------------------------ C5e: A和B两家爱心企业
    def _counted_list_candidates(self, ctx: ArticleContext) -> list[_Candidate]:
        """Items of an enumeration closed by a count of its kind (round 54b): 甲和乙两家爱心企业,
        甲、乙、丙三家单位 (no 等: the count must tally the items, so a clause that only ends
        in a number is no list), or 甲、乙等某片区首批8家商户 (等, then a modifier the plain C5
        head does not skip because a count stands in it)."""
        text, out = ctx.text, []
        places = {(m.start, m.end) for m in ctx.found("places")}
        for match in RE_LIST_COUNT.finditer(text):
            head = self._list_head_after(ctx, match.end())
            if head is None or head in self.res.branch_list_heads:
                continue  # 商会和物管会两个党支部: a count of branches sorts them by kind, names no unit
            etc = self._etc_before_count(ctx, match.start())
            if etc == match.start() - 1:
                continue  # 等10家单位: C5 reads it
            close = match.start() if etc is None else etc
            if etc is None and (match["more"] or RE_LIST_MARK_END.search(text, max(0, close - 2), close)):
                continue  # 由某办及|8个公司, 30余家社会组织: no count of the items before
            items = self._items_before(ctx, close)
            if items and etc is None:
                items = self._counted_items(ctx, items, int(parse_number(match["count"])))
            if not items:
                continue
            out += [c for c in (self._list_item(ctx, start, end, head, places, counted=True) for start, end in items) if c is not None]
        return out

    def _counted_items(self, ctx: ArticleContext, items: list[tuple[int, int]], count: int) -> list[tuple[int, int]]:
        """The items a count without 等 tallies: all of them, or the last `count` where a conjunction
        opens them (某某顾问以及|甲、乙两个律所: what stood before is another party, round 57 h1);
        none when the count does not tally."""
        if len(items) == count:
            return items
        if 0 < count < len(items):
            between = ctx.text[items[-count - 1][1] : items[-count][0]]
            if any(word in between for word in COUNTED_LIST_OPENERS):
                return items[-count:]
        return []

    def _etc_before_count(self, ctx: ArticleContext, count_start: int) -> int | None:
        """Where the 等 closing a list stands before a count, with at most MAX_LIST_HEAD_MODIFIER
        characters of modifier words between (等|某片区首批|8家), else None."""
        text = ctx.text
        etc = text.rfind("等", max(0, count_start - MAX_LIST_HEAD_MODIFIER - 1), count_start)
        if etc < 0:
            return None
        for token_start, token_end in _spans_from(ctx.tokens, etc + 1):
            if token_start >= count_start:
                return etc
            word = text[token_start:min(token_end, count_start)]
            if token_start < etc + 1 or not RE_HAN_WORD.match(word) or word in self.res.stops or self.res.known_words.get(word) in LIST_ITEM_STOP_TAGS:
                return None
        return None

    def _list_head_after(self, ctx: ArticleContext, offset: int) -> str | None:
        """The list head right after 等 (等单位), or after a modifier of at most
        MAX_LIST_HEAD_MODIFIER Han characters (等高新技术企业, 等多家餐饮企业, 等社区单位, 等知名医院):
        the modifier's words are no stops, verbs, pronouns or particles."""
        text = ctx.text
        if text.startswith(self.res.list_heads, offset):
            return next(h for h in self.res.list_heads if text.startswith(h, offset))
        for token_start, token_end in _spans_from(ctx.tokens, offset):
            word = text[token_start:token_end]
            if token_start < offset or token_end - offset > MAX_LIST_HEAD_MODIFIER or not RE_HAN_WORD.match(word):
                return None
            if word.endswith(self.res.list_heads) and word[: -len(self._head_ending(word))] in self.res.trade_modifiers:
                return self._head_ending(word)  # 等|知名企业: jieba glues a descriptor to the head
            if not self._head_modifier_ok(word):
                return None
            if text.startswith(self.res.list_heads, token_end):
                return next(h for h in self.res.list_heads if text.startswith(h, token_end))
        return None

    def _head_ending(self, word: str) -> str:
        return next(h for h in self.res.list_heads if word.endswith(h))

    def _head_modifier_ok(self, word: str) -> bool:
        """A word that may stand between a list's close and its head: no stop, verb or particle,
        but a descriptor of where or what kind the units are (3家|辖区|企业, 等|周边|企业) is one,
        though it stops names elsewhere (round 57 h1)."""
        if word in self.res.trade_modifiers:
            return True
        return word not in self.res.stops and self.res.known_words.get(word) not in LIST_ITEM_STOP_TAGS

    def _list_items(self, ctx: ArticleContext, start: int, end: int) -> list[tuple[int, int, bool]]:
        """A piece of a list cut at its conjunctions (市民政局|和|市妇联), but not inside an ending;
        each item with whether a conjunction stands right before it."""
        ending = max((len(s.text) for e, s in self.res.suffixes.iter(ctx.text[start:end]) if e == end - start - 1), default=0)
        cuts = [start]
        for token_start, token_end in _spans_from(ctx.tokens, start):
            if token_start >= end - ending:
                break
            if ctx.text[token_start:token_end] in LIST_CONJUNCTIONS and token_start > start:
                cuts += [token_start, token_end]
        cuts.append(end)
        return [(cuts[k], cuts[k + 1], k > 0) for k in range(0, len(cuts), 2)]

    def _after_last_stop(self, ctx: ArticleContext, start: int, end: int, *, verbs: bool = True) -> int:
        """The first list item starts after the last stop word or verb before it (由|团市委);
        with verbs=False only listed stop words count (驻地的|客运二公司, but 星河充电 stays)."""
        cut = start
        for token_start, token_end in _spans_from(ctx.tokens, start):
            if token_start >= end:
                break
            word = ctx.text[max(token_start, start) : min(token_end, end)]
            tagged_stop = verbs and self.res.known_words.get(word) in LIST_ITEM_STOP_TAGS and word not in self.res.generic
            if word in self.res.stops or tagged_stop:
                cut = min(token_end, end)
        return cut

    def _list_item_ok(self, ctx: ArticleContext, name: str, start: int, end: int, places: set[tuple[int, int]]) -> bool:
        if not 2 <= len(name) <= MAX_LIST_ITEM_CHARS or not RE_NAME_UNIT.match(name) or "“" in name or "”" in name:
            return False
        if (start, end) in places or name.endswith(NOT_LIST_ORG_ENDINGS) or self._only_generic_words(name):
            return False
        if name.endswith(CATEGORY_ENDINGS):
            return False  # 文体活动类: a kind of the listed bodies
        if name.endswith(self.res.posts):
            return False  # 某社区党委负责人与…等单位: a person by post (the unit is found on its own)
        return not self._person_like(name) and name not in self.res.known_words

    def _branch_list_unit_ok(self, ctx: ArticleContext, name: str, start: int, end: int, places: set[tuple[int, int]]) -> bool:
        """An item of a list closed by a Party body (宣传部、税务、法院等党支部) is one of the
        units whose branches these are: kept when it is written as a unit, ending in a unit
        character (部 委 办 院 局 所 会: 组织部, 纪委, 政府办, 法院) or a unit of
        `org_list_units.tsv` (科协, 妇联), even when the dictionary knows it as a word; a bare
        field (税务, 工商) is no unit name."""
        if not 2 <= len(name) <= MAX_LIST_ITEM_CHARS or not RE_NAME_UNIT.match(name) or (start, end) in places:
            return False
        if name.endswith(NOT_LIST_ORG_ENDINGS) or name.endswith(self.res.posts) or self._person_like(name):
            return False
        return name[-1] in UNIT_END_CHARS or self.res.list_units.get(name, None) is not None

    def _list_item_kind(self, name: str, head: str) -> str:
        ending = max((s for _, s in self.res.suffixes.iter(name) if name.endswith(s.text) and not s.venue), key=lambda s: len(s.text), default=None)
        if ending is not None:
            return ending.kind
        return "company" if head in COMPANY_LIST_HEADS else "other"

    # ------------------------------------------------------------------ C5b: 县教育局、新华书店
    def _list_unit_candidates(self, ctx: ArticleContext, found: list[_Candidate]) -> list[_Candidate]:
        """Bare unit names of `org_list_units.tsv` (红十字会, 新华书店, 县|疾控中心) written as whole
        items of an enumeration (、 和 与 及) that is chained to an organization another rule found:
        携手县教育局、新华书店、红十字会等7家单位 keeps all three; a 红十字会 in no such list is not
        kept, nor one inside a longer word (社区|妇联)."""
        text = ctx.text
        units = []
        for end_index, (name, kind) in self.res.list_units.iter(text):
            end = end_index + 1
            start = end - len(name)
            if start > 0 and text[start - 1] in LIST_UNIT_LEVELS and not _cuts_word(ctx.tokens, start - 1, end):
                start -= 1  # 县|疾控中心: the county's centre
            if _cuts_word(ctx.tokens, start, end) or not self._whole_item(ctx, start, end):
                continue
            if RE_EACH_BEFORE.search(text, max(0, start - 4), start):
                continue  # 各单位|团委, 各|红十字会: each unit's body, none named
            units.append(_Candidate(start, end, kind))
        brigades = self._bare_brigade_items(ctx)
        patterned = self._bare_bureau_items(ctx) + brigades
        units += patterned
        # (offices and departments, field + 办/部, pair too loosely: 村干部、退休干部 are people)
        bare = [c for c in units if RE_BARE_BUREAU_END.match(text, c.end - 1)] + brigades
        starts = {c.start for c in found if not c.quoted_only}
        ends = {c.end for c in found if not c.quoted_only}
        # C5c (round 41d): two bare units joined to each other (与住建局、综合执法局; 公安局、教育局、
        # 消防救援大队) are a list of bodies though no other rule found one of its items.
        kept: list[_Candidate] = _paired_bare_items(text, bare)
        # C5d (round 54b h1): a bare unit written field + 局/大队/办 right after a joint word is
        # the body the actor works with (联合交警大队、…; 邀请街道城建办; 联合共建单位税务局).
        # Not a department (…部): 邀请村干部、居民代表 invites people, and 干部 ends like one.
        kept += [c for c in patterned if c not in kept and not text.startswith(DEPARTMENT_END, c.end - 1)
                 and self._joint_object(text, c.start)]
        starts |= {c.start for c in kept}
        ends |= {c.end for c in kept}
        grew = True
        while grew:  # a unit joined to a kept unit is in the list too (A、新华书店、红十字会)
            grew = False
            for unit in units:
                if unit not in kept and _joined(text, unit, starts, ends):
                    kept.append(unit)
                    starts.add(unit.start)
                    ends.add(unit.end)
                    grew = True
        return kept

    def _placed_unit_candidates(self, ctx: ArticleContext, index: _MentionIndex) -> list[_Candidate]:
        """A unit name of `org_list_units.tsv` written right after a place mention is that place's
        unit, in a list or not (某省|新华书店, 某县|红十字会, 某区|疾控中心): the place names it, as a
        place names a 民政局. The unit ends a word, and the place is no part of a longer word
        before it. Round 20: a province's bookstore chain as a community's partner, in another
        labeller's tuning article, and the county units of real partner lists."""
        text = ctx.text
        out = []
        for end_index, (name, kind) in self.res.list_units.iter(text):
            end = end_index + 1
            start = end - len(name)
            place = index.place_ending_at(start)
            if place is None or _cuts_word(ctx.tokens, start, end) or self._blocked_right(text, name, end):
                continue  # (某区民政局|官网: the unit's website, as for an ending, F2)
            out.append(_Candidate(place, end, kind))
        return out

    def _bare_bureau_items(self, ctx: ArticleContext) -> list[_Candidate]:
        """Whole list items written field + 局 with no level or place (旅游局, 环保局, 文体局):
        2–4 Han characters of field whose last two with 局 are no dictionary word (格局, 大局); and
        offices and departments written field + 办/部 (政法办、信访办; `_office_field`, round 36)."""
        text = ctx.text
        bureaus = [m.span() for m in RE_BARE_BUREAU_END.finditer(text) if not self._word_ending_bureau(ctx, m.end())]
        # (the 部 of 俱乐部 closes a club's ending, no department: C1 reads the club, round 61 h4b)
        offices = [m.span() for m in RE_BARE_OFFICE_END.finditer(text)
                   if not self._verb_ending_office(ctx, m.end()) and not text.endswith(tuple(CLUB_ENDINGS), 0, m.end())]
        return (self._bare_items(ctx, bureaus, lambda start, end: True)
                + self._bare_items(ctx, offices, lambda start, end: self._office_field(ctx, start, end - 1)))

    def _word_ending_bureau(self, ctx: ArticleContext, end: int) -> bool:
        """The 局 ending at `end` closes a two-character dictionary word the segmenter reads as
        one (格局, 大局, 政局 in 稳定政局), not a bureau. A longer word that holds that pair
        (民政局, 建设局: one token) is a bureau: round 43b, bare 民政局 and 建设局 were lost to
        政局 and 设局 in list items of the tuning pool and bulk."""
        pair = ctx.text[end - 2 : end]
        if pair not in self.res.known_words:
            return False
        token = ctx.tokens.at(end - 1)
        return token is None or token[0] >= end - 2

    def _verb_ending_office(self, ctx: ArticleContext, end: int) -> bool:
        """The 办/部 ending at `end` closes a two-character token that is no noun (主办, 承办,
        协办, 举办): the verb a list of hosts ends on (…、办事处主办), so the item before it is
        whole without it. An office noun the segmenter reads whole (信访办, 组织部) or an ending
        cut off as its own token (政法|办) stays an ending."""
        token = ctx.tokens.at(end - 1)
        if token is None or token != (end - 2, end):
            return False
        tag = self.res.known_words.get(ctx.text[end - 2 : end])
        return tag is not None and not tag.startswith("n")

    def _bare_brigade_items(self, ctx: ArticleContext) -> list[_Candidate]:
        """Whole list items written field + 大队 with no level or place (消防救援大队, 城市执法大队):
        2–4 Han characters of field, cutting no word; kept only in a list (C5b, C5c). Round 41d."""
        endings = [m.span() for m in RE_BARE_BRIGADE_END.finditer(ctx.text)]
        return self._bare_items(ctx, endings, lambda start, end: True)

    def _bare_items(self, ctx: ArticleContext, endings: list[tuple[int, int]], field_ok: Callable[[int, int], bool]) -> list[_Candidate]:
        """Per ending (its start and end offsets), the shortest whole list item field + ending (2–4
        Han characters of field, `field_ok`) that cuts no word: a bare bureau, office or brigade."""
        text, out = ctx.text, []
        for ending_start, end in endings:
            for start in range(ending_start - MIN_BUREAU_FIELD, max(-1, ending_start - 1 - MAX_BARE_BUREAU_FIELD), -1):
                if not RE_HAN_WORD.match(text[start:end]):
                    break
                if not _cuts_word(ctx.tokens, start, end) and field_ok(start, end) and self._whole_item(ctx, start, end):
                    out.append(_Candidate(start, end, "government"))
                    break
        return out

    @staticmethod
    def _joint_object(text: str, start: int) -> bool:
        """A joint word (联合, 携手, 邀请 …) right before `start`, or with a title that calls the
        unit a partner between (联合共建单位|…, 联合“双报到”单位|…). The weaker frame words (由,
        与, 同) are left out: news writes them before the kind of body too (与团委、妇联等部门链接)."""
        return bool(RE_JOINT_OBJECT_LEFT.search(text, max(0, start - MAX_JOINT_TITLE_CHARS), start))

    def _office_field(self, ctx: ArticleContext, start: int, stop: int) -> bool:
        """text[start:stop] is the field of a bare office (政法|办, 区社会|办): opened by a level
        word at most, with no stop or verb in it; a verb field (信访) is kept when the dictionary
        knows field + ending as a noun (信访办)."""
        text = ctx.text
        if text[start] in LIST_UNIT_LEVELS:
            start += 1
        if stop - start < MIN_BUREAU_FIELD:
            return False
        words = self._words(text, ctx.tokens, start, stop)
        if any(w in self.res.stops for w in words):
            return False
        return self.res.known_words.get(text[start : stop + 1]) == "n" or not any(w in self.res.verbs for w in words)

    def _brand_place_company_candidates(self, ctx: ArticleContext, index: _MentionIndex) -> list[_Candidate]:
        """A group's company in a city, brand + place + 公司 (某车|兰州|公司): a place mention
        followed by 公司, after a brand of one or two words (2–4 Han characters, no stop, verb or
        place) with a border before it (punctuation, line start, a stop word or a verb)."""
        text, out = ctx.text, []
        for start, end in index.places:
            match = RE_PLACE_COMPANY_END.match(text, end)
            if match is None or _cuts_word(ctx.tokens, end, match.end()):
                continue
            k, words = start, []
            while len(words) < 2 and k > 0:
                token = ctx.tokens.at(k - 1)
                if token is None or not RE_HAN_WORD.match(text[token[0] : k]):
                    break
                word = text[token[0] : k]
                if word in self.res.stops or word in self.res.verbs or token[0] in index.place_end_to_start:
                    break
                words.append(word)
                k = token[0]
                if self._brand_border(ctx, k) and MIN_BRAND_CHARS <= start - k <= MAX_BRAND_CHARS:
                    out.append(_Candidate(k, match.end(), "company"))
                    break
        return out

    def _brand_border(self, ctx: ArticleContext, k: int) -> bool:
        if k == 0 or not RE_HAN_CHAR.match(ctx.text[k - 1]):
            return True
        token = ctx.tokens.at(k - 1)
        word = ctx.text[token[0] : k] if token is not None else ctx.text[k - 1]
        return word in self.res.stops or word in self.res.verbs

    def _whole_item(self, ctx: ArticleContext, start: int, end: int) -> bool:
        """text[start:end] is a whole list item: a separator, punctuation or a function word
        (verb, preposition, particle) on each side (联合|红十字会|、, 司法局|的, 公路段|开展)."""
        text = ctx.text
        left = ctx.tokens.at(start - 1) if start > 0 else None
        right = ctx.tokens.at(end)
        left_ok = left is None or not RE_HAN_CHAR.match(text[start - 1]) or self._item_border(text[left[0] : left[1]])
        right_ok = right is None or not RE_HAN_CHAR.match(text[end]) or self._item_border(text[right[0] : right[1]])
        return left_ok and right_ok

    def _item_border(self, word: str) -> bool:
        return word in COORDINATORS or word in LIST_UNIT_BORDERS or word in self.res.stops or word in self.res.verbs

    # ------------------------------------------------------------------ C6: 共青团青禾市桃源区委
    def _committee_candidates(self, text: str) -> list[_Candidate]:
        return [_Candidate(m.start(), m.end(), "party") for m in RE_PARTY_COMMITTEE.finditer(text)]

    def _formal_committee_candidates(self, text: str, index: _MentionIndex) -> list[_Candidate]:
        """C6: the formal name of a Party body, 中共 + its full chain of places and units +
        委员会/党委/党总支/党支部, taken whole (中共青禾市桃源区石桥街道柳湾村社区委员会)
        when a place mention, or a province or city name, opens right after 中共."""
        return [
            _Candidate(m.start(), m.end(), "party")
            for m in RE_FORMAL_PARTY_BODY.finditer(text)
            if m.end("head") in index.place_start_set or RE_FORMAL_HEAD_PLACE.match(text, m.end("head"))
        ]

    def _youth_league_candidates(self, text: str, index: _MentionIndex) -> list[_Candidate]:
        """C6: a place's Youth League written place first (青禾共青团), as news and the League's
        own accounts name it; not 共青团员 (a member) nor 共青团 + a place (C6 above)."""
        out = []
        for match in RE_PLACE_YOUTH_LEAGUE.finditer(text):
            start = index.place_ending_at(match.start())
            if start is not None and match.end() not in index.place_start_set:
                out.append(_Candidate(start, match.end(), "party"))
        return out

    def _place_committee_candidates(self, ctx: ArticleContext, index: _MentionIndex) -> list[_Candidate]:
        """C9: a place's Party committee written without 中共 (桃源区委, 青禾市委: 在桃源区委支持下,
        青禾市委常委) and its Youth League committee written 团 + place + 委 (团青禾市委, 团桃源区委),
        when a place mention ends right before 委. 团 is taken only where it opens a word (after
        punctuation or a one-character stop: 是|团青禾省委), not as the end of 集团/社团/剧团….
        Longer names that hold one (桃源区委社会工作部, 中共青禾市委) win by F6."""
        text, out = ctx.text, []
        for start, end in index.places:
            if not RE_PLACE_COMMITTEE_TAIL.match(text, end):
                continue
            if start > 0 and text[start - 1] == "团":
                before = text[start - 2] if start > 1 else ""
                if not before or not RE_HAN_CHAR.match(before) or before in self.res.stops:
                    start -= 1
            out.append(_Candidate(start, end + 1, "party"))
            government = RE_COMPANION_GOVERNMENT.match(text, end + 1)
            if government is not None and government["level"] == text[end - 1]:
                out.append(_Candidate(government.start("gov"), government.end("gov"), "government"))
        return out

    def _bureau_candidates(self, ctx: ArticleContext, index: _MentionIndex) -> list[_Candidate]:
        """C10: a government bureau or department whose field the ending lexicon does not list,
        written level/place + field + 局/厅 (县果业局, 青禾市乡村振兴局, 省教育厅, 市国税局).
        The ending closes a jieba word (局 alone, or 国税局, 教育厅) and its last two characters
        are no dictionary word (格局, 大局, 布局, 客厅, 展厅 are not bureaus); the field is 2–6
        Han characters of words that are no stops; right before it stands a place mention or a
        bare level word written as a word of its own (县|果业局, not 市民|议事厅). Endings the
        lexicon lists (民政局) are left to C1."""
        text, tokens, out = ctx.text, ctx.tokens, []
        place_ends = index.place_end_to_start
        for match in RE_BUREAU_END.finditer(text):
            end = match.end()
            token = tokens.at(end - 1)
            if token is not None and token[0] == end - 1 and text.startswith(text[end - 1] * 2 + HEAD_POST_TAIL, end - 1):
                token = (end - 1, end)  # 审批|局局长|某某: jieba glued the bureau's 局 to its head's 局长
            if token is None or token[1] != end:
                continue
            if text[end - 2 : end] in self.res.known_words and not self._field_word_bureau(text, token):
                continue
            window = max(0, end - MAX_SUFFIX_CHARS)
            if any(window + e == end - 1 for e, _ in self.res.suffixes.iter(text[window:end])):
                continue  # a listed ending (民政局, 司法厅): C1 takes it
            field_start = token[0] if token[1] - token[0] > 1 else end - 1
            start, joined = None, False
            while end - 1 - field_start <= (MAX_JOINED_BUREAU_FIELD if joined else MAX_BUREAU_FIELD):
                if field_start in place_ends:
                    start = place_ends[field_start]  # 青禾市|乡村振兴局
                    break
                before = tokens.at(field_start - 1) if field_start > 0 else None
                if before is None:
                    break
                word = text[before[0] : field_start]
                if len(word) == 1 and word in BARE_LEVELS:
                    start = before[0]  # 县|果业局
                    break
                if word == FIELD_JOIN and not joined and self._field_word_before(ctx, before[0]):
                    joined, field_start = True, before[0]  # 住房|和|城乡建设局: one field joined to another
                    continue
                if not RE_HAN_WORD.match(word) or word in self.res.stops:
                    break
                field_start = before[0]
            field = text[field_start : end - 1]
            if start is None or not MIN_BUREAU_FIELD <= len(field) <= MAX_JOINED_BUREAU_FIELD:
                continue
            if not (RE_HAN_WORD.match(field) and len(field) <= MAX_BUREAU_FIELD) and not (joined and RE_JOINED_FIELD.match(field)):
                continue
            out.append(_Candidate(start, end, "government"))
        return out

    def _field_word_bureau(self, text: str, token: tuple[int, int]) -> bool:
        """jieba read field + 局 as one word whose field is a dictionary word (建设局: 建设|局), so
        the two characters before the end (设局) are no word of their own here."""
        stem = text[token[0] : token[1] - 1]
        return token[1] - token[0] >= 3 and stem in self.res.known_words

    def _field_word_before(self, ctx: ArticleContext, join: int) -> bool:
        """The word before a 和 at `join` can be the first half of a bureau's field: a Han word of
        two or more characters that is no stop and does not end a unit name (住房|和, not 民政局|和)."""
        before = ctx.tokens.at(join - 1) if join > 0 else None
        if before is None:
            return False
        word = ctx.text[before[0] : join]
        return len(word) >= 2 and bool(RE_HAN_WORD.match(word)) and word not in self.res.stops and word[-1] not in UNIT_END_CHARS

    def _level_office_candidates(self, text: str, index: _MentionIndex) -> list[_Candidate]:
        """C8: a local office named by its level and a two-character field, 县扶贫办, 区禁毒办
        (办 is short for 办公室), or by its place (桃源区禁毒办, 石桥镇禁毒办), written as a
        list item or before a job title."""
        out = []
        for match in RE_LEVEL_OFFICE.finditer(text):
            start = match.start()
            before = text[start - 1] if start > 0 else ""
            if before and RE_HAN_CHAR.match(before) and before not in GLUED_FUNCTION_CHARS:
                start = index.place_ending_at(start + 1)  # 桃源区|禁毒办: the level ends a place
                if start is None:
                    continue  # 举办/承办…: the level character is inside a word
            elif text[match.start()] == "镇":
                continue  # a bare 镇 opens words (镇街): only a named town's office counts
            if match.group("field") in self.res.stops:
                continue
            out.append(_Candidate(start, match.end(), "government"))
        return out

    # ------------------------------------------------------------------ filters and linking
    def _is_media(self, text: str, candidate: _Candidate, media_spans: Enclosures) -> bool:
        name = clean_name(text[candidate.start : candidate.end])
        if name.endswith(ACTING_MEDIA) and RE_MEDIA_ACTS.match(text, candidate.end) and not RE_MEDIA_CREDIT.search(text, max(0, candidate.start - 6), candidate.start):
            return False  # a county's media centre acting as a unit (某县融媒体中心组织党员志愿者前往…)
        if name in self.res.media_names or name.endswith(self.res.media_endings):
            return True
        return media_spans.covers(candidate.start, candidate.end)

    def _has_org_context_before(self, text: str, start: int) -> bool:
        opening = start - 1 if start > 0 and text[start - 1] == "“" else start
        return any(text.endswith(word, 0, opening) for word in self.res.brand_before + self.res.quote_heads)

    def _link_aliases(self, ctx: ArticleContext, candidates: list[_Candidate]) -> list[Mention]:
        text = ctx.text
        ordered = sorted(candidates, key=lambda c: (c.start, c.end))
        names = [clean_name(text[c.start : c.end]) for c in ordered]
        full = _FullNames([name for c, name in zip(ordered, names) if not c.canonical and not RE_LEVEL_HEAD.match(name)])
        places = _unique_places(ctx)
        # (alias key, name, canonical) of every mention so far, each once, in order of its latest mention
        entities: dict[tuple[str, str, str], None] = {}
        heads: dict[str, str] = {}  # name → its full form (`_resolve_level_head`), once per name
        mentions = []
        # Two names joined by 、/和/与 are two bodies (市民政局、桃源市民政局: a city's and a
        # county-level city's): neither is the other's full form or alias.
        joined = [k > 0 and text[ordered[k - 1].end : c.start] in COORDINATORS for k, c in enumerate(ordered)]
        for k, (candidate, name) in enumerate(zip(ordered, names)):
            partners = {names[k - 1]} if joined[k] else set()
            if k + 1 < len(ordered) and joined[k + 1]:
                partners.add(names[k + 1])
            if candidate.canonical:
                own = candidate.canonical
            elif partners:
                own = self._resolve_level_head(name, full.excluding(partners), places)
            else:
                if name not in heads:
                    heads[name] = self._resolve_level_head(name, full, places)
                own = heads[name]
            others = {e: None for e in entities if e[1] not in partners and e[2] not in partners} if partners else entities
            canonical = _find_alias(alias_key(own), own, others) or own
            entity = (alias_key(own), own, canonical)
            entities.pop(entity, None)
            entities[entity] = None
            mentions.append(Mention(self.assigns, candidate.start, candidate.end, canonical, name=name, attrs={"kind": candidate.kind}))
        return mentions

    def _short_level_body(self, name: str) -> bool:
        """A bare level word and a listed ending (区妇联, 县科协) or a bare league committee (团区委):
        short, but no common word, so the article's fuller 某某区妇联 / 某某团区委 is its full form."""
        return bool(RE_BARE_LEVEL_ENDING.fullmatch(name)) or (name[:1] in BARE_LEVELS and name[1:] in self.res.suffix_texts)

    def _resolve_level_head(self, name: str, full: "_FullNames", places: dict[str, str]) -> str:
        """The full form of a name that opens with a level word instead of a proper name:
        a fuller name in the article that ends with it (区人民医院 → 桃源区人民医院; 小区平安联盟
        党支部 → 翠湖苑平安联盟党支部), else the name with the article's one place of
        that level (市民政局 → 青禾市民政局, only when the article names exactly one city), else
        the name as written."""
        match = RE_LEVEL_HEAD.match(name)
        if match is None:  # 中建二局 … 中建二局湖北公司: the parent written for its regional company
            return full.first_starting(name, lambda other: RE_BRANCH_TAIL.match(other, len(name)) is not None) or name
        level = match.group("level")
        tail = name[len(level):] if level in ESTATE_LEVELS else name
        if len(tail) >= MIN_ALIAS_TAIL or self._short_level_body(tail):
            # 区委社工部 is written for 区委社会工作部 too: the full form may spell 社工 out
            for form in dict.fromkeys((tail, tail.replace(SHORT_SOCIAL_WORK, FULL_SOCIAL_WORK))):
                longer = full.first_ending(form, lambda other: len(other) > len(form))
                if longer is not None:
                    return longer
        level_char = level[1] if level.startswith("团") else level
        place = places.get(level_char)
        if place is None:
            return name
        if level.startswith("团"):
            return "共青团" + place + "委" + name[len(level):]  # 团市委 → 共青团青禾市委
        return place + name[len(level):]  # 市民政局 → 青禾市民政局, 区委社会工作部 → 桃源区委社会工作部


# ---------------------------------------------------------------------- helpers
def _first_token(tokens: SpanIndex, offset: int) -> int:
    """Index of the first token that ends after `offset` (one bisect)."""
    i = bisect_right(tokens.starts, offset) - 1
    return max(i, 0) if i < 0 or tokens.spans[i][1] > offset else i + 1


def _found_item(text: str, start: int, end: int, found: list[_Candidate], names: list[str]) -> bool:
    """A list item another rule found as an organization, or the short form of a name found
    elsewhere in the article (某某 for 某某东门店)."""
    item = text[start:end]
    return any(c.start < end and start < c.end for c in found) or any(name != item and name.startswith(item) for name in names)


def _spans_from(tokens: SpanIndex, offset: int) -> Iterator[tuple[int, int]]:
    """The tokens from the first one that ends after `offset` on (no copy of the rest of the list)."""
    spans = tokens.spans
    for i in range(_first_token(tokens, offset), len(spans)):
        yield spans[i]


class _FullNames:
    """The article's full organization names, for "the first-mentioned name that starts (ends)
    with this one" in one bisection of the names sorted (and sorted reversed) instead of a scan
    of every mention per candidate, which is quadratic in a giant article."""

    def __init__(self, names: list[str]) -> None:
        self._first: dict[str, int] = {}  # name → position of its first mention
        for position, name in enumerate(names):
            self._first.setdefault(name, position)
        self._sorted = sorted(self._first)
        self._reversed = sorted(name[::-1] for name in self._first)
        self._excluded: frozenset[str] = frozenset()

    def excluding(self, names: set[str]) -> "_FullNames":
        """The same names but `names`, sharing the sorted tables."""
        view = copy.copy(self)
        view._excluded = frozenset(names)
        return view

    def first_starting(self, prefix: str, accept: Callable[[str], bool]) -> str | None:
        """The first-mentioned name that starts with `prefix` and passes `accept`."""
        return self._first_of(self._sorted, prefix, accept, lambda key: key)

    def first_ending(self, suffix: str, accept: Callable[[str], bool]) -> str | None:
        """The first-mentioned name that ends with `suffix` and passes `accept`."""
        return self._first_of(self._reversed, suffix[::-1], accept, lambda key: key[::-1])

    def _first_of(self, keys: list[str], prefix: str, accept: Callable[[str], bool], name_of: Callable[[str], str]) -> str | None:
        best = None
        i = bisect_left(keys, prefix)
        while i < len(keys) and keys[i].startswith(prefix):
            name = name_of(keys[i])
            if name not in self._excluded and accept(name) and (best is None or self._first[name] < self._first[best]):
                best = name
            i += 1
        return best


def _cuts_word(tokens: SpanIndex, start: int, end: int) -> bool:
    """A known name that starts or ends inside a word (北|京东|路) is not written there."""
    first, last = tokens.at(start), tokens.at(end - 1)
    return (first is not None and first[0] < start) or (last is not None and last[1] > end)


def _unique_places(ctx: ArticleContext) -> dict[str, str]:
    """Level character (省/市/区/县) → the one division of that level the article's coded
    places lie in, when there is exactly one (a county-level city counts as a 市 too)."""
    seen: dict[str, set[str]] = {char: set() for char in ADMIN_LEVEL_CHARS}
    for mention in ctx.found("places"):
        for name in mention.attrs.get("chain") or []:
            if name and name[-1] in seen:
                seen[name[-1]].add(name)
    return {char: names.pop() for char, names in seen.items() if len(names) == 1}


def _quoted_list_item(text: str, start: int, end: int) -> bool:
    """text[start:end] is a whole item of a quoted list (“…、智慧公司”): the quotes frame the
    list as one slogan or formula, so an item is as quoted as a name in quotes of its own (F5
    decides); an item of an unquoted list (某局、某中心) is not."""
    if start == 0 or end >= len(text) or text[start - 1] not in "“、" or text[end] not in "”、":
        return False
    opening = text.rfind("“", 0, start)
    if opening < 0:
        return False
    match = RE_QUOTED_LIST.match(text, opening)
    return match is not None and match.start("items") <= start and end <= match.end("items")


def _paired_bare_items(text: str, bare: list[_Candidate]) -> list[_Candidate]:
    """C5c: the bare units (field + 局/大队) joined by a coordinator to another bare unit."""
    starts = {c.start for c in bare}
    ends = {c.end for c in bare}
    return [c for c in bare if _joined(text, c, starts - {c.start}, ends - {c.end})]


def _joined(text: str, unit: _Candidate, starts: set[int], ends: set[int]) -> bool:
    """A coordinator (、 和 与 及) links `unit` to a candidate ending right before it or
    starting right after it."""
    for sep in COORDINATORS:
        if unit.start - len(sep) in ends and text.startswith(sep, unit.start - len(sep)):
            return True
        if unit.end + len(sep) in starts and text.startswith(sep, unit.end):
            return True
    return False


def _level_list_item(text: str, candidate: _Candidate) -> bool:
    """F15: a body written after a list of bare level words and opening with one (按照省、市、县妇联
    的要求, 在某市、区司法局的指导下) is the kind of body at each of those levels, not a unit the
    article names; a body named by its own place (某市、桃源区司法局) stays. Round 34: seen in
    tuning articles of four sets (禁毒办, 司法局, 党委, 妇联); the gold lists none of them."""
    if not RE_BARE_LEVEL_OPENING.match(text, candidate.start):
        return False
    before_start = max(0, candidate.start - MAX_LEVEL_LIST_CHARS)
    match = RE_LEVEL_LIST_BEFORE.search(text, before_start, candidate.start)
    if match is None:
        return False
    return not (match.start() > 0 and text[match.start() - 1] in NON_LEVEL_WORD_HEADS)  # 某某社区、市税务局


# C17: a 、-list item that the left extension cut inside (、某市复明|眼科医院、, 、市安康|家园服务中心
# 以及, 、县关爱孤残（困境）|儿童帮扶协会等): the words between the
# list mark and the found tail are the item's own head when they open with its level or place
# (市/县/某市), hold no other candidate and no clause mark, and the item is closed after the tail.
# Round 53 p1d: parties whose lists lost their pairs in 3 tuning articles of 3 sets.
MAX_CUT_ITEM_HEAD = 12
RE_CUT_ITEM_HEAD = regex.compile(r"[\p{Han}0-9]+(?:[（(][\p{Han}]{1,4}[）)][\p{Han}]*)?")
CUT_ITEM_CLOSERS = ("、", "等", "以及", "及", "和", "与", "联合", "共同", "，", "。", "；")


def _drop_nested(candidates: list[_Candidate]) -> list[_Candidate]:
    """F6: keep only the outermost of overlapping candidates (longer wins on ties)."""
    ordered = sorted(candidates, key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[_Candidate] = []
    for candidate in ordered:
        # Kept ones are disjoint and sorted, and no later candidate starts before them: only
        # the last kept one can hold or overlap this one (then it wins: longer or first).
        if kept and candidate.start < kept[-1].end:
            continue
        kept.append(candidate)
    return kept


# F23: the words a street office written for its street ends in (某某办事处, 某某办): a place
# mention so ending is the office the place step read as a place. Round 53 p5: the gold lists
# such offices as places, never as bodies, in 3 tuning articles of 3 sets (l53e, t53d, t53e).
STREET_OFFICE_WORDS = ("办事处", "办")


def _drop_street_offices(ctx: ArticleContext, candidates: list["_Candidate"]) -> list["_Candidate"]:
    """F23: candidates ending where a street office read as a place ends."""
    office_ends = {m.end for m in ctx.found("places") if m.fact and m.canonical.endswith(STREET_OFFICE_WORDS)}
    return [c for c in candidates if c.end not in office_ends]


# F24 (round 55): a clause the walk read into a name's front: a time phrase (近几年|银行卡 → 近几年银行),
# a subject arriving somewhere (儿子刚到|某某一中), a leader's letter to a body (总书记致|某某联合会).
# The name starts after it; a bare head left over (银行) names nothing. Round 55: a bulk sample.
# Examples: 近几年, 刚到, 总书记致.
RE_CLAUSE_BEFORE_NAME = regex.compile(
    r"近?[几数两三四五六七八九十\d]+年(?:来)?|近年来?|"  # a time phrase
    r"\p{Han}{0,4}?[刚才已][到进去入]|"  # someone just arrived at
    r"\p{Han}{0,6}?(?:书记|主席|总理|部长|省长|市长)致"  # a leader's letter to
)
MIN_NAME_AFTER_CLAUSE = 3


def _cut_clause_openers(text: str, candidates: list["_Candidate"]) -> list["_Candidate"]:
    """F24: each candidate cut after a clause read into its front (see above); dropped when what is
    left is too short to name a body."""
    kept = []
    for c in candidates:
        clause = RE_CLAUSE_BEFORE_NAME.match(text, c.start, c.end)
        if clause is None or clause.end() == c.start:
            kept.append(c)
        elif c.end - clause.end() >= MIN_NAME_AFTER_CLAUSE:
            kept.append(replace(c, start=clause.end(), canonical=""))
    return kept


# F26 (round 57 h5): a word naming people or a community, whose members can be a clause's subject:
# it ends in a person character (居民, 搬迁户, 工人, 职工们) or is a community's head word (社区, 村).
# Example match: 居民.
RE_MEMBER_WORD = regex.compile(r"(?:[人民户员们]|社区|小区|村)\Z")
# F26: the jieba tag that opens the word after a verb-read head, by the head's reading in
# org_verb_heads.tsv: a noun for a verb's object (办|年货), a verb after the particle (所|提出).
VERB_HEAD_FOLLOWER_TAGS = {"object": "n", "verb": "v"}


# F27 (round 60 h5): a verb of going to a place right before a hospital ending with nothing but a
# size or descriptor word between (比去|医院, 不用跑|大|医院, 步行可到达|社区|医院): the text speaks of
# going to a kind of hospital, and the walk read the verb (jieba leaves 去, 跑 alone or glues them
# to an adverb; 到达's 达 opens a community the walk jumps over) into a name. The gold lists none
# of them: 3 tuning articles of 3 sets (l53t, g57g, g58c). Examples: 去医院, 跑大医院, 到达社区医院.
RE_HOSPITAL_TRIP = regex.compile(r"(?P<verb>到达|前往|去往|赶往|去|到|跑)(?P<kind>\p{Han}{0,4}?)(?:医院|卫生院)")
# F27: how many characters (an adverb: 常|去, 比|去, 再|跑) a name may hold before the going verb.
MAX_TRIP_OPENER_CHARS = 2
# F27: size words that make no name of a hospital (大医院: the big hospitals of a city).
HOSPITAL_SIZE_WORDS = frozenset({"", "大", "小"})


# F25 (round 55): a plural count with its measure word right before a name (八个|室内农贸市场,
# 三家|养老机构) counts venues or bodies of a kind, none named; 一个/一家 introduces one (一家|某某
# 科技有限公司) and stays. Example match: 八个.
RE_PLURAL_COUNT_BEFORE = regex.compile(r"(?:[两三四五六七八九十百千几数多]|\d+)[个家所座处]$")
COUNT_LOOKBACK_CHARS = 6


def _counted_kind(text: str, c: "_Candidate") -> bool:
    """F25: a plural count stands right before the candidate (see above)."""
    return RE_PLURAL_COUNT_BEFORE.search(text[max(0, c.start - COUNT_LOOKBACK_CHARS) : c.start]) is not None


def _find_alias(key: str, name: str, entities: Mapping[tuple[str, str, str], None]) -> str | None:
    """The canonical of an earlier entity that `key` names too (latest such entity).
    `entities` holds each (alias key, name, canonical) once, at its latest mention: a giant
    article repeating its names is scanned once per distinct entity, not once per mention."""
    for other_key, other_name, canonical in reversed(entities):
        if _level_heads_differ(name, other_name):
            continue  # 区妇联 and 市妇联 are two bodies, though their keys (妇联) agree
        if key == other_key:
            return canonical
        shorter, longer = sorted((key, other_key), key=len)
        if len(shorter) >= MIN_ALIAS_SUFFIX and (longer.endswith(shorter) or _company_core(longer).endswith(shorter)):
            return canonical
        if any(longer == shorter + word for word in ALIAS_TYPE_WORDS) and len(shorter) >= 3:
            return canonical
        if _abbreviates(name, canonical) or _abbreviates(canonical, name):
            return canonical
        if _brand_short(name, other_name) or _brand_short(other_name, name):
            return canonical
    return None


def _brand_abbreviation(short: str, long: str) -> bool:
    """Is `short` long enough for a brand and a kind word both found whole in `long`?"""
    return (
        len(short) >= MIN_BRAND_ABBREVIATION
        and short[:BRAND_CHARS] in long
        and short[-KIND_CHARS:] == long[-KIND_CHARS:]
    )


# A social-work agency goes by its brand and 社工 (晨光社工 for 青禾市晨光青少年社工事务所).
RE_BRAND_SHORT = regex.compile(r"(?P<brand>\p{Han}{2,6})社工")
RE_SOCIAL_WORK = regex.compile(r"社工|社会工作")


def _brand_short(short: str, long: str) -> bool:
    """Is `short` a brand and 社工 whose brand stands in a longer name with 社工 or 社会工作
    after it (晨光社工 ~ 青禾市晨光青少年社工事务所)?"""
    match = RE_BRAND_SHORT.fullmatch(short)
    if match is None or len(short) >= len(long):
        return False
    at = long.find(match.group("brand"))
    return at >= 0 and RE_SOCIAL_WORK.search(long, at + len(match.group("brand"))) is not None


def _village_named_before(text: str, m: Mention, body: str, community_ends: set[int]) -> bool:
    """F20 exception: the village's name is written right before its Party body, sharing its 村
    (某某村党支部书记): a community mention ends at the body's 村. The title is then a named
    village's body, which the gold of the g54–g57 sets lists (round 58 h5); a bare 村党支部 before
    a post is still the title alone. The village written twice (某某村村党支部书记) is left to the
    title: the body's name then runs on over the village's town and district."""
    if m.end - m.start <= len(body) or not text.endswith(body, m.start, m.end):
        return False
    return m.end - len(body) + len(VILLAGE_BODY_HEAD) in community_ends


def _visited_community_centre(text: str, index: _MentionIndex, start: int, suffix_start: int) -> bool:
    """F1 scene exception: a centre whose name a community mention ends right before its ending
    (某区某社区党群服务中心, 某村新时代文明实践站, 某社区老年人日间照料中心), in a scene that a locative
    or a verb of stepping inside opens (`VISIT_SCENE_OPENERS`), is that community's own centre, a
    body; a centre named by a place alone (在某区便民服务中心，) stays the building. Round 58 h5."""
    if not text.endswith(VISIT_SCENE_OPENERS, 0, start):
        return False
    between = RE_COMMUNITY_CENTRE_BETWEEN.search(text, start, suffix_start)
    return index.community_ending_at(start, between.start()) is not None


def _drop_team_heads(text: str, mentions: list[Mention]) -> list[Mention]:
    """F7: an organization written only as the head of a team's or a station's name (青禾市税务局
    红枫志愿服务总队, 某社区工会驿站) is part of that program's name, not a fact of its own; one
    also written alone (省律师协会 … 省律师协会志愿服务队) stays."""
    alone = {m.canonical for m in mentions if not (RE_TEAM_AFTER.match(text, m.end) or (m.name.endswith(UNION_ENDING) and RE_STATION_AFTER.match(text, m.end)))}
    return [m for m in mentions if m.canonical in alone]


def _fold_parenthesized_aliases(text: str, mentions: list[Mention]) -> list[Mention]:
    """F21: a name written in parentheses right after an organization's name (某市第二人民医院
    （某市儿童医院）, 某学院（某部干部学院）, 某市委社会工作部（以下称某市社工部）) is that body's
    other name, not a second body: its mentions, there and anywhere else, take that body's
    canonical. Round 50: the parenthesised name was a spurious organization in four tuning
    articles of four sets; the gold lists only the name before the parenthesis."""
    ends = {m.end: m.canonical for m in mentions}
    folded: dict[str, str] = {}
    for m in mentions:
        opening = RE_ALIAS_OPENING.search(text, max(0, m.start - MAX_ALIAS_OPENING_CHARS), m.start)
        owner = ends.get(opening.start()) if opening is not None else None
        if owner is not None and owner != m.canonical:
            folded.setdefault(m.canonical, owner)
    if not folded:
        return mentions
    return [replace(m, canonical=folded[m.canonical]) if m.canonical in folded else m for m in mentions]


def _level_heads_differ(a: str, b: str) -> bool:
    """Both names open with a level word, and not the same one (市民政局 vs 区民政局)."""
    head_a, head_b = RE_LEVEL_HEAD.match(a), RE_LEVEL_HEAD.match(b)
    return head_a is not None and head_b is not None and head_a.group("level") != head_b.group("level")


def _company_core(key: str) -> str:
    """A company's name without its legal form (某市青禾物业管理有限公司 → 某市青禾物业), what its short
    name ends like; any other name as it is."""
    return RE_LEGAL_FORM_TAIL.sub("", key)


def _abbreviates(short: str, long: str) -> bool:
    """`short` is `long` with words left out, same ending (邮储银行桃源支行 of 中国邮政储蓄银行
    股份有限公司青禾桃源支行): its characters appear in order in `long`. A shorter one must keep the
    brand written together and the whole kind word (盈江基金会 of 青禾盈江社区基金会)."""
    if len(short) < MIN_ABBREVIATION and not _brand_abbreviation(short, long):
        return False
    if len(short) >= len(long) or short[-2:] != long[-2:] or short[0] not in long:
        return False
    rest = iter(long)
    return all(char in rest for char in short)
