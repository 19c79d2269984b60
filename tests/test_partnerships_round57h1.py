"""Round 57 (h1): the members of an alliance named as an organization pair with the alliance
itself (A、B等加入某某联盟; 某某联盟首批成员由A、B组成; 成员单位包括A、B; 作为某某联盟成员单位，A…),
not with each other. Sentences written for these tests (made-up names)."""

from __future__ import annotations

from contexts import partner_pairs as pairs

UNITS = dict(
    organizations=["青禾商圈公益联盟", "青枫区邻里互助联盟", "楼宇共建联盟", "甘棠书店", "拾光咖啡", "禾丰超市",
                   "青枫区义工联合会", "禾光社工事务所", "青枫小学", "杏坛书画院", "柳溪供电公司", "青枫区民政局",
                   "义工公益"],
    communities=["柳絮湾社区"],
    programs=["暖邻联盟"],
)


def test_a_list_joining_an_alliance_named_before_by_its_short_name_pairs_each_with_it():
    text = "青禾商圈公益联盟上周挂牌。揭牌仪式上，甘棠书店、拾光咖啡、禾丰超市等青禾商圈第一批9家店铺加入公益联盟。"
    assert pairs(text, **UNITS) == [("拾光咖啡", "青禾商圈公益联盟"), ("甘棠书店", "青禾商圈公益联盟"),
                                    ("禾丰超市", "青禾商圈公益联盟")]


def test_a_unit_joining_an_alliance_written_in_full_pairs_with_it():
    text = "今年3月，禾光社工事务所正式加入青枫区邻里互助联盟。"
    assert pairs(text, **UNITS) == [("禾光社工事务所", "青枫区邻里互助联盟")]


def test_a_roster_formed_by_a_list_pairs_each_named_member_with_the_alliance():
    # 青枫区向阳义工社 is an item no extractor named; 义工公益 stands inside an item and is no member
    text = "青枫区邻里互助联盟首批成员由青枫区义工联合会、青枫区向阳义工社、青枫区亲和义工公益社、禾光社工事务所和青枫小学组成。"
    assert pairs(text, **UNITS) == [("禾光社工事务所", "青枫区邻里互助联盟"), ("青枫区义工联合会", "青枫区邻里互助联盟"),
                                    ("青枫区邻里互助联盟", "青枫小学")]


def test_a_roster_of_member_units_closed_by_deng_pairs_each_with_the_alliance():
    text = "青枫区邻里互助联盟成员单位包括禾光社工事务所、杏坛书画院等8家单位。"
    assert pairs(text, **UNITS) == [("杏坛书画院", "青枫区邻里互助联盟"), ("禾光社工事务所", "青枫区邻里互助联盟")]


def test_a_unit_standing_as_an_alliance_member_before_its_clause_pairs_with_it():
    text = "防汛期间，作为楼宇共建联盟成员单位，柳溪供电公司派出8名青年职工到小区排查电箱。"
    assert pairs(text, **UNITS) == [("柳溪供电公司", "楼宇共建联盟")]


def test_a_unit_urging_others_to_join_is_no_member():
    text = "青枫区邻里互助联盟今天成立。青枫区民政局将多措并举，鼓励更多社会组织和爱心企业加入联盟。"
    assert pairs(text, **UNITS) == []


def test_a_by_roster_with_no_forming_word_pairs_nothing():
    text = "青枫区邻里互助联盟首批成员由青枫区义工联合会推荐产生。"
    assert pairs(text, **UNITS) == []


def test_an_alliance_that_is_a_programme_takes_no_members_here():
    text = "甘棠书店、拾光咖啡加入暖邻联盟，为居民提供便民服务。"
    assert pairs(text, **UNITS) == []
