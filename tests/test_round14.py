"""Round 14 (programs and models): quoted names in a run before the word that calls them a model
(“甲”“乙”机制: each is a mechanism), and 村晚, a kind of village gala that names no program.
Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import model_names as models
from contexts import programs_and_kinds as programs


QUOTE_RUNS = [
    # two quotes right next to each other before 机制
    ("adjacent", "为化解邻里纠纷，镇里深化“访调对接”“法官驻村”机制，成效明显。",
     ["法官驻村", "访调对接"]),
    # a 、 between the quotes, a modifier before 模式
    ("listed", "桃溪社区推行“双向积分”、“红黑评议”工作模式，居民参与热情高涨。",
     ["双向积分", "红黑评议"]),
    # a third quote in the run
    ("three", "街道探索“一格一员”“一楼一长”“一户一档”管理机制。",
     ["一户一档", "一格一员", "一楼一长"]),
]


@pytest.mark.parametrize("text,expected", [case[1:] for case in QUOTE_RUNS], ids=[case[0] for case in QUOTE_RUNS])
def test_quotes_in_a_run_before_a_model_word_are_all_models(text, expected):
    assert sorted(models(text)) == expected


NO_MODEL_RUNS = [
    # the run ends in an activity word, and the model word comes only later in the clause
    ("activity_then_model", "社区举办“邻里节”“读书会”等活动，形成共建格局。"),
    # programme names before a 体系: stations the community opens
    ("programme_names", "柳营社区推出“暖心食堂”“幸福驿站”等服务体系。"),
    # quotes separated by words are no run
    ("apart", "社区开展“睦邻行”走访，并完善“楼栋议事”机制。"),
]


@pytest.mark.parametrize("text", [case[1] for case in NO_MODEL_RUNS], ids=[case[0] for case in NO_MODEL_RUNS])
def test_quotes_not_in_a_run_before_a_model_word(text):
    found = models(text)
    assert "邻里节" not in found and "读书会" not in found
    assert "暖心食堂" not in found and "幸福驿站" not in found
    assert "睦邻行" not in found


def test_apart_quote_before_the_model_word_is_still_a_model():
    assert models("社区开展“睦邻行”走访，并完善“楼栋议事”机制。") == ["楼栋议事"]


VILLAGE_GALAS = [
    ("brand", "近年来，该县依托各村的联欢活动，叫响了本县“村晚”品牌。"),
    ("event", "腊月二十，杏林村举办“村晚”，四邻八乡的村民都来观看。"),
    ("after_called", "这台晚会被乡亲们叫作“村晚”，一连办了九个年头。"),
]


@pytest.mark.parametrize("text", [case[1] for case in VILLAGE_GALAS], ids=[case[0] for case in VILLAGE_GALAS])
def test_village_gala_is_no_program(text):
    assert programs(text) == []


def test_a_named_gala_stays_a_program():
    assert [name for name, _ in programs("杏林村举办“杏花春来”村晚活动，村民自编自演。")] == ["杏花春来"]


RISING_NUMERALS = [
    # a core and two wings, quoted after a policy verb and a modifier, then a strategy word
    ("three_parts", "柳湾社区党委落实“一格三联五到位”的治理策略，服务更精准。", ["一格三联五到位"]),
    ("two_parts", "街道提出“一核两翼”，推动党建引领社区发展。", ["一核两翼"]),
    ("system", "社区构建“一心三环四联”服务体系。", ["一心三环四联"]),
]


@pytest.mark.parametrize("text,expected", [case[1:] for case in RISING_NUMERALS], ids=[case[0] for case in RISING_NUMERALS])
def test_rising_numeral_formulas_are_models(text, expected):
    assert models(text) == expected


NOT_RISING_MODELS = [
    # a programme word follows: the formula names an activity
    ("activity", "社区开展“一次两访”活动，走进老人家中。"),
    # 双 is no rising numeral
    ("double", "街道落实“一岗双责”，压实责任。"),
]


@pytest.mark.parametrize("text", [case[1] for case in NOT_RISING_MODELS], ids=[case[0] for case in NOT_RISING_MODELS])
def test_rising_numerals_before_an_activity_or_double_are_no_models(text):
    assert models(text) == []
