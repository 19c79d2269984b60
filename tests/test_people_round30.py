"""People, round 30. Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


# A head's or a professional's title right after a full name (校长, 院长, 科长, 总经理, 总干事,
# 教授, 老师, 律师), also after the department the person heads (学生处|某某副主任).
TITLE_AFTER_NAME_CASES = [
    ("会上，邵明远校长作了总结。", [("邵明远", "校长")]),
    ("随后，祁雅琴副院长介绍了合作方案。", [("祁雅琴", "副院长")]),
    ("教务处卢思远副主任主持会议。", [("卢思远", "副主任")]),
    ("区文化馆宣教科程晓蕾科长讲解展品。", [("程晓蕾", "科长")]),
    ("活动中，邹文博教授为居民解读政策。", [("邹文博", "教授")]),
    ("我校后勤处詹可欣老师讲授防火知识。", [("詹可欣", "老师")]),
    ("签约后，章远航总经理表示将长期支持。", [("章远航", "总经理")]),
    # an honorific-only mention, or a title with no name before it: nobody
    ("居民们都喜欢听柏老师讲故事。", []),
    ("学校老师们到处张贴海报。", []),
    ("新任校长到任后走访了社区。", []),
]


@pytest.mark.parametrize("text, expected", TITLE_AFTER_NAME_CASES)
def test_round30_title_after_name(text, expected):
    assert people(text) == expected


# Trades, posts and callings news introduces a person by, written right before the name
# (person_roles.txt): 理发师, 歌手, 企业家, 乡贤, 管理员, 监督员, 专员, 教导员, 片警.
OCCUPATION_CASES = [
    ("理发师俞晓峰说，每月都来社区义剪。", [("俞晓峰", "理发师")]),
    ("晚会上，歌手容悦演唱了一首老歌。", [("容悦", "歌手")]),
    ("返乡企业家柴立民说：“家乡的事就是自己的事。”", [("柴立民", "企业家")]),
    ("新乡贤裘永康了解情况后捐建了凉亭。", [("裘永康", "乡贤")]),
    ("书屋管理员闵春燕说，借书的孩子越来越多。", [("闵春燕", "管理员")]),
    ("垃圾分类监督员甘露露上前提醒。", [("甘露露", "监督员")]),
    ("社区片警蔺志刚讲解了防诈骗知识。", [("蔺志刚", "社区片警")]),
    # the word with no name after it: nobody
    ("小区招募了三名楼道管理员和两名监督员。", []),
    ("本地企业家纷纷捐款捐物。", []),
]


@pytest.mark.parametrize("text, expected", OCCUPATION_CASES)
def test_round30_occupation_before_name(text, expected):
    assert people(text) == expected


# A leader's title followed by 关于 cites the leader's guidance as a document: no person in the
# story. The leader named at an event stays a person. (TITLES_AFTER_NAME holds one title, so the
# sentences use the one leader it is written for.)
CITATION_CASES = [
    ("夜校里，党员们逐段研读习近平总书记关于城市工作的论述。", []),
    ("走访之前，街道干部先重温了习近平总书记关于养老服务的指示。", []),
    ("去年，习近平总书记来到这个社区考察。", [("习近平", "总书记")]),
]


@pytest.mark.parametrize("text, expected", CITATION_CASES)
def test_round30_cited_guidance_is_no_person(text, expected):
    assert people(text) == expected
