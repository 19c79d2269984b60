"""Round 42b (organizations). A level character that closes a word of its own (社区, 小区) is no
bare level word: a community, then a body named by a bare level word, in one list (某某社区、市税务局)
is not the list of levels of F15 (省、市、县妇联), so the body stays.

Every sentence here is made up (invented places, units and people)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        ("上周，由柳湾社区、市税务局等单位一起举办了义诊。", ["市税务局"]),
        ("石桥小区、区民政局的志愿者一起清理了楼道。", ["区民政局"]),
        # a list of bare levels still names the kind of body at each level: none
        ("按照省、市、县妇联的要求，志愿者上门走访。", []),
        ("在青禾市、区司法局的指导下，调解室挂牌。", []),
    ],
)
def test_round42b_community_before_bare_level_body(text, expected):
    assert organizations(text) == expected
