"""Round 55 (p3): a multiple (倍) is a measure of growth or of a ratio, recorded with unit 倍 like a
percentage; idioms with 倍 and no figure stay out. Sentences are invented."""

import pytest

from pipeline.api import extract


def _quantities(text: str) -> list[tuple[str, float, str, str | None, str | None]]:
    return [(q.evidence[0].text, q.value, q.unit, q.qualifier, q.subject) for sheet in extract(text) for q in sheet.quantities]


@pytest.mark.parametrize(
    "text, expected",
    [
        # growth as a multiple: what grew is named before it
        ("两年来，青禾社区参加夜校的居民人数增长了4倍。",
         [("4倍", 4, "倍", None, "夜校的居民人数增长")]),
        # a ratio to another figure, with its qualifier
        ("柳湾村外来务工人员约1.2万人，是本地户籍人口的近2倍。",
         [("约1.2万人", 12000, "人", "about", "务工人员"), ("近2倍", 2, "倍", "about", "户籍人口")]),
        # a decimal multiple with a qualifier after it
        ("新建的邻里中心面积是原来的1.5倍以上。",
         [("1.5倍以上", 1.5, "倍", "more_than", "新建的邻里中心面积")]),
    ],
)
def test_quantities_reads_multiples_as_ratio_round55p3(text: str, expected: list) -> None:
    assert _quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "志愿者们信心百倍，干劲十足。",  # a bare 百: an idiom, no multiple
        "有了网格群，办事事半功倍，居民倍感温暖。",  # no figure before 倍
    ],
)
def test_quantities_leaves_idioms_with_bei_out_round55p3(text: str) -> None:
    assert _quantities(text) == []

