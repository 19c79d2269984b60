"""Models, round 38. Sentences of our own making with made-up names.

- A quoted numeric abbreviation that names a group of people, by its own last word (人员, 人物,
  群体) or by the words its quote modifies (“三新”某某群体), is no model; a set of roles (“八大员”)
  and a method whose quote is followed by a method word stay.
- N位一体 is a model only when the text calls it one right after (的工作模式, 机制); alone it
  describes how the thing after it is built.
"""

from __future__ import annotations

import pytest

from contexts import model_names


@pytest.mark.parametrize("text", [
    "巡河队由老党员、老教师等“五老人员”组成，每周巡查两次。",
    "评选中，桂溪镇的两位社工入选“八大助老人物”榜单。",
    "驿站主要服务外卖骑手等“三新”就业群体，冬暖夏凉。",
    "社工站重点走访“两困”人员，建立台账。",
])
def test_numeric_group_of_people_is_no_model(text):
    assert model_names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("柳荫社区：“八大员”为民服务暖人心", ["八大员"]),
    ("梅岭村实行“三联双促”工作法，矛盾就地化解。", ["三联双促"]),
])
def test_numeric_roles_and_methods_stay(text, expected):
    assert model_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("青杉街道打造楼长、网格、物业、社工“四位一体”的工作模式，效果明显。", ["四位一体"]),
    ("石门村形成党群“三位一体”联动机制。", ["三位一体"]),
    ("致力于建设“五位一体”的美丽宜居小镇。", []),
    ("构建照护、康复、陪伴三位一体的综合服务平台。", []),
])
def test_n_wei_yi_ti_needs_a_model_word_after(text, expected):
    assert model_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("所谓“三拳难敌六手”，单靠社区干部远远不够。", []),
    ("这条老街被誉为“五湘红巷”，游人不断。", []),
    ("老人常说，俗话说：“一日一善”嘛。", []),
    ("青柳社区推行“三清两整治”，村容焕然一新。", ["三清两整治"]),
])
def test_quote_under_an_epithet_frame_is_no_method(text, expected):
    assert model_names(text) == expected
