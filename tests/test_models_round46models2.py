"""Models, round 46 (models2). Sentences of our own making with made-up names.

- A quoted X+Y formula whose side is the government or a department (“政府牵头+机构运营”, “部门+课题”)
  names who acts, as a 社区 or 社工 side does: a model without a model word after its quote.
- A quoted formula its clause calls the make-up of a team or a staff (服务梯队, 固定配置, 党建联盟)
  counts who is on a roster: no model, unless a model word follows the team word (梯队体系).
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


@pytest.mark.parametrize("text", [
    "白沙镇关工委形成“全职+兼职+义工”服务梯队。",
    "目前松岭驿站已形成“一名站长+3名社工+20名志愿者”的固定配置，运转顺畅。",
    "两家单位打造“3+3”桃李党建联盟，共商辖区事务。",
    "讲座通过“视频展示+现场答疑”的方式进行。",
])
def test_formula_of_a_roster_or_an_activity_format_is_no_model(text):
    assert model_names(text) == []


def test_roster_called_a_system_stays_a_model():
    assert model_names("柳岸社区建立“社工+义工”服务梯队体系，服务覆盖全域。") == ["社工+义工"]
