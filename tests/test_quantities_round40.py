"""Quantities, round 40: what a count of people counts when the verb after it takes 了 and a
determiner before its object, or stands alone closing its clause. Sentences of our own making."""

from __future__ import annotations

import pytest

from test_quantities import quantities


def counts(text: str) -> list[tuple[str, float, str, str | None]]:
    """(text, value, unit, subject) per quantity."""
    return [(q[0], q[3], q[4], q[6]) for q in quantities(text)]


PREDICATE_CASES = [
    # a determiner between the verb and its object stays in the predicate
    # round 57e h5: 了 is dropped from the predicate; none of the 91 subjects of taking part in
    # the tuning gold (l53, t53, g54–g56) keeps it (参加座谈的人员, 参加活动的…)
    ("青禾镇干部、楼栋长代表等70余人参加了本次联欢会。", [("70余人", 70, "人", "参加本次联欢会")]),
    ("桃源街道干部和商户等45人出席了揭牌仪式。", [("45人", 45, "人", "出席揭牌仪式")]),
    # a verb before the object's head is part of the object
    # round 57e h5: 了 is dropped from the predicate; none of the 91 subjects of taking part in
    # the tuning gold (l53, t53, g54–g56) keeps it (参加座谈的人员, 参加活动的…)
    ("柳湾村党员和商户等36人参加了募捐仪式，场面热烈。", [("36人", 36, "人", "参加募捐仪式")]),
    # a verb alone at the clause's end or before 的 is what the people did
    ("枫林苑的老人和孩子等80余人参加，气氛融洽。", [("80余人", 80, "人", "参加")]),
    ("青禾书屋今年有约650人次参与的共读活动。", [("约650人次", 650, "人次", "参与")]),
    # no verb after the count: no subject is made up
    ("他们30人一组。", [("30人", 30, "人", None)]),
]


@pytest.mark.parametrize("text, expected", PREDICATE_CASES)
def test_round40_predicate_after_count_of_people(text, expected):
    assert counts(text) == expected


SHARE_CASES = [
    # 占|比达 (jieba joins 比 with the link word): the share is the subject, the link word no part of it
    ("枫林苑业主大会9名委员中女性占比达56%。", [("9名", 9, "名", "委员"), ("56%", 56, "%", "女性占比")]),
    ("青禾村外出务工人员占比超40%。", [("40%", 40, "%", "务工人员占比")]),
    # 占 as a plain verb before the figure is untouched
    ("志愿者中大学生占六成。", [("六成", 60, "%", "大学生")]),
]


@pytest.mark.parametrize("text, expected", SHARE_CASES)
def test_round40_share_joined_with_link_word(text, expected):
    assert counts(text) == expected


POPULATION_CASES = [
    # 老年人|口: jieba cuts 人口 after a noun for people; the population is what is counted
    ("柳湾村老年人口310余人，留守儿童40名。", [("310余人", 310, "人", "柳湾村老年人口"), ("40名", 40, "名", "留守儿童")]),
    # 口 counting the members of a household stays a measure word
    # round 53 p4: unit 口, as the round-53 tuning gold writes it (three articles of three sets)
    ("老李家4口人挤在一间平房里。", [("4口人", 4, "口", "老李家")]),
]


@pytest.mark.parametrize("text, expected", POPULATION_CASES)
def test_round40_population_after_noun_for_people(text, expected):
    assert counts(text) == expected


PARTICIPATION_CASES = [
    # a verb of taking part right after a count of people: what they did, not the noun before
    # round 57e h5: without 了, as the tuning gold writes it (参加座谈的人员)
    ("桃源社区网格员和楼栋长代表共计18人参加了座谈。", [("18人", 18, "人", "参加座谈")]),
    ("青禾街道志愿者300余人参加。", [("300余人", 300, "人", "参加")]),
    # another verb after the count leaves the noun before it as the subject
    ("柳湾社区组织12名党员参加培训。", [("12名", 12, "名", "党员")]),
]


@pytest.mark.parametrize("text, expected", PARTICIPATION_CASES)
def test_round40_taking_part_after_count_of_people(text, expected):
    assert counts(text) == expected


SERVED_CASES = [
    # a count of people closing its clause right after a verb: the service that reached them
    ("青禾街道法律服务队上门咨询120余人，反响很好。", [("120余人", 120, "人", "青禾街道法律服务队上门咨询")]),
    ("驿站今年解决就业45人。", [("45人", 45, "人", "就业")]),
    # a noun for the people before the count stays its subject
    ("枫林苑现有楼栋长16人。", [("16人", 16, "人", "枫林苑现有楼栋长")]),
]


@pytest.mark.parametrize("text, expected", SERVED_CASES)
def test_round40_served_people_after_verb(text, expected):
    assert counts(text) == expected
