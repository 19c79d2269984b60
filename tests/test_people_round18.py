"""People, accuracy round 18: where a name after a title ends when no lexicon word closes it
(jieba's token boundary), reduplicated given names, and junk the token boundary must not make.
Sentences written for these tests (names, places and wording invented)."""

from __future__ import annotations

import pytest

from test_people import people

TOKEN_END_CASES = [
    # a verb no lexicon lists after the name: jieba's tokens end it (王波|获此, 何春梅|带着)
    ("青禾社区党委书记柳晓波获此殊荣。", ("青禾社区",), [("柳晓波", 8, 11, "青禾社区党委书记", "青禾社区党委", False)]),
    ("社区主任王波获此殊荣。", (), [("王波", 4, 6, "社区主任", None, False)]),
    ("护理站站长何春梅带着志愿者入户走访。", (), [("何春梅", 5, 8, "站长", None, False)]),
    ("社工李敏获评优秀社工。", (), [("李敏", 2, 4, "社工", None, False)]),
    # a surname that is also a word (于) after a head's 长 title, the tokens ending the name
    ("理发队在队长于建平的带领下出发。", (), [("于建平", 6, 9, "队长", None, False)]),
]

REDUPLICATED_CASES = [
    # a given name of one character written twice, which jieba lists as an idiom
    ("河畔社区网格员钱聪聪介入调解。", ("河畔社区",), [("钱聪聪", 7, 10, "河畔社区网格员", "河畔社区", False)]),
    ("河畔社区网格员钱聪聪说。", ("河畔社区",), [("钱聪聪", 7, 10, "河畔社区网格员", "河畔社区", False)]),
]

NOTHING_CASES = [
    # a verb after a title that jieba's HMM keeps as one token: 齐 starts words (齐聚, 齐心)
    "来自各街道的居民代表齐聚文化广场。",
    # an adverb written twice after a title is no given name
    "志愿者代表常常参加活动。",
    # a nickname after a title
    "网格员小李带着志愿者入户。",
]


@pytest.mark.parametrize("text,communities,expected", TOKEN_END_CASES + REDUPLICATED_CASES)
def test_people_round18_name_after_title_ends_at_token_boundary(text, communities, expected):
    assert people(text, communities=communities) == expected


@pytest.mark.parametrize("text", NOTHING_CASES)
def test_people_round18_token_boundary_makes_no_junk(text):
    assert people(text) == []
