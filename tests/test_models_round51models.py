"""Models, round 51 (models). Sentences of our own making with made-up names.

- A quoted formula the text calls a team (团队, 小分队, 服务队) counts who is on that team: no model.
  A model word after the team word still calls the roster a system, and a formula with no team word
  after it stays a model.
"""

from __future__ import annotations

import pytest

from contexts import model_names


@pytest.mark.parametrize("text", [
    "青枫社区组建“1+3”巡楼小分队，每天傍晚走访独居老人。",
    "卫生院派出“2+N”团队为竹溪村村民义诊。",
    "橙园街道成立“5+”志愿服务队，招募居民参与护河。",
])
def test_quoted_formula_naming_a_team_is_no_model(text):
    assert model_names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("麦田社区推行“社工+医护”双团队协作模式，照护失能老人。", ["社工+医护"]),
    ("石榴街道构建“1+4+N”志愿服务体系，覆盖全部小区。", ["1+4+N"]),
])
def test_quoted_formula_called_a_system_stays_a_model(text, expected):
    assert model_names(text) == expected
