"""Round 51 (pairframe): a list of units written as one (、, 和, 及) that opens its clause and then
开展 something (a date, a place or a joint adverb between) holds that act together: its units are
partners, as other acts after such a list already made them (RE_CO_SUBJECT_ACT). 分别 keeps them
apart, and a list that only opens a relative clause (…开展…的单位参加…) is no subject.
Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs

ORGS = ["青柳社会工作服务中心", "南湾区民政局", "南湾区民政社工站"]
ALL_THREE = [("南湾区民政局", "南湾区民政社工站"), ("南湾区民政局", "青柳社会工作服务中心"),
             ("南湾区民政社工站", "青柳社会工作服务中心")]

PAIRED = [
    ("place_between", "9月2日，青柳社会工作服务中心、南湾区民政局、南湾区民政社工站在白沙镇开展义诊活动。", ALL_THREE),
    ("date_between", "青柳社会工作服务中心、南湾区民政局于5月9日开展了防诈骗宣传。",
     [("南湾区民政局", "青柳社会工作服务中心")]),
    ("joint_adverb", "近日，青柳社会工作服务中心、南湾区民政局和南湾区民政社工站联合开展了敬老慰问。", ALL_THREE),
]


@pytest.mark.parametrize("name, text, expected", PAIRED, ids=[row[0] for row in PAIRED])
def test_list_opening_its_clause_then_kaizhan_pairs_its_units(name, text, expected):
    assert pairs(text, organizations=ORGS) == expected


NOTHING = [
    # each unit on its own
    ("each_on_its_own", "青柳社会工作服务中心、南湾区民政局分别开展了入户走访。"),
    # the list only opens a relative clause: the units it describes are the subject
    ("relative_clause", "青柳社会工作服务中心、南湾区民政局开展了读书等活动的单位获得表彰。"),
    # after a comma the list no longer opens the act's clause
    ("comma_between", "青柳社会工作服务中心、南湾区民政局，开展了入户走访。"),
]


@pytest.mark.parametrize("name, text", NOTHING, ids=[row[0] for row in NOTHING])
def test_list_before_kaizhan_without_the_shape_pairs_nothing(name, text):
    assert pairs(text, organizations=ORGS) == []


def test_list_after_an_organizing_verb_pairs_with_the_organizer_only():
    text = "南湾区民政局组织青柳社会工作服务中心、南湾区民政社工站开展技能培训。"
    assert pairs(text, organizations=ORGS) == [("南湾区民政局", "南湾区民政社工站"), ("南湾区民政局", "青柳社会工作服务中心")]
