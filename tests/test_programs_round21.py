"""Programs and models, round 21 (tuned on the pooled sets check18-22 and train25-27).

- A quoted partner scheme a community names (“某某合伙人”: units, shops or residents recruited as
  partners of its governance) is a program, as “某某积分” is; the quote of the word alone names
  nothing, a role metaphor (成为“某某合伙人”) names nothing, and a scheme the text calls a model
  right after its quote (“某某合伙人”机制/治理模式) is a model, no program.
- A quoted list of parallel clauses joined by 、 that the text calls a 方式, 战略, 框架 or 平台 right
  after its quote is a model, as one called a 模式 is; a single phrase or a list called a 原则 or
  精神 is not.

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


# --- models: a quoted list of parallel clauses called a way of working ---------------------------

LIST_CALLED = [
    ("kuangjia", "全市构建起“党建统领、力量下沉、服务到家”的发展框架。", ["党建统领、力量下沉、服务到家"]),
    ("zhanlve_two_parts", "桃源镇实施“一镇联一企、一企帮一村”的发展战略。", ["一镇联一企、一企帮一村"]),
    ("pingtai", "这些站点是全省首批“部门指导、商户参与、居民共享”的公益服务平台。", ["部门指导、商户参与、居民共享"]),
]

LIST_NOT_CALLED = [
    ("single_phrase", "社区用“线上报名”的方式招募志愿者。"),
    # round 32: 的方式 after a list says how one activity is done, no longer a model word
    ("fangshi", "青禾县采取“财政补一些、商户让一些、老人付一些”的方式，为老人提供午餐。"),
    ("principle", "项目坚持“政府主导、社会协同”的原则。"),
    ("spirit", "队员们践行“奉献、友爱、互助”的精神。"),
    ("comma_slogan", "街道以“邻里同心，共建家园”的方式动员居民。"),
    ("platform_without_de", "县里搭建了“县级牵头、乡镇配合”协作平台。"),
]


@pytest.mark.parametrize("name, text, expected", LIST_CALLED, ids=[row[0] for row in LIST_CALLED])
def test_parallel_list_called_a_way_of_working_is_a_model(name, text, expected):
    assert model_names(text) == expected


@pytest.mark.parametrize("name, text", LIST_NOT_CALLED, ids=[row[0] for row in LIST_NOT_CALLED])
def test_other_quotes_before_these_words_are_no_models(name, text):
    assert model_names(text) == []
