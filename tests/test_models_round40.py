"""Models, round 40. Sentences of our own making with made-up names.

- An unquoted count of administrative tiers named as a mechanism or system (三级…体系, 四级…机制)
  is no named model: every system runs through its tiers; N维 and N联 structures stay models.
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
