"""Queries over a store built from hand-checked seed sheets (see graph_fixtures)."""

from __future__ import annotations

import pytest

from graph_fixtures import SYNTHETIC_JIULONG, clippings, community, sheet
from shequ.errors import AmbiguousEntityError, ShequError
from shequ.graph import queries
from shequ.graph.store import GraphStore


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = GraphStore(tmp_path_factory.mktemp("g") / "graph.sqlite")
    for clipping, sheets in clippings().items():
        s.upsert_clipping(clipping, "h", sheets)
    yield s
    s.close()


def test_communities_by_model_lists_communities_with_their_sources(store):
    rows = queries.communities(store, model="五社联动")
    assert [(r["name"], r["place"], r["basis"]) for r in rows] == [
        ("民族巷社区", "宁夏回族自治区 / 中卫市 / 沙坡头区 / 文昌镇", ["article"])]
    assert [(s["source"], s["clipping"]) for s in rows[0]["sources"]] == [("新华网", "001_1d0cc6dd0f8373ac.txt")]


def test_in_ningxia_finds_minzuxiang_through_the_place_chain(store):
    # 民族巷社区 names only its street 文昌镇; 宁夏 is three located_in steps above that
    assert [r["name"] for r in queries.communities(store, place="宁夏")] == ["民族巷社区"]
    assert [r["name"] for r in queries.communities(store, model="五社联动", place="宁夏")] == ["民族巷社区"]
    assert queries.communities(store, model="五社联动", place="四川") == []


def test_in_province_covers_every_level_below(store):
    assert [r["name"] for r in queries.communities(store, place="四川")] == ["花照壁社区", "金鱼社区"]
    assert [r["name"] for r in queries.communities(store, place="叙州区")] == ["金鱼社区"]


def test_short_place_name_resolves_by_official_name_prefix(store):
    assert queries.find_nodes(store, "宁夏", ("place",)) == ["place:64"]
    assert queries.find_nodes(store, "宁夏回族自治区", ("place",)) == ["place:64"]
    assert queries.find_nodes(store, "不存在的地方") == []


def test_partners_of_jinyu_community_in_both_directions(store):
    rows = queries.partners(store, "金鱼社区")
    assert [(r["partner"], r["relation"]) for r in rows] == [("宜宾市酒都义工联合会", ["入驻"]), ("童萌亲子园", ["引入"])]
    assert rows[0]["sources"][0]["source"] == "四川新闻网"
    assert rows[0]["evidence"][0].startswith("罗新所在的宜宾市酒都义工联合会就入驻在叙州区金鱼社区")


def test_people_and_roles_by_community(store):
    rows = queries.people(store, "金鱼社区")
    assert [(r["person"], r["role"]) for r in rows] == [("李琼", ["金鱼社区书记"])]


def test_programs_by_place_and_operator(store):
    assert [r["name"] for r in queries.programs(store, place="宁夏")] == ["伙伴计划", "石榴声声"]
    assert [(r["name"], r["run_by"]) for r in queries.programs(store, org="九龙社工")] == [("邻里守望", ["九龙社工"])]


def test_quantities_by_subject_and_place(store):
    rows = queries.quantities(store, subject="志愿者", place="四川")
    assert [(r["text"], r["value"], r["unit"], r["qualifier"]) for r in rows] == [
        ("3000余名", 3000.0, "名", "more_than"), ("超过200人", 200.0, "人", "more_than")]
    assert [r["text"] for r in queries.quantities(store, subject="志愿者", place="重庆")] == ["2万余名"]
    assert queries.quantities(store, subject="志愿者", place="宁夏") == []


def test_quantities_by_subject_alone_looks_at_every_number(store):
    """Regression: without a place the subject was matched in SQL over a column the nodes table
    does not have (sqlite3.OperationalError: no such column: attrs)."""
    rows = queries.quantities(store, subject="志愿者")
    assert [(r["text"], r["subject"]) for r in rows] == [
        ("2万余名", "注册志愿者"), ("3000余名", "志愿者"), ("100余人", "志愿者队伍"), ("超过200人", "<script>志愿者</script>")]
    assert [r["text"] for r in queries.quantities(store, subject="志愿者", limit=2)] == ["2万余名", "3000余名"]
    assert queries.quantities(store, subject="没有这个主语") == []


def test_profile_lists_edges_with_evidence_offsets(store):
    [p] = queries.profile(store, "民族巷社区")
    assert p["place"] == ["宁夏回族自治区", "中卫市", "沙坡头区", "文昌镇"]
    adopts = [e for e in p["edges"] if e["type"] == "adopts"]
    assert adopts[0]["dst_name"] == "五社联动"
    ev = adopts[0]["evidence"][0]
    assert ev["text"] == "五社联动" and ev["raw"] == "五社联动" and ev["end"] - ev["start"] == 4


def test_shortest_path_between_two_entities(store):
    found = queries.path(store, "李琼", "童萌亲子园")
    assert [n["name"] for n in found["nodes"]] == ["李琼", "金鱼社区", "童萌亲子园"]
    assert [e["type"] for s in found["steps"] for e in s["edges"]] == ["holds_role", "partners_with"]
    assert queries.path(store, "李琼", "无此实体") is None


def test_people_key_on_affiliation_so_namesakes_stay_apart(store):
    assert queries.find_nodes(store, "李琼") == ["person:李琼@community:金鱼社区@511504003"]


def test_sheetable_node_takes_a_name_or_a_node_id(store):
    assert queries.sheetable_node(store, "金鱼社区") == "community:金鱼社区@511504003"
    assert queries.sheetable_node(store, "community:金鱼社区@511504003") == "community:金鱼社区@511504003"


@pytest.mark.parametrize("name, code, message", [
    ("无此实体", "E071", "no entity named '无此实体' in the graph"),
    ("宁夏", "E073", "place:64 is a place; `shequ sheet` covers communities, programs and organizations."),
    ("place:64", "E073", "place:64 is a place;"),
    ("李琼", "E073", "person:李琼@community:金鱼社区@511504003 is a person;"),
])
def test_sheetable_node_refuses_what_has_no_sheet(store, name, code, message):
    with pytest.raises(ShequError) as caught:
        queries.sheetable_node(store, name)
    assert caught.value.code == code and message in str(caught.value)


def test_sheetable_node_refuses_a_name_of_two_communities(tmp_path):
    with GraphStore(tmp_path / "graph.sqlite") as two:
        for clipping, sheets in clippings().items():
            two.upsert_clipping(clipping, "h", sheets)
        line = SYNTHETIC_JIULONG.splitlines()[1]
        namesake = community(SYNTHETIC_JIULONG, "花照壁社区", line, kind="社区", street="南岸街道")
        two.upsert_clipping("other.txt", "h", [sheet("other.txt", "other-01", "另一个花照壁社区", None, communities=[namesake])])
        with pytest.raises(AmbiguousEntityError) as caught:
            queries.sheetable_node(two, "花照壁社区")
    assert str(caught.value) == ("E072 '花照壁社区' names 2 nodes (community:花照壁社区@510106025, community:花照壁社区@南岸街道/). "
                                 "Pass one node id instead of the name.")
