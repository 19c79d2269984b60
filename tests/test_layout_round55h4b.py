"""Round 55 h4: a byline joining a paper and its app before the reporter's title credits the paper,
whichever of the two is written first (某某日报/某某新闻记者 张三 as 某某/某某商报记者 张三 already
did). Correspondents' names run into the first part are read off at the page's last space; with no
space known they leave the old reading (the app). Sentences are invented."""

from __future__ import annotations

import pytest

from shequ import layout
from shequ.articles import split_articles
from shequ.normalize import normalize


@pytest.mark.parametrize(
    "line, outlet",
    [
        # the paper first, its app after the slash or dash
        ("□青禾日报/青禾新闻记者 张三", "青禾日报"),
        ("青禾晚报/云上青禾记者 王五", "青禾晚报"),
        ("青禾日报-青禾新闻全媒体记者 李四", "青禾日报"),
        # the app first: the paper after it, as before
        ("云上青禾/青禾商报记者 张三", "青禾商报"),
        # no paper in the pair: the first outlet-shaped part, as before
        ("青禾新闻网/云上青禾记者 张三", "青禾新闻网"),
        # 本报 is the page's own, no paper's name: the app stays
        ("本报/青禾新闻记者 张三", "青禾新闻"),
        # a correspondent's name glued to the paper, no space known: the app, as before
        ("通讯员李四青禾晚报/青禾新闻记者张三", "青禾新闻"),
    ],
)
def test_layout_byline_paper_and_app_credits_the_paper(line, outlet):
    assert layout.byline_outlet(line) == outlet


@pytest.mark.parametrize("line", ["文/图 记者 张三", "记者/通讯员 张三"])
def test_layout_byline_titles_alone_name_no_outlet(line):
    assert layout.byline_outlet(line) is None


BODY = (
    "近日，青禾市桃源区柳岸社区组织志愿者走访辖区独居老人，为他们送去米面油等生活物资。社区党委书记表示，将持续做好关爱服务。\n"
    "活动中，志愿者还为老人测量血压、打扫卫生，陪老人聊天，受到居民好评。\n"
)


@pytest.mark.parametrize(
    "byline, source",
    [
        # the page's spaces part the correspondent's name from the paper
        ("通讯员 李四 青禾晚报/青禾新闻记者 王五", "青禾晚报"),
        ("青禾日报/青禾新闻记者 王五", "青禾日报"),
        # no space between name and paper: the paper's name cannot be told from the name
        ("通讯员李四青禾晚报/青禾新闻记者王五", "青禾新闻"),
        ("青禾新闻记者 王五", "青禾新闻"),
    ],
)
def test_articles_closing_byline_of_paper_and_app(byline, source):
    articles, _ = split_articles(normalize("柳岸社区志愿者走访独居老人\n" + BODY + byline), "round55h4b.txt")
    (article,) = articles
    assert article.source == source
