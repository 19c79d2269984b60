"""Models, round 32. Sentences of our own making with made-up names.

- A quoted list of parallel clauses before 的方式 says how one activity is done, not a model
  (model_vocab.tsv list_called no longer holds 方式); 的发展框架, 的发展战略 still call it one.
"""

from __future__ import annotations

import pytest

from contexts import model_names


@pytest.mark.parametrize("text", [
    "志愿者以“轮流值守、随叫随到”的方式照看桂岭小区的独居老人。",
    "枫溪街道通过“片区牵头、楼组接力、住户响应”的方式收集修缮意见。",
    "夜校课程采取“镇里出教室、村里出学员、学校出老师”的方式开办。",
])
def test_list_before_fangshi_is_no_model(text):
    assert model_names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("云栖镇确立了“乡贤领衔、村组跟进”的发展框架。", ["乡贤领衔、村组跟进"]),
    ("石桥村推行“一户认一岗、一岗管一片”的治理模式。", ["一户认一岗、一岗管一片"]),
])
def test_list_called_by_other_words_stays_a_model(text, expected):
    assert model_names(text) == expected
