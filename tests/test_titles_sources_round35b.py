"""Article titles and sources, round 35B.

A site's contact line over the headline (新闻热线：… 举报电话：…, a phone number after a 电话/热线
label) is the page's furniture, never the headline.

Every page and line here is made up (invented outlets, places, people and numbers).
"""

from __future__ import annotations

import pytest

from contexts import PAGE_BODY as BODY
from contexts import PAGE_BODY2 as BODY2
from contexts import PAGE_HEADLINE as HEADLINE
from contexts import only_article
from shequ import layout


@pytest.mark.parametrize(
    "line",
    [
        "新闻热线：0731-5550123 举报电话：0731-5550124",
        "违法和不良信息举报电话：0999-5551234",
        "不良信息举报电话：枫林网（0999-5551234）",
        "广告热线：（0999）5551200 订阅热线：（0999）5551201",
        "爆料电话：13955501234",
    ],
)
def test_contact_line_is_furniture(line):
    assert layout.web_furniture_kind(line) == "tool"
    article = only_article(f"{line}\n\n{HEADLINE}\n\n2024-05-06 10:00 来源：枫林日报\n\n{BODY}\n\n{BODY2}")
    assert article.title == HEADLINE
    assert article.source == "枫林日报"


@pytest.mark.parametrize(
    "line",
    [
        "12345热线：一天办结群众诉求",  # a hotline's short number in a headline
        "社区开通热线电话",
        "居民拨打热线电话0731-5550123，工作人员当天就上门了。",  # a sentence
    ],
)
def test_not_a_contact_line(line):
    assert layout.web_furniture_kind(line) != "tool"


@pytest.mark.parametrize(
    "lede, outlet",
    [
        ("红网青禾县分站3月5日讯（记者 童可馨）", "红网"),  # a portal's county bureau after the place
        ("【枫林街道翠湖社区把闲置车棚改成了共享书屋】新华社青禾3月5日电（记者 邵明远）", "新华社"),  # the headline in brackets first
        ("雁城广电讯（全媒体记者 邵明远 通讯员 童可馨）", "雁城广电"),  # a city's broadcaster by its short name
    ],
)
def test_dispatch_shapes(lede, outlet):
    assert layout.lede_outlet(lede + BODY) == outlet
    article = only_article(f"{HEADLINE}\n\n{lede}{BODY}\n\n{BODY2}")
    assert article.source == outlet


def test_correspondents_before_the_outlet_in_own_dispatch():
    lede = "本报讯（通讯员 邵明远 童可馨 雁城晚报全媒体记者 陶立新）"
    article = only_article(f"{HEADLINE}\n\n{lede}{BODY}\n\n{BODY2}")
    assert article.source == "雁城晚报"
    # without the page's spaces the names cannot be told from the outlet: no source
    assert layout.reporter_credit_outlet("本报讯（通讯员邵明远童可馨雁城晚报全媒体记者陶立新）") is None


@pytest.mark.parametrize(
    "lede",
    [
        "广电讯（记者 童可馨）",  # the kind of outlet alone
        "电讯（记者 童可馨）",
        "【枫林街道翠湖社区把闲置车棚改成了共享书屋】居民们都来了。",  # a tag with no dispatch after it
    ],
)
def test_no_dispatch_outlet(lede):
    assert layout.lede_outlet(lede + BODY) is None


LEDE = "本报讯（记者 邵明远）近日，枫林街道翠湖社区把闲置的车棚改成了共享书屋，居民轮流值守，书屋每天开放到晚上九点。"


def test_first_line_of_a_two_line_headline_is_the_title():
    # the upper line is shorter than the lower, but its words are the body's
    upper, lower = "翠湖社区车棚变书屋", "枫林街道“共享书屋”开门迎客啦"
    article = only_article(f"{upper}\n\n{lower}\n\n2024-05-06 10:00 来源：枫林日报\n\n{LEDE}\n\n{BODY2}")
    assert article.title == upper
    assert lower in article.text


@pytest.mark.parametrize(
    "upper",
    [
        "民生频道热点聚焦",  # a site's column: few words of the body
        "枫林文化研究会",  # a body's name over the headline
    ],
)
def test_column_or_body_name_over_headline_is_no_title(upper):
    lower = "枫林街道翠湖社区车棚改成共享书屋"
    article = only_article(f"{upper}\n\n{lower}\n\n2024-05-06 10:00 来源：枫林日报\n\n{LEDE}\n\n{BODY2}")
    assert article.title == lower


def test_account_originality_line_under_headline_is_furniture():
    page = f"{HEADLINE}\n\n雁城时报 原创\n\n2025-08-14 09:30\n\n雁城新闻记者 邵明远\n\n{BODY}\n\n{BODY2}"
    article = only_article(page)
    assert article.title == HEADLINE
    assert article.source == "雁城新闻"  # the byline's outlet outranks the account's name


def test_account_originality_line_alone_names_the_source():
    article = only_article(f"{HEADLINE}\n\n雁城时报 原创\n\n2025-08-14 09:30\n\n{BODY}\n\n{BODY2}")
    assert article.title == HEADLINE
    assert article.source == "雁城时报"


@pytest.mark.parametrize(
    "name, outlet",
    [
        ("关注雁城网", "雁城网"),  # the follow button glued before the site's name
        ("旅游搜狐城市-雁城", "搜狐城市-雁城"),  # a portal's channel before its city site
        ("娱乐新闻网", "娱乐新闻网"),  # nothing named before the ending: as written
        ("教育导报", "教育导报"),
        ("健康时报", "健康时报"),
    ],
)
def test_glued_prefix_cut_off_the_source(name, outlet):
    assert layout.credited_outlet(name) == outlet


@pytest.mark.parametrize("name, menu", [("新闻新闻", True), ("首页新闻", True), ("雁城新闻", False), ("新闻网", False)])
def test_menu_words_name_no_outlet(name, menu):
    assert layout.is_menu_words(name) is menu
