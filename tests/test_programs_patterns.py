"""Small helpers of the program and model extractors whose patterns are compiled once (RE_* constants):
the same answers as the pattern strings they replace."""

from __future__ import annotations

import pytest

from shequ.extract.models import reject_service_adjectives
from shequ.extract.programs import _item_before, _nominal, clock_hour, reject_bare_award, slogan_core


@pytest.mark.parametrize("name, hour", [
    ("4点钟课堂", "四点钟"), ("十点半学堂", "十点半"), ("12点钟课堂", "十二点钟"), ("10点半", "十点半"),
    ("阳光课堂", None), ("课堂4点钟", None),
])
def test_clock_hour_spells_the_digits_of_the_opening_clock_time(name, hour):
    assert clock_hour(name) == hour


@pytest.mark.parametrize("name, core", [("幸福邻里，温暖你我", "幸福邻里"), ("红色,港湾", "红色"), ("同心圆", "同心圆")])
def test_slogan_core_ends_before_the_first_comma(name, core):
    assert slogan_core(name) == core


@pytest.mark.parametrize("name, rejected", [("面对面、零距离", True), ("零距离", True), ("面对面、邻里帮", False)])
def test_service_adjectives_reject_a_quote_made_only_of_them(name, rejected):
    assert reject_service_adjectives(name) is rejected


def test_bare_award_looks_only_at_the_clause_before_the_name():
    text = "该站今年荣获先进集体称号"
    assert reject_bare_award(text, text.index("先进"), text.index("称号"))


@pytest.mark.parametrize("text, pos, span", [("开设了书法课堂", 5, (0, 5)), ("12课堂", 2, None), ("课堂", 0, None)])
def test_item_before_is_the_han_run_before_a_position(text, pos, span):
    assert _item_before(text, pos) == span


@pytest.mark.parametrize("word, nominal", [("3号楼", False), ("邻里", False)])
def test_nominal_needs_han_or_latin_letters_only(word, nominal):
    assert _nominal(word, {}) is nominal
