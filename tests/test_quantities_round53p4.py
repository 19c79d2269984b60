"""Round 53 (p4): 口 counts the people of a household or a village (一家5口, 全家7口人, 800多口人),
recorded with unit 口 as the round-53 tuning gold writes it; 口 inside a word (门口, 路口, 老两口,
口号) is no measure word. Sentences are invented."""

import pytest

from contexts import quantity_facts as _quantities


@pytest.mark.parametrize(
    "text, expected",
    [
        ("王建华一家5口住在青禾镇柳湾村。", [("5口", 5, "口", None)]),
        ("全家7口人，父亲常年卧病在床。", [("7口人", 7, "口", None)]),
        ("在一个800多口人的小山村里，几位老人办起了合唱团。", [("800多口人", 800, "口", "more_than")]),
        ("桃源村共有120户460口人。", [("120户", 120, "户", None), ("460口人", 460, "口", None)]),
    ],
)
def test_quantities_kou_counts_household_people_round53p4(text: str, expected: list) -> None:
    assert _quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "社区门口新装了一排路灯。",
        "老两口互相照顾，日子过得踏实。",
        "青禾小学的学生齐声喊出“安全第一”口号。",
        "他家里有几口人，平时谁在家？",
    ],
)
def test_quantities_kou_inside_a_word_is_no_count_round53p4(text: str) -> None:
    assert _quantities(text) == []
