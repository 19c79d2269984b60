"""GraphStore: idempotent upserts, exact forgetting, entity resolution across articles."""

from __future__ import annotations

import json
import sqlite3

import pytest
from pydantic import ValidationError

from graph_fixtures import clippings, jinyu_sheet
from shequ.graph import queries
from shequ.errors import StoreFormatError
from shequ.graph.resolve import sheet_rows
from shequ.graph.store import LINKED, REASON, STORE_FORMAT, WAL_PAGES, GraphStore, content_hash


def build(path, names=None) -> GraphStore:
    store = GraphStore(path)
    for clipping, sheets in clippings().items():
        if names is None or clipping in names:
            store.upsert_clipping(clipping, content_hash(clipping), sheets)
    return store


def test_store_uses_wal_and_tracks_content_hash(tmp_path):
    with build(tmp_path / "graph.sqlite") as store:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.has_clipping("001_1d0cc6dd0f8373ac.txt", content_hash("001_1d0cc6dd0f8373ac.txt"))
        assert not store.has_clipping("001_1d0cc6dd0f8373ac.txt", "another-hash")
        assert not store.has_clipping("never_seen.txt", content_hash("never_seen.txt"))


def test_store_checkpoints_its_wal_every_100_mb_of_pages(tmp_path):
    """A checkpoint writes each changed page once: the longer the WAL, the fewer page writes."""
    with GraphStore(tmp_path / "graph.sqlite") as store:
        assert store.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == WAL_PAGES == 50_000
        assert WAL_PAGES * store.db.execute("PRAGMA page_size").fetchone()[0] == 100 * 1024 * 1000


def test_upserting_same_clippings_again_leaves_content_identical(tmp_path):
    with build(tmp_path / "graph.sqlite") as store:
        before = store.dump()
        for clipping, sheets in clippings().items():
            store.upsert_clipping(clipping, content_hash(clipping), sheets)
        assert store.dump() == before


def test_store_content_does_not_depend_on_batch_order(tmp_path):
    order = list(clippings())
    a = build(tmp_path / "a.sqlite")
    b = GraphStore(tmp_path / "b.sqlite")
    for clipping in reversed(order):
        b.upsert_clipping(clipping, content_hash(clipping), clippings()[clipping])
    assert a.dump() == b.dump()


def test_adding_then_forgetting_a_clipping_restores_previous_state(tmp_path):
    with build(tmp_path / "graph.sqlite", {"000_3c3b2f14eedce646.txt", "001_1d0cc6dd0f8373ac.txt"}) as store:
        before = store.dump()
        # synthetic_jiulong merges 九龙社工服务中心 into 九龙社工 and shares 四川省 with 金鱼社区
        store.upsert_clipping("synthetic_jiulong.txt", "h", clippings()["synthetic_jiulong.txt"])
        assert store.dump() != before
        removed = store.forget("synthetic_jiulong.txt")
        assert store.dump() == before
        # facts: article, source, 九龙街道 + its 3 chain ancestors, organization, community, program, number;
        # nodes: all but 四川省 (金鱼社区's chain) and 九龙社工 (still named in 000);
        # edges: 8 with stored evidence + 5 mentions
        assert removed == {"clippings": 1, "articles": 1, "facts": 10, "evidence": 8, "nodes": 8, "edges": 13}
        assert store.node("place:51")["name"] == "四川省"  # still mentioned through 金鱼社区's chain


def test_rows_added_after_forgetting_read_back_as_a_fresh_stores(tmp_path):
    """An article's facts, evidence rows and sentences are ranges of row numbers, and node ids
    are computed unless a key merged into another: forgetting the first clipping (the lowest
    numbers) and the merging one, then adding them back in another order, reads as a fresh build."""
    fresh = build(tmp_path / "fresh.sqlite")
    with build(tmp_path / "graph.sqlite") as store:
        for clipping in ("000_3c3b2f14eedce646.txt", "synthetic_jiulong.txt"):
            store.forget(clipping)
        for clipping in ("synthetic_jiulong.txt", "000_3c3b2f14eedce646.txt"):
            store.upsert_clipping(clipping, content_hash(clipping), clippings()[clipping])
        assert store.dump() == fresh.dump()
        assert store.nodes() == fresh.nodes()
        key = lambda e: (e["src"], e["type"], e["dst"])  # noqa: E731
        assert sorted(store.edges(), key=key) == sorted(fresh.edges(), key=key)
        # 九龙社工服务中心 merged into 九龙社工: its rows store the node they moved to
        assert store.db.execute("SELECT merged, node_id FROM facts WHERE key='九龙社工服务中心'").fetchall() == [
            ("organization:九龙社工", "organization:九龙社工")]
    fresh.close()


