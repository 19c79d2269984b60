"""Round 48 (credit): the units a 由-credit line credits 主办, 承办 or 协办 put its event on
together: all pairs among them when the line credits at most four, else only a role list that
short written with a joint word (联合承办); a longer line pairs no guide. Sentences written for
these tests (made-up names)."""

from __future__ import annotations

from contexts import partner_pairs as pairs

UNITS = dict(
    organizations=["青枫区民政局", "禾光社工事务所", "青枫区青年创业协会", "青枫区妇联", "云杉公益基金会",
                   "青枫区文联", "青枫区科协", "青枫区团委", "杏坛书画院"],
    communities=["柳絮湾社区"],
)


def test_host_operator_and_co_organizer_pair_all_with_all():
    text = "本次比赛由青枫区民政局主办，禾光社工事务所承办，青枫区青年创业协会协办。"
    assert pairs(text, **UNITS) == [("禾光社工事务所", "青枫区民政局"), ("禾光社工事务所", "青枫区青年创业协会"),
                                    ("青枫区民政局", "青枫区青年创业协会")]


def test_joint_co_hosts_pair():
    text = "这场由青枫区妇联、云杉公益基金会联合主办的读书会吸引了许多家庭。"
    assert pairs(text, **UNITS) == [("云杉公益基金会", "青枫区妇联")]


def test_host_pairs_with_operator_of_the_event_after():
    text = "6月2日，由柳絮湾社区主办、禾光社工事务所承办的端午游园会在广场举行。"
    assert pairs(text, **UNITS) == [("柳絮湾社区", "禾光社工事务所")]


def test_long_line_pairs_only_a_joint_role_list():
    text = ("本次活动由青枫区民政局指导，柳絮湾社区和禾光社工事务所联合承办，青枫区妇联、云杉公益基金会、"
            "青枫区文联、青枫区科协协办。")
    assert pairs(text, **UNITS) == [("柳絮湾社区", "禾光社工事务所")]


def test_long_line_without_joint_word_pairs_nothing():
    # eight units: this line held five (three hosts, two operators) until round 61 (h5), when the
    # pool gold's short lines of tiers (g57d, g58c, g58e) made such a line pair its hosts and
    # operators (MAX_SHORT_CREDIT_LINE); the dev gold's line that pairs none credits eleven
    text = ("大赛由青枫区民政局、青枫区妇联、青枫区文联主办，禾光社工事务所、杏坛书画院承办，"
            "青枫区科协、青枫区团委、云杉公益基金会协办。")
    assert pairs(text, **UNITS) == []
