"""Round 49 (credtopic): a 由-credit line whose topic is an event or campaign (某某进社区活动由A、B、C
主办) credits who put the event on: its units pair with each other, as on a line with no topic,
not with the event; a programme's line (某某计划由A主办，B协办) keeps the round-48 reading.
Sentences written for these tests (made-up names)."""

from __future__ import annotations

from contexts import partner_pairs as pairs

UNITS = dict(
    organizations=["青枫区文体局", "禾光社工事务所", "青枫晚报社", "云杉公益基金会", "青枫区妇联"],
    programs=["书香进社区", "萤火助学计划"],
)


def test_campaign_topic_pairs_its_co_hosts_with_each_other():
    text = "书香进社区活动由青枫区文体局、青枫晚报社、云杉公益基金会主办，旨在丰富居民生活。"
    assert pairs(text, **UNITS) == [
        ("云杉公益基金会", "青枫区文体局"), ("云杉公益基金会", "青枫晚报社"), ("青枫区文体局", "青枫晚报社")]


def test_campaign_topic_pairs_host_and_operator():
    text = "书香进社区活动由青枫区文体局主办，禾光社工事务所承办。"
    assert pairs(text, **UNITS) == [("禾光社工事务所", "青枫区文体局")]


def test_programme_topic_keeps_pairing_units_with_the_programme():
    text = "萤火助学计划由青枫区文体局主办，青枫区妇联协办。"
    assert pairs(text, **UNITS) == [("萤火助学计划", "青枫区妇联"), ("萤火助学计划", "青枫区文体局")]


def test_campaign_credited_to_no_named_unit_yields_nothing():
    text = "书香进社区活动由多家单位主办，已走进十余个小区。"
    assert pairs(text, **UNITS) == []
