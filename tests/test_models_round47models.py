"""Models, round 47 (models). Sentences of our own making with made-up names.

- A 1+N formula whose quote closes right after it, followed by a word that only calls it a model
  or a service (“1+N”服务网络, “1+1+N”模式), is named by the quoted formula alone; a pairing or an
  action after the quote (“1+N”结对行动) stays part of the name, and an unquoted one keeps its word.
"""

from __future__ import annotations

import pytest

from contexts import model_names


@pytest.mark.parametrize("text, expected", [
    ("桂香社区打造“1+N”服务网络，覆盖辖区八个小区。", ["1+N"]),
    ("青檀街道周末开设“1+N”艺术服务，吸引不少孩子参加。", ["1+N"]),
    ("枫林卫生院探索“1+1+N”模式，由一名医生联系一个网格。", ["1+1+N"]),
])
def test_quoted_one_plus_n_called_a_service_or_model_is_the_quote(text, expected):
    assert model_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("创新推行“1+N”结对行动，由一名社工联系多名志愿者。", ["1+N结对行动"]),
    ("石桥街道推出1+N暖心服务，惠及困难家庭。", ["1+N暖心服务"]),
])
def test_pairing_or_unquoted_one_plus_n_keeps_its_word(text, expected):
    assert model_names(text) == expected


def test_one_plus_n_as_a_head_count_is_no_model():
    assert model_names("会议共有1+1人参加，讨论了停车问题。") == []
