"""Models, round 45 (qm2). Sentences of our own making with made-up names.

- A quoted numeral, at most one character and then a noun of the dictionary (“六大看点”, “三种服务
  规范”, “四零小区”) counts or labels things: no model. A formula of several numbered parts
  (“两清三整改”), a set of roles (“九大员”) and a name that sums the list before it stay models.
"""

from __future__ import annotations

import pytest

from contexts import model_names


@pytest.mark.parametrize("text", [
    "参观团了解了青禾街道养老服务的“六大看点”。",
    "围绕“三种服务规范”和“两类保障标准”，松涛镇推进驿站建设。",
    "如今的柳岸花园已经成为“四零小区”。",
])
def test_numeral_counting_nouns_is_no_model(text):
    assert model_names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("桃源社区开展“两清三整改”，楼道焕然一新。", ["两清三整改"]),
    ("白鹭村配齐“九大员”，服务覆盖每户。", ["九大员"]),
    ("云栖社区建立了需求清单、资源清单、项目清单等“三张清单”，供需精准对接。", ["三张清单"]),
    ("青禾街道统筹村委、物业、驻点民警“三方合力”，小区秩序明显好转。", ["三方合力"]),
])
def test_formula_roles_and_summed_list_stay_models(text, expected):
    assert model_names(text) == expected
