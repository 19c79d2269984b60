"""Round 18 (accuracy, organizations): departments written right after their unit, and counts
that pick units out without naming one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from shequ.extract.organizations import OrganizationExtractor
from contexts import context_for


def orgs(text: str, places: tuple[str, ...] = (), communities: tuple[str, ...] = ()) -> list[str]:
    """Surface of each organization mention, in text order (places and communities given)."""
    ctx = context_for(OrganizationExtractor, text, places=places, communities=communities)
    return [text[m.start : m.end] for m in OrganizationExtractor()(ctx)]


@pytest.mark.parametrize(
    "text, places, expected",
    [
        # A department after its league committee or bureau is a unit of its own (C15, parent anchor).
        ("联系单位：团市委青少部（联系人：王一鸣），团桃源区委。", ("桃源区",), ["团市委青少部", "团桃源区委"]),
        ("青禾市交通局办公室负责人介绍了情况。", ("青禾市",), ["青禾市交通局办公室"]),
        ("此次活动由桃源区委办公室牵头。", ("桃源区",), ["桃源区委办公室"]),
        # No unit before it: a room, not a department; 全部 is no department.
        ("社区居委会办公室旁边放着电表箱。", (), []),
        ("他们全部来到青禾市民政局。", ("青禾市",), ["青禾市民政局"]),
        # A count before the ending picks units out, it names none (F4).
        ("两地团委在活动室座谈。", (), []),
        ("三所学校的师生参加了活动。", (), []),
        ("两家医院派出医生到社区义诊。", (), []),
        # An ordinal names one; a name that opens with a numeral character is a name.
        ("青禾市第二中学的学生参加了活动。", ("青禾市",), ["青禾市第二中学"]),
        ("一家亲志愿服务组织走进社区。", (), ["一家亲志愿服务组织"]),
    ],
)
def test_round18_shapes(text, places, expected):
    assert orgs(text, places) == expected
