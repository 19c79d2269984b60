"""Round 48 (credtopic): a 由-credit line about a named programme that credits a host or a
co-organiser pairs every unit it credits with that programme, not the units with each other.
Sentences written for these tests (made-up names)."""

from __future__ import annotations

from contexts import partner_pairs as pairs

UNITS = dict(
    organizations=["青枫区民政局", "禾光社工事务所", "青枫区妇联", "云杉公益基金会"],
    communities=["柳絮湾社区"],
    programs=["萤火助学计划"],
)


def test_programme_credit_line_pairs_each_credited_unit_with_the_programme():
    text = "萤火助学计划由青枫区民政局主办，青枫区妇联协办，禾光社工事务所承办。"
    assert pairs(text, **UNITS) == [
        ("禾光社工事务所", "萤火助学计划"), ("萤火助学计划", "青枫区妇联"), ("萤火助学计划", "青枫区民政局")]


def test_programme_credit_line_with_hosts_only_pairs_them_with_the_programme():
    text = "萤火助学计划由青枫区民政局、云杉公益基金会主办。"
    assert pairs(text, **UNITS) == [("云杉公益基金会", "萤火助学计划"), ("萤火助学计划", "青枫区民政局")]


def test_programme_run_by_an_operator_keeps_the_operator_reading():
    # no host credited: the operator runs the programme (as before round 48)
    text = "萤火助学计划由禾光社工事务所承接运营。"
    assert pairs(text, **UNITS) == [("禾光社工事务所", "萤火助学计划")]


def test_event_credit_line_without_a_programme_pairs_the_credited_units():
    text = "本次活动由柳絮湾社区主办，禾光社工事务所承办。"
    assert pairs(text, **UNITS) == [("柳絮湾社区", "禾光社工事务所")]


def test_credit_line_naming_no_party_yields_nothing():
    text = "萤火助学计划由多家单位主办，至今已办了三届。"
    assert pairs(text, **UNITS) == []


def test_joint_guide_credit_pairs_no_two_guides():
    # a list credited 共同指导 backs the event; its units do not work together
    text = "这次读书节由云杉公益基金会发起，青枫区民政局、青枫区妇联等单位共同指导。"
    assert pairs(text, **UNITS) == []


def test_joint_word_before_an_act_still_pairs_the_list():
    text = "青枫区民政局、青枫区妇联共同举办了一场义诊。"
    assert pairs(text, **UNITS) == [("青枫区妇联", "青枫区民政局")]
