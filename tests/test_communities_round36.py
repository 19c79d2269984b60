"""Communities, round 36: a bank's community sub-branch (某某银行某某社区支行) is an organisation named
after the place it serves, not a community. Sentences written for these tests, names made up."""

from __future__ import annotations

import pytest

from contexts import community_surfaces as names


@pytest.mark.parametrize("text, expected", [
    ("活动由青禾银行桐江翠湾社区支行协办。", []),
    ("青禾农商银行柳塘社区支行为老人讲解防诈知识。", []),
    # the community itself, and its own bodies, stay
    ("桐江翠湾社区联合青禾银行开展义诊。", ["桐江翠湾社区"]),
    ("柳塘社区服务中心为老人理发。", ["柳塘社区"]),
])
def test_bank_sub_branch_names_no_community(text, expected):
    assert names(text) == expected
