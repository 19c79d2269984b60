"""Communities, round 28 (second wave): stems that took the tail of the clause before them, a
one-character word jieba splits off the word or time it ends (经|某某村 "after checking by",
使|某某社区 causative, 安置点|某某社区, 上午9点|某某社区) or the minutes of a clock time (12:00|某某社区).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from contexts import community_surfaces as names


TAIL_CASES = [
    # The causative 使 before a community is no part of its name.
    ("这次联谊使青桐社区充满了欢声笑语。", ["青桐社区"]),
    ("这项工作使社区更加和谐。", []),
    # The 点 of a site or of a clock time.
    ("搬迁安置点柳溪社区的居民陆续入住。", ["柳溪社区"]),
    ("上午9点桂柳路社区的志愿者准时出发。", ["桂柳路社区"]),
    ("安置点和社区都设立了服务窗口。", []),
    # 经 "after checking by" opens a clause, no part of the name.
    ("经红枫村村委会逐户核实，补贴名单已经公示。", ["红枫村"]),
    ("经社区工作人员核实，情况属实。", []),
    # Names with these characters inside stay whole.
    ("青禾街道藏经阁社区的居民参加了活动。", ["藏经阁社区"]),
    ("经纬社区的志愿者来到了现场。", ["经纬社区"]),
    # A development zone's short form opening with 经 is no name piece of the community after it.
    ("最近，经开区青樟社区开展了活动。", ["青樟社区"]),
]


@pytest.mark.parametrize("text, expected", TAIL_CASES)
def test_round28_tail_of_clause_is_no_name_piece(text, expected):
    assert names(text) == expected


CLOCK_CASES = [
    ("当天12:00青岚社区的网格员出发巡查。", ["青岚社区"]),
    ("当天12：30青岚社区的网格员出发巡查。", ["青岚社区"]),
    # Digits that are part of a name stay.
    ("青枫01小区的居民参加了议事会。", ["青枫01小区"]),
    ("当天12:00社区的网格员出发巡查。", []),
]


@pytest.mark.parametrize("text, expected", CLOCK_CASES)
def test_round28_clock_minutes_are_no_name_piece(text, expected):
    assert names(text) == expected


STATION_AND_TIME_TAIL_CASES = [
    # 站 ends the station's word, 前 the holiday's: the name after them stands alone.
    ("我们走进文明实践站金桥社区。在文明实践站金桥社区，成员们发言。", ["金桥社区", "金桥社区"]),
    ("让居民快乐过节，国庆前松林社区举办了活动。", ["松林社区"]),
    ("让居民快乐过节，国庆前社区举办了活动。", []),
    ("春节前松林社区举办了活动，松林社区的居民都来了。", ["松林社区", "松林社区"]),
    # One character after the tail is a name of its own: the tail stays in it.
    ("荆溪镇后柳村的志愿者来了。", ["后柳村"]),
    ("志愿者走进前郭村的村民家中。", ["前郭村"]),
]


@pytest.mark.parametrize("text, expected", STATION_AND_TIME_TAIL_CASES)
def test_round28_station_and_time_tails_open_no_name(text, expected):
    assert names(text) == expected
