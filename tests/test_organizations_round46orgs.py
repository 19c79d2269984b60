"""Round 46 (organizations, orgs). National bodies cited alone by their official short names
(中残联, 国家民委, 中央党校) are named organizations, like the ones `org_names.tsv` already lists.

Every sentence here is made up (invented communities and people)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # the disabled persons' federation by its short name, as who checked the work
        ("白石社区的无障碍改造今年由中残联派员检查。", ["中残联"]),
        # the ethnic affairs commission as who set a standard
        ("青柳村按照国家民委的标准开展示范创建。", ["国家民委"]),
        # the Party school as where a course was held
        ("林晓川去年在中央党校参加了培训。", ["中央党校"]),
        # written inside its full name it is not read alone (as round 35 keeps 中共中央 out)
        ("林晓川去年在中共中央党校参加了培训。", []),
        # the field word alone names no body
        ("全社区的残联工作者都到了现场。", []),
    ],
)
def test_round46orgs_national_short_names(text, expected):
    assert organizations(text) == expected
