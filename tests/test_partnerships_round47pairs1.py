"""Round 47 (pairs1): in a 由-credit line with one 主办 unit and no named topic, the units credited
承办 put the event on for that host and pair with it; a line of several co-hosts pairs none.
Sentences written for these tests (made-up names)."""

from __future__ import annotations

from contexts import partner_pairs as pairs

UNITS = dict(
    organizations=["青枫区民政局", "禾光社工事务所", "青枫区青年创业协会", "青枫区妇联", "云杉公益基金会"],
    communities=["柳絮湾社区"],
)


def test_sole_host_pairs_with_its_operator():
    text = "这场读书会由青枫区民政局主办、禾光社工事务所承办。"
    assert pairs(text, **UNITS) == [("禾光社工事务所", "青枫区民政局")]


def test_sole_host_pairs_with_each_operator():
    text = "本次活动由柳絮湾社区主办，禾光社工事务所、云杉公益基金会承办。"
    # round 48: the three credited units put the event on together (_credited_claims)
    assert pairs(text, **UNITS) == [("云杉公益基金会", "柳絮湾社区"), ("云杉公益基金会", "禾光社工事务所"), ("柳絮湾社区", "禾光社工事务所")]


def test_several_co_hosts_pair_with_no_operator():
    # eight credited units: over round 61's bound for a line of tiers (MAX_SHORT_CREDIT_LINE), and
    # no joint word. (The line held five, paired since round 61 h5: the pool gold pairs the hosts
    # and operators of lines that short in g57d, g58c and g58e; the dev line pairing none credits
    # eleven.) Items no extractor names count toward the bound.
    text = ("大赛由青枫区民政局、青枫区妇联、云杉公益基金会主办，禾光社工事务所、青枫区青年创业协会承办，"
            "石门县图书馆、石门县科协、石门第三中学协办。")
    assert pairs(text, **UNITS) == []
