"""Quantities, round 61 (h7): the administrative divisions a county, a district or a campaign counts
with the division word as its measure word (全县4镇3乡, 全市9区, 6村2居 → units 镇, 乡, 区, 村, 居),
only in plain digits: after a Chinese numeral the division word closes a place's name or a slogan
(东三村, 一村一策, “五区”行动), after a magnitude it opens a name (15万|镇远人), and as the front of a
longer word it is a noun (居|民). Sentences of our own making."""

from __future__ import annotations

import pytest

from test_quantities import quantities


def counts(text: str) -> list[tuple[str, float, str, str | None]]:
    """(text, value, unit, qualifier) per quantity."""
    return [(q[0], q[3], q[4], q[5]) for q in quantities(text)]


DIVISION_COUNT_CASES = [
    # a district's divisions listed one after another
    ("青禾区下辖7个街道办事处3乡4镇，人口约30万。",
     [("7个", 7, "个", None), ("3乡", 3, "乡", None), ("4镇", 4, "镇", None), ("约30万", 300000, "人", "about")]),
    # a campaign's route through a county, the last division a long word
    ("宣讲队将走遍全县6镇1乡3街道办事处。",
     [("6镇", 6, "镇", None), ("1乡", 1, "乡", None), ("3街道办事处", 3, "街道办事处", None)]),
    # villages and a residents' committee whose volunteers took part
    ("来自8村2居的青年志愿者参加了清洁活动。", [("8村", 8, "村", None), ("2居", 2, "居", None)]),
    # the districts of a city, before 共 and a count of people
    ("全市9区共65名网格员参加培训。", [("9区", 9, "区", None), ("65名", 65, "名", None)]),
]

NO_DIVISION_COUNT_CASES = [
    # a Chinese numeral closing a place's name
    ("活动在东湾三村的广场举行。", []),
    # a slogan of one per village
    ("镇里推行“一村一策”，因地制宜。", []),
    # a slogan without quotes
    ("县里深化一居一品建设。", []),
    # a magnitude before a county's name
    ("15万镇远人民欢度节日。", []),
    # 居 opening 居民: a noun after the number, not a division
    ("小区共有3000居民。", []),
]


@pytest.mark.parametrize("text, expected", DIVISION_COUNT_CASES)
def test_round61h7_divisions_counted_in_digits_are_quantities(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", NO_DIVISION_COUNT_CASES)
def test_round61h7_division_words_in_names_and_slogans_count_nothing(text, expected):
    assert counts(text) == expected


def test_round61h7_a_division_count_is_named_by_its_division_word():
    found = [(q[0], q[6]) for q in quantities("宣讲队将走遍全县6镇1乡3街道办事处。")]
    assert found == [("6镇", "镇"), ("1乡", "乡"), ("3街道办事处", "街道办事处")]


def test_round61h7_a_count_of_villages_keeps_its_noun_as_subject():
    # 村 counted with 个 stays the thing counted, not a measure word (the division words measure only
    # a count written right before them)
    assert [(q[0], q[4], q[6]) for q in quantities("全镇共有12个村参与了评比。")] == [("12个", "个", "村")]


def test_round61h7_a_bare_figure_before_villagers_counts_people():
    # 村 opening 村民 after a bare 万 figure is no measure word: the figure counts the villagers
    assert [(q[0], q[3], q[4]) for q in quantities("项目惠及3万村民。")] == [("3万", 30000, "人")]
