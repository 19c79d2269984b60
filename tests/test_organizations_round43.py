"""Round 43 (organizations). A social-work agency's short name `X社工` that opens a clause and acts
(，某某社工将…, 。某某社工在…: a verb, adverb, preposition or conjunction right after it) is the
agency, not a job title; a function word before 社工 (之后|社工, 通过|社工) or a job modifier
(专业|社工) still makes it the workers.

Every sentence here is made up (invented places, units and people)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        ("近日，青禾镇举办敬老活动。明溪社工在村里走访了三十户老人。", ["明溪社工"]),
        ("本次活动中，远帆社工将继续跟进困难家庭的需求。", ["远帆社工"]),
        ("培训结束后，蓝桥社工和志愿者一起清点物资。", ["蓝桥社工"]),
        # the workers, not an agency
        ("游戏环节开始，之后社工带着孩子们做手工。", []),
        ("活动结束后，专业社工为居民讲解救助政策。", []),
        ("居民表示，了解社工以后更愿意主动求助。", []),
        ("他说，通过社工的陪伴，老人渐渐开朗起来。", []),
    ],
)
def test_round43_agency_opening_a_clause(text, expected):
    assert organizations(text) == expected
