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
    ("帮扶力量已覆盖全部脱贫村和易地扶贫搬迁社区。", []),
    ("与高层小区相比，老旧社区更难。", []),
    ("柳岸是本市最早的国际社区。", []),
    ("打造便民化、智慧化主题社区。", []),
    # a brand before 国际, and a real name ending otherwise, stay communities
    ("桐柏街道华庭国际社区开展义诊。", ["华庭国际社区"]),
    ("桐柏街道文兴社区开展义诊。", ["文兴社区"]),
])
def test_round35b_policy_category_is_no_community(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("青禾组村(居)民代表参加会议。", []),
    ("工作队以乡镇为单位逐村走访。", []),
    ("村民们一同成立起柳塘村茶叶合作社。", ["柳塘村"]),
    ("住在东风路25号青枫湾小区的居民说。", ["青枫湾小区"]),
    # a name that opens with 起, and a village before its residents, stay whole
    ("在起凤村开展活动。", ["起凤村"]),
    ("柳塘村村民踊跃参加。", ["柳塘村"]),
])
def test_round35b_left_edge_keeps_out_neighbouring_words(text, expected):
    assert names(text) == expected
