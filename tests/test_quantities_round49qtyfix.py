"""Round 49 (qtyfix): 内 after a figure marks a response time only after hours; after an area or a
length it bounds the place measured, and 内 of 内容 is no 内 at. Compound counts of visits or cases
(件次, 家次, 人(次)) keep their written unit. Sentences are invented."""

import pytest

from pipeline.api import extract


def _quantities(text: str) -> list[tuple[str, float, str, str | None]]:
    return sorted(
        (q.evidence[0].text, q.value, q.unit, q.qualifier) for sheet in extract(text) for q in sheet.quantities
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("青禾驿站的服务范围覆盖周边3公里内的居民小区。", [("3公里", 3, "公里", None)]),
        ("柳湾片区近6平方公里内分布着9个安置小区。", [("9个", 9, "个", None), ("近6平方公里", 6, "平方公里", "about")]),
        ("星桥社区把垃圾分类等12项内容写进了居民公约。", [("12项", 12, "项", None)]),
        # a response time stays out
        ("热线接到求助后须在48小时内答复居民。", []),
    ],
)
def test_quantities_nei_is_response_time_only_after_hours_round49qtyfix(text: str, expected: list) -> None:
    assert _quantities(text) == expected
