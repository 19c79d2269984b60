"""Models, round 48 (modelchain). Sentences of our own making with made-up names.

- A quoted chain or list of steps that the text calls the 良性循环 it runs on (“甲—乙—丙”的良性循环)
  is a way of working, a model; a vicious cycle (恶性循环) or a cycle of one phrase that is no
  list or chain (“互帮互助”的良好循环) is not.
"""

from __future__ import annotations

import pytest

from contexts import model_names


@pytest.mark.parametrize("text, expected", [
    ("青柚社区推动形成“参与—积分—兑换”的良性循环，居民热情高涨。", ["参与—积分—兑换"]),
    ("桂林路街道形成“居民提议、支部认领、党员办结”的良性循环。", ["居民提议、支部认领、党员办结"]),
    ("帮扶站助力形成“受助—自助—助人”良性循环，让更多家庭走出困境。", ["受助—自助—助人"]),
])
def test_chain_or_list_in_a_virtuous_cycle_is_a_model(text, expected):
    assert model_names(text) == expected


@pytest.mark.parametrize("text", [
    "小区一度陷入“设施老化—收费困难—服务下滑”的恶性循环。",
    "邻里之间形成“互帮互助”的良好循环。",
])
def test_vicious_cycle_or_plain_phrase_is_no_model(text):
    assert model_names(text) == []
