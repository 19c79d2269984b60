"""Numerals as written in Chinese news text → numbers.

Arabic (`103`, `11,446`, `37.6`), Arabic with a Chinese magnitude (`2万`, `37.6万`,
`1.2亿`), Chinese (`三万`, `两千`, `十`, `一百二十`, `一万二`) and percent forms
(`75%`, `百分之七十五`, `七成`, `七成五`). Chinese numerals are read by `chinese_integer`,
positional reading with the colloquial short forms; counting needs more than that:

- vague counts: `两三`, `三四`, `七八十` are "two or three", not 23/34/780, and `一一`
  is not 11 → `VagueNumeral`;
- bare magnitudes: `百`, `千`, `万`, `百万` (as in `上百`, `百余`, `千余`) → 100, 1000, …;
- Arabic digits with a magnitude (`37.6万`) are multiplied exactly (Decimal).

The reader is ours rather than `cn2an`'s: cn2an builds its converters and compiles its
patterns on import (0.2–0.4 s in every worker, for the few hundred numerals of a batch),
raises KeyError on 一亿一 and reads malformed runs (一〇万三, 一万百二) as numbers. The
tests check ours against numerals cn2an writes.

Qualifiers (余, 多, 约, 超过, …) and units are not numerals: the quantities extractor
handles them (`pipeline/extract/quantities.py`).
"""

from __future__ import annotations

from decimal import Decimal

import regex

# Chinese digit characters (not magnitudes). Example: 两 in 两千.
CN_DIGITS = "零〇一二两三四五六七八九"
# Chinese magnitude characters, smallest first. Example: 万 in 三万.
CN_MAGNITUDES = "十百千万亿"

# Value of each magnitude character (十 is a magnitude too: 十余 → 10).
MAGNITUDE_VALUE = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
# Value of each digit character.
DIGIT_VALUE = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

# An Arabic number, with thousands separators and decimals. Example: 11,446 / 37.6 / 0.
ARABIC_PATTERN = r"\d+(?:,\d{3})*(?:\.\d+)?"
# A Chinese numeral run (digits and magnitudes). Example: 三万 / 两千 / 一百二十.
CHINESE_PATTERN = rf"[{CN_DIGITS}{CN_MAGNITUDES}]+"
# A magnitude that may follow Arabic digits. Example: 万 in 37.6万, 亿 in 1.2亿.
ARABIC_MAGNITUDE_PATTERN = r"万亿|亿|万|千"

# A whole numeral: Arabic (+ magnitude) or Chinese. Example: 37.6万 / 三万 / 2万.
RE_NUMERAL = regex.compile(
    rf"(?P<arabic>{ARABIC_PATTERN})(?P<magnitude>{ARABIC_MAGNITUDE_PATTERN})?|(?P<chinese>{CHINESE_PATTERN})"
)
# Two digit characters in a row without a magnitude between them: a vague "two or
# three" (两三, 三四, 七八十, 一两) or a digit string (一一), never a standard count.
# Example: 两三 in 两三次.
RE_ADJACENT_DIGITS = regex.compile(r"[一二两三四五六七八九][一二两三四五六七八九]")
# A Chinese numeral made only of magnitudes. Example: 百 (上百), 千 (千余), 百万 (上百万).
RE_BARE_MAGNITUDE = regex.compile(rf"[{CN_MAGNITUDES[1:]}]+")
# Percent written in words. Example: 百分之七十五 → 75, 百分之12.5 → 12.5, 千分之三 → 3‰.
RE_PERCENT_WORDS = regex.compile(rf"(?P<base>百分之|千分之)(?P<number>{ARABIC_PATTERN}|[{CN_DIGITS}{CN_MAGNITUDES}点]+)")
# Tenths written as 成 (七成 = 70 %, 七成五 = 75 %), the tens also in one Arabic digit (超6成 = 60 %).
# Example: 七成, 6成.
RE_CHENG = regex.compile(r"(?P<tens>[一二两三四五六七八九十1-9])成(?P<units>[一二三四五六七八九])?")
# Half written as a word (半数以上 = 50 %, qualified after it). Example: 半数.
HALF_WORD = "半数"
# A share written as a simple fraction in Arabic digits, one-digit denominator, as in statistics
# (约占全市的1/5 = 20 %); a larger denominator is no writer's share (see FRACTION_PATTERN). Example: 1/5.
ARABIC_FRACTION_PATTERN = r"(?P<arabic_numerator>[1-9])/(?P<arabic_denominator>[2-9])"
RE_ARABIC_FRACTION = regex.compile(ARABIC_FRACTION_PATTERN)
# A share written as a simple fraction, one-digit denominator (三分之一 = 33.3 %, 四分之三 = 75 %): a
# writer's half, third or quarter of a population; a larger denominator (四十七分之一) names one case
# among many, not a share. Example: 三分之一.
FRACTION_PATTERN = r"(?P<denominator>[二两三四五六七八九十])分之(?P<numerator>[一二三四五六七八九])"
RE_FRACTION = regex.compile(FRACTION_PATTERN)


