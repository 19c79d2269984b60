"""People: full names with the role written next to them (社区党委书记宋玮, 李琼说).

Candidates (a name is surname + one or two given-name characters, `person_surnames.txt`)
  T0 the reporters the article credits (`Article.credits`: names cut where the page set them
     apart, 本报记者 刘小平 景丽); a candidate that cuts across one of them is dropped.
  T1 a role word ends right before the name (`person_roles.txt`), or one character before it
     (联系人：周洁, 【记者】钟立群): 中心主任陈会兰, 本报记者任晓霞. On a credit line (a short line
     of titles and names, or a bracket: （记者方圆许嘉文）, 本报讯（记者…）, 【通讯员…】) every name of the run
     after a reporter's title is a person: the run is cut into names (the fewest that cover
     it, of equal cuts the one with the more common surnames; spaces between the names are
     gone once the text is cleaned) up to the next credit word; names that run up to another
     reporter's title are such a run inside a longer line too (记者郭某某刘某通讯员…), and so are
     names that run up to the reporters' verb 报道 (实习生王某 赵某报道…); photographers and editors
     (摄影, 责编, 审核) are the paper's staff, no people facts; the text's writers (作者：, 撰稿：,
     供稿：; 撰稿人：, 撰文：, 文字： round 46d, the last two only across a separator or a space) are
     credited like its reporters (round 22). A credited name keeps the fuller
     title of its credit line (闪电新闻记者, not 记者).
  T2 a speech verb starts right after it (`person_speech_verbs.txt`): 李琼说, 苏小妹坦言.
  T3 the name opens a line and a named organization follows it with a role (profile lines):
     韩书海北票市委社会工作部部长、市委“两新”工委书记.
  T4 a full name with an honorific after it (`person_honorifics.txt`): 胡阿虎师傅 (role 师傅).
  T5 an age before it (65岁的王秀兰), a role clause after it (李彬是…的一名专职志愿者, 王芳担任…,
     杜晓梅同志作为驻区单位代表…), or the unit it belongs to after it (罗新所在的宜宾市酒都义工联合会).
  T6 names joined by 、 before a counted role: 郑明远、孙雅丽、徐航三位教师 (each a 教师).
  T13 a name (or names joined by 、) before 等 and a count of people: the name stands for a
     group it heads in award and roster news (周某某等12名同志获评…, 吴某等十人获得提名奖); role:
     a title right after the count (等30名社区工作者 → 社区工作者), else none.
  T1c a two-character name jieba lists as a person's name though it counts it as a word too
     (李强, 高峰: tag nr), with one of the commonest surnames, a title next to it and a speech verb,
     punctuation or a head's title after it (队员李强说, 的李娜书记, 林某、高峰、薛某三位律师; round 31).
  T1q a quoted honorary or folk title no job title ends, ending in a person-word
     (`person_quoted_role_ends.txt`), right before a name with a clear end: “法律明白人”某某,
     快递“小哥”某某 (role: the quoted words; round 49d).
  T14 a name right after a named organization and 的: 青禾街道社工站的林小雨 (role: the
     organization as written), or after a title and 的: 刚当上志愿者的林小雨 (role: the title).
  T14b a name right after a unit's party body or its office, no title between (青禾街道柳岸社区党委
     林小雨介绍, 青禾街道党建办林小雨带队; role: the unit as written; a bare 党委 names no unit).
  T7 a role in brackets right after the name: 王建华（社区党委书记）.
  T8 names listed with 、 right after a person found with a role share that role
     (志愿者代表王芳芳、李小龙发言); a new title ends the list (、组织委员葛晓燕).
  T10 a contributor's credit closing a line or a bracket, the name right before 供稿 after a
     space or bracket: 青禾街道社工站 林小雨供稿 (role: the unit written before it), （王芳供稿）;
     or a unit's credit in brackets closing a paragraph, an organization then one name:
     （青禾县司法局柳湾司法所 林小雨） (role: the unit).
  T11 a name opening a sentence (or after 名叫), a comma, then a role phrase ending in a title
     and closing the clause: 钱某某，某大学大二学生，… (role: the phrase, without 时任/现任).
  T16 a speaker line opening a paragraph, who speaks, the name and a colon before speech:
     青禾县柳岸社区搬迁群众 林小雨：… (role: the words before the name, no listed title needed).
Filters (numbered, each a method)
  P1 the given part holds a character that does not occur in names (`person_not_given.txt`:
     李琼说, 张杰的) or starts with an honorific (侯师傅, 苏女士, 李哥), or is a title (杨经理) → none.
  P2 the name is an ordinary word (in jieba's dictionary with some frequency: 文明, 高级; a
     three-character dictionary word not tagged as a name: 公告栏, or a two-character noun or verb
     however rare: 商户, 初评 (round 31; not a place or brand word, which names people too: 乌兰);
     a given part jieba tags as a
     verb or adverb: 常|面临, though adjectives and time words are names: 王浩然, 赵国庆) → none.
     Surnames that are also function words (和, 常) need a given part that is no common word
     (督导和|评估). Three characters whose first two are a common word and whose third opens a
     word with the next character are two words (安慰|家属: round 28b). A surname that is a
     verb before a common verb, or before the front of a title running past the name, is a
     title's clause (干部包起来, 志愿者来教, 干部任网格长: round 56 h7c). Names in a credit run
     skip the common-word tests (记者孙立新).
  P3 the name lies inside an organization, place or community mention → none (胡阿虎公益服务中心).
  P4 a name right after 小/老/阿 is a nickname (小李, 老王) → none.
  P5 a person whose only role is a bare resident word (`person_resident_roles.txt`: 居民王某说,
     独居老人, 张某老人, and kin words used as address forms: 某某奶奶, 某某阿姨) is no person fact
     by the annotation convention, nor is one named with their community or village and nothing
     else (某某镇某某社区居民某某, 某某村村民某某: `RESIDENT_ROLE_ENDS`, round 30); one whose kin
     word is followed by a role clause (某某阿姨作为志愿者), or who is given a role that says more
     later in the article, is.
Where a name ends (范偌为告诉 vs 苏畅道出): the shorter name wins when a speech verb follows
it; otherwise the longer one when a speech verb or a follow word (`person_follow_words.txt`)
follows; otherwise the shorter one when a follow word follows; otherwise the one after which
a dictionary word starts (刘洪涛|主持). Surnames that are also adverbs or word starts
(`person_ambiguous_surnames.txt`: 司机常遇…) need a speech verb, punctuation or a title after.

Every later occurrence of a found name in the article becomes a mention of the same person
(canonical = the name), with the role written next to that occurrence if any (two titles
written together are one role: 志愿者代表). `attrs`: role
(as written next to the name, including the organization it belongs to: 安庆市全人社工负责人;
a `是…队员` clause after the name wins over a bare title before it; the first occurrence that
states one), affiliation (the organization or community in the role), byline (reporter credit
lines: 本报记者任晓霞).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

import ahocorasick_rs
import regex

from ..chars import NAME_DOTS, RE_BOOK_TITLE, RE_DOTTED_NAME, RE_SENTENCE_END, compile_han
from ..layout import not_given_chars
from ..lexicon import read_table, read_terms
from ..mentions import ArticleContext, Mention, Party
from ..spans import occurrences
from ..vocabulary import word_freq, word_tags
from .organizations import jieba_function_words

# Small patterns compiled once: `regex.search(pattern, …)` looks its pattern up in a cache on
# every call, which costs more than matching a short line.
RE_LINE = regex.compile(r"[^\n]+")

# Characters after which a name's end is clear (punctuation, quotes, line/space, a digit: 记者栗飞1月18日).
RE_NAME_END = regex.compile(r"^(?:[\s，。、；：！？“”‘’（）《》—…,.;:!?()|｜0-9０-９]|\Z)")
# A Han character (given names are Han only).
RE_HAN = regex.compile(r"^\p{Han}+\Z")
# A role stated after the name: 张杰，是时事政治宣传小分队队员 / 李彬是宜宾市酒都义工联合会的一名专职志愿者
# / 王芳担任社区党委书记.
# / 杜晓梅同志作为驻区单位代表致辞 (同志 may stand between) / 周海林当选村委会主任 (round 14)
# / 王芳成为某村驻村第一书记, 王芳顺利连任村党总支书记, 王芳现在是某社区的一名网格员 (round 35: a
# post taken or kept, and a time or manner adverb before the verb; three labelled and bulk articles).
# Matched at the name's end (`match(text, end)`: no rest-of-text slice).
RE_IS_ROLE = regex.compile(
    r"(?:同志)?[，,]?(?:现在|如今|已经|已|也|顺利)?(?:是|担任|作为|现任|现为|当选为?|成为|连任)([^，。、；：！？,;:!?\n“”]{2,30})")
# T16: the present-tense role clause closing a sentence about a person's past, after other
# clauses (某某留学多年，回乡创业，如今是某某中心负责人; 多年来，某某一直坚守，如今已是省人大代表):
# a comma, an adverb of now, then 是/担任/成为 and the role phrase.
RE_LATER_ROLE = regex.compile(r"[，,](?:如今|现在|目前)(?:已经|已|也)?(?:是|担任|成为)(?=[^，。、；：！？,;:!?\n“”]{2})")
# The role phrase of that closing clause: up to the clause's end.
RE_LATER_ROLE_PHRASE = regex.compile(r"[^，。、；：！？,;:!?\n“”]{2,30}")
# How far back from that clause the sentence may start, and the clause marks a subject starts after.
LATER_ROLE_REACH = 80
CLAUSE_START_MARKS = frozenset("，,”")
# A quoted label right before the subject (“90后”某某): skipped to reach the name.
RE_QUOTED_LABEL = regex.compile(r"“[^“”\n]{1,6}”")
# The counter before a role in a `是…的一名…` clause: the role is what follows it (or what
# follows the last 的 when there is no counter: 是该小区的业主 → 业主).
RE_ONE_OF = regex.compile(r"(?:[一二三四五六七八九十两几\d]+|每)[名位个]")
# An age right before a name: 81岁的张杰, 六十五岁的王秀兰.
RE_AGE_BEFORE = regex.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})岁的\Z")
# What ends RE_AGE_BEFORE: a name can start right after it.
AGE_MARK = "岁的"
# "the … that X belongs to" after a name: 罗新所在的宜宾市酒都义工联合会.
BELONGS_TO = "所在的"
# Where `_with_clause` looks after a name: 所在的, or a role clause (RE_IS_ROLE), found by one scan
# (zero-width: every position one starts at). Example: 罗新|所在的…, 李彬|是…志愿者.
RE_CLAUSE_START = regex.compile(r"(?=" + BELONGS_TO + "|" + RE_IS_ROLE.pattern + ")")
# Surnames that are also the conjunction "and": right after a title they join two people or
# units (主任和社工入户, 王书记和赵主任), they open no name.
CONJUNCTION_SURNAMES = frozenset("和与同跟")
# P6: surnames that are also a preposition or the conjunction "and" (和, 向 "towards", 由 "by"): a
# three-character name they open whose last two characters are a name is that name after the
# function word (主任和邹某主任, 老板向王某表示), and one whose last two are a dictionary word names
# nobody (由全科医生). Round 50 people2: four labelled articles of four sets, none of whose gold
# names such a three-character person.
FUNCTION_WORD_SURNAMES = frozenset("和向由")
# Words that end a comparison (和某某一样 "like someone"): a noun phrase stands right before them, so a
# function word there (则 "then") closes a name, it opens no predicate (`_soft_third_char_closed`).
COMPARISON_ENDS = ("一样",)
# How often a name must be written before its length is read over the article (`_article_long_names`).
MIN_ARTICLE_OCCURRENCES = 2
# Characters before a surname that make the name a nickname: 小李, 老王, 阿强.
NICKNAME_MARKS = frozenset("小老阿")
# An age or birth descriptor right before a name (六十八岁的, 68岁的, 1990年出生的): a resident's introduction.
RE_AGE_INTRO = regex.compile(r"(?:[0-9０-９]{1,3}|[一二三四五六七八九十百]{1,4})(?:周岁|週歲|岁|歲)的$|(?:出生|生人)的$")
# Roles that make a name at a line end a reporter's credit line.
BYLINE_ROLES = frozenset({
    "记者", "本报记者", "特约记者", "见习记者", "实习记者", "全媒体记者", "融媒体记者", "首席记者",
    "通讯员", "本报通讯员", "特约通讯员", "实习生", "文/图", "图/文",
    # the text's writers (作者：某某 某某, 撰稿：某某, 供稿：某某), credited like its reporters
    "作者", "撰稿", "供稿",
    # more names for them (撰文：某某 某某, 撰稿人：某某, 文字：某某): round 46d, four labelled articles of
    # four sets, every such credit in the pool labelled
    "撰文", "撰稿人", "文字",
    # the text's reviewers, credited after its writers (撰稿：某某，审稿：某某, 审核人：某某): round 48
    # creditrun, three labelled articles of three sets, every such credit in the pool labelled (审核
    # alone, an editor's stop word, is left unlabelled in six)
    "审稿", "审稿人", "审核人",
    # the news agency's word for its reporters in dispatch lines (新华社某地电（采访人员某某）): round 35
    "采访人员",
})
BYLINE_ROLE_WORDS = tuple(sorted(BYLINE_ROLES))  # for str.startswith
# Writers' credit words that are also plain words of a sentence (这些文字张贴…, 他撰文张扬…): they
# credit the names after them only across a separator or a space (文字：某某, 撰文/某某, 撰文 某某).
SET_OFF_CREDIT_ROLES = frozenset({"文字", "撰文", "审稿", "审稿人", "审核人"})
# Credit words that say only that a person wrote or shot something for the page (a web page's
# 作者：某某 header, a caption's 某某 摄), not what they are. The same person credited again with a
# reporter's title (记者 某某, 通讯员 某某 in the dispatch line) is that reporter: the title wins
# whichever comes first on the page. Round 41c: nine tuning articles of seven outlets, the header
# or caption above the dispatch line; the labels give the title in 37 of 38 such pairs.
GENERIC_CREDIT_ROLES = frozenset({"作者", "撰稿", "供稿", "撰文", "撰稿人", "文字", "摄", "文", "图", "文/图", "图/文", "文/摄", "摄/文"})
# How a reporter's title ends (本网记者, 岳麓站通讯员, 实习生): what the generic credit gives way to.
REPORTER_TITLE_ENDS = ("记者", "通讯员", "实习生", "采访人员")
# Credit words that are not a person's role in the story: a credit run stops at them and their
# names are no people facts (摄影李康华, 责编陈铭 are the paper's staff, not the article's).
CREDIT_STOP_WORDS = (
    "摄影", "摄像", "责任编辑", "编辑", "责编", "审核", "审校", "校对", "来源", "编审", "监制", "统筹",
    "策划", "制图", "设计", "视频", "文图", "图文",
    # the photos' credit after the reporter's (记者王明图片由某局提供: round 35, a labelled article's
    # reporter lost to the run 王明图片由)
    "图片",
)
# The verbs closing a credit after its names: a photo credit (记者 王明 摄) and a compiler's
# (作者：王明 编: "compiled by"). Round 35: a labelled web article's author line read as two names
# (王|明编) for the 编 after it.
CLOSING_CREDIT_VERBS = frozenset("摄编")
# "Text" in a credit closing the names (通讯员 王明 赵丽 文/摄, 文/图: text and photos by them).
# Round 20: a tuning pool's city paper; the form is common in Chinese papers' credits.
TEXT_CREDIT = "文"
CREDIT_SLASHES = ("/", "／")
# T15: credits by craft, the text's writer (文), its photographer (图, 摄) or both (图文, 文图), in
# a bracket closing a paragraph or on a line of their own: the craft word, a slash, colon or space,
# then the names (（文/某某 图/某某）, 图文：某某, （文 某某 某某）), or the names, then the craft word
# closing them (某某 某某 文 某某 摄). Round 44: four articles of two fresh labelled sets, every name lost
# (文 and 图 alone are no role words anywhere else).
CRAFT_WORDS = frozenset({"文", "图", "摄", "图文", "文图"})
# … tried longest first, in a fixed order (图文 before 文: the reading must not follow set order)
CRAFT_WORDS_LONGEST_FIRST = tuple(sorted(CRAFT_WORDS, key=lambda w: (-len(w), w)))
CRAFT_CHARS = frozenset("".join(CRAFT_WORDS))  # a text without one holds no such credit
# Two crafts joined by a slash close the names of those who did both (某某 某某 文/图, （某某 文/摄）),
# as one craft word does; the role is the pair as written. Round 61 h7b: credits with no title in
# three tuning sets' articles (a bracket closing the last paragraph, a line under the headline).
JOINT_CRAFTS = tuple(a + slash + b for a, b in (("文", "图"), ("图", "文"), ("文", "摄")) for slash in ("/", "／"))
# Bullets a credit line may open with (□某某 某某 文/图): page furniture, no part of a name.
CREDIT_BULLETS = frozenset("□■")
# A craft word opening a piece and the slash or colon after it (文/某某, 图文：某某).
RE_CRAFT_OPENING = regex.compile(r"(图文|文图|文|图|摄)[/／:：]")
# What parts the pieces of a credit: spaces, semicolons, the enumeration comma (图/某某、某某).
RE_CREDIT_PIECE = regex.compile(r"[^ \u3000;；、]+")
# A credit's bracket closing its paragraph, and a line of its own: no sentence punctuation inside.
RE_CRAFT_BRACKET = regex.compile(r"[（(【\[](?P<inner>[^（）()【】\[\]\n，。！？“”,]{3,60})[）)】\]][ \u3000]*(?=\n|\Z)")
RE_CRAFT_LINE = regex.compile(r"(?m)^[ \u3000]*(?P<inner>[^\n，。！？“”,（）()【】\[\]]{3,40}?)[ \u3000]*$")
# The verb closing a reporters' credit (实习生 王明 赵丽报道), after the names. Accuracy round 14:
# three outlets' credit runs lost every name after the first to it.
REPORTED = "报道"
# One character that may stand between a role and a name: 联系人：周洁, 【记者】钟立群, 记者/林小雨.
ROLE_NAME_SEPARATORS = frozenset("：:】]/／")
# A count of more than one person right before a title (3位|乡贤, 两名|志愿者): the title is plural, so one
# word after it is the clause's predicate (荣登…, jieba's name), not a person; the names of a counted title
# come as a list (3位乡贤甲、乙、丙); 仨/俩 count without a measure word (仨乡贤). Round 60, bulk read of
# real articles. Example: 3位.
RE_PLURAL_COUNT_BEFORE = regex.compile(r"(?:(?:(?<![0-9])[2-9]|[1-9][0-9]+|[两二三四五六七八九十几数多]+)[位名]|[仨俩])$")
# What follows a name that opens a list of names: a list mark or a joining word.
NAME_LIST_MARKS = ("、", "，", ",", "和", "与", "及", "等")
# A title in quotes right before a name (驻村“第一书记”某某): the quote marks, the most characters
# between them, and what may stand there (no punctuation, no other quote).
OPEN_QUOTE, CLOSE_QUOTE = "“", "”"
QUOTED_TITLE_MAX = 10
RE_QUOTED_TITLE = regex.compile(r"[^“”，。、；：！？,;:!?\n]{2,10}\Z")
# A dash between a role and a name (工坊主理人——林小雨: feature prose introducing a person; round
# 35b, a labelled article and the brief's bulk notes). Longest first.
ROLE_NAME_DASHES = ("——", "—", "－－", "--")
# The spaces a raw text may keep between a role and a name (记者 王浩然).
ROLE_NAME_SPACES = " \u3000"
# Everything T1 lets stand between a role's end and a name: a name it reads starts where this run,
# begun at a role's end, stops; so only those few surname starts need trying, not every one.
RE_ROLE_NAME_GAP = re.compile(
    "[" + re.escape(ROLE_NAME_SPACES + "".join(sorted(ROLE_NAME_SEPARATORS)) + CLOSE_QUOTE + "".join(ROLE_NAME_DASHES)) + "]*"
)
# The brackets a credit opening or closing a paragraph is written in: （记者王敏）, and the black
# lenticular ones of city papers' leads (【通讯员王敏李文杰】…: round 35, a labelled article's three
# names cut to one).
CREDIT_OPENING_BRACKETS = ("（", "(", "【", "[")
CREDIT_CLOSING_BRACKETS = frozenset("）)】]")
# Sentence punctuation: a credit line (本报记者任晓霞) has none.
RE_SENTENCE_PUNCT = regex.compile(r"[，。；：！？“”]")
# A sentence's end: what stands before a credit closing a dateline has none (2031年4月2日 某某日报 记者…).
RE_SENTENCE_END_MARK = regex.compile(r"[。！？!?]")
# … though a credit line may hold colons (通讯员：刘茵责编：陈铭).
RE_CREDIT_PUNCT = regex.compile(r"[，。；！？“”]")
# jieba's tags of adjectives and time words: given names like 浩然, 国庆 are tagged so, and are
# still names (verbs and adverbs are not: 常|面临).
GIVEN_NAME_TAGS = frozenset({"a", "an", "ag", "t", "tg"})
# jieba tags for proper nouns: a two-character place or brand word (乌兰, 于洋: ns) is also a person's
# full name often enough that P2's "a listed noun is no name" must not judge it (round 31 review).
PROPER_NOUN_TAGS = frozenset({"ns", "nz", "nt"})
# … and a given part jieba lists as a verb but hardly ever sees is a name too (建明 2, 守信 73):
# below this frequency the verb tag says nothing (面临, 开展 are far above it).
# Accuracy round 8: five such names in the labelled tuning articles, four outlets, all missed.
RARE_VERB_GIVEN_FREQ = 200
# A contributor's credit closing a line or a bracket: the name right before 供稿 (a unit's
# staff member who sent the story in: 青禾街道社工站 林小雨供稿, （王芳供稿）). Matched at 供稿.
RE_CONTRIBUTED = regex.compile(r"供稿[）)】\]]?[ \u3000]*(?=\n|\Z)")
# What may stand before a contributor's name on such a line: the unit they write for, after
# the line start or an opening bracket (青禾街道社工站 林小雨供稿 → role 青禾街道社工站).
RE_CONTRIBUTOR_UNIT = regex.compile(r"(?:^|(?<=[\n（(【\[]))([^\n（(【\[，。；：！？“”]{0,30}?)[ \u3000]*\Z")
# A bracket closing a paragraph (…重拾希望。（青禾县司法局柳湾司法所 林小雨）): where a unit's credit,
# an organization then one name, may stand (the space between them is gone once the text is cleaned).
RE_CLOSING_BRACKET = regex.compile(r"[（(](?P<inner>[^（）()\n，。；：！？“”]{5,34})[）)][ \u3000]*(?=\n|\Z)")
# The particle between an organization and one of its people (青禾街道社工站的林小雨): T14.
# Round 20: award and roster news list people so (a tuning pool's award list of ten social workers,
# profiles of volunteers of named teams).
UNIT_MEMBER_MARK = "的"
# T14b: a party body, or the office that runs its work, closing a unit's name: a name right after it
# is one of its people (某某社区党委林小雨透露, 某某街道党建办林小雨带队). Round 59 h7b: three tuning
# articles of three sets listed officials so, without a title.
PARTY_BODY_WORDS = ("党委", "党总支", "党支部", "党工委", "党建办")
# A role in brackets right after a name: 王建华（社区党委书记）.
RE_BRACKET_ROLE = regex.compile(r"[（(]([^（）()，。、；：！？\n“”]{2,24})[）)]")
# Titles that never stand inside a community's name: a community mention holding one is a
# mis-read sentence (党委书记姜美玲代表社区).
HEAD_TITLES = ("书记", "主任", "记者", "通讯员", "局长", "部长")
# The last character of a head's title (队长, 会长, 站长: every 长 title of `person_roles.txt` heads
# a unit): right after one, a surname that is also a common word starts a name when jieba's tokens
# end it (`_token_name_end`: 队长于|建华|的). Accuracy round 18: a labelled article's team leader.
HEAD_TITLE_END = "长"
# Tags of a one-character given part that make a two-character token jieba guessed an adverb or
# preposition and its verb (常遇, 向看), not a name (`_guessed_name_end`).
GUESSED_VERB_TAGS = ("v", "d", "p", "c", "u")
# Tags of a one-character token that opens a predicate right after a name (在, 对, 为: prepositions;
# 则, 便: adverbs): `_particle_after_token`.
PARTICLE_TAGS = ("p", "d")
# Tags of a pronoun (此 zg, 其 r): after a verb it closes a set phrase (获此殊荣), so a character
# jieba guessed into one token with it is that verb, no name's last character (`_given_glued_on`).
PRONOUN_TAGS = ("r", "zg")
# A list of three or more items joined by 、 (the run of Han characters before the first 、 ends
# with the first item; the last item starts after the last 、): T12 reads it as a list of names
# when every item is one. Example: 孙某某、赵某、郝某某、褚某某等理发师.
# It starts only where a run of these characters starts: a list found from inside a run is found
# from the run's start too, and a list ends where its run ends, so this is the same scan without
# trying each character of every run (half the time).
RE_LIST_RUN = compile_han(r"(?<![\p{Han}·•・])[\p{Han}·•・]+(?:、[\p{Han}·•・]+){2,}")
# A transliterated name (`chars.RE_DOTTED_NAME`, 热某古力·托某提) written in a list is one item.
# The dot inside a transliterated name; each part of such a name holds 2–6 characters.
RE_NAME_DOT = regex.compile(r"(?<=\p{Han}{2})[·•・](?=\p{Han}{2})")
DOTTED_PART = (2, 6)
# Fewest names in such a list: three names in a row, each between two 、, are no accident of
# surname characters (two could be: 高、常两位).
MIN_LISTED_NAMES = 3
# The word closing a list before what its members are (…褚某某等理发师, …等10位先进模范).
LIST_CLOSER = "等"
# What closes a list of places or units, not of people: a count with a measure word for things
# (王庄、李湾、张集三个村, 等5家) or 等 before an administrative unit or 地 (…等村, …等地).
RE_THINGS_AFTER_LIST = regex.compile(r"等?(?:[一二三四五六七八九十两几多]+|\d+)[个家所处座条支户片]|等[省市县区镇乡村街地]")
# A counted role after a list of names: 张三、李四、王五三位教师 / 等五名志愿者.
RE_COUNTED_ROLE = regex.compile(r"等?(?:[一二三四五六七八九十两]|\d{1,2})[位名]")
# T13: 等 and a count of people after a name (周某某等12名同志, 吴某等十人, 等30名社区工作者): the
# name heads a counted group. Counts of visits (人次) and things (个, 家) are no people.
# Accuracy round 19: two labelled tuning articles and three more outlets' award news.
RE_GROUP_COUNT = regex.compile(r"等(?:[一二三四五六七八九十百两]{1,3}|\d{1,4})(?:[名位]|人(?!次))")
# A roster line: a number, a name (a two-character one may be padded to three: 马 某), a colon and
# the person's posts (1.王某某：某县某镇某村党支部书记、村民委员会主任). Matched at a line start.
RE_ROSTER_LINE = regex.compile(
    r"[ \u3000]*(?:\d{1,3}[.．、]|[（(]\d{1,3}[）)])[ \u3000]*(?P<name>\p{Han}(?:[ \u3000]?\p{Han}){1,3})[ \u3000]*[：:]"
    r"(?P<role>[^\n，。；;！？!?“”]{2,60}?)[、 \u3000]*(?=\n|\Z)")
# T16: a speaker line opening a paragraph, who the speaker is, their name and a colon before what they
# said (某某县某某社区搬迁群众 王某某：…, 某某村代表队 李某某：…, 某某联合会义工张某：“…”): the words
# before the name are the role, even where they end in no title the lexicon lists. Example: the line
# 青禾县义工联合会义工柳某：“…” gives 柳某, role 青禾县义工联合会义工.
RE_SPEAKER_LINE = regex.compile(r"(?m)^[ \u3000]*(?P<head>\p{Han}[\p{Han} \u3000]{2,32}\p{Han})[：:]")
# What follows the colon is speech, not a field's value or a headline's second half: a quote
# opens it or it runs on as sentences.
RE_SPEECH_AFTER_COLON = regex.compile(r"[ \u3000]*(?:[“「\"]|[^\n]{4,}?[，。！？,!?])")
SPEAKER_ROLE_MIN = 2  # the words before the name: a unit, group or kind of person at least
SPEAKER_NAME_LENGTHS = (3, 2)  # the readings of the name before the colon (the page's space is gone)
# A profile line's roles are one clause (quotes allowed: 市委“两新”工委书记).
RE_CLAUSE_PUNCT = regex.compile(r"[，。；：！？]")
# T11 appositions: the comma after a name, then a role phrase closing a clause (时任/现任 dropped).
RE_APPOSITION_COMMA = regex.compile(r"[，,]")
RE_APPOSITION_ROLE = regex.compile(r"(?:时任|现任|现为)?(?P<role>[^，,。；;：:！？!?\n“”‘’（）()、]{2,30}?)(?=[，,。；;])")
# What may stand right before a name that opens an apposition: a sentence or line start, or 叫
# (名叫某某，…).
APPOSITION_OPENERS = frozenset("\n。！？!?叫")
# The lengths of a Han name (surname and given name), in the order every rule tries them: three
# characters, the commonest, first.
NAME_LENGTHS = (3, 2, 4)
MAX_CREDIT_LINE = 40
# At most this many names stand between two reporters' titles in an inline credit.
MAX_CREDIT_NAMES = 3
# One-character speech verbs that with the character after them make another word (称为, 称号,
# 称之, 称呼, 称作, 称职, 称谓, 称赞 stays speech): verb → those characters.
SPEECH_NOT_FOLLOWED = {"称": frozenset("为号之呼作职谓心")}
# What closes a titled speaker's speech verb in T1d (书记某某说，/：/“): punctuation or a quote.
RE_TITLED_SPEECH_CLOSE = regex.compile(r"[，,：:“\"。]")
# Han characters that may stand right before a name (…的陈会兰坦言, 由王芳负责, 该男子叫王芳，是…: round 35).
NAME_LEFT_FUNCTION_CHARS = frozenset("的是和与由对向给被让叫")
# Characters of `person_not_given.txt` that are also common in given names (车其杰, 周冰之, 邹月,
# 胡耀元, 滕振能; round 35b: 中 of 吴中兰, 王中华; round 38: 举 of 单举帆, 邝宏举): on a credit line,
# or after a title when a clear end follows, a name may hold one.
SOFT_GIVEN_CHARS = frozenset("其之月元能中举")
# Characters soft only as the last of two given characters (秦冬儿): inside a word they are no name
# (快递员|门儿清, 一点儿). Round 38: titled names with 举 or a closing 儿 were missed in three
# labelled articles of three sets.
SOFT_FINAL_CHARS = frozenset("儿")
# Adverbs of the past that open a person's predicate right after a two-character name (某某曾在部队服役,
# 某某曾参加过…): read as a third given character they swallow it. With a Han character after them the
# name ends before them. Round 41c: the shape in seven pool and bulk articles, two of them misread.
# Round 45: the adverbs of contrast and of an ongoing act do the same after a title (网格员某某正通过…,
# 女书记某某却把…, 志愿者某某正提醒…: three pool and bulk articles read the adverb as a third given
# character); a speech verb right after them keeps the longer name (书记某某正说: 正 is then given).
PAST_ADVERBS = frozenset("曾")
PREDICATE_ADVERBS = frozenset("正却")
# A minority name (`person_minority_name_parts.txt`, T1m): a Yi clan name the list lacks is taken
# as two characters, and the whole name is at most six (three parts of two: 次仁旺堆卓玛).
MINORITY_CLAN_SIZE = 2
MINORITY_NAME_MAX = 6


def _soft_at(given: str, i: int) -> bool:
    """The given part's character i may stand in a name though `person_not_given.txt` lists it."""
    return given[i] in SOFT_GIVEN_CHARS or (given[i] in SOFT_FINAL_CHARS and len(given) == 2 and i == 1)


