"""Communities, round 31: a phrase that jieba lists as one word (积极探索, 充分发挥, 严格遵守) is no
stem, after a place or standing alone before the head; 城区 and 上述 make a generic phrase.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from contexts import community_surfaces as names


PHRASE_CASES = [
    # an adverb-led phrase after a place, or after a modal verb: no community
    ("近两年，宜宾市积极探索社区议事新办法。", []),
    ("这几年，兴文县充分发挥社区老年大学的作用。", []),
    ("他表示以后一定严格遵守社区的各项规定。", []),
    # a name after the same place stays
    ("近两年，宜宾市柏岭社区探索议事新办法。", ["柏岭社区"]),
]


@pytest.mark.parametrize("text, expected", PHRASE_CASES)
def test_round31_phrase_word_is_no_stem(text, expected):
    assert names(text) == expected


GENERIC_CASES = [
    ("督导组一行走访了上述社区的服务站。", []),
    ("县里正在推进城区小区停车管理。", []),
    ("督导组一行走访了枫岭社区的服务站。", ["枫岭社区"]),
]


@pytest.mark.parametrize("text, expected", GENERIC_CASES)
def test_round31_urban_area_and_pointer_are_generic(text, expected):
    assert names(text) == expected


AGENCY_CASES = [
    # an agency whose name holds 社区: no community
    ("柏林镇的松涛社区服务社派出两名督导。", []),
    ("据松涛社区青少年事务中心的社工介绍，课程已排满。", []),
    ("桂湾镇松涛社区营造发展中心牵头办起了市集。", []),
    # a community's own station or fund keeps its name, as before
    ("松涛社区服务站的社工上门走访。", ["松涛社区"]),
]


@pytest.mark.parametrize("text, expected", AGENCY_CASES)
def test_round31_agency_named_with_community_word(text, expected):
    assert names(text) == expected
