"""Models, round 29: a quoted X+Y formula of contents or activities is a model only where its
clause after the quote calls it one (models filter 28); formulas that count their members or name
who acts in a side (社工, 居民, 党建) need no such word. A closed formula alone is no program either
(programs filter 36). Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import model_names, programs_and_kinds


@pytest.mark.parametrize("text, expected", [
    ("青禾社区推行“楼长+物业”协同治理模式。", ["楼长+物业"]),
    ("柳岸社区采用“茶叙+走访”的可持续运营模式。", ["茶叙+走访"]),
    ("石桥社区采取“上门走访+集中宣讲” 双线并行、部门协同的宣传模式。", ["上门走访+集中宣讲"]),
    ("枫林街道推行“社工+义工”结对服务的工作机制。", ["社工+义工"]),
    ("月湾村打出“党建+环保”组合拳。", ["党建+环保"]),
    ("南坡社区为每栋楼配备“1名网格员+N名志愿者”队伍。", ["1名网格员+N名志愿者"]),
    ("东湖社区构建“社工+义工”服务综合体。", ["社工+义工"]),
    ("槐树街道召开“网格员+民警”平安共建座谈会。", ["网格员+民警"]),
])
def test_formula_called_or_counted_is_kept(text, expected):
    assert model_names(text) == expected


@pytest.mark.parametrize("text", [
    "竹溪社区以“讲座+游戏”的形式开展了为期三天的宣传。",
    "桂香社区聚焦“健康守护+心理陪伴”两大核心，推出多项举措。",
    "活动以“趣味性+实用性”为核心，吸引居民参加。",
    "志愿者通过“情景表演+案例讲解”，教居民识别骗局。",
    "托管班分为“高年级+低年级”分级管理。",
    "报名请留言“姓名+电话”；名额有限。",
])
def test_formula_nothing_calls_a_model_yields_nothing(text):
    assert model_names(text) == []


@pytest.mark.parametrize("text", [
    "桂香社区打造“午餐+棋牌+陪护”一体化服务阵地。",
    "一场以“陪伴老人+认识职业”为核心的体验活动在青禾社区举行。",
    "社区推出“阅读+手工+安全”三维活动矩阵。",
])
def test_closed_formula_alone_is_no_program(text):
    assert programs_and_kinds(text) == []


def test_closed_formula_heads_a_program_name_written_after_it():
    assert programs_and_kinds("柳岸村“党建+积分”便民超市正式开业。") == [("党建+积分便民超市", "station")]


def test_closed_formula_before_another_quoted_name_is_not_listed():
    assert programs_and_kinds("一场以“陪伴老人+认识职业”为核心的“青苗”集市活动在社区举行。") == [("青苗", "activity")]


@pytest.mark.parametrize("text", [
    "驿站依照“有场所、有队伍、有活动、有台账”的“四有”标准建成。",
    "街道各级工会按照“五有”标准建成了一批暖心驿站。",
    "老旧的“三无”楼院有了物业服务。",
])
def test_numeral_with_you_or_wu_is_a_checklist(text):
    assert model_names(text) == []


def test_numeric_abbreviation_other_than_a_checklist_stays():
    assert model_names("青禾社区推行“三清两整治”，环境焕然一新。") == ["三清两整治"]
