"""Programs: digital platforms named in quotes. A quoted name ending in 在线 is a platform's own
name (“某某在线”), and a quote that 系统 follows after at most three words of its kind
(“某某”智慧系统, “某某”操作系统) names the system (filter 51 keeps out a quote right before 系统,
as often a scheme of work, and a quote of one dictionary word, the technique the system runs); a
system word too far from the quote or none at all names nothing. Round 56 h1. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


CASES = [
    (
        "quoted_online_platform_goes_live",
        "今年5月，“邻安在线”社区服务平台在河西区上线运行。",
        [("邻安在线", "platform")],
    ),
    (
        "quoted_online_platform_reaches_estates",
        "街道搭建数字驾驶舱，让“楼院共治在线”覆盖各个小区。",
        [("楼院共治在线", "platform")],
    ),
    (
        "big_data_system_after_the_quote",
        "各区深入运用“一屏统办”大数据系统，群众诉求当天流转。",
        [("一屏统办", "platform")],
    ),
    (
        "system_right_after_the_quote",
        "志愿者发现井盖破损后立即在“随手拍”系统登记。",
        [],
    ),
    (
        "system_after_a_short_descriptor",
        "依托“青川就业网”智慧系统，求职者足不出户就能找到岗位。",
        [("青川就业网", "platform")],
    ),
    (
        "operating_system_of_workers",
        "全市社区工作者都在使用“社联在线”操作系统办理业务。",
        [("社联在线", "platform")],
    ),
    (
        "dictionary_word_before_system",
        "小区大门早已装上了“人脸识别”智能系统，外来车辆须登记。",
        [],
    ),
    (
        "system_too_far_from_the_quote",
        "社区引入“青禾智分”智能垃圾分类管理系统，居民踊跃参与。",
        [],
    ),
    (
        "bare_online_word",
        "居民可以在线预约上门服务，也可以到服务站办理。",
        [],
    ),
]


@pytest.mark.parametrize("label,text,expected", CASES, ids=[c[0] for c in CASES])
def test_quoted_digital_platforms(label, text, expected):
    assert programs(text) == expected
