"""Round 32 (organizations): the standard service homes named by the people they serve
(某某残疾人之家, 某村儿童之家; not one named by a province alone, F13) and the work team stationed
in a village (某村驻村工作队) are organization endings; a community service centre whose community
is written over its ending (桃源|社区服务中心: the community 桃源社区 ends inside the ending) is
named by that community; an ending inside one dictionary word (集|中学|习) is none (F2).

Every sentence here is made up (invented places, units and people)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations, programs_and_kinds


# ---------------------------------------------------------------- service homes (残疾人之家, 儿童之家 …)
@pytest.mark.parametrize(
    "text, expected",
    [
        # a disabled persons' home under a brand of its own
        ("上周，乐群残疾人之家的学员做了一批手工香皂。", ["乐群残疾人之家"]),
        # named by its street, with its head after it
        ("说起这些变化，雁栖街道残疾人之家负责人周某笑了。", ["雁栖街道残疾人之家"]),
        # a village's children's home
        # round 49: a children's home is a service point (org_venues.txt), a program in the pool gold
        ("暑假里，柳溪村儿童之家每天下午都开放。", []),
        # a community's women's and children's home
        ("枫林社区妇女儿童之家邀请律师讲解家事法律。", ["枫林社区妇女儿童之家"]),
    ],
)
def test_round32_named_service_home_is_an_organization(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the type alone, a count of them, a metaphor: no home is named
        "学员们在残疾人之家里学会了做面点。",
        "全镇已建成三个残疾人之家。",
        "我们要把小院打造成孩子们的儿童之家。",
        "社区计划新建儿童之家和妇女之家。",
    ],
)
def test_round32_unnamed_service_home_is_none(text):
    assert organizations(text) == []


# ---------------------------------------------------------------- F13 and a glued 到
@pytest.mark.parametrize(
    "text, expected",
    [
        # a home named by a province alone is an honour title or a rating standard
        ("这家托养机构荣获“河北省残疾人之家”称号。", []),
        ("社区按照河北省残疾人之家的星级标准改造了院子。", []),
        # jieba glues 到 to the unknown brand after it: the name starts after 到
        ("考察团一行到德裕残疾人之家了解辅助就业。", ["德裕残疾人之家"]),
    ],
)
def test_round32_province_home_title_and_glued_destination(text, expected):
    assert organizations(text) == expected


# ---------------------------------------------------------------- village work teams (驻村工作队)
@pytest.mark.parametrize(
    "text, expected",
    [
        ("入秋以来，桐岭村驻村工作队帮农户抢收玉米。", ["桐岭村驻村工作队"]),
        ("鹤鸣镇桐岭村扶贫驻村工作队队长孙某带队入户走访。", ["鹤鸣镇桐岭村扶贫驻村工作队"]),
    ],
)
def test_round32_named_village_work_team_is_an_organization(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "老人们都说驻村工作队办事实在。",
        "全县驻村工作队轮流参加了培训。",
        "今年共选派驻村工作队三十多支。",
    ],
)
def test_round32_unnamed_village_work_team_is_none(text):
    assert organizations(text) == []


# ---------------------------------------------------------------- a community written over 社区服务中心
@pytest.mark.parametrize(
    "text, expected",
    [
        ("暑期将至，桂香社区服务中心为孩子们开设了书法班。", ["桂香社区服务中心"]),
        ("居民们在桂香社区服务中心门口排队领取春联。", ["桂香社区服务中心"]),
    ],
)
def test_round32_community_service_centre_named_by_its_community(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "老人们平时都去社区服务中心下棋。",
        "各社区服务中心都配齐了血压计。",
    ],
)
def test_round32_unnamed_community_service_centre_is_none(text):
    assert organizations(text) == []


# ---------------------------------------------------------------- F2: an ending inside one dictionary word
@pytest.mark.parametrize(
    "text, expected",
    [
        # 中学 inside 集中学习: the clause's verb, no school
        ("每周五晚上，楼栋党员集中学习新修订的条例。", []),
        ("为方便新就业群体集中学习，驿站延长了开放时间。", []),
        # a school's own name keeps its ending
        ("桐岭中学的师生每周五集中学习安全知识。", ["桐岭中学"]),
    ],
)
def test_round32_ending_inside_a_dictionary_word_is_none(text, expected):
    assert organizations(text) == expected


# ---------------------------------------------------------------- programs: a bare 驻村工作队 is no program
@pytest.mark.parametrize(
    "text",
    [
        "今年以来，驻村工作队帮村里修好了水渠。",
        "入冬前，驻村工作队挨家挨户检查了取暖设备。",
    ],
)
def test_round32_bare_village_work_team_is_no_program(text):
    assert programs_and_kinds(text) == []
