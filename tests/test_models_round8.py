"""Models: a quoted numeric abbreviation that an outcome verb earlier in its clause reports as a
result (实现…“双提双促”, 带来“四赢”的新局面) is no method (accuracy round 8). Sentences of our
own making."""

from __future__ import annotations

import pytest

from contexts import model_names as models


OUTCOMES = [
    ("brings", "这次合作给四方带来“四赢”的新局面。"),
    ("achieves", "两家单位互学互促，实现组织与业务“双提双促”。"),
    ("reaches", "经过一年努力，满意率达到“双提升”。"),
]

METHODS = [
    # a method noun after the quote keeps it a method, whatever verb came before
    ("standard", "社区今年实现“六有”标准化建设目标。", ["六有"]),
    # no outcome verb in its clause: a method the text reports
    ("other_clause", "社区实现了全覆盖，推行“三联”工作法。", ["三联"]),
]


@pytest.mark.parametrize("name, text", OUTCOMES, ids=[row[0] for row in OUTCOMES])
def test_numeric_results_after_an_outcome_verb_are_no_models(name, text):
    assert models(text) == []


@pytest.mark.parametrize("name, text, expected", METHODS, ids=[row[0] for row in METHODS])
def test_numeric_methods_stay_models(name, text, expected):
    assert models(text) == expected
