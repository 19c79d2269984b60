"""Quantities, round 57e (h5): what a count of people did is named without the aspect 了 after
its verb (参加了座谈 → 参加座谈), as the tuning gold writes it (参加座谈的人员). Sentences of our
own making."""

from __future__ import annotations

import pytest

from test_quantities import quantities


def counts(text: str) -> list[tuple[str, float, str, str | None]]:
    """(text, value, unit, subject) per quantity."""
    return [(q[0], q[3], q[4], q[6]) for q in quantities(text)]


ASPECT_CASES = [
    # verb + 了 + object: the object stays, 了 goes
    ("桂园社区楼长和居民代表等25余人参加了议事会。", [("25余人", 25, "人", "参加议事会")]),
    ("河湾村干部群众共计120余人参加了植树活动。", [("120余人", 120, "人", "参加植树活动")]),
    ("松林街道干部和商户等30人出席了本次签约仪式。", [("30人", 30, "人", "出席本次签约仪式")]),
    # no 了: unchanged
    ("枣林社区60余名志愿者参加义诊。", [("60余名", 60, "名", "志愿者")]),
    # 了 with no object after it: the verb alone, as before
    ("桂园社区居民约40人参加了，反响热烈。", [("约40人", 40, "人", "参加")]),
    # a verb that is not one of taking part keeps the noun before the count
    ("梧桐村组织8名党员参加了培训。", [("8名", 8, "名", "党员")]),
    # nothing counted: nothing made up
    ("大家都参加了座谈。", []),
]


@pytest.mark.parametrize("text, expected", ASPECT_CASES)
def test_round57eh5_participation_predicate_drops_aspect(text, expected):
    assert counts(text) == expected
