"""Web pages saved as text, round 18: outlets named with words glued to them (a site word in a
copyright footer, a channel after a known portal without a dash), a 来源 field holding the page
editor's role, the material's source among closing credits, a publisher's dateline closed by a
bare counter, a subtitle set between the headline and the dateline, and a headline numbered in
Chinese numerals over its repeat.

Every page and line here is made up (invented outlets, places and people).
"""

from __future__ import annotations

import pytest

from shequ import layout
from shequ.articles import split_articles
from shequ.normalize import normalize

BODY = "近日，桃源街道青禾社区联合辖区学校开展邻里互助活动，三十余名志愿者为老人理发、测血压。"
BODY2 = "活动现场，社工向居民介绍了社区的助老服务项目，居民们纷纷表示受益匪浅。"


def articles_of(raw: str):
    articles, _ = split_articles(normalize(raw), "web.txt")
    return articles


@pytest.mark.parametrize(
    "name, head",
    [
        ("青禾网网站", "青禾网"),  # the site word glued to the outlet
        ("青禾日报官网", "青禾日报"),
        ("中国网桃源风采", "中国网"),  # a known portal and its channel, no dash between
        ("青禾日报", None),  # an outlet's name already
        ("青禾网格服务中心", None),  # 网 inside a body's name: no outlet opens it
        ("桃源社区", None),
        ("中国网", None),
    ],
)
def test_outlet_opening_a_longer_name(name, head):
    assert layout.outlet_head(name) == head


@pytest.mark.parametrize(
    "value, outlet",
    [
        ("中国网桃源风采", "中国网"),
        ("青禾网网站", "青禾网"),
        ("网站编辑", None),  # the page editor's role in the 来源 field
        ("小编", None),
        ("管理员", None),
        ("桃源社区", "桃源社区"),  # a body named as 来源 stays the source
    ],
)
def test_outlet_of_a_source_value(value, outlet):
    assert layout.outlet_value(value) == outlet


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("版权声明@青禾网网站版权所有", "青禾网"),
        ("青禾新闻网版权所有，未经授权禁止复制", "青禾新闻网"),
        ("版权所有：桃源区民政局", None),  # a department owning its site is no outlet
    ],
)
def test_outlet_of_a_copyright_footer_with_a_site_word(line, outlet):
    assert layout.copyright_outlet(line) == outlet


@pytest.mark.parametrize(
    "line, name",
    [
        ("桃源区民政局 2024-05-16 0", "桃源区民政局"),  # a bare counter closes the dateline
        ("桃源区民政局 2024-05-16 1207", "桃源区民政局"),
        ("桃源区民政局 2024-05-16", "桃源区民政局"),
        ("2024-05-16 8", None),
        ("青禾社区开展义诊 2024-05-16 活动", None),
    ],
)
def test_publisher_dateline_closed_by_a_bare_counter(line, name):
    assert layout.bare_dateline(line) == name


def test_publisher_dateline_with_counter_under_headline_gives_the_source():
    page = f"青禾社区开展邻里互助活动温暖老人\n\n桃源区民政局 2024-05-16 0\n\n{BODY}\n\n{BODY2}"
    [article] = articles_of(page)
    assert article.title == "青禾社区开展邻里互助活动温暖老人"
    assert article.source == "桃源区民政局"


def test_subtitle_between_headline_and_dateline_leaves_the_headline():
    page = (
        "您的当前位置：首页 > 新闻频道 > 社会新闻\n\n"
        "桃源街道社工开展寒假关爱留守儿童服务活动\n\n"
        "让孩子们过个暖冬\n\n"
        "2025-02-11 09:43:00 来源：青禾日报\n\n"
        f"{BODY}\n\n{BODY2}"
    )
    [article] = articles_of(page)
    assert article.title == "桃源街道社工开展寒假关爱留守儿童服务活动"
    assert article.source == "青禾日报"


def test_column_name_over_headline_above_dateline_is_not_the_headline():
    page = f"社区动态\n\n青禾社区开展邻里互助活动温暖老人\n\n2025-02-11 09:43:00 来源：青禾日报\n\n{BODY}\n\n{BODY2}"
    [article] = articles_of(page)
    assert article.title == "青禾社区开展邻里互助活动温暖老人"


def test_headline_numbered_in_chinese_numerals_over_its_repeat_loses_the_number():
    page = f"青禾社区的志愿者们忙碌在楼栋间（ 三 ）\n\n\n青禾社区的志愿者们忙碌在楼栋间\n\n{BODY}\n\n{BODY2}"
    [article] = articles_of(page)
    assert article.title == "青禾社区的志愿者们忙碌在楼栋间"


def test_headline_with_a_chinese_numeral_and_no_repeat_keeps_it():
    page = f"青禾社区志愿服务的十件实事（十）\n\n{BODY}\n\n{BODY2}"
    [article] = articles_of(page)
    assert article.title == "青禾社区志愿服务的十件实事（十）"


def test_source_field_holding_the_editors_role_names_no_outlet():
    page = f"青禾社区首届邻里节热闹开幕\n\n（来源：网站编辑 2019-10-28 14:28)\n\n{BODY}\n\n{BODY2}"
    [article] = articles_of(page)
    assert article.title == "青禾社区首届邻里节热闹开幕"
    assert article.source is None


