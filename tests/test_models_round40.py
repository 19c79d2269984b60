"""Models, round 40. Sentences of our own making with made-up names.

- An unquoted count of administrative tiers named as a mechanism or system (三级…体系, 四级…机制)
  is no named model: every system runs through its tiers; N维 and N联 structures stay models.
- A quoted name that modifies an aim (“…”工作目标, “…”两大核心任务) states what is to be reached,
  not a way of working; a model word in between keeps it (“…”机制建设任务).
- A quoted place name and a practice word (“<place>模式”, “<place>方案”, “<place>样板”) is the way
  of governing that place is known for; the same words after a stem that is no place are not.
- A quote the text moves away from is no model: an undo verb a few characters before it in its
  clause (打破了…“…”的格局, 突破“…”) or an old marker after it (“…”的传统模式).
"""

from __future__ import annotations

import pytest

from contexts import model_names


@pytest.mark.parametrize("text", [
    "溪口镇理顺了镇、村、组三级联动机制，事情有人管。",
    "云栖县初步建成县、乡、村三级助老服务体系。",
    "枫林街道搭起四级网格联络体系，楼栋也有了联络人。",
])
def test_unquoted_tier_count_is_no_model(text):
    assert model_names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("松岗村推行议事、监督、评议三联机制，村务更透明。", ["三联机制"]),
    ("南溪社区探索出四维邻里共治新机制。", ["四维邻里共治新机制"]),
])
def test_dimension_and_joint_structures_stay_models(text, expected):
    assert model_names(text) == expected


@pytest.mark.parametrize("text", [
    "青禾社区对照“四个一”工作目标，逐项推进楼院整治。",
    "两村围绕“果园增收、水渠修复”两大核心任务开展联建。",
    "白鹭街道定下了“六清”的目标，年底前完成。",
])
def test_name_of_an_aim_is_no_model(text):
    assert model_names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("松涛社区把深化“三治融合”机制建设任务列入清单。", ["三治融合"]),
    ("柏林村推行“三联”工作法，把目标细化到户。", ["三联"]),
])
def test_model_word_before_the_aim_keeps_the_model(text, expected):
    assert model_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("多年探索，当地走出了一条“宁波模式”。", ["宁波模式"]),
    ("这项改革为山区治理贡献了“贵州方案”。", ["贵州方案"]),
])
def test_quoted_place_practice_is_a_model(text, expected):
    assert model_names(text) == expected


@pytest.mark.parametrize("text", [
    "社区着力打造“安居样板”，楼道焕然一新。",
    "手机切换到“夜间模式”后更省电。",
])
def test_practice_word_after_no_place_is_no_model(text):
    assert model_names(text) == []


@pytest.mark.parametrize("text", [
    "这场恳谈会打破了物业“各自为政”的格局。",
    "南湖派出所突破“巡逻靠单警”的传统模式，群防力量更足。",
    "柳溪村告别“干部拍板”的旧机制。",
])
def test_quote_the_text_moves_away_from_is_no_model(text):
    assert model_names(text) == []


def test_undo_verb_in_an_earlier_clause_leaves_the_model():
    assert model_names("为破解停车难，东坡社区推行“错峰共享”停车模式。") == ["错峰共享"]
