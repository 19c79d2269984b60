"""Models, round 50 (models4). Sentences of our own making with made-up names.

- A quoted name ending in 定制 (tailor-made) is a manner of serving, not a system named with the
  head 制 (“积分制”, “楼长制” stay models).
"""

from __future__ import annotations

import pytest

from contexts import model_names


@pytest.mark.parametrize("text", [
    "青禾街道为老人“量身定制”了助餐菜单。",
    "桃溪社区学校“按需定制”课程，居民报名踊跃。",
    "送餐服务升级为“个性化定制”，满足多元口味。",
])
def test_quoted_tailoring_is_no_model(text):
    assert model_names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("柳湾村推行“积分制”，村民参与热情高涨。", ["积分制"]),
    ("云栖社区实行“单元长制”，每栋楼都有人管。", ["单元长制"]),
])
def test_quoted_system_with_head_zhi_stays_a_model(text, expected):
    assert model_names(text) == expected
