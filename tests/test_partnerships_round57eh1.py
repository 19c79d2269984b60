"""Round 57e h1 (partnerships): a street written only as a place that gathers units with a group
word (某街道联合A、B、C…) is no party itself, yet the units of its list are each other's partners,
as every list after 联合/携手 is (the convention of the later tuning sets). Made-up sentences run
through the whole pipeline."""

from __future__ import annotations

import pytest


def _found(sentence: str) -> list[tuple[str, str, str]]:
    from shequ.clipping import analyze_text

    return sorted(
        (*sorted((m.attrs["a"].canonical, m.attrs["b"].canonical)), m.attrs["relation"])
        for m in analyze_text(sentence).found("partnerships")
    )


PAIRED = [
    # A street's list after 联合 after a long lead clause: every unit with every other.
    ("为了方便外来务工人员办事，青禾街道在广泛征求意见的基础上，联合柳湾社区、青禾派出所、青禾实验学校，"
     "把警务室改造成服务驿站。",
     [("柳湾社区", "青禾实验学校", "联合"), ("柳湾社区", "青禾派出所", "联合"), ("青禾实验学校", "青禾派出所", "联合")]),
    # Two units after 联合, then the act.
    ("杏林街道联合青禾社工、东山师范学院举办大学生创新实践大赛。",
     [("东山师范学院", "青禾社工", "联合")]),
    # 携手 reads the same way.
    ("杏林街道携手东山大学、东山市红十字会开展应急救护培训。",
     [("东山大学", "东山市红十字会", "携手")]),
]

NOTHING = [
    # One unit only: the street is no party, so nothing is paired.
    "杏林街道联合东山大学开展应急救护培训。",
    # No group word before the list: the street merely visits the units.
    "杏林街道走访东山大学、东山市红十字会，了解志愿服务情况。",
]


@pytest.mark.parametrize("sentence, expected", PAIRED)
def test_units_a_place_street_gathers_are_each_others_partners(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence", NOTHING)
def test_place_street_with_one_unit_or_no_group_word_pairs_nothing(sentence):
    assert _found(sentence) == []
