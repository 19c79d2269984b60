"""Round 44 (comm): where the page set words apart with a space the clean text drops (a
headline's two halves, a photo credit before a caption), a community's name does not run
over it: the walk from the head stops there. Sentences are invented."""

import pytest

from pipeline.api import extract


def _communities(text: str) -> list[str]:
    return sorted(c.name for sheet in extract(text) for c in sheet.communities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a headline of two halves: the words before the space are no name
        ("众人合力解难题 社区面貌焕然一新\n近日，松岚街道组织志愿者清理楼道垃圾。", []),
        # a photo credit glued to the caption after it: the name starts after the space
        ("图为活动现场。 通讯员供图 柳岸社区志愿者在清扫街巷。居民们纷纷点赞。", ["柳岸社区"]),
        # no space: the name is read as before
        ("近日，松岚街道柳岸社区志愿者在清扫街巷。居民们纷纷点赞。", ["柳岸社区"]),
    ],
)
def test_communities_stop_at_page_gap(text: str, expected: list[str]) -> None:
    assert _communities(text) == expected
