"""Round 48 (organizations, orgbrand). National companies that news names without a legal
ending (`org_brands.tsv`: telecom operators, central state-owned groups, national couriers,
recruitment and home brands, lift makers) are organizations wherever the name stands alone
as the party, the owner or the builder, as the ministries of `org_names.tsv` are. A short
company name that jieba leaves followed by lone characters opens a longer name it does not
know (华润|置|地): the subsidiary is named there, not the group.

Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # a telecom operator as a partner after 联合
        ("社区联合中国电信为老人开展防诈骗讲座。", ["中国电信"]),
        # a lift maker as the other side of a contract
        ("居民代表与奥的斯电梯签订加装合同。", ["奥的斯电梯"]),
        # two couriers in a list
        ("中通快递、圆通速递等企业参与共建。", ["中通快递", "圆通速递"]),
        # a recruitment platform whose lecturer is invited
        ("街道邀请前程无忧的讲师开展求职培训。", ["前程无忧"]),
        # the courier before its worker: the company is still named
        ("申通快递小哥送来药品。", ["申通"]),
    ],
)
def test_round48orgbrand_national_company_written_without_legal_ending(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the group's short name opens its subsidiary's name: one name, no bare 华润
        ("华润置地青禾公司第一党支部与社区结对。", ["华润置地青禾公司第一党支部"]),
        # where the subsidiary's name is read from its city on (a known limit of the suffix
        # rule), the lone characters after 华润 still keep the group out
        ("青禾医院联合党支部、华润置地苏州公司第三党支部共同参加。", ["青禾医院联合党支部", "苏州公司第三党支部"]),
        # 申通 across two words (重申|通知) names no courier
        ("社区及时重申通知要求，提醒居民错峰出行。", []),
    ],
)
def test_round48orgbrand_short_company_name_inside_a_longer_one(text, expected):
    assert organizations(text) == expected
