"""Governance models: a known model's surface must end where its word does (积分制 is not found
in 积分制度, the word 制度). Sentences of our own making."""

from __future__ import annotations

import pytest

from shequ.extract.models import ModelExtractor

EXTRACT = ModelExtractor().extract


def names(text: str) -> list[str]:
    return [m.canonical for m in EXTRACT(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("青禾村推行“积分制”，村民参与热情高。", ["积分制"]),
        ("全镇“积分制”覆盖率达到百分之百。", ["积分制"]),
        # 积分制度: 积分 + the word 制度, a rulebook of points
        ("队员们讨论积分制度，形成积分标准。", []),
        ("该队完善积分制度和奖励办法。", []),
    ],
)
def test_known_model_ending_in_zhi_stops_before_zhidu(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 探索出一条“…”的治理新路(子): the text calls the quoted phrase a way of governing
        ("社区党委探索出一条“楼长牵头、邻里互助”的治理新路。", ["楼长牵头、邻里互助"]),
        ("青禾村走出了一条“支部带头、村民受益”的发展新路子。", ["支部带头、村民受益"]),
        # 之路 follows slogans
        ("这是一条“共同富裕”之路。", []),
    ],
)
def test_a_new_road_calls_the_quote_a_model(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a national slogan is no community's method, with or without list marks between its parts,
        # unless a model word follows its quote (round 40b: 共建共治共享, model_called_slogans.txt)
        ("桂园街道要建成“共建、共治、共享”楼院。", []),
        ("桂园街道要建成“共建共治共享”楼院。", []),
        ("桂园街道探索“共建共治共享”的楼院治理格局。", ["共建共治共享"]),
        ("践行“不忘初心、牢记使命”的工作机制。", []),
        # a phrase of the community's own with list marks stays a model
        ("构建“楼栋议事、多元共治”社会治理格局。", ["楼栋议事、多元共治"]),
    ],
)
def test_catchphrase_written_with_list_marks_is_no_model(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # runs of target groups are the people a service is for
        ("站点聚焦“一残一弱”等特殊人群。", []),
        ("社工站关注“一老一幼一困”群体。", []),
        # an 一X一Y formula of the work itself stays a model
        ("青禾村推行“一户一策”帮扶机制。", ["一户一策"]),
    ],
)
def test_target_group_runs_are_no_model(text, expected):
    assert names(text) == expected