def test_material_source_among_closing_credits_names_the_outlet():
    page = (
        f"青禾社区党群服务中心正式启用\n\n发布时间：2022-03-31\n\n{BODY}\n\n{BODY2}\n\n"
        "◆文/记者 王小明 通讯员 李小青\n◆编辑：张小红\n◆素材来源：青禾日报\n"
    )
    [article] = articles_of(page)
    assert article.source == "青禾日报"


def test_copyright_footer_with_a_site_word_names_the_outlet():
    page = f"第A04版：社区\n\n本报讯 {BODY}\n\n{BODY2}\n\n版权声明 @ 青禾网 网站版权所有 |"
    [article] = articles_of(page)
    assert article.source == "青禾网"


# Round 30: a credited source keeps an outlet's app or channel and a combined attribution as
# written (the labelled sets of rounds 27–30 do); a dispatch line still names the outlet before it.
@pytest.mark.parametrize(
    "name, credited",
    [
        ("青禾日报客户端", "青禾日报客户端"),  # the paper and its app, written together
        ("桃源都市报手机客户端", "桃源都市报手机客户端"),
        ("青禾在线桃源频道", "青禾在线桃源频道"),  # a portal and its regional channel
        ("青禾新闻网桃源频道", "青禾新闻网桃源频道"),
        ("桃源1频道-青禾网", "桃源1频道-青禾网"),  # a programme's brand before the outlet carrying it
        ("青禾网-桃源客户端", "青禾网-桃源客户端"),  # the portal and its app
        ("青禾网-河西晚报", "河西晚报"),  # a site and the paper it carries: the paper (round 48)
        ("桃源社区-青禾街道", "桃源社区-青禾街道"),  # no outlet: kept
        ("青禾新闻网", "青禾新闻网"),
    ],
)
def test_credited_outlet_keeps_its_app_or_channel(name, credited):
    assert layout.credited_outlet(name) == credited


@pytest.mark.parametrize(
    "lede, source",
    [
        # round 31: the dispatch credits the outlet with its app or channel, as written
        ("青禾日报客户端讯（记者 王小明）近日，桃源社区开展邻里互助活动。", "青禾日报客户端"),
        ("青禾在线桃源频道消息：近日，桃源社区开展邻里互助活动。", "青禾在线桃源频道"),
        # round 61 (h8): a province's channel is the outlet's edition; the gold of four tuning
        # articles of four sets (a portal's and a news agency's provincial channels) credits the
        # outlet alone
        ("青禾在线黑龙江频道消息（李小青）：近日，桃源社区开展邻里互助活动。", "青禾在线"),
    ],
)
def test_dispatch_of_an_outlets_app_or_channel_credits_the_outlet(lede, source):
    page = f"桃源社区开展邻里互助活动温暖老人\n\n{lede}{BODY}\n\n{BODY2}"
    [article] = articles_of(page)
    assert article.source == source


def test_source_label_with_a_programme_brand_before_the_outlet():
    page = f"桃源社区开展邻里互助活动温暖老人\n\n2025-08-16 09:15:55 来源：桃源1频道-青禾网\n\n{BODY}\n\n{BODY2}"
    [article] = articles_of(page)
    assert article.source == "桃源1频道-青禾网"  # the attribution as written (round 30)


def test_one_step_trail_after_a_position_label_is_a_breadcrumb():
    page = (
        "今天是\nX\n您现在的位置：首页 > 社区之窗\n\n社区之窗\n\n"
        f"青禾供电所党员服务队走进桃源社区慰问老人\n\n作者：王小明  2010-07-19\n\n{BODY}\n\n{BODY2}"
    )
    [article] = articles_of(page)
    assert article.title == "青禾供电所党员服务队走进桃源社区慰问老人"


def test_one_step_field_without_a_position_label_is_no_breadcrumb():
    from shequ.page_blocks import Block
    from shequ.web_page import _is_breadcrumb_block

    assert _is_breadcrumb_block(Block("meta", 0, 10, "您现在的位置：首页>社区之窗"))
    assert not _is_breadcrumb_block(Block("meta", 0, 10, "栏目：社区>动态"))


def test_menu_with_bars_over_headline_above_dateline_is_not_the_headline():
    page = (
        "青禾创业孵化基地 | 青禾产学合作服务中心\n\n"
        "公益创投打破地域界限\n"
        "2015-12-30 08:25:34   来源：青禾日报    点击：\n\n"
        f"{BODY}\n\n{BODY2}"
    )
    [article] = articles_of(page)
    assert article.title == "公益创投打破地域界限"


def test_headline_printed_again_over_the_body_is_no_subtitle():
    page = (
        "青禾市社会组织公益创投大赛启动申报工作\n\n"
        "公益创投打破地域界限\n"
        "2015-12-30 08:25:34   来源：青禾日报\n\n"
        "公益创投打破地域界限\n\n"
        f"{BODY}\n\n{BODY2}"
    )
    [article] = articles_of(page)
    assert article.title == "公益创投打破地域界限"
