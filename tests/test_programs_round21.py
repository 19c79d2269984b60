"""Programs and models, round 21 (tuned on the pooled sets check18-22 and train25-27).

- A quoted partner scheme a community names (“某某合伙人”: units, shops or residents recruited as
  partners of its governance) is a program, as “某某积分” is; the quote of the word alone names
  nothing, a role metaphor (成为“某某合伙人”) names nothing, and a scheme the text calls a model
  right after its quote (“某某合伙人”机制/治理模式) is a model, no program.

Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import model_names
from contexts import programs_and_kinds as programs


PARTNER_SCHEMES = [
    ("recruited", "青禾社区面向辖区商家招募“暖邻合伙人”，共同参与小区治理。", [("暖邻合伙人", "program")]),
    ("list_of_three", "街道分类组建“先锋合伙人”“志愿合伙人”“商家合伙人”，整合各方资源。",
     [("先锋合伙人", "program"), ("志愿合伙人", "program"), ("商家合伙人", "program")]),
    ("a_batch", "近年来，一批“睦邻合伙人”为桃源社区治理添了活力。", [("睦邻合伙人", "program")]),
]

PARTNER_EMPTY = [
    ("word_alone", "倡议辖区单位以社区“合伙人”身份参与基层治理。"),
    ("metaphor", "自从快递小哥成为“平安合伙人”，小区的隐患少了许多。"),
]

PARTNER_MODELS = [
    ("called_a_model", "桃源社区积极探索“社区合伙人”治理模式，吸纳多方力量。", ["社区合伙人"]),
    ("called_a_mechanism", "青禾社区党委创新推出“红色青禾合伙人”机制。", ["红色青禾合伙人"]),
]


@pytest.mark.parametrize("name, text, expected", PARTNER_SCHEMES, ids=[row[0] for row in PARTNER_SCHEMES])
def test_quoted_partner_schemes_are_programs(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", PARTNER_EMPTY, ids=[row[0] for row in PARTNER_EMPTY])
def test_partner_word_alone_or_metaphor_is_no_program(name, text):
    assert programs(text) == []


@pytest.mark.parametrize("name, text, expected", PARTNER_MODELS, ids=[row[0] for row in PARTNER_MODELS])
def test_partner_scheme_called_a_model_is_a_model(name, text, expected):
    assert model_names(text) == expected
    assert programs(text) == []


def test_unquoted_partner_word_is_no_program():
    assert programs("社区合伙人按季度向社区基金会捐赠物资。") == []
