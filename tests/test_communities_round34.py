"""Communities, round 34: a frequent one-character verb right before 社区, after an everyday word
(业余时间|教|社区居民, 班子|包|社区), takes the communities as its object: no community unless the
article names it twice. Sentences written for these tests, names made up."""

from __future__ import annotations

import pytest

from contexts import community_surfaces as names


@pytest.mark.parametrize("text, expected", [
    ("退休教师常在周末教社区孩子写毛笔字。", []),
    ("学生们编写指南助社区整理台账。", []),
    ("推行干部包社区、党员包楼道的办法。", []),
    # a name before the verb, or the name written after a street, stays a community
    ("桐柏街道文兴社区开展义诊。", ["文兴社区"]),
    ("居民走进青禾社区参观。", ["青禾社区"]),
    ("柳岸社区组织志愿者教社区老人用手机。", ["柳岸社区"]),
    # estates and villages end in such characters: only 社区 takes the rule
    ("社工来到了松树围小区开展宣传。", ["松树围小区"]),
])
def test_round34_one_character_verb_takes_communities(text, expected):
    assert names(text) == expected
