"""Round 51 comm: 家园, 花园 and 花苑 after quality words only (幸福美好家园, 温馨家园, 美丽花苑) are a
slogan's "happy, beautiful home" or a service brand, not an estate; estates under these heads with a
name of their own stay. Sentences are invented."""

import pytest

from pipeline.api import extract


def _communities(text: str) -> list[str]:
    return sorted(c.name for sheet in extract(text) for c in sheet.communities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a slogan's home, written twice (headline and closing line): no estate
        ("邻里守望幸福美好家园——榆林路街道邻里节见闻\n榆林路街道举办邻里节。居民们表示，要用心打造守望相助的幸福美好家园。", []),
        # a service brand after a street's short form: no estate
        ("残联参访团来到枫桥街道温馨家园参观，枫桥街道温馨家园为残疾人提供日间照料。", []),
        ("社区号召居民共同创建“邻里守望”的美丽花苑，美丽花苑建设人人有责。", []),
        # estates with a name of their own under the same heads stay
        ("志愿者走进枫桥街道翠湾家园，为翠湾家园的老人测量血压。", ["翠湾家园"]),
        ("青禾街道锦樾花园12栋的居民参加了议事会。", ["锦樾花园"]),
    ],
)
def test_communities_quality_home_is_no_estate(text: str, expected: list[str]) -> None:
    assert _communities(text) == expected
