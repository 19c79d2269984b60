"""Programs: an unquoted plan (…计划) named in the frames of unquoted projects (run_projects.run_plans,
listed_plans): the object of a verb of running, or an item of a list of plans, also right after a
dash that opens the list. Not a kind of plan, many plans, a clause, a headline's object, nor an
object after a verb that runs nothing (制定). Round 58 h1. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs
from shequ.extract.run_projects import listed_plans, run_plans


PLAN_CASES = [
    (
        "object_of_a_launch_verb",
        "去年5月，青州市启动社区园艺师计划，邀请高校教授和设计师走进社区。",
        [("社区园艺师计划", "program")],
    ),
    (
        "two_aims_joined_by_yu",
        "东湖社区和海滨街道联合启动垃圾减量与海岸保护计划，以期改变居民的处理习惯。",
        [("垃圾减量与海岸保护计划", "program")],
    ),
    (
        "list_after_a_dash_and_a_counted_formula",
        "近年来，社区关工委通过“三有计划”——银发相伴计划、隔代牵手计划、春芽成长计划，搭建沟通平台。",
        [("三有计划", "program"), ("银发相伴计划", "program"), ("隔代牵手计划", "program"), ("春芽成长计划", "program")],
    ),
    (
        "run_by_a_verb_after_another_verb",
        "团县委推动实施青年骨干能力提升计划，三年来共培训骨干800余人。",
        [("青年骨干能力提升计划", "program")],
    ),
    (
        "kind_of_plan_after_an_unrunning_verb",
        "社工结合王奶奶的情况，制定了一对一的个案服务计划，每周回访。",
        [],
    ),
    (
        "kind_of_plan_by_its_head",
        "街道启动年度工作计划，各社区分头落实。",
        [],
    ),
    (
        "many_plans",
        "社区实施了多个助老计划，覆盖全体老人。",
        [],
    ),
    (
        "clause_word_inside",
        "村里启动了村民和企业的结对计划，带动增收。",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PLAN_CASES], ids=[c[0] for c in PLAN_CASES])
def test_unquoted_plans(text, expected):
    assert programs(text) == expected


def test_headline_object_is_no_plan():
    # a headline has no clause mark: its object is the news's topic
    assert run_plans("青州市启动社区园艺师计划\n记者从市里获悉，") == []


def test_dash_without_a_list_opens_none():
    # a dash before one plan alone is apposition, which the older dash rule reads
    assert listed_plans("社区推出新项目——银发相伴计划，服务高龄老人。") == []


def test_listed_plan_offsets():
    text = "社区开展了结对服务、银发相伴计划、隔代牵手计划等活动。"
    assert [(text[a:b], name) for a, b, name in listed_plans(text)] == [
        ("银发相伴计划", "银发相伴计划"),
        ("隔代牵手计划", "隔代牵手计划"),
    ]
