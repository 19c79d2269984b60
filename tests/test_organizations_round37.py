"""Round 37 (organizations): name shapes news writes for local units.

Every sentence here is made up (invented estates, units and people)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


# ---------------------------------------------------------------- 居委: an estate's residents' committee
@pytest.mark.parametrize(
    "text, expected",
    [
        ("上周，青枫居委工作人员王小明挨家挨户上门。", ["青枫居委"]),
        ("学生支部与青枫居委签约，内科支部与明湖居委、外科支部与秀园居委等结对。", ["青枫居委", "明湖居委", "秀园居委"]),
    ],
)
def test_round37_short_residents_committee_after_its_estate(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("居民向居委求助，希望拓宽大门。", []),
        ("有居民通过居委的宣传了解到服务点。", []),
        ("随后，云溪街社区居委、社工站社工带领志愿者入户。", []),
        ("青枫社区举办活动。社区居委工作人员到场。", []),
    ],
)
def test_round37_short_residents_committee_unnamed_is_none(text, expected):
    assert organizations(text) == expected
