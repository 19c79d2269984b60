"""Programs: the other quotes of a tight run (nothing or a list mark between them) one of which the
rules already take as a program are programs too (ProgramExtractor._run_siblings). Round 54c h2.
Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


SIBLING_CASES = [
    (
        "short_brands_beside_a_team",
        "镇里组织“老干说法”“和事佬”“睦邻帮帮团”等力量下沉村组调解纠纷。",
        [("老干说法", "program"), ("和事佬", "program"), ("睦邻帮帮团", "team")],
    ),
    (
        "joined_by_yu_to_a_station",
        "社区建立“和为贵调解室”与“铁骨红”，让服务更贴心。",
        [("和为贵调解室", "station"), ("铁骨红", "program")],
    ),
    (
        "talk_beside_a_course",
        "中心举办多场科普活动，如“养生大讲堂”“钢铁厂退休职工讲座”，围绕慢病防治讲解知识。",
        [("养生大讲堂", "course"), ("钢铁厂退休职工讲座", "program")],
    ),
    (
        "sections_beside_a_platform",
        "驿站由“邻里休闲新天地”、“社企共建新平台”、“公益孵化新引擎”三大区块组成。",
        [("邻里休闲新天地", "program"), ("社企共建新平台", "platform"), ("公益孵化新引擎", "program")],
    ),
]


# Runs that give no sibling: the stages of one activity, a run with no program in it, mirrored
# manners beside a station (filter 24).
NO_SIBLING_CASES = [
    ("stages_of_one_activity", "本次活动分为“入户走访”和“清洁行动”两个阶段。", [("清洁行动", "activity")]),
    ("run_without_a_program", "社区坚持做到“小事不出楼”“大事不出社区”，矛盾就地化解。", []),
    ("mirrored_manner", "社区推出“面对面”“暖心驿站”两项举措。", [("暖心驿站", "station")]),
]


@pytest.mark.parametrize("sentence,expected", [case[1:] for case in SIBLING_CASES], ids=[case[0] for case in SIBLING_CASES])
def test_programs_take_the_siblings_of_a_listed_program(sentence, expected):
    assert programs(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [case[1:] for case in NO_SIBLING_CASES], ids=[case[0] for case in NO_SIBLING_CASES])
def test_programs_leave_runs_that_name_no_program(sentence, expected):
    assert programs(sentence) == expected
