"""Numerals: Arabic, Chinese and mixed numerals and percent forms → numbers."""

from __future__ import annotations

import cn2an  # a test oracle only: it writes the standard numerals ours must read back
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shequ.numerals import (
    VagueNumeral,
    chinese_integer,
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
        # bare magnitudes (上百, 百余, 千余, 上百万)
        ("百", 100),
        ("千", 1000),
        ("万", 10000),
        ("百万", 1000000),
    ],
)
def test_parse_number_reads_every_numeral_form(numeral, value):
    assert parse_number(numeral) == value


@pytest.mark.parametrize("numeral", ["两三", "三四", "七八十", "一两", "五六百", "一一"])
def test_parse_number_refuses_vague_ranges(numeral):
    # a positional reader would make 23 of 两三
    with pytest.raises(VagueNumeral):
        parse_number(numeral)


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("零", 0),
        ("〇", 0),
        ("两", 2),
        ("十二", 12),
        ("一十二", 12),
        ("二十万", 200_000),
        ("十一万", 110_000),
        ("一千零五十", 1050),
        ("一千零十", 1010),
        ("一万零十", 10_010),
        ("一万零二", 10_002),
        ("一千万零五", 10_000_005),
        ("一亿二千万", 120_000_000),
        ("一亿零五百万", 105_000_000),
        ("三万五千亿", 3_500_000_000_000),
        ("一万亿", 1_000_000_000_000),
        ("十亿九千九百九十一", 1_000_009_991),  # no 零 where one belongs: still read
        # the colloquial short forms: the closing digit is one step below the magnitude
        ("一万二", 12_000),
        ("三千五", 3500),
        ("两百五", 250),
        ("一百一", 110),
        ("两万三千五", 23_500),
        # digits only, as in years
        ("二〇二三", 2023),
        ("一〇一", 101),
    ],
)
def test_chinese_integer_reads_standard_and_colloquial_numerals(numeral, value):
    assert chinese_integer(numeral) == value


@pytest.mark.parametrize("numeral", ["", "万", "亿", "十十", "一百一千", "一万百二", "一万十", "三五十", "一亿一", "一二x"])
def test_chinese_integer_rejects_runs_that_are_not_one_numeral(numeral):
    with pytest.raises(ValueError):
        chinese_integer(numeral)


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
        ("百分之零点零五", 0.05),
        ("百分之十二点五", 12.5),
        ("千分之三", 3),
        ("七成", 70),
        ("两成", 20),
        ("七成五", 75),
        ("十成", 100),
    ],
)
def test_parse_percent_reads_percent_words_and_cheng(text, value):
    assert parse_percent(text) == value


@pytest.mark.parametrize("text", ["七", "成", "百分之", "一半", "百分之三点", "百分之点五", "百分之三点十"])
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
@given(st.integers(min_value=1, max_value=99_999_999))
def test_chinese_numerals_read_as_cn2an_reads_them(number):
    # the written numeral with 两 where people say it, read by both
    written = cn2an.an2cn(number, "low").replace("二千", "两千").replace("二百", "两百").replace("二万", "两万")
    assert parse_chinese(written) == cn2an.cn2an(written, "normal")


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=99_999), st.sampled_from(["", "万", "亿"]))
def test_arabic_with_magnitude_is_the_product(number, magnitude):
    factor = {"": 1, "万": 10_000, "亿": 100_000_000}[magnitude]
    assert parse_number(f"{number}{magnitude}") == number * factor


def test_parse_chinese_refuses_a_digit_after_yi():
    # a regression (found by the quantity property test): 一亿一 once escaped as a KeyError
    with pytest.raises(ValueError):
        parse_chinese("一亿一")
