"""Round 50 (webtools): the tool lines of a web page are furniture by kind, never its headline:
font-size bars however a site words its sizes (大号 中号 小号 / T小字 T大字), the read-aloud player
(进入播报模式 / 退出播报模式), scan-to-read prompts (微信扫码 扫码下载客户端), a screen-reader notice,
the labels of a font-size, category or trending-search field, and a site's welcome banner
(欢迎访问某某网！). A line of text that merely holds such a word stays text."""

from __future__ import annotations

import pytest

from contexts import page_titles
from shequ import layout
from shequ.normalize import normalize

HEADLINE = "青禾市梧桐社区：助老食堂开进楼道 暖心饭菜送到家门口"
BODY = (
    "近日，青禾市柳岸街道梧桐社区联合辖区餐饮企业开办助老食堂，为社区八十岁以上老人提供午餐配送服务。\n\n"
    "社区负责人介绍，食堂将长期开放，所有菜品均按成本价向老人供应。"
)
TITLE = "青禾市梧桐社区：助老食堂开进楼道暖心饭菜送到家门口"


@pytest.mark.parametrize(
    "tools",
    [
        "2031-03-05 来源：柳岸融媒\n大号 中号 小号\n打印",
        "来源：柳岸融媒 | 2031-03-05\nT小字 T大字",
        "语音播报\n语音合成中，请耐心等待...\n进入播报模式\n语音播报\n退出播报模式\n日期：2031-03-05",
        "梧桐快讯 | 2031-03-05 10:12:40\n扫码下载客户端 微信扫码",
        "2031-03-05 来源：本网\n提示：您已离开导航区1",
        "2031-03-05 来源：本网\n【字体大小：",
    ],
)
def test_titles_tool_lines_under_headline_stay_out_of_it(tools):
    assert page_titles(HEADLINE + "\n" + tools + "\n\n" + BODY) == [TITLE]


@pytest.mark.parametrize(
    "banner",
    [
        "欢迎访问柳岸长安网，柳岸区委政法委员会主办！",
        "欢迎关注青禾慈善会官方微信",
        "您好，欢迎访问梧桐社工服务站官方网站！",
        "热搜：",
    ],
)
def test_titles_banner_over_headline_is_not_it(banner):
    assert page_titles(banner + "\n\n" + HEADLINE + "\n2031-03-05 来源：柳岸融媒\n\n" + BODY) == [TITLE]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("大号 中号 小号", "tool"),
        ("T小字 T大字", "tool"),
        ("退出播报模式", "tool"),
        ("扫码下载客户端 微信扫码", "tool"),
        ("欢迎访问 柳岸在线网！", "tool"),
        ("小号手吹响集结号", None),
        ("大字报", None),
        ("欢迎访问梧桐社区的居民代表们在会上发了言。", None),
        ("温馨提示：请各位居民错峰取餐", None),
    ],
)
def test_titles_tool_kinds_by_pattern_and_lexicon(line, kind):
    assert layout.web_furniture_kind(normalize(line).text) == kind
