"""Places, round 34: a place written right after a campaign's quality word (美丽|某州, 健康|某市,
“志愿|某省”) is the slogan's, not a standalone mention; the same place written on its own elsewhere
in the article stays a fact. Sentences written for these tests, names made up."""

from __future__ import annotations

import pytest

from contexts import run


def place_facts(text: str) -> list[str]:
    """The first mention written of each place fact."""
    facts: dict[str, str] = {}
    for m in run(text, "places").found("places"):
        if m.fact:
            facts.setdefault(m.canonical, text[m.start:m.end])
    return list(facts.values())


@pytest.mark.parametrize("text, expected", [
    ("妇女姐妹争当建设美丽黔南的巾帼先锋。", []),
    ("青禾诊所为健康柳州出一份力。", []),
    ("团员登录“志愿江西”小程序报名值班。", []),
    ("共筑平安绵阳，人人有责。", []),
    # the place written on its own too stays a fact
    ("绵阳市青禾社区开展巡逻，共筑平安绵阳。", ["绵阳市"]),
    # only the first place of a chain belongs to the slogan
    ("平安成都武侯区居民参加巡逻。", ["武侯区"]),
    # a place opening with such a word is the place itself
    ("幸福街道组织居民学做月饼。", ["幸福街道"]),
    ("居民们在柳州市江边散步。", ["柳州市"]),
])
def test_round34_place_after_campaign_quality_word(text, expected):
    assert place_facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("青禾村先后获得柳州市文明村、自治区卫生村等称号。", []),
    ("这个小区去年被评为绵阳市级五好小区。", []),
    ("她所在的团队捧回“柳州市三八红旗集体”称号。", []),
    # the place written on its own too stays a fact; a title that goes on is no honour
    ("柳州市青禾村获评柳州市文明村。", ["柳州市"]),
    ("绵阳市文明办组织志愿者清扫街道。", []),
    ("绵阳市示范区建设稳步推进。", ["绵阳市"]),
])
def test_round34_place_opening_an_honour_title(text, expected):
    assert place_facts(text) == expected
