"""Round 19 (transfer, organizations): schools and hospitals written as ordinal short names.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from shequ.extract.organizations import OrganizationExtractor
from contexts import context_for


def orgs(text: str, places: tuple[str, ...] = (), communities: tuple[str, ...] = ()) -> list[str]:
    """Surface of each organization mention, in text order (places and communities given)."""
    ctx = context_for(OrganizationExtractor, text, places=places, communities=communities)
    return [text[m.start : m.end] for m in OrganizationExtractor()(ctx)]


@pytest.mark.parametrize(
    "text, places, communities, expected",
    [
        # A bare level word after a clause border, then an ordinal and a one-character head (C16).
        ("周五上午，市三院党员志愿者来到社区义诊。", (), (), ["市三院"]),
        ("县二中和市一中的学生参加了清扫。", (), (), ["县二中", "市一中"]),
        # A place or a name word before the ordinal.
        ("4月2日，桃源二中组织团员走进小区。", ("桃源",), (), ["桃源二中"]),
        ("柳湾社区联合新三小开展垃圾分类宣传。", (), ("柳湾社区",), ["新三小"]),
        # A school's short name before 附小.
        ("青禾市师范附小的少先队员走进敬老院。", ("青禾市",), (), ["青禾市师范附小"]),
        # A hospital head needs a place or a bare level word: a name word alone is not enough.
        ("大河一院的医生来了。", (), (), []),
        # Not names: a time, a plenum, a group, a count, a demonstrative, a slogan.
        ("活动持续了二小时。", (), (), []),
        ("大家学习了三中全会精神，第二小组发言。", (), (), []),
        ("两所一小的老师也来了。", (), (), []),
        ("这所二中办学很有特色。", (), (), []),
        ("社区推行一院一策，关爱一老一小。", (), (), []),
    ],
)
def test_numbered_short_names(text, places, communities, expected):
    assert orgs(text, places, communities) == expected
