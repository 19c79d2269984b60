"""Programs, round 32: a quote made only of words naming who works together and how (“党建联盟”,
“校地合作”, “警社联动”: program_exclusions.tsv cooperation_party and cooperation_act) names a kind of
cooperation, not a program (filter 39); a quote with a name of its own stays. A title in book marks
followed at once by 栏目, 专栏, 系列 or 活动 names that column, series or activity (RE_TITLE_FOLLOWED);
not a series of reports, a plan's paper, a dated title or a media outlet. Sentences of our own
making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs
from shequ.extract.programs import reject_cooperation


COOPERATION_KINDS = [
    # the kinds of unit and the act alone, whatever program word or frame follows the quote
    ("party_alliance", "青禾镇推动村企结成“党建联盟”，共办实事十余件。"),
    ("school_and_place", "桐花街道与职业学院举行“校地合作”签约仪式。"),
    ("police_and_community", "枫林派出所组织“警社联动”志愿巡逻活动，覆盖三个小区。"),
    ("party_organizations", "银杏社区与电力公司举行“党组织共建”活动启动仪式。"),
    ("acts_only", "青禾镇搭建“共建互享”平台，整合企业资源。"),
]

OWN_NAMES = [
    # a name of its own before the act word, or a policy phrase outside the two word lists
    ("named_alliance", "桐花社区成立“枫桥红联盟”，吸纳商户二十家。", [("枫桥红联盟", "platform")]),
    ("named_party_alliance", "桐花社区打造“红枫党建联盟”，联结辖区八家单位。", [("红枫党建联盟", "platform")]),
    ("stationed_units_phrase", "青禾街道以“共驻共建”为载体开展服务。", [("共驻共建", "program")]),
]


@pytest.mark.parametrize("name, text", COOPERATION_KINDS, ids=[row[0] for row in COOPERATION_KINDS])
def test_quote_of_cooperation_words_names_no_program(name, text):
    assert programs(text) == []


@pytest.mark.parametrize("name, text, expected", OWN_NAMES, ids=[row[0] for row in OWN_NAMES])
def test_cooperation_with_a_name_of_its_own_stays(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize(
    "inner, expected",
    [
        ("党建联盟", True),
        ("警社联动", True),
        ("共建互享", True),
        ("村企党建共建", True),
        ("党建", False),  # no act word: what kind of unit, not a cooperation
        ("红枫党建联盟", False),
        ("共驻共建", False),
        ("五社联动", False),
    ],
)
def test_reject_cooperation_needs_only_party_and_act_words(inner, expected):
    assert reject_cooperation(inner) is expected


TITLED = [
    # a title in book marks followed at once by a column, series or activity word
    ("column", "青禾街道司法所开设《邻里说法堂》栏目，每周讲解一个案例。", [("邻里说法堂", "platform")]),
    ("series", "枫林社区推出《银杏夜读》系列，每月请一位老党员领读。", [("银杏夜读", "activity")]),
    ("activity_with_comma", "《守护碧水，人人有责》活动本周招募志愿者二十名。", [("守护碧水，人人有责", "activity")]),
]

TITLES_NAMING_NONE = [
    # a series of reports, a plan's paper, a dated title and a media outlet's column
    ("report_series", "桐花晚讯近日推出《走进新农村》系列报道，共刊发八篇。"),
    ("activity_plan", "桐花街道日前印发《睦邻月》活动方案，部署六项任务。"),
    ("dated_title", "枫林社区举办《2025年银杏社区迎春》活动，居民踊跃参加。"),
    ("media_column", "枫林社区的经验登上了《青禾日报》专栏，引来各地参观。"),
]


@pytest.mark.parametrize("name, text, expected", TITLED, ids=[row[0] for row in TITLED])
def test_title_followed_by_a_column_series_or_activity_word_is_a_program(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", TITLES_NAMING_NONE, ids=[row[0] for row in TITLES_NAMING_NONE])
def test_report_series_plan_dated_or_media_title_is_no_program(name, text):
    assert programs(text) == []
