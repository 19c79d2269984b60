"""Quantities, round 30: a count of people followed by the age or school grade of those counted.
Sentences of our own making."""

from __future__ import annotations

import pytest

from test_quantities import quantities


def counts(text: str) -> list[tuple[str, float, str, str | None]]:
    """(text, value, unit, subject) per quantity."""
    return [(q[0], q[3], q[4], q[6]) for q in quantities(text)]


AGE_CASES = [
    ("青松社区有1260余名65岁以上老人。", [("1260余名", 1260, "名", "老人")]),
    ("志愿者为45名80周岁以上的独居老人送去月饼。", [("45名", 45, "名", "独居老人")]),
    ("活动吸引了22名3-6年级的小学生参加。", [("22名", 22, "名", "小学生")]),
    ("街道为31名70岁、80岁及90岁的老人过集体生日。", [("31名", 31, "名", "老人")]),
    # a numeral after a count that is no age: a label or an address, as before
    ("小区5栋2单元的住户反映了情况。", []),
    ("社区推出“三个一”服务。", []),
]


@pytest.mark.parametrize("text, expected", AGE_CASES)
def test_round30_count_before_age_of_those_counted(text, expected):
    assert counts(text) == expected
