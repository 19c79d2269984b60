"""The graph on the real seed outputs (pipeline sheets, not fixtures), checked against the seed gold."""

from __future__ import annotations

import pytest

from corpus_data import gold_for
from shequ.graph import queries
from shequ.graph.store import GraphStore, content_hash


def _sheets(result) -> list[dict]:
    return [s.model_dump(mode="json") if hasattr(s, "model_dump") else s for s in result.sheets]


@pytest.fixture(scope="module")
def seed_store(seed_results, tmp_path_factory):
    store = GraphStore(tmp_path_factory.mktemp("seed_graph") / "graph.sqlite")
    for name, (raw, result) in sorted(seed_results.items()):
        store.upsert_clipping(name, content_hash(raw), _sheets(result))
    yield store
    store.close()


def gold_names(prefix: str, kind: str) -> set[str]:
    return set(gold_for(prefix)[kind])


def test_seed_communities_adopting_wushe_liandong_are_gold_communities_with_sources(seed_store):
    rows = queries.communities(seed_store, model="五社联动")
    names = {r["name"] for r in rows}
    # the 宁夏 article of 001 names 五社联动 and its three communities (gold)
    assert {"民族巷社区", "文昌阁社区", "新墩花园社区"} <= names
    gold = gold_names("001", "communities") | gold_names("002", "communities")
    assert names <= gold
    row = next(r for r in rows if r["name"] == "民族巷社区")
    assert [s["source"] for s in row["sources"]] == ["新华网"]


def test_seed_in_ningxia_finds_minzuxiang_through_the_place_chain(seed_store):
    rows = queries.communities(seed_store, place="宁夏")
    assert "民族巷社区" in {r["name"] for r in rows}
    row = next(r for r in rows if r["name"] == "民族巷社区")
    assert row["place"].startswith("宁夏回族自治区 / 中卫市 / 沙坡头区")
    assert {r["name"] for r in rows} <= gold_names("001", "communities") | gold_names("003", "communities")


def test_seed_partners_of_jinyu_are_gold_partners(seed_store):
    gold = {a if b == "金鱼社区" else b for a, b in gold_for("000")["partnerships"] if "金鱼社区" in (a, b)}
    found = {r["partner"] for r in queries.partners(seed_store, "金鱼社区")}
    assert "宜宾市酒都义工联合会" in found
    assert found <= gold


def test_seed_store_is_unchanged_by_a_second_run_and_by_add_then_forget(seed_results, tmp_path):
    items = sorted(seed_results.items())
    with GraphStore(tmp_path / "graph.sqlite") as store:
        for name, (raw, result) in items[:-1]:
            store.upsert_clipping(name, content_hash(raw), _sheets(result))
        before = store.dump()
        for name, (raw, result) in items[:-1]:
            store.upsert_clipping(name, content_hash(raw), _sheets(result))
        assert store.dump() == before
        name, (raw, result) = items[-1]
        store.upsert_clipping(name, content_hash(raw), _sheets(result))
        assert store.dump() != before
        store.forget(name)
        assert store.dump() == before
