"""Communities, round 33: 村 as the object of a one-character verb glued to it (国企|包村, 民营企业|兴村),
written after the everyday noun that is the verb's subject, is a clause about villages, not a
village's name. Sentences written for these tests, names made up."""

from __future__ import annotations

import pytest

from contexts import community_surfaces as names


@pytest.mark.parametrize("text, expected", [
    ("方案提出乡贤助村、国企包村，共谋发展。", []),
    ("鼓励民营企业兴村，带动农户增收。", []),
    ("这项行动倡导科技兴村，让果农尝到甜头。", []),
    # villages named after a place keep their name
    ("白沙镇长兴村、大兴村开展义诊。", ["长兴村", "大兴村"]),
    ("青禾村村委会组织村民学习。", ["青禾村"]),
])
def test_round33_village_as_object_of_verb(text, expected):
    assert names(text) == expected

