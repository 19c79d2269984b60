"""Round 57 h5 (organizations filter F26): a head that is also a verb or the particle 所
(org_verb_heads.tsv: 办, 学会, 所), written right after a word naming people or a community and
followed by what that reading takes (a noun object, or a verb after 所), is the clause's verb, not
a unit: the people run, buy or learn something, or 所 makes a noun of the verb after it. Units with
these heads named by their place and field stay, as does one with a post after its head.
Sentences are invented."""

import pytest

from tests.contexts import organizations_found


@pytest.mark.parametrize(
    "text",
    [
        # villagers buy something: 办 and its object
        "春节前，宁安县白沙镇柳溪村搬迁户办年货，处处喜气洋洋。",
        # the particle 所 before the verb it makes a noun of
        "社工站梳理了石湾社区居民所提出的六条建议。",
        # workers learn something: 学会 and its object
        "夜校开课后，不少保洁工人学会新技能，找到了更好的工作。",
        "湖光社区老年人学会智能手机后，常在群里聊天。",
    ],
)
def test_verb_read_heads_name_no_unit(text: str) -> None:
    assert organizations_found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place, then a people word as the office's field: the unit
        ("2019年，青石村被湖北省移民办命名为示范村。", ["湖北省移民办"]),
        # units named by their place and field, a verb or a list mark after them
        ("迎风街道创城办牵头，城建办配合。", ["迎风街道创城办"]),
        ("石桥镇民政所、司法所一道上门看望低保户。", ["石桥镇民政所"]),
        ("岭南市心理学会举办公益讲座。", ["岭南市心理学会"]),
    ],
)
def test_units_with_these_heads_stay(text: str, expected: list[str]) -> None:
    assert organizations_found(text) == expected
