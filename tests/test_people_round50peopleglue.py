"""People, round 50 peopleglue: a name right after a title whose given part holds 则, 时 or 要
(function words in prose, name characters once a title opens the name and a clear end closes it).
Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


TITLED_FUNCTION_CHAR_CASES = [
    ("活动由社区党委书记蒋则岚等五人发起。", [("蒋则岚", "社区党委书记")]),
    ("出席的有财务部部长柯时雯、后勤部部长。", [("柯时雯", "部长")]),
    # round 59 h2: 人大 is an organization ending now (某镇人大), so the role reaches back over the body
    # as for 社区党委书记; the tuning gold writes these roles with their body (市政协副主席, 某区政协副主席,
    # 某市人大某委副主任委员). This case is about the name 邵要清, which is unchanged.
    ("镇人大副主席邵要清多次上门走访。", [("邵要清", "镇人大副主席")]),
    # no name after the title: 要求 and 时 stay words of the clause
    ("社区书记要求大家注意安全。", []),
    ("他担任村主任时，大家都很支持。", []),
]


@pytest.mark.parametrize("text, expected", TITLED_FUNCTION_CHAR_CASES)
def test_round50peopleglue_titled_function_char_in_given_name(text, expected):
    assert people(text) == expected