class VagueNumeral(ValueError):
    """The numeral is an approximate range (两三, 七八十), not one number."""


def _number(value: Decimal) -> float:
    return float(value)


def is_vague(numeral: str) -> bool:
    """True for approximate ranges written as adjacent digits (两三个, 三四十)."""
    return bool(RE_ADJACENT_DIGITS.search(numeral))


def is_bare_magnitude(numeral: str) -> bool:
    """True for 百, 千, 万, 百万…: a magnitude with no digit (only meaningful with 上/余/多)."""
    return bool(RE_BARE_MAGNITUDE.fullmatch(numeral))


def parse_chinese(numeral: str) -> float:
    """A Chinese numeral → its value. `两千` → 2000, `百` → 100, `两三` → VagueNumeral."""
    if not numeral:
        raise ValueError("empty numeral")
    if is_vague(numeral):
        raise VagueNumeral(f"{numeral!r} is an approximate range, not a number")
    if is_bare_magnitude(numeral):
        value = 1
        for char in numeral:
            value *= MAGNITUDE_VALUE[char]
        return float(value)
    return float(chinese_integer(numeral))


def chinese_integer(numeral: str) -> int:
    """A Chinese integer numeral → its value: `一百二十` → 120, `一千零五` → 1005, `十二` → 12.

    Digits only are read digit by digit (`二〇二三` → 2023). A digit closing the numeral
    after a magnitude is one step below it, as people say it (`一万二` → 12000, `三千五`
    → 3500), unless a 零 came between (`一万零二` → 10002). Raises ValueError for runs
    that are not one numeral (`十十`, `一万百二`, `一亿一`).
    """
    if not numeral or any(char not in DIGIT_VALUE and char not in MAGNITUDE_VALUE for char in numeral):
        raise ValueError(f"{numeral!r} is not a Chinese numeral")
    if all(char in DIGIT_VALUE for char in numeral):
        return int("".join(str(DIGIT_VALUE[char]) for char in numeral))
    total = section = 0  # total: what is above 万/亿 already; section: the part below it
    digit: int | None = None  # a digit waiting for its magnitude
    unit = 0  # the last magnitude read
    zero = False  # a 零 since that magnitude
    for char in numeral:
        if char in DIGIT_VALUE:
            if digit:  # two digits in a row (only 零 may precede a digit)
                raise ValueError(f"{numeral!r} is not a Chinese numeral")
            digit = DIGIT_VALUE[char]
            zero = zero or digit == 0
        elif MAGNITUDE_VALUE[char] < 10_000:
            value = MAGNITUDE_VALUE[char]
            if digit is None and unit:  # 一万百二: a magnitude with no digit inside a numeral
                raise ValueError(f"{numeral!r} is not a Chinese numeral")
            if (unit and value >= unit and unit < 10_000) or section % (value * 10):  # 十十, 一百一千
                raise ValueError(f"{numeral!r} is not a Chinese numeral")
            section += (digit or 1) * value  # 十二: 十 alone is one ten; 零十 is ten too
            digit, unit, zero = None, value, False
        else:
            value = MAGNITUDE_VALUE[char]
            section += digit or 0
            if section:
                total = (total + section) * value if value > 10_000 else total + section * value
            elif value > 10_000 and unit == 10_000:  # 万亿
                total *= value
            else:
                raise ValueError(f"{numeral!r} is not a Chinese numeral")
            section, digit, unit, zero = 0, None, value, False
    if digit:
        if unit and not zero:
            if unit > 10_000:  # 一亿一: not said
                raise ValueError(f"{numeral!r} is not a Chinese numeral")
            digit *= unit // 10
        section += digit
    return total + section


