"""Round 48 (organizations, orgsuffix). A town's or street's administration office for one field
(某街道社会救助管理所, 某水库管理所) ends in 管理所, a unit like 司法所; the ending was missing from
org_suffixes.tsv, so such offices went unreported.

Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # a street's office named by its field
        ("青禾街道流浪人员救助管理所为老人送去棉被。", ["青禾街道流浪人员救助管理所"]),
        # an office named by the reservoir it runs
        ("镇里还有桃溪水库管理所，负责库区巡查。", ["桃溪水库管理所"]),
        # the ending alone names no office
        ("他在管理所工作了十年。", []),
    ],
)
def test_round48orgsuffix_management_office(text, expected):
    assert organizations(text) == expected
