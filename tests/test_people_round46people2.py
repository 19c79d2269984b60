"""People, round 46 people2. Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


# A name's third character that jieba counts as a verbal noun (生, 管) is a given-name character,
# not the one-character predicate that ends a titled name after two characters; a real verb
# (像, 走) still is.
VERBAL_NOUN_CASES = [
    ("村委会主任郝银生主动带我们走访了几户人家。", [("郝银生", "村委会主任")]),
    ("村支部书记卓明生热情地招呼大家落座。", [("卓明生", "村支部书记")]),
    ("社区书记卓慧像平时那样站在门口。", [("卓慧", "社区书记")]),
    ("生产队的老仓库正在改建。", []),
]


@pytest.mark.parametrize("text, expected", VERBAL_NOUN_CASES)
def test_round46people2_verbal_noun_is_given_character(text, expected):
    assert people(text) == expected


# A word jieba lists as a person's name (雍正) starting at a titled name's third character is no
# predicate: the name runs to the word after it (正在).
NAME_WORD_CASES = [
    ("社区书记柯德雍正在楼道里张贴通知。", [("柯德雍", "社区书记")]),
    ("雍正年间的旧宅正在修缮。", []),
]


@pytest.mark.parametrize("text, expected", NAME_WORD_CASES)
def test_round46people2_name_word_marks_no_end(text, expected):
    assert people(text) == expected


# A soft given character (元) in a name followed by a head's title written after it: the title,
# not the word the soft character opens (元老), ends the name.
SOFT_TITLE_CASES = [
    ("项目负责人卓小元老师在分享会上讲了三个故事。", [("卓小元", "负责人")]),
    ("社区网格员卓小元主任刚走。", [("卓小元", "社区网格员")]),
    ("这位元老师傅手艺很好。", []),
]


@pytest.mark.parametrize("text, expected", SOFT_TITLE_CASES)
def test_round46people2_title_after_soft_name(text, expected):
    assert people(text) == expected
