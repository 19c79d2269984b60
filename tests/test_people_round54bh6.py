"""People, round 54b h6: rarer surnames (占, 典, 訾) on credit lines and after titles, and a figure
right after a surname that is also a verb or adverb: the quantity of a clause, not a name's end.
Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


RARER_SURNAME_CASES = [
    # a reporter's credit closing the last paragraph
    ("社区食堂的菜单每周更新一次。（记者 占长林）", [("占长林", "记者")]),
    ("社区食堂的菜单每周更新一次。（通讯员 訾欢）", [("訾欢", "通讯员")]),
    # a credit run of names, one of them with the rarer surname
    ("（记者 孙立明 通讯员 钱丽 典灵芝）社区食堂开张了。", [("孙立明", "记者"), ("钱丽", "通讯员"), ("典灵芝", "通讯员")]),
    # after a title, with a clear end
    ("“菜价比外面便宜。”社区网格员占晓东说。", [("占晓东", "社区网格员")]),
    # 占 and 典 as words after a role: no name
    ("社区党员占多数，他们带头参与。", []),
    ("街道每年培育几个志愿者典型，在全区推广。", []),
]

FIGURE_AFTER_CASES = [
    # 占比 with its figure after a role word: a share, not a person
    ("小区建成二十年，其中党员占比达80%，老人占比75%。", []),
    ("辖区居民常住3000余人，流动人口较多。", []),
    # such a surname with punctuation or a speech verb after the name is still a name
    ("“楼道干净多了。”网格员常晓东说，", [("常晓东", "网格员")]),
    ("小区志愿者占丽华：每天巡楼两次。", [("占丽华", "小区志愿者")]),
]


@pytest.mark.parametrize("text, expected", RARER_SURNAME_CASES)
def test_round54bh6_rarer_surnames_make_names(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", FIGURE_AFTER_CASES)
def test_round54bh6_figure_after_verb_surname_is_no_name_end(text, expected):
    assert people(text) == expected
