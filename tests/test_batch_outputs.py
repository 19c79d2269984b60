"""Sheet files: orjson writes the bytes the standard library's `json` would."""

from __future__ import annotations

import json
import typing

import pytest

from corpus_data import ROOT
from shequ.batch.encoding import json_sheet_bytes, sheet_bytes
from shequ.schema import FactSheet

OUTPUTS = ROOT / "outputs" / "factsheets"
COMMITTED = sorted(OUTPUTS.rglob("*.json"))


def test_there_are_committed_sheets_to_compare():
    assert len(COMMITTED) >= 10


@pytest.mark.parametrize("path", COMMITTED, ids=lambda p: p.relative_to(OUTPUTS).as_posix())
def test_sheet_bytes_equal_the_committed_file_and_the_json_module_bytes(path):
    data = path.read_bytes()
    sheet = json.loads(data)
    assert sheet_bytes(sheet) == json_sheet_bytes(sheet) == data


def test_sheet_bytes_equal_the_json_module_bytes_on_every_seed_sheet(seed_results):
    for _, result in seed_results.values():
        for sheet in result.sheets:
            dumped = sheet.model_dump(mode="json")
            assert sheet_bytes(dumped) == json_sheet_bytes(dumped)


def _float_fields(model, path=()):
    """(model name, field) of every float field reachable from `model`."""
    found = set()
    for name, info in model.model_fields.items():
        stack = [info.annotation]
        while stack:
            kind = stack.pop()
            if kind is float:
                found.add((model.__name__, name))
            elif isinstance(kind, type) and hasattr(kind, "model_fields"):
                found |= _float_fields(kind)
            else:
                stack.extend(typing.get_args(kind))
    return found


def test_a_sheets_only_floats_are_quantity_values():
    # sheet_bytes checks only these before trusting orjson's float format.
    assert _float_fields(FactSheet) == {("Quantity", "value")}


@pytest.mark.parametrize("value", [1e-05, 3.5e-07, float("nan"), float("inf"), 0.0, -0.0, 1e16, 30000.0, 0.25])
def test_sheet_bytes_of_any_quantity_value_equal_the_json_module_bytes(value):
    # orjson writes 1e-05 as 0.00001 and NaN as null: those go through `json`.
    sheet = {"article_id": "a", "quantities": [{"text": "三万", "value": value, "unit": "人"}]}
    assert sheet_bytes(sheet) == json_sheet_bytes(sheet)


def test_sheet_bytes_of_escapes_and_unicode_equal_the_json_module_bytes():
    sheet = {"title": "社区\u2028“五社联动”\x00\x1f\b\f\n\r\t\"\\/\x7f", "empty": [], "none": {}, "flag": True,
             "nested": [{"a": None, "b": [1, -2]}], "big": 2**63 + 1}
    assert sheet_bytes(sheet) == json_sheet_bytes(sheet)


def test_sheet_bytes_refuse_a_lone_surrogate_as_the_json_module_does():
    with pytest.raises(UnicodeEncodeError):
        sheet_bytes({"title": "社\ud800区"})
