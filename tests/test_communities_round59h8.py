"""Round 59 h8: 社区 before a worker's title (社区工作者, 社区规划师, 社区主任助理) is part of that
title, and a word describing the worker right before it (专职, 青年, 广大, 外籍) says what kind of
worker, not which community (filter 8j). A named community before the same titles stays. Sentences
are invented."""

import pytest

from contexts import fact_names


@pytest.mark.parametrize(
    "text",
    [
        # an employment word, after a hiring verb, before the workers' title
        "上个月，青禾区新招录的专职社区工作者在区委党校参加了为期三天的岗前培训。",
        # a hiring verb glued to the employment word
        "开班仪式上，新聘专职社区工作者一一上台领取了工作手册和胸牌。",
        # a word for the many, twice
        "小区里的每一点变化，都凝结着广大社区工作者的汗水。向广大社区工作者道一声辛苦。",
        # young planners
        "一批青年社区规划师走进老旧小区，和居民一起画出了口袋公园的草图。",
    ],
)
def test_communities_worker_described_before_its_title_is_no_community(text: str) -> None:
    assert fact_names(text, "communities") == []


def test_communities_foreign_post_holder_leaves_the_named_community() -> None:
    # a foreigner holding a post after a named community and 的
    text = "今年春天，一位法国留学生成为柏溪社区聘请的外籍社区主任助理，常帮邻居翻译通知。"
    assert fact_names(text, "communities") == ["柏溪社区"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a named community before its staff
        ("上周三，桂花岭社区工作人员挨家挨户上门，为独居老人检查燃气管道。", ["桂花岭社区"]),
        # a named community after its street before a planner's title
        ("青禾区东湖街道柳塘社区规划师王晓东带着学生测量了小广场的尺寸。", ["柳塘社区"]),
        # a named community whose name is a dictionary word, anchored by its street
        ("南湖街道凤凰社区工作人员带着几名志愿者清理了楼道杂物。", ["凤凰社区"]),
    ],
)
def test_communities_named_community_before_worker_title_stays(text: str, expected: list[str]) -> None:
    assert fact_names(text, "communities") == expected
