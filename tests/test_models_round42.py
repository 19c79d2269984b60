"""Models, round 42: the party-led co-operative written unquoted (党支部领办合作社 and its
党组织/党总支 wordings); the village's 村 stays out of the name. Sentences of our own making."""

from __future__ import annotations

import pytest

from shequ.extract.models import ModelExtractor


def names(text: str) -> list[str]:
    """The surface of every model found."""
    return [text[m.start : m.end] for m in ModelExtractor().extract(text)]


CASES = [
    ("青柳县铺开了村党支部领办合作社的做法。", ["党支部领办合作社"]),
    ("成立党组织领办合作社后，枣林村的收入翻了一番。", ["党组织领办合作社"]),
    ("石门村探索党总支领办合作社的路子。", ["党总支领办合作社"]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round42_party_led_cooperative_is_a_model(text, expected):
    assert names(text) == expected


NOTHING = [
    "党支部领办的合作社今年分红。",  # one co-operative the branch runs, not the model
    "这家合作社由党员领办。",
    "企业每年领办一批微心愿。",
]


@pytest.mark.parametrize("text", NOTHING)
def test_round42_other_lingban_wordings_yield_nothing(text):
    assert names(text) == []
