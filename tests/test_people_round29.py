"""People, round 29: words read as person names. Sentences written for these tests, with
made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


# 为 "for, as" right after a two-character name opens the predicate; it is no third character
# of the name (a name that ends in 为 is still one before a speech verb).
PREPOSITION_CASES = [
    ("街道办事处副主任柯雯为大家讲解垃圾分类知识。", [("柯雯", "街道办事处副主任")]),
    ("区妇联副主席蒋慧为服务站揭牌。", [("蒋慧", "区妇联副主席")]),
    ("社区书记尹航为2024年度优秀志愿者颁奖。", [("尹航", "社区书记")]),
    ("志愿者葛有为告诉记者，活动每周都有。", [("葛有为", "志愿者")]),
    # a common word, then 为: nobody
    ("理事会由五人组成，成员全部为退休教师。", []),
    ("队员全体为居民义务服务。", []),
]


@pytest.mark.parametrize("text, expected", PREPOSITION_CASES)
def test_round29_preposition_after_name(text, expected):
    assert people(text) == expected
