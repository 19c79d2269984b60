"""Round 21: outlets the attribution names in shapes the pipeline had not read: names ending in
都市报, 侨报 or 信息港 (a city paper, an overseas-Chinese paper, a local news portal), a paper's
dispatch with its app's short name after a dash (某某都市报-某某讯) or by a paper's name that no
ending lists (某某导报讯, 某某公益报 本报讯), a bracketed credit that gives the
outlet and its reporters' names without a title (（某某侨报 张三 李四）), and a county media
centre's byline glued to its reporter's title (某某融媒记者张三).

Every page and line here is made up (invented outlets, places and people).
"""

from __future__ import annotations

import pytest

from shequ import layout
from shequ.articles import split_articles
from shequ.normalize import normalize

BODY = "近日，桃源街道青禾社区联合辖区学校开展邻里互助活动，三十余名志愿者为老人理发、测血压。"
BODY2 = "活动现场，社工向居民介绍了社区的助老服务项目，居民们纷纷表示受益匪浅。"
TITLE = "青禾社区邻里互助温暖老人"


def articles_of(raw: str):
    articles, _ = split_articles(normalize(raw), "web.txt")
    return articles


@pytest.mark.parametrize(
    "name, outlet",
    [
        ("河西都市报", True),
        ("桃源侨报", True),
        ("青禾信息港", True),
        ("都市报", False),  # the ending alone names no outlet
        ("信息港", False),
    ],
)
def test_outlet_name_endings_of_city_papers_and_local_portals(name, outlet):
    assert layout.is_outlet_name(name) is outlet


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("河西都市报-桃闻讯（记者 王小明）近日，青禾社区举办了读书会。", "河西都市报"),  # the app's name after a dash
        ("河西都市报讯（记者 王小明）近日，青禾社区举办了读书会。", "河西都市报"),
        ("（桃源侨报 王小明 李青）近日，青禾社区举办了读书会。", "桃源侨报"),  # outlet, then names
        ("（桃源侨报王小明李青）近日，青禾社区举办了读书会。", "桃源侨报"),  # spaces gone in the clean text
        ("桃源导报讯（记者 王小明）近日，青禾社区举办了读书会。", "桃源导报"),  # a paper's name: …报, 4+ characters
        ("（桃源导报 王小明）近日，青禾社区举办了读书会。", "桃源导报"),
        ("桃源公益报本报讯 近日，青禾社区举办了读书会。", "桃源公益报"),  # the paper before its own 本报讯
        ("本报讯（记者 王小明）近日，青禾社区举办了读书会。", None),
        ("（河西日报社会调查中心）数据显示，青禾社区的志愿者人数逐年增加。", None),  # a unit, not reporters
        ("（记者 王小明 李青）近日，青禾社区举办了读书会。", None),  # no outlet before the names
        ("（居民王小明）表示，社区活动丰富了生活。", None),
    ],
)
def test_dispatch_and_bracketed_credit_at_the_lede(line, outlet):
    assert layout.lede_outlet(line) == outlet


@pytest.mark.parametrize(
    "byline, outlet",
    [
        ("桃源融媒记者王小明", "桃源融媒"),  # 融媒 ends the outlet's name
        ("青禾日报融媒记者 王小明", "青禾日报"),  # here 融媒 is the reporter's title
        ("青禾日报全媒体记者 王小明", "青禾日报"),
        ("桃源融媒体记者 王小明", None),  # 桃源融媒体 is no outlet's name
    ],
)
def test_county_media_centre_byline_keeps_its_name(byline, outlet):
    assert layout.byline_outlet(byline) == outlet


@pytest.mark.parametrize(
    "page, source",
    [
        (f"{TITLE}\n\n河西都市报-桃闻讯（记者 王小明）{BODY}\n\n{BODY2}", "河西都市报"),
        (f"{TITLE}\n\n（桃源侨报 王小明 李青）{BODY}\n\n{BODY2}", "桃源侨报"),
        (f"{TITLE}\n\n青禾信息港    2024-06-30 11:03:49\n\n{BODY}\n\n{BODY2}", "青禾信息港"),
        (f"桃源融媒记者王小明\n{BODY}\n{BODY2}", "桃源融媒"),
    ],
)
def test_articles_credit_the_outlet(page, source):
    [article] = articles_of(page)
    assert article.source == source
