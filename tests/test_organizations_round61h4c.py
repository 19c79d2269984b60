"""Round 61 h4c (organizations, `held` endings): the standard service units a village or community
runs for its own residents, named by that village or community alone, are its units: the rural
elder-care home (某村幸福院, 某村互助幸福院), the community's culture home (某社区文化家园) and the
community childcare point (某社区托育点). The tuning gold lists them as organizations in four
articles of three sets. Bare, after a level word or a grade (农村互助幸福院, 社区文化家园, 首批社区
托育点), or quoted alone, they are the kind.

Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # a village's elder-care home acts; the county above it stays out of the name
        ("重阳节当天，平江县石岭村幸福院为全村八十岁以上老人送上长寿面。", ["石岭村幸福院"]),
        # the mutual-aid home of a village
        ("上周，通渭县东坡村互助幸福院正式投入运营，可同时容纳四十位老人就餐。", ["东坡村互助幸福院"]),
        # a community's childcare point signs with a provider
        ("近日，宜兴市青桐社区托育点开始提供临时托服务，并与一家托育机构签约。", ["青桐社区托育点"]),
        # a community's culture home hosts classes
        ("今年以来，余杭区金桂社区文化家园定期组织书法、合唱等活动。", ["金桂社区文化家园"]),
    ],
)
def test_round61h4c_named_community_service_unit_is_a_body(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a county's rural homes: a count of the kind
        ("全县已建成农村互助幸福院二百余所。", []),
        # a district's community culture homes as a class, and their grading
        ("到年底，松林区各社区都将建起文化家园。", []),
        ("松林区社区文化家园的考评名单日前出炉。", []),
        # a city's first batch of childcare points
        ("常熟市首批社区托育点今天集中启用。", []),
        # the home written bare, or quoted after a county
        ("老人们每天都到幸福院吃午饭，这里的饭菜很可口。", []),
        ("平江县的“幸福院”里热热闹闹。", []),
        # a community named 文化家园 is a community, not a culture home, and its places stay places
        ("南岗区文化家园社区组织居民开展义诊。", []),
    ],
)
def test_round61h4c_unnamed_service_unit_is_none(text, expected):
    assert organizations(text) == expected
