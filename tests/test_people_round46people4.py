"""People, round 46 people4. Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


# A deputy head, a town's head or an academic title written right after a full name: the name is
# a person with that title; after a place the role names the place, after 在/据 the view or the
# source is theirs. A title that belongs to a unit or a bare surname stays no person.
TITLE_AFTER_NAME_CASES = [
    ("会上，民政局蔺秋禾副局长作了部署。", [("蔺秋禾", "副局长")]),
    ("听取了石门县蔺秋禾县长的汇报。", [("蔺秋禾", "石门县县长")]),
    ("在蔺秋禾教授看来，书院还要多办夜课。", [("蔺秋禾", "教授")]),
    ("据蔺秋禾副镇长介绍，新路下月通车。", [("蔺秋禾", "副镇长")]),
    ("座谈会上，柯晓岚博士和两名社工分享了经验。", [("柯晓岚", "博士")]),
    ("当年，柯晓岚院士也曾在这片稻田里做试验。", [("柯晓岚", "院士")]),
    ("蔺副局长和镇长一起查看了新修的河堤。", []),
]


@pytest.mark.parametrize("text, expected", TITLE_AFTER_NAME_CASES)
def test_round46people4_title_after_name(text, expected):
    assert people(text) == expected
