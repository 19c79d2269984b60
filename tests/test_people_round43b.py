"""People, round 43b. Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


# A person introduced only by age or birth (七十二岁的某某, 某年出生的某某) with no role stated
# anywhere in the text is a feature story's resident: no person fact. A role stated anywhere
# keeps the person.
AGE_INTRO_CASES = [
    ("今年七十二岁的柯长庚每天都来食堂吃饭。", []),
    ("81岁的柯长庚笑着对大家说，饭菜很合口味。", []),
    ("1990年出生的蔺小慧把老屋改成了书房。", []),
    ("72岁的社区志愿者柯长庚说，饭菜很合口味。", [("柯长庚", "社区志愿者")]),
    ("1990年出生的蔺小慧是社区网格员。", [("蔺小慧", "社区网格员")]),
    ("柯长庚说，饭菜很合口味。", []),  # round 44 people2: a role-less speaker is no person fact
]


@pytest.mark.parametrize("text, expected", AGE_INTRO_CASES)
def test_round43b_age_introduced_resident(text, expected):
    assert people(text) == expected
