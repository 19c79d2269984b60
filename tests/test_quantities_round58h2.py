"""Quantities, round 58 (h2): bare 万/亿 figures whose unit the writer left out. A 亿 figure that
closes its clause after the population word counts people as a 万 one does; a sum followed by what
it is spent on (用于) closes there; a sum's own name right before it (剩余款, 奖金) and the words
收入 and 税收 make it money; infants (婴幼儿) are people a bare 万 counts. Sentences of our own
making."""

from __future__ import annotations

import pytest

from test_quantities import quantities


def counts(text: str) -> list[tuple[str, float, str, str | None]]:
    """(text, value, unit, qualifier) per quantity."""
    return [(q[0], q[3], q[4], q[5]) for q in quantities(text)]


POPULATION_YI_CASES = [
    # 亿 after the population word, closing the clause
    ("全国65岁以上人口已达2.1亿，养老需求持续增长。", [("2.1亿", 210000000, "人", None)]),
    ("全省常住人口1.02亿。", [("1.02亿", 102000000, "人", None)]),
    # 万 after the population word: unchanged
    ("全区常住人口超95万，较十年前有所增长。", [("超95万", 950000, "人", "more_than")]),
    # a 亿 figure running on into a word is no count of people
    ("人口普查显示2亿元的投入用于养老。", [("2亿元", 200000000, "元", None)]),
    # no population word: nothing
    ("今年观影达3亿，创下新高。", []),
]

MONEY_CASES = [
    # a sum followed by what it is spent on
    ("村里企业家先后捐款近300万用于修建村小学。", [("近300万", 3000000, "元", "about")]),
    ("爱心人士捐赠20余万用作助学金。", [("20余万", 200000, "元", "more_than")]),
    # a sum's own name right before it
    ("拆迁剩余款12余万用于设立奖学基金。", [("12余万", 120000, "元", "more_than")]),
    ("获奖团队可领取奖金5万，名额有限。", [("5万", 50000, "元", None)]),
    # income and tax revenue before a bare sum
    ("2023年园区全口径税收8.6亿，同比增长12%。", [("8.6亿", 860000000, "元", None), ("12%", 12, "%", None)]),
    ("该村集体经济年收入达120万，较上年翻番。", [("120万", 1200000, "元", None)]),
    # 用于 with no money word before the figure: no sum
    ("项目惠及居民2万用于说明。", []),
    # the name of a body ending in 会 is no money noun
    ("全市共有基金会2万家。", [("2万家", 20000, "家", None)]),
]

PEOPLE_CASES = [
    ("服务综合体惠及近12万老人和3.5万婴幼儿。", [("近12万", 120000, "人", "about"), ("3.5万", 35000, "人", None)]),
]


@pytest.mark.parametrize("text, expected", POPULATION_YI_CASES)
def test_round58h2_bare_yi_after_population_word_counts_people(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", MONEY_CASES)
def test_round58h2_bare_sum_named_or_spent_is_money(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", PEOPLE_CASES)
def test_round58h2_infants_are_people_a_bare_wan_counts(text, expected):
    assert counts(text) == expected
