"""Aggregated entity sheets: content across articles, and the committed JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph_fixtures import clippings
from shequ.graph.sheet import EntitySheet, entity_sheet, entity_sheet_json_schema_text
from shequ.graph.store import GraphStore

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "pipeline" / "schema" / "entity_sheet.schema.json"


def test_committed_entity_sheet_schema_matches_the_models():
    # Regenerate with: python -c "from shequ.graph.sheet import entity_sheet_json_schema_text as t; \
    #   open('pipeline/schema/entity_sheet.schema.json','w').write(t())"
    assert SCHEMA_FILE.read_text(encoding="utf-8") == entity_sheet_json_schema_text()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = GraphStore(tmp_path_factory.mktemp("s") / "graph.sqlite")
    for clipping, sheets in clippings().items():
        s.upsert_clipping(clipping, "h", sheets)
    yield s
    s.close()


def test_community_sheet_gathers_chain_models_partners_people_numbers(store):
    sheet = entity_sheet(store, "community:金鱼社区@511504003")
    assert sheet.place_chain == ["四川省", "宜宾市", "叙州区", "南岸街道"]
    assert [(m.name, m.basis) for m in sheet.models] == [("三社联动", ["article"]), ("三驾马车", ["sentence"])]
    assert [(p.name, p.relation) for p in sheet.partners] == [("童萌亲子园", ["引入"]), ("宜宾市酒都义工联合会", ["入驻"])]
    assert [(p.name, p.relation) for p in sheet.people] == [("李琼", ["金鱼社区书记"])]
    # 14家 shares its sentence with three actors, so the article (not 金鱼社区) reports it
    assert sheet.quantities == []
    assert [s.source for s in sheet.sources] == ["四川新闻网"]
    ev = sheet.partners[0].evidence[0]
    assert (ev.clipping, ev.text, ev.raw) == ("000_3c3b2f14eedce646.txt", "引入", "引入")


def test_organization_sheet_spans_the_articles_its_aliases_merged(store):
    sheet = entity_sheet(store, "organization:九龙社工")
    assert sheet.aliases == ["九龙社工中心", "九龙社工服务中心"]
    assert [s.article_id for s in sheet.sources] == ["000_3c3b2f14eedce646-01", "synthetic_jiulong-01"]
    assert [(p.name, p.basis) for p in sheet.programs] == [("邻里守望", ["operator"])]
    assert [(q.text, q.value, q.subject) for q in sheet.quantities] == [("2万余名", 20000.0, "注册志愿者")]


def test_sheet_json_validates_against_the_model(store):
    text = entity_sheet(store, "program:伙伴计划").model_dump_json()
    again = EntitySheet.model_validate(json.loads(text))
    assert again.type == "program" and [p.name for p in again.programs] == ["文明实践联盟"]


def test_sheet_refuses_places(store):
    with pytest.raises(ValueError, match="not a community, program or organization"):
        entity_sheet(store, "place:64")
