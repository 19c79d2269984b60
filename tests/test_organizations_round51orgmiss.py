"""Round 51 (organizations, orgmiss). A centre named by its place and its field, where the field holds a
verb of its task that stops other names (某市|职业|介绍|中心, 某市|交通|运行|监测|指挥|中心): the place
anchors the name, so it reaches back over the field to the place. A verb that opens the field right
after the place is a clause (某市|打造|…中心), not a field.

Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # a field of a noun and a verb of its task
        ("这次招聘会由株洲市职业介绍中心主办。", ["株洲市职业介绍中心"]),
        # a long field after the place, ending in two verbs
        ("记者从洛阳市交通运行监测指挥中心了解到，热线已经开通。", ["洛阳市交通运行监测指挥中心"]),
    ],
)
def test_round51orgmiss_place_and_field_name_the_centre(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a verb right after the place opens a clause: the place does something
        "武汉市打造养老服务中心网络。",
        "杭州市举办中心城区改造会议。",
    ],
)
def test_round51orgmiss_place_then_clause_is_no_centre(text):
    assert organizations(text) == []


def test_round51orgmiss_count_in_the_field_names_no_centre():
    # a count between the place and the centre ranks it among its kind
    assert organizations("桂园社区联合一家基金会，成立湖南首家社区绘梦中心。") == []


def test_round51orgmiss_verb_before_a_noun_joins_two_bodies():
    # 联合 with a noun after it joins the station to an unnamed rehabilitation centre: the station alone
    assert organizations("周六，南昌市东湖区桂溪街道社工站联合社区康复中心为老人义诊。") == [
        "南昌市东湖区桂溪街道社工站"
    ]
