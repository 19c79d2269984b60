"""Round 50 commfix: a community written only as the first words of a service centre's name
(某某社区综合服务中心, 综合文化服务中心, 托育服务中心, 照顾服务中心) names the centre, an organisation,
not a community. A community the article also names on its own keeps that mention, and the
community's own bodies (党群服务中心) still name the community. Sentences are invented."""

import pytest

from pipeline.api import extract


def _communities(text: str) -> list[str]:
    return sorted(c.name for sheet in extract(text) for c in sheet.communities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the community only inside a centre's name: no community
        ("上周六，志愿者们在青禾路翠柏社区综合服务中心为老人义务理发。", []),
        ("暑期课堂在沙河街道蓝湾家园综合文化服务中心开课，四十名孩子报名。", []),
        ("新建的枫岭社区托育服务中心可同时照看三十名幼儿。", []),
        ("这里是“麓溪社区照顾服务中心”，每天为独居老人送餐。", []),
        # an estate head before the centre: no estate either
        ("居民们来到金桂家园综合服务中心领取防汛物资。", []),
        # named on its own as well: the community stays
        ("翠柏社区综合服务中心开放了阅览室，翠柏社区的居民可免费借书。", ["翠柏社区"]),
        # the community's own body: the community stays
        ("蓝湾社区党群服务中心里，亲子活动吸引了许多家长。", ["蓝湾社区"]),
    ],
)
def test_communities_named_only_inside_a_service_centre(text: str, expected: list[str]) -> None:
    assert _communities(text) == expected
