"""Round 42 (pairs): a start date opening the sentence (2015年起，; 自2016年开始，; 从2012年起，) only sets
time: the party after it is the subject that later clauses of the sentence go on from. Sentences
written for these tests (made-up names)."""

from __future__ import annotations

from contexts import partner_pairs as pairs

UNITS = dict(communities=["青杉坪村"], organizations=["禾茂菌业有限公司"])


def test_year_start_clause_is_time_only():
    text = "2015年起，青杉坪村把闲置厂房摸底登记，陆续腾出旧粮站等场地，并引进禾茂菌业有限公司。"
    assert pairs(text, **UNITS) == [("禾茂菌业有限公司", "青杉坪村")]


def test_from_year_start_clause_is_time_only():
    text = "自2016年开始，青杉坪村整理旧仓库，腾出空地，又引进禾茂菌业有限公司。"
    assert pairs(text, **UNITS) == [("禾茂菌业有限公司", "青杉坪村")]


def test_no_frame_pairs_nothing():
    text = "从2012年起，青杉坪村整理旧仓库，腾出空地，禾茂菌业有限公司也在附近落户。"
    assert pairs(text, **UNITS) == []
