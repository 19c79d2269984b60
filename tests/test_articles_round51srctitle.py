"""Round 51 (srctitle): a clipping that lost its headline opens with the subtitle's dash line
(——某某社区探索楼道自治新路径); the dash joined it to the lost headline and is no part of the
title. A dash inside a headline, or a headline too short after it, is left alone."""

from __future__ import annotations

import pytest

from shequ.articles import split_articles
from shequ.normalize import normalize

BODY = "近日，青禾市桐林街道杏湾社区组织居民成立楼道议事小组，首批十二个楼道完成自治公约签订。"

CASES = [
    ("——杏湾社区探索楼道自治新路径\n" + BODY, "杏湾社区探索楼道自治新路径"),
    ("—— 桐林街道以邻里公约撬动楼道自治\n" + BODY, "桐林街道以邻里公约撬动楼道自治"),
    # a dash in the middle is the headline's own
    ("楼道里的小议事——杏湾社区探索自治新路径\n" + BODY, "楼道里的小议事——杏湾社区探索自治新路径"),
]


@pytest.mark.parametrize("text, title", CASES)
def test_articles_orphan_subtitle_dash_leaves_the_title(text, title):
    articles, _ = split_articles(normalize(text), "round51srctitle.txt")
    assert len(articles) == 1
    assert articles[0].title == title


def test_articles_dash_before_a_short_rest_stays():
    # five characters after the dash are too few for a headline: the line is left as printed
    articles, _ = split_articles(normalize("——杏湾纪事\n" + BODY), "round51srctitle.txt")
    assert [article.title for article in articles] == ["——杏湾纪事"]


def test_articles_untitled_body_gets_no_title():
    articles, _ = split_articles(normalize(BODY), "round51srctitle.txt")
    assert [article.title for article in articles] == [""]


# A byline led by the work it credits (文|, 文、图/), set under the page's summary: the outlet
# before the reporter's title is the source (in book-title marks, with the publication's kind
# after them, or a brand's bare name).
HEAD = "桐林社区邻里食堂开门迎客\n\n"
SUMMARY = "社区食堂由居民议事会选址，街道出资改造旧仓库。\n\n"
STORY = "“饭菜热乎，价钱也实在。”10月8日中午，在青禾市桐林街道杏湾社区邻里食堂，退休教师周大爷一边吃饭一边说。\n"

CREDITED = [
    (HEAD + SUMMARY + "文|《青禾观察》记者 钟小岚\n\n" + STORY, "青禾观察"),
    (HEAD + SUMMARY + "文|《禾城》新闻周刊记者钟小岚\n\n" + STORY, "禾城"),
    (HEAD + SUMMARY + "文、图/禾城派记者 钟小岚 任一帆\n\n" + STORY, "禾城派"),
]

NOT_CREDITED = [
    HEAD + "文/本报记者 钟小岚\n\n" + STORY,  # the paper's own reporter names no outlet
    HEAD + SUMMARY + "文/图 钟小岚\n\n" + STORY,  # a writer's credit without an outlet
]


@pytest.mark.parametrize("text, source", CREDITED)
def test_articles_work_credited_byline_names_the_outlet(text, source):
    articles, _ = split_articles(normalize(text), "round51srctitle.txt")
    assert [(article.title, article.source) for article in articles] == [("桐林社区邻里食堂开门迎客", source)]


@pytest.mark.parametrize("text", NOT_CREDITED)
def test_articles_work_credit_without_outlet_names_none(text):
    articles, _ = split_articles(normalize(text), "round51srctitle.txt")
    assert [(article.title, article.source) for article in articles] == [("桐林社区邻里食堂开门迎客", None)]
