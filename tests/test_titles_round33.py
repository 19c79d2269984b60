"""Article titles, round 33: a line holding a page stamp (a full date, a clock time or a web
address) is a dateline, a post's header or a reader's page label, never the headline.

Every page and line here is made up (invented outlets, places and people).
"""

from __future__ import annotations

import pytest

from contexts import PAGE_BODY as BODY
from contexts import PAGE_BODY2 as BODY2
from contexts import PAGE_HEADLINE as HEADLINE
from contexts import only_article
from shequ.page_blocks import could_be_title


@pytest.mark.parametrize(
    "line",
    [
        "2031年02月14日 雁城晚报 版次:A05 记者 邵明远 童可馨",  # a paper's dateline with its page
        "http://news.yancheng.example 2031-02-14 09:15:42 邵明远",  # an address, a date and a time
        "2031-02-14社区动态",  # a reader's date glued to its column
        "雁城晚报/2031 年/2 月/14 日/第 006 版",  # an e-paper's page label
        "发表于 2031-2-14 09:15 | 只看楼主",  # a forum post's header
    ],
)
def test_round33_line_with_a_page_stamp_could_be_no_title(line):
    assert not could_be_title(line)


@pytest.mark.parametrize(
    "line",
    [
        HEADLINE,
        "翠湖社区2031年度十佳志愿者揭晓",  # a year alone is no stamp
        "雁城开通7×24小时养老服务热线",  # hours without a clock time
    ],
)
def test_round33_headline_without_a_stamp_could_be_a_title(line):
    assert could_be_title(line)


@pytest.mark.parametrize(
    "stamp",
    [
        "2031年02月14日 雁城晚报 版次:A05",  # the paper, its day and page under a web headline
        "2031年02月14日 雁城晚报 版次:A05 记者 邵明远",
    ],
)
def test_round33_dateline_under_the_headline_is_not_taken_for_it(stamp):
    article = only_article(f"{HEADLINE}\n2031-02-14\n{stamp}\n{BODY}\n{BODY2}")
    assert article.title == HEADLINE


def test_round33_stamp_before_a_source_label_is_the_datelines():
    stamp = "http://www.ycwm.cn 2031-02-14 09:15:42 邵明远 童可馨 来源:雁城风"
    article = only_article(f"{HEADLINE}\n{stamp}\n\n{BODY}\n\n{BODY2}")
    assert (article.title, article.source) == (HEADLINE, "雁城风")
