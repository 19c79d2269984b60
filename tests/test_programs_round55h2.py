"""Programs: a quoted name followed by the short service it gives is named as an item of a list
(listed_service): when the list closes on activities or projects (…、“甲乙”关爱老人等志愿服务活动,
“甲”理发、“乙”维修等项目) or when a quoted item of the same shape stands next to it (“甲”整理药品、
“乙”辅导手机). A lone quote with its words, a numbered manner of serving and a person's role name
nothing. Round 55 h2. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


CASES = [
    (
        "run_of_quoted_services",
        "这里的志愿服务品牌有30个：“外婆的针线盒”缝补衣物、“接力爸爸”接送孩子、“园丁上门”修剪花木……",
        [("外婆的针线盒", "program"), ("接力爸爸", "program"), ("园丁上门", "program")],
    ),
    (
        "pair_closed_by_projects",
        "“好发型”理发、“老钳工”修理家电等项目志愿者正在忙碌。",
        [("好发型", "program"), ("老钳工", "program")],
    ),
    (
        "last_item_of_activity_list",
        "村里开展助学帮困、送戏下乡、“守望相助”陪伴独居老人等志愿服务活动。",
        [("守望相助", "program")],
    ),
    (
        "first_item_of_project_list",
        "展板介绍了“青禾伴读”留守儿童、社区小园丁、便民维修等项目。",
        [("青禾伴读", "program")],
    ),
    (
        "lone_quote_with_its_words",
        "街道开展“平安相伴”宣传等活动。",
        [],
    ),
    (
        "numbered_manners_of_serving",
        "服务大厅对办事居民“一站式”受理、“一条龙”办结。",
        [],
    ),
    (
        "role_in_a_list",
        "社区、“楼栋信息员”走访住户、物业等多方参与。",
        [],
    ),
    (
        "quote_then_clause_no_list",
        "“暖心相伴”送到家门口，居民都很满意。",
        [],
    ),
]


@pytest.mark.parametrize("label,text,expected", CASES, ids=[c[0] for c in CASES])
def test_listed_service_quotes(label, text, expected):
    assert programs(text) == expected
