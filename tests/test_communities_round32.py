"""Communities, round 32: a 社区 that opens a policy term (社区矫正, 社区康复, 社区戒毒) is the term's,
and the words before it name no community. Sentences written for these tests, names made up."""

from __future__ import annotations

import pytest

from contexts import community_surfaces as names


@pytest.mark.parametrize("text, expected", [
    ("全区推进精神障碍社区康复，引导病友回归家庭。", []),
    ("青禾县司法行政机关社区矫正队伍再添新人。", []),
    ("志愿者们走进矫治中心实地体验社区矫正的各个环节。", []),
    ("丹桂镇卫生院承担药物滥用者社区戒毒的随访工作。", []),
    # a community before other words stays one
    ("枫林社区康乐队为老人表演节目。", ["枫林社区"]),
    ("昨天，桂香社区组织居民开展矫正宣传。", ["桂香社区"]),
])
def test_round32_policy_term_after_community_head(text, expected):
    assert names(text) == expected
