"""Communities, round 35: a 社区 that heads a common noun of community life (社区文化, 社区事务, 社区礼堂:
community_generic_compounds.txt), in a name written once with no place right before it, opens that
noun; the words before it are a clause, not a community. Sentences written for these tests, names
made up."""

from __future__ import annotations

import pytest

from contexts import community_surfaces as names


@pytest.mark.parametrize("text, expected", [
    ("为弘扬社区文化，图书馆组织诵读会。", []),
    ("居民可在服务点连线社区事务受理中心办理业务。", []),
    ("老年学校高标准配备社区礼堂和阅览室。", []),
    # a place right before the name, or the name written twice, keeps the community
    ("桐柏街道文兴社区文化节开幕。", ["文兴社区"]),
    ("青禾社区文化节开幕，青禾社区居民踊跃参加。", ["青禾社区", "青禾社区"]),
    # 工作 and 服务 follow communities named once: not such nouns
    ("柳岸社区服务站为老人理发。", ["柳岸社区"]),
])
def test_community_heading_a_common_noun(text, expected):
    assert names(text) == expected
