"""Programs, round 39. Sentences of our own making.

1. A quoted name before a meeting word of the deliberation family (“某某”议事会, “某某”圆桌会,
   “某某”的表决会, “某某”专题会议, “某某”动员会, “某某”协商会) names the meeting series, as
   “某某”座谈会 and “某某”恳谈会 already did; a meeting word with no quote before it names nothing.
"""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


QUOTED_MEETINGS = [
    ("council_full_name", "青禾社区“邻里同心”议事会每月十五日开一次。", [("邻里同心议事会", "platform")]),
    ("round_table", "街道召集了一场“共商修路”居民圆桌会，听取各方意见。", [("共商修路", "activity")]),
    ("vote_meeting", "在一场“惠民先行”的表决会上，方案全票通过。", [("惠民先行", "activity")]),
    ("topic_meeting", "居委会先后召开三次“周三夜谈”专题会议，讨论加装电梯。", [("周三夜谈", "activity")]),
]

NO_QUOTED_MEETING = [
    ("bare_meeting", "社区召开专题会议，研究楼道堆物清理方案。"),
    ("generic_council", "居民代表在议事会上提出了停车难的问题。"),
]


@pytest.mark.parametrize("name, text, expected", QUOTED_MEETINGS, ids=[r[0] for r in QUOTED_MEETINGS])
def test_quote_before_meeting_word_names_the_meeting(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", NO_QUOTED_MEETING, ids=[r[0] for r in NO_QUOTED_MEETING])
def test_meeting_word_without_quote_names_nothing(name, text):
    assert programs(text) == []
