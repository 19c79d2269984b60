"""Round 44 qty2: a count of people written as an Arabic number + 万 with no measure word is a
count in 人 when a people noun follows it (覆盖6万人口, 3.2万居民) or a population word stands just
before it in the clause (常住人口超12万). Sentences are invented."""

import pytest

from pipeline.api import extract


def _quantities(text: str) -> list[tuple[str, float, str, str | None]]:
    return sorted((q.text, q.value, q.unit, q.qualifier) for sheet in extract(text) for q in sheet.quantities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a people noun right after the figure
        ("这个片区覆盖6万人口，是全市最大的安置区。", [("6万", 60000.0, "人", None)]),
        ("改造让楼里的3.2万居民满意。", [("3.2万", 32000.0, "人", None)]),
        ("据悉，青禾县有1.5万多残疾人。", [("1.5万多", 15000.0, "人", "more_than")]),
        # a population word before the figure that ends the clause, qualifier kept
        ("据统计，青岚区常住人口超12万，其中老年人口2.3万。",
         [("2.3万", 23000.0, "人", None), ("超12万", 120000.0, "人", "more_than")]),
        ("去年青岚区服务人口约80万，同比有所增长。", [("约80万", 800000.0, "人", "about")]),
        # a sum of money stays money; a figure with its own measure word keeps it
        ("镇里计划投资100万，建设文化广场。", [("100万", 1000000.0, "元", None)]),
        ("人口普查共登记6万户居民。", [("6万户", 60000.0, "户", None)]),
        # no people noun after and no population word before: nothing
        ("青岚区今年新增绿地12万，完成了目标。", []),
    ],
)
def test_quantities_bare_wan_people(text: str, expected: list) -> None:
    assert _quantities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count after a word pointing back names things told of before: dropped
        ("青禾小区装了两台电梯。这两部电梯的住户从此不用爬楼。", [("两台", 2.0, "台", None)]),
        ("松林苑和竹溪苑都是老旧小区，这两个小区同步改造。", []),
        ("上述三个互助基金由社区统一管理。", []),
        # the same number with no pointing word is a count
        ("青禾街道今年新建了三个服务站。", [("三个", 3.0, "个", None)]),
    ],
)
def test_quantities_pointing_back(text: str, expected: list) -> None:
    assert _quantities(text) == expected


def test_quantities_pointing_back_arabic_figure_is_kept() -> None:
    # an Arabic figure after 这 with no earlier figure of its value is a stated count (round 22b)
    assert _quantities("上周，这7名志愿者给老人送去了饺子。") == [("7名", 7.0, "名", None)]
