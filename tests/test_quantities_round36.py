"""Quantities, round 36: the change frame 从 N 发展到 M across a comma and after 了 or a word
for "now"; a figure repeated later with a subject that shares its head word is one fact.
Sentences of our own making."""

from __future__ import annotations

import pytest

from test_quantities import quantities


def counts(text: str) -> list[tuple[str, float, str, str | None]]:
    """(text, value, unit, subject) per quantity."""
    return [(q[0], q[3], q[4], q[6]) for q in quantities(text)]


SPAN_CASES = [
    # the new level after a comma and a word for "now": both levels count the noun before 从
    ("青禾巷的志愿者从三年前的8人，发展到如今的47人。", [("8人", 8, "人", "青禾巷的志愿者"), ("47人", 47, "人", "青禾巷的志愿者")]),
    # the new level after 了
    ("护河队的队员从最初的6人发展到了40多人。", [("6人", 6, "人", "护河队的队员"), ("40多人", 40, "人", "护河队的队员")]),
    # no opener 从/由: the verb after the comma names nothing
    ("楼道长有8人，发展到了这里。", [("8人", 8, "人", "楼道长")]),
]


@pytest.mark.parametrize("text, expected", SPAN_CASES)
def test_round36_change_frame_across_comma_and_after_le_or_now(text, expected):
    assert counts(text) == expected


REPEAT_CASES = [
    # a later sentence repeats the figure, its noun read with another word after the head
    ("镇里为12户孤寡家庭送去棉被。12户孤寡老人都表示感谢。", [("12户", 12, "户", "孤寡家庭")]),
    # a later sentence repeats the figure and leaves its noun unsaid
    ("街道走访了7户独居家庭。其中还有7户需要长期照护。", [("7户", 7, "户", "独居家庭")]),
    # a later figure that names another noun is another fact
    ("社区组建了5支巡逻队。学校也有5支合唱队。", [("5支", 5, "支", "巡逻队"), ("5支", 5, "支", "合唱队")]),
]


@pytest.mark.parametrize("text, expected", REPEAT_CASES)
def test_round36_repeated_figure_with_unsaid_or_same_head_subject_is_one_fact(text, expected):
    assert counts(text) == expected


PERSON_PHRASE_CASES = [
    # a fixed phrase for people closing the clause is who is counted, not what they did
    ("青禾村目前有92位退役军人，服务站常去走访。", [("92位", 92, "位", "退役军人")]),
    ("镇里有30名留守儿童。", [("30名", 30, "名", "留守儿童")]),
    # an idiom that names no people still closes the count
    ("职工约250人齐聚一堂，共庆佳节。", [("约250人", 250, "人", "职工")]),
]


@pytest.mark.parametrize("text, expected", PERSON_PHRASE_CASES)
def test_round36_fixed_phrase_for_people_after_count_is_its_subject(text, expected):
    assert counts(text) == expected


VILLAGE_GROUP_CASES = [
    # a village's numbered group is a name, alone or in a list
    ("位于青禾村4组和19组的两块空地已经平整。", [("两块", 2.0, "块", "空地")]),  # 块 a unit since round 41b
    ("洪水威胁着桃源村三组村民的安全。", []),
    ("这条渠流经我们村1、2、5组的农田。", []),
    # groups that something is split into are counted
    ("社工把所有成员分成了四组。", [("四组", 4, "组", "所有成员")]),
]


@pytest.mark.parametrize("text, expected", VILLAGE_GROUP_CASES)
def test_round36_village_numbered_group_is_no_count(text, expected):
    assert counts(text) == expected
