"""Round 18: a model written with another dash than the one the matcher folds to keeps its written
name in the sheet (it used to fail the sheet's name-is-surface check and vanish with a warning).

Sentences of our own making."""

from __future__ import annotations

import warnings

import pytest

from shequ.api import extract


def sheet_models(text: str) -> list[tuple[str, str]]:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a rejected fact is reported as a warning: fail on it
        sheets = extract(text)
    return [(m.name, m.canonical) for sheet in sheets for m in sheet.models]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("青禾社区推行“接诉——研判——办结”的服务机制，群众满意。", [("接诉——研判——办结", "接诉—研判—办结")]),
        ("每项改造都走完“征求意见-公示方案-居民表决”的闭环机制，居民拥有话语权。", [("征求意见-公示方案-居民表决", "征求意见—公示方案—居民表决")]),
        ("街道建立“网上受理－分类转办－限时反馈”的工作机制。", [("网上受理－分类转办－限时反馈", "网上受理—分类转办—限时反馈")]),
        ("村里探索“村民提议→两委商议→村民决议”的议事机制。", [("村民提议→两委商议→村民决议", "村民提议—两委商议—村民决议")]),
        ("社区实行“群众点单——社区派单——党员接单”，服务更精准。", [("群众点单——社区派单——党员接单", "点单—派单—接单")]),
        ("街道推行“楼长＋网格员”机制。", [("楼长+网格员", "楼长+网格员")]),  # width folding passes the check: unchanged
        ("社区推行“发现—上报—处置”闭环机制。", [("发现—上报—处置", "发现—上报—处置")]),
    ],
)
def test_models_keep_the_dash_the_text_writes(text, expected):
    assert sheet_models(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "活动分为“签到——座谈——走访”三个环节。",  # the stages of one event, with doubled dashes too
        "会议时间为2024-2025年度。",  # digits joined by a hyphen are no chain
    ],
)
def test_models_dash_variants_add_no_chain_where_none_was(text):
    assert sheet_models(text) == []
