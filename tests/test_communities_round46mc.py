"""Round 46 mc: a kind of community a place is built up to be, written as the whole stem before 社区
(创建未来社区, 营造书香社区), names no community; a named one keeps its own stem (某某未来社区).
Sentences are invented."""

import pytest

from pipeline.api import extract


def _communities(text: str) -> list[str]:
    return sorted(c.name for sheet in extract(text) for c in sheet.communities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the scheme a community works towards: no community of that name
        ("今年，柚岭坪社区申报创建未来社区，组织居民参与楼道改造。", ["柚岭坪社区"]),
        ("柚岭坪社区为推进未来社区创建，开展了多场邻里活动。", ["柚岭坪社区"]),
        # a reading-culture title the residents build together
        ("柚岭坪社区开展旧书交换活动，共同营造书香社区。", ["柚岭坪社区"]),
        # a future community with its own name stays
        ("站在杭州市上塘街道瓜榴未来社区的广场上，居民在晨练。", ["瓜榴未来社区"]),
        # nothing but the kind: no community at all
        ("各地积极营造书香社区氛围。", []),
    ],
)
def test_communities_concept_stem_whole_is_no_name(text: str, expected: list[str]) -> None:
    assert _communities(text) == expected
