"""Article titles, round 42B.

An e-paper's word counter (字数：N, after the date or alone) and its page field (版次：N) on the lines
under a headline are the reader's furniture: neither the headline's tail nor the headline.
A title bar's headline with an underscore after it (…_某某热文): what follows the underscore is
the bar's column or site name, whatever its words.

Every page and line here is made up (invented outlets, places, people and numbers).
"""

from __future__ import annotations

import pytest

from contexts import PAGE_BODY as BODY
from contexts import PAGE_BODY2 as BODY2
from contexts import PAGE_HEADLINE as HEADLINE
from contexts import only_article
from shequ import layout


@pytest.mark.parametrize("line", ["字数：1523", "2031年04月09日 字数：688", "版次：07"])
def test_word_counter_line_is_a_dateline(line):
    assert layout.web_furniture_kind(line) == "meta"


def test_word_counter_is_not_the_headline_tail():
    article = only_article(f"{HEADLINE}\n2031年04月09日\n字数：1523\n版次：07\n{BODY}\n{BODY2}")
    assert article.title == HEADLINE


def test_dated_word_counter_is_not_the_headline():
    article = only_article(f"{HEADLINE}\n\n2031年04月09日 字数：688\n\n{BODY}\n\n{BODY2}")
    assert article.title == HEADLINE


def test_counter_word_in_a_headline_stays():
    # 字数 inside a headline's sentence, no field: nothing is cut
    line = "枫林小学作文课不再限定字数"
    assert layout.web_furniture_kind(line) is None


@pytest.mark.parametrize("tail", ["_枫叶热文", "_今日播报"])
def test_underscore_tail_is_cut(tail):
    article = only_article(f"{HEADLINE}{tail}\n\n2031-04-09 10:00 来源：枫林日报\n\n{BODY}\n\n{BODY2}")
    assert article.title == HEADLINE


def test_hyphen_tail_without_site_word_stays():
    # a hyphen before words that name no site or outlet: the headline's own, kept whole
    line = f"{HEADLINE}-第二期"
    article = only_article(f"{line}\n\n2031-04-09 10:00 来源：枫林日报\n\n{BODY}\n\n{BODY2}")
    assert article.title == line
