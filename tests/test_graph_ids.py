"""Resolution keys: gazetteer codes, chains, and the rows one sheet turns into."""

from __future__ import annotations

import pytest

from pydantic import ValidationError

from graph_fixtures import jinyu_sheet, ningxia_sheet
from shequ import keys
from shequ.graph import ids
from shequ.graph.resolve import name_key, sheet_rows
from shequ.schema import FactSheet, full_sheet


@pytest.mark.parametrize("code, key, ancestors, level", [
    ("64", "64", [], "province"),
    ("640000", "64", [], "province"),            # zero-padded 6-digit form
    ("640500", "6405", ["64"], "city"),
    ("640502", "640502", ["64", "6405"], "district"),
    ("640502100", "640502100", ["64", "6405", "640502"], "street"),
    ("640502100000", "640502100", ["64", "6405", "640502"], "street"),  # 12-digit form
    ("HK-01", "HK-01", [], None),                 # not hierarchical: its own key, no ancestors
])
def test_place_keys_and_ancestors_from_gazetteer_codes(code, key, ancestors, level):
    assert keys.place_key(code) == key
    assert ids.code_ancestors(code) == ancestors
    assert ids.place_level(key) == level


def test_align_chain_pairs_names_with_ancestor_codes():
    assert ids.align_chain("640502100", ["宁夏回族自治区", "中卫市", "沙坡头区", "文昌镇"]) == [
        ("64", "宁夏回族自治区"), ("6405", "中卫市"), ("640502", "沙坡头区")]


def test_align_chain_skips_the_nameless_city_level_of_municipalities():
    # 北京市 → 朝阳区 → 劲松街道: codes 11 → 1101 (市辖区, never written) → 110105 → 110105017
    assert ids.align_chain("110105017", ["北京市", "朝阳区", "劲松街道"]) == [("11", "北京市"), ("110105", "朝阳区")]


def test_align_chain_without_codes_keys_ancestors_by_name_path():
    assert ids.align_chain("X1", ["甲省", "乙市", "丙区"]) == [("path:甲省", "甲省"), ("path:甲省/乙市", "乙市")]


def test_name_key_ignores_width_spaces_and_quotes():
    assert name_key("“凉小鸭” 志愿服务队") == "凉小鸭志愿服务队"
    assert name_key("ＡＢ社区") == "AB社区"


def test_ningxia_sheet_rows_keys_and_reasons():
    rows = sheet_rows(ningxia_sheet())
    comm = next(f for f in rows.facts if f.node_type == "community")
    # the sheet gives only the street name; the article's place 文昌镇 supplies its code
    assert (comm.key, comm.reason) == ("民族巷社区@640502100", "name + place 640502100")
    person = next(f for f in rows.facts if f.node_type == "person")
    assert person.key == "岳丽萍@community:民族巷社区@640502100"
    ancestors = [(f.key, f.name, f.direct) for f in rows.facts if f.reason.startswith("above 文昌镇")]
    assert ancestors == [("640502", "沙坡头区", False), ("6405", "中卫市", False), ("64", "宁夏回族自治区", False)]
    adopts = [(e.src_key, e.dst_key, e.attrs) for e in rows.edges if e.edge_type == "adopts"]
    assert adopts == [("民族巷社区@640502100", "五社联动", {"basis": "article"})]
    runs = [(e.src_key, e.dst_key, e.attrs) for e in rows.edges if e.edge_type == "runs"]
    # 伙伴计划's sentence names exactly one actor (文明实践联盟); 石榴声声's names none
    assert runs == [("文明实践联盟", "伙伴计划", {"basis": "sentence"})]
    assert not [e for e in rows.edges if e.edge_type == "mentions"]  # derived from facts by the store


def test_jinyu_sheet_reporters_and_partnerships():
    rows = sheet_rows(jinyu_sheet())
    reports = sorted((e.src_type, e.dst_key.split("#")[1], e.attrs["basis"]) for e in rows.edges if e.edge_type == "reports")
    # neither sentence names exactly one actor: the article reports both numbers
    assert reports == [("article", "1614", "article"), ("article", "1755", "article")]
    partners = sorted((e.src_key, e.dst_key, e.attrs["relation"]) for e in rows.edges if e.edge_type == "partners_with")
    assert partners == [("宜宾市酒都义工联合会", "金鱼社区@511504003", "入驻"), ("金鱼社区@511504003", "童萌亲子园", "引入")]
    roles = [(e.src_key, e.dst_key, e.attrs) for e in rows.edges if e.edge_type == "holds_role"]
    assert roles == [("李琼@community:金鱼社区@511504003", "金鱼社区@511504003", {"role": "金鱼社区书记"})]


def test_a_partner_must_be_a_fact_of_the_sheet():
    sheet = jinyu_sheet()
    sheet["partnerships"][0]["a"] = {"type": "organization", "key": "叙州区义工协会", "name": "叙州区义工协会"}
    with pytest.raises(ValidationError, match="not a fact of this sheet"):
        FactSheet.model_validate(sheet)


def test_a_street_office_partner_is_its_place_node_not_an_organization():
    sheet = jinyu_sheet()
    nanan = full_sheet(sheet)["places"][2]  # its canonical equals its name: the sheet leaves it out
    sheet["partnerships"][1]["a"] = {"type": "place", "key": nanan["key"], "name": nanan["canonical"]}
    rows = sheet_rows(FactSheet.model_validate(sheet).model_dump(mode="json"))
    partners = sorted((e.src_type, e.src_key, e.dst_type, e.dst_key) for e in rows.edges if e.edge_type == "partners_with")
    assert ("place", "511504003", "organization", "童萌亲子园") in partners
    assert not [f for f in rows.facts if f.node_type == "organization" and f.name == "南岸街道"]


def test_community_without_any_place_stays_unlocated_when_article_places_diverge():
    sheet = jinyu_sheet()
    sheet["communities"][0].update(street=None, district=None, place_code=None, place=None, key="金鱼社区@")
    sheet["people"][0]["affiliation"]["key"] = "金鱼社区@"
    sheet["places"].append({**sheet["places"][0], "code": "640500", "chain": ["宁夏回族自治区", "中卫市"]})
    rows = sheet_rows(sheet)
    comm = next(f for f in rows.facts if f.node_type == "community")
    assert (comm.key, comm.reason) == ("金鱼社区@", "name only (no place given)")
    assert not [e for e in rows.edges if e.edge_type == "located_in" and e.src_type == "community"]


def test_community_without_place_goes_under_the_articles_single_chain():
    sheet = jinyu_sheet()
    sheet["communities"][0].update(street=None, district=None, place_code=None, place=None, key="金鱼社区@")
    rows = sheet_rows(sheet)
    located = [(e.dst_key, e.attrs) for e in rows.edges if e.edge_type == "located_in" and e.src_type == "community"]
    assert located == [("511504003", {"basis": "article"})]  # 南岸街道: the deepest of 宜宾市 ⊃ 叙州区 ⊃ 南岸街道
