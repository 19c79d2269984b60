"""Round 28b (a junk wave): page furniture read as facts.

- A web page's view counter is no quantity (浏览0次, 点击：3120次, 阅读次数：56次).
- A dateline made of a date and a view counter only (2025-01-24 人阅读, 浏览 0次 发布时间 …), or of
  the site's address, its name and a date (http://… 某某公益网 2017年05月12日), is a dateline:
  furniture, never the headline.
- A name swallowing the next word: 在…看来 and 带着 end a name (某某看|来, 某某带|着); a "name"
  whose first two characters are a common word and whose third opens a word with the next
  character (安慰|家属) is no name.

Every sentence and page here is made up (invented places, units and people).
"""

from __future__ import annotations

import pytest

from shequ import layout
from shequ.extract.quantities import QuantityExtractor

from contexts import context_for
from contexts import split_page as split
from contexts import people_and_roles as people

BODY = (
    "3月2日上午，青竹街道松林社区的志愿者在小区门口摆开桌子，给路过的送餐员递上一杯热姜茶。"
    "社区的歇脚点去年秋天建成，有桌椅、雨具和一个能给手机充电的插座。"
)
HEADLINE = "松林社区的歇脚点开张了"


def reasons(text: str):
    return [(text[c.start : c.end], reason) for c, reason in QuantityExtractor().candidates(context_for(QuantityExtractor, text))]


# --- view counters are no quantities -------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("浏览0次发布时间2026/01/07", [("0次", "view_counter")]),
        ("作者：周某某 点击：3120次", [("3120次", "view_counter")]),
        ("阅读次数：56次", [("56次", "view_counter")]),
        ("阅读：88次", [("88次", "view_counter")]),
    ],
)
def test_view_counters_are_no_quantities(text, expected):
    assert reasons(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("松林社区今年开展宣传活动12次。", [("12次", None)]),
        ("这条宣传短片的浏览量达3万次。", [("3万次", None)]),  # a verb between: a count the story reports
        ("读书会上大家把这首诗阅读了3次。", [("3次", None)]),
        ("歇脚点累计服务送餐员500人次。", [("500人次", None)]),
    ],
)
def test_counts_in_running_text_stay(text, expected):
    assert reasons(text) == expected


# --- datelines of a date and a counter, or of an address, a site and a date ----------------------


@pytest.mark.parametrize(
    "line",
    [
        "2025-01-24 人阅读",
        "2025-01-24 10:20 阅读：56",
        "浏览 0次 发布时间 2026/01/07",
        "点击：12次 发布日期：2026-01-07",
        "http://news.example.com.cn   某某公益网   2017年05月12日",
    ],
)
def test_counter_and_address_datelines_are_meta(line):
    assert layout.web_furniture_kind(line) == "meta"


@pytest.mark.parametrize(
    "line",
    [
        "2024年3月5日，松林社区开展义诊活动",
        "点击 20次 社区开展活动",
        "2025-01-24 松林社区的歇脚点开张了",
        "浏览量突破10万次的短片讲了什么",
    ],
)
def test_headlines_and_sentences_are_not_datelines(line):
    assert layout.web_furniture_kind(line) != "meta"


def test_a_counter_dateline_under_a_masthead_leaves_the_headline():
    articles, furniture = split(f"加入收藏 | 设为首页\n\n某某晚报广告部\n\n{HEADLINE}\n\n浏览 0次 发布时间 2026/01/07\n{BODY * 2}")
    assert [a.title for a in articles] == [HEADLINE]
    assert "某某晚报广告部" in furniture
    assert articles[0].body.startswith("3月2日上午")


def test_an_address_dateline_is_no_headline():
    articles, _ = split(f"某某之窗\n{HEADLINE}\nhttp://news.example.com.cn   某某公益网   2017年05月12日\n\n{BODY * 2}")
    assert [a.title for a in articles] == [HEADLINE]


def test_a_date_and_counter_alone_is_no_headline():
    articles, furniture = split(f"2025-01-24 人阅读\n{BODY * 2}")
    assert [a.title for a in articles] == [""]
    assert "2025-01-24人阅读" in furniture


# --- names that swallow the next word -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("在社区书记冯晓看来，歇脚点要常开。", [("冯晓", "社区书记")]),
        ("在松林社区主任郑宏看来，这件事很重要。", [("郑宏", "松林社区主任")]),
        ("居民代表孙慧带着女儿来帮忙。", [("孙慧", "居民代表")]),
        ("队长贺晓峰带着队员巡查河道。", [("贺晓峰", "队长")]),  # 带着 after a full three-character name
        ("主任李明华表示支持。", [("李明华", "主任")]),
        ("村支书安慰家属后离开。", []),
        ("在他看来，这件事很重要。", []),
    ],
)
def test_names_end_before_the_next_word(text, expected):
    assert people(text) == expected
