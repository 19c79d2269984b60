"""Round 50 (organizations, orgs2). F21: a name written in parentheses right after an
organization's name is that body's other name (a second name, a parent's name kept for the
unit, a short form the text will use), not a second body: its mentions take the first body's
canonical. A parenthesis after anything else (an address, a sentence) is no alias.

Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import run


def organization_canonicals(text: str) -> list[str]:
    """The organizations of `text` as facts: one canonical per body, sorted."""
    return sorted({m.canonical for m in run(text, "places", "communities", "organizations").mentions["organizations"]})


@pytest.mark.parametrize(
    "text, expected",
    [
        # a hospital's second name in full-width parentheses, inside a list of bodies
        ("当日，青禾镇卫生健康局、桃源市第八人民医院（桃源市儿童医院）、社区负责人参加活动。", ["桃源市第八人民医院", "青禾镇卫生健康局"]),
        # a short form announced with 以下称, then used alone later: still the same body
        ("桃源市委社会工作部（以下称桃源市社工部）开始牵头，桃源市社工部组织培训。", ["桃源市委社会工作部"]),
        # ASCII parentheses and 以下简称 with quote marks
        ("青禾市民政局(以下简称“青禾民政局”)发布通知。", ["青禾市民政局"]),
    ],
)
def test_round50orgs2_parenthesised_name_after_an_organization_is_its_alias(text, expected):
    assert organization_canonicals(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the parenthesis follows an address, not a body: the hospital stays a body of its own
        ("驿站地处青禾路59号（桃源市妇幼保健院对面）。", ["桃源市妇幼保健院"]),
        # a credit line in parentheses after a sentence
        ("活动圆满结束。（桃源县民政局供稿）", ["桃源县民政局"]),
    ],
)
def test_round50orgs2_parenthesis_after_no_organization_keeps_the_body(text, expected):
    assert organization_canonicals(text) == expected


def test_round50orgs2_two_bodies_without_parentheses_stay_two():
    text = "桃源市第八人民医院和桃源市儿童医院联合开展义诊。"
    assert organization_canonicals(text) == ["桃源市儿童医院", "桃源市第八人民医院"]
