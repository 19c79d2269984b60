"""Round 22: a web page that sets its headline and dateline under the text (the body as one
long line, then the headline, then 发布时间：… 阅读次数：…). The page reader took the body for
the site's menus above the headline, so the clipping had no article at all (E021).

Every page here is made up (invented places, units and people).
"""

from __future__ import annotations

import pytest

from contexts import split_page as split

BODY = (
    "为推进文明城市创建工作，进一步提升辖区居民的知晓率和参与度，营造良好氛围。"
    "3月5日上午，市人民医院党员志愿者来到青竹社区，开展义诊和政策宣传活动。"
)
HEADLINE = "医社携手共建家园——市人民医院志愿服务进社区活动"
# Round 61 h8b: the double dash parts this line into title and subtitle (the gold titles such lines
# by the headline alone in five tuning articles of four sets, whole in nineteen); the tests read
# the two together, which are the whole line
DATELINE = "发布时间：2019/03/06 阅读次数：1234"


def test_headline_and_dateline_under_the_body_title_that_body():
    articles, furniture = split(f"{BODY * 3}\n{HEADLINE}\n{DATELINE}")
    assert [(a.title + (a.subtitle or ""), a.date) for a in articles] == [(HEADLINE, "2019-03-06")]
    assert articles[0].body.startswith("为推进文明城市创建工作")
    assert furniture == ["发布时间：2019/03/06阅读次数：1234"]


@pytest.mark.parametrize(
    "raw, title, body_start",
    [
        # a site's description above the headline, the article below the dateline: the
        # description stays furniture and the body is the text under the dateline
        (
            f"青竹在线是市民了解本地资讯、传播正能量的网络平台，精选每日要闻。\n{HEADLINE}\n{DATELINE}\n{BODY * 2}",
            HEADLINE,
            "为推进文明城市创建工作",
        ),
        # the headline at the top, as most pages set it: unchanged
        (f"{HEADLINE}\n{DATELINE}\n{BODY * 2}", HEADLINE, "为推进文明城市创建工作"),
    ],
)
def test_headline_over_the_body_is_read_as_before(raw, title, body_start):
    articles, _ = split(raw)
    assert [a.title + (a.subtitle or "") for a in articles] == [title]
    assert articles[0].body.startswith(body_start)
