"""Round 41c (organizations).

A: a short agency name (某某社工, 某某公益) right after a frame word (联合, 携手) starts after the
frame, though the frame's last character is no stop; an agency that takes on or runs the work
(某某社工承办, 由某某公益负责, 某某社工参与) is named, not a job title.

B: a school ending (学校, 大学) after one common word jieba knows as a noun, verb or adjective
(女儿|学校, 家乡|学校, 调动|学校) names no school; a place, a brand or two words and more keep it.

Every sentence here is made up (invented places, units and people)."""

from __future__ import annotations

from contexts import run


def names(text: str) -> list[str]:
    return [m.name for m in run(text, "places", "communities", "organizations").mentions["organizations"]]


# ---------------------------------------------------------------- A: 联合|某某公益, 某某社工承办
def test_round41c_charity_after_joint_frame():
    assert names("上周，翠竹社区联合青枫公益举办了旧衣换新集市。") == ["青枫公益"]


def test_round41c_agency_after_hand_in_hand_frame():
    assert names("柳塘村居委会携手晴禾社工走访了独居老人。") == ["柳塘村居委会", "晴禾社工"]


def test_round41c_agency_taking_on_the_event():
    assert names("本次讲座由石溪街道指导，蓝莓社工承办，共有八十人到场。") == ["蓝莓社工"]


def test_round41c_agency_running_a_station():
    assert names("镇里的驿站由松果公益负责日常运营。") == ["松果公益"]


def test_round41c_social_workers_are_no_agency():
    assert names("社区联合专业社工为孩子们补习功课。") == []
    assert names("我们联合驻点社工参与了入户走访。") == []
    assert names("他们热心公益负责任，大家都很认可。") == []


# ---------------------------------------------------------------- B: 女儿|学校, 调动|学校
def test_round41c_common_word_before_school_is_no_name():
    assert names("柳湾社区党委积极整合社区、学校资源，调动学校师生参与志愿服务的积极性。") == ["柳湾社区党委"]
    assert names("去年，几位在外经商的乡贤为家乡学校捐建了一座图书馆。") == []
    assert names("居民老周有个读初一的儿子，儿子学校里刚开了围棋课。") == []
    assert names("青禾社区同绿色学校签订共建协议。") == []


def test_round41c_named_school_is_kept():
    assert names("桃溪社区与青岚大学共建实践基地。") == ["青岚大学"]
    assert names("桃溪社区与柳川市实验学校共建实践基地。") == ["柳川市实验学校"]
    assert names("桃溪社区联合燕山大学开展义诊。") == ["燕山大学"]
