"""Models, round 40b. Sentences of our own making with made-up names.

- A quoted name the article calls a 理念 (践行“…”理念, 秉持“…”的服务理念) is an idea it upholds: none
  of its mentions in that article is a model; 以“…”为理念 keeps it (the model the work is guided by).
- The national slogan 共建共治共享 (also 共建、共治、共享) is a model only where a model word follows its
  quote (“…”治理模式, “…”的基层治理格局); elsewhere it stays a slogan.
- A quoted numeric abbreviation right after a list of as many parts (three or more, joined by 、)
  names that list's scheme: a model even when its halves are two ordinary words.
"""

from __future__ import annotations

import pytest

from contexts import model_names


@pytest.mark.parametrize("text", [
    "青禾街道深入践行“三和”理念，两个社区结成“三和”共建对子。",
    "松涛支行始终秉持“邻里为先”的服务理念，把柜台搬进小区。",
    "白鹭社区倡导的“睦邻互帮”理念渐渐深入人心。",
])
def test_name_called_an_idea_is_no_model(text):
    assert model_names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("云栖中心以“栖社同行四方融合”为理念，持续深化“栖社同行四方融合”的运营理念。", ["栖社同行四方融合"]),
    ("柳岸社区推行“三和”工作法，居民议事更顺畅。", ["三和"]),
])
def test_idea_frame_leaves_other_names(text, expected):
    assert model_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("柳岸物业探索“共建共治共享”的物业治理模式。", ["共建共治共享"]),
    ("桃源街道着力打造“共建、共治、共享”的基层治理新格局。", ["共建、共治、共享"]),
])
def test_called_slogan_is_a_model(text, expected):
    assert model_names(text) == expected


@pytest.mark.parametrize("text", [
    "桃源社区的改造是“共建共治共享”的一个缩影。",
    "柳岸街道要打造“共建、共治、共享”小区。",
    "桃源社区把共建共治共享写进了居民公约。",
])
def test_uncalled_slogan_is_no_model(text):
    assert model_names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("青禾街道统筹村委、物业、驻点民警“三方合力”，小区秩序明显好转。", ["三方合力"]),
    ("松涛镇系统推进党建、产业、生态、文化“四维提升”，乡村面貌一新。", ["四维提升"]),
    ("柳岸街道压实街道、社区、居民代表、业委会、物业公司“五方共管”，问题逐项销号。", ["五方共管"]),
])
def test_abbreviation_summing_a_list_of_as_many_parts_is_a_model(text, expected):
    assert model_names(text) == expected


@pytest.mark.parametrize("text", [
    "松涛镇系统推进党建、产业“四维提升”，乡村面貌一新。",
    "青禾社区的“三方合力”让小区秩序明显好转。",
    "柳岸街道请来物业公司“五方共管”，问题逐项销号。",
    "中心贯穿邻里融乐、人才融育、组织融创、志愿融助、资源融通“五大板块”，服务更齐全。",
])
def test_abbreviation_of_two_words_without_its_list_is_no_model(text):
    assert model_names(text) == []
