"""Programs: unquoted names listed before a counted head of named things (…、…等6个公益项目), and
quoted names of recurring events (第三届“…”). Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import LINK_LABELS as LABELS, run


def programs(text: str) -> list[str]:
    return [m.canonical for m in run(text, *LABELS).found("programs")]


LISTS = [
    # the first item starts after the clause's particle (资助的|…)
    ("after_particle", "今年首批资助的银杏书房、晨曦健步、邻里菜园等5个公益项目已经完成。",
     ["银杏书房", "晨曦健步", "邻里菜园"]),
    # a last item after 以及, and the first after the clause's verbs (联手设立|…)
    ("after_verbs_and_yiji", "青禾集团与慈善会联手设立青禾护苗、雏鹰助学以及春蕾成长三个关爱基金。",
     ["青禾护苗", "雏鹰助学", "春蕾成长"]),
    # a team list: long team names are items too
    ("team_list", "服务总队由桃源村网格党建志愿服务队、杏林村义诊服务队、青禾街坊等6支志愿服务队伍构成。",
     ["桃源村网格党建志愿服务队", "杏林村义诊服务队", "青禾街坊"]),
    # round 19: the count right after the last item, with no 等, closes the list too
    # (round 29: items that mostly end in a verb or adjective are the teams' fields, filter 33)
    ("count_without_deng", "石桥村组建了红石榴、银杏先锋、巧手绣娘3支志愿服务队。",
     ["红石榴", "银杏先锋", "巧手绣娘"]),
    # … and 共 before the count, like 等
    ("count_after_gong", "居民组成了桂花巡逻队、应急突击队、暖心服务队共3支志愿服务队伍。",
     ["桂花巡逻队", "应急突击队", "暖心服务队"]),
    # a first word the dictionary calls a verb (学习) stays in a first item as long as the next one
    # (round 29: named projects; field words alone before a count of teams name no teams, filter 33)
    ("verb_inside_first_item", "中心村办起学习沙龙、邻里守望、书香家园3个公益项目，每周活动。",
     ["学习沙龙", "邻里守望", "书香家园"]),
]

LISTS_EMPTY = [
    # services, not named projects: no descriptor that makes them named ones, and too short
    ("services", "社区开展了助餐、助浴、助洁等6个服务项目。"),
    ("plain_projects", "中心开展法律援助、心理疏导等8个项目。"),
    # one item is no list
    ("one_item", "今年资助的银杏书房等3个公益项目已经完成。"),
    # no count and head word: a list of activities
    ("no_head", "居民参加了银杏书房、晨曦健步等活动。"),
    # member groups of two characters before a count: no names, and no clause word (有) is kept
    ("member_groups", "该村有党员、青年、巾帼3支志愿服务队。"),
    ("services_with_count", "社区开展了助餐、助浴、助洁3个服务项目。"),
    ("places_with_counts", "全镇共有12个村、3个社区、2个居委会。"),
]


@pytest.mark.parametrize("name, text, expected", LISTS, ids=[row[0] for row in LISTS])
def test_unquoted_list_items_are_programs(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", LISTS_EMPTY, ids=[row[0] for row in LISTS_EMPTY])
def test_unquoted_lists_that_name_no_programs(name, text):
    assert programs(text) == []


EDITIONS = [
    # an edition number frames the quote as an event, however long the descriptor after it
    ("long_descriptor", "周日，第三届“青禾健步行”万名志愿者公益徒步活动在青禾举行。", ["青禾健步行"]),
    ("first_edition", "桃源社区举办首届“邻里节”。", ["邻里节"]),
]

EDITIONS_EMPTY = [
    # no edition number: a quote with a descriptor too long for 活动 (over fourteen characters,
    # round 16) stays unframed
    ("no_edition", "周日，“青禾健步行”万名志愿者市民代表城区环湖公益徒步活动在青禾举行。"),
    # an edition number before an award title
    ("award", "他在第三届“最美志愿者”评选中获奖。"),
]


@pytest.mark.parametrize("name, text, expected", EDITIONS, ids=[row[0] for row in EDITIONS])
def test_edition_number_frames_an_event(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", EDITIONS_EMPTY, ids=[row[0] for row in EDITIONS_EMPTY])
def test_quotes_without_an_event_frame(name, text):
    assert programs(text) == []


def test_one_program_written_with_and_without_its_comma():
    text = "围绕“携手同行，温暖桃源”主题，社区开展活动。此后，“携手同行 温暖桃源”主题活动每月举办。"
    ctx = run(text, *LABELS)
    assert [m.canonical for m in ctx.found("programs")] == ["携手同行，温暖桃源", "携手同行，温暖桃源"]
