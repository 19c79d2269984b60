"""Round 53 (h4b): shares written without a percent sign beyond 七成 and 三分之一: tenths in one
Arabic digit (超6成), 半数 (half) and a slash fraction after 的/占 (约占全省的1/5). A slash fraction
anywhere else (a knockout round, a page) is no share. Sentences are invented."""

import pytest

from contexts import quantity_facts as _quantities
from pipeline.numerals import parse_percent


@pytest.mark.parametrize(
    "text, expected",
    [
        ("青禾镇小区党支部书记兼任业委会主任的比例已超过6成。", [("超过6成", 60, "%", "more_than")]),
        ("柳湾街道约8成居民加入了业主群。", [("约8成", 80, "%", "about")]),
        ("石桥片区的小区里，半数居民是退休职工。", [("半数", 50, "%", None)]),
        ("该区物业管理面积约占全市的1/4。", [("1/4", 25, "%", None)]),
        ("受理的纠纷中，调解成功的占比2/3。", [("2/3", 66.7, "%", None)]),
        # Chinese tenths and fractions read as before
        ("橙园社区超过七成住户是新住户。", [("超过七成", 70, "%", "more_than")]),
        ("全村三分之一的土地已经流转。", [("三分之一", 33.3, "%", None)]),
    ],
)
def test_quantities_share_written_without_percent_sign_round53h4b(text: str, expected: list) -> None:
    assert _quantities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "青禾中学足球队闯入了全市联赛1/4决赛。",
        "请翻到手册第1/3页的内容查看报名要求。",
        "会议通知于2024/1/5发到各个社区。",
        "协会于2016成立，一直服务老人。",
        # a digit run on from another number is that number's end, not tenths (filter 16g)
        "今年全市的回收率达到了2.6成。",
        "该小区约有56成住户参加。",
    ],
)
def test_quantities_slash_or_digit_without_share_frame_round53h4b(text: str) -> None:
    assert _quantities(text) == []


@pytest.mark.parametrize(
    "text, value",
    [("6成", 60.0), ("半数", 50.0), ("1/5", 20.0), ("2/3", 66.7), ("七成五", 75.0)],
)
def test_parse_percent_reads_digit_tenths_half_and_slash_fractions(text: str, value: float) -> None:
    assert parse_percent(text) == value


def test_parse_percent_refuses_a_slash_fraction_of_the_whole_or_more() -> None:
    with pytest.raises(ValueError):
        parse_percent("5/5")
