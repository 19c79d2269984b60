"""Programs: an unquoted campaign that takes something into the neighbourhood (X进社区 / X进小区) is named
by what goes in when an activity word follows it (…进社区活动, …进社区巡讲活动, …进社区行动); the verbs,
counts and adverbs before it stay out, and without an activity word, or inside a community's own name
(前进社区), nothing is named. Round 49progmiss. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


KEPT = [
    ("after_frame_verb", "青禾街道开展退休教师进社区活动，受到欢迎。", [("退休教师进社区", "activity")]),
    ("verb_qualifying_noun", "柳岸社区持续开展在职医生进小区活动。", [("在职医生进小区", "activity")]),
    ("event_count_left_out", "居民对首场剪纸进社区活动评价很高。", [("剪纸进社区", "activity")]),
    ("descriptor_before_activity", "杭州市妇联开展育儿知识进社区巡讲活动。", [("育儿知识进社区", "activity")]),
    ("campaign_word", "区图书馆全面推进儿童绘本进社区行动。", [("儿童绘本进社区", "activity")]),
]

EMPTY = [
    ("no_activity_word", "青禾街道推动退休教师进社区，受到欢迎。"),
    ("plain_work", "柳岸街道组织退休教师进社区工作。"),
    ("community_name", "南湖镇前进社区活动室今天开放。"),
]


@pytest.mark.parametrize("label,text,expected", KEPT, ids=[c[0] for c in KEPT])
def test_into_neighbourhood_campaign_named(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label,text", EMPTY, ids=[c[0] for c in EMPTY])
def test_into_neighbourhood_without_activity_names_nothing(label, text):
    assert programs(text) == []


STEM_CUT = [
    ("verb_complement", "我们要开展好法律咨询进社区活动。", [("法律咨询进社区", "activity")]),
    ("joined_ceremony", "举行中心揭牌仪式，暨读书分享进社区活动启动。", [("读书分享进社区", "activity")]),
    ("counted_events", "今年安排了60余场防诈宣传进社区活动。", [("防诈宣传进社区", "activity")]),
]


@pytest.mark.parametrize("label,text,expected", STEM_CUT, ids=[c[0] for c in STEM_CUT])
def test_into_neighbourhood_name_starts_past_lead_words(label, text, expected):
    assert programs(text) == expected


def test_into_neighbourhood_listed_before_deng_names_nothing():
    assert programs("社区组织了手工体验、书法进社区等活动。") == []


def test_into_neighbourhood_complement_cut_at_longest_name():
    assert programs("要开展好青年律师公益咨询进社区活动。") == [("青年律师公益咨询进社区", "activity")]
