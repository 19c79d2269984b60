"""Round 18 (accuracy, organizations): departments written right after their unit, counts that
pick units out without naming one, township service units, the grid companies' prefix, a short
bare-level body linked to its full name, and brands in a support frame. Sentences written for these tests."""

from __future__ import annotations

import pytest

from shequ.extract.organizations import OrganizationExtractor
from contexts import context_for, organization_surfaces as orgs


@pytest.mark.parametrize(
    "text, places, expected",
    [
        # A department after its league committee or bureau is a unit of its own (C15, parent anchor).
        ("联系单位：团市委青少部（联系人：王一鸣），团桃源区委。", ("桃源区",), ["团市委青少部", "团桃源区委"]),
        ("报名材料交青禾市交通局办公室汇总。", ("青禾市",), ["青禾市交通局办公室"]),
        # A post after the department makes it the person's role: the unit named is the bureau.
        ("青禾市交通局办公室副主任李一鸣介绍了情况。", ("青禾市",), ["青禾市交通局"]),
        ("此次活动由桃源区委办公室牵头。", ("桃源区",), ["桃源区委办公室"]),
        # A life stage jieba tags as a time word is a name word (青年 in a department's name).
        ("联系单位：团市委青年部（联系人：王一鸣）。", (), ["团市委青年部"]),
        # No unit before it: a room, not a department; 全部 is no department.
        ("居委会办公室门口摆着两张长桌。", (), []),
        ("他们全部来到青禾市民政局。", ("青禾市",), ["青禾市民政局"]),
        # A count before the ending picks units out, it names none (F4).
        ("两地团委在活动室座谈。", (), []),
        ("三所学校的师生参加了活动。", (), []),
        ("两家医院派出医生到社区义诊。", (), []),
        # An ordinal names one; a name that opens with a numeral character is a name.
        ("青禾市第二中学的学生参加了活动。", ("青禾市",), ["青禾市第二中学"]),
        ("一家亲志愿服务组织走进社区。", (), ["一家亲志愿服务组织"]),
        # The grid companies' short names open their local companies' names (国 is also a surname).
        ("国网青禾市供电公司的志愿者走进社区。", ("青禾市",), ["国网青禾市供电公司"]),
        # Township service units and the utility's local offices, named by a place or a name.
        ("柳湾镇财政所、柳湾镇国土所的干部参加了会议。", ("柳湾镇",), ["柳湾镇财政所", "柳湾镇国土所"]),
        ("大河供电所的志愿者上门检查线路。", (), ["大河供电所"]),
        ("供电所的师傅每到汛期都上门巡查。", (), []),
        # Membership associations and a bank's business department.
        ("桃源县同乡会、青禾林氏宗亲会的会员捐了款。", ("桃源县",), ["桃源县同乡会", "青禾林氏宗亲会"]),
        ("中国银行青禾营业部的员工走进社区。", ("青禾",), ["中国银行青禾营业部"]),
        # A brand with a trade word in a support frame (在A、B的支持下) is a party (C11).
        ("活动在桃源医院、康宁堂的支持下顺利举行。", (), ["桃源医院", "康宁堂"]),
        ("在仁和大药房的大力协助下，义诊顺利开展。", (), ["仁和大药房"]),
        ("在社区食堂的支持下，老人吃上了热饭。", (), []),
        ("在课堂的帮助下学生进步很快。", (), []),
    ],
)
def test_round18_shapes(text, places, expected):
    assert orgs(text, places) == expected


@pytest.mark.parametrize(
    "text, places, expected",
    [
        # A short bare-level body takes the fuller name written before it (one organization).
        ("桃源团区委书记王一鸣陪同调研。团区委王一鸣书记介绍了情况。", (), [("桃源团区委", "桃源团区委"), ("团区委", "桃源团区委")]),
        ("桃源区妇联开展活动。副区长在区妇联的陪同下慰问了保洁员。", ("桃源区",), [("桃源区妇联", "桃源区妇联"), ("区妇联", "桃源区妇联")]),
    ],
)
def test_short_bare_level_body_takes_the_full_name_written_before_it(text, places, expected):
    ctx = context_for(OrganizationExtractor, text, places=places, communities=())
    assert [(text[m.start : m.end], m.canonical) for m in OrganizationExtractor()(ctx)] == expected


@pytest.mark.parametrize(
    "text, places, expected",
    [
        # A place mention that ends where jieba's word before the ending does (我们|青岛 read as one
        # verb-tagged unit): the left extension stops there instead of stepping back and forth forever.
        ("我们青岛首个社工服务站开业了。", ("青岛",), []),
        ("这是我们江城首家社区书屋。", ("江城",), []),
        # 首个/首家 before the ending is a count like 三所 (the place's first one, no name); an
        # ordinal still names one.
        ("青岛市首个社工服务站在市南区揭牌。", ("青岛市", "市南区"), []),
        ("青岛市第一中学与社区签约。", ("青岛市",), ["青岛市第一中学"]),
    ],
)
def test_a_place_after_a_glued_word_and_a_first_one(text, places, expected):
    assert orgs(text, places) == expected
