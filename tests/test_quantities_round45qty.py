"""Round 45 qty: a count of one that is an item of a list of counts (配备1名X、1名Y和2名Z,
由1个A、3个B组成, 两个广场和一条步道) is a count like its neighbours, not an article, a per-unit
base or a post's holder. A list of ones alone stays a list of articles. Sentences are invented."""

import pytest

from pipeline.api import extract


def _quantities(text: str) -> list[tuple[str, float, str]]:
    return sorted((q.text, q.value, q.unit) for sheet in extract(text) for q in sheet.quantities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # Arabic ones of people listed with a larger count
        ("青柳镇每个托管点配备1名带班老师、1名保育员和3名大学生志愿者。",
         [("1名", 1.0, "名"), ("1名", 1.0, "名"), ("3名", 3.0, "名")]),
        # an Arabic one after 由 that opens a list of what a whole is made of
        ("这处驿站由1个服务大厅、4个休息点和9个充电桩组成。",
         [("1个", 1.0, "个"), ("4个", 4.0, "个"), ("9个", 9.0, "个")]),
        # a Chinese one of 条 after 和, joined to a count before it
        ("禾青片区由两个广场和一条林荫步道组成。", [("一条", 1.0, "条"), ("两个", 2.0, "个")]),
    ],
)
def test_quantities_keeps_one_listed_with_other_counts(text: str, expected: list) -> None:
    assert _quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a list of ones alone is of articles
        "她顺手拿了一把雨伞、一顶草帽。",
        # (round 48: an Arabic one of people is a count, list or not: test_quantities_round48qty)
    ],
)
def test_quantities_one_outside_a_list_yields_no_count_of_one(text: str) -> None:
    assert [q for q in _quantities(text) if q[1] == 1.0] == []
