"""Organizations: bare unit names every county has one of (红十字会, 新华书店, 疾控中心, 公路段) are
kept only as whole items of an enumeration chained to an organization another rule found, and
the list is then paired. Sentences written for these tests (made-up names and places)."""

from __future__ import annotations

import pytest

from shequ.extract.organizations import OrganizationExtractor
from contexts import context_for, run


def orgs(text: str, places: tuple[str, ...] = (), communities: tuple[str, ...] = ()):
    """(surface, kind) per organization mention, in text order."""
    ctx = context_for(OrganizationExtractor, text, places=places, communities=communities)
    return [(text[m.start : m.end], m.attrs["kind"]) for m in OrganizationExtractor()(ctx)]


LIST_UNIT_CASES = [
    # C5b: bare units after a named bureau, the list closed by 等 + count + head
    ("桃源社区联合县民政局、新华书店、红十字会等9家单位举办义卖。", ("桃源社区",),
     [("县民政局", "government"), ("新华书店", "company"), ("红十字会", "foundation")]),
    # …joined by 和, the last item before the clause's verb; a level word opens the unit
    ("杏林社区携手县人民医院、县疾控中心和公路段开展便民服务。", ("杏林社区",),
     [("县人民医院", "hospital"), ("县疾控中心", "government"), ("公路段", "government")]),
    # …chained through each other, the last one before 的
    ("市人民检察院、司法局、消防大队的干警向居民讲解防骗知识。", (),
     [("市人民检察院", "government"), ("司法局", "government"), ("消防大队", "government")]),
    # bare bureaus (field + 局) as whole items chained to a named unit
    ("石桥街道联合区政协、文体局、环保局和柳岸派出所等单位开展宣传。", (),
     [("区政协", "government"), ("文体局", "government"), ("环保局", "government"), ("柳岸派出所", "government")]),
    ("县民政局、教育局和公安局的干部都到了现场。", (),
     [("县民政局", "government"), ("教育局", "government"), ("公安局", "government")]),
    # 大局 is a word: no bureau; a bureau alone is not kept
    ("大家要顾全大局、服从大局。", (), []),
    ("教育局发布了通知。", (), []),
    # a list of bare units only: nothing names a unit, nothing is kept
    ("新华书店、红十字会和公路段的职工也来了。", (), []),
    # a bare unit alone is not kept
    ("红十字会的志愿者为居民讲解急救常识。", (), []),
    # inside a longer word the unit is no item (社区|妇联 is resolved as the community's body)
    ("柳湾社区团委、社区妇联共同筹办活动。", ("柳湾社区",), [("柳湾社区团委", "party"), ("社区妇联", "government")]),
]


@pytest.mark.parametrize("text, communities, expected", LIST_UNIT_CASES)
def test_bare_units_kept_in_list_with_named_org(text, communities, expected):
    assert orgs(text, communities=communities) == expected


def test_people_federation_short_names_with_level():
    assert orgs("市文联的画家走进社区，县科协的专家也来了。") == [("市文联", "association"), ("县科协", "association")]


def test_list_with_bare_units_is_paired():
    ctx = run("石岭社区携手县教育局、新华书店、红十字会等7家单位开展义卖。", "places", "organizations", "communities", "models", "programs", "people", "partnerships")
    pairs = {frozenset((m.attrs["a"].canonical, m.attrs["b"].canonical)) for m in ctx.found("partnerships")}
    # 携手 a list with no joint word after it: the actor with each listed unit (round 46)
    assert pairs == {frozenset(("石岭社区", unit)) for unit in ("县教育局", "新华书店", "红十字会")}


SERVICE_CASES = [
    # county services named by a level word or place and their short ending
    ("县消防救援大队的队员走进了杏林社区。", [("县消防救援大队", "government")]),
    ("青禾县疾控中心工作人员讲解防疫知识。", [("青禾县疾控中心", "government")]),
    ("区交警大队和县公路段联合整治路面。", [("区交警大队", "government"), ("县公路段", "government")]),
    # the bare ending alone names no unit
    ("消防大队开展了演练。", []),
]


@pytest.mark.parametrize("text, expected", SERVICE_CASES)
def test_county_service_short_names(text, expected):
    places = tuple(p for p in ("青禾县",) if p in text)
    assert orgs(text, places) == expected


HEXIAN_CASES = [
    # jieba reads 和县 (a county) where 和 joins two units: the second starts at its level word
    ("区民政局和县妇联联合走访困难家庭。", (), [("区民政局", "government"), ("县妇联", "government")]),
    ("桥东区司法局和县慈善总会共同捐赠。", ("桥东区",), [("桥东区司法局", "government"), ("县慈善总会", "foundation")]),
    ("画家和县文联的干部一同来到社区。", (), [("县文联", "association")]),
    # …but a place the gazetteer finds stays whole
    ("马鞍山市和县民政局开展活动。", ("马鞍山市", "和县"), [("马鞍山市和县民政局", "government")]),
]


@pytest.mark.parametrize("text, places, expected", HEXIAN_CASES)
def test_he_before_level_word_joins_two_units(text, places, expected):
    assert orgs(text, places) == expected
