"""Programs, round 59 h4: a media outlet's column or series is the outlet's, not a programme a body
runs. A title in book marks with 栏目 or 专栏 after it, written right after the outlet (某某新闻网《甲乙》
栏目, 某某总台《甲乙》栏目, 某报推出《甲乙》专栏: outlet_column), and a quote an outlet launches with 系列报道
(or another kind of work: SERIES_OF_WORKS) after it name no programme; a body's own column (某司法所开设
《甲乙》栏目), a series government bodies launch with an outlet and a quote before 系列活动 still do.
A quote ending with an event word (program_event_heads.txt: 活动, 演练, 晚会 …) that is the whole object of
开展/举办/举行 names the event, word and all (whole_event_object); not the kind of service a group gives
(“巾帼志愿者服务活动”), a quote opening with a generic holder, nor one the clause goes on after. Sentences
of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs
from shequ.extract.programs import outlet_column, whole_event_object


OUTLET_COLUMNS = [
    # a news site's column that a story appeared in
    ("news_site_column", "江城全搜索新闻网《民情直通》栏目推出新一期，去看看社区里的新变化。"),
    # a state broadcaster's programme that a village appeared on
    ("broadcaster_column", "这个村的合作社办得红火，前不久中央广播电视总台《美丽村庄》栏目也来拍了。"),
    # a city paper launching a column, with the launch verb between
    ("paper_launches_column", "日前，江城商报推出《邻里共治·你我同行》专栏，聚焦各个社区。"),
    # a TV channel launching a column with a manner word before the verb
    ("channel_launches_column", "日前，江城频道重磅推出《走街巷·看新貌》专栏。"),
    # a paper's series of reports, quoted
    ("quoted_report_series", "即日起，本报推出“走进乡村”系列报道，讲述各地的故事。"),
    # a series of short films, quoted
    ("quoted_film_series", "县融媒体中心推出“银杏人家”系列短片，记录十户家庭的变化。"),
    # a page of a paper launching a series of reports
    ("page_report_series", "即日起，乡村振兴版推出“守望家园”系列报道，讲述返乡青年的故事。"),
]

BODIES_OWN_SERIES = [
    # a judicial office's own column
    ("office_column", "青禾街道司法所开设《邻里说法堂》栏目，每周讲解一个案例。", [("邻里说法堂", "platform")]),
    # a community's own series in book marks
    ("community_series", "枫林社区推出《银杏夜读》系列，每月请一位老党员领读。", [("银杏夜读", "activity")]),
    # a series that government bodies launch with a web outlet: their campaign
    ("joint_report_series", "近期，区统战部、区民宗局、江城在线网推出“石榴籽同心”系列报道。", [("石榴籽同心", "activity")]),
    # a quoted series of activities
    ("quoted_activity_series", "桐花社区开展“银杏夜读”系列活动，每月一期。", [("银杏夜读", "activity")]),
]


@pytest.mark.parametrize("name, text", OUTLET_COLUMNS, ids=[row[0] for row in OUTLET_COLUMNS])
def test_outlet_column_or_report_series_is_no_program(name, text):
    assert programs(text) == []


@pytest.mark.parametrize("name, text, expected", BODIES_OWN_SERIES, ids=[row[0] for row in BODIES_OWN_SERIES])
def test_body_own_column_or_activity_series_stays_a_program(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("江城新闻网《甲乙》栏目", True),
        ("中央广播电视总台《甲乙》栏目", True),
        ("江城商报重磅推出《甲乙》专栏", True),
        ("本报开设了《甲乙》专栏", True),
        ("即日起，地方版推出“甲乙”", True),
        ("区委宣传部联合江城频道推出《甲乙》专栏", False),
        ("街道司法所开设《甲乙》栏目", False),
        ("社区的《甲乙》栏目", False),
    ],
)
def test_outlet_column_reads_the_outlet_before_the_title(text, expected):
    assert outlet_column(text, min(text.index(mark) for mark in "《“" if mark in text)) is expected


WHOLE_EVENTS = [
    # a drill named in full as the object of 开展, the sentence ending after it
    ("drill", "青禾街道在农贸市场开展“摊位防火应急演练”。演练结束后，消防员教大家使用灭火毯。",
     [("摊位防火应急演练", "activity")]),
    # a themed activity with a qualifier between the verb and the quote
    ("first_of_its_kind", "柳岸社区开展全区首个“银发骑手助老微服务主题活动”，慢慢把服务做出了口碑。",
     [("银发骑手助老微服务主题活动", "activity")]),
    # a campaign activity named in full
    ("campaign_activity", "青枫社区开展“无障碍友好型社区创建活动”，组建了助残服务队。",
     [("无障碍友好型社区创建活动", "activity")]),
    # a gala held with 了 after the verb
    ("gala", "社区举办了“月满中秋邻里团圆文艺晚会”，居民踊跃参加。", [("月满中秋邻里团圆文艺晚会", "activity")]),
]

NO_WHOLE_EVENT = [
    # the kind of volunteer service a group gives
    ("party_members_service", "区妇联开展“巾帼志愿者服务活动”，与家庭教育指导结合起来。"),
    ("observance_service", "青禾街道团工委开展“敬老志愿服务活动”。"),
    # a quote opening with a generic holder
    ("generic_holder", "社区举办“社区中秋晚会”，居民踊跃参加。"),
    # a document title that no activity verb takes
    ("document_title", "按照市委“关于深入开展结对共建活动”的要求，社区行动起来。"),
]


@pytest.mark.parametrize("name, text, expected", WHOLE_EVENTS, ids=[row[0] for row in WHOLE_EVENTS])
def test_quoted_whole_event_after_activity_verb_is_a_program(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", NO_WHOLE_EVENT, ids=[row[0] for row in NO_WHOLE_EVENT])
def test_kind_of_service_holder_or_document_is_no_whole_event(name, text):
    assert programs(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("社区开展“甲乙丙丁演练”。", True),
        ("社区开展了一场“甲乙丙丁活动”，", True),
        ("社区开展“甲乙丙丁活动”现场会", False),  # the clause goes on: the quote is not the whole object
        ("社区开展“甲乙演练”。", False),  # two characters of its own before the event word
        ("社区推出“甲乙丙丁活动”。", False),  # 推出 is no activity verb here
    ],
)
def test_whole_event_object_needs_verb_clause_end_and_own_name(text, expected):
    start = text.index("“") + 1
    assert whole_event_object(text, start, text[start : text.index("”")]) is expected
