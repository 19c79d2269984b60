"""Round 47 (organizations, orgsp). jieba writes a manner adverb and its verb as one word
(积极探索, 圆满完成: `phrase_adverbs.txt`); such a word before a body is the clause's verb phrase,
not the start of a name, for a short head (C15: 某区|积极探索|补充|政府) as for a listed ending
(C1: 圆满完成|某某妇联). The body named after a comma stays.

Every sentence here is made up (invented streets and bodies)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # an adverb-verb word before a short head's stem: a clause, no government
        ("杭州市西湖区积极探索补充政府养老力量。", []),
        # 圆满完成 before a listed ending: the verb phrase is no part of the name
        ("翠柳镇今年已圆满完成乡镇妇联的改选。", []),
        # the town's government written as a name stays
        ("会上，翠柳镇人民政府介绍了经验。", ["翠柳镇人民政府"]),
    ],
)
def test_round47orgsp_adverb_verb_word_is_no_name(text, expected):
    assert organizations(text) == expected
