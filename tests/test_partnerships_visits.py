"""Partnerships: the visit frame (a unit's staff go to serve a community or another unit:
某医院医护人员走进某社区, 某局的党员干部来到某社区, 某律所律师在某村开展普法), a bare 社区 after the
visit word standing for the article's own community, and the neighbours it must leave alone: 联合
before a town's name (the verb, not the place 联合镇) and the organization endings it needed
(中医院, 地税局). Sentences of our own making."""

from __future__ import annotations

import pytest

from shequ.extract.partnerships import PartnershipExtractor

from contexts import context_for, run


def visits(text: str, *, title: str = "", **parties) -> list[tuple[str, str, str, str | None]]:
    """(a, b, relation, basis) of every partnership, parties given by hand."""
    ctx = context_for(PartnershipExtractor, text, title=title, **parties)
    return [(m.attrs["a"].canonical, m.attrs["b"].canonical, m.attrs["relation"], m.attrs.get("basis"))
            for m in PartnershipExtractor()(ctx)]


ORGS = ["青禾区人民医院", "青禾区民政局", "青禾区审计局", "益友律师事务所", "桃源社区党总支", "石桥街道司法所", "青禾区图书馆"]
COMMUNITIES = ["桃源社区", "杏林社区", "金桂花园小区"]
PROGRAMS = ["书香志愿服务队", "书香宣讲团", "暖心饭堂"]

VISITS = [
    ("staff_walk_into", "青禾区人民医院医护人员走进桃源社区开展义诊。",
     [("青禾区人民医院", "桃源社区", "走进", None)]),
    # 的, a count and a modifier between the unit and its staff
    ("staff_after_de_and_count", "青禾区民政局的六十余名党员干部走进杏林社区，开展文明实践活动。",
     [("青禾区民政局", "杏林社区", "走进", None)]),
    # 在 is a visit word only when an act follows the place (在辖区某村开展…)
    ("staff_at_community_acting", "益友律师事务所两名律师在杏林社区开展普法宣传。",
     [("益友律师事务所", "杏林社区", "在", None)]),
    # other people joined with 联合 after the staff word
    ("staff_joined_by_others", "青禾区审计局在职党员联合街道干部走进杏林社区，清扫楼道。",
     [("青禾区审计局", "杏林社区", "走进", None)]),
    # 为/给 B(的)居民 … an act: the staff serve B where they are
    ("staff_serve_residents", "青禾区人民医院医护人员为桃源社区居民开展义诊。",
     [("青禾区人民医院", "桃源社区", "为", None)]),
    ("staff_give_to_residents", "益友律师事务所律师给杏林社区的老人讲解防诈知识。",
     [("益友律师事务所", "杏林社区", "给", None)]),
    # a list of units whose staff go together: each unit with the place
    ("list_of_units", "青禾区人民医院、青禾区图书馆的职工们一起来到杏林社区开展服务。",
     [("青禾区人民医院", "杏林社区", "来到", None), ("青禾区图书馆", "杏林社区", "来到", None),
      ("青禾区人民医院", "青禾区图书馆", "来到", None)]),  # co-visitors work together (round 14b)
    # …and with a community among the units, into an estate: the units paired with each other only
    # (an estate is where residents live, no partner: round 51)
    ("list_with_community_into_estate", "青禾区人民医院和杏林社区的全体干部一起来到金桂花园小区开展服务。",
     [("青禾区人民医院", "杏林社区", "来到", None)]),
    # the unit's departments before the count, staff joined by /, a theme before the act after 在
    ("departments_and_theme", "签约后，青禾区人民医院内、外、儿等8个科室医生和药师在杏林社区以“健康到家”为主题开展义诊。",
     [("青禾区人民医院", "杏林社区", "在", None)]),
    # 组织 + staff: the organizer, the subject of the sentence, sends them
    ("organizer_sends_staff", "桃源社区党总支坚持每周一次党日活动，还组织党员到杏林社区提供服务。",
     [("桃源社区党总支", "杏林社区", "到", None)]),
    # the organizer named before the unit whose staff go: the staff's own unit visits
    ("organized_unit_visits", "石桥街道司法所组织益友律师事务所律师到杏林社区开展普法。",
     [("石桥街道司法所", "益友律师事务所", "组织", None), ("益友律师事务所", "杏林社区", "到", None)]),
]

