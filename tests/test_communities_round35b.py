"""Communities, round 35b: policy categories of communities (完整社区, 脱贫村, 高层小区, 国际社区) are
no names, and a name's left edge does not take in a neighbouring word (村(居)民, 逐村, a house number,
a verb's complement). Sentences written for these tests, names made up."""

from __future__ import annotations

import pytest

from contexts import community_surfaces as names


@pytest.mark.parametrize("text, expected", [
    ("全市持续推进完整社区建设。", []),
    ("该村是青禾镇重点发展村。", []),
    ("工作队在新设村设立代办点。", []),
    ("帮扶力量已覆盖脱贫村、易地扶贫搬迁社区。", []),
    ("与高层小区相比，老旧社区更难。", []),
    ("柳岸是本市最早的国际社区。", []),
    ("打造便民化、智慧化主题社区。", []),
    # a brand before 国际, and a real name ending otherwise, stay communities
    ("桐柏街道华庭国际社区开展义诊。", ["华庭国际社区"]),
    ("桐柏街道文兴社区开展义诊。", ["文兴社区"]),
])
def test_round35b_policy_category_is_no_community(text, expected):
    assert names(text) == expected
