"""Round 59 (organizations, h1). A list written right after a word that calls its items caring
units (爱心单位, 爱心商家, 爱心企业 …) names the businesses that donate to a community or join its
service day: a bare brand there (a stem and a trade written without 公司: 某某家电维修, 某某农业,
某某云商, or a shop's name alone) is a business when another item is a found organization or the
short form of one. Three tuning articles of three sets list such bare brands beside a clinic, a
company or a shop found elsewhere; their gold lists every item. A caring-units word before people,
goods or a lone common noun names no business.

Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # a service day's list of caring units: bare brands between hospitals an ending finds
        (
            "9月3日，枫林社区以及爱心单位白兔口腔医院、小李家电维修、湖北光明眼科医院、金穗农业等，举办便民集市活动。",
            ["白兔口腔医院", "小李家电维修", "湖北光明眼科医院", "金穗农业"],
        ),
        # a company with its legal ending beside a brand; the people after 及 end the list
        (
            "倡议发出后，辖区爱心企业禾润优选、湖南青禾物业管理有限公司及两位爱心人士很快认领。",
            ["禾润优选", "湖南青禾物业管理有限公司"],
        ),
        # the first item is the short form of a shop found earlier; the donation verb ends the list
        (
            "周末，青山茶楼东门店、悦读空间等街区首批6家商户加入了公益联盟。当天举行义卖，爱心商家青山茶楼、云水居、老钱记捐赠的字画、茶具等物品很快卖完。",
            ["青山茶楼东门店", "悦读空间", "云水居", "老钱记"],
        ),
    ],
)
def test_round59h1_bare_brands_in_caring_units_list(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # no item found as an organization: the title alone licenses nothing
        ("爱心商家云水居、老钱记为老人送来了月饼。", []),
        # the caring units act, no list
        ("爱心企业为小区独居老人送上免费体检。", []),
        # people after the title
        ("爱心商家代表、居民代表和志愿者参加了活动。", []),
        ("社区联合爱心商家、志愿者开展便民服务。", []),
        # entrepreneurs, not companies
        ("爱心企业家张伟、李明捐赠了慰问品。", []),
        # trades named by their common nouns stay out beside a found hospital
        ("爱心商户水果店、理发店、湖北光明医院参加了活动。", ["湖北光明医院"]),
    ],
)
def test_round59h1_caring_units_title_names_nothing_else(text, expected):
    assert organizations(text) == expected
