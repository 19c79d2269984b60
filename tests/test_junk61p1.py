"""Round 61 p1: a party named by its part in a deal or event (经营方, 运营机构) is no part of the
organization's name after it, nor of a person's role, even where jieba splits the word or glues
its last character to the name. Sentences written for the test, made-up names."""

from __future__ import annotations

import pytest

from test_people import context, people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # jieba glues 方 to the name after it (方青禾)
        ("在社区食堂，食堂经营方青禾康养服务中心负责人林小雨介绍，每天供餐两次。",
         [("林小雨", 22, 25, "青禾康养服务中心负责人", "青禾康养服务中心", False)]),
        # jieba splits the party word (运营|机构)
        ("座谈会上，站点运营机构青禾社工机构林小雨理事长介绍了工作。",
         [("林小雨", 17, 20, "青禾社工机构理事长", "青禾社工机构", False)]),
        # look-alike: no party word, the role keeps its whole unit
        ("青禾康养服务中心负责人林小雨介绍，每天供餐两次。",
         [("林小雨", 11, 14, "青禾康养服务中心负责人", "青禾康养服务中心", False)]),
    ],
)
def test_party_word_is_no_part_of_the_role(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在社区食堂，食堂经营方青禾康养服务中心负责供餐。", ["青禾康养服务中心"]),
        ("由物业运营方青禾物业公司负责。", ["青禾物业公司"]),
        # look-alikes: 方 inside a name (东方) and a name with no party word before it
        ("青禾东方养老服务中心负责供餐。", ["青禾东方养老服务中心"]),
        ("青禾康养服务中心负责供餐。", ["青禾康养服务中心"]),
    ],
)
def test_party_word_is_no_part_of_the_organization(text, expected):
    ctx = context(text)
    assert [text[m.start : m.end] for m in ctx.found("organizations")] == expected

