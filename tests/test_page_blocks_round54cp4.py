"""Round 54c p4: a column's or feature's label alone in lenticular brackets on its line
(【周末调查】, 【某某工作·某部某报合办】) is a rubric, never the headline: a page that opens with
one over its byline or lede has no title, and one over a headline leaves the headline the
title. The labelled sets give such pages no title (two tuning articles of two sets); a bulk
page had one taken as its title too. A bar inside the brackets parts a column from a
headline (【民生|…】), a colon makes a credit field (【编辑：…】), and a tag run into the
headline (【关爱服务】杏湾社区…) heads it: those stay as they were. Sentences are invented."""

from __future__ import annotations

import pytest

from shequ.articles import split_articles
from shequ.normalize import normalize
from shequ.page_blocks import blocks

BODY = "近日，青禾市桐林街道杏湾社区组织居民成立楼道议事小组，首批十二个楼道完成自治公约签订。"
HEADLINE = "杏湾社区楼道议事小组开到家门口"


def kinds(text: str) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in blocks(normalize(text))]


@pytest.mark.parametrize("label", ["【周末调查】", "【基层治理工作·市委宣传部、青禾日报合办】", "【记者走基层 一线看变化】"])
def test_page_blocks_bracketed_label_alone_is_rubric(label):
    assert kinds(label + "\n" + BODY)[0] == ("rubric", label.replace(" ", ""))


@pytest.mark.parametrize(
    "line, kind",
    [
        ("【民生|杏湾社区邻里食堂开门迎客】", "heading"),  # a headline inside the brackets, after its column
        ("【关爱服务】杏湾社区开展独居老人探访", "heading"),  # a tag run into the headline
    ],
)
def test_page_blocks_bracketed_headline_is_no_rubric(line, kind):
    assert kinds(line + "\n" + BODY)[0] == (kind, line)


def test_page_blocks_bracketed_credit_field_is_no_rubric():
    assert all(kind != "rubric" for kind, _ in kinds(BODY + "\n【编辑：李文】"))


def test_articles_label_over_lede_gives_no_title():
    articles, _ = split_articles(normalize("【基层治理工作·市委宣传部、青禾日报合办】\n" + BODY), "round54cp4.txt")
    assert [article.title for article in articles] == [""]


def test_articles_label_over_byline_gives_no_title():
    articles, _ = split_articles(normalize("【周末调查】\n本报记者 王立 陈晨\n" + BODY), "round54cp4.txt")
    assert [article.title for article in articles] == [""]


def test_articles_label_over_headline_leaves_headline_title():
    articles, _ = split_articles(normalize("【周末调查】\n" + HEADLINE + "\n" + BODY), "round54cp4.txt")
    assert [article.title for article in articles] == [HEADLINE]
    assert ("rubric", "【周末调查】") in {(item.kind, item.text) for item in articles[0].furniture}


# Round 57 h8: the tag run into the headline is still a heading here (no rubric line), but it
# leaves the title: the t53–g56 labelling decision and the gold of four tuning articles of three
# later sets and one dev article leave a column's tag out (tests/test_articles_round57h8.py).
def test_articles_tag_run_into_headline_leaves_the_title():
    line = "【关爱服务】杏湾社区开展独居老人探访"
    articles, _ = split_articles(normalize(line + "\n" + BODY), "round54cp4.txt")
    assert [article.title for article in articles] == ["杏湾社区开展独居老人探访"]
