"""Quantities, round 22b: a figure after a demonstrative restates an earlier figure with the
same value and unit. Sentences of our own making."""

from __future__ import annotations

from test_quantities import quantities


def texts(text: str) -> list[str]:
    return [q[0] for q in quantities(text)]


def test_demonstrative_restatement_is_dropped():
    text = "青柳街道组建了8支志愿服务队。今后，这8支队伍将轮流走进小区开展服务。"
    assert texts(text) == ["8支"]


def test_demonstrative_with_another_noun_is_dropped():
    text = "白桦社区下设4个网格党支部，上述4个支部各自联系一批楼栋。"
    assert texts(text) == ["4个"]


def test_demonstrative_without_earlier_figure_is_kept():
    text = "上周，这6名志愿者为老人送去了午餐。"
    assert texts(text) == ["6名"]


def test_demonstrative_with_another_value_is_kept():
    text = "白桦社区下设4个网格党支部。这3个网格的居民最多。"
    assert texts(text) == ["4个", "3个"]


def test_repeated_figure_without_demonstrative_is_kept():
    text = "青柳街道收集问题5条，解决问题5条。"
    assert texts(text) == ["5条", "5条"]
