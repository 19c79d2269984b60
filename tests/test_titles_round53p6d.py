"""Round 53 (titles and sources, p6d): a credit line at an article's head is no part of its title.
An outlet signing a line with no reporter's name (某某日报调研组 over a report, 某某网视频截图
under a headline) is a byline naming the source; a writer's credit 文/张三 李四 is a byline; an
outlet's nameless reporter credit keeps a mark before it (□某某日报/某某新闻记者)."""

from __future__ import annotations

import pytest

from pipeline import layout
from shequ.articles import split_articles
from shequ.normalize import normalize

HEADLINE = "托管班开进楼道 暖心陪伴留守少年"
BODY = (
    "近日，青禾市柳岸街道梧桐社区组织大学生志愿者开办寒假托管班，为辖区二十余名孩子提供作业辅导和兴趣课程。\n\n"
    "社区负责人介绍，托管班将持续开放至开学前，所有课程均免费向居民开放。"
)


def _read(text: str) -> list[tuple[str, str | None]]:
    articles, _ = split_articles(normalize(text + "\n" + BODY), "round53p6d.txt")
    return [(article.title, article.source) for article in articles]


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [("青禾日报调研组", "青禾日报"), ("青禾网视频截图", "青禾网")],
)
def test_outlet_credit_under_headline_gives_the_source(credit, outlet):
    assert _read(HEADLINE + "\n" + credit + "\n") == [("托管班开进楼道暖心陪伴留守少年", outlet)]


def test_outlet_credit_under_a_dash_headline():
    assert _read("——托管班开进楼道的柳岸实践\n青禾日报调研组\n") == [("托管班开进楼道的柳岸实践", "青禾日报")]


def test_credit_word_after_no_outlet_stays_in_the_headline():
    # 调研组 after a name that is no outlet's: the line is the headline's tail as before
    assert layout.outlet_credit_outlet("梧桐社区调研组") is None
    assert layout.outlet_credit_outlet("青禾日报调研组") == "青禾日报"


def test_writer_credit_alone_is_no_title():
    assert _read("文/张小明 李大为 王五\n") == [("", None)]


def test_writer_credit_under_headline_is_no_tail():
    assert _read("托管班开进楼道\n文/张小明\n") == [("托管班开进楼道", None)]


def test_marked_nameless_credit_of_paper_and_app_is_no_title():
    assert _read("□青禾日报/柳岸新闻记者\n张小明李大为\n")[0][0] == ""


def test_nameless_credit_with_no_outlet_stays_a_heading():
    # 记者 after words that name no outlet: no byline, the line may head the article
    assert _read("□走进梧桐社区的记者\n")[0][0] != ""
