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


# Credit lines of shapes the reader did not know (round 35): a credit in the black lenticular
# brackets of a city paper's lead holds every name of its run; a compiler's 编 closes the names
# like a photographer's 摄; the photos' credit (图片由…提供) ends the reporter's names; the news
# agency's 采访人员 is a reporter's title; 凃 (the variant of 涂) is a surname.
CREDIT_LINE_CASES = [
    ("【通讯员邝文彬柏庆华罗鸣】“欢迎来到我们的直播间。”",
     [("邝文彬", "通讯员"), ("柏庆华", "通讯员"), ("罗鸣", "通讯员")]),
    ("（记者邝文彬 柏庆华）", [("邝文彬", "记者"), ("柏庆华", "记者")]),
    ("作者：岑佳黎编", [("岑佳黎", "作者")]),
    ("作者：岑佳黎 摄", [("岑佳黎", "作者")]),
    ("融媒体记者苏晓峥图片由区文旅局提供", [("苏晓峥", "融媒体记者")]),
    ("新华社某地6月2日电（采访人员邝楠）各位网友晚上好。", [("邝楠", "采访人员")]),
    ("（记者凃文杰 王锐摄）", [("凃文杰", "记者"), ("王锐", "记者")]),
    # a bracket closed before the title, and sentence text in the bracket: no credit run
    ("【活动现场】记者走进村委会，看到大家忙着装箱。", []),
    ("【编者按】本期刊发通讯员来稿。", []),
]


@pytest.mark.parametrize("text, expected", CREDIT_LINE_CASES)
def test_round35_credit_lines(text, expected):
    assert people(text) == expected


# A post taken or kept, stated after the name (成为, 连任, with a time or manner adverb before the
# verb), is the person's role like 担任 or 当选 (round 35).
ROLE_CLAUSE_CASES = [
    ("2020年，邝立诚成为柳湾村驻村第一书记。他先修了路。", [("邝立诚", "柳湾村驻村第一书记")]),
    ("换届时，滕秀峰顺利连任村党总支书记。", [("滕秀峰", "村党总支书记")]),
    ("两年后，滕秀峰也成为一名网格员。", [("滕秀峰", "网格员")]),
    # no title in what the name became: nobody
    ("邝立诚成为大家的好帮手。", []),
    ("这里已经成为居民的好去处。", []),
]


@pytest.mark.parametrize("text, expected", ROLE_CLAUSE_CASES)
def test_round35_role_clauses(text, expected):
    assert people(text) == expected
