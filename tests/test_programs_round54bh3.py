"""Programs: a project written without quotes as an item of a 、 list (run_projects.listed_projects)
is one project when the list goes on or closes right after it. Round 54b h3. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


# A project listed after a list mark (、) and closed by the list (run_projects.listed_projects): named
# one by one with no verb before each. Not a kind of project, many projects, a clause, or an item that
# counts levels of government.
PROJECT_CASES = [
    (
        "listed_after_a_fund_closed_by_comma",
        "街道用好区慈善基金、蓝海公益城市社区减灾项目，带动居民参与应急演练。",
        [("蓝海公益城市社区减灾项目", "project")],
    ),
    (
        "listed_before_deng",
        "依托党建引领志愿服务、星光公益助老餐桌服务项目等载体，社区把资源引进来。",
        [("星光公益助老餐桌服务项目", "project")],
    ),
    (
        "listed_before_a_count",
        "双方签订了滨江文化步道共建项目、滨江商圈服务助力社区发展项目、临河路88弄环境整治项目三个合作项目。",
        [("滨江商圈服务助力社区发展项目", "project"), ("临河路88弄环境整治项目", "project")],
    ),
    (
        "levels_of_government",
        "作为今年市、县两级民生实事项目，全县将新建10个社工站。",
        [],
    ),
    (
        "clause_inside_the_item",
        "社区围绕儿童、老人、妇女等群体开展特色项目。",
        [],
    ),
    (
        "kind_of_project",
        "街道统筹道路改造、老旧小区改造建设项目，年内完工。",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PROJECT_CASES], ids=[c[0] for c in PROJECT_CASES])
def test_listed_projects(text, expected):
    assert programs(text) == expected
