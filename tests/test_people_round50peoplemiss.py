"""People, round 50 peoplemiss: members, trainees and performers introduced by a title the role
table lacked. Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


# A member's, trainee's or performer's title written right before a name introduces a person by it;
# the same word before no name, or as the start of another word, names nobody.
TITLE_CASES = [
    ("由妇联执委蔺秋禾带队，成立秧歌志愿队。", [("蔺秋禾", "妇联执委")]),
    ("会后，村支委宁晓川通报了近期工作。", [("宁晓川", "村支委")]),
    ("教官柯晓岚为居民讲解消防常识。", [("柯晓岚", "教官")]),
    ("书法班班长蔺秋禾介绍了课程安排。", [("蔺秋禾", "班长")]),
    ("当天，滑稽演员宁晓川为居民送上小品。", [("宁晓川", "演员")]),
    ("社会体育指导员柯晓岚现场教学太极拳。", [("柯晓岚", "指导员")]),
    ("“今年收成不错。”菜农蔺秋禾说。", [("蔺秋禾", "菜农")]),
    ("学员们来自周边村社区，指导员队伍不断壮大。", []),
]


@pytest.mark.parametrize("text, expected", TITLE_CASES)
def test_round50peoplemiss_member_and_performer_titles_before_name(text, expected):
    assert people(text) == expected
