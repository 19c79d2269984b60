"""Places, round 36.

- A place in brackets inside a company's name, with the company's trade between the bracket and
  its ending (某某（杭州）生物科技有限公司), is no standalone mention.

Every sentence here is made up (invented names).
"""

from __future__ import annotations

import pytest

from test_places import places


@pytest.mark.parametrize(
    "text, expected",
    [
        ("青禾（杭州）生物科技有限公司的员工走进社区。", []),
        ("木棉（宁波）电子商务有限公司捐赠了图书。", []),
        # a function word after the bracket ends the name: the place stands on its own
        ("记者（杭州）开了一家公司。", ["杭州市"]),
    ],
)
def test_round36_bracketed_place_before_a_company_trade_and_ending(text, expected):
    assert [m.canonical for m in places(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a street's community health centre is a clinic named after the street
        ("来自九龙街道社区卫生服务站的医生为老人量血压。", []),
        ("九龙街道社区卫生服务中心的护士上门换药。", []),
        # the street written on its own stays a place
        ("九龙街道的社工上门换药。", ["九龙街道"]),
    ],
)
def test_round36_street_community_health_centre_is_a_name(text, expected):
    assert [m.canonical for m in places(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 联合 (a verb) before a word opening with 乡村/乡镇 holds no township 联合乡
        ("街道办联合乡村医生走访独居老人。", []),
        ("区里联合乡镇卫生院开展义诊。", []),
    ],
)
def test_round36_town_ending_cut_from_a_word_opening_with_a_level_compound(text, expected):
    assert [m.canonical for m in places(text)] == expected
