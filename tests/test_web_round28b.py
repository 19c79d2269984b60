"""Round 28b (a junk wave): a web page's view counter is no quantity (浏览0次, 点击：3120次,
阅读次数：56次).

Every sentence here is made up (invented places, units and people).
"""

from __future__ import annotations

import pytest

from shequ.extract.quantities import QuantityExtractor

from contexts import context_for


def reasons(text: str):
    return [(text[c.start : c.end], reason) for c, reason in QuantityExtractor().candidates(context_for(QuantityExtractor, text))]


# --- view counters are no quantities -------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("浏览0次发布时间2026/01/07", [("0次", "view_counter")]),
        ("作者：周某某 点击：3120次", [("3120次", "view_counter")]),
        ("阅读次数：56次", [("56次", "view_counter")]),
        ("阅读：88次", [("88次", "view_counter")]),
    ],
)
def test_view_counters_are_no_quantities(text, expected):
    assert reasons(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("松林社区今年开展宣传活动12次。", [("12次", None)]),
        ("这条宣传短片的浏览量达3万次。", [("3万次", None)]),  # a verb between: a count the story reports
        ("读书会上大家把这首诗阅读了3次。", [("3次", None)]),
        ("歇脚点累计服务送餐员500人次。", [("500人次", None)]),
    ],
)
def test_counts_in_running_text_stay(text, expected):
    assert reasons(text) == expected
