"""People, round 39: reporters' credits that close a longer line, and credited names that
another extractor read as a place or compound. Sentences written for these tests, with
made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people

# A dateline or an outlet's page data before the credit (the line is long and holds a colon):
# every title's names are people, the last title's too.
CREDIT_TAIL_CASES = [
    ("2031年04月02日 青禾晚报 版次:C03 枫林新闻记者 柏青禾 邝雨桐 通讯员 单举帆 秦冬柏\n翠湖社区昨天召开议事会。",
     [("柏青禾", "记者"), ("邝雨桐", "记者"), ("单举帆", "通讯员"), ("秦冬柏", "通讯员")]),
    ("发布时间:2031-04-02 来源:青禾在线 记者 邝雨桐 通讯员 单举帆\n翠湖社区昨天召开议事会。",
     [("邝雨桐", "记者"), ("单举帆", "通讯员")]),
]

# A title inside a sentence that goes on after the names is no credit line's tail.
NOT_A_TAIL_CASES = [
    ("2031年04月02日，翠湖社区邀请记者走进楼道，听居民讲述变化。", []),
]


@pytest.mark.parametrize("text, expected", CREDIT_TAIL_CASES)
def test_round39_credit_closing_a_dateline(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", NOT_A_TAIL_CASES)
def test_round39_title_in_a_sentence_is_no_credit_tail(text, expected):
    assert people(text) == expected
