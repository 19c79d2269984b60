"""Programs, round 39. Sentences of our own making.

1. A quoted name before a meeting word of the deliberation family (“某某”议事会, “某某”圆桌会,
   “某某”的表决会, “某某”专题会议, “某某”动员会, “某某”协商会) names the meeting series, as
   “某某”座谈会 and “某某”恳谈会 already did; a meeting word with no quote before it names nothing.
2. A quote ending in a room word 坊, 屋 or 书院 after words of its own names a community's room
   (“某某缝补坊”, “某某屋”, “某某书院”); a quote the dictionary knows as one word (“老街坊”, “小木屋”)
   names none. A shorter quote that ends the full name and opens a quoted list (“暖心屋”…“夏日送凉”
   活动) is a mention of the full name, not a second program.
3. A quote ending in a talk-session word (…谈, …夜话, …会议: “某某半月谈”, “某某夜话”, “某某会议”) names
   the session series; a remark about talking (“坐下来谈”, “有事好好谈”: a verb or adverb before the
   talk word) names nothing.
"""

from __future__ import annotations

import pytest

from contexts import program_spans, programs_and_kinds as programs


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


QUOTED_ROOMS = [
    ("mending_workshop", "社区在二楼开了“巧手缝补坊”，添置了三台缝纫机。", [("巧手缝补坊", "station")]),
    ("toddler_room", "街道首家托育点“小蜗牛屋”昨天开门迎客。", [("小蜗牛屋", "station")]),
    ("village_academy", "村里把祠堂改成了“明德书院”，每周开一次讲座。", [("明德书院", "station")]),
]

NO_QUOTED_ROOM = [
    ("neighbours", "几位老住户说，“老街坊”常在树下下棋。"),
    ("cabin", "公园里那间“小木屋”刷上了新漆。"),
]


@pytest.mark.parametrize("name, text, expected", QUOTED_ROOMS, ids=[r[0] for r in QUOTED_ROOMS])
def test_quote_ending_in_room_word_names_a_room(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", NO_QUOTED_ROOM, ids=[r[0] for r in NO_QUOTED_ROOM])
def test_one_dictionary_word_room_names_nothing(name, text):
    assert programs(text) == []


def test_short_room_quote_opening_a_list_is_a_mention_of_the_full_name():
    text = "岸柳社区“邻里·暖心屋”落成，两间“暖心屋”还将启动“夏日送凉”活动。"
    assert program_spans(text) == [("邻里·暖心屋", "邻里·暖心屋"), ("暖心屋", "邻里·暖心屋"), ("夏日送凉", "夏日送凉")]


QUOTED_TALKS = [
    ("fortnight_talk", "每逢周五，“楼道半月谈”就在单元门口开讲。", [("楼道半月谈", "activity")]),
    ("evening_talk", "社区每周办一次“邻家夜话”，听大家说心里话。", [("邻家夜话", "activity")]),
    ("bench_meeting", "书记说，“马扎会议”让老人们愿意开口。", [("马扎会议", "activity")]),
]

NO_QUOTED_TALK = [
    ("sit_and_talk", "双方都愿意“坐下来谈”，矛盾就好解了。"),
    ("talk_properly", "老书记常挂在嘴边的是“有事好好谈”。"),
]


@pytest.mark.parametrize("name, text, expected", QUOTED_TALKS, ids=[r[0] for r in QUOTED_TALKS])
def test_quote_ending_in_talk_word_names_the_session(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", NO_QUOTED_TALK, ids=[r[0] for r in NO_QUOTED_TALK])
def test_remark_about_talking_names_nothing(name, text):
    assert programs(text) == []
