"""Round 28 (communities, quantities): rules for error classes seen in at least
three articles of two tuning sets. Sentences of our own making, with invented organization names."""

from __future__ import annotations

import pytest

from shequ.extract.quantities import QuantityExtractor

from contexts import context_for, run


def quantity_facts(text: str):
    """(text, value, unit) of the quantity mentions."""
    found = QuantityExtractor()(context_for(QuantityExtractor, text))
    return [(m.attrs["text"], m.attrs["value"], m.attrs["unit"]) for m in found]


# A range whose first end has no measure word of its own is an estimate, no count: neither end
# is a quantity. Both ends with their own measure word stay two quantities.
RANGE_CASES = [
    ("青禾社区每次活动可吸引80到120位居民参加。", []),
    ("参加一次巡逻可获得2至4分。", []),
    ("桃溪村每户补贴3万至3.5万元。", []),
    ("服务时长从3-30小时不等。", []),
    ("镇里给每户发放500元至900元慰问金。", [("500元", 500.0, "元"), ("900元", 900.0, "元")]),
    ("青禾社区共有志愿者120名。", [("120名", 120.0, "名")]),
]


@pytest.mark.parametrize("text, expected", RANGE_CASES)
def test_quantities_range_without_first_measure_word_is_no_count(text, expected):
    assert quantity_facts(text) == expected


# A few categories of people or bodies in Chinese numerals are not counted things (round 44 counts
# kinds in digits, 5类, as the gold-dc does: tests/test_quantities_round44qty.py).
@pytest.mark.parametrize("text", ["街道将辖区三类人群纳入帮扶名单。", "青禾社区培育了五类社会组织。"])
def test_quantities_categories_in_lei_are_no_count(text):
    assert quantity_facts(text) == []


def test_quantities_kinds_in_zhong_are_still_counted():
    assert quantity_facts("爱心超市上架商品40余种。") == [("40余种", 40.0, "种")]


def community_names(text: str):
    return [m.canonical for m in run(text, "places", "communities").mentions["communities"] if m.fact]


# Filter 8: an everyday-word stem right after a generic quality adjective phrase (和谐社区、…,
# 和谐…) is another goal of the slogan; the same stem after a place, a named community or a
# locative stays a community.
QUALITY_SLOGAN_CASES = [
    ("居民们盼望家园成为和谐社区、幸福社区。", []),
    ("街道提出了建设和谐社区、幸福社区、美丽社区的目标。", []),
    ("努力打造和谐幸福社区。", []),
    ("秀江街道幸福社区开展活动。", ["幸福社区"]),
    ("桃源社区、幸福社区的居民参加了活动。", ["桃源社区", "幸福社区"]),
]


@pytest.mark.parametrize("text, expected", QUALITY_SLOGAN_CASES)
def test_communities_goal_after_quality_slogan_is_no_community(text, expected):
    assert community_names(text) == expected
