"""Left and inner edges of community names, round 29: a stem piece that is a verb phrase however
jieba tags it (a verb and its result complement it does not know, 筑牢; a manner adverb and a verb
written as one token, 广泛开展) is no proper-name piece, so a stem holding one counts only when the
article names it twice. Sentences written for these tests."""

from __future__ import annotations

import pytest

from contexts import community_surfaces as names


VERB_PIECE_CASES = [
    # A verb and its result complement before a community head: a verb phrase, no name.
    ("居民们齐心筑牢社区消防安全屏障。", []),
    ("志愿者用心讲好社区故事。", []),
    # A manner adverb and a verb in one token before the head: a verb phrase.
    ("各村建强队伍，广泛开展社区文化活动。", []),
    ("各单位积极参与社区共建活动。", []),
    # Named communities in the same clauses stay.
    ("居民们齐心守护柳溪社区的安全。", ["柳溪社区"]),
    ("近日，讲好社区故事活动走进了桂湾社区。", ["桂湾社区"]),
    ("柳溪社区广泛开展志愿服务活动。", ["柳溪社区"]),
    # A verb character before a name character is a name (not a result complement).
    ("胜稼村的村民参加了活动。", ["胜稼村"]),
]


@pytest.mark.parametrize("text, expected", VERB_PIECE_CASES)
def test_round29_verb_piece_is_no_name_piece(text, expected):
    assert names(text) == expected
