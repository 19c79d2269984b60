"""Programs, round 59 h4: a media outlet's column or series is the outlet's, not a programme a body
runs. A title in book marks with 栏目 or 专栏 after it, written right after the outlet (某某新闻网《甲乙》
栏目, 某某总台《甲乙》栏目, 某报推出《甲乙》专栏: outlet_column), and a quote an outlet launches with 系列报道
(or another kind of work: SERIES_OF_WORKS) after it name no programme; a body's own column (某司法所开设
《甲乙》栏目), a series government bodies launch with an outlet and a quote before 系列活动 still do.
Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs
from shequ.extract.programs import outlet_column


OUTLET_COLUMNS = [
    # a news site's column that a story appeared in
    ("news_site_column", "江城全搜索新闻网《民情直通》栏目推出新一期，去看看社区里的新变化。"),
    # a state broadcaster's programme that a village appeared on
    ("broadcaster_column", "村里连年获评先进，还上了中央广播电视总台《田园》栏目。"),
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
