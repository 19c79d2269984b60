"""Models, round 19 (pool-programs): an open formula (“某某+”) whose closing quote a name's own
words follow is the head of a programme's name, not a model (“某某+”善治行动项目); with a word that
calls it a model after it (模式, 的联动模式) it stays one. A quoted list of one-character items
followed by a group word lists the groups a service is for (“老、弱、病、残”四类群体), not steps.
A quoted mechanism whose modifier is five characters or more is its own (“花坛认养责任机制”).
Sentences of our own making."""

from __future__ import annotations

import pytest

from shequ.extract.models import ModelExtractor

from contexts import programs_and_kinds as programs

EXTRACT = ModelExtractor().extract


def models(text: str) -> list[str]:
    return [m.name for m in EXTRACT(text)]


MODELS = [
    ("open_formula_called_a_model", "青禾街道建立“青禾社工+”模式，服务居民。", ["青禾社工+"]),
    ("open_formula_de_model", "街道形成了“青禾社工+”的联动模式。", ["青禾社工+"]),
    ("closed_formula_before_a_name", "社区推行“党建+物业”服务，效果明显。", ["党建+物业"]),
    ("steps_without_a_group_word", "民警总结出“堵、疏、管、教”的办法。", ["堵、疏、管、教"]),
    # a quoted mechanism with a modifier of its own (five characters or more)
    ("long_mechanism", "当项目团队提出“花坛认养责任机制”时，居民主动讨论如何维护。", ["花坛认养责任机制"]),
]

NO_MODELS = [
    ("open_formula_head_of_a_name", "为落实全市“社区服务+”善治行动试点项目各项要求，社区召开会议。"),
    ("groups_with_count", "社区以服务“老、弱、病、残”四类群体为重点开展工作。"),
    ("groups_plain", "志愿者常年关心“老、幼、病、残”人群。"),
    # a generic mechanism: its modifier is short
    ("short_mechanism", "一是“联动机制”：大家有事一起商量。"),
    ("four_character_modifier", "社区建立“工作联动机制”。"),
]


@pytest.mark.parametrize("name, text, expected", MODELS, ids=[row[0] for row in MODELS])
def test_formulas_and_steps_that_are_models(name, text, expected):
    assert models(text) == expected


@pytest.mark.parametrize("name, text", NO_MODELS, ids=[row[0] for row in NO_MODELS])
def test_name_heads_and_target_groups_are_no_models(name, text):
    assert models(text) == []


def test_open_formula_heads_the_programme_name_written_after_it():
    assert programs("为落实全市“社区服务+”善治行动试点项目各项要求，社区召开会议。") == [
        ("社区服务+善治行动试点项目", "project")
    ]