def _chinese_decimal(numeral: str) -> float:
    """`三点五` → 3.5, `零点零五` → 0.05: an integer numeral, 点, then digits."""
    whole, point, fraction = numeral.partition("点")
    if not point or not fraction or any(char not in DIGIT_VALUE for char in fraction):
        raise ValueError(f"{numeral!r} is not a Chinese decimal")
    digits = "".join(str(DIGIT_VALUE[char]) for char in fraction)
    return float(Decimal(f"{chinese_integer(whole)}.{digits}"))


def parse_arabic(digits: str, magnitude: str | None = None) -> float:
    """Arabic digits with an optional Chinese magnitude. `37.6`, `万` → 376000."""
    value = Decimal(digits.replace(",", ""))
    for char in magnitude or "":
        value *= MAGNITUDE_VALUE[char]
    return _number(value)


def parse_number(numeral: str) -> float:
    """Any numeral this module knows: `37.6万` → 376000, `三万` → 30000, `11,446` → 11446.

    Raises `VagueNumeral` for 两三/七八十 and ValueError for anything else it cannot read.
    """
    match = RE_NUMERAL.fullmatch(numeral)
    if match is None:
        raise ValueError(f"{numeral!r} is not a numeral")
    if match.group("arabic") is not None:
        return parse_arabic(match.group("arabic"), match.group("magnitude"))
    return parse_chinese(match.group("chinese"))


def _share(numerator: float, denominator: float, text: str) -> float:
    """A fraction's share in percent, to one decimal place as the gold writes it (1/3 → 33.3)."""
    if numerator >= denominator:
        raise ValueError(f"{text!r} is no share below the whole")
    return round(numerator * 100 / denominator, 1)


def parse_percent(text: str) -> float:
    """A percentage → the number of percent. `75%` → 75, `百分之七十五` → 75, `七成` and `7成` → 70,
    `半数` → 50, `三分之一` and `1/3` → 33.3 (a fraction's share, to one decimal place as the gold writes it).

    `千分之三` is per mille and returns 3 (the caller keeps the unit ‰).
    """
    stripped = text.rstrip("%％‰")
    if stripped != text:
        return parse_number(stripped)
    words = RE_PERCENT_WORDS.fullmatch(text)
    if words is not None:
        number = words.group("number")
        if "点" in number:
            return _chinese_decimal(number)
        return parse_number(number)
    cheng = RE_CHENG.fullmatch(text)
    if cheng is not None:
        tens = parse_number(cheng.group("tens"))
        units = parse_chinese(cheng.group("units")) if cheng.group("units") else 0.0
        return tens * 10 + units
    if text == HALF_WORD:
        return 50.0
    fraction = RE_FRACTION.fullmatch(text)
    if fraction is not None:
        return _share(parse_chinese(fraction.group("numerator")), parse_chinese(fraction.group("denominator")), text)
    arabic_fraction = RE_ARABIC_FRACTION.fullmatch(text)
    if arabic_fraction is not None:
        numerator, denominator = arabic_fraction.group("arabic_numerator", "arabic_denominator")
        return _share(float(numerator), float(denominator), text)
    raise ValueError(f"{text!r} is not a percentage")
