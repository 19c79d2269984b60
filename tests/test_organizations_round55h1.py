"""Round 55 h1 (organizations recall): the reading rooms and cultural stations one village, community
or town runs (某村农家书屋, 某社区图书室, 某镇文化站, 某乡综合文化站) are organizations when that
village, community or town is written right before the ending; a county's or city's (某县农家书屋),
a clause before the ending and the bare kind name none. Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found


@pytest.mark.parametrize(
    "text, expected",
    [
        # a village's reading room, before its keeper's post
        ("“以前大家约牌桌，现在约书桌。”青岭村农家书屋管理员王芳告诉记者。", ["青岭村农家书屋"]),
        # a community's library, opened
        ("近日，城南区石桥镇东湖社区图书室正式开放。", ["东湖社区图书室"]),
        # a town's cultural station (江州市 is no city the gazetteer knows, so the name starts at the town)
        ("张强是江州市青山镇文化站的文艺骨干，能唱快板能写词。", ["青山镇文化站"]),
        # a township's comprehensive cultural station in a list of its units
        ("下一步，红岩乡新时代文明实践所、红岩乡综合文化站都会接入这套服务。", ["红岩乡新时代文明实践所", "红岩乡综合文化站"]),
    ],
)
def test_local_reading_rooms_and_stations_are_organizations(text, expected):
    assert organizations_found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a county's rooms: all of them, a class
        "安平县农家书屋共有图书30多万册。",
        # a clause between the place and the ending
        "这两年，安平县逐步改造农家书屋的借阅条件。",
        "目前清溪镇村村建有农家书屋，每个书屋都配备书柜。",
        # the bare kinds
        "农家书屋每逢周末会组织孩子们读绘本。",
        "青年志愿者借用镇文化站给老人办书法课。",
        "社区图书室每周开放五天。",
    ],
)
def test_county_rooms_clauses_and_bare_kinds_name_none(text):
    assert organizations_found(text) == []
