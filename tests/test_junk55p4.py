"""Round 55 (p4, bulk junk). Generic shapes that passed as model or programme names on unseen
articles: a count of aims (“六化”标准), the national formula alone (“互联网+”), a kind word
(“护理型”) and a committee (“…管理委员会”). Look-alikes that name something keep their fact.

Every sentence here is made up (invented places, communities and names)."""

from __future__ import annotations

import pytest

from contexts import model_names, programs_and_kinds


@pytest.mark.parametrize(
    "text, expected",
    [
        # a counted list of aims called a 标准: the bar to meet, not a method
        (
            "本县将乡村建设作为重点，按照道路整洁化、服务便民化、环境园林化、设施现代化、管理精细化、参与多元化的“六化”标准，打造新格局。",
            [],
        ),
        ("翠柳社区对照“青禾”的标准开展自查。", []),
        # 标准化 building and a method word keep the numbered name
        ("翠柳社区按照“七有”标准化建设要求推进。", ["七有"]),
        ("翠柳社区推行“三化”工作法。", ["三化"]),
        # a numbered name standing alone before 标准 is the method it measures
        ("全村对照“两净一美”标准逐户打分。", ["两净一美"]),
    ],
)
def test_junk55p4_counted_aims_called_a_standard_are_no_model(text, expected):
    assert model_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the national prefix alone names no one's method
        ("这个服务平台借助“互联网+”模式统一派单。", []),
        ("翠柳社区探索“智慧+”模式。", []),
        # with a named side, or a named side alone, it stays
        ("翠柳社区探索“互联网+社工”模式。", ["互联网+社工"]),
        ("翠柳社区推行“社工+”模式。", ["社工+"]),
    ],
)
def test_junk55p4_national_formula_alone_is_no_model(text, expected):
    assert model_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a short kind word says what sort of service is built
        ("翠柳社区努力打造‘护理型’养老服务。", []),
        # a longer stem holds a name and stays
        ("翠柳社区开展“暖心陪伴型”志愿服务项目。", [("暖心陪伴型", "project")]),
        ("翠柳社区打造“楼道美化型”服务品牌。", [("楼道美化型", "brand")]),
        # 型 closing a noun (发型) is no kind suffix
        ("翠柳社区开展“好发型”义剪活动。", [("好发型", "activity")]),
    ],
)
def test_junk55p4_kind_word_is_no_programme(text, expected):
    assert programs_and_kinds(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a committee with a chair and members is run like an organization
        ("翠柳社区推动商户成立了“青禾路鞋帽商圈管理委员会”，规范经营。", []),
        # a deliberation platform and a named team stay programmes
        ("翠柳社区成立了“青禾路商户议事会”，每月议事。", [("青禾路商户议事会", "platform")]),
        ("翠柳社区成立“青禾路商圈志愿服务队”。", [("青禾路商圈志愿服务队", "team")]),
    ],
)
def test_junk55p4_committee_is_no_programme(text, expected):
    assert programs_and_kinds(text) == expected
