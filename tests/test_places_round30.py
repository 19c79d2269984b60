"""Places, round 30: a chain of places ending in a district, county or city right before an
organization with a name of its own (某市某区|青禾|社会工作服务中心) is the start of that name, not a
standalone mention. A chain before a body named after its last place (某市某区民政局; round 48:
only with a short form in it) and a street's chain before a site of its own (某区某街道青禾物业)
still say where. Sentences of our
own making."""

from __future__ import annotations

import pytest

from test_places import places


def surfaces(text: str) -> list[str]:
    return [text[m.start : m.end] for m in places(text)]


CASES = [
    # a social organization named after the district it is registered in
    ("活动由宜春市袁州区青禾社会工作服务中心承办。", []),
    ("街道联合萍乡市安源区绿萝综合服务社开展助老活动。", []),
    # …once the city is written on its own, every mention of it makes the fact
    ("宜春市袁州区青禾社会工作服务中心来到宜春市的社区。", ["宜春市", "宜春市"]),
    # a chain before a body named after its last place: the higher places stay when written in
    # a short form; a chain of full names is the body's registered name (round 48)
    ("宜春袁州区民政局召开会议。", ["宜春"]),
    ("宜春市袁州区民政局召开会议。", []),
    # a street's chain before a site with a name of its own locates that site
    ("志愿者来到宜春市袁州区秀江街道青禾物业。", ["宜春市", "袁州区", "秀江街道"]),
    # a chain before a community stays a chain of places
    ("宜春市袁州区秀江街道南昌社区开展活动。", ["宜春市", "袁州区", "秀江街道"]),
    # a place written before another place it does not contain opens another name
    ("宜春市杭州外国语学校的老师来了。", ["宜春市"]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round30_chain_opening_an_own_name(text, expected):
    assert surfaces(text) == expected
