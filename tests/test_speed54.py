"""Round 54 speed changes: each prefilter skips only what could never match.

Sentences written for these tests (names made up).
"""

import pytest

from shequ.clipping import analyze_text
from shequ.extract.people import PersonExtractor

# Titles before names with every gap T1 allows (nothing, a colon, spaces, a bracket, a quoted
# title, a dash, a slash), names with no title, and ugly input.
ROLE_TEXTS = [
    "社区党委书记赵文涛介绍，网格员钱丽华正在走访。",
    "联系人：孙建国，电话略。联系人:  周晓燕",
    "【记者】吴志强　郑秀英报道",
    "驻村“第一书记”冯立军带队，“老娘舅”陈玉兰也来了。",
    "工坊主理人——褚海波说，队长--卫明亮和队员－－蒋春梅都在。",
    "记者/沈国平 通讯员／韩晓东",
    "主任和杨志刚一起去了，朱丽没去。",
    "秦文、尤海燕和许立新是邻居。",
    "书记",
    "",
]


@pytest.mark.parametrize("text", ROLE_TEXTS)
def test_names_after_roles_read_from_reachable_starts_equal_every_start(text, monkeypatch):
    fast = analyze_text(text).mentions
    monkeypatch.setattr(PersonExtractor, "_surname_starts_after_roles", lambda self, text, ends: self._surname_starts(text))
    assert analyze_text(text).mentions == fast


def test_names_after_roles_are_read_at_each_gap():
    found = [[m.canonical for m in analyze_text(text).mentions["people"]] for text in ROLE_TEXTS[:6]]
    assert found == [["赵文涛", "钱丽华"], ["孙建国", "周晓燕"], ["吴志强", "郑秀英"], ["冯立军"],
                     ["褚海波", "卫明亮", "蒋春梅"], ["沈国平", "韩晓东"]]


def test_surname_starts_after_roles_crosses_spaces_and_one_mark():
    people = PersonExtractor()
    text = "主任：  王建国，记者——李晓燕，居民张文涛"
    ends = {text.index("："), text.index("——")}
    assert people._surname_starts_after_roles(text, ends) == [text.index("王"), text.index("李")]
    assert people._surname_starts_after_roles(text, set()) == []
    assert people._surname_starts_after_roles(text, {len(text)}) == []
