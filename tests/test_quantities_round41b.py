"""Round 41b: measure words of counted things (对, 盏, 桶, 棵, 块, 间) make quantities; the same
characters inside words and names make none (sentences of our own making)."""

from __future__ import annotations

import pytest

from test_quantities import quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青禾社区上月为12对新人办了集体婚礼。", [("12对", 7, 10, 12.0, "对", None, "新人")]),
        ("沿河步道新装了160盏路灯。", [("160盏", 7, 11, 160.0, "盏", None, "路灯")]),
        ("志愿者给独居老人送去30桶食用油。", [("30桶", 10, 13, 30.0, "桶", None, "食用油")]),
        ("村民在坡上补种了百余棵果树。", [("百余棵", 8, 11, 100.0, "棵", "more_than", "果树")]),
        ("老村部腾出7间空房改成活动室。", [("7间", 5, 7, 7.0, "间", None, "空房")]),
    ],
)
def test_quantities_counted_things_round41b(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "网格员一对一联系困难家庭。",
        "他常去五棵松那边散步。",
        "大家一块儿把院子扫干净了。",
        "门前那棵老槐树又发芽了。",
    ],
)
def test_quantities_measure_characters_inside_words_round41b(text):
    assert quantities(text) == []