def test_contains_clipping_whatever_its_content(tmp_path):
    with build(tmp_path / "graph.sqlite", {"001_1d0cc6dd0f8373ac.txt"}) as store:
        assert store.contains_clipping("001_1d0cc6dd0f8373ac.txt")
        assert not store.contains_clipping("000_3c3b2f14eedce646.txt")
        store.forget("001_1d0cc6dd0f8373ac.txt")
        assert not store.contains_clipping("001_1d0cc6dd0f8373ac.txt")


def test_forget_of_unknown_clipping_changes_nothing(tmp_path):
    with build(tmp_path / "graph.sqlite") as store:
        before = store.dump()
        assert store.forget("nope.txt")["facts"] == 0
        assert store.dump() == before


def test_upsert_replaces_what_the_clipping_said_before(tmp_path):
    with build(tmp_path / "graph.sqlite", {"000_3c3b2f14eedce646.txt"}) as store:
        store.upsert_clipping("000_3c3b2f14eedce646.txt", "h2", [jinyu_sheet()])
        assert store.node("organization:九龙社工") is None
        assert store.node("community:金鱼社区@511504003")["n_articles"] == 1


def test_failed_upsert_rolls_back_whole_clipping(tmp_path):
    with build(tmp_path / "graph.sqlite") as store:
        before = store.dump()
        broken = [jinyu_sheet(), {"article_id": "x", "title": "t", "places": [{"code": "64"}]}]
        with pytest.raises(ValidationError):
            store.upsert_clipping("000_3c3b2f14eedce646.txt", "h3", broken, validate=True)
        assert store.dump() == before


def test_trusted_upsert_of_a_malformed_sheet_changes_nothing(tmp_path):
    """Without validate=True the store trusts the sheets; a broken one still fails before any change."""
    with build(tmp_path / "graph.sqlite") as store:
        before = store.dump()
        broken = [jinyu_sheet(), {"article_id": "x", "title": "t", "places": [{"code": "64"}]}]
        with pytest.raises(KeyError):
            store.upsert_clipping("000_3c3b2f14eedce646.txt", "h3", broken)
        assert store.dump() == before


def test_a_batch_that_fails_midway_leaves_nothing_of_it(tmp_path):
    with build(tmp_path / "graph.sqlite", {"001_1d0cc6dd0f8373ac.txt"}) as store:
        before = store.dump()
        good = ("000_3c3b2f14eedce646.txt", "h", clippings()["000_3c3b2f14eedce646.txt"])
        broken = ("bad.txt", "h", [{"article_id": "x", "title": "t", "places": [{"code": "64"}]}])
        with pytest.raises(KeyError):
            store.upsert_many([good, broken])
        assert store.dump() == before
        assert not store.contains_clipping("000_3c3b2f14eedce646.txt")


def test_one_batch_equals_one_clipping_at_a_time(tmp_path):
    one_by_one = build(tmp_path / "a.sqlite")
    with GraphStore(tmp_path / "b.sqlite") as batched:
        batched.upsert_many((c, content_hash(c), sheets) for c, sheets in clippings().items())
        assert batched.dump() == one_by_one.dump()
        with batched.batch():  # forgetting inside a batch, then adding back
            batched.forget("synthetic_jiulong.txt")
            batched.upsert_clipping("synthetic_jiulong.txt", content_hash("synthetic_jiulong.txt"),
                                    clippings()["synthetic_jiulong.txt"])
        assert batched.dump() == one_by_one.dump()
    one_by_one.close()


