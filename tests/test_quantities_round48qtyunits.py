"""Round 48 (qtyunits): paintings, posters and banners counted in 幅 (绘制12幅壁画, 征集作品百余幅) are
quantities (lexicons/units.tsv); 一幅 is the article (一幅画卷) and 一幅幅 a reduplication, neither a count.
Sentences are invented."""

import pytest

from pipeline.api import extract


def _quantities(text: str) -> list[tuple[str, float, str]]:
    return sorted((q.evidence[0].text, q.value, q.unit) for sheet in extract(text) for q in sheet.quantities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count in digits, after the thing counted, and a Chinese round number with 余
        ("青禾社区的志愿者在围墙上绘制了18幅彩色壁画。", [("18幅", 18, "幅")]),
        ("活动准备了横幅6幅，悬挂在小区入口。", [("6幅", 6, "幅")]),
        ("本次书画展共收到居民作品百余幅。", [("百余幅", 100, "幅")]),
        # 一幅 and 一幅幅 are no counts
        ("一幅幅笑脸汇成一幅温暖的邻里画卷。", []),
    ],
)
def test_quantities_pictures_in_fu_round48qtyunits(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _quantities(text) == expected
