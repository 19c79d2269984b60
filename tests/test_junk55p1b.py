"""Round 55 (junk p1b): a verb or an adjective read as a community's stem in a bulk sample of real
articles (a mobilising verb before 社区参与, a painting verb before 社区新篇章 in a headline, a
description closing with 的 before 脏乱社区). No place, body or locative anchors such a name
anywhere in the article. Sentences are invented; each shape has look-alikes that keep their fact."""

import pytest

from pipeline.api import extract


def _communities(text: str) -> list[str]:
    return sorted(c.name for sheet in extract(text) for c in sheet.communities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb before the head, which reads on into 参与 / 居民参与 at every mention
        ("邻里节活动动员社区参与\n青禾街道举办邻里节，旨在拉近邻里距离，动员社区居民参与公共事务。", []),
        # a headline's adverb and verb before 社区新篇章
        ("织密网格 共绘社区新篇章\n青禾街道组织网格员走访居民，听取意见建议。", []),
        # an adjective closing a description that ends in 的
        ("这里早已不是一个曾经的脏乱社区了。", []),
        ("原来设施旧、环境差的破旧小区，如今焕然一新。", []),
    ],
)
def test_everyday_stem_with_no_anchor_is_dropped(text, expected):
    assert _communities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # anchored by a street, a locative or its own body: the name stays
        ("青禾街道幸福社区开展义诊。", ["幸福社区"]),
        ("在青禾街道的明月社区，居民自治搞得好。", ["明月社区"]),
        ("走进青禾社区，动员社区居民参与议事。", ["青禾社区"]),
        ("住在育才中学小区的李阿姨说很方便。", ["育才中学小区"]),
        # a name that is no everyday word keeps its residents after it
        # (the ordinal-only stem keeps the place word before it: round 57)
        ("他是清河第一村社区的老住户，今年六十八岁。", ["清河第一村社区"]),
        # an everyday noun naming an estate, written once, read on by no phrase
        ("太白小区四通八达，交通便利。", ["太白小区"]),
        ("位于青禾路的红星小区物业很好。", ["红星小区"]),
    ],
)
def test_anchored_or_named_stem_keeps_its_fact(text, expected):
    assert _communities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a headline's tour ending at a space of the page, and the tour's team in the body
        ("青禾媒体采访团某岛社区行 聚焦社区协商\n青禾媒体某岛社区行采访团走进青松社区，了解居民自治。", ["青松社区"]),
        # look-alike: 社区行政 goes on into a word, the community stays
        ("青禾街道明月社区行政服务中心开展义诊。", ["明月社区"]),
    ],
)
def test_tour_of_communities_is_no_community(text, expected):
    assert _communities(text) == expected
