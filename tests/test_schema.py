"""The fact-sheet contract: committed JSON Schema, strictness, evidence validation."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from shequ.schema import (
    FACT_TYPES,
    SCHEMA_VERSION,
    SENTENCE_CHARS,
    Evidence,
    FactSheet,
    Organization,
    Quantity,
    committed_schema_path,
    factsheet_json_schema_text,
)

TOP_LEVEL_KEYS = [
    "schema_version", "clipping", "article_id", "title", "subtitle", "source", "date", "organizations", "places",
    "communities", "models", "programs", "people", "quantities", "partnerships", "page_furniture", "sentences",
]


def test_committed_schema_matches_the_models():
    assert committed_schema_path().read_text(encoding="utf-8") == factsheet_json_schema_text(), (
        "regenerate with: shequ schema > pipeline/schema/factsheet.schema.json"
    )


def test_sheet_has_exactly_the_published_top_level_keys():
    sheet = FactSheet(clipping="a.txt", article_id="a-00-12345678", title="t")
    assert list(json.loads(sheet.model_dump_json())) == TOP_LEVEL_KEYS
    assert sheet.schema_version == SCHEMA_VERSION


def test_sheet_fact_lists_are_the_fact_type_table():
    article_fields = ["schema_version", "clipping", "article_id", "title", "subtitle", "source", "date"]
    assert list(FactSheet.model_fields) == article_fields + list(FACT_TYPES.names) + ["page_furniture", "sentences"]
    for row in FACT_TYPES:
        assert FactSheet.model_fields[row.name].annotation == list[row.model]


def test_unknown_fields_are_rejected():
    with pytest.raises(ValidationError):
        FactSheet(clipping="a.txt", article_id="x", title="t", extra_field=1)


def evidence(text: str, raw: str, sentence: int = 0) -> dict:
    return {"text": text, "start": 10, "end": 10 + len(raw), **({"raw": raw} if raw != text else {}), "sentence": sentence}


def test_evidence_raw_slice_must_normalize_to_the_text():
    # A name broken over a line and spaced out in the raw still matches its clean form.
    Evidence(**evidence("九龙社工", "九 龙\n社 工"))
    Evidence(**evidence("（据《辽宁日报》）", "渊据叶辽宁日报曳冤"))
    with pytest.raises(ValidationError, match="does not normalize"):
        Evidence(**evidence("九龙社工", "九龙街道"))
    with pytest.raises(ValidationError):
        Evidence(text="abc", sentence=0, start=5, end=3, raw="")


def test_evidence_writes_raw_only_when_it_differs_from_the_text():
    assert Evidence(**evidence("九龙社工", "九龙\n社工")).model_dump() == {
        "text": "九龙社工", "start": 10, "end": 15, "raw": "九龙\n社工", "sentence": 0}
    same = Evidence(**evidence("九龙社工", "九龙社工"))
    assert same.model_dump() == {"text": "九龙社工", "start": 10, "sentence": 0}  # end: 10 + 4
    assert (same.raw_slice, same.end) == ("九龙社工", 14)
    assert Evidence.model_validate(same.model_dump()) == same
    with pytest.raises(ValidationError, match="raw '九龙社工' equals text: leave it out"):
        Evidence(text="九龙社工", start=10, end=14, raw="九龙社工", sentence=0)
    with pytest.raises(ValidationError, match="raw slice has 4 chars, span is 5"):
        Evidence(text="九龙社工", start=10, end=15, sentence=0)


SENTENCE = "金鱼社区党委书记宋玮说。"


def _sheet(sentences: list[str], **facts) -> dict:
    return {"clipping": "a.txt", "article_id": "x", "title": "t", "sentences": sentences, **facts}


def _org(sentence: int = 0) -> dict:
    return {"name": "金鱼社区党委", "key": "金鱼社区党委", "canonical": "金鱼社区党委",
            "evidence": [evidence("金鱼社区党委", "金鱼社区党委", sentence)]}


def test_every_evidence_item_finds_its_text_in_its_sentence():
    sheet = FactSheet(**_sheet([SENTENCE], organizations=[_org()]))
    assert sheet.sentence_of(sheet.organizations[0].evidence[0]) == SENTENCE
    with pytest.raises(ValidationError, match="refers to sentence 1; the sheet has 1"):
        FactSheet(**_sheet([SENTENCE], organizations=[_org(1)]))
    with pytest.raises(ValidationError, match="'金鱼社区党委' is not in its sentence '宋玮说。'"):
        FactSheet(**_sheet(["宋玮说。"], organizations=[_org()]))


def test_every_sentence_is_used_once_and_bounded():
    with pytest.raises(ValidationError, match="sentence 1 is not referred to by any evidence"):
        FactSheet(**_sheet([SENTENCE, "另一句。"], organizations=[_org()]))
    limit = SENTENCE_CHARS + len("金鱼社区党委")
    FactSheet(**_sheet(["金鱼社区党委" + "甲" * SENTENCE_CHARS], organizations=[_org()]))
    with pytest.raises(ValidationError, match=f"sentence 0 has {limit + 1} chars, more than {SENTENCE_CHARS}"):
        FactSheet(**_sheet(["金鱼社区党委" + "甲" * (SENTENCE_CHARS + 1)], organizations=[_org()]))


def test_page_furniture_evidence_refers_to_sentences_too():
    furniture = {"kind": "page_header", "text": "2025年7月12日 星期六", "evidence": [evidence("2025年7月12日 星期六", "2025年7月12日 星期六", 1)]}
    sheet = FactSheet(**_sheet([SENTENCE, "2025年7月12日 星期六"], organizations=[_org()], page_furniture=[furniture]))
    assert [sheet.sentence_of(ev) for evs in sheet.evidence_lists() for ev in evs] == [SENTENCE, "2025年7月12日 星期六"]


def test_entity_name_must_be_its_first_surface_and_quotes_do_not_count():
    Organization(name="凉小鸭志愿服务队", key="凉小鸭志愿服务队", canonical="凉小鸭志愿服务队",
                 evidence=[evidence("“凉小鸭”志愿服务队", "“凉小鸭”志愿服务队")])
    with pytest.raises(ValidationError, match="is not the surface"):
        Organization(name="金鱼社区", key="金鱼社区", canonical="金鱼社区", evidence=[evidence("叙州区", "叙州区")])


def test_quantity_text_must_be_its_evidence():
    with pytest.raises(ValidationError):
        Quantity(text="2万余名", value=20000, unit="名", qualifier="more_than", evidence=[evidence("3000余名", "3000余名")])
    with pytest.raises(ValidationError):
        Quantity(text="2万余名", value=20000, unit="名", qualifier="roughly", evidence=[evidence("2万余名", "2 万余名")])


def _person_of(unit_key: str) -> dict:
    return {"name": "宋玮", "key": "宋玮", "canonical": "宋玮", "evidence": [evidence("宋玮", "宋玮")],
            "affiliation": {"type": "organization", "key": unit_key, "name": "金鱼社区党委"}}


def test_a_reference_to_a_fact_the_sheet_lacks_is_rejected():
    org = {"name": "金鱼社区党委", "key": "org:金鱼社区党委", "canonical": "金鱼社区党委", "evidence": [evidence("金鱼社区党委", "金鱼社区党委")]}
    FactSheet(**_sheet([SENTENCE], organizations=[org], people=[_person_of("org:金鱼社区党委")]))
    with pytest.raises(ValidationError, match="people: affiliation refers to organization 'org:别的'"):
        FactSheet(**_sheet([SENTENCE], organizations=[org], people=[_person_of("org:别的")]))


def test_dangling_reference_checks_a_sheet_assembled_without_validation():
    # What build_sheet relies on: facts validated one by one, the sheet made with model_construct.
    person = FACT_TYPES["people"].model(**_person_of("org:别的"))
    sheet = FactSheet.model_construct(clipping="a.txt", article_id="x", title="t", people=[person])
    assert sheet.dangling_reference() == "people: affiliation refers to organization 'org:别的', which is not a fact of this sheet"
    assert FactSheet.model_construct(clipping="a.txt", article_id="x", title="t").dangling_reference() is None


def test_a_fact_is_written_without_what_it_implies():
    ev = {"text": "青禾社工", "start": 3, "sentence": 0}
    assert Organization(name="青禾社工", evidence=[ev]).model_dump(mode="json") == {"name": "青禾社工", "evidence": [ev]}
    longer = Organization(name="青禾社工", canonical="青禾社工服务中心", evidence=[ev]).model_dump(mode="json")
    assert longer == {"name": "青禾社工", "canonical": "青禾社工服务中心", "evidence": [ev]}  # key = canonical: left out
    assert list(longer) == ["name", "canonical", "evidence"]
    count = {"text": "5名", "start": 8, "sentence": 1}
    assert Quantity.model_validate({"value": 5, "unit": "名", "evidence": [count]}).model_dump(mode="json") == {
        "value": 5.0, "unit": "名", "evidence": [count]}
    placed = Organization(name="青禾社工", canonical="青禾社工服务中心", key="青禾社工服务中心@石桥", evidence=[ev])
    assert placed.model_dump(mode="json") == {"name": "青禾社工", "canonical": "青禾社工服务中心", "key": "青禾社工服务中心@石桥",
                                              "evidence": [ev]}
