"""Numerals as written in Chinese news text → numbers.

Arabic (`103`, `11,446`, `37.6`), Arabic with a Chinese magnitude (`2万`, `37.6万`,
`1.2亿`), Chinese (`三万`, `两千`, `十`, `一百二十`, `一万二`) and percent forms
(`75%`, `百分之七十五`, `七成`, `七成五`). Plain Chinese numerals go to the maintained
`cn2an` parser; this module covers what cn2an gets wrong for counting:

- vague counts: `两三`, `三四`, `七八十` are "two or three", not 23/34/780, and `一一`
  is not 11 → `VagueNumeral`;
- bare magnitudes: `百`, `千`, `万`, `百万` (as in `上百`, `百余`, `千余`) → 100, 1000, …
  (cn2an rejects them);
- Arabic digits with a magnitude (`37.6万`) are multiplied exactly here, so the value
  does not depend on cn2an's "smart" mode guessing.

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
# Tenths written as 成 (七成 = 70 %, 七成五 = 75 %). Example: 七成.
RE_CHENG = regex.compile(r"(?P<tens>[一二两三四五六七八九十])成(?P<units>[一二三四五六七八九])?")


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
    import cn2an  # local: only loaded when a Chinese numeral is parsed

    try:
        # "normal" accepts 两 and colloquial 一万二; it does not guess at mixed digits.
        return float(cn2an.cn2an(numeral, "normal"))
    except (ValueError, KeyError, IndexError) as err:  # cn2an raises KeyError on 一亿一
        raise ValueError(f"{numeral!r} is not a Chinese numeral: {err!r}") from err


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


def parse_percent(text: str) -> float:
    """A percentage → the number of percent. `75%` → 75, `百分之七十五` → 75, `七成` → 70.

    `千分之三` is per mille and returns 3 (the caller keeps the unit ‰).
    """
    stripped = text.rstrip("%％‰")
    if stripped != text:
        return parse_number(stripped)
    words = RE_PERCENT_WORDS.fullmatch(text)
    if words is not None:
        number = words.group("number")
        if "点" in number:
            import cn2an

            return float(cn2an.cn2an(number, "normal"))
        return parse_number(number)
    cheng = RE_CHENG.fullmatch(text)
    if cheng is not None:
        tens = parse_chinese(cheng.group("tens"))
        units = parse_chinese(cheng.group("units")) if cheng.group("units") else 0.0
        return tens * 10 + units
    raise ValueError(f"{text!r} is not a percentage")
