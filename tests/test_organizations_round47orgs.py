"""Round 47 (organizations, orgs). A branch campus (分校, 校区, 分院, 分部) is named after its parent
school or hospital and its own name: the whole is the organization, not the parent alone. The
ending after a bare 学校 or after a company names no campus.

Every sentence here is made up (invented schools, hospitals and streets)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # a primary school's campus named by its street
        ("夏令营设在青禾小学柳岸路校区，为期两周。", ["青禾小学柳岸路校区"]),
        # a hospital's branch
        ("居民可到桃源区人民医院城南分院就诊。", ["桃源区人民医院城南分院"]),
        # a seniors' university's branch named by a community, before a post
        ("翠湖县老年大学松涛社区分校校长介绍了课程。", ["翠湖县老年大学松涛社区分校"]),
        # a kindergarten's annex
        ("孩子们在星河幼儿园北湾分部上课。", ["星河幼儿园北湾分部"]),
        # a bare school's new campus names no unit
        ("学校新校区下月启用。", []),
        # a company's regional division is no campus
        ("该公司华东分部负责人到场。", []),
    ],
)
def test_round47orgs_branch_campus_keeps_parent_and_name(text, expected):
    assert organizations(text) == expected
