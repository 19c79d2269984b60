"""Programs, round 61 h2b: a verb of naming that ends in 为 (命名为, 称之为, 列为, 定名为, 取名为) said by
the doers themselves gives their own squad, patrol or task the quoted name: 为 belongs to the verb, so
filter 5 does not take the quote for a role metaphor, and the verb frames the quote as a programme
whatever word it ends in. A 被 earlier in the clause makes the quote a title a body confers, which
stays out; a quote after a plain 为 stays a metaphor. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs
from shequ.extract.programs import reject_metaphor, self_named


NAMED = [
    # a veterans' company the street formed and named, ending in no programme word
    ("company_named", "老兵们按入伍年份编班编连，命名为“松江路红星传承连”，连队定期开展活动。",
     [("松江路红星传承连", "program")]),
    # a night patrol the river wardens call by a name of their own
    ("patrol_called", "夜里十二点，巡河员又出发了，他们称之为“子夜行动”，一直巡到凌晨。", [("子夜行动", "activity")]),
    # a task the county ranks as its leader's project
    ("task_listed", "青山县将发展村集体经济列为“县长工程”，层层压实责任。", [("县长工程", "project")]),
]

NOT_NAMED = [
    # a title a body confers: 被 in the clause
    ("conferred_station", "该社区被市妇联命名为“巾帼暖心驿站”，成为全市典型。"),
    ("conferred_household", "老王一家被省妇联命名为“好邻居”。"),
    # a role after a plain 为 stays a metaphor
    ("role_after_wei", "街道以退休党员为“智囊团”，共商小区难事。"),
]


@pytest.mark.parametrize("case, text, expected", NAMED, ids=[c[0] for c in NAMED])
def test_programs_quote_after_a_naming_verb_is_named(case, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("case, text", NOT_NAMED, ids=[c[0] for c in NOT_NAMED])
def test_programs_conferred_title_or_role_after_wei_yields_nothing(case, text):
    assert programs(text) == []


def test_self_named_reads_the_clause_for_a_passive():
    assert self_named("他们称之为“子夜行动”", 6)
    assert self_named("社区工作，命名为“红星连”", 9)
    assert not self_named("社区被市妇联命名为“红星连”", 10)
    assert not self_named("以党员为“红星连”", 5)


def test_reject_metaphor_lets_a_naming_verb_through():
    assert not reject_metaphor("他们称之为“子夜行动”，", 6, 10)
    assert reject_metaphor("以党员为“子夜行动”，", 5, 9)
