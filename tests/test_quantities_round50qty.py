"""Round 50 (qty): a bare 万 sum with its qualifiers (近, 多, 以上) is money in 元 when a money word
stands before it or the sum's own name follows it (的资助, 的利息, “红包”); two or three of a family
counted with 个 are the family a story tells of, also when a modifier with 的 comes between the
count and the noun (两个年幼的孙子). Sentences are invented."""

import pytest

from pipeline.api import extract


def _quantities(text: str) -> list[tuple[str, float, str, str | None]]:
    return sorted(
        (q.evidence[0].text, q.value, q.unit, q.qualifier) for sheet in extract(text) for q in sheet.quantities
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("青禾基金会去年向柳湾街道发出近800万“红包”。", [("近800万", 8000000, "元", "about")]),
        ("入选的团队每家可以领到12万的资助。", [("12万", 120000, "元", None)]),
        ("合作社账上还存着40多万的利息。", [("40多万", 400000, "元", "more_than")]),
        ("推行简办后，桃源村一年节约9万以上。", [("9万以上", 90000, "元", "more_than")]),
        # a money word before a plain sum still makes it money, as before round 50
        ("星桥社区计划投资60万，改造广场。", [("60万", 600000, "元", None)]),
        # a bare 万 with no money word before and no money noun after is no sum
        ("柳湾村的步道去年迎来游客8万，人气很旺。", []),
    ],
)
def test_quantities_bare_wan_sum_is_money_round50qty(text: str, expected: list) -> None:
    assert _quantities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("老周独自带着两个年幼的孙女生活在山脚下。", []),
        ("梅阿姨一个人抚养三个孙子。", []),
        # three of an organisation counted with 个 stay a count
        ("青禾社区新建了三个儿童之家。", [("三个", 3, "个", None)]),
    ],
)
def test_quantities_family_counted_with_ge_is_no_tally_round50qty(text: str, expected: list) -> None:
    assert _quantities(text) == expected
