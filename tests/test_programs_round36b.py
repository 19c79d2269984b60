"""Programs, round 36b. Sentences of our own making.

1. 银龄 (silver-age) before a team word is no field word any more: the labelled sets list such a
   community team as a program whether or not its holder is written next to it. Teams named only
   by 党员, 老兵 or 退役军人 named nothing until round 40c (test_programs_round40c.py).
"""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


MEMBER_GROUP_TEAMS = [
    ("silver_after_de", "居委会拉起一支以退休教师为主力的银龄志愿服务队，每周走访独居老人。", [("银龄志愿服务队", "team")]),
    ("silver_after_preposition", "会上，街道工委向银龄志愿服务队赠送了锦旗。", [("银龄志愿服务队", "team")]),
]

@pytest.mark.parametrize("name, text, expected", MEMBER_GROUP_TEAMS, ids=[r[0] for r in MEMBER_GROUP_TEAMS])
def test_silver_age_and_veteran_teams_are_named(name, text, expected):
    assert programs(text) == expected


# 2. 志愿团 and 志愿分队 end a team's name as 志愿服务团队 and 志愿服务分队 do: after a set-up verb
#    with words of the team's own, or after a quote; 志愿团队 and a bare 志愿团 name nothing.
SHORT_TEAM_WORDS = [
    ("tuan_after_setup_verb", "镇里组建了一支星河暖阳志愿团，常年陪伴留守儿童。", [("星河暖阳志愿团", "team")]),
    ("quoted_squad", "“护苗”志愿分队的志愿者带着孩子们整理绘本。", [("护苗志愿分队", "team")]),
    # 团 followed by 队 is the head of 团队: the whole team word is kept
    ("tuandui_after_quote", "街道为“青苗”志愿团队提供了活动场地。", [("青苗志愿团队", "team")]),
]

NO_SHORT_TEAM = [
    ("tuandui", "阵容不小的志愿团队让居委会省了不少心。"),
    ("bare_tuan", "街道前年组建了一支志愿团，为独居老人送餐。"),
]


@pytest.mark.parametrize("name, text, expected", SHORT_TEAM_WORDS, ids=[r[0] for r in SHORT_TEAM_WORDS])
def test_short_team_words_end_a_team_name(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", NO_SHORT_TEAM, ids=[r[0] for r in NO_SHORT_TEAM])
def test_short_team_words_alone_name_nothing(name, text):
    assert programs(text) == []


# 3. A holder, then words unknown to the dictionary, then the words where the name walk stopped
#    and a team word (某社区|蓝帽|大姐|志愿服务队): the holder starts the team's name, in a list too;
#    a verb between the holder and the team word still stops it.
HOLDER_ACROSS_UNKNOWN = [
    ("in_list", "社工站联合青禾街松岭社区、松岭社区紫帽阿姨志愿服务队和一家诊所开展体检。", [("松岭社区紫帽阿姨志愿服务队", "team")]),
    ("after_verb_lianhe", "社工站联合松岭社区紫帽阿姨志愿服务队走访独居老人。", [("松岭社区紫帽阿姨志愿服务队", "team")]),
]

NO_HOLDER_ACROSS_VERB = [
    ("verb_between", "社工站联合松岭社区开展党员志愿服务队培训。"),
]


@pytest.mark.parametrize("name, text, expected", HOLDER_ACROSS_UNKNOWN, ids=[r[0] for r in HOLDER_ACROSS_UNKNOWN])
def test_holder_starts_team_across_unknown_words(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", NO_HOLDER_ACROSS_VERB, ids=[r[0] for r in NO_HOLDER_ACROSS_VERB])
def test_verb_between_holder_and_team_names_nothing(name, text):
    assert programs(text) == []


# 4. A one-character quote followed by three or four more of a team's own characters and a team
#    word opens the team's name (“甲”乙丙志愿服务队); a pun's shorter descriptor keeps its lead
#    word (暖“新”驿站), and a quote before a station word with a long descriptor names nothing.
OPENING_PUNS = [
    ("team_after_verb", "街道牵头，组建“桐”心健步志愿服务队陪伴老人锻炼。", [("桐心健步志愿服务队", "team")]),
    ("team_after_holder", "松岭社区“松”我同行志愿服务队办起了读书角。", [("松我同行志愿服务队", "team")]),
    ("short_pun_kept", "楼下新开了暖“新”驿站。", [("暖新驿站", "station")]),
]

NO_OPENING_PUN = [
    ("station_word", "社区“家”门口服务站开放了。"),
]


@pytest.mark.parametrize("name, text, expected", OPENING_PUNS, ids=[r[0] for r in OPENING_PUNS])
def test_one_character_quote_opens_team_name(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", NO_OPENING_PUN, ids=[r[0] for r in NO_OPENING_PUN])
def test_one_character_quote_before_station_names_nothing(name, text):
    assert programs(text) == []
