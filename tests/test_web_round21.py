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


# Round 21, second family: the headline right above the dateline, over what a site sets around it.
@pytest.mark.parametrize(
    "line, kind",
    [
        ("头条", "tool"),  # a share bar whose buttons lost their icons
        ("微博 空间 qq", "tool"),
        ("图片", "tool"),  # a copied WeChat article's placeholder for a picture
        ("图片 图片", "tool"),
        ("图片新闻", "nav"),  # a column's name, as before
        ("精彩图片回顾", None),
        ("【字号：大中小", "meta"),  # a tool label in square brackets
    ],
)
def test_share_bar_and_picture_placeholders_are_furniture(line, kind):
    assert layout.web_furniture_kind(line) == kind


def test_bracketed_credit_without_a_colon_is_read_as_before():
    assert [(f.kind, f.value) for f in layout.meta_fields("【记者】王小明")] == [("reporter_label", "王小明")]


HEADLINE_PAGES = [
    # the headline under the breadcrumb, not the site's links above it
    ("under_breadcrumb",
     "青禾新闻网\n\n青禾新闻APP 青禾日报抖音 青禾发布 数字报刊\n首页 > 新闻 > 社区 > 正文\n\n"
     "楼道里的热心人\n\n2024-03-16 22:15:16  |  来 源:  点击:\n——记青禾街道桃源社区\n \n\n"
     "  本报记者 王小明  见习记者 李青\n\n"
     f"  {BODY}\n\n  {BODY2}\n",
     "楼道里的热心人"),
    # the headline over a bare date, under a long menu line
    ("over_bare_date",
     "青禾文明网   传播正能量 记录好时光\n"
     "文明青禾 精神建设进行时 青禾好人榜 道德模范 志愿者 文明社区 文明单位 文明校园 文明家庭 网上展馆 专题报道 "
     "图说文明 文明创建 未成年人 网络文明 志愿服务 公益广告 文明旅游\n"
     " \n  青禾文明网 >  精神建设进行时\n"
     "桃源社区“邻里守望”项目受益居民过万\n2023-11-13 14:47\n\n"
     f"  {BODY}\n\n  {BODY2}\n",
     "桃源社区“邻里守望”项目受益居民过万"),
    # the headline over a share bar whose buttons lost their icons
    ("over_share_bar",
     "青禾市民政局网站\n当前位置:首页 > 专题专栏 > 社区工作\n\n"
     "邻里守望暖人心|志愿服务进社区——记青禾市桃源社区居委会\n\n"
     "2024-10-16 11:09     来源:青禾日报\n分享 微信\n头条\n微博 空间 qq\n【字体：打印\n"
     f"{BODY}\n{BODY2}\n",
     "邻里守望暖人心|志愿服务进社区——记青禾市桃源社区居委会"),
    # picture placeholders under the headline do not join it
    ("picture_placeholders",
     "社区动态 || 桃源社区“石榴家园”共建共享新家园\n2023-08-18 00:36\n图片\n\n图片\n\n"
     f"  {BODY}\n\n  {BODY2}\n",
     # the column's name before the bars is no part of the title (round 53 p6: the t53 gold leaves
     # a name before a bar out, settling the l53 sets' split, 4 articles of 4 sets against 2)
     "桃源社区“石榴家园”共建共享新家园"),
]


@pytest.mark.parametrize("page, title", [case[1:] for case in HEADLINE_PAGES], ids=[case[0] for case in HEADLINE_PAGES])
def test_headline_is_the_line_above_the_dateline(page, title):
    [article] = articles_of(page)
    # Round 61 h8b: a headline line parted by a double dash is title and subtitle together (the
    # gold titles it by the headline alone in five tuning articles of four sets, whole in nineteen)
    assert article.title + (article.subtitle or "") == title
