"""People, round 42d: a three-character name cut to two where its last character is also a word.
Sentences written for these tests (names, places and wording invented)."""

from __future__ import annotations

import pytest

from test_people import people

CASES = [
    # after a title, a conjunction or causative before punctuation or a speech verb closes the name
    ("活动站主任韩卫和、志愿者代表出席仪式。", [("韩卫和", 5, 8, "主任", None, False)]),
    ("服务站站长邹明让说。", [("邹明让", 5, 8, "服务站站长", None, False)]),
    # the same third character after every occurrence, a different one after it each time
    ("讲师团成员孔庆武翻开一本旧相册。随后，孔庆武拿出一张奖状。",
     [("孔庆武", 5, 8, "成员", None, False), ("孔庆武", 19, 22, "成员", None, False)]),
]

SHORT_CASES = [
    # 和 with words after it is "and": the name stays two characters
    ("社区主任韩卫和志愿者一起走访。", [("韩卫", 4, 6, "社区主任", None, False)]),
    # a speech verb after every occurrence is no given name
    ("志愿者杜娟说：“很好。”杜娟说，还要继续。", [("杜娟", 3, 5, "志愿者", None, False), ("杜娟", 12, 14, "志愿者", None, False)]),
]


@pytest.mark.parametrize("text,expected", CASES + SHORT_CASES)
def test_people_round42d_name_length(text, expected):
    assert people(text) == expected


def test_people_round42d_no_name_without_title():
    assert people("大家和、谐相处。") == []
