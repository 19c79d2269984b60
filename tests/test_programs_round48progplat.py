"""Programs: a platform word that the segmenter glues to the word before it (服务平台, 管理平台) still
ends a held name: a place found earlier starts it and words of its own stand before the glued word; a
platform's own field phrase may run to MAX_HELD_PLATFORM_NAME characters (某市|青年综合服务|平台). Round
48progplat. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


KEPT = [
    (
        "glued_service_platform",
        "居民可以通过绍兴市青年综合服务平台报名参加。",
        [("绍兴市青年综合服务平台", "platform")],
    ),
    (
        "long_field_phrase",
        "湖州市城乡公共安全管理平台已接入小区监控。",
        [("湖州市城乡公共安全管理平台", "platform")],
    ),
    (
        "short_name_still_kept",
        "社区党委在温州市党员先锋平台上发布信息。",
        [("温州市党员先锋平台", "platform")],
    ),
]

EMPTY = [
    ("no_holder", "社区搭建了居民综合服务平台。"),
    ("field_phrase_too_long", "嘉兴市老年人居家养老综合信息服务平台正式上线。"),
    ("holder_and_glued_word_only", "居民登录丽水市服务平台查询进度。"),
    ("pointer_before_platform", "衢州晚报传媒集团各平台将对活动进行报道。"),
]


@pytest.mark.parametrize("label,text,expected", KEPT, ids=[c[0] for c in KEPT])
def test_held_platform_named(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label,text", EMPTY, ids=[c[0] for c in EMPTY])
def test_platform_without_own_name_names_nothing(label, text):
    assert programs(text) == []
