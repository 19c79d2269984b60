"""People, round 35. Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


# Posts and trades news introduces a person by that the role list lacked (`person_roles.txt`,
# round 35): a police rank, sanitation and security workers, village service agents, a lecturer,
# a shop's keeper, engineers and designers, and the people of the land and the market by their
# trade (农民, 果农, 社员, 经营户).
NEW_ROLE_WORD_CASES = [
    ("巡逻途中，二级警长柏振川在楼道里查看消防通道。", [("柏振川", "警长")]),
    ("小区保安岑立舟对此深有体会。", [("岑立舟", "小区保安")]),
    ("翻开专职代办员郜晓莉的登记簿，一页页写满了代办事项。", [("郜晓莉", "代办员")]),
    ("课堂上，主讲人邬思源带着学员做了几个小游戏。", [("邬思源", "主讲人")]),
    ("准备外出务工的农民臧立强来到服务中心办证。", [("臧立强", "农民")]),
    ("果农滕秀兰一早就去果园摘柚子。", [("滕秀兰", "果农")]),
    ("合作社社员蒲金贵说，分红比往年多。", [("蒲金贵", "社员")]),
    ("市场经营户戴春生说道，巡逻队来了以后安心多了。", [("戴春生", "经营户")]),
    # the words with no name after them, or inside longer words: nobody
    ("保安室的灯一直亮着。", []),
    ("农民工工资按时足额发放。", []),
    ("果农们忙着采摘，经营户们忙着进货。", []),
]


@pytest.mark.parametrize("text, expected", NEW_ROLE_WORD_CASES)
def test_round35_new_role_words(text, expected):
    assert people(text) == expected
