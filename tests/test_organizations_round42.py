"""Round 42 (organizations). A town's Party committee written bare (镇党委, 乡党委) names no
committee the gold lists; written with its town's name it stays, and the other bare town bodies
of round 36 (镇团委, 乡武装部) stay too.

Every sentence here is made up (invented places, units and people)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        ("入秋以后，镇党委把秸秆还田列进了全年计划。", []),
        ("这支巡河队由乡党委牵头组建，队员都是本地青年。", []),
        ("在镇党委政府的支持下，石桥书屋按时开放。", []),
        # named by its town: kept
        ("柳湾镇党委牵头组建了一支巡河队。", ["柳湾镇党委"]),
        # the round-36 bare town bodies other than the Party committee stay
        ("周六，镇团委组织青年清理河道垃圾。", ["镇团委"]),
        ("退伍老兵座谈会由乡武装部召集。", ["乡武装部"]),
        # a post after the bare committee is a person's role
        ("镇党委副书记钱某某给队员授旗。", []),
    ],
)
def test_round42_town_party_committee_written_bare(text, expected):
    assert organizations(text) == expected
