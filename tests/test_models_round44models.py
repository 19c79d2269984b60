"""Governance models, round 44 (models). Sentences of our own making with made-up names.

- A bare count of parts right after a quoted name (四位一体, 五位一体, 三维体系; with or without 的)
  counts what the quote names: the quote is the model, the count no model of its own, and a word
  that calls a model after the count calls the quote one (“甲乙丙丁”四位一体的…新模式).
"""

from __future__ import annotations

import pytest

from contexts import model_names


COUNTED = [
    # the count between the quote and the word that calls it a model
    ("count_then_called", "青禾学院构建了“校村社商”四位一体的协同育人新模式。", ["校村社商"]),
    # a formula the count follows after 的
    ("formula_de_count", "枫溪街道打造“网格巡查+社工跟进+志愿补位”的三维体系。", ["网格巡查+社工跟进+志愿补位"]),
    # a list of parts the count follows directly
    ("list_count", "蓝湾公司以“政府牵线、企业出资、社区落地”三位一体模式建设驿站。", ["政府牵线、企业出资、社区落地"]),
    # no quote before the count: it still names the model when a model word follows
    ("bare_count", "石桥社区坚持四位一体的工作模式。", ["四位一体"]),
]


@pytest.mark.parametrize("name, text, expected", COUNTED, ids=[row[0] for row in COUNTED])
def test_count_after_a_quoted_name_is_the_quotes(name, text, expected):
    assert model_names(text) == expected


def test_count_after_a_quoted_slogan_without_model_word_yields_nothing():
    assert model_names("“晨光相伴”三位一体的活动在广场举行。") == []
