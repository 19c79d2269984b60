"""Programs: a quoted name ending in a class or meeting word that is only read after a quote
(暑期班, 托管班, 茶话会, 故事会) names a programme when its holder, a place, community or
organization found in the article, is written right before it, with or without 的 (held_event).
A bare class or meeting word, a quote with no holder before it and a quote whose name part is one
character name nothing. Round 55 h2b. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


CASES = [
    (
        "town_class_opens_in_a_community",
        "8月3日，青山镇“老年暑期班”在河西社区开班。",
        [("老年暑期班", "course")],
    ),
    (
        "community_class_opens",
        "日前，河西镇东园社区“假日托管班”正式开班，大学生志愿者陪孩子写作业。",
        [("假日托管班", "course")],
    ),
    (
        "community_meeting_with_a_bracket",
        "这里是南湖街道杨柳社区“书记茶话会”（青年专场）。",
        [("书记茶话会", "activity")],
    ),
    (
        "holder_then_de",
        "这是东湖街道的“老兵故事会”的又一期。",
        [("老兵故事会", "activity")],
    ),
    (
        "no_holder_before_the_quote",
        "大家围坐在一起参加“邻里茶话会”，气氛热烈。",
        [],
    ),
    (
        "bare_meeting_word_after_a_holder",
        "杨柳社区“茶话会”很热闹。",
        [],
    ),
    (
        "one_character_name_part",
        "青山镇“夏暑期班”在河西社区开班。",
        [],
    ),
]


@pytest.mark.parametrize("label,text,expected", CASES, ids=[c[0] for c in CASES])
def test_held_event_quotes(label, text, expected):
    assert programs(text) == expected
