"""Communities, round 30: a quality word (平安, 幸福, 美好, 健康) before 社区/小区 inside a goal
frame, a verb of building or striving before it (across a list of such goals) or 建设/创建 as a
noun after it, is a goal the text sets, not a named community; the same words name real
communities where no such frame stands. Sentences written for these tests."""

from __future__ import annotations

import pytest

from contexts import community_surfaces as names


GOAL_CASES = [
    # a verb of building or striving right before the goal
    ("居民们齐心协力，共建美好新社区。", []),
    ("今年各物业服务企业都把争创平安小区、幸福小区列进了计划。", []),
    ("这幅长卷绘就幸福社区新图景。", []),
    # 建设 as a noun after the goal, also after a list of goals
    ("街道把更多经费投向健康社区、平安社区建设。", []),
    # the same words as names: after a street, at the start of a clause, as a subject
    ("青禾街道幸福社区的居民参加了义诊。", ["幸福社区"]),
    ("上周，平安社区举办了邻里节。", ["平安社区"]),
    ("幸福社区建设了新的活动室，平安社区也来参观。", ["幸福社区", "平安社区"]),
    # a name that is not a quality word keeps its place after the verb
    ("志愿者来到共建单位柳溪社区开展活动。", ["柳溪社区"]),
]


@pytest.mark.parametrize("text, expected", GOAL_CASES)
def test_round30_quality_goal_is_no_community(text, expected):
    assert names(text) == expected
