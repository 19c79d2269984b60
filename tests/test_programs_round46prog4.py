"""Programs: a venture-philanthropy contest with its edition (第三届社区公益创投大赛) names one
recurring event, from its holder when one stands right before the edition; without 大赛 the words
name a round only after such a holder. Round 46prog4. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


KEPT = [
    ("edition_contest", "全省第三届青禾公益创投大赛在宜昌闭幕。", [("第三届青禾公益创投大赛", "activity")]),
    ("held_contest", "丽水市第二届慈善公益创投大赛开幕。", [("丽水市第二届慈善公益创投大赛", "activity")]),
    ("held_round", "丽水市首届公益创投共资助九个项目。", [("丽水市首届公益创投", "activity")]),
]

EMPTY = [
    ("round_after_verb", "柳岸街道举行首届公益创投路演。"),
    ("no_edition", "柳岸社区积极参与公益创投大赛。"),
]


@pytest.mark.parametrize("label,text,expected", KEPT, ids=[c[0] for c in KEPT])
def test_edition_venture_contest_named(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label,text", EMPTY, ids=[c[0] for c in EMPTY])
def test_venture_round_without_edition_or_holder_names_nothing(label, text):
    assert programs(text) == []
