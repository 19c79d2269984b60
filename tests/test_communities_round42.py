"""Communities, round 42: 村 right before 集体 or 级 is the village-level modifier; everyday
words before it are a verb phrase, a village only when named twice. Sentences of our own making."""

from __future__ import annotations

import pytest

from test_communities import communities


def names(text: str) -> list[str]:
    return [text[m.start : m.end] for m in communities(text)]


NOTHING = [
    "为进一步发展壮大村集体经济，青禾镇出台了扶持办法。",
    "两委班子正在商议村集体事务。",
    "要持续巩固提升村级服务能力。",
]


@pytest.mark.parametrize("text", NOTHING)
def test_round42_verb_phrase_before_village_collective_is_no_village(text):
    assert names(text) == []


KEPT = [
    # a name piece jieba does not know keeps the village
    ("柘溪坪村集体经济收入去年翻番。", ["柘溪坪村"]),
    # a village followed by another noun is not touched
    ("蓝石坳村今年修通了产业路。", ["蓝石坳村"]),
]


@pytest.mark.parametrize("text, expected", KEPT)
def test_round42_named_village_before_collective_is_kept(text, expected):
    assert names(text) == expected
