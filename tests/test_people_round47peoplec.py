"""People, round 47 peoplec: names in reporters' credit runs. Sentences written for these
tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


# A credit run after a reporter's title: a name jieba lists as a person's or a place's name is a
# name however common the word (黎明, 金山), and the names after it are read too; a common noun
# there (马力: jieba tags it n) is still no name, and the same word in a sentence credits nobody.
WORD_NAME_CASES = [
    ("社区的书屋每周开放三天。（记者柯晓岚通讯员黎明）", [("柯晓岚", "记者"), ("黎明", "通讯员")]),
    ("枫林日报记者蔺秋禾通讯员金山宁晓川/文\n", [("蔺秋禾", "记者"), ("金山", "通讯员"), ("宁晓川", "通讯员")]),
    ("社区的书屋每周开放三天。（记者柯晓岚通讯员马力）", [("柯晓岚", "记者")]),
    ("天刚黎明，志愿者就来到了书屋门口。", []),
    # an honorific jieba tags as a name is still a form of address, credit run or not
    ("本报记者师傅", []),
    ("（记者柯晓岚通讯员师傅）", [("柯晓岚", "记者")]),
]


@pytest.mark.parametrize("text, expected", WORD_NAME_CASES)
def test_round47peoplec_word_names_in_credit_runs(text, expected):
    assert people(text) == expected

