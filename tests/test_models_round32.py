"""Models, round 32. Sentences of our own making with made-up names.

- A quoted list of parallel clauses before 的方式 says how one activity is done, not a model
  (model_vocab.tsv list_called no longer holds 方式); 的发展框架, 的发展战略 still call it one.
"""

from __future__ import annotations

import pytest

from contexts import model_names


@pytest.mark.parametrize("text", [
    "志愿者以“轮流值守、随叫随到”的方式照看桂岭小区的独居老人。",
    "枫溪街道通过“片区牵头、楼组接力、住户响应”的方式收集修缮意见。",
    "夜校课程采取“镇里出教室、村里出学员、学校出老师”的方式开办。",
])
def test_list_before_fangshi_is_no_model(text):
    assert model_names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("云栖镇确立了“乡贤领衔、村组跟进”的发展框架。", ["乡贤领衔、村组跟进"]),
    ("石桥村推行“一户认一岗、一岗管一片”的治理模式。", ["一户认一岗、一岗管一片"]),
])
def test_list_called_by_other_words_stays_a_model(text, expected):
    assert model_names(text) == expected


# --- filter 31: a quoted chain needs a model word or a count of tiers or steps after it ------------

@pytest.mark.parametrize("text", [
    "游客沿着“荷风亭→银杏坡→镜月湖”路线参观。",
    "康复中心完善“评估-训练-随访”全周期服务链。",
    "报名照“登记—初审—公示”严谨流程进行。",
    "孩子们一起绘出‘童画-童说-童玩’的快乐街区。",
])
def test_quoted_chain_nothing_calls_a_model_is_no_model(text):
    assert model_names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("岚山社区建立“收集—分办—督办—回访”工作机制。", ["收集—分办—督办—回访"]),
    ("松林村搭起“村委—片区—农户”三级联络网。", ["村委—片区—农户"]),
    ("调解员用“倾听—释法—跟进”三步法化解邻里矛盾。", ["倾听—释法—跟进"]),
    ("明溪社区织密“社区—小区—楼栋”的“新三级网格体系”。", ["社区—小区—楼栋"]),
    ("居民按照登记——核实——办结的流程反映诉求。", ["登记—核实—办结"]),
])
def test_chain_called_or_counted_or_unquoted_stays_a_model(text, expected):
    assert model_names(text) == expected
