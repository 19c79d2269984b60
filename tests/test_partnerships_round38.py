"""Round 38 (pairs). A street or town written only as a place that opens the clause of a group word
(某街道联合A、B、C…), or is the sentence subject after a purpose clause (为…，某街道在…基础上，联合A、B…),
works with each unit it names: the street is no party and the units it gathers are not the
article's own community's partners (round 57e h1: they are each other's, as the tests below say). A named party before the word still makes the list one
group of co-actors. Sentences written for these tests (made-up names)."""

from __future__ import annotations

from contexts import partner_pairs as pairs

ORGS = ["鹭岭平安协会", "鹭岭派出所", "丹枫学校"]
STREET = ("湖滨街道", "湖滨街道", {"level": "street"})


def test_place_street_gathering_units_pairs_none_of_them():
    text = "今年以来，湖滨街道联合鹭岭平安协会、鹭岭派出所，搭建治安联防平台。"
    # Round 57e h1 changed this expectation from none: the later convention pairs every party of a
    # list after 联合/携手 with every other, and the tuning gold of g54f, g54h and l53i pairs the units
    # a place street gathers among themselves (the street itself stays no party).
    assert pairs(text, organizations=ORGS, places=[STREET]) == [("鹭岭平安协会", "鹭岭派出所")]


def test_place_street_after_a_purpose_clause_is_the_subject():
    text = "为了守护鹭岭平安，湖滨街道在走访商户的基础上，联合柚子湾社区、鹭岭派出所、丹枫学校，设立警校服务室。"
    # Round 57e h1 changed this expectation from none: the later convention pairs every party of a
    # list after 联合/携手 with every other, and the tuning gold of g54f, g54h and l53i pairs the units
    # a place street gathers among themselves (the street itself stays no party).
    assert pairs(text, organizations=ORGS, communities=["柚子湾社区"], places=[STREET]) == [
        ("丹枫学校", "柚子湾社区"), ("丹枫学校", "鹭岭派出所"), ("柚子湾社区", "鹭岭派出所")]


def test_place_street_in_a_later_clause_pairs_nothing():
    text = "面对夏季汛期的新情况，湖滨街道联合鹭岭平安协会、丹枫学校，组织一场防汛演练。"
    # Round 57e h1 changed this expectation from none: the later convention pairs every party of a
    # list after 联合/携手 with every other, and the tuning gold of g54f, g54h and l53i pairs the units
    # a place street gathers among themselves (the street itself stays no party).
    assert pairs(text, organizations=ORGS, places=[STREET]) == [("丹枫学校", "鹭岭平安协会")]


def test_named_actor_before_the_word_still_makes_a_group():
    text = "今年以来，柚子湾社区联合鹭岭平安协会、鹭岭派出所，搭建治安联防平台。"
    assert pairs(text, organizations=ORGS, communities=["柚子湾社区"], places=[STREET]) == [
        ("柚子湾社区", "鹭岭平安协会"),
        ("柚子湾社区", "鹭岭派出所"),
        ("鹭岭平安协会", "鹭岭派出所"),
    ]


def test_no_subject_at_all_still_stands_for_the_article_community():
    # no street, no party before 联合: the partners still act together
    text = "联合鹭岭平安协会、鹭岭派出所开展夜间巡逻。"
    assert pairs(text, organizations=ORGS, places=[STREET]) == [("鹭岭平安协会", "鹭岭派出所")]
