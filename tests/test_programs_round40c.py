"""Programs, round 40c. Sentences of our own making.

A volunteer service team named only by the groups its members come from (党员, 巾帼, 退役军人,
青年, 大学生…: program_member_groups.txt) is a program, whatever opens the words (a preposition,
a conjunction, a generic holder such as 社区, which only says whose team it is). A count or
pointer before it (三支, 10支: kinds of team), a noun after it (队员, 培训: the members, a course
for such teams), a list of team kinds (甲、乙志愿服务队等), the writer's own unit (本校) and a plain
团队 leave it out. 巾帼, a generic holder elsewhere, names such a team too.
"""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


MEMBER_GROUP_TEAMS = [
    ("after_preposition", "仪式上，街道为老兵青年志愿服务队颁发了队旗。", [("老兵青年志愿服务队", "team")]),
    ("after_de", "镇里有一支以返乡能人为骨干的党员志愿服务队。", [("党员志愿服务队", "team")]),
    ("after_conjunction", "槐荫社区组建了书画社以及大学生志愿者服务队。", [("大学生志愿者服务队", "team")]),
    ("past_generic_holder", "老周退休后加入了社区退役军人志愿服务队。", [("退役军人志愿服务队", "team")]),
    ("after_setup_verb", "青禾镇去年成立老兵志愿服务队，守护河道安全。", [("老兵志愿服务队", "team")]),
    ("after_setup_de", "社区组建的老党员志愿服务队每周开展巡逻。", [("老党员志愿服务队", "team")]),
    ("listed_kinds", "社区组织巾帼志愿服务队、党员志愿服务队等团队参加。", []),
    ("training_for_such_teams", "社工站联合松岭社区开展党员志愿服务队培训。", []),
    ("women_team_after_conjunction", "榆钱村的护河队和巾帼志愿服务队每周出动。", [("护河队", "team"), ("巾帼志愿服务队", "team")]),
    ("own_unit_team", "本校大学生志愿者服务队周六走进敬老院。", []),
    ("field_before_groups", "多所高校青年志愿服务队走进社区长者食堂。", []),
    ("counted_kind", "全镇共组建8支青年志愿者服务队走进田间。", []),
    ("members_follow", "网格员把退役军人志愿服务队队员分到各楼栋。", []),
    ("plain_team_noun", "学院选派大学生志愿服务团队到山区支教。", []),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in MEMBER_GROUP_TEAMS], ids=[c[0] for c in MEMBER_GROUP_TEAMS])
def test_programs_member_group_team(text, expected):
    assert programs(text) == expected
