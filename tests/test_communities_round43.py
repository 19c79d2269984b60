"""Round 43: a community head opened by a verb of the co-governance slogan (共治社区,
共创文明社区) is a goal about communities in general (lexicons/community_generic_openers.txt).
Sentences are invented."""

import pytest

from pipeline.api import extract


def _communities(text: str) -> list[str]:
    return sorted(c.name for sheet in extract(text) for c in sheet.communities)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("大家齐心协力，携手共治社区，让邻里更和睦。", []),
        ("志愿者们表示，要用行动共创整洁有序社区。", []),
        ("青禾社区的居民们正在清理楼道。", ["青禾社区"]),
    ],
)
def test_communities_slogan_opener(text: str, expected: list[str]) -> None:
    assert _communities(text) == expected
