"""Round 17 (web): the gazetteer supplement (places the 2022 division list does not hold, under
their parent's code) and estates named without a head in a list that shares one.

Sentences of our own making (names, places and numbers changed from the shapes seen)."""

from __future__ import annotations

import pytest

from shequ.gazetteer import load_gazetteer
from shequ.lexicon import read_table
from contexts import run

KINDS = {"street", "zone", "bingtuan", "former"}


def place_facts(text: str):
    ctx = run(text, "places", "communities")
    return [(text[m.start : m.end], m.canonical, m.attrs["code"], m.attrs["level"]) for m in ctx.mentions["places"] if m.fact]


def community_names(text: str):
    ctx = run(text, "places", "communities")
    return [(text[m.start : m.end], m.attrs["kind"]) for m in ctx.mentions["communities"]]


def test_supplement_rows_nest_under_real_divisions():
    divisions = load_gazetteer().divisions
    rows = read_table("place_supplement.tsv")
    assert rows
    for row in rows:
        assert row["parent"] in divisions, row
        assert row["relation"] in ("within", "same"), row
        assert row["kind"] in KINDS, row
        assert row["evidence"], row
        assert row["name"] not in {d.name for d in (divisions[row["parent"]],)}


@pytest.mark.parametrize(
    "text, expected",
    [
        # A zone's short name and one of its offices: facts named as written, under the zone's code.
        (
            "近日,郑州航空港区滨河办事处组织社工走访辖区家庭。",
            [("郑州", "郑州市", "4101", "city"), ("航空港区", "航空港区", "410173", None), ("滨河办事处", "滨河办事处", "410173", None)],
        ),
        # 兵团 units: the division under 新疆, its farm under 乌鲁木齐市.
        (
            "兵团第十二师头屯河农场的职工参加了技能培训。",
            [("兵团第十二师", "兵团第十二师", "65", None), ("头屯河农场", "头屯河农场", "6501", None)],
        ),
        # A district merged away before the list, still named by older news.
        ("动力区各街道开展消夏晚会。", [("动力区", "动力区", "230110", None)]),
        # A new area inside a province, and a zone whose official name holds the written one.
        (
            "他们从临港新片区出发,前往天衢新区参观。",
            [("临港新片区", "临港新片区", "31", None), ("天衢新区", "德州天衢新区", "371471", "district")],
        ),
    ],
)
def test_supplement_places(text, expected):
    assert place_facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "沿着石路走到村口,路边是一片菜地。",  # 石路 is a stone road, not 石路街道
        "旅客在新建的航空港换乘大巴。",  # an airport, not 航空港区
    ],
)
def test_supplement_needs_the_whole_name(text):
    assert place_facts(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # A list closed by 等小区: every item is an estate, a unit word (中心) may end one.
        ("今年,云栖时代、星海中心等小区都完成了楼道改造。", [("云栖时代", "小区"), ("星海中心", "小区")]),
        # 小区 written on the last item only: the first item shares it.
        ("又如翠屏西湖、万松小区的开发商未及时交付配套。", [("翠屏西湖", "小区"), ("万松小区", "小区")]),
    ],
)
def test_estates_sharing_a_list_head(text, expected):
    assert community_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "街道将就停车难题、绿化提升等小区事务征求意见。",  # verbs, not names
        "老旧、无物业小区也纳入了改造计划。",  # kinds of estates
        "志愿者走访了张家、李家和王家等小区。",  # 和 joins the last two: no list of bare names
        "社区启动“邻里同心 活力社区”微创投,倡导共创文明社区。",  # campaign goals before 社区
    ],
)
def test_lists_and_slogans_that_name_no_estate(text):
    assert community_names(text) == []
