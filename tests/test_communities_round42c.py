"""Communities, round 42c: an item of a list of communities sharing the head, whose whole stem is
a word the walk stops at (a verb, a party's short name), is a community when the item before it
is one. Sentences of our own making."""

from __future__ import annotations

import pytest

from test_communities import communities


def names(text: str) -> list[str]:
    return [text[m.start : m.end] for m in communities(text)]


LISTED = [
    ("义诊还将走进青溪社区、跃进社区、荆坪社区。", ["青溪社区", "跃进社区", "荆坪社区"]),
    ("柳塘街道白石社区和东民建社区联手办起了读书会。", ["白石社区", "东民建社区"]),
]


@pytest.mark.parametrize("text, expected", LISTED)
def test_round42c_list_item_after_same_head_is_kept(text, expected):
    assert names(text) == expected


NOTHING_ADDED = [
    # a frequent verb after the list mark opens a phrase
    ("青溪社区和发展社区经济的能人座谈。", ["青溪社区"]),
    ("青溪社区和服务社区居民的志愿者合影。", ["青溪社区"]),
    # no accepted community before the mark
    ("居民们和跃进社区。", []),
]


@pytest.mark.parametrize("text, expected", NOTHING_ADDED)
def test_round42c_phrase_after_list_mark_is_no_item(text, expected):
    assert names(text) == expected
