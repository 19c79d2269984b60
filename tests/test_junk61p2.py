"""Round 61 (p2): junk shapes of a bulk read, removed by general rules: a subject read over 、
into the next item of a list whose items carry figures of their own, and a subject read over the
clause joiner 且 or made of an emphatic tail (之多). Sentences of our own making, with made-up names."""

from __future__ import annotations

import pytest

from test_quantities import quantities


def subjects(text: str) -> list[tuple[str, str | None]]:
    """(text, subject) per quantity."""
    return [(q[0], q[6]) for q in quantities(text)]


# After 、 comes the next item of the list, with a figure of its own before the clause ends.
NEXT_ITEM_CASES = [
    ("东湖苑项目200张床位、晨光护理院80张床位，均已投用。", [("200张", "床位"), ("80张", "床位")]),
    ("今年添了25个停车位、换了9盏路灯，居民很满意。", [("25个", "停车位"), ("9盏", "路灯")]),
    ("惠及18栋住宅、近千人的改造工程已完工。", [("18栋", "住宅"), ("近千人", "改造工程")]),
    # look-alikes: nouns sharing one figure keep the whole list
    ("给35位盲人、聋哑人送去了助听设备。", [("35位", "盲人、聋哑人")]),
    ("街道把300余名保安、保洁员纳入服务，另有3名社工。", [("300余名", "保安、保洁员"), ("3名", "社工")]),
]


@pytest.mark.parametrize("text, expected", NEXT_ITEM_CASES)
def test_quantities_subject_stops_before_the_next_counted_list_item(text, expected):
    assert subjects(text) == expected


# 且 joins two clauses; 之 opens an emphatic tail after the figure.
JOINED_CLAUSE_CASES = [
    ("方案要经面积占比五分之四以上的住户且人数占比五分之四以上的住户签字。",
     [("五分之四以上", "住户"), ("五分之四以上", "住户")]),
    ("投诉就有320条之多，居民意见很大。", [("320条", None)]),
    # look-alikes: a subject with no 且 and a name opening with 之 stay
    ("方案要经五分之四以上的住户签字。", [("五分之四以上", "住户")]),
    ("该村共有之江村民35户。", [("35户", "之江村民")]),
]


@pytest.mark.parametrize("text, expected", JOINED_CLAUSE_CASES)
def test_quantities_subject_ends_before_a_joined_clause_or_emphatic_tail(text, expected):
    assert subjects(text) == expected


# A target group named by what it lost (失能, 失智, 失独) stays one word after the measure word,
# so the count's subject is the group, not a lone 失 glued to the measure word.
LOST_GROUP_CASES = [
    ("敬老院现已住进27位失能老人。", [("27位", "失能老人")]),
    ("街道为16户失独家庭送去了月饼。", [("16户", "失独家庭")]),
    ("社区走访了9户失智老人家庭。", [("9户", "失智老人家庭")]),
    # look-alike: a word of loss jieba already knows stays as it was
    ("街道帮助40名失业人员再就业。", [("40名", "失业人员")]),
]


@pytest.mark.parametrize("text, expected", LOST_GROUP_CASES)
def test_quantities_subject_is_the_target_group_named_by_what_it_lost(text, expected):
    assert subjects(text) == expected
