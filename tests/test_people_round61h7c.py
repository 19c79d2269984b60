"""People, round 61 h7c: where a name after a title ends when the character after its second
given-name reading opens the predicate: a one-character preposition taking a quoted object or a
book title (某某|用“…”, 某某|以《…》为题), or a third character jieba glued to a one-character
follow word into a dictionary word (某某|采用, 某某|原是). Sentences written for these tests,
with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


PREPOSITION_CASES = [
    # a two-character name, then 用 before a quoted phrase
    ("培训结束前，副校长王华用“三个关键词”总结了这次培训。", [("王华", "副校长")]),
    # 以 before a quoted theme
    ("活动中，东湖花园社区党委书记刘莎以“邻里守望”为题作了分享。", [("刘莎", "东湖花园社区党委书记")]),
    # 以 before a book title
    ("东湖花园社区党委书记刘莎以《我的网格》为题讲述了入户经历。", [("刘莎", "东湖花园社区党委书记")]),
    # a three-character name keeps its third character before the preposition
    ("东湖花园社区党委书记刘小莎以“邻里守望”为题作了分享。", [("刘小莎", "东湖花园社区党委书记")]),
]


@pytest.mark.parametrize("text, expected", PREPOSITION_CASES)
def test_round61h7c_preposition_before_quote_ends_name(text, expected):
    assert people(text) == expected


GLUED_CASES = [
    # 采用: the third reading's character and 用 are one verb
    ("东湖花园社区党委书记林俊采用“圆桌会”的形式引导居民发言。", [("林俊", "东湖花园社区党委书记")]),
    # 原是: a role clause after the name, the adverb glued to 是
    ("钱涛原是部队医务工作者，退休后成为社区的健身指导员。", [("钱涛", None)]),
]


@pytest.mark.parametrize("text, expected", GLUED_CASES)
def test_round61h7c_glued_follow_word_ends_name(text, expected):
    assert people(text) == expected


KEPT_CASES = [
    # jieba keeps a three-character name whole before 和: no cut
    ("东湖花园社区党委书记王建平和居民一起清理了楼道。", [("王建平", "东湖花园社区党委书记")]),
    # 用心 after a whole name is an adverbial, the name stays
    ("东湖花园社区党委书记张建华用心倾听居民的诉求。", [("张建华", "东湖花园社区党委书记")]),
]


@pytest.mark.parametrize("text, expected", KEPT_CASES)
def test_round61h7c_whole_names_kept(text, expected):
    assert people(text) == expected


NO_PERSON_CASES = [
    # a preposition before a quote with no name before it
    ("社区以“邻里守望”为题开展了主题活动。", []),
    # a title, then a verb and a quote: no name
    ("社区党委书记采用“圆桌会”的形式引导居民发言。", []),
]


@pytest.mark.parametrize("text, expected", NO_PERSON_CASES)
def test_round61h7c_no_person(text, expected):
    assert people(text) == expected


LISTED_CASES = [
    # a third character glued to 和 into a noun (晴和 "fine weather") stays the name's; 和 joins two names
    ("社区合伙人蒋雨晴和顾兰每周都来帮忙。", [("蒋雨晴", "社区合伙人"), ("顾兰", "社区合伙人")]),
]


@pytest.mark.parametrize("text, expected", LISTED_CASES)
def test_round61h7c_glued_noun_keeps_name(text, expected):
    assert people(text) == expected
