"""Round 53 (p2e): two verb characters jieba lists as an abbreviation (掌控, 联控) are no proper-name
piece, so a verb before 小区 names no estate unless a word announcing a name comes first.
Sentences of our own making."""

import pytest

from pipeline.api import extract


def _communities(text: str) -> list[str]:
    return sorted(c.name for sheet in extract(text) for c in sheet.communities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb before 小区: the estate's grid, no estate's name
        ("街道要求确保精准掌控小区网格内人员及车辆动态。", []),
        ("各村严格落实联控小区出入口的措施。", []),
        # after a word announcing a place, the same word still names an estate
        ("网格员走进联保小区开展入户宣传。", ["联保小区"]),
    ],
)
def test_round53p2e_communities(text, expected):
    assert _communities(text) == sorted(expected)
