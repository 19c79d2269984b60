"""People, round 60 h7b: jieba reads a surname and one given character as a token and glues the
name's third character to the next word into a word it only guessed (陈方|改像, 李石|军致,
孙明|生家前); the name after a title keeps its three characters. Sentences written for these
tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


GLUED_GIVEN_CASES = [
    # the third character glued to a comparison word
    ("志愿者陈方改像往常一样来到活动室。", [("陈方改", "志愿者")]),
    # ... to the verb of a welcome speech, after a head's title
    ("开幕式上，协会会长李石军致欢迎辞。", [("李石军", "协会会长")]),
    # ... to a noun and a place word (the person's home)
    ("晚饭后，老支书孙明生家前坪上坐满了乡亲。", [("孙明生", "支书")]),
]


@pytest.mark.parametrize("text, expected", GLUED_GIVEN_CASES)
def test_round60h7b_name_keeps_character_glued_to_next_word(text, expected):
    assert people(text) == expected


TWO_CHARACTER_CASES = [
    # the next word is a dictionary word of its own: the name has two characters
    ("志愿者王芳改变了做法。", [("王芳", "志愿者")]),
    ("队长陈东生病住院了。", [("陈东", "队长")]),
    ("网格员刘洋带领居民清扫楼道。", [("刘洋", "网格员")]),
    # the guessed token is a verb and a pronoun closing a set phrase (获此殊荣)
    ("社区主任王涛获此殊荣。", [("王涛", "社区主任")]),
]


def test_round60h7b_four_character_name_gets_no_third_character_only():
    # jieba guessed the second half of a four-character name (a surname and one character) as a
    # token: no three-character cut of it
    names = [name for name, _ in people("工作人员吉莫李燕将宣传册发给村民。")]
    assert "吉莫李" not in names


@pytest.mark.parametrize("text, expected", TWO_CHARACTER_CASES)
def test_round60h7b_two_character_name_before_dictionary_word_stays(text, expected):
    assert people(text) == expected


NO_PERSON_CASES = [
    # no title before the characters: no name is read at all
    "大家改像往常一样排队。",
    "村里生家前的空地上种满了菜。",
    # a verb jieba knows after a title (修 is a surname too): no name, with or without its 出
    "志愿理发师帮每位居民修剪出整齐精神的短发。",
]


@pytest.mark.parametrize("text", NO_PERSON_CASES)
def test_round60h7b_no_title_no_name(text):
    assert people(text) == []
