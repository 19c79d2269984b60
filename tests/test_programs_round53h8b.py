"""Programs: an unquoted team listed among the units of a relation frame (A联合B、甲乙志愿者服务队等单位;
由某医院甲乙义诊团携手B; 组织甲乙志愿服务队及居民代表) is named by its whole item when its own words hold
a name (a proper noun, a word unknown to the dictionary, digits); a team of generic words, a unit
found that ends in 队 or 团 and a congress's presidium (人大主席团) name no team. Round 53h8.
Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


KEPT = [
    (
        "team_closing_unit_list",
        "6月12日上午，县公安局联合柳溪镇政府、青石农商银行、县电信公司、同心365志愿者服务队等单位，走进金桂小区开展防诈宣传。",
        [("同心365志愿者服务队", "team")],
    ),
    (
        "held_volunteer_teams_after_lianhe",
        "日前，南湖街道社会工作站联合春晖书画社、平阳县红十字会南湖社工站义工队、白沙驿站助残义工队、枫林村两委，在村文化礼堂开展活动。",
        [("平阳县红十字会南湖社工站义工队", "team"), ("白沙驿站助残义工队", "team")],
    ),
    (
        "clinic_team_joining_hands",
        "义诊由江南市人民医院李明远义诊团携手仁和堂、安康口腔组成的医生团队承担。",
        [("江南市人民医院李明远义诊团", "team")],
    ),
    (
        "team_object_of_organise_beside_units",
        "10月3日上午，北关街道退役军人服务站和桃李社区退役军人服务站组织退役军人铁戎志愿者服务队及居民代表在车站迎接新兵。",
        [("退役军人铁戎志愿者服务队", "team")],
    ),
]

EMPTY = [
    ("generic_team_in_list", "县公安局联合柳溪镇政府、社区志愿服务队等单位开展防诈宣传。"),
    ("fire_brigade_is_a_unit", "县公安局联合柳溪镇政府、县消防救援大队等单位开展应急演练。"),
    ("congress_presidium", "本次义诊由青石市卫健委主办，青石市人民医院、柳溪镇人大主席团、柳溪镇科协协办。"),
    ("team_without_units", "志愿者们组成了爱心小分队等，走进小区开展服务。"),
]


@pytest.mark.parametrize("label,text,expected", KEPT, ids=[c[0] for c in KEPT])
def test_team_listed_among_units_is_named(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label,text", EMPTY, ids=[c[0] for c in EMPTY])
def test_generic_or_unit_team_in_list_names_nothing(label, text):
    assert programs(text) == []
