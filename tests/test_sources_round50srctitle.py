"""Round 50 (srctitle): the name after a dateline's date and time is the page's publisher when
it is a paper (某某公益报), an outlet and its channel (某某网-某某频道) or a body
(某某市某某局), not only a known outlet; an author there (a person's name) is still no source."""

from __future__ import annotations

import pytest

from shequ import layout
from shequ.articles import split_articles
from shequ.normalize import normalize

DATELINES = [
    ("2023-04-11 09:26:30    禾川公益报", "禾川公益报"),
    ("2023-04-11 09:26 青禾网-桐林频道", "青禾网-桐林频道"),
    ("2023-04-11 09:26 青禾市住房和城乡建设局", "青禾市住房和城乡建设局"),
    ("2023-04-11 09:26 周禾苗", None),  # an author after the date
]


@pytest.mark.parametrize("line, outlet", DATELINES)
def test_sources_publisher_after_dateline_time(line, outlet):
    assert layout.bare_dateline_outlet(line) == outlet


def test_articles_publisher_after_dateline_is_source():
    text = (
        "桐林社区开设邻里议事厅\n\n2023-04-11 09:26:30    禾川公益报\n\n"
        "4月10日上午，青禾街道桐林社区邻里议事厅正式开放，首批二十名居民代表参加议事。"
    )
    articles, _ = split_articles(normalize(text), "round50srctitle.txt")
    assert len(articles) == 1
    assert articles[0].title == "桐林社区开设邻里议事厅"
    assert articles[0].source == "禾川公益报"