def test_nodes_new_in_a_batch_are_counted_and_named_and_those_it_drops_leave_no_row(tmp_path):
    """A new node's row comes from its article counter before it has a name (`_count_facts`)."""
    with build(tmp_path / "a.sqlite", {"001_1d0cc6dd0f8373ac.txt"}) as before, \
            build(tmp_path / "b.sqlite") as reference, GraphStore(tmp_path / "c.sqlite") as store:
        with store.batch():
            for clipping, sheets in clippings().items():  # new nodes, some in several articles
                store.upsert_clipping(clipping, content_hash(clipping), sheets)
            for clipping in clippings():  # …and all but one clipping dropped again before the commit
                if clipping != "001_1d0cc6dd0f8373ac.txt":
                    store.forget(clipping)
        assert store.dump() == before.dump()
        store.upsert_many((c, content_hash(c), sheets) for c, sheets in clippings().items())
        assert store.dump() == reference.dump()
        assert store.db.execute("SELECT count(*) FROM nodes WHERE name = ''").fetchone()[0] == 0
        counted = store.db.execute("SELECT node_id, n_articles FROM nodes ORDER BY node_id").fetchall()
        assert counted == [(nid, store._article_count(nid)) for nid, _ in counted]


def test_alias_links_are_one_row_per_pair_and_forgetting_restores_the_reason(tmp_path):
    """Two articles state the link 九龙社工中心 → 九龙社工服务中心: one links row counting both, the
    reason of the smaller article id; forgetting that article keeps the pair with the other's reason."""
    with build(tmp_path / "graph.sqlite") as store:
        second = [dict(s, article_id="zzz-01", clipping="zzz.txt") for s in clippings()["synthetic_jiulong.txt"]]
        store.upsert_clipping("zzz.txt", "h", second)
        rows = store.db.execute("SELECT key_a, key_b, reason, n FROM links WHERE key_b='九龙社工中心'").fetchall()
        assert rows == [("九龙社工", "九龙社工中心", "article 000_3c3b2f14eedce646-01 links '九龙社工中心' to '九龙社工'", 1),
                        ("九龙社工服务中心", "九龙社工中心",
                         "article synthetic_jiulong-01 links '九龙社工中心' to '九龙社工服务中心'", 2)]
        store.forget("synthetic_jiulong.txt")
        assert store.db.execute("SELECT reason, n FROM links WHERE key_a='九龙社工服务中心'").fetchall() == [
            ("article zzz-01 links '九龙社工中心' to '九龙社工服务中心'", 1)]
        assert queries.find_nodes(store, "九龙社工服务中心") == ["organization:九龙社工"]


def test_each_sentence_is_stored_once_per_article(tmp_path):
    with build(tmp_path / "graph.sqlite", {"000_3c3b2f14eedce646.txt"}) as store:
        aid = "000_3c3b2f14eedce646-02"
        sentences = store.sentences(aid)
        assert sentences and len(sentences) == len(set(sentences))
        # compressed, one value per article
        [(packed,)] = store.db.execute("SELECT sentences FROM articles WHERE article_id=?", (aid,))
        assert isinstance(packed, bytes) and len(packed) < len("".join(sentences).encode("utf-8"))
        # evidence still reads back with its sentence, as the sheet wrote it
        [fact] = queries.profile(store, "李琼")[0]["facts"]
        assert fact["evidence"][0]["sentence"].endswith("金鱼社区书记李琼说。")
        assert fact["evidence"][0]["text"] == "李琼"


def test_evidence_is_stored_once_and_reads_back_as_the_sheet_wrote_it(tmp_path):
    """An evidence text is an offset into its sentence, and an edge saying what its source's
    or target's fact says refers to that fact's evidence: nothing is stored twice."""
    with build(tmp_path / "graph.sqlite", {"000_3c3b2f14eedce646.txt"}) as store:
        aid = "000_3c3b2f14eedce646-02"
        [(encoded,)] = store.db.execute("SELECT f.evidence FROM facts f JOIN articles a ON a.label = f.article"
                                        " WHERE a.article_id=? AND f.name='李琼'", (aid,))
        assert isinstance(json.loads(encoded)[0][0], int)  # 李琼: its offset in its sentence
        markers = dict(store.db.execute(
            "SELECT e.edge_type, group_concat(DISTINCT e.evidence) FROM edge_evidence e JOIN articles a"
            " ON a.label = e.article WHERE a.article_id=? AND e.evidence IN ('s', 'd') GROUP BY e.edge_type", (aid,)))
        assert markers == {"adopts": "d", "holds_role": "s", "located_in": "s", "published_by": "d", "reports": "d"}
        [role] = [e for e in store.edges() if e["type"] == "holds_role" and aid in e["articles"]]
        [person] = [f for f in queries.profile(store, "李琼")[0]["facts"]]
        assert [{k: v for k, v in ev.items() if k not in ("article_id", "clipping")} for ev in role["evidence"]] == person["evidence"]
        assert role["evidence"][0]["text"] == "李琼" and role["evidence"][0]["raw"] == "李琼"


