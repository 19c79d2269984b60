"""Round 22 second wave (organizations and communities, precision): verbs and a preposition that
jieba lets run into a unit word (距|某中心, 发动|派出所, 介绍|社工, 联系|…组织, 着力构建|学校), a post
read as a body (市委|常委), the centre of an area (…中心|位置), a day nursery (…托育园) and generic
community words (法治小区, 城郊村, 空心村, 大家小区, 志愿社区行).

Every sentence here is made up (invented places, units and people)."""

from __future__ import annotations

import pytest

from contexts import organization_surfaces as orgs
from contexts import community_surfaces as communities
from contexts import organizations_found as organizations


# ---------------------------------------------------------------- verbs left of a unit word
@pytest.mark.parametrize(
    "text, expected",
    [
        ("距国家青禾研究中心挂牌已有三百天，各地陆续跟进。", ["国家青禾研究中心"]),
        ("下一步将广泛发动派出所民警、楼栋长参与巡逻。", []),
        ("社工带领居民参观活动室、介绍社工服务内容。", []),
        ("今年以来，联系青禾慈善协会开展义诊十余次。", ["青禾慈善协会"]),
        ("这是柳河区着力构建学校、家庭共育格局的一次实践。", []),
    ],
)
def test_round22b_verbs_before_a_unit_word_open_no_name(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the same unit words with a name before them are still found
        ("桃湾派出所民警到场讲解。", ["桃湾派出所"]),
        ("青禾县乡村振兴研究中心发布报告。", ["青禾县乡村振兴研究中心"]),
    ],
)
def test_round22b_named_units_still_found(text, expected):
    assert orgs(text, places=("青禾县",)) == expected


# ---------------------------------------------------------------- a post is no body
@pytest.mark.parametrize(
    "text, expected",
    [
        ("在市委常委、宣传部部长林大山带领下，志愿者走进社区。", []),
        ("区委常委、组织部长赵小川出席活动。", []),
        # the level abbreviations of C15 stay
        ("区老龄委、市住建委、县新闻办参加会议。", ["区老龄委", "市住建委", "县新闻办"]),
    ],
)
def test_round22b_standing_committee_member_is_a_post(text, expected):
    assert orgs(text) == expected


# ---------------------------------------------------------------- the centre of an area
@pytest.mark.parametrize(
    "text, expected",
    [
        ("桃源社区位于柳河区老城区中心位置，面积不大。", []),
        ("该村地处柳河区中心地带。", []),
    ],
)
def test_round22b_centre_of_an_area_is_no_centre(text, expected):
    assert orgs(text, places=("柳河区",)) == expected


# ---------------------------------------------------------------- communities
@pytest.mark.parametrize(
    "text, expected",
    [
        ("而在法治小区的建设中，调解员作用明显。", []),
        # round 49: a 村 jieba glues to the next word (村是) still ends the village's name; 城郊村 stays out
        ("南坡村是城郊村，区位优势明显。", ["南坡村"]),
        ("这曾经是个典型的空心村。", []),
        ("在现场大家小区大门入口处有一处水池。", []),
        ("青禾街道：青春志愿社区行走进楼院", []),
        ("绿洲宝宝托育园内，孩子们正在做游戏。", []),
    ],
)
def test_round22b_generic_community_words(text, expected):
    assert communities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("柳岸小区居民自发组织巡逻。", ["柳岸小区"]),
        ("桃源社区党委组织志愿者走进楼院。", ["桃源社区"]),
    ],
)
def test_round22b_named_communities_still_found(text, expected):
    assert communities(text) == expected


# ---------------------------------------------------------------- people are no field, staff no brand
@pytest.mark.parametrize(
    "text, expected",
    [
        # a person noun before 与/和 is no field of one body's name
        ("柳岸社区党员与派出所民警共同走访楼院。", []),
        ("自从有了社工和服务中心进驻社区，活动多了。", []),
        # a unit's staff written after the unit: the unit only
        ("青禾街道社工站社工与儿童主任一起入户走访。", ["青禾街道社工站"]),
        # two fields of one body, and a stop that starts a name word before the ending's text, stay
        ("浙江省乡村治理与研究中心成立。", ["浙江省乡村治理与研究中心"]),
        ("吉林中韩眼科医院开展义诊。", ["吉林中韩眼科医院"]),
        ("柳河街道发展中心和龙泉街道办事处联合举办。", ["柳河街道发展中心", "龙泉街道办事处"]),
    ],
)
def test_round22b_people_and_staff_around_a_unit(text, expected):
    assert organizations(text) == expected
