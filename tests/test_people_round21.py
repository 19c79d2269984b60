"""People, round 21: titles news writes before a name for advisers, university counsellors,
young entrepreneurs, the self-employed and moral-model awardees (顾问, 辅导员, 创业者, 个体户,
道德模范); 后 "after" never ends a given name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


CASES = [
    ("社区法律顾问周明轩为居民讲解婚姻家庭纠纷的处理办法。", [("周明轩", "社区法律顾问")]),
    ("项目部部长孙立平、财务顾问陶雅琴带队入户。", [("孙立平", "部长"), ("陶雅琴", "顾问")]),
    ("学院辅导员郑晓雯带领二十名学生参加义诊。", [("郑晓雯", "学院辅导员")]),
    ("返乡创业者韩宇航在村里办起了合作社。", [("韩宇航", "创业者")]),
    ("开小卖部的个体户吴海峰每天帮邻居代收快递。", [("吴海峰", "个体户")]),
    ("市级道德模范梁秀珍为新入队的志愿者授旗。", [("梁秀珍", "道德模范")]),
    # a title, then a verb with 后 "after": nobody
    ("具体时间由居委会与社区法律顾问商定后公布。", []),
    ("在与辅导员沟通后，同学们报了名。", []),
    # the titles as plain words
    ("街道为每个社区配备了一名顾问。", []),
    ("他从一名普通个体户成长为商会会长。", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round21_titles_before_names(text, expected):
    assert people(text) == expected