def test_lookups_by_key_use_the_partial_index_of_linked_types(tmp_path):
    with build(tmp_path / "graph.sqlite", {"000_3c3b2f14eedce646.txt"}) as store:
        plan = store.db.execute(
            f"EXPLAIN QUERY PLAN SELECT 1 FROM facts WHERE {LINKED} AND node_type=? AND key=? LIMIT 1",
            ("organization", "九龙社工")).fetchall()
        assert "INDEX facts_key (key=?)" in plan[0][3]  # the type is read from the one row


def test_places_merge_by_gazetteer_code_not_by_name(tmp_path):
    with build(tmp_path / "graph.sqlite") as store:
        jiulong = queries.find_nodes(store, "九龙街道", ("place",))
        assert jiulong == ["place:500107002", "place:510106025"]
        assert queries.place_chain(store, "place:500107002") == ["重庆市", "九龙坡区"]
        assert queries.place_chain(store, "place:510106025") == ["四川省", "成都市", "金牛区"]
        # 四川省 is implied by two articles' chains (宜宾市 and 九龙街道 in 成都): one node
        assert store.node("place:51")["n_articles"] == 2


def test_organizations_merge_through_a_shared_alias(tmp_path):
    with build(tmp_path / "graph.sqlite") as store:
        assert queries.find_nodes(store, "九龙社工服务中心") == ["organization:九龙社工"]
        [why] = queries.explain(store, "九龙社工中心")
        assert [k["key"] for k in why["keys"]] == ["九龙社工", "九龙社工服务中心"]
        assert sorted(m["article_id"] for m in why["mentions"]) == ["000_3c3b2f14eedce646-01", "synthetic_jiulong-01"]
        assert "links '九龙社工中心' to '九龙社工服务中心'" in why["keys"][1]["reason"]


def test_explain_lists_same_named_nodes_kept_apart(tmp_path):
    with build(tmp_path / "graph.sqlite") as store:
        rows = queries.explain(store, "九龙街道")
        assert [r["node"]["id"] for r in rows] == ["place:500107002", "place:510106025"]
        assert rows[0]["kept_apart"] == ["place:510106025"]
        assert rows[0]["mentions"][0]["reason"] == "gazetteer code 500107002"


def test_store_file_is_plain_sqlite(tmp_path):
    build(tmp_path / "graph.sqlite").close()
    db = sqlite3.connect(tmp_path / "graph.sqlite")
    assert db.execute("SELECT count(*) FROM nodes WHERE type='community'").fetchone()[0] == 3


def test_a_store_of_another_format_is_refused_with_the_fix(tmp_path):
    path = tmp_path / "graph.sqlite"
    old = sqlite3.connect(path)
    old.execute("CREATE TABLE facts (clipping TEXT)")  # an older layout: user_version 0
    old.commit()
    old.close()
    with pytest.raises(StoreFormatError) as caught:
        GraphStore(path)
    assert str(caught.value).startswith(f"E075 {path}: graph store of format 1, this shequ reads format {STORE_FORMAT}.")
    GraphStore(tmp_path / "new.sqlite").close()  # a new file gets the current format
    assert sqlite3.connect(tmp_path / "new.sqlite").execute("PRAGMA user_version").fetchone()[0] == STORE_FORMAT


def _copies(ids):
    """金鱼社区's article under other ids, one clipping each (its rows name the article by label)."""
    return [(f"{aid}.txt", [dict(jinyu_sheet(), article_id=aid, clipping=f"{aid}.txt")]) for aid in ids]


