"""Round 51 (pairspur): a unit's staff going into a residential estate or a village (某医院医护人员走进
某小区, 某社工事务所社工走进某村) serve the people who live there; the estate or village is no partner.
A named community they visit still is, and units going together are still paired with each other.
Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from shequ.extract.partnerships import PartnershipExtractor

from contexts import context_for

ORGS = ["澄江区妇幼保健院", "晴川社工事务所", "澄江区税务局"]
COMMUNITIES = ["枫叶社区", "翠湖苑小区", "麦浪村", "稻香村"]


def visits(text: str) -> list[tuple[str, str, str]]:
    ctx = context_for(PartnershipExtractor, text, organizations=ORGS, communities=COMMUNITIES)
    return [(m.attrs["a"].canonical, m.attrs["b"].canonical, m.attrs["relation"]) for m in PartnershipExtractor()(ctx)]


@pytest.mark.parametrize(
    "name,text",
    [
        ("staff_into_estate", "澄江区妇幼保健院医护人员走进翠湖苑小区，为居民测量血压。"),
        ("staff_into_village", "晴川社工事务所的社工来到麦浪村，看望留守儿童。"),
        ("staff_into_two_villages", "晴川社工事务所的社工走进麦浪村、稻香村，走访困难家庭。"),
        ("staff_serving_villagers", "澄江区妇幼保健院医护人员为稻香村村民开展义诊。"),
    ],
)
def test_staff_visiting_an_estate_or_village_pair_with_nothing(name, text):
    assert visits(text) == []


def test_staff_visiting_a_community_still_pair_with_it():
    assert visits("澄江区妇幼保健院医护人员走进枫叶社区开展义诊。") == [("澄江区妇幼保健院", "枫叶社区", "走进")]


def test_units_going_together_into_a_village_are_still_paired():
    text = "澄江区税务局和晴川社工事务所的职工们一起来到麦浪村开展服务。"
    assert visits(text) == [("澄江区税务局", "晴川社工事务所", "来到")]
