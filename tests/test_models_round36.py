"""Models, round 36. Sentences of our own making with made-up names.

- A quoted name ending in a practice word (model_vocab.tsv practice_head: 经验, 范式) after a stem of
  two or more characters that is no everyday verb or quality word is the practice a place is known
  for (“某某经验”, named like 枫桥经验); praise of a practice (“成功经验”) is none.
"""

from __future__ import annotations

import pytest

from contexts import model_names


@pytest.mark.parametrize("text, expected", [
    ("青石镇将以“青石经验”为蓝本推广到全县。", ["青石经验"]),
    ("这种做法被人们叫作“南湾范式”，各村纷纷前来取经。", ["南湾范式"]),
    ("县里召开现场会，总结提炼“柳溪坪经验”。", ["柳溪坪经验"]),
])
def test_quoted_practice_of_a_place_is_a_model(text, expected):
    assert model_names(text) == expected


@pytest.mark.parametrize("text", [
    "会上大家交流了“好经验”。",
    "几位老党员分享了“成功经验”和心得体会。",
    "新来的网格员虚心学习“工作经验”。",
    "志愿者们交流了许多经验。",
])
def test_praise_of_a_practice_is_no_model(text):
    assert model_names(text) == []
