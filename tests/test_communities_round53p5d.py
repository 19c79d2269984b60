"""Round 53 (p5, fourth pass): estates named with a developer's two-character brand head (名邸,
豪庭, 名苑) and no 小区 after them are communities; the head alone, with no name before it, is
none. Sentences are invented."""

import pytest

from pipeline.api import extract


def _communities(text: str) -> list[str]:
    return sorted(c.name for sheet in extract(text) for c in sheet.communities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the estate's own party branch, after a count of estate branches
        ("全县新成立小区党支部15个，其中金泰名邸党支部被评为市级先进基层党组织。", ["金泰名邸"]),
        # a list of estates, each with its volunteer team
        ("仪式上，长安桥、银御豪庭2支护河志愿队正式成立。", ["银御豪庭"]),
        # a venue inside the estate after 在; jieba reads 名苑 as one word
        ("北湖社区的居民们在华夏世家名苑中心花园跳起了广场舞。", ["北湖社区", "华夏世家名苑"]),
        # a building of the estate
        ("便民服务点位于锦绣名邸3幢一楼。", ["锦绣名邸"]),
        # the estate's name inside a community's name stays one name
        ("金泰名苑社区开展垃圾分类宣传。", ["金泰名苑社区"]),
        # the head alone names no estate
        ("这座名苑建于清代，院内古树成荫。", []),
        ("开发商称新盘将以豪庭为名推向市场。", []),
    ],
)
def test_brand_heads(text, expected):
    assert _communities(text) == expected
