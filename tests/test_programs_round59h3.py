"""Programs: 学堂 ends unquoted names as 讲堂 and 夜校 do (a community's or a town's class named by
words of its own: 某某学堂, 某社区国际学堂), keeps its clock stem (四点半学堂), and after a holder and
only the group it teaches (某乡老年学堂) is the holder's school, no program. Round 59 h3. Sentences
of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


NAMED_CLASSES = [
    # a town's class named by a word of its own, with no holder before it
    ("own_word", "青山镇坚持党建引领，以睦邻学堂为载体，关注一老一小需求。", [("睦邻学堂", "course")]),
    # a community's class for its foreign residents, after the community
    ("holder_own", "图②：桂林社区国际学堂书法课上师生合影。", [("桂林社区国际学堂", "course")]),
    # the same class, opened by the community earlier in the sentence
    ("opened", "近年来，桂林社区开办国际学堂，设立国际调解站。", [("国际学堂", "course")]),
    # a community's class named by the community alone, as the gold lists it
    ("holder_only", "5月18日，江城市东湖区翠湖社区学堂，二十多位居民在练习书法。", [("翠湖社区学堂", "course")]),
    # the hour school lets out still names the class
    ("clock", "社区还有四点半学堂，孩子们放学后来这里写作业。", [("四点半学堂", "course")]),
    # an evening class after a holder and the group it serves stays a programme: only a school
    # word is the holder's school
    ("evening_class", "我刚报名上夜校，平阳县青年夜校这期课程是茶艺。", [("平阳县青年夜校", "course")]),
]

NAMELESS_CLASSES = [
    # the class word after a generic holder only
    ("generic", "社区学堂开课了，居民踊跃报名。"),
    # a town's school for its elderly: the holder's own school, an organization
    ("holder_field", "青禾县柳溪镇老年学堂昨天正式挂牌开课。"),
    # the word alone, quoted
    ("quoted_alone", "街道把“学堂”搬到了小区里，居民下楼就能上课。"),
]


@pytest.mark.parametrize("name, text, expected", NAMED_CLASSES, ids=[row[0] for row in NAMED_CLASSES])
def test_xuetang_ends_unquoted_class_names(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", NAMELESS_CLASSES, ids=[row[0] for row in NAMELESS_CLASSES])
def test_xuetang_after_generic_words_names_nothing(name, text):
    assert programs(text) == []