@pytest.mark.parametrize("order", ["ascending", "descending", "into_one_gap", "interleaved"])
def test_article_labels_keep_the_order_of_article_ids_whatever_the_insertion_order(tmp_path, order):
    """Rows name their article by a label in article id order: adding articles between two
    neighbours over and over spreads the labels around them, moving their rows with them."""
    ids = [f"a{i:03d}-00-x" for i in range(40)]
    sequence = {"ascending": ids, "descending": ids[::-1],
                # each new id falls just after the last one, between it and z: the gap halves each time
                "into_one_gap": ["a000-00-x", "zzzz-00-x"] + ids[1:],
                "interleaved": ids[::2] + ids[1::2][::-1]}[order]
    with GraphStore(tmp_path / "graph.sqlite") as store:
        for clipping, sheets in _copies(sequence):
            store.upsert_clipping(clipping, content_hash(clipping), sheets)
        by_label = [r[0] for r in store.db.execute("SELECT article_id FROM articles ORDER BY label")]
        assert by_label == sorted(set(sequence))
        # every row still names its own article: the facts of each article are its range, under its label
        assert store.db.execute("SELECT count(*) FROM articles a JOIN facts f ON f.fact BETWEEN a.fact0 AND a.fact1"
                                " WHERE f.article != a.label").fetchone()[0] == 0
        assert store.db.execute("SELECT count(*) FROM articles a JOIN edge_evidence e ON e.ev BETWEEN a.ev0 AND a.ev1"
                                " WHERE e.article != a.label").fetchone()[0] == 0
        [(first,)] = store.db.execute("SELECT a.article_id FROM nodes n JOIN facts f ON f.fact = n.first"
                                      " JOIN articles a ON a.label = f.article WHERE n.node_id='community:金鱼社区@511504003'")
        assert first == "a000-00-x"
        with GraphStore(tmp_path / "sorted.sqlite") as fresh:
            for clipping, sheets in _copies(sorted(set(sequence))):
                fresh.upsert_clipping(clipping, content_hash(clipping), sheets)
            assert store.dump() == fresh.dump()


def test_facts_and_edges_read_back_as_the_sheets_said_them(tmp_path):
    """Attributes are stored as a shape and the values that say something (nulls and a value equal
    to the fact's name are in the shape), aliases and reasons with the canonical name as char(1),
    reasons once: all read back exactly, keys in sorted order as before."""
    rows = [r for sheets in clippings().values() for sheet in sheets for r in [sheet_rows(sheet)]]
    with build(tmp_path / "graph.sqlite") as store:
        facts = sorted((f.article_id, f.node_type, f.key, sorted(f.attrs.items()), f.aliases, f.reason)
                       for r in rows for f in r.facts)
        stored = sorted((aid, t, k, list(store.attrs(attrs, name).items()), json.loads(aliases), reason)
                        for aid, t, k, attrs, name, aliases, reason in store.db.execute(
                            f"SELECT a.article_id, f.node_type, f.key, f.attrs, f.name, f.aliases, {REASON}"
                            " FROM facts f JOIN articles a ON a.label = f.article"))
        assert stored == facts
        edges = sorted((e.article_id, e.edge_type, e.src_key, e.dst_key, sorted(e.attrs.items())) for r in rows for e in r.edges)
        assert sorted((aid, t, s, d, list(store.attrs(attrs).items())) for aid, t, s, d, attrs in store.db.execute(
            "SELECT a.article_id, e.edge_type, e.src_key, e.dst_key, e.attrs FROM edge_evidence e"
            " JOIN articles a ON a.label = e.article")) == edges
        # a number's text is its name: in the shape, not in the row
        [(attrs, name)] = store.db.execute("SELECT attrs, name FROM facts WHERE node_type='quantity' AND name='2万余名'")
        assert name not in attrs and store.attrs(attrs, name)["text"] == "2万余名"


def test_strings_added_by_a_rolled_back_upsert_are_not_reused(tmp_path, monkeypatch):
    """A failed upsert's new `strings` rows (reasons, attribute shapes) go with its transaction, and
    the store forgets the ids it cached for them: the next upsert adds them again."""
    fresh = build(tmp_path / "fresh.sqlite", {"000_3c3b2f14eedce646.txt", "synthetic_jiulong.txt"})
    with build(tmp_path / "graph.sqlite", {"000_3c3b2f14eedce646.txt"}) as store:
        insert = GraphStore._insert_rows

        def fails_after_inserting(self, label, rows):
            insert(self, label, rows)
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr(GraphStore, "_insert_rows", fails_after_inserting)
        with pytest.raises(sqlite3.OperationalError):
            store.upsert_clipping("synthetic_jiulong.txt", "h", clippings()["synthetic_jiulong.txt"])
        monkeypatch.setattr(GraphStore, "_insert_rows", insert)
        store.upsert_clipping("synthetic_jiulong.txt", content_hash("synthetic_jiulong.txt"),
                              clippings()["synthetic_jiulong.txt"])
        assert store.dump() == fresh.dump()
        assert store.nodes() == fresh.nodes()
    fresh.close()


