"""Round 16 review: 与 inside an institute's name. A university's institute may join two fields
with 与 (某大学乡村振兴与某某研究院); where the organization extractor reads only the university,
that 与 is no with-frame: the frame must not license the institute's tail as a party of its own
(pairing the university with it). Sentences written for these tests (made-up names)."""

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