VISITS_EMPTY = [
    # no unit before the staff word
    ("no_unit", "社区工作人员来到李大爷家中。"),
    # a person, not a unit's staff
    ("person_moves", "他来到桃源社区工作已有十年。"),
    # a unit's head is no staff word (an inspection, not a service)
    ("head_visits", "青禾区人民医院院长来到桃源社区调研。"),
    # 在 with no act after the place: where the event is, not whom it serves
    ("at_without_act", "在桃源社区，青禾区人民医院医护人员为居民测量血压。"),
    # words between the unit and the staff that are neither a count nor departments (a rule of the unit)
    ("rule_of_unit", "青禾区人民医院的排班规定要求医生到杏林社区坐诊。"),
    # a team (a programme) performing in a community is no unit's staff
    ("team_visits", "书香志愿服务队18人来到杏林社区，清理小广告。"),
    ("troupe_visits", "书香宣讲团走进杏林社区，与居民一起学习。"),
    # 为 B with no service to B's people in the clause
    ("for_without_act", "青禾区人民医院医护人员为桃源社区的发展点赞。"),
    # a unit serving with no staff word: the support frames decide, not this one
    ("for_without_staff", "青禾区民政局为杏林社区的老人送去月饼。"),
    # a community's staff in a residential estate work in their own area
    ("community_staff_in_estate", "杏林社区的全体干部一起来到金桂花园小区打扫楼道。"),
    # a programme is no place to go to
    ("programme_target", "青禾区人民医院医护人员走进暖心饭堂开展义诊。"),
    # a unit located in a community
    ("located_in", "青禾区人民医院位于桃源社区。"),
]


@pytest.mark.parametrize("name, text, expected", VISITS, ids=[v[0] for v in VISITS])
def test_partnership_visits(name, text, expected):
    assert visits(text, organizations=ORGS, communities=COMMUNITIES, programs=PROGRAMS) == expected


@pytest.mark.parametrize("name, text", VISITS_EMPTY, ids=[v[0] for v in VISITS_EMPTY])
def test_partnership_visits_yield_nothing(name, text):
    assert visits(text, organizations=ORGS, communities=COMMUNITIES, programs=PROGRAMS) == []


def test_partnership_visit_to_bare_community_is_the_articles_own():
    # the title names the article's community; a bare 社区 after the visit word stands for it
    text = "近日，桃源社区开展健康月活动。青禾区人民医院医护人员走进社区，为居民开展义诊。"
    got = visits(text, title="桃源社区：义诊到家门口", organizations=ORGS, communities=COMMUNITIES)
    assert got == [("青禾区人民医院", "桃源社区", "走进", "implied_subject")]


def test_partnership_visit_to_bare_community_without_own_community_is_nothing():
    assert visits("青禾区人民医院医护人员走进社区，为居民开展义诊。", organizations=ORGS) == []


@pytest.mark.parametrize("text, expected", [
    # 联合 after a party's name is the verb: no place 联合镇 / 联合街道 / 联合乡
    ("金桂社区联合镇卫生院开展义诊。", []),
    ("金桂社区联合街道综治中心开展排查。", []),
    ("青禾区民政局联合乡镇卫生院开展走访。", []),
    # after another place, or after a preposition, it is the town
    ("青川县联合乡党委书记讲话。", ["青川县", "联合乡"]),
    ("在联合镇，群众踊跃参与。", ["联合镇"]),
])
def test_places_relation_word_opening_a_town_name(text, expected):
    assert [text[m.start:m.end] for m in run(text, "places").found("places")] == expected


@pytest.mark.parametrize("text, expected", [
    ("青川县中医院开展义诊。", ["青川县中医院"]),
    ("石桥市地税局的干部开展活动。", ["石桥市地税局"]),
    ("市国税局开展活动。", ["市国税局"]),
    # the joined partner is found once 联合 is no place piece
    ("近日，青川市卫健委联合安平区中医院开展健康讲座。", ["青川市卫健委", "安平区中医院"]),
])
def test_organizations_hospital_and_tax_bureau_endings(text, expected):
    assert [m.canonical for m in run(text, "places", "communities", "organizations").found("organizations")] == expected