def test_edges_a_fact_implies_are_not_stored_but_read_as_every_other(tmp_path):
    """Every number is reported and every article published by its source: those edges are read from
    the facts (`IMPLIED_EDGES`), not stored, and an edge row goes with its last evidence row."""
    with build(tmp_path / "graph.sqlite") as store:
        db = store.db
        assert db.execute("SELECT count(*) FROM edges WHERE edge_type IN ('reports', 'published_by')").fetchone()[0] == 0
        # one reports edge per number, one published_by per article with a source, as the sheets said
        assert db.execute("SELECT count(*) FROM edge_evidence WHERE edge_type='reports'").fetchone()[0] == \
            db.execute("SELECT count(*) FROM facts WHERE node_type='quantity'").fetchone()[0]
        assert db.execute("SELECT count(*) FROM edge_evidence WHERE edge_type='published_by'").fetchone()[0] == \
            db.execute("SELECT count(*) FROM facts WHERE node_type='source'").fetchone()[0]
        # each implied edge's attributes read as the stored ones did
        bases = {e["dst"]: e["basis"] for e in store.edges() if e["type"] == "reports"}
        assert set(map(tuple, bases.values())) == {("article",), ("sentence",)}
        for clipping in sorted(clippings()):
            store.forget(clipping)
            assert db.execute("SELECT count(*) FROM edges e WHERE NOT EXISTS"
                              " (SELECT 1 FROM evidence v WHERE v.edge = e.edge)").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM edges").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM edge_evidence").fetchone()[0] == 0


def _reporter_sheet() -> dict:
    """A number whose sentence names one organization, 九龙社工服务中心 (which synthetic_jiulong.txt
    links to 九龙社工 through the alias 九龙社工中心)."""
    from graph_fixtures import entity, quantity, raw_text, sheet

    raw = raw_text("synthetic_jiulong.txt")
    s = "九龙社工服务中心志愿者超过200人参与。"
    return sheet("reporter.txt", "reporter-01", "报道", None,
                 organizations=[entity(raw, "九龙社工服务中心", s, kind="social_work")],
                 quantities=[quantity(raw, "超过200人", s, 200, "人", "more_than", "志愿者")])


def test_a_number_reported_by_an_organization_follows_it_when_its_key_merges(tmp_path):
    """The reporter of an implied `reports` edge is stored on the number's fact (`by_key`) and moves
    with the reporter's alias group, as a stored edge's source does; forgetting the link moves it back."""
    def reports(store):
        return [(e["src"], e["basis"]) for e in store.edges() if e["type"] == "reports" and e["dst"].startswith("quantity:reporter")]

    with GraphStore(tmp_path / "graph.sqlite") as store:
        store.upsert_clipping("reporter.txt", "x", [_reporter_sheet()])
        assert reports(store) == [("organization:九龙社工服务中心", ["sentence"])]
        for clipping in ("000_3c3b2f14eedce646.txt", "synthetic_jiulong.txt"):
            store.upsert_clipping(clipping, content_hash(clipping), clippings()[clipping])
        assert reports(store) == [("organization:九龙社工", ["sentence"])]
        assert store.db.execute("SELECT by_key, by_merged FROM facts WHERE by_key IS NOT NULL AND article ="
                                " (SELECT label FROM articles WHERE article_id='reporter-01')").fetchall() == [
            ("organization:九龙社工服务中心", "organization:九龙社工")]
        [profile] = queries.profile(store, "organization:九龙社工")
        assert "reports" in profile["n_edges"]
        with GraphStore(tmp_path / "fresh.sqlite") as fresh:
            for clipping in ("synthetic_jiulong.txt", "000_3c3b2f14eedce646.txt"):
                fresh.upsert_clipping(clipping, content_hash(clipping), clippings()[clipping])
            fresh.upsert_clipping("reporter.txt", "x", [_reporter_sheet()])
            assert store.dump() == fresh.dump()
        store.forget("synthetic_jiulong.txt")
        assert reports(store) == [("organization:九龙社工服务中心", ["sentence"])]


