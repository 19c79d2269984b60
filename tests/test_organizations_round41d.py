"""Round 41d: bare bureaus and brigades joined to each other in a list (C5c)."""
from shequ.api import extract


def _orgs(text: str) -> list[str]:
    sheets = extract("标题\n\n" + text)
    return sorted(o.name for sheet in sheets for o in sheet.organizations)


def test_two_bare_bureaus_joined_are_both_kept():
    assert _orgs("青岚社区与规划局、水务局一起商量，把积水点逐个排掉。") == ["水务局", "规划局"]


def test_bare_brigades_and_bureaus_in_one_list():
    assert _orgs("街道联合交警大队、税务局、应急救援大队等部门开展宣传。") == ["交警大队", "应急救援大队", "税务局"]


def test_a_lone_bare_bureau_is_not_kept():
    assert _orgs("小区的问题他们转给了规划局。") == []


def test_dictionary_words_ending_in_ju_are_no_bureaus():
    assert _orgs("这种格局和大局观都值得学习。") == []


def test_bare_cadre_words_are_no_departments():
    assert _orgs("到场的有村干部、退休干部和党员代表。") == []
