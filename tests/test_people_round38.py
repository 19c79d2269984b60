"""People, round 38: given names holding a character that is also a function word (举, 儿),
written after a title. Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people

# 举 (SOFT_GIVEN_CHARS) and a closing 儿 (SOFT_FINAL_CHARS) occur in given names: after a title and before a clear end
# (punctuation, a speech verb, 为 opening the act) the name holds them.
SOFT_GIVEN_CASES = [
    ("枫林镇副镇长单举帆、翠湖社区主任柏青禾一同出席。", [("单举帆", "枫林镇副镇长"), ("柏青禾", "翠湖社区主任")]),
    ("“场地的事我们来协调。”枫林街道办事处副主任秦冬儿说。", [("秦冬儿", "枫林街道办事处副主任")]),
    ("上午九点，副县长邝宏举为枫林驿站揭牌。", [("邝宏举", "副县长")]),
]

# 举 and 儿 opening a word after a name stay out of it (举办, 举手, 儿时).
NOT_IN_NAME_CASES = [
    ("翠湖社区主任柏青举办了读书会。", [("柏青", "翠湖社区主任")]),
    ("队员邝雨桐举手提问，现场很热闹。", [("邝雨桐", "队员")]),
    ("网格员柏青禾儿时就住在这条巷子里。", [("柏青禾", "网格员")]),
    # 儿 inside a word (门儿清 "knows every door") is no given name, even after a title
    ("翠湖社区的网格员门儿清，哪栋楼住着谁都知道。", []),
]


@pytest.mark.parametrize("text, expected", SOFT_GIVEN_CASES)
def test_round38_titled_name_holding_ju_or_er(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", NOT_IN_NAME_CASES)
def test_round38_ju_or_er_opening_a_word_after_the_name(text, expected):
    assert people(text) == expected
