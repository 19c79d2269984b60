"""Graph-level invariants on one store built from the seeds plus clippings of our own making.

What must hold whatever the articles say: a gazetteer place is never also an
organization node; the generic bodies of different communities (社区党委, 居委会) never
share a node; a body written in full and in short form in one article is one node; and
the store is the same bytes whatever the hash seed or the number of workers.
"""

from __future__ import annotations

import os
import subprocess
import sys
from functools import lru_cache

import pytest

from corpus_data import seed_paths
from shequ.clipping import process_clipping
from shequ.gazetteer import load_gazetteer
from shequ.graph import queries
from shequ.graph.store import GraphStore

# Our own clippings: two cities whose community Party committees are both called 社区党委
# in the text, an agency written in full and as X社工, and a street office as a partner.
OWN = {
    "own_beijing.txt": (
        "社区治理新探索\n\n"
        "北京市丰台区右安门街道翠林社区党委书记王建国介绍，社区党委联合青禾社会工作服务中心开展“邻里守望”活动。"
        "青禾社工负责人李华说，活动覆盖300余户居民。右安门街道还携手首都医科大学开展健康讲座。\n\n"
        "（据《北京晚报》）\n"
    ),
    "own_chengdu.txt": (
        "老旧小区换新颜\n\n"
        "成都市武侯区玉林街道黄门街社区党委书记张红梅说，社区党委今年组织了50场议事活动，居民满意度明显提升。\n\n"
        "（据《成都日报》）\n"
    ),
    "own_hefei.txt": (
        "楼栋议事会开起来\n\n"
        "合肥市蜀山区笔架山街道翠竹园社区居委会主任陈静说，社区党委和居委会每月召开一次楼栋议事会。"
        "社区党委书记刘强介绍，居委会还联合安徽省益众社会工作服务中心开展培训。\n\n"
        "（据《合肥晚报》）\n"
    ),
}


def corpus() -> dict[str, str]:
    texts = {path.name: path.read_text(encoding="utf-8") for path in seed_paths()}
    texts.update(OWN)
    return texts


@lru_cache(maxsize=1)
def _sheets() -> dict[str, list[dict]]:
    return {name: [s.model_dump(mode="json") for s in process_clipping(text, name).sheets] for name, text in corpus().items()}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("invariants") / "graph.sqlite"
    with GraphStore(path) as graph:
        for name, sheets in _sheets().items():
            graph.upsert_clipping(name, name, sheets)
        yield graph


def _nodes(store, node_type: str) -> list[tuple[str, str]]:
    return store.db.execute("SELECT node_id, name FROM nodes WHERE type=? ORDER BY node_id", (node_type,)).fetchall()


def test_no_gazetteer_place_is_also_an_organization_node(store):
    official = {division.name for division in load_gazetteer().divisions.values()}
    assert [name for _, name in _nodes(store, "organization") if name in official] == []
    # a street written only as a place (右安门街道携手…) is no partner by default, and never an organization
    assert queries.partners(store, "首都医科大学") == []


def test_a_street_office_partner_is_its_place_node(tmp_path):
    from shequ.extract import default_registry

    pipeline = default_registry().pipeline(options={"partnerships": {"street_places": True}})
    sheets = [s.model_dump(mode="json") for s in process_clipping(OWN["own_beijing.txt"], "own_beijing.txt", pipeline).sheets]
    with GraphStore(tmp_path / "graph.sqlite") as graph:
        graph.upsert_clipping("own_beijing.txt", "h", sheets)
        partners = {(row["partner"], row["type"]) for row in queries.partners(graph, "首都医科大学")}
        assert partners == {("右安门街道", "place")}
        assert [name for _, name in _nodes(graph, "organization") if name == "右安门街道"] == []


def test_generic_bodies_of_different_communities_never_share_a_node(store):
    for nid, name in _nodes(store, "organization"):
        canonicals = {row[0] for row in store.db.execute("SELECT DISTINCT canonical FROM facts WHERE node_id=?", (nid,))}
        assert len(canonicals) == 1 or not any(c.endswith(("社区党委", "居委会", "党支部")) for c in canonicals), (nid, canonicals)
    secretaries = {row["person"]: row["of"] for row in queries.people(store, "翠林社区党委")}
    assert secretaries == {"王建国": "翠林社区党委"}
    assert {row["person"] for row in queries.people(store, "黄门街社区党委")} == {"张红梅"}


def test_a_body_in_full_and_in_short_form_in_one_article_is_one_node(store):
    full = queries.find_nodes(store, "青禾社会工作服务中心")
    assert full and queries.find_nodes(store, "青禾社工") == full
    assert [row["person"] for row in queries.people(store, "青禾社工")] == ["李华"]


def _run_store(tmp_path, seed: int, workers: int) -> bytes:
    corpus_dir = tmp_path / "corpus"
    if not corpus_dir.exists():
        corpus_dir.mkdir()
        for name, text in corpus().items():
            (corpus_dir / name).write_text(text, encoding="utf-8")
    out = tmp_path / f"out-{seed}-{workers}"
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    command = [sys.executable, "-m", "shequ", "run", str(corpus_dir), "--out", str(out), "--workers", str(workers), "--quiet"]
    subprocess.run(command, check=True, env=env, capture_output=True, timeout=300)
    return (out / "graph.sqlite").read_bytes()


def test_store_is_byte_identical_under_other_hash_seeds_and_worker_counts(tmp_path):
    first = _run_store(tmp_path, 0, 1)
    for seed, workers in ((1, 2), (2, 1), (3, 2)):
        assert _run_store(tmp_path, seed, workers) == first, f"PYTHONHASHSEED={seed}, {workers} workers"
