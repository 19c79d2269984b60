"""Round 55 (h7): a quoted name of a town's, community's or estate's own name and 模式 (like the
province-level “天津模式”) is the way of governing that place is known for, when the article
itself shows the stem is a place's name: it ends in an estate head (某某山庄), or the article writes
it before a place head elsewhere (某某湖小区, 某某镇). A stem the dictionary knows as a word, a wish
before an estate head, or a stem the article never names a place is no model by this rule.
Filter 41: a quoted (or unquoted) formula of numbers alone heading a platform or a set of
documents (“1+4”平台, “1+8”制度文件) counts that thing's parts and is no model, unless a model word
follows the thing word. Sentences are invented."""

import pytest

from contexts import model_names


@pytest.mark.parametrize(
    "text, expected",
    [
        ("在青州市南关街道碧溪湾小区，物业、业委会和网格员每周会商。记者日前走访了垃圾分类的“碧溪湾模式”。",
         ["碧溪湾模式"]),
        ("北塘社区深化推广“松鹤山庄模式”，建立起楼栋自治小组。", ["松鹤山庄模式"]),
        ("河埠镇党委书记介绍，河埠将总结提炼出乡村善治的“河埠模式”。", ["河埠模式"]),
        ("多个小区借鉴“翠柳花园模式”开展物业议事。", ["翠柳花园模式"]),
    ],
)
def test_models_local_place_practice_round55h7(text: str, expected: list[str]) -> None:
    assert model_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the stem is a word of the dictionary, not a place's name, though the article writes 城市社区
        "城市社区治理要走出“城市模式”。",
        # a wish before the estate head, not an estate's brand
        "社区倡导“和谐花园模式”。",
        # the article never names 碧溪湾 a place
        "记者走访了垃圾分类的“碧溪湾模式”。",
        # no practice word inside or after the quote
        "碧溪湾小区推出“碧溪湾管家”服务。",
    ],
)
def test_models_no_local_place_practice_round55h7(text: str) -> None:
    assert model_names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the numbers count a platform's centre and branches
        "网格员把隐患上报至街道指挥中心“1+3”平台，区里随即派单处置。",
        "镇里建成服务外来务工人员的“5+N”服务平台，提供政策咨询和技能培训。",
        # the numbers count a policy and its rules
        "区里出台物业服务管理“1+6”制度文件，持续推进红色物业建设。",
        "县里印发1+4政策文件，明确各部门职责。",
    ],
)
def test_models_no_number_formula_counting_a_platform_round55h7(text: str) -> None:
    assert model_names(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a model word after the platform still calls the formula a way of working
        ("社区构建“1+N”平台联动机制，整合辖区资源。", ["1+N"]),
        # the formula heads a system, not a platform
        ("社区建立“1+3+N”工作体系，形成合力。", ["1+3+N"]),
        # the platform is in the next clause
        ("街道建立“1+5”协同机制，搭建服务平台。", ["1+5"]),
        # a formula of actors, not of numbers alone
        ("社区打造“党建+物业”服务平台。", ["党建+物业"]),
    ],
)
def test_models_number_formula_called_a_model_round55h7(text: str, expected: list[str]) -> None:
    assert model_names(text) == expected
