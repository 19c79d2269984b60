"""Round 61 h6c: a community named by a number (八一村, 五一社区, 十五家园) that jieba reads as a
numeral word is a name; counts (两村, 百村, 十五个村) stay out. Sentences are invented."""

import pytest

from pipeline.api import extract


def _communities(text: str) -> list[str]:
    return sorted(c.name for sheet in extract(text) for c in sheet.communities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a numbered village after its town, a numbered community after its street
        ("老党员李长顺是青禾县东岭镇八一村村民，退休后一直义务调解邻里纠纷。", ["八一村"]),
        ("近日，北京市海淀区学院路街道五一社区开展了垃圾分类宣传活动，居民踊跃参加。", ["五一社区"]),
        # a numbered estate after 位于
        ("新建的邻里议事厅位于十五家园8幢，面积约两百平方米，周末向居民开放。", ["十五家园"]),
        # counts and campaign formulas stay out
        ("今年全镇共有十五个村完成了人居环境整治，群众满意度明显提升。", []),
        ("两村干部坐在一起商量修路的事，很快达成了一致意见。", []),
    ],
)
def test_communities_numeral_names(text: str, expected: list[str]) -> None:
    assert _communities(text) == expected


def test_time_word_before_a_level_body_is_no_name_part() -> None:
    # 这期间|镇党委: the time of the act, not the start of a body's name (so no pair of a
    # made-up body with the numbered village after it)
    text = "这期间镇党委组织党员来到八一村，帮助村民抢收玉米。"
    names = sorted(o.name for sheet in extract(text) for o in sheet.organizations)
    assert not any(name.startswith("期间") for name in names)
    assert _communities(text) == ["八一村"]
