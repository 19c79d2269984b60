"""Communities, round 39. Sentences of our own making with made-up names.

- A one-character conjunction (及, 既, 并) that jieba glues to the next name piece joins two items
  or two clauses; it opens no name: 某某街道及某某社区 names the community after 及, 某镇及某村 the
  village after it, and 既解社区… is a clause, no community. 和 and 都 open names (和美社区).
"""

from __future__ import annotations

import pytest

from contexts import community_surfaces


@pytest.mark.parametrize("text, expected", [
    ("面对停车难题，青禾街道及宝林山社区多次召开居民会议听取意见。", ["宝林山社区"]),
    ("同乐镇及石坎坝村相关负责人参加了座谈。", ["石坎坝村"]),
])
def test_conjunction_before_a_name_is_no_part_of_it(text, expected):
    assert community_surfaces(text) == expected


@pytest.mark.parametrize("text", [
    "既解社区台账零散难题，也让学生增长见识。",
])
def test_conjunction_led_clause_yields_no_community(text):
    assert community_surfaces(text) == []


def test_name_opened_by_he_stays():
    assert community_surfaces("和美社区的志愿者走进楼道。") == ["和美社区"]


# 中 is a locative stop character, but it also opens rare place names jieba lists (中坤, 中宇) and
# then cuts before the head: after a place or punctuation the pair is the community's name.
@pytest.mark.parametrize("text, expected", [
    ("近日，桐溪街道桂芦社区、中坤社区开展义诊。", ["桂芦社区", "中坤社区"]),
    ("夏令营在桐溪街道中宇社区正式开营。", ["中宇社区"]),
])
def test_locative_opening_a_listed_name_is_part_of_it(text, expected):
    assert community_surfaces(text) == expected


@pytest.mark.parametrize("text", [
    "在活动中社区居民积极参与。",
    "近日，中国社区发展论坛举行。",
])
def test_locative_after_a_noun_opens_no_name(text):
    assert community_surfaces(text) == []
