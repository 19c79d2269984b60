"""Web footers, round 33: a site's disclaimer glued to the article's last paragraph is split off as
the footer it is, and the paragraph stays the article's body (the whole article was lost as one
footer before). A footer on a line of its own, or after one sentence, is furniture as before.

Every page and line here is made up (invented sites, places and people).
"""

from __future__ import annotations

import pytest

from contexts import split_page
from shequ.layout import copyright_tail, web_furniture_kind

HEADLINE = "芦湾村为八十岁以上老人办寿宴"
LAST = "重阳节当天，芦湾村在村委会礼堂为六十多位老人办了寿宴。村党支部书记程立秋向老人们送上了慰问金。"
DISCLAIMER = "本文仅代表作者观点，不代表青峦网立场。本文系作者授权青峦网发表，未经许可，不得转载。"


def test_round33_disclaimer_glued_to_the_last_paragraph_is_split_off():
    articles, furniture = split_page(f"{HEADLINE}\n{LAST}{DISCLAIMER}\n|\n")
    (article,) = articles
    assert article.title == HEADLINE
    assert article.text.endswith("送上了慰问金。")
    assert DISCLAIMER in furniture


@pytest.mark.parametrize(
    "line, tail",
    [
        (LAST + DISCLAIMER, len(LAST)),  # two finished sentences before the disclaimer
        (LAST + "版权所有：青峦网", len(LAST)),
    ],
)
def test_round33_copyright_tail_after_two_sentences(line, tail):
    assert copyright_tail(line) == tail
    assert web_furniture_kind(line) is None  # the line is body, its tail the footer


@pytest.mark.parametrize(
    "line",
    [
        DISCLAIMER,  # a footer of its own line
        "青峦网版权所有，未经许可不得转载。",
        "活动很成功。版权所有：青峦网",  # one sentence before it: still a footer line
    ],
)
def test_round33_footer_line_stays_furniture(line):
    assert copyright_tail(line) is None
    assert web_furniture_kind(line) == "copyright"


def test_round33_paragraph_without_copyright_words_has_no_tail():
    assert copyright_tail(LAST) is None
