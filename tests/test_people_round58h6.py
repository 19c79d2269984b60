"""People, round 58 h6: a speaker line opening a paragraph names who speaks, their name and a colon
before what they said (某县某社区搬迁群众 王某：…, 某村代表队 李某某：…). The words before the name
are the role even where they end in no title the lexicon lists. Sentences written for these tests,
with made-up names and places."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


SPEAKER_LINE_CASES = [
    # a kind of person, then the name (the page's space between them is gone in the clean text)
    ("青禾县柳岸社区搬迁群众 方小雨：搬进新房后，孩子上学近多了。", [("方小雨", "青禾县柳岸社区搬迁群众")]),
    # a team, then a three-character name
    ("东湾村代表队 谢宇航：这次比赛我们准备了很久，大家配合得很好。", [("谢宇航", "东湾村代表队")]),
    # a volunteer of a union, run into the name, then a quote
    ("青禾县义工联合会义工柯敏：“这几天我们天天在社区帮忙。”", [("柯敏", "青禾县义工联合会义工")]),
    # a listed title before the name is T1's reading, with the same result
    ("青禾县民政局副局长 魏国栋：我们将继续做好安置服务。", [("魏国栋", "青禾县民政局副局长")]),
]

NO_SPEAKER_CASES = [
    # a headline's place and topic, no speech after the colon
    ("柳岸街道：志愿服务队情暖社区", []),
    # a field label and its value
    ("主办单位：青禾县人民政府办公室", []),
    # a section heading before prose: its last words are a common word, no name
    ("核心任务：把服务送到居民家门口，让大家少跑腿。", []),
    ("温馨提示：请居民朋友们提前准备好证件。", []),
    # a place's or unit's name before the colon, a word running on into the would-be name
    ("西宁社区食堂：每天中午为老人供应热菜，价格实惠。", []),
    ("第一办公区：设有咨询台和休息区，方便群众办事。", []),
    # both readings could be names: which one the line means is unknown
    ("东湾村舞蹈团王李明：这个办法好，我们都支持。", []),
]


@pytest.mark.parametrize("text, expected", SPEAKER_LINE_CASES)
def test_round58h6_speaker_line_names_the_speaker_with_the_words_before(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", NO_SPEAKER_CASES)
def test_round58h6_colon_line_without_a_speaker_yields_nobody(text, expected):
    assert people(text) == expected
