"""People, round 46 people4. Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people
from test_people_captions_round30 import people_of


# A deputy head, a town's head or an academic title written right after a full name: the name is
# a person with that title; after a place the role names the place, after 在/据 the view or the
# source is theirs. A title that belongs to a unit or a bare surname stays no person.
TITLE_AFTER_NAME_CASES = [
    ("会上，民政局蔺秋禾副局长作了部署。", [("蔺秋禾", "副局长")]),
    ("听取了石门县蔺秋禾县长的汇报。", [("蔺秋禾", "石门县县长")]),
    ("在蔺秋禾教授看来，书院还要多办夜课。", [("蔺秋禾", "教授")]),
    ("据蔺秋禾副镇长介绍，新路下月通车。", [("蔺秋禾", "副镇长")]),
    ("座谈会上，柯晓岚博士和两名社工分享了经验。", [("柯晓岚", "博士")]),
    ("当年，柯晓岚院士也曾在这片稻田里做试验。", [("柯晓岚", "院士")]),
    ("蔺副局长和镇长一起查看了新修的河堤。", []),
]


@pytest.mark.parametrize("text, expected", TITLE_AFTER_NAME_CASES)
def test_round46people4_title_after_name(text, expected):
    assert people(text) == expected


# The writers' other credit words: 撰稿人 beside 撰稿, and 撰文 or 文字 across a colon, a slash or a
# space; the same words inside a sentence credit nobody.
WRITER_CREDIT_CASES = [
    ("撰文：柯晓岚 蔺秋禾\n", [("柯晓岚", "撰文"), ("蔺秋禾", "撰文")]),
    ("撰文/蔺秋禾\n", [("蔺秋禾", "撰文")]),
    ("文字：柯晓岚\n", [("柯晓岚", "文字")]),
    ("枫林学院 撰稿人：柯晓岚\n", [("柯晓岚", "撰稿人")]),
    ("社区把居民写的这些文字张贴在公告栏上，供大家阅读。", []),
]


@pytest.mark.parametrize("text, expected", WRITER_CREDIT_CASES)
def test_round46people4_writer_credit_words(text, expected):
    assert people(text) == expected


HEADLINE = "翠湖社区闲置车棚变身共享书屋\n"
BODY = (
    "近日，枫林街道翠湖社区把闲置的车棚改成了共享书屋，四十多位居民轮流值守。\n\n"
    "街道负责人表示，书屋的借阅记录会按季度公开，读书会每两周办一次。\n\n"
)

# Such a credit on a line the page reader sets aside under the text, after the unit's name and a
# space on the page, or after another label and a space. Round 48 creditrun: the reviewer after the
# writer is credited too (审稿人, labelled in three pool articles of three sets).
SET_ASIDE_CASES = [
    (HEADLINE + BODY + "枫林学院 撰稿人:柯晓岚 审稿人:蔺秋禾\n", [("柯晓岚", "撰稿人"), ("蔺秋禾", "审稿人")]),
    (HEADLINE + "2023-05-06 09:10  编辑:宁晓川 作者:柯晓岚 蔺秋禾\n\n" + BODY, [("柯晓岚", "作者"), ("蔺秋禾", "作者")]),
]


@pytest.mark.parametrize("raw, expected", SET_ASIDE_CASES)
def test_round46people4_writer_credit_set_aside(raw, expected):
    assert [person[:2] for person in people_of(raw)] == expected
