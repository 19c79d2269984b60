"""Models, round 53 (h4b). Sentences of our own making with made-up names.

- A quoted X+Y formula right before 的方式 is how a body works (采取/以/通过“甲+乙”的方式): a model,
  even with no actor side and no model word after it.
- Not when a side names a way of presenting (展示, 讲解, 演示): that says how someone speaks.
- Not 的形式 nor 方式 without 的, and a generic pairing (线上+线下) stays out.
"""

from __future__ import annotations

import pytest

from contexts import model_names


@pytest.mark.parametrize("text, expected", [
    ("桃源合作社采取“茶叶种植+林下养鸡”的方式统一经营流转土地。", ["茶叶种植+林下养鸡"]),
    ("石桥村集体以“土地入股+房屋租赁”的方式投资民宿和家庭农场。", ["土地入股+房屋租赁"]),
    ("滨河居家服务中心通过“智慧平台+上门照护”的方式，为独居老人提供助餐助浴服务。", ["智慧平台+上门照护"]),
])
def test_quoted_formula_before_de_fangshi_is_a_model(text, expected):
    assert model_names(text) == expected


@pytest.mark.parametrize("text", [
    "各参赛队伍采用“图文展示+路演讲解”的方式，介绍项目的目标和预算。",
    "志愿者以“视频演示+专家宣讲”的方式向居民普及防诈知识。",
    "活动采用“知识讲座+互动游戏”的形式开展。",
    "桃源合作社采取“茶叶种植+林下养鸡”方式经营土地。",
    "网格员通过“线上+线下”的方式收集居民诉求。",
])
def test_formula_before_other_wording_or_presenting_is_no_model(text):
    assert model_names(text) == []
