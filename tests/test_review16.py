"""Round 16 review. (1) 与 inside an institute's name. A university's institute may join two fields
with 与 (某大学乡村振兴与某某研究院); where the organization extractor reads only the university,
that 与 is no with-frame: the frame must not license the institute's tail as a party of its own
(pairing the university with it). (2) A person holding two posts (书记兼主任): the role is
both, whatever the organization extractor reads of it. Sentences written for these tests (made-up
names)."""

from __future__ import annotations

import pytest

import shequ


def facts(text: str) -> tuple[list[str], list[tuple[str, str, str]]]:
    sheet = shequ.extract(text)[0]
    orgs = [o.name for o in sheet.organizations]
    pairs = [(p.a.name, p.b.name, p.relation) for p in sheet.partnerships]
    return orgs, pairs


CASES = [
    # the extractor reads the university alone; the institute's tail after 与 is not licensed as
    # a party, so the university pairs with the bureau that signs with it
    ("unlisted_field", "青禾区民政局投入专项资金80万元，并与青禾大学乡村振兴与西部开发研究院签约，共建实践基地。",
     ["青禾区民政局", "青禾大学"], [("青禾区民政局", "青禾大学", "签约")]),
    # a party written right before 与 is a with-frame as ever
    ("party_before_with", "桃源社区与青禾大学签约，共建实践基地。", ["青禾大学"], [("桃源社区", "青禾大学", "签约")]),
    # 发展与治理 of a community is a phrase: nothing
    ("phrase", "桃源社区发展与治理的经验值得推广。", [], []),
]


@pytest.mark.parametrize("name,text,orgs,pairs", CASES, ids=[c[0] for c in CASES])
def test_with_inside_an_institute_name(name, text, orgs, pairs):
    assert facts(text) == (orgs, pairs)


def people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in shequ.extract(text)[0].people]


ROLE_CASES = [
    # one person holding two posts (兼): the whole title, although the organization ends at 党支部
    ("second_post", "“水渠修好了，今年不愁浇地。”青禾村党支部书记兼村委会主任李建华说。",
     [("李建华", "青禾村党支部书记兼村委会主任")]),
    # titles in a list, as before
    ("listed_titles", "桃源社区党委书记、居委会主任陈晓梅介绍，社区今年新建了食堂。",
     [("陈晓梅", "桃源社区党委书记、居委会主任")]),
]


@pytest.mark.parametrize("name,text,expected", ROLE_CASES, ids=[c[0] for c in ROLE_CASES])
def test_role_of_two_posts(name, text, expected):
    assert people(text) == expected