@pytest.mark.parametrize("text, expected", [
    # the community a unit is tied to under 双报到 (联系社区, 包保社区) is no name: the named one follows
    ("石桥市地税局的六十余名干部来到联系社区金桂二社区，清扫楼道。", ["金桂二社区"]),
    ("青禾区税务局干部深入包保社区宁湖社区，协助清理环境。", ["宁湖社区"]),
])
def test_communities_tied_community_phrase_is_no_name(text, expected):
    assert [m.canonical for m in run(text, "places", "communities").found("communities")] == expected


def test_partnership_visit_through_the_real_extractors():
    text = "石桥市地税局的六十余名干部来到联系社区金桂二社区，清扫楼道。"
    ctx = run(text, "places", "organizations", "communities", "models", "programs", "people", "partnerships")
    got = [(m.attrs["a"].canonical, m.attrs["b"].canonical, m.attrs["relation"]) for m in ctx.found("partnerships")]
    assert got == [("石桥市地税局", "金桂二社区", "来到")]


# Round 12: a unit going itself (no staff word), a unit's task team as its staff, and a list of
# communities after the visit word.
UNIT_VISITS = [
    # the unit itself moves into a named community and acts there
    ("unit_goes_itself", "石桥街道司法所深入杏林社区开展法治讲座。",
     [("石桥街道司法所", "杏林社区", "深入", None)]),
    # a time word and 一行人 between the unit and the word, the act after a comma
    ("unit_party_goes", "日前，益友律师事务所一行人走进桃源社区，开展法律咨询。",
     [("益友律师事务所", "桃源社区", "走进", None)]),
    # a unit's small task team stands for its staff; a list of units each sends one
    ("task_teams_of_units", "青禾区民政局、青禾区审计局各宣讲小分队来到杏林社区开展政策宣讲。",
     [("青禾区民政局", "杏林社区", "来到", None), ("青禾区审计局", "杏林社区", "来到", None),
      ("青禾区民政局", "青禾区审计局", "来到", None)]),  # co-visitors work together (round 14b)
    # the unit sends its staff in the same clause (组织 + staff word)
    ("unit_sends_staff_same_clause", "近日，青禾区审计局组织党员志愿者前往杏林社区开展垃圾分类宣传。",
     [("青禾区审计局", "杏林社区", "前往", None)]),
    # several communities after the visit word: the staff serve each
    ("list_of_communities", "青禾区人民医院医护人员走进桃源社区、杏林社区开展义诊。",
     [("青禾区人民医院", "桃源社区", "走进", None), ("青禾区人民医院", "杏林社区", "走进", None)]),
]

UNIT_VISITS_EMPTY = [
    # a unit going itself with no act after the community: a visit, not a service
    ("unit_inspects", "青禾区民政局来到桃源社区调研养老工作。"),
    # a community is no unit going itself
    ("community_goes", "桃源社区来到杏林社区开展交流。"),
    # a team with a name of its own is a programme, whether or not a staff-like word follows
    ("named_team_goes", "书香志愿服务队走进桃源社区开展读书会。"),
    # 为 after a unit with no staff word is left to the support frames
    ("unit_for_residents", "青禾区审计局为杏林社区居民开展政策宣讲。"),
]


@pytest.mark.parametrize("name, text, expected", UNIT_VISITS, ids=[v[0] for v in UNIT_VISITS])
def test_partnership_unit_visits(name, text, expected):
    assert visits(text, organizations=ORGS, communities=COMMUNITIES, programs=PROGRAMS) == expected


@pytest.mark.parametrize("name, text", UNIT_VISITS_EMPTY, ids=[v[0] for v in UNIT_VISITS_EMPTY])
def test_partnership_unit_visits_yield_nothing(name, text):
    assert visits(text, organizations=ORGS, communities=COMMUNITIES, programs=PROGRAMS) == []
