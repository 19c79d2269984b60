"""Round 61 h8c: a reprint note closing a page that names where the article came from
(转载请附上出处（某某网）, 请注明文章来源(某某中心), 《某某》由某某网提供，转载请注明出处) credits that name as
the source; a note naming none, or pointing back at the site or the writer, credits nothing.
Sentences are invented."""

from __future__ import annotations

import pytest

from contexts import article_sources
from shequ import layout

HEADLINE = "柳岸社区开展邻里互助集市活动"
BODY = (
    "近日，青禾市桃源区柳岸社区在文化广场举办邻里互助集市，三十多户居民带来闲置物品交换。"
    "社区党委书记表示，集市将每月举办一次，让闲置物品流动起来。"
)


@pytest.mark.parametrize(
    "note, source",
    [
        ("如需转载，请附上出处（青禾在线）并保留链接。", "青禾在线"),
        ("欢迎分享，转载时请注明文章来源(青禾绿源公益发展中心)。", "青禾绿源公益发展中心"),
        ("《柳岸社区开展邻里互助集市活动》由青禾新闻网-桃源网提供，转载请注明出处：http://www.example.com/a/1.html", "青禾新闻网-桃源网"),
    ],
)
def test_articles_reprint_note_naming_the_origin_credits_it(note, source):
    assert article_sources(f"{HEADLINE}\n{BODY}\n{note}") == [source]


@pytest.mark.parametrize(
    "note",
    [
        "转载请注明出处，谢谢合作。",  # names nothing
        "转载请附上出处（本网）及本页链接。",  # the site itself
        "如需转载，请注明出处（作者）。",  # the writer
        "居民们纷纷表示，由社区提供的场地很方便。",  # 由…提供 in a sentence, no reprint note
    ],
)
def test_articles_reprint_note_naming_no_origin_credits_nothing(note):
    assert article_sources(f"{HEADLINE}\n{BODY}\n{note}") == [None]


def test_layout_reprint_note_outlet_reads_the_bracketed_name_only():
    assert layout.reprint_note_outlet("并请附上出处（青禾在线）及本页链接。") == "青禾在线"
    assert layout.reprint_note_outlet("请注明出处：http://www.example.com") is None