def test_evidence_offsets_are_kept_from_the_article_base(tmp_path):
    """Evidence offsets are stored from the article's first evidence offset (a few digits in a large
    clipping), and a text found in its sentence by its length: both read back as the sheet wrote them."""
    with build(tmp_path / "graph.sqlite", {"000_3c3b2f14eedce646.txt"}) as store:
        aid = "000_3c3b2f14eedce646-02"
        [(base,)] = store.db.execute("SELECT base FROM articles WHERE article_id=?", (aid,))
        [(encoded,)] = store.db.execute("SELECT f.evidence FROM facts f JOIN articles a ON a.label = f.article"
                                        " WHERE a.article_id=? AND f.name='李琼'", (aid,))
        [[offset, _, start, length]] = json.loads(encoded)[:1]
        [item] = store.evidence(aid, encoded)[:1]
        assert base > 0 and start == item["start"] - base and length == item["end"] - item["start"] == 2
        assert item["text"] == "李琼"


def test_only_reports_and_published_by_edges_are_implied():
    """The questions read located_in, adopts, runs, holds_role and partners_with edges from `edges`
    alone (`queries`): a kind of implied edge of another type would be missed there."""
    from shequ.graph.store import IMPLIED_EDGES

    assert {edge_type for edge_type, _, _ in IMPLIED_EDGES.values()} == {"reports", "published_by"}


def test_a_nodes_row_changed_by_a_later_article_is_updated_in_place_as_a_fresh_store_has_it(tmp_path):
    """An article with a smaller id names 金鱼社区 after the store has it: the node's first fact
    becomes that article's (its row is updated, not deleted and added again), as when built fresh."""
    node = "community:金鱼社区@511504003"
    first = ("SELECT a.article_id, n.n_articles FROM nodes n JOIN facts f ON f.fact = n.first"
             " JOIN articles a ON a.label = f.article WHERE n.node_id=?")
    with GraphStore(tmp_path / "graph.sqlite") as store, GraphStore(tmp_path / "fresh.sqlite") as fresh:
        for clipping, sheets in _copies(["m500-00-x", "m200-00-x"]):
            store.upsert_clipping(clipping, content_hash(clipping), sheets)
            assert store.db.execute(first, (node,)).fetchone() == (sheets[0]["article_id"], store.db.execute(
                "SELECT count(*) FROM articles").fetchone()[0])
        for clipping, sheets in _copies(["m200-00-x", "m500-00-x"]):
            fresh.upsert_clipping(clipping, content_hash(clipping), sheets)
        assert store.dump() == fresh.dump()
        assert store.db.execute("SELECT count(*) FROM nodes WHERE node_id=?", (node,)).fetchone()[0] == 1


def test_rows_prepared_from_the_sheets_make_the_store_the_sheets_make(tmp_path):
    """`shequ run`'s workers turn each sheet into its rows (`prepare_article`) and the run's own
    process only writes them: the file is the one the sheets themselves make, row numbers and
    `strings` ids included, and the rows survive a trip through pickle (a worker's pipe)."""
    import pickle

    from shequ.graph.store import ArticleRows, prepare_article

    names = ["000_3c3b2f14eedce646.txt", "synthetic_jiulong.txt"]
    with build(tmp_path / "sheets.sqlite", set(names)) as from_sheets, GraphStore(tmp_path / "rows.sqlite") as from_rows:
        for clipping in sorted(clippings()):
            if clipping in names:
                rows = pickle.loads(pickle.dumps([prepare_article(s) for s in clippings()[clipping]]))
                assert all(isinstance(r, ArticleRows) for r in rows)
                from_rows.upsert_clipping(clipping, content_hash(clipping), rows)
        assert from_rows.dump() == from_sheets.dump()
        assert list(from_rows.db.iterdump()) == list(from_sheets.db.iterdump())


def test_a_sheet_prepared_for_the_store_keeps_what_only_the_store_can_number_apart():
    """Attribute shapes, merged node ids and article labels depend on what the store holds: a prepared
    article carries the shape's keys and the values' JSON, its own node ids and its linked keys."""
    from shequ.graph.store import attr_shape, prepare_article

    assert attr_shape({"text": "2万余名", "unit": None, "value": 20000}, "2万余名") == (("=text", "nunit", "vvalue"), "20000")
    assert attr_shape({"basis": "sentence"}) == (("vbasis",), '"sentence"')
    assert attr_shape({}) == ((), "")
    rows = prepare_article(jinyu_sheet())
    assert rows.article_id == "000_3c3b2f14eedce646-02"
    assert all(t in ("organization", "program") for t, _ in rows.linked) and rows.linked == sorted(rows.linked)
    assert [(f[0], f[2]) for f in rows.facts if f[0] == "article"] == [("article", "article:000_3c3b2f14eedce646-02")]
