"""Round 49 (pairsent): a with-list (A与B、C) closed by a verb of working hand in hand (配合), of
agreeing one arrangement (达成) or of opening one body together (挂牌成立) pairs its sides, like 签订.
Bare 成立 is no such word (A和B相继成立…: each founds its own), and the words pair nothing without a
with-list. Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs

UNITS = dict(
    organizations=["青枫区检察院", "青枫区妇联", "青枫区未成年人服务中心", "云杉学院", "松柏学院", "青枫区民政局"],
    communities=["柳絮湾社区", "杏林社区"],
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "自活动启动以来，柳絮湾社区与云杉学院、松柏学院积极配合，社区重在做好保障。",
            [("云杉学院", "柳絮湾社区"), ("松柏学院", "柳絮湾社区")],
        ),
        ("比如，柳絮湾社区与杏林社区达成活动空间共享机制。", [("杏林社区", "柳絮湾社区")]),
        ("近日，青枫区检察院与青枫区妇联挂牌成立了青枫区未成年人服务中心。", [("青枫区妇联", "青枫区检察院")]),
    ],
)
def test_with_list_closed_by_a_joint_word_pairs_its_sides(text, expected):
    assert pairs(text, **UNITS) == expected


@pytest.mark.parametrize(
    "text",
    [
        "柳絮湾社区和杏林社区相继成立了居民议事会。",
        "柳絮湾社区成立了青枫区未成年人服务中心。",
        "柳絮湾社区积极配合青枫区民政局开展工作。",
    ],
)
def test_the_words_pair_nothing_without_a_with_list(text):
    assert pairs(text, **UNITS) == []
