"""People, round 45 people. Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


# An adverb of contrast or of an ongoing act (却, 正) right after a two-character name after a
# title opens the predicate: it is no third given character. A speech verb right after it keeps
# the longer name (正 is then given), and punctuation after it is no predicate.
PREDICATE_ADVERB_CASES = [
    ("社区网格员蔺秋正通过手机查看居民留言。", [("蔺秋", "社区网格员")]),
    ("社区网格员蔺秋正在查看居民留言。", [("蔺秋", "社区网格员")]),
    ("年轻的女书记蔺秋却把旧账一笔笔理清了。", [("蔺秋", "书记")]),
    ("身着红马甲的社区志愿者蔺秋正提醒游客戴好口罩。", [("蔺秋", "社区志愿者")]),
    ("社区书记蔺建正说，楼下的长椅又添了两张。", [("蔺建正", "社区书记")]),
    ("社区网格员蔺建正，今年三十岁。", [("蔺建正", "社区网格员")]),
    ("楼下的长椅正在添置，却把路口挡住了。", []),
]


@pytest.mark.parametrize("text, expected", PREDICATE_ADVERB_CASES)
def test_round45people_predicate_adverb_ends_name(text, expected):
    assert people(text) == expected


# Rarer surnames (杞, 桐, 竹, 伦, 巨) after a title or on a credit line; the same characters
# opening an ordinary word after a title are no name.
RARE_SURNAME_CASES = [
    ("该站副站长杞禾川便询问起夜校的课程。", [("杞禾川", "副站长")]),
    ("社长桐秋禾告诉记者，书屋的书又添了两架。", [("桐秋禾", "社长")]),
    ("网格员竹林边走边看。", []),
    ("志愿者巨大的付出有目共睹。", []),
    ("副厅长竹禾川在发布会上介绍了新办法。", [("竹禾川", "副厅长")]),
    ("本报记者 巨秋禾", [("巨秋禾", "本报记者")]),
    ("社区志愿者占比逐年提高。", []),
]


@pytest.mark.parametrize("text, expected", RARE_SURNAME_CASES)
def test_round45people_rare_surname_after_title(text, expected):
    assert people(text) == expected
