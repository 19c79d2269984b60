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


# 包 "take charge of" and the unit a cadre is assigned (包楼, 包岗, 包片): no surname 包.
DUTY_CASES = [
    ("每栋楼由一名楼长包楼，确保通知到户。", []),
    ("街道干部、志愿者包岗值守，守好每个路口。", []),
    ("县级干部包抓，乡镇干部包村，层层压实责任。", []),
    ("镇里要求包片领导、包村干部每周入户。", []),
    # a real 包 name after a title stays
    ("社区书记包德明带队检查消防通道。", [("包德明", "社区书记")]),
    ("网格员包蕾说，楼里的老人她都熟悉。", [("包蕾", "网格员")]),
]


@pytest.mark.parametrize("text, expected", DUTY_CASES)
def test_round29_duty_words_are_no_names(text, expected):
    assert people(text) == expected
