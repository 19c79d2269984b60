"""Models, round 37. Sentences of our own making with made-up names.

- An unquoted numbered structure of dimensions or joint actions (round 40: no longer tiers) named as a mechanism or
  system (N维/N联 + a short modifier + 机制/体系) is a model; an ordinal, a modifier with a
  function word, a name inside a quote and a bare count right after a quoted name are not.
"""

from __future__ import annotations

import pytest

from contexts import model_names


@pytest.mark.parametrize("text, expected", [
    ("派出所与物业公司推行巡逻、守望、劝导三联机制，夜间警情下降。", ["三联机制"]),
    ("石桥村探索出四维乡风共育新机制，村规民约焕然一新。", ["四维乡风共育新机制"]),
])
def test_unquoted_numbered_structure_is_a_model(text, expected):
    assert model_names(text) == expected


@pytest.mark.parametrize("text", [
    "青枫街道逐步健全了三级邻里互助服务体系，居民求助有门。",  # round 40: N级 tiers are no model
    "柳湾社区建成了三级协同的便民服务体系，办事更省心。",
    "这栋楼的第三级台阶体系有待修缮。",
    "会上介绍了“二十五联”的由来和做法。",
    "大家都说这片菜园里一级一级的梯田很美。",
])
def test_other_numbered_phrases_are_no_model(text):
    assert model_names(text) == []


def test_count_right_after_a_quoted_name_describes_it():
    assert model_names("南塘社区构建“邻里+物业”三维体系，服务更贴心。") == ["邻里+物业"]


def test_numbered_structure_inside_quotes_is_left_to_the_quote_rules():
    assert "新五维共治体系" not in model_names("大家把这套做法叫作“新五维共治体系”的雏形。")


@pytest.mark.parametrize("text, expected", [
    ("面对违建，桃岭镇“拆、控、管、治”四管齐下。", ["拆、控、管、治"]),
    ("村里以“石、亭、廊、墙”为载体宣传新村规。", []),
    ("车间里形成了“比、学、赶、超”的热烈气氛。", []),
])
def test_quoted_steps_must_all_be_actions(text, expected):
    assert model_names(text) == expected
