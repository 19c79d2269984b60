"""Programs: a quote holding one plain common noun of the dictionary, standing bare in its clause
(before a clause mark, 的 or a verb), stresses a word of the sentence and names no programme;
a program word after the quote or in the word itself, and a count head, keep it. Round 57h6.
Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


BARE_NOUNS = [
    # before a comma, after a verb that opens a way
    ("comma", "街道为行动不便的老人开辟“绿色通道”，上门办理各项业务。"),
    # before 的 and its count of members
    ("de", "青禾社区“治保会”的30余名成员参加了夜间巡逻。"),
    # before a verb: the quote is what a person is to the team
    ("verb", "老党员王大海作为服务队的“主心骨”负责排班和培训。"),
    # before 、 in a list of people, not of quoted names
    ("people_list", "桃源社区联合镇卫生院的“家庭医生”、网格员上门走访。"),
    # at the end of a headline
    ("headline_end", "青禾村乡贤参事会为村里请来“领头羊”"),
]

KEPT = [
    # a brand word after the quote names the quoted word
    ("brand_after", "桃源社区党委以“灯塔”党建品牌为引领，推动各项工作。",
     [("灯塔", "brand")]),
    # a team word after the quote that opens with a verb (维修): the whole word is no verb
    ("team_word_after", "社区组建了“热心肠”维修队、“夕阳红”巡逻队等服务小队。",
     [("热心肠维修队", "team"), ("夕阳红巡逻队", "team")]),
    # a team word after the quote
    ("team_after", "小区里有一支“小太阳”志愿服务队，每周陪空巢老人聊天。",
     [("小太阳志愿服务队", "team")]),
    # a program word inside the quoted word: the event is named
    ("suffix_inside", "除夕夜，社区组织“饺子宴”，留守老人们围坐一桌。",
     [("饺子宴", "activity")]),
]


@pytest.mark.parametrize("name, text", BARE_NOUNS, ids=[row[0] for row in BARE_NOUNS])
def test_bare_quoted_common_noun_is_no_program(name, text):
    assert programs(text) == []


@pytest.mark.parametrize("name, text, expected", KEPT, ids=[row[0] for row in KEPT])
def test_quoted_common_noun_named_by_program_word_stays(name, text, expected):
    assert programs(text) == expected
