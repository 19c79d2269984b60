"""Programs, round 44 (prog2): a nationwide campaign's slogan names no program. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


CAMPAIGN_ONLY = [
    # the nationwide campaign quoted before 实践活动, before 活动, or before a word of ideas
    ("practice", "青禾街道深化“我为群众办实事”实践活动，为居民修好了路灯。"),
    ("activity", "桃源社区推动“我为群众办实事”活动走向深入。"),
    ("idea", "为落实“我为群众办实事”服务理念，松涛社区上门走访独居老人。"),
]


@pytest.mark.parametrize("name, text", CAMPAIGN_ONLY, ids=[row[0] for row in CAMPAIGN_ONLY])
def test_nationwide_campaign_slogan_names_no_program(name, text):
    assert programs(text) == []


def test_longer_theme_opening_with_the_campaign_stays():
    # a theme of the community's own that opens with the campaign's words is another content
    assert programs("桃源社区以“我为群众办实事携手共建新家园”为主题开展活动。") == [("我为群众办实事携手共建新家园", "activity")]
