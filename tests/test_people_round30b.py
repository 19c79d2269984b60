"""People, round 30 (second rule): a resident named with their community or village and nothing
else (某某社区居民某某, 某某村村民某某) is no person fact, like a bare 居民; one given a role that
says more elsewhere in the article stays, with that role. Sentences written for these tests,
with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


RESIDENT_CASES = [
    # a community or village and 居民/村民, nothing else: nobody
    ("“楼道亮堂了，晚上回家也不怕了。”青枫街道杏园社区居民韦秀芬笑着说。", []),
    ("柳溪村村民包春生把自家的空房改成了村里的读书角。", []),
    ("石塘镇芦花村村民邝福田说，今年的稻子比去年多收了两成。", []),
    ("雁栖小区居民卜晓岚告诉记者，电梯加装后老人下楼方便多了。", []),
    # a bare resident word, as before: nobody
    ("居民韦秀芬说，楼道亮堂多了。", []),
    # a role that says more is kept
    ("杏园社区网格员韦秀芬挨家挨户发放宣传单。", [("韦秀芬", "杏园社区网格员")]),
]


@pytest.mark.parametrize("text, expected", RESIDENT_CASES)
def test_round30_resident_named_with_community(text, expected):
    assert people(text) == expected


def test_round30_resident_with_a_later_role_stays_with_that_role():
    text = "芦花村村民邝福田今年六十八岁。去年起，志愿者邝福田每天傍晚在村口巡逻。"
    assert people(text) == [("邝福田", "志愿者"), ("邝福田", "志愿者")]  # both mentions, the role that says more
