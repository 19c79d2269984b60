"""Round 48 (qty): areas written 平米 or ㎡ keep that unit as written (lexicons/units.tsv), and a share
written as a simple fraction (三分之一, 近四分之一) is a percentage to one decimal place, while a
fraction with a two-character denominator (四十七分之一) names one case among many and is no share.
Sentences are invented."""

import pytest

from pipeline.api import extract
from pipeline.numerals import parse_percent


def _quantities(text: str) -> list[tuple[str, float, str, str | None]]:
    return sorted(
        (q.evidence[0].text, q.value, q.unit, q.qualifier) for sheet in extract(text) for q in sheet.quantities
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("青杉社区的睦邻客厅面积约320㎡，平时对居民开放。", [("约320㎡", 320, "㎡", "about")]),
        ("改造后的活动中心有180平米，设有阅览角。", [("180平米", 180, "平米", None)]),
        ("新建的文体广场占地2000平方米。", [("2000平方米", 2000, "平方米", None)]),
    ],
)
def test_quantities_area_keeps_written_unit_round48qty(text: str, expected: list) -> None:
    assert _quantities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("目前，禾苗社区60岁以上的老人占常住人口的三分之一。", [("三分之一", 33.3, "%", None)]),
        ("外来务工人员已占全镇人口的近四分之一。", [("近四分之一", 25, "%", "about")]),
        # a fraction is a share, not 3 points in 分 (moved here from test_quantities' list of nothing)
        ("三分之一的居民参加。", [("三分之一", 33.3, "%", None)]),
        # a denominator in two characters is one case among many, not a share
        ("他笑称自己只是全街四十七分之一的普通网格员。", []),
    ],
)
def test_quantities_fraction_is_percentage_round48qty(text: str, expected: list) -> None:
    assert _quantities(text) == expected


@pytest.mark.parametrize("text, value", [("三分之一", 33.3), ("四分之三", 75.0), ("两分之一", 50.0)])
def test_parse_percent_reads_fraction_round48qty(text: str, value: float) -> None:
    assert parse_percent(text) == value


def test_parse_percent_rejects_fraction_of_whole_or_more_round48qty() -> None:
    with pytest.raises(ValueError):
        parse_percent("三分之五")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a post filled once per unit: 每 marks the unit, the staffing verb makes the one a count
        ("青柳小区每栋设1名楼长，负责收集意见。", [("1名", 1, "名", None)]),
        ("社区向每户派驻1名联络员。", [("1名", 1, "名", None)]),
        # the holder of a post is a count of one person, with or without a list
        ("理事会设会长1名，副会长2名。", [("1名", 1, "名", None), ("2名", 2, "名", None)]),
        ("会上推选出1名楼长。", [("1名", 1, "名", None)]),
        # 每 before the one with no staffing verb is a rate's base; a Chinese 一名 is the article
        ("志愿者每完成1人的登记，可获得积分奖励。", []),
        ("一名老人在路边摔倒，路过的居民赶紧上前搀扶。", []),
    ],
)
def test_quantities_arabic_one_person_is_a_count_round48qty(text: str, expected: list) -> None:
    assert _quantities(text) == expected
