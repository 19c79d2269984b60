"""Programs: a training class's own name ends with 培训班, 研修班 or 提升班, inside a quote or after a
quoted brand and the trainees or field (the full name is kept); an unquoted class on a skill topic
names nothing. Round 42d. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


CLASSES = [
    ("quoted_whole_name", "上周，青禾区“网格员业务研修班”在党校开课。",
     [("网格员业务研修班", "course")]),
    ("brand_then_trainees", "街道开办“青松汇”楼栋长能力提升班，首期招收三十人。",
     [("青松汇楼栋长能力提升班", "course")]),
    ("quoted_training_class", "社区组织“调解员进阶培训班”，邀请律师授课。",
     [("调解员进阶培训班", "course")]),
]

CLASSES_EMPTY = [
    ("unquoted_skill_topic", "老年大学开设了书法培训班和手机摄影培训班。"),
    ("bare_word", "此次研修班为期两天。"),
]


@pytest.mark.parametrize("label,text,expected", CLASSES, ids=[c[0] for c in CLASSES])
def test_training_classes(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label,text", CLASSES_EMPTY, ids=[c[0] for c in CLASSES_EMPTY])
def test_no_training_class(label, text):
    assert programs(text) == []
