"""Places, round 36b.

- A street written X街 for its official name X街道 counts when the article writes that official
  name in full anywhere, also inside a name (X街道办事处): the street itself says X街 is the
  street, not a road, even with no district near it.

Every sentence here is made up (invented names; the streets are real gazetteer rows).
"""

from __future__ import annotations

import pytest

from test_places import places


@pytest.mark.parametrize(
    "text, expected",
    [
        # the official name written first, the X街 form later, away from any district
        ("大庸桥街道办事处组织了义诊。当天，大庸桥街的志愿者也来了。", [("大庸桥街", "大庸桥街道"), ("大庸桥街道", "大庸桥街道")]),
        # without the official name or its district X街 stays a road
        ("大庸桥街的志愿者也来了。", []),
        # a house number after X街 keeps it a road (the office's name alone makes no place)
        ("大庸桥街道办事处设在大庸桥街8号。", []),
    ],
)
def test_round36b_street_written_jie_after_its_official_name_anywhere(text, expected):
    assert sorted((text[m.start : m.end], m.canonical) for m in places(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place in a rights note names the outlet or the owner
        ("青禾社区在长沙市办了书市。\n本文为湖南青禾日报原创文章，转载请注明出处。", ["长沙市"]),
        ("木棉街坊网由杭州市青禾公司版权所有。", []),
        ("本文版权归宁波市木棉传媒所有。", []),
        # the next sentence, free of the note, keeps its place
        ("转载请注明出处。居民在长沙市领了书。", ["长沙市"]),
    ],
)
def test_round36b_place_in_a_rights_note_is_no_mention(text, expected):
    assert [m.canonical for m in places(text)] == expected
