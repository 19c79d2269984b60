"""Round 61 p4b: a verb whose object is the community, written right before 社区/小区 (某市|启动|
社区规划师计划, 某街道|指导|社区, 为了|丰富|社区文化), ends no community's name, a place before it
included; communities named after words that also name places (胜利, 建设) stay names.
Sentences are invented."""

import pytest

from pipeline.api import extract
from pipeline.extract.communities import ends_in_object_verb


def _communities(text: str) -> list[str]:
    return sorted(c.name for sheet in extract(text) for c in sheet.communities)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a city or a street as the subject of a verb whose object is 社区
        ("2020年3月，杭州市启动社区规划师计划，邀请高校教师参与老旧小区改造。", []),
        ("针对这些难题，东湖街道指导社区构建了居民议事平台。", []),
        ("眼下，台州正在认真总结社区养老驿站的做法。", []),
        ("长沙爱心书柜亮相社区，居民可免费借阅。", []),
        # the same verb with no place before it, named twice
        ("为了丰富社区文化，提升社区文艺团队水平，街道为了丰富社区生活举办了晚会。", []),
        ("物业公司积极改善小区环境，并定期改善小区绿化。", []),
        # a real community in the same sentence keeps its name
        ("在东湖街道指导下，青禾社区构建了居民议事平台。", ["青禾社区"]),
        # names from words that also name places stay names
        ("东湖街道胜利社区开展了垃圾分类宣传活动。", ["胜利社区"]),
        ("东湖街道建设社区开展了垃圾分类宣传活动。", ["建设社区"]),
    ],
)
def test_object_verb_before_the_head_is_no_name(text: str, expected: list[str]) -> None:
    assert _communities(text) == expected


@pytest.mark.parametrize(
    "stem, expected",
    [("启动", True), ("正在全面总结", True), ("爱心书柜亮相", True), ("胜利", False), ("青禾", False), ("振兴", False)],
)
def test_ends_in_object_verb(stem: str, expected: bool) -> None:
    assert ends_in_object_verb(stem) is expected
