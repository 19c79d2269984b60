"""Round 49 plcomm: 社区 before a noun of community upkeep (垃圾, 消防, 安全, 体育) heads that noun,
so a verb written before it (调研|社区垃圾减量) is the clause, not a community's name. A name with its
street before it, or written twice, is still a community. Sentences are invented."""

import pytest

from pipeline.api import extract


def _communities(text: str) -> list[str]:
    return sorted(c.name for sheet in extract(text) for c in sheet.communities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb before 社区垃圾…: the clause's object, no community
        ("课题组成员深入调研社区垃圾减量办法。", []),
        ("各楼栋志愿者都在筹划社区消防演练，气氛热烈。", []),
        ("在夯实社区安全底座方面，街道下了不少功夫。", []),
        ("比赛精彩纷呈，弘扬社区体育新风，居民纷纷点赞。", []),
        # the street written before the name: a community heading the noun
        ("青禾街道明川社区垃圾分类驿站今天启用，居民纷纷点赞。", ["明川社区"]),
        # the name written twice: a community
        ("明川社区消防站建成后，明川社区居民踊跃参观。", ["明川社区"]),
    ],
)
def test_communities_upkeep_noun_after_head(text: str, expected: list[str]) -> None:
    assert _communities(text) == expected
