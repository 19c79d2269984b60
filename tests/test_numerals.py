"""Numerals: Arabic, Chinese and mixed numerals and percent forms → numbers."""

from __future__ import annotations

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shequ.numerals import (
    VagueNumeral,
    is_bare_magnitude,
    is_vague,
    parse_arabic,
    parse_chinese,
    parse_number,
    parse_percent,
)


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        # Arabic
        ("103", 103),
        ("0", 0),
        ("36.5", 36.5),
        ("11,446", 11446),
        # Arabic with a Chinese magnitude
        ("2万", 20000),
        ("37.6万", 376000),
        ("1.8万", 18000),
        ("378.2万", 3782000),
        ("13万", 130000),
        ("1.2亿", 120000000),
        ("3千", 3000),
        # Chinese
        ("三万", 30000),
        ("两千", 2000),
        ("十", 10),
        ("二十", 20),
        ("一百", 100),
        ("一百二十", 120),
        ("一千三百", 1300),
        ("一千零五", 1005),
        ("两万三千", 23000),
        ("一万二", 12000),
        ("二十一", 21),
        ("三", 3),
        # bare magnitudes (上百, 百余, 千余, 上百万): cn2an rejects them
        ("百", 100),
        ("千", 1000),
        ("万", 10000),
        ("百万", 1000000),
    ],
)
def test_parse_number_reads_every_numeral_form(numeral, value):
    assert parse_number(numeral) == value


@pytest.mark.parametrize("numeral", ["两三", "三四", "七八十", "一两", "五六百", "一一"])
def test_parse_number_refuses_vague_ranges_that_cn2an_reads_as_numbers(numeral):
    with pytest.raises(VagueNumeral):
        parse_number(numeral)


def test_cn2an_alone_would_read_liangsan_as_23():
    # The reason `parse_chinese` checks for vague ranges before calling cn2an.
    assert cn2an.cn2an("两三", "normal") == 23


@pytest.mark.parametrize("numeral", ["", "abc", "十十", "3.", "几百"])
def test_parse_number_rejects_non_numerals(numeral):
    with pytest.raises(ValueError):
        parse_number(numeral)


@pytest.mark.parametrize(
    ("numeral", "vague", "bare"),
    [("两三", True, False), ("三十", False, False), ("百", False, True), ("百万", False, True), ("一百", False, False), ("十", False, False)],
)
def test_vague_and_bare_magnitude_predicates(numeral, vague, bare):
    assert is_vague(numeral) is vague
    assert is_bare_magnitude(numeral) is bare


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("75%", 75),
        ("42.8%", 42.8),
        ("98％", 98),
        ("百分之七十五", 75),
        ("百分之百", 100),
        ("百分之12.5", 12.5),
        ("百分之三点五", 3.5),
        ("千分之三", 3),
        ("七成", 70),
        ("两成", 20),
        ("七成五", 75),
        ("十成", 100),
    ],
)
def test_parse_percent_reads_percent_words_and_cheng(text, value):
    assert parse_percent(text) == value


@pytest.mark.parametrize("text", ["七", "成", "百分之", "一半"])
def test_parse_percent_rejects_non_percentages(text):
    with pytest.raises(ValueError):
        parse_percent(text)


def test_parse_arabic_multiplies_exactly():
    # Decimal arithmetic: 37.6 × 10000 must not come out as 375999.99999999994
    assert parse_arabic("37.6", "万") == 376000
    assert parse_arabic("0.3", "万") == 3000


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=99_999_999))
def test_chinese_numerals_written_by_cn2an_read_back(number):
    written = cn2an.an2cn(number, "low")  # standard numerals never have two digits in a row
    assert parse_chinese(written) == number


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=99_999), st.sampled_from(["", "万", "亿"]))
def test_arabic_with_magnitude_is_the_product(number, magnitude):
    factor = {"": 1, "万": 10_000, "亿": 100_000_000}[magnitude]
    assert parse_number(f"{number}{magnitude}") == number * factor


def test_parse_chinese_turns_cn2an_key_errors_into_value_errors():
    # a regression (found by the quantity property test): cn2an raises KeyError on 一亿一
    with pytest.raises(ValueError):
        parse_chinese("一亿一")
