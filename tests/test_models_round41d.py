"""Models, round 41d. Sentences of our own making with made-up names.

- A quoted list of parallel clauses followed by 的(工作)思路 names the line of work a place follows:
  the list is a model, as before 的发展框架.
- 的方式 after a quoted list still calls no model (round 32's decision stands).
"""

from __future__ import annotations

import pytest

from contexts import model_names


@pytest.mark.parametrize("text, expected", [
    ("青柏镇始终坚持“干部领跑、乡贤出力、村民自管”的工作思路，环境焕然一新。",
     ["干部领跑、乡贤出力、村民自管"]),
    ("桐花村定下“先访民情、后定方案”的思路，逐户推进。", ["先访民情、后定方案"]),
])
def test_clause_list_called_a_way_of_working(text, expected):
    assert model_names(text) == expected


@pytest.mark.parametrize("text", [
    "志愿者以“唠家常、讲安全”的方式走访了九户老人。",
    "社工用“做游戏、读绘本、画彩虹”的方式陪孩子度过下午。",
    "双方约定“轮流值守、按月结算”的方式照看果园。",
    "霞光县以“财政兜底、企业让利、社团运营、家属分担”的方式建起十座食堂。",
])
def test_short_or_two_part_lists_before_fangshi_stay_out(text):
    assert model_names(text) == []
