"""Round 55 (p2): junk shapes a bulk read found, removed by general rules.

Quantities: a plenary session's number after its term's (十二届六次全会), a building's number that
opens a clause and owns what follows (，6栋的楼长…), a village group's number after a preposition of
place (在三组), a verbal 口 after a verb (吃两口。), a distance moved (滚了两米多远); what a figure
counts is never another figure's measure word (20支|万余人的) nor a predicate opened by a verb glued
to 在/于 (13组|设在社区).
Titles: a byline closed by its paper's imprint (本报记者 张三《某某日报》（…5版）), a craft's label
before a byline (视频摄制：…记者 张三摄) and a desk's credit (某某区：张三 李四 报道) are credit
lines, never headlines; under an e-paper's page bar the first line is the headline even when it
ends like a site's name (…网). Sentences and pages are invented."""

from __future__ import annotations

import pytest

from contexts import NEWS_BODY as BODY, quantity_facts
from shequ.api import extract
from shequ.articles import split_articles
from shequ.normalize import normalize


def _counts(text: str) -> list[tuple[str, float, str, str | None]]:
    return [(q.evidence[0].text, q.value, q.unit, q.subject) for sheet in extract(text) for q in sheet.quantities]


@pytest.mark.parametrize(
    "text",
    [
        "青禾区委九届四次全会部署了今年的民生实事。",  # which session of the term
        "桃源街道开展楼道故事分享会。6栋的楼长陈阿姨介绍说，楼里的老人她都熟。",  # whose building
        "“您在三组一片竹林附近，我们马上过来！”网格员在电话里说。",  # where someone is
        "老人说，以前中午就是随便对付两口，现在能吃上热饭。",  # bites, not people
        "他脚下一滑，顺着坡滚了两米多远。",  # how far he fell
    ],
)
def test_junk55p2_figures_that_count_nothing_yield_no_fact(text: str) -> None:
    assert quantity_facts(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count of sessions, no term before it
        ("今年社区共召开了六次议事会。", [("六次", 6, "次", "议事会")]),
        # a count of buildings after a verb
        ("街道今年改造了6栋的外墙。", [("6栋", 6, "栋", "外墙")]),
        # 口 with its noun after it counts wells
        ("村里新打了三口井。", [("三口", 3, "口", "井")]),
        # a count of groups read after a verb of having, no preposition of place
        ("全村共有12组村民小组。", [("12组", 12, "组", "村民小组")]),
        # a place's distance, no verb of moving before it
        ("服务站离社区大门只有50米远。", [("50米", 50, "米", "社区大门")]),
    ],
)
def test_junk55p2_look_alikes_keep_their_fact(text: str, expected: list) -> None:
    assert [(t, v, u, s) for t, v, u, s in _counts(text)] == expected


@pytest.mark.parametrize(
    "text, counted, about",
    [
        # the count before names the teams; the second figure is not about their measure word
        ("由退休教師、熱心居民等志願者組成了12支萬餘人的『鄰里守望』志願服務隊。", "万余人", None),
        # what follows the figure is where the hotlines are
        ("镇上开了1组热线，还有7组设在所辖村（含5个行政村和2个社区）的热线。", "7组", None),
    ],
)
def test_junk55p2_about_is_no_measure_word_or_predicate(text: str, counted: str, about: str | None) -> None:
    assert [s for t, _, _, s in _counts(text) if t == counted] == [about]


def _article(raw: str):
    articles, _ = split_articles(normalize(raw), "junk55p2.txt")
    return articles[0]


@pytest.mark.parametrize(
    "raw, title, source",
    [
        # a headline, then the byline with its paper's imprint
        ("柳岸：志愿服务温暖独居老人\n\n本报记者 王 晓《 青禾日报 》（ 2020年3月4日   5 版）\n\n" + BODY,
         "柳岸：志愿服务温暖独居老人", "青禾日报"),
        # a desk's credit over an untitled body
        ("\n桃源区：李明 赵芳 报道\n" + BODY, "", None),
        # an e-paper's page bar, then the headline ending like a site's name, then the subtitle
        ("当前版: B2版 上一版  下一版\n\n社工联手邻里共织关爱网\n\n引入公益资源 填补街坊发展需求\n\n  文/青禾日报全媒体记者王晓\n\n  " + BODY,
         "社工联手邻里共织关爱网", "青禾日报"),
    ],
)
def test_junk55p2_credit_lines_are_no_headline(raw: str, title: str, source: str | None) -> None:
    article = _article(raw)
    assert (article.title, article.source) == (title, source)


def test_junk55p2_a_site_line_over_a_headline_stays_the_source_without_a_page_bar() -> None:
    article = _article("青禾新闻网\n\n柳岸社区志愿者走访独居老人送温暖\n\n" + BODY)
    assert (article.title, article.source) == ("柳岸社区志愿者走访独居老人送温暖", "青禾新闻网")


def test_junk55p2_craft_label_is_no_title_and_no_part_of_the_role() -> None:
    raw = ("柳岸：志愿者走进社区送服务\n\n青禾新闻网 2021-09-14 08:05:17\n\n    视频摄制：青禾日报记者王晓摄\n\n"
           "    青禾新闻网9月14日讯（青禾日报记者王晓）今天，柳岸社区组织志愿者走访辖区独居老人，送去生活物资。\n")
    article = _article(raw)
    assert article.title == "柳岸：志愿者走进社区送服务"
    assert {(c.name, c.title) for c in article.credits} == {("王晓", "青禾日报记者")}


def test_junk55p2_writer_lead_is_no_part_of_the_role() -> None:
    raw = "柳岸社区志愿者走访独居老人\n\n文/青禾日报全媒体记者王晓\n\n" + BODY
    assert [(c.name, c.title) for c in _article(raw).credits] == [("王晓", "青禾日报全媒体记者")]
