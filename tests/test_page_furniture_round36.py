"""Round 36 (lead): two kinds of page furniture that held other articles' places and figures.

- An e-paper reader's list of the page's headlines, run together on one line above its page bar
  (第05版 下一版 上一版 上一期 下一期), is furniture; a lede above such a bar is not.
- A site's channel menu of cities, which normalization writes without the spaces between them
  (市州频道：成都绵阳眉山…), is a list of links, like the same list parted by spaces; a chain of
  places one inside the other (四川成都锦江区) is not.
Sentences and pages written for these tests (made-up headlines and names)."""

from __future__ import annotations

import pytest

from shequ.normalize import normalize
from shequ.page_blocks import blocks
from contexts import run


HEADLINE_RUN = (
    "青禾新区百亩果园迎来丰收季桃源县开展防汛应急演练柳溪镇多举措推进移风易俗图片新闻"
    "周小军合作社带富乡邻南湾村党建引领产业兴旺星评选"
)


def kinds_of(raw: str) -> list[tuple[str, str | None]]:
    return [(b.kind, b.web) for b in blocks(normalize(raw))]


@pytest.mark.parametrize("bar", ["第05版 下一版 上一版 上一期 下一期", "第5版:综合新闻 PDF原版", "上一篇 下一篇"])
def test_headline_run_above_an_e_paper_page_bar_is_furniture(bar):
    raw = f"{HEADLINE_RUN}\n{bar}\n\n南湾村种出好日子\n\n本报讯 走进南湾村，村民正在采摘葡萄。\n"
    assert kinds_of(raw)[0] == ("furniture", "nav")


def test_headline_run_may_hold_a_comma():
    raw = f"青禾新区百亩果园迎来丰收季，桃源县开展防汛应急演练{HEADLINE_RUN[26:]}\n第03版 上一期 下一期\n"
    assert kinds_of(raw)[0] == ("furniture", "nav")


def test_a_lede_above_a_page_bar_stays_text():
    lede = "本报讯 近日，南湾村党支部组织党员志愿者走进果园，帮助留守老人采摘葡萄，并联系超市打开销路，受到村民好评。"
    assert kinds_of(f"{lede}\n第02版 上一期 下一期\n")[0] == ("body", None)


def test_a_long_line_without_a_page_bar_stays_text():
    assert kinds_of(f"{HEADLINE_RUN}\n南湾村种出好日子\n")[0][1] is None


def place_facts(text: str) -> list[str]:
    ctx = run(text, "places", "communities")
    return sorted({m.canonical for m in ctx.mentions["places"] if m.fact})


def test_a_city_channel_menu_written_together_names_no_place():
    assert place_facts("市州频道：成都绵阳眉山泸州南充\n近日，青禾社区举办邻里节。") == []
    # a menu city the article names itself stays a place of the article
    assert place_facts("市州频道：成都绵阳眉山泸州南充\n近日，南充市顺庆区举办邻里节。") == ["南充市", "顺庆区"]


def test_a_chain_of_places_written_together_is_no_menu():
    assert place_facts("近日，四川成都锦江区某社区举办邻里节。") == ["四川省", "成都市", "锦江区"]
