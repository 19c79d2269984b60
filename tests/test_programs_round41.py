"""Programs, round 41: an unquoted project that a verb of running takes as its object (实施了某某
营造项目, 开展了为期半年的某某关爱项目) is named, however descriptive; a short, counted, sorted or
capital-works object is a kind of project. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


RUN_PROJECTS = [
    ("after_le", "青苇社工进驻后，实施了晴川里院落绿植美化项目。", [("晴川里院落绿植美化项目", "project")]),
    ("duration", "机构在溪桥社区开展了为期半年的蓝羽候鸟老人陪伴项目。", [("蓝羽候鸟老人陪伴项目", "project")]),
    ("rounds", "区里已连续实施四期彩虹桥助残微创投项目，成效明显。", [("彩虹桥助残微创投项目", "project")]),
    ("yilai", "自社工开展枫渡街道邻里互助网络试点项目以来，居民越来越多。", [("枫渡街道邻里互助网络试点项目", "project")]),
]

RUN_PROJECTS_EMPTY = [
    ("short_kind", "社工站每年开展社会服务项目。"),
    ("counted", "全镇开展12个特色村企结对项目。"),
    ("sorted", "中心负责运营各类社区服务项目。"),
    ("vague", "今后将孵化更多楼栋自治互助服务项目，惠及居民。"),
    ("headline", "某省启动外卖骑手关怀社会工作服务项目\n记者获悉，活动很热闹。"),
    ("works", "公司将全力打造鹭汀新城道路建设项目。"),
    ("rating", "全力打造本行业服务标杆项目。"),
]


@pytest.mark.parametrize("name, text, expected", RUN_PROJECTS, ids=[row[0] for row in RUN_PROJECTS])
def test_run_verb_object_names_a_project(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", RUN_PROJECTS_EMPTY, ids=[row[0] for row in RUN_PROJECTS_EMPTY])
def test_kind_of_project_names_nothing(name, text):
    assert programs(text) == []


GAMES_EMPTY = [
    # quoted games, alone or in a list closed by a game word, are played, not run
    ("game_list", "志愿者带着孩子们玩了“纸杯叠塔”、“盲人摸象”、“萝卜蹲蹲”等趣味游戏。"),
    ("game_one", "现场还穿插了“气球接力赛”小游戏，笑声不断。"),
]


@pytest.mark.parametrize("name, text", GAMES_EMPTY, ids=[row[0] for row in GAMES_EMPTY])
def test_quoted_games_name_nothing(name, text):
    assert programs(text) == []


def test_quoted_program_before_play_stays():
    assert programs("社区开展“晴岚伴童行”项目，孩子们在游戏中学习。") == [("晴岚伴童行", "project")]
