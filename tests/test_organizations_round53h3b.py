"""Round 53 (organizations, h3 second pass). Words jieba's dictionary does not tag as verbs, read
into the body written after them, end a name on its left (`org_left_stops.txt`): the tenure words
of a post (时任, 现任, 原任, 历任, 前任), 现有 ("there now are") and 压实 (enforcing a post's duty).
They opened a false organization in three round-53 tuning articles of two sets.

Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare village committee before the post the person then held: no body named
        ("时任村委会主任王志刚回忆起当年的情景。", []),
        # the body after the tenure word keeps its own name
        ("时任青禾县民政局局长王志刚回忆起当年的情景。", ["青禾县民政局"]),
        ("原任桃源区司法局副局长的李红梅说。", ["桃源区司法局"]),
        ("他历任青禾县委组织部干事、科长。", ["青禾县委组织部"]),
        # "there now are": a count of branch-led cooperatives, no branch named
        ("目前全县现有党支部领办合作社12个。", []),
        # enforcing the duties of a post: the town committees are no named body
        ("石门县层层压实乡镇党委书记抓村集体经济的责任。", []),
        # a named body after 现有 keeps its name
        ("该镇现有青禾县农业农村局派驻的技术员3名。", ["青禾县农业农村局"]),
    ],
)
def test_round53h3b_left_stop_before_post_or_count(text, expected):
    assert organizations(text) == expected
