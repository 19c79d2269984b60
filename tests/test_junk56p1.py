"""Round 56 (p1, bulk junk). Shapes that cut or glued community and organization names on unseen
articles: a postposition opening a name, two villages joined by 和, an adverb and its verb before
小区, a relative position before 小区, 和 opening a company's name after 的, a cohort year inside a
school's name and a village's middle read as a centre. Look-alikes that name something keep their fact.

Every sentence here is made up (invented places, communities and names)."""

from __future__ import annotations

import pytest

from contexts import community_surfaces, organizations_found


@pytest.mark.parametrize(
    "text, expected",
    [
        # after a function word or punctuation 中 has no noun to be "in": it opens the name
        ("这一幕被中泰街社区二网格的网格员看到。", ["中泰街社区"]),
        ("他随即报告给了中泰街社区的网格长。", ["中泰街社区"]),
        ("，中泰街社区发动网格员转发消息。", ["中泰街社区"]),
        # after a noun it closes that noun (在家中): the name is what follows
        ("在家中和平社区的居民也来了。", ["和平社区"]),
    ],
)
def test_junk56p1_postposition_after_a_function_word_opens_the_name(text, expected):
    assert community_surfaces(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # jieba glued the first village's head, 和 and the second name's first character
        ("柳岸乡的华东村和涂山村合修一座小桥。", ["华东村"]),
        # written apart, both villages stay, and so do two communities joined by 和
        ("青禾镇的翠柳村和石塘村共用一条沟。", ["翠柳村", "石塘村"]),
        ("翠柳社区和石塘社区联合开展活动。", ["翠柳社区", "石塘社区"]),
    ],
)
def test_junk56p1_two_villages_joined_by_he_are_not_one_name(text, expected):
    assert community_surfaces(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a degree adverb and the verb it modifies (jieba tags 赞美 a place) open a verb phrase
        ("他用“有耐心、有担当”高度赞美小区楼长。", []),
        ("“有温度”高度评价小区物业的服务。", []),
        # a name after a quote stays
        ("“微心愿”认领活动在翠湖小区举行。", ["翠湖小区"]),
    ],
)
def test_junk56p1_adverb_and_verb_before_the_head_name_no_estate(text, expected):
    assert community_surfaces(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative position points at an estate, it names none
        ("孩子们要走过一座桥，到北边小区的篮球场。", []),
        ("隔壁小区的居民也来帮忙。", []),
        ("到对面小区的广场跳舞。", []),
        # a name holding a direction character stays
        ("翠柳街道北湖小区的居民也来了。", ["北湖小区"]),
    ],
)
def test_junk56p1_relative_position_before_the_head_names_no_estate(text, expected):
    assert community_surfaces(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # after 的, 和 joins nothing: it is the first character of the company's name
        ("青禾街道组建国资背景的和泰物业公司。", ["和泰物业公司"]),
        ("翠柳街道成立了新的和泰物业公司。", ["和泰物业公司"]),
        # between two bodies 和 joins them
        ("区民政局和青禾物业公司负责此事。", ["区民政局", "青禾物业公司"]),
    ],
)
def test_junk56p1_he_after_de_opens_a_company_name(text, expected):
    assert organizations_found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a cohort year says which students are meant: the university and the college are bodies
        ("文明办向青禾师范大学2019级化学学院化学专业的30名大学生颁发证书。", ["青禾师范大学", "化学学院"]),
        ("文明办向青禾师范大学2019级学生颁发证书。", ["青禾师范大学"]),
        # a level count is no cohort
        ("青禾三级医院开展义诊。", ["青禾三级医院"]),
    ],
)
def test_junk56p1_cohort_year_is_no_part_of_a_school_name(text, expected):
    assert organizations_found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a village's middle, where a place lies
        ("翠柳村老年助餐点位于翠柳村中心，由老店改造而来。", []),
        ("食堂位于青禾镇翠柳村中心。", []),
        # a community centre and a village's service centre are bodies
        ("翠柳社区中心开展活动。", ["翠柳社区中心"]),
        ("翠柳村党群服务中心开展活动。", ["翠柳村党群服务中心"]),
    ],
)
def test_junk56p1_village_centre_is_its_middle(text, expected):
    assert organizations_found(text) == expected
