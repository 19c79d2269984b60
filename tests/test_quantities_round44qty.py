"""Round 44 (qty): what a points scheme pays per deed, the threshold to redeem and the base score
every member starts from are rules of the scheme, not points earned or held
(lexicons/quantity_non_contexts.tsv, reason point_rate). Sentences are invented."""

import pytest

from pipeline.api import extract


def _quantities(text: str) -> list[str]:
    return sorted(q.evidence[0].text for sheet in extract(text) for q in sheet.quantities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # what one deed earns: dropped
        ("在青禾村，每打扫一次公共区域可获2积分。", []),
        ("每参与巡逻1小时可计5分。", []),
        ("同一件事重复上报只能获得1积分。", []),
        # the threshold to redeem, before or after the points (with a qualifier): dropped
        ("累计满20积分就能换一桶油。", []),
        ("30积分可兑换一袋大米。", []),
        ("50积分以上可以兑换一张电影票。", []),
        ("凑够8积分即可领取纪念品。", []),
        # the base score, also in brackets: dropped
        ("每户的基础分为80分。", []),
        ("低于基础分（80分）的家庭会收到提醒。", []),
        # points held or handed out stay
        ("松林社区的李阿姨账户里已有860分。", ["860分"]),
        ("青禾村今年累计发放积分4200分。", ["4200分"]),
    ],
)
def test_quantities_point_rate_round44(text: str, expected: list[str]) -> None:
    assert _quantities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # kinds counted in digits: kept, the unit read as 类
        ("青禾社区为老人提供助餐、理发等12类上门服务。", [("12类", "类")]),
        ("积分可兑换生活用品、课程等4大类30多种奖品。", [("30多种", "种"), ("4大类", "类")]),
        ("松林街道梳理出20余类居民诉求。", [("20余类", "类")]),
        # a few kinds in Chinese numerals name the kinds just listed: dropped
        ("基金会资助文化类、环保类和助老类项目，我从三类项目里各选一个。", []),
        ("社工梳理出“场地、人力、资金、技术”四大类资源。", []),
    ],
)
def test_quantities_kinds_in_lei_round44(text: str, expected: list[tuple[str, str]]) -> None:
    found = sorted((q.evidence[0].text, q.unit) for sheet in extract(text) for q in sheet.quantities)
    assert found == expected
