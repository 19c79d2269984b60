"""Programs: an unquoted run of service teams (…服务队, …服务支队, …服务大队) lists a body's teams, each
named by the group or field it serves with; 以及 joins the run's last item, and a count right after
that item closes the list instead of counting a kind of team. Round 51progmiss.
Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


KEPT = [
    (
        "field_named_service_teams",
        "青禾社区“七彩虹志愿者服务队”由党员先锋服务队、巾帼志愿者服务队以及银杏叶志愿者服务队3支队伍组成。",
        [("七彩虹志愿者服务队", "team"), ("党员先锋服务队", "team"), ("巾帼志愿者服务队", "team"), ("银杏叶志愿者服务队", "team")],
    ),
    (
        "squad_levels",
        "广场上有医疗保健服务支队、法律咨询服务支队的帐篷。",
        [("医疗保健服务支队", "team"), ("法律咨询服务支队", "team")],
    ),
    (
        "two_teams_joined_by_he",
        "柳溪村的青苗志愿服务队和桃李志愿服务队负责入户宣传。",
        [("青苗志愿服务队", "team"), ("桃李志愿服务队", "team")],
    ),
    (
        "one_character_cut_left_out",  # 渔民之|家…: the clause cut through a word; only the later item
        "镇上的渔民之家志愿者服务队和少年之家志愿者服务队今天出发。",
        [("少年之家志愿者服务队", "team")],
    ),
]

EMPTY = [
    ("troupe_sections", "合唱队、舞蹈队都来了。"),
    ("not_every_item_a_service_team", "社区组建了民族志愿服务队、葫芦丝队。"),
    ("counted_kind", "全区动员志愿服务队伍320支。"),
]


@pytest.mark.parametrize("label,text,expected", KEPT, ids=[c[0] for c in KEPT])
def test_listed_service_teams_are_named(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label,text", EMPTY, ids=[c[0] for c in EMPTY])
def test_listed_kinds_name_nothing(label, text):
    assert programs(text) == []
