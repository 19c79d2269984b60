"""Quantities, round 34: building numbers that are addresses, not counts. Sentences of our own
making."""

from __future__ import annotations

import pytest

from test_quantities import quantities


def counts(text: str) -> list[tuple[str, float, str, str | None]]:
    """(text, value, unit, subject) per quantity."""
    return [(q[0], q[3], q[4], q[6]) for q in quantities(text)]


BUILDING_NUMBER_CASES = [
    # after a street's name, an estate's phase or a preposition of place the number names a building
    ("巡查员在春晖西路36栋门前发现一处积水。", []),
    ("枫桥苑二期7栋的电梯已经修好。", []),
    ("他住在12栋，离活动室很近。", []),
    # a count of buildings follows a verb or the buildings' noun
    ("桂香小区共有28栋楼。", [("28栋", 28, "栋", "楼")]),
    # 到 after a verb of change closes the verb: a count
    ("新区的安置楼已经增加到16栋。", [("16栋", 16, "栋", "新区的安置楼")]),
    ("片区内有安置房41幢，住户900余户。", [("41幢", 41, "幢", "安置房"), ("900余户", 900, "户", "住户")]),
]


@pytest.mark.parametrize("text, expected", BUILDING_NUMBER_CASES)
def test_round34_building_number_after_street_phase_or_place_preposition_is_no_count(text, expected):
    assert counts(text) == expected
