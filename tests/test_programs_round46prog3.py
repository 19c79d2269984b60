"""Programs: a fair (集市, 市集) follows a quote and a short field word (the quote names it), or ends a name unquoted
after a place found earlier; alone it is a kind of event. Round 46prog3. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


KEPT = [
    ("quoted_fair", "柳岸社区举办“青禾有约”公益市集。", [("青禾有约", "activity")]),
    ("held_fair", "青州市柳香集市在广场开集。", [("青州市柳香集市", "activity")]),
]

EMPTY = [
    ("fair_alone", "本次公益市集吸引了很多居民。"),
    ("market_place", "居民来到集市买菜。"),
    ("listed_section", "现场有便民服务、柳香市集、跳蚤市场三个板块。"),
]


@pytest.mark.parametrize("label,text,expected", KEPT, ids=[c[0] for c in KEPT])
def test_named_fairs_found(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label,text", EMPTY, ids=[c[0] for c in EMPTY])
def test_fair_without_name_names_nothing(label, text):
    assert programs(text) == []
