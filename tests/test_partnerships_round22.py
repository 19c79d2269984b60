"""Round 22 (pairs): partner units of a community named by the frames that list them.

- units join: a list of named units closed by 等…单位 taking part in the article's meeting or event
  (A、B等共建单位参加会议; A、B等多家单位作了交流发言; A、B等十余家单位的志愿者参与活动) pairs each
  unit with the event's hosts, else with the article's own community, and not with each other;
- unit of: 某社区共建单位B (the community's name ends in the 社区 of the pattern), 某社区“双报到”单位B,
  某社区结对单位B;
- member: A是B的结对共建社区 (a unit's partner community); A是“某某”项目的承办机构/运营单位 (the
  agency running a programme);
- take part: an article naming no host of its event but with a community of its own: a list of units
  bringing a service to the event pairs with that community (its own teams do not; a unit serving
  the public alone pairs nothing since round 50).
Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs


CASES = [
    # units join: a list closed by 等…共建单位 at the community's meeting
    ("join_meeting", "桃源社区召开共建联席会，青禾区税务局、青禾区文化馆等共建单位参加会议。",
     {"communities": ["桃源社区"], "organizations": ["青禾区税务局", "青禾区文化馆"]},
     [("桃源社区", "青禾区文化馆"), ("桃源社区", "青禾区税务局")]),
    # units join: a count of units, then their speech at the meeting (the community is the article's own)
    ("join_speech", "桃源社区召开季度联席会。会上，青禾区税务局、青禾小学、青禾区文化馆等多家单位作了交流发言。",
     {"communities": ["桃源社区"], "organizations": ["青禾区税务局", "青禾小学", "青禾区文化馆"]},
     [("桃源社区", "青禾区文化馆"), ("桃源社区", "青禾区税务局"), ("桃源社区", "青禾小学")]),
    # units join: their volunteers take part; an unnamed item opens the list
    ("join_volunteers", "桃源社区开展志愿服务日活动。晨星社工、青禾眼科、青禾幼儿园等十余家单位的40余名志愿者参与活动。",
     {"communities": ["桃源社区"], "organizations": ["青禾眼科", "青禾幼儿园"]},
     [("桃源社区", "青禾幼儿园"), ("桃源社区", "青禾眼科")]),
    # no pair: one unit is no list
    ("join_one_unit", "桃源社区召开联席会。青禾区税务局等单位参加会议。",
     {"communities": ["桃源社区"], "organizations": ["青禾区税务局"]}, []),
    # no pair: another community in the sentence (whose meeting it is is not said)
    ("join_other_community", "桃源社区召开联席会。青禾区税务局、青禾区文化馆等单位参加了杏林社区的会议。",
     {"communities": ["桃源社区", "杏林社区"], "organizations": ["青禾区税务局", "青禾区文化馆"]}, []),
    # no pair: no community in the article
    ("join_no_community", "青禾区召开表彰会，青禾区税务局、青禾区文化馆等单位参加会议。",
     {"organizations": ["青禾区税务局", "青禾区文化馆"]}, []),
    # unit of: the community's name ends in the 社区 of 社区共建单位
    ("unit_of_joined_name", "桃源社区共建单位青禾区林业站党员志愿者张某在河边巡逻。",
     {"communities": ["桃源社区"], "organizations": ["青禾区林业站"]}, [("桃源社区", "青禾区林业站")]),
    # unit of: a unit reporting to the community
    ("unit_of_double_report", "桃源社区“双报到”单位青禾区税务局协同网格员走访居民。",
     {"communities": ["桃源社区"], "organizations": ["青禾区税务局"]}, [("桃源社区", "青禾区税务局")]),
    # unit of: a paired unit
    ("unit_of_paired", "杏林社区结对单位青禾区人民医院派出医生坐诊。",
     {"communities": ["杏林社区"], "organizations": ["青禾区人民医院"]}, [("杏林社区", "青禾区人民医院")]),
    # member: a unit's partner community
    ("member_community", "桃源社区是青禾区委统战部的结对共建社区。",
     {"communities": ["桃源社区"], "organizations": ["青禾区委统战部"]}, [("桃源社区", "青禾区委统战部")]),
    # no pair: 这是 names no one
    ("member_community_no_subject", "这是青禾区委统战部的结对共建社区。",
     {"organizations": ["青禾区委统战部"]}, []),
    # member: the agency running a programme
    ("member_agency", "青禾社区服务社是“心晴”项目的承办机构。",
     {"organizations": ["青禾社区服务社"], "programs": ["心晴"]}, [("心晴", "青禾社区服务社")]),
    ("member_operator_unit", "青禾社区服务社是“心晴”项目的运营单位，负责日常服务。",
     {"organizations": ["青禾社区服务社"], "programs": ["心晴"]}, [("心晴", "青禾社区服务社")]),
    # no pair: an agency of no named programme
    ("member_agency_unnamed", "青禾社区服务社是本区最早的承办机构。", {"organizations": ["青禾社区服务社"]}, []),
    # take part: no host named, the article's own community (named twice) holds the event; a list of
    # units brings the service (a unit serving the public alone pairs nothing since round 50)
    ("take_part_home", "近日，一场由驻区单位参与的邻里节活动在桃源社区拉开序幕。桃源社区负责人介绍了活动安排。"
     "活动现场，青禾口腔诊所、青禾律师事务所等单位的志愿者为居民提供义诊和法律咨询。",
     {"communities": ["桃源社区"], "organizations": ["青禾口腔诊所", "青禾律师事务所"]},
     [("桃源社区", "青禾口腔诊所"), ("桃源社区", "青禾律师事务所")]),
    # no pair: the community's own volunteer team serving its residents
    ("take_part_home_own_team", "近日，一场邻里节活动在桃源社区拉开序幕。桃源社区负责人介绍了活动安排。"
     "活动现场，桃源银发志愿队为居民开展免费理发。",
     {"communities": ["桃源社区"], "programs": ["桃源银发志愿队"]}, []),
    # no pair: a community named once is no article's own community
    ("take_part_no_home", "近日，一场邻里节活动在桃源社区拉开序幕。活动现场，青禾口腔诊所的医生为居民开展免费口腔检查。",
     {"communities": ["桃源社区"], "organizations": ["青禾口腔诊所"]}, []),
]


@pytest.mark.parametrize("name,text,parties,expected", CASES, ids=[c[0] for c in CASES])
def test_round22(name, text, parties, expected):
    assert pairs(text, **parties) == expected
