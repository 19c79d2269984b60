"""Round 34 (organizations). F15: a body opening with a bare level word after a list of bare level
words (按照省、市、县妇联的要求, 在某市、区司法局指导下) is that kind of body at every level, no unit
the article names; a body named by its own place after such a list stays.

Every sentence here is made up (invented places, units and people; real province or city names where
the gazetteer must know them)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


# ---------------------------------------------------------------- F15: a list of levels before a body
@pytest.mark.parametrize(
    "text, expected",
    [
        ("根据省、市、县残联的统一安排，志愿者分批走访了困难家庭。", []),
        ("街道按中央、省、市、区禁毒办下发的通知开展了入户走访。", []),
        ("在梧州市、区司法局的共同指导下，调解室正式挂牌。", []),
        ("各社区认真落实省、州、县党委的决策部署。", []),
    ],
)
def test_round34_body_after_level_list_names_no_unit(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a body with its own place after the list, or a bare-level body with no list before it
        ("在梧州市、长洲区司法局的共同指导下，调解室正式挂牌。", ["长洲区司法局"]),
        ("按照区残联的统一安排，志愿者分批走访了困难家庭。", ["区残联"]),
        ("青禾街道、县妇联和县团委共同举办了亲子阅读会。", ["县妇联", "县团委"]),
    ],
)
def test_round34_named_or_single_body_kept(text, expected):
    assert organizations(text) == expected
