"""Round 14, third wave (entities): estate names whose second half opens with the measure word 名
(某某名邸, 某某名府, 某某名居), the day-care homes for disabled people (某镇阳光家园) that are no
estates, the bare relation word 联合 that is never a street's short form,
a boxed lone author line (□某某) and a report's first section head (一、…) that join no headline.
Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import page_titles, run
from shequ import layout


def communities(text: str) -> list[str]:
    ctx = run(text, "places", "communities")
    return [text[m.start : m.end] for m in ctx.mentions["communities"]]


def places(text: str) -> list[str]:
    ctx = run(text, "places")
    return [text[m.start : m.end] for m in ctx.mentions["places"]]


ESTATES = [
    ("after_verb", "志愿者们一早来到锦湖名邸小区的中心广场植树。", ["锦湖名邸小区"]),
    ("opens_sentence", "青松名府社区居民踊跃报名参加。", ["青松名府社区"]),
    ("after_street", "近日，柳岸街道青松名府社区举办邻里节。", ["青松名府社区"]),
    ("with_descriptor", "三年前的锦湖名邸小区一度因为物业撤场而无人管理。", ["锦湖名邸小区"]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in ESTATES], ids=[c[0] for c in ESTATES])
def test_estate_names_with_a_ming_half(text, expected):
    assert communities(text) == expected


NOT_ESTATES = [
    ("count", "社区近百名居民参加了这次活动。"),
    ("vague_count", "共有二十余名小区居民报名。"),
    ("number", "活动吸引了6名居民志愿者。"),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_ESTATES], ids=[c[0] for c in NOT_ESTATES])
def test_counted_people_are_no_estate(text):
    assert communities(text) == []


def test_bare_relation_word_after_a_day_care_home_is_no_place():
    text = "宜昌市助残日间照料家园联合湖北某某学院志愿服务队走访残疾人家庭。"
    assert places(text) == ["宜昌市", "湖北"]


def test_relation_word_with_its_division_suffix_stays_a_place():
    assert places("桃源县联合乡政府组织干部下村。") == ["桃源县", "联合乡"]
    assert places("志愿者在联合镇开展义诊。") == ["联合镇"]


BODY = "近年来，随着城市更新的推进，老旧小区成为基层治理的重要单元，某某街道在实践中探索出一套办法，成效明显。\n"


def test_boxed_lone_author_is_an_author_line():
    assert layout.is_lone_author("□王小明") is True
    assert layout.is_lone_author("□ 张 璇") is True
    assert layout.is_lone_author("□要闻") is False


def test_boxed_author_and_first_section_head_make_no_title():
    assert page_titles("□王小明\n一、基本情况\n" + BODY) == [""]


def test_first_section_head_alone_is_no_title():
    assert page_titles("一、基本情况\n" + BODY) == [""]


def test_first_section_head_does_not_continue_the_headline():
    assert page_titles("老旧小区治理的新路子\n一、基本情况\n" + BODY) == ["老旧小区治理的新路子"]


DAY_CARE = [
    ("after_town", "石桥镇阳光家园的学员们跟着老师学做手工。", []),
    ("before_team", "周末，青禾街阳光家园助残服务队走进桂园社区。", ["桂园社区"]),
    ("estate_with_head", "住在阳光家园小区的李阿姨最先报了名。", ["阳光家园小区"]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in DAY_CARE], ids=[c[0] for c in DAY_CARE])
def test_day_care_home_for_disabled_people_is_no_estate(text, expected):
    assert communities(text) == expected
