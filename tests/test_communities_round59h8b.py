"""Round 59 h8b: a two-character community name whose first character is also a function or
locative character (同, 中, 对, 经 …) is read by jieba as that character glued to a one-character
name. Named twice in the article it is a community; named once it stays unread, because the same
glued shape also joins a function word to a one-character piece. Sentences are invented."""

import pytest

from contexts import fact_names


@pytest.mark.parametrize(
    "text, expected",
    [
        # after a verb of going, then again at a clause start before its residents
        ("上周六，三名志愿者来到同皋社区帮助老人清扫楼道。同皋社区居民王大爷连声道谢。", ["同皋社区"]),
        # after a verb of taking part, then again before its staff
        ("不少家长带着孩子参加中渚社区组织的旧物交换活动。中渚社区工作人员现场登记物品。", ["中渚社区"]),
        # a village whose glued token holds the head, after 走进, then before its Party committee
        ("记者走进经垣村的农家书屋，看到不少村民在读书。经垣村党委书记介绍了书屋的来历。", ["经垣村"]),
    ],
)
def test_communities_function_char_opened_name_named_twice(text: str, expected: list[str]) -> None:
    assert fact_names(text, "communities") == expected


@pytest.mark.parametrize(
    "text",
    [
        # the same shape named once
        "上周六，三名志愿者来到同皋社区帮助老人清扫楼道。",
        "记者走进经垣村的农家书屋，看到不少村民在读书。",
        # a count glued to the head
        "全县289个村全部完成了村委会换届选举。",
        # a quarter jieba lists as a word, named twice
        "他在中关村工作多年，中关村的变化很大。",
    ],
)
def test_communities_function_char_opened_name_once_or_glued_count_yields_nothing(text: str) -> None:
    assert fact_names(text, "communities") == []
