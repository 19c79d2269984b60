"""Titles, round 39: a reporters' byline whose outlet is an app and its paper joined by a dash,
opens with a 文、图/ credit, or puts an underscore after the title, is a byline, never the
headline. Made-up pages and names."""

from __future__ import annotations

import pytest

from contexts import PAGE_BODY, PAGE_BODY2, PAGE_HEADLINE, split_page
from shequ import layout
from shequ.page_blocks import _kind

BYLINES = [
    ("新枫林-青禾日报 记者 柏青禾 邝雨桐", "青禾日报"),
    ("文、图/青禾晚报全媒体记者 柏青禾 通讯员 邝雨桐 单举帆", "青禾晚报"),
    ("本报记者_柏青禾", None),
]


@pytest.mark.parametrize("line, outlet", BYLINES)
def test_round39_byline_shapes_are_bylines(line, outlet):
    clean = line.replace(" ", "")
    assert _kind(clean) == "byline"
    assert layout.byline_outlet(clean) == outlet


@pytest.mark.parametrize("line", [BYLINES[0][0], BYLINES[2][0]])
def test_round39_byline_under_headline_is_not_the_title(line):
    articles, _ = split_page(f"{PAGE_HEADLINE}\n\n{line}\n\n{PAGE_BODY}\n{PAGE_BODY2}\n")
    assert [a.title for a in articles] == [PAGE_HEADLINE]


# A dash inside a heading that names no reporter stays a heading.
@pytest.mark.parametrize("line", ["枫林-翠湖共建议事会", "2031-04-02翠湖社区议事会"])
def test_round39_dashed_heading_without_reporter_is_no_byline(line):
    assert _kind(line) != "byline"


def test_round39_dashed_outlet_byline_names_the_paper_and_its_reporters():
    articles, _ = split_page(f"{PAGE_HEADLINE}\n\n{BYLINES[0][0]}\n\n{PAGE_BODY}\n{PAGE_BODY2}\n")
    (article,) = articles
    assert article.source == "青禾日报"
    assert [(c.name, c.title) for c in article.credits] == [("柏青禾", "新枫林-青禾日报记者"), ("邝雨桐", "新枫林-青禾日报记者")]
