"""Round 34: more shapes in which a page names its outlet (a dispatch whose reporters follow
without brackets, or set off from the lede by a space alone; a paper and its site joined by a
slash; a 来源 value in round brackets; a magazine's issue line under the headline).

Every page and line here is made up (invented outlets, places and people).
"""

from __future__ import annotations

import pytest

from shequ import layout
from shequ.articles import split_articles
from shequ.normalize import normalize

HEADLINE = "桃源社区开设长者助餐点\n"
LEDE = "近日，桃源社区联合青禾社工服务中心开设长者助餐点，为辖区六十余名老人提供午餐。\n"


def sources_of(raw: str) -> list[tuple[str, str | None]]:
    articles, _ = split_articles(normalize(raw), "web.txt")
    return [(a.title, a.source) for a in articles]


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("云上桃源讯记者 王小明 通讯员 李小青 近日，桃源社区开展义诊。", "云上桃源"),
        ("汇桃点讯全媒体记者 王小明 近日，桃源社区开展义诊。", "汇桃点"),
        ("青禾日报/桃源网讯 近日，桃源社区开展义诊。", "青禾日报/桃源网"),  # a paper and its site
        ("桃源/青禾讯 近日，桃源社区开展义诊。", None),  # no outlet before the slash
        ("文/王小明讯 近日，桃源社区开展义诊。", None),
        ("社区简讯记者 王小明 近日，桃源社区开展义诊。", None),
        ("青禾晚报·桃源客户端通讯员李小青", None),  # 讯 of 通讯员 is still no dispatch
    ],
)
def test_outlet_named_by_a_dispatch_before_a_reporters_title_or_a_slash(line, outlet):
    assert layout.lede_outlet(line) == outlet


@pytest.mark.parametrize(
    "lede, source",
    [
        ("汇桃点讯  " + LEDE, "汇桃点"),  # the page's space sets the dispatch off
        ("汇桃点讯" + LEDE, None),  # no space: 讯 runs on into the lede, no dispatch shape
        ("村里又传来喜讯  " + LEDE, None),  # good news (喜讯), no outlet
    ],
)
def test_a_dispatch_set_off_from_the_lede_by_a_space_alone(lede, source):
    assert sources_of(HEADLINE + lede) == [("桃源社区开设长者助餐点", source)]


@pytest.mark.parametrize(
    "value, outlet",
    [
        ("（青禾在线）", "青禾在线"),
        ("(青禾在线)", "青禾在线"),
        ("（记者 王小明）", None),  # a credit in brackets names no outlet
        ("(本站)", None),
    ],
)
def test_a_source_value_in_round_brackets(value, outlet):
    assert layout.outlet_value(value) == outlet


def test_a_source_line_with_the_outlet_in_round_brackets_closes_the_article():
    assert sources_of(HEADLINE + LEDE + "来源：（青禾在线）\n") == [("桃源社区开设长者助餐点", "青禾在线")]


@pytest.mark.parametrize(
    "line, found",
    [
        ("青禾生活 2024年6期", ("青禾生活", True)),
        ("青禾文摘·下 2023年第11期", ("青禾文摘", True)),  # the half-month's issue, the magazine named without it
        ("桃源党建（青禾） 2022年9期", ("桃源党建（青禾）", True)),
        ("2024年6期", None),
        ("青禾生活 第6期", None),  # no year: a series' number, not a magazine's issue
    ],
)
def test_a_magazines_issue_line_names_the_magazine(line, found):
    assert layout.dispatch_line_outlet(normalize(line).text) == found


def test_a_magazines_issue_line_under_the_headline_is_the_source_not_part_of_the_title():
    assert sources_of(HEADLINE + "青禾生活 2024年6期\n" + LEDE) == [("桃源社区开设长者助餐点", "青禾生活")]


LONG_LEDE = (
    "近日，桃源社区联合青禾社工服务中心开设长者助餐点，为辖区六十余名老人提供午餐。"
    "社区党委书记王晓梅介绍，助餐点每天供应两荤一素，行动不便的老人还可以预约送餐上门。\n"
)


@pytest.mark.parametrize(
    "page, source",
    [
        (HEADLINE + "\n青禾商报\n\n" + LONG_LEDE, "青禾商报"),  # under the headline, blank lines around it
        (HEADLINE + "青禾西岸报\n2023年07月12日\n" + LONG_LEDE, "青禾西岸报"),  # a paper no list knows, then the date
        ("青禾日报手机客户端\n" + HEADLINE + LONG_LEDE, "青禾日报手机客户端"),  # over the headline
        (HEADLINE + "发布时间：2023-07-17 17:56:36\n来源：\n青禾在线\n" + LONG_LEDE, "青禾在线"),  # the label's value on the next line
    ],
)
def test_an_outlet_alone_on_a_line_beside_the_headline_is_the_source_not_part_of_the_title(page, source):
    assert sources_of(page) == [("桃源社区开设长者助餐点", source)]


def test_a_name_that_is_no_outlets_under_the_headline_gives_no_source():
    [(_, source)] = sources_of(HEADLINE + "桃源社区\n" + LONG_LEDE)
    assert source is None


@pytest.mark.parametrize(
    "line, outlet_line",
    [
        ("青禾新闻网", True),
        ("青禾新闻网-青禾日报", True),
        ("青禾西岸报", True),  # a paper's name of four characters or more
        ("/新闻", False),  # the end of a breadcrumb trail
        ("王小明来源：青禾新闻", False),  # a credit and a label
        ("志愿者张贴宣传海报", False),  # a poster, not a paper
        ("桃源社区", False),
    ],
)
def test_an_outlet_line_is_nothing_but_an_outlets_name(line, outlet_line):
    assert layout.is_outlet_line(line) is outlet_line
