"""Round 35 (pairs). Shapes of the 在…下 support phrase the frames missed: a list of supporters
read over an item no extractor named (在A、某某集团、B的支持下) or over the first one's own support
noun (在A指导、B支持下); a date between the one supported and the phrase (B于2016年在A支持下…);
and a phrase opening a clause whose act follows with no subject (在A协助下与B联合授课): the
supporter is not the actor, the article's own unit is, and it is the one supported.
Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs

UNDER = [
    # an unnamed company between two named supporters
    ("unnamed_item", "2019年，在青禾公益基金会、蓝鲸科技、柘溪县人民政府的支持下，桐岭村建起了乡村书屋。",
     {"organizations": ["青禾公益基金会", "柘溪县人民政府"], "communities": ["桐岭村"]},
     [("桐岭村", "青禾公益基金会"), ("桐岭村", "柘溪县人民政府")]),
    # each supporter with its own support noun, and a date before the phrase
    ("own_nouns_and_date", "鹭湾驿站于2018年在柘溪市总工会指导、青禾区总工会支持下改造投用。",
     {"organizations": ["柘溪市总工会", "青禾区总工会"], "programs": ["鹭湾驿站"]},
     [("柘溪市总工会", "鹭湾驿站"), ("青禾区总工会", "鹭湾驿站")]),
]


@pytest.mark.parametrize("name, text, parties, expected", UNDER, ids=[row[0] for row in UNDER])
def test_support_phrase_lists_and_dates(name, text, parties, expected):
    assert pairs(text, **parties) == sorted(tuple(sorted(p)) for p in expected)


def test_support_phrase_opening_a_subjectless_clause_supports_the_articles_unit():
    text = "柘溪街道办事处在桐岭社区设立老年学校。在柘溪市老龄办协助下与青禾电视大学联合授课，招收辖区老人。"
    found = pairs(text, organizations=["柘溪街道办事处", "柘溪市老龄办", "青禾电视大学"])
    assert found == [("柘溪市老龄办", "柘溪街道办事处"), ("柘溪街道办事处", "青禾电视大学")]


NOTHING = [
    # two supporters with no one supported named or implied
    ("no_supported", "在青禾公益基金会、蓝鲸科技、柘溪县人民政府的支持下，项目顺利完成。",
     {"organizations": ["青禾公益基金会", "柘溪县人民政府"]}),
    # a clause between two names is no list item
    ("clause_between", "在青禾公益基金会开展调研、柘溪县人民政府的支持下，项目顺利完成。",
     {"organizations": ["青禾公益基金会", "柘溪县人民政府"]}),
]


@pytest.mark.parametrize("name, text, parties", NOTHING, ids=[row[0] for row in NOTHING])
def test_support_phrase_without_a_supported_party_pairs_nothing(name, text, parties):
    assert pairs(text, **parties) == []


# A quoted partner written with its owner right after a forward word: a sub-unit of the party after
# the word (携手某社区第二睦邻中心“某某议事会”) or a run opening with a place named in the article
# (携手崇阳网红“某某”团队): the quoted unit is the partner, the owner only says whose it is.
OWNED = [
    ("sub_unit_of_community", "柘溪街道社工站“童心益角”项目携手桐岭社区第二睦邻中心“睦邻议事会”，开展协商会。",
     {"organizations": ["柘溪街道社工站"], "communities": ["桐岭社区"], "programs": ["童心益角", "睦邻议事会"]},
     [("童心益角", "睦邻议事会")]),
    ("place_opened_owner", "崇阳县商务局干部职工携手崇阳网红“阿福”团队，在柳湾村开展直播带货。",
     {"organizations": ["崇阳县商务局"], "programs": ["“阿福”团队"], "places": ["崇阳县"]},
     [("崇阳县商务局", "“阿福”团队")]),
]


@pytest.mark.parametrize("name, text, parties, expected", OWNED, ids=[row[0] for row in OWNED])
def test_quoted_partner_written_with_its_owner(name, text, parties, expected):
    assert pairs(text, **parties) == sorted(tuple(sorted(p)) for p in expected)


OWNED_NOTHING = [
    # a verb after the place: the quoted programme is what the two make, not a partner
    ("verb_after_place", "崇阳县民政局携手崇阳县推出“邻里守望”项目。",
     {"organizations": ["崇阳县民政局"], "programs": ["邻里守望"], "places": ["崇阳县"]}),
    # no place opens the run
    ("no_place", "崇阳县民政局携手打造“邻里守望”品牌。",
     {"organizations": ["崇阳县民政局"], "programs": ["邻里守望"], "places": ["崇阳县"]}),
]


@pytest.mark.parametrize("name, text, parties", OWNED_NOTHING, ids=[row[0] for row in OWNED_NOTHING])
def test_quoted_programme_after_a_clause_is_no_partner(name, text, parties):
    assert pairs(text, **parties) == []


# A list of units closed by 等…单位: an item no extractor named may close it before 等 (A、B、某某幼等…
# 单位参加…), and a list closed by 等…共建/结对…单位 names the community's partner units whatever
# they do next. Each unit pairs with the article's own community. Since round 40b the unnamed items
# of such a roster are licensed units too (licensed._Scan.roster) and pair like the named ones.
JOIN = [
    ("unnamed_last_item", "桐岭社区自建了图书馆。青禾二小、青禾三小、柘溪三幼等附近多所教育单位也发动学生参加捐书行动。",
     {"organizations": ["青禾二小", "青禾三小"], "communities": ["桐岭社区"]},
     [("桐岭社区", "青禾二小"), ("桐岭社区", "青禾三小"), ("桐岭社区", "柘溪三幼")]),
    ("standing_closes_list", "桐岭社区自建了图书馆。鹭湾爱心社、柘溪街道商会、青禾文化城等多家社区共建爱心单位，也积极捐赠了书籍。",
     {"organizations": ["柘溪街道商会"], "communities": ["桐岭社区"]},
     [("桐岭社区", "柘溪街道商会"), ("桐岭社区", "鹭湾爱心社"), ("桐岭社区", "青禾文化城")]),
]


@pytest.mark.parametrize("name, text, parties, expected", JOIN, ids=[row[0] for row in JOIN])
def test_units_closed_by_deng_danwei_pair_with_the_community(name, text, parties, expected):
    assert pairs(text, **parties) == sorted(tuple(sorted(p)) for p in expected)


JOIN_NOTHING = [
    # one named unit and no other item: no list
    ("one_unit", "桐岭社区自建了图书馆。柘溪街道商会等共建单位也积极捐赠了书籍。",
     {"organizations": ["柘溪街道商会"], "communities": ["桐岭社区"]}),
    # a clause, not an unnamed item, before 等
    ("clause_before_deng", "桐岭社区自建了图书馆。青禾二小、青禾三小开展了阅读等活动的单位参加评比。",
     {"organizations": ["青禾二小", "青禾三小"], "communities": ["桐岭社区"]}),
]


@pytest.mark.parametrize("name, text, parties", JOIN_NOTHING, ids=[row[0] for row in JOIN_NOTHING])
def test_units_list_without_the_shape_pairs_nothing(name, text, parties):
    assert pairs(text, **parties) == []


# The leaders of a list of units acting jointly (A、B等相关领导共同为某驿站揭牌) make the units co-actors,
# as their staff or representatives do (round 34); the thing they unveil is no partner.
def test_leaders_of_a_list_acting_jointly_pair_their_units():
    text = "仪式现场，柘溪区总工会、青禾镇人民政府等相关领导共同为鹭湾驿站揭牌。"
    assert pairs(text, organizations=["柘溪区总工会", "青禾镇人民政府"], programs=["鹭湾驿站"]) == [("柘溪区总工会", "青禾镇人民政府")]


def test_leaders_of_a_list_before_a_co_host_credit_pair_nothing():
    text = "柘溪区总工会、青禾街道办事处领导共同主办了这场联欢会。"
    assert pairs(text, organizations=["柘溪区总工会", "青禾街道办事处"]) == []


# 该项目 points back to a quoted programme written with its head after the quote (“某某”院落微更新项目:
# the programme found is the quoted name, which does not end in 项目).
def test_pointer_to_a_quoted_programme_with_its_head_after_the_quote():
    text = "桐岭社区启动“融和景苑”院落微更新项目。该项目由青禾物业服务有限公司具体执行。"
    assert pairs(text, programs=["融和景苑"], organizations=["青禾物业服务有限公司"], communities=["桐岭社区"]) == [
        ("融和景苑", "青禾物业服务有限公司")]


def test_pointer_with_no_such_head_after_the_quote_names_nobody():
    text = "桐岭社区启动“融和景苑”楼道美化行动。该项目由青禾物业服务有限公司具体执行。"
    assert pairs(text, programs=["融和景苑"], organizations=["青禾物业服务有限公司"], communities=["桐岭社区"]) == []
