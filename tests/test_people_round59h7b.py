"""People, round 59 h7b: rarer surnames (丘, 琚, 皇, 恩) after titles and on credit lines.
Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


RARER_SURNAME_CASES = [
    # the second name of a credit run closing a line
    ("本报记者 孙立明 通讯员 钱丽 丘雅婷\n社区食堂开张了。", [("孙立明", "本报记者"), ("钱丽", "通讯员"), ("丘雅婷", "通讯员")]),
    # a photo credit naming the paper's reporter
    ("社区食堂的菜单每周更新一次。\n本版图片均由本报记者琚立新摄", [("琚立新", "本报记者")]),
    # after a title in a list of officials, with a clear end
    ("区民政局局长钱立国、副局长皇晓东一起走访了困难家庭。", [("钱立国", "区民政局局长"), ("皇晓东", "副局长")]),
    # after a title, before a speech verb
    ("青松社区党委书记恩建华介绍，食堂每天供应午餐。", [("恩建华", "青松社区党委书记")]),
    # the characters as plain words after a role: no name
    ("志愿者们心怀感恩，走遍了丘陵间的每个村落。", []),
    ("社区居民恩情难忘，送来锦旗。", []),
]


@pytest.mark.parametrize("text, expected", RARER_SURNAME_CASES)
def test_round59h7b_rarer_surnames_make_names(text, expected):
    assert people(text) == expected

