"""Round 61 p4: a place heading a bureau whose name the ending list does not hold (某市|消防局,
某区|综合行政|执法局) is the first word of that bureau's name, not a place on its own; a word that
only ends in 局 (新格局, 统揽全局) names no bureau. Sentences are invented."""

from __future__ import annotations

import importlib

import pytest

from test_places import places

places_module = importlib.import_module("shequ.extract.places")


def canonicals(text: str) -> list[str]:
    return sorted({m.canonical for m in places(text)})


@pytest.mark.parametrize(
    "text",
    [
        # a bureau jieba writes as one word, right after the city
        "记者从宜宾市消防局了解到，今年以来全市开展了三次演练。",
        # two field words before the bureau
        "近日，江北区综合行政执法局走进青松社区宣传文明养犬。",
        # a short bureau word the suffix list does not hold
        "为方便老人看病，叙州区卫计局组织家庭医生上门服务。",
    ],
)
def test_places_place_heading_a_bureau_is_no_place(text: str) -> None:
    assert canonicals(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # words ending in 局 that name no bureau: the city is written on its own
        ("宜宾市逐步形成城乡统筹发展新格局。", ["宜宾市"]),
        ("宜宾市统揽全局，稳步推进旧改工作。", ["宜宾市"]),
        # the same city also written on its own stays a fact
        ("宜宾市消防局走进青松社区。据了解，宜宾市今年新建了十个消防站。", ["宜宾市"]),
    ],
)
def test_places_word_ending_in_ju_keeps_the_place(text: str, expected: list[str]) -> None:
    assert canonicals(text) == expected


@pytest.mark.parametrize(
    "word, expected",
    [("消防局", True), ("执法局", True), ("新格局", False), ("决胜局", False), ("邮局", False), ("格局", False)],
)
def test_places_bureau_word(word: str, expected: bool) -> None:
    assert places_module.is_bureau_word(word) is expected
