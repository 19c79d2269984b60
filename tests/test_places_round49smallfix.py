"""Round 49 smallfix: a new area named by a two-character
stem the gazetteer does not know (某某新区) is a place of its own, located in the place written
before it or the article's first city. Not an everyday word before 新区 (建设|新区), not with no
city in the article, not heading its own body. Sentences and stems are invented."""

import pytest

from pipeline.api import extract


def _places(text: str) -> list[str]:
    return sorted(p.name for sheet in extract(text) for p in sheet.places)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("近日，湖北省襄阳市青禾新区开展敬老活动。", ["湖北省", "襄阳市", "青禾新区"]),
        ("活动在云禾新区举行，湖北省襄阳市多个部门参加。", ["云禾新区", "湖北省", "襄阳市"]),
        ("加快建设新区步伐，襄阳市居民纷纷点赞。", ["襄阳市"]),
        ("今天，云禾新区组织开展敬老活动。", []),
        ("襄阳市云禾新区管委会组织开展敬老活动。", ["襄阳市"]),
    ],
)
def test_places_stem_new_area(text: str, expected: list[str]) -> None:
    assert _places(text) == expected
