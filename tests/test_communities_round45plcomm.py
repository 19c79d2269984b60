"""Round 45 plcomm: a space on the page inside a community's name splits two phrases (a headline's
couplet, a photo credit before a paragraph) that the clean text runs together; the name starts after
the space, and a head with nothing after the space names no community. Text spaced out character by
character stays one name. Sentences are invented."""

import pytest

from pipeline.api import extract

BODY = "上周三，松岭街道的八位手艺人带着工具箱，挨家修补漏雨的屋檐，又给楼道换上了感应灯泡，忙到天黑才收工。"


def _communities(text: str) -> list[str]:
    return sorted(c.name for sheet in extract(text) for c in sheet.communities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a headline's two halves: the verb phrase before the space is no name
        ("巧手修好旧门窗 社区添新颜\n" + BODY, []),
        # a photo credit run into the next paragraph's subject
        (BODY + "\n通讯员供图 柚岭坪社区志愿者在清扫楼道。" + BODY, ["柚岭坪社区"]),
        # a name spaced out character by character is one name
        (BODY + "\n在柚 岭 坪 社 区，居民排起了长队。", ["柚岭坪社区"]),
        # no space: the name stays whole
        (BODY + "\n柚岭坪社区志愿者在清扫楼道。", ["柚岭坪社区"]),
    ],
)
def test_communities_page_space_splits_name(text: str, expected: list[str]) -> None:
    assert _communities(text) == expected


def test_communities_hard_wrap_inside_name_is_no_space() -> None:
    # a clipping wraps its lines every 13–17 characters, here inside the name: a line break is no
    # space between phrases, so the name stays whole
    wrapped = "上周三，松岭街道的八位手艺人带\n着工具箱来到柚岭\n坪社区，挨家修补漏雨的屋檐，\n又给楼道换上了感应灯泡，忙到天\n黑才收工。"
    assert _communities(wrapped) == ["柚岭坪社区"]
