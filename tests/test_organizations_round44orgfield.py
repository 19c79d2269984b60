"""Round 44 (organizations): a field word right after a place may open a body's name before the
endings org_field_words.tsv lists with it (某市|建设|公司, 某区|社会建设|促进会, 某山|联合发展|集团,
某市|禁毒|委), though as a verb or a stop it ends a name elsewhere; a clause that builds a station
(某市|建设|社工站) or a way of running things (某市|发展|集团化) names no body.

Every sentence here is made up (real cities, invented events)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        ("新修的步道由洛阳市建设公司承建，上月已经完工。", ["洛阳市建设公司"]),
        ("这场沙龙由成都市武侯区社会建设促进会主办。", ["成都市武侯区社会建设促进会"]),
        ("图书室的书架由泰山联合发展集团捐赠。", ["泰山联合发展集团"]),
        ("在洛阳市禁毒委指导下，各街道开展了宣传。", ["洛阳市禁毒委"]),
        ("湖南省禁毒委员会办公室日前发出通知。", ["湖南省禁毒委员会办公室"]),
        # clauses: the field word is the sentence's verb, or the ending goes on into a descriptor
        ("今年洛阳市建设社工站二十个，覆盖所有乡镇。", []),
        ("近年来，洛阳市发展集团化办学，成效明显。", []),
    ],
)
def test_round44_field_word_opens_name_after_place(text, expected):
    assert organizations(text) == expected
