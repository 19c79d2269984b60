"""Programs: a quote made only of order-dispatch steps (“接单”, “点单——接单——评单”) is the
model's wording of how requests are taken, never a program's name, whatever program word
frames it (filter 47). Round 47prog1. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


EMPTY = [
    ("step_after_team", "住户“点单”，志愿服务团队“接单”，难题当天解决。"),
    ("step_after_app", "学生们可在小程序“接单”，攒下服务时长。"),
    ("dashed_chain", "柳岸社区建立“点单——接单——评单”服务台账。"),
    ("actors_chain", "平台推行“居民点单、站点派单、党员接单”的做法。"),
]

KEPT = [
    ("menu_is_no_step", "柳岸社区开展“暖心菜单”志愿服务活动。", [("暖心菜单", "activity")]),
]


@pytest.mark.parametrize("label,text", EMPTY, ids=[c[0] for c in EMPTY])
def test_order_step_quote_names_no_program(label, text):
    assert programs(text) == []


@pytest.mark.parametrize("label,text,expected", KEPT, ids=[c[0] for c in KEPT])
def test_quote_ending_in_other_dan_word_still_named(label, text, expected):
    assert programs(text) == expected
