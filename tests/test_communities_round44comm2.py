"""Round 44 comm2: a verb before 社区 read as a community's name. A phrase the article copies
(a headline and its lede, the same words before or after it) is used once, so a verb stem it
holds stays pending; an adverb and a verb jieba leaves apart (直|插) open a verb phrase.
Sentences are invented."""

import pytest

from pipeline.api import extract


def _communities(text: str) -> list[str]:
    return sorted(c.name for sheet in extract(text) for c in sheet.communities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the same phrase twice, the second copy without the headline's quotes
        ("松岭街道举办“邻里互助，筑牢社区安全网”讲座\n近日，松岭街道开展了邻里互助，筑牢社区安全网主题活动。", []),
        # the same words after both copies: one sentence repeated, not a name used twice
        ("通过文艺演出，丰富社区居民的业余生活。通过读书分享，丰富社区居民的业余生活。", []),
        ("百余名“网格哨兵”直插社区\n记者 王小明\n本报讯 近日，桐溪市组织百余名网格员深入居民楼开展安全排查，共发现隐患二十余处，已全部整改到位。", []),
        # a real name written twice in different places stays
        ("在青禾社区，志愿者忙着打扫。青禾社区党委书记说，活动很受欢迎。", ["青禾社区"]),
    ],
)
def test_communities_verb_stems(text: str, expected: list[str]) -> None:
    assert _communities(text) == expected
