"""Round 53 h1b: a forward list (A联合B、C…) whose first items no extractor named in full, a unit
of a head no pattern knows (某某工作室, 某会某站义工队), a place standing for its own unit before a
shared head (A联合某区、某区卫健委), or a first item found only as its tail (某某|某某爱心驿站), no
longer loses the named partners after them. Items must be name-shaped: a clause word (开展) or an
opener of a generic phrase (辖区, 打造, 多个) or an item naming people (在职党员, 民警) keeps the list
closed, as before.
Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs

ORGS = ["青柳社会工作服务中心", "南湾区民政社工站", "白沙市卫生健康委员会", "西岭区卫健委", "桂园物业公司", "西城社会工作站"]
COMMUNITIES = ["桂园社区"]
PROGRAMS = ["星光爱心驿站", "溪口驿站", "邻里驿站"]


def found_pairs(text):
    return pairs(text, organizations=ORGS, communities=COMMUNITIES, programs=PROGRAMS)


PAIRED = [
    # an unnamed first item of a head no list pattern knows
    ("unnamed_workshop_first", "近日，青柳社会工作服务中心联合晨光手工工作室、南湾区民政社工站开展义卖活动。",
     [("南湾区民政社工站", "青柳社会工作服务中心")]),
    # a place written for its own unit before the head the next item shares
    ("place_before_shared_head", "5月6日上午，白沙市卫生健康委员会联合东岭区、西岭区卫健委在市民广场举办健康宣传活动。",
     [("白沙市卫生健康委员会", "西岭区卫健委")]),
    # the first item found only as its tail: 联合 pairs the list as a group, as before
    ("first_item_cut_short", "此次邻里节由桂园社区联合红枫星光爱心驿站、桂园物业公司举办。",
     [("星光爱心驿站", "桂园物业公司"), ("星光爱心驿站", "桂园社区"), ("桂园物业公司", "桂园社区")]),
    # the actor named again inside an unnamed item (its own team) is no partner; the list reads on
    ("actor_inside_an_item", "近日，西城社会工作站联合明日读书会、平阳县慈善总会西城社会工作站义工队、溪口驿站开展宣传服务。",
     [("溪口驿站", "西城社会工作站")]),
]


@pytest.mark.parametrize("name, text, expected", PAIRED, ids=[row[0] for row in PAIRED])
def test_forward_list_reads_over_unnamed_first_items(name, text, expected):
    assert found_pairs(text) == expected


NOTHING = [
    # a clause after the word, not a list item
    ("clause_word_item", "桂园社区联合开展活动、桂园物业公司参与其中。"),
    # generic units, no name
    ("generic_opener_item", "桂园社区联合辖区单位、桂园物业公司开展消防演练。"),
    ("quantifier_item", "桂园社区联合多个部门、桂园物业公司开展消防演练。"),
    # people, not units (a list of helpers)
    ("people_item", "桂园社区联合在职党员、桂园物业公司开展消防演练。"),
    ("officer_item", "桂园社区联合驻村民警、桂园物业公司开展消防演练。"),
    # a post held by a person (驻村第一书记) is no unit either: its list names helpers, not partners
    ("post_item", "每到议事日，桂园社区就邀请驻村第一书记、桂园物业公司代表参加议事。"),
    # a verb before a found programme: the programme is what is built, not a cut name
    ("verb_before_programme", "桂园社区联合打造邻里驿站、桂园物业公司负责日常运营。"),
]


@pytest.mark.parametrize("name, text", NOTHING, ids=[row[0] for row in NOTHING])
def test_forward_word_before_no_name_shaped_item_pairs_nothing(name, text):
    assert found_pairs(text) == []
