"""Round 53 (organizations, p3). A street office written only right before a community
(某区某街道办事处某某社区, 某某街道办某某社区) is the street's link in that community's address, a
place, not a body that acts (F22): the round-53 tuning gold leaves it out of the organizations
in 4 articles of 4 sets and lists the street among the places. The same office written once
elsewhere (联合/与 … 办事处, as a sentence's subject) stays, with every mention.

Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # the office only opens the address of the community where things happen
        ("志愿者来到桃源街道办事处翠柳社区，为老人义诊。", []),
        ("青禾县民政局投资80万元在桃源街道办翠柳社区建设养老驿站。", ["青禾县民政局"]),
        ("老人把问题反映给了石门街道办事处枫林社区，社区很快解决。", []),
        # the office acts: it stays
        ("桃源街道办事处联合翠柳社区开展义诊活动。", ["桃源街道办事处"]),
        ("5月12日，桃源街道办事处在翠柳社区召开议事会。", ["桃源街道办事处"]),
        # written before a community once and alone once: both mentions stay
        (
            "桃源街道办事处组织干部下沉。志愿者来到桃源街道办事处翠柳社区走访。",
            ["桃源街道办事处", "桃源街道办事处"],
        ),
    ],
)
def test_round53p3_street_office_in_address(text, expected):
    assert organizations(text) == expected
