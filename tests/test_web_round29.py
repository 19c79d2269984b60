"""Round 29: two dispatch shapes of real first paragraphs that named no source.

- A provincial portal's county bureau opens its dispatch with the portal's two-character
  name, the county and 站 (红网某某站3月5日讯): the portal is the outlet. Names of two
  characters are too short for the outlet endings, so the portal is listed by name
  (`org_media.txt`).
- A paper and its site joined by a dash before the date (某某日报-某某网3月5日讯): the paper
  is the outlet, as it already was before 讯 alone (某某都市报-某某讯, round 21).

Every line here is made up (invented places, units and people).
"""

from __future__ import annotations

import pytest

from shequ import layout

from contexts import split_page as split


@pytest.mark.parametrize(
    "lede, outlet",
    [
        ("红网青禾站3月5日讯（通讯员 李文）近日，松林社区的老年食堂开张。", "红网"),
        ("红网松林站讯（记者 张敏 通讯员 王青）青竹村的积分超市本周开业。", "红网"),
        ("舜网讯 近日，青竹街道组织志愿者为独居老人上门理发。", "舜网"),
        ("青禾日报-青禾网12月29日讯（记者 李文）松林社区的调解室又添了两位老党员。", "青禾日报"),
        ("青禾日报—青禾网2025年3月5日讯（通讯员 王青）近日，青竹社区开展义诊。", "青禾日报"),
    ],
)
def test_bureau_and_dashed_dispatches_name_their_outlet(lede, outlet):
    assert layout.lede_outlet(lede) == outlet


@pytest.mark.parametrize(
    "lede",
    [
        "红网格员张敏3月5日走访了青竹村。",  # a grid worker, no portal
        "青禾社区-松林小区3月5日讯息公开栏更新。",  # a dash between two communities before no dispatch
        "网青禾站3月5日讯（通讯员 李文）近日",  # one character is no outlet
    ],
)
def test_lines_that_name_no_bureau_outlet(lede):
    assert layout.lede_outlet(lede) is None


def test_a_bureau_dispatch_is_the_articles_source():
    headline = "松林社区老年食堂开张"
    lede = "红网青禾站3月5日讯（通讯员 李文）近日，松林社区的老年食堂开张，六十岁以上的老人每餐只需付五元。"
    body = "食堂由社区党委牵头，附近两家餐馆轮流供餐，志愿者负责打饭和收拾碗筷。"
    articles, _ = split(f"{headline}\n{lede}\n{body}")
    assert [(a.title, a.source) for a in articles] == [(headline, "红网")]
