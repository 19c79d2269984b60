"""Parties set by their position in a relation frame (round 12b): brand names ending in a trade
word (某某堂, 某某口腔, 某某社工, 某社居委, 镇劳保所) and practice stations named after their town or
community, which are organizations only inside a frame; a hospital or school writing 我院/我校
for itself; a street the place extractor missed before a list item; a forward list opening
with an item no extractor named; a sending clause carried over a comma to the visit word.
Sentences of our own making, run through the real extractors."""

from __future__ import annotations

import pytest

from contexts import run

LABELS = ("places", "organizations", "communities", "models", "programs", "people", "partnerships")


def facts(text: str) -> tuple[list[str], list[tuple[str, str, str]]]:
    """Organization names and (a, b, relation) partnerships the real extractors find."""
    ctx = run(text, *LABELS)
    orgs = [m.canonical for m in ctx.found("organizations")]
    # a pair resting on a pointer (我院) has one more mention where each party is named: counted once
    pairs = list(dict.fromkeys((m.attrs["a"].canonical, m.attrs["b"].canonical, m.attrs["relation"]) for m in ctx.found("partnerships")))
    return orgs, pairs


FOUND = [
    # brands after 携手 and in the list it opens
    ("brands_after_hand_in_hand", "3月5日，泸溪县人民医院义诊团携手康宁堂、美齿口腔组成医生团队，为老人义诊。",
     ["泸溪县人民医院", "康宁堂", "美齿口腔"],
     [("康宁堂", "泸溪县人民医院", "携手"), ("泸溪县人民医院", "美齿口腔", "携手")]),
    # a list closed by 等协办: the brands are organizations. Round 48: credit lines pair their units
    # (37-set pool gold). Round 55 (h3): the line read item by item keeps both brands, so the host and
    # its two co-organizers pair all with all (the t53/g54 gold pairs one host with its 协办 units so)
    ("brands_before_co_organize", "活动由桃源社区居委会主办，明心堂、亮齿口腔等协办。",
     ["桃源社区居委会", "明心堂", "亮齿口腔"],
     [("明心堂", "桃源社区居委会", "主办"), ("亮齿口腔", "桃源社区居委会", "主办"), ("明心堂", "亮齿口腔", "主办")]),
    # 由 + a clinic + 发起: the founder of the society
    ("clinic_founds_society", "据悉，泸溪县康养学会由泸溪慈济医馆发起成立。",
     ["泸溪县康养学会", "泸溪慈济医馆"], [("泸溪慈济医馆", "泸溪县康养学会", "发起")]),
    # a brand agency written X社工 in a 与-list (三方: the three sides of one agreement, all paired)
    ("agency_in_with_list", "泸溪学院与桃源社区、博文社工签订三方共建协议。",
     ["泸溪学院", "博文社工"], [("泸溪学院", "桃源社区", "签订"), ("泸溪学院", "博文社工", "签订"), ("桃源社区", "博文社工", "签订")]),
    # a town's labour-security office written with its level word, in a list closed by 携手 (the
    # county bodies' canonicals take the article's one county)
    ("level_office_in_acting_list", "本周，泸溪县武溪镇司法所和镇劳保所、县妇联等单位携手县人民法院走上街头普法。",
     ["泸溪县武溪镇司法所", "镇劳保所", "泸溪县妇联", "泸溪县人民法院"],
     [("泸溪县武溪镇司法所", "镇劳保所", "携手"), ("泸溪县妇联", "泸溪县武溪镇司法所", "携手"),
      ("泸溪县人民法院", "泸溪县武溪镇司法所", "携手"), ("泸溪县妇联", "镇劳保所", "携手"),
      ("泸溪县人民法院", "镇劳保所", "携手"), ("泸溪县人民法院", "泸溪县妇联", "携手")]),
    # a practice station after a team no extractor named; the bureau sends students over a comma
    ("station_after_unnamed_team", "8月2日，泸溪县民政局联合共青团某县委宣讲分队、武溪镇新时代文明实践所，"
     "动员二十名大学生志愿者，深入桃源社区开展活动。",
     ["泸溪县民政局", "武溪镇新时代文明实践所"],
     [("武溪镇新时代文明实践所", "泸溪县民政局", "联合"), ("桃源社区", "泸溪县民政局", "深入")]),
    # 我院 names the hospital named before; a street no extractor took before the second community
    ("hospital_writes_we", "泸溪县中医医院近日开展义诊。次日，我院联合武溪镇青石社区、青禾街道红枫社区举办讲座。",
     ["泸溪县中医医院"],
     [("泸溪县中医医院", "青石社区", "联合"), ("泸溪县中医医院", "红枫社区", "联合"), ("红枫社区", "青石社区", "联合")]),
]

EMPTY = [
    # a modifier, not a brand, before the trade word
    ("area_shop", "桃源社区联合辖区超市开展送温暖活动。"),
    ("plain_shop", "桃源社区联合一般超市开展送温暖活动。"),
    ("job_title_social_worker", "桃源社区联合中级资深社工开展入户走访。"),
    # a word running across the brand's border: a canteen, a classroom
    ("canteen", "居民在社区食堂吃饭，桃源社区联合长者食堂开展助餐。"),
    # no frame: a shop is only a place here
    ("shop_as_place", "居民与志愿者一起走进华润超市购物。"),
    # (a station named by its town that acts with no relation word is an organization since
    # round 29, with no partnership: test_organizations_round29)
    # 我院 with no hospital named before it
    ("we_without_referent", "我院联合桃源社区开展义诊。"),
]


@pytest.mark.parametrize("name, text, orgs, pairs", FOUND, ids=[f[0] for f in FOUND])
def test_parties_by_position(name, text, orgs, pairs):
    got_orgs, got_pairs = facts(text)
    assert got_orgs == orgs
    assert sorted(tuple(sorted(p[:2])) + (p[2],) for p in got_pairs) == sorted(tuple(sorted(p[:2])) + (p[2],) for p in pairs)


@pytest.mark.parametrize("name, text", EMPTY, ids=[e[0] for e in EMPTY])
def test_parties_by_position_yield_nothing(name, text):
    orgs, pairs = facts(text)
    assert pairs == []
    assert all(not o.endswith(("超市", "社工", "食堂", "实践所")) for o in orgs)


ENDINGS = [
    # a Party committee's veteran-cadres bureau written with its level, and a named association branch
    ("veteran_cadres_and_branch", "成立当天，区青松志愿者分会与区委老干部局都派人到场。", ["区青松志愿者分会", "区委老干部局"]),
    # 分会场 is a venue
    ("branch_venue", "大会在泸溪县设了一个分会场。", []),
]


@pytest.mark.parametrize("name, text, orgs", ENDINGS, ids=[e[0] for e in ENDINGS])
def test_bureau_and_branch_endings(name, text, orgs):
    assert facts(text)[0] == orgs
