"""Programs: a quote closed by a clause break names the programme of the holder written right before
it, joined by 的 (某社区的“甲乙丙”，…) or listed with other holders and their quotes (市妇联“甲”、市总工会
“乙”…等活动), and the object of 开辟 before a clause break names what was opened; a quote right after
its holder alone, a role, a quote running on into a noun and the object of 设置 name nothing. Round 53h2.
Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


KEPT = [
    (
        "holder_de_quote",
        "每周二上午，位于青禾街道柳岸社区的“法治药铺”，准时开门。",
        [("法治药铺", "program")],
    ),
    (
        "holders_each_with_a_quote",
        "今年的关爱行动包括市妇联“童心同行”、市总工会“清凉送一线”、团市委“青春护航、温暖相伴”，市科协“小小发明家”等五项活动。",
        [("童心同行", "program"), ("清凉送一线", "program"), ("青春护航、温暖相伴", "program"), ("小小发明家", "activity")],
    ),
    (
        "opened_room",
        "柳岸社区开辟“银龄心灵港”，为老人提供倾诉空间。",
        [("银龄心灵港", "program")],
    ),
    (
        # round 54c h2: the second quote has no frame of its own, but it is listed beside a program
        # (ProgramExtractor._run_siblings); the tuning gold of this shape labels both quotes programs
        "opened_room_first_of_two",
        "柳岸社区开辟“银龄心灵港”、“少年成长营地”，为居民提供倾诉空间。",
        [("银龄心灵港", "program"), ("少年成长营地", "program")],
    ),
]

EMPTY = [
    ("holder_then_predicate", "柳岸社区“出了名”，前来参观的人络绎不绝。"),
    ("holder_alone_then_clause", "柳岸社区“邻里守望”，让独居老人安心。"),
    ("holder_de_role", "柳岸社区的“网格员”，每天走访居民。"),
    ("quote_runs_into_noun", "柳岸社区“两委”干部带头参加。"),
    ("quote_qualifies_noun", "柳岸社区“邻里守望”的做法，让独居老人安心。"),
    ("set_up_sign", "社区在楼栋门口设置“快递取件指示图”，方便居民。"),
]


@pytest.mark.parametrize("label,text,expected", KEPT, ids=[c[0] for c in KEPT])
def test_held_or_opened_quote_is_named(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label,text", EMPTY, ids=[c[0] for c in EMPTY])
def test_quote_after_holder_or_setter_names_nothing(label, text):
    assert programs(text) == []
