"""Round 49 (pairguide): a guide (在A的指导下) pairs with no unit it guides when that unit acts
together with another party in its own clause (B与C…, B携手C, B驻C, B、C…, C、B在A指导下共同主办):
the pair is B~C. A guided unit acting alone still pairs with its guide (round 32), and support
(支持) keeps its pairs. Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from shequ.extract.partnerships import PartnershipExtractor
from shequ.mentions import Party

from contexts import context_for
from contexts import partner_pairs as pairs

UNITS = dict(
    organizations=["青枫区民政局", "禾光社工事务所", "云杉公益基金会", "青枫区妇联", "柳絮湾社区妇联"],
    communities=["柳絮湾社区", "桂影社区"],
)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("在青枫区民政局的指导下，禾光社工事务所与云杉公益基金会于今年5月启动了亲子课堂。", []),
        ("在青枫区民政局、青枫区妇联的指导下，禾光社工事务所携手桂影社区开展义诊活动。",
         [("桂影社区", "禾光社工事务所")]),
        ("近日，在青枫区民政局的指导下，禾光社工事务所驻桂影社区社工站开展探访。",
         [("桂影社区", "禾光社工事务所")]),
        ("这次游园会由云杉公益基金会、禾光社工事务所在青枫区民政局的指导下共同主办。",
         []),
    ],
)
def test_guide_pairs_no_unit_acting_with_another(text, expected):
    assert pairs(text, **UNITS) == expected


def spokesperson_pairs(text: str, person: str, unit: str) -> list[tuple[str, str]]:
    people = [(person, person, {"affiliation": Party("organizations", unit)})]
    ctx = context_for(PartnershipExtractor, text, people=people, **UNITS)
    return sorted({tuple(sorted((m.attrs["a"].canonical, m.attrs["b"].canonical))) for m in PartnershipExtractor()(ctx)})


def test_guided_spokesperson_listed_with_another_unit():
    text = "在青枫区民政局的指导下，柳絮湾社区妇联主席林晓禾、禾光社工事务所社工组织志愿者参与分类宣传。"
    assert spokesperson_pairs(text, "林晓禾", "柳絮湾社区妇联") == []


def test_guided_unit_acting_alone_still_pairs_with_its_guide():
    text = "在青枫区民政局的指导下，禾光社工事务所组织志愿者走访独居老人。"
    assert pairs(text, **UNITS) == [("禾光社工事务所", "青枫区民政局")]


def test_supported_unit_acting_with_another_keeps_its_supporter():
    text = "在青枫区民政局的支持下，禾光社工事务所联合桂影社区开展义诊活动。"
    assert pairs(text, **UNITS) == [("桂影社区", "禾光社工事务所"), ("禾光社工事务所", "青枫区民政局")]


def test_no_guide_and_no_partner_yields_nothing():
    assert pairs("在上级部门的指导下，居民们自发清理楼道杂物。", **UNITS) == []
