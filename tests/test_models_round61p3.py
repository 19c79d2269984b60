"""Round 61 (p3): a quoted name that opens with its count and that the text spells out right where it
stands (“…”，即…; “…”服务，即…; “…”是指…) is a method the article introduces by its parts; a 即 that
runs on into a longer word, a noun that is no service or work word between the quote and 即, and
counts that name no way of working (checklists, people) stay out. Sentences are invented."""

import pytest

from contexts import model_names

import importlib

models = importlib.import_module("shequ.extract.models")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a numeral and 个: no abbreviation rule reads the shape
        ("青枫街道的智慧社区主要建设“一张网两个中心”，即网格服务网、社区服务中心和数据中心。", ["一张网两个中心"]),
        # a service word between the quote and 即
        ("全县为困难家庭提供了“五个一”服务，即送一份礼物、建一张联系卡、办一次生日会。", ["五个一"]),
        # digits alone
        ("当地养老格局是“9064”，即约90%的老人居家养老，6%依托社区养老。", ["9064"]),
        # a colon before 即
        ("镇里总结出“一个窗口三张清单”：即统一受理窗口和需求、资源、项目三张清单。", ["一个窗口三张清单"]),
        # 是指 opens the spelling-out
        ("青枫村推出的“四清两评”是指清资产、清合同、清债务、清人员，民主评议、群众评分。", ["四清两评"]),
    ],
)
def test_models_spelled_out_count_name_round61p3(text: str, expected: list[str]) -> None:
    assert model_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # 即将: the word runs on, nothing is spelled out
        ("“三个一”即将在全区推开。"),
        # a place noun between the quote and 即: the quote labels the community, filter 14
        ("这里是典型的“两多一少”社区，即外来人口多、老人多、设施少。"),
        # a checklist, filter 29
        ("每个站点都要达到“六有”，即有场所、有人员、有制度。"),
        # an abbreviation of the general dictionary, filter 9
        ("镇里把力量投向“三农”，即农业、农村和农民。"),
        # a list of clauses opens with a numeral but holds list marks
        ("街道提出“一网通、两联动”，即全网通办、上下联动。"),
    ],
)
def test_models_spelled_out_no_model_round61p3(text: str) -> None:
    assert model_names(text) == []


def test_models_spelled_out_reads_after_the_quote_round61p3() -> None:
    text = "推行“两站一中心”服务，即驿站、工作站和服务中心。"
    after = text.index("”") + 1
    assert models.spelled_out("两站一中心", text, after)
    assert not models.spelled_out("两站一中心", text.replace("即", "随即"), after)
