"""Governance models, round 42d: a numbered deliberation body (三方议事会, 四方联席会议) is a model
only where the text quotes it as a name or names a system after it; bare, it is the meeting held.
Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import model_names


CASES = [
    # quoted: the text names the body as its way of deliberating
    ("quoted", "枫溪苑小区推行“五方议事会”，让业主和物业坐到一张桌前。", ["五方议事会"]),
    # a system named after the body keeps it
    ("system", "青禾街道建立六方联席会议制度，每月研判小区难题。", ["六方联席会议"]),
    # bare: the meeting held
    ("held", "上周青禾社区召开三方议事会商量加装电梯的费用分摊。", []),
    # bare: one takes part in the meeting
    ("joined", "物业经理也参与多方联席会，听取楼栋长的意见。", []),
    # bare after a quoted slogan that heads the meeting
    ("headed", "“红枫相伴，邻里同心”四方联席会议每季度在枫溪苑举行一次。", []),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[row[0] for row in CASES])
def test_parties_body(name, text, expected):
    assert model_names(text) == expected
