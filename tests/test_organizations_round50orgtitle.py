"""Round 50 (organizations, orgtitle). A political consultative conference written only right
before a post (某市政协委员某某, 某省政协副主席某某) is the person's title, not a body the article
reports on (F20); written alone anywhere in the article it stays, and so do other bodies before a
post (bureaus, federations).

Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # a member's title before the name; the partner after 联合 stays
        ("青禾县政协委员丁晓岚说，社区联合市民政局开展活动。", ["市民政局"]),
        # a vice chair's title
        ("省政协副主席罗文博出席活动。", []),
        # a deputy secretary-general's title, a second post after it
        ("市政协副秘书长、桃源区作协主席柯云飞到场指导。", []),
    ],
)
def test_round50orgtitle_conference_only_before_a_post_is_a_title(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # written alone once, the body stays with every mention
        ("县政协在各乡镇设立协商议事室，县政协副主席韦思齐多次走访。", ["县政协", "县政协"]),
        # a listed actor, no post after it
        ("市政协、市妇联联合举办活动。", ["市政协", "市妇联"]),
        # a bureau before a post is not a title body
        ("青禾市民政局局长钟怀远出席活动。", ["青禾市民政局"]),
    ],
)
def test_round50orgtitle_conference_written_alone_and_other_bodies_stay(text, expected):
    assert organizations(text) == expected
