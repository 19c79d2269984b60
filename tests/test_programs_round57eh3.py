"""Round 57e h3: a campaign's catchphrase quoted right before 实践活动 names that practice activity
(filter 2 yields there); the catchphrase standing alone stays out. Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds


@pytest.mark.parametrize(
    "text, expected",
    [
        ("青松街道把“我为群众办实事”实践活动办到了小区里，居民的难题有人管了。", [("我为群众办实事", "activity")]),
        ("“我为群众办实事”实践活动启动后，河湾村修好了三条便道。", [("我为群众办实事", "activity")]),
    ],
)
def test_catchphrase_before_practice_activity_is_a_program(text, expected):
    assert programs_and_kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "机关党支部立足“我为群众办实事”，建立服务清单。",
        "推动“我为群众办实事”走深走实，进一步加强社区建设。",
        "社区聚焦“急难愁盼”问题，逐一销号。",
    ],
)
def test_catchphrase_alone_stays_out(text):
    assert programs_and_kinds(text) == []
