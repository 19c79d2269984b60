"""Round 48 (qty): areas written 平米 or ㎡ keep that unit as written (lexicons/units.tsv).
Sentences are invented."""

import pytest

from pipeline.api import extract


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
