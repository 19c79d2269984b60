"""Round 45 (src3): the outlet whose own reporter the opening paragraphs send out to the story.

A sentence of the first paragraphs opening (or after a time word) with an outlet's reporter going
out (近日，《某某法制报》记者走进… / 。某某日报记者来到…) names the source when nothing else on the page
credits one. Another outlet's reporter inside a sentence (接受某某日报记者采访) is not read, nor a
name with no outlet's shape, and a page crediting its outlet keeps that one.

Every line here is made up (invented brands, places and people).
"""

from __future__ import annotations

import pytest

from shequ import layout
from contexts import article_sources as _sources

HEADLINE = "桃源社区开设邻里食堂 独居老人吃饭不再发愁\n\n"
REST = "食堂由志愿者轮流值守，菜单每周更新一次。社区书记李青青说，下一步将把送餐范围扩大到相邻小区。\n"


@pytest.mark.parametrize(
    "paragraph, outlet",
    [
        ("近日，《青禾法制报》记者走进桃源社区，实地探访了邻里食堂。", "青禾法制报"),
        ("桃源社区是老旧小区。青禾日报记者来到社区食堂，看到老人们排队取餐。", "青禾日报"),
        ("3月5日，禾风晚报全媒体记者走访了桃源社区。", "禾风晚报"),
        ("李青青在接受青禾日报记者采访时说，食堂很受欢迎。", None),  # another outlet's reporter mid-sentence
        ("近日，社区记者走进桃源社区。", None),  # no outlet's name
        ("青禾日报记者表示，食堂很受欢迎。", None),  # no going out to the story
    ],
)
def test_visiting_reporter_outlet(paragraph, outlet):
    assert layout.visiting_reporter_outlet(paragraph) == outlet


def test_visiting_reporter_names_the_source_of_an_uncredited_page():
    text = HEADLINE + "桃源社区近日开设邻里食堂。近日，青禾日报记者走进社区食堂，看到老人们排队取餐。\n" + REST
    assert _sources(text) == ["青禾日报"]


def test_credited_outlet_wins_over_a_visiting_reporter():
    text = HEADLINE + "来源：禾风新闻网\n\n近日，青禾日报记者走进桃源社区食堂，看到老人们排队取餐。\n" + REST
    assert _sources(text) == ["禾风新闻网"]


def test_page_without_any_outlet_has_no_source():
    text = HEADLINE + "桃源社区近日开设邻里食堂，记者走进社区食堂，看到老人们排队取餐。\n" + REST
    assert _sources(text) == [None]
