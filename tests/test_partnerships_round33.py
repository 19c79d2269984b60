"""Round 33 (pairs). A with-list whose first item no extractor names: A与某某服务站、B、C联合举办 reads
like A与B、C联合举办, the unnamed unit (a unit by its head word) standing first does not cut B and C off
from A. Only 与/同/跟 open such a list, and the unnamed items may not run over a named party.
Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs

UNNAMED_FIRST = [
    # one unnamed station first, one named unit after it
    ("station_first", "这场义诊由柏溪社区与片区卫生服务站、仁和堂大药房联合举办。",
     {"organizations": ["仁和堂大药房"], "communities": ["柏溪社区"]},
     [("仁和堂大药房", "柏溪社区")]),
    # an unnamed unit first, two named after it: all three named act together
    ("unit_first_two_named", "柏溪社区党委与驻地某营部、江屿区人武部、江屿区水务局共同举办了消夏晚会。",
     {"organizations": ["柏溪社区党委", "江屿区人武部", "江屿区水务局"]},
     [("柏溪社区党委", "江屿区人武部"), ("柏溪社区党委", "江屿区水务局"), ("江屿区人武部", "江屿区水务局")]),
    # 同 opens it too
    ("tong_opens", "蓝湾社工站同辖区派出所、江屿区司法局联合开展了调解培训。",
     {"organizations": ["蓝湾社工站", "江屿区司法局"]},
     [("江屿区司法局", "蓝湾社工站")]),
]


@pytest.mark.parametrize("name, text, parties, expected", UNNAMED_FIRST, ids=[row[0] for row in UNNAMED_FIRST])
def test_with_list_read_past_an_unnamed_first_item(name, text, parties, expected):
    assert pairs(text, **parties) == sorted(tuple(sorted(p)) for p in expected)


NOTHING = [
    # the first item is no unit (residents): nothing bridges it
    ("residents_first", "柏溪社区与辖区居民、仁和堂大药房的店员一起打扫楼道。",
     {"organizations": ["仁和堂大药房"], "communities": ["柏溪社区"]}),
    # 和 may join a list's last item: it opens no such list
    ("he_does_not_open", "柏溪社区和片区卫生服务站、仁和堂大药房的门口摆满了鲜花。",
     {"organizations": ["仁和堂大药房"], "communities": ["柏溪社区"]}),
    # no relation word closes the with-list
    ("no_closing_word", "柏溪社区与片区卫生服务站、仁和堂大药房相距不远。",
     {"organizations": ["仁和堂大药房"], "communities": ["柏溪社区"]}),
]


@pytest.mark.parametrize("name, text, parties", NOTHING, ids=[row[0] for row in NOTHING])
def test_unnamed_first_item_without_a_with_frame_pairs_nothing(name, text, parties):
    assert pairs(text, **parties) == []
