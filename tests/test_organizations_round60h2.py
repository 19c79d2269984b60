"""Round 60 h2 (organizations, F1): a party-and-people service centre named by an office tower, a
business district, an industrial park or a trade's workers (某某楼宇党群服务中心, 某某商圈党群服务中心,
外卖骑手|党群服务中心) is the body that runs Party work there, as a community's centre is, though no
place or community names it. Tuning articles of three sets list such centres as organizations; a
bare area word (各楼宇, 该商圈) or an award title before it names no one centre.

Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # an office tower's centre hosts a meeting
        ("5月8日，楼宇党建联席会议在金港楼宇党群服务中心召开。", ["金港楼宇党群服务中心"]),
        # a tower named 某某中心 has its own centre
        ("党员们来到环球中心党群服务中心，为企业员工开展政策宣讲。", ["环球中心党群服务中心"]),
        # a business district's centre acts
        ("青湖商圈党群服务中心为沿街商户提供帮办代办服务。", ["青湖商圈党群服务中心"]),
        # the riders of a trade, after a count word that ends the name
        ("今年春天，柳岸区建起了第一家外卖骑手党群服务中心。", ["外卖骑手党群服务中心"]),
        # an industrial park's centre in a list
        ("活动由南岭园区党群服务中心和青禾县总工会共同举办。", ["南岭园区党群服务中心", "青禾县总工会"]),
    ],
)
def test_round60h2_hub_party_centre_is_a_body(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # no name before the area word: the kind of centre, not one
        ("各楼宇党群服务中心陆续开展了读书活动。", []),
        ("该商圈党群服务中心每周开放六天。", []),
        ("全区园区党群服务中心都配备了专职党务工作者。", []),
        # an award title before the area word
        ("示范园区党群服务中心建设标准正式发布。", []),
        # a bare centre with no hub
        ("党群服务中心里，志愿者正在教老人使用手机。", []),
    ],
)
def test_round60h2_unnamed_hub_centre_is_none(text, expected):
    assert organizations(text) == expected
