"""Round 49 (pairgive): a 由-line naming who funds the unit or project the sentence is about
(由A独家全额捐赠, 由A定向捐赠, 由A大力支持实施, 由A提供资金支持) pairs the funder with it, as 由A出资 and
由A资助 already did; 由A提供 with no backing word (图片由某某提供) pairs nothing.
Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs

UNITS = dict(
    organizations=["青枫区民政局", "禾光社工事务所", "云杉公益基金会", "绿萝集团"],
    communities=["柳絮湾社区"],
    programs=["暖巢助老项目"],
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("云杉公益基金会由绿萝集团独家全额捐赠设立。", [("云杉公益基金会", "绿萝集团")]),
        ("云杉公益基金会由绿萝集团定向捐赠。", [("云杉公益基金会", "绿萝集团")]),
        ("“暖巢助老项目”是试点项目，由青枫区民政局提供资金支持，落地柳絮湾社区。", [("暖巢助老项目", "青枫区民政局")]),
        ("“暖巢助老项目”由青枫区民政局大力支持实施。", [("暖巢助老项目", "青枫区民政局")]),
    ],
)
def test_funder_in_by_line_pairs_with_topic(text, expected):
    assert pairs(text, **UNITS) == expected


@pytest.mark.parametrize(
    "text",
    [
        "本文图片由青枫区民政局提供。",
        "云杉公益基金会的物资由绿萝集团提供。",
    ],
)
def test_provided_with_no_backing_word_pairs_nothing(text):
    assert pairs(text, **UNITS) == []
