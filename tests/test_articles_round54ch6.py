"""Round 54c h6: a reporters' credit in brackets under the body is read like the credit lines
before it, names cut where the page set them apart. Two shapes were lost: the credit closing
the last paragraph on the same line (…结束。（记者 张三 通讯员 李四）), read only by the people
extractor's credit run, which dropped a given name ending in a character of prose (…里, …人);
and a credit on a line of its own whose titles a slash parts (（记者 张三/通讯员 李四）), read as
a heading, its first name lost. Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from shequ.articles import split_articles
from shequ.normalize import normalize

HEAD = "青禾街道开展垃圾分类宣传\n"
BODY = "近日，青禾街道各社区开展垃圾分类宣传，志愿者走进楼道发放手册200余份。"


def credits(text: str) -> list[tuple[str, str]]:
    articles, _ = split_articles(normalize(text), "round54ch6.txt")
    return [(credit.name, credit.title) for article in articles for credit in article.credits]


CREDITED = [
    # closing the paragraph on its line: each name as the page's spaces part them
    (HEAD + BODY + "（记者 罗千里 通讯员 孔令杰）", [("罗千里", "记者"), ("孔令杰", "通讯员")]),
    (HEAD + BODY + "(通讯员 邵树人)", [("邵树人", "通讯员")]),
    (HEAD + BODY + "（记者：梁晓雯）", [("梁晓雯", "记者")]),
    # a line of its own, a slash between the titles
    (HEAD + BODY + "\n\n(记者 蒙秋/通讯员 覃志远)\n\n网友评论", [("蒙秋", "记者"), ("覃志远", "通讯员")]),
    (HEAD + BODY + "\n（本报记者 韩雪／通讯员 陆一鸣 付强）", [("韩雪", "本报记者"), ("陆一鸣", "通讯员"), ("付强", "通讯员")]),
]

NOT_CREDITED = [
    # (a paragraph before them: the first paragraph's opening bracket is a dispatch line's)
    # the bracket inside the sentence, before its end: an aside, no closing credit
    HEAD + BODY + "\n" + "青禾街道请来记者（记者 罗千里）讲解新闻写作，居民踊跃参与。",
    # a bracket of prose after the sentence: no reporter's title opens it
    HEAD + BODY + "（据青禾街道统计）",
    # names run together with no gap on the page: the cut is the people extractor's to make
    HEAD + BODY + "（记者罗千里孔令杰）",
]


@pytest.mark.parametrize("text, expected", CREDITED)
def test_round54ch6_credit_under_the_body_names_its_reporters(text, expected):
    assert credits(text) == expected


@pytest.mark.parametrize("text", NOT_CREDITED)
def test_round54ch6_bracket_that_closes_no_paragraph_credits_nobody(text):
    assert credits(text) == []
