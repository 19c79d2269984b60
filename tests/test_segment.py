"""Segmentation at native speed gives jieba's tokens, and the Doc spaCy would build from them."""

from __future__ import annotations

import logging
import subprocess
import sys
from functools import lru_cache

import pytest
from spacy.util import get_words_and_spaces

from corpus_data import seed_paths
from shequ import segment
from shequ.articles import split_articles
from shequ.normalize import normalize
from shequ.segment import make_doc, token_offsets, tokens, words_and_spaces
from shequ.spans import token_spans
from shequ.vocabulary import USER_WORD_MIN_FREQ, user_words, vocabulary, word_freq, word_tags


@lru_cache(maxsize=1)
def jieba_reference():
    """A plain jieba Tokenizer with our user words added as the segmenter documents it."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word in user_words():
        tokenizer.add_word(word, freq=max(tokenizer.suggest_freq(word, tune=False), USER_WORD_MIN_FREQ))
    return tokenizer


def jieba_tokens(text: str) -> list[str]:
    return [w for w in jieba_reference().cut(text) if w]


def corpus_texts() -> list[str]:
    texts = []
    for path in seed_paths():
        raw = path.read_text(encoding="utf-8")
        articles, _ = split_articles(normalize(raw), path.name)
        texts += [raw] + [a.text for a in articles]
    return texts


def test_tokens_equal_jiebas_on_the_seed_clippings_and_their_articles():
    texts = corpus_texts()
    assert sum(map(len, texts)) > 30_000
    assert [t for t in texts if tokens(t) != jieba_tokens(t)] == []


@pytest.mark.parametrize("text, expected", [
    # rjieba alone keeps these runs whole inside its HMM step; jieba splits them
    ("日期：2022-05-20 09:30", ["日期", "：", "2022", "-", "05", "-", "20", " ", "09", ":", "30"]),
    ("邮箱390941702@qq.com。", ["邮箱", "390941702", "@", "qq", ".", "com", "。"]),
    ("2025.08.08洛阳网", ["2025.08", ".", "08", "洛阳", "网"]),
    ("COVID-19疫情", ["COVID", "-", "19", "疫情"]),
    ("图片_20230313094223.jpg", ["图片", "_", "20230313094223", ".", "jpg"]),
    # kept alike by both
    ("增长3.5%以上", ["增长", "3.5%", "以上"]),
    ("中国-东盟", ["中国", "-", "东盟"]),
    # CJK extension characters: each alone for jieba, joined by rjieba
    ("鿖鿗好人", ["鿖", "鿗", "好人"]),
    ("㐀㐁人民", ["㐀", "㐁", "人民"]),
    # user words stay whole
    ("开展“五社联动”项目", ["开展", "“", "五社联动", "”", "项目"]),
    ("", []),
])
def test_tokens_where_rjieba_alone_would_cut_otherwise(text, expected):
    assert tokens(text) == expected
    assert jieba_tokens(text) == expected


def test_chunked_long_text_cuts_like_one_piece(monkeypatch):
    text = "".join(corpus_texts()[:6])
    whole = tokens(text)
    monkeypatch.setattr(segment, "CHUNK_CHARS", 40)
    assert len(list(segment._chunks(text, 40))) > 100
    assert tokens(text) == whole == jieba_tokens(text)


def test_a_long_line_without_cut_points_is_one_chunk():
    text = "社区" * 30
    assert list(segment._chunks(text, 10)) == [(0, 60)]


@pytest.mark.parametrize("text", [
    "中 文", "a  b", "  前导空格", "尾随空格  ", "\n\n第二段\r\n第三段", "全角\u3000空格", "制表\t符", "   ", "x",
])
def test_words_and_spaces_equal_spacys(text):
    words = jieba_tokens(text)
    assert words_and_spaces(text, words) == get_words_and_spaces(words, text)


def test_doc_keeps_the_text_and_has_no_length_limit(monkeypatch):
    text = corpus_texts()[0]
    monkeypatch.setattr(segment.nlp(), "max_length", 100)  # nlp(text) would raise E088
    doc = make_doc(text)
    assert doc.text == text
    assert [t.text for t in doc if not t.is_space] == [w for w in jieba_tokens(text) if not w.isspace()]


def test_vocabulary_matches_jiebas_tables():
    reference = jieba_reference()
    v = vocabulary()
    assert v.total == reference.total
    assert {w: word_freq()[w] for w in user_words()} == {w: reference.FREQ[w] for w in user_words()}
    # prefixes are not words: jieba lists them with 0, the table leaves them out (same .get(w, 0))
    assert reference.FREQ["五社联"] == 0 and word_freq().get("五社联", 0) == 0
    assert word_freq()["社区"] == reference.FREQ["社区"]
    assert word_tags()["社区"] == "n" and word_tags()["我们"] == "r"
    assert "五社联动" in word_freq() and "五社联动" not in word_tags()


UGLY_SPACING = ["中 文", "a  b", "  前导空格", "尾随空格  ", "\n\n第二段\r\n第三段", "全角\u3000空格", "制表\t符", "   ", "x", "",
                "他说 “好” 。 ", "A B  C\n D", "2022 - 05 - 20  09:30 "]


@pytest.mark.parametrize("text", UGLY_SPACING)
def test_token_offsets_equal_the_docs_tokens(text):
    assert token_offsets(text) == token_spans(make_doc(text))


def test_token_offsets_equal_the_docs_tokens_on_the_seed_clippings():
    texts = corpus_texts()
    assert [t for t in texts if token_offsets(t) != token_spans(make_doc(t))] == []


def test_a_worker_loads_neither_spacy_nor_rjiebas_default_dictionary():
    """The pipeline reads token offsets, not a Doc, and builds one segmenter: a warmed worker
    has imported no spaCy and not run `rjieba/__init__` (which builds a second dictionary)."""
    code = ("import sys; from shequ.batch.jobs import warm_worker; warm_worker(); "
            "print(sorted(m for m in ('spacy', 'thinc', 'jieba', 'rjieba') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["[]"]


def test_rjieba_imported_after_the_vocabulary_is_the_same_extension():
    import rjieba

    assert type(vocabulary().segmenter) is rjieba.Jieba
    assert rjieba.cut("社区工作") == ["社区", "工作"]


def test_an_article_context_builds_its_spacy_doc_only_when_asked():
    """Workers never build a Doc, but `ctx.doc` is the article's spaCy Doc whose tokens are
    the spans the extractors read."""
    from shequ.mentions import ArticleContext

    articles, _ = split_articles(normalize("青禾市桃源社区 成立“邻里帮”志愿服务队，服务居民 300 余人次。\n"), "a.txt")
    text = articles[0].text
    ctx = ArticleContext(article=articles[0], sentences=[(0, len(text))], token_offsets=token_offsets(text))
    assert ctx.spacy_doc is None
    assert ctx.doc.text == text
    assert token_spans(ctx.doc) == ctx.tokens.spans
