"""Round 49 (pairalias): a county's, district's or city's unit named in full once (青枫县卫生健康局)
and then with the level word alone (县卫生健康局, 该县卫生健康局) is the same party where the
sentence links it, when exactly one found party carries that form.
Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs
from pipeline.extract.partnerships import level_forms

UNITS = dict(organizations=["青枫县卫生健康局", "禾光社工事务所", "云杉市检察院", "松溪县卫生健康局"])
NAMED = "青枫县卫生健康局召开健康工作会议。"


@pytest.mark.parametrize(
    "text",
    [
        NAMED + "会后，县卫生健康局联合禾光社工事务所开展义诊。",
        NAMED + "会后，该县卫生健康局联合禾光社工事务所开展义诊。",
    ],
)
def test_county_level_form_pairs_as_the_full_name(text):
    assert pairs(text, **UNITS) == [("禾光社工事务所", "青枫县卫生健康局")]


def test_city_level_form_pairs_as_the_full_name():
    text = "云杉市检察院走访青年中心。市检察院联合禾光社工事务所开设法治课堂。"
    assert pairs(text, **UNITS) == [("云杉市检察院", "禾光社工事务所")]


def test_level_form_two_parties_carry_pairs_nothing():
    text = "青枫县卫生健康局与松溪县卫生健康局召开会议。会后，县卫生健康局联合禾光社工事务所开展义诊。"
    assert ("禾光社工事务所", "青枫县卫生健康局") not in pairs(text, **UNITS)
    assert ("松溪县卫生健康局", "禾光社工事务所") not in pairs(text, **UNITS)


@pytest.mark.parametrize(
    "name, forms",
    [
        ("青枫县卫生健康局", ["县卫生健康局"]),
        ("云杉市检察院", ["市检察院"]),
        ("柳絮社区居委会", []),
        ("青枫区委组织部", []),
        ("禾光县中医院", ["县中医院"]),
        ("禾光县医院", []),
    ],
)
def test_level_forms_of_county_units(name, forms):
    assert level_forms(name) == forms
