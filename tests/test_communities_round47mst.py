"""Round 47 mst: a city's bare short form before one Han character and the head is the first part
of the community's name (宁波|塘社区 → 宁波塘社区), not the community's place with a stem too short
to name it. Not a quality (宁波|新社区), not a numeral after a city (宁波|一社区: "a community in
the city"), and not where the place starts inside a word (老|宁波|塘社区). Sentences are invented."""

import pytest

from pipeline.api import extract


def _communities(text: str) -> list[str]:
    return sorted(c.name for sheet in extract(text) for c in sheet.communities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the clause starts at the city's short form
        ("近日，宁波塘社区组织居民开展邻里节活动。", ["宁波塘社区"]),
        # after a word that announces a name (在)
        ("重阳节活动在绍兴东社区举行，居民踊跃参加。", ["绍兴东社区"]),
        # a new community of the city: a quality, no name
        ("宁波新社区建设稳步推进，居民踊跃参加。", []),
        # a headline's "a community in Ningbo": a numeral after a city
        ("宁波一社区开展旧衣回收活动，居民踊跃参加。", []),
        # the city's short form sits inside a longer word: no name starts there
        ("住在老宁波塘社区的王大妈很高兴，居民踊跃参加。", []),
    ],
)
def test_communities_city_short_form_before_one_character_stem(text: str, expected: list[str]) -> None:
    assert _communities(text) == expected
