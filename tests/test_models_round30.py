"""Models, round 30. Sentences of our own making.

- The deliberation formats 板凳会, 院坝会 and 坝坝会 count only in an article that quotes them
  (models.tsv `written` quoted): bare they are the meeting itself.
"""

from __future__ import annotations

import pytest

from contexts import model_names


@pytest.mark.parametrize("text, expected", [
    ("青禾村组织党员通过入户走访、“板凳会”等方式听取意见。", ["板凳会"]),
    ("柳岸村推行“院坝会”，群众的事群众商量。", ["院坝会"]),
    ("月湾村每月开一次“坝坝会”。后来坝坝会搬进了议事厅。", ["坝坝会", "坝坝会"]),
])
def test_quoted_deliberation_format_is_a_model(text, expected):
    assert model_names(text) == expected


@pytest.mark.parametrize("text", [
    "青禾村理事会常借田间课、板凳会等形式听取村民意见。",
    "柳岸社区的议事厅前身为社区院坝会。",
    "活动以坝坝会的形式传播防骗知识。",
    "桂香村晚上在晒场召开院坝议事会。",
])
def test_bare_deliberation_format_is_no_model(text):
    assert model_names(text) == []


@pytest.mark.parametrize("text", [
    "青禾社区的志愿者走出“认领—陪伴—回馈”的循环。",
    "月湾社区编织“学校-家长-社区”三方守护网络，护航孩子成长。",
    "桂香村动员“老党员、乡贤、网格员”力量参与调解。",
    "枫林街道凝聚“楼长—网格员—志愿者”的守护力量，群众点赞。",
])
def test_list_or_chain_that_adds_up_to_a_loop_is_no_model(text):
    assert model_names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("枫林街道建立“接件、分办、回访”的联络网络机制。", ["接件、分办、回访"]),
    ("柳岸社区理顺“登记—分派—回访”服务闭环，事事有回音。", ["登记—分派—回访"]),
    ("桂香街道织起“楼组联络、邻里联谊、需求联通”的社区互助服务网络体系。", ["楼组联络、邻里联谊、需求联通"]),
    ("青禾社区推行“上报—研判—处置”工作机制。", ["上报—研判—处置"]),
    ("石桥镇织密“镇级统筹、村级联动、组级落实”三级服务网络。", ["镇级统筹、村级联动、组级落实"]),
])
def test_list_or_chain_called_a_model_is_kept(text, expected):
    assert model_names(text) == expected
