"""Programs: a studio named after a person (某某工作室 opening with a full personal name and a short
field of its own), kind station; kinds of rooms (社区法官工作室, 个案工作室) and a surname that is a
function word cut off alone (和|老党员工作室) name nothing. Round 42c. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


STUDIOS = [
    ("field_after_name", "近年来，钱小禾党建工作室带动居民参与楼道治理。",
     [("钱小禾党建工作室", "station")]),
    ("after_verb_long_field", "街道创新打造赵丽芬非遗剪纸工作室，吸引青少年报名。",
     [("赵丽芬非遗剪纸工作室", "station")]),
]

STUDIOS_EMPTY = [
    ("kinds_of_room", "居民可到社区法官工作室咨询，个案工作室也已开放。"),
    ("function_word_surname", "活动室和老党员工作室每天开放。"),
]


@pytest.mark.parametrize("label,text,expected", STUDIOS, ids=[c[0] for c in STUDIOS])
def test_person_studios(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label,text", STUDIOS_EMPTY, ids=[c[0] for c in STUDIOS_EMPTY])
def test_no_person_studio(label, text):
    assert programs(text) == []
