"""Round 20 (transfer, organizations): shapes missed on other labellers' tuning sets.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from contexts import organization_surfaces as orgs


@pytest.mark.parametrize(
    "text, expected",
    [
        # A bare level word and an abbreviation jieba reads as one known word.
        ("座谈会上，区老龄委副主任谈了下一步打算。", ["区老龄委"]),
        ("春耕前，县新闻办为结对村送去了化肥。", ["县新闻办"]),
        # A level word jieba glues to the abbreviation's first character.
        ("“试点先行。”市住建委有关负责人表示。", ["市住建委"]),
        ("市文明办、市民生办联合召开推进会。", ["市文明办", "市民生办"]),
        ("副区长出席，区社指办负责同志参加。", ["区社指办"]),
        # Not bodies: a clause, a word that only refers to units, two levels, a function word inside.
        ("今天，市民办事不用再跑腿了。", []),
        ("会后，市有关委办局负责人留下座谈。", []),
        ("各县区委书记参加了培训。", []),
        ("他说，县里的办法很多。", []),
    ],
)
def test_level_abbreviations(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize(
    "text, places, communities, expected",
    [
        # A resident's name and 在 glued into one guessed word before a quoted brand's centre.
        ("居民李德凤在“爱邻家”生活服务中心买了酱油。", (), (), ["“爱邻家”生活服务中心"]),
        # A person's name glued to the verb 站 is no station.
        ("桃源小区居民孙玲站在自家门口。", (), ("桃源小区",), []),
        # 所属: the group's subsidiary is named after the word; both are kept, apart.
        ("青禾能源集团所属青禾热力集团有限公司捐赠了物资。", (), (), ["青禾能源集团", "青禾热力集团有限公司"]),
        # 选派 (tagged a noun) is no part of the name.
        ("青禾酒业集团选派集团公司副总经理驻村。", (), (), ["青禾酒业集团"]),
    ],
)
def test_left_borders(text, places, communities, expected):
    assert orgs(text, places, communities) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A foundation's fund-raising status describes a kind of foundation, not one.
        ("桃源社区基金会是本市第一家非公募社区基金会。", ["桃源社区基金会"]),
        ("该会是一家非公募性质社区公益基金会。", []),
        ("本市成立了首家社区公募基金会。", []),
        # 各大: the major ones of a kind, none named.
        ("在各大基金会、慈善组织的推动下，捐赠持续增长。", []),
        # 配强: staffing a body, no part of its name.
        ("各村要配齐配强党委委员和网格员。", []),
        # A proper name before the status word stays a name.
        ("青禾公募基金会发起了捐赠。", ["青禾公募基金会"]),
    ],
)
def test_kinds_of_foundation(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize(
    "text, places, expected",
    [
        # A list unit right after a place mention is that place's unit, in a list or not.
        ("桃源新华书店是柳湾社区的共建单位。", ("桃源",), ["桃源新华书店"]),
        ("青禾县红十字会为困难群众送去慰问品。", ("青禾县",), ["青禾县红十字会"]),
        # Without a place it stays a bare unit name, kept only in a list (org_list_units.tsv).
        ("新华书店是柳湾社区的共建单位。", (), []),
    ],
)
def test_units_named_by_their_place(text, places, expected):
    assert orgs(text, places) == expected


@pytest.mark.parametrize(
    "text, places, expected",
    [
        # A new-employment sector's Party committee: the sector's name is no verb opening a clause.
        ("桃源区市场监管局牵头成立桃源区外卖配送行业党委。", ("桃源区",), ["桃源区市场监管局", "桃源区外卖配送行业党委"]),
        ("青禾市外卖送餐行业党委近日挂牌。", ("青禾市",), ["青禾市外卖送餐行业党委"]),
        ("外卖配送员张师傅加入了志愿服务。", (), []),
    ],
)
def test_sector_party_committees(text, places, expected):
    assert orgs(text, places) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A bare 公司 after common words only, one a noun: a kind of company, none named.
        ("饮用水公司每周为老人送水。", []),
        ("柑橘出口供应链公司打通了销路。", []),
        ("小区由前期物业公司管理。", []),
        # A word jieba does not know (a trade name), a brand, a number or a service word keeps the name.
        ("富卓物业公司为居民检修管道。", ["富卓物业公司"]),
        ("华润燃气公司为居民检修管道。", ["华润燃气公司"]),
        ("公交三公司开展了护航活动。", ["公交三公司"]),
        ("我们期待送变电公司与社区协作。", ["送变电公司"]),
    ],
)
def test_kinds_of_company(text, expected):
    assert orgs(text) == expected
