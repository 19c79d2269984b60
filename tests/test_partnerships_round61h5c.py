"""Round 61 h5c (partnerships across sentences): a clause with no subject but a time word before a
word that brings a partner in (现已联合B…, 目前引进了B…, 某节期间联合B…) goes on about the unit the
text is about: the one community the article names, else the unit opening the sentence right
before. A headless clause with no time word, or after a new paragraph, keeps no actor.
Made-up sentences."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs

UNITS = dict(
    organizations=["青禾书画院", "明川社会工作服务中心", "松溪县税务局机关党支部", "云岭慈善基金会"],
    communities=["桃溪社区"],
)
NO_COMMUNITY = dict(organizations=UNITS["organizations"], communities=[])
TWO_UNITS = dict(organizations=UNITS["organizations"], communities=["桃溪社区", "柳湾社区"])


@pytest.mark.parametrize(
    ("text", "units", "expected"),
    [
        (
            # the one community named earlier brings the partner in
            "居民在平台上留言很多，松溪县桃溪社区办活动前先征集意见。经过比对，书画最受欢迎。"
            "现已联合青禾书画院开展书画展8场，吸引居民2000余人次参与。",
            UNITS,
            [("桃溪社区", "青禾书画院")],
        ),
        (
            "桃溪社区的党群服务中心有三层。二楼开展各类为老服务。目前引进了明川社会工作服务中心等专业组织。",
            UNITS,
            [("明川社会工作服务中心", "桃溪社区")],
        ),
        (
            # no community: the unit opening the sentence before goes on acting
            "松溪县税务局机关党支部立足为群众办实事，建立对接机制。“七一”建党节期间联合云岭慈善基金会举办义卖，"
            "拉近党群距离。",
            NO_COMMUNITY,
            [("云岭慈善基金会", "松溪县税务局机关党支部")],
        ),
    ],
)
def test_time_led_headless_clause(text, units, expected):
    assert pairs(text, **units) == expected


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # no time word: a headless clause may belong to anyone
        ("桃溪社区的党群服务中心有三层。二楼开展各类为老服务。引进了明川社会工作服务中心等专业组织。", UNITS),
        # two communities named: neither is the one the text is about
        ("桃溪社区和柳湾社区各有活动室。目前引进了明川社会工作服务中心等专业组织。", TWO_UNITS),
        # a new paragraph: the unit opening the paragraph before no longer acts
        ("松溪县税务局机关党支部立足为群众办实事。\n“七一”建党节期间联合云岭慈善基金会举办义卖。", NO_COMMUNITY),
        # the sentence before opens with no unit
        ("党员们立足为群众办实事，青禾书画院也来帮忙。“七一”建党节期间联合云岭慈善基金会举办义卖。", NO_COMMUNITY),
    ],
)
def test_nothing_carried(text, units):
    assert pairs(text, **units) == []
