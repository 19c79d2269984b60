"""Models, round 35. Sentences of our own making with made-up names.

- A quoted X+Y formula of contents or activities counts when a word in its clause says its sides
  are joined or drive the work together (model_vocab.tsv formula_joined: 相结合, 双引擎, 双轮驱动,
  融合), as a model word does; 活动 is a generic side (服务+活动 names nothing).
"""

from __future__ import annotations

import pytest

from contexts import model_names


@pytest.mark.parametrize("text, expected", [
    ("巡防队采取“骑巡+蹲点”相结合的方式守护夜市。", ["骑巡+蹲点"]),
    ("青溪社区以“菜单选课+上门送课”为双引擎办好夜校。", ["菜单选课+上门送课"]),
    ("该项目以“院落焕新+议事能力培育”双轮驱动改造老旧院落。", ["院落焕新+议事能力培育"]),
    ("窗口把线上“掌上办理+远程帮办”融合推进。", ["掌上办理+远程帮办"]),
])
def test_formula_whose_sides_are_joined_is_a_model(text, expected):
    assert model_names(text) == expected


@pytest.mark.parametrize("text", [
    "茶园合作社以“服务+活动”双轮驱动开拓线上销路。",
    "驿站升级为“歇脚+阅读”的多功能阵地。",
    "夏令营用“讲座+游戏”的形式开展安全教育。",
])
def test_formula_nothing_joins_or_of_generic_sides_is_no_model(text):
    assert model_names(text) == []


# --- an unquoted system a verb adopts (model_vocab.tsv adopt_verb, adopt_head) ---------------------

@pytest.mark.parametrize("text, expected", [
    ("北川市在各街道推行街区规划师制度，效果明显。", ["街区规划师制度"]),
    ("桂岭社区积极引入错峰停车机制。", ["错峰停车机制"]),
    ("全县村级组织全面推行民事代跑机制。", ["民事代跑机制"]),
])
def test_system_adopted_by_a_verb_is_a_model(text, expected):
    assert model_names(text) == expected


@pytest.mark.parametrize("text", [
    "社区推行的考核机制很严格。",
    "街道推行联动机制。",
    "街道建立联席会议制度。",
    "社区推行网格化管理机制建设。",
])
def test_generic_or_unclosed_system_is_no_model(text):
    assert model_names(text) == []


def test_adopted_system_holding_a_known_model_is_the_known_model():
    assert model_names("青禾镇推行三所联动工作机制，调解纠纷。") == ["三所联动"]
