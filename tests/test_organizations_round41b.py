"""Round 41b (organizations).

A: a people's tribunal (某开发区人民法庭, 某某法庭, 某法院某某法庭) is a body like a court; a bare 法庭,
a kind of tribunal (共享法庭, 巡回法庭, 模拟法庭) or a quoted title names none.

Every sentence here is made up (invented places, units and people)."""

from __future__ import annotations

from contexts import run


def names(text: str) -> list[str]:
    return [m.name for m in run(text, "places", "communities", "organizations").mentions["organizations"]]


# ---------------------------------------------------------------- A: people's tribunals
def test_round41b_named_tribunal_in_a_relation_frame():
    assert names("青松社区和翠岭法庭签订协议，法官每周来坐班。") == ["翠岭法庭"]


def test_round41b_tribunal_named_by_its_zone():
    assert names("这个调解点由桃源高新区人民法庭牵头设立。") == ["桃源高新区人民法庭"]


def test_round41b_tribunal_under_its_court():
    assert names("青禾市第三人民法院柳湾法庭派来两名法官。") == ["青禾市第三人民法院柳湾法庭"]


def test_round41b_bare_or_kind_of_tribunal_is_none():
    assert names("活动室里设有调解室和共享法庭两个功能区。") == []
    assert names("居民很少向法庭提起诉讼，巡回法庭也很少来。") == []
    assert names("同学们在课堂上举办了模拟法庭。") == []


# ---------------------------------------------------------------- B: a policy verb between a place and an ending
def test_round41b_policy_verb_clause_is_no_name():
    assert names("近年来，杭州市西湖区高质量推进社工站建设，成效明显。") == []
    assert names("镇里打算在偏远山村设置社工站两处。") == []
    assert names("去年，这个镇增设社工站三处。") == []


def test_round41b_unit_after_the_policy_verb_keeps_its_own_name():
    assert names("全区推进杭州市西湖区翠苑社工站建设。") == ["杭州市西湖区翠苑社工站"]


# ---------------------------------------------------------------- C: 社会工作服务社 as a whole ending
def test_round41b_agency_brand_before_full_service_society_ending():
    assert names("据悉，杭州市诚心社会工作服务社牵头开展活动。") == ["杭州市诚心社会工作服务社"]


def test_round41b_place_alone_before_service_society_names_none():
    assert names("据悉，杭州市社会工作服务社牵头开展活动。") == []