# Characters of `person_not_given.txt` common in given names that are soft only right after a title
# (`_soft_name_end`), never on a credit line: 向 "towards" and 和 "and" (书记李向锋说, 主席李月和及…,
# 副会长宗和、). A credit run reads its cut from the names alone, where "and" may join two of them.
# Round 48 peoplerole: titled names with them were lost in three labelled articles of three sets.
# Round 50 peopleglue: 则, 时 and 要 too (书记某则某等, 部长某时某、, 副主席某要某多次…): function words
# in prose, but given-name characters once a title opens the name and a clear end closes it; three
# labelled articles of three sets lost such a name.
TITLED_SOFT_GIVEN_CHARS = frozenset("向和则时要")


def _titled_soft_at(given: str, i: int) -> bool:
    """`_soft_at`, or a character soft right after a title (TITLED_SOFT_GIVEN_CHARS)."""
    return _soft_at(given, i) or given[i] in TITLED_SOFT_GIVEN_CHARS


# A figure's first digit. After a surname that is also a verb or an adverb (`person_ambiguous_surnames.txt`)
# a figure is the quantity of a clause (党员占比达80%, 居民常住3000余人), so it is no clear end of a
# name there. Round 54b: with 占 listed as a surname, 占比 + a figure after a role word in two tuning articles.
RE_FIGURE_START = regex.compile(r"[0-9０-９]")


# The passive marker after a titled name (某某被选为楼长): the name ends before it (T1e).
PASSIVE_MARK = "被"
# Characters that cannot end a clause: a preposition, a conjunction or a causative needs the words
# after it (和/与/及/同/跟 "and", 让/使/令/叫 "let", 给/向/为/对/把/从 "to, for, from"). After a title, one
# of them standing between a two-character name and punctuation or a speech verb (书记某某和、, 主任某某让说)
# is the given name's last character, not a function word (`_object_char_given_end`). Not 在 or 被:
# 在说 and 被称为 go on as a predicate. Round 42d: names cut to two characters after a title.
OBJECT_FIRST_CHARS = frozenset("和与及同跟让使令叫给向为对把从")
# Punctuation that may follow such a name (not digits or spaces: 书记某某和3名队员).
CLAUSE_PUNCTUATION = frozenset("，。、；：！？,.;:!?”")
# Titles written right after a name in news style (…总书记强调): the name is a person with that role.
TITLES_AFTER_NAME = ("总书记",)
# The word that, right after such a title, cites the leader's guidance as a document (…总书记关于
# 某某工作的重要论述/指示精神): the article studies the guidance, the leader is no person in its
# story. Round 30: three labelled articles of three sets, none labelling the cited leader.
CITATION_AFTER_TITLE = "关于"
# Verbs of carrying out guidance right before the leader's name (贯彻落实…总书记…重要思想, 认真落实…总书记对…的
# 指示精神), and a verb stating guidance right after the title (…总书记指出，要…): his guidance is cited, he
# is no person of the story. Round 55 h6: three tuning articles of three sets, none of them labelled
# him; the one labelled article has him visit a place (…总书记在某地考察时强调).
GUIDANCE_VERBS_BEFORE = ("落实", "贯彻")
GUIDANCE_VERBS_AFTER = ("指出",)
# A head's title written right after a full name (韦芳书记听完…, 青禾县妇联贺晓岚主席…, 龚立伟处长与…):
# the name is a person with that title, when it stands at a clause start, after a function word
# or right after its organization. Accuracy round 8: in five labelled tuning articles of four
# outlets and in the bulk texts (a title before the name is T1). Round 30: the heads of schools,
# hospitals, libraries, sections and firms (校长, 院长, 馆长, 科长, 总经理, 总干事) and the
# professional titles news writes the same way (王某某教授, 李某律师, 赵某老师), in seven labelled
# articles of five sets (a name then its title, often after its department: 学生处某某副主任).
HEAD_TITLES_AFTER_NAME = ("书记", "副书记", "主席", "副主席", "主任", "副主任", "处长", "局长", "部长", "所长", "站长", "会长", "理事长",
                          "校长", "副校长", "院长", "副院长", "馆长", "副馆长", "科长", "副科长", "总经理", "副总经理",
                          "总干事", "副总干事", "秘书长", "副秘书长", "董事长", "教授", "副教授", "老师", "律师",
                          "副处长", "副局长", "副部长", "副所长", "副站长", "副会长", "镇长", "副镇长", "乡长", "副乡长",
                          "县长", "副县长", "博士", "院士")
# Round 46d: the deputies of the heads above (…民政局某某副局长), the heads of a town or county
# (锦斗镇某某镇长) and the academic titles news writes after a name (某某博士, 某某院士), in five
# labelled articles of four sets. A name with such a title after it may also stand right after a
# place or community (its role then names it: 锦斗镇镇长) or after a preposition that opens a
# view or a source (在某某教授看来, 据某某副局长介绍).
HEAD_TITLE_PREPOSITIONS = frozenset("在据")
# T1c: the surnames (by their rank in `person_surnames.txt`, the commonest first) with which a
# two-character word jieba tags as a person's name (李强, 高峰) is read as a name next to a title:
# the hundred commonest surnames, borne by most of the population. Round 31: jieba tags some
# ordinary words nr too (荣誉, 祝福: bulk texts), most of them opening with a rarer surname.
KNOWN_NAME_SURNAME_RANK = 100
# What a role naming a person's community or village ends with when it says nothing else about
# them (某某街道某某社区居民, 某某镇某某村村民): like a bare 居民, no person fact. Round 30: the
# labelled sets of rounds 27–30 leave such residents out (13 articles of 8 sets).
RESIDENT_ROLE_ENDS = ("居民", "村民")
# jieba's tags of verbs and verbal nouns, and the frequency from which such a two-character
# given part is an ordinary activity word even right after a title (社工|周活动: 活动 27526,
# 宣传 4745), while given names tagged so stay (振兴 659, 为民 621).
ACTIVITY_TAGS = frozenset({"v", "vn"})
ACTIVITY_WORD_FREQ = 4000
# Last characters of a department's name (科, 室, 处 …): a common word plus one of them before a
# title is the department (呼吸科主任), not a person 呼吸科.
UNIT_END_CHARS = frozenset("科室处部局院所站组办队")
# The last character of a campaign period's name (宣传周, 服务季): after a verb as common as 宣传
# it is the campaign, not a given name.
PERIOD_CHARS = frozenset("周季")
# The particle that turns a word into a manner adverb (郑重|地, 认真|地): no given name's end
# after a dictionary word.
ADVERBIAL_MARK = "地"
# The preposition "for, as" (为): it ends few given names (范偌为告诉…) but often follows one
# (主任某某为大家讲解, 某某为工作室揭牌, 成员全部为党员): a third character 为 with more text right
# after it is the preposition, not the name's end. Round 29: three articles of two tuning sets
# and a bulk sample.
PREPOSITION_END = "为"
# A manner word with its 地 between a titled name and its speech verb: 网格员柳丹激动地介绍.
# Accuracy round 14: in six tuning and bulk articles of six outlets.
# Administrative units: one after a surname that is also a function word is that word with its
# unit (队长由|镇某服务站站长担任, 向|村…), not a one-character given name.
ADMIN_UNIT_CHARS = frozenset("省市县区镇乡村街")

# A one-character preposition (jieba tag p: 用, 以, 对) right before one of these opens the
# predicate, its object quoted or a book title (某某|用“三个关键词”…, 某某|以“…”为题): the name ends
# before it. Round 61 h7c.
PREPOSITION_TAG = "p"
QUOTED_OBJECT_OPENERS = frozenset("“《")

