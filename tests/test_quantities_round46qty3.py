"""Round 46 qty3: an Arabic number below 万 made a count by 余/多 and followed by a people noun
(300多村民, 4600余居民) counts people with no measure word, unit 人, like the bare 万 figures of
round 44 (8万居民). A bare number with no 余/多 stays no count. Sentences are invented."""

import pytest

from pipeline.api import extract


def _quantities(text: str) -> list[tuple[str, float, str]]:
    return sorted((q.text, q.value, q.unit) for sheet in extract(text) for q in sheet.quantities)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("去年冬天，青禾村400多村民报名参加了技能培训。", [("400多", 400.0, "人")]),
        ("目前柳溪社区有2300余居民登记了志愿服务。", [("2300余", 2300.0, "人")]),
        # the 万 figure keeps its own rule
        ("活动吸引了1万多居民到场。", [("1万多", 10000.0, "人")]),
    ],
)
def test_quantities_counts_people_after_more_than_number(text: str, expected: list) -> None:
    assert _quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no 余/多: a bare number before a people noun is no count
        "编号2023居民议事会今天成立。",
        # 余/多 with no people noun after it
        "这条步道全长300多，沿途风景秀美。",
    ],
)
def test_quantities_no_count_without_more_than_and_people_noun(text: str) -> None:
    assert _quantities(text) == []
