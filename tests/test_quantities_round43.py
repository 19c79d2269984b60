"""Round 43: the price, threshold or exchange rate of a points scheme is a rule of the
scheme, not points earned or handed out (lexicons/quantity_non_contexts.tsv, reason point_rate).
Sentences are invented."""

import pytest

from pipeline.api import extract


def _quantities(text: str) -> list[str]:
    return sorted(q.evidence[0].text for sheet in extract(text) for q in sheet.quantities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a price in points: dropped
        ("青禾村的兑换屋里，一把雨伞需要30分，一袋面粉需要45分。", []),
        # a threshold: dropped
        ("按照章程，志愿者的积分达到60分，便能领取纪念品。", []),
        # an exchange rate, both sides: dropped
        ("在松林社区的积分小铺，1积分等于1元，差额可以补足。", []),
        ("店里规定一个积分抵顶一元钱。", []),
        # points earned stay
        ("松林社区的王大伯今年攒了120分。", ["120分"]),
        ("青禾村累计发放积分3200分。", ["3200分"]),
    ],
)
def test_quantities_point_rate(text: str, expected: list[str]) -> None:
    assert _quantities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a web address with escaped characters, copied with the page (also wrapped): no percentages
        ("页面地址在松林网 songlin.org.cn/%E9%9D%92%E6%81%AF-%E7%A6%BE/", []),
        ("页面地址在松林网 songlin.org.cn/%E9%9D%92%E6%81%AF-\n%E7%A6%BE%E9%9D%92/", []),
        # a share next to the address is still one
        ("松林社区志愿者参与率达到81%。页面地址在松林网 songlin.org.cn/%E9%9D%92%E7%A6%BE", ["81%"]),
    ],
)
def test_address_escapes_are_no_percentages(text: str, expected: list[str]) -> None:
    assert _quantities(text) == expected
