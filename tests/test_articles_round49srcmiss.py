"""Round 49 (srcmiss): the record an e-paper reader leaves at the end of an article's page
(… 2024-05-06 1 1 某某日报 content_123.html 1 某某标题 /enpproperty-->) names the paper the
article was printed in; it is the article's source and no text of its body."""

from __future__ import annotations

import pytest

from shequ.articles import split_articles
from shequ.normalize import normalize

HEAD = "2024年05月06日\n第03版：社区\n\n桐林社区开设邻里议事厅\n\n"
BODY = "本报讯 5月5日上午，青禾街道桐林社区邻里议事厅正式开放，首批二十名居民代表参加议事。"

CASES = [
    # the record run into the last paragraph
    (HEAD + BODY + "（王小禾）2024-05-06 1 1 青禾日报 content_4521.html 1 2 桐林社区开设邻里议事厅 /enpproperty-->", "青禾日报"),
    # the record on a line of its own, the comment's opening left before it, a lead title in it
    (HEAD + BODY + "\n\n--> 2024-05-06 青禾街道 1 1 禾城晚报 c88310.html 1 桐林社区开设邻里议事厅 /enpproperty-->", "禾城晚报"),
]

NOT_A_RECORD = [
    # a page file named in a sentence, no reader's record: no source from it
    HEAD + BODY + "详见2024-05-06 青禾日报 content_4521.html 页面。",
    # a record without the page file: no paper to read
    HEAD + BODY + "\n\n--> 2024-05-06 1 1 桐林社区开设邻里议事厅 /enpproperty-->",
]


@pytest.mark.parametrize("text, source", CASES)
def test_articles_enpproperty_record_names_the_paper(text, source):
    articles, _ = split_articles(normalize(text), "round49srcmiss.txt")
    assert len(articles) == 1
    assert articles[0].title == "桐林社区开设邻里议事厅"
    assert articles[0].source == source
    assert "enpproperty" not in articles[0].text
    assert articles[0].text.endswith("参加议事。") or articles[0].text.endswith("（王小禾）")


@pytest.mark.parametrize("text", NOT_A_RECORD)
def test_articles_without_enpproperty_record_name_no_paper(text):
    articles, _ = split_articles(normalize(text), "round49srcmiss.txt")
    assert len(articles) == 1
    assert articles[0].source is None
