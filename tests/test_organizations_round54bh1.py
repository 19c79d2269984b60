"""Round 54b h1 (organizations C5d, for partnerships): a local body written bare, its field and
a unit ending only (交警大队, 市场监管局, 街道城建办), is the actor's partner right after a joint
word (联合, 携手, 邀请 …), also with a title calling it one between (联合共建单位|…): news names
the county's or street's unit so when the community works with it, and the gold lists it as an
organization and pairs it. The weaker frame words (由, 与) and a bare unit in no frame keep it
out, as before. Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations
from contexts import run, sheet_of

LABELS = ("places", "organizations", "communities", "models", "programs", "people", "partnerships")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a brigade after 联合, a list of helpers after it
        ("此外，桃园社区联合交警大队、学校为外卖骑手讲解骑行安全。", ["交警大队"]),
        # a bureau after a title that calls it a partner
        ("近日，社区联合共建单位税务局，在农贸市场讲解减税政策。", ["税务局"]),
        ("柳岸社区联合共建单位城管局开展环境整治。", ["城管局"]),
        # a street's office invited to the residents' meeting
        ("为此，社区党委邀请街道城建办、楼栋长、设计方三次召开协商会。", ["街道城建办"]),
        ("枫林社区携手消防救援大队开展应急演练。", ["消防救援大队"]),
    ],
)
def test_bare_unit_after_joint_word_is_an_organization(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no frame at all: the kind of body whose staff came
        "市场监管局工作人员走进社区开展宣传。",
        # weaker frame words: news writes the kind of body after them too
        "本次活动由城管局牵头。",
        "社区与团委、妇联等部门深度链接。",
        # people after the joint word, not an office
        "社区邀请村干部、居民代表参加议事会。",
        # a word ending in 局 is no bureau
        "社区联合打开新格局。",
    ],
)
def test_bare_unit_outside_a_joint_frame_stays_out(text):
    assert organizations(text) == []


def pairs_of(text):
    sheet = sheet_of(run(text, *LABELS))[0]
    return sorted(tuple(sorted((p.a.name, p.b.name))) for p in sheet.partnerships)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("近日，桃源社区联合共建单位税务局，在农贸市场讲解减税政策。", [("桃源社区", "税务局")]),
        ("此外，桃园社区联合交警大队、学校为外卖骑手讲解骑行安全。", [("交警大队", "桃园社区")]),
        ("为此，桂花社区党委邀请街道城建办、楼栋长、设计方三次召开协商会。", [("桂花社区党委", "街道城建办")]),
    ],
)
def test_bare_unit_after_joint_word_is_the_actors_partner(text, expected):
    assert pairs_of(text) == expected
