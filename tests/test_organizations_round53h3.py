"""Round 53 (organizations, h3). A village's own Party body written only right before its
secretary's post (某村党支部书记某某) is the title the village head carries, as 政协 before a post is
(F20, `org_title_bodies.txt`): the round-53 tuning gold leaves it out in 4 articles of 2 sets. The
same body written anywhere alone in the article, and a community's Party body before a post (the
gold writes 某社区党委书记某某's committee), stay.

Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # Round 58 h5 changed these two: a named village's branch before its secretary's post is
        # the village's body, as the gold of the g54–g57 sets lists it (8 tuning articles of 4 sets;
        # the round-53 gold left it out in 3 of 3 sets), so it is kept when the village is named
        # right before it; a bare 村党支部 before a post stays the title alone.
        ("柳州市白云县石门镇青禾村党支部书记、调解员陈明远这样说。", ["青禾村党支部"]),
        # the village written twice, as the branch's own name says it: still the title alone
        ("近日，江北区石门镇桃溪村村党支部书记何立峰告诉记者。", []),
        # a general branch before a deputy's post (round 58 h5: a named village's body, see above)
        ("桃溪村党总支副书记吴德华告诉记者。", ["桃溪村党总支"]),
        # written alone once, the branch acts: every mention stays
        ("桃溪村党支部书记吴德华告诉记者。桃溪村党支部组织党员开展活动。", ["桃溪村党支部", "桃溪村党支部"]),
        ("桃溪村党支部组织党员开展活动。", ["桃溪村党支部"]),
        # a community's branch before a post stays the community's committee
        ("桃溪社区党支部书记吴德华告诉记者。", ["桃溪社区党支部"]),
        # a city's 新村 the article also calls a 社区 is a community: its committee stays
        ("枫林新村社区是老旧小区。枫林新村党委书记王志刚说，改造后居民满意。", ["枫林新村党委"]),
    ],
)
def test_round53h3_village_party_body_before_post(text, expected):
    assert organizations(text) == expected
