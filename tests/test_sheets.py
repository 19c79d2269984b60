"""Fact sheets of the seed clippings: provenance of every fact, stable ids, exact outputs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from corpus_data import ROOT
from shequ.clipping import process_clipping
from shequ.chars import surface_key
from shequ.batch.encoding import sheet_bytes
from shequ.schema import FactSheet

OUTPUTS = ROOT / "outputs" / "factsheets"
REGENERATE = os.environ.get("SHEQU_REGENERATE_OUTPUTS") == "1"


def all_evidence(sheet: FactSheet):
    for field in ("organizations", "places", "communities", "models", "programs", "people", "quantities", "partnerships", "page_furniture"):
        for fact in getattr(sheet, field):
            for evidence in fact.evidence:
                yield field, fact, evidence


def test_every_fact_has_raw_evidence_that_normalizes_to_it(seed_results):
    checked = 0
    for name, (raw, result) in seed_results.items():
        for sheet in result.sheets:
            for field, fact, evidence in all_evidence(sheet):
                assert raw[evidence.start : evidence.end] == evidence.raw_slice, (name, field, evidence)
                assert evidence.raw is None or evidence.raw != evidence.text
                assert surface_key(evidence.raw_slice) == surface_key(evidence.text)
                assert evidence.text in sheet.sentence_of(evidence)
                checked += 1
    assert checked > 300


def test_quantity_text_is_exactly_the_normalized_raw_slice(seed_results):
    for raw, result in seed_results.values():
        for sheet in result.sheets:
            for quantity in sheet.quantities:
                evidence = quantity.evidence[0]
                assert surface_key(raw[evidence.start : evidence.end]) == surface_key(quantity.text)


def test_no_fact_was_rejected_on_the_seeds(seed_results):
    assert {name: result.warnings for name, (_, result) in seed_results.items() if result.warnings} == {}


def test_article_ids_are_stable_across_runs(seed_results):
    name, (raw, result) = next(iter(seed_results.items()))
    again = process_clipping(raw, f"seeds/{name}")
    assert [s.article_id for s in again.sheets] == [s.article_id for s in result.sheets]
    assert [s.model_dump() for s in again.sheets] == [s.model_dump() for s in result.sheets]


def test_models_flow_end_to_end(seed_results):
    _, result = seed_results["001_1d0cc6dd0f8373ac.txt"]
    names = {m.canonical for sheet in result.sheets for m in sheet.models}
    assert "五社联动" in names


@pytest.mark.skipif(os.environ.get("CI") != "true", reason="only CI checks that nobody regenerates there")
def test_regeneration_flag_is_off_in_ci():
    assert not REGENERATE


def test_committed_outputs_are_current(seed_results):
    """outputs/ is what `shequ run corpus/ --out outputs/` writes (SHEQU_REGENERATE_OUTPUTS=1 rewrites it)."""
    for name, (_, result) in seed_results.items():
        folder = OUTPUTS / "seeds" / Path(name).stem  # clippings are named by their path under corpus/
        expected = {f"{s.article_id}.json": s.model_dump(mode="json") for s in result.sheets}
        if REGENERATE:
            folder.mkdir(parents=True, exist_ok=True)
            for old in folder.glob("*.json"):
                old.unlink()
            for file_name, data in expected.items():
                (folder / file_name).write_bytes(sheet_bytes(data))
        committed = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.json")}
        assert committed == expected, f"outputs/ is stale for {name}: run `shequ run corpus/ --out outputs/`"


def test_built_sheets_equal_their_full_validation(seed_results):
    # build_sheet validates each fact once and assembles the sheet without validating it again.
    for _, result in seed_results.values():
        for sheet in result.sheets:
            again = FactSheet.model_validate(sheet.model_dump())
            assert again == sheet
            assert again.model_dump_json() == sheet.model_dump_json()
