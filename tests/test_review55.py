"""Round 55 review: junk the round's rules made in the bulk samples, read before the merge.
A verb after a clause border is no town (T: places' towns before communities); a nickname before a
person's name and a mirrored manner word (面对面) are no programmes of a list of services
(programs.listed_service). Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs
from shequ.api import extract


def places_and_communities(text: str) -> tuple[list[str], list[str]]:
    (sheet,) = extract(text)
    return [p.name for p in sheet.places], [c.name for c in sheet.communities]


def test_a_verb_after_a_border_opens_a_clause_not_a_town():
    text = "河北省阜平县推进环境整治，推行乡干部包村、党员包户，石桥村的面貌焕然一新。"
    assert places_and_communities(text) == (["河北省", "阜平县"], ["石桥村"])


def test_an_unlisted_town_before_its_village_is_still_a_place():
    places, communities = places_and_communities("青禾县何家乡石桥村的志愿者走访了独居老人。")
    assert ("何家乡" in places, communities) == (True, ["石桥村"])


@pytest.mark.parametrize(
    "text, expected",
    [
        # nicknames before the names of the people honoured
        ("村里评出“热心肠”刘桂兰、“巧媳妇”陈小梅等一批志愿服务标兵。", []),
        # how a mediator works, each side apart and then together
        ("调解员先“背对背”听取诉求、“面对面”商量方案等服务，矛盾很快化解。", []),
        # a service opening with a character that is also a surname stays a service
        ("“巧手阿姨”修理家电、“暖心大姐”关爱老人等志愿服务活动很受欢迎。", [("巧手阿姨", "program"), ("暖心大姐", "program")]),
    ],
)
def test_listed_service_needs_a_service(text, expected):
    assert programs(text) == expected
