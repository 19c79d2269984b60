"""Models, round 48 (levelchain). Sentences of our own making with made-up names.

- A quoted chain of three to six organisational levels (each step a level word of
  model_chain_levels.txt or ending in one) is a model without a calling word after it: the levels
  say it is the structure the text sets up (…”架构, …”的组织框架); its steps may be one character
  (“乡—村—屯”). A chain of steps that are not all levels still needs a calling word.
"""

from __future__ import annotations

import pytest

from contexts import model_names


@pytest.mark.parametrize("text, expected", [
    ("松岭镇搭建“乡—村—屯”三级巡查网络，每天排查隐患。", ["乡—村—屯"]),
    ("青石社区建成“街道党工委——社区党委——小区党支部”架构，党员全部编入小组。", ["街道党工委—社区党委—小区党支部"]),
    ("白桦社区理顺“社区党组织—楼栋党小组—党员中心户”的组织框架，服务更快。", ["社区党组织—楼栋党小组—党员中心户"]),
    ("江西某县推行“县-乡-村-组”的四级排查，发现问题当天处理。", ["县—乡—村—组"]),
])
def test_quoted_level_chain_is_a_model_without_a_calling_word(text, expected):
    assert model_names(text) == expected


@pytest.mark.parametrize("text", [
    "志愿者沿着“入户—走访—登记”的顺序开展工作。",
    "这条“市—县”道路今年完成了拓宽。",
    "他们按“省—市—县—乡—镇—村—组”七个层级逐一核对。",
])
def test_chain_not_all_levels_or_out_of_bounds_yields_nothing(text):
    assert model_names(text) == []
