"""Round 45 (organizations, orgs2). A one-character verb and its directional complement (送上,
搭起, 选出) before a name, written as one word jieba does not know or as two single characters,
is a verb phrase: the name starts after it. Words of another kind ending in such a character
(海上, a place word) stay in the name.

Every sentence here is made up (invented places, agencies and estates)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # 送上 glued into one unknown word: the agency's name starts after it
        ("志愿者们为老人送上松果社工服务中心准备的年货。", ["松果社工服务中心"]),
        # 搭|起 as two characters before a bare town committee: no name left
        ("这次活动搭起镇党委与群众沟通的桥梁。", []),
        # a bare station after 送上 is the kind of body, no name
        ("志愿者为独居老人送上社工站连夜赶制的年糕。", []),
        # a place word ending in 上 keeps its place in the name
        ("青禾市海上救援协会昨天成立。", ["青禾市海上救援协会"]),
        # the complement as a glued verb: the owners' committee keeps its estate
        ("大家选出翠竹苑业主委员会的新成员。", ["翠竹苑业主委员会"]),
    ],
)
def test_round45orgs2_verb_with_complement_opens_no_name(text, expected):
    assert organizations(text) == expected
