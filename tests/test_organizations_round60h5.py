"""Round 60 h5 (organizations F27): a verb of going (去, 跑, 到达, 前往) read into a hospital's name,
with only a size or descriptor word before the ending, speaks of going to a kind of hospital
(比去医院, 再跑大医院, 到达社区医院): no organization. A named hospital after the same verbs stays.
Sentences are invented."""

import pytest

from tests.contexts import organizations_found


@pytest.mark.parametrize(
    "text",
    [
        # an adverb glued to 去 before the bare ending
        "“护士上门给我量血压，比去医院省事多了！”",
        # 跑 before a size word
        "大家都说，再也不用跑大医院排队挂号了。",
        "老人们不用再跑大医院科室挂号。",
        # 到达's second character opens the descriptor the walk reads as a community
        "柳岸片区的老人出门走5分钟就能到达社区医院和药店。",
        # 去 after an adverb, before a descriptor word
        "居民们常去社区医院看病。",
    ],
)
def test_trip_to_a_kind_of_hospital_is_no_organization(text: str) -> None:
    assert organizations_found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place or a brand between the verb and the ending names the hospital
        ("他被送往桃源区人民医院救治。", ["桃源区人民医院"]),
        ("她每月都去宏达医院复查。", ["宏达医院"]),
        ("患者可前往青禾市第一人民医院就诊。", ["青禾市第一人民医院"]),
        # 达 closing a brand is no going verb
        ("居民到宏达医院做了体检。", ["宏达医院"]),
    ],
)
def test_named_hospital_after_a_going_verb_stays(text: str, expected: list[str]) -> None:
    assert organizations_found(text) == expected
