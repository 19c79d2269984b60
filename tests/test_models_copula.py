"""Models: a quoted name the sentence says is a model (“X”是…的<modifier>模式); a modifier holding
结对 before the model word; programs never report a name that the article calls a model.
Sentences of our own making."""

from __future__ import annotations

import pytest

from shequ.extract.models import ModelExtractor

from contexts import run


def models(text: str) -> list[str]:
    return [m.canonical for m in ModelExtractor().extract(text)]


COPULA = [
    # clauses may describe the model before the predicate names it
    ("long_predicate", "“青枫议事会”是在街道指导下，由居委会、业委会与楼栋长一起摸索出的协商新模式，每月一议。", ["青枫议事会"]),
    ("short_predicate", "“邻里帮”是桃源社区探索的互助机制。", ["邻里帮"]),
    ("method", "“三问三访”是杏林村总结的群众工作法。", ["三问三访"]),
]

COPULA_EMPTY = [
    # the predicate is a service or a venue, not a way of governing
    ("service", "“幸福食堂”是社区推出的一项助餐服务。"),
    # a model word inside a later clause is not the predicate of the copula
    ("later_clause", "“青禾驿站”是社区打造的服务阵地，采用新模式运营。"),
    # 路径 and 闭环 name steps, not the quoted thing
    ("path", "“红色管家”是社区治理的重要路径。"),
]


@pytest.mark.parametrize("name, text, expected", COPULA, ids=[row[0] for row in COPULA])
def test_copula_names_a_model(name, text, expected):
    assert models(text) == expected


@pytest.mark.parametrize("name, text", COPULA_EMPTY, ids=[row[0] for row in COPULA_EMPTY])
def test_copula_without_a_model_predicate(name, text):
    assert models(text) == []


def test_a_name_called_a_model_is_no_program_at_its_other_mentions():
    text = "“青枫议事会”是居委会摸索出的协商新模式。半年来，“青枫议事会”解决了二十件难事。"
    ctx = run(text, "places", "organizations", "communities", "models", "programs")
    assert [m.canonical for m in ctx.found("models")] == ["青枫议事会"]
    assert [m.canonical for m in ctx.found("programs")] == []


@pytest.mark.parametrize("text, expected", [
    # 结对 inside the modifier is a content word, not the preposition 对
    ("两家单位确立了“组织共建、阵地共用”的党建结对工作新格局。", ["组织共建、阵地共用"]),
    # 对 right after the quote is the preposition: no model
    ("社区把“红色楼道”对接机制写进公约。", []),
])
def test_modifier_with_jiedui_before_the_model_word(text, expected):
    assert models(text) == expected
