"""Quantities, round 59 (p2): what a count is about is a noun, not a piece of the clause around
it. Sentences of our own making, with made-up names."""

from __future__ import annotations

import pytest

from test_quantities import quantities


def subjects(text: str) -> list[tuple[str, str | None]]:
    """(text, subject) per quantity."""
    return [(q[0], q[6]) for q in quantities(text)]


# An average per period or head (日均, 户均) opens the predicate after the counted noun and is read
# past before a figure; a verb of reaching names no service counted.
AVERAGE_CASES = [
    # the average word after the counted noun opens the predicate
    ("青禾区逾800个邻里驿站日均接待居民上千人次。", [("逾800个", "邻里驿站"), ("上千人次", "居民")]),
    ("全镇60个网格月均走访独居老人一次。", [("60个", "网格")]),
    # in the predicate before a count of visits it is read past to the topic
    ("青禾书屋日均吸引3000人次。", [("3000人次", "青禾书屋")]),
    # a verb of reaching is no service counted: the noun glued before it is the topic
    ("青禾书屋吸引3000人次。", [("3000人次", "青禾书屋")]),
    # look-alike: before a measure's own noun the average stays
    ("驿站日均用餐量超过300人次。", [("超过300人次", "驿站日均用餐量")]),
    # look-alike: a counted noun with no average word keeps its whole phrase
    ("青禾区共有800个邻里驿站服务中心。", [("800个", "邻里驿站服务中心")]),
]

# A copula after a count of people is followed by who they are.
COPULA_CASES = [
    ("其中，有350人是独居老人。", [("350人", "独居老人")]),
    ("据统计，有42人系退役军人。", [("42人", "退役军人")]),
    # no noun right after the copula: nothing
    ("其中有15人是为了照看孙辈才留下。", [("15人", None)]),
    # look-alike: a noun before the count still names it
    ("全村党员有86人，都参加了学习。", [("86人", "全村党员")]),
]

# A pronoun with its verb, a verb with its aspect marker and a negated verb name nothing counted.
FRAGMENT_CASES = [
    # a pronoun glued to its verb
    ("老周说：“我养的120多只（头）鸡鸭，一年能卖不少钱。”", [("120多只", None)]),
    # a verb with its aspect marker, in either written form
    ("新苑小区里居住著500多户、1800多名居民。", [("500多户", None), ("1800多名", "居民")]),
    # a negated verb before a sum
    ("按照约定，每笔捐赠最多不能超过3000元。", [("超过3000元", None)]),
    # look-alikes: 我市 and a plain noun keep their subject
    ("我市注册志愿者已达5万人。", [("5万人", "注册志愿者")]),
    ("小区居民共有500多户。", [("500多户", "小区居民")]),
]

# A locative closing the counted noun says within what.
LOCATIVE_CASES = [
    ("全区8个街道内开展排查。", [("8个", "街道")]),
    ("3个小区中开展试点。", [("3个", "小区")]),
    # the locative alone after the measure word: nothing counted is named
    ("喜宴控制在十桌内。", [("十桌", None)]),
    # look-alike: a counted noun with no locative after it
    ("全区8个街道开展排查。", [("8个", "街道")]),
]

# A bare place name before a count of things says where.
PLACE_CASES = [
    # a bare place name before a count of things is where they are
    ("青州共有18个省级未来社区完成创建。", [("18个", None)]),
    # look-alikes: a noun before the count, or a count of things named after it
    ("青州共有社区120个。", [("120个", "社区")]),
    ("青州共有18个示范社区。", [("18个", "示范社区")]),
]


@pytest.mark.parametrize("text, expected", AVERAGE_CASES)
def test_junk59p2_average_word_ends_the_counted_noun(text, expected):
    assert subjects(text) == expected


@pytest.mark.parametrize("text, expected", COPULA_CASES)
def test_junk59p2_copula_after_people_names_them(text, expected):
    assert subjects(text) == expected


@pytest.mark.parametrize("text, expected", FRAGMENT_CASES)
def test_junk59p2_clause_fragment_is_no_subject(text, expected):
    assert subjects(text) == expected


@pytest.mark.parametrize("text, expected", LOCATIVE_CASES)
def test_junk59p2_closing_locative_is_no_part_of_the_subject(text, expected):
    assert subjects(text) == expected


@pytest.mark.parametrize("text, expected", PLACE_CASES)
def test_junk59p2_bare_place_before_count_of_things_is_no_subject(text, expected):
    assert subjects(text) == expected
