"""People, round 42c. Sentences of our own making with made-up names.

- The people who convene, lead, link or speak for a community group are introduced by that post
  right before the name (宣讲员, 联络员, 助理, 骨干, also in quotes): a person with that role.
- The same words not right before a name (骨干成员, 骨干医生 as a plural or an attribute) give no one.
"""

from __future__ import annotations

import pytest

from contexts import people_and_roles


@pytest.mark.parametrize("text, expected", [
    ("社区特约宣讲员何春兰讲述了自己的故事。", [("何春兰", "宣讲员")]),
    ("“侨乡警务助理”潘丽萍巡逻时发现纠纷。", [("潘丽萍", "助理")]),
    ("支部骨干韩明和贾志刚走进村里。", [("韩明", "支部骨干"), ("贾志刚", "支部骨干")]),
    ("居民骨干邵金花组织大家议事。", [("邵金花", "居民骨干")]),
    ("政协联络员郝晓东参加了会议。", [("郝晓东", "政协联络员")]),
])
def test_a_group_post_before_a_name_gives_a_person(text, expected):
    assert people_and_roles(text) == expected


@pytest.mark.parametrize("text", [
    "街道挑出九名骨干成员去河边巡查。",
    "骨干医生领队的团队下乡。",
    "他们担任宣讲员和联络员，走进楼栋。",
    "这次议事的召集人由网格长担任。",
])
def test_the_post_without_a_name_after_it_gives_no_one(text):
    assert people_and_roles(text) == []
