"""People, round 37: a sentence about a person's past whose closing clause states the role the
person holds now (T16: …，如今是…负责人). Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people

# The subject opens the sentence or a clause of it (past a quoted label such as “80后”); the role
# is the closing clause's phrase up to its title, after its counter or 的.
LATER_ROLE_CASES = [
    ("“80后”柏青禾在外地打拼九年，三十岁回到枫林镇，如今是枫林镇青年创业协会会长。",
     [("柏青禾", "枫林镇青年创业协会会长")]),
    ("这些年来，邝雨桐始终守着那片茶园，如今已是县人大代表的她，还在带乡亲们种茶。",
     [("邝雨桐", "县人大代表")]),
    ("宁知远退伍后回到翠湖社区，目前担任翠湖社区的一名网格员。", [("宁知远", "网格员")]),
]

# No person: the subject is a building or a group, the closing phrase names no title, or the
# clause is no present-tense role.
NO_PERSON_CASES = [
    "那栋小楼建于上世纪八十年代，几经翻修，如今是翠湖社区的老年活动中心。",
    "这支队伍成立于前年，队员越来越多，如今已是全县最大的志愿服务队。",
    "柏青禾在外地打拼多年，去年回到家乡，如今是家里的顶梁柱。",
    "柏青禾在外地打拼多年，后来成为一名网格员。",
]


@pytest.mark.parametrize("text, expected", LATER_ROLE_CASES)
def test_round37_role_closing_the_subjects_sentence(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text", NO_PERSON_CASES)
def test_round37_no_person_without_a_later_role(text):
    assert people(text) == []


# T1e: right after a title, a three-character name whose given part is a common word (喜欢, 中子,
# 胜利), when a clear predicate follows: punctuation, a speech verb, a follow word of two
# characters or more, or the passive 被.
WORD_GIVEN_CASES = [
    ("经过投票，退休干部柏喜欢被选为楼长。", [("柏喜欢", "干部")]),
    ("枫林商会秘书长宁中子出席活动。", [("宁中子", "枫林商会秘书长")]),
    ("会上，老兵邝胜利发言。", [("邝胜利", "老兵")]),
]

# No person: the surname is a function word (向, 和), the "given part" is a unit (包社区: takes
# charge of a community), the first two characters are a word (高兴地说), or no clear end follows.
NO_WORD_GIVEN_CASES = [
    "青禾小区的工作人员向前来登记的住户分发口罩。",
    "社区干部和居民表示支持。",
    "副主任包片、科长包社区，责任到人。",
    "社区书记高兴地说。",
    "退休干部柏喜欢读书看报。",
]


@pytest.mark.parametrize("text, expected", WORD_GIVEN_CASES)
def test_round37_titled_name_with_a_word_as_given_part(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text", NO_WORD_GIVEN_CASES)
def test_round37_no_name_for_words_after_a_title(text):
    assert people(text) == []


# Address forms after a surname (某大伯, 某阿婆) are honorific-only mentions, no person; a full
# name before its titled role still is one.
ADDRESS_FORM_CASES = [
    ("家住桂园小区3号楼的林大伯说：“现在方便多了。”", []),
    ("85岁的郑阿婆笑着说：“饭菜很合口味。”", []),
    ("住在渡口边的梁阿伯连声道谢。", []),
    ("住在河西的吴阿公高兴地说：“太好了。”", []),
    ("志愿者宋晓梅说：“我们每周都来。”", [("宋晓梅", "志愿者")]),
]


@pytest.mark.parametrize("text, expected", ADDRESS_FORM_CASES)
def test_round37_address_forms_name_no_person(text, expected):
    assert people(text) == expected


# A credit's own title after 作者： (作者：全媒体记者 某某) opens no name (全 is a surname), and an
# outlet joined by a dot before its reporter's title (某某日报·某某网记者) is no transliterated name.
CREDIT_TITLE_CASES = [
    ("东湖时讯|时间:2024-03-02 10:15作者:全媒体记者 柯明远 来源:本站原创\n\n3月1日，青禾社区开展义诊。",
     [("柯明远", "全媒体记者")]),
    ("作者:首席记者 柯明远\n\n3月1日，青禾社区开展义诊。", [("柯明远", "首席记者")]),
    ("农民日报·中国农网记者 柯明远 见习记者 贺兰\n\n3月1日，青禾社区开展义诊。",
     [("柯明远", "记者"), ("贺兰", "见习记者")]),  # (the outlet joins the role in the article's credits)
]


@pytest.mark.parametrize("text, expected", CREDIT_TITLE_CASES)
def test_round37_credit_titles_are_no_names(text, expected):
    assert people(text) == expected
