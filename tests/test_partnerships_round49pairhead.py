"""Round 49 (pairhead): a party named in full once and then by the last word(s) of its name alone
(活动基地 for 某某青年志愿者活动基地, 该艺术团 for 某某艺术团) is that party where the sentence links
it, when exactly one party named before ends with those words.
Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs
from pipeline.extract.discourse import _tails

UNITS = dict(organizations=["青禾镇青年志愿者活动基地", "木樨科技有限公司", "星澜镇青年志愿者活动基地", "云雀艺术团"])


@pytest.mark.parametrize(
    "text, pair",
    [
        ("青禾镇青年志愿者活动基地去年挂牌。今年，活动基地联合木樨科技有限公司开设编程课。",
         ("木樨科技有限公司", "青禾镇青年志愿者活动基地")),
        ("云雀艺术团成立于三年前。此后，该艺术团联合木樨科技有限公司举办晚会。", ("云雀艺术团", "木樨科技有限公司")),
    ],
)
def test_name_tail_pairs_as_the_full_name(text, pair):
    assert pairs(text, **UNITS) == [pair]


def test_name_tail_of_two_parties_pairs_nothing():
    text = "青禾镇青年志愿者活动基地与星澜镇青年志愿者活动基地同日挂牌。今年，活动基地联合木樨科技有限公司开设编程课。"
    assert ("木樨科技有限公司", "青禾镇青年志愿者活动基地") not in pairs(text, **UNITS)
    assert ("木樨科技有限公司", "星澜镇青年志愿者活动基地") not in pairs(text, **UNITS)


def test_name_tail_before_the_full_name_pairs_nothing():
    text = "今年，活动基地联合木樨科技有限公司开设编程课。青禾镇青年志愿者活动基地去年挂牌。"
    assert pairs(text, **UNITS) == []


def test_name_tail_inside_a_longer_noun_pairs_nothing():
    text = "青禾镇青年志愿者活动基地去年挂牌。今年，活动基地场馆联合木樨科技有限公司开放。"
    assert pairs(text, **UNITS) == []


@pytest.mark.parametrize(
    "name, tails",
    [
        ("云雀艺术团", ("艺术团",)),
        ("青禾镇人民政府", ()),
    ],
)
def test_name_tails_skip_generic_words(name, tails):
    assert _tails(name) == tails
