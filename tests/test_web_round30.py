"""Web pages saved as text, round 30: a credited source is the attribution as written. A combined
attribution (a site and the paper it carries joined by a dash, an outlet and its app or channel
joined by a dot) and an outlet with its app or channel glued after its name are kept whole; a
plain outlet is unchanged, and a site word glued to it is still cut off. The labelled sets of
rounds 27–30 keep the attribution as written. Round 48: a site and the paper it carries credit
the paper (the labelled sets of rounds 44–47 do).

Every page and line here is made up (invented outlets, places and people).
"""

from __future__ import annotations

import pytest

from contexts import split_page
from shequ import layout

BODY = "上周六，柳湾街道石榴社区在文化广场办起二手书集市，八十多户居民带来了家里闲置的图书。"
BODY2 = "社区工作人员说，集市每季度办一次，卖书所得全部捐给社区的儿童阅览室。"


def articles_of(raw: str):
    return split_page(raw)[0]


def source_of(line: str) -> str | None:
    (article,) = articles_of(f"石榴社区二手书集市开张\n\n{line}\n\n{BODY}\n\n{BODY2}")
    return article.source


@pytest.mark.parametrize(
    "line, source",
    [
        ("2025-04-12 08:30 来源：柳湾新闻网—柳湾日报", "柳湾日报"),  # a site and its paper: the paper (round 48)
        ("2025-04-12 08:30 来源：柳湾网-石城晚报", "石城晚报"),
        # the paper alone since round 53 (h6): the l53 tuning gold credits a dotted paper-and-app pair's paper (3 articles of 3 sets, none keeps the pair)
        ("2025-04-12 08:30 来源：石城晚报·柳湾客户端", "石城晚报"),  # a dot between paper and app
        ("2025-04-12 08:30 来源：柳湾网·民生频道", "柳湾网·民生频道"),  # a dot between portal and channel
        ("2025-04-12 08:30 来源：石城日报客户端", "石城日报客户端"),  # the app glued to the paper's name
        ("2025-04-12 08:30 来源：石城晚报手机客户端", "石城晚报手机客户端"),
        ("2025-04-12 08:30 来源：石城晚报", "石城晚报"),  # a single outlet: unchanged
        ("2025-04-12 08:30 来源：柳湾新闻网", "柳湾新闻网"),
    ],
)
def test_source_label_keeps_the_attribution_as_written(line, source):
    assert source_of(line) == source


@pytest.mark.parametrize(
    "name, credited",
    [
        ("柳湾新闻网—柳湾日报", "柳湾日报"),  # a site and its paper: the paper (round 48)
        # the paper alone since round 53 (h6): the l53 tuning gold credits a dotted paper-and-app pair's paper (3 articles of 3 sets, none keeps the pair)
        ("石城晚报·柳湾客户端", "石城晚报"),
        ("石城日报客户端", "石城日报客户端"),
        ("柳湾网民生频道", "柳湾网民生频道"),
        ("石城日报官网", "石城日报"),  # a site word glued to the name is still cut off
        ("石城晚报", "石城晚报"),
        ("石榴社区-柳湾街道", "石榴社区-柳湾街道"),  # no outlet at all: kept as it is
    ],
)
def test_credited_outlet_is_the_attribution_as_written(name, credited):
    assert layout.credited_outlet(name) == credited


def test_byline_of_a_paper_and_its_app_is_the_source():
    raw = f"石城晚报·柳湾客户端记者 赵一鸣\n{BODY}\n{BODY2}\n"
    (article,) = articles_of(raw)
    # the paper alone since round 53 (h6): the l53 tuning gold credits a dotted paper-and-app pair's paper (3 articles of 3 sets, none keeps the pair)
    assert article.source == "石城晚报"


def test_dispatch_of_an_app_names_the_paper_and_its_app():
    # a dispatch line names the outlet with its app, as written (round 31; round 18 cut it off)
    assert layout.lede_outlet("石城日报客户端讯（记者 赵一鸣）" + BODY) == "石城日报客户端"
    assert layout.outlet_head("石城日报客户端") == "石城日报"
    assert layout.outlet_head("石城日报客户端", glued=False) is None


def test_body_without_any_attribution_has_no_source():
    (article,) = articles_of(f"石榴社区二手书集市开张\n\n{BODY}\n\n{BODY2}")
    assert article.source is None
