"""Round 48 (organizations, orgjunk). Where 学 is the verb "learn", the characters read as a
school's or an association's ending are no name: 中学 after one common word is the locative 中
closing 在…中 and the verb 学 (在游乐中学本领, F18), and 学会 after the plural suffix 们 is the
pupils' verb (孩子们学会…: 们 stops a name on its left). A school named by its place stays. Verbs jieba
does not tag as verbs (紧盯, 尝试, 调研) stop a name on its left like other verbs.

Every sentence here is made up (invented schools and people)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # 在…中 + 学: one common noun before 中学, the verb "learn" after the locative
        ("小朋友们在游乐中学本领，笑声不断。", []),
        ("让老人在温馨的气氛中学会使用手机。", []),
        # 们 then 学会: the pupils learn, no association
        ("活动让孩子们学会保护自己。", []),
        # a school named by its place, and an association with its place, stay
        ("青禾县翠柳中学的老师走进社区。", ["青禾县翠柳中学"]),
        # one word before 中学 with no 在 opening the clause: the school's name
        ("育才中学的老师走进社区。", ["育才中学"]),
        ("他毕业于育才中学。", ["育才中学"]),
        ("会上，青禾市园艺学会介绍了经验。", ["青禾市园艺学会"]),
    ],
)
def test_round48orgjunk_learn_verb_is_no_school(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # verbs jieba does not tag as verbs, between a place and an ending: the clause's verb
        ("湖州、嘉兴等地尝试妇联牵头，共同调解纠纷。", []),
        ("市里领导到青禾区翠柳社区调研儿童之家的运行。", []),
        ("青禾区紧盯居委会换届工作。", []),
        # the body written after its place stays
        ("青禾区妇联尝试新的服务方式。", ["青禾区妇联"]),
    ],
)
def test_round48orgjunk_untagged_verb_opens_no_name(text, expected):
    assert organizations(text) == expected
