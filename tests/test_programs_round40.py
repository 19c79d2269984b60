"""Programs, round 40: names in straight quotes ("…", ＂…＂) are read like names in curly
quotes; pairs are taken left to right on one line. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


STRAIGHT = [
    # a post named in straight quotes after a set-up verb
    ("post", '青柳村设立"红枫守望岗"，由老党员轮流值守。', [("红枫守望岗", "program")]),
    # a project word after the closing straight quote
    ("project", '社区推出"晴川邻伴"项目，为独居老人送餐。', [("晴川邻伴", "project")]),
    # full-width straight quotes
    ("full_width", '街道打造＂银杏议事厅＂，请居民共商小区事务。', [("银杏议事厅", "platform")]),
]

STRAIGHT_EMPTY = [
    # a quoted manner of serving (filter 27) is no program in straight quotes either
    ("manner", '志愿者推行"点菜式"上门服务，深受好评。'),
    # an odd straight quote mark pairs with nothing on its line
    ("unpaired", '他说"我们会继续做下去，大家放心。'),
    # a slogan of three short parts stays a slogan
    ("enumeration", '社区坚持"听民意、解民忧、暖民心"的原则。'),
]


@pytest.mark.parametrize("name, text, expected", STRAIGHT, ids=[row[0] for row in STRAIGHT])
def test_straight_quoted_name_is_read_like_a_curly_quoted_one(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", STRAIGHT_EMPTY, ids=[row[0] for row in STRAIGHT_EMPTY])
def test_straight_quoted_non_name_yields_nothing(name, text):
    assert programs(text) == []


TEAM_APART = [
    # a brand's project and the team it set up are two programs
    ("project_and_team",
     "“青瓦工匠”便民集市项目去年获奖。该项目招募居民组建“青瓦工匠”志愿服务队，每月上门维修。",
     [("青瓦工匠", "project"), ("青瓦工匠志愿服务队", "team")]),
    # a brand's activity and its patrol team
    ("activity_and_team",
     "桐林社区开展“蓝袖章”平安巡防活动。“蓝袖章”巡逻队每晚在小区巡查。",
     [("蓝袖章", "activity"), ("蓝袖章巡逻队", "team")]),
]

TEAM_ONE = [
    # a team named once and called by its quote later is one program
    ("team_then_quote", "社区组建“晨星”志愿服务队。“晨星”每周上门看望老人。",
     [("晨星志愿服务队", "team")]),
]


@pytest.mark.parametrize("name, text, expected", TEAM_APART + TEAM_ONE, ids=[row[0] for row in TEAM_APART + TEAM_ONE])
def test_team_keeps_its_own_name_beside_its_brands_project(name, text, expected):
    assert sorted(set(programs(text))) == sorted(expected)


CAMPAIGNS = [
    # a campaign's quote, a descriptor of up to six characters and 行动: the full name
    ("long_descriptor", "冬至前，青禾社工启动了“暖冬守望”专项帮扶行动，为独居老人送去棉被。",
     [("暖冬守望专项帮扶行动", "activity")]),
    ("five_characters", "社区开展楼院“三清一亮”环境集中整治行动，居民纷纷参与。",
     [("三清一亮环境集中整治行动", "activity")]),
]

CAMPAIGNS_EMPTY = [
    # 们 after the quote: the quote names people, and 实际行动 is deeds, no campaign
    ("plural_deeds", "小区里的“银发哨兵”们用实际行动守护着邻里平安。"),
]


@pytest.mark.parametrize("name, text, expected", CAMPAIGNS, ids=[row[0] for row in CAMPAIGNS])
def test_campaign_quote_with_longer_descriptor_names_the_whole_campaign(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", CAMPAIGNS_EMPTY, ids=[row[0] for row in CAMPAIGNS_EMPTY])
def test_plural_people_before_deeds_idiom_names_no_campaign(name, text):
    assert programs(text) == []
