"""People, round 20: a name right after its organization and 的 (T14), credit runs closed by
文/摄, transliterated names in a credit line, and names before a posture verb with 在/到. Sentences written for these tests."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


CASES = [
    # An award list: each name after its unit and 的 belongs to that unit.
    (
        "获奖者分别是：青柳县民政局的赵明远、南坪县社会工作协会的孙丽娟。",
        [("赵明远", "青柳县民政局"), ("孙丽娟", "南坪县社会工作协会")],
    ),
    # A title and 的 before a name: a relative clause saying what the person is.
    ("新加入志愿者的王志刚每天帮邻居取快递，担任楼栋长的李红梅也来了。", [("王志刚", "志愿者"), ("李红梅", "楼栋长")]),
    ("社区书记的讲话很精彩。", []),
    # 的 after an everyday word, or a unit followed by no name, gives nobody.
    ("民政局的工作人员来到社区，协会的同志也来了。", []),
    # A credit run closed by 文/摄 or 文/图: the last name keeps no 文.
    (
        "（青禾日报记者周立言通讯员孙颖赵雅琴文/摄）",
        [("周立言", "记者"), ("孙颖", "通讯员"), ("赵雅琴", "通讯员")],
    ),
    ("（记者 周立言 通讯员 孙颖 文/图）", [("周立言", "记者"), ("孙颖", "通讯员")]),
    # A posture or movement verb with its 在/到 after a two-character name is no third name
    # character (…居民孙玲|站在…, not 孙玲站).
    ("柳湾社区居民孙玲站在自家门口，和邻居聊起了新装的电梯。", []),  # a resident named with the community: no fact (round 30)
    ("柳湾社区志愿者孙玲站在自家门口，和邻居聊起了新装的电梯。", [("孙玲", "柳湾社区志愿者")]),
    ("柳湾社区党委书记王建来到居民家中，网格员刘晓走进楼道。", [("王建", "柳湾社区党委书记"), ("刘晓", "网格员")]),
    # Transliterated names parted by spaces on a credit line are whole names.
    (
        "本报记者 陆晓梅 通讯员 阿依古丽·买买提 热合曼·吐尔逊\n社区开办了爱心食堂。",
        [("陆晓梅", "本报记者"), ("阿依古丽·买买提", "通讯员"), ("热合曼·吐尔逊", "通讯员")],
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round20_people_shapes(text, expected):
    assert people(text) == expected
