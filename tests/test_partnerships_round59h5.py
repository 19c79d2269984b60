"""Round 59 h5 (partnerships, credit lines): a 由-credit line too long to pair whole still pairs
the units of its host tier (主办) with each other and those of its operator tier (承办) with each
other, when it also credits helpers (协办) and its hosts and operators are at most MAX_CREDITED
(_core_tiers). Across tiers, among the helpers and on a line with more hosts and operators the gold
splits, and nothing more is paired. Made-up sentences."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs

UNITS = dict(
    organizations=[
        "青枫区文化和旅游局",
        "青枫区农业农村局",
        "柳岸市民政局",
        "柳岸市教育局",
        "禾光社工事务所",
        "云杉公益基金会",
        "青枫区图书馆",
        "柳岸第二中学",
        "禾苗文化传媒有限公司",
        "青枫区妇联",
        "柳岸市团委",
    ],
    communities=["柳絮湾社区"],
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # two hosts, two operators, three helpers: a line of seven, so since round 61 (h5,
            # MAX_SHORT_CREDIT_LINE) its hosts and operators pair across the tiers too: the pool
            # gold pairs them so on both such lines it holds (g57d, g58c), the helpers left out
            "11月5日，由柳岸市民政局、柳岸市教育局主办，青枫区文化和旅游局、青枫区农业农村局承办，"
            "青枫区图书馆、柳岸第二中学、禾苗文化传媒有限公司协办的乡村少儿阅读节在柳絮湾社区举行。",
            [
                ("柳岸市教育局", "柳岸市民政局"),
                ("柳岸市教育局", "青枫区农业农村局"),
                ("柳岸市教育局", "青枫区文化和旅游局"),
                ("柳岸市民政局", "青枫区农业农村局"),
                ("柳岸市民政局", "青枫区文化和旅游局"),
                ("青枫区农业农村局", "青枫区文化和旅游局"),
            ],
        ),
        (
            # three hosts, one operator, one helper (the helper credited before the operator): a
            # short line since round 61 (h5), the operator paired with the hosts, the helper not
            "本次集市由青枫区文化和旅游局、青枫区妇联、柳岸市团委主办，云杉公益基金会协办，柳絮湾社区承办。",
            [
                ("柳岸市团委", "柳絮湾社区"),
                ("柳岸市团委", "青枫区妇联"),
                ("柳岸市团委", "青枫区文化和旅游局"),
                ("柳絮湾社区", "青枫区妇联"),
                ("柳絮湾社区", "青枫区文化和旅游局"),
                ("青枫区妇联", "青枫区文化和旅游局"),
            ],
        ),
    ],
)
def test_short_core_of_a_long_credit_line_pairs_tier_by_tier(text, expected):
    assert pairs(text, **UNITS) == expected


@pytest.mark.parametrize(
    "text",
    [
        # three hosts and three operators: over MAX_CREDITED, where the gold pairs none
        "大赛由柳岸市民政局、柳岸市教育局、柳岸市团委主办，青枫区文化和旅游局、青枫区农业农村局、青枫区妇联承办，"
        "青枫区图书馆、柳岸第二中学、禾苗文化传媒有限公司协办。",
        # an item no extractor names counts: three hosts and two operators are over the bound
        "活动由柳岸市民政局、某某省某某厅、柳岸市教育局主办，青枫区妇联、柳岸市团委承办，"
        "青枫区图书馆、柳岸第二中学、禾苗文化传媒有限公司协办。",
    ],
)
def test_long_core_or_single_units_pair_nothing(text):
    assert pairs(text, **UNITS) == []


def test_line_without_helpers_keeps_its_bound():
    # eight hosts and operators and no helper: over MAX_SHORT_CREDIT_LINE, nothing paired. (This
    # test held five, paired since round 61 h5: the pool gold pairs a line of two hosts and three
    # operators all with all (g58e), and the dev line that pairs none credits eleven.)
    text = (
        "大赛由柳岸市民政局、柳岸市教育局、柳岸市团委、青枫区妇联主办，"
        "青枫区文化和旅游局、青枫区农业农村局、青枫区图书馆、柳岸第二中学承办。"
    )
    assert pairs(text, **UNITS) == []
