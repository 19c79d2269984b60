"""Round 55 (h3): a 由-credit line read item by item, so a unit no extractor named, a unit cut short
or a unit with its short name in brackets does not end the line; a flat line (one role for all its
units, or one host with the units that help it) pairs up to five, a line of tiers with several
hosts at most four. Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs

UNITS = dict(
    organizations=["青枫区民政局", "青枫区妇联", "青枫区文联", "青枫区科协", "青枫区团委", "青枫区残联",
                   "禾光社工事务所", "杏坛书画院", "云杉公益基金会", "溪桥义工", "青枫区政府", "柳岸街道办事处"],
    communities=["柳絮湾社区"],
)

FIVE_HOSTS = [("杏坛书画院", "青枫区妇联"), ("杏坛书画院", "青枫区文联"), ("杏坛书画院", "青枫区民政局"),
              ("杏坛书画院", "青枫区科协"), ("青枫区妇联", "青枫区文联"), ("青枫区妇联", "青枫区民政局"),
              ("青枫区妇联", "青枫区科协"), ("青枫区文联", "青枫区民政局"), ("青枫区文联", "青枫区科协"),
              ("青枫区民政局", "青枫区科协")]


@pytest.mark.parametrize("text", [
    "本次读书节由青枫区民政局、青枫区妇联、青枫区文联、青枫区科协、杏坛书画院主办，在柳絮湾广场举行。",
    "3月8日，由青枫区民政局、青枫区妇联、青枫区文联、青枫区科协、杏坛书画院主办的“书香邻里”活动启动。",
    "邻里节由青枫区民政局、青枫区妇联、青枫区文联、青枫区科协、杏坛书画院等单位主办。",
])
def test_five_co_hosts_of_one_role_pair_all_with_all(text):
    assert pairs(text, **UNITS) == FIVE_HOSTS


def test_one_host_and_four_co_organizers_pair_all_with_all():
    text = "本次活动由青枫区残联主办，青枫区团委、禾光社工事务所、柳岸街道办事处、柳絮湾社区协办。"
    assert pairs(text, **UNITS) == [
        ("柳岸街道办事处", "柳絮湾社区"), ("柳岸街道办事处", "禾光社工事务所"), ("柳岸街道办事处", "青枫区团委"),
        ("柳岸街道办事处", "青枫区残联"), ("柳絮湾社区", "禾光社工事务所"), ("柳絮湾社区", "青枫区团委"),
        ("柳絮湾社区", "青枫区残联"), ("禾光社工事务所", "青枫区团委"), ("禾光社工事务所", "青枫区残联"),
        ("青枫区团委", "青枫区残联")]


def test_unit_no_extractor_named_does_not_end_the_line():
    # 某省某厅 is named by no extractor: the line still credits its four named hosts (five in all)
    text = "5月4日，由青枫区民政局、省农业农村厅、青枫区妇联、青枫区文联、青枫区科协主办的“乡村读书月”活动启动。"
    assert pairs(text, **UNITS) == [
        ("青枫区妇联", "青枫区文联"), ("青枫区妇联", "青枫区民政局"), ("青枫区妇联", "青枫区科协"),
        ("青枫区文联", "青枫区民政局"), ("青枫区文联", "青枫区科协"), ("青枫区民政局", "青枫区科协")]


def test_unit_named_by_its_bracketed_short_name_is_an_item():
    text = "本次活动由青枫区残联主办，青枫区融媒体中心（溪桥义工）、青枫区团委、柳絮湾社区协办。"
    assert pairs(text, **UNITS) == [
        ("柳絮湾社区", "溪桥义工"), ("柳絮湾社区", "青枫区团委"), ("柳絮湾社区", "青枫区残联"),
        ("溪桥义工", "青枫区团委"), ("溪桥义工", "青枫区残联"), ("青枫区团委", "青枫区残联")]


def test_guide_cut_short_still_lets_host_and_operator_pair():
    # the guide list's last unit is found only as 青枫区政府 (办 left over): the guides pair nothing
    text = "本次大赛由青枫区民政局、青枫区政府办指导，青枫区妇联主办，禾光社工事务所承办。"
    assert pairs(text, **UNITS) == [("禾光社工事务所", "青枫区妇联")]


@pytest.mark.parametrize("text", [
    # tiers with several hosts: eight units and more pair nothing (the dev gold's city contest
    # credits eleven). These lines held five and six units until round 61 (h5,
    # MAX_SHORT_CREDIT_LINE): the pool gold pairs the hosts and operators of such short lines all
    # with all (g57d, g58c, g58e), so they are now tested in test_partnerships_round61h5.py.
    "大赛由青枫区民政局、青枫区妇联、青枫区文联、杏坛书画院主办，禾光社工事务所、云杉公益基金会承办，"
    "青枫区科协、省农业农村厅协办。",
    # six co-hosts: more than a flat line pairs
    "本次活动由青枫区民政局、青枫区妇联、青枫区文联、青枫区科协、杏坛书画院、云杉公益基金会主办。",
    # five items, one of them unnamed, with one more named: six units
    "本次活动由青枫区民政局、省农业农村厅、青枫区妇联、青枫区文联、青枫区科协、杏坛书画院主办。",
    # a count closes the list: more units than the line names
    "此次比赛由青枫区民政局、青枫区妇联、青枫区文联等12个部门联合主办。",
    # a guide clause inside the line: no list of units
    "这次游园会由云杉公益基金会、禾光社工事务所在青枫区民政局的指导下共同主办。",
])
def test_longer_lines_pair_nothing(text):
    assert pairs(text, **UNITS) == []
