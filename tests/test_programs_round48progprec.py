"""Programs: a quote that a scheme word heads, alone or closing a quoted list (“甲乙”服务模式,
“甲”“乙”四种服务站模式, “某某”志愿服务队伍体系), names a formula of working that the text calls a
model or system, not a program (filter 48). Round 48progprec. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


EMPTY = [
    ("inner_word_before_mode", "柳岸街道依托“晴川银行”助老服务模式开展帮扶。"),
    ("quoted_list_counted_mode", "青禾区探索形成“甲乙融合”“丙丁协同”“戊己联动”四种应急服务站模式。"),
    ("formula_team_system", "桃溪社区建立“2+4+6”青年志愿服务队伍体系。"),
]

KEPT = [
    ("project_word_before_mechanism", "柳岸社区完善“青禾守望”项目运行机制。", [("青禾守望", "project")]),
    ("team_without_scheme_word", "桃溪社区成立“晴川护卫”志愿服务队。", [("晴川护卫志愿服务队", "team")]),
]


@pytest.mark.parametrize("label,text", EMPTY, ids=[c[0] for c in EMPTY])
def test_quote_headed_by_scheme_word_names_no_program(label, text):
    assert programs(text) == []


@pytest.mark.parametrize("label,text,expected", KEPT, ids=[c[0] for c in KEPT])
def test_quote_without_scheme_head_still_named(label, text, expected):
    assert programs(text) == expected
