"""Frame-licensed parties: a side of a strong relation frame that no extractor found.

Inside a strong relation frame (A联合B, A携手B及C, A引入B …: FRAME_WORDS), a side that is not a
found party becomes one when its span has a name shape on its own:
  - it starts where a side starts: right after the relation word (a descriptor quote such as
    “某某伙伴” or a place chain may come first) or a list mark after a party of that side, or,
    for the actor, at its clause start (after a time word: 2025年1月2日上午，某某社区联合…);
  - it holds a stem of at least two Han characters with no clause word (的, 了, 在, 为, 将, 等 …,
    a verb of the frame) that does not open with a generic quantifier or pointer (各, 该, 辖区 …;
    these words are `partnership_licensed_words.tsv`) nor is itself a function word (同时|社区联合…:
    the clause's conjunction before a bare head; communities' `function_word_stem`, round 58);
  - it ends in a head of a known family (`partnership_licensed_heads.tsv`): an organization head
    (org_suffixes.tsv, and 义工社), a community head (社区, 村, 小区, 居民区), a sub-unit head after a
    parent head in the same span (某供电中心某某营业站, 某支队某某大队), a volunteer team's head
    (某某志愿服务团; quoted: “某某”某某志愿服务团) or a word for a sort of body after a stem that
    names a body of its own (某某社会组织; not 某街道社会组织, 两家社会组织);
  - a level word in brackets may stand inside it (某市乡镇（街道）某某中心);
  - what follows it ends a side: a clause or list mark, or a word that goes on with the sentence
    (开展, 在, 共同 …: the followers of partnership_licensed_words.tsv); the actor's span ends right at the relation word.
A found party that is only the tail of such a name (某某建材有限公司党支部 found as 建材有限公司党支部:
the extractor stopped at a word it did not take for a name piece) is widened to the whole name when
the side starts the name there: the licensed name `widens` the found one, which is then no party.
A list of units that fills its clause, or follows 由 in it (该项目由A、B及C共同实施), and acts together
after it (A、B及C，共同举办…; A、B、C联合举办) licenses its items the same way (a short aside in brackets
may stand inside an item's name: 某中心（某某）; a place chain may open an item before a found name); a
found name that is only the start or the tail of its item (某医院某科|联合党支部, 某置业|某公司党支部)
keeps the list going over the item but stays the party (`keeps`: its entity is a fact already). A bare name with no head
word is licensed after a descriptor that says what it is (联合爱心企业某某开展…;
`partnership_name_descriptors.tsv`), which gives its label and kind.
A roster of units closed by 等…单位 (A、B、C等多家共建单位; 等十余家单位的志愿者参与) names units only:
an item no extractor took is licensed as an organization when another item is a found party, with
no head needed (某某三幼, 某某文化城), unless it names people, a bare head or only a sort (`roster`).
A word naming units as a community's partners by their standing (社区的共建单位A、B、C, “双报到”单位A,
包保单位A: RE_PARTNER_UNIT) licenses the list after it: a name with a head (widening a found name cut
short), and, when another item is a found party, a bare name with no head (某某自控, 某某科技).
The label and kind come from the head. Only the frame licenses the name: the same words elsewhere
are nothing, and a licensed party is a fact only when its frame pairs it (partnerships)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..chars import strip_quotes
from ..lexicon import read_table, read_terms
from ..vocabulary import word_tags
from .communities import function_word_stem

# The strong frames whose sides are licensed (rows of partnership_relations.txt, form forward).
FRAME_WORDS = ("联合", "携手", "联手", "牵手", "结对", "引入", "引进", "入驻")
RE_FRAME = regex.compile("|".join(FRAME_WORDS))
# A relation word inside a name part: 联合会, 联合社, 联合体 (F2 of partnerships).
RE_NAME_PART_AFTER = regex.compile(r"(?:会|社|体|单位|国|村)")
# The community heads that end a licensed name (rows of community_suffixes.tsv, which gives their
# kind): residents' committees, villages and estates named as such, not 花园/苑 or grids.
COMMUNITY_HEADS = ("社区", "居民区", "村", "小区")
# A stem that is only a level word names the body of a level, not a unit (街道社会工作站, 市民政局:
# the street's or city's own station, written without its name), nor one with 内/外 after it (省内社会组织:
# the units inside a level, a kind of body, not a name).
RE_STEM_LEVEL = regex.compile(r"(?:省|市|区|县|镇|乡|村|州|旗|盟|街道|社区|市级|区级|县级|镇级|街道级)+(?:内|外)?")
# A run ending in a level word is a place chain, written before a name, not in it (青禾街道|红枫社区),
# whether or not the gazetteer knows the place.
RE_LEVEL_END = regex.compile(r"(?:省|市|区|县|镇|乡|街道|旗|州)$")
# Before a partner: 了 and 辖区 (联合了某中心, 携手辖区某某营业站).
RE_PARTNER_LEAD = regex.compile(r"(?:了|辖区内?的?|共同)+")
# Before an actor at its clause start: time words only (2025年1月2日上午, 近日).
RE_ACTOR_LEAD = regex.compile(
    r"(?:近日|日前|近期|当天|今天|昨天|今年|上午|下午|晚上|当日|[0-9一二三四五六七八九十〇零]+\s?(?:年|月|日|号))+"
)
# A count of the units a list names, right after its last item (某甲、某乙和某丙三家; 两所, 4个).
RE_UNIT_COUNT = regex.compile(r"[0-9一二三四五六七八九十两]+(?:家|所|个|支)")
RE_LIST_MARK = regex.compile(r"、|以及|及|和|与")
RE_CLAUSE = regex.compile(r"[，；：,;:。！？]")
# The with frame: 与/同 B … <word> in one clause, the word one that closes a with-list and says
# the two work together (A与B签订共建协议, A同B结对); 和/跟 join too many plain lists to license.
RE_WITH = regex.compile(r"(?<![参给赋授])与(?![会其否])|(?<![共协如不相认赞陪会连])同(?![时志步比学样类期一等事级心])")
RE_WITH_WORD = regex.compile(r"签约|签订|签署|共建|结对|合作|携手|联建|联合")
RE_QUOTED = regex.compile(r"[“\"‘]([^“”\"‘’\n]{2,12})[”\"’]")
# A word naming a unit as a community's partner by its standing, the unit's name right after it
# (社区共建单位某公司, 某社区“双报到”单位某局, 结对单位某医院, 市级包保单位某集团: a unit assigned to a
# community under the city's 包保 duty, round 57 h2). partnerships' unit-of frame pairs the unit with
# that community; here the names after it are licensed (`_Scan.partner_units`). Example match:
# 共建单位 (in 社区的共建单位某某科技、某某物业).
RE_PARTNER_UNIT = regex.compile(r"(?:社区)?(?:党建)?(?:(?:共驻)?共建|[“\"]?双报到[”\"]?|结对|包保)单位(?:——|—|：|:)?")
# The most items a partner-unit word's list is read for.
MAX_PARTNER_UNITS = 6
# A unit's dispatch to a village or community (A驻某镇某村第一书记, A派驻某村帮扶工作队): the unit that
# sends a first secretary or a work team is the village's partner; its name fills the clause up to
# 驻 and is licensed there, the village must be a found party. Not 进驻/入驻/常驻/留驻 (a body moving
# into a building). Example match: 驻 (in 某学院驻某村第一书记). Round 55 (h4): three articles of two
# pool sets name the sending unit so, and no extractor took the unit's name in any of them (an
# outlet's team, 某日报社驻某村工作队, is left out: an outlet has no organization head).
RE_STATIONED = regex.compile(r"(?<![进入常留轮])派?驻(?!村|地|点|外|场|守)")
# What the unit sends, right after the village's name. Example match: 帮扶工作队 (in 某村帮扶工作队).
RE_STATIONED_STAFF = regex.compile(r"(?:乡村振兴|驻村|帮扶)*(?:工作队|工作组)|第一书记")
# A place chain the gazetteer may not know before the village (某某县某某镇). Example match: 江岸街道.
RE_STATIONED_CHAIN = regex.compile(r"(?:\p{Han}{2,6}?(?:省|自治区|市|县|区|旗|镇|乡|街道))+")
# A list of units that opens its clause and acts together after it (A、B及C，共同举办…; A、B一起
# 走进…): each item is licensed like a side of a strong frame, and a found name cut short is widened
# over the rest of its item (某市司法局|第二强制隔离戒毒所). Example match: ，共同 (before 举办).
RE_TOGETHER_ACT = regex.compile(r"(?:等|等单位|等部门)?[，,]?(?:共同|一起|一同)(?=\p{Han})")
# 联合 closing a list after 由 (由A、B、C联合举办的…): the list acts together too. Only after 由: a list
# opening its clause before 联合 may hold a with-mark (A同B、C联合开展: A's partners, round 33). Not a
# joint body's name part (某商圈联合工会, 某科联合党支部). Example match: 联合 (before 举办).
RE_BY_JOINT_ACT = regex.compile(r"(?:等|等单位|等部门)?联合(?!会|社|体|国|村|单位|工会|党委|党总支|党支部|支部)(?=\p{Han})")
# The lead of a clause whose list of units is the agent after 由 (该项目由A、B及C共同实施; 这里开展的是由
# A、B、C联合举办的…): up to 由, no party inside. Example match: 该项目由. Round 37: seven articles of
# the tuning pool, bulk and dev name such a list.
RE_BY_LEAD = regex.compile(r"[^、，。；：\n]{0,12}?由")
# The closer of a roster of units (A、B、C等多家共建单位; 等十余家单位的志愿者参与…): the items before it
# are units, named or not. Example match: 等五家结对爱心单位 (the same closer as partnerships'
# RE_UNITS_JOIN and RE_UNITS_STANDING, whose frames pair such a roster).
RE_ROSTER_CLOSE = regex.compile(
    r"等(?:[0-9一二三四五六七八九十百]+(?:余|多)?|多|数十|十余)?(?:家|个)?\p{Han}{0,10}?单位"
)
# Words for people that end an item of a roster (居民代表, 社区党员, 某某社工): people, not a unit.
RE_ROSTER_PEOPLE = regex.compile(r"(?:代表|居民|村民|群众|党员|志愿者|社工|干部|职工|员工|人员|人士|能人|乡贤)$")
# One item of such a roster as written: a Han run, a quoted part allowed (“某某”志愿服务中心).
RE_ROSTER_ITEM = regex.compile(r"[“‘]?\p{Han}{1,12}[”’]?\p{Han}{0,12}")
# The shortest and longest unnamed roster item licensed (某某三幼 … a full company name).
MIN_ROSTER_ITEM, MAX_ROSTER_ITEM = 3, 16
# The Han run of a name; in a co-actor list a short aside in brackets may stand inside it (某街道社区
# 戒毒（康复）中心): the items are split at list marks, so a bracket cannot swallow the next item.
# A level word in brackets is part of a name as written in county-level bodies' names (某市乡镇（街道）
# 社会工作指导服务中心: the centre serves towns and streets alike).
RE_NAME_RUN = regex.compile(r"(?:\p{Han}|[（(](?:街道|乡镇|镇街|社区|村居?)[）)])*")
RE_LIST_NAME_RUN = regex.compile(r"(?:\p{Han}|[（(]\p{Han}{1,4}[）)])*")
# The longest descriptor between a quoted team name and its head (“某某”某某志愿服务团).
MAX_QUOTED_DESCRIPTOR = 6
MAX_NAME = 30
# A run of name characters between a found party and a with-word, as long as a field of an
# institute's name (社会发展, 经济管理): longer runs are a clause of their own.
MAX_FIELD_RUN = 6
RE_FIELD_RUN = regex.compile(r"\p{Han}{2,6}")
MIN_STEM = 2
# The longest bare name (no head word) a descriptor licenses: a brand (某某烤鸭, 某某地产).
MAX_BARE_NAME = 6


@dataclass(frozen=True)
class Licensed:
    start: int
    end: int
    label: str
    canonical: str
    kind: str
    widens: bool = False  # it holds a found party as its tail (a name the extractor cut short)
    # a co-actor list item over a found name cut short: the list runs over the whole item, but the
    # party is the found one (its entity is already a fact; a second, wider one would name it twice)
    keeps: bool = False


@lru_cache(maxsize=1)
def _words() -> dict[str, "regex.Pattern[str]"]:
    """The word roles of partnership_licensed_words.tsv as patterns: banned (anywhere in a stem; and
    和 outside 和平/和谐/和睦/和美), opener (a stem's start) and follower (right after a name; and
    clause or list marks, or the text's end)."""
    roles: dict[str, list[str]] = {}
    for row in read_table("partnership_licensed_words.tsv"):
        roles.setdefault(row["role"], []).append(row["word"])

    def alt(words):
        return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))

    return {
        "banned": regex.compile(alt(roles["banned"]) + r"|和(?![平谐睦美])"),
        "opener": regex.compile(f"^(?:{alt(roles['opener'])})"),
        # (a count of the units just listed ends a side too: 某中心和某中心三家社会组织)
        "follower": regex.compile(rf"[，。；！？、,;：:（(]|{alt(roles['follower'])}|{RE_UNIT_COUNT.pattern}|$"),
    }


