"""Programs: 讲师团 ends a lecture team's name after words of its own (某某讲师团, 某某巾帼讲师团), as the
troupe words do; alone it names nothing. Round 47prog2. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


KEPT = [
    ("listed_after_team", "各网格义工队和防诈讲师团共9名成员到场。", [("防诈讲师团", "team")]),
    ("set_up_with_field", "社区组建节水宣传巾帼讲师团，走进楼道宣讲。", [("节水宣传巾帼讲师团", "team")]),
]

EMPTY = [
    ("alone", "讲师团走进校园。"),
]


@pytest.mark.parametrize("label,text,expected", KEPT, ids=[c[0] for c in KEPT])
def test_lecture_team_named(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label,text", EMPTY, ids=[c[0] for c in EMPTY])
def test_lecture_team_alone_names_nothing(label, text):
    assert programs(text) == []
