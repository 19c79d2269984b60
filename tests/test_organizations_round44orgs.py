"""Round 44 (organizations, orgs). A body whose ending needs a name besides its place (公益服务中心,
物业公司, 集团有限公司) takes the brand written right after its place whatever jieba tags the brand
(an adjective, a verb, an adverb's character); a community before a verb and 物业公司 is a clause.

Every sentence here is made up (invented brands and people)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # an adjective-tagged brand between a city and a charity's ending
        ("这次托管服务由株洲市友善公益服务中心负责执行。", ["株洲市友善公益服务中心"]),
        # a verb-tagged brand between a province and 物业公司
        ("去年，河北达成物业公司进驻小区后成立了党支部。", ["河北达成物业公司"]),
        # a one-character adverb-tagged brand character right after the province
        ("运营方湖南尚千帆服务集团有限公司派出了六名员工。", ["湖南尚千帆服务集团有限公司"]),
        # a community, a verb and 物业公司: the estate changed its property company
        ("翠湖小区更换物业公司后，居民反映问题少了。", []),
    ],
)
def test_round44orgs_brand_after_place(text, expected):
    assert organizations(text) == expected
