"""People, round 31. Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


# P2: a two-character "name" that jieba lists as an ordinary word (a noun or verb, not a
# person's name) is no name, however rare the word: a title before it is a modifier
# (党员|商户, 专家|初评), a speech verb after it a caption's verb (展板|介绍).
TWO_CHARACTER_WORD_CASES = [
    ("活动中党员商户、志愿者一道清扫街面。", []),
    ("方案经专家初评，九个入围复赛。", []),
    ("门口展板介绍了近年来的变化。", []),
    # a name jieba does not list stays a name
    ("门口，网格员祁冉说，车棚今年没再失火。", [("祁冉", "网格员")]),
    # … and so does one it lists as an adjective (given names often are: 容悦)
    ("联欢会上，社工容悦说，明年还要再办。", [("容悦", "社工")]),
    # … or as a place word: two-character names are often one (乌兰, 于洋: ns)
    ("座谈会由区委副书记乌兰主持，各街道逐一发言。", [("乌兰", "区委副书记")]),
]


@pytest.mark.parametrize("text, expected", TWO_CHARACTER_WORD_CASES)
def test_round31_two_character_word_is_no_name(text, expected):
    assert people(text) == expected


# T1c: a two-character name that jieba lists as a person's name (tag nr) but counts often
# as a word too (王平, 林立, 石林, 方正), with a title next to it and a clear end after it.
KNOWN_SHORT_NAME_CASES = [
    ("巡查时，网格员王平说，今年车棚再没失过火。", [("王平", "网格员")]),
    ("座谈会上，街道工会的林立主任介绍了慰问安排。", [("林立", "主任")]),
    ("石林、方正、邹雨桐三位医生轮流坐诊。", [("石林", "医生"), ("方正", "医生"), ("邹雨桐", "医生")]),
    # no clear end after the word: the title's noun phrase goes on (田野调查), nobody
    ("村党支部书记田野调查时走遍了各户。", []),
    # no title next to it: the word alone is no person
    ("高明的办法总能化解邻里矛盾。", []),
    # a word jieba tags nr that opens with a rarer surname (荣誉, 祝福): no name after a title
    ("街道着力维护老党员荣誉，年年上门慰问。", []),
    ("节前网格员祝福老人们身体健康。", []),
]


@pytest.mark.parametrize("text, expected", KNOWN_SHORT_NAME_CASES)
def test_round31_known_short_name_with_title(text, expected):
    assert people(text) == expected


# Surnames the lexicon lacked (竺, 昌, 别); 昌 and 别 also start words (昌盛, 别的), so they
# need a title before them or a clear end after them.
SURNAME_CASES = [
    ("会上，区委副书记、组织部部长竺海宁作了动员。", [("竺海宁", "区委副书记、组织部部长")]),
    ("镇党委书记昌立伟出席仪式。", [("昌立伟", "镇党委书记")]),
    ("（记者 别文涛）昨日，夜市重新开张。", [("别文涛", "记者")]),
    ("请志愿者别忘了带上工具。", []),
    ("百业昌盛，集市兴旺。", []),
]


@pytest.mark.parametrize("text, expected", SURNAME_CASES)
def test_round31_added_surnames(text, expected):
    assert people(text) == expected
