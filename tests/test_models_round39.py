"""Models, round 39. Sentences of our own making with made-up names.

- A quoted verb, idiom or set phrase of the general dictionary (互助, 左邻右舍, 条块分割) describes
  how things are done, even when the text calls it a 模式 or 机制: no named model. Coined names
  beside it stay (a formula, a numeric abbreviation, a compound jieba does not list), and so do
  dictionary nouns that name methods (网格化).
"""

from __future__ import annotations

import pytest

from contexts import model_names


@pytest.mark.parametrize("text", [
    "今后桐溪社区还将尝试推广“互助”模式，让老人彼此照应。",
    "枫岭村完善“左邻右舍”议事会运行机制，按月召开。",
    "过去“条块分割”的管理模式已经难以适应当前的需求。",
])
def test_quoted_everyday_phrase_is_no_model(text):
    assert model_names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("桐溪社区推行“睦邻加油站”模式，让老人彼此照应。", ["睦邻加油站"]),
    ("枫岭村坚持“四访四问”工作法，按月走访。", ["四访四问"]),
    ("桐溪社区推行“网格化”管理模式，划出十个片区。", ["网格化"]),
])
def test_coined_names_beside_it_stay(text, expected):
    assert model_names(text) == expected
