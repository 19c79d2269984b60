"""Models, round 50progmod2. Sentences of our own making with made-up names.

- A quote whose shape alone would make it a method (a numeric abbreviation, 一X一Y), listed before 等
  and a noun phrase with no model word (等老厂区, 等药物, 等相关政策, 等重点大街), is one instance of
  the things that phrase names, not a model; a model word there (等工作制度) still calls it one.
"""

from __future__ import annotations

import pytest

from contexts import model_names


@pytest.mark.parametrize("text", [
    "城东保留着“三桥”“红星厂”等老厂区，周末游人很多。",
    "禁毒课上讲到“五叶散”、“青岚丸”等药物的危害。",
    "按照“一户一院”等相关政策，新房优先安置。",
    "青禾区把“两纵三横”等主干大街列为整治重点。",
])
def test_quote_listed_before_a_kind_of_things_is_no_model(text):
    assert model_names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("柳岸村落实“一册三议”、“两会一评”等工作制度。", ["一册三议", "两会一评"]),
    ("松涛社区推进“三清两整治”，环境明显改善。", ["三清两整治"]),
])
def test_quote_with_model_word_or_alone_stays_a_model(text, expected):
    assert model_names(text) == expected
