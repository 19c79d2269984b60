"""People, accuracy round 18: where a name after a title ends when no lexicon word closes it
(jieba's token boundary), reduplicated given names, and junk the token boundary must not make.
Sentences written for these tests (names, places and wording invented)."""

from __future__ import annotations

import pytest

from test_people import people

TOKEN_END_CASES = [
    # a verb no lexicon lists after the name: jieba's tokens end it (王波|获此, 何春梅|带着)
    ("青禾社区党委书记柳晓波获此殊荣。", ("青禾社区",), [("柳晓波", 8, 11, "青禾社区党委书记", "青禾社区党委", False)]),
    ("社区主任王波获此殊荣。", (), [("王波", 4, 6, "社区主任", None, False)]),
    ("护理站站长何春梅带着志愿者入户走访。", (), [("何春梅", 5, 8, "站长", None, False)]),
    ("社工李敏获评优秀社工。", (), [("李敏", 2, 4, "社工", None, False)]),
    # a surname that is also a word (于) after a head's 长 title, the tokens ending the name
    ("理发队在队长于建平的带领下出发。", (), [("于建平", 6, 9, "队长", None, False)]),
]

REDUPLICATED_CASES = [
    # a given name of one character written twice, which jieba lists as an idiom
    ("河畔社区网格员钱聪聪介入调解。", ("河畔社区",), [("钱聪聪", 7, 10, "河畔社区网格员", "河畔社区", False)]),
    ("河畔社区网格员钱聪聪说。", ("河畔社区",), [("钱聪聪", 7, 10, "河畔社区网格员", "河畔社区", False)]),
]

NOTHING_CASES = [
    # a verb after a title that jieba's HMM keeps as one token: 齐 starts words (齐聚, 齐心)
    "来自各街道的居民代表齐聚文化广场。",
    # an adverb written twice after a title is no given name
    "志愿者代表常常参加活动。",
    # a nickname after a title
    "网格员小李带着志愿者入户。",
]


@pytest.mark.parametrize("text,communities,expected", TOKEN_END_CASES + REDUPLICATED_CASES)
def test_people_round18_name_after_title_ends_at_token_boundary(text, communities, expected):
    assert people(text, communities=communities) == expected


@pytest.mark.parametrize("text", NOTHING_CASES)
def test_people_round18_token_boundary_makes_no_junk(text):
    assert people(text) == []


LIST_CASES = [
    # three or more names joined by 、, none found with a role first: the list says they are names
    ("获奖的社工分别是林春燕、邵晓东、范丽君。",
     [("林春燕", 8, 11, None, None, False), ("邵晓东", 12, 15, None, None, False), ("范丽君", 16, 19, None, None, False)]),
    # the title before the list is every member's
    ("退休干部韩立军、蒋文斌、付晓梅等人参加了座谈。",
     [("韩立军", 4, 7, "干部", None, False), ("蒋文斌", 8, 11, "干部", None, False), ("付晓梅", 12, 15, "干部", None, False)]),
    # … else the title after 等
    ("曹志明、邹丽华、钟国强等志愿者为老人理发。",
     [("曹志明", 0, 3, "志愿者", None, False), ("邹丽华", 4, 7, "志愿者", None, False), ("钟国强", 8, 11, "志愿者", None, False)]),
    # a transliterated name with its dot is one item; the first name after a plain verb (有)
    ("评选出的先进个人有孟凡华、阿依古丽·买买提、苏建新。",
     [("孟凡华", 9, 12, None, None, False), ("阿依古丽·买买提", 13, 21, None, None, False), ("苏建新", 22, 25, None, None, False)]),
]

LIST_NOTHING_CASES = [
    # villages and things listed: a count of things or 等 before a unit closes the list
    "活动覆盖王庄、李湾、张集三个村。",
    "活动覆盖王庄、李湾、张集等村。",
    "居民可选择黄瓜、白菜、茄子等蔬菜。",
    "社区开展了唱歌、跳舞、朗诵等活动。",
    # two names are not enough for a list without a role
    "邵晓东、范丽君参加了活动。",
]


@pytest.mark.parametrize("text,expected", LIST_CASES)
def test_people_round18_names_listed_with_commas_are_people(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text", LIST_NOTHING_CASES)
def test_people_round18_lists_of_places_or_things_give_nobody(text):
    assert people(text) == []


def test_people_round18_authors_line_of_bare_names_gives_nobody():
    # a paper's authors on their own line under its title: names credited with no title
    assert people("社区协商的实践与思考\n邵晓东、范丽君、林春燕\n近年来，各地探索社区协商。") == []


def test_people_round18_area_resident_is_no_person_fact():
    # 辖区居民 is a bare resident word, like 社区居民
    assert people("志愿者走进辖区居民钱德顺家，询问老人用电情况。") == []


DOTTED_CASES = [
    # a transliterated name right after a title, whole: not its first two or three characters
    ("文艺队成员阿力木·吐尔逊演奏了冬不拉。", [("阿力木·吐尔逊", 5, 12, "成员", None, False)]),
    ("网格员阿依努尔·买买提介绍，社区有两百户。", [("阿依努尔·买买提", 3, 11, "网格员", None, False)]),
    ("社区主任努尔兰·哈力木，带领居民清扫积雪。", [("努尔兰·哈力木", 4, 11, "社区主任", None, False)]),
]


@pytest.mark.parametrize("text,expected", DOTTED_CASES)
def test_people_round18_transliterated_name_after_title_is_whole(text, expected):
    assert people(text) == expected


def test_people_round18_transliterated_resident_is_no_person_fact():
    # a bare resident word before a transliterated name: no person fact, as for any resident
    assert people("社区居民帕提古丽·吾守尔说，服务很贴心。") == []


def test_people_round18_numbered_roster_lines_give_each_name_with_its_posts():
    # a roster under a heading: number, name (a two-character one padded to three), colon, posts
    text = "先进个人名单：\n1.钱立群：青禾县柳湾镇河畔村党支部书记、村民委员会主任\n2.马 欣：青禾县柳湾镇桥头社区党委书记\n"
    assert [(name, role) for name, _, _, role, _, _ in people(text)] == [
        ("钱立群", "青禾县柳湾镇河畔村党支部书记、村民委员会主任"),
        ("马 欣", "青禾县柳湾镇桥头社区党委书记"),
    ]


def test_people_round18_numbered_line_without_a_title_gives_nobody():
    # a numbered agenda line: what follows the colon ends in no title
    assert people("议程：\n1.王建：介绍社区基本情况\n") == []
