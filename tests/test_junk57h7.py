"""Round 57 h7 (bulk read, junk): shapes of community names read short or glued. Sentences are
invented, the names made up.

Rule 1: a stem that is only an ordinal (第二, 第一村) names no community of its own; the place's
short form written right before it is the name's proper part (桃溪|第二社区 → 桃溪第二社区), whether
the walk read the place word into the stem or the gazetteer read it as a place."""

import pytest

from pipeline.api import extract


def _communities(text: str) -> list[str]:
    return sorted(c.name for sheet in extract(text) for c in sheet.communities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place word, then an ordinal: the place word is the community's own
        ("下午，桃溪第二社区的居民在广场上跳舞。", ["桃溪第二社区"]),
        ("记者走进鹿城第四社区。", ["鹿城第四社区"]),
        # an ordinal and the village head of a 村改居 name
        ("下午，龙岩第一村社区的居民在广场上跳舞。", ["龙岩第一村社区"]),
        # the short form of a street named just before (松柏街道 … 松柏|第三社区)
        ("松柏街道办事处决定在松柏第三社区设立服务点。", ["松柏第三社区"]),
        # look-alikes that keep their reading: a place written with its level, a named community
        # before its numbered grid (the grid itself is no community: filter 6)
        ("青禾镇第三社区的居民在广场上跳舞。", ["青禾镇第三社区"]),
        ("下午，银杏社区第二网格的网格长上门走访。", ["银杏社区"]),
    ],
)
def test_communities_ordinal_stem_keeps_its_place_word(text: str, expected: list[str]) -> None:
    assert _communities(text) == expected
