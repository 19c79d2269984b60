"""Communities, round 33: 社区行 closing a campaign (某某社区行活动) names a tour, not a community;
村 as the object of a one-character verb glued to it (乡贤|帮村, 企业|兴村),
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


@pytest.mark.parametrize("text, expected", [
    ("本周的彩虹社区行，志愿者走遍全街。", []),
    ("活力青禾社区行，一路欢歌。", []),
    ("本次暖心书香社区行首站来到柳岸社区。", ["柳岸社区"]),
    # 社区行政, 社区行动, 社区行走: the community stays
    ("青禾社区行政服务大厅开放。", ["青禾社区"]),
    ("柳岸社区行动起来，清理杂物。", ["柳岸社区"]),
    ("居民走进青禾社区行走一圈。", ["青禾社区"]),
])
def test_round33_community_tour_campaign(text, expected):
    assert names(text) == expected
