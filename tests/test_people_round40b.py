"""People, round 40b. Sentences of our own making with made-up names.

- A name listed after a person found with a role shares that role when the list goes on with 、
  (the later name ended where jieba's tokens end it when no follow word closes it), or with 与/和
  (the later name needs a clear end): 志愿者某某与某某某分别…, 通讯员某某、某某某 记者某某.
- Not a place's name before a unit (某某与某坡岭中心主任…), nor a second title (和居民代表); a unit's
  one head (书记, 主任, 局长, 部长) is not shared through 与/和.
"""

from __future__ import annotations

import pytest

from contexts import people_and_roles


@pytest.mark.parametrize("text, expected", [
    ("志愿者罗青山与杨闰禾分别宣读了合作方案。", [("罗青山", "志愿者"), ("杨闰禾", "志愿者")]),
    ("（通讯员张秀芝、辛忠琪 记者苗月青）", [("张秀芝", "通讯员"), ("辛忠琪", "通讯员"), ("苗月青", "记者")]),
    ("大学生李怡然和陈永嘉手持宣传资料走进社区。", [("李怡然", "大学生"), ("陈永嘉", "大学生")]),
])
def test_names_joined_to_a_titled_name_share_its_title(text, expected):
    assert people_and_roles(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("接着，副院长张艳红与桐坡岭中心主任夏红霞签订了协议。", [("张艳红", "副院长"), ("夏红霞", "桐坡岭中心主任")]),
    ("书记王建国和居民代表一起清理楼道。", [("王建国", "书记")]),
    ("社区主任赵立清与钱芳菲一起走访了独居老人。", [("赵立清", "社区主任")]),
])
def test_a_unit_or_a_title_after_the_joiner_is_no_listed_name(text, expected):
    assert people_and_roles(text) == expected
