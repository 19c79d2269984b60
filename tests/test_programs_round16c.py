"""Programs, round 16 third task (pooled errors): a two-part slogan with a comma anchored by a
program word at a distance, 大集 as the first event of a 暨 title, and deliberation bodies named
only by who sits on them or how they meet. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


TWO_PART = [
    # the slogan ends in 行动 itself, and 志愿服务活动 follows it
    ("own_word_then_activity", "上周六，二十名学生来到桃源社区参加“红装志愿，春风行动”助老志愿活动。",
     [("红装志愿，春风行动", "activity")]),
    # six characters between the slogan and 活动
    ("long_gap", "近日，青禾社区在文化广场举办“邻里同心，温暖万家”便民服务大集活动。",
     [("邻里同心，温暖万家", "activity")]),
    # 大集 before 暨 names the first of two events held as one
    ("joint_fair", "青禾社区举办“邻里同心，温暖万家”便民服务大集暨“明德守礼·与邻为善”邻居节活动。",
     [("明德守礼·与邻为善", "activity"), ("邻里同心，温暖万家", "program")]),
]

TWO_PART_EMPTY = [
    # speech with a comma that runs into no program word
    ("speech", "“房子修好了，住着更安心，”李大爷笑着说。"),
    # a two-part slogan followed by an ordinary noun
    ("plain_noun", "“小区是我家，和美靠大家”的标语贴满了楼道。"),
]


@pytest.mark.parametrize("name, text, expected", TWO_PART, ids=[row[0] for row in TWO_PART])
def test_two_part_slogan_anchored_by_a_later_program_word(name, text, expected):
    assert sorted(programs(text)) == sorted(expected)


@pytest.mark.parametrize("name, text", TWO_PART_EMPTY, ids=[row[0] for row in TWO_PART_EMPTY])
def test_no_slogan_without_a_program_word(name, text):
    assert programs(text) == []


BODIES_EMPTY = [
    ("party_and_masses", "每年年初，楼栋长组织党群议事会，商量楼道里的事。"),
    ("joint_meeting", "青禾社区召开联席议事会，物业和业委会代表参加。"),
    ("consultation_hall", "居民们来到协商议事厅反映停车难的问题。"),
    ("riders", "桃源社区成立骑手议事会，外卖小哥一起商量停车点。"),
    ("children", "暑假里，青禾社区组建儿童议事会，孩子们讨论游乐场怎么改。"),
]


@pytest.mark.parametrize("name, text", BODIES_EMPTY, ids=[row[0] for row in BODIES_EMPTY])
def test_deliberation_body_named_by_its_members_names_nothing(name, text):
    assert programs(text) == []


def test_deliberation_body_with_a_name_of_its_own_stays():
    assert programs("桃源社区成立加梯议事会，每周商量电梯加装进度。") == [("加梯议事会", "platform")]


EVENTS = [
    ("debate", "四月，桃源社区开展了一场“旧衣到底怎么处理”辩论赛。", [("旧衣到底怎么处理", "activity")]),
    ("exhibition", "青禾社区举办“我爱桃源”书法作品展。", [("我爱桃源", "activity")]),
    ("salon", "青禾社区开办“书香满径 心向远方”读书沙龙。", [("书香满径 心向远方", "activity")]),
]

EVENTS_EMPTY = [
    # a two-character policy word before a salon names nothing
    ("policy_word", "社区举办“双减”政策解读沙龙。"),
    # the event word inside the quote, with no name of its own
    ("word_only", "大家在社区的“读书沙龙”里畅所欲言。"),
    # a question quoted before the event word
    ("question", "居民们围绕“小区停车难，怎么办？”辩论赛展开讨论。"),
]


@pytest.mark.parametrize("name, text, expected", EVENTS, ids=[row[0] for row in EVENTS])
def test_quote_before_a_debate_exhibition_or_salon(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", EVENTS_EMPTY, ids=[row[0] for row in EVENTS_EMPTY])
def test_no_event_name_without_a_quoted_name(name, text):
    assert programs(text) == []
