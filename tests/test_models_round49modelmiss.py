"""Models, round 49 (modelmiss). Sentences of our own making with made-up names.

- A quoted X+Y formula whose clause names the structure its sides build (…”立体巡查网络,
  …”三级架构, …”的某某服务网: model_vocab.tsv formula_structure) is a model, as one a `called`
  word follows is; the same formula before an uncalling noun (平台, 形式) stays no model.
"""

from __future__ import annotations

import pytest

from contexts import model_names


@pytest.mark.parametrize("text, expected", [
    ("松岭派出所组建“单车巡逻+楼道走访+夜间值守”立体巡查网络，守护街巷平安。", ["单车巡逻+楼道走访+夜间值守"]),
    ("青石县提出“中心校+片区校+教学点”三级架构，统筹课程安排。", ["中心校+片区校+教学点"]),
    ("白桦社区织密“楼长牵头+邻里互看+专员回访”的助老服务网。", ["楼长牵头+邻里互看+专员回访"]),
])
def test_quoted_formula_named_as_a_structure_is_a_model(text, expected):
    assert model_names(text) == expected


@pytest.mark.parametrize("text", [
    "桂香社区开设“书画+茶艺”体验课，报名的人很多。",
    "图书室采用“借阅+展览”形式，每周开放三天。",
])
def test_quoted_formula_without_structure_word_yields_nothing(text):
    assert model_names(text) == []
