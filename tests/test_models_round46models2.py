"""Models, round 46 (models2). Sentences of our own making with made-up names.

- A quoted X+Y formula whose side is the government or a department (“政府牵头+机构运营”, “部门+课题”)
  names who acts, as a 社区 or 社工 side does: a model without a model word after its quote.
"""

from __future__ import annotations

import pytest

from contexts import model_names


@pytest.mark.parametrize("text, expected", [
    ("云溪县采取“政府牵头+机构运营”方式推进助餐服务。", ["政府牵头+机构运营"]),
    ("青禾街道通过“部门+课题”形式，培育一批志愿服务品牌。", ["部门+课题"]),
])
def test_formula_with_government_or_department_side_is_a_model(text, expected):
    assert model_names(text) == expected


def test_formula_of_an_activity_format_is_no_model():
    assert model_names("讲座通过“视频展示+现场答疑”的方式进行。") == []
