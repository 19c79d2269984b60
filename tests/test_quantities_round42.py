"""Quantities, round 42: 部门 as a measure word that names what it counts (N部门 without 个),
its subject the list closed by 等 right before it. Sentences of our own making."""

from __future__ import annotations

import pytest

from test_quantities import quantities


def counts(text: str) -> list[tuple[str, float, str, str | None]]:
    """(text, value, unit, subject) per quantity."""
    return [(q[0], q[3], q[4], q[6]) for q in quantities(text)]


CASES = [
    # a ministry and others acting together: the list before 等 is what is counted
    ("按照财政厅等七部门印发的细则，青苇镇启动试点。", [("七部门", 7, "部门", "财政厅等")]),
    ("交通局等14部门联手整治占道经营。", [("14部门", 14, "部门", "交通局等")]),
    # no list before it: the departments themselves
    ("两部门联合下发了一份通知。", [("两部门", 2, "部门", "部门")]),
    # with 个 the measure word stays 个 and the noun after it is counted
    ("街道联合9个部门开展义诊。", [("9个", 9, "个", "部门")]),
    # lifts and phones still count in 部
    ("小区今年加装3部电梯。", [("3部", 3, "部", "电梯")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round42_departments_counted_in_bumen(text, expected):
    assert counts(text) == expected


NOTHING = [
    "发挥第三部门在养老服务中的作用。",  # the third sector, an ordinal
    "多部门协同推进背街小巷改造。",  # no figure
    "各部门要压实责任。",
]


@pytest.mark.parametrize("text", NOTHING)
def test_round42_bumen_without_a_figure_yields_nothing(text):
    assert counts(text) == []
