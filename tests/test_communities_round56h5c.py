"""Round 56 h5c: a community whose stem is a verb or an adjective (复兴, 振兴, 解放) that the walk
left from the head reads as the clause's verb. It is a name where the text anchors it: a
direction character of its own before the head (振兴南社区), a place or unit written right before
it and the community's body right after it (某某中心复兴社区党委), or, for a frequent verb written
after its street, another mention before the community's party branch. Verb phrases about
communities (振兴社区经济, 加强社区党委建设) stay out. Sentences are invented."""

import pytest

from pipeline.api import extract


def _communities(text: str) -> list[str]:
    return sorted(c.name for sheet in extract(text) for c in sheet.communities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # an adjective stem after a service centre's name, before the community's party committee
        ("今年以来，青禾新区松林中心复兴社区党委围绕居民需求开展服务。", ["复兴社区"]),
        # a verb stem with a direction character of its own: no verb takes 南社区 as its object
        ("在振兴南社区党群服务站，老党员给孩子们讲起了往事。", ["振兴南社区"]),
        # a frequent verb after its street, written again before its party branch
        ("受暴雨影响，青禾市东城街道解放社区多处道路积水。在解放社区，志愿者连夜清淤。"
         "“大伙都很拼。”解放社区党支部副书记赵春兰说。", ["解放社区"]),
    ],
)
def test_communities_verb_stem_named_where_anchored(text: str, expected: list[str]) -> None:
    assert _communities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a street and a frequent verb phrase about communities' party committees
        "东城街道加强社区党委建设，推动资源下沉。",
        # a slogan: the verb takes the community's economy as its object
        "青禾街道坚持振兴社区经济，不断解放社区思想。",
        # a frequent verb after a street, written twice, never before a body of its own
        "东城街道解放社区思想，各村也要解放社区思想。",
        # an adjective stem with no place before it, before a party committee
        "各地要复兴社区党委的作用。",
    ],
)
def test_communities_verb_phrases_about_communities_stay_out(text: str) -> None:
    assert _communities(text) == []