# What a third character glued to a follow word must make to open the predicate (`_glued_follow_end`):
# a verb or an adverb (采用 v, 原是 d); a glued noun or adjective is still the name's (陆晓晴|和, 晴和 nz).
PREDICATE_WORD_TAGS = ("v", "d")
# jieba's tags of the words that say how someone spoke (高兴 b, 激动 a, 兴奋 v, 乐呵呵 z, 由衷 d).
MANNER_TAGS = frozenset({"a", "ad", "an", "b", "z", "d", "v", "vd", "i", "l"})
# The generic words that close a unit's own name (铜都社区, 华贸中心, 专业委员会, 施家岗村): in a role
# written before a person, the name written before such a word is part of the role even when no
# extractor found the unit (`_unit_name_before`). Round 35b: the bulk sample's cut roles
# (铜都社区党委书记 → 社区党委书记) in eight articles.
NAMED_UNIT_WORDS = ("社区", "中心", "村", "委员会", "协会", "服务站", "工作站", "社工站", "居委会", "村委会", "居民区")
# jieba's tags of the tokens such a name is made of: nouns, place, organization and person names,
# abbreviations and verbal nouns (教育社区); a token jieba does not list at all is a name too.
UNIT_NAME_TAGS = frozenset({"n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "j", "vn", "nw"})
# A house number's measure word right after its digits (某某街31-10号|某某社区) closes an address:
# a unit's name written after it starts there. Round 59: a bulk article. Example: 号 in 8号.
HOUSE_NUMBER_MEASURES = frozenset("号栋幢")
# Nouns that stand before a unit word without naming it (辖区社区, 现场, 全市).
UNIT_NAME_STOPS = frozenset({"辖区", "现场", "全市", "全区", "全县", "全镇", "全村", "本村", "基层", "城乡", "农村", "群众", "居民", "村民", "党员", "干部", "同志", "大家", "记者"})
# jieba's tag initials of the words that end such a name on the left: pronouns (该, 各, 我们), time
# words, prepositions, conjunctions, particles, adverbs, numbers and measure words, locality words.
UNIT_NAME_END_TAGS = frozenset("rtpcudmqfy")
# … of a one-character token: pronouns, prepositions, conjunctions, particles (该|村, 在|社区); other
# single characters (铜|都社区: jieba split a name it does not know) are read on, as words that are
# no noun are.
UNIT_NAME_END_TAGS_ONE = frozenset("rpcuy")
# Personal pronouns jieba glues to the next character into a word it does not know (他同|居委会主任:
# 他 + 同 "together with"): such a word ends the name on the left like the pronoun alone. Round 60,
# bulk read of real articles. Example: 他 in 他同.
GLUED_PRONOUN_CHARS = frozenset("他她我你")
# A verb this common (jieba's frequency) is the clause's predicate, no part of a name (采访|社区书记);
# rarer ones are often a piece of a name jieba does not know (安居|乐社区).
UNIT_NAME_VERB_TAGS = frozenset({"v", "vd", "vi", "a", "ad"})
UNIT_NAME_VERB_FREQ = 1000
# The most characters of a unit name read so (某市某某街道城市管理综合指挥|中心: 14).
UNIT_NAME_MAX = 14
# jieba frequencies: a "name" this common is an ordinary word (文明, 高级) …
COMMON_WORD_FREQ = 100
# … a two-character given part this common is one too when nothing but a speech verb
# supports the name (比如|说) …
COMMON_GIVEN_FREQ = 1000
# … and a two-character word this common starting right after a name marks its end (刘洪涛|主持).
WORD_START_FREQ = 50
# jieba frequency from which a one-character verb after a titled name is its predicate
# (主任刘果林|走了过来, 书记李明|像往常一样); rarer verbs are often given-name characters.
VERB_CHAR_FREQ = 10000
# jieba's tag of a verbal noun: a one-character word so tagged (生, 管) is no predicate verb after a name.
VERBAL_NOUN_TAG = "vn"
# jieba's tag of a plain verb: a surname jieba counts as one (包, 来, 戴) before a given part it counts
# as a common one (起来, 教: COMMON_GIVEN_FREQ) is a clause's verb and its complement or second verb,
# with the title before it as subject (干部包起来, 志愿者来教), no name.
PLAIN_VERB_TAG = "v"

# An occupation news writes as the work and 员 or 师 (超市营业员某某, 志愿者按摩师某某, 住建局总规划师某某):
# open families the role lexicon cannot list whole. The work is a two-character word jieba lists as a
# noun, verb or verbal noun. Round 54 h6: people after such a title lost in three tuning articles of
# three sets.
OCCUPATION_ENDS = frozenset("员师")
RE_OCCUPATION_END = re.compile("[" + re.escape("".join(sorted(OCCUPATION_ENDS))) + "]")
OCCUPATION_SIZE = 3
OCCUPATION_FRONT_TAGS = frozenset({"n", "v", "vn"})
OCCUPATION_RANKS = ("副总", "总", "副")  # longest first


# How far a list of cadre assignments reaches on either side of a candidate name (镇干部包片、
# 村干部包弄、党员包楼: one role and its duty word an item, up to eight characters).
ASSIGNMENT_ITEM_REACH = 8
RE_ASSIGNMENT_CLAUSE_END = regex.compile(r"[，。；：！？,;:!?\n“”]")


def _assignment_items_beside(text: str, start: int, end: int) -> list[str]:
    """The 、-listed items written right before and after text[start:end], within its clause."""
    left = RE_ASSIGNMENT_CLAUSE_END.split(text[max(0, start - ASSIGNMENT_ITEM_REACH) : start])[-1]
    right = RE_ASSIGNMENT_CLAUSE_END.split(text[end : end + ASSIGNMENT_ITEM_REACH])[0]
    items = []
    if "、" in left:
        items.append(left.rsplit("、", 1)[0])
    if right.startswith("、"):
        items.append(right[1:])
    return items


def _unspaced(name: str) -> str:
    """A name without the spaces a credit line pads it with (黄 聪 → 黄聪)."""
    return name.replace(" ", "").replace("\u3000", "")


# Marks joining two titles of one person: a list (主任、书记) or a second post held (书记兼主任).
ROLE_JOINERS = "、兼"
# Conjunctions that join a second name to one found with a role (志愿者某某与某某某): round 40b.
LIST_JOINERS = ("与", "和")
# A unit's one head (社区书记某某和某某某: the second is no second 书记): 与/和 joins no name to these.
SOLE_HEAD_TITLES = ("书记", "主任", "局长", "部长")


def _opener_before_name(text: str, end: int) -> bool:
    """Whether a name of NAME_LENGTHS characters ending at `end` would open the text
    or follow an opener (APPOSITION_OPENERS): what T11 asks last, asked first because it is
    cheap and rarely holds (a comma's role phrase is matched only then)."""
    for n in NAME_LENGTHS:
        p = end - n
        if p == 0 or p > 0 and text[p - 1] in APPOSITION_OPENERS:
            return True
    return False


def _house_number_end(text: str, token: tuple[int, int]) -> bool:
    """Whether the token is a house number's measure word right after its digits (see above)."""
    return text[token[0] : token[1]] in HOUSE_NUMBER_MEASURES and token[0] > 0 and text[token[0] - 1].isdigit()


# A photo caption runs its scene into the credit after it (某中心三楼的心愿台 某某在线记者 王某 摄):
# the page sets the credit apart with a space, the clean text does not. A reporter's title whose
# role reaches back across that space into a phrase holding 的 (a scene described, no outlet's
# name) is the outlet's title after the space. Round 59: a bulk article's caption.
SCENE_MARK = "的"
# Characters that may stand between a credit's title and its name (记者 王某, 记者：王某).
CREDIT_TITLE_GAP = 3


def _after_caption_scene(ctx: ArticleContext, role_end: int, role_text: str,
                         affiliation: "Party | None") -> "tuple[str, Party | None]":
    """The reporter's role cut after a caption's scene written before it (see above)."""
    start = role_end - len(role_text)
    cut = next((i for i in range(role_end - 1, start, -1) if ctx.article.page_space_before(i)), None)
    if cut is None or SCENE_MARK not in ctx.text[start:cut]:
        return role_text, affiliation
    role_text = ctx.text[cut:role_end]
    return role_text, affiliation if affiliation is not None and affiliation.canonical in role_text else None


def _credit_title(ctx: ArticleContext, title: str, name_start: int) -> str:
    """A credit's title as written right before its name (spaces between), cut after a caption's
    scene (see above)."""
    at = ctx.text.rfind(title, max(0, name_start - len(title) - CREDIT_TITLE_GAP), name_start)
    if at < 0:
        return title
    return _after_caption_scene(ctx, at + len(title), title, None)[0]


@dataclass(frozen=True)
class _Resources:
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    roles: frozenset[str]
    role_max: int
    speech_verbs: tuple[str, ...]
    honorifics: tuple[str, ...]
    not_given: frozenset[str]
    follow_words: tuple[str, ...]
    role_units: tuple[str, ...]
    ambiguous_surnames: frozenset[str]
    resident_roles: frozenset[str]
    duty_words: frozenset[str]
    quoted_role_ends: tuple[str, ...]
    minority_name_parts: dict[str, tuple[str, ...]]  # by first character, longest first (`parts_by_first`)
    surname_rank: dict[str, int]  # the lexicon lists surnames from the most common down


def parts_by_first(parts: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Name parts grouped by their first character, each group in the order given. T1m asks at
    every title's end (and at the parts' own ends) which parts start there; most of those places
    hold none of the parts' first characters, so one lookup replaces trying all hundred-odd parts
    (round 55 p5: T1m's CPU fell by about three quarters)."""
    groups: dict[str, list[str]] = {}
    for part in parts:
        groups.setdefault(part[0], []).append(part)
    return {first: tuple(group) for first, group in groups.items()}


@lru_cache(maxsize=1)
def resources() -> _Resources:
    surnames = read_terms("person_surnames.txt")
    roles = frozenset(read_terms("person_roles.txt"))
    by_length = lambda terms: tuple(sorted(terms, key=len, reverse=True))  # noqa: E731
    return _Resources(
        surnames=frozenset(s for s in surnames if len(s) == 1),
        compound_surnames=frozenset(s for s in surnames if len(s) == 2),
        roles=roles,
        role_max=max(len(r) for r in roles),
        speech_verbs=by_length(read_terms("person_speech_verbs.txt")),
        honorifics=by_length(read_terms("person_honorifics.txt")),
        not_given=not_given_chars(),
        follow_words=by_length(read_terms("person_follow_words.txt")),
        ambiguous_surnames=frozenset(read_terms("person_ambiguous_surnames.txt")),
        resident_roles=frozenset(read_terms("person_resident_roles.txt")),
        duty_words=frozenset(read_terms("person_duty_words.txt")),
        quoted_role_ends=by_length(read_terms("person_quoted_role_ends.txt")),
        minority_name_parts=parts_by_first(by_length(read_terms("person_minority_name_parts.txt"))),
        surname_rank={s: i for i, s in reversed(list(enumerate(surnames)))},
        role_units=by_length(set(read_terms("person_role_units.txt")) | {row["suffix"] for row in read_table("org_suffixes.tsv")}),
    )


@dataclass
class _Found:
    start: int
    end: int
    role: str | None = None
    affiliation: Party | None = None
    byline: bool = False
    spoken: bool = False  # found only by the speech verb after it (T2), no role next to it


def _roles_by_front(roles) -> dict[str, tuple[str, ...]]:
    """Each proper front of a title (网格 of 网格长) → the titles it opens."""
    fronts: dict[str, list[str]] = {}
    for role in dict.fromkeys(roles):
        for i in range(1, len(role)):
            fronts.setdefault(role[:i], []).append(role)
    return {front: tuple(found) for front, found in fronts.items()}


class PersonExtractor:
    """Finds people with their roles (label "people").

    Keyword-only options:
      propagate: also mark later occurrences of a found name as mentions (default True).
    """

    assigns = "people"
    requires = ("places", "communities", "organizations")

    def __init__(self, *, propagate: bool = True) -> None:
        self.propagate = propagate
        self._ends_of: tuple[ArticleContext, dict[int, Mention]] | None = None
        self.res = resources()
        self.freq = word_freq()
        self._roles_by_length = tuple(sorted(self.res.roles, key=len, reverse=True))
        # The fronts of the titles (网格 of 网格长): a given part that is one opens the title, no name.
        # Each front maps to the titles it opens, so a name's given part is checked against those
        # few titles rather than all of them.
        self._roles_by_front = _roles_by_front(self.res.roles)
        self._residents_by_length = tuple(sorted(self.res.resident_roles, key=len, reverse=True))
        # Follow words and speech verbs of two or more characters (作为, 表示): one starting right
        # after a two-character name ends the name there.
        self.long_follow_words = tuple(w for w in self.res.speech_verbs + self.res.follow_words if len(w) >= 2)
        # What may follow a name (`_name_end`): strong ends, and weak ones that include follow words.
        self._strong_ends = self.res.speech_verbs + self.res.honorifics + tuple(self.res.roles)
        self._weak_ends = self._strong_ends + self.res.follow_words
        # What must follow a two-character name jieba lists (`_known_short_name_end`): a speech verb or a head's title.
        self._known_name_ends = self.res.speech_verbs + HEAD_TITLES_AFTER_NAME
        self._roles_tuple = tuple(self.res.roles)
        self._role_units = frozenset(self.res.role_units)
        # Every role word in the text, overlapping ones included: where `_role_word_ending_at` finds one.
        self._role_automaton = ahocorasick_rs.AhoCorasick(sorted(self.res.roles), matchkind=ahocorasick_rs.MATCHKIND_STANDARD)
        self._role_unit_lengths = sorted({len(w) for w in self.res.role_units}, reverse=True)
        # Every position where `_surname_len` is not 0, in one scan: a single surname or a compound one.
        # Plain `re`: it tries this lookahead at every character about four times as fast as `regex`.
        self._re_surname_start = re.compile(
            "(?=[" + re.escape("".join(sorted(self.res.surnames))) + "]"
            + "".join("|" + re.escape(s) for s in sorted(self.res.compound_surnames)) + ")"
        )
        # Speech verbs and honorifics, each a compiled literal (found verb by verb, in lexicon order).
        self._speech_patterns = tuple((verb, regex.compile(regex.escape(verb))) for verb in self.res.speech_verbs)
        self._honorific_patterns = tuple((h, regex.compile(regex.escape(h))) for h in self.res.honorifics if len(h) >= 2)

    def __call__(self, ctx: ArticleContext) -> list[Mention]:
        text = ctx.text
        blocked = self._blocked(ctx)
        title_ends = self._title_ends(text)  # where T1 and T1m read a name, found once
        found: list[_Found] = []
        found += self._after_roles(ctx, blocked, title_ends)
        found += self._after_quoted_folk_titles(ctx, blocked)
        found += self._before_speech(ctx, blocked)
        found += self._profile_lines(ctx, blocked)
        found += self._roster_lines(ctx, blocked)
        found += self._speaker_lines(ctx, blocked)
        found += self._with_honorific(ctx, blocked)
        found += self._with_clause(ctx, blocked)
        found += self._name_lists(ctx, blocked)
        found += self._group_heads(ctx, blocked)
        found += self._bracketed_roles(ctx, blocked)
        found += self._titles_after(ctx, blocked)
        found += self._head_titles_after(ctx, blocked)
        found += self._contributors(ctx, blocked)
        found += self._craft_credits(ctx, blocked)
        found += self._unit_members(ctx, blocked)
        found += self._party_body_members(ctx, blocked)
        found += self._appositions(ctx, blocked)
        found += self._later_roles(ctx, blocked)
        found += self._listed_names(ctx, blocked)
        dotted = self._dotted_after_roles(ctx, blocked) + self._minority_after_roles(ctx, blocked, title_ends)
        # a name read inside a transliterated one (米海尔 of 米海尔古丽·阿吉) or a minority one (石某 of
        # 石某阿西) is that name's front
        found = [f for f in found if not any(d.start <= f.start and f.end < d.end for d in dotted)] + dotted
        found += self._listed_after(ctx, found, blocked)
        found = self._credited(ctx, found, blocked)
        found = self._function_word_fronts(text, found, blocked)
        found = self._prefer_short_names(text, found, blocked)
        return self._mentions(ctx, found, blocked)

    # ---------------------------------------------------------------- candidates
    def _credited(self, ctx: ArticleContext, found: list[_Found], blocked: list[bool]) -> list[_Found]:
        """T0: the reporters the article credits (`Article.credits`: bylines, credit lines and
        the dispatch line, names cut where the page set them apart: 本报记者 刘小平 景丽 →
        刘小平, 景丽, though the clean text runs them together) are people with their title; a
        candidate overlapping a credited name without being it is a mis-cut of that run
        (刘小|平景丽) and is dropped. Accuracy round 12: three tuning articles of three outlets
        (two names after one title, 记者:… 通讯员:… on one line)."""
        credits = [
            _Found(c.start, c.end, _credit_title(ctx, c.title, c.start), byline=True)
            for c in ctx.article.credits
            if ctx.text[c.start : c.end] == c.name and not any(blocked[c.start : c.end])
        ]
        if not credits:
            return found
        spans = {(c.start, c.end): c for c in credits}
        kept = [f for f in found if (f.start, f.end) in spans or not any(f.start < c.end and c.start < f.end for c in credits)]
        # the credit's title holds the outlet the run's title leaves out (闪电新闻记者 李某 高某 报道)
        kept = [replace(f, role=c.role) if (c := spans.get((f.start, f.end))) and c.role and f.role and len(c.role) > len(f.role)
                and c.role.endswith(f.role) else f for f in kept]
        have = {(f.start, f.end) for f in kept}
        return kept + [c for c in credits if (c.start, c.end) not in have]

    def _after_roles(self, ctx: ArticleContext, blocked: list[bool], role_ends: set[int]) -> list[_Found]:
        """T1: 中心主任陈会兰, 联系人：周洁; on a credit line every name of the run after a
        reporter's title (记者方圆许嘉文 → 方圆, 许嘉文). `role_ends`: `_title_ends` of the text."""
        text, out = ctx.text, []
        for p in self._surname_starts_after_roles(text, role_ends):
            if p == 0:
                continue
            role_end = p
            while role_end > 0 and text[role_end - 1] in ROLE_NAME_SPACES:  # 记者 王浩然 (spaces kept in raw text)
                role_end -= 1
            if role_end > 0 and text[role_end - 1] in ROLE_NAME_SEPARATORS:
                role_end -= 1
            elif self._quoted_title_before(text, role_end):
                if text[p] in self.res.ambiguous_surnames:
                    continue  # “家庭律师”来帮…: 来 opens the predicate, no name
                role_end -= 1  # “第一书记”某某: a title in quotes, then the name
            elif text.endswith(ROLE_NAME_DASHES, 0, role_end):
                role_end -= next(len(d) for d in ROLE_NAME_DASHES if text.endswith(d, 0, role_end))  # 主理人——某某
            if role_end not in role_ends or (role_end == p and text[p] in CONJUNCTION_SURNAMES):
                continue  # (主任|和社工: the conjunction after a title)
            role = self._role_word_ending_at(text, role_end)
            if role is None or (role_end == p and self._word_across(ctx, p)):
                continue  # 小区居民|楼外部: 居民楼 is one word, 楼 starts no name
            if role in SET_OFF_CREDIT_ROLES and role_end == p:
                continue  # 这些文字张贴…: the word in a sentence, no credit
            role_text, affiliation = self._role_phrase(ctx, role_end)
            if role in BYLINE_ROLES:
                role_text, affiliation = _after_caption_scene(ctx, role_end, role_text, affiliation)
            if role in BYLINE_ROLES and text.startswith(BYLINE_ROLE_WORDS, p):
                continue  # 作者：全媒体记者 某某: the next credit's title (全 a surname), its names after it
            if role in BYLINE_ROLES and (self._is_credit_line(text, role_end - len(role_text)) or self._names_before_title(text, p, blocked)):
                out += [_Found(start, end, role_text, affiliation, byline=True) for start, end in self._credit_names(text, p, blocked)]
                continue
            after_title = role_end == p and role.endswith(HEAD_TITLES)
            end = self._name_end(text, p, blocked, after_title=after_title)
            if end is None or text.startswith(HEAD_TITLES_AFTER_NAME, end + 1):
                # a soft reading is longer by one character at most: read it only where it could
                # win, with a head's title one character on (杜小|元老师 → 杜小元)
                soft = self._soft_name_end(text, p, blocked, after_title=after_title)
                if end is None or self._titled_soft_end(text, soft, end):
                    end = soft
            if end is None and role_end == p:
                end = self._token_name_end(ctx, p, blocked, after_head=role.endswith(HEAD_TITLES) or role.endswith(HEAD_TITLE_END))
            if end is None:
                end = self._known_short_name_end(text, p, blocked)
            if end is None and after_title:
                end = self._titled_speaker_end(text, p, blocked)
            if end is None and role_end == p:
                end = self._word_given_end(text, p, blocked)
            if end is None:
                continue
            if RE_PLURAL_COUNT_BEFORE.search(text, 0, role_end - len(role_text)) and not text.startswith(NAME_LIST_MARKS, end):
                continue  # 3位乡贤|荣登…: a counted title is many people, the word after it no single name
            end = self._glued_follow_end(ctx, p, self._adverb_free_end(text, p, end, blocked), blocked)
            out.append(_Found(p, self._object_char_given_end(text, p, end, blocked), role_text, affiliation))
        return out

    def _title_ends(self, text: str) -> set[int]:
        """Where a title ends in the text (every role word, overlapping ones included, and the
        occupations the role lexicon cannot list: 营业员某某): where T1 and T1m read a name."""
        role_ends = {end for _, _, end in self._role_automaton.find_matches_as_indexes(text, overlapping=True)}
        return role_ends | self._occupation_ends(text)

    def _minority_after_roles(self, ctx: ArticleContext, blocked: list[bool], title_ends: set[int]) -> list[_Found]:
        """T1m: a Tibetan, Mongolian or Yi name right after a title (副局长|其某多吉|表示, 摊主|乌云其某格|正…,
        书记|石某阿西|介绍), parts of `person_minority_name_parts.txt` (`_minority_name_end`). Such a
        name has no Han surname: T1 loses it, or cuts it after two characters when its first is
        also a surname. Round 55 h6: three labelled articles of three sets (Tibet, Inner Mongolia,
        Liangshan) lost or cut such a name."""
        text, out = ctx.text, []
        for role_end in sorted(title_ends):
            p = RE_ROLE_NAME_GAP.match(text, role_end).end()
            end = self._minority_name_end(text, p)
            if end is None or any(blocked[p:end]) or self._role_word_ending_at(text, role_end) is None:
                continue
            role, affiliation = self._role_phrase(ctx, role_end)
            out.append(_Found(p, end, role, affiliation))
        return out

    def _minority_parts_at(self, text: str, i: int) -> list[int]:
        """Where a listed minority name part starting at i ends, longest first."""
        return [i + len(w) for w in self.res.minority_name_parts.get(text[i : i + 1], ()) if text.startswith(w, i)]

    def _minority_name_end(self, text: str, p: int) -> int | None:
        """Where a minority name starting at p ends, or None: a listed part, then one or two
        listed parts, then a clear end (punctuation, a follow word or speech verb, an adverb
        opening the predicate, a dictionary word); or, for a Yi clan name the list lacks, two Han
        characters that make no dictionary word, then a listed part and punctuation, a follow word
        or a speech verb (书记王林|乌云|密布: a name and a word, no clan name). One listed part
        alone is no name: several (乌云, 德庆, 罗布) are words or place names too."""
        for f in self._minority_parts_at(text, p):
            for second in self._minority_parts_at(text, f):
                for end in self._minority_parts_at(text, second) + [second]:  # a third part first (次仁|旺堆|卓玛)
                    if end - p <= MINORITY_NAME_MAX and self._minority_name_closed(text, end):
                        return end
        clan = text[p : p + MINORITY_CLAN_SIZE]
        if len(clan) < MINORITY_CLAN_SIZE or not RE_HAN.match(clan) or self.freq.get(clan, 0) > 0:
            return None
        return next((end for end in self._minority_parts_at(text, p + MINORITY_CLAN_SIZE) if self._follows(text, end, self._weak_ends)), None)

    def _minority_name_closed(self, text: str, end: int) -> bool:
        """A clear end follows a minority name of listed parts at `end` (`_minority_name_end`)."""
        return self._follows(text, end, self._weak_ends) or self._word_starts(text, end) \
            or (text[end] in PAST_ADVERBS | PREDICATE_ADVERBS and RE_HAN.match(text[end + 1 : end + 2] or "\n") is not None)

    def _after_quoted_folk_titles(self, ctx: ArticleContext, blocked: list[bool]) -> list[_Found]:
        """T1q: a quoted honorary or folk title that no job title ends (`person_quoted_role_ends.txt`)
        right before a name: “法律明白人”某某, 快递“小哥”某某 (role: the quoted words). The quotes
        are what make the word a title, so the name still needs a clear end (`_name_end`). Round 49d."""
        text, out = ctx.text, []
        for p in self._surname_starts_after(text, CLOSE_QUOTE):
            if text[p] in self.res.ambiguous_surnames or not self._quoted_title_before(text, p):
                continue
            title = text[text.rfind(OPEN_QUOTE, 0, p - 1) + 1 : p - 1]
            if not title.endswith(self.res.quoted_role_ends) or self._role_word_ending_at(title, len(title)) is not None:
                continue  # a job title in quotes is T1's (“第一书记”某某)
            end = self._name_end(text, p, blocked)
            if end is not None:
                # where the two ends disagree jieba sees the word a third character opens (何某|针对)
                end = self._token_name_end(ctx, p, blocked) or end
            else:
                end = self._known_short_name_end(text, p, blocked)
            if end is not None:
                out.append(_Found(p, end, title))
        return out

    def _adverb_free_end(self, text: str, p: int, end: int, blocked: list[bool]) -> int:
        """A three-character name after a title whose last character is an adverb opening the
        predicate (`_adverb_opens_predicate`: 网格员某某|正通过) ends before it, when the two
        characters are a valid name; else `end` unchanged. jieba's tokens (T1b) glue such an adverb
        to a name it does not know."""
        if end == p + 3 and self._surname_len(text, p) == 1 and self._adverb_opens_predicate(text, end) \
                and self._valid_name(text, p, end - 1, blocked):
            return end - 1
        return end

    def _glued_follow_end(self, ctx: ArticleContext, p: int, end: int, blocked: list[bool]) -> int:
        """A three-character reading that a one-character follow word closes (`person_follow_words.txt`:
        是, 用) ends one character earlier where jieba read the surname and one given character as a
        token and the third character with that follow word as a dictionary word of its own (某某|采用,
        某某|原是): the follow word is the second half of the predicate's first word, not what comes
        after the name. jieba keeps a three-character name it knows whole (王建平|和), so its tokens,
        not the dictionary alone, decide; the glued word must be a verb or an adverb
        (PREDICATE_WORD_TAGS). Round 61 h7c."""
        text = ctx.text
        if end != p + 3 or self._surname_len(text, p) != 1 or end >= len(text) or text[end] not in self.res.follow_words:
            return end
        name_token, glued_token = ctx.tokens.at(p), ctx.tokens.at(end - 1)
        if name_token is None or glued_token is None or name_token[:2] != (p, end - 1) or glued_token[:2] != (end - 1, end + 1):
            return end
        glued = text[end - 1 : end + 1]
        if self.freq.get(glued, 0) == 0 or not (word_tags().get(glued) or "").startswith(PREDICATE_WORD_TAGS) or self.freq.get(text[p:end], 0) > 0:
            return end
        return end - 1 if self._valid_name(text, p, end - 1, blocked) else end

    def _object_char_given_end(self, text: str, p: int, end: int, blocked: list[bool]) -> int:
        """A two-character name after a title whose next character is one that needs words after
        it (OBJECT_FIRST_CHARS) while punctuation or a speech verb follows that character: the
        character closes the name (主任某某和、 → three characters); else `end` unchanged. The three
        characters must be no dictionary word and hold no blocked position."""
        if end != p + 2 or self._surname_len(text, p) != 1 or end >= len(text) or text[end] not in OBJECT_FIRST_CHARS:
            return end
        after = end + 1
        clear = text[after : after + 1] in CLAUSE_PUNCTUATION \
            or any(len(v) >= 2 and text.startswith(v, after) for v in self.res.speech_verbs) \
            or text.startswith("说", after) and RE_TITLED_SPEECH_CLOSE.match(text, after + 1) is not None
        if not clear or blocked[end] or self.freq.get(text[p:after], 0) > 0:
            return end
        return after

    def _quoted_title_before(self, text: str, i: int) -> bool:
        """A closing quote ends right at i and its opening quote stands at most QUOTED_TITLE_MAX
        characters back with no punctuation between: feature prose puts a person's title or
        honour in quotes before the name (驻村“第一书记”某某, 村里的“义务调解员”某某). Whether the
        quoted words end in a title is the caller's test (`person_roles.txt`). Round 42b."""
        if i < 3 or text[i - 1] != CLOSE_QUOTE:
            return False
        opening = text.rfind(OPEN_QUOTE, max(0, i - 2 - QUOTED_TITLE_MAX), i - 1)
        return opening >= 0 and RE_QUOTED_TITLE.match(text, opening + 1, i - 1) is not None

    def _token_name_end(self, ctx: ArticleContext, p: int, blocked: list[bool], *, after_head: bool = False) -> int | None:
        """T1b: right after a title, where no word of the lexicons closes the name (主任王波|获此殊荣,
        队长靳梅花|带着, 网格员张聪聪|介入), the name ends where jieba's tokens end it: at the one of
        its two possible ends (`_name_ends`) that the tokens leave as a boundary, the other lying
        inside a token (王波|获此: 获此 crosses the three-character end; 靳|梅花|带: 梅花 crosses
        the two-character one). Both or neither a boundary says nothing (→ None). Surnames that
        are also adverbs or word starts (`person_ambiguous_surnames.txt`) still need a head's
        title (`after_head`: HEAD_TITLES or a 长 title: 队长于建华|的). Accuracy round 18: seven names after titles in five labelled
        articles of five outlets were lost for want of a follow word."""
        text = ctx.text
        if self._is_nickname(text, p):
            return None
        if text[p] in self.res.ambiguous_surnames and not after_head:
            return self._guessed_name_end(ctx, p, blocked)
        ends = self._name_ends(text, p)
        boundaries = [e for e in ends if e < len(text) and self._token_boundary(ctx, e)]
        if boundaries == [ends[0]] and self._given_glued_on(ctx, p, boundaries[0], blocked):
            boundaries = [ends[1]]  # the name's third character, which jieba glued to the next word
        particle = len(boundaries) == 2 and self._particle_after_token(ctx, p, boundaries[0])
        if particle:
            boundaries = boundaries[:1]  # 成员|李某|在|调研: the name is the token, 在 opens the predicate
        if len(boundaries) != 1 or not self._valid_name(text, p, boundaries[0], blocked, titled=particle):
            return None
        name = text[p : boundaries[0]]
        if name in word_tags() and not word_tags()[name].startswith("nr"):
            return None  # 代表|齐聚|敦化路: a dictionary word jieba kept whole, not a name
        return boundaries[0]

    def _given_glued_on(self, ctx: ArticleContext, p: int, short_end: int, blocked: list[bool]) -> bool:
        """jieba read the surname and one given character as a token and glued the name's last
        character to the next word into a word it only guessed (陈方|改像, 李石|军致, 孙明|生家前):
        the name has three characters when the guessed token opens at short_end, runs past
        short_end + 1 and is no dictionary word, and the three characters make a valid name that is
        no word either. The surname has one character (a compound one leaves no room for a third),
        the two characters are no word jieba knows (居民|修剪|出令: a verb, no name) and what stays
        of the guessed token opens with no pronoun (王波|获此|殊荣: 此 closes a set phrase with the
        verb before it). A guessed token of a common surname and one character is the second half
        of a four-character name (吉莫|李燕, a minority name or two parents' surnames), no third
        character glued on. Round 60 h7b: three labelled articles of three sets cut a name so."""
        text, token = ctx.text, ctx.tokens.at(short_end)
        if self._surname_len(text, p) != 1 or token is None or token[0] != short_end or token[1] <= short_end + 1:
            return False
        glued, name = text[short_end : token[1]], text[p : short_end + 1]
        if self.freq.get(glued, 0) > 0 or glued in word_tags() or self.freq.get(name, 0) > 0:
            return False
        if self.freq.get(text[p:short_end], 0) > 0 and not (word_tags().get(text[p:short_end]) or "").startswith("nr"):
            return False
        if (word_tags().get(text[short_end + 1]) or "").startswith(PRONOUN_TAGS):
            return False
        if len(glued) == 2 and self.res.surname_rank.get(glued[0], len(self.res.surname_rank)) < KNOWN_NAME_SURNAME_RANK:
            return False
        return self._valid_name(text, p, short_end + 1, blocked)

    def _particle_after_token(self, ctx: ArticleContext, p: int, end: int) -> bool:
        """Both ends of a name after a title are token boundaries (`_token_name_end`), and jieba
        made text[p:end] one token followed by a one-character preposition or adverb (在, 对, 为,
        则: PARTICLE_TAGS): the shorter name, the particle opening the predicate. Round 43c: names
        after 成员, 副主任, 志愿者 lost so in three labelled articles."""
        token, after = ctx.tokens.at(p), ctx.tokens.at(end)
        if token is None or after is None or token[:2] != (p, end) or after[1] != end + 1:
            return False
        return (word_tags().get(ctx.text[end]) or "") in PARTICLE_TAGS

    def _guessed_name_end(self, ctx: ArticleContext, p: int, blocked: list[bool]) -> int | None:
        """T1b for a surname that is also a common word (`person_ambiguous_surnames.txt`) after a
        title that heads no unit (志愿者, 社工, 讲师): the name ends where jieba's one token that
        starts at p ends, when that token joins the surname to its given part (two or three
        characters in all) and is no dictionary word: jieba guessed it as an unknown word, as it
        does names (志愿者|高某某|对). An adverb or preposition stays a token of its own (司机|常|遇)
        or starts a dictionary word (高兴, 于是), and gives no name. Round 43c: eight labelled
        articles lost a name so (志愿者, 讲师, 妇联主席 before 高, 方, 文, 司, 向)."""
        text, token = ctx.text, ctx.tokens.at(p)
        if token is None or token[0] != p or token[1] not in self._name_ends(text, p) or token[1] >= len(text):
            return None
        end = token[1]
        if self.freq.get(text[p:end], 0) > 0 or text[p:end] in word_tags() or not self._token_boundary(ctx, end):
            return None
        if end == p + 2 and (word_tags().get(text[p + 1]) or "").startswith(GUESSED_VERB_TAGS):
            return None  # 司机|常遇|车辆: an adverb and a verb jieba joined, no name
        if end == p + 3 and not (word_tags().get(text[p + 1 : end]) or "nr").startswith("nr"):
            return None  # 乡贤|向辖内: a preposition before a place word jieba lists (辖内 s), no name
        return end if self._valid_name(text, p, end, blocked) else None

    def _known_short_name_end(self, text: str, p: int, blocked: list[bool]) -> int | None:
        """T1c: a two-character name that jieba lists as a person's name (tag nr: 李强, 高峰,
        陆军), with a title next to it and a clear end after it (punctuation, a speech verb, a
        head's title: 队员李强说, 的李娜书记, 林某、高峰、薛某三位律师): p + 2, else None. Only
        with one of the commonest surnames (KNOWN_NAME_SURNAME_RANK): jieba tags some ordinary
        words nr as well (荣誉, 祝福), mostly ones opening with a rarer surname.
        P2 rejects such names elsewhere for their frequency (jieba counts 高峰 and 陆军 as words
        too). Round 31: five labelled articles of four sets lost such a name."""
        end = p + 2
        if self._surname_len(text, p) != 1 or end > len(text) or self._is_nickname(text, p):
            return None
        if self.res.surname_rank.get(text[p], len(self.res.surname_rank)) >= KNOWN_NAME_SURNAME_RANK:
            return None  # 退役军人|荣誉, 书记|祝福: jieba tags these words nr too
        if not (word_tags().get(text[p:end]) or "").startswith("nr") or not self._follows(text, end, self._known_name_ends):
            return None
        return end if self._valid_name(text, p, end, blocked, titled=True) else None

    def _titled_speaker_end(self, text: str, p: int, blocked: list[bool]) -> int | None:
        """T1d: between a head's title and a speech verb that closes the clause's subject (followed
        by punctuation or a quote: 书记王建立说，, 书记万山说：), a name whose given part is a common
        word P2 would reject (建立, 万山: a place word): p + 3 when text[p:p+2] is no common word
        (高兴|地说), else p + 2 when the two characters are a proper noun or a name jieba lists.
        Round 35b: the bulk sample's titled speakers lost so (three articles)."""
        if self._surname_len(text, p) != 1 or self._is_nickname(text, p):
            return None  # (a surname that is also a word, 万, 常, is judged with its given part: 万山 ns, 常常 d)
        for end in (p + 3, p + 2):
            name, given = text[p:end], text[p + 1 : end]
            verb = next((v for v in self.res.speech_verbs if text.startswith(v, end)), None)
            if verb is None or not RE_TITLED_SPEECH_CLOSE.match(text, end + len(verb)):
                continue
            if not RE_HAN.match(given) or any(ch in self.res.not_given for ch in given) or given in self.res.roles or any(blocked[p:end]):
                continue
            if self._role_prefixes(name) or text.startswith(self.res.honorifics, p + 1) or name in self.res.honorifics:
                continue  # 书记|师傅|说: a form of address alone (师 is also a surname), no name
            tag = word_tags().get(name) or ""
            if len(given) == 2 and (self.freq.get(name[:2], 0) >= COMMON_WORD_FREQ and not tag.startswith("nr") or (tag and not tag.startswith("nr"))):
                continue  # 书记高兴|地说: a word, then its 地
            if len(given) == 1 and not (tag.startswith("nr") or tag in PROPER_NOUN_TAGS):
                continue  # 书记同样说: an adverb, no name
            return end
        return None

    def _word_given_end(self, text: str, p: int, blocked: list[bool]) -> int | None:
        """T1e: right after a title, a three-character name whose given part is a common word
        (干部赵|喜欢, 秘书长吕|中子) that P2 rejects, when a clear predicate follows it: punctuation,
        a speech verb, a follow word of two characters or more (出席, 参加, 带领) or the passive
        被 (被选为): p + 3, else None. The surname must be no function word or adverb
        (`person_ambiguous_surnames.txt`: 工作人员向|前来), the three characters no dictionary word
        and their first two no common word (书记高兴|地说). Round 37: three labelled articles of
        two sets lost such a name."""
        end = p + 3
        if self._surname_len(text, p) != 1 or end > len(text) or self._is_nickname(text, p):
            return None
        name, given = text[p:end], text[p + 1 : end]
        if text[p] in self.res.ambiguous_surnames or text[p] in CONJUNCTION_SURNAMES or not RE_HAN.match(given):
            return None
        if self.freq.get(given, 0) < COMMON_WORD_FREQ or self.freq.get(name, 0) > 0 or self.freq.get(name[:2], 0) >= COMMON_WORD_FREQ:
            return None  # (a rare given part is `_name_end`'s; 高兴|地说 is a word, then its 地)
        if any(ch in self.res.not_given and not _soft_at(given, i) for i, ch in enumerate(given)) or given in self.res.roles:
            return None
        if given in NAMED_UNIT_WORDS or given in self._role_units:
            return None  # 科长包|社区: an assignment to a unit (包 "takes charge of"), no given name
        if self._verb_phrase(text, p, end):
            return None  # 干部|包起来: the verb and its complement
        if any(blocked[p:end]) or self._role_prefixes(name) or text.startswith(self.res.honorifics, p + 1):
            return None
        clear = RE_NAME_END.match(text[end : end + 1]) is not None or text.startswith(self.res.speech_verbs, end) \
            or text.startswith(self.long_follow_words, end) or text.startswith(PASSIVE_MARK, end)
        return end if clear else None

    def _token_boundary(self, ctx: ArticleContext, i: int) -> bool:
        """No token runs across position i (one ends right before it and one starts at it)."""
        before, at = ctx.tokens.at(i - 1), ctx.tokens.at(i)
        return before is not None and at is not None and before[1] == i and at[0] == i

    def _word_across(self, ctx: ArticleContext, p: int) -> bool:
        """A dictionary word (not one jieba only guessed) runs across p: the title before p and
        the character at p are one word (居民|楼 in 居民楼外), so no name starts at p."""
        token = ctx.tokens.at(p)
        return token is not None and token[0] < p < token[1] and self.freq.get(ctx.text[token[0] : token[1]], 0) > 0

    @staticmethod
    def _titled_soft_end(text: str, soft: int | None, end: int) -> bool:
        """A longer name read with a soft character (`_soft_name_end`: 杜小元) runs up to a head's
        title written after it (HEAD_TITLES_AFTER_NAME: 杜小元|老师), where the shorter reading only
        guessed its end from a word the next character opens (杜小|元老): the title decides."""
        return soft is not None and soft > end and text.startswith(HEAD_TITLES_AFTER_NAME, soft)

    def _soft_name_end(self, text: str, p: int, blocked: list[bool], *, after_title: bool = False) -> int | None:
        """After a title: a name whose given part holds a character common in names but listed
        as no name character (主席车其杰介绍, 书记周冰之分享, 书记邹月、…), when a clear end follows
        it: for three characters a follow word or punctuation, for two punctuation or a speech verb;
        right after a head's title (`after_title`) a three-character one may also end at a common
        one-character verb, as `_name_end` lets other names do (书记柳月娥像往常一样)."""
        if self._surname_len(text, p) != 1 or self._is_nickname(text, p):
            return None
        for end, ends in ((p + 3, self._weak_ends), (p + 2, self.res.speech_verbs)):
            given = text[p + 1 : end]
            if end > len(text) or not RE_HAN.match(given) or not any(_titled_soft_at(given, i) for i in range(len(given))) or given in self.res.roles:
                continue
            if any(ch in self.res.not_given and not _titled_soft_at(given, i) for i, ch in enumerate(given)) or any(blocked[p:end]):
                continue
            if self.freq.get(text[p:end], 0) >= COMMON_WORD_FREQ or (len(given) == 2 and self.freq.get(given, 0) >= COMMON_WORD_FREQ):
                continue  # 张其中, 李之后: a word, not a given name
            if end == p + 3 and self.freq.get(text[p : p + 2], 0) >= COMMON_WORD_FREQ:
                continue  # 代表|和业主: a common word, then the conjunction
            if end == p + 3 and given[0] in TITLED_SOFT_GIVEN_CHARS and self._word_starts(text, end - 1):
                continue  # 书记李|和|社工: "and", then a word the third character opens
            if self._follows(text, end, ends) or (after_title and end == p + 3 and self._verb_char_at(text, end)) \
                    or (end == p + 3 and self._word_after_soft_name(text, p)):
                return end
        return None

    def _word_after_soft_name(self, text: str, p: int) -> bool:
        """A three-character soft name after a title ends where a dictionary word starts, as
        `_name_end` reads other names (骨干柳月岚|主持, 副会长苏举芳|主持), when no word starts one
        character earlier (柳月|岚主 is none). Round 49 peoplemiss: titled names with 月, 举, 能 or 和
        before such a word were lost in five labelled articles of five sets."""
        return self._word_starts(text, p + 3) and not self._word_starts(text, p + 2)

    def _titles_after(self, ctx: ArticleContext, blocked: list[bool]) -> list[_Found]:
        """T9: a title written right after the name in news style: …习近平总书记强调 (role 总书记);
        not where 关于 follows the title (CITATION_AFTER_TITLE: guidance cited as a document), nor
        where a verb of carrying out guidance comes before the name or 指出 after the title
        (GUIDANCE_VERBS_BEFORE, GUIDANCE_VERBS_AFTER)."""
        text, out = ctx.text, []
        for title in TITLES_AFTER_NAME:
            for t in occurrences(text, title):
                p = t - 3
                if p < 0 or self._surname_len(text, p) != 1 or self._role_word_ending_at(text, p):
                    continue  # 党委副书记: the title belongs to a unit, not to a name
                if text.startswith(CITATION_AFTER_TITLE, t + len(title)):
                    continue  # 学习…总书记关于…的重要论述: guidance cited, no person in the story
                if text.endswith(GUIDANCE_VERBS_BEFORE, 0, p) or text.startswith(GUIDANCE_VERBS_AFTER, t + len(title)):
                    continue  # 落实…总书记…的指示精神, …总书记指出: the same
                known = (word_tags().get(text[p:t]) or "").startswith("nr")  # 领会习近平总书记…: a full name jieba knows (no boundary needed)
                if self._valid_name(text, p, t, blocked) and (known or self._left_boundary(text, p)) and not self._is_nickname(text, p):
                    out.append(_Found(p, t, title))
        return out

    def _head_titles_after(self, ctx: ArticleContext, blocked: list[bool]) -> list[_Found]:
        """T9b: a head's title right after a full name (HEAD_TITLES_AFTER_NAME): 韦芳书记听完…
        (role 书记), 青禾县妇联贺晓岚主席 (role 青禾县妇联主席, the organization ending right
        before the name; after a place the role names the place: 锦斗镇镇长, round 46d), also
        after a preposition opening a view or a source (在某某教授看来: HEAD_TITLE_PREPOSITIONS).
        Not an honorific-only mention (王书记: no given name), nor a unit's
        title (社区党委书记: 党委 is a word), nor a surname that is also a function word (向李主任)."""
        text, out = ctx.text, []
        org_at_end = self._unit_ends(ctx)
        for title in HEAD_TITLES_AFTER_NAME:
            for t in occurrences(text, title):
                if text.startswith("副", t - 1) or text.startswith("总", t - 1):
                    continue  # 副书记 / 总书记: the longer title is looked at on its own
                for p in (t - 3, t - 2):
                    if p < 0 or self._surname_len(text, p) != 1 or text[p] in self.res.ambiguous_surnames:
                        continue
                    if self._role_word_ending_at(text, p) or self._is_nickname(text, p):
                        continue
                    if not self._valid_name(text, p, t, blocked, strict=True) and self._known_short_name_end(text, p, blocked) != t:
                        continue
                    tag = word_tags().get(text[p:t])
                    if tag is not None and not tag.startswith("nr"):
                        continue  # 居委|书记, 村委|主任: a unit's short name jieba lists as a noun, not a name
                    org = org_at_end.get(p)
                    if org is None and not self._left_boundary(text, p) and not self._department_before(text, p) and text[p - 1] not in HEAD_TITLE_PREPOSITIONS:
                        continue
                    role = text[org.start : p] + title if org is not None else title
                    affiliated = org is not None and org.label in ("organizations", "communities")  # a place is named, not joined
                    out.append(_Found(p, t, role, Party(org.label, org.canonical) if affiliated else None))
                    break
        return out

    def _department_before(self, text: str, p: int) -> bool:
        """A department's name ends right before p (学生处|, 社工科|, 后勤处|: a word of two or
        more characters ending in a department character, `UNIT_END_CHARS`): the head named
        after it with a title (学生处某某副主任) starts at p. Round 30."""
        return p >= 3 and text[p - 1] in UNIT_END_CHARS and RE_HAN.match(text[p - 3 : p - 1]) is not None

    def _credit_names(self, text: str, p: int, blocked: list[bool]) -> list[tuple[int, int]]:
        """The names written one after another from p on a credit line (spaces between them
        are gone once the text is cleaned): 方圆许嘉文 → 方圆|许嘉文, up to the next credit
        word (通讯员, 责编 …), a place, organization or community mention, or the end of the run
        of Han characters. When the run does not
        split into names, the one name at p (as in running text). Transliterated names
        (某某·某某) are taken whole, one after another while spaces part them."""
        dotted = self._dotted_credit_names(text, p, blocked)
        if dotted:
            return dotted
        run_end = p
        while run_end < len(text) and (RE_HAN.match(text[run_end]) or text[run_end] in " \u3000") and run_end - p < MAX_CREDIT_LINE:
            run_end += 1
        while run_end > p and text[run_end - 1] in " \u3000":
            run_end -= 1
        if run_end - p > 2 and text[run_end - 1] in CLOSING_CREDIT_VERBS:
            run_end -= 1  # 通讯员李梅 摄, 作者：李梅 编: the photographer's or compiler's verb closes the line
        elif run_end - p > 2 and text[run_end - 1] == TEXT_CREDIT and text.startswith(CREDIT_SLASHES, run_end):
            run_end -= 1  # 通讯员李梅 文/摄: "text and photos by" closes the line
        elif run_end - p > 3 and text.endswith(REPORTED, p, run_end):
            run_end -= len(REPORTED)  # 记者 王明 赵丽 报道: the reporters' verb closes the line
            while run_end > p and text[run_end - 1] in " \u3000":
                run_end -= 1
        for i in range(p + 2, run_end):
            # a credit word, or a place the line closes with (通讯员孟涛韩若桃源报道: 桃源 is found
            # as a place, so the names end before it)
            if text.startswith(CREDIT_STOP_WORDS, i) or text.startswith(BYLINE_ROLE_WORDS, i) or blocked[i]:
                run_end = i
                break
        names = self._split_names(text, p, run_end, blocked)
        if names:
            return names
        if self._is_spaced_name(text, p, run_end, blocked):
            return [(p, run_end)]  # 通讯员：黄 聪 (a two-character name padded to the width of three)
        end = self._name_end(text, p, blocked)
        return [(p, end)] if end is not None else []

    @staticmethod
    def _dotted_credit_names(text: str, p: int, blocked: list[bool]) -> list[tuple[int, int]]:
        """Transliterated names (parts joined by a dot) written one after another from p on a
        credit line, parted by spaces (通讯员 某某古丽·某某 某某江·某某): each is one name.
        Round 20: a Xinjiang paper's credit line cut into four two-character names."""
        names = []
        while (match := RE_DOTTED_NAME.match(text, p)) and not any(blocked[match.start() : match.end()]):
            if match.end() < len(text) and RE_HAN.match(text[match.end()]):
                break  # run together with what follows: where this name ends is unknown
            names.append(match.span())
            p = match.end()
            while p < len(text) and text[p] in " \u3000":
                p += 1
        return names

    def _names_before_title(self, text: str, p: int, blocked: list[bool]) -> bool:
        """From p, names and nothing else run up to another reporter's title: an inline credit
        in a longer line (来源：某报 记者 郭某某 刘某 通讯员 赵某 2月13日，… → 郭某某, 刘某).
        Accuracy round 12: a web page's lead-in credit, names before 通讯员."""
        for i in range(p + 2, min(len(text), p + 3 * MAX_CREDIT_NAMES + 1)):
            if not RE_HAN.match(text[i - 1]) and text[i - 1] not in " \u3000":
                return False
            if text.startswith(BYLINE_ROLE_WORDS, i) or text.startswith(REPORTED, i):
                return self._split_names(text, p, i, blocked) is not None
        return False

    def _is_spaced_name(self, text: str, p: int, end: int, blocked: list[bool]) -> bool:
        """text[p:end] is a surname, spaces, one given character: a credit line's two-character
        name padded with a space to line up with three-character ones (黄 聪)."""
        if self._surname_len(text, p) != 1 or end - p < 3 or any(blocked[p:end]):
            return False
        middle, given = text[p + 1 : end - 1], text[end - 1]
        return middle.strip(" \u3000") == "" and RE_HAN.match(given) is not None and given not in self.res.not_given

    def _split_names(self, text: str, start: int, end: int, blocked: list[bool]) -> list[tuple[int, int]] | None:
        """text[start:end] cut into valid names, the fewest names that cover it (three-character
        names are the most common), or None when it cannot be cut. Between two cuts into as many
        names, the one whose surnames are the more common wins (刘伟平|景静, not 刘伟|平景静: 平 is
        a rare surname): the run is ambiguous only once the page's spaces are gone."""
        best: list[list[tuple[int, int]] | None] = [None] * (end - start + 1)
        best[0] = []
        for i in range(end - start):
            if best[i] is None:
                continue
            p = start + i
            if text[p] in " \u3000":  # a space between two names
                if best[i + 1] is None or self._split_cost(text, best[i]) < self._split_cost(text, best[i + 1]):
                    best[i + 1] = best[i]
                continue
            surname = self._surname_len(text, p)
            if not surname:
                continue
            for length in (surname + 1, surname + 2):
                j = i + length
                if j <= end - start and self._valid_name(text, p, p + length, blocked, credit=True):
                    option = best[i] + [(p, p + length)]
                    if best[j] is None or self._split_cost(text, option) < self._split_cost(text, best[j]):
                        best[j] = option
        return best[end - start]

    def _split_cost(self, text: str, names: list[tuple[int, int]]) -> tuple[int, int]:
        """How many names, then how rare their surnames are (the sum of their lexicon ranks)."""
        rank = self.res.surname_rank
        return len(names), sum(rank.get(text[p : p + 2], rank.get(text[p], len(rank))) for p, _ in names)

    def _before_speech(self, ctx: ArticleContext, blocked: list[bool]) -> list[_Found]:
        """T2: 李琼说, …的陈会兰坦言, 网格员柳丹激动地介绍 (a manner word with its 地 between, after
        a title: a resident with no title is no person fact by the annotation convention)."""
        text, out, seen = ctx.text, [], set()
        for verb, pattern in self._speech_patterns:
            for match in pattern.finditer(text):
                if text[match.end() : match.end() + 1] in SPEECH_NOT_FOLLOWED.get(verb, ()):
                    continue  # 某某称为…, 称号: no speech
                v = self._manner_start(text, match.start())
                start = self._name_start_before(text, v, blocked)
                if start is not None and v != match.start() and not self._role_word_ending_at(text, start):
                    continue  # 住了四十年的魏某满意地说: with a manner word only a titled name is sure
                if start is not None and start not in seen:
                    seen.add(start)
                    role, affiliation = self._role_phrase(ctx, start) if self._role_word_ending_at(text, start) else (None, None)
                    out.append(_Found(start, v, role, affiliation, spoken=role is None))
        return out

    @staticmethod
    def _speakers_only(text: str, found: list[_Found]) -> set[str]:
        """The names no frame but T2 found with no role (李琼说)."""
        spoken = {_unspaced(text[f.start : f.end]) for f in found if f.spoken}
        return spoken - {_unspaced(text[f.start : f.end]) for f in found if not f.spoken}

    def _profile_lines(self, ctx: ArticleContext, blocked: list[bool]) -> list[_Found]:
        """T3: a line that opens with a name followed by a named unit and a role."""
        text, out = ctx.text, []
        units = {m.start: m for label in ("organizations", "places") for m in ctx.found(label)}
        for line in RE_LINE.finditer(text):
            p = line.start()
            if not self._surname_len(text, p):
                continue
            for name_len in NAME_LENGTHS:
                end = p + name_len
                unit = units.get(end)
                if unit is None or not self._valid_name(text, p, end, blocked):
                    continue
                tail = text[end : line.end()]
                role = tail if self._ends_with_role(tail) and len(tail) <= MAX_CREDIT_LINE and not RE_CLAUSE_PUNCT.search(tail) else None
                if role:
                    org = next((m for m in ctx.found("organizations") if m.start == end), None)
                    out.append(_Found(p, end, role, Party(org.label, org.canonical) if org else None))
                break
        return out

    def _speaker_lines(self, ctx: ArticleContext, blocked: list[bool]) -> list[_Found]:
        """T16: a paragraph opening with who speaks, their name and a colon, then speech
        (RE_SPEAKER_LINE, RE_SPEECH_AFTER_COLON): the name is the last two or three characters
        before the colon, read only when exactly one of the two readings is a name (a surname
        first, `_valid_name` strict) and no title of the lexicon ends right before it (T1 reads
        those); the words before it are the role. Round 58 h6: interview lines whose speaker is
        introduced by a group or a kind of person (搬迁群众, 代表队, 义工) were lost in three tuning
        articles of three sets."""
        text, out = ctx.text, []
        for line in RE_SPEAKER_LINE.finditer(text):
            if not RE_SPEECH_AFTER_COLON.match(text, line.end()):
                continue
            start, end = line.span("head")
            readings = [end - n for n in SPEAKER_NAME_LENGTHS if self._speaker_name_at(text, start, end - n, end, blocked)
                        and not self._word_across(ctx, end - n)]  # 第一办|公区, 某某社|区食堂: a word runs on into the name
            if len(readings) != 1 or self._role_word_ending_at(text, readings[0]) is not None:
                continue
            out.append(_Found(readings[0], end, text[start : readings[0]].rstrip(ROLE_NAME_SPACES)))
        return out

    def _speaker_name_at(self, text: str, line_start: int, p: int, end: int, blocked: list[bool]) -> bool:
        """text[p:end] may be a speaker line's name: words of the role before it, a surname first, a
        name that is no common word."""
        role = text[line_start:p].rstrip(ROLE_NAME_SPACES)
        return len(role) >= SPEAKER_ROLE_MIN and RE_HAN.match(text[p:end]) is not None and not any(blocked[p:end]) \
            and self._valid_name(text, p, end, blocked, strict=True)

    def _roster_lines(self, ctx: ArticleContext, blocked: list[bool]) -> list[_Found]:
        """T3b: a numbered roster line, a name, a colon and posts ending in a title (1.王某某：某村
        党支部书记、村民委员会主任; 2.马 某：… with a two-character name padded to three). Accuracy
        round 18: a province's award roster, eight people, none found."""
        text, out = ctx.text, []
        for line in RE_LINE.finditer(text):
            match = RE_ROSTER_LINE.match(text, line.start(), line.end())
            if match is None or not self._ends_with_role(match.group("role")):
                continue
            start, end = match.span("name")
            name_ok = self._is_spaced_name(text, start, end, blocked) if " " in text[start:end] or "\u3000" in text[start:end] \
                else self._surname_len(text, start) and self._valid_name(text, start, end, blocked)
            if name_ok:
                out.append(_Found(start, end, match.group("role")))
        return out

    def _appositions(self, ctx: ArticleContext, blocked: list[bool]) -> list[_Found]:
        """T11: a name opening a sentence (or after 名叫), then a comma and a role phrase that ends
        in a title and closes a clause (钱某某，某大学大二学生，…; 名叫陈某，原某厂车间副主任，…; 孙某，
        时任街道妇联副主席。): the phrase is the role, without 时任/现任. Round 16: three outlets'
        profiles (a student, a first secretary, a former committee head)."""
        text, out = ctx.text, []
        for comma in RE_APPOSITION_COMMA.finditer(text):
            i = comma.start()
            if not _opener_before_name(text, i):
                continue  # most commas: no name of 2-4 characters can open a sentence before them
            role_match = RE_APPOSITION_ROLE.match(text, i + 1)
            if role_match is None or not self._ends_with_role(role_match.group("role")):
                continue
            for name_len in NAME_LENGTHS:
                p = i - name_len
                if p < 0 or self._surname_len(text, p) not in (1, 2) or name_len - self._surname_len(text, p) not in (1, 2):
                    continue
                if (p == 0 or text[p - 1] in APPOSITION_OPENERS) and self._valid_name(text, p, i, blocked):
                    out.append(_Found(p, i, role_match.group("role")))
                    break
        return out

    def _with_honorific(self, ctx: ArticleContext, blocked: list[bool]) -> list[_Found]:
        """T4: 胡阿虎师傅 (a full three-character name, then an honorific)."""
        text, out = ctx.text, []
        for honorific, pattern in self._honorific_patterns:
            for match in pattern.finditer(text):
                h = match.start()
                for name_len in (3, 4):
                    p = h - name_len
                    if p < 0 or self._surname_len(text, p) != name_len - 2:
                        continue
                    if self._valid_name(text, p, h, blocked) and self._left_boundary(text, p) and not self._is_nickname(text, p):
                        out.append(_Found(p, h, honorific))
                        break
        return out

    def _with_clause(self, ctx: ArticleContext, blocked: list[bool]) -> list[_Found]:
        """T5: an age before the name (65岁的王秀兰), a role clause after it (李彬是…的一名
        专职志愿者) or the unit the person belongs to (罗新所在的宜宾市酒都义工联合会)."""
        text, out = ctx.text, []
        units = {m.start for label in ("organizations", "communities") for m in ctx.found(label)}
        clause_starts = {m.start() for m in RE_CLAUSE_START.finditer(text)}
        # Where such a name can start: 2–4 characters before a clause (`_name_ends`), or right
        # after 岁的; looked at in text order, as a scan of every surname would.
        starts = {end - n for end in clause_starts for n in (2, 3, 4)} | {i + len(AGE_MARK) for i in occurrences(text, AGE_MARK)}
        for p in sorted(p for p in starts if 0 <= p < len(text)):
            if not self._surname_len(text, p):
                continue
            aged = text.endswith(AGE_MARK, 0, p) and RE_AGE_BEFORE.search(text, max(0, p - 8), p) is not None
            if not aged and clause_starts.isdisjoint(self._name_ends(text, p)):
                continue  # no age, unit or role clause at either place the name could end
            if not self._left_boundary(text, p):
                continue
            end = self._name_end(text, p, blocked)
            if end is None:
                continue
            belongs = text.startswith(BELONGS_TO, end) and end + len(BELONGS_TO) in units
            if aged or belongs or self._role_after(ctx, end):
                # the clause was read where the longer reading ends (某某原|是…): only the name is cut
                out.append(_Found(p, self._glued_follow_end(ctx, p, end, blocked)))
        return out

    def _unit_members(self, ctx: ArticleContext, blocked: list[bool]) -> list[_Found]:
        """T14: a name right after a named organization and 的 (青禾街道社工站的林小雨、…) is one of its
        people, the organization as written their role, as award and roster news list them; a
        name right after a title and 的 is a person so titled (刚当上志愿者的林小雨, 担任网格员的…)."""
        text, out = ctx.text, []
        orgs = {org.end: org for org in ctx.found("organizations")}
        for mark in occurrences(text, UNIT_MEMBER_MARK):
            p = mark + len(UNIT_MEMBER_MARK)
            if not self._surname_len(text, p):
                continue
            org = orgs.get(mark)
            if org is None and self._role_word_ending_at(text, mark) is None:
                continue
            end = self._name_end(text, p, blocked)
            if end is None:
                continue
            if org is not None:
                out.append(_Found(p, end, text[org.start : org.end], Party(org.label, org.canonical)))
            else:
                out.append(_Found(p, end, *self._role_phrase(ctx, mark)))
        return out

    def _bracketed_roles(self, ctx: ArticleContext, blocked: list[bool]) -> list[_Found]:
        """T7: a role in brackets right after the name: 王建华（社区党委书记）."""
        text, out = ctx.text, []
        for match in RE_BRACKET_ROLE.finditer(text):
            role = match.group(1)
            if not self._ends_with_role(role):
                continue
            end = match.start()
            start = next((s for s in self._name_starts(text, end)
                          if self._valid_name(text, s, end, blocked) and self._left_boundary(text, s)), None)
            if start is not None:
                out.append(_Found(start, end, role))
        return out

    def _contributors(self, ctx: ArticleContext, blocked: list[bool]) -> list[_Found]:
        """T10: the name before 供稿 closing a line or a bracket is the story's contributor, with
        the unit written before it on that line as the role (青禾街道社工站 林小雨供稿); a
        bare credit (（王芳供稿）) gives the person with no role."""
        text, out = ctx.text, []
        org_ends = {m.end for m in ctx.found("organizations")}
        for match in RE_CONTRIBUTED.finditer(text):
            end = match.start()
            names = [s for s in self._name_starts(text, end) if self._valid_name(text, s, end, blocked, credit=True)]
            # a name after a boundary (a space, a bracket, an organization's end) first; else one
            # run on from the unit (the space is gone once the text is cleaned) whose surname is
            # no unit character (社区|区王芳 is 社区 + 王芳)
            start = next((p for p in names if p in org_ends or not RE_HAN.match(text[p - 1 : p] or "\n")),
                         next((p for p in names if text[p] not in UNIT_END_CHARS and text[p] not in "区市县镇乡村街"), None))
            if start is None:
                continue
            unit = RE_CONTRIBUTOR_UNIT.search(text, max(0, start - 40), start)
            if unit is None:
                continue  # the name is inside a sentence, not on a credit
            role = unit.group(1).strip(" \u3000") or None
            out.append(_Found(start, end, role, byline=True))
        for match in RE_CLOSING_BRACKET.finditer(text):
            end = match.end("inner")
            while text[end - 1] in " \u3000":
                end -= 1
            for length in NAME_LENGTHS:
                start = end - length
                unit_end = start
                while unit_end > match.start("inner") and text[unit_end - 1] in " \u3000":
                    unit_end -= 1
                if unit_end in org_ends and unit_end > match.start("inner") and self._surname_len(text, start) == max(1, length - 2) \
                        and self._valid_name(text, start, end, blocked, credit=True):
                    out.append(_Found(start, end, text[match.start("inner") : unit_end], byline=True))
                    break
        return out

    def _craft_credits(self, ctx: ArticleContext, blocked: list[bool]) -> list[_Found]:
        """T15: the names a credit gives by craft (`CRAFT_WORDS`), with the craft word as the role:
        （文/某某 图/某某）, 图文：某某, （文 某某 某某）, 某某 某某 文 某某 摄. A bracket or line holding
        anything but craft words and names is no such credit, and names no craft word claims are
        left out (a bare name says nothing of the person)."""
        text, out = ctx.text, []
        if not CRAFT_CHARS.intersection(text):
            return out
        for pattern in (RE_CRAFT_BRACKET, RE_CRAFT_LINE):
            for match in pattern.finditer(text):
                inner = match.group("inner")
                if CRAFT_CHARS.intersection(inner):
                    out += self._craft_names(text, match.start("inner"), match.end("inner"), blocked)
        return out

    def _craft_names(self, text: str, start: int, end: int, blocked: list[bool]) -> list[_Found]:
        """The credited names of text[start:end] (`_craft_credits`), piece by piece (pieces parted
        by a semicolon or 、; the spaces between names are gone once the text is cleaned); none
        when the first piece is neither craft words nor names. A later piece that is neither ends
        the credit (…；一审：某某: the paper's staff follow its writers)."""
        out: list[_Found] = []
        craft: str | None = None  # a craft word's claim goes on over 、 (图/某某、某某)
        for piece in RE_CREDIT_PIECE.finditer(text, start, end):
            found, craft = self._craft_piece(text, piece.start(), piece.end(), craft, blocked)
            if found is None:
                break
            out += found
        return out if out and len(out) == len({f.start for f in out}) else []

    def _craft_piece(self, text: str, p: int, q: int, craft: str | None, blocked: list[bool]
                     ) -> tuple[list[_Found] | None, str | None]:
        """One piece of a craft credit: craft words opening their names (文/某某图/某某, 文某某某某),
        names each closed by a craft word (某某某某文某某摄), or names alone claimed by the craft
        word before them. Returns the names found (None: no credit) and the craft word in force."""
        if craft is None and p < q and text[p] in CREDIT_BULLETS:
            p += 1
        q = self._staff_tail_start(text, p, q, blocked)
        openings = list(RE_CRAFT_OPENING.finditer(text, p, q))
        if openings and openings[0].start() == p:
            out = []
            for k, opening in enumerate(openings):
                stop = openings[k + 1].start() if k + 1 < len(openings) else q
                names = self._split_names(text, opening.end(), stop, blocked) if opening.end() < stop else []
                if names is None:
                    return None, None
                craft = opening.group(1)
                out += [_Found(a, b, craft, byline=True) for a, b in names]
            return out, craft
        closed = self._closed_craft_groups(text, p, q, blocked)
        if closed:
            return closed, None
        if craft is None:
            craft = next((w for w in CRAFT_WORDS_LONGEST_FIRST if text.startswith(w, p, q)), None)
            if craft is None or self.freq.get(text[p : p + len(craft) + 1], 0) > 0:
                return None, None  # 文章预览, 图书角: a word the craft character opens, no credit
            p += len(craft)
        names = self._split_names(text, p, q, blocked) if p < q else None
        return ([_Found(a, b, craft, byline=True) for a, b in names] if names else None), craft

    def _staff_tail_start(self, text: str, p: int, q: int, blocked: list[bool]) -> int:
        """Where a closing group of the paper's staff starts in text[p:q] (某某/文某某/图|某某/审核: names,
        a slash, a staff word such as 审核 or 编辑), or q when there is none: the staff follow the
        writers and are no people facts, as a later piece of staff ends a spaced credit."""
        for word in CREDIT_STOP_WORDS:
            slash = q - len(word) - 1
            if slash - p < 2 or not text.endswith(word, p, q) or text[slash] not in CREDIT_SLASHES:
                continue
            for r in range(slash - 2, p, -1):
                if self._split_names(text, r, slash, blocked) and self._closed_craft_groups(text, p, r, blocked):
                    return r
        return q

    def _closed_craft_groups(self, text: str, p: int, q: int, blocked: list[bool]) -> list[_Found] | None:
        """text[p:q] as groups of names, each closed by a craft word (某某某某文某某摄), a joint craft
        (某某某某文/图) or a slash and a craft word (某某/文某某/图), or None."""
        for craft in JOINT_CRAFTS + CRAFT_WORDS_LONGEST_FIRST:
            if q - p > len(craft) + 1 and text.endswith(craft, p, q):
                names_end = q - len(craft)
                if text[names_end - 1] in CREDIT_SLASHES and craft in CRAFT_WORDS:
                    names_end -= 1  # 某某/文: the slash parts the name from its craft
                for r in range(names_end - 2, p - 1, -1):
                    names = self._split_names(text, r, names_end, blocked)
                    if not names:
                        continue
                    before = [] if r == p else self._closed_craft_groups(text, p, r, blocked)
                    if before is not None:
                        return before + [_Found(a, b, craft, byline=True) for a, b in names]
        return None

    def _listed_after(self, ctx: ArticleContext, found: list[_Found], blocked: list[bool]) -> list[_Found]:
        """T8: names listed with 、 right after a person found with a role share that role
        (志愿者代表王芳芳、李小龙发言)."""
        text, out = ctx.text, []
        for f in found:
            if f.role is None:
                continue
            end = f.end
            joinable = not f.byline and not f.role.endswith(SOLE_HEAD_TITLES)
            while text.startswith("、", end) or (joinable and text.startswith(LIST_JOINERS, end)):
                p = end + 1
                stop = self._listed_name_end(ctx, p, blocked, joined=text[end] != "、") if self._surname_len(text, p) else None
                if stop is None or text.startswith(self._roles_by_length, p):
                    break  # 、支委委员…: a new title, not a name
                if text.startswith(self._roles_by_length, stop) and not (f.byline and text.startswith(BYLINE_ROLE_WORDS, stop)):
                    break  # 、某某主任: the name has a title of its own (a credit line's next title does not count)
                out.append(_Found(p, stop, f.role, f.affiliation, f.byline))
                end = stop
        return out

    def _listed_name_end(self, ctx: ArticleContext, p: int, blocked: list[bool], *, joined: bool) -> int | None:
        """T8b: where a name listed after a found name ends: `_name_end`, else where jieba's tokens
        end it (社工某某、某某某|对口帮扶: the list says a name starts here as a title would). A name
        joined by 与/和 (志愿者某某与某某某分别…) needs a clear end (`_name_end`) and must not run into a
        word. Round 40b: names after the first of a 、 list lost for want of a follow word, in
        tuning articles of four outlets and the bulk."""
        stop = self._name_end(ctx.text, p, blocked, after_title=True)
        if stop is not None and joined and ctx.text.startswith(NAMED_UNIT_WORDS, stop):
            return None  # 某某与某坡岭中心主任…: a place's name before a unit, not a person
        if stop is None and not joined:
            stop = self._token_name_end(ctx, p, blocked, after_head=True)
        return stop

    def _listed_names(self, ctx: ArticleContext, blocked: list[bool]) -> list[_Found]:
        """T12: three or more names joined by 、 are people even with no role found for the first
        (分别是王某、任某某、路某某…; 军休干部孙某某、赵某某…等理发师): every item between two 、 must be
        exactly one name (or a transliterated name with its dot), the first one closes the run
        before the first 、 and the last one opens the run after the last. Their role: the
        title written before the list (军休干部), else the one after 等 or a count (等理发师, 三位教师),
        else none. Accuracy round 18: award lists and team rosters in three labelled articles of
        three outlets (24 people, none found)."""
        text, out = ctx.text, []
        for run in RE_LIST_RUN.finditer(text):
            items, start = [], run.start()
            for piece in run.group().split("、"):
                items.append((start, start + len(piece)))
                start += len(piece) + 1
            names = [self._list_first(text, *items[0], blocked)]
            names += [(a, b) if self._list_item(text, a, b, blocked) else None for a, b in items[1:-1]]
            names.append(self._list_last(text, *items[-1], blocked))
            if None in names or len(names) < MIN_LISTED_NAMES or RE_THINGS_AFTER_LIST.match(text, names[-1][1]):
                continue
            first, last = names[0], names[-1]
            if self._role_word_ending_at(text, first[0]):
                role, affiliation = self._role_phrase(ctx, first[0])
            else:
                role, affiliation = self._role_after_list(text, last[1]), None
            if role is None and self._fills_line(text, first[0], last[1]):
                continue  # an authors' line (陈某、孔某某、张某某 under a title): names with no title are no people facts
            out += [_Found(a, b, role, affiliation) for a, b in names]
        return out

    def _dotted_after_roles(self, ctx: ArticleContext, blocked: list[bool]) -> list[_Found]:
        """T13: a transliterated name (parts joined by a dot: 米某古丽·阿某, 艾某肯·喀某尔) right
        after a title, which T1 cannot read (its surname test cuts it after two or three
        characters): the first part starts where the title ends, the last ends at punctuation or a
        speech verb within its six characters, else at the first follow word or dictionary word
        (喀某尔|演奏, 艾某买提|和). Accuracy round 18: two such names in two labelled articles, two in
        the bulk texts read as 米海尔 and 艾尔肯."""
        text, out = ctx.text, []
        low, high = DOTTED_PART
        titles = [m.span() for m in RE_BOOK_TITLE.finditer(text)]
        for dot in RE_NAME_DOT.finditer(text):
            d = dot.start()
            if any(a < d < b for a, b in titles):
                continue  # 《记者蹲点·看见…》: a work's title joins its two halves by a dot, names nobody
            part_start = d
            while part_start > 0 and RE_HAN.match(text[part_start - 1]):
                part_start -= 1
            if part_start > 0 and text[part_start - 1] in NAME_DOTS:
                continue  # a later dot of the same name
            start = next((r for r in range(d - high, d - low + 1)
                          if r > 0 and RE_HAN.match(text[r:d]) and self._role_word_ending_at(text, r)), None)
            if start is None:
                continue
            end = self._dotted_end(text, d)
            if end is None or any(blocked[start:end]) or any(text.startswith(BYLINE_ROLE_WORDS, i) for i in range(d + 1, end + 1)):
                continue  # 某某日报·某某网|记者: an outlet joined by its dot, its reporter's title in or after the last part
            role, affiliation = self._role_phrase(ctx, start)
            out.append(_Found(start, end, role, affiliation))
        return out

    def _dotted_end(self, text: str, dot: int) -> int | None:
        """Where a transliterated name whose (first) dot is at `dot` ends: after its last part."""
        low, high = DOTTED_PART
        while True:
            part = dot + 1
            run = part
            while run < len(text) and run - part < high and RE_HAN.match(text[run]):
                run += 1
            if run - part < low:
                return None
            if text[run : run + 1] in NAME_DOTS and run + 1 < len(text):
                dot = run  # another part follows
                continue
            break
        spoken = next((e for e in range(part + low, run + 1) if text.startswith(self.res.speech_verbs, e)), None)
        if spoken is not None:
            return spoken  # 买某提|介绍
        if run == len(text) or not RE_HAN.match(text[run]):
            return run  # 阿某,
        return next((e for e in range(part + low, run + 1)
                     if text.startswith(self.res.follow_words, e) or self._word_starts(text, e)), None)

    @staticmethod
    def _fills_line(text: str, start: int, end: int) -> bool:
        """text[start:end] is all its line holds but spaces."""
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        return not text[line_start:start].strip(" \u3000") and not text[end:line_end].strip(" \u3000")

    def _list_item(self, text: str, start: int, end: int, blocked: list[bool]) -> bool:
        """text[start:end] is exactly one name: a surname and one or two given characters, or a
        transliterated name with its dot."""
        if any(blocked[start:end]):
            return False
        if RE_DOTTED_NAME.fullmatch(text, start, end):
            return True
        surname = self._surname_len(text, start)
        return bool(surname) and 1 <= end - start - surname <= 2 and self._valid_name(text, start, end, blocked) \
            and not self._is_nickname(text, start)

    def _list_first(self, text: str, start: int, end: int, blocked: list[bool]) -> tuple[int, int] | None:
        """The list's first name: the end of the run before the first 、, after a boundary
        (punctuation, a function word, a title: 干部|孙某某, 是|王某) if one gives it, else after
        any word (先进个人有|孟某某: the list itself says a name ends there)."""
        sizes = [size for size in NAME_LENGTHS if end - size >= start and self._list_item(text, end - size, end, blocked)]
        bounded = [size for size in sizes if end - size == start or self._left_boundary(text, end - size)]
        return (end - (bounded or sizes)[0], end) if sizes else None

    def _list_last(self, text: str, start: int, end: int, blocked: list[bool]) -> tuple[int, int] | None:
        """The list's last name: the whole run after the last 、 when it is one name, else the
        name it opens, closed by 等, a count, a title or where `_name_end` ends it (徐某某。,
        褚某某等理发师)."""
        if self._list_item(text, start, end, blocked):
            return start, end
        for size in NAME_LENGTHS:
            e = start + size
            if e < end and self._list_item(text, start, e, blocked) and (
                    text.startswith(LIST_CLOSER, e) or RE_COUNTED_ROLE.match(text, e) or self._role_word_starting_at(text, e)):
                return start, e
        e = self._name_end(text, start, blocked) if self._surname_len(text, start) else None
        return (start, e) if e is not None and self._list_item(text, start, e, blocked) else None

    def _role_after_list(self, text: str, end: int) -> str | None:
        """The title written right after a list's 等 or count (等理发师, 三位教师, 等10位志愿者), or None."""
        i = end + len(LIST_CLOSER) if text.startswith(LIST_CLOSER, end) else end
        counted = RE_COUNTED_ROLE.match(text, i)
        if counted:
            i = counted.end()
        return self._role_word_starting_at(text, i)

    def _role_word_starting_at(self, text: str, i: int) -> str | None:
        """The longest title of `person_roles.txt` starting at i."""
        return next((r for r in self._roles_by_length if text.startswith(r, i)), None)

    def _name_lists(self, ctx: ArticleContext, blocked: list[bool]) -> list[_Found]:
        """T6: names joined by 、 before a counted role: 张三、李四、王五三位教师 (each a 教师)."""
        text, out = ctx.text, []
        for match in RE_COUNTED_ROLE.finditer(text):
            role = next((r for r in self._roles_by_length if text.startswith(r, match.end())), None)
            if role is None:
                continue
            names = self._names_ending_list(text, match.start(), blocked)
            if len(names) >= 2 and self._left_boundary(text, names[-1][0]):
                out += [_Found(start, end, role) for start, end in reversed(names)]
        return out

    def _group_heads(self, ctx: ArticleContext, blocked: list[bool]) -> list[_Found]:
        """T13: a name (or names joined by 、) right before 等 and a count of people heads the
        counted group (周某某等12名同志获评…, 吴某等十人获得提名奖); role: the title after the
        count, if any (等30名社区工作者). The filters of every name apply: a common word is no
        name (关爱等5名老人: P2), nor is a name inside a place (P3)."""
        text, out = ctx.text, []
        for match in RE_GROUP_COUNT.finditer(text):
            role = self._role_word_starting_at(text, match.end())
            names = self._names_ending_list(text, match.start(), blocked)
            if names and self._left_boundary(text, names[-1][0]):
                out += [_Found(start, end, role) for start, end in reversed(names)]
        return out

    def _name_starts(self, text: str, end: int):
        """Where a name ending at `end` may start, in `NAME_LENGTHS` order: a surname of one
        character before one or two given-name characters, or of two before two."""
        return (end - n for n in NAME_LENGTHS if end - n >= 0 and self._surname_len(text, end - n) == max(1, n - 2))

    def _names_ending_list(self, text: str, end: int, blocked: list[bool]) -> list[tuple[int, int]]:
        """The names joined by 、 that end at `end`, last first (张三、李四|三位教师 → 李四, 张三)."""
        names = []
        while True:
            start = next((s for s in self._name_starts(text, end)
                          if self._valid_name(text, s, end, blocked) or self._known_short_name_end(text, s, blocked) == end), None)
            if start is None:
                return names
            names.append((start, end))
            if start == 0 or text[start - 1] != "、":
                return names
            end = start - 1

    # ---------------------------------------------------------------- names
    def _surname_starts(self, text: str) -> list[int]:
        """The positions where `_surname_len` is not 0, in text order."""
        return [m.start() for m in self._re_surname_start.finditer(text)]

    def _surname_starts_after_roles(self, text: str, role_ends: set[int]) -> list[int]:
        """The surname starts, in text order, that a role ending at one of `role_ends` can reach
        across RE_ROLE_NAME_GAP: the only ones `_after_roles` can read a name at (every other
        start fails its role-end test), found without trying every surname of the text."""
        reached = {RE_ROLE_NAME_GAP.match(text, end).end() for end in role_ends}
        return [p for p in sorted(reached) if self._re_surname_start.match(text, p)]

    def _surname_starts_after(self, text: str, mark: str) -> list[int]:
        """The positions right after `mark` where `_surname_len` is not 0, in text order: for a rule
        that reads only names written right after `mark`, without trying every character."""
        after = [q + len(mark) for q in occurrences(text, mark)]
        return [p for p in after if self._re_surname_start.match(text, p)]

    def _name_ends(self, text: str, p: int) -> tuple[int, int]:
        """The two places a name starting at p can end (`_name_end` picks one, or none)."""
        surname = self._surname_len(text, p)
        return p + surname + 1, p + surname + 2

    def _surname_len(self, text: str, p: int) -> int:
        if text[p : p + 2] in self.res.compound_surnames:
            return 2
        return 1 if text[p : p + 1] in self.res.surnames else 0

    def _valid_name(self, text: str, start: int, end: int, blocked: list[bool], *, strict: bool = False, credit: bool = False,
                    titled: bool = False) -> bool:
        """P1–P3 for the name text[start:end]; `strict` (no role next to it) also rejects
        given names that are common words (比如说 is not a person 比如); `credit` (a run of
        names on a credit line, after a reporter's title) skips the common-word tests (孙|立新);
        `titled` (a title next to it, `_known_short_name_end`) lets a two-character name that
        jieba lists as a person's name (李强, 高峰: tag nr) pass however common it is."""
        name = text[start:end]
        if self._role_word_ending_at(name, len(name)) == name or self._role_prefixes(name):
            return False  # 居民刘大爷: a role, not a surname
        surname = self._surname_len(text, start)
        given = name[surname:]
        if not surname or not 1 <= len(given) <= 2 or not RE_HAN.match(given):
            return False
        if any(ch in self.res.not_given and not (credit and _soft_at(given, i)) for i, ch in enumerate(given)) or given in self.res.roles:
            return False  # P1 (杨经理: a title); a credit line's names may hold 之, 元 (王之旗)
        if text.startswith(self.res.honorifics, start + surname):  # P1: 侯师傅, 苏女士, 李哥, 张阿姨
            return False
        if name in self.res.duty_words or name[:2] in self.res.duty_words:
            return False  # P2: 干部包楼, 领导包片|领导 (an assignment word, `person_duty_words.txt`)
        if self._listed_with_duty_word(text, start, end):
            return False  # P2: 村干部包弄、党员包楼: one of a list of assignments, the same verb opening each
        if name[0] in self.res.ambiguous_surnames and given in ADMIN_UNIT_CHARS:
            return False  # P2: 队长由|镇…站长担任 (由 is "by", 镇 the town)
        if not credit and len(given) == 2 and given in jieba_function_words() and word_tags().get(given) not in GIVEN_NAME_TAGS \
                and not (name[0] not in self.res.ambiguous_surnames and self._rare_verb_given(given)):
            return False  # P2: 常|面临 (赵|国庆, 王|浩然 are names; so is 邵|建明: a verb jieba hardly knows, not after 向|参会)
        if not credit and len(given) == 2 and word_tags().get(given) in ACTIVITY_TAGS and self.freq.get(given, 0) >= ACTIVITY_WORD_FREQ:
            return False  # P2: 社工|周|活动, 社工|周|宣传 (a 社工周's events, not a 周 named 活动)
        if len(name) == 3 and name[-1] == ADVERBIAL_MARK and self.freq.get(name[:2], 0) >= COMMON_WORD_FREQ:
            return False  # P2: 队长|郑重地|接过 (a manner word with its 地, not a given name)
        if len(name) == 3 and name[-1] in UNIT_END_CHARS and self.freq.get(name[:2], 0) >= COMMON_GIVEN_FREQ:
            return False  # P2: 呼吸|科主任 (a hospital department before its head's title)
        if len(name) == 3 and name[-1] in PERIOD_CHARS and word_tags().get(name[:2]) in ACTIVITY_TAGS and self.freq.get(name[:2], 0) >= COMMON_GIVEN_FREQ:
            return False  # P2: 社工|宣传周 (a campaign week: 宣传 is a verb, 周 the week)
        # jieba's own `nr` tags are no help for two characters (it tags 荣获 and 文明 as names),
        # but a three-character dictionary word tagged `nr` is a person's name (王晓东).
        tag = word_tags().get(name)
        known_full_name = len(name) == 3 and tag == "nr"
        if len(name) == 3 and tag is not None and not tag.startswith("nr"):  # 公告栏: a word, not a name
            return False
        if not credit and len(name) == 2 and tag is not None and not tag.startswith("nr") \
                and tag not in GIVEN_NAME_TAGS and tag not in PROPER_NOUN_TAGS:
            return False  # P2: 党员|商户, 专家|初评, 展板: a two-character noun or verb jieba lists is no name, however rare
        if len(name) == 2 and titled and (tag or "").startswith("nr"):
            known_full_name = True  # 队员|李强|说, 的|李娜|书记: a name jieba lists, with a title next to it
        if credit and ((tag or "").startswith("nr") or tag in PROPER_NOUN_TAGS) and name not in self.res.honorifics:
            # 通讯员|江山, 通讯员|李娜|黄某某: after a reporter's title a word jieba lists as a person's or a
            # place's name is a name however often jieba saw it (round 47: two pool articles lost such a
            # credit run whole, four more credit such names on lines read by the article's credits); an
            # honorific jieba tags as a name (师傅) stays a form of address
            known_full_name = True
        if not credit and surname == 1 and self._verb_phrase(text, start, end):
            return False  # P2: 干部|包起来, 志愿者|来教, 干部|任网格长: the title's verb, no name (round 56 h7c)
        if not credit and surname == 1 and len(given) == 2 and self._rare_surname_word_front(name):
            return False  # P2: 老人|幸福|感, 党员|温情|助老队, 童伴妈妈|项目|十周年 (round 51)
        if not credit and not known_full_name and len(given) == 2 and self.freq.get(name[:2], 0) >= COMMON_WORD_FREQ \
                and self._word_starts(text, end - 1):
            return False  # P2: 村支书|安慰|家属: a common word, then a word the third character opens (round 28b)
        strict = not credit and (strict or name[0] in self.res.ambiguous_surnames)  # 督导和|评估: 和 is "and"
        if not known_full_name and (
            self.freq.get(name, 0) >= COMMON_WORD_FREQ or (strict and len(given) == 2 and self.freq.get(given, 0) >= COMMON_GIVEN_FREQ)
        ):  # P2
            return False
        if not credit and self._starts_longer_word(text, start, end):
            return False  # P2: 居民|齐聚一堂, 大家|齐心协力: the "name" opens a longer dictionary word
        return not any(blocked[start:end])  # P3

    def _starts_longer_word(self, text: str, start: int, end: int) -> bool:
        """A dictionary word one or two characters longer than text[start:end] starts at the
        surname (齐聚|一堂, 齐心|协力, 林业|局): the name is the front of that word. A longer
        full name jieba lists (tag nr) is no such word: it is the name itself, read longer.
        Accuracy round 8: 居民齐聚一堂 in four tuning and bulk articles (one read as a person)."""
        for longer in (end + 1, end + 2):
            word = text[start:longer]
            if longer <= len(text) and self.freq.get(word, 0) > 0 and not (word_tags().get(word) or "").startswith("nr"):
                return True
        return False

    def _listed_with_duty_word(self, text: str, start: int, end: int) -> bool:
        """Whether a list item next to the candidate holds an assignment word opening with the
        candidate's first character: the list assigns cadres (领导包村、干部包某), each item a role
        and the same verb with its unit, so the candidate is that verb too, not a surname. A
        name in a list of people (书记王某、主任王某某) has no duty word beside it."""
        duties = [w for w in self.res.duty_words if w[0] == text[start]]
        return any(w in item for item in _assignment_items_beside(text, start, end) for w in duties)

    def _rare_surname_word_front(self, name: str) -> bool:
        """A three-character candidate whose surname is none of the hundred commonest
        (KNOWN_NAME_SURNAME_RANK) and whose first two characters make a common word jieba does
        not read as a name (幸福, 温情, 常态, 全部, 满足, 项目: freq ≥ COMMON_WORD_FREQ): that word
        and one character more, not a person. A rare surname makes the name reading unlikely
        where the word reading is common; with the commonest surnames such fronts do start
        names (王家|某, 许多|某, 高一|某), and a jieba `nr` tag on the whole (幸福感) says nothing.
        A doubled given character (甘|露露) is a name's form, no word's.
        Round 51: nine pool articles of nine sets read such a front as a name after a title."""
        front = name[:2]
        rank = self.res.surname_rank.get(name[0], len(self.res.surname_rank))
        return rank >= KNOWN_NAME_SURNAME_RANK and name[1] != name[2] and self.freq.get(front, 0) >= COMMON_WORD_FREQ \
            and not (word_tags().get(front) or "").startswith("nr")

    def _verb_phrase(self, text: str, start: int, end: int) -> bool:
        """The one-character surname of text[start:end] is the verb of a clause whose subject is
        the title before it, its given part what the verb takes: a common verb after a surname
        jieba counts as a verb (包|起来, 来|教: PLAIN_VERB_TAG, COMMON_GIVEN_FREQ), or the front of a
        title running on past the name (任|网格长, 任|楼栋长: the office taken). A speech verb right
        after makes the verb reading a name (干部谢建立|介绍: a name's given part can be a verb).
        Round 56 h7c: such clauses read as names in three tuning articles of two sets; no gold
        name of the pool, dev or seeds has either shape."""
        given = text[start + 1 : end]
        if text.startswith(self._roles_by_front.get(given, ()), start + 1):
            return True
        tags = word_tags()
        return tags.get(text[start]) == PLAIN_VERB_TAG and tags.get(given) == PLAIN_VERB_TAG \
            and self.freq.get(given, 0) >= COMMON_GIVEN_FREQ and not text.startswith(self.res.speech_verbs, end)

    def _rare_verb_given(self, given: str) -> bool:
        """A two-character given part that jieba tags as a plain verb, or one character written
        twice (聪聪, 婷婷: jieba lists a few such as idioms), but has seen fewer than
        RARE_VERB_GIVEN_FREQ times (建明, 守信): a name's given part, not the verb of a clause
        (常常, 渐渐 are far above it). Accuracy round 18: a grid worker 张聪聪 in a labelled article."""
        return (word_tags().get(given) == "v" or given[0] == given[1]) and self.freq.get(given, 0) < RARE_VERB_GIVEN_FREQ

    def _role_prefixes(self, name: str) -> list[str]:
        return [name[:i] for i in range(2, len(name) + 1) if name[:i] in self.res.roles]

    def _is_nickname(self, text: str, p: int) -> bool:  # P4
        return p > 0 and text[p - 1] in NICKNAME_MARKS

    def _follows(self, text: str, i: int, words: tuple[str, ...]) -> bool:
        return RE_NAME_END.match(text[i : i + 1]) is not None or text.startswith(words, i)

    def _name_end(self, text: str, p: int, blocked: list[bool], *, after_title: bool = False) -> int | None:
        """Where a name starting at p ends (see the module docstring), or None. `after_title`:
        a head's title (书记, 主任, HEAD_TITLES) right before p says a name starts there, so a
        surname that is also a common word (于, 周) needs no clear end, and a common
        one-character verb may end the name; an occupation does not (司机常遇…: 常 is "often")."""
        if self._is_nickname(text, p):
            return None
        surname = self._surname_len(text, p)
        short, long = p + surname + 1, p + surname + 2
        strong, weak = self._strong_ends, self._weak_ends
        short_ok = self._valid_name(text, p, short, blocked)
        long_ok = long <= len(text) and self._valid_name(text, p, long, blocked)
        if long_ok and short_ok and self._adverb_opens_predicate(text, long):
            long_ok = False  # 某某|曾参加过, 某某|正通过: the adverb opens the predicate
        if short_ok and text.startswith(self.res.speech_verbs, short):
            return short
        if long_ok and text[long - 1] == PREPOSITION_END and self._preposition_after(text, long):
            return short if short_ok else None  # 某某|为大家讲解: 为 opens the predicate
        if text[p] in self.res.ambiguous_surnames and not after_title:  # 司机常遇…: only a clear end makes it a name
            for end, ok in ((long, long_ok), (short, short_ok)):
                if ok and self._follows(text, end, strong) and not RE_FIGURE_START.match(text, end):
                    return end
            return None
        for end, ok in ((long, long_ok), (short, short_ok)):
            if ok and self._preposition_before_quote(text, end):
                return end  # 某某|以“…”为题: the quote's own opening mark would close the longer reading
        if short_ok and long_ok and text.startswith(self.long_follow_words, short) and not self._follows(text, long, strong):
            return short  # 余银|作为代表: the third character opens a follow word (作为), not the name
        if long_ok and self._follows(text, long, weak):
            return long
        if short_ok and self._follows(text, short, weak):
            return short
        # Otherwise the name ends where a dictionary word starts: 刘洪涛|主持, not 刘洪|涛主.
        verb_after_short = after_title and short_ok and self._verb_char_at(text, short)
        word_after_short = self._word_starts(text, short) and not self._name_word_at(text, short)
        if long_ok and self._word_starts(text, long) and not word_after_short and not verb_after_short:
            return long  # (not 书记李慧|像|往常: a verb after two characters ends the name there)
        if short_ok and word_after_short:
            return short
        if verb_after_short:
            return short  # 书记李慧|像往常一样
        if after_title and long_ok and self._verb_char_at(text, long):
            return long  # 主任刘果林|走了过来
        return None

    def _adverb_opens_predicate(self, text: str, long: int) -> bool:
        """The character before `long` is an adverb that opens the predicate after a two-character
        name (PAST_ADVERBS, PREDICATE_ADVERBS), a Han character following it."""
        adverb = text[long - 1]
        if not RE_HAN.match(text[long : long + 1] or "\n"):
            return False
        return adverb in PAST_ADVERBS or (adverb in PREDICATE_ADVERBS and not text.startswith(self.res.speech_verbs, long))

    @staticmethod
    def _preposition_before_quote(text: str, i: int) -> bool:
        """A one-character preposition at i takes a quoted object or a book title right after it
        (QUOTED_OBJECT_OPENERS): 某某|用“三个关键词”总结, 某某|以《…》为题."""
        return text[i + 1 : i + 2] in QUOTED_OBJECT_OPENERS and word_tags().get(text[i : i + 1]) == PREPOSITION_TAG

    def _preposition_after(self, text: str, i: int) -> bool:
        """Text at i goes on as the object of a preposition before it (a Han character or a digit,
        no punctuation, no speech verb): 某某为|大家讲解, 某某为|2025年度…; not 范偌为|告诉."""
        if i >= len(text):
            return False
        return text[i].isdigit() or RE_NAME_END.match(text[i]) is None and not text.startswith(self.res.speech_verbs, i)

    def _verb_char_at(self, text: str, i: int) -> bool:
        """A common one-character verb is at i (走, 像, 带, 看), the predicate after a name. Not a
        verbal noun (VERBAL_NOUN_TAG: 生, 管): jieba counts those mostly as nouns, and 生 ends hundreds
        of the full names it lists (书记李银生|主动介绍)."""
        ch = text[i : i + 1]
        tag = word_tags().get(ch) or ""
        return self.freq.get(ch, 0) >= VERB_CHAR_FREQ and tag.startswith("v") and tag != VERBAL_NOUN_TAG

    def _word_starts(self, text: str, i: int) -> bool:
        """A two-character dictionary word starts at i (jieba's frequencies)."""
        return self.freq.get(text[i : i + 2], 0) >= WORD_START_FREQ

    def _name_word_at(self, text: str, i: int) -> bool:
        """The two characters at i are a word jieba lists as a person's name (雍正, tag nr): no
        predicate starts there, so it says nothing of where a name before it ends (书记蔡定雍|正在:
        雍正 is no word of the clause, 正在 is)."""
        return (word_tags().get(text[i : i + 2]) or "").startswith("nr")

    def _manner_start(self, text: str, v: int) -> int:
        """Where a manner word with its 地 that ends at v starts (高兴地|说), or v when none does."""
        if v < 3 or text[v - 1] != ADVERBIAL_MARK:
            return v
        for size in (2, 3):
            if word_tags().get(text[v - 1 - size : v - 1]) in MANNER_TAGS:
                return v - 1 - size
        return v

    def _name_start_before(self, text: str, v: int, blocked: list[bool]) -> int | None:
        """T2: where a name that ends at v starts, or None."""
        for name_len in (3, 4, 2):
            p = v - name_len
            if p < 0 or self._surname_len(text, p) != max(1, name_len - 2):
                continue
            strict = self._role_word_ending_at(text, p) is None
            if self._valid_name(text, p, v, blocked, strict=strict) and self._left_boundary(text, p):
                return p
        return None

    def _left_boundary(self, text: str, p: int) -> bool:
        """A name may start at p: after punctuation, a line start, a function word or a role."""
        before = text[p - 1] if p > 0 else "\n"
        if before in NICKNAME_MARKS:
            return False
        return not RE_HAN.match(before) or before in NAME_LEFT_FUNCTION_CHARS or self._role_word_ending_at(text, p) is not None

    # ---------------------------------------------------------------- roles
    def _role_word_ending_at(self, text: str, p: int) -> str | None:
        for length in range(min(self.res.role_max, p), 0, -1):
            if text[p - length : p] in self.res.roles:
                return text[p - length : p]
        return self._occupation_ending_at(text, p)

    def _occupation_ends(self, text: str) -> set[int]:
        """Where an occupation the lexicon does not list ends (`_occupation_ending_at`): T1 reads a
        name after these as after a listed role."""
        return {m.end() for m in RE_OCCUPATION_END.finditer(text) if self._occupation_ending_at(text, m.end())}

    def _occupation_ending_at(self, text: str, p: int) -> str | None:
        """An occupation the lexicon does not list, made as news makes them: a two-character
        word for the work, then 员 or 师 (OCCUPATION_ENDS: 营业|员, 按摩|师), with its rank
        before it (OCCUPATION_RANKS: 总|规划师)."""
        word = text[p - OCCUPATION_SIZE : p] if p >= OCCUPATION_SIZE else ""
        if not word or word[-1] not in OCCUPATION_ENDS:
            return None
        front = word[:-1]
        if word_tags().get(front) not in OCCUPATION_FRONT_TAGS or self.freq.get(front, 0) < WORD_START_FREQ:
            return None
        rank = next((r for r in OCCUPATION_RANKS if text.endswith(r, 0, p - OCCUPATION_SIZE)), "")
        return rank + word

    def _ends_with_role(self, phrase: str) -> bool:
        return phrase.endswith(self._roles_tuple)

    def _role_unit_ending_at(self, text: str, p: int) -> str | None:
        """The longest unit word (`role_units`) ending at p: 叙州区民政局|办公室."""
        for length in self._role_unit_lengths:
            if length <= p and text[p - length : p] in self._role_units:
                return text[p - length : p]
        return None

    def _unit_ends(self, ctx: ArticleContext) -> dict[int, Mention]:
        """Places, communities and organizations by where they end, built once per article
        (the last article's context is held, so `is` identifies it safely)."""
        if self._ends_of is None or self._ends_of[0] is not ctx:
            units = {m.end: m for label in ("places", "communities", "organizations") for m in ctx.found(label)}
            self._ends_of = (ctx, units)
        return self._ends_of[1]

    def _role_phrase(self, ctx: ArticleContext, p: int) -> tuple[str, Party | None]:
        """The role written before position p: titles joined by 、 or 兼 (holding both posts), each
        with its unit."""
        text = ctx.text
        start, affiliation = p, None
        while True:
            role = self._role_word_ending_at(text, start)
            if role is None:
                break
            start, unit_party = self._units_before(ctx, start - len(role))
            affiliation = affiliation or unit_party
            if start > 0 and text[start - 1] in ROLE_JOINERS and self._role_word_ending_at(text, start - 1):
                start -= 1
                continue
            if self._role_word_ending_at(text, start) and start == p - len(role):  # 志愿者|代表: two titles as one
                continue
            break
        return text[start:p], affiliation

    def _units_before(self, ctx: ArticleContext, p: int) -> tuple[int, Party | None]:
        """Where the units written before position p start (叙州区民政局|办公室| before 副主任),
        and the first organization or community among them, if any."""
        text, start, affiliation = ctx.text, p, None
        ends = self._unit_ends(ctx)
        while True:
            unit = ends.get(start)
            if unit is not None and unit.start < start:
                if affiliation is None and unit.label in ("organizations", "communities"):
                    affiliation = Party(unit.label, unit.canonical)
                start = unit.start
                continue
            word = self._role_unit_ending_at(text, start)
            if word is None:
                named = self._unit_name_before(ctx, start) if text.startswith(NAMED_UNIT_WORDS, start) else start
                if named == start:
                    break
                start = named  # 铜都|社区党委书记: the name no extractor found, written before its unit word
                continue
            token = ctx.tokens.at(start - 1) if len(word) == 1 else None
            if token is not None and token[0] < start - 1:
                start = token[0]  # 超市|负责人, 开发区, 城市: a one-character unit inside a word is that word
                continue
            start -= len(word)
        return start, affiliation

    def _party_body_members(self, ctx: ArticleContext, blocked: list[bool]) -> list[_Found]:
        """T14b: a name right after a party body or its office closing a named unit, no title between
        (某某社区党委林小雨介绍, 某某街道党建办林小雨带队): one of its people, the unit as written their
        role, as officials at a meeting are listed."""
        text, out = ctx.text, []
        for body in PARTY_BODY_WORDS:
            for at in occurrences(text, body):
                p = at + len(body)
                if not self._surname_len(text, p) or self._role_word_ending_at(text, p) is not None:
                    continue
                start, affiliation = self._units_before(ctx, p)
                if start >= at:
                    continue  # a bare 党委 names no unit (党委李某: whose?)
                end = self._name_end(text, p, blocked)
                if end is None:
                    continue
                out.append(_Found(p, end, text[start:p], affiliation))
        return out

    @staticmethod
    def _named_unit_word_at(text: str, p: int) -> str:
        return next((w for w in NAMED_UNIT_WORDS if text.startswith(w, p)), "")

    def _unit_name_before(self, ctx: ArticleContext, p: int) -> int:
        """Where the proper name of a unit whose generic word starts at p begins (铜都|社区,
        华贸|中心社区, 专业|委员会), or p when none is sure. Walking jieba's tokens leftwards: nouns
        and words jieba does not list (a name it has never seen: 华贸) are the name's; a function
        word, pronoun, time word or number ends it (该|村, 近日|社区书记, 看望了|社区书记). Other
        words (a verb, one character jieba split off a name it does not know: 铜|都, 安居|乐) belong
        to it only when the run reaches the clause's start (punctuation or a line start) within
        UNIT_NAME_MAX characters; else the name is the nouns right before p, if any."""
        text, start, nominal_start, plain = ctx.text, p, p, True
        units = self._unit_ends(ctx)
        while start > 0:
            if start < p and start in units:
                return start  # 北京市|双井街道…: a place or unit found before it (the role takes it next)
            token = ctx.tokens.at(start - 1)
            if token is None or token[1] != start:
                break
            word = text[token[0] : token[1]]
            if not RE_HAN.match(word):
                return start if p - start >= 2 else nominal_start  # the clause starts here
            if _house_number_end(text, token):
                return start if p - start >= 2 else nominal_start  # an address ends here
            tag = word_tags().get(word)
            if word in UNIT_NAME_STOPS or len(word) == 1 and (word in NAME_LEFT_FUNCTION_CHARS or (tag or "")[:1] in UNIT_NAME_END_TAGS_ONE):
                break
            if len(word) >= 2 and (tag or "")[:1] in UNIT_NAME_END_TAGS:
                break
            if tag is None and word[0] in GLUED_PRONOUN_CHARS:
                break  # 他同|居委会主任: a pronoun glued to a preposition, no unit's name
            if len(word) >= 2 and tag in UNIT_NAME_VERB_TAGS and self.freq.get(word, 0) >= UNIT_NAME_VERB_FREQ \
                    and not (token[1] == p and self.freq.get(word + self._named_unit_word_at(text, p), 0) > 0):
                break  # 记者采访|社区书记: a common verb is the predicate, unless it makes a word with the unit (指挥|中心)
            if p - token[0] > UNIT_NAME_MAX:
                break
            nominal = len(word) >= 2 and (tag is None or tag in UNIT_NAME_TAGS)
            plain = plain and nominal
            start = token[0]
            if plain:
                nominal_start = start
        if start == 0 and p >= 2:
            return 0
        return nominal_start

    def _role_after(self, ctx: ArticleContext, end: int) -> tuple[str, Party | None] | None:
        """张杰，是时事政治宣传小分队队员 → 时事政治宣传小分队队员."""
        match = RE_IS_ROLE.match(ctx.text, end)
        if not match:
            return None
        return self._role_in_phrase(ctx, match.group(1), match.start(1))

    def _role_in_phrase(self, ctx: ArticleContext, phrase: str, phrase_start: int) -> tuple[str, Party | None] | None:
        """The role a `是…` clause's phrase states: its longest front ending in a title, after its
        last counter or 的 (是该小区的一名志愿者 → 志愿者), with the organization inside it."""
        best = max((i for i in range(len(phrase) + 1) if self._ends_with_role(phrase[:i])), default=0)
        if not best:
            return None
        clause = phrase[:best]
        counters = list(RE_ONE_OF.finditer(clause)) or list(regex.finditer("的", clause))
        role = clause[counters[-1].end():] if counters else clause
        affiliation = next(
            (Party(m.label, m.canonical) for m in ctx.found("organizations") if phrase_start <= m.start and m.end <= phrase_start + best),
            None,
        )
        return (role, affiliation) if role else None

    def _later_roles(self, ctx: ArticleContext, blocked: list[bool]) -> list[_Found]:
        """T16: a sentence's subject whose role the sentence states only at its end, after clauses
        about the person's past (`RE_LATER_ROLE`): the first name in the sentence that opens a
        clause (after the sentence start, a comma or a closing quote, past a quoted label such as
        “90后”), with the role of the closing `如今是…` clause. Round 37: such profiles in a dev
        article, a tuning article and a bulk article (three outlets)."""
        text, out = ctx.text, []
        for match in RE_LATER_ROLE.finditer(text):
            reach = max(0, match.start() - LATER_ROLE_REACH)
            ends = [m.end() for m in RE_SENTENCE_END.finditer(text, reach, match.start())]
            start = ends[-1] if ends else (reach if reach == 0 else None)
            if start is None:
                continue  # no sentence start near: the clause's subject is out of reach
            phrase = RE_LATER_ROLE_PHRASE.match(text, match.end())
            role = self._role_in_phrase(ctx, phrase.group(0), match.end()) if phrase else None
            if role is None:
                continue
            for p in range(start, match.start()):
                if not (p == start or text[p - 1] in CLAUSE_START_MARKS):
                    continue
                label = RE_QUOTED_LABEL.match(text, p)
                if label:
                    p = label.end()
                if not self._surname_len(text, p):
                    continue
                end = self._name_end(text, p, blocked)
                if end is not None and end < match.start():
                    out.append(_Found(p, end, role[0], role[1]))
                    break
        return out

    # ---------------------------------------------------------------- assembly
    def _blocked(self, ctx: ArticleContext) -> list[bool]:
        """P3: characters inside organization, place and community mentions; a "community"
        that holds a job title (党委书记姜美玲代表社区) is a mis-read sentence, not a name."""
        blocked = [False] * len(ctx.text)
        for label in ("organizations", "places", "communities"):
            for mention in ctx.found(label):
                if label == "communities" and self._holds_title(ctx.text[mention.start : mention.end]):
                    continue
                for i in range(mention.start, mention.end):
                    blocked[i] = True
        return blocked

    def _holds_title(self, name: str) -> bool:
        return any(title in name for title in HEAD_TITLES)

    def _is_resident(self, role: str | None) -> bool:
        """A resident role saying nothing else: a bare one (居民, 社区居民, 空巢老人、独居老人) or
        one naming the community or village only (某某社区居民, 某某村村民: `RESIDENT_ROLE_ENDS`)."""
        return bool(role) and all(part in self.res.resident_roles or part.endswith(RESIDENT_ROLE_ENDS) for part in role.split("、"))

    def _is_credit_line(self, text: str, p: int) -> bool:
        """A credit starting at p: a short line of roles and names only (本报记者任晓霞 /
        本报记者王晓明通讯员陈静), or one in brackets after the text (…。（记者王明）)."""
        line_start = text.rfind("\n", 0, p) + 1
        bracket = max(text.rfind(b, line_start, p) for b in CREDIT_OPENING_BRACKETS)
        if bracket >= 0 and not RE_CREDIT_PUNCT.search(text, bracket, p) and not CREDIT_CLOSING_BRACKETS.intersection(text[bracket:p]):
            return True  # （记者王敏…）, （李文杰全媒体记者钱悦）, 【通讯员王敏李文杰】
        line_end = text.find("\n", p)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if len(line) <= MAX_CREDIT_LINE and not RE_CREDIT_PUNCT.search(line):
            return True
        return self._credit_tail(line, p - line_start)

    @staticmethod
    def _credit_tail(line: str, p: int) -> bool:
        """The line closes with a credit after a dateline or an outlet's page data (2026年1月20日
        某某日报 版次：B07 记者 某某 通讯员 某某): from the first reporter's title at or before p to the
        line's end there are titles and names only. Round 39: the last title's names on such lines
        were lost (the line as a whole is too long and holds a colon), the shape in four pool and bulk pages."""
        first = min((i for word in BYLINE_ROLE_WORDS if 0 <= (i := line.find(word, 0, p + len(word))) <= p), default=-1)
        if first <= 0 or RE_SENTENCE_END_MARK.search(line, 0, first):
            return False  # …。记者某某: a credit after a sentence (a caption's), not after a dateline
        tail = line[first:]
        return len(tail) <= MAX_CREDIT_LINE and not RE_SENTENCE_PUNCT.search(tail)

    def _function_word_fronts(self, text: str, found: list[_Found], blocked: list[bool]) -> list[_Found]:
        """P6: a three-character name opening with a surname that is also a function word
        (`FUNCTION_WORD_SURNAMES`) whose last two characters are a name is that name, with no
        role of its own here (a title before the function word is another person's: 老板向王某);
        one whose last two characters are a dictionary word is dropped (由全科医生, 向雷某同志).
        A credited name is as the page set it apart."""
        kept = []
        for f in found:
            rest = f.start + 1
            if f.byline or f.end - rest != 2 or text[f.start] not in FUNCTION_WORD_SURNAMES:
                kept.append(f)
            elif self._surname_len(text, rest) == 1 and self._valid_name(text, rest, f.end, blocked):
                kept.append(_Found(rest, f.end))
            elif text[rest : f.end] not in self.freq:
                kept.append(f)
        return kept

    def _prefer_short_names(self, text: str, found: list[_Found], blocked: list[bool]) -> list[_Found]:
        """Where a name ends, read over the whole article (a person is named more than once):
        a three-character name whose first two characters are also a found name is that name;
        but a two-character name every occurrence of which is followed by the same character,
        that with it is a name followed by a clear end somewhere (`_article_long_names`), is the
        longer name (书记林奇峰|会组织 … 林奇峰的: 林奇峰); and a three-character name never
        followed by a clear end whose first two characters stand alone elsewhere as a name is
        the shorter one (网格员柯甜正|在 … 柯甜总是: 柯甜; `_article_short_names`). Round 34:
        names cut or glued in eight labelled articles of six sets. A two-character name found only
        where a found three-character one goes on, which a strong end closes elsewhere, is that
        name (`_closed_long_names`). Round 58 h6: the three readings of a name's length from the
        article's other mentions (`_closed_long_names`, `_soft_third_char_closed`, `_closed_name_at`)
        restored a third character in three tuning articles of three sets, one each."""
        names = {text[f.start : f.end] for f in found}
        longer = self._article_long_names(text, names, blocked) | self._closed_long_names(text, found)
        shorter = self._article_short_names(text, names - set(longer.values()), blocked)
        kept = []
        for f in found:
            name = text[f.start : f.end]
            if name in longer and text.startswith(longer[name], f.start):
                f = _Found(f.start, f.end + 1, f.role, f.affiliation, f.byline)
            elif len(name) == 3 and (name[:2] in names or name in shorter) and name not in longer.values():
                f = _Found(f.start, f.end - 1, f.role, f.affiliation, f.byline)
            kept.append(f)
        return kept

    def _article_long_names(self, text: str, names: set[str], blocked: list[bool]) -> dict[str, str]:
        """Two-character found names (single surname) written at least twice, always followed
        by the same character, that with it make a valid name with a clear end after it at one
        of the occurrences (`_follows` the weak ends): name → the three-character name."""
        longer = {}
        for name in names:
            if len(name) != 2 or self._surname_len(name, 0) != 1:
                continue
            starts = occurrences(text, name)
            if len(starts) < MIN_ARTICLE_OCCURRENCES or len({text[i + 2 : i + 3] for i in starts}) != 1:
                continue
            if any(self._follows(text, i + 3, self._weak_ends) and self._valid_name(text, i, i + 3, blocked) for i in starts):
                longer[name] = text[starts[0] : starts[0] + 3]
            elif self._third_char_varies(text, starts, blocked) or self._soft_third_char_closed(text, starts, blocked):
                longer[name] = text[starts[0] : starts[0] + 3]
        return longer

    def _soft_third_char_closed(self, text: str, starts: list[int], blocked: list[bool]) -> bool:
        """The character after a two-character name, the same at every occurrence, is a function
        word common in given names (TITLED_SOFT_GIVEN_CHARS: 则 "then"), and at one occurrence the
        three are followed by what no such word opens, punctuation or the end of a comparison
        (和某某则一样, 某某则，): there the character closes the name, so it is the name's third.
        Round 58 h6: a student named so lost his third character in a tuning article."""
        third = text[starts[0] + 2 : starts[0] + 3]
        if third not in TITLED_SOFT_GIVEN_CHARS or any(any(blocked[i : i + 3]) for i in starts):
            return False
        if self.freq.get(text[starts[0] : starts[0] + 3], 0) >= COMMON_WORD_FREQ:
            return False
        return any(RE_NAME_END.match(text[i + 3 : i + 4]) or text.startswith(COMPARISON_ENDS, i + 3) for i in starts)

    def _closed_long_names(self, text: str, found: list[_Found]) -> dict[str, str]:
        """Two-character found names (single surname) found only right before one character, that
        with it make a found three-character name a strong end closes somewhere in the article
        (a speech verb, a role, punctuation: 某某X说): name → the three-character name. The short
        reading, found where the third character opened a word (某某X|回村), is no name of its
        own: nowhere does the article write it without that character. Round 58 h6: titled
        names whose third character is also a verb were cut where it opened a word."""
        spans: dict[str, list[int]] = {}
        for f in found:
            spans.setdefault(text[f.start : f.end], []).append(f.end)
        longer = {}
        for name, ends in spans.items():
            if len(name) != 2 or self._surname_len(name, 0) != 1:
                continue
            full = text[ends[0] - 2 : ends[0] + 1]
            if len(full) == 3 and full in spans and all(text.startswith(full, e - 2) for e in ends) \
                    and any(self._follows(text, e, self._strong_ends) for e in spans[full]):
                longer[name] = full
        return longer

    def _third_char_varies(self, text: str, starts: list[int], blocked: list[bool]) -> bool:
        """The character after a two-character name, the same at every occurrence, is followed
        by a different character each time, and at least once the two make no dictionary word
        (某某X|拿着 … 某某X|带来): a word that character opened would come back whole, so it
        is the name's third character. Not where the character is itself a follow word or
        speech verb (某某说：… 某某说，…). Round 42d: names cut to two characters."""
        if any(self._follows(text, i + 2, self._weak_ends) for i in starts):
            return False
        if len({text[i + 3 : i + 4] for i in starts}) != len(starts) or any(not RE_HAN.match(text[i + 3 : i + 4] or "\n") for i in starts):
            return False
        return any(not self._word_starts(text, i + 2) for i in starts) and all(self._valid_name(text, i, i + 3, blocked) for i in starts)

    def _closed_name_at(self, text: str, i: int, blocked: list[bool]) -> bool:
        """A valid three-character name (single surname) starts at i and a strong end closes it."""
        return self._surname_len(text, i) == 1 and self._valid_name(text, i, i + 3, blocked) and self._follows(text, i + 3, self._strong_ends)

    def _article_short_names(self, text: str, names: set[str], blocked: list[bool]) -> set[str]:
        """Three-character found names (single surname) followed by no clear end anywhere (none
        counts where the third character opens a word with the next: 正|在), whose
        first two characters occur elsewhere followed by another character as a valid name that
        is no common word: these names are glued to the word after them. Where those two
        characters and the next are a name a strong end closes (某某Z通讯员, 某某Z说) they are that
        other person's name, no short form of this one (round 58 h6: a reporter's name cut so
        beside a namesake's three-character one)."""
        shorter = set()
        for name in names:
            if len(name) != 3 or self._surname_len(name, 0) != 1 or self.freq.get(name[:2], 0) >= COMMON_WORD_FREQ:
                continue
            if any(self._follows(text, i + 3, self._weak_ends) and not self._word_starts(text, i + 2) for i in occurrences(text, name)):
                continue  # (柯秋正|在: 正在 is a word, 在 after it no end of the name)
            if any(text[i + 2 : i + 3] != name[2] and self._valid_name(text, i, i + 2, blocked) and not self._closed_name_at(text, i, blocked)
                   for i in occurrences(text, name[:2])):
                shorter.add(name)
        return shorter

    def _mentions(self, ctx: ArticleContext, found: list[_Found], blocked: list[bool]) -> list[Mention]:
        text = ctx.text
        spans: dict[int, _Found] = {}
        # a stated role wins, and one that says more than a resident or kin word (某某阿姨作为志愿者)
        for f in sorted(found, key=lambda f: (f.start, f.role is None, self._is_resident(f.role))):
            spans.setdefault(f.start, f)
        names = {text[f.start : f.end] for f in found}
        if self.propagate:
            for name in names:
                for start in occurrences(text, name):
                    end = start + len(name)
                    if start in spans or any(blocked[start:end]) or self._is_nickname(text, start):
                        continue
                    if self._name_end(text, start, blocked) not in (None, end):
                        continue  # 李华 inside another name 李华强
                    role, affiliation = self._role_phrase(ctx, start) if self._role_word_ending_at(text, start) else (None, None)
                    spans[start] = _Found(start, end, role or None, affiliation)  # 居民赵德顺因…: the role next to it
        people: dict[str, dict] = {}
        for start in sorted(spans):  # the first role stated for a name is its role
            f = spans[start]
            name = _unspaced(text[f.start : f.end])  # 黄 聪 → 黄聪
            after = self._role_after(ctx, f.end)
            if not after and self._is_resident(f.role) and text.startswith(f.role, f.end):
                after = self._role_after(ctx, f.end + len(f.role))  # 某某阿姨作为志愿者: the clause past the kin word
            role, affiliation = after if after else (f.role, f.affiliation)
            if role is None:  # 刘桂英老人: a resident word right after the name is what they are
                role = next((word for word in self._residents_by_length if text.startswith(word, f.end)), None)
            attrs = people.setdefault(name, {"role": None, "affiliation": None, "byline": False})
            if role and (attrs["role"] is None or self._is_resident(attrs["role"]) and not self._is_resident(role)
                         or attrs["role"] in GENERIC_CREDIT_ROLES and role.endswith(REPORTER_TITLE_ENDS)):
                # the first role stated, unless a bare resident word (小区住户某某) is followed
                # by a role that says more (某花园三区住户 某某:, 社区网格员某某), or a bare credit
                # word (作者：某某, 某某 摄) by the same person's reporter title
                attrs["role"], attrs["affiliation"] = role, affiliation
            attrs["byline"] = attrs["byline"] or f.byline
        # A resident, villager or elderly person named with nothing but that word (居民王某说), or
        # with their community or village and that word (某某社区居民某某, round 30), is no person
        # fact by the annotation convention.
        people = {name: attrs for name, attrs in people.items() if not self._is_resident(attrs["role"])}
        # Nor is one introduced only by age or birth (七十岁的某某, 某年出生的某某) with no role
        # stated anywhere: the feature story's resident. Round 43b: tuning gold never holds a
        # role-less person; this frame made a role-less fact in 17 tuning articles.
        people = {name: attrs for name, attrs in people.items()
                  if attrs["role"] is not None or not any(RE_AGE_INTRO.search(text, max(0, i - 8), i) for i in occurrences(text, name))}
        # Nor is one whom only a speech verb names (某某说, 某某告诉记者) with no role stated anywhere:
        # a verb of saying tells that someone spoke, not what they are. Round 44 people2: the pool's
        # gold (499 people, 16 sets), seeds and dev hold no role-less person; such speakers were
        # six of the pool's ten role-less facts (six articles, five sets: feature stories' residents).
        speakers = self._speakers_only(text, found)
        people = {name: attrs for name, attrs in people.items() if attrs["role"] is not None or name not in speakers}
        mentions = []
        for start in sorted(spans):
            f = spans[start]
            name = _unspaced(text[f.start : f.end])  # 黄 聪 → 黄聪
            if name in people:
                mentions.append(Mention(self.assigns, f.start, f.end, name, attrs=dict(people[name])))
        return mentions
