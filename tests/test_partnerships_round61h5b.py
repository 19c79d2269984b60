"""Round 61 h5b (partnerships, 由-lists with a verb of their own): a list of units after 由 that puts
on or runs one thing with a plain verb (由A、B、C举办, 由A、B组织的, 由A、B负责运作), or starts it
on a date (由A、B于某年某月发起), names co-actors: all of them pair with each other. A credit role
(主办, 承办) keeps its own reading and 组织部 or 举办方 is no verb. Made-up sentences."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs

UNITS = dict(
    organizations=[
        "共青团松溪县委",
        "松溪县文明办",
        "松溪县志工办",
        "明川社工服务中心",
        "桃源镇社工站",
        "石桥社区社工室",
        "松溪县青年志愿者协会",
        "松溪县文联",
        "松溪县委组织部",
    ],
    communities=["桃源村", "石桥社区"],
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a plain 举办 after the list
            "据介绍，四点半课堂由共青团松溪县委、明川社工服务中心、石桥社区举办，全程免费。",
            [
                ("共青团松溪县委", "明川社工服务中心"),
                ("共青团松溪县委", "石桥社区"),
                ("明川社工服务中心", "石桥社区"),
            ],
        ),
        (
            # 负责运作: the two run it together
            "该驿站由桃源镇社工站、石桥社区社工室负责运作，为独居老人提供助餐服务。",
            [("桃源镇社工站", "石桥社区社工室")],
        ),
        (
            # a date between the list and 发起
            "“护苗行动”是由松溪县文明办、松溪县志工办于2022年4月底发起，为期三年。",
            [("松溪县志工办", "松溪县文明办")],
        ),
        (
            # 组织的 before the event
            "3月5日，由松溪县青年志愿者协会、松溪县文联、明川社工服务中心组织的义写春联活动在桃源村举行。",
            [
                ("明川社工服务中心", "松溪县文联"),
                ("明川社工服务中心", "松溪县青年志愿者协会"),
                ("松溪县文联", "松溪县青年志愿者协会"),
            ],
        ),
    ],
)
def test_by_list_with_its_own_verb_pairs_all(text, expected):
    assert pairs(text, **UNITS) == expected


@pytest.mark.parametrize(
    "text",
    [
        # one unit after 由: nobody to pair
        "四点半课堂由明川社工服务中心举办，全程免费。",
        # a single unit runs it
        "书法展在桃源村举办，由松溪县文联负责运作。",
        # 举办方 is a role noun, not the list's verb
        "由松溪县文联、明川社工服务中心举办方提供场地。",
    ],
)
def test_nothing_paired(text):
    assert pairs(text, **UNITS) == []
