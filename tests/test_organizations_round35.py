"""Round 35 (organizations). F7 widened to stations: a union written only as the head of its rest
station's name (某社区工会驿站, 某工会户外劳动者服务站) is part of the programme's name, not a body;
one also written alone, or a body before a visiting verb, stays.

Every sentence here is made up (invented places, units and people; real province or city names where
the gazetteer must know them)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


# ---------------------------------------------------------------- F7: a station's head
@pytest.mark.parametrize(
    "text, expected",
    [
        ("近日，梧桐社区工会驿站推出了免费凉茶。", []),
        ("为方便环卫工人，社区设置工会驿站，配齐了桌椅和饮水机。", []),
        ("环卫工人走进位于某街道的青禾工会户外劳动者服务站歇脚。", []),
        ("驿站已升级为多功能工会服务阵地。", []),
        ("环卫工人在梧桐小公园工会户外劳动者爱心驿站领到了凉茶。", []),
    ],
)
def test_round35_union_heading_a_station_names_no_body(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a union before a visiting verb, and one written alone as well
        ("梧州市总工会走进梧桐社区工会驿站开展慰问。", ["梧州市总工会"]),
        ("梧桐社区工会开展送清凉活动，地点在梧桐社区工会驿站。", ["梧桐社区工会", "梧桐社区工会"]),
    ],
)
def test_round35_union_written_alone_kept(text, expected):
    assert organizations(text) == expected


# ---------------------------------------------------------------- joint unions and 工联会
@pytest.mark.parametrize(
    "text, expected",
    [
        ("活动依托梧桐社区联合工会、社会组织和辖区企业开展。", ["梧桐社区联合工会"]),
        ("青禾商圈联合工会成立大会昨天召开。", ["青禾商圈联合工会"]),
        ("春节前，梧桐社区工联会走访了困难职工。", ["梧桐社区工联会"]),
        # a bare joint union or 社区工联会 names none
        ("街道总工会批准成立联合工会。", []),
        ("遇到困难，社区工联会一定及时帮助。", []),
    ],
)
def test_round35_joint_unions(text, expected):
    assert organizations(text) == expected


# ---------------------------------------------------------------- service halls acting as bodies
@pytest.mark.parametrize(
    "text, expected",
    [
        ("近日，桃源镇社区事务受理服务中心推出了预约服务。", ["桃源镇社区事务受理服务中心"]),
        ("近日，徐汇区天平街道社区事务受理中心把服务延伸至居委会。", ["徐汇区天平街道社区事务受理中心"]),
        ("镇远县政务服务中心主动拆墙，推动服务下沉。", ["镇远县政务服务中心"]),
        ("中心还将与市政务服务中心实现联网。", ["市政务服务中心"]),
        # unnamed halls, and a hall a scene-setting phrase describes
        ("以前居民得赶去街道社区事务受理中心排队。", []),
        ("办事群众可连线社区事务受理中心做视频咨询。", []),
        ("如今，政务服务中心成了中枢总台。", []),
        ("走进施秉县政务服务中心，迎面是一排窗口。", []),
    ],
)
def test_round35_service_halls_named_by_place(text, expected):
    assert organizations(text) == expected


# ---------------------------------------------------------------- spans that swallow a verb or a person
@pytest.mark.parametrize(
    "text, expected",
    [
        # a set phrase of an adverb and an adjective-verb (不断丰富) opens no school's name
        ("街道不断丰富老年大学的课程内容。", []),
        # a person's graduation, not a school acting
        ("2010年，返乡青年王某某大学毕业后回到了家乡。", []),
        # a resident's name glued to 向 before the body addressed (a bare 社区物业 names none)
        ("居民李文向社区物业反映了漏水问题。", []),
        # the school itself stays
        ("青禾市老年大学不断丰富课程内容。", ["青禾市老年大学"]),
        # a set phrase of a verb and a noun (退役|军人) names whom the association serves: kept whole
        ("青禾市关爱退役军人协会会长王立新表示，将继续组织老兵志愿服务。", ["青禾市关爱退役军人协会"]),
    ],
)
def test_round35_no_verb_or_person_inside_a_name(text, expected):
    assert organizations(text) == expected


# ---------------------------------------------------------------- national bodies by their short names
@pytest.mark.parametrize(
    "text, expected",
    [
        ("2021年，中共中央、国务院印发了关于加强老龄工作的意见。", ["中共中央", "国务院"]),
        ("该站由共青团中央、全国青联授予青年文明号称号。", ["共青团中央", "全国青联"]),
        # inside a longer name: not the centre itself
        ("他是中共中央党校的教授。", []),
    ],
)
def test_round35_national_short_names(text, expected):
    assert organizations(text) == expected


# ---------------------------------------------------------------- C10: 局 glued to its head's 局长
@pytest.mark.parametrize(
    "text, expected",
    [
        ("“干部多跑腿，群众少跑路。”达川区行政审批局局长王某某说。", ["达川区行政审批局"]),
        ("县政务局局长刘某某举例说明了代办流程。", ["县政务局"]),
        ("这种格局长期存在。", []),
    ],
)
def test_round35_bureau_glued_to_its_heads_title(text, expected):
    assert organizations(text) == expected


# ---------------------------------------------------------------- F7: 队伍 is a workforce, not a team
@pytest.mark.parametrize(
    "text, expected",
    [
        ("今年，青禾区公安分局把辖区里的志愿服务队伍统一更名为“青禾义警”。", ["青禾区公安分局"]),
        ("青禾市税务局红枫志愿服务总队开展了义务讲解。", []),
    ],
)
def test_round35_service_workforce_is_no_team_name(text, expected):
    assert organizations(text) == expected


# ---------------------------------------------------------------- F8: 人民满意 is an honour title
@pytest.mark.parametrize(
    "text, expected",
    [
        ("该所获国务院、公安部授予的人民满意派出所称号。", ["国务院", "公安部"]),
        ("争创人民满意派出所没有终点。", []),
        ("青禾县人民医院获评先进。", ["青禾县人民医院"]),
    ],
)
def test_round35_people_satisfied_title_is_no_unit(text, expected):
    assert organizations(text) == expected


# ---------------------------------------------------------------- aliases: a branch by its district
def test_round35_branch_short_name_is_an_alias():
    from contexts import run

    text = "近年来，长春市公安局南湖分局开展平安创建。南湖分局还组建了巡逻队。"
    mentions = run(text, "places", "communities", "organizations").mentions["organizations"]
    assert [(text[m.start : m.end], m.canonical) for m in mentions] == [
        ("长春市公安局南湖分局", "长春市公安局南湖分局"),
        ("南湖分局", "长春市公安局南湖分局"),
    ]