def follower() -> "regex.Pattern[str]":
    """What may come right after a licensed name and ends it (a mark, a list word, 开展, 还 …)."""
    return _words()["follower"]


def name_opener(stem: str) -> bool:
    """`stem` opens with a generic quantifier, pointer or verb (各, 该, 辖区, 打造 …): no name starts so."""
    return bool(_words()["opener"].match(stem))


def clause_words() -> str:
    """The banned words of partnership_licensed_words.tsv as one pattern: a clause word or frame
    verb, which no name stem (and no partner descriptor in partnerships) holds."""
    return _words()["banned"].pattern


@lru_cache(maxsize=1)
def _descriptor_words() -> "regex.Pattern[str]":
    """The words that say what a partner is to the actor (驻地, 共建单位, 龙头企业: the gap words of two
    characters or more and the descriptor heads of partnerships): a name cut short is never widened
    over one, which stands before the name, not in it."""
    words = [w for w in read_terms("partnership_gap_words.txt") if len(w) >= 2]
    words += read_terms("partnership_descriptor_heads.txt")
    return regex.compile("|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True)))


@lru_cache(maxsize=1)
def _heads() -> dict[str, tuple[str, str, str]]:
    """Head → (role, label, kind); role is head, sub, parent, team or kind (a head that is also the
    word for a sort of body, 社会组织: its stem may not end in a level word, a count or a head)."""
    heads = {row["suffix"]: ("head", "organizations", row["kind"]) for row in read_table("org_suffixes.tsv")}
    heads.update({row["suffix"]: ("head", "communities", row["kind"]) for row in read_table("community_suffixes.tsv") if row["suffix"] in COMMUNITY_HEADS})
    for row in read_table("partnership_licensed_heads.tsv"):
        heads[row["head"]] = (row["role"], row["label"], row["kind"])
    return heads


@lru_cache(maxsize=1)
def _parent_pattern() -> "regex.Pattern[str]":
    """A parent head inside a span, followed by at least two more characters (the sub-unit's name)."""
    parents = [h for h, (role, label, _) in _heads().items() if label == "organizations" and role in ("head", "parent")]
    return regex.compile("(?:" + "|".join(regex.escape(h) for h in sorted(parents, key=len, reverse=True)) + r")(?=\p{Han}{2})")


def _head_at(text: str, end: int, start: int) -> str | None:
    """The longest head ending at `end` and starting after `start`."""
    heads = _heads()
    for size in range(min(7, end - start), 0, -1):
        if text[end - size : end] in heads:
            return text[end - size : end]
    return None


def name_at(text: str, start: int, limit: int, exact_end: int | None = None, run_pattern=RE_NAME_RUN) -> Licensed | None:
    """The longest licensed name starting at `start` (see the module doc), ending at `exact_end`
    when given, else before a follower; None when no span there has the shape. `run_pattern`:
    the characters a name may hold (Han only, or with a bracketed aside in a co-actor list)."""
    quoted = RE_QUOTED.match(text, start, limit)
    body = quoted.end() if quoted else start
    run = run_pattern.match(text[body : min(limit, body + MAX_NAME)]).group()
    ends = [exact_end] if exact_end is not None else range(body + len(run), body, -1)
    for end in ends:
        if end is None or end <= body or end > body + len(run):
            continue
        if exact_end is None and not _words()["follower"].match(text, end):
            continue
        head = _head_at(text, end, body)
        if head is None:
            continue
        role, label, kind = _heads()[head]
        stem = text[body : end - len(head)]
        if _words()["banned"].search(stem):
            continue
        if quoted:
            if role != "team" or len(stem) > MAX_QUOTED_DESCRIPTOR:
                continue
            return Licensed(start, end, label, quoted.group(1) + stem + head, kind)
        if function_word_stem(stem):
            continue  # 同时|社区联合…: the clause's conjunction before a bare head, no name (round 58 h8)
        if len(stem) < MIN_STEM or _words()["opener"].match(stem) or RE_STEM_LEVEL.fullmatch(stem) or stem in _heads():
            # (公司党委, 学校团委: a head word alone is the stem, the unit of a party named before)
            continue
        if role == "sub" and not _parent_pattern().search(stem, 2):
            continue
        if role == "kind" and (RE_LEVEL_END.search(stem) or RE_UNIT_COUNT.search(stem) or _head_at(stem, len(stem), 0)):
            # 某街道社会组织, 某中心两家社会组织, 某中心社会组织: the bodies of a street, or units just
            # named, called by their sort; not one named body
            continue
        return Licensed(start, end, label, stem + head, kind)
    return None


# A count of sides opening a stem (三方|服务公司, 第三方|物业): it says how many parties, names none.
RE_SIDES_COUNT = regex.compile(r"第?[一二三四五六七八九十两多]方")
# Tags of a two-character word before 公司 that make it a brand (联通 nz, 海尔 nrt), as organizations' F9.
BRAND_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz"})


@lru_cache(maxsize=1)
def _sort_words() -> tuple[frozenset[str], frozenset[str]]:
    """(sort words, extra heads): the words for the setting or trade of a unit in
    partnership_sort_words.tsv with the openers of partnership_licensed_words.tsv (爱心, 辖区, 各 …),
    and the unit words that end no name (企业, 商户)."""
    rows = read_table("partnership_sort_words.tsv")
    openers = {row["word"] for row in read_table("partnership_licensed_words.tsv") if row["role"] == "opener"}
    # (a level word opening a stem, 社区|卫生服务中心, is the article's own unit of that level, not a sort)
    sorts = frozenset(w for w in {row["word"] for row in rows if row["role"] == "sort"} | openers if not RE_STEM_LEVEL.fullmatch(w))
    return sorts, frozenset(row["word"] for row in rows if row["role"] == "head")


def sort_only(name: str) -> bool:
    """A name made of a head and only words for a sort of unit before it (小区物业公司, 爱心企业,
    三方服务公司, 园区物业; 保洁公司: 公司 after a two-character trade no brand): every such unit of the
    story, not one named unit. A bare head (住建局) is the article's unit of that name and stays; a
    two-character brand jieba knows (联通公司) stays."""
    sorts, extra_heads = _sort_words()
    head = next((h for h in extra_heads if name.endswith(h)), None) or _head_at(name, len(name), 0)
    if head is None or head == name:
        return False
    stem = name[: -len(head)]
    count = RE_SIDES_COUNT.match(stem)
    stem = stem[count.end() :] if count else stem
    if head == "公司" and len(stem) == 2 and not count and word_tags().get(stem) not in BRAND_TAGS:
        return True
    covered = [True] + [False] * len(stem)  # covered[i]: stem[:i] is a run of sort words
    for i in range(1, len(stem) + 1):
        covered[i] = any(covered[j] and stem[j:i] in sorts for j in range(max(0, i - 4), i))
    return len(stem) > 0 and covered[-1]


@lru_cache(maxsize=1)
def _described() -> tuple["regex.Pattern[str]", dict[str, tuple[str, str]]]:
    """The descriptors of partnership_name_descriptors.tsv (a level word may open one) and, for each,
    the label and kind of the bare name after it."""
    rows = {row["descriptor"]: (row["label"], row["kind"]) for row in read_table("partnership_name_descriptors.tsv")}
    words = "|".join(regex.escape(w) for w in sorted(rows, key=len, reverse=True))
    return regex.compile(rf"(?:辖区|本地|当地|市|区|县)?内?的?({words})"), rows


def described_name_at(text: str, pos: int, limit: int) -> Licensed | None:
    """A bare name after a descriptor that says what it is (爱心企业某某烤鸭开展…): the shortest run of
    two to MAX_BARE_NAME Han characters that a follower ends, with no clause word, opener or head."""
    pattern, rows = _described()
    match = pattern.match(text, pos, limit)
    if match is None:
        return None
    body = match.end()
    label, kind = rows[match.group(1)]
    for end in range(body + MIN_STEM, min(limit, body + MAX_BARE_NAME) + 1):
        name = text[body:end]
        if not regex.fullmatch(r"\p{Han}+", name):
            return None
        if _words()["follower"].match(text, end) and end < limit:
            if _words()["banned"].search(name) or _words()["opener"].match(name) or _head_at(text, end, body):
                return None
            return Licensed(body, end, label, name, kind)
    return None


def _partner_at(text: str, pos: int, limit: int, places) -> Licensed | None:
    """A licensed name at a partner's start: as written, else after a descriptor quote, a place chain
    or a descriptor of its kind (爱心企业某某)."""
    found = name_at(text, pos, limit)
    if found is not None:
        return found
    found = described_name_at(text, pos, limit)
    if found is not None:
        return found
    quoted = RE_QUOTED.match(text, pos, limit)
    if quoted:
        return name_at(text, quoted.end(), limit)
    end = pos
    while end < limit and places[end]:
        end += 1
    return name_at(text, end, limit) if end > pos else None


def licensed_parties(text: str, sentences, found: list[tuple[int, int]], places) -> list[Licensed]:
    """The parties the strong frames of `sentences` license (see the module doc); `found` holds
    the spans of parties already found, `places` one flag per character inside a place."""
    scan = _Scan(text, found, places)
    for s_start, s_end in sentences:
        for match in RE_FRAME.finditer(text, s_start, s_end):
            rs, re_ = match.span()
            if places[rs] or scan.inside_found(rs) or RE_NAME_PART_AFTER.match(text, re_):
                continue
            scan.side_after(re_, s_end)
            scan.actor_before(s_start, rs)
        for match in RE_WITH.finditer(text, s_start, s_end):
            rs, re_ = match.span()
            clause = RE_CLAUSE.search(text, re_, s_end)
            clause_end = clause.start() if clause else s_end
            if places[rs] or scan.inside_found(rs) or not RE_WITH_WORD.search(text, re_, clause_end):
                continue
            if scan.continues_found(rs):
                continue  # 某大学社会发展|与|某某研究院: 与 joins two fields of one name, not two parties
            scan.side_after(re_, clause_end)
            scan.actor_before(s_start, rs)
        for match in RE_STATIONED.finditer(text, s_start, s_end):
            if stationed_in(text, match.end(), s_end, found, places) is not None:
                scan.actor_before(s_start, match.start())
        for match in RE_TOGETHER_ACT.finditer(text, s_start, s_end):
            scan.co_actors(s_start, match.start())
        for match in RE_BY_JOINT_ACT.finditer(text, s_start, s_end):
            scan.co_actors(s_start, match.start(), by_only=True)
        for match in RE_ROSTER_CLOSE.finditer(text, s_start, s_end):
            scan.roster(s_start, match.start())
        for match in RE_PARTNER_UNIT.finditer(text, s_start, s_end):
            if places[match.start()] or scan.inside_found(match.start()):
                continue
            clause = RE_CLAUSE.search(text, match.end(), s_end)
            scan.partner_units(match.end(), clause.start() if clause else s_end)
    return sorted(scan.out, key=lambda p: p.start)


def stationed_in(text: str, pos: int, limit: int, found: list[tuple[int, int]], places) -> tuple[int, int] | None:
    """The span of the found village or community a unit's team is stationed in: the party right
    after the word ending at `pos` (a place chain may come first), named with a community head, when
    a first secretary or a work team follows it (RE_STATIONED_STAFF); None otherwise. A team sent to
    another unit (某委驻某局工作组) is the 驻 row's own reading of staff at a station, not a dispatch."""
    span = next(((fs, fe) for fs, fe in found if pos <= fs < limit), None)
    if span is None or not text[span[0] : span[1]].endswith(COMMUNITY_HEADS) or not RE_STATIONED_STAFF.match(text, span[1], limit):
        return None
    chain = text[pos : span[0]]
    if chain and not all(places[pos : span[0]]) and not RE_STATIONED_CHAIN.fullmatch(chain):
        return None
    return span


class _Scan:
    """The licensed parties of one article, collected side by side."""

    def __init__(self, text: str, found: list[tuple[int, int]], places) -> None:
        self.text, self.found, self.places = text, found, places
        self.out: list[Licensed] = []

    def inside_found(self, pos: int) -> bool:
        return any(fs <= pos < fe for fs, fe in self.found)

    def continues_found(self, pos: int) -> bool:
        """Whether the word at `pos` follows a found party's name by a run of name characters
        (某大学|社会发展|与): the name goes on over it; a party written right before it, or a
        clause, a list or a frame word between (某局…，并与), leaves it a frame word."""
        end = max((fe for fs, fe in self.found if fe <= pos and pos - fe <= MAX_FIELD_RUN), default=None)
        if end is None or end == pos:
            return False
        run = self.text[end:pos]
        return bool(RE_FIELD_RUN.fullmatch(run)) and not _words()["banned"].search(run) and not _words()["follower"].match(run)

    def overlaps(self, s: int, e: int) -> bool:
        return any(fs < e and s < fe for fs, fe in self.found) or any(p.start < e and s < p.end for p in self.out)

    def widening(self, item: Licensed) -> Licensed | None:
        """`item` as a name widening found parties cut short (see the module doc): every found party
        it overlaps lies inside it, after its start, and one ends where it ends, and what stands
        before them is neither only a place chain nor a descriptor; None otherwise."""
        s, e = item.start, item.end
        inside = [(fs, fe) for fs, fe in self.found if fs < e and s < fe]
        if not inside or any(p.start < e and s < p.end for p in self.out):
            return None
        if any(fs <= s or fe > e for fs, fe in inside) or not any(fe == e for _, fe in inside):
            return None
        head_start = min(fs for fs, _ in inside)
        before = self.text[s:head_start]
        if all(self.places[s:head_start]) or RE_LEVEL_END.search(before) or _descriptor_words().search(before):
            return None  # a place chain (青禾街道|红枫社区) or a descriptor before a whole name
        return Licensed(s, e, item.label, item.canonical, item.kind, widens=True)

    def found_at(self, pos: int) -> tuple[int, int] | None:
        return next(((fs, fe) for fs, fe in self.found if fs == pos), None)

    def side_after(self, pos: int, limit: int) -> None:
        """The partner side: B(、C及D) right after the word at `pos`, each item found or licensed."""
        text, places = self.text, self.places
        lead = RE_PARTNER_LEAD.match(text, pos, limit)
        pos = lead.end() if lead else pos
        for _ in range(5):
            span = self.found_at(pos)
            if span is None:
                quoted = RE_QUOTED.match(text, pos, limit)
                after = quoted.end() if quoted else pos
                while after < limit and places[after]:
                    after += 1
                span = self.found_at(after) if after > pos else None
            if span is not None:
                # a found parent written before its sub-unit (某支队|某某大队): the chain is the party
                chain = name_at(text, span[0], limit)
                if chain is not None and chain.end > span[1] and _heads()[_head_at(text, chain.end, span[0])][0] == "sub":
                    if not any(p.start < chain.end and chain.start < p.end for p in self.out):
                        self.out.append(chain)
                    span = (chain.start, chain.end)
                pos = span[1]
            else:
                item = _partner_at(text, pos, limit, places)
                if item is not None and self.overlaps(item.start, item.end):
                    item = self.widening(item)
                if item is None:
                    return
                self.out.append(item)
                pos = item.end
            mark = RE_LIST_MARK.match(text, pos, limit)
            if not mark:
                return
            pos = mark.end()

    def co_actors(self, s_start: int, end: int, by_only: bool = False) -> None:
        """A list of units filling its clause (time words aside) up to `end`, where they act together:
        every item found or licensed, a found name widened over the rest of its item; nothing
        unless the whole clause (after 由 when there is one; with `by_only`, only then) is such a list
        of two items or more."""
        text, places = self.text, self.places
        clause_start = s_start
        for mark in RE_CLAUSE.finditer(text, s_start, end):
            clause_start = mark.end()
        lead = RE_ACTOR_LEAD.match(text, clause_start, end)
        pos = lead.end() if lead else clause_start
        by = RE_BY_LEAD.match(text, pos, end)
        if by is not None and not any(pos <= fs < by.end() for fs, _ in self.found):
            pos = by.end()  # the list is the agent after 由 (该项目由A、B共同实施)
        elif by_only:
            return
        items: list[Licensed] = []
        count = 0
        while pos < end:
            bare = pos
            while bare < end and places[bare]:
                bare += 1
            if bare < end and self.found_at(bare) is not None:
                pos = bare  # a place chain before a found name (某市某区某街道|某社区委员会)
            span = self.found_at(pos)
            item = name_at(text, pos, end, run_pattern=RE_LIST_NAME_RUN)
            if span is not None and (item is None or item.end <= span[1]):
                pos = span[1]
            elif item is not None and self._tail_only(pos, item):
                if span is None and any(p.start < item.end and pos < p.end for p in self.out):
                    return
                tail = any(pos < fs < item.end for fs, _ in self.found)
                # a found start cut at 联合 (某医院某科|联合党支部: the extractor read the joint body's
                # 联合 as the frame word) stays the party too; a sub-unit after a parent (某市司法局|
                # 第三戒毒所) is a unit of its own, widened
                cut_at_joint = span is not None and text.startswith("联合", span[1])
                items.append(Licensed(item.start, item.end, item.label, item.canonical, item.kind,
                                      widens=span is not None or tail, keeps=tail or cut_at_joint))
                pos = item.end
            else:
                return
            count += 1
            mark = RE_LIST_MARK.match(text, pos, end)
            if mark is None:
                break
            pos = mark.end()
        if pos == end and count >= 2:
            self.out += [it for it in items if not any(p.start < it.end and it.start < p.end for p in self.out)]

    def roster(self, s_start: int, end: int) -> None:
        """A roster of units filling its clause up to `end` (A、B、C等多家…单位): every item is a unit,
        so an item no extractor named is licensed as an organization when another item is a found
        party; its kind comes from its head, else other. An item is skipped (the roster is left
        alone) when it holds a clause word, opens with a generic or level word, lies in a place, is a
        bare head (卫生院: the article's unit of that name), names only a sort of unit (爱心企业) or
        ends in a word for people (居民代表, 某某社工: RE_ROSTER_PEOPLE). Round 40b: rosters of partner
        units whose short names no extractor took (某某三幼, 某某爱心社, 某某文化城)."""
        text = self.text
        clause_start = s_start
        for mark in RE_CLAUSE.finditer(text, s_start, end):
            clause_start = mark.end()
        lead = RE_ACTOR_LEAD.match(text, clause_start, end)
        pos = lead.end() if lead else clause_start
        items: list[tuple[int, int]] = []
        while pos < end:
            item = RE_ROSTER_ITEM.match(text, pos, end)
            if item is None:
                return
            items.append(item.span())
            pos = item.end()
            if pos == end:
                break
            mark = RE_LIST_MARK.match(text, pos, end)
            if mark is None:
                return
            pos = mark.end()
        if len(items) < 2:
            return
        named = [(s, e) for s, e in items if self._covers(s, e)]
        if not named:
            return
        unnamed = []
        for s, e in items:
            if (s, e) in named:
                continue
            name = text[s:e]
            if not MIN_ROSTER_ITEM <= len(name) <= MAX_ROSTER_ITEM or not regex.fullmatch(r"\p{Han}+", name):
                return
            if self.overlaps(s, e) or all(self.places[s:e]) or _words()["banned"].search(name) or _words()["opener"].match(name):
                return
            if name in _heads() or sort_only(name) or RE_STEM_LEVEL.match(name) or RE_ROSTER_PEOPLE.search(name):
                return
            head = _head_at(text, e, s)
            role, label, kind = _heads()[head] if head else ("head", "organizations", "other")
            if label != "organizations":
                return
            unnamed.append(Licensed(s, e, "organizations", name, kind))
        self.out += unnamed

    def partner_units(self, pos: int, limit: int) -> None:
        """The units a partner-unit word names right after it (RE_PARTNER_UNIT), up to `limit`: each
        item is a found party, a name with a head (a found name cut short widened to it: 共建单位
        某某化工厂党委, found as 工厂党委) or, when another item of the list is a found party, a bare
        name (某某自控, 某某科技) that a list mark or a follower ends. The word says what they are, so
        no head is needed; a bare item with a clause word, an opener or a head of its own ends the list."""
        text = self.text
        named, bare, found_item = [], [], False
        for _ in range(MAX_PARTNER_UNITS):
            span = self.found_at(pos)
            if span is not None:
                found_item, pos = True, span[1]
            else:
                item = self._cut_name(pos, limit) or self._bare_unit(pos, limit)
                if item is None:
                    break
                (named if item.widens or _head_at(text, item.end, item.start) else bare).append(item)
                pos = item.end
            mark = RE_LIST_MARK.match(text, pos, limit)
            if not mark:
                break
            pos = mark.end()
        self.out += named + (bare if found_item else [])

    def _cut_name(self, pos: int, limit: int) -> Licensed | None:
        """A name with a head from `pos` to the end of the first found party starting after it, with
        only name characters between, that widens that party (cut short by its extractor)."""
        span = next(((fs, fe) for fs, fe in self.found if pos < fs and fe <= limit and fs - pos <= MAX_NAME), None)
        if span is None or not RE_NAME_RUN.fullmatch(self.text, pos, span[0]):
            return None
        item = name_at(self.text, pos, limit, exact_end=span[1])
        return self.widening(item) if item is not None else None

    def _bare_unit(self, pos: int, limit: int) -> Licensed | None:
        """The shortest bare name of MIN_ROSTER_ITEM..MAX_BARE_NAME Han characters at `pos` that a list
        mark or a follower ends, with no clause word, opener or head of its own."""
        for end in range(pos + MIN_ROSTER_ITEM, min(limit, pos + MAX_BARE_NAME) + 1):
            name = self.text[pos:end]
            if not regex.fullmatch(r"\p{Han}+", name):
                return None
            if not (RE_LIST_MARK.match(self.text, end, limit) or _words()["follower"].match(self.text, end)):
                continue
            if _words()["banned"].search(name) or _words()["opener"].match(name) or _head_at(self.text, end, pos):
                return None
            if any(self.places[pos:end]) or self.overlaps(pos, end) or sort_only(name) or RE_ROSTER_PEOPLE.search(name):
                return None
            return Licensed(pos, end, "organizations", name, "other")
        return None

    def _covers(self, s: int, e: int) -> bool:
        """A found party fills the item s..e, quote marks aside."""
        core = strip_quotes(self.text[s:e])
        return any(s <= fs and fe <= e and fe - fs >= len(core) for fs, fe in self.found)

    def _tail_only(self, pos: int, item: Licensed) -> bool:
        """No found party starts inside list item `item` (at `pos`), or one does that is the item's
        tail, cut short by its extractor (华润置地|杭州公司第二党支部, 五里|湖畔社区), with no place
        chain or descriptor before it (`widening`)."""
        inner = [(fs, fe) for fs, fe in self.found if pos < fs < item.end]
        if not inner:
            return True
        return len(inner) == 1 and inner[0][1] == item.end and self.widening(item) is not None

    def actor_before(self, s_start: int, rs: int) -> None:
        """The actor side: a name filling its clause (time words aside) up to the word at `rs`."""
        text, places = self.text, self.places
        clause_start = s_start
        for mark in RE_CLAUSE.finditer(text, s_start, rs):
            clause_start = mark.end()
        if any(clause_start <= p.start < rs for p in self.out):
            return
        found_before = any(clause_start <= fs < rs for fs, _ in self.found)
        lead = RE_ACTOR_LEAD.match(text, clause_start, rs)
        start = lead.end() if lead else clause_start
        bare = start
        while bare < rs and places[bare]:
            bare += 1
        actor = name_at(text, start, rs + 1, exact_end=rs)
        if bare > start and (actor is None or actor.label == "communities"):
            # a community is named without the place chain before it; another party may need it
            actor = name_at(text, bare, rs + 1, exact_end=rs) or actor
        if actor is not None and (found_before or self.overlaps(actor.start, actor.end)):
            actor = self.widening(actor)
        if actor is not None:
            self.out.append(actor)
